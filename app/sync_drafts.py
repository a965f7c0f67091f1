"""Wrap-up drafts kept on this computer first (issue 5): notes typed during a call survive a crash even while the
shared database cannot be reached.

The wrap-up panel autosaves every second or so (issue 4). On the shared PostgreSQL that autosave is written here,
durably (synchronous=FULL), before the server is tried; the server copy is a best effort (another PC can then
restore it too). On restart the two are merged, the newer copy of each call's draft winning. A draft is dropped
here once its wrap-up is submitted (sent or queued in the outbox), as apply_wrapup drops the server's.

A file of its own next to the outbox (same server/login digest): the outbox holds only changes to send, in order;
a draft is overwritten many times and never sent as such. Plain sqlite3, a connection per call: a handful of
statements a second, from the UI's single worker.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from app.db.types import utcnow
from app.outbox import Outbox
from app.sync_calls import SAVE_WRAPUP
from app.wrapup import Draft, WrapUpService

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    interaction_id TEXT PRIMARY KEY,
    notes TEXT NOT NULL,
    disposition_code TEXT,
    tags TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


def drafts_path(outbox_file: Path) -> Path:
    """The drafts file beside an outbox file: one per server, database and login, like the outbox."""
    return outbox_file.with_name(outbox_file.name.replace("outbox-", "drafts-", 1))


class LocalDrafts:
    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.executescript(SCHEMA)

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=5)
        try:
            conn.execute("PRAGMA synchronous=FULL")  # a saved draft must survive a power cut, not just a crash
            with conn:
                yield conn
        finally:
            conn.close()

    def save(self, interaction_id: uuid.UUID, notes: str, disposition_code: str | None, tags: Sequence[str],
             updated_at: dt.datetime) -> None:
        with self._connect() as conn:
            conn.execute("INSERT OR REPLACE INTO drafts VALUES (?, ?, ?, ?, ?)",
                         (str(interaction_id), notes, disposition_code, json.dumps(list(tags)),
                          updated_at.isoformat()))

    def drop(self, interaction_id: uuid.UUID) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM drafts WHERE interaction_id = ?", (str(interaction_id),))

    def all(self) -> list[Draft]:
        with self._connect() as conn:
            rows = conn.execute("SELECT interaction_id, notes, disposition_code, tags, updated_at FROM drafts "
                                "ORDER BY updated_at").fetchall()
        return [Draft(uuid.UUID(r[0]), r[1], r[2], tuple(json.loads(r[3])), dt.datetime.fromisoformat(r[4]))
                for r in rows]


def merge_drafts(server: Iterable[Draft], local: Iterable[Draft]) -> list[Draft]:
    """Each call's newest draft, from the server or this computer, oldest first (as WrapUpService.drafts)."""
    newest: dict[uuid.UUID, Draft] = {}
    for draft in [*server, *local]:
        known = newest.get(draft.interaction_id)
        if known is None or draft.updated_at > known.updated_at:
            newest[draft.interaction_id] = draft
    return sorted(newest.values(), key=lambda d: d.updated_at)


def save_draft_local_first(drafts: LocalDrafts, service: WrapUpService, online: Callable[[], bool | None],
                           interaction_id: uuid.UUID, notes: str, disposition_code: str | None,
                           tags: tuple[str, ...]) -> bool:
    """Save a draft here, then try the server; True if the server has it too.

    Known offline: the server is not tried (a dead connection would hold the UI's only worker for its timeout
    every second). A failure on the server is not an error to show: the draft is safe here. The server also
    refuses (foreign key) a draft of a call whose row is still queued in the outbox; the next autosave after
    the push gets it there."""
    drafts.save(interaction_id, notes, disposition_code, tags, utcnow())
    if online() is False:
        return False
    try:
        service.save_draft(interaction_id, notes, disposition_code, tags)
    except SQLAlchemyError as exc:
        log.info("wrap-up draft kept on this computer only: %s", exc.__class__.__name__)
        return False
    return True


def drafts_to_restore(server: Iterable[Draft], local: Iterable[Draft], outbox: Outbox) -> list[Draft]:
    """merge_drafts without the calls whose wrap-up is already queued: the server's stale draft of a wrap-up
    submitted offline stays there until the outbox delivers it, and must not reopen the panel after a restart."""
    queued = {str(c.payload.get("interaction_id")) for c in [*outbox.next_batch(100_000), *outbox.parked()]
              if c.kind == SAVE_WRAPUP}
    return [d for d in merge_drafts(server, local) if str(d.interaction_id) not in queued]


def restorable_drafts(service: WrapUpService, user_id: uuid.UUID, drafts: LocalDrafts,
                      outbox: Outbox) -> list[Draft]:
    """This agent's unfinished wrap-ups at start-up: the server's and this computer's, merged (see above).

    The server's may be unreadable (it went away after sign-in): then this computer's alone, which hold every
    draft typed here."""
    try:
        server = service.drafts(user_id=user_id)
    except SQLAlchemyError as exc:
        log.info("wrap-up drafts read from this computer only: %s", exc.__class__.__name__)
        server = []
    return drafts_to_restore(server, drafts.all(), outbox)
