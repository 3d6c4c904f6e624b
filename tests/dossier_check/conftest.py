"""Fixtures of the dossier-check tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from dossier_samples import SAMPLES

from dossier.samples.truth import sample_dossiers


@pytest.fixture
def samples_root() -> Path:
    if not sample_dossiers(SAMPLES):
        pytest.fail(f"no sample dossiers under {SAMPLES}: run `dossier samples build`")
    return SAMPLES
