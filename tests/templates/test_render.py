"""The document group renders every template for real-world cases and gets valid, complete DOCX."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from template_cases import AMP_ORG, AMP_PERSON, LONG_ORG, assert_xml_valid, complex_case_dict, docx_text

from dossier.errors import TemplateError
from dossier.intake.case_file import case_from_dict
from dossier.model import Case
from dossier.render.context import build_context
from dossier.render.docx import list_templates, render_docx, render_template_bytes, template_path

ON = date(2024, 3, 20)
REQUIRED = {
    "acceptance_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "consumption_restriction_order", "enforcement_ruling", "summons", "payment_notice", "assistance_notice",
    "resumption_notice", "dishonest_list_decision", "termination_this_round_ruling", "closing_notice",
    "service_receipt", "supplement_notice",
}
CODES = [t.code for t in list_templates()]
EXTRA = {"missing_items": [{"label": "授权委托书", "reason": "由代理人申请执行", "source": "申请执行人出具"}],
         "problems": ["被执行人名称与执行依据不一致"]}
REPO = Path(__file__).resolve().parents[2]


def render(case: Case, code: str, on: date = ON) -> bytes:
    return render_docx(case, code, doc_id=f"DOC-{code}", issued_on=on, extra=EXTRA)


def test_every_document_type_of_the_issue_has_a_template() -> None:
    assert set(CODES) >= REQUIRED
    for code in CODES:
        assert template_path(code).is_file()


def test_list_templates_names_the_fields_each_template_needs() -> None:
    for info in list_templates():
        assert info.label and info.description
        assert {"court", "case_number", "doc_id"} <= set(info.fields), info.code
        assert "r" not in info.fields and "line" not in info.fields  # loop variables are not fields
    by_code = {t.code: t for t in list_templates()}
    assert "measures" in by_code["enforcement_ruling"].fields
    assert "receipts" in by_code["service_receipt"].fields
    assert "missing_items" in by_code["supplement_notice"].fields
    assert by_code["supplement_notice"].label == "补正材料一次性告知书"  # handed back, not a dossier type
    assert by_code["enforcement_notice"].label == "执行通知书"


@pytest.mark.parametrize("code", CODES)
def test_each_template_renders_several_parties_with_awkward_names(code: str, complex_case: Case) -> None:
    data = render(complex_case, code)
    assert_xml_valid(data)
    text = docx_text(data)
    assert "{{" not in text and "{%" not in text and "None" not in text
    assert "洛阳市老城区人民法院" in text
    assert f"文书编号：DOC-{code}" in text
    if code == "supplement_notice":
        assert "张三、周秀兰" in text and "授权委托书" in text and "由代理人申请执行" in text
    else:
        for name in (LONG_ORG, AMP_ORG, AMP_PERSON):
            assert name in text, (code, name)
    if code != "property_declaration_form":
        assert "二〇二四年三月二十日" in text and "（院印）" in text


@pytest.mark.parametrize("code", ["enforcement_ruling", "termination_this_round_ruling"])
def test_rulings_carry_the_full_parties_block_with_agents(code: str, complex_case: Case) -> None:
    text = docx_text(render(complex_case, code))
    assert "申请执行人：张三，男，1980年1月1日出生" in text
    assert "委托代理人：李四，河南某某律师事务所律师。" in text
    assert "委托代理人：周建国，系申请执行人周秀兰的近亲属。" in text
    assert "法定代表人：赵&六。" in text
    assert "审判员　赵志刚" in text and "书记员　刘晓燕" in text


@pytest.mark.parametrize("code", ["summons", "consumption_restriction_order", "dishonest_list_decision",
                                  "property_declaration_form"])
def test_documents_addressed_to_one_respondent_come_once_per_respondent(code: str, complex_case: Case) -> None:
    doc = Document(io.BytesIO(render(complex_case, code)))
    titles = [p.text for p in doc.paragraphs if p.text == "洛阳市老城区人民法院"]
    assert len(titles) == len(complex_case.respondents)


def test_amounts_appear_in_figures_and_capitals(complex_case: Case) -> None:
    for code in ("enforcement_notice", "payment_notice", "enforcement_ruling"):
        text = docx_text(render(complex_case, code))
        assert "人民币123,456.78元（大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分）" in text, code


def test_the_report_order_cites_the_article_in_force_on_its_date(complex_case: Case) -> None:
    old = docx_text(render(complex_case, "property_report_order", date(2023, 12, 29)))
    new = docx_text(render(complex_case, "property_report_order", date(2024, 1, 2)))
    assert "《中华人民共和国民事诉讼法》第二百四十八条" in old and "第二百五十二条" not in old
    assert "《中华人民共和国民事诉讼法》第二百五十二条" in new and "第二百四十八条" not in new


def test_a_service_receipt_names_the_served_document(complex_case: Case) -> None:
    data = render_docx(complex_case, "service_receipt", doc_id="R-1", issued_on=ON,
                       extra={"served": "enforcement_notice"})
    doc = Document(io.BytesIO(data))
    assert len(doc.tables) == len(complex_case.respondents)
    first = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert ["送达文书名称", "执行通知书"] in first
    assert ["案号", "（2024）豫0311执1234号"] in first
    assert ["受送达人", LONG_ORG] in first


def _probe_template(*lines: str) -> bytes:
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_template_asking_for_an_unknown_variable_is_an_error_naming_it(complex_case: Case) -> None:
    context = build_context(complex_case, "enforcement_notice", doc_id="x", issued_on=ON, extra=None)
    with pytest.raises(TemplateError) as err:
        render_template_bytes(_probe_template("{{ court }}", "{{ respondent_nickname }}"), context,
                              name="probe.docx")
    assert "respondent_nickname" in err.value.message and "probe.docx" in err.value.message
    with pytest.raises(TemplateError, match="nickname"):
        render_template_bytes(_probe_template("{{ staff.nickname }}"), context, name="probe.docx")


def test_a_clerks_edit_of_the_docx_is_what_renders(complex_case: Case) -> None:
    doc = Document(str(template_path("closing_notice")))
    doc.add_paragraph("附：本院执行款专户收款凭证复印件（{{ case_number }}）")
    out = io.BytesIO()
    doc.save(out)
    context = build_context(complex_case, "closing_notice", doc_id="x", issued_on=ON, extra=None)
    text = docx_text(render_template_bytes(out.getvalue(), context, name="closing_notice.docx"))
    assert "附：本院执行款专户收款凭证复印件（（2024）豫0311执1234号）" in text


def test_an_unknown_document_type_is_refused_by_name(complex_case: Case) -> None:
    with pytest.raises(TemplateError, match="detention_order"):
        render(complex_case, "detention_order")


def test_template_tags_are_never_split_across_runs_in_the_xml() -> None:
    for code in CODES:
        with zipfile.ZipFile(template_path(code)) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        for text in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml):
            assert text.count("{{") == text.count("}}") and text.count("{%") == text.count("%}"), (code, text)


def test_the_sample_cases_render_the_five_batch_documents() -> None:
    path = REPO / "samples" / "cases.json"
    if not path.is_file():
        pytest.skip("samples/cases.json not present")
    for raw in json.loads(path.read_text(encoding="utf-8")):
        case = case_from_dict(raw)
        for code in ("enforcement_notice", "property_report_order", "summons", "payment_notice",
                     "enforcement_ruling"):
            text = docx_text(render_docx(case, code, doc_id="S", issued_on=ON))
            assert case.case_number in text
            assert case.respondents[0].name in text


NAME_ALPHABET = st.sampled_from(list("张王李赵某某有限公司&<>\"'（）()·—-0123456789ABCabc商贸洛阳"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(NAME_ALPHABET, min_size=1, max_size=60).filter(lambda s: s.strip() == s and s.strip()))
def test_any_respondent_name_comes_out_exactly_as_written(name: str) -> None:
    d = complex_case_dict()
    d["respondents"][0]["name"] = name
    data = render_docx(case_from_dict(d), "enforcement_notice", doc_id="H", issued_on=ON)
    assert_xml_valid(data)
    assert f"{name}、" in docx_text(data)


def test_a_generated_document_is_named_in_chinese_in_its_properties() -> None:
    case = case_from_dict(complex_case_dict())
    doc = Document(io.BytesIO(render(case, "enforcement_notice")))
    assert doc.core_properties.title == f"执行通知书 {case.case_number}"
