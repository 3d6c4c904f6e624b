"""court_go (山西省晋城市城区人民法院): three dossiers of 晋城. A retired miner enforces this court's 民间借贷 judgment
against a 泽州 lorry owner who dies during enforcement with nothing to inherit: the hospital's 居民死亡医学证明（推断）书,
the village committee's 证明, a visit to the village, and the case is ended (终结执行), the volume archived. A trucking
fleet enforces 晋城仲裁委员会's freight award against a coal-trading company whose yard stands empty: 终本. A 阳城
pottery shop enforces 阳城县人民法院's judgment against a 皇城 homestay keeper, who settles and pays — without the
财产线索提供表. Every page a phone photo in the file room: flicker bands, a green cast, the wooden table round it."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_go_capture as cap
from dossier.corpus.families.court_go import made_on, render
from dossier.corpus.families.court_go_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_go_seqs_lie_in_its_range_and_miss_every_other_dossiers() -> None:
    ours = family_plans("court_go")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(29400 <= s <= 29899 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_go"}
    assert all(p.name.startswith(f"court_go_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.method for p in ours] == ["terminated", "terminated_this_round", "fully_performed"]
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_go_01", "court_go_02", "court_go_03"):
        c = case_of(prefix)
        assert "晋0502执29" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    pottery = case_of("court_go_03")
    assert pottery.applicant.id_number.startswith("92140522"), "a 阳城 个体工商户"


def test_the_debtor_dies_and_the_case_is_ended_on_its_proof() -> None:
    loan = case_of("court_go_01")
    r = loan.respondent
    judgment = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事判决书" in judgment and "晋0502民初" in judgment and "民间借贷" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    death = text_of(render("evidence", loan, random.Random(0), ["death"]))
    assert "居民死亡医学证明（推断）书" in death and r.id_number in death and loan.extra["hospital"] in death
    note = text_of(render("evidence", loan, random.Random(0), ["village"]))
    assert loan.extra["committee"] in note and "没有留下遗产" in note and r.name in note
    ended = text_of(render("termination_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ended and "裁定如下" in ended and "第二百六十八条第三项" in ended
    assert f"终结本院{loan.basis_number}民事判决书的执行" in ended and "终结本次执行程序" not in ended
    assert made_on(loan, "enforcement_ruling") < loan.extra["died"] < made_on(loan, "evidence")
    assert made_on(loan, "evidence") < made_on(loan, "investigation_record") < made_on(loan, "termination_ruling")
    assert made_on(loan, "termination_ruling") < loan.closed_on < made_on(loan, "dossier_cover")


def test_the_freight_award_and_the_pottery_judgment_in_their_makers_words() -> None:
    freight, pottery = case_of("court_go_02"), case_of("court_go_03")
    award = text_of(render("enforcement_basis", freight, random.Random(0), []))
    assert "晋城仲裁委员会" in award and "晋城仲裁字第" in award and "运费" in award and "裁决如下" in award
    certificate = text_of(render("effectiveness_certificate", freight, random.Random(0), []))
    assert "生效证明" in certificate and freight.basis_number in certificate
    ttr = text_of(render("termination_this_round_ruling", freight, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and freight.extra["yard"] in ttr
    judgment = text_of(render("enforcement_basis", pottery, random.Random(0), []))
    assert "阳城县人民法院" in judgment and "晋0522民初" in judgment and pottery.extra["homestay"] in judgment
    assert "和解" in text_of(render("settlement_agreement", pottery, random.Random(0), []))
    application = text_of(render("enforcement_application", pottery, random.Random(0), []))
    assert "限制消费" in application and "失信被执行人名单" in application


def test_only_the_pottery_dossier_lacks_the_clue_form() -> None:
    holds = {p.name[:11]: {d.code for d in p.docs} for p in family_plans("court_go")}
    assert MISSING == "property_clue_form"
    assert MISSING in holds["court_go_01"] and MISSING in holds["court_go_02"] and MISSING not in holds["court_go_03"]


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_go_01", "court_go_02", "court_go_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_go") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _blank() -> Sheet:
    s = Sheet(size=(mm(170), mm(150)))  # a piece of a page is enough to measure, and quick
    s.lines.append("x")
    return s


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.PhoneShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.mode == "RGB"
    return plan, np.asarray(img, dtype=np.float32)


def test_the_tubes_flicker_across_the_page_in_soft_bands() -> None:
    steady = {"rotation": 0, "shake": 0.0, "falloff": 0.0, "noise": 1.0, "corners": (0.0,) * 8, "turn": 0.0,
              "band_shape": 0.0}
    for seed, bands in ((1, 3.0), (2, 6.0)):
        plan, a = _shot(_blank(), seed, bands=bands, band_depth=0.15, **steady)
        h, w = a.shape[:2]
        top, bottom = round(h * plan.margin / (1 + 2 * plan.margin)) + 4, h - round(h * plan.margin / (1 + 2 * plan.margin)) - 4
        rows = a[top:bottom, w // 3: 2 * w // 3, 1].mean(axis=1)
        assert rows.max() - rows.min() > 20, "light and dark bands on the paper"
        spectrum = np.abs(np.fft.rfft(rows - rows.mean()))
        peak = int(np.argmax(spectrum[1:])) + 1
        assert abs(peak / (bottom - top) * h - bands) < 1.0, (peak, bands)
    _, flat = _shot(_blank(), 3, band_depth=0.0, **steady)
    h, w = flat.shape[:2]
    rows = flat[h // 5: -h // 5, w // 3: 2 * w // 3, 1].mean(axis=1)
    assert rows.max() - rows.min() < 6, "no bands without the flicker"


def test_a_green_paper_on_a_wooden_table() -> None:
    _, a = _shot(_blank(), 4, rotation=0, shake=0.0, band_depth=0.0, falloff=0.0)
    h, w = a.shape[:2]
    paper = a[h // 3: 2 * h // 3, w // 3: 2 * w // 3].reshape(-1, 3)
    r, g, b = np.median(paper, axis=0)
    assert g > r + 5 and g > b + 8 and g > 200, "white paper under old tubes: a green-grey"
    desk = a[: max(4, h // 60), :].reshape(-1, 3)
    dr, _dg, db = desk.mean(axis=0)
    assert dr > db + 20 and dr < r - 40, "brown wood round the sheet, darker than the paper"


def test_the_shots_vary_and_a_few_are_turned() -> None:
    blank = _blank()
    shots = [cap.plan_capture(random.Random(s), blank) for s in range(400)]
    assert all(150 <= p.dpi <= 250 and 60 <= p.quality <= 90 and p.photo for p in shots)
    turns = [p.rotation for p in shots]
    assert turns.count(0) > 350 and turns.count(180) >= 3 and turns.count(90) + turns.count(270) >= 3
    assert 40 < sum(p.shake > 0 for p in shots) < 140, "a shaky hand now and then"
    assert len({round(p.bands, 1) for p in shots}) > 30 and all(p.band_depth <= 0.17 for p in shots)
    plan, upright = _shot(blank, 5, rotation=0)
    _, sideways = _shot(blank, 5, rotation=90)
    assert sideways.shape[:2] == upright.shape[1::-1], "stored sideways"
    h, w = upright.shape[:2]
    scale = plan.dpi / 200
    assert w > blank.width * scale and h > blank.height * scale, "the desk shows round the page"
