"""What the workbench window can do, one method per user action (one transaction each).

The window holds a Workbench and never a Session: it gets plain data back and shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from ..domain.channels import Channel
from ..domain.delivery import PasswordChannel, Purpose
from ..domain.identity import VerificationMethod
from ..domain.letters import LetterKind
from ..domain.pauses import PauseReason
from ..domain.redaction import Mark
from ..domain.register import Activity
from ..domain.register_sheets import RegisterImport
from ..domain.reminders import Reminder
from ..domain.statuses import Status
from ..explained import Words
from ..lazy import lazy_module
from ..services import case_list, request_detail, roles
from ..services.case_list import ListFilter
from ..services.dashboard import Bucket, bucket_filter, dashboard_counts
from ..services.errors import QT_TRANSLATE_NOOP, ActionRefused
from ..services.views import KEEP, Keep, OrganisationInput, RequestDetail, RequestRow
from ..storage.door import Changed, SharedJob, StateChanged, Watch
from .snapshot import Snapshot
from .snapshot import take as take_snapshot

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from ..services import (
        cases,
        corrections,
        day_batch,
        digest,
        dossier,
        keys,
        letters,
        mailboxes,
        members,
        organisations,
        portability,
        redaction,
        register,
        relays,
        reports,
        request_import,
        request_register,
        retention,
        sending,
        undo,
    )
    from ..services.email_import import ImportOutcome

    # By name: inside Workbench, `letters`, `mailboxes` and `relays` are its methods, not the modules.
    from ..services.mailboxes import FetchReport, MailboxSettings, TriageItem
    from ..services.relays import RelayView, ToAsk
    from ..storage.casefile import CaseFile
    from ..storage.door import StorageDoor
    from . import case_steps
else:  # the ORM and what is built on it load after the window's first paint (see lazy.py)
    cases = lazy_module("dpo_desk.services.cases")
    case_steps = lazy_module("dpo_desk.front_door.case_steps")
    corrections = lazy_module("dpo_desk.services.corrections")
    day_batch = lazy_module("dpo_desk.services.day_batch")
    undo = lazy_module("dpo_desk.services.undo")
    digest = lazy_module("dpo_desk.services.digest")
    keys = lazy_module("dpo_desk.services.keys")
    letters = lazy_module("dpo_desk.services.letters")
    mailboxes = lazy_module("dpo_desk.services.mailboxes")
    members = lazy_module("dpo_desk.services.members")
    organisations = lazy_module("dpo_desk.services.organisations")
    portability = lazy_module("dpo_desk.services.portability")
    register = lazy_module("dpo_desk.services.register")
    relays = lazy_module("dpo_desk.services.relays")
    reports = lazy_module("dpo_desk.services.reports")
    retention = lazy_module("dpo_desk.services.retention")
    sending = lazy_module("dpo_desk.services.sending")
    dossier = lazy_module("dpo_desk.services.dossier")
    redaction = lazy_module("dpo_desk.services.redaction")
    request_import = lazy_module("dpo_desk.services.request_import")
    request_register = lazy_module("dpo_desk.services.request_register")

MIN_SEARCH_LENGTH = 2


class Workbench:
    def __init__(
        self, case: StorageDoor, user: str, today: Callable[[], date] = date.today, demo: bool = False
    ) -> None:
        self.case: StorageDoor = case
        self.user = user
        self.today = today
        self.demo = demo
        self._undoable: undo.Undoable | None = None  # the session's last change, if it can be undone

    @property
    def title(self) -> str:
        return self.case.path.name

    # Reading ---------------------------------------------------------------------------------

    def filter_for(self, bucket: Bucket | None, text: str) -> ListFilter:
        """The list filter for a dashboard count and the search box.

        Searching starts at two characters: one letter matches most of a large file and only
        slows typing down (about 150 ms at 100,000 requests).
        """
        base = bucket_filter(bucket, self.today()) if bucket is not None else ListFilter()
        return replace(base, text=text if len(text.strip()) >= MIN_SEARCH_LENGTH else "")

    def page(self, flt: ListFilter, offset: int, limit: int) -> list[RequestRow]:
        with self.case.reader() as read:
            return case_list.list_requests(read.plain, replace(flt, offset=offset, limit=limit), today=self.today())

    def count(self, flt: ListFilter) -> int:
        with self.case.reader() as read:
            return case_list.count_requests(read.plain, flt, today=self.today())

    def counts(self) -> dict[Bucket, int]:
        with self.case.reader() as read:
            return dashboard_counts(read.plain, today=self.today())

    def organisations(self) -> list[tuple[str, str]]:
        """(code, legal name) of every organisation, for pickers."""
        with self.case.reader(orm=True) as read:
            return [(o.code, o.legal_name) for o in organisations.list_organisations(read.orm)]

    def organisation(self, code: str) -> tuple[OrganisationInput, bytes | None]:
        """An organisation's editable settings and its signature image."""
        with self.case.reader(orm=True) as read:
            org = organisations.get_organisation(read.orm, code)
            data = OrganisationInput(**{name: getattr(org, name) for name in OrganisationInput.__dataclass_fields__})
            return data, org.signature_image

    def add_organisation(self, data: OrganisationInput) -> str:
        with self.case.unit_of_work() as session:
            return organisations.add_organisation(session, data, user=self.user).code

    def update_organisation(
        self, code: str, data: OrganisationInput, signature_image: bytes | Keep | None = KEEP
    ) -> list[str]:
        with self.case.unit_of_work() as session:
            return organisations.update_organisation(
                session, code, data, user=self.user, today=self.today(), signature_image=signature_image
            )

    def suggest_people(self, organisation_code: str, name: str, email: str) -> list[cases.PersonSuggestion]:
        with self.case.reader(orm=True) as read:
            return cases.suggest_people(read.orm, organisation_code, name=name, email=email)

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes]:
        with self.case.reader(orm=True) as read:
            return cases.attachment_bytes(read.orm, attachment_id)

    def detail(self, reference: str) -> RequestDetail:
        with self.case.reader() as read:
            return request_detail.get_request(read.plain, reference, today=self.today())

    def watch_changes(self, on_change: Changed, on_state: StateChanged) -> Watch:
        """Hear of the changes others make to the store (a team server's LISTEN/NOTIFY, issue #20; a
        case file never calls). Here, not in team_server.py, so that the window's start loads no ORM."""
        return self.case.watch_changes(on_change, on_state)

    def snapshot(self, flt: ListFilter, *, limit: int = 256, reference: str | None = None) -> Snapshot:
        """What the window shows after a change (counts, the list's first page and total, the case
        `reference`, on that page or not), read in one transaction: see snapshot.py."""
        return take_snapshot(self.case, flt, today=self.today(), limit=limit, reference=reference)

    # Acting ----------------------------------------------------------------------------------

    # These steps, dated today, are case_steps.py's (the command line dates them with --on).

    def change_status(self, reference: str, status: Status, reason: str = "") -> cases.Outcome:
        return case_steps.change_status(self, reference, status, on=self.today(), reason=reason)

    def extend(self, reference: str, reason: str) -> cases.Outcome:
        return case_steps.extend(self, reference, reason, on=self.today())

    def pause(self, reference: str, why: PauseReason, reason: str = "") -> cases.Outcome:
        return case_steps.pause(self, reference, why, on=self.today(), reason=reason)

    def resume(self, reference: str) -> cases.Outcome:
        return case_steps.resume(self, reference, on=self.today())

    def add_note(self, reference: str, note: str) -> cases.Outcome:
        with self.case.unit_of_work() as session:
            return cases.add_note(session, reference, note, user=self.user)

    def log_request(self, new: cases.NewRequest) -> cases.Outcome:
        with self.case.unit_of_work() as session:
            return cases.add_request(session, new, user=self.user, today=self.today())

    def assign(self, reference: str, assignee: str) -> cases.Outcome:
        with self.case.unit_of_work() as session:
            before = cases.load_request(session, reference).assignee
            outcome = cases.assign(session, reference, assignee, user=self.user)
            seq = undo.last_event_seq(session, outcome.reference)
        self._undoable = undo.Undoable("assigned", outcome.reference, seq, {"assignee": before})
        return outcome

    # Corrections and undo ----------------------------------------------------------------------

    def correction_values(self, reference: str) -> dict[str, object]:
        with self.case.reader(orm=True) as read:
            return corrections.values_of(read.orm, reference)

    def correct(self, reference: str, correction: corrections.Correction) -> cases.Outcome:
        with self.case.unit_of_work() as session:
            done = corrections.correct_request(session, reference, correction, user=self.user, today=self.today())
        self._undoable = undo.Undoable("correction", done.outcome.reference, done.event_seq, done.changes)
        return done.outcome

    def withdraw_in_error(self, reference: str, reason: str) -> cases.Outcome:
        with self.case.unit_of_work() as session:
            done = corrections.withdraw_logged_in_error(session, reference, reason, user=self.user, today=self.today())
        self._undoable = undo.Undoable("logged_in_error", done.outcome.reference, done.event_seq, done.previous)
        return done.outcome

    def undo_words(self) -> str | None:
        """What Undo would undo (the session's last change, if nothing was recorded since), or None."""
        change = self._undoable  # read once: an Undo running in the background may clear it meanwhile
        if change is None:
            return None
        with self.case.reader(orm=True) as read:
            if not undo.still_last(read.orm, change):
                if self._undoable is change:  # not replaced by a newer change meanwhile
                    self._undoable = None
                return None
        return undo.what(change)

    def undo(self) -> cases.Outcome:
        """Undo the session's last change; refused in words when it can no longer be undone safely."""
        change = self._undoable
        if change is None:
            raise ActionRefused(QT_TRANSLATE_NOOP("Services", "Nothing to undo in this session."))
        self._undoable = None  # refused or done, it is not offered twice
        with self.case.unit_of_work() as session:
            return undo.undo(session, change, user=self.user, today=self.today())

    def attach(self, reference: str, files: list[cases.FileInput]) -> cases.Outcome:
        with self.case.unit_of_work() as session:
            outcome = cases.Outcome(reference)
            for item in files:
                outcome = cases.add_attachment(session, reference, item, user=self.user)
            return outcome

    def request_identity(self, reference: str, doubt: str) -> cases.Outcome:
        return case_steps.request_identity(self, reference, doubt, on=self.today())

    def identity_received(
        self, reference: str, document: cases.FileInput | None, on: date | None = None
    ) -> cases.Outcome:
        """The proof arrived on `on` (default today): the clock runs again from that day."""
        with self.case.unit_of_work() as session:
            today = self.today()
            return cases.identity_received(
                session, reference, user=self.user, on=on or today, today=today, document=document
            )

    def verify_identity(self, reference: str, method: VerificationMethod) -> cases.Outcome:
        return case_steps.verify_identity(self, reference, method, on=self.today())

    def check_authority(self, reference: str, authority_proof: str, death_proof: str = "") -> cases.Outcome:
        return case_steps.check_authority(self, reference, authority_proof, death_proof, on=self.today())

    def identity_failed(self, reference: str, reason: str) -> cases.Outcome:
        with self.case.unit_of_work() as session:
            return cases.identity_failed(session, reference, reason, user=self.user)

    def reminders(self, within_days: int = 7) -> list[Reminder]:
        """What falls due for this user (domain/reminders.py): announced once a day by the window."""
        from ..services.reminders import reminders

        with self.case.reader(orm=True) as read:
            return reminders(read.orm, today=self.today(), login=self.user, within_days=within_days)

    def envelope_pdf(self, reference: str, letter_id: int, *, label: bool = False) -> bytes:
        from ..services.envelopes import envelope_pdf_for

        with self.case.reader(orm=True) as read:
            return envelope_pdf_for(read.orm, reference, letter_id, label=label)

    def batch_envelopes(self, chosen: list[tuple[str, int]], *, label: bool = False) -> tuple[bytes | None, list[str]]:
        from ..services.envelopes import batch_envelopes_pdf

        with self.case.reader(orm=True) as read:
            return batch_envelopes_pdf(read.orm, chosen, label=label)

    def letters(self, reference: str) -> list[letters.LetterView]:
        with self.case.reader(orm=True) as read:
            return letters.list_letters(read.orm, reference)

    def write_letter(
        self,
        reference: str,
        kind: LetterKind,
        language: str | None = None,
        details: str = "",
        *,
        sign_by_hand: bool = False,
    ) -> tuple[int, bytes]:
        """Read what the letter says, render it with no transaction open (ReportLab takes tens of
        milliseconds), then keep it in a short write transaction, if nothing was recorded meanwhile
        (else it is read and rendered again; twice overtaken, it is done inside the transaction)."""
        today = self.today()

        def prepare(session: Session) -> letters.LetterDraft:
            return letters.prepare_letter(
                session, reference, kind, user=self.user, today=today, language=language, details=details,
                sign_by_hand=sign_by_hand,
            )  # fmt: skip

        for _ in range(2):
            with self.case.reader(orm=True) as read:
                draft = prepare(read.orm)
            pdf = letters.render_draft(draft)
            with self.case.unit_of_work() as session:
                if letters.still_current(session, draft):
                    return letters.keep_letter(session, draft, pdf, user=self.user), pdf
        with self.case.unit_of_work() as session:
            draft = prepare(session)
            pdf = letters.render_draft(draft)
            return letters.keep_letter(session, draft, pdf, user=self.user), pdf

    def letters_written_today(self) -> day_batch.Batch:
        """Today's letters, each access letter followed by the report it encloses (kept now if it was not)."""
        today = self.today()
        if self.case.read_only:
            with self.case.reader(orm=True) as read:
                return day_batch.documents_written_on(read.orm, today, user=self.user, today=today, may_keep=False)
        with self.case.unit_of_work() as session:
            return day_batch.documents_written_on(session, today, user=self.user, today=today)

    def day_document_pdf(self, document: day_batch.DayDocument) -> bytes:
        with self.case.reader(orm=True) as read:
            return day_batch.document_pdf(read.orm, document)

    def letter_pdf(self, letter_id: int) -> bytes:
        with self.case.reader(orm=True) as read:
            return letters.letter_pdf(read.orm, letter_id)

    def mark_letter_sent(
        self, letter_id: int, on: date, channel: Channel | None = None, registered_mail_no: str = ""
    ) -> list[Words]:
        """Returns what the user must be told (a notice or refusal sent late)."""
        with self.case.unit_of_work() as session:
            return letters.mark_sent(
                session,
                letter_id,
                on=on,
                channel=channel,
                user=self.user,
                today=self.today(),
                registered_mail_no=registered_mail_no,
            )

    def record_receipt(self, letter_id: int, signed_on: date, scan: Path | None = None) -> None:
        """A registered letter's acknowledgement of receipt: the day it was signed, and its scan."""
        from ..services import cases, sending_proof

        item = None
        if scan is not None:
            try:
                item = cases.file_from_path(scan, "acknowledgement")
            except OSError as exc:
                raise ActionRefused(
                    QT_TRANSLATE_NOOP("Services", "Cannot read {name}: {why}"), name=scan.name, why=exc.strerror
                ) from None
        with self.case.unit_of_work() as session:
            sending_proof.record_receipt(
                session, letter_id, signed_on=signed_on, scan=item, user=self.user, today=self.today()
            )

    def template(self, organisation_code: str, kind: LetterKind, language: str) -> tuple[str, bool]:
        with self.case.reader(orm=True) as read:
            org = organisations.get_organisation(read.orm, organisation_code)
            return letters.template_text(read.orm, org, kind, language)

    def save_template(self, organisation_code: str, kind: LetterKind, language: str, text: str) -> None:
        with self.case.unit_of_work() as session:
            letters.save_template(session, organisation_code, kind, language, text, user=self.user)

    def reset_template(self, organisation_code: str, kind: LetterKind, language: str) -> None:
        with self.case.unit_of_work() as session:
            letters.reset_template(session, organisation_code, kind, language, user=self.user)

    def sample_letter(self, organisation_code: str, kind: LetterKind, language: str, text: str) -> bytes:
        with self.case.reader(orm=True) as read:
            return letters.sample_letter(read.orm, organisation_code, kind, language, text, today=self.today())

    def register(self, organisation_code: str) -> list[Activity]:
        with self.case.reader(orm=True) as read:
            return register.activities(read.orm, organisation_code)

    def replace_register(self, organisation_code: str, activities: list[Activity]) -> None:
        with self.case.unit_of_work() as session:
            register.replace_register(session, organisation_code, activities, user=self.user)

    def concerned(self, reference: str) -> list[str]:
        with self.case.reader(orm=True) as read:
            return [a.name for a in register.concerned(read.orm, reference)]

    def suggested_activities(self, reference: str) -> list[str]:
        with self.case.reader(orm=True) as read:
            return register.suggested(read.orm, reference)

    def set_concerned(self, reference: str, names: list[str]) -> None:
        with self.case.unit_of_work() as session:
            register.set_concerned(session, reference, names, user=self.user)

    def access_report(self, reference: str, language: str | None = None) -> tuple[bytes, bool]:
        """The report (in the letters' language unless given), kept with the case's documents;
        (PDF, whether this version is new)."""
        with self.case.unit_of_work() as session:
            return reports.keep_access_report(session, reference, user=self.user, today=self.today(), language=language)

    def portability_bundle(self, reference: str, language: str | None = None) -> portability.Bundle:
        with self.case.unit_of_work() as session:
            return portability.portability_bundle(
                session, reference, user=self.user, today=self.today(), language=language
            )

    def save_portability_bundle(self, reference: str, path: Path, language: str | None = None) -> portability.Bundle:
        """The bundle written to `path`, and recorded as made only once it is: a folder that cannot be
        written (OSError) leaves no "bundle exported" in the case's history."""
        from .files import write_private_atomic

        with self.case.unit_of_work() as session:
            bundle = portability.portability_bundle(
                session, reference, user=self.user, today=self.today(), language=language
            )
            write_private_atomic(path, bundle.data)
            return bundle

    # Activity report -----------------------------------------------------------------------

    def activity(self, start: date, end: date, organisation_code: str | None = None):  # type: ignore[no-untyped-def]
        from ..services.activity import activity

        with self.case.reader(orm=True) as read:
            return activity(read.orm, start=start, end=end, today=self.today(), organisation_code=organisation_code)

    def activity_pdf(self, summary, organisation_code: str | None, language: str = "fr") -> bytes:  # type: ignore[no-untyped-def]
        from ..renderers.activity_pdf import render_activity

        name = self.organisation(organisation_code)[0].legal_name if organisation_code else ""
        return render_activity(summary, language=language, organisation=name)

    def activity_csv(self, facts) -> bytes:  # type: ignore[no-untyped-def]
        from ..services.activity import facts_csv

        return facts_csv(facts)

    def save_file(self, path: Path, data: bytes) -> None:
        """Write what the user chose to save, readable by them only, all of it or nothing (OSError)."""
        from .files import write_private_atomic

        write_private_atomic(path, data)

    # Redaction (Art. 15(4)) ------------------------------------------------------------------

    def redaction_source(self, attachment_id: int) -> redaction.RedactionSource:
        with self.case.reader(orm=True) as read:
            return redaction.source(read.orm, attachment_id)

    def redaction_suggestions(self, item: redaction.RedactionSource) -> list[redaction.Suggestion]:
        with self.case.reader(orm=True) as read:
            return redaction.suggestions(read.orm, item)

    def look_for_others(self, item: redaction.RedactionSource) -> tuple[list[redaction.Suggestion], bool]:
        """Suggestions, and whether the document had text to search (slow on long documents: off the GUI thread)."""
        with self.case.reader(orm=True) as read:
            return redaction.look_for_others(read.orm, item)

    def save_redactions(self, attachment_id: int, marks: list[Mark]) -> int:
        with self.case.unit_of_work() as session:
            return redaction.save_marks(session, attachment_id, marks, user=self.user)

    def redacted_copy(
        self, attachment_id: int, language: str = "fr", progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Flatten the document with its saved boxes (slow: run it off the GUI thread) and keep the copy."""
        from ..renderers.redacted_pdf import flatten

        item = self.redaction_source(attachment_id)
        assert item.pdf is not None
        pdf = flatten(item.pdf, redaction.boxes_by_page(item.marks), progress=progress)
        with self.case.unit_of_work() as session:
            return redaction.keep_redacted_copy(session, attachment_id, pdf, user=self.user, language=language)

    # The dossier for an inspection or a complaint ---------------------------------------------

    def case_dossier(self, reference: str, language: str | None = None) -> dossier.Dossier:
        with self.case.unit_of_work() as session:
            return dossier.case_dossier(session, reference, user=self.user, today=self.today(), language=language)

    def register_of_requests(
        self, start: date, end: date, organisation_code: str | None, *, names: bool, language: str, filename: str
    ) -> tuple[bytes, int]:
        """The register of requests as XLSX or CSV bytes, and how many requests it lists."""
        with self.case.reader(orm=True) as read:
            found = request_register.register_of_requests(
                read.orm,
                start=start,
                end=end,
                today=self.today(),
                organisation_code=organisation_code,
                names=names,
                language=language,
            )
        return request_register.register_file(found, filename, names=names, language=language), len(found.rows)

    # Coming from Excel ------------------------------------------------------------------------

    def import_table(self, data: bytes, filename: str) -> request_import.SheetTable:
        """The sheet to import requests from: its headings and rows."""
        return request_import.read_table(data, filename)

    def import_preview(
        self,
        data: bytes | request_import.SheetTable,
        filename: str = "",
        mapping: request_import.Mapping | None = None,
    ) -> request_import.ImportPreview:
        """What importing would do (`data` the file's bytes, or its table already read)."""
        table = data if isinstance(data, request_import.SheetTable) else request_import.read_table(data, filename)
        with self.case.reader(orm=True) as read:
            return request_import.preview(read.orm, table, mapping, today=self.today())

    def import_requests(
        self, result: request_import.ImportPreview, progress: Callable[[int, int], None] | None = None
    ) -> request_import.ImportReport:
        with self.case.unit_of_work() as session:
            return request_import.import_requests(
                session, result, user=self.user, today=self.today(), progress=progress
            )

    def read_register_spreadsheet(self, data: bytes, filename: str) -> RegisterImport:
        return register.read_register_spreadsheet(data, filename)

    def import_register_spreadsheet(self, organisation_code: str, data: bytes, filename: str) -> RegisterImport:
        with self.case.unit_of_work() as session:
            return register.import_register_spreadsheet(session, data, filename, organisation_code, user=self.user)

    def export_register_spreadsheet(
        self, organisation_code: str, filename: str, layout: str = "table", language: str = "fr"
    ) -> bytes:
        with self.case.reader(orm=True) as read:
            return register.export_register_spreadsheet(
                read.orm, organisation_code, filename, layout=layout, language=language
            )

    # Users and roles -----------------------------------------------------------------------

    def purge_candidates(self) -> list[retention.PurgeCandidate]:
        """Closed cases whose retention period is over (the preview of a purge)."""
        with self.case.reader(orm=True) as read:
            return retention.purge_candidates(read.orm, today=self.today())

    def set_aside_due(self) -> list[int]:
        """Messages set aside in triage longer ago than the retention period (deleted by a purge)."""
        with self.case.reader(orm=True) as read:
            return retention.set_aside_due(read.orm, today=self.today())

    def purge(
        self,
        references: list[str],
        messages: list[int] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Purge those cases to their procedural facts and delete those set-aside messages, in one
        transaction; returns how many cases. On a team server, one desk purges at a time."""
        with self.case.exclusive(SharedJob.PURGE), self.case.unit_of_work() as session:
            purged = retention.purge(
                session, references, user=self.user, today=self.today(), messages=messages, progress=progress
            )
        self.case.checkpoint()
        return purged

    def role(self) -> roles.Role | None:
        """This user's role (DPO when the file has no members yet; None for someone not in it)."""
        with self.case.reader() as read:
            return roles.role_in(read.plain, self.user)

    def members(self) -> list[members.MemberView]:
        with self.case.reader(orm=True) as read:
            return members.list_members(read.orm)

    def add_member(self, login: str, name: str, role: roles.Role) -> None:
        with self.case.unit_of_work() as session:
            members.add_member(session, login, name, role, user=self.user)

    def change_member(self, login: str, *, role: roles.Role | None = None, active: bool | None = None) -> None:
        with self.case.unit_of_work() as session:
            members.change_member(session, login, user=self.user, role=role, active=active)

    # How the case file is unlocked (services/keys.py: the settings rule, recorded) -----------

    def backup_to(self, target: Path) -> Path:
        """An encrypted, verified copy of the case file (and its key file) at `target`."""
        return self.case.backup(target, label="manual")

    def case_file(self, command: str) -> CaseFile:
        """The case file itself, for what only a file has (its key, its integrity checks): refused
        on a team server, where `command` does not apply."""
        if not hasattr(self.case, "rotate_key"):  # a team server (storage/server/database.py)
            from ..services.team_server import not_on_team_server

            raise not_on_team_server(command, self.title)
        return cast("CaseFile", self.case)

    def change_passphrase(self, current: str, new: str) -> None:
        keys.change_passphrase(self.case_file("change-passphrase"), current, new, user=self.user)

    def rotate_key(self, passphrase: str) -> Path:
        """Re-encrypt under a new key; returns the backup kept under the old one."""
        return keys.rotate_key(self.case_file("rotate-key"), passphrase, user=self.user)

    def remember_key(self) -> None:
        keys.remember_key(self.case_file("remember"), user=self.user)

    def forget_key(self) -> None:
        keys.forget_key(self.case_file("forget"), user=self.user)

    # Mailboxes and triage ------------------------------------------------------------------

    def mailboxes(self) -> list[mailboxes.MailboxView]:
        with self.case.reader(orm=True) as read:
            return mailboxes.list_mailboxes(read.orm)

    def add_mailbox(self, settings: MailboxSettings, password: str | None, client_secret: str | None = None) -> None:
        with self.case.unit_of_work() as session:
            mailboxes.add_mailbox(
                session, settings, user=self.user, password=password or None, client_secret=client_secret or None
            )

    def fetch_mail(
        self,
        progress: Callable[[str, int, int], None] | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> list[FetchReport | tuple[str, str]]:
        """Every mailbox in turn; a mailbox that fails gives (name, reason) and the others go on.

        On a team server one desk fetches at a time: another gets JobRunningElsewhere (who, since when)."""
        results: list[FetchReport | tuple[str, str]] = []
        with self.case.exclusive(SharedJob.FETCH_MAIL):
            self._fetch_each(results, progress, cancelled)
        return results

    def _fetch_each(
        self,
        results: list[FetchReport | tuple[str, str]],
        progress: Callable[[str, int, int], None] | None,
        cancelled: Callable[[], bool],
    ) -> None:
        for box in self.mailboxes():
            if cancelled():
                break
            report = (lambda done, total, name=box.name: progress(name, done, total)) if progress else None
            try:
                results.append(
                    mailboxes.fetch_new(self.case, box.name, user=self.user, progress=report, cancelled=cancelled)
                )
            except ActionRefused as exc:
                results.append((box.name, str(exc)))

    def triage_items(self) -> list[TriageItem]:
        with self.case.reader(orm=True) as read:
            return mailboxes.triage_list(read.orm)

    def triage_message(self, item_id: int) -> bytes:
        with self.case.reader(orm=True) as read:
            return mailboxes.triage_raw(read.orm, item_id)

    def log_triaged(self, item_id: int) -> ImportOutcome:
        with self.case.unit_of_work() as session:
            return mailboxes.log_from_triage(session, item_id, user=self.user, today=self.today())

    def triaged_by_hand(self, item_id: int, reference: str) -> None:
        with self.case.unit_of_work() as session:
            mailboxes.mark_logged(session, item_id, reference, user=self.user)

    def set_aside(self, item_id: int, reason: str) -> None:
        with self.case.unit_of_work() as session:
            mailboxes.set_aside(session, item_id, reason, user=self.user)

    # Answering by email ----------------------------------------------------------------------

    def email_draft(
        self,
        reference: str,
        purpose: Purpose,
        letter_id: int | None = None,
        *,
        encrypt: bool | None = None,
        password_via: PasswordChannel | None = None,
    ) -> sending.Draft:
        """The message as it would be sent: nothing is sent or recorded."""
        return sending.draft(
            self.case, reference, purpose, user=self.user, today=self.today(), letter_id=letter_id,
            encrypt=encrypt, password_via=password_via,
        )  # fmt: skip

    def send_email(
        self,
        reference: str,
        purpose: Purpose,
        letter_id: int | None = None,
        *,
        encrypt: bool | None = None,
        password_via: PasswordChannel | None = None,
        subject: str | None = None,
        body: str | None = None,
    ) -> sending.Sent:
        """Send it (slow: call it off the GUI thread); SendFailed in words, and then nothing is marked sent."""
        return sending.send_answer(
            self.case, reference, purpose, user=self.user, today=self.today(), letter_id=letter_id,
            encrypt=encrypt, password_via=password_via, subject=subject, body=body,
        )  # fmt: skip

    def sent_messages(self, reference: str) -> list[sending.SentView]:
        with self.case.reader(orm=True) as read:
            return sending.sent_messages(read.orm, reference)

    def password_of(self, outgoing_id: int) -> str:
        with self.case.unit_of_work() as session:
            return sending.password_of(session, outgoing_id, user=self.user)

    def can_send_email(self, reference: str) -> bool:
        """The request's organisation has a sending address and the person an email address."""
        with self.case.reader() as read:
            row = read.plain.execute(
                "SELECT o.sending_mailbox_id, p.emails FROM request r JOIN organisation o ON o.id = r.organisation_id "
                "JOIN person p ON p.id = r.person_id WHERE r.reference = ?",
                (reference.strip().upper(),),
            ).fetchone()
        return bool(row and row[0] and row[1] and row[1] != "[]")

    def email_template(self, organisation_code: str, kind: str, language: str) -> tuple[str, bool]:
        with self.case.reader(orm=True) as read:
            org = organisations.get_organisation(read.orm, organisation_code)
            return sending.email_template_text(read.orm, org, kind, language)

    def save_email_template(self, organisation_code: str, kind: str, language: str, text: str) -> None:
        with self.case.unit_of_work() as session:
            sending.save_email_template(session, organisation_code, kind, language, text, user=self.user)

    def reset_email_template(self, organisation_code: str, kind: str, language: str) -> None:
        with self.case.unit_of_work() as session:
            sending.reset_email_template(session, organisation_code, kind, language, user=self.user)

    def sample_email(self, organisation_code: str, kind: str, language: str, text: str) -> tuple[str, str]:
        """(subject, body) of an email template on a sample case: nothing is sent or saved."""
        with self.case.reader(orm=True) as read:
            return sending.sample_email(read.orm, organisation_code, kind, language, text, today=self.today())

    # Relays to departments -------------------------------------------------------------------

    def relays(self, reference: str) -> list[RelayView]:
        with self.case.reader(orm=True) as read:
            return relays.relays_of(read.orm, reference, today=self.today())

    def departments_to_ask(self, reference: str) -> list[ToAsk]:
        with self.case.reader(orm=True) as read:
            return relays.departments_to_ask(read.orm, reference, today=self.today())

    def ask_departments(self, reference: str) -> list[RelayView]:
        """Email each department not asked yet (slow: off the GUI thread)."""
        return relays.ask_departments(self.case, reference, user=self.user, today=self.today())

    def remind_departments(self, reference: str) -> int:
        """Remind this request's departments late with their answer (slow: off the GUI thread)."""
        return relays.remind_relays(self.case, user=self.user, today=self.today(), reference=reference)

    # The daily digest ------------------------------------------------------------------------

    def digest_address(self) -> str:
        """Where this user's daily digest goes ("" when they did not ask for one)."""
        with self.case.reader(orm=True) as read:
            return digest.digest_address(read.orm, self.user)

    def set_digest(self, address: str, login: str | None = None) -> None:
        with self.case.unit_of_work() as session:
            digest.set_digest(session, login or self.user, address, user=self.user)

    def digests_due(self) -> bool:
        """Someone asked for a digest and has not had today's (cheap: the window asks each hour)."""
        with self.case.reader(orm=True) as read:
            return digest.digests_due(read.orm, today=self.today())

    def send_digests(self) -> list[str]:
        """Send today's digests not sent yet (slow: off the GUI thread)."""
        return digest.send_digests(self.case, user=self.user, today=self.today())

    # Mailboxes: editing ----------------------------------------------------------------------

    def mailbox_settings(self, name: str) -> MailboxSettings:
        with self.case.reader(orm=True) as read:
            return mailboxes.mailbox_settings(read.orm, name)

    def edit_mailbox(
        self,
        name: str,
        settings: MailboxSettings,
        password: str | None = None,
        client_secret: str | None = None,
    ) -> list[str]:
        with self.case.unit_of_work() as session:
            return mailboxes.edit_mailbox(
                session, name, settings, user=self.user, password=password or None, client_secret=client_secret or None
            )

    def remove_mailbox(self, name: str) -> None:
        with self.case.unit_of_work() as session:
            mailboxes.remove_mailbox(session, name, user=self.user)

    def set_sending_mailbox(self, organisation_code: str, name: str) -> None:
        with self.case.unit_of_work() as session:
            mailboxes.set_sending_mailbox(session, organisation_code, name, user=self.user)

    def authorise_mailbox(
        self, name: str, open_browser: Callable[[str], object], cancelled: Callable[[], bool] = lambda: False
    ) -> None:
        """OAuth2 sign-in in the system browser (slow: off the GUI thread)."""
        mailboxes.authorise_mailbox(self.case, name, open_browser, user=self.user, cancelled=cancelled)

    def close(self) -> None:
        self.case.close()
