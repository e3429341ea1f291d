"""Reaching a team server: a postgresql:// URL, libpq's own password sources, TLS verified.

The password is never part of the URL: libpq (inside psycopg) takes it from PGPASSWORD or
~/.pgpass (PGPASSFILE), as every PostgreSQL tool does. On the network the certificate is verified
(sslmode=verify-full, against the company's CA file when given) unless the URL says otherwise; a
local Unix socket carries no TLS.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ...explained import QT_TRANSLATE_NOOP
from .errors import PasswordNeeded, ServerError, ServerRefused, ServerUnreachable

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine

DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_S = 10
# SQLSTATE classes that mean "this login may not do that" (42501) or "who are you" (28: authorization).
INSUFFICIENT_PRIVILEGE = "42501"


@dataclass(frozen=True)
class Tls:
    """TLS to the server. mode: libpq's sslmode ("" = verify-full over the network); ca_file: the
    company's certificate authority (sslrootcert), "" = libpq's default (~/.postgresql/root.crt)."""

    mode: str = ""
    ca_file: str = ""


def server_url(text: str) -> URL:
    """The URL to give SQLAlchemy; ServerError when it is not a PostgreSQL address or holds a password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text)
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() != "postgresql" or not url.database:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Services",
                "{url} is not the address of a team server: write it as postgresql://HOST/DATABASE.",
            ),
            url=text,
        )
    if url.password:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Services",
                "Do not write the password in the server's address (it would stay in the shell's history): "
                "PostgreSQL takes it from PGPASSWORD or ~/.pgpass.",
            )
        )
    return url.set(drivername=DRIVER)


def shown(url: URL) -> str:
    """The address as told to the user: never a password."""
    return unquote(url.set(drivername="postgresql").render_as_string(hide_password=True))


def _host(url: URL) -> str:
    host = url.query.get("host") or url.host or ""
    return str(host[0] if isinstance(host, tuple) else host)


def is_local_socket(url: URL) -> bool:
    """A Unix socket (no host, or a folder as host): no TLS there, the kernel carries the bytes."""
    host = _host(url)
    return not host or host.startswith("/") or host.startswith("@")


def connect_arguments(url: URL, tls: Tls = Tls()) -> dict[str, str]:
    """What psycopg is given besides the URL (libpq keywords)."""
    arguments = {
        "application_name": "DPO Desk",
        "connect_timeout": str(CONNECT_TIMEOUT_S),
        # Times are read and written in UTC, whatever the server's or the login's time zone.
        "options": "-c TimeZone=UTC",
    }
    if "sslmode" not in url.query:
        if tls.mode:
            arguments["sslmode"] = tls.mode
        elif not is_local_socket(url):
            arguments["sslmode"] = "verify-full"
    if tls.ca_file:
        arguments["sslrootcert"] = tls.ca_file
    return arguments


def make_engine(url: URL, tls: Tls = Tls(), password: str | None = None) -> Engine:
    """`password`: one the person typed, when libpq found none of its own (kept in memory only)."""
    from sqlalchemy import create_engine

    arguments = connect_arguments(url, tls)
    if password is not None:
        arguments["password"] = password
    return create_engine(url, connect_args=arguments, pool_size=2, max_overflow=4, pool_pre_ping=True)


@contextlib.contextmanager
def explained(url: URL) -> Iterator[None]:
    """A driver failure said as what it means for the user: unreachable, or refused by the server.

    Both SQLAlchemy's wrapping of it (ORM, engine) and psycopg's own (a reader's plain connection).
    """
    import psycopg
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except (DBAPIError, psycopg.Error) as exc:
        original = exc.orig if isinstance(exc, DBAPIError) else exc
        invalidated = isinstance(exc, DBAPIError) and exc.connection_invalidated
        sqlstate = getattr(original, "sqlstate", None)
        text = str(original).strip()
        why = text.splitlines()[0] if text else type(original).__name__
        if sqlstate == INSUFFICIENT_PRIVILEGE:
            raise ServerRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The team server refused this ({why}): your role does not allow it. Nothing was changed.",
                ),
                why=why,
            ) from None
        no_connection = sqlstate is None and isinstance(original, psycopg.OperationalError)
        if no_connection and "no password supplied" in text:
            raise PasswordNeeded(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The team server {server} asks for a password: set PGPASSWORD or write it in ~/.pgpass, "
                    "or run this in a terminal to type it. Nothing was changed.",
                ),
                server=shown(url),
            ) from None
        if no_connection or invalidated or (sqlstate or "").startswith(("08", "28")):
            raise ServerUnreachable(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The team server {server} could not be reached, or refused the login ({why}). Nothing was changed.",
                ),
                server=shown(url),
                why=why,
            ) from None
        raise
