"""One writer per case file, and a lock that says who holds it.

The lock is an OS advisory lock (fcntl on POSIX, msvcrt on Windows) on ``<case file>-lock``,
which also records who holds it. The OS drops the lock when its process dies, so a lock file
left behind by a crash is recognised as stale and taken over, and the takeover is reported.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..explained import QT_TRANSLATE_NOOP
from .errors import CaseFileLocked

SUFFIX = "-lock"

# fcntl locks are per process: a second open in the same process must be refused by hand.
_HELD_HERE: set[str] = set()


@dataclass(frozen=True, slots=True)
class Holder:
    host: str
    user: str
    pid: int
    since: str

    def describe(self) -> str:
        try:
            when = datetime.fromisoformat(self.since).astimezone().strftime("%d %B %Y at %H:%M")
        except ValueError:
            when = self.since
        return f"{self.user} on {self.host} (process {self.pid}) since {when}"


def lock_path(case_path: Path) -> Path:
    return case_path.with_name(case_path.name + SUFFIX)


def _me() -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown user"
    return Holder(socket.gethostname(), user, os.getpid(), datetime.now(UTC).isoformat(timespec="seconds"))


def _read_holder(fd: int) -> Holder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 4096)
        doc = json.loads(raw.decode("utf-8")) if raw.strip() else None
        if not isinstance(doc, dict):
            return None
        return Holder(str(doc["host"]), str(doc["user"]), int(doc["pid"]), str(doc["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class WriterLock:
    """Held while a process may write to a case file. Use acquire() and release()."""

    def __init__(self, case_path: Path) -> None:
        self.path = lock_path(case_path)
        self._key = os.path.normcase(os.path.abspath(case_path))
        self._fd: int | None = None
        self.recovered_from: Holder | None = None

    def acquire(self) -> None:
        if self._key in _HELD_HERE:
            raise CaseFileLocked(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "This case file is already open in this window or process.",
                )
            )
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_os_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            who = holder.describe() if holder else "another program"
            raise CaseFileLocked(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The case file is open for writing by {who}. Close it there first, or open it read-only.",
                ),
                who=who,
            )
        previous = _read_holder(fd)
        self.recovered_from = previous  # a lock file with content but no OS lock: a crash
        me = _me()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(_as_dict(me)).encode())
        os.fsync(fd)
        self._fd = fd
        _HELD_HERE.add(self._key)

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.path)
        os.close(self._fd)  # closing drops the OS lock
        self._fd = None
        _HELD_HERE.discard(self._key)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _as_dict(holder: Holder) -> dict[str, object]:
    return {"host": holder.host, "user": holder.user, "pid": holder.pid, "since": holder.since}
