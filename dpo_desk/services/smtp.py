"""Sending one message over SMTP submission (TLS or STARTTLS, authenticated), failures in words.

The bytes given are the bytes sent (CRLF line ends, as kept for evidence); smtplib only adds the
transport's dot-stuffing. Nothing is retried silently: a refusal is reported and nothing recorded.
"""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
from dataclasses import dataclass

from .errors import QT_TRANSLATE_NOOP, ActionRefused

TIMEOUT_SECONDS = 30


class SendFailed(ActionRefused):
    """The server did not take the message: nothing was sent, nothing is marked sent."""


class TooBig(SendFailed):
    """The message is larger than the server (or the mailbox) takes: the post is the way."""


@dataclass(frozen=True, slots=True)
class SmtpTarget:
    host: str
    port: int
    security: str  # "tls" or "starttls"
    username: str
    ca_file: str = ""
    oauth: bool = False


def _context(ca_file: str) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise SendFailed(
                QT_TRANSLATE_NOOP("Services", "The certificate file {ca_file} cannot be read: {exc}."),
                ca_file=ca_file,
                exc=exc,
            ) from None
    return context


def send(
    target: SmtpTarget,
    sender: str,
    recipients: list[str],
    message: bytes,
    secret: str,
    renew: object = None,
) -> None:
    """Send `message` from `sender` to `recipients`. `secret`: the password, or an OAuth2 access
    token; `renew()` gives a fresh token when the server refuses the one given."""
    where = f"{target.host}:{target.port}"
    context = _context(target.ca_file)
    client: smtplib.SMTP | None = None
    try:
        try:
            if target.security == "tls":
                client = smtplib.SMTP_SSL(target.host, target.port, timeout=TIMEOUT_SECONDS, context=context)
            else:
                client = smtplib.SMTP(target.host, target.port, timeout=TIMEOUT_SECONDS)
                client.ehlo()
                if not client.has_extn("starttls"):
                    raise SendFailed(
                        QT_TRANSLATE_NOOP(
                            "Services",
                            "{where} does not offer STARTTLS: nothing was sent in clear. Choose TLS (port 465), "
                            "or check the server.",
                        ),
                        where=where,
                    )
                client.starttls(context=context)
            client.ehlo()
            limit = client.esmtp_features.get("size", "").strip()
            if limit.isdigit() and int(limit) and len(message) > int(limit):
                raise TooBig(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "The message is {size:.1f} MB and {where} takes at most {limit:.1f} MB: nothing was sent. "
                        "Send it by post.",
                    ),
                    size=len(message) / 1e6,
                    where=where,
                    limit=int(limit) / 1e6,
                )
            _login(client, target, secret, renew)
            refused = client.sendmail(sender, recipients, message)
        except smtplib.SMTPRecipientsRefused as exc:
            address, (code, reply) = next(iter(exc.recipients.items()))
            raise SendFailed(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{where} refused the recipient {address} ({code} {reply}): nothing was sent. Check the address.",
                ),
                where=where,
                address=address,
                code=code,
                reply=_text(reply),
            ) from None
        if refused:
            address, (code, reply) = next(iter(refused.items()))
            raise SendFailed(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{where} refused the recipient {address} ({code} {reply}).",
                ),
                where=where,
                address=address,
                code=code,
                reply=_text(reply),
            )
    except SendFailed:
        raise
    except BaseException as exc:
        raise _in_words(exc, where, target, len(message)) from None
    finally:
        if client is not None:
            with contextlib.suppress(Exception):
                client.quit()
            with contextlib.suppress(Exception):
                client.close()


def _login(client: smtplib.SMTP, target: SmtpTarget, secret: str, renew: object) -> None:
    if not target.oauth:
        client.login(target.username, secret)
        return
    from .oauth import oauthbearer, sasl_responder, xoauth2

    offered = client.esmtp_features.get("auth", "").upper().split()
    mechanism, initial = (
        ("OAUTHBEARER", oauthbearer)
        if "XOAUTH2" not in offered and "OAUTHBEARER" in offered
        else (
            "XOAUTH2",
            xoauth2,
        )
    )
    for attempt in range(2):
        token = secret if attempt == 0 else renew()  # type: ignore[operator]
        respond = sasl_responder(initial(target.username, token))
        try:
            client.auth(mechanism, lambda challenge=None, r=respond: r(challenge).decode())
            return
        except smtplib.SMTPAuthenticationError:
            if attempt == 1 or renew is None:
                raise ActionRefused(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "{where} refused the OAuth2 token of {username}: re-authorise the mailbox. Nothing was sent.",
                    ),
                    where=f"{target.host}:{target.port}",
                    username=target.username,
                ) from None


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)


def _in_words(exc: BaseException, where: str, target: SmtpTarget, size: int) -> BaseException:
    if isinstance(exc, SendFailed):
        return exc
    if isinstance(exc, ActionRefused):
        return SendFailed(exc.template, **exc.values)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SendFailed(
            QT_TRANSLATE_NOOP(
                "Services", "{where} refused the user name or password for {username}: nothing was sent."
            ),
            where=where,
            username=target.username,
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendFailed(
            QT_TRANSLATE_NOOP("Services", "{where} does not allow signing in this way ({why}): nothing was sent."),
            where=where,
            why=exc,
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        if exc.smtp_code == 552:
            return TooBig(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{where} refused the message as too big ({size:.1f} MB): nothing was sent. Send it by post.",
                ),
                where=where,
                size=size / 1e6,
            )
        return SendFailed(
            QT_TRANSLATE_NOOP("Services", "{where} refused to send from {address} ({code} {reply}): nothing was sent."),
            where=where,
            address=_text(exc.sender),
            code=exc.smtp_code,
            reply=_text(exc.smtp_error),
        )
    if isinstance(exc, smtplib.SMTPDataError | smtplib.SMTPResponseException):
        code, reply = exc.smtp_code, _text(exc.smtp_error)
        if code == 552 or "too big" in reply.lower() or "size" in reply.lower() or "too much" in reply.lower():
            return TooBig(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{where} refused the message as too big ({size:.1f} MB): nothing was sent. Send it by post.",
                ),
                where=where,
                size=size / 1e6,
            )
        return SendFailed(
            QT_TRANSLATE_NOOP("Services", "{where} refused the message ({code} {reply}): nothing was sent."),
            where=where,
            code=code,
            reply=reply,
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SendFailed(
            QT_TRANSLATE_NOOP(
                "Services",
                "The certificate of {where} is not trusted ({why}): nothing was sent. If your organisation uses "
                "its own certificate authority, give its certificate file in the mailbox settings.",
            ),
            where=where,
            why=exc.verify_message,
        )
    if isinstance(exc, ssl.SSLError):
        return SendFailed(
            QT_TRANSLATE_NOOP(
                "Services",
                "The secure connection (TLS) with {where} failed ({why}): nothing was sent. Check the port and "
                "the security (TLS on 465, STARTTLS on 587).",
            ),
            where=where,
            why=exc.reason or exc,
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SendFailed(
            QT_TRANSLATE_NOOP("Services", "{where} closed the connection ({why}): nothing was sent."),
            where=where,
            why=exc or "no reason given",
        )
    if isinstance(exc, TimeoutError | socket.timeout):
        return SendFailed(
            QT_TRANSLATE_NOOP("Services", "{where} did not answer within {seconds} seconds: nothing was sent."),
            where=where,
            seconds=TIMEOUT_SECONDS,
        )
    if isinstance(exc, OSError):
        return SendFailed(
            QT_TRANSLATE_NOOP("Services", "Could not reach the mail server {where} ({why}): nothing was sent."),
            where=where,
            why=getattr(exc, "strerror", None) or str(exc),
        )
    if isinstance(exc, smtplib.SMTPException):
        return SendFailed(
            QT_TRANSLATE_NOOP("Services", "{where} did not take the message ({why}): nothing was sent."),
            where=where,
            why=exc,
        )
    return exc
