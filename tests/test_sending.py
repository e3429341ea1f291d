"""Answers sent by email through real SMTP servers on loopback (aiosmtpd), parsed back when received."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime

import pikepdf
import pytest
import pyzipper
from pikepdf._core import EncryptionMethod
from pypdf import PdfReader
from sqlalchemy import select

from dpo_desk.domain.delivery import PasswordChannel, Purpose
from dpo_desk.domain.letters import LetterKind
from dpo_desk.paths import resources_dir
from dpo_desk.services import cases, letters, register
from dpo_desk.services.email_import import import_message
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.mailboxes import MailboxSettings, Security, add_mailbox, edit_mailbox, mailbox_settings
from dpo_desk.services.sending import EVIDENCE, draft, send_answer, sent_messages
from dpo_desk.services.smtp import SendFailed, TooBig
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Attachment, AttachmentBlob, Event, Letter

from .conftest import TEST_MORNING, TODAY
from .imap_server import PASSWORD, USER
from .smtp_server import SMALL_LIMIT, SmtpServers, running_smtp

ORIGINAL_ID = "<demande-42@example.fr>"
PASSWORD_SHAPE = re.compile(r"\b[A-Z2-9]{4}(?:-[A-Z2-9]{4}){4}\b")


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServers]:
    with running_smtp() as servers:
        yield servers


@pytest.fixture(autouse=True)
def _fresh_inbox(smtp: SmtpServers) -> None:
    smtp.handler.messages.clear()
    smtp.handler.refused.clear()


def sending_mailbox(case: CaseFile, smtp: SmtpServers, *, port: int | None = None, security=Security.STARTTLS, **kw):  # type: ignore[no-untyped-def]
    settings = MailboxSettings(
        name=kw.pop("name", "dpo-imv"),
        host="",
        username=USER,
        organisation_code="IMV",
        ca_file=kw.pop("ca_file", str(smtp.ca_file)),
        smtp_host=smtp.host,
        smtp_port=port or smtp.starttls_port,
        smtp_security=security,
        from_address="dpo@imv.example",
        **kw,
    )
    with case.unit_of_work() as session:
        add_mailbox(session, settings, user="dpo", password=PASSWORD)
    return settings.name


def email_request(case: CaseFile, *, email: str = "zoe.loewy@example.fr", message_id: str = ORIGINAL_ID) -> str:
    request = EmailMessage()
    request["From"] = f"Zoé Lœwy <{email}>"
    request["To"] = "dpo@imv.example"
    request["Subject"] = "Demande d'accès RGPD"
    request["Date"] = format_datetime(TEST_MORNING - timedelta(days=2))  # two days before TODAY
    request["Message-ID"] = message_id
    request.set_content("Bonjour, je souhaite exercer mon droit d’accès à mes données personnelles.")
    with case.unit_of_work() as session:
        outcome = import_message(session, request.as_bytes(), "demande.eml", user="dpo", today=TODAY)
    assert outcome.outcome == "imported", outcome.message
    return outcome.reference


def with_postal_address(case: CaseFile, reference: str, address: str = "12 rue des Lilas\n61300 L'Aigle") -> None:
    """The person's postal address, as the DPO records it (the password may then go by post)."""
    from dpo_desk.services.cases import load_request

    with case.unit_of_work() as session:
        load_request(session, reference).person.postal_address = address


def acknowledgement(case: CaseFile, reference: str) -> int:
    with case.unit_of_work() as session:
        letter_id, _ = letters.create_letter(session, reference, LetterKind.ACKNOWLEDGEMENT, user="dpo", today=TODAY)
    return letter_id


def ready_for_report(case: CaseFile, reference: str) -> None:
    with case.unit_of_work() as session:
        register.import_register(session, resources_dir() / "registers" / "imv.json", "IMV", user="dpo")
        register.set_concerned(session, reference, ["Recruitment management"], user="dpo")
        cases.add_attachment(
            session,
            reference,
            cases.FileInput("recrutement.csv", b"date;poste\n2026-01-05;Technicienne R0042\n", "extract"),
            user="dpo",
        )


def test_a_letter_answers_the_request_email_and_is_marked_sent(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    reference = email_request(case)
    letter_id = acknowledgement(case, reference)
    sent = send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=letter_id)
    (received,) = smtp.messages
    message = received.message
    assert received.recipients == ["zoe.loewy@example.fr"] and received.mail_from == "dpo@imv.example"
    assert message["Message-ID"] == sent.message_id and sent.message_id.endswith("@imv.example>")
    assert message["In-Reply-To"] == ORIGINAL_ID and message["References"] == ORIGINAL_ID  # threaded
    assert message["From"].addresses[0].addr_spec == "dpo@imv.example"
    assert "Accusé de réception de votre demande" in message["Subject"] and reference in message["Subject"]
    body = message.get_body(("plain",)).get_content()
    assert reference in body and "IMV Technologies" in body and "{" not in body
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and not sent.encrypted  # a letter of no personal data
    with case.reader(orm=True) as reading:
        kept = letters.letter_pdf(reading.orm, letter_id)
        letter = reading.orm.get(Letter, letter_id)
        evidence = reading.orm.execute(
            select(AttachmentBlob.data).join(Attachment).where(Attachment.kind == EVIDENCE)
        ).scalar_one()
        kinds = [e.kind for e in reading.orm.scalars(select(Event).order_by(Event.seq))]
        (view,) = sent_messages(reading.orm, reference)
    assert pdf.get_content() == kept
    assert (letter.sent_on, letter.sent_channel, letter.sent_message_id) == (TODAY, "email", sent.message_id)
    assert evidence.replace(b"\r\n", b"\n") == received.data.replace(b"\r\n", b"\n")  # the very bytes sent
    assert kinds[-2:] == ["letter_sent", "email_sent"] and view.message_id == sent.message_id


@pytest.mark.parametrize("via", [PasswordChannel.PHONE, PasswordChannel.POST, PasswordChannel.EMAIL])
def test_the_access_report_travels_encrypted_and_its_password_apart(
    case: CaseFile, smtp: SmtpServers, via: PasswordChannel
) -> None:
    sending_mailbox(case, smtp, security=Security.TLS, port=smtp.tls_port)
    reference = email_request(case)
    ready_for_report(case, reference)
    if via is PasswordChannel.POST:
        with pytest.raises(ActionRefused, match="no postal address is known for Zoé Lœwy"):
            send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=via)
        assert smtp.messages == []
        with_postal_address(case, reference)
    sent = send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=via)
    answer = smtp.messages[0]
    (report,) = list(answer.message.iter_attachments())
    data = report.get_content()
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(io.BytesIO(data))
    with case.reader(orm=True) as reading:
        password_letter = reading.orm.get(Letter, sent.password_letter_id) if sent.password_letter_id else None
        password = sent.password or ""
        if via is PasswordChannel.POST:
            assert password_letter is not None
            text = " ".join(
                p.extract_text()
                for p in PdfReader(io.BytesIO(letters.letter_pdf(reading.orm, password_letter.id))).pages
            )
            password = PASSWORD_SHAPE.search(text).group(0)
        details = [e.details for e in reading.orm.scalars(select(Event).where(Event.kind == "password_channel"))]
    if via is PasswordChannel.EMAIL:
        (_, second) = smtp.messages
        assert second.message["Message-ID"] == sent.password_message_id and not list(second.message.iter_attachments())
        password = PASSWORD_SHAPE.search(second.message.get_body(("plain",)).get_content()).group(0)
    else:
        assert len(smtp.messages) == 1
    assert len(password) == 24 and password.encode() not in answer.data  # never in the same message
    with pikepdf.open(io.BytesIO(data), password=password) as pdf:
        assert pdf.encryption.R == 6 and pdf.encryption.bits == 256  # AES-256
        assert pdf.encryption.stream_method == pdf.encryption.string_method == EncryptionMethod.aesv3
        pdf.save(out := io.BytesIO())
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages)
    assert "Technicienne R0042" in text
    assert details == [{"message_id": sent.message_id, "via": via.value, "letter_id": sent.password_letter_id,
                        "risk_accepted": via is PasswordChannel.EMAIL}]  # fmt: skip


def test_the_portability_bundle_is_an_aes_256_zip(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    reference = email_request(case)
    ready_for_report(case, reference)
    sent = send_answer(case, reference, Purpose.BUNDLE, user="dpo", today=TODAY, password_via=PasswordChannel.PHONE)
    (bundle,) = list(smtp.messages[0].message.iter_attachments())
    data = bundle.get_content()
    assert data[8:10] == b"\x63\x00"  # compression method 99: WinZip AES, in the first local header
    with zipfile.ZipFile(io.BytesIO(data)) as plain, pytest.raises(RuntimeError, match="encrypted"):
        plain.read("manifest.json")  # neither readable without the password, nor ZipCrypto
    with pyzipper.AESZipFile(io.BytesIO(data)) as archive:
        archive.setpassword(sent.password.encode())
        manifest = json.loads(archive.read("manifest.json"))
        assert all(info.flag_bits & 0x1 for info in archive.infolist())
        strengths = {archive.NameToInfo[n].extra[-3] for n in archive.namelist()}  # AES extra field: 3 = 256 bits
    assert strengths == {3} and manifest["reference"] == reference


def test_each_failure_is_said_in_words_and_nothing_is_marked_sent(case: CaseFile, smtp: SmtpServers) -> None:
    reference = email_request(case)
    letter_id = acknowledgement(case, reference)

    def attempt(match: str, exception: type[Exception] = SendFailed) -> None:
        with pytest.raises(exception, match=match):
            send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=letter_id)
        with case.reader(orm=True) as reading:
            letter = reading.orm.get(Letter, letter_id)
            assert (letter.sent_on, letter.sent_channel, letter.sent_message_id) == (None, "", "")
            assert sent_messages(reading.orm, reference) == []
            assert reading.orm.scalar(select(Attachment.id).where(Attachment.kind == EVIDENCE)) is None
        assert smtp.messages == []

    attempt("no sending address yet", Exception)
    name = sending_mailbox(case, smtp)

    def change(**kw: object) -> None:
        with case.unit_of_work() as session:
            current = mailbox_settings(session, name)
            edit_mailbox(
                session,
                name,
                type(current)(**{**{f: getattr(current, f) for f in current.__dataclass_fields__}, **kw}),
                user="dpo",
            )

    smtp.handler.refused.add("zoe.loewy@example.fr")
    attempt(r"refused the recipient zoe\.loewy@example\.fr \(550")
    smtp.handler.refused.clear()
    change(ca_file="")
    attempt("is not trusted")
    change(ca_file=str(smtp.ca_file), smtp_security=Security.TLS)  # TLS spoken to a STARTTLS port
    attempt(r"The secure connection \(TLS\) with 127\.0\.0\.1:\d+ failed")
    change(smtp_port=smtp.cleartext_port, smtp_security=Security.STARTTLS)
    attempt("does not offer STARTTLS: nothing was sent in clear")
    from .smtp_server import free_port

    change(smtp_port=free_port())
    attempt("Could not reach the mail server")
    change(smtp_port=smtp.small_port)
    ready_for_report(case, reference)
    with case.unit_of_work() as session:
        big = "\n".join(f"2026-01-05;Poste n° {n} {'x' * 40}" for n in range(2000))
        cases.add_attachment(
            session, reference, cases.FileInput("gros.csv", f"date;poste\n{big}".encode(), "extract"), user="dpo"
        )
        letter_id, _ = letters.create_letter(session, reference, LetterKind.ACKNOWLEDGEMENT, user="dpo", today=TODAY)
    with pytest.raises(TooBig, match=r"takes at most 0\.0 MB|too big"):
        send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY)
    change(smtp_port=smtp.starttls_port, max_send_bytes=SMALL_LIMIT)
    with pytest.raises(TooBig, match="Send it by post"):
        send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY)
    assert smtp.messages == []
    with case.reader(orm=True) as reading:
        failures = [e.details["reason"] for e in reading.orm.scalars(select(Event).where(Event.kind == "email_failed"))]
    assert len(failures) >= 6 and not any("password" in f.lower() and PASSWORD in f for f in failures)


def test_the_draft_shows_what_will_be_sent(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    reference = email_request(case)
    ready_for_report(case, reference)
    shown = draft(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=PasswordChannel.POST)
    assert shown.must_encrypt and shown.encrypted and shown.to == "zoe.loewy@example.fr"
    assert "chiffrée (AES-256)" in shown.body and "par courrier postal" in shown.body
    assert shown.in_reply_to == ORIGINAL_ID and not shown.too_big and smtp.messages == []
    with case.reader(orm=True) as reading:
        assert sent_messages(reading.orm, reference) == []


def test_the_command_line(
    case: CaseFile,
    case_path,  # type: ignore[no-untyped-def]
    smtp: SmtpServers,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dpo_desk.cli.main import main

    from .conftest import PASSPHRASE

    reference = email_request(case)
    letter_id = acknowledgement(case, reference)
    ready_for_report(case, reference)
    with_postal_address(case, reference)
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_MAILBOX_PASSWORD", PASSWORD)
    run = ["--case-file", str(case_path)]
    assert main([*run, "mailbox", "add", "envoi", "--user", USER, "--smtp-host", smtp.host, "--smtp-port",
                 str(smtp.starttls_port), "--smtp-security", "starttls", "--from", "dpo@imv.example", "--org", "IMV",
                 "--ca-file", str(smtp.ca_file)]) == 0  # fmt: skip
    assert "sends from dpo@imv.example" in capsys.readouterr().out
    assert main([*run, "send", reference, "--letter", str(letter_id)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Message-ID <[^>]+@imv\.example>", out) and smtp.messages[-1].message["Message-ID"] in out
    # Refusals: a sentence on stderr, exit code 2, no traceback, nothing sent.
    for refused, words in (
        (["--letter", str(letter_id)], "already marked sent"),
        (["--letter", "999"], "has no letter 999"),
    ):
        assert main([*run, "send", reference, *refused]) == 2
        err = capsys.readouterr().err
        assert words in err and "Traceback" not in err and err.startswith("dpo-desk: ")
    assert main([*run, "send", "IMV-2026-9999", "--report"]) == 2
    assert "IMV-2026-9999" in capsys.readouterr().err and len(smtp.messages) == 1
    assert main([*run, "send", reference, "--report", "--password-via", "post"]) == 0
    out = capsys.readouterr().out
    assert smtp.messages[-1].message["Message-ID"] in out and "Its password is in letter" in out
    assert main([*run, "send", reference, "--report"]) == 0  # by telephone: shown here, never sent
    out = capsys.readouterr().out
    password = PASSWORD_SHAPE.search(out).group(0)
    assert password.encode() not in smtp.messages[-1].data and len(smtp.messages) == 3
    assert main([*run, "mailbox", "edit", "envoi", "--smtp-port", "1"]) == 0
    assert main([*run, "send", reference, "--report", "--password-via", "phone"]) == 2
    err = capsys.readouterr().err
    assert "Could not reach the mail server" in err and "Traceback" not in err and len(smtp.messages) == 3
    assert main([*run, "mailbox", "list"]) == 0
    assert "the answers of IMV" in capsys.readouterr().out
    assert main([*run, "mailbox", "remove", "envoi"]) == 0
    assert main([*run, "send", reference, "--report"]) == 2
    assert "no sending address yet" in capsys.readouterr().err
