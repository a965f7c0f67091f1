"""Plain-English registration messages and call outcome rules shared by the engine and the fake."""

from __future__ import annotations

import pytest

from app.softphone import CallOutcome, Direction, RegistrationState, call_outcome, registration_message


@pytest.mark.parametrize("code", [401, 403, 407])
def test_wrong_password_is_named(code: int) -> None:
    assert "Wrong user name or password" in registration_message(code, "Forbidden", RegistrationState.FAILED)


def test_unknown_failure_keeps_code_and_reason() -> None:
    assert registration_message(488, "Odd", RegistrationState.FAILED) == (
        "Registration failed (488 Odd); will keep trying."
    )


@pytest.mark.parametrize(
    ("direction", "answered", "code", "local", "rejected", "outcome"),
    [
        (Direction.INCOMING, True, 200, False, False, CallOutcome.ANSWERED),
        (Direction.INCOMING, False, 487, False, False, CallOutcome.MISSED),
        (Direction.INCOMING, False, 486, True, True, CallOutcome.REJECTED),
        (Direction.OUTGOING, False, 487, True, False, CallOutcome.NO_ANSWER),
        (Direction.OUTGOING, False, 486, False, False, CallOutcome.BUSY),
        (Direction.OUTGOING, False, 603, False, False, CallOutcome.BUSY),
        (Direction.OUTGOING, False, 404, False, False, CallOutcome.FAILED),
        (Direction.OUTGOING, False, 408, False, False, CallOutcome.FAILED),
    ],
)
def test_call_outcome(
    direction: Direction, answered: bool, code: int, local: bool, rejected: bool, outcome: CallOutcome
) -> None:
    assert call_outcome(direction, answered, code, local, rejected) is outcome
