"""The reference data Skranke seeds (migration 0002) in the user's language.

Supervisors may rename codes in the database; a label that still equals the English seed is shown translated,
anything else exactly as the supervisor wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _seeded() -> dict[str, str]:
    return {
        "Resolved": QCoreApplication.translate("Seeded", "Resolved"),
        "Ticket created": QCoreApplication.translate("Seeded", "Ticket created"),
        "Callback scheduled": QCoreApplication.translate("Seeded", "Callback scheduled"),
        "Transferred": QCoreApplication.translate("Seeded", "Transferred"),
        "Information given": QCoreApplication.translate("Seeded", "Information given"),
        "Complaint": QCoreApplication.translate("Seeded", "Complaint"),
        "Sale": QCoreApplication.translate("Seeded", "Sale"),
        "Wrong number": QCoreApplication.translate("Seeded", "Wrong number"),
        "No answer": QCoreApplication.translate("Seeded", "No answer"),
        "Break": QCoreApplication.translate("Seeded", "Break"),
        "Lunch": QCoreApplication.translate("Seeded", "Lunch"),
        "Meeting": QCoreApplication.translate("Seeded", "Meeting"),
        "Training": QCoreApplication.translate("Seeded", "Training"),
        "Back-office work": QCoreApplication.translate("Seeded", "Back-office work"),
        "Technical problem": QCoreApplication.translate("Seeded", "Technical problem"),
        # The counter's reasons and resolutions (migration 0007).
        "Repair or faulty device": QCoreApplication.translate("Seeded", "Repair or faulty device"),
        "Bill or payment": QCoreApplication.translate("Seeded", "Bill or payment"),
        "Subscription change": QCoreApplication.translate("Seeded", "Subscription change"),
        "Setup help": QCoreApplication.translate("Seeded", "Setup help"),
        "Return or exchange": QCoreApplication.translate("Seeded", "Return or exchange"),
        "Other": QCoreApplication.translate("Seeded", "Other"),
        "Explained or advised": QCoreApplication.translate("Seeded", "Explained or advised"),
        "Fixed on the spot": QCoreApplication.translate("Seeded", "Fixed on the spot"),
        "Replaced or exchanged": QCoreApplication.translate("Seeded", "Replaced or exchanged"),
        "Passed on to another team": QCoreApplication.translate("Seeded", "Passed on to another team"),
    }


def seeded_label(label: str) -> str:
    return _seeded().get(label, label)
