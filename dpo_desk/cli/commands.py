"""What each `dpo-desk` sub-command does. One command = one transaction."""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from ..domain.calendars import calendar_for, parse_region
from ..domain.channels import Channel
from ..domain.deadlines import ExtensionRule, compute_deadlines
from ..domain.identity import VerificationMethod
from ..domain.letters import NEEDS, LetterKind
from ..domain.pauses import PauseReason
from ..domain.references import normalise_code
from ..domain.rights import parse_rights
from ..domain.statuses import Status
from ..explained import QT_TRANSLATE_NOOP
from ..services import cases, letters, register
from ..services.errors import ActionRefused
from ..services.integrity import verify_case_file
from ..services.organisations import OrganisationInput, add_organisation, list_organisations
from ..services.setup import new_case_file
from ..storage import failures
from ..storage.casefile import CaseFile, open_case_file
from ..storage.errors import CaseFileError, StorageFailure
from ..storage.safe_files import write_private_atomic
from .inputs import (
    UsageError,
    new_passphrase,
    parse_day,
    parse_pairs,
    passphrase_from_env_or_prompt,
    secret_from_env_or_prompt,
)
from .intake_args import intake_extras
from .output import emit_json, request_block, request_table, table

EXPECTED = (CaseFileError, ActionRefused, ValueError)
MAILBOX_PASSWORD = "DPO_DESK_MAILBOX_PASSWORD"


def _mailbox_password() -> str | None:
    """The mailbox password given in the environment: used when the keyring holds none."""
    return os.environ.get(MAILBOX_PASSWORD) or None


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


Handler = Callable[[argparse.Namespace, CaseFile | None], int]


def _case_path(args: argparse.Namespace) -> Path:
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
    if not getattr(args, "needs_case", True):
        return _without_case(handler, args)
    path = _case_path(args)
    passphrase = passphrase_from_env_or_prompt if getattr(args, "needs_passphrase", True) else None
    with failures.explained(path):
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
            with failures.explained(path):
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
            with failures.explained(path):
                made = case.automatic_backup()
            if made is not None:
                print(f"dpo-desk: note: daily backup written to {made}.", file=sys.stderr)
        return code
    except BaseException as exc:
        # A refusal says itself what was not done (a send refused records only that it failed).
        if case.commits and not isinstance(exc, AfterCommit | Refused):
            raise AfterCommit(exc) from exc
        raise
    finally:
        case.close()
        if case.lock_notice:
            print(f"dpo-desk: note: {case.lock_notice}", file=sys.stderr)


def _without_case(handler: Handler, args: argparse.Namespace) -> int:
    """init, restore, deadline, demo: a full disk is said as such there too."""
    target = getattr(args, "path", None) or getattr(args, "case_file", None)
    if target is None:
        return handler(args, None)
    with failures.explained(Path(target).expanduser()):
        return handler(args, None)


def _day(value: str | None, what: str = "date") -> date:
    return parse_day(value, what) if value else date.today()


def _output_file(path: Path) -> Path:
    output = Path(path).expanduser()
    if not output.parent.is_dir():
        raise UsageError(f"The folder {output.parent} does not exist.")
    return output


def _read_file(path: Path, kind: str = "document") -> cases.FileInput:
    try:
        return cases.file_from_path(path, kind)
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def _org_input(args: argparse.Namespace) -> OrganisationInput:
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


# Commands -------------------------------------------------------------------------------------


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
        for day, name in customary:
            print(f"note: {day.isoformat()} {name}, a customary day off ({counted})")
    return 0


def init(args: argparse.Namespace, _: CaseFile | None) -> int:
    path = _case_path(args)
    org = _org_input(args)
    remember = args.remember and not args.no_keyring
    with new_case_file(path, new_passphrase(), org, user=args.user, remember=remember) as case:
        print(f"Created {path} and its key file {path.name}-key (keep the two together).")
        for notice in case.notices:
            print(f"Note: {notice}")
    if not org.dpo_email.strip():
        print(
            "Note: letters name the DPO's email address; set it with "
            f"`dpo-desk org set {normalise_code(org.code)} --dpo-email ADDRESS` before writing them."
        )
    return 0


@refusals_exit_2
def letter(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    output = _output_file(args.output)
    kind = LetterKind(args.kind)
    try:
        with case.transaction() as session:
            letter_id, pdf = letters.create_letter(
                session,
                args.reference,
                kind,
                user=args.user,
                today=date.today(),
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
    assert case is not None
    with case.transaction() as session:
        if args.names:
            register.set_concerned(session, args.reference, args.names, user=args.user)
        ticked = {a.name for a in register.concerned(session, args.reference)}
        request = cases.load_request(session, args.reference)
        names = [activity.name for activity in register.activities(session, request.organisation.code)]
    for name in names:  # printed once the ticks are saved: what is shown is what was kept
        print(f"[{'x' if name in ticked else ' '}] {name}")
    return 0


@refusals_exit_2
def report(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.reports import keep_access_report

    assert case is not None
    output = _output_file(args.output)
    with case.transaction() as session:
        pdf, new = keep_access_report(session, args.reference, user=args.user, today=date.today(), language=args.lang)
    write_private_atomic(output, pdf)
    kept = "kept with the case's documents" if new else "already kept with the case's documents"
    print(f"Access report of {args.reference} saved to {output} ({kept}).")
    return 0


def export(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.portability import portability_bundle

    assert case is not None
    output = _output_file(args.output)
    with case.transaction() as session:
        bundle = portability_bundle(session, args.reference, user=args.user, today=date.today(), language=args.lang)
    write_private_atomic(output, bundle.data)
    print(
        f"Portability bundle of {args.reference} saved to {output}: {bundle.records} record(s) in "
        f"{bundle.files} file(s), SHA-256 {bundle.sha256}."
    )
    return 0


def letters_of_day(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    folder = Path(args.output).expanduser().resolve()
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file, not a folder: give the folder to save the letters in.")
    day = _day(args.on)
    with case.session() as session:
        batch = letters.letters_written_on(session, day)
        if batch:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for item in batch:
            write_private_atomic(folder / item.filename, letters.letter_pdf(session, item.id))
    if not batch:
        print(f"No letter was written on {day.isoformat()}.")
        return 0
    for item in batch:
        print(f"{item.filename}  {item.person}  {item.subject}")
    print(f"{len(batch)} letter(s) written on {day.isoformat()} saved to {folder}.")
    return 0


def letter_sent(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.transaction() as session:
        warnings = letters.mark_sent(
            session,
            args.letter_id,
            on=_day(args.on),
            channel=Channel(args.channel) if args.channel else None,
            user=args.user,
            today=date.today(),
            registered_mail_no=args.registered_mail,
        )
    print(f"Letter {args.letter_id} marked sent.")
    for warning in warnings:
        print(f"dpo-desk: warning: {warning}", file=sys.stderr)
    return 0


def demo(args: argparse.Namespace, _: CaseFile | None) -> int:
    from ..demo import sample as demo_file
    from ..demo.bulk import generate

    path = Path(args.path).expanduser()
    passphrase = os.environ.get("DPO_DESK_PASSPHRASE") or demo_file.DEMO_PASSPHRASE
    if args.cases is None:
        demo_file.open_demo(path, passphrase=passphrase).close()
    else:
        if not 1 <= args.cases <= 100_000:
            raise UsageError("--cases must be between 1 and 100000.")
        started = time.monotonic()

        def report(done: int, total: int) -> None:
            print(f"\r{done:>7} / {total} requests", end="", file=sys.stderr, flush=True)

        generate(path, args.cases, passphrase, progress=report if sys.stderr.isatty() else None)
        print(f"\nWrote {args.cases} requests in {time.monotonic() - started:.1f} s.", file=sys.stderr)
    shown = (
        "its passphrase is in DPO_DESK_PASSPHRASE"
        if os.environ.get("DPO_DESK_PASSPHRASE")
        else (f"passphrase: {demo_file.DEMO_PASSPHRASE}")
    )
    print(f"Created the demo case file {path} ({shown}).")
    return 0


def org_add(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.transaction() as session:
        org = add_organisation(session, _org_input(args), user=args.user)
        added = f"Added {org.code} - {org.legal_name}."
    print(added)
    return 0


def org_list(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.session() as session:
        orgs = list_organisations(session)
        rows = [
            {
                "code": o.code,
                "legal_name": o.legal_name,
                "holiday_region": o.holiday_region,
                "letter_language": o.letter_language,
                "dpo_email": o.dpo_email,
            }
            for o in orgs
        ]
    if args.json:
        emit_json(rows)
    else:
        print(table(["Code", "Legal name", "Holidays", "Letters", "DPO email"], [list(r.values()) for r in rows]))
    return 0


def add(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    proxy, directives = intake_extras(args)
    new = cases.NewRequest(
        channel=Channel(args.channel),
        received_on=parse_day(args.received, "date received"),
        person=cases.PersonInput(
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
        files=tuple(_read_file(p, "scan" if args.channel == "post" else "document") for p in args.attach),
        proxy=proxy,
        directives=directives,
    )
    with case.transaction() as session:
        outcome = cases.add_request(session, new, user=args.user, today=date.today())
        detail = cases.get_request(session, outcome.reference, today=date.today())
    if args.json:
        emit_json({**detail.as_json(), "matched_existing_person": outcome.matched_person})
    else:
        print(f"Logged {outcome.reference}: {detail.deadline_in_words}.")
        if outcome.matched_person:
            print("Linked to the person already on file with the same email address.")
    return 0


def register_list(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.session() as session:
        found = register.activities(session, args.org)
    if args.json:
        emit_json([a.as_json() for a in found])
    else:
        print(table(["Activity", "Legal basis", "Retention"], [[a.name, a.legal_basis, a.retention] for a in found]))
    return 0


@refusals_exit_2
def register_contact(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.relays import set_internal_contact

    assert case is not None
    with case.transaction() as session:
        code = args.org or list_organisations(session)[0].code
        set_internal_contact(session, code, args.activity, args.address, user=args.user)
    print(
        f"{args.activity}: " + (f"the internal contact is {args.address}." if args.address else "no internal contact.")
    )
    return 0


@refusals_exit_2
def ask_departments(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.relays import ask_departments as ask

    assert case is not None
    asked = ask(
        case,
        args.reference,
        user=args.user,
        today=date.today(),
        activities=args.activity,
        mailbox_password=_mailbox_password(),
    )
    for relay in asked:
        print(
            f"{relay.activity}: asked {relay.contact} on {relay.asked_on.isoformat()}, due {relay.due_on.isoformat()}"
        )
    return 0


@refusals_exit_2
def relays(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.relays import relays_of, remind_relays

    assert case is not None
    if args.remind:
        reminded = remind_relays(case, user=args.user, today=date.today(), mailbox_password=_mailbox_password())
        print(f"{reminded} relay(s) reminded.")
    if args.reference:
        with case.session() as session:
            views = relays_of(session, args.reference, today=date.today())
        for v in views:
            state = "answered" if v.answered else "LATE" if v.overdue else "waiting"
            reminded = f", reminded {v.reminded_on.isoformat()}" if v.reminded_on else ""
            print(
                f"{v.activity}: {v.contact}, asked {v.asked_on.isoformat()}, due {v.due_on.isoformat()}: "
                f"{state}{reminded}"
            )
        if not views:
            print("No department was asked yet: dpo-desk ask-departments " + args.reference)
    return 0


@refusals_exit_2
def digest(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.digest import send_digests

    assert case is not None
    for line in send_digests(
        case, user=args.user, today=date.today(), dry_run=args.dry_run, mailbox_password=_mailbox_password()
    ):
        print(line)
    return 0


def register_import(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    path = Path(args.file).expanduser()
    if path.suffix.lower() != ".json":
        with case.transaction() as session:
            found = register.import_register_spreadsheet(
                session, _read_file(path).data, path.name, args.org, user=args.user
            )
        print(f"Register replaced: {len(found.activities)} processing activities ({found.layout} layout).")
        for heading in found.unmapped:
            print(
                f"dpo-desk: note: “{heading}” matches no field of DPO Desk's register and was not imported.",
                file=sys.stderr,
            )
        for gap in found.incomplete:
            print(f"dpo-desk: note: to complete before an access report: {gap}.", file=sys.stderr)
        return 0
    with case.transaction() as session:
        count = register.import_register(session, path, args.org, user=args.user)
    print(f"Register replaced: {count} processing activities.")
    return 0


def register_export(args: argparse.Namespace, case: CaseFile | None) -> int:
    import json

    assert case is not None
    target = args.output or args.file
    if target is None:
        raise UsageError("Where to? dpo-desk register export FILE (.json, .xlsx, .ods or .csv).")
    output = _output_file(Path(target))
    if output.suffix.lower() != ".json":
        with case.session() as session:
            data = register.export_register_spreadsheet(
                session, args.org, output.name, layout=args.layout, language=args.lang
            )
            code = register.get_organisation(session, args.org).code
        write_private_atomic(output, data)
        print(f"Register of {code} written to {output}.")
        return 0
    with case.session() as session:
        document = register.export_register(session, args.org)
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    write_private_atomic(output, data)
    print(f"Register of {document['organisation']} written to {output}.")
    return 0


def import_email(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.email_import import import_files

    assert case is not None
    outcomes = import_files(
        case, [Path(p).expanduser() for p in args.files], user=args.user, today=date.today(), organisation_code=args.org
    )
    if args.json:
        emit_json([o.as_json() for o in outcomes])
    else:
        for o in outcomes:
            print(f"{o.source}: {o.outcome.replace('_', ' ')} - {o.message}")
        if args.org is None and any("which organisation it was sent to" in o.message for o in outcomes):
            print("On the command line, give --org CODE to import those messages for that organisation.")
    return 1 if any(o.outcome == "error" for o in outcomes) else 0


def _mailbox_settings(args: argparse.Namespace, base):  # type: ignore[no-untyped-def]
    """The settings given on the command line, over `base` (a mailbox's current settings, or the defaults)."""
    from dataclasses import replace

    from ..services.mailboxes import Auth, Security

    def given(name: str, value: object) -> dict[str, object]:
        return {name: value} if value is not None else {}

    changes: dict[str, object] = {}
    changes |= given("name", getattr(args, "rename", None))
    changes |= given("host", args.host)
    changes |= given("username", args.mailbox_user)
    changes |= given("security", Security(args.security) if args.security else None)
    changes |= given("folder", args.folder)
    changes |= given("organisation_code", args.org)
    if args.ca_file is not None:
        changes["ca_file"] = str(Path(args.ca_file).expanduser().resolve()) if args.ca_file else ""
    changes |= given("smtp_host", args.smtp_host)
    changes |= given("smtp_security", Security(args.smtp_security) if args.smtp_security else None)
    changes |= given("from_address", args.from_address)
    changes |= given("max_send_bytes", int(args.max_size * 1_000_000) if args.max_size is not None else None)
    if args.oauth:
        changes |= {"auth": Auth.OAUTH2, "oauth_provider": args.oauth}
    changes |= given("oauth_client_id", args.client_id)
    changes |= given("oauth_tenant", args.tenant)
    changes |= given("oauth_authorize_url", args.authorize_url)
    changes |= given("oauth_token_url", args.token_url)
    changes |= given("oauth_scopes", args.scopes)
    settings = replace(base, **changes)
    security = Security(settings.security)
    if args.port is not None:
        settings = replace(settings, port=args.port)
    elif "security" in changes or base.host == "":
        settings = replace(settings, port=993 if security is Security.TLS else 143)
    smtp_security = Security(settings.smtp_security)
    if args.smtp_port is not None:
        settings = replace(settings, smtp_port=args.smtp_port)
    elif "smtp_security" in changes or not base.smtp_host:
        settings = replace(settings, smtp_port=465 if smtp_security is Security.TLS else 587)
    return settings


@refusals_exit_2
def mailbox_add(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.mailboxes import Auth, MailboxSettings, add_mailbox, set_sending_mailbox

    assert case is not None
    settings = _mailbox_settings(args, MailboxSettings(name=args.name, host="", username=args.mailbox_user))
    if not settings.host and not settings.smtp_host:
        raise UsageError("Give --host (to fetch requests), --smtp-host (to send answers), or both.")
    password = client_secret = None
    if settings.auth is Auth.PASSWORD:
        password = secret_from_env_or_prompt(
            "DPO_DESK_MAILBOX_PASSWORD", f"Password of {args.mailbox_user}: ", "the mailbox password"
        )
    else:
        client_secret = os.environ.get("DPO_DESK_OAUTH_CLIENT_SECRET") or None
    with case.transaction() as session:
        kept = add_mailbox(
            session,
            settings,
            user=args.user,
            password=password,
            client_secret=client_secret,
            keyring_optional=password is not None and password == _mailbox_password(),
        )
        if args.sends_for:
            set_sending_mailbox(session, args.sends_for, settings.name, user=args.user)
    parts = []
    if settings.host:
        parts.append(f"fetches {settings.username} on {settings.host}:{settings.port}, {settings.folder}")
    if settings.smtp_host:
        parts.append(
            f"sends from {settings.from_address or settings.username} via {settings.smtp_host}:{settings.smtp_port}"
        )
    print(f"Mailbox {args.name} added ({'; '.join(parts)}).")
    if not kept:
        print(
            f"dpo-desk: note: this computer has no system keyring, so the password was not kept: give it in "
            f"{MAILBOX_PASSWORD} each time you send or fetch.",
            file=sys.stderr,
        )
    if settings.auth is Auth.OAUTH2:
        print(f"Now authorise it: dpo-desk mailbox authorise {args.name}")
    return 0


@refusals_exit_2
def mailbox_edit(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.mailboxes import Auth, edit_mailbox, mailbox_settings, set_sending_mailbox

    assert case is not None
    with case.session() as session:
        current = mailbox_settings(session, args.name)
    settings = _mailbox_settings(args, current)
    password = None
    if args.password and settings.auth is Auth.PASSWORD:
        password = secret_from_env_or_prompt(
            "DPO_DESK_MAILBOX_PASSWORD", f"New password of {settings.username}: ", "the mailbox password"
        )
    with case.transaction() as session:
        changed = edit_mailbox(
            session,
            args.name,
            settings,
            user=args.user,
            password=password,
            client_secret=os.environ.get("DPO_DESK_OAUTH_CLIENT_SECRET") or None,
        )
        if args.sends_for:
            set_sending_mailbox(session, args.sends_for, settings.name, user=args.user)
            changed.append("sends_for")
    print(f"Mailbox {settings.name}: " + (f"changed {', '.join(changed)}." if changed else "nothing to change."))
    return 0


@refusals_exit_2
def mailbox_remove(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.mailboxes import remove_mailbox

    assert case is not None
    with case.transaction() as session:
        remove_mailbox(session, args.name, user=args.user)
    print(f"Mailbox {args.name} removed; its password or tokens were forgotten on this computer.")
    return 0


@refusals_exit_2
def mailbox_authorise(args: argparse.Namespace, case: CaseFile | None) -> int:
    import webbrowser

    from ..services.mailboxes import authorise_mailbox

    assert case is not None

    def open_browser(url: str) -> None:
        print(f"Sign in, in your browser, at:\n{url}", file=sys.stderr, flush=True)
        if not args.no_browser:
            webbrowser.open(url)

    authorise_mailbox(case, args.name, open_browser, user=args.user)
    print(f"Mailbox {args.name} authorised; its refresh token is kept in the system keyring.")
    return 0


@refusals_exit_2
def send(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..domain.delivery import PasswordChannel, Purpose
    from ..services.sending import send_answer

    assert case is not None
    purpose = Purpose.LETTER if args.letter is not None else Purpose.REPORT if args.report else Purpose.BUNDLE
    via = PasswordChannel(args.password_via) if args.password_via else None
    if via is PasswordChannel.EMAIL:
        print(
            "dpo-desk: warning: the password goes by email too; whoever reads that mailbox can open the "
            "document. The history records that you accepted this risk.",
            file=sys.stderr,
        )
    sent = send_answer(
        case,
        args.reference,
        purpose,
        user=args.user,
        today=date.today(),
        letter_id=args.letter,
        encrypt=args.encrypt or None,
        password_via=via,
        language=args.lang,
        mailbox_password=_mailbox_password(),
    )
    print(f"Sent to {sent.recipient}: Message-ID {sent.message_id}")
    if sent.encrypted:
        if sent.password_via == "post":
            print(
                f"The attachment is encrypted (AES-256). Its password is in letter {sent.password_letter_id}: "
                "print it and post it (dpo-desk letters -o FOLDER), then mark it sent."
            )
        elif sent.password_message_id:
            print(f"The attachment is encrypted (AES-256). Its password went in a separate email: Message-ID "
                  f"{sent.password_message_id}")  # fmt: skip
        if sent.password:
            print(f"The attachment is encrypted (AES-256). Read its password out to the person by telephone: "
                  f"{sent.password}")  # fmt: skip
    if sent.warning:
        print(f"dpo-desk: warning: the password email failed: {sent.warning}", file=sys.stderr)
    return 0


def mailbox_list(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.mailboxes import list_mailboxes

    assert case is not None
    with case.session() as session:
        boxes = list_mailboxes(session)
    if not boxes:
        print("No mailbox yet: dpo-desk mailbox add NAME --host HOST --user LOGIN")
    for box in boxes:
        last = box.last_fetched_at.isoformat(timespec="minutes") if box.last_fetched_at else "never"
        org = f" for {box.organisation}" if box.organisation else ""
        parts = []
        if box.host:
            parts.append(
                f"{box.username} on {box.host}:{box.port} ({box.security}), {box.folder}{org}; "
                f"last fetched {last}; {box.waiting} to triage"
            )
        if box.smtp_host:
            sends = f", the answers of {box.sends_for}" if box.sends_for else ""
            parts.append(
                f"sends from {box.from_address} via {box.smtp_host}:{box.smtp_port} ({box.smtp_security}){sends}"
            )
        if box.auth == "oauth2":
            parts.append(f"OAuth2 ({box.oauth_provider}{'' if box.authorised else ', not authorised yet'})")
        print(f"{box.name}: " + "; ".join(parts))
    return 0


def fetch(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.mailboxes import fetch_new, list_mailboxes

    assert case is not None
    names = args.names
    if not names:
        with case.session() as session:
            names = [box.name for box in list_mailboxes(session)]
    if not names:
        raise ActionRefused("No mailbox to fetch: add one with dpo-desk mailbox add.")
    failed = 0
    for name in names:
        try:
            report = fetch_new(case, name, user=args.user, password=_mailbox_password())
        except ActionRefused as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(
            f"{name}: {report.fetched} new message(s) to triage"
            + (f", {report.already_known} already known" if report.already_known else "")
        )
    return 1 if failed else 0


def triage(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services import mailboxes

    assert case is not None
    if args.action == "list":
        with case.session() as session:
            items = mailboxes.triage_list(session, include_handled=args.all)
        if args.json:
            emit_json([_triage_json(item) for item in items])
        elif not items:
            print("Nothing to triage.")
        for item in [] if args.json else items:
            state = "" if item.state == "to_triage" else f"  [{item.state.replace('_', ' ')} {item.reference}]"
            local = item.received_at.replace(tzinfo=UTC).astimezone()
            print(f"{item.id:>5}  {local:%d/%m/%Y %H:%M}  {item.sender}  {item.subject}{state}")
        return 0
    if args.message is None:
        raise UsageError(f"Which message? dpo-desk triage {args.action} NUMBER (numbers from dpo-desk triage).")
    if args.action == "show":
        with case.session() as session:
            raw = mailboxes.triage_raw(session, args.message)
        from ..services.email_worker import parse_email

        draft = parse_email(raw)
        print(f"From: {draft.from_name} <{draft.from_address}>\nSubject: {draft.subject}\n\n{draft.body_text}")
        return 0
    if args.action == "set-aside":
        with case.transaction() as session:
            mailboxes.set_aside(session, args.message, args.reason, user=args.user)
        print(f"Message {args.message} set aside: {args.reason.strip()}")
        return 0
    with case.transaction() as session:
        outcome = mailboxes.log_from_triage(
            session, args.message, user=args.user, today=date.today(), organisation_code=args.org
        )
    print(f"Message {args.message}: {outcome.outcome.replace('_', ' ')} - {outcome.message}")
    return 0 if outcome.outcome in ("imported", "duplicate") else 1


def _triage_json(item) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": item.id,
        "mailbox": item.mailbox,
        "sender": item.sender,
        "subject": item.subject,
        "received_at": item.received_at.isoformat(),
        "state": item.state,
        "reference": item.reference,
    }


def activity_report(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..renderers.activity_pdf import key_figures, render_activity
    from ..services.activity import activity, facts_csv
    from ..services.organisations import get_organisation

    assert case is not None
    today = date.today()
    end = _day(args.end, "end of the period")
    start = parse_day(args.start, "start of the period") if args.start else end.replace(year=end.year - 1)
    if start > end:
        raise UsageError("The period starts after it ends.")
    with case.session() as session:
        summary, facts = activity(session, start=start, end=end, today=today, organisation_code=args.org)
        organisation = get_organisation(session, args.org).legal_name if args.org else ""
    for label, value in key_figures(summary, args.lang):
        print(f"{label:<40} {value}")
    if args.output:
        output = _output_file(args.output)
        write_private_atomic(output, render_activity(summary, language=args.lang, organisation=organisation))
        print(f"Report saved to {output}.")
    if args.csv:
        table = _output_file(args.csv)
        write_private_atomic(table, facts_csv(facts))
        print(f"{len(facts)} request(s) saved to {table}.")
    return 0


def users(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.members import Role, add_member, change_member, list_members

    assert case is not None
    if args.action == "list":
        with case.session() as session:
            people = list_members(session)
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
    with case.transaction() as session:
        if args.action == "add":
            add_member(session, args.login, args.name, Role(args.role or "staff"), user=args.user)
            done = f"{args.login} added as {args.role or 'staff'}."
        else:
            active = False if args.inactive else True if args.active else None
            if args.role or active is not None or args.digest is None:
                change_member(
                    session, args.login, user=args.user, role=Role(args.role) if args.role else None, active=active
                )
            if args.digest is not None:
                from ..services.digest import set_digest

                set_digest(session, args.login, args.digest, user=args.user)
            done = f"{args.login} changed."
    print(done)
    return 0


def list_(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    flt = cases.ListFilter(
        statuses=tuple(Status(s) for s in args.status),
        open_only=args.open,
        organisation_code=args.org,
        due_within_days=args.due_within,
        overdue=args.overdue,
        text=args.search,
        limit=args.limit,
    )
    with case.session() as session:
        rows = cases.list_requests(session, flt, today=date.today())
    if args.json:
        emit_json([r.as_json() for r in rows])
    elif rows:
        print(request_table(rows))
    else:
        print("No request matches.")
    return 0


def show(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.session() as session:
        detail = cases.get_request(session, args.reference, today=date.today())
    if args.json:
        emit_json(detail.as_json())
    else:
        print(request_block(detail))
    return 0


def _report(outcome: cases.Outcome, done: str) -> int:
    print(f"{outcome.reference}: {done}.")
    for warning in outcome.warnings:
        print(f"dpo-desk: warning: {warning}", file=sys.stderr)
    return 0


def status(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.transaction() as session:
        outcome = cases.change_status(
            session,
            args.reference,
            Status(args.new_status),
            user=args.user,
            on=_day(args.on),
            today=date.today(),
            reason=args.reason,
        )
    return _report(outcome, f"now {args.new_status.replace('_', ' ')}")


def extend(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.transaction() as session:
        outcome = cases.extend(
            session, args.reference, args.reason, user=args.user, on=_day(args.on), today=date.today()
        )
        detail = cases.get_request(session, outcome.reference, today=date.today())
    return _report(
        outcome,
        f"extended to {detail.extended_due_on.isoformat()} once its notice is sent, by {detail.due_on.isoformat()}",
    )


def pause(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.transaction() as session:
        outcome = cases.pause(
            session,
            args.reference,
            PauseReason(args.why),
            user=args.user,
            on=_day(args.on),
            today=date.today(),
            reason=args.reason,
        )
    return _report(outcome, f"paused, waiting for {args.why}")


def resume(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.transaction() as session:
        outcome = cases.resume(session, args.reference, user=args.user, on=_day(args.on), today=date.today())
        detail = cases.get_request(session, outcome.reference, today=date.today())
    return _report(outcome, f"resumed; {detail.deadline_in_words}")


def identity(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    today = date.today()
    with case.transaction() as session:
        if args.step == "request":
            outcome = cases.request_identity(
                session, args.reference, args.doubt, user=args.user, on=_day(args.on), today=today
            )
        elif args.step == "received":
            document = _read_file(args.document, cases.ID_DOCUMENT) if args.document else None
            outcome = cases.identity_received(
                session, args.reference, user=args.user, on=_day(args.on), today=today, document=document
            )
        elif args.step == "verified":
            outcome = cases.verify_identity(
                session, args.reference, VerificationMethod(args.method), user=args.user, on=_day(args.on), today=today
            )
        else:
            outcome = cases.identity_failed(session, args.reference, args.reason, user=args.user)
    return _report(outcome, f"identity {args.step}")


def attach(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    files = [_read_file(p, args.kind) for p in args.files]
    with case.transaction() as session:
        for item in files:
            outcome = cases.add_attachment(session, args.reference, item, user=args.user)
    return _report(outcome, f"{len(files)} document(s) attached")


def note(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.transaction() as session:
        outcome = cases.add_note(session, args.reference, args.text, user=args.user)
    return _report(outcome, "note added")


def assign(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    with case.transaction() as session:
        outcome = cases.assign(session, args.reference, args.assignee, user=args.user)
    return _report(outcome, f"assigned to {args.assignee}")


def purge(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.retention import purge as purge_cases
    from ..services.retention import purge_candidates, set_aside_due

    assert case is not None
    today = date.today()
    with case.session() as session:
        due = purge_candidates(session, today=today)
        messages = set_aside_due(session, today=today)
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
    with case.transaction() as session:
        count = purge_cases(session, [c.reference for c in due], user=args.user, today=today, messages=messages)
    case.checkpoint()
    print(
        f"{count} case{'s' if count != 1 else ''} purged"
        + (f", {len(messages)} message(s) deleted." if messages else ".")
    )
    return 0


def verify(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..domain.hashchain import Checkpoint

    assert case is not None
    try:
        expect = [Checkpoint.parse(text) for text in args.expect]
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    report = verify_case_file(case, expect=expect)
    if args.json:
        emit_json(report.as_json())
    else:
        print("\n".join(report.lines()))
        print("The case file is sound." if report.ok else "Problems were found: restore the latest good backup.")
    return 0 if report.ok else 1


def backup(args: argparse.Namespace, case: CaseFile | None) -> int:
    assert case is not None
    target = Path(args.output).expanduser() if args.output else None
    if target is not None and target.suffix != ".dpodesk":
        raise UsageError("Name the backup with the .dpodesk extension, e.g. -o cases-copy.dpodesk.")
    made = case.backup(target)
    print(f"Backup written and verified: {made} (and its key file {made.name}-key).")
    return 0


def restore(args: argparse.Namespace, _: CaseFile | None) -> int:
    from ..services.backups import restore as restore_backup

    done = restore_backup(Path(args.backup).expanduser(), _case_path(args), passphrase_from_env_or_prompt())
    print(f"Restored {done.target} from {args.backup}.")
    if done.set_aside is not None:
        print(f"The case file it replaced was kept as {done.set_aside}.")
    return 0


def change_passphrase(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services import keys

    assert case is not None
    keys.check_allowed(case, args.user, keys.CHANGE_PASSPHRASE)  # before asking for anything
    current = passphrase_from_env_or_prompt(prompt="Current passphrase: ")
    keys.change_passphrase(case, current, new_passphrase("DPO_DESK_NEW_PASSPHRASE"), user=args.user)
    print("Passphrase changed. The case data was not rewritten; the old passphrase no longer opens it.")
    return 0


def rotate_key(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services import keys

    assert case is not None
    keys.check_allowed(case, args.user, keys.ROTATE_KEY)
    kept = keys.rotate_key(case, passphrase_from_env_or_prompt(), user=args.user)
    print(f"The case file is now encrypted under a new key (a backup under the old key was kept: {kept}).")
    return 0


def remember(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services import keys

    assert case is not None
    keys.remember_key(case, user=args.user)
    print("This computer will open the case file without asking for the passphrase.")
    return 0


def forget(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services import keys

    assert case is not None
    keys.forget_key(case, user=args.user)
    print("This computer no longer remembers the key; the passphrase will be asked.")
    return 0


# Issue 22: the dossier, the register of requests, coming from Excel --------------------------


def dossier(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.dossier import case_dossier

    assert case is not None
    output = _output_file(args.output)
    with case.transaction() as session:
        made = case_dossier(session, args.reference, user=args.user, today=date.today(), language=args.lang)
    write_private_atomic(output, made.pdf)
    print(
        f"Dossier of {args.reference.strip().upper()} saved to {output} ({made.pages} page(s), SHA-256 {made.sha256})."
    )
    print(f"Checkpoint: {made.checkpoint} (check it later with: dpo-desk verify --expect {made.checkpoint})")
    return 0


def request_register(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services.request_register import register_file, register_of_requests

    assert case is not None
    output = _output_file(args.output)
    if output.suffix.lower() not in (".xlsx", ".csv"):
        raise UsageError("Name the register .xlsx (Excel workbook) or .csv, e.g. -o requests-2026.xlsx.")
    end = _day(args.end, "end of the period")
    start = parse_day(args.start, "start of the period") if args.start else date(end.year, 1, 1)
    if start > end:
        raise UsageError("The period starts after it ends.")
    with case.session() as session:
        found = register_of_requests(
            session,
            start=start,
            end=end,
            today=date.today(),
            organisation_code=args.org,
            names=args.names,
            language=args.lang,
        )
    write_private_atomic(output, register_file(found, output.name, names=args.names, language=args.lang))
    named = "with names" if args.names else "without names"
    print(
        f"{len(found.rows)} request(s) received from {start.isoformat()} to {end.isoformat()} "
        f"saved to {output} ({named})."
    )
    return 0


def import_requests(args: argparse.Namespace, case: CaseFile | None) -> int:
    from ..services import request_import as importing

    assert case is not None
    path = Path(args.file).expanduser()
    data = _read_file(path).data
    mapping = None
    if args.mapping:
        mapping = importing.mapping_from_file(_read_file(Path(args.mapping).expanduser()).data)
    if args.org:
        from dataclasses import replace

        from ..domain.request_import import guess_mapping

        table = importing.read_table(data, path.name)
        with case.session() as session:
            base = mapping or importing.remembered_mapping(session, table.headers) or guess_mapping(table.headers)
        mapping = replace(base, organisation=args.org.strip().upper())
    table = importing.read_table(data, path.name)
    with case.session() as session:
        found = importing.preview(session, table, mapping, today=date.today())
    print(f"{path.name}, sheet “{table.sheet}”: {len(found.readable) + len(found.unreadable)} row(s).")
    for key, column in found.mapping.columns.items():
        print(f"  {key:<20} ← {column}")
    if found.problems:
        raise ActionRefused(
            "The columns cannot be mapped: " + "; ".join(found.problems) + ". Give a mapping file with --mapping "
            "(see dpo-desk import-requests --help)."
        )
    if args.dry_run:
        report_rows = found.unreadable
        print(f"{len(found.readable)} row(s) can be imported; {len(report_rows)} cannot (nothing was imported):")
        for problem in report_rows:
            print(f"  row {problem.row}: {problem.reason}")
        return 0 if not report_rows else 1
    with case.transaction() as session:
        done = importing.import_requests(session, found, user=args.user, today=date.today())
    for row, reference in done.imported:
        print(f"  row {row}: imported as {reference}")
    for row, reference in done.already:
        print(f"  row {row}: already imported as {reference}")
    for problem in done.unreadable:
        print(f"  row {problem.row}: not imported - {problem.reason}", file=sys.stderr)
    print(
        f"{len(done.imported)} request(s) imported, {len(done.already)} already there, "
        f"{len(done.unreadable)} row(s) not imported."
    )
    return 1 if done.unreadable else 0
