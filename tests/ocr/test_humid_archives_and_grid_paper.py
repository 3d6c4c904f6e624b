"""Pages read wrong at first sight by 海口秀英 (court_ig, drawn blind: a humid archive room's cockled, mildewed
paper), 呼伦贝尔海拉尔 (court_if, drawn blind: the parties write by hand on 方格稿纸) and 凭祥 (court_ih, drawn blind:
the court's window forms, copied and thresholded)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from dossier.ocr import analyse, imaging
from dossier.ocr.classify import PageText, TextLine, classify

DATA = Path(__file__).parent / "data"


def test_blank_backs_of_a_humid_archive_are_blank_not_unreadable() -> None:
    """The backs of 海口秀英's papers (court_ig_01 p31, court_ig_02 p19): the form on the front shows through, mildew
    grows in clusters of dark specks, a rust mark sits where a clip was, and the cockled paper's waves leave broad
    grey blotches that evening out the scanner's light does not take away. The detector finds no text, but the
    blotches and the mildew were counted as washed-out text: both pages were reported unreadable and both complete
    dossiers rejected."""
    pages = analyse([DATA / "blank_backs_of_a_humid_archive_mildewed_and_cockled.pdf"], engine="rapidocr")
    assert [(p.doc_type, p.blank, p.readable) for p in pages] == [("blank", True, True)] * 2


def _paper(seed: int = 0) -> np.ndarray:
    """A 50 dpi copy of a light sheet with its grain."""
    rng = np.random.default_rng(seed)
    return np.clip(rng.normal(232, 3, (585, 413)), 0, 255).astype(np.uint8)


def _blotch(sheet: np.ndarray, centre: tuple[int, int], axes: tuple[int, int], depth: int) -> None:
    mask = np.zeros(sheet.shape, np.uint8)
    cv2.ellipse(mask, centre, axes, 0, 0, 360, 255, -1)
    soft = cv2.GaussianBlur(mask.astype(np.float32) / 255, (0, 0), 4)
    sheet[:] = np.clip(sheet - soft * depth, 0, 255).astype(np.uint8)


def test_a_lone_blotch_of_cockled_paper_is_no_washed_out_text() -> None:
    """A broad grey blotch alone on the paper is the shading of a wave in it; the same blotch beside rows of faint
    marks (an ID copy's photo beside its washed-out lines, handfilled_02 p14) stays part of what may be text."""
    alone = _paper()
    for centre in ((120, 200), (300, 330), (250, 470)):
        _blotch(alone, centre, (36, 28), 22)
    beside_rows = alone.copy()
    for row in range(170, 260, 18):
        cv2.line(beside_rows, (170, row), (290, row), 212, 6)
    assert imaging.textless_faint(alone, contrast=12) < 0.015
    assert imaging.textless_faint(beside_rows, contrast=12) >= 0.015


def test_mildew_as_dark_as_ink_is_no_washed_out_text() -> None:
    """Clusters of mildew's dark specks on a blank back are marks the detector did not take for writing; washed-out
    text is faint by nature."""
    sheet = _paper(1)
    rng = np.random.default_rng(2)
    for cx, cy in ((90, 120), (330, 260), (150, 470), (260, 380)):
        for _ in range(40):
            x, y = int(cx + rng.normal(0, 9)), int(cy + rng.normal(0, 9))
            cv2.circle(sheet, (x, y), int(rng.integers(1, 4)), 120, -1)
    assert imaging.textless_faint(sheet, contrast=12) < 0.015


def test_papers_handwritten_on_grid_paper_are_read_by_their_titles() -> None:
    """呼伦贝尔海拉尔's herdsmen write on 方格稿纸, one character to a cell, and the clerk scans the sheet lying on its
    side. The applicant's 被执行人财产线索 (court_if_02 p8) and the company's 收条 for the first instalment (court_if_01
    p28): between the cells' lines the detector found a character here and there, and 收 and 条, three cells apart,
    were two lines. Both were read as evidence, and the complete archive court_if_02 was rejected for want of the
    财产线索表."""
    clues, receipt = analyse([DATA / "handwritten_on_grid_paper_lying_sideways.pdf"], engine="rapidocr")
    assert (clues.doc_type, clues.rotation) == ("property_clue_form", 270)
    assert (receipt.doc_type, receipt.title_text) == ("payment_voucher", "收条")


def _grid_sheet(columns: int, rows: int, *, gap: int = 20) -> np.ndarray:
    """A 150 dpi sheet ruled as a 稿纸: rows of square cells, a strip between rows."""
    sheet = np.full((1754, 1240), 238, np.uint8)
    cell, left, top = 50, 120, 150
    y = top
    for _ in range(rows):
        for x in range(left, left + cell * columns + 1, cell):
            cv2.line(sheet, (x, y), (x, y + cell), 200, 1)
        cv2.line(sheet, (left, y), (left + cell * columns, y), 200, 1)
        cv2.line(sheet, (left, y + cell), (left + cell * columns, y + cell), 200, 1)
        y += cell + gap
    return sheet


def test_a_sheet_ruled_in_cells_is_found_upright_or_on_its_side_and_a_table_is_not() -> None:
    """The lattice is found whichever way the sheet lies; a form's table of a few columns, however many rows, is no
    稿纸, nor a bank statement ruled in a dozen like columns, its rows far shorter than its columns are wide."""
    from dossier.ocr import grid_paper

    sheet = _grid_sheet(20, 20)
    upright, sideways = grid_paper.ruled_grid(sheet), grid_paper.ruled_grid(np.ascontiguousarray(np.rot90(sheet)))
    assert upright is not None and sideways is not None
    assert (upright.sideways, sideways.sideways) == (False, True)
    assert (upright.columns[:2], len(upright.columns), len(sideways.columns)) == ((120, 170), 21, 21)
    assert not (grid_paper.without_grid(sheet, upright) < 230).any()
    table = np.full((1754, 1240), 238, np.uint8)
    for y in range(150, 1550, 70):
        cv2.line(table, (120, y), (1120, y), 60, 2)
    for x in (120, 400, 700, 1120):
        cv2.line(table, (x, 150), (x, 1480), 60, 2)
    assert grid_paper.ruled_grid(table) is None
    statement = np.full((1754, 1240), 238, np.uint8)  # a bank's 交易明细 in a dozen like columns (court_du_03 p23)
    for y in range(150, 1050, 32):
        cv2.line(statement, (80, y), (1180, y), 150, 1)
    for x in range(80, 1181, 100):
        cv2.line(statement, (x, 150), (x, 1046), 150, 1)
    assert grid_paper.ruled_grid(statement) is None


def test_the_courts_window_form_under_its_imprinted_name_is_the_application() -> None:
    """凭祥's window hands out the 申请执行书 as a printed form: the court's name over it carries the imprint
    （诉讼服务中心印制）, which made the line too long and off-centre to be a court's name, so it was read as running
    text over the title and the page as the last one's continuation (court_ih_03 p1): the dossier was then said to
    lack its application as well as what it truly lacks."""
    page = PageText([
        TextLine("广西壮族自治区凭祥市人民法院（诉讼服务中心印制）", 1.0, height=1.0, top=0.08, width=0.74),
        TextLine("申请执行书", 1.0, height=1.1, centred=True, top=0.12, width=0.32),
        TextLine("申请执行人梁永林", 0.99, top=0.17, width=0.24, alone=False),
        TextLine("性别男", 1.0, top=0.18, width=0.12, alone=False),
        TextLine("公民身份号码451481198912089556", 0.96, top=0.22, width=0.39),
    ])
    verdict = classify(page)
    assert (verdict.doc_type, verdict.title) == ("enforcement_application", "申请执行书")


def test_a_receipt_whose_label_was_read_into_both_lines_of_its_cell_serves_both_papers() -> None:
    """平潭's 送达回证 names 执行通知书（…）、报告 / 财产令（…）各一份 in a cell of two lines, its label 送达文书名称和文号 centred
    beside them and read into each strip (court_ii_02 p37). With the label between 报告 and 财产令 the 报告财产令 was not
    found, and the complete archive was rejected for want of its service."""
    lines = ["福建省平潭县人民法院", "送达回证", "案由", "劳务合同纠纷", "送达文书名称和号执行通212报告",
             "送达文书名称和文号执行通知书（（2024）闽0128执10842号）、报告",
             "送达文书名称和文号「财产令（（2024）闽0128执10842号）各一份", "受送达人", "钟刚", "送达地址",
             "福建省平潭县苏澳镇看澳村163号", "送达方式", "直接送达"]
    page = PageText([TextLine(text, 1.0, height=1.4 if i == 1 else 1.0, centred=i < 2, top=0.1 + 0.04 * i,
                              width=0.3, alone=i < 2) for i, text in enumerate(lines)], complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.served) == ("service_receipt", ["enforcement_notice", "property_report_order"])


def _headed(*lines: str) -> PageText:
    """A page whose first line is a sender's or court's name, its second the title, then the text."""
    return PageText([TextLine(text, 1.0, height=1.4 if i == 1 else 1.0, centred=i < 2, top=0.06 + 0.05 * i,
                              width=0.4 if i < 2 else 0.8) for i, text in enumerate(lines)])


def test_a_third_partys_debt_notice_and_its_reply_are_the_notice_to_it_and_its_answer() -> None:
    """平潭 garnishes what a distributor owes the respondent (court_ii_01): the court's 履行到期债务通知书 to the distributor
    and the distributor's 关于履行到期债务的回复函 are the notice to a body outside the case and its reply, as a
    协助执行通知书 and its 回执 are. Both were read as the parties' evidence."""
    notice = _headed("福建省平潭县人民法院", "履行到期债务通知书", "（2024）闽0128执10817号之一", "福州榕城海鲜冷链贸易有限公司：",
                     "本院在执行申请执行人冻顶岚山茶业股份有限公司与被执行人平潭东澳水产食品有限公司买卖合同纠纷一案中，")
    reply = _headed("福州榕城海鲜冷链贸易有限公司", "关于履行到期债务的回复函", "福建省平潭县人民法院：",
                    "贵院（2024）闽0128执10817号之一履行到期债务通知书已于2024年3月16日收悉。")
    assert [classify(page).doc_type for page in (notice, reply)] == ["assistance_notice", "assistance_notice"]

