"""Backups and key rotations killed at any moment (SIGKILL): only complete pairs count, leftovers go,
good backups are never rotated out for a partial one, and the file always opens."""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.rights import Right
from dpo_desk.services import cases, keys
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage import backup
from dpo_desk.storage.backup import (
    BEFORE_KEY_ROTATION,
    KEEP_AUTOMATIC,
    KEEP_SAFETY_COPIES,
    automatic_backups,
    backups_folder,
    safety_copies,
)
from dpo_desk.storage.casefile import create_case_file, open_case_file
from dpo_desk.storage.keyfile import key_file_path

from .conftest import FAST_KDF, PASSPHRASE

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX"), pytest.mark.slow]

BACKUP_KILLS = 40
ROTATION_KILLS = 30


def big_case(path: Path, requests: int = 120) -> None:
    """About 4 MB, so that a backup takes long enough to be killed in the middle of it."""
    with create_case_file(path, PASSPHRASE, kdf=FAST_KDF) as case:
        with case.unit_of_work() as session:
            add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="dpo")
        with case.unit_of_work() as session:
            rng = random.Random(7)
            for n in range(requests):
                cases.add_request(
                    session,
                    cases.NewRequest(
                        Channel.POST,
                        date(2026, 1, 5),
                        cases.PersonInput("Anne", f"Martin{n}"),
                        (Right.ACCESS,),
                        summary="".join(rng.choice("abcdefghij ") for _ in range(30_000)),
                    ),
                    user="dpo",
                    today=date(2026, 1, 6),
                )


def _child(work, path: Path, ready: int) -> None:  # type: ignore[no-untyped-def]
    try:
        case = open_case_file(path, passphrase=PASSPHRASE, use_keyring=False)
        os.write(ready, b"r")
        work(case, lambda: os.write(ready, b"d"))
    finally:
        os._exit(0)


def kill_during(work, path: Path, rng: random.Random, longest: float, after: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Kill the child `after` finished steps (each one reported on the pipe) and up to `longest` s more."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os.close(read)
        _child(work, path, write)
    os.close(write)
    os.read(read, 1)  # opened: the work starts now
    for _ in range(after):
        os.read(read, 1)
    time.sleep(rng.uniform(0, longest))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    os.close(read)


def complete_pairs_only(path: Path) -> None:
    """Under its name, every backup has its key file; no name a partial copy could hide behind."""
    folder = backups_folder(path)
    for item in folder.glob("*.dpodesk"):
        assert key_file_path(item).is_file(), f"{item.name} has no key file"


def test_a_backup_killed_mid_copy_never_counts_nor_costs_a_good_one(tmp_path: Path) -> None:
    path = tmp_path / "cases.dpodesk"
    big_case(path)
    rng = random.Random(20261118)
    day = datetime(2026, 11, 1, 9, 0)
    with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False) as case:
        started = time.monotonic()
        for n in range(KEEP_AUTOMATIC):  # a week of good automatic backups
            case.backup(backup.backup_path(path, backup.AUTOMATIC, now=day + timedelta(days=n)))
        one_backup = (time.monotonic() - started) / KEEP_AUTOMATIC  # how long a copy takes on this machine
    good_before = automatic_backups(path)

    def back_up(case, _done) -> None:  # type: ignore[no-untyped-def]
        while True:  # one automatic backup after another, on later days
            stamp = day + timedelta(days=10 + rng.randrange(1000), seconds=rng.randrange(86_400))
            case.backup(backup.backup_path(path, backup.AUTOMATIC, now=stamp))

    for _ in range(BACKUP_KILLS):
        kill_during(back_up, path, rng, 1.5 * one_backup)  # most kills land inside a copy
        complete_pairs_only(path)
        assert set(good_before) <= set(automatic_backups(path))  # a partial copy never costs a good one
    leftovers = list(backups_folder(path).glob(".*.partial"))
    assert leftovers, "no kill landed during a copy: the test proves nothing"
    for item in automatic_backups(path):  # every one that counts opens and verifies
        with open_case_file(item, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as copy:
            assert verify_case_file(copy).ok, item
    with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False) as case:
        case.backup(backup.backup_path(path, backup.AUTOMATIC, now=datetime(2030, 1, 1)))
        backup.rotate_automatic(path)
    assert not list(backups_folder(path).glob(".*.partial")), "leftovers were not cleaned"
    orphans = [k for k in backups_folder(path).glob("*-key") if not k.with_name(k.name[: -len("-key")]).exists()]
    assert not orphans
    assert len(automatic_backups(path)) == KEEP_AUTOMATIC  # seven good ones kept, not fewer


def test_a_partial_backup_is_not_todays_backup(tmp_path: Path) -> None:
    """Left by an older version: an automatic backup without its key file (a copy killed mid-way)."""
    path = tmp_path / "cases.dpodesk"
    big_case(path, requests=5)
    folder = backups_folder(path)
    folder.mkdir()
    partial = backup.backup_path(path, backup.AUTOMATIC)
    partial.write_bytes(os.urandom(8192))
    assert backup.automatic_backup_due(path)  # it does not count
    with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False) as case:
        made = case.automatic_backup()
    assert made is not None and key_file_path(made).is_file()
    assert not partial.exists()  # and it was cleaned away


def test_a_key_rotation_killed_at_any_moment_leaves_a_file_that_opens(tmp_path: Path) -> None:
    path = tmp_path / "cases.dpodesk"
    big_case(path, requests=40)
    rng = random.Random(42)
    with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False) as case:
        started = time.monotonic()
        keys.rotate_key(case, PASSPHRASE, user="dpo")  # how long a rotation takes on this machine, now
        one_rotation = time.monotonic() - started

    def rotate(case, done) -> None:  # type: ignore[no-untyped-def]
        while True:
            keys.rotate_key(case, PASSPHRASE, user="dpo")
            done()

    for n in range(ROTATION_KILLS):  # every third kill lets a rotation finish first, however slow the machine
        kill_during(rotate, path, rng, 1.5 * one_rotation, after=1 if n % 3 == 0 else 0)
        # The current key or the pending one opens it, always, with every request in it.
        with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False) as case, case.reader() as conn:
            assert conn.execute("SELECT count(*) FROM request").fetchone()[0] == 40
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        complete_pairs_only(path)
    with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False) as case:
        assert verify_case_file(case).ok
        with case.reader() as conn:
            rotations = conn.execute("SELECT count(*) FROM event WHERE kind = 'key_rotated'").fetchone()[0]
        assert rotations - 1 > 3, "too few rotations finished between kills"  # less the one timed
        keys.rotate_key(case, PASSPHRASE, user="dpo")
    # The copies made before a rotation are kept by the rule: the newest three, not one per rotation.
    kept = safety_copies(path, BEFORE_KEY_ROTATION)
    assert len(kept) == KEEP_SAFETY_COPIES
    assert not list(backups_folder(path).glob(".*.partial"))
