"""Outlook .msg files that Outlook itself wrote (Apache POI's test data, Apache-2.0, licence beside
them in tests/data/outlook-apache-poi/), read through the email worker and logged as requests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dpo_desk.services.email_worker import parse_email
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE

CORPUS = Path(__file__).parent / "data" / "outlook-apache-poi"


def read(name: str):  # type: ignore[no-untyped-def]
    return parse_email((CORPUS / name).read_bytes())  # in the worker process, as every message is


def test_the_licence_travels_with_the_files() -> None:
    assert "Apache License" in (CORPUS / "LICENSE").read_text() and "Version 2.0" in (CORPUS / "LICENSE").read_text()
    assert "Apache POI" in (CORPUS / "NOTICE").read_text()
    assert len(list(CORPUS.glob("*.msg"))) == 8


@pytest.mark.parametrize(
    ("name", "sender", "subject", "received", "body", "attachments"),
    [
        (
            "simple_test_msg.msg",
            ("Travis Ferguson", "travis@overwrittenstack.com"),
            "test message",
            date(2007, 7, 6),
            "This is a test message.",
            [],
        ),
        (
            "example_received_unicode.msg",
            ("Mike Farman", "mike.farman@alfresco.com"),
            "This is a test message please ignore",
            date(2010, 1, 11),
            "The quick brown fox jumps over the lazy dog",
            ["alfresco.gif"],
        ),
        (
            "attachment_test_msg.msg",
            ("Nicolas1 23456", "nicolas1.23456@free.fr"),
            "test pièce jointe 1",
            date(2009, 4, 22),
            "contenu",
            ["test-unicode.doc", "pj1.txt"],
        ),
        (
            "attachment_msg_pdf.msg",
            ("Nick Booth", "nick.booth@pof.com.au"),
            "test email",
            date(2010, 6, 18),
            "Test email with 1 msg attachment, 1 pdf",
            ["Test Attachment", "smbprn.00009008.KdcPjl.pdf"],
        ),
        (  # Exchange's "Microsoft Mail Internet Headers Version 2.0" block: the real From is in it
            "outlook_30_msg.msg",
            ("Cramer, Nick", "nick.cramer@pnl.gov"),
            "IN-SPIRE servers going down for a bit, back up around 8am",
            date(2008, 9, 12),
            "I am shutting down the IN-SPIRE servers now",
            [],
        ),
        (  # code page 1251: read as Windows-1252, this was "Âàøå ñîîáùåíèå"
            "cyrillic_message.msg",
            ("", "no-reply@niips.ru"),
            'Автоматический ответ подсистемы обмена данными ФГУП "Почта России".',
            date(2010, 5, 18),
            'Ваше сообщение с темой "FW: RTM" было успешно получено',
            [],
        ),
        (  # code page 950 (Big5)
            "chinese-traditional.msg",
            ("", ""),  # an Exchange sender with no SMTP address kept: none is invented
            "Alfresco MSG format testing ( MSG 格式測試 )",
            date(2011, 3, 29),
            "中文測試",
            [],
        ),
        (
            "quick.msg",
            ("", ""),  # was "/o=hostedservice2/ou=first administrative group/cn=recipients/…"@ben
            "Test the content transformer",
            date(2007, 6, 14),
            "The quick brown fox jumps over the lazy dog",
            [],
        ),
    ],
)
def test_real_outlook_files_are_read_as_written(  # type: ignore[no-untyped-def]
    name, sender, subject, received, body, attachments
) -> None:
    draft = read(name)
    assert (draft.from_name, draft.from_address) == sender
    assert draft.subject == subject
    assert draft.received_on == received
    assert body in draft.body_text
    assert [a.filename for a in draft.attachments] == attachments
    assert "\ufffd" not in draft.subject + draft.body_text  # nothing lost to a wrong code page
    if not sender[1]:
        assert any("could not be read: enter it by hand" in str(w) for w in draft.warnings)


def test_the_command_line_reads_them_and_invents_no_request(
    case: CaseFile, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.cli.main import main

    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_CASE_FILE", str(case.path))
    files = [str(CORPUS / n) for n in ("attachment_test_msg.msg", "cyrillic_message.msg", "outlook_30_msg.msg")]
    code = main(["--no-keyring", "import-email", *files, "--org", "IMV"])
    out = capsys.readouterr().out
    assert code == 0, out
    # None of them asks for a right: each is read, and left to a person to decide.
    assert out.count(": needs triage - No right was recognised in the message") == 3, out
    main(["--no-keyring", "list", "--json"])
    assert capsys.readouterr().out.strip() == "[]"
