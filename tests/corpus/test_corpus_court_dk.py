"""court_dk (广西壮族自治区柳州市城中区人民法院): three dossiers of 柳州. A 酸笋 supplier enforces 柳州中院's 二审 judgment
against a 螺蛳粉 maker: an account frozen, the maker's van seized (the 车管所's 回执 behind the court's notice), sold on
淘宝司法拍卖 (the platform's 成交确认书, the court's ruling on the sale), the rest paid under a settlement, closed 执行完毕
and archived. This court's own 民间借贷 judgment against a borrower with nothing: 限制消费, 失信, the applicant heard, 终本.
This court's road-accident 调解书, paid after the driver's account was frozen (the bank's 反馈表 behind the notice) —
without the applicant's 财产线索表. The applicants' papers came as a phone scanning app's PDFs (crop corners slightly
off, a harsh black-and-white 'enhance' filter, the app's watermark, moiré off a screen); the court's own through the
bureau's 300 dpi greyscale flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dk_capture as cap
from dossier.corpus.families.court_dk import made_on, render

from .family_stories import case_of, family_plans, text_of


def test_court_dk_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_dk")]
    assert len(seqs) == 3 and all(9400 <= s <= 9900 for s in seqs)
    assert all(p.name.startswith(f"court_dk_0{i}_") for i, p in enumerate(family_plans("court_dk"), 1))
    assert all("桂0202执" in case_of(f"court_dk_0{i}").number for i in (1, 2, 3))


def test_each_story_is_drawn_in_its_makers_words() -> None:
    snail, loan, road = case_of("court_dk_01"), case_of("court_dk_02"), case_of("court_dk_03")
    basis = text_of(render("enforcement_basis", snail, random.Random(0), []))
    assert "广西壮族自治区柳州市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "酸笋" in basis
    deal = text_of(render("evidence", snail, random.Random(0), ["auction_deal"]))
    assert "网络竞价成交确认书" in deal and "sf.taobao.com" in deal and snail.extra["plate"] in deal
    sale = text_of(render("enforcement_ruling", snail, random.Random(0), ["auction"]))
    assert "执行裁定书" in sale and snail.extra["buyer"] in sale and "所有权" in sale
    car = render("assistance_notice", snail, random.Random(0), ["car"])
    assert "协助执行回执" in text_of(car[-1:]) and "车辆管理所" in text_of(car[-1:])
    assert "民 事 调 解 书" in text_of(render("enforcement_basis", road, random.Random(0), []))
    bank = render("assistance_notice", road, random.Random(0), [])
    assert "反馈表" in text_of(bank[-1:]) and road.extra["r_acct"] in text_of(bank[-1:])
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "民间借贷" in ttr


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_dk_01", "court_dk_02", "court_dk_03"):
        c = case_of(prefix)
        for p in family_plans("court_dk"):
            if not p.name.startswith(prefix):
                continue
            for d in p.docs:
                if d.code != "service_receipt":
                    continue
                lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
                got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 1, lines
                assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _shot(sheet: Sheet, seed: int) -> tuple[cap.Shot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    assert img.width == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img, dtype=np.float32)


def test_the_app_crops_a_little_wrong_filters_hard_and_signs_its_pages() -> None:
    sheet = render("enforcement_application", case_of("court_dk_02"), random.Random(0), [])[0]
    for seed in (1,):
        plan, a = _shot(sheet, seed)
        assert plan.app and plan.photo and 140 <= plan.dpi <= 160 and plan.moire == 0
        h, w = a.shape
        mid = a[h // 3: 2 * h // 3, w // 5: 4 * w // 5]
        assert np.mean(mid > 250) > 0.6, "the enhance filter washes the paper to white"
        assert np.mean((mid > 90) & (mid < 170)) < 0.05, "and leaves few middle greys"
        k = 8
        corner = [a[:k, :k], a[:k, -k:], a[-k:, -k:], a[-k:, :k]][plan.out_edge]
        assert corner.mean() < 160, "the corner pushed out onto the desk shows it dark"
        foot = a[int(h * 0.95):, int(w * 0.7):]
        assert ((foot > 100) & (foot < 200)).sum() > 40, "the app's grey watermark line at the bottom right"


def test_a_screen_photographed_bands_and_the_bureau_scans_plain_grey() -> None:
    licence = render("lawyer_license", case_of("court_dk_03"), random.Random(0), [])[0]
    plan, a = _shot(licence, 3)
    assert plan.moire > 0
    s = plan.dpi / 200
    on_screen = a[int(1330 * s):int(1430 * s), int(500 * s):int(1150 * s)]
    off_screen = a[int(600 * s):int(1400 * s), int(120 * s):int(260 * s)]
    assert on_screen.std() > 8, "moiré bands over the screen's light ground"
    assert off_screen.std() < 4, "none on the paper round the phone"
    notice = render("enforcement_notice", case_of("court_dk_03"), random.Random(0), [])[0]
    plan2, a = _shot(notice, 1)
    assert not plan2.app and plan2.dpi == 300 and not plan2.photo and abs(plan2.skew) <= 0.6
    paper = np.percentile(a, 60)
    assert 232 < paper < 250, "flatbed white, not the app's blown-out white"
    assert np.percentile(a, 0.5) < 80, "black text"
