"""The undertaker and the archive centre read the check as HTML/PDF reports and the 卷内目录."""

from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader

from dossier.dossier_check.model import Document, Page
from dossier.dossier_check.problems import find_problems
from dossier.dossier_check.result import DossierCheckResult, decide
from dossier.reports.catalogue import catalogue_entries
from dossier.reports.catalogue_files import render_catalogue_docx, render_catalogue_pdf
from dossier.reports.html import render_html
from dossier.reports.pdf import render_report_pdf
from dossier.reports.writer import REPORT_FILES, write_reports
from dossier.results import MissingItem

CASE = "（2024）豫0311执1234号"


def thumbnail() -> bytes:
    buf = io.BytesIO()
    Image.new("L", (60, 85), 200).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def result() -> DossierCheckResult:
    pages = [Page(page=1, doc_type="enforcement_notice", case_number=CASE, confidence=0.99, source="qr"),
             Page(page=2, doc_type="continuation", confidence=0.9, source="ocr"),
             Page(page=3, doc_type="blank", blank=True, confidence=1.0, thumbnail_png=thumbnail()),
             Page(page=4, doc_type="unknown", readable=False, confidence=0.2, file="scan.pdf", file_page=4,
                  thumbnail_png=thumbnail()),
             Page(page=5, doc_type="service_receipt", case_number=CASE, served_doc_types=["enforcement_notice"],
                  confidence=0.9)]
    documents = [Document(doc_type="enforcement_notice", pages=[1, 2], case_number=CASE),
                 Document(doc_type="service_receipt", pages=[5], case_number=CASE, served=["enforcement_notice"])]
    missing = [MissingItem(code="service_address_confirmation", label="送达地址确认书或下落不明证明",
                           reason="申请执行时应提交送达地址确认书，被执行人下落不明的提交下落不明证明",
                           alternatives=["service_address_confirmation", "whereabouts_unknown_proof"])]
    problems = find_problems(pages, documents, CASE)
    return DossierCheckResult(decision=decide(missing, problems), stage="closing", case_number=CASE,
                              court="洛阳市<老城区>人民法院", checked_on=date(2024, 7, 6), files=["scan.pdf"],
                              pages=pages, documents=documents, missing=missing, problems=problems)


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_html_report_says_reject_lists_the_missing_item_and_escapes_names(result):
    html = render_html(result)
    assert "电子卷宗不齐，不予审批结案" in html
    assert "送达地址确认书或下落不明证明" in html and "下落不明证明" in html
    assert "&lt;老城区&gt;" in html and "<老城区>" not in html
    assert html.count("data:image/png;base64,") == 2  # the unreadable page and the blank page


def test_the_pdf_report_is_readable_chinese_with_the_decision_missing_items_and_problems(result):
    text = pdf_text(render_report_pdf(result))
    for words in ("电子卷宗完整性检查报告", "不予审批结案", "送达地址确认书", "无法辨认页", "空白页", "逐页识别结果"):
        assert words in text


def test_the_catalogue_follows_archive_order_and_leaves_cover_catalogue_and_remarks_unnumbered():
    docs = [Document(doc_type="service_receipt", pages=[20], served=["enforcement_notice"]),
            Document(doc_type="remarks_sheet", pages=[21]),
            Document(doc_type="enforcement_notice", pages=[10, 11]),
            Document(doc_type="dossier_cover", pages=[1]),
            Document(doc_type="enforcement_application", pages=[3]),
            Document(doc_type="catalogue", pages=[2])]
    entries = catalogue_entries(docs)
    assert [(e.title, e.page_range) for e in entries] == [
        ("卷宗封面", ""), ("卷内目录", ""), ("执行申请书", "1"), ("执行通知书", "2-3"),
        ("执行通知书送达回证", "4"), ("备考表", "")]
    assert [e.number for e in entries] == list(range(1, 7))


def test_the_catalogue_renders_as_pdf_and_docx_a_clerk_can_read():
    entries = catalogue_entries([Document(doc_type="enforcement_notice", pages=[1, 2]),
                                 Document(doc_type="service_receipt", pages=[3], served=["enforcement_notice"])])
    text = pdf_text(render_catalogue_pdf(entries, case_number=CASE, court="洛阳市老城区人民法院"))
    assert "卷内目录" in text and "执行通知书送达回证" in text and "1-2" in text and CASE in text
    from docx import Document as Docx

    docx = Docx(io.BytesIO(render_catalogue_docx(entries, case_number=CASE, court="洛阳市老城区人民法院")))
    cells = [[c.text for c in row.cells] for row in docx.tables[0].rows]
    assert cells[0][:3] == ["序号", "文件材料名称", "页号"]
    assert cells[1][:3] == ["1", "执行通知书", "1-2"] and cells[2][:3] == ["2", "执行通知书送达回证", "3"]


def test_the_report_set_is_written_whole(result, tmp_path):
    written = write_reports(result, tmp_path / "report")
    assert sorted(p.name for p in written) == sorted(REPORT_FILES)
    assert not [p for p in (tmp_path / "report").iterdir() if p.name.endswith(".part")]


def test_a_dossier_of_150_blank_pages_gets_its_report_laid_out():
    """Issue 12: 150 blank pages were one problem row taller than a page (reportlab LayoutError), so the
    job failed as 内部错误 and kept no result. A long run of problem pages now goes on several rows."""
    from pypdf import PdfWriter

    from dossier.reports.pdf import page_runs
    from dossier.reports.writer import render_reports

    blank = PdfWriter()
    for _ in range(150):
        blank.add_blank_page(width=595, height=842)
    scan = io.BytesIO()
    blank.write(scan)
    assert len(PdfReader(io.BytesIO(scan.getvalue())).pages) == 150  # the scan as the clerk uploads it
    pages = [Page(page=i, doc_type="blank", blank=True, confidence=1.0, file="blank.pdf", file_page=i,
                  thumbnail_png=thumbnail()) for i in range(1, 151)]
    problems = find_problems(pages, [], CASE)
    result = DossierCheckResult(decision=decide([], problems), stage="closing", case_number=CASE, court="洛阳市老城区人民法院",
                                checked_on=date(2024, 7, 6), files=["blank.pdf"], pages=pages, documents=[],
                                missing=[], problems=problems)
    reports = render_reports(result)
    assert set(reports) == set(REPORT_FILES)
    text = pdf_text(reports["report.pdf"])
    assert "空白页" in text and "1-150" in text
    # every other page blank: 150 separate runs, still laid out
    scattered = [Page(page=i, doc_type="blank" if i % 2 else "continuation", blank=bool(i % 2), confidence=1.0)
                 for i in range(1, 301)]
    result = result.model_copy(update={"pages": scattered, "problems": find_problems(scattered, [], CASE)})
    assert render_report_pdf(result).startswith(b"%PDF")
    assert page_runs([1, 2, 3, 7, 9, 10]) == ["1-3", "7", "9-10"]


def test_the_html_report_shows_no_type_codes_only_chinese_labels(result):
    result.missing.append(MissingItem(code="service_receipt:enforcement_notice",
                                      label="service_receipt:enforcement_notice", reason="未见送达回证"))
    html = render_html(result)
    assert "service_receipt" not in html and "service_address_confirmation" not in html
    assert "执行通知书送达回证" in html or "送达回证" in html
