"""The About dialog states the version, each bundled component with its licence and version, and the source offer."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.version import __version__
from ui.about import COMPONENTS, SOURCE_URL, AboutDialog, component_version


def _column(dialog: AboutDialog, column: int) -> list[str]:
    return [dialog.components.item(row, column).text() for row in range(dialog.components.rowCount())]


def test_version_comes_from_app_version(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.version_label.text() == f"Skranke {__version__}"
    assert dialog.windowTitle() == "About Skranke"


def test_lists_gpl_and_lgpl_components_with_the_loaded_versions(qtbot: QtBot) -> None:
    import pjsua2
    import psycopg
    import PySide6

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    licences = dict(zip(_column(dialog, 0), _column(dialog, 2), strict=True))
    versions = dict(zip(_column(dialog, 0), _column(dialog, 1), strict=True))
    assert licences["pjproject (pjsua2)"] == "GPL-2.0-or-later"
    assert licences["Qt"] == "LGPL-3.0-only"
    assert licences["Qt for Python (PySide6)"] == "LGPL-3.0-only"
    assert licences["psycopg"] == "LGPL-3.0-only"
    assert versions["pjproject (pjsua2)"] == pjsua2.__version__
    assert versions["Qt for Python (PySide6)"] == PySide6.__version__
    assert versions["psycopg"] == psycopg.__version__
    assert "unknown" not in versions.values()
    assert len(versions) == len(COMPONENTS)


def test_licence_and_source_offer_are_stated(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Licence", "Components", "Source code"]
    offer = dialog.source_offer.toPlainText()
    assert SOURCE_URL in offer
    assert "Written offer" in offer and "three years" in offer
    assert "either version 3" in dialog.tabs.widget(0).toPlainText()


def test_missing_module_reports_no_version() -> None:
    from ui.about import Component

    assert component_version(Component("Nothing", "skranke_no_such_module", "", "MIT", "")) == ""
