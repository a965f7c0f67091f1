"""What the window works with, built once by the composition root (ui.main) and handed to MainWindow."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.callbacks import CallbackService
from app.credentials import CredentialStore
from app.customers import CustomerService
from app.db.database import Database
from app.settings import LoadedSettings
from app.sync import SyncSetup
from app.tickets import TicketService
from app.users import CurrentUser
from app.wrapup import WrapUpService
from ui.call_workflow import CallWorkflow
from ui.phone.controller import PhoneController
from ui.phone.demo import DemoFarEnd
from ui.tasks import TaskRunner


@dataclass
class Services:
    """Everything the window works with, built once by the composition root (ui.main)."""

    db: Database
    customers: CustomerService
    tickets: TicketService
    user: CurrentUser
    tasks: TaskRunner
    phone: PhoneController
    wrapup: WrapUpService
    callbacks: CallbackService
    workflow: CallWorkflow
    pause_reasons: list[tuple[str, str]]
    demo_far_end: DemoFarEnd | None = None  # set when the phone is the demo one (no SIP accounts configured)
    audio_levels: Callable[[], tuple[float, float]] | None = None  # microphone/speaker meters (real phone only)
    settings: LoadedSettings | None = None
    live_updates: bool = True  # [database] live_updates (PostgreSQL only)
    credentials: CredentialStore | None = None
    sync: SyncSetup | None = None  # the outbox and its pusher on the shared database (app/sync.py, ui.main)
