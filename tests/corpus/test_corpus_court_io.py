"""court_io (湖南省长沙市岳麓区人民法院): three dossiers of 岳麓. A parent enforces this court's judgment ordering a tutoring
company to refund prepaid lesson fees — the account deducted, paid out, 执行完毕, archived; a decoration subcontractor's
长沙仲裁委员会 award against a main contractor, 终本 last year, resumed (执恢) when the project owner's unpaid 工程款 is
found and garnished, paid, 执行完毕; a lender's private-loan judgment against a car-rental company with nothing, 终本,
filed without the 谈话笔录. The working volume was scanned as used: 便利贴, highlighter, red and blue ticks, clip marks,
a staple row; landscape printouts turned 90°."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_io_capture as cap
from dossier.corpus.families.court_io import made_on, render
from dossier.corpus.families.court_io_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_io_01", "court_io_02", "court_io_03")


def test_seqs_lie_in_the_range_and_the_names_are_numbered() -> None:
    ours = family_plans("court_io")
    assert [p.seq for p in ours] == sorted(p.seq for p in ours)
    assert len(ours) == 3 and all(12300 <= p.seq <= 12399 for p in ours)
    assert all(p.name.startswith(f"court_io_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "interview_record" and all(d.code != MISSING for p in ours for d in p.docs)


def test_case_numbers_carry_the_court_code_and_the_parties_valid_numbers() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）湘0104执(恢)?123\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    resumed = case_of("court_io_02")
    assert "执恢" in resumed.number and re.fullmatch(r"（2023）湘0104执\d+号", resumed.previous_number)


def test_each_paper_is_written_in_its_makers_words() -> None:
    lesson, fitout, loan = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", lesson, random.Random(0), []))
    assert "民事判决书" in judgment and "湘0104民初" in judgment and "课时费" in judgment and "判决如下" in judgment
    assert "〇" not in judgment, "the civil division's GB 宋 template types ○"
    award = text_of(render("enforcement_basis", fitout, random.Random(0), []))
    assert "长沙仲裁委员会" in award and "长仲裁字" in award and "裁决如下" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", fitout, random.Random(0), []))
    loan_judgment = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民间借贷" in loan_judgment and "汽车租赁" in loan_judgment
    resume = text_of(render("resumption_ruling", fitout, random.Random(0), []))
    assert resume.startswith("湖南省长沙市岳麓区人民法院执行裁定书") and "恢复" in resume and fitout.previous_number in resume
    earlier = text_of(render("termination_this_round_ruling", fitout, random.Random(0), []))
    assert "执行裁定书" in earlier and "终结本次执行程序。" in earlier and fitout.previous_number in earlier
    ask = text_of(render("resumption_application", fitout, random.Random(0), []))
    assert "恢复执行申请书" in ask and fitout.extra["owner"] in ask and fitout.officer in ask and fitout.extra["chief"] in ask
    garnish = text_of(render("enforcement_ruling", fitout, random.Random(0), []))
    assert "执行裁定书" in garnish and fitout.extra["owner"] in garnish and "到期工程款债权" in garnish
    deduct = text_of(render("enforcement_ruling", lesson, random.Random(0), []))
    assert lesson.extra["r_acct"] in deduct
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert loan.number in ttr and "终结本次执行程序。" in ttr


def test_dates_run_in_order() -> None:
    fitout = case_of("court_io_02")
    assert made_on(fitout, "termination_this_round_ruling") < made_on(fitout, "resumption_application") < fitout.filed_on
    assert fitout.filed_on <= made_on(fitout, "resumption_ruling") < made_on(fitout, "enforcement_ruling")
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_io") if p.name.startswith(prefix))
        assert c.basis_effective < c.filed_on < c.closed_on
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _page() -> Sheet:
    """A strip of a typed page: enough printed lines to find, quick to capture."""
    s = Sheet(size=(mm(160), mm(190)))
    f = font("serif", 41)
    for k in range(8):
        s.text(mm(27), mm(20) + k * 74, "本院依据已经发生法律效力的民事判决书立案执行", f)
    return s


def _scan(sheet: Sheet, plan: cap.WorkScan, seed: int = 3) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    return np.asarray(img, dtype=np.float32)


def _bare(**change: object) -> cap.WorkScan:
    plan = cap.WorkScan(dpi=200, rotation=0, photo=False, quality=90, skew=0.0, staples=False, noise=1.0,
                        tint=(1.0, 1.0, 1.0), shadow_side="top")
    for k, v in change.items():
        setattr(plan, k, v)
    return plan


def test_the_highlighter_is_translucent_over_a_printed_line() -> None:
    s = _page()
    line = cap.text_lines(s.image)[2]
    a = _scan(s, _bare(highlights=[("yellow", 2.5 / 8, 1.0)]))
    x0, y0, x1, y1 = line
    band = a[y0 + 2: y1 - 2, x0: x1]
    paper = band[band.mean(axis=2) > 150]
    assert len(paper) > 100
    r, g, b = paper.mean(axis=0)
    assert r > 225 and g > 210 and b < 140, "yellow over the paper"
    assert (band.mean(axis=2) < 90).mean() > 0.05, "the print shows through"
    plain = _scan(s, _bare())
    assert plain[y0 + 2: y1 - 2, x0: x1, 2].mean() - band[..., 2].mean() > 60
    green = _scan(s, _bare(highlights=[("green", 2.5 / 8, 1.0)]))[y0 + 2: y1 - 2, x0: x1]
    gp = green[green.mean(axis=2) > 150].mean(axis=0)
    assert gp[1] > gp[0] + 40 and gp[1] > gp[2] + 40


def test_a_sticky_note_hides_the_print_under_it_and_carries_a_reminder() -> None:
    s = _page()
    plain = _scan(s, _bare())
    a = _scan(s, _bare(notes=[cap.Note("pink", "corner", "补回证", 40, 0.0, 0.3)]))
    pink = (a[..., 0] > 220) & (a[..., 1] < 205) & (a[..., 1] > 150) & (a[..., 2] > 180)
    assert pink.sum() > mm(30) ** 2 * 0.6, "a pink square of about 40 mm"
    ys, xs = np.where(pink)
    box = (slice(ys.min(), ys.max()), slice(xs.min(), xs.max()))
    printed = plain[box].mean(axis=2) < 90
    on_note = a[box].mean(axis=2) < 90
    assert printed.mean() > 0.03 and on_note.sum() < printed.sum(), "the print under it is hidden"
    assert on_note.sum() > 0, "its handwritten reminder"
    m = _scan(s, _bare(notes=[cap.Note("yellow", "margin", "核对金额", 40, 2.0, 0.2)]))
    edge = m[:, -mm(10):]
    yellow = (edge[..., 0] > 225) & (edge[..., 1] > 200) & (edge[..., 2] < 160)
    assert yellow.sum() > mm(10) * mm(20), "a yellow note out in the right margin"


def test_ticks_clip_rust_and_the_staple_row() -> None:
    s = _page()
    a = _scan(s, _bare(ticks=[("red", 0.0), ("red", 0.5)]))
    margin = a[:, : mm(27)]
    red = (margin[..., 0] > 150) & (margin[..., 1] < 100) & (margin[..., 2] < 100)
    assert red.sum() > 60, "red ballpoint ticks in the left margin"
    rust = _scan(s, _bare(clip="rust", clip_x=0.5))
    top = rust[: mm(20), s.width // 2 - mm(5): s.width // 2 + mm(15)]
    brown = (top[..., 0] - top[..., 2] > 45) & (top[..., 0] < 235)
    assert brown.sum() > 150, "the clip's rust stains at the top edge"
    clipped = _scan(s, _bare(clip="clip", clip_x=0.5))
    strip = clipped[: mm(30), s.width // 2: s.width // 2 + mm(10)].mean(axis=2)
    assert strip.min() < 150 and abs(float(np.median(strip)) - 255) > 8, "the wire and its shadow"
    holes = [_scan(sh, _bare(staples=True), seed=k) for k, sh in ((1, _page()), (2, Sheet(size=(mm(160), mm(190)))))]
    for a in holes:
        x = mm(cap.STAPLE_X_MM)
        for frac in cap.STAPLE_ROWS:
            y = int(frac * a.shape[0])
            assert a[y - 2: y + 3, x - 2: x + 3].mean() < 80, "a dark staple hole at the same place on every sheet"
        assert a[int(0.35 * a.shape[0]), x].mean() > 200


def test_landscape_printouts_are_scanned_turned_and_the_plans_vary() -> None:
    fitout = case_of("court_io_02")
    sheet = render("online_inquiry_result", fitout, random.Random(0), [])[0]
    assert sheet.width > sheet.height and "网络执行查控系统" in "".join(sheet.lines)
    plan = cap.plan_capture(random.Random(4), sheet)
    assert plan.rotation in (90, 270)
    plan.dpi = 200
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(4))))
    assert img.height > img.width and img.width == sheet.height
    page = _page()
    ps = [cap.plan_capture(random.Random(k), page) for k in range(200)]
    assert all(200 <= p.dpi <= 300 and not p.photo and abs(p.skew) <= 1.0 for p in ps)
    assert 0.2 < sum(bool(p.notes) for p in ps) / 200 < 0.5
    assert {n.colour for p in ps for n in p.notes} == {"yellow", "pink"}
    assert {n.place for p in ps for n in p.notes} == {"margin", "corner"}
    assert {c for p in ps for c, _, _ in p.highlights} == {"yellow", "green"}
    assert {pen for p in ps for pen, _ in p.ticks} == {"red", "blue"}
    assert {p.clip for p in ps} == {"", "clip", "rust"}
    assert sum(p.rotation == 0 for p in ps) > 180
    assert not cap.plan_capture(random.Random(1), Sheet()).notes, "a blank back carries no notes"
