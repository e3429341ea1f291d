"""The smaller findings of the attack, each through the real program: Argon2 bounds, huge numbers,
disguised names, --read-only, the settings file's permissions, output after the commit."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.domain.people import disguising_characters, without_disguise
from dpo_desk.domain.register import Activity
from dpo_desk.services import register
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage import keyfile
from dpo_desk.storage.casefile import create_case_file, open_case_file

from .conftest import FAST_KDF, PASSPHRASE
from .test_casefile import _start_holder


@pytest.fixture
def file_path(case_path: Path) -> Path:
    with create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF) as case, case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="dpo")
    return case_path


def cli(path: Path, *argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE, "DPO_DESK_CASE_FILE": str(path)}
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--no-keyring", *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def refused_in_words(done: subprocess.CompletedProcess[str], code: int) -> str:
    assert done.returncode == code, done
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    return done.stderr


ADD = ("add", "--channel", "email", "--received", "2026-01-05", "--rights", "access")


# Argon2 parameters -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "value", "said"),
    [
        ("memory_kib", 10**30, "memory_kib = 100000000000000000000..., accepted: 8 to 4194304"),
        ("iterations", 2**40, "iterations = 1099511627776, accepted: 1 to 64"),
        ("lanes", 0, "lanes = 0, accepted: 1 to 64"),
    ],
)
def test_absurd_argon2_settings_are_refused_before_deriving(
    file_path: Path, setting: str, value: int, said: str
) -> None:
    key_path = keyfile.key_file_path(file_path)
    doc = json.loads(key_path.read_text())
    doc["kdf"][setting] = value
    key_path.write_text(json.dumps(doc))
    stderr = refused_in_words(cli(file_path, "list", timeout=60), 1)  # a huge pass count would hang: refused at once
    assert "asks for Argon2 settings DPO Desk does not accept" in stderr and said in stderr, stderr


# Numbers on the command line ------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("letter-sent", "9" * 40),
        ("triage", "show", "99999999999999999999999"),
        ("list", "--limit", "1" + "0" * 30),
        ("list", "--due-within", "-3"),
    ],
)
def test_huge_numbers_get_words(file_path: Path, argv: tuple[str, ...]) -> None:
    stderr = refused_in_words(cli(file_path, *argv), 2)
    assert "is not a possible" in stderr, stderr


# Names that disguise themselves ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value", "code"),
    [
        ("--last-name", "Dupont\u202egnaL", "U+202E"),  # right-to-left override: reads "DupontLang"
        ("--first-name", "Ma\u200brie", "U+200B"),  # zero-width space: "Marie" that search does not find
        ("--last-name", "Martin\x1b[2J", "U+001B"),  # a terminal escape
        ("--address", "1 rue\u2066 de la Paix", "U+2066"),
    ],
)
def test_disguising_characters_are_refused(file_path: Path, option: str, value: str, code: str) -> None:
    stderr = refused_in_words(cli(file_path, *ADD, option, value), 1)
    assert "invisible or direction-changing characters" in stderr and code in stderr, stderr
    with (
        open_case_file(file_path, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as case,
        case.reader() as c,
    ):
        assert c.execute("SELECT count(*) FROM request").fetchone()[0] == 0


def test_ordinary_names_and_addresses_are_welcome(file_path: Path) -> None:
    done = cli(file_path, *ADD, "--first-name", "Zoë", "--last-name", "N'Diaye-Łukasz", "--address", "1 rue\\nParis")
    assert done.returncode == 0, done
    assert disguising_characters("12 rue des Écoles\n75005 Paris", multiline=True) == []
    assert without_disguise("Ma\u200brie \u202eDupont") == "Marie Dupont"


# --read-only ------------------------------------------------------------------------------------


def test_read_only_reads_while_someone_writes_and_refuses_changes(file_path: Path) -> None:
    assert cli(file_path, *ADD, "--last-name", "Martin").returncode == 0
    holder = _start_holder(file_path)
    try:
        stderr = refused_in_words(cli(file_path, "list"), 1)
        assert "dpo-desk --read-only" in stderr  # the refusal names the switch that exists
        done = cli(file_path, "--read-only", "list")
        assert done.returncode == 0 and "IMV-2026-0001" in done.stdout, done
        stderr = refused_in_words(cli(file_path, "--read-only", "note", "IMV-2026-0001", "x"), 1)
        assert "cannot be written" in stderr and "read-only" in stderr and "nothing was changed" in stderr, stderr
    finally:
        holder.communicate("quit\n", timeout=30)


# The settings file ----------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_settings_file_is_owner_only(tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    from dpo_desk.ui.recent_files import remember_recent
    from dpo_desk.ui.settings_privacy import make_settings_private, settings_file

    previous = os.umask(0o022)
    try:
        QSettings().setValue("probe", 1)
        QSettings().sync()
        path = settings_file()
        os.chmod(path, 0o644)  # as an earlier version left it, world-readable
        make_settings_private()  # what the application does at start
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        remember_recent(tmp_path / "cases.dpodesk")  # the paths of case files it lists
        QSettings().sync()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        if path.parent.name == QCoreApplication.organizationName():  # the folder Qt made for the application
            assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    finally:
        os.umask(previous)


# Output after the commit -----------------------------------------------------------------------


def test_a_closed_pipe_does_not_undo_the_change(file_path: Path) -> None:
    """`activities REF NAME | head -1`: head stops reading, and the tick it showed is saved."""
    assert cli(file_path, *ADD, "--last-name", "Martin").returncode == 0
    many = [Activity(f"Activity {n:04d} " + "x" * 60, ["purpose"], "contract", "5 years") for n in range(3000)]
    with open_case_file(file_path, passphrase=PASSPHRASE, use_keyring=False) as case, case.unit_of_work() as session:
        register.replace_register(session, "IMV", many, user="dpo")
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE, "DPO_DESK_CASE_FILE": str(file_path)}
    shell = subprocess.run(
        [
            "bash",
            "-c",
            f'set -o pipefail; "{sys.executable}" -m dpo_desk activities IMV-2026-0001 "$1" | head -1',
            "-",
            many[0].name,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shell.stdout.strip() == f"[x] {many[0].name}"
    assert "unexpected error" not in shell.stderr and "Traceback" not in shell.stderr, shell.stderr
    assert shell.returncode == 0, shell  # the command did what it was asked
    with (
        open_case_file(file_path, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as case,
        case.reader(orm=True) as reading,
    ):
        assert [a.name for a in register.concerned(reading.orm, "IMV-2026-0001")] == [many[0].name]
