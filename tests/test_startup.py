"""Start-up loads only what the first window needs: the rest is imported on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.qt  # each test starts the window in a child process
# Each of these costs tens of milliseconds at start-up and is not needed to show the case list.
DEFERRED = (
    "alembic",
    "reportlab",
    "holidays",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
    "dpo_desk.services.email_intake",
)


def test_the_window_module_does_not_load_what_first_use_needs() -> None:
    code = f"import sys, dpo_desk.ui.app; print(sorted(m for m in sys.modules if m.startswith({DEFERRED!r})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


FIRST_PAINT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from dpo_desk.front_door.workbench import Workbench
from dpo_desk.storage.casefile import open_case_file
from dpo_desk.ui.app import make_application
from dpo_desk.ui.main_window import MainWindow

app = make_application(["dpo-desk"])
case = open_case_file(Path(sys.argv[1]), passphrase=sys.argv[2], use_keyring=False)
window = MainWindow(Workbench(case, "claire"))
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["orm_at_paint"] = "sqlalchemy" in sys.modules
            seen["rows_at_paint"] = window.model.rowCount()
        return False

watcher = FirstPaint()
window.table.viewport().installEventFilter(watcher)
settled = []
window.refreshed.connect(lambda: settled.append(True))
window.show()
while not settled:
    app.processEvents()
seen["orm_after"] = "sqlalchemy" in sys.modules
seen["shown"] = window.shown_label.text()
seen["first"] = window.model.row_at(0).reference
window.close()
case.close()
print(json.dumps(seen))
"""


def test_the_first_page_is_painted_before_the_orm_loads(tmp_path, demo_case) -> None:  # type: ignore[no-untyped-def]
    """The list's first page comes from plain SQL; SQLAlchemy loads once it is on screen."""
    import json
    import os

    from dpo_desk.services import cases

    from .conftest import PASSPHRASE, TODAY

    with demo_case.reader(orm=True) as reading:
        expected = cases.list_requests(reading.orm, cases.ListFilter(limit=1), today=TODAY)[0].reference
        total = cases.count_requests(reading.orm, cases.ListFilter(), today=TODAY)
    path = demo_case.path
    demo_case.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(path), PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["orm_at_paint"] is False and seen["rows_at_paint"] > 0
    assert seen["orm_after"] is True  # loaded right after the paint, before anyone can act
    assert seen["first"] == expected and str(total) in seen["shown"]
