"""`org set` after `init`, `letters -o` into a new folder, and letters that need the DPO's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from dpo_desk.cli.main import main

from .conftest import PASSPHRASE, TODAY


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def initialised(monkeypatch: pytest.MonkeyPatch, case_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_CASE_FILE", str(case_path))
    code, out, _ = run(capsys, "init", "--org-code", "imv", "--org-name", "IMV Technologies")
    assert code == 0
    assert "set it with `dpo-desk org set IMV --dpo-email ADDRESS`" in out
    code, _, err = run(
        capsys, "add", "--channel", "post", "--received", TODAY.isoformat(), "--last-name", "Lefèvre",
        "--rights", "erasure",
    )  # fmt: skip
    assert code == 0, err
    return case_path


def test_without_a_dpo_email_letters_refuse_then_org_set_gives_it(
    initialised: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    reference = f"IMV-{TODAY.year}-0001"
    code, _, err = run(capsys, "letter", reference, "acknowledgement", "-o", str(tmp_path / "a.pdf"))
    assert code == 1 and "DPO's email address" in err
    code, out, err = run(capsys, "org", "set", "imv", "--dpo-email", "dpo@imv.example", "--city", "L'Aigle")
    assert code == 0, err
    assert out == "IMV: changed city, dpo email.\n"
    code, out, _ = run(capsys, "org", "list", "--json")
    assert '"dpo_email": "dpo@imv.example"' in out and '"legal_name": "IMV Technologies"' in out
    code, out, err = run(capsys, "letter", reference, "acknowledgement", "-o", str(tmp_path / "a.pdf"))
    assert code == 0, err
    code, out, _ = run(capsys, "org", "set", "IMV", "--dpo-email", "dpo@imv.example")
    assert code == 0 and "nothing to change" in out


def test_org_set_refusals_are_said_and_change_nothing(initialised: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for arguments, said, exit_code in [
        ([], "Say what to change", 2),
        (["--dpo-email", "dpo-at-imv"], "'dpo-at-imv' is not an email address", 2),
        (["--name", "  "], "An organisation needs its legal name.", 1),
        (["--retention-years", "0"], "Closed cases are kept between", 1),
    ]:
        code, _, err = run(capsys, "org", "set", "IMV", *arguments)
        assert (code, said in err, "Traceback" in err) == (exit_code, True, False), err
    _, out, _ = run(capsys, "org", "list", "--json")
    assert '"dpo_email": ""' in out and '"legal_name": "IMV Technologies"' in out
    code, _, err = run(capsys, "org", "set", "NOPE", "--city", "Paris")
    assert code == 1 and "no organisation with the code NOPE" in err


def test_erasure_done_without_details_says_what_to_give(
    initialised: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    reference = f"IMV-{TODAY.year}-0001"
    assert run(capsys, "org", "set", "IMV", "--dpo-email", "dpo@imv.example")[0] == 0
    code, _, err = run(capsys, "letter", reference, "erasure_done", "-o", str(tmp_path / "e.pdf"))
    assert code == 2
    assert 'needs your words in --details "…": What is kept, why and for how long?' in err
    assert f"dpo-desk activities {reference}" in err and "Nothing was written." in err
    assert not (tmp_path / "e.pdf").exists()
    code, out, _ = run(capsys, "letters", "-o", str(tmp_path / "none"))
    assert "No letter was written" in out


def test_letters_creates_the_folder(initialised: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    reference = f"IMV-{TODAY.year}-0001"
    assert run(capsys, "org", "set", "IMV", "--dpo-email", "dpo@imv.example")[0] == 0
    assert run(capsys, "letter", reference, "acknowledgement", "-o", str(tmp_path / "a.pdf"))[0] == 0
    folder = tmp_path / "to-sign" / "today"
    code, _, err = run(capsys, "letters", "-o", str(folder))
    assert code == 0, err
    assert [p.name for p in folder.iterdir()] == [f"{reference}-acknowledgement-1.pdf"]
    assert (folder / f"{reference}-acknowledgement-1.pdf").read_bytes().startswith(b"%PDF")
    (tmp_path / "a-file").write_text("x")
    code, _, err = run(capsys, "letters", "-o", str(tmp_path / "a-file"))
    assert code == 2 and "is a file, not a folder" in err
