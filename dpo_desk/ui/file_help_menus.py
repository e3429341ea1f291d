"""File → New, Open, Back up now, Change passphrase; Help → Manual, Keyboard shortcuts.

Opening or creating another case file opens it in a new window and closes this one (its jobs
stopped, its case file closed), as starting DPO Desk on that file would.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..explained import Explained
from ..paths import resources_dir
from .messages import in_words

if TYPE_CHECKING:
    from ..front_door.case_files import CaseFile
    from .main_window import MainWindow


def manual_path() -> Path | None:
    """The manual (README.md): shipped in the bundle's resources, or at the top of a source checkout."""
    for candidate in (resources_dir() / "manual" / "README.md", resources_dir().parent / "README.md"):
        if candidate.is_file():
            return candidate
    return None


_IMG = re.compile(r'<img src="([^"]+)" alt="([^"]*)"[^>]*>')


def manual_markdown(text: str) -> str:
    """The README as Qt's Markdown reader takes it: its HTML image rows (which that reader would let
    swallow the rest of the page) become Markdown images, one paragraph each."""
    text = _IMG.sub(lambda m: f"![{m.group(2)}]({m.group(1)})\n", text)
    return re.sub(r"^</?p>\s*$", "", text, flags=re.MULTILINE)


MANUAL_IMAGE_WIDTH = 820  # the screenshots, scaled to the manual's width


def _fit_images(document: QTextDocument, width: int) -> None:
    """Every image as wide as the page at most (the height follows)."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                image = fragment.charFormat().toImageFormat()
                image.setWidth(width)
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(image)
            it += 1
        block = block.next()


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        file_menu = window.menuBar().actions()[0].menu()
        first = file_menu.actions()[0] if file_menu.actions() else None
        self.new_action = QAction(self.tr("&New case file…"), window)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_case_file)
        self.open_action = QAction(self.tr("&Open case file…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_case_file)
        self.backup_action = QAction(self.tr("&Back up now…"), window)
        self.backup_action.setToolTip(
            self.tr("An encrypted copy of the case file, with its key file, where you choose")
        )
        self.backup_action.triggered.connect(self.choose_backup)
        self.passphrase_action = QAction(self.tr("Change &passphrase…"), window)
        self.passphrase_action.triggered.connect(self.open_passphrase)
        for action in (self.new_action, self.open_action, self.backup_action, self.passphrase_action):
            file_menu.insertAction(first, action)
            window.addAction(action)
        file_menu.insertSeparator(first)

    # New and Open ----------------------------------------------------------------------------

    def new_case_file(self) -> QDialog:
        from .welcome_dialog import WelcomeDialog

        dialog = WelcomeDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(self.switch_to)
        dialog.open_requested.connect(self.unlock)
        dialog.open()
        return dialog

    def choose_case_file(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Open a case file"))
        dialog.setObjectName("openCaseFile")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("DPO Desk case files (*.dpodesk)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self.unlock(Path(name)))
        dialog.open()
        return dialog

    def unlock(self, path: Path) -> QDialog:
        from ..front_door.new_case_file import open_with_passphrase
        from .unlock_dialog import UnlockDialog

        dialog = UnlockDialog(Path(path), lambda p: open_with_passphrase(Path(path), p), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(self.switch_to)
        dialog.open()
        return dialog

    def switch_to(self, case: CaseFile) -> None:
        """The other case file in a new window; this one closes."""
        from ..front_door.workbench import Workbench
        from .recent_files import remember_recent

        remember_recent(case.path)
        window = type(self.window)(Workbench(case, self.window.workbench.user))  # a MainWindow
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.opened = window
        self.window.close()

    # Backup and passphrase -------------------------------------------------------------------

    def choose_backup(self) -> QFileDialog:
        case_path = self.window.workbench.case.path
        return self.window._choose_save_file(
            self.tr("Back up the case file"),
            str(case_path.with_suffix(".backup.dpodesk")),
            self.backup_to,
            object_name="backupFile",
        )

    def backup_to(self, target: Path) -> Path | None:
        try:
            made = self.window.workbench.backup_to(target)
        except (Explained, OSError) as exc:
            self.window._error(in_words(exc) if isinstance(exc, Explained) else str(exc.strerror or exc))
            return None
        self.window.statusBar().showMessage(
            self.tr("Encrypted backup written to {path} (same passphrase; its key file beside it)").format(path=made),
            12000,
        )
        return made

    def open_passphrase(self) -> PassphraseDialog:
        dialog = PassphraseDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def change(current: str, new: str) -> None:
            try:
                self.window.workbench.change_passphrase(current, new)
            except (Explained, ValueError) as exc:
                dialog.refused(in_words(exc))
                return
            dialog.accept()
            self.window.statusBar().showMessage(self.tr("Passphrase changed"), 8000)

        dialog.chosen.connect(change)
        dialog.open()
        return dialog


class PassphraseDialog(QDialog):
    """Signals:
    chosen(str, str): the current passphrase and the new one (the dialog stays open until accepted).
    """

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.current = QLineEdit(self)
        self.new = QLineEdit(self)
        self.again = QLineEdit(self)
        for name, field in (
            ("currentPassphrase", self.current),
            ("newPassphrase", self.new),
            ("againPassphrase", self.again),
        ):
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase"), self.current)
        form.addRow(self.tr("&New passphrase"), self.new)
        form.addRow(self.tr("New passphrase &again"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Whoever opens the case file with the passphrase will need the new one."), self)
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)

    def _ok(self) -> None:
        if self.new.text() != self.again.text():
            self.refused(self.tr("The two new passphrases differ."))
            return
        self.chosen.emit(self.current.text(), self.new.text())

    def refused(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class HelpActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        help_menu = window.menuBar().actions()[-1].menu()
        first = help_menu.actions()[0] if help_menu.actions() else None
        self.manual_action = QAction(self.tr("&Manual"), window)
        self.manual_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.manual_action.triggered.connect(self.open_manual)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        for action in (self.manual_action, self.shortcuts_action):
            help_menu.insertAction(first, action)
            window.addAction(action)
        help_menu.insertSeparator(first)

    def open_manual(self) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setObjectName("manual")
        dialog.setWindowTitle(self.tr("DPO Desk manual"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser = QTextBrowser(dialog)
        browser.setObjectName("manualText")
        browser.setOpenExternalLinks(True)
        path = manual_path()
        if path is None:
            browser.setPlainText(self.tr("The manual (README.md) is not installed with this copy of DPO Desk."))
        else:
            browser.setSearchPaths([str(path.parent)])  # its screenshots, beside it
            browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
            browser.setMarkdown(manual_markdown(path.read_text(encoding="utf-8")))
            _fit_images(browser.document(), MANUAL_IMAGE_WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(900, 760)
        dialog.open()
        return dialog

    def shortcuts(self) -> list[tuple[str, str]]:
        """(what, keys) of every window action with a shortcut, then the intake form's keys."""
        rows = []
        seen = set()
        for action in self.window.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            what = action.text().replace("&", "").rstrip("…").strip()
            if keys and what and (what, keys) not in seen:
                seen.add((what, keys))
                rows.append((what, keys))
        rows.sort(key=lambda row: row[0].lower())
        rows += [
            (self.tr("Intake form: log the request"), "Ctrl+Enter"),
            (self.tr("Intake form: next field, previous field"), "Tab, Shift+Tab"),
            (self.tr("Intake form: close (asks first when filled)"), "Esc"),
        ]
        return rows

    def open_shortcuts(self) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setObjectName("shortcuts")
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = self.shortcuts()
        table = QTableWidget(len(rows), 2, dialog)
        table.setObjectName("shortcutTable")
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(560, 520)
        dialog.open()
        return dialog
