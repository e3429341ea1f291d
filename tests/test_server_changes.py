"""The listener behind live updates (storage/server/changes.py), against the real private server:
what it cannot reach is said in words and tried again, never a dead thread; a case file never calls."""

from __future__ import annotations

import threading

import pytest

from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.door import NoWatch
from dpo_desk.storage.server.database import ServerDatabase
from dpo_desk.storage.server.errors import ServerUnreachable

from .pg_server import PgServer

pytestmark = [pytest.mark.needs_postgres, pytest.mark.clock_free]


def test_a_database_it_cannot_open_is_said_and_tried_again(postgres_server: PgServer) -> None:
    """A refusal at connection (here: no such database) is said once as the server being
    unreachable, and the listener keeps trying until it is stopped."""
    server = ServerDatabase(postgres_server.url("no_such_database", "dpo_admin"), password="whatever")
    states: list[Exception | None] = []
    told = threading.Event()

    def on_state(problem: Exception | None) -> None:
        states.append(problem)
        told.set()

    watch = server.watch_changes(lambda ids: None, on_state)
    assert told.wait(20)
    assert isinstance(states[0], ServerUnreachable) and "could not be reached" in str(states[0]), states
    assert watch._thread.is_alive()  # type: ignore[attr-defined]  # still trying, not dead
    watch.stop()
    assert not watch._thread.is_alive()  # type: ignore[attr-defined]
    assert len(states) == 1  # said once, not at every try


def test_a_case_file_hears_of_nothing(case: CaseFile) -> None:
    watch = case.watch_changes(lambda ids: pytest.fail("a case file has no one else"), lambda _: None)
    assert isinstance(watch, NoWatch)
    watch.stop()
