"""Pages read wrong at first sight by 泰安泰山 (court_gy, drawn blind: two sheets laid side by side on an A3 flatbed,
the scan split off-centre by software), 重庆万州 (court_gz, drawn blind: the civil part of criminal judgments enforced
against men in prison) and 绥化北林 (court_gv, drawn blind: elder support under a confirmed 人民调解协议); each real
page is as it was captured."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.imaging import seam_cut
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages

DATA = Path(__file__).parent / "data"


def test_a_blank_back_split_off_an_a3_scan_beside_the_neighbours_strip_is_blank() -> None:
    """Two blank backs of court_gy_02 (p12, its front showing through; p40): each carries along its left side, past the
    seam where the two sheets met, a strip of the neighbouring sheet with cut-off characters (系, 金). They read as
    single legible characters, and the pages were called unreadable: the complete 终本 dossier was rejected."""
    pages = analyse([DATA / "blank_backs_split_off_an_a3_scan_beside_the_neighbours_strip.pdf"], engine="rapidocr")
    assert [(p.doc_type, p.blank, p.readable) for p in pages] == [("blank", True, True)] * 2


def _sheet(width: int = 440, height: int = 580) -> np.ndarray:
    return np.full((height, width), 242, dtype=np.uint8)


def test_a_seam_is_cut_only_where_paper_shows_again_beyond_it() -> None:
    """A thin shadow down the left side with the neighbour's paper beyond it is a seam; the same shadow on the image's
    very edge (a lid's shadow, nothing beyond), or a line far inside the sheet, is none."""
    split = _sheet()
    split[:, 30:34] = 190  # the papers' edges' shadow, 0.78 of the paper
    left, right = seam_cut(split) or (0, 0)
    assert 33 <= left <= 36 and right == 440
    edge = _sheet()
    edge[:, 0:4] = 190
    assert seam_cut(edge) is None
    inside = _sheet()
    inside[:, 200:204] = 190
    assert seam_cut(inside) is None


def test_a_framed_form_inside_a_ruled_line_near_its_edge_is_read_not_blank() -> None:
    """The seam is looked for only on a sheet the blank test found inked: a page whose own writing lies inside a frame
    line near its edge keeps its ink inside, and is read as before (any 送达回证 of the corpus drawn in a frame)."""
    from dossier.ocr import imaging
    from dossier.ocr.stages.blank import BLANK_INK

    framed = _sheet()
    framed[:, 30:34] = 190
    framed[100:110, 80:360] = 40  # a line of writing inside the frame
    left, right = seam_cut(framed) or (0, 440)
    assert imaging.ink_ratio(framed[:, left:right]) >= BLANK_INK


def line(text: str, top: float, *, width: float = 0.3, title: bool = False) -> TextLine:
    return TextLine(text, 0.98, height=1.6 if title else 1.0, centred=True, top=top, width=width, alone=True)


def test_a_prisoner_asked_at_the_prison_is_the_respondent_investigated() -> None:
    """被询问人：王勇，男，1994年1月19日出生，罪犯编号508 — the field wraps onto the next line, 5245445，第五监区, and the
    role is only there: the man serving his sentence is the one the criminal judgment's civil part sentenced to pay.
    The 终本 volume had its investigation record, read as the applicant's interview (court_gz_01 p28, _02 p32, _03 p25)."""
    (page,) = analyse([DATA / "record_of_a_prisoner_asked_his_role_on_the_wrapped_line.pdf"], engine="rapidocr")
    assert page.doc_type == "investigation_record"
    head = [line("询问笔录", 0.11, width=0.3, title=True), line("时间：2024年2月7日9时40分", 0.165),
            line("地点：重庆市永川监狱会见室", 0.19)]
    wrapped = classify(PageText([*head, line("被询问人：赵梅秀，男，1990年4月20日出生", 0.274, width=0.6),
                                 line("93278391，第十一监区", 0.302, width=0.25),
                                 line("案号：（2024）渝0101执6193号", 0.33)], complete=True))
    assert wrapped.doc_type == "investigation_record"
    labelled = classify(PageText([*head, line("被询问人：傅永，男，1960年生", 0.274, width=0.6),
                                  line("监区长：罗某（陪同）", 0.302, width=0.25),
                                  line("案号：（2024）渝0101执6193号", 0.33)], complete=True))
    assert labelled.doc_type == "interview_record", "a line under the label with its own label is another field"


def test_a_mediation_agreements_second_sheet_speaking_of_this_agreement_goes_on_with_it() -> None:
    """The 人民调解协议书 (filed as a 调解书) and its untitled second sheet: 履行方式、时限 … 本协议经双方签字后生效，各方可
    共同向北林区人民法院申请司法确认. The sheet was read as a 生效证明 by its word 生效, then as a settlement or an
    evidence paper (court_gv_01 p9, _02 p7, _03 p7). A certificate never calls a paper 本协议; a paper naming itself so
    right behind that agreement is its page."""
    pages = analyse([DATA / "mediation_agreement_its_second_sheet_naming_it.pdf"], engine="rapidocr")
    assert [p.doc_type for p in pages] == ["enforcement_basis", "continuation"]
    second = ["履行方式、时限：", "赡养费按月现金或转账交付", "其他：", "本协议经双方签字后生效，各方可共同向北林区人民法院申请司法确认。"]
    alone = classify(PageText([line(t, 0.2 + 0.05 * i, width=0.5) for i, t in enumerate(second)], complete=True))
    assert alone.doc_type != "effectiveness_certificate"


def _page(n: int, doc_type: str, lines: list[str], *, title: str = "", confidence: float = 0.5) -> PageResult:
    text = [ReadText(text=t, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=False, top=0.1 + 0.05 * i,
                     width=0.7) for i, t in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=confidence, readable=True,
                      source="ocr", title_text=title, text_lines=text, text_complete=True)


def test_a_page_names_as_itself_only_the_paper_right_before_it() -> None:
    """本协议 behind an agreement is its page; behind a 执行通知书 it names some other agreement (a settlement the
    notice's reader is told of); read surely as a paper of its own, it stays so."""
    agreement = _page(1, "enforcement_basis", ["人民调解协议书", "甲方：王秀兰"], title="民事调解书", confidence=0.9)
    sheet = _page(2, "settlement_agreement", ["履行方式、时限：", "本协议经双方签字后生效。"])
    assert [p.doc_type for p in across_pages([agreement, sheet])] == ["enforcement_basis", "continuation"]
    notice = _page(1, "enforcement_notice", ["执行通知书", "责令你单位履行"], title="执行通知书", confidence=0.9)
    assert [p.doc_type for p in across_pages([notice, sheet])] == ["enforcement_notice", "settlement_agreement"]
    sure = _page(2, "settlement_agreement", ["甲方：王秀兰 乙方：李德福", "本协议经双方签字后生效。"], confidence=0.9)
    assert [p.doc_type for p in across_pages([agreement, sure])] == ["enforcement_basis", "settlement_agreement"]


def test_a_judgments_third_sheet_on_its_operative_part_goes_on_with_it_however_surely_read_as_a_judgment() -> None:
    """重庆万州 court_gz_02 p5: the 刑事附带民事判决书's third sheet opens mid-sentence (期一日，即自2023年6月5日起…) on the
    operative part, 二、被告人赵梅秀于本判决生效后十日内赔偿…, and was read as a judgment of its own (0.81) behind the
    judgment's first sheet and its running second."""
    first = _page(3, "enforcement_basis", ["重庆市万州区人民法院", "刑事附带民事判决书"], title="刑事附带民事判决书",
                  confidence=0.95)
    second = _page(4, "continuation", ["附带民事诉讼原告人傅永诉称：被告人的犯罪行为给其造成"], confidence=0.8)
    third = _page(5, "enforcement_basis", ["期一日，即自2023年6月5日起至2027年12月4日止。）",
                                           "二、被告人赵梅秀于本判决生效后十日内赔偿附带民事诉讼原"], confidence=0.81)
    assert [p.doc_type for p in across_pages([first, second, third])] == [
        "enforcement_basis", "continuation", "continuation"]


def test_the_courts_receipt_for_money_paid_in_is_a_payment_voucher_its_fee_receipt_a_fee_receipt() -> None:
    """重庆万州 court_gz p31: 重庆市万州区人民法院 执行款收款收据No.5461294, 第二联交款人收执 — the father's settlement money
    paid into the court (proof of performance), read as a fee receipt by its 交款人 fields. 执行费收据, one character
    off, is the fee's."""
    head = line("重庆市万州区人民法院", 0.06)
    for title, code in (("执行款收款收据No.5461294", "payment_voucher"), ("执行款收据", "payment_voucher"),
                        ("执行费收据", "fee_receipt")):
        verdict = classify(PageText([head, line(title, 0.09, width=0.45, title=True), line("第二联交款人收执", 0.14),
                                     line("交款人王德贵", 0.18, width=0.2)], complete=False))
        assert verdict.doc_type == code, title


def test_a_clerk_writing_a_papers_self_names_as_a_list_or_one_word_is_refused_when_the_cue_data_loads(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """cues.yaml self_names is a table from a title's last word to the words a paper so titled names itself by
    (协议书: [本协议]): written as a list, or with one word where a list belongs, it is refused at once, naming the file,
    never at the first untitled sheet read."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    for names in (["本协议"], {"协议书": "本协议"}):
        broken = {**load_vocab("cues"), "self_names": names}
        monkeypatch.setattr(cue_data, "load_vocab", lambda name, data=broken: data)
        cue_data.cues.cache_clear()
        try:
            with pytest.raises(ChecklistDataError, match="识别线索词表不合法") as caught:
                cue_data.cues()
            assert "cues.yaml" in str(caught.value.file)
        finally:
            monkeypatch.undo()
            cue_data.cues.cache_clear()
