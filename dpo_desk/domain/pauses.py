"""The suspension ledger: days during which the clock stood still (EDPB 01/2022 §159).

The clock is suspended only while the controller waits for information it asked for
*without undue delay* after receipt. A later request is recorded and flagged, but does not
move the deadline: that is the safe reading for the controller.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

# Calendar days after receipt within which a request for identity or clarification counts as
# made without undue delay. Each organisation may set its own; this is the default.
DEFAULT_GRACE_DAYS = 7


class PauseReason(StrEnum):
    IDENTITY = "identity"
    CLARIFICATION = "clarification"


@dataclass(frozen=True, slots=True)
class PausePeriod:
    started_on: date
    ended_on: date | None
    reason: PauseReason
    late: bool = False

    def days(self, today: date) -> int:
        """Paused days: from the controller's request to the day the information arrived."""
        end = self.ended_on if self.ended_on is not None else today
        return max(0, (end - self.started_on).days)


def is_late(received: date, asked_on: date, grace_days: int = DEFAULT_GRACE_DAYS) -> bool:
    """Whether asking for information on `asked_on` comes too late to suspend the clock."""
    return (asked_on - received).days > grace_days


def counted_paused_days(periods: Iterable[PausePeriod], today: date) -> int:
    """Days that move the deadline: closed or open pauses that were asked for in time."""
    return sum(p.days(today) for p in periods if not p.late)
