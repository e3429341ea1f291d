"""The form of a letter about a case: to whom, in which envelope, with which mentions.

Who the letter goes to (the person, or whoever asked on their behalf, with the civility each gave),
the address checked against La Poste's six lines of 38 characters, the side of the envelope's
window, the registered-letter mention, and the salutation. What the letter says is services/letters.
"""

from __future__ import annotations

from ..domain.civility import Civility, name_line, parse_civility, with_civility
from ..domain.envelope import MAX_CHARACTERS, MAX_LINES, AddressTooLong, WindowSide, check_address, parse_side
from ..domain.letters import DECISION_LETTERS, LetterKind
from ..domain.proxies import ON_BEHALF_LABEL, OnBehalf, on_behalf_reference
from ..storage.models import Request
from .errors import QT_TRANSLATE_NOOP, ActionRefused

REGISTERED_MENTION = {
    "fr": "Lettre recommandée avec accusé de réception",
    "en": "Registered letter with acknowledgement of receipt",
}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def addressee_civility(request: Request) -> Civility:
    """The civility of whoever the letter is addressed to."""
    if OnBehalf(request.on_behalf or "") is not OnBehalf.SELF:
        return parse_civility(request.requester_civility or "")
    return parse_civility(request.person.civility or "")


def recipient(request: Request, language: str) -> list[str]:
    """The address block: civility and name, then the postal address (or the email address).

    A postal address the window cannot show whole is refused, never cut.
    """
    proxy = OnBehalf(request.on_behalf or "") is not OnBehalf.SELF
    name = request.requester_name if proxy else request.person.display_name
    address = _lines(request.requester_address if proxy else request.person.postal_address)
    emails = [request.requester_email] if proxy and request.requester_email else list(request.person.emails[:1])
    first = name_line(addressee_civility(request), name, language)
    if not address:
        return [first, *emails[:1]]
    lines = [first, *address]
    try:
        check_address(lines)
    except AddressTooLong as exc:
        if exc.longest:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The address line “{line}” has {length} characters; La Poste reads at most {most} per line "
                    "in the envelope's window. Shorten it (abbreviate the street type, e.g. “bd”, “av.”) in the "
                    "person's details; nothing was written.",
                ),
                line=exc.longest,
                length=len(exc.longest),
                most=MAX_CHARACTERS,
            ) from None
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The address has {lines} lines with the name; La Poste reads at most {most} in the envelope's "
                "window. Put it on fewer lines in the person's details; nothing was written.",
            ),
            lines=exc.lines,
            most=MAX_LINES,
        ) from None
    return lines


def email_addressee(request: Request) -> tuple[str, str]:
    """(address, name) an answer by email goes to: whoever made the request, when someone else did."""
    if OnBehalf(request.on_behalf or "") is not OnBehalf.SELF:
        return request.requester_email, request.requester_name
    return next((e for e in request.person.emails if e.strip()), ""), request.person.display_name


def references(request: Request, language: str) -> list[tuple[str, str]]:
    """The lines beside the window that say on whose behalf the request was made, when it was."""
    kind = OnBehalf(request.on_behalf or "")
    if kind is OnBehalf.SELF:
        return []
    text = on_behalf_reference(kind, request.person.display_name, language, deceased=kind.needs_death_proof)
    return [(ON_BEHALF_LABEL[language], text)]


def window(request: Request) -> WindowSide:
    return parse_side(request.organisation.envelope_window or "right")


def registered_by_default(request: Request, kind: LetterKind) -> bool:
    """Decisions (extension, refusal) sent by post go as registered letters with acknowledgement."""
    return kind in DECISION_LETTERS and request.channel == "post"


def mention(registered: bool, language: str) -> str:
    return REGISTERED_MENTION[language] if registered else ""


def paragraphs(request: Request, texts: list[str], language: str) -> list[str]:
    """The letter's paragraphs with the salutation and closing in the addressee's civility."""
    return with_civility(texts, addressee_civility(request), language)
