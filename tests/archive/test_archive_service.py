"""The archive centre in the service: a dossier checked and approved is archived by a job, the package
is downloaded, and the archived dossier is found again by its case number, a party's name or a word
printed in it; the archive decision and the package's sha256 are in the audit trail."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from archive_support import SAMPLE
from fastapi.testclient import TestClient
from pypdf import PdfReader

from api.app import create_app
from api.settings import Settings
from dossier.dossier_check.model import Page
from dossier.jobs.handlers import make_handlers
from dossier.jobs.worker import Worker
from dossier.samples.truth import GroundTruth

pytestmark = pytest.mark.postgres
PASSWORD = "口令-for-archive-tests-1"
CASE = "（2024）豫0311执1301号"


def login(client: TestClient, username: str) -> dict[str, str]:
    res = client.post("/api/auth/token", json={"username": username, "password": PASSWORD})
    assert res.status_code == 200, res.text
    return {"Authorization": f"Bearer {res.json()['access_token']}"}


def truth_pages() -> list[Page]:
    """Sample 02 as the reader classifies it (its truth): the check job's reading, without OCR."""
    truth = GroundTruth.load(SAMPLE)
    served = {n: d.served for d in truth.documents for n in d.pages}
    return [Page(page=p.page, doc_type=p.doc_type, case_number=p.case_number, readable=p.readable,
                 blank=p.doc_type == "blank", confidence=0.97, source="ocr",
                 served_doc_types=served.get(p.page, [])) for p in truth.pages]


@pytest.fixture
def service(tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    import dossier.dossier_check.run as run

    monkeypatch.setattr(run, "default_analyse", lambda: lambda paths, **_: iter(truth_pages()))
    monkeypatch.setenv("DOSSIER_OCR_ENGINE", "null")  # the archive job's own reading: text layers and QR only
    settings = Settings(data_dir=tmp_path / "data", database_url=db_url, seed_password=PASSWORD, run_worker=False,
                        load_samples=False, max_upload_bytes=20 << 20, fast_password_hashing=True)
    (tmp_path / "data").mkdir()
    with TestClient(create_app(settings)) as client:
        yield client


def run_jobs(client: TestClient) -> None:
    svc = client.app.state.services  # type: ignore[attr-defined]
    assert Worker(svc.db, make_handlers(svc.files, svc.db)).run_once()


@pytest.fixture
def approved(service: TestClient) -> dict[str, Any]:
    """Sample 02 entered, checked for the archive stage and approved by the archive centre."""
    headers = login(service, "archive")
    case = json.loads((SAMPLE / "case.json").read_text("utf-8"))
    res = service.post("/api/cases", json=case, headers=login(service, "filing"))
    assert res.status_code == 201, res.text
    files = [("files", (name, (SAMPLE / name).read_bytes(), "application/pdf")) for name in ("scan-1.pdf", "scan-2.pdf")]
    res = service.post("/api/dossiers", data={"case_id": str(res.json()["id"]), "stage": "archive"}, files=files,
                       headers=headers)
    assert res.status_code == 202, res.text
    job_id = res.json()["id"]
    run_jobs(service)
    checked = service.get(f"/api/dossiers/{job_id}", headers=headers).json()
    assert checked["check"]["decision"] == "approve", checked["check"]["missing"]
    res = service.post(f"/api/dossiers/{job_id}/decision", json={"result": "approved", "version": 1}, headers=headers)
    assert res.status_code == 201, res.text
    return {"headers": headers, "check_job_id": job_id}


def test_an_approved_dossier_is_archived_downloaded_and_found_by_a_partys_name(service, approved):
    headers = approved["headers"]
    res = service.post("/api/archive", json={"check_job_id": approved["check_job_id"]}, headers=headers)
    assert res.status_code == 202, res.text
    job_id = res.json()["id"]
    assert res.json()["status"] == "queued"
    run_jobs(service)
    job = service.get(f"/api/archive/jobs/{job_id}", headers=headers).json()
    assert job["status"] == "done", job["error"]
    archive_id = job["archive_id"]

    pdf = service.get(f"/api/archive/{archive_id}/dossier.pdf", headers=headers)
    manifest = service.get(f"/api/archive/{archive_id}/manifest.json", headers=headers).json()
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(pdf.content).hexdigest() == manifest["sha256"]
    with pikepdf.open(io.BytesIO(pdf.content)) as doc:
        assert doc.open_metadata().pdfa_status == "2B"
    reader = PdfReader(io.BytesIO(pdf.content))
    assert [i.title for i in reader.outline][:3] == ["卷宗封面", "卷内目录", "执行申请书"]

    for query in ("周秀兰", "吴小龙", CASE, "执1301号", "洛阳市老城区"):
        found = service.get("/api/archive", params={"q": query}, headers=headers).json()
        assert [a["case_number"] for a in found] == [CASE], query
    assert service.get("/api/archive", params={"q": "张三丰"}, headers=headers).json() == []

    audit = service.get("/api/decisions", params={"case_number": CASE}, headers=headers).json()
    archived = [d for d in audit if any(i.get("kind") == "package" for i in d["inputs"])]
    assert len(archived) == 1
    assert {"kind": "package", "sha256": manifest["sha256"],
            "manifest_sha256": hashlib.sha256(
                service.get(f"/api/archive/{archive_id}/manifest.json", headers=headers).content).hexdigest()
            } in archived[0]["inputs"]
    assert archived[0]["actor_username"] == "archive"


def test_a_dossier_not_approved_cannot_be_archived(service, approved):
    headers = approved["headers"]
    res = service.post("/api/archive", json={"check_job_id": approved["check_job_id"] + 1000}, headers=headers)
    assert res.status_code == 404
    res = service.post(f"/api/dossiers/{approved['check_job_id']}/decision",
                       json={"result": "rejected", "reason": "卷宗复核表未签字", "version": 1}, headers=headers)
    assert res.status_code == 409  # already decided on this version: the approval stands
    undertaker = login(service, "undertaker")
    assert service.post("/api/archive", json={"check_job_id": approved["check_job_id"]},
                        headers=undertaker).status_code == 403


def test_the_result_page_of_an_approved_dossier_leads_the_archive_centre_on_to_archiving_it(service, approved):
    check_job_id = approved["check_job_id"]
    assert service.post("/login", data={"username": "archive", "password": PASSWORD},
                        follow_redirects=False).status_code == 303
    page = service.get(f"/dossiers/{check_job_id}")
    assert page.status_code == 200
    assert 'action="/archive"' in page.text and f'name="check_job_id" value="{check_job_id}"' in page.text
    assert 'href="/archive"' in page.text
    started = service.post("/archive", data={"check_job_id": str(check_job_id)}, follow_redirects=False)
    assert started.status_code == 303 and started.headers["location"].startswith("/archive/jobs/")


def test_the_result_page_offers_no_archiving_before_the_archive_centre_approves(service):
    headers = login(service, "archive")
    case = json.loads((SAMPLE / "case.json").read_text("utf-8"))
    res = service.post("/api/cases", json=case, headers=login(service, "filing"))
    files = [("files", (name, (SAMPLE / name).read_bytes(), "application/pdf")) for name in ("scan-1.pdf", "scan-2.pdf")]
    res = service.post("/api/dossiers", data={"case_id": str(res.json()["id"]), "stage": "archive"}, files=files,
                       headers=headers)
    job_id = res.json()["id"]
    run_jobs(service)
    assert service.post("/login", data={"username": "archive", "password": PASSWORD},
                        follow_redirects=False).status_code == 303
    page = service.get(f"/dossiers/{job_id}")
    assert page.status_code == 200 and "批准" in page.text
    assert 'action="/archive"' not in page.text
