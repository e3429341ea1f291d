"""Who may do what in a case file (see members.py), read in plain SQL.

The window greys out what the user's role does not allow before its first paint, that is before
SQLAlchemy is loaded: this lookup therefore runs on the driver connection.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Role(StrEnum):
    DPO = "dpo"
    STAFF = "staff"


def normalise_login(login: str) -> str:
    return login.strip().lower()


def role_in(conn: Any, user: str) -> Role | None:
    """The user's role; DPO when the file has no members (one person); None for a non-member.

    `conn` is a DB-API connection to the case file.
    """
    if conn.execute("SELECT count(*) FROM member").fetchone()[0] == 0:
        return Role.DPO
    row = conn.execute("SELECT role, active FROM member WHERE login = ?", (normalise_login(user),)).fetchone()
    return Role(row[0]) if row is not None and row[1] else None
