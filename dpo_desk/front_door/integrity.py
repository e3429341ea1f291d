"""The integrity check of a whole case file: its structure, every encrypted page, the event
history link by link, and each document's fingerprint."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..services import integrity
from ..services.integrity import Cancelled, IntegrityReport

if TYPE_CHECKING:
    from .workbench import Workbench

__all__ = ["Cancelled", "IntegrityReport", "verify"]


def verify(
    workbench: Workbench,
    *,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> IntegrityReport:
    """Check the workbench's case file; `progress(stage, done, total)` names the stage
    (database, encryption, history, attachments). Raises Cancelled when `cancelled()` turns true."""
    return integrity.verify_case_file(workbench.case_file("verify"), progress=progress, cancelled=cancelled)
