"""The dashboard strip: how many requests need attention, each count a filter of the list."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import StrEnum

from ..domain.case_actions import DUE_SOON_DAYS
from ..domain.statuses import Status
from .case_list import Connection, ListFilter, count_requests

SOON_DAYS = DUE_SOON_DAYS  # the one threshold, shared with the list's colouring


class Bucket(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    EXTENSION_NOTICE = "extension_notice"
    LETTERS_DUE = "letters_due"
    AWAITING_SUBJECT = "awaiting_subject"
    OPEN = "open"
    CLOSED_THIS_MONTH = "closed_this_month"


def bucket_filter(bucket: Bucket, today: date) -> ListFilter:
    """The list filter a click on a dashboard count applies."""
    return {
        Bucket.OVERDUE: ListFilter(overdue=True),
        Bucket.DUE_SOON: ListFilter(due_within_days=SOON_DAYS),
        Bucket.EXTENSION_NOTICE: ListFilter(extension_notice_within_days=SOON_DAYS),
        Bucket.LETTERS_DUE: ListFilter(letters_due=True),
        Bucket.AWAITING_SUBJECT: ListFilter(statuses=(Status.AWAITING_IDENTITY, Status.AWAITING_CLARIFICATION)),
        Bucket.OPEN: ListFilter(open_only=True),
        Bucket.CLOSED_THIS_MONTH: ListFilter(closed_since=today.replace(day=1)),
    }[bucket]


def dashboard_counts(conn: Connection, *, today: date, organisation_code: str | None = None) -> dict[Bucket, int]:
    """Every count of the strip; `conn` is the driver connection (plain SQL, see case_list.py)."""
    return {
        bucket: count_requests(
            conn, replace(bucket_filter(bucket, today), organisation_code=organisation_code), today=today
        )
        for bucket in Bucket
    }
