"""Creating, opening, re-keying and closing an encrypted case file.

A case file is one SQLCipher 4 database (``*.dpodesk``) plus its key file (``*.dpodesk-key``,
see keyfile.py) and, while open for writing, a lock file (``*.dpodesk-lock``).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

import sqlcipher3

from .. import __version__
from ..explained import QT_TRANSLATE_NOOP, Words
from . import failures, keyfile, keystore, migrate
from .backup import (
    AUTOMATIC,
    BEFORE_KEY_ROTATION,
    BEFORE_UPGRADE,
    KEEP_AUTOMATIC,
    automatic_backup_due,
    backup_path,
    copy_encrypted,
    rotate_automatic,
    rotate_safety_copies,
)
from .connection import KeyDoesNotOpen, cipher_version, connect
from .door import Changed, NoWatch, Reader, SharedJob, StateChanged, Watch
from .errors import (
    CaseFileDamaged,
    CaseFileError,
    CaseFileExists,
    KeyFileMissing,
    KeyringUnavailable,
    NewerCaseFile,
    NotACaseFile,
    PassphraseRequired,
    StorageFailure,
    WeakPassphrase,
)
from .filesystems import is_network_path
from .lock import WriterLock
from .safe_files import make_private

if TYPE_CHECKING:  # SQLAlchemy loads when the first session is opened, after the window's first paint
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

SUFFIX = ".dpodesk"
MIN_PASSPHRASE_LENGTH = 10
SQLITE_MAGIC = b"SQLite format 3\x00"

PassphraseSource = Callable[[], str | None]


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(
            QT_TRANSLATE_NOOP(
                "Services",
                "The passphrase must have at least {minimum} characters. A few unrelated words are easy to "
                "remember and hard to guess.",
            ),
            minimum=MIN_PASSPHRASE_LENGTH,
        )


@dataclass
class CaseFile:
    """An open case file, the SQLCipher engine behind the storage door (door.py): `unit_of_work()`
    for writes, `reader()` for reads, `close()` when done.

    The SQLAlchemy engine is made on first use: until then, the connection that opened the file
    serves the plain-SQL reads (`reader()`) the window paints its first page from, and it becomes the
    engine's first pooled connection.
    """

    path: Path
    file_id: str
    read_only: bool
    on_network_drive: bool
    notices: list[str] = field(default_factory=list)
    _key: bytes | None = field(default=None, repr=False)
    _lock: WriterLock | None = field(default=None, repr=False)
    _first: sqlcipher3.Connection | None = field(default=None, repr=False)
    _pooled: Engine | None = field(default=None, repr=False)
    _sessions: sessionmaker[Session] | None = field(default=None, repr=False)
    _open: bool = field(default=True, repr=False)
    _guard: threading.RLock = field(default_factory=threading.RLock, repr=False)
    commits: int = field(default=0, repr=False)
    lock_notice: str | None = field(default=None, repr=False)  # said after closing, when there is one

    @property
    def is_open(self) -> bool:
        return self._open

    def _require_open(self) -> None:
        if not self._open:
            raise CaseFileError(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The case file is closed.",
                )
            )

    @property
    def _engine(self) -> Engine:
        """The pooled SQLAlchemy engine (storage's own: the services come in through the door)."""
        with self._guard:
            self._require_open()
            if self._pooled is None:
                spare = [self._first] if self._first is not None else []
                self._first = None
                self._pooled = _make_engine(
                    self.path,
                    self._require_key(),
                    wal=not self.on_network_drive,
                    read_only=self.read_only,
                    spare=spare,
                )
            return self._pooled

    # The door (door.py): a unit of work for writes, a reader for reads --------------------------

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action = one transaction: all of it is saved, or none of it.

        `commits` counts the transactions that were committed, so that whoever reports a failure
        that came afterwards (closing, printing) never says that nothing was saved. The plain
        queries run in it through `door.plain(session)`.
        """
        with self._session() as session, session.begin():
            yield session
        self.commits += 1

    @contextlib.contextmanager
    def reader(self, *, orm: bool = False) -> Iterator[Reader]:
        """A read-only connection for the plain queries (the case list, counts, detail, roles).

        Without `orm`, before the engine exists, this is the connection that opened the file (one
        user at a time), so the first page is read without loading SQLAlchemy; afterwards, a
        pooled one. With `orm`, a Session in one read transaction, whose own connection is the
        plain one: the ORM's reads and the queries' see the same state of the file. Nothing is
        saved: the plain connection is `query_only` while lent; the ORM session is rolled back
        (preparing a bundle records its export event and lets it go, see sending.py).
        """
        if orm:
            with self._session() as session:
                yield Reader(self.plain(session), session)
            return
        with self._plain_connection() as conn, _query_only(conn, self.read_only):
            yield Reader(conn)

    def plain(self, session: Session) -> sqlcipher3.Connection:
        """The session's own driver connection, in its transaction, with its pending changes flushed."""
        session.flush()
        return session.connection().connection.driver_connection

    def verify(self) -> list[str]:
        """SQLite's and SQLCipher's integrity checks on the whole file; the problems they name."""
        with self._raw() as conn:
            problems = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
            pages = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        return [p for p in problems if p != "ok"] + pages

    def _session(self) -> Session:
        """A session; leaving its `with` block turns a failure of the disk or the file into its true
        message (failures.py): "the disk holding … is full", "… is damaged", never a driver error."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            with failures.explained(self.path):
                self._sessions = sessionmaker(
                    self._engine,
                    class_=_explained_session_class(),
                    expire_on_commit=False,
                    info={"case_path": self.path, "door": self},
                )
        self._require_open()
        return self._sessions()

    @contextlib.contextmanager
    def _plain_connection(self) -> Iterator[sqlcipher3.Connection]:
        with failures.explained(self.path):
            with self._guard:
                self._require_open()
                first = self._first if self._pooled is None else None
                if first is not None:
                    yield first
                    return
            pooled = self._engine.raw_connection()
            try:
                yield pooled.driver_connection
            finally:
                pooled.close()

    @contextlib.contextmanager
    def _raw(self) -> Iterator[sqlcipher3.Connection]:
        """A pooled driver connection, for pragmas and the backup API."""
        with failures.explained(self.path), self._engine.connect() as conn:
            yield conn.connection.driver_connection

    def checkpoint(self) -> None:
        """Move the write-ahead log into the file and empty it (after a purge: no old page lingers)."""
        if not self.read_only:
            with self._raw() as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def exclusive(self, job: SharedJob) -> contextlib.AbstractContextManager[None]:
        """Nothing to hold: the writer lock already makes this program the only one writing the file."""
        return contextlib.nullcontext()

    def watch_changes(self, on_change: Changed, on_state: StateChanged) -> Watch:
        """Nothing comes from elsewhere: this program is the only one writing the file (its lock)."""
        return NoWatch()

    def backup(self, target: Path | None = None, label: str = "manual") -> Path:
        """An encrypted, verified copy of the case file (with its key file); returns where it went."""
        target = target or backup_path(self.path, label)
        with self._raw() as raw:
            copy_encrypted(raw, target, self._require_key(), self.path)
        return target

    def automatic_backup(self, keep: int = KEEP_AUTOMATIC) -> Path | None:
        """The daily automatic backup, if one is due, then rotation; None when none was due."""
        if self.read_only or not automatic_backup_due(self.path):
            return None
        made = self.backup(label=AUTOMATIC)
        rotate_automatic(self.path, keep)
        return made

    def close(self) -> None:
        """Checkpoint, drop the key and release the lock. Safe to call twice."""
        with self._guard:
            if not self._open:
                return
            self._open = False
            engine, first = self._pooled, self._first
            self._pooled = self._first = self._sessions = None
        if engine is not None:
            from sqlalchemy.exc import DBAPIError

            if not self.read_only:
                with contextlib.suppress(DBAPIError), engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
        if first is not None:
            if not self.read_only:
                with contextlib.suppress(sqlcipher3.DatabaseError):
                    first.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            first.close()
        self._key = None
        if self._lock is not None:
            self.lock_notice = self._lock.release()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Key management -------------------------------------------------------------------------

    def _require_key(self) -> bytes:
        if self._key is None:
            raise CaseFileError(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The case file is closed.",
                )
            )
        return self._key

    def remember_key(self) -> None:
        """Let this computer open the file without the passphrase (OS keyring)."""
        keystore.remember(self.file_id, self._require_key())

    def forget_key(self) -> None:
        keystore.forget(self.file_id)

    def change_passphrase(self, current: str, new: str, kdf: keyfile.KdfParams | None = None) -> None:
        """Rewrap the data key under `new`; the database itself is not touched."""
        check_passphrase_strength(new)
        existing = _read_key_file(self.path)
        if keyfile.unwrap(existing, current) != self._require_key():
            raise CaseFileDamaged(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The key file does not belong to this case file.",
                )
            )
        updated = keyfile.wrap(self._require_key(), new, self.file_id, kdf or existing.kdf)
        keyfile.write(self.path, updated)

    def rotate_key(self, passphrase: str, kdf: keyfile.KdfParams | None = None) -> Path:
        """Re-encrypt the database under a new random key, verified before the old one is let go.

        Order: verified backup; the new key parked in ``-key.pending``; rekey; reopen with the new
        key and check both integrity pragmas; only then promote the pending key file and update
        the keyring. A crash at any step leaves a file that the current or the pending key opens.
        """
        if self.read_only:
            raise CaseFileError(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The case file is open read-only; its key cannot be changed.",
                )
            )
        old_key = self._require_key()
        existing = _read_key_file(self.path)
        if keyfile.unwrap(existing, passphrase) != old_key:
            raise CaseFileDamaged(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The key file does not belong to this case file.",
                )
            )
        kept = backup_path(self.path, BEFORE_KEY_ROTATION)
        with self._raw() as conn:
            copy_encrypted(conn, kept, old_key, self.path)
        rotate_safety_copies(self.path, BEFORE_KEY_ROTATION)
        new_key = keyfile.new_data_key()
        remembered = keystore.recall(self.file_id) == old_key
        # Phase 1: park the new key where open_case_file() will find it if we crash mid-way.
        keyfile.write(self.path, keyfile.wrap(new_key, passphrase, self.file_id, kdf or existing.kdf), pending=True)
        self._engine.dispose()
        conn = connect(self.path, old_key, wal=not self.on_network_drive)
        try:
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        finally:
            conn.close()
        # Phase 2: sqlite3_rekey_v2 can report success when its commit failed: reopen to verify.
        try:
            _verify_opens(self.path, new_key, wal=not self.on_network_drive)
        except KeyDoesNotOpen:
            keyfile.remove_pending(self.path)
            raise CaseFileDamaged(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Changing the encryption key failed; the case file still opens with its old key.",
                )
            ) from None
        # Phase 3: promote the new key.
        keyfile.promote_pending(self.path)
        with self._guard:
            self._key = new_key
            self._pooled = self._sessions = None  # made again, with the new key, when next used
        if remembered:
            with contextlib.suppress(KeyringUnavailable):
                keystore.remember(self.file_id, new_key)
        return kept


@contextlib.contextmanager
def _query_only(conn: sqlcipher3.Connection, already: bool) -> Iterator[None]:
    """`conn` refuses writes while lent to a reader (a file opened read-only always does)."""
    if already:
        yield
        return
    conn.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        conn.execute("PRAGMA query_only = OFF")


_SESSION_CLASS: type | None = None


def _explained_session_class() -> type:
    """A Session whose `with` block says what a failure of the disk or of the file means."""
    global _SESSION_CLASS
    if _SESSION_CLASS is None:
        from sqlalchemy.orm import Session as _Session

        class ExplainedSession(_Session):
            def __exit__(self, kind, error, traceback):  # type: ignore[no-untyped-def]
                super().__exit__(kind, error, traceback)
                if error is not None:
                    explanation = failures.explain(error, self.info.get("case_path", Path(".")))
                    if explanation is not None:
                        raise explanation from error

        _SESSION_CLASS = ExplainedSession
    return _SESSION_CLASS


def _verify_opens(path: Path, key: bytes, *, wal: bool) -> None:
    """Open `path` with `key` and run both integrity checks; raise if either fails."""
    conn = connect(path, key, wal=wal)
    try:
        problems = conn.execute("PRAGMA integrity_check").fetchall()
        if problems != [("ok",)] or conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise CaseFileDamaged(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{name} did not pass its integrity check.",
                ),
                name=path.name,
            )
    finally:
        conn.close()


def _read_key_file(path: Path) -> keyfile.KeyFile:
    found = keyfile.read(path)
    if found is None:
        raise KeyFileMissing(_missing_key_message(path))
    return found


def _missing_key_message(path: Path) -> str:
    return (
        f"The key file {keyfile.key_file_path(path).name} that belongs with {path.name} is missing. "
        "A case file travels with its key file: copy both, side by side, then open it again."
    )


def _make_engine(
    path: Path, key: bytes, *, wal: bool, read_only: bool, spare: list[sqlcipher3.Connection] | None = None
) -> Engine:
    """The pooled engine; `spare` holds an already opened connection to hand out first."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    waiting = spare or []
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=lambda: waiting.pop() if waiting else connect(path, key, wal=wal, read_only=read_only),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    # The driver runs in autocommit (isolation_level=None); SQLAlchemy's transactions emit BEGIN
    # themselves, so DDL in migrations and every unit of work are truly atomic.
    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def _check_cipher(conn: sqlcipher3.Connection) -> None:
    version = cipher_version(conn)
    if not version.startswith("4."):
        raise CaseFileError(
            QT_TRANSLATE_NOOP(
                "Services",
                "This installation uses SQLCipher {version}, but DPO Desk needs SQLCipher 4. Reinstall DPO Desk.",
            ),
            version=version or "none",
        )
    # The promises SECURITY.md makes, checked on the connection itself rather than assumed.
    expected = {"cipher_hmac_algorithm": "HMAC_SHA512", "cipher_use_hmac": "1", "temp_store": "2"}
    found = {name: str((conn.execute(f"PRAGMA {name}").fetchone() or ("",))[0]) for name in expected}
    if found != expected:
        wrong = ", ".join(f"{name} = {found[name] or 'none'}" for name in expected if found[name] != expected[name])
        raise CaseFileError(
            QT_TRANSLATE_NOOP(
                "Services",
                "This installation's SQLCipher is not configured as DPO Desk requires ({settings}). Reinstall "
                "DPO Desk.",
            ),
            settings=wrong,
        )


def _classify_unreadable(path: Path) -> CaseFileError:
    """Why a file without a usable key file cannot be opened, in words."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
        size = path.stat().st_size
    except OSError as exc:
        return NotACaseFile(
            QT_TRANSLATE_NOOP(
                "Services",
                "{path} cannot be read: {strerror}.",
            ),
            path=path,
            strerror=exc.strerror,
        )
    if head == SQLITE_MAGIC:
        return NotACaseFile(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} is an ordinary, unencrypted SQLite database, not a DPO Desk case file.",
            ),
            name=path.name,
        )
    if size == 0 or size % 512:
        return NotACaseFile(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} is not a DPO Desk case file.",
            ),
            name=path.name,
        )
    return KeyFileMissing(
        QT_TRANSLATE_NOOP(
            "Services",
            "{name} cannot be opened: it is not a DPO Desk case file, or the key file {key_file} that "
            "belongs with it is missing (a case file travels with its key file: copy both, side by "
            "side).",
        ),
        name=path.name,
        key_file=keyfile.key_file_path(path).name,
    )


def create_case_file(
    path: Path,
    passphrase: str,
    *,
    remember: bool = False,
    kdf: keyfile.KdfParams | None = None,
) -> CaseFile:
    """A new, empty, encrypted case file at `path` (with its key file), opened for writing.

    A full disk is said as such (failures.py); nothing is left behind.
    """
    path = Path(path)
    with failures.explained(path):
        return _create_case_file(path, passphrase, remember=remember, kdf=kdf)


def _create_case_file(path: Path, passphrase: str, *, remember: bool, kdf: keyfile.KdfParams | None) -> CaseFile:
    check_passphrase_strength(passphrase)
    if path.exists() or keyfile.key_file_path(path).exists():
        raise CaseFileExists(
            QT_TRANSLATE_NOOP(
                "Services",
                "{path} already exists; choose another name or open it instead.",
            ),
            path=path,
        )
    if not path.parent.is_dir():
        raise StorageFailure(
            QT_TRANSLATE_NOOP(
                "Services",
                "The folder {parent} does not exist.",
            ),
            parent=path.parent,
        )
    lock = WriterLock(path)
    lock.acquire()
    created = False
    case: CaseFile | None = None
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        created = True
        key = keyfile.new_data_key()
        sealed = keyfile.wrap(key, passphrase, keyfile.new_file_id(), kdf)
        network = is_network_path(path)
        case = CaseFile(path, sealed.file_id, False, network, _key=key, _lock=lock)
        with case._engine.begin() as conn:
            _check_cipher(conn.connection.driver_connection)
            migrate.upgrade(conn)
        with case._engine.begin() as conn:
            now = datetime.now(UTC).isoformat(timespec="seconds")
            for key_name, value in (
                ("file_id", sealed.file_id),
                ("created_at", now),
                ("created_with", __version__),
            ):
                conn.exec_driver_sql("INSERT INTO meta(key, value) VALUES (?, ?)", (key_name, value))
        keyfile.write(path, sealed)
        if network:
            case.notices.append(_NETWORK_NOTICE)
        if remember:
            try:
                case.remember_key()
            except KeyringUnavailable as exc:
                case.notices.append(str(exc))
        return case
    except BaseException:
        if case is not None:
            case._lock = None  # released below, once
            case.close()  # its connections, before the file is removed
        lock.release()
        if created:
            delete_case_file(path)
        raise


def delete_case_file(path: Path) -> None:
    """Remove a case file that was just created and never held data (a refused creation)."""
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(FileNotFoundError):
            os.remove(leftover)
    keyfile.remove(path)


_NETWORK_NOTICE = (
    "This case file is on a network drive. DPO Desk works there without SQLite's WAL mode, and "
    "only one person can have it open at a time; a local disk is faster and safer."
)


def open_case_file(
    path: Path,
    *,
    passphrase: str | PassphraseSource | None = None,
    use_keyring: bool = True,
    read_only: bool = False,
    upgrading: migrate.Progress | None = None,
) -> CaseFile:
    """Open an existing case file: OS keyring first, then the passphrase.

    A file written by an earlier version is upgraded (after a backup); `upgrading(done, total)` is
    told how far, when it takes long (re-chaining a large history). Raises a CaseFileError
    subclass with a message for the user on every expected failure.
    """
    path = Path(path)
    if not path.exists():
        raise NotACaseFile(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no case file at {path}.",
            ),
            path=path,
        )
    if not path.is_file():
        raise NotACaseFile(
            QT_TRANSLATE_NOOP(
                "Services",
                "{path} is a folder, not a case file.",
            ),
            path=path,
        )
    sealed = keyfile.read(path)
    if sealed is None:
        raise _classify_unreadable(path)
    lock: WriterLock | None = None
    if not read_only:
        lock = WriterLock(path)
        with failures.explained(path):
            lock.acquire()
    try:
        network = is_network_path(path)
        key, first = _unlock(path, sealed, passphrase, use_keyring, network, read_only)
        case = CaseFile(path, sealed.file_id, read_only, network, _key=key, _lock=None, _first=first)
        try:
            _check_cipher(first)
            stored_id = first.execute("SELECT value FROM meta WHERE key = 'file_id'").fetchone()
        except sqlcipher3.DatabaseError as exc:
            explanation = failures.explain(exc, path)
            if explanation is not None and not isinstance(explanation, CaseFileDamaged):
                case.close()
                raise explanation from None
            stored_id = None
        if stored_id is None or stored_id[0] != sealed.file_id:
            case.close()
            raise CaseFileDamaged(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "The key file does not belong to {name}, or the case file is damaged.",
                ),
                name=path.name,
            )
        if not read_only:
            make_private(path)
        try:
            _bring_schema_up_to_date(case, key, upgrading)
        except BaseException:
            case.close()
            raise
        case._lock = lock
        if lock is not None and lock.recovered_from is not None:
            case.notices.append(takeover_notice(lock.recovered_from.describe()))
        if network:
            case.notices.append(_NETWORK_NOTICE)
        return case
    except CaseFileError:
        if lock is not None:
            lock.release()
        raise
    except (sqlcipher3.Error, OSError) as exc:
        if lock is not None:
            lock.release()
        explanation = failures.explain(exc, path)
        if explanation is None and isinstance(exc, sqlcipher3.DatabaseError):
            explanation = failures.damaged(path, str(exc))
        if explanation is None:
            raise
        raise explanation from None
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def takeover_notice(who: str) -> Words:
    """What is said when the lock file of a program that is no longer running is taken over.

    Nothing is checked on opening beyond what SQLite does itself (it finishes or rolls back the
    write that was under way): the notice says so, and points to the check that reads everything.
    """
    return Words(
        QT_TRANSLATE_NOOP(
            "Services",
            "The case file was not closed properly last time (its lock file names {who}, and that program is no "
            "longer running). It was reopened: SQLite keeps every change that was saved and drops one that was "
            "under way. To check the whole file, run File → Verify integrity (dpo-desk verify).",
        ),
        who=who,
    )


def _unlock(
    path: Path,
    sealed: keyfile.KeyFile,
    passphrase: str | PassphraseSource | None,
    use_keyring: bool,
    network: bool,
    read_only: bool,
) -> tuple[bytes, sqlcipher3.Connection]:
    if use_keyring:
        remembered = keystore.recall(sealed.file_id)
        if remembered is not None:
            try:
                return remembered, connect(path, remembered, wal=not network, read_only=read_only)
            except KeyDoesNotOpen:
                pass  # an outdated keyring entry: fall back to the passphrase, never a new key
    given = passphrase() if callable(passphrase) else passphrase
    if not given:
        raise PassphraseRequired(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} is locked: its passphrase is needed to open it.",
            ),
            name=path.name,
        )
    key = keyfile.unwrap(sealed, given)
    try:
        return key, connect(path, key, wal=not network, read_only=read_only)
    except KeyDoesNotOpen:
        pending = keyfile.read(path, pending=True)
        if pending is not None and pending.file_id == sealed.file_id:
            # A key rotation was interrupted after the database was re-encrypted.
            new_key = keyfile.unwrap(pending, given)
            with contextlib.suppress(KeyDoesNotOpen):
                conn = connect(path, new_key, wal=not network, read_only=read_only)
                if not read_only:
                    keyfile.promote_pending(path)
                return new_key, conn
        raise CaseFileDamaged(
            QT_TRANSLATE_NOOP(
                "Services",
                "The passphrase is right, but {name} cannot be decrypted with its key: the case file is "
                "damaged or its key file belongs to another case file. Restore it from a backup.",
            ),
            name=path.name,
        ) from None


def _bring_schema_up_to_date(case: CaseFile, key: bytes, progress: migrate.Progress | None = None) -> None:
    with case._plain_connection() as conn:
        current = migrate.current_revision(conn)
    if migrate.is_current(current):
        return
    if current is not None and current not in migrate.known_revisions():
        raise NewerCaseFile(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} was written by a newer version of DPO Desk. Update DPO Desk to open it.",
            ),
            name=case.path.name,
        )
    if case.read_only:
        raise CaseFileError(
            QT_TRANSLATE_NOOP(
                "Services",
                "{name} must be upgraded to this version of DPO Desk: open it once for writing.",
            ),
            name=case.path.name,
        )
    from sqlalchemy.exc import DBAPIError

    try:
        if progress is not None:
            progress(0, 0)  # the backup: its length is not known
        with case._raw() as raw:
            copy_encrypted(raw, backup_path(case.path, f"{BEFORE_UPGRADE}-{current}"), key, case.path)
        rotate_safety_copies(case.path, BEFORE_UPGRADE)
        with case._engine.begin() as conn:
            migrate.upgrade(conn, progress)
    except DBAPIError as exc:  # what the driver said, for the damaged-file message
        raise cast(BaseException, exc.orig) from None
