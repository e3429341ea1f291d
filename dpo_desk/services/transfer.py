"""Moving a case file onto a team server, and a team server's case file back into a file (issue 20).

A team can start alone with an encrypted file and grow: `migrate --to-server` copies the file into
an empty database, `migrate --from-server --to-file` writes a new encrypted file from a server
(which opens alone, or moves back). Both the same way, run by the database's owner (who alone sees
every organisation's rows, row-level security does not apply to it, and who may insert the
history's events verbatim):
- the history is verified on the source first (a broken chain is not moved);
- the whole copy is one transaction on the target: on any failure or difference nothing is left;
- before committing, every table's rows are counted on both sides, the copied history is verified
  on the target and its head must be the source's.
Nothing is added to the history by the move itself: the copy's history is the original's, byte for byte.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..explained import QT_TRANSLATE_NOOP, Words
from ..storage import migrate, transfer
from ..storage.casefile import CaseFile, create_case_file, delete_case_file, open_case_file
from ..storage.models import Member
from ..storage.server import schema
from ..storage.server.database import ServerDatabase
from ..storage.server.engine import explained
from ..storage.server.errors import NotTheOwner, ServerError
from ..storage.transfer import Counts, TransferRefused
from . import events

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from ..storage import keyfile


@dataclass(frozen=True)
class Moved:
    """What was copied, and how long it took."""

    source: str
    target: str
    counts: Counts
    head: int  # the last event's seq, the same on both sides
    seconds: float
    members: list[tuple[str, str]] = field(default_factory=list)  # (login, role) of the active members

    def summary(self) -> Words:
        return Words(
            QT_TRANSLATE_NOOP(
                "Services",
                "Copied {source} to {target}: {requests} requests, {letters} letters, {documents} documents, "
                "{events} events of history, verified before and after ({seconds} s).",
            ),
            source=self.source,
            target=self.target,
            requests=self.counts["request"],
            letters=self.counts["letter"],
            documents=self.counts["attachment_blob"],
            events=self.counts["event"],
            seconds=f"{self.seconds:.1f}",
        )


def move_to_server(case: CaseFile, server: ServerDatabase, progress: transfer.Progress | None = None) -> Moved:
    """The case file copied into the server's empty database (its schema made when it has none)."""
    started = time.monotonic()
    with case.reader(orm=True) as read, explained(server.url), server.unit_of_work() as session:
        conn = session.connection()
        _prepare_server(conn, server.address)
        counts, head = _copy(read.orm, session, str(case.path), server.address, progress)
        members = [
            (str(login), str(role))
            for login, role in read.orm.execute(
                select(Member.login, Member.role).where(Member.active.is_(True)).order_by(Member.login)
            )
        ]
    return Moved(str(case.path), server.address, counts, head, time.monotonic() - started, members)


def copy_to_file(
    server: ServerDatabase,
    path: Path,
    passphrase: str,
    progress: transfer.Progress | None = None,
    kdf: keyfile.KdfParams | None = None,
) -> Moved:
    """A new encrypted case file at `path` holding the server's whole case file; nothing left on failure."""
    started = time.monotonic()
    target = create_case_file(path, passphrase, kdf=kdf)
    try:
        with _whole_server(server) as source, target.unit_of_work() as session:
            counts, head = _copy(source, session, server.address, str(path), progress)
    except BaseException:
        target.close()
        delete_case_file(path)
        raise
    target.close()
    try:
        _check_opens_alone(path, passphrase, head)
    except BaseException:
        delete_case_file(path)
        raise
    return Moved(server.address, str(path), counts, head, time.monotonic() - started)


@contextmanager
def _whole_server(server: ServerDatabase) -> Iterator[Session]:
    """A read of the server as one snapshot (REPEATABLE READ: writers meanwhile are not half-seen), by its owner."""
    with server.reader(orm=True) as read:
        conn = read.orm.connection()
        conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        _require_owner(conn)
        if not transfer.has_schema(conn):
            raise TransferRefused(
                QT_TRANSLATE_NOOP("Services", "The team server {server} holds no case file. Nothing was written."),
                server=server.address,
            )
        _same_schema(conn, server.address)
        with explained(server.url):
            yield read.orm


def _require_owner(conn: Connection) -> None:
    owns, database, owner, login = transfer.is_owner(conn)
    if not owns:
        raise NotTheOwner(
            QT_TRANSLATE_NOOP(
                "Services",
                "Only the owner of the database {database} ({owner}) can move a case file onto it or out of it "
                "(everyone else sees only their organisations); {login} is not. Nothing was changed.",
            ),
            database=database,
            owner=owner,
            login=login,
        )


def _same_schema(conn: Connection, where: str) -> None:
    found, expected = transfer.revision(conn), migrate.head_revision()
    if found != expected:
        raise TransferRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The case file on {server} is at schema {found}, this DPO Desk at {expected}: use the same "
                "version of DPO Desk on both sides. Nothing was changed.",
            ),
            server=where,
            found=found,
            expected=expected,
        )


def _prepare_server(conn: Connection, address: str) -> None:
    """Refuse unless the owner is moving into an empty database; make the schema when there is none."""
    _require_owner(conn)
    if not transfer.has_schema(conn):
        schema.create_schema(conn)
        return
    _same_schema(conn, address)
    held = transfer.count_rows(conn)
    if held["request"]:
        raise TransferRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The team server {server} already holds {count} requests: a case file is moved only into an "
                "empty database, never merged into another. Nothing was changed.",
            ),
            server=address,
            count=held["request"],
        )
    if any(held.rows.values()):
        raise TransferRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The team server {server} already holds organisations, users or a history (set up by server "
                "init?): move the case file into a new, empty database; migrate makes the schema itself. "
                "Nothing was changed.",
            ),
            server=address,
        )


def _copy(
    source: Session, target: Session, source_name: str, target_name: str, progress: transfer.Progress | None
) -> tuple[Counts, int]:
    """The copy in the target's transaction, checked; TransferRefused (the caller rolls back) on any difference."""
    problems = events.verify_chain(source)
    if problems:
        raise TransferRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "The history of {source} does not verify (event {seq} {problem}): run dpo-desk verify; "
                "a broken history is not moved. Nothing was changed.",
            ),
            source=source_name,
            seq=problems[0].seq,
            problem=problems[0].problem,
        )
    head = events.checkpoint(source)
    source_conn, target_conn = source.connection(), target.connection()
    expected = transfer.count_rows(source_conn)
    copied = transfer.copy_tables(source_conn, target_conn, progress)
    transfer.set_sequences(target_conn)
    found = transfer.count_rows(target_conn)
    for table, rows in expected.rows.items():
        if copied[table] != rows or found[table] != rows:
            raise TransferRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "After the copy, the table {table} holds {found} rows on {target} instead of {expected}: "
                    "the copy was undone. Nothing was changed.",
                ),
                table=table,
                found=found[table],
                target=target_name,
                expected=rows,
            )
    problems = events.verify_chain(target)
    if problems or events.checkpoint(target) != head:
        raise TransferRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "After the copy, the history on {target} does not verify ({problem}): the copy was undone. "
                "Nothing was changed.",
            ),
            target=target_name,
            problem=f"event {problems[0].seq} {problems[0].problem}" if problems else "another last event",
        )
    return found, head.seq if head is not None else 0


def _check_opens_alone(path: Path, passphrase: str, head: int) -> None:
    """The new file opened on its own, with its passphrase, and its history verified there."""
    case = open_case_file(path, passphrase=passphrase, use_keyring=False, read_only=True)
    try:
        with case.reader(orm=True) as read:
            problems = events.verify_chain(read.orm)
            last = events.checkpoint(read.orm)
    finally:
        case.close()
    if problems or (last.seq if last else 0) != head:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Services",
                "{path} did not verify when opened alone after the copy: it was removed.",
            ),
            path=path,
        )


def members_to_grant(moved: Moved) -> Words | None:
    """The file's members, whose PostgreSQL logins the server does not give yet (out of the move's scope)."""
    if not moved.members:
        return None
    return Words(
        QT_TRANSLATE_NOOP(
            "Services",
            "Members copied from the case file, whose PostgreSQL logins are still to be granted on the "
            "server (users add): {members}.",
        ),
        members=", ".join(f"{login} ({role})" for login, role in moved.members),
    )


def moved_notices() -> list[Words]:
    """What is said after a move onto a server, besides the summary."""
    return [
        Words(
            QT_TRANSLATE_NOOP(
                "Services",
                "Until logins are granted, only the database's owner can open the case file on the server.",
            )
        ),
        Words(
            QT_TRANSLATE_NOOP(
                "Services",
                "The case file itself was left as it was: keep it as an archive, and work on the server from now on.",
            )
        ),
    ]


def written_notice(path: Path) -> Words:
    """What is said after a server's case file was written into a new file."""
    return Words(
        QT_TRANSLATE_NOOP(
            "Services",
            "{path} opens alone with its passphrase (dpo-desk --case-file {path} verify checks it again), "
            "or moves back onto a server with migrate --to-server.",
        ),
        path=path,
    )
