"""The door to a team server, as the case file offers it: unit_of_work() and reader()."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .engine import Tls, explained, make_engine, server_url, shown

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker


class ServerDatabase:
    """A case file held by a PostgreSQL server. Each person connects with their own login: what
    they may read and change is the server's decision (grants, row-level security)."""

    def __init__(self, url: str, tls: Tls | None = None) -> None:
        self.url: URL = server_url(url)
        self._tls = tls or Tls()
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.commits = 0  # as CaseFile.commits: whoever reports a later failure knows a change was saved

    @property
    def address(self) -> str:
        return shown(self.url)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = make_engine(self.url, self._tls)
        return self._engine

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action = one short transaction: all of it is saved, or none of it."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with explained(self.url), self._sessions() as session, session.begin():
            yield session
        self.commits += 1

    @contextlib.contextmanager
    def reader(self) -> Iterator[Connection]:
        """A connection in a read-only transaction, for plain-SQL reads (the list, the counts)."""
        with explained(self.url), self.engine.connect() as conn, conn.begin():
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            yield conn

    def login(self) -> str:
        """Who the server says this is: the login recorded in the history, never a typed name."""
        with self.reader() as conn:
            return str(conn.exec_driver_sql("SELECT current_user").scalar_one())

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        self._sessions = None

    def __enter__(self) -> ServerDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
