"""The commands about requests: logging, listing, showing, their steps, their letters, the deadline
and the organisations. Each parses its arguments, calls the front door once, and prints."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.calendars import calendar_for, parse_region
from ..domain.channels import Channel
from ..domain.deadlines import ExtensionRule, compute_deadlines
from ..domain.identity import VerificationMethod
from ..domain.letters import NEEDS, LetterKind
from ..domain.pauses import PauseReason
from ..domain.rights import parse_rights
from ..domain.statuses import Status
from ..front_door import case_steps, letter_steps
from ..front_door.case_files import CaseFile
from ..front_door.errors import ActionRefused
from ..front_door.files import write_private_atomic
from ..front_door.views import ListFilter, NewRequest, OrganisationInput, Outcome, PersonInput
from .inputs import UsageError, parse_day, parse_pairs
from .intake_args import intake_extras
from .output import emit_json, request_block, request_table, table
from .running import bench, day, output_file, read_file, refusals_exit_2


def org_input(args: argparse.Namespace) -> OrganisationInput:
    return OrganisationInput(
        code=args.org_code,
        legal_name=args.org_name,
        address=args.org_address.replace("\\n", "\n"),
        city=args.org_city,
        dpo_name=args.dpo_name,
        dpo_email=args.dpo_email,
        dpo_address=args.dpo_address.replace("\\n", "\n"),
        signatory_name=args.signatory_name,
        signatory_title=args.signatory_title,
        letter_language=args.language,
        holiday_region=args.region,
        extension_rule=args.extension_rule,
        envelope_window=args.envelope,
        count_customary_days=args.count_customary_days,
    )


def deadline(args: argparse.Namespace, _: CaseFile | None) -> int:
    received = parse_day(args.received, "date received")
    if args.paused_days < 0:
        raise UsageError("--paused-days cannot be negative.")
    rule = ExtensionRule.CONSERVATIVE if args.conservative else ExtensionRule.STANDARD
    calendar = calendar_for(parse_region(args.region), args.count_customary_days)
    result = compute_deadlines(received, calendar, paused_days=args.paused_days, rule=rule)
    customary = calendar.customary_between(received, result.extended_due)
    if args.json:
        notes = {"customary_days_off": {d.isoformat(): n for d, n in customary}} if customary else {}
        emit_json({**result.as_json(), **notes})
    else:
        print(table(["", "date"], [[k.replace("_", " "), v] for k, v in result.as_json().items()]))
        counted = "counted" if args.count_customary_days else "not a public holiday: not counted"
        for when, name in customary:
            print(f"note: {when.isoformat()} {name}, a customary day off ({counted})")
    return 0


@refusals_exit_2
def letter(args: argparse.Namespace, case: CaseFile | None) -> int:
    output = output_file(args.output)
    kind = LetterKind(args.kind)
    try:
        letter_id, pdf = letter_steps.write_letter(
            bench(args, case),
            args.reference,
            kind,
            language=args.lang,
            details=args.details,
            sign_by_hand=args.sign_by_hand,
            registered=args.registered,
        )
    except ActionRefused as exc:
        if kind.details_prompt and not (args.details or "").strip() and NEEDS["details"] in str(exc):
            raise UsageError(_details_needed(kind, args.reference)) from None
        raise
    write_private_atomic(output, pdf)
    print(f"Letter {letter_id} ({args.kind}) kept in the case file and saved to {output}.")
    return 0


def _details_needed(kind: LetterKind, reference: str) -> str:
    """What to give when a letter needs the DPO's own words and none were given."""
    words = f'The {kind.value} letter needs your words in --details "…": {kind.details_prompt}'
    return words + " Nothing was written."


def activities(args: argparse.Namespace, case: CaseFile | None) -> int:
    names, ticked = case_steps.tick_activities(bench(args, case), args.reference, args.names)
    for name in names:  # printed once the ticks are saved: what is shown is what was kept
        print(f"[{'x' if name in ticked else ' '}] {name}")
    return 0


def letters_of_day(args: argparse.Namespace, case: CaseFile | None) -> int:
    folder = Path(args.output).expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file, not a folder: give the folder to save the letters in.")
    on = day(args.on)
    batch = letter_steps.save_letters_written_on(bench(args, case), on, folder)
    if not batch:
        print(f"No letter was written on {on.isoformat()}.")
        return 0
    for item in batch:
        print(f"{item.filename}  {item.person}  {item.subject}")
    print(f"{len(batch)} letter(s) written on {on.isoformat()} saved to {folder}.")
    return 0


def letter_sent(args: argparse.Namespace, case: CaseFile | None) -> int:
    warnings = bench(args, case).mark_letter_sent(
        args.letter_id,
        on=day(args.on),
        channel=Channel(args.channel) if args.channel else None,
        registered_mail_no=args.registered_mail,
    )
    print(f"Letter {args.letter_id} marked sent.")
    for warning in warnings:
        print(f"dpo-desk: warning: {warning}", file=sys.stderr)
    return 0


def org_add(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    code = desk.add_organisation(org_input(args))
    print(f"Added {code} - {dict(desk.organisations())[code]}.")
    return 0


def org_list(args: argparse.Namespace, case: CaseFile | None) -> int:
    rows = case_steps.organisation_rows(bench(args, case))
    if args.json:
        emit_json(rows)
    else:
        print(table(["Code", "Legal name", "Holidays", "Letters", "DPO email"], [list(r.values()) for r in rows]))
    return 0


def add(args: argparse.Namespace, case: CaseFile | None) -> int:
    proxy, directives = intake_extras(args)
    new = NewRequest(
        channel=Channel(args.channel),
        received_on=parse_day(args.received, "date received"),
        person=PersonInput(
            first_name=args.first_name,
            last_name=args.last_name,
            emails=tuple(args.email),
            postal_address=args.address.replace("\\n", "\n"),
            identifiers=parse_pairs(args.identifier, "identifier"),
            civility=args.civility,
        ),
        rights=tuple(parse_rights(args.rights)),
        summary=args.text,
        registered_mail_no=args.registered_mail,
        assignee=args.assignee,
        organisation_code=args.org,
        files=tuple(read_file(p, "scan" if args.channel == "post" else "document") for p in args.attach),
        proxy=proxy,
        directives=directives,
    )
    desk = bench(args, case)
    outcome = desk.log_request(new)
    detail = desk.detail(outcome.reference)
    if args.json:
        emit_json({**detail.as_json(), "matched_existing_person": outcome.matched_person})
    else:
        print(f"Logged {outcome.reference}: {detail.deadline_in_words}.")
        if outcome.matched_person:
            print("Linked to the person already on file with the same email address.")
    return 0


def list_(args: argparse.Namespace, case: CaseFile | None) -> int:
    flt = ListFilter(
        statuses=tuple(Status(s) for s in args.status),
        open_only=args.open,
        organisation_code=args.org,
        due_within_days=args.due_within,
        overdue=args.overdue,
        text=args.search,
        limit=args.limit,
    )
    rows = bench(args, case).page(flt, flt.offset, flt.limit)  # type: ignore[arg-type]  # None: all of them
    if args.json:
        emit_json([r.as_json() for r in rows])
    elif rows:
        print(request_table(rows))
    else:
        print("No request matches.")
    return 0


def show(args: argparse.Namespace, case: CaseFile | None) -> int:
    detail = bench(args, case).detail(args.reference)
    if args.json:
        emit_json(detail.as_json())
    else:
        print(request_block(detail))
    return 0


def _report(outcome: Outcome, done: str) -> int:
    print(f"{outcome.reference}: {done}.")
    for warning in outcome.warnings:
        print(f"dpo-desk: warning: {warning}", file=sys.stderr)
    return 0


def status(args: argparse.Namespace, case: CaseFile | None) -> int:
    outcome = case_steps.change_status(
        bench(args, case), args.reference, Status(args.new_status), on=day(args.on), reason=args.reason
    )
    return _report(outcome, f"now {args.new_status.replace('_', ' ')}")


def extend(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    outcome = case_steps.extend(desk, args.reference, args.reason, on=day(args.on))
    detail = desk.detail(outcome.reference)
    return _report(
        outcome,
        f"extended to {detail.extended_due_on.isoformat()} once its notice is sent, by {detail.due_on.isoformat()}",
    )


def pause(args: argparse.Namespace, case: CaseFile | None) -> int:
    outcome = case_steps.pause(
        bench(args, case), args.reference, PauseReason(args.why), on=day(args.on), reason=args.reason
    )
    return _report(outcome, f"paused, waiting for {args.why}")


def resume(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    outcome = case_steps.resume(desk, args.reference, on=day(args.on))
    detail = desk.detail(outcome.reference)
    return _report(outcome, f"resumed; {detail.deadline_in_words}")


def identity(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    if args.step == "request":
        outcome = case_steps.request_identity(desk, args.reference, args.doubt, on=day(args.on))
    elif args.step == "received":
        document = read_file(args.document, case_steps.ID_DOCUMENT) if args.document else None
        outcome = desk.identity_received(args.reference, document, on=day(args.on))
    elif args.step == "verified":
        outcome = case_steps.verify_identity(desk, args.reference, VerificationMethod(args.method), on=day(args.on))
    else:
        outcome = desk.identity_failed(args.reference, args.reason)
    return _report(outcome, f"identity {args.step}")


def attach(args: argparse.Namespace, case: CaseFile | None) -> int:
    files = [read_file(p, args.kind) for p in args.files]
    return _report(bench(args, case).attach(args.reference, files), f"{len(files)} document(s) attached")


def note(args: argparse.Namespace, case: CaseFile | None) -> int:
    return _report(bench(args, case).add_note(args.reference, args.text), "note added")


def assign(args: argparse.Namespace, case: CaseFile | None) -> int:
    return _report(bench(args, case).assign(args.reference, args.assignee), f"assigned to {args.assignee}")
