"""court_do (河北省唐山市路北区人民法院): three dossiers of 唐山's city centre. A steel trader enforces 唐山中院's appeal
judgment (「驳回上诉，维持原判」) for 热轧卷板 against a 丰润 彩钢 works: the account deducted, the rest paid under a
settlement, 执行完毕 and archived (cover and catalogue first, 路北's own 生效证明书 right behind the judgment). A lorry
driver enforces a 劳动人事争议仲裁 award for unpaid wages against a logistics company with nothing left: 限制消费, 失信,
the applicant heard, 终本. A ceramics works enforces 路北's own judgment for 卫生陶瓷 against a 建材城 dealer who settles
and pays — closed without the 结案通知书. The court's own papers were photographed off the monitor, the received ones
on the desk."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.families import court_do_capture as cap
from dossier.corpus.families.court_do import made_on, render
from dossier.corpus.families.court_do_kit import DoSheet
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_do_seqs_lie_in_its_range_and_numbers_carry_the_court_code() -> None:
    ps = family_plans("court_do")
    assert len(ps) == 3 and all(7100 <= p.seq <= 7999 for p in ps)
    assert all(p.name.startswith(f"court_do_0{i}_") for i, p in enumerate(ps, 1))
    for prefix in ("court_do_01", "court_do_02", "court_do_03"):
        c = case_of(prefix)
        assert "冀0203执7" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    steel, wage, tile = case_of("court_do_01"), case_of("court_do_02"), case_of("court_do_03")
    basis = text_of(render("enforcement_basis", steel, random.Random(0), []))
    assert "河北省唐山市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "热轧卷板" in basis
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "裁决如下" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    own = text_of(render("enforcement_basis", tile, random.Random(0), []))
    assert "卫生陶瓷" in own and tile.court.name in own
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ruling and wage.extra["plate"] in ruling and "查封" in ruling
    assert "扣划" in text_of(render("enforcement_ruling", steel, random.Random(0), []))


def test_the_court_papers_go_to_the_screen_and_received_papers_to_the_desk() -> None:
    c = case_of("court_do_02")
    own = render("enforcement_notice", c, random.Random(0), [])
    got = render("enforcement_application", c, random.Random(0), [])
    assert all(isinstance(s, DoSheet) and s.origin == "screen" for s in own)
    assert all(isinstance(s, DoSheet) and s.origin == "desk" for s in got)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_do_01", "court_do_02", "court_do_03"):
        c = case_of(prefix)
        p = next(p for p in family_plans("court_do") if p.name.startswith(prefix))
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            text = text_of(render("service_receipt", c, random.Random(3), d.served))
            got = [date(int(y), int(m), int(dd)) for y, m, dd in re.findall(r"签收日期(\d{4})年(\d{1,2})月(\d{1,2})日", text)]
            assert len(got) == 1, text
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_a_screen_shot_has_a_dark_bezel_a_grey_panel_white_and_a_moire_grid() -> None:
    sheet = DoSheet(origin="screen")
    sheet.text(200, 200, "执行通知书", font("hei", 60))
    plan = cap.plan_capture(random.Random(1), sheet)
    assert plan.screen and plan.photo and plan.rotation == 0 and 1500 <= plan.page_long <= 2600
    plan.glare, plan.page_long, plan.dpi = (0.5, 0.5, 0.2, 0.0), 1500, 128
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(1))))
    assert img.info["dpi"][0] == plan.dpi
    a = np.asarray(img.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    g = a.mean(axis=2)
    assert g[:20, :20].mean() < 40 and g[-20:, -20:].mean() < 40, "the monitor's bezel in the corners"
    mid = g[h // 2 - 100: h // 2 + 100, w // 2 - 100: w // 2 + 100]
    assert 150 < mid.mean() < 235, "a lit panel, not paper white"
    spectrum = np.abs(np.fft.rfft(mid.mean(axis=0) - mid.mean()))
    assert spectrum[40:].max() > 3 * np.median(spectrum[40:]), "the screen grid's beat shows as a strong high frequency"
    assert a[h // 2, w // 2, 2] > a[h // 2, w // 2, 0], "the panel's white is a little blue"


def test_a_desk_shot_shows_the_desk_and_sometimes_the_phone_shadow_and_a_turn() -> None:
    sheet = DoSheet(origin="desk")
    sheet.lines.append("x")
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(80)]
    assert all(not p.screen and p.photo for p in plans)
    assert 0 < sum(p.rotation in (90, 270) for p in plans) < 30
    assert 0 < sum(p.shadow[3] > 0 for p in plans) < 50
    plan = next(p for p in plans if p.shadow[3] > 0 and p.rotation == 0)
    seed = plans.index(plan)
    plan.page_long, plan.dpi = 1500, 128
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    a = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = a.shape
    assert max(h, w) / plan.page_long < 1.25
    assert a[h // 2, 5] < 215, "the desk at the edge"
    page = a[int(h * 0.1): int(h * 0.9), int(w * 0.12): int(w * 0.88)]
    assert np.percentile(page, 95) - np.percentile(page, 5) > 40, "uneven light and the phone's shadow across the page"
