"""How long a closed case is kept, and what is left of it after.

No law sets the period: the controller documents its choice (EDPB CEF 2024). DPO Desk proposes
five years from closing (the civil limitation period, Code civil art. 2224); each organisation
sets its own. When it is over, a case is purged down to its procedural facts: that a request of
such rights came in by such channel on such day, was answered, extended or refused on such days,
with which letters sent when. Who asked, what they wrote, their documents, the letters' content
and the notes go.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

DEFAULT_RETENTION_YEARS = 5
MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 30


def purge_due_on(closed_on: date, years: int) -> date:
    """The first day a case closed on `closed_on` may be purged (29 February → 28 February)."""
    return closed_on + relativedelta(years=years)


def may_purge(closed_on: date | None, years: int, today: date) -> bool:
    return closed_on is not None and today >= purge_due_on(closed_on, years)


def latest_closing_due(years: int, today: date) -> date:
    """No case closed after this day is due today: a bound for SQL, `may_purge` decides.

    A day later than `today - years`, for a case closed on 29 February (due on 28 February).
    """
    return today - relativedelta(years=years) + timedelta(days=1)


# What an event's details may keep through a purge: dates, statuses, kinds, numbers, fingerprints.
# Free text (notes, reasons, doubts) and file names go: they are where personal data is written.
PROCEDURAL_DETAILS = frozenset(
    {
        "on",
        "from",
        "to",
        "received_on",
        "due_on",
        "new_deadline",
        "started_on",
        "ended_on",
        "days",
        "late",
        "method",
        "channel",
        "rights",
        "kind",
        "letter",
        "letter_id",
        "language",
        "registered_mail_no",
        "attachment_id",
        "size",
        "sha256",
        "activities",
        "on_behalf",
        "notice_by",
        "sent_on",
        "signed_on",
    }
)


def procedural(details: dict[str, Any]) -> dict[str, Any]:
    """The part of an event's details a purge keeps."""
    return {key: value for key, value in details.items() if key in PROCEDURAL_DETAILS}
