"""After sleep or a network change the phone registers again by itself and says so."""

from PySide6.QtNetwork import QNetworkInformation

from ui.phone.wake_watch import CHECK_MS, SLEPT_AFTER_S, WakeWatch


def test_a_late_timer_means_the_machine_slept(qtbot) -> None:
    calls: list[str] = []
    now = [1000.0]
    watch = WakeWatch(lambda: calls.append("re"), clock=lambda: now[0])
    now[0] += CHECK_MS / 1000 + 2  # a busy moment: not sleep
    watch.check()
    assert calls == []
    now[0] += SLEPT_AFTER_S + 300  # the lid was closed for five minutes
    with qtbot.waitSignal(watch.woke) as woke:
        watch.check()
    assert calls == ["re"] and woke.args == ["sleep"]


def test_network_coming_back_registers_again(qtbot) -> None:
    calls: list[str] = []
    watch = WakeWatch(lambda: calls.append("re"))
    watch._on_reachability(QNetworkInformation.Reachability.Disconnected)
    watch._on_reachability(QNetworkInformation.Reachability.Online)
    watch._on_reachability(QNetworkInformation.Reachability.Online)  # no change: nothing more
    assert calls == ["re"]
