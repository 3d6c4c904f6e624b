"""court_dc (湖南省衡阳市雁峰区人民法院): three dossiers of old 衡阳 south of the 回雁峰. A lender enforces this court's
own 民间借贷 judgment: the borrower's account frozen and deducted, the rest paid under a settlement, 执行完毕. A cook
enforces a 衡阳市劳动人事争议仲裁委员会 award for unpaid wages against a restaurant company that has shut its doors:
nothing found, 限制消费 and 失信, the cook heard, 终本 — archived in archive order. A property company enforces a
mediated 物业费 debt against an owner who pays once the account is frozen — without the 诉讼费 receipt.
The bureau's sheet-fed copier scans at 200 dpi in grey, skews the sheets a little, marks some with a toner streak; the
财产申报表 goes through upside down; the 执业证 and the applicant's ID copy are photographed on a wooden desk."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dc_capture as cap
from dossier.corpus.families.court_dc import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dc_seqs_lie_in_its_range_and_its_dossiers_are_named_in_order() -> None:
    ours = family_plans("court_dc")
    assert len(ours) == 3 and all(74100 <= p.seq <= 74900 for p in ours)
    assert all(p.name.startswith(f"court_dc_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dc_01", "court_dc_02", "court_dc_03"):
        c = case_of(prefix)
        assert "湘0406执74" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    lend, wage, fee = case_of("court_dc_01"), case_of("court_dc_02"), case_of("court_dc_03")
    judgment = text_of(render("enforcement_basis", lend, random.Random(0), []))
    assert "民事判决书" in judgment and "民间借贷" in judgment and "湘0406民初" in judgment
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "衡阳市劳动人事争议仲裁委员会" in award and "裁决如下" in award and "终局裁决" in award
    assert "已发生法律效力" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    assert "本院予以确认" in text_of(render("enforcement_basis", fee, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", lend, random.Random(0), []))
    assert "执行裁定书" in ruling and str(lend.extra["r_acct"]) in ruling and "扣划" in ruling
    application = text_of(render("enforcement_application", fee, random.Random(0), []))
    assert fee.firm in application and "限制高消费" in application and "失信被执行人名单" in application


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_dc"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _grey(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=np.float32)


def test_the_copier_scans_grey_at_200_dpi_with_a_slight_skew_and_a_toner_streak() -> None:
    sheet = render("enforcement_notice", case_of("court_dc_02"), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(3), sheet)
    assert plan.dpi == 200 and plan.rotation == 0 and not plan.photo and abs(plan.skew) <= 2
    plan.streak, plan.skew, plan.blur = (0.5, 3, 80.0), 0.0, 0.0
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(3))))
    assert img.mode == "L" and img.info["dpi"][0] == 200 and img.size == sheet.size
    a = _grey(cap.capture(sheet, plan, random.Random(3)))
    h, w = a.shape
    band = a[h - 300: h - 100, w // 2 - 8: w // 2 + 8].mean(axis=0)  # below the text: paper and the streak only
    assert band.max() > 215 and band.max() - band.min() > 35, "a thin dark line runs down the page"
    streaks = [cap.plan_capture(random.Random(s), sheet).streak for s in range(40)]
    assert 5 < sum(x is not None for x in streaks) < 35, "on some pages, not all"
    assert all(-2 <= cap.plan_capture(random.Random(s), sheet).skew <= 2 for s in range(40))


def test_the_declaration_goes_in_upside_down_and_the_licence_is_photographed_on_a_desk() -> None:
    c = case_of("court_dc_01")
    declared = render("property_declaration_form", c, random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(0), declared)
    assert plan.rotation == 180
    plan.streak, plan.skew = None, 0.0
    turned = _grey(cap.capture(declared, plan, random.Random(0)))
    upright = np.asarray(declared.image.convert("L"), dtype=np.float32)
    assert np.abs(turned - upright[::-1, ::-1]).mean() < np.abs(turned - upright).mean(), "the page is turned 180°"

    licence = render("lawyer_license", c, random.Random(0), [])[0]
    photo = cap.plan_capture(random.Random(1), licence)
    assert photo.photo and photo.rotation == 0
    small = Sheet(size=(827, 1170))  # a half-size page photographed the same way (the test stays fast)
    small.text(80, 120, "律师执业证", font("serif", 60))
    rgb = np.asarray(Image.open(io.BytesIO(cap.capture(small, photo, random.Random(1)))).convert("RGB"), dtype=np.float32)
    h, w, _ = rgb.shape
    corner = rgb[: h // 40, : w // 40].reshape(-1, 3).mean(axis=0)
    assert corner[0] > corner[2] + 25 and corner.mean() < 200, "brown wood around the sheet"
    mid = rgb[h // 2 - 50: h // 2 + 50, w // 2 - 50: w // 2 + 50].mean()
    assert mid > corner.mean() + 30, "the paper is lighter than the desk"
    top = rgb[h // 3, :, :].mean(axis=1)
    paper_cols = np.nonzero(top > corner.mean() + 40)[0]
    bottom = rgb[2 * h // 3, :, :].mean(axis=1)
    paper_cols_low = np.nonzero(bottom > corner.mean() + 40)[0]
    assert paper_cols.size and paper_cols_low.size
    assert paper_cols_low[-1] - paper_cols_low[0] > paper_cols[-1] - paper_cols[0], "perspective: nearer edge wider"


def test_only_the_desk_photos_and_the_turned_page_are_flagged() -> None:
    c = case_of("court_dc_03")
    notice = render("acceptance_notice", c, random.Random(0), [])[0]
    p = cap.plan_capture(random.Random(0), notice)
    assert not p.photo and p.rotation == 0
    respondent_id = render("identity_proof", c, random.Random(0), ["respondent"])[0]
    assert not cap.plan_capture(random.Random(0), respondent_id).photo
    blank = Sheet()
    assert cap.plan_capture(random.Random(0), blank).rotation == 0
