"""Turn app/ messages into the user's language: translate the template, then fill in the values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.messages import Message, UserError


def translated(value: Message | UserError | Exception | str) -> str:
    if isinstance(value, Exception) and not isinstance(value, UserError):
        from app.permissions import translate_db_error

        value = translate_db_error(value) or value  # row-level security refusals become plain sentences
    if isinstance(value, UserError):
        value = value.message
    if isinstance(value, Message):
        template = QCoreApplication.translate("app", value.template)
        try:
            return template.format(**value.params)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: fall back
            return str(value)
    return str(value)
