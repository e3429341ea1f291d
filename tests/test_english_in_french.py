"""What was left in English inside the French interface and documents (issue 17, item 7)."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.demo.sample import open_demo
from dpo_desk.domain.identity import VerificationMethod, note_in, verification_facts, verification_note
from dpo_desk.domain.pauses import PauseReason
from dpo_desk.services import cases, register
from dpo_desk.services.dossier import case_dossier
from dpo_desk.services.email_import import import_files
from dpo_desk.services.reports import access_report
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY
from .test_cases import log


def test_a_verification_note_is_read_back_and_said_in_either_language() -> None:
    note = verification_note(VerificationMethod.DOCUMENT_CHECKED, "2026-11-04", "marie")
    facts = verification_facts(note)
    assert facts is not None and (facts.method, facts.on.isoformat(), facts.by) == (
        VerificationMethod.DOCUMENT_CHECKED,
        "2026-11-04",
        "marie",
    )
    day = "{:%d/%m/%Y}".format
    assert (
        note_in(note, "fr", day) == "Pièce d’identité vérifiée le 04/11/2026 par marie\u202f; la copie a été détruite."
    )
    other = verification_note(VerificationMethod.CUSTOMER_NUMBER, "2026-11-04", "jean paul")
    assert note_in(other, "fr", day) == "Identité vérifiée le 04/11/2026 par jean paul (numéro de client concordant)."
    assert note_in(other, "en", day) == "Identity verified on 04/11/2026 by jean paul (customer number matches)."
    assert verification_facts("Signature differs from the file") is None
    assert note_in("Signature differs from the file", "fr", day) == "Signature differs from the file"


def _verified_case(case: CaseFile) -> str:
    reference = log(case, received=TODAY - timedelta(days=5)).reference
    with case.unit_of_work() as session:
        cases.pause(
            session, reference, PauseReason.CLARIFICATION, user="marie", on=TODAY - timedelta(days=4), today=TODAY
        )
        cases.resume(session, reference, user="marie", on=TODAY - timedelta(days=2), today=TODAY)
        cases.request_identity(session, reference, "Signature differs", user="marie", on=TODAY, today=TODAY)
        cases.verify_identity(
            session, reference, VerificationMethod.DOCUMENT_CHECKED, user="marie", on=TODAY, today=TODAY
        )
    return reference


@pytest.mark.gui
def test_the_case_pane_and_its_history_in_french(qtbot, french, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui import labels
    from dpo_desk.ui.main_window import MainWindow

    reference = _verified_case(case)
    window = MainWindow(Workbench(case, "marie"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.reference == reference, timeout=5000)
    shown = window.detail.fields["identity"].text()
    assert f"Pièce d’identité vérifiée le {TODAY:%d/%m/%Y} par marie ; la copie a été détruite." in shown
    assert "Identity" not in shown
    model = window.detail.timeline_model
    details = [model.data(model.index(row, 3)) for row in range(model.rowCount())]
    assert "en attente de précisions" in details and "en attente d’un justificatif d’identité" in details
    assert not [d for d in details if "identity" in d.lower() or "clarification" in d.lower()], details
    assert labels.show(labels.IDENTITY, "not_needed") == "Non nécessaire"


@pytest.mark.gui
def test_the_regions_are_named_in_french(qtbot, french, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.organisation_dialog import OrganisationDialog

    dialog = OrganisationDialog(Workbench(case, "marie"))
    qtbot.addWidget(dialog)
    names = [dialog.region.itemText(i) for i in range(dialog.region.count())]
    assert names[0] == "France métropolitaine" and "France : Alsace-Moselle (Vendredi saint, 26 décembre)" in names
    assert not [n for n in names if "metropolitan" in n or "Good Friday" in n]


def test_the_dossier_in_french_says_the_identity_note_in_french(case: CaseFile) -> None:
    reference = _verified_case(case)
    with case.unit_of_work() as session:
        pdf = case_dossier(session, reference, user="marie", today=TODAY, language="fr").pdf
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())
    assert f"Pièce d’identité vérifiée le {TODAY:%d/%m/%Y} par marie" in text


def test_the_import_report_does_not_speak_command_line(case: CaseFile, tmp_path: Path) -> None:
    message = tmp_path / "m.eml"
    message.write_bytes(
        b"From: Jeanne <jeanne@example.fr>\r\nTo: someone@elsewhere.example\r\nSubject: RGPD\r\n"
        b"Message-ID: <a1@example.fr>\r\nDate: Mon, 16 Nov 2026 10:00:00 +0100\r\n\r\n"
        b"Je demande l'acces a mes donnees.\r\n"
    )
    with case.unit_of_work() as session:
        from dpo_desk.services.organisations import add_organisation
        from dpo_desk.services.views import OrganisationInput

        add_organisation(session, OrganisationInput(code="OTHER", legal_name="Other SAS"), user="marie")
    (outcome,) = import_files(case, [message], user="marie", today=TODAY)
    assert outcome.outcome == "needs_triage", outcome.message
    assert "--org" not in outcome.message and "choosing the organisation" in outcome.message


def test_the_built_in_demo_writes_its_registers_in_french(tmp_path: Path) -> None:
    """Its organisations write in French: a French access report must not quote an English register."""
    demo = open_demo(tmp_path / "demo.dpodesk", today=TODAY)
    try:
        with demo.unit_of_work() as session:
            names = {a.name for a in register.activities(session, "IMERA")}
            assert "Commandes et livraison" in names and "Orders and delivery" not in names
            reference = log(
                demo, received=TODAY - timedelta(days=2), org="IMERA", summary="Ma commande n° 12"
            ).reference
        with demo.unit_of_work() as session:
            assert "Commandes et livraison" in register.suggested(session, reference)
            register.set_concerned(session, reference, ["Commandes et livraison"], user="claire.dpo")
            extract = cases.FileInput("commandes.csv", b"commande;date\n12;2026-11-02\n", "extract")
            cases.add_attachment(session, reference, extract, user="claire.dpo")  # the answer is complete
            pdf = access_report(session, reference, today=TODAY, language="fr")
    finally:
        demo.close()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())
    assert "Enregistrement, suivi et livraison des commandes" in text and "Code de commerce" in text
    assert "Registration, tracking" not in text and "Performance of the contract" not in text
