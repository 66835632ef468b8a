"""The web app's database: SQLAlchemy models, packaged Alembic migrations, store operations."""

from fitfirst.store.db import database_url, make_engine, session_factory, transaction, upgrade

__all__ = ["database_url", "make_engine", "session_factory", "transaction", "upgrade"]
