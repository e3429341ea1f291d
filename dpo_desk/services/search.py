"""Full-text search over cases (FTS5), kept in step with the requests it indexes.

The expressions and the search row's SQL are in storage/queries/search.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage.queries.search import DELETE_ROW_SQL, INSERT_ROW_SQL, match_expression, phrase_in, searchable_number

if TYPE_CHECKING:  # the case list searches before the ORM is loaded (see case_list.py)
    from sqlalchemy.orm import Session

    from ..storage.models import Request

__all__ = ["index_request", "match_expression", "phrase_in", "searchable_number"]


def index_request(session: Session, request: Request) -> None:
    """(Re)write the search row of `request`; call after any change to what it shows."""
    person = request.person
    session.flush()
    conn = session.connection()
    conn.exec_driver_sql(DELETE_ROW_SQL, (request.id,))
    conn.exec_driver_sql(
        INSERT_ROW_SQL,
        (
            request.id,
            request.reference,
            f"{person.first_name} {person.last_name}",
            " ".join(person.emails),
            " ".join(f"{k} {v}" for k, v in person.identifiers.items()),
            " ".join(filter(None, [request.summary, searchable_number(request.registered_mail_no), request.assignee])),
        ),
    )
