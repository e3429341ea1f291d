"""A child process: spawn → first painted page of the case list, or of a bare window (the baseline).

Run by bench/run.py as `python -m bench.first_paint app|bare SPAWNED_AT [CASE_FILE]`; prints one JSON
line: the seconds from the parent's spawn to the first paint, and the memory of the process then.
The app opens the case file as on a computer that remembers its key (OS keyring): the key comes
from DPO_BENCH_KEY, so the passphrase's key derivation (measured apart) is not counted here.
"""

from __future__ import annotations

import json
import sys
import time


def _memory() -> dict[str, float]:
    fields = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0]) / 1024
    return {"rss_mb": fields.get("VmRSS", 0.0), "peak_mb": fields.get("VmHWM", 0.0)}


def main() -> None:
    mode, spawned_at = sys.argv[1], float(sys.argv[2])
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(0.0)
            return False

    if mode == "bare":
        from PySide6.QtWidgets import QMainWindow, QTableView

        app = QApplication(["bare"])
        window = QMainWindow()
        table = QTableView(window)
        window.setCentralWidget(table)
        window.resize(1280, 800)
        view = table.viewport()
        rows = 0
    else:
        import os
        from pathlib import Path

        from dpo_desk.front_door.workbench import Workbench
        from dpo_desk.storage import keystore
        from dpo_desk.storage.casefile import open_case_file
        from dpo_desk.ui.app import make_application
        from dpo_desk.ui.main_window import MainWindow

        key = bytes.fromhex(os.environ["DPO_BENCH_KEY"])
        keystore.recall = lambda _file_id: key  # as if remembered in the OS keyring
        app = make_application(["dpo-desk"])
        case = open_case_file(Path(sys.argv[3]), read_only=True)
        window = MainWindow(Workbench(case, "bench"))
        window.resize(1280, 800)
        view = window.table.viewport()
        rows = window.model.rowCount()
    watcher = FirstPaint()
    view.installEventFilter(watcher)
    window.show()
    while not painted:
        app.processEvents()
    elapsed = time.time() - spawned_at
    orm = "sqlalchemy" in sys.modules  # the window paints before the ORM loads (dpo_desk/lazy.py)
    if mode == "app":  # memory once the start is over: ORM loaded, counts shown
        settled: list[bool] = []
        window.refreshed.connect(lambda: settled.append(True))
        while not settled:
            app.processEvents()
    print(json.dumps({"seconds": elapsed, "rows": rows, "orm_loaded_at_paint": orm, **_memory()}))
    sys.stdout.flush()
    os_exit = __import__("os")._exit
    os_exit(0)  # skip teardown: only the start is measured


if __name__ == "__main__":
    main()
