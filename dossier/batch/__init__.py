"""Batch generation: every document of every case of a batch, a manifest, nothing half-written.

The names are loaded on first use, so that a helper process that only cuts PDFs (`split`) does not
import the renderer.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dossier.batch.manifest import Manifest, ManifestError, ManifestMerged, ManifestOutput
    from dossier.batch.runner import BatchOptions, run_batch

__all__ = ["BatchOptions", "Manifest", "ManifestError", "ManifestMerged", "ManifestOutput", "run_batch"]

_HOME = {"BatchOptions": "runner", "run_batch": "runner", "Manifest": "manifest", "ManifestError": "manifest",
         "ManifestMerged": "manifest", "ManifestOutput": "manifest"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"dossier.batch.{_HOME[name]}"), name)
