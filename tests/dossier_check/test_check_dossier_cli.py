"""The clerk runs `dossier check-dossier` on scanned dossiers: JSON per CONTRACT.md, exit 0/1/2, reports."""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from dossier_samples import SAMPLES
from pypdf import PdfReader, PdfWriter

from dossier.cli.dossier_check import check_dossier
from dossier.samples.truth import GroundTruth

CONTRACT_PAGE_FIELDS = {"page", "doc_type", "case_number", "confidence", "readable"}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(check_dossier, list(args))
    return result.exit_code, result.stdout, result.stderr


def sample_args(name: str, *extra: str) -> list[str]:
    folder = SAMPLES / name
    truth = GroundTruth.load(folder)
    return [*(str(folder / s) for s in truth.scans), "--case", str(folder / truth.case_file),
            "--stage", truth.stage, "--today", truth.today.isoformat(), "--json", *extra]


def assert_contract_shape(out: dict, truth: GroundTruth) -> None:
    assert {"decision", "stage", "case_number", "pages", "documents", "missing", "problems"} <= set(out)
    assert [p["page"] for p in out["pages"]] == list(range(1, len(truth.pages) + 1))
    assert all(set(p) >= CONTRACT_PAGE_FIELDS for p in out["pages"])
    assert all({"doc_type", "pages"} <= set(d) for d in out["documents"])
    assert all({"code", "label", "reason"} <= set(m) for m in out["missing"])
    assert all({"kind", "pages", "message"} <= set(p) for p in out["problems"])


# --- bad input: refused with exit 2, a message naming the file, nothing written -----------------------

@pytest.fixture
def case_file(samples_root: Path) -> Path:
    return samples_root / "01_complete_terminated_this_round" / "case.json"


def test_a_truncated_pdf_is_refused_naming_the_file_and_no_report_is_written(tmp_path, case_file, samples_root):
    good = (samples_root / "06_illegible_page" / "scan.pdf").read_bytes()
    broken = tmp_path / "损坏.pdf"
    broken.write_bytes(good[: len(good) // 3])
    report = tmp_path / "report"
    code, out, err = run(str(broken), "--case", str(case_file), "--json", "--report", str(report))
    assert code == 2 and out == ""
    assert "损坏.pdf" in err and "错误" in err
    assert not report.exists()


def test_a_file_that_is_not_a_scan_is_refused(tmp_path, case_file):
    text = tmp_path / "notes.pdf"
    text.write_text("这不是扫描件", encoding="utf-8")
    code, _, err = run(str(text), "--case", str(case_file), "--json")
    assert code == 2 and "notes.pdf" in err


def _png_bomb(width: int, height: int) -> bytes:
    """A PNG that claims a huge size and holds almost nothing: a decompression bomb."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


def _encrypted(source: Path) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password="secret", owner_password="owner")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _docx() -> bytes:
    from docx import Document

    buf = io.BytesIO()
    doc = Document()
    doc.add_paragraph("执行通知书")
    doc.save(buf)
    return buf.getvalue()


BAD_SCANS = {
    "corrupt": ("乱码.pdf", lambda good: b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", "损坏"),
    "truncated": ("截断.pdf", lambda good: good[: len(good) // 2], "截断"),
    "encrypted": ("加密.pdf", _encrypted, "加密"),
    "empty": ("空.pdf", lambda good: b"", "为空"),
    "docx": ("起诉状.docx", lambda good: _docx(), "不支持的文件类型"),
    "txt": ("说明.txt", lambda good: "这不是扫描件".encode(), "不支持的文件类型"),
    "bomb": ("巨图.png", lambda good: _png_bomb(30_000, 30_000), "像素"),
}


@pytest.mark.parametrize("kind", list(BAD_SCANS))
def test_given_a_bad_scan_the_clerk_sees_why_by_file_name_and_no_report_is_written(kind, tmp_path, case_file,
                                                                                   samples_root):
    name, make, why = BAD_SCANS[kind]
    good_path = samples_root / "06_illegible_page" / "scan.pdf"
    bad = tmp_path / name
    bad.write_bytes(make(good_path) if kind == "encrypted" else make(good_path.read_bytes()))
    report = tmp_path / "report"
    code, out, err = run(str(good_path), str(bad), "--case", str(case_file), "--json", "--report", str(report))
    assert code == 2 and out == ""
    assert err.startswith("错误：") and f"文件 {name}" in err and why in err
    assert "Traceback" not in err
    assert not report.exists()


@pytest.mark.parametrize(("change", "field", "why"), [
    ({"category": "nonsense"}, "字段 category", "不在允许范围内"),
    ({"filed_on": "2024-02-30"}, "字段 filed_on", "不是有效日期"),
    ({"case_number": None}, "字段 case_number", "应为文本"),
])
def test_given_a_case_file_with_a_wrong_field_the_clerk_sees_the_field_and_no_report_is_written(
        change, field, why, tmp_path, case_file, samples_root):
    data = json.loads(case_file.read_text(encoding="utf-8"))
    data.update(change)
    bad_case = tmp_path / "case.json"
    bad_case.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    report = tmp_path / "report"
    scan = samples_root / "06_illegible_page" / "scan.pdf"
    code, out, err = run(str(scan), "--case", str(bad_case), "--json", "--report", str(report))
    assert code == 2 and out == ""
    assert err.startswith("错误：") and field in err and why in err
    assert not report.exists()


def test_a_case_file_that_is_not_json_is_refused_naming_it(tmp_path, samples_root):
    bad_case = tmp_path / "案件.json"
    bad_case.write_text("{\"case_number\": ", encoding="utf-8")
    code, out, err = run(str(samples_root / "06_illegible_page" / "scan.pdf"), "--case", str(bad_case), "--json")
    assert code == 2 and out == "" and "案件.json" in err


def test_a_missing_scan_file_and_a_bad_case_file_are_refused(tmp_path, case_file):
    code, _, err = run(str(tmp_path / "nowhere.pdf"), "--case", str(case_file), "--json")
    assert code == 2 and "nowhere.pdf" in err and "不存在" in err
    bad_case = tmp_path / "case.json"
    bad_case.write_text(json.dumps({"case_number": "（2024）豫0311执1号", "category": "nonsense"}), encoding="utf-8")
    code, _, err = run(str(tmp_path / "nowhere.pdf"), "--case", str(bad_case), "--json")
    assert code == 2 and "case.json" in err and ("字段 category" in err or "字段 court" in err)


def test_an_impossible_today_is_refused_naming_the_option(case_file, samples_root):
    scan = samples_root / "06_illegible_page" / "scan.pdf"
    code, _, err = run(str(scan), "--case", str(case_file), "--today", "2024-02-30", "--json")
    assert code == 2 and "--today" in err


# --- sample dossiers through the whole pipeline (OCR: slow, so only two) ------------------------------

@pytest.mark.slow
def test_a_dossier_with_another_cases_page_is_rejected_naming_that_page(samples_root):
    truth = GroundTruth.load(samples_root / "04_misfiled_page")
    code, out, _ = run(*sample_args("04_misfiled_page"))
    data = json.loads(out)
    assert code == 1 and data["decision"] == "reject"
    assert_contract_shape(data, truth)
    expected = next(p.pages for p in truth.expected_problems if p.kind == "misfiled_page")
    misfiled = [p for p in data["problems"] if p["kind"] == "misfiled_page"]
    assert misfiled and misfiled[0]["pages"] == expected and "不属于本案" in misfiled[0]["message"]
    assert data["missing"] == []


@pytest.mark.slow
def test_an_illegible_page_is_reported_unreadable_and_the_report_set_is_readable_chinese(samples_root, tmp_path):
    name = "06_illegible_page"
    truth = GroundTruth.load(samples_root / name)
    code, out, _ = run(*sample_args(name, "--report", str(tmp_path / "report")))
    data = json.loads(out)
    assert code == 1 and data["decision"] == "reject"
    assert_contract_shape(data, truth)
    unreadable = next(p.pages for p in truth.expected_problems if p.kind == "unreadable_page")
    assert any(p["kind"] == "unreadable_page" and p["pages"] == unreadable for p in data["problems"])
    right = sum(a["doc_type"] == b.doc_type for a, b in zip(data["pages"], truth.pages, strict=True))
    assert right / len(truth.pages) >= 0.95
    report = tmp_path / "report"
    assert sorted(p.name for p in report.iterdir()) == ["catalogue.docx", "catalogue.pdf", "report.html",
                                                        "report.pdf"]
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO((report / "report.pdf").read_bytes())).pages)
    assert "不予审批结案" in text and "无法辨认页" in text
    catalogue = PdfReader(io.BytesIO((report / "catalogue.pdf").read_bytes())).pages[0].extract_text()
    assert "卷内目录" in catalogue and "执行申请书" in catalogue
