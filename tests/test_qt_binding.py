"""The Qt binding must not bring the application down by corrupting None's reference count."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.qt  # the child processes here import PySide6

LOOP = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{setup}
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range({calls}):
    label.setText("x")
    label.update()
print(before - sys.getrefcount(None))
"""


def _run(setup: str, calls: int) -> subprocess.CompletedProcess[str]:
    code = LOOP.format(setup=setup, calls=calls)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)


def test_the_workbench_survives_a_long_session() -> None:
    # 400,000 void calls: far beyond None's own reference count on Python 3.11.
    done = _run("import dpo_desk.ui", 200_000)
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_report_whether_the_binding_still_needs_the_guard() -> None:
    """Fails when the binding stops dropping references: then remove dpo_desk/ui/qt_compat.py."""
    done = _run("import dpo_desk.ui", 1000)  # guarded, or even 2,000 drops abort a small process
    assert done.returncode == 0, done.stderr[-2000:]
    dropped = int(done.stdout.strip())
    assert dropped >= 1000, f"PySide6 no longer drops references to None ({dropped}): remove the guard"
