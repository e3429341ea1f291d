"""File → Mailboxes…: the mailboxes requests arrive in (IMAP) and answers leave from (SMTP).

A password goes to the OS keyring; an OAuth2 mailbox (Microsoft 365, Gmail) is authorised in the
system browser and its refresh token goes to the keyring. Selecting a mailbox loads it to edit,
re-authorise or remove it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
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

from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.mail import Auth, MailboxSettings, Security, oauth_provider
from ..front_door.workbench import Workbench
from .messages import in_words

PORTS = {Security.TLS: 993, Security.STARTTLS: 143}


SMTP_PORTS = {Security.TLS: 465, Security.STARTTLS: 587}


class MailboxDialog(QDialog):
    open_url = Signal(str)  # from the authorisation's worker thread to the GUI thread

    def __init__(self, workbench: Workbench, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jobs: set = set()  # type: ignore[type-arg]
        self.open_url.connect(lambda url: QDesktopServices.openUrl(QUrl(url)), Qt.ConnectionType.QueuedConnection)
        self.workbench = workbench
        self._loading = False  # a mailbox's own settings are being shown: no provider defaults then
        self.setWindowTitle(self.tr("Mailboxes"))
        self.existing = QListWidget(self)
        self.existing.setObjectName("mailboxes")
        self.existing.setAccessibleName(self.tr("Mailboxes"))
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
        self.ca_file.setAccessibleName(self.tr("Certificate to trust"))
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
        self.smtp_host = QLineEdit(self)
        self.smtp_host.setObjectName("smtpHost")
        self.smtp_host.setPlaceholderText(self.tr("e.g. smtp.example.fr — empty: this mailbox does not send"))
        self.smtp_security = QComboBox(self)
        self.smtp_security.addItem(self.tr("STARTTLS (submission)"), Security.STARTTLS.value)
        self.smtp_security.addItem(self.tr("TLS"), Security.TLS.value)
        self.smtp_port = QSpinBox(self)
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(587)
        self.from_address = QLineEdit(self)
        self.from_address.setPlaceholderText(self.tr("the address answers are sent from, e.g. dpo@example.fr"))
        self.max_size = QSpinBox(self)
        self.max_size.setRange(1, 150)
        self.max_size.setValue(10)
        self.max_size.setSuffix(self.tr(" MB"))
        self.max_size.setToolTip(self.tr("Above this size, DPO Desk proposes the postal route"))
        self.auth = QComboBox(self)
        self.auth.setObjectName("authMethod")
        self.auth.addItem(self.tr("Password"), "")
        self.auth.addItem(self.tr("OAuth2 — Microsoft 365"), "microsoft")
        self.auth.addItem(self.tr("OAuth2 — Gmail"), "google")
        self.client_id = QLineEdit(self)
        self.client_id.setPlaceholderText(self.tr("the application (client) id registered with the provider"))
        self.tenant = QLineEdit(self)
        self.tenant.setPlaceholderText(self.tr("Microsoft 365: your directory (tenant) id or domain"))
        self.client_secret = QLineEdit(self)
        self.client_secret.setObjectName("clientSecret")
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret.setPlaceholderText(self.tr("Gmail: the client secret of the desktop client"))
        self.client_secret.setToolTip(
            self.tr(
                "Google gives desktop clients a secret, which Gmail requires; Microsoft 365 needs none. "
                "Kept in the system keyring, never in the case file. Leave it empty to keep the one given before."
            )
        )
        form.addRow(self.tr("Sending server (SMTP)"), self.smtp_host)
        form.addRow(self.tr("Sending security"), self.smtp_security)
        form.addRow(self.tr("Sending port"), self.smtp_port)
        form.addRow(self.tr("Sent from"), self.from_address)
        form.addRow(self.tr("Largest message"), self.max_size)
        form.addRow(self.tr("Sign in with"), self.auth)
        form.addRow(self.tr("Client id"), self.client_id)
        form.addRow(self.tr("Tenant"), self.tenant)
        form.addRow(self.tr("Client secret"), self.client_secret)
        self.smtp_security.currentIndexChanged.connect(
            lambda _: self.smtp_port.setValue(SMTP_PORTS[Security(self.smtp_security.currentData())])
        )
        self.auth.currentIndexChanged.connect(self._auth_changed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("mailboxMessage")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self.tr("Add mailbox"), self)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = QPushButton(self.tr("Save changes"), self)
        self.save_button.setObjectName("saveMailbox")
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setObjectName("removeMailbox")
        self.authorise_button = QPushButton(self.tr("Authorise…"), self)
        self.authorise_button.setObjectName("authoriseMailbox")
        for button in (self.save_button, self.remove_button, self.authorise_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        self.authorise_button.clicked.connect(self.authorise)
        self.existing.currentRowChanged.connect(self._load)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        browse.clicked.connect(self._choose_ca)
        self.security.currentIndexChanged.connect(
            lambda _: self.port.setValue(PORTS[Security(self.security.currentData())])
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Mailboxes: requests are fetched from them (Case → Mail to triage), answers sent from them:"),
                self,
            )
        )
        self.existing.setMaximumHeight(160)
        layout.addWidget(self.existing)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 760)
        self._auth_changed()
        self.reload()

    def reload(self) -> None:
        self.existing.blockSignals(True)
        self.existing.clear()
        self._names = []
        for box in self.workbench.mailboxes():
            org = f" — {box.organisation}" if box.organisation else ""
            parts = [f"{box.username} @ {box.host}:{box.port} ({box.folder}){org}"] if box.host else []
            if box.smtp_host:
                parts.append(self.tr("sends from {address}").format(address=box.from_address))
            if box.auth == "oauth2" and not box.authorised:
                parts.append(self.tr("not authorised yet"))
            self.existing.addItem(f"{box.name}: " + "; ".join(parts))
            self._names.append(box.name)
        self.existing.blockSignals(False)
        for button in (self.save_button, self.remove_button, self.authorise_button):
            button.setEnabled(False)

    def _auth_changed(self) -> None:
        oauth = bool(self.auth.currentData())
        self.password.setEnabled(not oauth)
        self.client_id.setEnabled(oauth)
        self.tenant.setEnabled(self.auth.currentData() == "microsoft")
        self.client_secret.setEnabled(oauth)
        if oauth and not self._loading:
            self._provider_servers(self.auth.currentData())

    def _provider_servers(self, provider: str) -> None:
        """Microsoft 365 and Gmail have known servers: filled in where nothing was typed yet."""
        known = oauth_provider(provider)
        if known is None:
            return
        if not self.host.text().strip():
            self.host.setText(known.imap_host)
            self.security.setCurrentIndex(self.security.findData(Security.TLS.value))
            self.port.setValue(993)
        if not self.smtp_host.text().strip():
            self.smtp_host.setText(known.smtp_host)
            self.smtp_security.setCurrentIndex(self.smtp_security.findData(Security(known.smtp_security).value))
            self.smtp_port.setValue(known.smtp_port)

    def selected_name(self) -> str | None:
        row = self.existing.currentRow()
        return self._names[row] if 0 <= row < len(self._names) else None

    def _load(self, row: int) -> None:
        name = self.selected_name()
        if name is None:
            return
        self._loading = True
        try:
            self._show_settings(self.workbench.mailbox_settings(name))
        finally:
            self._loading = False

    def _show_settings(self, s: MailboxSettings) -> None:
        self.name.setText(s.name)
        self.host.setText(s.host)
        self.security.setCurrentIndex(self.security.findData(Security(s.security).value))
        self.port.setValue(s.port)
        self.username.setText(s.username)
        self.folder.setText(s.folder)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(s.organisation_code or "")))
        self.ca_file.setText(s.ca_file)
        self.smtp_host.setText(s.smtp_host)
        self.smtp_security.blockSignals(True)
        self.smtp_security.setCurrentIndex(self.smtp_security.findData(Security(s.smtp_security).value))
        self.smtp_security.blockSignals(False)
        self.smtp_port.setValue(s.smtp_port)
        self.from_address.setText(s.from_address)
        self.max_size.setValue(max(1, round(s.max_send_bytes / 1_000_000)))
        self.auth.setCurrentIndex(max(0, self.auth.findData(s.oauth_provider if s.auth == Auth.OAUTH2 else "")))
        self.client_id.setText(s.oauth_client_id)
        self.tenant.setText(s.oauth_tenant)
        self.client_secret.clear()
        self.password.clear()
        self.save_button.setEnabled(True)
        self.remove_button.setEnabled(True)
        self.authorise_button.setEnabled(s.auth == Auth.OAUTH2)

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
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_security=Security(self.smtp_security.currentData()),
            from_address=self.from_address.text().strip(),
            max_send_bytes=self.max_size.value() * 1_000_000,
            auth=Auth.OAUTH2 if self.auth.currentData() else Auth.PASSWORD,
            oauth_provider=self.auth.currentData() or "",
            oauth_client_id=self.client_id.text().strip(),
            oauth_tenant=self.tenant.text().strip(),
        )

    def save(self) -> bool:
        name = self.selected_name()
        if name is None:
            return False
        try:
            changed = self.workbench.edit_mailbox(name, self.settings(), self.password.text() or None, self._secret())
        except (ActionRefused, CaseFileError) as exc:
            self.message.setText(in_words(exc))
            return False
        self.password.clear()
        self.client_secret.clear()
        self.message.setText(
            self.tr("Mailbox {name} saved.").format(name=self.name.text().strip())
            if changed
            else self.tr("Nothing to change.")
        )
        self.reload()
        return True

    def remove(self):  # type: ignore[no-untyped-def]
        """Remove…: asks first (a window-modal question, opened, not exec'd); removes on Yes."""
        from PySide6.QtWidgets import QMessageBox

        name = self.selected_name()
        if name is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove mailbox"),
            self.tr("Remove {name}? Its password or tokens are forgotten; messages already handled stay.").format(
                name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("removeMailboxBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._remove(name))
        box.open()
        return box

    def _remove(self, name: str) -> bool:
        try:
            self.workbench.remove_mailbox(name)
        except (ActionRefused, CaseFileError) as exc:
            self.message.setText(in_words(exc))
            return False
        self.message.setText(self.tr("Mailbox {name} removed.").format(name=name))
        self.reload()
        return True

    def _secret(self) -> str | None:
        """The OAuth2 client secret typed (None: keep the one in the keyring)."""
        return (self.client_secret.text().strip() or None) if self.auth.currentData() else None

    def authorise(self):  # type: ignore[no-untyped-def]
        """Sign in in the system browser; waits off the GUI thread for the browser to come back."""
        from .jobs import Job, start

        name = self.selected_name()
        if name is None:
            return None
        workbench, emit = self.workbench, self.open_url.emit
        job = Job(lambda report, cancelled: workbench.authorise_mailbox(name, emit, cancelled))
        self.message.setText(self.tr("Sign in in your browser; DPO Desk waits for it to come back…"))
        job.succeeded.connect(lambda _: (self.message.setText(self.tr("{name} is authorised.").format(name=name)),
                                         self.reload()))  # fmt: skip
        job.failed.connect(lambda exc: self.message.setText(in_words(exc)))
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        return start(job)

    def done(self, result: int) -> None:
        for job in list(self._jobs):
            job.cancel()
        super().done(result)

    def add(self) -> bool:
        oauth = bool(self.auth.currentData())
        if not oauth and not self.password.text():
            self.message.setText(self.tr("Type the mailbox password: it is kept in the system keyring."))
            return False
        if self.auth.currentData() == "google" and not self.client_secret.text().strip():
            self.message.setText(
                self.tr("Gmail needs the client secret of the desktop client (Google Cloud console → Credentials).")
            )
            return False
        name = self.name.text().strip()
        try:
            self.workbench.add_mailbox(self.settings(), None if oauth else self.password.text(), self._secret())
        except (ActionRefused, CaseFileError) as exc:
            self.message.setText(in_words(exc))
            return False
        self.password.clear()
        self.client_secret.clear()
        self.name.clear()
        self.reload()
        if oauth:  # selected, so that Authorise… is one click away
            self.existing.setCurrentRow(self._names.index(name))
            self.message.setText(
                self.tr("Mailbox {name} added. Now click Authorise… and sign in in your browser.").format(name=name)
            )
        else:
            self.message.setText(self.tr("Mailbox {name} added.").format(name=name))
        return True

    def _choose_ca(self) -> None:
        dialog = QFileDialog(self, self.tr("Certificate to trust"))
        dialog.setNameFilter(self.tr("Certificates (*.pem *.crt *.cer)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.ca_file.setText)
        dialog.open()
