"""The event log: append-only in the database, and tampering detected by verify."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dpo_desk.services.integrity import verify_case_file
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY
from .test_cases import act, log


@pytest.fixture
def history(case: CaseFile) -> CaseFile:
    ref = log(case, received=TODAY - timedelta(days=5)).reference
    from dpo_desk.services import cases

    act(case, cases.add_note, ref, "Called the customer service")
    act(case, cases.assign, ref, "marie")
    act(case, cases.add_note, ref, "Data found in the CRM")
    return case


def _raw(case: CaseFile, *statements: str) -> None:
    with case._raw() as raw:
        for statement in statements:
            raw.execute(statement)


def test_clean_history_verifies(history: CaseFile) -> None:
    report = verify_case_file(history)
    assert report.ok, report.lines()
    assert report.events_checked == 5  # organisation, logged, note, assigned, note


@pytest.mark.parametrize("statement", ["UPDATE event SET user = 'someone else'", "DELETE FROM event WHERE seq = 3"])
def test_the_database_refuses_edits_to_the_log(history: CaseFile, statement: str) -> None:
    with pytest.raises(IntegrityError, match="append-only"), history.unit_of_work() as session:
        session.execute(text(statement))


def test_an_edited_event_is_reported(history: CaseFile) -> None:
    _raw(
        history,
        "DROP TRIGGER event_no_update",
        "UPDATE event SET details = json_set(details, '$.text', 'Nothing found') WHERE seq = 5",
    )
    report = verify_case_file(history)
    assert not report.ok
    assert report.history == [
        "event 5 was changed after it was written",
        "the trigger event_no_update, which keeps the history append-only, is missing",
    ]


def test_a_removed_event_is_reported(history: CaseFile) -> None:
    _raw(history, "DROP TRIGGER event_no_delete", "DELETE FROM event WHERE seq = 3")
    report = verify_case_file(history)
    assert "event 4 events 3 to 3 are missing" in report.history
    assert "event 4 does not follow the event before it" in report.history


def test_a_rewritten_author_is_reported(history: CaseFile) -> None:
    _raw(history, "DROP TRIGGER event_no_update", "UPDATE event SET user = 'intern' WHERE seq = 2")
    assert verify_case_file(history).history == [
        "event 2 was changed after it was written",
        "the trigger event_no_update, which keeps the history append-only, is missing",
    ]


def test_a_changed_attachment_is_reported(case: CaseFile) -> None:
    from dpo_desk.services import cases

    log(case, received=TODAY, files=(cases.FileInput("letter.pdf", b"%PDF-1.4 original"),))
    _raw(case, "UPDATE attachment_blob SET data = X'00'")
    report = verify_case_file(case)
    assert report.attachments == ["attachment 1 (letter.pdf) does not match its checksum"]
    assert report.history == []
