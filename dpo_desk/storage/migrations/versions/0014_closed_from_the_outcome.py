"""A request is closed from the day it got its outcome: existing answered, refused and withdrawn
requests get that closing day, which the counts and the retention period before the purge use.

Before this revision only the later "Closed" filing step set closed_on, so an answered case was
neither counted as closed nor ever due for the purge. The day is taken from the change of status
recorded in the history (its "on" date), else from the day answered, else from the day the change
was recorded; a case already filed keeps its day.

Registered-mail numbers are also indexed without their spaces, so that "1A12345678901" typed in
the search box finds "1A 123 456 7890 1" (services/search.py does the same for new requests).

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_OUTCOMES = "('answered', 'refused', 'partially_refused', 'withdrawn')"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        _upgrade_server()
        return
    op.execute(
        f"""
        UPDATE request SET closed_on = COALESCE(
            (SELECT NULLIF(json_extract(event.details, '$.on'), '') FROM event
              WHERE event.request_id = request.id AND event.kind = 'status_changed'
                AND json_extract(event.details, '$.to') IN {_OUTCOMES}
              ORDER BY event.seq DESC LIMIT 1),
            request.answered_on,
            (SELECT substr(event.at, 1, 10) FROM event
              WHERE event.request_id = request.id AND event.kind = 'status_changed'
              ORDER BY event.seq DESC LIMIT 1),
            request.received_on)
        WHERE request.is_open = 0 AND request.closed_on IS NULL
        """
    )
    op.execute(
        """
        UPDATE request_fts SET body = body || ' ' ||
            (SELECT replace(request.registered_mail_no, ' ', '') FROM request WHERE request.id = request_fts.rowid)
        WHERE rowid IN (SELECT id FROM request WHERE registered_mail_no LIKE '% %')
        """
    )


def _upgrade_server() -> None:
    """The same closing days on a team server (its JSON and dates typed); no search table there yet."""
    op.execute(
        f"""
        UPDATE request SET closed_on = COALESCE(
            (SELECT NULLIF(event.details ->> 'on', '')::date FROM event
              WHERE event.request_id = request.id AND event.kind = 'status_changed'
                AND event.details ->> 'to' IN {_OUTCOMES}
              ORDER BY event.seq DESC LIMIT 1),
            request.answered_on,
            (SELECT substr(event.at, 1, 10)::date FROM event
              WHERE event.request_id = request.id AND event.kind = 'status_changed'
              ORDER BY event.seq DESC LIMIT 1),
            request.received_on)
        WHERE NOT request.is_open AND request.closed_on IS NULL
        """
    )


def downgrade() -> None:
    """The closing days stay: the earlier releases read them as they read any filed case's."""
