"""A backup copies the encrypted file's bytes when it can hold the file still, else the backup API
(issue #19: the API re-encrypted every page, a third of a backup's time); both are verified copies."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

from dpo_desk.storage.casefile import CaseFile, open_case_file
from dpo_desk.storage.connection import connect

from .conftest import PASSPHRASE, TODAY
from .test_cases import log

PAGE = 4096


def _pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [data[i : i + PAGE] for i in range(0, len(data), PAGE)]


def _references(path: Path) -> list[str]:
    copy = open_case_file(path, passphrase=PASSPHRASE, use_keyring=False, read_only=True)
    with copy, copy.session() as session:
        return list(session.scalars(text("SELECT reference FROM request ORDER BY id")))


def test_a_file_held_still_is_copied_byte_for_byte_and_verified(case: CaseFile, tmp_path: Path) -> None:
    for n in range(30):
        log(case, received=TODAY - timedelta(days=3), email=f"p{n}@example.fr", summary="x" * 2000)
    made = case.backup(tmp_path / "copy.dpodesk")  # its last commits were only in the WAL: emptied first
    source, copy = _pages(case.path), _pages(made)
    assert len(copy) == len(source) > 20
    # The same encrypted pages (the backup API writes each again, under new random IVs): the header
    # page alone differs, where the copy is set to a journal of its own.
    assert copy[1:] == source[1:]
    assert len(_references(made)) == 30
    assert b"example.fr" not in made.read_bytes()  # still encrypted


def test_a_file_another_reader_holds_is_copied_by_the_backup_api_with_its_last_commit(
    case: CaseFile, tmp_path: Path
) -> None:
    first = log(case, received=TODAY, email="a@example.fr").reference
    reader = connect(case.path, case._require_key(), read_only=True)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM request").fetchone()  # a snapshot the WAL must keep
        second = log(case, received=TODAY, email="b@example.fr").reference  # in the WAL, not in the file
        made = case.backup(tmp_path / "copy.dpodesk")
    finally:
        reader.execute("ROLLBACK")
        reader.close()
    assert _references(made) == [first, second]
    assert _pages(made)[1:] != _pages(case.path)[1:]  # pages written again: the backup API's copy
