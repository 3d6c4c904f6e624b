"""Issue 12: any file name a client sends is accepted (a name longer than a file system allows, a NUL in
it), and a refused upload leaves nothing behind in the store."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from api_support import blank_pdf, case_id

REPO = Path(__file__).resolve().parents[2]
CASE = "（2024）豫0311执1234号"
LONG = "卷" * 97  # 291 UTF-8 bytes: more than the 255 a Linux file name may have (Windows allows it)



def multipart(fields: dict[str, str], files: list[tuple[str, str, bytes, str]]) -> tuple[bytes, str]:
    """A multipart body built by hand, so a file name carries exactly the bytes a client sent (NUL too)."""
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for field, filename, data, ctype in files:
        head = (f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{filename}"\r\n'
                f"Content-Type: {ctype}\r\n\r\n")
        parts.append(head.encode("utf-8") + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def post_files(service, url, headers, fields, files):
    body, ctype = multipart(fields, files)
    return service.post(url, content=body, headers={**headers, "Content-Type": ctype})


def stored_files(service) -> set[Path]:
    root = service.app.state.services.files.root
    return {p for p in root.rglob("*") if p.is_file()}


NAMES = [pytest.param(LONG + ".pdf", id="97-chinese-characters"), pytest.param("扫描\x00件.pdf", id="nul")]


@pytest.mark.parametrize("name", NAMES)
def test_a_dossier_upload_with_an_odd_name_is_taken(service, as_user, name):
    headers = as_user("archive")
    cid = case_id(service, headers, CASE)
    res = post_files(service, "/api/dossiers", headers, {"case_id": str(cid)},
                     [("files", name, blank_pdf(2), "application/pdf")])
    assert res.status_code == 202, res.text
    job = service.get(f"/api/jobs/{res.json()['id']}", headers=headers).json()
    assert job["total"] == 2


@pytest.mark.parametrize("name", NAMES)
def test_a_filing_material_with_an_odd_name_is_checked(service, as_user, name):
    headers = as_user("filing")
    cid = case_id(service, headers, CASE)
    res = post_files(service, "/api/filing/check-files", headers, {"case_id": str(cid)},
                     [("files", name, blank_pdf(1), "application/pdf")])
    assert res.status_code == 200, res.text
    assert res.json()["decision"] in ("accept", "return")


@pytest.mark.parametrize("name", [pytest.param("表" * 97 + ".csv", id="97-chinese-characters"),
                                  pytest.param("案件\x00表.csv", id="nul")])
def test_a_batch_table_and_a_case_import_with_an_odd_name_are_taken(service, as_user, name):
    table = (REPO / "samples" / "cases.csv").read_bytes()
    headers = as_user("documents")
    res = post_files(service, "/api/batches", headers, {"types": "enforcement_notice", "formats": "docx"},
                     [("file", name, table, "text/csv")])
    assert res.status_code == 202, res.text
    res = post_files(service, "/api/cases/import", headers, {}, [("file", name, table, "text/csv")])
    assert res.status_code == 200, res.text


def test_the_web_filing_check_takes_an_odd_name(service):
    service.post("/login", data={"username": "filing", "password": "口令-for-tests-1"})
    body, ctype = multipart({"case_id": "1"}, [("files", LONG + ".pdf", blank_pdf(1), "application/pdf")])
    res = service.post("/filing/check", content=body, headers={"Content-Type": ctype})
    assert res.status_code == 200, res.text


def test_a_refused_upload_leaves_nothing_in_the_store(service, as_user):
    """A 199 MB junk .pdf was refused (422) and stayed on disk for good."""
    headers = as_user("archive")
    cid = case_id(service, headers, CASE)
    before = stored_files(service)
    junk = b"this is not a PDF at all " * 40000
    res = post_files(service, "/api/dossiers", headers, {"case_id": str(cid)},
                     [("files", "扫描.pdf", blank_pdf(1), "application/pdf"), ("files", "垃圾.pdf", junk, "application/pdf")])
    assert res.status_code == 422, res.text
    assert "垃圾.pdf" in res.text
    assert stored_files(service) == before
    # the same for the filing window and the case import
    filing = as_user("filing")
    res = post_files(service, "/api/filing/check-files", filing, {"case_id": str(cid)},
                     [("files", "材料.pdf", junk + b"2", "application/pdf")])
    assert res.status_code == 422, res.text
    res = post_files(service, "/api/cases/import", filing, {}, [("file", "案件.xlsx", junk + b"3", "application/vnd.ms-excel")])
    assert res.status_code == 422, res.text
    assert stored_files(service) == before
    # an upload too large for the limit, after an accepted one in the same request: neither is kept
    res = post_files(service, "/api/dossiers", headers, {"case_id": str(cid)},
                     [("files", "扫描.pdf", blank_pdf(3), "application/pdf"),
                      ("files", "大.pdf", b"x" * ((2 << 20) - 50_000), "application/pdf")])
    assert res.status_code in (413, 422), res.text
    assert stored_files(service) == before
    # the same scan accepted later is stored as usual
    res = post_files(service, "/api/dossiers", headers, {"case_id": str(cid)},
                     [("files", "扫描.pdf", blank_pdf(1), "application/pdf")])
    assert res.status_code == 202, res.text
    assert len(stored_files(service) - before) == 1
