"""The case list and its counts: the use case over the list query (storage/queries/case_list.py).

The list is the first thing the window paints. It is read before SQLAlchemy is loaded (importing
it costs twice a bare window's whole start), and the same code serves every later page and count,
the dashboard and the CLI: there is one list query, not a fast one and a real one.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..domain.people import display_name
from ..domain.rights import Right
from ..storage.queries import Connection, Cursor
from ..storage.queries import case_list as query
from ..storage.queries.case_list import SORT_COLUMNS, ListFilter
from .errors import QT_TRANSLATE_NOOP, ActionRefused, NotFound
from .views import RequestRow

__all__ = ["SORT_COLUMNS", "Connection", "Cursor", "ListFilter", "count_requests", "list_requests"]

_RANK = {r.value: i for i, r in enumerate(Right)}


def _organisation_id(conn: Connection, flt: ListFilter) -> int | None:
    if not flt.organisation_code:
        return None
    wanted = flt.organisation_code.strip().upper()
    found = query.organisation_id(conn, wanted)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP(
                "Services",
                "There is no organisation with the code {name} in this case file.",
            ),
            name=wanted,
        )
    return found


def count_requests(conn: Connection, flt: ListFilter, *, today: date) -> int:
    return query.count(conn, flt, today=today, organisation_id=_organisation_id(conn, flt))


def list_requests(conn: Connection, flt: ListFilter, *, today: date) -> list[RequestRow]:
    """Requests matching `flt`, next deadline first unless asked otherwise; filtered and sorted in SQL."""
    if flt.sort not in SORT_COLUMNS:
        raise ActionRefused(f"Cannot sort by {flt.sort!r}.")
    found = query.rows(conn, flt, today=today, organisation_id=_organisation_id(conn, flt))
    return [_row(r, json.loads(r[14]) if r[14] else [], today) for r in found]


def _row(r: Any, rights: list[str], today: date) -> RequestRow:
    (
        request_id,
        reference,
        code,
        first,
        last,
        emails,
        channel,
        received,
        deadline,
        status,
        paused,
        extended,
        assignee,
    ) = r[:13]
    name = display_name(first, last, json.loads(emails) if emails and not (first or last) else ())
    deadline_on = date.fromisoformat(deadline)
    return RequestRow(
        id=request_id,
        reference=reference,
        organisation=code,
        person=name,
        rights=sorted(rights, key=_RANK.__getitem__),
        channel=channel,
        received_on=date.fromisoformat(received),
        deadline_on=deadline_on,
        days_left=(deadline_on - today).days,
        status=status,
        paused_since=date.fromisoformat(paused) if paused else None,
        extended=bool(extended),
        assignee=assignee,
        purged_on=date.fromisoformat(r[13]) if r[13] else None,
    )
