"""The settings dialog: accounts saved to the TOML file, passwords only to the credential store."""

from pathlib import Path

from app.credentials import InMemoryCredentialStore
from app.settings import load_settings
from ui.settings_dialog import SettingsDialog


def test_new_account_is_saved_and_its_password_goes_to_the_keyring_only(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    path.write_text("# my comment\n[general]\nuser = \"mette\"\n", encoding="utf-8")
    loaded = load_settings(path)
    store = InMemoryCredentialStore()
    dialog = SettingsDialog(loaded, store)
    qtbot.addWidget(dialog)
    dialog._add_account()
    form = dialog.form
    form.edits["name"].setText("Work")
    form.edits["registrar"].setText("pbx.example.com:5060")
    form.edits["user"].setText("1001")
    form.password.setText("hemmeligt-ø")
    form.transport.setCurrentIndex(form.transport.findData("tls"))
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    text = path.read_text(encoding="utf-8")
    assert "# my comment" in text and "hemmeligt" not in text
    saved = load_settings(path).settings
    assert saved.general.language == "nb" and saved.general.user == "mette"
    assert [(a.name, a.registrar, a.user, a.transport) for a in saved.sip.accounts] == [
        ("Work", "pbx.example.com:5060", "1001", "tls")]
    assert store.get("sip:Work") == "hemmeligt-ø"


def test_invalid_value_is_shown_and_nothing_is_saved(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    path.write_text("[general]\ndefault_region = \"SE\"\n", encoding="utf-8")
    dialog = SettingsDialog(load_settings(path), InMemoryCredentialStore())
    qtbot.addWidget(dialog)
    dialog.region.setEditText("ZZ")
    dialog.save()
    assert dialog.problem.isVisibleTo(dialog) and "default_region" in dialog.problem.text()
    assert path.read_text(encoding="utf-8") == "[general]\ndefault_region = \"SE\"\n"


def test_two_accounts_with_one_name_are_refused(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(load_settings(tmp_path / "none.toml"), InMemoryCredentialStore())
    qtbot.addWidget(dialog)
    dialog._add_account()
    dialog.form.edits["name"].setText("Same")
    dialog._add_account()
    dialog.form.edits["name"].setText("Same")
    dialog.save()
    assert dialog.problem.isVisibleTo(dialog)
    assert not (tmp_path / "none.toml").exists()
