"""`dpo-desk --version` and `--self-test`, the checks a bundle is smoke-tested with."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk import __version__, self_test


@pytest.mark.qt  # the self-test builds the window
def test_version_and_self_test_from_the_real_program(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "", "TMPDIR": str(tmp_path)}  # no screen: it must not need one
    version = subprocess.run([sys.executable, "-m", "dpo_desk", "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0 and version.stdout.strip() == f"DPO Desk {__version__}"
    run = subprocess.run([sys.executable, "-m", "dpo_desk", "--self-test"], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["ok"] * len(self_test.STEPS)
    assert lines[-1] == "Self-test passed."
    assert list(tmp_path.iterdir()) == []  # its temporary case file is gone


def test_a_missing_resource_fails_the_self_test(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(self_test, "resources_dir", lambda: tmp_path)
    said: list[str] = []
    assert self_test.run_self_test(said.append) == 1
    assert said[0].startswith("FAILED  resources: missing from") and "fonts/DejaVuSans.ttf" in said[0]
