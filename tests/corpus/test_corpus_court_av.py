"""court_av: 四川省宜宾市翠屏区人民法院, liquor country on the Yangtze. A glass-bottle works enforces a 宜宾中院 二审 买卖合同
judgment against a 酒类经销商 whose 白酒 stock in a 白沙湾 warehouse is 查封、扣押 and whose account pays; a gift-box
printer's 宜宾仲裁委员会 award against a small distillery is paid after a 限制消费令 and a 失信 decision, and the volume
is archived; a 高粱 cooperative's 民事调解书 against a 酒厂 is settled and paid, but the dossier was handed in without
its 送达地址确认书. The bureau prints double-sided and the archive scanned duplex: a long document's even pages are
the backs of its sheets, a little offset, each side showing the other faintly through; part of the batch went
through with red colour dropout, so red heads and seals nearly vanish. Grey JPEG at 200–300 dpi."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_av_capture as cap
from dossier.corpus.families.court_av import render
from dossier.corpus.families.court_av_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_av_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "service_address_confirmation"


def test_court_av_case_numbers_are_cuiping_2025_in_its_range() -> None:
    ours = family_plans("court_av")
    assert all(10000 <= p.seq <= 10999 for p in ours)
    for p in ours:
        c = case_of(p.name)
        assert c.number == f"（2025）川1502执{p.seq}号"
        assert c.court.name == "四川省宜宾市翠屏区人民法院"


def test_court_av_parties_numbers_are_valid() -> None:
    for p in family_plans("court_av"):
        c = case_of(p.name)
        assert check_credit_code(c.applicant.id_number) is None
        assert check_credit_code(c.respondent.id_number) is None
        assert check_id_number(c.extra["rep_id"]) is None
        assert c.applicant.kind == c.respondent.kind == "organisation"


def test_court_av_bases_are_written_as_their_authors_write() -> None:
    bottle = case_of("court_av_01")
    text = text_of(render("enforcement_basis", bottle, random.Random(2), []))
    assert "四川省宜宾市中级人民法院" in text and "民终" in text and "判决如下" in text and "驳回上诉，维持原判" in text
    assert "本判决为终审判决" in text
    award = case_of("court_av_02")
    text = text_of(render("enforcement_basis", award, random.Random(2), []))
    assert "宜宾仲裁委员会" in text and "裁决如下" in text and "宜仲裁字" in text
    assert "生效证明书" in text_of(render("effectiveness_certificate", award, random.Random(2), [])).replace(" ", "")
    grain = case_of("court_av_03")
    text = text_of(render("enforcement_basis", grain, random.Random(2), []))
    assert "民事调解书" in text.replace(" ", "") and "高粱" in text and "川1502民初" in text


def test_court_av_ruling_seizes_the_liquor_and_the_order_restricts() -> None:
    bottle = case_of("court_av_01")
    sheets = render("enforcement_ruling", bottle, random.Random(3), [])
    text = text_of(sheets)
    assert "执行裁定书" in sheets[0].lines[1].replace(" ", "")
    operative = text.split("裁定如下：")[1]
    assert "查封、扣押" in operative and "白酒" in operative and "冻结、划拨" in operative
    award = case_of("court_av_02")
    assert "不得实施以下高消费" in text_of(render("consumption_restriction_order", award, random.Random(3), []))
    assert "纳入失信被执行人名单" in text_of(render("dishonest_list_decision", award, random.Random(3), []))


def test_court_av_long_documents_are_marked_for_the_duplex_scan() -> None:
    c = case_of("court_av_01")
    sheets = render("enforcement_basis", c, random.Random(4), [])
    assert len(sheets) >= 2
    assert [getattr(s, "av_back", None) for s in sheets] == [i % 2 == 1 for i in range(len(sheets))]
    assert getattr(sheets[1], "av_other", None) is sheets[0].image
    assert sheets[0].page_of == (1, len(sheets))
    single = render("acceptance_notice", c, random.Random(4), [])
    assert len(single) == 1 and not getattr(single[0], "av_back", False)


def _scan(sheet: Sheet, **over: object) -> tuple[np.ndarray, Image.Image]:
    plan = cap.plan_capture(random.Random(5), sheet)
    for k, v in over.items():
        setattr(plan, k, v)
    data = cap.capture(sheet, plan, random.Random(6))
    img = Image.open(io.BytesIO(data))
    return np.asarray(img.convert("L"), dtype=np.float32), img


def test_court_av_capture_is_grey_jpeg_at_200_to_300_dpi_and_readable() -> None:
    c = case_of("court_av_02")
    for seed in range(6):
        sheet = render("enforcement_notice", c, random.Random(seed), [])[0]
        plan = cap.plan_capture(random.Random(seed), sheet)
        img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
        assert img.format == "JPEG" and img.mode == "L"
        assert 200 <= plan.dpi <= 300 and round(img.info["dpi"][0]) == plan.dpi
        assert abs(plan.skew) <= 3
        a = np.asarray(img, dtype=np.float32)
        assert a.min() < 80 and np.median(a) > 200  # black text on light paper


def test_court_av_red_dropout_makes_red_seals_vanish_but_keeps_black_text() -> None:
    sheet = Sheet()
    sheet.text(mm(30), mm(40), "执行通知书", font("hei", 60))
    seal(sheet, mm(120), mm(150), "四川省宜宾市翠屏区人民法院", random.Random(1))
    plain, _ = _scan(sheet, dropout=False, skew=0.0, dpi=200, blur=0.0)
    dropped, _ = _scan(sheet, dropout=True, skew=0.0, dpi=200, blur=0.0)
    region = (slice(mm(150) - mm(20), mm(150) + mm(20)), slice(mm(120) - mm(20), mm(120) + mm(20)))
    assert plain[region].min() < 150 and dropped[region].min() > 190
    text = (slice(mm(40), mm(40) + 60), slice(mm(30), mm(30) + 300))
    assert dropped[text].min() < 80


def test_court_av_back_is_offset_and_shows_the_front_through() -> None:
    c = case_of("court_av_01")
    sheets = render("enforcement_basis", c, random.Random(4), [])
    back = sheets[1]
    with_ghost, _ = _scan(back, skew=0.0, dpi=200, blur=0.0, shift=(0, 0), through=0.04)
    without, _ = _scan(back, skew=0.0, dpi=200, blur=0.0, shift=(0, 0), through=0.0)
    front = np.asarray(sheets[0].image.convert("L"), dtype=np.float32)[:, ::-1]
    inked = front < 128
    empty_here = np.asarray(back.image.convert("L"), dtype=np.float32) > 250
    zone = inked & empty_here
    assert zone.sum() > 1000
    assert 1.0 < float((without - with_ghost)[zone].mean()) < 15.0  # faint, never text-dark
    shifted, _ = _scan(back, skew=0.0, dpi=200, blur=0.0, shift=(16, 12), through=0.0)
    rows = np.where((without < 100).any(axis=1))[0]
    rows_s = np.where((shifted < 100).any(axis=1))[0]
    assert rows_s[0] - rows[0] == pytest.approx(12, abs=2)


def test_court_av_bank_reply_follows_its_notice_and_says_the_account_paid() -> None:
    plan = family_plans("court_av")[0]
    codes = [(d.code, d.note) for d in plan.docs]
    assert codes[codes.index(("assistance_notice", "")) + 1] == ("assistance_notice", "reply")
    c = case_of("court_av_01")
    text = text_of(render("assistance_notice", c, random.Random(7), ["reply"]))
    assert "协助冻结、扣划存款回执" in text.replace(" ", "") and c.extra["resp_acct"] in text and "实际扣划金额" in text
    assert "协助执行通知书" in text_of(render("assistance_notice", c, random.Random(7), []))


def test_court_av_parties_copies_carry_the_copiers_cast_and_edge() -> None:
    c = case_of("court_av_01")
    licence = render("identity_proof", c, random.Random(8), [])
    assert getattr(licence[0], "av_copy", False) and not getattr(licence[1], "av_copy", True)
    copied, _ = _scan(licence[0], skew=0.0, dpi=200, blur=0.0, edge=0)
    plain, _ = _scan(licence[0], skew=0.0, dpi=200, blur=0.0, copy=False)
    assert copied[:, :20].mean() < plain[:, :20].mean() - 60  # the dark band down the left edge
    assert np.median(copied) < np.median(plain) - 10  # the grey cast
