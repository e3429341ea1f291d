"""Shared fixtures: a real encrypted case file on disk, an in-memory OS keyring; offscreen Qt where installed.

Nothing here imports Qt: its set-up (tests/qt_fixtures.py) is loaded only where PySide6 and pytest-qt
are installed, and where they are not (`make test-headless`) the tests that need Qt (tests/qt_needs.py)
are left out, so the rest runs without it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import importlib.util
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import pytest
import time_machine
from keyring.backend import KeyringBackend

from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage import keystore
from dpo_desk.storage.casefile import CaseFile, create_case_file
from dpo_desk.storage.keyfile import KdfParams

from .pg_server import PgServer, running_postgres, why_no_server
from .qt_needs import QT_FIXTURES, module_needs_qt, tests_needing_qt

QT_INSTALLED = all(importlib.util.find_spec(name) is not None for name in ("PySide6", "pytestqt"))
# Offscreen Qt, British English by default, private settings, the `window` fixture.
pytest_plugins = ["tests.qt_fixtures"] if QT_INSTALLED else []

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


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "cases.dpodesk"


@pytest.fixture
def case(case_path: Path) -> Iterator[CaseFile]:
    """A new encrypted case file on disk with one organisation, IMV."""
    opened = create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)
    with opened.unit_of_work() as session:
        add_organisation(
            session,
            OrganisationInput(code="IMV", legal_name="IMV Technologies", city="L'Aigle", dpo_email="dpo@imv.example"),
            user="dpo",
        )
    yield opened
    opened.close()


@pytest.fixture
def demo_case(case_path: Path) -> Iterator[CaseFile]:
    """A case file holding the demo: both organisations, 41 requests in every status, letters."""
    from dpo_desk.demo.sample import populate

    case = create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY)
    yield case
    case.close()


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


def pytest_addoption(parser: pytest.Parser) -> None:
    if not QT_INSTALLED:  # pyproject.toml sets pytest-qt's option, unknown without it
        parser.addini("qt_api", "pytest-qt's Qt binding (pytest-qt is not installed here)")


def pytest_report_header() -> str:
    if QT_INSTALLED:
        return "Qt: installed, every test runs"
    return "Qt: not installed, the tests that need it are left out (tests/qt_needs.py)"


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    """Without Qt, a test module that imports it cannot even be collected: leave it out."""
    if not QT_INSTALLED and collection_path.name.startswith("test_") and collection_path.suffix == ".py":
        return True if module_needs_qt(collection_path) else None
    return None


def _needs_qt(item: pytest.Item) -> bool:
    if item.get_closest_marker("qt") or QT_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    name = getattr(item, "originalname", item.name)
    if getattr(item, "cls", None) is not None:
        name = f"{item.cls.__name__}.{name}"  # type: ignore[attr-defined]
    return module_needs_qt(item.path) or name in tests_needing_qt(item.path)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.module is not None and item.module.__name__.rsplit(".", 1)[-1] in CLOCK_FREE_MODULES:
            item.add_marker(pytest.mark.clock_free)
        if _needs_qt(item):
            item.add_marker(pytest.mark.qt)
    if not QT_INSTALLED:
        left_out = [item for item in items if item.get_closest_marker("qt")]
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            items[:] = [item for item in items if not item.get_closest_marker("qt")]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """In CI (DPO_DESK_CI=1, set by .ci/run), a test that needs the shared corpora, cupsd or PostgreSQL must not
    be skipped."""
    outcome = yield
    report = outcome.get_result()
    needs = (
        item.get_closest_marker("needs_corpus")
        or item.get_closest_marker("needs_cups")
        or item.get_closest_marker("needs_postgres")
    )
    if report.skipped and needs and os.environ.get("DPO_DESK_CI") == "1":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"CI must run this test, but it was skipped: {reason}"


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PgServer]:
    """One private PostgreSQL server for the test session (tests/pg_server.py); each test makes its own
    database on it. Skipped without PostgreSQL's programs, a failure in CI (needs_postgres)."""
    reason = why_no_server()
    if reason is not None:
        pytest.skip(f"no private PostgreSQL server: {reason}")
    with running_postgres() as server:
        yield server
