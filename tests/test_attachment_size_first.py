"""An attachment is refused by its size before it is read (issue #19): a 2 GB scan costs no memory."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from dpo_desk.cli.main import main
from dpo_desk.services import cases
from dpo_desk.services.errors import ActionRefused

from .conftest import PASSPHRASE, TODAY


def _sparse(path: Path, size: int) -> Path:
    with open(path, "wb") as f:
        f.truncate(size)
    return path


def test_a_2_gb_file_is_refused_without_being_read(tmp_path: Path) -> None:
    scan = _sparse(tmp_path / "scan.pdf", 2 * 1024**3)
    tracemalloc.start()
    try:
        with pytest.raises(ActionRefused) as refused:
            cases.file_from_path(scan, "scan")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024
    assert "scan.pdf is 2048.0 MB; attachments are limited to 50 MB" in str(refused.value)


def test_a_file_just_over_the_limit_is_refused_and_one_at_the_limit_taken(tmp_path: Path) -> None:
    over = _sparse(tmp_path / "over.pdf", cases.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(ActionRefused, match="attachments are limited to 50 MB"):
        cases.file_from_path(over)
    at = _sparse(tmp_path / "at.pdf", cases.MAX_ATTACHMENT_BYTES)
    taken = cases.file_from_path(at, "scan")
    assert (taken.filename, len(taken.data), taken.kind) == ("at.pdf", cases.MAX_ATTACHMENT_BYTES, "scan")


def test_the_cli_refuses_a_2_gb_attachment_in_words_and_small_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("DPO_DESK_CASE_FILE", str(tmp_path / "cases.dpodesk"))
    assert main(["init", "--org-code", "IMV", "--org-name", "IMV Technologies"]) == 0
    capsys.readouterr()
    scan = _sparse(tmp_path / "courrier.pdf", 2 * 1024**3)
    argv = ["add", "--channel", "post", "--received", TODAY.isoformat(), "--last-name", "Lefèvre"]
    argv += ["--rights", "access", "--attach", str(scan)]
    tracemalloc.start()
    try:
        code = main(argv)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err
    assert code != 0, err
    assert "courrier.pdf is 2048.0 MB; attachments are limited to 50 MB" in err
    assert peak < 64 * 1024 * 1024
    assert main(["list"]) == 0
    assert "No request matches." in capsys.readouterr().out
