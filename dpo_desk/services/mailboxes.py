"""Mailboxes: new messages fetched (IMAP) into a "to triage" list, then logged as requests or set
aside; answers sent from them (SMTP, see sending.py). A mailbox signs in with a password or OAuth2.

A mailbox without an IMAP server only sends. The server is only read: the folder is opened
read-only (EXAMINE) and messages are fetched with BODY.PEEK, so nothing is marked read, moved or
deleted there. Fetching resumes after the highest UID already fetched (per UIDVALIDITY); a message
already fetched or already logged (same Message-ID) is not fetched twice. The password (or OAuth2
refresh token) lives in the OS keyring, never in the case file.
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
from typing import TYPE_CHECKING, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage import keystore
from ..storage.door import StorageDoor
from ..storage.errors import KeyringUnavailable
from ..storage.models import InboxMessage, Mailbox, Organisation, Request
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .mailbox_signin import Auth, credential, oauth_client, oauth_key, password_name
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
    # Sending (SMTP submission); no smtp_host: the mailbox only receives.
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: Security = Security.STARTTLS
    from_address: str = ""  # default: the user name when it is an address
    max_send_bytes: int = 10_000_000
    # Signing in.
    auth: Auth = Auth.PASSWORD
    oauth_provider: str = ""  # microsoft, google, custom
    oauth_client_id: str = ""
    oauth_tenant: str = ""
    oauth_authorize_url: str = ""
    oauth_token_url: str = ""
    oauth_scopes: str = ""


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
    smtp_host: str = ""
    smtp_port: int = 0
    smtp_security: str = ""
    from_address: str = ""
    auth: str = "password"
    oauth_provider: str = ""
    sends_for: str = ""  # the organisation whose answers leave from it
    max_send_bytes: int = 0
    authorised: bool = True  # OAuth2: a refresh token is in the keyring


@dataclass(frozen=True, slots=True)
class TriageItem:
    id: int
    mailbox: str
    sender: str
    subject: str
    received_at: datetime
    state: str
    reference: str
    matched: str = ""  # a bounce of what we sent, or a department's reply to a relay


@dataclass(frozen=True, slots=True)
class FetchReport:
    mailbox: str
    fetched: int
    already_known: int


_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def _check_settings(settings: MailboxSettings) -> None:
    if not settings.name.strip() or not settings.username.strip():
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "A mailbox needs a name and a user name."))
    if not settings.host.strip() and not settings.smtp_host.strip():
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "A mailbox needs a server to fetch from (IMAP), a server to send through (SMTP), or both.",
            )
        )
    if settings.host.strip() and not 0 < settings.port < 65536:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{port} is not a port number (993 for IMAPS, 143 for STARTTLS).",
            ),
            port=settings.port,
        )
    if settings.smtp_host.strip() and not 0 < settings.smtp_port < 65536:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{port} is not a port number (465 for TLS, 587 for STARTTLS)."),
            port=settings.smtp_port,
        )
    sender = settings.from_address.strip() or (settings.username.strip() if settings.smtp_host.strip() else "")
    if settings.smtp_host.strip() and not _ADDRESS.match(sender):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Say which address the answers are sent from (--from), e.g. dpo@example.fr: {address} is not one.",
            ),
            address=sender or "(none)",
        )
    if settings.max_send_bytes < 0:
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "The size limit of a message cannot be negative."))
    if Auth(settings.auth) is Auth.OAUTH2:
        if not settings.oauth_client_id.strip():
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "An OAuth2 mailbox needs the client id of the application registered with the provider.",
                )
            )
        if settings.oauth_provider not in ("microsoft", "google", "custom"):
            raise ActionRefused(
                QT_TRANSLATE_NOOP("Services", "The OAuth2 provider is microsoft, google or custom (not {provider})."),
                provider=settings.oauth_provider or "(none)",
            )
        if settings.oauth_provider == "custom" and not (settings.oauth_authorize_url and settings.oauth_token_url):
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "A custom OAuth2 provider needs its authorization and token addresses.",
                )
            )


def _apply(session: Session, mailbox: Mailbox, settings: MailboxSettings) -> None:
    mailbox.host = settings.host.strip()
    mailbox.port = settings.port
    mailbox.security = Security(settings.security).value
    mailbox.username = settings.username.strip()
    mailbox.folder = settings.folder.strip() or "INBOX"
    org_id = get_organisation(session, settings.organisation_code).id if settings.organisation_code else None
    mailbox.organisation_id = org_id
    mailbox.ca_file = settings.ca_file
    mailbox.smtp_host = settings.smtp_host.strip()
    mailbox.smtp_port = settings.smtp_port
    mailbox.smtp_security = Security(settings.smtp_security).value
    mailbox.from_address = settings.from_address.strip() or (mailbox.username if mailbox.smtp_host else "")
    mailbox.max_send_bytes = settings.max_send_bytes
    mailbox.auth = Auth(settings.auth).value
    mailbox.oauth_provider = settings.oauth_provider.strip() if mailbox.auth == Auth.OAUTH2 else ""
    mailbox.oauth_client_id = settings.oauth_client_id.strip() if mailbox.auth == Auth.OAUTH2 else ""
    mailbox.oauth_tenant = settings.oauth_tenant.strip()
    mailbox.oauth_authorize_url = settings.oauth_authorize_url.strip()
    mailbox.oauth_token_url = settings.oauth_token_url.strip()
    mailbox.oauth_scopes = settings.oauth_scopes.strip()


def _keep_password(mailbox: Mailbox, password: str, *, optional: bool = False) -> bool:
    """Keep the password in the keyring; False when there is none and that is allowed (`optional`:
    the command line then reads DPO_DESK_MAILBOX_PASSWORD each time)."""
    try:
        keystore.remember_secret(password_name(mailbox), password)
        return True
    except KeyringUnavailable as exc:
        if optional:
            return False
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The mailbox password could not be kept in the system keyring: {exc}",
            ),
            exc=exc,
        ) from None


def _sends_for(session: Session, mailbox: Mailbox) -> None:
    """A sending mailbox of an organisation that has none yet becomes its sending address."""
    if not mailbox.smtp_host or mailbox.organisation_id is None:
        return
    org = session.get(Organisation, mailbox.organisation_id)
    if org is not None and org.sending_mailbox_id is None:
        org.sending_mailbox_id = mailbox.id


def _details(mailbox: Mailbox) -> dict[str, object]:
    return {
        "mailbox": mailbox.name,
        "host": mailbox.host,
        "folder": mailbox.folder,
        "username": mailbox.username,
        "smtp_host": mailbox.smtp_host,
        "from": mailbox.from_address,
        "auth": mailbox.auth,
    }


def add_mailbox(
    session: Session,
    settings: MailboxSettings,
    *,
    user: str,
    password: str | None = None,
    client_secret: str | None = None,
    keyring_optional: bool = False,
) -> bool:
    """Record a mailbox (and its password, or its OAuth2 client secret, in the OS keyring when given).

    False when the password could not be kept for want of a keyring, which `keyring_optional`
    allows (the command line, given DPO_DESK_MAILBOX_PASSWORD each time); else refused in words."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "add a mailbox"))
    _check_settings(settings)
    name = settings.name.strip()
    if session.scalar(select(Mailbox.id).where(Mailbox.name == name)) is not None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is already a mailbox called {name}.",
            ),
            name=name,
        )
    mailbox = Mailbox(name=name, last_uid=0, created_at=events.now(session))
    _apply(session, mailbox, settings)
    session.add(mailbox)
    session.flush()
    _sends_for(session, mailbox)
    kept = True
    if password and mailbox.auth == Auth.PASSWORD:
        kept = _keep_password(mailbox, password, optional=keyring_optional)
    if client_secret and mailbox.auth == Auth.OAUTH2:
        from .oauth import client_secret_name

        with contextlib.suppress(KeyringUnavailable):
            keystore.remember_secret(client_secret_name(oauth_key(mailbox)), client_secret)
    events.record(session, user=user, kind="mailbox_added", details=_details(mailbox))
    return kept


def mailbox_settings(session: Session, name: str) -> MailboxSettings:
    """A mailbox's settings as they are, to edit them."""
    box = _mailbox(session, name)
    return MailboxSettings(
        name=box.name,
        host=box.host,
        username=box.username,
        port=box.port,
        security=Security(box.security),
        folder=box.folder,
        organisation_code=get_organisation_code(session, box.organisation_id) or None,
        ca_file=box.ca_file,
        smtp_host=box.smtp_host,
        smtp_port=box.smtp_port,
        smtp_security=Security(box.smtp_security),
        from_address=box.from_address,
        max_send_bytes=box.max_send_bytes,
        auth=Auth(box.auth),
        oauth_provider=box.oauth_provider,
        oauth_client_id=box.oauth_client_id,
        oauth_tenant=box.oauth_tenant,
        oauth_authorize_url=box.oauth_authorize_url,
        oauth_token_url=box.oauth_token_url,
        oauth_scopes=box.oauth_scopes,
    )


def edit_mailbox(
    session: Session,
    name: str,
    settings: MailboxSettings,
    *,
    user: str,
    password: str | None = None,
    client_secret: str | None = None,
) -> list[str]:
    """Change a mailbox's settings (its name too); the password moves with it in the keyring.
    Returns the names of the settings changed."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change a mailbox"))
    _check_settings(settings)
    mailbox = _mailbox(session, name)
    before = mailbox_settings(session, mailbox.name)
    new_name = settings.name.strip()
    if new_name != mailbox.name and session.scalar(select(Mailbox.id).where(Mailbox.name == new_name)):
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "There is already a mailbox called {name}."), name=new_name)
    old_password_name, old_oauth_key = password_name(mailbox), oauth_key(mailbox)
    old_secret = keystore.recall_secret(old_password_name) if mailbox.auth == Auth.PASSWORD else None
    if (mailbox.host, mailbox.folder) != (settings.host.strip(), settings.folder.strip() or "INBOX"):
        mailbox.uidvalidity, mailbox.last_uid = None, 0  # another folder: fetched from its start (known skipped)
    mailbox.name = new_name
    _apply(session, mailbox, settings)
    _sends_for(session, mailbox)
    changed = [
        field
        for field in MailboxSettings.__dataclass_fields__
        if getattr(before, field) != getattr(mailbox_settings(session, mailbox.name), field)
    ]
    if mailbox.auth == Auth.PASSWORD:
        secret = password or old_secret
        if secret and (password or password_name(mailbox) != old_password_name):
            _keep_password(mailbox, secret)
            if password:
                changed.append("password")
        if password_name(mailbox) != old_password_name:
            keystore.forget_secret(old_password_name)
    elif oauth_key(mailbox) != old_oauth_key:
        from .oauth import forget

        forget(old_oauth_key)  # another account or provider: authorise it anew
    if client_secret and mailbox.auth == Auth.OAUTH2:
        from .oauth import client_secret_name

        keystore.remember_secret(client_secret_name(oauth_key(mailbox)), client_secret)
        changed.append("client_secret")
    if changed:
        events.record(session, user=user, kind="mailbox_changed", details={**_details(mailbox), "changed": changed})
    return changed


def remove_mailbox(session: Session, name: str, *, user: str) -> None:
    """Remove a mailbox and forget its secrets. Messages fetched from it and already handled stay in
    the case file; messages still to triage must be triaged first."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "remove a mailbox"))
    mailbox = _mailbox(session, name)
    waiting = session.scalar(
        select(func.count())
        .select_from(InboxMessage)
        .where(InboxMessage.mailbox_id == mailbox.id, InboxMessage.state == TriageState.TO_TRIAGE.value)
    )
    if waiting:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} still has {count} message(s) to triage: log them or set them aside first.",
            ),
            name=mailbox.name,
            count=waiting,
        )
    for org in session.scalars(select(Organisation).where(Organisation.sending_mailbox_id == mailbox.id)):
        org.sending_mailbox_id = None
    keystore.forget_secret(password_name(mailbox))
    if mailbox.auth == Auth.OAUTH2:
        from .oauth import forget

        forget(oauth_key(mailbox))
    details = _details(mailbox)
    kept = session.scalar(select(func.count()).select_from(InboxMessage).where(InboxMessage.mailbox_id == mailbox.id))
    if kept:  # the messages handled from it stay: the row stays too, hidden and renamed to free its name
        mailbox.removed_at = events.now(session)
        mailbox.name = f"{mailbox.name} (removed {mailbox.id})"
    else:
        from ..storage.models import OutgoingMessage

        session.execute(
            OutgoingMessage.__table__.update().where(OutgoingMessage.mailbox_id == mailbox.id).values(mailbox_id=None)
        )
        session.delete(mailbox)
    events.record(session, user=user, kind="mailbox_removed", details=details)


def set_sending_mailbox(session: Session, organisation_code: str, name: str, *, user: str) -> None:
    """The organisation's answers leave from this mailbox's address."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "choose the sending address"))
    org = get_organisation(session, organisation_code)
    mailbox = _mailbox(session, name)
    if not mailbox.smtp_host:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{name} has no SMTP server: it cannot send (give --smtp-host)."),
            name=mailbox.name,
        )
    org.sending_mailbox_id = mailbox.id
    events.record(session, user=user, kind="sending_address_set", details={"code": org.code, "mailbox": mailbox.name})


def authorise_mailbox(
    case: StorageDoor,
    name: str,
    open_browser: Callable[[str], object],
    *,
    user: str,
    cancelled: Callable[[], bool] = lambda: False,
    timeout: float | None = None,
) -> None:
    """OAuth2: sign in in the system browser; the refresh token goes to the keyring."""
    from .oauth import AUTHORISE_SECONDS, authorise

    with case.reader(orm=True) as reading:
        session = reading.orm
        require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "authorise a mailbox"))
        mailbox = _mailbox(session, name)
        if mailbox.auth != Auth.OAUTH2:
            raise ActionRefused(
                QT_TRANSLATE_NOOP("Services", "{name} signs in with a password, not OAuth2: nothing to authorise."),
                name=mailbox.name,
            )
        client = oauth_client(mailbox)
    authorise(client, open_browser, timeout=timeout or AUTHORISE_SECONDS, cancelled=cancelled)
    with case.unit_of_work() as session:
        details = {"mailbox": name, "username": client.username}
        events.record(session, user=user, kind="mailbox_authorised", details=details)


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
        .where(Mailbox.removed_at.is_(None))
        .order_by(Mailbox.name)
    )
    senders: dict[int, list[str]] = {}
    for code, box_id in session.execute(
        select(Organisation.code, Organisation.sending_mailbox_id).where(Organisation.sending_mailbox_id.is_not(None))
    ):
        senders.setdefault(cast(int, box_id), []).append(code)  # not None: the query says so
    from .oauth import is_authorised

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
            mailbox.smtp_host,
            mailbox.smtp_port,
            mailbox.smtp_security,
            mailbox.from_address,
            mailbox.auth,
            mailbox.oauth_provider,
            ", ".join(senders.get(mailbox.id, [])),
            mailbox.max_send_bytes,
            mailbox.auth != Auth.OAUTH2 or is_authorised(oauth_key(mailbox)),
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
    """A logged-in client; on any failure the connection is closed and the reason said in words.

    An OAuth2 mailbox signs in with its access token (XOAUTH2, else OAUTHBEARER); refused once, the
    token is renewed and tried again."""
    where = f"{mailbox.host}:{mailbox.port}"
    context = _context(mailbox.ca_file)
    client: imaplib.IMAP4 | None = None
    try:
        if mailbox.security == Security.TLS:
            client = imaplib.IMAP4_SSL(mailbox.host, mailbox.port, ssl_context=context, timeout=TIMEOUT_SECONDS)
        else:
            client = imaplib.IMAP4(mailbox.host, mailbox.port, timeout=TIMEOUT_SECONDS)
            client.starttls(ssl_context=context)  # refuses to go on in clear text
        if mailbox.auth == Auth.OAUTH2:
            _oauth_login(client, mailbox, password)
        else:
            client.login(mailbox.username, password)
        return client
    except BaseException as exc:
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()
        raise _in_words(exc, where, mailbox.username) from None


def _oauth_login(client: imaplib.IMAP4, mailbox: Mailbox, token: str) -> None:
    from .oauth import access_token, oauthbearer, sasl_responder, xoauth2

    offered = {c.upper() for c in client.capabilities}
    if "AUTH=XOAUTH2" in offered or "AUTH=OAUTHBEARER" not in offered:
        mechanism, initial = "XOAUTH2", xoauth2
    else:
        mechanism, initial = "OAUTHBEARER", oauthbearer
    try:
        client.authenticate(mechanism, sasl_responder(initial(mailbox.username, token)))
    except imaplib.IMAP4.error:
        fresh = access_token(oauth_client(mailbox), renew=True)  # refused: perhaps revoked or expired early
        try:
            client.authenticate(mechanism, sasl_responder(initial(mailbox.username, fresh)))
        except imaplib.IMAP4.error:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{where} refused the OAuth2 token of {username}: re-authorise the mailbox.",
                ),
                where=f"{mailbox.host}:{mailbox.port}",
                username=mailbox.username,
            ) from None


def _in_words(exc: BaseException, where: str, username: str) -> BaseException:
    if isinstance(exc, ActionRefused):
        return exc
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
    case: StorageDoor,
    name: str,
    *,
    user: str,
    password: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> FetchReport:
    """Copy the folder's new messages into the case file's triage list; the server is left as it was."""
    with case.reader(orm=True) as reading:
        session = reading.orm
        mailbox = _mailbox(session, name)
        session.expunge(mailbox)
    if not mailbox.host:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "{name} only sends: it has no IMAP server to fetch from."), name=mailbox.name
        )
    secret = credential(mailbox, fallback=password)  # the keyring's first, as for sending
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
        status, data = client.uid("SEARCH", None, f"UID {last + 1}:*")  # type: ignore[arg-type]  # no charset
        uids = [int(u) for u in (data[0] or b"").split() if int(u) > last] if status == "OK" else []
        fetched = known = 0
        for start in range(0, len(uids), BATCH):
            if cancelled():
                break
            batch = uids[start : start + BATCH]
            with case.unit_of_work() as session:
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
        with case.unit_of_work() as session:
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
    draft = None
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
    item = InboxMessage(
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
    session.add(item)
    if draft is not None:
        from .matching import match_incoming

        session.flush()
        match_incoming(session, item, draft, now)
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
    from .matching import describe

    return [
        TriageItem(
            m.id,
            box,
            m.sender,
            m.subject,
            m.received_at,
            m.state,
            reference or "",
            describe(session, m) if (m.outgoing_id or m.relay_id) else "",
        )
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
    if item.relay_id or item.outgoing_id:
        return _log_answer(session, item, user=user)
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


def _log_answer(session: Session, item: InboxMessage, *, user: str) -> ImportOutcome:
    """A department's reply (its files attached to the case) or a bounce (already on the case)."""
    from ..explained import Words
    from .email_import import ImportOutcome

    request = session.get(Request, item.request_id) if item.request_id else None
    reference = request.reference if request is not None else ""
    if item.relay_id:
        from .relays import attach_reply

        reference = attach_reply(session, item, user=user)
        message = Words(
            QT_TRANSLATE_NOOP("Services", "The department's reply and its files were attached to {reference}."),
            reference=reference,
        )
    else:
        message = Words(QT_TRANSLATE_NOOP("Services", "The bounce is recorded on {reference}."), reference=reference)
    item.state = TriageState.LOGGED.value
    item.handled_by, item.handled_at = user, events.now(session)
    return ImportOutcome(f"message {item.id}", "imported", message, reference)


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
    mailbox = session.scalar(select(Mailbox).where(Mailbox.name == name.strip(), Mailbox.removed_at.is_(None)))
    if mailbox is None:
        known = (
            ", ".join(session.scalars(select(Mailbox.name).where(Mailbox.removed_at.is_(None)).order_by(Mailbox.name)))
            or "none yet"
        )
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no mailbox called {name} (mailboxes: {known}).",
            ),
            name=name.strip(),
            known=known,
        )
    return mailbox


def waiting_count(session: Session) -> int:
    """How many fetched messages wait in triage, over every mailbox still in use (the menu's count)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(InboxMessage)
            .join(Mailbox, Mailbox.id == InboxMessage.mailbox_id)
            .where(InboxMessage.state == TriageState.TO_TRIAGE.value, Mailbox.removed_at.is_(None))
        )
        or 0
    )
