"""How a command runs: its case file opened and closed around it, its refusals and failures said,
and the small readers of its arguments the commands share."""

from __future__ import annotations

import argparse
import functools
import getpass
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ..explained import QT_TRANSLATE_NOOP
from ..front_door.case_files import CaseFile, failures_explained, open_case_file
from ..front_door.case_steps import file_from_path
from ..front_door.errors import ActionRefused, CaseFileError, StorageFailure
from ..front_door.team_server import (
    PasswordNeeded,
    ServerDatabase,
    StorageDoor,
    Tls,
    check_team_server,
    no_typed_user,
    not_on_team_server,
)
from ..front_door.views import FileInput
from ..front_door.workbench import Workbench
from .inputs import UsageError, parse_day, passphrase_from_env_or_prompt

EXPECTED = (CaseFileError, ActionRefused, ValueError)
MAILBOX_PASSWORD = "DPO_DESK_MAILBOX_PASSWORD"

Handler = Callable[[argparse.Namespace, CaseFile | None], int]


def default_user() -> str:
    """Who acts on a case file when --user is not given: the computer's login."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def mailbox_password() -> str | None:
    """The mailbox password given in the environment: used when the keyring holds none."""
    return os.environ.get(MAILBOX_PASSWORD) or None


def bench(args: argparse.Namespace, case: StorageDoor | None) -> Workbench:
    """The front door for this command: its case file or team server, its user, today."""
    assert case is not None
    return Workbench(case, args.user)


class Refused(UsageError):
    """DPO Desk refused what was asked, and did nothing: a sentence on stderr and exit code 2."""


def refusals_exit_2(handler: Handler) -> Handler:
    """The command's refusals (ActionRefused: nothing sent, nothing recorded) exit with 2, as the
    issues ask of refusals; a case file that cannot be read or written stays 1."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace, case: CaseFile | None) -> int:
        try:
            return handler(args, case)
        except ActionRefused as exc:
            raise Refused(str(exc)) from None

    return run


def case_path(args: argparse.Namespace) -> Path:
    if args.case_file is None:
        raise UsageError("Say which case file: --case-file PATH, or set DPO_DESK_CASE_FILE.")
    return Path(args.case_file).expanduser()


class AfterCommit(Exception):
    """A failure that came after the command's change was committed (writing its output, closing).

    Whoever reports it must say that the change was saved: the user would otherwise do it twice.
    """

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


def run(handler: Handler, args: argparse.Namespace) -> int:
    """Open the case file if the command needs one, run the command, always close.

    A failure of the disk or of the file is said as what it is (storage/failures.py); one that
    comes after a commit is raised as AfterCommit.
    """
    if getattr(args, "server", None):
        return _on_server(handler, args)
    if getattr(args, "user", None) is None:
        args.user = default_user()
    if not getattr(args, "needs_case", True):
        return _without_case(handler, args)
    path = case_path(args)
    passphrase = passphrase_from_env_or_prompt if getattr(args, "needs_passphrase", True) else None
    with failures_explained(path):
        case = open_case_file(
            path,
            passphrase=passphrase,
            use_keyring=not args.no_keyring,
            read_only=getattr(args, "read_only", False) or getattr(args, "open_read_only", False),
        )
    try:
        for notice in case.notices:
            print(f"dpo-desk: note: {notice}", file=sys.stderr)
        try:
            with failures_explained(path):
                code = handler(args, case)
        except DBAPIError as exc:
            raise StorageFailure(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The case file could not be read or written ({why}). Nothing from this command was saved.",
                ),
                why=exc.orig,
            ) from None
        if case.commits:  # the daily backup (issue #19): never before the work, never for a command that read
            sys.stdout.flush()
            with failures_explained(path):
                made = case.automatic_backup()
            if made is not None:
                print(f"dpo-desk: note: daily backup written to {made}.", file=sys.stderr)
        return code
    except BaseException as exc:
        _said_after_commit(case.commits, exc)
        raise
    finally:
        case.close()
        if case.lock_notice:
            print(f"dpo-desk: note: {case.lock_notice}", file=sys.stderr)


def _connect(args: argparse.Namespace) -> tuple[ServerDatabase, str]:
    """The team server and the login it authenticated; when libpq found no password (PGPASSWORD,
    ~/.pgpass), it is asked for in a terminal, once, and kept in memory only."""
    tls = Tls(args.server_sslmode, args.server_ca)
    server = ServerDatabase(args.server, tls)
    try:
        return server, server.login()
    except PasswordNeeded:
        server.close()
        if not (sys.stdin is not None and sys.stdin.isatty()):
            raise
    typed = ServerDatabase(args.server, tls, password=getpass.getpass(f"Password for {server.address}: "))
    return typed, typed.login()


def _on_server(handler: Handler, args: argparse.Namespace) -> int:
    """The command on a team server: the user is the login the server authenticated."""
    if getattr(args, "user", None) is not None:
        raise Refused(str(no_typed_user()))
    if getattr(args, "file_only", False):
        raise Refused(str(not_on_team_server(args.command, ServerDatabase(args.server).address)))
    if not getattr(args, "needs_case", True):  # deadline, demo, server init: no case file to open
        return _without_case(handler, args)
    if getattr(args, "case_file", None) is not None:
        raise UsageError(
            "Give either a case file (--case-file, DPO_DESK_CASE_FILE) or a team server "
            "(--server, DPO_DESK_SERVER), not both."
        )
    server, args.user = _connect(args)
    try:
        check_team_server(server, args.user)
        return handler(args, server)  # type: ignore[arg-type]  # the handlers take any StorageDoor
    except BaseException as exc:
        _said_after_commit(server.commits, exc)
        raise
    finally:
        server.close()


def _without_case(handler: Handler, args: argparse.Namespace) -> int:
    """init, restore, deadline, demo: a full disk is said as such there too."""
    target = getattr(args, "path", None) or getattr(args, "case_file", None)
    if target is None:
        return handler(args, None)
    with failures_explained(Path(target).expanduser()):
        return handler(args, None)


def day(value: str | None, what: str = "date") -> date:
    return parse_day(value, what) if value else date.today()


def output_file(path: Path) -> Path:
    output = Path(path).expanduser()
    if not output.parent.is_dir():
        raise UsageError(f"The folder {output.parent} does not exist.")
    return output


def read_file(path: Path, kind: str = "document") -> FileInput:
    """A file to attach, refused by its size before it is read: a refusal exits 2, like the others.

    Its bytes are read when it is stored, a chunk at a time (issue #19).
    """
    try:
        return file_from_path(path, kind)
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except ActionRefused as exc:
        raise Refused(str(exc)) from None


def read_bytes(path: Path) -> bytes:
    """The bytes of a file the command reads itself (a spreadsheet, a mapping), within the same limit."""
    item = read_file(path)
    if item.path is None:
        return item.data
    try:
        return item.path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def _said_after_commit(commits: int, exc: BaseException) -> None:
    """A failure once something was saved is said as such (AfterCommit); a refusal says itself what
    was not done (a send refused records only that it failed)."""
    if commits and not isinstance(exc, AfterCommit | Refused):
        raise AfterCommit(exc) from exc
