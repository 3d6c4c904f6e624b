"""court_dm (海南省海口市龙华区人民法院): three dossiers of 海口. A 滨海大道 hotel enforces 海口中院's 二审 judgment for
unpaid 团队 room fees against a travel agency: the account frozen (the bank's 协助冻结 回执 on file), settled, paid, archived
(cover and catalogue first, the 生效证明书 right behind the judgment). A fisherman enforces 海口海事法院's judgment for the
price of a 渔船 sold to a 香港 resident: the 渔业船舶登记 office replies the boat was broken up, 终本. A property company
enforces the 民事庭's 支付令 for 物业费 — without the 财产线索提供表. Every page came from a damp store room and was scanned
on a flatbed with the lid open."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dm_capture as cap
from dossier.corpus.families.court_dm import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dm_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_dm")]
    assert len(seqs) == 3 and all(41200 <= s <= 41500 for s in seqs)
    assert all(p.name.startswith(f"court_dm_0{i}_") for i, p in enumerate(family_plans("court_dm"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dm_01", "court_dm_02", "court_dm_03"):
        c = case_of(prefix)
        assert "琼0106执41" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
    assert case_of("court_dm_02").respondent.id_number.startswith("810000"), "the boat's buyer lives in 香港"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    hotel, boat, fee = case_of("court_dm_01"), case_of("court_dm_02"), case_of("court_dm_03")
    basis = text_of(render("enforcement_basis", hotel, random.Random(0), []))
    assert "海南省海口市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "琼01民终" in basis
    sea = text_of(render("enforcement_basis", boat, random.Random(0), []))
    assert "海口海事法院" in sea and boat.extra["boat"] in sea and "琼72民初" in sea
    order = text_of(render("enforcement_basis", fee, random.Random(0), []))
    assert "支付令" in order.replace("　", "") and "十五日内" in order
    assert "港澳居民居住证" in text_of(render("identity_proof", boat, random.Random(0), ["respondent"]))
    assert "协助冻结存款回执" in text_of(render("online_inquiry_result", hotel, random.Random(0), ["bank"]))
    reply = text_of(render("online_inquiry_result", boat, random.Random(0), ["boat"]))
    assert "已注销" in reply and "复函" in reply
    ttr = text_of(render("termination_this_round_ruling", boat, random.Random(0), []))
    assert "执行裁定书" in ttr.replace(" ", "") and "终结本院" in ttr
    assert "授权委托书" in text_of(render("power_of_attorney", hotel, random.Random(0), [])).replace(" ", "")


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_dm"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _scan(plan: cap.DampScan, sheet: Sheet, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == pytest.approx(300, abs=1)
    return np.asarray(img, dtype=np.float32)


def test_the_damp_sheet_lies_yellowed_on_a_dark_glass_with_a_soft_curled_edge() -> None:
    sheet = render("enforcement_notice", case_of("court_dm_03"), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(3), sheet)
    plan.stains, plan.mould, plan.bleed, plan.skew = [], [], 0.0, 0.0
    plan.shift, plan.curl_edge, plan.curl_band = (60, 40), "right", 0.2
    a = _scan(plan, sheet, 3)
    h, w, _ = a.shape
    assert w == round(sheet.width * 1.5)
    assert a[:30, :].mean() < 80 and a[:, :50].mean() < 80, "the open lid shows the dark room beyond the sheet"
    mid = a[h // 3: 2 * h // 3, w // 3: 2 * w // 3]
    paper = np.percentile(mid, 90, axis=(0, 1))
    assert paper[2] < paper[0] - 15, "yellowed paper: less blue than red"
    assert np.percentile(mid.mean(axis=2), 1) < 90, "the text still prints dark"
    inner = a[h // 4: 3 * h // 4, w // 2: w // 2 + 100].mean()
    edge = a[h // 4: 3 * h // 4, w - 110: w - 70].mean()
    assert edge < inner - 20, "the lifted edge is shaded"
    assert 60 <= plan.quality <= 75


def test_water_stains_leave_a_tide_line_and_mould_leaves_dark_dots() -> None:
    sheet = Sheet()
    sheet.lines.append("x")
    plan = cap.plan_capture(random.Random(9), sheet)
    plan.skew, plan.shift, plan.bleed, plan.curl_band = 0.0, (0, 0), 0.0, 0.02
    plan.stains, plan.mould = [(0.5, 0.5, 0.15, 1.0)], [(0.25, 0.8, 80)]
    a = _scan(plan, sheet, 9).mean(axis=2)
    h, w = a.shape
    r = 0.15 * w
    ring = [a[int(h / 2 + r * k), int(w / 2)] for k in np.linspace(0.85, 1.15, 40)]
    centre = a[h // 2 - 20: h // 2 + 20, w // 2 - 20: w // 2 + 20].mean()
    assert min(ring) < centre - 20, "a darker tide line round the stain"
    spot = a[int(0.8 * h) - 150: int(0.8 * h) + 150, int(0.25 * w) - 150: int(0.25 * w) + 150]
    assert spot.min() < centre - 60, "mould dots"
