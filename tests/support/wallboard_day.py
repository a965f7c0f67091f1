"""A busy Monday morning in the database: queue calls since 08:00 with ring groups, abandons, live calls and
agent states. Used by the wallboard tests, the benchmark and the screenshots (`python -m tests.support.wallboard_day`).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from app.db.database import Database
from app.db.models import AgentStateEvent, Callback, CallbackState, Channel, Interaction, Queue, QueueMember, Role, User

CPH = ZoneInfo("Europe/Copenhagen")
PAUSES = ("break", "lunch", "meeting", "training")


@dataclass(frozen=True)
class Day:
    queue_ids: list[uuid.UUID]
    agent_ids: list[uuid.UUID]
    calls: int


def ensure_centre(db: Database, queues: int, agents: int) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    """Queues and agents (kept when there already are enough), each agent in one to three queues."""
    rng = random.Random(7)
    with db.sessions.begin() as s:
        have_q = list(s.scalars(select(Queue).order_by(Queue.name)))
        for i in range(len(have_q), queues):
            q = Queue(name=f"Kø {i + 1:02d}", sl_threshold_seconds=rng.choice((15, 20, 30)),
                      sl_target_percent=rng.choice((80, 90)))
            s.add(q)
            have_q.append(q)
        have_a = list(s.scalars(select(User).where(User.role == Role.AGENT).order_by(User.username)))
        for i in range(len(have_a), agents):
            u = User(username=f"wb{i:04d}", name=f"Agent {i + 1:03d}", role=Role.AGENT)
            s.add(u)
            have_a.append(u)
        s.flush()
        queue_ids, agent_ids = [q.id for q in have_q[:queues]], [u.id for u in have_a[:agents]]
        members = {(m.user_id, m.queue_id) for m in s.scalars(select(QueueMember))}
        for k, agent in enumerate(agent_ids):
            for q in {queue_ids[k % len(queue_ids)], rng.choice(queue_ids)}:
                if (agent, q) not in members:
                    s.add(QueueMember(user_id=agent, queue_id=q))
    return queue_ids, agent_ids


def fill_busy_morning(db: Database, now: dt.datetime, queues: int = 4, agents: int = 24, calls_per_hour: int = 300,
                      seed: int = 1, overloaded: int = 1, start_hour: int = 8) -> Day:
    """Calls from `start_hour` local until `now`; the first `overloaded` queues answer slowly and lose callers."""
    rng = random.Random(seed)
    queue_ids, agent_ids = ensure_centre(db, queues, agents)
    local = now.astimezone(CPH)
    start = local.replace(hour=start_hour, minute=0, second=0, microsecond=0).astimezone(dt.UTC)
    hours = max(0.0, (now - start).total_seconds() / 3600)
    weights = [1.0] * len(queue_ids)
    weights[min(overloaded, len(queue_ids) - 1)] = 3.0  # the first queue after the overloaded ones is the big one
    rows: list[dict[str, object]] = []
    busy: dict[uuid.UUID, dt.datetime] = {}  # agent → free again at
    live: dict[uuid.UUID, tuple[str, uuid.UUID]] = {}
    n = int(hours * calls_per_hour)
    times = sorted(start + dt.timedelta(seconds=rng.uniform(0, hours * 3600)) for _ in range(n))
    for k, at in enumerate(times):
        qi = rng.choices(range(len(queue_ids)), weights)[0]
        slow = qi < overloaded
        key = f"wb-{seed}-{k}@pbx"
        ringing = rng.sample(agent_ids, min(len(agent_ids), rng.choice((1, 2, 3))))
        wait = rng.lognormvariate(3.4 if slow else 2.3, 0.6)
        abandoned = rng.random() < (0.18 if slow else 0.04)
        number = f"+45{rng.randrange(20000000, 99999999)}"
        if abandoned:
            hang = wait if rng.random() < 0.85 else rng.uniform(0.5, 4)
            end = at + dt.timedelta(seconds=hang)
            for a in ringing:
                rows.append(_row(key, queue_ids[qi], a, at, None, end if end <= now else None, number, "missed"))
            continue
        answered = at + dt.timedelta(seconds=wait)
        free = [a for a in ringing if busy.get(a, start) <= answered] or ringing
        agent = free[0]
        talk = rng.lognormvariate(5.2, 0.5)
        ended = answered + dt.timedelta(seconds=talk)
        if answered > now:  # still ringing now
            for a in ringing:
                rows.append(_row(key, queue_ids[qi], a, at, None, None, number, None))
            continue
        done = ended <= now
        busy[agent] = ended + dt.timedelta(seconds=30)
        if not done:
            live[agent] = (key, queue_ids[qi])
        for a in ringing:
            if a == agent:
                rows.append(_row(key, queue_ids[qi], a, at, answered, ended if done else None, number,
                                 "answered" if done else None, hold=rng.choice((0, 0, 0, 20, 45)),
                                 wrapup=rng.uniform(10, 60) if done else 0))
            else:
                rows.append(_row(key, queue_ids[qi], a, at, None, answered, number, "missed"))
    # Callers waiting right now: a few in every queue, longer in the overloaded ones.
    for qi, q in enumerate(queue_ids):
        for j in range(rng.randrange(0, 3) + (3 if qi < overloaded else 0)):
            at = now - dt.timedelta(seconds=rng.uniform(2, 140 if qi < overloaded else 18))
            for a in rng.sample(agent_ids, min(2, len(agent_ids))):
                rows.append(_row(f"wb-{seed}-wait-{qi}-{j}@pbx", q, a, at, None, None,
                                 f"+46{rng.randrange(700000000, 799999999)}", None))
    events = []
    for i, agent in enumerate(agent_ids):
        roll = rng.random()
        since = now - dt.timedelta(seconds=rng.uniform(5, 900))
        if agent in live:
            state, reason, call_id = ("on-hold" if roll < 0.15 else "on-call"), None, live[agent][0]
        elif roll < 0.25:
            state, reason, call_id = "paused", PAUSES[i % len(PAUSES)], None
        elif roll < 0.4:
            state, reason, call_id = "wrap-up", None, None
        elif roll < 0.45:
            state, reason, call_id = "offline", None, None
        else:
            state, reason, call_id = "available", None, None
        events.append({"id": uuid.uuid4(), "user_id": agent, "state": state, "reason_code": reason, "at": since,
                       "call_id": call_id, "queue_id": None})
    with db.sessions.begin() as s:
        if rows:
            s.execute(insert(Interaction), rows)
        s.execute(insert(AgentStateEvent), events)
        for i, q in enumerate(queue_ids):
            for j in range(3 + i % 4):
                due = now + dt.timedelta(minutes=rng.choice((-40, -10, 30, 90, 200)) + j)
                s.add(Callback(number=f"+4540{rng.randrange(100000, 999999)}", due_at=due, queue_id=q,
                               state=CallbackState.PENDING))
    return Day(queue_ids, agent_ids, n)


def _row(key: str, queue: uuid.UUID, user: uuid.UUID, at: dt.datetime, answered: dt.datetime | None,
         ended: dt.datetime | None, number: str, outcome: str | None, hold: int = 0,
         wrapup: float = 0) -> dict[str, object]:
    wrap_start = ended if wrapup and ended else None
    return {"id": uuid.uuid4(), "channel": Channel.PHONE_IN, "queue_id": queue, "user_id": user, "started_at": at,
            "answered_at": answered, "ended_at": ended, "remote_number": number, "outcome": outcome,
            "sip_call_id": key, "hold_seconds": hold, "notes": "", "subject": "", "tags": [], "version": 1,
            "wrapup_started_at": wrap_start,
            "wrapup_ended_at": wrap_start + dt.timedelta(seconds=wrapup) if wrap_start else None,
            "created_at": at, "updated_at": at}
