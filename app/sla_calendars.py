"""Business-hours calendars per site, managed by supervisors (the default calendar has no site).

Without any calendar the SLA clocks run around the clock, as they did before calendars existed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import delete, select

from app import audit
from app.business_hours import BusinessCalendar
from app.db.database import Database
from app.db.models import BusinessCalendar as CalendarRow
from app.db.models import BusinessHoliday, Site
from app.messages import tr_
from app.sla import require_supervisor


@dataclass(frozen=True)
class SiteCalendar:
    site_id: uuid.UUID | None  # None: the default calendar
    site: str | None
    calendar: BusinessCalendar


def calendars(db: Database) -> list[SiteCalendar]:
    with db.sessions() as session:
        rows = session.execute(select(CalendarRow, Site.name).outerjoin(Site, Site.id == CalendarRow.site_id)
                               .order_by(Site.name.is_not(None), Site.name)).all()
        out = []
        for row, site in rows:
            holidays = list(session.scalars(select(BusinessHoliday.day)
                                            .where(BusinessHoliday.calendar_id == row.id)))
            out.append(SiteCalendar(row.site_id, site, BusinessCalendar.from_json(row.timezone, row.hours,
                                                                                 holidays)))
        return out


def save_calendar(db: Database, user_id: uuid.UUID, site_id: uuid.UUID | None, calendar: BusinessCalendar) -> None:
    """Create or replace a site's calendar (opening hours and holidays). Supervisors only; audited."""
    with db.sessions.begin() as session:
        require_supervisor(session, user_id, tr_("Only supervisors can change opening hours."))
        query = select(CalendarRow).where(CalendarRow.site_id == site_id if site_id is not None
                                          else CalendarRow.site_id.is_(None))
        row = session.scalar(query)
        if row is None:
            row = CalendarRow(site_id=site_id)
            session.add(row)
        row.timezone, row.hours = calendar.timezone, calendar.to_json()
        session.flush()
        session.execute(delete(BusinessHoliday).where(BusinessHoliday.calendar_id == row.id))
        session.add_all(BusinessHoliday(calendar_id=row.id, day=day) for day in sorted(calendar.holidays))
        audit.record(session, user_id, "business_calendar", row.id, "update",
                     {"site_id": str(site_id) if site_id else None, "timezone": calendar.timezone,
                      "hours": calendar.to_json(), "holidays": [d.isoformat() for d in sorted(calendar.holidays)]})


def site_choices(db: Database) -> list[tuple[uuid.UUID, str]]:
    """Every site by name, for choosing whose opening hours to edit."""
    with db.sessions() as session:
        return [(i, n) for i, n in session.execute(select(Site.id, Site.name).order_by(Site.name))]
