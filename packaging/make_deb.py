"""Turn the PyInstaller folder into skranke_<version>_<arch>.deb with dpkg-deb (Debian 12 and derivatives).

    python3 packaging/make_deb.py --bundle dist/skranke --out dist

Layout: the folder goes to /opt/skranke (it finds its libraries relative to itself), /usr/bin/skranke and
/usr/bin/skranke-selftest are relative symlinks into it, plus the .desktop entry, hicolor icons, AppStream
metadata and /usr/share/doc/skranke/copyright. No maintainer scripts: Debian's triggers refresh the menu and the
icon cache, and removal leaves nothing behind but per-user data (~/.config/Skranke, ~/.local/share/Skranke), as
every desktop program does. Depends is derived from the bundle itself: every shared library its ELF files load
from outside the folder, mapped to its Debian package with `dpkg -S` (a poor man's dpkg-shlibdeps, which needs a
debian/ source tree we do not have).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import runpy
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
APP_ID = "org.skranke.Skranke"
PREFIX = "opt/skranke"
# Who answers for the package; dpkg requires the field. Set the real address before publishing.
MAINTAINER = "Skranke developers <skranke@users.noreply.github.com>"
HOMEPAGE = "https://github.com/skranke/skranke"
# Not linked, but used: passwords go through the Secret Service (PLATFORM.md); sounds through PulseAudio/PipeWire.
RECOMMENDS = "gnome-keyring | kwalletmanager | keepassxc, pulseaudio | pipewire-pulse"
# Resolved by the loader but never a dependency of their own (part of libc6 or the kernel).
IGNORED_LIBS = re.compile(r"^(linux-vdso|ld-linux|/lib64/ld-linux)")


def version() -> str:
    return str(runpy.run_path(str(ROOT / "app" / "version.py"))["__version__"])


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def elf_files(folder: Path) -> list[Path]:
    files = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def outside_libraries(folder: Path) -> tuple[set[str], set[str]]:
    """(paths of libraries loaded from outside the folder, names nobody provides) over every ELF file."""
    internal = folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}

    def ldd(path: Path) -> str:
        return subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, timeout=60).stdout

    found: set[str] = set()
    missing: set[str] = set()
    with ThreadPoolExecutor(max_workers=8) as pool:
        for output in pool.map(ldd, elf_files(folder)):
            for line in output.splitlines():
                parts = line.split()
                if not parts or IGNORED_LIBS.match(parts[0]):
                    continue
                if "not found" in line:
                    missing.add(parts[0])
                elif len(parts) >= 3 and parts[1] == "=>" and not parts[2].startswith(str(folder)):
                    found.add(parts[2])
    return found, missing


def packages_for(paths: set[str]) -> dict[str, str]:
    """Debian package per library path, in one dpkg call (each call reads the whole database: ~0.5 s).

    Merged /usr means a file may be registered under /lib or /usr/lib, so both spellings are asked for."""
    candidates: dict[str, str] = {}
    for path in paths:
        for spelling in {path, os.path.realpath(path)}:
            for variant in (spelling, spelling.replace("/usr/lib/", "/lib/", 1),
                            "/usr" + spelling if spelling.startswith("/lib/") else spelling):
                candidates[variant] = path
    result = subprocess.run(["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True)
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():  # "libc6:amd64: /lib/x86_64-linux-gnu/libc.so.6"
        package, _, file = line.partition(": ")
        if file in candidates:
            owners[candidates[file]] = package.split(":")[0].split(",")[0].strip()
    unowned = sorted(paths - owners.keys())
    if unowned:
        raise SystemExit(f"make_deb: no Debian package owns {', '.join(unowned)}; install it from a package")
    return owners


def depends_field(packages: set[str]) -> str:
    fields = []
    for package in sorted(packages):
        if package == "libc6":  # built against this glibc: older ones lack symbols the bundle uses
            installed = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libc6"], capture_output=True,
                                       text=True, check=True).stdout
            fields.append(f"libc6 (>= {installed.split('-')[0]})")
        else:
            fields.append(package)
    return ", ".join(fields)


def stage(bundle: Path, root: Path, ver: str) -> None:
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("skranke", "skranke-selftest"):
        (bin_dir / name).symlink_to(f"../../{PREFIX}/{name}")  # relative: also right under dpkg --instdir
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / "linux" / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir(parents=True)
    metainfo = (HERE / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    metainfo = metainfo.replace("@VERSION@", ver).replace("@DATE@", dt.date.today().isoformat())
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo, encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for png in sorted(icons.glob("skranke-*.png")):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(png, target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "skranke.svg", scalable / f"{APP_ID}.svg")
    doc = share / "doc" / "skranke"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text((HERE / "linux" / "copyright").read_text(encoding="utf-8"), encoding="utf-8")
    for path in root.rglob("*"):  # dpkg-deb refuses group/world-writable files; umask may differ per builder
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def control(root: Path, ver: str, arch: str, depends: str) -> str:
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    return (f"Package: skranke\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: {MAINTAINER}\n"
            f"Installed-Size: {size_kib}\nDepends: {depends}\nRecommends: {RECOMMENDS}\nSection: comm\n"
            f"Priority: optional\nHomepage: {HOMEPAGE}\n"
            "Description: call-center client: softphone, customer history, callbacks, tickets\n"
            " Skranke answers and places calls through a SIP telephone system, shows the caller's\n"
            " customer card and history, and keeps callbacks and tickets in one window.\n"
            " .\n"
            " This package holds a self-contained build in /opt/skranke (Python, Qt and pjproject\n"
            " included). Run skranke-selftest to check an installation.\n")


def build_deb(bundle: Path, out: Path, compression: str = "zstd") -> Path:
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("make_deb: dpkg-deb not found (apt-get install dpkg)")
    ver, arch = version(), architecture()
    found, missing = outside_libraries(bundle)
    if missing:  # optional Qt plugins (e.g. for a platform this machine lacks) may name libraries nobody has
        print(f"make_deb: note: libraries not found on this machine: {', '.join(sorted(missing))}", flush=True)
    depends = depends_field(set(packages_for(found).values()))
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"skranke_{ver}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="skranke-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root, ver)
        (root / "DEBIAN").mkdir(mode=0o755)
        (root / "DEBIAN" / "control").write_text(control(root, ver, arch, depends), encoding="utf-8")
        # zstd -3 packs the ~300 MB folder in seconds where xz takes minutes; dpkg reads zstd since 1.21.18
        # (Debian 12, Ubuntu 21.10). `--compression xz` builds a .deb that older dpkg versions can read too.
        level = {"zstd": "-z3", "xz": "-z6", "gzip": "-z6", "none": "-z0"}[compression]
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", level, "--build", str(root), str(deb)],
                       check=True, capture_output=True)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/make_deb.py", description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, required=True, help="the PyInstaller folder (dist/skranke)")
    parser.add_argument("--out", type=Path, required=True, help="where to write the .deb")
    parser.add_argument("--compression", choices=["zstd", "xz", "gzip", "none"], default="zstd",
                        help="zstd (default: fast; dpkg >= 1.21.18) or xz (smaller, slow; any dpkg)")
    args = parser.parse_args(argv)
    deb = build_deb(args.bundle.resolve(), args.out.resolve(), args.compression)
    print(f"make_deb: {deb} ({deb.stat().st_size / 1e6:.0f} MB)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
