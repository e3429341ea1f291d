"""Setting up a team server (issue 20): schema, roles, the first organisation and its first DPO."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..storage.models import Member
from ..storage.server import schema
from ..storage.server.database import ServerDatabase
from ..storage.server.engine import explained
from . import events
from .organisations import OrganisationInput, add_organisation
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
