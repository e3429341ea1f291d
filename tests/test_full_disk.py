"""A full disk is said as such, never "damaged": on a real small file system (tmpfs) the test mounts.

Mounting needs root, as CI runs; elsewhere these tests are skipped with that reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import create_case_file, open_case_file
from dpo_desk.storage.errors import CaseFileError
from dpo_desk.storage.failures import DiskFull

from .conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs is Linux's")

FULL = "is full; nothing was changed"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MiB tmpfs mounted for this test only."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root): the full-disk tests did not run")
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs", str(mount)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"this machine refuses to mount a tmpfs ({done.stderr.strip()}): the full-disk tests did not run")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int) -> None:
    """Fill the disk until only `leave` bytes are free (0: completely)."""
    free = shutil.disk_usage(disk).free - leave
    with open(disk / "filler", "ab") as handle:
        chunk = b"\0" * (1 << 20)
        while free > 0:
            try:
                handle.write(chunk[: min(len(chunk), free)])
                handle.flush()
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                break
            free -= min(len(chunk), free)
    if leave == 0:  # whatever tmpfs still had in part-pages
        with contextlib.suppress(OSError), open(disk / "filler-2", "ab") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()


def case_on(disk: Path) -> Path:
    path = disk / "cases.dpodesk"
    with create_case_file(path, PASSPHRASE, kdf=FAST_KDF) as case, case.unit_of_work() as session:
        organisation = OrganisationInput(code="IMV", legal_name="IMV Technologies", dpo_email="dpo@imv.example")
        add_organisation(session, organisation, user="dpo")
    return path


def cli(path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DPO_DESK_PASSPHRASE": PASSPHRASE, "DPO_DESK_CASE_FILE": str(path)}
    return subprocess.run(
        [sys.executable, "-m", "dpo_desk", "--no-keyring", *argv], env=env, capture_output=True, text=True, timeout=120
    )


ADD = ("add", "--channel", "email", "--received", "2026-01-05", "--rights", "access", "--last-name", "Martin")
COMMANDS = {
    "add": (*ADD, "--text", "x" * 60_000),
    "note": ("note", "IMV-2026-0001", "y" * 60_000),
    "backup": ("backup",),
    "verify": ("verify",),
    "list": ("list",),
}


@pytest.mark.slow
@pytest.mark.parametrize("leave", [12 * 1024, 0], ids=["12-KiB-free", "0-bytes-free"])
def test_every_command_says_the_disk_is_full_and_changes_nothing(small_disk: Path, leave: int) -> None:
    path = case_on(small_disk)
    assert cli(path, *ADD).returncode == 0  # IMV-2026-0001, and today's automatic backup
    fill(small_disk, leave)
    for name, argv in COMMANDS.items():
        done = cli(path, *argv)
        said = done.stderr
        assert "damaged" not in said and "unexpected error" not in said and "Traceback" not in said, (name, said)
        if done.returncode != 0:  # a command that reads may still succeed on a full disk; one that fails says why
            assert f"The disk holding {small_disk} {FULL}" in said, (name, said)
            assert done.returncode == 1
    for extra in (small_disk / "filler", small_disk / "filler-2"):
        extra.unlink(missing_ok=True)
    with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as case:
        from dpo_desk.services.integrity import verify_case_file

        assert verify_case_file(case).ok
        with case.reader() as conn:  # nothing half-written: the one request logged before, its single note-free history
            assert conn.execute("SELECT count(*) FROM request").fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM event WHERE kind = 'note'").fetchone()[0] == 0


@pytest.mark.parametrize("leave", [40_000, 0], ids=["40-kB-free", "0-bytes-free"])
def test_creating_a_case_file_on_a_full_disk_leaves_nothing(small_disk: Path, leave: int) -> None:
    fill(small_disk, leave)
    path = small_disk / "new.dpodesk"
    done = cli(path, "init", "--org-code", "IMV", "--org-name", "IMV Technologies")
    assert done.returncode == 1, done
    assert (
        done.stderr.strip() == f"dpo-desk: The disk holding {small_disk} {FULL}. Free some space on it, then try again."
    )
    assert sorted(p.name for p in small_disk.iterdir()) == [
        n for n in ("filler", "filler-2") if (small_disk / n).exists()
    ]


def test_a_letter_kept_then_not_saved_to_a_full_disk_is_said_kept(small_disk: Path, tmp_path: Path) -> None:
    """The case file is elsewhere; only the PDF's folder is full: the letter is kept, and said so."""
    path = case_on(tmp_path)
    assert cli(path, *ADD).returncode == 0
    fill(small_disk, 0)
    done = cli(path, "letter", "IMV-2026-0001", "acknowledgement", "-o", str(small_disk / "ack.pdf"))
    assert done.returncode == 1, done
    assert "nothing was" not in done.stderr, done.stderr
    assert f"the change was saved in the case file; then the disk holding {small_disk} was full" in done.stderr
    with open_case_file(path, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as case, case.reader() as conn:
        assert conn.execute("SELECT count(*) FROM letter").fetchone()[0] == 1


def test_the_storage_layer_raises_disk_full_not_damaged(small_disk: Path) -> None:
    path = case_on(small_disk)
    fill(small_disk, 12 * 1024)
    from sqlalchemy import text

    with pytest.raises(CaseFileError) as raised:  # on opening (its write-ahead log) or on writing
        case = open_case_file(path, passphrase=PASSPHRASE, use_keyring=False)
        try:
            with case.unit_of_work() as session:
                session.execute(text("INSERT INTO meta(key, value) VALUES ('big', :v)"), {"v": "z" * 200_000})
        finally:
            case.close()
    assert isinstance(raised.value, DiskFull), raised.value
    assert str(raised.value) == (
        f"The disk holding {small_disk} is full; nothing was changed. Free some space on it, then try again."
    )


@pytest.mark.gui
def test_the_window_says_the_disk_is_full(small_disk: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from dpo_desk.front_door.workbench import Workbench
    from dpo_desk.ui.main_window import MainWindow
    from dpo_desk.ui.text_dialog import TextDialog

    path = case_on(small_disk)
    assert cli(path, *ADD).returncode == 0
    case = open_case_file(path, passphrase=PASSPHRASE, use_keyring=False)
    window = MainWindow(Workbench(case, "dpo"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.refreshed, timeout=10_000):
        window.show()
    window.table.selectRow(0)
    fill(small_disk, 0)
    qtbot.mouseClick(window.detail.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(TextDialog)), timeout=5000)
    dialog = next(d for d in window.findChildren(TextDialog) if d.isVisible())
    dialog.editor.setPlainText("w" * 300_000)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _box(window) is not None, timeout=10_000)
    box = _box(window)
    assert f"The disk holding {small_disk} is full; nothing was changed" in box.text()
    assert "damaged" not in box.text()
    box.done(QMessageBox.StandardButton.Ok)
    for extra in (small_disk / "filler", small_disk / "filler-2"):
        extra.unlink(missing_ok=True)
    window.close()
    case.close()
    with (
        open_case_file(path, passphrase=PASSPHRASE, use_keyring=False, read_only=True) as again,
        again.reader() as conn,
    ):
        assert conn.execute("SELECT count(*) FROM event WHERE kind = 'note'").fetchone()[0] == 0


def _box(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    boxes = [b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    return boxes[0] if boxes else None
