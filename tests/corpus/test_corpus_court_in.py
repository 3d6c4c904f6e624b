"""court_in (山东省青岛市黄岛区人民法院): three dossiers of the 黄岛 port side. A container-haulage company enforces this
court's judgment for 拖车运费 against a shipping agency — account frozen and deducted, 执行完毕, archived. A dock worker
enforces a 黄岛区劳动人事争议仲裁委员会 award against a stevedoring subcontractor, which pays after a 限制消费令. A
fishing-gear supplier enforces 青岛中院's appeal judgment (with this court's first instance) against a fishery
cooperative with nothing — 终本, without the 失信 decision. The bureau prints on a 24-pin impact printer (pin dots, pale
ribbon bands) on tractor-feed paper (sprocket holes, strips torn off or not), files carbon copies (soft blue-violet),
and scans grey at 200 dpi on a sheet-fed scanner, a few sheets upside down."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_in_capture as cap
from dossier.corpus.families import court_in_kit as kit
from dossier.corpus.families.court_in import made_on, render
from dossier.corpus.families.court_in_papers import ARB, MID
from dossier.corpus.families.court_in_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_in_seqs_lie_in_its_range_and_the_defect_is_the_dishonest_decision() -> None:
    ours = family_plans("court_in")
    assert [p.seq for p in ours] == sorted(p.seq for p in ours) and all(11900 <= p.seq <= 11999 for p in ours)
    assert all(p.name.startswith(f"court_in_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "dishonest_list_decision"
    gear = ours[2]
    assert MISSING not in [d.code for d in gear.docs]
    assert all(MISSING not in d.served for d in gear.docs), "no receipt names the paper that is not there"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_in_01", "court_in_02", "court_in_03"):
        c = case_of(prefix)
        assert "鲁0211执119" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_in_03").respondent.id_number.startswith("93"), "a farmers' cooperative's code"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    haul, dock, gear = case_of("court_in_01"), case_of("court_in_02"), case_of("court_in_03")
    judgment = text_of(render("enforcement_basis", haul, random.Random(0), []))
    assert "民事判决书" in judgment and "鲁0211民初" in judgment and "运费" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", haul, random.Random(0), []))
    award = render("enforcement_basis", dock, random.Random(0), [])
    assert ARB in text_of(award) and "青黄劳人仲案字〔2023〕" in text_of(award) and "装卸" in text_of(award)
    assert "裁决如下" in text_of(award)
    both = render("enforcement_basis", gear, random.Random(0), [])
    starts = [i for i, s in enumerate(both) if s.starts_document]
    assert len(starts) == 1, "the appeal judgment, then this court's first instance as a document of its own"
    appeal, first = text_of(both[:starts[0]]), text_of(both[starts[0]:])
    assert MID in appeal and "鲁02民终" in appeal and "驳回上诉，维持原判" in appeal
    assert "鲁0211民初" in first and str(gear.extra["first"]) in appeal
    ttr = text_of(render("termination_this_round_ruling", gear, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", haul, random.Random(0), []))
    assert "执行裁定书" in ruling and str(haul.extra["r_acct"]) in ruling and "裁定如下" in ruling
    assert "限制消费令" in text_of(render("consumption_restriction_order", dock, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served_and_the_money_after_the_measure() -> None:
    for prefix in ("court_in_01", "court_in_02", "court_in_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_in") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = [line for s in render("service_receipt", c, random.Random(3), d.served) for line in s.lines]
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    dock = case_of("court_in_02")
    assert made_on(dock, "consumption_restriction_order") < dock.extra["pay_day"] < made_on(dock, "payment_voucher")
    assert made_on(dock, "payment_voucher") < made_on(dock, "closing_notice") < dock.closed_on


def _grey(sheet: Sheet, seed: int, **change: object) -> tuple[cap.SheetScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == 200
    return plan, np.asarray(img, dtype=np.float32)


def _printed_rule(strips: str = "on") -> kit.InSheet:
    page = kit.stock(random.Random(5), "cont", strips)
    layer = kit.layer_like(page)
    layer.draw.rectangle((page.ox + mm(30), mm(60), page.ox + mm(180), mm(62)), fill=(0, 0, 0))
    layer.draw.rectangle((page.ox + mm(30), mm(20), page.ox + mm(180), page.height - mm(20)), outline=(0, 0, 0), width=3)
    layer.lines.append("x")
    kit.impact(page, layer, random.Random(6))
    return page


def _period(profile: np.ndarray) -> float:
    p = profile - profile.mean()
    spec = np.abs(np.fft.rfft(p))
    spec[:5] = 0
    return len(p) / float(np.argmax(spec))


def test_the_impact_printer_lays_strokes_as_pin_dots_that_survive_the_scan() -> None:
    page = _printed_rule()
    a = np.asarray(page.image.convert("L"), dtype=np.float32)
    row = a[mm(60) + 1, int(page.ox + mm(40)): int(page.ox + mm(170))]
    assert abs(_period(row) - kit.PITCH) < 0.2, "a printed rule is a chain of dots on the pin grid"
    assert row.max() - row.min() > 40, "light gaps between the dots"
    plan, g = _grey(page, 1, skew=0.0, rotation=0, quality=92, noise=1.0, soften=0.4)
    top = round(mm(plan.drop))
    x0 = (g.shape[1] - page.width) // 2
    band = g[top + mm(60) - 2: top + mm(62) + 3, x0 + int(page.ox + mm(40)): x0 + int(page.ox + mm(170))]
    scanned = band[np.argmin(band.mean(axis=1))]
    assert abs(_period(scanned) - kit.PITCH) < 0.3, "the dot structure is still there at 200 dpi"


def test_worn_ribbon_stretches_print_paler_bands() -> None:
    page = kit.stock(random.Random(8), "a4")
    layer = kit.layer_like(page)
    layer.draw.rectangle((mm(30), 0, mm(60), page.height), fill=(0, 0, 0))
    layer.lines.append("x")
    kit.impact(page, layer, random.Random(9))
    assert page.pressed and page.bands
    a = np.asarray(page.image.convert("L"), dtype=np.float32)[:, mm(32): mm(58)].mean(axis=1)
    inside_any = np.zeros(len(a), bool)
    for y0, y1, _fade in page.bands:
        inside_any[int(y0):int(y1)] = True
    clear = a[~inside_any].mean()
    for y0, y1, fade in page.bands:
        mid = a[int((y0 + y1) / 2) - 3: int((y0 + y1) / 2) + 3].mean()
        assert mid > clear + 20 * fade, "paler where the ribbon is worn"
    assert clear > 45, "an old ribbon: grey, not black"


def test_sprocket_holes_and_torn_strips_show_the_scanners_backing() -> None:
    on = _printed_rule("on")
    assert {round(h[0]) for h in on.holes} == {round(kit.STRIP / 2), round(on.width - kit.STRIP / 2)}
    plan, g = _grey(on, 2, skew=0.0, rotation=0)
    top, x0 = round(mm(plan.drop)), (g.shape[1] - on.width) // 2
    for cx, cy, _r in on.holes[:5]:
        assert g[top + int(cy), x0 + int(cx)] < cap.BACKING + 30
        assert g[top + int(cy), x0 + int(cx) + mm(4)] > 200, "paper right beside the hole"
    off = kit.stock(random.Random(3), "cont", "off")
    assert not off.holes
    _, g = _grey(off, 2, skew=0.0, rotation=0)
    assert g[top + mm(100), x0 + mm(5)] < cap.BACKING + 30, "the strip is gone"
    torn = [kit.stock(random.Random(s), "cont", "torn") for s in range(6)]
    assert all(0 < len(t.holes) < 12 for t in torn), "a wedge of strip with a few of its holes stays on"
    assert all(len({round(h[0]) for h in t.holes}) == 1 for t in torn), "on one side only"


def test_carbon_copies_carry_soft_blue_violet_fills_with_smudges() -> None:
    haul = case_of("court_in_01")
    for code in ("fee_receipt", "payment_voucher", "payment_account_confirmation"):
        sheet = render(code, haul, random.Random(4), [])[0]
        assert getattr(sheet, "carbon", False), code
        rgb = np.asarray(sheet.image, dtype=np.int16)
        r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
        lum = 0.299 * r + 0.587 * g + 0.114 * b
        violet = (b - g > 35) & (r - g > 5) & (lum < 200)
        assert violet.sum() > 800, code
        assert np.percentile(lum[violet], 5) > 75, "the copy's lines are soft: never as dark as the ribbon's"
        faint = (b - g > 6) & (lum > 205) & (lum < 245)
        assert faint.sum() > 3 * violet.sum() / 10, "smudges and the blurred rims round the strokes"


def test_the_scanner_plan_is_grey_200dpi_slightly_skewed_a_few_sheets_upside_down() -> None:
    sheet = Sheet(size=(mm(100), mm(100)))
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(300)]
    assert {p.dpi for p in plans} == {200} and not any(p.photo for p in plans)
    assert {p.rotation for p in plans} == {0, 180} and 5 <= sum(p.rotation == 180 for p in plans) <= 45
    assert all(0.05 < abs(p.skew) <= 1.2 for p in plans)
    sheet = Sheet()
    sheet.image.paste((0, 0, 0), (0, 0, mm(60), mm(60)))
    _, up = _grey(sheet, 7, rotation=0, skew=0.0)
    _, down = _grey(sheet, 7, rotation=180, skew=0.0)
    h, w = up.shape
    assert up[: h // 2, : w // 2].mean() < up[h // 2:, w // 2:].mean() - 20
    assert down[h // 2:, w // 2:].mean() < down[: h // 2, : w // 2].mean() - 20, "fed head first: upside down"
