"""The history on a team server: appended by one function under a lock, read whole by a DPO to verify it.

On a case file one program writes, so services/events.py reads the last event and chains the next
one to it. On a server many people write at once, and row-level security hides from each the events
of the organisations they are not given: the chain is therefore extended by the server itself.

- `dpo_desk_append_event(kind, request_id, reference, details, details_sha256)` (SECURITY DEFINER)
  takes a transaction-level advisory lock, reads the last seq and hash, and inserts the next event
  with the authenticated login (`session_user`, never a name the client gives) and the server's
  clock, hashed byte for byte as domain/hashchain.py hashes (sorted keys, no spaces, UTF-8,
  to_json's escaping being json.dumps's with ensure_ascii=False). Nobody but the database's owner
  may INSERT into event directly: the function is the only way in for members.
  It also NOTIFYs CHANGES_CHANNEL with the request's id, delivered at commit: the windows listening
  (changes.py) show the change within a second.
  The lock is held until the writer's transaction ends, so the next writer reads its event: one
  chain, whatever the number of writers (READ COMMITTED, SQLAlchemy's default; a REPEATABLE READ
  transaction would read an older head and fail on the seq's primary key, never fork).
- `dpo_desk_event_chain()` (SECURITY DEFINER, DPO logins and the owner only) gives every event's
  chain columns, whatever the organisation; the details only of the events the DPO may see, so
  that verify checks their digests too. `dpo_desk_purged_requests()` names the purged cases.
- `dpo_desk_event_hash(seq)` gives one event's hash (the head's when NULL) to every member: the
  checkpoints printed on reports and checked by `verify --expect` name the whole chain's head.
- Row-level security on event: a member sees the events of the requests of their organisations;
  events of no request (organisations, members, settings, a purge's summary) are seen by DPOs,
  and by the member who recorded them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

    from ..models import Event

APPEND = "dpo_desk_append_event"
CHAIN = "dpo_desk_event_chain"
PURGED = "dpo_desk_purged_requests"
HASH_AT = "dpo_desk_event_hash"  # dpo_desk_event_hash(seq): that event's hash; NULL for seq = 0 … the head
MAY_DECIDE = "dpo_desk_may_decide"  # is the authenticated login a DPO (or the database's owner)?
LOCK_NAME = "dpo_desk.event_chain"  # the advisory lock's key is hashtextextended() of this
POLICY = "dpo_desk_history"
CHANGES_CHANNEL = "dpo_desk_changes"  # NOTIFY'd by APPEND with the request's id ('' for none): changes.py


def functions(staff: str, dpo: str) -> list[str]:
    """The statements (re-runnable) that make the history's functions and who may call them."""
    return [
        # Inside a SECURITY DEFINER function current_user is its owner: the owner itself calling.
        f"CREATE OR REPLACE FUNCTION {MAY_DECIDE}() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = public, pg_temp AS "
        "$$ SELECT pg_has_role(session_user, 'dpo_desk_dpo', 'MEMBER') OR session_user = current_user $$",
        f"REVOKE ALL ON FUNCTION {MAY_DECIDE}() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {MAY_DECIDE}() TO {staff}",
        f"""CREATE OR REPLACE FUNCTION {APPEND}(p_kind text, p_request_id integer, p_reference text,
            p_details json, p_details_sha256 text) RETURNS event
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            login text := session_user;
            last_seq integer;
            last_hash text;
            stamp text;
            payload text;
            written event;
        BEGIN
            IF p_details_sha256 IS NULL OR p_details_sha256 !~ '^[0-9a-f]{{64}}$' THEN
                RAISE EXCEPTION 'an event needs the SHA-256 of its details' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF p_request_id IS NOT NULL AND session_user <> current_user AND NOT EXISTS (
                SELECT 1 FROM request r WHERE r.id = p_request_id AND dpo_desk_sees(r.organisation_id)
            ) THEN
                RAISE EXCEPTION 'request % is not one of your organisations', p_request_id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM pg_advisory_xact_lock(hashtextextended('{LOCK_NAME}', 0));
            SELECT e.seq, e.hash INTO last_seq, last_hash FROM event e ORDER BY e.seq DESC LIMIT 1;
            last_seq := coalesce(last_seq, 0) + 1;
            last_hash := coalesce(last_hash, repeat('0', 64));
            -- datetime.isoformat(timespec="microseconds") of a UTC time
            stamp := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00';
            payload := '{{"at":' || to_json(stamp)::text
                || ',"details_sha256":' || to_json(p_details_sha256)::text
                || ',"kind":' || to_json(p_kind)::text
                || ',"reference":' || to_json(coalesce(p_reference, ''))::text
                || ',"request_id":' || coalesce(p_request_id::text, 'null')
                || ',"seq":' || last_seq::text
                || ',"user":' || to_json(login)::text || '}}';
            INSERT INTO event (seq, at, "user", kind, request_id, reference, details, details_sha256, prev_hash, hash)
            VALUES (last_seq, stamp, login, p_kind, p_request_id, coalesce(p_reference, ''),
                    coalesce(p_details, '{{}}'::json), p_details_sha256, last_hash,
                    encode(sha256(convert_to(last_hash || payload, 'UTF8')), 'hex'))
            RETURNING * INTO written;
            -- Every open window hears of it once this transaction commits (changes.py), never before.
            PERFORM pg_notify('{CHANGES_CHANNEL}', coalesce(p_request_id::text, ''));
            RETURN written;
        END $$""",
        f"REVOKE ALL ON FUNCTION {APPEND}(text, integer, text, json, text) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {APPEND}(text, integer, text, json, text) TO {staff}",
        f"""CREATE OR REPLACE FUNCTION {CHAIN}() RETURNS TABLE (seq integer, at text, "user" text, kind text,
            request_id integer, reference text, details text, details_sha256 text, prev_hash text, hash text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF NOT {MAY_DECIDE}() THEN
                RAISE EXCEPTION 'only a DPO can verify the whole history' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY SELECT e.seq, e.at::text, e."user"::text, e.kind::text, e.request_id, e.reference::text,
                CASE WHEN session_user = current_user OR (e.request_id IS NULL) OR EXISTS (
                    SELECT 1 FROM request r WHERE r.id = e.request_id AND dpo_desk_sees(r.organisation_id)
                ) THEN e.details::text END,
                e.details_sha256::text, e.prev_hash::text, e.hash::text
            FROM event e ORDER BY e.seq;
        END $$""",
        f"REVOKE ALL ON FUNCTION {CHAIN}() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {CHAIN}() TO {dpo}",
        f"""CREATE OR REPLACE FUNCTION {PURGED}() RETURNS SETOF integer
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            IF NOT {MAY_DECIDE}() THEN
                RAISE EXCEPTION 'only a DPO can verify the whole history' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY SELECT r.id FROM request r WHERE r.purged_on IS NOT NULL;
        END $$""",
        # The chain's fingerprints are no one's data: every member may print the head (a checkpoint).
        f"""CREATE OR REPLACE FUNCTION {HASH_AT}(p_seq integer) RETURNS TABLE (seq integer, hash text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
            SELECT e.seq, e.hash::text FROM event e
            WHERE e.seq = p_seq OR (p_seq IS NULL AND e.seq = (SELECT max(seq) FROM event))
        $$""",
        f"REVOKE ALL ON FUNCTION {HASH_AT}(integer) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {HASH_AT}(integer) TO {staff}",
        f"REVOKE ALL ON FUNCTION {PURGED}() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {PURGED}() TO {dpo}",
    ]


def run_ddl(conn: Connection, statements: list[str]) -> None:
    """Run on psycopg itself, without parameters: PL/pgSQL's own % (RAISE, format) stays as written."""
    driver: Any = conn.connection.driver_connection
    for statement in statements:
        driver.execute(statement)


def apply(conn: Connection, staff: str, dpo: str) -> None:
    run_ddl(conn, functions(staff, dpo))


def row_level_security(conn: Connection) -> None:
    """Who sees which events (see the module's docstring). Nobody writes them but through the functions."""
    rule = (
        "CASE WHEN event.request_id IS NULL "
        f'THEN {MAY_DECIDE}() OR event."user" = session_user '
        "ELSE EXISTS (SELECT 1 FROM request p WHERE p.id = event.request_id) END"
    )
    conn.exec_driver_sql("ALTER TABLE event ENABLE ROW LEVEL SECURITY")
    conn.exec_driver_sql(f"DROP POLICY IF EXISTS {POLICY} ON event")
    conn.exec_driver_sql(f"CREATE POLICY {POLICY} ON event FOR SELECT USING ({rule})")


def append_event(
    session: Session, *, kind: str, request_id: int | None, reference: str, details: dict[str, Any], digest: str
) -> Event:
    """The next event, written by the server (its seq, time, login and hashes), as an ORM object of the session."""
    from sqlalchemy import text
    from sqlalchemy.orm import make_transient_to_detached

    from ..models import Event

    row = (
        session.execute(
            text(
                f'SELECT seq, at, "user", kind, request_id, reference, details, details_sha256, prev_hash, hash '
                f"FROM {APPEND}(:kind, :request_id, :reference, CAST(:details AS json), :digest)"
            ),
            {
                "kind": kind,
                "request_id": request_id,
                "reference": reference,
                "details": json.dumps(details),
                "digest": digest,
            },
        )
        .mappings()
        .one()
    )
    event = Event(**dict(row))
    make_transient_to_detached(event)  # already in the table: the session knows it, and inserts nothing
    session.add(event)
    return event


def hash_at(session: Session, seq: int | None) -> tuple[int, str] | None:
    """(seq, hash) of event `seq`, or of the last one when None, whoever's it is; None when there is none."""
    from sqlalchemy import text

    row = session.execute(text(f"SELECT seq, hash FROM {HASH_AT}(:seq)"), {"seq": seq}).first()
    return (int(row[0]), str(row[1])) if row is not None else None


UNSEEN = object()  # the details of an event of an organisation the DPO is not given: not checked


def chain(session: Session, batch: int) -> tuple[set[int], Iterator[Sequence[Any]]]:
    """The purged cases, and the whole chain in batches, rows as services/events.verify_chain reads
    them (details parsed, or UNSEEN). Refused by the server unless the login is a DPO."""
    from ..door import plain

    conn: Any = plain(session)
    purged = {int(row[0]) for row in conn.execute(f"SELECT * FROM {PURGED}()").fetchall()}

    def batches() -> Iterator[Sequence[Any]]:
        with conn.cursor(name="dpo_desk_verify") as cursor:  # a server-side cursor: streamed, not all in memory
            cursor.execute(f"SELECT * FROM {CHAIN}()")
            while rows := cursor.fetchmany(batch):
                yield [(*row[:6], json.loads(row[6]) if row[6] is not None else UNSEEN, *row[7:]) for row in rows]

    return purged, batches()
