"""Writing to, and checking, the hash-chained event log."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.hashchain import GENESIS, link_hash
from ..storage.models import Event, Request


def _payload(
    seq: int, at: str, user: str, kind: str, request_id: int | None, reference: str, details: dict[str, Any]
) -> dict[str, Any]:
    return {
        "seq": seq,
        "at": at,
        "user": user,
        "kind": kind,
        "request_id": request_id,
        "reference": reference,
        "details": details,
    }


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
    """
    from .members import require_member

    require_member(session, user)
    last = session.execute(select(Event.seq, Event.hash).order_by(Event.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = now(session).isoformat(timespec="microseconds")
    if request is not None and request.id is None:
        session.flush()
    request_id = request.id if request is not None else None
    reference = request.reference if request is not None else ""
    details = details or {}
    event = Event(
        seq=seq,
        at=at,
        user=user,
        kind=kind,
        request_id=request_id,
        reference=reference,
        details=details,
        prev_hash=prev,
        hash=link_hash(prev, _payload(seq, at, user, kind, request_id, reference, details)),
    )
    session.add(event)
    session.flush()
    return event


@dataclass(frozen=True, slots=True)
class ChainProblem:
    seq: int
    problem: str


def verify_chain(
    session: Session, progress: Callable[[int], None] | None = None, batch: int = 20_000
) -> list[ChainProblem]:
    """Every break in the chain: edited, removed or reordered events.

    Streams plain rows (no ORM objects): a large case file holds about a million events.
    `progress` is called with the number of events checked so far, every `batch` events.
    """
    problems: list[ChainProblem] = []
    expected_seq, prev = 1, GENESIS
    rows = session.execute(
        select(
            Event.seq,
            Event.at,
            Event.user,
            Event.kind,
            Event.request_id,
            Event.reference,
            Event.details,
            Event.prev_hash,
            Event.hash,
        )
        .order_by(Event.seq)
        .execution_options(yield_per=batch)
    )
    for checked, (seq, at, user, kind, request_id, reference, details, prev_hash, digest) in enumerate(rows, 1):
        if seq != expected_seq:
            problems.append(ChainProblem(seq, f"events {expected_seq} to {seq - 1} are missing"))
        if prev_hash != prev:
            problems.append(ChainProblem(seq, "does not follow the event before it"))
        if link_hash(prev_hash, _payload(seq, at, user, kind, request_id, reference, details)) != digest:
            problems.append(ChainProblem(seq, "was changed after it was written"))
        expected_seq, prev = seq + 1, digest
        if progress is not None and checked % batch == 0:
            progress(checked)
    return problems
