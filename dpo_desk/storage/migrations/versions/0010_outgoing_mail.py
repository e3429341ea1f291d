"""Answering by email: mailboxes that send (SMTP, OAuth2), messages sent and their evidence, relays.

- mailbox: how it sends (SMTP host, port, security, From address, the size above which the postal
  route is proposed) and how it signs in (a password, or OAuth2 with a provider and client id).
  host may be empty: a mailbox for sending only. removed_at: a removed mailbox whose messages stay.
- organisation.sending_mailbox_id: the one address an organisation's answers are sent from.
- letter.sent_message_id: the Message-ID of the email a letter was sent in.
- outgoing_message: every message sent (to a person, a department, a member), with the exact bytes
  kept as a case document, how its password travelled, and a bounce matched back to it.
- relay: a request for a person's data sent to the department in charge of a processing activity.
- member.digest_email: where the daily digest of what falls due goes (empty: no digest).

Revision ID: 0010
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mailbox") as batch:
        batch.add_column(sa.Column("smtp_host", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("smtp_port", sa.Integer(), nullable=False, server_default="587"))
        batch.add_column(sa.Column("smtp_security", sa.String(), nullable=False, server_default="starttls"))
        batch.add_column(sa.Column("from_address", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("max_send_bytes", sa.Integer(), nullable=False, server_default="10000000"))
        batch.add_column(sa.Column("auth", sa.String(), nullable=False, server_default="password"))
        batch.add_column(sa.Column("oauth_provider", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("oauth_client_id", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("oauth_tenant", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("oauth_authorize_url", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("oauth_token_url", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("oauth_scopes", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("removed_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("sending_mailbox_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("letter") as batch:
        batch.add_column(sa.Column("sent_message_id", sa.String(), nullable=False, server_default=""))
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("digest_email", sa.String(), nullable=False, server_default=""))
        batch.add_column(sa.Column("digest_sent_on", sa.Date(), nullable=True))
    op.create_table(
        "outgoing_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("mailbox_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.String(), nullable=False),
        sa.Column("recipients", sa.String(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=True),
        sa.Column("encrypted", sa.Boolean(), nullable=False),
        sa.Column("password_via", sa.String(), nullable=False),
        sa.Column("password", sa.String(), nullable=False),
        sa.Column("bounced_at", sa.DateTime(), nullable=True),
        sa.Column("bounce_item_id", sa.Integer(), nullable=True),
        sa.Column("bounce_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["letter_id"], ["letter.id"]),
        sa.ForeignKeyConstraint(["mailbox_id"], ["mailbox.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["evidence_id"], ["attachment.id"]),
        sa.ForeignKeyConstraint(["bounce_item_id"], ["inbox_message.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_outgoing_message_message_id", "outgoing_message", ["message_id"])
    op.create_index("ix_outgoing_message_request_id", "outgoing_message", ["request_id"])
    op.create_table(
        "relay",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("activity_name", sa.String(), nullable=False),
        sa.Column("contact", sa.String(), nullable=False),
        sa.Column("token", sa.String(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("message_id", sa.String(), nullable=False),
        sa.Column("reminded_on", sa.Date(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answer_item_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["request.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["answer_item_id"], ["inbox_message.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token"),
    )
    op.create_index("ix_relay_request_id", "relay", ["request_id"])
    with op.batch_alter_table("inbox_message") as batch:
        batch.add_column(sa.Column("outgoing_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("relay_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("inbox_message") as batch:
        batch.drop_column("relay_id")
        batch.drop_column("outgoing_id")
    op.drop_index("ix_relay_request_id", "relay")
    op.drop_table("relay")
    op.drop_index("ix_outgoing_message_request_id", "outgoing_message")
    op.drop_index("ix_outgoing_message_message_id", "outgoing_message")
    op.drop_table("outgoing_message")
    with op.batch_alter_table("member") as batch:
        batch.drop_column("digest_sent_on")
        batch.drop_column("digest_email")
    with op.batch_alter_table("letter") as batch:
        batch.drop_column("sent_message_id")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("sending_mailbox_id")
    with op.batch_alter_table("mailbox") as batch:
        for name in (
            "removed_at", "oauth_scopes", "oauth_token_url", "oauth_authorize_url", "oauth_tenant", "oauth_client_id",
            "oauth_provider", "auth", "max_send_bytes", "from_address", "smtp_security", "smtp_port", "smtp_host",
        ):  # fmt: skip
            batch.drop_column(name)
