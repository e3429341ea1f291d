"""Backups stay encrypted and verified; a restore checks the backup before it replaces anything."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.cli.main import main
from dpo_desk.services.backups import restore
from dpo_desk.storage import keyfile
from dpo_desk.storage.backup import automatic_backups, backups_folder
from dpo_desk.storage.casefile import CaseFile, open_case_file
from dpo_desk.storage.errors import CaseFileError, CaseFileLocked

from .conftest import PASSPHRASE, TODAY
from .test_casefile import MARKER, _log_marker_request
from .test_cases import log

ADD = ("add", "--channel", "email", "--received", "2026-01-05", "--rights", "access", "--last-name", "Martin")


def _count(path: Path) -> int:
    with (
        open_case_file(path, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as case,
        case.reader(orm=True) as reading,
    ):
        return reading.orm.execute(text("SELECT count(*) FROM request")).scalar_one()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_cli_backs_up_once_a_day_and_keeps_seven(
    case: CaseFile, case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--case-file", str(case_path), "list"]) == 0
    assert automatic_backups(case_path) == []  # a command that only reads never backs up (issue #19)
    assert main(["--case-file", str(case_path), *ADD]) == 0
    assert main(["--case-file", str(case_path), *ADD]) == 0
    (first,) = automatic_backups(case_path)  # once a day, after the first command that wrote
    assert keyfile.key_file_path(first).exists() and _count(first) == 1
    # Nine older automatic backups: after the next one, only the seven newest remain.
    for day in range(1, 10):
        old = first.with_name(first.name.replace("-automatic", f"-automatic-{day:02d}"))
        old = old.with_name(f"cases-2020010{day % 10}-000000-automatic{case_path.suffix}")
        old.write_bytes(first.read_bytes())
        keyfile.key_file_path(old).write_bytes(keyfile.key_file_path(first).read_bytes())
    # Three days later: today's backup is now three days old (its name says when it was made).
    three_days_ago = (datetime.now() - timedelta(days=3)).strftime("%Y%m%d-%H%M%S")
    aged = first.with_name(f"cases-{three_days_ago}-automatic{case_path.suffix}")
    first.rename(aged)
    keyfile.key_file_path(first).rename(keyfile.key_file_path(aged))
    assert main(["--case-file", str(case_path), *ADD]) == 0
    kept = automatic_backups(case_path)
    assert len(kept) == 7 and not any("20200101" in p.name or "20200102" in p.name for p in kept)
    assert all(keyfile.key_file_path(p).exists() for p in kept)
    assert len(list(backups_folder(case_path).glob("*-key"))) == 7


def test_a_manual_backup_is_encrypted_and_opens(
    case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case_path: Path
) -> None:
    _log_marker_request(case)
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "copy.dpodesk"
    assert main(["--case-file", str(case_path), "backup", "-o", str(target)]) == 0
    assert MARKER.encode() not in target.read_bytes() and _count(target) == 1
    assert main(["--case-file", str(case_path), "backup", "-o", str(tmp_path / "copy.zip")]) == 2


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(case: CaseFile, case_path: Path) -> None:
    log(case, received=TODAY)
    backup = case.backup()
    log(case, received=TODAY, email="later@example.fr")
    case.close()
    assert _count(case_path) == 2
    done = restore(backup, case_path, PASSPHRASE)
    assert _count(case_path) == 1
    assert done.set_aside is not None and _count(done.set_aside) == 2  # nothing is lost


def test_a_damaged_backup_is_refused_and_nothing_changes(case: CaseFile, case_path: Path) -> None:
    log(case, received=TODAY)
    backup = case.backup()
    case.close()
    data = bytearray(backup.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = os.urandom(64)
    backup.write_bytes(bytes(data))
    before = _digest(case_path)
    with pytest.raises(CaseFileError):
        restore(backup, case_path, PASSPHRASE)
    assert _digest(case_path) == before and _count(case_path) == 1


def test_restore_is_refused_while_the_case_file_is_open(case: CaseFile, case_path: Path) -> None:
    backup = case.backup()
    before = _digest(case_path)
    with pytest.raises(CaseFileLocked):
        restore(backup, case_path, PASSPHRASE)
    assert _digest(case_path) == before


@pytest.mark.parametrize("where", ["first page", "middle", "last page"])
def test_a_damaged_case_file_is_reported_in_words(
    case: CaseFile, case_path: Path, where: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(30):
        log(case, received=TODAY, email=f"p{n}@example.fr")
    case.close()
    data = bytearray(case_path.read_bytes())
    page = 4096
    offset = {"first page": 100, "middle": (len(data) // page // 2) * page + 200, "last page": len(data) - 300}[where]
    data[offset : offset + 32] = bytes(32)
    case_path.write_bytes(bytes(data))
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    code = main(["--case-file", str(case_path), "verify"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    assert ("damaged" in err) or ("PROBLEM" in out), (out, err)
