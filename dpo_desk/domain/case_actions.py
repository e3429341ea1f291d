"""Which actions a request allows, from its facts: the buttons and the services ask the same rules.

Pure: statuses may be given as `Status` or as their string values (what the views carry).
"""

from __future__ import annotations

from datetime import date

from .statuses import Status

# "Due soon": an open request whose deadline (or extension notice) falls within this many days.
# The dashboard's counts, the list's filter and the list's colouring share it.
DUE_SOON_DAYS = 7


def is_due_soon(days_left: int) -> bool:
    """Not yet overdue, but due within DUE_SOON_DAYS (an open, running request)."""
    return 0 <= days_left <= DUE_SOON_DAYS


def is_actionable(status: Status | str, purged_on: date | None) -> bool:
    """Whether the case can still be worked on: open, and its data not purged."""
    return purged_on is None and Status(status).is_open


def can_extend(status: Status | str, extended: bool) -> bool:
    """An open request not yet extended (Art. 12(3): once); who may and by when is checked apart."""
    return Status(status).is_open and not extended


def can_resume(status: Status | str) -> bool:
    """A paused request (waiting for identity or clarification) can have its clock run again."""
    return Status(status).pause_reason is not None


def can_check_authority(status: Status | str, on_behalf: str | None, authority_checked_on: date | None) -> bool:
    """A request made on someone's behalf, still open, whose authority has not been checked yet."""
    return Status(status).is_open and bool(on_behalf) and authority_checked_on is None


def can_correct(status: Status | str) -> bool:
    """Corrected, or withdrawn as logged in error: any request but one already withdrawn as logged in error."""
    return Status(status) is not Status.LOGGED_IN_ERROR
