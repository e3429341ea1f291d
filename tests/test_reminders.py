"""Reminders: what falls due, the rule, per user, once a day in the window, and `dpo-desk reminders`."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from dpo_desk.cli.main import main
from dpo_desk.domain.reminders import OpenCase, Reminder, announce_today, falls_due
from dpo_desk.services import cases
from dpo_desk.services.members import add_member
from dpo_desk.services.reminders import reminders
from dpo_desk.services.roles import Role
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .test_cases import log

DAY = timedelta(days=1)


def test_the_rule() -> None:
    cases_ = [
        OpenCase("A-1", deadline_on=TODAY - 3 * DAY, due_on=TODAY - 3 * DAY, extended=False),  # overdue
        OpenCase("A-2", deadline_on=TODAY + 5 * DAY, due_on=TODAY + 5 * DAY, extended=False),  # due, notice too
        OpenCase("A-3", deadline_on=TODAY + 60 * DAY, due_on=TODAY + 2 * DAY, extended=True),  # extended: nothing
        OpenCase("A-4", deadline_on=TODAY + 8 * DAY, due_on=TODAY + 8 * DAY, extended=False),  # beyond a week
        OpenCase("A-5", deadline_on=TODAY, due_on=TODAY, extended=False),  # today: the deadline says it
    ]
    items = falls_due(cases_, unsent_letters=[("B-1", "marie")], late_relays=[("C-1", TODAY - DAY, "")], today=TODAY)
    assert items == [
        Reminder("A-1", "deadline", TODAY - 3 * DAY),
        Reminder("C-1", "relay_late", TODAY - DAY),
        Reminder("A-5", "deadline", TODAY),
        Reminder("B-1", "letter_to_send", TODAY, "marie"),
        Reminder("A-2", "deadline", TODAY + 5 * DAY),
        Reminder("A-2", "extension_notice", TODAY + 5 * DAY),
    ]
    assert [r.reference for r in falls_due(cases_, today=TODAY, within_days=8)].count("A-4") == 2
    assert falls_due(cases_, today=TODAY, within_days=0) == [
        Reminder("A-1", "deadline", TODAY - 3 * DAY),
        Reminder("A-5", "deadline", TODAY),
    ]
    with pytest.raises(ValueError, match="cannot be negative"):
        falls_due(cases_, today=TODAY, within_days=-1)
    assert announce_today(None, TODAY) and announce_today(TODAY - DAY, TODAY)
    assert not announce_today(TODAY, TODAY)


def test_each_user_is_reminded_of_their_cases_and_the_unassigned(case: CaseFile) -> None:
    received = TODAY - timedelta(days=27)  # the month ends within the week
    mine, theirs, nobodys = (log(case, received=received, last=name).reference for name in ("A", "B", "C"))
    with case.unit_of_work() as session:
        add_member(session, "dpo", "Claire", Role.DPO, user="dpo")
        add_member(session, "marie", "Marie", Role.STAFF, user="dpo")
        add_member(session, "paul", "Paul", Role.STAFF, user="dpo")
        cases.assign(session, mine, "marie", user="dpo")
        cases.assign(session, theirs, "paul", user="dpo")
    with case.reader(orm=True) as reading:
        for_marie = {r.reference for r in reminders(reading.orm, today=TODAY, login="marie")}
        for_dpo = {r.reference for r in reminders(reading.orm, today=TODAY, login="dpo")}
        assert reminders(reading.orm, today=TODAY - timedelta(days=20), login="dpo", within_days=1) == []
    assert for_marie == {mine, nobodys} and for_dpo == {mine, theirs, nobodys}


def test_the_command_line(case: CaseFile, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # Due in 3 to 6 days whatever the month (28 days back is the deadline itself after a February).
    reference = log(case, received=TODAY - timedelta(days=25)).reference
    path = case.path
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    assert main(["--case-file", str(path), "reminders", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert {(i["reference"], i["what"]) for i in items} == {(reference, "deadline"), (reference, "extension_notice")}
    assert main(["--case-file", str(path), "reminders"]) == 0
    out = capsys.readouterr().out
    assert reference in out and "answer due" in out and "last day to notify an extension" in out
    assert main(["--case-file", str(path), "reminders", "--within", "0"]) == 0
    assert "Nothing falls due within 0 day(s)." in capsys.readouterr().out
    with pytest.raises(SystemExit) as refused:
        main(["--case-file", str(path), "reminders", "--within", "-2"])
    assert refused.value.code == 2 and "not a possible number of days" in capsys.readouterr().err


@pytest.mark.gui
def test_the_window_announces_once_a_day_per_user(qtbot, demo_case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    def opened(login: str) -> MainWindow:
        window = MainWindow(Workbench(demo_case, login, demo=True))
        qtbot.addWidget(window)
        window.show()
        return window

    window = opened("claire.dpo")
    qtbot.waitUntil(window.reminders_banner.isVisible, timeout=10_000)  # by itself, once the list is shown
    text = window.reminders_banner.text.text()
    assert text.startswith("Falls due: ") and "overdue" in text and "to notify an extension" in text
    qtbot.mouseClick(window.reminders_banner.details_button, Qt.MouseButton.LeftButton)
    box = window.findChild(QMessageBox, "remindersBox")
    assert box is not None and "answer due" in box.text()
    box.close()
    qtbot.mouseClick(window.reminders_banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.reminders_banner.isVisible()
    assert window.announce_reminders() is False  # already announced today to this user
    window.hide()
    other = opened("lucas.accueil")
    qtbot.waitUntil(other.reminders_banner.isVisible, timeout=10_000)  # another user: their own announcement
    other.hide()
