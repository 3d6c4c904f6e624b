"""court_hu (河北省沧州市新华区人民法院): three dossiers of 沧州. A 孟村 pipe-fittings maker enforces this court's sale
judgment against a heating-pipeline contractor — the buyer's share in a heating company frozen through the
市场监督管理局, an 执行和解 paid in two instalments, the freeze lifted, 执行完毕. A mother enforces the 抚养费 arrears of
this court's divorce judgment — the father's employer withholds his wages month by month, 执行完毕, archived. A shop's
landlord enforces a lease judgment against a 驴肉火烧 shop's tenant, who pays after a 限制消费令 — without the 结案审批表.
The parties' papers come as WeChat photos printed on the window's inkjet; the 案款 slips are thermal, glued onto A4."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from typing import Any

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import A4, Sheet, mm
from dossier.corpus.families import court_hu_capture as cap
from dossier.corpus.families.court_hu import MARKET, made_on, render
from dossier.corpus.families.court_hu_kit import THERMAL_PAPER, HuSheet
from dossier.corpus.families.court_hu_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hu_01", "court_hu_02", "court_hu_03")


def _plan(prefix: str) -> Any:
    return next(p for p in family_plans("court_hu") if p.name.startswith(prefix))


def test_court_hu_seqs_names_and_the_missing_item() -> None:
    ours = family_plans("court_hu")
    assert [p.seq for p in ours] == [8609, 8637, 8672]
    assert all(p.name.startswith(f"court_hu_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False]
    assert MISSING == "closing_approval_form"
    assert not any(d.code == MISSING for d in ours[2].docs)
    assert sum(d.code == "enforcement_ruling" for d in ours[0].docs) == 2, "the freeze and its release"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）冀0902执86\d\d号", c.number), c.number
        assert c.basis_number.startswith("（2023）冀0902民初")
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    pipe = case_of("court_hu_01")
    assert check_credit_code(pipe.extra["target_code"]) is None
    assert pipe.applicant.id_number[2:8] == "130930", "the pipe-fittings maker sits in 孟村"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    pipe, child, rent = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", pipe, random.Random(0), []))
    assert "民事判决书" in judgment and "判决如下" in judgment and "法兰" in judgment
    freeze = text_of(render("enforcement_ruling", pipe, random.Random(0), []))
    assert "执行裁定书" in freeze and "裁定如下" in freeze and f"{pipe.extra['share']}%股权" in freeze
    release = text_of(render("enforcement_ruling", pipe, random.Random(0), ["release"]))
    assert "执行裁定书" in release and "解除对被执行人" in release
    notice = render("assistance_notice", pipe, random.Random(0), [])
    assert f"{MARKET}：" in text_of(notice) and "回执" in text_of(notice[-1:]) and notice[-1].page_of == (2, 2)
    divorce = text_of(render("enforcement_basis", child, random.Random(0), []))
    assert "准予原告" in divorce and "抚养费" in divorce and f"每月{child.extra['monthly']}元" in divorce
    wages = text_of(render("assistance_notice", child, random.Random(0), []))
    assert child.extra["employer"] in wages and "扣留" in wages
    assert "发生法律效力" in text_of(render("effectiveness_certificate", child, random.Random(0), []))
    lease = text_of(render("enforcement_basis", rent, random.Random(0), []))
    assert "房屋租赁合同纠纷" in lease and rent.extra["shop"] in lease
    order = text_of(render("consumption_restriction_order", rent, random.Random(0), []))
    assert "限制消费令" in order and rent.respondent.id_number in order
    ask = text_of(render("enforcement_application", rent, random.Random(0), []))
    assert "限制消费" in ask and "失信被执行人名单" in ask, "the application says whether 限高 and 失信 are asked for"
    for c in (pipe, child, rent):
        assert "执行完毕" in text_of(render("closing_notice", c, random.Random(0), []))


def test_the_money_adds_up_and_comes_in_order() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        paid = c.extra["instalments"]
        assert sum(s for _, s in paid) == c.amount
        days = [d for d, _ in paid]
        assert days == sorted(days) and c.filed_on < days[0]
        assert all(o > d for (d, _), o in zip(paid, c.extra["payouts"], strict=True))
        assert made_on(c, "closing_notice") > c.extra["payouts"][-1] and made_on(c, "closing_notice") < c.closed_on
    pipe = case_of("court_hu_01")
    assert pipe.extra["settled"] < pipe.extra["instalments"][0][0] < pipe.extra["release"]
    assert pipe.extra["instalments"][-1][0] < pipe.extra["release"]
    settle = text_of(render("settlement_agreement", pipe, random.Random(0), []))
    for _, s in pipe.extra["instalments"]:
        assert f"{s:,.2f}" in settle
    child = case_of("court_hu_02")
    assert len(child.extra["instalments"]) == 3, "three monthly withholdings"
    rent = case_of("court_hu_03")
    assert made_on(rent, "consumption_restriction_order") < rent.extra["blocked"] < rent.extra["instalments"][0][0]


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        for d in _plan(prefix).docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(made_on(c, s) < got[0] <= c.closed_on for s in d.served), (prefix, d.served, got)


def test_the_money_slips_are_glued_on_paste_sheets() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        sheets = render("payment_voucher", c, random.Random(0), [])
        glued = [s for s in sheets if isinstance(s, HuSheet) and s.route == "thermal" and s.slips]
        assert len(glued) == len(sheets)
        assert all(0 <= x0 < x1 <= s.width and 0 <= y0 < y1 <= s.height for s in glued for x0, y0, x1, y1 in s.slips)
        text = text_of(sheets)
        assert "票据粘贴单" in text and "执行案款收款凭条" in text and "案款发放回单" in text
        for _, s in c.extra["instalments"]:
            assert f"¥{s:,.2f}" in text
        assert [s.page_of for s in sheets[1:]] == [(i, len(sheets)) for i in range(2, len(sheets) + 1)]
    fee = render("fee_receipt", case_of("court_hu_01"), random.Random(0), [])
    assert len(fee) == 1 and fee[0].route == "thermal" and "申请执行费" in text_of(fee)  # type: ignore[attr-defined]


# ---- the capture, measured on pixels ----------------------------------------------------------------------------

def _page(sheet: Sheet, plan: cap.HuCapture, seed: int = 1) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _wechat_plan(sheet: Sheet, **change: object) -> cap.HuCapture:
    plan = cap.plan_capture(random.Random(4), sheet)
    base: dict[str, object] = dict(route="wechat", photo=True, dpi=200, rotation=0, skew=0.0, grey=False, noise=1.0,
                                   quality=92, fill=0.9, corners=(0.0,) * 8, light=(0.0, 0.5, 0.5), screen="none",
                                   desk=(150, 128, 104), cast=(1.0, 0.9, 0.72), band_mm=3.5, band_phase=5.0,
                                   band_depth=0.3, wechat_long=1280, wechat_q=70)
    base.update(change)
    for k, v in base.items():
        setattr(plan, k, v)
    return plan


def _black_block() -> HuSheet:
    s = HuSheet(route="wechat")
    s.image.paste((0, 0, 0), (mm(30), mm(60), mm(180), mm(220)))
    s.lines.append("x")
    return s


@pytest.fixture(scope="module")
def printed() -> tuple[cap.HuCapture, np.ndarray]:
    s = _black_block()
    plan = _wechat_plan(s)
    return plan, _page(s, plan)


def test_the_window_inkjet_bands_the_ink_at_the_head_pitch(printed: tuple[cap.HuCapture, np.ndarray]) -> None:
    plan, a = printed
    grey = a.mean(axis=2)
    h, w = grey.shape
    dark = grey < 140
    rows = np.where(dark[:, w // 2])[0]
    top, bottom = rows.min() + 30, rows.max() - 30
    block = grey[top:bottom, w // 2 - 100: w // 2 + 100].mean(axis=1)
    bands = cap.band_rows(h, plan)[top:bottom]
    assert block[bands].mean() > block[~bands].mean() + 25, "a lighter line through the ink at every pass"
    # the pitch: the lighter rows repeat every band_mm
    pitch = plan.band_mm / 25.4 * 200
    light_rows = np.where(block > np.median(block) + 15)[0]
    starts = light_rows[np.insert(np.diff(light_rows) > 2, 0, True)]
    gaps = np.diff(starts)
    assert len(gaps) > 20 and abs(np.median(gaps) - pitch) < 1.5


def test_the_black_is_mixed_from_colour_and_casts(printed: tuple[cap.HuCapture, np.ndarray]) -> None:
    plan, a = printed
    h, w = a.shape[:2]
    bands = cap.band_rows(h, plan)
    mid = a[h // 2 - 200: h // 2 + 200, w // 2 - 100: w // 2 + 100][~bands[h // 2 - 200: h // 2 + 200]]
    r, g, b = (mid[..., k].mean() for k in range(3))
    assert b > r + 25 and g > r + 5, (r, g, b)


def test_the_print_keeps_white_margins_round_the_photo_of_the_desk(printed: tuple[cap.HuCapture, np.ndarray]) -> None:
    _, a = printed
    grey = a.mean(axis=2)
    h, w = grey.shape
    assert grey[:, : mm(3)].mean() > 235 and grey[:, -mm(3):].mean() > 235, "the inkjet cannot print to the edge"
    assert grey[h // 2 - 50: h // 2 + 50, mm(7): mm(9)].mean() < 200, "the desk round the photographed sheet"
    paper = grey[mm(60): mm(80), w // 2 - 50: w // 2 + 50]
    assert paper.mean() > 200, "the photographed paper itself comes out light"


def test_wechat_shrinks_and_recompresses_the_phone_photo() -> None:
    s = HuSheet(route="wechat")
    for k in range(40):
        s.text(mm(20), mm(20) + k * mm(6.5), "本院依照中华人民共和国民事诉讼法第二百五十一条之规定责令被执行人履行义务" * 2,
               _font())
    plan = _wechat_plan(s, wechat_long=1280, wechat_q=55)
    photo = cap.phone_photo(np.asarray(s.image, np.float32), plan, np.random.default_rng(0))
    assert photo.shape[:2] == (2000, 1500), "a 3:4 phone frame"
    sent = cap.through_wechat(photo, plan)
    assert max(sent.shape[:2]) == 1280

    def blockiness(img: np.ndarray) -> float:
        d = np.abs(np.diff(img.mean(axis=2), axis=1))
        cols = np.arange(d.shape[1]) % 8 == 7
        return float(d[:, cols].mean() / d[:, ~cols].mean())

    assert blockiness(sent) > 1.08 and blockiness(sent) > blockiness(photo), "WeChat's own 8×8 JPEG blocks"


def _font() -> Any:
    from dossier.corpus.fonts import font

    return font("serif", 34)


def test_a_screenshot_shows_the_status_bar_or_the_chat() -> None:
    pic = np.full((1280, 960, 3), 230.0, np.float32)
    viewer = cap.on_screen(pic, _wechat_plan(HuSheet(), screen="viewer", clock="21:07", battery=40))
    assert viewer.shape[:2] == (2340, 1080)
    bar = viewer[:90].mean(axis=2)
    assert (bar < 50).mean() > 0.8 and (bar > 200).sum() > 300, "white clock and battery on the black bar"
    chat = cap.on_screen(pic, _wechat_plan(HuSheet(), screen="bubble"))
    corner = chat[:100, -300:-100]
    assert (corner[..., 1] - corner[..., 0]).mean() > 60, "the green bubble's edge"
    assert abs(chat[-30:, :30].mean() - cap.CHAT_GREY[0]) < 8, "the chat's grey background"


def _glued(wrinkles: list[tuple[float, float, float, float]]) -> tuple[HuSheet, tuple[int, int, int, int]]:
    s = HuSheet(route="thermal")
    s.image.paste((0, 0, 0), (mm(20), mm(200), mm(60), mm(240)))
    sl = Sheet(size=(mm(58), mm(90)), paper=THERMAL_PAPER)
    sl.image.paste((0, 0, 0), (mm(5), mm(10), mm(53), mm(70)))
    box = (mm(100), mm(60), mm(100) + sl.width, mm(60) + sl.height)
    s.image.paste(sl.image, box[:2])
    s.slips.append(box)
    s.lines.append("x")
    return s, box


def test_thermal_slips_fade_yellow_wrinkle_and_cast_an_edge() -> None:
    waves = [(20.0, 60.0, 2.0, 0.0), (-30.0, 45.0, 1.5, 1.0)]
    s, (x0, y0, x1, y1) = _glued(waves)
    plan = cap.plan_capture(random.Random(1), s)
    for k, v in dict(dpi=200, rotation=0, skew=0.0, noise=1.0, quality=92, grey=False, fade=(0.45, 0.8),
                     faint_end="bottom", slip_tone=(244, 240, 222), wrinkles=waves).items():
        setattr(plan, k, v)
    a = _page(s, plan)
    grey = a.mean(axis=2)
    a4_black = np.median(grey[mm(205): mm(235), mm(25): mm(55)])
    top_black = np.median(grey[y0 + mm(12): y0 + mm(20), x0 + mm(10): x0 + mm(48)])
    low_black = np.median(grey[y0 + mm(60): y0 + mm(68), x0 + mm(10): x0 + mm(48)])
    assert a4_black < 50 and top_black > a4_black + 40, "thermal print has faded to grey"
    assert low_black > top_black + 15, "more at the faint end of the slip"
    slip_paper = a[y0 + mm(74): y1 - mm(6), x0 + mm(6): x1 - mm(6)]
    a4_paper = a[mm(120): mm(160), mm(20): mm(60)]
    assert slip_paper[..., 0].mean() - slip_paper[..., 2].mean() > 12, "the slip's paper has yellowed"
    assert abs(a4_paper[..., 0].mean() - a4_paper[..., 2].mean()) < 5, "the A4 has not"
    assert slip_paper.mean(axis=2).std() > a4_paper.mean(axis=2).std() + 1.0, "glue wrinkles shade the slip"
    mid = slice(y0 + mm(20), y1 - mm(20))
    assert grey[mid, x1: x1 + 2].mean() < grey[mid, x1 + mm(8): x1 + mm(12)].mean() - 15, "the raised edge's shadow"
    # no wrinkles: the slip's paper is as even as the A4's
    s2, _ = _glued([])
    plan.wrinkles = []
    flat = _page(s2, plan)[y0 + mm(74): y1 - mm(6), x0 + mm(6): x1 - mm(6)].mean(axis=2)
    assert flat.std() < slip_paper.mean(axis=2).std()


def test_the_sheet_fed_scanner_sizes_turns_and_greys() -> None:
    s = HuSheet()
    s.image.paste((0, 0, 0), (mm(20), mm(20), mm(60), mm(40)))
    s.lines.append("x")
    plan = cap.plan_capture(random.Random(2), s)
    for k, v in dict(dpi=300, rotation=90, skew=0.0, grey=True, route="scan").items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(s, plan, random.Random(0))))
    assert img.mode == "L" and img.size == (round(A4[1] * 1.5), round(A4[0] * 1.5)), "turned a quarter: width and height swap"
    a = np.asarray(img, np.float32)
    # turned clockwise: the black box near the top-left of the page is now near the top-right
    assert a[: a.shape[0] // 4, -a.shape[1] // 4:].min() < 40 and a[: a.shape[0] // 4, : a.shape[1] // 4].min() > 150


def test_plans_follow_the_route_each_sheet_took() -> None:
    wechat, thermal, plain = HuSheet(route="wechat"), HuSheet(route="thermal"), HuSheet()
    card = HuSheet(size=(mm(150), mm(104)), route="wechat")
    ws = [cap.plan_capture(random.Random(k), wechat) for k in range(150)]
    assert all(p.photo and p.route == "wechat" and 0.86 <= p.fill <= 0.96 for p in ws)
    assert {p.screen for p in ws} == {"none", "viewer", "bubble"}
    assert all(p.fill >= 1.0 for p in (cap.plan_capture(random.Random(k), card) for k in range(20))), "a card fills the frame"
    ts = [cap.plan_capture(random.Random(k), thermal) for k in range(50)]
    assert all(not p.photo and p.wrinkles and p.fade[0] < p.fade[1] for p in ts)
    ps = [cap.plan_capture(random.Random(k), plain) for k in range(200)]
    assert all(150 <= p.dpi <= 300 and abs(p.skew) <= 1.2 for p in ps)
    assert 0 < sum(p.rotation != 0 for p in ps) < 50 and any(p.grey for p in ps)
