"""`dpo-desk reminders`: what falls due for the user, as the window announces it once a day."""

from __future__ import annotations

import argparse
from datetime import date

from ..domain.reminders import DEFAULT_WITHIN_DAYS
from ..front_door.case_files import CaseFile
from .inputs import UsageError, whole_number
from .output import emit_json, table
from .running import bench

WORDS = {
    "deadline": "answer due",
    "extension_notice": "last day to notify an extension",
    "letter_to_send": "letter written, not sent yet",
    "relay_late": "a department's answer is late",
}


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "reminders", help="what falls due: deadlines, extension notices, letters to send, late departments"
    )
    p.add_argument(
        "--within",
        type=whole_number(0, 366, "number of days"),
        default=DEFAULT_WITHIN_DAYS,
        metavar="DAYS",
        help=f"how many days ahead (default {DEFAULT_WITHIN_DAYS})",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=reminders)


def reminders(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    today = date.today()
    try:
        items = bench(args, case).reminders(within_days=args.within)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        emit_json(
            [
                {"reference": r.reference, "what": r.what, "due": r.due_on.isoformat(), "assignee": r.assignee}
                for r in items
            ]
        )
        return 0
    if not items:
        print(f"Nothing falls due within {args.within} day(s).")
        return 0
    rows = [
        [r.due_on.isoformat(), _days(r.due_on, today), r.reference, WORDS[r.what], r.assignee or "-"] for r in items
    ]
    print(table(["Due", "", "Reference", "What", "Assignee"], rows))
    return 0


def _days(day: date, today: date) -> str:
    delta = (day - today).days
    if delta == 0:
        return "today"
    return f"in {delta} d" if delta > 0 else f"{-delta} d late"
