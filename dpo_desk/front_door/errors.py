"""What the front door may refuse with, in words a DPO can act on (str() says why and what to do).

The window and the command line catch these, never a storage or service class directly.
"""

from __future__ import annotations

from ..services.errors import ActionRefused, Cancelled, NotFound
from ..storage.errors import (
    CaseFileDamaged,
    CaseFileError,
    CaseFileExists,
    CaseFileLocked,
    KeyFileMissing,
    KeyringUnavailable,
    NewerCaseFile,
    NotACaseFile,
    PassphraseRequired,
    StorageFailure,
    WeakPassphrase,
    WrongPassphrase,
)
from ..storage.failures import DiskFull

__all__ = [
    "ActionRefused",
    "Cancelled",
    "CaseFileDamaged",
    "CaseFileError",
    "CaseFileExists",
    "CaseFileLocked",
    "DiskFull",
    "KeyFileMissing",
    "KeyringUnavailable",
    "NewerCaseFile",
    "NotACaseFile",
    "NotFound",
    "PassphraseRequired",
    "StorageFailure",
    "WeakPassphrase",
    "WrongPassphrase",
    "expected_errors",
]


def expected_errors() -> tuple[type[Exception], ...]:
    """What an action may refuse with, in words (for a caller's `except`)."""
    return (ActionRefused, CaseFileError)
