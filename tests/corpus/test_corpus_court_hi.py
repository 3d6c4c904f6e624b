"""court_hi (湖北省襄阳市襄城区人民法院): three dossiers of 襄阳. Building workers enforce a wage award of the
襄城区劳动人事争议仲裁委员会 together against their labour subcontractor, filling the window's forms by hand (struck
words, red thumbprints over their names); the general contractor pays the withheld money in and each worker signs his
own receipt — 执行完毕. A farm-machinery dealer enforces a 卧龙人民法庭 mediation; the grower hand-fills his 财产申报表;
nothing to take, 终本, bound as an archive volume. A beef wholesaler's judgment against a 牛肉面 company, settled, paid
and withdrawn — 终结执行, without his 送达地址确认书. Hand-filled forms and slips were shot with the window's 高拍仪, the
typed papers went through the bureau's flatbed, landscape printouts turned on the glass."""

from __future__ import annotations

import io
import random
import re
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_hi_capture as cap
from dossier.corpus.families.court_hi import made_on, render
from dossier.corpus.families.court_hi_kit import DeskSheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_hi_seqs_lie_in_its_range_and_miss_every_other_dossier() -> None:
    ours = family_plans("court_hi")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(5700 <= s <= 5799 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_hi"}
    assert all(p.name.startswith(f"court_hi_0{i}_") for i, p in enumerate(ours, 1))


def test_every_party_and_every_worker_carries_a_valid_number_and_the_court_code() -> None:
    for prefix in ("court_hi_01", "court_hi_02", "court_hi_03"):
        c = case_of(prefix)
        assert "鄂0602执57" in c.number
        people = [c.applicant, c.respondent, *(w for w, _, _ in c.extra.get("workers", []))]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    wage = case_of("court_hi_01")
    assert 4 <= len(wage.extra["workers"]) <= 5 and wage.applicant is wage.extra["workers"][0][0]
    assert wage.amount == sum((a for _, _, a in wage.extra["workers"]), Decimal(0))


def test_each_story_is_drawn_in_its_makers_words() -> None:
    wage, loan, beef = case_of("court_hi_01"), case_of("court_hi_02"), case_of("court_hi_03")
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "裁决如下" in award and "襄城劳人仲案字〔2023〕" in award
    assert all(w.name in award for w, _, _ in wage.extra["workers"])
    assert "发生法律效力" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民事调解书" in mediation and "卧龙人民法庭" in mediation and "鄂0602民初" in mediation
    assert "收割机" in mediation
    judgment = text_of(render("enforcement_basis", beef, random.Random(0), []))
    assert "民事判决书" in judgment and "判决如下" in judgment and "牛肉" in judgment
    ttr = text_of(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr
    ended = text_of(render("termination_ruling", beef, random.Random(0), []))
    assert "执行裁定书" in ended and "撤回执行申请" in ended and "本次执行程序" not in ended
    assist = text_of(render("assistance_notice", wage, random.Random(0), []))
    assert wage.extra["main"] in assist and "工程款" in assist
    ground = render("evidence", beef, random.Random(0), [])
    assert "撤回执行申请书" in text_of(ground[:1]) and ground[1].starts_document


def test_the_workers_fill_the_windows_forms_by_hand_and_press_their_thumbs() -> None:
    wage = case_of("court_hi_01")
    names = [w.name for w, _, _ in wage.extra["workers"]]
    for code in ("enforcement_application", "property_clue_form", "service_address_confirmation",
                 "payment_account_confirmation"):
        sheets = render(code, wage, random.Random(2), [])
        assert len(sheets) == 1 and isinstance(sheets[0], DeskSheet), code
        a = np.asarray(sheets[0].image, dtype=np.int16)
        red = (a[..., 0] > 150) & (a[..., 1] < 120) & (a[..., 2] < 120)
        assert red.sum() > 2000, (code, "the red thumbprints")
        assert names[0] in text_of(sheets)
    application = text_of(render("enforcement_application", wage, random.Random(2), []))
    assert "限制高消费" in application and "失信被执行人名单" in application
    assert all(n in application for n in names)
    for code in ("enforcement_notice", "enforcement_basis", "power_of_attorney", "identity_proof"):
        assert not any(isinstance(s, DeskSheet) for s in render(code, wage, random.Random(2), [])), code
    declared = render("property_declaration_form", case_of("court_hi_02"), random.Random(2), [])
    assert isinstance(declared[0], DeskSheet) and "收割机" in text_of(declared)


def test_each_worker_signs_his_own_receipt_after_the_money_came_in() -> None:
    wage = case_of("court_hi_01")
    sheets = render("payment_voucher", wage, random.Random(4), [])
    workers = wage.extra["workers"]
    assert len(sheets) == 1 + len(workers)
    assert sheets[0].width > sheets[0].height, "the payout table is printed landscape"
    for (w, _, amount), slip in zip(workers, sheets[1:], strict=True):
        text = text_of([slip])
        assert slip.starts_document and isinstance(slip, DeskSheet) and slip.small
        assert w.name in text and f"{amount:,.2f}" in text
        days = [date(*map(int, m)) for line in slip.lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
        assert len(days) == 1 and days[0] > wage.extra["pay_day"]


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_hi_01", "court_hi_02", "court_hi_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hi") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on + timedelta(days=3)


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CapturePlan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_window_camera_shoots_hand_forms_and_slips_on_the_counter() -> None:
    form = DeskSheet()
    plans_ = [cap.plan_capture(random.Random(s), form) for s in range(60)]
    assert all(p.photo and p.device == "camera" and p.rotation == 0 and 180 <= p.dpi <= 230 for p in plans_)
    assert 5 < sum(p.thumb is not None for p in plans_) < 50 and any(p.edge is not None for p in plans_)
    assert all(p.thumb[0] in ("left", "right") and 7 <= p.thumb[2] <= 11 for p in plans_ if p.thumb), "on the margin"
    slips = [cap.plan_capture(random.Random(s), DeskSheet(size=(800, 440), small=True)) for s in range(30)]
    assert all(p.thumb[2] < 5 for p in slips if p.thumb), "a slip's margin is narrow: the thumb only at its edge"
    plan, a = _shot(form, 1, thumb=None, edge=("bottom", 0.05, 0.0), light=(0.0, 0.0, 0.2))
    h, w = a.shape[:2]
    assert (w, h) == (round(cap.FIELD_MM[0] / 25.4 * plan.dpi), round(cap.FIELD_MM[1] / 25.4 * plan.dpi))
    assert a[int(h * 0.45):int(h * 0.55), int(w * 0.45):int(w * 0.55)].mean() > 200, "the white sheet in the middle"
    assert a[-int(h * 0.02):, w // 3: 2 * w // 3].mean() < 90, "the dark floor beyond the counter's edge"
    slip = DeskSheet(size=(800, 440), small=True)
    _, b = _shot(slip, 2, thumb=None, edge=None, offset=(0.5, 0.5), skew=0.0, keystone=0.0, lean=0.0)
    hb = b.shape[0]
    assert b[int(hb * 0.05):int(hb * 0.15)].mean() < 200, "a small slip lies in a wide field of counter"
    _, t = _shot(form, 3, thumb=("left", 0.5, 9.0), edge=None, offset=(0.5, 0.5), skew=0.0, keystone=0.0, lean=0.0)
    skin = (t[..., 0] - t[..., 2] > 40) & (t[..., 0] > 120)
    assert skin.sum() > 2000, "a thumb over the sheet's margin"


def test_the_flatbed_takes_typed_pages_nearly_straight_and_landscape_ones_turned() -> None:
    page = Sheet()
    flat = [cap.plan_capture(random.Random(s), page) for s in range(40)]
    assert all(not p.photo and p.device == "flatbed" and p.rotation == 0 and 200 <= p.dpi <= 300 and abs(p.skew) < 1
               for p in flat)
    wide = Sheet(size=(page.height, page.width))
    turned = [cap.plan_capture(random.Random(s), wide) for s in range(20)]
    assert {p.rotation for p in turned} == {90, 270}
    wide.image.paste((0, 0, 0), (0, 0, 200, 200))  # a black corner at the top left of the printout
    _, a = _shot(wide, 5, rotation=90, skew=0.0, offset=(0.0, 0.0), dpi=200, blur=0.0, noise=0.5)
    h, w = a.shape[:2]
    assert h > w, "it comes out standing on its side"
    assert a[:h // 4, w // 2:].mean() < a[:h // 4, : w // 2].mean() - 5, "turned clockwise: its top left is now top right"
