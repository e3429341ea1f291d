"""Retention: closed cases purged to their procedural facts, after a preview, by a DPO only."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from dpo_desk.domain.letters import LetterKind
from dpo_desk.domain.retention import may_purge, purge_due_on
from dpo_desk.domain.statuses import Status
from dpo_desk.services import cases, letters, members, retention
from dpo_desk.services.errors import ActionRefused, NotFound
from dpo_desk.services.events import verify_chain
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.services.organisations import update_organisation
from dpo_desk.services.roles import Role
from dpo_desk.services.views import OrganisationInput
from dpo_desk.storage import keyfile
from dpo_desk.storage.casefile import CaseFile, open_case_file

from .conftest import PASSPHRASE, TODAY
from .sqlcipher_pages import anywhere_in
from .test_cases import act, detail, log

MARKER = "Zqxwvbrunhilde"  # in the name, the email, the summary, a note, a reason and a document


def _closed_case(case: CaseFile, *, closed: date, marker: str = MARKER, email: str | None = None) -> str:
    ref = log(
        case,
        received=closed - timedelta(days=20),
        last=marker,
        email=email or f"{marker.lower()}@example.fr",
        summary=f"Please send me what you hold on {marker}",
        files=(cases.FileInput(f"letter-{marker}.txt", f"scanned letter signed {marker}".encode()),),
    ).reference
    act(case, cases.add_note, ref, f"Called {marker} back about the request")
    with case.unit_of_work() as session:
        letters.create_letter(session, ref, LetterKind.ACKNOWLEDGEMENT, user="dpo", today=closed - timedelta(days=19))
    act(case, cases.change_status, ref, Status.IN_PROGRESS, on=closed - timedelta(days=19), today=TODAY)
    act(case, cases.change_status, ref, Status.ANSWERED, on=closed, today=TODAY, reason=f"Answer sent to {marker}")
    act(case, cases.change_status, ref, Status.CLOSED, on=closed, today=TODAY)
    return ref


def _key(case: CaseFile) -> bytes:
    return keyfile.unwrap(keyfile.read(case.path), PASSPHRASE)  # type: ignore[arg-type]


def test_the_purge_day_counts_in_whole_years() -> None:
    assert purge_due_on(date(2020, 2, 29), 5) == date(2025, 2, 28)
    assert purge_due_on(date(2021, 3, 31), 5) == date(2026, 3, 31)
    assert not may_purge(date(2021, 3, 31), 5, date(2026, 3, 30))
    assert may_purge(date(2021, 3, 31), 5, date(2026, 3, 31))
    assert not may_purge(None, 5, date(2040, 1, 1))


def test_the_preview_lists_closed_cases_past_their_organisation_period(case: CaseFile) -> None:
    old = _closed_case(case, closed=TODAY - timedelta(days=6 * 366))
    recent = _closed_case(case, closed=TODAY - timedelta(days=400), marker="Recentmarker")
    log(case, received=TODAY - timedelta(days=3), email="open@example.fr")  # open: never a candidate
    with case.reader(orm=True) as reading:
        found = retention.purge_candidates(reading.orm, today=TODAY)
    assert [c.reference for c in found] == [old]
    assert found[0].person.endswith(MARKER) and found[0].organisation == "IMV"
    with case.unit_of_work() as session:  # the organisation keeps closed cases one year only
        update_organisation(
            session,
            "IMV",
            OrganisationInput(code="IMV", legal_name="IMV Technologies", retention_years=1),
            user="dpo",
            today=TODAY,
        )
    with case.reader(orm=True) as reading:
        assert {c.reference for c in retention.purge_candidates(reading.orm, today=TODAY)} == {old, recent}


def test_a_purge_leaves_the_procedural_facts_and_nothing_personal(case: CaseFile) -> None:
    ref = _closed_case(case, closed=TODAY - timedelta(days=6 * 366))
    kept = detail(case, ref)
    case.checkpoint()
    assert anywhere_in(case.path, _key(case), MARKER)  # the scanner sees it before the purge
    with case.unit_of_work() as session:
        assert retention.purge(session, [ref], user="dpo", today=TODAY) == 1
    case.checkpoint()

    after = detail(case, ref)
    # Kept: the reference, rights, channel, dates, status, the history's events and who did them.
    assert (after.reference, after.rights, after.channel, after.status) == (
        kept.reference,
        kept.rights,
        kept.channel,
        kept.status,
    )
    assert (after.received_on, after.deadline_on) == (kept.received_on, kept.deadline_on)
    assert [e.kind for e in after.events][: len(kept.events)] == [e.kind for e in kept.events]
    assert after.events[-1].kind == "case_purged" and after.events[-1].details["documents_destroyed"] == 1
    # Gone: who asked, what they wrote, the documents, the letters' content, the notes.
    assert (after.person_name, after.person_emails, after.summary, after.status_reason) == ("(unnamed)", [], "", "")
    assert all(e.details.get("redacted") is True for e in after.events[:-1])
    # What each event's details kept: the procedural facts (statuses, dates, letters), no free text.
    changes = [e.details for e in after.events if e.kind == "status_changed"]
    assert [c.get("to") for c in changes] == ["in_progress", "answered", "closed"]
    assert all(MARKER not in repr(e.details) for e in after.events)
    assert [a.filename for a in after.attachments] == [""] and after.attachments[0].destroyed
    with case.reader(orm=True) as reading:
        (letter,) = letters.list_letters(reading.orm, ref)
        with pytest.raises(NotFound, match="purged"):
            letters.letter_pdf(reading.orm, letter.id)
        assert verify_chain(reading.orm) == []  # redaction does not break the chain
        summary = reading.orm.execute(text("SELECT details FROM event WHERE kind = 'cases_purged'")).scalar_one()
        assert ref in summary
        assert cases.list_requests(reading.orm, cases.ListFilter(text=MARKER), today=TODAY) == []
    assert verify_case_file(case).ok
    # Not in any page of the file either, live or free: deleted content is overwritten.
    case.close()
    assert not anywhere_in(case.path, _key(case), MARKER)


def test_a_purged_case_cannot_be_changed_and_its_history_stays_append_only(case: CaseFile) -> None:
    purged = _closed_case(case, closed=TODAY - timedelta(days=6 * 366))
    live = log(case, received=TODAY - timedelta(days=2), email="live@example.fr").reference
    with case.unit_of_work() as session:
        retention.purge(session, [purged], user="dpo", today=TODAY)
    with pytest.raises(ActionRefused, match="was purged"):
        act(case, cases.add_note, purged, "one more note")
    raw = case._engine.raw_connection()
    try:
        for statement in (
            "UPDATE event SET user = 'x' WHERE reference = ?",  # another column of a purged case's event
            "UPDATE event SET details = '{\"redacted\":true}' WHERE reference = ?",  # a live case's event
            "DELETE FROM event WHERE reference = ?",
        ):
            reference = live if "redacted" in statement else purged
            with pytest.raises(Exception, match="append-only"):
                raw.driver_connection.execute(statement, (reference,))  # type: ignore[union-attr]
    finally:
        raw.close()


def test_only_a_dpo_purges_and_a_refused_purge_changes_nothing(case: CaseFile) -> None:
    due = _closed_case(case, closed=TODAY - timedelta(days=6 * 366))
    early = _closed_case(case, closed=TODAY - timedelta(days=30), marker="Earlymarker")
    with case.unit_of_work() as session:
        members.add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
        members.add_member(session, "staff", "Lucas", Role.STAFF, user="dpo")
    with pytest.raises(ActionRefused, match="Only a DPO"), case.unit_of_work() as session:
        retention.purge(session, [due], user="staff", today=TODAY)
    with pytest.raises(ActionRefused, match="cannot be purged"), case.unit_of_work() as session:
        retention.purge(session, [due, early], user="dpo", today=TODAY)
    assert detail(case, due).person_name.endswith(MARKER)  # all or nothing: the due case is intact


def test_a_person_with_another_live_request_is_kept(case: CaseFile) -> None:
    email = "same.person@example.fr"
    old = _closed_case(case, closed=TODAY - timedelta(days=6 * 366), email=email)
    live = log(case, received=TODAY - timedelta(days=2), last=MARKER, email=email).reference
    assert detail(case, live).person_emails == [email]
    with case.unit_of_work() as session:
        retention.purge(session, [old], user="dpo", today=TODAY)
    assert detail(case, old).person_emails == []
    assert detail(case, live).person_name.endswith(MARKER) and detail(case, live).person_emails == [email]


def test_a_destroyed_id_copy_is_overwritten_in_the_file(case: CaseFile) -> None:
    from dpo_desk.domain.identity import VerificationMethod

    ref = log(case, received=TODAY - timedelta(days=2)).reference
    act(case, cases.request_identity, ref, "Signature differs", on=TODAY - timedelta(days=1), today=TODAY)
    scan = "IDCARD-Qpzmxnb-4471"
    act(case, cases.identity_received, ref, on=TODAY, today=TODAY, document=cases.FileInput("id.txt", scan.encode()))
    case.checkpoint()
    assert anywhere_in(case.path, _key(case), scan)
    act(case, cases.verify_identity, ref, VerificationMethod.DOCUMENT_CHECKED, on=TODAY, today=TODAY)
    case.close()
    assert not anywhere_in(case.path, _key(case), scan)


def test_the_cli_previews_then_purges(
    case: CaseFile, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dpo_desk.cli.main import main

    ref = _closed_case(case, closed=TODAY - timedelta(days=6 * 366))
    path = case.path
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    args = ["--case-file", str(path), "--user", "dpo", "purge"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert ref in out and "--yes" in out
    with open_case_file(path, passphrase=PASSPHRASE) as reopened:
        assert detail(reopened, ref).person_name.endswith(MARKER)  # a preview changes nothing
    assert main([*args, "--yes"]) == 0
    assert "1 case purged" in capsys.readouterr().out
    with open_case_file(path, passphrase=PASSPHRASE) as reopened:
        assert detail(reopened, ref).person_name == "(unnamed)"


@pytest.mark.gui
def test_the_window_previews_and_purges(qtbot, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    """Six years on, the demo's closed cases are due: the dialog lists them, a confirmed purge
    runs in the background, and the list shows them purged."""
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    later = TODAY + timedelta(days=6 * 366)
    window = MainWindow(Workbench(demo_case, "claire.dpo", today=lambda: later))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    with demo_case.reader(orm=True) as reading:
        due = {c.reference for c in retention.purge_candidates(reading.orm, today=later)}
    assert due
    dialog = window.open_purge()
    shown = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    assert shown == due and dialog.purge_button.isEnabled()
    dialog.purge_button.click()
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "purgeConfirm") is not None, timeout=3000)
    box = dialog.findChild(QMessageBox, "purgeConfirm")
    purge = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(dialog.purged, timeout=20000) as purged:
        purge.click()
    assert purged.args == [len(due)]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=3000)
    assert not dialog.purge_button.isEnabled()

    def purged_rows() -> set[str]:
        rows = [window.model.row_at(r) for r in range(window.model.rowCount())]
        return {r.reference for r in rows if r.purged_on}

    qtbot.waitUntil(lambda: purged_rows() == due, timeout=5000)  # the list read again off the GUI thread
    first = next(r for r in range(window.model.rowCount()) if window.model.row_at(r).purged_on)
    assert window.model.index(first, 1).data() == "(purged)"


def test_messages_set_aside_long_ago_go_with_the_purge(case: CaseFile) -> None:
    """The triage list does not keep messages that were not requests forever either."""
    from datetime import UTC, datetime

    from dpo_desk.storage.models import InboxMessage, Mailbox

    def set_aside_on(day: date, uid: int) -> None:
        with case.unit_of_work() as session:
            box = session.query(Mailbox).first()
            session.add(
                InboxMessage(
                    mailbox_id=box.id,
                    uidvalidity=1,
                    uid=uid,
                    sender=f"{MARKER.lower()}@example.fr",
                    subject="Delivery?",
                    received_at=datetime.combine(day, datetime.min.time(), UTC),
                    fetched_at=datetime.combine(day, datetime.min.time(), UTC),
                    raw=f"From: {MARKER}".encode(),
                    state="set_aside",
                    handled_by="staff",
                    handled_at=datetime.combine(day, datetime.min.time(), UTC),
                    note="not a request",
                )
            )

    with case.unit_of_work() as session:
        session.add(
            Mailbox(
                name="dpo", host="imap.example", port=993, security="tls", username="dpo", created_at=datetime.now(UTC)
            )
        )
    set_aside_on(TODAY - timedelta(days=6 * 366), 1)
    set_aside_on(TODAY - timedelta(days=30), 2)
    with case.reader(orm=True) as reading:
        due = retention.set_aside_due(reading.orm, today=TODAY)
    assert len(due) == 1
    with pytest.raises(ActionRefused, match="set aside longer ago"), case.unit_of_work() as session:
        retention.purge(session, [], user="dpo", today=TODAY, messages=[due[0] + 1])
    with case.unit_of_work() as session:
        assert retention.purge(session, [], user="dpo", today=TODAY, messages=due) == 0
    with case.reader(orm=True) as reading:
        assert [m.uid for m in reading.orm.query(InboxMessage)] == [2]
        summary = reading.orm.execute(text("SELECT details FROM event WHERE kind = 'cases_purged'")).scalar_one()
    assert '"set_aside_messages_deleted": 1' in summary


def test_verify_tells_an_edit_or_a_redaction_outside_a_purge(case: CaseFile) -> None:
    """With the triggers dropped (someone holding the key), changing an event's details, or
    passing off a live case's details as purged, is reported by the chain check."""
    live = log(case, received=TODAY - timedelta(days=2), summary="keep me").reference
    act(case, cases.add_note, live, "a first note")
    raw = case._engine.raw_connection()
    try:
        conn = raw.driver_connection
        conn.execute("DROP TRIGGER event_no_update")  # type: ignore[union-attr]
        seqs = [s for (s,) in conn.execute("SELECT seq FROM event WHERE reference = ? ORDER BY seq", (live,))]  # type: ignore[union-attr]
        conn.execute('UPDATE event SET details = \'{"text":"another note"}\' WHERE seq = ?', (seqs[-1],))  # type: ignore[union-attr]
        conn.execute("UPDATE event SET details = '{\"redacted\":true}' WHERE seq = ?", (seqs[0],))  # type: ignore[union-attr]
    finally:
        raw.close()
    with case.reader(orm=True) as reading:
        problems = {(p.seq, p.problem) for p in verify_chain(reading.orm)}
    assert problems == {
        (seqs[-1], "was changed after it was written"),
        (seqs[0], "had its details removed, but its case was not purged"),
    }


def test_a_checkpoint_kept_outside_the_file_reveals_a_cut_or_rewritten_tail(
    case: CaseFile, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The chain cannot see its own tail cut off; a checkpoint printed earlier can."""
    from dpo_desk.cli.main import main
    from dpo_desk.domain.hashchain import Checkpoint
    from dpo_desk.services.history_accounts import PROTECTIVE_TRIGGERS

    ref = log(case, received=TODAY - timedelta(days=2)).reference
    act(case, cases.add_note, ref, "before the checkpoint")
    report = verify_case_file(case)
    kept = report.checkpoint
    assert kept is not None and f"Checkpoint: {kept}" in "\n".join(report.lines())
    act(case, cases.add_note, ref, "after the checkpoint")
    assert verify_case_file(case, expect=[Checkpoint.parse(str(kept))]).ok
    raw = case._engine.raw_connection()
    try:  # someone holding the key cuts the history back, then re-forms a chain of their own
        conn = raw.driver_connection
        conn.execute("DROP TRIGGER event_no_delete")  # type: ignore[union-attr]
        conn.execute("DROP TRIGGER event_no_update")  # type: ignore[union-attr]
        conn.execute("DELETE FROM event WHERE seq >= ?", (kept.seq,))  # type: ignore[union-attr]
        for sql in PROTECTIVE_TRIGGERS.values():  # and puts the triggers back, as they were
            conn.execute(sql)  # type: ignore[union-attr]
    finally:
        raw.close()
    cut = verify_case_file(case, expect=[kept])
    assert cut.history == [f"event {kept.seq} is missing: the history was cut after checkpoint {kept}"]
    assert verify_case_file(case).ok  # without the checkpoint, a cut tail is invisible
    path = case.path
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--case-file", str(path), "verify", "--expect", str(kept)]) == 1
    assert "was cut after checkpoint" in capsys.readouterr().out
    assert main(["--case-file", str(path), "verify", "--expect", "12:nothex"]) == 2
    assert "is not a checkpoint" in capsys.readouterr().err


def test_the_activity_report_prints_the_checkpoint(case: CaseFile) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    from dpo_desk.renderers.activity_pdf import render_activity
    from dpo_desk.services.activity import activity

    log(case, received=TODAY - timedelta(days=2))
    with case.reader(orm=True) as reading:
        summary, _ = activity(reading.orm, start=TODAY - timedelta(days=30), end=TODAY, today=TODAY)
    head = verify_case_file(case).checkpoint
    assert summary.checkpoint == str(head)
    text = " ".join(
        PdfReader(BytesIO(render_activity(summary, language="en", organisation=""))).pages[-1].extract_text().split()
    )
    assert f"dpo-desk verify --expect {head}" in text


def test_the_sql_bound_never_leaves_out_a_due_case() -> None:
    """latest_closing_due bounds the preview's query; may_purge decides: no due case is beyond it."""
    from dpo_desk.domain.retention import latest_closing_due

    for years in (1, 4, 5):
        for today in (date(2025, 2, 28), date(2028, 2, 29), date(2026, 3, 1), date(2026, 11, 22)):
            bound = latest_closing_due(years, today)
            day = date(today.year - years - 1, 1, 1)
            while day <= today:
                if may_purge(day, years, today):
                    assert day <= bound, (years, today, day)
                day += timedelta(days=1)
