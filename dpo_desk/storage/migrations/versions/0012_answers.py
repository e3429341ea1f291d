"""What was decided and done to answer a request (the facts letters are built from), and each
organisation's do-not-contact list (Art. 21(3)), which outlives the purge of the cases.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "answer_fact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("subject", sa.String(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("request_id", "kind", "subject"),
    )
    op.create_index("ix_answer_fact_request_id", "answer_fact", ["request_id"])
    op.create_table(
        "do_not_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("email", sa.String(), nullable=False),
        sa.Column("postal_address", sa.Text(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("organisation_id", "reference"),
    )
    op.create_index("ix_do_not_contact_organisation_id", "do_not_contact", ["organisation_id"])


def downgrade() -> None:
    op.drop_index("ix_do_not_contact_organisation_id", "do_not_contact")
    op.drop_table("do_not_contact")
    op.drop_index("ix_answer_fact_request_id", "answer_fact")
    op.drop_table("answer_fact")
