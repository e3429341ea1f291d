"""Encrypted copies of a case file: its bytes copied while it is held still, else SQLite's online backup API.

A backup is written under a temporary name (``.NAME.PID.partial``), verified (both integrity
checks), paired with a copy of its key file, and only then renamed into place: key file first,
the case file last, so a ``*.dpodesk`` in the backups folder always has its key file. Only such
complete pairs count (as today's automatic backup, or among the seven kept); what an interrupted
backup left (its partial file, a key file without its case file) is removed by the next backup.
The copies made before a key rotation or an upgrade are kept by a rule too: the newest
KEEP_SAFETY_COPIES of each kind.
"""

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
from .safe_files import fsync_directory, make_private

BACKUPS_SUFFIX = "-backups"
AUTOMATIC = "automatic"
KEEP_AUTOMATIC = 7
AUTOMATIC_EVERY = timedelta(days=1)
# Copies made before a key rotation (under the old key) and before an upgrade (in the old
# schema): the newest three of each kind are kept, older ones are deleted with their key files.
BEFORE_KEY_ROTATION = "before-key-rotation"
BEFORE_UPGRADE = "before-upgrade"
KEEP_SAFETY_COPIES = 3
PARTIAL = ".partial"


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


def _stamped(case_path: Path, label: str) -> list[Path]:
    """The complete backups (with their key file) whose label starts with `label`, oldest first."""
    folder = backups_folder(case_path)
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.glob(f"{case_path.stem}-*-{label}*{case_path.suffix}")
        if keyfile.key_file_path(p).is_file() and p.is_file()
    ]
    return sorted(found, key=lambda p: (made_at(p, case_path), p.name))


def automatic_backups(case_path: Path) -> list[Path]:
    """The automatic backups of a case file that are complete pairs, oldest first."""
    return _stamped(case_path, AUTOMATIC)


def safety_copies(case_path: Path, label: str) -> list[Path]:
    """The complete copies made before a key rotation (or an upgrade: `BEFORE_UPGRADE`), oldest first."""
    return _stamped(case_path, label)


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


def _remove_pair(backup: Path) -> None:
    for path in (backup, keyfile.key_file_path(backup)):
        with contextlib.suppress(FileNotFoundError):
            os.remove(path)


def rotate_automatic(case_path: Path, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete the oldest automatic backups beyond `keep` (with their key files); return what went."""
    existing = automatic_backups(case_path)
    removed = existing[:-keep] if keep else existing
    for old in removed:
        _remove_pair(old)
    return removed


def rotate_safety_copies(case_path: Path, label: str, keep: int = KEEP_SAFETY_COPIES) -> list[Path]:
    """Keep the newest `keep` copies made before a key rotation (or an upgrade); return what went."""
    existing = safety_copies(case_path, label)
    removed = existing[:-keep] if keep else existing
    for old in removed:
        _remove_pair(old)
    return removed


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process, or a system that cannot tell: leave its file alone
    return True


def _partial_pid(path: Path) -> int | None:
    """The process that is writing a partial backup, from its name ``.NAME.PID.partial``."""
    try:
        return int(path.name[: -len(PARTIAL)].rsplit(".", 1)[1])
    except (IndexError, ValueError):
        return None


def clean_leftovers(case_path: Path) -> list[Path]:
    """Remove what interrupted backups left: partial files of processes that are gone, key files
    whose case file never arrived, and automatic backups without their key file."""
    folder = backups_folder(case_path)
    if not folder.is_dir():
        return []
    removed: list[Path] = []
    writing: set[str] = set()
    for partial in folder.glob(f".{case_path.stem}-*{PARTIAL}"):
        pid = _partial_pid(partial)
        if pid is not None and _pid_alive(pid):
            writing.add(partial.name.split(f".{pid}{PARTIAL}")[0][1:].removesuffix(keyfile.SUFFIX))
            continue
        with contextlib.suppress(FileNotFoundError):
            os.remove(partial)
            removed.append(partial)
    for key in folder.glob(f"{case_path.stem}-*{case_path.suffix}{keyfile.SUFFIX}"):
        database = key.with_name(key.name[: -len(keyfile.SUFFIX)])
        if not database.exists() and database.name not in writing:
            with contextlib.suppress(FileNotFoundError):
                os.remove(key)
                removed.append(key)
    for database in folder.glob(f"{case_path.stem}-*-{AUTOMATIC}*{case_path.suffix}"):
        if not keyfile.key_file_path(database).exists():
            with contextlib.suppress(FileNotFoundError):
                os.remove(database)
                removed.append(database)
    return removed


def _source_damaged(source: sqlcipher3.Connection) -> bool:
    """Whether the case file being copied fails its own checks (then it, not the copy, is at fault)."""
    try:
        if source.execute("PRAGMA cipher_integrity_check").fetchall():
            return True
        return bool(source.execute("PRAGMA quick_check").fetchall() != [("ok",)])
    except sqlcipher3.DatabaseError:
        return True


def _partial_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}{PARTIAL}")


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _copy_still_file(source: sqlcipher3.Connection, case_path: Path, partial: Path) -> bool:
    """The encrypted file copied byte for byte, when it can be held still; False when it cannot.

    The backup API re-encrypts every page it copies, a third of a backup's time (issue #19); a copy
    of the bytes is the same file, still encrypted. It is a consistent one inside a read transaction
    that sees no page in the WAL: a writer then only appends to the WAL, and no checkpoint may copy
    into the file a frame this reader does not see. So the WAL is emptied first (without waiting for
    other readers), and when it is not empty once the read began, the backup API is used instead.
    The copy is then checked as any backup (every page authenticated, the structure checked).
    """
    if source.in_transaction:
        return False
    wal = case_path.with_name(case_path.name + "-wal")
    mode = str(source.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    if mode == "wal":
        timeout = source.execute("PRAGMA busy_timeout").fetchone()[0]
        try:
            source.execute("PRAGMA busy_timeout = 0")
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlcipher3.DatabaseError:
            pass  # a reader elsewhere: the WAL may stay, then the backup API copies
        finally:
            source.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    source.execute("BEGIN")
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read begins: this state is held
        if mode == "wal" and wal.exists() and wal.stat().st_size > 0:
            return False
        shutil.copyfile(case_path, partial)
        return True
    finally:
        source.execute("ROLLBACK")


def copy_encrypted(source: sqlcipher3.Connection, target: Path, key: bytes, case_path: Path) -> None:
    """Copy an open case file to `target` (same key, same key file) and verify the copy.

    The copy is never plaintext: the backup API only copies encrypted to encrypted. It appears
    under its name only once whole, verified and beside its key file (see the module's doc).
    """
    if target.exists() or keyfile.key_file_path(target).exists():
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "Services",
                "A file already exists at {target}; choose another name.",
            ),
            target=target,
        )
    if target.parent == backups_folder(case_path):
        clean_leftovers(case_path)
    partial = _partial_name(target)
    partial_key = _partial_name(keyfile.key_file_path(target))
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        copied = _copy_still_file(source, case_path, partial)
        dest = connect(partial, key, wal=False)
        try:
            if not copied:
                source.backup(dest)
            problems = dest.execute("PRAGMA integrity_check").fetchall()
            cipher = dest.execute("PRAGMA cipher_integrity_check").fetchall()
        finally:
            dest.close()
        if problems != [("ok",)] or cipher:
            if _source_damaged(source):
                raise CaseFileDamaged(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "{name} is damaged: its copy failed the integrity check, so no backup was made and the older "
                        "ones are untouched. Restore it from a backup (in {name}-backups): dpo-desk restore BACKUP.",
                    ),
                    name=case_path.name,
                )
            raise CaseFileDamaged(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The backup written to {target} did not pass its integrity check.",
                ),
                target=target,
            )
        _fsync(partial)
        key_bytes = keyfile.key_file_path(case_path).read_bytes()
        keyfile.parse(key_bytes, str(keyfile.key_file_path(case_path)))  # a whole key file, not a torn one
        with open(os.open(partial_key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
            handle.write(key_bytes)
            handle.flush()
            os.fsync(handle.fileno())
        make_private(partial_key)
        os.replace(partial_key, keyfile.key_file_path(target))  # the key file first,
        os.replace(partial, target)  # then the case file: a backup by its name is always a pair
        fsync_directory(target.parent)
    except BaseException:
        journals = (partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm"))
        for leftover in (partial, partial_key, *journals):  # a byte copy opens in WAL mode first
            with contextlib.suppress(FileNotFoundError):
                os.remove(leftover)
        if not target.exists():
            with contextlib.suppress(FileNotFoundError):
                os.remove(keyfile.key_file_path(target))
        raise
