"""The inspection dossier: a case's PDF checked against the case file with `verify --expect`, and the
register of requests an auditor opens in a spreadsheet."""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from dpo_desk.cli.main import main
from dpo_desk.domain.channels import Channel
from dpo_desk.domain.letters import LetterKind
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services import cases, letters
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Event, Letter

from .conftest import PASSPHRASE, TODAY
from .test_cases import log


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.fixture
def worked_case(case: CaseFile) -> str:
    """A request acknowledged, extended with its notice sent by registered mail, then answered."""
    received = TODAY - timedelta(days=20)
    ref = log(
        case,
        received=received,
        files=(cases.FileInput("courrier.pdf", b"%PDF-1.4 scan", "scan"),),
    ).reference
    with case.unit_of_work() as session:
        for kind in (LetterKind.ACKNOWLEDGEMENT,):
            letter_id, _ = letters.create_letter(session, ref, kind, user="dpo", today=received + timedelta(days=1))
            letters.mark_sent(
                session, letter_id, on=received + timedelta(days=1), channel=Channel.POST, user="dpo", today=TODAY
            )
        extended_on = received + timedelta(days=5)  # an extension is dated the day it is recorded
        cases.extend(session, ref, "Data in five systems", user="dpo", on=extended_on, today=extended_on)
        notice, _ = letters.create_letter(session, ref, LetterKind.EXTENSION_NOTICE, user="dpo", today=TODAY)
        letters.mark_sent(
            session,
            notice,
            on=received + timedelta(days=6),
            channel=Channel.POST,
            user="dpo",
            today=TODAY,
            registered_mail_no="1A 123 456 7890 1",
        )
        cases.change_status(
            session, ref, cases.Status.IN_PROGRESS, user="dpo", on=received + timedelta(days=6), today=TODAY
        )
        cases.change_status(
            session, ref, cases.Status.ANSWERED, user="dpo", on=received + timedelta(days=18), today=TODAY
        )
    return ref


def test_the_dossier_checkpoint_is_verified_against_the_case_file(
    case: CaseFile,
    case_path: Path,
    worked_case: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with case.reader(orm=True) as reading:
        kept = {row.subject: row.sha256 for row in reading.orm.scalars(select(Letter))}
        history = reading.orm.scalars(select(Event.seq).where(Event.reference == worked_case)).all()
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    base = ["--no-keyring", "--case-file", str(case_path)]
    output = tmp_path / "dossier.pdf"
    assert main([*base, "dossier", worked_case.lower(), "-o", str(output)]) == 0
    said = capsys.readouterr().out
    pdf = output.read_bytes()
    text = text_of(pdf)
    (checkpoint,) = set(re.findall(r"verify --expect (\d+:[0-9a-f]{16})", text))
    assert f"Checkpoint: {checkpoint}" in said and hashlib.sha256(pdf).hexdigest() in said
    assert main([*base, "verify", "--expect", checkpoint]) == 0
    assert "The case file is sound." in capsys.readouterr().out
    wrong = checkpoint.split(":")[0] + ":" + "0" * 16
    assert main([*base, "verify", "--expect", wrong]) == 1
    assert "the history was rewritten" in capsys.readouterr().out
    # The chronology holds every event of the request, the letters their SHA-256, the document its own.
    assert all(f" {seq} " in f" {text} " for seq in history)
    assert "Délai prolongé" in text and "Data in five systems" in text
    for digest in kept.values():
        assert digest[:32] in text.replace(" ", "")
    assert hashlib.sha256(b"%PDF-1.4 scan").hexdigest()[:32] in text.replace(" ", "")
    # Each letter follows, as its own pages.
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2 + len(kept)
    assert "1A 123 456 7890 1" in text
    # The export itself is on the record, with the dossier's fingerprint.
    with reopen(case_path) as reopened, reopened.reader(orm=True) as reading:
        made = reading.orm.scalars(select(Event).where(Event.kind == "dossier_exported")).one()
        assert made.details["checkpoint"] == checkpoint and made.details["sha256"] == hashlib.sha256(pdf).hexdigest()


def reopen(path: Path):  # type: ignore[no-untyped-def]
    from dpo_desk.storage.casefile import open_case_file

    return open_case_file(path, passphrase=PASSPHRASE, use_keyring=False)


def test_a_dossier_of_a_case_where_nothing_was_done(case: CaseFile) -> None:
    ref = log(case, received=TODAY).reference
    made = Workbench(case, "dpo", today=lambda: TODAY).case_dossier(ref, "en")
    text = text_of(made.pdf)
    assert "No letter was written for this request." in text and "No document is attached" in text
    assert f"dpo-desk verify --expect {made.checkpoint}" in text and made.pages == 1


def test_the_register_of_requests_for_an_auditor(
    case: CaseFile,
    case_path: Path,
    worked_case: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    late = log(case, received=TODAY - timedelta(days=70), first="Paul", last="Roux", email="paul@example.fr").reference
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    base = ["--no-keyring", "--case-file", str(case_path), "request-register"]
    start = (TODAY - timedelta(days=400)).isoformat()
    assert main([*base, "--from", start, "--to", TODAY.isoformat(), "-o", str(tmp_path / "r.xlsx")]) == 0
    assert "2 request(s) received" in capsys.readouterr().out
    sheet = load_workbook(tmp_path / "r.xlsx").active
    values = [list(r) for r in sheet.values]
    heading, rows = values[0], {row[0]: dict(zip(values[0], row, strict=True)) for row in values[1:]}
    assert "Personne concernée" not in heading  # names are off by default
    assert not any("Lefèvre" in str(v) or "Roux" in str(v) for row in values for v in row)
    worked = rows[worked_case]
    assert worked["Prolongée"] == "oui"
    assert worked["Prolongation décidée le"].date() == TODAY - timedelta(days=15)
    assert worked["Notification de prolongation envoyée le"].date() == TODAY - timedelta(days=14)
    assert worked["Répondu le"].date() == TODAY - timedelta(days=2) and worked["Délai de réponse (jours)"] == 18
    assert worked["Dans les délais"] == "oui" and "1A 123 456 7890 1" in worked["N° de recommandé des courriers"]
    assert worked["Courriers (rédigé ; envoyé)"].count("\n") == 1
    assert rows[late]["Dans les délais"].startswith("non") and rows[late]["Décision"] == "Reçue"
    assert main([*base, "--from", start, "--names", "--lang", "en", "-o", str(tmp_path / "r.csv")]) == 0
    csv_text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert "Data subject" in csv_text.splitlines()[0] and "Paul Roux" in csv_text
    assert main([*base, "-o", str(tmp_path / "r.pdf")]) == 2
    assert ".xlsx" in capsys.readouterr().err


def test_dates_in_the_register_are_those_of_the_period(case: CaseFile) -> None:
    log(case, received=date(2025, 12, 31))
    log(case, received=date(2026, 1, 1), email="other@example.fr", first="Other")
    data, count = Workbench(case, "dpo", today=lambda: TODAY).register_of_requests(
        date(2026, 1, 1), date(2026, 12, 31), None, names=False, language="en", filename="r.csv"
    )
    assert count == 1 and b"2026-01-01" in data and b"2025-12-31" not in data
