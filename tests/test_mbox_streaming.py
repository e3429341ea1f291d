"""An mbox is streamed, in memory flat, and imported in batches that leave nothing half-imported (issue #19).

The mboxes are made of the real emails of the shared corpus (tests/corpora.py), written by the
standard library's mailbox module, and imported into a real case file.
"""

from __future__ import annotations

import gc
import json
import mailbox
import select
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.services import email_import
from dpo_desk.services.email_import import import_stream
from dpo_desk.services.email_intake import MAX_MESSAGE_BYTES
from dpo_desk.services.integrity import verify_case_file
from dpo_desk.services.mbox_reader import mbox_messages
from dpo_desk.services.organisations import OrganisationInput, add_organisation
from dpo_desk.storage.casefile import CaseFile, create_case_file, open_case_file

from .conftest import FAST_KDF, PASSPHRASE, TODAY
from .corpora import apply
from .test_email_intake import CORPUS_MARKS, MESSAGES

REQUEST = (
    "From: Jeanne Lefèvre <jeanne{n}@example.fr>\r\nTo: dpo@imv.example\r\nSubject: Demande RGPD\r\n"
    "Date: Tue, 3 Mar 2026 10:00:00 +0100\r\nMessage-ID: <req{n}@example.fr>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nMerci de supprimer mes données.\r\n"
)


def _mbox(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.mbox(path)
    for raw in messages:
        box.add(raw)
    box.flush()
    box.close()
    return path


def _corpus(times: int) -> list[bytes]:
    return [path.read_bytes() for _ in range(times) for path in MESSAGES]


@apply(*CORPUS_MARKS)
def test_the_reader_frames_messages_as_the_standard_library_does(tmp_path: Path) -> None:
    path = _mbox(tmp_path / "corpus.mbox", [*_corpus(1), REQUEST.format(n=1).encode() + b"From now on, stop.\r\n"])
    box = mailbox.mbox(path, create=False)
    expected = [box.get_bytes(key) for key in box.iterkeys()]
    box.close()
    with open(path, "rb") as handle:
        assert list(mbox_messages(handle, MAX_MESSAGE_BYTES)) == expected
    assert len(expected) == len(MESSAGES) + 1 and b">From now on" in expected[-1]


def _peak_while_importing(case: CaseFile, path: Path) -> tuple[int, int]:
    """(peak traced bytes above the start, messages) of importing `path`, the outcomes let go as they come."""
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        count = 0
        for outcome in import_stream(case, [path], user="lucas", today=TODAY):
            assert outcome.outcome in ("imported", "duplicate", "needs_triage", "error")
            count += 1
        return tracemalloc.get_traced_memory()[1] - start, count
    finally:
        tracemalloc.stop()


@apply(*CORPUS_MARKS)
def test_a_large_mbox_is_imported_in_flat_memory(
    case: CaseFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Memory is that of one batch (its outcomes): batches smaller than the files show it does not grow.
    monkeypatch.setattr(email_import, "BATCH_MESSAGES", 20)
    warm = _mbox(tmp_path / "warm.mbox", [REQUEST.format(n=n).encode() for n in range(5)] + _corpus(1)[:25])
    small = _mbox(tmp_path / "small.mbox", _corpus(1))
    large = _mbox(tmp_path / "large.mbox", _corpus(3))
    _peak_while_importing(case, warm)  # caches warmed
    small_peak, small_count = _peak_while_importing(case, small)
    large_peak, large_count = _peak_while_importing(case, large)
    print(f"peak {small_peak} for {small.stat().st_size} bytes, {large_peak} for {large.stat().st_size} bytes")
    assert (small_count, large_count) == (len(MESSAGES), 3 * len(MESSAGES))
    grown = large.stat().st_size - small.stat().st_size
    # Holding the messages (or their outcomes' bytes) would add at least the bytes the large file has more.
    assert large_peak - small_peak < grown / 4, (small_peak, large_peak, grown)


def test_a_message_over_the_limit_is_refused_without_being_held(case: CaseFile, tmp_path: Path) -> None:
    path = tmp_path / "big.mbox"
    with open(path, "wb") as handle:
        handle.write(b"From a@example.fr Tue Mar  3 10:00:00 2026\n" + REQUEST.format(n=1).encode() + b"\n")
        handle.write(b"From b@example.fr Tue Mar  3 10:00:00 2026\nSubject: scan\n\n")
        line = b"A" * 998 + b"\n"
        for _ in range((MAX_MESSAGE_BYTES + 4 * 1024 * 1024) // len(line)):
            handle.write(line)
        handle.write(b"\nFrom c@example.fr Tue Mar  3 10:00:00 2026\n" + REQUEST.format(n=2).encode())
    tracemalloc.start()
    try:
        outcomes = list(import_stream(case, [path], user="lucas", today=TODAY))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [o.outcome for o in outcomes] == ["imported", "error", "imported"]
    assert "54 MB" in outcomes[1].message and "50 MB" in outcomes[1].message
    assert peak < MAX_MESSAGE_BYTES / 4, peak


BATCH = 20
IMPORTER = """
import sys
from datetime import date
from pathlib import Path

from dpo_desk.services import email_import
from dpo_desk.storage.casefile import open_case_file

email_import.BATCH_MESSAGES = int(sys.argv[3])
case = open_case_file(Path(sys.argv[1]), passphrase=sys.argv[4], use_keyring=False)
for outcome in email_import.import_stream(case, [Path(sys.argv[2])], user="lucas", today=date(2026, 3, 5)):
    print(outcome.reference, flush=True)  # acknowledged once its batch is saved
"""


def test_a_crash_during_an_import_leaves_whole_batches_of_whole_messages(case_path: Path, tmp_path: Path) -> None:
    created = create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)
    with created.transaction() as session:
        imv = OrganisationInput(code="IMV", legal_name="IMV", dpo_email="dpo@imv.example")
        add_organisation(session, imv, user="dpo")
    created.close()
    mbox = _mbox(tmp_path / "requests.mbox", [REQUEST.format(n=n).encode() for n in range(2000)])
    child = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(case_path), str(mbox), str(BATCH), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # its email reader, left alone by the kill, says so as it stops
    )
    assert child.stdout is not None
    first = child.stdout.readline()  # the first batch saved
    assert first.strip(), "the import saved nothing"
    select.select([child.stdout], [], [], 0.5)
    child.kill()
    child.wait()
    buffer = first + child.stdout.read()
    child.stdout.close()
    acknowledged = {line for line in buffer.decode().splitlines() if line}
    with open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False) as case:
        assert verify_case_file(case).ok
        with case.session() as session:
            stored = {r for (r,) in session.execute(text("SELECT reference FROM request"))}
            incomplete = session.execute(
                text(
                    "SELECT count(*) FROM request WHERE message_id = '' "
                    "OR NOT EXISTS (SELECT 1 FROM person WHERE person.id = request.person_id) "
                    "OR NOT EXISTS (SELECT 1 FROM request_right r WHERE r.request_id = request.id) "
                    "OR (SELECT count(*) FROM attachment a WHERE a.request_id = request.id AND a.kind = 'email') != 1 "
                    "OR NOT EXISTS (SELECT 1 FROM event e WHERE e.request_id = request.id)"
                )
            ).scalar_one()
            people = session.execute(text("SELECT count(*) FROM person")).scalar_one()
    assert acknowledged <= stored and stored  # every saved batch is there
    assert len(stored) % BATCH == 0 and len(stored) < 2000, len(stored)  # whole batches, cut by the kill
    assert incomplete == 0 and people == len(stored)  # each message whole: no person left without its request


def _cli_import(case_path: Path, capfd: pytest.CaptureFixture[str], *paths: Path) -> tuple[int, int, list[dict]]:
    """(exit code, peak traced bytes above the start, the --json outcomes) of `dpo-desk import-email`."""
    from dpo_desk.cli.main import main

    capfd.readouterr()
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        code = main(["--case-file", str(case_path), "import-email", *map(str, paths), "--json"])
        peak = tracemalloc.get_traced_memory()[1] - start
    finally:
        tracemalloc.stop()
    out = capfd.readouterr().out  # written to a file as it came (capfd), not held by the process
    return code, peak, json.loads(out)


@apply(*CORPUS_MARKS)
def test_the_cli_imports_mboxes_and_emails_in_batches_in_flat_memory(
    case: CaseFile, case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    case.close()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(email_import, "BATCH_MESSAGES", 20)
    corpus = _mbox(tmp_path / "corpus.mbox", _corpus(1))
    eml = tmp_path / "request.eml"
    eml.write_bytes(REQUEST.format(n="eml").encode())
    code, _, out = _cli_import(case_path, capfd, eml, corpus)  # the day's backup made, caches warmed
    assert code in (0, 1) and len(out) == 1 + len(MESSAGES)
    assert (out[0]["file"], out[0]["outcome"]) == ("request.eml", "imported")
    assert [o["file"] for o in out[1:3]] == ["corpus.mbox#1", "corpus.mbox#2"]
    # Memory is that of a batch: four times the messages (each logged, each said) costs no more.
    small = _mbox(tmp_path / "small.mbox", [REQUEST.format(n=f"s{n}").encode() for n in range(100)])
    large = _mbox(tmp_path / "large.mbox", [REQUEST.format(n=f"l{n}").encode() for n in range(400)])
    _, small_peak, small_out = _cli_import(case_path, capfd, small)
    _, large_peak, large_out = _cli_import(case_path, capfd, large)
    assert [o["outcome"] for o in small_out + large_out] == ["imported"] * 500
    assert large_peak - small_peak < 300 * 1024, (small_peak, large_peak)  # 300 more outcomes held: ~600 KB
    with open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False) as reopened:
        assert verify_case_file(reopened).ok
        with reopened.session() as session:
            stored = session.execute(text("SELECT count(*) FROM request")).scalar_one()
    imported = [o for o in [*out, *small_out, *large_out] if o["outcome"] == "imported"]
    assert stored == len(imported) and len({o["reference"] for o in imported}) == stored
