"""Errors a user can act on. Each message is written for a DPO, not a developer."""

from __future__ import annotations

from ..explained import Explained


class CaseFileError(Explained):
    """Base of every expected failure around a case file; str() is the user-facing message."""


class NotACaseFile(CaseFileError):
    pass


class KeyFileMissing(CaseFileError):
    pass


class WrongPassphrase(CaseFileError):
    pass


class PassphraseRequired(CaseFileError):
    pass


class WeakPassphrase(CaseFileError):
    pass


class CaseFileDamaged(CaseFileError):
    pass


class CaseFileLocked(CaseFileError):
    pass


class CaseFileExists(CaseFileError):
    pass


class NewerCaseFile(CaseFileError):
    pass


class KeyringUnavailable(CaseFileError):
    pass


class StorageFailure(CaseFileError):
    """The disk or the database refused an operation (disk full, read-only folder...)."""
