"""The daily backup never delays a command (issue #19), through the real CLI in its own process.

A command that only reads never backs up; one that writes does its work, says so, and only then
makes the day's backup, which therefore holds what the command just saved.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from dpo_desk.storage.backup import automatic_backups
from dpo_desk.storage.casefile import CaseFile, open_case_file

from .conftest import PASSPHRASE

ADD = ("add", "--channel", "email", "--received", "2026-01-05", "--rights", "access", "--last-name", "Martin")


def _cli(path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE, "DPO_DESK_CASE_FILE": str(path)}
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--no-keyring", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # one stream: the order in which the command spoke
        text=True,
        timeout=120,
    )


def test_list_makes_no_backup_and_a_write_backs_up_after_its_work(case: CaseFile, case_path: Path) -> None:
    case.close()
    for argv in (("list",), ("list", "--json"), ("verify",)):
        done = _cli(case_path, *argv)
        assert done.returncode == 0, done.stdout
        assert "daily backup" not in done.stdout
    assert automatic_backups(case_path) == []
    done = _cli(case_path, *ADD)
    assert done.returncode == 0, done.stdout
    said = done.stdout.splitlines()
    logged = next(i for i, line in enumerate(said) if "IMV-2026-0001" in line)
    backed_up = next(i for i, line in enumerate(said) if "daily backup written" in line)
    assert logged < backed_up  # the command's answer came first
    (made,) = automatic_backups(case_path)
    opened = open_case_file(made, passphrase=PASSPHRASE, use_keyring=False, read_only=True)
    with opened as backup, backup.reader(orm=True) as reading:
        references = list(reading.orm.execute(text("SELECT reference FROM request")).scalars())
    assert references == ["IMV-2026-0001"]  # made after the work, so it holds it
    again = _cli(case_path, *ADD)
    assert again.returncode == 0 and "daily backup" not in again.stdout  # once a day
