"""Encrypted copies of a case file, made with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime
from pathlib import Path

import sqlcipher3

from . import keyfile
from .connection import connect
from .errors import CaseFileDamaged, StorageFailure
from .safe_files import make_private


def backup_path(case_path: Path, label: str, now: datetime | None = None) -> Path:
    """A new, unused name beside the case file, e.g. ``cases.backup-20261122-183000-label.dpodesk``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = case_path.with_name(f"{case_path.stem}.backup-{stamp}-{label}{case_path.suffix}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = case_path.with_name(f"{case_path.stem}.backup-{stamp}-{label}-{counter}{case_path.suffix}")
    return candidate


def copy_encrypted(source: sqlcipher3.Connection, target: Path, key: bytes, case_path: Path) -> None:
    """Copy an open case file to `target` (same key, same key file) and verify the copy.

    The copy is never plaintext: the backup API only copies encrypted to encrypted.
    """
    if target.exists():
        raise StorageFailure(f"A file already exists at {target}; choose another name.")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        dest = connect(target, key, wal=False)
        try:
            source.backup(dest)
            problems = dest.execute("PRAGMA integrity_check").fetchall()
            cipher = dest.execute("PRAGMA cipher_integrity_check").fetchall()
        finally:
            dest.close()
        if problems != [("ok",)] or cipher:
            raise CaseFileDamaged(f"The backup written to {target} did not pass its integrity check.")
        shutil.copyfile(keyfile.key_file_path(case_path), keyfile.key_file_path(target))
        make_private(keyfile.key_file_path(target))
    except BaseException:
        for leftover in (target, keyfile.key_file_path(target)):
            with contextlib.suppress(FileNotFoundError):
                os.remove(leftover)
        raise
