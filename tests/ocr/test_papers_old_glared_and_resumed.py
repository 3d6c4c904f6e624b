"""Pages read wrong at first sight by 昆明五华 (court_hj, drawn blind: a resumed case), 大连中山 (court_hk, drawn blind:
a 2011 case's typewritten and mimeographed papers in the new volume) and 西宁城东 (court_hl, drawn blind: laminated
cards photographed in plateau sun)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.imaging import photographed_sheet
from dossier.ocr.titles import match_title

DATA = Path(__file__).parent / "data"


def line(text: str, top: float, *, title: bool = False, centred: bool = False, width: float = 0.6) -> TextLine:
    return TextLine(text, 0.98, height=1.6 if title else 1.0, centred=centred or title, top=top, width=width,
                    alone=True)


def test_a_laminated_licence_whose_state_name_the_glare_washed_out_is_a_lawyers_licence() -> None:
    """中华人民共和国律师执业证 under a glare spot read 共和国律师执业证 (court_hl_03 p12): no title, so the licence went
    with the firm's letter before it and the defective dossier was reported lacking it too."""
    assert match_title("共和国律师执业证") is not None and match_title("共和国律师执业证").code == "lawyer_license"  # type: ignore[union-attr]
    assert match_title("中华人民共和国律师执业证").code == "lawyer_license"  # type: ignore[union-attr]
    assert match_title("共和国") is None


def _ruling(*body: TextLine) -> PageText:
    return PageText([line("云南省昆明市五华区人民法院", 0.1, centred=True, width=0.4),
                     line("执行裁定书", 0.14, title=True, width=0.25), line("（2024）滇0102执恢3217号", 0.19, width=0.3),
                     *body], complete=True)


def test_a_resumption_ruling_whose_operative_sentence_runs_on_unread_is_no_termination() -> None:
    """恢复执行裁定书 (court_hj_01 p17): its reasoning recites the earlier 终结本次执行程序; the marker read only as 下:
    and the operative line 恢复云南省昆明市五华区人民法院（2021）滇0102民初16… without its end (…号民事判决的执行。) — the
    ruling was taken for a 终本 ruling and the complete volume lacked its resumption ruling."""
    page = _ruling(line("本院认为，终结本次执行程序后，申", 0.65), line("请符合法律规定。依照《最高人民法", 0.71),
                   line("下:", 0.82, width=0.05), line("恢复云南省昆明市五华区人民法院（2021）滇0102民初16", 0.84))
    assert classify(page).doc_type == "resumption_ruling"
    ended = _ruling(line("本院认为，终结本次执行程序后，申", 0.65), line("下:", 0.82, width=0.05),
                    line("终结云南省昆明市五华区人民法院（2021）滇0102民初16", 0.84))
    assert classify(ended).doc_type != "resumption_ruling", "终结… begins two sentences: it decides neither alone"


def test_a_2011_enforcement_ruling_titled_civil_ruling_is_decided_by_its_operative_part() -> None:
    """（2011）中执字第…号 民事裁定书 ending the case 终本 (court_hk_01 p9, a carbon copy): until 2016 the bureaus titled
    their rulings so; read as the basis, the resumed case's volume lacked its earlier 终本 ruling. A civil ruling
    that preserves property is still a basis."""
    old = PageText([line("大连市中山区人民法院", 0.09, centred=True, width=0.3), line("民事裁定书", 0.13, title=True, width=0.2),
                    line("（2011）中执字第1186号", 0.18, width=0.25), line("裁定如下：", 0.6, width=0.15),
                    line("本案终结本次执行程序。", 0.63, width=0.35)], complete=True)
    assert classify(old).doc_type == "termination_this_round_ruling"
    preserving = PageText([line("大连市中山区人民法院", 0.09, centred=True, width=0.3),
                           line("民事裁定书", 0.13, title=True, width=0.2), line("（2023）辽0202民初5521号", 0.18, width=0.25),
                           line("裁定如下：", 0.6, width=0.15), line("冻结被申请人大连某某有限公司银行存款50万元。", 0.63)],
                          complete=True)
    assert classify(preserving).doc_type == "enforcement_basis"


def test_an_address_confirmation_half_in_a_window_frames_shadow_is_read_to_its_right_edge() -> None:
    """送达地址确认书 photographed at a sunny window (court_hl_02 p16): the frame's shadow falls across its right half,
    and the sheet was taken to end where the sun did — the title cut to 送达地址 and the form read as a receipt's page.
    The complete archive volume lacked its address confirmation."""
    (page,) = analyse([DATA / "address_confirmation_photographed_half_in_a_window_frames_shadow.pdf"], engine="rapidocr")
    assert page.doc_type == "service_address_confirmation" and page.title_text == "送达地址确认书"


def test_paper_in_shade_carries_writing_a_desk_does_not() -> None:
    small = np.full((200, 160), 70, dtype=np.uint8)  # a dark desk
    small[10:190, 10:150] = 120  # the sheet, its right part in shade
    small[10:190, 10:105] = 235  # its sunlit left part
    for row in range(20, 180, 20):
        small[row:row + 2, 20:100] = 150  # writing in the sun
        small[row:row + 2, 110:145] = 40  # writing in the shade
    x, _, bw, _ = photographed_sheet(small) or (0, 0, 0, 0)
    assert bw and x + bw >= 145, "the shade's writing is the sheet's"
    small[10:190, 105:150] = 70  # no shade: the desk beyond the sheet holds nothing
    x, _, bw, _ = photographed_sheet(small) or (0, 0, 0, 0)
    assert bw and x + bw <= 110
