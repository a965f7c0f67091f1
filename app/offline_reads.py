"""Reads that fall back on this computer's copy when the shared server cannot be reached (issue 5).

The screen pop, the agents' customer search and sign-in first ask the server; what they get is remembered in the
local cache (app/sync_cache.py), and when the server is unreachable the same question is answered from there —
marked `offline` where the person must know it may be stale (the pop says "from this computer's copy").
Only customers the agent actually saw are kept: a pop, a search's first page, a card.

Which cache belongs to which database: `use_local_copy(db, cache)` (called once by the composition root,
ui/startup.py) — one per open database, keyed by its URL, so read paths need no new constructor arguments.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable

from app.caller_id import sanitise_display_name, sanitise_number
from app.customers import CustomerCard, CustomerService, CustomerSummary
from app.db.database import Database, DatabaseUnavailableError, cannot_reach
from app.phones import try_normalize
from app.screen_pop import CONTEXT_HEADER, PopResult, decode_context
from app.softphone import CallSnapshot
from app.sync_cache import CustomerCache, LastContact, cache_path
from app.sync_push import is_unreachable
from app.users import CurrentUser, pause_reasons, sign_in
from app.wrapup import WrapUpService

log = logging.getLogger(__name__)
_copies: dict[str, CustomerCache] = {}
_copies_lock = threading.Lock()


def use_local_copy(db: Database, cache: CustomerCache | None) -> None:
    """Read paths on `db` fall back on `cache` (None: no fallback any more, e.g. at shut-down)."""
    with _copies_lock:
        if cache is None:
            _copies.pop(db.url, None)
        else:
            _copies[db.url] = cache


def local_copy(db: Database) -> CustomerCache | None:
    with _copies_lock:
        return _copies.get(db.url)


def unreachable(exc: BaseException) -> bool:
    """The server could not be asked (down, network, a schema we must not touch): use the copy."""
    return isinstance(exc, DatabaseUnavailableError) or is_unreachable(exc)


# --- the screen pop ------------------------------------------------------------------------------------------


def pop_from_local_copy(cache: CustomerCache, default_region: str, snap: CallSnapshot,
                        context_header: str = CONTEXT_HEADER) -> PopResult:
    """The pop as far as this computer knows: customers seen with this number, the last note it saw; no queue."""
    number = sanitise_number(snap.remote.number)
    parsed = try_normalize(number, default_region) if number else None
    matches = tuple(cache.by_number(parsed.e164)) if parsed else ()
    last = LastContact()
    if len(matches) == 1:
        found = cache.card(matches[0].id)
        last = found[1] if found else last
    ticket_id, _interaction_id, note = decode_context(snap.header(context_header))
    return PopResult(
        call_id=snap.call_id, number=number, e164=parsed.e164 if parsed else None,
        display_name=sanitise_display_name(snap.remote.display_name), matches=matches, maybe=(), queue=None,
        last_note=last.note, last_agent=last.agent, last_contact=last.at,
        context_ticket_id=None,  # cannot be checked against the server: the note is shown, not a dead link
        context_note=note or ("—" if ticket_id else None), offline=True)


def card_for_pop(customers: CustomerService, db: Database, pop: PopResult,
                 remember: bool = True) -> CustomerCard | None:
    """The card of the one customer the pop found: from the server (and remembered), or from the copy.

    `remember=False`: the caller remembers it later with `remember_popped`, off the ring → card path (the copy's
    write is a durable local transaction the agent should not wait for)."""
    if pop.customer_id is None:
        return None
    cache = local_copy(db)
    if pop.offline:
        found = cache.card(pop.customer_id) if cache is not None else None
        return found[0] if found else None
    try:
        card = customers.card(pop.customer_id)
    except Exception as exc:
        if cache is None or not unreachable(exc):
            raise
        found = cache.card(pop.customer_id)
        return found[0] if found else None
    if remember:
        remember_popped(db, pop, card)
    return card


def remember_popped(db: Database, pop: PopResult, card: CustomerCard | None) -> None:
    """Keep a card the server just gave the pop in this computer's copy; a customer gone there goes here too."""
    cache = local_copy(db)
    if cache is None or pop.customer_id is None:
        return
    if card is not None:
        _quietly(cache.remember_card, card, LastContact(pop.last_note, pop.last_agent, pop.last_contact))
    else:
        _quietly(cache.forget, pop.customer_id)


def open_card(customers: CustomerService, db: Database, customer_id: uuid.UUID) -> CustomerCard | None:
    """A card the agent opens (from the search or a list): from the server and remembered, or from the copy.
    The last note the copy already holds for it (from a pop) is kept."""
    cache = local_copy(db)
    try:
        card = customers.card(customer_id)
    except Exception as exc:
        if cache is None or not unreachable(exc):
            raise
        found = cache.card(customer_id)
        return found[0] if found else None
    if cache is not None:
        if card is None:
            _quietly(cache.forget, customer_id)
        else:
            known = cache.card(customer_id)
            _quietly(cache.remember_card, card, known[1] if known else None)
    return card


# --- the agents' customer search -----------------------------------------------------------------------------


def search_customers(service: CustomerService, text: str, limit: int, offset: int = 0) -> list[CustomerSummary]:
    """service.search; the first page is remembered; offline, the copy is searched (first page only)."""
    cache = _copy_for(service)
    try:
        rows = service.search(text, limit=limit, offset=offset)
    except Exception as exc:
        if cache is None or not unreachable(exc):
            raise
        return cache.find(text, service.default_region, limit) if offset == 0 else []
    if cache is not None and offset == 0 and rows:
        _quietly(cache.remember, rows[:limit])
    return rows


def recent_customers(service: CustomerService, user_id: uuid.UUID, limit: int = 30) -> list[CustomerSummary]:
    """The start screen's "your recent customers"; offline, the ones this computer saw last."""
    try:
        return service.recent_for_user(user_id, limit)
    except Exception as exc:
        cache = _copy_for(service)
        if cache is None or not unreachable(exc):
            raise
        return cache.recent(limit)


def _copy_for(service: CustomerService) -> CustomerCache | None:
    # The search panel holds the service, not the database; the service's database names the copy.
    return local_copy(service._db)


# --- starting while the server is down -----------------------------------------------------------------------


def sign_in_or_remembered(db: Database, username: str) -> CurrentUser:
    """sign_in; while a shared server is down, the user who last signed in here with this login.

    Someone who never signed in on this computer cannot start offline: the server's "cannot reach" is raised."""
    if db.kind != "postgresql":
        return sign_in(db, username)
    cache = CustomerCache(cache_path(db.url, username))
    try:
        try:
            user = sign_in(db, username)
        except Exception as exc:
            if not unreachable(exc):
                raise
            remembered = cache.remembered_user(username)
            if remembered is None:
                raise _unavailable(db, exc) from exc
            log.warning("signed in as %s from this computer's copy: the server cannot be reached", username)
            return remembered
        cache.remember_user(user)
        return user
    finally:
        cache.close()


def pause_reasons_or_remembered(db: Database, username: str) -> list[tuple[str, str]]:
    """The Pause menu; offline, the reasons this computer last read (an agent can still take a break)."""
    if db.kind != "postgresql":
        return pause_reasons(db)
    cache = CustomerCache(cache_path(db.url, username))
    try:
        try:
            reasons = pause_reasons(db)
        except Exception as exc:
            if not unreachable(exc):
                raise
            return cache.remembered_list("pause_reasons") or []
        cache.remember_list("pause_reasons", reasons)
        return reasons
    finally:
        cache.close()


def dispositions_or_remembered(service: WrapUpService) -> list[tuple[str, str]]:
    """The wrap-up's disposition codes; offline, the ones this computer last read (the server still checks a
    queued wrap-up's code when it is applied: a retired one is refused and listed)."""
    cache = local_copy(service._db)
    try:
        codes = service.dispositions()
    except Exception as exc:
        if cache is None or not unreachable(exc):
            raise
        return cache.remembered_list("dispositions") or []
    if cache is not None:
        _quietly(cache.remember_list, "dispositions", codes)
    return codes


def _unavailable(db: Database, exc: BaseException) -> BaseException:
    return exc if isinstance(exc, DatabaseUnavailableError) else cannot_reach(db.url, exc)


def _quietly(fn: Callable[..., object], *args: object) -> None:
    # The copy is a convenience: a full disk or a locked file must never break the online path it rides on.
    try:
        fn(*args)
    except Exception:
        log.warning("could not update this computer's copy of the customers", exc_info=True)
