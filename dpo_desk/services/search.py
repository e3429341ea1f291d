"""Full-text search over cases (FTS5), kept in step with the requests it indexes."""

from __future__ import annotations

import re

from sqlalchemy import text
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


def index_request(session: Session, request: Request) -> None:
    """(Re)write the search row of `request`; call after any change to what it shows."""
    person = request.person
    session.flush()
    session.execute(text("DELETE FROM request_fts WHERE rowid = :id"), {"id": request.id})
    session.execute(
        text(
            "INSERT INTO request_fts(rowid, reference, person, emails, identifiers, body) "
            "VALUES (:id, :reference, :person, :emails, :identifiers, :body)"
        ),
        {
            "id": request.id,
            "reference": request.reference,
            "person": f"{person.first_name} {person.last_name}",
            "emails": " ".join(person.emails),
            "identifiers": " ".join(f"{k} {v}" for k, v in person.identifiers.items()),
            "body": " ".join(filter(None, [request.summary, request.registered_mail_no, request.assignee])),
        },
    )
