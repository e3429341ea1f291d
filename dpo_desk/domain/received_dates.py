"""When a date of receipt is worth a second look before a request is logged with it.

A request is answered within a month of receipt, so a date months back is more often a slip of
the keyboard (2025 for 2026, 03 for 08) than a letter found in a drawer: the form asks before
logging it. A date in the future is never right (the service refuses it).
"""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

UNUSUAL_AGE_MONTHS = 3


def is_unusually_old(received_on: date, today: date) -> bool:
    """More than three months before today: the deadline has long passed, ask before logging."""
    return received_on < today - relativedelta(months=UNUSUAL_AGE_MONTHS)


def is_in_future(received_on: date, today: date) -> bool:
    return received_on > today
