"""Every window and dialog of the workbench, opened on the demo case file (for the layout and accessibility tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dpo_desk.storage.casefile import CaseFile


def settle(rounds: int = 10) -> None:
    app = QApplication.instance()
    for _ in range(rounds):
        app.processEvents()


def shown_preview(window, seconds: float = 10.0) -> QWidget | None:  # type: ignore[no-untyped-def]
    """The preview a background job opens, once open (events processed meanwhile, as qtbot.waitUntil)."""
    from PySide6.QtTest import QTest

    from dpo_desk.ui.preview_dialog import PreviewDialog

    for _ in range(int(seconds * 50)):
        shown = [d for d in window.findChildren(PreviewDialog) if d.isVisible()]
        if shown:
            return shown[0]
        QTest.qWait(20)
    return None


def main_window(case: CaseFile, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    window = MainWindow(Workbench(case, "claire.dpo", demo=True))
    window.resize(*size)
    window.show()
    settle()
    window.table.selectRow(0)
    settle()
    return window


def dialogs(window, size: tuple[int, int]) -> dict[str, Callable[[], QWidget | None]]:  # type: ignore[no-untyped-def]
    """Each dialog by name, with the function that opens it from the window as a person would."""
    from dpo_desk.ui.unlock_dialog import UnlockDialog
    from dpo_desk.ui.welcome_dialog import WelcomeDialog

    def first_letter():  # type: ignore[no-untyped-def]
        for row in range(window.model.rowCount()):
            item = window.model.row_at(row)
            if item is None:
                continue
            written = window.workbench.letters(item.reference)
            if written:
                window.table.selectRow(row)
                settle()
                window.preview_letter(written[0].id)  # read off the GUI thread, previewed when done
                return shown_preview(window)
        return None

    def intake_known_person():  # type: ignore[no-untyped-def]
        dialog = window.open_intake()
        item = window.model.row_at(0)
        first, _, last = item.person.partition(" ")
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(item.organisation))
        dialog.first_name.setText(first)
        dialog.last_name.setText(last)
        dialog.refresh_suggestion()
        return dialog

    return {
        "intake": window.open_intake,
        "intake, person already on file": intake_known_person,
        "organisations": window.open_organisations,
        "register": window.open_register,
        "templates": window.open_templates,
        "preferences": window.open_preferences,
        "users": window.open_users,
        "mailboxes": window.open_mailboxes,
        "triage": window.open_triage,
        "activity": window.open_activity,
        "letters of the day": window.open_letters_of_day,
        "purge": window.open_purge,
        "register of requests": window.open_request_register,
        "letter preview": first_letter,
        "welcome": WelcomeDialog,
        "unlock": lambda: UnlockDialog(Path("cas.dpodesk"), lambda _p: None),
    }


def open_dialog(opener: Callable[[], QWidget | None], size: tuple[int, int]) -> QWidget | None:
    dialog = opener()
    if dialog is None:
        return None
    if not isinstance(dialog, QMessageBox):
        hint = dialog.sizeHint()
        dialog.resize(
            min(max(dialog.width(), hint.width()), size[0]), min(max(dialog.height(), hint.height()), size[1])
        )
    dialog.show()
    settle()
    return dialog
