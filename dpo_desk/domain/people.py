"""How a data subject is named on screen and on paper."""

from __future__ import annotations

from collections.abc import Sequence


def display_name(first: str, last: str, emails: Sequence[str], unnamed: str = "") -> str:
    """First and last name; else the first email address; else `unnamed`."""
    return " ".join(p for p in (first, last) if p) or (emails[0] if emails else unnamed)
