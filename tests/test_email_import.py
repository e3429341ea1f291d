"""Importing email files: every message gets an outcome, nothing is lost or half-imported."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.cli.main import main
from dpo_desk.services.email_import import import_files
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .corpora import apply
from .test_email_intake import CORPUS, CORPUS_MARKS, JSON_FIELDS, MESSAGES

REQUEST = (
    "From: Jeanne Lefèvre <jeanne@example.fr>\r\nTo: {to}\r\nSubject: Demande RGPD\r\n"
    "Date: Tue, 3 Mar 2026 10:00:00 +0100\r\nMessage-ID: <{mid}@example.fr>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nMerci de supprimer mes données et de me désinscrire.\r\n"
)


def _eml(folder: Path, name: str, to: str = "dpo@imv.example", mid: str = "m1") -> Path:
    path = folder / name
    path.write_bytes(REQUEST.format(to=to, mid=mid).encode())
    return path


def _requests(case: CaseFile) -> int:
    with case.reader(orm=True) as reading:
        return reading.orm.execute(text("SELECT count(*) FROM request")).scalar_one()


def test_a_request_email_is_logged_with_its_original(case: CaseFile, tmp_path: Path) -> None:
    (result,) = import_files(case, [_eml(tmp_path, "demande.eml")], user="lucas", today=TODAY)
    assert result.outcome == "imported" and result.reference.startswith("IMV-2026-")
    from dpo_desk.services.cases import get_request

    with case.reader(orm=True) as reading:
        detail = get_request(reading.orm, result.reference, today=TODAY)
    assert detail.rights == ["erasure", "objection"] and detail.channel == "email"
    assert detail.received_on.isoformat() == "2026-03-03" and detail.person_emails == ["jeanne@example.fr"]
    assert [(a.filename, a.kind) for a in detail.attachments] == [("demande.eml", "email")]


def test_the_same_message_twice_is_refused_naming_the_case(case: CaseFile, tmp_path: Path) -> None:
    first = _eml(tmp_path, "a.eml")
    again = _eml(tmp_path, "b.eml")  # another file, same Message-ID
    outcomes = import_files(case, [first, again], user="lucas", today=TODAY)
    assert [o.outcome for o in outcomes] == ["imported", "duplicate"]
    assert outcomes[0].reference in outcomes[1].message and _requests(case) == 1


def test_the_organisation_is_the_one_the_email_was_sent_to(case: CaseFile, tmp_path: Path) -> None:
    with case.unit_of_work() as session:
        add_organisation(
            session,
            OrganisationInput(code="IMERA", legal_name="iméra", dpo_email="contact@imera-paris.com"),
            user="dpo",
        )
    outcomes = import_files(
        case,
        [
            _eml(tmp_path, "x.eml", to="Contact <CONTACT@imera-paris.com>", mid="x"),
            _eml(tmp_path, "y.eml", to="someone@else.example", mid="y"),
        ],
        user="lucas",
        today=TODAY,
    )
    assert outcomes[0].outcome == "imported" and outcomes[0].reference.startswith("IMERA-")
    assert outcomes[1].outcome == "needs_triage" and "which organisation" in outcomes[1].message


@apply(*CORPUS_MARKS)
def test_an_mbox_gives_one_outcome_per_message(case: CaseFile, tmp_path: Path) -> None:
    box = mailbox.mbox(tmp_path / "inbox.mbox")
    for n in range(3):
        box.add(REQUEST.format(to="dpo@imv.example", mid=f"box{n}").encode())
    box.add((CORPUS / "plain_emails" / "basic_email.eml").read_bytes())
    box.flush()
    box.close()
    outcomes = import_files(case, [tmp_path / "inbox.mbox"], user="lucas", today=TODAY)
    assert [o.outcome for o in outcomes] == ["imported"] * 3 + ["needs_triage"]  # no right asked in the last
    assert [o.source for o in outcomes] == [f"inbox.mbox#{n}" for n in range(1, 5)]
    assert _requests(case) == 3


@apply(*CORPUS_MARKS)
def test_the_whole_corpus_imports_without_a_crash(
    case: CaseFile, case_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    code = main(["--case-file", str(case_path), "import-email", *map(str, MESSAGES), "--json"])
    out = capsys.readouterr().out
    results = json.loads(out[out.index("[") :])
    assert len(results) == len(MESSAGES) and code in (0, 1)
    assert {r["outcome"] for r in results} <= {"imported", "duplicate", "needs_triage", "error"}
    for r in results:
        assert set(r) >= JSON_FIELDS or r["outcome"] == "error"
    basic = next(r for r in results if r["file"] == "basic_email.eml")
    assert (basic["from"], basic["subject"]) == ("test@lindsaar.net", "Testing 123")


def test_an_unreadable_file_is_one_outcome_and_the_rest_goes_on(case: CaseFile, tmp_path: Path) -> None:
    outcomes = import_files(case, [tmp_path / "missing.eml", _eml(tmp_path, "ok.eml")], user="l", today=TODAY)
    assert [o.outcome for o in outcomes] == ["error", "imported"] and "Cannot read" in outcomes[0].message


@apply(*CORPUS_MARKS)
@pytest.mark.gui
def test_importing_from_the_workbench_reports_each_message(qtbot, case: CaseFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    window = MainWindow(Workbench(case, "lucas"))
    qtbot.addWidget(window)
    window.show()
    files = [
        _eml(tmp_path, "a.eml", mid="a"),
        _eml(tmp_path, "b.eml", mid="a"),
        CORPUS / "plain_emails" / "basic_email.eml",
    ]
    window.import_emails(files)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importBox") is not None, timeout=10000)
    box = window.findChild(QMessageBox, "importBox")
    assert box.text().startswith("1 imported, 1 already there, 1 to log by hand, 0 not readable")
    assert "b.eml: Already imported as IMV-2026-0001" in box.detailedText()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)  # the list read again, off the GUI thread
    window.close()
