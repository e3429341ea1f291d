"""`dpo-desk list` passes no SQL parameter per row (issue #19): the parameters do not grow with the cases."""

from __future__ import annotations

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
from dpo_desk.services import case_list, cases
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import CaseFile, create_case_file

from .conftest import FAST_KDF, PASSPHRASE, TODAY


class CountingConnection:
    """The real SQLCipher driver connection, counting the parameters of each statement it runs."""

    def __init__(self, conn: Any, counts: list[int]) -> None:
        self._conn, self._counts = conn, counts

    def execute(self, sql: str, params: Any = ()) -> Any:
        self._counts.append(len(params))
        return self._conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    counts: list[int] = []
    real = cases.plain
    monkeypatch.setattr(cases, "plain", lambda session: CountingConnection(real(session), counts))
    # The list itself runs on a reader's plain connection (Workbench.page, through the front door).
    listing = case_list.list_requests
    monkeypatch.setattr(
        case_list, "list_requests", lambda conn, *a, **k: listing(CountingConnection(conn, counts), *a, **k)
    )

    def orm(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        counts.append(len(parameters) if parameters else 0)

    event.listen(Engine, "before_cursor_execute", orm)
    yield counts
    event.remove(Engine, "before_cursor_execute", orm)


def _log(case: CaseFile, n: int) -> None:
    with case.unit_of_work() as session:
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


def _largest_parameter_count(
    tmp_path: Path, n: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], counts: list[int]
) -> int:
    path = tmp_path / f"cases{n}.dpodesk"
    case = create_case_file(path, PASSPHRASE, kdf=FAST_KDF)
    with case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="dpo")
    _log(case, n)
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_CASE_FILE", str(path))
    counts.clear()
    assert main(["list", "--json"]) == 0
    out = capsys.readouterr().out
    assert out.count('"reference"') == n
    assert '"erasure"' in out
    return max(counts)


def test_list_parameters_do_not_grow_with_the_requests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], counted: list[int]
) -> None:
    few = _largest_parameter_count(tmp_path, 5, monkeypatch, capsys, counted)
    many = _largest_parameter_count(tmp_path, 50, monkeypatch, capsys, counted)
    assert many == few
