"""court_da (浙江省湖州市吴兴区人民法院): three dossiers of 湖州 and 织里. A children's-wear brand enforces a 湖州仲裁委员会
award on a 童装 贴牌加工 contract against the workshop that made its order late and faulty: an account frozen and
deducted, the rest paid under a settlement, 执行完毕 and archived (cover and catalogue first, the commission's 生效证明
right behind the award). A lender enforces 湖州中院's 二审 judgment against a borrower and his guarantor: the guarantor's
wages withheld by his employer, the borrower gone, 限制消费 and 失信, 终本. A 小额贷款 company enforces a notarised loan
against a bamboo-goods maker who pays — without the notary's 执行证书. Every page was photographed with a phone in a
moving car: blur in one direction, a rolling-shutter lean and wobble, the seat round the page, a window's light."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_da_capture as cap
from dossier.corpus.families.court_da import made_on, render
from dossier.corpus.families.court_da_plans import MISSING
from dossier.validators.identity import check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_da_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_da")]
    assert len(seqs) == 3 and all(96000 <= s <= 96999 for s in seqs)
    assert all(p.name.startswith(f"court_da_0{i}_") for i, p in enumerate(family_plans("court_da"), 1))
    bad = [p for p in family_plans("court_da") if not p.complete]
    assert len(bad) == 1 and MISSING not in [d.code for d in bad[0].docs]


def test_the_guarantor_carries_a_valid_id_number() -> None:
    guarantor = case_of("court_da_02").extra["guarantor"]
    assert check_id_number(guarantor.id_number) is None, guarantor.name


def test_each_story_is_drawn_in_its_makers_words() -> None:
    oem, guar, notary = case_of("court_da_01"), case_of("court_da_02"), case_of("court_da_03")
    award = text_of(render("enforcement_basis", oem, random.Random(0), []))
    assert "湖州仲裁委员会" in award and "贴牌" in award and "终局裁决" in award
    assert "生效" in text_of(render("effectiveness_certificate", oem, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", guar, random.Random(0), []))
    g = guar.extra["guarantor"]
    assert "浙江省湖州市中级人民法院" in judgment and "驳回上诉，维持原判" in judgment and "连带保证" in judgment
    assert g.name in judgment and guar.respondent.name in judgment
    assist = text_of(render("assistance_notice", guar, random.Random(0), []))
    assert guar.extra["employer"] in assist and "工资" in assist and g.name in assist
    ttr = text_of(render("termination_this_round_ruling", guar, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "下落不明" in ttr
    deed = text_of(render("enforcement_basis", notary, random.Random(0), []))
    assert "苕溪公证处" in deed and "具有强制执行效力" in deed and notary.extra["shop"] in deed


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_da_01", "court_da_02", "court_da_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_da") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _shot(plan: cap.CarShot, sheet: Sheet, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    return np.asarray(img, dtype=np.float32)


def _bars(vertical: bool) -> Sheet:
    """A test sheet: black bars across the middle (vertical or horizontal stripes)."""
    s = Sheet()
    s.lines.append("x")
    for k in range(12):
        if vertical:
            x = s.width * 0.3 + k * 14
            s.draw.rectangle((x, s.height * 0.35, x + 5, s.height * 0.65), fill=(0, 0, 0))
        else:
            y = s.height * 0.4 + k * 14
            s.draw.rectangle((s.width * 0.3, y, s.width * 0.7, y + 5), fill=(0, 0, 0))
    return s


def _still(seed: int) -> cap.CarShot:
    p = cap.plan_capture(random.Random(seed), Sheet())
    p.dpi, p.skew, p.keystone, p.shear, p.wobble, p.light, p.thumb, p.quality = 150, 0.0, 0.0, 0.0, 0.0, "even", "", 95
    return p


def _contrast(a: np.ndarray, axis: int) -> float:
    g = a.mean(axis=2)
    h, w = g.shape
    mid = g[int(h * 0.4): int(h * 0.6), int(w * 0.35): int(w * 0.65)]
    return float(np.abs(np.diff(mid, axis=axis)).mean())


def test_the_cars_bounce_blurs_one_way_only() -> None:
    p = _still(1)
    p.blur_len, p.blur_angle = 12, 90.0  # vertical bounce
    vert, horiz = _shot(p, _bars(True), 1), _shot(p, _bars(False), 1)
    # the same bars turned: without blur they would show the same contrast across them
    assert _contrast(horiz, 0) < 0.5 * _contrast(vert, 1), "horizontal bars smeared by a vertical shake, vertical ones not"


def test_rolling_shutter_leans_the_verticals_and_the_page_sits_on_the_seat() -> None:
    s = Sheet()
    s.lines.append("x")
    s.draw.rectangle((s.width / 2 - 6, 0, s.width / 2 + 6, s.height), fill=(0, 0, 0))
    p = _still(2)
    p.blur_len, p.shear, p.margin = 1, 0.03, 0.06
    p.dpi = 150
    g = _shot(p, s, 2).mean(axis=2)
    h, w = g.shape
    top, bottom = int(np.argmin(g[int(h * 0.2)])), int(np.argmin(g[int(h * 0.8)]))
    lean = 0.03 * h * 0.6
    assert abs(abs(bottom - top) - lean) < 0.3 * lean, "the line leans by the shutter's shear"
    assert g[:5, :].mean() < 110 and g[h // 2, w // 2 + 30] > 150, "dark seat at the edge, light paper within"
    plans = [cap.plan_capture(random.Random(k), s) for k in range(40)]
    assert all(p.photo and 150 <= p.dpi <= 220 and abs(p.skew) <= 4 for p in plans)
    assert {p.light for p in plans} == {"window", "pillar", "even"} and any(p.thumb for p in plans)
