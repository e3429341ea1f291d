"""Retention: closed cases can be purged to their procedural facts.

- organisation.retention_years: how long a closed case is kept (5 years unless the DPO decides).
- request.purged_on: when a case was purged.
- event.details_sha256: the event chain now covers the digest of each event's details rather
  than the details themselves, so that a purge can redact them and the chain still verifies.
  Every existing event is re-chained under that rule, after the old chain is checked; what the
  check found, and the old chain's head, are kept in `meta` (event_chain_v1_head,
  event_chain_v1_check) and reported by `verify`.
- The append-only trigger now allows exactly one update: replacing the details of an event of a
  purged case by the redaction marker, every other column unchanged.

The hashing rules are written out here, not imported: a migration must do tomorrow exactly what
it did the day it shipped.

Revision ID: 0004
Revises: 0003
"""

import hashlib
import json
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
BATCH = 20_000
REDACTED_JSON = '{"redacted":true}'

NO_UPDATE = (
    "CREATE TRIGGER event_no_update BEFORE UPDATE ON event "
    "WHEN NOT ("
    f"NEW.details = '{REDACTED_JSON}' "
    "AND NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW.user = OLD.user AND NEW.kind = OLD.kind "
    "AND NEW.request_id IS OLD.request_id AND NEW.reference = OLD.reference "
    "AND NEW.details_sha256 = OLD.details_sha256 AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash "
    "AND EXISTS (SELECT 1 FROM request WHERE request.id = OLD.request_id AND request.purged_on IS NOT NULL)"
    ") BEGIN SELECT RAISE(ABORT, 'the event log is append-only: only the details of a purged case can be "
    "redacted'); END"
)
# The same rule on a team server (PL/pgSQL): the trigger of 0001 calls this function.
PG_APPEND_ONLY = (
    "CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF TG_OP = 'UPDATE' "
    f"AND NEW.details::jsonb = '{REDACTED_JSON}'::jsonb "
    'AND NEW.seq = OLD.seq AND NEW.at = OLD.at AND NEW."user" = OLD."user" AND NEW.kind = OLD.kind '
    "AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id AND NEW.reference = OLD.reference "
    "AND NEW.details_sha256 = OLD.details_sha256 AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash "
    "AND EXISTS (SELECT 1 FROM request WHERE request.id = OLD.request_id AND request.purged_on IS NOT NULL) "
    "THEN RETURN NEW; END IF; "
    "RAISE EXCEPTION 'the event log is append-only: only the details of a purged case can be redacted' "
    "USING ERRCODE = 'insufficient_privilege'; END $$"
)


def _canonical(payload: dict) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _hash(prev: str, payload: dict) -> str:
    return hashlib.sha256(prev.encode() + _canonical(payload)).hexdigest()


def _rechain(conn: sa.Connection, progress: Callable[[int, int], None] | None) -> None:
    """Check the first chain (details hashed inline), then chain every event over its details' digest."""
    total = conn.exec_driver_sql("SELECT count(*) FROM event").scalar() or 0
    done = 0
    problem = ""
    expected_seq, old_prev, new_prev, last_seq = 1, GENESIS, GENESIS, 0
    while True:
        rows = conn.exec_driver_sql(
            "SELECT seq, at, user, kind, request_id, reference, details, prev_hash, hash FROM event "
            "WHERE seq > ? ORDER BY seq LIMIT ?",
            (last_seq, BATCH),
        ).fetchall()
        if not rows:
            break
        updates = []
        for seq, at, user, kind, request_id, reference, details_text, prev_hash, digest in rows:
            details = json.loads(details_text)
            fields = {
                "seq": seq,
                "at": at,
                "user": user,
                "kind": kind,
                "request_id": request_id,
                "reference": reference,
            }
            if not problem:
                if seq != expected_seq:
                    problem = f"events {expected_seq} to {seq - 1} were missing"
                elif prev_hash != old_prev or _hash(prev_hash, {**fields, "details": details}) != digest:
                    problem = f"event {seq} had been changed"
            expected_seq, old_prev = seq + 1, digest
            details_sha256 = hashlib.sha256(_canonical(details)).hexdigest()
            new_hash = _hash(new_prev, {**fields, "details_sha256": details_sha256})
            updates.append((details_sha256, new_prev, new_hash, seq))
            new_prev, last_seq = new_hash, seq
        conn.exec_driver_sql("UPDATE event SET details_sha256 = ?, prev_hash = ?, hash = ? WHERE seq = ?", updates)
        done += len(updates)
        if progress is not None:
            progress(done, total)
    if last_seq:
        for key, value in (
            ("event_chain_v1_head", f"{last_seq}:{old_prev}"),
            ("event_chain_v1_check", problem or "intact"),
        ):
            conn.exec_driver_sql("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))


def upgrade() -> None:
    op.add_column("organisation", sa.Column("retention_years", sa.Integer(), nullable=False, server_default="5"))
    op.add_column("request", sa.Column("purged_on", sa.Date(), nullable=True))
    op.add_column("event", sa.Column("details_sha256", sa.String(length=64), nullable=False, server_default=""))
    if op.get_bind().dialect.name != "sqlite":
        # A server's database is created empty at this release's schema (a case file moved onto
        # it is copied already re-chained): there is no first chain to check and re-chain.
        op.get_bind().exec_driver_sql(PG_APPEND_ONLY)
        return
    op.execute("DROP TRIGGER event_no_update")
    config = op.get_context().config
    assert config is not None  # migrate.py always passes one
    _rechain(op.get_bind(), config.attributes.get("progress"))
    op.get_bind().exec_driver_sql(NO_UPDATE)  # raw: ":true" is not a bind parameter


def downgrade() -> None:
    raise NotImplementedError("A re-chained event log cannot be returned to the first rule.")
