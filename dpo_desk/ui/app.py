"""Starting the workbench: QApplication, opening the case file, the main window."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..paths import icon_path, translations_dir
from ..services.workbench import Workbench
from ..storage.casefile import CaseFile, open_case_file
from ..storage.errors import CaseFileError, PassphraseRequired
from .main_window import MainWindow
from .unlock_dialog import UnlockDialog


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    QCoreApplication.setOrganizationName("DPO Desk")
    QCoreApplication.setApplicationName("DPO Desk")
    app.setWindowIcon(QIcon(str(icon_path("dpo-desk.svg"))))
    translator = QTranslator(app)
    if translator.load(QLocale(), "dpo_desk", "_", str(translations_dir())):
        app.installTranslator(translator)
    return app  # type: ignore[return-value]


def _fail(message: str) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("App", "DPO Desk"), message)
    return 1


def run_gui(case_file: Path | None, demo: bool, use_keyring: bool) -> int:
    app = make_application()
    case: CaseFile | None = None
    try:
        if demo:
            from ..demo import open_demo

            case = open_demo()
        else:
            if case_file is None:
                chosen, _ = QFileDialog.getOpenFileName(
                    None,
                    QCoreApplication.translate("App", "Open a case file"),
                    str(Path.home()),
                    QCoreApplication.translate("App", "DPO Desk case files (*.dpodesk)"),
                )
                if not chosen:
                    return 0
                case_file = Path(chosen)
            path = Path(case_file)
            try:
                case = open_case_file(path, passphrase=None, use_keyring=use_keyring)
            except PassphraseRequired:
                dialog = UnlockDialog(path, lambda p: open_case_file(path, passphrase=p, use_keyring=False))
                if not dialog.exec():
                    return 0
                case = dialog.case
    except CaseFileError as exc:
        return _fail(str(exc))
    assert case is not None
    window = MainWindow(Workbench(case, _user(), demo=demo))
    window.show()
    return app.exec()
