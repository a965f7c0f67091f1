"""The audit log: who changed what, when. Written in the same transaction as the change it describes."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from app.db.models import AuditEntry


def record(session: Session, user_id: uuid.UUID | None, entity: str, entity_id: uuid.UUID, action: str,
           details: dict[str, Any] | None = None) -> None:
    session.add(AuditEntry(user_id=user_id, entity=entity, entity_id=entity_id, action=action,
                           details=_clip(details or {})))


def _clip(details: dict[str, Any], limit: int = 2000) -> dict[str, Any]:
    # The log says what changed, not a second copy of a 100,000-character note.
    out: dict[str, Any] = {}
    for key, value in details.items():
        if isinstance(value, str) and len(value) > limit:
            value = value[:limit] + f"… ({len(value):,} characters)"
        elif isinstance(value, dict):
            value = _clip(value, limit)
        out[key] = value
    return out
