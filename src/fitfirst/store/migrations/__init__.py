"""Packaged Alembic migrations of the fitfirst store."""
