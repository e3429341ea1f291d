"""Search on a team server: the case file's FTS5 search, found the same way by PostgreSQL.

The file's `request_fts` is an FTS5 table (tokenizer unicode61, diacritics removed, each typed
word a prefix). Here `request_fts` is a plain table with the same columns, written by the same
code (services/search.py), and a stored column `words`: the row's text unaccented (PostgreSQL's
trusted `unaccent` extension, created by the database's owner), lower-cased and cut where FTS5
cuts it, between spaces. A typed word is found when a word of `words` starts with it
(storage/queries/search.py): "lefe" finds "Lefèvre", "dup" finds "Dupont". A trigram index
(the trusted extension pg_trgm) serves that LIKE: on 100,000 rows a word's search took about
12 ms with it, 80 ms without (a sequential scan).

Every statement can run again (IF NOT EXISTS, CREATE OR REPLACE), as schema.py's do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..queries.search import FOLD, SEARCH_COLUMNS

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

TABLE = "request_fts"
ICU = "und-x-icu"  # letters and case of every script, whatever the database's locale


def _collation(conn: Connection) -> str:
    """ICU's root collation when the server has it: `[[:alnum:]]` and lower() then know every
    script (in the C locale they know ASCII only); else the database's own."""
    found = conn.exec_driver_sql("SELECT 1 FROM pg_collation WHERE collname = %(n)s", {"n": ICU}).first()
    return f' COLLATE "{ICU}"' if found else ""


def create_search(conn: Connection, staff: str, policy: str) -> None:
    """The extensions, the folding function, the search table and its index, its grants to the
    `staff` group and its row-level `policy` (schema.py's names)."""
    collate = _collation(conn)
    columns = SEARCH_COLUMNS[1:]
    text = " || ' ' || ".join(columns)
    for statement in (
        "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public",
        # IMMUTABLE (unaccent itself is only STABLE: its rules file could change) so that the
        # stored column may use it; the dictionary is named, never looked up on the search_path.
        f"CREATE OR REPLACE FUNCTION {FOLD}(words text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        "AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, words)"
        f"{collate}), '[^[:alnum:]]+', ' ', 'g')) $$",
        f"CREATE TABLE IF NOT EXISTS {TABLE} (rowid integer PRIMARY KEY REFERENCES request(id) ON DELETE CASCADE, "
        + ", ".join(f"{column} text NOT NULL DEFAULT ''" for column in columns)
        + f", words text GENERATED ALWAYS AS (' ' || {FOLD}({text}) || ' ') STORED)",
        "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
        f"CREATE INDEX IF NOT EXISTS {TABLE}_words ON {TABLE} USING gin (words public.gin_trgm_ops)",
        f"REVOKE ALL ON {TABLE} FROM PUBLIC",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {TABLE} TO {staff}",
        # A search row follows its request's organisation (the request's own policy applies inside).
        f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS {policy} ON {TABLE}",
        f"CREATE POLICY {policy} ON {TABLE} USING (EXISTS (SELECT 1 FROM request p WHERE p.id = rowid)) "
        "WITH CHECK (EXISTS (SELECT 1 FROM request p WHERE p.id = rowid))",
    ):
        conn.exec_driver_sql(statement)
