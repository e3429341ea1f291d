"""Copying a whole case file between the encrypted file (SQLite) and a team server (PostgreSQL).

The tables of models.Base, in foreign-key order, each in primary-key order, streamed in batches
(a document one row at a time): memory holds one batch, whatever the size of the case file. Ids
are kept, so every reference between rows stays true; the history's rows are copied verbatim
(same seq, time, user, details and hashes), which is what lets the copy verify as the original.
The caller runs the copy inside one transaction on the target and checks it before committing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from ..explained import QT_TRANSLATE_NOOP
from .errors import CaseFileError
from .models import Base

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection

# The target's own identity (created by create_case_file): never overwritten by the source's.
OWN_META = ("file_id", "created_at", "created_with")
BATCH = 1_000
# Tables whose rows carry documents or PDFs: fewer rows at a time, one for the documents themselves.
HEAVY = {"attachment_blob": 1, "letter": 20, "inbox_message": 20, "organisation": 20}

Progress = Callable[[str, int], None]  # (table, rows copied so far in it)


class TransferRefused(CaseFileError):
    """The copy was refused or undone; the target was left as it was."""


@dataclass(frozen=True)
class Counts:
    rows: dict[str, int]

    def __getitem__(self, table: str) -> int:
        return self.rows.get(table, 0)


def tables() -> list[Table]:
    """Every table of the case file, a table always after those it refers to."""
    return list(Base.metadata.sorted_tables)


def _own_rows(table: Table) -> object:
    """The rows of `table` that are copied: in `meta`, all but the target's own identity."""
    return table.c.key.not_in(OWN_META) if table.name == "meta" else None


def _source_rows(table: Table):  # type: ignore[no-untyped-def]
    query = select(table).order_by(*table.primary_key.columns)
    where = _own_rows(table)
    return query.where(where) if where is not None else query  # type: ignore[arg-type]


def count_rows(conn: Connection) -> Counts:
    """How many rows each table holds (meta: besides the file's own identity)."""
    rows: dict[str, int] = {}
    for table in tables():
        query = select(func.count()).select_from(table)
        where = _own_rows(table)
        rows[table.name] = int(conn.execute(query.where(where) if where is not None else query).scalar_one())  # type: ignore[arg-type]
    return Counts(rows)


def copy_tables(source: Connection, target: Connection, progress: Progress | None = None) -> Counts:
    """Every row of `source` inserted into `target` (its transaction): the number copied, per table.

    On any failure the exception says which table (TransferRefused); the caller rolls back.
    """
    copied: dict[str, int] = {}
    for table in tables():
        size = HEAVY.get(table.name, BATCH)
        done = 0
        try:
            result = source.execute(_source_rows(table), execution_options={"yield_per": size})  # streamed
            for batch in result.mappings().partitions(size):
                rows = [dict(row) for row in batch]
                target.execute(insert(table), rows)
                done += len(rows)
                if progress is not None:
                    progress(table.name, done)
        except TransferRefused:
            raise
        except Exception as exc:  # the driver's own words go into the message; the caller undoes it all
            original = getattr(exc, "orig", None) or exc
            why = (str(original).strip().splitlines() or [type(original).__name__])[0]
            raise TransferRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The copy failed at the table {table} ({why}). It was undone: nothing was written.",
                ),
                table=table.name,
                why=why,
            ) from exc
        copied[table.name] = done
    return Counts(copied)


def set_sequences(conn: Connection) -> None:
    """On PostgreSQL, each table's id sequence past the largest id copied (the next row gets a new one)."""
    if conn.dialect.name != "postgresql":
        return  # SQLite takes the next rowid after the largest one by itself
    for table in tables():
        keys = list(table.primary_key.columns)
        if len(keys) != 1:
            continue
        name = table.name
        sequence = conn.exec_driver_sql(
            "SELECT pg_get_serial_sequence(%(t)s, %(c)s)", {"t": name, "c": keys[0].name}
        ).scalar_one()
        if sequence is None:
            continue
        column = conn.dialect.identifier_preparer.quote(keys[0].name)
        quoted = conn.dialect.identifier_preparer.quote(name)
        conn.exec_driver_sql(
            f"SELECT setval(%(s)s, coalesce((SELECT max({column}) FROM {quoted}), 1), "
            f"(SELECT max({column}) FROM {quoted}) IS NOT NULL)",
            {"s": sequence},
        )


def has_schema(conn: Connection) -> bool:
    """Whether a PostgreSQL database already holds DPO Desk's tables."""
    return bool(conn.exec_driver_sql("SELECT to_regclass('alembic_version') IS NOT NULL").scalar_one())


def revision(conn: Connection) -> str | None:
    return conn.exec_driver_sql("SELECT max(version_num) FROM alembic_version").scalar()


def is_owner(conn: Connection) -> tuple[bool, str, str, str]:
    """(the login owns the database, the database, its owner, the login) on PostgreSQL."""
    database, owner, login = conn.exec_driver_sql(
        "SELECT current_database(), pg_get_userbyid(datdba), current_user FROM pg_database "
        "WHERE datname = current_database()"
    ).one()
    return owner == login, str(database), str(owner), str(login)
