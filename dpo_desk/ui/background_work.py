"""The window's work off the GUI thread and on timers: the integrity check, the daily backup, the
reminders and daily digest, the inspection dossier; and locking (which stops that work first)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
)

from ..front_door.case_files import automatic_backup_due
from ..front_door.errors import ActionRefused, CaseFileError, WrongPassphrase
from ..front_door.workbench import Workbench
from .jobs import Job, start, with_progress
from .messages import in_words
from .window_parts import WindowParts

if TYPE_CHECKING:  # dialogs load when first opened (QtPdf, QtPrintSupport, the ORM), not at start-up
    from ..domain.reminders import Reminder


class BackgroundWork(WindowParts):
    """Jobs and timers of the main window, and its lock."""

    def verify(self) -> Job:
        """Check the whole case file in the background, with progress; the result in a dialog."""
        from ..front_door.integrity import Cancelled, verify

        stages = {
            "database": self.tr("Checking the database structure…"),
            "encryption": self.tr("Checking every encrypted page…"),
            "history": self.tr("Checking the history, event by event…"),
            "attachments": self.tr("Checking the documents…"),
        }
        workbench = self.workbench
        job = Job(
            lambda report, cancelled: verify(
                workbench, progress=lambda stage, done, total: report(stages[stage], done, total), cancelled=cancelled
            )
        )
        self._verify_progress = with_progress(job, self.tr("Integrity check"), self)

        def done(report) -> None:  # type: ignore[no-untyped-def]
            icon = QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical
            lines = "\n".join(in_words(line) for line in report.lines())
            self._message(self.tr("Integrity check"), lines, icon, "verifyBox")

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.statusBar().showMessage(self.tr("Integrity check stopped; nothing was changed."), 8000)
            else:
                self._error(in_words(exc))

        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def backup_if_due(self) -> Job | None:
        """The daily encrypted backup, in the background, when one is due."""
        case = self.workbench.case
        if not hasattr(case, "automatic_backup"):  # a team server: its backups are the server's own
            return None
        if self.is_locked or not case.is_open or case.read_only or not automatic_backup_due(case.path):
            return None
        job = Job(lambda _report, _cancelled: case.automatic_backup())

        def written(made: object) -> None:
            if made is not None:
                self.statusBar().showMessage(self.tr("Daily backup written to {path}").format(path=made), 8000)

        def failed(exc: Exception) -> None:
            self._error(self.tr("The daily backup failed: {why}").format(why=in_words(exc)))

        job.succeeded.connect(self._while_open(written))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def announce_reminders(self) -> bool:
        """Once a day for this user and file: what falls due, in the banner and the desktop's notifications.

        What falls due is read off the GUI thread (a large file takes a while). True when it is being
        read, False when there is nothing to do (already told today, window closed or locked)."""
        workbench = self.workbench
        who = {"login": workbench.user, "case_name": workbench.case.path.name, "today": workbench.today()}
        if self._closed or self.is_locked or not self.reminders_banner.due(**who):
            return False
        job = Job(lambda _report, _cancelled: workbench.reminders())

        def announce(items: list[Reminder]) -> None:
            if not self.is_locked:
                self.reminders_banner.announce(items, **who)

        job.succeeded.connect(self._while_open(announce))  # a failure to read them is not worth a box
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        start(job)
        return True

    def send_digests_if_due(self) -> Job | None:
        """Once a day, the digest of what falls due to each member who asked for it, off the GUI thread."""
        case = self.workbench.case
        if self._digest_job is not None or self.is_locked or not case.is_open or case.read_only:
            return None
        try:
            if not self.workbench.digests_due():
                return None
        except (ActionRefused, CaseFileError):
            return None
        workbench = self.workbench
        job = Job(lambda _report, _cancelled: workbench.send_digests())
        self._digest_job = job

        def sent(lines: list[str]) -> None:
            self.statusBar().showMessage(self.tr("Daily digest of what falls due sent by email."), 8000)

        def failed(exc: Exception) -> None:
            self.statusBar().showMessage(
                self.tr("The daily digest could not be sent: {why}").format(why=in_words(exc)), 15000
            )

        def finished() -> None:
            self._digest_job = None
            self._jobs.discard(job)

        job.succeeded.connect(self._while_open(sent))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(finished)
        return start(job)

    def choose_dossier_file(self, reference: str) -> None:
        self._choose_save_file(
            self.tr("Export the dossier"),
            f"dossier-{reference}.pdf",
            lambda path: self.export_dossier(reference, path),
            kinds=self.tr("PDF documents (*.pdf)"),
            suffix="pdf",
            object_name="dossierChooser",
        )

    def export_dossier(self, reference: str, path: Path) -> Job:
        """Make the dossier in the background and write it where the user chose."""
        workbench = self.workbench
        label = self.tr("Making the dossier of {ref}…").format(ref=reference)

        def work(report, _cancelled):  # type: ignore[no-untyped-def]
            report(label, 0, 1)
            made = workbench.case_dossier(reference)
            workbench.save_file(path, made.pdf)
            return made

        job = Job(work)
        self._dossier_progress = with_progress(job, self.tr("Export dossier"), self)

        def done(made) -> None:  # type: ignore[no-untyped-def]
            self.refresh_soon()
            self._message(
                self.tr("Export dossier"),
                self.tr(
                    "The dossier of {ref} was saved to {path} ({pages} pages).\n\nIts checkpoint, {checkpoint}, "
                    "proves later that the history was not changed: dpo-desk verify --expect {checkpoint}"
                ).format(ref=reference, path=path, pages=made.pages, checkpoint=made.checkpoint),
                QMessageBox.Icon.Information,
                "dossierBox",
            )

        def failed(exc: Exception) -> None:
            if isinstance(exc, OSError):
                self._error(self.tr("The dossier could not be written: {why}").format(why=exc.strerror or exc))
            else:
                self._error(in_words(exc))

        job.succeeded.connect(self._while_open(done))
        job.failed.connect(self._while_open(failed))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    # Locking -----------------------------------------------------------------------------------

    @property
    def is_locked(self) -> bool:
        return self.stack.currentIndex() == 1

    def lock(self) -> None:
        """Forget the key, close the file and hide every case until the passphrase is typed."""
        if self.is_locked:
            return
        self._stop_jobs()
        self.idle.stop()
        for widget in self.findChildren(QDialog):
            widget.reject()
        self.detail.show_detail(None)
        self.model.reload(lambda *_: [])
        self.dashboard.set_counts({})
        self.search.clear()
        self._search_timer.stop()
        self.workbench.close()
        self.stack.setCurrentIndex(1)
        self.lock_action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.lock_page.reset()
        self.locked.emit()

    def _unlock(self, passphrase: str) -> None:
        try:
            case = self._opener(passphrase)
        except WrongPassphrase:
            self.lock_page.show_error(self.tr("Wrong passphrase. Check the keyboard layout and Caps Lock."))
            return
        except CaseFileError as exc:
            self.lock_page.show_error(in_words(exc))
            return
        old = self.workbench
        self.workbench = Workbench(case, old.user, old.today, demo=old.demo)
        self.stack.setCurrentIndex(0)
        self.lock_action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.model.reload(self._fetch)
        self.refresh()
        self.idle.restart()
        self.unlocked.emit()
