"""Setting up a team server (issue 20): schema, roles, the first organisation and its first DPO; then
its members (`users add`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.references import normalise_code
from ..storage.models import Member, Organisation
from ..storage.server import acts, schema
from ..storage.server.database import ServerDatabase
from ..storage.server.engine import explained
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .organisations import OrganisationInput, add_organisation
from .permissions import require_dpo
from .roles import Role, normalise_login


@dataclass(frozen=True)
class SetUp:
    owner: str  # the database's owner, who ran it (recorded in the history)
    organisation: str
    dpo: str
    dpo_created: bool  # a new login: its password is still to be set


def set_up_server(server: ServerDatabase, organisation: OrganisationInput, dpo_login: str) -> SetUp:
    """All of it in one transaction: on any refusal the database is left as it was."""
    dpo = normalise_login(dpo_login)
    with explained(server.url), server.engine.begin() as conn:
        schema.check_can_set_up(conn)
        schema.create_schema(conn)
        owner = str(conn.exec_driver_sql("SELECT current_user").scalar_one())
        with Session(bind=conn, info={"door": server}) as session:  # the plain queries go through its door
            # The history has no member yet: the owner acts as the file's single user does.
            org = add_organisation(session, organisation, user=owner)
            events.record(session, user=owner, kind="member_added", details={"login": dpo, "role": Role.DPO.value})
            session.add(
                Member(
                    login=dpo, name="", role=Role.DPO.value, active=True, added_at=events.now(session), added_by=owner
                )
            )
            session.flush()
            code, org_id = org.code, org.id
        created = schema.grant_member(conn, dpo, "dpo", [org_id])
    return SetUp(owner=owner, organisation=code, dpo=dpo, dpo_created=created)


class NotOnTeamServer(ActionRefused):
    """What the case file alone does (its key, passphrase, backups, lock), asked of a team server."""


def not_on_team_server(command: str, server: str) -> NotOnTeamServer:
    return NotOnTeamServer(
        QT_TRANSLATE_NOOP(
            "Services",
            "dpo-desk {command} is about a case file (its key, passphrase, backups or lock): it does not apply "
            "to the team server {server}. Nothing was done.",
        ),
        command=command,
        server=server,
    )


def no_typed_user() -> NotOnTeamServer:
    return NotOnTeamServer(
        QT_TRANSLATE_NOOP(
            "Services",
            "On a team server the history records the login the server authenticated, never a typed name: "
            "leave out --user, and connect with that person's own login instead. Nothing was done.",
        )
    )


def no_role_change_yet() -> NotOnTeamServer:
    """`users set` on a server: the member table alone would say a role the server does not enforce."""
    return NotOnTeamServer(
        QT_TRANSLATE_NOOP(
            "Services",
            "dpo-desk users set does not change a team server's logins yet: give a role with users add, "
            "and take one back with psql (REVOKE dpo_desk_dpo FROM LOGIN). Nothing was changed.",
        )
    )


@dataclass(frozen=True)
class MemberGranted:
    login: str
    role: str
    organisations: tuple[str, ...]
    created: bool  # a new login: its password is still to be set by the database's administrator
    by: str  # the authenticated login who granted it (recorded in the history)


def _organisations(session: Session, codes: Sequence[str]) -> list[Organisation]:
    """The organisations named (as the caller sees them); the only one when none is named."""
    if not codes:
        found = list(session.scalars(select(Organisation).order_by(Organisation.code)))
        if len(found) != 1:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "Say which organisations the member works for: --org CODE (the team server holds several). "
                    "Nothing was changed.",
                )
            )
        return found
    wanted = [normalise_code(code) for code in codes]
    named = {o.code: o for o in session.scalars(select(Organisation).where(Organisation.code.in_(wanted)))}
    for code in wanted:
        if code not in named:
            raise NotFound(
                QT_TRANSLATE_NOOP("Services", "There is no organisation with the code {name} in this case file."),
                name=code,
            )
    return [named[code] for code in dict.fromkeys(wanted)]


def add_team_member(
    server: ServerDatabase, login: str, role: Role, organisation_codes: Sequence[str] = ()
) -> MemberGranted:
    """Give a PostgreSQL login (created when new) its role and organisations, and make it a member of
    the case file, in one transaction. Run by a DPO, or by the database's owner (who administers the
    server and acts as its DPO here, as at `server init`); the server's own function
    (dpo_desk_grant_member) refuses anyone else, and needs its owner to hold CREATEROLE."""
    login = normalise_login(login)
    if not login:
        raise ActionRefused(
            QT_TRANSLATE_NOOP("Services", "Give the user's login name (the name they sign in to the computer with).")
        )
    with server.unit_of_work() as session:
        conn = session.connection()
        caller, owner = conn.exec_driver_sql(
            "SELECT session_user, pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).one()
        if caller == owner:
            session.info.setdefault("roles", {})[caller] = Role.DPO
        else:
            require_dpo(session, caller, QT_TRANSLATE_NOOP("Services", "manage the users of the case file"))
        organisations = _organisations(session, organisation_codes)
        member = session.scalar(select(Member).where(Member.login == login))
        details: dict[str, object]
        if member is None:
            session.add(
                Member(
                    login=login, name="", role=role.value, active=True, added_at=events.now(session), added_by=caller
                )
            )
            kind, details = "member_added", {"login": login, "role": role.value}
        else:
            member.role, member.active = role.value, True
            kind, details = "member_changed", {"login": login, "role": role.value, "active": True}
        session.flush()
        session.info["roles"] = {caller: Role.DPO} if caller == owner else {}
        events.record(
            session, user=caller, kind=kind, details={**details, "organisations": [o.code for o in organisations]}
        )
        created = acts.grant_member(conn, login, role.value, [o.id for o in organisations])
    return MemberGranted(login, role.value, tuple(o.code for o in organisations), created, caller)
