"""Remembering a case file's key in the operating system's keyring ("remember on this computer").

The keyring is a convenience, never the only copy: the passphrase always opens the file. A
keyring that is missing, locked, slow, or of another kind than before never makes us create a
new key; we simply ask for the passphrase. Plaintext keyrings (keyrings.alt) are refused.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TypeVar, cast

from ..explained import QT_TRANSLATE_NOOP
from .errors import KeyringUnavailable

SERVICE = "DPO Desk case file"
MAILBOX_SERVICE = "DPO Desk mailbox"
TIMEOUT_SECONDS = 5.0

# Backends that keep secrets encrypted by the OS. Anything else is refused, in particular
# keyrings.alt's PlaintextKeyring, which keyring would otherwise pick silently.
TRUSTED_BACKENDS: set[str] = {
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
}

T = TypeVar("T")


def _name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _trusted_backend() -> object:
    import keyring
    from keyring.backends.chainer import ChainerBackend

    backend = keyring.get_keyring()
    candidates = backend.backends if isinstance(backend, ChainerBackend) else [backend]
    for candidate in candidates:
        if _name(candidate) in TRUSTED_BACKENDS:
            return candidate
    raise KeyringUnavailable(
        QT_TRANSLATE_NOOP(
            "Services",
            "Remembering the passphrase is unavailable on this computer: no secure system keyring was "
            "found. The case file still opens with its passphrase.",
        )
    )


def _bounded(action: Callable[[], T]) -> T:
    """Run a keyring call, giving up after TIMEOUT_SECONDS (a locked keyring can block forever)."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # reported to the caller below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="keyring", daemon=True)
    worker.start()
    worker.join(TIMEOUT_SECONDS)
    if worker.is_alive():
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP(
                "Services",
                "The system keyring did not answer in time; use the passphrase.",
            )
        )
    if "error" in outcome:
        error = cast(BaseException, outcome["error"])
        if isinstance(error, KeyringUnavailable):
            raise error
        raise KeyringUnavailable(
            QT_TRANSLATE_NOOP(
                "Services",
                "The system keyring refused the request ({kind}); use the passphrase.",
            ),
            kind=type(error).__name__,
        ) from error
    return cast(T, outcome["value"])


def remember(file_id: str, key: bytes) -> None:
    """Store the key for `file_id`; raises KeyringUnavailable, saying why, when it cannot."""
    _bounded(lambda: _trusted_backend().set_password(SERVICE, file_id, key.hex()))  # type: ignore[attr-defined]


def recall(file_id: str) -> bytes | None:
    """The remembered key, or None when there is none or the keyring cannot be used."""
    try:
        value = _bounded(lambda: _trusted_backend().get_password(SERVICE, file_id))  # type: ignore[attr-defined]
    except KeyringUnavailable:
        return None
    if not isinstance(value, str):
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def forget(file_id: str) -> None:
    """Remove the remembered key, if any; never fails."""

    def delete() -> None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            _trusted_backend().delete_password(SERVICE, file_id)  # type: ignore[attr-defined]

    with contextlib.suppress(KeyringUnavailable):
        _bounded(delete)


def availability() -> str | None:
    """None when remembering works here, else the sentence explaining why it does not."""
    try:
        _bounded(_trusted_backend)
    except KeyringUnavailable as exc:
        return str(exc)
    return None


def remember_secret(name: str, secret: str) -> None:
    """Store a password (a mailbox's) under `name`; raises KeyringUnavailable, saying why, when it cannot."""
    _bounded(lambda: _trusted_backend().set_password(MAILBOX_SERVICE, name, secret))  # type: ignore[attr-defined]


def recall_secret(name: str) -> str | None:
    """The password stored under `name`, or None."""
    try:
        value = _bounded(lambda: _trusted_backend().get_password(MAILBOX_SERVICE, name))  # type: ignore[attr-defined]
    except KeyringUnavailable:
        return None
    return value if isinstance(value, str) else None


def forget_secret(name: str) -> None:
    """Remove the password stored under `name`, if any; never fails."""

    def delete() -> None:
        import keyring.errors

        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            _trusted_backend().delete_password(MAILBOX_SERVICE, name)  # type: ignore[attr-defined]

    with contextlib.suppress(KeyringUnavailable):
        _bounded(delete)
