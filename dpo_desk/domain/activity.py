"""The DPO's activity in figures (accountability, Art. 5(2) GDPR): pure arithmetic over request facts.

A response is the first time a request was answered, refused or partly refused; a withdrawn
request has no response time. A response is on time when it came on or before the request's
deadline (with its extension and paused days); a refusal responds the day its letter was sent, so
that a refusal sent late counts as late. Overdue now: open, not paused, past its deadline.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from statistics import median


@dataclass(frozen=True, slots=True)
class RequestFacts:
    reference: str
    organisation: str
    received_on: date
    rights: tuple[str, ...]
    channel: str
    status: str
    deadline_on: date
    extended: bool
    is_open: bool
    paused: bool
    responded_on: date | None

    @property
    def days_to_respond(self) -> int | None:
        return (self.responded_on - self.received_on).days if self.responded_on else None

    @property
    def on_time(self) -> bool | None:
        return self.responded_on <= self.deadline_on if self.responded_on else None

    def overdue(self, today: date) -> bool:
        return self.is_open and not self.paused and self.deadline_on < today


@dataclass(frozen=True)
class ActivitySummary:
    start: date
    end: date
    received: int
    per_month: dict[str, int] = field(default_factory=dict)  # "2026-03" → requests received
    by_right: dict[str, int] = field(default_factory=dict)
    by_channel: dict[str, int] = field(default_factory=dict)
    responded: int = 0
    on_time: int = 0
    median_days: float | None = None
    worst_days: int | None = None
    extended: int = 0
    refused: int = 0
    refused_late: int = 0  # refusals that reached the person after the deadline
    withdrawn: int = 0
    open_now: int = 0
    overdue_now: int = 0
    checkpoint: str = ""  # the history's head when the report was made (hashchain.Checkpoint)

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.responded if self.responded else None


def months(start: date, end: date) -> list[str]:
    """Every month from start to end, as "YYYY-MM", so that empty months show as zero."""
    keys, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def summarise(facts: list[RequestFacts], *, start: date, end: date, today: date) -> ActivitySummary:
    """The figures for the requests received from `start` to `end` (both included)."""
    chosen = [f for f in facts if start <= f.received_on <= end]
    per_month = dict.fromkeys(months(start, end), 0)
    for f in chosen:
        per_month[f.received_on.strftime("%Y-%m")] += 1
    rights = Counter(right for f in chosen for right in f.rights)
    channels = Counter(f.channel for f in chosen)
    delays = [f.days_to_respond for f in chosen if f.days_to_respond is not None]
    return ActivitySummary(
        start=start,
        end=end,
        received=len(chosen),
        per_month=per_month,
        by_right=dict(rights.most_common()),
        by_channel=dict(channels.most_common()),
        responded=len(delays),
        on_time=sum(1 for f in chosen if f.on_time),
        median_days=median(delays) if delays else None,
        worst_days=max(delays) if delays else None,
        extended=sum(1 for f in chosen if f.extended),
        refused=sum(1 for f in chosen if f.status in ("refused", "partially_refused")),
        refused_late=sum(1 for f in chosen if f.status in ("refused", "partially_refused") and f.on_time is False),
        withdrawn=sum(1 for f in chosen if f.status == "withdrawn"),
        open_now=sum(1 for f in chosen if f.is_open),
        overdue_now=sum(1 for f in chosen if f.overdue(today)),
    )
