"""Rows of demo customers and their histories, made cheaply: precomputed pools, integer times, no parsing.

One `DemoRows` turns a chunk of customer numbers into plain rows (lists in column order) for the bulk writers
in app/demo_bulk.py. Each chunk draws from its own random.Random seeded by the load's seed and the chunk, so
a seed gives the same data whether chunks are built here or in worker processes.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from app.demo_bulk import DAY_US, BulkWriter, IdMaker, timestamp_formatter
from app.demo_names import (
    CALLBACK_REASONS,
    COUNTRIES,
    COUNTRY_WEIGHTS,
    CUSTOMER_NOTES,
    INTERACTION_NOTES,
    PHONE_LABELS,
    RANGES,
    SUBJECTS,
    TAGS,
    TICKET_COMMENTS,
    Country,
)
from app.demo_phones import PhoneWriter
from app.search_terms import sort_key, terms_for

SEC = 1_000_000
MIN = 60 * SEC
HOUR = 60 * MIN
HISTORY_DAYS = 730  # interactions spread over the last two years
# Demo data is relative to the moment it is loaded: some contacts today (the wallboard and today's figures are
# not empty) and this week (open tickets with due dates around now), the rest over two years.
TODAY_SHARE = 0.012
RECENT_SHARE = 0.06
RECENT_DAYS = 6
TODAY_HOURS = 10  # today's contacts fall in the last hours before the load, never in the future
DEMO_ZONE = ZoneInfo("Europe/Copenhagen")
OPEN_TICKET_DAYS = 14  # older tickets are solved or closed: an open ticket from last year is not a demo

COLUMNS: dict[str, tuple[str, ...]] = {
    "customers": ("id", "number", "name", "company", "language", "timezone", "notes", "tags", "sort_name",
                  "version", "created_at", "updated_at"),
    "customer_phones": ("id", "customer_id", "position", "label", "raw", "e164", "national"),
    "customer_emails": ("id", "customer_id", "position", "email"),
    "customer_search_terms": ("term", "customer_id"),
    "tickets": ("id", "number", "subject", "status", "priority", "department", "customer_id", "assignee_id",
                "tags", "first_reply_due", "next_reply_due", "first_replied_at", "solved_at", "version",
                "created_at", "updated_at"),
    "ticket_events": ("id", "ticket_id", "author_id", "kind", "body", "created_at"),
    "interactions": ("id", "channel", "customer_id", "user_id", "queue_id", "ticket_id", "remote_number",
                     "outcome", "started_at", "answered_at", "ended_at", "disposition_code", "subject", "notes",
                     "sip_call_id", "version", "created_at", "updated_at"),
    "callbacks": ("id", "customer_id", "number", "due_at", "timezone", "owner_id", "queue_id", "state",
                  "attempts", "max_attempts", "reason", "note", "version", "created_at", "updated_at"),
    "walkin_visits": ("interaction_id", "site_id", "reason_code", "resolution_code", "callback_id",
                      "queue_ticket_id"),
}
# Insert order follows the foreign keys: parents first.
TABLE_ORDER = tuple(COLUMNS)

# Channel mix of a telecom-style call centre: mostly phone, some written channels, some store visits.
_CHANNELS = ("phone-in",) * 55 + ("phone-out",) * 20 + ("e-mail",) * 10 + ("walk-in",) * 6 + ("chat",) * 6 + (
    "sms",) * 3
_ASCII = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "a", "ö": "o", "é": "e", "ü": "u", " ": "."})
_EMPTY_TAGS = json.dumps([])


@dataclass(frozen=True)
class Reference:
    """Ids (hex) and tables the generated rows point at; read from or written to the database first."""

    agent_ids: tuple[str, ...]  # role agent; the first is the demo login "agent", who gets a fair share
    counter_ids: tuple[str, ...]
    queue_ids: tuple[str, ...]  # Kundeservice first: it takes most calls
    sla_minutes: dict[tuple[str, str], tuple[int, int]]  # (department, priority) → (first, next reply)
    dispositions: frozenset[str]
    counter_sites: tuple[str | None, ...] = ()  # the store of each counter_ids entry: a visit is logged at a store
    walk_in_reasons: tuple[str, ...] = ("other",)  # active walk-in codes (migration 0007 seeds them)
    walk_in_resolutions: tuple[str, ...] = ()


@dataclass
class Batch:
    rows: dict[str, list[list[Any]]] = field(default_factory=lambda: {t: [] for t in TABLE_ORDER})
    heavy_ids: list[str] = field(default_factory=list)

    def count(self, table: str) -> int:
        return len(self.rows[table])

    def write(self, writer: BulkWriter, first_ticket_number: int) -> None:
        """Insert every table, parents first; ticket numbers continue from `first_ticket_number`."""
        for row in self.rows["tickets"]:
            row[1] += first_ticket_number
        for table in TABLE_ORDER:
            rows = self.rows[table]
            if table == "interactions":
                # Walk-ins have triggers that matter on PostgreSQL: they let counter staff of the site see
                # the customer (migration 0004). The other 94 % go in without per-row trigger work.
                walk_ins = [r for r in rows if r[1] == "walk-in"]
                rows = [r for r in rows if r[1] != "walk-in"]
                writer.insert(table, COLUMNS[table], walk_ins, triggers=True)
            writer.insert(table, COLUMNS[table], rows)


@dataclass
class _Customer:
    id: str
    country: Country
    language: str
    company: str | None
    e164s: list[str]


@dataclass(frozen=True)
class ChunkSpec:
    """One slice of a load, self-contained so a worker process can build it (see app/demo_data.py)."""

    index: int  # chunk number: seeds its random stream, its block of ids and of phone numbers
    first_number: int  # customer number of its first customer
    count: int
    heavy: int  # how many of its first customers get a long history
    seed: int
    id_base: int
    now_us: int
    ts_suffix: str  # "" for SQLite, "+00" for PostgreSQL timestamptz
    ref: Reference
    interactions_per_customer: int
    heavy_interactions: int


def build_chunk(spec: ChunkSpec) -> Batch:
    """Rows for one chunk. Ticket numbers in it count from 0; the writer adds the real start."""
    rows = DemoRows(spec)
    batch = Batch()
    for i in range(spec.count):
        rows.customer(batch, spec.first_number + i, i < spec.heavy)
    return batch


class DemoRows:
    def __init__(self, spec: ChunkSpec) -> None:
        # A string seed is hashed (SHA-512) by random.Random: chunks get independent, repeatable streams.
        self.rng = rng = random.Random(f"skranke-demo/{spec.seed}/{spec.first_number}/{spec.index}")
        self.ref = ref = spec.ref
        self.ts = timestamp_formatter(spec.ts_suffix)
        self.now = spec.now_us
        # "Today" as the wallboard counts it: the local day of the Nordic sites (all three share CET/CEST).
        local_midnight = dt.datetime.fromtimestamp(self.now / SEC, DEMO_ZONE).replace(
            hour=0, minute=0, second=0, microsecond=0)
        self._today_start = max(int(local_midnight.timestamp()) * SEC, self.now - TODAY_HOURS * HOUR)
        self.new_id = IdMaker(spec.id_base, spec.index)
        self.per_customer = spec.interactions_per_customer
        self.heavy_interactions = spec.heavy_interactions
        self.phones = PhoneWriter(rng, spec.seed, spec.index)
        self.ticket_number = 0
        self._countries = [c for c, w in zip(COUNTRIES, COUNTRY_WEIGHTS, strict=True) for _ in range(w)]
        self._mobile_ranges = {code: tuple(r for r in ranges if r[2] == "mobile") for code, ranges in RANGES.items()}
        # The demo login sees its own tickets and callbacks: it owns about one in ten.
        self._owners = (ref.agent_ids[0],) * max(2, len(ref.agent_ids) // 9) + ref.agent_ids
        self._queues = (ref.queue_ids[0],) * 3 + ref.queue_ids
        self._notes = {lang: tuple(n for n in notes if n[1] in ref.dispositions)
                       for lang, notes in INTERACTION_NOTES.items()}

    # -- customers -------------------------------------------------------------------------------------

    def customer(self, batch: Batch, number: int, heavy: bool) -> None:
        rng = self.rng
        country: Country = rng.choice(self._countries)
        first, last = rng.choice(country.first_names), rng.choice(country.last_names)
        if rng.random() < 0.06:  # double first names are common in all three countries
            second = rng.choice(country.first_names)
            first = f"{first} {second}" if second != first else first
        name = f"{first} {last}"
        company = self._company(country, last) if rng.random() < 0.2 else None
        lang = country.language
        cid = self.new_id()
        created = self.now - (HISTORY_DAYS + rng.randrange(1500)) * DAY_US + rng.randrange(DAY_US)
        tags = rng.sample(TAGS, rng.choice((1, 1, 2))) if rng.random() < 0.3 else []
        if heavy and "vip" not in tags:
            tags.append("vip")
        notes = rng.choice(CUSTOMER_NOTES[lang]) if rng.random() < 0.15 else ""
        batch.rows["customers"].append([
            cid, number, name, company, lang, country.timezone, notes, json.dumps(tags) if tags else _EMPTY_TAGS,
            sort_key(name), 1, self.ts(created), self.ts(created)])
        emails = self._emails(batch, cid, country, first, last, company)
        for term in sorted(terms_for(name, company, emails)):  # sets iterate in per-process hash order
            batch.rows["customer_search_terms"].append([term, cid])
        customer = _Customer(cid, country, lang, company, self._phones(batch, cid, country))
        if heavy:
            batch.heavy_ids.append(cid)
        n = self.heavy_interactions if heavy else self.per_customer // 2 + rng.randrange(self.per_customer + 1)
        tickets = (n // 250 + 1) if heavy else (1 if rng.random() < 0.08 else 0) + (rng.random() < 0.01)
        self._history(batch, customer, n, tickets)
        if rng.random() < (0.2 if heavy else 0.02):
            self._callback(batch, customer)

    def _company(self, country: Country, last: str) -> str:
        rng = self.rng
        head = rng.choice((last, rng.choice(country.towns), "Nordisk", last))
        return f"{head} {rng.choice(country.company_words)} {rng.choice(country.company_forms)}"

    def _emails(self, batch: Batch, cid: str, country: Country, first: str, last: str,
                company: str | None) -> list[str]:
        rng = self.rng
        roll = rng.random()
        count = 0 if roll < 0.1 else 2 if roll > 0.88 else 1
        local = f"{first}.{last}".lower().translate(_ASCII)
        emails: list[str] = []
        for position in range(count):
            if position == 1 and company:
                domain = company.split(" ")[0].lower().translate(_ASCII) + "." + country.tld
                email = f"{first.split(' ')[0].lower().translate(_ASCII)}@{domain}"
            else:
                suffix = str(rng.randrange(10, 100)) if rng.random() < 0.5 else ""
                email = f"{local}{suffix}@{rng.choice(country.mail_domains)}"
            emails.append(email)
            batch.rows["customer_emails"].append([self.new_id(), cid, position, email])
        return emails

    def _phones(self, batch: Batch, cid: str, country: Country) -> list[str]:
        rng = self.rng
        roll = rng.random()
        count = 1 if roll < 0.55 else 2 if roll < 0.9 else 3
        labels = PHONE_LABELS[country.language]
        ranges = RANGES[country.code]
        e164s = []
        for position in range(count):
            candidates = self._mobile_ranges[country.code] if position == 0 else ranges
            prefix, free, kind = rng.choice(candidates)
            raw, e164, national = self.phones.make(country, prefix, free)
            label = labels["work"] if position == 2 else labels[kind]
            batch.rows["customer_phones"].append([self.new_id(), cid, position, label, raw, e164, national])
            e164s.append(e164)
        return e164s

    # -- history ---------------------------------------------------------------------------------------

    def _moment(self) -> int:
        """A time today before now, or in the last days or two years in office hours (06–16 UTC), mostly on
        weekdays."""
        rand = self.rng.random
        roll = rand()
        if roll < TODAY_SHARE:
            return self._today_start + int(rand() * (self.now - self._today_start))
        days = RECENT_DAYS if roll < TODAY_SHARE + RECENT_SHARE else HISTORY_DAYS
        day = self.now // DAY_US - 1 - int(rand() * days)
        weekday = (day + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
        if weekday >= 5 and rand() < 0.85:
            day -= weekday - 4  # move most weekend contacts to the Friday before
        return day * DAY_US + 6 * HOUR + int(rand() * 10 * HOUR)

    def _history(self, batch: Batch, c: _Customer, count: int, tickets: int) -> None:
        # The hot loop of a large load (10,000,000 rows): random() and indexing instead of choice/randrange.
        rng = self.rng
        rand = rng.random
        bits = rng.getrandbits
        ts = self.ts
        now = self.now
        new_id = self.new_id
        moment = self._moment
        rows = batch.rows["interactions"]
        ends: list[int] = []  # end times as integers, for tickets made from these contacts
        notes = self._notes[c.language]
        n_notes = len(notes)
        subjects = SUBJECTS[c.language]
        owners, n_owners = self._owners, len(self._owners)
        queues, n_queues = self._queues, len(self._queues)
        counters, sites = self.ref.counter_ids, self.ref.counter_sites
        reasons, resolutions = self.ref.walk_in_reasons, self.ref.walk_in_resolutions
        visits = batch.rows["walkin_visits"]
        phones, n_phones = c.e164s, len(c.e164s)
        cid = c.id
        disposition: str | None
        for _ in range(count):
            channel = _CHANNELS[int(rand() * 100)]
            start = moment()
            user: str | None = owners[int(rand() * n_owners)]
            queue: str | None = queues[int(rand() * n_queues)]
            answered: int | None = None
            number: str | None = None
            call_id: str | None = None
            subject = ""
            note, disposition = notes[int(rand() * n_notes)]
            roll = rand()
            if channel == "phone-in":
                number, call_id = phones[int(rand() * n_phones)], f"{bits(64):016x}@pbx.demo"
                # Most callers wait a few seconds, a few much longer: service levels near the usual 80 % target.
                wait = int((3 + rand() ** 6 * 87) * SEC)
                if roll < 0.85:
                    outcome, answered = "answered", start + wait
                    end = answered + int((40 + rand() * (200 if roll < 0.6 else 1160)) * SEC)
                else:
                    outcome = "missed" if roll < 0.93 else "abandoned"
                    user = user if outcome == "missed" else None
                    # Those who give up have waited longer than those answered (and past the 5 s short-abandon).
                    end, note, disposition = start + int((8 + rand() * 112) * SEC), "", None
            elif channel == "phone-out":
                number, call_id, queue = phones[int(rand() * n_phones)], f"{bits(64):016x}@pbx.demo", None
                if roll < 0.7:
                    outcome, answered = "answered", start + int((4 + rand() * 21) * SEC)
                    end = answered + int((30 + rand() * 570) * SEC)
                else:
                    outcome = "no-answer" if roll < 0.95 else "failed"
                    end, note, disposition = start + 30 * SEC, "", "no-answer"
            elif channel == "walk-in":
                desk = int(rand() * len(counters))
                user, queue = counters[desk], None
                outcome, answered = "solved", start  # "ticket" when a ticket is made from it below
                end = start + int((4 + rand() * 21) * MIN)
            elif channel == "e-mail":
                subject = subjects[int(rand() * len(subjects))]
                outcome, answered = "replied", start + int((20 + rand() * 1780) * MIN)
                end = answered
            elif channel == "chat":
                if roll < 0.9:
                    outcome, answered = "answered", start + int((5 + rand() * 115) * SEC)
                    end = answered + int((3 + rand() * 17) * MIN)
                else:
                    outcome, user, end, note, disposition = "abandoned", None, start + 90 * SEC, "", None
            else:  # sms: reminders and replies, no agent time
                number, queue = phones[int(rand() * n_phones)], None
                outcome, end, disposition = ("sent" if roll < 0.6 else "received"), start, None
            if answered is not None and answered > now:
                answered = now
            if end > now:
                end = now
            ends.append(end)
            start_text, end_text = ts(start), ts(end)
            row_id = new_id()
            rows.append([row_id, channel, cid, user, queue, None, number, outcome, start_text,
                         None if answered is None else ts(answered), end_text, disposition, subject, note,
                         call_id, 1, start_text, end_text])
            if channel == "walk-in":  # the counter's own details: store, reason and resolution codes
                visits.append([row_id, sites[desk] if desk < len(sites) else None,
                               reasons[int(rand() * len(reasons))],
                               resolutions[int(rand() * len(resolutions))] if resolutions else None, None, None])
        # Some answered contacts became tickets: link them both ways in time and by id.
        first_row = len(rows) - count
        latest = max(range(count), key=ends.__getitem__) if tickets and count else 0
        for _ in range(tickets if count else 0):
            # Half the tickets come from the customer's latest contact: recent contacts give open tickets.
            pick = latest if rand() < 0.5 else rng.randrange(count)
            row = rows[first_row + pick]
            if row[7] not in ("answered", "solved", "replied") or row[5] is not None:
                continue
            row[5] = self._ticket(batch, c, ends[pick], row[3])
            if row[1] == "walk-in":
                row[7] = "ticket"
            if "ticket" in self.ref.dispositions:
                row[11] = "ticket"

    def _ticket(self, batch: Batch, c: _Customer, created: int, agent: str | None) -> str:
        rng = self.rng
        ts = self.ts
        age_days = (self.now - created) // DAY_US
        roll = rng.random()
        if age_days > OPEN_TICKET_DAYS:
            status = "closed" if roll < 0.6 else "solved"
        else:
            status = ("new", "open", "open", "pending", "on-hold", "solved")[int(roll * 6)]
            if status == "new" and age_days >= 1:
                status = "open"  # a ticket nobody has answered for days is not what a demo should show
        roll = rng.random()
        priority = "normal" if roll < 0.7 else "high" if rng.random() < 0.75 else "urgent"
        department = "enterprise" if c.company else rng.choice(("technical", "technical", "sales"))
        first_min, next_min = self.ref.sla_minutes.get((department, priority), (480, 1920))
        assignee = None if status == "new" and rng.random() < 0.5 else (agent or rng.choice(self._owners))
        tid = self.new_id()
        events = batch.rows["ticket_events"]
        comments = TICKET_COMMENTS[c.language]
        moment = created
        replied = None
        for i in range(1 if status == "new" else rng.randrange(2, 6)):
            kind = "comment" if i == 0 or rng.random() < 0.6 else "internal"
            author = None if i == 0 else assignee
            events.append([self.new_id(), tid, author, kind, rng.choice(comments), ts(moment)])
            if i == 1:
                replied = moment
                events.append([self.new_id(), tid, author, "change", "status: new → open", ts(moment)])
            # Never in the future, and not all at the moment of the load: a few minutes to hours before it.
            moment = max(moment, min(self.now - rng.randrange(5, 240) * MIN,
                                     moment + rng.randrange(10, 3 * 24 * 60) * MIN))
        solved = moment if status in ("solved", "closed") else None
        waiting = status in ("open", "pending", "on-hold")
        number = self.ticket_number  # within the chunk; the writer adds the database's next free number
        self.ticket_number += 1
        batch.rows["tickets"].append([
            tid, number, rng.choice(SUBJECTS[c.language]), status, priority, department, c.id, assignee,
            json.dumps(["fiber"]) if rng.random() < 0.1 else _EMPTY_TAGS,
            ts(created + first_min * MIN), ts(moment + next_min * MIN) if waiting else None,
            ts(replied) if replied is not None else None, ts(solved) if solved is not None else None,
            1, ts(created), ts(moment)])
        return tid

    def _callback(self, batch: Batch, c: _Customer) -> None:
        rng = self.rng
        roll = rng.random()
        if roll < 0.5:  # pending; a third of them overdue, which supervisors must see
            state = "pending"
            due = self.now + (rng.randrange(-48 * 60, 0) if rng.random() < 0.33 else rng.randrange(30, 5 * 24 * 60)
                              ) * MIN
            attempts = 1 if due < self.now and rng.random() < 0.5 else 0
        else:
            state = "done" if roll < 0.85 else "failed" if roll < 0.9 else "cancelled"
            due = self._moment()
            attempts = 3 if state == "failed" else rng.randrange(1, 3) if state == "done" else 0
        created = min(due, self.now) - rng.randrange(30, 24 * 60) * MIN
        owner = rng.choice(self._owners) if rng.random() < 0.6 else None
        batch.rows["callbacks"].append([
            self.new_id(), c.id, rng.choice(c.e164s), self.ts(due), c.country.timezone, owner,
            rng.choice(self._queues), state, attempts, 3, rng.choice(CALLBACK_REASONS[c.language]), "", 1,
            self.ts(created), self.ts(max(created, min(due, self.now)))])

