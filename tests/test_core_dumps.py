"""No core dump holds the key: the real program, with a case file open, aborts in a child process.

The same child without the start-up hardening shows what is at stake: its core dump holds the
raw database key (when this machine writes core files to the working folder at all).
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.storage import keyfile
from dpo_desk.storage.casefile import create_case_file

from .conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="core dumps are POSIX")

# The real `dpo-desk list` (its entry point, start), whose list command aborts once the case file is
# open (its key in memory).
CHILD = """
import os, sys
from dpo_desk.cli import commands, main as entry
from dpo_desk import hardening

def report_and_abort(args, case):
    import resource
    print("core-limit", resource.getrlimit(resource.RLIMIT_CORE), flush=True)
    print("dumpable", hardening.is_dumpable(), flush=True)
    os.abort()

commands.list_ = report_and_abort
if sys.argv[1] == "unprotected":  # what the protection prevents: the same program without it
    entry.disable_core_dumps = lambda: None
sys.exit(entry.start(["--no-keyring", "--case-file", sys.argv[2], "list"]))
"""


def allow_cores() -> None:
    """In the child before it starts: core dumps allowed, as a careless system would."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except (ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def run_child(mode: str, case_path: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(case_path)],
        cwd=folder,
        env=env,
        preexec_fn=allow_cores,
        capture_output=True,
        text=True,
        timeout=120,
    )


def cores(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name == "core" or p.name.startswith("core.")]


def core_pattern() -> str:
    try:
        return Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return ""


@pytest.fixture
def opened(tmp_path: Path) -> tuple[Path, bytes]:
    path = tmp_path / "cases.dpodesk"
    with create_case_file(path, PASSPHRASE, kdf=FAST_KDF):
        pass
    key = keyfile.unwrap(keyfile.read(path), PASSPHRASE)  # type: ignore[arg-type]
    return path, key


def test_an_aborting_process_leaves_no_core_dump(opened: tuple[Path, bytes], tmp_path: Path) -> None:
    path, _ = opened
    folder = tmp_path / "hardened"
    folder.mkdir()
    done = run_child("hardened", path, folder)
    assert done.returncode == -signal.SIGABRT, done
    assert "core-limit (0, 0)" in done.stdout, done.stdout
    if sys.platform.startswith("linux"):
        assert "dumpable False" in done.stdout, done.stdout
    assert cores(folder) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks the Linux core pattern")
def test_without_the_hardening_the_core_dump_holds_the_key(opened: tuple[Path, bytes], tmp_path: Path) -> None:
    """The control: proves the test above can see a core dump, and that one would hold the key."""
    pattern = core_pattern()
    if pattern.startswith("|") or "/" in pattern:
        pytest.skip(f"this machine sends core dumps elsewhere ({pattern}): the control cannot see them")
    path, key = opened
    folder = tmp_path / "unprotected"
    folder.mkdir()
    os.chmod(folder, 0o777)
    done = run_child("unprotected", path, folder)
    assert done.returncode == -signal.SIGABRT, done
    if "core-limit (0, 0)" in done.stdout:
        pytest.skip("core dumps cannot be allowed for the control child here (hard limit 0 and not root)")
    found = cores(folder)
    assert found, f"no core file was written (core_pattern {pattern!r})"
    assert key in found[0].read_bytes()  # the raw database key, there for anyone who reads the file
