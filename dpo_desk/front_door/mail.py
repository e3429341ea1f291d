"""The mailboxes requests arrive in and answers leave from: their settings, what a fetch found,
the messages waiting to be triaged. (Loads the ORM: for the mailbox and triage dialogs.)

The command line's mail is here too: a mailbox password given in the environment when this computer
has no keyring (the window asks for none), a mailbox change and the organisation it sends for in one
transaction; beside the Workbench's mail methods, through the same services."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..services.mailboxes import Auth, FetchReport, MailboxSettings, MailboxView, Security, TriageItem

if TYPE_CHECKING:
    from ..services.email_import import ImportOutcome
    from ..services.email_worker import EmailDraft
    from ..services.oauth import Provider
    from ..services.relays import RelayView
    from ..services.sending import Sent
    from .workbench import Workbench

__all__ = [
    "Auth",
    "FetchReport",
    "MailboxSettings",
    "MailboxView",
    "Security",
    "TriageItem",
    "oauth_provider",
]  # and the command line's, below


def oauth_provider(name: str) -> Provider | None:
    """A known OAuth2 provider (its servers and ports), or None for one DPO Desk does not know."""
    from ..services.oauth import PROVIDERS  # the sign-in machinery loads only when asked

    return PROVIDERS.get(name)


def ask_departments(
    bench: Workbench, reference: str, activities: list[str] | None, mailbox_password: str | None
) -> list[RelayView]:
    from ..services.relays import ask_departments as ask

    return ask(
        bench.case,
        reference,
        user=bench.user,
        today=bench.today(),
        activities=activities,
        mailbox_password=mailbox_password,
    )


def remind_relays(bench: Workbench, mailbox_password: str | None) -> int:
    """Remind every department late with its answer; returns how many."""
    from ..services.relays import remind_relays as remind

    return remind(bench.case, user=bench.user, today=bench.today(), mailbox_password=mailbox_password)


def send_digests(bench: Workbench, dry_run: bool, mailbox_password: str | None) -> list[str]:
    from ..services.digest import send_digests as send

    return send(bench.case, user=bench.user, today=bench.today(), dry_run=dry_run, mailbox_password=mailbox_password)


def import_email_files(bench: Workbench, files: list[Path], organisation_code: str | None) -> list[ImportOutcome]:
    return list(import_email_stream(bench, files, organisation_code))


def import_email_stream(bench: Workbench, files: list[Path], organisation_code: str | None) -> Iterator[ImportOutcome]:
    """The outcome of each message of each file (.eml, .msg, mbox), as its batch is saved (issue #19).

    Messages are read one at a time and imported in batches of one transaction, each message in its
    own savepoint; an outcome comes without the message's bytes: memory stays that of one batch.
    """
    from ..services.email_import import import_stream

    return import_stream(bench.case, files, user=bench.user, today=bench.today(), organisation_code=organisation_code)


def add_mailbox(
    bench: Workbench,
    settings: MailboxSettings,
    *,
    password: str | None,
    client_secret: str | None,
    keyring_optional: bool,
    sends_for: str | None,
) -> bool:
    """Add the mailbox (and make it send for `sends_for`); False when its password was not kept."""
    from ..services.mailboxes import add_mailbox as add
    from ..services.mailboxes import set_sending_mailbox

    with bench.case.unit_of_work() as session:
        kept = add(
            session,
            settings,
            user=bench.user,
            password=password,
            client_secret=client_secret,
            keyring_optional=keyring_optional,
        )
        if sends_for:
            set_sending_mailbox(session, sends_for, settings.name, user=bench.user)
    return kept


def edit_mailbox(
    bench: Workbench,
    name: str,
    settings: MailboxSettings,
    *,
    password: str | None,
    client_secret: str | None,
    sends_for: str | None,
) -> list[str]:
    """Change the mailbox (and make it send for `sends_for`); returns what changed."""
    from ..services.mailboxes import edit_mailbox as edit
    from ..services.mailboxes import set_sending_mailbox

    with bench.case.unit_of_work() as session:
        changed = edit(session, name, settings, user=bench.user, password=password, client_secret=client_secret)
        if sends_for:
            set_sending_mailbox(session, sends_for, settings.name, user=bench.user)
            changed.append("sends_for")
    return changed


def send_answer(
    bench: Workbench,
    reference: str,
    *,
    letter_id: int | None,
    report: bool,
    encrypt: bool | None,
    password_via: str | None,
    language: str | None,
    mailbox_password: str | None,
) -> Sent:
    """Email the answer: the letter `letter_id`, else the access report if `report`, else the bundle."""
    from ..domain.delivery import PasswordChannel, Purpose
    from ..services.sending import send_answer as send

    purpose = Purpose.LETTER if letter_id is not None else Purpose.REPORT if report else Purpose.BUNDLE
    return send(
        bench.case,
        reference,
        purpose,
        user=bench.user,
        today=bench.today(),
        letter_id=letter_id,
        encrypt=encrypt,
        password_via=PasswordChannel(password_via) if password_via else None,
        language=language,
        mailbox_password=mailbox_password,
    )


def fetch_new(bench: Workbench, name: str, password: str | None) -> FetchReport:
    from ..services.mailboxes import fetch_new as fetch
    from ..storage.door import SharedJob

    with bench.case.exclusive(SharedJob.FETCH_MAIL):  # on a team server, one desk fetches at a time
        return fetch(bench.case, name, user=bench.user, password=password)


def triage_list(bench: Workbench, include_handled: bool) -> list[TriageItem]:
    from ..services.mailboxes import triage_list as items

    with bench.case.reader(orm=True) as read:
        return items(read.orm, include_handled=include_handled)


def triage_message(bench: Workbench, item_id: int) -> EmailDraft:
    """The message as read from its raw bytes."""
    from ..services.email_worker import parse_email

    return parse_email(bench.triage_message(item_id))


def log_triaged(bench: Workbench, item_id: int, organisation_code: str | None) -> ImportOutcome:
    from ..services.mailboxes import log_from_triage

    with bench.case.unit_of_work() as session:
        return log_from_triage(
            session, item_id, user=bench.user, today=bench.today(), organisation_code=organisation_code
        )
