"""court_jf (山东省青岛市市南区人民法院): three dossiers of 市南. A 沙子口 aquatic-products company enforces a 青岛仲裁委员会
award against a 云霄路 seafood restaurant company — its 青岛银行 account deducted, archived, the commission's 生效证明
behind the award. A marina club enforces this court's 调解书 for berth fees against a yacht owner — the yacht blocked
through 青岛海事局, settled in two instalments, paid. A 湛山 flat owner enforces a judgment against a decoration company
that left its office — 失信, heard, 终本, the 限制消费令 never filed. The sheets carry sticky notes and index flags and went
through an ADF whose rollers slip: bands stretched or squeezed, a strip scanned twice, a foot cut off."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_jf_capture as cap
from dossier.corpus.families.court_jf import made_on, render
from dossier.corpus.families.court_jf_plans import MISSING

from .family_stories import case_of, family_plans, text_of


def test_court_jf_seqs_lie_in_its_range_and_its_cases_carry_the_court_code() -> None:
    plans = family_plans("court_jf")
    assert [p.seq for p in plans] and all(15500 <= p.seq <= 15599 for p in plans)
    assert all(p.name.startswith(f"court_jf_0{i}_") for i, p in enumerate(plans, 1))
    for i in (1, 2, 3):
        assert "鲁0202执155" in case_of(f"court_jf_0{i}").number


def test_each_story_is_drawn_in_its_makers_words() -> None:
    seafood, yacht, decor = case_of("court_jf_01"), case_of("court_jf_02"), case_of("court_jf_03")
    award = text_of(render("enforcement_basis", seafood, random.Random(0), []))
    assert "青岛仲裁委员会" in award and "青仲裁字" in award and "裁决如下" in award
    assert "仲裁法》第五十七条" in text_of(render("effectiveness_certificate", seafood, random.Random(0), []))
    assert seafood.extra["r_acct"] in text_of(render("enforcement_ruling", seafood, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", yacht, random.Random(0), []))
    assert "民事调解书" in mediation.replace(" ", "") and "游艇" in mediation and "鲁0202民初" in mediation
    assert "青岛海事局" in text_of(render("assistance_notice", yacht, random.Random(0), []))
    assert "执行和解协议" in text_of(render("settlement_agreement", yacht, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", decor, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    assert "装饰" in decor.respondent.name


def test_the_decoration_dossier_lacks_only_the_restriction_order_and_no_receipt_names_it() -> None:
    decor = family_plans("court_jf")[2]
    assert MISSING == "consumption_restriction_order"
    assert all(d.code != MISSING and MISSING not in d.served for d in decor.docs)
    assert any(d.served == ["dishonest_list_decision"] for d in decor.docs)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for i, plan in enumerate(family_plans("court_jf"), 1):
        c = case_of(f"court_jf_0{i}")
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (plan.name, d.served, got)


def _page() -> Sheet:
    s = Sheet(size=(mm(150), mm(200)))
    for k in range(12):  # black rules every 15 mm: where they land after the scan shows how the paper travelled
        s.draw.rectangle((mm(20), mm(10 + 15 * k), mm(130), mm(10 + 15 * k) + 6), fill=(0, 0, 0))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.AdfScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.notes, plan.flags, plan.bands, plan.doubled, plan.drag = [], [], [], None, 0.0
    plan.skew, plan.rotation, plan.dpi, plan.mode, plan.noise = 0.0, 0, 200, "colour", 0.5
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def _rules(a: np.ndarray) -> list[int]:
    dark = a[:, mm(60):mm(90)].mean(axis=(1, 2)) < 100
    starts = [i for i in range(1, len(dark)) if dark[i] and not dark[i - 1]]
    return starts


def test_a_slipping_roller_stretches_or_squeezes_a_band_and_a_dragged_sheet_loses_its_foot() -> None:
    _, plain = _scan(_page(), 1)
    base = np.diff(_rules(plain))
    assert len(base) == 11 and np.ptp(base) <= 2, "without slips the rules stay 15 mm apart"
    _, slow = _scan(_page(), 1, bands=[(0.5, 0.12, -0.08)])
    gaps = np.diff(_rules(slow))
    assert gaps.max() > base.max() + 5, "the band where the paper slowed comes out taller"
    _, fast = _scan(_page(), 1, bands=[(0.5, 0.12, 0.08)])
    assert np.diff(_rules(fast)).min() < base.min() - 5, "where it ran fast, flatter"
    footed = _page()
    footed.draw.rectangle((mm(20), mm(193), mm(130), mm(193) + 6), fill=(0, 0, 0))
    _, kept = _scan(footed, 1)
    _, dragged = _scan(footed, 1, drag=0.06)
    assert len(_rules(kept)) == 13 and len(_rules(dragged)) == 12, "the rule at the foot ran past the fixed page length"
    _, short = _scan(_page(), 1, drag=-0.05)
    assert abs(short[-mm(4):, mm(60):mm(90)].mean() - cap.BACKING) < 12, "a sheet that ran fast ends on the backing"


def test_a_hesitation_scans_a_strip_twice() -> None:
    s = _page()
    src = cap.source_rows(1000, cap.AdfScan(200, 0, False, "grey", 0.0, 80, doubled=(0.5, 3.0)))
    back = 3.0 / 25.4 * 200
    assert src[500] < src[499] and abs((src[499] + 1 - src[500]) - back) < 1.5, "the sheet jerks back by 3 mm"
    rule = mm(10 + 15 * 6)  # a rule just under the hesitation is seen twice
    _, a = _scan(s, 2, doubled=(rule / s.height + 0.002, 3.0))
    assert len(_rules(a)) == 13


def test_sticky_notes_hide_what_they_cover_and_carry_their_words_and_flags_tint_the_edge() -> None:
    s = _page()
    note = cap.Note(mm(70), mm(40), mm(51), mm(38), (252, 236, 120), 0.0, ["等回执"], False)
    _, a = _scan(s, 3, notes=[note])
    inside = a[mm(50):mm(70), mm(75):mm(80)]
    assert inside[..., 2].mean() < inside[..., 0].mean() - 60, "yellow paper over the page"
    assert "等回执" in s.lines
    flag = cap.Flag("right", mm(100), mm(15), (40, 150, 230))
    _, b = _scan(_page(), 3, flags=[flag])
    edge = b[mm(102):mm(108), -mm(12):-mm(8)]
    assert edge[..., 0].mean() < edge[..., 2].mean() - 20, "blue film over the margin"


def test_the_plan_keeps_captures_ordinary_and_turns_few_pages() -> None:
    plans = [cap.plan_capture(random.Random(k), _page()) for k in range(300)]
    assert all(abs(p.skew) <= 1.4 and 150 <= p.dpi <= 300 and not p.photo for p in plans)
    assert 0 < sum(p.rotation != 0 for p in plans) < 40
    assert 40 < sum(bool(p.notes) for p in plans) < 140 and sum(bool(p.flags) for p in plans) > 30
    assert sum(p.doubled is not None for p in plans) < 60 and sum(p.drag > 0 for p in plans) < 50
    assert {p.mode for p in plans} == {"colour", "grey"}
