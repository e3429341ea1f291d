"""Reading an email (.eml) into what the intake form needs, without ever failing on bad input.

Standard library parser with the modern policy. Every header is read defensively: a header that
cannot be understood becomes a warning, never an exception. HTML-only bodies are turned into text
by a tag stripper that loads nothing (no images, no links, no local files). Everything here runs
in a separate, limited process (email_worker.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.civility import guess_civility
from ..domain.right_keywords import suggest_rights
from ..domain.rights import Right
from ..explained import QT_TRANSLATE_NOOP, Explained, Words
from .outlook_msg import MsgUnreadable, is_outlook_msg, msg_to_mime

Day = date  # for annotations inside EmailDraft, whose field `date` hides the type there

PARIS = ZoneInfo("Europe/Paris")
MAX_MESSAGE_BYTES = 50 * 1024 * 1024
MAX_PARTS = 500


class EmailRefused(Explained, ValueError):
    """The file cannot be taken in at all (too large, empty); str() says why."""


@dataclass(frozen=True, slots=True)
class EmailAttachment:
    filename: str
    media_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class EmailDraft:
    """What a message says, as far as it could be read, and what could not."""

    raw: bytes
    from_address: str = ""
    from_name: str = ""
    to: list[str] = field(default_factory=list)
    subject: str = ""
    date: datetime | None = None
    received_at: datetime | None = None
    message_id: str = ""
    body_text: str = ""
    attachments: list[EmailAttachment] = field(default_factory=list)
    suggested_rights: list[Right] = field(default_factory=list)
    suggested_civility: str = ""  # "madame" / "monsieur" when the message says it (domain/civility.py)
    warnings: list[str] = field(default_factory=list)
    # Threading, and for a delivery failure report (a bounce): the Message-IDs of what bounced, and why.
    in_reply_to: str = ""
    references: list[str] = field(default_factory=list)
    bounce_of: list[str] = field(default_factory=list)
    bounce_reason: str = ""

    @property
    def received_on(self) -> Day | None:
        """The date to propose as received: delivery to our server, else the sender's Date.

        Taken in French time: a deadline ends at midnight in Paris, not in the sender's zone.
        """
        moment = self.received_at or self.date
        return moment.astimezone(PARIS).date() if moment is not None else None

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.from_address,
            "from_name": self.from_name,
            "to": self.to,
            "subject": self.subject,
            "date": self.date.isoformat() if self.date else None,
            "received_on": self.received_on.isoformat() if self.received_on else None,
            "message_id": self.message_id,
            "body_text": self.body_text,
            "attachments": [{"name": a.filename, "size": a.size, "sha256": a.sha256} for a in self.attachments],
            "suggested_rights": [r.value for r in self.suggested_rights],
            "suggested_civility": self.suggested_civility,
            "warnings": self.warnings,
        }


def check_size(raw: bytes) -> None:
    """Refuse an empty or oversized message before anything reads it."""
    if not raw or raw.isspace():  # without copying a message of tens of megabytes
        raise EmailRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The file is empty: there is no message to read.",
            )
        )
    if len(raw) > MAX_MESSAGE_BYTES:
        raise too_large(len(raw))


def too_large(size: int) -> EmailRefused:
    """The refusal of a message of `size` bytes, over MAX_MESSAGE_BYTES."""
    return EmailRefused(
        QT_TRANSLATE_NOOP(
            "Services",
            "The message is {megabytes:.0f} MB; messages over {limit} MB are not taken in. Save its "
            "attachments separately.",
        ),
        megabytes=size / 1024 / 1024,
        limit=MAX_MESSAGE_BYTES // 1024 // 1024,
    )


def read_email(raw: bytes) -> EmailDraft:
    """What an email says: an RFC 5322 message (.eml, one of an mbox) or an Outlook .msg file.

    Runs in the email worker process (email_worker.parse_email), never in the window's.
    """
    check_size(raw)
    draft = EmailDraft(raw=raw)  # the original, kept verbatim as evidence (an Outlook .msg stays one)
    mime = raw
    if is_outlook_msg(raw):
        try:
            mime = msg_to_mime(raw)
        except MsgUnreadable as exc:
            raise EmailRefused(exc.template, **exc.values) from None
        draft.warnings.append(
            Words(QT_TRANSLATE_NOOP("Services", "Read from an Outlook .msg file; the original file is kept."))
        )
    message = BytesParser(policy=policy.default).parsebytes(mime)
    _read_sender(message, draft)
    draft.to = _addresses(message, "to", draft) + _addresses(message, "cc", draft)
    draft.subject = _text_header(message, "subject", draft)
    draft.message_id = _text_header(message, "message-id", draft).strip()
    draft.date = _date_header(message, draft)
    draft.received_at = _delivery_time(message)
    draft.body_text = _body(message, draft)
    draft.attachments = _attachments(message, draft)
    for defect in message.defects:
        draft.warnings.append(
            Words(QT_TRANSLATE_NOOP("Services", "The message is malformed: {defect}."), defect=type(defect).__name__)
        )
    draft.in_reply_to = _text_header(message, "in-reply-to", draft).strip()
    draft.references = _MESSAGE_IDS.findall(_text_header(message, "references", draft))
    if _is_bounce(message, draft):
        draft.bounce_of, draft.bounce_reason = _bounce(message)
    draft.suggested_rights = suggest_rights(f"{draft.subject}\n{draft.body_text}")
    draft.suggested_civility = guess_civility(draft.body_text, draft.from_name.rpartition(" ")[2]).value
    if not draft.from_address:
        draft.warnings.append(
            Words(QT_TRANSLATE_NOOP("Services", "The sender's address could not be read: enter it by hand."))
        )
    return draft


_MESSAGE_IDS = re.compile(r"<[^<>\s]+@[^<>\s]+>")
_ORIGINAL_ID = re.compile(r"^(?:message-id|original-message-id)\s*:\s*(<[^<>\s]+@[^<>\s]+>)", re.I | re.M)


def _is_bounce(message: EmailMessage, draft: EmailDraft) -> bool:
    """A delivery status notification (RFC 3464), or what mail servers send that looks like one."""
    if message.get_content_type() == "multipart/report":
        return True
    sender = draft.from_address.lower()
    return sender.startswith(("mailer-daemon@", "postmaster@")) or sender in ("mailer-daemon", "postmaster")


def _bounce(message: EmailMessage) -> tuple[list[str], str]:
    """(Message-IDs of the messages that bounced, the reason the server gave)."""
    found: list[str] = []
    reasons: list[str] = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            for block in part.get_payload():
                if isinstance(block, EmailMessage | Message):
                    for name in ("diagnostic-code", "status"):
                        if block.get(name):
                            reasons.append(f"{name.title()}: {str(block.get(name)).strip()}")
        elif kind == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else None
            if isinstance(inner, Message) and inner.get("message-id"):
                found.append(str(inner.get("message-id")).strip())
        elif kind in ("text/rfc822-headers", "text/plain"):
            with contextlib.suppress(LookupError, ValueError, TypeError):
                found += _ORIGINAL_ID.findall(part.get_content())
    unique = list(dict.fromkeys(found))
    return unique, "; ".join(dict.fromkeys(reasons))[:500]


def unescape(text: str) -> str:
    """Header text with raw 8-bit bytes (left as surrogate escapes by the parser) decoded.

    Modern clients send raw UTF-8; older ones Latin-1. Surrogates must never reach the case file.
    """
    if not any("\udc80" <= c <= "\udcff" for c in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _unreadable_header(draft: EmailDraft, header: str, exc: Exception) -> None:
    draft.warnings.append(
        Words(
            QT_TRANSLATE_NOOP("Services", "The {header} header could not be read ({kind})."),
            header=header,
            kind=type(exc).__name__,
        )
    )


def _text_header(message: EmailMessage, name: str, draft: EmailDraft) -> str:
    try:
        value = message.get(name)
    except Exception as exc:  # the policy raises various errors on broken headers
        _unreadable_header(draft, name, exc)
        return unescape(_raw_header(message, name))
    if value is None:
        return ""
    text = str(value)
    if "\ufffd" in text:  # 8-bit bytes the parser replaced: read them again from the raw header
        raw = unescape(_raw_header(message, name))
        if "\ufffd" not in raw and "=?" not in raw:
            return " ".join(raw.split())
    return unescape(text)


def _raw_header(message: EmailMessage, name: str) -> str:
    """The header as written, for when it cannot be decoded (8-bit Latin-1 is the usual case)."""
    for key, value in message.raw_items():
        if key.lower() == name:
            text = str(value)
            try:
                return text.encode("ascii", "surrogateescape").decode("latin-1")
            except UnicodeError:
                return text
    return ""


def _read_sender(message: EmailMessage, draft: EmailDraft) -> None:
    for header in ("from", "sender", "reply-to"):
        try:
            value = message.get(header)
            addresses = getattr(value, "addresses", ()) if value is not None else ()
        except Exception as exc:
            _unreadable_header(draft, header, exc)
            continue
        for address in addresses:
            if address.addr_spec and "@" in address.addr_spec:
                draft.from_address = unescape(address.addr_spec).strip().lower()
                draft.from_name = unescape(address.display_name).strip()
                return


def _addresses(message: EmailMessage, header: str, draft: EmailDraft) -> list[str]:
    try:
        value = message.get(header)
        addresses = getattr(value, "addresses", ()) if value is not None else ()
        return [unescape(a.addr_spec).lower() for a in addresses if a.addr_spec and "@" in a.addr_spec]
    except Exception as exc:
        _unreadable_header(draft, header, exc)
        return []


def _date_header(message: EmailMessage, draft: EmailDraft) -> datetime | None:
    try:
        value = message.get("date")
        moment = getattr(value, "datetime", None) if value is not None else None
    except Exception:
        moment = None
    if moment is None and message.get("date", failobj=None) is not None:
        draft.warnings.append(
            Words(QT_TRANSLATE_NOOP("Services", "The Date header could not be read: check the date received."))
        )
    if moment is not None and moment.tzinfo is None:
        moment = moment.astimezone()
    return moment


def _delivery_time(message: EmailMessage) -> datetime | None:
    """The time of the top Received header: when the message reached the last server (ours)."""
    for key, value in message.raw_items():
        if key.lower() != "received":
            continue
        _, _, stamp = str(value).rpartition(";")
        try:
            moment = parsedate_to_datetime(stamp.strip())
        except (TypeError, ValueError, IndexError):
            return None
        return moment if moment.tzinfo is not None else moment.astimezone()
    return None


def _body(message: EmailMessage, draft: EmailDraft) -> str:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except Exception:
        part = None
    if part is None:
        if message.get_content_maintype() == "text":
            part = message
        else:
            return ""
    text = _part_text(part, draft)
    if part.get_content_subtype() == "html":
        text = html_to_text(text)
    return text.strip()


def _part_text(part: MIMEPart, draft: EmailDraft) -> str:
    if part.get_content_charset() is None:  # undeclared: modern mailers send UTF-8, old ones Latin-1
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes):
            try:
                return payload.decode("utf-8")
            except UnicodeDecodeError:
                return payload.decode("latin-1")
    try:
        content = part.get_content()
        if isinstance(content, str):
            return content
    except Exception:
        draft.warnings.append(
            Words(
                QT_TRANSLATE_NOOP(
                    "Services", "The text of the message uses an unknown encoding; some characters may be wrong."
                )
            )
        )
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return payload.decode("utf-8", errors="replace")
    return str(part.get_payload())


def _attachments(message: EmailMessage, draft: EmailDraft) -> list[EmailAttachment]:
    found: list[EmailAttachment] = []
    if sum(1 for _ in zip(message.walk(), range(MAX_PARTS + 1), strict=False)) > MAX_PARTS:
        draft.warnings.append(
            Words(
                QT_TRANSLATE_NOOP("Services", "The message has more than {limit} parts; the rest was not read."),
                limit=MAX_PARTS,
            )
        )
    try:
        candidates = list(message.iter_attachments())
    except Exception as exc:
        draft.warnings.append(
            Words(
                QT_TRANSLATE_NOOP("Services", "The attachments could not be listed ({kind})."), kind=type(exc).__name__
            )
        )
        return found
    for index, part in enumerate(candidates[:MAX_PARTS], 1):
        try:
            name = part.get_filename() or ""
        except Exception:
            name = ""
        media_type = part.get_content_type()
        try:
            if media_type == "message/rfc822":
                data = part.as_bytes()
                name = name or f"attached-message-{index}.eml"
            else:
                payload = part.get_payload(decode=True)
                data = payload if isinstance(payload, bytes) else b""
        except Exception as exc:
            draft.warnings.append(
                Words(
                    QT_TRANSLATE_NOOP("Services", "Attachment {index} could not be decoded ({kind}); it was left out."),
                    index=index,
                    kind=type(exc).__name__,
                )
            )
            continue
        found.append(EmailAttachment(unescape(name) or f"attachment-{index}", media_type, data))
    return found


class _TextExtractor(HTMLParser):
    """Visible text of an HTML body. It only reads tags: nothing is fetched, nothing is followed."""

    BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"})
    HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self._hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self._hidden:
            self._hidden -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    extractor = _TextExtractor()
    try:
        extractor.feed(markup)
        extractor.close()
    except Exception:
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = "".join(extractor.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()
