"""`verify`: is the case file whole, and is its history untouched?"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from ..domain.hashchain import Checkpoint
from ..explained import QT_TRANSLATE_NOOP, Words
from ..storage import blobs
from ..storage.casefile import CaseFile
from ..storage.connection import driver_connection
from ..storage.models import Attachment, AttachmentBlob, Event, Meta
from . import events
from .errors import Cancelled
from .events import check_checkpoint, checkpoint, verify_chain
from .history_accounts import account_problems, trigger_problems

__all__ = ["Cancelled", "IntegrityReport", "verify_case_file"]


@dataclass
class IntegrityReport:
    database: list[str] = field(default_factory=list)
    encryption: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    events_checked: int = 0
    attachments_checked: int = 0
    checkpoint: Checkpoint | None = None  # the head now, to keep outside the file
    since: Checkpoint | None = None  # an incremental check: only what came after this verified checkpoint

    @property
    def ok(self) -> bool:
        return not (self.database or self.encryption or self.history or self.attachments)

    def lines(self) -> list[Words]:
        """The report, a line each: English as str, translated by the window (ui/messages.in_words)."""
        sections = (
            (
                QT_TRANSLATE_NOOP("Services", "Database structure"),
                self.database,
                Words(QT_TRANSLATE_NOOP("Services", "Database structure: OK - SQLite integrity check passed")),
            ),
            (
                QT_TRANSLATE_NOOP("Services", "Encryption"),
                self.encryption,
                Words(QT_TRANSLATE_NOOP("Services", "Encryption: OK - every page authenticated (HMAC)")),
            ),
            (
                QT_TRANSLATE_NOOP("Services", "Event history"),
                self.history,
                Words(
                    QT_TRANSLATE_NOOP("Services", "Event history: OK - {count} events, hash chain intact"),
                    count=self.events_checked,
                ),
            ),
            (
                QT_TRANSLATE_NOOP("Services", "Attachments"),
                self.attachments,
                Words(
                    QT_TRANSLATE_NOOP("Services", "Attachments: OK - {count} checksums match"),
                    count=self.attachments_checked,
                ),
            ),
        )
        lines: list[Words] = []
        if self.since is not None:
            lines.append(
                Words(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "Since checkpoint {checkpoint}, verified before: only the events and documents added after it "
                        "(`dpo-desk verify` checks the whole file)",
                    ),
                    checkpoint=str(self.since),
                )
            )
        # An incremental check leaves the pages to the whole check.
        for title, problems, good in sections if self.since is None else sections[2:]:
            if not problems:
                lines.append(good)
                continue
            lines.append(Words(QT_TRANSLATE_NOOP("Services", "{section}: PROBLEM"), section=title))
            lines += [Words("  - {problem}", problem=p) for p in problems]  # technical details, in English
        if self.checkpoint is not None:
            lines.append(
                Words(
                    QT_TRANSLATE_NOOP(
                        "Services",
                        "Checkpoint: {checkpoint} (keep it outside the file; `dpo-desk verify --expect` checks it)",
                    ),
                    checkpoint=str(self.checkpoint),
                )
            )
        return lines

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "database": self.database,
            "encryption": self.encryption,
            "history": self.history,
            "attachments": self.attachments,
            "events_checked": self.events_checked,
            "attachments_checked": self.attachments_checked,
            "checkpoint": str(self.checkpoint) if self.checkpoint is not None else None,
            "since_checkpoint": str(self.since) if self.since is not None else None,
        }


@contextlib.contextmanager
def _unreadable(problems: list[str]) -> Iterator[None]:
    """A part of the file that cannot even be read is a problem to report, not a crash."""
    try:
        yield
    except (sqlcipher3.DatabaseError, DBAPIError) as exc:
        problems.append(f"could not be read ({getattr(exc, 'orig', None) or exc}): the file is damaged")


Progress = Callable[[str, int, int], None]


VERIFIED = "history_verified"  # the event that keeps a checkpoint `verify --since-checkpoint` starts from


def verify_case_file(
    case: CaseFile,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    expect: Sequence[Checkpoint] = (),
    since_checkpoint_by: str | None = None,
) -> IntegrityReport:
    """All four checks, and that the history still holds each checkpoint in `expect` (kept outside
    the file). `progress(stage, done, total)` reports; `cancelled()` stops between steps.

    `since_checkpoint_by` (a user): the incremental check. The last checkpoint a check recorded must
    still be in the history as it was; then only the events after it, chained to it, and the documents
    added since are checked (not the pages: the whole check does). When all is sound, the head is
    recorded as the next checkpoint, an event of the history (chained, so tamper-evident itself).
    The first time, with no checkpoint yet, everything is checked.
    """
    report = IntegrityReport()

    def step(stage: str, done: int, total: int) -> None:
        if cancelled():
            raise Cancelled("The check was stopped; nothing was changed.")
        if progress is not None:
            progress(stage, done, total)

    start = _last_verified(case) if since_checkpoint_by is not None else None
    if start is not None:
        report.since = Checkpoint(start.seq, start.hash)
    after_seq = start.seq if start is not None else 0
    after_attachment = start.attachment_id if start is not None else 0
    attachments_total = 0
    with case.raw() as raw:
        with _unreadable(report.database):
            report.events_checked = raw.execute("SELECT count(*) FROM event WHERE seq > ?", (after_seq,)).fetchone()[0]
            attachments_total = raw.execute(
                "SELECT count(*) FROM attachment_blob WHERE attachment_id > ?", (after_attachment,)
            ).fetchone()[0]
        if start is None:
            _check_pages(raw, report, step)
    total = report.events_checked + attachments_total
    step("history", 0, total)
    with case.session() as session:
        with _unreadable(report.history):
            if start is not None:
                found = session.scalar(select(Event.hash).where(Event.seq == start.seq))
                if found != start.hash:
                    report.history.append(
                        f"event {start.seq} is not the one the last check verified (checkpoint {report.since}): "
                        "the history before it was rewritten"
                    )
            after = (start.seq, start.hash) if start is not None else None
            chain = verify_chain(session, progress=lambda n: step("history", n, total), after=after)
            report.history.extend(f"event {p.seq} {p.problem}" for p in chain)
            for kept in expect:
                problem = check_checkpoint(session, kept)
                if problem is not None:
                    report.history.append(f"event {problem.seq} {problem.problem}")
            report.checkpoint = checkpoint(session)
            # Requests the history does not account for, and the triggers that protect it.
            conn = driver_connection(session)
            report.history.extend(account_problems(conn))
            report.history.extend(trigger_problems(conn))
            # What the upgrade that re-chained the log (schema 0004) found in the log before it.
            before = session.execute(select(Meta.value).where(Meta.key == "event_chain_v1_check")).scalar()
            if before not in (None, "intact"):
                report.history.append(f"before this file was upgraded to the current event chain, {before}")
        with _unreadable(report.attachments):
            stored = session.execute(
                select(Attachment.id, Attachment.filename, Attachment.sha256)
                .join(AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id)
                .where(Attachment.id > after_attachment)
                .execution_options(yield_per=200)
            )
            for attachment_id, name, digest in stored:
                report.attachments_checked += 1
                if report.attachments_checked % 500 == 0:
                    step("attachments", report.events_checked + report.attachments_checked, total)
                found_digest = hashlib.sha256()
                for chunk in blobs.chunks(session, attachment_id):  # a chunk in memory, whatever the size
                    found_digest.update(chunk)
                if found_digest.hexdigest() != digest:
                    report.attachments.append(f"attachment {attachment_id} ({name}) does not match its checksum")
    if since_checkpoint_by is not None and report.ok:
        _record_checkpoint(case, since_checkpoint_by, report)
    return report


@dataclass(frozen=True, slots=True)
class _Verified:
    seq: int  # the last event a check verified, and its full hash
    hash: str
    attachment_id: int  # the last document it verified


def _last_verified(case: CaseFile) -> _Verified | None:
    """The checkpoint the last check recorded (the latest history_verified event), if any."""
    with case.session() as session:
        details = session.scalar(
            select(Event.details).where(Event.kind == VERIFIED).order_by(Event.seq.desc()).limit(1)
        )
    if not isinstance(details, dict):
        return None
    return _Verified(int(details["seq"]), str(details["hash"]), int(details.get("attachment_id", 0)))


def _record_checkpoint(case: CaseFile, user: str, report: IntegrityReport) -> None:
    """The head just verified, kept as an event: the next incremental check starts after it."""
    with case.unit_of_work() as session:
        head = session.execute(select(Event.seq, Event.hash).order_by(Event.seq.desc()).limit(1)).first()
        if head is None:
            return
        last_document = session.scalar(select(func.max(AttachmentBlob.attachment_id))) or 0
        events.record(
            session,
            user=user,
            kind=VERIFIED,
            details={
                "seq": head[0],
                "hash": head[1],
                "attachment_id": last_document,
                "events_checked": report.events_checked,
                "attachments_checked": report.attachments_checked,
                "incremental": report.since is not None,
            },
        )


def _check_pages(raw: sqlcipher3.Connection, report: IntegrityReport, step: Callable[[str, int, int], None]) -> None:
    """SQLite's structure check and SQLCipher's page authentication, on every page of the file."""
    step("database", 0, 4)
    with _unreadable(report.database):
        rows = [r[0] for r in raw.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            report.database.extend(rows)
    step("encryption", 1, 4)
    with _unreadable(report.encryption):
        # Clean answer: no rows at all; otherwise one row per failing page.
        report.encryption.extend(" ".join(str(c) for c in r) for r in raw.execute("PRAGMA cipher_integrity_check"))
