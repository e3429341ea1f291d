"""What falls due, as a rule over plain facts: deadlines, extension notices, letters to send, late departments.

Pure: the service (services/reminders.py) reads the facts from the case file; the window's banner,
its tray notification, `dpo-desk reminders` and the daily digest all say what this returns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

DEFAULT_WITHIN_DAYS = 7
KINDS = ("deadline", "extension_notice", "letter_to_send", "relay_late")


@dataclass(frozen=True, slots=True)
class Reminder:
    reference: str
    what: str  # one of KINDS
    due_on: date
    assignee: str = ""


@dataclass(frozen=True, slots=True)
class OpenCase:
    """An open request's dates: the deadline in force, and the first one (the extension notice's)."""

    reference: str
    deadline_on: date
    due_on: date
    extended: bool
    assignee: str = ""


def falls_due(
    cases: Iterable[OpenCase],
    *,
    unsent_letters: Iterable[tuple[str, str]] = (),
    late_relays: Iterable[tuple[str, date, str]] = (),
    today: date,
    within_days: int = DEFAULT_WITHIN_DAYS,
) -> list[Reminder]:
    """Reminders by date, then reference.

    - a deadline within `within_days` (or passed) of an open request;
    - the last day to notify an extension (the first deadline), while the request is not extended,
      unless the deadline line already says the same day;
    - each letter written and not sent (reference, assignee), due today;
    - each department late with its answer (reference, due date, assignee).
    """
    if within_days < 0:
        raise ValueError("The number of days ahead cannot be negative.")
    horizon = today + timedelta(days=within_days)
    items: set[Reminder] = set()
    for case in cases:
        if case.deadline_on <= horizon:
            items.add(Reminder(case.reference, "deadline", case.deadline_on, case.assignee))
        if (
            not case.extended
            and today <= case.due_on <= horizon
            and (case.deadline_on != case.due_on or case.due_on > today)
        ):
            items.add(Reminder(case.reference, "extension_notice", case.due_on, case.assignee))
    items |= {Reminder(reference, "letter_to_send", today, assignee) for reference, assignee in unsent_letters}
    items |= {Reminder(reference, "relay_late", due_on, assignee) for reference, due_on, assignee in late_relays}
    return sorted(items, key=lambda r: (r.due_on, r.reference, KINDS.index(r.what)))


def announce_today(last_announced: date | None, today: date) -> bool:
    """Reminders are announced once a day: not again on a day they already were."""
    return last_announced is None or last_announced < today
