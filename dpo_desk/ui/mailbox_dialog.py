"""File → Mailboxes…: the IMAP mailboxes requests arrive in. The password goes to the OS keyring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..services.errors import ActionRefused
from ..services.mailboxes import MailboxSettings, Security
from ..services.workbench import Workbench
from ..storage.errors import CaseFileError
from .messages import in_words

PORTS = {Security.TLS: 993, Security.STARTTLS: 143}


class MailboxDialog(QDialog):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Mailboxes"))
        self.existing = QListWidget(self)
        self.existing.setObjectName("mailboxes")
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. dpo-imv"))
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("e.g. imap.example.fr"))
        self.security = QComboBox(self)
        self.security.addItem(self.tr("TLS (IMAPS)"), Security.TLS.value)
        self.security.addItem(self.tr("STARTTLS"), Security.STARTTLS.value)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("Kept in the system keyring, never in the case file"))
        self.folder = QLineEdit("INBOX", self)
        self.organisation = QComboBox(self)
        self.organisation.addItem(self.tr("(tell from the recipient)"), "")
        for code, name in workbench.organisations():
            self.organisation.addItem(f"{name} ({code})", code)
        self.ca_file = QLineEdit(self)
        self.ca_file.setPlaceholderText(self.tr("only if your organisation has its own certificate authority"))
        browse = QPushButton(self.tr("Choose…"), self)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Folder"), self.folder)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Certificate file"), ca_row)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("mailboxMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self.tr("Add mailbox"), self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        browse.clicked.connect(self._choose_ca)
        self.security.currentIndexChanged.connect(
            lambda _: self.port.setValue(PORTS[Security(self.security.currentData())])
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Mailboxes fetched by Case → Mail to triage:"), self))
        layout.addWidget(self.existing)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 600)
        self.reload()

    def reload(self) -> None:
        self.existing.clear()
        for box in self.workbench.mailboxes():
            org = f" — {box.organisation}" if box.organisation else ""
            self.existing.addItem(f"{box.name}: {box.username} @ {box.host}:{box.port} ({box.folder}){org}")

    def settings(self) -> MailboxSettings:
        return MailboxSettings(
            name=self.name.text().strip(),
            host=self.host.text().strip(),
            username=self.username.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            folder=self.folder.text().strip() or "INBOX",
            organisation_code=self.organisation.currentData() or None,
            ca_file=self.ca_file.text().strip(),
        )

    def add(self) -> bool:
        if not self.password.text():
            self.message.setText(self.tr("Type the mailbox password: it is kept in the system keyring."))
            return False
        try:
            self.workbench.add_mailbox(self.settings(), self.password.text())
        except (ActionRefused, CaseFileError) as exc:
            self.message.setText(in_words(exc))
            return False
        self.message.setText(self.tr("Mailbox {name} added.").format(name=self.name.text().strip()))
        self.password.clear()
        self.name.clear()
        self.reload()
        return True

    def _choose_ca(self) -> None:
        dialog = QFileDialog(self, self.tr("Certificate to trust"))
        dialog.setNameFilter(self.tr("Certificates (*.pem *.crt *.cer)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.ca_file.setText)
        dialog.open()
