"""court_dy (安徽省安庆市迎江区人民法院): three dossiers of the river district of 安庆. A neighbour enforces this court's
民间借贷 judgment against a tiling contractor with nothing left (限制消费, 失信, the applicant heard, 终本); a 黄梅戏
actress enforces a labour-arbitration award for wages against a performing-arts company (account frozen, paid,
archived, the commission's 生效证明 behind the award); a shipping company enforces a court mediation for barge hire
against a sand-dredging company, settled and paid — without the 财产线索表. Papers come on 信笺, 400-字 稿纸,
carbonless copy stock and tinted forms; the bureau scans them in colour and the e-dossier converts them to grey."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dy_capture as cap
from dossier.corpus.families import court_dy_kit as kit
from dossier.corpus.families.court_dy import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dy_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_dy")]
    assert len(seqs) == 3 and all(42000 <= s <= 42999 for s in seqs)
    assert all(p.name.startswith(f"court_dy_0{i}_") for i, p in enumerate(family_plans("court_dy"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dy_01", "court_dy_02", "court_dy_03"):
        c = case_of(prefix)
        assert "皖0802执42" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    loan, troupe, sand = case_of("court_dy_01"), case_of("court_dy_02"), case_of("court_dy_03")
    judgment = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事判决书".replace("", " ").strip() in judgment and "判决如下" in judgment and "装修" in judgment
    award = text_of(render("enforcement_basis", troupe, random.Random(0), []))
    assert "安庆市劳动人事争议仲裁委员会" in award and "裁决如下" in award and "黄梅戏" in award
    assert "已经发生法律效力".removeprefix("已经") in text_of(render("effectiveness_certificate", troupe, random.Random(0), []))
    assert "经本院主持调解" in text_of(render("enforcement_basis", sand, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下" in ttr and "终结本次执行程序。" in ttr
    assert troupe.extra["r_acct"] in text_of(render("enforcement_ruling", troupe, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_dy_01", "court_dy_02", "court_dy_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dy") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _grey(sheet: Sheet, seed: int = 1) -> np.ndarray:
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.rotation, plan.skew, plan.offset = 0, 0.0, (0, 0)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == 200 and img.size == sheet.size
    return np.asarray(img, dtype=np.float32)


def test_the_capture_is_one_grey_channel_at_200_dpi_with_quality_between_50_and_75() -> None:
    qs = [cap.plan_capture(random.Random(s), Sheet()).quality for s in range(40)]
    assert min(qs) >= 50 and max(qs) <= 75
    assert all(cap.plan_capture(random.Random(s), Sheet()).dpi == 200 for s in range(10))


def test_red_rulings_turn_mid_grey_and_carbonless_grounds_keep_their_own_tone() -> None:
    s, rows = kit.letter_paper(random.Random(2))
    a = _grey(s)
    y = int(rows[5])
    ruling = a[y - 1: y + 2, 400:1200].min(axis=0).mean()
    paper = a[y + 30: y + 40, 400:1200].mean()
    assert 80 < ruling < 170 and paper > 235, (ruling, paper)
    tones = {}
    for colour in ("pink", "canary", "sky"):
        g = _grey(kit.carbon_set(colour, random.Random(0), size=(600, 400)))
        tones[colour] = float(np.median(g))
        assert 200 < tones[colour] < 245, (colour, tones[colour])
    assert tones["canary"] > tones["sky"] + 5, tones
