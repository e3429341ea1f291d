"""Commands that record what was decided and done to answer a request: what the letters then state.

dpo-desk extract-reason REF ACTIVITY --reason "no data about this person in the CRM" --checked-on DATE
dpo-desk extract-source REF FILE ACTIVITY [--provided-by-person]
dpo-desk decide-erasure REF --erased "..." [--kept "WHAT|GROUND|BASIS|UNTIL" ...]
dpo-desk decide-objection REF --kind direct_marketing|other --processing "..." [--continues --grounds "..."]
dpo-desk notify-recipient REF NAME (--on DATE | --exception impossible|disproportionate --reason "...")
dpo-desk recipients REF [--asked | --not-asked]
dpo-desk decide-unfounded REF --ground unfounded|excessive --reasons "..." [--fee 15]
dpo-desk decide-automated REF (--none | --logic ... --significance ... --consequences ...)
dpo-desk lift-restriction REF --on DATE --reason "..."
dpo-desk earlier-requests REF
dpo-desk do-not-contact export [--org CODE] -o FILE.csv
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from ..domain import letter_facts as facts
from ..front_door.answer_desk import AnswerDesk
from ..front_door.case_files import CaseFile
from ..front_door.files import write_private_atomic
from .inputs import UsageError, parse_day
from .running import bench, refusals_exit_2


def _desk(args: argparse.Namespace, case: CaseFile | None) -> AnswerDesk:
    return AnswerDesk(bench(args, case))


def _fact(call: Any) -> Any:
    """The decision checked here first, so that a fact wrongly given is a usage error (exit 2);
    the front door records the same decision from the same words."""
    try:
        return call()
    except facts.FactError as exc:
        raise UsageError(str(exc)) from None


@refusals_exit_2
def extract_reason(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    checked_on = parse_day(args.checked_on, "check date") if args.checked_on else date.today()
    _desk(args, case).extract_reason(args.reference, args.activity, args.reason, checked_on, date.today())
    print(f"{args.reference}: {args.activity} has no extract, recorded with its reason.")
    return 0


@refusals_exit_2
def extract_source(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    _desk(args, case).extract_source(args.reference, args.extract, args.activity, args.provided_by_person)
    provided = ", provided by the person" if args.provided_by_person else ""
    print(f"{args.reference}: {args.extract} comes from {args.activity}{provided}.")
    return 0


def _kept(value: str) -> tuple[str, str, str, date]:
    parts = [p.strip() for p in value.split("|")]
    if len(parts) != 4:
        raise UsageError(
            f"--kept {value!r}: write WHAT|GROUND|BASIS|UNTIL, e.g. "
            '"invoices|b|Code de commerce, art. L123-22|2036-12-31".'
        )
    return parts[0], parts[1], parts[2], parse_day(parts[3], "end date")


@refusals_exit_2
def decide_erasure(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    kept = [_kept(v) for v in args.kept or []]
    decision = _fact(lambda: facts.erasure_decision(args.erased, kept, date.today()))
    _desk(args, case).erasure(args.reference, args.erased, kept, date.today())
    what = f"{len(decision.kept)} item(s) kept (a partial refusal)" if decision.kept else "nothing kept"
    print(f"{args.reference}: erasure recorded, {what}.")
    return 0


@refusals_exit_2
def decide_objection(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    outcome = "continues" if args.continues else "stopped"
    decision = _fact(lambda: facts.objection_decision(args.kind, args.processing, outcome, args.grounds, date.today()))
    _desk(args, case).objection(args.reference, args.kind, args.processing, outcome, args.grounds, date.today())
    extra = " The person is on the organisation's do-not-contact list." if args.kind == "direct_marketing" else ""
    print(f"{args.reference}: objection recorded ({decision.kind.value}, processing {outcome}).{extra}")
    return 0


@refusals_exit_2
def notify_recipient(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    on = parse_day(args.on, "notification date") if args.on else None
    _fact(
        lambda: facts.recipient_notice(
            args.recipient, notified_on=on, exception=args.exception or "", reason=args.reason, today=date.today()
        )
    )
    _desk(args, case).recipient(args.reference, args.recipient, on, args.exception or "", args.reason, date.today())
    said = f"notified on {on.isoformat()}" if on else f"not notified ({args.exception})"
    print(f"{args.reference}: {args.recipient} {said}.")
    return 0


@refusals_exit_2
def recipients(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    desk = _desk(args, case)
    if args.asked is not None:
        desk.recipients_asked(args.reference, args.asked)
    found = desk.facts(args.reference)
    for recipient in found.recipients:
        notice = found.notices.get(recipient.name)
        if notice is None:
            state = "not recorded yet"
        elif notice.notified_on:
            state = f"notified on {notice.notified_on.isoformat()}"
        else:
            state = f"not notified ({notice.exception.value if notice.exception else ''}): {notice.reason}"
        print(f"{recipient.name}  [{', '.join(recipient.activities)}]  {state}")
    if not found.recipients:
        print("The register names no recipient for the activities ticked.")
    print(f"The person {'asked' if found.recipients_asked else 'did not ask'} who the recipients are.")
    return 0


@refusals_exit_2
def decide_unfounded(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    decision = _fact(lambda: facts.unfounded_decision(args.ground, args.reasons, args.fee, date.today()))
    desk = _desk(args, case)
    desk.unfounded(args.reference, args.ground, args.reasons, args.fee, date.today())
    earlier = desk.earlier_requests(args.reference)
    answer = "refused" if decision.fee_cents is None else f"a fee of {decision.fee_cents / 100:.2f} EUR"
    print(f"{args.reference}: manifestly {decision.ground.value}, {answer}.")
    _print_earlier(earlier)
    return 0


def _print_earlier(earlier: list[dict[str, str]]) -> None:
    if not earlier:
        print("The person made no earlier request to this organisation.")
    for row in earlier:
        answered = f", answered {row['answered']}" if row["answered"] else ""
        print(f"  {row['reference']}  received {row['received']}  {row['rights']}  {row['status']}{answered}")


@refusals_exit_2
def earlier_requests(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    _print_earlier(_desk(args, case).earlier_requests(args.reference))
    return 0


@refusals_exit_2
def decide_automated(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    decision = _fact(lambda: facts.automated_decision(not args.none, args.logic, args.significance, args.consequences))
    _desk(args, case).automated(args.reference, not args.none, args.logic, args.significance, args.consequences)
    print(f"{args.reference}: {'an automated decision' if decision.exists else 'no automated decision'} recorded.")
    return 0


@refusals_exit_2
def lift_restriction(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    lift = _fact(lambda: facts.restriction_lift(parse_day(args.on, "lifting date"), args.reason, date.today()))
    _desk(args, case).restriction_lift(args.reference, lift.on, args.reason, date.today())
    print(
        f"{args.reference}: the restriction is to be lifted on {lift.on.isoformat()}; write the restriction_lift "
        "letter now, so that the person is told before (Art. 18(3))."
    )
    return 0


def restrictions_to_lift(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    due = _desk(args, case).restrictions_to_lift(date.today())
    for reference, on in due:
        print(
            f"{reference}: restriction to be lifted on {on.isoformat()}"
            "; tell the person before (letter restriction_lift)"
        )
    if not due:
        print("No restriction waits to be lifted with its notice unsent.")
    return 0


@refusals_exit_2
def do_not_contact(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        raise UsageError(f"The folder {output.parent} does not exist.")
    text, count = _desk(args, case).do_not_contact_csv(args.org)
    write_private_atomic(output, text.encode("utf-8"))
    print(f"{count} person(s) on the do-not-contact list saved to {output}.")
    return 0


def add_commands(sub: Any) -> None:
    """Register the commands on the main parser's sub-parsers."""
    p = sub.add_parser("extract-reason", help="record why a ticked activity has no extract (e.g. no data in the CRM)")
    p.add_argument("reference")
    p.add_argument("activity")
    p.add_argument("--reason", required=True, help='e.g. "no data about this person in the CRM"')
    p.add_argument("--checked-on", help="the day it was checked (default today)")
    p.set_defaults(handler=extract_reason)

    p = sub.add_parser("extract-source", help="say which activity an extract comes from (and if the person gave it)")
    p.add_argument("reference")
    p.add_argument("extract", help="the extract's file name, as attached")
    p.add_argument("activity")
    p.add_argument("--provided-by-person", action="store_true", help="data the person provided (Art. 20)")
    p.set_defaults(handler=extract_source)

    p = sub.add_parser("decide-erasure", help="record what was erased and what is kept (Art. 17(3))")
    p.add_argument("reference")
    p.add_argument("--erased", required=True, help="what was erased, in words")
    p.add_argument(
        "--kept",
        action="append",
        metavar="WHAT|GROUND|BASIS|UNTIL",
        help='each item kept, e.g. "invoices|b|Code de commerce, art. L123-22|2036-12-31" (ground: a letter of '
        "Art. 17(3))",
    )
    p.set_defaults(handler=decide_erasure)

    p = sub.add_parser("decide-objection", help="record which objection it is and what was decided (Art. 21)")
    p.add_argument("reference")
    p.add_argument("--kind", required=True, choices=["direct_marketing", "other"])
    p.add_argument("--processing", required=True, help="the processing objected to, e.g. CCTV of the car park")
    p.add_argument("--continues", action="store_true", help="Art. 21(1): processing continues (give --grounds)")
    p.add_argument("--grounds", default="", help="the compelling legitimate grounds or legal claims demonstrated")
    p.set_defaults(handler=decide_objection)

    p = sub.add_parser("notify-recipient", help="record that a recipient was told, or why it could not be (Art. 19)")
    p.add_argument("reference")
    p.add_argument("recipient", help="the recipient, as named in the register")
    p.add_argument("--on", help="the day it was notified")
    p.add_argument("--exception", choices=["impossible", "disproportionate"])
    p.add_argument("--reason", default="", help="why notifying it is impossible or disproportionate")
    p.set_defaults(handler=notify_recipient)

    p = sub.add_parser("recipients", help="the recipients of the ticked activities and what was recorded (Art. 19)")
    p.add_argument("reference")
    asked = p.add_mutually_exclusive_group()
    asked.add_argument("--asked", dest="asked", action="store_true", default=None, help="the person asked who they are")
    asked.add_argument("--not-asked", dest="asked", action="store_false")
    p.set_defaults(handler=recipients)

    p = sub.add_parser("decide-unfounded", help="record an Art. 12(5) decision: unfounded or excessive, refusal or fee")
    p.add_argument("reference")
    p.add_argument("--ground", required=True, choices=["unfounded", "excessive"])
    p.add_argument("--reasons", required=True, help="why (the controller bears the burden of proof)")
    p.add_argument("--fee", help="a reasonable fee in euros based on administrative costs (default: refusal)")
    p.set_defaults(handler=decide_unfounded)

    p = sub.add_parser("earlier-requests", help="the person's earlier requests to the organisation")
    p.add_argument("reference")
    p.set_defaults(handler=earlier_requests)

    p = sub.add_parser("decide-automated", help="record whether a decision about the person is automated (Art. 22)")
    p.add_argument("reference")
    p.add_argument("--none", action="store_true", help="no decision based solely on automated processing")
    p.add_argument("--logic", default="", help="the logic involved")
    p.add_argument("--significance", default="", help="its significance for the person")
    p.add_argument("--consequences", default="", help="its envisaged consequences")
    p.set_defaults(handler=decide_automated)

    p = sub.add_parser("lift-restriction", help="record that a restriction is to be lifted (Art. 18(3))")
    p.add_argument("reference")
    p.add_argument("--on", required=True, help="the day it will be lifted (after the person is told)")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=lift_restriction)

    p = sub.add_parser("restrictions-to-lift", help="restrictions to be lifted whose notice (Art. 18(3)) is not sent")
    p.set_defaults(handler=restrictions_to_lift)

    p = sub.add_parser("do-not-contact", help="the do-not-contact list of direct-marketing objections (Art. 21(3))")
    p.add_argument("action", choices=["export"])
    p.add_argument("--org", help="the organisation (default: the only one)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the CSV file to write")
    p.set_defaults(handler=do_not_contact)
