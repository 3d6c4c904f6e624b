"""court_gb (浙江省金华市婺城区人民法院): three dossiers of 金华. A 火腿 curing house enforces this court's judgment for
hams against an online shop company with its warehouse in the 金义 综合保税区 — an account frozen, a settlement, paid,
执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment). A 婺城 苗木 grower
enforces a 金华仲裁委员会 award against the company that landscaped the 双龙洞 scenic area: nothing found, 限制消费 and
失信, the grower heard, 终本. A 汽配 wholesaler enforces its judgment for shop rent against a 酥饼 baker, who settles
and pays — without the 收款账户确认书. What the parties sent came through a messaging app: screenshots of a phone's
file preview and app-compressed photos; the court's own papers went over the flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gb_capture as cap
from dossier.corpus.families.court_gb import OWN, made_on, render
from dossier.corpus.families.court_gb_papers import RECEIVED, via
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gb_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_gb")]
    assert len(seqs) == 3 and all(64000 <= s <= 64999 for s in seqs)
    assert not set(seqs) & {64127, 64518, 64863}, "court_ak's cases"
    assert not set(seqs) & {64236, 64391, 64752}, "court_fc's cases"
    assert all(p.name.startswith(f"court_gb_0{i}_") for i, p in enumerate(family_plans("court_gb"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gb_01", "court_gb_02", "court_gb_03"):
        c = case_of(prefix)
        assert "浙0702执64" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    ham, nursery, rent = case_of("court_gb_01"), case_of("court_gb_02"), case_of("court_gb_03")
    judgment = text_of(render("enforcement_basis", ham, random.Random(0), []))
    assert "民事判决书" in judgment and "浙0702民初" in judgment and "火腿" in judgment and "金义" in judgment
    award = text_of(render("enforcement_basis", nursery, random.Random(0), []))
    assert "金华仲裁委员会" in award and "金仲裁字" in award and "苗木" in award and "双龙" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", nursery, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", nursery, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", ham, random.Random(0), []))
    assert "执行裁定书" in ruling and ham.extra["r_acct"] in ruling
    lease = text_of(render("enforcement_basis", rent, random.Random(0), []))
    assert "酥饼" in lease and "租金" in lease and "汽配" in rent.applicant.name
    assert "执行和解协议" in text_of(render("settlement_agreement", rent, random.Random(0), []))
    # a GB 2312 face has no 〇: the bureau's GB 宋 dates carry ○ instead, nothing is left blank
    notice = text_of(render("acceptance_notice", ham, random.Random(0), []))
    assert "二○二四年" in notice and "二　二四" not in notice


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gb_01", "court_gb_02", "court_gb_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gb") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] < c.closed_on


def test_what_was_sent_is_marked_as_a_chat_file_and_the_courts_own_is_not() -> None:
    c = case_of("court_gb_02")
    for code in sorted(RECEIVED):
        for s in render(code, c, random.Random(2), []):
            assert cap.how(s) in ("pdf", "photo"), code
    assert cap.how(render("investigation_record", c, random.Random(2), [])[0]) == "photo", "the undertaker's field photo"
    for code in ("enforcement_notice", "termination_this_round_ruling", "service_receipt", "closing_approval_form"):
        served = ["enforcement_notice"] if code == "service_receipt" else []
        assert all(cap.how(s) == "flatbed" for s in render(code, c, random.Random(2), served)), code
    assert "investigation_record" in OWN


def _page(text_width_mm: float = 150) -> Sheet:
    s = Sheet()
    s.lines.append("x")
    s.draw.rectangle((mm(30), mm(30), mm(30 + text_width_mm), mm(40)), fill=(0, 0, 0))
    s.draw.rectangle((mm(30), mm(270), mm(60), mm(275)), fill=(0, 0, 0))
    return s


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.PhoneCapture, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_a_pdf_arrives_as_a_phone_screenshot_of_the_file_preview() -> None:
    sheet = via(_page(), "pdf", "强制执行申请书.pdf")
    plans = [cap.plan_capture(random.Random(k), sheet) for k in range(40)]
    assert {p.kind for p in plans} == {"screenshot"}
    assert all(p.rotation == 0 and not p.photo and p.screen in cap.SCREENS for p in plans)
    assert any(p.zoom for p in plans) and any(not p.zoom for p in plans)
    assert all(110 <= p.dpi <= 150 for p in plans if not p.zoom), "scaled to the phone's width"
    assert all(p.dpi <= 175 for p in plans)
    assert {p.title for p in plans} == {"文件预览", "强制执行申请书.pdf"}
    plan, a = _shot(sheet, 5, zoom=False, dark=False, toolbar=True)
    h, w = a.shape
    assert (w, h) == plan.screen
    top, head, _foot = cap.bars(plan.screen, True)
    bar = a[2: top + head - 2]
    assert np.median(bar) > 240 and bar.min() < 80, "a light status and title bar with dark glyphs"
    viewer = a[top + head + 2: top + head + 8, :]
    assert abs(np.median(viewer) - np.mean(cap.VIEWER_GREY)) < 8, "the page lies on the viewer's grey"
    _, dark = _shot(sheet, 5, zoom=False, dark=True, toolbar=False)
    assert np.median(dark[2: top + head - 2]) < 60, "the dark theme's bars"


def test_a_pinch_zoomed_screenshot_keeps_every_printed_line_on_screen() -> None:
    sheet = via(_page(150), "pdf", "判决书.pdf")
    for seed in range(30):
        plan = cap.plan_capture(random.Random(seed), sheet)
        if not plan.zoom:
            continue
        top, head, foot = cap.bars(plan.screen, plan.toolbar)
        x0, y0, x1, y1 = cap.ink_box(sheet)
        ox, oy = plan.origin
        sx0, sx1 = (x0 - ox) * plan.scale, (x1 - ox) * plan.scale
        sy0, sy1 = (y0 - oy) * plan.scale, (y1 - oy) * plan.scale
        assert sx0 >= 0 and sx1 <= plan.screen[0], seed
        assert sy0 >= 0 and sy1 <= plan.screen[1] - top - head - foot, seed
        assert plan.dpi > 140, "the text block fills the width"


def test_a_photo_is_app_compressed_and_sometimes_sideways() -> None:
    sheet = via(_page(), "photo")
    plans = [cap.plan_capture(random.Random(k), sheet) for k in range(60)]
    assert all(p.kind == "photo" and p.photo and 1280 <= p.long_edge <= 1600 and 60 <= p.quality <= 80 for p in plans)
    assert {0, 90} <= {p.rotation for p in plans} <= {0, 90, 270}
    assert all(90 <= p.dpi <= 135 for p in plans)
    plan, a = _shot(sheet, 3, rotation=90)
    assert max(a.shape) == plan.long_edge and a.shape[1] > a.shape[0], "shot with the phone sideways"


def test_the_courts_own_papers_go_over_the_flatbed() -> None:
    sheet = _page()
    plans = [cap.plan_capture(random.Random(k), sheet) for k in range(80)]
    assert all(p.kind == "flatbed" and 200 <= p.dpi <= 300 and abs(p.skew) <= 0.8 and not p.photo for p in plans)
    assert {p.rotation for p in plans} == {0, 180}
    plan, a = _shot(sheet, 1, rotation=0, skew=0.0, shadow_edge="left")
    assert a.shape == (round(sheet.height * plan.dpi / 200), round(sheet.width * plan.dpi / 200))
    assert a[a.shape[0] // 2, :3].mean() < a[a.shape[0] // 2, a.shape[1] // 2] - 40, "the lid's shadow at the left"
