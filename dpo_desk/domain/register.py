"""The register of processing activities (GDPR Art. 30): what an access response must explain.

File format (JSON), version 1::

    {"format": "dpo-desk-register", "version": 1, "organisation": "IMV",
     "activities": [{"name": "...", "data_subjects": ["..."], "purposes": ["..."],
                     "legal_basis": "...", "data_categories": ["..."], "recipients": ["..."],
                     "transfers": "...", "retention": "...", "retention_basis": "...",
                     "source": "...", "automated_decision": "...", "internal_contact": "rh@..."}]}

Lists are lists of strings; the other fields are text ("" when not applicable). Only "name",
"purposes", "legal_basis" and "retention" are required: an access response cannot do without them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .right_keywords import normalise

FORMAT = "dpo-desk-register"
VERSION = 1
LIST_FIELDS = ("data_subjects", "purposes", "data_categories", "recipients")
TEXT_FIELDS = (
    "legal_basis",
    "transfers",
    "retention",
    "retention_basis",
    "source",
    "automated_decision",
    "internal_contact",  # the department's address asked for the person's data (a relay), e.g. rh@…
    "transfer_safeguards",  # Art. 15(2) / 46: the safeguards of the transfers outside the EU
    "language",  # the language the entry is written in ("fr", "en"; "" = the organisation's letter language)
)
# The fields an entry may carry in another language, under "translations": {"fr": {...}}.
TRANSLATED = (
    "name",
    "purposes",
    "legal_basis",
    "data_categories",
    "recipients",
    "transfers",
    "retention",
    "retention_basis",
    "source",
    "automated_decision",
    "transfer_safeguards",
)
REQUIRED = ("name", "purposes", "legal_basis", "retention")


class RegisterError(ValueError):
    """A register file that cannot be used; str() says where and why."""


@dataclass(frozen=True)
class Activity:
    name: str
    purposes: list[str]
    legal_basis: str
    retention: str
    data_subjects: list[str] = field(default_factory=list)
    data_categories: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    transfers: str = ""
    retention_basis: str = ""
    source: str = ""
    automated_decision: str = ""
    internal_contact: str = ""
    transfer_safeguards: str = ""
    language: str = ""
    translations: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("internal_contact", "transfer_safeguards", "language", "translations"):
            if not data[key]:  # optional: a register without them reads as it was written
                del data[key]
        return data

    def in_language(self, language: str, default: str) -> Activity | None:
        """The entry as written in `language` (its own text, or its translation), or None if it has none.

        `default`: the language of an entry that does not say (the organisation's letter language)."""
        if (self.language or default) == language:
            return self
        words = self.translations.get(language)
        if not words:
            return None
        if any(getattr(self, key) and not words.get(key) for key in TRANSLATED):
            return None  # a field said in one language only: the report would mix languages or drop it
        values = {key: words.get(key, type(getattr(self, key))()) for key in TRANSLATED}
        return replace(self, **values, language=language, translations={})


def activity_from_json(data: Any, where: str, *, strict: bool = True) -> Activity:
    """An activity from its JSON fields; `strict=False` lets through one imported from a spreadsheet
    that lacks what an access response needs (the access report then asks for it)."""
    if not isinstance(data, dict):
        raise RegisterError(f"{where} must be an object with named fields.")
    unknown = sorted(set(data) - {"name", "translations", *LIST_FIELDS, *TEXT_FIELDS})
    if unknown:
        raise RegisterError(f"{where} has unknown fields: {', '.join(unknown)}.")
    values: dict[str, Any] = {}
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise RegisterError(f"{where} needs a name.")
    values["name"] = name.strip()
    for key in LIST_FIELDS:
        items = data.get(key, [])
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise RegisterError(f"{where} ({values['name']}): {key} must be a list of texts.")
        values[key] = [i.strip() for i in items if i.strip()]
    for key in TEXT_FIELDS:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise RegisterError(f"{where} ({values['name']}): {key} must be a text.")
        values[key] = value.strip()
    values["translations"] = _translations(data.get("translations", {}), f"{where} ({values['name']})")
    missing = [key for key in REQUIRED if not values[key]]
    if missing and strict:
        raise RegisterError(f"{where} ({values['name']}) lacks {', '.join(missing)}: an access response needs them.")
    return Activity(**values)


def _translations(data: Any, where: str) -> dict[str, dict[str, Any]]:
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise RegisterError(f'{where}: translations must be an object such as {{"fr": {{"purposes": [...]}}}}.')
    found: dict[str, dict[str, Any]] = {}
    for language, words in data.items():
        unknown = sorted(set(words) - set(TRANSLATED))
        if language not in ("fr", "en") or unknown:
            raise RegisterError(f"{where}: translations are in fr or en, of {', '.join(TRANSLATED)}.")
        found[language] = {}
        for key, value in words.items():
            if key in LIST_FIELDS:
                if not isinstance(value, list) or not all(isinstance(i, str) for i in value):
                    raise RegisterError(f"{where}: the {language} {key} must be a list of texts.")
                found[language][key] = [i.strip() for i in value if i.strip()]
            elif not isinstance(value, str):
                raise RegisterError(f"{where}: the {language} {key} must be a text.")
            else:
                found[language][key] = value.strip()
    return found


def register_from_json(document: Any) -> tuple[str | None, list[Activity]]:
    """(organisation code or None, activities) of a register file's parsed JSON."""
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RegisterError("This is not a DPO Desk register file (its 'format' must be 'dpo-desk-register').")
    if document.get("version") != VERSION:
        raise RegisterError(f"This register file is version {document.get('version')}; version {VERSION} is read.")
    activities = document.get("activities")
    if not isinstance(activities, list):
        raise RegisterError("The register file needs a list of 'activities'.")
    parsed = [activity_from_json(item, f"Activity {n}") for n, item in enumerate(activities, 1)]
    names = [a.name for a in parsed]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise RegisterError(f"Two activities have the same name: {', '.join(duplicates)}.")
    code = document.get("organisation")
    return (code if isinstance(code, str) and code else None), parsed


def register_to_json(code: str, activities: list[Activity]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "organisation": code, "activities": [a.as_json() for a in activities]}


# What a person is, recognised from a request's words (FR/EN, accent-free, word starts), and the
# words by which registers name those data subjects.
PERSON_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "customer": (
        ("commande", "facture", "client", "achat", "livraison", "order", "invoice", "customer", "purchase", "delivery"),
        ("customer", "client"),
    ),
    "prospect": (("prospection", "demarchage", "prospect", "sales call"), ("prospect",)),
    "subscriber": (
        ("newsletter", "desinscri", "desabonn", "unsubscribe", "mailing"),
        ("subscriber", "newsletter", "abonne"),
    ),
    "applicant": (
        ("candidat", "recrutement", "emploi", "cv ", "entretien", "applicant", "application for", "job", "recruit"),
        ("applicant", "candidate", "candidat"),
    ),
    "user": (("application mobile", "mobile app", "compte", "account"), ("user", "utilisateur")),
    "visitor": (
        ("site internet", "site web", "cookie", "website"),
        ("visitor", "website", "visiteur", "site internet"),
    ),
}


def suggest_activities(text: str, activities: list[Activity]) -> list[str]:
    """Activities whose data subjects match what the request's words say the person is."""
    plain = " " + normalise(text) + " "
    kinds = [kind for kind, (words, _) in PERSON_KINDS.items() if any(w in plain for w in words)]
    subjects_words = [w for kind in kinds for w in PERSON_KINDS[kind][1]]
    return [a.name for a in activities if any(word in normalise(" ".join(a.data_subjects)) for word in subjects_words)]


# What an access report must state for each activity (Art. 15(1)(a)-(d), (g)-(h) and 15(2)).
REPORT_REQUIRED = ("purposes", "legal_basis", "data_categories", "retention")


def missing_for_report(activity: Activity) -> list[str]:
    """What the access report would otherwise leave blank or say badly (its internal gaps)."""
    missing = [key for key in REPORT_REQUIRED if not getattr(activity, key)]
    if activity.transfers and not activity.transfer_safeguards:
        missing.append("transfer_safeguards")
    return missing


def missing_for_response(activity: Activity) -> list[str]:
    """What an access response needs and this activity lacks (an import may leave gaps)."""
    return [key for key in REQUIRED if not getattr(activity, key)]
