"""A refresh of the window is one snapshot: one connection, one transaction, a bounded number of
statements, whatever the size of the file (issue #18); and it holds what the separate reads gave."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.rights import Right
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services import cases
from dpo_desk.services.case_list import ListFilter
from dpo_desk.storage.casefile import CaseFile

from .conftest import TODAY


class Reads:
    """The connections checked out of the pool and every statement SQLite ran on them."""

    def __init__(self) -> None:
        self.checkouts = 0
        self.statements: list[str] = []

    def checkout(self, dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        self.checkouts += 1
        dbapi_conn.set_trace_callback(self.statements.append)

    def checkin(self, dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_trace_callback(None)


@pytest.fixture
def reads(demo_case: CaseFile) -> Iterator[Reads]:
    counted = Reads()
    engine = demo_case._engine
    event.listen(engine, "checkout", counted.checkout)
    event.listen(engine, "checkin", counted.checkin)
    yield counted
    event.remove(engine, "checkout", counted.checkout)
    event.remove(engine, "checkin", counted.checkin)


def _open_reference(bench: Workbench) -> str:
    """A case on the first page with letters, so that every part of the pane has something to read."""
    for row in bench.page(ListFilter(), 0, 256):
        if bench.letters(row.reference):
            return row.reference
    raise AssertionError("the demo has letters")


def _log(case: CaseFile, n: int) -> None:
    with case.unit_of_work() as session:
        for i in range(n):
            cases.add_request(
                session,
                cases.NewRequest(
                    channel=Channel.POST,
                    received_on=TODAY - timedelta(days=i % 20),
                    person=cases.PersonInput(first_name="Jeanne", last_name=f"Lefèvre{i}", emails=()),
                    rights=[Right.ACCESS],
                    organisation_code="IMV",
                ),
                user="claire.dpo",
                today=TODAY,
            )


def test_a_refresh_is_one_read_transaction_with_bounded_statements(demo_case: CaseFile, reads: Reads) -> None:
    bench = Workbench(demo_case, "claire.dpo", today=lambda: TODAY)
    reference = _open_reference(bench)
    flt = bench.filter_for(None, "")

    reads.checkouts, reads.statements = 0, []
    bench.snapshot(flt, limit=256, reference=reference)
    assert reads.checkouts == 1
    assert [s for s in reads.statements if s.split()[0].upper() in ("BEGIN", "COMMIT", "ROLLBACK")] == [
        "BEGIN",
        "ROLLBACK",
    ]
    first = len(reads.statements)
    # The page, 8 counts, triage, the detail, and the pane's services (each loads the request: 5 statements)
    assert first <= 50, "\n".join(s[:100] for s in reads.statements)

    _log(demo_case, 60)  # more cases than a page holds: the statements do not grow with them
    reads.checkouts, reads.statements = 0, []
    bench.snapshot(flt, limit=50, reference=reference)
    assert reads.checkouts == 1
    assert len(reads.statements) <= first + 1  # the total is counted once the page is full

    # The separate reads the window made before (about fifteen connections) for the same things.
    reads.checkouts = 0
    bench.counts(), bench.page(flt, 0, 256), bench.count(flt), bench.detail(reference)
    assert reads.checkouts == 4


def test_the_snapshot_holds_what_the_separate_reads_give(demo_case: CaseFile) -> None:
    bench = Workbench(demo_case, "claire.dpo", today=lambda: TODAY)
    reference = _open_reference(bench)
    flt = bench.filter_for(None, "")
    snap = bench.snapshot(flt, limit=256, reference=reference)

    assert snap.counts == bench.counts()
    assert list(snap.rows) == bench.page(flt, 0, 256)
    assert snap.total == bench.count(flt) == len(snap.rows)
    assert snap.waiting == sum(box.waiting for box in bench.mailboxes())
    assert snap.case is not None
    row = next(r for r in snap.rows if r.reference == reference)
    assert snap.case.detail == bench.detail(reference)
    assert list(snap.case.letters) == bench.letters(reference)
    assert list(snap.case.register) == [a.name for a in bench.register(row.organisation)]
    assert list(snap.case.ticked) == bench.concerned(reference)
    assert list(snap.case.suggested) == ([] if snap.case.ticked else bench.suggested_activities(reference))
    assert list(snap.case.relays) == bench.relays(reference)
    assert list(snap.case.sent) == bench.sent_messages(reference)

    # A small page: the total counts past it, and a case past it is still read for the pane (a
    # request just logged sorts after the first page of a large file); a reference of no request: none.
    past = snap.rows[-1].reference
    small = bench.snapshot(flt, limit=5, reference=past)
    assert len(small.rows) == 5 and small.total == len(snap.rows)
    assert past not in {r.reference for r in small.rows}
    assert small.case is not None and small.case.detail == bench.detail(past)
    assert list(small.case.letters) == bench.letters(past)
    assert bench.snapshot(flt, limit=5, reference="IMV-1999-9999").case is None
    with pytest.raises(AttributeError):
        small.total = 0  # type: ignore[misc]  # plain, frozen data
