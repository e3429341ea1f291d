"""Case references: organisation code, year of receipt, number within that year."""

from __future__ import annotations

import re

_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


def normalise_code(code: str) -> str:
    """An organisation's short code as used in references, e.g. 'IMV'."""
    value = code.strip().upper()
    if not _CODE.match(value):
        raise ValueError(
            f"The organisation code {code!r} must be 2 to 10 letters or digits, starting with a letter "
            "(it begins every case reference, e.g. IMV-2026-0007)."
        )
    return value


def format_reference(code: str, year: int, number: int) -> str:
    return f"{code}-{year}-{number:04d}"
