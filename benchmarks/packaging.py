"""Bundle size on disk and start-up time of the bundled Skranke against `skranke` from the virtual environment.

    .venv/bin/python -m benchmarks.packaging [--bundle dist/skranke] [--deb dist/skranke_*.deb] [--runs 5]

Builds the bundle first when --bundle does not exist (packaging/build.py). Each start is
`skranke --exit-when-ready --no-demo` in fresh per-user folders (so each creates and migrates its database), under
QT_QPA_PLATFORM=offscreen. "Cold" evicts the program's own files from the page cache first (posix_fadvise
DONTNEED on the bundle folder, or on the virtual environment's site-packages and the source tree): the
closest to a first start after boot that does not disturb other work on the machine, as dropping every cache
would. System libraries (libc, GL) stay cached in both cases. Writes benchmarks/results/packaging.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "packaging.md"
READY = re.compile(r"ready in (\d+) ms")


def evict(folder: Path) -> int:
    """Drop folder's files from the page cache; returns how many files were evicted."""
    count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                count += 1
            finally:
                os.close(fd)
    return count


def start_once(command: list[str]) -> tuple[float, float]:
    """(wall seconds until the process exited, the app's own "ready in" seconds)."""
    with tempfile.TemporaryDirectory(prefix="skranke-bench-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": f"{tmp}/data",
               "XDG_CONFIG_HOME": f"{tmp}/config"}
        env.pop("SKRANKE_DATABASE_URL", None)
        started = time.perf_counter()
        result = subprocess.run([*command, "--exit-when-ready", "--no-demo"], capture_output=True, text=True,
                                env=env, timeout=180)
        wall = time.perf_counter() - started
    match = READY.search(result.stdout)
    if result.returncode != 0 or match is None:
        raise SystemExit(f"{command[0]} failed ({result.returncode}):\n{result.stdout}\n{result.stderr[-3000:]}")
    return wall, int(match.group(1)) / 1000


def measure(command: list[str], cache: list[Path], runs: int) -> dict[str, float]:
    for folder in cache:
        evict(folder)
    cold_wall, cold_ready = start_once(command)
    warm = [start_once(command) for _ in range(runs)]
    return {"cold_wall": cold_wall, "cold_ready": cold_ready,
            "warm_wall": statistics.median(w for w, _ in warm), "warm_ready": statistics.median(r for _, r in warm)}


def disk_usage(folder: Path) -> tuple[int, int, int]:
    """(bytes in files, bytes allocated on disk, number of files)."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return (sum(p.stat().st_size for p in files), sum(p.stat().st_blocks * 512 for p in files), len(files))


def largest_parts(folder: Path, count: int = 6) -> list[tuple[str, int]]:
    internal = folder / "_internal"
    sizes = []
    for child in internal.iterdir():
        size = child.stat().st_size if child.is_file() else sum(
            p.stat().st_size for p in child.rglob("*") if p.is_file() and not p.is_symlink())
        sizes.append((child.name, size))
    return sorted(sizes, key=lambda item: -item[1])[:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.packaging", description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "skranke")
    parser.add_argument("--deb", type=Path, help="the .deb built from that bundle, to report its size")
    parser.add_argument("--runs", type=int, default=5, help="warm starts per program (median reported)")
    args = parser.parse_args(argv)
    if not (args.bundle / "skranke").exists():
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(args.bundle.parent)],
                       check=True)
    venv_skranke = Path(sys.executable).parent / "skranke"
    site_packages = Path(sys.executable).parent.parent / "lib"
    bundle = measure([str(args.bundle / "skranke")], [args.bundle], args.runs)
    venv = measure([str(venv_skranke)], [site_packages, ROOT / "app", ROOT / "ui", ROOT / "telephony"], args.runs)
    size, allocated, files = disk_usage(args.bundle)
    load = os.getloadavg()
    lines = [
        "# Packaging: bundle size and start-up time",
        "",
        f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC by `benchmarks/packaging.py` on "
        f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, load average "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} at the end of the run (other work was running).",
        "",
        "## Size on disk (PyInstaller one-folder, Linux x86_64)",
        "",
        f"- bundle folder: {size / 1e6:.0f} MB in {files} files ({allocated / 1e6:.0f} MB allocated)",
    ]
    if args.deb and args.deb.exists():
        lines.append(f"- `.deb` (zstd): {args.deb.stat().st_size / 1e6:.0f} MB")
    lines += ["- largest parts of `_internal/`: "
              + ", ".join(f"{name} {b / 1e6:.0f} MB" for name, b in largest_parts(args.bundle)), "",
              "## Start-up: `skranke --exit-when-ready --no-demo`, offscreen, fresh per-user folders", "",
              "\"ready\" is the app's own figure (from the first line of `ui.main` to an idle window); \"exit\" is",
              "the wall time of the whole process, including the bundle's bootloader and Python start-up.", "",
              "| program | cold: ready | cold: exit | warm median: ready | warm median: exit |",
              "|---|---|---|---|---|"]
    for name, result in (("bundle (`dist/skranke/skranke`)", bundle), ("venv (`.venv/bin/skranke`)", venv)):
        lines.append(f"| {name} | {result['cold_ready']:.2f} s | {result['cold_wall']:.2f} s | "
                     f"{result['warm_ready']:.2f} s | {result['warm_wall']:.2f} s |")
    lines += ["", f"Warm: median of {args.runs} starts right after the cold one. Cold: the program's own files "
              "evicted from the page cache first (see the script's docstring).", ""]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
