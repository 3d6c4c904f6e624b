"""Page corrections by hand: an append-only audit table of page types corrected on a checked dossier.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "page_corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("job_id", sa.Integer, sa.ForeignKey("jobs.id"), nullable=False),
        sa.Column("case_number", sa.String(64), nullable=False),
        sa.Column("page", sa.Integer, nullable=False),
        sa.Column("from_doc_type", sa.String(64), nullable=False),
        sa.Column("from_served", sa.JSON, nullable=False),
        sa.Column("to_doc_type", sa.String(64), nullable=False),
        sa.Column("to_served", sa.JSON, nullable=True),
        sa.Column("actor_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("actor_username", sa.String(64), nullable=False),
        sa.Column("actor_role", sa.String(16), nullable=False),
        sa.Column("corrected_at", sa.DateTime, nullable=False),
        sa.Column("decision_before", sa.String(16), nullable=False),
        sa.Column("decision_after", sa.String(16), nullable=False),
    )
    op.create_index("ix_page_corrections_job_id", "page_corrections", ["job_id"])
    op.create_index("ix_page_corrections_case_number", "page_corrections", ["case_number"])


def downgrade() -> None:
    op.drop_index("ix_page_corrections_case_number", table_name="page_corrections")
    op.drop_index("ix_page_corrections_job_id", table_name="page_corrections")
    op.drop_table("page_corrections")
