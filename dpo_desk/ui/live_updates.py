"""Another person's change on a team server, shown within about a second (issue #20).

The door tells of the changes others commit (Workbench.watch_changes: LISTEN/NOTIFY on
a connection and thread of its own; a case file never does). Here they are gathered for a moment,
then the window is read again off the GUI thread and painted as after its own changes (the same
snapshot, the same painting: window_parts `_View` and `_paint`): the list, the counts, and the open
case. While the window's own change runs, or while it is locked, the reading waits its turn.

When the server is lost the status bar says so, in words, until it is back; then everything is read
again (what changed meanwhile was not heard) and the status bar says it is connected again.
"""

from __future__ import annotations

from collections.abc import Set
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from .jobs import Job, start
from .messages import in_words

if TYPE_CHECKING:
    from ..front_door.snapshot import Snapshot
    from ..front_door.workbench import Watch
    from .main_window import MainWindow

GATHER_MS = 120  # changes arriving together (a batch, several people) are read once
BUSY_RETRY_MS = 200  # the window's own change is being made: read after it


class LiveUpdates(QObject):
    """Signals (emitted from the listener's thread, received on the GUI thread):
    changed(object): the ids of the requests changed elsewhere (None: anything else).
    state(object): the server was lost (the error) or is back (None).
    """

    changed = Signal(object)
    state = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._watch: Watch | None = None
        self._pending: set[int | None] = set()
        self._reading: Job | None = None
        self._lost = False
        self.offline = QLabel(window)
        self.offline.setObjectName("serverOffline")
        self.offline.setWordWrap(True)
        self.offline.setStyleSheet("color: #b91c1c; font-weight: 600;")
        self.offline.hide()
        window.statusBar().addWidget(self.offline, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._read_again)
        self.changed.connect(self._on_changed)
        self.state.connect(self._on_state)
        window.locked.connect(self.stop)
        window.unlocked.connect(self.start)
        self.start()

    def start(self) -> None:
        """Listen on the window's door (again, after unlocking: a new connection)."""
        self.stop()
        self._watch = self.window.workbench.watch_changes(self.changed.emit, self.state.emit)

    def stop(self) -> None:
        if self._watch is not None:
            watch, self._watch = self._watch, None
            watch.stop()
        self._pending.clear()
        self._timer.stop()

    def _on_changed(self, ids: Set[int | None]) -> None:
        self._pending |= set(ids)
        if not self._timer.isActive():
            self._timer.start(GATHER_MS)

    def _read_again(self) -> None:
        window = self.window
        if window._closed or window.is_locked or not self._pending:
            return
        if window._action_job is not None or self._reading is not None:
            self._timer.start(BUSY_RETRY_MS)  # after the window's own change is painted
            return
        shown = window.detail._detail
        untouched = shown is not None and None not in self._pending and shown.id not in self._pending
        self._pending.clear()
        view = window._view()
        job = Job(lambda _report, _cancelled: view.read())

        def painted(snapshot: Snapshot | None) -> None:
            self._reading = None
            if window._same_file(view.workbench) and window._action_job is None:
                ticks = _ticks(window) if untouched else None
                window._paint(view, snapshot)
                if ticks is not None and window.detail.reference == view.reference:
                    _tick(window, ticks)  # the open case did not change: what the user ticked stays
            elif window._same_file(view.workbench):
                self._on_changed({None})  # overtaken by the window's own change: read after it

        def finished() -> None:
            self._reading = None
            window._jobs.discard(job)

        self._reading = job
        job.succeeded.connect(window._while_open(painted))
        job.finished.connect(finished)
        window._jobs.add(job)
        start(job)

    def _on_state(self, problem: Exception | None) -> None:
        window = self.window
        if problem is not None:
            self._lost = True
            self.offline.setText(
                self.tr("{why} DPO Desk tries again every few seconds; nothing is kept on this computer.").format(
                    why=in_words(problem)
                )
            )
            self.offline.show()
            return
        self.offline.hide()
        if self._lost:
            self._lost = False
            window.statusBar().showMessage(self.tr("Connected to the team server again."), 8000)

    def shutdown(self) -> None:
        """The window closes: stop listening before its door is closed."""
        self.stop()


def _ticks(window: MainWindow) -> dict[str, bool]:
    """The activities as ticked in the open case's pane now (maybe not saved yet)."""
    items = (window.detail.activities.item(row) for row in range(window.detail.activities.count()))
    return {item.data(Qt.ItemDataRole.UserRole): item.checkState() == Qt.CheckState.Checked for item in items}


def _tick(window: MainWindow, ticks: dict[str, bool]) -> None:
    """Tick again what was ticked: another case's change repaints the pane, it must not undo the user's."""
    for row in range(window.detail.activities.count()):
        item = window.detail.activities.item(row)
        name = item.data(Qt.ItemDataRole.UserRole)
        if name in ticks:
            item.setCheckState(Qt.CheckState.Checked if ticks[name] else Qt.CheckState.Unchecked)
