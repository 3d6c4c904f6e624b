"""court_fm (四川省乐山市市中区人民法院): three dossiers of 乐山. A 沐川 cattle co-operative enforces this court's
judgment against a 跷脚牛肉 restaurant company — account frozen, settled and paid, archived (cover and catalogue first,
the civil division's 生效证明书 behind the judgment). A sand-barge owner enforces a 乐山仲裁委员会 award against a
大渡河 sand company whose yard was cleared — 终本. A 峨眉山 tea grower enforces a loan notarised at the 凌云公证处 (公证书
and 执行证书) against a 钵钵鸡 shop's owner — paid, but handed in without the 收款账户确认书. The pages went through an
old sheet feeder with no deskew and no auto-crop: skewed 2–6° on a dark window, small sheets floating in it, corners
cut, dog-ears and staple holes, and landscape tables or 骑缝-labelled forms sometimes turned 90° by the driver."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.families import court_fm_capture as cap
from dossier.corpus.families.court_fm import made_on, render
from dossier.corpus.families.court_fm_kit import A4, A4L, A5, Leaf
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fm_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fm")]
    assert len(seqs) == 3 and all(68000 <= s <= 68999 for s in seqs)
    assert not set(seqs) & {68031, 68214, 68577}, "older families' cases"
    assert all(p.name.startswith(f"court_fm_0{i}_") for i, p in enumerate(family_plans("court_fm"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fm_01", "court_fm_02", "court_fm_03"):
        c = case_of(prefix)
        assert "川1102执68" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fm_01").applicant.id_number.startswith("93"), "a farmers' co-operative's code"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    beef, sand, tea = case_of("court_fm_01"), case_of("court_fm_02"), case_of("court_fm_03")
    judgment = text_of(render("enforcement_basis", beef, random.Random(0), []))
    assert "民事判决书" in judgment and "川1102民初" in judgment and "牛杂" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", beef, random.Random(0), []))
    award = text_of(render("enforcement_basis", sand, random.Random(0), []))
    assert "乐山仲裁委员会" in award and "乐仲裁字" in award and "裁决如下" in award and sand.extra["boat"] in award
    assert "终局裁决" in text_of(render("effectiveness_certificate", sand, random.Random(0), []))
    deed = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "公证书" in deed and "凌云公证处" in deed and "强制执行效力" in deed and tea.extra["shop"] in deed
    cert = text_of(render("effectiveness_certificate", tea, random.Random(0), []))
    assert "执行证书" in cert and str(tea.extra["cert_no"]) in cert
    ttr = text_of(render("termination_this_round_ruling", sand, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "安谷" in ttr
    ruling = text_of(render("enforcement_ruling", beef, random.Random(0), []))
    assert "执行裁定书" in ruling and beef.extra["r_acct"] in ruling
    assert "跷脚牛肉" in beef.respondent.name and "砂石" in sand.respondent.name


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fm_01", "court_fm_02", "court_fm_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fm") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_papers_come_on_mixed_stock() -> None:
    beef = case_of("court_fm_01")
    sizes = {code: render(code, beef, random.Random(0), [])[0].size
             for code in ("payment_notice", "fee_receipt", "online_inquiry_result", "enforcement_notice")}
    assert sizes["payment_notice"] == A5 and sizes["online_inquiry_result"] == A4L and sizes["enforcement_notice"] == A4
    assert sizes["fee_receipt"][0] > sizes["fee_receipt"][1] and sizes["fee_receipt"][1] < A5[1]
    slip = render("fee_receipt", beef, random.Random(0), [])[0]
    assert isinstance(slip, Leaf) and slip.vertical_label
    assert render("service_receipt", beef, random.Random(0), ["enforcement_notice"])[0].width < A4[0]


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.HurriedFeed, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_plans_keep_to_the_hurried_feeder() -> None:
    a4, wide, labelled = Leaf(), Leaf(size=A4L), Leaf(size=A5, vertical_label=True)
    plans = [cap.plan_capture(random.Random(s), a4) for s in range(300)]
    assert all(0.8 <= abs(p.skew) <= 6.0 for p in plans)
    assert sum(abs(p.skew) >= 2.0 for p in plans) > 0.75 * len(plans)
    assert all(p.dpi in (200, 300) and 50 <= p.quality <= 85 and not p.photo for p in plans)
    assert {p.mode for p in plans} == {"grey", "colour"}
    assert 0 < sum(p.rotation == 180 for p in plans) < 20 and all(p.rotation in (0, 180) for p in plans)
    assert 10 < sum(p.cut_corner for p in plans) < 70 and 10 < sum(p.dogear is not None for p in plans) < 60
    assert 50 < sum(p.staple_holes for p in plans) < 140
    turned = [cap.plan_capture(random.Random(s), wide) for s in range(60)]
    assert all(p.fed_turn in (90, 270) for p in turned)
    assert {p.rotation for p in turned} >= {0, 90, 270}, "the driver sets some upright and leaves others 90° off"
    lab = [cap.plan_capture(random.Random(s), labelled).rotation for s in range(60)]
    assert 10 < sum(r in (90, 270) for r in lab) < 45


def test_a_small_sheet_floats_skewed_near_the_top_of_a_dark_window() -> None:
    s = Leaf(size=A5)
    _plan, a = _scan(s, 5, dpi=200, mode="grey", skew=4.0, fed_turn=0, driver_turn=0, rotation=0, shift_mm=0.0,
                    top_mm=3.0, cut_corner=False, dogear=None, staple_holes=False, noise=1.0, blur=0.0)
    h, w = a.shape
    assert (w, h) == (round(cap.WINDOW_MM[0] / 25.4 * 200), round(cap.WINDOW_MM[1] / 25.4 * 200))
    assert a[-h // 4:].mean() < 90, "the window's lower part is the dark backing"
    assert a[mm(60):mm(120), w // 2 - mm(30):w // 2 + mm(30)].mean() > 230, "the sheet near the top"
    rows = (a[:, w // 2] > 160).nonzero()[0]
    top_left = (a[:, mm(48)] > 160).nonzero()[0][0]
    top_right = (a[:, w - mm(48)] > 160).nonzero()[0][0]
    assert abs(int(top_left) - int(top_right)) > mm(6), "the top edge runs aslant: no deskew"
    assert rows.max() < h * 0.75


def test_a_wide_sheet_fed_on_its_long_side_and_left_by_the_driver_is_ninety_degrees_off() -> None:
    s = Leaf(size=A4L)
    s.draw.rectangle((0, 0, s.width, mm(30)), fill=(0, 0, 0))  # a black band along the landscape page's top
    _plan, a = _scan(s, 6, dpi=200, mode="grey", skew=2.0, fed_turn=90, driver_turn=0, rotation=90, shift_mm=0.0,
                    top_mm=3.0, cut_corner=False, dogear=None, staple_holes=False, noise=1.0, blur=0.0)
    h, w = a.shape
    assert h > w, "left as it went through: portrait"
    assert a[h // 3: 2 * h // 3, w - mm(45): w - mm(25)].mean() < 90, "the page's top now runs down the right side"
    _, b = _scan(s, 6, dpi=200, mode="grey", skew=2.0, fed_turn=90, driver_turn=270, rotation=0, shift_mm=0.0,
                 top_mm=3.0, cut_corner=False, dogear=None, staple_holes=False, noise=1.0, blur=0.0)
    assert b.shape[1] > b.shape[0], "turned back upright by the driver: landscape"


def test_a_corner_pulled_past_the_edge_is_cut_but_the_middle_stays() -> None:
    s = Leaf()
    s.draw.rectangle((0, 0, s.width, s.height), fill=(255, 255, 255))
    _plan, a = _scan(s, 7, dpi=200, mode="grey", skew=5.0, fed_turn=0, driver_turn=0, rotation=0, shift_mm=18.0,
                    top_mm=3.0, cut_corner=True, dogear=None, staple_holes=False, noise=1.0, blur=0.0)
    h, w = a.shape
    right = a[:, -3:]
    assert (right > 200).mean() > 0.3, "the sheet runs off the window's right edge"
    assert a[h // 3: 2 * h // 3, w // 3: 2 * w // 3].mean() > 235


def test_staple_holes_and_a_dog_ear_show_the_backing_and_the_papers_back() -> None:
    s = Leaf()
    _plan, a = _scan(s, 8, dpi=200, mode="grey", skew=0.0, fed_turn=0, driver_turn=0, rotation=0, shift_mm=0.0,
                    top_mm=0.0, cut_corner=False, dogear=(1, 20.0), staple_holes=True, staple_torn=False, noise=1.0,
                    blur=0.0)
    _h, w = a.shape
    x0 = (w - round(A4[0] * 200 / DPI)) // 2
    sheet_right = x0 + round(A4[0] * 200 / DPI)
    assert a[mm(1):mm(3), sheet_right - mm(3):sheet_right - mm(1)].mean() < 110, "the folded-away corner shows the backing"
    flap = a[mm(12):mm(17), sheet_right - mm(17):sheet_right - mm(12)]
    assert 170 < flap.mean() < 235, "the flap's grey back"
    holes = a[mm(3):mm(22), x0 + mm(3):x0 + mm(22)]
    assert holes.min() < 120, "a staple hole through which the backing shows"
