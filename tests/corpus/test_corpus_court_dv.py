"""court_dv (河南省南阳市宛城区人民法院): three dossiers of 南阳's old city. A 独山玉 carving company enforces 南阳中院's
二审 judgment on a 购销合同 against a cultural-tourism trader: a deposit deducted, the rest paid by bank transfer under a
settlement, closed 执行完毕 and archived (cover and catalogue first, this court's 生效证明书 behind the judgment). A 中药材
co-operative enforces a 南阳仲裁委员会 award against an 艾草 products company: nothing found, 限制消费 and 失信, the
applicant heard, 终本. A lender enforces this court's 民间借贷 judgment against a garage owner who settles and pays —
without the lawyer's 执业证 copy. Received papers are phone screenshots (移动微法院, WeChat, a bank app, a 12368 SMS),
some in dark mode; paper goes through the 自助立案一体机 at 150 dpi with heavy JPEG, some pages stored turned 90°."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.families import court_dv_capture as cap
from dossier.corpus.families.court_dv import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_dv_01", "court_dv_02", "court_dv_03")


def test_court_dv_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_dv")
    assert len(ours) == 3 and all(35500 <= p.seq <= 35999 for p in ours)
    assert all(p.name.startswith(f"court_dv_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "豫1302执35" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.id_number, bad)
    assert case_of("court_dv_02").applicant.id_number.startswith("93"), "a 农民专业合作社's code"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    jade, herb, loan = (case_of(p) for p in PREFIXES)
    basis = text_of(render("enforcement_basis", jade, random.Random(0), []))
    assert "河南省南阳市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "独山玉" in basis
    award = text_of(render("enforcement_basis", herb, random.Random(0), []))
    assert "南阳仲裁委员会" in award and "裁决如下" in award and "山茱萸" in award
    assert "民间借贷" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", herb, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "霉变" in ttr
    assert loan.extra["plate"] in text_of(render("enforcement_ruling", loan, random.Random(0), []))
    paid = text_of(render("payment_voucher", jade, random.Random(0), []))
    assert "转账成功" in paid and jade.number in paid
    sms = text_of(render("service_receipt", herb, random.Random(0), ["acceptance_notice"]))
    assert "12368" in sms and herb.number in sms


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dv") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _jpeg(sheet_code: str, prefix: str, seed: int, **force: object) -> tuple[cap.DvCapture, Image.Image, int]:
    sheet = render(sheet_code, case_of(prefix), random.Random(0), [])[0]
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in force.items():
        setattr(plan, k, v)
    data = cap.capture(sheet, plan, random.Random(seed))
    return plan, Image.open(io.BytesIO(data)), sheet.width


def test_screenshots_keep_the_phone_pixels_and_dark_mode_stays_dark() -> None:
    plan, img, width = _jpeg("enforcement_application", "court_dv_02", 1)
    assert plan.screen and plan.rotation == 0 and img.size == (width, 2280)
    a = np.asarray(img.convert("L"), dtype=np.float32)
    assert np.median(a) < 60, "dark mode: a dark background"
    assert np.percentile(a, 99.5) > 170, "with light text on it"
    plan, img, _ = _jpeg("enforcement_application", "court_dv_01", 1)
    assert np.median(np.asarray(img.convert("L"))) > 220, "the light theme"


def test_the_kiosk_scans_at_150_dpi_with_blocky_jpeg_and_sometimes_turns_the_page() -> None:
    plan, img, width = _jpeg("enforcement_notice", "court_dv_03", 3, rotation=0, skew=0.0)
    assert not plan.screen and plan.dpi == 150 and 24 <= plan.quality <= 38
    assert img.width == round(width * 150 / 200) and img.info["dpi"][0] == 150
    a = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = a.shape
    body = a[h // 5: h // 2, w // 8: 7 * w // 8]
    d = np.abs(np.diff(body, axis=1))
    cols = np.arange(d.shape[1]) + w // 8
    edge = d[:, (cols % 8) == 7].mean()
    inner = d[:, (cols % 8) == 3].mean()
    assert edge > inner * 1.05, "8×8 block seams from the heavy JPEG"
    assert np.percentile(a, 0.5) > 10, "the kiosk's lifted black"
    _, turned, _ = _jpeg("enforcement_notice", "court_dv_03", 3, rotation=90, skew=0.0)
    assert turned.size == (img.height, img.width)
    page = render("enforcement_notice", case_of("court_dv_03"), random.Random(0), [])[0]
    turns = [cap.plan_capture(random.Random(s), page).rotation for s in range(200)]
    assert set(turns) == {0, 90, 270} and 10 < sum(t != 0 for t in turns) < 60
