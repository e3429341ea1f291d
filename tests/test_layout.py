"""Every window and dialog, in both languages, at 1280x800 and 1920x1080: no text cut, cropped or elided.

The list of screens is tests/screens.py; what counts as text that does not fit is tests/layout_check.py.
"""

from __future__ import annotations

import pytest

from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE
from .layout_check import layout_problems
from .screens import dialogs, main_window, open_dialog, settle

pytestmark = pytest.mark.gui

SIZES = ((1280, 800), (1920, 1080))


def test_no_text_is_cut_anywhere(qtbot, interface_language: str, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = {}
    window = main_window(demo_case, SIZES[0])
    qtbot.addWidget(window)
    for size in SIZES:
        window.resize(*size)
        settle()
        found[f"main window {size}"] = layout_problems(window)
        for name, opener in dialogs(window, size).items():
            dialog = open_dialog(opener, size)
            assert dialog is not None, name
            found[f"{name} {size}"] = layout_problems(dialog)
            dialog.close()
    window.lock()
    for size in SIZES:
        window.resize(*size)
        settle()
        found[f"lock screen {size}"] = layout_problems(window)
    window.lock_page.passphrase.setText(PASSPHRASE)
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_status_and_sent_are_in_sight_at_1600_pixels(qtbot, interface_language: str, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    window = main_window(demo_case, (1600, 900))
    qtbot.addWidget(window)
    header, viewport = window.table.horizontalHeader(), window.table.viewport().width()
    status = 8
    assert window.model.headerData(status, header.orientation()) in ("Status", "Statut")
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= viewport
    for row in range(window.model.rowCount()):  # a case with letters
        window.table.selectRow(row)
        settle()
        if window.detail.letters_model.rowCount():
            break
    window.detail.tabs.setCurrentWidget(window.detail.letters.parentWidget())
    settle()
    letters = window.detail.letters
    header = letters.horizontalHeader()
    sent = 3
    assert letters.model().headerData(sent, header.orientation()) in ("Sent", "Envoyé", "Envoi")
    assert header.sectionViewportPosition(sent) + 40 <= letters.viewport().width()
