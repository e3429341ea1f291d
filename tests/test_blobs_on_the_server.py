"""A document's bytes stored and read back a chunk at a time on the team server too (issue #19):
there the column takes them in one statement, and they come back in chunks, byte-exact."""

from __future__ import annotations

import hashlib
import os

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from dpo_desk.storage import blobs
from dpo_desk.storage.server.database import ServerDatabase

from .test_team_server import TeamDb, _insert, team_db  # noqa: F401 - the fixture

pytestmark = [pytest.mark.needs_postgres, pytest.mark.clock_free]


def test_a_document_goes_in_and_out_of_the_server_byte_exact(team_db: TeamDb) -> None:  # noqa: F811
    assert team_db.init().returncode == 0
    data = os.urandom(3 * blobs.CHUNK + 123)
    with ServerDatabase(team_db.url()) as server, server.engine.begin() as conn:
        org = int(conn.execute(sa.text("SELECT id FROM organisation WHERE code = 'IMV'")).scalar_one())
        person = _insert(conn, "person", organisation_id=org, last_name="Lefèvre")
        request = _insert(conn, "request", organisation_id=org, person_id=person, reference="IMV-2026-0001")
        attachment = _insert(conn, "attachment", request_id=request, size=len(data))
        session = Session(bind=conn)
        pieces = [data[i : i + blobs.CHUNK] for i in range(0, len(data), blobs.CHUNK)]
        blobs.store(session, attachment, len(data), iter(pieces))
        with pytest.raises(blobs.SizeMismatch):
            blobs.store(session, attachment + 1, 10, iter([b"too short"]))
        back = list(blobs.chunks(session, attachment))
    assert [len(c) for c in back] == [blobs.CHUNK] * 3 + [123]
    assert hashlib.sha256(b"".join(back)).digest() == hashlib.sha256(data).digest()
