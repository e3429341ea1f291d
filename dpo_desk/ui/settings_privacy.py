"""The Qt settings file lists the case files opened (their paths): it is the user's only.

A new settings file is owner-only through the process's umask (hardening.owner_only_files, set
by the program's entry point); one written by an earlier version, or under a wider umask, is made
owner-only at start, with the folder holding it. Qt keeps a file's permissions when it rewrites it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings


def settings_file() -> Path:
    return Path(QSettings().fileName())


def make_settings_private() -> Path:
    """Owner-only permissions on the settings file and its folder; returns the file's path."""
    path = settings_file()
    if os.name != "posix":  # Windows: the settings live in the user's registry hive
        return path
    ours = [(path, 0o600)]
    if path.parent.name == QCoreApplication.organizationName():  # the folder Qt made for DPO Desk
        ours.append((path.parent, 0o700))
    for target, mode in ours:
        with contextlib.suppress(OSError):
            if target.exists() and target.stat().st_uid == os.getuid():
                os.chmod(target, mode)
    return path
