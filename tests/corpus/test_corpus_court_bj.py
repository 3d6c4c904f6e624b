"""court_bj: 上海市浦东新区人民法院, a big-city court with an automated electronic dossier. Its own notices and rulings
are printed from the case system with red electronic seals (perfect circles, flat red) and a 文书校验码, its 送达回证 are
电子送达 records printed from the platform. What reaches it: a 上海一中院 二审 judgment for a 跨境电商 supplier, a 上海仲裁委员会
融资租赁 award with its 生效证明, this court's own 金融借款 调解书 for 上海银行; big 上海 firms' letterheads, 浦发 e-receipts, the
公安 户籍 printout, forms filled on the 诉讼服务 screen. The scanning centre's production scanner: 300 dpi, bitonal for
plain pages, grey for pages with seals or photos, a 条形码 label on every page, skew within ±3°, some pages upside down.
The third dossier was handed in without its 结案通知书."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.families import court_bj, court_bj_capture
from dossier.corpus.families.court_bj_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bj_defective_dossier_lacks_what_its_plans_name():
    assert MISSING == "closing_notice"


def test_court_bj_seqs_lie_in_its_range():
    assert all(34000 <= p.seq <= 34999 for p in family_plans("court_bj"))


def test_court_bj_bases_come_from_shanghai_bodies_and_ids_are_valid():
    supplier, lease, loan = (case_of(f"court_bj_0{i}") for i in (1, 2, 3))
    assert supplier.basis_court == "上海市第一中级人民法院" and "沪01民终" in supplier.basis_number
    assert lease.basis_court == "上海仲裁委员会" and lease.basis_kind == "arbitration"
    assert loan.applicant.name == "上海银行股份有限公司浦东分行" and loan.respondent.kind == "person"
    for c in (supplier, lease, loan):
        assert c.number.startswith("（") and "沪0115执" in c.number
        for p in (c.applicant, c.respondent):
            problem = check_id_number(p.id_number) if p.kind == "person" else check_credit_code(p.id_number)
            assert problem is None, (p, problem)


def test_court_bj_own_papers_carry_e_seals_and_service_is_electronic():
    c = case_of("court_bj_01")
    rng = random.Random(3)
    ruling = court_bj.render("enforcement_ruling", c, rng, [])
    assert "执行裁定书" in text_of(ruling) and "裁定如下" in text_of(ruling) and "文书校验码" in text_of(ruling)
    a = np.asarray(ruling[-1].image, dtype=np.int16)
    assert ((a[..., 0] > 180) & (a[..., 1] < 80)).sum() > 2000, "a flat red e-seal"
    receipt = text_of(court_bj.render("service_receipt", c, rng, ["enforcement_notice", "property_report_order"]))
    assert "电子送达" in receipt and "执行通知书、报告财产令" in receipt


def _scan(code: str, seed: int) -> tuple[court_bj_capture.BjCapture, Image.Image]:
    c = case_of("court_bj_02")
    sheet = court_bj.render(code, c, random.Random(seed), ["respondent"] if code == "identity_proof" else [])[0]
    rng = random.Random(seed)
    cap = court_bj_capture.plan_capture(rng, sheet)
    cap.rotation, cap.skew = 0, 0.0
    return cap, Image.open(io.BytesIO(court_bj_capture.capture(sheet, cap, rng)))


@pytest.mark.parametrize("code", ["acceptance_notice", "catalogue"])
def test_court_bj_capture_is_300dpi_grey_for_sealed_pages_bitonal_for_text(code):
    cap, img = _scan(code, 5)
    assert img.info["dpi"][0] == pytest.approx(300, abs=1) and img.width > 2400
    a = np.asarray(img.convert("L"))
    mid = ((a > 60) & (a < 190)).mean()
    if code == "acceptance_notice":
        assert cap.grey and mid > 0.002
    else:
        assert not cap.grey and mid < 0.01
    assert (a < 100).mean() > 0.005, "text survives"


def test_court_bj_every_page_carries_a_barcode_label():
    rng = random.Random(9)
    caps = [court_bj_capture.plan_capture(rng, court_bj.render("catalogue", case_of("court_bj_02"), rng, [])[0])
            for _ in range(40)]
    assert all(c.label.startswith("浦东法院电子卷宗 A") for c in caps)
    assert all(-3 <= c.skew <= 3 and 60 <= c.quality <= 85 for c in caps)
    assert any(c.rotation == 180 for c in caps) or len({c.corner for c in caps}) > 3
    cap, img = _scan("catalogue", 11)
    a = np.asarray(img.convert("L"))
    h = a.shape[0]
    box = {"tl": a[:260, :560], "tr": a[:260, -560:], "bl": a[-260:, :560], "br": a[-260:, -560:],
           "lm": a[h // 2 - 300:h // 2 + 300, :260]}[cap.corner]
    cols = (box < 100).mean(axis=0)
    assert (np.diff((cols > 0.1).astype(int)) != 0).sum() > 20, "bars of the label"


def test_court_bj_upside_down_page_is_rotated():
    c = case_of("court_bj_01")
    sheet = court_bj.render("enforcement_notice", c, random.Random(1), [])[0]
    cap = court_bj_capture.plan_capture(random.Random(1), sheet)
    cap.skew, cap.rotation = 0.0, 0
    up = np.asarray(Image.open(io.BytesIO(court_bj_capture.capture(sheet, cap, random.Random(2)))).convert("L"))
    cap.rotation = 180
    down = np.asarray(Image.open(io.BytesIO(court_bj_capture.capture(sheet, cap, random.Random(2)))).convert("L"))
    top = (up[: up.shape[0] // 4] < 100).mean()
    assert top > (down[: down.shape[0] // 4] < 100).mean() * 1.3


def test_court_bj_plans_are_its_own():
    assert {p.family for p in plans() if p.name.startswith("court_bj_")} == {"court_bj"}
    assert case_for(family_plans("court_bj")[0], random.Random(0)).court.name == "上海市浦东新区人民法院"


def test_court_bj_blank_back_gets_no_label_and_stays_blank():
    from dossier.corpus.draw import Sheet
    sheet = Sheet()
    cap = court_bj_capture.plan_capture(random.Random(4), sheet)
    a = np.asarray(Image.open(io.BytesIO(court_bj_capture.capture(sheet, cap, random.Random(4)))).convert("L"))
    assert (a < 100).mean() < 0.0001


def test_court_bj_registry_reply_names_the_borrowers_flat():
    c = case_of("court_bj_03")
    text = text_of(court_bj.render("online_inquiry_result", c, random.Random(2), ["estate"]))
    assert "不动产登记" in text and c.respondent.id_number in text and c.number in text
    loan = next(p for p in family_plans("court_bj") if p.name.startswith("court_bj_03"))
    assert [d.note for d in loan.docs if d.code == "online_inquiry_result"] == ["", "estate"]


def test_court_bj_amounts_are_written_once():
    for p in family_plans("court_bj"):
        c = case_for(p, random.Random(0))
        for d in p.docs:
            text = text_of(court_bj.render(d.code, c, random.Random(1), d.served or ([d.note] if d.note else [])))
            assert "人民币人民币" not in text and "元）元" not in text, (p.name, d.code)


@pytest.mark.parametrize(("code", "rules"), [("online_inquiry_result", 6), ("catalogue", 5), ("payment_voucher", 5)])
def test_court_bj_wide_tables_give_every_column_its_width(code, rules):
    """A table's last column gets what its widths leave: each column needs its own rule, none collapsed."""
    sheet = court_bj.render(code, case_of("court_bj_02"), random.Random(1), [])[0]
    a = np.asarray(sheet.image.convert("L"))[: sheet.height // 2]
    dark_cols = np.where((a < 120).sum(axis=0) > a.shape[0] * 0.3)[0]  # the table's vertical rules
    clusters = 1 + int((np.diff(dark_cols) > 4).sum())
    assert clusters >= rules and dark_cols.max() - dark_cols.min() > sheet.width * 0.6
