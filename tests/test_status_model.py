"""One status model: a request is closed from its outcome (answered, refused, withdrawn), and the
list, the dashboard's counts and the purge agree on it; filing it as "Closed" changes neither."""

from __future__ import annotations

from datetime import date, timedelta

from dpo_desk.domain.statuses import Status, closing_day
from dpo_desk.services import cases, retention
from dpo_desk.services.case_list import ListFilter, count_requests
from dpo_desk.services.dashboard import Bucket, dashboard_counts
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY
from .test_cases import act, log


def test_the_closing_day_is_the_outcome_s_and_filing_keeps_it() -> None:
    day, later = date(2026, 3, 2), date(2026, 4, 1)
    assert [s.value for s in Status if s.is_closed] == [
        "answered",
        "refused",
        "partially_refused",
        "withdrawn",
        "closed",
    ]
    assert all(s.is_closed != s.is_open for s in Status if s.is_counted)
    assert [s for s in Status if not s.is_counted] == [Status.LOGGED_IN_ERROR]  # neither open nor closed
    assert closing_day(Status.IN_PROGRESS, day, None) is None
    assert closing_day(Status.ANSWERED, day, None) == day
    assert closing_day(Status.CLOSED, later, day) == day  # filed a month later: still closed on the answer's day
    assert closing_day(Status.CLOSED, later, None) == later


def _counts(case: CaseFile, today: date) -> dict[Bucket, int]:
    with case.reader() as reading:
        return dashboard_counts(reading.plain, today=today)


def _closed_on(case: CaseFile, reference: str) -> date | None:
    from sqlalchemy import select

    from dpo_desk.storage.models import Request

    with case.reader(orm=True) as reading:
        return reading.orm.scalar(select(Request.closed_on).where(Request.reference == reference))


def _listed(case: CaseFile, flt: ListFilter, today: date) -> int:
    with case.reader() as reading:
        return count_requests(reading.plain, flt, today=today)


def test_answered_and_refused_count_as_closed_and_start_the_purge_clock(case: CaseFile) -> None:
    first = TODAY.replace(day=1)
    received = first - timedelta(days=40)
    answered = log(case, received=received, email="a@example.fr").reference
    refused = log(case, received=received, email="b@example.fr").reference
    still_open = log(case, received=received, email="c@example.fr").reference
    for ref in (answered, refused, still_open):
        act(case, cases.change_status, ref, Status.IN_PROGRESS, on=received, today=TODAY)
    before = _counts(case, TODAY)
    act(case, cases.change_status, answered, Status.ANSWERED, on=first, today=TODAY)
    act(case, cases.change_status, refused, Status.REFUSED, on=first, today=TODAY, reason="Manifestly excessive")
    after = _counts(case, TODAY)
    assert after[Bucket.CLOSED_THIS_MONTH] == before[Bucket.CLOSED_THIS_MONTH] + 2
    assert after[Bucket.OPEN] == before[Bucket.OPEN] - 2
    assert _closed_on(case, answered) == first and _closed_on(case, refused) == first
    assert _closed_on(case, still_open) is None
    # What the "closed this month" count counts is what its filter lists.
    assert _listed(case, ListFilter(closed_since=first), TODAY) == after[Bucket.CLOSED_THIS_MONTH]

    # Filing the answered case as "Closed" later changes neither the counts nor its closing day.
    act(case, cases.change_status, answered, Status.CLOSED, on=TODAY, today=TODAY)
    assert _counts(case, TODAY) == after and _closed_on(case, answered) == first

    # The purge clock ran from the answer and the refusal: due five years later, not after a filing step.
    five_years = first.replace(year=first.year + 5)
    with case.reader(orm=True) as reading:
        due = {c.reference: c.due_on for c in retention.purge_candidates(reading.orm, today=five_years)}
        assert retention.purge_candidates(reading.orm, today=five_years - timedelta(days=1)) == []
    assert due == {answered: five_years, refused: five_years}
