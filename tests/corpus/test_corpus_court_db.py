"""court_db (四川省南充市顺庆区人民法院): three dossiers of the silk town on the 嘉陵江. A property company enforces this
court's 民事调解书 against a shop owner: the shop's rent frozen at its restaurant tenant and paid in, 执行完毕. A silk
company enforces 南充中院's 二审 judgment on a 厂丝 processing contract: the mill's stock sold on the 淘宝 司法拍卖
platform (拍卖公告, 成交确认书), the rest unpaid, 终本, archived. A lender enforces a 民间借贷 judgment against a bus
driver whose wages are withheld — without the 强制执行申请书. Every leaf went through 档案修复 before a 300 dpi colour
flatbed: aged buff paper, foxing, lost corners and tears, 托裱 tissue fibres."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_db_capture as cap
from dossier.corpus.families.court_db import made_on, render
from dossier.corpus.families.court_db_plans import MISSING

from .family_stories import case_of, family_plans, text_of


def test_court_db_seqs_lie_in_its_range_and_the_defect_is_its_own() -> None:
    plans = family_plans("court_db")
    assert len(plans) == 3 and all(97000 <= p.seq <= 97999 for p in plans)
    assert all(p.name.startswith(f"court_db_0{i}_") for i, p in enumerate(plans, 1))
    assert MISSING == "enforcement_application"
    assert [p.complete for p in plans] == [True, True, False]
    assert all(d.code != MISSING for d in plans[2].docs)
    archived = plans[1].docs
    assert archived[0].code == "dossier_cover" and archived[1].code == "catalogue"
    assert [d.code for d in archived[-2:]] == ["file_review_form", "remarks_sheet"]


def test_each_story_is_drawn_in_its_makers_words() -> None:
    shop, silk, loan = case_of("court_db_01"), case_of("court_db_02"), case_of("court_db_03")
    basis = text_of(render("enforcement_basis", shop, random.Random(0), []))
    assert "民事调解书" in basis and "物业服务" in basis and "四川省南充市顺庆区人民法院" in basis
    assert "租金" in text_of(render("enforcement_ruling", shop, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", silk, random.Random(0), []))
    assert "四川省南充市中级人民法院" in judgment and "驳回上诉，维持原判" in judgment and "厂丝" in judgment
    assert "竞价成交确认书" in text_of(render("evidence", silk, random.Random(0), ["auction_deal"]))
    assert "拍卖" in text_of(render("evidence", silk, random.Random(0), ["auction_notice"]))
    ttr = text_of(render("termination_this_round_ruling", silk, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "淘宝" in ttr
    assert "工资" in text_of(render("assistance_notice", loan, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_db"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _scan(sheet: Sheet, plan: cap.Restored, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and round(img.info["dpi"][0]) == 300
    assert img.width == round(sheet.width * 300 / 200)
    return np.asarray(img, dtype=np.float32)


def test_restored_leaves_are_aged_foxed_and_broken_with_tissue_fibres() -> None:
    sheet = Sheet()
    sheet.lines.append("x")
    plan = cap.plan_capture(random.Random(4), sheet)
    plan.skew, plan.backed, plan.foxing = 0.0, True, [(0.5, 0.5, 30)]
    plan.losses = [cap.Loss("corner", 0, 0.1)]
    a = _scan(sheet, plan, 4)
    h, w = a.shape[:2]
    mid = a[h // 2 - 300: h // 2 - 100, w // 2 - 100: w // 2 + 100]
    r, b = mid[..., 0].mean(), mid[..., 2].mean()
    assert r > b + 15 and 190 < r < 245, "buff, aged paper, not white"
    assert mid.mean(axis=2).std() > 1.5, "the tissue's fibres texture the blank paper"
    spot = a[h // 2 - 8: h // 2 + 8, w // 2 - 8: w // 2 + 8].mean(axis=(0, 1))
    assert spot[2] < b - 25 and spot[0] - spot[2] > r - b, "a brown foxing spot"
    corner = a[20:60, 20:60].mean(axis=(0, 1))
    assert np.abs(corner - np.array(plan.infill)).max() < 14, "the lost corner shows the tissue behind it"
    plan.backed, plan.losses = False, []
    plain = _scan(sheet, plan, 4)[h // 2 - 300: h // 2 - 100, w // 2 - 100: w // 2 + 100].mean(axis=2)
    assert plain.std() < mid.mean(axis=2).std(), "unbacked leaves show no fibres"


def test_the_plan_is_a_300_dpi_flatbed_and_losses_come_in_kinds() -> None:
    sheet = render("enforcement_notice", case_of("court_db_01"), random.Random(0), [])[0]
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(60)]
    assert all(p.dpi == 300 and p.rotation == 0 and not p.photo and abs(p.skew) <= 1.2 for p in plans)
    kinds = {loss.kind for p in plans for loss in p.losses}
    assert kinds == {"corner", "tear", "nibble"}
    assert 5 < sum(p.backed for p in plans) < 55
    assert all(len(p.foxing) >= 12 for p in plans)
