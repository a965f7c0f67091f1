"""Language: Skranke's own translations plus Qt's, chosen from the settings or the system locale."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

SUPPORTED = ("en", "da", "sv", "nb")


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """"system" follows the desktop; Norwegian in any form (no, nb, nn) gets Bokmål."""
    if setting != "system":
        return setting
    name = (system_locale or QLocale.system()).name().split("_")[0]
    if name in ("no", "nn"):
        name = "nb"
    return name if name in SUPPORTED else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Returns the installed translators (keep them alive as long as the app)."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale({"da": "da_DK", "sv": "sv_SE", "nb": "nb_NO", "en": "en_GB"}[language]))
    if language == "en":
        return installed
    qt = QTranslator(app)
    # Qt ships no Norwegian Bokmål (qtbase_nb); Skranke's own .ts carries those few strings (ui/qt_strings.py).
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    qm = resources.files("resources.translations") / f"skranke_{language}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)  # installed last: searched first, so it overrides Qt's own words
        installed.append(ours)
    return installed
