"""Assemble docs/benchmarks.md from the results each benchmark wrote to benchmarks/results/ (`python -m
benchmarks.collect`). The summary at the top is kept in docs/benchmarks-summary.md, written by hand after a run."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ORDER = ("foundation", "screen_pop", "sip_setup", "sip_cpu", "audio_bridge", "wallboard", "packaging")


def main(argv: list[str] | None = None) -> int:
    results = ROOT / "benchmarks" / "results"
    parts = [(ROOT / "docs" / "benchmarks-summary.md").read_text(encoding="utf-8").rstrip()]
    names = [n for n in ORDER if (results / f"{n}.md").exists()]
    names += sorted(p.stem for p in results.glob("*.md") if p.stem not in ORDER)
    for name in names:
        lines = (results / f"{name}.md").read_text(encoding="utf-8").strip().splitlines()
        # Each result file starts at "##" or "#"; one level deeper so they sit under this page's title.
        parts.append("\n".join("#" + line if line.startswith("#") else line for line in lines))
    (ROOT / "docs" / "benchmarks.md").write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
