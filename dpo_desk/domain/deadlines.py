"""Art. 12(3) GDPR deadlines, counted as Regulation (EEC, Euratom) No 1182/71 requires.

- The day of receipt does not count (art. 3(1)); a period of months ends on the same date
  in the last month, or on that month's last day when the date does not exist (art. 3(2)(c)).
- A period ending on a Saturday, Sunday or public holiday ends on the next working day (art. 3(4)).
- The extension notice, with reasons, is due within the first month: on the initial deadline.
- Days during which the controller waited for information it asked for without undue delay
  (identity, clarification: EDPB 01/2022 §159) are added to the period.

There is deliberately no "30 days" anywhere: 31 January gives 28 February, not 2 March.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from .calendars import HolidayCalendar


class ExtensionRule(StrEnum):
    """How the extended deadline is counted.

    STANDARD: three months from receipt (ICO, EDPB reading of "two further months").
    CONSERVATIVE: two months added to the unrolled one-month date; it differs only for receipts
    at the end of a month, where it is earlier (31 Jan gives 28 Apr instead of 30 Apr).
    """

    STANDARD = "standard"
    CONSERVATIVE = "conservative"


@dataclass(frozen=True, slots=True)
class Deadlines:
    received: date
    due: date
    extension_notice_by: date
    extended_due: date
    paused_days: int = 0

    def as_json(self) -> dict[str, str]:
        return {
            "received": self.received.isoformat(),
            "due": self.due.isoformat(),
            "extension_notice_by": self.extension_notice_by.isoformat(),
            "extended_due": self.extended_due.isoformat(),
        }


def add_months(start: date, months: int) -> date:
    """The same date `months` later, or the last day of that month if it has no such date."""
    return start + relativedelta(months=months)


def next_working_day(day: date, calendar: HolidayCalendar) -> date:
    """`day` itself when it is a working day, otherwise the first working day after it."""
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day


def compute_deadlines(
    received: date,
    calendar: HolidayCalendar,
    *,
    paused_days: int = 0,
    rule: ExtensionRule = ExtensionRule.STANDARD,
) -> Deadlines:
    """Deadlines of a request received (delivered, not opened) on `received`."""
    if paused_days < 0:
        raise ValueError("Paused days cannot be negative.")
    pause = timedelta(days=paused_days)
    one_month = add_months(received, 1)
    three_months = add_months(one_month, 2) if rule is ExtensionRule.CONSERVATIVE else add_months(received, 3)
    due = next_working_day(one_month + pause, calendar)
    extended = next_working_day(three_months + pause, calendar)
    return Deadlines(
        received=received,
        due=due,
        extension_notice_by=due,
        extended_due=extended,
        paused_days=paused_days,
    )
