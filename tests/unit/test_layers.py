"""Layer rules import-linter cannot express: telephony/ uses QtCore and QtMultimedia, never widgets or GUI.

(The rest — ui above telephony above app, and no Qt at all in app/ — is import-linter's job in ./dev test.)
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6.QtWidgets", "PySide6.QtGui", "ui")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_telephony_never_imports_widgets_gui_or_ui() -> None:
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "telephony").rglob("*.py")
        for name in _imports(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN)
    }
    assert not offenders, offenders


def test_app_never_imports_qt() -> None:
    offenders = {f"{p.relative_to(ROOT)}: {n}" for p in (ROOT / "app").rglob("*.py") for n in _imports(p)
                 if n.split(".")[0] in ("PySide6", "shiboken6")}
    assert not offenders, offenders
