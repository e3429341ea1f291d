"""The deadline engine against legal-rules.md §1.7, and its properties over 2024-2030."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dpo_desk.domain.calendars import HolidayRegion, calendar_for, parse_region
from dpo_desk.domain.deadlines import ExtensionRule, compute_deadlines

FR = calendar_for(HolidayRegion.FRANCE)
AM = calendar_for(HolidayRegion.ALSACE_MOSELLE)

# (receipt, due = extension-notice deadline, extended), national calendar: legal-rules.md §1.7
WORKED_CASES = [
    (date(2025, 3, 5), date(2025, 4, 7), date(2025, 6, 5)),
    (date(2025, 1, 31), date(2025, 2, 28), date(2025, 4, 30)),
    (date(2028, 1, 31), date(2028, 2, 29), date(2028, 5, 2)),
    (date(2028, 2, 29), date(2028, 3, 29), date(2028, 5, 29)),
    (date(2026, 4, 30), date(2026, 6, 1), date(2026, 7, 30)),
    (date(2026, 4, 1), date(2026, 5, 4), date(2026, 7, 1)),
    (date(2025, 6, 14), date(2025, 7, 15), date(2025, 9, 15)),
    (date(2026, 7, 14), date(2026, 8, 14), date(2026, 10, 14)),
    (date(2025, 7, 15), date(2025, 8, 18), date(2025, 10, 15)),
    (date(2025, 11, 25), date(2025, 12, 26), date(2026, 2, 25)),
]


@pytest.mark.parametrize(("received", "due", "extended"), WORKED_CASES, ids=lambda v: str(v))
def test_worked_cases(received: date, due: date, extended: date) -> None:
    result = compute_deadlines(received, FR)
    assert (result.due, result.extension_notice_by, result.extended_due) == (due, due, extended)


def test_alsace_moselle_adds_saint_etienne() -> None:
    assert compute_deadlines(date(2025, 11, 25), AM).due == date(2025, 12, 29)


def test_alsace_moselle_adds_good_friday() -> None:
    # Good Friday 2026 is 3 April: a national working day, an Alsace-Moselle holiday.
    assert compute_deadlines(date(2026, 3, 3), FR).due == date(2026, 4, 3)
    assert compute_deadlines(date(2026, 3, 3), AM).due == date(2026, 4, 7)  # Mon 6 is Easter Monday


def test_conservative_extension_differs_only_at_month_end() -> None:
    assert compute_deadlines(date(2025, 1, 31), FR, rule=ExtensionRule.CONSERVATIVE).extended_due == date(2025, 4, 28)
    assert compute_deadlines(date(2025, 3, 5), FR, rule=ExtensionRule.CONSERVATIVE).extended_due == date(2025, 6, 5)


def test_thirty_day_sla_would_be_wrong() -> None:
    received = date(2025, 1, 31)
    assert compute_deadlines(received, FR).due != received + timedelta(days=30)


def test_paused_days_are_added_before_rolling() -> None:
    # 5 Mar + 1 month = 5 Apr; + 3 paused days = 8 Apr 2025, a Tuesday.
    assert compute_deadlines(date(2025, 3, 5), FR, paused_days=3).due == date(2025, 4, 8)
    # 5 Apr + 1 day = Sun 6 Apr -> Mon 7 Apr.
    assert compute_deadlines(date(2025, 3, 5), FR, paused_days=1).due == date(2025, 4, 7)


def test_negative_pause_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        compute_deadlines(date(2025, 3, 5), FR, paused_days=-1)


def test_unknown_region_is_explained() -> None:
    with pytest.raises(ValueError, match="Known regions: fr, fr-alsace-moselle"):
        parse_region("bavaria")


def _every_day(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


ALL_DAYS = _every_day(date(2024, 1, 1), date(2030, 12, 31))


@pytest.mark.parametrize("region", list(HolidayRegion))
@pytest.mark.parametrize("rule", list(ExtensionRule))
def test_properties_for_every_receipt_date_2024_2030(region: HolidayRegion, rule: ExtensionRule) -> None:
    calendar = calendar_for(region)
    previous = None
    for received in ALL_DAYS:
        d = compute_deadlines(received, calendar, rule=rule)
        for deadline in (d.due, d.extended_due):
            assert calendar.is_working_day(deadline), (received, deadline)
            assert deadline.weekday() < 5 and calendar.holiday_name(deadline) is None
        assert d.extension_notice_by == d.due
        assert received + timedelta(days=28) <= d.due <= received + timedelta(days=31 + 4), received
        assert received + timedelta(days=87) <= d.extended_due <= received + timedelta(days=92 + 4), received
        if previous is not None:
            assert d.due >= previous.due and d.extended_due >= previous.extended_due, received
        previous = d


@pytest.mark.parametrize("received", ALL_DAYS[::7])
def test_due_is_the_first_working_day_on_or_after_the_raw_date(received: date) -> None:
    from dpo_desk.domain.deadlines import add_months

    raw = add_months(received, 1)
    due = compute_deadlines(received, FR).due
    assert due >= raw
    assert all(not FR.is_working_day(raw + timedelta(days=k)) for k in range((due - raw).days))


@given(
    received=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)),
    paused=st.integers(min_value=0, max_value=200),
    more=st.integers(min_value=0, max_value=30),
)
def test_more_pause_never_brings_a_deadline_earlier(received: date, paused: int, more: int) -> None:
    a = compute_deadlines(received, FR, paused_days=paused)
    b = compute_deadlines(received, FR, paused_days=paused + more)
    assert b.due >= a.due and b.extended_due >= a.extended_due
    assert b.due >= compute_deadlines(received, FR).due + timedelta(days=paused + more) - timedelta(days=4)


@given(received=st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 12, 31)))
def test_conservative_is_never_later(received: date) -> None:
    standard = compute_deadlines(received, FR)
    conservative = compute_deadlines(received, FR, rule=ExtensionRule.CONSERVATIVE)
    assert conservative.extended_due <= standard.extended_due
    assert conservative.due == standard.due
