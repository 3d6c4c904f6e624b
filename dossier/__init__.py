"""dossier: documents, filing checks and scanned-dossier checks for enforcement bureaus (执行局)."""

__version__ = "0.1.0"
