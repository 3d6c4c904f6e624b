"""court_dt (吉林省四平市铁西区人民法院): a grain depot's judgment against a 梨树 feed mill (deducted, settled, paid,
archived with this court's 生效证明书 behind the judgment); a bricklayers' foreman's labour-arbitration award against a
building-labour contractor that left its site (终本); a bank's car-loan mediation against a 双辽 borrower (car seized,
settled, paid) handed in without the 结案通知书. Every page was shot from the bound volume on an overhead book scanner:
lines bending into the gutter, the gutter dark and soft, fingertips at the outer edge."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_dt_capture as cap
from dossier.corpus.families.court_dt import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dt_seqs_lie_in_its_range_and_name_its_dossiers() -> None:
    ours = family_plans("court_dt")
    assert len(ours) == 3 and all(33500 <= p.seq <= 33999 for p in ours)
    assert all(p.name.startswith(f"court_dt_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_dt_01", "court_dt_02", "court_dt_03"):
        c = case_of(prefix)
        assert "吉0302执335" in c.number or "吉0302执336" in c.number or "吉0302执338" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    grain, wage, car = case_of("court_dt_01"), case_of("court_dt_02"), case_of("court_dt_03")
    judgment = text_of(render("enforcement_basis", grain, random.Random(0), []))
    assert "民事判决书" in judgment and "玉米" in judgment and "上诉于吉林省四平市中级人民法院" in judgment
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "四平市劳动人事争议仲裁委员会" in award and "仲　裁　裁　决　书" in award and "终局裁决" in award
    cert = text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    assert "生效证明" in cert and "未向四平市中级人民法院申请撤销" in cert
    mediation = text_of(render("enforcement_basis", car, random.Random(0), []))
    assert "民事调解书" in mediation and car.extra["plate"] in mediation
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", car, random.Random(0), []))
    assert "执行裁定书" in ruling and "扣押" in ruling and car.extra["vin"] in ruling
    ident = render("identity_proof", grain, random.Random(0), [])
    assert len(ident) == 2 and ident[1].starts_document and "营　业　执　照" in text_of(ident[:1])
    assert "国家企业信用信息公示系统" in text_of(render("identity_proof", wage, random.Random(0), ["respondent"]))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_dt_01", "court_dt_02", "court_dt_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dt") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _shot(seed: int, **change: object) -> tuple[cap.BookShot, np.ndarray]:
    sheet = Sheet(size=(827, 1169))  # a small page keeps the test quick
    for k in range(24):  # ruled lines right across the page, to see them bend
        sheet.line(20, 60 + k * 44, sheet.width - 20, 60 + k * 44, width=3)
    sheet.lines.append("x")
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.dpi, plan.skew, plan.colour, plan.spine_left, plan.facing = 200, 0.0, True, True, 0.0
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_plan_is_a_book_scanner_shot_at_200_to_300_dpi() -> None:
    plans = [cap.plan_capture(random.Random(s), Sheet()) for s in range(40)]
    assert all(200 <= p.dpi <= 300 and p.rotation == 0 and not p.photo and p.fingers for p in plans)
    assert 0 < sum(p.colour for p in plans) < 40 and 0 < sum(p.spine_left for p in plans) < 40
    assert 0 < sum(p.facing > 0 for p in plans) < 25


def test_lines_bend_and_darken_into_the_gutter() -> None:
    plan, a = _shot(2, fingers=[])
    grey = a.mean(axis=2)
    h, w = grey.shape
    # the page's brightness near the spine (left) is well below the middle's
    mid = np.percentile(grey[h // 3: 2 * h // 3, w // 2 - 60: w // 2 + 60], 90)
    gutter_col = int(mm(7) * plan.dpi / 200) + 6
    near = np.percentile(grey[h // 3: 2 * h // 3, gutter_col: gutter_col + 20], 90)
    assert near < mid - 30
    # a ruled line near the top lies lower at the spine than in the middle: the rows shrink toward the centre there

    def first_dark_row(col: int) -> int:
        column = grey[: h // 3, col]
        paper = np.percentile(grey[h // 3: 2 * h // 3, col], 90)
        page_top = int(np.argmax(column > paper - 25))
        return page_top + int(np.argmax(column[page_top:] < paper - 50))

    assert first_dark_row(gutter_col + 40) > first_dark_row(w // 2) + 3


def test_fingertips_cover_the_outer_margin_in_skin_tone() -> None:
    finger = cap.Finger(0.5, 15, 17, 0.0)
    _, a = _shot(4, fingers=[finger], skin=(220, 170, 140))
    h, w = a.shape[:2]
    row = a[h // 2]
    r, b = row[:, 0], row[:, 2]
    skin = (r - b > 40) & (r > 150)
    assert skin[w // 2:].sum() > mm(10), "a fingertip lies on the right-hand margin"
    assert not skin[: w // 2].any()
    _, grey = _shot(4, fingers=[finger], colour=False)
    assert np.abs(grey[..., 0] - grey[..., 2]).max() < 1, "greyscale shots carry no colour"
