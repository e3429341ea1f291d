"""A deadline said in words, as the case header and the CLI show it."""

from __future__ import annotations

from datetime import date

from ..explained import long_date as long_date  # the CLI finds it here


def describe_deadline(
    *,
    today: date,
    deadline: date,
    is_open: bool,
    extended: bool,
    paused_since: date | None,
    extension_pending_to: date | None = None,
) -> str:
    """E.g. '12 days left - due Monday 3 March 2026', 'paused since ...', '3 days overdue ...'."""
    if not is_open:
        return f"Closed (the deadline was {long_date(deadline)})"
    if paused_since is not None:
        return f"Paused since {long_date(paused_since)}, waiting for the data subject"
    prefix = "extended to" if extended else "due"
    days = (deadline - today).days
    if extension_pending_to is not None and days >= 0:
        pending = f" (extended to {long_date(extension_pending_to)} once its notice is sent)"
        return (
            describe_deadline(today=today, deadline=deadline, is_open=is_open, extended=False, paused_since=None)
            + pending
        )
    if days > 1:
        return f"{days} days left - {prefix} {long_date(deadline)}"
    if days == 1:
        return f"1 day left - {prefix} {long_date(deadline)}"
    if days == 0:
        return f"Due today - {long_date(deadline)}"
    late = -days
    return f"{late} day{'s' if late > 1 else ''} overdue - was {prefix} {long_date(deadline)}"
