"""Restoring a case file from a backup: the backup is verified before anything is replaced."""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from ..explained import QT_TRANSLATE_NOOP
from ..storage import keyfile
from ..storage.backup import backup_path
from ..storage.casefile import open_case_file
from ..storage.errors import CaseFileDamaged, CaseFileError
from ..storage.lock import WriterLock
from ..storage.safe_files import fsync_directory, make_private
from .integrity import verify_case_file

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class Restored:
    target: Path
    set_aside: Path | None  # where the file that was replaced now is


def restore(backup: Path, target: Path, passphrase: str) -> Restored:
    """Replace `target` by `backup`, after checking that the backup is whole and opens.

    The case file being replaced is not deleted: it is moved into the backups folder first, and
    moved back if anything fails.
    """
    backup, target = Path(backup), Path(target)
    if backup.resolve() == target.resolve():
        raise CaseFileError(
            QT_TRANSLATE_NOOP(
                "Services",
                "The backup and the case file to restore are the same file.",
            )
        )
    with open_case_file(backup, passphrase=passphrase, use_keyring=False, read_only=True) as check:
        report = verify_case_file(check)
    if not report.ok:
        raise CaseFileDamaged(
            "The backup did not pass its checks, so nothing was replaced:\n" + "\n".join(report.lines())
        )
    lock = WriterLock(target)
    lock.acquire()  # nobody may have the case file open while it is replaced
    set_aside: Path | None = None
    moved: list[tuple[Path, Path]] = []
    try:
        if target.exists():
            set_aside = backup_path(target, "before-restore")
            for suffix in ("", keyfile.SUFFIX, *SIDE_FILES):
                source = target.with_name(target.name + suffix)
                if source.exists():
                    destination = set_aside.with_name(set_aside.name + suffix)
                    os.replace(source, destination)
                    moved.append((destination, source))
        for suffix in ("", keyfile.SUFFIX):
            _copy_atomic(backup.with_name(backup.name + suffix), target.with_name(target.name + suffix))
        lock.release()
        with open_case_file(target, passphrase=passphrase, use_keyring=False, read_only=True):
            pass
    except BaseException:
        lock.release()
        for suffix in ("", keyfile.SUFFIX):
            with contextlib.suppress(FileNotFoundError):
                os.remove(target.with_name(target.name + suffix))
        for destination, source in moved:
            os.replace(destination, source)
        raise
    return Restored(target, set_aside)


def _copy_atomic(source: Path, target: Path) -> None:
    temporary = target.with_name(f".{target.name}.restoring")
    shutil.copyfile(source, temporary)
    make_private(temporary)
    with open(temporary, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    fsync_directory(target.parent)
