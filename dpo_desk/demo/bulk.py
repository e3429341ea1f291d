"""Large realistic case files for benchmarks: `dpo-desk demo --cases 100000 PATH`.

The ORM path (services.cases) logs one request per transaction with its checks; here the same
rows are written in bulk in one unit of work, through the models' own tables (SQLAlchemy Core
inserts on `Model.__table__`, executemany): people, requests with their legal deadlines, rights,
a hash-chained history (about ten events per request), attachments and the search index. The
schema is the models': a column the models add gets its default here too, and nothing below spells
a column's storage format. The result opens, lists, searches and verifies like any case file.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, insert, select

from ..domain.calendars import calendar_for, parse_region
from ..domain.deadlines import ExtensionRule, compute_deadlines
from ..domain.hashchain import GENESIS, details_digest, event_payload, link_hash
from ..domain.references import format_reference
from ..domain.rights import Right
from ..domain.statuses import Status
from ..services.organisations import add_organisation
from ..services.search import searchable_number
from ..storage.casefile import CaseFile, create_case_file
from ..storage.keyfile import KdfParams
from ..storage.models import Attachment, AttachmentBlob, Event, Pause, Person, Request, RequestRight
from ..storage.queries.search import INSERT_ROW_SQL
from .sample import FIRST, IMERA, IMV, LAST, STAFF, STREETS, SUMMARIES, TOWNS, _ascii

Progress = Callable[[int, int], None]

ATTACHMENT_EVERY = 10  # one request in ten has a scanned letter
ATTACHMENT_BYTES = 16 * 1024


@cache
def _deadlines(received: date, region: str) -> tuple[date, date]:
    d = compute_deadlines(received, calendar_for(parse_region(region)), rule=ExtensionRule.STANDARD)
    return d.due, d.extended_due


def _stamp(day: date, minute: int) -> datetime:
    return datetime.combine(day, time(9, 0)).replace(tzinfo=UTC) + timedelta(minutes=minute)


class _Chain:
    """Appends events with the same canonical payload and hash as services.events.record."""

    def __init__(self) -> None:
        self.seq = 0
        self.prev = GENESIS
        self.rows: list[dict[str, object]] = []

    def add(
        self, at: datetime, user: str, kind: str, request_id: int | None, reference: str, details: dict[str, object]
    ) -> None:
        self.seq += 1
        stamp = at.isoformat(timespec="microseconds")
        details_sha256 = details_digest(details)
        digest = link_hash(self.prev, event_payload(self.seq, stamp, user, kind, request_id, reference, details_sha256))
        self.rows.append(
            {
                "seq": self.seq,
                "at": stamp,
                "user": user,
                "kind": kind,
                "request_id": request_id,
                "reference": reference,
                "details": details,
                "details_sha256": details_sha256,
                "prev_hash": self.prev,
                "hash": digest,
            }
        )
        self.prev = digest


def generate(
    path: Path,
    cases: int,
    passphrase: str,
    *,
    today: date | None = None,
    seed: int = 2026,
    kdf: KdfParams | None = None,
    progress: Progress | None = None,
) -> None:
    """Create a case file at `path` holding `cases` requests spread over the last three years."""
    today = today or date.today()
    rng = random.Random(seed)
    case = create_case_file(path, passphrase, kdf=kdf)
    try:
        _fill(case, cases, today, rng, progress)
    finally:
        case.close()


def _fill(case: CaseFile, cases: int, today: date, rng: random.Random, progress: Progress | None) -> None:
    with case.unit_of_work() as session:
        orgs = [add_organisation(session, data, user="claire.dpo") for data in (IMV, IMERA)]
        session.flush()
        org_rows = [(o.id, o.code, o.holiday_region) for o in orgs]
        chain = _Chain()
        last = session.execute(select(Event.seq, Event.hash).order_by(Event.seq.desc()).limit(1)).one()
        chain.seq, chain.prev = last.seq, last.hash
        _write(session.connection(), cases, today, rng, org_rows, chain, progress)


def _write(
    conn: Connection,
    cases: int,
    today: date,
    rng: random.Random,
    org_rows: list[tuple[int, str, str]],
    chain: _Chain,
    progress: Progress | None,
) -> None:
    rights_all = list(Right)
    weights = [40, 8, 25, 3, 4, 12, 5, 1, 2]
    numbers: dict[tuple[int, int], int] = {}
    attachment_id = 0
    people: list[dict[str, object]] = []
    requests: list[dict[str, object]] = []
    rights: list[dict[str, object]] = []
    attachments: list[dict[str, object]] = []
    blobs: list[dict[str, object]] = []
    fts: list[tuple[object, ...]] = []
    span = 3 * 365
    blob = bytes(rng.getrandbits(8) for _ in range(ATTACHMENT_BYTES))
    blob_digest = hashlib.sha256(blob).hexdigest()
    for index in range(1, cases + 1):
        org_id, code, region = org_rows[index % len(org_rows)]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = _ascii(f"{first}.{last}{index}@example.fr".lower())
        customer = f"C-{rng.randint(100000, 999999)}"
        address = f"{rng.randint(1, 120)} {rng.choice(STREETS)}\n{rng.choice(TOWNS)}"
        # Skewed towards recent requests, as a real register grows.
        age = int(span * rng.random() ** 1.6)
        received = today - timedelta(days=age)
        logged = _stamp(received, rng.randint(0, 480))
        people.append(
            {
                "id": index,
                "organisation_id": org_id,
                "first_name": first,
                "last_name": last,
                "emails": [email],
                "postal_address": address,
                "identifiers": {"customer": customer},
                "created_at": logged,
            }
        )
        asked = sorted(
            {rng.choices(rights_all, weights)[0] for _ in range(rng.choice((1, 1, 1, 2)))}, key=rights_all.index
        )
        number = numbers[(org_id, received.year)] = numbers.get((org_id, received.year), 0) + 1
        reference = format_reference(code, received.year, number)
        due, extended_due = _deadlines(received, region)
        channel = rng.choice(("post", "email", "email", "web_form", "phone", "in_person"))
        extended = age > 35 and rng.random() < 0.08
        deadline = extended_due if extended else due
        if age < 4:
            status = "received"
        elif age < 40 and rng.random() < 0.9:
            status = rng.choice(("in_progress", "in_progress", "in_progress", "awaiting_clarification"))
        else:
            status = rng.choice(("closed",) * 12 + ("refused", "withdrawn", "answered"))
        paused = received + timedelta(days=2) if status == "awaiting_clarification" else None
        final = status in ("closed", "refused", "withdrawn", "answered")  # closed from the outcome on
        closed_on = min(today, received + timedelta(days=rng.randint(5, 30))) if final else None
        summary = SUMMARIES[asked[0]]
        assignee = rng.choice(STAFF)
        registered = (
            f"1A {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)} 2"
            if (channel == "post")
            else ""
        )
        requests.append(
            {
                "id": index,
                "organisation_id": org_id,
                "person_id": index,
                "reference": reference,
                "year": received.year,
                "number": number,
                "channel": channel,
                "received_on": received,
                "logged_at": logged,
                "logged_by": "lucas.accueil",
                "registered_mail_no": registered,
                "summary": summary,
                "assignee": assignee,
                "status": status,
                "is_open": Status(status).is_open,
                "due_on": due,
                "extended_due_on": extended_due,
                "deadline_on": deadline,
                "extended": extended,
                "extension_reason": "Données réparties dans plusieurs systèmes." if extended else "",
                "paused_since": paused,
                "closed_on": closed_on,
            }
        )
        rights.extend({"request_id": index, "right": r.value} for r in asked)
        fts.append(
            (
                index,
                reference,
                f"{first} {last}",
                email,
                f"customer {customer}",
                " ".join(filter(None, (summary, searchable_number(registered), assignee))),
            )
        )
        chain.add(
            logged,
            "lucas.accueil",
            "request_logged",
            index,
            reference,
            {
                "channel": channel,
                "received_on": received.isoformat(),
                "rights": [r.value for r in asked],
                "due_on": due.isoformat(),
                "registered_mail_no": registered,
            },
        )
        if index % ATTACHMENT_EVERY == 0:
            attachment_id += 1
            attachments.append(
                {
                    "id": attachment_id,
                    "request_id": index,
                    "kind": "scan",
                    "filename": f"courrier-{index}.pdf",
                    "media_type": "application/pdf",
                    "size": len(blob),
                    "sha256": blob_digest,
                    "added_at": logged,
                    "added_by": "lucas.accueil",
                }
            )
            blobs.append({"attachment_id": attachment_id, "data": blob})
            chain.add(
                logged,
                "lucas.accueil",
                "attachment_added",
                index,
                reference,
                {
                    "attachment_id": attachment_id,
                    "filename": f"courrier-{index}.pdf",
                    "kind": "scan",
                    "size": len(blob),
                    "sha256": blob_digest,
                },
            )
        _history(chain, rng, index, reference, received, today, status, extended, deadline, assignee)
        if index % 5000 == 0 or index == cases:
            _flush(conn, people, requests, rights, fts, attachments, blobs, chain)
            if progress is not None:
                progress(index, cases)


def _history(
    chain: _Chain,
    rng: random.Random,
    index: int,
    reference: str,
    received: date,
    today: date,
    status: str,
    extended: bool,
    deadline: date,
    assignee: str,
) -> None:
    """About ten believable events after logging: notes, assignment, status changes."""
    day = received

    def later(days: int) -> datetime:
        nonlocal day
        day = min(today, day + timedelta(days=days))
        return _stamp(day, rng.randint(0, 480))

    chain.add(later(1), "claire.dpo", "assigned", index, reference, {"from": "", "to": assignee})
    if status == "received":
        return
    chain.add(
        later(1),
        assignee,
        "status_changed",
        index,
        reference,
        {"from": "received", "to": "in_progress", "on": day.isoformat(), "reason": ""},
    )
    for _ in range(rng.randint(3, 6)):
        chain.add(
            later(2),
            assignee,
            "note",
            index,
            reference,
            {
                "text": rng.choice(
                    (
                        "Extraction CRM demandée",
                        "Relance du service client",
                        "Données trouvées dans l'ERP",
                        "Échange avec le service RH",
                        "Vérification des sauvegardes",
                    )
                )
            },
        )
    if extended:
        chain.add(
            later(3),
            "claire.dpo",
            "extended",
            index,
            reference,
            {
                "reason": "Données réparties dans plusieurs systèmes.",
                "on": day.isoformat(),
                "new_deadline": deadline.isoformat(),
            },
        )
    if status in ("closed", "answered", "refused", "withdrawn"):
        outcome = "answered" if status in ("closed", "answered") else status
        chain.add(
            later(4),
            "claire.dpo",
            "status_changed",
            index,
            reference,
            {
                "from": "in_progress",
                "to": outcome,
                "on": day.isoformat(),
                "reason": "" if outcome == "answered" else "Motif consigné au dossier",
            },
        )
        if status == "closed":
            chain.add(
                later(3),
                "claire.dpo",
                "status_changed",
                index,
                reference,
                {"from": outcome, "to": "closed", "on": day.isoformat(), "reason": ""},
            )
    elif status == "awaiting_clarification":
        chain.add(
            later(0),
            assignee,
            "status_changed",
            index,
            reference,
            {"from": "in_progress", "to": status, "on": day.isoformat(), "reason": ""},
        )
        chain.add(
            later(0),
            assignee,
            "pause_started",
            index,
            reference,
            {"reason": "clarification", "started_on": day.isoformat(), "late": False},
        )


def _flush(
    conn: Connection,
    people: list[dict[str, object]],
    requests: list[dict[str, object]],
    rights: list[dict[str, object]],
    fts: list[tuple[object, ...]],
    attachments: list[dict[str, object]],
    blobs: list[dict[str, object]],
    chain: _Chain,
) -> None:
    """One executemany per table, through the models' tables (their columns, types and defaults)."""
    pauses = [
        {"request_id": r["id"], "reason": "clarification", "started_on": r["paused_since"]}
        for r in requests
        if r["paused_since"] is not None
    ]
    for model, rows in (
        (Person, people),
        (Request, requests),
        (RequestRight, rights),
        (Pause, pauses),
        (Attachment, attachments),
        (AttachmentBlob, blobs),
        (Event, chain.rows),
    ):
        if rows:
            conn.execute(insert(model.__table__), rows)
    if fts:
        conn.exec_driver_sql(INSERT_ROW_SQL, fts)  # the search index is a virtual table, not a model
    for batch in (people, requests, rights, fts, attachments, blobs, chain.rows):
        batch.clear()
