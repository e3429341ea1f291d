"""Long work off the GUI thread, with progress and a Cancel button.

The work is a plain function of the services (no widgets), given a `report(text, done, total)`
callback and a `cancelled()` test. Results and errors come back on the GUI thread by signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..lazy import load_all

Report = Callable[[str, int, int], None]
Work = Callable[[Report, Callable[[], bool]], Any]


class Job(QObject):
    """Signals:
    progress(str, int, int): what is being done, how far, out of how much.
    succeeded(object): the work's result.
    failed(object): the exception it raised (a Cancelled one when the user stopped it).
    finished(): after succeeded or failed.
    """

    progress = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:  # called on a pool thread
        try:
            result = self._work(lambda text, done, total: self.progress.emit(text, done, total), self._cancel.is_set)
        except Exception as exc:  # handed to the GUI thread, shown there in words
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def start(job: Job, pool: QThreadPool | None = None, *, after_paint: bool = False) -> Job:
    """Run `job` on the pool. `after_paint`: once the window has repainted what was just changed
    (the case pane disabled while it works, say), not before: painted while the job runs Python, the
    repaint would wait for the GIL at every call into Python and stall the window (issue #18)."""
    load_all()  # on this (GUI) thread: a worker must never be the one to run a lazy module
    chosen = pool or QThreadPool.globalInstance()
    if not after_paint:
        chosen.start(_Runnable(job))
        return job

    def begin() -> None:  # on a later turn of the event loop: the repaint's posted events come first
        if not job.cancelled:  # the window was closed in between: nothing to do
            chosen.start(_Runnable(job))

    QTimer.singleShot(1, job, begin)  # 1 ms, not 0: Qt runs a zero-delay call with the posted events
    return job


def with_progress(job: Job, title: str, parent: QWidget) -> QProgressDialog:
    """A window-modal progress dialog following `job`; its Cancel button cancels the job."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dialog.setObjectName("jobProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def show(text: str, done: int, total: int) -> None:
        dialog.setLabelText(text)
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finished() -> None:
        dialog.canceled.disconnect(job.cancel)  # closing emits canceled: it must not mark a finished job
        dialog.close()
        dialog.deleteLater()

    job.progress.connect(show)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(finished)
    return dialog


def stop_and_wait(jobs: set[Job]) -> None:
    """Ask `jobs` to stop at their next step and wait for them, before what they report to goes away."""
    for job in jobs:
        job.cancel()
    if jobs:
        QThreadPool.globalInstance().waitForDone()
