"""The workbench window on a team server: the user is the server's login, the title names both,
and unlocking after a lock connects again (the password typed, or libpq's own)."""

from __future__ import annotations

from typing import cast

from ..front_door.team_server import ServerDatabase, reconnect, server_title, team_workbench
from .main_window import MainWindow
from .unlock_dialog import Opener


def team_window(server: ServerDatabase) -> MainWindow:
    """The window on `server` (open, its login accepted); live updates come with every window."""
    workbench = team_workbench(server)
    window = MainWindow(workbench, opener=cast(Opener, lambda password: reconnect(server, password)))
    window.setWindowTitle(f"DPO Desk — {server_title(server, workbench.user)}")
    return window
