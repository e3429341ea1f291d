"""The command line on a team server (issue 20, "Connect" and "Members"), against the real private
PostgreSQL server (tests/pg_server.py): `server init`, `users add` a staff login, then that staff's
own commands; and the demo searched on the server and in a case file, with the same results."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from dpo_desk.cli.main import main
from dpo_desk.demo.sample import populate
from dpo_desk.services import case_list
from dpo_desk.services.case_list import ListFilter
from dpo_desk.services.cases import suggest_people
from dpo_desk.services.dashboard import dashboard_counts
from dpo_desk.services.request_detail import get_request
from dpo_desk.services.roles import role_in
from dpo_desk.services.views import RequestDetail
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.server import schema
from dpo_desk.storage.server.database import ServerDatabase

from .conftest import TODAY
from .test_team_server import DPO_PASSWORD, OWNER_PASSWORD, STAFF_PASSWORD, TeamDb, _set_password, team_db

pytestmark = [pytest.mark.needs_postgres]
__all__ = ["team_db"]  # the fixture, reused


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _history(db: TeamDb) -> list[list[str]]:
    """(user, kind) of every event, as the owner reads them with psql."""
    rows = db.psql(db.owner, OWNER_PASSWORD, 'SELECT "user", kind FROM event ORDER BY seq').stdout.split()
    return [row.split("|") for row in rows]


def _with_staff(db: TeamDb, capsys: pytest.CaptureFixture[str]) -> None:
    """`server init`, then `users add` of the staff login by the owner, and its password set with psql."""
    assert db.init().returncode == 0
    code, out, err = run(capsys, "--server", db.url(), "users", "add", db.staff, "--role", "staff", "--org", "imv")
    assert code == 0, err
    assert f"{db.staff} is a staff of IMV" in out and f"\\password {db.staff}" in out
    _set_password(db, db.staff, STAFF_PASSWORD)


def test_users_add_grants_a_login_its_role_and_organisation(
    team_db: TeamDb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = team_db
    _with_staff(db, capsys)
    assert db.psql(
        db.owner, OWNER_PASSWORD, f"SELECT role, active FROM member WHERE login = '{db.staff}'"
    ).stdout.split() == ["staff|t"]
    granted = db.psql(
        db.owner,
        OWNER_PASSWORD,
        f"SELECT pg_has_role('{db.staff}', 'dpo_desk_staff', 'member'), "
        f"pg_has_role('{db.staff}', 'dpo_desk_dpo', 'member')",
    )
    assert granted.stdout.split() == ["t|f"]
    assert _history(db)[-1] == [db.owner, "member_added"]  # the owner's authenticated login, who granted it
    seen = db.psql(db.staff, STAFF_PASSWORD, "SELECT code FROM organisation")
    assert seen.returncode == 0 and seen.stdout.split() == ["IMV"]

    # The staff member may not add members: refused in words, exit 2, nothing changed.
    monkeypatch.setenv("PGPASSWORD", STAFF_PASSWORD)
    monkeypatch.setenv("DPO_DESK_SERVER", db.url(db.staff))  # the environment's server, as --server
    code, _, err = run(capsys, "users", "add", "mallory", "--role", "dpo")
    assert code == 2 and "Only a DPO can manage the users of the case file" in err
    code, _, err = run(capsys, "users", "set", db.staff, "--role", "dpo")
    assert code == 2 and "does not change a team server's logins yet" in err
    # A typed name is never the user on a server; nor do the case file's own commands apply.
    code, _, err = run(capsys, "--user", db.dpo, "list")
    assert code == 2 and "never a typed name: leave out --user" in err
    for command in (
        ["backup"],
        ["rotate-key"],
        ["change-passphrase"],
        ["verify"],
        ["init", "--org-code", "X", "--org-name", "X"],
    ):
        code, _, err = run(capsys, *command)
        assert code == 2 and f"dpo-desk {command[0]} is about a case file" in err and "does not apply" in err, err
    assert "Traceback" not in err
    assert run(capsys, "deadline", "2026-03-05")[0] == 0  # needs neither a case file nor a server
    monkeypatch.setenv("DPO_DESK_CASE_FILE", "cases.dpodesk")
    code, _, err = run(capsys, "list")
    assert code == 2 and "not both" in err
    monkeypatch.delenv("DPO_DESK_CASE_FILE")
    count = db.psql(db.owner, OWNER_PASSWORD, "SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'")
    assert count.stdout.strip() == "0" and len(_history(db)) == 3

    # A DPO adds members too, through the server's own function; the history names the DPO.
    _set_password(db, db.dpo, DPO_PASSWORD)
    monkeypatch.setenv("PGPASSWORD", DPO_PASSWORD)
    code, out, err = run(capsys, "--server", db.url(db.dpo), "users", "add", f"{db.staff}b", "--role", "staff")
    assert code == 0 and f"{db.staff}b is a staff of IMV" in out, err  # the server's only organisation
    assert _history(db)[-1] == [db.dpo, "member_added"]
    seen = db.psql(
        db.owner, OWNER_PASSWORD, f"SELECT organisation_id FROM member_organisation WHERE login = '{db.staff}b'"
    )
    assert seen.stdout.split() == ["1"]

    # The owner again: an organisation the server does not hold is said, and nothing is granted.
    monkeypatch.setenv("PGPASSWORD", OWNER_PASSWORD)
    code, _, err = run(capsys, "--server", db.url(), "users", "add", "mallory", "--role", "staff", "--org", "NOPE")
    assert code == 2 and "There is no organisation with the code NOPE" in err
    assert (
        db.psql(db.owner, OWNER_PASSWORD, "SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'").stdout.strip()
        == "0"
    )


def test_staff_log_list_show_and_search_on_the_server(
    team_db: TeamDb, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = team_db
    _with_staff(db, capsys)
    monkeypatch.setenv("PGPASSWORD", STAFF_PASSWORD)
    staff = ["--server", db.url(db.staff)]
    received_on = TODAY - timedelta(days=2)
    received = received_on.isoformat()
    first, second = f"IMV-{received_on.year}-0001", f"IMV-{received_on.year}-0002"  # the year received
    code, out, err = run(
        capsys, *staff, "add", "--channel", "post", "--received", received, "--first-name", "Hélène",
        "--last-name", "Lefèvre", "--address", "3 rue des Lilas\\n61300 L'Aigle", "--rights", "access,erasure",
        "--registered-mail", "1A 123 456 7890 1", "--text", "Demande d'accès à mes données",
    )  # fmt: skip
    assert code == 0, err
    reference = first
    assert f"Logged {reference}" in out, out
    code, out, err = run(capsys, *staff, "add", "--channel", "email", "--received", received, "--email",
                         "jean.dupont@example.fr", "--last-name", "Dupont", "--rights", "access")  # fmt: skip
    assert code == 0, err

    code, out, err = run(capsys, *staff, "list", "--json")
    assert code == 0, err
    assert sorted(row["reference"] for row in json.loads(out)) == [first, second]

    code, out, err = run(capsys, *staff, "show", reference, "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["person_name"] == "Hélène Lefèvre" and shown["rights"] == ["access", "erasure"]
    assert shown["received_on"] == received
    assert {event["user"] for event in shown["events"]} == {db.staff}  # the authenticated login

    for typed, found in (
        ("Lefèvre", [first]),
        ("lefevre", [first]),
        ("LEFE", [first]),
        ("hél lef", [first]),
        ("helene", [first]),
        ("acces donn", [first]),
        ("1A12345", [first]),
        ("dup", [second]),
        ("example", [second]),
        (f"IMV-{received_on.year}", [first, second]),
        ("lefèvre dupont", []),
        ("efe", []),  # a prefix of a word, not any part of it
    ):
        code, out, err = run(capsys, *staff, "list", "--search", typed, "--json")
        assert code == 0, err
        assert sorted(row["reference"] for row in json.loads(out)) == found, typed

    history = _history(db)
    assert [user for user, _ in history[:3]] == [db.owner] * 3  # server init, users add
    assert {user for user, _ in history[3:]} == {db.staff}
    assert sorted({kind for _, kind in history[3:]}) == ["request_logged"]


# What the comparison types: accents or none, upper case, prefixes of two letters and more, several
# words, references, addresses, numbers; and what finds nothing.
SEARCHES = (
    "Lefèvre", "lefevre", "LEFEVRE", "lef", "le", "Guérin", "guerin", "gue", "gu", "François", "francois",
    "fran", "Élodie", "elodie", "Étienne", "et", "Maël", "mael", "Zoé", "zoe", "Anaïs", "anais", "an", "de",
    "ma", "mar", "du", "jeanne lef", "jean", "example", "example.fr", "IMV", "IMV-2026", "2026", "00",
    "données", "donnees", "DONNÉES", "erronée", "erronee", "décès", "deces", "réexamen", "reex", "é",
    "rh", "zz", "xyzzy", "a_b", "jeanne_lef", "_", "_ lef",
)  # fmt: skip


def _timeless(detail: RequestDetail) -> RequestDetail:
    """The detail without what the demo's writing time changes: when, and the scans' bytes (a PDF
    drawn then holds its date); and who, which the server takes from the login (here, the owner)."""
    return replace(
        detail,
        events=[
            replace(
                event, at="", user="", details={k: v for k, v in event.details.items() if k not in ("sha256", "size")}
            )
            for event in detail.events
        ],
        attachments=[replace(attachment, added_at="", sha256="", size=0) for attachment in detail.attachments],
    )


def test_the_demo_finds_the_same_requests_on_the_server_and_in_the_file(team_db: TeamDb, demo_case: CaseFile) -> None:
    server = ServerDatabase(team_db.url())
    with server.engine.begin() as conn:
        schema.create_schema(conn)  # no member yet: whoever writes is the one person, as in a new file
    populate(server, today=TODAY)  # type: ignore[arg-type]  # any door: the demo writes through unit_of_work()
    with demo_case.reader() as file, server.reader() as team:
        everything = case_list.count_requests(file, ListFilter(), today=TODAY)
        assert everything > 30 and case_list.count_requests(team, ListFilter(), today=TODAY) == everything
        differences = {}
        for typed in SEARCHES:
            flt = ListFilter(text=typed, sort="reference")
            in_file = [row.reference for row in case_list.list_requests(file, flt, today=TODAY)]
            on_server = [row.reference for row in case_list.list_requests(team, flt, today=TODAY)]
            if in_file != on_server or case_list.count_requests(team, flt, today=TODAY) != len(in_file):
                differences[typed] = (in_file, on_server)
        assert differences == {}
        # The same rows, whole: the list, the counts, and every request's detail (the times of its
        # history and attachments excepted: each was written when the demo was, on its own clock).
        assert case_list.list_requests(file, ListFilter(), today=TODAY) == case_list.list_requests(
            team, ListFilter(), today=TODAY
        )
        assert dashboard_counts(file, today=TODAY) == dashboard_counts(team, today=TODAY)
        for row in case_list.list_requests(file, ListFilter(), today=TODAY):
            assert _timeless(get_request(file, row.reference, today=TODAY)) == _timeless(
                get_request(team, row.reference, today=TODAY)
            ), row.reference
        assert role_in(file, "lucas.accueil") == role_in(team, "lucas.accueil")
        # The server's search can use its trigram index (the planner takes it once the table is large).
        team.execute("SET LOCAL enable_seqscan = off")
        like = "SELECT rowid FROM request_fts WHERE words LIKE '%% ' || dpo_desk_fold(%s) || '%%'"
        plan = " ".join(row[0] for row in team.execute(f"EXPLAIN {like}", ("lefè",)).fetchall())
        assert "Index Scan on request_fts_words" in plan and "'% lefe%'" in plan, plan
        # The searches find something, and not everything (the comparison would hold on an empty list).
        found = {typed: len(case_list.list_requests(file, ListFilter(text=typed), today=TODAY)) for typed in SEARCHES}
        assert found["lefevre"] > 0 and found["an"] > found["anais"] > 0 and found["xyzzy"] == 0
        assert found["guerin"] > 0 and found["deces"] > 0 and found["IMV-2026"] < everything
    suggested = 0
    with demo_case.reader(orm=True) as file, server.reader(orm=True) as team:
        for name, email in (("lef", ""), ("guer", ""), ("élo", ""), ("", "jules.muller1@example.fr"), ("mu", "")):
            in_file = [(p.name, p.emails) for p in suggest_people(file.orm, "IMV", name=name, email=email)]
            on_server = [(p.name, p.emails) for p in suggest_people(team.orm, "IMV", name=name, email=email)]
            assert in_file == on_server, (name, email)
            suggested += len(in_file)
    assert suggested >= 4
    server.close()
