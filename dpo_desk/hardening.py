"""Process hardening at start: no core dump may carry the database key or case data.

A crash with core dumps allowed writes the process's memory to disk: the raw key of the open case
file and whatever cases were on screen. At start DPO Desk therefore:

- sets RLIMIT_CORE to 0 (soft and hard: a child cannot raise it again), on every POSIX system;
- on Linux, clears the "dumpable" flag (prctl PR_SET_DUMPABLE 0): no core even when the core
  pattern pipes to a crash collector (systemd-coredump, apport), and other processes of the
  same user can no longer attach to it or read /proc/PID/mem (ptrace is refused);
- on macOS, RLIMIT_CORE 0 stops core files; crash reports (which hold no memory image) are still
  written by the system. On Windows, no memory dump is written unless Windows Error Reporting is
  set to collect full dumps (LocalDumps) by an administrator: DPO Desk cannot switch that off
  for itself, and SECURITY.md says so.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


@dataclass(frozen=True, slots=True)
class Hardening:
    core_limit_zero: bool
    not_dumpable: bool | None  # None: not a Linux system


def disable_core_dumps() -> Hardening:
    """Switch core dumps off for this process (and its children); say what could be done."""
    limited = _limit_core()
    dumpable = _prctl_not_dumpable() if sys.platform.startswith("linux") else None
    return Hardening(limited, dumpable)


def _limit_core() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _prctl_not_dumpable() -> bool:
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def is_dumpable() -> bool | None:
    """The Linux dumpable flag now (None elsewhere): for the self-test and the tests."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0


def owner_only_files() -> None:
    """Files and folders this process creates are its owner's only (umask 077), whoever creates them:
    Qt's settings file (which lists the case files opened), logs, anything a library writes."""
    import os

    if hasattr(os, "umask"):
        os.umask(0o077)
