"""Writing to, and checking, the hash-chained event log."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.hashchain import GENESIS, REDACTED, Checkpoint, details_digest, event_payload, link_hash
from ..storage import door
from ..storage.models import Event, Request
from .errors import QT_TRANSLATE_NOOP, ActionRefused
from .permissions import require_member


def now(session: Session) -> datetime:
    """The time of this unit of work: the wall clock, unless the caller set session.info["clock"].

    Only generators of demo and benchmark files set a clock, to write a believable history.
    """
    clock = session.info.get("clock")
    return clock() if clock is not None else datetime.now(UTC)


def record(
    session: Session, *, user: str, kind: str, request: Request | None = None, details: dict[str, Any] | None = None
) -> Event:
    """Append one event, chained to the previous one, in the caller's transaction.

    Every change records an event, so this is where a non-member's change is refused.
    On a team server the server appends it (storage/server/history.py): under its lock, at its time,
    and in the name of the authenticated login, whatever `user` says.
    """
    require_member(session, user)
    # A purged case takes no change; its purge, and the export of its dossier (procedural facts), are recorded.
    if request is not None and request.purged_on is not None and kind not in ("case_purged", "dossier_exported"):
        raise ActionRefused(
            QT_TRANSLATE_NOOP(
                "Services",
                "{reference} was purged when its retention period was over: only its procedural facts are "
                "kept, and it cannot be changed.",
            ),
            reference=request.reference,
        )
    if request is not None and request.id is None:
        session.flush()
    request_id = request.id if request is not None else None
    reference = request.reference if request is not None else ""
    details = details or {}
    digest = details_digest(details)
    if _on_server(session):
        from ..storage.server.history import append_event

        return append_event(
            session, kind=kind, request_id=request_id, reference=reference, details=details, digest=digest
        )
    last = session.execute(select(Event.seq, Event.hash).order_by(Event.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = now(session).isoformat(timespec="microseconds")
    event = Event(
        seq=seq,
        at=at,
        user=user,
        kind=kind,
        request_id=request_id,
        reference=reference,
        details=details,
        details_sha256=digest,
        prev_hash=prev,
        hash=link_hash(prev, event_payload(seq, at, user, kind, request_id, reference, digest)),
    )
    session.add(event)
    session.flush()
    return event


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    problem: str


def verify_chain(
    session: Session,
    progress: Callable[[int], None] | None = None,
    batch: int = 20_000,
    after: tuple[int, str] | None = None,
) -> list[ChainProblem]:
    """Every break in the chain: edited, removed or reordered events, or details that are not the
    ones written (a purge's redaction marker excepted: the digest still proves what was there).

    Streams plain rows (no ORM objects): a large case file holds about a million events.
    `progress` is called with the number of events checked so far, every `batch` events.
    `after` (seq, full hash of an event already checked): only the events after it, chained to it.
    """
    problems: list[ChainProblem] = []
    unseen: object = object()  # on a case file every event's details are checked
    expected_seq, prev = (1, GENESIS) if after is None else (after[0] + 1, after[1])
    if _on_server(session):  # the server's whole chain, for a DPO; details only where the DPO sees them
        from ..storage.server.history import UNSEEN, chain

        unseen = UNSEEN
        purged, whole = chain(session, batch)
        batches: Iterator[Sequence[Any]] = ([row for row in rows if row[0] >= expected_seq] for rows in whole)
    else:
        purged = set(session.scalars(select(Request.id).where(Request.purged_on.is_not(None))))
        batches = _file_chain(session, batch, since=expected_seq)
    checked = 0
    for rows in batches:
        for seq, at, user, kind, request_id, reference, stored, details_sha256, prev_hash, digest in rows:
            checked += 1
            details: Any = json.loads(stored) if isinstance(stored, str) else stored
            if seq != expected_seq:
                problems.append(ChainProblem(seq, f"events {expected_seq} to {seq - 1} are missing"))
            if prev_hash != prev:
                problems.append(ChainProblem(seq, "does not follow the event before it"))
            payload = event_payload(seq, at, user, kind, request_id, reference, details_sha256)
            if link_hash(prev_hash, payload) != digest or (
                details is not unseen and details != REDACTED and details_digest(details) != details_sha256
            ):
                problems.append(ChainProblem(seq, "was changed after it was written"))
            elif details == REDACTED and request_id not in purged:
                problems.append(ChainProblem(seq, "had its details removed, but its case was not purged"))
            expected_seq, prev = seq + 1, digest
        if progress is not None:
            progress(checked)
    return problems


def _file_chain(session: Session, batch: int, since: int = 1) -> Iterator[Sequence[Any]]:
    # Driver rows, the details parsed by the C decoder: SQLAlchemy's result rows and JSON type were
    # half the time of `verify` on a large file (issue #19).
    cursor = door.plain(session).execute(
        "SELECT seq, at, user, kind, request_id, reference, details, details_sha256, prev_hash, hash "
        "FROM event WHERE seq >= ? ORDER BY seq",
        (since,),
    )
    while rows := cursor.fetchmany(batch):
        yield rows


def checkpoint(session: Session) -> Checkpoint | None:
    """The history's head now (None for an empty history)."""
    if _on_server(session):  # the head of the whole chain, which row-level security would hide
        from ..storage.server.history import hash_at

        head = hash_at(session, None)
        return Checkpoint(*head) if head else None
    last = session.execute(select(Event.seq, Event.hash).order_by(Event.seq.desc()).limit(1)).first()
    return Checkpoint(last[0], last[1]) if last else None


def check_checkpoint(session: Session, expected: Checkpoint) -> ChainProblem | None:
    """Whether the history still holds `expected` (kept outside the file): a cut or a rewrite."""
    if _on_server(session):
        from ..storage.server.history import hash_at

        at = hash_at(session, expected.seq)
        found = at[1] if at else None
    else:
        found = session.scalar(select(Event.hash).where(Event.seq == expected.seq))
    if found is None:
        return ChainProblem(expected.seq, f"is missing: the history was cut after checkpoint {expected}")
    if not found.startswith(expected.head):
        return ChainProblem(expected.seq, f"is not the one of checkpoint {expected}: the history was rewritten")
    return None
