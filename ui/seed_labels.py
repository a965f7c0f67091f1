"""The reference data Skranke seeds (migration 0002) in the user's language.

Supervisors may rename codes in the database; a label that still equals the English seed is shown translated,
anything else exactly as the supervisor wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _seeded() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "Resolved": t("Seeded", "Resolved"),
        "Ticket created": t("Seeded", "Ticket created"),
        "Callback scheduled": t("Seeded", "Callback scheduled"),
        "Transferred": t("Seeded", "Transferred"),
        "Information given": t("Seeded", "Information given"),
        "Complaint": t("Seeded", "Complaint"),
        "Sale": t("Seeded", "Sale"),
        "Wrong number": t("Seeded", "Wrong number"),
        "No answer": t("Seeded", "No answer"),
        "Break": t("Seeded", "Break"),
        "Lunch": t("Seeded", "Lunch"),
        "Meeting": t("Seeded", "Meeting"),
        "Training": t("Seeded", "Training"),
        "Back-office work": t("Seeded", "Back-office work"),
        "Technical problem": t("Seeded", "Technical problem"),
    }


def seeded_label(label: str) -> str:
    return _seeded().get(label, label)
