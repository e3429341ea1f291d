"""Start-up loads only what the first window needs: the rest is imported on first use."""

from __future__ import annotations

import subprocess
import sys

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
