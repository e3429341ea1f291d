"""Without ../shared/corpora, the tests that need it skip saying so; in CI the same skip fails the run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NEEDS = "tests/test_email_worker.py::test_the_worker_reads_what_the_reader_reads"


@pytest.fixture
def clone_without_corpora(tmp_path: Path) -> Path:
    """The tests of this checkout, in a folder with no shared/ beside it (as a fresh clone is)."""
    clone = tmp_path / "clone"
    clone.mkdir()
    shutil.copy(ROOT / "pyproject.toml", clone)
    shutil.copytree(ROOT / "tests", clone / "tests", ignore=shutil.ignore_patterns("__pycache__", "data"))
    return clone


def run(clone: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DPO_DESK_CI"} | env
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", NEEDS],
        cwd=clone,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_outside_ci_it_skips_with_the_reason(clone_without_corpora: Path) -> None:
    done = run(clone_without_corpora)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout and "needs the shared email corpus at" in done.stdout, done.stdout


def test_in_ci_the_skip_is_a_failure(clone_without_corpora: Path) -> None:
    done = run(clone_without_corpora, DPO_DESK_CI="1")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 error" in done.stdout or "1 failed" in done.stdout, done.stdout  # a skip at setup becomes an error
    assert "CI must run this test, but it was skipped: Skipped: needs the shared email corpus" in done.stdout
