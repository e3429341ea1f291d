"""How a data subject is named on screen and on paper."""

from __future__ import annotations

from collections.abc import Sequence


def display_name(first: str, last: str, emails: Sequence[str], unnamed: str = "") -> str:
    """First and last name; else the first email address; else `unnamed`."""
    return " ".join(p for p in (first, last) if p) or (emails[0] if emails else unnamed)


# Characters that change how a name looks without being seen: controls (C0, C1, DEL), the
# bidirectional overrides and isolates that reorder text (U+202A-202E, U+2066-2069, U+200E-200F,
# U+061C), zero-width characters (U+200B-200D, U+2060, U+FEFF, U+180E) and the invisible
# operators (U+2061-2064). A name with one of them can read "Dupont" in a list and be another
# name in a search, or display reversed in a letter. Line breaks are allowed where a field has
# several lines (the postal address).
_INVISIBLE = {
    *range(0x00, 0x20),
    *range(0x7F, 0xA0),
    0x061C,
    0x180E,
    *range(0x200B, 0x2010),
    *range(0x202A, 0x202F),
    *range(0x2060, 0x206A),
    0xFEFF,
    *range(0xFFF9, 0xFFFC),
}


def disguising_characters(text: str, *, multiline: bool = False) -> list[str]:
    """The invisible or reordering characters in `text`, as U+XXXX codes (empty: none)."""
    allowed = {0x0A, 0x0D} if multiline else set()
    found = (f"U+{ord(c):04X}" for c in text if ord(c) in _INVISIBLE and ord(c) not in allowed)
    return list(dict.fromkeys(found))


def without_disguise(text: str) -> str:
    """`text` without those characters (for names taken from an email header, not typed)."""
    return "".join(
        " " if ord(c) in (0x09, 0x0A, 0x0D) else c for c in text if ord(c) not in _INVISIBLE or c in "\t\n\r"
    )
