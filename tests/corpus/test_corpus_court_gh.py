"""court_gh (海南省三亚市天涯区人民法院): three dossiers of 三亚. A 鸿洲 yacht-charter company enforces this court's
judgment against a 候鸟 whose holiday flat on 三亚湾 is seized, ordered sold, sold at a 网络司法拍卖 and transferred by
the court's rulings (each titled 执行裁定书), the price paid out by the court finance's voucher — 执行完毕, archived. A
天涯镇 villager enforces a mediation paper for 南繁 plot rent against a seed company that left: 终本. A 芒果干
workshop's judgment against a resort hotel's owner, settled with the hotel's management company — without the
workshop's 收取案款确认书. Every page lay in a humid seaside archive: yellowed, foxed, rust from staples and clips, a
tide line now and then; scanned on a colour flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gh_capture as cap
from dossier.corpus.families.court_gh import made_on, render, step_day
from dossier.corpus.families.court_gh_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gh_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_gh")]
    assert len(seqs) == 3 and all(53000 <= s <= 53999 for s in seqs)
    assert not set(seqs) & {53112, 53406, 53731}, "court_bv's cases"
    assert all(p.name.startswith(f"court_gh_0{i}_") for i, p in enumerate(family_plans("court_gh"), 1))
    assert MISSING == "payment_account_confirmation"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gh_01", "court_gh_02", "court_gh_03"):
        c = case_of(prefix)
        assert "琼0204执53" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    yacht = case_of("court_gh_01")
    assert check_id_number(yacht.extra["buyer_id"]) is None, "the buyer at the auction"


def test_the_flat_is_seized_ordered_sold_sold_and_transferred_by_rulings() -> None:
    c = case_of("court_gh_01")
    seize = text_of(render("enforcement_ruling", c, random.Random(0), []))
    auction = text_of(render("enforcement_ruling", c, random.Random(0), ["auction"]))
    confirm = text_of(render("enforcement_ruling", c, random.Random(0), ["confirm"]))
    for t in (seize, auction, confirm):
        assert "执行裁定书" in t and "裁定如下" in t and c.extra["flat"] in t
    assert "查封被执行人" in seize and "拍卖被执行人" in auction and "网络司法拍卖" in auction
    assert c.extra["buyer"] in confirm and "所有权" in confirm and f"{c.extra['price']:,.0f}" in confirm
    assert step_day(c, "seize") < step_day(c, "auction") < step_day(c, "sale") < step_day(c, "confirm")
    assert (step_day(c, "sale") - step_day(c, "auction")).days >= 30, "an estate's auction is announced 30 days ahead"
    transfer = text_of(render("assistance_notice", c, random.Random(0), ["transfer"]))
    assert "不动产登记中心" in transfer and c.extra["buyer"] in transfer
    voucher = text_of(render("payment_voucher", c, random.Random(0), []))
    assert "案款发放凭证" in voucher and "网络司法拍卖成交价款" in voucher
    assert c.extra["price"] > c.amount + c.extra["fee"], "the price pays the debt and the fee, the rest goes back"
    assert made_on(c, "payment_voucher") < c.closed_on and (c.closed_on - c.filed_on).days <= 180


def test_each_story_is_drawn_in_its_makers_words() -> None:
    yacht, seed, mango = case_of("court_gh_01"), case_of("court_gh_02"), case_of("court_gh_03")
    judgment = text_of(render("enforcement_basis", yacht, random.Random(0), []))
    assert "民事判决书" in judgment and "琼0204民初" in judgment and "游艇" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", yacht, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", seed, random.Random(0), []))
    assert "民事调解书" in mediation and "南繁" in mediation
    ttr = text_of(render("termination_this_round_ruling", seed, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "第五百一十七条" in ttr
    deal = text_of(render("settlement_agreement", mango, random.Random(0), []))
    assert "芒果干" in deal and mango.extra["manager"] in deal
    ruling = text_of(render("enforcement_ruling", mango, random.Random(0), []))
    assert "执行裁定书" in ruling and mango.extra["r_acct"] in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gh_01", "court_gh_02", "court_gh_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gh") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            if prefix == "court_gh_01" and d.served == ["enforcement_ruling"]:
                assert got[0] > step_day(c, "auction") and any("拍卖" in line for line in lines)


def _page() -> Sheet:
    s = Sheet(size=(mm(150), mm(120)))  # a piece of a page is enough to measure, and quick
    for k in range(6):
        s.text(mm(20), mm(30) + k * mm(12), "执行裁定书　裁定如下：拍卖被执行人名下的房产", font("serif", 40))
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.DampScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def test_the_plans_stay_within_the_flatbed_and_a_few_pages_are_turned() -> None:
    sheet = _page()
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(200)]
    assert all(p.dpi in (200, 240, 300) and 60 <= p.quality <= 85 and abs(p.skew) <= 1.5 and not p.photo for p in plans)
    turned = sum(p.rotation != 0 for p in plans)
    assert 2 <= turned <= 30 and {p.rotation for p in plans} <= {0, 90, 180, 270}
    assert sum(p.staple is not None for p in plans) > 50 and sum(p.clip is not None for p in plans) > 40
    assert all(p.spots for p in plans), "every sheet has foxed a little"
    _, a = _scan(sheet, 5, rotation=90, skew=0.0, dpi=200)
    assert a.shape[:2] == (sheet.width, sheet.height), "a page laid turned comes out turned"


def test_the_damp_yellows_the_edges_and_leaves_the_text_readable() -> None:
    sheet = _page()
    _, a = _scan(sheet, 11, skew=0.0, spots=[], staple=None, clip=None, rings=[], tide=None, blur=0.0, noise=1.0,
                 yellow=0.8, edge_mm=12.0, rotation=0, dpi=200)
    h, w = a.shape[:2]
    warmth = a[..., 0] - a[..., 2]
    assert warmth[h // 2 - 5: h // 2 + 5, w - mm(30): w - mm(20)].mean() > 8, "the paper has yellowed"
    assert warmth[:, :mm(2)].mean() > warmth[h // 3: 2 * h // 3, w // 2 - 20: w // 2 + 20].mean(), "more at the edge"
    grey = a.mean(axis=2)
    text = grey[mm(30): mm(40), mm(20): mm(120)]
    assert text.min() < 90 and np.percentile(text, 90) > 150, "black print on a paler paper still"


def test_foxing_rust_and_the_clips_outline_stain_the_sheet() -> None:
    blank = Sheet(size=(mm(150), mm(120)))
    blank.lines.append("x")
    _, a = _scan(blank, 3, skew=0.0, spots=[(0.5, 0.6, 2.0, 0.7)], staple=(12.0, 10.0, 40.0), clip=(0.6, 30.0, 9.0),
                 rings=[], tide=None, blur=0.0, noise=1.0, rotation=0, dpi=200, yellow=0.3)
    h, w = a.shape[:2]
    spot = a[int(0.6 * h) - 3: int(0.6 * h) + 3, int(0.5 * w) - 3: int(0.5 * w) + 3]
    paper = a[int(0.3 * h): int(0.35 * h), int(0.2 * w): int(0.25 * w)]
    assert spot[..., 2].mean() < paper[..., 2].mean() - 40, "a brown fox spot: blue taken away"
    assert spot[..., 0].mean() > spot[..., 2].mean() + 30
    corner = a[: mm(20), : mm(25)]
    assert (corner[..., 0] - corner[..., 2]).max() > 60, "the staple's rust at the top left"
    clip = a[: mm(18), int(0.6 * w) - mm(8): int(0.6 * w) + mm(8)]
    assert (clip[..., 0] - clip[..., 2]).max() > 60, "the clip's outline in rust at the top edge"
    _, t = _scan(blank, 4, skew=0.0, spots=[], staple=None, clip=None, rings=[], tide=("bottom", 0.3, 4.0, 1.0),
                 blur=0.0, noise=1.0, rotation=0, dpi=200, yellow=0.3, edge_mm=6.0)
    mid = slice(w // 3, 2 * w // 3)
    assert t[int(0.9 * h), mid, 2].mean() < t[int(0.4 * h), mid, 2].mean() - 3, "the wet side beyond the tide line"
