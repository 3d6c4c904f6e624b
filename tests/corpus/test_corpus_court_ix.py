"""court_ix (陕西省西安市碑林区人民法院): a 鄠邑 flour mill's 支付令 against a 老碗面 company (限制消费, paid in full,
archived), a property company's judgment for 物业费 and rent against a shop tenant (deposit deducted, 执行完毕), a
lender's judgment against a borrower with nothing (终本, filed without the 失信 决定书). The bureau prints in
toner-save mode: its papers' black is a pale diagonal line screen; screenshots printed there too; photos of papers in
a clustered-dot halftone; scanned grey on the MFP, some pages turned."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ix_capture as cap
from dossier.corpus.families.court_ix import CODES, made_on, render
from dossier.corpus.families.court_ix_kit import kind_of, mark
from dossier.corpus.families.court_ix_plans import MISSING, plans
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number


def _case(k: int) -> tuple[Plan, CaseCtx]:
    plan = plans()[k]
    return plan, case_for(plan, random.Random(k))


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_seqs_names_and_the_missing_item() -> None:
    ps = plans()
    assert [p.name[:12] for p in ps] == ["court_ix_01_", "court_ix_02_", "court_ix_03_"]
    assert all(13900 <= p.seq <= 13999 for p in ps) and len({p.seq for p in ps}) == 3
    assert [p.complete for p in ps] == [True, True, False]
    codes = [d.code for d in ps[2].docs]
    assert MISSING == "dishonest_list_decision" and MISSING not in codes and MISSING not in CODES
    served = [d.served for d in ps[2].docs if d.code == "service_receipt"]
    assert ["consumption_restriction_order", MISSING] in served, "served, but the decision itself never filed"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for k in range(3):
        _, c = _case(k)
        assert re.fullmatch(r"（2024）陕0103执139\d\d号", c.number)
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (k, p.name, bad)
    (_, flour), (_, rent), (_, loan) = _case(0), _case(1), _case(2)
    assert flour.respondent.kind == "organisation" and "面" in flour.respondent.name and "面粉" in flour.applicant.name
    assert rent.respondent.kind == "person" and "物业" in rent.applicant.name
    assert loan.applicant.kind == loan.respondent.kind == "person"


def test_each_paper_in_its_makers_words() -> None:
    (_, flour), (_, rent), (_, loan) = _case(0), _case(1), _case(2)
    order = _text(render("enforcement_basis", flour, random.Random(0), []))
    assert "支付令" in order and "陕0103民督" in order and "面粉" in order and "十五日内" in order
    assert "发生法律效力" in _text(render("effectiveness_certificate", flour, random.Random(0), []))
    limit = _text(render("consumption_restriction_order", flour, random.Random(0), []))
    assert "限制消费令" in limit and flour.respondent.legal_rep in limit
    judgment = _text(render("enforcement_basis", rent, random.Random(0), []))
    assert "民事判决书" in judgment and "物业服务费" in judgment and "租金" in judgment
    assert rent.extra["r_acct"] in _text(render("enforcement_ruling", rent, random.Random(0), []))
    ttr = _text(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert ttr.startswith("陕西省西安市碑林区人民法院执行裁定书") and "终结本次执行程序。" in ttr
    assert "民间借贷" in _text(render("enforcement_basis", loan, random.Random(0), []))


def test_how_each_paper_reached_the_scanner() -> None:
    (_, flour), (_, rent), (_, loan) = _case(0), _case(1), _case(2)
    assert {kind_of(s) for s in render("enforcement_notice", flour, random.Random(0), [])} == {"court"}
    assert [kind_of(s) for s in render("property_clue_form", loan, random.Random(0), [])] == ["court", "screen"]
    assert [kind_of(s) for s in render("property_clue_form", rent, random.Random(0), [])] == ["court", "photo"]
    assert [kind_of(s) for s in render("payment_voucher", flour, random.Random(0), [])] == ["plain", "screen"]
    assert {kind_of(s) for s in render("identity_proof", loan, random.Random(0), [])} == {"photo"}
    assert {kind_of(s) for s in render("enforcement_basis", rent, random.Random(0), [])} == {"plain"}
    att = render("payment_voucher", flour, random.Random(0), [])[1]
    assert att.page_of == (2, 2) and f"+{flour.amount:,.2f}" in att.lines


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for k in range(3):
        plan, c = _case(k)
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served if s != MISSING), (k, d.served, got)
    _, flour = _case(0)
    assert flour.extra["paid_in"] < flour.extra["paid_out"] < made_on(flour, "closing_notice") < flour.closed_on


def _shoot(sheet: Sheet, seed: int = 1, **change: object) -> tuple[cap.MfpScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in {"dpi": 200, "rotation": 0, "skew": 0.0, "shadow": 0.0, "noise": 1.0, "quality": 90, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def _printed(kind: str) -> Sheet:
    s = Sheet(size=(mm(170), mm(90)))
    s.text(mm(10), mm(6), "执行裁定书", font("serif_bold", 110))
    s.text(mm(10), mm(40), "本院在执行申请执行人与被执行人买卖合同纠纷一案中", font("serif", 40))
    s.draw.rectangle((mm(10), mm(60), mm(80), mm(85)), fill=(0, 0, 0))
    s.draw.rectangle((mm(95), mm(60), mm(160), mm(85)), fill=(205, 30, 35))
    return mark([s], kind)[0]


def test_toner_save_prints_the_bureaus_black_as_a_pale_line_screen() -> None:
    s = _printed("court")
    ink = np.asarray(s.image.convert("L")) < 100
    _, court = _shoot(s)
    _, plain = _shoot(mark([_printed("plain")], "plain")[0])
    title, body = ink.copy(), ink.copy()
    title[mm(38):] = False
    body[: mm(38)] = False
    body[mm(55):] = False
    assert plain[body].mean() < 70 and plain[title].mean() < 60, "a solid print is black"
    assert court[body].mean() > 120, "the toner-saving print is pale"
    assert (court[body] > 180).mean() > 0.3 > (plain[body] > 180).mean(), "thin strokes broken up by the screen"
    assert court[title].mean() < court[body].mean() - 15, "the bold title a little darker"
    block = court[mm(63): mm(82), mm(13): mm(77)]
    assert 100 < block.mean() < 215 and block.std() > 30, "a black area is a grey pattern"
    along = np.abs(block[1:, :-1] - block[:-1, 1:]).mean()   # one step along the 45° lines
    across = np.abs(block[:, 2:] - block[:, :-2]).mean()     # half a period across them
    assert across > along * 1.8, "the pattern is a diagonal line screen"
    red = court[mm(63): mm(82), mm(98): mm(157)]
    assert red.std() < 12, "a seal's red, stamped after printing, is not screened"


def test_a_dark_mode_screenshot_prints_grey_lines_with_white_text() -> None:
    s = Sheet(size=(mm(120), mm(80)))
    s.draw.rectangle((0, 0, s.width, s.height), fill=(16, 16, 16))
    s.text(mm(8), mm(30), "下个月一定还你", font("sans_bold", 90), fill=(226, 226, 226))
    mark([s], "screen")
    _, a = _shoot(s, 2)
    back = a[mm(4): mm(24), mm(4): mm(110)]
    assert 90 < back.mean() < 210 and back.std() > 30, "the black screen became a pale line screen"
    text = np.asarray(s.image.convert("L")) > 200
    core = np.zeros_like(text)
    core[1:-1, 1:-1] = text[1:-1, 1:-1] & text[:-2, 1:-1] & text[2:, 1:-1] & text[1:-1, :-2] & text[1:-1, 2:]
    assert a[core].mean() > back.mean() + 25, "white letters stay white"


def test_a_photo_is_printed_in_a_clustered_dot_halftone() -> None:
    s = Sheet(size=(mm(100), mm(60)))
    s.draw.rectangle((0, 0, s.width, s.height), fill=(128, 128, 128))
    _, photo = _shoot(mark([s], "photo")[0], 3)
    _, plain = _shoot(mark([Sheet(size=(mm(100), mm(60)))], "plain")[0], 3)
    mid = photo[mm(5): mm(55), mm(5): mm(95)]
    assert (mid < 90).mean() > 0.2 and (mid > 170).mean() > 0.2, "a mid grey is black dots on white"
    s2 = Sheet(size=(mm(100), mm(60)))
    s2.draw.rectangle((0, 0, s2.width, s2.height), fill=(128, 128, 128))
    _, flat = _shoot(mark([s2], "plain")[0], 3)
    assert ((flat > 100) & (flat < 160)).mean() > 0.9 and plain.mean() > 240


@pytest.mark.parametrize("dpi", [200, 300])
def test_scanned_grey_at_the_mfps_resolutions_some_pages_turned(dpi: int) -> None:
    s = _printed("court")
    _, a = _shoot(s, 4, dpi=dpi, rotation=90)
    assert a.shape == (round(s.width * dpi / 200), round(s.height * dpi / 200))
    plans_ = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert {p.dpi for p in plans_} == {200, 240, 300} and not any(p.photo for p in plans_)
    turned = sum(p.rotation != 0 for p in plans_)
    assert {0, 90, 180} <= {p.rotation for p in plans_} and 8 < turned < 40
