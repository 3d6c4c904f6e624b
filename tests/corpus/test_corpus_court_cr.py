"""The family court_cr (山东潍坊奎文, held out: drawn without looking at the page reader): the city-centre court of 潍坊.
A kite factory (风筝制品) wins a supply-contract case against a trading company up to 潍坊中院 (二审, 驳回上诉); 奎文法院
certifies the judgment's effect, freezes and 扣划 the company's account, pays the money out and archives the volume. A
greenhouse builder's 潍坊仲裁委员会 award against an agricultural company finds nothing: 限制消费, 失信, a 传票, the
applicant heard, ended by 终结本次执行程序. A loan's 支付令 is settled by an 执行和解协议 and paid in two instalments,
but the volume reaches the check without its 结案通知书. The court's outsourced digitisation contractor binarised every
page with an adaptive threshold (seals and grey fills come out as blotchy rings), wiped every blob touching the edge
band, stamped its 扫描批次 label and barcode into the bottom margin, and saved bound pages as two-page spreads."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from functools import cache

import cv2
import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_cr_capture, renderer
from dossier.corpus.families.court_cr import GREENHOUSE_SEQ, KITE_SEQ, LOAN_SEQ
from dossier.corpus.families.court_cr_kit import made
from dossier.corpus.families.court_cr_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_cr"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(84000 <= p.seq <= 84999 for p in OURS)
    assert [p.seq for p in OURS] == [KITE_SEQ, GREENHOUSE_SEQ, LOAN_SEQ]
    assert [p.name[:12] for p in OURS] == ["court_cr_01_", "court_cr_02_", "court_cr_03_"]


def test_its_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "closing_notice"


@cache
def _case(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None) -> list[Sheet]:
    return renderer("court_cr")(code, _case(prefix)[1], random.Random(3), served or [])


def test_each_story_has_its_own_basis_and_parties() -> None:
    kite, green, loan = (_case(f"court_cr_0{k}")[1] for k in (1, 2, 3))
    assert all(c.number.startswith("（2024）鲁0705执84") for c in (kite, green, loan))
    appeal = text_of(_draw("court_cr_01", "enforcement_basis"))
    assert "山东省潍坊市中级人民法院" in appeal and "民终" in appeal and "驳回上诉，维持原判" in appeal and "风筝" in appeal
    assert "风筝" in kite.applicant.name and "贸易" in kite.respondent.name
    award = text_of(_draw("court_cr_02", "enforcement_basis"))
    assert "潍坊仲裁委员会" in award and "大棚" in award and "终局裁决" in award
    assert "农业" in green.respondent.name and green.basis_kind == "arbitration"
    order = text_of(_draw("court_cr_03", "enforcement_basis"))
    assert "支付令" in order and "民督" in order and loan.respondent.kind == "person"
    for c in (kite, green):
        assert check_credit_code(c.applicant.id_number) is None and check_credit_code(c.respondent.id_number) is None
    assert check_id_number(loan.applicant.id_number) is None and check_id_number(loan.respondent.id_number) is None


def test_rulings_are_titled_and_say_what_they_do() -> None:
    freeze = text_of(_draw("court_cr_01", "enforcement_ruling"))
    end = text_of(_draw("court_cr_02", "termination_this_round_ruling"))
    assert "执行裁定书" in freeze and "冻结、划拨" in freeze
    assert "执行裁定书" in end and "终结本院" in end and "本次执行程序" in end
    assert "执行和解协议" in text_of(_draw("court_cr_03", "settlement_agreement"))
    assert "扣划" in text_of(_draw("court_cr_01", "assistance_notice"))
    assert "人民币人民币" not in freeze + end


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for plan in OURS:
        c = _case(plan.name[:12])[1]
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = text_of(renderer("court_cr")(d.code, c, random.Random(5), d.served))
            y, m, dd = map(int, re.findall(r"(20\d\d)\.(\d+)\.(\d+)", lines)[0])
            assert date(y, m, dd) >= max(made(c, s) for s in d.served), (plan.name, d.served)
    kite = _case("court_cr_01")[1]
    assert made(kite, "enforcement_ruling") > kite.filed_on > made(kite, "enforcement_application")
    green = _case("court_cr_02")[1]
    assert abs((green.closed_on - made(green, "termination_this_round_ruling")).days) <= 7


def _jpeg(sheet: Sheet, seed: int = 7) -> tuple[court_cr_capture.CRCapture, Image.Image]:
    rng = random.Random(seed)
    cap = court_cr_capture.plan_capture(rng, sheet)
    return cap, Image.open(io.BytesIO(court_cr_capture.capture(sheet, cap, rng)))


def test_pages_come_out_binarised_with_a_batch_label_and_a_clean_border() -> None:
    sheet = _draw("court_cr_01", "enforcement_ruling")[0]
    cap, img = _jpeg(sheet)
    assert 200 <= cap.dpi <= 300 and abs(cap.skew) <= 3 and cap.rotation == 0 and not cap.photo
    assert img.info["dpi"][0] == pytest.approx(cap.dpi, abs=1)
    assert img.size[0] == pytest.approx(sheet.width * cap.dpi / 200, abs=2)
    a = np.asarray(img.convert("L"))
    assert np.mean((a > 60) & (a < 195)) < 0.03, "almost no grey: the page was thresholded"
    band = round(4 / 25.4 * cap.dpi)
    assert a[:, :band].min() > 200 and a[:band, :].min() > 200, "the cleanup leaves the edge white"
    h, w = a.shape
    foot = a[h - round(110 * cap.dpi / 200):h - band, w // 2:]
    assert (foot < 100).mean() > 0.05, "the contractor's label and barcode sit in the bottom margin"
    body = a[h // 5:h * 3 // 5, w // 8:w * 7 // 8]
    assert 0.02 < (body < 128).mean() < 0.3, "the text stays there to be read"


def test_the_border_cleanup_erases_text_touching_the_margin() -> None:
    sheet = Sheet()
    f = font("serif", 40)
    sheet.text(mm(1), mm(140), "贴边文字贴边文字", f)
    sheet.text(mm(80), mm(140), "正文文字正文文字", f)
    cap, img = _jpeg(sheet, seed=11)
    a = np.asarray(img.convert("L"))
    s = cap.dpi / 25.4
    row = slice(round(135 * s), round(155 * s))
    assert (a[row, : round(30 * s)] < 128).sum() == 0, "the text on the edge was wiped"
    assert (a[row, round(80 * s):round(140 * s)] < 128).sum() > 200, "the text inside the page is kept"


def test_seals_come_out_as_rings_not_solid_tone() -> None:
    sheet = Sheet()
    sheet.draw.rectangle((mm(40), mm(60), mm(160), mm(120)), fill=(150, 150, 150))
    sheet.text(mm(30), mm(150), "灰底填充", font("serif", 40))
    cap, img = _jpeg(sheet, seed=2)
    a = np.asarray(img.convert("L"))
    s = cap.dpi / 25.4
    inside = a[round(80 * s):round(100 * s), round(80 * s):round(120 * s)]
    edge = a[round(58 * s):round(64 * s), round(60 * s):round(140 * s)]
    assert (inside < 128).mean() < 0.3 < (edge < 128).mean() + 0.25, "the fill's inside goes pale, its rim dark"


def test_a_bound_judgment_and_the_settlement_are_saved_as_spreads() -> None:
    for prefix, code in (("court_cr_01", "enforcement_basis"), ("court_cr_03", "settlement_agreement")):
        sheets = _draw(prefix, code)
        assert len(sheets) == 1 and sheets[0].width > sheets[0].height
        cap, img = _jpeg(sheets[0])
        assert cap.spread
        a = np.asarray(img.convert("L")).astype(float)
        h, w = a.shape
        assert a[h // 3:h * 2 // 3, w // 2 - 6:w // 2 + 6].mean() < 120, "the binding's shadow down the middle"
        assert "第1页" in text_of(sheets) and "第2页" in text_of(sheets)


def test_a_blank_back_stays_blank() -> None:
    cap, img = _jpeg(Sheet())
    assert cap.blank and np.asarray(img.convert("L")).min() > 200


def test_a_seal_leaves_a_blotchy_halo_around_it() -> None:
    sheet = Sheet()
    sheet.lines.append("印章")  # not a blank back
    seal(sheet, mm(105), mm(150), "山东省潍坊市奎文区人民法院", random.Random(1), radius=mm(21))
    for seed in (5, 9):
        _, img = _jpeg(sheet, seed=seed)
        a = np.asarray(img.convert("L"))
        h = a.shape[0]
        band = np.ascontiguousarray(a[h * 3 // 10:h * 7 // 10] < 128).astype(np.uint8)
        n, _, stats, _ = cv2.connectedComponentsWithStats(band, connectivity=8)
        specks = int((stats[1:, 4] < 60).sum())
        assert specks > 50, "the seal's haze breaks into specks and blotches (a crisp seal leaves a handful)"
        assert n - 1 - specks < 40, "the ring, star and characters stay whole"
