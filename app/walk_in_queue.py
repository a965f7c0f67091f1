"""The store's take-a-number queue: numbers per site and local day, "now serving", waiting times.

Numbers restart at 1 each morning in the site's own time zone. Two desks pressing "call next" at once must not
call the same visitor: the call is one conditional UPDATE (state still 'waiting'), and the loser tries the next
number. Two people pulling a number at once may compute the same next number; the unique key
(site, day, number) makes the second insert fail and it simply tries again.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from app.callback_times import zone
from app.customers import ValidationError
from app.db.database import Database
from app.db.types import utcnow
from app.messages import message, tr_
from app.walk_in_models import WalkInTicket

ATTEMPTS = 5  # bounded retries for the races described above


@dataclass(frozen=True)
class QueueNumber:
    id: uuid.UUID
    number: int
    taken_at: dt.datetime
    state: str


@dataclass(frozen=True)
class QueueStatus:
    serving: tuple[int, ...]  # numbers being served now, the most recently called first
    waiting: tuple[QueueNumber, ...]  # oldest first
    longest_wait: dt.timedelta  # of those still waiting
    average_wait: dt.timedelta | None  # taken → called, over today's called numbers
    mine: QueueNumber | None  # the number this desk is serving

    @property
    def now_serving(self) -> int | None:
        return self.serving[0] if self.serving else None


class WalkInQueue:
    def __init__(self, db: Database, site_id: uuid.UUID, timezone: str = "Europe/Copenhagen") -> None:
        self._db = db
        self.site_id = site_id
        self._tz = zone(timezone) or dt.UTC

    def _day(self, now: dt.datetime) -> dt.date:
        return now.astimezone(self._tz).date()

    def take_number(self, now: dt.datetime | None = None) -> QueueNumber:
        now = now or utcnow()
        day = self._day(now)
        for _ in range(ATTEMPTS):
            try:
                with self._db.sessions.begin() as session:
                    last = session.scalar(select(func.max(WalkInTicket.number)).where(
                        WalkInTicket.site_id == self.site_id, WalkInTicket.day == day))
                    row = WalkInTicket(site_id=self.site_id, day=day, number=(last or 0) + 1, state="waiting",
                                       taken_at=now)
                    session.add(row)
                    session.flush()
                    return QueueNumber(row.id, row.number, now, row.state)
            except IntegrityError:
                continue  # someone else took that number a moment ago
        raise ValidationError([message(tr_("The queue is very busy; press “Take a number” again."))])

    def call_next(self, user_id: uuid.UUID, now: dt.datetime | None = None) -> QueueNumber | None:
        """Finish this desk's current number and call the oldest waiting one; None when nobody waits."""
        now = now or utcnow()
        day = self._day(now)
        with self._db.sessions.begin() as session:
            session.execute(update(WalkInTicket).where(
                WalkInTicket.site_id == self.site_id, WalkInTicket.served_by == user_id,
                WalkInTicket.state == "serving").values(state="done", done_at=now))
        for _ in range(ATTEMPTS):
            with self._db.sessions.begin() as session:
                candidate = session.execute(
                    select(WalkInTicket.id, WalkInTicket.number, WalkInTicket.taken_at)
                    .where(WalkInTicket.site_id == self.site_id, WalkInTicket.day == day,
                           WalkInTicket.state == "waiting")
                    .order_by(WalkInTicket.number).limit(1)).first()
                if candidate is None:
                    return None
                won = session.execute(update(WalkInTicket).where(
                    WalkInTicket.id == candidate[0], WalkInTicket.state == "waiting")
                    .values(state="serving", called_at=now, served_by=user_id))
                if won.rowcount == 1:  # type: ignore[attr-defined]
                    return QueueNumber(candidate[0], candidate[1], candidate[2], "serving")
        return None

    def finish(self, ticket_id: uuid.UUID, now: dt.datetime | None = None) -> None:
        with self._db.sessions.begin() as session:
            session.execute(update(WalkInTicket).where(WalkInTicket.id == ticket_id, WalkInTicket.state != "done")
                            .values(state="done", done_at=now or utcnow()))

    def status(self, user_id: uuid.UUID | None = None, now: dt.datetime | None = None) -> QueueStatus:
        now = now or utcnow()
        with self._db.sessions() as session:
            rows = session.execute(
                select(WalkInTicket.id, WalkInTicket.number, WalkInTicket.taken_at, WalkInTicket.state,
                       WalkInTicket.called_at, WalkInTicket.served_by)
                .where(WalkInTicket.site_id == self.site_id, WalkInTicket.day == self._day(now))
                .order_by(WalkInTicket.number)).all()
        waiting = tuple(QueueNumber(r[0], r[1], r[2], r[3]) for r in rows if r[3] == "waiting")
        serving_rows = sorted((r for r in rows if r[3] == "serving"), key=lambda r: r[4] or r[2], reverse=True)
        waits = [r[4] - r[2] for r in rows if r[4] is not None]
        mine = next((QueueNumber(r[0], r[1], r[2], r[3]) for r in serving_rows if r[5] == user_id), None)
        return QueueStatus(
            serving=tuple(r[1] for r in serving_rows), waiting=waiting,
            longest_wait=max((now - w.taken_at for w in waiting), default=dt.timedelta(0)),
            average_wait=sum(waits, dt.timedelta(0)) / len(waits) if waits else None,
            mine=mine if user_id is not None else None)
