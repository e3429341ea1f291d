"""Accessible (RGAA / EN 301 549): every control has a name in the accessibility tree, the keyboard reaches them.

The tree walked is the one Qt gives assistive technologies (QAccessible interfaces), over every screen
of tests/screens.py, each tab of the case pane included, in both languages.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from dpo_desk.storage.casefile import CaseFile

from .accessibility_check import unnamed_controls
from .screens import dialogs, main_window, open_dialog, settle

pytestmark = pytest.mark.gui
SIZE = (1280, 800)


def test_every_control_has_an_accessible_name(qtbot, interface_language: str, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    window = main_window(demo_case, SIZE)
    qtbot.addWidget(window)
    found: dict[str, list[str]] = {}
    for index in range(window.detail.tabs.count()):
        window.detail.tabs.setCurrentIndex(index)
        settle()
        found[f"main window, tab {window.detail.tabs.tabText(index)}"] = unnamed_controls(window)
    for name, opener in dialogs(window, SIZE).items():
        dialog = open_dialog(opener, SIZE)
        assert dialog is not None, name
        found[name] = unnamed_controls(dialog)
        dialog.close()
    assert {name: controls for name, controls in found.items() if controls} == {}
    search = QAccessible.queryAccessibleInterface(window.search)
    named = "Search cases" if interface_language == "en" else "Rechercher des dossiers"
    assert search.text(QAccessible.Text.Name) == named
    table = QAccessible.queryAccessibleInterface(window.table)
    assert table.role() == QAccessible.Role.Table and table.text(QAccessible.Text.Name) in ("Cases", "Dossiers")


def test_a_nameless_control_is_seen(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check itself: a line edit with no label and no name is reported, then named, is not."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    field = QLineEdit(page)
    field.setObjectName("lonely")
    QVBoxLayout(page).addWidget(field)
    page.show()
    settle()
    assert unnamed_controls(page) == ["EditableText lonely"]
    field.setAccessibleName("Customer number")
    assert unnamed_controls(page) == []


def test_the_keyboard_reaches_search_list_and_actions(qtbot, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    window = main_window(demo_case, SIZE)
    qtbot.addWidget(window)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search, timeout=3000)
    reached: list[QWidget] = []
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    names = {w.objectName() for w in reached if w is not None}
    texts = {getattr(w, "text", lambda: "")() for w in reached if w is not None}
    assert "caseList" in names
    assert {"Change status", "Add note…"} <= texts, texts
    assert window.detail.tabs.tabBar() in reached or window.detail.timeline in reached
    # Focus follows: Down in the list selects the next case, and the pane shows it.
    window.table.setFocus()
    first = window.detail.reference
    QTest.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.detail.reference != first, timeout=3000)
