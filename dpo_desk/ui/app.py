"""Starting the workbench: QApplication, choosing and unlocking a case file, the main window."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ..front_door.case_files import CaseFile, open_case_file
from ..front_door.errors import CaseFileError, PassphraseRequired
from ..front_door.workbench import Workbench
from ..paths import icon_path, translations_dir
from .main_window import MainWindow
from .messages import in_words
from .preferences_dialog import interface_language
from .recent_files import remember_recent
from .settings_privacy import make_settings_private
from .unlock_dialog import UnlockDialog


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


GIL_SWITCH_S = 0.001  # Python's default is 0.005


def make_application(argv: list[str] | None = None) -> QApplication:
    # While a background job runs Python, every call from Qt into Python on the GUI thread (a slot, a
    # cell painted) waits for the job to hand the GIL back, up to the switch interval each time: at
    # 1 ms instead of 5, a repaint during a job no longer stalls for tens of milliseconds (issue #18).
    sys.setswitchinterval(GIL_SWITCH_S)
    app = QApplication.instance() or QApplication(argv or sys.argv)
    QCoreApplication.setOrganizationName("DPO Desk")
    QCoreApplication.setApplicationName("DPO Desk")
    make_settings_private()
    app.setWindowIcon(QIcon(str(icon_path("dpo-desk.svg"))))
    install_translations(app, interface_language())
    return app  # type: ignore[return-value]


def install_translations(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """The interface in `language` ("fr", "en"; "" follows the system), Qt's own buttons included.

    Dates and numbers follow the same locale. Returns the translators installed (to remove them).
    """
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)  # day before month, like France
    if language == "fr":
        locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    elif language == "en":
        locale = british
    else:
        locale = QLocale.system()
        if locale.language() == QLocale.Language.C:  # no locale set: the English interface, British dates
            locale = british
    QLocale.setDefault(locale)
    installed = []
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("dpo_desk", str(translations_dir())),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class UpgradeProgress:
    """Shown only when opening a case file upgrades it (a large history takes tens of seconds).

    The upgrade runs where the file is opened; this window-modal dialog, updated as each batch of
    events is re-chained, keeps the screen alive and says what is happening.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self.name, self.parent = name, parent
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int) -> None:
        if self.dialog is None:
            label = QCoreApplication.translate(
                "App", "Upgrading {name} to this version of DPO Desk (a backup was made first)…"
            ).format(name=self.name)
            self.dialog = QProgressDialog(label, "", 0, 0, self.parent)
            self.dialog.setObjectName("upgradeProgress")
            self.dialog.setWindowTitle(QCoreApplication.translate("App", "DPO Desk"))
            self.dialog.setCancelButton(None)  # a migration is not stopped half-way
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.show()
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        QCoreApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None


def _unlock(path: Path, use_keyring: bool) -> CaseFile | None:
    """The keyring first, then the passphrase dialog (None if the user cancels)."""
    upgrading = UpgradeProgress(path.name)
    try:
        return open_case_file(path, passphrase=None, use_keyring=use_keyring, upgrading=upgrading)
    except PassphraseRequired:
        dialog = UnlockDialog(
            path, lambda p: open_case_file(path, passphrase=p, use_keyring=False, upgrading=upgrading), user=_user()
        )
        return dialog.case if dialog.exec() else None
    finally:
        upgrading.close()


def _choose(case_file: Path | None, demo: bool, use_keyring: bool) -> tuple[CaseFile | None, bool]:
    if demo:
        from ..front_door.demo import open_demo

        return open_demo(), True
    if case_file is None:
        from .welcome_dialog import WelcomeDialog  # the ORM: it makes new case files

        welcome = WelcomeDialog()
        choice: dict[str, object] = {}
        welcome.open_requested.connect(lambda path: choice.update(path=path))
        welcome.demo_requested.connect(lambda: choice.update(demo=True))
        welcome.created.connect(lambda case: choice.update(case=case))
        welcome.server_connected.connect(lambda server: choice.update(server=server))
        if not welcome.exec():
            return None, False
        if "server" in choice:
            return choice["server"], False  # type: ignore[return-value]
        if "case" in choice:
            return choice["case"], False  # type: ignore[return-value]
        if "demo" in choice:
            return _choose(None, True, use_keyring)
        case_file = choice["path"]  # type: ignore[assignment]
    path = Path(case_file)  # type: ignore[arg-type]
    case = _unlock(path, use_keyring)
    if case is not None:
        remember_recent(path)
    return case, False


def _team_server(url: str, sslmode: str, ca_file: str) -> object | None:
    """`dpo-desk --server URL`: connected at once when libpq or the keyring has the password, else
    the connect dialog, filled in, says why and asks (None if the user cancels)."""
    from ..front_door.team_server import address_of, connect_team_server
    from .server_connect_dialog import ServerConnectDialog

    address = address_of(url, sslmode, ca_file)
    try:
        return connect_team_server(address)
    except CaseFileError as exc:
        dialog = ServerConnectDialog(address=address, problem=in_words(exc))
        return dialog.server if dialog.exec() else None


def run_gui(
    case_file: Path | None, demo: bool, use_keyring: bool, server: str = "", sslmode: str = "", ca_file: str = ""
) -> int:
    """The window on a case file (or the welcome window to choose one), or on the team server `server`."""
    app = make_application()
    try:
        if server:
            case, is_demo = _team_server(server, sslmode, ca_file), False
        else:
            case, is_demo = _choose(case_file, demo, use_keyring)
    except CaseFileError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "DPO Desk"), in_words(exc))
        return 1
    if case is None:
        return 0
    if not isinstance(case, CaseFile):  # a team server, chosen in the welcome window or by --server
        from .team_window import team_window

        window = team_window(case)  # type: ignore[arg-type]
    else:
        window = MainWindow(Workbench(case, _user(), demo=is_demo))
    window.show()
    return app.exec()
