"""The door to a team server, as the case file offers it (storage/door.py's StorageDoor, issue 18):
unit_of_work() for writes, reader() for reads, plain(session) for the plain queries."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..door import SharedJob
from .engine import Tls, explained, make_engine, server_url, shown

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.engine import URL, Engine
    from sqlalchemy.orm import Session, sessionmaker


@dataclass
class ServerReader:
    """What a reader gives, shaped as door.Reader: psycopg's own connection (plain SQL, %s
    parameters), and an ORM Session on it when asked for. To become door.Reader once that is merged."""

    plain: psycopg.Connection[Any]
    _orm: Session | None = field(default=None, repr=False)

    def execute(self, sql: str, parameters: Any = (), /) -> psycopg.Cursor[Any]:
        return self.plain.execute(sql, parameters or None)

    @property
    def orm(self) -> Session:
        if self._orm is None:
            raise RuntimeError("This reader was opened without the ORM: use reader(orm=True).")
        return self._orm


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

    @property
    def address(self) -> str:
        return shown(self.url)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url, self._tls, self._password)
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
                yield ServerReader(conn.connection.driver_connection, session)  # type: ignore[arg-type]
            finally:
                if session is not None:
                    session.close()

    def plain(self, session: Session) -> psycopg.Connection[Any]:
        """The unit of work's own psycopg connection, in its transaction, its pending changes flushed."""
        session.flush()
        return session.connection().connection.driver_connection  # type: ignore[return-value]

    def exclusive(self, job: SharedJob) -> contextlib.AbstractContextManager[None]:
        """Run `job` here only if no other desk is running it (an advisory lock held meanwhile)."""
        from .job_locks import exclusive

        return exclusive(self.engine, job, lambda: explained(self.url))

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
