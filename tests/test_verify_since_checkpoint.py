"""`dpo-desk verify --since-checkpoint` (issue #19): only what came after the last checkpoint such a check
kept in the history, which must still be there as it was; `dpo-desk verify` still checks everything."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from dpo_desk.cli.main import main
from dpo_desk.services import cases
from dpo_desk.services.history_accounts import PROTECTIVE_TRIGGERS
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.storage.casefile import CaseFile, open_case_file
from dpo_desk.storage.models import Event

from .conftest import PASSPHRASE, TODAY
from .test_cases import act, log
from .test_events import _raw


def _verify(case_path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, dict]:
    code = main(["--case-file", str(case_path), "--user", "dpo", "verify", "--json", *options])
    return code, json.loads(capsys.readouterr().out)


@contextmanager
def _opened(case_path: Path) -> Iterator[CaseFile]:
    """The case file opened between two commands (a command takes the writer's lock itself)."""
    with open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False) as opened:
        yield opened


def _events(case_path: Path) -> int:
    with _opened(case_path) as case, case._raw() as raw:
        return int(raw.execute("SELECT count(*) FROM event").fetchone()[0])


def _tamper(case_path: Path, *statements: str) -> None:
    with _opened(case_path) as case:
        _raw(case, *statements)


@pytest.fixture
def history(case: CaseFile, case_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    reference = log(
        case, received=TODAY - timedelta(days=5), files=(cases.FileInput("lettre.pdf", b"%PDF-1.4 a"),)
    ).reference
    act(case, cases.add_note, reference, "Called the customer service")
    case.close()
    return case_path


def test_the_incremental_check_checks_only_what_came_after_its_checkpoint(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _events(history)
    # The first time there is no checkpoint: everything is checked, then the head is kept.
    code, first = _verify(history, capsys, "--since-checkpoint")
    assert code == 0 and first["ok"] and first["since_checkpoint"] is None
    assert (first["events_checked"], first["attachments_checked"]) == (before, 1)
    kept_at = int(first["checkpoint"].split(":")[0])
    assert kept_at == before
    # Two more events (and one document) since: the next check reads those, and the checkpoint's own event.
    with _opened(history) as case:
        log(case, received=TODAY, email="paul@example.fr", files=(cases.FileInput("id.png", b"png"),))
    new_events = _events(history) - before
    code, second = _verify(history, capsys, "--since-checkpoint")
    assert code == 0 and second["ok"], second
    assert second["since_checkpoint"] == first["checkpoint"]
    assert (second["events_checked"], second["attachments_checked"]) == (new_events, 1)
    assert "database" in second and second["database"] == []
    # Nothing new but the last checkpoint's event: that is all the third reads.
    code, third = _verify(history, capsys, "--since-checkpoint")
    assert (code, third["events_checked"], third["attachments_checked"]) == (0, 1, 0)
    # The whole check still reads everything, and keeps nothing (it opens the file read-only).
    total = _events(history)
    code, whole = _verify(history, capsys)
    assert (code, whole["events_checked"], whole["attachments_checked"]) == (0, total, 2)
    assert whole["since_checkpoint"] is None and _events(history) == total
    with _opened(history) as case, case.session() as session:
        kinds = list(session.scalars(select(Event.kind).order_by(Event.seq)))
    assert kinds.count("history_verified") == 3


def test_tampering_before_the_checkpoint_is_caught_by_the_whole_check(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _verify(history, capsys, "--since-checkpoint")[0] == 0
    # Someone rewrites an old note, and puts the trigger back as it was: only the chain can tell.
    _tamper(
        history,
        "DROP TRIGGER event_no_update",
        "UPDATE event SET details = json_set(details, '$.text', 'Nothing found') WHERE seq = 4",
        PROTECTIVE_TRIGGERS["event_no_update"],
    )
    code, incremental = _verify(history, capsys, "--since-checkpoint")
    assert code == 0 and incremental["events_checked"] == 1  # the old events are not read again: by design
    code, whole = _verify(history, capsys)
    assert code == 1 and "event 4 was changed after it was written" in whole["history"]
    with _opened(history) as case:
        assert verify_case_file(case).history == ["event 4 was changed after it was written"]


def test_a_rewritten_checkpoint_or_a_changed_new_event_fails_the_incremental_check(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _verify(history, capsys, "--since-checkpoint")[0] == 0
    with _opened(history) as case:
        act(case, cases.add_note, log(case, received=TODAY, email="paul@example.fr").reference, "new")
    last = _events(history)
    _tamper(
        history,
        "DROP TRIGGER event_no_update",
        f"UPDATE event SET user = 'intern' WHERE seq = {last}",
        PROTECTIVE_TRIGGERS["event_no_update"],
    )
    code, found = _verify(history, capsys, "--since-checkpoint")
    assert code == 1 and found["history"] == [f"event {last} was changed after it was written"]
    # A failed check keeps no checkpoint: the next one starts from the same place and fails again.
    assert _events(history) == last
    # The history rewritten up to the checkpoint (its event's hash changed): the incremental check says so.
    kept = found["since_checkpoint"].split(":")[0]
    _tamper(
        history,
        "DROP TRIGGER event_no_update",
        f"UPDATE event SET hash = 'ab' || substr(hash, 3) WHERE seq = {kept}",
        PROTECTIVE_TRIGGERS["event_no_update"],
    )
    code, found = _verify(history, capsys, "--since-checkpoint")
    assert code == 1
    assert any(f"event {kept} is not the one the last check verified" in p for p in found["history"])


def test_the_incremental_check_says_what_it_left_to_the_whole_check(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--case-file", str(history), "--user", "dpo", "verify", "--since-checkpoint"]) == 0
    assert "Database structure: OK" in capsys.readouterr().out  # the first time: the whole file
    assert main(["--case-file", str(history), "--user", "dpo", "verify", "--since-checkpoint"]) == 0
    out = capsys.readouterr().out
    assert "only the events and documents added after it (`dpo-desk verify` checks the whole file)" in out
    assert "Database structure" not in out and "Event history: OK - 1 events" in out
