"""`dpo-desk migrate` (issue 20) against a real private PostgreSQL server (tests/pg_server.py): the demo
case file onto a server and back into a new encrypted file through the real command line, every
table's rows, the letters' PDFs and the documents' bytes equal on the three sides, the history
verified on each; a second move refused, a failure half-way leaving the server as it was."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from dpo_desk.cli.main import main
from dpo_desk.demo.sample import populate
from dpo_desk.services.events import checkpoint, verify_chain
from dpo_desk.services.members import Role, add_member
from dpo_desk.storage.casefile import create_case_file, open_case_file
from dpo_desk.storage.models import Attachment, AttachmentBlob, Base, Letter
from dpo_desk.storage.server.database import ServerDatabase
from dpo_desk.storage.transfer import OWN_META

from .conftest import FAST_KDF, PASSPHRASE, TODAY
from .pg_server import PgServer

# The demo is made for a fixed day (TODAY); the server keeps its own clock, unread here.
pytestmark = [pytest.mark.needs_postgres, pytest.mark.clock_free]
OWNER_PASSWORD = "owner-pw-1"
_numbers = itertools.count(1)

Dump = dict[str, list[tuple[Any, ...]]]


@dataclass
class EmptyDb:
    server: PgServer
    name: str
    owner: str

    def url(self) -> str:
        return self.server.url(self.name, self.owner)


@pytest.fixture
def empty_db(postgres_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[EmptyDb]:
    """A new, empty database owned by a login that may create roles (not a superuser)."""
    number = next(_numbers)
    owner, name = f"move_owner{number}", f"move{number}"
    postgres_server.admin(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
    postgres_server.admin(f"CREATE DATABASE {name} OWNER {owner}")
    monkeypatch.setenv("PGPASSWORD", OWNER_PASSWORD)
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", PASSPHRASE)
    yield EmptyDb(postgres_server, name, owner)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo case file, closed (the command opens it, lock and all)."""
    path = tmp_path / "alone.dpodesk"
    case = create_case_file(path, PASSPHRASE, kdf=FAST_KDF)
    populate(case, today=TODAY)
    case.close()
    return path


def _value(value: Any) -> Any:
    return bytes(value) if isinstance(value, memoryview) else value


def _dump(conn: sa.Connection) -> Dump:
    """Every row of every table, in primary-key order (meta: without the file's own identity)."""
    dump: Dump = {}
    for table in Base.metadata.sorted_tables:
        query = sa.select(table).order_by(*table.primary_key.columns)
        if table.name == "meta":
            query = query.where(table.c.key.not_in(OWN_META))
        dump[table.name] = [tuple(_value(v) for v in row) for row in conn.execute(query)]
    return dump


def _file_dump(path: Path) -> Dump:
    case = open_case_file(path, passphrase=PASSPHRASE, use_keyring=False, read_only=True)
    try:
        with case.reader(orm=True) as read:
            assert verify_chain(read.orm) == []
            return _dump(read.orm.connection())
    finally:
        case.close()


def _server_dump(db: EmptyDb) -> tuple[Dump, list[Any], Any]:
    """The server's rows, its history's problems and head, read by the owner."""
    with ServerDatabase(db.url()) as server, server.reader(orm=True) as read:
        return _dump(read.orm.connection()), verify_chain(read.orm), checkpoint(read.orm)


def _server_has_schema(db: EmptyDb) -> bool:
    with ServerDatabase(db.url()) as server, server.engine.connect() as conn:
        return bool(conn.exec_driver_sql("SELECT to_regclass('alembic_version') IS NOT NULL").scalar_one())


def _migrate(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--no-keyring", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip_file_server_file(
    empty_db: EmptyDb, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = open_case_file(demo_file, passphrase=PASSPHRASE, use_keyring=False)
    with case.unit_of_work() as session:  # members: copied as rows; their logins are the server's to grant
        add_member(session, "claire.dpo", "Claire", Role.DPO, user="claire.dpo")
        add_member(session, "lucas", "Lucas", Role.STAFF, user="claire.dpo")
    case.close()
    original = _file_dump(demo_file)
    requests = len(original["request"])
    assert requests > 40 and original["letter"] and original["attachment_blob"]

    started = time.monotonic()
    code, out, err = _migrate(capsys, "--case-file", str(demo_file), "migrate", "--to-server", empty_db.url())
    to_server = time.monotonic() - started
    assert code == 0, err
    assert f"{requests} requests" in out and "verified before and after" in out
    assert "still to be granted on the server (users add): claire.dpo (dpo), lucas (staff)." in out

    on_server, problems, head = _server_dump(empty_db)
    assert problems == []
    assert head is not None and head.seq == len(original["event"])
    assert on_server == original  # every row, ids, history (seq, hashes, details) and bytes alike
    with ServerDatabase(empty_db.url()) as server, server.reader(orm=True) as read:
        session: Session = read.orm
        pdfs = dict(session.execute(sa.select(Letter.id, Letter.pdf)).all())
        documents = dict(session.execute(sa.select(AttachmentBlob.attachment_id, AttachmentBlob.data)).all())
        sizes = dict(session.execute(sa.select(Attachment.id, Attachment.size)).all())
    letters_in_file = {row[0]: row for row in original["letter"]}
    pdf_column = [c.name for c in Letter.__table__.columns].index("pdf")
    assert {i: bytes(p) for i, p in pdfs.items()} == {i: r[pdf_column] for i, r in letters_in_file.items()}
    assert all(bytes(pdfs[i]).startswith(b"%PDF") for i in pdfs)
    assert all(len(bytes(data)) == sizes[i] for i, data in documents.items())

    # New rows on the server take new ids, past the copied ones (the sequences were moved on).
    with ServerDatabase(empty_db.url()) as server, server.engine.connect() as conn:
        next_id = conn.exec_driver_sql("SELECT nextval(pg_get_serial_sequence('request', 'id'))").scalar_one()
    assert next_id > max(row[0] for row in original["request"])

    back = tmp_path / "back.dpodesk"
    started = time.monotonic()
    code, out, err = _migrate(capsys, "migrate", "--from-server", empty_db.url(), "--to-file", str(back))
    to_file = time.monotonic() - started
    assert code == 0, err
    assert f"{requests} requests" in out
    assert _file_dump(back) == original
    code, out, err = _migrate(capsys, "--case-file", str(back), "--user", "claire.dpo", "verify")
    assert code == 0, out + err
    print(f"round trip of the demo: to the server {to_server:.2f} s, back to a file {to_file:.2f} s")


def test_a_second_move_into_the_same_server_is_refused(
    empty_db: EmptyDb, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _migrate(capsys, "--case-file", str(demo_file), "migrate", "--to-server", empty_db.url())[0] == 0
    before = _server_dump(empty_db)

    code, _, err = _migrate(capsys, "--case-file", str(demo_file), "migrate", "--to-server", empty_db.url())

    assert code == 1
    assert f"already holds {len(before[0]['request'])} requests" in err and "Nothing was changed" in err
    assert "Traceback" not in err
    assert _server_dump(empty_db) == before


def test_a_failure_half_way_leaves_the_server_as_it_was(
    empty_db: EmptyDb, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A damaged file: SQLite (foreign keys off) took a letter of a request that is not there; the
    # server's foreign key refuses it, after the organisations, people and requests were copied.
    case = open_case_file(demo_file, passphrase=PASSPHRASE, use_keyring=False)
    with case._raw() as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE letter SET request_id = 99999 WHERE id = (SELECT max(id) FROM letter)")
        conn.commit()
    case.close()

    code, out, err = _migrate(capsys, "--case-file", str(demo_file), "migrate", "--to-server", empty_db.url())

    assert code == 1, out
    assert "The copy failed at the table letter" in err and "nothing was written" in err
    assert "Traceback" not in err
    assert not _server_has_schema(empty_db)  # the schema made for the copy went with it


def test_the_owner_only_moves_a_case_file(
    empty_db: EmptyDb, demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty_db.server.admin("CREATE ROLE move_stranger LOGIN PASSWORD 'stranger-pw'")
    empty_db.server.admin(f"GRANT CREATE ON DATABASE {empty_db.name} TO move_stranger", database=empty_db.name)
    monkeypatch.setenv("PGPASSWORD", "stranger-pw")
    url = empty_db.server.url(empty_db.name, "move_stranger")

    code, _, err = _migrate(capsys, "--case-file", str(demo_file), "migrate", "--to-server", url)

    assert code == 1
    assert f"Only the owner of the database {empty_db.name} ({empty_db.owner})" in err
    monkeypatch.setenv("PGPASSWORD", OWNER_PASSWORD)
    assert not _server_has_schema(empty_db)


def test_the_refusal_is_said_in_french(french, empty_db: EmptyDb, demo_file: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from dpo_desk.services.transfer import move_to_server
    from dpo_desk.storage.transfer import TransferRefused
    from dpo_desk.ui.messages import in_words

    assert _migrate(capsys, "--case-file", str(demo_file), "migrate", "--to-server", empty_db.url())[0] == 0
    case = open_case_file(demo_file, passphrase=PASSPHRASE, use_keyring=False)
    try:
        with ServerDatabase(empty_db.url()) as server, pytest.raises(TransferRefused) as refused:
            move_to_server(case, server)
    finally:
        case.close()
    held = len(_file_dump(demo_file)["request"])
    assert in_words(refused.value) == (
        f"Le serveur d’équipe {shown_url(empty_db)} contient déjà {held} demandes : un dossier n’est transféré "
        "que dans une base vide, jamais fusionné avec un autre. Rien n’a été modifié."
    )


def shown_url(db: EmptyDb) -> str:
    with ServerDatabase(db.url()) as server:
        return server.address


def test_a_server_without_a_case_file_writes_no_file(
    empty_db: EmptyDb, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nothing.dpodesk"

    code, _, err = _migrate(capsys, "migrate", "--from-server", empty_db.url(), "--to-file", str(target))

    assert code == 1
    assert "holds no case file. Nothing was written." in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # neither the file nor its key file


def test_a_file_whose_history_does_not_verify_is_not_moved(
    empty_db: EmptyDb, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = open_case_file(demo_file, passphrase=PASSPHRASE, use_keyring=False)
    with case._raw() as conn:  # someone with the key, past the append-only trigger, rewrites an event
        conn.execute("DROP TRIGGER event_no_update")
        conn.execute("UPDATE event SET reference = 'IMV-2026-9999' WHERE seq = 3")
        conn.commit()
    case.close()

    code, _, err = _migrate(capsys, "--case-file", str(demo_file), "migrate", "--to-server", empty_db.url())

    assert code == 1
    assert "does not verify (event 3 was changed after it was written)" in err and "Nothing was changed" in err
    assert not _server_has_schema(empty_db)


def test_a_server_set_up_by_server_init_is_refused(
    empty_db: EmptyDb, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init = ["server", "init", "--url", empty_db.url(), "--org-code", "ACME", "--org-name", "Acme", "--dpo", "mona1"]
    assert _migrate(capsys, *init)[0] == 0
    before = _server_dump(empty_db)

    code, _, err = _migrate(capsys, "--case-file", str(demo_file), "migrate", "--to-server", empty_db.url())

    assert code == 1
    assert "already holds organisations, users or a history (set up by server init?)" in err
    assert _server_dump(empty_db) == before
