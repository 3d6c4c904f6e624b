"""A batch of documents (文书批量生成) from a case table into an output folder, with its manifest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.batch import BatchOptions, Manifest, run_batch
from dossier.errors import InputError
from dossier.intake.tabular import Batch, read_batch


@dataclass(frozen=True)
class BatchRun:
    batch: Batch
    manifest: Manifest


def generate(batch: Batch, options: BatchOptions, out_dir: Path, *, progress: Any = None,
             converter_factory: Any = None) -> Manifest:
    """Every document of every row of a batch already read (a table, or a job's rows) into `out_dir`, with
    manifest.json; `converter_factory`: a warm LibreOffice to lend (none: the batch starts its own)."""
    return run_batch(batch, options, out_dir, progress=progress, converter_factory=converter_factory)


def generate_batch(cases_file: Path, options: BatchOptions, out_dir: Path, *, progress: Any = None,
                   converter_factory: Any = None) -> BatchRun:
    """Read the table, generate every document of every row; bad rows are listed in the manifest, bad
    input as a whole (nothing to do, an unknown type) is refused before anything is written."""
    batch = read_batch(cases_file)
    if not batch.rows:
        raise InputError("批量文件中没有案件", file=str(cases_file))
    manifest = generate(batch, options, out_dir, progress=progress, converter_factory=converter_factory)
    return BatchRun(batch=batch, manifest=manifest)
