"""What the window shows after a change, read in one go: one connection, one transaction.

The window used to refresh with about fifteen separate reads (counts, the list's first page, its
total, the open case's detail, letters, register, relays, emails…), each on its own connection, on
the GUI thread. A snapshot reads all of it in one read transaction, so it can be taken off the GUI
thread (right after the write it follows) and painted at once; what it holds is plain, frozen data.
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..services import case_list, request_detail
from ..services.case_list import ListFilter
from ..services.dashboard import Bucket, dashboard_counts
from ..services.errors import NotFound
from ..services.views import LetterView, RequestDetail, RequestRow

if TYPE_CHECKING:
    from ..services.relays import RelayView
    from ..services.sending import SentView
    from ..storage.door import StorageDoor


@dataclass(frozen=True, slots=True)
class CaseParts:
    """Everything the case pane shows of one request."""

    detail: RequestDetail
    letters: tuple[LetterView, ...]
    register: tuple[str, ...]  # the processing activities of its organisation
    ticked: tuple[str, ...]  # those ticked as concerning the person
    suggested: tuple[str, ...]  # suggested when none is ticked yet
    relays: tuple[RelayView, ...]
    sent: tuple[SentView, ...]

    @property
    def letter_kinds(self) -> dict[int, str]:
        return {letter.id: letter.kind for letter in self.letters}


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The dashboard, the list's first page and total for the filter, and the open case."""

    counts: dict[Bucket, int]
    waiting: int  # fetched messages to triage
    rows: tuple[RequestRow, ...]  # the first page for the filter (and its sort)
    limit: int  # the page size asked: fewer rows means the list is complete
    total: int  # how many requests the filter matches
    case: CaseParts | None  # the case asked for, on the first page or not (None: no such request)
    taken: int = 0  # the order its reading began in, among this program's snapshots (see take)


# Snapshots are taken on several threads at once (after an action, after a dialog's change, the first
# counts): one that began reading earlier may finish later. Numbered in the order their transactions
# began (under a lock, with their first read), the window never paints an older state over a newer one.
_TAKEN = itertools.count(1)
_BEGINNING = threading.Lock()


def take(case: StorageDoor, flt: ListFilter, *, today: date, limit: int, reference: str | None) -> Snapshot:
    """One read transaction on one connection (`reader(orm=True)`): the plain-SQL reads run on the
    ORM session's own connection, so the ORM's reads and theirs see the same state of the file."""
    from ..services import mailboxes, register, relays, sending
    from ..services.letters import list_letters

    with case.reader(orm=True) as read:
        conn, session = read.plain, read.orm
        with _BEGINNING:  # the transaction's first read (its state of the file) and its number together
            rows = tuple(case_list.list_requests(conn, replace(flt, offset=0, limit=limit), today=today))
            taken = next(_TAKEN)
        total = len(rows) if len(rows) < limit else case_list.count_requests(conn, flt, today=today)
        counts = dashboard_counts(conn, today=today)
        waiting = mailboxes.waiting_count(session)
        parts = None
        # The case asked for, on the first page or past it (a request just logged sorts after the
        # page on a large file): the pane shows it either way, read with the rest.
        detail = None
        if reference:
            try:
                detail = request_detail.get_request(conn, reference, today=today)
            except NotFound:  # gone meanwhile (withdrawn as logged in error, say): no case to show
                detail = None
        if detail is not None:
            ticked = tuple(a.name for a in register.concerned(session, detail.reference))
            parts = CaseParts(
                detail=detail,
                letters=tuple(list_letters(session, detail.reference)),
                register=tuple(a.name for a in register.activities(session, detail.organisation_code)),
                ticked=ticked,
                suggested=() if ticked else tuple(register.suggested(session, detail.reference)),
                relays=tuple(relays.relays_of(session, detail.reference, today=today)),
                sent=tuple(sending.sent_messages(session, detail.reference)),
            )
    return Snapshot(counts, waiting, rows, limit, total, parts, taken)
