"""Finding the organisation a use case is about, by its code (or the only one).

On its own so that the use cases that need it (cases.py, …) and the organisations' settings
(organisations.py, whose changes recompute deadlines through cases.py) do not import each other.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..storage.models import Organisation
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound


def get_organisation(session: Session, code: str | None) -> Organisation:
    """The organisation with `code`; with no code, the only one (or a clear error)."""
    if code:
        org = session.scalar(select(Organisation).where(Organisation.code == code.strip().upper()))
        if org is None:
            raise NotFound(
                QT_TRANSLATE_NOOP(
                    "Services",
                    "There is no organisation with the code {name} in this case file.",
                ),
                name=code.strip().upper(),
            )
        return org
    orgs = list(session.scalars(select(Organisation).order_by(Organisation.code)).all())
    if len(orgs) == 1:
        return orgs[0]
    if not orgs:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "This case file has no organisation yet.",
            )
        )
    codes = ", ".join(o.code for o in orgs)
    raise ActionRefused(
        QT_TRANSLATE_NOOP(
            "Services",
            "This case file holds several organisations ({codes}); say which one.",
        ),
        codes=codes,
    )
