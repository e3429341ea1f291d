"""`verify` sees a history that cannot account for the requests, and protective triggers gone or altered.

Each attack is made as an attacker holding the key would: straight SQL on the real file.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.rights import Right
from dpo_desk.services import cases
from dpo_desk.services.history_accounts import PROTECTIVE_TRIGGERS
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import CaseFile, create_case_file

from .conftest import FAST_KDF, PASSPHRASE

REQUESTS = 30


@pytest.fixture
def history(case_path: Path) -> CaseFile:
    case = create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)
    with case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="dpo")
    with case.unit_of_work() as session:
        for n in range(REQUESTS):
            cases.add_request(
                session,
                cases.NewRequest(
                    Channel.EMAIL, date(2026, 1, 5), cases.PersonInput("A", f"B{n}", (f"a{n}@x.fr",)), (Right.ACCESS,)
                ),
                user="dpo",
                today=date(2026, 1, 6),
            )
    yield case
    case.close()


def attack(case: CaseFile, *statements: str) -> None:
    with case._raw() as raw:
        for statement in statements:
            raw.execute(statement)


def test_a_sound_file_is_sound(history: CaseFile) -> None:
    report = verify_case_file(history)
    assert report.ok, report.lines()


def test_every_event_deleted_is_reported(history: CaseFile) -> None:
    attack(history, "DROP TRIGGER event_no_delete", "DELETE FROM event")
    report = verify_case_file(history)
    assert not report.ok
    assert f"the history is empty, but the file holds {REQUESTS} request(s): its events were deleted" in report.history
    assert "the trigger event_no_delete, which keeps the history append-only, is missing" in report.history


def test_the_command_line_says_so(history: CaseFile, case_path: Path) -> None:
    attack(history, "DROP TRIGGER event_no_delete", "DELETE FROM event")
    history.close()
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--no-keyring", "--case-file", str(case_path), "verify"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done
    assert "Event history: PROBLEM" in done.stdout and "its events were deleted" in done.stdout, done.stdout
    assert "0 events, hash chain intact" not in done.stdout


def test_a_request_added_without_its_event_is_reported(history: CaseFile) -> None:
    """A copy of request 1 under a new reference, straight into the table: no event logged it."""
    with history._raw() as raw:
        columns = [r[1] for r in raw.execute("PRAGMA table_info(request)") if r[1] not in ("id", "reference", "number")]
        listed = ", ".join(columns)
        raw.execute(
            f"INSERT INTO request (reference, number, {listed}) SELECT 'IMV-2026-9999', 9999, {listed} "
            "FROM request WHERE id = 1"
        )
    report = verify_case_file(history)
    assert any(
        line.startswith("1 request(s) have no event recording how they were logged (IMV-2026-9999)")
        for line in report.history
    ), report.history


def test_a_request_deleted_behind_its_history_is_reported(history: CaseFile) -> None:
    attack(history, "PRAGMA foreign_keys = OFF", "DELETE FROM request WHERE reference = 'IMV-2026-0007'")
    report = verify_case_file(history)
    assert any(
        "event(s) concern 1 request(s) that are no longer in the file (request 7" in line for line in report.history
    ), report.history


def test_a_status_changed_without_an_event_is_reported(history: CaseFile) -> None:
    attack(history, "UPDATE request SET status = 'refused', is_open = 0 WHERE reference = 'IMV-2026-0003'")
    report = verify_case_file(history)
    assert any("IMV-2026-0003 (refused, history: received)" in line for line in report.history), report.history


@pytest.mark.parametrize(
    ("statements", "said"),
    [
        (
            ["DROP TRIGGER event_no_update"],
            "the trigger event_no_update, which keeps the history append-only, is missing",
        ),
        (
            [
                "DROP TRIGGER event_no_delete",
                "CREATE TRIGGER event_no_delete BEFORE DELETE ON event WHEN OLD.seq < 0 "
                "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
            ],
            "the trigger event_no_delete, which keeps the history append-only, was altered",
        ),
        (
            ["CREATE TRIGGER event_rewrite AFTER INSERT ON event BEGIN SELECT 1; END"],
            "the trigger event_rewrite on the history was not created by DPO Desk",
        ),
    ],
)
def test_protective_triggers_missing_or_altered_are_reported(
    history: CaseFile, statements: list[str], said: str
) -> None:
    attack(history, *statements)
    report = verify_case_file(history)
    assert said in report.history, report.history


def test_the_triggers_checked_are_the_ones_the_schema_creates(history: CaseFile) -> None:
    with history.reader() as conn:
        found = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    assert {name: " ".join(sql.split()) for name, sql in found.items()} == {
        name: " ".join(sql.split()) for name, sql in PROTECTIVE_TRIGGERS.items()
    }
