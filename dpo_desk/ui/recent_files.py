"""The case files opened lately, offered on the welcome screen (kept in Qt's settings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "recent/files"
MAX_RECENT = 8


def recent_files() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def remember_recent(path: Path) -> None:
    files = [str(path)] + [f for f in recent_files() if f != str(path)]
    QSettings().setValue(RECENT_KEY, files[:MAX_RECENT])
