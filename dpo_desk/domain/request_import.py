"""A register of requests kept in a spreadsheet, read into requests: columns mapped, rows checked.

Each row becomes a request or a problem saying why it cannot be read (the row number is the one the
spreadsheet shows). Nothing here writes: the service imports every readable row in one transaction.

Mapping file (JSON), what `dpo-desk import-requests --mapping M` reads and the window saves::

    {"format": "dpo-desk-import-mapping", "version": 1,
     "columns": {"received_on": "Date de réception", "rights": "Droit exercé", ...},
     "organisation": "IMV", "channel": "post"}
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..explained import QT_TRANSLATE_NOOP, Words
from .channels import Channel
from .right_keywords import normalise, suggest_rights
from .rights import Right
from .spreadsheet_dates import DateUnreadable, read_date
from .statuses import Status

MAPPING_FORMAT = "dpo-desk-import-mapping"


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str  # English; the window translates it
    required: bool
    headers: tuple[str, ...]  # normalised headings that name it, best first


FIELDS: tuple[Field, ...] = (
    Field(
        "reference", "Reference in the spreadsheet", False, ("reference", "ref", "n° de demande", "numero", "n°", "id")
    ),
    Field(
        "received_on",
        "Date received",
        True,
        ("date de reception", "recu le", "date de la demande", "date reception", "received", "date received", "date"),
    ),
    Field(
        "channel",
        QT_TRANSLATE_NOOP("Services", "Channel"),
        False,
        ("canal", "moyen de reception", "mode de reception", "channel", "via", "moyen"),
    ),
    Field(
        "rights",
        "Rights",
        True,
        (
            "droits exerces",
            "droit exerce",
            "droits",
            "droit",
            "type de demande",
            "nature de la demande",
            "rights",
            "right",
            "request type",
            "objet",
        ),
    ),
    Field("first_name", QT_TRANSLATE_NOOP("Services", "First name"), False, ("prenom", "first name", "given name")),
    Field(
        "last_name",
        QT_TRANSLATE_NOOP("Services", "Last name"),
        False,
        ("nom de famille", "nom", "last name", "surname", "family name"),
    ),
    Field(
        "full_name",
        "Full name",
        False,
        (
            "nom complet",
            "nom et prenom",
            "nom prenom",
            "demandeur",
            "personne concernee",
            "full name",
            "name",
            "requester",
        ),
    ),
    Field(
        "email",
        QT_TRANSLATE_NOOP("Services", "Email"),
        False,
        ("adresse email", "adresse e-mail", "email", "e-mail", "courriel", "mail"),
    ),
    Field(
        "address",
        QT_TRANSLATE_NOOP("Services", "Postal address"),
        False,
        ("adresse postale", "adresse", "postal address", "address"),
    ),
    Field(
        "customer_number",
        QT_TRANSLATE_NOOP("Services", "Customer number"),
        False,
        ("numero client", "n° client", "customer number", "client"),
    ),
    Field(
        "organisation",
        QT_TRANSLATE_NOOP("Services", "Organisation code"),
        False,
        ("organisation", "organisme", "societe", "entite", "company"),
    ),
    Field("status", QT_TRANSLATE_NOOP("Services", "Status"), False, ("statut", "etat", "status", "state")),
    Field(
        "answered_on",
        "Date answered",
        False,
        ("date de reponse", "repondu le", "date reponse", "reponse le", "answered", "date answered", "response date"),
    ),
    Field(
        "closed_on",
        QT_TRANSLATE_NOOP("Services", "Date closed"),
        False,
        ("date de cloture", "cloture le", "closed", "date closed"),
    ),
    Field(
        "extended",
        QT_TRANSLATE_NOOP("Services", "Extended"),
        False,
        ("prolongation", "prolonge", "extended", "extension"),
    ),
    Field(
        "extended_on",
        QT_TRANSLATE_NOOP("Services", "Date extended"),
        False,
        ("date de prolongation", "prolonge le", "date extended"),
    ),
    Field(
        "reason",
        QT_TRANSLATE_NOOP("Services", "Reason of a refusal"),
        False,
        ("motif", "motif du refus", "raison", "reason"),
    ),
    Field(
        "summary",
        "Request text",
        False,
        ("description", "demande", "detail", "commentaire", "commentaires", "observations", "notes", "text", "comment"),
    ),
    Field(
        "registered_mail_no",
        "Registered-mail number",
        False,
        ("n° recommande", "numero recommande", "recommande", "lettre recommandee", "lrar", "registered mail"),
    ),
    Field(
        "assignee",
        QT_TRANSLATE_NOOP("Services", "Assigned to"),
        False,
        ("attribue a", "traite par", "gestionnaire", "assignee", "handled by"),
    ),
)
FIELD_KEYS = tuple(f.key for f in FIELDS)
# The fields' names, for the translation catalogue (the window shows them in its language).
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Services", "Reference in the spreadsheet"),
    QT_TRANSLATE_NOOP("Services", "Date received"),
    QT_TRANSLATE_NOOP("Services", "Channel"),
    QT_TRANSLATE_NOOP("Services", "Rights"),
    QT_TRANSLATE_NOOP("Services", "First name"),
    QT_TRANSLATE_NOOP("Services", "Last name"),
    QT_TRANSLATE_NOOP("Services", "Full name"),
    QT_TRANSLATE_NOOP("Services", "Email"),
    QT_TRANSLATE_NOOP("Services", "Postal address"),
    QT_TRANSLATE_NOOP("Services", "Customer number"),
    QT_TRANSLATE_NOOP("Services", "Organisation code"),
    QT_TRANSLATE_NOOP("Services", "Status"),
    QT_TRANSLATE_NOOP("Services", "Date answered"),
    QT_TRANSLATE_NOOP("Services", "Date closed"),
    QT_TRANSLATE_NOOP("Services", "Extended"),
    QT_TRANSLATE_NOOP("Services", "Date extended"),
    QT_TRANSLATE_NOOP("Services", "Reason of a refusal"),
    QT_TRANSLATE_NOOP("Services", "Request text"),
    QT_TRANSLATE_NOOP("Services", "Registered-mail number"),
    QT_TRANSLATE_NOOP("Services", "Assigned to"),
)


class MappingError(ValueError):
    """A mapping that cannot be used; str() says why."""


@dataclass(frozen=True)
class Mapping:
    """Which column holds each field (by heading), the organisation and channel when a row does not say."""

    columns: dict[str, str] = field(default_factory=dict)
    organisation: str | None = None
    channel: Channel = Channel.POST

    def as_json(self) -> dict[str, Any]:
        return {
            "format": MAPPING_FORMAT,
            "version": 1,
            "columns": dict(self.columns),
            "organisation": self.organisation,
            "channel": self.channel.value,
        }

    @classmethod
    def from_json(cls, data: Any) -> Mapping:
        if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
            raise MappingError(f"This is not a DPO Desk import mapping (its 'format' must be '{MAPPING_FORMAT}').")
        columns = data.get("columns")
        if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
            raise MappingError("The mapping needs 'columns': each field's column heading.")
        unknown = sorted(set(columns) - set(FIELD_KEYS))
        if unknown:
            raise MappingError(f"Unknown fields in the mapping: {', '.join(unknown)}. Known: {', '.join(FIELD_KEYS)}.")
        try:
            channel = Channel(data.get("channel") or "post")
        except ValueError:
            raise MappingError(f"Unknown channel {data.get('channel')!r} in the mapping.") from None
        organisation = data.get("organisation")
        return cls(dict(columns), organisation if isinstance(organisation, str) and organisation else None, channel)

    def missing(self, headers: Sequence[str]) -> list[str]:
        """Required fields without a column, and columns the mapping names that the sheet lacks."""
        problems: list[str] = [
            Words(QT_TRANSLATE_NOOP("Services", "{field}: no column"), field=f.label)
            for f in FIELDS
            if f.required and f.key not in self.columns
        ]
        if not any(k in self.columns for k in ("first_name", "last_name", "full_name", "email")):
            problems.append(
                Words(QT_TRANSLATE_NOOP("Services", "Who the request is from: map a name or an email column"))
            )
        present = set(headers)
        problems += [
            f"{key}: the column “{col}” is not in the sheet" for key, col in self.columns.items() if col not in present
        ]
        return problems


def guess_mapping(headers: Sequence[str], channel: Channel = Channel.POST) -> Mapping:
    """The columns whose heading names a field, each column used once (exact headings first)."""
    plain = [normalise(h).strip(" :*") for h in headers]
    chosen: dict[str, str] = {}
    used: set[int] = set()
    for exact in (True, False):
        for f in FIELDS:
            if f.key in chosen:
                continue
            for wanted in f.headers:
                hit = next(
                    (
                        i
                        for i, h in enumerate(plain)
                        if i not in used and h and (h == wanted if exact else re.search(rf"\b{re.escape(wanted)}\b", h))
                    ),
                    None,
                )
                if hit is not None:
                    chosen[f.key] = headers[hit]
                    used.add(hit)
                    break
    return Mapping(chosen, None, channel)


CHANNEL_WORDS: tuple[tuple[Channel, tuple[str, ...]], ...] = (
    (Channel.EMAIL, ("email", "e-mail", "courriel", "mail", "messagerie")),
    (Channel.WEB_FORM, ("formulaire", "web", "site", "en ligne", "internet", "form", "online")),
    (Channel.PHONE, ("telephone", "tel", "phone", "appel")),
    (Channel.IN_PERSON, ("en personne", "sur place", "accueil", "guichet", "in person", "visite")),
    (Channel.POST, ("courrier", "postal", "poste", "lettre", "lrar", "recommande", "post", "letter")),
)
RIGHT_WORDS: tuple[tuple[Right, tuple[str, ...]], ...] = (
    (Right.ACCESS, ("acces", "access", "copie", "dsar", "sar", "art. 15", "article 15")),
    (Right.RECTIFICATION, ("rectification", "rectifier", "correction", "rectification", "art. 16")),
    (Right.ERASURE, ("effacement", "suppression", "oubli", "erasure", "deletion", "art. 17")),
    (Right.RESTRICTION, ("limitation", "restriction", "art. 18")),
    (Right.PORTABILITY, ("portabilite", "portability", "art. 20")),
    (Right.OBJECTION, ("opposition", "objection", "desinscription", "art. 21")),
    (Right.CONSENT_WITHDRAWAL, ("retrait du consentement", "retrait", "consentement", "withdrawal", "consent")),
    (Right.AUTOMATED_DECISION, ("decision automatisee", "profilage", "automated", "art. 22")),
    (Right.POST_MORTEM, ("post mortem", "post-mortem", "deces", "heritier", "directives")),
)
STATUS_WORDS: tuple[tuple[Status, tuple[str, ...]], ...] = (
    (Status.PARTIALLY_REFUSED, ("refus partiel", "partiellement refuse", "partially refused", "partial refusal")),
    (Status.REFUSED, ("refuse", "refus", "rejete", "irrecevable", "refused", "rejected")),
    (Status.WITHDRAWN, ("retire", "abandon", "desiste", "withdrawn")),
    (Status.CLOSED, ("clos", "cloture", "termine", "archive", "closed", "done", "finished")),
    (Status.ANSWERED, ("repondu", "traite", "reponse envoyee", "answered", "replied", "completed")),
    (Status.AWAITING_IDENTITY, ("attente identite", "identite", "awaiting identity")),
    (Status.AWAITING_CLARIFICATION, ("attente precision", "precision", "clarification")),
    (Status.IN_PROGRESS, ("en cours", "a traiter", "ouvert", "nouveau", "in progress", "open", "new", "pending")),
    (Status.RECEIVED, ("recu", "received")),
)
FINAL = frozenset({Status.ANSWERED, Status.REFUSED, Status.PARTIALLY_REFUSED, Status.WITHDRAWN, Status.CLOSED})
YES = {"oui", "o", "yes", "y", "x", "vrai", "true", "1", "prolonge", "extended"}
NO = {"non", "n", "no", "faux", "false", "0", ""}


def _words_match(plain: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<![a-z0-9]){re.escape(w)}", plain) for w in words)


def read_channel(text: str, default: Channel) -> Channel:
    plain = normalise(text).strip()
    if not plain:
        return default
    for value in Channel:
        if plain == value.value:
            return value
    for channel, words in CHANNEL_WORDS:
        if _words_match(plain, words):
            return channel
    raise ValueError(
        Words(
            QT_TRANSLATE_NOOP(
                "Services", "channel “{text}” is not one DPO Desk knows (post, email, web form, telephone, in person)"
            ),
            text=text,
        )
    )


def read_rights(text: str) -> list[Right]:
    plain = normalise(text)
    found = {r for r in Right if re.search(rf"\b{r.value}\b", plain.replace(" ", "_"))}
    found |= {right for right, words in RIGHT_WORDS if _words_match(plain, words)}
    found |= set(suggest_rights(text))
    if not found:
        raise ValueError(
            Words(
                QT_TRANSLATE_NOOP(
                    "Services", "“{text}” names no right DPO Desk knows (accès, effacement, rectification, opposition…)"
                ),
                text=text,
            )
        )
    return [r for r in Right if r in found]


def read_status(text: str) -> Status | None:
    plain = normalise(text).strip()
    if not plain:
        return None
    for value in Status:
        if plain.replace(" ", "_") == value.value:
            return value
    for status, words in STATUS_WORDS:
        if _words_match(plain, words):
            return status
    raise ValueError(
        Words(
            QT_TRANSLATE_NOOP(
                "Services", "status “{text}” is not one DPO Desk knows (en cours, répondu, refusé, clôturé…)"
            ),
            text=text,
        )
    )


def read_yes_no(text: str) -> bool:
    plain = normalise(text).strip()
    if plain in YES:
        return True
    if plain in NO:
        return False
    raise ValueError(Words(QT_TRANSLATE_NOOP("Services", "“{text}” is neither yes nor no"), text=text))


@dataclass(frozen=True)
class RowRequest:
    """A readable row: what the service logs."""

    row: int
    reference: str
    received_on: date
    channel: Channel
    rights: tuple[Right, ...]
    first_name: str = ""
    last_name: str = ""
    emails: tuple[str, ...] = ()
    address: str = ""
    identifiers: dict[str, str] = field(default_factory=dict)
    organisation: str | None = None
    status: Status = Status.RECEIVED
    answered_on: date | None = None
    closed_on: date | None = None
    extended: bool = False
    extended_on: date | None = None
    reason: str = ""
    summary: str = ""
    registered_mail_no: str = ""
    assignee: str = ""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A row that cannot be imported, with each reason (English str; Words the window translates)."""

    row: int
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


RECEIVED = QT_TRANSLATE_NOOP("Services", "date received")
ANSWERED = QT_TRANSLATE_NOOP("Services", "date answered")
CLOSED = QT_TRANSLATE_NOOP("Services", "date closed")
EXTENDED_ON = QT_TRANSLATE_NOOP("Services", "date extended")
EXTENDED = QT_TRANSLATE_NOOP("Services", "extended")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split()) if not isinstance(value, str) else value.strip()


def _split_name(full: str) -> tuple[str, str]:
    """ "DUPONT Jean" or "Jean Dupont" into (first, last): a word in capitals is the surname."""
    words = full.split()
    capitals = [w for w in words if w.isupper() and len(w) > 1]
    if capitals and len(capitals) < len(words):
        return " ".join(w for w in words if w not in capitals), " ".join(capitals)
    if len(words) > 1:
        return " ".join(words[:-1]), words[-1]
    return "", full


def read_row(number: int, cells: dict[str, object], mapping: Mapping, *, today: date) -> RowRequest | RowProblem:
    """One spreadsheet row (cells by field key) as a request, or the first reason it cannot be one."""
    problems: list[str] = []

    def day(key: str, label: str) -> date | None:
        try:
            value = read_date(cells.get(key))
        except DateUnreadable as exc:
            problems.append(Words(QT_TRANSLATE_NOOP("Services", "{label}: {why}"), label=label, why=exc.args[0]))
            return None
        if value is not None and value > today:
            problems.append(
                Words(QT_TRANSLATE_NOOP("Services", "{label} {day} is in the future"), label=label, day=value)
            )
        return value

    received = day("received_on", RECEIVED)
    if received is None and not problems:
        problems.append(Words(QT_TRANSLATE_NOOP("Services", "no date received")))
    answered = day("answered_on", ANSWERED)
    closed = day("closed_on", CLOSED)
    extended_on = day("extended_on", EXTENDED_ON)
    rights: list[Right] = []
    try:
        rights = read_rights(_text(cells.get("rights")))
    except ValueError as exc:
        problems.append(
            exc.args[0] if _text(cells.get("rights")) else Words(QT_TRANSLATE_NOOP("Services", "no right named"))
        )
    channel = mapping.channel
    try:
        channel = read_channel(_text(cells.get("channel")), mapping.channel)
    except ValueError as exc:
        problems.append(exc.args[0])
    status: Status | None = None
    try:
        status = read_status(_text(cells.get("status")))
    except ValueError as exc:
        problems.append(exc.args[0])
    extended_cell = cells.get("extended")
    extended = extended_on is not None
    if _text(extended_cell):
        as_date = None if isinstance(extended_cell, int | float) else read_date_or_none(extended_cell)
        if as_date is not None:
            extended, extended_on = True, extended_on or as_date
        else:
            try:
                extended = read_yes_no(_text(extended_cell)) or extended
            except ValueError as exc:
                problems.append(Words(QT_TRANSLATE_NOOP("Services", "{label}: {why}"), label=EXTENDED, why=exc.args[0]))
    first, last = _text(cells.get("first_name")), _text(cells.get("last_name"))
    if not (first or last) and _text(cells.get("full_name")):
        first, last = _split_name(_text(cells.get("full_name")))
    emails = tuple(e for e in re.split(r"[;,\s]+", _text(cells.get("email")).lower()) if e)
    for email in emails:
        if not _EMAIL.match(email):
            problems.append(Words(QT_TRANSLATE_NOOP("Services", "“{email}” is not an email address"), email=email))
    if not (first or last or emails):
        problems.append(Words(QT_TRANSLATE_NOOP("Services", "no name and no email: who is the request from?")))
    if status is None:
        status = Status.CLOSED if closed else Status.ANSWERED if answered else Status.RECEIVED
    if status in FINAL and answered is None and closed is None:
        problems.append(
            Words(
                QT_TRANSLATE_NOOP("Services", "“{status}” is an answer: give the date answered (or closed)"),
                status=_text(cells.get("status")),
            )
        )
    for label, value in ((ANSWERED, answered), (CLOSED, closed), (EXTENDED_ON, extended_on)):
        if received is not None and value is not None and value < received:
            problems.append(
                Words(
                    QT_TRANSLATE_NOOP("Services", "{label} {day} is before the date received {received}"),
                    label=label,
                    day=value,
                    received=received,
                )
            )
    if problems:
        return RowProblem(number, tuple(problems))
    assert received is not None
    customer = _text(cells.get("customer_number"))
    return RowRequest(
        row=number,
        reference=_text(cells.get("reference")),
        received_on=received,
        channel=channel,
        rights=tuple(rights),
        first_name=first,
        last_name=last,
        emails=emails,
        address=str(cells.get("address") or "").strip(),
        identifiers={"customer": customer} if customer else {},
        organisation=_text(cells.get("organisation")).upper() or mapping.organisation,
        status=status,
        answered_on=answered,
        closed_on=closed,
        extended=extended,
        extended_on=extended_on,
        reason=_text(cells.get("reason")),
        summary=str(cells.get("summary") or "").strip(),
        registered_mail_no=_text(cells.get("registered_mail_no")),
        assignee=_text(cells.get("assignee")),
    )


def read_date_or_none(value: object) -> date | None:
    try:
        return read_date(value)
    except DateUnreadable:
        return None


def read_rows(
    headers: Sequence[str], rows: Sequence[Sequence[object]], mapping: Mapping, *, today: date, first_row: int = 2
) -> list[RowRequest | RowProblem]:
    """Every non-empty row, numbered as the spreadsheet shows it (the heading is row first_row - 1)."""
    index = {h: i for i, h in reversed(list(enumerate(headers)))}
    positions = {key: index[col] for key, col in mapping.columns.items() if col in index}
    results: list[RowRequest | RowProblem] = []
    for offset, row in enumerate(rows):
        if not any(_text(v) for v in row):
            continue
        cells = {key: (row[i] if i < len(row) else None) for key, i in positions.items()}
        results.append(read_row(first_row + offset, cells, mapping, today=today))
    return results
