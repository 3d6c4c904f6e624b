"""court_de (内蒙古自治区包头市昆都仑区人民法院): three dossiers of 包头's steel district. A pedestrian hurt by a logistics
company's lorry enforces 包头中院's 二审 judgment: the insurer pays its share on the bureau's 协助执行通知书 and says so in
a reply, the company pays the rest under a settlement, the bank's 回单 shows the money paid out; 执行完毕, archived in
archive order. A lender enforces this court's 民事调解书 against a borrower whose shop has closed: nothing found, 限制消费
and 失信, the lender heard, 终本. A steel-works fitter enforces his wage judgment on the court's printed application form
filled in by pen, hands in his 户口簿 copy (photographed at the window), settles and withdraws: 终结执行 — without his
legal-aid lawyer's 执业证 copy. Every other page went through an old fax-like black-and-white scanner at 150 dpi."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_de_capture as cap
from dossier.corpus.families.court_de import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_de_01", "court_de_02", "court_de_03")


def test_court_de_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_de")]
    assert len(seqs) == 3 and all(99100 <= s <= 99900 for s in seqs)
    assert all(p.name.startswith(f"court_de_0{i}_") for i, p in enumerate(family_plans("court_de"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "蒙0203执99" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    traffic, loan, wage = (case_of(p) for p in PREFIXES)
    basis = text_of(render("enforcement_basis", traffic, random.Random(0), []))
    assert "内蒙古自治区包头市中级人民法院" in basis and "驳回上诉，维持原判" in basis and traffic.extra["plate"] in basis
    assert "自愿达成如下协议" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    reply = text_of(render("evidence", traffic, random.Random(0), []))
    assert "复函" in reply and traffic.extra["insurer"] in reply and traffic.number in reply
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr
    ended = text_of(render("termination_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ended and "撤回执行申请" in ended
    form = render("enforcement_application", wage, random.Random(0), [])[0]
    assert "拖欠工资" in text_of([form]) and "执 行 申 请 书" in form.lines
    assert "电子回单" in text_of(render("payment_voucher", traffic, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix, p in zip(PREFIXES, family_plans("court_de"), strict=True):
        c = case_of(prefix)
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _scan(sheet: Sheet, seed: int) -> tuple[cap.FaxScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi == 150
    return plan, np.asarray(img, dtype=np.float32)


def test_the_fax_scanner_leaves_black_on_white_at_150_dpi_with_speckles() -> None:
    sheet = render("enforcement_notice", case_of("court_de_02"), random.Random(0), [])[0]
    plan, a = _scan(sheet, 3)
    assert not plan.photo and abs(plan.skew) <= 3 and 55 <= plan.quality <= 65
    assert a.ndim == 2 and a.shape == (round(sheet.height * 150 / 200), round(sheet.width * 150 / 200))
    between = np.mean((a > 70) & (a < 185))
    assert between < 0.04, "one bit per pixel: only the JPEG's ringing lies between black and white"
    assert np.mean(a < 70) > 0.01 and np.mean(a > 185) > 0.85
    blank = Sheet()
    blank.lines.append("x")
    plan, b = _scan(blank, 4)
    dark = int(np.sum(b < 100))
    assert dark > 200, "dust and toner specks on an empty page"
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(40)]
    assert all(not p.photo and abs(p.skew) <= 3 for p in plans) and max(abs(p.skew) for p in plans) > 2


def test_the_household_register_copy_was_photographed_under_a_warm_lamp() -> None:
    wage = case_of("court_de_03")
    sheet = render("identity_proof", wage, random.Random(0), [])[0]
    assert "常住人口登记卡" in sheet.lines
    plan, a = _scan(sheet, 1)
    assert plan.photo and a.ndim == 3
    h, w = a.shape[:2]
    assert w > sheet.width * 150 / 200, "the desk shows round the sheet"
    mid = a[h // 3: 2 * h // 3, w // 3: 2 * w // 3].reshape(-1, 3)
    paper = mid[mid.sum(axis=1) > np.percentile(mid.sum(axis=1), 70)]
    assert paper[:, 0].mean() > paper[:, 2].mean() + 12, "yellow lamp light"
    lum = a.mean(axis=2)
    quads = [lum[:h // 2, :w // 2].mean(), lum[:h // 2, w // 2:].mean(), lum[h // 2:, :w // 2].mean(), lum[h // 2:, w // 2:].mean()]
    assert max(quads) - min(quads) > 12, "the light falls off away from the lamp"
    other = render("enforcement_notice", wage, random.Random(0), [])[0]
    assert not cap.plan_capture(random.Random(1), other).photo
