"""court_fs (辽宁省营口市站前区人民法院): three dossiers of 营口. A 海蜇/对虾 processor enforces the 鲅鱼圈区法院's judgment
against a cold store — an account frozen, the sum paid in, 执行完毕, the volume bound (cover and catalogue first, the
鲅鱼圈 court's 生效证明书 behind its judgment). A 盖州 tiler enforces this court's own judgment against a vanished
decoration company: searched, 限制消费 and 失信, the tiler heard, 终本. A small-loan company enforces a notarised loan
against a seafood-barbecue owner, who settles and pays — filed without the notary's 执行证书. The bureau's own papers
are 要素式 element sheets (some landscape); every page went through a greyscale ADF whose text-enhance filter rings
round the strokes, steps their edges and salts the greys."""

from __future__ import annotations

import io
import random
import re
from datetime import date, timedelta

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fs_capture as cap
from dossier.corpus.families.court_fs import made_on, render
from dossier.corpus.families.court_fs_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_fs_01", "court_fs_02", "court_fs_03")


def test_court_fs_seqs_lie_in_its_range_and_no_other_dossier_uses_them() -> None:
    ours = family_plans("court_fs")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(88000 <= s <= 88999 for s in seqs)
    others = {p.seq for p in plans() if p.family != "court_fs"}
    assert not set(seqs) & others
    assert all(p.name.startswith(f"{prefix}_") for prefix, p in zip(PREFIXES, ours, strict=True))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）辽0802执88\d{3}号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fs_02").applicant.id_number.startswith("210881"), "the tiler is from 盖州"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    sea, deco, loan = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", sea, random.Random(0), []))
    assert "鲅鱼圈区人民法院" in judgment and "辽0804民初" in judgment and "民事判决书" in judgment
    assert "冷库" in judgment and ("海蜇" in judgment or "对虾" in judgment) and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", sea, random.Random(0), []))
    paid = text_of(render("enforcement_ruling", sea, random.Random(0), []))
    assert "执行裁定书" in paid and sea.extra["r_acct"] in paid
    own = text_of(render("enforcement_basis", deco, random.Random(0), []))
    assert "辽0802民初" in own and "瓷砖" in own and "劳务费" in own
    ttr = text_of(render("termination_this_round_ruling", deco, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "第五百一十七条" in ttr
    deed = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "公证书" in deed and "强制执行效力" in deed and "营辽证经字" in deed and "借款合同" in deed
    cert = text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    assert "执行证书" in cert and "营辽证执字" in cert
    assert "执行和解协议" in text_of(render("settlement_agreement", loan, random.Random(0), []))


def test_the_loan_dossier_lacks_only_the_notarys_execution_certificate() -> None:
    assert MISSING == "effectiveness_certificate"
    sea, deco, loan = family_plans("court_fs")
    codes = [d.code for d in loan.docs]
    assert loan.basis_kind == "notarial" and not loan.complete
    assert "enforcement_basis" in codes and MISSING not in codes
    assert "settlement_agreement" in codes and "payment_voucher" in codes
    assert "settlement_agreement" not in [d.code for d in sea.docs], "the cold store paid after the freeze"
    assert deco.method == "terminated_this_round" and sea.stage == "archive"


def test_the_bureaus_own_papers_are_element_sheets_and_the_senders_write_prose() -> None:
    c = case_of("court_fs_02")
    for code in ("enforcement_notice", "enforcement_ruling", "termination_this_round_ruling", "dishonest_list_decision",
                 "consumption_restriction_order", "acceptance_notice", "property_report_order"):
        sheets = render(code, c, random.Random(0), [])
        lines = [line for s in sheets for line in s.lines]
        assert "落　　款" in lines, code
        assert any(line.startswith(c.number) for line in lines), code
        assert "执行依据" in lines, code
    for code in ("termination_this_round_ruling", "consumption_restriction_order"):
        assert all(s.width > s.height for s in render(code, c, random.Random(0), [])), f"{code} is set landscape"
    ruling = render("enforcement_ruling", c, random.Random(0), [])
    labels = [line for s in ruling for line in s.lines]
    for element in ("申请执行人", "被执行人", "执行依据", "执行标的", "裁定事项", "法律依据"):
        assert element in labels
    assert render("catalogue", case_of("court_fs_01"), random.Random(0), [])[0].width > \
        render("catalogue", case_of("court_fs_01"), random.Random(0), [])[0].height
    for code in ("enforcement_basis", "enforcement_application", "law_firm_letter", "power_of_attorney"):
        sheets = render(code, c, random.Random(0), [])
        assert all(s.width < s.height for s in sheets) and "落　　款" not in text_of(sheets), code


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fs") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(4), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on + timedelta(days=3)


def test_papers_come_in_the_order_of_the_case() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert c.basis_effective < c.filed_on <= made_on(c, "acceptance_notice") < made_on(c, "enforcement_ruling")
        assert made_on(c, "closing_approval_form") < c.closed_on < made_on(c, "dossier_cover")
        if "pay_day" in c.extra:
            assert made_on(c, "enforcement_ruling") < c.extra["pay_day"] < made_on(c, "closing_notice")


def _strip(fill: int = 255) -> Sheet:
    s = Sheet(size=(mm(120), mm(80)), paper=(fill, fill, fill))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.AdfScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def test_the_scan_is_grey_at_its_saved_resolution_and_landscape_sheets_lie_on_their_side() -> None:
    _plan, a = _scan(_strip(), 1, rotation=0, skew=0.0, dpi=300, optical=150)
    assert abs(a.shape[1] - mm(120) * 300 / 200) <= 2 and abs(a.shape[0] - mm(80) * 300 / 200) <= 2
    portrait = Sheet(size=(mm(80), mm(120)))
    plans_ = [cap.plan_capture(random.Random(s), portrait) for s in range(120)]
    assert all(p.rotation in (0, 180) and not p.photo for p in plans_)
    assert 0 < sum(p.rotation == 180 for p in plans_) < 20
    assert all(200 <= p.dpi <= 300 and p.optical in (150, 200) and p.optical <= p.dpi and 45 <= p.quality <= 85
               for p in plans_)
    wide = [cap.plan_capture(random.Random(s), _strip()) for s in range(20)]
    assert {p.rotation for p in wide} == {90, 270}
    _, turned = _scan(_strip(), 2, rotation=90, skew=0.0)
    assert turned.shape[0] > turned.shape[1], "a landscape sheet saved on its side"


def test_the_driver_enlarges_by_repeating_pixels_so_edges_step() -> None:
    src = np.arange(12, dtype=np.float32).reshape(3, 4)
    big = cap.replicate(src, 150, 300)
    assert big.shape == (6, 8)
    assert (big[::2, ::2] == src).all() and (big[1::2, 1::2] == src).all()
    diagonal = np.zeros((30, 30), np.float32)
    for i in range(30):
        diagonal[i, :i] = 255
    steps = cap.replicate(diagonal, 150, 300)
    rows = [int((row > 128).sum()) for row in steps]
    assert all(rows[k] == rows[k + 1] for k in range(0, 60, 2)), "each sensor row written twice: a stair"


def test_the_text_enhance_filter_rings_round_strokes_and_salts_the_greys() -> None:
    s = _strip(150)  # a grey field (a shaded label column) with a heavy black rule across it
    s.image.paste((0, 0, 0), (0, mm(38), s.width, mm(42)))
    s.image.paste((255, 255, 255), (0, mm(60), s.width, mm(80)))  # and white paper below
    _plan, a = _scan(s, 3, rotation=0, skew=0.0, dpi=300, optical=150, noise=1.5, salt=0.02, pepper=0.0,
                    quality=95, wide_amount=1.4, wide_sigma=3.2, narrow_amount=0.8)
    px = 300 / 25.4
    rule_bottom = round(42 * px)
    beside = a[rule_bottom + 1: rule_bottom + 6, mm(10):-mm(10)].mean()
    far = np.median(a[round(20 * px): round(30 * px), mm(10):-mm(10)])
    assert beside > far + 18, "a bright halo beside the rule"
    grey = a[round(12 * px): round(30 * px), mm(10):-mm(10)]
    assert 0.005 < (grey > 235).mean() < 0.08, "white salt through the grey field"
    paper = a[round(66 * px): round(78 * px), mm(10):-mm(10)]
    assert paper.mean() > 250 and (paper < 200).mean() < 0.001, "white paper stays clean"
