"""Send by email… in the window: the dialog a DPO sees, driven through its buttons, against aiosmtpd."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dpo_desk.domain.delivery import PasswordChannel
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.storage.casefile import CaseFile

from .smtp_server import SmtpServers, running_smtp
from .test_sending import email_request, ready_for_report, sending_mailbox

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServers]:
    with running_smtp() as servers:
        yield servers


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def test_a_letter_written_for_an_email_request_is_offered_by_email_and_sent(
    qtbot, case: CaseFile, smtp: SmtpServers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.send_dialog import SendDialog

    smtp.handler.messages.clear()
    sending_mailbox(case, smtp)
    reference = email_request(case)
    ready_for_report(case, reference)
    window = MainWindow(Workbench(case, "dpo"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    assert window.select_reference(reference)
    assert window.detail.email_button.isDefault()  # it came by email
    action = next(a for a in window.detail.write_menu.actions() if a.data() == "acknowledgement")
    action.trigger()
    dialog = _modal(qtbot, SendDialog)
    assert dialog.to.text() == "zoe.loewy@example.fr" and "dpo@imv.example" in dialog.sender.text()
    assert reference in dialog.subject.text() and reference in dialog.body.toPlainText()
    assert not dialog.encrypt.isChecked() and dialog.encrypt.isEnabled() and not dialog.channels.isEnabled()
    dialog.grab().save(str(tmp_path / "send-letter.png"))
    with qtbot.waitSignal(dialog.sent, timeout=15000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    (received,) = smtp.messages
    assert received.message["Message-ID"] in dialog.message.text()
    dialog.close()
    qtbot.waitUntil(lambda: window.detail.letters_model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: "by email" in window.detail.letters_model.index(0, 3).data(), timeout=5000)

    # The access report: encrypted, always; the password read out by telephone, shown once sent.
    menu = window.detail.email_documents.menu()
    next(a for a in menu.actions() if a.data() == "report").trigger()
    dialog = _modal(qtbot, SendDialog)
    assert dialog.encrypt.isChecked() and not dialog.encrypt.isEnabled() and dialog.channels.isEnabled()
    post = dialog.via_buttons[PasswordChannel.POST]
    assert not post.isEnabled() and "No postal address" in post.toolTip()  # a letter could not be posted
    dialog.via_buttons[PasswordChannel.EMAIL].click()
    assert not dialog.send_button.isEnabled()  # the separate email needs the risk accepted
    dialog.via_buttons[PasswordChannel.PHONE].click()
    assert dialog.send_button.isEnabled() and "téléphone" in dialog.body.toPlainText()
    with qtbot.waitSignal(dialog.sent, timeout=15000):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.password.isVisible()
    dialog.grab().save(str(tmp_path / "send-report.png"))
    password = dialog.password.text()
    report = next(smtp.messages[-1].message.iter_attachments()).get_content()
    assert password.encode() not in smtp.messages[-1].data
    with pikepdf.open(io.BytesIO(report), password=password) as pdf:
        assert pdf.is_encrypted and pdf.encryption.bits == 256
    dialog.close()


def test_a_failure_is_shown_in_the_dialog_and_nothing_is_marked_sent(qtbot, case: CaseFile, smtp: SmtpServers) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.domain.delivery import Purpose
    from dpo_desk.ui.send_dialog import SendDialog

    smtp.handler.messages.clear()
    sending_mailbox(case, smtp)
    reference = email_request(case, email="inconnu@example.fr", message_id="<other@example.fr>")
    smtp.handler.refused.add("inconnu@example.fr")
    workbench = Workbench(case, "dpo")
    from dpo_desk.domain.letters import LetterKind

    letter_id, _ = workbench.write_letter(reference, LetterKind.ACKNOWLEDGEMENT)
    dialog = SendDialog(workbench, reference, Purpose.LETTER, letter_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.send() is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    assert "refused the recipient inconnu@example.fr" in dialog.message.text()
    assert workbench.letters(reference)[0].sent_on is None and smtp.messages == []
    smtp.handler.refused.clear()
