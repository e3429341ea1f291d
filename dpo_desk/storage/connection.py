"""Low-level SQLCipher connections: key, pragmas, and telling a wrong key from a good one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SQLITE_NOTADB = 26
PAGE_CACHE_KIB = 64 * 1024  # encrypted pages are decrypted again on every cache miss
BUSY_TIMEOUT_MS = 5000


class KeyDoesNotOpen(Exception):
    """The key does not decrypt this file (or the file is not an SQLCipher database)."""


def raw_key_pragma(key: bytes) -> str:
    # A raw key ("x'..'") skips SQLCipher's PBKDF2: opening costs ~0.3 ms instead of ~200 ms.
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, wal: bool = True, read_only: bool = False) -> sqlcipher3.Connection:
    """An open, keyed, configured connection; KeyDoesNotOpen when the key is not the file's."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(raw_key_pragma(key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == SQLITE_NOTADB or "not a database" in str(exc):
                raise KeyDoesNotOpen(str(exc)) from None
            raise
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            # What is deleted (destroyed ID copies, purged cases) is overwritten, not left in free pages.
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
            # FULL: a commit survives power loss too, not only a killed process.
            conn.execute("PRAGMA synchronous = FULL")
        return conn
    except BaseException:
        conn.close()
        raise


def cipher_version(conn: sqlcipher3.Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""


def driver_connection(session: Session) -> sqlcipher3.Connection:
    """The session's own driver connection, in its transaction, with its pending changes flushed.

    For the plain-SQL reads (the case list, roles) that must also run before SQLAlchemy is loaded.
    """
    session.flush()
    return session.connection().connection.driver_connection
