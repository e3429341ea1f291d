"""What can go wrong on a team server, said for the person at the desk."""

from __future__ import annotations

from ..errors import CaseFileError


class ServerError(CaseFileError):
    """Base of the expected failures around a team server."""


class ServerUnreachable(ServerError):
    """No answer, or the login was refused (password, pg_hba.conf, TLS)."""


class PasswordNeeded(ServerUnreachable):
    """The server asks for a password and libpq found none (PGPASSWORD, ~/.pgpass): ask the person."""


class ServerRefused(ServerError):
    """The server refused an act: this login's role does not allow it."""


class ServerAlreadySetUp(ServerError):
    pass


class NotTheOwner(ServerError):
    pass
