"""Applying outbox changes on the server, idempotently (issue 5, docs/architecture-sync.md).

One transaction per batch: insert every change id into applied_changes (ON CONFLICT DO NOTHING RETURNING) and
run the commands whose ids were new. A replay — the client died after the server committed but before it deleted
its local copies — finds the ids already there and applies nothing twice.

If any change in a batch is refused (a constraint, a permission, a code a supervisor retired) the batch is rolled
back and re-run one change per transaction, so exactly the refused change is parked and the rest go through.
An unreachable server (connection refused, killed backend, lost commit) is not a refusal: the batch stays queued.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from app.customers import ValidationError
from app.db.database import Database, upsert_insert
from app.db.types import utcnow
from app.messages import UserError
from app.outbox import QueuedChange
from app.permissions import translate_db_error
from app.sync_commands import APPLY_MANY, ApplyContext, apply_change
from app.sync_models import AppliedChange

_APPLIED = cast(Table, AppliedChange.__table__)  # typed as a Table for insert()


@dataclass
class BatchResult:
    sent: dict[uuid.UUID, Any] = field(default_factory=dict)  # change id → what applying it returned
    refused: dict[uuid.UUID, Exception] = field(default_factory=dict)
    unreachable: Exception | None = None  # the server could not be used; the rest of the batch is still queued


def is_unreachable(exc: BaseException) -> bool:
    """The server (or the way to it) failed, as opposed to refusing the change: try again later."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    # OperationalError covers connection refused, a killed backend (57P01), serialization failures and
    # deadlocks (40001/40P01): all worth retrying. The pool's TimeoutError means every connection was busy.
    return isinstance(exc, (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.DisconnectionError,
                            sa_exc.TimeoutError, sa_exc.ResourceClosedError, ConnectionError))


def describe_refusal(exc: BaseException) -> str:
    """The reason a change was refused, in plain English for the parked-changes list."""
    if isinstance(exc, ValidationError):
        return " ".join(str(p) for p in exc.problems)
    denied = translate_db_error(exc)
    if denied is not None:
        return str(denied)
    if isinstance(exc, UserError):
        return str(exc)
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class _Refused(Exception):
    pass


def push_batch(db: Database, batch: Sequence[QueuedChange], client_id: uuid.UUID, user_id: uuid.UUID | None,
               context: ApplyContext) -> BatchResult:
    """Apply a batch in order; see the module docstring for what happens on refusal or a lost server."""
    if not batch:
        return BatchResult()
    try:
        return BatchResult(sent=_apply(db, batch, client_id, user_id, context))
    except _Refused as refused:
        if len(batch) == 1:
            cause = refused.__cause__
            assert isinstance(cause, Exception)
            return BatchResult(refused={batch[0].change_id: cause})
    except Exception as exc:
        if is_unreachable(exc):
            return BatchResult(unreachable=exc)
        raise
    return _one_by_one(db, batch, client_id, user_id, context)


def _one_by_one(db: Database, batch: Sequence[QueuedChange], client_id: uuid.UUID, user_id: uuid.UUID | None,
                context: ApplyContext) -> BatchResult:
    result = BatchResult()
    for change in batch:
        try:
            result.sent.update(_apply(db, [change], client_id, user_id, context))
        except _Refused as refused:
            cause = refused.__cause__
            assert isinstance(cause, Exception)
            result.refused[change.change_id] = cause
        except Exception as exc:
            if is_unreachable(exc):
                result.unreachable = exc
                return result
            raise
    return result


def _apply(db: Database, batch: Sequence[QueuedChange], client_id: uuid.UUID, user_id: uuid.UUID | None,
           context: ApplyContext) -> dict[uuid.UUID, Any]:
    """One transaction for the batch; raises _Refused (cause: the refusal) or an unreachable-server error."""
    results: dict[uuid.UUID, Any] = {}
    try:
        with db.sessions.begin() as session:
            fresh = _record(session, batch, client_id, user_id)
            results = dict.fromkeys((c.change_id for c in batch), None)
            for kind, run in _runs([c for c in batch if c.change_id in fresh]):
                many = APPLY_MANY.get(kind)
                if many is not None and len(run) > 1:
                    results.update(zip((c.change_id for c in run), many(session, [c.payload for c in run], context),
                                       strict=True))
                else:
                    for change in run:
                        results[change.change_id] = apply_change(session, kind, change.payload, context)
            session.flush()  # a constraint broken by a pending ORM row is raised here, inside the try
    except Exception as exc:
        if is_unreachable(exc):
            raise
        raise _Refused() from exc
    return results


def _runs(changes: Sequence[QueuedChange]) -> list[tuple[str, list[QueuedChange]]]:
    """Consecutive changes of one kind grouped, order kept: [a, a, b, a] → [(a, [a, a]), (b, [b]), (a, [a])]."""
    runs: list[tuple[str, list[QueuedChange]]] = []
    for change in changes:
        if runs and runs[-1][0] == change.kind:
            runs[-1][1].append(change)
        else:
            runs.append((change.kind, [change]))
    return runs


def _record(session: Session, batch: Sequence[QueuedChange], client_id: uuid.UUID,
            user_id: uuid.UUID | None) -> set[uuid.UUID]:
    """Insert the batch's ids; return the ones that were new (not applied by an earlier, interrupted push)."""
    now = utcnow()
    # executemany with RETURNING: SQLAlchemy sends it as a few multi-row INSERTs ("insertmanyvalues"), and the
    # statement is the same for every batch, so it is compiled once.
    stmt = (upsert_insert(session.get_bind().dialect.name, _APPLIED)
            .on_conflict_do_nothing(index_elements=["change_id"]).returning(_APPLIED.c.change_id))
    rows = [{"change_id": c.change_id, "client_id": client_id, "user_id": user_id, "kind": c.kind,
             "applied_at": now} for c in batch]
    return set(session.connection().execute(stmt, rows).scalars())
