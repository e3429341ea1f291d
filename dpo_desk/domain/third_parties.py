"""Other people's data in a document or an extract, proposed for redaction (Art. 15(4)); never automatic.

Emails, phone numbers (Google's libphonenumber rules, through `phonenumbers`), postal addresses and
names that are not the data subject's are found in text and proposed; the DPO decides. Free text
always needs the DPO's eye: a name written without a civility or a capital is not found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

import phonenumbers

from .right_keywords import normalise


class Kind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    ADDRESS = "address"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class Finding:
    """Text at [start, end) of what was searched that looks like another person's data."""

    kind: Kind
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Subject:
    """What is known of the data subject: their own data is never proposed."""

    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()


_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ"
_LOWER = "a-zàâäçéèêëîïôöùûüÿæœß"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_SURNAME = rf"[{_UPPER}][{_UPPER}'-]+"
_CIVILITY = r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Me|Madame|Monsieur|Mademoiselle|Docteur|Maître)"
# "Mme Sophie Martin", "M. DUPONT", "Jean-Pierre DURAND", "DURAND Jean".
_NAMES = (
    re.compile(rf"\b{_CIVILITY}\s+(?:{_WORD}\s+)?(?:{_WORD}|{_SURNAME})(?:\s+{_SURNAME})?"),
    re.compile(rf"\b{_WORD}\s+{_SURNAME}\b"),
    re.compile(rf"\b{_SURNAME}\s+{_WORD}\b"),
)
_STREET = (
    r"(?:rue|avenue|av\.|boulevard|bd|place|pl\.|chemin|allée|allee|impasse|route|quai|cours|square|"
    r"passage|voie|sentier|lotissement|résidence|residence|street|st\.|road|rd\.|lane|drive)"
)
_CITY = rf"[{_UPPER}][{_LOWER}{_UPPER}'’-]+(?:[ -](?:sur|sous|en|le|la|les|[{_UPPER}][{_LOWER}{_UPPER}'’-]+))*"
# "12 bis rue des Lilas", "3, avenue Foch 75016 Paris", "14 Rose Street".
_ADDRESS = re.compile(
    rf"\b\d{{1,4}}(?:\s?(?:bis|ter|quater|[a-dA-D]))?,?\s+{_STREET}\s+[^\n,;.]{{2,60}}?"
    rf"(?:(?:,?\s+\d{{5}}\s+{_CITY})|(?=[\n,;.]|$))",
    re.IGNORECASE,
)
_POSTCODE_CITY = re.compile(rf"\b\d{{5}}\s+{_CITY}")
# Words that look like a name in "Word WORD" but are not one (headings, months, legal words).
_NOT_NAMES = {
    normalise(w)
    for w in (
        "RGPD",
        "GDPR",
        "CNIL",
        "PDF",
        "CCTV",
        "SAS",
        "SARL",
        "SA",
        "UE",
        "EU",
        "TSA",
        "CEDEX",
        "Objet",
        "Article",
        "Madame",
        "Monsieur",
        "Cedex",
    )
}


def _phone_key(text: str, region: str = "FR") -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", normalise(text)) if len(w) >= 2}


def _is_subject_name(text: str, subject: Subject) -> bool:
    found = _words(text)
    for name in subject.names:
        mine = _words(name)
        if mine and (mine <= found or found - _CIVILITY_WORDS <= mine):
            return True
    return False


_CIVILITY_WORDS = {"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "madame", "monsieur", "mademoiselle", "docteur"}


def _is_subject_address(text: str, subject: Subject) -> bool:
    found = _words(text)
    return any(found and found <= _words(address) for address in subject.addresses)


def find_third_parties(text: str, subject: Subject, region: str = "FR") -> list[Finding]:
    """What in `text` looks like someone else's data, in reading order, without overlaps."""
    own_emails = {e.strip().lower() for e in subject.emails}
    own_phones = {key for key in (_phone_key(p, region) for p in subject.phones) if key}
    found: list[Finding] = []
    for match in _EMAIL.finditer(text):
        if match.group().lower().rstrip(".") not in own_emails:
            found.append(Finding(Kind.EMAIL, match.start(), match.end(), match.group()))
    for phone in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        key = phonenumbers.format_number(phone.number, phonenumbers.PhoneNumberFormat.E164)
        if key not in own_phones:
            found.append(Finding(Kind.PHONE, phone.start, phone.end, phone.raw_string))
    for pattern in (_ADDRESS, _POSTCODE_CITY):
        for match in pattern.finditer(text):
            value = match.group().strip()
            if not _is_subject_address(value, subject):
                start = match.start() + (len(match.group()) - len(match.group().lstrip()))
                found.append(Finding(Kind.ADDRESS, start, start + len(value), value))
    for pattern in _NAMES:
        for match in pattern.finditer(text):
            value = match.group()
            if _words(value) & _NOT_NAMES or _is_subject_name(value, subject):
                continue
            found.append(Finding(Kind.NAME, match.start(), match.end(), value))
    return _without_overlaps(found)


def _without_overlaps(found: Iterable[Finding]) -> list[Finding]:
    """The longest finding wins where two overlap (an address holding a name, a name inside an email)."""
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)
