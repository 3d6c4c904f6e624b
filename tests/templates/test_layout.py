"""The DOCX files are the templates' only source: a clerk edits them in Word/WPS. These checks guard
such an edit against the catalogue (dossier/templates/catalog.yaml): the document keeps the title the
court prints, uses only variables its typed context provides, and keeps the page and fonts of a court
document. Each check is shown failing on an edit that breaks it."""

from __future__ import annotations

import io
from pathlib import Path

import jinja2
import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm
from docxtpl import DocxTemplate

from dossier.doctypes import document_title, is_known, printed_title
from dossier.render.context import CONTEXTS, context_fields
from dossier.render.docx import template_path
from dossier.templates import catalogue

CODES = list(catalogue().templates)
FOLDER = Path(template_path(CODES[0])).parent


def _font(run: object) -> str | None:
    r_pr = run._element.rPr  # type: ignore[attr-defined]
    fonts = r_pr.find(qn("w:rFonts")) if r_pr is not None else None
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def layout_problems(code: str, data: bytes) -> list[str]:
    """What in this DOCX departs from the catalogue (empty when the template is as declared)."""
    layout = catalogue().layout
    doc = Document(io.BytesIO(data))
    problems: list[str] = []
    s = doc.sections[0]
    if (round(s.page_width.mm), round(s.page_height.mm)) != tuple(round(v) for v in layout.page_mm):
        problems.append("page size")
    m = layout.margins_mm
    got = [round(x.mm) for x in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)]
    if got != [round(v) for v in (m.top, m.bottom, m.left, m.right)]:
        problems.append(f"margins {got}")
    if s.top_margin < Mm(30):
        problems.append("QR corner overlaps the text")
    if any(p.text.strip() for p in s.header.paragraphs):
        problems.append("header not empty (the QR corner)")
    title = printed_title(code) if is_known(code) else document_title(code)
    fonts = layout.fonts
    runs = [(p.text.strip(), r) for p in doc.paragraphs for r in p.runs if r.text.strip()]
    if not any(text == title and _font(r) == fonts.title for text, r in runs):
        problems.append(f"title {title} in {fonts.title}")
    if not any(text == "{{ court }}" and _font(r) == fonts.court for text, r in runs):
        problems.append(f"court line in {fonts.court}")
    used = {_font(r) for _, r in runs}
    if fonts.body not in used:
        problems.append(f"body in {fonts.body}")
    if None in used:
        problems.append("a run without a Chinese font")
    for text, r in runs:
        if r.text.count("{{") != r.text.count("}}") or r.text.count("{%") != r.text.count("%}"):
            problems.append(f"tag split across runs: {text}")
    tpl = DocxTemplate(io.BytesIO(data))
    variables = set(tpl.get_undeclared_template_variables(jinja_env=jinja2.Environment()))
    unknown = variables - context_fields(code)
    if unknown:
        problems.append(f"variables its context lacks: {sorted(unknown)}")
    if not {"court", "case_number", "doc_id"} <= variables and code != "service_receipt":
        problems.append("court, case number or document id missing")
    return problems


def _edited(code: str, edit: object) -> bytes:
    doc = Document(str(template_path(code)))
    edit(doc)  # type: ignore[operator]
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_every_template_in_the_catalogue_has_its_docx_and_no_docx_is_unlisted() -> None:
    assert {p.stem for p in FOLDER.glob("*.docx")} == set(CODES)
    assert not (FOLDER / "_build.py").exists()  # the DOCX is the source; nothing regenerates it


def test_each_catalogue_entry_names_a_typed_context() -> None:
    assert {e.context for e in catalogue().templates.values()} <= set(CONTEXTS)


@pytest.mark.parametrize("code", CODES)
def test_each_shipped_template_is_as_the_catalogue_declares(code: str) -> None:
    assert layout_problems(code, template_path(code).read_bytes()) == []


def test_a_clerk_who_retitles_a_ruling_is_told() -> None:
    def retitle(doc: object) -> None:
        for p in doc.paragraphs:  # type: ignore[attr-defined]
            for r in p.runs:
                if r.text == "执行裁定书":
                    r.text = "终结本次执行程序裁定书"

    problems = layout_problems("termination_this_round_ruling", _edited("termination_this_round_ruling", retitle))
    assert problems == ["title 执行裁定书 in 黑体"]


def test_a_clerk_who_uses_a_variable_of_another_document_is_told() -> None:
    def add(doc: object) -> None:
        run = doc.add_paragraph().add_run("协助执行单位：{{ assistee }}")  # type: ignore[attr-defined]
        fonts = OxmlElement("w:rFonts")
        fonts.set(qn("w:eastAsia"), "仿宋_GB2312")
        run._element.get_or_add_rPr().insert(0, fonts)

    problems = layout_problems("closing_notice", _edited("closing_notice", add))
    assert any("assistee" in p for p in problems)
    assert layout_problems("assistance_notice", _edited("assistance_notice", add)) == []


def test_a_clerk_who_changes_the_margins_or_the_body_font_is_told() -> None:
    def narrow(doc: object) -> None:
        doc.sections[0].top_margin = Mm(20)  # type: ignore[attr-defined]

    assert {"margins [20, 35, 28, 26]", "QR corner overlaps the text"} <= set(
        layout_problems("enforcement_notice", _edited("enforcement_notice", narrow)))

    def refont(doc: object) -> None:
        for p in doc.paragraphs:  # type: ignore[attr-defined]
            for r in p.runs:
                fonts = r._element.rPr.find(qn("w:rFonts"))
                if fonts is not None and fonts.get(qn("w:eastAsia")) == "仿宋_GB2312":
                    fonts.set(qn("w:eastAsia"), "微软雅黑")

    assert "body in 仿宋_GB2312" in layout_problems("enforcement_notice", _edited("enforcement_notice", refont))
