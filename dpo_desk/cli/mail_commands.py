"""The commands that send and fetch mail: mailboxes, triage, sending answers, asking departments,
the daily digest, importing saved messages."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import replace
from datetime import UTC
from pathlib import Path

from ..domain.delivery import PasswordChannel
from ..front_door import mail
from ..front_door.case_files import CaseFile
from ..front_door.errors import ActionRefused
from .inputs import UsageError, secret_from_env_or_prompt
from .output import JsonArray, emit_json
from .running import MAILBOX_PASSWORD, bench, mailbox_password, refusals_exit_2


@refusals_exit_2
def ask_departments(args: argparse.Namespace, case: CaseFile | None) -> int:
    asked = mail.ask_departments(bench(args, case), args.reference, args.activity, mailbox_password())
    for relay in asked:
        print(
            f"{relay.activity}: asked {relay.contact} on {relay.asked_on.isoformat()}, due {relay.due_on.isoformat()}"
        )
    return 0


@refusals_exit_2
def relays(args: argparse.Namespace, case: CaseFile | None) -> int:
    desk = bench(args, case)
    if args.remind:
        count = mail.remind_relays(desk, mailbox_password())
        print(f"{count} relay(s) reminded.")
    if args.reference:
        views = desk.relays(args.reference)
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
    for line in mail.send_digests(bench(args, case), args.dry_run, mailbox_password()):
        print(line)
    return 0


def import_email(args: argparse.Namespace, case: CaseFile | None) -> int:
    """Each message said as its batch is saved, none kept: a mailbox of any size in flat memory (issue #19).

    With --json, the same array as before, written an element at a time.
    """
    outcomes = mail.import_email_stream(bench(args, case), [Path(p).expanduser() for p in args.files], args.org)
    errors = unknown_organisation = False
    with JsonArray(sys.stdout) if args.json else contextlib.nullcontext() as array:
        for o in outcomes:
            errors = errors or o.outcome == "error"
            unknown_organisation = unknown_organisation or "which organisation it was sent to" in o.message
            if array is not None:
                array.add(o.as_json())
            else:
                print(f"{o.source}: {o.outcome.replace('_', ' ')} - {o.message}", flush=True)
    if not args.json and args.org is None and unknown_organisation:
        print("On the command line, give --org CODE to import those messages for that organisation.")
    return 1 if errors else 0


def _mailbox_settings(args: argparse.Namespace, base):  # type: ignore[no-untyped-def]
    """The settings given on the command line, over `base` (a mailbox's current settings, or the defaults)."""
    Auth, Security = mail.Auth, mail.Security

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
    MailboxSettings, Auth = mail.MailboxSettings, mail.Auth
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
    kept = mail.add_mailbox(
        bench(args, case),
        settings,
        password=password,
        client_secret=client_secret,
        keyring_optional=password is not None and password == mailbox_password(),
        sends_for=args.sends_for,
    )
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
    Auth = mail.Auth
    desk = bench(args, case)
    current = desk.mailbox_settings(args.name)
    settings = _mailbox_settings(args, current)
    password = None
    if args.password and settings.auth is Auth.PASSWORD:
        password = secret_from_env_or_prompt(
            "DPO_DESK_MAILBOX_PASSWORD", f"New password of {settings.username}: ", "the mailbox password"
        )
    changed = mail.edit_mailbox(
        desk,
        args.name,
        settings,
        password=password,
        client_secret=os.environ.get("DPO_DESK_OAUTH_CLIENT_SECRET") or None,
        sends_for=args.sends_for,
    )
    print(f"Mailbox {settings.name}: " + (f"changed {', '.join(changed)}." if changed else "nothing to change."))
    return 0


@refusals_exit_2
def mailbox_remove(args: argparse.Namespace, case: CaseFile | None) -> int:
    bench(args, case).remove_mailbox(args.name)
    print(f"Mailbox {args.name} removed; its password or tokens were forgotten on this computer.")
    return 0


@refusals_exit_2
def mailbox_authorise(args: argparse.Namespace, case: CaseFile | None) -> int:
    import webbrowser

    def open_browser(url: str) -> None:
        print(f"Sign in, in your browser, at:\n{url}", file=sys.stderr, flush=True)
        if not args.no_browser:
            webbrowser.open(url)

    bench(args, case).authorise_mailbox(args.name, open_browser)
    print(f"Mailbox {args.name} authorised; its refresh token is kept in the system keyring.")
    return 0


@refusals_exit_2
def send(args: argparse.Namespace, case: CaseFile | None) -> int:
    if args.password_via == PasswordChannel.EMAIL.value:
        print(
            "dpo-desk: warning: the password goes by email too; whoever reads that mailbox can open the "
            "document. The history records that you accepted this risk.",
            file=sys.stderr,
        )
    sent = mail.send_answer(
        bench(args, case),
        args.reference,
        letter_id=args.letter,
        report=args.report,
        encrypt=args.encrypt or None,
        password_via=args.password_via,
        language=args.lang,
        mailbox_password=mailbox_password(),
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
    boxes = bench(args, case).mailboxes()
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
    desk = bench(args, case)
    names = args.names
    if not names:
        names = [box.name for box in desk.mailboxes()]
    if not names:
        raise ActionRefused("No mailbox to fetch: add one with dpo-desk mailbox add.")
    failed = 0
    for name in names:
        try:
            report = mail.fetch_new(desk, name, mailbox_password())
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
    desk = bench(args, case)
    if args.action == "list":
        items = mail.triage_list(desk, args.all)
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
        draft = mail.triage_message(desk, args.message)
        print(f"From: {draft.from_name} <{draft.from_address}>\nSubject: {draft.subject}\n\n{draft.body_text}")
        return 0
    if args.action == "set-aside":
        desk.set_aside(args.message, args.reason)
        print(f"Message {args.message} set aside: {args.reason.strip()}")
        return 0
    outcome = mail.log_triaged(desk, args.message, args.org)
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
