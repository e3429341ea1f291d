"""File → New, Open, Back up now, Change passphrase; Help → Manual, Keyboard shortcuts, clicked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QTableWidget, QTextBrowser

from dpo_desk.storage.casefile import create_case_file, open_case_file
from dpo_desk.ui.file_help_menus import PassphraseDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.unlock_dialog import UnlockDialog

from .conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.gui


def _menu_action(window: MainWindow, menu: str, text: str):  # type: ignore[no-untyped-def]
    [found] = [a.menu() for a in window.menuBar().actions() if a.text() == menu]
    return next(a for a in found.actions() if a.text() == text)


def _modal(qtbot, kind):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=3000)
    return QApplication.activeModalWidget()


def test_the_file_menu_offers_new_open_backup_and_passphrase(window: MainWindow) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions() if a.text()]
    assert texts[:4] == ["&New case file…", "&Open case file…", "&Back up now…", "Change &passphrase…"]


def test_back_up_now_writes_an_encrypted_copy_that_opens(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _menu_action(window, "&File", "&Back up now…").trigger()
    chooser = _modal(qtbot, QFileDialog)
    target = tmp_path / "copy.dpodesk"
    chooser.selectFile(str(target))
    chooser.accept()
    qtbot.waitUntil(target.exists, timeout=5000)
    assert "Encrypted backup written to" in window.statusBar().currentMessage()
    assert PASSPHRASE.encode() not in target.read_bytes()[:4096]
    with open_case_file(target, passphrase=PASSPHRASE) as copy, copy.reader(orm=True) as reading:
        from sqlalchemy import text

        assert reading.orm.execute(text("SELECT count(*) FROM request")).scalar() > 0


def test_change_passphrase_through_the_dialog(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _menu_action(window, "&File", "Change &passphrase…").trigger()
    dialog = _modal(qtbot, PassphraseDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("a brand new passphrase for the case file")
    dialog.again.setText("a brand new passphrase, mistyped")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.error.text() and dialog.isVisible()
    dialog.current.setText("not the passphrase")
    dialog.again.setText("a brand new passphrase for the case file")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text()  # the wrong current passphrase: refused in words
    dialog.current.setText(PASSPHRASE)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert window.statusBar().currentMessage() == "Passphrase changed"
    path = window.workbench.case.path
    window.close()
    with open_case_file(path, passphrase="a brand new passphrase for the case file"):
        pass


def test_open_another_case_file_in_a_new_window(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other" / "office.dpodesk"
    other.parent.mkdir()
    create_case_file(other, PASSPHRASE, kdf=FAST_KDF).close()
    _menu_action(window, "&File", "&Open case file…").trigger()
    chooser = _modal(qtbot, QFileDialog)
    chooser.selectFile(str(other))
    chooser.accept()
    unlock = _modal(qtbot, UnlockDialog)
    unlock.passphrase.setText(PASSPHRASE)
    qtbot.mouseClick(
        unlock.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    opened = window.file_actions.opened
    assert opened.isVisible() and opened.workbench.case.path == other and opened.model.rowCount() == 0
    opened.close()


def test_help_shows_the_manual_and_the_shortcuts(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _menu_action(window, "&Help", "&Manual").trigger()
    manual = _modal(qtbot, QDialog)
    text = manual.findChild(QTextBrowser, "manualText").toPlainText()
    assert "DPO Desk" in text and "Corrections and Undo" in text  # the README, this manual
    manual.reject()
    _menu_action(window, "&Help", "&Keyboard shortcuts").trigger()
    dialog = _modal(qtbot, QDialog)
    table = dialog.findChild(QTableWidget, "shortcutTable")
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Log postal request"] == "Ctrl+N" and rows["Undo"] == "Ctrl+Z" and rows["Manual"] == "F1"
    assert rows["Intake form: log the request"] == "Ctrl+Enter"
    dialog.reject()
