"""`dpo-desk server init`: set up a team server (issue 20), run by the database's owner."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import TypeVar

from ..front_door.team_server import PasswordNeeded, ServerDatabase, Tls, set_up_server
from .commands import org_input

OrgOptions = Callable[..., None]
T = TypeVar("T")


def add_parser(sub: argparse._SubParsersAction, org_options: OrgOptions) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("server", help="a team server (PostgreSQL) holding the case file")
    server_sub = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    q = server_sub.add_parser(
        "init",
        help="create the schema, the roles and the first DPO on an empty database (run by its owner)",
        description="The password comes from PGPASSWORD or ~/.pgpass, never from the address.",
    )
    q.add_argument("--url", required=True, help="postgresql://HOST/DATABASE (optionally LOGIN@HOST, ?port=…)")
    org_options(q, required=True)
    q.add_argument("--dpo", required=True, metavar="LOGIN", help="the first DPO's PostgreSQL login (created if new)")
    tls_options(q)
    q.set_defaults(handler=server_init, needs_case=False)


def tls_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sslmode",
        default="",
        choices=["", "disable", "require", "verify-ca", "verify-full"],
        help="TLS to the server (default: verify-full over the network, none on a local socket)",
    )
    parser.add_argument("--ca-file", dest="server_ca_file", default="", help="the company's CA certificate (PEM)")


def open_server(url: str, tls: Tls, act: Callable[[ServerDatabase], T]) -> T:
    """`act` on the server; when libpq found no password (PGPASSWORD, ~/.pgpass), it is asked for
    in a terminal, once, and kept in memory only."""
    server = ServerDatabase(url, tls)
    try:
        with server:
            return act(server)
    except PasswordNeeded:
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise
    with ServerDatabase(url, tls, password=getpass.getpass(f"Password for {server.address}: ")) as typed:
        return act(typed)


def server_init(args: argparse.Namespace, _: object) -> int:
    organisation = org_input(args)
    done, address = open_server(
        args.url,
        Tls(args.sslmode, args.server_ca_file),
        lambda server: (set_up_server(server, organisation, args.dpo), server.address),
    )
    print(f"Set up {address}: schema, roles dpo_desk_dpo and dpo_desk_staff, row-level security.")
    print(f"Organisation {done.organisation} added; {done.dpo} is its DPO.")
    if done.dpo_created:
        print(
            f"Note: the login {done.dpo} was created without a password: set one with psql's "
            f"\\password {done.dpo} (the server must ask for it: scram-sha-256 in pg_hba.conf)."
        )
    return 0
