"""What follows an email answer: its wording per letter kind, a bounce back on the letter, a password
shown again, relays to the departments, the purge, the Microsoft redirect on IPv6, the command line.

Every message goes through a real SMTP server on loopback (aiosmtpd) and is parsed back."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import date, timedelta

import pikepdf
import pytest
from sqlalchemy import select

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.delivery import PasswordChannel, Purpose
from dpo_desk.domain.email_text import BUNDLE, EMAIL_KINDS, PASSWORD, REPORT
from dpo_desk.domain.letters import WRITTEN_BY_DPO_DESK
from dpo_desk.domain.statuses import Status
from dpo_desk.services import cases, letters, retention
from dpo_desk.services.errors import ActionRefused, NotFound
from dpo_desk.services.mailboxes import keep_message, triage_list
from dpo_desk.services.members import add_member
from dpo_desk.services.oauth import OAuthClient, authorise, loopback_addresses
from dpo_desk.services.organisations import get_organisation
from dpo_desk.services.relays import ask_departments, departments_to_ask, relays_of, set_internal_contact
from dpo_desk.services.roles import Role
from dpo_desk.services.sending import (
    email_template_text,
    password_of,
    reset_email_template,
    sample_email,
    save_email_template,
    send_answer,
    sent_messages,
)
from dpo_desk.storage import keystore
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Event, Mailbox, OutgoingMessage, Relay

from .conftest import TODAY
from .oauth_server import CLIENT_ID, Provider, running_provider
from .smtp_server import SmtpServers, running_smtp
from .test_cases import act
from .test_sending import (
    PASSWORD_SHAPE,
    acknowledgement,
    email_request,
    ready_for_report,
    sending_mailbox,
    with_postal_address,
)


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServers]:
    with running_smtp() as servers:
        yield servers


@pytest.fixture(autouse=True)
def _fresh_inbox(smtp: SmtpServers) -> None:
    smtp.handler.messages.clear()
    smtp.handler.refused.clear()


def bounce_of(message_id: str, recipient: str) -> bytes:
    """A delivery status notification (RFC 3464) for the message `message_id`, as a mail server sends."""
    return f"""From: Mail Delivery System <MAILER-DAEMON@mx.example.fr>
To: dpo@imv.example
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce-{abs(hash(message_id))}@mx.example.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.fr

Final-Recipient: rfc822; {recipient}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--B
Content-Type: text/rfc822-headers

Message-ID: {message_id}

--B--
""".replace("\n", "\r\n").encode()


def fetched(case: CaseFile, raw: bytes, uid: int) -> None:
    """`raw` arrives in the triage list as a fetch would keep it (the fetch itself: test_relays_and_bounces)."""
    with case.unit_of_work() as session:
        mailbox_id = session.scalar(select(Mailbox.id))
        assert keep_message(session, mailbox_id, 1, uid, raw, None)


# Email templates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_email_template_previews_on_a_sample_case(case: CaseFile, smtp: SmtpServers, language: str) -> None:
    sending_mailbox(case, smtp)
    for kind in EMAIL_KINDS:
        if kind in {k.value for k in WRITTEN_BY_DPO_DESK}:
            continue
        with case.reader(orm=True) as reading:
            text, own = email_template_text(reading.orm, get_organisation(reading.orm, "IMV"), kind, language)
            subject, body = sample_email(reading.orm, "IMV", kind, language, text, today=TODAY)
        assert not own and "{" not in subject + body and f"IMV-{TODAY.year}-0000" in subject + body
        assert "IMV Technologies" in body and "dpo@imv.example" in body
        encrypted = kind in (REPORT, BUNDLE, "rectification_done", "post_mortem_recorded")
        if kind != PASSWORD:
            assert ("AES-256" in body) is encrypted, kind
        if language == "fr":
            assert "\u202f:" in body or "\u00a0:" in body or ":" not in body  # French typography


def test_an_organisation_rewords_an_email_and_its_answers_use_it(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    own = (
        "Votre demande {reference} : notre accusé de réception\n---\nMadame, Monsieur,\n\n"
        "Voici notre accusé de réception.\n\n{attachment_note}\n\n{signatory}\n{organisation}\n"
    )
    with case.unit_of_work() as session:
        save_email_template(session, "IMV", "acknowledgement", "fr", own, user="dpo")
        with pytest.raises(ActionRefused, match=r"\{montant\}, which DPO Desk cannot fill"):
            save_email_template(session, "IMV", "acknowledgement", "fr", "Objet\n---\n{montant}", user="dpo")
        with pytest.raises(NotFound, match="no email template facture"):
            save_email_template(session, "IMV", "facture", "fr", own, user="dpo")
        add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
        add_member(session, "sam", "Sam", Role.STAFF, user="dpo")
    with pytest.raises(ActionRefused, match="Only a DPO can change the wording of emails"), case.unit_of_work() as s:
        save_email_template(s, "IMV", "acknowledgement", "fr", own, user="sam")
    reference = email_request(case)
    send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=acknowledgement(case, reference))
    (received,) = smtp.messages
    assert received.message["Subject"] == f"Votre demande {reference}\u202f: notre accusé de réception"
    assert "Voici notre accusé de réception." in received.message.get_body(("plain",)).get_content()
    with case.unit_of_work() as session:
        reset_email_template(session, "IMV", "acknowledgement", "fr", user="dpo")
        text, own_kept = email_template_text(session, get_organisation(session, "IMV"), "acknowledgement", "fr")
        changes = [e.details for e in session.scalars(select(Event).where(Event.kind == "template_changed"))]
    assert not own_kept and "Accusé de réception de votre demande" in text
    assert changes[-1] == {"code": "IMV", "email": "acknowledgement", "language": "fr", "reset": True}


# A bounce, on the letter ----------------------------------------------------------------------------


def test_a_bounced_letter_is_marked_on_the_letter_and_may_go_again(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    reference = email_request(case, email="parti@example.fr", message_id="<gone@example.fr>")
    first, second = acknowledgement(case, reference), acknowledgement(case, reference)
    sent = send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=first)
    again = send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=second)
    fetched(case, bounce_of(sent.message_id, "parti@example.fr"), 1)
    with case.reader(orm=True) as reading:
        shown = {view.id: view for view in letters.list_letters(reading.orm, reference)}
        (item,) = triage_list(reading.orm)
    assert shown[first].bounced and "User unknown" in shown[first].bounce_reason
    assert not shown[second].bounced and item.reference == reference
    with case.unit_of_work() as session:  # posted instead: the letter went, on the day it was posted
        letters.mark_sent(session, first, on=TODAY, channel=Channel.POST, user="dpo", today=TODAY)
    with case.reader(orm=True) as reading:
        shown = {view.id: view for view in letters.list_letters(reading.orm, reference)}
        views = sent_messages(reading.orm, reference)
    assert not shown[first].bounced and shown[first].sent_channel == "post"
    assert [v.bounced for v in views] == [True, False]  # the email that bounced stays on record
    with pytest.raises(ActionRefused, match="already marked sent"), case.unit_of_work() as session:
        letters.mark_sent(session, first, on=TODAY, channel=Channel.POST, user="dpo", today=TODAY)

    fetched(case, bounce_of(again.message_id, "parti@example.fr"), 2)  # this one goes again, by email
    third = send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=second)
    with case.reader(orm=True) as reading:
        shown = {view.id: view for view in letters.list_letters(reading.orm, reference)}
    assert shown[second].sent_message_id == third.message_id and not shown[second].bounced
    assert len(smtp.messages) == 3


def test_the_password_letter_is_never_emailed(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    reference = email_request(case)
    ready_for_report(case, reference)
    with_postal_address(case, reference)
    sent = send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=PasswordChannel.POST)
    assert sent.password_letter_id is not None
    with pytest.raises(ActionRefused, match="The password letter goes by post"):
        send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=sent.password_letter_id)
    assert len(smtp.messages) == 1


# The password, shown again ------------------------------------------------------------------------------


def test_a_password_read_out_is_shown_again_to_a_dpo_and_the_history_says_so(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    with case.unit_of_work() as session:
        add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
        add_member(session, "sam", "Sam", Role.STAFF, user="dpo")
    reference = email_request(case)
    ready_for_report(case, reference)
    sent = send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=PasswordChannel.PHONE)
    with_postal_address(case, reference)
    by_post = send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=PasswordChannel.POST)
    with case.reader(orm=True) as reading:
        views = sent_messages(reading.orm, reference)
    assert [v.password_kept for v in views] == [True, False]
    with pytest.raises(ActionRefused, match="Only a DPO can show the password"), case.unit_of_work() as session:
        password_of(session, views[0].id, user="sam")
    with pytest.raises(NotFound, match="No password to read out"), case.unit_of_work() as session:
        password_of(session, views[1].id, user="dpo")  # by post: it is in the letter, not kept apart
    with case.unit_of_work() as session:
        shown = password_of(session, views[0].id, user="dpo")
    report = next(smtp.messages[0].message.iter_attachments()).get_content()
    with pikepdf.open(io.BytesIO(report), password=shown) as pdf:
        assert pdf.encryption.bits == 256
    assert shown == sent.password and by_post.message_id != sent.message_id
    with case.reader(orm=True) as reading:
        (event,) = reading.orm.scalars(select(Event).where(Event.kind == "password_shown"))
        assert event.user == "dpo" and event.details["message_id"] == sent.message_id
        assert shown not in json.dumps(event.details)  # the history says it was shown, never what it is


# Relays: who will be asked ------------------------------------------------------------------------------


def test_the_departments_to_ask_are_the_ticked_activities_naming_a_contact(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    reference = email_request(case)
    ready_for_report(case, reference)
    with case.reader(orm=True) as reading:
        assert departments_to_ask(reading.orm, reference, today=TODAY) == []
    with case.unit_of_work() as session:
        set_internal_contact(session, "IMV", "Recruitment management", "rh@imv.example", user="dpo")
    with case.reader(orm=True) as reading:
        (target,) = departments_to_ask(reading.orm, reference, today=TODAY)
    assert (target.activity, target.contact) == ("Recruitment management", "rh@imv.example")
    (relay,) = ask_departments(case, reference, user="dpo", today=TODAY)
    assert relay.due_on == target.due_on and not relay.overdue and relay.answered_at is None
    with case.reader(orm=True) as reading:
        assert departments_to_ask(reading.orm, reference, today=TODAY) == []
        (late,) = relays_of(reading.orm, reference, today=relay.due_on + timedelta(days=1))
    assert late.overdue
    act(case, cases.change_status, reference, Status.IN_PROGRESS, on=TODAY, today=TODAY)
    act(case, cases.change_status, reference, Status.ANSWERED, on=TODAY, today=TODAY)
    with pytest.raises(ActionRefused, match="is closed: the departments are no longer asked"):
        ask_departments(case, reference, user="dpo", today=TODAY)


# The purge forgets what was emailed ------------------------------------------------------------------------


def test_purging_a_case_forgets_the_addresses_the_subjects_and_the_password_kept(
    case: CaseFile, smtp: SmtpServers
) -> None:
    sending_mailbox(case, smtp)
    reference = email_request(case, email="zqxw.purge@example.fr", message_id="<purge-me@example.fr>")
    ready_for_report(case, reference)
    with case.unit_of_work() as session:
        set_internal_contact(session, "IMV", "Recruitment management", "rh@imv.example", user="dpo")
    sent = send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=PasswordChannel.PHONE)
    ask_departments(case, reference, user="dpo", today=TODAY)
    with case.reader(orm=True) as reading:
        token = reading.orm.scalar(select(Relay.token))
    reply = (
        f"From: rh@imv.example\r\nTo: dpo@imv.example\r\nSubject: RE: [DPO-R-{token}] demande\r\n"
        "Message-ID: <rh-1@imv.example>\r\n\r\nRien.\r\n"
    ).encode()
    fetched(case, bounce_of(sent.message_id, "zqxw.purge@example.fr"), 1)
    fetched(case, reply, 2)
    with case.unit_of_work() as session:
        for item in triage_list(session):
            from dpo_desk.services.mailboxes import log_from_triage

            log_from_triage(session, item.id, user="dpo", today=TODAY)
    act(case, cases.change_status, reference, Status.IN_PROGRESS, on=TODAY, today=TODAY)
    act(case, cases.change_status, reference, Status.ANSWERED, on=TODAY, today=TODAY)
    act(case, cases.change_status, reference, Status.CLOSED, on=TODAY, today=TODAY)
    later = date(TODAY.year + 6, 1, 15)
    with case.unit_of_work() as session:
        assert retention.purge(session, [reference], user="dpo", today=later) == 1
    with case.reader(orm=True) as reading:
        rows = reading.orm.scalars(select(OutgoingMessage)).all()
        relay = reading.orm.scalar(select(Relay))
    assert rows and all((r.recipients, r.subject, r.password, r.bounce_reason) == ("", "", "", "") for r in rows)
    assert rows[0].bounced_at is not None and rows[0].encrypted and rows[0].password_via == "phone"  # the facts
    assert relay is not None and relay.answered_at is not None and relay.answer_item_id is None


# OAuth2: the Microsoft redirect is answered on IPv6 too -----------------------------------------------------


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    with running_provider("dpo@imv.example") as running:
        yield running


@pytest.mark.parametrize("browser", ["ipv6_first_browser", "browser"])
def test_the_microsoft_redirect_to_localhost_is_answered_on_ipv6_and_ipv4(provider: Provider, browser: str) -> None:
    client = OAuthClient(
        "oauth:microsoft:dpo@imv.example",
        "microsoft",
        CLIENT_ID,
        "dpo@imv.example",
        authorize_url=f"{provider.base}/authorize",
        token_url=f"{provider.base}/token",
        scopes="offline_access mail",
    )
    assert client.redirect_host == "localhost"
    authorise(client, getattr(provider, browser), timeout=20)
    assert provider.redirects[-1].startswith("http://localhost:")
    assert json.loads(keystore.recall_secret(client.key))["refresh_token"] in provider.refresh


def test_the_redirect_listens_only_on_this_computer() -> None:
    assert [a for _, a in loopback_addresses("localhost")][:2] == ["127.0.0.1", "::1"]
    assert [a for _, a in loopback_addresses("127.0.0.1")] == ["127.0.0.1"]
    with pytest.raises(ActionRefused, match="is not this computer"):
        loopback_addresses("192.0.2.10")


# The command line's refusals ----------------------------------------------------------------------------------


def test_the_relay_commands_refuse_with_exit_code_2(
    case: CaseFile,
    case_path,  # type: ignore[no-untyped-def]
    smtp: SmtpServers,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from dpo_desk.cli.main import main

    from .conftest import PASSPHRASE

    reference = email_request(case)
    ready_for_report(case, reference)
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    run = ["--case-file", str(case_path)]
    assert main([*run, "ask-departments", reference]) == 2
    err = capsys.readouterr().err
    assert "no ticked activity names an internal contact" in err and "Traceback" not in err
    assert main([*run, "register", "contact", "Not an activity", "rh@imv.example"]) == 2
    assert "Not in IMV's register: Not an activity" in capsys.readouterr().err
    assert main([*run, "register", "contact", "Recruitment management", "rh@imv.example"]) == 0
    capsys.readouterr()
    assert main([*run, "ask-departments", reference]) == 2  # no sending address yet
    assert "no sending address yet" in capsys.readouterr().err
    assert main([*run, "mailbox", "remove", "nothing"]) == 2
    assert "There is no mailbox called nothing" in capsys.readouterr().err
    assert main([*run, "relays", reference]) == 0
    assert "No department was asked yet" in capsys.readouterr().out
    assert smtp.messages == []


def test_a_password_shown_in_the_cli_output_is_never_in_the_message(case: CaseFile, smtp: SmtpServers) -> None:
    sending_mailbox(case, smtp)
    reference = email_request(case)
    ready_for_report(case, reference)
    sent = send_answer(case, reference, Purpose.BUNDLE, user="dpo", today=TODAY)  # phone by default
    assert PASSWORD_SHAPE.fullmatch(sent.password) and sent.password.encode() not in smtp.messages[0].data


def test_on_a_computer_without_a_keyring_the_command_line_sends_with_the_password_from_the_environment(
    case: CaseFile,
    case_path,  # type: ignore[no-untyped-def]
    smtp: SmtpServers,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    from dpo_desk.cli.main import main

    from .conftest import PASSPHRASE
    from .imap_server import PASSWORD, USER

    reference = email_request(case)
    letter_id = acknowledgement(case, reference)
    case.close()
    keyring.set_keyring(NoKeyring())  # a headless server: no Secret Service (restored by the fixture)
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_MAILBOX_PASSWORD", PASSWORD)
    run = ["--no-keyring", "--case-file", str(case_path)]
    assert main([*run, "mailbox", "add", "envoi", "--user", USER, "--smtp-host", smtp.host, "--smtp-port",
                 str(smtp.starttls_port), "--from", "dpo@imv.example", "--org", "IMV",
                 "--ca-file", str(smtp.ca_file)]) == 0  # fmt: skip
    assert "no system keyring, so the password was not kept" in capsys.readouterr().err
    monkeypatch.delenv("DPO_DESK_MAILBOX_PASSWORD")
    assert main([*run, "send", reference, "--letter", str(letter_id)]) == 2
    assert "No password is known for" in capsys.readouterr().err and smtp.messages == []
    monkeypatch.setenv("DPO_DESK_MAILBOX_PASSWORD", PASSWORD)
    assert main([*run, "send", reference, "--letter", str(letter_id)]) == 0
    (received,) = smtp.messages
    assert received.message["Message-ID"] in capsys.readouterr().out
