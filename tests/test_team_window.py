"""The window on a team server (issue 20), against the real private PostgreSQL server (tests/pg_server.py):
connecting through the welcome window's dialog, two windows seeing each other's changes within a
second (LISTEN/NOTIFY), and a server that goes away and comes back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from dpo_desk.domain.rights import Right
from dpo_desk.front_door.team_server import ServerDatabase, add_member
from dpo_desk.front_door.views import Bucket
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.ui.intake_dialog import IntakeDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.text_dialog import TextDialog

from .test_team_server import DPO_PASSWORD, STAFF_PASSWORD, TeamDb, _set_password, team_db

pytestmark = [pytest.mark.needs_postgres]
__all__ = ["team_db"]  # the fixture, reused


def _team(db: TeamDb) -> TeamDb:
    """`server init` (IMV, its DPO), a staff login of IMV; both passwords set."""
    done = db.init()
    assert done.returncode == 0, done.stderr
    with ServerDatabase(db.url()) as owner:
        add_member(owner, db.staff, "staff", ("IMV",))
    _set_password(db, db.staff, STAFF_PASSWORD)
    _set_password(db, db.dpo, DPO_PASSWORD)
    return db


def _window(qtbot, db: TeamDb, login: str, password: str) -> MainWindow:  # type: ignore[no-untyped-def]
    server = ServerDatabase(db.url(login), password=password)
    win = MainWindow(Workbench(server, server.login()))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.refreshed, timeout=10000):
        win.show()
    qtbot.waitUntil(lambda: win.live_updates._watch is not None and win.live_updates._watch.listening.is_set())
    return win


def _count(win: MainWindow, bucket: Bucket) -> int:
    return int(win.dashboard.buttons[bucket].text().split("\n")[0])


def _references(win: MainWindow) -> list[str]:
    return [win.model.row_at(row).reference for row in range(win.model.rowCount())]


def _log(qtbot, win: MainWindow, last_name: str) -> str:  # type: ignore[no-untyped-def]
    """Log a request through the window's own form (menu, fields, Save); its reference."""
    win.log_action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), IntakeDialog), timeout=3000)
    intake = QApplication.activeModalWidget()
    assert isinstance(intake, IntakeDialog)
    qtbot.keyClicks(intake.last_name, last_name)
    intake.rights[Right.ACCESS].setChecked(True)
    logged: list[str] = []
    intake.logged.connect(logged.append)
    with qtbot.waitSignal(win.refreshed, timeout=10000):
        qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)
    assert logged, "the form did not log the request"
    return logged[0]


def test_a_change_in_one_window_shows_in_the_other(qtbot, team_db: TeamDb) -> None:  # type: ignore[no-untyped-def]
    db = _team(team_db)
    staff = _window(qtbot, db, db.staff, STAFF_PASSWORD)
    dpo = _window(qtbot, db, db.dpo, DPO_PASSWORD)
    assert _references(staff) == _references(dpo) == [] and _count(dpo, Bucket.OPEN) == 0

    heard: dict[str, list[set[int | None]]] = {"staff": [], "dpo": []}
    staff.live_updates.changed.connect(heard["staff"].append)
    dpo.live_updates.changed.connect(heard["dpo"].append)

    # The staff logs a request: the DPO's list and counts show it, without a click.
    reference = _log(qtbot, staff, "Lefevre")
    qtbot.waitUntil(lambda: reference in _references(dpo), timeout=3000)
    qtbot.waitUntil(lambda: _count(dpo, Bucket.OPEN) == 1, timeout=3000)  # the counts follow
    assert dpo.shown_label.text() == staff.shown_label.text() == "1 request(s)"

    # Both open it; the staff adds a note through the note button: the DPO's open case shows it.
    for win in (staff, dpo):
        assert win.select_reference(reference)
        qtbot.waitUntil(lambda w=win: w.detail.reference == reference)
    events = dpo.detail.timeline_model.rowCount()
    qtbot.mouseClick(staff.detail.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TextDialog), timeout=3000)
    note = QApplication.activeModalWidget()
    assert isinstance(note, TextDialog)
    qtbot.keyClicks(note.editor, "Called back the person")
    with qtbot.waitSignal(staff.refreshed, timeout=10000):
        qtbot.mouseClick(note.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dpo.detail.timeline_model.rowCount() == events + 1, timeout=3000)
    assert dpo.detail.reference == reference  # still the case the DPO had open

    request_id = dpo.detail._detail.id if dpo.detail._detail else -1
    assert heard["dpo"] and set().union(*heard["dpo"]) == {request_id}
    assert heard["staff"] == []  # its own changes: painted once, after it made them

    # The DPO moves it on through the status menu: the staff's open case and list say so.
    action = next(a for a in dpo.detail.status_menu.actions() if a.data() == "in_progress")
    with qtbot.waitSignal(dpo.refreshed, timeout=10000):
        action.trigger()
    qtbot.waitUntil(lambda: staff.detail.fields["status"].text() == "In progress", timeout=3000)
    qtbot.waitUntil(lambda: staff.model.row_at(0).status == "in_progress", timeout=3000)
    assert set().union(*heard["staff"]) == {request_id}
    for win in (staff, dpo):
        win.close()
