"""Whether an access answer is complete before it is written (Art. 15), and what is left to do.

Two checks, each returning what is missing in words (empty when complete):
- every ticked activity has an extract, or a recorded reason why not ("no data about this person in
  the CRM", checked on a date);
- every ticked activity's register entry states each Art. 15(1) and 15(2) item, in the language of
  the report, so that no internal gap ("not stated", a transfer without its safeguards, English text
  in a French report) reaches the person.
"""

from __future__ import annotations

from .letter_facts import CaseFacts
from .register import Activity, missing_for_report

FIELD_WORDS = {
    "purposes": "purposes",
    "legal_basis": "legal basis",
    "data_categories": "categories of data",
    "recipients": "recipients (by name)",
    "retention": "retention period",
    "transfer_safeguards": "safeguards of the transfers outside the EU (Art. 46)",
}


def extracts_by_activity(facts: CaseFacts) -> tuple[dict[str, list[str]], list[str]]:
    """({activity: its extracts}, extracts whose activity is not known).

    An extract belongs to the activity recorded for it; with a single activity ticked, every extract
    belongs to that one."""
    found: dict[str, list[str]] = {a: [] for a in facts.activities}
    unknown = []
    for name in facts.extracts:
        source = facts.extract_sources.get(name)
        if source is not None and source.activity in found:
            found[source.activity].append(name)
        elif len(facts.activities) == 1:
            found[facts.activities[0]].append(name)
        else:
            unknown.append(name)
    return found, unknown


def missing_extracts(facts: CaseFacts) -> list[str]:
    """What stops an access answer: activities with neither an extract nor a reason, extracts of no activity."""
    found, unknown = extracts_by_activity(facts)
    problems = [
        f"{activity}: attach its extract, or record why there is none (dpo-desk extract-reason)"
        for activity, names in found.items()
        if not names and activity not in facts.extract_reasons
    ]
    problems += [f"{name}: say which activity this extract comes from (dpo-desk extract-source)" for name in unknown]
    return problems


def register_gaps(activities: list[Activity], language: str, default_language: str) -> list[str]:
    """What the register must state, for each ticked activity, before a report in `language` is written."""
    problems = []
    for activity in activities:
        written = activity.in_language(language, default_language)
        if written is None:
            problems.append(f"{activity.name}: its text in {'French' if language == 'fr' else 'English'}")
            continue
        missing = missing_for_report(written)
        if missing:
            problems.append(f"{activity.name}: {', '.join(FIELD_WORDS[m] for m in missing)}")
    return problems
