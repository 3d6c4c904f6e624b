"""Sample dossier 04 (complete, one misfiled page of another case) precheck'd by its undertaker: the page
says what blocks — a problem to correct, not materials to add (issue 12: it said 材料齐全 next to
请先补齐左侧所列材料)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from api_support import PASSWORD, blank_pdf, case_id, login
from fastapi.testclient import TestClient

from dossier.dossier_check.model import Page
from dossier.jobs.handlers import make_handlers
from dossier.jobs.worker import Worker
from dossier.samples.truth import GroundTruth

pytestmark = pytest.mark.postgres
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "dossiers" / "04_misfiled_page"
CASE = "（2024）蒙2221执402号"



def read_pages() -> list[Page]:
    """Sample 04 as the reader sees it when it reads every page right (no OCR in this test)."""
    truth = GroundTruth.load(SAMPLE)
    served = {n: d.served for d in truth.documents for n in d.pages}
    return [Page(page=p.page, doc_type=p.doc_type, case_number=p.case_number, readable=p.readable,
                 blank=p.doc_type == "blank", confidence=0.97, file="卷宗.pdf", file_page=p.page, source="ocr",
                 served_doc_types=served.get(p.page, [])) for p in truth.pages]


@pytest.fixture
def prechecked(service: TestClient, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    import dossier.dossier_check.run as run

    def analyse(paths: list[Path], **_: Any) -> Iterator[Page]:
        yield from read_pages()

    monkeypatch.setattr(run, "default_analyse", lambda: analyse)
    headers = login(service, "undertaker")
    res = service.post("/api/dossiers", data={"case_id": str(case_id(service, headers, CASE)), "stage": "closing"},
                       files=[("files", ("卷宗.pdf", blank_pdf(2), "application/pdf"))], headers=headers)
    assert res.status_code == 202, res.text
    svc = service.app.state.services  # type: ignore[attr-defined]
    assert Worker(svc.db, make_handlers(svc.files, svc.db)).run_once()
    yield int(res.json()["id"])


def test_a_misfiled_page_alone_asks_to_correct_it_not_to_add_materials(service: TestClient, prechecked: int) -> None:
    api = service.get(f"/api/dossiers/{prechecked}", headers=login(service, "undertaker")).json()
    assert api["check"]["decision"] == "reject" and api["check"]["missing"] == []
    assert "misfiled_page" in [p["kind"] for p in api["check"]["problems"]]
    assert service.post("/login", data={"username": "undertaker", "password": PASSWORD},
                        follow_redirects=False).status_code == 303
    page = service.get(f"/precheck/{prechecked}")
    assert page.status_code == 200
    assert "请先补齐" not in page.text and "材料齐全。" not in page.text
    assert "所需材料均已具备" in page.text and "错放的页面" in page.text
    assert "误装页" in page.text  # the problem by its label
