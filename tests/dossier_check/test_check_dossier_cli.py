"""The clerk runs `dossier check-dossier` on scanned dossiers: JSON per CONTRACT.md, exit 0/1/2, reports."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from dossier_samples import SAMPLES
from pypdf import PdfReader

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


def test_a_missing_scan_file_and_a_bad_case_file_are_refused(tmp_path, case_file):
    code, _, err = run(str(tmp_path / "nowhere.pdf"), "--case", str(case_file), "--json")
    assert code == 2 and "nowhere.pdf" in err and "不存在" in err
    bad_case = tmp_path / "case.json"
    bad_case.write_text(json.dumps({"case_number": "（2024）豫0311执1号", "category": "nonsense"}), encoding="utf-8")
    code, _, err = run(str(tmp_path / "nowhere.pdf"), "--case", str(bad_case), "--json")
    assert (code == 2 and "category" in err) or "court" in err


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
