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

from dataclasses import asdict, dataclass, field
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

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        if not data["internal_contact"]:  # optional: a register without relays reads as it was written
            del data["internal_contact"]
        return data


def activity_from_json(data: Any, where: str, *, strict: bool = True) -> Activity:
    """An activity from its JSON fields; `strict=False` lets through one imported from a spreadsheet
    that lacks what an access response needs (the access report then asks for it)."""
    if not isinstance(data, dict):
        raise RegisterError(f"{where} must be an object with named fields.")
    unknown = sorted(set(data) - {"name", *LIST_FIELDS, *TEXT_FIELDS})
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
    missing = [key for key in REQUIRED if not values[key]]
    if missing and strict:
        raise RegisterError(f"{where} ({values['name']}) lacks {', '.join(missing)}: an access response needs them.")
    return Activity(**values)


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


def missing_for_response(activity: Activity) -> list[str]:
    """What an access response needs and this activity lacks (an import may leave gaps)."""
    return [key for key in REQUIRED if not getattr(activity, key)]
