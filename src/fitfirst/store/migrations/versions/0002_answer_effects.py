"""Answers keep what the core read on the side: facts volunteered and readings passed over.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 12:15:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: answers logged before this revision read as having volunteered nothing.
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("effects", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("answers", schema=None) as batch_op:
        batch_op.drop_column("effects")
