"""court_el (福建省龙岩市新罗区人民法院): three dossiers of 龙岩's city district. A machinery dealer enforces the court's own
judgment on the instalment sale of a 龙工 loader against the 永定 contractor who stopped paying: account frozen, the
loader seized, the rest paid under a settlement, 执行完毕 and archived (cover and catalogue first, the trial division's
生效证明书 right behind the judgment). A decorator enforces a 龙岩仲裁委员会 award against a 土楼 homestay company that
has closed: nothing found, 限制消费 and 失信, the applicant's lawyer heard, 终本. A 客家 cousin enforces a private-loan
judgment, settled and paid out of 漳平 tea sales — without the lawyer's 执业证 copy. Received papers carry a tiled
diagonal watermark of where they were printed, the undertaker's highlighter and ballpoint marks, and every page went
through the office MFP."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_el_capture as cap
from dossier.corpus.families.court_el import made_on, render
from dossier.corpus.families.court_el_kit import SOURCE, SPOTS
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_el_01", "court_el_02", "court_el_03")


def test_court_el_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_el")
    assert len(ours) == 3 and all(71000 <= p.seq <= 71999 for p in ours)
    assert all(p.name.startswith(f"court_el_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "闽0802执71" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    loader, inn, kin = (case_of(p) for p in PREFIXES)
    basis = text_of(render("enforcement_basis", loader, random.Random(0), []))
    assert "民事判决书" in basis and "龙工" in basis and "判决如下" in basis
    award = text_of(render("enforcement_basis", inn, random.Random(0), []))
    assert "龙岩仲裁委员会" in award and "土楼" in award and "裁决如下" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", inn, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", inn, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", loader, random.Random(0), []))
    assert "执行裁定书" in ruling and loader.extra["serial"] in ruling and "扣押" in ruling
    deal = text_of(render("settlement_agreement", kin, random.Random(0), []))
    assert "漳平" in deal and "执行和解协议" in deal
    letter = render("law_firm_letter", kin, random.Random(0), [])
    assert getattr(letter[0], SOURCE) == ("firm", kin.firm)


def _signed_on(sheet: Sheet) -> list[date]:
    """The dates the recipient wrote on a 送达回证 (a whole line of its own, Arabic numerals)."""
    out = []
    for line in sheet.lines:
        m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", line)
        if m:
            out.append(date(int(m[1]), int(m[2]), int(m[3])))
    return out


def test_a_receipt_is_dated_after_what_it_served() -> None:
    receipts = [(p.name[:11], d.served) for p in family_plans("court_el") for d in p.docs if d.code == "service_receipt"]
    assert len(receipts) >= 7
    cases = {prefix: case_of(prefix) for prefix in PREFIXES}
    for prefix, served in receipts:
        c = cases[prefix]
        (signed,) = _signed_on(render("service_receipt", c, random.Random(7), served)[0])
        latest = max(made_on(c, code) for code in served)
        assert signed > latest, (prefix, served, signed, latest)


def _shot(sheet: Sheet, plan: cap.MfpScan, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def test_a_downloaded_paper_carries_a_tiled_diagonal_watermark_the_courts_own_does_not() -> None:
    c = case_of("court_el_01")
    judgment = render("enforcement_basis", c, random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(3), judgment)
    assert plan.watermark is not None and "电子诉讼平台" in plan.watermark.text
    assert 20 <= abs(plan.watermark.angle) <= 46 and plan.rotation == 0 and not plan.photo and 200 <= plan.dpi <= 300
    own = render("acceptance_notice", c, random.Random(0), [])[0]
    assert cap.plan_capture(random.Random(3), own).watermark is None
    # on a blank page the watermark alone: grey marks spread over every part of the page, paper around them
    blank = Sheet(size=(900, 1200))
    blank.lines.append("x")
    setattr(blank, SOURCE, ("firm", "福建莲城律师事务所"))
    plan = cap.plan_capture(random.Random(4), blank)
    plan.skew, plan.blur, plan.marks, plan.colour, plan.dpi = 0.0, 0.0, [], False, 200
    assert plan.watermark is not None
    plan.watermark.strength, plan.watermark.uneven = 0.7, 0.1
    a = _shot(blank, plan, 4)[..., 0]
    h, w = a.shape
    paper = np.percentile(a, 90)
    for qy in range(3):
        for qx in range(3):
            cell = a[qy * h // 3:(qy + 1) * h // 3, qx * w // 3:(qx + 1) * w // 3]
            assert (cell < paper - 25).mean() > 0.003, (qy, qx)
    assert (a < 60).mean() < 0.001, "the watermark stays light: never black"


def test_the_highlighter_tints_the_marked_line_yellow_or_pink_in_a_colour_scan() -> None:
    sheet = Sheet(size=(1100, 1300))
    sheet.text(300, 900, "被告应支付原告人民币二十六万元", font("serif", 40))
    setattr(sheet, SOURCE, ("efile", "某律师1234|2024-01-05"))
    setattr(sheet, SPOTS, [(300.0, 900.0, 600.0, 46.0)])
    plan = cap.plan_capture(random.Random(1), sheet)
    box = (300.0, 900.0, 700.0, 46.0)
    plan.marks = [cap.Mark("highlight", box, (255, 236, 70), 0.8)]
    plan.watermark, plan.colour, plan.skew, plan.blur, plan.dpi = None, True, 0.0, 0.0, 200
    a = _shot(sheet, plan, 1)
    x, y, w, h = (int(v) for v in box)
    band = a[y + 10:y + h - 10, x + 60:x + w - 60]
    outside = a[y + 200:y + 240, x + 60:x + w - 60]
    blue_drop = (band[..., 0] - band[..., 2]).mean()
    assert blue_drop > 60, "yellow: red high, blue low under the stroke"
    assert abs((outside[..., 0] - outside[..., 2]).mean()) < 15, "the rest of the page stays neutral"
    pens = [cap.plan_capture(random.Random(s), sheet).marks for s in range(20)]
    assert sum(bool(m) for m in pens) >= 10, "most received pages were marked"
