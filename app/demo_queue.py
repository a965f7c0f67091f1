"""Today's take-a-number queue for the demo stores: some visitors served this morning, one at the desk, two
waiting. The counter mode and the customers' display then show a living queue right after the demo load.

Relative to the moment of the load and numbered per store and local day, as app/walk_in_queue.py numbers them;
a store that already has numbers today (a second load with --append) is left alone.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from app.callback_times import zone
from app.db.database import Database
from app.db.models import Role, Site, User
from app.db.types import utcnow
from app.walk_in_models import WalkInTicket

WAITING = 2


def add_todays_queue(db: Database, rng: random.Random, now: dt.datetime | None = None) -> int:
    """Adds the queue numbers; returns how many."""
    now = now or utcnow()
    added = 0
    with db.sessions.begin() as session:
        desks = session.execute(select(User.id, User.site_id).where(User.role == Role.COUNTER, User.active,
                                                                    User.site_id.is_not(None))
                                .order_by(User.username)).all()
        for site in session.scalars(select(Site).order_by(Site.name)):
            staff = [user_id for user_id, site_id in desks if site_id == site.id]
            day = now.astimezone(zone(site.timezone) or dt.UTC).date()  # the queue's day, as walk_in_queue.py
            already = session.scalar(select(WalkInTicket.id).where(WalkInTicket.site_id == site.id,
                                                                   WalkInTicket.day == day).limit(1))
            if not staff or already is not None:
                continue
            tz = zone(site.timezone) or dt.UTC
            midnight = dt.datetime.combine(day, dt.time(0), tz)
            taken = now - dt.timedelta(minutes=2)
            times = []
            for _ in range(rng.randint(6, 12)):  # backwards from now: a visitor every 4–12 minutes, all today
                if taken < midnight:
                    break
                times.append(taken)
                taken -= dt.timedelta(minutes=rng.randint(4, 12))
            count = len(times)
            for number, taken_at in enumerate(reversed(times), start=1):
                state = "waiting" if number > count - WAITING else "serving" if number == count - WAITING \
                    else "done"
                called = None if state == "waiting" else min(now, taken_at + dt.timedelta(minutes=rng.randint(1, 6)))
                done = min(now, called + dt.timedelta(minutes=rng.randint(3, 9))) if state == "done" and called \
                    else None
                session.add(WalkInTicket(site_id=site.id, day=day, number=number, state=state, taken_at=taken_at,
                                         called_at=called, done_at=done,
                                         served_by=None if state == "waiting" else rng.choice(staff)))
                added += 1
    return added
