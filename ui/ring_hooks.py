"""Ring hooks: open a URL or start a program with the caller's number (settings [hooks]).

Values from the caller are put into single arguments or URL-encoded, never into a shell command line: a display
name like `"; rm -rf ~` stays text.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from PySide6.QtCore import QObject, QProcess, QUrl
from PySide6.QtGui import QDesktopServices

from app.screen_pop import PopResult
from app.settings import HookSettings

log = logging.getLogger(__name__)


def placeholders(pop: PopResult) -> dict[str, str]:
    customer = str(pop.matches[0].number) if len(pop.matches) == 1 else ""
    return {"number": pop.number, "e164": pop.e164 or pop.number, "name": pop.display_name, "customer": customer}


def fill(template: str, values: dict[str, str], encode: bool) -> str:
    """Replace {key} placeholders; unknown braces are left as they are (no str.format: user text in braces)."""
    for key, value in values.items():
        template = template.replace("{" + key + "}", quote(value, safe="+") if encode else value)
    return template


class RingHooks(QObject):
    def __init__(self, hooks: HookSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hooks = hooks

    def run(self, pop: PopResult, incoming: bool) -> None:
        if not incoming and not self.hooks.on_outgoing:
            return
        values = placeholders(pop)
        if self.hooks.on_ring_url:
            url = QUrl(fill(self.hooks.on_ring_url, values, encode=True))
            if url.isValid() and url.scheme() in ("http", "https"):
                QDesktopServices.openUrl(url)
            else:
                log.warning("ring hook URL ignored: not an http(s) URL")
        if self.hooks.on_ring_command:
            program, *args = [fill(part, values, encode=False) for part in self.hooks.on_ring_command]
            if not QProcess.startDetached(program, args):
                log.warning("ring hook command could not be started: %s", program)
