"""court_et (内蒙古自治区通辽市科尔沁区人民法院): three dossiers of 科尔沁. A 粮贸 company enforces a 通辽仲裁委员会 award
for 玉米 money against a corn-drying plant: the account deducted, the rest paid under a settlement, closed 执行完毕 and
archived (cover and catalogue first, the award's 生效证明 right behind it). The rural bank enforces its judgment
against a beef-cattle feedlot owner whose herd died: nothing found, 限制消费 and 失信, the bank's lawyer heard, 终本.
A machining shop enforces 通辽中院's appeal judgment against an aluminium-products company for subcontract work,
settled and paid — without the 送达地址确认书. The bureau's scanner drops blue: the ballpoint fills and the blue form
grids vanish or leave faint ghosts, black print stays, red seals turn grey."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, mm
from dossier.corpus.families import court_et_capture as cap
from dossier.corpus.families.court_et import made_on, render
from dossier.corpus.families.court_et_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_et_seqs_lie_in_its_range_and_names_run_in_order() -> None:
    plans = family_plans("court_et")
    assert len(plans) == 3 and all(96000 <= p.seq <= 96999 for p in plans)
    assert all(p.name.startswith(f"court_et_0{i}_") for i, p in enumerate(plans, 1))
    defective = [p for p in plans if not p.complete]
    assert len(defective) == 1 and MISSING not in [d.code for d in defective[0].docs]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_et_01", "court_et_02", "court_et_03"):
        c = case_of(prefix)
        assert "蒙0502执96" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    corn, cattle, alu = case_of("court_et_01"), case_of("court_et_02"), case_of("court_et_03")
    award = text_of(render("enforcement_basis", corn, random.Random(0), []))
    assert "通辽仲裁委员会" in award and "裁决书" in award and "玉米" in award
    assert "生效" in text_of(render("effectiveness_certificate", corn, random.Random(0), []))
    appeal = text_of(render("enforcement_basis", alu, random.Random(0), []))
    assert "通辽市中级人民法院" in appeal and "驳回上诉，维持原判" in appeal
    ttr = text_of(render("termination_this_round_ruling", cattle, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "肉牛" in text_of(
        render("enforcement_ruling", cattle, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    c = case_of("court_et_02")
    for p in family_plans("court_et"):
        if not p.name.startswith("court_et_02"):
            continue
        for d in p.docs[-2:]:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served)


def _swatches() -> Sheet:
    s = Sheet()
    s.draw.rectangle((mm(20), mm(20), mm(60), mm(60)), fill=INK)
    s.draw.rectangle((mm(80), mm(20), mm(120), mm(60)), fill=BLUE_INK)
    s.draw.rectangle((mm(140), mm(20), mm(180), mm(60)), fill=RED)
    s.draw.rectangle((mm(20), mm(80), mm(60), mm(120)), fill=(70, 110, 205))
    return s


def test_the_scanner_drops_blue_keeps_black_and_turns_red_seals_grey() -> None:
    sheet = _swatches()
    for seed in range(3):
        plan = cap.plan_capture(random.Random(seed), sheet)
        plan.skew, plan.streak = 0.0, -1.0
        img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
        assert img.mode == "L" and 200 <= plan.dpi <= 300 and img.info["dpi"][0] == plan.dpi
        a = np.asarray(img, dtype=np.float32)
        k = plan.dpi / 200

        def at(x: float, y: float, a: np.ndarray = a, k: float = k) -> float:
            return float(a[int(mm(y) * k), int(mm(x) * k)])

        paper = at(100, 200)
        assert at(40, 40) < 60, "black print stays black"
        assert paper - at(100, 40) < 60 and at(100, 40) > 180, "blue ballpoint is gone or a faint ghost"
        assert paper - at(40, 100) < 25, "the blue form grid is dropped"
        assert 110 < at(160, 40) < 215, "a red seal comes out mid-grey"


def test_a_filled_receipt_loses_its_ballpoint_but_keeps_its_printed_labels() -> None:
    c = case_of("court_et_01")
    sheet = render("service_receipt", c, random.Random(1), ["enforcement_notice"])[0]
    rgb = np.asarray(sheet.image.convert("RGB"), dtype=np.int32)
    blue = (rgb[..., 2] - np.maximum(rgb[..., 0], rgb[..., 1])) > 60
    assert blue.sum() > 5000, "plenty drawn in blue"
    plan = cap.plan_capture(random.Random(2), sheet)
    plan.skew, plan.dpi = 0.0, 200
    a = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(2)))), dtype=np.float32)
    assert a[blue].mean() > 180, "the blue strokes are (nearly) dropped"
    black = rgb.sum(axis=2) < 150
    assert a[black].mean() < 90, "the black labels survive"
