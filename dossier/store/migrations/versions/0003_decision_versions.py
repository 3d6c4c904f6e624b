"""One decision per result version: a decision names what it decides on (e.g. dossier_check:12) and the
version of that result; the pair is unique per kind.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("decisions", sa.Column("subject", sa.String(64), nullable=True))
    op.add_column("decisions", sa.Column("version", sa.Integer, nullable=True))
    op.create_index("ux_decisions_subject_version", "decisions", ["kind", "subject", "version"], unique=True)


def downgrade() -> None:
    op.drop_index("ux_decisions_subject_version", table_name="decisions")
    with op.batch_alter_table("decisions") as batch:
        batch.drop_column("version")
        batch.drop_column("subject")
