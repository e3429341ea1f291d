"""Redactions of other people's data (Art. 15(4)), their redacted copies, and rows imported from spreadsheets.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "redaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=True),
        sa.Column("column", sa.Integer(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("left", sa.Float(), nullable=True),
        sa.Column("top", sa.Float(), nullable=True),
        sa.Column("right", sa.Float(), nullable=True),
        sa.Column("bottom", sa.Float(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_redaction_attachment_id", "redaction", ["attachment_id"])
    op.create_index("ix_redaction_request_id", "redaction", ["request_id"])
    op.create_table(
        "redacted_copy",
        sa.Column("attachment_id", sa.Integer(), nullable=False),
        sa.Column("source_attachment_id", sa.Integer(), nullable=False),
        sa.Column("boxes", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["source_attachment_id"], ["attachment.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("attachment_id"),
    )
    op.create_index("ix_redacted_copy_source_attachment_id", "redacted_copy", ["source_attachment_id"])
    op.create_table(
        "imported_row",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("original_reference", sa.String(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("request_id"),
    )
    op.create_index("ix_imported_row_source_sha256", "imported_row", ["source_sha256"])
    op.create_index("ix_imported_row_original_reference", "imported_row", ["original_reference"])


def downgrade() -> None:
    op.drop_index("ix_imported_row_original_reference", "imported_row")
    op.drop_index("ix_imported_row_source_sha256", "imported_row")
    op.drop_table("imported_row")
    op.drop_index("ix_redacted_copy_source_attachment_id", "redacted_copy")
    op.drop_table("redacted_copy")
    op.drop_index("ix_redaction_request_id", "redaction")
    op.drop_index("ix_redaction_attachment_id", "redaction")
    op.drop_table("redaction")
