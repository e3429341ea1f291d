"""The register of processing activities as spreadsheet tables, both ways.

Two layouts are written and read:
- DPO Desk's table: one row per activity, one column per field (headings in French or English);
- the CNIL's model register: a "Registre" sheet listing the activities, then one "fiche" sheet per
  activity with a heading in the first column and its value beside it (Nom / sigle, Finalité
  principale, Sous-finalité 1…, Catégories de personnes concernées, Destinataires, Transferts hors
  UE, Durée de conservation…). The CNIL's model has no legal basis; DPO Desk adds a "Base légale" row.

Reading also takes other people's registers: each column or row heading is matched to a field by its
words (French or English, accents ignored); whatever matches no field is reported, never dropped
silently, and activities missing what an access response needs are listed to complete.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .register import LIST_FIELDS, REQUIRED, TEXT_FIELDS, Activity
from .right_keywords import normalise

FIELDS: tuple[str, ...] = (
    "name",
    "data_subjects",
    "purposes",
    "legal_basis",
    "data_categories",
    "recipients",
    "transfers",
)
FIELDS += ("retention", "retention_basis", "source", "automated_decision", "internal_contact", "transfer_safeguards")
HEADINGS = {
    "fr": {
        "name": "Nom / sigle",
        "data_subjects": "Catégories de personnes concernées",
        "purposes": "Finalités",
        "legal_basis": "Base légale",
        "data_categories": "Catégories de données personnelles",
        "recipients": "Destinataires",
        "transfers": "Transferts hors UE et garanties",
        "retention": "Durée de conservation",
        "retention_basis": "Fondement de la durée de conservation",
        "source": "Source des données",
        "automated_decision": "Décision automatisée",
        "internal_contact": "Service à interroger (adresse)",
        "transfer_safeguards": "Garanties des transferts (art. 46)",
    },
    "en": {
        "name": "Name",
        "data_subjects": "Categories of data subjects",
        "purposes": "Purposes",
        "legal_basis": "Legal basis",
        "data_categories": "Categories of personal data",
        "recipients": "Recipients",
        "transfers": "Transfers outside the EU and safeguards",
        "retention": "Retention period",
        "retention_basis": "Basis of the retention period",
        "source": "Source of the data",
        "automated_decision": "Automated decision-making",
        "internal_contact": "Department to ask (address)",
        "transfer_safeguards": "Safeguards of the transfers (Art. 46)",
    },
}
# Words that name each field in registers people keep (normalised: lower case, no accents).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "nom / sigle",
        "nom/sigle",
        "nom du traitement",
        "designation des activites",
        "designation",
        "intitule",
        "activite",
        "activites",
        "traitement",
        "name",
        "activity",
        "processing activity",
    ),
    "purposes": (
        "finalite principale",
        "finalite(s)",
        "finalites",
        "finalite",
        "sous-finalite",
        "objectif",
        "main purpose",
        "sub-purpose",
        "purposes",
        "purpose",
    ),
    "legal_basis": ("base legale", "base juridique", "fondement juridique", "liceite", "legal basis", "lawful basis"),
    "data_subjects": (
        "categories de personnes concernees",
        "personnes concernees",
        "categorie de personnes",
        "categories of data subjects",
        "data subjects",
    ),
    "data_categories": (
        "categories de donnees personnelles",
        "categories de donnees",
        "donnees traitees",
        "donnees collectees",
        "categories of personal data",
        "categories of data",
        "data categories",
    ),
    "recipients": (
        "destinataires",
        "destinataire",
        "destinataires internes",
        "organismes externes",
        "sous-traitants",
        "sous-traitant",
        "recipients",
        "processors",
    ),
    "transfers": ("transferts hors ue", "transfert hors ue", "transferts", "transfers"),
    "retention": (
        "duree de conservation",
        "durees de conservation",
        "delai d'effacement",
        "delais d'effacement",
        "delais prevus pour l'effacement",
        "conservation",
        "retention period",
        "retention",
    ),
    "retention_basis": ("fondement de la duree", "base de la duree", "justification de la duree", "retention basis"),
    "source": ("source des donnees", "origine des donnees", "source", "origine", "source of the data"),
    "automated_decision": ("decision automatisee", "decisions automatisees", "profilage", "automated decision"),
    "internal_contact": ("service a interroger", "contact interne", "internal contact", "department to ask"),
    "transfer_safeguards": ("garanties des transferts", "garanties appropriees", "safeguards of the transfers"),
}
# The CNIL's categories of data, each a row of its fiche: what they hold becomes a category of data.
CNIL_DATA_ROWS = (
    "etat-civil",
    "etat civil",
    "vie personnelle",
    "vie professionnelle",
    "informations d'ordre economique",
    "donnees de connexion",
    "donnees de localisation",
    "internet",
    "autres categories de donnees",
    "donnees sensibles",
    "numero de securite sociale",
    "infractions",
)
NO_WORDS = {"non", "no", "aucun", "aucune", "none", "neant", "sans objet", "n/a", "-"}
# Headings that carry nothing DPO Desk keeps and nothing the DPO needs told about.
SILENT = {"n° / ref", "no. / ref", "n°/ref", "ref"}
FICHE_TITLE = {"fr": "Fiche", "en": "Record"}
LIST_SHEET = {"fr": "Registre", "en": "Register"}


@dataclass
class RegisterImport:
    """What a spreadsheet gave: its activities, what matched no field, and what is left to complete."""

    activities: list[Activity] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    layout: str = "table"  # "table" or "cnil"


def _plain(text: Any) -> str:
    return normalise(str(text or "")).strip(" :*?").replace("’", "'")


def field_of(heading: Any) -> str | None:
    """The field a heading names (exact words first, then a heading that starts with them)."""
    plain = _plain(heading)
    if not plain:
        return None
    for key in FIELDS:
        if any(plain == _plain(h) for h in (HEADINGS["fr"][key], HEADINGS["en"][key])) or plain in SYNONYMS[key]:
            return key
    for key, words in SYNONYMS.items():
        if any(plain.startswith(w) for w in words if len(w) > 5):
            return key
    return None


def _is_cnil_data_row(heading: Any) -> bool:
    plain = _plain(heading)
    return any(plain.startswith(w) for w in CNIL_DATA_ROWS)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _items(value: str) -> list[str]:
    return [line.strip(" -–•\t") for line in re.split(r"\n|;", value) if line.strip(" -–•\t")]


class _Builder:
    def __init__(self) -> None:
        self.values: dict[str, list[str]] = {key: [] for key in FIELDS}

    def add(self, key: str, value: str) -> None:
        if not value:
            return
        if key == "transfers" and _plain(value) in NO_WORDS:
            return
        if key in LIST_FIELDS:
            self.values[key].extend(_items(value))
        else:
            self.values[key].append(value)

    def activity(self) -> Activity | None:
        name = " ".join(self.values["name"]).strip()
        if not name:
            return None
        data: dict[str, Any] = {"name": name}
        for key in LIST_FIELDS:
            data[key] = list(dict.fromkeys(self.values[key]))
        for key in TEXT_FIELDS:
            data[key] = "; ".join(self.values.get(key, []))
        return Activity(**data)


def _finish(result: RegisterImport, builders: list[_Builder]) -> RegisterImport:
    seen: set[str] = set()
    for builder in builders:
        activity = builder.activity()
        if activity is None or activity.name in seen:
            continue
        seen.add(activity.name)
        result.activities.append(activity)
        missing = [key for key in REQUIRED if not getattr(activity, key)]
        if missing:
            result.incomplete.append(f"{activity.name}: {', '.join(missing)}")
    result.unmapped = list(dict.fromkeys(result.unmapped))
    return result


def read_register(sheets: Sequence[tuple[str, list[list[Any]]]]) -> RegisterImport:
    """The activities of a register kept in a spreadsheet (sheets as (name, rows))."""
    fiches = [(name, rows) for name, rows in sheets if _is_fiche(rows)]
    if fiches:
        return _read_fiches(fiches)
    result = RegisterImport(layout="table")
    builders: list[_Builder] = []
    for _name, rows in sheets:
        header_at = _header_row(rows)
        if header_at is None:
            continue
        header = rows[header_at]
        columns = {i: field_of(h) for i, h in enumerate(header)}
        for i, h in enumerate(header):
            if (
                columns[i] is None
                and _plain(h) not in SILENT
                and _text(h)
                and any(_text(r[i]) for r in rows[header_at + 1 :] if i < len(r))
            ):
                result.unmapped.append(_text(h))
        for row in rows[header_at + 1 :]:
            builder = _Builder()
            for i, value in enumerate(row):
                key = columns.get(i)
                if key is not None:
                    builder.add(key, _text(value))
            builders.append(builder)
    if not builders:
        raise ValueError(
            "No register found: DPO Desk looks for a row of headings naming the activity (Nom / sigle, "
            "Traitement, Activité…) and its purposes, or for the CNIL model's fiches."
        )
    return _finish(result, builders)


def _header_row(rows: list[list[Any]]) -> int | None:
    best, best_count = None, 1
    for index, row in enumerate(rows[:40]):
        keys = [field_of(v) for v in row]
        count = len({k for k in keys if k})
        if "name" in keys and count > best_count:
            best, best_count = index, count
    return best


def _is_fiche(rows: list[list[Any]]) -> bool:
    """A sheet that describes one activity: headings down the first column, values beside them."""
    firsts = [field_of(row[0]) for row in rows if row]
    return "name" in firsts and "purposes" in firsts and sum(1 for k in firsts if k) >= 3


def _read_fiches(fiches: list[tuple[str, list[list[Any]]]]) -> RegisterImport:
    result = RegisterImport(layout="cnil")
    builders = []
    for _name, rows in fiches:
        builder = _Builder()
        section: str | None = None
        for row in rows:
            if not row:
                continue
            heading, values = _text(row[0]), [_text(v) for v in row[1:] if _text(v)]
            key = field_of(heading)
            if key is not None:
                section = key
                for value in values:
                    builder.add(key, value)
            elif _is_cnil_data_row(heading):
                section = "data_categories"
                if values and not all(_plain(v) in NO_WORDS for v in values):
                    builder.add("data_categories", f"{heading}: {' — '.join(values)}")
            elif section in LIST_FIELDS and heading and values and _plain(heading).startswith(("categorie", "destin")):
                builder.add(section, f"{heading}: {' — '.join(values)}")
            elif heading and values and _plain(heading) not in SILENT:
                result.unmapped.append(heading)
        builders.append(builder)
    return _finish(result, builders)


# Writing ----------------------------------------------------------------------------------------


def register_table(activities: Sequence[Activity], language: str) -> list[list[Any]]:
    """DPO Desk's layout: a heading row, then one row per activity (list items one per line)."""
    words = HEADINGS[language]
    rows: list[list[Any]] = [[words[key] for key in FIELDS]]
    for activity in activities:
        rows.append([_cell(getattr(activity, key)) for key in FIELDS])
    return rows


def _cell(value: Any) -> str:
    return "\n".join(value) if isinstance(value, list) else str(value)


CNIL_LIST_HEADINGS = {
    "fr": ("Nom / sigle", "N° / REF", "Finalité principale", "Base légale", "Transferts hors UE ?"),
    "en": ("Name", "No. / REF", "Main purpose", "Legal basis", "Transfers outside the EU?"),
}


def cnil_sheets(
    activities: Sequence[Activity], language: str, organisation: Sequence[tuple[str, str]]
) -> list[tuple[str, list[list[Any]]]]:
    """The CNIL model's layout: the register (the organisation, then the list), then a fiche per activity."""
    yes, no = ("Oui", "Non") if language == "fr" else ("Yes", "No")
    title = "Registre des activités de traitement" if language == "fr" else "Record of processing activities"
    listing: list[list[Any]] = [
        [title],
        *[[label, value] for label, value in organisation],
        [],
        list(CNIL_LIST_HEADINGS[language]),
    ]
    sheets: list[tuple[str, list[list[Any]]]] = []
    words = HEADINGS[language]
    for number, activity in enumerate(activities, 1):
        ref = f"{number:03d}"
        listing.append(
            [
                activity.name,
                ref,
                activity.purposes[0] if activity.purposes else "",
                activity.legal_basis,
                yes if activity.transfers else no,
            ]
        )
        rows: list[list[Any]] = [[words["name"], activity.name], ["N° / REF" if language == "fr" else "No. / REF", ref]]
        main = "Finalité principale" if language == "fr" else "Main purpose"
        sub = "Sous-finalité" if language == "fr" else "Sub-purpose"
        for index, purpose in enumerate(activity.purposes):
            rows.append([main if index == 0 else f"{sub} {index}", purpose])
        for key in FIELDS[3:]:
            rows.append([words[key], _cell(getattr(activity, key))])
        rows.insert(2, [words["data_subjects"], _cell(activity.data_subjects)])
        sheets.append((f"{FICHE_TITLE[language]} {ref}", rows))
    return [(LIST_SHEET[language], listing), *sheets]
