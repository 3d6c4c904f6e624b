"""court_jc (湖北省武汉市江岸区人民法院): three dossiers of 汉口. The operator of a row of 老洋房 on 黎黄陂路 enforces a
武汉仲裁委员会 award against a café company — part taken from its frozen account, a settlement for the rest, paid out,
执行完毕, archived. A retired tram driver enforces this court's judgment for a loan to a 后湖 小龙虾 stall-keeper who
has nothing: 终本. A 新洲 lorry owner enforces this court's mediation for freight against a 堤角 trader whose head
would not report its property (fined, 终本) — without the 网络查控 printout. The parties' files came out of a phone
scanning app (hard contrast, blotches, bowed edges, the app's line at the foot); the court's papers through a duplex
scanner on thin stock, each side showing its back mirrored."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_jc_capture as cap
from dossier.corpus.families.court_jc import made_on, render
from dossier.corpus.families.court_jc_kit import APP, DUPLEX, JcSheet
from dossier.corpus.families.court_jc_plans import MISSING
from dossier.corpus.fonts import font

from .family_stories import case_of, family_plans, text_of


def test_court_jc_seqs_lie_in_its_range_and_each_story_is_its_own() -> None:
    ours = family_plans("court_jc")
    assert len(ours) == 3 and all(14900 <= p.seq <= 14999 for p in ours)
    assert all(p.name.startswith(f"court_jc_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.method for p in ours] == ["fully_performed", "terminated_this_round", "terminated_this_round"]
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]
    defective = ours[2]
    assert MISSING == "online_inquiry_result" and MISSING not in {d.code for d in defective.docs}
    assert "fine_decision" in {d.code for d in defective.docs} and defective.obstruction


def test_each_story_is_drawn_in_its_makers_words() -> None:
    lease, loan, haul = case_of("court_jc_01"), case_of("court_jc_02"), case_of("court_jc_03")
    award = text_of(render("enforcement_basis", lease, random.Random(0), []))
    assert "武汉仲裁委员会" in award and "武仲裁字" in award and "裁决如下" in award and "咖啡馆" in award
    assert "生效" in text_of(render("effectiveness_certificate", lease, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事判决书" in judgment and "鄂0102民初" in judgment and "小龙虾" in judgment.replace("油焖大虾", "小龙虾")
    mediation = text_of(render("enforcement_basis", haul, random.Random(0), []))
    assert "民事调解书" in mediation and "运费" in mediation
    fine = text_of(render("fine_decision", haul, random.Random(0), []))
    assert "罚款决定书" in fine and "司惩" in fine and haul.respondent.legal_rep in fine
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", lease, random.Random(0), []))
    assert lease.extra["r_acct"] in ruling and "裁定如下" in ruling
    inquiry = render("online_inquiry_result", loan, random.Random(0), [])
    assert sum(s.starts_document for s in inquiry) == 1, "the loan's second 查控 round is a printout of its own"


def test_numbers_carry_the_court_code_and_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_jc_01", "court_jc_02", "court_jc_03"):
        c = case_of(prefix)
        assert "鄂0102执149" in c.number
        plan = next(p for p in family_plans("court_jc") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_parties_papers_come_by_the_app_and_the_courts_through_the_duplex_scanner() -> None:
    c = case_of("court_jc_02")
    for code in ("enforcement_application", "identity_proof", "power_of_attorney", "fee_receipt", "property_clue_form"):
        assert all(getattr(s, "route", "") == APP for s in render(code, c, random.Random(0), [])), code
    for code in ("enforcement_notice", "online_inquiry_result", "interview_record", "service_receipt"):
        served = ["enforcement_notice"] if code == "service_receipt" else []
        assert all(getattr(s, "route", "") == DUPLEX for s in render(code, c, random.Random(0), served)), code
    notice = render("enforcement_notice", c, random.Random(0), [])
    leaf = [s for s in notice if isinstance(s, JcSheet)]
    assert len(leaf) == len(notice) >= 2 and all(s.verso is not None for s in leaf[:2])
    assert leaf[0].verso is leaf[1].image and leaf[1].verso is leaf[0].image, "two sides of one leaf"


def _grey(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=np.float32)


def test_the_app_prints_its_line_at_the_foot_and_leaves_blotches_on_the_white() -> None:
    s = JcSheet(route=APP)
    s.lines.append("x")
    plan = cap.plan_capture(random.Random(5), s)
    assert isinstance(plan, cap.AppScan) and plan.photo
    plan.rotation, plan.sliver, plan.mode = 0, None, "grey"
    plan.blotches = [(0.5, 0.45, 0.12, 0.8)]
    plan.shadows = []
    a = _grey(cap.capture(s, plan, random.Random(5)))
    h, w = a.shape
    assert (plan.dpi, w) == (plan.dpi, round(s.width * plan.dpi / 200))
    foot = a[int(h * 0.96):, int(w * 0.6):]
    assert foot.min() < 170, "the app's own line at the foot"
    assert a[int(h * 0.3): int(h * 0.6), int(w * 0.1): int(w * 0.3)].mean() > 245, "the paper pulled up to white"
    assert a[int(h * 0.43): int(h * 0.47), int(w * 0.48): int(w * 0.52)].mean() < 240, "a grey blotch the app left"


def test_the_app_bows_lines_near_the_edges_and_not_in_the_middle() -> None:
    s = JcSheet(route=APP, size=(mm(180), mm(120)))
    for y in range(mm(20), mm(110), mm(15)):
        s.line(0, y, s.width, y, width=3)
    s.lines.append("x")
    plan = cap.plan_capture(random.Random(2), s)
    assert isinstance(plan, cap.AppScan)
    plan.rotation, plan.sliver, plan.mode, plan.blotches, plan.shadows, plan.aspect = 0, None, "grey", [], [], 1.0
    plan.dpi, plan.curl = 200, (10.0, -10.0, 0.0, 0.0)
    a = _grey(cap.capture(s, plan, random.Random(2)))
    _h, w = a.shape

    def rows(col: int) -> np.ndarray:
        return np.flatnonzero(a[:, col] < 100)

    mid, edge = rows(w // 2), rows(3)
    assert len(mid) and len(edge) and not np.array_equal(mid, edge), "a line sits higher or lower at the edge"


def test_the_duplex_scanner_shows_the_back_mirrored_through_thin_stock() -> None:
    front = JcSheet(size=(mm(150), mm(100)))
    front.lines.append("x")
    back = Sheet(size=front.size)
    back.image.paste((0, 0, 0), (mm(10), mm(30), mm(50), mm(70)))  # a black block near the back's left edge
    front.verso = back.image
    plan = cap.plan_capture(random.Random(4), front)
    assert isinstance(plan, cap.DuplexScan) and not plan.photo and plan.show > 0
    plan.rotation, plan.skew, plan.offset, plan.mode, plan.dpi = 0, 0.0, (0.0, 0.0), "grey", 200
    a = _grey(cap.capture(front, plan, random.Random(4)))
    _h, w = a.shape
    right = a[mm(40): mm(60), w - mm(40): w - mm(20)].mean()
    left = a[mm(40): mm(60), mm(20): mm(40)].mean()
    assert left - right > 10, "the block shows through on the right (mirrored), not where it is printed"
    assert right > 180, "faintly"
    blank = JcSheet(size=front.size)
    blank.lines.append("x")
    none = cap.plan_capture(random.Random(4), blank)
    assert isinstance(none, cap.DuplexScan) and none.show == 0.0


def test_captures_vary_as_the_brief_says() -> None:
    app, duplex = JcSheet(route=APP, size=(mm(40), mm(40))), JcSheet(size=(mm(40), mm(40)))
    apps = [p for k in range(120) if isinstance(p := cap.plan_capture(random.Random(k), app), cap.AppScan)]
    dups = [p for k in range(120) if isinstance(p := cap.plan_capture(random.Random(k), duplex), cap.DuplexScan)]
    assert len(apps) == len(dups) == 120
    assert {p.dpi for p in apps} == {150, 200} and {p.dpi for p in dups} == {200, 300}
    assert {p.mode for p in apps} == {"colour", "grey"} and any(p.sliver for p in apps)
    assert 0 < sum(p.rotation != 0 for p in apps) + sum(p.rotation != 0 for p in dups) < 30
    assert all(abs(p.skew) < 0.5 for p in dups)
    assert cap.APP_NAME in cap.APP_LINE and font("sans", 20).getlength(cap.APP_LINE) > 0
