"""Command-line parts of the letters' form and the clock: requests made through someone else,
post-mortem directives, and the acknowledgement of receipt of a registered letter."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..front_door import case_steps
from ..front_door.case_files import CaseFile
from .inputs import parse_day, whole_number
from .running import bench, day, read_file, refusals_exit_2


def add_intake_options(p: argparse.ArgumentParser) -> None:
    """Options of `add` for a request made through someone else, and post-mortem directives."""
    p.add_argument(
        "--on-behalf",
        choices=["representative", "guardian", "heir"],
        help="the request was made for the person by a representative (mandate), a parent or guardian, "
        "or an heir (LIL art. 85-II); the letters go to them",
    )
    p.add_argument("--requester-name", default="", help="with --on-behalf: who made the request")
    p.add_argument("--requester-civility", default="", help="with --on-behalf: madame, monsieur or none")
    p.add_argument("--requester-address", default="", help="with --on-behalf: their postal address (\\n between lines)")
    p.add_argument("--requester-email", default="", help="with --on-behalf: their email address")
    p.add_argument(
        "--authority-proof", default="", help="with --on-behalf: the mandate, guardianship order, heir proof"
    )
    p.add_argument("--death-proof", default="", help="with --on-behalf heir: the proof of death received")
    p.add_argument(
        "--directives",
        choices=["general", "particular"],
        help="post-mortem directives (LIL art. 85-I): general (a certified trusted third party) or particular",
    )
    p.add_argument("--directives-holder", default="", help="general directives: the trusted third party")
    p.add_argument("--directives-consent", help="particular directives: the day the person gave specific consent")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("authority", help="whoever acted for the person: their identity and authority checked")
    p.add_argument("reference")
    p.add_argument("--proof", default="", help="what was checked: the mandate, the guardianship order, the heir proof")
    p.add_argument("--death-proof", default="", help="an heir: the proof of death checked")
    p.add_argument("--on", help="the day it was checked (default today)")
    p.set_defaults(handler=refusals_exit_2(authority))

    p = sub.add_parser("receipt", help="a registered letter's acknowledgement of receipt came back: signed on, scan")
    p.add_argument("letter_id", type=whole_number(1, what="letter number"))
    p.add_argument("--signed", required=True, help="the day the acknowledgement of receipt was signed")
    p.add_argument("--scan", type=Path, help="the scan of the signed acknowledgement, kept with the letter")
    p.set_defaults(handler=refusals_exit_2(receipt))


def authority(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    outcome = case_steps.check_authority(desk, args.reference, args.proof, args.death_proof, on=day(args.on))
    print(f"{outcome.reference}: the requester's identity and authority are checked.")
    return 0


def receipt(args: argparse.Namespace, case: CaseFile | None) -> int:
    scan = read_file(args.scan, "acknowledgement") if args.scan else None
    case_steps.record_receipt(bench(args, case), args.letter_id, parse_day(args.signed, "day signed"), scan)
    print(f"Letter {args.letter_id}: acknowledgement of receipt signed on {args.signed} recorded.")
    return 0
