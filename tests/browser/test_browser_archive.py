"""The archive centre's story, in a real browser against the real service: a complete dossier checked
for the archive stage and approved is archived on the page 电子卷宗归档, and then found again by a
party's name; the package it downloads is PDF/A with the case in its metadata."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pikepdf
import pytest
from browser_support import LiveService, log_in, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SAMPLE_02 = Path(__file__).resolve().parents[2] / "samples" / "dossiers" / "02_complete_fully_performed_archive"
CASE_02 = "（2024）豫0311执1301号"


def approved_check(live: LiveService) -> int:
    """Sample 02 checked for the archive stage (the real reader) and approved, over the API."""
    headers = live.token("archive")
    found = httpx.get(f"{live.url}/api/cases", params={"q": CASE_02}, headers=headers).json()
    files = [("files", (name, (SAMPLE_02 / name).read_bytes(), "application/pdf")) for name in ("scan-1.pdf", "scan-2.pdf")]
    res = httpx.post(f"{live.url}/api/dossiers", data={"case_id": str(found["items"][0]["id"]), "stage": "archive"},
                     files=files, headers=headers, timeout=60)
    assert res.status_code == 202, res.text
    job_id = int(res.json()["id"])
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        body = httpx.get(f"{live.url}/api/dossiers/{job_id}", headers=headers).json()
        if body["job"]["status"] in ("done", "failed"):
            break
        time.sleep(1)
    assert body["job"]["status"] == "done", body["job"]["error"]
    assert body["check"]["decision"] == "approve", body["check"]["missing"]
    res = httpx.post(f"{live.url}/api/dossiers/{job_id}/decision", json={"result": "approved", "version": 1},
                     headers=headers)
    assert res.status_code == 201, res.text
    return job_id


def test_the_archive_centre_archives_an_approved_dossier_and_finds_it_by_a_partys_name(
        page: Any, live: LiveService, tmp_path: Path) -> None:
    check_job = approved_check(live)
    log_in(page, live, "archive")
    page.goto(live.url + "/archive")
    page.get_by_label("卷宗").select_option(str(check_job))
    shot(page, "20-archive-ready")
    page.get_by_role("button", name="归档").click()
    done = page.locator("[data-job-done]")
    done.wait_for(state="attached", timeout=300_000)
    assert done.get_attribute("data-job-done") == "done", page.locator(".flash").all_inner_texts()
    archived = page.get_by_test_id("archived").inner_text()
    assert CASE_02 in archived and "sha256" in archived
    with page.expect_download() as download:
        page.get_by_role("link", name="下载电子卷宗（PDF/A）").click()
    with pikepdf.open(download.value.path()) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2B" and meta["dc:identifier"] == CASE_02
    # later, someone asks for the dossier of 周秀兰
    page.goto(live.url + "/archive")
    page.get_by_label("检索词").fill("周秀兰")
    page.get_by_role("button", name="检索").click()
    results = page.get_by_test_id("archives").inner_text()
    assert CASE_02 in results and "周秀兰" in results
    shot(page, "21-archive-found")
    page.get_by_label("检索词").fill("没有这个人")
    page.get_by_role("button", name="检索").click()
    assert page.get_by_test_id("no-archives").is_visible()
