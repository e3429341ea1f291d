"""A letter's envelope (DL) or address label, and La Poste's registered-mail slip details, read back from the PDF."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.cli.main import main
from dpo_desk.domain.channels import Channel
from dpo_desk.domain.letters import LetterKind
from dpo_desk.services import cases, letters
from dpo_desk.services.envelopes import envelope_pdf_for
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY


def _text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]


def _letter(demo_case: CaseFile) -> tuple[str, int]:
    """A case of the demo with a postal address and a letter."""
    with demo_case.reader(orm=True) as reading:
        from sqlalchemy import select

        from dpo_desk.storage.models import Letter, Person, Request

        reference, letter_id = reading.orm.execute(
            select(Request.reference, Letter.id)
            .join(Letter, Letter.request_id == Request.id)
            .join(Person, Person.id == Request.person_id)
            .where(Person.postal_address != "", Letter.registered_mail_no == "")
            .order_by(Letter.id)
        ).first()
    return reference, letter_id


def test_envelope_and_slip(demo_case: CaseFile) -> None:
    reference, letter_id = _letter(demo_case)
    with demo_case.reader(orm=True) as reading:
        request = cases.load_request(reading.orm, reference)
        name, address = request.person.display_name, request.person.postal_address.splitlines()
        envelope, slip = _text(envelope_pdf_for(reading.orm, reference, letter_id))
        label, _ = _text(envelope_pdf_for(reading.orm, reference, letter_id, label=True))
        sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(
            BytesIO(envelope_pdf_for(reading.orm, reference, letter_id, label=True))).pages]  # fmt: skip
    assert "IMV Technologies" in envelope or "iméra" in envelope
    assert name in envelope and all(line.strip() in envelope for line in address)
    assert name in label and "IMV Technologies" not in label  # the label: the recipient only
    assert sizes[0] == (281, 108)  # 99.1 x 38.1 mm
    assert "Recommandé : à recopier sur le bordereau de La Poste" in slip.replace("\u202f", " ")
    assert f"Notre référence {reference}" in slip
    assert "à recopier depuis l’étiquette du bordereau" in slip  # no number recorded: none invented


def test_the_number_recorded_is_on_the_slip(demo_case: CaseFile) -> None:
    reference, _ = _letter(demo_case)
    with demo_case.unit_of_work() as session:
        letter_id, _ = letters.create_letter(
            session, reference, LetterKind.ACKNOWLEDGEMENT, user="claire.dpo", today=TODAY, language="fr"
        )
    with demo_case.unit_of_work() as session:
        letters.mark_sent(
            session, letter_id, on=TODAY, channel=Channel.POST, user="claire.dpo", today=TODAY,
            registered_mail_no="1A 123 456 7890 1",
        )  # fmt: skip
    with demo_case.reader(orm=True) as reading:
        _, slip = _text(envelope_pdf_for(reading.orm, reference, letter_id))
    assert "N° de recommandé 1A 123 456 7890 1" in slip and "étiquette du bordereau" not in slip


def test_without_a_postal_address_it_is_refused_in_words(case: CaseFile) -> None:
    from .test_cases import log

    reference = log(case, received=TODAY).reference
    with case.unit_of_work() as session:
        from dpo_desk.services.organisations import get_organisation

        get_organisation(session, None).dpo_email = "dpo@example.fr"
        letter_id, _ = letters.create_letter(
            session, reference, LetterKind.ACKNOWLEDGEMENT, user="dpo", today=TODAY, language="fr"
        )
    with case.reader(orm=True) as reading, pytest.raises(Exception, match="no postal address for Jeanne Lefèvre"):
        envelope_pdf_for(reading.orm, reference, letter_id)


def test_the_command_line(
    demo_case: CaseFile, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    reference, letter_id = _letter(demo_case)
    path = demo_case.path
    demo_case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "enveloppe.pdf"
    assert main(["--case-file", str(path), "envelope", reference, "--letter", str(letter_id), "-o", str(out)]) == 0
    assert "Envelope of letter" in capsys.readouterr().out
    assert len(PdfReader(out).pages) == 2 and round(float(PdfReader(out).pages[0].mediabox.width)) == 624  # 220 mm
    code = main(["--case-file", str(path), "envelope", reference, "--letter", "99999", "-o", str(out)])
    assert code == 1 and f"{reference} has no letter 99999." in capsys.readouterr().err


@pytest.mark.gui
def test_from_the_letters_context_menu(qtbot, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.preview_dialog import PreviewDialog

    reference, letter_id = _letter(demo_case)
    window = MainWindow(Workbench(demo_case, "claire.dpo", demo=True))
    qtbot.addWidget(window)
    window.show()
    window.search.setText(reference)
    qtbot.waitUntil(
        lambda: window.model.rowCount() >= 1 and window.model.row_at(0).reference == reference, timeout=5000
    )
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.reference == reference, timeout=5000)
    model = window.detail.letters_model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).id == letter_id)
    menu = window.detail.letter_menu(model.index(row, 0))
    envelope, _label = menu.actions()
    envelope.trigger()  # drawn off the GUI thread, previewed when done
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PreviewDialog)), timeout=10000)
    preview = next(d for d in window.findChildren(PreviewDialog) if d.isVisible())
    assert preview.windowTitle().startswith("Envelope") or "Enveloppe" in preview.windowTitle()
    preview.close()


@pytest.mark.gui
def test_the_envelopes_of_the_letters_of_the_day(qtbot, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.preview_dialog import PreviewDialog

    from .test_cases import log

    posted, _ = _letter(demo_case)
    emailed = log(demo_case, received=TODAY, org="IMV").reference  # no postal address
    with demo_case.unit_of_work() as session:
        for reference in (posted, emailed):
            letters.create_letter(
                session, reference, LetterKind.ACKNOWLEDGEMENT, user="claire.dpo", today=TODAY, language="fr"
            )
    window = MainWindow(Workbench(demo_case, "claire.dpo", demo=True))
    qtbot.addWidget(window)
    window.show()
    dialog = window.open_letters_of_day()
    qtbot.mouseClick(dialog.envelopes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PreviewDialog)), timeout=10000)
    preview = next(d for d in window.findChildren(PreviewDialog) if d.isVisible())
    assert "Envelopes" in preview.windowTitle() or "Enveloppes" in preview.windowTitle()
    assert emailed in window.statusBar().currentMessage()
    preview.close()
    dialog.close()
