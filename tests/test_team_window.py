"""The window on a team server (issue 20), against the real private PostgreSQL server (tests/pg_server.py):
connecting through the welcome window's dialog, two windows seeing each other's changes within a
second (LISTEN/NOTIFY), and a server that goes away and comes back."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from dpo_desk.domain.register import Activity
from dpo_desk.domain.rights import Right
from dpo_desk.front_door.team_server import ServerDatabase, add_member, team_workbench
from dpo_desk.front_door.views import Bucket
from dpo_desk.ui.intake_dialog import IntakeDialog
from dpo_desk.ui.main_window import MainWindow
from dpo_desk.ui.server_connect_dialog import ServerConnectDialog
from dpo_desk.ui.team_window import team_window
from dpo_desk.ui.text_dialog import TextDialog
from dpo_desk.ui.welcome_dialog import WelcomeDialog

from .conftest import MemoryKeyring
from .pg_server import PgServer, running_postgres, start_postgres, stop_postgres, why_no_server
from .test_team_server import DPO_PASSWORD, OWNER_PASSWORD, STAFF_PASSWORD, TeamDb, _set_password, team_db

pytestmark = [pytest.mark.needs_postgres]
SHOTS = Path(os.environ.get("DPO_DESK_SHOTS") or tempfile.gettempdir())
__all__ = ["team_db"]  # the fixture, reused


def _team(db: TeamDb) -> TeamDb:
    """`server init` (IMV, its DPO), a staff login of IMV; both passwords set."""
    done = db.init()
    assert done.returncode == 0, done.stderr
    with ServerDatabase(db.url(), password=OWNER_PASSWORD) as owner:
        add_member(owner, db.staff, "staff", ("IMV",))
    _set_password(db, db.staff, STAFF_PASSWORD)
    _set_password(db, db.dpo, DPO_PASSWORD)
    with ServerDatabase(db.url(db.dpo), password=DPO_PASSWORD) as server:
        register = [Activity(name, [f"{name} files"], "contract", "5 years") for name in ("Payroll", "Recruitment")]
        team_workbench(server).replace_register("IMV", register)
    return db


def _window(qtbot, db: TeamDb, login: str, password: str) -> MainWindow:  # type: ignore[no-untyped-def]
    server = ServerDatabase(db.url(login), password=password)
    win = team_window(server)  # as the application opens it (its title, unlocking by reconnecting)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.refreshed, timeout=10000):
        win.show()
    qtbot.waitUntil(lambda: win.live_updates._watch is not None and win.live_updates._watch.listening.is_set())
    return win


def _two_windows_shot(left: MainWindow, right: MainWindow) -> None:
    """Both windows side by side, in one picture (DPO_DESK_SHOTS=docs/screenshots refreshes the README's)."""
    from PySide6.QtGui import QImage, QPainter

    for win in (left, right):
        win.resize(1180, 640)
    QApplication.processEvents()
    shots = [win.grab().toImage() for win in (left, right)]
    picture = QImage(sum(s.width() for s in shots) + 16, max(s.height() for s in shots), QImage.Format.Format_RGB32)
    picture.fill(0x6B7280)
    painter = QPainter(picture)
    painter.drawImage(0, 0, shots[0])
    painter.drawImage(shots[0].width() + 16, 0, shots[1])
    painter.end()
    assert picture.save(str(SHOTS / "team-two-windows.png"))


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
    with qtbot.waitSignal(intake.logged, timeout=10000) as logged:
        qtbot.mouseClick(intake.save, Qt.MouseButton.LeftButton)
    reference = str(logged.args[0])
    qtbot.waitUntil(lambda: win.detail.reference == reference, timeout=10000)  # painted, and open
    return reference


def test_a_change_in_one_window_shows_in_the_other(qtbot, team_db: TeamDb) -> None:  # type: ignore[no-untyped-def]
    db = _team(team_db)
    staff = _window(qtbot, db, db.staff, STAFF_PASSWORD)
    dpo = _window(qtbot, db, db.dpo, DPO_PASSWORD)
    assert _references(staff) == _references(dpo) == [] and _count(dpo, Bucket.OPEN) == 0
    assert staff.backup_if_due() is None  # no case file beside the program to back up: the server's own

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
    _two_windows_shot(staff, dpo)
    assert set().union(*heard["staff"]) == {request_id}

    # The DPO ticks an activity, not saved yet; the staff logs another request: the DPO's list shows
    # it, and the open case, which did not change, keeps what the DPO ticked.
    activities = dpo.detail.activities
    assert [activities.item(row).data(Qt.ItemDataRole.UserRole) for row in range(activities.count())] == [
        "Payroll",
        "Recruitment",
    ]
    assert activities.item(0).checkState() == Qt.CheckState.Unchecked
    activities.setFocus()
    activities.setCurrentRow(0)
    qtbot.keyClick(activities, Qt.Key.Key_Space)
    assert activities.item(0).checkState() == Qt.CheckState.Checked
    other = _log(qtbot, staff, "Bernard")
    qtbot.waitUntil(lambda: other in _references(dpo), timeout=3000)
    assert dpo.detail.reference == reference
    assert dpo.detail.activities.item(0).checkState() == Qt.CheckState.Checked
    for win in (staff, dpo):
        win.close()


def _connect_dialog(qtbot) -> tuple[WelcomeDialog, ServerConnectDialog]:  # type: ignore[no-untyped-def]
    """The welcome window, and its "Connect to a team server…" dialog opened by a click."""
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.mouseClick(welcome.server_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome.findChild(ServerConnectDialog) is not None, timeout=3000)
    dialog = welcome.findChild(ServerConnectDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return welcome, dialog


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what a field holds and type `text` over it, as a person does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def _fill(qtbot, dialog: ServerConnectDialog, db: TeamDb, login: str, password: str) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, dialog.host, "127.0.0.1")
    _type(qtbot, dialog.port.lineEdit(), str(db.server.port))
    _type(qtbot, dialog.database, db.name)
    _type(qtbot, dialog.login, login)
    _type(qtbot, dialog.password, password)


def _choose_tls(qtbot, dialog: ServerConnectDialog, mode: str) -> None:  # type: ignore[no-untyped-def]
    dialog.tls.setFocus()
    qtbot.keyClick(dialog.tls, Qt.Key.Key_Home)
    while dialog.tls.currentData() != mode:
        qtbot.keyClick(dialog.tls, Qt.Key.Key_Down)


def _attempt(qtbot, dialog: ServerConnectDialog) -> str:  # type: ignore[no-untyped-def]
    """Click Connect; what the dialog then says (it stays open when it failed)."""
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connect_button.isEnabled() or not dialog.isVisible(), timeout=20000)
    return dialog.error.text()


def test_the_welcome_window_connects_to_a_team_server(
    qtbot, team_db: TeamDb, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    db = team_db
    monkeypatch.delenv("PGPASSWORD")  # the password is typed, or kept in the keyring
    welcome, dialog = _connect_dialog(qtbot)
    assert dialog.tls.currentData() == "verify-full"  # the default: the certificate is checked

    # Over the network without TLS, verify-full refuses: said as a TLS problem, nothing opened.
    _fill(qtbot, dialog, db, db.owner, OWNER_PASSWORD)
    said = _attempt(qtbot, dialog)
    assert dialog.isVisible() and "secure connection (TLS)" in said and "CA file" in said, said
    # A database that was never set up (the owner's login works, no DPO Desk in it).
    _choose_tls(qtbot, dialog, "disable")
    said = _attempt(qtbot, dialog)
    assert "is not set up for DPO Desk" in said and "dpo-desk server init" in said, said

    _team(db)
    # A wrong password: refused in words, and what was typed stays.
    _type(qtbot, dialog.login, db.staff)
    _type(qtbot, dialog.password, "not-the-password")
    said = _attempt(qtbot, dialog)
    assert dialog.isVisible() and "refused the login" in said and "password authentication failed" in said, said
    assert (dialog.host.text(), dialog.database.text(), dialog.login.text()) == ("127.0.0.1", db.name, db.staff)
    assert "Traceback" not in said

    # The right one, kept in the keyring as asked: the window opens on the server, as that login.
    _type(qtbot, dialog.password, STAFF_PASSWORD)
    dialog.remember.setFocus()
    qtbot.keyClick(dialog.remember, Qt.Key.Key_Space)
    assert dialog.remember.isChecked()
    with qtbot.waitSignal(welcome.server_connected, timeout=20000) as connected:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert not welcome.isVisible()
    server = connected.args[0]
    window = team_window(server)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=10000):
        window.show()
    assert window.workbench.user == db.staff  # the login the server authenticated
    assert window.windowTitle() == f"DPO Desk — {db.staff} @ 127.0.0.1:{db.server.port}/{db.name}"
    assert not window.purge_action.isEnabled()  # a staff login: the server's role, not a typed name
    assert not window.file_actions.passphrase_action.isEnabled()  # a case file's, not a server's
    window.close()

    # Remembered: where, who, how (never the password); the keyring holds it, nowhere else.
    settings = QSettings()
    kept = {key: str(settings.value(key)) for key in settings.allKeys()}
    assert kept["team_server/host"] == "127.0.0.1" and kept["team_server/database"] == db.name
    assert kept["team_server/login"] == db.staff and kept["team_server/tls"] == "disable"
    assert not any(STAFF_PASSWORD in value for value in kept.values())
    assert list(memory_keyring.secrets.values()) == [STAFF_PASSWORD]

    # The next time: the dialog is filled in, the password field left empty, the keyring gives it.
    welcome, dialog = _connect_dialog(qtbot)
    assert (dialog.host.text(), dialog.port.value(), dialog.login.text()) == ("127.0.0.1", db.server.port, db.staff)
    assert dialog.tls.currentData() == "disable" and dialog.password.text() == ""
    with qtbot.waitSignal(welcome.server_connected, timeout=20000) as connected:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    connected.args[0].close()


def test_the_password_comes_from_pgpassword_when_the_field_is_left_empty(
    qtbot, team_db: TeamDb, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:  # type: ignore[no-untyped-def]
    db = _team(team_db)
    monkeypatch.delenv("PGPASSWORD")
    welcome, dialog = _connect_dialog(qtbot)
    _fill(qtbot, dialog, db, db.dpo, "")
    _choose_tls(qtbot, dialog, "disable")
    said = _attempt(qtbot, dialog)
    assert f"asks for {db.dpo}'s password: type it" in said, said  # none typed, none found
    monkeypatch.setenv("PGPASSWORD", DPO_PASSWORD)  # libpq's own, as psql finds it
    with qtbot.waitSignal(welcome.server_connected, timeout=20000) as connected:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    with connected.args[0] as server:
        assert server.login() == db.dpo
    assert memory_keyring.secrets == {}  # not asked to remember: nothing kept


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A private server of this test's own: it is stopped and started again, which the session's
    server (shared by the other tests) must never be."""
    if why := why_no_server():
        pytest.skip(why)
    with running_postgres() as server:
        yield server


def test_the_window_says_when_the_server_is_away_and_reconnects(
    qtbot, own_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    own_server.admin(f"CREATE ROLE desk_owner LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
    own_server.admin("CREATE DATABASE desk OWNER desk_owner")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    db = _team(TeamDb(own_server, "desk", "desk_owner", "claire", "bruno"))
    staff = _window(qtbot, db, db.staff, STAFF_PASSWORD)
    dpo = _window(qtbot, db, db.dpo, DPO_PASSWORD)
    reference = _log(qtbot, staff, "Martin")
    qtbot.waitUntil(lambda: reference in _references(dpo), timeout=3000)
    assert staff.select_reference(reference)
    events = staff.detail.timeline_model.rowCount()

    stop_postgres(own_server)
    offline = staff.live_updates.offline
    qtbot.waitUntil(offline.isVisible, timeout=5000)
    assert "could not be reached" in offline.text() and "tries again" in offline.text(), offline.text()
    # A change asked for meanwhile is refused in words; nothing of it is kept anywhere.
    qtbot.mouseClick(staff.detail.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TextDialog), timeout=3000)
    note = QApplication.activeModalWidget()
    assert isinstance(note, TextDialog)
    qtbot.keyClicks(note.editor, "Lost on the way")
    qtbot.mouseClick(note.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _error_box(staff) is not None, timeout=20000)
    said = _error_box(staff)
    assert said is not None and "could not be reached" in said and "Nothing was changed" in said, said

    start_postgres(own_server)
    qtbot.waitUntil(lambda: not offline.isVisible(), timeout=10000)
    assert staff.statusBar().currentMessage() == "Connected to the team server again."
    qtbot.waitUntil(lambda: not dpo.live_updates.offline.isVisible(), timeout=10000)
    with ServerDatabase(db.url(db.dpo), password=DPO_PASSWORD) as server:  # nothing half done
        assert not _notes(server, "Lost on the way")
    # Listening again: the DPO's next change shows in the staff's window, and the staff can work.
    second = _log(qtbot, dpo, "Durand")
    qtbot.waitUntil(lambda: second in _references(staff), timeout=3000)
    assert staff.select_reference(reference)
    qtbot.waitUntil(lambda: staff.detail.timeline_model.rowCount() == events)

    # Locked, the staff's window forgets the connection; unlocking connects again, with the password.
    staff.lock()
    assert staff.is_locked and staff.live_updates._watch is None
    explanation = staff.lock_page.findChild(QLabel, "lockExplanation")
    assert "Type your password" in explanation.text() and "passphrase" not in explanation.text()
    qtbot.keyClicks(staff.lock_page.passphrase, "wrong")
    qtbot.mouseClick(staff.lock_page.button, Qt.MouseButton.LeftButton)
    assert staff.is_locked and "refused the login" in staff.lock_page.error.text(), staff.lock_page.error.text()
    _type(qtbot, staff.lock_page.passphrase, STAFF_PASSWORD)
    with qtbot.waitSignal(staff.unlocked, timeout=10000):
        qtbot.mouseClick(staff.lock_page.button, Qt.MouseButton.LeftButton)
    assert staff.workbench.user == db.staff
    qtbot.waitUntil(lambda: staff.live_updates._watch is not None and staff.live_updates._watch.listening.is_set())
    third = _log(qtbot, dpo, "Petit")
    qtbot.waitUntil(lambda: third in _references(staff), timeout=3000)
    for win in (staff, dpo):
        win.close()


def _error_box(win: MainWindow) -> str | None:
    from PySide6.QtWidgets import QMessageBox

    boxes = [box for box in win.findChildren(QMessageBox, "errorBox") if box.isVisible()]
    return boxes[-1].text() if boxes else None


def _notes(server: ServerDatabase, text: str) -> list[str]:
    with server.reader() as read:
        rows = read.execute("SELECT details::text FROM event WHERE kind = 'note'").fetchall()
    return [row[0] for row in rows if text in row[0]]


def test_dpo_desk_server_url_opens_the_window_on_it(qtbot, team_db: TeamDb, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """`dpo-desk --server URL` without a command: the window, on that server; when no password is
    found, the connect dialog comes filled in, says so, and takes it."""
    import dpo_desk.ui.app as app
    from dpo_desk.cli.main import main

    db = _team(team_db)
    url = db.server.tcp_url(db.name, db.staff)
    asked: list[dict[str, object]] = []
    monkeypatch.setattr(app, "run_gui", lambda **given: asked.append(given) or 0)
    assert main(["--server", url, "--sslmode", "disable"]) == 0
    assert asked == [
        {"case_file": None, "demo": False, "use_keyring": True, "server": url, "sslmode": "disable", "ca_file": ""}
    ]
    monkeypatch.undo()

    monkeypatch.delenv("PGPASSWORD", raising=False)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServerConnectDialog)
        seen.append(dialog.error.text())
        filled = (dialog.host.text(), dialog.database.text(), dialog.login.text(), dialog.tls.currentData())
        if filled != ("127.0.0.1", db.name, db.staff, "disable"):
            seen.append(f"filled in as {filled}")
            dialog.reject()  # never left waiting: the test fails below
            return
        qtbot.keyClicks(dialog.password, STAFF_PASSWORD)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    server = app._team_server(url, "disable", "")
    assert len(seen) == 1 and f"asks for {db.staff}'s password" in seen[0], seen
    assert isinstance(server, ServerDatabase) and server.login() == db.staff
    server.close()
