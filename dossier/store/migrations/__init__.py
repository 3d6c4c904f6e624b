"""Alembic migrations of the dossier database (run on startup by dossier.store.db.migrate)."""
