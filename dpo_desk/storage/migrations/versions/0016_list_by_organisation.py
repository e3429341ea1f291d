"""The case list of one organisation is read in its order, not sorted from all its requests.

A DPO serving several organisations filters the list by one of them. With only the unique
(organisation_id, year, number) index, SQLite read every request of that organisation and sorted
them for the first page: 5.2 s at 1,000,000 requests (issue #19). An index in the list's own order
within each organisation, (organisation_id, is_open DESC, deadline_on, id), gives the first page
in a few page reads, and a search within one organisation walks it.

Revision ID: 0016
Revises: 0015
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

NAME = "ix_request_organisation_open_deadline"


def upgrade() -> None:
    op.execute(f"CREATE INDEX IF NOT EXISTS {NAME} ON request (organisation_id, is_open DESC, deadline_on, id)")


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {NAME}")
