"""Alembic environment: always given an open connection by dpo_desk.storage.migrate."""

from alembic import context

from dpo_desk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
