"""Defect 7: an extension is dated the day it is recorded and counts only once its notice went out
by the first deadline; a notice or a refusal sent late is recorded as late (and counted so)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.statuses import Status
from dpo_desk.services import cases, letters
from dpo_desk.services.activity import activity
from dpo_desk.services.errors import ActionRefused
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Letter

from .test_cases import act, detail, log

REQUEST_COLUMNS_0013 = (
    "extension_notified_on",
    "on_behalf",
    "requester_name",
    "requester_civility",
    "requester_address",
    "requester_email",
    "authority_proof",
    "death_proof",
    "authority_checked_on",
    "authority_checked_by",
    "directives_kind",
    "directives_holder",
    "directives_consent_on",
)
RECEIVED = date(2026, 10, 1)
DUE = date(2026, 11, 2)  # 1 November is a Sunday and a holiday
EXTENDED = date(2027, 1, 4)  # 1 January 2027 is a holiday (Friday), then the weekend


def _notice(case: CaseFile, ref: str, written: date) -> int:
    with case.unit_of_work() as session:
        return letters.create_letter(session, ref, LetterKind.EXTENSION_NOTICE, user="dpo", today=written)[0]


def _sent(case: CaseFile, letter_id: int, on: date, today: date) -> list[str]:
    with case.unit_of_work() as session:
        return [str(w) for w in letters.mark_sent(session, letter_id, on=on, user="dpo", today=today)]


def test_the_first_of_december_extension_decided_on_the_second_of_november_is_refused(case: CaseFile) -> None:
    ref = log(case, received=RECEIVED).reference
    with pytest.raises(ActionRefused, match="dated the day it is recorded"):
        act(case, cases.extend, ref, "five systems", on=DUE, today=date(2026, 12, 1))
    with pytest.raises(ActionRefused, match="Too late to extend"):
        act(case, cases.extend, ref, "five systems", on=date(2026, 12, 1), today=date(2026, 12, 1))
    d = detail(case, ref)
    assert not d.extended and d.deadline_on == DUE and d.overdue  # never "34 days left"
    assert "overdue - was due" in d.deadline_in_words


def test_the_extension_counts_from_its_notice_sent_in_time(case: CaseFile) -> None:
    ref = log(case, received=RECEIVED).reference
    act(case, cases.extend, ref, "five systems", on=date(2026, 10, 20), today=date(2026, 10, 20))
    assert detail(case, ref).deadline_on == DUE  # decided, not yet notified
    notice = _notice(case, ref, date(2026, 10, 20))
    with pytest.raises(ActionRefused, match="cannot have been sent on"):
        _sent(case, notice, date(2026, 10, 19), today=date(2026, 10, 21))
    assert _sent(case, notice, date(2026, 10, 21), today=date(2026, 10, 21)) == []
    d = detail(case, ref)
    assert d.extension_counts and d.deadline_on == EXTENDED and d.extension_notified_on == date(2026, 10, 21)
    kinds = [e.kind for e in d.events]
    assert kinds[-1] == "extension_notified" and kinds[-2] == "letter_sent"


def test_a_notice_sent_after_the_first_deadline_is_late_and_the_deadline_stays(case: CaseFile) -> None:
    ref = log(case, received=RECEIVED).reference
    act(case, cases.extend, ref, "five systems", on=DUE, today=DUE)  # the last day: still in time to decide
    notice = _notice(case, ref, DUE)
    warnings = _sent(case, notice, DUE + timedelta(days=1), today=DUE + timedelta(days=2))
    assert "recorded as late, the extension does not count" in warnings[0]
    d = detail(case, ref)
    assert not d.extended and d.deadline_on == DUE
    assert [e.kind for e in d.events][-1] == "extension_lapsed"
    with case.reader(orm=True) as reading:
        assert reading.orm.get(Letter, notice).late


def test_a_refusal_sent_after_the_deadline_is_recorded_and_counted_late(case: CaseFile) -> None:
    ref = log(case, received=RECEIVED).reference
    act(case, cases.change_status, ref, Status.IN_PROGRESS, on=date(2026, 10, 5), today=date(2026, 10, 5))
    act(
        case,
        cases.change_status,
        ref,
        Status.REFUSED,
        on=date(2026, 10, 30),
        today=date(2026, 10, 30),
        reason="request manifestly excessive: the fourth identical request this month",
    )
    with case.unit_of_work() as session:
        refusal, _ = letters.create_letter(session, ref, LetterKind.REFUSAL, user="dpo", today=date(2026, 10, 30))
    warnings = _sent(case, refusal, date(2026, 11, 5), today=date(2026, 11, 6))
    assert "recorded as late" in warnings[0] and "activity report counts it" in warnings[0]
    with case.reader(orm=True) as reading:
        assert reading.orm.get(Letter, refusal).late
        summary, facts = activity(reading.orm, start=RECEIVED, end=RECEIVED, today=date(2026, 11, 6))
    assert facts[0].responded_on == date(2026, 11, 5) and facts[0].on_time is False
    assert (summary.refused, summary.refused_late, summary.on_time) == (1, 1, 0)


def test_a_refusal_sent_in_time_is_on_time(case: CaseFile) -> None:
    ref = log(case, received=RECEIVED).reference
    act(case, cases.change_status, ref, Status.IN_PROGRESS, on=date(2026, 10, 5), today=date(2026, 10, 5))
    act(case, cases.change_status, ref, Status.REFUSED, on=date(2026, 10, 6), today=date(2026, 10, 6), reason="x y z")
    with case.unit_of_work() as session:
        refusal, _ = letters.create_letter(session, ref, LetterKind.REFUSAL, user="dpo", today=date(2026, 10, 6))
    assert _sent(case, refusal, date(2026, 10, 7), today=date(2026, 10, 7)) == []
    with case.reader(orm=True) as reading:
        summary, _ = activity(reading.orm, start=RECEIVED, end=RECEIVED, today=date(2026, 11, 6))
    assert (summary.refused, summary.refused_late, summary.on_time) == (1, 0, 1)


def test_a_file_from_before_0013_keeps_the_extensions_whose_notice_went_out_in_time(case: CaseFile, case_path) -> None:  # type: ignore[no-untyped-def]
    """Upgrading to 0013: an extension notified by the first deadline still counts; one never
    notified in time no longer moves the deadline."""
    from dpo_desk.storage.casefile import open_case_file
    from dpo_desk.storage.migrate import RELEASE_HEAD

    from .conftest import PASSPHRASE

    notified = log(case, received=RECEIVED, email="a@example.fr").reference
    silent = log(case, received=RECEIVED, email="b@example.fr").reference
    for ref in (notified, silent):
        act(case, cases.extend, ref, "five systems", on=date(2026, 10, 20), today=date(2026, 10, 20))
    _sent(case, _notice(case, notified, date(2026, 10, 20)), date(2026, 10, 21), today=date(2026, 10, 21))
    _notice(case, silent, date(2026, 10, 20))  # written, never sent
    with case._engine.begin() as conn:  # as the release before 0013 left the file: the deadline moved on extending
        raw = conn.connection.driver_connection
        raw.execute("UPDATE request SET deadline_on = extended_due_on")
        for table, column in (
            ("organisation", "envelope_window"),
            ("organisation", "count_customary_days"),
            ("person", "civility"),
            *(("request", c) for c in REQUEST_COLUMNS_0013),
            *(("letter", c) for c in ("registered", "late", "ar_signed_on", "ar_scan_id")),
        ):
            raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        raw.execute("UPDATE alembic_version SET version_num = '0012'")  # just before 0013
    case.close()
    with open_case_file(case_path, passphrase=PASSPHRASE) as upgraded, upgraded.reader(orm=True) as reading:
        assert reading.orm.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == RELEASE_HEAD
        got = {ref: cases.get_request(reading.orm, ref, today=date(2026, 10, 22)) for ref in (notified, silent)}
    assert got[notified].deadline_on == EXTENDED and got[notified].extension_notified_on == date(2026, 10, 21)
    assert got[silent].deadline_on == DUE and got[silent].extension_notified_on is None
