"""Where DPO Desk finds what it ships (resources) and keeps what it makes (user data)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """`resources/` inside an installed wheel or bundle, else the source checkout's top-level copy."""
    packaged = _PACKAGE / "resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / name
