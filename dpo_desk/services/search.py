"""Full-text search over cases (FTS5 in the file, a plain table on a team server), kept in step with
the requests it indexes.

The expressions and the search row's SQL are in storage/queries/search.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage.queries.search import match_expression, phrase_in, row_sql, searchable_number

if TYPE_CHECKING:  # the case list searches before the ORM is loaded (see case_list.py)
    from sqlalchemy.orm import Session

    from ..storage.models import Request

__all__ = ["index_request", "match_expression", "phrase_in", "searchable_number"]


def index_request(session: Session, request: Request) -> None:
    """(Re)write the search row of `request`; call after any change to what it shows."""
    person = request.person
    session.flush()
    conn = session.connection()
    delete_row, insert_row = row_sql(conn.dialect.name)
    conn.exec_driver_sql(delete_row, (request.id,))
    conn.exec_driver_sql(
        insert_row,
        (
            request.id,
            request.reference,
            f"{person.first_name} {person.last_name}",
            " ".join(person.emails),
            " ".join(f"{k} {v}" for k, v in person.identifiers.items()),
            " ".join(filter(None, [request.summary, searchable_number(request.registered_mail_no), request.assignee])),
        ),
    )
