"""Turning command-line text into domain values, with errors a user understands."""

from __future__ import annotations

import getpass
import os
import sys
from datetime import date, datetime

from ..front_door.errors import PassphraseRequired

# `dpo-desk demo --cases`: the bench's largest file (issue #19) takes about a quarter of an hour and
# some 6 GB; more is refused rather than left to fill a disk.
MAX_DEMO_CASES = 1_000_000


class UsageError(Exception):
    """A command-line value that cannot be used; str() says which and why."""


def parse_day(value: str, what: str = "date") -> date:
    """ISO (2026-03-05) or French (05/03/2026) dates."""
    text = value.strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise UsageError(f"The {what} {value!r} is not a date: write it as 2026-03-05 or 05/03/2026.")


def parse_pairs(values: list[str] | None, what: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for item in values or []:
        key, sep, val = item.partition("=")
        if not sep or not key.strip() or not val.strip():
            raise UsageError(f"Write each {what} as NAME=VALUE, e.g. customer=C-1042 (got {item!r}).")
        pairs[key.strip()] = val.strip()
    return pairs


def passphrase_from_env_or_prompt(variable: str = "DPO_DESK_PASSPHRASE", prompt: str = "Passphrase: ") -> str:
    try:
        return secret_from_env_or_prompt(variable, prompt, "its passphrase")
    except UsageError as exc:
        raise PassphraseRequired(f"The case file is locked: {exc}") from None


def new_passphrase(variable: str = "DPO_DESK_PASSPHRASE") -> str:
    """A new passphrase, from the environment or typed twice."""
    value = os.environ.get(variable)
    if value:
        return value
    if not (sys.stdin is not None and sys.stdin.isatty()):
        raise PassphraseRequired(f"Choose a passphrase: set {variable}, or run this in a terminal.")
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Type it again: ") != first:
        raise UsageError("The two passphrases differ; nothing was changed.")
    return first


def secret_from_env_or_prompt(variable: str, prompt: str, what: str) -> str:
    """A password other than the case file's (a mailbox's): from `variable`, or typed without echo."""
    value = os.environ.get(variable)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    raise UsageError(f"give {what} in {variable}, or run this in a terminal.")


SQLITE_MAX_INTEGER = 2**63 - 1


def whole_number(minimum: int = 0, maximum: int = SQLITE_MAX_INTEGER, what: str = "number"):  # type: ignore[no-untyped-def]
    """An argparse type: a whole number within bounds, refused in words (never an OverflowError)."""
    import argparse

    def parse(text: str) -> int:
        try:
            value = int(text.strip().replace("_", ""), 10)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number (the {what}).") from None
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(
                f"{text if len(text) <= 30 else text[:27] + '...'} is not a possible {what}: "
                f"give a number from {minimum} to {maximum}."
            )
        return value

    parse.__name__ = what  # argparse names the type in its messages
    return parse
