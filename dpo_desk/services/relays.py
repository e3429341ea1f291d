"""Relays inside the company: the department in charge of a processing activity is asked, by email,
for the person's data, with an internal due date before the legal deadline.

Each relay has a token, written in its subject ("[DPO-R-7K2QX9PL]"): the reply that comes back into
the triage list is matched to its case by it (or by In-Reply-To), and logging that reply attaches
its files as extracts of the activity (CSV and JSON are read into the access report; other files
are kept as documents). A relay unanswered on its due date is reminded, once a day at most.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.delivery import Purpose, relay_due_date
from ..domain.letters import date_in_words
from ..domain.register import Activity
from ..storage.door import StorageDoor
from ..storage.models import InboxMessage, OutgoingMessage, ProcessingActivity, Relay, Request
from . import events
from .cases import FileInput, _attach, load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .matching import relay_token_tag
from .members import require_dpo
from .organisations import get_organisation
from .sending import EVIDENCE, _deliver, sending_mailbox

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

TEXT = {
    "fr": {
        "subject": "{tag} Demande de données personnelles — {reference} — réponse attendue le {due}",
        "reminder": "{tag} Rappel : demande de données personnelles — {reference} — attendue le {due}",
        "body": (
            "Bonjour,\n\n"
            "Dans le cadre d’une demande d’exercice de droits (RGPD) enregistrée sous la référence {reference}, "
            "pourriez-vous nous transmettre toutes les données que le traitement « {activity} » contient sur la "
            "personne suivante :\n\n"
            "{person}\n\n"
            "Merci de répondre à ce message, sans en changer l’objet, avant le {due}, en joignant un export CSV ou "
            "JSON des données (ou en indiquant qu’il n’y en a aucune). Le délai légal de réponse à la personne "
            "court jusqu’au {deadline}.\n\n"
            "Ces informations sont confidentielles : ne les transférez pas.\n\n"
            "{signatory}\n{organisation}\n"
        ),
    },
    "en": {
        "subject": "{tag} Request for personal data — {reference} — answer due on {due}",
        "reminder": "{tag} Reminder: request for personal data — {reference} — due on {due}",
        "body": (
            "Hello,\n\n"
            "For a data-protection rights request (GDPR) registered under the reference {reference}, please send "
            "us all the data the processing activity “{activity}” holds about this person:\n\n"
            "{person}\n\n"
            "Please reply to this message, keeping its subject, by {due}, attaching a CSV or JSON export of the "
            "data (or saying there is none). The legal deadline to answer the person is {deadline}.\n\n"
            "This information is confidential: do not forward it.\n\n"
            "{signatory}\n{organisation}\n"
        ),
    },
}


@dataclass(frozen=True, slots=True)
class RelayView:
    id: int
    activity: str
    contact: str
    asked_on: date
    due_on: date
    answered: bool
    reminded_on: date | None
    overdue: bool  # unanswered after its due date
    answered_at: datetime | None = None


def set_internal_contact(session: Session, organisation_code: str, activity: str, contact: str, *, user: str) -> None:
    """The department's address asked for the person's data in `activity` ("" removes it)."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change the register of processing activities"))
    org = get_organisation(session, organisation_code)
    row = session.scalar(
        select(ProcessingActivity).where(
            ProcessingActivity.organisation_id == org.id, ProcessingActivity.name == activity
        )
    )
    if row is None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Not in {code}'s register: {unknown}. Known: {known}."),
            code=org.code,
            unknown=activity,
            known=", ".join(
                session.scalars(select(ProcessingActivity.name).where(ProcessingActivity.organisation_id == org.id))
            ),
        )
    row.data = {**row.data, "internal_contact": contact.strip()}
    events.record(
        session,
        user=user,
        kind="internal_contact_set",
        details={"code": org.code, "activity": activity, "contact": contact.strip()},
    )


def _person(request: Request) -> str:
    person = request.person
    lines = [person.display_name, *person.emails]
    lines += [f"{k}: {v}" for k, v in sorted(person.identifiers.items())]
    return "\n".join(f"  {line}" for line in lines if line)


def _compose(request: Request, relay: Relay, mailbox, language: str, *, reminder: bool, message_id: str) -> bytes:  # type: ignore[no-untyped-def]
    import email.utils
    from email.message import EmailMessage

    from .sending import SMTP_POLICY

    org = request.organisation
    words = TEXT[language]
    values = {
        "tag": relay_token_tag(relay.token),
        "reference": request.reference,
        "due": date_in_words(relay.due_on, language),
        "deadline": date_in_words(request.deadline_on, language),
        "activity": relay.activity_name,
        "person": _person(request),
        "signatory": org.dpo_name or org.signatory_name or org.legal_name,
        "organisation": org.legal_name,
    }
    message = EmailMessage(policy=SMTP_POLICY)
    message["From"] = email.utils.formataddr((org.legal_name, mailbox.from_address))
    message["To"] = relay.contact
    message["Subject"] = (words["reminder"] if reminder else words["subject"]).format(**values)
    message["Date"] = email.utils.formatdate(localtime=True)
    message["Message-ID"] = message_id
    if reminder and relay.message_id:
        message["In-Reply-To"] = message["References"] = relay.message_id
    message.set_content(words["body"].format(**values))
    return message.as_bytes(policy=SMTP_POLICY)


@dataclass(frozen=True, slots=True)
class ToAsk:
    """A department *Ask the departments…* would email, and by when it is asked to answer."""

    activity: str
    contact: str
    due_on: date


def departments_to_ask(session: Session, reference: str, *, today: date) -> list[ToAsk]:
    """The ticked activities naming an internal contact, not asked yet for this request."""
    from .register import concerned

    request = load_request(session, reference)
    asked = set(session.scalars(select(Relay.activity_name).where(Relay.request_id == request.id)))
    due = relay_due_date(today, request.deadline_on)
    return [
        ToAsk(a.name, a.internal_contact, due)
        for a in concerned(session, reference)
        if a.internal_contact and a.name not in asked
    ]


def ask_departments(
    case: StorageDoor,
    reference: str,
    *,
    user: str,
    today: date,
    activities: list[str] | None = None,
    mailbox_password: str | None = None,
) -> list[RelayView]:
    """Email each ticked activity's internal contact (not yet asked) a dated request for the person's data."""
    import email.utils

    from .register import concerned

    with case.reader(orm=True) as reading:
        session = reading.orm
        require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "ask the departments for the person's data"))
        request = load_request(session, reference)
        if not request.is_open:
            raise ActionRefused(
                QT_TRANSLATE_NOOP("Services", "{reference} is closed: the departments are no longer asked."),
                reference=request.reference,
            )
        ticked: list[Activity] = concerned(session, reference)
        asked = set(session.scalars(select(Relay.activity_name).where(Relay.request_id == request.id)))
        wanted = [a for a in ticked if (activities is None or a.name in activities) and a.name not in asked]
        targets = [a for a in wanted if a.internal_contact]
        if not targets:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{reference}: no ticked activity names an internal contact not yet asked. Name one in the "
                    "register (File → Register of processing activities, or dpo-desk register contact ACTIVITY "
                    "ADDRESS).",
                ),
                reference=request.reference,
            )
        mailbox = sending_mailbox(session, request.organisation)
        session.expunge(mailbox)
        request_id, language = request.id, request.organisation.letter_language
    for activity in targets:
        relay = Relay(
            request_id=request_id,
            activity_name=activity.name,
            contact=activity.internal_contact,
            token="".join(secrets.choice(ALPHABET) for _ in range(8)),
            asked_on=today,
            due_on=today,
        )
        message_id = email.utils.make_msgid(idstring="dpodesk-relay", domain=mailbox.from_address.rpartition("@")[2])
        with case.reader(orm=True) as reading:
            session = reading.orm
            asked_for = session.get(Request, request_id)
            assert asked_for is not None
            relay.due_on = relay_due_date(today, asked_for.deadline_on)
            message = _compose(asked_for, relay, mailbox, language, reminder=False, message_id=message_id)
        _deliver(mailbox, relay.contact, message, mailbox_password)  # SendFailed in words: not recorded
        relay.message_id = message_id
        _record(case, relay, mailbox, message, message_id, Purpose.RELAY, user=user, today=today, new=True)
    with case.reader(orm=True) as reading:
        session = reading.orm
        return relays_of(session, reference, today=today)


def _record(case, relay, mailbox, message, message_id, purpose, *, user, today, new) -> None:  # type: ignore[no-untyped-def]
    with case.unit_of_work() as session:
        if new:
            session.add(relay)
            session.flush()
        else:
            relay = session.get(Relay, relay.id)
            relay.reminded_on = today
        request = session.get(Request, relay.request_id)
        evidence = _attach(
            session,
            request,
            FileInput(f"{request.reference}-relay-{relay.token}-{today.isoformat()}.eml", message, EVIDENCE),
            user=user,
        )
        session.add(
            OutgoingMessage(
                request_id=request.id,
                purpose=purpose.value,
                mailbox_id=mailbox.id,
                message_id=message_id,
                recipients=relay.contact,
                subject="",
                sent_at=events.now(session),
                sent_by=user,
                size=len(message),
                evidence_id=evidence.id,
                encrypted=False,
                password_via="",
                password="",
                bounce_reason="",
            )
        )
        events.record(
            session,
            user=user,
            kind="relay_sent" if new else "relay_reminded",
            request=request,
            details={
                "activity": relay.activity_name,
                "contact": relay.contact,
                "due_on": relay.due_on.isoformat(),
                "message_id": message_id,
            },
        )


def remind_relays(
    case: StorageDoor, *, user: str, today: date, reference: str | None = None, mailbox_password: str | None = None
) -> int:
    """Remind every relay unanswered on or after its due date (of one request, with `reference`),
    once a day at most; how many were."""
    import email.utils

    with case.reader(orm=True) as reading:
        session = reading.orm
        query = (
            select(Relay)
            .join(Request, Request.id == Relay.request_id)
            .where(
                Relay.answered_at.is_(None),
                Relay.due_on <= today,
                Request.is_open.is_(True),
                (Relay.reminded_on.is_(None)) | (Relay.reminded_on < today),
            )
        )
        if reference is not None:
            query = query.where(Relay.request_id == load_request(session, reference).id)
        due = session.scalars(query).all()
        work = []
        for relay in due:
            request = session.get(Request, relay.request_id)
            assert request is not None  # a relay belongs to a request (foreign key)
            mailbox = sending_mailbox(session, request.organisation)
            message_id = email.utils.make_msgid(
                idstring="dpodesk-relay", domain=mailbox.from_address.rpartition("@")[2]
            )
            message = _compose(request, relay, mailbox, request.organisation.letter_language, reminder=True,
                               message_id=message_id)  # fmt: skip
            session.expunge(mailbox)
            work.append((relay, mailbox, message, message_id))
        session.expunge_all()
    for relay, mailbox, message, message_id in work:
        _deliver(mailbox, relay.contact, message, mailbox_password)
        _record(case, relay, mailbox, message, message_id, Purpose.RELAY_REMINDER, user=user, today=today, new=False)
    return len(work)


def relays_of(session: Session, reference: str, *, today: date) -> list[RelayView]:
    request = load_request(session, reference)
    rows = session.scalars(select(Relay).where(Relay.request_id == request.id).order_by(Relay.id))
    return [
        RelayView(
            r.id,
            r.activity_name,
            r.contact,
            r.asked_on,
            r.due_on,
            r.answered_at is not None,
            r.reminded_on,
            r.answered_at is None and r.due_on < today,
            r.answered_at,
        )
        for r in rows
    ]


def attach_reply(session: Session, item: InboxMessage, *, user: str) -> str:
    """The department answered: its files become extracts of the activity; the relay is answered.
    Returns the case reference."""
    from .email_worker import parse_email

    relay = session.get(Relay, item.relay_id)
    assert relay is not None
    request = session.get(Request, relay.request_id)
    assert request is not None
    draft = parse_email(item.raw)
    stem = relay.activity_name.replace("/", "-")
    for attachment in draft.attachments:
        readable = attachment.filename.lower().endswith((".csv", ".json"))
        _attach(
            session,
            request,
            FileInput(f"{stem} - {attachment.filename}", attachment.data, "extract" if readable else "document"),
            user=user,
        )
    _attach(session, request, FileInput(f"{stem} - reply.eml", item.raw, "email"), user=user)
    relay.answered_at = events.now(session)
    relay.answer_item_id = item.id
    events.record(
        session,
        user=user,
        kind="relay_answered",
        request=request,
        details={"activity": relay.activity_name, "contact": relay.contact, "files": len(draft.attachments)},
    )
    return request.reference
