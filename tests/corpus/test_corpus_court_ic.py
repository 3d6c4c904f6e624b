"""court_ic (新疆维吾尔自治区哈密市伊州区人民法院): three dossiers of 哈密. The criminal division transfers a fraud
conviction's fine and the order to return the victims' money (移送执行表 with the victims' particulars, 财产状况说明);
the frozen deposit and the auctioned car pay it, 执行完毕. A 哈密瓜 grower enforces this court's judgment against a fruit
company whose manager hides the seized truck — fined, detained, paid, archived. A wind-farm crew enforces a wage award
of the 伊州区劳动人事争议仲裁委员会, withheld from the dispatch firm's client — without the 财产线索表. The court's papers are
bilingual (Uyghur over Chinese, shaped right to left). Every page went through a flatbed whose lamp is failing:
brightness falling off toward one end, grey paper and grey ink, onion-skin copies with the page behind showing, desert
dust on the glass, 150/200 dpi grey JPEG."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image, features

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ic_capture as cap
from dossier.corpus.families.court_ic import made_on, render
from dossier.corpus.families.court_ic_kit import COURT, COURT_UG, UG, is_onion, onion
from dossier.corpus.families.court_ic_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

ARABIC = re.compile(r"[\u0600-\u06ff]")


def test_court_ic_seqs_lie_in_its_range_and_the_defect_is_the_clue_form() -> None:
    ours = family_plans("court_ic")
    assert [p.seq for p in ours] == sorted(p.seq for p in ours) and all(9900 <= p.seq <= 9999 for p in ours)
    assert all(p.name.startswith(f"court_ic_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "property_clue_form"
    assert [p.category for p in ours] == ["transfer", "enforcement", "enforcement"]
    assert [p.basis_kind for p in ours] == ["criminal", "judgment", "arbitration"]
    assert ours[1].stage == "archive" and ours[1].obstruction


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ic_01", "court_ic_02", "court_ic_03"):
        c = case_of(prefix)
        assert "新2201执99" in c.number, c.number
        people = [c.applicant, c.respondent]
        people += [v for v, _ in c.extra.get("victims", [])] + [p for p, _ in c.extra.get("crew", [])]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert any("·" in p.name for p in (case_of("court_ic_02").applicant,)), "the melon grower is a Uyghur farmer"


def _text(code: str, c: CaseCtx, served: list[str] | None = None) -> str:
    return text_of(render(code, c, random.Random(0), served or []))


def test_the_criminal_transfer_names_the_convict_and_the_victims() -> None:
    c = case_of("court_ic_01")
    judgment = _text("enforcement_basis", c)
    assert "刑事判决书" in judgment and "新2201刑初" in judgment and "罚金" in judgment and "退赔" in judgment
    table = _text("transfer_statement", c)
    assert "移送执行表" in table and c.respondent.id_number in table
    for v, loss in c.extra["victims"]:
        assert v.name in table and v.id_number in table and f"{loss:,.2f}" in table
    status = _text("property_status_statement", c)
    assert "财产状况说明" in status and "随案移送" in status and c.extra["car"] in status
    paid = _text("payment_voucher", c)
    assert "国库" in paid and all(v.name in paid for v, _ in c.extra["victims"])
    assert c.extra["frozen"] + c.extra["sold"] >= c.amount, "the deposit and the car cover fine and restitution"


def test_the_melon_company_is_fined_and_its_manager_detained() -> None:
    c = case_of("court_ic_02")
    assert "哈密瓜" in _text("enforcement_basis", c) and "民事判决书" in _text("enforcement_basis", c)
    fine, jail = _text("fine_decision", c), _text("detention_decision", c)
    assert "罚款决定书" in fine and "拘留决定书" in jail
    for t in (fine, jail):
        assert c.respondent.legal_rep in t and c.extra["truck"] in t and "第一百一十四条" in t
    assert "执行裁定书" in _text("enforcement_ruling", c)
    assert "车辆管理所" in _text("assistance_notice", c)


def test_the_crew_award_and_the_withholding_notice() -> None:
    c = case_of("court_ic_03")
    award = _text("enforcement_basis", c)
    assert "劳动人事争议仲裁委员会" in award and "伊劳人仲案字〔2023〕" in award and "裁决如下" in award
    assert all(p.name in award for p, _ in c.extra["crew"])
    assert "发生法律效力" in _text("effectiveness_certificate", c)
    notice = _text("assistance_notice", c)
    assert c.extra["client"] in notice and "扣留" in notice
    assert sum((w for _, w in c.extra["crew"]), start=c.amount * 0) == c.amount


def test_the_courts_papers_are_bilingual_uyghur_over_chinese() -> None:
    assert features.check("raqm"), "Uyghur needs raqm's shaping"
    c = case_of("court_ic_02")
    for code, title in (("enforcement_notice", "执行通知书"), ("fine_decision", "罚款决定书"), ("service_receipt", "送达回证")):
        sheet = render(code, c, random.Random(0), ["enforcement_notice"] if code == "service_receipt" else [])[0]
        lines = sheet.lines
        assert lines.index(COURT_UG) < lines.index(COURT) < lines.index(UG[title]) < lines.index(title)
        assert ARABIC.search(UG[title])
        # the Uyghur court line is printed: ink in the band above the Chinese court name
        band = np.asarray(sheet.image.convert("L"))[mm(25): mm(33), mm(20): -mm(20)]
        assert (band < 128).mean() > 0.01
    received = render("lawyer_license", c, random.Random(0), [])[0].lines
    assert not any(ARABIC.search(line) for line in received), "the lawyer's papers are Chinese only"


def test_dates_run_in_order() -> None:
    for prefix in ("court_ic_01", "court_ic_02", "court_ic_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ic") if p.name.startswith(prefix))
        codes = [d.code for d in plan.docs]
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert made_on(c, "enforcement_ruling") < made_on(c, "payment_voucher") < made_on(c, "closing_notice") <= c.closed_on
        if "transfer_statement" in codes:
            assert made_on(c, "transfer_statement") < c.filed_on and c.basis_effective < made_on(c, "transfer_statement")
        if "fine_decision" in codes:
            assert made_on(c, "enforcement_ruling") < made_on(c, "fine_decision") < c.extra["pay_day"]
        if "dossier_cover" in codes:
            assert made_on(c, "dossier_cover") > c.closed_on


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.LampScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    if plan.rotation in (0, 180):
        assert img.width == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img, dtype=np.float32)


def test_the_failing_lamp_dims_one_end_and_leaves_paper_and_ink_grey() -> None:
    s = Sheet()
    s.lines.append("x")
    s.image.paste((0, 0, 0), (mm(30), mm(130), mm(180), mm(150)))
    _, a = _scan(s, 1, dpi=150, dim_end="bottom", falloff=0.3, rotation=0, skew=0.0, dust=[])
    h = a.shape[0]
    top, bottom = np.median(a[: h // 8, : a.shape[1] // 8]), np.median(a[-h // 8:, : a.shape[1] // 8])
    assert top - bottom > 30, "brightness falls off toward the failing end"
    assert 180 < top < 225, "the paper never reaches white"
    bar = a[round(h * 135 / 297): round(h * 145 / 297), a.shape[1] // 4: a.shape[1] // 2]
    assert 35 < np.median(bar) < 95, "full black comes out dark grey"
    _, b = _scan(s, 1, dpi=200, dim_end="left", falloff=0.3, rotation=0, skew=0.0, dust=[])
    assert np.median(b[:mm(100), -mm(20):]) - np.median(b[:mm(100), :mm(20)]) > 30


def test_onion_skin_lets_the_page_behind_show() -> None:
    s = Sheet()
    s.image.paste((0, 0, 0), (mm(40), mm(60), mm(170), mm(75)))
    thin = onion(Sheet())
    thin.image.paste((0, 0, 0), (mm(40), mm(60), mm(170), mm(75)))
    assert is_onion(thin) and not is_onion(s)
    plain_plan = cap.plan_capture(random.Random(5), s)
    thin_plan = cap.plan_capture(random.Random(5), thin)
    assert plain_plan.show == 0 and 0.1 <= thin_plan.show <= 0.16
    common = {"dpi": 200, "rotation": 0, "skew": 0.0, "dust": [], "dim_end": "top", "falloff": 0.2, "paper": 205.0,
              "ink": 70.0, "noise": 1.0}
    _, a = _scan(s, 5, **common)
    _, b = _scan(thin, 5, show=0.15, show_shift=(0.0, 30.0), **common)
    ghost = (slice(mm(92), mm(103)), slice(mm(60), mm(150)))  # 30 mm below the bar: the copy behind
    assert a[ghost].mean() - b[ghost].mean() > 20, "the page behind shows through"
    clear = (slice(mm(200), mm(220)), slice(mm(60), mm(150)))
    assert a[clear].mean() - b[clear].mean() < 20


def test_desert_dust_sits_at_the_same_place_on_every_page() -> None:
    blank = Sheet()
    sand = [(x, y, r) for x, y, r, grain in cap.GLASS if grain]
    assert len(sand) >= 5
    for seed, dpi in ((2, 150), (3, 200)):
        _, a = _scan(blank, seed, dpi=dpi, rotation=0, skew=0.0, falloff=0.0, noise=1.0, blur=0.4)
        paper = np.median(a)
        for x, y, _r in sand:
            cx, cy = round(x / 25.4 * dpi), round(y / 25.4 * dpi)
            assert a[cy - 1: cy + 2, cx - 1: cx + 2].min() < paper - 60, (x, y)
    plans = [cap.plan_capture(random.Random(k), blank) for k in range(200)]
    assert {p.dpi for p in plans} == {150, 200} and not any(p.photo for p in plans)
    turned = sum(p.rotation != 0 for p in plans)
    assert 2 <= turned <= 30 and {p.rotation for p in plans} <= {0, 90, 180, 270}
    assert all(25 <= len(p.dust) <= 70 for p in plans)
