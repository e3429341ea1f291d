"""Writing a case's letters, keeping them in the case file, and recording when they were sent."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypedDict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.channels import Channel
from ..domain.letters import (
    DECISION_LETTERS,
    LetterError,
    LetterKind,
    check_template,
    date_in_words,
    dateline,
    fill,
)
from ..domain.people import display_name
from ..domain.rights import Right
from ..domain.statuses import Status
from ..explained import Words
from ..paths import resources_dir
from ..storage.models import Letter, LetterTemplate, Organisation, Person, Request
from . import clock, events, letter_form
from .cases import load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .members import require_dpo
from .organisations import get_organisation
from .views import LetterView


def shipped_template(kind: LetterKind, language: str) -> str:
    path = resources_dir() / "letters" / language / f"{kind.value}.txt"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LetterError(f"There is no {kind.value.replace('_', ' ')} letter in {language!r} yet.") from None


def template_text(session: Session, org: Organisation, kind: LetterKind, language: str) -> tuple[str, bool]:
    """(text, is the organisation's own) of the template used for `kind` in `language`."""
    own = session.scalar(
        select(LetterTemplate.text).where(
            LetterTemplate.organisation_id == org.id,
            LetterTemplate.kind == kind.value,
            LetterTemplate.language == language,
        )
    )
    return (own, True) if own is not None else (shipped_template(kind, language), False)


def save_template(
    session: Session, organisation_code: str, kind: LetterKind, language: str, text: str, *, user: str
) -> None:
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change the wording of letters"))
    """Keep the organisation's own wording of a letter (checked first: it must be fillable)."""
    org = get_organisation(session, organisation_code)
    try:
        check_template(text, kind=kind)
    except LetterError as exc:
        raise ActionRefused(str(exc)) from None
    row = session.scalar(
        select(LetterTemplate).where(
            LetterTemplate.organisation_id == org.id,
            LetterTemplate.kind == kind.value,
            LetterTemplate.language == language,
        )
    )
    if row is None:
        row = LetterTemplate(organisation_id=org.id, kind=kind.value, language=language)
        session.add(row)
    row.text, row.updated_at, row.updated_by = text, events.now(session), user
    events.record(
        session,
        user=user,
        kind="template_changed",
        details={"code": org.code, "letter": kind.value, "language": language},
    )


def reset_template(session: Session, organisation_code: str, kind: LetterKind, language: str, *, user: str) -> None:
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change the wording of letters"))
    """Go back to the shipped wording."""
    org = get_organisation(session, organisation_code)
    row = session.scalar(
        select(LetterTemplate).where(
            LetterTemplate.organisation_id == org.id,
            LetterTemplate.kind == kind.value,
            LetterTemplate.language == language,
        )
    )
    if row is not None:
        session.delete(row)
        events.record(
            session,
            user=user,
            kind="template_changed",
            details={"code": org.code, "letter": kind.value, "language": language, "reset": True},
        )


def _authority_inline(org: Organisation) -> str:
    return ", ".join(line.strip() for line in org.supervisory_authority.splitlines() if line.strip())


def as_sentence(text: str) -> str:
    """Free text typed by the DPO, ending as a sentence does in a letter."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…»" else text + "."


def letter_values(request: Request, language: str, details: str = "") -> dict[str, str]:
    """What the placeholders of a letter about `request` stand for, in `language`."""
    org = request.organisation
    rights = ", ".join(Right(r.right).label(language).lower() for r in request.rights)
    refused = request.status in (Status.REFUSED.value, Status.PARTIALLY_REFUSED.value)  # reasons on record
    return {
        "reference": request.reference,
        "person_name": request.person.display_name,
        "received_date": date_in_words(request.received_on, language),
        "due_date": date_in_words(request.due_on, language),
        "extended_date": date_in_words(request.extended_due_on, language) if request.extended else "",
        "extension_reasons": as_sentence(request.extension_reason) if request.extended else "",
        "refusal_reasons": as_sentence(request.status_reason) if refused else "",
        "identity_doubt": as_sentence(request.identity_doubt),
        "rights": rights,
        "organisation": org.legal_name,
        "dpo_email": org.dpo_email,
        "authority_inline": _authority_inline(org),
        "details": as_sentence(details),
    }


def _layout(  # type: ignore[no-untyped-def]
    request: Request,
    template: str,
    where: str,
    language: str,
    details: str,
    today: date,
    sign_by_hand: bool = False,
    extra: dict[str, str] | None = None,
    enclosures: str = "",
    *,
    registered: bool = False,
):
    from ..renderers.letters_pdf import LetterLayout  # ReportLab is imported only when a letter is made

    values = {**letter_values(request, language, details), **(extra or {})}
    filled = fill(template, values, where=where, language=language)
    org = request.organisation
    recipient = letter_form.recipient(request, language)
    references = [("Notre référence :" if language == "fr" else "Our reference:", request.reference)]
    references += letter_form.references(request, language)
    if request.registered_mail_no:
        label = "Votre envoi recommandé n° " if language == "fr" else "Your registered letter no."
        references.append((label.strip(), request.registered_mail_no))
    sender = [org.legal_name, *[line for line in org.address.splitlines() if line.strip()]]
    if org.dpo_email:
        sender.append(
            ("Délégué à la protection des données : " if language == "fr" else "Data Protection Officer: ")
            + org.dpo_email
        )
    address_inline = ", ".join(line.strip() for line in org.address.splitlines() if line.strip())
    footer = " — ".join(part for part in (org.legal_name, address_inline, org.dpo_email) if part)
    return LetterLayout(
        language=language,
        sender=sender,
        recipient=recipient,
        dateline=dateline(org.city, today, language),
        references=references,
        subject=filled.subject,
        paragraphs=letter_form.paragraphs(request, filled.paragraphs, language),
        signatory_name=org.signatory_name or org.dpo_name,
        signatory_title=org.signatory_title,
        footer=footer,
        signature_image=None if sign_by_hand else org.signature_image,
        extra_space_to_sign=sign_by_hand,
        title=f"{request.reference} — {filled.subject}",
        author=org.legal_name,
        window=letter_form.window(request),
        mention=letter_form.mention(registered, language),
        enclosures=enclosures,
    )


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """A letter worked out from the case file but not rendered nor kept yet (prepare_letter).

    `last_event` is the history's last event when it was read: keep_letter refuses the draft if
    anything was recorded since (still_current), so a letter rendered outside the write
    transaction never states what the file no longer says.
    """

    request_id: int
    reference: str
    kind: LetterKind
    language: str
    registered: bool
    layout: Any  # renderers.letters_pdf.LetterLayout: ReportLab is imported only when a letter is made
    last_event: int

    @property
    def subject(self) -> str:
        return str(self.layout.subject)


def prepare_letter(
    session: Session,
    reference: str,
    kind: LetterKind,
    *,
    user: str,
    today: date,
    language: str | None = None,
    details: str = "",
    sign_by_hand: bool = False,
    extra: dict[str, str] | None = None,
    registered: bool | None = None,
) -> LetterDraft:
    """Everything a letter needs from the case file, checked (refused in words), without rendering
    it: a read, which may run in a read-only session. See create_letter for the options."""
    if kind in DECISION_LETTERS:
        require_dpo(
            session, user, QT_TRANSLATE_NOOP("Services", "write the letter that notifies an extension or a refusal")
        )
    request = load_request(session, reference)
    language = language or request.organisation.letter_language
    if language not in ("fr", "en"):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Letters can be written in French (fr) or English (en).",
            )
        )
    if kind is LetterKind.EXTENSION_NOTICE and today > request.due_on:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The extension notice had to reach the person by {due_on}, within the first month (Art. "
                "12(3)); it is too late to write one now.",
            ),
            due_on=request.due_on,
        )
    from ..domain.letter_blocks import enclosures_line
    from .letter_content import content_values

    built, enclosed = content_values(session, request, kind, language, today)  # what was recorded, or refused
    template, own = template_text(session, request.organisation, kind, language)
    where = f"{kind.value} ({language}{', own wording' if own else ''})"
    try:
        check_template(template, where, kind)
        if registered is None:
            registered = letter_form.registered_by_default(request, kind)
        layout = _layout(
            request,
            template,
            where,
            language,
            details,
            today,
            sign_by_hand,
            {**built, **(extra or {})},
            enclosures_line(language, enclosed),
            registered=registered,
        )
    except LetterError as exc:
        raise ActionRefused(str(exc)) from None
    return LetterDraft(request.id, request.reference, kind, language, registered, layout, _last_event(session))


def _last_event(session: Session) -> int:
    from ..storage.models import Event

    return int(session.scalar(select(func.max(Event.seq))) or 0)


def render_draft(draft: LetterDraft) -> bytes:
    """The letter's PDF (ReportLab: tens of milliseconds): no session, so run it outside any transaction."""
    from ..renderers.letters_pdf import render_letter

    return render_letter(draft.layout)


def still_current(session: Session, draft: LetterDraft) -> bool:
    """Nothing was recorded in the case file since the draft was read."""
    return _last_event(session) == draft.last_event


def keep_letter(session: Session, draft: LetterDraft, pdf: bytes, *, user: str) -> int:
    """Keep the rendered letter and record it in the history (in the write transaction); its id."""
    request = session.get(Request, draft.request_id) or load_request(session, draft.reference)  # gone: said
    letter = Letter(
        request_id=draft.request_id,
        kind=draft.kind.value,
        language=draft.language,
        subject=draft.subject,
        created_at=events.now(session),
        created_by=user,
        sha256=hashlib.sha256(pdf).hexdigest(),
        pdf=pdf,
        sent_channel="",
        registered_mail_no="",
        registered=draft.registered,
    )
    session.add(letter)
    session.flush()
    events.record(
        session,
        user=user,
        kind="letter_created",
        request=request,
        details={
            "letter_id": letter.id,
            "letter": draft.kind.value,
            "language": draft.language,
            "sha256": letter.sha256,
        },
    )
    return letter.id


def create_letter(
    session: Session,
    reference: str,
    kind: LetterKind,
    *,
    user: str,
    today: date,
    language: str | None = None,
    details: str = "",
    sign_by_hand: bool = False,
    extra: dict[str, str] | None = None,
    registered: bool | None = None,
) -> tuple[int, bytes]:
    """Write the letter, keep its PDF in the case file, and return (letter id, PDF bytes), all in
    `session` (the window renders outside the transaction instead: Workbench.write_letter).

    `sign_by_hand` leaves room for a handwritten signature instead of the organisation's image.
    `registered`: to be sent as a registered letter with acknowledgement of receipt (the mention is
    printed); by default, decisions sent to a request that came by post.
    `extra`: values of placeholders only DPO Desk knows (the password letter's).
    """
    draft = prepare_letter(
        session,
        reference,
        kind,
        user=user,
        today=today,
        language=language,
        details=details,
        sign_by_hand=sign_by_hand,
        extra=extra,
        registered=registered,
    )
    pdf = render_draft(draft)
    return keep_letter(session, draft, pdf, user=user), pdf


def list_letters(session: Session, reference: str) -> list[LetterView]:
    request = load_request(session, reference)
    rows = session.scalars(select(Letter).where(Letter.request_id == request.id).order_by(Letter.id)).all()
    bounced = _bounced_letters(session, request.id)
    return [
        LetterView(
            r.id,
            r.kind,
            r.language,
            r.subject,
            r.created_at.isoformat(timespec="seconds"),
            r.created_by,
            r.sent_on,
            r.sent_channel,
            r.registered_mail_no,
            r.sent_message_id,
            bounced.get(r.id, ""),
            r.id in bounced,
            registered=r.registered,
            late=r.late,
            ar_signed_on=r.ar_signed_on,
        )
        for r in rows
    ]


def _bounced_letters(session: Session, request_id: int) -> dict[int, str]:
    """Letter id -> why, for the letters whose email (the one they were last sent in) came back
    as undelivered: the letter did not reach the person, and may be sent again."""
    from ..storage.models import OutgoingMessage

    rows = session.execute(
        select(Letter.id, OutgoingMessage.bounce_reason)
        .join(OutgoingMessage, OutgoingMessage.message_id == Letter.sent_message_id)
        .where(
            Letter.request_id == request_id,
            Letter.sent_message_id != "",
            OutgoingMessage.letter_id == Letter.id,
            OutgoingMessage.bounced_at.is_not(None),
        )
    )
    return {letter_id: reason or "" for letter_id, reason in rows}


def email_bounced(session: Session, letter: Letter) -> bool:
    """The email this letter was sent in came back undelivered."""
    return letter.id in _bounced_letters(session, letter.request_id)


@dataclass(frozen=True, slots=True)
class DayLetter:
    """A letter written on a given day, across every case: the batch to print and post."""

    id: int
    reference: str
    person: str
    kind: str
    language: str
    subject: str
    sent_on: date | None

    @property
    def filename(self) -> str:
        return f"{self.reference}-{self.kind}-{self.id}.pdf"


def letters_written_on(session: Session, day: date) -> list[DayLetter]:
    """Letters created on `day` (local time), in the order they were written."""
    start = datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)
    end = datetime.combine(day + timedelta(days=1), time.min).astimezone(UTC).replace(tzinfo=None)
    rows = session.execute(
        select(
            Letter.id,
            Request.reference,
            Person.first_name,
            Person.last_name,
            Person.emails,
            Letter.kind,
            Letter.language,
            Letter.subject,
            Letter.sent_on,
        )
        .join(Request, Request.id == Letter.request_id)
        .join(Person, Person.id == Request.person_id)
        .where(Letter.created_at >= start, Letter.created_at < end)
        .order_by(Letter.id)
    )
    return [
        DayLetter(
            letter_id,
            reference,
            display_name(first, last, emails),
            kind,
            language,
            subject,
            sent_on,
        )
        for letter_id, reference, first, last, emails, kind, language, subject, sent_on in rows
    ]


def letter_pdf(session: Session, letter_id: int) -> bytes:
    pdf = session.scalar(select(Letter.pdf).where(Letter.id == letter_id))
    if pdf is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "That letter does not exist.",
            )
        )
    if not pdf:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "That letter's content was destroyed when its case was purged; its date, kind and "
                "fingerprint are kept.",
            )
        )
    return pdf


def mark_sent(
    session: Session,
    letter_id: int,
    *,
    on: date,
    channel: Channel | None = None,
    user: str,
    today: date,
    registered_mail_no: str = "",
) -> list[Words]:
    """Record that the letter went out: when, how (by default, the channel the request came by), and
    its registered-mail number. Returns what the user must be told (an extension notice or a
    refusal sent late: services/clock.py)."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "That letter does not exist.",
            )
        )
    if LetterKind(letter.kind) in DECISION_LETTERS:
        require_dpo(
            session, user, QT_TRANSLATE_NOOP("Services", "send the letter that notifies an extension or a refusal")
        )
    if on > today:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "A letter cannot be marked sent on a day still to come.",
            )
        )
    bounced = letter.sent_on is not None and email_bounced(session, letter)  # it never arrived: sent again
    if letter.sent_on is not None and not bounced:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "This letter was already marked sent on {sent_on}.",
            ),
            sent_on=letter.sent_on.isoformat(),
        )
    if bounced:
        letter.sent_message_id = ""  # the email that bounced stays in the history and the sent messages
    request = session.get(Request, letter.request_id)
    assert request is not None
    channel = channel or Channel(request.channel)
    clock.check_sent_day(request, LetterKind(letter.kind), on)
    letter.sent_on, letter.sent_channel, letter.registered_mail_no = on, channel.value, registered_mail_no.strip()
    letter.late = clock.sent_late(request, LetterKind(letter.kind), on)
    events.record(
        session,
        user=user,
        kind="letter_sent",
        request=request,
        details={
            "letter_id": letter.id,
            "letter": letter.kind,
            "on": on.isoformat(),
            "channel": channel.value,
            "registered_mail_no": letter.registered_mail_no,
            "late": letter.late,
        },
    )
    return clock.letter_sent(session, request, letter, on, user=user, today=today)


class _Sample(TypedDict):
    """The sample case a template is previewed on."""

    name: tuple[str, str]
    address: str
    words: str
    reasons: str
    doubt: str


SAMPLE: dict[str, _Sample] = {
    "fr": {
        "name": ("Jeanne", "Exemple"),
        "address": "1 rue de l’Exemple\n75001 Paris",
        "words": "[vos mots]",
        "reasons": "[les motifs]",
        "doubt": "[le doute raisonnable]",
    },
    "en": {
        "name": ("Jane", "Example"),
        "address": "1 Example Street\n75001 Paris",
        "words": "[your words]",
        "reasons": "[the reasons]",
        "doubt": "[the reasonable doubt]",
    },
}


def sample_blocks(language: str, authority_inline: str) -> dict[str, str]:
    """What the blocks built from a case look like on the sample case of a template preview."""
    from ..domain.letter_blocks import authority_words, remedies

    fr = language == "fr"
    said = (
        "[écrit par DPO Desk d’après ce qui a été décidé et enregistré : {what}]"
        if fr
        else ("[written by DPO Desk from what was decided and recorded: {what}]")
    )
    what = {
        "enclosed": ("les documents joints", "what is enclosed"),
        "checked": ("où les données ont été recherchées, et quand", "where the data was looked for, and when"),
        "erasure_outcome": (
            "ce qui a été effacé, ce qui est conservé et pourquoi",
            "what was erased, what is kept and why",
        ),
        "recipients_outcome": ("ce qui a été dit à chaque destinataire", "what each recipient was told"),
        "objection_outcome": ("l’opposition et la décision", "the objection and the decision"),
        "unfounded_outcome": ("la décision au titre de l’article 12, paragraphe 5", "the Art. 12(5) decision"),
        "automated_outcome": (
            "la décision automatisée, ou son absence",
            "the automated decision, or that there is none",
        ),
        "portability_outcome": ("les données transmises, et ce qui ne l’est pas", "the data sent, and what is not"),
        "restriction_lift_outcome": (
            "quand et pourquoi la limitation est levée",
            "when and why the restriction is lifted",
        ),
    }
    values = {key: said.format(what=words[0 if fr else 1]) for key, words in what.items()}
    values["authority"] = authority_words(language, authority_inline)
    values["remedies"] = remedies(language, authority_inline)
    return values


def sample_letter(
    session: Session, organisation_code: str, kind: LetterKind, language: str, text: str, *, today: date
) -> bytes:
    """A letter from `text` about a sample case, to preview a template before saving it."""
    from ..domain.calendars import calendar_for, parse_region
    from ..domain.deadlines import ExtensionRule, compute_deadlines
    from ..renderers.letters_pdf import render_letter
    from ..storage.models import Person, RequestRight

    org = get_organisation(session, organisation_code)
    sample = SAMPLE[language]
    received = today - timedelta(days=10)
    deadlines = compute_deadlines(
        received, calendar_for(parse_region(org.holiday_region)), rule=ExtensionRule(org.extension_rule)
    )
    person = Person(
        first_name=sample["name"][0],
        last_name=sample["name"][1],
        emails=[],
        postal_address=sample["address"],
        identifiers={},
    )
    request = Request(
        reference=f"{org.code}-{today.year}-0000",
        received_on=received,
        due_on=deadlines.due,
        extended_due_on=deadlines.extended_due,
        extended=True,
        extension_reason=sample["reasons"],
        status=Status.REFUSED.value,
        status_reason=sample["reasons"],
        identity_doubt=sample["doubt"],
        registered_mail_no="",
        rights=[RequestRight(right=Right.ACCESS.value)],
    )
    request.organisation, request.person = org, person
    try:
        check_template(text, kind=kind)
        extra = {
            "password": "K7QM-X2PD-9HRT-WC4N-B8ZE",
            "sent_date": date_in_words(today, language),
            **sample_blocks(language, _authority_inline(org)),
        }
        layout = _layout(request, text, "this template", language, sample["words"], today, extra=extra)
    except LetterError as exc:
        raise ActionRefused(str(exc)) from None
    finally:
        session.expunge_all()  # the sample case is never saved
    return render_letter(layout)
