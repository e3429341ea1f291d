"""Set-up on a fresh machine: one script checks the Debian libraries Qt needs, for make and CI alike."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "system-libraries.sh"
# A real Debian package that no test needs installed, so that it is missing here.
ABSENT = "cowsay"

debian = pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="not a Debian system")


def _installed(package: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True)
    return "install ok installed" in result.stdout


@debian
def test_the_libraries_qt_needs_are_there_and_nothing_is_said() -> None:
    result = subprocess.run(["bash", str(SCRIPT), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""


@debian
def test_a_missing_package_is_named_with_the_command_that_installs_it() -> None:
    if _installed(ABSENT):
        pytest.skip(f"{ABSENT} is installed here")
    result = subprocess.run(["bash", str(SCRIPT), "--check", ABSENT], capture_output=True, text=True)
    assert result.returncode == 1
    assert f"Missing Debian packages: {ABSENT}" in result.stderr
    assert f"apt-get install -y --no-install-recommends {ABSENT}'" in result.stderr


@debian
def test_without_root_rights_it_prints_the_one_command_and_installs_nothing() -> None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to run the script as another user")
    if _installed(ABSENT):
        pytest.skip(f"{ABSENT} is installed here")
    as_nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    result = subprocess.run(
        [*as_nobody, "bash", str(SCRIPT), ABSENT],
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"]},
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"DPO Desk needs these Debian packages, which are not installed: {ABSENT}"
    commands = [line.strip() for line in lines if line.strip().startswith("sudo ")]
    assert commands == [f"sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends {ABSENT}'"]
    assert not _installed(ABSENT)


def test_make_run_make_test_and_ci_use_the_script() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("run", "test"):
        recipe = re.search(rf"^{target}:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
        assert recipe and "packaging/system-libraries.sh" in recipe.group(1).splitlines()[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'bash packaging/system-libraries.sh "${ci_packages[@]}"' in ci
    # The Qt list lives in the script only.
    assert "libxcb-icccm4" in SCRIPT.read_text(encoding="utf-8") and "libxcb-icccm4" not in ci
