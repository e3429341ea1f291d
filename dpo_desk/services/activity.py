"""The activity report: facts read from the case file, figures from the domain, CSV and PDF out."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.activity import ActivitySummary, RequestFacts, summarise
from ..domain.statuses import Status
from ..storage.models import Event, Letter, Organisation, Request, RequestRight
from . import events
from .organisations import get_organisation

RESPONSES = ("answered", "refused", "partially_refused")
REFUSAL_KINDS = ("refusal", "partial_refusal", "manifestly_unfounded")


def request_facts(
    session: Session, *, start: date, end: date, organisation_code: str | None = None
) -> list[RequestFacts]:
    """The facts of every request received in the period (no names: references and dates only)."""
    responded = (
        select(Event.request_id, func.min(func.json_extract(Event.details, "$.on")).label("on"))
        .where(Event.kind == "status_changed", func.json_extract(Event.details, "$.to").in_(RESPONSES))
        .group_by(Event.request_id)
        .subquery()
    )
    # A refusal reaches the person with its letter: the day that letter was sent, when it was.
    refusal_sent = (
        select(Letter.request_id, func.min(Letter.sent_on).label("sent_on"))
        .where(Letter.kind.in_(REFUSAL_KINDS), Letter.sent_on.is_not(None))
        .group_by(Letter.request_id)
        .subquery()
    )
    rights = (
        select(RequestRight.request_id, func.group_concat(RequestRight.right, ",").label("rights"))
        .group_by(RequestRight.request_id)
        .subquery()
    )
    query = (
        select(
            Request.reference,
            Organisation.code,
            Request.received_on,
            rights.c.rights,
            Request.channel,
            Request.status,
            Request.deadline_on,
            Request.extended,
            Request.is_open,
            Request.paused_since,
            responded.c.on,
            refusal_sent.c.sent_on,
        )
        .join(Organisation, Organisation.id == Request.organisation_id)
        .outerjoin(rights, rights.c.request_id == Request.id)
        .outerjoin(responded, responded.c.request_id == Request.id)
        .outerjoin(refusal_sent, refusal_sent.c.request_id == Request.id)
        .where(Request.received_on.between(start, end), Request.status != Status.LOGGED_IN_ERROR.value)
        .order_by(Request.received_on, Request.id)
    )
    if organisation_code:
        query = query.where(Request.organisation_id == get_organisation(session, organisation_code).id)
    return [
        RequestFacts(
            reference=row.reference,
            organisation=row.code,
            received_on=row.received_on,
            rights=tuple(sorted((row.rights or "").split(","))) if row.rights else (),
            channel=row.channel,
            status=row.status,
            deadline_on=row.deadline_on,
            extended=bool(row.extended),
            is_open=bool(row.is_open),
            paused=row.paused_since is not None,
            responded_on=_responded(row.status, row.on, row.sent_on),
        )
        for row in session.execute(query)
    ]


def _responded(status: str, decided: str | None, letter_sent: date | None) -> date | None:
    """The day the person was answered: for a refusal, the later of the decision and its letter."""
    day = date.fromisoformat(decided) if decided else None
    if status in ("refused", "partially_refused") and letter_sent is not None:
        return max(day, letter_sent) if day else letter_sent
    return day


def activity(
    session: Session, *, start: date, end: date, today: date, organisation_code: str | None = None
) -> tuple[ActivitySummary, list[RequestFacts]]:
    facts = request_facts(session, start=start, end=end, organisation_code=organisation_code)
    summary = summarise(facts, start=start, end=end, today=today)
    head = events.checkpoint(session)  # printed on the report: the history cannot later lose it unseen
    return replace(summary, checkpoint=str(head) if head else ""), facts


CSV_COLUMNS = (
    "reference",
    "organisation",
    "received_on",
    "rights",
    "channel",
    "status",
    "deadline_on",
    "extended",
    "responded_on",
    "days_to_respond",
    "on_time",
)


def facts_csv(facts: list[RequestFacts]) -> bytes:
    """One row per request, no personal data: for a spreadsheet or an auditor (UTF-8 with BOM, for Excel)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in facts:
        writer.writerow(
            [
                f.reference,
                f.organisation,
                f.received_on.isoformat(),
                " ".join(f.rights),
                f.channel,
                f.status,
                f.deadline_on.isoformat(),
                "yes" if f.extended else "no",
                f.responded_on.isoformat() if f.responded_on else "",
                "" if f.days_to_respond is None else f.days_to_respond,
                "" if f.on_time is None else ("yes" if f.on_time else "no"),
            ]
        )
    return out.getvalue().encode("utf-8-sig")
