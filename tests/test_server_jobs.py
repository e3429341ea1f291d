"""Jobs that run in one place at a time on a team server (issue 20): fetching the mail, the purge,
the scheduled backup. Against a real private PostgreSQL server: one desk holds the job, another is
told who holds it and since when, and a desk that dies frees it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
import sqlalchemy as sa

from dpo_desk.storage.door import SharedJob
from dpo_desk.storage.server.database import ServerDatabase
from dpo_desk.storage.server.job_locks import JobRunningElsewhere

from . import test_team_server as base
from .test_team_server import DPO_PASSWORD, OWNER_PASSWORD, STAFF_PASSWORD, TeamDb, _two_organisations

team_db = base.team_db  # the fixture: a database of its own on the session's private server

pytestmark = [pytest.mark.needs_postgres, pytest.mark.clock_free]


def test_one_desk_fetches_and_another_is_told_who(team_db: TeamDb) -> None:
    _two_organisations(team_db)
    with (
        ServerDatabase(team_db.url(team_db.dpo), password=DPO_PASSWORD) as claire,
        ServerDatabase(team_db.url(team_db.staff), password=STAFF_PASSWORD) as bruno,
    ):
        with claire.exclusive(SharedJob.FETCH_MAIL):
            with pytest.raises(JobRunningElsewhere) as refused, bruno.exclusive(SharedJob.FETCH_MAIL):
                pytest.fail("two desks fetched the mail at once")
            said = str(refused.value)
            # Who, always; since when only to a login that may read others' session details (pg_read_all_stats).
            assert refused.value.login == team_db.dpo
            assert said.startswith(f"{team_db.dpo} is already fetching the mail")
            assert "It runs in one place at a time: nothing was started." in said
            with bruno.exclusive(SharedJob.PURGE):  # another job is not held by this one
                pass
            with claire.unit_of_work() as session:  # the holder's own work goes on meanwhile
                session.execute(sa.text("SELECT 1"))
        with (  # released at the end of the block: another desk may take it
            bruno.exclusive(SharedJob.FETCH_MAIL),
            pytest.raises(JobRunningElsewhere),
            claire.exclusive(SharedJob.FETCH_MAIL),
        ):
            pass


def test_the_job_is_released_when_it_fails(team_db: TeamDb) -> None:
    _two_organisations(team_db)
    with ServerDatabase(team_db.url(team_db.dpo), password=DPO_PASSWORD) as claire:
        with pytest.raises(RuntimeError), claire.exclusive(SharedJob.PURGE):
            raise RuntimeError("the purge stopped half-way")
        with (
            ServerDatabase(team_db.url(team_db.staff), password=STAFF_PASSWORD) as bruno,
            bruno.exclusive(SharedJob.PURGE),
        ):
            pass


HOLDER = textwrap.dedent(
    """
    import sys
    from dpo_desk.storage.door import SharedJob
    from dpo_desk.storage.server.database import ServerDatabase
    with ServerDatabase(sys.argv[1], password=sys.argv[2]) as server, server.exclusive(SharedJob.BACKUP):
        print("holding", flush=True)
        sys.stdin.readline()  # killed before it reads anything
    """
)


def test_a_desk_that_dies_frees_the_job(team_db: TeamDb) -> None:
    _two_organisations(team_db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, team_db.url(team_db.dpo), DPO_PASSWORD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner:
            with pytest.raises(JobRunningElsewhere) as refused, owner.exclusive(SharedJob.BACKUP):
                pass
            assert "making the scheduled backup" in str(refused.value)
            holder.kill()
            holder.wait(timeout=30)
            # The server ends the dead program's session, and its lock with it, as soon as it sees the
            # socket closed: polled for up to 10 s (a process outside this one, no signal to wait on).
            deadline = time.monotonic() + 10
            while True:
                try:
                    with owner.exclusive(SharedJob.BACKUP):
                        break
                except JobRunningElsewhere:
                    if time.monotonic() > deadline:
                        pytest.fail("the lock of a program that died was never freed")
                    time.sleep(0.05)
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait(timeout=30)
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()
