"""Fixtures of the template tests (the cases themselves live in template_cases.py)."""

from __future__ import annotations

import pytest
from template_cases import complex_case_dict

from dossier.intake.case_file import case_from_dict
from dossier.model import Case


@pytest.fixture
def complex_case() -> Case:
    return case_from_dict(complex_case_dict())
