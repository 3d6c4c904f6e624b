"""court_fb (湖北省黄冈市黄州区人民法院): three dossiers of 黄州. A 蕲春 蕲艾 maker enforces the 蕲春县人民法院's judgment
against a 黄州 moxibustion chain — its account frozen and debited, 执行完毕, archived (cover and catalogue first, the
蕲春 court's 生效证明书 behind the judgment). A 团风 steel-structure subcontractor enforces a 黄冈仲裁委员会 award
against a contractor gone to nothing: 限制消费, 失信, the empty office visited, the lawyer heard, 终本. An exam-paper
printer enforces a judgment the 黄冈市中级人民法院 upheld; the bookseller settles and pays — no 收取案款确认书.
The bureau's own papers are struck on a 24-pin dot-matrix printer onto pre-printed carbonless sets (the filed ply
often pink, yellow or blue, the fill in violet, shifted against the grid); the pages went onto a grey-lidded flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date, timedelta

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fb_capture as cap
from dossier.corpus.families import court_fb_kit as kit
from dossier.corpus.families.court_fb import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

OLDER = {52187, 52318, 52427, 52536, 52603, 52944}


def test_court_fb_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fb")]
    assert len(seqs) == 3 and all(52000 <= s <= 52999 for s in seqs)
    assert not set(seqs) & OLDER, "another family's cases"
    assert all(p.name.startswith(f"court_fb_0{i}_") for i, p in enumerate(family_plans("court_fb"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fb_01", "court_fb_02", "court_fb_03"):
        c = case_of(prefix)
        assert "鄂1102执52" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fb_01").applicant.id_number[2:8] == "421126", "the moxa maker is registered in 蕲春"
    assert case_of("court_fb_02").applicant.id_number[2:8] == "421121", "the steel works in 团风"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    moxa, steel, printer = case_of("court_fb_01"), case_of("court_fb_02"), case_of("court_fb_03")
    judgment = text_of(render("enforcement_basis", moxa, random.Random(0), []))
    assert "民事判决书" in judgment and "鄂1126民初" in judgment and "蕲艾" in judgment and "判决如下" in judgment
    assert "湖北省蕲春县人民法院" in text_of(render("effectiveness_certificate", moxa, random.Random(0), []))
    award = text_of(render("enforcement_basis", steel, random.Random(0), []))
    assert "黄冈仲裁委员会" in award and "黄仲裁字" in award and "钢结构" in award and "裁决如下" in award
    appeal = text_of(render("enforcement_basis", printer, random.Random(0), []))
    assert "鄂11民终" in appeal and "驳回上诉，维持原判" in appeal and "黄冈密卷" in appeal
    ttr = text_of(render("termination_this_round_ruling", steel, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", moxa, random.Random(0), []))
    assert "执行裁定书" in ruling and moxa.extra["r_acct"] in ruling and "裁定如下" in ruling
    assert printer.extra["shop"] in text_of(render("settlement_agreement", printer, random.Random(0), []))
    inquiry = text_of(render("online_inquiry_result", steel, random.Random(0), []))
    assert "网络执行查控系统" in inquiry and f"{steel.extra['bits']:.2f}" in inquiry


def test_a_receipt_is_signed_after_what_it_served_and_the_story_keeps_its_order() -> None:
    for prefix in ("court_fb_01", "court_fb_02", "court_fb_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fb") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            for seed in range(3):
                sheet = render("service_receipt", c, random.Random(seed), d.served)[0]
                got = [date(*map(int, m)) for line in sheet.lines
                       for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 2, sheet.lines  # the issuing date struck in, the date the recipient wrote
                assert max(got) > max(made_on(c, s) for s in d.served), (prefix, d.served, got)
                assert c.number in sheet.lines
    steel = case_of("court_fb_02")
    assert made_on(steel, "interview_record") < made_on(steel, "termination_this_round_ruling") <= steel.closed_on
    assert made_on(steel, "termination_this_round_ruling") - steel.filed_on >= timedelta(days=90)
    moxa = case_of("court_fb_01")
    assert all(made_on(moxa, k) > moxa.closed_on for k in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"))
    assert moxa.extra["pay_day"] > made_on(moxa, "enforcement_ruling")


def _ink(sheet: Sheet) -> np.ndarray:
    a = np.asarray(sheet.image, dtype=np.float32)
    return a


def test_the_printer_strikes_dots_violet_on_a_copy_ply_and_black_on_the_top_one() -> None:
    assert kit.bitmap("黄州").shape == (24, 52) and kit.bitmap("52071").shape == (24, 60)
    for ply in (1, 2, 3, 4):
        s = Sheet(size=(mm(120), mm(30)), paper=kit.PAPER[ply])
        p = kit.Press(s, random.Random(ply), ply=ply, shift=(0.0, 0.0))
        p.type(mm(5), mm(8), "黄州区人民法院执行通知书")
        a = _ink(s)
        paper = np.array(kit.PAPER[ply], np.float32)
        struck = (paper.sum() - a.sum(axis=2)) > 90
        assert struck.mean() > 0.01, ply
        drop_r = paper[0] - a[..., 0][struck].mean()  # how much of the paper's red and blue the ink takes away
        drop_b = paper[2] - a[..., 2][struck].mean()
        if ply == 1:
            assert abs(drop_r - drop_b) < 25, "the ribbon's black"
        else:
            assert drop_r - drop_b > 30, ("the colour former's violet", ply, drop_r, drop_b)
    # the pins' dots: across a double-size stroke the struck coverage rises and falls with the dot pitch
    s = Sheet(size=(mm(60), mm(25)))
    kit.Press(s, random.Random(0), shift=(0.0, 0.0)).type(mm(3), mm(4), "一", size=2, record=False)
    row = 255 - np.asarray(s.image.convert("L"), dtype=np.float32)
    band = row[mm(4): mm(4) + 80].max(axis=0)
    inked = band[band > 40]
    assert len(inked) > 60 and inked.std() > 4, "dots, not a solid bar"


def test_the_fill_lands_off_the_grid_by_the_sheets_own_offset_and_the_ribbon_fades() -> None:
    shifts = [kit.misregistration(random.Random(k)) for k in range(200)]
    assert all(-mm(1.5) <= dx <= mm(3.8) and -mm(1.0) <= dy <= mm(2.9) for dx, dy in shifts)
    assert np.mean([dx for dx, _ in shifts]) > 0 and np.mean([dy for _, dy in shifts]) > 0
    s = Sheet(size=(mm(80), mm(60)))
    p = kit.Press(s, random.Random(5), shift=(mm(3), mm(2)))
    p.type(mm(5), mm(5), "一", record=False)
    grey = 255 - np.asarray(s.image.convert("L"), dtype=np.float32)
    ys, xs = np.nonzero(grey > 40)
    assert xs.min() >= mm(5) + mm(3) - 4 and ys.min() >= mm(5) + mm(2) - 4, "shifted right and down"
    ribbon = kit.Ribbon(start=0.95, fade=0.03, floor=0.4, band=(0, 0, 1.0), dead_pin=None, patch=0.0, phase=0.0)
    s = Sheet(size=(mm(80), mm(120)))
    p = kit.Press(s, random.Random(1), shift=(0.0, 0.0), ribbon=ribbon)
    for k in range(12):
        p.type(mm(4), mm(4 + 9 * k), "国国国国", record=False)
    g = 255 - np.asarray(s.image.convert("L"), dtype=np.float32)
    first, last = g[mm(4): mm(9)].max(), g[mm(103): mm(108)].max()
    assert last < first - 40, "the worn ribbon dries over the lines"


def test_the_filed_plies_are_coloured_copies_mostly() -> None:
    c = case_of("court_fb_02")
    papers = [render(code, c, random.Random(k), [])[0].paper
              for k in range(4) for code in ("enforcement_notice", "consumption_restriction_order", "summons")]
    assert sum(p != kit.PAPER[1] for p in papers) >= 10
    assert kit.PAPER[4] in papers, "the four-part 限制消费令 keeps its blue ply"
    voucher = render("payment_voucher", case_of("court_fb_01"), random.Random(0), [])[0]
    assert voucher.width > voucher.height and voucher.paper == kit.PAPER[3]


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray, Image.Image]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32), img


def test_the_grey_lid_frames_the_page_and_the_page_keeps_its_size() -> None:
    s = Sheet(size=(mm(100), mm(70)))
    s.lines.append("x")
    for dpi in (200, 300):
        plan, a, img = _scan(s, 3, dpi=dpi, skew=0.0, rotation=0, mode="grey", margins=(5.0, 5.0, 3.0, 3.0),
                             noise=1.0, falloff=0.0)
        px = dpi / 25.4
        assert abs(img.width - round(mm(100) * dpi / 200) - round(8 * px)) <= 2
        assert abs(img.height - round(mm(70) * dpi / 200) - round(8 * px)) <= 2
        corner = a[: round(3 * px), : round(3 * px)]
        assert abs(corner.mean() - plan.lid) < 14, "the felt lid's grey round the sheet"
        assert a[img.height // 2, img.width // 2] > 235, "the paper stays white"
    plan, a, img = _scan(s, 4, rotation=90, skew=0.0, mode="colour")
    assert img.width < img.height, "a quarter turn stands the landscape strip up"


def test_the_capture_plans_stay_readable() -> None:
    a4 = Sheet()
    pink = Sheet(paper=kit.PAPER[2])
    slip = Sheet(size=(mm(241), mm(140)))
    plans = [cap.plan_capture(random.Random(k), a4) for k in range(120)]
    assert all(p.dpi in (200, 240, 300) and abs(p.skew) <= 1.5 and not p.photo for p in plans)
    assert sum(p.rotation == 0 for p in plans) > 90 and {p.rotation for p in plans} - {0}
    assert {p.mode for p in plans} == {"colour", "grey"}
    assert sum(cap.plan_capture(random.Random(k), pink).mode == "colour" for k in range(60)) > 42
    assert {cap.plan_capture(random.Random(k), slip).rotation for k in range(60)} >= {0, 90}
