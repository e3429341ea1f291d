"""A damaged page is called damaged, with the way out, by every command and by the window.

The file is damaged as a disk would: a byte flipped inside a page (its HMAC then fails), or the
file cut short at a page boundary. Then the real program is run on it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.rights import Right
from dpo_desk.services import cases
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import create_case_file, open_case_file
from dpo_desk.storage.errors import CaseFileDamaged

from .conftest import FAST_KDF, PASSPHRASE

PAGE = 4096
WAY_OUT = "Restore it from a backup"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A case file of 150 requests (about 60 pages), closed: everything is in the main file."""
    path = tmp_path_factory.mktemp("pristine") / "cases.dpodesk"
    with create_case_file(path, PASSPHRASE, kdf=FAST_KDF) as case:
        with case.unit_of_work() as session:
            add_organisation(session, OrganisationInput(code="IMV", legal_name="IMV Technologies"), user="dpo")
        with case.unit_of_work() as session:
            for n in range(150):
                cases.add_request(
                    session,
                    cases.NewRequest(
                        Channel.EMAIL,
                        date(2026, 1, 5),
                        cases.PersonInput("Anne", f"Martin{n}", (f"a{n}@example.fr",)),
                        (Right.ACCESS,),
                        summary=f"request {n} " + "texte " * 200,
                    ),
                    user="dpo",
                    today=date(2026, 1, 6),
                )
    return path


def damaged_copy(pristine: Path, folder: Path, how: str, page: int | None = None) -> Path:
    path = folder / "cases.dpodesk"
    shutil.copyfile(pristine, path)
    shutil.copyfile(pristine.with_name(pristine.name + "-key"), path.with_name(path.name + "-key"))
    pages = path.stat().st_size // PAGE
    with open(path, "r+b") as handle:
        if how.startswith("flip"):
            if page is None:
                page = {"flip-early": 3, "flip-middle": pages // 2, "flip-late": pages - 2}[how]
            handle.seek(page * PAGE + 1000)
            byte = handle.read(1)
            handle.seek(page * PAGE + 1000)
            handle.write(bytes([byte[0] ^ 0x40]))
        else:
            handle.truncate({"cut-half": pages // 2, "cut-tail": pages - 3}[how] * PAGE)
    return path


def cli(path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE, "DPO_DESK_CASE_FILE": str(path)}
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--no-keyring", *argv], env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
@pytest.mark.parametrize("how", ["flip-early", "flip-middle", "flip-late", "cut-half", "cut-tail"])
def test_every_command_says_damaged_with_the_way_out(pristine: Path, tmp_path: Path, how: str) -> None:
    path = damaged_copy(pristine, tmp_path, how)
    said_damaged = 0
    for argv in (
        ("list",),
        ("list", "--search", "Martin77"),
        ("show", "IMV-2026-0100"),
        ("note", "IMV-2026-0120", "checked"),
        ("--read-only", "list", "--json"),
    ):
        done = cli(path, *argv)
        assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr, (how, argv, done.stderr)
        if done.returncode != 0:
            assert "is damaged" in done.stderr and WAY_OUT in done.stderr, (how, argv, done.stderr)
            said_damaged += 1
    verified = cli(path, "verify")
    assert verified.returncode == 1, verified
    assert "restore the latest good backup" in verified.stdout or WAY_OUT in verified.stderr
    assert said_damaged, f"{how}: no command noticed the damage"


def test_the_storage_layer_says_damaged_in_words(pristine: Path, tmp_path: Path) -> None:
    """Whichever page of what the list reads is damaged, the list says so in words (never DatabaseError)."""
    from dpo_desk.services.case_list import ListFilter, list_requests

    pages = pristine.stat().st_size // PAGE
    said_damaged = 0
    for page in range(2, pages, 3):  # pages spread over the file: tables, indexes, the people's names
        folder = tmp_path / f"page-{page}"
        folder.mkdir()
        path = damaged_copy(pristine, folder, "flip-middle", page=page)
        try:
            case = open_case_file(path, passphrase=PASSPHRASE, use_keyring=False)
        except CaseFileDamaged:
            continue  # the schema's own page: opening says so (tested by the commands above)
        try:
            with case.reader() as conn:
                list_requests(conn, ListFilter(limit=1000), today=date(2026, 1, 6))
        except CaseFileDamaged as exc:
            assert re.search(f"cases.dpodesk is damaged .*{WAY_OUT}", str(exc), re.S), str(exc)
            said_damaged += 1
        finally:
            case.close()
    assert said_damaged, "no damaged page was read by the list: the test proves nothing"


@pytest.mark.gui
def test_the_window_says_damaged(pristine: Path, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow

    path = damaged_copy(pristine, tmp_path, "flip-middle")
    case = open_case_file(path, passphrase=PASSPHRASE, use_keyring=False)
    window = MainWindow(Workbench(case, "dpo", today=lambda: date(2026, 1, 6)))
    qtbot.addWidget(window)
    window.show()  # its first page of the list reads the damaged page

    def box() -> QMessageBox | None:
        shown = [b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
    assert "cases.dpodesk is damaged" in box().text() and WAY_OUT in box().text()
    assert "DatabaseError" not in box().text()
    window.close()
    case.close()
