"""Work that must run in one place at a time on a team server: fetching the mailboxes, the purge,
the scheduled backup (issue 20). Each desk's window may start them; the first one takes the job's
PostgreSQL advisory lock and the others are told who is running it.

The lock is a session-level advisory lock held on a connection of its own for the whole job (the job
commits many short transactions meanwhile). If the program holding it stops or loses the network,
the server ends its session and the lock is free again: nothing is left to clean up.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING

from ...explained import QT_TRANSLATE_NOOP
from ..door import SharedJob as Job
from .errors import ServerError

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

NAMESPACE = 0x44504F44  # "DPOD": the first key of DPO Desk's advisory locks; the second is the job's value


DOING = {
    Job.FETCH_MAIL: QT_TRANSLATE_NOOP("Services", "fetching the mail"),
    Job.PURGE: QT_TRANSLATE_NOOP("Services", "purging the requests whose retention period is over"),
    Job.BACKUP: QT_TRANSLATE_NOOP("Services", "making the scheduled backup"),
}


class JobRunningElsewhere(ServerError):
    """Another member's program is running this job now; `login` and `since` say who and since when."""

    def __init__(self, job: Job, login: str, since: datetime | None) -> None:
        if since is None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Services", "{login} is already {doing}. It runs in one place at a time: nothing was started."
                ),
                login=login,
                doing=DOING[job],
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{login} is already {doing} (since {time}). It runs in one place at a time: nothing was started.",
                ),
                login=login,
                doing=DOING[job],
                time=since.astimezone().strftime("%H:%M"),
            )
        self.job, self.login, self.since = job, login, since


HOLDER = (
    "SELECT a.usename, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %(namespace)s::oid "
    "AND l.objid = %(job)s::oid AND l.objsubid = 2 AND l.database = "
    "(SELECT oid FROM pg_database WHERE datname = current_database())"
)


@contextlib.contextmanager
def exclusive(
    engine: Engine, job: Job, explain: Callable[[], contextlib.AbstractContextManager[object]] = contextlib.nullcontext
) -> Iterator[None]:
    """Hold `job`'s lock for the block; JobRunningElsewhere (who, since when) if another session holds it.

    `explain`: what turns the driver's failures to reach the server into words (engine.explained).
    """
    keys = {"namespace": NAMESPACE, "job": job.value}
    with contextlib.ExitStack() as stack:
        with explain():
            conn = stack.enter_context(engine.connect())
            driver = conn.connection.driver_connection
            assert driver is not None
            driver.autocommit = True  # a session lock, outside any transaction the job will make
            taken = driver.execute("SELECT pg_try_advisory_lock(%(namespace)s, %(job)s)", keys).fetchone()
            if not (taken and taken[0]):
                holder = driver.execute(HOLDER, keys).fetchone()
                login, since = (str(holder[0]), holder[1]) if holder else ("", None)
                raise JobRunningElsewhere(job, login or "?", since)
        try:
            yield
        finally:
            with contextlib.suppress(Exception):  # a lost connection has freed it already
                driver.execute("SELECT pg_advisory_unlock(%(namespace)s, %(job)s)", keys)
                driver.autocommit = False
