"""court_gi (河北省沧州市运河区人民法院): three dossiers of 沧州. A 泊头 fastener works enforces this court's 支付令
against a pipe-fitting company that raised no objection — an account frozen, a 履行承诺书, paid, 执行完毕, archived
(cover and catalogue first, the 支付令's 生效证明 behind it). The widow of a 驴肉火烧 shop owner killed by a canal
wharf's lorry enforces the 刑事附带民事判决书 against the driver's transport company: nothing left, 限消 and 失信, the
widow heard, 终本. A 沧县 金丝小枣 company enforces its judgment against a 驴肉火烧 chain's owner, who settles and
pays — without the 收款账户确认书. Every page went through a scanner whose worn ADF roller slips: bands stretched
down the feed, a strip read twice or squeezed, faint smudges repeating down the tyres' tracks."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gi_capture as cap
from dossier.corpus.families.court_gi import made_on, render
from dossier.corpus.families.court_gi_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gi_seqs_lie_in_its_range_and_miss_every_other_family() -> None:
    seqs = [p.seq for p in family_plans("court_gi")]
    assert len(seqs) == 3 and all(12000 <= s <= 12999 for s in seqs)
    assert not set(seqs) & {12071, 12158, 12236}, "older dossiers' cases in the same thousand"
    assert all(p.name.startswith(f"court_gi_0{i}_") for i, p in enumerate(family_plans("court_gi"), 1))
    stages = {p.stage for p in family_plans("court_gi")}
    methods = {p.method for p in family_plans("court_gi")}
    assert "archive" in stages and "terminated_this_round" in methods


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gi_01", "court_gi_02", "court_gi_03"):
        c = case_of(prefix)
        assert "冀0903执12" in c.number and c.court.name == "河北省沧州市运河区人民法院"
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        assert c.basis_number.startswith("（2023）冀0903")


def test_the_payment_order_is_the_basis_of_the_fastener_case() -> None:
    bolt = case_of("court_gi_01")
    order = text_of(render("enforcement_basis", bolt, random.Random(0), []))
    assert "支付令" in order and "冀0903民督" in order and "紧固件" in order and "管件" in order
    assert "十五日内" in order and "异议" in order
    cert = text_of(render("effectiveness_certificate", bolt, random.Random(0), []))
    assert "未提出书面异议" in cert and "发生法律效力" in cert
    ruling = text_of(render("enforcement_ruling", bolt, random.Random(0), []))
    assert "执行裁定书" in ruling and bolt.extra["r_acct"] in ruling and "支付令" in ruling
    assert "履行承诺书" in text_of(render("settlement_agreement", bolt, random.Random(0), []))


def test_the_criminal_incidental_civil_judgment_binds_driver_and_company() -> None:
    crash = case_of("court_gi_02")
    judgment = text_of(render("enforcement_basis", crash, random.Random(0), []))
    assert "刑事附带民事判决书" in judgment and "冀0903刑初" in judgment and "交通肇事罪" in judgment
    assert crash.extra["driver"] in judgment and crash.respondent.name in judgment and "连带赔偿" in judgment
    assert "驴肉火烧" in judgment and "有期徒刑" in judgment
    ttr = text_of(render("termination_this_round_ruling", crash, random.Random(0), []))
    assert "终结本次执行程序" in ttr and crash.extra["driver"] in ttr and "刑事附带民事判决书" in ttr
    notice = text_of(render("enforcement_notice", crash, random.Random(0), []))
    assert "连带赔偿" in notice


def test_the_jujube_case_is_an_ordinary_judgment_and_lacks_the_account_form() -> None:
    jujube = case_of("court_gi_03")
    judgment = text_of(render("enforcement_basis", jujube, random.Random(0), []))
    assert "民事判决书" in judgment and "冀0903民初" in judgment and "金丝小枣" in judgment
    assert jujube.extra["shop"] in judgment
    assert "执行和解协议" in text_of(render("settlement_agreement", jujube, random.Random(0), []))
    plan = family_plans("court_gi")[2]
    assert not plan.complete and MISSING == "payment_account_confirmation"
    assert all(d.code != MISSING for d in plan.docs)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gi_01", "court_gi_02", "court_gi_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gi") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _ruled() -> Sheet:
    """A strip of page with a black bar every 10 mm — enough to see where the feed slipped."""
    s = Sheet(size=(mm(120), mm(150)))
    s.lines.append("x")
    for k in range(1, 15):
        s.image.paste((0, 0, 0), (mm(10), mm(10 * k), mm(110), mm(10 * k) + 6))
    return s


def _scan(sheet: Sheet, plan: cap.RollerScan) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(1))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return np.asarray(img, dtype=np.float32)


def _bars(a: np.ndarray) -> list[int]:
    """Rows where a black bar begins (in the page's middle columns)."""
    dark = a[:, a.shape[1] // 3: 2 * a.shape[1] // 3].mean(axis=1) < 128
    return [i for i in range(1, len(dark)) if dark[i] and not dark[i - 1]]


def _clean(dpi: int = 200) -> cap.RollerScan:
    return cap.RollerScan(dpi=dpi, rotation=0, photo=False, mode="grey", skew=0.0, quality=85, slips=[], smudge=0.0,
                          noise=0.5, blur=0.0)


def test_a_dragging_roller_stretches_a_band_and_lengthens_the_page() -> None:
    s = _ruled()
    clean = _scan(s, _clean())
    dragged = _scan(s, replace(_clean(), slips=[cap.Slip("drag", 0.3, 40.0, 1.5)]))
    assert dragged.shape[0] > clean.shape[0] + mm(15) and dragged.shape[1] == clean.shape[1]
    gaps = np.diff(_bars(dragged))
    assert gaps.max() > 1.35 * np.median(gaps), "bars inside the band stand further apart"
    assert abs(np.median(np.diff(_bars(clean))) - mm(10)) <= 2


def test_a_stutter_reads_a_strip_twice_and_a_jump_squeezes_it() -> None:
    s = _ruled()
    clean_bars = _bars(_scan(s, _clean()))
    stutter = _scan(s, replace(_clean(), slips=[cap.Slip("stutter", 0.5, 12.0, 1.0)]))
    assert len(_bars(stutter)) == len(clean_bars) + 1, "the bar within the strip appears twice"
    jumped = _scan(s, replace(_clean(), slips=[cap.Slip("jump", 0.3, 30.0, 1.5)]))
    gaps = np.diff(_bars(jumped))
    assert gaps.min() < 0.8 * np.median(gaps) and jumped.shape[0] < s.height - mm(8)


def test_the_roller_smudges_repeat_down_the_tyre_tracks() -> None:
    s = Sheet(size=(mm(150), mm(200)))
    s.lines.append("x")
    plan = replace(_clean(), smudge=20.0, period=60.0, phase=20.0)
    a = _scan(s, plan)
    col = a[:, round(cap.TYRES[0] * a.shape[1])]
    between = a[:, round(0.5 * a.shape[1])]
    assert between.mean() - col.mean() > 1, "the tyre's track is greyer than the paper between the tracks"
    rows = [round((20 + 60 * k) / 25.4 * 200) for k in range(3)]
    for r in rows:
        assert col[r - 3: r + 4].mean() < between[r - 3: r + 4].mean() - 8, r
    mid = round(50 / 25.4 * 200)
    assert col[mid - 3: mid + 4].mean() > col[rows[0] - 3: rows[0] + 4].mean() + 8, "clean between two turns"


def test_the_capture_plans_stay_within_the_theme() -> None:
    s = Sheet(size=(mm(60), mm(80)))
    s.lines.append("x")
    ps = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert all(200 <= p.dpi <= 300 and 50 <= p.quality <= 85 and abs(p.skew) <= 1.2 and not p.photo for p in ps)
    assert {p.mode for p in ps} == {"grey", "bw"}
    assert {p.rotation for p in ps} >= {0, 90, 180} and sum(p.rotation != 0 for p in ps) < 30
    slipped = [p for p in ps if p.slips]
    assert 50 < len(slipped) < 130
    assert {sl.kind for p in slipped for sl in p.slips} == {"drag", "stutter", "jump"}
    assert all(sl.factor <= 1.7 and sl.span <= 45 for p in slipped for sl in p.slips), "legible: never too far"
    turned = next(p for p in ps if p.rotation == 90)
    a = _scan(s, replace(turned, slips=[], skew=0.0))
    assert a.shape[1] > a.shape[0], "a sideways sheet comes out landscape"
