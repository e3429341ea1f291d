"""The commands about the case file as a whole: creating it (or the demo), backing it up and
restoring it, its passphrase and key, its users, the retention purge."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from ..domain.references import normalise_code
from ..front_door import setup
from ..front_door.case_files import CaseFile
from ..front_door.errors import ActionRefused
from ..front_door.team_server import ServerDatabase, add_member, no_role_change_yet
from .commands import org_input
from .inputs import MAX_DEMO_CASES, UsageError, new_passphrase, passphrase_from_env_or_prompt
from .running import Refused, bench, case_path


def init(args: argparse.Namespace, _: CaseFile | None) -> int:
    path = case_path(args)
    org = org_input(args)
    remember = args.remember and not args.no_keyring
    with setup.new_case_file(path, new_passphrase(), org, user=args.user, remember=remember) as case:
        print(f"Created {path} and its key file {path.name}-key (keep the two together).")
        for notice in case.notices:
            print(f"Note: {notice}")
    if not org.dpo_email.strip():
        print(
            "Note: letters name the DPO's email address; set it with "
            f"`dpo-desk org set {normalise_code(org.code)} --dpo-email ADDRESS` before writing them."
        )
    return 0


def demo(args: argparse.Namespace, _: CaseFile | None) -> int:
    from ..front_door import demo as demo_file  # loads the ORM and the sample's services: only here

    path = Path(args.path).expanduser()
    passphrase = os.environ.get("DPO_DESK_PASSPHRASE") or demo_file.DEMO_PASSPHRASE
    if args.cases is None:
        demo_file.open_demo(path, passphrase=passphrase).close()
    else:
        if not 1 <= args.cases <= MAX_DEMO_CASES:
            raise UsageError(f"--cases must be between 1 and {MAX_DEMO_CASES}.")
        started = time.monotonic()

        def report(done: int, total: int) -> None:
            print(f"\r{done:>7} / {total} requests", end="", file=sys.stderr, flush=True)

        demo_file.write_bulk_demo(path, args.cases, passphrase, progress=report if sys.stderr.isatty() else None)
        print(f"\nWrote {args.cases} requests in {time.monotonic() - started:.1f} s.", file=sys.stderr)
    shown = (
        "its passphrase is in DPO_DESK_PASSPHRASE"
        if os.environ.get("DPO_DESK_PASSPHRASE")
        else (f"passphrase: {demo_file.DEMO_PASSPHRASE}")
    )
    print(f"Created the demo case file {path} ({shown}).")
    return 0


def users(args: argparse.Namespace, case: CaseFile | None) -> int:
    if isinstance(case, ServerDatabase) and args.action == "add":
        return _team_member(args, case)
    if isinstance(case, ServerDatabase) and args.action == "set":
        raise Refused(str(no_role_change_yet()))
    desk = bench(args, case)
    if args.action == "list":
        people = desk.members()
        if not people:
            print(
                f"No users yet: whoever opens the file may do everything. Add yourself first: "
                f"dpo-desk users add {args.user} --role dpo"
            )
        for person in people:
            state = "" if person.active else "  (no longer active)"
            print(f"{person.login:<20} {person.role:<6} {person.name}{state}")
        return 0
    if not args.login:
        raise UsageError(f"Whose? dpo-desk users {args.action} LOGIN")
    if args.action == "add":
        setup.add_member(desk, args.login, args.name, args.role or "staff")
        done = f"{args.login} added as {args.role or 'staff'}."
    else:
        active = False if args.inactive else True if args.active else None
        setup.change_member(
            desk,
            args.login,
            role=args.role,
            active=active,
            digest=args.digest,
            change=bool(args.role) or active is not None or args.digest is None,
        )
        done = f"{args.login} changed."
    print(done)
    return 0


def purge(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    due = desk.purge_candidates()
    messages = desk.set_aside_due()
    if not due and not messages:
        print("No closed case is past its retention period, and no message set aside as long ago.")
        return 0
    for c in due:
        print(f"{c.reference:<16} {c.organisation:<8} closed {c.closed_on.isoformat()}  {c.status:<18} {c.person}")
    print(f"{len(due)} case(s) past their retention period.")
    if messages:
        print(f"{len(messages)} message(s) set aside in the triage list as long ago will be deleted too.")
    if not args.yes:
        print(
            "Purge them (only the cases' procedural facts are kept; backups made before still hold "
            "everything) with: dpo-desk purge --yes"
        )
        return 0
    count = desk.purge([c.reference for c in due], messages=messages)
    print(
        f"{count} case{'s' if count != 1 else ''} purged"
        + (f", {len(messages)} message(s) deleted." if messages else ".")
    )
    return 0


def backup(args: argparse.Namespace, case: CaseFile | None) -> int:
    target = Path(args.output).expanduser() if args.output else None
    if target is not None and target.suffix != ".dpodesk":
        raise UsageError("Name the backup with the .dpodesk extension, e.g. -o cases-copy.dpodesk.")
    made = setup.backup(bench(args, case), target)
    print(f"Backup written and verified: {made} (and its key file {made.name}-key).")
    return 0


def restore(args: argparse.Namespace, _: CaseFile | None) -> int:
    done = setup.restore(Path(args.backup).expanduser(), case_path(args), passphrase_from_env_or_prompt())
    print(f"Restored {done.target} from {args.backup}.")
    if done.set_aside is not None:
        print(f"The case file it replaced was kept as {done.set_aside}.")
    return 0


def change_passphrase(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    setup.check_may_change_passphrase(desk)  # before asking for anything
    current = passphrase_from_env_or_prompt(prompt="Current passphrase: ")
    desk.change_passphrase(current, new_passphrase("DPO_DESK_NEW_PASSPHRASE"))
    print("Passphrase changed. The case data was not rewritten; the old passphrase no longer opens it.")
    return 0


def rotate_key(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    setup.check_may_rotate_key(desk)
    kept = desk.rotate_key(passphrase_from_env_or_prompt())
    print(f"The case file is now encrypted under a new key (a backup under the old key was kept: {kept}).")
    return 0


def remember(args: argparse.Namespace, case: CaseFile | None) -> int:
    bench(args, case).remember_key()
    print("This computer will open the case file without asking for the passphrase.")
    return 0


def forget(args: argparse.Namespace, case: CaseFile | None) -> int:
    bench(args, case).forget_key()
    print("This computer no longer remembers the key; the passphrase will be asked.")
    return 0


def _team_member(args: argparse.Namespace, server: ServerDatabase) -> int:
    """`users add` on a team server: the PostgreSQL login, its role and its organisations."""
    if not args.login:
        raise UsageError("Whose? dpo-desk --server URL users add LOGIN --role staff|dpo [--org CODE]")
    if args.role is None:
        raise UsageError("Say the member's role: --role staff or --role dpo.")
    try:
        done = add_member(server, args.login, args.role, tuple(args.orgs))
    except ActionRefused as exc:  # refusals exit with 2, nothing changed
        raise Refused(str(exc)) from None
    print(f"{done.login} is a {done.role} of {', '.join(done.organisations)} on {server.address}.")
    if done.created:
        print(
            f"Note: the login {done.login} was created without a password: set one with psql's "
            f"\\password {done.login} (the server must ask for it: scram-sha-256 in pg_hba.conf)."
        )
    return 0
