"""The one door to storage: a unit of work for writes, a reader for reads, and the hooks that keep
the data safe (verify, backup). Services and the demo come in through here and nowhere else.

- `unit_of_work()`: an ORM Session in one transaction, committed when its `with` block ends
  (all of the user's action is saved, or none of it); `plain(session)` gives the plain queries
  (storage/queries/) the same connection, in the same transaction, with the pending changes flushed.
- `reader()`: a read-only connection the plain queries run on (`Reader.plain`); `reader(orm=True)`
  adds an ORM Session on that same connection and in one read transaction (`Reader.orm`), for the
  reads that need the models. Nothing done through a reader is saved.

`CaseFile` (casefile.py) is the SQLCipher engine behind this door. What differs per engine, so
that a PostgreSQL one (team mode) can stand behind the same door without touching a use case:

- **Search**: SQLite's FTS5 table `request_fts` and its MATCH expressions (queries/search.py,
  services/search.py); on a server a plain `request_fts` table, searched word by word as prefixes
  over its unaccented words (storage/server/search.py); the query functions return the same rows.
- **Plain SQL dialect**: ``?`` parameters and ``json_group_array`` (queries/case_list.py,
  request_detail.py) become ``%s`` and ``json_agg``: the same query functions run PostgreSQL's
  variant on a connection whose `dialect` (queries.dialect_of) says so; the server's reader gives
  its DB-API connection (psycopg's) as `Reader.plain`.
- **Triggers**: the history's hash chain and the append-only guards are SQLite triggers
  (migrations); PostgreSQL writes them in PL/pgSQL, in its own migration branch.
- **Locking**: one writer per file through the lock file (lock.py) and SQLite's own locks;
  on a server many writers run at once, so a unit of work takes row locks (``SELECT … FOR
  UPDATE``) or runs SERIALIZABLE and retries, and `read_only` comes from the member's role.
- **Encryption**: SQLCipher encrypts the file with the data key (keyfile.py, keystore.py: key
  rotation and passphrase changes are this engine's); a server relies on TLS and the server's disk
  encryption, and its key hooks say so instead of rotating anything.
- **Jobs that run once** (`exclusive(job)`): fetching the mail, the purge, the scheduled backup.
  One program writes a case file at a time (its writer lock), so there is nothing more to hold;
  on a server every desk may start them, and a PostgreSQL advisory lock lets one run and tells
  the others who is running it (server/job_locks.py).
- **Verify and backup**: SQLCipher's integrity pragmas and its online backup API into an
  encrypted copy (backup.py); PostgreSQL's `amcheck` and `pg_dump`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Set
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .queries import Connection, Cursor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class Reader:
    """What a reader gives: the plain connection, and the ORM when it was asked for; `dialect`
    says which SQL the plain connection speaks (storage/queries/ picks its variant by it)."""

    plain: Connection
    _orm: Session | None = field(default=None, repr=False)
    dialect: str = "sqlite"

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        """A reader is a Connection too: the plain queries take it as it is."""
        return self.plain.execute(sql, parameters)

    @property
    def orm(self) -> Session:
        """The read's ORM Session, on the same connection as `plain` (`reader(orm=True)` only)."""
        if self._orm is None:
            raise RuntimeError("This reader was opened without the ORM: use reader(orm=True).")
        return self._orm


class SharedJob(Enum):
    """Work that must run in one place at a time for everyone using the store."""

    FETCH_MAIL = 1
    PURGE = 2
    BACKUP = 3


Changed = Callable[[Set[int | None]], None]  # the ids of the requests changed elsewhere (None: something else)
StateChanged = Callable[[Exception | None], None]  # the store was lost (why), or is back (None)


class Watch(Protocol):
    """Changes being watched (`StorageDoor.watch_changes`) until `stop()`."""

    def stop(self) -> None: ...


class NoWatch:
    """Nothing to watch: one program writes a case file at a time, so no change comes from elsewhere."""

    def stop(self) -> None:
        pass


class StorageDoor(Protocol):
    """What any storage engine provides to the services (see the module's docstring)."""

    path: Path
    read_only: bool

    @property
    def is_open(self) -> bool: ...

    def unit_of_work(self) -> contextlib.AbstractContextManager[Session]:
        """One user action, one transaction: saved whole when the block ends, or not at all."""

    def reader(self, *, orm: bool = False) -> contextlib.AbstractContextManager[Reader]:
        """A read-only view of the data; the ORM on the same connection when `orm`."""

    def plain(self, session: Session) -> Connection:
        """A unit of work's own connection for the plain queries, its pending changes flushed."""

    def verify(self) -> list[str]:
        """The engine's integrity checks; the problems found, none when all is well."""

    def backup(self, target: Path | None = None, label: str = "manual") -> Path:
        """A verified copy of the whole store; returns where it went."""

    def checkpoint(self) -> None:
        """Make what was committed durable in the store itself (after a purge: no old page lingers)."""

    def exclusive(self, job: SharedJob) -> contextlib.AbstractContextManager[None]:
        """Hold `job` for the block, or refuse in words saying who is running it elsewhere."""

    def watch_changes(self, on_change: Changed, on_state: StateChanged) -> Watch:
        """Call `on_change` (from another thread) when someone else changes the store; on a case
        file, never. `on_state` says when the store is lost and back."""

    def close(self) -> None: ...


def plain(session: Session) -> Connection:
    """The plain queries' connection inside the unit of work (or ORM read) `session` belongs to.

    The session was made by a door (`unit_of_work()`, `reader(orm=True)`), which it names in its
    `info`; that door says how its engine reaches the connection under the session.
    """
    door: StorageDoor | None = session.info.get("door")
    if door is None:
        raise RuntimeError("This session was not opened through the storage door.")
    return door.plain(session)


__all__ = ["Connection", "Reader", "SharedJob", "StorageDoor", "plain"]
