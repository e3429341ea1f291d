"""Send by email…: a letter, the access report or the portability bundle, as the person will get it.

The dialog shows the message before it goes (From, To, subject and body, editable; the attachment
and its size), whether the attachment is encrypted, and how its password travels. Sending runs off
the GUI thread; a refusal is said in words and nothing is marked sent. A password to read out by
telephone is shown here, large, once the message has gone.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.delivery import PasswordChannel, Purpose
from ..front_door.errors import ActionRefused, CaseFileError
from ..front_door.workbench import Workbench
from .jobs import Job, start
from .messages import LocalNumber, in_words


class SendDialog(QDialog):
    sent = Signal(object)  # the Sent outcome, once the server took the message

    def __init__(
        self,
        workbench: Workbench,
        reference: str,
        purpose: Purpose,
        letter_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workbench, self.reference, self.purpose, self.letter_id = workbench, reference, purpose, letter_id
        self.job: Job | None = None
        self.outcome = None
        self.setWindowTitle(self.tr("Send by email — {ref}").format(ref=reference))
        self.sender = QLabel(self)
        self.to = QLabel(self)
        self.subject = QLineEdit(self)
        self.subject.setObjectName("emailSubject")
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("emailBody")
        self.attachment = QLabel(self)
        self.attachment.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.sender)
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Attachment"), self.attachment)

        self.encrypt = QCheckBox(self.tr("Encrypt the attachment (AES-256); its password goes another way"), self)
        self.encrypt.setObjectName("encryptAttachment")
        self.channels = QGroupBox(self.tr("The password reaches the person"), self)
        self.via = QButtonGroup(self)
        channel_layout = QVBoxLayout(self.channels)
        labels = {
            PasswordChannel.PHONE: self.tr("read out by telephone (shown here once sent)"),
            PasswordChannel.POST: self.tr("by post (a letter with the password is written, to print and post)"),
            PasswordChannel.EMAIL: self.tr("in a separate email"),
        }
        self.via_buttons: dict[PasswordChannel, QRadioButton] = {}
        for channel, label in labels.items():
            button = QRadioButton(label, self.channels)
            button.setObjectName(f"passwordVia_{channel.value}")
            self.via.addButton(button)
            self.via_buttons[channel] = button
            channel_layout.addWidget(button)
        self.accept_risk = QCheckBox(
            self.tr("I accept the risk: whoever reads this mailbox can open the document"), self.channels
        )
        self.accept_risk.setObjectName("acceptRisk")
        channel_layout.addWidget(self.accept_risk)
        self.via_buttons[PasswordChannel.PHONE].setChecked(True)

        self.message = QLabel(self)
        self.message.setObjectName("sendMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 4)
        self.password = QLineEdit(self)
        self.password.setObjectName("passwordShown")
        self.password.setReadOnly(True)
        font = QFont("monospace")
        font.setPointSize(font.pointSize() + 8)
        self.password.setFont(font)
        self.password.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        self.encrypt.toggled.connect(self._redraft)
        self.via.buttonToggled.connect(lambda _button, on: on and self._redraft())
        self.accept_risk.toggled.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.channels)
        layout.addWidget(self.message)
        layout.addWidget(self.password)
        layout.addWidget(self.buttons)
        self.resize(700, 720)
        self._draft = None
        self._redraft()

    def channel(self) -> PasswordChannel:
        return next(c for c, b in self.via_buttons.items() if b.isChecked())

    def _redraft(self) -> None:
        try:
            draft = self.workbench.email_draft(
                self.reference, self.purpose, self.letter_id, encrypt=self.encrypt.isChecked(),
                password_via=self.channel(),
            )  # fmt: skip
        except (ActionRefused, CaseFileError) as exc:
            self.message.setText(in_words(exc))
            self.send_button.setEnabled(False)
            return
        self._draft = draft
        self.sender.setText(draft.sender)
        self.to.setText(draft.to)
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        self.encrypt.blockSignals(True)
        self.encrypt.setChecked(draft.encrypted)
        self.encrypt.setEnabled(not draft.must_encrypt)
        self.encrypt.blockSignals(False)
        if draft.must_encrypt:
            self.encrypt.setToolTip(self.tr("It holds personal data: it never travels in clear"))
        post = self.via_buttons[PasswordChannel.POST]
        post.setEnabled(draft.postal_address)
        post.setToolTip(
            "" if draft.postal_address else self.tr("No postal address is known for the person: the letter cannot go")
        )
        if post.isChecked() and not draft.postal_address:
            self.via_buttons[PasswordChannel.PHONE].setChecked(True)
        size = self.tr("{name} — message of {size:.1f} MB").format(
            name=draft.attachment, size=LocalNumber(draft.size / 1e6)
        )
        self.attachment.setText(size)
        if draft.too_big:
            self.message.setText(
                self.tr(
                    "The message would be {size:.1f} MB; this mailbox sends at most {limit:.1f} MB. Send it by post "
                    "instead: print it, then mark it sent by post."
                ).format(size=LocalNumber(draft.size / 1e6), limit=LocalNumber(draft.limit / 1e6))
            )
        else:
            self.message.setText("")
        self._update()

    def _update(self) -> None:
        draft = self._draft
        encrypted = draft is not None and draft.encrypted
        self.channels.setEnabled(encrypted and self.job is None)
        email = self.channel() is PasswordChannel.EMAIL
        self.accept_risk.setEnabled(email)
        ready = draft is not None and not draft.too_big and self.job is None and self.outcome is None
        self.send_button.setEnabled(ready and (not encrypted or not email or self.accept_risk.isChecked()))

    def send(self) -> Job | None:
        if not self.send_button.isEnabled():
            return None
        draft = self._draft
        assert draft is not None
        via = self.channel() if draft.encrypted else None
        subject, body = self.subject.text(), self.body.toPlainText()
        edited = body != draft.body
        workbench, reference, purpose, letter_id = self.workbench, self.reference, self.purpose, self.letter_id
        encrypt = self.encrypt.isChecked()
        self.job = Job(
            lambda report, cancelled: workbench.send_email(
                reference, purpose, letter_id, encrypt=encrypt, password_via=via, subject=subject,
                body=body if edited else None,
            )
        )  # fmt: skip
        self.message.setText(self.tr("Sending to {to}…").format(to=draft.to))
        self.job.succeeded.connect(self._sent)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._finished)
        self._update()
        return start(self.job)

    def _finished(self) -> None:
        self.job = None
        self._update()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(
            in_words(exc)
            if isinstance(exc, ActionRefused | CaseFileError)
            else self.tr("Not sent: {why}").format(why=exc)
        )

    def _sent(self, outcome) -> None:  # type: ignore[no-untyped-def]
        self.outcome = outcome
        lines = [self.tr("Sent to {to}. Message-ID: {id}").format(to=outcome.recipient, id=outcome.message_id)]
        if outcome.password_letter_id:
            lines.append(self.tr("The password letter is with the case's letters: print it, post it, mark it sent."))
        if outcome.password_message_id:
            lines.append(self.tr("The password went in a separate email."))
        if outcome.warning:
            lines.append(self.tr("The password email failed: {why}").format(why=outcome.warning))
        if outcome.password:
            lines.append(self.tr("Read this password out to the person by telephone:"))
            self.password.setText(outcome.password)
            self.password.show()
        self.message.setText("\n".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.sent.emit(outcome)


class PasswordDialog(QDialog):
    """A password to read out by telephone, shown again to a DPO (the history has recorded it)."""

    def __init__(self, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password to read out"))
        prompt = QLabel(
            self.tr(
                "Read this password out to the person by telephone, group by group: capital letters and digits, "
                "never 0, O, 1 or I."
            ),
            self,
        )
        prompt.setWordWrap(True)
        self.password = QLineEdit(password, self)
        self.password.setObjectName("passwordShown")
        self.password.setReadOnly(True)
        font = QFont("monospace")
        font.setPointSize(font.pointSize() + 8)
        self.password.setFont(font)
        self.password.setMinimumWidth(self.password.fontMetrics().horizontalAdvance(password) + 40)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.password)
        layout.addWidget(buttons)
