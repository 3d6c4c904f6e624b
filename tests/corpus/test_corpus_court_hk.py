"""court_hk (辽宁省大连市中山区人民法院): three dossiers of the old harbour district. A marine-hardware dealer's 2011
judgment against a ship-repair company — typed, mimeographed, 终本 the same year — is resumed in 2024 on the
compensation for the company's expropriated workshop, paid over and archived, the 2011 papers (mimeographed judgment,
ribbon-typed 生效证明书, mimeographed 送达回证 filled by fountain pen, carbon copy of the 终本 ruling) filed in the new
volume. A container-logistics company's judgment for storage and haulage is settled and paid in three instalments. A
lender's mediation against a former seafood-stall keeper ends in 终本 — without the 查控 feedback in the file. Every
page went through the archive's book-edge scanner in grey: the spine's narrow shadow at the left, the leaves beneath
and the open lid beyond the other edges, the old leaves yellowed, foxed and rust-stained, one leaf per volume head down."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hk_capture as cap
from dossier.corpus.families.court_hk import made_on, render
from dossier.corpus.families.court_hk_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hk_01", "court_hk_02", "court_hk_03")


def test_court_hk_seqs_lie_in_its_range_and_its_names_are_numbered() -> None:
    ours = family_plans("court_hk")
    assert [p.seq for p in ours] and all(3300 <= p.seq <= 3399 for p in ours) and len(ours) == 3
    assert all(p.name.startswith(f"court_hk_0{i}_") for i, p in enumerate(ours, 1))
    others = {p.seq for p in plans() if p.family != "court_hk"}
    assert not {p.seq for p in ours} & others


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "辽0202执" in c.number, c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    yard = case_of("court_hk_01")
    assert yard.number.startswith("（2024）辽0202执恢") and yard.previous_number.startswith("（2011）中执字第")


def test_the_2011_papers_are_drawn_as_the_old_press_made_them() -> None:
    c = case_of("court_hk_01")
    judgment = render("enforcement_basis", c, random.Random(0), [])
    words = text_of(judgment)
    assert "民事判决书" in words and "（2011）中民初字第" in words and "船用" in words and "判决如下" in words
    assert "第二百二十九条" in words, "the 2007 text's article on doubled interest, the one in force in 2011"
    assert "○" in words and "〇" not in words, "the typewriter's GB type has no 〇"
    assert all(getattr(s, "age", 0) >= 10 for s in judgment) and len(judgment) == 2
    old_ruling = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "民事裁定书" in old_ruling and "终结本次执行程序" in old_ruling and c.previous_number in old_ruling
    assert "第一百四十条第一款第（十一）项" in old_ruling
    receipt = render("service_receipt", c, random.Random(0), ["enforcement_basis"])
    assert "送达回证" in text_of(receipt) and "民事判决书" in text_of(receipt) and getattr(receipt[0], "upside_down", False)
    certificate = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "生效证明书" in certificate and "发生法律效力" in certificate
    resumed = text_of(render("resumption_ruling", c, random.Random(0), []))
    assert "执行裁定书" in resumed and f"恢复{c.previous_number}案件的执行" in resumed
    assert "征收" in text_of(render("resumption_application", c, random.Random(0), []))


def test_today_s_stories_are_drawn_in_their_makers_words() -> None:
    port, loan = case_of("court_hk_02"), case_of("court_hk_03")
    judgment = text_of(render("enforcement_basis", port, random.Random(0), []))
    assert "民事判决书" in judgment and "辽0202民初" in judgment and "集装箱" in judgment and "判决如下" in judgment
    settled = text_of(render("settlement_agreement", port, random.Random(0), []))
    assert "执行和解协议" in settled and "分三期" in settled and port.number in settled
    assert port.extra["r_acct"] in text_of(render("enforcement_ruling", port, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事调解书" in mediation and "海鲜排档" in mediation
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    plan = family_plans("court_hk")[2]
    assert MISSING == "online_inquiry_result" and MISSING not in {d.code for d in plan.docs}
    assert not any(getattr(s, "age", 0) for s in render("enforcement_notice", loan, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hk") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_each_volume_has_one_leaf_bound_head_down() -> None:
    for i, plan in enumerate(plans()):
        if plan.family != "court_hk":
            continue
        c = case_for(plan, random.Random(i))
        flipped = [d.code for d in plan.docs for s in render(d.code, c, random.Random(1), d.drawn_with)
                   if getattr(s, "upside_down", False)]
        assert len(flipped) == 1, (plan.name, flipped)


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.EdgeScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def _strip(age: int = 0) -> Sheet:
    s = Sheet(size=(mm(150), mm(120)))  # a strip of a page is enough to measure, and quick
    s.lines.append("x")
    s.image.paste((0, 0, 0), (mm(40), mm(10), mm(110), mm(16)))  # a black bar near the head
    if age:
        s.age = age  # type: ignore[attr-defined]
    return s


def test_the_book_edge_scanner_shows_the_spine_the_leaves_beneath_and_the_open_lid() -> None:
    _, a = _scan(_strip(), 1, skew=0.0, dpi=200, noise=0.5, blur=0.0, margin_mm=(2.0, 6.0, 6.0), leaves=2)
    h, w = a.shape
    page_w = round(mm(150) * 200 / 200)
    mid = a[h // 3: 2 * h // 3]
    paper = float(np.median(mid[:, page_w // 3: page_w // 2]))
    assert mid[:, :3].mean() < paper - 40, "the binding's shadow along the left edge"
    assert mid[:, -3:].mean() < 80, "the open lid's dark beyond the page"
    assert w > page_w and h > round(mm(120)), "the window is larger than the page on the outer sides"
    plans_ = [cap.plan_capture(random.Random(k), _strip()) for k in range(60)]
    assert all(abs(p.skew) <= 2.0 and p.dpi in (200, 240, 300) and not p.photo and p.rotation == 0 for p in plans_)


def test_old_leaves_come_out_greyer_foxed_and_rusted_new_ones_clean() -> None:
    fixed = {"skew": 0.0, "dpi": 200, "noise": 0.5, "blur": 0.0, "margin_mm": (2.0, 5.0, 5.0)}
    _, new = _scan(_strip(), 2, **fixed)
    _, old = _scan(_strip(age=13), 2, **fixed, foxing=[(0.7, 0.6, 1.5, 0.8)])
    h = min(new.shape[0], old.shape[0])
    body = (slice(h // 2 - 20, h // 2 + 20), slice(mm(60), mm(80)))
    assert new[body].mean() > 240 and old[body].mean() < new[body].mean() - 8, "yellowed paper turns grey"
    spot = old[round(0.6 * mm(120)) + round(mm(2)) - 6: round(0.6 * mm(120)) + round(mm(2)) + 6,
               round(0.7 * mm(150)) - 6: round(0.7 * mm(150)) + 6]
    assert spot.min() < old[body].mean() - 25, "a foxing spot"
    corner_old = old[round(mm(2)): round(mm(30)), round(mm(8)): round(mm(34))]
    corner_new = new[round(mm(2)): round(mm(30)), round(mm(8)): round(mm(34))]
    assert corner_old.min() < 80 and corner_new.min() > 150, "the staple's holes and rust at the top left"


def test_a_leaf_bound_head_down_is_scanned_upside_down() -> None:
    s = _strip()
    s.upside_down = True  # type: ignore[attr-defined]
    plan, a = _scan(s, 3, skew=0.0, dpi=200, noise=0.5, blur=0.0, margin_mm=(2.0, 5.0, 5.0))
    assert plan.rotation == 180
    page = a[mm(2): mm(2) + mm(120), mm(60): mm(90)]  # the page itself, below the window's 2 mm top margin
    dark = int(np.argmin(page.mean(axis=1)))
    assert dark > page.shape[0] * 0.75, "the black bar from the head of the page now lies near the foot"
