"""Text output of the CLI: plain tables and blocks, readable in a terminal and in a log."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from ..domain.deadline_words import long_date
from ..front_door.views import RequestDetail, RequestRow


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


class JsonArray:
    """A JSON array written an element at a time, as emit_json would write the whole list."""

    def __init__(self, out: TextIO) -> None:
        self.out, self.count = out, 0

    def __enter__(self) -> JsonArray:
        return self

    def add(self, item: Any) -> None:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        self.out.write(("[\n  " if self.count == 0 else ",\n  ") + text)
        self.out.flush()
        self.count += 1

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:  # a failure leaves the array open: no reader takes a part for the whole
            self.out.write("\n]\n" if self.count else "[]\n")


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    body = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join([line.rstrip(), *(b.rstrip() for b in body)])


def _when(row: RequestRow) -> str:
    if row.paused_since:
        return f"paused since {row.paused_since.isoformat()}"
    if row.status in ("received", "awaiting_identity", "awaiting_clarification", "in_progress"):
        return f"{row.days_left:+d} d"
    return "-"


def request_table(rows: Sequence[RequestRow]) -> str:
    return table(
        ["Reference", "Person", "Rights", "Channel", "Received", "Due", "Left", "Status", "Assignee"],
        [
            [
                r.reference,
                r.person,
                ",".join(r.rights),
                r.channel,
                r.received_on.isoformat(),
                r.deadline_on.isoformat() + (" (ext.)" if r.extended else ""),
                _when(r),
                r.status,
                r.assignee,
            ]
            for r in rows
        ],
    )


def request_block(d: RequestDetail) -> str:
    lines = [
        f"{d.reference} - {d.person_name} - {d.organisation_name}",
        f"  {d.deadline_in_words}",
        f"  Status:      {d.status}" + (f" ({d.status_reason})" if d.status_reason else ""),
        f"  Next:        {', '.join(d.next_statuses) or '-'}",
        f"  Rights:      {', '.join(d.rights)}",
        f"  Channel:     {d.channel}, received {long_date(d.received_on)}"
        + (f", registered mail {d.registered_mail_no}" if d.registered_mail_no else ""),
        f"  Due:         {d.due_on.isoformat()} (extension notice by {d.extension_notice_by.isoformat()})",
        f"  Extended:    {d.extended_due_on.isoformat() + ' - ' + d.extension_reason if d.extended else 'no'}",
        f"  Identity:    {d.identity_state}" + (f" - {d.identity_note}" if d.identity_note else ""),
        f"  Emails:      {', '.join(d.person_emails) or '-'}",
    ]
    if d.assignee:
        lines.append(f"  Assignee:    {d.assignee}")
    if d.summary:
        lines.append(f"  Request:     {d.summary}")
    if d.pauses:
        lines.append("  Pauses:")
        for p in d.pauses:
            end = p.ended_on.isoformat() if p.ended_on else "now"
            flag = " (asked late: not counted)" if p.late else ""
            lines.append(f"    {p.reason}: {p.started_on.isoformat()} to {end}{flag}")
    if d.attachments:
        lines.append("  Attachments:")
        for a in d.attachments:
            state = " [destroyed after check]" if a.destroyed else ""
            lines.append(f"    #{a.id} {a.filename} ({a.kind}, {a.size} bytes){state}")
    lines.append("  History:")
    for e in d.events:
        lines.append(f"    {e.at[:19].replace('T', ' ')}  {e.user:<12} {e.kind} {_details(e.details)}")
    return "\n".join(lines)


def _details(details: dict[str, Any]) -> str:
    keep = {k: v for k, v in details.items() if v not in ("", None, [], {})}
    return ", ".join(f"{k}={v}" for k, v in keep.items())
