"""Bodies the bureau writes to answer in official letters (公文), titled by their subject: 关于协助查询…情况的复函. The
archive centre must see a 住建局's reply on a 农民工工资保证金 account as the result of the court's search, whatever the
words between 关于 and 的复函; a legal-aid lawyer's 法律援助公函 stands where a firm's 所函 would; and a registry form
that names the court's ruling by its case number in a cell is not that ruling."""

from __future__ import annotations

import pytest

from dossier.ocr.classify import PageText, TextLine, classify


def line(text: str, top: float, *, width: float = 0.3, height: float = 1.0, centred: bool = False) -> TextLine:
    return TextLine(text, 0.99, height=height, centred=centred, top=top, width=width, alone=True)


def _letter(sender: str, title: str, body: list[str]) -> PageText:
    """court_ad_01 p27 as read: the body's name, the letter's title, the court addressed, the reply."""
    return PageText([line(sender, 0.06, width=0.42, height=1.3, centred=True),
                     line(title, 0.1, width=0.62, height=1.3, centred=True),
                     line("山西省太原市迎泽区人民法院：", 0.15, width=0.3),
                     *[line(text, 0.19 + 0.03 * i, width=0.78) for i, text in enumerate(body)]])


@pytest.mark.parametrize("title", ["关于协助查询农民工工资保证金情况的复函", "关于协助冻结住房公积金账户的回函",
                                   "关 于 协 助 查 询 不 动 产 登 记 信 息 的 复 函"])
def test_a_bodys_reply_to_the_courts_search_is_a_search_result(title: str) -> None:
    page = _letter("太原市迎泽区住房和城乡建设局", title,
                   ["你院（2024）晋0106执59137号协助查询函收悉。经查，太原并州建筑劳务有限公司承建的项目",
                    "于2022年在我局监管账户存储农民工工资保证金。特此函复。"])
    verdict = classify(page)
    assert verdict.doc_type == "online_inquiry_result" and verdict.evidence == "title"


def test_a_reply_that_the_deposit_was_taken_is_proof_of_payment() -> None:
    page = _letter("晋商银行太原迎泽支行", "关于协助扣划存款的复函", ["你院（2024）晋0106执59137号协助扣划存款通知书收悉，已于"])
    assert classify(page).doc_type == "payment_voucher"


def test_a_debtors_reply_to_the_courts_assistance_notice_is_that_notices_reply_not_a_search_result() -> None:
    """淄博张店 (court_cw): the respondent's customer confirms what it owes and that it will pay the court: the reply
    part of the 协助执行通知书, as a bank's 回执 is."""
    page = _letter("淄博华府装饰工程有限公司", "关于协助执行通知书的回复函",
                   ["我公司于2024年2月8日收到贵院（2024）鲁0303执91123号协助执行通知书。经核对账目，截至收到",
                    "通知之日，我公司尚欠鸿运建材商贸有限公司瓷砖货款人民币67886元，已届付款期。特此回复。"])
    assert classify(page).doc_type == "assistance_notice"


def test_a_letter_about_something_else_is_not_a_search_result() -> None:
    page = _letter("太原市迎泽区人力资源和社会保障局", "关于王某某劳动关系情况的说明", ["经核实，王某某于2022年"])
    assert classify(page).doc_type != "online_inquiry_result"


def test_a_legal_aid_lawyer_comes_with_the_aid_centres_letter_in_place_of_a_firms() -> None:
    page = PageText([line("太原市迎泽区法律援助中心", 0.05, width=0.36, height=1.3, centred=True),
                     line("法律援助公函", 0.09, width=0.22, height=1.5, centred=True),
                     line("迎法援〔2024〕219号", 0.13, width=0.2),
                     line("山西省太原市迎泽区人民法院：", 0.16, width=0.3),
                     line("受援人范强因与太原并州建筑劳务有限公司追索劳动报酬纠纷执行一案，向本中心申请法律援助。", 0.19,
                          width=0.8)])
    assert classify(page).doc_type == "law_firm_letter"


def test_a_form_cell_naming_the_ruling_by_its_case_number_is_not_the_ruling() -> None:
    """court_ae_02 p29: the registry's 查封登记申请表, filed behind the notice to the registry; its 嘱托文书 cell names
    the ruling and the notice by the case number, in a line as large as the form's title."""
    label = TextLine("嘱托机关", 0.93, height=1.04, centred=False, top=0.159, width=0.085, alone=False)
    page = PageText([line("海口市不动产登记中心", 0.067, width=0.24, height=1.09, centred=True),
                     line("不动产查封（预查封）登记申请表", 0.107, width=0.45, height=1.24, centred=True), label,
                     line("海南省海口市龙华区人民法院", 0.159, width=0.24, height=0.94, centred=True),
                     line("（2024）琼0106执68214号执行裁定书、协助执行通", 0.198, width=0.46, height=1.04, centred=True)])
    assert classify(page).doc_type != "enforcement_ruling"



def test_a_decision_titled_beside_a_seal_dithered_to_dots_keeps_its_title() -> None:
    """court_ae_02 p32, from an office copier's black-and-white scan: the court's seal beside the title 决定书 came out
    as dots, which the detector boxed and the recogniser read as 点外 at 0.19. Such a smudge on the title's row is no
    cell of it: 决定书 stays the title (it was read as an application by its 申请执行人 field). A legible word beside
    a line keeps the line from standing alone, as before."""
    import numpy as np

    from dossier.ocr import stages
    from dossier.ocr.imaging import Line

    def read(text: str, confidence: float, top: int, left: int, right: int, height: int = 30) -> stages.ReadLine:
        return stages.ReadLine(Line(top=top, bottom=top + height, left=left, right=right), text, confidence)

    court = read("海南省海口市龙华区人民法院", 1.0, 140, 335, 905)
    form = read("决定书", 0.98, 225, 472, 909, height=75)

    def page(beside: stages.ReadLine) -> PageText:
        lines = [court, form, beside, read("（2024）琼0106执68214号", 0.97, 316, 475, 760),
                 read("申请执行人：任敏，女，一九七六年十月七日出生", 0.98, 368, 160, 1090)]
        ctx = stages.PageContext(source=None, engine=None, grey=np.full((1754, 1240), 250, np.uint8),  # type: ignore[arg-type]
                                 boxes=[r.box for r in lines], read=lines)
        return stages.page_text(ctx)

    for left, right in ((915, 1060), (346, 493)):  # apart from it, or over its left end as on court_ae_02 p32
        smudged = page(read("点外", 0.19, 228, left, right, height=52))
        assert [ln.alone for ln in smudged.lines if ln.text == "决定书"] == [True]
        assert classify(smudged).title == "决定书"
    stamped = page(read("二〇二四年五月", 0.96, 228, 915, 1060, height=40))
    assert [ln.alone for ln in stamped.lines if ln.text == "决定书"] == [False]
    covering = page(read("点外", 0.19, 228, 600, 780, height=52))  # a smudge over the line's middle is the line's
    assert [ln.alone for ln in covering.lines if ln.text == "决定书"] == [False]


@pytest.mark.parametrize(("field", "value"), [
    ("subject_titles", {"online_inquiry_reslt": ["^关于.*的复函$"]}),
    ("repeated_heads", ["online_inquiry_reslt"]),
    ("notice_replies", {"online_inquiry_reslt": ["协助执行通知书回执"]}),
    ("notice_slips", {"online_inquiry_reslt": ["协助执行回执"]}),
    ("machine_readable", {"online_inquiry_reslt": ["^P<[A-Z]{3}"]}),
])
def test_cue_data_naming_a_code_the_vocabulary_does_not_have_is_refused_when_it_loads(
    monkeypatch: pytest.MonkeyPatch, field: str, value: object,
) -> None:
    """A clerk adds a letter kind, a printout that repeats its header or a notice's reply part under a misspelt code
    (online_inquiry_reslt): the cue data is refused, naming the code, rather than pages quietly typed with a code no
    checklist knows."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    broken = {**load_vocab("cues"), field: value}
    monkeypatch.setattr(cue_data, "load_vocab", lambda name: broken)
    cue_data.cues.cache_clear()
    try:
        with pytest.raises(ChecklistDataError, match="online_inquiry_reslt"):
            cue_data.cues()
    finally:
        monkeypatch.undo()
        cue_data.cues.cache_clear()


def test_a_form_title_s_fallback_under_a_code_the_vocabulary_does_not_have_is_refused_when_it_loads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A clerk sets what a bare 证明 falls back to under a misspelt code (evidense): refused, naming the code."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    data = load_vocab("cues")
    generic = [{**g, "fallback": "evidense"} if "证明" in g["titles"] else g for g in data["generic_titles"]]
    broken = {**data, "generic_titles": generic}
    monkeypatch.setattr(cue_data, "load_vocab", lambda name: broken)
    cue_data.cues.cache_clear()
    try:
        with pytest.raises(ChecklistDataError, match="evidense"):
            cue_data.cues()
    finally:
        monkeypatch.undo()
        cue_data.cues.cache_clear()


def test_a_banks_reply_form_named_for_the_search_it_answers_is_a_search_result() -> None:
    """威海环翠 (court_fe_01 p24): 中国银行协助查询存款情况回复表 over the accounts and a year of transactions — the
    transaction columns (交易日期, 借方发生额, 贷方发生额) made it a payment voucher."""
    page = _letter("", "中国银行协助查询存款情况回复表",
                   ["贵院（2024）鲁1002执31059号协助查询存款通知书收悉。经查，郑东勋在我行开立账户情况如下：",
                    "户名 账号 币种 开户网点 账户状态 账户余额（元） 可用余额（元） 冻结情况",
                    "近一年交易明细（摘要）： 交易日期 摘要 借方发生额 贷方发生额 余额 对方户名"])
    verdict = classify(page)
    assert verdict.doc_type == "online_inquiry_result" and verdict.evidence == "title"
