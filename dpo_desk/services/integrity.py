"""`verify`: is the case file whole, and is its history untouched?"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select

from ..storage.casefile import CaseFile
from ..storage.models import Attachment, AttachmentBlob
from .events import verify_chain


@dataclass
class IntegrityReport:
    database: list[str] = field(default_factory=list)
    encryption: list[str] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    events_checked: int = 0
    attachments_checked: int = 0

    @property
    def ok(self) -> bool:
        return not (self.database or self.encryption or self.history or self.attachments)

    def lines(self) -> list[str]:
        def section(title: str, problems: list[str], good: str) -> list[str]:
            if not problems:
                return [f"{title}: OK - {good}"]
            return [f"{title}: PROBLEM"] + [f"  - {p}" for p in problems]

        return [
            *section("Database structure", self.database, "SQLite integrity check passed"),
            *section("Encryption", self.encryption, "every page authenticated (HMAC)"),
            *section("Event history", self.history, f"{self.events_checked} events, hash chain intact"),
            *section("Attachments", self.attachments, f"{self.attachments_checked} checksums match"),
        ]

    def as_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "database": self.database,
            "encryption": self.encryption,
            "history": self.history,
            "attachments": self.attachments,
            "events_checked": self.events_checked,
            "attachments_checked": self.attachments_checked,
        }


def verify_case_file(case: CaseFile) -> IntegrityReport:
    report = IntegrityReport()
    with case.raw() as raw:
        rows = [r[0] for r in raw.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            report.database.extend(rows)
        # Clean answer: no rows at all; otherwise one row per failing page.
        report.encryption.extend(" ".join(str(c) for c in r) for r in raw.execute("PRAGMA cipher_integrity_check"))
        report.events_checked = raw.execute("SELECT count(*) FROM event").fetchone()[0]
    with case.session() as session:
        report.history.extend(f"event {p.seq} {p.problem}" for p in verify_chain(session))
        stored = session.execute(
            select(Attachment.id, Attachment.filename, Attachment.sha256, AttachmentBlob.data).join(
                AttachmentBlob, AttachmentBlob.attachment_id == Attachment.id
            )
        )
        for attachment_id, name, digest, data in stored:
            report.attachments_checked += 1
            if hashlib.sha256(data).hexdigest() != digest:
                report.attachments.append(f"attachment {attachment_id} ({name}) does not match its checksum")
    return report
