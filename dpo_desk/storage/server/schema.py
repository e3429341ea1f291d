"""A team server's schema and what the server itself enforces.

The tables come from the same Alembic migrations as the case file's (dialect-aware where SQLite
and PostgreSQL differ). Then, on top, what only a server has:
- two group roles, dpo_desk_dpo (a member of dpo_desk_staff) and dpo_desk_staff; each person
  logs in with their own PostgreSQL login, granted one of them;
- grants: staff read everything of their organisations and change cases, but only a DPO changes
  an organisation's settings, the members, the mailboxes, the wording of letters and the register;
  the history is written by one function only (history.py: under a lock, with the login and the
  server's time) and its trigger refuses UPDATE, DELETE and TRUNCATE (the purge's redaction excepted);
- the DPO's own acts (extend, refuse, their letters, purge, members) refused to staff by triggers
  and security-definer functions (acts.py);
- row-level security: a login sees and writes only the rows of the organisations it is given
  (member_organisation), through the request or the attachment a row belongs to where it carries
  no organisation itself.
Every statement here can run again (CREATE OR REPLACE, IF NOT EXISTS): a later release re-applies it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ...explained import QT_TRANSLATE_NOOP
from .. import migrate
from ..models import Base
from . import acts, history
from .errors import NotTheOwner, ServerAlreadySetUp
from .search import create_search

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

GROUP_DPO = "dpo_desk_dpo"
GROUP_STAFF = "dpo_desk_staff"
ROLES = {"dpo": GROUP_DPO, "staff": GROUP_STAFF}
ACCESS_TABLE = "member_organisation"
SEES = "dpo_desk_sees"  # dpo_desk_sees(organisation id): may the authenticated login see it?

# Staff read these; only a DPO writes them.
DPO_WRITES = ("organisation", "member", "mailbox", "letter_template", "processing_activity", "meta")
# Everyone reads these; nobody but the owner writes them.
NOBODY_WRITES = ("alembic_version",)
# Nobody but the owner inserts into these: the history is appended by history.APPEND only.
APPEND_ONLY = ("event",)
# Staff insert and update these, only a DPO deletes them (deleting a case or a person is the purge's).
DPO_DELETES = ("request", "person")

# Row-level security: the tables that carry an organisation, then those that belong to one through
# a row of another table (their column -> that table's id, itself under its own policy).
BY_ORGANISATION = {
    "organisation": "id",
    "person": "organisation_id",
    "request": "organisation_id",
    "letter_template": "organisation_id",
    "processing_activity": "organisation_id",
    "do_not_contact": "organisation_id",
}
THROUGH = {
    "attachment": ("request_id", "request"),
    "pause": ("request_id", "request"),
    "request_right": ("request_id", "request"),
    "request_activity": ("request_id", "request"),
    "letter": ("request_id", "request"),
    "outgoing_message": ("request_id", "request"),
    "relay": ("request_id", "request"),
    "redaction": ("request_id", "request"),
    "imported_row": ("request_id", "request"),
    "answer_fact": ("request_id", "request"),
    "attachment_blob": ("attachment_id", "attachment"),
    "redacted_copy": ("attachment_id", "attachment"),
    "inbox_message": ("mailbox_id", "mailbox"),
}
POLICY = "dpo_desk_organisation"


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def check_can_set_up(conn: Connection) -> None:
    """Refuse unless the login owns the database and the database holds no DPO Desk schema yet."""
    database, owner, login = conn.exec_driver_sql(
        "SELECT current_database(), pg_get_userbyid(datdba), current_user FROM pg_database "
        "WHERE datname = current_database()"
    ).one()
    if owner != login:
        raise NotTheOwner(
            QT_TRANSLATE_NOOP(
                "Services",
                "Only the owner of the database {database} ({owner}) can set it up; {login} is not. "
                "Nothing was changed.",
            ),
            database=database,
            owner=owner,
            login=login,
        )
    if conn.exec_driver_sql("SELECT to_regclass('alembic_version') IS NOT NULL").scalar_one():
        revision = conn.exec_driver_sql("SELECT max(version_num) FROM alembic_version").scalar_one()
        raise ServerAlreadySetUp(
            QT_TRANSLATE_NOOP(
                "Services",
                "The database {database} already holds a DPO Desk case file (schema {revision}). Nothing was changed.",
            ),
            database=database,
            revision=revision,
        )


def create_schema(conn: Connection) -> None:
    """The tables (migrations), the roles, the grants and the policies, in the caller's transaction."""
    migrate.upgrade(conn)
    apply_security(conn)
    create_search(conn, _quote(conn, GROUP_STAFF), POLICY)  # the server's search (search.py)


def _role_exists(conn: Connection, name: str) -> bool:
    return bool(conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %(n)s", {"n": name}).first())


def _tables() -> list[str]:
    return sorted(Base.metadata.tables)


def apply_security(conn: Connection) -> None:
    def q(name: str) -> str:
        return _quote(conn, name)

    staff, dpo = q(GROUP_STAFF), q(GROUP_DPO)
    for group in (GROUP_STAFF, GROUP_DPO):
        if not _role_exists(conn, group):
            conn.exec_driver_sql(f"CREATE ROLE {q(group)} NOLOGIN")
    conn.exec_driver_sql(f"GRANT {staff} TO {dpo}")
    database = q(str(conn.exec_driver_sql("SELECT current_database()").scalar_one()))
    for statement in (
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {staff}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {staff}",
        f"CREATE TABLE IF NOT EXISTS {ACCESS_TABLE} (login name NOT NULL, "
        "organisation_id integer NOT NULL REFERENCES organisation(id) ON DELETE CASCADE, "
        "PRIMARY KEY (login, organisation_id))",
        f"REVOKE ALL ON {ACCESS_TABLE} FROM PUBLIC",
        # session_user: the authenticated login (current_user, inside SECURITY DEFINER, is the owner).
        f"CREATE OR REPLACE FUNCTION {SEES}(organisation integer) RETURNS boolean "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS "
        f"$$ SELECT EXISTS (SELECT 1 FROM {ACCESS_TABLE} WHERE login = session_user "
        "AND organisation_id = organisation) $$",
        f"REVOKE ALL ON FUNCTION {SEES}(integer) FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {SEES}(integer) TO {staff}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {staff}",
    ):
        conn.exec_driver_sql(statement)
    history.apply(conn, staff, dpo)
    _grant_tables(conn, staff, dpo)
    _row_level_security(conn)
    history.row_level_security(conn)
    acts.apply(conn, staff, dpo)


def _grant_tables(conn: Connection, staff: str, dpo: str) -> None:
    for table in [*_tables(), *NOBODY_WRITES]:
        name = _quote(conn, table)
        conn.exec_driver_sql(f"REVOKE ALL ON {name} FROM PUBLIC, {staff}, {dpo}")
        conn.exec_driver_sql(f"GRANT SELECT ON {name} TO {staff}")
        if table in APPEND_ONLY:
            continue
        if table in DPO_DELETES:
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE ON {name} TO {staff}")
            conn.exec_driver_sql(f"GRANT DELETE ON {name} TO {dpo}")
        elif table in DPO_WRITES:
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {dpo}")
        elif table not in NOBODY_WRITES:
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {staff}")


def _row_level_security(conn: Connection) -> None:
    rules = {table: f"{SEES}({_quote(conn, column)})" for table, column in BY_ORGANISATION.items()}
    # A mailbox of no organisation (one shared address) is everyone's.
    rules["mailbox"] = f"organisation_id IS NULL OR {SEES}(organisation_id)"
    for table, (column, parent) in THROUGH.items():
        # The parent's own policy applies inside the sub-query: a row follows its request's organisation.
        rules[table] = f"EXISTS (SELECT 1 FROM {_quote(conn, parent)} p WHERE p.id = {_quote(conn, column)})"
    for table, rule in rules.items():
        name = _quote(conn, table)
        conn.exec_driver_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {POLICY} ON {name}")
        conn.exec_driver_sql(f"CREATE POLICY {POLICY} ON {name} USING ({rule}) WITH CHECK ({rule})")


def tables_under_policy() -> list[str]:
    return sorted([*BY_ORGANISATION, "mailbox", *THROUGH, "event"])


def grant_member(conn: Connection, login: str, role: str, organisation_ids: Iterable[int]) -> bool:
    """Give `login` its role and organisations; create the login (no password yet) when it is new.

    Returns True when the login was created: its password is then set by the database's
    administrator (psql's \\password), or it signs in another way pg_hba.conf allows.
    """
    created = not _role_exists(conn, login)
    name = _quote(conn, login)
    if created:
        conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN")
    conn.exec_driver_sql(f"GRANT {_quote(conn, ROLES[role])} TO {name}")
    for organisation_id in organisation_ids:
        conn.exec_driver_sql(
            f"INSERT INTO {ACCESS_TABLE} (login, organisation_id) VALUES (%(login)s, %(org)s) ON CONFLICT DO NOTHING",
            {"login": login, "org": organisation_id},
        )
    return created
