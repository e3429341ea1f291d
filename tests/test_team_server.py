"""Team mode's base (issue 20) against a real private PostgreSQL server (tests/pg_server.py):
`dpo-desk server init` through the real command line, then what the server itself refuses, tried
with the real psql as each login: the history's edits, another organisation's rows, a DPO's act."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from dpo_desk.storage import migrate
from dpo_desk.storage.models import Base, Member, Organisation
from dpo_desk.storage.server import schema
from dpo_desk.storage.server.database import ServerDatabase
from dpo_desk.storage.server.engine import Tls, connect_arguments, server_url, shown
from dpo_desk.storage.server.errors import ServerError, ServerRefused, ServerUnreachable

from .pg_server import PgServer

# The server keeps its own clock; nothing here reads the calendar (left out of `make test-dates`).
pytestmark = [pytest.mark.needs_postgres, pytest.mark.clock_free]
OWNER_PASSWORD, DPO_PASSWORD, STAFF_PASSWORD = "owner-pw-1", "dpo-pw-2", "staff-pw-3"
_numbers = itertools.count(1)


@dataclass
class TeamDb:
    server: PgServer
    name: str
    owner: str
    dpo: str  # logins are the cluster's: each database has its own
    staff: str

    def url(self, login: str | None = None) -> str:
        return self.server.url(self.name, login or self.owner)

    def psql(self, login: str, password: str, sql: str) -> subprocess.CompletedProcess[str]:
        return self.server.psql(sql, database=self.name, login=login, password=password)

    def init(self, *extra: str, org: str = "IMV", dpo: str = "") -> subprocess.CompletedProcess[str]:
        """`dpo-desk server init` in its own process, as the owner; the password from PGPASSWORD."""
        command = [sys.executable, "-m", "dpo_desk", "server", "init", "--url", self.url(), "--org-code", org]
        command += ["--org-name", f"{org} SA", "--dpo", dpo or self.dpo, *extra]
        environment = {**os.environ, "PGPASSWORD": OWNER_PASSWORD}
        return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120)


@pytest.fixture
def team_db(postgres_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamDb]:
    """An empty database of its own, owned by a login that may create roles (not a superuser)."""
    number = next(_numbers)
    owner, name = f"desk_owner{number}", f"desk{number}"
    postgres_server.admin(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
    postgres_server.admin(f"CREATE DATABASE {name} OWNER {owner}")
    monkeypatch.setenv("PGPASSWORD", OWNER_PASSWORD)  # libpq's own password source, for ServerDatabase
    yield TeamDb(postgres_server, name, owner, f"claire{number}", f"bruno{number}")


def _set_password(db: TeamDb, login: str, password: str) -> None:
    db.server.admin(f"ALTER ROLE {login} PASSWORD '{password}'")


def _filler(column: sa.Column) -> object:  # type: ignore[type-arg]
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return False
    if isinstance(kind, sa.Integer):
        return 1
    if isinstance(kind, sa.DateTime):
        return datetime(2026, 11, 18, 9, 30, tzinfo=UTC)
    if isinstance(kind, sa.Date):
        return date(2026, 11, 18)
    if isinstance(kind, sa.JSON):
        return {}
    if isinstance(kind, sa.LargeBinary):
        return b""
    return "x"


def _insert(conn: sa.Connection, table: str, **given: object) -> int:
    """A row with `given` and a plain value in every other required column; its id."""
    columns = Base.metadata.tables[table].columns
    values = {
        c.name: _filler(c)
        for c in columns
        if not c.nullable and c.default is None and c.server_default is None and not c.primary_key
    }
    values.update(given)
    return int(
        conn.execute(sa.insert(Base.metadata.tables[table]).values(values).returning(sa.text("id"))).scalar_one()
    )


def _two_organisations(db: TeamDb) -> tuple[int, int]:
    """After init (IMV, its DPO): a second organisation CLIENTB, a request in each; a staff
    login of IMV only."""
    assert db.init().returncode == 0
    with ServerDatabase(db.url()) as server, server.engine.begin() as conn:  # the owner: no policy applies
        a = int(conn.execute(sa.text("SELECT id FROM organisation WHERE code = 'IMV'")).scalar_one())
        b = _insert(conn, "organisation", code="CLIENTB", legal_name="Client B")
        for org, reference in ((a, "IMV-2026-0001"), (b, "CLIENTB-2026-0001")):
            person = _insert(conn, "person", organisation_id=org, last_name=f"Person of {reference}")
            request = _insert(conn, "request", organisation_id=org, person_id=person, reference=reference)
            _insert(conn, "letter", request_id=request, subject=f"Letter of {reference}")
        schema.grant_member(conn, db.staff, "staff", [a])
    _set_password(db, db.staff, STAFF_PASSWORD)
    _set_password(db, db.dpo, DPO_PASSWORD)
    return a, b


def test_server_init_through_the_command_line(team_db: TeamDb) -> None:
    done = team_db.init("--dpo-email", "dpo@imv.example")
    assert done.returncode == 0, done.stderr
    assert f"Organisation IMV added; {team_db.dpo} is its DPO." in done.stdout
    assert f"\\password {team_db.dpo}" in done.stdout  # a new login: its password is still to be set
    with ServerDatabase(team_db.url()) as server, server.reader() as read:
        assert read.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head_revision(),)
        tables = {row[0] for row in read.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert tables >= {*Base.metadata.tables, "alembic_version", "member_organisation"}
        secured = read.execute(
            "SELECT relname FROM pg_class WHERE relrowsecurity AND relname = ANY(%s)", (schema.tables_under_policy(),)
        ).fetchall()
        assert sorted(row[0] for row in secured) == schema.tables_under_policy()
        history = read.execute('SELECT seq, "user", kind FROM event ORDER BY seq').fetchall()
        assert history == [(1, team_db.owner, "organisation_added"), (2, team_db.owner, "member_added")]
        dpo = read.execute(
            "SELECT pg_has_role(rolname, 'dpo_desk_dpo', 'member') AND rolcanlogin FROM pg_roles WHERE rolname = %s",
            (team_db.dpo,),
        ).fetchone()
        assert dpo == (True,)
    _set_password(team_db, team_db.dpo, DPO_PASSWORD)
    seen = team_db.psql(team_db.dpo, DPO_PASSWORD, "SELECT code, dpo_email FROM organisation")
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.split() == ["IMV|dpo@imv.example"]
    os.environ["PGPASSWORD"] = DPO_PASSWORD  # restored by the fixture's monkeypatch
    with ServerDatabase(team_db.url(team_db.dpo)) as server:
        assert server.login() == team_db.dpo
        with server.unit_of_work() as session:
            assert [m.login for m in session.scalars(sa.select(Member))] == [team_db.dpo]
            assert session.scalars(sa.select(Organisation.code)).all() == ["IMV"]


def test_the_password_comes_from_pgpass_or_is_asked_for(team_db: TeamDb, tmp_path: Path) -> None:
    """libpq's own sources: without PGPASSWORD, ~/.pgpass (PGPASSFILE) serves; with neither, and no
    terminal to type it in, the command says where to put it."""
    environment = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    nowhere = tmp_path / "no-pgpass"
    command = [sys.executable, "-m", "dpo_desk", "server", "init", "--url", team_db.url()]
    command += ["--org-code", "IMV", "--org-name", "IMV SA", "--dpo", team_db.dpo]
    asked = subprocess.run(
        command, capture_output=True, text=True, env={**environment, "PGPASSFILE": str(nowhere)}, timeout=120
    )
    assert asked.returncode == 1 and "asks for a password: set PGPASSWORD or write it in ~/.pgpass" in asked.stderr
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:{team_db.name}:{team_db.owner}:{OWNER_PASSWORD}\n", encoding="utf-8")
    pgpass.chmod(0o600)
    done = subprocess.run(
        command, capture_output=True, text=True, env={**environment, "PGPASSFILE": str(pgpass)}, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_in_a_terminal_the_password_is_typed_once(
    team_db: TeamDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dpo_desk.cli import server_commands

    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    asked: list[str] = []
    monkeypatch.setattr(server_commands.sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(server_commands.getpass, "getpass", lambda prompt: asked.append(prompt) or OWNER_PASSWORD)
    login = server_commands.open_server(team_db.url(), Tls(), lambda server: server.login())
    assert login == team_db.owner and asked == [f"Password for {team_db.url()}: "]


def test_the_migrations_build_exactly_the_models_on_the_server(team_db: TeamDb) -> None:
    """The same models and migrations as the case file's: the server's tables are exactly the models'."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert team_db.init().returncode == 0
    with ServerDatabase(team_db.url()) as server, server.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The server's own tables: who sees which organisation (schema.py), the search rows (search.py).
    own = {schema.ACCESS_TABLE, "request_fts"}
    differences = [
        d
        for d in differences
        if not ((d[0] == "remove_table" and d[1].name in own) or (d[0] == "remove_index" and d[1].table.name in own))
    ]
    assert differences == []


def test_server_init_twice_or_by_another_login_changes_nothing(team_db: TeamDb) -> None:
    assert team_db.init().returncode == 0
    again = team_db.init(org="OTHER")
    assert again.returncode == 1
    assert "already holds a DPO Desk case file" in again.stderr and "Traceback" not in again.stderr
    team_db.server.admin("CREATE ROLE intruder LOGIN PASSWORD 'intruder-pw'")
    command = [sys.executable, "-m", "dpo_desk", "server", "init", "--url", team_db.url("intruder")]
    command += ["--org-code", "X", "--org-name", "X", "--dpo", "x"]
    refused = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "PGPASSWORD": "intruder-pw"}, timeout=120
    )
    assert refused.returncode == 1
    assert "could not be reached, or refused the login" in refused.stderr  # CONNECT revoked from PUBLIC
    orgs = team_db.psql(team_db.owner, OWNER_PASSWORD, "SELECT code FROM organisation")
    assert orgs.stdout.split() == ["IMV"]


def test_the_history_refuses_updates_and_deletions_even_from_psql(team_db: TeamDb) -> None:
    _two_organisations(team_db)
    for sql in ("UPDATE event SET kind = 'forged' WHERE seq = 1", "DELETE FROM event WHERE seq = 2", "TRUNCATE event"):
        staff = team_db.psql(team_db.staff, STAFF_PASSWORD, sql)
        assert staff.returncode != 0 and "permission denied" in staff.stderr, (sql, staff.stderr)
        # Even the owner, who holds every privilege, is stopped by the trigger.
        owner = team_db.psql(team_db.owner, OWNER_PASSWORD, sql)
        assert owner.returncode != 0 and "append-only" in owner.stderr, (sql, owner.stderr)
    # (Events of no request are the DPOs' to see: tests/test_server_enforcement.py.)
    kinds = team_db.psql(team_db.owner, OWNER_PASSWORD, "SELECT kind FROM event ORDER BY seq")
    assert kinds.stdout.split() == ["organisation_added", "member_added"]


def test_staff_of_one_organisation_see_nothing_of_another_through_psql(team_db: TeamDb) -> None:
    a, b = _two_organisations(team_db)
    for sql, expected in (
        ("SELECT reference FROM request", ["IMV-2026-0001"]),
        ("SELECT code FROM organisation", ["IMV"]),
        (f"SELECT count(*) FROM person WHERE organisation_id = {b}", ["0"]),
        ("SELECT subject FROM letter", ["Letter of IMV-2026-0001"]),
    ):
        seen = team_db.psql(team_db.staff, STAFF_PASSWORD, sql)
        assert seen.returncode == 0, seen.stderr
        assert seen.stdout.strip().split("\n") == expected, sql
    changed = team_db.psql(
        team_db.staff, STAFF_PASSWORD, f"UPDATE request SET summary = 'seen' WHERE organisation_id = {b}"
    )
    assert (
        changed.returncode == 0
        and team_db.psql(
            team_db.owner, OWNER_PASSWORD, f"SELECT summary FROM request WHERE organisation_id = {b}"
        ).stdout.strip()
        != "seen"
    )
    moved = team_db.psql(team_db.staff, STAFF_PASSWORD, f"UPDATE person SET organisation_id = {b}")
    assert moved.returncode != 0 and "row-level security" in moved.stderr
    # The owner, who set it up, sees both (the policies are the members', not the owner's).
    both = team_db.psql(team_db.owner, OWNER_PASSWORD, "SELECT count(*) FROM request")
    assert both.stdout.strip() == "2" and a != b


def test_staff_cannot_change_settings_and_the_dpo_can(team_db: TeamDb) -> None:
    _two_organisations(team_db)
    for sql in (
        "UPDATE organisation SET dpo_email = 'me@imv.example'",
        "INSERT INTO meta (key, value) VALUES ('setting', 'by staff')",
        f"INSERT INTO member_organisation VALUES ('{team_db.staff}', 2)",
    ):
        staff = team_db.psql(team_db.staff, STAFF_PASSWORD, sql)
        assert staff.returncode != 0 and "permission denied" in staff.stderr, (sql, staff.stderr)
    dpo = team_db.psql(
        team_db.dpo, DPO_PASSWORD, "UPDATE organisation SET dpo_email = 'dpo@imv.example' RETURNING code"
    )
    assert dpo.returncode == 0 and dpo.stdout.split() == ["IMV"], dpo.stderr


def test_the_reader_is_read_only_and_a_refusal_is_said(team_db: TeamDb, monkeypatch: pytest.MonkeyPatch) -> None:
    _two_organisations(team_db)
    monkeypatch.setenv("PGPASSWORD", STAFF_PASSWORD)
    with ServerDatabase(team_db.url(team_db.staff)) as server:
        with server.reader() as read:
            assert read.execute("SELECT count(*) FROM request").fetchone() == (1,)
            assert read.execute("SELECT code FROM organisation WHERE id = %s", (1,)).fetchone() == ("IMV",)
        with server.reader(orm=True) as read:
            assert read.orm.scalars(sa.select(Organisation.code)).all() == ["IMV"]
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction), server.reader() as read:
            read.execute("UPDATE request SET summary = 'x'")
        with pytest.raises(ServerRefused, match="your role does not allow it"), server.unit_of_work() as session:
            session.execute(sa.text("UPDATE organisation SET city = 'Nantes'"))
        with server.unit_of_work() as session:  # a staff change within their organisation
            session.execute(sa.text("UPDATE request SET summary = 'called back'"))
            assert server.plain(session).execute("SELECT summary FROM request").fetchone() == ("called back",)
        assert server.commits == 1
    monkeypatch.setenv("PGPASSWORD", "not-the-password")
    with (
        pytest.raises(ServerUnreachable, match="password authentication failed"),
        ServerDatabase(team_db.url(team_db.staff)) as server,
    ):
        server.login()


def test_over_the_network_tls_is_required_unless_the_address_says_otherwise(team_db: TeamDb) -> None:
    """The private server offers no TLS on loopback: by default the connection is refused, not made in clear."""
    with pytest.raises(ServerUnreachable, match="could not be reached") as refused:
        ServerDatabase(team_db.server.tcp_url(team_db.name, team_db.owner)).login()
    assert "SSL" in str(refused.value)
    plain = ServerDatabase(team_db.server.tcp_url(team_db.name, team_db.owner) + "?sslmode=disable")
    with plain:
        assert plain.login() == team_db.owner


def test_server_addresses_and_tls() -> None:
    for wrong in ("sqlite:///x.db", "postgresql://host", "not a url"):
        with pytest.raises(ServerError, match="is not the address of a team server"):
            server_url(wrong)
    with pytest.raises(ServerError, match="Do not write the password"):
        server_url("postgresql://claire:secret@db.example/desk")
    network = server_url("postgresql://claire@db.example/desk")
    assert connect_arguments(network)["sslmode"] == "verify-full"
    assert connect_arguments(network, Tls(ca_file="/etc/ca.pem"))["sslrootcert"] == "/etc/ca.pem"
    assert connect_arguments(server_url("postgresql://db.example/desk?sslmode=require")).get("sslmode") is None
    assert "sslmode" not in connect_arguments(server_url("postgresql:///desk?host=/run/postgresql"))
    assert connect_arguments(network)["options"] == "-c TimeZone=UTC"
    assert shown(server_url("postgresql://claire@/desk?host=/run/postgresql")) == (
        "postgresql://claire@/desk?host=/run/postgresql"
    )
