"""court_fl (湖北省孝感市孝南区人民法院): three dossiers of 孝感. A 麻糖 and 米酒 maker enforces an award of the 孝感仲裁委员会
against a 孝南 logistics park's warehouse company (an account frozen, a settlement, paid, archived with the
commission's certificate of effect behind the award); a textile mill enforces a judgment upheld by the 孝感中院 for
七仙女 costume brocade against a 董永-legend show park that has closed (终本); a rice cooperative enforces this court's
judgment for 糯米 against a 米酒 workshop's owner, who settles and pays — without its 收取案款确认书. Every page went
through a contractor's JPEG 2000 archive at high compression and was re-exported as JPEG."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_fl_capture as cap
from dossier.corpus.families.court_fl import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

USED_ELSEWHERE = {26137, 26381, 26482, 26558, 26815, 26904}
"""numbers in 26000–26999 that other families' cases or tests already carry"""


def test_court_fl_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fl")]
    assert len(seqs) == 3 and all(26000 <= s <= 26999 for s in seqs)
    assert not set(seqs) & USED_ELSEWHERE
    assert all(p.name.startswith(f"court_fl_0{i}_") for i, p in enumerate(family_plans("court_fl"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fl_01", "court_fl_02", "court_fl_03"):
        c = case_of(prefix)
        assert "鄂0902执26" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fl_03").applicant.id_number.startswith("93"), "a farmers' cooperative's code"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    matang, tour, rice = case_of("court_fl_01"), case_of("court_fl_02"), case_of("court_fl_03")
    award = text_of(render("enforcement_basis", matang, random.Random(0), []))
    assert "孝感仲裁委员会" in award and "孝仲裁字" in award and "麻糖" in award and "裁决如下" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", matang, random.Random(0), []))
    appeal = text_of(render("enforcement_basis", tour, random.Random(0), []))
    assert "孝感市中级人民法院" in appeal and "鄂09民终" in appeal and "驳回上诉，维持原判" in appeal
    assert "七仙女" in appeal
    ttr = text_of(render("termination_this_round_ruling", tour, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "鄂0902民初" in ttr
    judgment = text_of(render("enforcement_basis", rice, random.Random(0), []))
    assert "鄂0902民初" in judgment and "糯米" in judgment and "米酒" in judgment
    ruling = text_of(render("enforcement_ruling", matang, random.Random(0), []))
    assert "执行裁定书" in ruling and matang.extra["r_acct"] in ruling
    deal = text_of(render("settlement_agreement", rice, random.Random(0), []))
    assert "执行和解协议" in deal and "分两期" in deal
    slip = text_of(render("payment_voucher", rice, random.Random(0), []))
    assert "电子回单" in slip and rice.applicant.name in slip


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fl_01", "court_fl_02", "court_fl_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fl") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_archive_volume_is_catalogued_after_closing() -> None:
    c = case_of("court_fl_01")
    for code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        assert made_on(c, code) > c.closed_on
    assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") < c.closed_on


def _strip() -> Sheet:
    """A strip of a page: black text, a thin rule and a red seal; enough to measure, and quick."""
    s = Sheet(size=(mm(150), mm(90)))
    for k in range(6):
        s.text(mm(8), mm(6) + k * 60, "申请执行人孝感麻糖米酒食品有限公司二〇二四年", font("serif", 30 + 3 * k))
    s.line(mm(8), mm(72), mm(140), mm(72), width=1)
    seal(s, mm(110), mm(55), "湖北省孝感市孝南区人民法院", random.Random(1), radius=mm(16))
    return s


def _take(sheet: Sheet, seed: int, **change: object) -> tuple[cap.J2kArchive, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.info["dpi"][0] == plan.dpi
    w, h = (sheet.width, sheet.height) if plan.rotation in (0, 180) else (sheet.height, sheet.width)
    assert abs(img.width - round(round(w * 1.5) * plan.dpi / 300)) <= 1
    assert abs(img.height - round(round(h * 1.5) * plan.dpi / 300)) <= 1
    assert img.mode == ("RGB" if plan.colour else "L")
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_archive_copy_went_through_a_real_jpeg_2000_coder() -> None:
    """The stored plane is a JPEG 2000 codestream's decoding: it differs from its input, and more the higher the ratio."""
    from PIL import features

    assert features.check("jpg_2000")
    gen = np.random.default_rng(0)
    plane = np.full((400, 400), 245.0, np.float32)
    plane[100:110, 40:360] = 20.0
    plane += gen.normal(0, 5, plane.shape)
    mild = cap.j2k_roundtrip(plane, 60, tiled=False, resolutions=6)
    harsh = cap.j2k_roundtrip(plane, 200, tiled=False, resolutions=6)
    err_mild, err_harsh = np.abs(mild - plane).mean(), np.abs(harsh - plane).mean()
    assert 0.5 < err_mild < err_harsh
    assert harsh[104, 200] < 90, "the bar survives"


def test_the_contractor_ratios_and_the_export() -> None:
    sheet = _strip()
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(120)]
    harsh = [p for p in plans if p.harsh]
    assert 10 < len(harsh) < 60, "some pages after the quota tightened"
    assert all(cap.HARSH[0] <= p.ratio <= cap.HARSH[1] for p in harsh)
    assert all(cap.RATIO[0] <= p.ratio <= cap.RATIO[1] for p in plans if not p.harsh)
    assert all(70 <= p.quality <= 90 and p.dpi in (200, 240, 300) and not p.photo for p in plans)
    assert all(abs(p.skew) <= 1.2 for p in plans)
    turned = [p.rotation for p in plans if p.rotation]
    assert 0 < len(turned) < 30 and set(turned) <= {90, 180, 270}


def test_a_page_keeps_its_text_and_its_seal_bleeds() -> None:
    sheet = _strip()
    _, a = _take(sheet, 3, rotation=0, skew=0.0, dpi=300, colour=True, ratio=110.0, tiled=False)
    grey = a.mean(axis=2)
    text = grey[mm(6) * 3 // 2: mm(14) * 3 // 2, mm(8) * 3 // 2: mm(60) * 3 // 2]
    assert text.min() < 90 and np.median(grey) > 200, "dark text on light paper"
    src = np.asarray(sheet.image, dtype=np.float32)
    red_src = (src[..., 0] - src[..., 1] > 60).mean()
    up = np.asarray(Image.fromarray(src.astype(np.uint8)).resize((a.shape[1], a.shape[0])), dtype=np.float32)
    diff = np.abs(a - up).mean()
    assert diff > 1.0, "the archive copy is not the drawing"
    reddish = ((a[..., 0] - a[..., 1]) > 25).mean()
    assert red_src > 0 and reddish > 0, "the seal stays red"
    was_plain = np.abs(up[..., 0] - up[..., 1]) < 4
    bled = (was_plain & ((a[..., 0] - a[..., 1]) > 12)).sum()
    assert bled > 50, "the half-resolution chroma carries the red past where it was stamped"
    _, harsh = _take(sheet, 3, rotation=0, skew=0.0, dpi=300, colour=True, ratio=200.0, tiled=False)
    assert np.abs(harsh - up).mean() > diff * 0.95, "a harsher ratio loses at least as much"


def test_turned_and_grey_pages() -> None:
    sheet = _strip()
    _take(sheet, 4, rotation=90, skew=0.0, dpi=200, colour=False)
    _take(sheet, 5, rotation=180, skew=0.8, dpi=240, colour=True, tiled=True)
