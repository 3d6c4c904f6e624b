"""court_ip (四川省宜宾市翠屏区人民法院): three dossiers of 宜宾. A 白酒 distributor enforces this court's sale judgment
against a restaurant company — a deposit deducted, the rest settled and paid, 执行完毕, archived. A pedestrian enforces
his road-accident judgment against the driver, whose employer withholds his wages on a 协助执行通知书 and replies in
writing. A bamboo-products buyer enforces a 支付令 against a bamboo-flooring factory: 终本 in 2023, resumed on a truck
the buyer found, the truck seized and sold — but the 恢复执行 ruling is not in the volume. The parties' papers were
scanned inside clear sheet protectors (glare streaks, haze, the punched strip, bubbles, softness), the court's own on
recycled grey paper (fibres, specks), at 150–250 dpi, a few pages turned 90° or 180°."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ip_capture as cap
from dossier.corpus.families.court_ip import CODES, made_on, pays, render
from dossier.corpus.families.court_ip_kit import stock, stock_of
from dossier.corpus.families.court_ip_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ip_seqs_lie_in_its_range_and_its_names_in_order() -> None:
    ours = family_plans("court_ip")
    assert len(ours) == 3 and all(12600 <= p.seq <= 12699 for p in ours)
    assert all(p.name.startswith(f"court_ip_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "resumption_ruling" and MISSING not in CODES
    assert [p.category for p in ours] == ["enforcement", "enforcement", "resumption"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ip_01", "court_ip_02", "court_ip_03"):
        c = case_of(prefix)
        assert "川1502执" in c.number
        people = [c.applicant, c.respondent] + ([c.extra["employer"]] if "employer" in c.extra else [])
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    bamboo = case_of("court_ip_03")
    assert "川1502执恢" in bamboo.number and "川1502执" in bamboo.previous_number and "执恢" not in bamboo.previous_number
    assert "川1502民督" in bamboo.basis_number
    assert case_of("court_ip_02").respondent.kind == "person"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    liquor, accident, bamboo = case_of("court_ip_01"), case_of("court_ip_02"), case_of("court_ip_03")
    rng = random.Random
    judgment = text_of(render("enforcement_basis", liquor, rng(0), []))
    assert "民事判决书" in judgment.replace(" ", "") and "川1502民初" in judgment and "白酒" in judgment
    crash = text_of(render("enforcement_basis", accident, rng(0), []))
    assert "机动车交通事故责任纠纷" in crash and "判决如下" in crash
    order = text_of(render("enforcement_basis", bamboo, rng(0), []))
    assert "支　付　令" in order and "十五日内" in order and "竹地板" in order and "判决" not in order
    effect = text_of(render("effectiveness_certificate", bamboo, rng(0), []))
    assert "生效证明书" in effect and "支付令" in effect and "发生法律效力" in effect
    ttr = text_of(render("termination_this_round_ruling", bamboo, rng(0), []))
    assert "执行裁定书" in ttr.replace(" ", "") and "终结本次执行程序。" in ttr and bamboo.previous_number in ttr
    assert bamboo.extra["truck"] in text_of(render("resumption_application", bamboo, rng(0), []))
    notice = text_of(render("resumption_notice", bamboo, rng(0), []))
    assert "恢复执行通知书" in notice.replace(" ", "") and bamboo.number in notice
    seize = text_of(render("enforcement_ruling", bamboo, rng(0), []))
    assert "扣押" in seize and "变卖" in seize and bamboo.extra["truck"] in seize
    assert liquor.extra["r_acct"] in text_of(render("enforcement_ruling", liquor, rng(0), []))
    settle = text_of(render("settlement_agreement", liquor, rng(0), []))
    assert "执行和解协议" in settle and f"{liquor.extra['deducted']:,.2f}" in settle
    sheets = render("assistance_notice", accident, rng(0), [])
    emp = accident.extra["employer"]
    assert "协助执行通知书" in text_of(sheets[:1]).replace(" ", "") and "工资收入" in text_of(sheets[:1])
    reply = [s for s in sheets if s.starts_document]
    assert len(reply) == 1 and "回复函" in text_of(reply) and emp.name in text_of(reply)
    assert stock_of(reply[0]) == "plain" and all(stock_of(s) == "recycled" for s in sheets if not s.starts_document)


def test_dates_run_in_order() -> None:
    liquor, accident, bamboo = case_of("court_ip_01"), case_of("court_ip_02"), case_of("court_ip_03")
    for c in (liquor, accident, bamboo):
        days = [p[0] for p in pays(c)]
        assert days == sorted(days) and c.filed_on < days[0] and made_on(c, "payment_voucher") > days[-1]
        assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") < c.closed_on
        assert sum(p[1] for p in pays(c)) >= c.amount
        assert c.basis_effective < c.filed_on
    assert pays(liquor)[0][0] < made_on(liquor, "settlement_agreement") < pays(liquor)[1][0]
    assert made_on(accident, "assistance_notice") < accident.extra["reply_day"] < pays(accident)[0][0]
    assert bamboo.extra["issued"] < bamboo.basis_effective < bamboo.extra["prev_filed"] < bamboo.extra["ttr_day"]
    assert bamboo.extra["ttr_day"] < made_on(bamboo, "resumption_application") < bamboo.filed_on
    assert str(bamboo.extra["issued"].year) in bamboo.basis_number
    for prefix in ("court_ip_01", "court_ip_02", "court_ip_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ip") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_parties_papers_are_sleeved_and_the_courts_on_recycled_stock() -> None:
    c = case_of("court_ip_01")
    for code in ("enforcement_application", "enforcement_basis", "identity_proof", "power_of_attorney", "lawyer_license",
                 "fee_receipt", "settlement_agreement"):
        assert {stock_of(s) for s in render(code, c, random.Random(0), [])} == {"sleeve"}, code
    for code in ("acceptance_notice", "enforcement_ruling", "closing_approval_form", "catalogue", "property_clue_form",
                 "online_inquiry_result"):
        assert {stock_of(s) for s in render(code, c, random.Random(0), [])} == {"recycled"}, code
    assert {stock_of(s) for s in render("payment_voucher", c, random.Random(0), [])} == {"plain"}


def _strip_sheet(kind: str, fill: int | None = None) -> Sheet:
    s = Sheet(size=(mm(180), mm(130)))
    if fill is not None:
        s.image.paste((fill, fill, fill), (0, 0, s.width, s.height))
    s.lines.append("x")
    return stock([s], kind)[0]


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.SleeveScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    turned = plan.rotation in (90, 270)
    assert (img.height if turned else img.width) == round(sheet.width * plan.dpi / 200)
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


QUIET = {"rotation": 0, "skew": 0.0, "noise": 0.5, "mode": "grey", "quality": 92}


def test_the_sleeves_punched_strip_shows_its_holes_along_one_edge() -> None:
    for seed, holes, side in ((1, 11, "left"), (2, 30, "right"), (3, 4, "left")):
        plan, a = _scan(_strip_sheet("sleeve"), seed, **QUIET, holes=holes, strip_side=side, glare=[], bubbles=[],
                        creases=[], dpi=200)
        h, w = a.shape
        x0, x1 = cap.strip_columns(plan, w)
        cx = (x0 + x1) // 2
        rows = cap.hole_rows(plan, h)
        assert len(rows) >= (2 if holes == 4 else 5)
        r = round(2.6 / 25.4 * 200) if holes == 30 else round(3.0 / 25.4 * 200)
        for y in rows:
            assert a[y, cx] > 225, "the lid's white through the hole"
            rim = a[y - r - 2: y + r + 3, cx - r - 2: cx + r + 3]
            assert rim.min() < 170, "the punched rim"
        gap = rows[0] + (rows[1] - rows[0]) // 2
        assert a[gap, cx] < a[rows[0], cx] - 5, "the film between the holes is greyer than the holes"
        seam = a[h // 4: 3 * h // 4, x0: x1 + 1].mean(axis=0)
        assert seam.min() < np.median(a) - 30, "the welded seam line"
        far = a[:, w - x1: w - x0] if side == "left" else a[:, : x1 - x0]
        assert far.min() > 200, "only one edge carries the strip"


def test_the_film_hazes_the_blacks_and_glare_streaks_run_diagonally() -> None:
    black = _strip_sheet("sleeve", fill=0)
    _, bare = _scan(_strip_sheet("plain", fill=0), 5, **QUIET)
    assert np.percentile(bare, 50) < 12
    _, film = _scan(black, 5, **QUIET, glare=[], bubbles=[], creases=[], haze=0.14, holes=4)
    assert np.percentile(film, 50) > np.percentile(bare, 50) + 12, "the film's milky haze lifts the blacks"
    grey = _strip_sheet("sleeve", fill=90)
    _, a = _scan(grey, 6, **QUIET, glare=[(0.5, 30.0, 0.5)], glare_angle=45.0, bubbles=[], creases=[], haze=0.1,
                    holes=4, soft=0.0)
    h, w = a.shape
    mid = a[h // 2, w // 2]
    corner = a[h // 10, w - w // 10]
    assert mid > corner + 40, "the streak crosses the page's middle, far brighter than beside it"
    # the streak runs at 45°: along it (up-left to down-right through the centre) it stays bright
    k = h // 4
    assert a[h // 2 - k, w // 2 - k] > corner + 25 and a[h // 2 + k, w // 2 + k] > corner + 25
    assert a[h // 2 - k, w // 2 + k] < mid - 25, "across it the page falls back to the film's grey"


def test_bubbles_ring_bright_and_the_sleeve_softens_the_print() -> None:
    s = _strip_sheet("sleeve", fill=230)
    _, a = _scan(s, 7, **QUIET, glare=[], creases=[], bubbles=[(0.5, 0.5, 8.0, 8.0)], haze=0.1, holes=4, soft=0.0)
    h, w = a.shape
    r = round(8.0 / 25.4 * 200)
    ring_ul = a[h // 2 - int(r * 0.707), w // 2 - int(r * 0.707)]
    inside = a[h // 2, w // 2]
    assert ring_ul > inside + 15, "the bubble's rim catches the light"
    edge = _strip_sheet("sleeve")
    edge.image.paste((0, 0, 0), (edge.width // 2, 0, edge.width, edge.height))
    _, soft = _scan(edge, 8, **QUIET, glare=[], bubbles=[], creases=[], haze=0.0, soft=1.2, holes=4)
    _, sharp = _scan(stock([edge], "plain")[0], 8, **QUIET, soft=0.0)
    row = soft.shape[0] // 3
    assert np.abs(np.diff(soft[row, 40:-40])).max() < np.abs(np.diff(sharp[row, 40:-40])).max() - 40


def test_recycled_paper_is_grey_with_fibres_and_specks_and_plain_paper_is_clean() -> None:
    s = Sheet(size=(mm(180), mm(130)), paper=(231, 229, 222))
    s.lines.append("x")
    _, rec = _scan(stock([s], "recycled")[0], 9, **QUIET, fibres=300, specks=500, mottle=6.0)
    ground = float(np.median(rec))
    assert 205 < ground < 238, "recycled grey, not white"
    dark = (rec < ground - 45).mean()
    _, white = _scan(_strip_sheet("plain"), 9, **QUIET)
    assert np.median(white) > 245 and (white < np.median(white) - 45).mean() < 1e-5
    assert dark > 20 * max((white < np.median(white) - 45).mean(), 1e-6), "fibres and specks"
    assert rec.std() > white.std() + 2, "a mottled ground"


def test_capture_plans_vary_as_the_office_scanned() -> None:
    sleeve, recycled = _strip_sheet("sleeve"), _strip_sheet("recycled")
    plans = [cap.plan_capture(random.Random(i), sleeve) for i in range(120)]
    plans += [cap.plan_capture(random.Random(i), recycled) for i in range(120)]
    assert {p.dpi for p in plans} <= {150, 200, 250} and len({p.dpi for p in plans}) == 3
    turned = [p.rotation for p in plans if p.rotation]
    assert set(turned) == {90, 180} and 0.02 < len(turned) / len(plans) < 0.2
    assert all(not p.photo for p in plans)
    assert {p.mode for p in plans} == {"grey", "colour"}
    assert all(p.haze > 0 and p.glare for p in plans[:120]) and all(p.haze == 0 and not p.glare for p in plans[120:])
    assert all(p.fibres > 0 for p in plans[120:]) and {p.holes for p in plans[:120]} == set(cap.HOLE_ROWS)
    _, a = _scan(sleeve, 11, **{**QUIET, "rotation": 90})
    assert a.shape[0] > a.shape[1], "a landscape strip turned 90° stands upright"
