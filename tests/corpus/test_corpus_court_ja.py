"""court_ja (天津市河东区人民法院): three dossiers of the 河东 side of the 海河. A 东疆 container-yard company enforces
天津海事法院's judgment for 滞箱费 and 堆存费 against a trading company — deposits deducted, paid out, 执行完毕, archived
(cover and catalogue first, the maritime court's 生效证明书 behind the judgment). A bank's card centre enforces a
notarised instalment contract (公证书 and the notary's 执行证书) against a card holder whose employer withholds his
wages, 执行完毕. A cook enforces this court's labour judgment against a restaurant company that pays after a 限制消费令 —
without the law firm's 所函. Every page was read with highlighters and a red pen, then laid on a colour flatbed (some
batches grey, a few pages turned)."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ja_capture as cap
from dossier.corpus.families.court_ja import made_on, render
from dossier.corpus.families.court_ja_kit import Leaf, serif, watch
from dossier.corpus.families.court_ja_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_ja_01", "court_ja_02", "court_ja_03")


def test_court_ja_seqs_lie_in_its_range_and_its_dossiers_are_named_in_order() -> None:
    plans = family_plans("court_ja")
    assert [p.seq for p in plans] == [14417, 14452, 14486]
    assert all(p.name.startswith(f"court_ja_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [True, True, False] and MISSING == "law_firm_letter"
    assert not any(d.code == MISSING for d in plans[2].docs)


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）津0102执144\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_ja_02").respondent.kind == "person"
    assert check_credit_code(str(case_of("court_ja_02").extra["emp_code"])) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    port, card, cook = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", port, random.Random(0), []))
    assert "天津海事法院" in judgment and "津72民初" in judgment and "滞箱费" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", port, random.Random(0), []))
    deed = text_of(render("enforcement_basis", card, random.Random(0), []))
    assert "公证书" in deed and "赋予债权文书强制执行效力" in deed and "证经字" in deed
    cert = text_of(render("effectiveness_certificate", card, random.Random(0), []))
    assert "执行证书" in cert and "证执字" in cert and f"{card.amount:,.2f}" in cert
    ruling = text_of(render("enforcement_ruling", card, random.Random(0), []))
    assert "执行裁定书" in ruling and "扣留、提取" in ruling and card.extra["employer"] in ruling
    assist = text_of(render("assistance_notice", card, random.Random(0), []))
    assert card.extra["employer"] in assist and "工资" in assist
    labour = text_of(render("enforcement_basis", cook, random.Random(0), []))
    assert "天津市河东区人民法院" in labour and "劳动争议" in labour and "津0102民初" in labour
    order = text_of(render("consumption_restriction_order", cook, random.Random(0), []))
    assert "限制消费令" in order and cook.respondent.legal_rep in order
    letter = text_of(render("law_firm_letter", port, random.Random(0), []))
    assert "律师事务所函" in letter and port.agent in letter
    for c in (port, cook):
        app = text_of(render("enforcement_application", c, random.Random(0), []))
        assert "限制高消费" in app and "失信被执行人名单" in app


def test_papers_are_dated_in_order_and_a_receipt_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert made_on(c, "enforcement_notice") < made_on(c, "enforcement_ruling") < made_on(c, "payment_voucher")
        assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") < made_on(c, "closing_approval_form") <= c.closed_on
        assert c.basis_effective < c.filed_on
        plan = next(p for p in family_plans("court_ja") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    cook = case_of("court_ja_03")
    assert made_on(cook, "consumption_restriction_order") < date.fromisoformat(cook.extra["paid_in"])
    card = case_of("court_ja_02")
    assert all(date.fromisoformat(w) < made_on(card, "payment_voucher") for w, _ in card.extra["instalments"])
    assert sum(a for _, a in card.extra["instalments"]) == card.amount


def test_every_sheet_notes_the_spans_an_undertaker_marks() -> None:
    port = case_of("court_ja_01")
    sheets = render("enforcement_notice", port, random.Random(0), [])
    assert all(isinstance(s, Leaf) for s in sheets)
    kinds = {k[4] for s in sheets if isinstance(s, Leaf) for k in s.keys}
    assert {"money", "date", "name", "number", "title"} <= kinds
    for s in render("fee_receipt", port, random.Random(0), []):
        assert isinstance(s, Leaf) and any(k[4] == "money" for k in s.keys)


def _leaf() -> Leaf:
    """A strip of a page with one sum on it (small: quick to capture)."""
    watch()
    s = Leaf(size=(mm(170), mm(80)))
    s.text(mm(20), mm(30), "应支付人民币12,345.67元整", serif(40))
    return s


def _scan(sheet: Sheet, plan: cap.ReadScan) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(5))))
    assert img.format == "JPEG" and img.info["dpi"][0] == plan.dpi
    assert img.mode == ("L" if plan.grey else "RGB")
    return np.asarray(img, dtype=np.float32)


def test_a_highlighter_stroke_is_colour_over_the_sum_and_a_grey_band_in_grey_batches() -> None:
    s = _leaf()
    key = next(k for k in s.keys if k[4] == "money")
    for colour in ("yellow", "green", "pink"):
        plan = cap.ReadScan(dpi=200, rotation=0, photo=False, grey=False, quality=92, skew=0.0,
                            strokes=[cap.Stroke(key[:4], colour)], noise=0.5)
        a = _scan(s, plan)
        x0, y0, x1, y1 = (int(v) for v in key[:4])
        band = a[y0 + 6:y1 - 6, x0 + 10:x1 - 10].reshape(-1, 3)
        paper = a[mm(60):mm(75), mm(20):mm(150)].reshape(-1, 3)
        light = band[band.sum(axis=1) > 300]  # the stroke between the strokes of the type
        want = np.array(cap.HIGHLIGHTERS[colour], np.float32)
        assert np.abs(np.median(light, axis=0) - want).max() < 40, (colour, np.median(light, axis=0))
        assert np.abs(np.median(paper, axis=0) - want).max() > 60
        assert band.min(axis=1).min() < 90, "the type still shows through the stroke"
    plan = cap.ReadScan(dpi=200, rotation=0, photo=False, grey=True, quality=92, skew=0.0,
                        strokes=[cap.Stroke(key[:4], "pink")], noise=0.5)
    g = _scan(s, plan)
    x0, y0, x1, y1 = (int(v) for v in key[:4])
    band = g[y0 + 6:y1 - 6, x0 + 10:x1 - 10]
    paper = np.median(g[mm(60):mm(75), mm(20):mm(150)])
    assert 20 < paper - np.median(band[band > 120]) < 90, "a grey band, lighter than the type"
    assert band.min() < 90
    unmarked = _scan(s, cap.ReadScan(dpi=200, rotation=0, photo=False, grey=True, quality=92, skew=0.0, noise=0.5))
    assert np.median(unmarked[y0 + 6:y1 - 6, x0 + 10:x1 - 10]) > paper - 12, "without the stroke: paper"


def test_red_pen_circles_underlines_ticks_and_a_note_in_the_margin() -> None:
    s = _leaf()
    key = next(k for k in s.keys if k[4] == "money")
    x0, y0, x1, y1 = key[:4]
    marks = [cap.PenMark("circle", (x0 - 14, y0 - 10, x1 + 14, y1 + 10)), cap.PenMark("underline", (x0, y1, x1, y1 + 6)),
             cap.PenMark("tick", (mm(4), y0, mm(13), y1)), cap.PenMark("note", (mm(140), mm(8), mm(160), mm(20)), "核对")]
    plan = cap.ReadScan(dpi=300, rotation=0, photo=False, grey=False, quality=92, skew=0.0, marks=marks, noise=0.5)
    a = _scan(s, plan)
    red = (a[..., 0] > 140) & (a[..., 1] < 90) & (a[..., 2] < 100)
    k = 300 / 200
    assert red[:, : int(mm(14) * k)].sum() > 40, "a tick in the left margin"
    assert red[int((y1 + 2) * k): int((y1 + 24) * k), int(x0 * k): int(x1 * k)].sum() > 150, "underline and circle"
    assert red[: int(mm(24) * k), int(mm(138) * k):].sum() > 60, "the note"
    assert "核对" in s.lines
    assert not red[int(mm(55) * k):, int(mm(40) * k): int(mm(120) * k)].any(), "nothing elsewhere"


def test_a_page_laid_on_the_glass_turned_comes_out_turned() -> None:
    s = _leaf()
    key = next(k for k in s.keys if k[4] == "money")
    plan = cap.ReadScan(dpi=240, rotation=90, photo=False, grey=False, quality=90, skew=0.0,
                        strokes=[cap.Stroke(key[:4], "yellow")], noise=0.5)
    a = _scan(s, plan)
    w, h = round(s.width * 240 / 200), round(s.height * 240 / 200)
    assert a.shape[:2] == (w, h)
    yellow = (a[..., 2] < 150) & (a[..., 0] > 200) & (a[..., 1] > 190)
    ys, xs = np.nonzero(yellow)
    # turned 90° clockwise: the stroke near the top of the strip lies near the right edge
    assert xs.mean() > h * 0.5 and abs(ys.mean() - (key[0] + key[2]) / 2 * 1.2) < 80


def test_plans_read_most_pages_in_colour_some_grey_a_few_turned() -> None:
    port = case_of("court_ja_01")
    sheets = [s for code in ("enforcement_notice", "enforcement_basis", "service_receipt", "payment_voucher")
              for s in render(code, port, random.Random(0), ["enforcement_notice"])]
    plans = [cap.plan_capture(random.Random(i), sheets[i % len(sheets)]) for i in range(300)]
    assert all(p.dpi in (200, 240, 300) and not p.photo and abs(p.skew) <= 0.8 for p in plans)
    grey = sum(p.grey for p in plans) / len(plans)
    assert 0.15 < grey < 0.45
    turned = [p.rotation for p in plans if p.rotation]
    assert 0 < len(turned) < 45 and {90, 180} <= set(turned)
    colours = {s.colour for p in plans for s in p.strokes}
    assert colours == {"yellow", "green", "pink"}
    strokes = [s for p in plans for s in p.strokes]
    assert sum(s.colour == "yellow" for s in strokes) > len(strokes) / 3
    kinds = {m.kind for p in plans for m in p.marks}
    assert kinds == {"underline", "circle", "tick", "note"}
    notes = {m.text for p in plans for m in p.marks if m.kind == "note"}
    assert {"核对", "已送达"} <= notes and any(n.startswith("见第") for n in notes)
    assert 0 < sum(not p.strokes for p in plans) < 120, "some pages go unread"
