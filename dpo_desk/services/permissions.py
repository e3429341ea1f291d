"""Who may change the case file: any member, or only a DPO (the roles are explained in members.py).

On its own so that the event log (events.py), where every change is checked, and the management of
members (members.py), which records events, do not import each other.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..storage.door import plain
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .roles import Role, normalise_login, role_in


def role_of(session: Session, user: str) -> Role | None:
    """The user's role; DPO when the file has no members (one person); None for a non-member."""
    cache: dict[str, Role | None] = session.info.setdefault("roles", {})
    login = normalise_login(user)
    if login not in cache:
        cache[login] = role_in(plain(session), login)
    return cache[login]


def require_member(session: Session, user: str) -> Role:
    role = role_of(session, user)
    if role is None:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{user} is not a user of this case file, or no longer: nothing was changed. Ask the DPO to "
                "add you (File → Users…).",
            ),
            user=user,
        )
    return role


def require_dpo(session: Session, user: str, what: str) -> None:
    """Refuse `what` (in words: "extend a deadline") unless `user` is a DPO of the case file."""
    if require_member(session, user) is not Role.DPO:
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "Only a DPO can {what}. Prepare it and ask the DPO; nothing was changed.",
            ),
            what=what,
        )
