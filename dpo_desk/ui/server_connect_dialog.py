"""Connecting to a team server (issue #20): where it is, who connects, how the connection is
protected, and the password, typed here, found the way libpq finds it (PGPASSWORD, ~/.pgpass), or
kept in the system keyring when asked. The last server used is remembered (never its password).

Connecting runs off the GUI thread (an unreachable server takes seconds to say so); a failure is
said in words under the fields, and the dialog stays open with what was typed.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..front_door.case_files import keyring_availability
from ..front_door.errors import CaseFileError
from ..front_door.team_server import DEFAULT_PORT, ServerAddress, ServerDatabase, connect_team_server
from .jobs import Job, start
from .messages import in_words

SETTINGS = "team_server"  # QSettings group of the last server used: where, who, TLS; never a password


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class ServerConnectDialog(QDialog):
    """Signals:
    connected(object): the team server (a ServerDatabase), open, its login accepted.
    """

    connected = Signal(object)

    def __init__(self, parent: QWidget | None = None, address: ServerAddress | None = None, problem: str = "") -> None:
        """`address`: fields filled from `dpo-desk --server URL`, instead of the last server used;
        `problem`: what went wrong trying it (said under the fields)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.server: ServerDatabase | None = None
        self._job: Job | None = None
        intro = QLabel(
            self.tr(
                "The team's case file is kept by a PostgreSQL server. Ask whoever runs it for its address, "
                "your login and the company's certificate authority (CA) file."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(self.tr("e.g. dpo-desk.example.fr"))
        self.port = QSpinBox(self)
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("serverDatabase")
        self.login = QLineEdit(_login(), self)
        self.login.setObjectName("serverLogin")
        self.tls = QComboBox(self)
        self.tls.setObjectName("serverTls")
        for mode, label in (
            ("verify-full", self.tr("Verify the server's certificate (verify-full)")),
            ("require", self.tr("Encrypt without checking the certificate (require)")),
            ("disable", self.tr("No encryption: a test server on this computer only (disable)")),
        ):
            self.tls.addItem(label, mode)
        self.ca_file = QLineEdit(self)
        self.ca_file.setObjectName("serverCaFile")
        self.ca_file.setPlaceholderText(self.tr("the company's CA file (.crt, .pem); empty: ~/.postgresql/root.crt"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("serverCaBrowse")
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.password = QLineEdit(self)
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        password_hint = QLabel(
            self.tr("Leave it empty if PGPASSWORD, ~/.pgpass or the keyring already holds it."), self
        )
        password_hint.setWordWrap(True)
        password_hint.setStyleSheet("color: #6b7280;")
        self.remember = QCheckBox(self.tr("Remember in the system keyring"), self)
        self.remember.setObjectName("serverRemember")
        unavailable = keyring_availability()
        self.keyring_note = QLabel(unavailable or "", self)  # why the box cannot be ticked here
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: #6b7280;")
        self.keyring_note.setVisible(bool(unavailable))
        if unavailable:
            self.remember.setEnabled(False)
            self.remember.setToolTip(unavailable)
        self.error = QLabel(self)
        self.error.setObjectName("serverError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Protection (TLS)"), self.tls)
        form.addRow(self.tr("CA file"), ca_row)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", password_hint)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = self.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("serverConnect")
        self.connect_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self._browse_ca)
        self.connect_button.clicked.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        self._restore()
        if address is not None:
            self._fill(address)
        if problem:
            self.error.setText(problem)
            self.error.show()
        self.resize(600, 460)

    def address(self) -> ServerAddress:
        return ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            login=self.login.text().strip(),
            tls_mode=str(self.tls.currentData()),
            ca_file=self.ca_file.text().strip(),
        )

    def try_connect(self) -> Job | None:
        """Connect off the GUI thread; the dialog closes once the server accepted the login."""
        if self._job is not None:
            return None
        address, password, remember = self.address(), self.password.text(), self.remember.isChecked()
        job = Job(lambda _report, _cancelled: connect_team_server(address, password, remember=remember))
        self._job = job
        self.error.setStyleSheet("color: #374151;")
        self.error.setText(self.tr("Connecting to {server}…").format(server=address.shown))
        self.error.show()
        self.connect_button.setEnabled(False)

        def done(server: ServerDatabase) -> None:
            self._job = None
            if not self.isVisible():  # closed meanwhile: nothing is kept open
                server.close()
                return
            self._remember(address)
            self.server = server
            self.connected.emit(server)
            self.accept()

        def failed(exc: Exception) -> None:
            self._job = None
            self.connect_button.setEnabled(True)
            self.error.setStyleSheet("color: #b91c1c;")
            if not isinstance(exc, CaseFileError):
                raise exc
            self.error.setText(in_words(exc))

        job.succeeded.connect(done)
        job.failed.connect(failed)
        return start(job)

    def _browse_ca(self) -> None:
        dialog = QFileDialog(
            self,
            self.tr("The company's certificate authority"),
            self.ca_file.text(),
            self.tr("Certificates (*.crt *.pem *.cer);;All files (*)"),
        )
        dialog.setObjectName("caFileChooser")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.ca_file.setText)
        dialog.open()

    def _restore(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS)
        self.host.setText(str(settings.value("host", "")))
        self.port.setValue(int(settings.value("port", DEFAULT_PORT)))  # type: ignore[call-overload]
        self.database.setText(str(settings.value("database", "")))
        self.login.setText(str(settings.value("login", "")) or _login())
        index = self.tls.findData(str(settings.value("tls", "verify-full")))
        self.tls.setCurrentIndex(max(index, 0))
        self.ca_file.setText(str(settings.value("ca_file", "")))
        settings.endGroup()

    def _fill(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.login.setText(address.login or _login())
        if self.tls.findData(address.tls_mode) < 0:  # verify-ca, given on the command line
            self.tls.addItem(address.tls_mode, address.tls_mode)
        self.tls.setCurrentIndex(self.tls.findData(address.tls_mode))
        self.ca_file.setText(address.ca_file)

    def _remember(self, address: ServerAddress) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS)
        for key, value in (
            ("host", address.host),
            ("port", address.port),
            ("database", address.database),
            ("login", address.login),
            ("tls", address.tls_mode),
            ("ca_file", address.ca_file),
        ):
            settings.setValue(key, value)
        settings.endGroup()
