"""court_im (浙江省嘉兴市秀洲区人民法院): three dossiers of 秀洲. A textile-machinery maker enforces this court's judgment
for water-jet looms against a 王江泾 weaving mill — the looms seized, appraised and sold, paid out, archived (cover and
catalogue first, the civil division's 生效证明书 behind the judgment). A bank enforces a notarised loan (公证书, the
notary's 执行证书 behind it) against a 洪合 sweater-shop owner and his guarantor — deposits deducted, paid out. A
farmer enforces this court's land-rent judgment against a cooperative with nothing left — 限制消费, 失信, heard, 终本,
filed without the 网络查控 printout. Every page is a microfilm frame scanned back: dark frame border, high contrast,
density of its own, vertical scratches, dust and hairs, barrel distortion, now and then out of focus."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import INK, Sheet, mm
from dossier.corpus.families import court_im_capture as cap
from dossier.corpus.families.court_im import made_on, render
from dossier.corpus.families.court_im_kit import gb_date
from dossier.corpus.families.court_im_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_im_01", "court_im_02", "court_im_03")


def test_court_im_seqs_lie_in_its_range_and_its_dossiers_are_named_in_order() -> None:
    plans = family_plans("court_im")
    assert len(plans) == 3 and all(11300 <= p.seq <= 11399 for p in plans)
    assert all(p.name.startswith(f"court_im_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [True, True, False] and MISSING == "online_inquiry_result"
    assert not any(d.code == MISSING for d in plans[2].docs)
    assert plans[0].stage == "archive" and plans[1].basis_kind == "notarial"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "浙0411执113" in c.number
        people = [c.applicant, c.respondent] + ([c.extra["guarantor"]] if "guarantor" in c.extra else [])
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_im_03").respondent.id_number.startswith("93330411"), "a farmers' cooperative's code"
    assert case_of("court_im_02").extra["guarantor"].id_number != case_of("court_im_02").respondent.id_number


def test_each_story_is_drawn_in_its_makers_words() -> None:
    loom, loan, rent = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", loom, random.Random(0), []))
    assert "民事判决书" in judgment and "判决如下" in judgment and "浙0411民初" in judgment and "喷水织机" in judgment
    assert "生效证明书" in text_of(render("effectiveness_certificate", loom, random.Random(0), []))
    notarial = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "公证书" in notarial and "赋予债权文书强制执行效力" in notarial and loan.extra["notary_no"] in notarial
    certificate = text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    assert "执行证书" in certificate and loan.extra["cert_no"] in certificate and loan.extra["guarantor"].name in certificate
    sale = text_of(render("enforcement_ruling", loom, random.Random(0), ["sale"]))
    seize = text_of(render("enforcement_ruling", loom, random.Random(0), []))
    assert "执行裁定书" in sale and "裁定如下" in sale and "变卖" in sale and "号之二" in sale
    assert "查封" in seize and "变卖价" not in seize
    ttr = text_of(render("termination_this_round_ruling", rent, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结" in ttr and "本次执行程序" in ttr and "土地租金" in ttr
    assert "限制消费令" in text_of(render("consumption_restriction_order", rent, random.Random(0), []))
    app = text_of(render("enforcement_application", loan, random.Random(0), []))
    assert "限制高消费" in app and "失信被执行人名单" in app
    inquiry = text_of(render("online_inquiry_result", loan, random.Random(0), []))
    assert loan.extra["r_acct"][-6:] in inquiry, "the shop owner's deposits found online"


def test_the_bureaus_gb_template_prints_its_dates_with_the_round_zero() -> None:
    c = case_of("court_im_01")
    lines = render("acceptance_notice", c, random.Random(0), [])[0].lines
    assert gb_date(made_on(c, "acceptance_notice")) in lines and "○" in gb_date(c.filed_on)
    assert not any("〇" in line for line in lines)


def test_papers_are_dated_in_the_order_the_case_ran() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert made_on(c, "enforcement_application") < c.filed_on <= made_on(c, "acceptance_notice")
        assert made_on(c, "effectiveness_certificate") < c.filed_on
        assert made_on(c, "enforcement_notice") < made_on(c, "enforcement_ruling") < c.closed_on
        if c.method == "fully_performed":
            assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") < made_on(c, "closing_approval_form") < c.closed_on
    loom = case_of("court_im_01")
    assert made_on(loom, "enforcement_ruling") < made_on(loom, "investigation_record") < made_on(loom, "sale_ruling")
    assert made_on(loom, "sale_ruling") < made_on(loom, "payment_voucher")
    assert all(made_on(loom, x) > loom.closed_on for x in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"))
    rent = case_of("court_im_03")
    assert (rent.closed_on - rent.filed_on).days > 90
    assert made_on(rent, "interview_record") < made_on(rent, "termination_this_round_ruling")


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_im") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] < c.closed_on


# --- the microfilm frames, measured on pixels ---------------------------------------------------------------

def _strip(text: bool = False) -> Sheet:
    s = Sheet(size=(mm(160), mm(120)))
    s.lines.append("x")
    if text:
        f = font("song_gb", 40)
        for k in range(12):
            s.text(mm(15), mm(15) + k * 60, "执行裁定书本院依据已经发生法律效力的民事判决书", f)
    return s


def _quiet(sheet: Sheet, seed: int = 1, **change: object) -> tuple[cap.FilmFrame, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    base: dict[str, object] = {"dpi": 200, "rotation": 0, "scratches": [], "dust": 0, "hairs": 0, "blur": 0.0,
                               "density": 0.0, "level": 248.0, "falloff": 0.0, "barrel": 0.0, "noise": 1.0, "quality": 92}
    for k, v in {**base, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def test_the_frame_sits_in_the_films_dark_border_at_the_planned_dpi() -> None:
    sheet = _strip()
    _plan, a = _quiet(sheet, dpi=300, border=(0.03, 0.02, 0.03, 0.02), scale=0.94)
    h, w = a.shape
    assert (w, h) == (round(sheet.width * 1.5), round(sheet.height * 1.5))
    assert a[:, : int(w * 0.012)].mean() < 40 and a[:, -int(w * 0.012):].mean() < 40, "the film's black at both sides"
    assert a[: int(h * 0.008)].mean() < 40 and a[-int(h * 0.008):].mean() < 40
    assert np.median(a[h // 3: 2 * h // 3, w // 3: 2 * w // 3]) > 200, "the paper clipped near white"
    _, turned = _quiet(sheet, rotation=90)
    assert turned.shape == (round(sheet.width), round(sheet.height)), "a frame filmed sideways comes out turned"


def test_the_scanners_curve_is_steep_and_every_frame_has_its_own_density() -> None:
    s = _strip()
    ramp = np.linspace(0, 255, mm(120)).astype(np.uint8)
    for k, v in enumerate(ramp):
        s.draw.line((mm(20) + k, mm(40), mm(20) + k, mm(80)), fill=(int(v),) * 3)
    _, a = _quiet(s, border=(0.0, 0.0, 0.0, 0.0), scale=1.0, contrast=11.0)
    row = a[mm(60), mm(24): mm(136)]
    mid = ((row > 70) & (row < 185)).mean()
    assert mid < 0.3, f"a linear scan would leave ~45 % of the ramp mid-grey, this one {mid:.0%}"
    papers = []
    for seed in range(10):
        plan = cap.plan_capture(random.Random(seed), s)
        _, b = _quiet(_strip(), seed, density=plan.density, level=plan.level, falloff=plan.falloff, falloff_angle=plan.falloff_angle,
                      contrast=plan.contrast, pivot=plan.pivot)
        papers.append(float(np.median(b[b.shape[0] // 4: -b.shape[0] // 4, b.shape[1] // 4: -b.shape[1] // 4])))
    assert max(papers) - min(papers) > 20, papers
    _, lit = _quiet(_strip(), falloff=0.14, falloff_angle=0.0, density=-0.1)
    h, w = lit.shape
    assert lit[h // 3: 2 * h // 3, w // 8: w // 5].mean() > lit[h // 3: 2 * h // 3, -w // 5: -w // 8].mean() + 8, \
        "the light falls off across the frame"


def test_scratches_run_down_the_frame_and_dust_and_hair_sit_on_it() -> None:
    _, a = _quiet(_strip(), scratches=[(0.5, 2.0, -130.0, 0.0, 1.0)], border=(0.0, 0.0, 0.0, 0.0), scale=1.0)
    _h, w = a.shape
    x = int(w * 0.5)
    band = a[:, x - 12: x + 14]
    paper = float(np.median(a))
    dark_rows = (band.min(axis=1) < paper - 70).mean()
    assert dark_rows > 0.9, f"a dark line through {dark_rows:.0%} of the rows"
    _, clean = _quiet(_strip(), border=(0.0, 0.0, 0.0, 0.0), scale=1.0)
    assert (clean[:, x - 12: x + 14].min(axis=1) < paper - 70).mean() < 0.02

    def specks(img: np.ndarray) -> int:
        inner = img[20:-20, 20:-20]
        n, _labels = cv2.connectedComponents((inner < 120).astype(np.uint8))
        return n - 1

    _, dusty = _quiet(_strip(), dust=60, hairs=2, border=(0.0, 0.0, 0.0, 0.0), scale=1.0)
    assert specks(clean) == 0 and specks(dusty) > 25


def test_the_lens_bows_straight_rules_outward() -> None:
    s = _strip()
    y_line = mm(14)
    s.line(mm(6), y_line, s.width - mm(6), y_line, width=4, fill=INK)

    def rows(a: np.ndarray) -> tuple[float, float]:
        h, w = a.shape
        def at(x: int) -> float:
            col = a[: h // 2, x]
            return float(np.argmin(col))
        return at(w // 2), (at(int(w * 0.1)) + at(int(w * 0.9))) / 2

    _, straight = _quiet(s, border=(0.0, 0.0, 0.0, 0.0), scale=1.0)
    mid, ends = rows(straight)
    assert abs(mid - ends) <= 1
    _, bowed = _quiet(s, border=(0.0, 0.0, 0.0, 0.0), scale=1.0, barrel=0.05)
    mid, ends = rows(bowed)
    assert ends - mid >= 2, "the rule near the top bows up in the middle, its ends drawn in towards the centre"


def test_a_frame_now_and_then_out_of_focus() -> None:
    def sharpness(a: np.ndarray) -> float:
        return float(cv2.Laplacian(a, cv2.CV_32F).var())

    _, sharp = _quiet(_strip(text=True))
    _, soft = _quiet(_strip(text=True), blur=2.0)
    assert sharpness(soft) < 0.5 * sharpness(sharp)
    plans = [cap.plan_capture(random.Random(k), _strip()) for k in range(300)]
    assert 0.04 < sum(p.blur > 0 for p in plans) / 300 < 0.25
    assert 0.03 < sum(p.rotation != 0 for p in plans) / 300 < 0.2
    assert {p.dpi for p in plans} == {200, 240, 300} and not any(p.photo for p in plans)
    assert all(p.scratches for p in plans) and all(0 < p.barrel <= 0.05 for p in plans)
