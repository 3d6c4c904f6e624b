"""court_iy (重庆市渝北区人民法院): three dossiers of 渝北. A 空港 logistics company enforces a 重庆仲裁委员会 award for
freight against a 汽博中心 car dealer — the dealer's loan proceeds owed by a bank frozen and paid over on a
协助执行通知书, 执行完毕. A 悦来 homeowner enforces the 一中院's second-instance judgment (upholding this court's own)
for late-delivery damages — the developer's account deducted, 执行完毕, archived. A 回兴 tile trader's 2022 终本 case
resumed (执恢) when the debtor's new car turns up — the car seized, the debtor pays — filed without the 恢复执行 ruling.
The bureau stamps everything (a 收文章 on what comes in, a 发文登记 stamp and a barcode label on what goes out) and its
production scanner makes 1-bit pages at 200 dpi, screening coloured ink through a dither, photo pages in grey."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import BLUE_INK, INK, Sheet, mm
from dossier.corpus.families import court_iy_capture as cap
from dossier.corpus.families.court_iy import _own, made_on, received_on, render
from dossier.corpus.families.court_iy_kit import STAMP_BLUE, STAMP_RED
from dossier.corpus.families.court_iy_papers import received
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_iy_01", "court_iy_02", "court_iy_03")


def test_court_iy_seqs_lie_in_its_range_and_its_names_are_ordered() -> None:
    plans = family_plans("court_iy")
    assert len(plans) == 3 and all(14000 <= p.seq <= 14099 for p in plans)
    assert all(p.name.startswith(f"court_iy_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [True, True, False]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）渝0112执(恢)?140\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    tile = case_of("court_iy_03")
    assert "执恢" in tile.number and re.fullmatch(r"（2021）渝0112执\d{4}号", tile.previous_number)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    freight, home, tile = (case_of(p) for p in PREFIXES)
    award = text_of(render("enforcement_basis", freight, random.Random(0), []))
    assert "重庆仲裁委员会" in award and "裁决书" in award and "渝仲字第" in award and "运费" in award and "裁决如下" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", freight, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", freight, random.Random(0), []))
    assert "执行裁定书" in ruling and "到期债权" in ruling and "裁定如下" in ruling
    assist = text_of(render("assistance_notice", freight, random.Random(0), []))
    assert freight.extra["debtor_bank"] in assist and "协助执行回执" in assist
    basis = render("enforcement_basis", home, random.Random(0), [])
    starts = [k for k, s in enumerate(basis) if s.starts_document]
    assert len(starts) == 1, "the 一审 judgment behind the 二审 one is a document of its own"
    appeal, first = text_of(basis[:starts[0]]), text_of(basis[starts[0]:])
    assert "重庆市第一中级人民法院" in appeal and "渝01民终" in appeal and "驳回上诉，维持原判" in appeal
    assert "重庆市渝北区人民法院" in first and "渝0112民初" in first and "逾期交房违约金" in first
    assert "重庆市第一中级人民法院" in text_of(render("effectiveness_certificate", home, random.Random(0), []))
    application = text_of(render("resumption_application", tile, random.Random(0), []))
    assert "恢复执行申请书" in application and tile.extra["plate"] in application and "原承办人意见" in application
    ttr = text_of(render("termination_this_round_ruling", tile, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and tile.previous_number in ttr
    seized = text_of(render("investigation_record", tile, random.Random(0), []))
    assert "扣押" in seized and tile.extra["vin"] in seized and "现场照片" in seized
    notice = text_of(render("resumption_notice", tile, random.Random(0), []))
    assert "恢复执行通知书" in notice and tile.number in notice


def test_dates_run_in_order() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_iy") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        for d in plan.docs:
            assert received_on(c, d.code) >= made_on(c, d.code)
        assert made_on(c, "enforcement_ruling") < c.extra["pay_day"] < made_on(c, "payment_voucher")
        assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") < c.closed_on
    tile = case_of("court_iy_03")
    assert made_on(tile, "termination_this_round_ruling").year == 2022 < tile.filed_on.year
    assert made_on(tile, "enforcement_basis") < tile.basis_effective < tile.extra["old_filed"]


def _changed(stamped: Sheet, bare: Sheet) -> np.ndarray:
    a = np.asarray(stamped.image, dtype=np.int16)
    b = np.asarray(bare.image, dtype=np.int16)
    return np.abs(a - b).max(axis=2) > 40


def _bbox(mask: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask)
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def test_every_received_paper_carries_the_bureaus_receipt_stamp_often_over_its_head() -> None:
    c = case_of("court_iy_01")
    heads = over_print = 0
    for seed in range(12):
        code = ["enforcement_application", "effectiveness_certificate", "law_firm_letter", "power_of_attorney"][seed % 4]
        stamped = render(code, c, random.Random(seed), [])[0]
        bare = received(code, c, random.Random(seed), [])[0]
        moved = _changed(stamped, bare)
        assert "收文日期" in stamped.lines and "承办人" in stamped.lines
        rgb = np.asarray(stamped.image, dtype=np.int16)
        chroma = rgb.max(axis=2) - rgb.min(axis=2) > 50
        assert chroma[moved].mean() > 0.4, "the stamp is blue, red or violet ink"
        x0, y0, x1, y1 = _bbox(moved & chroma)
        assert mm(55) < x1 - x0 < mm(75) and mm(28) < y1 - y0 < mm(42), (seed, x1 - x0, y1 - y0)
        heads += y0 < mm(85)
        under = np.asarray(bare.image.convert("L"))[y0:y1, x0:x1]
        over_print += bool((under < 100).mean() > 0.01)
    assert 3 <= heads <= 11 and over_print >= 3, (heads, over_print)
    printout = render("online_inquiry_result", c, random.Random(1), [])[0]
    assert "收文日期" not in printout.lines, "the 查控 printout never crossed the counter"


def test_every_outgoing_paper_carries_a_barcode_label_at_a_top_corner_and_a_dispatch_number() -> None:
    c = case_of("court_iy_02")
    for seed, code in enumerate(["acceptance_notice", "enforcement_notice", "enforcement_ruling", "closing_notice"] * 2):
        sent = render(code, c, random.Random(seed), [])[0]
        bare = _own(code, c, random.Random(seed), [])[0]
        assert "发文登记" in sent.lines and any(re.fullmatch(r"渝北法执发〔2024〕\d{5}号", x) for x in sent.lines)
        bars = np.asarray(sent.image.convert("L"), dtype=np.int16)[: mm(32)] > 128
        flips = np.abs(np.diff(bars.astype(np.int8), axis=1))
        corners = (flips[:, : mm(70)].sum(axis=1).max(), flips[:, -mm(70):].sum(axis=1).max())
        assert max(corners) > 80, "a row of bars in a top corner (a small label)"
        assert flips[:, mm(75): -mm(75)].sum(axis=1).max() < 0.7 * max(corners), "not across the middle"
        moved = _changed(sent, bare)
        assert moved[: mm(35)].any() and not moved[mm(120):].all()
    assert "发文登记" not in render("closing_approval_form", c, random.Random(0), [])[0].lines


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.BureauScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == 200 and img.mode == "L"
    return plan, np.asarray(img, dtype=np.float32)


def _patches() -> Sheet:
    """Four patches: black print, a well-inked blue stamp, a starved blue stamp, a red stamp at half strength."""
    s = Sheet(size=(mm(160), mm(60)))
    s.lines.append("x")
    d = s.draw

    def mix(colour: tuple[int, int, int], strength: float) -> tuple[int, int, int]:
        r, g, b = (round(255 * (1 - strength) + v * strength) for v in colour)
        return (r, g, b)

    d.rectangle((mm(5), mm(10), mm(35), mm(50)), fill=INK)
    d.rectangle((mm(45), mm(10), mm(75), mm(50)), fill=mix(STAMP_BLUE, 0.7))
    d.rectangle((mm(85), mm(10), mm(115), mm(50)), fill=mix(STAMP_BLUE, 0.25))
    d.rectangle((mm(125), mm(10), mm(155), mm(50)), fill=mix(STAMP_RED, 0.6))
    return s


def test_typed_pages_come_out_1_bit_and_coloured_ink_is_screened_through_a_dither() -> None:
    _, a = _scan(_patches(), 1, rotation=0, skew=0.0, mode="bw", specks=0, quality=90)
    assert ((a < 40) | (a > 215)).mean() > 0.97, "1-bit: black and white (and JPEG ringing)"

    def patch(x0: int) -> np.ndarray:
        return a[mm(14):mm(46), mm(x0 + 4):mm(x0 + 26)] < 128

    black, blue, starved, red = patch(5), patch(45), patch(85), patch(125)
    assert black.mean() > 0.97, "print stays solid"
    for dots in (blue, red):
        assert 0.15 < dots.mean() < 0.85, "a stamp's colour lost: a screen of dots"
        assert np.abs(np.diff(dots.astype(np.int8), axis=1)).mean() > 0.25, "dots, not a solid area"
    assert starved.mean() < 0.05, "a starved blue stamp vanishes"


def test_photo_pages_come_out_grey_all_at_200_dpi_and_a_few_turned() -> None:
    tile = case_of("court_iy_03")
    card = render("identity_proof", tile, random.Random(2), [])[0]
    plan, a = _scan(card, 3, rotation=0)
    assert plan.mode == "grey" and ((a > 60) & (a < 200)).mean() > 0.015, "continuous tone kept"
    assert a.shape == (card.height, card.width)
    photos = render("investigation_record", tile, random.Random(2), [])[-1]
    assert cap.plan_capture(random.Random(0), photos).mode == "grey"
    typed = render("closing_notice", tile, random.Random(2), [])[0]
    assert cap.plan_capture(random.Random(0), typed).mode == "bw"
    _, turned = _scan(_patches(), 4, rotation=90, mode="bw")
    assert turned.shape == (_patches().width, _patches().height)
    blank = _patches()
    plans = [cap.plan_capture(random.Random(s), blank) for s in range(300)]
    assert all(p.dpi == 200 and not p.photo and abs(p.skew) <= 0.35 for p in plans)
    turns = sum(p.rotation != 0 for p in plans)
    assert 8 <= turns <= 60 and {p.rotation for p in plans} >= {0, 90, 180}
    _ = BLUE_INK
