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
        message = MapiMessage.from_msg_document(document).to_email_message()
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
