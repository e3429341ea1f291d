"""The register of processing activities: its file format, and the two seed registers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dpo_desk.cli.main import main
from dpo_desk.demo.sample import populate
from dpo_desk.domain.register import RegisterError, register_from_json
from dpo_desk.paths import resources_dir
from dpo_desk.services import register
from dpo_desk.services.errors import ActionRefused
from dpo_desk.storage.casefile import CaseFile, create_case_file

from .conftest import FAST_KDF, PASSPHRASE, TODAY

SEEDS = resources_dir() / "registers"


@pytest.mark.parametrize("code", ["IMV", "IMERA"])
def test_a_register_round_trips_unchanged(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "seed.dpodesk"
    case = create_case_file(path, PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY, plans=[])
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    exported = tmp_path / "register.json"
    assert main(["--case-file", str(path), "register", "export", "--org", code, "-o", str(exported)]) == 0
    original = json.loads((SEEDS / f"{code.lower()}.json").read_text(encoding="utf-8"))
    assert json.loads(exported.read_text(encoding="utf-8")) == original
    # Importing the export changes nothing either.
    assert main(["--case-file", str(path), "register", "import", str(exported)]) == 0
    assert main(["--case-file", str(path), "register", "export", "--org", code, "-o", str(exported)]) == 0
    assert json.loads(exported.read_text(encoding="utf-8")) == original
    capsys.readouterr()


def test_the_seed_registers_say_what_the_policies_say(case: CaseFile) -> None:
    with case.unit_of_work() as session:
        register.import_register(session, SEEDS / "imv.json", "IMV", user="dpo")
        activities = {a.name: a for a in register.activities(session, "IMV")}
    recruitment = activities["Recruitment management"]
    assert recruitment.legal_basis == "Legitimate interest"
    assert recruitment.retention.startswith("Two (2) years after the last contact")
    assert "outside the European Union" in recruitment.transfers
    assert "ten (10) years" in activities["Customer relationship management"].retention


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "other"}, "not a DPO Desk register"),
        ({"format": "dpo-desk-register", "version": 2, "activities": []}, "version 2"),
        ({"format": "dpo-desk-register", "version": 1, "activities": [{"name": "X"}]}, "lacks purposes"),
        (
            {
                "format": "dpo-desk-register",
                "version": 1,
                "activities": [{"name": "X", "purposes": "one", "legal_basis": "b", "retention": "r"}],
            },
            "purposes must be a list",
        ),
        (
            {"format": "dpo-desk-register", "version": 1, "activities": [{"name": "X", "colour": "red"}]},
            "unknown fields: colour",
        ),
        (
            {
                "format": "dpo-desk-register",
                "version": 1,
                "activities": [
                    {"name": "X", "purposes": ["p"], "legal_basis": "b", "retention": "r"},
                    {"name": "X", "purposes": ["p"], "legal_basis": "b", "retention": "r"},
                ],
            },
            "same name: X",
        ),
    ],
)
def test_a_bad_register_file_is_refused_in_words(document: object, message: str) -> None:
    with pytest.raises(RegisterError, match=message):
        register_from_json(document)


def test_an_unreadable_file_changes_nothing(case: CaseFile, tmp_path: Path) -> None:
    with case.unit_of_work() as session:
        register.import_register(session, SEEDS / "imv.json", "IMV", user="dpo")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(ActionRefused, match="not a JSON register file"), case.unit_of_work() as session:
        register.import_register(session, broken, "IMV", user="dpo")
    with case.reader(orm=True) as reading:
        assert len(register.activities(reading.orm, "IMV")) == 6


def _seed_activities() -> list[tuple[str, str]]:
    pairs = []
    for code in ("IMV", "IMERA"):
        document = json.loads((SEEDS / f"{code.lower()}.json").read_text(encoding="utf-8"))
        pairs += [(code, activity["name"]) for activity in document["activities"]]
    return pairs


@pytest.mark.parametrize(("code", "name"), _seed_activities())
def test_each_seed_activity_reaches_the_access_report(tmp_path: Path, code: str, name: str) -> None:
    from datetime import timedelta
    from io import BytesIO

    from pypdf import PdfReader

    from dpo_desk.domain.channels import Channel
    from dpo_desk.domain.rights import Right
    from dpo_desk.services import answers, cases
    from dpo_desk.services.errors import ActionRefused
    from dpo_desk.services.reports import access_report

    case = create_case_file(tmp_path / "seeds.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY, plans=[])
    with case.unit_of_work() as session:
        ref = cases.add_request(
            session,
            cases.NewRequest(
                Channel.EMAIL,
                TODAY - timedelta(days=2),
                cases.PersonInput("Jeanne", "Test", ("j@example.fr",)),
                (Right.ACCESS,),
                organisation_code=code,
            ),
            user="dpo",
            today=TODAY,
        ).reference
        register.set_concerned(session, ref, [name], user="dpo")
        answers.record_extract_reason(
            session, ref, name, reason="no data about this person", checked_on=TODAY, user="dpo", today=TODAY
        )
        activity = next(a for a in register.activities(session, code) if a.name == name)
        reports = {}
        for language in ("en", "fr"):
            if activity.transfers and not activity.transfer_safeguards:  # never a gap in a report
                with pytest.raises(ActionRefused, match="safeguards of the transfers"):
                    access_report(session, ref, today=TODAY, language=language)
                continue
            reports[language] = access_report(session, ref, today=TODAY, language=language)
    case.close()
    for language, pdf in reports.items():
        written = activity.in_language(language, "fr")
        assert written is not None
        text = " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages).split())
        assert written.name in text and written.retention.split(";")[0] in text and written.legal_basis in text


@pytest.mark.gui
def test_the_register_is_edited_in_the_workbench(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.register_dialog import RegisterDialog

    case = create_case_file(tmp_path / "edit.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY, plans=[])
    workbench = Workbench(case, "dpo")
    dialog = RegisterDialog(workbench)
    qtbot.addWidget(dialog)
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("IMV"))
    assert dialog.list.count() == 6
    dialog.list.setCurrentRow(2)
    assert dialog.fields["name"].text() == "BtoB prospecting"
    dialog.fields["retention"].setPlainText("Three (3) years after the last contact, then anonymised")
    dialog.add()
    dialog.fields["name"].setText("Video surveillance")
    dialog.fields["purposes"].setPlainText("Security of the premises")
    dialog.fields["legal_basis"].setText("Legitimate interest")
    dialog.fields["retention"].setPlainText("One month")
    dialog.list.setCurrentRow(0)
    dialog.remove()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.saved, timeout=3000):
        save.click()
    names = [a.name for a in workbench.register("IMV")]
    assert names[-1] == "Video surveillance" and "Use of cookies on the website" not in names and len(names) == 6
    assert next(a for a in workbench.register("IMV") if a.name == "BtoB prospecting").retention.endswith("anonymised")
    dialog.fields["purposes"].setPlainText("")  # the current activity now lacks its purposes
    save.click()
    assert "lacks purposes" in dialog.error.text() and len(workbench.register("IMV")) == 6
    case.close()


@pytest.mark.gui
def test_activities_are_ticked_on_a_case_and_drive_the_report(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.preview_dialog import PreviewDialog

    case = create_case_file(tmp_path / "tick.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY)
    window = MainWindow(Workbench(case, "dpo"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):  # the first counts: not mistaken for the save's
        window.show()
    row = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).organisation == "IMV")
    window.table.selectRow(row)
    reference = window.detail.reference
    items = {
        window.detail.activities.item(i).text(): window.detail.activities.item(i)
        for i in range(window.detail.activities.count())
    }
    chosen = "Customer relationship management"  # Recruitment's transfers lack their safeguards in the demo
    assert chosen in items
    for item in items.values():  # suggestions may come pre-ticked: choose exactly one
        item.setCheckState(Qt.CheckState.Unchecked)
    items[chosen].setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        window.detail.save_activities.click()
    assert window.workbench.concerned(reference) == [chosen]
    from dpo_desk.services import answers

    with case.unit_of_work() as session:
        if not answers.case_facts(session, reference).extracts:
            answers.record_extract_reason(
                session, reference, chosen, reason="no data in the CRM", checked_on=TODAY, user="dpo", today=TODAY
            )
    window.detail.report_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreviewDialog), timeout=5000)
    preview = QApplication.activeModalWidget()
    text = " ".join(preview.document.getAllText(page).text() for page in range(preview.document.pageCount()))
    assert "Gestion de la relation client" in text or chosen in text
    kept = [a for a in window.workbench.detail(reference).attachments if a.kind == "report"]
    assert (len(kept) == 1 and kept[0].filename.startswith("access-report-")) or kept[0].filename.startswith("rapport")
    shown = [window.detail.documents_model.index(r, 0).data() for r in range(window.detail.documents_model.rowCount())]
    assert kept[0].filename in shown  # the Documents tab lists it
    preview.close()
    window.close()


@pytest.mark.parametrize(
    ("code", "summary", "expected"),
    [
        (
            "imv",
            "Je souhaite connaître les données liées à ma candidature au poste de technicien",
            ["Recruitment management"],
        ),
        ("imera", "Merci de me désinscrire de la newsletter", ["Newsletter and marketing"]),
        (
            "imera",
            "Copie de mes commandes et factures",
            ["Orders and delivery", "Payment and fraud checks", "Newsletter and marketing"],
        ),
        (
            "imv",
            "Copie de mes commandes et factures",
            ["Customer relationship management", "Handling of customer testimonials"],
        ),
        ("imv", "Bonjour", []),
    ],
)
def test_activities_are_suggested_from_what_the_person_is(code: str, summary: str, expected: list[str]) -> None:
    from dpo_desk.domain.register import suggest_activities

    activities = register_from_json(json.loads((SEEDS / f"{code}.json").read_text(encoding="utf-8")))[1]
    assert suggest_activities(summary, activities) == expected


def test_the_erasure_letter_never_lists_the_registers_retention_as_kept(case: CaseFile) -> None:
    """Ordinary retention periods are not Art. 17(3) exceptions: only what the DPO decided to keep is said kept."""
    from io import BytesIO

    from pypdf import PdfReader

    from dpo_desk.domain.letter_facts import erasure_decision
    from dpo_desk.domain.letters import LetterKind
    from dpo_desk.services import answers, letters

    from .test_cases import log

    with case.unit_of_work() as session:
        register.import_register(session, SEEDS / "imv.json", "IMV", user="dpo")
    ref = log(case, received=TODAY).reference
    with case.unit_of_work() as session:
        register.set_concerned(session, ref, ["Customer relationship management"], user="dpo")
        answers.record_erasure(session, ref, erasure_decision("votre fiche client", [], TODAY), user="dpo")
        _, pdf = letters.create_letter(session, ref, LetterKind.ERASURE_DONE, user="dpo", today=TODAY, language="fr")
    text = " ".join(PdfReader(BytesIO(pdf)).pages[0].extract_text().split())
    assert "votre fiche client" in text and "L123-22" not in text and "aucune autre donnée" in text
