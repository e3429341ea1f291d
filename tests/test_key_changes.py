"""Passphrase change, key rotation, remember and forget follow the settings rule, are checked
before anything changes, and are recorded in the history (who and when, never a key)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.services.members import Role, add_member
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage import keyfile, keystore
from dpo_desk.storage.backup import BEFORE_KEY_ROTATION, backups_folder, safety_copies
from dpo_desk.storage.casefile import create_case_file, open_case_file

from .conftest import FAST_KDF, PASSPHRASE

NEW = "a brand new passphrase"


@pytest.fixture
def team_file(case_path: Path) -> Path:
    """claire is the DPO, sam is staff; mallory is not a member."""
    with create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF) as case, case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="claire")
        add_member(session, "claire", "Claire", Role.DPO, user="claire")
        add_member(session, "sam", "Sam", Role.STAFF, user="claire")
    return case_path


def cli(path: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE, "DPO_DESK_CASE_FILE": str(path), **env}
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--no-keyring", *argv],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def fingerprint(path: Path) -> tuple[str, str, list[str]]:
    """The key file, the case file's bytes, and what the backups folder holds."""
    folder = backups_folder(path)
    kept = sorted(p.name for p in folder.iterdir() if "automatic" not in p.name) if folder.is_dir() else []
    return (
        hashlib.sha256(keyfile.key_file_path(path).read_bytes()).hexdigest(),
        hashlib.sha256(path.read_bytes()).hexdigest(),
        kept,
    )


def key_events(path: Path, passphrase: str = PASSPHRASE) -> list[tuple[str, str, dict]]:
    with open_case_file(path, passphrase=passphrase, use_keyring=False, read_only=True) as case, case.reader() as conn:
        rows = conn.execute(
            "SELECT kind, user, details FROM event WHERE kind IN "
            "('passphrase_changed', 'key_rotated', 'key_remembered', 'key_forgotten') ORDER BY seq"
        ).fetchall()
    return [(kind, user, json.loads(details)) for kind, user, details in rows]


@pytest.mark.parametrize("command", ["change-passphrase", "rotate-key"])
@pytest.mark.parametrize(
    ("user", "refusal"),
    [
        ("mallory", "mallory is not a user of this case file, or no longer: nothing was changed"),
        ("sam", "Only a DPO can change the "),
    ],
)
def test_who_may_not_change_the_key_changes_nothing(team_file: Path, command: str, user: str, refusal: str) -> None:
    before = fingerprint(team_file)
    done = cli(team_file, "--user", user, command, DPO_DESK_NEW_PASSPHRASE=NEW)
    assert done.returncode == 1, done
    assert refusal in done.stderr, done.stderr
    assert fingerprint(team_file)[0] == before[0]  # the key file
    assert fingerprint(team_file)[2] == before[2]  # no copy "before key rotation" was made
    assert cli(team_file, "list").returncode == 0  # everyone still gets in with the passphrase


def test_the_dpo_changes_them_and_the_history_says_who_and_when(team_file: Path) -> None:
    done = cli(team_file, "--user", "claire", "change-passphrase", DPO_DESK_NEW_PASSPHRASE=NEW)
    assert done.returncode == 0 and "Passphrase changed" in done.stdout, done
    done = cli(team_file, "--user", "claire", "rotate-key", DPO_DESK_PASSPHRASE=NEW)
    assert done.returncode == 0 and "new key" in done.stdout, done
    assert "nothing was changed" not in done.stdout + done.stderr
    events = key_events(team_file, NEW)
    assert [(kind, user) for kind, user, _ in events] == [("passphrase_changed", "claire"), ("key_rotated", "claire")]
    with open_case_file(team_file, passphrase=NEW, use_keyring=False, read_only=True) as case, case.reader() as conn:
        text = " ".join(r[0] for r in conn.execute("SELECT details FROM event"))
        stamps = [
            r[0] for r in conn.execute("SELECT at FROM event WHERE kind IN ('passphrase_changed', 'key_rotated')")
        ]
        key = case._require_key()
    assert key.hex() not in text and NEW not in text and PASSPHRASE not in text  # never a key or a passphrase
    assert all(stamps)
    assert events[1][2] == {"backup": safety_copies(team_file, BEFORE_KEY_ROTATION)[-1].name}


def test_rotate_key_never_says_nothing_was_changed_once_the_key_changed(team_file: Path) -> None:
    """The history refuses the record (a trigger put there for the test): the key did change, and is said so."""
    with open_case_file(team_file, passphrase=PASSPHRASE, use_keyring=False) as case, case._raw() as raw:
        raw.execute(
            "CREATE TRIGGER refuse_rotation BEFORE INSERT ON event WHEN NEW.kind = 'key_rotated' "
            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
        )
        old_key = case._require_key()
    done = cli(team_file, "--user", "claire", "rotate-key")
    assert done.returncode == 1, done
    assert "nothing was" not in done.stderr, done.stderr
    assert "now encrypted under a new key" in done.stderr and "could not record it" in done.stderr, done.stderr
    with open_case_file(team_file, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as case:
        assert case._require_key() != old_key  # it did change, as said


@pytest.mark.parametrize("command", ["remember", "forget"])
def test_remember_and_forget_follow_the_rule_and_are_recorded(
    team_file: Path, command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.cli.main import main

    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_CASE_FILE", str(team_file))
    file_id = keyfile.read(team_file).file_id  # type: ignore[union-attr]
    if command == "forget":
        assert main(["--user", "claire", "remember"]) == 0
    remembered = keystore.recall(file_id)
    capsys.readouterr()
    assert main(["--user", "sam", command]) == 1
    assert "Only a DPO can" in capsys.readouterr().err
    assert keystore.recall(file_id) == remembered  # unchanged
    assert main(["--user", "claire", command]) == 0
    assert (keystore.recall(file_id) is None) == (command == "forget")
    kinds = [(kind, user) for kind, user, _ in key_events(team_file)]
    assert kinds[-1] == ({"remember": "key_remembered", "forget": "key_forgotten"}[command], "claire")
    import socket

    assert key_events(team_file)[-1][2] == {"computer": socket.gethostname()}


def test_a_file_without_members_lets_its_one_user_change_the_key(case_path: Path) -> None:
    with create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF):
        pass
    done = cli(case_path, "--user", "anyone", "change-passphrase", DPO_DESK_NEW_PASSPHRASE=NEW)
    assert done.returncode == 0, done
    assert key_events(case_path, NEW) == [("passphrase_changed", "anyone", {})]


@pytest.mark.gui
def test_the_unlock_dialog_remembers_by_the_rule(team_file: Path, qtbot, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from dpo_desk.ui.unlock_dialog import UnlockDialog

    file_id = keyfile.read(team_file).file_id  # type: ignore[union-attr]
    for user, remembered in (("sam", False), ("claire", True)):
        dialog = UnlockDialog(
            team_file, lambda p: open_case_file(team_file, passphrase=p, use_keyring=False), user=user
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.passphrase.setText(PASSPHRASE)
        dialog.remember.setChecked(True)
        open_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
        assert dialog.case is not None
        assert (keystore.recall(file_id) is not None) is remembered
        if not remembered:
            assert any("Only a DPO can let this computer remember the key" in n for n in dialog.case.notices)
        dialog.case.close()
    assert [(k, u) for k, u, _ in key_events(team_file)] == [("key_remembered", "claire")]
