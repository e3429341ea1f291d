"""What sending a letter does to the clock (Art. 12(3) and (4) GDPR).

- An extension counts only once its notice went out by the first deadline: the deadline then
  moves to the extended date. A notice marked sent after the first deadline is recorded as late,
  the extension lapses, and the deadline stays the first one.
- A refusal (full, partial, or for a manifestly unfounded or excessive request) sent after the
  deadline is recorded as late; the activity report counts it so.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ..domain.letters import LetterKind
from ..explained import Words
from ..storage.models import Letter, Request
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused

REFUSAL_LETTERS = frozenset({LetterKind.REFUSAL, LetterKind.PARTIAL_REFUSAL, LetterKind.MANIFESTLY_UNFOUNDED})


def extension_counts(request: Request) -> bool:
    """The extension was recorded and its notice sent by the first deadline."""
    return bool(request.extended) and request.extension_notified_on is not None


def check_sent_day(request: Request, kind: LetterKind, on: date) -> None:
    """An extension notice cannot have gone out before the extension was recorded."""
    if kind is LetterKind.EXTENSION_NOTICE and request.extended_on is not None and on < request.extended_on:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The extension was recorded on {extended_on}; its notice cannot have been sent on {on}.",
            ),
            extended_on=request.extended_on,
            on=on,
        )


def sent_late(request: Request, kind: LetterKind, on: date) -> bool:
    """Sent after the deadline it had to meet: an extension notice after the first deadline, a
    refusal after the request's deadline."""
    if kind is LetterKind.EXTENSION_NOTICE:
        return on > request.due_on
    return kind in REFUSAL_LETTERS and on > request.deadline_on


def letter_sent(session: Session, request: Request, letter: Letter, on: date, *, user: str, today: date) -> list[Words]:
    """Apply the clock's rules to a letter sent on `on`; returns what the user must be told."""
    from .cases import refresh_request_deadlines  # here: cases imports the services that import this one

    kind = LetterKind(letter.kind)
    warnings: list[Words] = []
    if kind is LetterKind.EXTENSION_NOTICE and request.extended:
        if on <= request.due_on:
            request.extension_notified_on = on
            refresh_request_deadlines(request, today)
            events.record(
                session,
                user=user,
                kind="extension_notified",
                request=request,
                details={"letter_id": letter.id, "on": on.isoformat(), "new_deadline": request.deadline_on.isoformat()},
            )
        else:
            request.extended = False
            request.extension_notified_on = None
            refresh_request_deadlines(request, today)
            events.record(
                session,
                user=user,
                kind="extension_lapsed",
                request=request,
                details={"letter_id": letter.id, "sent_on": on.isoformat(), "due_on": request.due_on.isoformat()},
            )
            warnings.append(
                Words(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "The extension notice went out on {on}, after the first deadline ({due_on}): it is recorded "
                        "as late, the extension does not count, and the request stays due on {due_on} (Art. 12(3)).",
                    ),
                    on=on,
                    due_on=request.due_on,
                )
            )
    elif kind in REFUSAL_LETTERS and letter.late:
        warnings.append(
            Words(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "This refusal went out on {on}, after the deadline ({deadline_on}): it is recorded as late, and "
                    "the activity report counts it so.",
                ),
                on=on,
                deadline_on=request.deadline_on,
            )
        )
    return warnings
