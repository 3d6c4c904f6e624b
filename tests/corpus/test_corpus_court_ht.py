"""court_ht (重庆市綦江区人民法院): three dossiers of 綦江. A 小额贷款 company enforces a loan under the 綦江公证处's
赋强公证 with its 执行证书: the borrower's car seized, auctioned and the price paid out. A pedestrian enforces the
court's traffic-accident judgment against a 面包车 driver and his insurer, who pays by transfer (archived). A 物业
company's fee judgment against a flat's owner ends in 终本, filed without identity papers. Every page spent years in
a damp storeroom (creases, cockling, tea rings, mould, soft edges) and went onto a flatbed in grey at 200 dpi."""

from __future__ import annotations

import io
import itertools
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import RED, Sheet, mm, seal
from dossier.corpus.families import court_ht_capture as cap
from dossier.corpus.families.court_ht import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_ht_01", "court_ht_02", "court_ht_03")


def _plan(prefix: str):  # type: ignore[no-untyped-def]
    return next(p for p in family_plans("court_ht") if p.name.startswith(prefix))


def test_court_ht_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_ht")
    assert [p.seq for p in plans] == [8414, 8439, 8466]
    assert all(p.name.startswith(f"court_ht_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.stage for p in plans] == ["closing", "archive", "closing"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）渝0110执84\d\d号", c.number), c.number
        parties = [c.applicant, c.respondent] + ([c.extra["insurer"]] if "insurer" in c.extra else [])
        for p in parties:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
            if p.kind == "person":
                assert p.id_number[:6] in ("500110", "500222"), "綦江区, or 綦江县 before 2011"
    assert "小额贷款" in case_of("court_ht_01").applicant.name
    assert "保险" in case_of("court_ht_02").extra["insurer"].name
    assert "物业" in case_of("court_ht_03").applicant.name


def test_the_notary_office_writes_its_own_papers() -> None:
    c = case_of("court_ht_01")
    booklet = render("enforcement_basis", c, random.Random(0), [])
    text = text_of(booklet)
    assert "公证书" in text and "赋予债权文书强制执行效力" in text and "渝綦证字" in text and "借款合同" in text
    assert len(booklet) >= 3 and all(s.page_of and s.page_of[0] == i for i, s in enumerate(booklet[1:], 2))
    cert = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "执行证书" in cert and "渝綦证执字" in cert and c.basis_number in cert and "公证法》第三十七条" in cert
    assert c.extra["signed_on"] < c.extra["cert_on"] < c.filed_on, "the instrument, then the certificate, then filing"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    car, van, estate = (case_of(p) for p in PREFIXES)
    seize = text_of(render("enforcement_ruling", car, random.Random(0), []))
    sale = text_of(render("enforcement_ruling", car, random.Random(0), ["sale"]))
    assert "执行裁定书" in seize and "扣押" in seize and car.extra["plate"] in seize
    assert "执行裁定书" in sale and "归买受人" in sale and car.extra["buyer"] in sale and "网络司法拍卖" in sale
    judgment = text_of(render("enforcement_basis", van, random.Random(0), []))
    assert "民事判决书" in judgment and "机动车交通事故责任纠纷" in judgment and "判决如下" in judgment
    assert van.extra["insurer"].name in judgment and "渝0110民初" in judgment
    paid = text_of(render("payment_voucher", van, random.Random(0), []))
    assert van.extra["insurer"].name in paid and "电子回单" in paid
    fee = text_of(render("enforcement_basis", estate, random.Random(0), []))
    assert "物业服务合同纠纷" in fee and estate.extra["estate"] in fee
    ttr = text_of(render("termination_this_round_ruling", estate, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下" in ttr and "终结本次执行程序。" in ttr
    assert "identity_proof" not in {d.code for d in _plan("court_ht_03").docs}


def test_a_receipt_is_dated_after_what_it_served_and_money_after_the_sale() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        for d in _plan(prefix).docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    car = case_of("court_ht_01")
    assert car.filed_on < car.extra["seized_on"] < car.extra["sold_on"] < car.extra["paid_on"] < car.closed_on
    assert car.extra["price"] > car.amount
    van = case_of("court_ht_02")
    assert van.basis_effective < van.extra["cert_on"] and van.filed_on < van.extra["paid_on"] < van.closed_on


# ------------------------------------------------------------------ the damp archive, measured on pixels

def _strip() -> Sheet:
    s = Sheet(size=(mm(180), mm(130)))  # a strip of a page is enough to measure, and quick
    s.lines.append("x")
    return s


def _plain(sheet: Sheet, seed: int = 1, **change: object) -> cap.DampScan:
    """A capture plan with every damage off, then `change` applied."""
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.creases, plan.facet, plan.rings, plan.mould = [], 0.0, [], []
    plan.cockle = (0.0, 50.0, 0.0, 0.0)
    plan.skew, plan.rotation, plan.noise, plan.damp, plan.quality = 0.0, 0, 0.5, 0.0, 92
    plan.mode, plan.fray_mm, plan.edge_mm = "grey", 0.5, 2.5
    for k, v in change.items():
        setattr(plan, k, v)
    return plan


def _scan(sheet: Sheet, plan: cap.DampScan) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(7))))
    assert img.info["dpi"][0] == plan.dpi == 200
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    if plan.rotation in (0, 180):
        assert img.size == sheet.size
    else:
        assert img.size == sheet.size[::-1]
    return np.asarray(img, dtype=np.float32)


def test_a_crumpled_sheets_crease_has_a_bright_lip_beside_a_dark_valley() -> None:
    s = _strip()
    flat = _scan(s, _plain(s))
    creased = _scan(s, _plain(s, creases=[(0.1, 0.5, 0.9, 0.5, 1.0)]))
    h, w = creased.shape
    y0, cols = h // 2, slice(w // 4, 3 * w // 4)
    paper = float(np.median(flat[h // 4: 3 * h // 4, cols]))
    assert abs(flat[y0 - 4: y0 + 5, cols].mean() - paper) < 3, "no line on the flat sheet"
    valley = creased[y0 - 3: y0 - 1, cols].mean()
    lip = creased[y0 + 2: y0 + 4, cols].mean()
    assert valley < paper - 12 and lip > valley + 15, (paper, valley, lip)
    # the network: many kinked legs on a crumpled sheet, none on a flat one
    plans = [cap.plan_capture(random.Random(k), s) for k in range(60)]
    crumpled = [p for p in plans if p.creases]
    assert 10 < len(crumpled) < 40 and all(len(p.creases) >= 12 for p in crumpled)
    legs = crumpled[0].creases
    assert any(a[2:4] == b[:2] for a, b in itertools.pairwise(legs)), "legs join end to end"


def test_the_facets_between_creases_sit_at_different_tones() -> None:
    s = _strip()
    plan = _plain(s, creases=[(0.1, 0.5, 0.9, 0.5, 1.0)], facet=10.0)
    a = _scan(s, plan)
    h, w = a.shape
    above = a[h // 2 - mm(8): h // 2 - mm(3), w // 3: 2 * w // 3].mean()
    below = a[h // 2 + mm(3): h // 2 + mm(8), w // 3: 2 * w // 3].mean()
    assert abs(above - below) > 3, (above, below)


def test_cockling_makes_a_ruled_line_rise_and_fall() -> None:
    s = _strip()
    s.line(0, mm(65), s.width, mm(65), width=4)
    h = s.height

    def rows(plan: cap.DampScan) -> np.ndarray:
        a = _scan(s, plan)
        band = a[h // 2 - mm(6): h // 2 + mm(6), mm(10): -mm(10)]
        return band.argmin(axis=0).astype(float)

    flat = rows(_plain(s))
    waved = rows(_plain(s, cockle=(1.0, 40.0, 0.0, 0.0)))
    assert np.ptp(flat) <= 3
    assert np.ptp(waved) >= 10, "±1 mm at 200 dpi is about ±8 px"


def test_a_tea_ring_leaves_a_darker_rim_than_its_inside_and_the_paper_round_it() -> None:
    s = _strip()
    a = _scan(s, _plain(s, rings=[(0.5, 0.5, 30.0, 1.0, 0.0)]))
    h, w = a.shape
    cx, cy, r = w // 2, h // 2, mm(30)
    rim = a[cy - 3: cy + 4, cx - r - 2: cx - r + 3].mean()  # the strong side (opposite the lifted part)
    inside = a[cy - mm(3): cy + mm(3), cx - mm(3): cx + mm(3)].mean()
    outside = a[cy - 3: cy + 4, cx - r - mm(8): cx - r - mm(5)].mean()
    assert rim < inside - 20 and rim < outside - 25, (rim, inside, outside)
    assert inside < outside - 3, "the stain inside the ring"
    colour = _scan(s, _plain(s, rings=[(0.5, 0.5, 30.0, 1.0, 0.0)], mode="colour"))
    r_, g_, b_ = (colour[cy - 3: cy + 4, cx - r - 2: cx - r + 3, k].mean() for k in range(3))
    assert r_ > g_ > b_, "tea is brown"


def test_mould_comes_up_as_grey_green_spots() -> None:
    s = _strip()
    cluster = [(0.5, 0.5, 4.0, 50)]
    a = _scan(s, _plain(s, mould=cluster, mode="colour"))
    h, w = a.shape[:2]
    near = a[h // 2 - mm(12): h // 2 + mm(12), w // 2 - mm(12): w // 2 + mm(12)]
    far = a[mm(8): mm(24), mm(8): mm(34)]
    lum = near.mean(axis=2)
    greenish = (near[..., 1] - near[..., 0] > 8) & (near[..., 1] - near[..., 2] > 4) & (lum < 220)
    assert greenish.sum() > 40
    assert (far.mean(axis=2) < 200).sum() == 0
    grey = _scan(s, _plain(s, mould=cluster))
    assert (grey[h // 2 - mm(12): h // 2 + mm(12), w // 2 - mm(12): w // 2 + mm(12)] < 190).sum() > 40


def test_soft_edges_darken_towards_the_cut_and_the_lid_shows_beyond_them() -> None:
    s = _strip()
    a = _scan(s, _plain(s, fray_mm=2.0, edge_mm=6.0))
    h, w = a.shape
    centre = a[h // 3: 2 * h // 3, w // 3: 2 * w // 3].mean()
    near = a[h // 3: 2 * h // 3, mm(2.5): mm(4)].mean()
    assert near < centre - 5
    assert abs(np.median(a[:, :2]) - cap.LID) < 8 and abs(np.median(a[-2:, :]) - cap.LID) < 8
    reach = (a[h // 8: -h // 8, : mm(4)] > cap.LID + 15).argmax(axis=1)  # where the paper starts, row by row
    assert reach.std() > 1.0 and reach.max() - reach.min() >= 4, "a furred edge, not a straight cut"


def test_grey_at_200_dpi_colour_only_where_a_seal_is() -> None:
    plain = _strip()
    sealed = _strip()
    seal(sealed, mm(90), mm(65), "重庆市綦江区人民法院", random.Random(1))
    assert RED[0] > 200
    for sheet, colour_seen in ((plain, False), (sealed, True)):
        plans = [cap.plan_capture(random.Random(k), sheet) for k in range(60)]
        assert {p.dpi for p in plans} == {200} and not any(p.photo for p in plans)
        modes = {p.mode for p in plans}
        assert modes == ({"grey", "colour"} if colour_seen else {"grey"})
        assert {p.rotation for p in plans} <= {0, 90, 180, 270} and sum(p.rotation == 0 for p in plans) > 45
    turned = _scan(plain, _plain(plain, rotation=90))
    assert turned.shape == (plain.width, plain.height)
