"""Schema upgrades run on open, after an encrypted backup; a newer schema is refused."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from sqlalchemy import text

from dpo_desk.storage import keyfile, migrate
from dpo_desk.storage.backup import backups_folder
from dpo_desk.storage.casefile import CaseFile, open_case_file
from dpo_desk.storage.connection import connect

from .conftest import PASSPHRASE
from .test_casefile import _log_marker_request

NEXT_REVISION = '''
"""A later schema: one more column (test only)."""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("vat_number", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("vat_number")
'''


@pytest.fixture
def later_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A copy of our migrations plus one more revision, as the next release would ship."""
    source = Path(migrate.__file__).parent / "migrations"
    scripts = tmp_path / "migrations"
    shutil.copytree(source, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "9999_later.py").write_text(NEXT_REVISION.replace("{head}", head))
    monkeypatch.setattr(migrate, "SCRIPT_LOCATION", str(scripts))
    monkeypatch.setattr(migrate, "RELEASE_HEAD", "9999")
    migrate._scripts.cache_clear()
    yield head
    migrate._scripts.cache_clear()


def test_upgrade_on_open_takes_an_encrypted_backup_first(case: CaseFile, case_path: Path, later_schema: str) -> None:
    case.close()
    with open_case_file(case_path, passphrase=PASSPHRASE) as upgraded, upgraded.reader(orm=True) as reading:
        assert reading.orm.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "9999"
        assert reading.orm.execute(text("SELECT vat_number FROM organisation")).all() == [("",)]
    (backup,) = backups_folder(case_path).glob(f"cases-*-before-upgrade-{later_schema}.dpodesk")
    assert b"SQLite format 3" not in backup.read_bytes()[:100]
    # The backup is the file as it was before the upgrade, readable with its own key file.
    sealed = keyfile.read(backup)
    assert sealed is not None
    conn = connect(backup, keyfile.unwrap(sealed, PASSPHRASE), read_only=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (later_schema,)
        columns = [row[1] for row in conn.execute("PRAGMA table_info(organisation)")]
        assert "vat_number" not in columns and "legal_name" in columns
        assert conn.execute("SELECT legal_name FROM organisation").fetchall() == [("IMV Technologies",)]
    finally:
        conn.close()


def test_read_only_open_does_not_upgrade(case: CaseFile, case_path: Path, later_schema: str) -> None:
    case.close()
    from dpo_desk.storage.errors import CaseFileError

    with pytest.raises(CaseFileError, match="open it once for writing"):
        open_case_file(case_path, passphrase=PASSPHRASE, read_only=True)


def test_the_release_head_is_alembics_head() -> None:
    """Opening skips Alembic when the file is at RELEASE_HEAD: it must name the newest migration."""
    assert migrate.head_revision() == migrate.RELEASE_HEAD


def test_opening_a_current_file_does_not_load_alembic(case: CaseFile, case_path: Path) -> None:
    import subprocess
    import sys

    case.close()
    code = (
        "import sys; from pathlib import Path; from dpo_desk.storage.casefile import open_case_file; "
        f"c = open_case_file(Path({str(case_path)!r}), passphrase={PASSPHRASE!r}, use_keyring=False); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'reportlab', 'mako')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


LOWER_INDEXES = {"ix_request_message_id_lower", "ix_inbox_message_message_id_lower"}
EXPRESSION_INDEXES = {"ix_request_open_deadline", "ix_request_organisation_open_deadline", *LOWER_INDEXES}


def test_the_migrations_build_exactly_the_models(case: CaseFile) -> None:
    """A model changed without its migration (or the reverse) fails here, before any user's file does."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dpo_desk.storage.models import Base

    with case._engine.connect() as conn, warnings.catch_warnings():
        # SQLAlchemy and Alembic cannot reflect an index on lower(message_id) and say so: checked below.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The search index is a virtual table made by hand in SQL: Alembic sees its shadow tables only.
    differences = [d for d in differences if not (d[0] == "remove_table" and d[1].name.startswith("request_fts"))]
    # Alembic cannot compare an index on an expression ("is_open DESC", "lower(message_id)"): it reports it as
    # removed and added.
    differences = [
        d for d in differences if not (d[0] in ("add_index", "remove_index") and d[1].name in EXPRESSION_INDEXES)
    ]
    assert differences == []
    # The indexes on expressions Alembic skips: the same names, on the same table and expressions.
    with case._engine.connect() as conn:
        built = {
            name: (table, sql.partition("(")[2].rpartition(")")[0].replace(" ", ""))
            for name, table, sql in conn.exec_driver_sql(
                "SELECT name, tbl_name, sql FROM sqlite_master WHERE type='index'"
            )
            if name in EXPRESSION_INDEXES
        }
    modelled = {
        index.name: (
            table.name,
            ",".join(getattr(e, "name", None) or str(e) for e in index.expressions).replace(" ", ""),
        )
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if index.name in EXPRESSION_INDEXES
    }
    assert built == modelled


def _v1_hash(prev: str, row: tuple) -> str:  # type: ignore[type-arg]
    """The first release's rule: the details hashed inline."""
    import hashlib
    import json

    seq, at, user, kind, request_id, reference, details = row
    payload = {
        "seq": seq,
        "at": at,
        "user": user,
        "kind": kind,
        "request_id": request_id,
        "reference": reference,
        "details": json.loads(details),
    }
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return hashlib.sha256(prev.encode() + canonical).hexdigest()


def _back_to_the_first_release(case: CaseFile) -> None:
    """Rewrite a current file as the first release wrote it: its tables, its columns, its chain."""
    with case._engine.begin() as conn:
        raw = conn.connection.driver_connection
        raw.execute("DROP TRIGGER event_no_update")
        prev = "0" * 64
        rows = raw.execute("SELECT seq, at, user, kind, request_id, reference, details FROM event ORDER BY seq")
        for row in rows.fetchall():
            digest = _v1_hash(prev, row)
            raw.execute("UPDATE event SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0]))
            prev = digest
        for statement in (
            # 0013: the letter's form and the clock
            "ALTER TABLE organisation DROP COLUMN envelope_window",
            "ALTER TABLE organisation DROP COLUMN count_customary_days",
            "ALTER TABLE person DROP COLUMN civility",
            "ALTER TABLE request DROP COLUMN extension_notified_on",
            "ALTER TABLE request DROP COLUMN on_behalf",
            "ALTER TABLE request DROP COLUMN requester_name",
            "ALTER TABLE request DROP COLUMN requester_civility",
            "ALTER TABLE request DROP COLUMN requester_address",
            "ALTER TABLE request DROP COLUMN requester_email",
            "ALTER TABLE request DROP COLUMN authority_proof",
            "ALTER TABLE request DROP COLUMN death_proof",
            "ALTER TABLE request DROP COLUMN authority_checked_on",
            "ALTER TABLE request DROP COLUMN authority_checked_by",
            "ALTER TABLE request DROP COLUMN directives_kind",
            "ALTER TABLE request DROP COLUMN directives_holder",
            "ALTER TABLE request DROP COLUMN directives_consent_on",
            "ALTER TABLE letter DROP COLUMN registered",
            "ALTER TABLE letter DROP COLUMN late",
            "ALTER TABLE letter DROP COLUMN ar_signed_on",
            "ALTER TABLE letter DROP COLUMN ar_scan_id",
            "ALTER TABLE event DROP COLUMN details_sha256",
            "ALTER TABLE request DROP COLUMN purged_on",
            "ALTER TABLE organisation DROP COLUMN retention_years",
            # 0010: outgoing mail
            "ALTER TABLE organisation DROP COLUMN sending_mailbox_id",
            "ALTER TABLE letter DROP COLUMN sent_message_id",
            "DROP TABLE outgoing_message",
            "DROP TABLE relay",
            "CREATE TRIGGER event_no_update BEFORE UPDATE ON event "
            "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END",
            "DROP TABLE answer_fact",
            "DROP TABLE do_not_contact",
            "DROP TABLE member",
            "DROP TABLE imported_row",
            "DROP TABLE redacted_copy",
            "DROP TABLE redaction",
            "DROP TABLE inbox_message",
            "DROP TABLE mailbox",
            "UPDATE alembic_version SET version_num = '0001'",
        ):
            raw.execute(statement)
    case.close()


def _history_of_three_requests(case: CaseFile) -> None:
    from .test_casefile import _log_marker_request

    for _ in range(3):
        _log_marker_request(case)


def test_a_file_from_the_first_release_is_upgraded(case: CaseFile, case_path: Path) -> None:
    """Its tables are added, and its event log is checked, then chained over each event's details
    digest (what lets a purge redact details): it verifies, and the old chain is reported intact."""
    from dpo_desk.services.events import verify_chain
    from dpo_desk.storage.models import Mailbox

    _history_of_three_requests(case)
    _back_to_the_first_release(case)
    with open_case_file(case_path, passphrase=PASSPHRASE) as upgraded, upgraded.reader(orm=True) as reading:
        assert reading.orm.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == migrate.RELEASE_HEAD
        assert reading.orm.query(Mailbox).count() == 0
        assert verify_chain(reading.orm) == []
        meta = dict(reading.orm.execute(text("SELECT key, value FROM meta WHERE key LIKE 'event_chain_v1%'")).all())
        assert meta["event_chain_v1_check"] == "intact"
        events = reading.orm.execute(text("SELECT max(seq) FROM event")).scalar()
        assert meta["event_chain_v1_head"].startswith(f"{events}:")
        assert reading.orm.execute(text("SELECT count(*) FROM event WHERE details_sha256 = ''")).scalar() == 0
    assert list(backups_folder(case_path).glob("cases-*-before-upgrade-0001.dpodesk"))


def test_a_first_release_log_edited_before_the_upgrade_stays_reported(case: CaseFile, case_path: Path) -> None:
    """Re-chaining must not launder an edit made before the upgrade: the upgrade names it."""
    _history_of_three_requests(case)
    _back_to_the_first_release(case)
    conn = connect(case_path, keyfile.unwrap(keyfile.read(case_path), PASSPHRASE))  # type: ignore[arg-type]
    conn.execute("DROP TRIGGER event_no_update")
    conn.execute("UPDATE event SET user = 'someone else' WHERE seq = 2")
    conn.execute(
        "CREATE TRIGGER event_no_update BEFORE UPDATE ON event "
        "BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END"
    )
    conn.close()
    with open_case_file(case_path, passphrase=PASSPHRASE) as upgraded, upgraded.reader(orm=True) as reading:
        check = reading.orm.execute(text("SELECT value FROM meta WHERE key = 'event_chain_v1_check'")).scalar_one()
    assert check == "event 2 had been changed"


@pytest.mark.gui
def test_an_upgrade_says_how_far_it_is(qtbot, case: CaseFile, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Re-chaining a long history reports each batch; the window's progress dialog follows it."""
    from dpo_desk.ui.app import UpgradeProgress

    _history_of_three_requests(case)
    _back_to_the_first_release(case)
    heard: list[tuple[int, int]] = []
    shown = UpgradeProgress(case_path.name)

    def upgrading(done: int, total: int) -> None:
        shown(done, total)
        heard.append((done, total))

    with open_case_file(case_path, passphrase=PASSPHRASE, upgrading=upgrading) as upgraded:
        events = upgraded._engine.connect().exec_driver_sql("SELECT count(*) FROM event").scalar()
    assert heard[0] == (0, 0) and heard[-1] == (events, events)
    assert shown.dialog is not None and shown.dialog.isVisible() and shown.dialog.value() == events
    assert case_path.name in shown.dialog.labelText()
    shown.close()
    assert shown.dialog is None


def test_answered_and_refused_cases_get_their_closing_day(case: CaseFile, case_path: Path) -> None:
    """0014: an outcome recorded before this release closes the case on its day (counts and purge)."""

    from dpo_desk.domain.statuses import Status
    from dpo_desk.services import cases

    from .conftest import TODAY

    for _ in range(3):
        _log_marker_request(case)
    answered_on = refused_on = TODAY  # the marker requests were received today
    with case.unit_of_work() as session:
        refs = [r for (r,) in session.execute(text("SELECT reference FROM request ORDER BY id"))]
        for ref, status, on, reason in (
            (refs[0], Status.ANSWERED, answered_on, ""),
            (refs[1], Status.REFUSED, refused_on, "Manifestly unfounded"),
        ):
            cases.change_status(session, ref, Status.IN_PROGRESS, user="claire.dpo", on=on, today=TODAY)
            cases.change_status(session, ref, status, reason=reason, user="claire.dpo", on=on, today=TODAY)
    with case._engine.begin() as conn:  # as the release before this one left them
        raw = conn.connection.driver_connection
        raw.execute("UPDATE request SET closed_on = NULL")
        # A registered letter logged then, its number indexed with its spaces only.
        raw.execute("UPDATE request SET registered_mail_no = '1A 123 456 7890 1' WHERE reference = ?", (refs[2],))
        raw.execute("UPDATE request_fts SET body = '1A 123 456 7890 1' WHERE rowid = 3")
        raw.execute("UPDATE alembic_version SET version_num = '0013'")
    case.close()
    with open_case_file(case_path, passphrase=PASSPHRASE) as upgraded, upgraded.reader(orm=True) as reading:
        closed = dict(reading.orm.execute(text("SELECT reference, closed_on FROM request ORDER BY id")).all())
        found = reading.orm.execute(
            text("SELECT rowid FROM request_fts WHERE request_fts MATCH :q"), {"q": '"1A12345678901"*'}
        ).all()
    assert closed == {refs[0]: answered_on.isoformat(), refs[1]: refused_on.isoformat(), refs[2]: None}
    assert found == [(3,)]  # the number typed without its spaces finds the request logged before
