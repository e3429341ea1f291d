"""The register of processing activities through spreadsheets: round trips, the CNIL model, what did not map."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from dpo_desk.cli.main import main
from dpo_desk.paths import resources_dir
from dpo_desk.services import register
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.reports import access_report
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .test_cases import log


@pytest.fixture
def imv_register(case: CaseFile) -> list:  # type: ignore[type-arg]
    with case.unit_of_work() as session:
        register.import_register(session, resources_dir() / "registers" / "imv.json", "IMV", user="dpo")
        return register.activities(session, "IMV")


@pytest.mark.parametrize(
    ("name", "layout"), [("r.xlsx", "table"), ("r.ods", "table"), ("r.xlsx", "cnil"), ("r.ods", "cnil")]
)
def test_a_round_trip_of_the_register_through_a_spreadsheet(
    case: CaseFile, imv_register: list, name: str, layout: str
) -> None:  # type: ignore[type-arg]
    with case.reader(orm=True) as reading:
        data = register.export_register_spreadsheet(reading.orm, "IMV", name, layout=layout)
    with case.unit_of_work() as session:
        register.replace_register(session, "IMV", [], user="dpo")
        found = register.import_register_spreadsheet(session, data, name, "IMV", user="dpo")
        # A spreadsheet holds one language: the entries' translations stay in the JSON register (README).
        one_language = [replace(a, language="", translations={}) for a in imv_register]
        assert register.activities(session, "IMV") == one_language
    assert (found.layout, found.unmapped, found.incomplete) == (layout, [], [])


def test_the_xlsx_is_one_row_per_activity_with_french_headings(
    case: CaseFile, imv_register: list, tmp_path: Path
) -> None:  # type: ignore[type-arg]
    with case.reader(orm=True) as reading:
        data = register.export_register_spreadsheet(reading.orm, "IMV", "r.xlsx")
    path = tmp_path / "r.xlsx"
    path.write_bytes(data)
    sheet = load_workbook(path).active
    values = list(sheet.values)
    assert values[0][:4] == ("Nom / sigle", "Catégories de personnes concernées", "Finalités", "Base légale")
    assert [row[0] for row in values[1:]] == [a.name for a in imv_register]


def cnil_model(path: Path) -> Path:
    """A register kept in the CNIL's model: the list, then a fiche per activity, with rows DPO Desk has no field for."""
    book = Workbook()
    listing = book.active
    listing.title = "Registre"
    listing.append(["Registre des activités de traitement"])
    listing.append(["Nom / sigle", "N° / REF", "Date de création", "Finalité principale"])
    listing.append(["Vidéosurveillance", "001", "01/02/2024", "Sécurité des biens et des personnes"])
    fiche = book.create_sheet("Fiche 001")
    for row in (
        ["Description du traitement"],
        ["Nom / sigle", "Vidéosurveillance"],
        ["N° / REF", "001"],
        ["Date de création", "01/02/2024"],
        ["Finalité principale", "Sécurité des biens et des personnes"],
        ["Sous-finalité 1", "Prévention des vols"],
        ["Catégories de données personnelles concernées"],
        ["État-civil, identité, données d'identification, images", "Images des personnes filmées", "30 jours"],
        ["Vie personnelle", "Non"],
        ["Catégories de personnes concernées", "Salariés\nVisiteurs"],
        ["Destinataires", "Service sécurité\nForces de l'ordre sur réquisition"],
        ["Transferts hors UE", "Non"],
        ["Délais d'effacement", "30 jours"],
        ["Mesures de sécurité", "Accès restreint, journalisation"],
    ):
        fiche.append(row)
    book.save(path)
    return path


def test_the_cnil_model_is_read_and_what_did_not_map_is_said(
    case: CaseFile, case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = cnil_model(tmp_path / "registre-cnil.xlsx")
    with case.unit_of_work() as session:
        found = register.import_register_spreadsheet(session, path.read_bytes(), path.name, "IMV", user="dpo")
        (activity,) = register.activities(session, "IMV")
    assert found.layout == "cnil"
    assert activity.name == "Vidéosurveillance"
    assert activity.purposes == ["Sécurité des biens et des personnes", "Prévention des vols"]
    assert activity.data_subjects == ["Salariés", "Visiteurs"]
    assert activity.recipients == ["Service sécurité", "Forces de l'ordre sur réquisition"]
    assert activity.data_categories == [
        "État-civil, identité, données d'identification, images: Images des personnes filmées — 30 jours"
    ]
    assert activity.retention == "30 jours" and activity.transfers == ""
    assert "Mesures de sécurité" in found.unmapped and "Date de création" in found.unmapped
    assert found.incomplete == ["Vidéosurveillance: legal_basis"]  # the CNIL model has no legal basis
    # An access report cannot explain an activity without its legal basis: it says so.
    ref = log(case, received=TODAY - timedelta(days=1)).reference
    with case.unit_of_work() as session:
        register.set_concerned(session, ref, ["Vidéosurveillance"], user="dpo")
    with pytest.raises(ActionRefused, match="Complete the register first"), case.reader(orm=True) as reading:
        access_report(reading.orm, ref, today=TODAY)
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    base = ["--no-keyring", "--case-file", str(case_path), "register"]
    assert main([*base, "import", str(path), "--org", "IMV"]) == 0
    captured = capsys.readouterr()
    assert "1 processing activities (cnil layout)" in captured.out
    assert "“Mesures de sécurité” matches no field" in captured.err and "legal_basis" in captured.err
    assert main([*base, "export", str(tmp_path / "out.ods"), "--layout", "cnil"]) == 0
    assert main([*base, "export", str(tmp_path / "out.csv")]) == 0
    assert (tmp_path / "out.csv").read_bytes().startswith("\ufeffNom / sigle".encode())
    assert main([*base, "export", str(tmp_path / "out.csv"), "--layout", "cnil"]) == 1
    assert "export it as .xlsx or .ods" in capsys.readouterr().err


def test_a_spreadsheet_without_a_register_is_refused(case: CaseFile, tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Montant", "TVA"])
    book.active.append([12, 2.4])
    path = tmp_path / "compta.xlsx"
    book.save(path)
    with pytest.raises(ActionRefused, match="No register found"), case.unit_of_work() as session:
        register.import_register_spreadsheet(session, path.read_bytes(), path.name, "IMV", user="dpo")
