"""Every message about a lock is true: an unreadable lock file, a forged holder, a lock file that
cannot be removed after a commit. Run through the real program, as an ordinary user where the
test runs as root (setpriv drops the capabilities that let root ignore permissions)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import create_case_file, open_case_file
from dpo_desk.storage.errors import CaseFileLocked
from dpo_desk.storage.lock import lock_path

from .conftest import FAST_KDF, PASSPHRASE
from .test_casefile import _start_holder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and locks")

NOBODY = 65534
# Root ignores file permissions through these capabilities; without them it is an ordinary user.
ORDINARY = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]


def as_ordinary_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv (util-linux): cannot act as an ordinary user")
    return ORDINARY


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder like /tmp: everyone may write, only a file's owner may delete it (sticky bit)."""
    folder = Path(tempfile.mkdtemp(prefix="dpo-desk-shared-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def new_case(folder: Path) -> Path:
    path = folder / "cases.dpodesk"
    with create_case_file(path, PASSPHRASE, kdf=FAST_KDF) as case, case.unit_of_work() as session:
        add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="dpo")
    return path


def cli(path: Path, *argv: str, prefix: list[str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE, "DPO_DESK_CASE_FILE": str(path)}
    command = [*(prefix or []), sys.executable, "-m", "dpo_desk", "--no-keyring", *argv]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


ADD = ("add", "--channel", "email", "--received", "2026-01-05", "--rights", "access", "--last-name", "Martin")


def test_the_lock_file_is_owner_only_even_when_an_older_one_was_not(case_path: Path) -> None:
    new_case(case_path.parent)
    lock = lock_path(case_path)
    lock.write_text("")
    os.chmod(lock, 0o644)  # left by an earlier version, or made under a wide umask
    with open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False):
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    previous = os.umask(0)
    try:
        with open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False):
            assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    finally:
        os.umask(previous)


def test_an_unreadable_lock_file_is_named_with_its_path_and_owner(shared_folder: Path) -> None:
    prefix = as_ordinary_user()
    path = new_case(shared_folder)
    lock = lock_path(path)
    lock.write_text(json.dumps({"host": "elsewhere", "user": "bob", "pid": 4242, "since": "2026-11-18T08:00:00"}))
    if prefix:  # another user's lock file, private to them
        os.chown(lock, NOBODY, NOBODY)
        owner = "nobody"
    else:
        import getpass

        owner = getpass.getuser()
    os.chmod(lock, 0o000 if not prefix else 0o600)
    done = cli(path, "list", prefix=prefix)
    assert done.returncode == 1, done
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert f"The lock file {lock} (owned by {owner}) cannot be opened by you" in done.stderr, done.stderr
    assert "--read-only" in done.stderr
    read = cli(path, "--read-only", "list", prefix=prefix)  # the way out it names works
    assert read.returncode == 0 and "No request matches." in read.stdout, read


def test_a_forged_holder_is_not_believed(case_path: Path) -> None:
    new_case(case_path.parent)
    holder = _start_holder(case_path)
    try:
        forged = {"host": socket.gethostname(), "user": "mallory", "pid": 999_999, "since": "2026-11-18T08:00:00"}
        lock_path(case_path).write_text(json.dumps(forged))
        with pytest.raises(CaseFileLocked) as refused:
            open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False)
        message = str(refused.value)
        if not sys.platform.startswith("linux"):
            pytest.skip("only Linux says which process holds a lock (/proc/locks)")
        import getpass

        assert f"process {holder.pid} of {getpass.getuser()} on this computer" in message, message
        assert "names mallory" in message and "which is not that process" in message, message
        assert "dpo-desk --read-only" in message
    finally:
        holder.communicate("quit\n", timeout=30)


def test_a_commit_is_reported_as_saved_when_the_lock_file_cannot_be_removed(shared_folder: Path) -> None:
    prefix = as_ordinary_user()
    if not prefix:
        pytest.skip("a lock file this user cannot delete needs another user's file: the test runs as root in CI")
    path = new_case(shared_folder)
    lock = lock_path(path)
    lock.write_text("")  # someone else's lock file, which anyone may write but only its owner delete
    os.chown(lock, NOBODY, NOBODY)
    os.chmod(lock, 0o666)
    os.chown(shared_folder, NOBODY, NOBODY)
    os.chmod(shared_folder, 0o1777)
    done = cli(path, *ADD, prefix=prefix)
    assert done.returncode == 0, done
    assert "Logged IMV-2026-0001" in done.stdout
    assert "nothing was saved" not in done.stderr and "unexpected error" not in done.stderr, done.stderr
    assert f"The lock file {lock} could not be removed" in done.stderr
    again = cli(path, "note", "IMV-2026-0001", "called back", prefix=prefix)  # the next opening takes it over
    assert again.returncode == 0 and "note added" in again.stdout, again
    with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as case, case.reader() as conn:
        assert conn.execute("SELECT count(*) FROM request").fetchone()[0] == 1  # logged once, not twice


def test_the_takeover_notice_tells_what_was_done(case_path: Path) -> None:
    import signal

    new_case(case_path.parent)
    holder = _start_holder(case_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate(timeout=30)
    done = cli(case_path, "list")
    assert done.returncode == 0, done
    assert "was checked" not in done.stderr  # nothing was
    assert "not closed properly last time" in done.stderr and "dpo-desk verify" in done.stderr, done.stderr
