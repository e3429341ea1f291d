"""The intake form at the keyboard: Tab leaves the date, Return does not log, Ctrl+Enter does,
leaving a filled form asks first, and a date of receipt months back is confirmed."""

from __future__ import annotations

import pytest
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QMessageBox

from dpo_desk.ui.intake_dialog import IntakeDialog
from dpo_desk.ui.main_window import MainWindow

from .conftest import TODAY

pytestmark = pytest.mark.gui


def _open_form(qtbot, window: MainWindow) -> IntakeDialog:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Case → Log postal request
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), IntakeDialog), timeout=3000)
    intake = QApplication.activeModalWidget()
    intake.activateWindow()  # shortcuts need an active window; offscreen does not activate by itself
    qtbot.waitUntil(lambda: QApplication.activeWindow() is intake, timeout=3000)
    return intake


def _question(qtbot, name: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=3000)
    box = QApplication.activeModalWidget()
    assert box.objectName() == name
    return box


def _click(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _count(window: MainWindow) -> int:
    from dpo_desk.services.case_list import ListFilter

    return window.workbench.count(ListFilter())


def test_tab_moves_field_to_field_and_return_does_not_log(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = _count(window)
    intake = _open_form(qtbot, window)
    assert QApplication.focusWidget() in (intake.received, intake.received.findChild(type(intake.first_name)))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is intake.channel  # out of the date at once, not to its month
    qtbot.keyClick(intake.channel, Qt.Key.Key_Backtab)
    assert intake.received.hasFocus()
    for _ in range(3):  # channel, registered-mail number, first name
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is intake.first_name
    qtbot.keyClicks(intake.first_name, "Jeanne")
    qtbot.keyClick(intake.first_name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is intake.last_name
    qtbot.keyClicks(intake.last_name, "Lefevre")
    qtbot.keyClick(intake.last_name, Qt.Key.Key_Return)
    qtbot.keyClick(intake.last_name, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert intake.isVisible() and intake.error.isHidden() and _count(window) == before  # nothing logged
    intake.rights[next(iter(intake.rights))].setChecked(True)
    with qtbot.waitSignal(intake.logged, timeout=3000) as logged:
        qtbot.keyClick(intake.last_name, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert _count(window) == before + 1 and logged.args[0].startswith("IMERA-")
    assert not intake.isVisible()


def test_leaving_a_filled_form_asks_first(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = _count(window)
    empty = _open_form(qtbot, window)
    qtbot.keyClick(empty, Qt.Key.Key_Escape)  # nothing typed: closes without a question
    qtbot.waitUntil(lambda: not empty.isVisible(), timeout=3000)
    intake = _open_form(qtbot, window)
    qtbot.keyClicks(intake.first_name, "Jeanne")
    qtbot.keyClick(intake.first_name, Qt.Key.Key_Escape)
    _click(qtbot, _question(qtbot, "discardIntake"), "Keep editing")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is intake, timeout=3000)
    assert intake.isVisible() and intake.first_name.text() == "Jeanne"
    intake.close()  # the window's close button asks too
    box = _question(qtbot, "discardIntake")
    assert intake.isVisible()
    _click(qtbot, box, "Discard")
    qtbot.waitUntil(lambda: not intake.isVisible(), timeout=3000)
    assert _count(window) == before


def _type_year(qtbot, intake: IntakeDialog, year: int) -> None:  # type: ignore[no-untyped-def]
    intake.received.setFocus()
    intake.received.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(intake.received, str(year))


def test_a_date_received_months_ago_is_confirmed_and_the_future_is_refused(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = _count(window)
    intake = _open_form(qtbot, window)
    _type_year(qtbot, intake, TODAY.year + 1)
    assert intake.received.date().toPython() <= TODAY  # the field stops at today: no date in the future
    intake.received.setDate(QDate(TODAY.year, TODAY.month, TODAY.day))
    _type_year(qtbot, intake, TODAY.year - 2)
    assert intake.received.date().toPython() == TODAY - relativedelta(years=2)
    qtbot.keyClicks(intake.last_name, "Martin")
    intake.rights[next(iter(intake.rights))].setChecked(True)
    qtbot.keyClick(intake.last_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    box = _question(qtbot, "oldReceipt")
    assert str((TODAY - (TODAY - relativedelta(years=2))).days) in box.text()
    _click(qtbot, box, "Change the date")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is intake, timeout=3000)
    assert _count(window) == before and intake.received.hasFocus()
    with qtbot.waitSignal(intake.logged, timeout=3000) as logged:
        qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)
        _click(qtbot, _question(qtbot, "oldReceipt"), "Log with this date")
    detail = window.workbench.detail(logged.args[0])
    assert detail.received_on == TODAY - relativedelta(years=2)


def test_the_service_refuses_a_date_in_the_future(window: MainWindow) -> None:
    from dpo_desk.domain.channels import Channel
    from dpo_desk.domain.rights import Right
    from dpo_desk.services.errors import ActionRefused
    from dpo_desk.services.views import NewRequest, PersonInput

    with pytest.raises(ActionRefused, match="in the future"):
        window.workbench.log_request(
            NewRequest(
                channel=Channel.POST,
                received_on=TODAY + relativedelta(days=1),
                person=PersonInput(first_name="A", last_name="B"),
                rights=(Right.ACCESS,),
            )
        )
