"""Answering by email: what must travel encrypted, how its password travels, internal due dates.

Pure rules; the services send, encrypt and record.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from .letters import LetterKind


class PasswordChannel(StrEnum):
    """How the password of an encrypted attachment reaches the person: never in the same message."""

    POST = "post"  # a letter holding the password, printed and posted
    PHONE = "phone"  # read out by telephone (shown on screen to the DPO)
    EMAIL = "email"  # a separate email, only if the DPO accepts the risk

    def label(self, language: str = "en") -> str:
        return _CHANNEL_LABELS[language][self]


_CHANNEL_LABELS = {
    "en": {
        PasswordChannel.POST: "by post",
        PasswordChannel.PHONE: "by telephone",
        PasswordChannel.EMAIL: "in a separate email",
    },
    "fr": {
        PasswordChannel.POST: "par courrier postal",
        PasswordChannel.PHONE: "par téléphone",
        PasswordChannel.EMAIL: "dans un courriel séparé",
    },
}


class Purpose(StrEnum):
    """What an outgoing message carries."""

    LETTER = "letter"
    REPORT = "report"  # the access report (Art. 15)
    BUNDLE = "bundle"  # the portability bundle (Art. 20)
    PASSWORD = "password"  # the password of an earlier message, when the DPO accepted the risk
    RELAY = "relay"  # a request for the person's data to a department
    RELAY_REMINDER = "relay_reminder"
    DIGEST = "digest"  # what falls due, to a member


# Letters whose text states the person's data itself, not only a decision about it.
LETTERS_WITH_PERSONAL_DATA = frozenset({LetterKind.RECTIFICATION_DONE, LetterKind.POST_MORTEM_RECORDED})


def must_encrypt(purpose: Purpose, letter_kind: LetterKind | None = None) -> bool:
    """The attachment holds personal data: it never travels in clear."""
    if purpose in (Purpose.REPORT, Purpose.BUNDLE):
        return True
    return purpose is Purpose.LETTER and letter_kind in LETTERS_WITH_PERSONAL_DATA


def too_big_for_email(size: int, limit: int) -> bool:
    """Above the mailbox's limit, the postal route is proposed instead."""
    return limit > 0 and size > limit


RELAY_DAYS = 10  # the time a department is given, at most
RELAY_MARGIN = 7  # days kept between the department's answer and the legal deadline
RELAY_SHORTEST = 2


def relay_due_date(asked_on: date, legal_deadline: date) -> date:
    """The internal due date of a relay: before the legal one, leaving the DPO time to answer.

    At most RELAY_DAYS after asking, at least RELAY_MARGIN days before the deadline, never sooner
    than RELAY_SHORTEST days after asking (unless the deadline itself is sooner: then the day before it).
    """
    due = min(asked_on + timedelta(days=RELAY_DAYS), legal_deadline - timedelta(days=RELAY_MARGIN))
    due = max(due, asked_on + timedelta(days=RELAY_SHORTEST))
    if due >= legal_deadline:
        due = max(asked_on, legal_deadline - timedelta(days=1))
    return due
