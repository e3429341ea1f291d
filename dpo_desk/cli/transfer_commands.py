"""`dpo-desk migrate`: a case file onto a team server, or a team server's case file into a new file (issue 20)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from ..front_door.team_server import Tls
from ..front_door.transfer import copy_to_file, members_to_grant, move_to_server, moved_notices, written_notice
from . import running
from .inputs import UsageError, new_passphrase
from .server_commands import open_server, tls_options

DESCRIPTION = (
    "Run by the database's owner (the password from PGPASSWORD or ~/.pgpass). --to-server copies the "
    "case file (--case-file) into an empty database: migrate makes the schema, the roles and the "
    "row-level security itself, so do not run `server init` first (a database it set up is refused). "
    "--from-server --to-file writes a new encrypted case file (passphrase from DPO_DESK_PASSPHRASE, or "
    "typed twice) that opens alone or moves back. Either way the history is verified before and after, "
    "every table is counted on both sides, and on any difference nothing is written. Logins are the "
    "server's: the file's members are copied as they are, their PostgreSQL logins are to be granted "
    "afterwards."
)


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "migrate",
        help="move the case file onto a team server (PostgreSQL), or a team server's into a new case file",
        description=DESCRIPTION,
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to-server", metavar="URL", help="postgresql://HOST/DATABASE: an empty database")
    where.add_argument("--from-server", metavar="URL", help="postgresql://HOST/DATABASE holding a case file")
    p.add_argument("--to-file", dest="path", type=Path, help="with --from-server: the new case file (.dpodesk)")
    tls_options(p)
    p.set_defaults(handler=migrate, needs_case=False)


def _progress() -> Callable[[str, int], None] | None:
    """On a terminal, the table being copied and its rows so far (a large case file takes minutes)."""
    if not sys.stderr.isatty():
        return None

    def report(table: str, rows: int) -> None:
        print(f"\r{table}: {rows} ", end="", file=sys.stderr, flush=True)

    return report


def migrate(args: argparse.Namespace, _: object) -> int:
    tls = Tls(args.sslmode, args.server_ca_file)
    if args.to_server:
        if args.path is not None:
            raise UsageError("--to-file goes with --from-server; --to-server copies the case file of --case-file.")
        opening = argparse.Namespace(**{**vars(args), "needs_case": True})
        return running.run(lambda a, case: _to_server(a, case, tls), opening)
    if args.path is None:
        raise UsageError("Say where to write the new case file: --to-file FILE.")
    path = Path(args.path).expanduser()
    passphrase = new_passphrase()
    moved = open_server(args.from_server, tls, lambda server: copy_to_file(server, path, passphrase, _progress()))
    _end_progress()
    print(moved.summary())
    print(written_notice(path))
    return 0


def _to_server(args: argparse.Namespace, case: object, tls: Tls) -> int:
    moved = open_server(args.to_server, tls, lambda server: move_to_server(case, server, _progress()))  # type: ignore[arg-type]
    _end_progress()
    print(moved.summary())
    grant = members_to_grant(moved)
    if grant is not None:
        print(grant)
    for notice in moved_notices():
        print(notice)
    sys.stdout.flush()
    return 0


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
