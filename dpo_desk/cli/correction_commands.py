"""`dpo-desk correct` and `dpo-desk withdraw`: corrections of a logged request, and an entry logged in error."""

from __future__ import annotations

import argparse

from ..domain.channels import Channel
from ..domain.rights import parse_rights
from ..front_door import case_steps
from ..front_door.case_files import CaseFile
from .inputs import parse_day
from .running import bench, refusals_exit_2

FIELD_WORDS = {
    "first_name": "first name",
    "last_name": "last name",
    "postal_address": "postal address",
    "received_on": "received on",
    "channel": "channel",
    "rights": "rights",
}


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "correct",
        help="correct what was logged: name, address, date received, rights, channel (old and new values kept)",
    )
    p.add_argument("reference")
    p.add_argument("--name", help='first and last name, split at the first space ("Marie-Claire de La Tour")')
    p.add_argument("--first-name")
    p.add_argument("--last-name")
    p.add_argument("--address", help="postal address (use \\n between lines)")
    p.add_argument("--received", help="the day the request was delivered (the deadlines are counted again)")
    p.add_argument("--rights", help="every right asked, comma-separated (replaces the ones logged)")
    p.add_argument("--channel", choices=[c.value for c in Channel])
    p.set_defaults(handler=correct)
    p = sub.add_parser("withdraw", help="a DPO withdraws an entry logged in error (kept in the history, not counted)")
    p.add_argument("reference")
    p.add_argument("--reason", default="", help="why it was logged in error (required)")
    p.set_defaults(handler=withdraw)


def _correction(args: argparse.Namespace) -> case_steps.Correction:
    first, last = args.first_name, args.last_name
    if args.name is not None:
        given, _, family = args.name.strip().partition(" ")
        first = first if first is not None else given
        last = last if last is not None else family
    return case_steps.Correction(
        first_name=first,
        last_name=last,
        postal_address=args.address.replace("\\n", "\n") if args.address is not None else None,
        received_on=parse_day(args.received, "date received") if args.received else None,
        channel=Channel(args.channel) if args.channel else None,
        rights=tuple(parse_rights(args.rights)) if args.rights is not None else None,
    )


def _shown(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "none"
    return str(value).replace("\n", ", ") or "(empty)"


@refusals_exit_2
def correct(args: argparse.Namespace, case: CaseFile | None) -> int:
    done = case_steps.correct(bench(args, case), args.reference, _correction(args))
    for name, change in done.changes.items():
        print(f"{done.outcome.reference}: {FIELD_WORDS[name]}: {_shown(change['from'])} → {_shown(change['to'])}")
    return 0


@refusals_exit_2
def withdraw(args: argparse.Namespace, case: CaseFile | None) -> int:
    outcome = case_steps.withdraw_in_error(bench(args, case), args.reference, args.reason)
    print(f"{outcome.reference}: withdrawn as logged in error; it stays in the history and counts nowhere.")
    return 0
