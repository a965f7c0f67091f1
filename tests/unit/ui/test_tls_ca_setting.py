"""The account's CA file (TLS): typed in the settings dialog, saved to the TOML file, handed to the engine."""

from pathlib import Path

from app.credentials import InMemoryCredentialStore
from app.settings import load_settings
from ui.phone.setup import account_settings
from ui.settings_dialog import SettingsDialog


def test_the_ca_file_is_saved_and_reaches_the_engine_settings(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "skranke.toml"
    dialog = SettingsDialog(load_settings(path), InMemoryCredentialStore())
    qtbot.addWidget(dialog)
    dialog._add_account()
    form = dialog.form
    form.edits["name"].setText("Work")
    form.edits["registrar"].setText("pbx.example.com:5061")
    form.edits["user"].setText("1001")
    form.transport.setCurrentIndex(form.transport.findData("tls"))
    form.edits["tls_ca_file"].setText("  /etc/skranke/pbx-ca.pem ")
    dialog.save()
    saved = load_settings(path).settings.sip.accounts
    assert [(a.transport, a.tls_ca_file) for a in saved] == [("tls", "/etc/skranke/pbx-ca.pem")]
    assert account_settings(saved[0]).tls_ca_file == "/etc/skranke/pbx-ca.pem"

    again = SettingsDialog(load_settings(path), InMemoryCredentialStore())
    qtbot.addWidget(again)
    again.account_list.setCurrentRow(0)
    assert again.form.edits["tls_ca_file"].text() == "/etc/skranke/pbx-ca.pem"


def test_an_unverified_pbx_certificate_is_named_in_the_registration_indicator(qapp) -> None:
    import datetime as dt

    from app.softphone import RegistrationChanged, RegistrationState, registration_message
    from ui.phone.call_panel import registration_text

    reason = "SSL certificate verification error (PJSIP_TLS_ECERTVERIF)"
    event = RegistrationChanged("Work", RegistrationState.FAILED, 503, reason,
                                registration_message(503, reason, RegistrationState.FAILED), dt.datetime.now(dt.UTC))
    text, colour = registration_text(event)
    assert "certificate could not be verified" in text and colour == "#b3261e"
