"""Public holidays by statute (C. trav. L3133-1, L3134-13, L3422-2), per territory, against what the
`holidays` library lists: its customary days off are notes, never moving a deadline unless the
organisation opts in."""

from __future__ import annotations

import json
from datetime import date

import holidays
import pytest

from dpo_desk.domain.calendars import (
    HolidayRegion,
    calendar_for,
    customary_days_off,
    statutory_holidays,
)
from dpo_desk.domain.deadlines import compute_deadlines

NATIONAL_2026 = {
    date(2026, 1, 1),
    date(2026, 4, 6),  # Easter Monday
    date(2026, 5, 1),
    date(2026, 5, 8),
    date(2026, 5, 14),  # Ascension
    date(2026, 5, 25),  # Whit Monday
    date(2026, 7, 14),
    date(2026, 8, 15),
    date(2026, 11, 1),
    date(2026, 11, 11),
    date(2026, 12, 25),
}

# Territory: (its statutory days besides the national ones in 2026, the library's customary days off)
TABLE_2026 = {
    HolidayRegion.FRANCE: (set(), set()),
    HolidayRegion.ALSACE_MOSELLE: ({date(2026, 4, 3), date(2026, 12, 26)}, set()),  # Good Friday, St Stephen
    HolidayRegion.GUADELOUPE: (
        {date(2026, 5, 27)},
        {date(2026, 3, 12), date(2026, 4, 3), date(2026, 7, 21)},  # Mi-Carême, Good Friday, Schœlcher
    ),
    HolidayRegion.MARTINIQUE: ({date(2026, 5, 22)}, {date(2026, 7, 21)}),
    HolidayRegion.GUYANE: ({date(2026, 6, 10)}, set()),
    HolidayRegion.REUNION: ({date(2026, 12, 20)}, set()),
    HolidayRegion.MAYOTTE: ({date(2026, 4, 27)}, set()),
}

LIBRARY_SUBDIVISION = {
    HolidayRegion.FRANCE: None,
    HolidayRegion.ALSACE_MOSELLE: "57",
    HolidayRegion.GUADELOUPE: "971",
    HolidayRegion.MARTINIQUE: "972",
    HolidayRegion.GUYANE: "973",
    HolidayRegion.REUNION: "974",
    HolidayRegion.MAYOTTE: "976",
}


@pytest.mark.parametrize("region", list(HolidayRegion))
def test_each_territory_counts_its_statutory_days_only(region: HolidayRegion) -> None:
    extra, customary = TABLE_2026[region]
    assert set(statutory_holidays(region, 2026)) == NATIONAL_2026 | extra
    assert set(customary_days_off(region, 2026)) == customary
    calendar = calendar_for(region)
    for day in customary:
        assert calendar.is_working_day(day) and calendar.customary_name(day)
    opted_in = calendar_for(region, True)
    for day in customary:
        assert not opted_in.is_working_day(day)


@pytest.mark.parametrize("region", list(HolidayRegion))
@pytest.mark.parametrize("year", [2025, 2026, 2027, 2028])
def test_the_library_lists_every_statutory_day_and_only_customary_ones_besides(
    region: HolidayRegion, year: int
) -> None:
    listed = set(holidays.France(subdiv=LIBRARY_SUBDIVISION[region], years=year))
    statutory = set(statutory_holidays(region, year))
    assert statutory <= listed  # the library and the statute agree on the law's days
    assert listed - statutory == set(customary_days_off(region, year))


def test_good_friday_and_saint_stephen_are_alsace_moselle_only() -> None:
    for region in HolidayRegion:
        days = statutory_holidays(region, 2027)
        assert (date(2027, 3, 26) in days) is (region is HolidayRegion.ALSACE_MOSELLE)
        assert (date(2027, 12, 26) in days) is (region is HolidayRegion.ALSACE_MOSELLE)


def test_whit_monday_was_not_a_holiday_in_2005_2007() -> None:
    assert date(2006, 6, 5) not in statutory_holidays(HolidayRegion.FRANCE, 2006)
    assert date(2008, 5, 12) in statutory_holidays(HolidayRegion.FRANCE, 2008)


@pytest.mark.parametrize(
    ("region", "received", "due", "due_if_customary_counted"),
    [
        # Mi-Carême, Thursday 12 March 2026: a working day in law.
        (HolidayRegion.GUADELOUPE, date(2026, 2, 12), date(2026, 3, 12), date(2026, 3, 13)),
        # Good Friday 3 April 2026 in Guadeloupe: a working day (Mon 6 is Easter Monday).
        (HolidayRegion.GUADELOUPE, date(2026, 3, 3), date(2026, 4, 3), date(2026, 4, 7)),
        # Victor Schœlcher's day, Tuesday 21 July 2026 in Martinique.
        (HolidayRegion.MARTINIQUE, date(2026, 6, 21), date(2026, 7, 21), date(2026, 7, 22)),
        # Abolition of slavery, by statute: Guadeloupe 27 May 2026, Guyane 10 June, Mayotte 27 April.
        (HolidayRegion.GUADELOUPE, date(2026, 4, 27), date(2026, 5, 28), date(2026, 5, 28)),
        (HolidayRegion.GUYANE, date(2026, 5, 10), date(2026, 6, 11), date(2026, 6, 11)),
        (HolidayRegion.MAYOTTE, date(2026, 3, 27), date(2026, 4, 28), date(2026, 4, 28)),
        # La Réunion, Monday 20 December 2027 (received Saturday 20 November).
        (HolidayRegion.REUNION, date(2027, 11, 20), date(2027, 12, 21), date(2027, 12, 21)),
        (HolidayRegion.FRANCE, date(2027, 11, 20), date(2027, 12, 20), date(2027, 12, 20)),
        # legal-rules.md §1.7 row 10: 25 Dec, then 26 Dec in Alsace-Moselle.
        (HolidayRegion.ALSACE_MOSELLE, date(2025, 11, 25), date(2025, 12, 29), date(2025, 12, 29)),
    ],
    ids=lambda v: str(v),
)
def test_deadlines_per_territory(
    region: HolidayRegion, received: date, due: date, due_if_customary_counted: date
) -> None:
    assert compute_deadlines(received, calendar_for(region)).due == due
    assert compute_deadlines(received, calendar_for(region, True)).due == due_if_customary_counted


def test_the_command_line_notes_customary_days_and_counts_them_only_when_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dpo_desk.cli.main import main

    assert main(["deadline", "2026-02-12", "--region", "fr-guadeloupe"]) == 0
    out = capsys.readouterr().out
    assert "due                  2026-03-12" in out
    assert "note: 2026-03-12 Mi-Carême, a customary day off (not a public holiday: not counted)" in out
    assert main(["deadline", "2026-02-12", "--region", "fr-guadeloupe", "--count-customary-days", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["due"] == "2026-03-13" and shown["customary_days_off"]["2026-03-12"] == "Mi-Carême"


def test_an_organisation_opting_in_recomputes_its_open_deadlines(case) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.services.organisations import get_organisation, update_organisation

    from .conftest import TODAY
    from .test_cases import detail, log

    workbench = Workbench(case, "dpo")
    code = workbench.organisations()[0][0]
    data, _ = workbench.organisation(code)
    with case.unit_of_work() as session:
        update_organisation(session, code, replace(data, holiday_region="fr-guadeloupe"), user="dpo", today=TODAY)
    ref = log(case, received=date(2026, 2, 12)).reference
    assert detail(case, ref).due_on == date(2026, 3, 12)
    with case.unit_of_work() as session:
        changed = update_organisation(
            session,
            code,
            replace(data, holiday_region="fr-guadeloupe", count_customary_days=True),
            user="dpo",
            today=date(2026, 2, 20),
        )
        assert changed == ["count_customary_days"] and get_organisation(session, code).count_customary_days
    assert detail(case, ref).due_on == date(2026, 3, 13)
