"""court_hq (黑龙江省大庆市萨尔图区人民法院): three dossiers of 大庆. A 供热 company enforces this court's judgment for
heating fees against a developer — the developer's rent claim on a supermarket frozen and paid in, 执行完毕, archived
(the civil division's 生效证明书 behind the judgment). An oil-field worker enforces this court's 民事调解书 for a rig
injury against a drilling-services firm: nothing found, 限消, 失信, a summons, an interview, 终本. A 加油站 company
enforces its judgment for diesel against a haulier whose tractor unit is seized; he settles and pays — without the
送达地址确认书. The volumes were filmed on 35 mm microfilm and scanned from the film; the papers added after filming
were flatbed scans."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from typing import Any

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hq_capture as cap
from dossier.corpus.families.court_hq import LATE, made_on, receipt_day, render
from dossier.corpus.families.court_hq_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_hq_seqs_lie_in_its_range_and_its_names_are_in_order() -> None:
    ours = family_plans("court_hq")
    assert [p.seq for p in ours] == [7517, 7543, 7568]
    assert all(p.name.startswith(f"court_hq_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "service_address_confirmation"
    assert not any(d.code == MISSING for d in ours[2].docs) and all(any(d.code == MISSING for d in p.docs) for p in ours[:2])


def test_the_parties_and_the_third_party_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_hq_01", "court_hq_02", "court_hq_03"):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）黑0602执75\d\d号", c.number), c.number
        assert c.basis_number.startswith("（2023）黑0602民初")
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    heat = case_of("court_hq_01")
    assert check_credit_code(heat.extra["debtor3_code"]) is None
    assert heat.extra["debt3"] >= heat.amount


def test_each_story_is_drawn_in_its_makers_words() -> None:
    heat, oil, fuel = case_of("court_hq_01"), case_of("court_hq_02"), case_of("court_hq_03")
    judgment = text_of(render("enforcement_basis", heat, random.Random(0), []))
    assert "民事判决书" in judgment and "采暖" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", heat, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", heat, random.Random(0), []))
    assert "执行裁定书" in ruling and "到期" in ruling and heat.extra["debtor3"] in ruling and "裁定如下" in ruling
    notice = render("assistance_notice", heat, random.Random(0), [])
    assert "协助执行通知书" in notice[0].lines[:3] and "协助执行回执" in text_of(notice)
    assert f"{heat.extra['debtor3']}：" in text_of(notice)
    mediation = text_of(render("enforcement_basis", oil, random.Random(0), []))
    assert "民事调解书" in mediation and "调解" in mediation and oil.extra["well"] in mediation
    ttr = text_of(render("termination_this_round_ruling", oil, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    assert "传" in text_of(render("summons", oil, random.Random(0), [])) and oil.respondent.legal_rep in \
        text_of(render("summons", oil, random.Random(0), []))
    assert fuel.extra["plate"] in text_of(render("enforcement_ruling", fuel, random.Random(0), []))
    assert fuel.extra["plate"] in text_of(render("settlement_agreement", fuel, random.Random(0), []))
    assert "加油站" in text_of(render("enforcement_basis", fuel, random.Random(0), []))


def test_dates_run_in_order_and_a_receipt_follows_what_it_served() -> None:
    for prefix in ("court_hq_01", "court_hq_02", "court_hq_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hq") if p.name.startswith(prefix))
        codes = {d.code for d in plan.docs}
        assert c.basis_effective < made_on(c, "enforcement_application") < made_on(c, "acceptance_notice")
        if "payment_voucher" in codes:
            assert made_on(c, "enforcement_ruling") < made_on(c, "payment_voucher") < made_on(c, "closing_notice")
        assert made_on(c, "closing_approval_form") <= c.closed_on
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert got == [receipt_day(c, d.served)], lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    heat = case_of("court_hq_01")
    assert made_on(heat, "file_review_form") > heat.closed_on and made_on(heat, "remarks_sheet") > heat.closed_on


def test_the_papers_added_after_filming_are_flatbed_scans_and_the_rest_film_frames() -> None:
    oil = case_of("court_hq_02")
    late = render("closing_approval_form", oil, random.Random(0), [])
    early = render("acceptance_notice", oil, random.Random(0), [])
    assert "closing_approval_form" in LATE["oil"]
    assert all(cap.plan_capture(random.Random(s), late[0]).source == "flatbed" for s in range(5))
    plans = [cap.plan_capture(random.Random(s), early[0]) for s in range(60)]
    assert {p.source for p in plans} == {"film"}
    assert all(150 <= p.dpi <= 200 for p in plans) and {p.rotation for p in plans} <= {0, 90, 270}
    assert 0 < sum(p.rotation in (90, 270) for p in plans) < 20
    receipt = render("service_receipt", oil, random.Random(0), ["termination_this_round_ruling"])
    assert cap.plan_capture(random.Random(1), receipt[0]).source == "flatbed"


def _shot(sheet: Sheet, seed: int = 1, **change: Any) -> tuple[cap.FilmScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("L" if plan.source == "film" else "RGB")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


QUIET: dict[str, Any] = {"scratches": [], "specks": [], "skew": 0.0, "rotation": 0, "keystone": 0.0, "barrel": 0.0, "neighbour": "",
         "grain": 2.0, "falloff": 0.0, "dpi": 200}


def _strip() -> Sheet:
    s = Sheet(size=(mm(120), mm(160)))
    s.lines.append("x")
    return s


def test_a_film_frame_has_a_grey_veil_a_dark_border_and_grain() -> None:
    s = _strip()
    s.image.paste((0, 0, 0), (mm(30), mm(60), mm(90), mm(90)))
    plan, a = _shot(s, **{**QUIET, "black": 70.0, "white": 200.0, "grain": 7.0})
    b = round(plan.border[0] / 25.4 * 200)
    page = a[b + mm(10): b + mm(40), mm(10): mm(100)]
    assert 185 < np.median(page) < 212, "the paper never prints white"
    ink = a[b + mm(66): b + mm(84), mm(40): mm(80)]
    assert 55 < np.median(ink) < 90, "the ink never prints black"
    assert a[: max(2, b // 2)].mean() < 50 and a[:, :3].mean() < 50, "the film's border round the frame"
    assert page.std() > 4, "grain"
    _, flat = _shot(s, 2, source="flatbed", dpi=300, skew=0.0)
    assert np.median(flat[mm(10) * 3 // 2: mm(40) * 3 // 2]) > 240, "a flatbed scan is white"


def test_scratches_and_dust_print_white_and_strokes_bloom() -> None:
    s = _strip()
    s.image.paste((0, 0, 0), (0, mm(60), s.width, mm(100)))
    s.image.paste((0, 0, 0), (mm(20), mm(120), mm(20) + 2, mm(150)))  # a hair-thin stroke
    _, a = _shot(s, **{**QUIET, "scratches": [(0.5, 2.0, 0.9, 0.0, 1.0)], "specks": [(0.25, 0.5, 3.0)]})
    h, w = a.shape
    x = int(0.5 * w)
    band = a[int(h * 0.42): int(h * 0.58)]
    cols = band.mean(axis=0)
    assert cols[x - 3: x + 5].max() > cols[x + 20] + 80, "a white scratch across the black"
    assert a[int(0.5 * h) - 2: int(0.5 * h) + 3, int(0.25 * w) - 2: int(0.25 * w) + 3].max() > 235, "a white speck"
    row = a[int(h * 0.85)]
    dark = np.where(row < 150)[0]
    assert len(dark) >= 4, "a 2 px stroke blooms to twice its width or more"


def test_the_readers_lens_draws_keystone_and_barrel_and_the_next_frame_shows() -> None:
    s = _strip()
    for x in (mm(10), mm(108)):
        s.image.paste((0, 0, 0), (x, 0, x + 4, s.height))
    _, a = _shot(s, **{**QUIET, "keystone": 0.03})

    def span(row: np.ndarray) -> int:
        dark = np.where(row < 140)[0]
        inner = dark[(dark > mm(8)) & (dark < len(row) - mm(8))]  # past the film border
        return int(inner.max() - inner.min())

    h = a.shape[0]
    top, bottom = span(a[int(h * 0.15)]), span(a[int(h * 0.85)])
    assert bottom - top > 8, (top, bottom)
    s2 = _strip()
    s2.image.paste((0, 0, 0), (mm(5), mm(12), s2.width - mm(5), mm(12) + 4))
    _, b = _shot(s2, **{**QUIET, "barrel": 0.04})
    w = b.shape[1]

    def rule_y(x: int) -> int:
        col = b[mm(8): b.shape[0] // 3, x]  # below the film border
        return mm(8) + int(np.argmin(col))

    assert rule_y(w // 2) < rule_y(int(w * 0.12)) - 2, "a straight rule bows outward at the top"
    _, c = _shot(_strip(), **{**QUIET, "neighbour": "bottom"})
    sliver = round(5.0 / 25.4 * 200)
    assert c[-sliver + 3: -3, c.shape[1] // 2 - 20: c.shape[1] // 2 + 20].mean() > 150, "the next frame's page below"
    gap = round(2.5 / 25.4 * 200)
    assert c[-sliver - gap + 1: -sliver - 1].mean() < 60, "the dark gap between the frames"
    _, r = _shot(_strip(), **{**QUIET, "rotation": 90})
    assert r.shape[1] > r.shape[0], "a frame filmed turned"
