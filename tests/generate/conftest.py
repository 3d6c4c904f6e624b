"""Fixtures for the document group's batches.

`fake_converter` stands in for LibreOffice where a test is about the batch itself (rows, manifest,
atomic output, merging): it turns each DOCX into a small real one-page PDF at once. The LibreOffice
tests share one warm converter for the whole session.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from generate_fakes import FakeConverter


@pytest.fixture
def fake_converter() -> FakeConverter:
    return FakeConverter()


@pytest.fixture(scope="session")
def pdf_converter() -> Iterator[object]:
    """One LibreOffice for every test of the session that needs a real conversion."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from dossier.render.pdf import PdfConverter

    with PdfConverter(instances=1) as converter:
        yield converter
