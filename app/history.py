"""One timeline of everything that happened with a customer, on every channel, newest first.

Paged by keyset on (started_at, id) and read as plain rows: a customer with 5,000 interactions opens with one
small indexed query (PLATFORM.md: 5,000 ORM objects cost ~55 ms, plain rows a tenth of that).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, select, tuple_

from app.db.database import Database
from app.db.models import Channel, DispositionCode, Interaction, Queue, Ticket, User
from app.walk_in_models import WalkInCode


@dataclass(frozen=True)
class TimelineEntry:
    id: uuid.UUID
    channel: Channel
    started_at: dt.datetime
    ended_at: dt.datetime | None
    answered_at: dt.datetime | None
    outcome: str | None
    subject: str
    notes: str
    disposition: str | None
    remote_number: str | None
    agent: str | None
    queue: str | None
    ticket_number: int | None
    # The label of `disposition` (a call's disposition code, a walk-in's resolution code) as supervisors named
    # it; None when the code is gone. The UI translates seeded labels (ui/seed_labels.py).
    disposition_label: str | None = None

    @property
    def cursor(self) -> tuple[dt.datetime, uuid.UUID]:
        return (self.started_at, self.id)

    @property
    def duration(self) -> dt.timedelta | None:
        start = self.answered_at or self.started_at
        return self.ended_at - start if self.ended_at else None


def _page_query(after_cursor: bool) -> Select[Any]:
    i = Interaction.__table__.c
    query = (select(i.id, i.channel, i.started_at, i.ended_at, i.answered_at, i.outcome, i.subject, i.notes,
                    i.disposition_code, i.remote_number, User.name, Queue.name, Ticket.number,
                    func.coalesce(WalkInCode.label, DispositionCode.label))
             .select_from(Interaction.__table__)
             .outerjoin(User, User.id == i.user_id)
             .outerjoin(Queue, Queue.id == i.queue_id)
             .outerjoin(Ticket, Ticket.id == i.ticket_id)
             # A walk-in stores its resolution code where a call stores its disposition: two code lists, each
             # joined on its unique key, so a page stays one indexed query.
             .outerjoin(DispositionCode, and_(DispositionCode.code == i.disposition_code,
                                              i.channel != Channel.WALK_IN))
             .outerjoin(WalkInCode, and_(WalkInCode.kind == "resolution", WalkInCode.code == i.disposition_code,
                                         i.channel == Channel.WALK_IN))
             .where(i.customer_id == bindparam("customer"))
             .order_by(i.started_at.desc(), i.id.desc())
             .limit(bindparam("limit")))
    if after_cursor:
        query = query.where(tuple_(i.started_at, i.id) < tuple_(bindparam("before_at", type_=i.started_at.type),
                                                                 bindparam("before_id", type_=i.id.type)))
    return query


# Built once: a ringing call's pop reads the first page (app/pop_reads.py), and building and hashing this
# six-join statement cost more CPU than running it.
_FIRST_PAGE = _page_query(after_cursor=False)
_NEXT_PAGE = _page_query(after_cursor=True)


def history_page(db: Database, customer_id: uuid.UUID, before: tuple[dt.datetime, uuid.UUID] | None = None,
                 limit: int = 50) -> list[TimelineEntry]:
    params: dict[str, Any] = {"customer": customer_id, "limit": limit}
    if before is not None:
        params.update(before_at=before[0], before_id=before[1])
    with db.engine.connect() as conn:
        rows = conn.execute(_FIRST_PAGE if before is None else _NEXT_PAGE, params)
        return [TimelineEntry(*row) for row in rows]
