"""court_ei (黑龙江省佳木斯市向阳区人民法院): three dossiers of the 三江平原 farm city. A rice grower enforces the court's
own judgment against a farm-machinery dealer for a harvester that failed at harvest: deducted, settled, paid and
archived (cover and catalogue first, the 生效证明书 right behind the judgment). A coal-yard worker enforces a
佳木斯市劳动人事争议仲裁委员会 award of unpaid wages against a 双鸭山 coal trading company, settled and paid. A lender
enforces a 民间借贷 judgment against a grain-depot keeper who settles and pays — without the 财产线索提供表.
Every page was photographed in the basement with a phone's flash."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ei_capture as cap
from dossier.corpus.families.court_ei import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ei_seqs_lie_in_its_range() -> None:
    ps = family_plans("court_ei")
    assert len(ps) == 3 and all(60000 <= p.seq <= 60999 for p in ps)
    assert all(p.name.startswith(f"court_ei_0{i}_") for i, p in enumerate(ps, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ei_01", "court_ei_02", "court_ei_03"):
        c = case_of(prefix)
        assert "黑0803执60" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    harvester, wage, loan = case_of("court_ei_01"), case_of("court_ei_02"), case_of("court_ei_03")
    basis = text_of(render("enforcement_basis", harvester, random.Random(0), []))
    assert "民 事 判 决 书" in basis and "收割机" in basis and "佳木斯市中级人民法院" in basis
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "佳木斯市劳动人事争议仲裁委员会" in award and "拖欠工资" in award and "终局裁决" in award
    assert "粮" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", harvester, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and "扣划" in ruling
    assert "执行完毕" in text_of(render("closing_notice", loan, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_ei"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _grey(sheet: Sheet, plan: cap.FlashShot, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _text_sheet() -> Sheet:
    s = Sheet(size=(mm(105), mm(148)))  # an A6 crop keeps the test fast; the capture works at any size
    f = font("ming", 30)
    for k in range(20):
        s.text(mm(6), mm(6) + k * 56, "执行通知书被执行人应当立即履行生效法律文书确定的义务", f)
    return s


def test_the_flash_leaves_a_hot_spot_and_dark_corners_on_a_phone_photo() -> None:
    sheet = _text_sheet()
    for seed in (2,):
        plan = cap.plan_capture(random.Random(seed), sheet)
        assert plan.photo and 150 <= plan.dpi <= 250 and 60 <= plan.quality <= 85
        plan.intrusion, plan.toner_band, plan.hot, plan.hot_gain = "", None, (0.5, 0.45), 0.85
        a = _grey(sheet, plan, seed).mean(axis=2)
        h, w = a.shape
        r = int(0.03 * w)
        spot = a[int(0.45 * h) - r:int(0.45 * h) + r, w // 2 - r:w // 2 + r]
        away = a[int(0.8 * h) - r:int(0.8 * h) + r, w // 2 - r:w // 2 + r]
        assert spot.min() > away.min() + 60, "the hot spot washes the text out"
        k = int(0.05 * w)
        assert np.percentile(a[k:2 * k, k:2 * k], 90) < np.percentile(spot, 90) - 25, "corners fall off"


def test_white_balance_drifts_and_a_toner_band_and_a_finger_show() -> None:
    sheet = Sheet(size=(mm(105), mm(148)))
    sheet.lines.append("x")
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(40)]
    assert any(p.white[0] > p.white[2] for p in plans) and any(p.white[0] < p.white[2] for p in plans)
    assert 0 < sum(p.toner_band is not None for p in plans) < 25
    assert 0 < sum(p.intrusion == "finger" for p in plans) < 20
    plan = plans[0]
    plan.hot_gain, plan.corners, plan.toner_band = 0.0, (0.0,) * 8, (0.5, 0.1, 0.6)
    plan.intrusion, plan.side = "finger", "left"
    black = Sheet(size=(mm(105), mm(148)))
    black.image.paste((0, 0, 0), (0, 0, black.width, black.height))
    a = _grey(black, plan, 3).mean(axis=2)
    h, w = a.shape
    band = a[h // 3:2 * h // 3, w // 2 - 5:w // 2 + 5].mean()
    beside = a[h // 3:2 * h // 3, int(0.25 * w) - 5:int(0.25 * w) + 5].mean()
    assert band > beside + 60, "a pale vertical band where the toner ran low"
