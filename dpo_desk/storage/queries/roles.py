"""Members and their roles, read in plain SQL (the window greys out what a role may not do before
SQLAlchemy is loaded)."""

from __future__ import annotations

from . import Connection, run


def member_count(conn: Connection) -> int:
    return int(run(conn, "SELECT count(*) FROM member").fetchone()[0])


def member_role(conn: Connection, login: str) -> tuple[str, bool] | None:
    """(role, active) of the member with this (normalised) login; None when there is none."""
    row = run(conn, "SELECT role, active FROM member WHERE login = ?", (login,)).fetchone()
    return (str(row[0]), bool(row[1])) if row is not None else None
