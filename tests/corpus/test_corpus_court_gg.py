"""court_gg (四川省达州市通川区人民法院): three dossiers of 达州. An equipment-rental company enforces this court's
民事调解书 for pipeline welders and a test pump against a 普光 gas-field contractor — settled and paid, archived (cover
and catalogue first, the 生效证明书 behind the 调解书). Nine migrant construction workers, through their elected
representative (推选书) and a legal-aid lawyer, enforce a group wage award of the 通川区劳动人事争议仲裁委员会 against
the labour subcontractor and the general contractor — the workers' ID copies, the 人社局 劳动保障监察 letter, the wage
account frozen and the wages paid out man by man. A 灯影牛肉 maker enforces its judgment against a closed trading
company — 终本, without the record of hearing the applicant. Whatever was made on the road came off a portable
thermal A4 printer: grey dots, banding, edges fading, each printer's dead element, curled and torn sheets."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import RED, Sheet, mm
from dossier.corpus.families import court_gg_capture as cap
from dossier.corpus.families.court_gg import made_on, render
from dossier.corpus.families.court_gg_kit import road, route_of
from dossier.corpus.families.court_gg_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

OTHERS_IN_RANGE = {45060, 45098, 45116, 45117, 45362, 45388, 45608, 45702, 45999}


def test_court_gg_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_gg")]
    assert len(seqs) == 3 and all(45000 <= s <= 45999 for s in seqs)
    assert not set(seqs) & OTHERS_IN_RANGE, "other families' cases"
    assert all(p.name.startswith(f"court_gg_0{i}_") for i, p in enumerate(family_plans("court_gg"), 1))
    defective = [p for p in family_plans("court_gg") if not p.complete]
    assert len(defective) == 1 and all(d.code != MISSING for d in defective[0].docs)


def test_the_parties_and_every_worker_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gg_01", "court_gg_02", "court_gg_03"):
        c = case_of(prefix)
        assert "川1702执45" in c.number
        people = [c.applicant, c.respondent, *c.extra.get("workers", []), *([c.extra["gc"]] if "gc" in c.extra else [])]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    wage = case_of("court_gg_02")
    workers = wage.extra["workers"]
    assert len(workers) == 9 and len({w.name for w in workers}) == 9 and workers[0] is wage.applicant
    assert wage.amount == sum(wage.extra["wages"])
    assert all(w.id_number.startswith("5117") for w in workers), "达州 counties"


def test_the_wage_award_is_enforced_against_subcontractor_and_general_contractor() -> None:
    c = case_of("court_gg_02")
    gc = c.extra["gc"]
    award = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "通劳人仲裁字〔2023〕" in award and "裁决如下" in award
    assert "先行清偿" in award and c.respondent.name in award and gc.name in award and "劳务分包" in award
    assert all(w.name in award for w in c.extra["workers"]), "the roster of workers in the award"
    election = text_of(render("power_of_attorney", c, random.Random(0), ["election"])).replace("\u3000", "")
    assert "推选书" in election and f"推选{c.applicant.name}" in election and c.applicant.id_number in election
    assert all(w.name in election for w in c.extra["workers"])
    letter = text_of(render("evidence", c, random.Random(0), []))
    assert "人力资源和社会保障局" in letter and "劳动保障监察" in letter and c.extra["wage_acct"] in letter
    ids = [text_of(render("identity_proof", c, random.Random(0), [f"worker:{k}"])) for k in (1, 2, 3)]
    for k, t in zip((1, 2, 3), ids, strict=True):
        assert c.extra["workers"][k].id_number in t and "居民身份证" in t
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "农民工工资专用账户" in ruling and c.extra["wage_acct"] in ruling
    payout = text_of(render("payment_voucher", c, random.Random(0), []))
    assert all(w.id_number in payout for w in c.extra["workers"])
    aid = text_of(render("law_firm_letter", c, random.Random(0), []))
    assert "法律援助" in aid and c.extra["aid_no"] in aid


def test_the_ordinary_stories_are_drawn_in_their_makers_words() -> None:
    lease, beef = case_of("court_gg_01"), case_of("court_gg_03")
    med = text_of(render("enforcement_basis", lease, random.Random(0), []))
    assert "民事调解书" in med and "川1702民初" in med and "普光" in med and "管道焊接机" in med
    assert "发生法律效力" in text_of(render("effectiveness_certificate", lease, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", beef, random.Random(0), []))
    assert "民事判决书" in judgment and "灯影牛肉" in judgment and "判决如下" in judgment
    ttr = text_of(render("termination_this_round_ruling", beef, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    field = text_of(render("investigation_record", beef, random.Random(0), []))
    assert "东柳醪糟" in field and "调查笔录" in field


def test_what_was_made_on_the_road_is_marked_for_the_thermal_printers() -> None:
    wage, beef = case_of("court_gg_02"), case_of("court_gg_03")
    routes = {code: {route_of(s) for s in render(code, wage, random.Random(0), note)}
              for code, note in [("enforcement_application", []), ("power_of_attorney", ["election"]),
                                 ("identity_proof", ["worker:2"]), ("evidence", []), ("lawyer_license", []),
                                 ("enforcement_basis", []), ("enforcement_notice", [])]}
    assert routes["evidence"] == {"labour"}
    assert routes["enforcement_application"] == routes["power_of_attorney"] == routes["identity_proof"] == {"aid"}
    assert routes["lawyer_license"] == {"aid"}
    assert routes["enforcement_basis"] == routes["enforcement_notice"] == {"laser"}, "offices print on lasers"
    assert {route_of(s) for s in render("investigation_record", beef, random.Random(0), [])} == {"bureau"}
    assert {route_of(s) for s in render("enforcement_application", beef, random.Random(0), [])} == {"laser"}


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gg_01", "court_gg_02", "court_gg_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gg") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _strip(printer: str = "") -> Sheet:
    """A strip of an A4 sheet's width: solid print across, a red seal-like patch, text."""
    s = Sheet(size=(mm(210), mm(60)))
    s.image.paste((20, 20, 24), (0, mm(10), s.width, mm(30)))
    s.image.paste(RED, (mm(90), mm(40), mm(120), mm(55)))
    s.text(mm(20), mm(42), "现场调查笔录", font("sans", mm(6)))
    return road([s], printer)[0] if printer else s


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CapturePlan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


FLAT = {"photo": False, "rotation": 0, "skew": 0.0, "grey": False, "torn": False, "curl_top": 0.5, "curl_bottom": 0.5,
        "noise": 1.0, "quality": 85}


def test_thermal_print_is_grey_banded_and_fades_toward_the_edges() -> None:
    _, laser = _shot(_strip(), 1, dpi=200, **FLAT)
    plan, thermal = _shot(_strip("aid"), 1, dpi=200, **FLAT)
    assert plan.thermal and not cap.plan_capture(random.Random(1), _strip()).thermal
    band = slice(mm(14), mm(26))
    lum_laser = laser[band].mean(axis=2)
    lum = thermal[band].mean(axis=2)
    assert np.median(lum_laser) < 40 and np.median(lum) > 70, "thermal black is grey, low in contrast"
    w = lum.shape[1]
    centre = lum[:, w // 2 - mm(10): w // 2 + mm(10)].mean()
    edge = lum[:, mm(6): mm(16)].mean()
    assert edge > centre + 15, "print fades toward the sheet's edges"
    rows = lum[:, mm(60): mm(80)].mean(axis=1)
    assert rows.max() - rows.min() > 8, "dot rows band across the print"
    red = thermal[mm(44): mm(52), mm(95): mm(115)]
    assert red[..., 0].mean() > red[..., 1].mean() + 60, "the seal stamped afterwards stays red"


def test_each_printer_leaves_its_dead_elements_on_every_page() -> None:
    for printer, seed in (("labour", 3), ("aid", 4), ("bureau", 5)):
        for dpi in (150, 300):
            _, a = _shot(_strip(printer), seed, dpi=dpi, **FLAT)
            lum = a[mm(14) * dpi // 200: mm(26) * dpi // 200].mean(axis=2)
            cols = lum.mean(axis=0)
            for at in cap.DEAD[printer]:
                x = round(at / 25.4 * dpi)
                near = cols[x - 8: x + 9]
                assert near.max() > np.median(near) + 25, (printer, dpi, at)


def test_curled_and_torn_roll_sheets_and_the_capture_ranges() -> None:
    _plan, a = _shot(_strip("labour"), 6, dpi=200, **{**FLAT, "torn": True, "curl_top": 4.0})
    assert a[:3].mean() < 235, "the lifted top end leaves the lid's grey and its shadow"
    sheet = Sheet(size=(mm(60), mm(40)))
    sheet.lines.append("x")
    road_plans = [cap.plan_capture(random.Random(s), road([Sheet(size=(mm(20), mm(20)))], "aid")[0]) for s in range(120)]
    laser_plans = [cap.plan_capture(random.Random(s), sheet) for s in range(120)]
    for p in road_plans + laser_plans:
        assert 150 <= p.dpi <= 300 and 50 <= p.quality <= 85 and p.rotation in (0, 90, 180, 270)
    assert any(p.photo for p in road_plans) and not any(p.photo for p in laser_plans)
    assert {90, 270} & {p.rotation for p in road_plans} and 180 in {p.rotation for p in road_plans + laser_plans}
    assert sum(p.rotation != 0 for p in road_plans + laser_plans) < 40, "a few turned pages, not many"
    assert all(abs(p.skew) <= 0.8 for p in laser_plans)
