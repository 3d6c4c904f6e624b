"""court_il (福建省石狮市人民法院, an e-court): a fabric trader's judgment settled and paid in three instalments by WeChat
and bank transfer (screenshots and the bank's 电子回单 filed), 执行完毕; the garment workers' representative's wage award
against a closed factory, 终本, archived; a livestream shop's service-fee judgment, the brand company's account
deducted — without the 结案通知书. The court's papers are the platform's printouts (header line, 第x页/共y页, flat red
electronic seals, a verification code line), the parties' uploads phone screenshots printed one or two to a sheet, and
everything went through a fast duplex ADF at 200 dpi grey with auto-crop and auto-deskew."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_il_capture as cap
from dossier.corpus.families.court_il import OWN, made_on, render
from dossier.corpus.families.court_il_kit import E_RED, PLATFORM
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_il_seqs_lie_in_its_range_and_the_names_run_in_order() -> None:
    plans = family_plans("court_il")
    assert len(plans) == 3 and all(11100 <= p.seq <= 11199 for p in plans)
    assert all(p.name.startswith(f"court_il_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_il_01", "court_il_02", "court_il_03"):
        c = case_of(prefix)
        assert "（2024）闽0581执111" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert check_id_number(case_of("court_il_01").extra["owner_id"]) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    fabric, wage, live = case_of("court_il_01"), case_of("court_il_02"), case_of("court_il_03")
    judgment = text_of(render("enforcement_basis", fabric, random.Random(0), []))
    assert "民事判决书" in judgment and "闽0581民初" in judgment and "面料" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "石狮市劳动人事争议仲裁委员会" in award and "狮劳人仲案〔2023〕" in award and "裁决如下" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "约谈" in ttr
    assert "移动微法院" in text_of(render("interview_record", wage, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", live, random.Random(0), []))
    assert "执行裁定书" in ruling and live.extra["r_acct"] in ruling
    assert "直播" in text_of(render("enforcement_basis", live, random.Random(0), []))


def test_the_instalments_add_up_and_each_is_proved_after_the_settlement() -> None:
    c = case_of("court_il_01")
    inst = c.extra["instalments"]
    assert sum(m for _, m, _ in inst) == c.amount and [w for _, _, w in inst] == ["wechat", "bank", "wechat"]
    assert made_on(c, "settlement_agreement") < inst[0][0] < inst[1][0] < inst[2][0] < c.closed_on
    deal = text_of(render("settlement_agreement", c, random.Random(0), []))
    assert all(f"{m:,.2f}" in deal for _, m, _ in inst)
    proofs = render("payment_voucher", c, random.Random(0), [])
    assert len(proofs) == 3 and [s.starts_document for s in proofs] == [False, True, True]
    for sheet, (_, m, _) in zip(proofs, inst, strict=True):
        assert any(f"{m:,.2f}" in line for line in sheet.lines), m
    assert "网上银行电子回单" in text_of(proofs[1:2])
    assert "微信转账" in text_of(proofs[:1]) and "你已收款" in text_of(proofs[:1])
    live = case_of("court_il_03")
    payout = render("payment_voucher", live, random.Random(0), [])
    assert live.extra["deducted"] < live.extra["paid_out"] < live.closed_on
    assert f"{live.amount:,.2f}" in text_of(payout) and payout[1].starts_document


def test_an_e_receipt_is_sent_after_what_it_serves() -> None:
    for prefix in ("court_il_01", "court_il_02", "court_il_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_il") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _red(sheet: Sheet) -> int:
    """Pixels in the electronic seal's exact flat red (over white paper)."""
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.int16)
    return int((np.abs(a - np.array(E_RED, np.int16)).max(axis=2) <= 2).sum())


def test_the_courts_papers_are_platform_printouts_with_electronic_seals() -> None:
    c = case_of("court_il_02")
    for code in ("acceptance_notice", "enforcement_notice", "consumption_restriction_order", "termination_this_round_ruling",
                 "service_receipt", "interview_record", "closing_approval_form"):
        served = ["enforcement_notice"] if code == "service_receipt" else []
        sheets = render(code, c, random.Random(5), served)
        m = len(sheets)
        for n, s in enumerate(sheets, 1):
            assert s.lines[0].startswith(PLATFORM) and "文书编号：FJ350581" in s.lines[0], code
            assert f"第{n}页/共{m}页" in s.lines and s.page_of == (n, m), code
            assert any(re.search(r"验证码：[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", line) for line in s.lines), code
        sealed = code not in ("interview_record", "closing_approval_form")
        assert (_red(sheets[-1]) > 1500) == sealed, code
    # the received papers carry inked seals, never the flat electronic red
    judgment = render("enforcement_basis", case_of("court_il_01"), random.Random(5), [])
    assert _red(judgment[-1]) < 50 and not any(PLATFORM in line for s in judgment for line in s.lines)
    assert {"service_receipt", "closing_notice", "interview_record"} <= OWN


def test_screenshots_are_tall_narrow_images_printed_one_or_two_to_a_sheet() -> None:
    c = case_of("court_il_01")
    one, _, three = render("payment_voucher", c, random.Random(0), [])
    for sheet, count in ((one, 2), (three, 1)):
        a = np.asarray(sheet.image.convert("L"), dtype=np.int16)[mm(40):]
        cols = (a < 235).any(axis=0)
        runs = np.flatnonzero(np.diff(np.r_[0, cols.astype(np.int8), 0]))
        spans = [(runs[i], runs[i + 1]) for i in range(0, len(runs), 2) if runs[i + 1] - runs[i] > mm(40)]
        assert len(spans) == count, spans
        rows = (a < 235).any(axis=1)
        height = np.flatnonzero(rows)[-1] - np.flatnonzero(rows)[0]
        for x0, x1 in spans:
            assert height / (x1 - x0) > 1.9, "a phone screenshot is tall and narrow"
            top = a[np.flatnonzero(rows)[0] + 4: np.flatnonzero(rows)[0] + mm(5), x0 + 4: x0 + (x1 - x0) // 4]
            assert top.min() < 120, "the status bar's clock at the top left"
    wechat = np.asarray(one.image.convert("RGB"), dtype=np.int16)
    green = (np.abs(wechat - np.array([149, 236, 105])).max(axis=2) < 12).sum()
    assert green > 2000, "WeChat's green bubbles"


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.AdfScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == 200
    return plan, np.asarray(img, dtype=np.float32)


def _strip() -> Sheet:
    s = Sheet(size=(mm(150), mm(110)))
    s.lines.append("x")
    return s


def test_auto_crop_leaves_uneven_page_sizes_and_now_and_then_a_hairline_of_backing() -> None:
    sheet = _strip()
    plans = [cap.plan_capture(random.Random(k), sheet) for k in range(60)]
    sizes = set()
    for k in range(12):
        plan, a = _scan(sheet, k, rotation=0)
        left, top, right, bottom = plan.crop
        assert a.shape == (sheet.height - top - bottom, sheet.width - left - right)
        sizes.add(a.shape)
    assert len(sizes) > 4, "auto-crop cuts each sheet a few pixels differently"
    assert all(p.dpi == 200 and not p.photo and abs(p.skew) <= 0.3 for p in plans)
    assert any(min(p.crop) < 0 for p in plans) and sum(p.rotation == 180 for p in plans) < 10
    _, a = _scan(sheet, 1, crop=(-3, 2, 2, 2), skew=0.0, rotation=0)
    assert a[:, :2].mean() < 80 and a[:, 10:].mean() > 220, "the backing's dark hairline at the left edge"


def test_the_fast_feed_smears_along_the_page_and_grey_lifts_the_paper() -> None:
    s = _strip()
    s.image.paste((0, 0, 0), (mm(20), mm(50), mm(130), mm(50) + 3))   # a horizontal rule, 3 px
    s.image.paste((0, 0, 0), (mm(75), mm(60), mm(75) + 3, mm(100)))    # a vertical rule, 3 px
    _, a = _scan(s, 2, crop=(0, 0, 0, 0), skew=0.0, smear=4, noise=0.5, rotation=0)
    paper = float(np.median(a))
    assert 230 < paper < 250, "the paper comes out a light grey, not white"
    down = a[mm(50) - 8: mm(50) + 12, mm(40)]
    across = a[mm(80), mm(75) - 8: mm(75) + 12]
    assert (down < paper - 40).sum() > (across < paper - 40).sum(), "horizontal rules smeared down the feed"
    assert a.min() > 10, "black lifted to a dark grey"
    red = _strip()
    red.image.paste(E_RED, (mm(20), mm(20), mm(60), mm(60)))
    _, g = _scan(red, 3, crop=(0, 0, 0, 0), skew=0.0, rotation=0)
    assert 40 < g[mm(40), mm(40)] < 150, "the e-seal's red comes out a mid grey"


def test_a_blank_back_let_through_carries_the_feeders_faint_noise() -> None:
    blank = Sheet(size=(mm(150), mm(110)))
    plan, a = _scan(blank, 4, crop=(0, 0, 0, 0), skew=0.0, rotation=0)
    assert plan.blank
    cols = a[mm(5): -mm(5)].mean(axis=0)
    assert (cols < np.median(cols) - 2.5).sum() >= 2, "thin vertical sensor lines"
    assert a.min() < np.median(a) - 30, "a speck or two"
    _, clean = _scan(_strip(), 4, crop=(0, 0, 0, 0), skew=0.0, rotation=0)
    ccols = clean[mm(5): -mm(5)].mean(axis=0)
    assert (ccols < np.median(ccols) - 2.5).sum() == 0, "a printed page's scan has no sensor lines"
    assert abs(float(np.median(a)) - plan.paper) < 6
