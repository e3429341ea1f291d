"""The Qt side of the test set-up, loaded by conftest.py only where PySide6 and pytest-qt are installed.

`make test-headless` runs the tests that need no Qt in a virtual environment without PySide6:
nothing here may be imported there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from pytestqt.qtbot import QtBot

from dpo_desk.storage.casefile import CaseFile

# As the application does when the system has no locale: the English interface, British dates.
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """Every test reads and writes its own Qt settings, never the developer's."""
    QCoreApplication.setOrganizationName("DPO Desk tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def ascii_key_clicks(monkeypatch: pytest.MonkeyPatch) -> None:
    """QTest's key clicks abort the whole test run on non-ASCII text (qasciikey.cpp): fail one test instead."""
    original = QtBot.keyClicks

    def checked(*args: object, **kwargs: object) -> object:
        text = args[1] if len(args) > 1 else kwargs.get("sequence", "")
        if isinstance(text, str) and not text.isascii():
            raise AssertionError(
                f"qtbot.keyClicks({text!r}): QTest types ASCII only; set accented text with setText/insertPlainText"
            )
        return original(*args, **kwargs)

    monkeypatch.setattr(QtBot, "keyClicks", staticmethod(checked))


@pytest.fixture
def window(qtbot, demo_case: CaseFile):  # type: ignore[no-untyped-def]
    """The workbench window on the demo case file, shown."""
    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    win = MainWindow(Workbench(demo_case, "claire.dpo", demo=True))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.refreshed, timeout=5000):  # the counts follow the list's first paint
        win.show()
    return win


@contextlib.contextmanager
def interface_in(qapp, code: str) -> Iterator[list[QTranslator]]:  # type: ignore[no-untyped-def]
    """The interface in `code` ("en", "fr") inside the block (the translators installed are given);
    the locale and translators are as before after it."""
    from dpo_desk.ui.app import install_translations

    previous = QLocale()
    translators = install_translations(qapp, code)
    try:
        yield translators
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(previous)


@pytest.fixture
def french(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The interface in French for the test."""
    with interface_in(qapp, "fr") as translators:
        assert len(translators) == 2, "the French .qm files (ours and Qt's) must be found"
        yield


@pytest.fixture(params=["en", "fr"])
def interface_language(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Each test once in English, once in French."""
    with interface_in(qapp, request.param):
        yield request.param
