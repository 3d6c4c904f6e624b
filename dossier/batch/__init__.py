"""Batch generation: every document of every case of a batch, a manifest, nothing half-written."""

from dossier.batch.manifest import Manifest, ManifestError, ManifestMerged, ManifestOutput
from dossier.batch.runner import BatchOptions, run_batch

__all__ = ["BatchOptions", "Manifest", "ManifestError", "ManifestMerged", "ManifestOutput", "run_batch"]
