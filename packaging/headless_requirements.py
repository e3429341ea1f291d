"""The requirements of DPO Desk and its test extra, less Qt: for `make test-headless`.

Prints one requirement a line (pyproject.toml's own specifiers), leaving out PySide6 and pytest-qt,
so that the tests that need no Qt are shown to run where Qt is not installed.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

QT = ("pyside6", "shiboken6", "pytest-qt")


def _name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement)
    return re.sub(r"[-_.]+", "-", match.group(0)).lower() if match else ""


def headless_requirements(pyproject: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    return [req for req in wanted if not _name(req).startswith(QT)]


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    sys.stdout.write("".join(f"{req}\n" for req in headless_requirements(root / "pyproject.toml")))
