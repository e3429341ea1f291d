"""IMAP intake against a real Dovecot server on loopback: fetch, triage, log, set aside; the server untouched."""

from __future__ import annotations

import imaplib
import itertools
import shutil
from collections.abc import Iterator
from datetime import datetime, time, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from dpo_desk.cli.main import main
from dpo_desk.services import cases
from dpo_desk.services.email_import import import_message
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.mailboxes import (
    MailboxSettings,
    Security,
    add_mailbox,
    fetch_new,
    list_mailboxes,
    log_from_triage,
    password_name,
    set_aside,
    triage_list,
)
from dpo_desk.storage import keystore
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TEST_MORNING, TODAY
from .imap_server import PASSWORD, USER, ImapServer, running_dovecot

pytestmark = pytest.mark.skipif(
    shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists(),
    reason="Dovecot is not installed (.ci/run installs dovecot-imapd)",
)
_folders = itertools.count(1)


@pytest.fixture(scope="module")
def imap() -> Iterator[ImapServer]:
    with running_dovecot(clock=TEST_MORNING) as server:
        yield server


@pytest.fixture
def folder(imap: ImapServer) -> str:
    """A fresh folder on the server for each test."""
    name = f"Demandes{next(_folders)}"
    client = imap.client()
    client.create(name)
    client.logout()
    return name


def _message(n: int, body: str = "Je souhaite exercer mon droit d’accès à mes données.", **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = headers.get("From", f"Zoé Lœwy <zoe{n}@example.fr>")
    message["To"] = "dpo@imv.example"
    message["Subject"] = headers.get("Subject", f"Demande RGPD n° {n}")
    message["Date"] = format_datetime(SENT)
    message["Message-ID"] = headers.get("Message-ID", f"<imap-{n}-{folder_tag()}@example.fr>")
    message.set_content(body)
    return message.as_bytes()


# The server receives the messages four days before the test's today, their senders dated them two
# days before: a recent request on whatever day the suite runs (an old one would ask to confirm).
SERVER_RECEIVED = TODAY - timedelta(days=4)
SENT = datetime.combine(TODAY - timedelta(days=2), time(9, 30), tzinfo=timezone(timedelta(hours=1)))
INTERNALDATE = imaplib.Time2Internaldate(datetime.combine(SERVER_RECEIVED, time(10), tzinfo=SENT.tzinfo))

_tags = itertools.count(1)


def folder_tag() -> int:
    return next(_tags)


def _put(imap: ImapServer, folder: str, *messages: bytes) -> None:
    client = imap.client()
    for raw in messages:
        status, _ = client.append(folder, None, INTERNALDATE, raw)
        assert status == "OK"
    client.logout()


def _server_flags(imap: ImapServer, folder: str) -> list[bytes]:
    client = imap.client()
    client.select(folder, readonly=True)
    _, data = client.uid("FETCH", "1:*", "(FLAGS)")
    client.logout()
    return [part for part in data if part]


def _add(case: CaseFile, imap: ImapServer, folder: str, *, security: Security = Security.STARTTLS, **kw) -> str:  # type: ignore[no-untyped-def]
    name = kw.pop("name", folder.lower())
    port = imap.starttls_port if security is Security.STARTTLS else imap.tls_port
    settings = MailboxSettings(
        name=name,
        host=imap.host,
        username=USER,
        port=port,
        security=security,
        folder=folder,
        organisation_code="IMV",
        ca_file=kw.pop("ca_file", str(imap.ca_file)),
    )
    with case.unit_of_work() as session:
        add_mailbox(session, settings, user="dpo", password=kw.pop("password", PASSWORD))
    return name


def test_new_messages_are_fetched_once_and_the_server_is_left_as_it_was(
    case: CaseFile, imap: ImapServer, folder: str
) -> None:
    _put(imap, folder, _message(1), _message(2), _message(3, body="Merci de supprimer mon compte."))
    flags_before = _server_flags(imap, folder)
    name = _add(case, imap, folder)
    report = fetch_new(case, name, user="dpo")
    assert (report.fetched, report.already_known) == (3, 0)
    with case.reader(orm=True) as reading:
        items = triage_list(reading.orm)
    assert [i.subject for i in items] == ["Demande RGPD n° 1", "Demande RGPD n° 2", "Demande RGPD n° 3"]
    assert items[0].sender == "Zoé Lœwy <zoe1@example.fr>" and items[0].mailbox == name
    assert _server_flags(imap, folder) == flags_before  # nothing marked read, moved or deleted
    assert b"\\Seen" not in b"".join(flags_before)
    assert fetch_new(case, name, user="dpo").fetched == 0  # resumes after the last UID
    _put(imap, folder, _message(4))
    assert fetch_new(case, name, user="dpo").fetched == 1
    with case.reader(orm=True) as reading:
        (box,) = list_mailboxes(reading.orm)
    assert box.waiting == 4 and box.last_fetched_at is not None


def test_the_password_is_kept_in_the_keyring_not_in_the_case_file(
    case: CaseFile, case_path: Path, imap: ImapServer, folder: str
) -> None:
    name = _add(case, imap, folder)
    with case.reader(orm=True) as reading:
        (box,) = list_mailboxes(reading.orm)
    assert keystore.recall_secret(f"{USER}@{imap.host}:{box.port}") == PASSWORD
    with case._raw() as raw:
        stored = repr(raw.execute("SELECT * FROM mailbox").fetchall() + raw.execute("SELECT * FROM event").fetchall())
    assert PASSWORD not in stored and name in stored


def test_imaps_works_and_what_cannot_connect_is_said_in_words(case: CaseFile, imap: ImapServer, folder: str) -> None:
    _put(imap, folder, _message(1))
    tls = _add(case, imap, folder, security=Security.TLS, name="over-tls")
    assert fetch_new(case, tls, user="dpo").fetched == 1
    untrusted = _add(case, imap, folder, name="untrusted", ca_file="")
    with pytest.raises(ActionRefused, match="is not trusted"):
        fetch_new(case, untrusted, user="dpo")
    wrong = _add(case, imap, folder, name="wrong", password="not the password")
    with pytest.raises(ActionRefused, match="refused the user name or password"):
        fetch_new(case, wrong, user="dpo")
    with case.unit_of_work() as session:
        add_mailbox(
            session,
            MailboxSettings(name="nowhere", host="127.0.0.1", username=USER, port=1, security=Security.TLS),
            user="dpo",
            password="x",
        )
    with pytest.raises(ActionRefused, match=r"Could not reach the mail server 127\.0\.0\.1:1"):
        fetch_new(case, "nowhere", user="dpo")


def test_triage_logs_a_request_or_sets_a_message_aside(case: CaseFile, imap: ImapServer, folder: str) -> None:
    _put(imap, folder, _message(1), _message(2, body="Quand ma commande arrivera-t-elle ?", Subject="Commande"))
    name = _add(case, imap, folder)
    fetch_new(case, name, user="dpo")
    with case.reader(orm=True) as reading:
        request_item, question = triage_list(reading.orm)
    with case.unit_of_work() as session:
        outcome = log_from_triage(session, request_item.id, user="staff", today=TODAY + timedelta(days=10))
    assert outcome.outcome == "imported", outcome.message
    with case.reader(orm=True) as reading:
        detail = cases.get_request(reading.orm, outcome.reference, today=TODAY)
    assert detail.channel == "email" and detail.rights == ["access"]
    assert detail.received_on == SERVER_RECEIVED  # the day the server received it (INTERNALDATE)
    assert any(a.kind == "email" for a in detail.attachments)  # the original, kept verbatim
    with pytest.raises(ActionRefused, match="Say why"), case.unit_of_work() as session:
        set_aside(session, question.id, "  ", user="staff")
    with case.unit_of_work() as session:
        set_aside(session, question.id, "Question about a delivery, forwarded to customer service", user="staff")
    with case.reader(orm=True) as reading:
        assert triage_list(reading.orm) == []
        handled = triage_list(reading.orm, include_handled=True)
    assert [(i.state, i.reference) for i in handled] == [("logged", outcome.reference), ("set_aside", "")]
    with pytest.raises(ActionRefused, match="already logged by staff"), case.unit_of_work() as session:
        log_from_triage(session, request_item.id, user="dpo", today=TODAY)


def test_a_message_already_logged_from_a_file_is_not_fetched_again(
    case: CaseFile, imap: ImapServer, folder: str
) -> None:
    raw = _message(1, **{"Message-ID": "<already-here@example.fr>"})
    with case.unit_of_work() as session:
        assert import_message(session, raw, "demande.eml", user="staff", today=TODAY).outcome == "imported"
    _put(imap, folder, raw)
    report = fetch_new(case, _add(case, imap, folder), user="dpo")
    assert (report.fetched, report.already_known) == (0, 1)


def test_the_command_line(
    case: CaseFile,
    case_path: Path,
    imap: ImapServer,
    folder: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _put(imap, folder, _message(1), _message(2, body="Bonjour", Subject="Rien à voir"))
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_MAILBOX_PASSWORD", PASSWORD)
    run = ["--case-file", str(case_path)]
    assert main([*run, "mailbox", "add", "dpo", "--host", imap.host, "--user", USER, "--security", "starttls",
                 "--port", str(imap.starttls_port), "--folder", folder, "--org", "IMV",
                 "--ca-file", str(imap.ca_file)]) == 0  # fmt: skip
    assert main([*run, "fetch"]) == 0
    assert "dpo: 2 new message(s) to triage" in capsys.readouterr().out
    assert main([*run, "triage"]) == 0
    listed = capsys.readouterr().out.splitlines()
    first, second = (int(line.split()[0]) for line in listed)
    assert main([*run, "triage", "log", str(first)]) == 0
    assert f"imported - Logged as IMV-{SERVER_RECEIVED.year}-0001" in capsys.readouterr().out
    assert main([*run, "triage", "set-aside", str(second)]) != 0
    assert "Say why" in capsys.readouterr().err
    assert main([*run, "triage", "set-aside", str(second), "--reason", "not a request"]) == 0
    assert main([*run, "triage"]) == 0 and "Nothing to triage." in capsys.readouterr().out
    assert main([*run, "mailbox", "list"]) == 0
    assert "0 to triage" in capsys.readouterr().out
    assert (
        password_name(MailboxSettings("x", imap.host, USER, imap.starttls_port))
        == f"{USER}@127.0.0.1:{imap.starttls_port}"
    )


@pytest.mark.gui
def test_the_workbench_fetches_logs_and_hands_over_to_the_intake_form(
    qtbot, window, imap: ImapServer, folder: str
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from dpo_desk.ui.intake_dialog import IntakeDialog

    _put(imap, folder, _message(1), _message(2, body="Bonjour, pouvez-vous me rappeler ?", Subject="Question"))
    window.workbench.add_mailbox(
        MailboxSettings(
            "dpo", imap.host, USER, imap.starttls_port, Security.STARTTLS, folder, "IMV", str(imap.ca_file)
        ),
        PASSWORD,
    )
    triage = window.open_triage()
    before = triage.table.rowCount()  # the demo's own messages to triage

    def select(subject: str) -> None:
        row = next(r for r in range(triage.table.rowCount()) if triage.table.item(r, 3).text() == subject)
        triage.table.selectRow(row)

    job = triage.fetch()
    qtbot.waitUntil(lambda: triage.table.rowCount() == before + 2 and not triage._jobs, timeout=15000)
    assert not job.cancelled and "dpo: 2 new message(s)" in triage.summary.text()
    select("Demande RGPD n° 1")
    assert "droit d’accès" in triage.preview.toPlainText() and "From: Zoé Lœwy" in triage.preview.toPlainText()
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        triage.log_selected()  # a clear access request: logged at once
    assert triage.table.rowCount() == before + 1 and "Logged as IMV-" in triage.summary.text()
    select("Question")
    triage.log_selected()  # no right recognised: staff complete the intake form, filled from the message
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), IntakeDialog), timeout=5000)
    intake = QApplication.activeModalWidget()
    assert "Bonjour, pouvez-vous me rappeler" in intake.summary.toPlainText()
    next(iter(intake.rights.values())).setChecked(True)
    with qtbot.waitSignal(intake.logged, timeout=5000):
        intake.submit()
    qtbot.waitUntil(lambda: triage.table.rowCount() == before, timeout=5000)
    qtbot.waitUntil(lambda: window.triage_action.text() == f"&Mail to triage ({before})…", timeout=5000)
    triage.close()
