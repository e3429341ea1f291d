"""A document's bytes written into, and read out of, attachment_blob a chunk at a time (issue #19).

In the encrypted file (SQLite) the row is made with a zero-filled blob of the document's size, then
filled through SQLite's incremental blob I/O, in the session's own transaction: memory holds one
chunk, whatever the size. The team server's column takes the bytes in one statement (the document
is then held once, within the attachment limit).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

CHUNK = 1024 * 1024


class SizeMismatch(ValueError):
    """The chunks given were not the size announced (the file changed while it was read)."""


def _driver(connection: Connection) -> Any:
    """The SQLite driver's connection under the session's, in its transaction."""
    driver = connection.connection.driver_connection
    assert driver is not None
    return driver


def store(session: Session, attachment_id: int, size: int, chunks: Iterable[bytes]) -> None:
    """The row of attachment_blob for `attachment_id`, filled with `chunks` (exactly `size` bytes)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        data = b"".join(chunks)
        if len(data) != size:
            raise SizeMismatch(size, len(data))
        connection.execute(
            text("INSERT INTO attachment_blob (attachment_id, data) VALUES (:id, :data)"),
            {"id": attachment_id, "data": data},
        )
        return
    connection.execute(
        text("INSERT INTO attachment_blob (attachment_id, data) VALUES (:id, zeroblob(:size))"),
        {"id": attachment_id, "size": size},
    )
    written = 0
    blob = _driver(connection).open_blob("attachment_blob", "data", attachment_id) if size else None
    try:
        for chunk in chunks:
            if written + len(chunk) > size or blob is None:
                if chunk:
                    raise SizeMismatch(size, written + len(chunk))
                continue
            blob.write(chunk)
            written += len(chunk)
    finally:
        if blob is not None:
            blob.close()
    if written != size:
        raise SizeMismatch(size, written)


def chunks(session: Session, attachment_id: int) -> Iterator[bytes]:
    """The bytes of a document still held, a chunk at a time (nothing when it has none)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        row = connection.execute(
            text("SELECT data FROM attachment_blob WHERE attachment_id = :id"), {"id": attachment_id}
        ).first()
        data = b"" if row is None else bytes(row[0])
        for start in range(0, len(data), CHUNK):
            yield data[start : start + CHUNK]
        return
    row = connection.execute(
        text("SELECT length(data) FROM attachment_blob WHERE attachment_id = :id"), {"id": attachment_id}
    ).first()
    if row is None or not row[0]:
        return
    blob = _driver(connection).open_blob("attachment_blob", "data", attachment_id, readonly=True)
    try:
        while chunk := blob.read(CHUNK):
            yield chunk
    finally:
        blob.close()
