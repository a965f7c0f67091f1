"""Passwords go through the system keyring (Secret Service, Keychain, Windows Credential Locker), never into
the settings file, the logs or the database. `keyrings.alt` is deliberately not used: it stores plain text.
"""

from __future__ import annotations

from typing import Protocol

from app.messages import UserError, message, tr_

SERVICE = "Skranke"


class CredentialError(UserError):
    """The keyring cannot be used; the message tells the user what to do."""


class CredentialStore(Protocol):
    def get(self, key: str) -> str | None: ...
    def set(self, key: str, secret: str) -> None: ...
    def delete(self, key: str) -> None: ...


class KeyringCredentialStore:
    """The real store. `key` names what the secret is for, e.g. "sip:Work" or "db:postgresql://host/skranke"."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def get(self, key: str) -> str | None:
        # keyring is imported on first use: its import (backend discovery through entry points) cost ~0.1 s of
        # every start, and a start without SIP accounts never reads a password (issue 2: cold start).
        import keyring
        import keyring.errors

        try:
            return keyring.get_password(self._service, key)
        except keyring.errors.NoKeyringError as exc:
            raise CredentialError(_NO_BACKEND) from exc
        except keyring.errors.KeyringError as exc:
            raise CredentialError(message(tr_("The system keyring refused to give the password for {key} ({detail})."),
                                          key=key, detail=str(exc))) from exc

    def set(self, key: str, secret: str) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.set_password(self._service, key, secret)
        except keyring.errors.NoKeyringError as exc:
            raise CredentialError(_NO_BACKEND) from exc
        except keyring.errors.KeyringError as exc:
            raise CredentialError(message(tr_("The system keyring did not store the password for {key} ({detail})."),
                                          key=key, detail=str(exc))) from exc

    def delete(self, key: str) -> None:
        import keyring
        import keyring.errors

        try:
            keyring.delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: deleting is idempotent
        except keyring.errors.NoKeyringError as exc:
            raise CredentialError(_NO_BACKEND) from exc


class InMemoryCredentialStore:
    """For tests of the layers above and for the demo mode; forgets everything at exit."""

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._secrets.get(key)

    def set(self, key: str, secret: str) -> None:
        self._secrets[key] = secret

    def delete(self, key: str) -> None:
        self._secrets.pop(key, None)


_NO_BACKEND = message(tr_("No system keyring is available, so Skranke cannot store passwords safely. On Linux, "
                          "install and start a Secret Service (GNOME Keyring or KWallet) and sign in to your desktop "
                          "session again."))
