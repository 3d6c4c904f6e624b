"""Papers a party files are titled as their author likes: a 车辆线索情况说明 (a logistics company's account of where it
saw the debtor's tractor), a 催款函 (a container yard's dunning letter to the agent that owes it), filed with a
resumption application as its evidence (court_as at first sight). The first is no 财产情况说明 (the debtor's
statement of its property: it shares only the form's name), the second no later page of the paper before it."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.titles import match_title


def heading(text: str) -> TextLine:
    return TextLine(text, 0.99, height=1.3, centred=True, top=0.08, width=0.25, alone=True)


def body(text: str, i: int, *, width: float = 0.75) -> TextLine:
    return TextLine(text, 0.98, height=1.0, centred=False, top=0.13 + 0.03 * i, width=width, alone=True)


VEHICLE_CLUE = ["我公司员工于2026年2月25日在黄岛区前湾港路集卡停车场发现被执",
                "行人青岛瑞通货运代理有限公司名下牵引车（号牌鲁BK1942）仍在营运，"]


def test_a_title_that_shares_only_its_forms_name_with_a_known_title_is_not_that_title() -> None:
    assert match_title("车辆线索情况说明", tall=True) is None
    assert match_title("被执行人财产情况说明", tall=True).code == "property_status_statement"  # type: ignore[union-attr]


def test_a_companys_account_of_where_it_saw_the_debtors_tractor_is_its_evidence() -> None:
    verdict = classify(PageText([heading("车辆线索情况说明"), *[body(t, i) for i, t in enumerate(VEHICLE_CLUE)]]))
    assert (verdict.doc_type, verdict.title) == ("evidence", "车辆线索情况说明")


def test_a_title_under_a_subject_of_its_own_is_decided_by_what_its_form_decides() -> None:
    page = PageText([heading("张某某下落不明情况说明"), body("经查，张某某自2023年起下落不明，无法联系。", 0)], complete=True)
    assert classify(page).doc_type == "whereabouts_unknown_proof"


def test_a_ruling_of_another_kind_is_not_taken_for_an_enforcement_ruling_by_its_forms_name() -> None:
    page = PageText([heading("刑事附带民事裁定书"), body("本院审理被告人王某盗窃一案，现已审理终结。", 0)], complete=True)
    assert classify(page).doc_type != "enforcement_ruling"


LETTER = ["青岛中远船务代理有限公司：", "截至2025年12月31日，贵司尚欠我司集装箱堆存费、装卸费共计人民币",
          "36,677.48元（大写：叁万陆仟陆佰柒拾柒元肆角捌分），请于十五日内付清。"]


def test_a_dunning_letter_begins_on_its_page_and_is_no_later_page_of_the_paper_before_it() -> None:
    lines = [heading("催款函"), body(LETTER[0], 0, width=0.3), body(LETTER[1], 1), body(LETTER[2], 2)]
    assert classify(PageText(lines, complete=False)).doc_type != "continuation"
    signed_off = [*lines, body("青岛码头集装箱堆场有限公司", 4, width=0.3), body("2026年1月5日", 5, width=0.15)]
    assert classify(PageText(signed_off, complete=True)).doc_type != "continuation"  # its sign-off ends no other paper


def test_a_later_page_that_opens_with_running_text_still_continues() -> None:
    verdict = classify(PageText([body(LETTER[1], 0), body(LETTER[2], 1)], complete=True))
    assert verdict.doc_type == "continuation"


def test_an_archive_page_stamp_does_not_push_the_papers_title_out_of_its_head() -> None:
    """廊坊广阳's archive stamps every page in its top corner (档案号 2024-执-12071 / 页号 13); under it and the court's
    name, the form's title is letter-spaced across the page at little more than body size. It is still the title:
    the clerk sees the applicant's account confirmation, and the complete dossier is not sent back for lacking one
    (court_aw_01 p13 and court_aw_02 p17 were read as an 执行申请书 at first sight)."""
    def at(text: str, top: float, *, width: float, centred: bool = False, height: float = 1.0) -> TextLine:
        return TextLine(text, 0.99, height=height, centred=centred, top=top, width=width, alone=True)

    page = PageText([at("档案号2024-执-12071", 0.014, width=0.18), at("页号13", 0.034, width=0.1),
                     at("河北省廊坊市广阳区人民法院", 0.083, width=0.4, centred=True),
                     at("申请执行人收取案款确认", 0.119, width=0.6, height=1.17),
                     at("案号：（2024）冀1003执12071号", 0.16, width=0.3),
                     at("本人（单位）确认以下账户为收取本案执行案", 0.194, width=0.75)])
    assert classify(page).doc_type == "payment_account_confirmation"
