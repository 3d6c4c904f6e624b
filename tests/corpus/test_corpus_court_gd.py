"""court_gd (云南省普洱市思茅区人民法院): three dossiers of 思茅. A coffee growers' cooperative enforces an award of
普洱仲裁委员会 against a hulling plant — its account frozen and drawn, 执行完毕, archived (cover and catalogue first,
the 仲裁委's 生效证明书 behind the award). A 澜沧江 logistics company enforces this court's judgment for freight against a
stopped 思茅松 plywood factory: nothing found, 限制消费 and 失信, the applicant heard, 终本 — without the 调查笔录 of the
timber yard. A tea 初制所's owner, whose case against the 茶马古道 scenic area's company ended 终本 in 2023, finds its
ticket account and applies to resume: 恢复执行申请书, the earlier 终本 ruling, 恢复执行裁定书 and 通知书, paid.
Every page went through a phone scanning app (纸鸢扫描): wavy flattened edges, smeared strokes, sharpening halos, a
posterised white-paper filter or its B&W mode, and its watermark in a bottom corner."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gd_capture as cap
from dossier.corpus.families.court_gd import made_on, render
from dossier.corpus.families.court_gd_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gd_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_gd")]
    assert len(seqs) == 3 and all(25000 <= s <= 25999 for s in seqs)
    assert not set(seqs) & {25117, 25342, 25608}, "court_bd's cases"
    assert all(p.name.startswith(f"court_gd_0{i}_") for i, p in enumerate(family_plans("court_gd"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gd_01", "court_gd_02", "court_gd_03"):
        c = case_of(prefix)
        assert "云0802执" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_gd_01").applicant
    assert coop.id_number.startswith("93") and "合作社" in coop.name, "a farmers' cooperative's code"
    resumed = case_of("court_gd_03")
    assert "云0802执恢" in resumed.number and re.fullmatch(r"（2023）云0802执\d+号", resumed.previous_number)


def test_one_dossier_is_a_resumption_after_an_earlier_terminated_round() -> None:
    plan = next(p for p in family_plans("court_gd") if p.category == "resumption")
    codes = [d.code for d in plan.docs]
    for need in ("resumption_application", "termination_this_round_ruling", "resumption_ruling", "resumption_notice"):
        assert need in codes, need
    c = case_of("court_gd_03")
    old = made_on(c, "termination_this_round_ruling")
    assert old < made_on(c, "resumption_application") < c.filed_on <= made_on(c, "resumption_ruling")
    application = text_of(render("resumption_application", c, random.Random(0), []))
    assert "恢复执行申请书" in application and c.extra["r_acct"] in application and c.previous_number in application
    assert "原承办人意见" in application and c.officer in application, "the original undertaker approves it"
    earlier = render("termination_this_round_ruling", c, random.Random(0), [])
    assert c.previous_number in text_of(earlier) and "终结本次执行程序。" in text_of(earlier)
    ruling = text_of(render("resumption_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and f"恢复本院{c.basis_number}" in ruling
    assert c.officer in ruling and c.number in ruling
    notice = text_of(render("resumption_notice", c, random.Random(0), []))
    assert "恢复执行通知书" in notice and c.previous_number in notice


def test_each_story_is_drawn_in_its_makers_words() -> None:
    coffee, timber, caravan = case_of("court_gd_01"), case_of("court_gd_02"), case_of("court_gd_03")
    award = text_of(render("enforcement_basis", coffee, random.Random(0), []))
    assert "普洱仲裁委员会" in award and "咖啡生豆" in award and "裁决如下" in award
    assert "生效" in text_of(render("effectiveness_certificate", coffee, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", timber, random.Random(0), []))
    assert "民事判决书" in judgment and "云0802民初" in judgment and "思茅松" in judgment and "判决如下" in judgment
    ttr = text_of(render("termination_this_round_ruling", timber, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and timber.number in ttr
    drawn = text_of(render("enforcement_ruling", coffee, random.Random(0), []))
    assert "执行裁定书" in drawn and coffee.extra["r_acct"] in drawn
    tea = text_of(render("enforcement_basis", caravan, random.Random(0), []))
    assert caravan.extra["workshop"] in tea and "茶马古道" in tea
    assert "茶叶款" in text_of(render("settlement_agreement", caravan, random.Random(0), []))


def test_the_defective_dossier_lacks_only_the_timber_yard_record() -> None:
    plan = next(p for p in family_plans("court_gd") if not p.complete)
    assert MISSING == "investigation_record" and MISSING not in [d.code for d in plan.docs]
    assert plan.method == "terminated_this_round"
    archived = next(p for p in family_plans("court_gd") if p.stage == "archive")
    assert archived.complete and archived.basis_kind == "arbitration"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gd_01", "court_gd_02", "court_gd_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gd") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _strip() -> Sheet:
    s = Sheet(size=(mm(150), mm(110)))  # a strip of a page is enough to measure, and quick
    s.lines.append("x")
    return s


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.AppScan, np.ndarray, Image.Image]:
    plan = replace(cap.plan_capture(random.Random(seed), sheet), **change)  # type: ignore[arg-type]
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32), img


def test_the_apps_plans_stay_in_its_ranges() -> None:
    s = _strip()
    ps = [cap.plan_capture(random.Random(k), s) for k in range(120)]
    assert all(150 <= p.dpi <= 220 and 60 <= p.quality <= 85 and p.photo for p in ps)
    assert {p.mode for p in ps} == {"enhance", "bw"}
    turned = [p for p in ps if p.rotation]
    assert 0 < len(turned) < 25 and {p.rotation for p in turned} <= {90, 180, 270}


def test_enhance_forces_the_paper_white_drops_light_grey_and_posterises() -> None:
    s = _strip()
    s.image.paste((214, 214, 210), (mm(10), mm(10), mm(70), mm(60)))  # a card copy's pale ground
    s.image.paste((200, 40, 40), (mm(90), mm(10), mm(130), mm(50)))  # a seal's red
    plan, a, img = _shot(s, 4, mode="enhance", rotation=0, dpi=200)
    assert img.mode == "RGB" and img.width == round(s.width * plan.dpi / 200)
    k = plan.dpi / 25.4
    card = a[int(25 * k):int(45 * k), int(25 * k):int(55 * k)]
    assert card.mean() > 245, "the light grey is dropped to paper white"
    red = a[int(20 * k):int(40 * k), int(100 * k):int(120 * k)].mean(axis=(0, 1))
    assert red[0] > 150 and red[1] < 90, "colour is kept, saturated"
    paper = a[int(70 * k):int(90 * k), int(20 * k):int(60 * k)]
    assert paper.mean() > 248


def test_sharpening_leaves_bright_halos_beside_strokes_on_a_tinted_ground() -> None:
    s = _strip()
    s.image.paste((120, 120, 120), (mm(10), mm(20), mm(140), mm(90)))
    s.image.paste((10, 10, 10), (mm(70), mm(30), mm(72), mm(80)))  # a stroke on the grey
    plan, a, _ = _shot(s, 6, mode="enhance", rotation=0, dpi=200, levels=8, noise=1.0)
    g = a.mean(axis=2)
    k = plan.dpi / 25.4
    rows = slice(int(45 * k), int(65 * k))
    ground = g[rows, int(30 * k):int(50 * k)].mean()
    beside = g[rows, int(72.0 * k):int(73.0 * k)].max(axis=1).mean()
    assert beside > ground + 25, (beside, ground)


def test_bw_mode_is_black_and_white() -> None:
    s = _strip()
    s.image.paste((30, 30, 30), (mm(20), mm(20), mm(60), mm(40)))
    _, a, img = _shot(s, 8, mode="bw", rotation=0)
    assert img.mode == "L"
    g = a[..., 0]
    assert ((g < 60) | (g > 195)).mean() > 0.97


def test_the_flattening_bends_a_straight_rule_near_the_edge() -> None:
    s = _strip()
    s.line(mm(4), mm(5), mm(4), mm(105), width=3)  # a vertical rule near the left edge
    _plan, a, _ = _shot(s, 11, mode="bw", rotation=0, dpi=200, wave=(6.0, 0.3, 0.0), stretch=("bottom", 0.93))
    g = a[..., 0]
    xs = [int(np.argmin(g[y, : mm(15)])) for y in range(mm(12), mm(90), mm(4))]
    assert max(xs) - min(xs) >= 4, xs


def test_the_apps_watermark_sits_in_a_bottom_corner() -> None:
    s = _strip()
    for corner in ("right", "left"):
        _plan, a, _ = _shot(s, 2, mode="enhance", rotation=0, corner=corner)
        g = a.mean(axis=2)
        h, w = g.shape
        band = g[int(h * 0.9):, :]
        dark_cols = np.where(band.min(axis=0) < 215)[0]
        assert len(dark_cols), "the mark is there"
        if corner == "right":
            assert dark_cols.min() > w * 0.45
        else:
            assert dark_cols.max() < w * 0.55
        assert g[: int(h * 0.8)].min() > 230, "nothing else on the blank strip"
