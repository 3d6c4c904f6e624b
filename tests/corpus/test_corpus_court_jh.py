"""court_jh (湖南省长沙市芙蓉区人民法院): a 马王堆 vegetable wholesaler's judgment paid from a frozen 长沙银行 account
(archived), a 长沙仲裁委员会 lease award against a vanished milk-tea tenant (终本), a 定王台 book distributor's mediation
settled and paid — without the 受理案件通知书. The window's forms are the tinted copy plies of carbonless pads, whose
writing is a pale blue or purple impression; the banks answer on dot-matrix continuous stationery with its tractor
holes; the copier scans it all at 150–300 dpi, colour or grey."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, mm
from dossier.corpus.families import court_jh_capture as cap
from dossier.corpus.families.court_jh import made_on, render
from dossier.corpus.families.court_jh_kit import LEFT, PLIES, TOP, JhSheet
from dossier.corpus.families.court_jh_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_jh_seqs_lie_in_its_range_and_its_names_are_numbered() -> None:
    ps = family_plans("court_jh")
    assert len(ps) == 3 and all(16000 <= p.seq <= 16099 for p in ps)
    assert all(p.name.startswith(f"court_jh_0{i}_") for i, p in enumerate(ps, 1))
    assert [p.stage for p in ps] == ["archive", "closing", "closing"]
    assert [p.method for p in ps] == ["fully_performed", "terminated_this_round", "fully_performed"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_jh_01", "court_jh_02", "court_jh_03"):
        c = case_of(prefix)
        assert "湘0102执160" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_basis_is_drawn_by_its_maker() -> None:
    veg, lease, books = case_of("court_jh_01"), case_of("court_jh_02"), case_of("court_jh_03")
    judgment = text_of(render("enforcement_basis", veg, random.Random(0), []))
    assert "民事判决书" in judgment.replace(" ", "") and "湘0102民初" in judgment and "蔬菜" in judgment
    award = text_of(render("enforcement_basis", lease, random.Random(0), []))
    assert "长沙仲裁委员会" in award and "长仲裁字" in award and lease.extra["kiosk"] in award
    assert "民事调解书" in text_of(render("enforcement_basis", books, random.Random(0), [])).replace(" ", "")
    ttr = text_of(render("termination_this_round_ruling", lease, random.Random(0), []))
    assert "终结本次执行程序" in ttr and f"{lease.extra['lease_left']:,.2f}" in ttr


def test_the_defective_volume_lacks_only_the_acceptance_notice_and_receipts_follow_their_papers() -> None:
    ps = family_plans("court_jh")
    assert MISSING == "acceptance_notice"
    assert all(any(d.code == MISSING for d in p.docs) for p in ps[:2])
    assert not any(d.code == MISSING or MISSING in d.served for d in ps[2].docs)
    for p in ps:
        codes = [d.code for d in p.docs]
        for i, d in enumerate(p.docs):
            if d.code == "service_receipt":
                assert d.served[-1] in codes[:i] and codes[i - 1] in (d.served[-1], "service_receipt"), (p.name, d.served)


def test_a_receipt_is_a_carbonless_copy_ply_written_in_pale_dye() -> None:
    c = case_of("court_jh_01")
    sheet = render("service_receipt", c, random.Random(5), ["enforcement_notice", "property_report_order"])[0]
    assert isinstance(sheet, JhSheet) and sheet.kind == "ncr" and sheet.paper in PLIES.values()
    text = text_of([sheet])
    assert c.number in text and "执行通知书一份" in text and "第二联　附卷" in text
    a = np.asarray(sheet.image, dtype=np.int16)
    top = TOP + 250  # the grid's first row: the case number cell
    written = a[top + 10:top + mm(15) - 6, LEFT + mm(46):LEFT + mm(140)]
    drop = np.array(sheet.paper, dtype=np.int16) - written  # how far each pixel lies below the ply's tint
    dye = (drop[..., 1] > 40) & (drop[..., 2] < drop[..., 1] - 15)
    assert dye.sum() > 200, "the writing is there, in blue or purple dye (green falls, blue hardly)"
    assert written.sum(axis=2).min() > 3 * 55, "no stroke is as dark as ink on a top sheet"
    days = [made_on(c, "enforcement_notice"), made_on(c, "property_report_order")]
    assert all(str(d.year) in text for d in days)


def test_a_bank_slip_is_dot_matrix_on_continuous_stationery_and_its_holes_show_the_lid() -> None:
    c = case_of("court_jh_01")
    sheet = render("payment_voucher", c, random.Random(2), [])[0]
    assert isinstance(sheet, JhSheet) and sheet.kind == "tractor"
    assert sheet.width == mm(241.3) and len(sheet.holes) >= 40
    xs = sorted({round(x) for x, _, _ in sheet.holes})
    assert xs == [mm(6.35), sheet.width - mm(6.35)]
    ys = sorted({y for _, y, _ in sheet.holes})
    assert abs((ys[1] - ys[0]) - mm(12.7)) <= 1
    assert c.number in text_of([sheet]) and "单位客户专用回单" in text_of([sheet])
    plan = cap.plan_capture(random.Random(1), sheet)
    plan.rotation, plan.skew, plan.grey, plan.dpi, plan.noise, plan.blur = 0, 0.0, True, 200, 0.5, 0.0
    img = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(1)))).convert("L"), dtype=np.float32)
    x, y, _ = sheet.holes[5]
    centre = img[int(y) - 3:int(y) + 3, int(x) - 3:int(x) + 3].mean()
    assert abs(centre - cap.LID) < 15 and img[int(y), int(x) + mm(5)] > 240


def test_the_copier_scans_at_150_to_300_dpi_in_colour_or_grey() -> None:
    c = case_of("court_jh_02")
    sheet = render("payment_notice", c, random.Random(0), [])[0]
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(60)]
    assert {p.grey for p in plans} == {True, False}
    assert all(150 <= p.dpi <= 300 and not p.photo and abs(p.skew) <= 1.8 for p in plans)
    assert 0 < sum(p.rotation != 0 for p in plans) < 20
    p = plans[0]
    img = Image.open(io.BytesIO(cap.capture(sheet, p, random.Random(0))))
    assert img.info["dpi"][0] == p.dpi and img.mode == ("L" if p.grey else "RGB")
    w = round(sheet.width * p.dpi / DPI)
    assert img.width == (w if p.rotation in (0, 180) else round(sheet.height * p.dpi / DPI))
