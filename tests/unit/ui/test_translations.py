"""Every string a user sees is translated into Danish, Swedish and Norwegian Bokmål, and kept in sync."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from resources.translations import update

LANGS = update.LANGUAGES
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d|%n")


def _messages(lang: str) -> list[ET.Element]:
    tree = ET.parse(update.HERE / f"skranke_{lang}.ts")
    return list(tree.getroot().iter("message"))


def test_generated_app_strings_are_current() -> None:
    assert update.GENERATED.read_text(encoding="utf-8") == update.generated_source(update.app_templates()), \
        "app/ has new or changed tr_() messages: run ./dev tr and translate them"


@pytest.mark.parametrize("lang", LANGS)
def test_ts_files_hold_every_string_in_the_code(lang: str, tmp_path: Path) -> None:
    copy = tmp_path / f"skranke_{lang}.ts"
    shutil.copy(update.HERE / f"skranke_{lang}.ts", copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    out = subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *update.sources(), "-ts", str(copy)],
                         cwd=update.ROOT, capture_output=True, text=True, check=True, timeout=120).stdout
    found = re.search(r"\((\d+) new and (\d+) already existing\)", out)
    assert found, out
    assert found.group(1) == "0", f"strings in the code missing from skranke_{lang}.ts: run ./dev tr ({out})"


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_is_translated_and_keeps_its_placeholders(lang: str) -> None:
    problems = []
    for msg in _messages(lang):
        source = msg.findtext("source") or ""
        translation = msg.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"untranslated: {source!r}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                problems.append(f"placeholders differ: {source!r} → {form!r}")
    assert not problems, f"{len(problems)} problems in skranke_{lang}.ts:\n" + "\n".join(problems[:40])


@pytest.mark.parametrize(("lang", "expected"), [("da", "Kunde"), ("sv", "Kund"), ("nb", "Kunde")])
def test_compiled_translation_loads_and_translates(qapp, lang: str, expected: str, tmp_path: Path) -> None:
    qm = tmp_path / f"skranke_{lang}.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(update.HERE / f"skranke_{lang}.ts"), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Customer") == expected
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") not in ("", "Cancel")
    finally:
        QCoreApplication.removeTranslator(translator)
