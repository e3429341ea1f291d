"""Shared fixtures: a real encrypted case file on disk, an in-memory OS keyring, offscreen Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import pytest
import time_machine
from keyring.backend import KeyringBackend
from PySide6.QtCore import QLocale

from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage import keystore
from dpo_desk.storage.casefile import CaseFile, create_case_file
from dpo_desk.storage.keyfile import KdfParams

# As the application does when the system has no locale: the English interface, British dates.
QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))

PASSPHRASE = "correct horse battery staple"
# Cheap Argon2id for tests only: the cost parameters are stored per key file, so this is
# exactly the code path of real files, just faster.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
# The day every test runs on, whatever the calendar says: the wall clock is moved there (below), so
# the code's own "today" and "now" agree with it. CI runs the suite again on the days that break
# date code (DPO_DESK_TEST_TODAY: the 1st of a month, 29 February, 31 December; see Makefile).
TODAY = date.fromisoformat(os.environ.get("DPO_DESK_TEST_TODAY", "2026-11-18"))
TEST_MORNING = datetime.combine(TODAY, time(9, 30), tzinfo=ZoneInfo("Europe/Paris"))


@pytest.fixture(autouse=True)
def fixed_clock() -> Iterator[None]:
    """The clock reads TEST_MORNING when a test starts, and ticks from there (timeouts still work)."""
    with time_machine.travel(TEST_MORNING, tick=True):
        yield


class MemoryKeyring(KeyringBackend):
    """A real keyring backend object, kept in memory (tests never touch the developer's keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


MEMORY_BACKEND = f"{MemoryKeyring.__module__}.{MemoryKeyring.__qualname__}"


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test gets a fresh, trusted, in-memory keyring."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setattr(keystore, "TRUSTED_BACKENDS", keystore.TRUSTED_BACKENDS | {MEMORY_BACKEND})
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """Every test reads and writes its own Qt settings, never the developer's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("DPO Desk tests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.dpodesk"


@pytest.fixture
def case(case_path: Path) -> Iterator[CaseFile]:
    """A new encrypted case file on disk with one organisation, IMV."""
    opened = create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)
    with opened.transaction() as session:
        add_organisation(
            session,
            OrganisationInput(code="IMV", legal_name="IMV Technologies", city="L'Aigle", dpo_email="dpo@imv.example"),
            user="dpo",
        )
    yield opened
    opened.close()


@pytest.fixture(autouse=True)
def ascii_key_clicks(monkeypatch: pytest.MonkeyPatch) -> None:
    """QTest's key clicks abort the whole test run on non-ASCII text (qasciikey.cpp): fail one test instead."""
    from pytestqt.qtbot import QtBot

    original = QtBot.keyClicks

    def checked(*args: object, **kwargs: object) -> object:
        text = args[1] if len(args) > 1 else kwargs.get("sequence", "")
        if isinstance(text, str) and not text.isascii():
            raise AssertionError(
                f"qtbot.keyClicks({text!r}): QTest types ASCII only; set accented text with setText/insertPlainText"
            )
        return original(*args, **kwargs)

    monkeypatch.setattr(QtBot, "keyClicks", staticmethod(checked))


@pytest.fixture
def demo_case(case_path: Path) -> Iterator[CaseFile]:
    """A case file holding the demo: both organisations, 40 requests in every status, letters."""
    from dpo_desk.demo import populate

    case = create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY)
    yield case
    case.close()


@pytest.fixture
def window(qtbot, demo_case: CaseFile):  # type: ignore[no-untyped-def]
    """The workbench window on the demo case file, shown."""
    from dpo_desk.services.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    win = MainWindow(Workbench(demo_case, "claire.dpo", demo=True))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.refreshed, timeout=5000):  # the counts follow the list's first paint
        win.show()
    return win


# Modules whose tests never read the calendar (processes, packaging, parsers): `make test-dates`
# leaves them out when it runs the suite again on other days.
CLOCK_FREE_MODULES = {
    "test_core_dumps",
    "test_corpora_rule",
    "test_crash_safety",
    "test_damaged_pages",
    "test_full_disk",
    "test_key_changes",
    "test_kill_backups",
    "test_licences",
    "test_lock_files",
    "test_outlook_corpus",
    "test_small_hardening",
    "test_verify_accounts",
    "test_email_worker",
    "test_file_opener_fuzz",
    "test_outlook_msg",
    "test_packaging",
    "test_qt_binding",
    "test_self_test",
    "test_wheel",
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.module is not None and item.module.__name__.rsplit(".", 1)[-1] in CLOCK_FREE_MODULES:
            item.add_marker(pytest.mark.clock_free)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """In CI (DPO_DESK_CI=1, set by .ci/run), a test that needs the shared corpora or cupsd must not be skipped."""
    outcome = yield
    report = outcome.get_result()
    needs = item.get_closest_marker("needs_corpus") or item.get_closest_marker("needs_cups")
    if report.skipped and needs and os.environ.get("DPO_DESK_CI") == "1":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"CI must run this test, but it was skipped: {reason}"
