"""The first screen: create a case file, open one, or open the demo."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..front_door.case_files import CaseFile, KdfParams, keyring_availability
from ..front_door.demo import DEMO_PASSPHRASE
from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.new_case_file import new_case_file, passphrase_strength
from ..front_door.views import OrganisationInput
from .messages import in_words
from .recent_files import recent_files, remember_recent

if TYPE_CHECKING:
    from .server_connect_dialog import ServerConnectDialog


class WelcomeDialog(QDialog):
    """Signals:
    open_requested(object): a Path to open (the window asks for its passphrase).
    demo_requested(): open the demo case file.
    created(object): a new CaseFile, already open.
    server_connected(object): a team server (ServerDatabase), open, its login accepted.
    """

    open_requested = Signal(object)
    demo_requested = Signal()
    created = Signal(object)
    server_connected = Signal(object)

    def __init__(self, parent: QWidget | None = None, kdf: KdfParams | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to DPO Desk"))
        self._kdf = kdf
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._start_page())
        self.pages.addWidget(self._create_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.resize(560, 440)

    # Start page ------------------------------------------------------------------------------

    def _start_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("DPO Desk"), page)
        title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        intro = QLabel(
            self.tr(
                "Data-subject rights requests, their legal deadlines and their letters, in an "
                "encrypted case file on this computer."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create a case file…"), page)
        self.create_button.setObjectName("createButton")
        self.open_button = QPushButton(self.tr("Open a case file…"), page)
        self.demo_button = QPushButton(self.tr("Open the demo"), page)
        self.demo_button.setToolTip(
            self.tr("Fictitious requests of two organisations; passphrase: {p}").format(p=DEMO_PASSPHRASE)
        )
        self.server_button = QPushButton(self.tr("Connect to a team server…"), page)
        self.server_button.setObjectName("serverButton")
        self.server_button.setToolTip(self.tr("Work with your team on a case file kept by a PostgreSQL server"))
        demo_hint = QLabel(self.tr("The demo's passphrase is <b>{p}</b>.").format(p=DEMO_PASSPHRASE), page)
        self.recent = QListWidget(page)
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Recent case files"))
        for name in recent_files():
            self.recent.addItem(name)
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.server_button)
        layout.addWidget(demo_hint)
        layout.addWidget(QLabel(self.tr("Recent case files (double-click to open):"), page))
        layout.addWidget(self.recent, 1)
        self.create_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.open_button.clicked.connect(self._browse_open)
        self.demo_button.clicked.connect(self._demo)
        self.server_button.clicked.connect(self.connect_to_server)
        self.recent.itemActivated.connect(lambda item: self._open(Path(item.text())))
        return page

    def _browse_open(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Open a case file"), str(Path.home()), self.tr("DPO Desk case files (*.dpodesk)")
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda name: self._open(Path(name)))
        dialog.open()

    def _open(self, path: Path) -> None:
        self.open_requested.emit(path)
        self.accept()

    def connect_to_server(self) -> ServerConnectDialog:
        from .server_connect_dialog import ServerConnectDialog

        dialog = ServerConnectDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(self._connected)
        dialog.open()
        return dialog

    def _connected(self, server: object) -> None:
        self.server_connected.emit(server)
        self.accept()

    def _demo(self) -> None:
        self.demo_requested.emit()
        self.accept()

    # Create page -----------------------------------------------------------------------------

    def _create_page(self) -> QWidget:
        page = QWidget(self)
        self.path = QLineEdit(str(Path.home() / "dpo.dpodesk"), page)
        self.path.setObjectName("newPath")
        browse = QPushButton(self.tr("Browse…"), page)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.passphrase = QLineEdit(page)
        self.passphrase.setObjectName("newPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit(page)
        self.confirm.setObjectName("confirmPassphrase")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel(page)
        self.strength.setObjectName("strength")
        self.remember = QCheckBox(self.tr("Remember on this computer"), page)
        unavailable = keyring_availability()
        self.keyring_note = QLabel(unavailable or "", page)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: #6b7280;")
        self.keyring_note.setVisible(bool(unavailable))
        if unavailable:
            self.remember.setEnabled(False)
            self.remember.setToolTip(unavailable)
        self.org_code = QLineEdit(page)
        self.org_code.setObjectName("orgCode")
        self.org_code.setPlaceholderText(self.tr("e.g. IMV: starts every reference"))
        self.org_name = QLineEdit(page)
        self.org_name.setObjectName("orgName")
        self.org_city = QLineEdit(page)
        self.org_city.setObjectName("orgCity")
        self.dpo_email = QLineEdit(page)
        self.error = QLabel(page)
        self.error.setObjectName("createError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Case file"), path_row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Again"), self.confirm)
        form.addRow("", self.strength)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        form.addRow(QLabel(self.tr("<b>First organisation</b> (the controller)"), page))
        form.addRow(self.tr("Code"), self.org_code)
        form.addRow(self.tr("Legal name"), self.org_name)
        form.addRow(self.tr("Town (for letters)"), self.org_city)
        form.addRow(self.tr("DPO email"), self.dpo_email)
        buttons = QDialogButtonBox(page)
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_confirm = buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_confirm.setObjectName("createConfirm")
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        browse.clicked.connect(self._browse_new)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_confirm.clicked.connect(self.create)
        self.passphrase.textChanged.connect(self._update_strength)
        self._update_strength("")
        return page

    def _browse_new(self) -> None:
        dialog = QFileDialog(
            self, self.tr("New case file"), self.path.text(), self.tr("DPO Desk case files (*.dpodesk)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("dpodesk")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    def _update_strength(self, text: str) -> None:
        score, _ = passphrase_strength(text)
        words = [self.tr("Too short: at least 10 characters"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        colours = ["#b91c1c", "#b45309", "#15803d", "#15803d"]
        self.strength.setText(words[score] + (" — " + self.tr("a few unrelated words work well") if score < 2 else ""))
        self.strength.setStyleSheet(f"color: {colours[score]};")

    def create(self) -> CaseFile | None:
        if self.passphrase.text() != self.confirm.text():
            return self._fail(self.tr("The two passphrases differ."))
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix != ".dpodesk":
            path = path.with_name(path.name + ".dpodesk")
        organisation = OrganisationInput(
            code=self.org_code.text(),
            legal_name=self.org_name.text(),
            city=self.org_city.text(),
            dpo_email=self.dpo_email.text(),
        )
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "unknown"
        try:
            case = new_case_file(
                path, self.passphrase.text(), organisation, user=user, remember=self.remember.isChecked(), kdf=self._kdf
            )
        except (CaseFileError, ActionRefused, ValueError) as exc:
            return self._fail(in_words(exc))
        remember_recent(path)
        self.created.emit(case)
        self.accept()
        return case

    def _fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        return None
