"""A team server (PostgreSQL, issue #20): reaching it, setting it up, its members, and what does
not apply there, for `dpo-desk --server URL …` and `dpo-desk server`.

On a server the user is the login the server authenticated (`ServerDatabase.login()`), never a
typed name: the Workbench is made with it (cli/running.py), and a name given besides is refused.
"""

from __future__ import annotations

from ..services.roles import Role
from ..services.team_server import (
    MemberGranted,
    NotOnTeamServer,
    add_team_member,
    no_role_change_yet,
    no_typed_user,
    not_on_team_server,
    set_up_server,
)
from ..storage.door import StorageDoor
from ..storage.server.database import ServerDatabase
from ..storage.server.engine import Tls
from ..storage.server.errors import PasswordNeeded, ServerError

__all__ = [
    "MemberGranted",
    "NotOnTeamServer",
    "PasswordNeeded",
    "ServerDatabase",
    "ServerError",
    "StorageDoor",
    "Tls",
    "add_member",
    "no_role_change_yet",
    "no_typed_user",
    "not_on_team_server",
    "set_up_server",
]


def add_member(
    server: ServerDatabase, login: str, role: str, organisation_codes: tuple[str, ...] = ()
) -> MemberGranted:
    """`dpo-desk --server URL users add LOGIN --role staff|dpo [--org CODE…]`."""
    return add_team_member(server, login, Role(role), organisation_codes)
