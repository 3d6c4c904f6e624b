"""Archived dossiers (`dossier archive` run by the service) and their full-text search.

`archives`: one row per package (the job that built it, the case, the parties, the sha256 of
dossier.pdf and manifest.json). `archive_search`: the package's text, for search (dossier/archive/search.py):
on SQLite an FTS5 table of character bigrams; on PostgreSQL the normalised text, matched by LIKE and
indexed with pg_trgm where the extension can be created.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "archives",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("job_id", sa.Integer, sa.ForeignKey("jobs.id"), nullable=False, unique=True),
        sa.Column("check_job_id", sa.Integer, sa.ForeignKey("jobs.id"), nullable=False),
        sa.Column("case_number", sa.String(64), nullable=False),
        sa.Column("court", sa.String(128), nullable=False),
        sa.Column("parties", sa.Text, nullable=False),
        sa.Column("page_count", sa.Integer, nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False),
        sa.Column("manifest_sha256", sa.String(64), nullable=False),
        sa.Column("archived_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("archived_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_archives_case_number", "archives", ["case_number"])
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE archive_search USING fts5(grams, tokenize='unicode61')")
        return
    op.create_table(
        "archive_search",
        sa.Column("archive_id", sa.Integer, sa.ForeignKey("archives.id"), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
    )
    if bind.dialect.name == "postgresql":
        available = bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).first()
        if available:
            op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            op.execute("CREATE INDEX ix_archive_search_trgm ON archive_search USING gin (text gin_trgm_ops)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS archive_search")
    op.drop_index("ix_archives_case_number", "archives")
    op.drop_table("archives")
