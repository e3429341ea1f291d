"""The register of requests for an inspection or a complaint (accountability, Art. 5(2)): one row per request.

What was asked, how it arrived, what was done and when: identity steps, pauses, the extension and its
notice, the decision, every letter with its dates and registered-mail number, the time taken to
answer and whether it was on time. Names only when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from ..domain.channels import Channel
from ..domain.letters import LetterKind
from ..domain.rights import Right
from ..storage.models import Event, Letter, Organisation, Pause, Person, Request, RequestRight
from .organisations import get_organisation

STREAM_BATCH = 1000  # rows fetched at a time from each query
RESPONSES = ("answered", "refused", "partially_refused")
COLUMNS = (
    "reference",
    "organisation",
    "name",
    "channel",
    "received",
    "incoming_registered_mail",
    "rights",
    "identity",
    "pauses",
    "paused_days",
    "extended",
    "extension_decided",
    "extension_notice_sent",
    "due",
    "deadline",
    "decision",
    "decided",
    "letters",
    "registered_mail",
    "acknowledgements",
    "days_to_answer",
    "on_time",
)
HEADINGS = {
    "en": {
        "reference": "Reference",
        "organisation": "Organisation",
        "name": "Data subject",
        "channel": "Channel",
        "received": "Received",
        "incoming_registered_mail": "Registered mail received",
        "rights": "Rights",
        "identity": "Identity steps",
        "pauses": "Pauses",
        "paused_days": "Days paused",
        "extended": "Extended",
        "extension_decided": "Extension decided",
        "extension_notice_sent": "Extension notice sent",
        "due": "Due (one month)",
        "deadline": "Deadline",
        "decision": "Decision",
        "decided": "Answered on",
        "letters": "Letters (written; sent)",
        "registered_mail": "Registered-mail numbers of letters",
        "acknowledgements": "Acknowledgements of receipt",
        "days_to_answer": "Days to answer",
        "on_time": "On time",
    },
    "fr": {
        "reference": "Référence",
        "organisation": "Organisme",
        "name": "Personne concernée",
        "channel": "Canal",
        "received": "Reçue le",
        "incoming_registered_mail": "Recommandé reçu",
        "rights": "Droits",
        "identity": "Vérification d’identité",
        "pauses": "Suspensions",
        "paused_days": "Jours suspendus",
        "extended": "Prolongée",
        "extension_decided": "Prolongation décidée le",
        "extension_notice_sent": "Notification de prolongation envoyée le",
        "due": "Échéance (un mois)",
        "deadline": "Échéance retenue",
        "decision": "Décision",
        "decided": "Répondu le",
        "letters": "Courriers (rédigé ; envoyé)",
        "registered_mail": "N° de recommandé des courriers",
        "acknowledgements": "Avis de réception",
        "days_to_answer": "Délai de réponse (jours)",
        "on_time": "Dans les délais",
    },
}
STATUS_WORDS = {
    "en": {
        "received": "Received",
        "awaiting_identity": "Awaiting identity",
        "awaiting_clarification": "Awaiting clarification",
        "in_progress": "In progress",
        "answered": "Answered",
        "refused": "Refused",
        "partially_refused": "Partially refused",
        "withdrawn": "Withdrawn",
        "closed": "Closed",
        "logged_in_error": "Logged in error",
    },
    "fr": {
        "received": "Reçue",
        "awaiting_identity": "En attente d’identité",
        "awaiting_clarification": "En attente de précisions",
        "in_progress": "En cours",
        "answered": "Répondue",
        "refused": "Refusée",
        "partially_refused": "Refusée en partie",
        "withdrawn": "Retirée",
        "closed": "Clôturée",
        "logged_in_error": "Enregistrée par erreur",
    },
}
WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "yes": "yes",
        "no": "no",
        "late": "late",
        "overdue": "no (still open, overdue)",
        "open": "",
        "identity": {
            "identity_requested": "asked",
            "identity_received": "proof received",
            "identity_verified": "verified",
            "identity_failed": "not verified",
        },
        "sent": "sent",
        "not_sent": "not sent",
        "pause": {"identity": "identity", "clarification": "clarification"},
        "late_pause": "asked late: not counted",
        "running": "running",
    },
    "fr": {
        "yes": "oui",
        "no": "non",
        "late": "en retard",
        "overdue": "non (ouverte, échéance dépassée)",
        "open": "",
        "identity": {
            "identity_requested": "demandée",
            "identity_received": "justificatif reçu",
            "identity_verified": "vérifiée",
            "identity_failed": "non vérifiée",
        },
        "sent": "envoyé",
        "not_sent": "non envoyé",
        "pause": {"identity": "identité", "clarification": "précisions"},
        "late_pause": "demandée tardivement : non décomptée",
        "running": "en cours",
    },
}


@dataclass(frozen=True)
class RegisterOfRequests:
    headings: list[str]
    rows: list[list[Any]]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def acknowledgement_date(letter: Letter) -> date | None:
    """When the registered letter's acknowledgement of receipt was signed, if recorded."""
    for name in ("ar_signed_on", "acknowledged_on", "receipt_signed_on"):
        value = getattr(letter, name, None)
        if isinstance(value, date):
            return value
    return None


class _Side:
    """The rows of one side query, in the requests' order, handed out request by request.

    Each side query joins the requests with the same conditions and the same order, so the rows of
    one request come together and in step with it: no id list is passed, whatever the number of rows.
    """

    def __init__(self, rows: Iterable[Any]) -> None:
        self._rows = iter(rows)
        self._next = next(self._rows, None)

    def take(self, request_id: int) -> list[Any]:
        taken = []
        while self._next is not None and self._next[0] == request_id:
            taken.append(self._next)
            self._next = next(self._rows, None)
        return taken


def register_of_requests(
    session: Session,
    *,
    start: date,
    end: date,
    today: date,
    organisation_code: str | None = None,
    names: bool = False,
    language: str = "fr",
) -> RegisterOfRequests:
    """Every request received from `start` to `end` (both included), oldest first."""
    keys = [c for c in COLUMNS if names or c != "name"]
    rows = list(_register_rows(session, start, end, today, organisation_code, names, language, keys))
    return RegisterOfRequests([HEADINGS[language][k] for k in keys], rows)


def _register_rows(
    session: Session,
    start: date,
    end: date,
    today: date,
    organisation_code: str | None,
    names: bool,
    language: str,
    keys: list[str],
) -> Iterator[list[Any]]:
    """The register's rows, streamed: the requests and what goes with them, read side by side."""
    words, status_words = WORDS[language], STATUS_WORDS[language]
    conditions: list[ColumnElement[bool]] = [Request.received_on.between(start, end)]
    if organisation_code:
        conditions.append(Request.organisation_id == get_organisation(session, organisation_code).id)
    order = (Request.received_on, Request.id)

    def side(query: Select[*tuple[Any, ...]], request_id: Any, *then: Any) -> _Side:
        scoped = query.join(Request, request_id == Request.id).where(*conditions).order_by(*order, *then)
        return _Side(session.execute(scoped.execution_options(yield_per=STREAM_BATCH)))

    rights_of = side(select(RequestRight.request_id, RequestRight.right), RequestRight.request_id, RequestRight.right)
    pauses_of = side(select(Pause.request_id, Pause), Pause.request_id, Pause.id)
    events_of = side(select(Event.request_id, Event.kind, Event.details), Event.request_id, Event.seq)
    letters_of = side(select(Letter.request_id, Letter), Letter.request_id, Letter.id)
    requests = session.execute(
        select(Request, Organisation.code, Person)
        .join(Organisation, Request.organisation_id == Organisation.id)
        .join(Person, Request.person_id == Person.id)
        .where(*conditions)
        .order_by(*order)
        .execution_options(yield_per=STREAM_BATCH)
    )
    for request, organisation, person in requests:
        history = [(kind, details or {}) for _, kind, details in events_of.take(request.id)]
        request_letters: list[Letter] = [letter for _, letter in letters_of.take(request.id)]
        request_rights = [right for _, right in rights_of.take(request.id)]
        request_pauses: list[Pause] = [pause for _, pause in pauses_of.take(request.id)]
        identity = []
        for kind, details in history:
            if kind in words["identity"]:
                on = details.get("on", "")
                method = f" ({details['method'].replace('_', ' ')})" if details.get("method") else ""
                identity.append(f"{words['identity'][kind]} {_fr(on, language)}{method}".strip())
        pauses, paused_days = [], 0
        for pause in request_pauses:
            reason = words["pause"].get(pause.reason, pause.reason)
            end_text = _show(pause.ended_on, language) if pause.ended_on else words["running"]
            note = f" ({words['late_pause']})" if pause.late else ""
            pauses.append(f"{_show(pause.started_on, language)} → {end_text} {reason}{note}")
            if not pause.late:
                paused_days += ((pause.ended_on or today) - pause.started_on).days
        responded = next(
            (_day(d.get("on")) for kind, d in history if kind == "status_changed" and d.get("to") in RESPONSES), None
        )
        notice = next(
            (
                letter.sent_on
                for letter in request_letters
                if letter.kind == LetterKind.EXTENSION_NOTICE.value and letter.sent_on
            ),
            None,
        )
        letter_lines, numbers, acks = [], [], []
        for letter in request_letters:
            sent = (
                f"{words['sent']} {_show(letter.sent_on, language)} ({letter.sent_channel})"
                if letter.sent_on
                else words["not_sent"]
            )
            written = letter.created_at.date() if letter.created_at else None
            letter_lines.append(f"{letter.subject} {_show(written, language)}; {sent}")
            if letter.registered_mail_no:
                numbers.append(letter.registered_mail_no)
            ack = acknowledgement_date(letter)
            if ack is not None:
                acks.append(f"{letter.registered_mail_no or letter.kind}: {_show(ack, language)}")
        if responded is not None:
            on_time = words["yes"] if responded <= request.deadline_on else words["no"]
        elif request.is_open and request.paused_since is None and request.deadline_on < today:
            on_time = words["overdue"]
        else:
            on_time = words["open"]
        values = {
            "reference": request.reference,
            "organisation": organisation,
            "name": person.display_name if names else "",
            "channel": Channel(request.channel).label(language),
            "received": request.received_on,
            "incoming_registered_mail": request.registered_mail_no,
            "rights": ", ".join(Right(right).label(language) for right in request_rights),
            "identity": "; ".join(identity),
            "pauses": "; ".join(pauses),
            "paused_days": paused_days,
            "extended": words["yes"] if request.extended else words["no"],
            "extension_decided": request.extended_on,
            "extension_notice_sent": notice,
            "due": request.due_on,
            "deadline": request.deadline_on,
            "decision": status_words.get(request.status, request.status)
            + (f" — {request.status_reason}" if request.status_reason and names else ""),
            "decided": responded,
            "letters": "\n".join(letter_lines),
            "registered_mail": "\n".join(numbers),
            "acknowledgements": "\n".join(acks),
            "days_to_answer": (responded - request.received_on).days if responded else None,
            "on_time": on_time,
        }
        yield [values[k] for k in keys]


def _show(day: date | None, language: str) -> str:
    if day is None:
        return ""
    return day.strftime("%d/%m/%Y") if language == "fr" else day.isoformat()


def _fr(value: str, language: str) -> str:
    return _show(_day(value), language) if value else ""


WIDTHS = {
    "reference": 16,
    "organisation": 10,
    "name": 24,
    "channel": 14,
    "received": 12,
    "incoming_registered_mail": 18,
    "rights": 26,
    "identity": 32,
    "pauses": 34,
    "paused_days": 10,
    "extended": 10,
    "extension_decided": 14,
    "extension_notice_sent": 16,
    "due": 12,
    "deadline": 12,
    "decision": 22,
    "decided": 12,
    "letters": 48,
    "registered_mail": 22,
    "acknowledgements": 22,
    "days_to_answer": 10,
    "on_time": 16,
}


def register_file(register: RegisterOfRequests, filename: str, *, names: bool, language: str) -> bytes:
    """The register as XLSX (dates as dates, a frozen heading) or CSV (UTF-8, for any spreadsheet)."""
    from ..spreadsheets import Sheet, write

    keys = [c for c in COLUMNS if names or c != "name"]
    title = "Registre des demandes" if language == "fr" else "Register of requests"
    sheet = Sheet(title, [register.headings, *register.rows], [WIDTHS[k] for k in keys])
    return write([sheet], filename)
