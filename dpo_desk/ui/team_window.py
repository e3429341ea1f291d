"""The workbench window on a team server: the user is the server's login, the title names both,
and unlocking after a lock connects again (the password typed, or libpq's own)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ..front_door.team_server import ServerDatabase, reconnect, server_title, team_workbench
from .main_window import MainWindow
from .unlock_dialog import Opener


def team_window(server: ServerDatabase) -> MainWindow:
    """The window on `server` (open, its login accepted); live updates come with every window."""
    workbench = team_workbench(server)
    window = MainWindow(workbench, opener=cast(Opener, lambda password: reconnect(server, password)))
    title = server_title(server, workbench.user)
    window.setWindowTitle(f"DPO Desk — {title}")
    explanation = window.lock_page.findChild(QLabel, "lockExplanation")
    if explanation is not None:  # no key to forget here: the connection is closed, the password asked
        explanation.setText(
            QCoreApplication.translate(
                "TeamWindow",
                "The connection to the team server was closed and every case hidden. Type your password "
                "({server}) to continue; leave it empty if ~/.pgpass or PGPASSWORD holds it.",
            ).format(server=title)
        )
    passphrase = window.file_actions.passphrase_action  # a case file's; the server keeps its own passwords
    passphrase.setEnabled(False)
    passphrase.setStatusTip(
        QCoreApplication.translate("TeamWindow", "On a team server, change your password with the server's tools")
    )
    return window
