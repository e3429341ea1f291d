"""Answering by email: a letter, the access report or the portability bundle, sent from the
organisation's sending address in reply to the request's email, and recorded as evidence.

What a send does, in order:
1. the message is composed (template per letter kind, FR/EN; the document attached, encrypted
   with AES-256 when it holds personal data; In-Reply-To and References when the request came by
   email) and checked against the mailbox's size limit (above it, the post is proposed);
2. it is handed to the SMTP server; any refusal is said in words and nothing is recorded as sent;
3. only then, in one transaction: the exact bytes sent are kept as a document of the case, the
   letter is marked sent (date, channel, Message-ID), the history says how the password travels.
   A password by post is a letter written there and then; by telephone it is shown to the DPO;
   by a separate email (the DPO accepting the risk), a second message follows the first.
"""

from __future__ import annotations

import email.policy
import email.utils
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.channels import Channel
from ..domain.delivery import PasswordChannel, Purpose, must_encrypt, too_big_for_email
from ..domain.email_text import (
    BUNDLE,
    EMAIL_KINDS,
    PASSWORD,
    REPORT,
    EmailTemplateError,
    check_email_template,
    fill_email,
)
from ..domain.letters import LetterError, LetterKind, date_in_words
from ..paths import resources_dir
from ..storage.door import StorageDoor
from ..storage.errors import CaseFileError
from ..storage.models import Letter, LetterTemplate, Mailbox, Organisation, OutgoingMessage, Request
from . import events, letter_form
from .cases import FileInput, _attach, load_request
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .mailbox_signin import Auth, credential, oauth_client
from .members import require_dpo
from .organisations import get_organisation
from .smtp import SendFailed, SmtpTarget, TooBig, send

SMTP_POLICY = email.policy.SMTP.clone(max_line_length=78)
EVIDENCE = "sent_email"  # the kind of the case document holding the bytes sent

NOTES = {
    "fr": {
        "plain": "Pièce jointe : {name}.",
        "encrypted": (
            "Pièce jointe : {name}. Elle contient des données personnelles : elle est chiffrée (AES-256) et "
            "son mot de passe vous parvient séparément, {via}. Le rapport s’ouvre avec tout lecteur de PDF ; "
            "une archive ZIP chiffrée s’ouvre avec 7-Zip, PeaZip, WinZip ou Keka."
        ),
    },
    "en": {
        "plain": "Attached: {name}.",
        "encrypted": (
            "Attached: {name}. It holds personal data, so it is encrypted (AES-256) and its password reaches "
            "you separately, {via}. A report opens in any PDF reader; an encrypted ZIP archive opens with 7-Zip, "
            "PeaZip, WinZip or Keka."
        ),
    },
}


@dataclass(frozen=True, slots=True)
class Draft:
    """What the message will be, before it is sent (the send dialog shows it)."""

    reference: str
    purpose: str
    letter_id: int | None
    sender: str
    to: str
    subject: str
    body: str
    attachment: str
    size: int  # the whole message, as it would be sent
    limit: int  # the mailbox's: above it, the post is proposed
    must_encrypt: bool
    encrypted: bool
    in_reply_to: str
    language: str
    mailbox: str
    postal_address: bool = True  # known: the password may go by post

    @property
    def too_big(self) -> bool:
        return too_big_for_email(self.size, self.limit)


@dataclass(frozen=True, slots=True)
class Sent:
    reference: str
    message_id: str
    recipient: str
    encrypted: bool
    password_via: str = ""
    password: str = ""  # set when it is to be read out by telephone (or the password email failed)
    password_letter_id: int | None = None
    password_message_id: str = ""
    warning: str = ""


@dataclass
class _Prepared:
    request_id: int
    reference: str
    language: str
    mailbox: Mailbox
    sender_name: str
    recipient: str
    recipient_name: str
    in_reply_to: str
    filename: str
    media_type: str
    content: bytes
    letter_id: int | None
    values: dict[str, str]
    template: str
    template_where: str
    postal_address: bool = False  # a postal address is known: the password may go by post


# Templates ------------------------------------------------------------------------------------

_TEMPLATE_PROBLEMS = {
    "shape": QT_TRANSLATE_NOOP(
        "Services", "An email template starts with its subject, then a line ---, then the text."
    ),
    "brace": QT_TRANSLATE_NOOP(
        "Services", "The template has a stray brace ({why}). Write {{{{ and }}}} for literal braces."
    ),
    "unknown": QT_TRANSLATE_NOOP(
        "Services", "The template uses {unknown}, which DPO Desk cannot fill. Known placeholders: {known}."
    ),
    "missing": QT_TRANSLATE_NOOP("Services", "The email cannot be written: it needs {missing}."),
}


def _refused(exc: LetterError) -> ActionRefused:
    """A template problem as a refusal the window can translate."""
    if isinstance(exc, EmailTemplateError) and exc.problem in _TEMPLATE_PROBLEMS:
        return ActionRefused(_TEMPLATE_PROBLEMS[exc.problem], **exc.values)
    return ActionRefused(str(exc))


def email_kind(purpose: Purpose, letter_kind: str | None) -> str:
    if purpose is Purpose.REPORT:
        return REPORT
    if purpose is Purpose.BUNDLE:
        return BUNDLE
    if purpose is Purpose.PASSWORD:
        return PASSWORD
    assert letter_kind is not None
    return letter_kind


def shipped_email_template(kind: str, language: str) -> str:
    folder = resources_dir() / "emails" / language
    path = folder / f"{kind}.txt"
    if not path.exists():
        path = folder / "letter.txt"  # the same words fit every letter without its own
    return path.read_text(encoding="utf-8")


def _template_kind(kind: str) -> str:
    if kind not in EMAIL_KINDS:
        raise NotFound(QT_TRANSLATE_NOOP("Services", "There is no email template {kind}."), kind=kind)
    return f"email:{kind}"


def email_template_text(session: Session, org: Organisation, kind: str, language: str) -> tuple[str, bool]:
    """(text, is the organisation's own) of the email template for `kind` in `language`."""
    own = session.scalar(
        select(LetterTemplate.text).where(
            LetterTemplate.organisation_id == org.id,
            LetterTemplate.kind == _template_kind(kind),
            LetterTemplate.language == language,
        )
    )
    return (own, True) if own is not None else (shipped_email_template(kind, language), False)


def save_email_template(
    session: Session, organisation_code: str, kind: str, language: str, text: str, *, user: str
) -> None:
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change the wording of emails"))
    org = get_organisation(session, organisation_code)
    try:
        check_email_template(text)
    except LetterError as exc:
        raise _refused(exc) from None
    row = session.scalar(
        select(LetterTemplate).where(
            LetterTemplate.organisation_id == org.id,
            LetterTemplate.kind == _template_kind(kind),
            LetterTemplate.language == language,
        )
    )
    if row is None:
        row = LetterTemplate(organisation_id=org.id, kind=_template_kind(kind), language=language)
        session.add(row)
    row.text, row.updated_at, row.updated_by = text, events.now(session), user
    events.record(
        session, user=user, kind="template_changed", details={"code": org.code, "email": kind, "language": language}
    )


def reset_email_template(session: Session, organisation_code: str, kind: str, language: str, *, user: str) -> None:
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "change the wording of emails"))
    org = get_organisation(session, organisation_code)
    row = session.scalar(
        select(LetterTemplate).where(
            LetterTemplate.organisation_id == org.id,
            LetterTemplate.kind == _template_kind(kind),
            LetterTemplate.language == language,
        )
    )
    if row is not None:
        session.delete(row)
        events.record(
            session,
            user=user,
            kind="template_changed",
            details={"code": org.code, "email": kind, "language": language, "reset": True},
        )


SAMPLE = {
    "fr": {"name": "Jeanne Exemple", "subject": "[l’objet du courrier]", "sender": "[l’adresse d’envoi]"},
    "en": {"name": "Jane Example", "subject": "[the subject of the letter]", "sender": "[the sending address]"},
}
SAMPLE_PASSWORD = "K7QM-X2PD-9HRT-WC4N-B8ZE"


def sample_email(
    session: Session, organisation_code: str, kind: str, language: str, text: str, *, today: date
) -> tuple[str, str]:
    """(subject, body) of the email `text` would give on a sample case, to preview it before saving.

    Nothing is sent or saved. The note on the attachment is the one the kind gets: encrypted (its
    password by post) for the access report, the bundle and the letters that state personal data."""
    org = get_organisation(session, organisation_code)
    _template_kind(kind)  # a kind there is
    sample = SAMPLE[language]
    mailbox = session.get(Mailbox, org.sending_mailbox_id) if org.sending_mailbox_id else None
    purpose = {REPORT: Purpose.REPORT, BUNDLE: Purpose.BUNDLE, PASSWORD: Purpose.PASSWORD}.get(kind, Purpose.LETTER)
    letter_kind = LetterKind(kind) if purpose is Purpose.LETTER else None
    encrypted = must_encrypt(purpose, letter_kind)
    reference = f"{org.code}-{today.year}-0000"
    stem = {REPORT: f"rapport-acces-{reference}.pdf" if language == "fr" else f"access-report-{reference}.pdf",
            BUNDLE: f"donnees-{reference}.zip" if language == "fr" else f"data-{reference}.zip"}  # fmt: skip
    filename = stem.get(kind, f"{reference}-{kind.replace('_', '-')}-1.pdf")
    values = {
        "reference": reference,
        "person_name": sample["name"],
        "subject": sample["subject"],
        "organisation": org.legal_name,
        "sender_address": (mailbox.from_address if mailbox is not None else "") or org.dpo_email or sample["sender"],
        "signatory": org.signatory_name
        or org.dpo_name
        or ("Le délégué à la protection des données" if language == "fr" else "The Data Protection Officer"),
        "attachment_note": _note(language, filename, encrypted, PasswordChannel.POST),
        "password": SAMPLE_PASSWORD,
        "sent_date": date_in_words(today, language),
    }
    try:
        return fill_email(text, values, where="this template", language=language)
    except LetterError as exc:
        raise _refused(exc) from None


# Preparing ------------------------------------------------------------------------------------


def sending_mailbox(session: Session, org: Organisation) -> Mailbox:
    mailbox = session.get(Mailbox, org.sending_mailbox_id) if org.sending_mailbox_id else None
    if mailbox is None or mailbox.removed_at is not None or not mailbox.smtp_host:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{organisation} has no sending address yet: add a mailbox with an SMTP server for it (File → "
                "Mailboxes, or dpo-desk mailbox add NAME --smtp-host HOST --org {code}).",
            ),
            organisation=org.legal_name,
            code=org.code,
        )
    return mailbox


def _values(request: Request, mailbox: Mailbox, language: str, subject: str) -> dict[str, str]:
    org = request.organisation
    return {
        "reference": request.reference,
        "person_name": request.person.display_name,
        "subject": subject,
        "organisation": org.legal_name,
        "sender_address": mailbox.from_address,
        "signatory": org.signatory_name
        or org.dpo_name
        or ("Le délégué à la protection des données" if language == "fr" else "The Data Protection Officer"),
    }


def _prepare(
    session: Session,
    reference: str,
    purpose: Purpose,
    *,
    letter_id: int | None,
    today: date,
    language: str | None,
    user: str,
) -> _Prepared:
    request = load_request(session, reference)
    org, person = request.organisation, request.person
    mailbox = sending_mailbox(session, org)
    recipient, recipient_name = letter_form.email_addressee(request)  # the requester, for someone else
    if not recipient:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference}: no email address is known for {person}; send the answer by post.",
            ),
            reference=request.reference,
            person=recipient_name,
        )
    subject = ""
    if purpose is Purpose.LETTER:
        letter = session.get(Letter, letter_id) if letter_id is not None else None
        if letter is None or letter.request_id != request.id:
            raise NotFound(
                QT_TRANSLATE_NOOP("Services", "{reference} has no letter {letter_id}."),
                reference=request.reference,
                letter_id=letter_id if letter_id is not None else "",
            )
        from .letters import email_bounced, letter_pdf

        if letter.kind == LetterKind.PASSWORD_NOTICE.value:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The password letter goes by post: emailed to the same address, the password would travel "
                    "beside the document it opens.",
                )
            )
        if letter.sent_on is not None and not email_bounced(session, letter):  # bounced: it may go again
            raise ActionRefused(
                QT_TRANSLATE_NOOP("Services", "This letter was already marked sent on {sent_on}."),
                sent_on=letter.sent_on.isoformat(),
            )
        content, language = letter_pdf(session, letter.id), letter.language
        filename = f"{request.reference}-{letter.kind.replace('_', '-')}-{letter.id}.pdf"
        media_type, subject, kind = "application/pdf", letter.subject, letter.kind
    elif purpose is Purpose.REPORT:
        from .reports import access_report

        language = language or org.letter_language
        content = access_report(session, reference, today=today, language=language)
        stem = "rapport-acces" if language == "fr" else "access-report"
        filename, media_type, kind = f"{stem}-{request.reference}.pdf", "application/pdf", REPORT
    elif purpose is Purpose.BUNDLE:
        from .portability import portability_bundle

        language = language or org.letter_language
        content = portability_bundle(session, reference, user=user, today=today, language=language).data
        stem = "donnees" if language == "fr" else "data"
        filename, media_type, kind = f"{stem}-{request.reference}.zip", "application/zip", BUNDLE
    else:
        raise ActionRefused(QT_TRANSLATE_NOOP("Services", "Only letters, the access report and the bundle are sent."))
    language = language or org.letter_language
    template, own = email_template_text(session, org, kind, language)
    return _Prepared(
        request.id,
        request.reference,
        language,
        _detached(session, mailbox),
        org.legal_name,
        recipient,
        recipient_name,
        request.message_id if request.channel == Channel.EMAIL.value else "",
        filename,
        media_type,
        content,
        letter_id if purpose is Purpose.LETTER else None,
        _values(request, mailbox, language, subject),
        template,
        f"{kind} ({language}{', own wording' if own else ''})",
        bool((person.postal_address or "").strip()),
    )


def _detached(session: Session, mailbox: Mailbox) -> Mailbox:
    session.expunge(mailbox)
    return mailbox


def _note(language: str, filename: str, encrypted: bool, via: PasswordChannel | None) -> str:
    if not encrypted:
        return NOTES[language]["plain"].format(name=filename)
    return NOTES[language]["encrypted"].format(name=filename, via=(via or PasswordChannel.POST).label(language))


def _compose(
    prepared: _Prepared,
    *,
    subject: str,
    body: str,
    attachment: tuple[str, str, bytes] | None,
    message_id: str,
    in_reply_to: str = "",
) -> bytes:
    message = EmailMessage(policy=SMTP_POLICY)
    message["From"] = email.utils.formataddr((prepared.sender_name, prepared.mailbox.from_address))
    message["To"] = email.utils.formataddr((prepared.recipient_name, prepared.recipient))
    message["Subject"] = subject
    message["Date"] = email.utils.formatdate(localtime=True)
    message["Message-ID"] = message_id
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message["Content-Language"] = prepared.language
    message.set_content(body, charset="utf-8")
    if attachment is not None:
        name, media_type, data = attachment
        maintype, _, subtype = media_type.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes(policy=SMTP_POLICY)


def _message_id(mailbox: Mailbox) -> str:
    domain = mailbox.from_address.rpartition("@")[2] or "dpo-desk.invalid"
    return email.utils.make_msgid(idstring="dpodesk", domain=domain)


def _content(prepared: _Prepared, encrypted: bool, password: str) -> tuple[str, str, bytes]:
    if not encrypted:
        return prepared.filename, prepared.media_type, prepared.content
    from .encryption import encrypt_pdf, encrypt_zip, zip_members

    if prepared.media_type == "application/pdf":
        return prepared.filename, "application/pdf", encrypt_pdf(prepared.content, password)
    if prepared.media_type == "application/zip":
        return prepared.filename, "application/zip", encrypt_zip(zip_members(prepared.content), password)
    name = prepared.filename + ".zip"
    return name, "application/zip", encrypt_zip([(prepared.filename, prepared.content)], password)


def draft(
    case: StorageDoor,
    reference: str,
    purpose: Purpose,
    *,
    user: str,
    today: date,
    letter_id: int | None = None,
    encrypt: bool | None = None,
    password_via: PasswordChannel | None = None,
    language: str | None = None,
) -> Draft:
    """The message as it would be sent (nothing is sent or recorded)."""
    with case.reader(orm=True) as reading:  # rolled back: preparing a bundle records nothing
        session = reading.orm
        prepared = _prepare(session, reference, purpose, letter_id=letter_id, today=today, language=language, user=user)
        kind = session.scalar(select(Letter.kind).where(Letter.id == letter_id)) if letter_id else None
    required = must_encrypt(purpose, LetterKind(kind) if kind else None)
    encrypted = required or bool(encrypt)
    subject, body = _filled(prepared, encrypted, password_via)
    attachment = _content(prepared, encrypted, "x" * 24) if encrypted else _content(prepared, False, "")
    message = _compose(
        prepared, subject=subject, body=body, attachment=attachment, message_id=_message_id(prepared.mailbox),
        in_reply_to=prepared.in_reply_to,
    )  # fmt: skip
    return Draft(
        prepared.reference,
        purpose.value,
        letter_id,
        email.utils.formataddr((prepared.sender_name, prepared.mailbox.from_address)),
        prepared.recipient,
        subject,
        body,
        attachment[0],
        len(message),
        prepared.mailbox.max_send_bytes,
        required,
        encrypted,
        prepared.in_reply_to,
        prepared.language,
        prepared.mailbox.name,
        prepared.postal_address,
    )


def _filled(prepared: _Prepared, encrypted: bool, via: PasswordChannel | None) -> tuple[str, str]:
    name = prepared.filename + (".zip" if encrypted and not prepared.filename.endswith((".pdf", ".zip")) else "")
    values = {**prepared.values, "attachment_note": _note(prepared.language, name, encrypted, via)}
    try:
        return fill_email(prepared.template, values, where=prepared.template_where, language=prepared.language)
    except LetterError as exc:
        raise _refused(exc) from None


def _target(mailbox: Mailbox) -> SmtpTarget:
    return SmtpTarget(
        mailbox.smtp_host,
        mailbox.smtp_port,
        mailbox.smtp_security,
        mailbox.username,
        mailbox.ca_file,
        oauth=mailbox.auth == Auth.OAUTH2,
    )


def _deliver(mailbox: Mailbox, recipient: str, message: bytes, mailbox_password: str | None = None) -> None:
    """`mailbox_password`: used when the keyring holds none (the command line's DPO_DESK_MAILBOX_PASSWORD)."""
    secret = credential(mailbox, fallback=mailbox_password)
    renew = None
    if mailbox.auth == Auth.OAUTH2:
        from .oauth import access_token

        def renew() -> str:
            return access_token(oauth_client(mailbox), renew=True)

    send(_target(mailbox), mailbox.from_address, [recipient], message, secret, renew)


# Sending --------------------------------------------------------------------------------------


def send_answer(
    case: StorageDoor,
    reference: str,
    purpose: Purpose,
    *,
    user: str,
    today: date,
    letter_id: int | None = None,
    encrypt: bool | None = None,
    password_via: PasswordChannel | None = None,
    subject: str | None = None,
    body: str | None = None,
    language: str | None = None,
    mailbox_password: str | None = None,
) -> Sent:
    """Send the letter, report or bundle by email; see the module's docstring for what is recorded.

    Raises SendFailed (TooBig above the size limit) in words: then nothing was sent or marked sent."""
    with case.reader(orm=True) as reading:
        session = reading.orm
        prepared = _prepare(session, reference, purpose, letter_id=letter_id, today=today, language=language, user=user)
        kind = session.scalar(select(Letter.kind).where(Letter.id == letter_id)) if letter_id else None
        from .letters import DECISION_LETTERS

        if kind and LetterKind(kind) in DECISION_LETTERS:
            require_dpo(
                session, user, QT_TRANSLATE_NOOP("Services", "send the letter that notifies an extension or a refusal")
            )
    encrypted = must_encrypt(purpose, LetterKind(kind) if kind else None) or bool(encrypt)
    via = (password_via or PasswordChannel.PHONE) if encrypted else None
    if via is PasswordChannel.POST and not prepared.postal_address:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference}: no postal address is known for {person}, so the password cannot go by post. Read it "
                "out by telephone, or record the address first. Nothing was sent.",
            ),
            reference=prepared.reference,
            person=prepared.recipient_name,
        )
    password = ""
    if encrypted:
        from .encryption import new_password

        password = new_password()
    filled_subject, filled_body = _filled(prepared, encrypted, via)
    subject = (subject or "").strip() or filled_subject
    body = body if body and body.strip() else filled_body
    attachment = _content(prepared, encrypted, password)
    message_id = _message_id(prepared.mailbox)
    message = _compose(
        prepared, subject=subject, body=body, attachment=attachment, message_id=message_id,
        in_reply_to=prepared.in_reply_to,
    )  # fmt: skip
    if password and password.encode() in message:  # cannot happen; never let it
        raise SendFailed(QT_TRANSLATE_NOOP("Services", "The password would travel with the message: nothing was sent."))
    if too_big_for_email(len(message), prepared.mailbox.max_send_bytes):
        raise TooBig(
            QT_TRANSLATE_NOOP(
                "Services",
                "The message would be {size:.1f} MB; {mailbox} sends at most {limit:.1f} MB. Send it by post "
                "instead: print the document and mark it sent by post.",
            ),
            size=len(message) / 1e6,
            mailbox=prepared.mailbox.name,
            limit=prepared.mailbox.max_send_bytes / 1e6,
        )
    try:
        _deliver(prepared.mailbox, prepared.recipient, message, mailbox_password)
    except SendFailed as exc:
        _record_failure(case, prepared, purpose, user, str(exc))
        raise
    try:
        sent = _record(
            case, prepared, purpose, user=user, today=today, message=message, message_id=message_id,
            subject=subject, attachment=attachment, encrypted=encrypted, via=via, password=password,
        )  # fmt: skip
    except CaseFileError as exc:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The message was sent (Message-ID {message_id}) but could not be recorded in the case file: {exc}. "
                "Record it by hand: mark the letter sent by email, and note the Message-ID.",
            ),
            message_id=message_id,
            exc=exc,
        ) from None
    if via is PasswordChannel.EMAIL:
        sent = _send_password(
            case, prepared, sent, user=user, today=today, password=password, mailbox_password=mailbox_password
        )
    return sent


def _record_failure(case: StorageDoor, prepared: _Prepared, purpose: Purpose, user: str, reason: str) -> None:
    try:
        with case.unit_of_work() as session:
            request = session.get(Request, prepared.request_id)
            events.record(
                session,
                user=user,
                kind="email_failed",
                request=request,
                details={
                    "purpose": purpose.value,
                    "letter_id": prepared.letter_id,
                    "to": prepared.recipient,
                    "reason": reason,
                },
            )
    except (CaseFileError, ActionRefused):
        pass  # the failure itself is what the person is told


def _record(
    case: StorageDoor,
    prepared: _Prepared,
    purpose: Purpose,
    *,
    user: str,
    today: date,
    message: bytes,
    message_id: str,
    subject: str,
    attachment: tuple[str, str, bytes],
    encrypted: bool,
    via: PasswordChannel | None,
    password: str,
) -> Sent:
    from .letters import create_letter, mark_sent

    with case.unit_of_work() as session:
        request = session.get(Request, prepared.request_id)
        assert request is not None
        label = prepared.letter_id if prepared.letter_id is not None else purpose.value
        evidence = _attach(
            session,
            request,
            FileInput(f"{request.reference}-email-{label}-{today.isoformat()}.eml", message, EVIDENCE),
            user=user,
        )
        outgoing = OutgoingMessage(
            request_id=request.id,
            letter_id=prepared.letter_id,
            purpose=purpose.value,
            mailbox_id=prepared.mailbox.id,
            message_id=message_id,
            recipients=prepared.recipient,
            subject=subject,
            sent_at=events.now(session),
            sent_by=user,
            size=len(message),
            evidence_id=evidence.id,
            encrypted=encrypted,
            password_via=via.value if via else "",
            password=password if via is PasswordChannel.PHONE else "",
            bounce_reason="",
        )
        session.add(outgoing)
        session.flush()
        if prepared.letter_id is not None:
            mark_sent(session, prepared.letter_id, on=today, channel=Channel.EMAIL, user=user, today=today)
            letter = session.get(Letter, prepared.letter_id)
            assert letter is not None
            letter.sent_message_id = message_id
        if purpose is Purpose.REPORT:
            from .reports import keep_access_report

            keep_access_report(session, prepared.reference, user=user, today=today, language=prepared.language)
        events.record(
            session,
            user=user,
            kind="email_sent",
            request=request,
            details={
                "purpose": purpose.value,
                "letter_id": prepared.letter_id,
                "message_id": message_id,
                "to": prepared.recipient,
                "from": prepared.mailbox.from_address,
                "attachment": attachment[0],
                "encrypted": "AES-256" if encrypted else "",
                "sha256": evidence.sha256,
            },
        )
        letter_id = None
        if via is not None:
            if via is PasswordChannel.POST:
                extra = {"password": password, "sent_date": date_in_words(today, prepared.language)}
                letter_id, _ = create_letter(
                    session, prepared.reference, LetterKind.PASSWORD_NOTICE, user=user, today=today,
                    language=prepared.language, extra=extra,
                )  # fmt: skip
            events.record(
                session,
                user=user,
                kind="password_channel",
                request=request,
                details={
                    "message_id": message_id,
                    "via": via.value,
                    "letter_id": letter_id,
                    "risk_accepted": via is PasswordChannel.EMAIL,
                },
            )
    return Sent(
        prepared.reference,
        message_id,
        prepared.recipient,
        encrypted,
        via.value if via else "",
        password if via is PasswordChannel.PHONE else "",
        letter_id,
    )


def _send_password(
    case: StorageDoor,
    prepared: _Prepared,
    sent: Sent,
    *,
    user: str,
    today: date,
    password: str,
    mailbox_password: str | None = None,
) -> Sent:
    """The separate password email, after the answer itself; if it fails the password is shown."""
    from dataclasses import replace

    with case.reader(orm=True) as reading:
        session = reading.orm
        org = session.scalar(select(Organisation).join(Request).where(Request.id == prepared.request_id))
        assert org is not None
        template, _ = email_template_text(session, org, PASSWORD, prepared.language)
    values = {**prepared.values, "password": password, "sent_date": date_in_words(today, prepared.language)}
    try:
        subject, body = fill_email(
            template, values, where=f"password ({prepared.language})", language=prepared.language
        )
    except LetterError as exc:
        raise _refused(exc) from None
    message_id = _message_id(prepared.mailbox)
    message = _compose(prepared, subject=subject, body=body, attachment=None, message_id=message_id)
    try:
        _deliver(prepared.mailbox, prepared.recipient, message, mailbox_password)
    except SendFailed as exc:
        with case.unit_of_work() as session:
            request = session.get(Request, prepared.request_id)
            row = session.scalar(select(OutgoingMessage).where(OutgoingMessage.message_id == sent.message_id))
            if row is not None:
                row.password = password  # to be read out instead
            events.record(
                session,
                user=user,
                kind="email_failed",
                request=request,
                details={"purpose": Purpose.PASSWORD.value, "to": prepared.recipient, "reason": str(exc)},
            )
        return replace(sent, password=password, warning=str(exc))
    with case.unit_of_work() as session:
        request = session.get(Request, prepared.request_id)
        evidence = _attach(
            session,
            request,  # type: ignore[arg-type]
            FileInput(f"{prepared.reference}-email-password-{today.isoformat()}.eml", message, EVIDENCE),
            user=user,
        )
        session.add(
            OutgoingMessage(
                request_id=prepared.request_id,
                purpose=Purpose.PASSWORD.value,
                mailbox_id=prepared.mailbox.id,
                message_id=message_id,
                recipients=prepared.recipient,
                subject=subject,
                sent_at=events.now(session),
                sent_by=user,
                size=len(message),
                evidence_id=evidence.id,
                encrypted=False,
                password_via="",
                password="",
                bounce_reason="",
            )
        )
        events.record(
            session,
            user=user,
            kind="email_sent",
            request=request,
            details={"purpose": Purpose.PASSWORD.value, "message_id": message_id, "to": prepared.recipient,
                     "password_of": sent.message_id},
        )  # fmt: skip
    return replace(sent, password_message_id=message_id)


# Reading ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SentView:
    id: int
    purpose: str
    letter_id: int | None
    message_id: str
    recipients: str
    subject: str
    sent_at: str
    sent_by: str
    encrypted: bool
    password_via: str
    bounced: bool
    bounce_reason: str
    password_kept: bool = False  # read out by telephone: a DPO may see it again (password_of)


def sent_messages(session: Session, reference: str) -> list[SentView]:
    request = load_request(session, reference)
    rows = session.scalars(
        select(OutgoingMessage).where(OutgoingMessage.request_id == request.id).order_by(OutgoingMessage.id)
    )
    return [
        SentView(
            r.id,
            r.purpose,
            r.letter_id,
            r.message_id,
            r.recipients,
            r.subject,
            r.sent_at.isoformat(timespec="seconds"),
            r.sent_by,
            r.encrypted,
            r.password_via,
            r.bounced_at is not None,
            r.bounce_reason,
            bool(r.password),
        )
        for r in rows
    ]


def password_of(session: Session, outgoing_id: int, *, user: str) -> str:
    """The password of an encrypted message whose password is read out by telephone, shown again
    to a DPO (the person calls back, the line was bad); the history records that it was shown."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "show the password of an encrypted email again"))
    row = session.get(OutgoingMessage, outgoing_id)
    if row is None or not row.password:
        raise NotFound(QT_TRANSLATE_NOOP("Services", "No password to read out is kept for that message."))
    request = session.get(Request, row.request_id) if row.request_id else None
    events.record(
        session,
        user=user,
        kind="password_shown",
        request=request,
        details={"message_id": row.message_id, "purpose": row.purpose, "letter_id": row.letter_id},
    )
    return row.password
