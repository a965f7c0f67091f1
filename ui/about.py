"""Help → About: Skranke's version, the licences of the components it ships, and the GPL's source offer.

Skranke links pjproject, which is GPL-2.0-or-later, so the program as a whole is distributed under the GPL
(Skranke itself: GPL-3.0-or-later) and every copy must tell its recipient where to get the source (GPLv3 §6).
Qt/PySide6 and psycopg are LGPL-3.0: they stay separate shared libraries in the installed folder so a user can
replace them, which is what the LGPL asks for; the dialog says so.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib import metadata, resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.version import __version__

# Where the complete corresponding source of this release is published (GPLv3 §6(d)); also named in
# packaging/README.md and the .deb's copyright file. Change it in one place when the project moves.
SOURCE_URL = "https://github.com/skranke/skranke"
GPL3_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


@dataclass(frozen=True)
class Component:
    """A third-party part shipped inside the installed program."""

    name: str
    module: str  # imported to read its version: what is shipped, not what a package index says
    distribution: str  # fallback for modules without __version__
    licence: str
    url: str


COMPONENTS: tuple[Component, ...] = (
    Component("pjproject (pjsua2)", "pjsua2", "pjsua2-python", "GPL-2.0-or-later", "https://www.pjsip.org"),
    Component("Qt", "PySide6.QtCore", "PySide6-Essentials", "LGPL-3.0-only", "https://www.qt.io"),
    Component("Qt for Python (PySide6)", "PySide6", "PySide6-Essentials", "LGPL-3.0-only",
              "https://www.qt.io/qt-for-python"),
    Component("psycopg", "psycopg", "psycopg", "LGPL-3.0-only", "https://www.psycopg.org"),
    Component("SQLAlchemy", "sqlalchemy", "SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    Component("Alembic", "alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org"),
    Component("phonenumbers", "phonenumbers", "phonenumbers", "Apache-2.0",
              "https://github.com/daviddrysdale/python-phonenumbers"),
    Component("pydantic", "pydantic", "pydantic", "MIT", "https://docs.pydantic.dev"),
    Component("keyring", "keyring", "keyring", "MIT", "https://github.com/jaraco/keyring"),
    Component("platformdirs", "platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("tomlkit", "tomlkit", "tomlkit", "MIT", "https://github.com/python-poetry/tomlkit"),
    Component("FFmpeg (inside Qt Multimedia)", "PySide6.QtMultimedia", "", "LGPL-2.1-or-later",
              "https://ffmpeg.org"),
    Component("OpenSSL (inside pjsua2)", "pjsua2", "", "OpenSSL and SSLeay", "https://www.openssl.org"),
    Component("Python", "sys", "", "PSF-2.0", "https://www.python.org"),
)


def component_version(component: Component) -> str:
    """The version of what is actually loaded; "" when it cannot be told (shown as unknown)."""
    if component.module == "sys":
        import platform

        return platform.python_version()
    # Neither library has an API that reports its version; both come with a pinned wheel (pyproject.toml).
    if component.name.startswith("OpenSSL"):
        return "1.0.2k"  # vendored into pjsua2-python 2.15.1.post1 (PLATFORM.md)
    if component.name.startswith("FFmpeg"):
        return "7.1"  # Qt Multimedia's FFmpeg backend in PySide6-Addons 6.11.3 (it logs the version at start)
    try:
        module = importlib.import_module(component.module)
    except ImportError:
        return ""
    if component.module == "PySide6.QtCore":
        return str(module.qVersion())
    version = getattr(module, "__version__", None)
    if isinstance(version, str):
        return version
    try:
        return metadata.version(component.distribution) if component.distribution else ""
    except metadata.PackageNotFoundError:  # frozen builds ship metadata only for packages that need it
        return ""


class AboutDialog(QDialog):
    """Version, licence, bundled components and the written source offer, each on its own tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Skranke"))
        self.setMinimumSize(560, 440)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        tabs = QTabWidget()
        tabs.addTab(self._licence_text(), self.tr("Licence"))
        tabs.addTab(self._components_table(), self.tr("Components"))
        tabs.addTab(self._source_offer(), self.tr("Source code"))
        self.tabs = tabs
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(resources.files("resources.icons") / "skranke-64.png"))
        icon.setPixmap(pixmap)
        icon.setFixedSize(64, 64)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel(self.tr("Skranke {version}").format(version=__version__))
        title.setObjectName("aboutTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.version_label = title
        summary = QLabel(self.tr("Call-center client: softphone, customer history, callbacks and tickets."))
        summary.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(summary)
        text.addStretch(1)
        row.addLayout(text, 1)
        return row

    def _licence_text(self) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setOpenExternalLinks(True)
        paragraphs = [
            self.tr("Skranke is free software: you can redistribute it and/or modify it under the terms of the "
                    "GNU General Public License as published by the Free Software Foundation, either version 3 "
                    "of the License, or (at your option) any later version."),
            self.tr("Skranke is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; "
                    "without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. "
                    "See the GNU General Public License for more details."),
            self.tr("Skranke contains pjproject, which is licensed under the GNU General Public License, "
                    "version 2 or later; the combined program is therefore distributed under the GPL."),
            self.tr("Qt, Qt for Python (PySide6) and psycopg are licensed under the GNU Lesser General Public "
                    "License, version 3. They are installed as separate shared libraries in Skranke's folder, "
                    "so you may replace them with versions you have built or modified yourself."),
        ]
        # Templates are escaped before the link markup goes in, so a translation cannot break the HTML.
        link = _escape(self.tr("The full licence text: {url}")).format(url=f'<a href="{GPL3_URL}">{GPL3_URL}</a>')
        browser.setHtml("".join(f"<p>{_escape(p)}</p>" for p in paragraphs) + f"<p>{link}</p>")
        return browser

    def _components_table(self) -> QTableWidget:
        headers = [self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Website")]
        table = QTableWidget(len(COMPONENTS), len(headers))
        table.setObjectName("aboutComponents")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        unknown = self.tr("unknown")
        for row, component in enumerate(COMPONENTS):
            values = (component.name, component_version(component) or unknown, component.licence, component.url)
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.components = table
        return table

    def _source_offer(self) -> QTextBrowser:
        browser = QTextBrowser()
        browser.setObjectName("aboutSourceOffer")
        browser.setOpenExternalLinks(True)
        where = f'<a href="{SOURCE_URL}">{SOURCE_URL}</a>'
        available = _escape(self.tr(
            "The complete corresponding source code of this version of Skranke, including the source of pjproject "
            "and of every other GPL or LGPL component it contains, together with the scripts used to build and "
            "install it, is available at {url}.")).format(url=where)
        paragraphs = [
            self.tr("Written offer: for at least three years after you received this copy, and for as long as "
                    "spare parts or support are offered for it, whoever gave you this copy of Skranke will give "
                    "you, or any third party, the complete corresponding source code on a durable medium for no "
                    "more than the cost of physically performing the distribution. Ask the person or "
                    "organisation that supplied Skranke, or ask through the address above."),
            self.tr("Version {version}").format(version=__version__),
        ]
        browser.setHtml(f"<p>{available}</p>" + "".join(f"<p>{_escape(p)}</p>" for p in paragraphs))
        self.source_offer = browser
        return browser


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
