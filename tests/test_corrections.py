"""Correcting a logged request, withdrawing one logged in error, and undoing the last change."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from dpo_desk.cli.main import main
from dpo_desk.domain.channels import Channel
from dpo_desk.domain.pauses import PauseReason
from dpo_desk.domain.rights import Right
from dpo_desk.domain.statuses import Status
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services import cases
from dpo_desk.services.activity import request_facts
from dpo_desk.services.case_list import ListFilter
from dpo_desk.services.corrections import Correction
from dpo_desk.services.dashboard import Bucket
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.members import Role, add_member
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .test_cases import act, detail, log


def _bench(case: CaseFile, user: str = "dpo") -> Workbench:
    return Workbench(case, user, today=lambda: TODAY)


def _history(case: CaseFile, ref: str, kind: str) -> list[dict]:  # type: ignore[type-arg]
    return [e.details for e in detail(case, ref).events if e.kind == kind]


def test_a_correction_records_old_and_new_values_and_recounts_the_deadline(case: CaseFile) -> None:
    received = TODAY - timedelta(days=10)
    ref = log(case, received=received, first="Jeane", last="Lefevre").reference
    before = detail(case, ref)
    bench = _bench(case)
    bench.correct(
        ref,
        Correction(
            first_name="Jeanne",
            last_name="Lefèvre",
            postal_address="12 rue des Lilas\n75011 Paris",
            received_on=received - timedelta(days=5),
            channel=Channel.EMAIL,
            rights=(Right.ACCESS, Right.ERASURE),
        ),
    )
    after = detail(case, ref)
    assert after.person_name == "Jeanne Lefèvre" and after.person_address == "12 rue des Lilas\n75011 Paris"
    assert after.received_on == received - timedelta(days=5) and after.channel == "email"
    assert sorted(after.rights) == ["access", "erasure"]
    assert after.due_on < before.due_on  # counted again from the corrected receipt
    [changed] = _history(case, ref, "request_corrected")
    assert changed["changes"]["first_name"] == {"from": "Jeane", "to": "Jeanne"}
    assert changed["changes"]["received_on"] == {
        "from": received.isoformat(),
        "to": (received - timedelta(days=5)).isoformat(),
    }
    assert changed["changes"]["rights"] == {"from": ["access"], "to": ["access", "erasure"]}
    assert changed["deadline"] == {"from": before.deadline_on.isoformat(), "to": after.deadline_on.isoformat()}
    assert [r.reference for r in bench.page(ListFilter(text="lefèvre"), 0, 10)] == [ref]  # found by the new name
    assert [e.kind for e in after.events][:1] == ["request_logged"]  # the first entry stays as logged


def test_a_correction_that_would_make_the_case_false_is_refused(case: CaseFile) -> None:
    received = TODAY - timedelta(days=10)
    ref = log(case, received=received).reference
    act(case, cases.pause, ref, PauseReason.CLARIFICATION, on=received + timedelta(days=1), today=TODAY)
    bench = _bench(case)
    refused = {
        "nothing": Correction(first_name="Jeanne"),
        "future": Correction(received_on=TODAY + timedelta(days=1)),
        "after a step": Correction(received_on=received + timedelta(days=3)),
        "no right": Correction(rights=()),
    }
    for why, correction in refused.items():
        with pytest.raises(ActionRefused) as caught:
            bench.correct(ref, correction)
        assert str(caught.value), why
    assert _history(case, ref, "request_corrected") == [] and detail(case, ref).received_on == received


def test_a_dpo_withdraws_an_entry_logged_in_error_out_of_every_count(case: CaseFile) -> None:
    with case.unit_of_work() as session:
        add_member(session, "claire.dpo", "Claire", Role.DPO, user="claire.dpo")
        add_member(session, "lucas.accueil", "Lucas", Role.STAFF, user="claire.dpo")
    ref = log(case, received=TODAY - timedelta(days=2), user="lucas.accueil").reference
    staff, dpo = _bench(case, "lucas.accueil"), _bench(case, "claire.dpo")
    before = dpo.counts()
    with pytest.raises(ActionRefused, match="Only a DPO"):
        staff.withdraw_in_error(ref, "Logged twice")
    with pytest.raises(ActionRefused, match="Say why"):
        dpo.withdraw_in_error(ref, " ")
    dpo.withdraw_in_error(ref, "A letter for the sales department, not a request")
    after = dpo.counts()
    assert after[Bucket.OPEN] == before[Bucket.OPEN] - 1
    assert after[Bucket.CLOSED_THIS_MONTH] == before[Bucket.CLOSED_THIS_MONTH]  # not counted as closed either
    with case.reader(orm=True) as reading:
        assert ref not in [f.reference for f in request_facts(reading.orm, start=TODAY - timedelta(days=30), end=TODAY)]
    shown = detail(case, ref)
    assert shown.status == Status.LOGGED_IN_ERROR.value  # still listed and in the history, with the reason
    assert _history(case, ref, "logged_in_error")[0]["reason"] == "A letter for the sales department, not a request"
    with pytest.raises(ActionRefused, match="cannot be corrected"):
        dpo.correct(ref, Correction(first_name="X"))
    with pytest.raises(ActionRefused):
        dpo.change_status(ref, Status.IN_PROGRESS)


def test_undo_puts_back_the_last_change_while_nothing_happened_since(case: CaseFile) -> None:
    ref = log(case, received=TODAY - timedelta(days=3), first="Jeanne", last="Lefevre").reference
    bench = _bench(case)
    with pytest.raises(ActionRefused, match="Nothing to undo"):
        bench.undo()
    bench.correct(ref, Correction(last_name="Lefèvre", received_on=TODAY - timedelta(days=4)))
    assert bench.undo_words() == f"correction of {ref}"
    bench.undo()
    back = detail(case, ref)
    assert (back.person_name, back.received_on) == ("Jeanne Lefevre", TODAY - timedelta(days=3))
    _, second = _history(case, ref, "request_corrected")
    assert second["changes"]["last_name"] == {"from": "Lefèvre", "to": "Lefevre"} and "undoes" in second
    assert bench.undo_words() is None  # not offered twice

    # A change recorded since (here a note) makes the undo refused: it could undo the wrong thing.
    bench.correct(ref, Correction(first_name="Jeanine"))
    undoable = bench._undoable
    bench.add_note(ref, "Called back")
    assert bench.undo_words() is None  # greyed out in the Edit menu
    bench._undoable = undoable  # as if chosen a moment before the note
    with pytest.raises(ActionRefused, match="no longer be undone"):
        bench.undo()
    assert bench.correction_values(ref)["first_name"] == "Jeanine"

    # A withdrawal and an assignment are undone too.
    bench.withdraw_in_error(ref, "Logged twice")
    bench.undo()
    assert detail(case, ref).status == Status.RECEIVED.value
    assert [e.kind for e in detail(case, ref).events][-1] == "withdrawal_undone"
    bench.assign(ref, "lucas.accueil")
    bench.undo()
    assert detail(case, ref).assignee == ""


def test_the_command_line_corrects_and_withdraws(case: CaseFile, case_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    ref = log(case, received=TODAY - timedelta(days=5), first="Jeane", last="Lefevre").reference
    case.close()
    run = ["--case-file", str(case_path), "--user", "dpo"]
    day = (TODAY - timedelta(days=6)).isoformat()
    assert main([*run, "correct", ref, "--name", "Jeanne Lefèvre", "--received", day, "--channel", "email"]) == 0
    out = capsys.readouterr().out
    assert (
        "first name: Jeane → Jeanne" in out and f"received on: {(TODAY - timedelta(days=5)).isoformat()} → {day}" in out
    )
    assert main([*run, "correct", ref, "--received", (TODAY + timedelta(days=2)).isoformat()]) == 2
    assert "in the future" in capsys.readouterr().err
    assert main([*run, "correct", ref]) == 2
    assert "Nothing to correct" in capsys.readouterr().err
    assert main([*run, "withdraw", ref]) == 2  # the reason is required
    capsys.readouterr()
    assert main([*run, "withdraw", ref, "--reason", "Logged twice"]) == 0
    assert "logged in error" in capsys.readouterr().out
    assert main([*run, "show", ref, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["status"] == "logged_in_error" and shown["person_name"] == "Jeanne Lefèvre"
