"""Passwords through a real Secret Service (gnome-keyring under dbus-run-session, started by ./dev test)."""

import os
import uuid

import keyring
import keyring.backends.fail
import pytest

from app.credentials import CredentialError, InMemoryCredentialStore, KeyringCredentialStore


@pytest.mark.keyring
def test_round_trip_through_the_real_secret_service() -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.fail("No D-Bus session: run the tests with ./dev test, which starts gnome-keyring "
                    "under dbus-run-session (Debian packages gnome-keyring, dbus-x11).")
    store = KeyringCredentialStore(service=f"Skranke-test-{uuid.uuid4()}")
    assert type(keyring.get_keyring()).__module__.startswith("keyring.backends.SecretService")
    store.set("sip:Work", "pässwörd ✓")
    assert store.get("sip:Work") == "pässwörd ✓"
    store.delete("sip:Work")
    assert store.get("sip:Work") is None
    store.delete("sip:Work")  # idempotent


def test_no_backend_gives_a_message_that_says_what_to_do() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        with pytest.raises(CredentialError, match="Secret Service"):
            KeyringCredentialStore().get("sip:Work")
        with pytest.raises(CredentialError):
            KeyringCredentialStore().set("sip:Work", "x")
    finally:
        keyring.set_keyring(previous)


def test_in_memory_store() -> None:
    store = InMemoryCredentialStore()
    store.set("a", "1")
    assert store.get("a") == "1"
    store.delete("a")
    store.delete("a")
    assert store.get("a") is None
