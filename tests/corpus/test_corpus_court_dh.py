"""court_dh (新疆维吾尔自治区乌鲁木齐市天山区人民法院): three dossiers of 乌鲁木齐's old centre. A lender enforces this court's
民间借贷 judgment against a Uyghur trader of 二道桥 and his two guarantors, who settle and pay (执行完毕). A 兵团 农资
company enforces the 乌鲁木齐垦区人民法院's 买卖合同 judgment (with its 生效证明书) against a 天山区 trading company: the
car sealed but gone, 限高, 失信, 终本, archived in archive order. A landlord enforces this court's 民事调解书 on a shop's
rent arrears, paid — without the 结案通知书. The court's papers bilingual, Uyghur above Chinese; every page photographed
at the window by an overhead 高拍仪 on a green cutting mat."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_dh_capture as cap
from dossier.corpus.families.court_dh import made_on, render
from dossier.corpus.families.court_dh_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dh_seqs_lie_in_its_range_and_the_defect_is_one_item() -> None:
    ps = family_plans("court_dh")
    assert len(ps) == 3 and all(13100 <= p.seq <= 13800 for p in ps)
    assert all(p.name.startswith(f"court_dh_0{i}_") for i, p in enumerate(ps, 1))
    assert [p.complete for p in ps] == [True, True, False]
    assert MISSING not in {d.code for d in ps[2].docs} and MISSING in {d.code for d in ps[0].docs}


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dh_01", "court_dh_02", "court_dh_03"):
        c = case_of(prefix)
        assert "新0102执13" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
    loan = case_of("court_dh_01")
    assert "·" in loan.respondent.name and loan.extra["ug"][loan.respondent.name]  # a Uyghur name in both scripts


def test_each_story_is_drawn_in_its_makers_words() -> None:
    loan, goods, rent = case_of("court_dh_01"), case_of("court_dh_02"), case_of("court_dh_03")
    basis = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民 事 判 决 书" in basis and "连带清偿责任" in basis and all(g in basis for g in loan.extra["guarantors"])
    bt = text_of(render("enforcement_basis", goods, random.Random(0), []))
    assert "新疆生产建设兵团" in bt and "乌鲁木齐垦区人民法院" in bt and goods.extra["goods"] in bt
    cert = text_of(render("effectiveness_certificate", goods, random.Random(0), []))
    assert "生效证明书" in cert and goods.basis_number in cert
    med = text_of(render("enforcement_basis", rent, random.Random(0), []))
    assert "民 事 调 解 书" in med and "租金" in med
    ttr = text_of(render("termination_this_round_ruling", goods, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "的本次执行程序" in ttr and goods.extra["plate"] in ttr
    found = render("online_inquiry_result", goods, random.Random(0), [])
    assert len(found) == 3 and all(s.starts_document for s in found[1:])
    assert "查询反馈" in text_of(found[1:2]) and "车辆管理所" in text_of(found[2:])
    card = render("identity_proof", loan, random.Random(0), ["respondent"])[0]
    assert card.width < mm(120) and loan.respondent.id_number in text_of([card]) and "维吾尔" in text_of([card])


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_dh_01", "court_dh_02", "court_dh_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dh") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _shot(sheet: Sheet, seed: int, **over: object) -> tuple[cap.DeskShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in over.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_a_small_paper_lies_on_the_green_grid_mat() -> None:
    slip = Sheet(size=(mm(100), mm(70)))
    plan, a = _shot(slip, 3, finger="", angle=0.0)
    assert plan.photo and 240 <= plan.dpi <= 260 and min(plan.margins) >= 16
    px = plan.dpi / 25.4
    band = a[: int(plan.margins[1] * px * 0.7), a.shape[1] // 4: 3 * a.shape[1] // 4]  # the mat above the slip
    r, g = band[..., 0].mean(), band[..., 1].mean()
    assert g > r + 20 and band.mean() < 140  # green and dark
    rows = band[..., 1].mean(axis=1)  # the grid's lighter lines cross the band
    assert rows.max() - np.median(rows) > 15
    assert a.shape[1] > slip.width * plan.dpi / 200 * 1.2  # a wide field of mat round the slip


def test_the_led_is_cool_and_brightest_in_the_middle_and_the_lens_bows_lines() -> None:
    page = Sheet(size=(mm(120), mm(170)))  # a small page (its mat overridden to A4's narrow band): quicker to shoot
    y = mm(12)
    page.line(mm(10), y, page.width - mm(10), y, width=4)
    plan, a = _shot(page, 5, finger="", angle=0.0, margins=(5, 5, 5, 5), barrel=0.04, blur=0.0)
    h, w = a.shape[:2]
    mid = a[h // 2 - 50: h // 2 + 50, w // 2 - 50: w // 2 + 50]
    assert mid[..., 2].mean() > mid[..., 0].mean() + 10  # blue over red on white paper
    px = plan.dpi / 25.4
    corner = a[int(8 * px): int(8 * px) + 60, int(8 * px): int(8 * px) + 60]
    assert corner.mean() < mid.mean() - 8  # vignetting
    g = a[..., 1]

    def rule_y(x: int) -> int:
        col = g[: int(40 * px), x]
        return int(np.argmin(col))

    centre, edge = rule_y(w // 2), rule_y(int(25 * px))
    assert edge > centre + 3  # the top rule bows upward in the middle: barrel distortion


def test_a_finger_holds_a_corner_on_some_pages() -> None:
    page = Sheet()
    plans = [cap.plan_capture(random.Random(s), page) for s in range(60)]
    held = [p for p in plans if p.finger]
    assert 0 < len(held) < len(plans) // 2
    page = Sheet(size=(mm(120), mm(170)))
    _, a = _shot(page, 9, finger="br", angle=0.0, margins=(5, 5, 5, 5))
    h, w = a.shape[:2]

    def skin(part: np.ndarray) -> float:
        return float(((part[..., 0] > part[..., 2] + 15) & (part[..., 0] > 110)).mean())

    assert skin(a[int(h * 0.8):, int(w * 0.75):]) > 0.02  # the held corner
    assert skin(a[int(h * 0.8):, : int(w * 0.25)]) < 0.001  # the other one: paper and mat only
