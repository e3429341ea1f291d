"""Messages fetched into the triage list that answer something DPO Desk sent: matched to their case.

A bounce (delivery failure report) names the Message-ID of what bounced: the message is marked
bounced, on its case, and the triage list says so. A department's reply to a relay carries the
relay's token in its subject (or answers its Message-ID): the relay is marked answered when the
reply is logged, and its files become extracts of that activity.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..explained import QT_TRANSLATE_NOOP, Words
from ..storage.models import InboxMessage, OutgoingMessage, Relay, Request
from . import events

TOKEN = re.compile(r"\[DPO-R-([A-Z0-9]{8})\]")


def relay_token_tag(token: str) -> str:
    return f"[DPO-R-{token}]"


def match_incoming(session: Session, item: InboxMessage, draft, now: datetime) -> None:  # type: ignore[no-untyped-def]
    """Link `item` to the case of the message it bounces or answers, if any (in the caller's transaction)."""
    if draft.bounce_of:
        outgoing = session.scalar(
            select(OutgoingMessage).where(
                func.lower(OutgoingMessage.message_id).in_([m.lower() for m in draft.bounce_of])
            )
        )
        if outgoing is not None:
            session.flush()
            outgoing.bounced_at = now
            outgoing.bounce_item_id = item.id
            outgoing.bounce_reason = draft.bounce_reason or draft.subject
            item.outgoing_id, item.request_id = outgoing.id, outgoing.request_id
            request = session.get(Request, outgoing.request_id) if outgoing.request_id else None
            events.record(
                session,
                user="dpo-desk",
                kind="email_bounced",
                request=request,
                details={
                    "message_id": outgoing.message_id,
                    "to": outgoing.recipients,
                    "purpose": outgoing.purpose,
                    "letter_id": outgoing.letter_id,
                    "reason": outgoing.bounce_reason,
                },
            )
            return
    relay = None
    found = TOKEN.search(draft.subject or "")
    if found:
        relay = session.scalar(select(Relay).where(Relay.token == found.group(1)))
    if relay is None:
        answered = [m.lower() for m in [draft.in_reply_to, *draft.references] if m]
        if answered:
            relay = session.scalar(select(Relay).where(func.lower(Relay.message_id).in_(answered)))
    if relay is not None:
        item.relay_id, item.request_id = relay.id, relay.request_id


def describe(session: Session, item: InboxMessage) -> str:
    """What a matched message is, in words for the triage list (English; the window translates)."""
    if item.outgoing_id:
        outgoing = session.get(OutgoingMessage, item.outgoing_id)
        if outgoing is not None:
            return Words(QT_TRANSLATE_NOOP("Services", "Bounce of the email to {to}"), to=outgoing.recipients)
    if item.relay_id:
        relay = session.get(Relay, item.relay_id)
        if relay is not None:
            return Words(
                QT_TRANSLATE_NOOP("Services", "Reply of {contact} about {activity}"),
                contact=relay.contact,
                activity=relay.activity_name,
            )
    return ""
