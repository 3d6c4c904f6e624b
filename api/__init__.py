"""The dossier web service: FastAPI API under /api/, Chinese pages, background worker (see api.app)."""
