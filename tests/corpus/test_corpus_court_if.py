"""court_if (内蒙古自治区呼伦贝尔市海拉尔区人民法院): a dairy farm's 呼伦贝尔仲裁委员会 award against a milk-powder plant,
settled and paid in two instalments with handwritten receipts; a herdsman's 草场 lease judgment against a yurt-camp
operator, the camp's equipment seized, sold and the money paid out (archived); a waiter's injury judgment against a
closed hotpot company, 终本 — filed without its 限制消费令. The parties write by hand on 方格稿纸 and 信笺 (struck-out
words, carets, thumbprints); the volumes went colour-to-grey through a flatbed, the grid and rules faint."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_if_capture as cap
from dossier.corpus.families import court_if_kit as kit
from dossier.corpus.families.court_if import HOTPOT_SEQ, MILK_SEQ, PASTURE_SEQ, made_on, render
from dossier.corpus.families.court_if_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_seqs_lie_in_the_range_and_the_cases_carry_the_court_code_and_valid_numbers() -> None:
    plans = family_plans("court_if")
    assert [p.seq for p in plans] == [MILK_SEQ, PASTURE_SEQ, HOTPOT_SEQ]
    assert all(10400 <= p.seq <= 10499 for p in plans)
    assert all(p.name.startswith(f"court_if_0{i}_") for i, p in enumerate(plans, 1))
    for prefix in ("court_if_01", "court_if_02", "court_if_03"):
        c = case_of(prefix)
        assert "蒙0702执104" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert MISSING == "consumption_restriction_order"
    hotpot = next(p for p in plans if p.name.startswith("court_if_03"))
    assert any(MISSING in d.served for d in hotpot.docs), "its receipt is filed though the order is not"


def test_each_story_is_written_in_its_makers_words() -> None:
    milk, pasture, hotpot = case_of("court_if_01"), case_of("court_if_02"), case_of("court_if_03")
    award = text_of(render("enforcement_basis", milk, random.Random(0), []))
    assert "呼伦贝尔仲裁委员会" in award and "裁决如下" in award and "生鲜乳" in award and "呼仲裁字" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", milk, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", pasture, random.Random(0), []))
    assert "民事判决书" in judgment and "蒙0702民初" in judgment and "草场" in judgment and "判决如下" in judgment
    assert "呼伦贝尔市中级人民法院" in judgment
    seize = text_of(render("enforcement_ruling", pasture, random.Random(0), []))
    sale = text_of(render("enforcement_ruling", pasture, random.Random(0), ["sale"]))
    assert "执行裁定书" in seize and "查封、扣押" in seize and "蒙古包" in seize
    assert "执行裁定书" in sale and "变卖" in sale
    record = text_of(render("investigation_record", pasture, random.Random(0), []))
    assert "调查笔录" in record and "蒙古包" in record
    ttr = text_of(render("termination_this_round_ruling", hotpot, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "○" in ttr, "the bureau's GB 宋 writes ○"
    deal = text_of(render("settlement_agreement", milk, random.Random(0), []))
    one, two = milk.extra["instalments"]
    assert "执行和解协议" in deal and f"{one:,.2f}" in deal and f"{two:,.2f}" in deal
    assert "收" in text_of(render("payment_voucher", milk, random.Random(0), ["second"]))
    assert "火锅" in text_of(render("enforcement_application", hotpot, random.Random(0), []))


def test_receipts_and_payments_come_after_what_they_answer() -> None:
    for prefix in ("court_if_01", "court_if_02", "court_if_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_if") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    milk = case_of("court_if_01")
    assert made_on(milk, "settlement_agreement") < made_on(milk, "payment_voucher") < made_on(milk, "payment_voucher", "second")
    assert made_on(milk, "payment_voucher", "second") < made_on(milk, "closing_notice") < milk.closed_on
    pasture = case_of("court_if_02")
    assert made_on(pasture, "enforcement_ruling") < made_on(pasture, "investigation_record") \
        < made_on(pasture, "enforcement_ruling", "sale") < made_on(pasture, "payment_voucher") < pasture.closed_on
    assert made_on(pasture, "remarks_sheet") > pasture.closed_on


def _grid_sheet() -> Sheet:
    return kit.manuscript([("t", "收条"), ("p", "今收到执行款人民币伍万元整，特此证明无误。"), ("s", "收款人：巴特尔")],
                          random.Random(5), kit.Hand(mistakes=0.0), colour=kit.GRID_GREEN)[0]


def test_the_manuscript_paper_prints_a_20_by_20_grid_and_the_thumbprint_is_red() -> None:
    s = _grid_sheet()
    a = np.asarray(s.image, dtype=np.int16)
    green = (a[..., 1] - a[..., 0] > 40) & (a[..., 1] - a[..., 2] > 30)
    row = green[int(kit.GRID_TOP + kit.GAP + kit.CELL / 2) + mm(30 * 0)]  # across the first row of cells
    runs = np.flatnonzero(np.diff(row.astype(np.int8)) == 1)
    assert len(runs) == kit.COLS + 1 + 2, "21 cell walls inside the frame's two sides"
    assert (np.abs(np.diff(runs[1:-1]) - kit.CELL) <= 1).all(), "cells of one width"
    col = green[:, int(kit.GRID_LEFT + kit.CELL / 2)]
    assert len(np.flatnonzero(np.diff(col.astype(np.int8)) == 1)) >= 2 * kit.ROWS, "two rules over each row"
    red = (a[..., 0] - a[..., 1] > 50) & (a[..., 0] > 150)
    assert red.sum() > 1500, "a thumbprint in red 印泥 beside the name"
    assert "收条" in s.lines and "收款人：巴特尔" in s.lines


def test_words_are_struck_out_and_inserted_over_a_caret() -> None:
    hand = kit.Hand(mistakes=1.0)
    text = "被执行人在草场上开的营地有蒙古包六顶和一台柴油发电机冬天不营业"
    kinds = {k for seed in range(6) for k, _ in kit.tokens(text, random.Random(seed), hand)}
    assert kinds == {"c", "x", "i"}
    toks = kit.tokens(text, random.Random(1), hand)
    assert "".join(t for k, t in toks if k != "x") == text, "struck-out words drop out, inserted words keep their place"
    sheets = kit.manuscript([("p", text)], random.Random(1), hand)
    assert text in "".join(sheets[0].lines)
    assert not any(kit.tokens(text, random.Random(s), kit.Hand(mistakes=0.0)) != [("c", ch) for ch in text]
                   for s in range(5))


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.Flatbed, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L", "colour-to-grey: every page grey"
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def test_the_flatbed_turns_the_light_grid_faint_and_the_ink_dark() -> None:
    s = _grid_sheet()
    _, a = _scan(s, 2, dpi=200, skew=0.0, shadow_edge="", rotation=0, noise=1.0, gamma=1.0, falloff=0.0)
    top = int(kit.GRID_TOP + kit.GAP)
    walls = [int(kit.GRID_LEFT + k * kit.CELL) for k in range(3, 18)]
    rule = np.array([a[top + mm(8): top + mm(12) + int(kit.CELL) - mm(10), x - 1: x + 2].min() for x in walls])
    paper = float(np.median(a))
    assert paper > 235
    assert (rule > 150).all() and (rule < paper - 15).all(), "the grid's walls: faint grey lines"
    ink = a[top: top + int(kit.CELL), int(kit.GRID_LEFT + 5 * kit.CELL): int(kit.GRID_LEFT + 15 * kit.CELL)].min()
    assert ink < 110, "the ballpoint stays dark"


def test_the_lid_pad_the_shadow_and_the_resolutions() -> None:
    s = Sheet(size=(mm(120), mm(90)))
    s.lines.append("x")
    s.image.paste((180, 180, 180), (0, 0, s.width, s.height))
    _, a = _scan(s, 3, dpi=240, skew=0.0, shadow_edge="left", shadow=70.0, rotation=0, noise=1.0, gamma=1.0,
                    falloff=0.0, margin_x=5.0, margin_y=3.0)
    w = round(s.width * 240 / 200)
    h = round(s.height * 240 / 200)
    assert a.shape == (h + round(3 / 25.4 * 240), w + round(5 / 25.4 * 240))
    assert a[h // 2, w + 5:].mean() > 235, "the lid's white pad beyond the sheet's edge"
    assert a[h // 2: h // 2 + 20, 1:4].mean() < a[h // 2: h // 2 + 20, w // 2].mean() - 40, "the lifted lid's shadow"
    plans = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert {p.dpi for p in plans} == {200, 240, 300}
    assert 0 < sum(p.rotation != 0 for p in plans) < 40 and not any(p.photo for p in plans)
    assert all(abs(p.skew) <= 1.2 for p in plans)
