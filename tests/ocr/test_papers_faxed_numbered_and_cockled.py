"""Pages read wrong at first sight by 毕节七星关 (court_gr, drawn blind: a wage award and the legal aid centre's papers
reaching the bureau by fax), 益阳赫山 (court_gt, drawn blind: a resumed loan case, every leaf stamped with the
archive's page number) and 钦州钦南 (court_gs, drawn blind: papers cockled in a damp port store); each real page is as
it was captured."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages

DATA = Path(__file__).parent / "data"


def test_an_award_faxed_under_the_machines_header_line_is_the_enforcement_basis() -> None:
    """JAN-23-2024 TUE 09:28 | FROM：0857… | QXG LDRS ZHONGCAI | P.01/03 across the sheet's top edge, then the
    commission's name, wide, then 仲裁裁决书: the header's four boxes pushed the commission's name down to the fifth
    line, where a wide line is running text, and the award was never found — the complete dossier was rejected for
    lacking its basis (court_gr_02 p2)."""
    (page,) = analyse([DATA / "award_faxed_under_the_machines_header_line.pdf"], engine="rapidocr")
    assert page.doc_type == "enforcement_basis"


def line(text: str, top: float, *, width: float = 0.3, title: bool = False) -> TextLine:
    return TextLine(text, 0.98, height=1.6 if title else 1.0, centred=True, top=top, width=width, alone=True)


def test_a_fax_header_of_four_boxes_does_not_push_the_papers_head_down() -> None:
    """The header read as four boxes on the top edge; under it the sender's name, as wide as a line of text, is a
    letterhead over the title as on a sheet that came by hand."""
    header = [line("JAN-23-2024TUE09:28", 0.016, width=0.17), line("FROM：08578347885", 0.016, width=0.13),
              line("QXG LDRS ZHONGCAI", 0.012, width=0.15), line("P.01/03", 0.014, width=0.07)]
    verdict = classify(PageText([*header, line("毕节市七星关区劳动人事争议仲裁委员会", 0.087, width=0.6),
                                 line("仲裁裁决书", 0.16, title=True), line("七劳人仲案字［2023］第577号", 0.22)],
                                complete=False))
    assert verdict.doc_type == "enforcement_basis" and verdict.evidence == "title"


def test_the_first_lines_of_a_text_layer_are_the_papers_own_however_near_their_top_is_to_0() -> None:
    """A text layer's lines stand in their order, not where they lie: its first wide line is running text, and a
    title under it is a paper it cites (a guard: a born-digital page is read as before)."""
    lines = [line("申请人何东与被申请人毕节市鸿泰建筑劳务分包有限公司劳动争议一案，", 0.01, width=0.8),
             line("本委于二〇二三年十月四日受理。", 0.015, width=0.6), line("仲裁裁决书", 0.05, title=True)]
    verdict = classify(PageText(lines, complete=True, from_text_layer=True))
    assert verdict.evidence != "title"


def test_a_resumption_application_on_a_village_committees_letter_paper_under_a_page_stamp_is_found() -> None:
    """The old creditor wrote his 恢复执行申请书 by hand on the village committee's ruled letter paper; the archive's
    page stamp beside its printed name was read into the same box (益阳市赫山区泉交河镇黄泥湖村民委员会00]), no longer a
    body's name but a wide line of running text over the title: the page went on from the paper before it, and the
    resumed case lacked its application (court_gt_01 p4)."""
    (page,) = analyse([DATA / "resumption_application_on_a_village_committees_letter_paper_stamped.pdf"],
                      engine="rapidocr")
    assert page.doc_type == "resumption_application"


def test_a_guarantors_undertaking_behind_the_settlement_is_no_enforcement_certificate() -> None:
    """执行担保书, the guarantor's undertaking to the court that stands behind the settlement, was taken for 执行证书
    (a notary's certificate that a debt may be enforced) by two characters (court_gt_01 p38)."""
    verdict = classify(PageText([line("湖南省益阳市赫山区人民法院", 0.11, width=0.41),
                                 line("执行担保书", 0.15, width=0.34, title=True),
                                 line("案号：（2023）湘0903执3098号", 0.2)], complete=False))
    assert verdict.doc_type == "settlement_agreement"


def test_the_respondent_asked_about_his_property_is_investigated_the_applicant_asked_is_heard() -> None:
    """A 询问笔录 is named by its form. 被询问人 汤文杰，男，1986年生，被执行人 — asked what he owns, the respondent
    is investigated (调查): the 终本 volume has its investigation record (court_gt_02 p31, court_gt_01 p27); the same
    form hearing the applicant is the interview the 终本 asks for."""
    (page,) = analyse([DATA / "record_of_the_respondent_asked_about_his_property.pdf"], engine="rapidocr")
    assert page.doc_type == "investigation_record"
    head = [line("湖南省益阳市赫山区人民法院", 0.11, width=0.41), line("询问笔录", 0.15, width=0.2, title=True),
            line("时间：2024年3月1日9时", 0.22)]
    heard = classify(PageText([*head, line("被询问人：罗建华（申请执行人益阳某某公司负责人）", 0.27, width=0.6),
                               line("问：你方能否提供被执行人的财产线索？", 0.32, width=0.6)], complete=True))
    assert heard.doc_type == "interview_record"
    unsaid = classify(PageText(head, complete=True))
    assert unsaid.doc_type == "interview_record"


def test_an_employers_reply_that_it_withholds_the_respondents_wages_is_the_assistance_notices_reply() -> None:
    """绥化北林 (court_gv_01 p29, drawn blind: elder support, a son's wages withheld at a rice mill): the mill's typed
    reply 关于协助扣留职工工资收入的回复, filed behind the court's 协助执行通知书, answers the notice's measure (扣留、提取
    被执行人的收入) — it is no search result, as a bank's reply to a 协助查询 is."""
    from dossier.ocr.cues import subject_title

    assert subject_title("关于协助扣留职工工资收入的回复") == "assistance_notice"
    assert subject_title("关于协助提取张某劳务报酬的复函") == "assistance_notice"
    assert subject_title("关于协助查询存款情况的复函") == "online_inquiry_result"


def _page(n: int, doc_type: str, lines: list[str], *, title: str = "") -> PageResult:
    text = [ReadText(text=t, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=False, top=0.1 + 0.05 * i,
                     width=0.7) for i, t in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.9, readable=True,
                      source="ocr", title_text=title, text_lines=text, text_complete=True)


def test_an_untitled_second_sheet_that_reads_as_the_application_before_it_goes_on_with_it() -> None:
    """绥化北林 (court_gv_02 p2): the grandson wrote the 强制执行申请书 into 方格稿纸 cells, two sheets, neither numbered;
    the second, opening mid-sentence, holds the 请求事项 and 事实与理由 an application holds and was read as a second
    application. Behind its titled first sheet it is that application's page. A card copy behind a card copy is
    another card (an ID card's back, another party's card), a 送达回证 behind a 送达回证 another receipt: each stays
    a paper of its own."""
    first = _page(1, "enforcement_application", ["强制执行申请书", "申请人：王秀兰，女，1941年生"], title="强制执行申请书")
    second = _page(2, "enforcement_application", ["024年2月的赡养费3900元", "二、请求对被执行人限制高消费", "事实与理由："])
    assert [p.doc_type for p in across_pages([first, second])] == ["enforcement_application", "continuation"]
    card = _page(3, "identity_proof", ["居民身份证", "姓名 王秀兰"], title="居民身份证")
    other = _page(4, "identity_proof", ["姓名 李德福", "公民身份号码"])
    assert [p.doc_type for p in across_pages([card, other])] == ["identity_proof", "identity_proof"]
    receipt = _page(5, "service_receipt", ["送达回证", "送达文书名称 执行通知书"], title="送达回证")
    next_receipt = _page(6, "service_receipt", ["送达文书名称 报告财产令", "受送达人 李德福"])
    assert [p.doc_type for p in across_pages([receipt, next_receipt])] == ["service_receipt", "service_receipt"]


def test_a_clerk_naming_an_unknown_code_for_the_person_asked_in_the_cue_data_is_refused_when_it_loads(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """cues.yaml asked_records with a role's code misspelt (investigaton_record), or its roles written as a list: the
    data is refused at once, naming the file and the code, never at the first 询问笔录 read."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    for roles, message in (({"investigaton_record": ["被执行人"]}, "investigaton_record"),
                           (["被执行人"], "识别线索词表不合法")):
        broken = {**load_vocab("cues"), "asked_records": {"titles": ["询问笔录"], "labels": ["被询问人"], "roles": roles}}
        monkeypatch.setattr(cue_data, "load_vocab", lambda name, data=broken: data)
        cue_data.cues.cache_clear()
        try:
            with pytest.raises(ChecklistDataError, match=message) as caught:
                cue_data.cues()
            assert "cues.yaml" in str(caught.value.file)
        finally:
            monkeypatch.undo()
            cue_data.cues.cache_clear()
