"""Alembic migrations of the case-file schema, run programmatically on open."""
