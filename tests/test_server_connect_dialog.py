"""The "Connect to a team server…" dialog before any server answers (issue 20): what is missing or
wrong is said in words without reaching anything, a server that does not answer is said as such,
and the dialog speaks French. The connections themselves: tests/test_team_window.py."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import Qt

from dpo_desk.ui.server_connect_dialog import ServerConnectDialog
from dpo_desk.ui.welcome_dialog import WelcomeDialog


def _dialog(qtbot) -> ServerConnectDialog:  # type: ignore[no-untyped-def]
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.mouseClick(welcome.server_button, Qt.MouseButton.LeftButton)
    dialog = welcome.findChild(ServerConnectDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _attempt(qtbot, dialog: ServerConnectDialog) -> str:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=20000)
    assert dialog.isVisible()
    return dialog.error.text()


def _closed_port() -> int:
    """A loopback port nobody listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_what_is_missing_is_said_before_anything_is_reached(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    dialog.login.clear()
    assert "Give the team server's address" in _attempt(qtbot, dialog)
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    assert "Give the name of the database" in _attempt(qtbot, dialog)
    qtbot.keyClicks(dialog.database, "dpo")
    assert "Give your login" in _attempt(qtbot, dialog)
    qtbot.keyClicks(dialog.login, "bruno")
    qtbot.keyClicks(dialog.ca_file, str(tmp_path / "missing-ca.crt"))
    said = _attempt(qtbot, dialog)
    assert "missing-ca.crt does not exist" in said, said
    assert (dialog.host.text(), dialog.database.text(), dialog.login.text()) == ("127.0.0.1", "dpo", "bruno")


def test_a_server_that_does_not_answer_is_said_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.host, "127.0.0.1")
    dialog.port.lineEdit().selectAll()
    qtbot.keyClicks(dialog.port.lineEdit(), str(_closed_port()))
    qtbot.keyClicks(dialog.database, "dpo")
    said = _attempt(qtbot, dialog)
    assert "could not be reached" in said and "Nothing was changed" in said and "Traceback" not in said, said


def test_the_dialog_in_french(qtbot, french) -> None:  # type: ignore[no-untyped-def]
    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    assert welcome.server_button.text() == "Se connecter à un serveur d'équipe…"
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Se connecter à un serveur d'équipe"
    assert dialog.remember.text() == "Mémoriser dans le trousseau du système"
    assert dialog.connect_button.text() == "Se connecter"
    dialog.login.clear()
    assert _attempt(qtbot, dialog) == "Indiquez l'adresse du serveur d'équipe (son nom ou son adresse IP)."
