"""Where the sample dossiers are (samples/dossiers, built by `dossier samples build`)."""

from __future__ import annotations

from pathlib import Path

from dossier.samples.truth import sample_dossiers

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "dossiers"


def sample_names() -> list[str]:
    return [p.name for p in sample_dossiers(SAMPLES)]
