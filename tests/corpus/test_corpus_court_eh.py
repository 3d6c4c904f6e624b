"""court_eh (广西壮族自治区北海市海城区人民法院): three 北海 dossiers. A pearl company enforces this court's judgment against
a 外沙 seafood trader (frozen, settled, paid, archived: cover and catalogue first, the 生效证明书 behind the judgment); a
lender enforces 北海中院's 二审 民间借贷 judgment against a 侨港 boat builder (nothing found, 限制消费, 失信, the applicant
heard, 终本); an importer enforces a 北海仲裁委员会 award for Vietnamese dragon fruit (paid) — without the fee receipt.
The parties' papers came in by a bad internet fax line; the court's own are scanned clean."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_eh_capture as cap
from dossier.corpus.families.court_eh import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_eh_seqs_lie_in_its_range() -> None:
    ps = family_plans("court_eh")
    assert len(ps) == 3 and all(59000 <= p.seq <= 59999 for p in ps)
    assert all(p.name.startswith(f"court_eh_0{i}_") for i, p in enumerate(ps, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_eh_01", "court_eh_02", "court_eh_03"):
        c = case_of(prefix)
        assert "桂0502执59" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    pearl, boat, fruit = case_of("court_eh_01"), case_of("court_eh_02"), case_of("court_eh_03")
    assert "珍珠" in text_of(render("enforcement_basis", pearl, random.Random(0), []))
    basis = text_of(render("enforcement_basis", boat, random.Random(0), []))
    assert "北海市中级人民法院" in basis and "驳回上诉，维持原判" in basis
    award = text_of(render("enforcement_basis", fruit, random.Random(0), []))
    assert "北海仲裁委员会" in award and "裁决如下" in award and "火龙果" in award
    ttr = text_of(render("termination_this_round_ruling", boat, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_eh"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served)


def _fax_sheet() -> Sheet:
    c = case_of("court_eh_03")
    seed = next(s for s in range(20)
                if render("payment_account_confirmation", c, random.Random(s), [])[0].image.info["route"] == "fax")
    return render("payment_account_confirmation", c, random.Random(seed), [])[0]


def test_party_papers_arrive_by_fax_with_header_dropouts_and_smears() -> None:
    sheet = _fax_sheet()
    plan = cap.plan_capture(random.Random(3), sheet)
    assert plan.faxed and plan.dpi == 200 and 55 <= plan.quality <= 75 and "FROM:0779" in plan.header
    plan.skew, plan.shifts = 0.0, []
    plan.drops = [(0.5, 3)]
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(3))))
    a = np.asarray(img.convert("L"), dtype=np.float32)
    assert img.info["dpi"][0] == 200
    assert a[:30].min() < 120, "the fax header line prints across the top"
    # binarised print: few mid greys away from edges, paper grey not white
    assert np.percentile(a, 50) < 248
    own = render("enforcement_notice", case_of("court_eh_01"), random.Random(0), [])[0]
    clean = cap.plan_capture(random.Random(3), own)
    assert not clean.faxed and clean.quality >= 80


def test_standard_resolution_doubles_rows_and_a_repeat_smears_a_band() -> None:
    sheet = _fax_sheet()
    plan = cap.plan_capture(random.Random(4), sheet)
    plan.fine, plan.drops, plan.shifts, plan.repeats = False, [], [], []
    a = np.asarray(sheet.image.convert("L"), dtype=np.float32) / 255.0
    bits = cap._fax_print(a, plan, random.Random(0))
    assert np.array_equal(bits[40:1000:2], bits[41:1001:2]), "each sent row printed twice"
    plan.fine, plan.repeats = True, [(0.3, 20)]
    smear = cap._fax_print(a, plan, random.Random(0))
    y = int(0.3 * a.shape[0]) + 34
    assert all(np.array_equal(smear[y], smear[y + k]) for k in range(20))
