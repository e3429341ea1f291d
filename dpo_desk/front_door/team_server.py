"""A team server (PostgreSQL, issue #20): reaching it and setting it up, for `dpo-desk server`."""

from __future__ import annotations

from ..services.team_server import set_up_server
from ..storage.server.database import ServerDatabase
from ..storage.server.engine import Tls
from ..storage.server.errors import PasswordNeeded

__all__ = ["PasswordNeeded", "ServerDatabase", "Tls", "set_up_server"]
