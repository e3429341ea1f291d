"""Asking for a case file's passphrase, with clear feedback when it is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..front_door.case_files import CaseFile
from ..front_door.errors import ActionRefused, CaseFileError, WrongPassphrase
from ..front_door.workbench import Workbench
from .messages import in_words

Opener = Callable[[str], CaseFile]


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class UnlockDialog(QDialog):
    """Signals:
    unlocked(object): the opened CaseFile.
    """

    unlocked = Signal(object)

    def __init__(
        self, path: Path, opener: Opener, parent: QWidget | None = None, hint: str = "", user: str = ""
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._user = user or _login()
        self.case: CaseFile | None = None
        self.setWindowTitle(self.tr("Unlock {name}").format(name=path.name))
        intro = QLabel(self.tr("Enter the passphrase of the case file\n{path}").format(path=path), self)
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember on this computer"), self)
        self.remember.setToolTip(self.tr("Keep the key in the system keyring so that this computer opens the file"))
        self.error = QLabel(self)
        self.error.setObjectName("unlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        for widget in (intro, self.passphrase, self.remember, self.hint, self.error, buttons):
            layout.addWidget(widget)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)

    def _try(self) -> None:
        try:
            case = self._opener(self.passphrase.text())
        except WrongPassphrase:
            self._show_error(self.tr("Wrong passphrase. Check the keyboard layout and Caps Lock, then try again."))
            self.passphrase.selectAll()
            return
        except CaseFileError as exc:
            self._show_error(in_words(exc))
            return
        if self.remember.isChecked():
            try:  # the ORM loads only now (front_door/workbench.py names the services lazily)
                Workbench(case, self._user).remember_key()
            except (CaseFileError, ActionRefused) as exc:
                case.notices.append(in_words(exc))
        self.case = case
        self.unlocked.emit(case)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
