"""court_hn (广东省惠州市惠城区人民法院): three dossiers of 惠州. Four furniture-factory workers enforce the 惠城区劳动人事争议
仲裁委员会's wage award — the factory's account frozen and deducted, the wages paid out, 执行完毕, archived. A
finance-lease company objects to the seizure of a furniture factory's machines; unregistered lease, objection
rejected. A tile supplier enforces a mediation against a vanished renovation company (终本) — without the 收款账户
确认书. Every page went through a copier's scan-to-e-mail in 1 bit (threshold or error diffusion) or grey at 150 dpi."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_hn_capture as cap
from dossier.corpus.families.court_hn import made_on, render
from dossier.corpus.families.court_hn_kit import back_of
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hn_01", "court_hn_02", "court_hn_03")


def test_court_hn_seqs_lie_in_its_range_and_the_stories_are_where_they_should_be() -> None:
    ps = family_plans("court_hn")
    assert [p.seq for p in ps] == [5417, 5443, 5468]
    assert all(p.name.startswith(f"court_hn_0{i}_") for i, p in enumerate(ps, 1))
    assert [p.stage for p in ps] == ["archive", "closing", "closing"]
    assert [p.category for p in ps] == ["enforcement", "objection", "enforcement"]
    assert [p.complete for p in ps] == [True, True, False]


def test_every_party_carries_valid_numbers_and_the_case_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "粤1302执" in c.number and ("执异" in c.number) == (prefix == "court_hn_02"), c.number
        people = [c.applicant, c.respondent, *c.extra.get("crew", []), *([c.extra["debtor"]] if "debtor" in c.extra else [])]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_the_wage_award_and_its_certificate_in_the_commissions_words() -> None:
    c = case_of("court_hn_01")
    award = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "仲裁裁决书" in award and "惠城劳人仲案字〔2023〕第" in award and "裁决如下" in award
    assert all(p.name in award for p in c.extra["crew"]) and len(c.extra["crew"]) == 4
    assert f"{c.amount:,.2f}" in award, "the award's total is the sum enforced"
    cert = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "生效证明" in cert and "发生法律效力" in cert and c.basis_number in cert
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "冻结、划拨" in ruling and c.extra["r_acct"] in ruling
    money = render("payment_voucher", c, random.Random(0), [])
    assert len(money) == 2 and money[1].starts_document and "司法扣划" in "".join(money[0].lines)
    assert all(p.name in "".join(money[1].lines) for p in c.extra["crew"])
    assert "法律援助" in text_of(render("law_firm_letter", c, random.Random(0), []))


def test_the_objection_is_heard_with_its_evidence_and_rejected() -> None:
    c = case_of("court_hn_02")
    app = text_of(render("objection_application", c, random.Random(0), []))
    assert "执行异议申请书" in app and "异议请求" in app and c.extra["main_no"] in app
    ev = render("evidence", c, random.Random(0), [])
    assert "证据目录" in "".join(ev[0].lines)
    firsts = [s for s in ev[1:] if s.starts_document]
    assert len(firsts) == 3, "the 查封 ruling, the lease contract, the list of machines: each a paper of its own"
    assert "执行裁定书" in "".join(firsts[0].lines) and c.extra["main_no"] in "".join(firsts[0].lines)
    assert all(s.page_of for s in ev[1:] if not s.starts_document)
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and f"驳回案外人{c.applicant.name}的异议请求" in ruling
    assert "第七百四十五条" in ruling and "第二百三十八条" in ruling
    assert made_on(c, "enforcement_ruling") <= c.day(15), "an objection is decided within fifteen days"


def test_the_tile_case_ends_in_a_termination_of_this_round() -> None:
    c = case_of("court_hn_03")
    basis = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "民事调解书" in basis and "粤1302民初" in basis and "自愿达成如下协议" in basis
    ttr = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr
    assert (c.closed_on - c.filed_on).days >= 90


def test_dates_run_in_order() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hn") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{2})\.(\d{2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on
    wage = case_of("court_hn_01")
    assert made_on(wage, "enforcement_ruling") < made_on(wage, "payment_voucher") <= made_on(wage, "fee_receipt")
    assert made_on(wage, "closing_notice") < wage.closed_on < made_on(wage, "file_review_form")
    assert wage.basis_effective < made_on(wage, "enforcement_application") < wage.filed_on


def _sealed_strip() -> Sheet:
    s = Sheet(size=(mm(120), mm(80)))
    s.text(mm(10), mm(30), "本件印章测试一二三四五六", font("serif", 40))
    seal(s, mm(60), mm(40), "广东省惠州市惠城区人民法院", random.Random(5), radius=mm(20))
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CopierScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    if change.get("mode", plan.mode) != "grey":
        plan.dpi = 200
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.mode == "L"
    side = img.width if plan.rotation in (0, 180) else img.height
    assert abs(side - round(sheet.width * plan.dpi / 200)) <= 1
    return plan, np.asarray(img, dtype=np.float32)


def _ring(a: np.ndarray) -> np.ndarray:
    """The seal's rim: a band at 19.25–19.8 mm from its centre (the seal is drawn with radius 20 mm)."""
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    r = np.hypot(yy - mm(40), xx - mm(60)) / mm(1)
    return a[(r > 19.25) & (r < 19.8) & (yy > mm(42))]


def test_a_threshold_scan_turns_a_red_seal_into_a_black_blot_and_diffusion_into_dots() -> None:
    s = _sealed_strip()
    _, hard = _scan(s, 1, mode="threshold", threshold=165.0, soften=0.4, skew=0.0, rotation=0, specks=0, quality=90)
    assert set(np.unique(np.round(hard / 85))) <= {0.0, 1.0, 2.0, 3.0}
    assert (hard < 128).mean() < 0.5 and (_ring(hard) < 128).mean() > 0.65, "the rim comes out solid black"
    _, dots = _scan(s, 1, mode="diffuse", red_weight=0.55, white_point=225.0, skew=0.0, rotation=0, specks=0, quality=90)
    rim = (_ring(dots) < 128).mean()
    assert 0.03 < rim < 0.5, f"the rim a scatter of dots, not a line ({rim:.2f})"
    paper = dots[: mm(8), : mm(30)]
    assert (paper > 200).mean() > 0.99, "background removal keeps the paper clean"


def test_greys_become_dither_patterns_and_hairlines_break_under_a_light_threshold() -> None:
    s = Sheet(size=(mm(100), mm(60)))
    s.image.paste((205, 205, 205), (0, 0, mm(50), mm(60)))  # an ID card's grey ground
    for k in range(6):  # hairlines, one pixel wide, slightly grey as a thin serif's strokes render
        s.line(mm(60), mm(10 + 8 * k), mm(95), mm(10 + 8 * k), width=1, fill=(120, 120, 120))
    _, dots = _scan(s, 2, mode="diffuse", red_weight=0.5, white_point=230.0, skew=0.0, rotation=0, specks=0, quality=92)
    grey = dots[mm(5): mm(55), mm(5): mm(45)]
    assert 0.03 < (grey < 128).mean() < 0.5, "a grey area turns to scattered dots"
    _, light = _scan(s, 2, mode="threshold", threshold=128.0, soften=0.9, skew=0.0, rotation=0, specks=0, quality=92)
    assert (light[mm(5): mm(55), mm(5): mm(45)] > 200).mean() > 0.99, "the threshold drops the grey ground"
    line_rows = light[mm(9): mm(52), mm(62): mm(93)]
    assert (line_rows < 128).sum() < 0.5 * 6 * mm(31), "the hairlines come out broken"


def test_grey_pages_are_150_dpi_and_duplex_sides_show_through() -> None:
    front, back = Sheet(size=(mm(100), mm(60))), Sheet(size=(mm(100), mm(60)))
    back.image.paste((20, 20, 20), (mm(60), mm(10), mm(95), mm(50)))  # ink on the back's right: the front's left
    back_of(front, back)
    plan, a = _scan(front, 3, mode="grey", dpi=150, skew=0.0, rotation=0, quality=30, show=0.15)
    assert plan.dpi == 150 and a.shape[1] == round(front.width * 150 / 200)
    k = 150 / 200
    through = a[int(mm(20) * k): int(mm(40) * k), int(mm(10) * k): int(mm(30) * k)].mean()
    clear = a[int(mm(20) * k): int(mm(40) * k), int(mm(65) * k): int(mm(90) * k)].mean()
    assert clear - through > 15, "the back's ink shows, mirrored, as a grey patch"
    lone = Sheet(size=(mm(100), mm(60)))
    assert cap.plan_capture(random.Random(3), lone).show == 0.0


def test_the_copier_plans_its_pages_as_this_office_scans_them() -> None:
    s = Sheet(size=(mm(60), mm(40)))
    plans = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert {p.mode for p in plans} == {"threshold", "diffuse", "grey"}
    assert all((p.dpi == 150) == (p.mode == "grey") for p in plans)
    assert all(p.dpi == 200 for p in plans if p.mode != "grey")
    assert {p.rotation for p in plans} == {0, 180} and 3 < sum(p.rotation == 180 for p in plans) < 30
    assert all(p.quality <= 30 for p in plans if p.mode == "grey") and not any(p.photo for p in plans)
    _, up = _scan(_sealed_strip(), 4, mode="threshold", threshold=160.0, rotation=180, skew=0.0, specks=0)
    _, down = _scan(_sealed_strip(), 4, mode="threshold", threshold=160.0, rotation=0, skew=0.0, specks=0)
    assert np.abs(up[::-1, ::-1] - down).mean() < 6, "an upside-down page is the page turned half round"
