"""What a failure of the disk or of the database means, in words that are true.

SQLite says "disk I/O error" both when a page cannot be written because the disk is full and
when the disk itself fails; a damaged page says "malformed" or "not a database". A person must
not be told to restore an older file when the disk is only full: the free space of the disk
holding the case file decides which it is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import sqlcipher3

from ..explained import QT_TRANSLATE_NOOP
from .errors import CaseFileDamaged, CaseFileError, StorageFailure

# SQLite's primary result codes (sqlite3.h); extended codes keep them in their low byte.
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_NOMEM, SQLITE_READONLY = 3, 5, 6, 7, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
# Below this, a write that failed is taken as the disk being full (SQLite writes whole pages,
# its write-ahead log and shared memory grow by 32 KiB at a time).
NEARLY_FULL_BYTES = 1024 * 1024
DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class DiskFull(StorageFailure):
    """No space left on the disk holding the case file (or its backups)."""


def disk_full(path: Path) -> DiskFull:
    folder = Path(path).parent if not Path(path).is_dir() else Path(path)
    return DiskFull(
        QT_TRANSLATE_NOOP(
            "Services",
            "The disk holding {folder} is full; nothing was changed. Free some space on it, then try again.",
        ),
        folder=folder,
    )


def free_bytes(path: Path) -> int | None:
    """Free space for this user on the disk holding `path`, or None when it cannot be told."""
    here = Path(path)
    for candidate in (here, *here.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free
            except OSError:
                return None
    return None


def is_disk_nearly_full(path: Path) -> bool:
    free = free_bytes(path)
    return free is not None and free < NEARLY_FULL_BYTES


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _driver_error(exc: BaseException) -> BaseException | None:
    """The driver's (or the OS's) error behind `exc`, when it is one this module explains."""
    if isinstance(exc, CaseFileError):
        return None
    if isinstance(exc, sqlcipher3.Error | OSError):
        return exc
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError
    if isinstance(orig, sqlcipher3.Error):
        return cast(BaseException, orig)
    return None


def explain(exc: BaseException, path: Path) -> CaseFileError | None:
    """The true message for a failure of the case file at `path`, or None when it is not one of the
    disk or of the file (a constraint refused, a programming error: left as it is)."""
    error = _driver_error(exc)
    if error is None:
        return None
    name = Path(path).name
    if isinstance(error, OSError):
        where = Path(os.fsdecode(error.filename)) if error.filename else Path(path)
        if error.errno in DISK_FULL_ERRNOS:
            return disk_full(where)
        if error.errno in (errno.EIO, errno.EROFS):
            return _unreadable(where, error.strerror or str(error))
        return None
    code = _sqlite_code(error)
    text = str(error)
    if code == SQLITE_FULL or "database or disk is full" in text:
        return disk_full(path)
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN) or "disk I/O error" in text:
        return disk_full(path) if is_disk_nearly_full(path) else _unreadable(path, text)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return damaged(path, text)
    if code in (SQLITE_READONLY, SQLITE_PERM):
        if "readonly database" in text and is_disk_nearly_full(path):
            return disk_full(path)
        return StorageFailure(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} cannot be written ({why}); nothing was changed. It is open read-only, or the file or "
                "its folder is not writable by you.",
            ),
            name=name,
            why=text,
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageFailure(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} is busy: another program kept it locked for too long; nothing was changed. Try again.",
            ),
            name=name,
        )
    if code == SQLITE_NOMEM:
        return StorageFailure(
            QT_TRANSLATE_NOOP(
                "Services",
                "This computer ran out of memory while working on {name}; nothing was changed.",
            ),
            name=name,
        )
    return None


def damaged(path: Path, why: str) -> CaseFileDamaged:
    name = Path(path).name
    return CaseFileDamaged(
        QT_TRANSLATE_NOOP(
            "Services",
            "{name} is damaged and cannot be read ({why}). Restore it from a backup (in {name}-backups): "
            "dpo-desk restore BACKUP.",
        ),
        name=name,
        why=why,
    )


def _unreadable(path: Path, why: str) -> StorageFailure:
    return StorageFailure(
        QT_TRANSLATE_NOOP(
            "Services",
            "{name} could not be read or written ({why}); nothing was changed. Check the disk (or the network "
            "drive) holding it, then try again.",
        ),
        name=Path(path).name,
        why=why,
    )


@contextlib.contextmanager
def explained(path: Path) -> Iterator[None]:
    """Turn a failure of the disk or of the database file inside the block into its true message."""
    try:
        yield
    except Exception as exc:
        explanation = explain(exc, path)
        if explanation is None:
            raise
        raise explanation from exc
