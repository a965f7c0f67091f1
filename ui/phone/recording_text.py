"""The recording messages app/recording.py defines, in the user's language (the engine reports them in English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import recording
from app.recording import RecordingPolicy, RecordingState


def recording_message(english: str) -> str:
    """A known recording refusal translated; anything else (a disk problem with a path in it) as it came."""
    known = {
        recording.REFUSED_BY_POLICY: QCoreApplication.translate(
            "Recording", 'Recording is switched off: "Record calls" is set to "Never" in your settings.'),
        recording.NOT_CONNECTED: QCoreApplication.translate("Recording", "Only a connected call can be recorded."),
        recording.NOT_RECORDING: QCoreApplication.translate("Recording", "This call is not being recorded."),
        recording.MUST_RECORD: QCoreApplication.translate(
            "Recording", 'Every call is recorded here ("Every call", in your settings or for this queue); you can '
                         "pause the recording, not stop it."),
        recording.NO_FOLDER: QCoreApplication.translate("Recording", "No folder for recordings is set."),
    }
    return known.get(english, english)


def policy_label(policy: RecordingPolicy) -> str:
    return {
        RecordingPolicy.NEVER: QCoreApplication.translate("Recording", "Never"),
        RecordingPolicy.ON_DEMAND: QCoreApplication.translate("Recording", "When I start it"),
        RecordingPolicy.ALWAYS: QCoreApplication.translate("Recording", "Every call"),
    }[policy]


def record_button_text(state: RecordingState) -> str:
    if state is RecordingState.RECORDING:
        return QCoreApplication.translate("Recording", "Pause recording")
    if state is RecordingState.PAUSED:
        return QCoreApplication.translate("Recording", "Resume recording")
    return QCoreApplication.translate("Recording", "Record")


def indicator_text(state: RecordingState, seconds: float) -> str:
    """"● REC 0:42" while recording; "❚❚ REC paused 0:42" while paused (words, not colour alone)."""
    minutes, secs = divmod(int(seconds), 60)
    clock = f"{minutes}:{secs:02d}"
    if state is RecordingState.PAUSED:
        return QCoreApplication.translate("Recording", "❚❚ REC paused %1").replace("%1", clock)
    return QCoreApplication.translate("Recording", "● REC %1").replace("%1", clock)
