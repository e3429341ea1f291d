"""The duplicate check on import reads an index, not every request (issue #19, migration 0015).

The statements the importer and the mailbox fetch really run are caught on their way to SQLCipher
and asked for their plan on the same real file: the plan must search the `lower(message_id)`
index instead of scanning the table.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from dpo_desk.services.email_import import import_files
from dpo_desk.services.mailboxes import keep_message
from dpo_desk.storage.casefile import CaseFile
from dpo_desk.storage.models import Mailbox

from .conftest import TODAY

MESSAGE = (
    "From: Jeanne Lefèvre <jeanne@example.fr>\r\nTo: dpo@imv.example\r\nSubject: Demande RGPD\r\n"
    "Date: Tue, 3 Mar 2026 10:00:00 +0100\r\nMessage-ID: <{mid}@example.fr>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n\r\nMerci de supprimer mes données.\r\n"
)


@pytest.fixture
def statements() -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def catch(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        if "lower(" in statement and "message_id" in statement and not executemany:
            seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", catch)
    yield seen
    event.remove(Engine, "before_cursor_execute", catch)


def _plans(case: CaseFile, caught: list[tuple[str, Any]], table: str) -> list[str]:
    """The plan of each caught statement that looks a Message-ID up in `table`."""
    plans = []
    with case.reader() as reading:
        for statement, parameters in caught:
            if f"lower({table}.message_id)" in statement:
                rows = reading.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
                plans.append(" | ".join(str(row[-1]) for row in rows))
    return plans


def test_the_import_duplicate_check_searches_the_index(
    case: CaseFile, tmp_path: Path, statements: list[tuple[str, Any]]
) -> None:
    for n in range(3):
        (tmp_path / f"m{n}.eml").write_text(MESSAGE.format(mid=f"m{n}"))
    outcomes = import_files(case, sorted(tmp_path.glob("m*.eml")), user="lucas", today=TODAY)
    assert [o.outcome for o in outcomes] == ["imported"] * 3
    plans = _plans(case, statements, "request")
    assert plans, "the importer ran no Message-ID lookup"
    for plan in plans:
        assert "ix_request_message_id_lower" in plan and "SCAN request" not in plan, plan


def test_the_mailbox_fetch_duplicate_check_searches_both_indexes(
    case: CaseFile, statements: list[tuple[str, Any]]
) -> None:
    with case.unit_of_work() as session:
        box = Mailbox(
            name="DPO", host="imap.example", port=993, security="tls", username="dpo", created_at=datetime.now(UTC)
        )
        session.add(box)
        session.flush()
        assert keep_message(session, box.id, 1, 1, MESSAGE.format(mid="fetched").encode(), None)
    requests, inbox = _plans(case, statements, "request"), _plans(case, statements, "inbox_message")
    assert requests and inbox
    assert all("ix_request_message_id_lower" in plan for plan in requests), requests
    assert all("ix_inbox_message_message_id_lower" in plan for plan in inbox), inbox
