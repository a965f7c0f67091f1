"""Recording policy per queue: the stricter of queue and agent, matched like a call's queue, edited and audited."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.caller_id import CallerId
from app.db.database import Database
from app.db.models import AuditEntry
from app.recording import STRICTNESS, QueueRecordingRules, RecordingPolicy, effective_policy
from app.recording_policy import load_queue_rules, queue_recording_settings, set_queue_recording
from app.recording_rules import policy_for_call
from app.softphone import CallSnapshot, CallState, Direction
from tests.unit.app.workflow_rows import _workflow_template, add_queue, add_user, pg_url  # noqa: F401 (fixtures)

NEVER, ON_DEMAND, ALWAYS = RecordingPolicy.NEVER, RecordingPolicy.ON_DEMAND, RecordingPolicy.ALWAYS


def call(headers: tuple[tuple[str, str], ...], direction: Direction = Direction.INCOMING) -> CallSnapshot:
    return CallSnapshot("c1", "a", direction, CallState.CONNECTED, CallerId("+4512345678", "", ""), headers=headers)


@given(st.sampled_from(list(RecordingPolicy)), st.none() | st.sampled_from([ON_DEMAND, ALWAYS]))
def test_the_effective_policy_is_the_stricter_one_and_never_below_either(
        user: RecordingPolicy, queue: RecordingPolicy | None) -> None:
    result = effective_policy(user, queue)
    assert result in (user, queue)
    assert STRICTNESS[result] >= STRICTNESS[user]
    assert queue is None or STRICTNESS[result] >= STRICTNESS[queue]


def test_a_queue_is_found_by_its_header_its_name_or_the_dialled_number() -> None:
    rules = QueueRecordingRules({"complaints": ALWAYS, "sales-q": ON_DEMAND}, {"7000": ALWAYS})
    header = "X-Skranke-Queue"
    assert policy_for_call(NEVER, rules, call(((header, "Complaints"),)), header) is ALWAYS  # name, any case
    assert policy_for_call(NEVER, rules, call(((header, "sales-q"),)), header) is ON_DEMAND
    assert policy_for_call(ALWAYS, rules, call(((header, "sales-q"),)), header) is ALWAYS  # the agent's is stricter
    assert policy_for_call(NEVER, rules, call((("To", "<sip:7000@pbx>"),)), header) is ALWAYS
    assert policy_for_call(NEVER, rules, call((("To", "<sip:7001@pbx>"),)), header) is NEVER
    # An outgoing call's To is the number we dialled, not a queue's.
    assert policy_for_call(NEVER, rules, call((("To", "<sip:7000@pbx>"),), Direction.OUTGOING), header) is NEVER


def test_queue_rules_come_from_the_queues_table_and_changes_are_audited(any_db: Database) -> None:
    supervisor = add_user(any_db, "sup")
    complaints = add_queue(any_db, "Complaints", sip_number="7000", header_value="complaints-q")
    sales = add_queue(any_db, "Sales")
    add_queue(any_db, "Support")
    set_queue_recording(any_db, supervisor, complaints, ALWAYS, 90)
    set_queue_recording(any_db, supervisor, sales, ON_DEMAND, None)
    set_queue_recording(any_db, supervisor, sales, ON_DEMAND, None)  # unchanged: no second audit entry

    rules = load_queue_rules(any_db)
    assert rules.by_header == {"complaints-q": ALWAYS, "complaints": ALWAYS, "sales": ON_DEMAND}
    assert rules.by_number == {"7000": ALWAYS}
    shown = {(q.name, q.policy, q.retention_days) for q in queue_recording_settings(any_db)}
    assert shown == {("Complaints", ALWAYS, 90), ("Sales", ON_DEMAND, None), ("Support", None, None)}
    with any_db.sessions() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.entity == "queue")))
    assert sorted((e.entity_id, e.details["after"]["recording_policy"]) for e in entries) == sorted(
        [(complaints, "always"), (sales, "on-demand")])
    assert all(e.user_id == supervisor and e.action == "recording policy changed" for e in entries)


@pytest.mark.parametrize(("policy", "days", "message"), [
    (NEVER, None, "not forbid it"), (None, 0, "1 to 36,500 days"), (None, 40_000, "1 to 36,500 days")])
def test_refused_queue_settings_say_why(sqlite_db: Database, policy: RecordingPolicy | None, days: int | None,
                                        message: str) -> None:
    queue = add_queue(sqlite_db, "Q")
    with pytest.raises(ValueError, match=message):
        set_queue_recording(sqlite_db, None, queue, policy, days)
    with pytest.raises(ValueError, match="no longer exists"):
        set_queue_recording(sqlite_db, None, uuid.uuid4(), ALWAYS, None)
