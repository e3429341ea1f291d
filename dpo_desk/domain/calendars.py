"""Public-holiday calendars of the places where a controller acts (Reg. 1182/71 art. 2).

Only days the law designates count ("designated as such in the Member State", art. 2): counting
another day moves a deadline later, which is the unsafe direction.

- Everywhere in France, the eleven days of C. trav. L3133-1: 1 January, Easter Monday, 1 May,
  8 May, Ascension, Whit Monday (not a holiday in 2005-2007, the first years of the journée de
  solidarité), 14 July, 15 August, 1 November, 11 November, 25 December.
- Alsace-Moselle (departments 57, 67 and 68), C. trav. L3134-13: Good Friday and 26 December too.
- Each overseas department, C. trav. L3422-2 (décret 83-1003): the commemoration of the abolition
  of slavery: Guadeloupe 27 May, Martinique 22 May, Guyane 10 June, La Réunion 20 December,
  Mayotte 27 April.

The `holidays` library lists further days off that custom, not the law, gives (Mi-Carême and Good
Friday in Guadeloupe, Victor Schœlcher's day on 21 July in Guadeloupe and Martinique). They are
shown as notes; they move a deadline only for an organisation that opts in.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from functools import cache

from dateutil.easter import easter


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
    HolidayRegion.ALSACE_MOSELLE: "France: Alsace-Moselle, 57/67/68 (Good Friday, 26 December)",
    HolidayRegion.GUADELOUPE: "France: Guadeloupe (27 May)",
    HolidayRegion.MARTINIQUE: "France: Martinique (22 May)",
    HolidayRegion.GUYANE: "France: Guyane (10 June)",
    HolidayRegion.REUNION: "France: La Réunion (20 December)",
    HolidayRegion.MAYOTTE: "France: Mayotte (27 April)",
}

# The subdivision of holidays==0.109 whose days are compared with the statutory list, to name the
# customary days off of a region. ("67"/"68" raise NotImplementedError there; "57" is the same.)
_SUBDIVISIONS: dict[HolidayRegion, str | None] = {
    HolidayRegion.FRANCE: None,
    HolidayRegion.ALSACE_MOSELLE: "57",
    HolidayRegion.GUADELOUPE: "971",
    HolidayRegion.MARTINIQUE: "972",
    HolidayRegion.GUYANE: "973",
    HolidayRegion.REUNION: "974",
    HolidayRegion.MAYOTTE: "976",
}

# C. trav. L3422-2 and décret 83-1003: the day of the abolition of slavery, per department.
ABOLITION_OF_SLAVERY: dict[HolidayRegion, tuple[int, int]] = {
    HolidayRegion.GUADELOUPE: (5, 27),
    HolidayRegion.MARTINIQUE: (5, 22),
    HolidayRegion.GUYANE: (6, 10),
    HolidayRegion.REUNION: (12, 20),
    HolidayRegion.MAYOTTE: (4, 27),
}

_FIXED = (
    ((1, 1), "Jour de l'an"),
    ((5, 1), "Fête du Travail"),
    ((5, 8), "Fête de la Victoire"),
    ((7, 14), "Fête nationale"),
    ((8, 15), "Assomption"),
    ((11, 1), "Toussaint"),
    ((11, 11), "Armistice"),
    ((12, 25), "Noël"),
)


def parse_region(value: str) -> HolidayRegion:
    """Return the region for a stored or typed identifier, with a clear error otherwise."""
    try:
        return HolidayRegion(value.strip().lower())
    except ValueError:
        known = ", ".join(r.value for r in HolidayRegion)
        raise ValueError(f"Unknown holiday region {value!r}. Known regions: {known}.") from None


@cache
def statutory_holidays(region: HolidayRegion, year: int) -> dict[date, str]:
    """The public holidays the law designates in `region` in `year`, with their French names."""
    days = {date(year, month, day): name for (month, day), name in _FIXED}
    sunday = easter(year)
    days[sunday + timedelta(days=1)] = "Lundi de Pâques"
    days[sunday + timedelta(days=39)] = "Ascension"
    if not 2005 <= year <= 2007:
        days[sunday + timedelta(days=50)] = "Lundi de Pentecôte"
    if region is HolidayRegion.ALSACE_MOSELLE:
        days[sunday - timedelta(days=2)] = "Vendredi saint"
        days[date(year, 12, 26)] = "Saint-Étienne"
    if region in ABOLITION_OF_SLAVERY:
        month, day = ABOLITION_OF_SLAVERY[region]
        days[date(year, month, day)] = "Abolition de l'esclavage"
    return days


@cache
def customary_days_off(region: HolidayRegion, year: int) -> dict[date, str]:
    """Days off the `holidays` library lists in `region` that no statute makes public holidays."""
    import holidays  # 20 ms of start-up: loaded only when a customary day is asked about

    listed = holidays.France(subdiv=_SUBDIVISIONS[region], years=year, language="fr")
    statutory = statutory_holidays(region, year)
    return {day: str(name) for day, name in sorted(listed.items()) if day not in statutory}


class HolidayCalendar:
    """Working days of one region: Saturdays, Sundays and its public holidays are not.

    With `customary`, the customary days off of the region are not working days either (the
    organisation's own choice; the law does not require it).
    """

    def __init__(self, region: HolidayRegion, *, customary: bool = False) -> None:
        self.region = region
        self.customary = customary

    def holiday_name(self, day: date) -> str | None:
        """The statutory holiday on `day`, or (when the organisation counts them) its customary day off."""
        name = statutory_holidays(self.region, day.year).get(day)
        if name is None and self.customary:
            name = customary_days_off(self.region, day.year).get(day)
        return name

    def customary_name(self, day: date) -> str | None:
        """A customary day off on `day` that is not a public holiday (a note; counted only if opted in)."""
        return customary_days_off(self.region, day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and self.holiday_name(day) is None

    def customary_between(self, start: date, end: date) -> list[tuple[date, str]]:
        """Customary days off from `start` to `end` (both included): notes, unless counted."""
        days = []
        for year in range(start.year, end.year + 1):
            days += [(d, n) for d, n in customary_days_off(self.region, year).items() if start <= d <= end]
        return days


@cache
def calendar_for(region: HolidayRegion, customary: bool = False) -> HolidayCalendar:
    return HolidayCalendar(region, customary=customary)
