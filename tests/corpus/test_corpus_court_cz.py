"""court_cz (江苏省徐州市云龙区人民法院): three dossiers of 徐州's old centre. A 工程机械 dealer enforces a 徐州仲裁委员会
award on an excavator sold on instalments: the machine seized, appraised and handed back by a 以物抵债 ruling, the rest
paid, closed 执行完毕 and archived (cover and catalogue first, the 仲裁委's 生效证明 right behind the award). A logistics
worker enforces the court's own 劳动争议 judgment for wages and 工伤 benefits: account frozen and deducted, the rest paid
in instalments under a settlement. A stone supplier enforces 徐州中院's 二审 judgment against a haulage company with
nothing left: 失信, a site visit, the lawyer heard, 终本 — without the 限制消费令. The lawyers' papers came as long phone
screenshots printed in A4 slices; the bureau's own papers are flatbed scans."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cz_capture as cap
from dossier.corpus.families.court_cz import made_on, render
from dossier.corpus.families.court_cz_plans import MISSING

from .family_stories import case_of, family_plans, text_of


def test_court_cz_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_cz")]
    assert len(seqs) == 3 and all(95000 <= s <= 95999 for s in seqs)
    assert all(p.name.startswith(f"court_cz_0{i}_") for i, p in enumerate(family_plans("court_cz"), 1))


def test_each_story_is_drawn_in_its_makers_words() -> None:
    dig, wage, haul = case_of("court_cz_01"), case_of("court_cz_02"), case_of("court_cz_03")
    award = text_of(render("enforcement_basis", dig, random.Random(0), []))
    assert "徐州仲裁委员会" in award and "裁决书" in award and "挖掘机" in award and "独任仲裁员" in award
    offset = text_of(render("enforcement_ruling", dig, random.Random(0), ["offset"]))
    assert "执行裁定书" in offset and "抵偿债务" in offset and dig.extra["serial"] in offset
    labour = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "江苏省徐州市云龙区人民法院" in labour and "劳动争议" in labour and "工伤" in labour and "民事判决书" in labour.replace(" ", "")
    settle = text_of(render("settlement_agreement", wage, random.Random(0), []))
    assert "执行和解协议" in settle and "分三期" in settle
    appeal = text_of(render("enforcement_basis", haul, random.Random(0), []))
    assert "江苏省徐州市中级人民法院" in appeal and "驳回上诉，维持原判" in appeal
    ttr = text_of(render("termination_this_round_ruling", haul, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr


def test_the_defective_dossier_lacks_only_the_consumption_restriction_order() -> None:
    plans = {p.name[:11]: p for p in family_plans("court_cz")}
    assert MISSING == "consumption_restriction_order"
    haul = plans["court_cz_03"]
    assert not haul.complete and all(d.code != MISSING and MISSING not in d.served for d in haul.docs)
    assert "dishonest_list_decision" in {d.code for d in haul.docs}
    dig = plans["court_cz_01"]
    codes = [d.code for d in dig.docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-2:] == ["file_review_form", "remarks_sheet"]
    assert codes[codes.index("enforcement_basis") + 1] == "effectiveness_certificate"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_cz"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _grey(sheet: Sheet, seed: int, *, colour: bool = False) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.colour, plan.skew = colour, 0.0
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.width == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_a_long_screenshot_is_cut_at_fixed_heights_with_bars_and_page_gaps() -> None:
    c = case_of("court_cz_01")
    sheets = render("enforcement_basis", c, random.Random(3), [])
    assert len(sheets) == 2
    got = cap.shot_of(sheets[0])
    assert got is not None and got[1] == 0
    shot = got[0]
    shot.dark_bars, shot.pad = False, 0
    long, starts = cap.long_image(shot)
    step = round(cap.PHONE_W * shot.ratio)
    first, fitted = cap.cut(shot, 0, long)
    assert not fitted and first.shape[0] == step, "the app cuts at a fixed height, not at the PDF page's edge"
    assert starts[0] < step < starts[1], "the first cut falls inside the first PDF page, not in the gap"
    # the grey gap between the two PDF pages: a band of uniform viewer grey across the whole width
    gap = long[starts[1] - shot.gap + 3: starts[1] - 3].astype(np.float32)
    assert gap.std() < 6 and 210 < gap.mean() < 240
    # printed and scanned: the first print carries the status bar, the last the viewer's bottom bar
    _, a = _grey(sheets[0], 1)
    h = a.shape[0]
    bar = a[int(h * 0.03): int(h * 0.045), int(a.shape[1] * 0.1): int(a.shape[1] * 0.9)]
    assert bar.min() < 120 and bar.mean() < 245, "the status bar's clock and icons at the top of the first print"
    _, b = _grey(sheets[1], 2)
    foot = b[int(h * 0.90): int(h * 0.97), int(b.shape[1] * 0.3): int(b.shape[1] * 0.7)]
    assert foot.min() < 150 and 200 < np.median(foot) < 250, "the viewer's grey bottom bar on the last print"
    second, _ = cap.cut(shot, 1, long)
    assert np.array_equal(second[:40], long[step:step + 40]), "the next print starts right where the cut fell"
    assert cap.shot_of(sheets[0]) is None, "a captured page is let go"


def test_the_bureaus_own_papers_are_plain_flatbed_scans() -> None:
    c = case_of("court_cz_02")
    sheet = render("enforcement_notice", c, random.Random(0), [])[0]
    assert cap.shot_of(sheet) is None
    plan, a = _grey(sheet, 4)
    assert plan.rotation == 0 and not plan.photo and 200 <= plan.dpi <= 300
    h, w = a.shape
    assert np.percentile(a[: int(h * 0.03)], 5) > 220, "no phone status bar on a flatbed scan"
    assert np.percentile(a[h // 4: h // 2, w // 5: 4 * w // 5], 1) < 90, "dark print"
