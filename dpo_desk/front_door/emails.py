"""Emails coming in as files or fetched messages: read into a draft request (in a separate
process, see services/email_worker.py), or imported as requests, each message reported.
(Loads the ORM: imported on the GUI thread when first needed, before a job uses it.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..services.email_import import ImportOutcome, import_files
from ..services.email_intake import EmailDraft, EmailRefused
from ..services.email_worker import parse_email

if TYPE_CHECKING:
    from .workbench import Workbench

__all__ = ["EmailDraft", "EmailRefused", "ImportOutcome", "import_email_files", "parse_email"]


def import_email_files(
    workbench: Workbench,
    paths: list[Path],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[ImportOutcome]:
    """Every message of every file logged as a request by the workbench's user, each in its own
    transaction; a duplicate, a message to log by hand or an unreadable file is one outcome each."""
    return import_files(
        workbench.case, paths, user=workbench.user, today=workbench.today(), progress=progress, cancelled=cancelled
    )
