"""The Edit menu: Undo (Ctrl+Z) of the session's last change, correcting a request, and
withdrawing one logged in error. Thin over the workbench: the rules are in services/corrections.py
and services/undo.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ..domain.case_actions import can_correct
from ..front_door.errors import ActionRefused, CaseFileError
from .correction_dialog import CorrectionDialog
from .messages import in_words

if TYPE_CHECKING:
    from .main_window import MainWindow


class EditActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Edit"), window)
        bar = window.menuBar()
        after_file = bar.actions()[1] if len(bar.actions()) > 1 else None
        bar.insertMenu(after_file, self.menu) if after_file is not None else bar.addMenu(self.menu)
        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.correct_action = QAction(self.tr("&Correct request…"), window)
        self.correct_action.setShortcut(QKeySequence("Ctrl+E"))
        self.correct_action.setToolTip(
            self.tr("Name, address, date received, rights, channel: old and new values kept")
        )
        self.correct_action.triggered.connect(self.open_correction)
        self.withdraw_action = QAction(self.tr("&Withdraw as logged in error…"), window)
        self.withdraw_action.setToolTip(self.tr("A DPO's decision: the entry stays in the history and counts nowhere"))
        self.withdraw_action.triggered.connect(self.ask_withdrawal)
        self.menu.addAction(self.undo_action)
        self.menu.addSeparator()
        self.menu.addAction(self.correct_action)
        self.menu.addAction(self.withdraw_action)
        for action in (self.undo_action, self.correct_action, self.withdraw_action):
            window.addAction(action)  # the shortcuts work with the menu closed
        self.menu.aboutToShow.connect(self.update)
        window.refreshed.connect(self.update)
        self.update()

    def _reference(self) -> str:
        detail = self.window.detail._detail
        if detail is None or detail.purged_on is not None or not can_correct(detail.status):
            return ""
        return detail.reference

    def update(self) -> None:
        words = self.window.workbench.undo_words()
        self.undo_action.setEnabled(words is not None)
        self.undo_action.setText(
            self.tr("&Undo {change}").format(change=in_words(words)) if words is not None else self.tr("&Undo")
        )
        chosen = bool(self._reference())
        self.correct_action.setEnabled(chosen)
        self.withdraw_action.setEnabled(chosen)

    def undo(self) -> None:
        words = self.window.workbench.undo_words()
        if words is None:
            return
        # Off the GUI thread: the menu follows once the result is painted (`refreshed`), not before.
        self.window._run(self.window.workbench.undo, self.tr("undone: {change}").format(change=in_words(words)))

    def open_correction(self) -> CorrectionDialog | None:
        reference = self._reference()
        if not reference:
            return None
        try:
            values = self.window.workbench.correction_values(reference)
        except (ActionRefused, CaseFileError) as exc:
            self.window._error(in_words(exc))
            return None
        dialog = CorrectionDialog(reference, values, self.window.workbench.today(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def apply(correction) -> None:  # type: ignore[no-untyped-def]
            try:
                self.window.workbench.correct(reference, correction)
            except (ActionRefused, CaseFileError, ValueError) as exc:
                dialog.refused(in_words(exc))  # nothing typed is lost
                return
            dialog.accept()
            self.window.refresh_soon()
            self.window.statusBar().showMessage(self.tr("{ref}: corrected").format(ref=reference), 8000)

        dialog.chosen.connect(apply)
        dialog.open()
        return dialog

    def ask_withdrawal(self) -> None:
        reference = self._reference()
        if not reference:
            return
        self.window._ask(
            self.tr("Withdraw as logged in error"),
            self.tr(
                "Why was {ref} logged in error (not a request, logged twice…)? It stays in the history with "
                "this reason, and counts nowhere."
            ).format(ref=reference),
            lambda reason: self.window._run(
                lambda: self.window.workbench.withdraw_in_error(reference, reason),
                self.tr("withdrawn as logged in error"),
            ),
        )
