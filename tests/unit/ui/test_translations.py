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


ALIASES = re.compile(r"^\s*\w+\s*=\s*(self\.tr|QCoreApplication\.translate|QApplication\.translate)\s*$"
                     r"|(?<![\w.])(?!self\b)\w+\.tr\(", re.MULTILINE)


def test_no_aliased_tr_calls_that_lupdate_cannot_see() -> None:
    """lupdate only finds literal self.tr("…") / QCoreApplication.translate("Ctx", "…"): `tr = self.tr` hides a
    string, `window.tr("…")` in another class files it under the wrong context. Both ship English text."""
    offenders = [f"{path.relative_to(update.ROOT)}: {m.group(0).strip()}"
                 for path in (update.ROOT / "ui").rglob("*.py")
                 for m in ALIASES.finditer(path.read_text(encoding="utf-8"))]
    assert not offenders, offenders


@pytest.mark.parametrize(("context", "source"), [
    ("CallRow", "Answer"), ("CallPanel", "Connected"), ("AgentState", "On a call"), ("Seeded", "Resolved"),
    ("MainWindow", "Wallboard")])
def test_strings_that_once_shipped_in_english_are_translated_at_runtime(qapp, tmp_path: Path, context: str,
                                                                       source: str) -> None:
    for lang in LANGS:
        qm = tmp_path / f"skranke_{lang}.qm"
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(update.HERE / f"skranke_{lang}.ts"), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        try:
            assert QCoreApplication.translate(context, source) != source, (lang, context, source)
        finally:
            QCoreApplication.removeTranslator(translator)
