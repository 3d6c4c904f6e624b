"""court_hz (安徽省宣城市宣州区人民法院): three dossiers of 宣城. A 泾县 宣纸 mill enforces this court's sale judgment
against a calligraphy-supplies shop — deposits deducted, its car seized, a settlement, the rest paid, archived. A
guarantee company enforces the 宣城市中级人民法院's appeal judgment against a borrower and his guarantor — 终本. A
warehouse worker's wage judgment is paid out of a logistics company's account — no 申请执行费 receipt in the volume.
Small papers lie crooked on an open flatbed's dark glass; the archived volume's leaves carry violet 打码机 numbers."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hz_capture as cap
from dossier.corpus.families.court_hz import made_on, render
from dossier.corpus.families.court_hz_kit import Leaf
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_hz_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_hz")
    assert len(ours) == 3 and all(9200 <= p.seq <= 9299 for p in ours)
    assert all(p.name.startswith(f"court_hz_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_hz_01", "court_hz_02", "court_hz_03"):
        c = case_of(prefix)
        assert "皖1802执92" in c.number
        people = [c.applicant, c.respondent] + ([c.extra["guarantor"]] if "guarantor" in c.extra else [])
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    xuan, guarantee, wage = case_of("court_hz_01"), case_of("court_hz_02"), case_of("court_hz_03")
    judgment = text_of(render("enforcement_basis", xuan, random.Random(0), []))
    assert "民事判决书" in judgment and "皖1802民初" in judgment and "宣" in judgment and "判决如下" in judgment
    appeal = text_of(render("enforcement_basis", guarantee, random.Random(0), []))
    assert "安徽省宣城市中级人民法院" in appeal and "皖18民终" in appeal and "驳回上诉" in appeal
    assert guarantee.extra["guarantor"].name in appeal
    ttr = text_of(render("termination_this_round_ruling", guarantee, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", xuan, random.Random(0), []))
    assert "执行裁定书" in ruling and xuan.extra["plate"] in ruling and xuan.extra["r_acct"] in ruling
    assert "车辆管理所" in text_of(render("assistance_notice", xuan, random.Random(0), ["vehicle"]))
    assert "和解" in text_of(render("settlement_agreement", xuan, random.Random(0), []))
    assert "劳动争议" in text_of(render("enforcement_basis", wage, random.Random(0), []))
    waybill = text_of(render("service_receipt", wage, random.Random(0), ["enforcement_notice", "property_report_order"]))
    assert "法院专递" in waybill and "执行通知书、报告财产令" in waybill


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_hz_01", "court_hz_02", "court_hz_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hz") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines
                   for m in re.findall(r"^(\d{4})[年.](\d{1,2})[月.](\d{1,2})日?$", line)]
            assert got, lines
            assert all(g > made_on(c, s) for g in got for s in d.served), (prefix, d.served, got)


def test_the_archived_volume_alone_is_numbered_leaf_by_leaf() -> None:
    xuan, wage = case_of("court_hz_01"), case_of("court_hz_03")
    cover = render("dossier_cover", xuan, random.Random(0), [])[0]
    catalogue = render("catalogue", xuan, random.Random(0), [])[0]
    ruling = render("enforcement_ruling", xuan, random.Random(0), [])
    slip = render("fee_receipt", xuan, random.Random(0), [])[0]
    numbers = [cap.plan_capture(random.Random(k), s).leaf_no for k, s in enumerate([cover, catalogue, *ruling, slip])]
    assert numbers == [None, None, *range(1, len(ruling) + 2)]
    assert cap.plan_capture(random.Random(9), cover).leaf_no is None  # a second build starts again at the cover
    assert cap.plan_capture(random.Random(9), slip).leaf_no == 1
    assert all(cap.plan_capture(random.Random(k), s).leaf_no is None
               for k, s in enumerate(render("enforcement_ruling", wage, random.Random(0), [])))


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_a_slip_lies_crooked_on_the_dark_glass_with_light_leaking_at_an_edge() -> None:
    slip = Leaf(size=(mm(90), mm(60)))
    slip.lines.append("x")
    _, a = _scan(slip, 1, dpi=150, rotation=0, mode="grey", leaks=[("right", 100.0, 30.0)], surround=10.0,
                 at=(10.0, 10.0), tilt=5.0, leaf_no=None)
    h, w = a.shape[:2]
    assert (h, w) == (round(297 / 25.4 * 150), round(216 / 25.4 * 150)), "the whole A4 glass is scanned"
    g = a.mean(axis=2)
    assert np.median(g[h // 2:, : w // 2]) < 40, "the glass beyond the paper is dark"
    assert np.median(g[mm(25) * 150 // 200: mm(45) * 150 // 200, mm(25) * 150 // 200: mm(70) * 150 // 200]) > 230, "paper"
    assert g[h // 2:, -5:].mean() > g[h // 2:, w // 2 - 20: w // 2].mean() + 40, "room light leaks in at the right"
    # crooked: the slip's top edge climbs across its width
    cols = [int(np.argmax(g[:, x] > 150)) for x in (mm(20) * 150 // 200, mm(80) * 150 // 200)]
    assert abs(cols[0] - cols[1]) > 5
    plans = [cap.plan_capture(random.Random(s), slip) for s in range(60)]
    assert all(1.0 <= abs(p.tilt) <= 9.0 and 150 <= p.dpi <= 300 and not p.photo for p in plans)
    assert {p.rotation for p in plans} - {0} and {p.mode for p in plans} == {"grey", "colour"}


def test_the_leaf_number_is_violet_in_the_top_right_corner() -> None:
    page = Leaf()
    page.lines.append("x")
    _, a = _scan(page, 2, dpi=200, rotation=0, mode="colour", leaks=[], tilt=0.0, at=(0.0, 0.0), leaf_no=17,
                 stamp_slant=0.0, stamp_double=None, stamp_inset=(12.0, 8.0))
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    violet = (b - g > 35) & (r - g > 10) & (g < 190)
    corner = violet[: mm(25), -mm(50):]
    assert corner.sum() > 150, "violet figures at the top right"
    assert violet.sum() - corner.sum() < 40, "and nowhere else"
    _, plain = _scan(page, 2, dpi=200, rotation=0, mode="colour", leaks=[], tilt=0.0, at=(0.0, 0.0), leaf_no=None)
    pv = (plain[..., 2] - plain[..., 1] > 35) & (plain[..., 1] < 190)
    assert pv[: mm(25), -mm(50):].sum() < 20
    _, turned = _scan(page, 2, dpi=150, rotation=90, mode="grey", leaks=[], leaf_no=None)
    assert turned.shape[1] > turned.shape[0], "a sheet put on the glass turned lies on its side"
