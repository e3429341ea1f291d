"""Intake, letters, reports, printing and backups leave no case data in temporary folders."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

import pytest

from dpo_desk.domain.letters import LetterKind
from dpo_desk.paths import resources_dir
from dpo_desk.services import answers, letters, register
from dpo_desk.services.email_import import import_files
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.services.reports import access_report
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY

MARKER = "Quimperlé-Zorglub-5813"


def test_no_marker_in_temporary_files(case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:  # type: ignore[no-untyped-def]
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.setattr(tempfile, "tempdir", None)  # Python and Qt both follow TMPDIR now
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "demande.eml").write_bytes(
        f"From: {MARKER} <zorglub@example.fr>\r\nTo: dpo@imv.example\r\nSubject: Accès\r\n"
        f"Date: Tue, 3 Mar 2026 10:00:00 +0100\r\nMessage-ID: <z@example.fr>\r\n\r\n"
        f"Je demande une copie de mes données. Signé {MARKER}.\r\n".encode()
    )
    (result,) = import_files(case, [inbox / "demande.eml"], user="x", today=TODAY)
    assert result.outcome == "imported", result.message
    ref = result.reference
    with case.unit_of_work() as session:
        register.import_register(session, resources_dir() / "registers" / "imv.json", "IMV", user="x")
        register.set_concerned(session, ref, ["Customer relationship management"], user="x")
        answers.record_extract_reason(
            session,
            ref,
            "Customer relationship management",
            reason="no customer file",
            checked_on=TODAY,
            user="x",
            today=TODAY,
        )
        _, letter = letters.create_letter(session, ref, LetterKind.ACKNOWLEDGEMENT, user="x", today=TODAY)
        report = access_report(session, ref, today=TODAY + timedelta(days=1))
    from PySide6.QtPrintSupport import QPrinter

    from dpo_desk.ui.preview_dialog import PreviewDialog

    printed = tmp_path / "printed.pdf"  # the one file the user asked for
    for pdf in (letter, report):
        dialog = PreviewDialog("x.pdf", "application/pdf", pdf)
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        assert dialog.print_to(printer) >= 1
        dialog.deleteLater()
    case.backup()
    assert verify_case_file(case).ok
    leaked = [p for p in scratch.rglob("*") if p.is_file() and MARKER.encode() in p.read_bytes()]
    assert leaked == []
    # And the case file and its backups hold the marker only encrypted.
    for path in case.path.parent.rglob("*.dpodesk*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes(), path
