"""A team server (PostgreSQL, issue #20): reaching it, setting it up, its members, and what does
not apply there, for `dpo-desk --server URL …` and `dpo-desk server`.

On a server the user is the login the server authenticated (`ServerDatabase.login()`), never a
typed name: the Workbench is made with it (cli/running.py), and a name given besides is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..explained import QT_TRANSLATE_NOOP
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
from ..storage import keystore
from ..storage.door import StorageDoor
from ..storage.server.database import ServerDatabase
from ..storage.server.engine import Tls, server_url
from ..storage.server.errors import PasswordNeeded, ServerError, ServerUnreachable
from .workbench import Workbench

__all__ = [
    "MemberGranted",
    "NotOnTeamServer",
    "PasswordNeeded",
    "ServerAddress",
    "ServerDatabase",
    "ServerError",
    "ServerUnreachable",
    "StorageDoor",
    "Tls",
    "add_member",
    "address_of",
    "check_team_server",
    "connect_team_server",
    "no_role_change_yet",
    "no_typed_user",
    "not_on_team_server",
    "reconnect",
    "remembered_password",
    "server_title",
    "set_up_server",
    "team_workbench",
]


def add_member(
    server: ServerDatabase, login: str, role: str, organisation_codes: tuple[str, ...] = ()
) -> MemberGranted:
    """`dpo-desk --server URL users add LOGIN --role staff|dpo [--org CODE…]`."""
    return add_team_member(server, login, Role(role), organisation_codes)


# Connecting from the window ------------------------------------------------------------------

TLS_MODES = ("verify-full", "require", "disable")  # libpq's sslmode, as the window offers it
DEFAULT_PORT = 5432
_KEYRING_PREFIX = "team-server:"  # the keyring entry of a remembered password: team-server:LOGIN@HOST:PORT/DB


@dataclass(frozen=True)
class ServerAddress:
    """Where a team server is and who connects: what the connect dialog asks (never a password)."""

    host: str
    port: int
    database: str
    login: str
    tls_mode: str = "verify-full"
    ca_file: str = ""

    def url(self) -> str:
        """postgresql://LOGIN@HOST:PORT/DB (a folder as host: the server's Unix socket there)."""
        from sqlalchemy.engine import URL

        host = self.host.strip()
        socket = host.startswith("/")
        return URL.create(
            "postgresql",
            username=self.login.strip() or None,
            host=None if socket else host or None,
            port=None if socket else self.port,
            database=self.database.strip(),
            query={"host": host, "port": str(self.port)} if socket else {},
        ).render_as_string(hide_password=False)

    @property
    def keyring_name(self) -> str:
        return f"{_KEYRING_PREFIX}{self.login.strip()}@{self.host.strip()}:{self.port}/{self.database.strip()}"

    @property
    def shown(self) -> str:
        """How the window names it: LOGIN on HOST:PORT/DATABASE (its title)."""
        place = self.host.strip() or "localhost"
        return f"{place}:{self.port}/{self.database.strip()}"


def address_of(url: str, tls_mode: str = "", ca_file: str = "") -> ServerAddress:
    """The connect dialog's fields from `dpo-desk --server URL` (ServerError when it is no server's address)."""
    parsed = server_url(url)
    host = parsed.query.get("host") or parsed.host or ""
    port = parsed.query.get("port") or parsed.port or DEFAULT_PORT
    return ServerAddress(
        host=str(host[0] if isinstance(host, tuple) else host),
        port=int(port[0] if isinstance(port, tuple) else port),
        database=parsed.database or "",
        login=parsed.username or "",
        tls_mode=tls_mode or ("disable" if str(host).startswith("/") else "verify-full"),
        ca_file=ca_file,
    )


def _missing(address: ServerAddress) -> ServerError | None:
    for value, missing in (
        (address.host, QT_TRANSLATE_NOOP("Services", "Give the team server's address (its name or IP address).")),
        (address.database, QT_TRANSLATE_NOOP("Services", "Give the name of the database on the team server.")),
        (address.login, QT_TRANSLATE_NOOP("Services", "Give your login on the team server.")),
    ):
        if not value.strip():
            return ServerError(missing)
    if address.tls_mode not in (*TLS_MODES, "verify-ca"):
        return ServerError(QT_TRANSLATE_NOOP("Services", "Choose how the connection is protected (TLS)."))
    if address.ca_file and not Path(address.ca_file).expanduser().is_file():
        return ServerError(
            QT_TRANSLATE_NOOP("Services", "The CA file {path} does not exist: choose the company's certificate file."),
            path=address.ca_file,
        )
    return None


def remembered_password(address: ServerAddress) -> str | None:
    """The password kept in the system keyring for this login on this server, if any."""
    return keystore.recall_secret(address.keyring_name)


def connect_team_server(address: ServerAddress, password: str = "", *, remember: bool = False) -> ServerDatabase:
    """Open the team server for the window; raises ServerError in words (and leaves nothing open).

    The password: the one typed; else the one kept in the system keyring; else libpq's own
    (PGPASSWORD, ~/.pgpass). Kept in the keyring only when `remember`, and once it worked.
    """
    problem = _missing(address)
    if problem is not None:
        raise problem
    typed = password or None
    given = typed if typed is not None else remembered_password(address)
    tls = Tls(address.tls_mode, str(Path(address.ca_file).expanduser()) if address.ca_file else "")
    server = ServerDatabase(address.url(), tls, password=given)
    try:
        _check(server, address.database, address.shown, address.login)
    except PasswordNeeded:
        server.close()
        raise PasswordNeeded(
            QT_TRANSLATE_NOOP(
                "Services",
                "The team server {server} asks for {login}'s password: type it (or keep it in ~/.pgpass). "
                "Nothing was changed.",
            ),
            server=address.shown,
            login=address.login,
        ) from None
    except BaseException:
        server.close()
        raise
    if remember and typed is not None:
        keystore.remember_secret(address.keyring_name, typed)  # KeyringUnavailable says why, in words
    elif not remember and typed is not None:
        keystore.forget_secret(address.keyring_name)
    return server


def check_team_server(server: ServerDatabase, login: str) -> None:
    """What the connect dialog checks, for the command line: the database is set up for DPO Desk,
    `login` is one of its team, and a TLS failure is said as one."""
    _check(server, server.url.database or "", server.address, login)


def _check(server: ServerDatabase, database: str, shown: str, login: str) -> None:
    """The login is accepted, the database is set up for DPO Desk, and this login is one of its team."""
    try:
        with server.reader() as read:
            row = read.execute("SELECT to_regclass('public.request') IS NOT NULL").fetchone()
            if not row or not row[0]:
                raise ServerError(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "The database {database} on {server} is not set up for DPO Desk: its owner runs "
                        "dpo-desk server init first.",
                    ),
                    database=database,
                    server=shown,
                )
            row = read.execute("SELECT has_table_privilege('request', 'SELECT')").fetchone()
            if not row or not row[0]:
                raise ServerError(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "{login} is not a member of the team on {server}: a DPO adds them "
                        "(dpo-desk users add {login}).",
                    ),
                    login=login,
                    server=shown,
                )
    except ServerUnreachable as exc:
        why = str(exc.values.get("why", ""))
        if not isinstance(exc, PasswordNeeded) and any(w in why for w in ("SSL", "certificate", "TLS")):
            raise ServerUnreachable(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The secure connection (TLS) to {server} failed ({why}): check the CA file and the TLS "
                    "choice with whoever runs the server. Nothing was changed.",
                ),
                server=shown,
                why=why,
            ) from None
        raise


def team_workbench(server: ServerDatabase) -> Workbench:
    """The workbench on a team server: its user is the login the server authenticated."""
    return Workbench(server, server.login())


def server_title(server: ServerDatabase, login: str) -> str:
    """How the window's title names it: LOGIN on HOST:PORT/DATABASE."""
    url = server.url
    host = url.query.get("host") or url.host or "localhost"
    place = f"{host[0] if isinstance(host, tuple) else host}:{url.port or DEFAULT_PORT}/{url.database}"
    return f"{login} @ {place}"


def reconnect(server: ServerDatabase, password: str = "") -> ServerDatabase:
    """The same server and login again (after the window was locked): the password typed, else
    libpq's own (PGPASSWORD, ~/.pgpass); ServerError in words when it is refused."""
    again = ServerDatabase(server.url.render_as_string(hide_password=False), server.tls, password=password or None)
    try:
        again.login()
    except BaseException:
        again.close()
        raise
    return again
