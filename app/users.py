"""Who is signed in: the settings name a username; the row is made on first start of an empty database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app.db.database import Database
from app.db.models import Role, Site, User
from app.messages import UserError, message, tr_


@dataclass(frozen=True)
class CurrentUser:
    id: uuid.UUID
    username: str
    name: str
    role: Role
    site: str | None


class UnknownUser(UserError):
    pass


def sign_in(db: Database, username: str) -> CurrentUser:
    """The embedded database makes the row on first start; a shared one only knows the users a supervisor added
    (and the database login's rights would refuse the insert anyway)."""
    with db.sessions.begin() as session:
        user = session.scalar(select(User).where(User.username == username))
        if user is None and db.kind != "sqlite":
            raise UnknownUser(message(tr_("The shared database has no user “{name}”. Ask a supervisor to add you "
                                          "(skranke add-user), and check the user name in the settings."),
                                      name=username[:100]))
        if user is None:
            user = User(username=username, name=username.capitalize(), role=Role.AGENT)
            session.add(user)
            session.flush()
        site = session.get(Site, user.site_id) if user.site_id else None
        return CurrentUser(user.id, user.username, user.name, user.role, site.name if site else None)


def list_users(db: Database, active_only: bool = True) -> list[CurrentUser]:
    """Everyone a ticket or callback can be assigned to, by name."""
    with db.sessions() as session:
        query = select(User, Site.name).outerjoin(Site, Site.id == User.site_id).order_by(User.name)
        if active_only:
            query = query.where(User.active.is_(True))
        return [CurrentUser(u.id, u.username, u.name, u.role, site) for u, site in session.execute(query)]


def pause_reasons(db: Database) -> list[tuple[str, str]]:
    """(code, label) of the active pause reasons, for the agent's Pause menu."""
    from app.db.models import PauseReason

    with db.sessions() as session:
        rows = session.execute(select(PauseReason.code, PauseReason.label).where(PauseReason.active.is_(True))
                               .order_by(PauseReason.label))
        return [(code, label) for code, label in rows]


def list_queues(db: Database) -> list[tuple[uuid.UUID, str]]:
    """(id, name) of every queue, for "who calls back" choosers."""
    from app.db.models import Queue

    with db.sessions() as session:
        return [(qid, name) for qid, name in session.execute(select(Queue.id, Queue.name).order_by(Queue.name))]


def add_user(db: Database, username: str, name: str, role: Role = Role.AGENT) -> CurrentUser:
    """A users row (on a shared database `skranke add-user` also makes the login; this is the row alone)."""
    with db.sessions.begin() as session:
        user = User(username=username, name=name, role=role)
        session.add(user)
        session.flush()
        return CurrentUser(user.id, user.username, user.name, user.role, None)
