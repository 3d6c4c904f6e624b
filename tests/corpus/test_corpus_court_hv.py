"""court_hv (山东省邹城市人民法院): three dossiers of 邹城 filed 2017–2019. A mining-equipment lessor enforces an award
of the 济宁仲裁委员会 against a mining-services company — deposits frozen and deducted online, paid out, 执行完毕. A
driver's mate enforces this court's 工伤 judgment, upheld by the 济宁市中级人民法院, against a logistics firm with
nothing left — 限制消费, 失信, heard, 终本, archived. A farmer enforces this court's judgment for land-transfer rent
against a planting cooperative, which pays after the notice — without the lawyer's 执业证 copy. The bureau's forms
are filled by an impact printer (dots, uneven ribbon, carbon plies on pink or yellow paper, fan-fold strips); the
unbound volumes were scanned on a flatbed: two binding holes in every leaf, staples left on, slips on backing leaves."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import mm
from dossier.corpus.families import court_hv_capture as cap
from dossier.corpus.families.court_hv import made_on, render
from dossier.corpus.families.court_hv_kit import PINK, HvSheet, Ribbon, dm
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hv_01", "court_hv_02", "court_hv_03")


def test_court_hv_seqs_lie_in_its_range_and_name_its_dossiers_in_order() -> None:
    plans = family_plans("court_hv")
    assert len(plans) == 3 and all(8800 <= p.seq <= 8899 for p in plans)
    assert [p.name[:11] for p in plans] == list(PREFIXES)
    assert [p.complete for p in plans] == [True, True, False]


def test_the_cases_are_filed_in_the_2010s_with_valid_numbers_and_the_court_code() -> None:
    for prefix, year in zip(PREFIXES, (2017, 2018, 2019), strict=True):
        c = case_of(prefix)
        assert c.number.startswith(f"（{year}）鲁0883执88"), c.number
        assert c.filed_on.year == year and c.filed_on < c.closed_on
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_hv_03").respondent
    assert "种植专业合作社" in coop.name and coop.id_number.startswith("93370883"), "a cooperative's code is 93…"


def test_each_basis_is_written_by_its_maker() -> None:
    coal, injury, land = (case_of(p) for p in PREFIXES)
    award = text_of(render("enforcement_basis", coal, random.Random(0), []))
    assert "济宁仲裁委员会" in award and "济仲字第" in award and "裁决如下" in award and "终局裁决" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", coal, random.Random(0), []))
    sheets = render("enforcement_basis", injury, random.Random(0), [])
    starts = [i for i, s in enumerate(sheets) if s.starts_document]
    assert len(starts) == 1, "the appeal judgment, then the first-instance judgment as a document of its own"
    appeal, first = text_of(sheets[:starts[0]]), text_of(sheets[starts[0]:])
    assert "鲁08民终" in appeal and "驳回上诉，维持原判" in appeal and "本判决为终审判决" in appeal
    assert "鲁0883民初" in first and "工伤保险条例" in first and "判决如下" in first
    rent = text_of(render("enforcement_basis", land, random.Random(0), []))
    assert "土地流转费" in rent and "第一百四十四条" in rent, "the cooperative stayed away: judgment by default"


def test_the_bureau_cites_the_2012_code_and_types_its_dates_in_gb_song() -> None:
    injury = case_of("court_hv_02")
    notice = text_of(render("enforcement_notice", injury, random.Random(0), []))
    assert "第二百四十条" in notice and "第二百五十一条" not in notice, "民事诉讼法 as numbered 2013–2021"
    ruling = text_of(render("termination_this_round_ruling", injury, random.Random(0), []))
    assert "执行裁定书" in ruling and "终结本次执行程序。" in ruling and "第五百一十九条" in ruling
    assert "二○一八年" in ruling and "〇" not in ruling, "GB 宋体 has no 〇: the typist's ○"
    app = text_of(render("enforcement_application", case_of("court_hv_01"), random.Random(0), []))
    assert "限制高消费" in app and "失信被执行人名单" in app


def test_receipts_come_after_what_they_serve_and_money_after_the_notice() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hv") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert made_on(c, "fee_receipt") > made_on(c, "payment_notice")
        if c.method == "fully_performed":
            assert made_on(c, "enforcement_notice") < made_on(c, "payment_voucher") < made_on(c, "closing_notice")
            assert made_on(c, "closing_notice") <= c.closed_on
    land = case_of("court_hv_03")
    assert made_on(land, "enforcement_notice") < date.fromisoformat(land.extra["paid_in"]) < made_on(land, "payment_voucher")


def test_the_kept_plies_are_pink_or_yellow_paper() -> None:
    c = case_of("court_hv_01")
    for code in ("payment_notice", "fee_receipt", "payment_voucher"):
        s = render(code, c, random.Random(2), [])[0]
        assert isinstance(s, HvSheet) and s.ply in ("pink", "yellow"), code
        assert s.width < mm(210) or s.height < mm(200), "a slip, pasted on a backing leaf when filed"
        a = np.asarray(s.image, dtype=np.int16)
        paper = np.median(a.reshape(-1, 3), axis=0)
        assert paper[0] - paper[2] > 25, (code, paper)  # pink and yellow both lose blue
        assert any(line.startswith("第") and "联" in line for line in s.lines), "the ply's legend"
    text = text_of(render("payment_voucher", c, random.Random(2), []))
    assert "回单" in text and c.number in text


def test_a_strike_through_the_carbon_is_blue_violet_and_soft() -> None:
    def strike(carbon: bool) -> np.ndarray:
        s = HvSheet(size=(mm(120), mm(14)), paper=PINK)
        dm(s, 10, 10, "执行费通知", Ribbon(level=0.9, band=0.0, weak_pin=-1, fade=0.0, carbon=carbon),
           random.Random(0), pitch=2.4)
        return np.asarray(s.image, dtype=np.float32)

    top, copy = strike(False), strike(True)
    for a, blue in ((top, False), (copy, True)):
        grey = a.mean(axis=2)
        dark = a[grey < np.percentile(grey, 3)]
        assert (np.median(dark[:, 2] - dark[:, 0]) > 40) == blue
    edge = [np.abs(np.diff(a.mean(axis=2), axis=1)).max() for a in (top, copy)]
    assert edge[1] < edge[0], "the carbon copy's dots are softer"


def _strip(text: str, rb: Ribbon, pitch: float = 2.4) -> np.ndarray:
    s = HvSheet(size=(mm(190), mm(14)))
    dm(s, 10, 10, text, rb, random.Random(0), pitch=pitch)
    return 255.0 - np.asarray(s.image.convert("L"), dtype=np.float32)


def test_impact_printed_glyphs_are_made_of_dots() -> None:
    rb = Ribbon(level=0.9, band=0.0, weak_pin=-1, fade=0.0)
    ink = _strip("一" * 12, rb)
    row = int(np.argmax(ink.sum(axis=1)))
    profile = ink[row, 20:-40]
    spectrum = np.abs(np.fft.rfft(profile - profile.mean()))
    freq = np.fft.rfftfreq(len(profile))
    pitch = 2.4 * 24 / 20
    peak = freq[np.argmax(spectrum[5:]) + 5]
    assert abs(1 / peak - pitch) < 0.4, (1 / peak, pitch)
    assert profile.max() - np.percentile(profile[profile > 0], 20) > 60, "beads with gaps between them"


def test_the_worn_ribbon_bands_along_a_line_and_a_weak_pin_leaves_a_pale_row() -> None:
    even = _strip("国" * 20, Ribbon(level=0.9, band=0.0, weak_pin=-1, fade=0.0))
    banded = _strip("国" * 20, Ribbon(level=0.9, band=0.45, period=300.0, phase=0.0, weak_pin=-1, fade=0.0))
    cell = round(20 * 2.4 * 24 / 20)

    def per_char(a: np.ndarray) -> np.ndarray:
        return np.array([a[:, 10 + k * cell: 10 + (k + 1) * cell].sum() for k in range(20)])

    centres = 10 + (np.arange(20) + 0.5) * cell
    band = 1 - 0.45 * (0.5 + 0.5 * np.sin(2 * np.pi * centres / 300.0))
    assert np.corrcoef(per_char(banded), band)[0, 1] > 0.6, "darker where the ribbon's cycle is fresh"
    assert per_char(banded).std() / per_char(banded).mean() > per_char(even).std() / per_char(even).mean() + 0.03
    pale = _strip("国" * 20, Ribbon(level=0.9, band=0.0, weak_pin=8, fade=0.0))
    r0, r1 = 10 + int(8 * 2.88), 10 + int(9 * 2.88)
    assert pale[r0:r1].sum() < 0.6 * even[r0:r1].sum()


def _scan(sheet: HvSheet, seed: int = 1, **change: object) -> tuple[cap.Flatbed, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.rotation, plan.skew, plan.noise, plan.blur, plan.hole_shift = 0, 0.0, 1.0, 0.0, 0.0
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.mode == "RGB"
    return plan, np.asarray(img, dtype=np.float32)


def _px(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def test_every_leaf_shows_its_two_binding_holes_in_the_left_margin() -> None:
    s = HvSheet(paper=PINK, ply="pink")
    s.lines.append("x")
    for dpi in (200, 300):
        _, a = _scan(s, dpi=dpi)
        h = _px(297, dpi)
        x = _px(cap.HOLE_X, dpi)
        paper_g = np.median(a[h // 2 - 50: h // 2 + 50, _px(60, dpi): _px(120, dpi), 1])
        for yc in (h / 2 - _px(40, dpi), h / 2 + _px(40, dpi)):
            y = round(yc)
            centre = a[y - 3: y + 4, x - 3: x + 4, 1].mean()
            assert centre > paper_g + 12, "the lid's white through the hole in the pink ply"
            r = _px(cap.HOLE_D / 2, dpi)
            ring = a[y - r - 3: y + r + 4, x - r - 3: x + r + 4].mean(axis=2)
            assert ring.min() < paper_g - 40, "a shadow on the hole's rim"
        between = a[h // 2 - 20: h // 2 + 20, x - 6: x + 6, 1].mean()
        assert abs(between - paper_g) < 8, "no hole between them"


def test_a_stapled_first_leaf_keeps_its_staple_and_later_leaves_the_pricks() -> None:
    corner = slice(0, _px(26, 200))
    plain = HvSheet()
    plain.lines.append("x")
    _, a = _scan(plain, dpi=200)
    assert a[corner, corner].mean(axis=2).min() > 200
    stapled = HvSheet(stapled=True)
    stapled.lines.append("x")
    _, b = _scan(stapled, dpi=200)
    grey = b[corner, corner].mean(axis=2)
    assert grey.min() < 130 and (grey < 170).sum() > 300, "the steel bar and its shadow"
    later = HvSheet()
    later.lines.append("x")
    later.page_of = (2, 3)
    _, c2 = _scan(later, dpi=200)
    g2 = c2[corner, corner].mean(axis=2)
    assert g2.min() < 200 and 0 < (g2 < 170).sum() < 150, "two small pricks, no bar"


def test_fanfold_stationery_shows_its_sprocket_holes_every_half_inch() -> None:
    s = HvSheet(size=(mm(216), mm(279)), tractor=True)
    s.lines.append("x")
    dpi = 200
    _, a = _scan(s, dpi=dpi)
    g = a.mean(axis=2)
    x = _px(6.35, dpi)
    col = g[: _px(270, dpi), x - 2: x + 3].mean(axis=1)
    spectrum = np.abs(np.fft.rfft(col - col.mean()))
    freq = np.fft.rfftfreq(len(col))
    period = 1 / freq[np.argmax(spectrum[3:]) + 3]
    assert abs(period - _px(12.7, dpi)) < 3, period
    torn = HvSheet(size=(mm(190), mm(279)), torn=True)
    torn.lines.append("x")
    _, t = _scan(torn, dpi=dpi)
    tg = t.mean(axis=2)
    edge = tg[_px(100, dpi): _px(200, dpi), 0]
    assert edge.std() > 3, "the torn perforation's nubs along the edge"


def test_a_slip_is_pasted_on_a_backing_leaf_which_carries_the_holes() -> None:
    slip = HvSheet(size=(mm(200), mm(110)), paper=PINK, ply="pink")
    slip.lines.append("x")
    _, a = _scan(slip, dpi=200, slip_at=(8.0, 20.0))
    assert a.shape[0] >= _px(296, 200) and a.shape[1] >= _px(209, 200), "scanned as a whole leaf"
    inside = a[_px(40, 200): _px(100, 200), _px(40, 200): _px(150, 200)]
    assert inside[..., 0].mean() - inside[..., 2].mean() > 20, "the pink slip near the top"
    below = a[_px(180, 200): _px(250, 200), _px(40, 200): _px(150, 200)]
    assert abs(below[..., 0].mean() - below[..., 2].mean()) < 8, "the white backing leaf under it"


def test_the_capture_plans_stay_within_the_flatbeds_range() -> None:
    s = HvSheet()
    s.lines.append("x")
    plans = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert {p.dpi for p in plans} == {200, 240, 300}
    turned = sum(p.rotation != 0 for p in plans)
    assert 2 <= turned <= 30
    assert all(abs(p.skew) <= 1.0 and not p.photo and 228 <= p.lid <= 242 for p in plans)
