"""Letters and what leaves the office: writing, previewing, envelopes, sending by email, marking sent,
receipts, the letters of the day, the portability bundle, asking the departments."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QMessageBox,
)

from ..domain.channels import Channel
from ..domain.letters import LetterKind
from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.views import Outcome
from .jobs import Job, Report, start
from .letter_table_model import details_prompt, kind_label
from .messages import in_words
from .receipt_dialog import ReceiptDialog
from .sent_dialog import SentDialog
from .window_parts import WindowParts

if TYPE_CHECKING:  # dialogs load when first opened (QtPdf, QtPrintSupport, the ORM), not at start-up
    from ..front_door.snapshot import Snapshot
    from .letters_of_day_dialog import LettersOfDayDialog
    from .send_dialog import SendDialog


class LetterActions(WindowParts):
    """The window's letter and sending handlers."""

    def write_letter(self, reference: str, kind: str) -> None:
        """Write the letter (asking first for the words it needs, if any), keep it, and show it."""
        letter_kind = LetterKind(kind)
        prompt = letter_kind.details_prompt
        if prompt is None:
            self._write_letter(reference, letter_kind, "")
            return
        self._ask(
            kind_label(kind),
            (details_prompt(kind) or prompt) + "\n" + self.tr("These words go into the letter."),
            lambda details: self._write_letter(reference, letter_kind, details),
        )

    def _write_letter(self, reference: str, kind: LetterKind, details: str) -> Job:
        """Write, keep and re-read off the GUI thread (ReportLab, the write, the snapshot); then the
        window shows the case again and the letter's preview. The case pane is disabled meanwhile, as
        for any action (`_run`): a second Write letter would write the letter twice."""
        workbench, size = self.workbench, self.model.PAGE_SIZE
        flt = self._snapshot_filter()
        sign_by_hand = self.detail.sign_by_hand.isChecked()
        by_email = self.detail._detail is not None and self.detail._detail.channel == "email"

        def work(_report, _cancelled):  # type: ignore[no-untyped-def]
            letter_id, pdf = workbench.write_letter(reference, kind, details=details, sign_by_hand=sign_by_hand)
            try:
                snapshot = workbench.snapshot(flt, limit=size, reference=reference)
                send = by_email and workbench.can_send_email(reference)
            except Exception:  # the letter is kept: show it, and let the window read again itself
                snapshot, send = None, False
            return letter_id, pdf, snapshot, send

        job = Job(work)
        self.statusBar().showMessage(self.tr("{ref}: writing the letter…").format(ref=reference))

        def done(result) -> None:  # type: ignore[no-untyped-def]
            letter_id, pdf, snapshot, send = result
            if not self._action_settled(workbench, focus):  # locked meanwhile: the letter is kept, nothing shown
                return
            if snapshot is None:
                self.refresh()
            else:
                self.show_snapshot(snapshot, flt)
            self.statusBar().showMessage(self.tr("{ref}: letter kept in the case file").format(ref=reference), 8000)
            self._next_action()
            # The preview opens on a later turn of the event loop: the window repaints the case first,
            # and neither waits for the other on the GUI thread. A timer of 1 ms, not 0: Qt runs a
            # zero-delay call with the posted events, so in the same turn as that repaint.
            QTimer.singleShot(1, self, self._while_open(lambda: preview(letter_id, pdf, send)))

        def preview(letter_id: int, pdf: bytes, send: bool) -> None:
            if not self._same_file(workbench):
                return
            self._show_pdf(self.tr("Letter {ref}").format(ref=reference), pdf)
            if send:  # it came by email: answered so, by default
                self.send_by_email(reference, "letter", letter_id)

        def failed(exc: Exception) -> None:
            self.statusBar().clearMessage()
            if not self._action_settled(workbench, focus):
                return
            self._next_action()
            if not isinstance(exc, ActionRefused | CaseFileError | ValueError):
                raise exc
            self._error(in_words(exc))

        focus = self._hold_pane(job)
        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job, after_paint=True)  # the pane painted disabled first

    def show_access_report(self, reference: str) -> Job:
        """Make (or read) the access report off the GUI thread; the case shows it kept, then its preview."""
        workbench, view = self.workbench, self._view()

        def work() -> tuple[bytes, bool, Snapshot | None]:
            pdf, new = workbench.access_report(reference)
            return pdf, new, view.read() if new else None

        def done(result: tuple[bytes, bool, Snapshot | None]) -> None:
            pdf, new, snapshot = result
            if new:
                self._paint(view, snapshot)
                self.statusBar().showMessage(
                    self.tr("{ref}: access report kept with the case's documents").format(ref=reference), 8000
                )
            self._preview_later(self.tr("Access report {ref}").format(ref=reference), pdf)

        return self._in_background(work, done, self.tr("{ref}: making the access report…").format(ref=reference))

    def _preview_later(self, title: str, pdf: bytes) -> None:
        """On a later turn of the event loop: the window repaints first (see `_write_letter`)."""
        workbench = self.workbench
        QTimer.singleShot(
            1, self, self._while_open(lambda: self._show_pdf(title, pdf) if self._same_file(workbench) else None)
        )

    def _current_reference(self) -> str:
        return self.detail._detail.reference if self.detail._detail is not None else ""

    def send_by_email(self, reference: str, what: str, letter_id: int | None = None) -> SendDialog | None:
        """Send by email…: the dialog shows the message; sending runs off the GUI thread."""
        from ..domain.delivery import Purpose
        from .send_dialog import SendDialog

        if not reference:
            return None
        purpose = {"letter": Purpose.LETTER, "report": Purpose.REPORT, "bundle": Purpose.BUNDLE}[what]
        dialog = SendDialog(self.workbench, reference, purpose, letter_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(
            lambda sent: (
                self.refresh_soon(),
                self.statusBar().showMessage(
                    self.tr("{ref}: sent by email ({id})").format(ref=reference, id=sent.message_id), 8000
                ),
            )
        )
        dialog.open()
        return dialog

    def preview_letter(self, letter_id: int) -> Job:
        """The kept letter, read (and decrypted) off the GUI thread, then previewed."""
        workbench, title = self.workbench, self.tr("Letter")
        return self._in_background(lambda: workbench.letter_pdf(letter_id), lambda pdf: self._show_pdf(title, pdf))

    def show_envelope(self, letter_id: int, label: bool = False) -> Job:
        """The letter's envelope (or address label) and registered-mail slip, drawn off the GUI thread,
        then previewed to print."""
        workbench, reference = self.workbench, self.detail.reference
        title = self.tr("Address label") if label else self.tr("Envelope")
        return self._in_background(
            lambda: workbench.envelope_pdf(reference, letter_id, label=label), lambda pdf: self._show_pdf(title, pdf)
        )

    def open_letters_of_day(self) -> LettersOfDayDialog:
        from .letters_of_day_dialog import LettersOfDayDialog

        today = self.workbench.today()
        batch = self.workbench.letters_written_today()
        dialog = LettersOfDayDialog(
            QLocale().toString(today, QLocale.FormatType.LongFormat),
            batch.documents,
            self.workbench.day_document_pdf,
            self,
            missing=[
                self.tr(
                    "The access letter of {ref} encloses the access report, which is not in this batch: {why}"
                ).format(ref=reference, why=in_words(why) if why is not None else self.tr("none was made yet."))
                for reference, why in batch.missing
            ],
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_work.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.envelopes_requested.connect(self.show_batch_envelopes)
        dialog.open()
        return dialog

    def show_batch_envelopes(self, chosen: list[tuple[str, int]]) -> Job:
        """The envelopes and slips of the letters chosen, drawn off the GUI thread in one PDF to print;
        those without an address said."""
        workbench = self.workbench

        def done(result: tuple[bytes | None, list[str]]) -> None:
            pdf, left_out = result
            if left_out:
                self.statusBar().showMessage(
                    self.tr("No postal address, so no envelope, for: {references}").format(
                        references=", ".join(left_out)
                    ),
                    12_000,
                )
            if pdf is not None:
                self._show_pdf(self.tr("Envelopes"), pdf)

        return self._in_background(lambda: workbench.batch_envelopes(chosen), done)

    def _letter_receipt(self, letter_id: int) -> ReceiptDialog:
        dialog = ReceiptDialog(self.workbench.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def record(signed_on, scan) -> None:  # type: ignore[no-untyped-def]
            reference, workbench = self.detail.reference or "", self.workbench

            def action() -> Outcome:  # the scan is read and kept off the GUI thread
                workbench.record_receipt(letter_id, signed_on, scan)
                return Outcome(reference)

            self._run(action, self.tr("Acknowledgement of receipt recorded"), with_reference=False)

        dialog.chosen.connect(record)
        dialog.open()
        return dialog

    def _letter_sent(self, letter_id: int) -> SentDialog:
        dialog = SentDialog(self.workbench.today(), self, channel=self.detail.channel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def record(on, channel: str, registered: str) -> None:  # type: ignore[no-untyped-def]
            reference, workbench = self.detail.reference or "", self.workbench

            def action() -> Outcome:
                warnings = workbench.mark_letter_sent(letter_id, on, Channel(channel), registered)
                return Outcome(reference, warnings=list(warnings))

            self._run(action, self.tr("Letter marked sent"), with_reference=False)

        dialog.chosen.connect(record)
        dialog.open()
        return dialog

    def choose_portability_file(self, reference: str) -> None:
        self._choose_save_file(
            self.tr("Save the portability bundle"),
            f"{reference}-portability.zip",
            lambda path: self.export_portability(reference, path),
            kinds=self.tr("ZIP archives (*.zip)"),
            suffix="zip",
        )

    def export_portability(self, reference: str, path: Path) -> Job:
        """Make the Art. 20 bundle and write it where the user chose, off the GUI thread; the case
        records that it was made. A refusal, or a folder that cannot be written, is said in words."""
        workbench = self.workbench

        def work(_report: Report, _cancelled: Callable[[], bool]) -> int:
            return workbench.save_portability_bundle(reference, path).records

        def done(records: int) -> None:
            self.statusBar().showMessage(
                self.tr("{ref}: portability bundle saved ({n} records)").format(ref=reference, n=records), 8000
            )
            if self._same_file(workbench):
                self.refresh_soon()

        def failed(exc: Exception) -> None:
            self.statusBar().clearMessage()
            if not self._same_file(workbench):
                return
            if isinstance(exc, ActionRefused | CaseFileError):
                self._error(in_words(exc))
            elif isinstance(exc, OSError):
                self._error(self.tr("The bundle could not be written: {why}").format(why=exc.strerror or exc))
            else:
                raise exc

        job = Job(work)
        self.statusBar().showMessage(self.tr("{ref}: writing the portability bundle…").format(ref=reference))
        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    # Relays to departments ---------------------------------------------------------------------

    def ask_departments(self, reference: str) -> QMessageBox | None:
        """Ask the departments…: who will be emailed, and by when they are asked to answer; then send."""
        try:
            targets = self.workbench.departments_to_ask(reference)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        if not targets:
            return self._error(
                self.tr(
                    "No ticked activity of {ref} names an internal contact not asked yet. Tick the activities "
                    "that concern the person, and name each one's contact in File → Register of processing "
                    "activities."
                ).format(ref=reference)
            )
        from .dates import short_day

        lines = "\n".join(
            self.tr("• {contact} ({activity}), to answer by {due}").format(
                contact=t.contact, activity=t.activity, due=short_day(t.due_on)
            )
            for t in targets
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Ask the departments"),
            self.tr(
                "Email these departments a request for the data of {ref}? The email names the person, so that "
                "they can find their data.\n\n{lines}"
            ).format(ref=reference, lines=lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("askDepartmentsBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Send"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._relay_job(reference, ask=True))
        box.open()
        return box

    def remind_departments(self, reference: str) -> Job:
        return self._relay_job(reference, ask=False)

    def _relay_job(self, reference: str, *, ask: bool) -> Job:
        """Sending to the departments runs off the GUI thread; the case is shown again after."""
        workbench = self.workbench
        if ask:
            job = Job(lambda _report, _cancelled: workbench.ask_departments(reference))
        else:
            job = Job(lambda _report, _cancelled: workbench.remind_departments(reference))
        self.statusBar().showMessage(self.tr("{ref}: emailing the departments…").format(ref=reference))

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.refresh_soon()
            if ask:
                text = self.tr("{ref}: %n department(s) asked", "", len(result)).format(ref=reference)
            else:
                text = self.tr("{ref}: %n department(s) reminded", "", result).format(ref=reference)
            self.statusBar().showMessage(text, 8000)

        def failed(exc: Exception) -> None:
            self.refresh_soon()  # those asked before the failure are recorded
            self.statusBar().clearMessage()
            self._error(in_words(exc))

        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)
