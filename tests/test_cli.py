"""The `dpo-desk` command line, run in-process and as a real program."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from dpo_desk.cli.main import main

from .conftest import PASSPHRASE, TODAY


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, case_path: Path) -> Path:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_CASE_FILE", str(case_path))
    return case_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def initialised(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    code, out, _ = run(capsys, "init", "--org-code", "IMV", "--org-name", "IMV Technologies", "--remember")
    assert code == 0 and "Created" in out
    return cli_env


def test_deadline_json_is_exactly_one_object(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "deadline", "2028-01-31", "--json")
    assert code == 0
    assert json.loads(out) == {
        "received": "2028-01-31",
        "due": "2028-02-29",
        "extension_notice_by": "2028-02-29",
        "extended_due": "2028-05-02",
    }


def test_deadline_options(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "deadline", "25/11/2025", "--region", "fr-alsace-moselle", "--json")
    assert json.loads(out)["due"] == "2025-12-29"
    _, out, _ = run(capsys, "deadline", "2025-03-05", "--paused-days", "3", "--json")
    assert json.loads(out)["due"] == "2025-04-08"
    _, out, _ = run(capsys, "deadline", "2025-01-31", "--conservative", "--json")
    assert json.loads(out)["extended_due"] == "2025-04-28"
    code, _, err = run(capsys, "deadline", "2025-02-30")
    assert code == 2 and "is not a date" in err


def test_a_request_through_its_life(initialised: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    scan = tmp_path / "courrier.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter")
    received = (TODAY - timedelta(days=3)).isoformat()
    code, out, err = run(
        capsys,
        "add",
        "--channel",
        "post",
        "--received",
        received,
        "--first-name",
        "Jeanne",
        "--last-name",
        "Lefèvre",
        "--email",
        "jeanne@example.fr",
        "--rights",
        "access,erasure",
        "--text",
        "Copie de mes données",
        "--registered-mail",
        "1A12345",
        "--identifier",
        "customer=C-1042",
        "--attach",
        str(scan),
        "--json",
    )
    assert code == 0, err
    added = json.loads(out)
    ref = added["reference"]
    assert ref == f"IMV-{(TODAY - timedelta(days=3)).year}-0001"
    assert added["rights"] == ["access", "erasure"] and added["attachments"][0]["filename"] == "courrier.pdf"

    code, out, _ = run(capsys, "list", "--search", "lefe", "--json")
    assert [r["reference"] for r in json.loads(out)] == [ref]
    code, out, _ = run(capsys, "list", "--search", "nobody")
    assert out.strip() == "No request matches."

    assert run(capsys, "status", ref, "in_progress")[0] == 0
    code, _, err = run(capsys, "status", ref, "closed")
    assert code == 1 and "cannot become closed" in err and "Traceback" not in err
    assert run(capsys, "pause", ref, "--for", "clarification")[0] == 0
    code, out, _ = run(capsys, "resume", ref)
    assert code == 0 and "resumed" in out
    code, out, _ = run(capsys, "extend", ref, "--reason", "Data spread over five systems")
    assert code == 0 and "extended to" in out
    code, out, _ = run(capsys, "show", ref, "--json")
    shown = json.loads(out)
    assert shown["extended"] and shown["status"] == "in_progress"
    kinds = [e["kind"] for e in shown["events"]]
    assert kinds[0] == "request_logged" and "extended" in kinds and "pause_started" in kinds

    code, out, _ = run(capsys, "show", ref)
    assert "once its notice is sent)" in out and "Lefèvre" in out
    notice = tmp_path / "notice.pdf"
    code, out, _ = run(capsys, "letter", ref, "extension_notice", "-o", str(notice))
    assert code == 0
    letter_id = out.split()[1]
    assert run(capsys, "letter-sent", letter_id, "--registered-mail", "1A 987 654 3210 9")[0] == 0
    code, out, _ = run(capsys, "show", ref)
    assert "days left - extended to" in out
    code, out, _ = run(capsys, "verify")
    assert code == 0 and "The case file is sound." in out


def test_verify_reports_a_tampered_event(initialised: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(
        capsys,
        "add",
        "--channel",
        "email",
        "--received",
        TODAY.isoformat(),
        "--email",
        "a@example.fr",
        "--rights",
        "objection",
    )
    run(capsys, "note", f"IMV-{TODAY.year}-0001", "Marketing stopped")
    from dpo_desk.storage.casefile import open_case_file

    with open_case_file(initialised, passphrase=PASSPHRASE) as case, case._raw() as raw:
        raw.execute("DROP TRIGGER event_no_update")
        raw.execute("UPDATE event SET details = '{\"text\": \"Nothing done\"}' WHERE kind = 'note'")
    code, out, _ = run(capsys, "verify", "--json")
    report = json.loads(out)
    assert code == 1 and not report["ok"]
    assert report["history"] == [
        "event 3 was changed after it was written",
        "the trigger event_no_update, which keeps the history append-only, is missing",
    ]
    code, out, _ = run(capsys, "verify")
    assert "Event history: PROBLEM" in out and "restore the latest good backup" in out


def test_errors_are_words_with_non_zero_exit(
    cli_env: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(capsys, "list")
    assert code == 1 and "There is no case file" in err
    run(capsys, "init", "--org-code", "IMV", "--org-name", "IMV")
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", "the wrong passphrase")
    code, _, err = run(capsys, "--no-keyring", "list")
    assert code == 1 and "Wrong passphrase" in err
    random_file = tmp_path / "random.dpodesk"
    random_file.write_bytes(os.urandom(4096))
    code, _, err = run(capsys, "--case-file", str(random_file), "list")
    assert code == 1 and "not a DPO Desk case file" in err
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "show", "IMV-2020-0042")
    assert code == 1 and "no request with the reference" in err
    code, _, err = run(
        capsys,
        "add",
        "--channel",
        "post",
        "--received",
        "2026-01-01",
        "--rights",
        "everything",
        "--email",
        "x@example.fr",
    )
    assert code == 1 and "Unknown right 'everything'" in err


def test_the_installed_program_never_shows_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "DPO_DESK_PASSPHRASE": "wrong wrong wrong"}
    garbage = tmp_path / "garbage.dpodesk"
    garbage.write_bytes(b"\x00" * 4096)
    (tmp_path / "garbage.dpodesk-key").write_text('{"format": "dpo-desk-key", "version": 1}')
    for argv in (
        ["--case-file", str(garbage), "list"],
        ["deadline", "tomorrow"],
        ["--case-file", str(tmp_path), "show", "X"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "dpo_desk", *argv], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode in (1, 2), done
        assert "Traceback" not in done.stderr and done.stderr.startswith("dpo-desk"), done.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0 and "DPO Desk 0.1.0" in capsys.readouterr().out


def test_passphrase_change_and_key_rotation(
    initialised: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", "another good passphrase")
    code, out, _ = run(capsys, "--no-keyring", "change-passphrase")
    assert code == 0 and "Passphrase changed" in out
    code, _, err = run(capsys, "--no-keyring", "list")
    assert code == 1 and "Wrong passphrase" in err
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", "another good passphrase")
    code, out, _ = run(capsys, "--no-keyring", "rotate-key")
    assert code == 0 and "new key" in out
    from sqlalchemy import text

    from dpo_desk.storage.casefile import open_case_file

    with (
        open_case_file(initialised, passphrase="another good passphrase", use_keyring=False) as case,
        case.reader(orm=True) as reading,
    ):
        kinds = [k for (k,) in reading.orm.execute(text("SELECT kind FROM event ORDER BY seq"))]
    assert kinds[-1] == "key_rotated"
    code, out, _ = run(capsys, "verify")
    assert code == 0


def test_init_refused_leaves_nothing_behind(cli_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "init", "--org-code", "I-M-V", "--org-name", "IMV")
    assert code == 1 and "2 to 10 letters" in err
    assert list(cli_env.parent.iterdir()) == []


def test_demo_refuses_more_cases_than_it_can_write_in_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Up to a million requests (the bench's largest file); beyond, refused before anything is made."""
    target = tmp_path / "huge.dpodesk"
    with pytest.raises(SystemExit) as refused:  # argparse's own refusal: a usage error, exit 2
        main(["demo", str(target), "--cases", "1000001"])
    err = capsys.readouterr().err
    assert refused.value.code == 2 and "give a number from 1 to 1000000" in err and "Traceback" not in err
    assert not target.exists()
    code, _, err = run(capsys, "demo", str(target), "--cases", "3")
    assert code == 0 and target.exists()
