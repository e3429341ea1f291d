"""What falls due for one user: their cases and the unassigned ones (a DPO, or no users listed: every case)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.reminders import DEFAULT_WITHIN_DAYS, OpenCase, Reminder, falls_due
from ..storage.models import Letter, Member, Relay, Request


def reminders(session: Session, *, today: date, login: str, within_days: int = DEFAULT_WITHIN_DAYS) -> list[Reminder]:
    from .roles import Role

    member = session.scalar(select(Member).where(Member.login == login))
    everything = member is None or member.role == Role.DPO.value
    mine = (Request.assignee == login) | (Request.assignee == "")
    cases = select(Request).where(Request.is_open.is_(True))
    unsent = select(Request.reference, Request.assignee).join(Letter, Letter.request_id == Request.id)
    unsent = unsent.where(Letter.sent_on.is_(None))
    late = (
        select(Request.reference, Relay.due_on, Request.assignee)
        .join(Relay, Relay.request_id == Request.id)
        .where(Relay.answered_at.is_(None), Relay.due_on < today, Request.is_open.is_(True))
    )
    if not everything:
        cases, unsent = cases.where(mine), unsent.where(mine)
    open_cases = [
        OpenCase(r.reference, r.deadline_on, r.due_on, r.extended, r.assignee) for r in session.scalars(cases)
    ]
    return falls_due(
        open_cases,
        unsent_letters=[(reference, assignee) for reference, assignee in session.execute(unsent)],
        late_relays=[(reference, due_on, assignee) for reference, due_on, assignee in session.execute(late)],
        today=today,
        within_days=within_days,
    )
