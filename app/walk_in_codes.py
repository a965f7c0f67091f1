"""Supervisors manage the counter's reason and resolution codes: add, rename, reorder, retire (issue 7).

A code is never deleted: old visits keep pointing at it (walkin_visits.reason_code), so a retired code only
leaves the counter's buttons and stays readable everywhere else (`labels` includes retired codes). The code
itself is made once from the first label and never changes; renaming changes only the label.

Only supervisors may change codes. On PostgreSQL the database refuses everyone else (0007's grants); the
embedded SQLite database has no logins, so the same rule is checked here against the user's role.
"""

from __future__ import annotations

import re
import unicodedata
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.customers import ValidationError
from app.db.database import Database
from app.db.models import Role, User
from app.messages import message, tr_
from app.permissions import PermissionDenied
from app.walk_in_models import WalkInCode
from app.walk_ins import Code, CodeKind

MAX_CODE = 40
MAX_LABEL = 200
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def code_for(label: str) -> str:
    """A stable machine code from a label: "Forsikring / skade" → "forsikring-skade" (ASCII, ≤ 40 chars)."""
    folded = unicodedata.normalize("NFKD", label.lower().replace("æ", "ae").replace("ø", "o").replace("ß", "ss"))
    ascii_only = folded.encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_only).strip("-")[:MAX_CODE].strip("-") or "code"


class CodeAdmin:
    """The supervisor's operations; every change is one transaction with an audit entry."""

    def __init__(self, db: Database, user_id: uuid.UUID) -> None:
        self._db = db
        self._user_id = user_id

    def may_edit(self) -> bool:
        with self._db.sessions() as session:
            return session.scalar(select(User.role).where(User.id == self._user_id)) == Role.SUPERVISOR

    def codes(self, kind: CodeKind) -> list[Code]:
        """Every code of a kind in the counter's order, retired ones too."""
        with self._db.sessions() as session:
            rows = session.scalars(select(WalkInCode).where(WalkInCode.kind == kind)
                                   .order_by(WalkInCode.position, WalkInCode.label))
            return [Code(c.code, c.label, c.active) for c in rows]

    def add(self, kind: CodeKind, label: str) -> Code:
        label = _checked_label(label)
        with self._db.sessions.begin() as session:
            self._require_supervisor(session)
            taken = set(session.scalars(select(WalkInCode.code).where(WalkInCode.kind == kind)))
            base = code_for(label)
            code = base
            for n in range(2, 1000):  # "other", "other-2", …: bounded, a thousand codes of one name is absurd
                if code not in taken:
                    break
                suffix = f"-{n}"
                code = base[:MAX_CODE - len(suffix)] + suffix
            last = session.scalar(select(func.max(WalkInCode.position)).where(WalkInCode.kind == kind))
            row = WalkInCode(kind=kind, code=code, label=label, position=(last if last is not None else -1) + 1,
                             active=True)
            session.add(row)
            session.flush()
            audit.record(session, self._user_id, "walkin_code", row.id, "add", {"kind": kind, "code": code,
                                                                                "label": label})
            return Code(code, label, True)

    def rename(self, kind: CodeKind, code: str, label: str) -> str:
        label = _checked_label(label)
        with self._db.sessions.begin() as session:
            row = self._row(session, kind, code)
            old, row.label = row.label, label
            session.flush()
            audit.record(session, self._user_id, "walkin_code", row.id, "rename", {"from": old, "to": label})
        return code

    def set_active(self, kind: CodeKind, code: str, active: bool) -> str:
        """Retire (active False) or bring back a code; visits that used it keep it."""
        with self._db.sessions.begin() as session:
            row = self._row(session, kind, code)
            row.active = active
            session.flush()
            audit.record(session, self._user_id, "walkin_code", row.id, "restore" if active else "retire",
                         {"code": code})
        return code

    def move(self, kind: CodeKind, code: str, offset: int) -> str:
        """Move a code up (offset < 0) or down among all codes of its kind; positions become 0…n-1."""
        with self._db.sessions.begin() as session:
            self._require_supervisor(session)
            rows = list(session.scalars(select(WalkInCode).where(WalkInCode.kind == kind)
                                        .order_by(WalkInCode.position, WalkInCode.label)))
            index = next((i for i, r in enumerate(rows) if r.code == code), None)
            if index is None:
                raise ValidationError([message(tr_("The code “{code}” does not exist."), code=code[:MAX_CODE])])
            target = max(0, min(len(rows) - 1, index + offset))
            rows.insert(target, rows.pop(index))
            for position, row in enumerate(rows):
                if row.position != position:  # untouched rows keep their version: no needless conflicts
                    row.position = position
            session.flush()
            audit.record(session, self._user_id, "walkin_code", rows[target].id, "move",
                         {"code": code, "position": target})
        return code

    def _row(self, session: Session, kind: CodeKind, code: str) -> WalkInCode:
        self._require_supervisor(session)
        row = session.scalar(select(WalkInCode).where(WalkInCode.kind == kind, WalkInCode.code == code))
        if row is None:
            raise ValidationError([message(tr_("The code “{code}” does not exist."), code=code[:MAX_CODE])])
        return row

    def _require_supervisor(self, session: Session) -> None:
        role = session.scalar(select(User.role).where(User.id == self._user_id))
        if role != Role.SUPERVISOR:
            raise PermissionDenied(message(tr_("Only supervisors can change the counter's reasons and "
                                               "resolutions.")))


def labels(db: Database, kind: CodeKind) -> dict[str, str]:
    """code → label for every code of a kind, retired ones included: how old visits are shown."""
    with db.sessions() as session:
        rows = session.execute(select(WalkInCode.code, WalkInCode.label).where(WalkInCode.kind == kind))
        return {code: label for code, label in rows}


def _checked_label(label: str) -> str:
    label = " ".join(label.split())
    if not label or len(label) > MAX_LABEL:
        raise ValidationError([message(tr_("A label needs 1 to 200 characters."))])
    return label
