"""Recording what was decided and done to answer a request, and reading it back as the facts letters state.

Each decision is recorded once per (kind, subject), replaced when decided again, and each is in the
history. Only a DPO records decisions that refuse or keep something (erasure kept items, an objection
overridden, Art. 12(5)).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.letter_facts import (
    AutomatedDecision,
    CaseFacts,
    ErasureDecision,
    ExtractReason,
    ExtractSource,
    FactKind,
    ObjectionDecision,
    ObjectionKind,
    Recipient,
    RecipientNotice,
    RestrictionLift,
    UnfoundedDecision,
    automated_from_json,
    erasure_from_json,
    is_portable_basis,
    objection_from_json,
    recipient_from_json,
    unfounded_from_json,
)
from ..storage.models import AnswerFact, Attachment, DoNotContact, Event, Organisation, Request
from . import events
from .cases import load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .members import require_dpo
from .register import concerned


def _put(session: Session, request: Request, kind: FactKind, subject: str, data: dict[str, Any], *, user: str) -> None:
    row = session.scalar(
        select(AnswerFact).where(
            AnswerFact.request_id == request.id, AnswerFact.kind == kind.value, AnswerFact.subject == subject
        )
    )
    if row is None:
        row = AnswerFact(request_id=request.id, kind=kind.value, subject=subject)
        session.add(row)
    row.data, row.recorded_at, row.recorded_by = data, events.now(session), user
    # The history names what was decided (kinds, dates, grounds), never the free text: that is in the fact.
    procedural = {
        k: v
        for k, v in data.items()
        if k
        in (
            "on",
            "checked_on",
            "ground",
            "kind",
            "outcome",
            "exists",
            "notified_on",
            "exception",
            "fee_cents",
            "activity",
        )
    }
    events.record(
        session, user=user, kind=f"answer_{kind.value}", request=request, details={"subject": subject, **procedural}
    )


def _facts(session: Session, request: Request) -> dict[tuple[str, str], dict[str, Any]]:
    rows = session.execute(
        select(AnswerFact.kind, AnswerFact.subject, AnswerFact.data).where(AnswerFact.request_id == request.id)
    )
    return {(kind, subject): data for kind, subject, data in rows}


def _ticked(session: Session, reference: str, activity: str) -> None:
    names = [a.name for a in concerned(session, reference)]
    if activity not in names:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{activity} is not ticked for {reference}. Ticked: {ticked}."),
            activity=activity,
            reference=reference,
            ticked=", ".join(names) or "-",
        )


def record_extract_reason(
    session: Session, reference: str, activity: str, *, reason: str, checked_on: date, user: str, today: date
) -> None:
    """Why a ticked activity has no extract, e.g. "no data about this person in the CRM", checked on a day."""
    request = load_request(session, reference)
    _ticked(session, request.reference, activity)
    if len(reason.strip()) < 5:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Say why there is no extract, e.g. no data about this person in the CRM.")
        )
    if checked_on > today or checked_on < request.received_on:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services", "The check was made between the day the request was received ({received}) and today."
            ),
            received=request.received_on.isoformat(),
        )
    _put(
        session,
        request,
        FactKind.EXTRACT_REASON,
        activity,
        {"reason": reason.strip(), "checked_on": checked_on.isoformat()},
        user=user,
    )


def record_extract_source(
    session: Session, reference: str, extract: str, activity: str, *, provided_by_person: bool, user: str
) -> None:
    """Which ticked activity an extract comes from, and whether the person provided that data (Art. 20)."""
    request = load_request(session, reference)
    _ticked(session, request.reference, activity)
    if extract not in _extract_names(session, request):
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{reference} has no extract named {name}. Extracts: {names}."),
            reference=request.reference,
            name=extract,
            names=", ".join(_extract_names(session, request)) or "-",
        )
    _put(
        session,
        request,
        FactKind.EXTRACT_SOURCE,
        extract,
        {"activity": activity, "provided_by_person": provided_by_person},
        user=user,
    )


def record_erasure(session: Session, reference: str, decision: ErasureDecision, *, user: str) -> None:
    request = load_request(session, reference)
    if decision.kept:  # keeping is a partial refusal (Art. 12(4))
        require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "decide to keep data despite an erasure request"))
    _put(session, request, FactKind.ERASURE, "", decision.as_json(), user=user)


def record_objection(session: Session, reference: str, decision: ObjectionDecision, *, user: str, today: date) -> None:
    """The objection and its outcome; an objection to direct marketing puts the person on the list."""
    from ..domain.letter_facts import ObjectionOutcome

    request = load_request(session, reference)
    if decision.outcome is ObjectionOutcome.CONTINUES:
        require_dpo(
            session, user, QT_TRANSLATE_NOOP("Services", "decide that processing continues despite an objection")
        )
    _put(session, request, FactKind.OBJECTION, "", decision.as_json(), user=user)
    if decision.kind is ObjectionKind.DIRECT_MARKETING:
        _do_not_contact(session, request, today=decision.on or today)


def _do_not_contact(session: Session, request: Request, *, today: date) -> None:
    person = request.person
    row = session.scalar(
        select(DoNotContact).where(
            DoNotContact.organisation_id == request.organisation_id, DoNotContact.reference == request.reference
        )
    )
    if row is None:
        row = DoNotContact(organisation_id=request.organisation_id, reference=request.reference, since=today)
        session.add(row)
    row.name = person.display_name
    row.email = ", ".join(person.emails)
    row.postal_address = ", ".join(line.strip() for line in person.postal_address.splitlines() if line.strip())


def do_not_contact_csv(session: Session, organisation_code: str | None) -> tuple[str, int]:
    """The organisation's do-not-contact list as CSV for the marketing tool, and how many people it holds."""
    from .organisations import get_organisation

    org: Organisation = get_organisation(session, organisation_code)
    rows = session.scalars(
        select(DoNotContact).where(DoNotContact.organisation_id == org.id).order_by(DoNotContact.since, DoNotContact.id)
    ).all()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["name", "email", "postal_address", "since", "reference"])
    for row in rows:
        writer.writerow([row.name, row.email, row.postal_address, row.since.isoformat(), row.reference])
    return out.getvalue(), len(rows)


def recipients(session: Session, reference: str) -> list[Recipient]:
    """The recipients named by the register for the ticked activities (Art. 19), in register order."""
    found: dict[str, list[str]] = {}
    for activity in concerned(session, reference):
        for name in activity.recipients:
            found.setdefault(name, []).append(activity.name)
    return [Recipient(name, tuple(names)) for name, names in found.items()]


def record_recipient_notice(session: Session, reference: str, notice: RecipientNotice, *, user: str) -> None:
    request = load_request(session, reference)
    names = [r.name for r in recipients(session, request.reference)]
    if notice.recipient not in names:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} is not a recipient of the activities ticked for {reference}. Recipients: {names}.",
            ),
            name=notice.recipient,
            reference=request.reference,
            names="; ".join(names) or "-",
        )
    _put(session, request, FactKind.RECIPIENT, notice.recipient, notice.as_json(), user=user)


def record_recipients_asked(session: Session, reference: str, asked: bool, *, user: str) -> None:
    """The person asked who the recipients are: the letters list them (Art. 19, last sentence)."""
    request = load_request(session, reference)
    _put(session, request, FactKind.RECIPIENTS_ASKED, "", {"asked": asked}, user=user)


def record_unfounded(session: Session, reference: str, decision: UnfoundedDecision, *, user: str) -> None:
    require_dpo(
        session, user, QT_TRANSLATE_NOOP("Services", "decide that a request is manifestly unfounded or excessive")
    )
    request = load_request(session, reference)
    _put(session, request, FactKind.UNFOUNDED, "", decision.as_json(), user=user)


def record_automated(session: Session, reference: str, decision: AutomatedDecision, *, user: str) -> None:
    request = load_request(session, reference)
    _put(session, request, FactKind.AUTOMATED, "", decision.as_json(), user=user)


def record_restriction_lift(session: Session, reference: str, lift: RestrictionLift, *, user: str) -> None:
    request = load_request(session, reference)
    _put(session, request, FactKind.RESTRICTION_LIFT, "", {"on": lift.on.isoformat(), "reason": lift.reason}, user=user)


def _extract_names(session: Session, request: Request) -> list[str]:
    return list(
        session.scalars(
            select(Attachment.filename)
            .where(Attachment.request_id == request.id, Attachment.kind == "extract", Attachment.destroyed_at.is_(None))
            .order_by(Attachment.id)
        )
    )


def case_facts(session: Session, reference: str) -> CaseFacts:
    """Everything recorded for the case that its letters may state."""
    request = load_request(session, reference)
    stored = _facts(session, request)
    ticked = concerned(session, request.reference)
    facts = CaseFacts(activities=[a.name for a in ticked], extracts=_extract_names(session, request))
    for (kind, subject), data in stored.items():
        if kind == FactKind.EXTRACT_REASON and subject in facts.activities:
            facts.extract_reasons[subject] = ExtractReason(
                subject, data["reason"], date.fromisoformat(data["checked_on"])
            )
        elif kind == FactKind.EXTRACT_SOURCE and subject in facts.extracts:
            facts.extract_sources[subject] = ExtractSource(subject, data["activity"], bool(data["provided_by_person"]))
        elif kind == FactKind.ERASURE:
            facts.erasure = erasure_from_json(data)
        elif kind == FactKind.OBJECTION:
            facts.objection = objection_from_json(data)
        elif kind == FactKind.RECIPIENT:
            facts.notices[subject] = recipient_from_json(subject, data)
        elif kind == FactKind.RECIPIENTS_ASKED:
            facts.recipients_asked = bool(data["asked"])
        elif kind == FactKind.UNFOUNDED:
            facts.unfounded = unfounded_from_json(data)
        elif kind == FactKind.AUTOMATED:
            facts.automated = automated_from_json(data)
        elif kind == FactKind.RESTRICTION_LIFT:
            facts.restriction_lift = RestrictionLift(date.fromisoformat(data["on"]), data["reason"])
    if len(facts.activities) == 1:  # a single activity: every extract is its own
        for name in facts.extracts:
            facts.extract_sources.setdefault(name, ExtractSource(name, facts.activities[0], False))
    facts.recipients = recipients(session, request.reference)
    for activity in ticked:
        if is_portable_basis(activity.legal_basis):
            facts.portable.append(activity.name)
        else:
            facts.not_portable.append((activity.name, activity.legal_basis or "-"))
    facts.reports = list(
        session.scalars(
            select(Attachment.filename)
            .where(Attachment.request_id == request.id, Attachment.kind == "report", Attachment.destroyed_at.is_(None))
            .order_by(Attachment.id)
        )
    )
    facts.copies = list(
        session.scalars(
            select(Attachment.filename)
            .where(
                Attachment.request_id == request.id, Attachment.kind == "redacted", Attachment.destroyed_at.is_(None)
            )
            .order_by(Attachment.id)
        )
    )
    facts.bundles = list(
        session.scalars(
            select(Event.at)
            .where(Event.request_id == request.id, Event.kind == "portability_exported")
            .order_by(Event.seq)
        )
    )
    return facts


def earlier_requests(session: Session, reference: str) -> list[dict[str, str]]:
    """The person's other requests to the same organisation (the evidence for Art. 12(5)): dates, rights, answers."""
    request = load_request(session, reference)
    person = request.person
    emails = {e.lower() for e in person.emails}
    from ..storage.models import Person

    people = session.scalars(select(Person).where(Person.organisation_id == request.organisation_id)).all()
    same = [
        p.id
        for p in people
        if p.id == person.id
        or (emails and emails & {e.lower() for e in p.emails})
        or (
            p.last_name
            and p.last_name == person.last_name
            and p.first_name == person.first_name
            and p.postal_address.strip()
            and p.postal_address.strip() == person.postal_address.strip()
        )
    ]
    rows = session.scalars(
        select(Request).where(Request.person_id.in_(same), Request.id != request.id).order_by(Request.received_on)
    ).all()
    return [
        {
            "reference": r.reference,
            "received": r.received_on.isoformat(),
            "rights": ", ".join(x.right for x in r.rights),
            "status": r.status,
            "answered": r.answered_on.isoformat() if r.answered_on else "",
        }
        for r in rows
    ]


def restriction_lift_reminders(session: Session, *, today: date) -> list[tuple[str, date]]:
    """(reference, day of lifting) of each restriction to be lifted whose notice (Art. 18(3)) has not been
    sent yet, the soonest first: the person is to be told before; a reminder for the case and the dashboard."""
    from ..storage.models import Letter

    rows = session.execute(
        select(Request.reference, Request.id, AnswerFact.data)
        .join(AnswerFact, AnswerFact.request_id == Request.id)
        .where(AnswerFact.kind == FactKind.RESTRICTION_LIFT.value, Request.purged_on.is_(None))
    ).all()
    due = []
    for reference, request_id, data in rows:
        on = date.fromisoformat(data["on"])
        sent = session.scalar(
            select(Letter.id).where(
                Letter.request_id == request_id, Letter.kind == "restriction_lift", Letter.sent_on.is_not(None)
            )
        )
        if sent is None and on >= today:
            due.append((reference, on))
    return sorted(due, key=lambda item: item[1])
