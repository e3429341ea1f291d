"""The letter's form and the clock: envelopes, civility, people acting for others, directives, proof of sending.

- organisation.envelope_window: "right" or "left", where the window of the organisation's DL
  envelopes is; organisation.count_customary_days: customary days off (not public holidays)
  move deadlines only when the organisation opts in.
- person.civility: "madame", "monsieur" or "" (none given), for the address and the salutation.
- request.extension_notified_on: the day the extension notice was sent, by the first deadline;
  an extension counts only from then. Files upgraded keep the extensions whose notice went out in
  time; an open request extended without such a notice is due on its first deadline again.
- request.on_behalf and requester_*: a request made by a representative with a mandate, the
  parent or guardian of a minor or protected adult, or an heir (LIL art. 85-II), with the proofs
  of their authority (and, for an heir, of the death) and when they were checked.
- request.directives_*: post-mortem directives (LIL art. 85-I), general (a certified trusted third
  party holds them) or particular (the controller holds them, with the person's specific consent).
- letter.registered, letter.late, letter.ar_signed_on, letter.ar_scan_id: sent as a registered
  letter with acknowledgement of receipt, sent after the deadline it had to meet, the day the
  acknowledgement was signed and its scan (a document of the case).

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite keeps the table and its triggers and indexes as they are).
    op.add_column("organisation", sa.Column("envelope_window", sa.String(), nullable=False, server_default="right"))
    op.add_column("organisation", sa.Column("count_customary_days", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("person", sa.Column("civility", sa.String(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("extension_notified_on", sa.Date(), nullable=True))
    op.add_column("request", sa.Column("on_behalf", sa.String(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("requester_name", sa.String(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("requester_civility", sa.String(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("requester_address", sa.Text(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("requester_email", sa.String(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("authority_proof", sa.Text(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("death_proof", sa.Text(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("authority_checked_on", sa.Date(), nullable=True))
    op.add_column("request", sa.Column("authority_checked_by", sa.String(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("directives_kind", sa.String(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("directives_holder", sa.Text(), nullable=False, server_default=""))
    op.add_column("request", sa.Column("directives_consent_on", sa.Date(), nullable=True))
    op.add_column("letter", sa.Column("registered", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("letter", sa.Column("late", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("letter", sa.Column("ar_signed_on", sa.Date(), nullable=True))
    op.add_column("letter", sa.Column("ar_scan_id", sa.Integer(), nullable=True))
    # Extensions already recorded count when their notice went out by the first deadline.
    true = "1" if op.get_bind().dialect.name == "sqlite" else "true"  # a team server's booleans are typed
    op.execute(
        "UPDATE request SET extension_notified_on = ("
        " SELECT min(letter.sent_on) FROM letter WHERE letter.request_id = request.id"
        " AND letter.kind = 'extension_notice' AND letter.sent_on IS NOT NULL"
        " AND letter.sent_on <= request.due_on)"
        f" WHERE extended = {true}"
    )
    op.execute(f"UPDATE request SET deadline_on = due_on WHERE extended = {true} AND extension_notified_on IS NULL")


def downgrade() -> None:
    with op.batch_alter_table("letter") as batch:
        for name in ("ar_scan_id", "ar_signed_on", "late", "registered"):
            batch.drop_column(name)
    with op.batch_alter_table("request") as batch:
        for name in (
            "directives_consent_on",
            "directives_holder",
            "directives_kind",
            "authority_checked_by",
            "authority_checked_on",
            "death_proof",
            "authority_proof",
            "requester_email",
            "requester_address",
            "requester_civility",
            "requester_name",
            "on_behalf",
            "extension_notified_on",
        ):
            batch.drop_column(name)
    with op.batch_alter_table("person") as batch:
        batch.drop_column("civility")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("count_customary_days")
        batch.drop_column("envelope_window")
