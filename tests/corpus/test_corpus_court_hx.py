"""court_hx (西藏自治区林芝市巴宜区人民法院): three dossiers of 林芝. Tibetan and Han building workers enforce this
court's wage judgment against the builder of a 鲁朗 民宿 — its receivable from the guesthouse frozen, paid in, paid out,
执行完毕. A hotel-supplies trader enforces the 林芝中院's appeal judgment against a travel-coach company, is paid outside
the court and withdraws — 终结执行, archived. A 国道318 collision's victim enforces this court's judgment against the truck
driver, paid by his insurer and at the window — without the 受理案件通知书. The bureau prints bilingual, its forms are
duplicated in violet, its receipts carbon copies; an old flatbed with dust on its glass scanned thin paper."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import Sheet, hand, mm
from dossier.corpus.families import court_hx_capture as cap
from dossier.corpus.families.court_hx import CODES, made_on, render
from dossier.corpus.families.court_hx_kit import COURT_BO, STENCIL, TITLE_BO, Carbon, bo, mimeo
from dossier.corpus.families.court_hx_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hx_01", "court_hx_02", "court_hx_03")


def test_court_hx_seqs_lie_in_its_range_and_its_names_run_in_order() -> None:
    ours = family_plans("court_hx")
    assert len(ours) == 3 and all(9000 <= p.seq <= 9099 for p in ours)
    assert all(p.name.startswith(f"court_hx_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False] and MISSING == "acceptance_notice"
    assert [p.method for p in ours] == ["fully_performed", "terminated", "fully_performed"]
    assert ours[1].stage == "archive"
    crash = [d.code for d in ours[2].docs]
    assert MISSING not in crash and any(d.served == [MISSING] for d in ours[2].docs), "only its receipt stayed"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）藏0402执90\d\d号", c.number)
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    wage = case_of("court_hx_01")
    assert len(wage.extra["workers"]) == 5 and sum(w for _, _, w in wage.extra["workers"]) == wage.amount
    assert all(check_id_number(i) is None for _, i, _ in wage.extra["workers"])
    regions = {i[:2] for _, i, _ in wage.extra["workers"]}
    assert "54" in regions and regions - {"54"}, "Tibetan workers from 林芝 and Han workers from elsewhere"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    wage, coach, crash = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "民事判决书" in judgment and "藏0402民初" in judgment and "民宿" in judgment
    assert all(n in judgment for n, _, _ in wage.extra["workers"])
    assist = text_of(render("assistance_notice", wage, random.Random(0), []))
    assert "协助执行通知书" in assist and wage.extra["owner"][0] in assist and "工程款" in assist
    paid = render("payment_voucher", wage, random.Random(0), [])
    assert len(paid) == 2 and paid[1].starts_document and "执行案款发放领取表" in text_of(paid[1:])
    appeal = text_of(render("enforcement_basis", coach, random.Random(0), []))
    assert "藏04民终" in appeal and "驳回上诉，维持原判" in appeal and "中级人民法院" in appeal
    assert "发生法律效力" in text_of(render("effectiveness_certificate", coach, random.Random(0), []))
    ending = text_of(render("termination_ruling", coach, random.Random(0), []))
    assert "执行裁定书" in ending and "裁定如下" in ending and "终结" in ending and "撤回" in ending
    proof = render("evidence", coach, random.Random(0), [])
    assert "撤回执行申请书" in text_of(proof[:1]) and proof[1].starts_document and "电子回单" in text_of(proof[1:])
    crash_basis = text_of(render("enforcement_basis", crash, random.Random(0), []))
    assert "国道318" in crash_basis and "机动车交通事故" in crash_basis
    insurer = text_of(render("payment_voucher", crash, random.Random(0), ["insurer"]))
    window = text_of(render("payment_voucher", crash, random.Random(0), ["window"]))
    assert crash.extra["insurer"] in insurer and "执行款收据" in window and crash.respondent.name in window
    assert {d.code for p in family_plans("court_hx") for d in p.docs} == set(CODES)


def test_the_bureaus_papers_are_bilingual_and_the_tibetan_is_real_script() -> None:
    c = case_of("court_hx_01")
    for code, title in (("enforcement_notice", "执行通知书"), ("enforcement_ruling", "执行裁定书"),
                        ("acceptance_notice", "受理案件通知书")):
        first = render(code, c, random.Random(2), [])[0]
        assert first.lines[:4] == [COURT_BO, "西藏自治区林芝市巴宜区人民法院", title, TITLE_BO[title]]
        top: np.ndarray = np.asarray(first.image.convert("L"), dtype=np.float32)[mm(24): mm(24) + 50]
        assert (top < 128).mean() > 0.01, "a line of Tibetan ink above the Chinese court name"
    f = bo(60)
    glyphs = {_glyph(f, ch) for ch in "ཀཁགངཉཏ"}
    assert len(glyphs) == 6, "six letters, six shapes: the font draws Tibetan, not boxes"
    stacked = f.getbbox("སྐྱ")
    assert stacked[3] - stacked[1] > f.getbbox("ས")[3] - f.getbbox("ས")[1] + 10, "subjoined letters stack below"


def _glyph(f: object, ch: str) -> bytes:
    im = Image.new("L", (100, 120), 0)
    ImageDraw.Draw(im).text((10, 10), ch, font=f, fill=255)  # type: ignore[arg-type]
    return im.tobytes()


def test_a_receipt_is_dated_after_what_it_served_and_the_story_runs_in_order() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hx") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert c.basis_effective < c.filed_on < made_on(c, "enforcement_notice") < made_on(c, "closing_approval_form")
        assert made_on(c, "closing_approval_form") < c.closed_on
    coach = case_of("court_hx_02")
    assert coach.extra["paid_day"] < made_on(coach, "evidence") < made_on(coach, "termination_ruling")
    assert made_on(coach, "remarks_sheet") > coach.closed_on
    crash = case_of("court_hx_03")
    assert crash.extra["insurer_day"] < made_on(crash, "payment_voucher") < made_on(crash, "closing_notice")


def _ink(a: np.ndarray) -> np.ndarray:
    return a.mean(axis=2) < 200


def test_the_duplicated_forms_are_violet_and_uneven() -> None:
    c = case_of("court_hx_01")
    form = render("service_receipt", c, random.Random(5), ["enforcement_notice", "property_report_order"])[0]
    typed = render("enforcement_notice", c, random.Random(5), [])[0]
    a = np.asarray(form.image, dtype=np.float32)
    head = a[mm(24): mm(90)]  # the stencilled head: nothing is written there by hand
    ink = head[_ink(head)]
    assert len(ink) > 2000
    r, g, b = ink.mean(axis=0)
    assert b > r + 25 > g + 25, "blue-violet duplicator ink"
    t = np.asarray(typed.image, dtype=np.float32)[mm(60): mm(200)]
    tr, _, tb = t[_ink(t)].mean(axis=0)
    assert abs(tb - tr) < 20, "the typed papers are black"
    # the ink lies unevenly: a rule cut evenly on the stencil prints heavy here and starved there
    sheet = Sheet()
    for k in range(12):
        sheet.line(mm(20), mm(30) + k * mm(20), mm(190), mm(30) + k * mm(20), width=4, fill=STENCIL)
    mimeo(sheet, random.Random(7))
    grey = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    depth = [float(grey[mm(30) + k * mm(20) - 3: mm(30) + k * mm(20) + 4, x: x + mm(15)].min(axis=0).mean())
             for k in range(12) for x in range(mm(25), mm(175), mm(15))]
    assert max(depth) - min(depth) > 40 and np.std(depth) > 8, "uneven ink along the rules"
    assert min(depth) < 140, "where the ink lies heavy it prints dark"


def test_carbon_copies_are_bluish_and_blurred() -> None:
    rng = random.Random(4)
    direct, copied = Sheet(size=(mm(120), mm(40))), Sheet(size=(mm(120), mm(40)))
    hand(direct, 20, 20, "收到执行款壹万元整", rng, size=60, ink=(10, 10, 10))
    cb = Carbon(copied)
    cb.write(20, 20, "收到执行款壹万元整", random.Random(4), size=60)
    cb.press(random.Random(4))
    assert copied.lines == ["收到执行款壹万元整"]
    d = np.asarray(direct.image, dtype=np.float32)
    k = np.asarray(copied.image, dtype=np.float32)
    strokes = k.mean(axis=2) < 200
    assert strokes.sum() > 500
    r, _, b = k[strokes].mean(axis=0)
    assert b > r + 50, "carbon blue"
    assert k.mean(axis=2).min() > 35 and d.mean(axis=2).min() < 35, "no stroke is pressed fully black"
    mid_k = ((k.mean(axis=2) > 60) & (k.mean(axis=2) < 200)).sum() / max(1, (k.mean(axis=2) <= 60).sum() + 1)
    mid_d = ((d.mean(axis=2) > 60) & (d.mean(axis=2) < 200)).sum() / max(1, (d.mean(axis=2) <= 60).sum() + 1)
    assert mid_k > 2 * mid_d, "soft edges: the blur turns strokes into grey ramps"
    crash = case_of("court_hx_03")
    receipt = render("payment_voucher", crash, random.Random(0), ["window"])[0]
    paper = np.asarray(receipt.image, dtype=np.float32)[mm(5), mm(5)]
    assert paper[0] > paper[1] + 10, "the second leaf is pink"


def _blank(size: tuple[int, int] = (mm(210), mm(297))) -> Sheet:
    s = Sheet(size=size)
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.GlassScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_dust_on_the_glass_sits_at_the_same_place_on_every_page() -> None:
    for seed, dpi, rotation in ((1, 150, 0), (2, 200, 0), (3, 200, 180)):
        _, a = _scan(_blank(), seed, dpi=dpi, rotation=rotation, show=0.0, skew=0.0, noise=1.0, mode="grey")
        for x, y, _r in cap.DUST:
            cx, cy = round(x / 25.4 * dpi), round(y / 25.4 * dpi)
            ring = a[cy - 12: cy + 13, cx - 12: cx + 13]
            assert a[cy, cx] < np.median(ring) - 60, (seed, x, y)
    _, a = _scan(_blank(), 4, dpi=200, rotation=0, show=0.0, skew=0.0, noise=1.0, mode="grey")
    hx, hy = cap.HAIR[2]
    px, py = round(hx / 25.4 * 200), round(hy / 25.4 * 200)
    assert a[py - 3: py + 4, px].min() < np.median(a) - 40, "the hair's curl"


def test_thin_paper_shows_the_backs_print_mirrored() -> None:
    s = _blank()
    s.image.paste((0, 0, 0), (mm(20), mm(100), mm(80), mm(180)))  # a black block in the left third
    kw = dict(dpi=150, rotation=0, skew=0.0, offset=(1.0, 1.0), noise=1.0, mode="grey", lamp=0.0,
              show_shift=(0.0, 0.0))
    _, clear = _scan(s, 6, show=0.0, **kw)
    _, thin = _scan(s, 6, show=0.12, **kw)
    px = 150 / 25.4
    mirror = (slice(int(110 * px), int(170 * px)), slice(int(140 * px), int(180 * px)))
    elsewhere = (slice(int(210 * px), int(260 * px)), slice(int(140 * px), int(180 * px)))
    assert clear[mirror].mean() - thin[mirror].mean() > 12, "the block shows through where its mirror falls"
    assert abs(clear[elsewhere].mean() - thin[elsewhere].mean()) < 4, "and nowhere else"


def test_an_old_flatbed_at_150_to_200_dpi_with_the_lids_pad_along_the_edge() -> None:
    blank = _blank((mm(60), mm(60)))
    plans = [cap.plan_capture(random.Random(s), blank) for s in range(120)]
    assert {p.dpi for p in plans} == {150, 200} and not any(p.photo for p in plans)
    assert 0 < sum(p.rotation != 0 for p in plans) < 30, "now and then a sheet goes on turned"
    assert 40 < sum(p.show > 0 for p in plans) < 120
    _, a = _scan(_blank(), 8, dpi=200, rotation=0, skew=0.0, offset=(3.0, 3.0), show=0.0, noise=1.0, mode="grey",
                    lamp=0.06)
    assert img_width_ok(a, 200)
    strip = a[mm(20): -mm(20), 2:8]
    assert abs(np.median(strip) - cap.LID * 0.975) < 20, "the lid's grey pad where the sheet falls short"
    middle = a[a.shape[0] // 2 - 40: a.shape[0] // 2 + 40]
    w = middle.shape[1]
    assert middle[:, w // 2 - 40: w // 2 + 40].mean() > middle[:, 30:70].mean() + 4, "the lamp tires at its ends"


def img_width_ok(a: np.ndarray, dpi: int) -> bool:
    return abs(a.shape[1] - round(210 / 25.4 * dpi)) <= 2 and abs(a.shape[0] - round(297 / 25.4 * dpi)) <= 2
