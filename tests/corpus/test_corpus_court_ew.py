"""court_ew (浙江省丽水市莲都区人民法院): three dossiers of 丽水's 香菇 and celadon trade. A 庆元 香菇 co-operative enforces
this court's own judgment for 花菇 delivered to a food-trading firm: the firm's account frozen and deducted, the rest
paid under a settlement, 执行完毕 and archived (cover and catalogue first, the 生效证明书 right behind the judgment). A
龙泉 celadon maker enforces a 丽水仲裁委员会 award against a gift company whose shop is shut: nothing found, 限制消费 and
失信, the applicant's lawyer heard, 终本. A cold-store owner enforces 丽水中院's 二审 judgment for 冷库 rent against a 香菇
dealer who settles and pays — handed in without the lawyer's 执业证 copy. The parties' papers were captured through
the clear sheet protectors they came in (glare, creases, the hole strip, dust); the court's own papers plainly."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ew_capture as cap
from dossier.corpus.families.court_ew import made_on, render
from dossier.corpus.families.court_ew_kit import SLEEVE
from dossier.corpus.families.court_ew_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of as _case_of
from .family_stories import family_plans, text_of

case_of = cache(_case_of)


def test_court_ew_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_ew")]
    assert len(seqs) == 3 and all(99400 <= s <= 99699 for s in seqs) and 99418 not in seqs
    assert all(p.name.startswith(f"court_ew_0{i}_") for i, p in enumerate(family_plans("court_ew"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ew_01", "court_ew_02", "court_ew_03"):
        c = case_of(prefix)
        assert "浙1102执994" in c.number or "浙1102执995" in c.number or "浙1102执996" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_ew_01").applicant.id_number.startswith("93"), "a 农民专业合作社's code"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    shiitake, celadon, coldstore = case_of("court_ew_01"), case_of("court_ew_02"), case_of("court_ew_03")
    own = text_of(render("enforcement_basis", shiitake, random.Random(0), []))
    assert "浙江省丽水市莲都区人民法院" in own and "判决如下" in own and "香菇" in own
    award = text_of(render("enforcement_basis", celadon, random.Random(0), []))
    assert "丽水仲裁委员会" in award and "裁决如下" in award and "青瓷" in award
    appeal = text_of(render("enforcement_basis", coldstore, random.Random(0), []))
    assert "浙江省丽水市中级人民法院" in appeal and "驳回上诉，维持原判" in appeal and "冷库" in appeal
    ttr = text_of(render("termination_this_round_ruling", celadon, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", shiitake, random.Random(0), []))
    assert "执行裁定书" in ruling and shiitake.extra["r_acct"] in ruling
    assert "决定书" in text_of(render("dishonest_list_decision", celadon, random.Random(0), []))
    defective = next(p for p in family_plans("court_ew") if not p.complete)
    assert MISSING == "lawyer_license" and all(d.code != MISSING for d in defective.docs)
    assert any(d.code == "law_firm_letter" for d in defective.docs), "the firm's letter came, the licence did not"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ew_01", "court_ew_02", "court_ew_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ew") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _grey_sheet(sleeved: bool | str) -> Sheet:
    s = Sheet()
    s.image.paste((128, 128, 128), (0, 0, s.width, s.height))
    s.lines.append("x")
    if sleeved:
        setattr(s, SLEEVE, sleeved)
    return s


def _shoot(sheet: Sheet, plan: cap.SleeveShot, seed: int = 3) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return np.asarray(img.convert("L"), dtype=np.float32)


def _bare(sheet: Sheet) -> cap.SleeveShot:
    plan = cap.plan_capture(random.Random(1), sheet)
    plan.dpi, plan.skew, plan.photo, plan.bands, plan.hot_spot, plan.creases = 100, 0.0, False, [], None, []
    plan.dust, plan.prints, plan.bow, plan.holes = 0, [], None, 0
    return plan


def test_the_courts_own_papers_are_scanned_plainly_and_the_parties_through_plastic() -> None:
    own = render("acceptance_notice", case_of("court_ew_01"), random.Random(0), [])[0]
    received = render("enforcement_application", case_of("court_ew_01"), random.Random(0), [])[0]
    assert not getattr(own, SLEEVE, False) and getattr(received, SLEEVE, False)
    plain = [cap.plan_capture(random.Random(s), own) for s in range(20)]
    assert not any(p.sleeve or p.photo or p.bands or p.holes for p in plain)
    shots = [cap.plan_capture(random.Random(s), received) for s in range(40)]
    assert all(p.sleeve and p.creases and p.strip_mm > 0 for p in shots)
    assert len({(p.photo, p.side, p.holes, p.dpi) for p in shots}) == 1, "a paper's pages: one device, one make of sleeve"
    devices = [getattr(render("fee_receipt", case_of("court_ew_02"), random.Random(s), [])[0], SLEEVE) for s in range(8)]
    assert {d.split(":")[0] for d in devices} == {"camera", "flatbed"}, "some under the document camera, some on the flatbed"
    others = [cap.plan_capture(random.Random(0), _grey_sheet(d)) for d in ("camera:1", "camera:2", "flatbed:3", "flatbed:4")]
    assert cap.plan_capture(random.Random(0), _grey_sheet(True)).sleeve
    assert len({(p.side, p.holes, p.dpi) for p in others}) > 1 and {p.photo for p in others} == {True, False}
    plain[0].dpi = 100
    a = _shoot(own, plain[0])
    h = a.shape[0]
    assert np.percentile(a[h // 3:, :], 80) > 235, "white paper, no sleeve"


def test_a_glare_band_washes_the_page_toward_white() -> None:
    sheet = _grey_sheet(True)
    plan = _bare(sheet)
    plan.bands = [cap.Band(angle=0.0, at=0.0, width=0.04, strength=0.7)]
    a = _shoot(sheet, plan)
    h, w = a.shape
    band = a[h // 2 - 4: h // 2 + 4, w // 3: 2 * w // 3].mean()
    away = a[h // 5: h // 5 + 8, w // 3: 2 * w // 3].mean()
    assert band > away + 50, (band, away)


def test_the_hole_strip_and_a_crease_cross_the_page() -> None:
    sheet = _grey_sheet(True)
    plan = _bare(sheet)
    plan.side, plan.holes, plan.strip_mm = "left", 4, 12.0
    plan.creases = [cap.Crease(points=[(0.3, 0.8), (0.6, 0.8), (0.95, 0.8)], strength=0.6, width=3.0)]
    a = _shoot(sheet, plan)
    h, w = a.shape
    strip = int(12.0 * plan.dpi / 25.4)
    column = a[:, strip // 2]
    assert column.min() < 125 and column.max() > 235, "hole rims dark, the lid white through the holes"
    assert a[h // 2, strip // 2] > a[h // 2, strip * 3] + 25, "the frosted strip is lighter than the sheet behind the film"
    row = a[int(0.8 * h) - 6: int(0.8 * h) + 8, w // 2: 3 * w // 4].mean(axis=1)
    assert row.max() - row.min() > 30, "the crease: a dark fold with a bright ridge beside it"
