"""The rules behind the case's buttons, pure (no Qt): the services refuse what the buttons hide."""

from __future__ import annotations

from datetime import date

import pytest

from dpo_desk.domain.case_actions import (
    DUE_SOON_DAYS,
    can_check_authority,
    can_correct,
    can_extend,
    can_resume,
    is_actionable,
    is_due_soon,
)
from dpo_desk.domain.statuses import OPEN_STATUSES, Status

OPEN = ["received", "awaiting_identity", "awaiting_clarification", "in_progress"]
NOT_OPEN = ["answered", "refused", "partially_refused", "withdrawn", "closed", "logged_in_error"]


def test_open_statuses_are_the_four_owing_an_answer() -> None:
    assert {Status(s) for s in OPEN} == OPEN_STATUSES
    assert all(s in OPEN_STATUSES for s in OPEN)  # the views' strings are found too
    assert not any(s in OPEN_STATUSES for s in NOT_OPEN)
    assert all(Status(s).is_open == (s in OPEN_STATUSES) for s in Status)


def test_due_soon_is_within_the_threshold_not_overdue() -> None:
    assert DUE_SOON_DAYS == 7
    assert is_due_soon(0) and is_due_soon(DUE_SOON_DAYS)
    assert not is_due_soon(DUE_SOON_DAYS + 1)
    assert not is_due_soon(-1)


def test_the_dashboard_counts_with_the_same_threshold() -> None:
    from dpo_desk.services.dashboard import SOON_DAYS, Bucket, bucket_filter

    assert SOON_DAYS == DUE_SOON_DAYS
    assert bucket_filter(Bucket.DUE_SOON, date(2026, 1, 1)).due_within_days == DUE_SOON_DAYS


@pytest.mark.parametrize("status", OPEN)
def test_an_open_request_not_yet_extended_can_be_extended(status: str) -> None:
    assert can_extend(status, extended=False)
    assert can_extend(Status(status), extended=False)
    assert not can_extend(status, extended=True)


@pytest.mark.parametrize("status", NOT_OPEN)
def test_a_request_no_longer_open_cannot_be_extended(status: str) -> None:
    assert not can_extend(status, extended=False)


def test_only_a_paused_request_can_resume() -> None:
    assert {s.value for s in Status if can_resume(s)} == {"awaiting_identity", "awaiting_clarification"}


def test_acting_needs_an_open_request_not_purged() -> None:
    assert is_actionable("in_progress", None)
    assert not is_actionable("in_progress", date(2026, 1, 1))
    assert not is_actionable("answered", None)


def test_authority_is_checked_once_on_an_open_request_made_for_someone() -> None:
    assert can_check_authority("received", "representative", None)
    assert not can_check_authority("received", None, None)
    assert not can_check_authority("received", "", None)
    assert not can_check_authority("received", "heir", date(2026, 1, 1))
    assert not can_check_authority("answered", "guardian", None)


def test_anything_but_an_entry_logged_in_error_can_be_corrected() -> None:
    assert {s for s in Status if not can_correct(s)} == {Status.LOGGED_IN_ERROR}
    assert can_correct("closed") and can_correct("received")
    assert not can_correct("logged_in_error")
