"""Choose and start the softphone: pjsua2 for configured accounts, the fake one for the demo."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from app.credentials import CredentialError, CredentialStore
from app.fake_softphone import FakeSoftphone
from app.recording import RecordingPolicy, resolved_folder
from app.settings import Settings, SipAccountSettings
from app.softphone import AccountSettings, EngineSettings, Softphone, SrtpMode, StartRequest, Transport
from ui.messages import translated

log = logging.getLogger(__name__)


def password_key(account: SipAccountSettings) -> str:
    return f"sip:{account.name}"


def account_settings(account: SipAccountSettings) -> AccountSettings:
    return AccountSettings(
        account_id=account.name, registrar=account.registrar, user=account.user, domain=account.domain,
        auth_user=account.auth_user, display_name=account.display_name, transport=Transport(account.transport),
        srtp=SrtpMode(account.srtp), outbound_proxy=account.outbound_proxy, tls_ca_file=account.tls_ca_file)


@dataclass
class PhoneSetup:
    softphone: Softphone
    request: StartRequest | None  # None: start the demo phone with demo_start_request()
    demo: bool
    problems: list[str]  # translated, e.g. "no password stored for account Work"
    levels: Callable[[], tuple[float, float]] | None = None  # (microphone, speaker) 0..1 for the meters


def make_softphone(settings: Settings, credentials: CredentialStore) -> PhoneSetup:
    accounts = [a for a in settings.sip.accounts if a.enabled and a.registrar and a.user]
    recording = {"recording_policy": RecordingPolicy(settings.recording.policy),
                 "recordings_dir": resolved_folder(settings.recording.folder)}
    if not accounts:
        from ui.phone.demo import demo_start_request

        # The demo records too (silent WAVs from the fake), so a newcomer can try the recording controls.
        return PhoneSetup(FakeSoftphone(), demo_start_request(EngineSettings(**recording)), demo=True, problems=[])
    problems: list[str] = []
    passwords: dict[str, str] = {}
    for account in accounts:
        try:
            secret = credentials.get(password_key(account))
        except CredentialError as exc:
            problems.append(translated(exc))
            secret = None
        if secret:
            passwords[account.name] = secret
    from telephony.audio.bridge import AudioBridge
    from telephony.audio.device_choice import AudioDevicePrefs
    from telephony.engine import PjsuaSoftphone

    audio = settings.audio
    prefs = AudioDevicePrefs(microphone=audio.microphone, speaker=audio.speaker, ringer=audio.ringer)
    engine = EngineSettings(auto_answer=settings.sip.auto_answer, do_not_disturb=settings.sip.do_not_disturb,
                            **recording)
    request = StartRequest(engine=engine, accounts=[account_settings(a) for a in accounts], passwords=passwords)
    # The wheel has no sound devices: each call's audio goes through the Qt Multimedia bridge (PLATFORM.md).
    bridges: list[AudioBridge] = []  # the engine creates it on its own thread; the meters read it from ours

    def make_bridge() -> AudioBridge:
        bridge = AudioBridge(prefs)
        bridges[:] = [bridge]
        return bridge

    def levels() -> tuple[float, float]:
        return bridges[0].levels() if bridges else (0.0, 0.0)

    softphone = PjsuaSoftphone(connector_factory=make_bridge)
    return PhoneSetup(softphone, request, demo=False, problems=problems, levels=levels)
