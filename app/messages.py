"""Messages for the user, written in English in app/ and translated by the UI (app/ has no Qt).

`tr_("… {name} …")` marks a template; resources/translations/update.py collects every such literal into the
translation sources (context "app"). A `Message` keeps the template apart from its values, so the UI can
translate the template first and fill in the values after: `ui.messages.translated(message)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def tr_(template: str) -> str:
    """Marks a literal message template for translation; returns it unchanged."""
    return template


@dataclass(frozen=True)
class Message:
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.params)


def message(template: str, **params: Any) -> Message:
    return Message(template, params)


class UserError(Exception):
    """An error whose text is meant for the person at the screen."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg
