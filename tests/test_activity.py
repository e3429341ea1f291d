"""The activity report's figures, checked against a case file whose requests are known one by one."""

from __future__ import annotations

import csv
import io
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.cli.main import main
from dpo_desk.domain.activity import months
from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.rights import Right
from dpo_desk.domain.statuses import Status
from dpo_desk.renderers.activity_pdf import render_activity
from dpo_desk.services import cases, letters
from dpo_desk.services.activity import activity, facts_csv
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE
from .test_cases import act, log

START, END = date(2026, 1, 1), date(2026, 3, 31)
LATER = date(2026, 5, 1)  # "today" for these figures: E is overdue by then


def _answer(case: CaseFile, ref: str, on: date, status: Status = Status.ANSWERED, reason: str = "") -> None:
    act(case, cases.change_status, ref, Status.IN_PROGRESS, on=on, today=LATER)
    act(case, cases.change_status, ref, status, on=on, today=LATER, reason=reason)


@pytest.fixture
def year(case: CaseFile) -> CaseFile:
    a = log(case, received=date(2026, 1, 5), email="a@example.fr").reference
    _answer(case, a, date(2026, 1, 20))  # 15 days, on time
    b = log(case, received=date(2026, 1, 10), email="b@example.fr", rights=(Right.ERASURE,)).reference
    act(case, cases.extend, b, "five systems to search", on=date(2026, 2, 5), today=date(2026, 2, 5))
    with case.unit_of_work() as session:  # the extension counts once its notice went out in time
        notice, _ = letters.create_letter(session, b, LetterKind.EXTENSION_NOTICE, user="dpo", today=date(2026, 2, 5))
        letters.mark_sent(session, notice, on=date(2026, 2, 6), user="dpo", today=LATER)
    _answer(case, b, date(2026, 3, 25))  # 74 days, within the extended deadline
    c = log(case, received=date(2026, 2, 2), email="c@example.fr", rights=(Right.ACCESS, Right.ERASURE)).reference
    _answer(case, c, date(2026, 3, 10), Status.REFUSED, "invoices kept ten years")  # 36 days: late
    d = log(case, received=date(2026, 3, 1), email="d@example.fr").reference
    act(case, cases.change_status, d, Status.WITHDRAWN, on=date(2026, 3, 5), today=LATER, reason="asked by phone")
    log(case, received=date(2026, 3, 15), email="e@example.fr")  # still open, due mid-April
    log(case, received=date(2026, 4, 2), email="f@example.fr")  # outside the period
    return case


def test_the_figures_are_those_of_the_requests(year: CaseFile) -> None:
    with year.reader(orm=True) as reading:
        summary, facts = activity(reading.orm, start=START, end=END, today=LATER)
    assert summary.received == 5 and len(facts) == 5
    assert summary.per_month == {"2026-01": 2, "2026-02": 1, "2026-03": 2}
    assert summary.by_right == {"access": 4, "erasure": 2}
    assert summary.by_channel == {"post": 5}
    assert (summary.responded, summary.on_time, summary.on_time_share) == (3, 2, 2 / 3)
    assert (summary.median_days, summary.worst_days) == (36, 74)
    assert (summary.extended, summary.refused, summary.withdrawn) == (1, 1, 1)
    assert (summary.open_now, summary.overdue_now) == (1, 1)


def test_one_organisation_and_an_empty_period(year: CaseFile) -> None:
    with year.reader(orm=True) as reading:
        summary, _ = activity(
            reading.orm, start=date(2025, 6, 1), end=date(2025, 7, 31), today=LATER, organisation_code="IMV"
        )
    assert summary.received == 0 and summary.per_month == {"2025-06": 0, "2025-07": 0}
    assert summary.median_days is None and summary.on_time_share is None
    assert months(date(2025, 11, 20), date(2026, 2, 1)) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_csv_has_one_row_per_request_and_no_names(year: CaseFile) -> None:
    with year.reader(orm=True) as reading:
        _, facts = activity(reading.orm, start=START, end=END, today=LATER)
    rows = list(csv.DictReader(io.StringIO(facts_csv(facts).decode("utf-8-sig"))))
    assert len(rows) == 5 and rows[1]["extended"] == "yes" and rows[1]["days_to_respond"] == "74"
    assert rows[2]["on_time"] == "no" and rows[3]["responded_on"] == "" and rows[0]["rights"] == "access"
    assert "Lefèvre" not in facts_csv(facts).decode("utf-8-sig")  # references, not people


@pytest.mark.parametrize(
    ("language", "expected"), [("fr", "Réponses dans le délai"), ("en", "Responses within the deadline")]
)
def test_the_pdf_reads_back(year: CaseFile, language: str, expected: str) -> None:
    with year.reader(orm=True) as reading:
        summary, _ = activity(reading.orm, start=START, end=END, today=LATER)
    pdf = render_activity(summary, language=language, organisation="IMV Technologies")
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    percent = "2 (67 %)" if language == "fr" else "2 (67%)"  # French typography: a (no-break) space before %
    assert expected in text and percent in text and "74" in text and "IMV Technologies" in text


def test_the_command_line(
    year: CaseFile, case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    year.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    pdf, table = tmp_path / "activite.pdf", tmp_path / "activite.csv"
    run = ["--case-file", str(case_path), "activity", "--from", "2026-01-01", "--to", "31/03/2026"]
    assert main([*run, "-o", str(pdf), "--csv", str(table), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "Demandes reçues" in out or "Requests received" in out
    assert PdfReader(pdf).pages and len(table.read_text(encoding="utf-8-sig").splitlines()) == 6


@pytest.mark.gui
def test_the_activity_view_shows_the_figures_and_saves_them(qtbot, year: CaseFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDate

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    window = MainWindow(Workbench(year, "dpo", today=lambda: LATER))
    qtbot.addWidget(window)
    dialog = window.open_activity()
    dialog.start.setDate(QDate(2026, 1, 1))
    dialog.end.setDate(QDate(2026, 3, 31))
    assert dialog.figures["received"].text() == "5" and dialog.figures["on_time"].text() == "2 (67%)"
    assert dialog.figures["worst"].text() == "74 day(s)" and dialog.figures["overdue"].text() == "1"
    assert dialog.bars.counts == {"2026-01": 2, "2026-02": 1, "2026-03": 2}
    assert "Erasure 2" in dialog.breakdown.text()
    dialog.save_pdf(str(tmp_path / "a.pdf"))
    dialog.save_csv(str(tmp_path / "a.csv"))
    assert "DPO activity report" in PdfReader(tmp_path / "a.pdf").pages[0].extract_text()  # the interface's language
    assert len((tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()) == 6
    dialog.close()
