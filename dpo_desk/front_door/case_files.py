"""The case file itself: opening, creating, unlocking and locking it, its key, its backups.

The window and the command line hold a `CaseFile` only as a handle to give back to the front door;
what they may do with a case file is what this module exports.
"""

from __future__ import annotations

from ..storage import keystore
from ..storage.backup import automatic_backup_due
from ..storage.casefile import (
    CaseFile,
    check_passphrase_strength,
    create_case_file,
    delete_case_file,
    open_case_file,
    takeover_notice,
)
from ..storage.failures import explained as failures_explained
from ..storage.keyfile import KdfParams

__all__ = [
    "CaseFile",
    "KdfParams",
    "automatic_backup_due",
    "check_passphrase_strength",
    "create_case_file",
    "delete_case_file",
    "failures_explained",
    "keyring_availability",
    "open_case_file",
    "takeover_notice",
]


def keyring_availability() -> str | None:
    """Why the system keyring cannot keep a key here, or None when it can."""
    return keystore.availability()
