"""The life of a request, and which changes of status the law and good practice allow.

One status model (what the list shows, what the counts count and what the purge uses agree):

- a request is *open* while the controller still owes the data subject an answer: received,
  awaiting identity or clarification, in progress;
- it is *closed* from the day it gets its outcome: answered, refused, partially refused or
  withdrawn. That day is its closing day (`closed_on`): the dashboard's "closed this month" counts
  it, and the retention period before the purge runs from it;
- "Closed" itself is only a filing step after the outcome (nothing more to do on the case): it
  changes neither the counts nor the closing day;
- a request *logged in error* (not a request at all, or logged twice) is withdrawn by a DPO: it
  stays in the history, and out of every count; its data goes with the purge like a closed case's.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from .pauses import PauseReason


class Status(StrEnum):
    RECEIVED = "received"
    AWAITING_IDENTITY = "awaiting_identity"
    AWAITING_CLARIFICATION = "awaiting_clarification"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    REFUSED = "refused"
    PARTIALLY_REFUSED = "partially_refused"
    WITHDRAWN = "withdrawn"
    CLOSED = "closed"
    LOGGED_IN_ERROR = "logged_in_error"

    @property
    def is_open(self) -> bool:
        """Whether the controller still owes the data subject an answer."""
        return self in OPEN_STATUSES

    @property
    def is_closed(self) -> bool:
        """Answered, refused, withdrawn or filed: counted as closed, the purge clock running."""
        return self not in OPEN_STATUSES and self is not Status.LOGGED_IN_ERROR

    @property
    def is_counted(self) -> bool:
        """Whether the request counts at all (in the dashboard, the activity report): not one logged in error."""
        return self is not Status.LOGGED_IN_ERROR

    @property
    def pause_reason(self) -> PauseReason | None:
        """Statuses during which the clock is suspended, and why."""
        return _PAUSING.get(self)


# The one set of open statuses (the list, the counts, the case's buttons and the services use it).
# A StrEnum set: a status kept as its string value (`"received" in OPEN_STATUSES`) is found too.
OPEN_STATUSES: frozenset[Status] = frozenset(
    {
        Status.RECEIVED,
        Status.AWAITING_IDENTITY,
        Status.AWAITING_CLARIFICATION,
        Status.IN_PROGRESS,
    }
)

_PAUSING = {
    Status.AWAITING_IDENTITY: PauseReason.IDENTITY,
    Status.AWAITING_CLARIFICATION: PauseReason.CLARIFICATION,
}

# Decisions only a DPO takes (a refusal must state reasons and the remedies; Art. 12(4)).
DPO_DECISIONS = frozenset({Status.REFUSED, Status.PARTIALLY_REFUSED})

_OUTCOMES = {Status.ANSWERED, Status.REFUSED, Status.PARTIALLY_REFUSED, Status.WITHDRAWN}

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset(
        {
            Status.AWAITING_IDENTITY,
            Status.AWAITING_CLARIFICATION,
            Status.IN_PROGRESS,
            Status.REFUSED,
            Status.WITHDRAWN,
        }
    ),
    Status.AWAITING_IDENTITY: frozenset(
        {Status.AWAITING_CLARIFICATION, Status.IN_PROGRESS, Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.AWAITING_CLARIFICATION: frozenset(
        {Status.AWAITING_IDENTITY, Status.IN_PROGRESS, Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.IN_PROGRESS: frozenset({Status.AWAITING_IDENTITY, Status.AWAITING_CLARIFICATION} | _OUTCOMES),
    Status.ANSWERED: frozenset({Status.CLOSED}),
    Status.REFUSED: frozenset({Status.CLOSED}),
    Status.PARTIALLY_REFUSED: frozenset({Status.CLOSED}),
    Status.WITHDRAWN: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
    Status.LOGGED_IN_ERROR: frozenset(),  # reached only by withdrawing an entry logged in error
}

# Outcomes the controller must justify in writing (Art. 12(4): reasons, CNIL, judicial remedy).
NEEDS_REASON = frozenset({Status.REFUSED, Status.PARTIALLY_REFUSED, Status.WITHDRAWN})


def closing_day(new: Status, on: date, closed_on: date | None) -> date | None:
    """The closing day after a change to `new` on `on`: the day of the outcome, kept when filed later."""
    if new.is_open:
        return None
    return closed_on if closed_on is not None else on


class TransitionError(ValueError):
    """A change of status that is not allowed, with the reason in words."""


def allowed_next(current: Status) -> list[Status]:
    """Statuses a request may move to next, in a stable order for menus."""
    return [s for s in Status if s in TRANSITIONS[current]]


def check_transition(current: Status, new: Status, reason: str | None) -> None:
    """Raise TransitionError when `current` -> `new` is not allowed."""
    if new == current:
        raise TransitionError(f"The request is already {current.value.replace('_', ' ')}.")
    if new not in TRANSITIONS[current]:
        if current is Status.CLOSED:
            raise TransitionError("The request is closed; a closed request cannot change status.")
        if current is Status.LOGGED_IN_ERROR:
            raise TransitionError("The request was withdrawn as logged in error; it cannot change status.")
        options = ", ".join(s.value for s in allowed_next(current)) or "none"
        raise TransitionError(
            f"A request that is {current.value.replace('_', ' ')} cannot become "
            f"{new.value.replace('_', ' ')}. Allowed next: {options}."
        )
    if new in NEEDS_REASON and not (reason and reason.strip()):
        raise TransitionError(
            f"Setting a request to {new.value.replace('_', ' ')} needs a reason: it goes on the record "
            "and, for a refusal, into the letter to the data subject (Art. 12(4))."
        )
