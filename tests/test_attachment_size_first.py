"""An attachment is refused by its size before it is read (issue #19): a 2 GB scan costs no memory."""

from __future__ import annotations

import hashlib
import io
import os
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.cli.main import main
from dpo_desk.services import cases
from dpo_desk.services.errors import ActionRefused
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.storage.casefile import CaseFile

from .conftest import PASSPHRASE, TODAY
from .test_cases import log


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
    # Taken, and not read yet: its bytes are read when it is stored, a chunk at a time.
    assert (taken.filename, taken.data, taken.kind, taken.path) == ("at.pdf", b"", "scan", at)


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
    assert code == 2, err  # a refusal, like the other refusals: nothing was done
    assert "courrier.pdf is 2048.0 MB; attachments are limited to 50 MB" in err
    assert peak < 64 * 1024 * 1024
    assert main(["list"]) == 0
    assert "No request matches." in capsys.readouterr().out


def _random_file(path: Path, size: int) -> bytes:
    """A file of `size` random bytes (random, so that no page or chunk is like another); its sha256."""
    digest = hashlib.sha256()
    with open(path, "wb") as f:
        for _ in range(size // (1024 * 1024)):
            chunk = os.urandom(1024 * 1024)
            digest.update(chunk)
            f.write(chunk)
    return digest.digest()


def test_a_40_mb_file_goes_in_and_out_byte_exact_a_chunk_at_a_time(case: CaseFile, tmp_path: Path) -> None:
    source = tmp_path / "dossier-rh.pdf"
    expected = _random_file(source, 40 * 1024 * 1024)
    reference = log(case, received=TODAY).reference
    item = cases.file_from_path(source, "document")
    tracemalloc.start()
    try:
        with case.unit_of_work() as session:
            cases.add_attachment(session, reference, item, user="dpo")
        _, stored_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        out = tmp_path / "out.pdf"
        with case.reader(orm=True) as reading, open(out, "wb") as f:
            document = next(a for a in cases.load_request(reading.orm, reference).attachments)
            size = cases.copy_attachment(reading.orm, document.id, f)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Memory held a few chunks of 1 MB, never the 40 MB.
    assert stored_peak < 8 * 1024 * 1024, stored_peak
    assert read_peak < 8 * 1024 * 1024, read_peak
    assert size == 40 * 1024 * 1024
    assert hashlib.sha256(out.read_bytes()).digest() == expected
    with case.reader(orm=True) as reading:
        name, media_type, data = cases.attachment_bytes(reading.orm, document.id)
    assert (name, media_type, hashlib.sha256(data).digest()) == ("dossier-rh.pdf", "application/pdf", expected)
    assert document.size == 40 * 1024 * 1024 and document.sha256 == expected.hex()
    verified = verify_case_file(case)
    assert verified.attachments_checked >= 1 and not verified.attachments, verified.attachments


def test_a_file_that_grows_while_it_is_stored_is_refused_and_nothing_is_kept(
    case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 " + b"x" * 3_000_000)
    reference = log(case, received=TODAY).reference
    item = cases.file_from_path(source, "scan")
    reading = cases._read

    def while_someone_writes(handle: io.BufferedIOBase, size: int, digest: object):  # type: ignore[no-untyped-def]
        with open(source, "ab") as more:  # the scanner is still writing when the file is stored
            more.write(b"more pages")
        yield from reading(handle, size, digest)  # type: ignore[arg-type]

    monkeypatch.setattr(cases, "_read", while_someone_writes)
    refused = pytest.raises(ActionRefused, match=r"scan\.pdf changed while it was being read; nothing was added")
    with refused, case.unit_of_work() as session:
        cases.add_attachment(session, reference, item, user="dpo")
    with case.reader(orm=True) as reading_case:
        assert cases.load_request(reading_case.orm, reference).attachments == []
        kinds = reading_case.orm.execute(text("SELECT kind FROM event")).scalars().all()
        blobs_left = reading_case.orm.execute(text("SELECT count(*) FROM attachment_blob")).scalar_one()
    assert "attachment_added" not in kinds and blobs_left == 0
