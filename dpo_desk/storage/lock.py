"""One writer per case file, and a lock that says who holds it.

The lock is an OS advisory lock (fcntl on POSIX, msvcrt on Windows) on ``<case file>-lock``,
which also records who holds it. The OS drops the lock when its process dies, so a lock file
left behind by a crash is recognised as stale and taken over, and the takeover is reported.

What the lock file says is a claim anyone could have written: where the system can tell which
process really holds the lock (Linux's /proc/locks), that process and its owner are named, and a
lock file whose claim does not match is said to be so. The lock file is owner-only (0600).
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import stat
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..explained import QT_TRANSLATE_NOOP, Words
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
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except PermissionError as exc:
            raise CaseFileLocked(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The lock file {path} (owned by {owner}) cannot be opened by you ({why}), so DPO Desk cannot "
                    "tell whether someone is writing to the case file. If {owner} has it open, ask them to close "
                    "it; if nobody has, {owner} or an administrator can delete {path}. Meanwhile, dpo-desk "
                    "--read-only can read it.",
                ),
                path=self.path,
                owner=owner_of(self.path),
                why=exc.strerror or "permission denied",
            ) from None
        _make_owner_only(fd)
        if not _try_os_lock(fd):
            holder = _read_holder(fd)
            real = _holder_pid(fd)
            os.close(fd)
            raise _locked_by(self.path, holder, real)
        previous = _read_holder(fd)
        self.recovered_from = previous  # a lock file with content but no OS lock: a crash
        me = _me()
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(_as_dict(me)).encode())
            os.fsync(fd)
        except OSError:  # a full disk: no lock, and no empty lock file, is left behind
            os.close(fd)
            with contextlib.suppress(OSError):
                if self.path.stat().st_size == 0:
                    os.remove(self.path)
            raise
        self._fd = fd
        _HELD_HERE.add(self._key)

    def release(self) -> str | None:
        """Drop the lock; never fails (it runs after commits). Returns a note when the lock file
        could not be removed (a folder where only its owner may delete it): harmless, since the
        OS lock is gone and the next opening takes the file over."""
        if self._fd is None:
            return None
        note = None
        try:
            os.remove(self.path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            note = Words(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The lock file {path} could not be removed ({why}); it no longer locks anything, and the next "
                    "opening takes it over.",
                ),
                path=self.path,
                why=exc.strerror or type(exc).__name__,
            )
        os.close(self._fd)  # closing drops the OS lock
        self._fd = None
        _HELD_HERE.discard(self._key)
        return note

    @property
    def held(self) -> bool:
        return self._fd is not None


def _as_dict(holder: Holder) -> dict[str, object]:
    return {"host": holder.host, "user": holder.user, "pid": holder.pid, "since": holder.since}


def _make_owner_only(fd: int) -> None:
    """An older lock file, or one made with a wide umask, becomes owner-only (if it is ours)."""
    try:
        info = os.fstat(fd)
        if stat.S_IMODE(info.st_mode) & 0o077 and info.st_uid == os.geteuid():
            os.fchmod(fd, 0o600)
    except (OSError, AttributeError):  # Windows has neither geteuid nor fchmod semantics
        pass


def owner_of(path: Path) -> str:
    """The login owning `path` (its number when the system has no name for it)."""
    try:
        uid = os.stat(path).st_uid
    except OSError:
        return "an unknown user"
    return _login(uid)


def _login(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"user {uid}"


def _holder_pid(fd: int) -> int | None:
    """The process that really holds the OS lock on `fd`'s file, where the system says (Linux)."""
    try:
        info = os.fstat(fd)
        with open("/proc/locks", encoding="ascii", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return None
    wanted = (os.major(info.st_dev), os.minor(info.st_dev), info.st_ino)
    for line in lines:
        fields = line.split()
        if "->" in fields:  # a process waiting for the lock, not holding it
            continue
        try:
            kind, pid, where = fields[1], int(fields[4]), fields[5]
            major, minor, inode = where.split(":")
            found = (int(major, 16), int(minor, 16), int(inode))
        except (IndexError, ValueError):
            continue
        if found == wanted and kind == "POSIX" and pid > 0:
            return pid
    return None


def _process_owner(pid: int) -> str | None:
    try:
        return _login(os.stat(f"/proc/{pid}").st_uid)
    except OSError:
        return None


def _locked_by(path: Path, holder: Holder | None, real_pid: int | None) -> CaseFileLocked:
    """The refusal when another process holds the lock, naming only what is known to be true."""
    here = socket.gethostname()
    if real_pid is not None:
        owner = _process_owner(real_pid) or "an unknown user"
        if holder is not None and holder.pid == real_pid and holder.host == here:
            who = holder.describe()
        else:
            claimed = holder.describe() if holder is not None else None
            return CaseFileLocked(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The case file is open for writing by process {pid} of {owner} on this computer (its lock file "
                    "{path} names {claimed}, which is not that process). Close it there first; meanwhile, "
                    "dpo-desk --read-only can read it.",
                ),
                pid=real_pid,
                owner=owner,
                path=path,
                claimed=claimed or "nobody",
            )
    elif holder is None:
        return CaseFileLocked(
            QT_TRANSLATE_NOOP(
                "Services",
                "The case file is open for writing by another program (its lock file {path}, owned by {owner}, "
                "does not say which). Close it there first; meanwhile, dpo-desk --read-only can read it.",
            ),
            path=path,
            owner=owner_of(path),
        )
    else:
        who = holder.describe()
    return CaseFileLocked(
        QT_TRANSLATE_NOOP(
            "Services",
            "The case file is open for writing by {who}. Close it there first, or open it read-only "
            "(dpo-desk --read-only).",
        ),
        who=who,
    )
