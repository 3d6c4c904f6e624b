"""court_je (四川省成都市青羊区人民法院): three old volumes of 2016–2018. A 琴台路 landlord enforces a 成都仲裁委员会 award
for rent against a 火锅 restaurant company — an account frozen, the sum paid in, 执行完毕, archived (the commission's
生效证明 behind the award). A retired teacher enforces this court's loan judgment against a 宽窄巷子 tea house's former
keeper — nothing found, 终本. A 金沙 tile dealer enforces this court's 民事调解书 against a 光华村 decorator, who settles
and pays; the mailed 报告财产令's receipt never came back. The volumes lay in a damp basement: yellowed, foxed, rust at
the staple, water tide-lines, thermal slips faded, the archive's barcode label on each cover."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_je_capture as cap
from dossier.corpus.families.court_je import made_on, render
from dossier.corpus.families.court_je_kit import Leaf, glue, slip
from dossier.corpus.families.court_je_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_je_seqs_lie_in_its_range_and_its_cases_are_old_ones() -> None:
    ps = family_plans("court_je")
    assert len(ps) == 3 and all(15300 <= p.seq <= 15399 for p in ps)
    assert all(p.name.startswith(f"court_je_0{i}_") for i, p in enumerate(ps, 1))
    for i, prefix in enumerate(("court_je_01", "court_je_02", "court_je_03")):
        c = case_of(prefix)
        assert c.number.startswith(f"（{2016 + i}）川0105执153") and c.filed_on.year == 2016 + i
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_basis_is_drawn_in_its_makers_words() -> None:
    rent, loan, tile = case_of("court_je_01"), case_of("court_je_02"), case_of("court_je_03")
    award = text_of(render("enforcement_basis", rent, random.Random(0), []))
    assert "成都仲裁委员会" in award and "成仲案字" in award and "琴台路" in award and "裁决如下" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", rent, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事判决书" in judgment and "川0105民初" in judgment and loan.extra["teahouse"] in judgment
    assert "民事调解书" in text_of(render("enforcement_basis", tile, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "终结本次执行程序" in ttr and "第五百一十九条" in ttr
    assert "分两期" in text_of(render("closing_notice", tile, random.Random(0), []))


def test_the_report_orders_receipt_is_missing_only_from_the_tile_dealers_volume() -> None:
    assert MISSING == "service_receipt:property_report_order"
    for p in family_plans("court_je"):
        served = [d.served for d in p.docs if d.code == "service_receipt"]
        assert ["enforcement_notice"] in served
        assert (["property_report_order"] in served) == p.complete, p.name
        assert p.docs[0].code == "dossier_cover", "each volume has its cover (where the archive put its label)"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_je_01", "court_je_02", "court_je_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_je") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            for seed in range(3):
                lines = render("service_receipt", c, random.Random(seed), d.served)[0].lines
                got = [m for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
                for y, mo, dd in got:
                    assert all(date(int(y), int(mo), int(dd)) > made_on(c, s) for s in d.served), (prefix, d.served)


def _page(**extra: object) -> Leaf:
    s = Leaf(size=(mm(120), mm(110)))
    s.lines.append("x")
    for k, v in extra.items():
        setattr(s, k, v)
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> np.ndarray:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return np.asarray(img.convert("RGB"), dtype=np.float32)


QUIET = {"rotation": 0, "skew": 0.0, "stain": None, "spots": [], "rust": 0.0, "mode": "colour", "dpi": 200,
         "border_mm": 2.0, "noise": 1.0}


def test_the_paper_has_yellowed_and_the_staple_left_rust_at_the_top_left() -> None:
    a = _scan(_page(), 1, **QUIET)
    b = 16  # the cradle's border at 200 dpi, 2 mm
    mid = a[a.shape[0] // 2 - 20: a.shape[0] // 2 + 20, a.shape[1] // 2 - 20: a.shape[1] // 2 + 20].mean(axis=(0, 1))
    assert mid[0] > mid[2] + 8, "warm, yellowed paper: more red than blue"
    assert a[:b // 2, :].mean() < 60, "the dark cradle shows round the sheet"
    rusty = _scan(_page(), 1, **{**QUIET, "rust": 1.0})
    corner = rusty[b + mm(10): b + mm(20), b + mm(10): b + mm(20)].mean(axis=(0, 1))
    clean = a[b + mm(10): b + mm(20), b + mm(10): b + mm(20)].mean(axis=(0, 1))
    assert corner.sum() < clean.sum() - 20 and corner[0] - corner[2] > clean[0] - clean[2], "a brown-orange bloom"


def test_foxing_spots_and_a_water_stains_tide_line() -> None:
    foxed = _scan(_page(), 2, **{**QUIET, "spots": [(0.5, 0.5, 2.0, 0.8)]})
    plain = _scan(_page(), 2, **QUIET)
    h, w = foxed.shape[:2]
    spot = foxed[h // 2 - 4: h // 2 + 4, w // 2 - 4: w // 2 + 4].mean(axis=(0, 1))
    assert spot.sum() < plain[h // 2 - 4: h // 2 + 4, w // 2 - 4: w // 2 + 4].mean(axis=(0, 1)).sum() - 60
    assert spot[0] > spot[2] + 20, "rust-brown, not grey"
    wet = _scan(_page(), 3, **{**QUIET, "stain": (0.5, 0.5, 0.3, 7)})
    grey = wet.mean(axis=2)
    row = grey[h // 2, 20:-20]
    assert row.min() < np.median(row) - 15, "the tide-line darker than the paper either side"


def test_thermal_slips_fade_but_stay_readable() -> None:
    s = Leaf()
    img, text = slip(58, [("C", "中国银联 签购单"), ("l", "金额：RMB 5,825.00")] * 4, random.Random(0))
    glue(s, img, text, mm(20), mm(20), random.Random(0))
    s.text(mm(120), mm(30), "本院已收取申请执行费", font("serif", 44))
    a = _scan(s, 4, **{**QUIET, "fade": (0.35, 0.5)}).mean(axis=2)
    x0, y0, x1, y1 = s.slips[0]
    off = 16
    inside = a[y0 + off: y1 + off, x0 + off: x1 + off]
    outside = a[mm(28) + off: mm(38) + off, mm(120) + off: mm(190) + off]
    ink_in, ink_out = np.percentile(inside, 1), np.percentile(outside, 1)
    assert ink_in > ink_out + 40, "the thermal print has faded"
    assert np.percentile(inside, 60) - ink_in > 25, "but is still there to read"


def test_each_cover_carries_the_archives_barcode_label() -> None:
    cover = Leaf(paper=(214, 190, 150))
    cover.cover = True
    cover.lines.append("执行案卷")
    plan = cap.plan_capture(random.Random(5), cover)
    assert plan.label.startswith("QY-ZX-") and plan.mode == "colour"
    a = _scan(cover, 5, **{**QUIET, "label": plan.label}).mean(axis=2)
    b = 16
    label = a[b + mm(17): b + mm(29), b + mm(22): b + mm(76)]
    assert (label > 235).mean() > 0.2 and (label < 60).mean() > 0.15, "white sticker, black bars"
    assert not cap.plan_capture(random.Random(5), _page()).label
