"""First start: an empty embedded database gets demo data, so a newcomer sees a living workspace."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.db.database import Database
from app.db.models import Customer

DEMO_CUSTOMERS = 2000


def fill_empty_demo_database(db: Database) -> str | None:
    """Load demo data into an empty database; returns a note for the status bar, or None if nothing was done."""
    with db.sessions() as session:
        if session.scalar(select(Customer.id).limit(1)) is not None:  # not count(*): a full scan at 1M customers
            return None
    from app.demo_data import load_demo_data

    summary = load_demo_data(db, customers=DEMO_CUSTOMERS)
    return QCoreApplication.translate("Startup", "This is demo data: %1 made-up customers were created so you can "
                                                 "try Skranke.").replace("%1", f"{summary.customers:,}")
