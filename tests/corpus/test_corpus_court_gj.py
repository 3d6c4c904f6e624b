"""court_gj (湖北省黄石市下陆区人民法院): three dossiers of 黄石. A 大冶 mine-parts supplier enforces this court's judgment
for rolls and liners against a 下陆 rolling mill, which pays in one sum after its account is frozen — 执行完毕, archived
(cover and catalogue first, the 生效证明书 behind the judgment). A married couple who bake 黄石港饼 enforce, as two
co-applicants, their judgment against a 磁湖 lakeside restaurant company that has closed: nothing found, 限制消费 and
失信, both heard, 终本. A cement plant enforces its 调解书 against a building-materials shop's operator (个体工商户, liable
in person), who settles and pays in monthly instalments over most of a year, each instalment's 回单 or 收条 a page and a
document of its own — the dossier lacks the 案款收取账户确认书. Many pages are copies of copies."""

from __future__ import annotations

import io
import itertools
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gj_capture as cap
from dossier.corpus.families.court_gj import BAKERY_SEQ, CEMENT_SEQ, MILL_SEQ, made_on, render
from dossier.corpus.families.court_gj_kit import copies
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gj_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_gj")]
    assert seqs == [MILL_SEQ, BAKERY_SEQ, CEMENT_SEQ]
    assert all(19000 <= s <= 19999 for s in seqs)
    assert not set(seqs) & {19207, 19318, 19466}, "court_as's cases"
    assert all(p.name.startswith(f"court_gj_0{i}_") for i, p in enumerate(family_plans("court_gj"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gj_01", "court_gj_02", "court_gj_03"):
        c = case_of(prefix)
        assert "鄂0204执19" in c.number
        people = [c.applicant, c.respondent, *([c.extra["wife"]] if "wife" in c.extra else [])]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    shop = case_of("court_gj_03")
    assert shop.extra["shop_code"].startswith("92420204") and check_credit_code(shop.extra["shop_code"]) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    mill, bakery, cement = case_of("court_gj_01"), case_of("court_gj_02"), case_of("court_gj_03")
    judgment = text_of(render("enforcement_basis", mill, random.Random(0), []))
    assert "民事判决书" in judgment and "鄂0204民初" in judgment and "轧辊" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", mill, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", mill, random.Random(0), []))
    assert "执行裁定书" in ruling and mill.extra["r_acct"] in ruling
    # two co-applicants, husband and wife, on every paper that names the applicant
    wife = bakery.extra["wife"].name
    for code in ("enforcement_application", "power_of_attorney", "acceptance_notice", "interview_record",
                 "termination_this_round_ruling"):
        txt = text_of(render(code, bakery, random.Random(0), []))
        assert bakery.applicant.name in txt and wife in txt, code
    ids = render("identity_proof", bakery, random.Random(0), [])
    assert len(ids) == 1 and bakery.extra["wife"].id_number in text_of(ids) and bakery.applicant.id_number in text_of(ids)
    assert "港饼" in text_of(render("enforcement_basis", bakery, random.Random(0), []))
    assert "终结本次执行程序" in text_of(render("termination_this_round_ruling", bakery, random.Random(0), []))
    # the individual business: its licence and its operator's ID card, the operator named as the one liable
    lic = render("identity_proof", cement, random.Random(0), ["respondent"])
    assert len(lic) == 2 and not lic[1].starts_document
    assert "个体工商户" in text_of(lic[:1]) and cement.extra["shop_code"] in text_of(lic[:1])
    assert cement.respondent.id_number in text_of(lic[1:])
    assert "经营者" in text_of(render("enforcement_ruling", cement, random.Random(0), []))
    assert "民事调解书" in text_of(render("enforcement_basis", cement, random.Random(0), []))


def test_the_instalments_run_monthly_over_most_of_a_year_each_its_own_page() -> None:
    c = case_of("court_gj_03")
    pays = c.extra["instalments"]
    assert 8 <= len(pays) <= 10 and sum(a for _, a in pays) == c.amount
    assert (pays[-1][0] - pays[0][0]).days >= 200
    assert all(25 <= (b[0] - a[0]).days <= 37 for a, b in itertools.pairwise(pays))
    deal = text_of(render("settlement_agreement", c, random.Random(0), []))
    assert f"分{len(pays)}期" in deal
    slips = render("payment_voucher", c, random.Random(0), [])
    assert len(slips) == len(pays)
    assert not slips[0].starts_document and all(s.starts_document for s in slips[1:])
    for k, s in enumerate(slips, 1):
        assert f"第{k}期" in text_of([s])
    assert any("收款收据" in text_of([s]) for s in slips) and any("电子回单" in text_of([s]) for s in slips)
    assert made_on(c, "settlement_agreement") < pays[0][0] and c.closed_on > pays[-1][0]


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gj_01", "court_gj_02", "court_gj_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gj") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on


def _strip(generation: int) -> Sheet:
    s = Sheet(size=(mm(150), mm(100)))
    s.lines.append("x")
    from dossier.corpus.fonts import font

    for k in range(6):
        s.text(mm(10), mm(10) + k * mm(13), "口日目田回国图圆围固", font("serif", 40))
    return copies([s], generation)[0]


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CopiedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def test_each_generation_thickens_the_ink_and_greys_the_ground() -> None:
    inks, grounds = [], []
    for gen in (0, 1, 3):
        s = _strip(gen)
        plan = cap.plan_capture(random.Random(5), s)
        assert plan.generation == gen and len(plan.passes) == gen
        for p in plan.passes:
            p.scale, p.close = 1.0, 3
        plan.mode, plan.dpi, plan.skew, plan.rotation, plan.noise = "grey", 200, 0.0, 0, 1.0
        a = np.asarray(Image.open(io.BytesIO(cap.capture(s, plan, random.Random(5)))), dtype=np.float32)
        text = a[mm(10): mm(85), mm(10): mm(110)]
        inks.append(float((text < 110).mean()))
        grounds.append(float(np.median(a[mm(88): mm(96), mm(30): mm(120)])))
    assert inks[0] < inks[1] < inks[2], ("dot gain: more of the strip is ink with each copy", inks)
    assert grounds[0] > grounds[1] > grounds[2], ("the ground greys with each copy", grounds)
    assert grounds[2] > 150, "still a light page a clerk can read"


def test_a_reduced_copy_is_shrunk_off_centre_inside_the_platen_frame() -> None:
    s = Sheet(size=(mm(150), mm(100)))
    s.lines.append("x")
    s.image.paste((0, 0, 0), (0, 0, s.width, s.height))  # an all-black original shows where it landed
    copies([s], 1)
    plan = cap.plan_capture(random.Random(2), s)
    plan.passes[0].scale, plan.passes[0].shift = 0.92, (0.85, 0.2)
    plan.mode, plan.dpi, plan.skew, plan.rotation, plan.noise = "grey", 200, 0.0, 0, 1.0
    a = np.asarray(Image.open(io.BytesIO(cap.capture(s, plan, random.Random(2)))), dtype=np.float32)
    dark = np.argwhere(a < 60)
    x0, x1 = dark[:, 1].min(), dark[:, 1].max()
    assert 0.88 < (x1 - x0) / a.shape[1] < 0.96
    assert x0 > a.shape[1] - x1, "shifted to the right, not centred"
    assert a[:, : max(1, x0 - 30)].mean() > 200, "white copy margin beyond the frame"


def test_capture_settings_lie_in_the_themes_ranges() -> None:
    tall = copies([Sheet(size=(mm(100), mm(150)))], 2)[0]
    ps = [cap.plan_capture(random.Random(k), tall) for k in range(160)]
    assert {p.mode for p in ps} == {"grey", "bilevel"}
    assert all(150 <= p.dpi <= 300 and 50 <= p.quality <= 85 and not p.photo for p in ps)
    assert all(p.dpi >= 200 for p in ps if p.mode == "bilevel")
    turned = [p for p in ps if p.rotation]
    assert 0 < len(turned) < 40 and {p.rotation for p in turned} <= {90, 180, 270}
    scales = [q.scale for p in ps for q in p.passes if q.scale < 1]
    assert scales and all(0.90 <= x <= 0.95 for x in scales)
    assert all(p.rotation == 0 for k in range(40) if (p := cap.plan_capture(random.Random(k), _strip(2)))), \
        "a landscape slip lies on the glass as it is"
    _, a = _scan(_strip(2), 1, rotation=90, mode="bilevel", dpi=200)
    assert a.shape[0] > a.shape[1], "a landscape strip laid sideways comes out tall"
    assert ((a > 64) & (a < 192)).mean() < 0.03, "bilevel: black and white (but for JPEG ringing)"
