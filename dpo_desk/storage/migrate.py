"""Schema versions: Alembic, run programmatically on an open connection.

Opening a file whose schema is this release's (the everyday case) reads one row and never imports
Alembic, which costs a noticeable part of the start-up; Alembic is loaded only to upgrade.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

import sqlcipher3

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.engine import Connection

Progress = Callable[[int, int], None]
SCRIPT_LOCATION = "dpo_desk.storage:migrations"
# The newest revision this release ships; a test checks it against Alembic's head.
RELEASE_HEAD: str | None = "0016"


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {script.revision for script in _scripts().walk_revisions()}


def current_revision(connection: sqlcipher3.Connection) -> str | None:
    """The file's revision (None for a file without tables yet), read without Alembic or SQLAlchemy."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.OperationalError:  # no such table: a new, empty file
        return None
    return str(row[0]) if row else None


def is_current(revision: str | None) -> bool:
    """True when `revision` is this release's schema (checked without loading Alembic)."""
    if RELEASE_HEAD is not None:
        return revision == RELEASE_HEAD
    return revision == head_revision()


def upgrade(connection: Connection, progress: Progress | None = None) -> None:
    """To this release's schema. `progress(done, total)` hears from migrations that take long."""
    from alembic import command

    cfg = _config(connection)
    cfg.attributes["progress"] = progress
    command.upgrade(cfg, "head")
