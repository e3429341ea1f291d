"""Outlook .msg files (OLE compound files of MAPI properties) read as the MIME message they stand for.

Read in memory with aspose-email-foss (MIT licence, pure Python). extract-msg, the usual choice,
is GPL-3.0 and cannot ship inside a proprietary bundle. Outlook keeps the original internet
headers of a received message (PR_TRANSPORT_MESSAGE_HEADERS): Received lines and the Message-ID
then come through as they were; otherwise they are rebuilt from the MAPI properties.
"""

from __future__ import annotations

from email import policy

from ..explained import QT_TRANSLATE_NOOP, Explained

# Every OLE compound file starts with these eight bytes.
SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")


class MsgUnreadable(Explained):
    """The bytes are not an Outlook message that can be read; str() says why in words."""


def is_outlook_msg(data: bytes) -> bool:
    return data[:8] == SIGNATURE


def msg_to_mime(data: bytes) -> bytes:
    """The message as RFC 5322 bytes; MsgUnreadable when the file is damaged or not a message."""
    from aspose.email_foss.cfb import CFBReader
    from aspose.email_foss.msg import MapiMessage, MsgDocument, MsgReader

    try:
        document = MsgDocument.from_reader(MsgReader(CFBReader(data)))
        mapi = MapiMessage.from_msg_document(document)
        _decode_in_codepage(mapi)
        _clean_transport_headers(mapi)
        message = mapi.to_email_message()
        _exchange_sender(mapi, message)
        return message.as_bytes(policy=policy.default)
    except Exception as exc:  # a damaged compound file can fail in many ways; all mean "unreadable"
        raise MsgUnreadable(
            QT_TRANSLATE_NOOP(
                "Services",
                "This Outlook .msg file cannot be read ({kind}): it may be damaged, or be another kind of "
                "Office file. Save the message again from Outlook (File → Save As → .msg or .eml).",
            ),
            kind=type(exc).__name__,
        ) from None


PTYP_STRING8 = 0x001E
PR_INTERNET_CPID, PR_MESSAGE_CODEPAGE = 0x3FFD, 0x3FDE
WESTERN = {0, 1252, 28591}  # what the library already decodes 8-bit strings as


def _decode_in_codepage(mapi: object) -> None:
    """8-bit strings (PT_STRING8) in the message's own code page, not the library's Windows-1252.

    Outlook writes non-Unicode messages in the sender's code page (PR_INTERNET_CPID, else
    PR_MESSAGE_CODEPAGE): a Russian message in 1251, a Taiwanese one in 950 (Big5). Read as
    Windows-1252 their subject, body and names come out as mojibake ("Âàøå ñîîáùåíèå").
    """
    import codecs

    codepage = 0
    for property_id in (PR_INTERNET_CPID, PR_MESSAGE_CODEPAGE):
        try:
            value = mapi.get_property_value(property_id)  # type: ignore[attr-defined]
        except Exception:
            value = None
        if isinstance(value, int) and value > 0:
            codepage = value
            break
    if codepage in WESTERN:
        return
    encoding = {65001: "utf-8", 1200: "utf-16-le", 1201: "utf-16-be"}.get(codepage, f"cp{codepage}")
    try:
        codecs.lookup(encoding)
    except LookupError:
        return
    holders = [mapi, *getattr(mapi, "recipients", []), *getattr(mapi, "attachments", [])]
    for holder in holders:
        collection = getattr(holder, "properties", None)
        for prop in list(collection.iter_properties()) if collection is not None else []:
            raw = getattr(prop, "raw_direct_stream", None)
            if getattr(prop, "property_type", None) == PTYP_STRING8 and isinstance(raw, bytes | bytearray):
                prop.value = bytes(raw).decode(encoding, errors="replace").rstrip("\x00")


PR_TRANSPORT_MESSAGE_HEADERS = 0x007D
PR_SENDER_NAME, PR_SENDER_ADDRTYPE = 0x0C1A, 0x0C1E
SMTP_ADDRESSES = (0x5D01, 0x5D02, 0x39FE)  # PR_SENDER_SMTP_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS, PR_SMTP_ADDRESS
EXCHANGE_BANNER = "Microsoft Mail Internet Headers"


def _value(mapi: object, property_id: int) -> object:
    try:
        return mapi.get_property_value(property_id)  # type: ignore[attr-defined]
    except Exception:
        return None


def _clean_transport_headers(mapi: object) -> None:
    """Exchange starts the kept headers with a banner line that is not a header; without it the real
    From, Date and Message-ID of the message are read instead of being rebuilt from properties."""
    collection = getattr(mapi, "properties", None)
    for prop in list(collection.iter_properties()) if collection is not None else []:
        if getattr(prop, "property_id", None) == PR_TRANSPORT_MESSAGE_HEADERS and isinstance(prop.value, str):
            first, _, rest = prop.value.partition("\n")
            if first.strip().startswith(EXCHANGE_BANNER):
                prop.value = rest


def _exchange_sender(mapi: object, message: object) -> None:
    """A sender inside the same Exchange organisation is named by an X.500 path ("/O=.../CN=..."),
    not an email address: use its SMTP address when the file keeps one, else say there is none."""
    sender = message.get("From")  # type: ignore[attr-defined]
    addresses = getattr(sender, "addresses", ()) if sender is not None else ()
    if not any(a.username.startswith("/") or a.addr_spec.lstrip('"').startswith("/") for a in addresses):
        return
    smtp = next((v for v in map(lambda i: _value(mapi, i), SMTP_ADDRESSES) if isinstance(v, str) and "@" in v), "")
    name = str(_value(mapi, PR_SENDER_NAME) or (addresses[0].display_name if addresses else "")).strip()
    del message["From"]  # type: ignore[attr-defined]
    if smtp:
        from email.utils import formataddr

        message["From"] = formataddr((name, smtp))  # type: ignore[index]
