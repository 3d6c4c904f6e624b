"""court_dx (辽宁省锦州市古塔区人民法院): a seafood processor's judgment for 冷冻虾仁 against a 冷链 trader (frozen,
settled, paid, archived); a laid-off worker's 劳动仲裁 award for wages against a shut-down 石化配件 plant (终本); a
used-car buyer's judgment against the dealer (paid, without the 结案通知书). Loose papers were scanned inside their
clear sheet protectors."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dx_capture as cap
from dossier.corpus.families.court_dx import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dx_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_dx")
    assert len(plans) == 3 and all(41000 <= p.seq <= 41999 for p in plans)
    assert all(p.name.startswith(f"court_dx_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dx_01", "court_dx_02", "court_dx_03"):
        c = case_of(prefix)
        assert "辽0702执41" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    sea, wage, car = case_of("court_dx_01"), case_of("court_dx_02"), case_of("court_dx_03")
    assert "冷冻虾仁" in text_of(render("enforcement_basis", sea, random.Random(0), []))
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "锦州市劳动人事争议仲裁委员会" in award and "裁决如下" in award
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    assert car.extra["plate"] in text_of(render("enforcement_ruling", car, random.Random(0), []))
    ident = text_of(render("identity_proof", car, random.Random(0), ["respondent"]))
    assert car.respondent.id_number in ident


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_dx_01", "court_dx_02"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dx") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served)


def _scan(plan: cap.SleeveScan, sheet: Sheet) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(1))))
    assert img.info["dpi"][0] == plan.dpi and img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img.convert("L"), dtype=np.float32)


def test_the_sleeve_shows_its_punched_strip_and_a_glare_band() -> None:
    sheet = Sheet()
    sheet.draw.rectangle((0, 0, sheet.width, sheet.height), fill=(200, 200, 200))
    plan = next(p for p in (cap.plan_capture(random.Random(s), sheet) for s in range(40)) if p.sleeve)
    plan.glare, plan.wrinkles, plan.slip, plan.skew, plan.shift = [(0.6, 0.05, 0.8, 0.0)], [], False, 0.0, (0.0, 0.0)
    a = _scan(plan, sheet)
    h, w = a.shape
    band = a[h // 3: 2 * h // 3, int(w * 0.58): int(w * 0.62)].mean()
    plain = a[h // 3: 2 * h // 3, int(w * 0.3): int(w * 0.34)].mean()
    assert band > plain + 20, "a bright glare band where the plastic lifts"
    strip = int(plan.strip * plan.dpi / 25.4)
    edge = a[h // 3: 2 * h // 3, strip - 2: strip + 3].mean(axis=0).min()
    assert edge < plain - 15, "the welded edge of the punched strip is a dark line"
    bare = [p for p in (cap.plan_capture(random.Random(s), sheet) for s in range(40)) if not p.sleeve]
    assert bare and all(not p.glare and not p.strip for p in bare)
