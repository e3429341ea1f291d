"""The register of requests streams its rows with no SQL parameter per row (issue #19).

Exported through the real CLI from a real file: the statements' parameters do not grow with the
cases, and every case is in the file with its rights, history and pauses.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from dpo_desk.cli.main import main
from dpo_desk.domain.channels import Channel
from dpo_desk.domain.rights import Right
from dpo_desk.services import cases
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import create_case_file
from dpo_desk.storage.models import Pause, Request

from .conftest import FAST_KDF, PASSPHRASE, TODAY


@pytest.fixture
def counts() -> Iterator[list[int]]:
    seen: list[int] = []

    def count(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        seen.append(len(parameters) if parameters else 0)

    event.listen(Engine, "before_cursor_execute", count)
    yield seen
    event.remove(Engine, "before_cursor_execute", count)


def _export(tmp_path: Path, n: int, counts: list[int], capsys: pytest.CaptureFixture[str]) -> int:
    path = tmp_path / f"cases{n}.dpodesk"
    case = create_case_file(path, PASSPHRASE, kdf=FAST_KDF)
    with case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="dpo")
        for i in range(n):
            cases.add_request(
                session,
                cases.NewRequest(
                    channel=Channel.POST,
                    received_on=TODAY - timedelta(days=i % 20),
                    person=cases.PersonInput(first_name="Jeanne", last_name=f"Lefèvre{i}", emails=()),
                    rights=(Right.ACCESS, Right.ERASURE),
                ),
                user="staff",
                today=TODAY,
            )
        # Every third case paused once, so that the pauses are read alongside too.
        for request in session.query(Request).filter(Request.id % 3 == 0):
            session.add(Pause(request_id=request.id, reason="identity", started_on=TODAY, late=False))
    case.close()
    output = tmp_path / f"register{n}.csv"
    base = ["--no-keyring", "--case-file", str(path), "request-register", "--names", "--lang", "en"]
    counts.clear()
    assert main([*base, "--from", (TODAY - timedelta(days=30)).isoformat(), "-o", str(output)]) == 0
    assert f"{n} request(s) received" in capsys.readouterr().out
    with open(output, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == n
    assert {row["Data subject"] for row in rows} == {f"Jeanne Lefèvre{i}" for i in range(n)}
    assert all(row["Rights"] for row in rows) and "Erasure" in rows[0]["Rights"]
    assert sum(1 for row in rows if row["Pauses"]) == n // 3
    return max(counts)


def test_register_parameters_do_not_grow_with_the_requests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], counts: list[int]
) -> None:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    few = _export(tmp_path, 6, counts, capsys)
    many = _export(tmp_path, 60, counts, capsys)
    assert many == few
