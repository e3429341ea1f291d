"""The window's reads and writes go through the storage door only (issue 18): a Workbench given
nothing but what `StorageDoor` names still lists, shows, writes and reads back, so an engine
that has no more than the door (the PostgreSQL one) can stand behind it."""

from __future__ import annotations

from typing import Any

import pytest

from dpo_desk.domain.letters import LetterKind
from dpo_desk.front_door.answer_desk import AnswerDesk
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services.case_list import ListFilter
from dpo_desk.services.roles import Role
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY

DOOR = {"path", "read_only", "is_open", "unit_of_work", "reader", "plain", "verify", "backup", "checkpoint", "close"}


class DoorOnly:
    """The case file seen through the door's names; any other attribute is refused."""

    def __init__(self, case: CaseFile) -> None:
        self._case = case

    def __getattr__(self, name: str) -> Any:
        if name not in DOOR | {"commits"}:  # commits: what a later failure's report says was saved
            raise AttributeError(f"{name} is not the storage door's")
        return getattr(self._case, name)


def test_the_proxy_refuses_what_the_door_does_not_name(demo_case: CaseFile) -> None:
    door = DoorOnly(demo_case)
    for alias in ("session", "raw", "read", "transaction", "_session"):
        with pytest.raises(AttributeError, match="not the storage door's"):
            getattr(door, alias)


def test_the_workbench_reads_and_writes_through_the_door_alone(demo_case: CaseFile) -> None:
    bench = Workbench(DoorOnly(demo_case), "claire.dpo", today=lambda: TODAY)  # type: ignore[arg-type]
    rows = bench.page(ListFilter(open_only=True), 0, 50)
    reference = next(r.reference for r in rows if r.organisation == "IMV")
    assert bench.count(ListFilter(open_only=True)) == len(rows) and sum(bench.counts().values()) > 0
    assert bench.detail(reference).reference == reference
    assert ("IMV", "IMV Technologies") in bench.organisations()
    assert bench.organisation("IMV")[0].code == "IMV"
    assert bench.role() is Role.DPO and bench.members() == []  # no members yet: everyone is the DPO
    written_before = len(bench.letters(reference))

    letter_id, pdf = bench.write_letter(reference, LetterKind.ACKNOWLEDGEMENT)
    bench.add_note(reference, "checked through the door")

    assert bench.letter_pdf(letter_id) == pdf and len(bench.letters(reference)) == written_before + 1
    snapshot = bench.snapshot(ListFilter(open_only=True), reference=reference)
    assert snapshot.case is not None and letter_id in snapshot.case.letter_kinds
    notes = [e.details["text"] for e in bench.detail(reference).events if e.kind == "note"]
    assert notes[-1] == "checked through the door"
    assert bench.correction_values(reference) and bench.register("IMV")
    assert isinstance(bench.reminders(), list) and isinstance(bench.triage_items(), list)
    desk = AnswerDesk(bench)
    assert desk.facts(reference) is not None and isinstance(desk.recipients(reference), list)
