"""Reports as tables, and as files that open right in Excel (issue 6: "opens correctly in Excel with æøå").

CSV: UTF-8 with a byte-order mark (without it Excel reads æøå as Windows-1252), semicolons between fields and
decimal commas, which is what Danish, Swedish and Norwegian Excel expect when a file is double-clicked. Tab is
offered too (it opens the same in every locale). XLSX goes through openpyxl: numbers stay numbers, with formats.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app.messages import tr_
from app.reports import TOTAL, Report, ReportRow

Kind = Literal["text", "int", "percent", "seconds"]


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # English; the UI translates it (context "app")
    kind: Kind
    value: Callable[[ReportRow], object]
    definition: str  # key into queue_stats.definitions() or reports.report_definitions()


def columns(report: Report, total_label: str = "All") -> list[Column]:
    """The report's columns: fixed figures, then one pause column per reason found in the period."""
    cols = [
        Column("period", tr_("Period"), "text", lambda r: r.period_start.isoformat(), ""),
        Column("group", {"queue": tr_("Queue"), "agent": tr_("Agent"), "site": tr_("Site"),
                         "total": tr_("All")}[report.grouping],
               "text", lambda r: total_label if r.group == TOTAL else r.group, ""),
        Column("offered", tr_("Offered"), "int", lambda r: r.offered, "offered"),
        Column("answered", tr_("Answered"), "int", lambda r: r.answered, "answered"),
        Column("abandoned", tr_("Abandoned"), "int", lambda r: r.abandoned, "abandoned"),
        Column("sl", tr_("Service level %"), "percent", lambda r: r.service_level, "service_level"),
        Column("asa", tr_("ASA (s)"), "seconds", lambda r: r.asa_seconds, "asa"),
        Column("aht", tr_("AHT (s)"), "seconds", lambda r: r.aht_seconds, "aht"),
        Column("fcr", tr_("First-contact resolution %"), "percent", lambda r: r.fcr_percent, "fcr"),
        Column("cb_made", tr_("Callbacks made"), "int", lambda r: r.callbacks_made, "callbacks"),
        Column("cb_reached", tr_("Callbacks reached"), "int", lambda r: r.callbacks_reached, "callbacks"),
        Column("t_opened", tr_("Tickets opened"), "int", lambda r: r.tickets_opened, "tickets"),
        Column("t_solved", tr_("Tickets solved"), "int", lambda r: r.tickets_solved, "tickets"),
        Column("t_breach", tr_("SLA breaches"), "int", lambda r: r.sla_breaches, "tickets"),
    ]
    cols.extend(Column(f"pause:{reason}", reason, "seconds", _pause_of(reason), "pause")
                for reason in report.pause_reasons)
    return cols


def _pause_of(reason: str) -> Callable[[ReportRow], object]:
    return lambda r: round(r.pause_seconds.get(reason, 0.0))


def _text(value: object, kind: Kind, decimal: str) -> str:
    if value is None:
        return ""
    if kind in ("percent", "seconds") and isinstance(value, float):
        return f"{value:.1f}".replace(".", decimal)
    return str(value)


def to_csv(report: Report, titles: list[str] | None = None, delimiter: str = ";", total_label: str = "All") -> bytes:
    """The report as CSV bytes. `titles`: translated column titles (defaults to the English ones)."""
    cols = columns(report, total_label)
    decimal = "," if delimiter == ";" else "."
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(titles or [c.title for c in cols])
    for row in report.rows:
        writer.writerow([_text(c.value(row), c.kind, decimal) for c in cols])
    return out.getvalue().encode("utf-8-sig")


def write_csv(report: Report, path: Path, titles: list[str] | None = None, delimiter: str = ";",
              total_label: str = "All") -> None:
    path.write_bytes(to_csv(report, titles, delimiter, total_label))


def write_xlsx(report: Report, path: Path, titles: list[str] | None = None, sheet_title: str = "Report",
               total_label: str = "All") -> None:
    # Imported here: only exporting needs it, and the app starts without paying for it.
    from openpyxl import Workbook
    from openpyxl.styles import Font

    cols = columns(report, total_label)
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = sheet_title[:31]  # Excel's limit
    sheet.append(titles or [c.title for c in cols])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    formats = {"percent": "0.0", "seconds": "0", "int": "0"}
    for row in report.rows:
        sheet.append([c.value(row) for c in cols])
        for cell, col in zip(sheet[sheet.max_row], cols, strict=True):
            if col.kind in formats:
                cell.number_format = formats[col.kind]
    sheet.freeze_panes = "C2"
    for index, col in enumerate(cols, start=1):
        width = max(len(titles[index - 1]) if titles else len(col.title), 10) + 2
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    book.save(path)
