"""The demo case files: the believable one and the bulk one for benchmarks."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import text

from dpo_desk.demo.bulk import generate
from dpo_desk.demo.sample import PLANS, populate
from dpo_desk.domain.channels import Channel
from dpo_desk.domain.statuses import Status
from dpo_desk.services import cases
from dpo_desk.services.dashboard import Bucket, dashboard_counts
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.storage.casefile import CaseFile, create_case_file, open_case_file

from .conftest import FAST_KDF, PASSPHRASE, TODAY


def test_the_demo_shows_every_state_and_channel(case_path: Path) -> None:
    case = create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY)
    with case.reader(orm=True) as reading:
        session = reading.orm
        rows = cases.list_requests(session, cases.ListFilter(), today=TODAY)
        counts = dashboard_counts(reading, today=TODAY)
        orgs = {code for (code,) in session.execute(text("SELECT code FROM organisation"))}
    assert len(rows) == len(PLANS)
    assert {r.status for r in rows} == {s.value for s in Status}
    assert {r.channel for r in rows} == {c.value for c in Channel}
    assert orgs == {"IMV", "IMERA"}
    assert all(counts[b] > 0 for b in Bucket)
    assert any(r.extended for r in rows) and any(r.paused_since for r in rows)
    assert verify_case_file(case).ok
    case.close()


def test_bulk_demo_is_a_sound_case_file(tmp_path: Path) -> None:
    path = tmp_path / "bulk.dpodesk"
    generate(path, 1200, PASSPHRASE, today=TODAY, kdf=FAST_KDF)
    case: CaseFile
    with open_case_file(path, passphrase=PASSPHRASE) as case:
        report = verify_case_file(case)
        assert report.ok, report.lines()
        assert report.events_checked > 1200 * 4 and report.attachments_checked == 120
        with case.reader(orm=True) as reading:
            rows = cases.list_requests(reading.orm, cases.ListFilter(), today=TODAY)
            assert len(rows) == 1200
            statuses = Counter(r.status for r in rows)
            assert statuses["closed"] > 0 and statuses["in_progress"] > 0
            # Open first, each group by deadline; is_open agrees with the status.
            flags = [Status(r.status).is_open for r in rows]
            assert flags == sorted(flags, reverse=True)
            open_rows = [r for r in rows if Status(r.status).is_open]
            assert [r.deadline_on for r in open_rows] == sorted(r.deadline_on for r in open_rows)
            sample = rows[5]
            found = cases.list_requests(reading.orm, cases.ListFilter(text=sample.person), today=TODAY)
            assert sample.reference in [r.reference for r in found]
            detail = cases.get_request(reading.orm, sample.reference, today=TODAY)
            assert detail.events[0].kind == "request_logged"
        with case.unit_of_work() as session:  # the ORM path can keep working on a bulk file
            cases.add_note(session, sample.reference, "checked", user="dpo")
        assert verify_case_file(case).ok
