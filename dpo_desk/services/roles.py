"""Who may do what in a case file (see members.py), read in plain SQL (storage/queries/roles.py).

The window greys out what the user's role does not allow before its first paint, that is before
SQLAlchemy is loaded: this lookup therefore runs on the reader's plain connection.
"""

from __future__ import annotations

from enum import StrEnum

from ..storage.queries import Connection
from ..storage.queries import roles as query


class Role(StrEnum):
    DPO = "dpo"
    STAFF = "staff"


def normalise_login(login: str) -> str:
    return login.strip().lower()


def role_in(conn: Connection, user: str) -> Role | None:
    """The user's role; DPO when the file has no members (one person); None for a non-member."""
    if query.member_count(conn) == 0:
        return Role.DPO
    found = query.member_role(conn, normalise_login(user))
    return Role(found[0]) if found is not None and found[1] else None
