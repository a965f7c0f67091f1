"""A start-up-only foundation run replaces the report's start-up section and keeps the last full run's query figures."""

from __future__ import annotations

import argparse

from benchmarks.foundation import START_TITLE, StartResult, StartRun, with_start_section

FULL_RUN = ("# Foundation benchmark (issue 2)\n\nRun 2026-11-23 06:55 UTC (commit abc).\n\n"
            "## SQLite (embedded file)\n\n| phone lookup | 500 | 0.52 | 0.82 ✅ |\n\n" + START_TITLE + "\n\n"
            "| cold start (spawn → window ready) | 10 | 1329.05 | 1945.46 ❌ |\n\n- PostgreSQL skipped.\n")


def test_a_start_only_run_replaces_the_start_section_and_keeps_the_queries() -> None:
    app = StartRun(ready_ms=1000.0, own_ms=950.0, exit_ms=1100.0, cpu_ms=1050.0, rss_mb=125.0,
                   phases={"imports (core)": (600.0, 590.0), "main window": (90.0, 88.0)})
    floor = StartRun(ready_ms=200.0, own_ms=0.0, exit_ms=240.0, cpu_ms=190.0, rss_mb=0.0, phases={})
    args = argparse.Namespace(starts=3, load_at_start="0.5/0.6/0.7")
    text = with_start_section(FULL_RUN, StartResult([app] * 3, [floor] * 3), args, ["PostgreSQL skipped."])
    assert "| phone lookup | 500 | 0.52 | 0.82 ✅ |" in text  # the full run's query figures stay
    assert text.count(START_TITLE) == 1 and "1329.05" not in text  # the old start-up figures are gone
    assert "| cold start (spawn → window ready) | 3 | 1000.00 | 1000.00 ✅ | 200.00" in text
    assert "Measured alone (`--only-start --starts 3`)" in text and "at the start 0.5/0.6/0.7" in text
    assert "| imports (core) | 600 | 590 |" in text and text.endswith("- PostgreSQL skipped.\n")
