"""court_dg (福建省泉州市丰泽区人民法院): a 水产 company enforces 泉州中院's 二审 judgment on 海产品 against a restaurant
company, the debtor's account is deducted at its bank and the money paid out (archived, in archive order); a Taiwan
resident enforces the court's 调解书 on a house decoration against a closed decoration company (终本); a shoe worker
enforces a 泉州市劳动人事争议仲裁委员会 award, settled and paid against her own 收条 — without the 财产线索 form. Every
page is a photocopy of a photocopy, scanned grey at 200 dpi."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_dg_capture as cap
from dossier.corpus.families.court_dg import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_dg_01", "court_dg_02", "court_dg_03")


def test_court_dg_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_dg")
    assert len(ours) == 3 and all(30500 <= p.seq <= 30990 for p in ours)
    assert all(p.name.startswith(f"court_dg_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "闽0503执305" in c.number or "闽0503执306" in c.number or "闽0503执307" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)
    assert case_of("court_dg_02").applicant.id_number.startswith("830000"), "a Taiwan resident's 居住证 number"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    marine, decor, labour = (case_of(p) for p in PREFIXES)
    basis = text_of(render("enforcement_basis", marine, random.Random(0), []))
    assert "福建省泉州市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "海产品" in basis
    assert "民初" in text_of(render("effectiveness_certificate", marine, random.Random(0), []))
    ruling = render("assistance_notice", marine, random.Random(0), [])
    assert len(ruling) == 2 and ruling[1].starts_document and "协助扣划存款回执" in text_of(ruling[1:])
    application = text_of(render("enforcement_application", marine, random.Random(0), []))
    assert marine.applicant.name in application and "强制执行申请书" in application
    assert "民 事 调 解 书" in text_of(render("enforcement_basis", decor, random.Random(0), []))
    permit = text_of(render("identity_proof", decor, random.Random(0), []))
    assert "台湾居民来往大陆通行证" in permit and str(decor.extra["mtp"]) in permit
    inquiry = render("online_inquiry_result", decor, random.Random(0), [])
    assert "泉州市不动产登记中心" in text_of(inquiry[1:]) and inquiry[1].starts_document
    ttr = text_of(render("termination_this_round_ruling", decor, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr
    award = text_of(render("enforcement_basis", labour, random.Random(0), []))
    assert "泉州市劳动人事争议仲裁委员会" in award and "仲 裁 裁 决 书" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", labour, random.Random(0), []))
    note = text_of(render("payment_voucher", labour, random.Random(0), []))
    assert "收　条" in note and labour.applicant.name in note


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dg") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _test_sheet() -> Sheet:
    s = Sheet()
    f = font("ming", mm(5))
    for k in range(30):
        s.text(mm(30), mm(30) + k * mm(8), "执行通知书　本院立案执行一案" * 2, f)
    return s


def _grey(data: bytes) -> np.ndarray:
    img = Image.open(io.BytesIO(data))
    assert img.mode == "L" and img.info["dpi"][0] == 200
    return np.asarray(img, dtype=np.float32)


def test_the_copy_of_a_copy_is_grey_with_fat_strokes_and_a_dark_lid_border() -> None:
    sheet = _test_sheet()
    plan = cap.plan_capture(random.Random(2), sheet)
    assert plan.dpi == 200 and plan.rotation == 0 and not plan.photo and 50 <= plan.quality <= 65
    plan.voids, plan.skew, plan.dust, plan.lid = [], 0.0, 0, {"left": 60}
    a = _grey(cap.capture(sheet, plan, random.Random(2)))
    h, w = a.shape
    assert a.shape == (sheet.height, sheet.width)
    paper = np.percentile(a[h // 2:, w // 2:], 90)
    assert 185 < paper < 235, "greyer paper than white"
    assert a[h // 3: 2 * h // 3, 5:30].mean() < 80, "the lid left a dark band down the left side"
    raw = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    band = (slice(mm(30), mm(260)), slice(mm(30), mm(190)))
    assert (a[band] < 110).mean() > (raw[band] < 128).mean() * 1.2, "strokes thickened by two generations"


def test_toner_voids_whiten_the_text_and_a_reduced_copy_is_shrunk_to_the_centre() -> None:
    sheet = _test_sheet()
    plan = cap.plan_capture(random.Random(4), sheet)
    plan.skew, plan.dust, plan.lid = 0.0, 0, {}
    plan.voids = [(0.5, 0.3, 140.0, 60.0)]
    a = _grey(cap.capture(sheet, plan, random.Random(4)))
    h, w = a.shape
    hole = a[int(0.3 * h) - 20: int(0.3 * h) + 20, w // 2 - 60: w // 2 + 60]
    assert (hole < 110).mean() < 0.01, "no toner inside the void"
    plan.voids, plan.reduced = [], True
    b = _grey(cap.capture(sheet, plan, random.Random(4)))
    inked = np.argwhere(b < 110)
    top, left = inked.min(axis=0)
    assert top > 0.15 * h + mm(30) * 0.7 - 6 and left > 0.15 * w + mm(30) * 0.7 - 6, "content moved in by the 70 % reduction"
    assert sum(bool(getattr(s, "reduced", False)) for code in ("identity_proof", "fee_receipt")
               for s in render(code, case_of("court_dg_03"), random.Random(0), [])) == 2
