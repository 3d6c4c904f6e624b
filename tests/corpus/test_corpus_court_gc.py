"""court_gc (甘肃省定西市安定区人民法院): three dossiers of 定西. A 马铃薯淀粉 company enforces this court's judgment for
精淀粉 against a 粉条 factory — its account at the old rural credit cooperative frozen, a settlement written on the
factory's 信笺, paid, archived (cover and catalogue first, the 生效证明书 behind the judgment). The 刑事审判庭 transfers
the property part of a seed-potato fraud judgment (罚金, 责令退赔, 追缴) with its 移送执行表 and 说明 and the convict's
handwritten 财产状况说明 from the 看守所. A dry-land farming cooperative's mediated claim for 黄芪 and 党参 against a closed
herb trader ends in 终本, without the 收取案款确认书. The records are handwritten on printed 笔录纸; the night shift
photographed the pages under a tungsten lamp with the flash on (warm cast, hot spot, grain, keystone, shake)."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gc_capture as cap
from dossier.corpus.families.court_gc import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gc_seqs_lie_in_its_range_and_are_named_in_order() -> None:
    seqs = [p.seq for p in family_plans("court_gc")]
    assert len(seqs) == 3 and all(8000 <= s <= 8999 for s in seqs)
    assert all(p.name.startswith(f"court_gc_0{i}_") for i, p in enumerate(family_plans("court_gc"), 1))
    kinds = {(p.category, p.method, p.stage) for p in family_plans("court_gc")}
    assert ("transfer", "fully_performed", "closing") in kinds
    assert ("enforcement", "terminated_this_round", "closing") in kinds
    assert ("enforcement", "fully_performed", "archive") in kinds


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gc_01", "court_gc_02", "court_gc_03"):
        c = case_of(prefix)
        assert "甘1102执8" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    starch, fraud, herb = case_of("court_gc_01"), case_of("court_gc_02"), case_of("court_gc_03")
    judgment = text_of(render("enforcement_basis", starch, random.Random(0), []))
    assert "民事判决书" in judgment and "甘1102民初" in judgment and "马铃薯精淀粉" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", starch, random.Random(0), []))
    assert starch.extra["r_acct"] in text_of(render("enforcement_ruling", starch, random.Random(0), []))
    assert "执行和解协议" in text_of(render("settlement_agreement", starch, random.Random(0), []))
    crime = text_of(render("enforcement_basis", fraud, random.Random(0), []))
    assert "刑事判决书" in crime and "甘1102刑初" in crime and "罚金" in crime and "退赔" in crime and "追缴" in crime
    transfer = text_of(render("transfer_statement", fraud, random.Random(0), []))
    assert "移送执行表" in transfer and "移送执行说明" in transfer and "刑事审判庭" in transfer
    for name, _ in fraud.extra["victims"]:
        assert name in transfer
    status = text_of(render("property_status_statement", fraud, random.Random(0), []))
    assert "财产状况说明" in status and "定西市看守所" in status and fraud.respondent.name in status
    mediation = text_of(render("enforcement_basis", herb, random.Random(0), []))
    assert "民事调解书" in mediation and "黄芪" in mediation and "党参" in mediation
    ttr = text_of(render("termination_this_round_ruling", herb, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    application = text_of(render("enforcement_application", herb, random.Random(0), []))
    assert herb.applicant.name in application and "申请执行书" in application


def test_records_are_handwritten_on_printed_record_paper() -> None:
    herb = case_of("court_gc_03")
    for code, title in (("interview_record", "谈话笔录"), ("investigation_record", "调查笔录")):
        sheets = render(code, herb, random.Random(2), [])
        assert title in sheets[0].lines[1]
        assert any(line.startswith("问：") for s in sheets for line in s.lines)
        page = np.asarray(sheets[0].image, dtype=np.int16)
        rust = (page[..., 0] - page[..., 2] > 60) & (page[..., 1] < 170)
        assert rust.mean() > 0.002, "the printed head and rules in rust-red ink"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gc_01", "court_gc_02", "court_gc_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gc") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _page() -> Sheet:
    s = Sheet(size=(mm(150), mm(200)))
    s.lines.append("x")
    for y in range(mm(20), mm(180), mm(10)):
        s.text(mm(15), y, "执行通知书执行通知书执行通知书", _font())
    return s


def _font():  # type: ignore[no-untyped-def]
    from dossier.corpus.fonts import font
    return font("serif", 40)


def _shoot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.NightShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan = cap.NightShot(**{**plan.__dict__, **change})
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_night_shots_are_warm_with_a_flash_hot_spot_and_grainy_corners() -> None:
    _plan, a = _shoot(_page(), 1, rotation=0, flatbed=False, photo=True, warmth=0.9, shake=0.0, hot=(0.5, 0.5),
                      hot_strength=0.55, hot_radius=0.2, falloff=0.45, iso_noise=9.0)
    h, w = a.shape[:2]
    r, g, b = a[..., 0].mean(), a[..., 1].mean(), a[..., 2].mean()
    assert r > g + 10 > b + 20, "an orange-yellow cast"
    grey = a.mean(axis=2)
    centre = grey[h // 2 - h // 16: h // 2 + h // 16, w // 2 - w // 16: w // 2 + w // 16]
    corner = grey[int(h * 0.08): int(h * 0.2), int(w * 0.08): int(w * 0.2)]
    assert np.percentile(centre, 90) > np.percentile(corner, 90) + 15, "the hot spot is brighter than the dim corner"
    assert centre.min() < np.percentile(centre, 90) - 40, "text inside the hot spot is faint but still there"
    assert np.std(corner - np.asarray(Image.fromarray(corner.astype(np.uint8)).resize(
        (corner.shape[1] // 4, corner.shape[0] // 4)).resize((corner.shape[1], corner.shape[0])))) > 3, "grain"


def test_the_capture_plans_mix_phone_shots_flatbed_prints_and_turned_pages() -> None:
    printed = _page()
    printed.bureau_print = True  # type: ignore[attr-defined]
    plans = [cap.plan_capture(random.Random(s), printed) for s in range(120)]
    assert 10 < sum(p.flatbed for p in plans) < 80
    photos = [p for p in plans if p.photo]
    assert all(55 <= p.quality <= 85 and 150 <= p.dpi <= 220 for p in photos)
    assert all(75 <= p.quality <= 90 and p.rotation == 0 and not p.photo for p in plans if p.flatbed)
    hand = [cap.plan_capture(random.Random(s), _page()) for s in range(200)]
    assert all(p.photo for p in hand), "a paper not printed by the bureau is always photographed"
    assert {90, 180} <= {p.rotation for p in hand} and sum(p.rotation != 0 for p in hand) < 50
    assert 20 < sum(p.shake > 0 for p in hand) < 120
    _turned, a = _shoot(_page(), 5, rotation=90, flatbed=False, photo=True)
    assert a.shape[1] > a.shape[0], "a sideways page comes out landscape"
