"""The demo phone: the fake softphone with a far end that behaves like people do, so a newcomer can try the
whole call flow with no SIP server. Incoming calls come from real demo customers in the database."""

from __future__ import annotations

import random

from PySide6.QtCore import QObject, QTimer
from sqlalchemy import select

from app.db.database import Database
from app.db.models import Customer, CustomerPhone
from app.fake_softphone import FakeSoftphone
from app.softphone import AccountSettings, CallSnapshot, CallState, Direction, EngineSettings, StartRequest
from ui.phone.controller import PhoneController
from ui.tasks import TaskRunner

DEMO_ACCOUNT = AccountSettings(account_id="Demo", registrar="demo.invalid", user="agent")
ANSWER_AFTER_MS = 2500


def demo_start_request(engine: EngineSettings | None = None) -> StartRequest:
    """`engine`: the user's engine settings that matter to the demo too (call recording)."""
    return StartRequest(engine=engine or EngineSettings(), accounts=[DEMO_ACCOUNT])


def random_demo_caller(db: Database, rng: random.Random | None = None) -> tuple[str, str] | None:
    """(number, display name) of a random customer. The number is sent in national form, without the country
    code most carriers add, so the screen pop's normalisation is exercised as it is with real calls."""
    rng = rng or random.Random()
    query = select(CustomerPhone.national, Customer.name).join(Customer).order_by(CustomerPhone.e164).limit(1)
    with db.sessions() as session:
        row = session.execute(query.offset(rng.randrange(0, 500))).first() or session.execute(query).first()
        return (row[0], row[1]) if row else None


class DemoFarEnd(QObject):
    """Answers outgoing demo calls after a short ring; rings the agent on request."""

    def __init__(self, fake: FakeSoftphone, phone: PhoneController, db: Database, tasks: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fake, self.db, self.tasks = fake, db, tasks
        phone.call_updated.connect(self._on_call)

    def _on_call(self, call: CallSnapshot) -> None:
        if call.direction is Direction.OUTGOING and call.state is CallState.DIALING:
            QTimer.singleShot(300, lambda: self._if_live(call.call_id, self.fake.remote_ringing))
            QTimer.singleShot(ANSWER_AFTER_MS, lambda: self._if_live(call.call_id, self.fake.remote_answer))

    def _if_live(self, call_id: str, action: object) -> None:
        live = {c.call_id for c in self.fake.active_calls}
        if call_id in live:
            action(call_id)  # type: ignore[operator]

    def ring_from_random_customer(self) -> None:
        self.tasks.run(lambda: random_demo_caller(self.db), self._ring)

    def _ring(self, caller: tuple[str, str] | None) -> None:
        number, name = caller or ("+4570102030", "")
        self.fake.ring(number, name)
