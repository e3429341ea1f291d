"""No GPL or AGPL in what the bundle ships: every runtime dependency's licence, read from its metadata."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import check_licences  # noqa: E402


@pytest.mark.qt  # the runtime dependencies include PySide6: checked where it is installed
def test_every_runtime_dependency_has_an_accepted_licence() -> None:
    found = check_licences.check()
    names = {f.name.lower().replace("_", "-") for f in found}
    assert {"pyside6-essentials", "sqlcipher3", "aspose-email-foss", "cryptography", "reportlab"} <= names
    assert not any(n in names for n in ("pytest", "ruff", "pyinstaller", "hypothesis"))  # tools, not shipped
    refused = [f for f in found if not f.ok]
    assert refused == [], refused


@pytest.mark.parametrize(
    ("alternatives", "ok"),
    [
        (["GPL-3.0-only"], False),
        (["AGPL-3.0-or-later"], False),
        (["GPL-2.0-or-later"], False),
        (["LGPL-3.0-only", "GPL-2.0-only", "GPL-3.0-only"], True),  # PySide6: we take the LGPL
        (["MIT AND GPL-3.0-only"], False),
        (["Apache-2.0", "BSD-3-Clause"], True),
        ([], False),  # no licence stated: refused until a person reads it
    ],
)
def test_the_rule(alternatives: list[str], ok: bool) -> None:
    assert (check_licences.verdict(alternatives) == "ok") is ok


@pytest.mark.qt  # as above
def test_the_check_as_ci_runs_it() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "check_licences.py")], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
    assert "0 refused." in done.stdout


def test_aspose_email_foss_is_capped_below_its_next_major_release() -> None:
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    (aspose,) = [d for d in dependencies if d.startswith("aspose-email-foss")]
    from packaging.requirements import Requirement

    specifier = Requirement(aspose).specifier
    assert "26.3" in specifier and "26.99" in specifier and "27.0" not in specifier
