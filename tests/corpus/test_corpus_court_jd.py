"""court_jd (吉林省长春市南关区人民法院): three dossiers of 长春's old south end. A 热力 company enforces this court's
judgment for two heating seasons' 采暖费 against a trading company — an account frozen and the sum taken, 执行完毕,
archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment). A 面点师 enforces the
南关区劳动人事争议仲裁委员会's wage award against a closed restaurant company, her son acting for her with the family's
户口簿: nothing found, 限消 and 失信, she is heard, 终本. A retired woman enforces a 民事调解书 against a neighbour who
settles and pays — her younger brother acts for her, and no 亲属关系证明 is in the file.
Every bound page went under an overhead book scanner (the page curving into a dark gutter, the operator's finger at
the outer margin now and then); the loose slips were photographed on a dark glass plate."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import check_plan
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_jd_capture as cap
from dossier.corpus.families.court_jd import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_jd_seqs_lie_in_its_range_and_its_names_are_numbered() -> None:
    plans = family_plans("court_jd")
    assert len(plans) == 3 and all(15000 <= p.seq <= 15099 for p in plans)
    assert all(p.name.startswith(f"court_jd_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [True, True, False]


def test_the_parties_and_the_relatives_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_jd_01", "court_jd_02", "court_jd_03"):
        c = case_of(prefix)
        assert "吉0102执150" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        if c.extra["agent_kind"] == "relative":
            assert check_id_number(c.extra["agent_id"]) is None
            assert c.agent[0] == c.applicant.name[0], "a son or a brother carries the family's surname"


def test_the_case_file_names_a_lawyer_or_a_relative_as_the_agent() -> None:
    kinds = [case_of(p).case_json()["applicants"][0]["agent"]["kind"] for p in ("court_jd_01", "court_jd_02", "court_jd_03")]
    assert kinds == ["lawyer", "relative", "relative"]
    wage = next(p for p in family_plans("court_jd") if p.name.startswith("court_jd_02"))
    loan = next(p for p in family_plans("court_jd") if p.name.startswith("court_jd_03"))
    assert "kinship_proof" in [d.code for d in wage.docs] and "kinship_proof" not in [d.code for d in loan.docs]
    assert not {"law_firm_letter", "lawyer_license"} & {d.code for d in wage.docs + loan.docs}
    assert check_plan(loan, case_of("court_jd_03").case_json(), date(2030, 1, 1)) == ["kinship_proof"]


def test_each_story_is_drawn_in_its_makers_words() -> None:
    heat, wage, loan = case_of("court_jd_01"), case_of("court_jd_02"), case_of("court_jd_03")
    judgment = text_of(render("enforcement_basis", heat, random.Random(0), []))
    assert "民事判决书" in judgment and "吉0102民初" in judgment and "采暖费" in judgment
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "长春市南关区劳动人事争议仲裁委员会" in award and "长南劳人仲裁字〔2023〕" in award
    assert "生效" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    assert "民事调解书" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    book = text_of(render("kinship_proof", wage, random.Random(0), []))
    assert "居民户口簿" in book and wage.applicant.name in book and wage.agent in book and wage.extra["agent_id"] in book
    attorney = text_of(render("power_of_attorney", loan, random.Random(0), []))
    assert "姐弟" in attorney and loan.agent in attorney
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "终结本次执行程序" in ttr and "之子" in ttr
    assert heat.extra["r_acct"] in text_of(render("enforcement_ruling", heat, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_jd_01", "court_jd_02", "court_jd_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_jd") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.BookShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def _page(lines: bool = True) -> Sheet:
    s = Sheet()
    if lines:
        s.lines.append("x")
    return s


def test_a_bound_page_curves_into_a_dark_gutter_on_its_binding_side() -> None:
    s = _page()
    for x_mm in (10, 100, 120, 190):
        s.line(mm(x_mm), mm(40), mm(x_mm), mm(250), width=4)
    plan, a = _shot(s, 1, dpi=200, fingers=[], skew=0.0, grey=True, squeeze=0.8, curl_mm=30.0, noise=1.0)
    assert plan.mode == "book" and not plan.photo and plan.binding == "left"
    grey = a.mean(axis=2)
    h, w = grey.shape
    row = grey[h // 2]
    dark = [x for x in range(1, w - 1) if row[x] < 90 and row[x] <= row[x - 1] and row[x] <= row[x + 1]]
    lines = [x for k, x in enumerate(dark) if k == 0 or x - dark[k - 1] > 5]
    spine = round(7 / 25.4 * 200)
    edge = spine + mm(210) - plan.squeeze * plan.curl_mm / 25.4 * 200
    page_lines = [x for x in lines if spine + 5 < x < edge - 10]
    assert len(page_lines) == 4, lines
    near, mid, inner, far = page_lines
    assert mid - near < mm(90) * 0.97, "the lines crowd toward the spine"
    assert abs((far - inner) - mm(70)) < mm(3), "the outer half lies flat"
    gutter = grey[h // 3: 2 * h // 3, spine + 2: spine + 12].mean()
    middle = grey[h // 3: 2 * h // 3, w // 2: w // 2 + 10].mean()
    assert gutter < middle - 40, (gutter, middle)
    assert grey[h // 2, -3] < 80, "the dark cradle beyond the outer edge"
    _, b = _shot(_page(lines=False), 1, dpi=200, fingers=[], skew=0.0, grey=True, noise=1.0, binding="right")
    gb = b.mean(axis=2)
    assert gb[h // 2, w - spine - 8] < gb[h // 2, w // 2] - 40, "a blank back (verso) has its spine at the right"
    assert cap.plan_capture(random.Random(2), _page(lines=False)).binding == "right"


def test_a_finger_holds_the_outer_margin_and_a_landscape_sheet_lies_turned() -> None:
    plan, a = _shot(_page(), 3, dpi=200, fingers=[(0.5, 18.0, 9.0)], skew=0.0, grey=False, noise=1.0,
                    tint=(1.0, 1.0, 1.0))
    edge = round((7 + 210 - plan.squeeze * plan.curl_mm) / 25.4 * 200)
    y = round(8 / 25.4 * 200 + 0.5 * mm(297))
    r, g, b = a[y - 5: y + 5, edge + 10: edge + 30].reshape(-1, 3).mean(axis=0)
    assert r > g + 15 and g > b and r - b > 35, "skin, not paper or felt"
    inside = a[y - 5: y + 5, edge - mm(20): edge - mm(15)].mean()
    assert inside > 200, "the print area stays clear"
    wide = Sheet(size=(mm(297), mm(210)))
    wide.lines.append("x")
    plans = [cap.plan_capture(random.Random(s), wide) for s in range(20)]
    assert {p.rotation for p in plans} <= {90, 270} and all(p.mode == "book" for p in plans)
    pages = [cap.plan_capture(random.Random(s), _page()) for s in range(200)]
    assert 20 < sum(bool(p.fingers) for p in pages) < 120
    assert all(200 <= p.dpi <= 300 and abs(p.skew) < 1 for p in pages)


def test_a_loose_slip_is_photographed_on_the_dark_glass_plate() -> None:
    slip = Sheet(size=(mm(210), mm(118)), paper=(250, 247, 240))
    slip.lines.append("x")
    plan, a = _shot(slip, 4, rotation=0, plate_angle=3.0, grey=False)
    assert plan.mode == "plate" and plan.photo
    h, w = a.shape[:2]
    assert h > mm(118) * plan.dpi / 200 and w > mm(210) * plan.dpi / 200
    corners = [a[:20, :20], a[:20, -20:], a[-20:, :20], a[-20:, -20:]]
    assert all(c.mean() < 90 for c in corners), "black glass round the slip"
    assert a[h // 2 - 10: h // 2 + 10, w // 2 - 10: w // 2 + 10].mean() > 200, "the slip's paper"
