"""Answering by email, in the window, through the buttons a DPO clicks and the dialogs they open:
the email bodies in File → Letter and email templates…, Ask the departments… and the late ones,
a bounced letter on the Letters tab, a password shown again, the daily digest sent by the window."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from sqlalchemy import select

from dpo_desk.domain.delivery import PasswordChannel, Purpose
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services.members import add_member
from dpo_desk.services.relays import set_internal_contact
from dpo_desk.services.roles import Role
from dpo_desk.services.sending import send_answer
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Event, Member

from .conftest import TODAY
from .smtp_server import SmtpServers, running_smtp
from .test_email_followups import bounce_of, fetched
from .test_sending import acknowledgement, email_request, ready_for_report, sending_mailbox

pytestmark = pytest.mark.gui

RED = "#b91c1c"


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpServers]:
    with running_smtp() as servers:
        yield servers


@pytest.fixture(autouse=True)
def _fresh_inbox(smtp: SmtpServers) -> Iterator[None]:
    smtp.handler.messages.clear()
    smtp.handler.refused.clear()
    yield
    if smtp.handler.hold is not None:
        smtp.handler.hold.set()
        smtp.handler.hold = None


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=5000)
    return QApplication.activeModalWidget()


def _window(qtbot, case: CaseFile, user: str = "dpo", today=lambda: TODAY):  # type: ignore[no-untyped-def]
    from dpo_desk.ui.main_window import MainWindow

    window = MainWindow(Workbench(case, user, today=today))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):
        window.show()
    return window


def _menu_action(window, name: str) -> QAction:  # type: ignore[no-untyped-def]
    action = window.findChild(QAction, name)
    assert action is not None and action.isEnabled()
    return action


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_email_bodies_are_edited_previewed_saved_and_reset_like_the_letters(
    qtbot, case: CaseFile, smtp: SmtpServers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.ui.send_dialog import SendDialog
    from dpo_desk.ui.template_dialog import EmailPreviewDialog, TemplateDialog

    sending_mailbox(case, smtp)
    reference = email_request(case)
    window = _window(qtbot, case)
    _menu_action(window, "templatesAction").trigger()
    dialog = _modal(qtbot, TemplateDialog)
    dialog.document.setCurrentIndex(dialog.document.findData("email"))
    assert dialog.email_hint.isVisible() and not dialog.letter_hint.isVisible()
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert {"acknowledgement", "access_report", "portability_bundle", "password"} <= set(kinds)
    assert "password_notice" not in kinds  # posted, never emailed
    dialog.kind.setCurrentIndex(dialog.kind.findData("access_report"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.state.text() == "Standard wording" and "{attachment_note}" in dialog.editor.toPlainText()
    _click(qtbot, dialog.preview_button)
    preview = _modal(qtbot, EmailPreviewDialog)
    assert f"IMV-{TODAY.year}-0000" in preview.subject.text()
    body = preview.body.toPlainText()
    assert "encrypted (AES-256)" in body and "by post" in body and "{" not in body
    preview.grab().save(str(tmp_path / "email-preview-en.png"))
    preview.close()

    dialog.kind.setCurrentIndex(dialog.kind.findData("acknowledgement"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.editor.setPlainText("Objet {montant}\n---\nTexte")
    _click(qtbot, dialog.save_button)
    assert dialog.error.isVisible() and "{montant}" in dialog.error.text()
    own = (
        "Votre demande {reference} : bien reçue\n---\nMadame, Monsieur,\n\n"
        "Nous accusons réception de votre demande.\n\n{attachment_note}\n\n{signatory}\n{organisation}\n"
    )
    dialog.editor.setPlainText(own)
    _click(qtbot, dialog.preview_button)
    preview = _modal(qtbot, EmailPreviewDialog)
    assert preview.subject.text().endswith(f"IMV-{TODAY.year}-0000\u202f: bien reçue")
    preview.close()
    _click(qtbot, dialog.save_button)
    assert dialog.state.text() == "This organisation's own wording" and dialog.reset_button.isEnabled()
    dialog.grab().save(str(tmp_path / "email-templates.png"))
    dialog.close()

    # The letter sent by email now carries the organisation's own words.
    assert window.select_reference(reference)
    letter_id = acknowledgement(case, reference)
    window.send_by_email(reference, "letter", letter_id)
    send = _modal(qtbot, SendDialog)
    assert "Nous accusons réception de votre demande." in send.body.toPlainText()
    with qtbot.waitSignal(send.sent, timeout=15000):
        _click(qtbot, send.send_button)
    assert "Nous accusons réception" in smtp.messages[-1].message.get_body(("plain",)).get_content()
    send.close()

    _menu_action(window, "templatesAction").trigger()
    dialog = _modal(qtbot, TemplateDialog)
    dialog.show_email("acknowledgement", "fr")
    assert dialog.state.text() == "This organisation's own wording"
    _click(qtbot, dialog.reset_button)
    assert dialog.state.text() == "Standard wording" and "Accusé de réception" in dialog.editor.toPlainText()
    dialog.document.setCurrentIndex(dialog.document.findData("letter"))  # the letters are still there
    assert dialog.kind.findData("password_notice") >= 0 and dialog.letter_hint.isVisible()
    dialog.close()


def test_the_departments_are_asked_from_the_activities_tab_and_the_late_ones_shown(
    qtbot, case: CaseFile, smtp: SmtpServers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    sending_mailbox(case, smtp)
    reference = email_request(case)
    ready_for_report(case, reference)
    with case.unit_of_work() as session:
        set_internal_contact(session, "IMV", "Recruitment management", "rh@imv.example", user="dpo")
    day = {"today": TODAY}
    window = _window(qtbot, case, today=lambda: day["today"])
    assert window.select_reference(reference)
    detail = window.detail
    detail.tabs.setCurrentIndex(3)
    assert detail.relays_model.rowCount() == 0 and not detail.remind_button.isEnabled()
    _click(qtbot, detail.ask_departments_button)
    box = _modal(qtbot, QMessageBox)
    assert box.objectName() == "askDepartmentsBox" and "rh@imv.example (Recruitment management)" in box.text()
    _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    qtbot.waitUntil(lambda: detail.relays_model.rowCount() == 1, timeout=15000)
    (asked,) = smtp.messages
    assert asked.recipients == ["rh@imv.example"] and reference in asked.message["Subject"]
    row = detail.relays_model.row_at(0)
    assert detail.relays_model.index(0, 4).data() == "waiting" and not row.overdue
    assert detail.tabs.tabToolTip(3) == "" and detail.tabs.tabBar().tabTextColor(3).name() != RED

    day["today"] = row.due_on + timedelta(days=1)  # the department did not answer in time
    window.refresh()
    qtbot.waitUntil(lambda: detail.relays_model.late() == 1, timeout=3000)
    assert detail.relays_model.index(0, 4).data() == "LATE"
    assert detail.relays_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == RED
    assert "1 late" in detail.relays_label.text() and "1 department(s) late" in detail.tabs.tabToolTip(3)
    assert detail.tabs.tabBar().tabTextColor(3).name() == RED
    detail.grab().save(str(tmp_path / "relays-late.png"))
    _click(qtbot, detail.remind_button)
    qtbot.waitUntil(lambda: len(smtp.messages) == 2, timeout=15000)
    qtbot.waitUntil(lambda: "reminded" in (detail.relays_model.index(0, 4).data() or ""), timeout=5000)
    assert "Rappel" in smtp.messages[-1].message["Subject"]

    # Asked once: asking again says why nothing is sent.
    _click(qtbot, detail.ask_departments_button)
    box = _modal(qtbot, QMessageBox)
    assert "not asked yet" in box.text()
    box.close()
    assert len(smtp.messages) == 2


def test_staff_cannot_ask_the_departments(qtbot, case: CaseFile, smtp: SmtpServers) -> None:  # type: ignore[no-untyped-def]
    with case.unit_of_work() as session:
        add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
        add_member(session, "sam", "Sam", Role.STAFF, user="dpo")
    reference = email_request(case)
    window = _window(qtbot, case, user="sam")
    assert window.select_reference(reference)
    assert not window.detail.ask_departments_button.isEnabled()
    assert "Only a DPO" in window.detail.ask_departments_button.toolTip()


def test_a_bounced_letter_shows_on_the_letters_tab_and_goes_again_by_post(
    qtbot, case: CaseFile, smtp: SmtpServers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.ui.sent_dialog import SentDialog

    sending_mailbox(case, smtp)
    reference = email_request(case, email="parti@example.fr", message_id="<gone@example.fr>")
    letter_id = acknowledgement(case, reference)
    sent = send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=letter_id)
    fetched(case, bounce_of(sent.message_id, "parti@example.fr"), 1)
    window = _window(qtbot, case)
    assert window.select_reference(reference)
    detail = window.detail
    detail.tabs.setCurrentIndex(2)
    status = detail.letters_model.index(0, 3)
    assert "by email — BOUNCED" in status.data()
    assert status.data(Qt.ItemDataRole.ForegroundRole).color().name() == RED
    assert "User unknown" in status.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 bounced" in detail.sent_label.text() and detail.tabs.tabBar().tabTextColor(2).name() == RED
    assert detail.sent_model.index(0, 4).data() == "bounced"
    detail.grab().save(str(tmp_path / "letters-bounced.png"))
    detail.letters.selectRow(0)
    assert detail.email_button.isEnabled()  # it may go again: another address, or the same corrected
    _click(qtbot, detail.sent_button)
    dialog = _modal(qtbot, SentDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
    _click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: "BOUNCED" not in (detail.letters_model.index(0, 3).data() or "BOUNCED"), timeout=3000)
    assert "by email" not in detail.letters_model.index(0, 3).data()
    assert detail.sent_model.index(0, 4).data() == "bounced"  # the email that bounced stays on record


def test_a_password_read_out_is_shown_again_to_a_dpo_and_recorded(
    qtbot, case: CaseFile, smtp: SmtpServers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.ui.send_dialog import PasswordDialog

    sending_mailbox(case, smtp)
    with case.unit_of_work() as session:
        add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
        add_member(session, "sam", "Sam", Role.STAFF, user="dpo")
    reference = email_request(case)
    ready_for_report(case, reference)
    sent = send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=PasswordChannel.PHONE)

    staff = _window(qtbot, case, user="sam")
    assert staff.select_reference(reference)
    staff.detail.sent.selectRow(0)
    assert not staff.detail.show_password_button.isEnabled()
    staff.hide()  # closing it would close the case file under the next window

    window = _window(qtbot, case)
    assert window.select_reference(reference)
    detail = window.detail
    detail.tabs.setCurrentIndex(2)  # the letters, and under them the emails sent
    assert detail.sent_model.index(0, 1).data() == "Access report"
    assert detail.sent_model.index(0, 3).data() == "encrypted, password by telephone"
    detail.sent.selectRow(0)
    _click(qtbot, detail.show_password_button)
    box = _modal(qtbot, QMessageBox)
    assert box.objectName() == "showPasswordBox" and "records that you saw it" in box.text()
    _click(qtbot, box.button(QMessageBox.StandardButton.Cancel))  # changed their mind: nothing recorded
    with case.reader(orm=True) as reading:
        assert reading.orm.scalar(select(Event.seq).where(Event.kind == "password_shown")) is None
    _click(qtbot, detail.show_password_button)
    box = _modal(qtbot, QMessageBox)
    _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    shown = _modal(qtbot, PasswordDialog)
    assert shown.password.text() == sent.password
    shown.grab().save(str(tmp_path / "password-again.png"))
    shown.close()
    with case.reader(orm=True) as reading:
        (event,) = reading.orm.scalars(select(Event).where(Event.kind == "password_shown"))
    assert event.user == "dpo" and event.reference == reference
    assert any(row.kind == "password_shown" for row in window.workbench.detail(reference).events)


def test_the_window_sends_the_daily_digest_once_off_the_gui_thread(
    qtbot, case: CaseFile, smtp: SmtpServers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.ui import main_window

    sending_mailbox(case, smtp)
    reference = email_request(case)
    acknowledgement(case, reference)  # written, not sent: it falls due
    with case.unit_of_work() as session:
        add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
    smtp.handler.hold = threading.Event()  # the server keeps the message until released
    monkeypatch.setattr(main_window, "DIGEST_FIRST_CHECK_MS", 0)

    window = _window(qtbot, case)
    assert window._digest_job is None  # nobody asked for it
    window.open_users()
    from dpo_desk.ui.users_dialog import UsersDialog

    users = _modal(qtbot, UsersDialog)
    assert users.digest_for.text() == "Daily digest of dpo to"
    users.digest.setText("claire@imv.example")
    _click(qtbot, users.digest_button)
    assert users.table.item(0, 3).text() == "claire@imv.example"
    users.close()

    window._digest_timer.timeout.emit()  # the hourly check
    qtbot.waitUntil(lambda: window._digest_job is not None, timeout=3000)
    window.refresh()  # the window goes on while the server holds the message
    assert smtp.messages == [] and window._digest_job is not None
    smtp.handler.hold.set()
    qtbot.waitUntil(lambda: len(smtp.messages) == 1 and window._digest_job is None, timeout=15000)
    (digest,) = smtp.messages
    assert digest.recipients == ["claire@imv.example"] and reference in digest.message.get_body().get_content()
    assert "digest" in window.statusBar().currentMessage()
    with case.reader(orm=True) as reading:
        assert reading.orm.scalar(select(Member.digest_sent_on).where(Member.login == "dpo")) == TODAY
    assert window.send_digests_if_due() is None  # once a day
    assert len(smtp.messages) == 1


def test_the_digest_starts_by_itself_once_the_window_is_open(
    qtbot, case: CaseFile, smtp: SmtpServers, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.services.digest import set_digest
    from dpo_desk.ui import main_window

    sending_mailbox(case, smtp)
    with case.unit_of_work() as session:
        add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
        set_digest(session, "dpo", "claire@imv.example", user="dpo")
    monkeypatch.setattr(main_window, "DIGEST_FIRST_CHECK_MS", 0)
    window = _window(qtbot, case)
    qtbot.waitUntil(lambda: len(smtp.messages) == 1, timeout=15000)
    qtbot.waitUntil(lambda: window._digest_job is None, timeout=5000)
    assert "Rien n’arrive à échéance" in smtp.messages[0].message.get_body().get_content()


def test_the_email_screens_in_french(qtbot, french, case: CaseFile, smtp: SmtpServers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every new screen walked in French, with a late department, a bounce and a password kept."""
    from dpo_desk.ui.mailbox_dialog import MailboxDialog
    from dpo_desk.ui.send_dialog import PasswordDialog, SendDialog
    from dpo_desk.ui.template_dialog import EmailPreviewDialog, TemplateDialog
    from dpo_desk.ui.users_dialog import UsersDialog

    from .test_french_ui import english_sources, texts_of

    sending_mailbox(case, smtp)
    reference = email_request(case, email="parti@example.fr", message_id="<gone@example.fr>")
    ready_for_report(case, reference)
    with case.unit_of_work() as session:
        set_internal_contact(session, "IMV", "Recruitment management", "rh@imv.example", user="dpo")
    from dpo_desk.services.relays import ask_departments

    (relay,) = ask_departments(case, reference, user="dpo", today=TODAY)
    letter_id = acknowledgement(case, reference)
    sent = send_answer(case, reference, Purpose.LETTER, user="dpo", today=TODAY, letter_id=letter_id)
    send_answer(case, reference, Purpose.REPORT, user="dpo", today=TODAY, password_via=PasswordChannel.PHONE)
    fetched(case, bounce_of(sent.message_id, "parti@example.fr"), 1)
    window = _window(qtbot, case, today=lambda: relay.due_on + timedelta(days=1))
    assert window.select_reference(reference)
    detail = window.detail
    english = english_sources()
    screens = {"main window": window}
    detail.tabs.setCurrentIndex(2)
    detail.grab().save(str(tmp_path / "letters-fr.png"))
    assert "NON DISTRIBUÉ" in detail.letters_model.index(0, 3).data()
    assert detail.sent_model.index(0, 1).data() == "Demande à un service"  # the relay went first
    assert detail.sent_model.index(1, 4).data() == "non distribué"
    assert detail.sent_model.index(2, 3).data() == "chiffré, mot de passe par téléphone"
    detail.tabs.setCurrentIndex(3)
    detail.grab().save(str(tmp_path / "relays-fr.png"))
    assert detail.relays_model.index(0, 4).data() == "EN RETARD"
    assert detail.ask_departments_button.text() == "Solliciter les services…"

    templates = window.open_templates()
    templates.show_email("access_report", "fr")
    screens["email templates"] = templates
    preview = templates.preview()
    assert isinstance(preview, EmailPreviewDialog) and "chiffrée (AES-256)" in preview.body.toPlainText()
    screens["email preview"] = preview
    mailboxes = window.open_mailboxes()
    mailboxes.auth.setCurrentIndex(mailboxes.auth.findData("google"))
    screens["mailboxes"] = mailboxes
    screens["users"] = window.open_users()
    screens["send"] = SendDialog(window.workbench, reference, Purpose.REPORT, parent=window)
    screens["send"].grab().save(str(tmp_path / "send-report-fr.png"))
    screens["password"] = PasswordDialog("K7QM-X2PD-9HRT-WC4N-B8ZE", window)
    left = {name: sorted(texts_of(screen) & english) for name, screen in screens.items()}
    assert {name: texts for name, texts in left.items() if texts} == {}
    assert isinstance(screens["users"], UsersDialog) and isinstance(screens["mailboxes"], MailboxDialog)
    assert isinstance(screens["email templates"], TemplateDialog)
    assert "Secret du client" in texts_of(mailboxes) and "Textes des courriels" in texts_of(templates)
    for screen in screens.values():
        screen.close()
