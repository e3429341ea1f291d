"""The duplicate check on import finds a Message-ID through an index, not by reading every request.

Importing an email (a file, an mbox or a mailbox) asks whether `lower(message_id)` is already a
request's or a fetched message's; without an index on that expression SQLite scanned the whole
table for every message (issue #19). Expression indexes on `lower(message_id)` for `request` and
`inbox_message` answer it in a few page reads.

Revision ID: 0015
Revises: 0014
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_request_message_id_lower", "request"),
    ("ix_inbox_message_message_id_lower", "inbox_message"),
)


def upgrade() -> None:
    for name, table in INDEXES:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} (lower(message_id))")


def downgrade() -> None:
    for name, _table in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
