"""court_ik (云南省瑞丽市人民法院): three dossiers of 瑞丽. A 姐告 jade wholesaler's judgment against a 珠宝街 shop's operator —
the shop's jade seized (an A3 财产清单 behind the ruling), appraised, auctioned, paid out, archived; a logistics firm's
德宏仲裁委员会 award against a trading company — its account frozen and deducted online, paid; a rubber tapper's
民事调解书 against a plantation company — deducted and paid, without the 送达地址确认书. The bureau's own papers come off
a clogging inkjet (white lines at the head's pitch through every printed line, a cyan or magenta cast, doubled
strokes on every other pass), its A3 tables are reduced or folded, a flatbed scans them in colour or grey."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, BLUE_INK, mm
from dossier.corpus.families import court_ik_capture as cap
from dossier.corpus.families.court_ik import CLOSING, made_on, render
from dossier.corpus.families.court_ik_kit import A3, Page
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ik_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_ik")
    assert len(plans) == 3 and all(11000 <= p.seq <= 11099 for p in plans)
    assert all(p.name.startswith(f"court_ik_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.basis_kind for p in plans] == ["judgment", "arbitration", "mediation"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ik_01", "court_ik_02", "court_ik_03"):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）云3102执110\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    jade = case_of("court_ik_01")
    assert str(jade.extra["shop_code"]).startswith("92") and check_credit_code(str(jade.extra["shop_code"])) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    jade, freight, rubber = case_of("court_ik_01"), case_of("court_ik_02"), case_of("court_ik_03")
    judgment = text_of(render("enforcement_basis", jade, random.Random(0), []))
    assert "民事判决书" in judgment and "云3102民初" in judgment and "翡翠" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", freight, random.Random(0), []))
    assert "德宏仲裁委员会" in award and "德仲裁字" in award and "裁决如下" in award and "口岸" in award
    proof = text_of(render("effectiveness_certificate", freight, random.Random(0), []))
    assert "裁决书生效证明" in proof and "发生法律效力" in proof and freight.basis_number in proof
    deal = text_of(render("enforcement_basis", rubber, random.Random(0), []))
    assert "民事调解书" in deal and "割胶" in deal and "本院予以确认" in deal
    seize = render("enforcement_ruling", jade, random.Random(0), [])
    sale = text_of(render("enforcement_ruling", jade, random.Random(0), ["sale"]))
    assert text_of(seize).count("执行裁定书") >= 1 and "查封、扣押" in text_of(seize) and "裁定如下" in sale and "拍卖被执行人" in sale
    assert isinstance(seize[-1], Page) and seize[-1].large == "a3" and seize[-1].size == A3 and "财产清单" in text_of(seize[-1:])
    deduct = text_of(render("enforcement_ruling", freight, random.Random(0), []))
    assert "执行裁定书" in deduct and freight.extra["r_acct"] in deduct and "扣划" in deduct
    found = render("online_inquiry_result", freight, random.Random(0), [])
    assert found[0].size == A3 and freight.extra["r_acct"] in text_of(found) and "总对总" in text_of(found)
    ids = text_of(render("identity_proof", rubber, random.Random(0), []))
    assert f"{rubber.extra['nation']}" in ids and rubber.applicant.id_number in ids
    assert "法律援助" in text_of(render("law_firm_letter", rubber, random.Random(0), []))


def test_the_bureau_prints_on_its_inkjet_and_others_do_not() -> None:
    jade = case_of("court_ik_01")
    for code in ("enforcement_notice", "acceptance_notice", "service_address_confirmation", "closing_approval_form"):
        assert all(isinstance(s, Page) and s.printer == "inkjet" for s in render(code, jade, random.Random(0), [])), code
    for code in ("enforcement_basis", "effectiveness_certificate", "law_firm_letter", "identity_proof"):
        assert all(isinstance(s, Page) and s.printer == "laser" for s in render(code, jade, random.Random(0), [])), code


def test_papers_are_dated_in_the_order_they_were_made() -> None:
    for prefix in ("court_ik_01", "court_ik_02", "court_ik_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ik") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert c.filed_on < made_on(c, "enforcement_ruling") < c.extra["paid_in"] <= made_on(c, "payment_voucher")
        assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") <= c.closed_on
    jade = case_of("court_ik_01")
    assert made_on(jade, "enforcement_ruling") < made_on(jade, "investigation_record") < jade.extra["auction_day"]
    assert all(made_on(jade, k) > jade.closed_on for k, v in CLOSING.items() if v < 0)
    assert jade.extra["sold"] > jade.amount + jade.extra["fee"] > 0


def _sheet(fill: tuple[int, int, int] = (20, 20, 22), printer: str = "inkjet") -> Page:
    """A strip of a page: a solid block of ink 40 mm high, and a 1 px vertical rule for the doubling."""
    s = Page(size=(mm(120), mm(80)), printer=printer)
    s.image.paste(fill, (mm(10), mm(20), mm(60), mm(60)))
    s.image.paste((20, 20, 22), (mm(90), mm(5), mm(90) + 1, mm(75)))
    s.lines.append("x")
    return s


def _scan(sheet: Page, seed: int = 1, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    base: dict[str, object] = {"dpi": 200, "rotation": 0, "skew": 0.0, "mode": "grey", "fade": 0.0, "double_mm": 0.0,
                               "clog_mm": 0.45, "noise": 1.0, "edge": "top", "quality": 92}
    for k, v in {**base, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img, dtype=np.float32)


def test_clogged_nozzles_draw_white_lines_at_the_heads_pitch_through_the_bureaus_ink_only() -> None:
    _plan, a = _scan(_sheet(), clogs=(0.3, 0.7))
    rows = a[mm(22): mm(58), mm(15): mm(55)].mean(axis=1)
    bright = np.flatnonzero(rows > 110) + mm(22)
    assert len(bright) >= 6, "white lines cross the block"
    pitch = cap.HEAD_MM / 25.4 * 200
    phases = {round(((y + 0.5) % pitch) / pitch, 1) % 1.0 for y in bright}
    assert phases <= {0.2, 0.3, 0.4, 0.6, 0.7, 0.8}, phases
    assert (rows < 60).mean() > 0.6, "between the lines the ink stays dark"
    _, laser = _scan(_sheet(printer="laser"), clogs=(0.3, 0.7))
    assert laser[mm(22): mm(58), mm(15): mm(55)].mean(axis=1).max() < 60, "a laser page has no nozzle lines"
    _, pen = _scan(_sheet(fill=BLUE_INK), clogs=(0.3, 0.7))
    blue = pen[mm(22): mm(58), mm(15): mm(55)].mean(axis=1)
    assert blue.max() - blue.min() < 20, "the blue ballpoint is not the printer's ink"


def test_the_composite_black_has_a_cast_and_every_other_pass_is_doubled() -> None:
    for cast, hi, lo in (("cyan", 2, 0), ("magenta", 0, 1)):
        _, a = _scan(_sheet(), mode="colour", cast=cast, cast_strength=0.7, clogs=(0.5,), clog_mm=0.3)
        block = a[mm(22): mm(58), mm(15): mm(55)].reshape(-1, 3)
        dark = block[block.mean(axis=1) < 120]
        assert dark[:, hi].mean() > dark[:, lo].mean() + 15, (cast, dark.mean(axis=0))
    _plan, a = _scan(_sheet(), double_mm=0.5, clogs=(0.5,), clog_mm=0.3)
    pitch = cap.HEAD_MM / 25.4 * 200
    widths: dict[int, list[int]] = {0: [], 1: []}
    for y in range(mm(8), mm(72)):
        phase = (y % pitch) / pitch
        if abs(phase - 0.5) < 0.15:
            continue
        widths[int(y // pitch) % 2].append(int((a[y, mm(88): mm(95)] < 160).sum()))
    assert np.mean(widths[1]) >= 1.8 * np.mean(widths[0]) > 0, "the rule is doubled on the odd passes"


def test_a3_tables_are_reduced_turned_or_folded_with_a_shadow() -> None:
    big = Page(size=A3, large="a3")
    big.lines.append("x")
    _, a = _scan(big, large="reduce", rotation=90, dpi=200)
    assert a.shape[:2] == (A4[1], A4[0]), "an A4 landscape copy, turned upright on the glass"
    _, a = _scan(big, large="fold", rotation=0, dpi=200, fold_depth=40.0)
    assert a.shape[:2] == (A3[1], A3[0])
    cols = a[mm(40): mm(250)].mean(axis=0)
    mid = A3[0] // 2
    assert cols[mid - mm(15): mid + mm(15)].min() < np.median(cols) - 15, "the fold's shadow"
    plans = [cap.plan_capture(random.Random(s), big) for s in range(40)]
    assert {p.large for p in plans} == {"reduce", "fold"}
    assert all(p.rotation in (90, 270) for p in plans if p.large == "reduce")


def test_the_flatbed_plans_its_resolutions_modes_and_turns() -> None:
    a4 = _sheet()
    plans = [cap.plan_capture(random.Random(s), a4) for s in range(300)]
    assert {p.dpi for p in plans} == {200, 240, 300} and {p.mode for p in plans} == {"colour", "grey"}
    turned = sum(p.rotation != 0 for p in plans)
    assert 3 <= turned <= 40 and all(not p.photo and not p.large and p.inkjet for p in plans)
    assert all(min(p.clogs) > 0 and max(p.clogs) < 1 and len(p.clogs) >= 3 for p in plans)
    assert not any(cap.plan_capture(random.Random(s), _sheet(printer="laser")).inkjet for s in range(20))
