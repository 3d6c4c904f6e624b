"""court_ec (辽宁省丹东市振兴区人民法院): three dossiers of the 鸭绿江 border city. A seafood cold store enforces this court's
买卖合同 judgment against a riverside seafood restaurant company (account deducted, the rest settled and paid, archived
with the judgment's 生效证明书 behind it); a sewing worker enforces the district labour arbitration commission's wage
award against a stopped garment plant (nothing found, 限制消费 and 失信, the worker heard, 终本); a lender enforces a
民间借贷 judgment against a tourist-boat owner who settles and pays — without the 送达地址确认书. Every page was scanned
from the undertaker's working volume on a colour flatbed, with sticky notes, paper clips, 骑缝章 slices and copy stamps."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ec_capture as cap
from dossier.corpus.families.court_ec import Leaf, made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ec_seqs_lie_in_its_range_and_its_cases_carry_the_court_code() -> None:
    ours = family_plans("court_ec")
    assert len(ours) == 3 and all(46000 <= p.seq <= 46999 for p in ours)
    for i, p in enumerate(ours, 1):
        assert p.name.startswith(f"court_ec_0{i}_")
        c = case_of(p.name)
        assert "辽0603执46" in c.number
        for party in (c.applicant, c.respondent):
            bad = check_credit_code(party.id_number) if party.kind == "organisation" else check_id_number(party.id_number)
            assert bad is None, (p.name, party.name)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    seafood, garment, boat = case_of("court_ec_01"), case_of("court_ec_02"), case_of("court_ec_03")
    award = text_of(render("enforcement_basis", garment, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "裁决如下" in award and "缝纫" in award
    assert "梭子蟹" in text_of(render("enforcement_basis", seafood, random.Random(0), []))
    assert "游船" in text_of(render("enforcement_basis", boat, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", garment, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr


def test_a_receipt_is_dated_after_what_it_served() -> None:
    c = case_of("court_ec_02")
    served = ["consumption_restriction_order", "dishonest_list_decision"]
    text = text_of(render("service_receipt", c, random.Random(3), served))
    got = [date(int(y), int(m), int(d)) for y, m, d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)]
    assert got and max(got) > max(made_on(c, s) for s in served)


def test_a_multi_page_court_paper_carries_one_seam_seal_height_on_every_sheet() -> None:
    sheets = render("termination_this_round_ruling", case_of("court_ec_02"), random.Random(0), [])
    seams = {s.seam for s in sheets if isinstance(s, Leaf)}
    assert len(sheets) > 1 and len(seams) == 1 and 0 < seams.pop() < 1


def _pixels(sheet: Sheet, plan: cap.Flatbed) -> np.ndarray:
    data = cap.capture(sheet, plan, random.Random(5))
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.int16)


def test_the_flatbed_leaves_a_sticky_note_a_seam_seal_and_a_clip_on_real_pixels() -> None:
    sheet = Leaf(seam=0.5)
    sheet.text(200, 400, "测试页面", font("serif", 60))
    bare = cap.Flatbed(dpi=200, rotation=0, photo=False, quality=85, skew=0.0)
    dressed = cap.Flatbed(dpi=200, rotation=0, photo=False, quality=85, skew=0.0, seam=0.5, clip=0.2,
                          stickies=[cap.Sticky(x=0.5, y=0.6, colour=cap.YELLOW, note="待补回证", angle=0.0)])
    a, b = _pixels(sheet, bare), _pixels(sheet, dressed)
    h, w = a.shape[:2]
    note = b[int(h * 0.62):int(h * 0.66), int(w * 0.52):int(w * 0.6)]
    assert note[..., 2].mean() < note[..., 0].mean() - 60  # yellow: blue far below red
    edge = b[int(h * 0.45):int(h * 0.55), w - 30:]
    assert ((edge[..., 0] - edge[..., 1]) > 60).sum() > 100  # a red slice of the 骑缝章 at the right edge
    top = b[:40, int(w * 0.2) - 10:int(w * 0.2) + 120]
    assert top.mean() < a[:40, int(w * 0.2) - 10:int(w * 0.2) + 120].mean() - 3  # clip and its shadow
    plan = cap.plan_capture(random.Random(1), sheet)
    assert 200 <= plan.dpi <= 300 and 60 <= plan.quality <= 85 and plan.seam == 0.5
