"""A team server (PostgreSQL, issue #20): reaching it, setting it up, its members, and the
Workbench on it, for `dpo-desk --server URL …` and `dpo-desk server`.

On a server the user is the login the server authenticated (`ServerDatabase.login()`), never a
typed name: the front door makes the Workbench with it, and refuses a name given besides.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..services.roles import Role
from ..services.team_server import (
    MemberGranted,
    NotOnTeamServer,
    add_team_member,
    no_typed_user,
    not_on_team_server,
    set_up_server,
)
from ..storage.door import StorageDoor
from ..storage.server.database import ServerDatabase
from ..storage.server.engine import Tls
from ..storage.server.errors import PasswordNeeded, ServerError
from .workbench import Workbench

__all__ = [
    "MemberGranted",
    "NotOnTeamServer",
    "PasswordNeeded",
    "ServerDatabase",
    "ServerError",
    "StorageDoor",
    "Tls",
    "add_member",
    "no_typed_user",
    "not_on_team_server",
    "set_up_server",
    "team_workbench",
]


def team_workbench(server: ServerDatabase, today: Callable[[], date] = date.today) -> Workbench:
    """The Workbench on a server, as the login the server says this is."""
    return Workbench(server, server.login(), today)


def add_member(
    server: ServerDatabase, login: str, role: str, organisation_codes: tuple[str, ...] = ()
) -> MemberGranted:
    """`dpo-desk --server URL users add LOGIN --role staff|dpo [--org CODE…]`."""
    return add_team_member(server, login, Role(role), organisation_codes)
