"""The 卷内目录 is a template too: the archive clerk edits `reports/templates/catalogue.docx` in Word/WPS
and every catalogue rendered afterwards follows the edit; the file keeps what the archive expects."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from dossier.dossier_check.model import Document as Doc
from dossier.reports import catalogue_files
from dossier.reports.catalogue import catalogue_entries
from dossier.reports.catalogue_files import catalogue_template_path, render_catalogue_docx

CASE = "（2024）豫0311执1234号"
COURT = "洛阳市老城区人民法院"


def _entries() -> list:
    return catalogue_entries([Doc(doc_type="enforcement_notice", pages=[1, 2]),
                              Doc(doc_type="service_receipt", pages=[3], served=["enforcement_notice"])])


def test_the_catalogue_template_keeps_its_title_row_loop_and_page() -> None:
    doc = Document(str(catalogue_template_path()))
    s = doc.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    title = doc.paragraphs[0].runs[0]
    assert title.text == "卷内目录"
    assert title._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
    cells = [c.text for row in doc.tables[0].rows for c in row.cells]
    assert cells[:4] == ["序号", "文件材料名称", "页号", "备注"]
    assert "{%tr for e in entries %}" in cells and "{{ e.title }}" in cells and "{{ e.page_range }}" in cells


def test_the_catalogue_renders_one_row_per_document_with_its_pages() -> None:
    docx = Document(io.BytesIO(render_catalogue_docx(_entries(), case_number=CASE, court=COURT)))
    rows = [[c.text for c in row.cells] for row in docx.tables[0].rows]
    assert rows == [["序号", "文件材料名称", "页号", "备注"], ["1", "执行通知书", "1-2", ""],
                    ["2", "执行通知书送达回证", "3", ""]]
    assert docx.paragraphs[1].text == f"{COURT}　{CASE}"
    assert docx.core_properties.title == f"卷内目录 {CASE}"


def test_a_clerks_edit_of_the_catalogue_template_is_what_renders(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    doc = Document(str(catalogue_template_path()))
    doc.add_paragraph("立卷人：________　　检查人：________")
    edited = tmp_path / "catalogue.docx"
    doc.save(str(edited))
    monkeypatch.setattr(catalogue_files, "catalogue_template_path", lambda: edited)
    text = [p.text for p in Document(io.BytesIO(render_catalogue_docx(_entries(), case_number=CASE,
                                                                      court=COURT))).paragraphs]
    assert "立卷人：________　　检查人：________" in text
