"""An mbox read message by message, front to back, in memory bounded by one message (issue #19).

The framing is the standard library's (mailbox.mbox): a message starts at each line beginning
"From ", that line left out, and ends before the blank line preceding the next one. The standard
reader first indexes the whole file (offsets kept for every message) before the first message;
this one finds each message's end as it goes and holds one message at a time.
What is inside a message (headers, MIME) is not looked at here: email_intake reads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

LINE_BYTES = 64 * 1024
_EMPTY = (b"\n", b"\r\n")


@dataclass(frozen=True, slots=True)
class Oversized:
    """A message over the limit: only its size was counted, its bytes were not kept."""

    size: int


def mbox_messages(handle: BinaryIO, limit: int) -> Iterator[bytes | Oversized]:
    """Each message of the mbox open in `handle` (a seekable file); one over `limit` bytes is an Oversized.

    The lines are scanned for the next "From " line without being kept; the message is then read in
    one piece, so memory is one message, and none for a message over the limit.
    """
    offset = handle.tell()
    start: int | None = None  # where the current message begins (after its From_ line)
    blank = 0  # the length of the line just read when it was blank, else 0
    at_line_start = True
    while piece := handle.readline(LINE_BYTES):
        line_at, offset = offset, offset + len(piece)
        starts_line, at_line_start = at_line_start, piece.endswith(b"\n")
        if starts_line and piece.startswith(b"From "):
            if start is not None:
                message = _read(handle, start, line_at - blank, limit)
                handle.seek(offset)
                yield message
            start, blank = offset, 0
        else:
            blank = len(piece) if starts_line and piece in _EMPTY else 0
    if start is not None:
        yield _read(handle, start, offset - blank, limit)


def _read(handle: BinaryIO, start: int, stop: int, limit: int) -> bytes | Oversized:
    if stop - start > limit:
        return Oversized(stop - start)
    handle.seek(start)
    return handle.read(stop - start)
