"""The local outbox file: durable, ordered, idempotent adds, parked changes kept with their reason."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from app.outbox import Outbox, outbox_path


def test_changes_come_back_in_the_order_they_were_made_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    made = [box.add("log_interaction", {"n": n, "at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC)}) for n in range(5)]
    client = box.client_id
    box.close()

    again = Outbox(path)  # as after a crash: nothing but the file
    batch = again.next_batch(10)
    assert [c.change_id for c in batch] == made
    assert [c.payload["n"] for c in batch] == [0, 1, 2, 3, 4]
    assert batch[0].payload["at"] == "2026-01-01T00:00:00+00:00"
    assert again.client_id == client  # the server's record of what this client sent stays meaningful
    assert [c.change_id for c in again.next_batch(2)] == made[:2]
    again.close()


def test_adding_the_same_change_twice_keeps_one(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite3")
    change_id = uuid.uuid4()
    box.add("log_interaction", {"n": 1}, change_id)
    box.add("log_interaction", {"n": 2}, change_id)  # a double tap on a touch screen
    assert box.counts() == (1, 0)
    assert box.next_batch(5)[0].payload == {"n": 1}
    box.close()


def test_parked_changes_leave_the_queue_but_are_kept_with_their_reason(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "o.sqlite3")
    first, second, third = (box.add("k", {"n": n}) for n in range(3))
    box.note_failure([first, second], "server unreachable")
    box.park(second, "The resolution code “x” is not in use.")
    assert box.counts() == (2, 1)
    assert [c.change_id for c in box.next_batch(10)] == [first, third]
    [parked] = box.parked()
    assert (parked.change_id, parked.attempts, parked.last_error) == (
        second, 2, "The resolution code “x” is not in use.")
    box.retry(second)
    assert [c.change_id for c in box.next_batch(10)] == [first, second, third]  # back in its original place
    box.remove([first, third])
    box.discard(second)
    assert box.counts() == (0, 0)
    box.close()


def test_one_outbox_per_server_and_login(tmp_path: Path) -> None:
    a = outbox_path("postgresql+psycopg://anna:pw@db1:5432/skranke")
    assert a == outbox_path("postgresql+psycopg://anna:other-password@db1:5432/skranke")
    assert a != outbox_path("postgresql+psycopg://anna:pw@db2:5432/skranke")
    assert a != outbox_path("postgresql+psycopg://bo:pw@db1:5432/skranke")
    assert a.parent == tmp_path / "data" / "Skranke"  # next to the user's data, not the working directory
