"""Users and roles inside a case file: the DPO decides, staff prepare.

Staff log requests, add notes and documents, check identities and prepare letters. Only a DPO
extends a deadline, refuses a request (or says it is manifestly unfounded), writes or sends the
letters that notify those decisions, and changes settings (organisations, templates, registers,
mailboxes, users). Every event already names its user.

A case file without members is used by one person, who may do everything; once members are
added, only active members can change anything. Roles are an accountability control between
colleagues: anyone who holds the passphrase can open the file with other tools, so they are not
a protection against that person (SECURITY.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..storage.models import Member
from . import events
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .permissions import require_dpo
from .permissions import require_member as require_member  # where callers have always found them
from .permissions import role_of as role_of
from .roles import Role, normalise_login


@dataclass(frozen=True, slots=True)
class MemberView:
    login: str
    name: str
    role: str
    active: bool
    digest_email: str = ""  # the daily digest of what falls due goes there ("" = none)


def list_members(session: Session) -> list[MemberView]:
    rows = session.scalars(select(Member).order_by(Member.role, Member.login))
    return [MemberView(m.login, m.name, m.role, m.active, m.digest_email or "") for m in rows]


def add_member(session: Session, login: str, name: str, role: Role, *, user: str) -> None:
    """Add someone. The first member must be the person adding, as DPO: nobody locks themselves out."""
    login = normalise_login(login)
    if not login:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Give the user's login name (the name they sign in to the computer with).",
            )
        )
    first = not session.scalar(select(func.count()).select_from(Member))
    if first and (login != normalise_login(user) or role is not Role.DPO):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Add yourself ({login}) first, as DPO: from then on only members can change the case file.",
            ),
            login=normalise_login(user),
        )
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "manage the users of the case file"))
    if session.scalar(select(Member.id).where(Member.login == login)) is not None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{login} is already a user of this case file.",
            ),
            login=login,
        )
    session.add(
        Member(
            login=login,
            name=name.strip(),
            role=Role(role).value,
            active=True,
            added_at=events.now(session),
            added_by=user,
        )
    )
    session.flush()
    session.info.pop("roles", None)
    events.record(session, user=user, kind="member_added", details={"login": login, "role": Role(role).value})


def change_member(
    session: Session, login: str, *, user: str, role: Role | None = None, active: bool | None = None
) -> None:
    """Change a role or (de)activate someone; the last active DPO stays."""
    require_dpo(session, user, QT_TRANSLATE_NOOP("Services", "manage the users of the case file"))
    member = session.scalar(select(Member).where(Member.login == normalise_login(login)))
    if member is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "{login} is not a user of this case file.",
            ),
            login=normalise_login(login),
        )
    new_role = Role(role).value if role is not None else member.role
    new_active = member.active if active is None else active
    if member.role == Role.DPO and member.active and (new_role != Role.DPO or not new_active):
        other_dpos = session.scalar(
            select(func.count())
            .select_from(Member)
            .where(
                Member.role == Role.DPO.value,
                Member.active.is_(True),
                Member.id != member.id,
            )
        )
        if not other_dpos:
            raise ActionRefused(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "{login} is the only DPO: add another DPO first.",
                ),
                login=member.login,
            )
    member.role, member.active = new_role, new_active
    session.info.pop("roles", None)
    events.record(
        session,
        user=user,
        kind="member_changed",
        details={"login": member.login, "role": new_role, "active": new_active},
    )
