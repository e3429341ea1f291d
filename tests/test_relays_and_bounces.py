"""Relays to departments and bounces, end to end: sent through aiosmtpd, answered into Dovecot, fetched,
matched back to their case in the triage list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from dpo_desk.domain.delivery import Purpose, relay_due_date
from dpo_desk.services.mailboxes import MailboxSettings, Security, add_mailbox, fetch_new, log_from_triage, triage_list
from dpo_desk.services.relays import ask_departments, relays_of, remind_relays, set_internal_contact
from dpo_desk.services.sending import send_answer, sent_messages
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Attachment, Event

from .conftest import TEST_MORNING, TODAY
from .imap_server import PASSWORD, USER, ImapServer, running_dovecot
from .smtp_server import SmtpServers, running_smtp
from .test_mailboxes import _put, folder  # noqa: F401 (a fixture)
from .test_sending import acknowledgement, email_request, ready_for_report

pytestmark = pytest.mark.skipif(not __import__("shutil").which("dovecot") and not __import__("os").path.exists(
    "/usr/sbin/dovecot"), reason="Dovecot is not installed (.ci/run installs dovecot-imapd)")  # fmt: skip


@pytest.fixture(scope="module")
def imap() -> Iterator[ImapServer]:
    with running_dovecot(clock=TEST_MORNING) as server:
        yield server


@pytest.fixture(scope="module")
def smtp(imap: ImapServer) -> Iterator[SmtpServers]:
    with running_smtp(same_certificate_as=imap.folder) as servers:
        yield servers


def _mailbox(case: CaseFile, imap: ImapServer, smtp: SmtpServers, folder: str) -> str:  # noqa: F811
    settings = MailboxSettings(
        "dpo", imap.host, USER, imap.starttls_port, Security.STARTTLS, folder, "IMV", str(imap.ca_file),
        smtp_host=smtp.host, smtp_port=smtp.starttls_port, from_address="dpo@imv.example",
    )  # fmt: skip
    with case.unit_of_work() as session:
        add_mailbox(session, settings, user="dpo", password=PASSWORD)
    return "dpo"


def test_departments_are_asked_reminded_and_their_reply_becomes_an_extract(
    case: CaseFile,
    imap: ImapServer,
    smtp: SmtpServers,
    folder: str,  # noqa: F811
) -> None:
    smtp.handler.messages.clear()
    name = _mailbox(case, imap, smtp, folder)
    reference = email_request(case)
    ready_for_report(case, reference)
    with case.unit_of_work() as session:
        set_internal_contact(session, "IMV", "Recruitment management", "rh@imv.example", user="dpo")
    (relay,) = ask_departments(case, reference, user="dpo", today=TODAY)
    (asked,) = smtp.messages
    with case.reader(orm=True) as reading:
        deadline = reading.orm.execute(select(Event)).scalars().first()  # noqa: F841
        from dpo_desk.services.cases import load_request

        legal = load_request(reading.orm, reference).deadline_on
    assert asked.recipients == ["rh@imv.example"] and relay.due_on == relay_due_date(TODAY, legal) < legal
    assert reference in asked.message["Subject"] and "Zoé Lœwy" in asked.message.get_body().get_content()
    with pytest.raises(Exception, match="no ticked activity names an internal contact not yet asked"):
        ask_departments(case, reference, user="dpo", today=TODAY)  # asked once

    assert remind_relays(case, user="dpo", today=TODAY) == 0  # not due yet
    assert remind_relays(case, user="dpo", today=relay.due_on) == 1
    assert remind_relays(case, user="dpo", today=relay.due_on) == 0  # once a day at most
    assert "Rappel" in smtp.messages[-1].message["Subject"]

    reply = EmailMessage()
    reply["From"] = "Service RH <rh@imv.example>"
    reply["To"] = "dpo@imv.example"
    reply["Subject"] = "RE: " + str(asked.message["Subject"])
    reply["Message-ID"] = "<rh-reply-1@imv.example>"
    reply["In-Reply-To"] = asked.message["Message-ID"]
    reply.set_content("Voici l'export.")
    reply.add_attachment(b"date;poste\n2026-02-01;Candidature R0099\n", maintype="text", subtype="csv",
                         filename="export-rh.csv")  # fmt: skip
    _put(imap, folder, reply.as_bytes())
    fetch_new(case, name, user="dpo")
    with case.reader(orm=True) as reading:
        (item,) = triage_list(reading.orm)
    assert item.reference == reference and "rh@imv.example" in item.matched
    with case.unit_of_work() as session:
        outcome = log_from_triage(session, item.id, user="dpo", today=TODAY)
    assert outcome.reference == reference
    with case.reader(orm=True) as reading:
        extracts = reading.orm.scalars(select(Attachment.filename).where(Attachment.kind == "extract")).all()
        (view,) = relays_of(reading.orm, reference, today=TODAY)
    assert "Recruitment management - export-rh.csv" in extracts and view.answered


def test_a_bounce_is_matched_back_to_its_case(
    case: CaseFile,
    imap: ImapServer,
    smtp: SmtpServers,
    folder: str,  # noqa: F811
) -> None:
    name = _mailbox(case, imap, smtp, folder)
    reference = email_request(case, email="parti@example.fr", message_id="<gone@example.fr>")
    sent = send_answer(
        case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=acknowledgement(case, reference)
    )
    bounce = f"""From: Mail Delivery System <MAILER-DAEMON@mx.example.fr>
To: dpo@imv.example
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-1@mx.example.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system. Your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.fr

Final-Recipient: rfc822; parti@example.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B
Content-Type: text/rfc822-headers

Message-ID: {sent.message_id}
Subject: Accuse de reception

--B--
""".replace("\n", "\r\n").encode()
    _put(imap, folder, bounce)
    fetch_new(case, name, user="dpo")
    with case.reader(orm=True) as reading:
        (item,) = triage_list(reading.orm)
        (view,) = sent_messages(reading.orm, reference)
        kinds = [e.kind for e in reading.orm.scalars(select(Event).where(Event.reference == reference))]
    assert item.reference == reference and "parti@example.fr" in item.matched
    assert view.bounced and "User unknown" in view.bounce_reason and "email_bounced" in kinds


@pytest.mark.parametrize("asked", [date(2027, 2, 20), date(2028, 2, 25), date(2026, 12, 28)])
def test_the_internal_due_date_leaves_the_dpo_time(asked: date) -> None:
    legal = asked + timedelta(days=30)
    due = relay_due_date(asked, legal)
    assert asked < due <= legal - timedelta(days=7)
    assert relay_due_date(asked, asked + timedelta(days=2)) == asked + timedelta(days=1)


def test_the_daily_digest_goes_once_to_each_member_who_asked(
    case: CaseFile,
    smtp: SmtpServers,
    imap,  # type: ignore[no-untyped-def]
    folder,  # type: ignore[no-untyped-def]  # noqa: F811
    monkeypatch,  # type: ignore[no-untyped-def]
    capsys,  # type: ignore[no-untyped-def]
    case_path,  # type: ignore[no-untyped-def]
) -> None:
    from dpo_desk.cli.main import main
    from dpo_desk.services.digest import send_digests, set_digest
    from dpo_desk.services.members import Role, add_member

    from .conftest import PASSPHRASE

    _mailbox(case, imap, smtp, folder)
    reference = email_request(case)
    acknowledgement(case, reference)  # written, not sent
    with case.unit_of_work() as session:
        add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
        add_member(session, "sam", "Sam", Role.STAFF, user="dpo")
        set_digest(session, "dpo", "claire@imv.example", user="dpo")
    smtp.handler.messages.clear()
    assert send_digests(case, user="dpo", today=TODAY) == ["Digest sent to claire@imv.example (dpo)."]
    (digest,) = smtp.messages
    body = digest.message.get_body().get_content()
    assert digest.recipients == ["claire@imv.example"] and reference in body and "pas encore envoyé" in body
    assert digest.message["Auto-Submitted"] == "auto-generated"
    assert send_digests(case, user="dpo", today=TODAY) == ["No digest to send today."]  # once a day
    assert len(send_digests(case, user="dpo", today=TODAY + timedelta(days=1))) == 1
    with pytest.raises(Exception, match="choose where another user's digest goes"), case.unit_of_work() as session:
        set_digest(session, "dpo", "x@imv.example", user="sam")
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert (
        main(["--case-file", str(case_path), "--user", "sam", "users", "set", "sam", "--digest", "sam@imv.example"])
        == 0
    )
    assert main(["--case-file", str(case_path), "digest", "--dry-run"]) == 0
    assert "To sam@imv.example (sam)" in capsys.readouterr().out
