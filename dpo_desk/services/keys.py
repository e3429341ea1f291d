"""Changing how a case file is unlocked: passphrase, encryption key, the key kept by this computer.

Each follows the settings rule (a DPO, once members are listed; whoever opens a file without
members), checked before anything changes, and each is recorded in the history: who and when,
never a key or a passphrase. A member who is not a DPO, or a login that is not a member, could
otherwise lock every colleague out of the file.
"""

from __future__ import annotations

import socket
from pathlib import Path

from sqlalchemy.orm import Session

from ..storage.casefile import CaseFile
from ..storage.errors import StorageFailure
from ..storage.keyfile import KdfParams
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .members import require_dpo

CHANGE_PASSPHRASE = QT_TRANSLATE_NOOP("Services", "change the passphrase of the case file")
ROTATE_KEY = QT_TRANSLATE_NOOP("Services", "change the encryption key of the case file")
REMEMBER_KEY = QT_TRANSLATE_NOOP("Services", "let this computer remember the key")
FORGET_KEY = QT_TRANSLATE_NOOP("Services", "make this computer forget the key")


def _writable(case: CaseFile) -> None:
    if case.read_only:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The case file is open read-only; how it is unlocked cannot be changed. Nothing was changed.",
            )
        )


def _allowed(session: Session, user: str, what: str) -> None:
    require_dpo(session, user, what)


def check_allowed(case: CaseFile, user: str, what: str) -> None:
    """Refuse now (before any passphrase is asked) when `user` may not `what`."""
    _writable(case)
    with case.reader(orm=True) as reading:
        session = reading.orm
        _allowed(session, user, what)


def change_passphrase(case: CaseFile, current: str, new: str, *, user: str, kdf: KdfParams | None = None) -> None:
    """Rewrap the key under `new`, once `user` is known to be allowed and `current` is right.

    The key file is written inside the transaction that records the change: if it cannot be
    written, the history says nothing; the commit that follows is the only step after it.
    """
    _writable(case)
    written = False
    try:
        with case.unit_of_work() as session:
            _allowed(session, user, CHANGE_PASSPHRASE)
            events.record(session, user=user, kind="passphrase_changed", details={})
            case.change_passphrase(current, new, kdf)
            written = True
    except Exception as exc:
        if written:
            raise _changed_not_recorded(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The passphrase was changed (the new one opens the case file, the old one no longer does), but "
                    "the history could not record it: {why}",
                ),
                exc,
            ) from exc
        raise


def rotate_key(case: CaseFile, passphrase: str, *, user: str, kdf: KdfParams | None = None) -> Path:
    """Re-encrypt the case file under a new key; returns the backup kept under the old one.

    Who may do it is checked before the backup and the re-encryption; the history records it
    once the new key is in place. Should that recording fail, the error says the key changed.
    """
    check_allowed(case, user, ROTATE_KEY)
    kept = case.rotate_key(passphrase, kdf)
    try:
        with case.unit_of_work() as session:
            events.record(session, user=user, kind="key_rotated", details={"backup": kept.name})
    except Exception as exc:  # whatever it is, the key did change: never "nothing was changed"
        raise _changed_not_recorded(
            QT_TRANSLATE_NOOP(
                "Services",
                "The case file is now encrypted under a new key (the passphrase still opens it; a backup under the "
                "old key was kept), but the history could not record it: {why}",
            ),
            exc,
        ) from exc
    return kept


def remember_key(case: CaseFile, *, user: str) -> None:
    """Keep the key in this computer's keyring (recorded with the computer's name)."""
    _writable(case)
    with case.unit_of_work() as session:
        _allowed(session, user, REMEMBER_KEY)
        events.record(session, user=user, kind="key_remembered", details={"computer": socket.gethostname()})
        case.remember_key()  # a keyring that refuses rolls the record back


def forget_key(case: CaseFile, *, user: str) -> None:
    """Remove the key from this computer's keyring (recorded with the computer's name)."""
    _writable(case)
    with case.unit_of_work() as session:
        _allowed(session, user, FORGET_KEY)
        events.record(session, user=user, kind="key_forgotten", details={"computer": socket.gethostname()})
        case.forget_key()


def _changed_not_recorded(template: str, cause: BaseException) -> StorageFailure:
    from ..explained import Explained

    why = str(cause) if isinstance(cause, Explained) else type(cause).__name__
    return StorageFailure(template, why=why)
