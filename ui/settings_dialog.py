"""Settings: the same things as the TOML file, with passwords going to the keyring instead.

Validation is the settings schema's (pydantic); a value it refuses is shown in the dialog, nothing is saved half.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.credentials import CredentialError, CredentialStore
from app.paths import recordings_dir
from app.recording import RecordingPolicy
from app.settings import LoadedSettings, Settings, SipAccountSettings, save_settings
from ui.messages import translated
from ui.phone.recording_text import policy_label
from ui.phone.setup import password_key

REGIONS = ("DK", "SE", "NO", "FI", "IS", "DE", "GB", "NL", "PL", "US")


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    """items: (value, shown text). An unknown current value is kept as its own entry, never lost."""
    box = QComboBox()
    for value, text in items:
        box.addItem(text, value)
    index = box.findData(current)
    if index < 0:
        box.addItem(current, current)
        index = box.count() - 1
    box.setCurrentIndex(index)
    return box


class AccountForm(QWidget):
    FIELDS = ("name", "registrar", "user", "auth_user", "domain", "display_name", "outbound_proxy", "tls_ca_file")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = {name: QLineEdit(self) for name in self.FIELDS}
        self.edits["registrar"].setPlaceholderText("pbx.example.com:5060")
        self.edits["auth_user"].setPlaceholderText(self.tr("same as user"))
        self.edits["domain"].setPlaceholderText(self.tr("the registrar's host"))
        self.edits["tls_ca_file"].setPlaceholderText(self.tr("empty: the system's certificate authorities"))
        self.edits["tls_ca_file"].setToolTip(self.tr(
            "TLS only: a PEM file with the certificate of the authority that signed the PBX's certificate. "
            "The PBX's certificate is always checked."))
        self.transport = _combo([("udp", "UDP"), ("tcp", "TCP"), ("tls", "TLS")], "tcp")
        self.srtp = _combo([("off", self.tr("Off")), ("optional", self.tr("Optional")),
                            ("mandatory", self.tr("Mandatory"))], "off")
        self.enabled = QCheckBox(self.tr("Use this account"), self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged"))
        form = QFormLayout(self)
        labels = {"name": self.tr("Account name"), "registrar": self.tr("Registrar"), "user": self.tr("User"),
                  "auth_user": self.tr("Authentication user"), "domain": self.tr("Domain"),
                  "display_name": self.tr("Display name"), "outbound_proxy": self.tr("Outbound proxy"),
                  "tls_ca_file": self.tr("CA certificate file (TLS)")}
        for name in self.FIELDS[:-1]:
            form.addRow(labels[name], self.edits[name])
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Transport"), self.transport)
        form.addRow(labels["tls_ca_file"], self.edits["tls_ca_file"])  # next to the transport it belongs to
        form.addRow(self.tr("Encrypted media (SRTP)"), self.srtp)
        form.addRow("", self.enabled)
        # The keyring note lives under the whole tab (SettingsDialog), not in this narrow form column: a
        # word-wrapped label in a form row gets the height of one line and was cut off.

    def load(self, account: SipAccountSettings) -> None:
        for name in self.FIELDS:
            self.edits[name].setText(getattr(account, name))
        self.transport.setCurrentIndex(self.transport.findData(account.transport))
        self.srtp.setCurrentIndex(self.srtp.findData(account.srtp))
        self.enabled.setChecked(account.enabled)
        self.password.clear()

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {name: self.edits[name].text().strip() for name in self.FIELDS}
        values.update(transport=self.transport.currentData(), srtp=self.srtp.currentData(),
                      enabled=self.enabled.isChecked())
        return values


class SettingsDialog(QDialog):
    def __init__(self, loaded: LoadedSettings, credentials: CredentialStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.loaded = loaded
        self.credentials = credentials
        s = loaded.settings
        self.accounts: list[dict[str, object]] = [a.model_dump() for a in s.sip.accounts]
        self.passwords: dict[int, str] = {}
        self._current = -1

        general = QWidget(self)
        self.language = _combo([("system", self.tr("Follow the system")), ("en", "English"), ("da", "Dansk"),
                                ("sv", "Svenska"), ("nb", "Norsk bokmål")], s.general.language)
        self.region = _combo([(r, r) for r in REGIONS], s.general.default_region)
        self.region.setEditable(True)
        self.user = QLineEdit(s.general.user, general)
        self.database = QLineEdit(s.database.url, general)
        self.database.setPlaceholderText(self.tr("empty: the embedded database on this computer"))
        form = QFormLayout(general)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Default country for numbers"), self.region)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Shared database"), self.database)

        phone = QWidget(self)
        self.account_list = QListWidget(phone)
        self.account_list.currentRowChanged.connect(self._select_account)
        add, remove = QPushButton(self.tr("Add account"), phone), QPushButton(self.tr("Remove"), phone)
        add.clicked.connect(self._add_account)
        remove.clicked.connect(self._remove_account)
        self.form = AccountForm(phone)
        self.auto_answer = QCheckBox(self.tr("Answer calls automatically (headset users)"), phone)
        self.auto_answer.setChecked(s.sip.auto_answer)
        self.dnd = QCheckBox(self.tr("Do not disturb: decline incoming calls as busy"), phone)
        self.dnd.setChecked(s.sip.do_not_disturb)
        left = QVBoxLayout()
        left.addWidget(self.account_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        left.addLayout(buttons)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.form, 2)
        self.keyring_note = QLabel(self.tr("The password is stored in the system keyring, never in the settings "
                                           "file."), phone)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("searchHint")
        phone_layout = QVBoxLayout(phone)
        phone_layout.addLayout(top)
        phone_layout.addWidget(self.keyring_note)
        phone_layout.addWidget(self.auto_answer)
        phone_layout.addWidget(self.dnd)
        self.recording_policy = _combo([(p.value, policy_label(p)) for p in RecordingPolicy], s.recording.policy)
        self.recording_policy.setObjectName("recordingPolicy")
        self.recording_folder = QLineEdit(s.recording.folder, phone)
        self.recording_folder.setObjectName("recordingFolder")
        self.recording_folder.setPlaceholderText(str(recordings_dir()))
        recording_form = QFormLayout()
        recording_form.addRow(self.tr("Record calls"), self.recording_policy)
        recording_form.addRow(self.tr("Recordings folder"), self.recording_folder)
        # The default retention; a queue may set its own (supervisors' "Queue recording" tab).
        self.recording_retention = QSpinBox(phone)
        self.recording_retention.setObjectName("recordingRetention")
        self.recording_retention.setRange(0, 36_500)
        self.recording_retention.setSpecialValueText(self.tr("Until deleted"))
        self.recording_retention.setSuffix(self.tr(" days"))
        self.recording_retention.setValue(s.recording.retention_days)
        recording_form.addRow(self.tr("Keep recordings"), self.recording_retention)
        phone_layout.addLayout(recording_form)

        audio = QWidget(self)
        default = [("", self.tr("System default"))]
        self.microphone = _combo(default + [(d.description(), d.description()) for d in QMediaDevices.audioInputs()],
                                 s.audio.microphone)
        outputs = [(d.description(), d.description()) for d in QMediaDevices.audioOutputs()]
        self.speaker = _combo(default + outputs, s.audio.speaker)
        self.ringer = _combo(default + outputs, s.audio.ringer)
        audio_form = QFormLayout(audio)
        audio_form.addRow(self.tr("Microphone"), self.microphone)
        audio_form.addRow(self.tr("Speaker or headset"), self.speaker)
        audio_form.addRow(self.tr("Ringing on"), self.ringer)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(phone, self.tr("Phone"))
        self.tabs.addTab(audio, self.tr("Audio"))
        self.problem = QLabel(self)
        self.problem.setObjectName("settingsProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for account in self.accounts:
            self.account_list.addItem(str(account["name"]))
        if self.accounts:
            self.account_list.setCurrentRow(0)
        else:
            self.form.setEnabled(False)
        self.resize(640, 460)

    def _store_current(self) -> None:
        if 0 <= self._current < len(self.accounts):
            self.accounts[self._current].update(self.form.values())
            if self.form.password.text():
                self.passwords[self._current] = self.form.password.text()
            self.account_list.item(self._current).setText(str(self.accounts[self._current]["name"]))

    def _select_account(self, row: int) -> None:
        self._store_current()
        self._current = row
        self.form.setEnabled(row >= 0)
        if row >= 0:
            self.form.load(SipAccountSettings.model_validate(self.accounts[row]))

    def _add_account(self) -> None:
        self._store_current()
        name = self.tr("Account %1").replace("%1", str(len(self.accounts) + 1))
        self.accounts.append(SipAccountSettings(name=name).model_dump())
        self.account_list.addItem(name)
        self.account_list.setCurrentRow(len(self.accounts) - 1)

    def _remove_account(self) -> None:
        row = self.account_list.currentRow()
        if row < 0:
            return
        self._current = -1
        self.accounts.pop(row)
        self.passwords = {(i if i < row else i - 1): p for i, p in self.passwords.items() if i != row}
        self.account_list.takeItem(row)

    def candidate(self) -> Settings:
        """The settings as entered; raises pydantic's ValidationError."""
        self._store_current()
        data = self.loaded.settings.model_dump()
        data["general"].update(language=self.language.currentData(), default_region=self.region.currentText().strip(),
                               user=self.user.text().strip() or "agent")
        data["database"]["url"] = self.database.text().strip()
        data["sip"].update(accounts=self.accounts, auto_answer=self.auto_answer.isChecked(),
                           do_not_disturb=self.dnd.isChecked())
        data["recording"].update(policy=self.recording_policy.currentData(),
                                 retention_days=self.recording_retention.value(),
                                 folder=self.recording_folder.text().strip())
        data["audio"].update(microphone=self.microphone.currentData(), speaker=self.speaker.currentData(),
                             ringer=self.ringer.currentData())
        return Settings.model_validate(data)

    def save(self) -> None:
        try:
            settings = self.candidate()
            names = [a.name for a in settings.sip.accounts]
            if len(set(names)) != len(names):
                raise ValueError(self.tr("Two accounts have the same name; each needs its own."))
            for row, secret in self.passwords.items():
                self.credentials.set(password_key(settings.sip.accounts[row]), secret)
        except ValidationError as exc:
            detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            self._show_problem(self.tr("Some values cannot be used, nothing was saved: %1").replace("%1", detail))
            return
        except CredentialError as exc:
            self._show_problem(translated(exc))
            return
        except ValueError as exc:
            self._show_problem(str(exc))
            return
        self.loaded.settings = settings
        save_settings(self.loaded)
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
