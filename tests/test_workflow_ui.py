"""Issue 3's acceptance walk, through the real widgets over a real encrypted case file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from dpo_desk.front_door.workbench import Workbench
from dpo_desk.services.dashboard import Bucket
from dpo_desk.storage.casefile import open_case_file
from dpo_desk.ui.case_table_model import ROW_ROLE
from dpo_desk.ui.intake_dialog import IntakeDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.proof_dialog import ProofDialog
from dpo_desk.ui.recent_files import recent_files
from dpo_desk.ui.text_dialog import TextDialog
from dpo_desk.ui.welcome_dialog import WelcomeDialog

from .conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=3000)
    return QApplication.activeModalWidget()


def _type_in_dialog(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog = _modal(qtbot, TextDialog)
    qtbot.keyClicks(dialog.editor, text)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_from_a_new_case_file_to_a_closed_request(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # 1. Create a case file from the welcome screen.
    welcome = WelcomeDialog(kdf=FAST_KDF)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    welcome.path.setText(str(tmp_path / "office.dpodesk"))
    qtbot.keyClicks(welcome.passphrase, PASSPHRASE)
    assert welcome.strength.text().startswith(("Good", "Strong"))
    qtbot.keyClicks(welcome.confirm, PASSPHRASE + "x")
    qtbot.mouseClick(welcome.create_confirm, Qt.MouseButton.LeftButton)
    assert "differ" in welcome.error.text() and not (tmp_path / "office.dpodesk").exists()
    welcome.confirm.clear()
    qtbot.keyClicks(welcome.confirm, PASSPHRASE)
    qtbot.keyClicks(welcome.org_code, "imv")
    qtbot.keyClicks(welcome.org_name, "IMV Technologies")
    with qtbot.waitSignal(welcome.created, timeout=5000) as created:
        qtbot.mouseClick(welcome.create_confirm, Qt.MouseButton.LeftButton)
    case = created.args[0]
    assert (tmp_path / "office.dpodesk").exists() and recent_files() == [str(tmp_path / "office.dpodesk")]

    window = MainWindow(Workbench(case, "lucas.accueil"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):  # the counts follow the list's first paint
        window.show()
    assert window.model.rowCount() == 0

    # 2. Log a postal request with the keyboard-first form.
    window.log_action.trigger()
    intake = _modal(qtbot, IntakeDialog)
    qtbot.keyClicks(intake.registered, "1A 123 456 7890 1")
    qtbot.keyClicks(intake.first_name, "Jeanne")
    qtbot.keyClicks(intake.last_name, "Lefevre")
    qtbot.keyClicks(intake.email, "jeanne@example.fr")
    qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)  # logged off the GUI thread: refused in a moment
    qtbot.waitUntil(lambda: "at least one right" in intake.error.text(), timeout=5000)  # nothing typed is lost
    assert intake.first_name.text() == "Jeanne"
    intake.rights[next(iter(intake.rights))].setChecked(True)
    scan = tmp_path / "lettre.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    intake.add_scan_files([scan])
    intake.activateWindow()  # shortcuts need an active window; offscreen does not activate by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is intake, timeout=3000)
    with qtbot.waitSignal(intake.logged, timeout=3000) as logged:
        qtbot.keyClick(intake, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    reference = logged.args[0]
    assert window.model.rowCount() == 1

    # 3. Find it by typing part of the name, and open it.
    window.search.clear()
    with qtbot.waitSignal(window.model.modelReset, timeout=3000):
        qtbot.keyClicks(window.search, "lefe")
    assert [window.model.index(r, 0).data(ROW_ROLE).reference for r in range(window.model.rowCount())] == [reference]
    window.table.selectRow(0)
    assert window.detail.reference == reference
    assert window.detail.documents_model.index(0, 0).data() == "lettre.pdf"
    assert window.dashboard.buttons[Bucket.OPEN].text().startswith("1\n")

    # 4. Identity: ask (doubt required), proof arrives without a copy, verified by customer number.
    qtbot.mouseClick(window.detail.ask_id_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        _type_in_dialog(qtbot, "Address differs from the customer file")
    assert window.dashboard.buttons[Bucket.AWAITING_SUBJECT].text().startswith("1\n")
    qtbot.mouseClick(window.detail.id_received_button, Qt.MouseButton.LeftButton)
    box = _modal(qtbot, ProofDialog)  # the day the proof arrived, today unless changed
    assert box.day.date().toPython() == window.workbench.today()
    no_copy = next(b for b in box.buttons.buttons() if b.text() == "No copy")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        qtbot.mouseClick(no_copy, Qt.MouseButton.LeftButton)
    assert "identity_received" in [e.kind for e in window.workbench.detail(reference).events]
    action = next(a for a in window.detail.verify_menu.actions() if a.data() == "customer_number")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        action.trigger()
    assert window.detail.fields["identity"].text().startswith("Verified")
    assert not window.detail.verify_button.isEnabled()

    # 5. Extend it, with reasons.
    qtbot.mouseClick(window.detail.extend_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        _type_in_dialog(qtbot, "Data in five systems")
    assert "extended to" in window.detail.deadline.text()

    # 6. Change its status: answered, then closed; the counts follow.
    for status in ("answered", "closed"):
        action = next(a for a in window.detail.status_menu.actions() if a.data() == status)
        with qtbot.waitSignal(window.refreshed, timeout=3000):
            action.trigger()
    assert window.dashboard.buttons[Bucket.OPEN].text().startswith("0\n")
    assert window.dashboard.buttons[Bucket.CLOSED_THIS_MONTH].text().startswith("1\n")
    timeline = window.detail.timeline_model
    whats = [timeline.index(r, 2).data() for r in range(timeline.rowCount())]
    assert whats[0] == "Request logged" and "Identity verified" in whats and "Deadline extended" in whats
    assert whats[-1] == "Status changed"

    # 7. Lock: the key is dropped and nothing of the cases is shown; unlock with the passphrase.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    with qtbot.waitSignal(window.locked, timeout=3000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and window.model.rowCount() == 0 and window.detail.reference is None
    assert window.workbench.case._key is None
    qtbot.keyClicks(window.lock_page.passphrase, "wrong passphrase")
    qtbot.keyClick(window.lock_page.passphrase, Qt.Key.Key_Return)
    assert window.is_locked and "Wrong passphrase" in window.lock_page.error.text()
    window.lock_page.passphrase.clear()
    qtbot.keyClicks(window.lock_page.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=3000):
        qtbot.keyClick(window.lock_page.passphrase, Qt.Key.Key_Return)
    assert not window.is_locked and window.model.rowCount() == 1
    window.close()
    with (
        open_case_file(tmp_path / "office.dpodesk", passphrase=PASSPHRASE) as reopened,
        reopened.reader(orm=True) as reading,
    ):
        from dpo_desk.services.cases import get_request

        assert get_request(reading.orm, reference, today=window.workbench.today()).status == "closed"


def test_idle_lock(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.storage.casefile import create_case_file

    case = create_case_file(tmp_path / "idle.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    window = MainWindow(Workbench(case, "dpo"))
    qtbot.addWidget(window)
    window.show()
    window.idle.set_minutes(0.002)  # about 120 ms without input
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert window.is_locked
    window.close()


def test_documents_dropped_on_the_window_are_attached(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.demo.sample import populate
    from dpo_desk.storage.casefile import create_case_file

    from .conftest import TODAY

    case = create_case_file(tmp_path / "drop.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY)
    window = MainWindow(Workbench(case, "dpo"))
    qtbot.addWidget(window)
    window.show()
    window.table.selectRow(0)
    reference = window.detail.reference
    before = len(window.workbench.detail(reference).attachments)
    note = tmp_path / "réponse service client.txt"
    note.write_text("extract")
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(note))])
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        window.dropEvent(event)
    after = window.workbench.detail(reference).attachments
    assert len(after) == before + 1 and after[-1].filename == "réponse service client.txt"
    window.close()


def test_an_email_dropped_on_the_window_opens_a_filled_intake_form(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    from dpo_desk.storage.casefile import create_case_file

    from .test_email_intake import CORPUS

    message = CORPUS / "plain_emails" / "basic_email.eml"
    case = create_case_file(tmp_path / "mail.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    with case.unit_of_work() as session:
        from dpo_desk.services.organisations import OrganisationInput, add_organisation

        add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="dpo")
    window = MainWindow(Workbench(case, "lucas.accueil"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):  # the counts follow the list's first paint
        window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(message))])
    window.dropEvent(
        QDropEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    intake = _modal(qtbot, IntakeDialog)
    assert (intake.first_name.text(), intake.last_name.text(), intake.email.text()) == (
        "Mikel",
        "Lindsaar",
        "test@lindsaar.net",
    )
    assert intake.channel.currentData() == "email"
    assert intake.received.date().toPython().isoformat() == "2008-11-22"
    assert intake.summary.toPlainText().startswith("Testing 123\n\nPlain email.")
    assert [intake.scan_list.item(i).text() for i in range(intake.scan_list.count())] == ["basic_email.eml"]
    intake.rights[next(iter(intake.rights))].setChecked(True)  # the test message asks for nothing
    with qtbot.waitSignal(intake.logged, timeout=3000) as logged:
        qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)
        box = _modal(qtbot, QMessageBox)  # received in 2008: the date is confirmed first
        assert box.objectName() == "oldReceipt"
        qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Log with this date"), Qt.MouseButton.LeftButton)
    detail = window.workbench.detail(logged.args[0])
    assert detail.channel == "email" and detail.received_on.isoformat() == "2008-11-22"
    assert [(a.filename, a.kind) for a in detail.attachments] == [("basic_email.eml", "email")]
    assert window.workbench.attachment(detail.attachments[0].id)[2] == message.read_bytes()
    window.close()


def test_preferences_set_the_idle_lock(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.storage.casefile import create_case_file
    from dpo_desk.ui.preferences_dialog import PreferencesDialog, idle_minutes

    case = create_case_file(tmp_path / "prefs.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    window = MainWindow(Workbench(case, "dpo"))
    qtbot.addWidget(window)
    window.show()
    assert window.idle.active and idle_minutes() == 15
    dialog = window.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    dialog.idle.setValue(0)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert idle_minutes() == 0 and not window.idle.active  # never locks by itself now
    window.close()


def test_single_letters_do_not_filter(tmp_path: Path) -> None:
    from dpo_desk.storage.casefile import create_case_file

    case = create_case_file(tmp_path / "s.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    workbench = Workbench(case, "dpo")
    assert workbench.filter_for(None, "d").text == "" and workbench.filter_for(None, "du").text == "du"
    case.close()


def test_screenshots_render_every_window(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from dpo_desk.ui.screenshots import render

    written = render(tmp_path)
    # Nothing is left open behind the pictures (a filled intake form closed would ask "Discard?").
    assert not [w.objectName() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert [p.name for p in written] == [
        "welcome.png",
        "server-connect.png",
        "workbench.png",
        "case-detail.png",
        "intake.png",
        "register.png",
        "case-activities.png",
        "case-letters.png",
        "letters-today.png",
        "triage.png",
        "activity.png",
        "organisation.png",
        "purge.png",
        "redaction.png",
        "import-mapping.png",
    ]
    for path in written:
        image = QImage(str(path))
        assert image.width() > 300 and image.height() > 200, path.name
        # Not empty: a drawn window has many distinct colours (text, borders, highlights).
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 20, path.name


def test_write_preview_and_mark_a_letter_sent(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from dpo_desk.services.cases import NewRequest, PersonInput
    from dpo_desk.storage.casefile import create_case_file
    from dpo_desk.ui.preview_dialog import PreviewDialog
    from dpo_desk.ui.sent_dialog import SentDialog

    case = create_case_file(tmp_path / "letters.dpodesk", PASSPHRASE, kdf=FAST_KDF)
    from dpo_desk.demo.sample import IMV
    from dpo_desk.domain.channels import Channel
    from dpo_desk.domain.rights import Right
    from dpo_desk.services.organisations import add_organisation

    from .conftest import TODAY

    with case.unit_of_work() as session:
        add_organisation(session, IMV, user="dpo")
    workbench = Workbench(case, "claire.dpo")
    reference = workbench.log_request(
        NewRequest(
            Channel.POST,
            TODAY - timedelta(days=2),
            PersonInput("Jeanne", "Martin", (), "3 rue Haute\n61300 L'Aigle"),
            (Right.ACCESS,),
        )
    ).reference
    window = MainWindow(workbench)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=5000):  # the counts follow the list's first paint
        window.show()
    window.table.selectRow(0)
    action = next(a for a in window.detail.write_menu.actions() if a.data() == "acknowledgement")
    action.trigger()
    preview = _modal(qtbot, PreviewDialog)
    assert preview.kind == "pdf" and "Accusé de réception" in preview.document.getAllText(0).text()
    preview.close()
    assert window.detail.letters_model.rowCount() == 1
    assert window.detail.letters_model.index(0, 3).data() == "not sent"
    window.detail.letters.selectRow(0)
    assert window.detail.sent_button.isEnabled()
    qtbot.mouseClick(window.detail.sent_button, Qt.MouseButton.LeftButton)
    sent = _modal(qtbot, SentDialog)
    qtbot.keyClicks(sent.registered, "1A 555 666 7777 8")
    with qtbot.waitSignal(window.refreshed, timeout=3000):
        sent.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.detail.letters_model.index(0, 3).data().endswith("1A 555 666 7777 8")
    assert window.workbench.detail(reference).events[-1].kind == "letter_sent"
    # A letter that cannot be written yet is explained, not written.
    action = next(a for a in window.detail.write_menu.actions() if a.data() == "refusal")
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=3000)
    assert "reasons of the refusal" in window.findChild(QMessageBox, "errorBox").text()
    assert window.detail.letters_model.rowCount() == 1
    window.close()


def test_the_workbench_makes_the_daily_backup_in_the_background(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.storage.backup import automatic_backups
    from dpo_desk.storage.casefile import create_case_file

    path = tmp_path / "daily.dpodesk"
    window = MainWindow(Workbench(create_case_file(path, PASSPHRASE, kdf=FAST_KDF), "dpo"))
    qtbot.addWidget(window)
    window.show()
    assert window.backup_if_due() is not None
    qtbot.waitUntil(lambda: len(automatic_backups(path)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: "Daily backup" in window.statusBar().currentMessage(), timeout=5000)
    assert window.backup_if_due() is None  # not again the same day
    window.close()
