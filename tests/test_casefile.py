"""The encrypted case file on disk: what it protects, and how it fails in words."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import keyring
import pytest
from sqlalchemy import text

from dpo_desk.domain.channels import Channel
from dpo_desk.domain.rights import Right
from dpo_desk.services import cases
from dpo_desk.storage import keyfile, keystore
from dpo_desk.storage.backup import backups_folder
from dpo_desk.storage.casefile import CaseFile, create_case_file, open_case_file
from dpo_desk.storage.errors import (
    CaseFileDamaged,
    CaseFileExists,
    CaseFileLocked,
    KeyFileMissing,
    NewerCaseFile,
    NotACaseFile,
    PassphraseRequired,
    WeakPassphrase,
    WrongPassphrase,
)
from dpo_desk.storage.lock import lock_path

from .conftest import FAST_KDF, PASSPHRASE, TODAY, MemoryKeyring

MARKER = "Zéphyrin-Quibbleworth-7731"


def _log_marker_request(case: CaseFile) -> None:
    with case.unit_of_work() as session:
        cases.add_request(
            session,
            cases.NewRequest(
                channel=Channel.POST,
                received_on=TODAY,
                person=cases.PersonInput(first_name=MARKER, last_name="Durand", emails=("zq@example.fr",)),
                rights=(Right.ACCESS,),
                summary=f"Please send me everything about {MARKER}",
                files=(cases.FileInput("scan.txt", f"letter from {MARKER}".encode()),),
            ),
            user="staff",
            today=TODAY,
        )


def _files_of(case_path: Path) -> list[Path]:
    return sorted(p for p in case_path.parent.iterdir() if p.name.startswith(case_path.name.split(".")[0]))


def test_case_data_never_reaches_the_disk_in_plaintext(case: CaseFile, case_path: Path) -> None:
    _log_marker_request(case)
    # While open (WAL and shared memory present) and after closing.
    for moment in ("open", "closed"):
        files = _files_of(case_path)
        assert case_path in files
        for path in files:
            data = path.read_bytes()
            for needle in (MARKER.encode(), MARKER.encode("utf-16-le"), b"CREATE TABLE", b"SQLite format 3"):
                assert needle not in data, f"{needle!r} found in {path.name} ({moment})"
        case.close()
    with open_case_file(case_path, passphrase=PASSPHRASE) as reopened, reopened.reader(orm=True) as reading:
        assert MARKER in cases.get_request(reading.orm, f"IMV-{TODAY.year}-0001", today=TODAY).person_name


def test_the_database_opens_only_with_its_raw_key(case: CaseFile, case_path: Path) -> None:
    case.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(case_path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    import sqlcipher3

    conn = sqlcipher3.connect(str(case_path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")  # the passphrase is not the database key
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_pragmas_and_cipher_settings(case: CaseFile) -> None:
    with case._raw() as raw:
        assert raw.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA cache_size").fetchone()[0] == -65536


def test_files_are_private_to_their_owner(case: CaseFile, case_path: Path) -> None:
    _log_marker_request(case)
    for path in (case_path, keyfile.key_file_path(case_path), lock_path(case_path)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_wrong_passphrase_is_reported_and_changes_nothing(case: CaseFile, case_path: Path) -> None:
    case.close()
    before = {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in _files_of(case_path)}
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        open_case_file(case_path, passphrase="not the passphrase at all")
    after = {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in _files_of(case_path)}
    assert after == before  # no new file (no -wal, no lock left), nothing modified


def test_random_file_gets_its_own_message(tmp_path: Path) -> None:
    path = tmp_path / "holiday-photos.dpodesk"
    path.write_bytes(os.urandom(8192))
    with pytest.raises(KeyFileMissing, match="not a DPO Desk case file, or the key file"):
        open_case_file(path, passphrase=PASSPHRASE)
    odd = tmp_path / "notes.txt"
    odd.write_text("shopping list")
    with pytest.raises(NotACaseFile, match="is not a DPO Desk case file"):
        open_case_file(odd, passphrase=PASSPHRASE)


def test_random_file_with_a_key_file_is_reported_as_damaged(case_path: Path, tmp_path: Path) -> None:
    create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF).close()
    impostor = tmp_path / "other.dpodesk"
    impostor.write_bytes(os.urandom(8192))
    keyfile.key_file_path(impostor).write_bytes(keyfile.key_file_path(case_path).read_bytes())
    with pytest.raises(CaseFileDamaged, match="cannot be decrypted"):
        open_case_file(impostor, passphrase=PASSPHRASE)


def test_plain_sqlite_database_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "plain.dpodesk"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(NotACaseFile, match="unencrypted SQLite database"):
        open_case_file(path, passphrase=PASSPHRASE)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(NotACaseFile, match="There is no case file"):
        open_case_file(tmp_path / "nope.dpodesk", passphrase=PASSPHRASE)
    with pytest.raises(NotACaseFile, match="is a folder"):
        open_case_file(tmp_path, passphrase=PASSPHRASE)


def test_damaged_key_file(case: CaseFile, case_path: Path) -> None:
    case.close()
    keyfile.key_file_path(case_path).write_text("{not json")
    with pytest.raises(NotACaseFile, match=r"key file .* is damaged"):
        open_case_file(case_path, passphrase=PASSPHRASE)


def test_tampered_key_file_header_fails_like_a_wrong_passphrase(case: CaseFile, case_path: Path) -> None:
    case.close()
    path = keyfile.key_file_path(case_path)
    path.write_text(path.read_text().replace('"iterations": 1', '"iterations": 2'))
    with pytest.raises(WrongPassphrase):
        open_case_file(case_path, passphrase=PASSPHRASE)


def test_no_passphrase_and_no_keyring(case: CaseFile, case_path: Path) -> None:
    case.close()
    with pytest.raises(PassphraseRequired, match="passphrase is needed"):
        open_case_file(case_path, passphrase=None)
    with pytest.raises(PassphraseRequired):
        open_case_file(case_path, passphrase=lambda: None)


def test_weak_passphrase_and_existing_file(case_path: Path) -> None:
    with pytest.raises(WeakPassphrase, match="at least 10 characters"):
        create_case_file(case_path, "short", kdf=FAST_KDF)
    assert not case_path.exists()
    create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF).close()
    with pytest.raises(CaseFileExists):
        create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)


def test_remembered_key_opens_without_passphrase(case_path: Path, memory_keyring: MemoryKeyring) -> None:
    create_case_file(case_path, PASSPHRASE, remember=True, kdf=FAST_KDF).close()
    assert len(memory_keyring.secrets) == 1
    with open_case_file(case_path, passphrase=None) as opened:
        assert opened.file_id in next(iter(memory_keyring.secrets))[1]


def test_outdated_keyring_entry_falls_back_to_passphrase_and_never_mints_a_key(
    case_path: Path, memory_keyring: MemoryKeyring
) -> None:
    create_case_file(case_path, PASSPHRASE, remember=True, kdf=FAST_KDF).close()
    key_file_before = keyfile.key_file_path(case_path).read_bytes()
    (entry,) = memory_keyring.secrets
    memory_keyring.secrets[entry] = os.urandom(32).hex()
    with pytest.raises(PassphraseRequired):
        open_case_file(case_path, passphrase=None)
    with open_case_file(case_path, passphrase=PASSPHRASE):
        pass
    assert keyfile.key_file_path(case_path).read_bytes() == key_file_before


def test_without_a_secure_keyring_the_passphrase_still_works(case_path: Path) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    keyring.set_keyring(FailKeyring())
    created = create_case_file(case_path, PASSPHRASE, remember=True, kdf=FAST_KDF)
    assert any("Remembering the passphrase is unavailable" in n for n in created.notices)
    created.close()
    with open_case_file(case_path, passphrase=PASSPHRASE):
        pass
    assert keystore.availability() is not None


def test_an_untrusted_keyring_is_refused(case_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keystore, "TRUSTED_BACKENDS", {"keyring.backends.SecretService.Keyring"})
    created = create_case_file(case_path, PASSPHRASE, remember=True, kdf=FAST_KDF)
    assert any("no secure system keyring" in n for n in created.notices)
    created.close()


def test_a_keyring_that_hangs_does_not_hang_us(case_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    released = threading.Event()

    class Hanging(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            released.wait(10)
            return None

    create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF).close()
    keyring.set_keyring(Hanging())
    monkeypatch.setattr(keystore, "TRUSTED_BACKENDS", {f"{Hanging.__module__}.{Hanging.__qualname__}"})
    monkeypatch.setattr(keystore, "TIMEOUT_SECONDS", 0.2)
    started = time.monotonic()
    with open_case_file(case_path, passphrase=PASSPHRASE):
        pass
    released.set()
    assert time.monotonic() - started < 5


def test_change_passphrase_leaves_the_database_untouched(case: CaseFile, case_path: Path) -> None:
    _log_marker_request(case)
    case.close()
    digest = hashlib.sha256(case_path.read_bytes()).hexdigest()
    with open_case_file(case_path, passphrase=PASSPHRASE) as opened:
        with pytest.raises(WeakPassphrase):
            opened.change_passphrase(PASSPHRASE, "tiny")
        opened.change_passphrase(PASSPHRASE, "a brand new passphrase")
    assert hashlib.sha256(case_path.read_bytes()).hexdigest() == digest
    with pytest.raises(WrongPassphrase):
        open_case_file(case_path, passphrase=PASSPHRASE)
    with open_case_file(case_path, passphrase="a brand new passphrase"):
        pass


def test_rotate_key_re_encrypts_and_keeps_a_backup(
    case: CaseFile, case_path: Path, memory_keyring: MemoryKeyring
) -> None:
    _log_marker_request(case)
    case.remember_key()
    old_key = bytes.fromhex(next(iter(memory_keyring.secrets.values())))
    case.rotate_key(PASSPHRASE)
    # Still usable after rotation, in the same process.
    with case.reader(orm=True) as reading:
        assert reading.orm.execute(text("SELECT count(*) FROM request")).scalar_one() == 1
    case.close()
    new_key = bytes.fromhex(next(iter(memory_keyring.secrets.values())))
    assert new_key != old_key
    from dpo_desk.storage.connection import KeyDoesNotOpen, connect

    with pytest.raises(KeyDoesNotOpen):
        connect(case_path, old_key)
    connect(case_path, new_key).close()
    backups = list(backups_folder(case_path).glob("cases-*-before-key-rotation.dpodesk"))
    assert len(backups) == 1
    with (
        open_case_file(backups[0], passphrase=PASSPHRASE, use_keyring=False) as backup,
        backup.reader(orm=True) as reading,
    ):
        assert reading.orm.execute(text("SELECT count(*) FROM request")).scalar_one() == 1
    assert not keyfile.pending_path(case_path).exists()


def test_interrupted_rotation_opens_with_the_pending_key(case: CaseFile, case_path: Path) -> None:
    """Crash after the rekey committed but before the new key file was promoted."""
    _log_marker_request(case)
    case.close()
    from dpo_desk.storage.connection import connect

    sealed = keyfile.read(case_path)
    assert sealed is not None
    old_key = keyfile.unwrap(sealed, PASSPHRASE)
    new_key = keyfile.new_data_key()
    keyfile.write(case_path, keyfile.wrap(new_key, PASSPHRASE, sealed.file_id, FAST_KDF), pending=True)
    conn = connect(case_path, old_key)
    conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    conn.close()
    with (
        open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False) as opened,
        opened.reader(orm=True) as reading,
    ):
        assert reading.orm.execute(text("SELECT count(*) FROM request")).scalar_one() == 1
    assert not keyfile.pending_path(case_path).exists()
    reopened_key = keyfile.unwrap(keyfile.read(case_path), PASSPHRASE)  # type: ignore[arg-type]
    assert reopened_key == new_key


def test_newer_schema_is_refused(case: CaseFile, case_path: Path) -> None:
    with case.unit_of_work() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    case.close()
    with pytest.raises(NewerCaseFile, match="newer version of DPO Desk"):
        open_case_file(case_path, passphrase=PASSPHRASE)


def test_second_open_in_the_same_process_is_refused(case: CaseFile, case_path: Path) -> None:
    with pytest.raises(CaseFileLocked, match="already open"):
        open_case_file(case_path, passphrase=PASSPHRASE)


HOLDER = """
import sys
from dpo_desk.storage.casefile import open_case_file
case = open_case_file(sys.argv[1], passphrase=sys.argv[2], use_keyring=False)
print("ready", flush=True)
sys.stdin.read()
case.close()
"""


def _start_holder(case_path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(case_path), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    return proc


def test_a_second_writer_process_is_told_who_holds_the_file(case: CaseFile, case_path: Path) -> None:
    case.close()
    holder = _start_holder(case_path)
    try:
        with pytest.raises(CaseFileLocked) as refused:
            open_case_file(case_path, passphrase=PASSPHRASE)
        message = str(refused.value)
        assert f"process {holder.pid}" in message and "since" in message
        import getpass
        import socket

        assert getpass.getuser() in message and socket.gethostname() in message
        # Reading alongside the writer is allowed.
        with (
            open_case_file(case_path, passphrase=PASSPHRASE, read_only=True) as reader,
            reader.reader(orm=True) as reading,
        ):
            assert reading.orm.execute(text("SELECT count(*) FROM organisation")).scalar_one() == 1
    finally:
        holder.communicate("", timeout=30)
    with open_case_file(case_path, passphrase=PASSPHRASE):
        pass


def test_a_stale_lock_after_a_crash_is_recovered(case: CaseFile, case_path: Path) -> None:
    case.close()
    holder = _start_holder(case_path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.communicate(timeout=30)
    assert lock_path(case_path).exists()  # left behind by the crash
    with open_case_file(case_path, passphrase=PASSPHRASE) as opened:
        assert any("was not closed properly" in n for n in opened.notices)
    assert not lock_path(case_path).exists()


def test_read_only_open_refuses_writes(case: CaseFile, case_path: Path) -> None:
    case.close()
    with open_case_file(case_path, passphrase=PASSPHRASE, read_only=True) as reader:
        from dpo_desk.storage.errors import StorageFailure

        with pytest.raises(StorageFailure, match="cannot be written"), reader.unit_of_work() as session:
            session.execute(text("INSERT INTO meta(key, value) VALUES ('x', 'y')"))


def test_closing_twice_and_using_a_closed_file(case: CaseFile) -> None:
    case.close()
    case.close()
    from dpo_desk.storage.errors import CaseFileError

    with pytest.raises(CaseFileError, match="closed"), case.reader(orm=True):
        pass
    with pytest.raises(CaseFileError, match="closed"), case.unit_of_work():
        pass
    with pytest.raises(CaseFileError, match="closed"), case.reader():
        pass


def test_today_is_used_only_where_given() -> None:
    assert isinstance(TODAY, date)


def test_on_a_network_drive_no_wal_and_the_user_is_told(case_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dpo_desk.storage import casefile

    monkeypatch.setattr(casefile, "is_network_path", lambda path: True)
    created = create_case_file(case_path, PASSPHRASE, kdf=FAST_KDF)
    assert any("network drive" in n for n in created.notices)
    with created._raw() as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    created.close()
    with open_case_file(case_path, passphrase=PASSPHRASE) as reopened, reopened._raw() as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert any("network drive" in n for n in reopened.notices)
    assert not case_path.with_name(case_path.name + "-wal").exists()


def test_a_file_read_but_never_written_closes_cleanly(case_path, case) -> None:  # type: ignore[no-untyped-def]
    """Opening reads through the connection that unlocked the file (no ORM); closing then
    checkpoints it and releases the lock, so the next writer opens at once."""
    from dpo_desk.services.case_list import ListFilter, count_requests

    _log_marker_request(case)
    case.close()
    reopened = open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False)
    with reopened.reader() as conn:
        assert count_requests(conn, ListFilter(), today=TODAY) == 1
    assert reopened._pooled is None  # nothing needed SQLAlchemy
    reopened.close()
    assert not case_path.with_name(case_path.name + "-wal").exists()
    again = open_case_file(case_path, passphrase=PASSPHRASE, use_keyring=False)
    with again.reader(orm=True) as reading:  # the opening connection becomes the engine's first
        assert reading.orm.execute(text("SELECT count(*) FROM request")).scalar() == 1
    again.close()


def test_the_crypto_configuration_is_checked_on_opening(tmp_path: Path) -> None:
    """SHA-512 page authentication and in-memory temporary data are asserted, not assumed."""
    import sqlcipher3

    from dpo_desk.storage.casefile import _check_cipher
    from dpo_desk.storage.connection import connect
    from dpo_desk.storage.errors import CaseFileError

    sound = connect(tmp_path / "sound.db", os.urandom(32))
    _check_cipher(sound)
    sound.execute("PRAGMA temp_store = FILE")  # temporary tables and indices would go to disk
    with pytest.raises(CaseFileError, match="temp_store = 1"):
        _check_cipher(sound)
    sound.close()
    weak = sqlcipher3.connect(str(tmp_path / "weak.db"))
    weak.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    weak.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA1")
    weak.execute("PRAGMA temp_store = MEMORY")
    with pytest.raises(CaseFileError, match="cipher_hmac_algorithm = HMAC_SHA1"):
        _check_cipher(weak)
    weak.close()
