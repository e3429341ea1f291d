"""Public-holiday calendars of the places where a controller acts (Reg. 1182/71 art. 2)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import cache


class HolidayRegion(StrEnum):
    """Holiday calendars a controller's site can follow.

    The values are stable identifiers stored in case files and used by the CLI.
    """

    FRANCE = "fr"
    ALSACE_MOSELLE = "fr-alsace-moselle"
    GUADELOUPE = "fr-guadeloupe"
    MARTINIQUE = "fr-martinique"
    GUYANE = "fr-guyane"
    REUNION = "fr-reunion"
    MAYOTTE = "fr-mayotte"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    HolidayRegion.FRANCE: "France (metropolitan)",
    HolidayRegion.ALSACE_MOSELLE: "France: Alsace-Moselle (Good Friday, 26 December)",
    HolidayRegion.GUADELOUPE: "France: Guadeloupe",
    HolidayRegion.MARTINIQUE: "France: Martinique",
    HolidayRegion.GUYANE: "France: Guyane",
    HolidayRegion.REUNION: "France: La Réunion",
    HolidayRegion.MAYOTTE: "France: Mayotte",
}

# Subdivision codes of holidays==0.109. "57" (Moselle) and "6AE" (Alsace) carry the same two
# extra days; "67"/"68" raise NotImplementedError in that version, hence the pin.
_SUBDIVISIONS: dict[HolidayRegion, str | None] = {
    HolidayRegion.FRANCE: None,
    HolidayRegion.ALSACE_MOSELLE: "57",
    HolidayRegion.GUADELOUPE: "971",
    HolidayRegion.MARTINIQUE: "972",
    HolidayRegion.GUYANE: "973",
    HolidayRegion.REUNION: "974",
    HolidayRegion.MAYOTTE: "976",
}


def parse_region(value: str) -> HolidayRegion:
    """Return the region for a stored or typed identifier, with a clear error otherwise."""
    try:
        return HolidayRegion(value.strip().lower())
    except ValueError:
        known = ", ".join(r.value for r in HolidayRegion)
        raise ValueError(f"Unknown holiday region {value!r}. Known regions: {known}.") from None


class HolidayCalendar:
    """Working days of one region: Saturdays, Sundays and its public holidays are not."""

    def __init__(self, region: HolidayRegion) -> None:
        self.region = region
        import holidays  # 20 ms of start-up: loaded when a deadline is first computed

        self._holidays = holidays.France(subdiv=_SUBDIVISIONS[region], language="fr")

    def holiday_name(self, day: date) -> str | None:
        return self._holidays.get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays


@cache
def calendar_for(region: HolidayRegion) -> HolidayCalendar:
    return HolidayCalendar(region)
