"""court_fo (黑龙江省鸡西市鸡冠区人民法院): three dossiers of 鸡西. A 恒山 graphite works enforces the 鸡西市中级人民法院's
appeal judgment for 鳞片石墨 against a 鸡冠区 trading company, which settles and pays (archived); a 虎林 border-trade
company enforces a 鸡西仲裁委员会 award for Russian flour and oil against a market shop shut since the winter (终本); a
兴凯湖 fisherman enforces a notarised loan (公证书 and 执行证书 of the 鸡冠公证处) against a fish-restaurant owner, who
pays — without the 收款账户确认书. Every A4 page went through a scanner left on the wrong paper size: its foot (and
under B5 a strip at the right) cut away, and the truth keeps only what the page still shows."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.families import court_fo_capture as cap
from dossier.corpus.families.court_fo import made_on, render
from dossier.corpus.families.court_fo_kit import Page
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fo_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fo")]
    assert len(seqs) == 3 and all(55000 <= s <= 55999 for s in seqs)
    assert not set(seqs) & {55127, 55408, 55861}, "older families' cases"
    assert all(p.name.startswith(f"court_fo_0{i}_") for i, p in enumerate(family_plans("court_fo"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fo_01", "court_fo_02", "court_fo_03"):
        c = case_of(prefix)
        assert "黑0302执55" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    graphite, border, fish = case_of("court_fo_01"), case_of("court_fo_02"), case_of("court_fo_03")
    appeal = text_of(render("enforcement_basis", graphite, random.Random(0), []))
    assert "鸡西市中级人民法院" in appeal and "黑03民终" in appeal and "驳回上诉，维持原判" in appeal and "石墨" in appeal
    assert "生效证明书" in text_of(render("effectiveness_certificate", graphite, random.Random(0), []))
    award = text_of(render("enforcement_basis", border, random.Random(0), []))
    assert "裁　决　书" in award and "鸡仲字" in award and "俄罗斯" in award
    notarial = text_of(render("enforcement_basis", fish, random.Random(0), []))
    assert "公　证　书" in notarial and "强制执行效力" in notarial and "兴凯湖" in notarial
    assert "执行证书" in text_of(render("effectiveness_certificate", fish, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", border, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "中心市场" in ttr
    ruling = text_of(render("enforcement_ruling", graphite, random.Random(0), []))
    assert graphite.extra["r_acct"] in ruling and "鸡冠区人民法院" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fo_01", "court_fo_02", "court_fo_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fo") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _long_paper() -> list[Page]:
    sheets = render("termination_this_round_ruling", case_of("court_fo_02"), random.Random(0), [])
    assert all(isinstance(s, Page) for s in sheets) and len(sheets) >= 2
    return [s for s in sheets if isinstance(s, Page)]


def _shot(sheet: Page, seed: int, **change: object) -> tuple[cap.PresetScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_a_b5_preset_cuts_the_foot_and_the_truth_loses_the_folio() -> None:
    first = _long_paper()[0]
    printed = list(first.lines)
    folio = printed[first.folio]
    assert folio.startswith("第1页共")
    _, a = _shot(first, 1, preset="B5", skew=0.0, rotation=0, dpi=200)
    assert a.shape == (round(257 / 25.4 * 200), round(182 / 25.4 * 200)), "the image is the B5 area, not the sheet"
    assert folio not in first.lines and first.lines[0] == printed[0], "the folio gone, the court's name kept"
    assert len(first.lines) < len(printed)
    clipped = [t for t in first.lines if t not in printed]
    assert clipped and all(any(p.startswith(t) for p in printed) for t in clipped), "lines cut at the right keep a prefix"
    # captured again under A4 (the re-scan), everything shows once more
    _, b = _shot(first, 1, preset="A4", skew=0.0, rotation=0, dpi=200)
    assert first.lines == printed and b.shape[0] == first.height


def test_letter_keeps_the_side_and_a5_keeps_only_the_head() -> None:
    first = _long_paper()[0]
    printed = list(first.lines)
    _shot(first, 2, preset="Letter", skew=0.0, rotation=0)
    letter = list(first.lines)
    assert all(t in printed for t in letter) and printed[first.folio] not in letter
    _shot(first, 2, preset="A5", skew=0.0, rotation=0)
    head = list(first.lines)
    assert "执行裁定书" in "".join(head) and len(head) < len(letter) / 1.5


def test_a_small_slip_comes_through_whole() -> None:
    c = case_of("court_fo_01")
    slip = render("payment_voucher", c, random.Random(0), [])[0]
    assert isinstance(slip, Page)
    printed = list(slip.lines)
    _, a = _shot(slip, 3, preset="B5", skew=1.0, rotation=0, dpi=200)
    assert slip.lines == printed and a.shape[0] >= slip.height and a.shape[1] >= slip.width


def test_capture_plans_stay_within_the_theme() -> None:
    first = _long_paper()[0]
    second = _long_paper()[1]
    plans = [cap.plan_capture(random.Random(s), first) for s in range(200)]
    assert {p.preset for p in plans} == set(cap.PROFILES)
    assert sum(p.preset == "A4" for p in plans) < 40 and sum(p.preset == "B5" for p in plans) > 70
    assert all(abs(p.skew) <= 2 and p.dpi in (200, 300) and 50 <= p.quality <= 85 and not p.photo for p in plans)
    assert {p.rotation for p in plans} == {0, 90, 180}
    later = [cap.plan_capture(random.Random(s), second) for s in range(120)]
    assert "A5" not in {p.preset for p in later}, "a later sheet never loses its lower half"
