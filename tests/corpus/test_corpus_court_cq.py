"""court_cq: 云南省曲靖市麒麟区人民法院 (云0302), an enforcement bureau that works from a mobile court van.

Three dossiers: a coal trader enforces 曲靖中院's 二审 judgment on a 煤炭公路运输合同 against a logistics company,
whose 牵引车 is seized, auctioned and the money paid out (执行完毕); a 烤房 equipment supplier enforces 曲靖仲裁委员会's
award against a tobacco farmer, nothing is found, he is restricted and listed as 失信, the case ends by 终本 and is
archived; the court's own wage 调解书 for a group of workers is paid after a freeze, but the dossier lacks the
诉讼费收据. The van's needle printer prints the notices and 送达回证 (dotted strokes, faint ribbon, sprocket holes);
its battery wand scanner captures every page (wandering feed speed, S-bend, colour drift, a dark empty-slot strip)."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families import court_cq_capture, renderer
from dossier.corpus.families.court_cq_kit import ARB, COURT, MID, made_on
from dossier.corpus.families.court_cq_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)

F = "court_cq"


def draw(c: CaseCtx, code: str, served: list[str] | None = None) -> list[Sheet]:
    return renderer(F)(code, c, random.Random(3), served or [])


def test_court_cq_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "fee_receipt"


def test_court_cq_case_numbers_lie_in_its_range_and_name_the_court() -> None:
    ours = family_plans(F)
    assert [p.name[:12] for p in ours] == ["court_cq_01_", "court_cq_02_", "court_cq_03_"]
    assert all(83500 <= p.seq <= 83999 for p in ours)
    for p in ours:
        c = case_of(p.name)
        assert c.number == f"（2024）云0302执{p.seq}号" and c.court.name == COURT


def test_court_cq_bases_come_from_their_own_bodies() -> None:
    coal, leaf, wage = (case_of(f"court_cq_0{i}_") for i in (1, 2, 3))
    judgment = text_of(draw(coal, "enforcement_basis"))
    assert coal.basis_court == MID and "云03民终" in coal.basis_number and "驳回上诉，维持原判" in judgment
    assert "牵引车" in text_of(draw(coal, "enforcement_ruling", ["auction"])) and "拍卖" in text_of(
        draw(coal, "enforcement_ruling", ["auction"]))
    award = text_of(draw(leaf, "enforcement_basis"))
    assert leaf.basis_court == ARB and "曲仲字" in leaf.basis_number and "烤房" in award and "终局裁决" in award
    assert leaf.respondent.kind == "person"
    mediation = text_of(draw(wage, "enforcement_basis"))
    assert wage.basis_court == COURT and "经本院主持调解" in mediation and "民 事 调 解 书" in mediation
    assert all(name in mediation for name, _ in wage.extra["qj"]["workers"])
    assert sum(a for _, a in wage.extra["qj"]["workers"]) == wage.amount
    assert "终结" in text_of(draw(leaf, "termination_this_round_ruling"))
    assert text_of(draw(leaf, "termination_this_round_ruling")).count("执行裁定书") >= 1


def test_court_cq_ids_are_valid() -> None:
    for i in (1, 2, 3):
        c = case_of(f"court_cq_0{i}_")
        for p in (c.applicant, c.respondent):
            check = check_credit_code if p.kind == "organisation" else check_id_number
            assert check(p.id_number) is None, (p.name, p.id_number)


def test_court_cq_receipts_are_served_after_the_papers_they_serve() -> None:
    for p in family_plans(F):
        c = case_of(p.name)
        assert c.filed_on <= made_on(c, "closing_notice") <= c.closed_on
        for d in p.docs:
            if d.code == "service_receipt":
                assert all(made_on(c, s) >= c.filed_on for s in d.served)
                text = text_of(draw(c, "service_receipt", d.served))
                signed = [date(int(y), int(m), int(dd)) for y, m, dd in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)]
                assert signed and max(signed) >= max(made_on(c, s) for s in d.served), (p.name, d.served, signed)
    leaf = case_of("court_cq_02_")
    assert made_on(leaf, "interview_record") < made_on(leaf, "termination_this_round_ruling") <= leaf.closed_on
    assert (leaf.closed_on - made_on(leaf, "termination_this_round_ruling")).days <= 5


def test_court_cq_van_notices_are_needle_printed_with_sprocket_holes() -> None:
    c = case_of("court_cq_01_")
    van = draw(c, "enforcement_notice")[0].image.convert("L")
    a = np.asarray(van)
    # sprocket holes: grey discs down the left margin
    assert (a[:, 30:60] < 215).mean() > 0.02
    # dotted strokes: inside the text area, the printed pixels form a grid with regular gaps
    body = a[400:1400, 250:1400] < 200
    rows = body.mean(axis=1)
    inked = rows[rows > 0]
    assert len(inked) > 50 and (rows == 0).sum() > 100
    laser = np.asarray(draw(c, "enforcement_ruling")[0].image.convert("L"))
    assert (laser[:, 30:60] < 215).mean() < 0.002, "the office laser pages have no holes"


def _jpeg(sheet: Sheet, seed: int) -> tuple[court_cq_capture.WandScan, Image.Image]:
    rng = random.Random(seed)
    cap = court_cq_capture.plan_capture(rng, sheet)
    return cap, Image.open(io.BytesIO(court_cq_capture.capture(sheet, cap, rng)))


def test_court_cq_wand_scans_stretch_drift_and_show_the_slot() -> None:
    c = case_of("court_cq_02_")
    sheet = draw(c, "enforcement_application")[0]
    strips = casts = lengths = 0
    for seed in range(8):
        cap, img = _jpeg(sheet, seed)
        assert cap.rotation == 0 and not cap.photo and 150 <= cap.dpi <= 200
        assert abs(cap.skew) <= 3.0
        assert img.info["dpi"][0] == pytest.approx(cap.dpi, abs=1)
        nominal_h = sheet.height * cap.dpi / DPI
        assert 0.85 < img.height / nominal_h < 1.17
        lengths += abs(img.height / nominal_h - 1) > 0.003
        a = np.asarray(img.convert("RGB")).astype(float)
        if cap.strip:
            side = a[:, :cap.strip // 2] if cap.strip_left else a[:, -(cap.strip // 2):]
            assert side.mean() < 80 and a.mean() > 170
            strips += 1
        else:
            assert img.width == round(sheet.width * cap.dpi / DPI)
        mid = a[:, a.shape[1] // 3: 2 * a.shape[1] // 3]
        top, bottom = mid[: len(mid) // 10], mid[-len(mid) // 10:]
        tint = (top[..., 0] - top[..., 2]).mean() - (bottom[..., 0] - bottom[..., 2]).mean()
        casts += abs(tint) > 2
        grey = np.asarray(img.convert("L"))
        assert (grey < 100).mean() > 0.003, "the print stays dark enough to read"
    assert strips >= 3 and casts >= 6 and lengths >= 6
