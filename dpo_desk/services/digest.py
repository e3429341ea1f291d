"""The daily digest: once a day, each member who asked for it gets an email of what falls due.

What falls due comes from `falls_due` (deadlines within a week or passed, extension notices still
possible, letters written and not sent, departments late with their answer). It is a small
interface on purpose: the reminders service (what the window and its tray notification show) can
take its place without changing the digest.
"""

from __future__ import annotations

import email.utils
from datetime import date, timedelta
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.letters import date_in_words
from ..domain.reminders import Reminder
from ..storage.door import StorageDoor
from ..storage.models import Member, Organisation
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .members import require_dpo
from .reminders import reminders
from .roles import normalise_login
from .sending import SMTP_POLICY, _deliver, sending_mailbox

HORIZON_DAYS = 7


# What falls due is the reminders' rule (domain/reminders.py), the same the window announces.
DueItem = Reminder


WORDS = {
    "fr": {
        "deadline": "réponse due",
        "extension_notice": "dernier jour pour notifier une prolongation",
        "letter_to_send": "courrier écrit, pas encore envoyé",
        "relay_late": "réponse d’un service en retard",
        "subject": "DPO Desk — ce qui arrive à échéance ({day})",
        "intro": "Bonjour,\n\nVoici ce qui arrive à échéance d’ici au {horizon} :\n",
        "none": "Rien n’arrive à échéance d’ici au {horizon}.",
    },
    "en": {
        "deadline": "answer due",
        "extension_notice": "last day to notify an extension",
        "letter_to_send": "letter written, not sent yet",
        "relay_late": "a department's answer is late",
        "subject": "DPO Desk — what falls due ({day})",
        "intro": "Hello,\n\nThis is what falls due by {horizon}:\n",
        "none": "Nothing falls due by {horizon}.",
    },
}


def falls_due(session: Session, *, today: date, login: str) -> list[DueItem]:
    """What `login` should see: their cases and the unassigned ones (a DPO: every case)."""
    return reminders(session, today=today, login=login, within_days=HORIZON_DAYS)


def set_digest(session: Session, login: str, address: str, *, user: str) -> None:
    """Where `login`'s daily digest goes ("" stops it). Anyone for themselves; a DPO for anyone."""
    login = normalise_login(login)
    if login != normalise_login(user):
        require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "choose where another user's digest goes"))
    member = session.scalar(select(Member).where(Member.login == login))
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("Services", "{login} is not a user of this case file."), login=login)
    address = address.strip()
    if address and ("@" not in address or " " in address):
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "{address} is not an email address."), address=address)
    member.digest_email = address
    events.record(session, user=user, kind="digest_set", details={"login": login, "to": address})


def digest_address(session: Session, login: str) -> str:
    """Where `login`'s digest goes ("" when none was asked for, or they are not a member)."""
    address = session.scalar(select(Member.digest_email).where(Member.login == normalise_login(login)))
    return address or ""


def digests_due(session: Session, *, today: date) -> bool:
    """Some active member asked for a digest and has not had today's, and there is a way to send it."""
    waiting = session.scalar(
        select(Member.id)
        .where(
            Member.active.is_(True),
            Member.digest_email != "",
            (Member.digest_sent_on.is_(None)) | (Member.digest_sent_on != today),
        )
        .limit(1)
    )
    sender = session.scalar(select(Organisation.id).where(Organisation.sending_mailbox_id.is_not(None)).limit(1))
    return waiting is not None and sender is not None


def compose(items: list[DueItem], *, today: date, language: str) -> tuple[str, str]:
    words = WORDS[language]
    horizon = date_in_words(today + timedelta(days=HORIZON_DAYS), language)
    lines = [words["intro"].format(horizon=horizon)] if items else [words["none"].format(horizon=horizon)]
    for item in items:
        lines.append(f"- {date_in_words(item.due_on, language)} — {item.reference} — {words[item.what]}")
    return words["subject"].format(day=date_in_words(today, language)), "\n".join(lines) + "\n"


def send_digests(
    case: StorageDoor, *, user: str, today: date, dry_run: bool = False, mailbox_password: str | None = None
) -> list[str]:
    """Each member with a digest address not yet sent today gets one; returns what was done, a line each."""
    with case.reader(orm=True) as reading:
        session = reading.orm
        members = session.scalars(
            select(Member).where(Member.active.is_(True), Member.digest_email != "").order_by(Member.login)
        ).all()
        org = session.scalar(select(Organisation).where(Organisation.sending_mailbox_id.is_not(None)))
        if members and org is None and not dry_run:
            raise ActionRefused(
                QT_TRANSLATE_NOOP("Services", "No organisation has a sending address: the digest cannot be sent.")
            )
        work = []
        for member in members:
            if member.digest_sent_on == today and not dry_run:
                continue
            language = org.letter_language if org is not None else "fr"
            subject, body = compose(falls_due(session, today=today, login=member.login), today=today, language=language)
            work.append((member.login, member.digest_email, subject, body))
        mailbox = sending_mailbox(session, org) if org is not None and not dry_run else None
        if mailbox is not None:
            session.expunge(mailbox)
    done = []
    for login, address, subject, body in work:
        if dry_run:
            done.append(f"To {address} ({login}): {subject}\n{body}")
            continue
        assert mailbox is not None
        message = EmailMessage(policy=SMTP_POLICY)
        message["From"] = email.utils.formataddr(("DPO Desk", mailbox.from_address))
        message["To"] = address
        message["Subject"] = subject
        message["Date"] = email.utils.formatdate(localtime=True)
        message["Message-ID"] = email.utils.make_msgid(
            idstring="dpodesk-digest", domain=mailbox.from_address.rpartition("@")[2]
        )
        message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies to it
        message.set_content(body)
        _deliver(mailbox, address, message.as_bytes(policy=SMTP_POLICY), mailbox_password)
        with case.unit_of_work() as session:
            recipient = session.scalar(select(Member).where(Member.login == login))
            assert recipient is not None
            recipient.digest_sent_on = today
            events.record(session, user=user, kind="digest_sent", details={"login": login, "to": address})
        done.append(f"Digest sent to {address} ({login}).")
    return done or ["No digest to send today."]
