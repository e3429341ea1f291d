"""What the user does to one case from the window: its status, deadline, notes, identity, answers,
documents. Each handler asks what it needs; `_run` (window_parts.py) then calls the workbench once and
reads the case again, off the GUI thread, and paints it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QMessageBox,
)

from ..domain.identity import VerificationMethod
from ..domain.pauses import PauseReason
from ..domain.statuses import Status
from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.snapshot import Snapshot
from ..front_door.views import ListFilter, Outcome
from .jobs import Job
from .messages import in_words
from .window_parts import WindowParts

if TYPE_CHECKING:  # dialogs load when first opened (QtPdf, QtPrintSupport, the ORM), not at start-up
    from .intake_dialog import IntakeDialog
    from .redaction_dialog import RedactionDialog


class CaseActions(WindowParts):
    """The case detail's requests, carried out through the workbench."""

    def open_intake(self) -> IntakeDialog:
        from .intake_dialog import IntakeDialog

        dialog = IntakeDialog(self.workbench, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Once logged, the whole list is shown with the new request open: read with it, off the GUI thread.
        workbench, size = self.workbench, self.model.PAGE_SIZE
        flt = replace(workbench.filter_for(None, ""), sort=self.model.order[0], descending=self.model.order[1])
        dialog.follow = lambda reference: workbench.snapshot(flt, limit=size, reference=reference)
        dialog.logged.connect(lambda reference: self._logged(reference, dialog.followed, flt))
        dialog.open()
        return dialog

    def _logged(self, reference: str, snapshot: object = None, flt: ListFilter | None = None) -> None:
        self.dashboard.clear_selection()
        self.search.clear()
        self._search_timer.stop()
        if isinstance(snapshot, Snapshot):
            self._filter = self.workbench.filter_for(None, "")
            self.show_snapshot(snapshot, flt)
        else:
            self.refresh()
        self.select_reference(reference)
        self.statusBar().showMessage(self.tr("{ref} logged").format(ref=reference), 8000)

    def _assign(self) -> None:
        reference = self.detail.reference
        if reference is None:
            return
        self._ask(
            self.tr("Assign"),
            self.tr("Who handles {ref}?").format(ref=reference),
            lambda who: self._run(lambda: self.workbench.assign(reference, who), self.tr("assigned")),
        )

    # Status, deadline, notes -------------------------------------------------------------------

    def _change_status(self, reference: str, status: str) -> None:
        new = Status(status)
        if new in (Status.REFUSED, Status.PARTIALLY_REFUSED, Status.WITHDRAWN):
            self._ask(
                self.tr("Reason"),
                self.tr("Why is {ref} {status}? This goes on the record and, for a refusal, into the letter.").format(
                    ref=reference, status=new.value.replace("_", " ")
                ),
                lambda reason: self._run(
                    lambda: self.workbench.change_status(reference, new, reason), self.tr("status changed")
                ),
            )
            return
        self._run(lambda: self.workbench.change_status(reference, new), self.tr("status changed"))

    def _extend(self, reference: str) -> None:
        self._ask(
            self.tr("Extend the deadline"),
            self.tr(
                "Reasons for extending {ref} by two months (complexity, number of requests). They are sent to "
                "the data subject with the extension notice."
            ).format(ref=reference),
            lambda reason: self._run(lambda: self.workbench.extend(reference, reason), self.tr("extended")),
        )

    def _pause(self, reference: str) -> None:
        """Pause…: what was asked of the person goes on the record; the clock stops until the answer."""
        self._ask(
            self.tr("Pause the clock"),
            self.tr(
                "What was asked of the person behind {ref} to clarify the request? The clock stops until the "
                "answer arrives (Resume), and this goes on the record."
            ).format(ref=reference),
            lambda reason: self._run(
                lambda: self.workbench.pause(reference, PauseReason.CLARIFICATION, reason), self.tr("paused")
            ),
        )

    def _resume(self, reference: str) -> None:
        self._run(lambda: self.workbench.resume(reference), self.tr("resumed"))

    def _note(self, reference: str) -> None:
        self._ask(
            self.tr("Add a note"),
            self.tr("Note for the history of {ref}:").format(ref=reference),
            lambda text: self._run(lambda: self.workbench.add_note(reference, text), self.tr("note added")),
        )

    def record_answer(self, reference: str, what: str) -> None:
        """A small dialog records what was decided (ui/answer_dialogs.py); the letters then state it."""
        from ..front_door.answer_desk import AnswerDesk
        from .answer_dialogs import answer_dialog

        try:
            dialog = answer_dialog(AnswerDesk(self.workbench), reference, what, self.workbench.today(), self)
        except (ActionRefused, CaseFileError, ValueError) as exc:
            self._error(in_words(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def _tick(self, reference: str, names: list[str]) -> Outcome:
        self.workbench.set_concerned(reference, names)
        return Outcome(reference)

    # Identity and authority --------------------------------------------------------------------

    def _ask_identity(self, reference: str) -> None:
        self._ask(
            self.tr("Ask for proof of identity"),
            self.tr(
                "What raises a reasonable doubt about the identity of the person behind {ref}? Asking is "
                "not systematic (Art. 12(6)); the clock is paused until the proof arrives."
            ).format(ref=reference),
            lambda doubt: self._run(
                lambda: self.workbench.request_identity(reference, doubt), self.tr("proof of identity requested")
            ),
        )

    def _identity_received(self, reference: str) -> None:
        """Proof received…: on which day (the clock runs again from it), with or without a copy."""
        from .proof_dialog import ProofDialog

        detail = self.detail._detail
        asked = max((p.started_on for p in detail.pauses if p.reason == "identity"), default=None) if detail else None
        dialog = ProofDialog(self.workbench.today(), asked, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(choice: str, on) -> None:  # type: ignore[no-untyped-def]
            if choice == "no_copy":
                self._run(lambda: self.workbench.identity_received(reference, None, on), self.tr("proof received"))
            else:
                self._choose_file(
                    self.tr("Copy of the identity document"),
                    lambda path: self._identity_document(reference, path, on),
                )

        dialog.chosen.connect(chosen)
        dialog.open()

    def _identity_document(self, reference: str, path: Path, on: date | None = None) -> None:
        try:
            from ..front_door.case_steps import file_from_path  # the ORM: loaded after the first paint

            document = file_from_path(path, "id_document")
        except OSError as exc:
            self._error(self.tr("Cannot read {name}: {why}").format(name=path.name, why=exc.strerror))
            return
        except ActionRefused as exc:
            self._error(in_words(exc))
            return
        self._run(lambda: self.workbench.identity_received(reference, document, on), self.tr("proof received"))

    def _identity_verified(self, reference: str, method: str) -> None:
        self._run(
            lambda: self.workbench.verify_identity(reference, VerificationMethod(method)), self.tr("identity verified")
        )

    def _authority_checked(self, reference: str) -> None:
        detail = self.workbench.detail(reference)
        title = self.tr("Authority checked")

        def check(proof: str, death: str = "") -> None:
            self._run(lambda: self.workbench.check_authority(reference, proof, death), self.tr("authority checked"))

        def with_proof(proof: str) -> None:
            if detail.on_behalf == "heir" and not detail.death_proof:
                self._ask(
                    title, self.tr("Which proof of the death was checked (LIL art. 85-II)?"), lambda d: check(proof, d)
                )
            else:
                check(proof)

        self._ask(
            title,
            self.tr(
                "Which proof of {name}'s identity and authority was checked (a mandate, the parental authority or "
                "guardianship order, the proof of being heir)?"
            ).format(name=detail.requester_name),
            with_proof,
        )

    def _identity_failed(self, reference: str) -> None:
        self._ask(
            self.tr("Identity not verified"),
            self.tr("Why could the identity behind {ref} not be verified? This goes into the refusal letter.").format(
                ref=reference
            ),
            lambda why: self._run(
                lambda: self.workbench.identity_failed(reference, why), self.tr("identity not verified")
            ),
        )

    # Documents and passwords -------------------------------------------------------------------

    def preview_document(self, attachment_id: int) -> Job:
        """The document, read and decrypted off the GUI thread (a scan may be 50 MB), then previewed."""
        from .preview_dialog import PreviewDialog

        workbench = self.workbench

        def show(document: tuple[str, str, bytes]) -> None:
            name, media_type, data = document
            dialog = PreviewDialog(name, media_type, data, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        return self._in_background(lambda: workbench.attachment(attachment_id), show)

    def open_redaction(self, attachment_id: int) -> RedactionDialog | None:
        from .redaction_dialog import RedactionDialog

        language = "fr"
        reference = self.detail.reference
        if reference is not None:
            detail = self.workbench.detail(reference)
            language = self.workbench.organisation(detail.organisation_code)[0].letter_language
        try:
            dialog = RedactionDialog(self.workbench, attachment_id, language, self)
        except (ActionRefused, CaseFileError) as exc:
            self._error(in_words(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda n: self.statusBar().showMessage(self.tr("%n redaction(s) saved", "", n), 8000))
        dialog.copy_made.connect(lambda _: self._copy_made())
        dialog.open()
        return dialog

    def _copy_made(self) -> None:
        self.refresh_soon()
        self.statusBar().showMessage(self.tr("Redacted copy kept with the case's documents"), 8000)

    def show_password_again(self, outgoing_id: int) -> QMessageBox:
        """A DPO sees again a password read out by telephone; the history records it first."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Show the password again"),
            self.tr(
                "Show the password of this encrypted email, to read it out to the person again? The history of "
                "the request records that you saw it."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("showPasswordBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Show"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._reveal_password(outgoing_id))
        box.open()
        return box

    def _reveal_password(self, outgoing_id: int) -> Job:
        """Record that it was shown and read the case again off the GUI thread; then show it."""
        from .send_dialog import PasswordDialog

        workbench, view = self.workbench, self._view()

        def work() -> tuple[str, Snapshot | None]:
            return workbench.password_of(outgoing_id), view.read()

        def done(result: tuple[str, Snapshot | None]) -> None:
            password, snapshot = result
            self._paint(view, snapshot)  # the history now says it was shown
            dialog = PasswordDialog(password, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        return self._in_background(work, done)
