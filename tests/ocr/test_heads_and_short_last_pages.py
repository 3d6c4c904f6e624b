"""Pages of bureaus that print their heads in two scripts (court_t, 拉萨城关: Tibetan over the Chinese; court_u, 延吉:
Korean under it), as the archive centre must see them: a record under the bureau's own name, a decision whose
title the scanner blurred by one character, and the last page of a ruling that holds one line and a small page
number.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace
from pathlib import Path

import pytest
from ocr_synth import images_pdf
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.families import court_t_capture, renderer
from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify


def line(text: str, top: float, *, width: float = 0.3, height: float = 1.0, centred: bool = True,
         confidence: float = 0.99) -> TextLine:
    return TextLine(text, confidence, height=height, centred=centred, top=top, width=width, alone=True)


@pytest.mark.parametrize(("head", "title", "code"), [
    ("西藏自治区拉萨市城关区人民法院执行局", "调查笔录", "investigation_record"),
    ("吉林省延吉市人民法院执行局", "约谈笔录", "interview_record"),
    ("某某市某某区人民法院执行一庭", "谈话笔录", "interview_record"),
])
def test_a_record_under_the_bureaus_own_name_is_that_record(head: str, title: str, code: str) -> None:
    """The head line names the court and its bureau (…人民法院执行局), wide across the page; the record's
    title stands under it, set no larger than the head. The head is the court's name, not running text."""
    page = PageText([line(head, 0.07, width=0.61, height=1.12, centred=False), line("可", 0.11, width=0.14, confidence=0.54),
                     line(title, 0.14, width=0.19, height=1.26), line("（2024）藏0102执61538号", 0.2, centred=False),
                     line("时间：2024年4月14日12时20分", 0.23, centred=False),
                     line("地点：本院执行局二楼第2谈话室", 0.26, centred=False)])
    assert classify(page).doc_type == code


def test_a_decision_whose_title_lost_a_character_is_a_decision_decided_by_its_operative_part() -> None:
    """决定书 read 决寇书: one character no title uses, so a misreading of 决定书, not 裁决书 (an award); what it
    decides stands under 决定如下."""
    page = PageText([line("吉林省延吉市人民法院", 0.07, width=0.4), line("决寇书", 0.11, height=1.6, confidence=0.82),
                     line("（2024）吉2401执72465号", 0.16, centred=False),
                     line("申请执行人：吉林银行股份有限公司延边分行，", 0.2, width=0.6, centred=False),
                     line("本院决定如下：", 0.5, width=0.2, centred=False),
                     line("将被执行人金哲洙纳入失信被执行人名单。", 0.53, width=0.5, centred=False)], complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "dishonest_list_decision"


def test_a_word_of_its_own_one_character_from_a_form_title_is_no_misreading() -> None:
    """认定书 (a work-injury finding) is one character from 决定书, but 认 is a character titles use: another paper."""
    page = PageText([line("认定书", 0.1, height=1.6), line("经调查核实，认定如下。", 0.2, width=0.5, centred=False)],
                    complete=True)
    assert classify(page).doc_type not in ("dishonest_list_decision", "detention_decision", "fine_decision")


@pytest.mark.parametrize("seed", [103, 105, 110])
def test_the_last_page_of_a_ruling_with_one_line_and_a_small_page_number_continues_it_and_is_no_blank(
        tmp_path: Path, seed: int) -> None:
    """拉萨城关's 执行裁定书 quotes the law under it and runs onto a second sheet with one line (履行义务的范围。) and
    第 2 页 / 共 2 页 set small and spaced at its foot: too little ink for the blank test to be sure, and the page
    number too small for the detector at 75 dpi. Scanned as the bureau's MFP does, the second sheet is the
    ruling's page 2."""
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_t_03"))
    sheets = renderer("court_t")("enforcement_ruling", case_for(plan, random.Random(i)), random.Random(0), [])
    assert len(sheets) == 2 and len([ln for ln in sheets[1].lines if ln.strip()]) <= 3
    images = []
    for n, sheet in enumerate(sheets):
        rng = random.Random(seed + n - 1)  # the capture of the second sheet is the seed's
        cap = replace(court_t_capture.plan_capture(rng, sheet), rotation=0)
        images.append(Image.open(io.BytesIO(court_t_capture.capture(sheet, cap, rng))))
    first, last = analyse([images_pdf(images, tmp_path / "notice.pdf")], engine="rapidocr", workers=1)
    assert first.doc_type == "enforcement_ruling"
    assert last.doc_type == "continuation" and last.page_of == (2, 2) and not last.blank


@pytest.mark.parametrize("family", ["court_t", "court_u"])
def test_a_receipt_under_a_head_in_two_scripts_names_what_it_serves(tmp_path: Path, family: str) -> None:
    """拉萨城关 prints the court's name and the title in Tibetan over the Chinese, 延吉 the title in Korean under it:
    lines that read as no Chinese. They must not take the places of the form's first rows, where its
    送达文书名称及件数 names the notice and the order it serves; else the notice's receipt is "missing"."""
    from dossier.corpus.families import court_u_capture

    capture = {"court_t": court_t_capture, "court_u": court_u_capture}[family]
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(f"{family}_01"))
    served = ["enforcement_notice", "property_report_order"]
    sheet = renderer(family)("service_receipt", case_for(plan, random.Random(i)), random.Random(3), served)[0]
    rng = random.Random(7)
    plan_ = replace(capture.plan_capture(rng, sheet), rotation=0)
    image = Image.open(io.BytesIO(capture.capture(sheet, plan_, rng)))
    (page,) = analyse([images_pdf([image], tmp_path / "receipt.pdf")], engine="rapidocr", workers=1)
    assert page.doc_type == "service_receipt"
    assert {"enforcement_notice", "property_report_order"} <= set(page.served_doc_types)


def test_an_e_service_screenshot_under_a_phones_status_bar_stays_its_receipts_page(tmp_path: Path) -> None:
    """深圳福田 prints the 粤公正 screen behind a receipt: its first lines are the phone's status bar (11:30, 5G 87%),
    digits and Latin letters, not a line of another script. They are read as what they are, not read around; the
    screen's e-service cues (送达号码, 发送时间, 查阅时间) below keep it the receipt's page, not a receipt of its own."""
    from dossier.corpus.families import court_e_forms

    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_e_01"))
    c = case_for(plan, random.Random(i))
    sheets = next(s for seed in range(30)
                  if len(s := court_e_forms.receipt(c, ["termination_this_round_ruling"], random.Random(seed))) == 2)
    images = [sheet.image.convert("L") for sheet in sheets]
    receipt, screen = analyse([images_pdf(images, tmp_path / "receipt.pdf")], engine="rapidocr", workers=1)
    assert receipt.doc_type == "service_receipt"
    assert screen.doc_type == "continuation"


def test_a_form_under_a_head_naming_the_order_it_is_attached_to_is_that_form() -> None:
    """沈阳和平's 财产申报表 is printed under 沈阳市和平区人民法院（附报告财产令）: the bracket says which paper the form
    goes with; the form's own title stands under it."""
    page = PageText([line("沈阳市和平区人民法院(附报告财产令）", 0.07, width=0.35), line("财产申报表", 0.1, height=1.38),
                     line("申报人", 0.16, width=0.06, centred=False),
                     line("一、收入、银行存款、现金工资卡余额几百元", 0.28, width=0.45, centred=False),
                     line("四、股权、债权及其他财产权无", 0.46, width=0.28, centred=False)])
    assert classify(page).doc_type == "property_declaration_form"


def test_a_receipt_that_serves_the_终本裁定书_by_its_short_name_proves_the_终本_ruling_served() -> None:
    """温州鹿城's 送达回证 names what it served as 终本裁定书一份, the bureau's own short name for the 终结本次执行程序裁定书:
    the archive centre sees that ruling's receipt, not a receipt that names nothing it can read (court_an_01 was sent
    back at its first sight)."""
    from dossier.ocr.titles import served_doc_types

    assert served_doc_types("终本裁定书一份") == ["termination_this_round_ruling"]
    assert served_doc_types("执行裁定书（终本）、限制消费令各一份")[-1] == "consumption_restriction_order"
