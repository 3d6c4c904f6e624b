"""court_ds (四川省自贡市自流井区人民法院): three dossiers of the salt town. A 盐化 works enforces 自贡中院's appeal judgment
for 工业盐 and 卤水 against a 沿滩 chemical firm (a deduction, a settlement, paid; archived with cover, catalogue and the
first-instance court's 生效证明书 behind the judgment). A 彩灯 maker enforces a 自贡仲裁委员会 award against a 盐帮菜
restaurant company that closed (nothing found, 限制消费 and 失信, 终本). A lender enforces this court's 民事调解书 on a
private loan against a car-repair yard's owner who pays — without the 财产线索提供表. The small papers are glued onto
粘贴单 carriers; every page goes through a colour flatbed at 300–400 dpi."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_ds_capture as cap
from dossier.corpus.families.court_ds import made_on, render
from dossier.corpus.families.court_ds_papers import CARRIER_PAPER, Carrier, glue, thermal
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ds_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_ds")
    assert len(ours) == 3 and all(32500 <= p.seq <= 32999 for p in ours)
    assert all(p.name.startswith(f"court_ds_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ds_01", "court_ds_02", "court_ds_03"):
        c = case_of(prefix)
        assert "川0302执32" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    salt, lantern, loan = case_of("court_ds_01"), case_of("court_ds_02"), case_of("court_ds_03")
    basis = text_of(render("enforcement_basis", salt, random.Random(0), []))
    assert "四川省自贡市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "卤水" in basis
    award = text_of(render("enforcement_basis", lantern, random.Random(0), []))
    assert "自贡仲裁委员会" in award and "彩灯" in award and "裁决如下" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", lantern, random.Random(0), []))
    deal = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事调解书" in deal.replace(" ", "") and "民间借贷" in deal and loan.extra["garage"] in deal
    ttr = text_of(render("termination_this_round_ruling", lantern, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr and lantern.extra["shop"] in ttr
    ruling = text_of(render("enforcement_ruling", salt, random.Random(0), []))
    assert "执行裁定书" in ruling and "扣划" in ruling and salt.extra["r_acct"] in ruling


def test_small_papers_are_glued_onto_carriers_inside_the_frame() -> None:
    loan = case_of("court_ds_03")
    for code, served, least in (("payment_voucher", [], 2), ("identity_proof", ["respondent"], 2), ("fee_receipt", [], 2)):
        for sheet in render(code, loan, random.Random(2), served):
            assert isinstance(sheet, Carrier) and len(sheet.slips) >= least, code
            assert any("粘贴" in line for line in sheet.lines)
            for x0, y0, x1, y1 in sheet.slips:
                assert 0 < x0 < x1 < sheet.width and 0 < y0 < y1 < sheet.height - 100, (code, (x0, y0, x1, y1))
    ids = text_of(render("identity_proof", loan, random.Random(2), ["respondent"]))
    assert loan.respondent.id_number in ids and "居民身份证" in ids


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ds_01", "court_ds_02", "court_ds_03"):
        c = case_of(prefix)
        for p in family_plans("court_ds"):
            if not p.name.startswith(prefix):
                continue
            for d in p.docs:
                if d.code != "service_receipt":
                    continue
                lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
                got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 1, lines
                assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
                assert got[0] <= c.closed_on


def _scan(sheet: Carrier | object, seed: int, **force: object) -> tuple[cap.Flatbed, np.ndarray]:
    from dossier.corpus.draw import Sheet

    assert isinstance(sheet, Sheet)
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in force.items():
        setattr(plan, k, v)
    data = cap.capture(sheet, plan, random.Random(seed))
    img = Image.open(io.BytesIO(data))
    assert img.mode == "RGB" and img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(round(sheet.width * plan.dpi / 200) * cap.BED[0])
    return plan, np.asarray(img, dtype=np.float32)


def _small_carrier() -> Carrier:
    """An A6 粘贴单 with one ATM strip glued on: real pixels through the real capture, a quarter of the work."""
    from dossier.corpus.draw import mm

    sheet = Carrier(size=(mm(105), mm(148)), paper=CARRIER_PAPER)
    slip = thermal(["  ATM 转账凭条", "日期 2024-03-01", "金额 1,000.00", "流水 12345678"], random.Random(0))
    glue(sheet, slip, mm(10), mm(20), random.Random(0), tilt=0.0)
    return sheet


def test_the_flatbed_scans_in_colour_at_high_resolution_and_yellows_the_carriers() -> None:
    c = case_of("court_ds_02")
    notice = render("enforcement_notice", c, random.Random(0), [])[0]
    assert all(300 <= cap.plan_capture(random.Random(s), notice).dpi <= 400 for s in range(20))
    plan, a = _scan(notice, 1, lid_open=False, dpi=300)
    assert 80 <= plan.quality <= 90 and abs(plan.skew) <= 1.5 and not plan.photo
    h, w = a.shape[:2]
    mid = a[h // 3: 2 * h // 3, w // 4: 3 * w // 4]
    white = np.percentile(mid.reshape(-1, 3), 90, axis=0)
    assert white.min() > 225 and white[0] - white[2] < 12, "office paper stays near white"
    assert np.percentile(mid[..., 1], 1) < 90, "the laser print is black"
    glued = _small_carrier()
    plan, b = _scan(glued, 1, lid_open=False, yellow=0.9, wrinkles=0, dpi=300)
    paper = np.median(b[-120:-60, b.shape[1] // 3: 2 * b.shape[1] // 3].reshape(-1, 3), axis=0)
    assert paper[0] - paper[2] > 14, "the carrier has gone yellow"


def test_glued_slips_cast_a_shadow_and_an_open_lid_leaves_black_round_the_page() -> None:
    sheet = _small_carrier()
    plan, a = _scan(sheet, 3, lid_open=True, skew=0.0, offset=(0.5, 0.5), wrinkles=0, dpi=300)
    g = a.mean(axis=2)
    H, W = g.shape
    assert g[:3].mean() < 40 and g[:, :3].mean() < 40, "black beyond the paper"
    scale = plan.dpi / 200
    dx, dy = (W - round(sheet.width * scale)) / 2, (H - round(sheet.height * scale)) / 2
    x0, _y0, x1, y1 = sheet.slips[0]
    below = g[int(dy + (y1 + 6) * scale): int(dy + (y1 + 8) * scale), int(dx + (x0 + 60) * scale): int(dx + (x1 - 60) * scale)]
    clear = g[int(dy + (y1 + 40) * scale): int(dy + (y1 + 50) * scale), int(dx + (x0 + 60) * scale): int(dx + (x1 - 60) * scale)]
    assert below.mean() < clear.mean() - 8, "a shadow along the slip's lower edge"
    lids = [cap.plan_capture(random.Random(s), sheet).lid_open for s in range(60)]
    assert 0 < sum(lids) < 30
    notice = render("enforcement_notice", case_of("court_ds_03"), random.Random(0), [])[0]
    assert not any(cap.plan_capture(random.Random(s), notice).lid_open for s in range(20)), \
        "only the thick carriers were scanned with the lid up"
