"""Full-text search over cases (FTS5), kept in step with the requests it indexes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the case list searches before the ORM is loaded (see case_list.py)
    from sqlalchemy.orm import Session

    from ..storage.models import Request

_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(query: str) -> str | None:
    """An FTS5 query where every typed word must appear, each as a prefix ('dup' finds 'Dupont')."""
    tokens = _TOKEN.findall(query)
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)


def phrase_in(column: str, text: str) -> str | None:
    """An FTS5 query for `text` as an exact sequence of words in one column (e.g. an email address)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    return f'{column} : "' + " ".join(tokens) + '"'


def searchable_number(number: str) -> str:
    """A registered-mail number as written and without its spaces: "1A 123 456 7890 1" is found
    whether typed with spaces, without ("1A12345678901"), or by its start."""
    compact = "".join(number.split())
    return f"{number} {compact}" if compact != number.strip() else number


def index_request(session: Session, request: Request) -> None:
    """(Re)write the search row of `request`; call after any change to what it shows."""
    person = request.person
    session.flush()
    conn = session.connection()
    conn.exec_driver_sql("DELETE FROM request_fts WHERE rowid = ?", (request.id,))
    conn.exec_driver_sql(
        "INSERT INTO request_fts(rowid, reference, person, emails, identifiers, body) VALUES (?, ?, ?, ?, ?, ?)",
        (
            request.id,
            request.reference,
            f"{person.first_name} {person.last_name}",
            " ".join(person.emails),
            " ".join(f"{k} {v}" for k, v in person.identifiers.items()),
            " ".join(filter(None, [request.summary, searchable_number(request.registered_mail_no), request.assignee])),
        ),
    )
