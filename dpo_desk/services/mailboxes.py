"""IMAP mailboxes: new messages fetched into a "to triage" list, then logged as requests or set aside.

The server is only read: the folder is opened read-only (EXAMINE) and messages are fetched with
BODY.PEEK, so nothing is marked read, moved or deleted there. Fetching resumes after the highest
UID already fetched (per UIDVALIDITY); a message already fetched or already logged (same
Message-ID) is not fetched twice. The password lives in the OS keyring, never in the case file.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage import keystore
from ..storage.casefile import CaseFile
from ..storage.errors import KeyringUnavailable
from ..storage.models import InboxMessage, Mailbox, Organisation, Request
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .members import require_dpo
from .organisations import get_organisation

if TYPE_CHECKING:
    from .email_import import ImportOutcome

TIMEOUT_SECONDS = 30
BATCH = 50  # messages per transaction while fetching


class Security(StrEnum):
    TLS = "tls"  # IMAPS, usually port 993
    STARTTLS = "starttls"  # plain connection upgraded to TLS before logging in, usually port 143


class TriageState(StrEnum):
    TO_TRIAGE = "to_triage"
    LOGGED = "logged"
    SET_ASIDE = "set_aside"


@dataclass(frozen=True, slots=True)
class MailboxSettings:
    name: str
    host: str
    username: str
    port: int = 993
    security: Security = Security.TLS
    folder: str = "INBOX"
    organisation_code: str | None = None
    ca_file: str = ""  # an extra certificate (or authority) to trust, e.g. the company's own


@dataclass(frozen=True, slots=True)
class MailboxView:
    name: str
    host: str
    port: int
    security: str
    username: str
    folder: str
    organisation: str
    last_fetched_at: datetime | None
    waiting: int


@dataclass(frozen=True, slots=True)
class TriageItem:
    id: int
    mailbox: str
    sender: str
    subject: str
    received_at: datetime
    state: str
    reference: str


@dataclass(frozen=True, slots=True)
class FetchReport:
    mailbox: str
    fetched: int
    already_known: int


def password_name(settings: MailboxSettings | Mailbox) -> str:
    return f"{settings.username}@{settings.host}:{settings.port}"


def add_mailbox(session: Session, settings: MailboxSettings, *, user: str, password: str | None = None) -> None:
    """Record a mailbox (and its password in the OS keyring when one is given)."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "add a mailbox"))
    name = settings.name.strip()
    if not name or not settings.host.strip() or not settings.username.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "A mailbox needs a name, a server and a user name.",
            )
        )
    if not 0 < settings.port < 65536:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{port} is not a port number (993 for IMAPS, 143 for STARTTLS).",
            ),
            port=settings.port,
        )
    if session.scalar(select(Mailbox.id).where(Mailbox.name == name)) is not None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is already a mailbox called {name}.",
            ),
            name=name,
        )
    org_id = get_organisation(session, settings.organisation_code).id if settings.organisation_code else None
    mailbox = Mailbox(
        name=name,
        host=settings.host.strip(),
        port=settings.port,
        security=Security(settings.security).value,
        username=settings.username.strip(),
        folder=settings.folder.strip() or "INBOX",
        organisation_id=org_id,
        ca_file=settings.ca_file,
        last_uid=0,
        created_at=events.now(session),
    )
    session.add(mailbox)
    session.flush()
    if password:
        try:
            keystore.remember_secret(password_name(mailbox), password)
        except KeyringUnavailable as exc:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The mailbox password could not be kept in the system keyring: {exc}",
                ),
                exc=exc,
            ) from None
    events.record(
        session,
        user=user,
        kind="mailbox_added",
        details={"mailbox": name, "host": mailbox.host, "folder": mailbox.folder, "username": mailbox.username},
    )


def list_mailboxes(session: Session) -> list[MailboxView]:
    waiting = dict(
        session.execute(
            select(InboxMessage.mailbox_id, func.count())
            .where(InboxMessage.state == TriageState.TO_TRIAGE.value)
            .group_by(InboxMessage.mailbox_id)
        ).all()
    )
    rows = session.execute(
        select(Mailbox, Organisation.code)
        .outerjoin(Organisation, Organisation.id == Mailbox.organisation_id)
        .order_by(Mailbox.name)
    )
    return [
        MailboxView(
            mailbox.name,
            mailbox.host,
            mailbox.port,
            mailbox.security,
            mailbox.username,
            mailbox.folder,
            code or "",
            mailbox.last_fetched_at,
            waiting.get(mailbox.id, 0),
        )
        for mailbox, code in rows
    ]


def get_organisation_code(session: Session, organisation_id: int | None) -> str:
    if organisation_id is None:
        return ""
    return session.scalar(select(Organisation.code).where(Organisation.id == organisation_id)) or ""


# Fetching ------------------------------------------------------------------------------------


def _context(ca_file: str) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The certificate file {ca_file} cannot be read: {exc}.",
                ),
                ca_file=ca_file,
                exc=exc,
            ) from None
    return context


def _connect(mailbox: Mailbox, password: str) -> imaplib.IMAP4:
    """A logged-in client; on any failure the connection is closed and the reason said in words."""
    where = f"{mailbox.host}:{mailbox.port}"
    context = _context(mailbox.ca_file)
    client: imaplib.IMAP4 | None = None
    try:
        if mailbox.security == Security.TLS:
            client = imaplib.IMAP4_SSL(mailbox.host, mailbox.port, ssl_context=context, timeout=TIMEOUT_SECONDS)
        else:
            client = imaplib.IMAP4(mailbox.host, mailbox.port, timeout=TIMEOUT_SECONDS)
            client.starttls(ssl_context=context)  # refuses to go on in clear text
        client.login(mailbox.username, password)
        return client
    except BaseException as exc:
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()
        raise _in_words(exc, where, mailbox.username) from None


def _in_words(exc: BaseException, where: str, username: str) -> BaseException:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The certificate of {where} is not trusted ({why}). If your organisation uses its own "
                "certificate authority, give its certificate file in the mailbox settings.",
            ),
            where=where,
            why=exc.verify_message,
        )
    if isinstance(exc, imaplib.IMAP4.error):
        if "STARTTLS" in str(exc).upper():
            return ActionRefused(
                QT_TRANSLATE_NOOP("Services", "{where} does not offer STARTTLS: choose TLS (port 993)."), where=where
            )
        return ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{where} refused the user name or password for {username}."),
            where=where,
            username=username,
        )
    if isinstance(exc, TimeoutError):
        return ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{where} did not answer within {seconds} seconds."),
            where=where,
            seconds=TIMEOUT_SECONDS,
        )
    if isinstance(exc, OSError | ssl.SSLError):
        return ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Could not reach the mail server {where}: {why}."),
            where=where,
            why=getattr(exc, "strerror", None) or str(exc),
        )
    return exc


_UIDVALIDITY = re.compile(rb"UIDVALIDITY (\d+)")
_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')


def fetch_new(
    case: CaseFile,
    name: str,
    *,
    user: str,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> FetchReport:
    """Copy the folder's new messages into the case file's triage list; the server is left as it was."""
    with case.session() as session:
        mailbox = _mailbox(session, name)
        session.expunge(mailbox)
    secret = password or keystore.recall_secret(password_name(mailbox))
    if not secret:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "No password is known for {username} on {host}: give it once, it is kept in the system keyring.",
            ),
            username=mailbox.username,
            host=mailbox.host,
        )
    client = _connect(mailbox, secret)
    try:
        status, _ = client.select(_quoted(mailbox.folder), readonly=True)  # EXAMINE: read-only
        if status != "OK":
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The folder {folder} does not exist on {host}.",
                ),
                folder=mailbox.folder,
                host=mailbox.host,
            )
        validity = _uidvalidity(client, mailbox.folder)
        last = mailbox.last_uid if mailbox.uidvalidity == validity else 0
        status, data = client.uid("SEARCH", None, f"UID {last + 1}:*")
        uids = [int(u) for u in (data[0] or b"").split() if int(u) > last] if status == "OK" else []
        fetched = known = 0
        for start in range(0, len(uids), BATCH):
            if cancelled():
                break
            batch = uids[start : start + BATCH]
            with case.transaction() as session:
                for uid in batch:
                    raw, delivered = _fetch_one(client, uid)
                    if keep_message(session, mailbox.id, validity, uid, raw, delivered):
                        fetched += 1
                    else:
                        known += 1
                row = session.get(Mailbox, mailbox.id)
                assert row is not None
                row.uidvalidity, row.last_uid = validity, batch[-1]
            if progress is not None:
                progress(min(start + BATCH, len(uids)), len(uids))
        with case.transaction() as session:
            row = session.get(Mailbox, mailbox.id)
            assert row is not None
            row.last_fetched_at = events.now(session)
            if fetched:
                events.record(
                    session, user=user, kind="mail_fetched", details={"mailbox": mailbox.name, "messages": fetched}
                )
        return FetchReport(mailbox.name, fetched, known)
    except (imaplib.IMAP4.error, OSError) as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The mail server {host} stopped answering: {exc}. What was fetched is kept.",
            ),
            host=mailbox.host,
            exc=exc,
        ) from None
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            client.logout()


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _uidvalidity(client: imaplib.IMAP4, folder: str) -> int:
    _, data = client.response("UIDVALIDITY")
    if data and data[0]:
        return int(data[0])
    status, data = client.status(_quoted(folder), "(UIDVALIDITY)")
    found = _UIDVALIDITY.search(data[0] or b"") if status == "OK" else None
    return int(found.group(1)) if found else 0


def _fetch_one(client: imaplib.IMAP4, uid: int) -> tuple[bytes, datetime | None]:
    status, data = client.uid("FETCH", str(uid), "(INTERNALDATE BODY.PEEK[])")  # PEEK: not marked as read
    if status != "OK":
        raise imaplib.IMAP4.error(f"message {uid} could not be fetched")
    for part in data:
        if isinstance(part, tuple):
            found = _INTERNALDATE.search(part[0])
            delivered = None
            if found:
                parsed = imaplib.Internaldate2tuple(b'INTERNALDATE "' + found.group(1) + b'"')
                if parsed is not None:
                    delivered = datetime.fromtimestamp(time.mktime(parsed), UTC)
            return part[1], delivered
    raise imaplib.IMAP4.error(f"message {uid} came back empty")


def keep_message(
    session: Session, mailbox_id: int, validity: int, uid: int, raw: bytes, delivered: datetime | None
) -> bool:
    """Keep the message for triage; False when it is already here or already logged as a request."""
    from .email_intake import EmailRefused  # email parsing loads on first use
    from .email_worker import parse_email

    if session.scalar(
        select(InboxMessage.id).where(
            InboxMessage.mailbox_id == mailbox_id, InboxMessage.uidvalidity == validity, InboxMessage.uid == uid
        )
    ):
        return False
    sender = subject = message_id = ""
    try:
        draft = parse_email(raw)
        sender = f"{draft.from_name} <{draft.from_address}>" if draft.from_name else draft.from_address
        subject, message_id = draft.subject, draft.message_id
    except EmailRefused as exc:
        subject = f"(unreadable: {exc})"
    if message_id:
        same = func.lower(message_id)
        if session.scalar(select(Request.id).where(func.lower(Request.message_id) == same)) or session.scalar(
            select(InboxMessage.id).where(func.lower(InboxMessage.message_id) == same)
        ):
            return False  # came in twice (copied folder, or logged from an .eml file already)
    now = events.now(session)
    session.add(
        InboxMessage(
            mailbox_id=mailbox_id,
            uidvalidity=validity,
            uid=uid,
            message_id=message_id,
            sender=sender,
            subject=subject,
            received_at=(delivered or now).astimezone(UTC).replace(tzinfo=None),
            fetched_at=now,
            raw=raw,
            state=TriageState.TO_TRIAGE.value,
            handled_by="",
            note="",
        )
    )
    return True


# Triage --------------------------------------------------------------------------------------


def triage_list(session: Session, *, include_handled: bool = False) -> list[TriageItem]:
    query = (
        select(InboxMessage, Mailbox.name, Request.reference)
        .join(Mailbox, Mailbox.id == InboxMessage.mailbox_id)
        .outerjoin(Request, Request.id == InboxMessage.request_id)
        .order_by(InboxMessage.received_at, InboxMessage.id)
    )
    if not include_handled:
        query = query.where(InboxMessage.state == TriageState.TO_TRIAGE.value)
    return [
        TriageItem(m.id, box, m.sender, m.subject, m.received_at, m.state, reference or "")
        for m, box, reference in session.execute(query)
    ]


def triage_raw(session: Session, item_id: int) -> bytes:
    raw = session.scalar(select(InboxMessage.raw).where(InboxMessage.id == item_id))
    if raw is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no message {item_id} in the triage list.",
            ),
            item_id=item_id,
        )
    return raw


def log_from_triage(
    session: Session, item_id: int, *, user: str, today: date, organisation_code: str | None = None
) -> ImportOutcome:
    """Log the message as a request (or link it to the request it already is); it leaves the list."""
    from .email_import import import_message

    item = _item(session, item_id)
    mailbox = session.get(Mailbox, item.mailbox_id)
    assert mailbox is not None
    code = organisation_code or get_organisation_code(session, mailbox.organisation_id) or None
    source = f"{mailbox.name}-{item.uid}.eml"
    delivered = item.received_at.replace(tzinfo=UTC)
    outcome = import_message(
        session, item.raw, source, user=user, today=today, organisation_code=code, delivered_at=delivered
    )
    if outcome.outcome in ("imported", "duplicate"):
        item.state = TriageState.LOGGED.value
        item.request_id = session.scalar(select(Request.id).where(Request.reference == outcome.reference))
        item.handled_by, item.handled_at = user, events.now(session)
    return outcome


def mark_logged(session: Session, item_id: int, reference: str, *, user: str) -> None:
    """The message was logged by hand (from the intake form filled from it)."""
    item = _item(session, item_id)
    item.state = TriageState.LOGGED.value
    item.request_id = session.scalar(select(Request.id).where(Request.reference == reference.strip().upper()))
    item.handled_by, item.handled_at = user, events.now(session)


def set_aside(session: Session, item_id: int, reason: str, *, user: str) -> None:
    """Not a rights request (an invoice question, spam…): it leaves the list, kept, with the reason."""
    if not reason.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Say why the message is not a rights request: the reason is kept with it.",
            )
        )
    item = _item(session, item_id)
    item.state = TriageState.SET_ASIDE.value
    item.note = reason.strip()
    item.handled_by, item.handled_at = user, events.now(session)
    events.record(session, user=user, kind="mail_set_aside", details={"message": item.id, "reason": item.note})


def _item(session: Session, item_id: int) -> InboxMessage:
    item = session.get(InboxMessage, item_id)
    if item is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no message {item_id} in the triage list.",
            ),
            item_id=item_id,
        )
    if item.state != TriageState.TO_TRIAGE.value:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Message {item_id} was already {state} by {handled_by}.",
            ),
            item_id=item_id,
            state=item.state.replace("_", " "),
            handled_by=item.handled_by,
        )
    return item


def _mailbox(session: Session, name: str) -> Mailbox:
    mailbox = session.scalar(select(Mailbox).where(Mailbox.name == name.strip()))
    if mailbox is None:
        known = ", ".join(session.scalars(select(Mailbox.name).order_by(Mailbox.name))) or "none yet"
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no mailbox called {name} (mailboxes: {known}).",
            ),
            name=name.strip(),
            known=known,
        )
    return mailbox
