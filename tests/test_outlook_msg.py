"""Outlook .msg files, made with an MSG writer and read back through the same intake as .eml."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aspose.email_foss import msg
from hypothesis import given, settings
from hypothesis import strategies as st

from dpo_desk.cli.main import main
from dpo_desk.domain.rights import Right
from dpo_desk.services import cases
from dpo_desk.services.email_intake import EmailRefused, read_email
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY


def outlook_message(path: Path, *, body: str = "", html: str = "", message_id: str = "", headers: str = "") -> bytes:
    """An Outlook message saved as Outlook does (a compound file of MAPI properties)."""
    message = msg.MapiMessage.create("Demande d’accès à mes données", body)
    message.set_property(msg.PropertyId.SENDER_NAME, "Zoé Lœwy")
    message.set_property(msg.PropertyId.SENDER_EMAIL_ADDRESS, "zoe.loewy@example.fr")
    message.set_property(msg.PropertyId.MESSAGE_DELIVERY_TIME, datetime(2026, 11, 16, 8, 30, tzinfo=UTC))
    if html:
        message.set_property(msg.PropertyId.BODY_HTML, html.encode("utf-8"))  # PR_HTML is binary
        message.set_property(msg.PropertyId.INTERNET_CODEPAGE, 65001)
    if message_id:
        message.set_property(msg.PropertyId.INTERNET_MESSAGE_ID, message_id)
    if headers:
        message.set_property(msg.PropertyId.TRANSPORT_MESSAGE_HEADERS, headers)
    message.add_recipient("dpo@imv.example", display_name="DPO IMV")
    message.add_attachment("pièce d'identité.pdf", b"%PDF-1.4 scan\n", mime_type="application/pdf")
    message.save(path)
    return path.read_bytes()


def test_an_outlook_message_reads_like_an_email(tmp_path: Path) -> None:
    raw = outlook_message(
        tmp_path / "demande.msg",
        body="Bonjour,\nJe souhaite exercer mon droit d’accès à mes données.\nZoé",
        message_id="<outlook-1@example.fr>",
    )
    assert raw[:8] == bytes.fromhex("d0cf11e0a1b11ae1")
    draft = read_email(raw)
    assert (draft.from_name, draft.from_address) == ("Zoé Lœwy", "zoe.loewy@example.fr")
    assert draft.subject == "Demande d’accès à mes données" and draft.to == ["dpo@imv.example"]
    assert draft.message_id == "<outlook-1@example.fr>"
    assert draft.date == datetime(2026, 11, 16, 8, 30, tzinfo=UTC)
    assert "droit d’accès" in draft.body_text and draft.suggested_rights == [Right.ACCESS]
    assert [(a.filename, a.data) for a in draft.attachments] == [("pièce d'identité.pdf", b"%PDF-1.4 scan\n")]
    assert draft.raw == raw  # the .msg itself is the evidence kept
    assert "Outlook .msg" in draft.warnings[0]


def test_the_original_headers_outlook_kept_are_used(tmp_path: Path) -> None:
    received = (
        "Received: from mx.example.fr by mail.imv.example; Sat, 14 Nov 2026 23:50:00 +0100\r\n"
        "Message-ID: <kept-by-outlook@example.fr>\r\n"
    )
    draft = read_email(outlook_message(tmp_path / "m.msg", body="Merci de supprimer mes données.", headers=received))
    assert draft.message_id == "<kept-by-outlook@example.fr>"
    assert draft.received_on.isoformat() == "2026-11-14"  # delivered on the 14th, Paris time
    assert draft.suggested_rights == [Right.ACCESS, Right.ERASURE]  # the subject asks for access too


def test_an_html_only_outlook_message_becomes_text(tmp_path: Path) -> None:
    html = '<p>Je m’oppose à la <b>prospection</b>.</p><img src="http://127.0.0.1:9/track.png">'
    draft = read_email(outlook_message(tmp_path / "h.msg", html=html))
    assert "Je m’oppose à la prospection." in draft.body_text and "track.png" not in draft.body_text


def test_damaged_outlook_files_are_refused_in_words(tmp_path: Path) -> None:
    raw = outlook_message(tmp_path / "d.msg", body="Bonjour")
    for broken in (raw[:700], raw[:8] + b"\0" * 600, raw[:8]):
        with pytest.raises(EmailRefused, match=r"This Outlook \.msg file cannot be read"):
            read_email(broken)


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_fuzzed_outlook_files_never_crash(tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    raw = bytearray(outlook_message(tmp_path_factory.mktemp("fuzz") / "f.msg", body="Bonjour, accès."))
    for _ in range(data.draw(st.integers(1, 20))):
        raw[data.draw(st.integers(8, len(raw) - 1))] = data.draw(st.integers(0, 255))
    with contextlib.suppress(EmailRefused):  # refused in words is the other right answer
        read_email(bytes(raw))


def test_import_email_logs_an_outlook_file_and_keeps_it(
    case: CaseFile, case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = outlook_message(tmp_path / "demande.msg", body="Je souhaite une copie de mes données.", message_id="<o@x.fr>")
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    source = tmp_path / "demande.msg"
    assert main(["--case-file", str(case_path), "import-email", str(source), "--org", "IMV", "--json"]) == 0
    out = capsys.readouterr().out
    (result,) = json.loads(out[out.index("[") :])
    assert result["outcome"] == "imported" and result["from"] == "zoe.loewy@example.fr"
    with _reopen(case_path) as reopened, reopened.reader(orm=True) as reading:
        detail = cases.get_request(reading.orm, result["reference"], today=TODAY)
        (kept,) = [a for a in detail.attachments if a.kind == "email"]
        assert kept.filename == "demande.msg"
        assert cases.attachment_bytes(reading.orm, kept.id)[2] == raw  # the Outlook file itself, verbatim
    assert main(["--case-file", str(case_path), "import-email", str(source), "--org", "IMV"]) == 0
    assert "duplicate - Already imported as" in capsys.readouterr().out  # same Message-ID


def _reopen(path: Path) -> CaseFile:
    from dpo_desk.storage.casefile import open_case_file

    return open_case_file(path, passphrase=PASSPHRASE)


@pytest.mark.gui
def test_an_outlook_file_dropped_on_the_window_fills_the_intake_form(window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "courriel.msg"
    outlook_message(path, body="Je souhaite exercer mon droit d’accès.")
    intake = window.open_email(path)
    assert intake is not None
    assert intake.email.text() == "zoe.loewy@example.fr" and "droit d’accès" in intake.summary.toPlainText()
    assert intake.held_files[0].filename == "courriel.msg"  # the Outlook file, kept as it came
    intake.reject()
