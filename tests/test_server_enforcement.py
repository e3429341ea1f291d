"""What the team server itself enforces (issue 20), against a real private PostgreSQL server: one hash
chain whatever the number of writers, appended by the server in the login's name; the whole chain
verifiable by a DPO through row-level security; and each DPO act refused to staff from `psql`."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from dpo_desk.domain.hashchain import Checkpoint, details_digest
from dpo_desk.services import events
from dpo_desk.services.roles import Role
from dpo_desk.storage.models import Event, Request
from dpo_desk.storage.server import acts, schema
from dpo_desk.storage.server.database import ServerDatabase
from dpo_desk.storage.server.errors import ServerRefused

from . import test_team_server as base
from .test_team_server import DPO_PASSWORD, OWNER_PASSWORD, STAFF_PASSWORD, TeamDb, _insert, _two_organisations

team_db = base.team_db  # the fixture: a database of its own on the session's private server

pytestmark = [pytest.mark.needs_postgres, pytest.mark.clock_free]
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$")
# What JSON escaping can differ on: quotes, backslashes, control characters, accents, beyond the BMP.
AWKWARD = 'Lefèvre "le grand" \\ C:\\dossier\n\ttab \x01 ☃ 𝄞 </script>'


def _ids(db: TeamDb) -> dict[str, int]:
    with ServerDatabase(db.url(), password=OWNER_PASSWORD) as server, server.reader() as read:
        return {ref: int(i) for i, ref in read.execute("SELECT id, reference FROM request").fetchall()}


def _verify(db: TeamDb, login: str, password: str) -> list[events.ChainProblem]:
    with ServerDatabase(db.url(login), password=password) as server, server.reader(orm=True) as read:
        return events.verify_chain(read.orm, batch=37)


WRITER = """
import sys, psycopg
from psycopg.types.json import Json
from dpo_desk.domain.hashchain import Checkpoint, details_digest
conninfo, request_id, count, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
request_id = int(request_id) if request_id else None
with psycopg.connect(conninfo, autocommit=True) as conn:
    for n in range(count):
        details = {"n": n, "writer": tag, "text": sys.argv[5]}
        with conn.transaction():  # one short transaction per change, as a unit of work
            conn.execute("SELECT seq FROM dpo_desk_append_event(%s, %s, %s, %s::json, %s)",
                         ("note_added", request_id, "", Json(details), details_digest(details)))
"""


def test_concurrent_writers_keep_one_chain_that_verifies(team_db: TeamDb) -> None:
    """6 processes x 50 events at once, as two different logins: one unbroken chain, each seq once."""
    _two_organisations(team_db)
    imv = _ids(team_db)["IMV-2026-0001"]
    server = team_db.server
    writers = []
    for number in range(6):
        login, password = (team_db.dpo, DPO_PASSWORD) if number % 2 else (team_db.staff, STAFF_PASSWORD)
        conninfo = f"host={server.socket_dir} port={server.port} dbname={team_db.name} user={login} password={password}"
        request_id = "" if login == team_db.dpo and number == 5 else str(imv)  # one writer with no request
        command = [sys.executable, "-c", WRITER, conninfo, request_id, "50", f"w{number}", AWKWARD]
        writers.append(subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for writer in writers:
        _, errors = writer.communicate(timeout=300)
        assert writer.returncode == 0, errors
    with ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner, owner.reader() as read:
        rows = read.execute('SELECT seq, "user", prev_hash, hash FROM event ORDER BY seq').fetchall()
    assert [row[0] for row in rows] == list(range(1, 303))  # init's 2 events, then 300: no gap, no twice
    assert all(rows[i][2] == rows[i - 1][3] for i in range(1, len(rows)))  # each follows the one before
    assert {row[1] for row in rows[2:]} == {team_db.dpo, team_db.staff}
    assert _verify(team_db, team_db.dpo, DPO_PASSWORD) == []


def test_the_server_hashes_as_the_file_does_and_records_the_login(team_db: TeamDb) -> None:
    """events.record on a server: the server's seq, time and login (not the name passed), the same hashes."""
    _two_organisations(team_db)
    with (
        ServerDatabase(team_db.url(team_db.staff), password=STAFF_PASSWORD) as server,
        server.unit_of_work() as session,
    ):
        # The role lookup of services/permissions.py is not the server's concern here: given.
        session.info["roles"] = {"the-dpo-claims-me": Role.STAFF}
        request = session.scalars(sa.select(Request)).one()
        event = events.record(
            session, user="the-dpo-claims-me", kind="note_added", request=request, details={"note": AWKWARD}
        )
        assert (event.seq, event.user, event.reference) == (3, team_db.staff, "IMV-2026-0001")
        assert ISO_UTC.match(event.at)
        assert event.details == {"note": AWKWARD} and event.details_sha256 == details_digest({"note": AWKWARD})
        session.flush()  # the ORM knows the row and inserts nothing more
        assert session.get(Event, 3) is event
    # A name given from psql does not matter either: the function takes none.
    forged = team_db.psql(
        team_db.staff,
        STAFF_PASSWORD,
        "SELECT \"user\", reference FROM dpo_desk_append_event('x', NULL, "
        f"'{AWKWARD.replace(chr(39), chr(39) * 2)}', '{{}}', '{details_digest({})}')",
    )
    assert forged.returncode == 0, forged.stderr
    assert forged.stdout.startswith(f"{team_db.staff}|Lefèvre")
    with ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner, owner.reader() as read:
        assert read.execute("SELECT count(*) FROM event").fetchone() == (4,)
    assert _verify(team_db, team_db.dpo, DPO_PASSWORD) == []


def test_the_history_takes_no_insert_update_or_delete_but_through_the_function(team_db: TeamDb) -> None:
    _two_organisations(team_db)
    insert = (
        'INSERT INTO event (seq, at, "user", kind, request_id, reference, details, details_sha256, prev_hash, hash) '
        f"VALUES (99, '2026-01-01', 'claire', 'forged', NULL, '', '{{}}', '{'0' * 64}', '{'0' * 64}', '{'0' * 64}')"
    )
    for login, password in ((team_db.staff, STAFF_PASSWORD), (team_db.dpo, DPO_PASSWORD)):
        for sql in (insert, "UPDATE event SET kind = 'forged'", "DELETE FROM event", "TRUNCATE event"):
            refused = team_db.psql(login, password, sql)
            assert refused.returncode != 0 and "permission denied" in refused.stderr, (login, sql, refused.stderr)
    for sql in ("SELECT count(*) FROM dpo_desk_event_chain()", "SELECT count(*) FROM dpo_desk_purged_requests()"):
        staff = team_db.psql(team_db.staff, STAFF_PASSWORD, sql)
        assert staff.returncode != 0 and "permission denied for function" in staff.stderr, staff.stderr
        dpo = team_db.psql(team_db.dpo, DPO_PASSWORD, sql)
        assert dpo.returncode == 0, dpo.stderr
    bad = team_db.psql(team_db.staff, STAFF_PASSWORD, "SELECT dpo_desk_append_event('x', NULL, '', '{}', 'nope')")
    assert bad.returncode != 0 and "SHA-256" in bad.stderr
    kinds = team_db.psql(team_db.owner, OWNER_PASSWORD, "SELECT kind FROM event ORDER BY seq")
    assert kinds.stdout.split() == ["organisation_added", "member_added"]


def test_row_level_security_on_the_history_with_psql(team_db: TeamDb) -> None:
    """Staff see their organisations' events and their own; a DPO's verify covers every organisation's."""
    _two_organisations(team_db)
    ids = _ids(team_db)
    digest = details_digest({})
    with (
        ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner,
        owner.engine.begin() as conn,
    ):  # the owner writes anywhere
        for request_id in (ids["IMV-2026-0001"], ids["CLIENTB-2026-0001"]):
            conn.exec_driver_sql(
                "SELECT dpo_desk_append_event('note_added', %(r)s, 'ref', '{}', %(d)s)", {"r": request_id, "d": digest}
            )
    other = team_db.psql(
        team_db.staff,
        STAFF_PASSWORD,
        f"SELECT dpo_desk_append_event('note_added', {ids['CLIENTB-2026-0001']}, '', '{{}}', '{digest}')",
    )
    assert other.returncode != 0 and "not one of your organisations" in other.stderr
    own = team_db.psql(
        team_db.staff, STAFF_PASSWORD, f"SELECT seq FROM dpo_desk_append_event('mine', NULL, '', '{{}}', '{digest}')"
    )
    assert own.returncode == 0, own.stderr
    seen = team_db.psql(team_db.staff, STAFF_PASSWORD, "SELECT seq, kind, request_id FROM event ORDER BY seq")
    assert seen.stdout.split() == [f"3|note_added|{ids['IMV-2026-0001']}", "5|mine|"]
    dpo = team_db.psql(team_db.dpo, DPO_PASSWORD, "SELECT seq FROM event ORDER BY seq")  # IMV's DPO
    assert dpo.stdout.split() == ["1", "2", "3", "5"]
    chain = team_db.psql(team_db.dpo, DPO_PASSWORD, "SELECT seq, details IS NULL FROM dpo_desk_event_chain()")
    assert chain.stdout.split() == ["1|f", "2|f", "3|f", "4|t", "5|f"]  # CLIENTB's details are not shown
    assert _verify(team_db, team_db.dpo, DPO_PASSWORD) == []
    # The checkpoint (the whole chain's head) is CLIENTB's event here, hidden from staff: still theirs to print.
    with ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner, owner.engine.begin() as conn:
        last = conn.exec_driver_sql(
            "SELECT seq, hash FROM dpo_desk_append_event('note_added', %(r)s, '', '{}', %(d)s)",
            {"r": ids["CLIENTB-2026-0001"], "d": digest},
        ).one()
    with (
        ServerDatabase(team_db.url(team_db.staff), password=STAFF_PASSWORD) as staff,
        staff.reader(orm=True) as read,
    ):
        head = events.checkpoint(read.orm)
        assert head == Checkpoint(6, last[1]) and last[0] == 6
        assert events.check_checkpoint(read.orm, head) is None
        cut = events.check_checkpoint(read.orm, Checkpoint(9, last[1]))
        assert cut is not None and "the history was cut" in cut.problem
        rewritten = events.check_checkpoint(read.orm, Checkpoint(5, last[1]))
        assert rewritten is not None and "rewritten" in rewritten.problem
    # The owner may switch the trigger off: verify says what was changed, even in CLIENTB's events.
    team_db.psql(
        team_db.owner,
        OWNER_PASSWORD,
        "ALTER TABLE event DISABLE TRIGGER event_no_update; UPDATE event SET kind = 'forged' WHERE seq = 4; "
        "UPDATE event SET details = '{\"n\": 1}' WHERE seq = 3; ALTER TABLE event ENABLE TRIGGER event_no_update",
    ).check_returncode()
    problems = _verify(team_db, team_db.dpo, DPO_PASSWORD)
    assert [(p.seq, p.problem) for p in problems] == [
        (3, "was changed after it was written"),
        (4, "was changed after it was written"),
    ]


def _snapshot(db: TeamDb) -> str:
    """Everything a DPO act could change, as the owner sees it."""
    sql = " UNION ALL ".join(
        f"SELECT '{name}', md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM ({query}) t"
        for name, query in (
            ("request", "SELECT * FROM request"),
            ("person", "SELECT * FROM person"),
            ("letter", "SELECT * FROM letter"),
            ("answer_fact", "SELECT * FROM answer_fact"),
            ("organisation", "SELECT * FROM organisation"),
            ("meta", "SELECT * FROM meta"),
            ("member", "SELECT * FROM member"),
            ("member_organisation", "SELECT * FROM member_organisation"),
            ("event", "SELECT * FROM event"),
            ("roles", "SELECT rolname FROM pg_roles WHERE rolname = 'newcomer'"),
        )
    )
    return db.psql(db.owner, OWNER_PASSWORD, sql).stdout


def test_staff_are_refused_each_dpo_act_from_psql_and_the_dpo_is_not(team_db: TeamDb) -> None:
    a, _ = _two_organisations(team_db)
    imv = _ids(team_db)["IMV-2026-0001"]
    with ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner, owner.engine.begin() as conn:
        _insert(conn, "letter", request_id=imv, kind="refusal", subject="Refusal")
        spare = _insert(conn, "person", organisation_id=a, last_name="Nobody's")
        conn.exec_driver_sql(
            f"SELECT dpo_desk_append_event('note_added', {imv}, 'IMV-2026-0001', '{{\"n\": 1}}', "
            f"'{details_digest({'n': 1})}')"
        )
    where = f"WHERE id = {imv}"
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC).isoformat()
    copy = (
        "INSERT INTO letter (request_id, kind, language, subject, created_at, created_by, sha256, pdf, "
        "sent_channel, registered_mail_no, sent_message_id, registered, late) SELECT request_id, '{kind}', language, "
        "subject, created_at, created_by, sha256, pdf, sent_channel, registered_mail_no, sent_message_id, registered, "
        f"late FROM letter WHERE kind = 'refusal' AND request_id = {imv}"
    )
    fact = (
        "INSERT INTO answer_fact (request_id, kind, subject, data, recorded_at, recorded_by) "
        f"VALUES ({imv}, '{{kind}}', '', '{{data}}', '{now}', 'x')"
    )
    dpo_acts = {
        "extend a deadline": "UPDATE request SET extended = true, extension_reason = 'complex', "
        f"extended_on = '2026-11-20' {where}",
        "refuse a request": f"UPDATE request SET status = 'refused' {where}",
        "refuse a request in part": f"UPDATE request SET status = 'partially_refused' {where}",
        "withdraw as logged in error": f"UPDATE request SET status = 'logged_in_error' {where}",
        "keep the extension letter": copy.format(kind="extension_notice"),
        "keep a refusal letter": copy.format(kind="partial_refusal"),
        "send the refusal letter": "UPDATE letter SET sent_on = '2026-11-20', sent_channel = 'post' "
        "WHERE kind = 'refusal'",
        "send the extension notice": f"UPDATE request SET extension_notified_on = '2026-11-20' {where}",
        "decide unfounded": "INSERT INTO answer_fact (request_id, kind, subject, data, recorded_at, recorded_by) "
        f"VALUES ({imv}, 'unfounded', '', '{{}}', '{now}', 'x')",
        "keep data despite an erasure request": fact.format(
            kind="erasure", data='{"erased": "the account", "kept": [{"what": "invoices", "ground": "b"}]}'
        ),
        "continue despite an objection": fact.format(kind="objection", data='{"outcome": "continues"}'),
        "purge a case": f"UPDATE request SET purged_on = '2026-11-20' {where}",
        "redact a purged case's history": f"SELECT dpo_desk_redact_history({imv})",
        "delete a person": f"DELETE FROM person WHERE id = {spare}",
        "change settings": "UPDATE organisation SET retention_years = 3",
        "change a setting of the file": "INSERT INTO meta (key, value) VALUES ('by', 'whom')",
        "add a member": "INSERT INTO member (login, name, role, active, added_at, added_by, digest_email) "
        f"VALUES ('newcomer', '', 'dpo', true, '{now}', 'x', '')",
        "give a login its role and organisations": f"SELECT dpo_desk_grant_member('newcomer', 'staff', ARRAY[{a}])",
    }
    before = _snapshot(team_db)
    for act, sql in dpo_acts.items():
        staff = team_db.psql(team_db.staff, STAFF_PASSWORD, sql)
        assert staff.returncode != 0, act
        assert "only a DPO can" in staff.stderr or "permission denied" in staff.stderr, (act, staff.stderr)
        # Not even by taking the group's role: the check is on the authenticated login.
        again = team_db.psql(team_db.staff, STAFF_PASSWORD, f"SET ROLE dpo_desk_staff; {sql}")
        assert again.returncode != 0, act
    assert _snapshot(team_db) == before
    for act, sql in dpo_acts.items():  # in this order: the purge before its redaction
        dpo = team_db.psql(team_db.dpo, DPO_PASSWORD, sql)
        assert dpo.returncode == 0, (act, dpo.stderr)
    # What staff do record is not refused: an erasure with nothing kept, an objection that stopped it.
    for kind, data in (("erasure", '{"erased": "all", "kept": []}'), ("objection", '{"outcome": "stopped"}')):
        staff = team_db.psql(team_db.staff, STAFF_PASSWORD, fact.format(kind=kind, data=data).replace("''", "'s'", 1))
        assert staff.returncode == 0, staff.stderr
    with ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner, owner.reader() as read:
        assert read.execute(f"SELECT extended, status, purged_on FROM request {where}").fetchone() == (
            True,
            "logged_in_error",
            date(2026, 11, 20),
        )
        assert read.execute(f"SELECT details::text FROM event WHERE request_id = {imv}").fetchall() == [
            ('{"redacted":true}',)
        ]
        assert read.execute("SELECT organisation_id FROM member_organisation WHERE login = 'newcomer'").fetchall() == [
            (a,)
        ]
    assert _verify(team_db, team_db.dpo, DPO_PASSWORD) == []  # the redaction keeps the chain
    # The purge's own call (storage/server/acts.py), in a DPO's unit of work: what is left of the purged
    # case's history is redacted (as redact_events does on a file), then nothing more.
    with ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner, owner.engine.begin() as conn:
        conn.exec_driver_sql(
            "SELECT dpo_desk_append_event('case_purged', %(r)s, '', '{\"kept\": 1}', %(d)s)",
            {"r": imv, "d": details_digest({"kept": 1})},
        )
    with ServerDatabase(team_db.url(team_db.dpo), password=DPO_PASSWORD) as dpo_db:
        with dpo_db.unit_of_work() as session:
            assert acts.redact_history(session.connection(), imv) == 1
        with dpo_db.unit_of_work() as session:
            assert acts.redact_history(session.connection(), imv) == 0
    with (
        ServerDatabase(team_db.url(team_db.staff), password=STAFF_PASSWORD) as staff_db,
        pytest.raises(ServerRefused, match="permission denied for function dpo_desk_redact_history"),
        staff_db.unit_of_work() as session,
    ):
        acts.redact_history(session.connection(), imv)
    # The redaction is for purged cases only, even for a DPO; and only of the DPO's organisations.
    clientb = _ids(team_db)["CLIENTB-2026-0001"]
    refused = team_db.psql(team_db.dpo, DPO_PASSWORD, f"SELECT dpo_desk_redact_history({clientb})")
    assert refused.returncode != 0 and "not one of your organisations" in refused.stderr
    team_db.psql(team_db.owner, OWNER_PASSWORD, f"UPDATE request SET purged_on = NULL {where}").check_returncode()
    unpurged = team_db.psql(team_db.dpo, DPO_PASSWORD, f"SELECT dpo_desk_redact_history({imv})")
    assert unpurged.returncode != 0 and "is not purged" in unpurged.stderr


def test_the_security_can_be_applied_again_and_still_holds(team_db: TeamDb) -> None:
    """A later release re-applies it on a server in use: nothing fails, nothing is lost, nothing opens."""
    _two_organisations(team_db)
    for _ in range(2):
        with ServerDatabase(team_db.url(), password=OWNER_PASSWORD) as owner, owner.engine.begin() as conn:
            schema.apply_security(conn)
    extend = team_db.psql(team_db.staff, STAFF_PASSWORD, "UPDATE request SET extended = true")
    assert extend.returncode != 0 and "only a DPO can extend a deadline" in extend.stderr
    forged = team_db.psql(team_db.staff, STAFF_PASSWORD, "DELETE FROM event")
    assert forged.returncode != 0 and "permission denied" in forged.stderr
    seen = team_db.psql(team_db.staff, STAFF_PASSWORD, "SELECT count(*) FROM event")
    assert seen.stdout.strip() == "0"  # the owner's events of no request stay the DPOs'
    assert _verify(team_db, team_db.dpo, DPO_PASSWORD) == []
