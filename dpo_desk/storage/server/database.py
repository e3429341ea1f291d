"""The door to a team server, as the case file offers it (storage/door.py's StorageDoor, issue 18):
unit_of_work() for writes, reader() for reads, plain(session) for the plain queries."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ...explained import QT_TRANSLATE_NOOP
from ..door import Changed, Reader, SharedJob, StateChanged, Watch
from ..queries import POSTGRESQL, Connection, Cursor
from .engine import Tls, explained, make_engine, server_url, shown
from .errors import ServerError

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine
    from sqlalchemy.orm import Session, sessionmaker


@dataclass
class ServerReader(Reader):
    """door.Reader on a server: psycopg's own connection (plain SQL, %s parameters), and an ORM
    Session on it when asked for."""

    dialect: str = POSTGRESQL

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        # No parameters: the SQL is sent as written (a literal % stays itself).
        return self.plain.execute(sql, parameters or None)


class ServerDatabase:
    """A case file held by a PostgreSQL server. Each person connects with their own login: what
    they may read and change is the server's decision (grants, row-level security)."""

    read_only = False  # what a login may change is the server's to say, not a flag here

    def __init__(self, url: str, tls: Tls | None = None, password: str | None = None) -> None:
        self.url: URL = server_url(url)
        self._tls = tls or Tls()
        self._password = password
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.commits = 0  # as CaseFile.commits: whoever reports a later failure knows a change was saved
        self.path = Path(self.url.database or "")  # the door's name for its store (the window's title)
        self.notices: list[str] = []  # as CaseFile's: what the window says once it is open
        self._own_backends: set[int] = set()  # the server processes of this door's connections (changes.py)

    @property
    def tls(self) -> Tls:
        return self._tls

    @property
    def address(self) -> str:
        return shown(self.url)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from .changes import track_own_backends

            self._engine = make_engine(self.url, self._tls, self._password)
            track_own_backends(self._engine, self._own_backends)
        return self._engine

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action = one short transaction: all of it is saved, or none of it."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False, info={"door": self})
        with explained(self.url), self._sessions() as session, session.begin():
            yield session
        self.commits += 1

    @contextlib.contextmanager
    def reader(self, *, orm: bool = False) -> Iterator[ServerReader]:
        """A read-only transaction: plain SQL on psycopg's connection, the ORM on the same one when `orm`."""
        from sqlalchemy.orm import Session

        with explained(self.url), self.engine.connect() as conn, conn.begin():
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            session = Session(bind=conn, info={"door": self}) if orm else None
            try:
                yield ServerReader(cast("Connection", conn.connection.driver_connection), session)
            finally:
                if session is not None:
                    session.close()

    def plain(self, session: Session) -> Connection:
        """The unit of work's own psycopg connection, in its transaction, its pending changes flushed."""
        session.flush()
        return cast("Connection", session.connection().connection.driver_connection)

    def verify(self) -> list[str]:
        raise self._not_yet("verify")

    def backup(self, target: Path | None = None, label: str = "manual") -> Path:
        raise self._not_yet("backup")

    def checkpoint(self) -> None:
        """Nothing to do: the server's own storage keeps what was committed (a file's lingering pages
        have no counterpart here)."""

    def _not_yet(self, command: str) -> ServerError:
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Services",
                "dpo-desk {command} does not work on a team server yet ({server}): use the server's own tools "
                "(pg_dump, amcheck) meanwhile. Nothing was done.",
            ),
            command=command,
            server=self.address,
        )

    def exclusive(self, job: SharedJob) -> contextlib.AbstractContextManager[None]:
        """Run `job` here only if no other desk is running it (an advisory lock held meanwhile)."""
        from .job_locks import exclusive

        return exclusive(self.engine, job, lambda: explained(self.url))

    def watch_changes(self, on_change: Changed, on_state: StateChanged) -> Watch:
        """Hear of the changes others make, as they commit (changes.py: LISTEN/NOTIFY, its own
        connection and thread); the door's own changes are not reported."""
        from .changes import ChangeListener

        return ChangeListener(
            self.url, self._tls, self._password, on_change, on_state, own=self._own_backends.__contains__
        )

    def login(self) -> str:
        """Who the server says this is: the login recorded in the history, never a typed name."""
        with self.reader() as read:
            row = read.execute("SELECT current_user").fetchone()
        return str(row[0]) if row else ""

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._sessions = None

    def __enter__(self) -> ServerDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
