"""Events raised on the SIP thread arrive on the GUI thread through SoftphoneSignals."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from app.fake_softphone import FakeSoftphone
from app.softphone import CallUpdated
from telephony.qt_signals import SoftphoneSignals


def test_events_from_another_thread_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    phone = FakeSoftphone()
    signals = SoftphoneSignals(phone)
    received: list[tuple[object, threading.Thread]] = []
    signals.event.connect(lambda event: received.append((event, threading.current_thread())))
    worker = threading.Thread(target=lambda: phone.ring("1002", "Bo"), name="fake-sip")
    with qtbot.waitSignal(signals.event, timeout=2000):
        worker.start()
    worker.join(timeout=2)
    assert received
    event, thread = received[0]
    assert isinstance(event, CallUpdated) and event.call.remote.number == "1002"
    assert thread is threading.main_thread()
    signals.detach()
    phone.ring("1003")
    qtbot.wait(50)
    assert len(received) == 1
