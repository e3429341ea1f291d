"""The access report read back: every Art. 15(1) item, the register's words, every row of an extract."""

from __future__ import annotations

import json
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from dpo_desk.cli.main import main
from dpo_desk.paths import resources_dir
from dpo_desk.services import answers, cases, register
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.reports import access_report
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .test_cases import log

ROWS = 300


def completed_imv_register(folder: Path) -> Path:
    """The demo's IMV register, with the safeguards of Recruitment's transfers stated (the demo lacks them)."""
    document = json.loads((resources_dir() / "registers" / "imv.json").read_text(encoding="utf-8"))
    for activity in document["activities"]:
        if activity["transfers"]:
            activity["transfer_safeguards"] = "Standard contractual clauses (Art. 46(2)(c) GDPR)"
            activity["translations"]["fr"]["transfer_safeguards"] = "Clauses contractuelles types (art. 46 du RGPD)"
    path = folder / "imv-completed.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def candidate(case: CaseFile, tmp_path: Path) -> str:
    with case.unit_of_work() as session:
        register.import_register(session, completed_imv_register(tmp_path), "IMV", user="dpo")
    csv_rows = ["date;poste;étape"] + [
        f"2026-01-{n % 28 + 1:02d};Technicien R{n:04d};entretien n° {n}" for n in range(ROWS)
    ]
    extract = cases.FileInput("recrutement.csv", "\n".join(csv_rows).encode(), "extract")
    records = [{"champ": "email", "valeur": "jeanne@example.fr"}, {"champ": "téléphone", "valeur": "06 12 34 56 78"}]
    crm = cases.FileInput("crm.json", json.dumps(records, ensure_ascii=False).encode(), "extract")
    ref = log(case, received=TODAY - timedelta(days=3), files=(extract, crm)).reference
    with case.unit_of_work() as session:
        register.set_concerned(session, ref, ["Recruitment management"], user="dpo")
    return ref


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_report_holds_every_art_15_item_and_every_row(case: CaseFile, candidate: str, language: str) -> None:
    with case.reader(orm=True) as reading:
        pdf = access_report(reading.orm, candidate, today=TODAY, language=language)
    pages = PdfReader(BytesIO(pdf)).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    from dpo_desk.renderers.report_pdf import ITEMS, LABELS

    for item in ITEMS:  # 15(1)(a) purposes ... (h) automated decisions, 15(2) transfers
        assert LABELS[language][item] in text, item
    if language == "en":
        assert "Recruitment management" in text and "Two (2) years after the last contact" in text
        assert "Customer relationship management" not in text  # not ticked
    else:  # the register's French text, never its English one
        assert "Gestion du recrutement" in text and "Deux (2) ans après le dernier contact" in text
        assert "Recruitment management" not in text and "Gestion de la relation client" not in text
    assert all(f"Technicien R{n:04d}" in text for n in range(ROWS))
    assert "06 12 34 56 78" in text and "Commission nationale" in text
    table_pages = [p.extract_text() for p in pages if "Technicien R" in p.extract_text()]
    assert len(table_pages) > 2 and all("poste" in page for page in table_pages)  # header repeated


def test_nothing_ticked_is_explained(case: CaseFile) -> None:
    ref = log(case, received=TODAY).reference
    with pytest.raises(ActionRefused, match="Tick the processing activities"), case.reader(orm=True) as reading:
        access_report(reading.orm, ref, today=TODAY)


def test_unknown_activity_is_refused(case: CaseFile, candidate: str) -> None:
    with pytest.raises(ActionRefused, match="Not in IMV's register: Astrology"), case.unit_of_work() as session:
        register.set_concerned(session, candidate, ["Astrology"], user="dpo")


def test_cli_report(
    case: CaseFile,
    case_path: Path,
    candidate: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--case-file", str(case_path), "activities", candidate]) == 0
    assert "[x] Recruitment management" in capsys.readouterr().out
    out = tmp_path / "rapport.pdf"
    assert main(["--case-file", str(case_path), "report", candidate, "--lang", "fr", "-o", str(out)]) == 0
    assert "Rapport d’accès" in PdfReader(out).pages[0].extract_text()
    # A second activity without extract or reason (and extracts of no known activity): refused, exit 2.
    refused = tmp_path / "report-en.pdf"
    assert (
        main(["--case-file", str(case_path), "activities", candidate, "Recruitment management", "BtoB prospecting"])
        == 0
    )
    capsys.readouterr()
    code = main(["--case-file", str(case_path), "report", candidate, "--lang", "en", "-o", str(refused)])
    err = capsys.readouterr().err
    assert code == 2 and "BtoB prospecting" in err and "Traceback" not in err and not refused.exists()


def test_the_report_is_kept_with_the_case_once_per_version(case: CaseFile, candidate: str) -> None:
    from dpo_desk.services.reports import keep_access_report

    def keep() -> tuple[bytes, bool]:
        with case.unit_of_work() as session:
            return keep_access_report(session, candidate, user="dpo", today=TODAY, language="en")

    first, new = keep()
    again, new_again = keep()
    assert new and not new_again and first == again  # the same report, kept once
    with case.unit_of_work() as session:
        register.set_concerned(session, candidate, ["Recruitment management", "Mobile applications"], user="dpo")
        for name in ("recrutement.csv", "crm.json"):  # two activities: each extract says where it comes from
            answers.record_extract_source(
                session, candidate, name, "Recruitment management", provided_by_person=False, user="dpo"
            )
        answers.record_extract_reason(
            session,
            candidate,
            "Mobile applications",
            reason="no app account",
            checked_on=TODAY,
            user="dpo",
            today=TODAY,
        )
    changed, new_changed = keep()
    assert new_changed and changed != first
    with case.reader(orm=True) as reading:
        kept = [a for a in cases.get_request(reading.orm, candidate, today=TODAY).attachments if a.kind == "report"]
        contents = [cases.attachment_bytes(reading.orm, a.id)[2] for a in kept]
    assert [a.filename for a in kept] == [f"access-report-{candidate}-{TODAY.isoformat()}.pdf"] * 2
    assert contents == [first, changed]


def test_long_and_multiline_cells_stay_in_their_column(case: CaseFile, tmp_path: Path) -> None:
    from pypdf import mult

    with case.unit_of_work() as session:
        register.import_register(session, completed_imv_register(tmp_path), "IMV", user="dpo")
    token = "".join(f"{n:03d}" for n in range(70))  # 210 characters without a space
    records = [{"clé": token, "note": "première ligne\nseconde ligne", "n": 1}] * 3
    extract = cases.FileInput("traces.json", json.dumps(records, ensure_ascii=False).encode(), "extract")
    ref = log(case, received=TODAY, files=(extract,)).reference
    with case.unit_of_work() as session:
        register.set_concerned(session, ref, ["Recruitment management"], user="dpo")
    with case.reader(orm=True) as reading:
        pdf = access_report(reading.orm, ref, today=TODAY, language="fr")
    page = next(p for p in PdfReader(BytesIO(pdf)).pages if "traces.json" in p.extract_text())
    placed: list[tuple[str, float]] = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: text.strip() and placed.append((text, mult(tm, cm)[4])))
    first_column = [text for text, x in placed if x < 80 and text[:3].isdigit()]
    assert (
        "".join(t.strip() for t in first_column[: len(first_column) // 3]) == token
    )  # cut inside the word, nothing lost
    right_edge = 595.28 - 20 * 72 / 25.4
    assert all(x < right_edge for _, x in placed)
    text = page.extract_text()
    assert "première ligne" in text and "seconde ligne" in text
