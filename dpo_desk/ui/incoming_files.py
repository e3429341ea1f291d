"""What comes into the window as files: documents and emails dropped on it, emails imported, mail
fetched to triage, a register of requests from a spreadsheet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from ..front_door.errors import ActionRefused, CaseFileError
from .jobs import Job, start, with_progress
from .messages import in_words
from .window_parts import WindowParts

if TYPE_CHECKING:  # dialogs load when first opened (QtPdf, QtPrintSupport, the ORM), not at start-up
    from .import_requests_dialog import ImportRequestsDialog
    from .intake_dialog import IntakeDialog
    from .triage_dialog import TriageDialog


class IncomingFiles(WindowParts):
    """Drag and drop, imports and triage of the main window."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.stack.currentIndex() == 0:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        emails = [p for p in paths if p.suffix.lower() in (".eml", ".msg")]
        if emails:
            for path in emails:
                self.open_email(path)
        else:
            self.attach_files(paths)

    def attach_files(self, paths: list[Path]) -> None:
        reference = self.detail.reference
        if reference is None:
            self._error(self.tr("Select the request the documents belong to, then drop them again."))
            return
        try:  # each refused by its size before it is read; stored a chunk at a time (issue #19)
            from ..front_door.case_steps import file_from_path  # the ORM: loaded after the first paint

            files = [file_from_path(p) for p in paths if p.is_file()]
        except OSError as exc:
            self._error(self.tr("A document could not be read: {why}").format(why=exc.strerror))
            return
        except ActionRefused as exc:
            self._error(in_words(exc))
            return
        if files:
            self._run(lambda: self.workbench.attach(reference, files), self.tr("%n document(s) added", "", len(files)))

    def open_email(self, path: Path) -> IntakeDialog | None:
        """An intake form filled from an email file, for staff to check and log."""
        from ..front_door.emails import EmailRefused, parse_email

        try:
            draft = parse_email(path.read_bytes())
        except OSError as exc:
            self._error(self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc.strerror))
            return None
        except EmailRefused as exc:
            self._error(f"{path.name}: {exc}")
            return None
        dialog = self.open_intake()
        dialog.prefill_from_email(draft, path.name)
        return dialog

    def _choose_emails(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Import emails"), str(Path.home()), self.tr("Emails (*.eml *.msg *.mbox);;All files (*)")
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda names: self.import_emails([Path(n) for n in names]))
        dialog.open()

    def import_emails(self, paths: list[Path]) -> Job:
        """Import in the background with progress; then say what became of each message."""
        from ..front_door.emails import import_email_files

        workbench = self.workbench
        label = self.tr("Importing emails…")
        job = Job(
            lambda report, cancelled: import_email_files(
                workbench, paths, progress=lambda done, total: report(label, done, total), cancelled=cancelled
            )
        )
        self._import_progress = with_progress(job, self.tr("Import emails"), self)

        def done(outcomes) -> None:  # type: ignore[no-untyped-def]
            self.refresh_soon()
            counts = {
                kind: sum(o.outcome == kind for o in outcomes)
                for kind in ("imported", "duplicate", "needs_triage", "error")
            }
            summary = self.tr(
                "{imported} imported, {duplicate} already there, {needs_triage} to log by hand, {error} not readable."
            ).format(**counts)
            box = self._message(self.tr("Import emails"), summary, QMessageBox.Icon.Information, "importBox")
            box.setDetailedText("\n".join(f"{o.source}: {in_words(o.message)}" for o in outcomes))

        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(lambda exc: self._error(in_words(exc))))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def open_triage(self) -> TriageDialog:
        from .triage_dialog import TriageDialog

        dialog = TriageDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh)
        dialog.needs_intake.connect(lambda item_id, raw: self._intake_from_triage(dialog, item_id, raw))
        dialog.open()
        return dialog

    def _intake_from_triage(self, triage: TriageDialog, item_id: int, raw: bytes) -> IntakeDialog | None:
        """A fetched message DPO Desk could not log by itself: the intake form, filled from it."""
        from ..front_door.emails import EmailRefused, parse_email
        from .intake_dialog import IntakeDialog

        try:
            draft = parse_email(raw)
        except EmailRefused as exc:
            triage.summary.setText(in_words(exc))
            return None
        dialog = IntakeDialog(self.workbench, triage)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.prefill_from_email(draft, f"message-{item_id}.eml")

        def logged(reference: str) -> None:
            self.workbench.triaged_by_hand(item_id, reference)
            triage.reload()
            self.refresh_soon()

        dialog.logged.connect(logged)
        dialog.open()
        return dialog

    def _choose_requests_file(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("Import requests from a spreadsheet"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"),
        )
        dialog.setObjectName("requestsChooser")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.open_import_requests(Path(name)))
        dialog.open()

    def open_import_requests(self, path: Path) -> ImportRequestsDialog | None:
        from .import_requests_dialog import ImportRequestsDialog

        try:
            data = path.read_bytes()
        except OSError as exc:
            self._error(self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc.strerror))
            return None
        try:
            dialog = ImportRequestsDialog(self.workbench, data, path.name, self)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _: self.refresh_soon())
        dialog.open()
        return dialog
