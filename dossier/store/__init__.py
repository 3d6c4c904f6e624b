"""Persistence: SQLAlchemy models, engine/session, Alembic migrations and the content-addressed file store."""

from dossier.store.db import Database, database_url, open_database
from dossier.store.files import FileStore, IncomingFile, UploadTooLarge

__all__ = ["Database", "FileStore", "IncomingFile", "UploadTooLarge", "database_url", "open_database"]
