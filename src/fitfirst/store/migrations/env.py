"""Alembic environment: runs the packaged migrations on the connection :func:`upgrade` passes."""

from __future__ import annotations

from alembic import context

from fitfirst.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached when alembic is run by hand
    raise SystemExit("run migrations with `fitfirst db upgrade`, which passes the connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
