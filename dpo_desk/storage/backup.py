"""Encrypted copies of a case file, made with SQLite's online backup API."""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

from ..explained import QT_TRANSLATE_NOOP
from . import keyfile
from .connection import connect
from .errors import CaseFileDamaged, StorageFailure
from .safe_files import make_private

BACKUPS_SUFFIX = "-backups"
AUTOMATIC = "automatic"
KEEP_AUTOMATIC = 7
AUTOMATIC_EVERY = timedelta(days=1)


def backups_folder(case_path: Path) -> Path:
    """``name.dpodesk-backups/`` beside the case file: every backup of it goes there."""
    return case_path.with_name(case_path.name + BACKUPS_SUFFIX)


def backup_path(case_path: Path, label: str, now: datetime | None = None) -> Path:
    """A new, unused name in the backups folder, e.g. ``cases-20261122-183000-automatic.dpodesk``."""
    folder = backups_folder(case_path)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{case_path.stem}-{stamp}-{label}{case_path.suffix}"
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = folder / f"{case_path.stem}-{stamp}-{label}-{counter}{case_path.suffix}"
    return candidate


def automatic_backups(case_path: Path) -> list[Path]:
    """The automatic backups of a case file, oldest first."""
    folder = backups_folder(case_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{case_path.stem}-*-{AUTOMATIC}*{case_path.suffix}"), key=lambda p: p.name)


def made_at(backup: Path, case_path: Path) -> datetime:
    """When a backup was made: the stamp in its name (a copy or a restore keeps it), else its mtime."""
    stamp = backup.name[len(case_path.stem) + 1 :][:15]
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        return datetime.fromtimestamp(backup.stat().st_mtime)


def automatic_backup_due(case_path: Path, now: datetime | None = None) -> bool:
    existing = automatic_backups(case_path)
    if not existing:
        return True
    return (now or datetime.now()) - made_at(existing[-1], case_path) >= AUTOMATIC_EVERY


def rotate_automatic(case_path: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete the oldest automatic backups beyond `keep` (with their key files); return what went."""
    removed = []
    for old in automatic_backups(case_path)[:-keep] if keep else automatic_backups(case_path):
        for path in (old, keyfile.key_file_path(old)):
            with contextlib.suppress(FileNotFoundError):
                os.remove(path)
        removed.append(old)
    return removed


def copy_encrypted(source: sqlcipher3.Connection, target: Path, key: bytes, case_path: Path) -> None:
    """Copy an open case file to `target` (same key, same key file) and verify the copy.

    The copy is never plaintext: the backup API only copies encrypted to encrypted.
    """
    if target.exists():
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "Services",
                "A file already exists at {target}; choose another name.",
            ),
            target=target,
        )
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
            raise CaseFileDamaged(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The backup written to {target} did not pass its integrity check.",
                ),
                target=target,
            )
        shutil.copyfile(keyfile.key_file_path(case_path), keyfile.key_file_path(target))
        make_private(keyfile.key_file_path(target))
    except BaseException:
        for leftover in (target, keyfile.key_file_path(target)):
            with contextlib.suppress(FileNotFoundError):
                os.remove(leftover)
        raise
