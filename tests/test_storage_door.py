"""The one door to storage (storage/door.py): a unit of work for writes, a reader for reads."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from dpo_desk.services import case_list, roles
from dpo_desk.services.errors import NotFound
from dpo_desk.storage import door
from dpo_desk.storage.casefile import CaseFile, open_case_file
from dpo_desk.storage.errors import StorageFailure
from dpo_desk.storage.models import Event, Member

from .conftest import PASSPHRASE, TODAY


def _member(login: str, role: str) -> Member:
    return Member(login=login, name=login.title(), role=role, added_at=datetime(2026, 11, 20, 9), added_by="dpo")


def test_the_case_file_is_a_storage_door(case: CaseFile) -> None:
    engine: door.StorageDoor = case  # mypy checks this assignment against the protocol
    assert engine.verify() == []


def test_the_plain_reader_refuses_writes_and_lends_a_writable_connection_back(case: CaseFile) -> None:
    with case.reader() as reading, pytest.raises(Exception, match="readonly"):
        reading.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
    with case.unit_of_work() as session:  # the same pooled connection, writable again
        door.plain(session).execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
    with case.reader() as reading:
        assert reading.execute("SELECT value FROM meta WHERE key = 'x'").fetchone() == ("y",)


def test_the_first_reads_need_no_engine_and_leave_their_connection_writable(case_path: Path, case: CaseFile) -> None:
    case.close()
    with open_case_file(case_path, passphrase=PASSPHRASE) as again:
        with again.reader() as reading:
            assert again._pooled is None  # the connection that opened the file serves the first page
            assert case_list.count_requests(reading, case_list.ListFilter(), today=TODAY) == 0
            assert roles.role_in(reading, "anyone") == roles.Role.DPO
        with again.unit_of_work() as session:  # that connection, now the pool's, takes writes
            session.add(_member("zoe", "staff"))
        with again.reader() as reading:
            assert roles.role_in(reading, "Zoe ") == roles.Role.STAFF


def test_a_unit_of_work_is_all_or_nothing_and_its_queries_see_its_pending_changes(case: CaseFile) -> None:
    with case.reader() as reading:
        before = reading.execute("SELECT count(*) FROM member").fetchone()[0]
    commits = case.commits
    with pytest.raises(RuntimeError, match="undone"), case.unit_of_work() as session:
        session.add(_member("ana", "staff"))
        assert roles.role_in(door.plain(session), "ana") == roles.Role.STAFF  # flushed, same transaction
        raise RuntimeError("undone")
    with case.reader() as reading:
        assert reading.execute("SELECT count(*) FROM member").fetchone()[0] == before
    assert case.commits == commits


def test_the_orm_reader_shares_its_connection_with_the_plain_queries_and_saves_nothing(demo_case: CaseFile) -> None:
    with demo_case.reader(orm=True) as reading:
        events = reading.orm.scalar(select(func.count()).select_from(Event))
        assert reading.execute("SELECT count(*) FROM event").fetchone()[0] == events
        assert door.plain(reading.orm) is reading.plain
        reading.orm.add(_member("temp", "staff"))
        reading.orm.flush()
    with demo_case.reader() as reading:
        assert reading.execute("SELECT count(*) FROM member WHERE login = 'temp'").fetchone()[0] == 0
    with demo_case.reader() as reading, pytest.raises(RuntimeError, match="orm=True"):
        reading.orm  # noqa: B018


def test_the_list_query_refusals_are_said_by_the_use_case(case: CaseFile) -> None:
    with case.reader() as reading, pytest.raises(NotFound, match="NOPE"):
        case_list.list_requests(reading, case_list.ListFilter(organisation_code=" nope"), today=TODAY)


def test_a_read_only_file_stays_read_only_after_a_reader(case_path: Path, case: CaseFile) -> None:
    case.close()
    with open_case_file(case_path, passphrase=PASSPHRASE, read_only=True) as viewer:
        with viewer.reader():
            pass
        with pytest.raises(StorageFailure), viewer.unit_of_work() as session:
            session.add(_member("x", "staff"))
