"""The Art. 20 bundle read back: a ZIP whose manifest describes every file, JSON and CSV of each extract."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from dpo_desk.cli.main import main
from dpo_desk.services import cases
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.portability import portability_bundle
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .test_cases import log

ROWS = 1200


@pytest.fixture
def subscriber(case: CaseFile) -> str:
    lines = ["date;produit;montant"] + [f"2026-02-{n % 28 + 1:02d};Cuve n° {n};{n},50 €" for n in range(ROWS)]
    orders = cases.FileInput("commandes.csv", "\n".join(lines).encode(), "extract")
    prefs = [{"canal": "courriel", "abonné": True, "thèmes": ["élevage", "génétique"]}]
    newsletter = cases.FileInput("newsletter.json", json.dumps(prefs, ensure_ascii=False).encode(), "extract")
    scan = cases.FileInput("lettre.pdf", b"%PDF-1.4 not data", "scan")
    return log(
        case, received=TODAY - timedelta(days=2), first="Zoé", last="Lœwy", files=(orders, newsletter, scan)
    ).reference


def _bundle(case: CaseFile, ref: str, language: str = "fr") -> bytes:
    with case.unit_of_work() as session:
        return portability_bundle(session, ref, user="dpo", today=TODAY, language=language).data


def test_the_bundle_holds_every_record_in_json_and_csv_with_a_manifest(case: CaseFile, subscriber: str) -> None:
    archive = zipfile.ZipFile(io.BytesIO(_bundle(case, subscriber)))
    assert archive.testzip() is None
    manifest = json.loads(archive.read("manifest.json"))
    assert (manifest["format"], manifest["version"], manifest["reference"]) == ("dpo-desk-portability", 1, subscriber)
    assert manifest["data_subject"] == "Zoé Lœwy" and manifest["controller"]["name"] == "IMV Technologies"
    paths = [f["path"] for f in manifest["files"]]
    assert paths == [
        "data/contact-details.json",
        "data/contact-details.csv",
        "data/commandes.json",
        "data/commandes.csv",
        "data/newsletter.json",
        "data/newsletter.csv",
    ]  # the scanned letter is not data the person provided
    assert set(archive.namelist()) == {*paths, "manifest.json", "LISEZ-MOI.txt"}
    for entry in manifest["files"]:
        assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
    orders = json.loads(archive.read("data/commandes.json"))
    assert len(orders) == ROWS and orders[7] == {"date": "2026-02-08", "produit": "Cuve n° 7", "montant": "7,50 €"}
    table = list(csv.reader(io.StringIO(archive.read("data/commandes.csv").decode("utf-8"))))
    assert (
        table[0] == ["date", "produit", "montant"] and len(table) == ROWS + 1 and table[-1][1] == f"Cuve n° {ROWS - 1}"
    )
    prefs = json.loads(archive.read("data/newsletter.json"))
    assert prefs == [{"canal": "courriel", "abonné": True, "thèmes": ["élevage", "génétique"]}]  # types kept
    contact = json.loads(archive.read("data/contact-details.json"))
    assert contact[0]["first_name"] == "Zoé" and contact[0]["last_name"] == "Lœwy"
    assert "article 20 du RGPD" in archive.read("LISEZ-MOI.txt").decode("utf-8")


def test_the_bundle_is_reproducible_and_recorded(case: CaseFile, subscriber: str) -> None:
    first, second = _bundle(case, subscriber), _bundle(case, subscriber)
    assert first == second
    with case.reader(orm=True) as reading:
        history = cases.get_request(reading.orm, subscriber, today=TODAY).events
    exported = [e for e in history if e.kind == "portability_exported"]
    assert len(exported) == 2 and exported[-1].details["sha256"] == hashlib.sha256(first).hexdigest()
    assert "Cuve" not in json.dumps(exported[-1].details)  # the history names the file, not its content


def test_english_read_me(case: CaseFile, subscriber: str) -> None:
    archive = zipfile.ZipFile(io.BytesIO(_bundle(case, subscriber, "en")))
    assert "Article 20 GDPR" in archive.read("README.txt").decode()


def test_cli_export(
    case: CaseFile, case_path: Path, subscriber: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "export.zip"
    assert main(["--case-file", str(case_path), "export", subscriber, "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"{ROWS + 2} record(s) in 6 file(s)" in said
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert zipfile.ZipFile(out).testzip() is None
    assert main(["--case-file", str(case_path), "export", subscriber, "-o", str(tmp_path / "nowhere" / "x.zip")]) != 0
    assert "does not exist" in capsys.readouterr().err


def test_an_unreadable_extract_is_refused_in_words(case: CaseFile) -> None:
    bad = cases.FileInput("crm.json", b'{"not": "a list"}', "extract")
    ref = log(case, received=TODAY, files=(bad,)).reference
    with pytest.raises(ActionRefused, match=r"crm\.json cannot be read"):
        _bundle(case, ref)


def test_a_one_column_extract_is_read(case: CaseFile) -> None:
    single = cases.FileInput("emails.csv", b"email\nzoe@example.fr\nz.loewy@example.fr\n", "extract")
    ref = log(case, received=TODAY, files=(single,)).reference
    archive = zipfile.ZipFile(io.BytesIO(_bundle(case, ref)))
    assert json.loads(archive.read("data/emails.json")) == [
        {"email": "zoe@example.fr"},
        {"email": "z.loewy@example.fr"},
    ]
