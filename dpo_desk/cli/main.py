"""Entry point of `dpo-desk`. Without a sub-command it opens the workbench window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .. import __version__
from ..domain.calendars import HolidayRegion
from ..domain.channels import Channel
from ..domain.deadlines import ExtensionRule
from ..domain.identity import VerificationMethod
from ..domain.letters import WRITTEN_BY_DPO_DESK, LetterKind
from ..domain.pauses import PauseReason
from ..domain.statuses import Status
from ..front_door.errors import DiskFull
from ..hardening import disable_core_dumps, owner_only_files
from . import (
    commands,
    correction_commands,
    envelope_commands,
    file_commands,
    form_commands,
    mail_commands,
    org_commands,
    reminder_commands,
    report_commands,
    running,
    server_commands,
)
from .inputs import MAX_DEMO_CASES, UsageError, whole_number

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _org_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument("--org-code", required=required, help="short code starting every reference, e.g. IMV")
    parser.add_argument("--org-name", required=required, help="legal name of the controller")
    parser.add_argument("--org-address", default="", help="postal address (use \\n between lines)")
    parser.add_argument("--org-city", default="", help="town printed before the date of letters")
    parser.add_argument("--dpo-name", default="")
    parser.add_argument("--dpo-email", default="")
    parser.add_argument("--dpo-address", default="", help="where data subjects write to the DPO")
    parser.add_argument("--signatory-name", default="")
    parser.add_argument("--signatory-title", default="")
    parser.add_argument("--language", choices=["fr", "en"], default="fr", help="default language of letters")
    parser.add_argument("--region", choices=[r.value for r in HolidayRegion], default="fr")
    parser.add_argument("--extension-rule", choices=[r.value for r in ExtensionRule], default="standard")
    parser.add_argument(
        "--envelope", choices=["right", "left"], default="right", help="where the window of its DL envelopes is"
    )
    parser.add_argument(
        "--count-customary-days",
        action="store_true",
        help="customary days off (e.g. Mi-Carême) move deadlines too; by law only public holidays do",
    )


def _mailbox_options(q: argparse.ArgumentParser, *, adding: bool) -> None:
    q.add_argument("--host", default="" if adding else None, help="the IMAP server (none: the mailbox only sends)")
    q.add_argument("--user", dest="mailbox_user", required=adding, help="the login on the mail server")
    q.add_argument("--security", choices=["tls", "starttls"], default="tls" if adding else None)
    q.add_argument("--port", type=whole_number(1, 65_535, "port number"), help="default: 993 for tls, 143 for starttls")
    q.add_argument("--folder", default="INBOX" if adding else None)
    q.add_argument("--org", help="the organisation whose requests arrive there and whose answers leave from there")
    q.add_argument("--ca-file", default="" if adding else None, help="a certificate to trust besides the system's")
    q.add_argument("--smtp-host", default="" if adding else None, help="the SMTP submission server answers go through")
    q.add_argument(
        "--smtp-port", type=whole_number(1, 65_535, "port number"), help="default: 465 for tls, 587 for starttls"
    )
    q.add_argument("--smtp-security", choices=["tls", "starttls"], default="starttls" if adding else None)
    q.add_argument(
        "--from", dest="from_address", default="" if adding else None, help="the address answers are sent from"
    )
    q.add_argument("--max-size", type=float, metavar="MB", help="above this size (default 10 MB), the post is proposed")
    q.add_argument("--oauth", choices=["microsoft", "google", "custom"], help="sign in with OAuth2, not a password")
    q.add_argument("--client-id", help="OAuth2: the application (client) id registered with the provider")
    q.add_argument("--tenant", help="Microsoft 365: the directory (tenant) id or domain")
    q.add_argument("--authorize-url", help="OAuth2 custom provider: its authorization endpoint")
    q.add_argument("--token-url", help="OAuth2 custom provider: its token endpoint")
    q.add_argument("--scopes", help="OAuth2: the scopes to ask (default: the provider's mail scopes)")
    q.add_argument("--sends-for", metavar="ORG", help="this mailbox's address sends the answers of that organisation")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dpo-desk",
        description="DPO Desk: data-subject rights requests in an encrypted case file. "
        "Without a command, opens the workbench window.",
    )
    parser.add_argument("--version", action="version", version=f"DPO Desk {__version__}")
    parser.add_argument(
        "--case-file",
        type=Path,
        default=os.environ.get("DPO_DESK_CASE_FILE"),
        help="the case file (.dpodesk); default: $DPO_DESK_CASE_FILE",
    )
    parser.add_argument(
        "--server",
        default=os.environ.get("DPO_DESK_SERVER") or None,
        metavar="URL",
        help="a team server instead of a case file: postgresql://LOGIN@HOST/DATABASE (the password from "
        "PGPASSWORD or ~/.pgpass, or typed); default: $DPO_DESK_SERVER",
    )
    parser.add_argument(
        "--sslmode",
        dest="server_sslmode",
        default="",
        choices=["", "disable", "require", "verify-ca", "verify-full"],
        help="with --server: TLS to it (default: verify-full over the network, none on a local socket)",
    )
    parser.add_argument("--ca-file", dest="server_ca", default="", help="with --server: the company's CA (PEM)")
    parser.add_argument(
        "--user",
        default=None,
        help="who is acting (recorded in the history); default: your login on this computer. "
        "Not with --server: there the server's login is recorded",
    )
    parser.add_argument("--no-keyring", action="store_true", help="do not use the system keyring")
    parser.add_argument(
        "--read-only",
        dest="open_read_only",
        action="store_true",
        help="open the case file read-only: no lock is taken, nothing can be changed (while someone else writes)",
    )
    parser.add_argument("--demo", action="store_true", help="open the built-in demo case file in the window")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation offscreen (case file, letter, window)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("deadline", help="compute the deadlines of a request (no case file needed)")
    p.add_argument("received", help="date received (delivery date), e.g. 2026-03-05")
    p.add_argument("--region", choices=[r.value for r in HolidayRegion], default="fr")
    p.add_argument(
        "--paused-days", type=whole_number(0, 36_500, "number of days"), default=0, help="days the clock was suspended"
    )
    p.add_argument("--conservative", action="store_true", help="extended deadline = one month + two months")
    p.add_argument(
        "--count-customary-days", action="store_true", help="customary days off (e.g. Mi-Carême) move the deadline"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=commands.deadline, needs_case=False)

    p = sub.add_parser("init", help="create a case file and its first organisation")
    _org_options(p, required=True)
    p.add_argument("--remember", action="store_true", help="remember the key on this computer (system keyring)")
    p.set_defaults(handler=file_commands.init, needs_case=False, file_only=True)

    p = sub.add_parser("org", help="organisations (controllers) in the case file")
    org_sub = p.add_subparsers(dest="org_command", metavar="ACTION", required=True)
    q = org_sub.add_parser("add", help="add an organisation")
    _org_options(q, required=True)
    q.set_defaults(handler=commands.org_add)
    q = org_sub.add_parser("list", help="list organisations")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=commands.org_list)
    org_commands.add_parser(org_sub)

    p = sub.add_parser("register", help="an organisation's register of processing activities (JSON)")
    reg_sub = p.add_subparsers(dest="register_command", metavar="ACTION", required=True)
    q = reg_sub.add_parser("list", help="list the activities")
    q.add_argument("--org")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=report_commands.register_list)
    q = reg_sub.add_parser("contact", help="the department asked for the person's data in an activity (a relay)")
    q.add_argument("activity")
    q.add_argument("address", help="e.g. rh@example.fr; empty to remove it")
    q.add_argument("--org")
    q.set_defaults(handler=report_commands.register_contact)
    q = reg_sub.add_parser(
        "import",
        help="replace the register by the one in a file: JSON, or a spreadsheet (XLSX, ODS, CSV; the CNIL "
        "model register too); what matches no field is listed",
    )
    q.add_argument("file", type=Path)
    q.add_argument("--org", help="default: the organisation named in the file")
    q.set_defaults(handler=report_commands.register_import)
    q = reg_sub.add_parser("export", help="write the register to a file: .json, .xlsx, .ods or .csv")
    q.add_argument("file", type=Path, nargs="?")
    q.add_argument("--org")
    q.add_argument("-o", "--output", type=Path, help="the same as FILE")
    q.add_argument(
        "--layout", choices=["table", "cnil"], default="table", help="cnil: the CNIL model, a sheet per activity"
    )
    q.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the headings")
    q.set_defaults(handler=report_commands.register_export)

    p = sub.add_parser("add", help="log a request")
    p.add_argument("--org", help="organisation code (needed when the file holds several)")
    p.add_argument("--channel", choices=[c.value for c in Channel], required=True)
    p.add_argument("--received", required=True, help="delivery date (not the day it was opened)")
    p.add_argument("--first-name", default="")
    p.add_argument("--last-name", default="")
    p.add_argument("--email", action="append", default=[], help="repeat for several addresses")
    p.add_argument("--address", default="", help="postal address of the person")
    p.add_argument("--civility", default="", help="madame, monsieur or none: for the address and the salutation")
    form_commands.add_intake_options(p)
    p.add_argument("--identifier", action="append", help="NAME=VALUE, e.g. customer=C-1042")
    p.add_argument("--rights", required=True, help="comma-separated: access,erasure,...")
    p.add_argument("--text", default="", help="what the person asks, in their words or summarised")
    p.add_argument("--registered-mail", default="", help="registered-mail number of the letter")
    p.add_argument("--assignee", default="")
    p.add_argument("--attach", action="append", type=Path, default=[], help="scan or document to keep")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=commands.add)

    p = sub.add_parser("import-email", help="log requests from .eml or Outlook .msg files, or mbox mailboxes")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--org", help="organisation code, when the recipient address does not tell")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=mail_commands.import_email)

    p = sub.add_parser("mailbox", help="mailboxes requests arrive in (IMAP) and answers leave from (SMTP)")
    box_sub = p.add_subparsers(dest="mailbox_command", metavar="ACTION", required=True)
    q = box_sub.add_parser("add", help="add a mailbox (the password goes to the system keyring)")
    q.add_argument("name", help="a short name, e.g. dpo-imv")
    _mailbox_options(q, adding=True)
    q.set_defaults(handler=mail_commands.mailbox_add)
    q = box_sub.add_parser("edit", help="change a mailbox's settings (only those given)")
    q.add_argument("name")
    q.add_argument("--rename", help="a new name")
    q.add_argument("--password", action="store_true", help="ask for (or read) a new password")
    _mailbox_options(q, adding=False)
    q.set_defaults(handler=mail_commands.mailbox_edit)
    q = box_sub.add_parser("remove", help="remove a mailbox and forget its password or tokens")
    q.add_argument("name")
    q.set_defaults(handler=mail_commands.mailbox_remove)
    q = box_sub.add_parser("authorise", help="OAuth2: sign in in the system browser (the token goes to the keyring)")
    q.add_argument("name")
    q.add_argument("--no-browser", action="store_true", help="print the address to open instead of opening it")
    q.set_defaults(handler=mail_commands.mailbox_authorise)
    q = box_sub.add_parser("list", help="list mailboxes, with the messages waiting to be triaged")
    q.set_defaults(handler=mail_commands.mailbox_list)

    p = sub.add_parser("send", help="send a letter, the access report or the portability bundle by email")
    p.add_argument("reference")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--letter",
        type=whole_number(1, what="letter number"),
        metavar="ID",
        help="the letter to send (its number in dpo-desk show)",
    )
    what.add_argument("--report", action="store_true", help="the access report, encrypted (AES-256 PDF)")
    what.add_argument("--bundle", action="store_true", help="the portability bundle, encrypted (AES-256 ZIP)")
    p.add_argument(
        "--password-via",
        choices=["post", "phone", "email"],
        help="how the password of an encrypted attachment reaches the person (default: phone, shown here); "
        "email: a separate message, if you accept the risk",
    )
    p.add_argument("--encrypt", action="store_true", help="encrypt a letter's PDF too")
    p.add_argument("--lang", choices=["fr", "en"], help="language of the report or bundle and of the email")
    p.set_defaults(handler=mail_commands.send)

    p = sub.add_parser("fetch", help="copy new messages from mailboxes into the triage list (the server is only read)")
    p.add_argument("names", nargs="*", help="mailboxes to fetch (default: all)")
    p.set_defaults(handler=mail_commands.fetch)

    p = sub.add_parser("triage", help="messages fetched and not yet handled: list, log as a request, or set aside")
    p.add_argument("action", nargs="?", choices=["list", "log", "set-aside", "show"], default="list")
    p.add_argument(
        "message", nargs="?", type=whole_number(1, what="message number"), help="the message number shown by the list"
    )
    p.add_argument("--org", help="the organisation, when the mailbox does not tell")
    p.add_argument("--reason", default="", help="why a message set aside is not a rights request")
    p.add_argument("--all", action="store_true", help="list handled messages too")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=mail_commands.triage)

    p = sub.add_parser("ask-departments", help="email each ticked activity's internal contact for the person's data")
    p.add_argument("reference")
    p.add_argument("--activity", action="append", help="only these activities (default: every ticked one)")
    p.set_defaults(handler=mail_commands.ask_departments)
    p = sub.add_parser("relays", help="the departments asked for a request's data; --remind the late ones")
    p.add_argument("reference", nargs="?")
    p.add_argument("--remind", action="store_true", help="remind every relay unanswered on its due date")
    p.set_defaults(handler=mail_commands.relays)
    p = sub.add_parser("digest", help="email each member who asked for it the digest of what falls due (once a day)")
    p.add_argument("--dry-run", action="store_true", help="print the digests instead of sending them")
    p.set_defaults(handler=mail_commands.digest)

    reminder_commands.add_parser(sub)
    envelope_commands.add_parser(sub)

    p = sub.add_parser("list", help="list requests, next deadline first")
    p.add_argument("--status", action="append", choices=[s.value for s in Status], default=[])
    p.add_argument("--open", action="store_true", help="only requests still awaiting an answer")
    p.add_argument("--org")
    p.add_argument("--due-within", type=whole_number(0, 36_500, "number of days"), metavar="DAYS")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--search", default="", help="words from names, emails, references, identifiers, text")
    p.add_argument("--limit", type=whole_number(1, what="number of requests"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=commands.list_)

    p = sub.add_parser("show", help="show one request with its history")
    p.add_argument("reference")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=commands.show)

    p = sub.add_parser("status", help="change the status of a request")
    p.add_argument("reference")
    # Withdrawing an entry logged in error is `withdraw`, with its reason.
    p.add_argument("new_status", choices=[s.value for s in Status if s is not Status.LOGGED_IN_ERROR])
    p.add_argument("--reason", default="")
    p.add_argument("--on", help="date of the change (default today)")
    p.set_defaults(handler=commands.status)

    p = sub.add_parser("extend", help="extend by two further months (Art. 12(3))")
    p.add_argument("reference")
    p.add_argument("--reason", required=True, help="why: complexity, number of requests")
    p.add_argument("--on", help="today only: an extension is dated the day it is recorded")
    p.set_defaults(handler=commands.extend)

    p = sub.add_parser("pause", help="suspend the clock while waiting for the data subject")
    p.add_argument("reference")
    p.add_argument("--for", dest="why", choices=[r.value for r in PauseReason], default="clarification")
    p.add_argument("--on", help="date the information was asked for (default today)")
    p.add_argument("--reason", default="", help="what was asked of the person (kept in the history)")
    p.set_defaults(handler=commands.pause)

    p = sub.add_parser("resume", help="the information arrived: the clock runs again")
    p.add_argument("reference")
    p.add_argument("--on", help="date the information arrived (default today)")
    p.set_defaults(handler=commands.resume)

    p = sub.add_parser("identity", help="identity verification steps")
    p.add_argument("reference")
    id_sub = p.add_subparsers(dest="step", metavar="STEP", required=True)
    q = id_sub.add_parser("request", help="ask for proof of identity (reasonable doubt required)")
    q.add_argument("--doubt", required=True, help="what raises a reasonable doubt")
    q.add_argument("--on")
    q = id_sub.add_parser("received", help="the proof arrived")
    q.add_argument("--document", type=Path, help="copy of an ID document (destroyed once verified)")
    q.add_argument("--on")
    q = id_sub.add_parser("verified", help="identity verified (any ID copy is destroyed)")
    q.add_argument("--method", choices=[m.value for m in VerificationMethod], required=True)
    q.add_argument("--on")
    q = id_sub.add_parser("failed", help="identity could not be verified")
    q.add_argument("--reason", required=True)
    p.set_defaults(handler=commands.identity)

    p = sub.add_parser("attach", help="add documents to a request")
    p.add_argument("reference")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--kind", default="document", choices=["document", "scan", "email", "id_document", "extract"])
    p.set_defaults(handler=commands.attach)

    p = sub.add_parser("activity", help="the DPO's activity report: figures, as text, PDF and CSV")
    p.add_argument("--from", dest="start", help="first day of the period (default: a year ago)")
    p.add_argument("--to", dest="end", help="last day of the period (default: today)")
    p.add_argument("--org", help="one organisation (default: all)")
    p.add_argument("-o", "--output", type=Path, help="the PDF report to write")
    p.add_argument("--csv", type=Path, help="one row per request (no names) to write")
    p.add_argument("--lang", choices=["fr", "en"], default="fr")
    p.set_defaults(handler=report_commands.activity_report)

    p = sub.add_parser("users", help="who works in the case file: DPO or staff (without members, one person)")
    p.add_argument("action", nargs="?", choices=["list", "add", "set"], default="list")
    p.add_argument("login", nargs="?", help="the person's login on the computer")
    p.add_argument("--name", default="")
    p.add_argument("--role", choices=["dpo", "staff"])
    p.add_argument("--inactive", action="store_true", help="with set: the person no longer works in the file")
    p.add_argument("--active", action="store_true", help="with set: the person works in the file again")
    p.add_argument("--digest", metavar="ADDRESS", help="with set: email the daily digest there ('' to stop it)")
    p.add_argument(
        "--org",
        dest="orgs",
        action="append",
        default=[],
        metavar="CODE",
        help="with --server and add: an organisation the member works for (repeat for several)",
    )
    p.set_defaults(handler=file_commands.users)

    p = sub.add_parser("note", help="add a note to the history of a request")
    p.add_argument("reference")
    p.add_argument("text")
    p.set_defaults(handler=commands.note)

    p = sub.add_parser("assign", help="assign a request to someone")
    p.add_argument("reference")
    p.add_argument("assignee")
    p.set_defaults(handler=commands.assign)
    correction_commands.add_parsers(sub)

    p = sub.add_parser("letter", help="write a letter for a request, keep it in the case file, save the PDF")
    p.add_argument("reference")
    p.add_argument("kind", choices=[k.value for k in LetterKind if k not in WRITTEN_BY_DPO_DESK])
    p.add_argument("-o", "--output", type=Path, required=True, help="where to save the PDF")
    p.add_argument("--lang", choices=["fr", "en"], help="default: the organisation's letter language")
    p.add_argument("--details", default="", help="for a request for clarification: what to ask")
    p.add_argument(
        "--sign-by-hand", action="store_true", help="leave room for a handwritten signature instead of the image"
    )
    p.add_argument(
        "--registered",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="to send as a registered letter with acknowledgement of receipt (the mention is printed); "
        "default: decisions (extension, refusal) on requests that came by post",
    )
    p.set_defaults(handler=commands.letter)

    from .answer_commands import add_commands

    add_commands(sub)  # what was decided and done to answer: the facts letters state

    p = sub.add_parser("letters", help="save every letter written on a day (default today) into a folder, to print")
    p.add_argument("-o", "--output", type=Path, required=True, help="an existing folder")
    p.add_argument("--on", help="the day the letters were written (YYYY-MM-DD or DD/MM/YYYY)")
    p.set_defaults(handler=commands.letters_of_day)

    p = sub.add_parser("activities", help="which processing activities of the register concern the person")
    p.add_argument("reference")
    p.add_argument("names", nargs="*", help="the activities to tick (all others are unticked); none: list them")
    p.set_defaults(handler=commands.activities)

    p = sub.add_parser("report", help="the access report (Art. 15) of a request, as PDF")
    p.add_argument("reference")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--lang", choices=["fr", "en"])
    p.set_defaults(handler=report_commands.report)

    p = sub.add_parser("export", help="the portability bundle (Art. 20) of a request: a ZIP of JSON and CSV")
    p.add_argument("reference")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .zip file to write")
    p.add_argument("--lang", choices=["fr", "en"], help="language of the bundle's read-me")
    p.set_defaults(handler=report_commands.export)

    p = sub.add_parser("dossier", help="the dossier of a request for an inspection or a complaint, as PDF")
    p.add_argument("reference")
    p.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    p.add_argument("--lang", choices=["fr", "en"], help="default: the organisation's letter language")
    p.set_defaults(handler=report_commands.dossier)

    p = sub.add_parser(
        "request-register", help="the register of requests for a period, one row per request (XLSX or CSV)"
    )
    p.add_argument("--from", dest="start", help="first day received (default: 1 January of the last day's year)")
    p.add_argument("--to", dest="end", help="last day received (default: today)")
    p.add_argument("--org", help="one organisation (default: all)")
    p.add_argument("--names", action="store_true", help="add the data subjects' names (off by default)")
    p.add_argument("--lang", choices=["fr", "en"], default="fr", help="language of the headings and words")
    p.add_argument("-o", "--output", type=Path, required=True, help="a .xlsx or .csv file")
    p.set_defaults(handler=report_commands.request_register, read_only=True)

    p = sub.add_parser(
        "import-requests",
        help="log the requests of a register kept in a spreadsheet (XLSX, ODS, CSV); unreadable rows are listed",
        description="Columns are matched to fields by their headings, or by a mapping file (JSON: "
        '{"format": "dpo-desk-import-mapping", "version": 1, "columns": {"received_on": "Date de réception", '
        '"rights": "Droit", "last_name": "Nom", ...}, "organisation": "IMV", "channel": "post"}); the mapping '
        "used is remembered for spreadsheets with the same headings. Dates are read as 05/03/2026, 5 mars 2026 "
        "or typed date cells.",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--mapping", type=Path, help="a mapping file (JSON)")
    p.add_argument("--org", help="the organisation of rows that do not say")
    p.add_argument("--dry-run", action="store_true", help="read and report every row, import nothing")
    p.set_defaults(handler=report_commands.import_requests)

    form_commands.register(sub)

    p = sub.add_parser("letter-sent", help="record that a letter was sent")
    p.add_argument("letter_id", type=whole_number(1, what="letter number"))
    p.add_argument("--channel", choices=[c.value for c in Channel], help="default: the channel the request came by")
    p.add_argument("--registered-mail", default="", help="registered-mail number (lettre recommandée)")
    p.add_argument("--on", help="date sent (default today)")
    p.set_defaults(handler=commands.letter_sent)

    p = sub.add_parser("demo", help="write a demo case file (fictitious data), e.g. for benchmarks")
    p.add_argument("path", type=Path, help="the new case file")
    p.add_argument(
        "--cases",
        type=whole_number(1, MAX_DEMO_CASES, "number of requests"),
        help=f"number of requests (bulk, up to {MAX_DEMO_CASES}); default: the 40 of the demo",
    )
    p.set_defaults(handler=file_commands.demo, needs_case=False)

    p = sub.add_parser("purge", help="closed cases past their retention period: preview, then purge with --yes")
    p.add_argument("--yes", action="store_true", help="purge every case the preview lists (a DPO only)")
    p.set_defaults(handler=file_commands.purge)

    p = sub.add_parser("verify", help="check integrity, encryption, event history and attachments")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--expect",
        action="append",
        default=[],
        metavar="EVENT:FINGERPRINT",
        help="a checkpoint kept outside the file (printed by verify and on activity reports): the history "
        "must still hold it",
    )
    p.add_argument(
        "--since-checkpoint",
        action=report_commands.SinceCheckpoint,
        help="check only what was added since the last --since-checkpoint check, then keep the new checkpoint in "
        "the history (the first time: the whole file); without it, verify checks the whole file",
    )
    p.set_defaults(handler=report_commands.verify, read_only=True, since_checkpoint=False, file_only=True)

    p = sub.add_parser("backup", help="write an encrypted, verified copy of the case file (with its key file)")
    p.add_argument("-o", "--output", type=Path, help="default: the case file's backups folder")
    p.set_defaults(handler=file_commands.backup, read_only=True, file_only=True)

    p = sub.add_parser("restore", help="replace the case file by a backup, once the backup is verified")
    p.add_argument("backup", type=Path, help="the backup (.dpodesk) to restore; its key file must be beside it")
    p.set_defaults(handler=file_commands.restore, needs_case=False, file_only=True)

    p = sub.add_parser("change-passphrase", help="choose a new passphrase (the data stays as it is)")
    p.set_defaults(handler=file_commands.change_passphrase, file_only=True)
    p = sub.add_parser("rotate-key", help="re-encrypt the case file under a new key")
    p.set_defaults(handler=file_commands.rotate_key, file_only=True)
    p = sub.add_parser("remember", help="remember the key on this computer (system keyring)")
    p.set_defaults(handler=file_commands.remember, file_only=True)
    p = sub.add_parser("forget", help="forget the key on this computer")
    p.set_defaults(handler=file_commands.forget, needs_passphrase=False, file_only=True)
    server_commands.add_parser(sub, _org_options)
    from .transfer_commands import add_parser as add_migrate  # a case file onto a team server and back (issue 20)

    add_migrate(sub)
    return parser


def _say(message: str) -> None:
    print(f"dpo-desk: {message}", file=sys.stderr)


def start(argv: Sequence[str] | None = None) -> int:
    """The program's entry point (the `dpo-desk` command, `python -m dpo_desk`, the bundle).

    The process is hardened before any key is in memory (hardening.py): no core dumps, and what
    it creates is its owner's only. `main` itself leaves the calling process as it is (the tests
    call it in-process).
    """
    disable_core_dumps()
    owner_only_files()
    return main(argv)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) == 1 and arguments[0].lower().endswith(".dpodesk") and not arguments[0].startswith("-"):
        arguments = ["--case-file", arguments[0]]  # a case file opened from the file manager
    args = parser.parse_args(arguments)
    if args.self_test:
        from ..self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from ..ui.app import run_gui  # Qt is imported only for the window

        server = (
            {"server": args.server, "sslmode": args.server_sslmode, "ca_file": args.server_ca} if args.server else {}
        )
        return run_gui(case_file=args.case_file, demo=args.demo, use_keyring=not args.no_keyring, **server)
    handler: running.Handler = args.handler
    try:
        return running.run(handler, args)
    except running.AfterCommit as exc:
        return _after_commit(exc.error)
    except BrokenPipeError:
        _quiet_stdout()
        return 141  # the reader went away before anything was committed (128 + SIGPIPE)
    except UsageError as exc:
        _say(str(exc))
        return EXIT_USAGE
    except running.EXPECTED as exc:
        _say(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _say("interrupted; nothing more was changed.")
        return 130
    except Exception as exc:  # the promise: never a traceback
        if os.environ.get("DPO_DESK_DEBUG"):
            raise
        _say(
            f"unexpected error ({type(exc).__name__}); nothing was saved from this command. "
            "Set DPO_DESK_DEBUG=1 to see the details."
        )
        return EXIT_FAILED


def _after_commit(error: BaseException) -> int:
    """The change was committed; what failed afterwards is said without unsaying the change."""
    if isinstance(error, BrokenPipeError):  # `dpo-desk ... | head`: the reader stopped reading
        _quiet_stdout()
        return EXIT_OK
    if isinstance(error, KeyboardInterrupt):
        _say("interrupted after the change was saved in the case file.")
        return 130
    if isinstance(error, DiskFull):  # its own words say "nothing was changed": not true here
        _say(
            f"the change was saved in the case file; then the disk holding {error.values.get('folder')} was full, "
            "so what was to follow (writing a file, tidying up) was not done. Free some space on it."
        )
        return EXIT_FAILED
    if isinstance(error, OSError) and not isinstance(error, running.EXPECTED):
        where = f" {error.filename}" if error.filename else ""
        _say(f"the change was saved in the case file, but{where} could not be written: {error.strerror or error}.")
        return EXIT_FAILED
    if os.environ.get("DPO_DESK_DEBUG"):
        raise error
    why = (
        str(error)
        if isinstance(error, (*running.EXPECTED, UsageError))
        else f"unexpected error ({type(error).__name__})"
    )
    _say(f"the change was saved in the case file; what followed failed: {why}")
    return EXIT_FAILED


def _quiet_stdout() -> None:
    """Nothing more goes to a closed pipe (Python would complain when flushing at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def today() -> date:
    return date.today()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(start())
