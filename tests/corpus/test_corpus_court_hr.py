"""court_hr (广西壮族自治区贵港市港北区人民法院): three dossiers of 贵港. A cane grower with a legal-aid lawyer enforces
the 贵港中院's appeal judgment for his cane money against a sugar mill, which settles and pays. A boatyard enforces this
court's judgment for slipway rent against a river-freight company: its ship seized, sailed away under seal, the
法定代表人 detained and the company fined, then paid in full — archived. An electric-vehicle dealer enforces a 调解书
against a flooded-out lotus park: 终本, filed without the 失信 decision itself. Every page is the working volume with the
division head's 批示 and the undertaker's pen on it, a folded stapled corner now and then, 300 dpi grey off a feeder."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hr_capture as cap
from dossier.corpus.families.court_hr import made_on, render
from dossier.corpus.families.court_hr_kit import put, song, spots, tag
from dossier.corpus.families.court_hr_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_seqs_lie_in_the_range_and_the_numbers_carry_the_court_code() -> None:
    ours = family_plans("court_hr")
    assert [p.seq for p in ours] == [7917, 7943, 7968]
    assert all(p.name.startswith(f"court_hr_0{i}_") for i, p in enumerate(ours, 1))
    for prefix in ("court_hr_01", "court_hr_02", "court_hr_03"):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）桂0802执79\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        assert "450802" in c.applicant.id_number[:8], c.applicant.id_number


def test_the_papers_speak_of_cane_boats_and_lotus_carts_in_their_makers_words() -> None:
    sugar, boat, lotus = case_of("court_hr_01"), case_of("court_hr_02"), case_of("court_hr_03")
    appeal = text_of(render("enforcement_basis", sugar, random.Random(0), []))
    assert "贵港市中级人民法院" in appeal and "桂08民终" in appeal and "驳回上诉，维持原判" in appeal and "甘蔗" in appeal
    letter = text_of(render("law_firm_letter", sugar, random.Random(0), []))
    assert "法律援助中心" in letter and sugar.extra["aid_no"] in letter
    ruling = text_of(render("enforcement_ruling", boat, random.Random(0), []))
    assert "执行裁定书" in ruling and "查封" in ruling and boat.extra["ship"] in ruling and "裁定如下" in ruling
    jail = text_of(render("detention_decision", boat, random.Random(0), []))
    assert "拘留十五日" in jail and boat.respondent.legal_rep in jail and "司惩" in jail
    assert "罚款" in text_of(render("fine_decision", boat, random.Random(0), []))
    assert "民事调解书" in text_of(render("enforcement_basis", lotus, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", lotus, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "荷花" in ttr
    # the bureau's GB 宋 has no 〇: its own dates print with ○
    assert "二○二四年" in text_of(render("acceptance_notice", sugar, random.Random(0), []))


def test_the_defective_dossier_keeps_the_receipt_but_not_the_decision() -> None:
    lotus = next(p for p in family_plans("court_hr") if not p.complete)
    codes = [d.code for d in lotus.docs]
    assert MISSING == "dishonest_list_decision" and MISSING not in codes
    assert any(MISSING in d.served for d in lotus.docs if d.code == "service_receipt")


def test_a_receipt_is_dated_after_what_it_served_and_papers_run_in_order() -> None:
    for prefix in ("court_hr_01", "court_hr_02", "court_hr_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hr") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert c.basis_effective < c.filed_on < made_on(c, "enforcement_notice") < made_on(c, "closing_approval_form")
        assert made_on(c, "closing_approval_form") <= c.closed_on
    boat = case_of("court_hr_02")
    assert made_on(boat, "enforcement_ruling") < made_on(boat, "detention_decision") < made_on(boat, "payment_voucher")
    assert made_on(boat, "catalogue") > boat.closed_on


def _sheet() -> Sheet:
    """A strip of a page with one printed line holding an amount and a name."""
    s = Sheet(size=(mm(180), mm(120)))
    from dossier.corpus.families import court_hr_kit as kit

    kit.NAMES[:] = ["贵港市鸿运航运有限公司"]
    put(s, mm(30), mm(60), "被执行人贵港市鸿运航运有限公司应付人民币12,000.00元。", song(40))
    tag([s], "enforcement_ruling", date(2024, 3, 1), "黄建国", "何晓")
    return s


def _scan(sheet: Sheet, plan: cap.PenScan) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(5))))
    assert img.mode == "L" and img.info["dpi"][0] == 300 == plan.dpi
    return np.asarray(img, dtype=np.float32)


def _clean(**change: object) -> cap.PenScan:
    plan = cap.PenScan(dpi=300, rotation=0, photo=False, skew=0.0, quality=90, noise=1.0, blur=0.3)
    for k, v in change.items():
        setattr(plan, k, v)
    return plan


def test_the_kit_records_where_amounts_and_names_were_printed() -> None:
    s = _sheet()
    kinds = sorted(k for *_box, k in spots(s))
    assert kinds == ["money", "name"]
    x0, y0, x1, y1, _ = next(sp for sp in spots(s) if sp[4] == "money")
    g = np.asarray(s.image.convert("L"))
    assert g[int(y0):int(y1), int(x0):int(x1)].min() < 80, "ink where the spot says the amount is"


def test_the_heads_instruction_sits_in_the_top_margin_and_the_pen_circles_the_amount() -> None:
    s = _sheet()
    plain = _scan(s, _clean())
    k = 300 / 200
    note = cap.Mark("pishi", (mm(40), mm(8), mm(140), mm(8) + 150), cap.RED_PEN, "拟同意。请何晓办理。\n黄建国 3.2")
    marked = _scan(s, _clean(marks=[note]))
    band = slice(int(mm(8) * k), int((mm(8) + 150) * k))
    assert (plain[band] < 200).mean() < 0.001, "the top margin is empty before the head writes"
    assert (marked[band] < 200).mean() > 0.01, "his 批示 darkens it"
    x0, y0, x1, y1, _ = next(sp for sp in spots(s) if sp[4] == "money")
    ring = cap.Mark("ellipse", (x0 - 14, y0 - 10, x1 + 14, y1 + 8), cap.BLUE_PEN)
    circled = _scan(s, _clean(marks=[ring]))
    above = (slice(int((y0 - 20) * k), int((y0 - 3) * k)), slice(int((x0 + x1) / 2 * k) - 30, int((x0 + x1) / 2 * k) + 30))
    assert plain[above].min() > 200, "nothing printed over the amount"
    assert circled[above].min() < plain[above].min() - 60, "the loop passes just over the amount"
    red = _scan(s, _clean(marks=[cap.Mark("tick", (mm(8), mm(60), 0, 0), cap.RED_PEN)]))
    tick = (slice(int(mm(58) * k), int(mm(72) * k)), slice(int(mm(6) * k), int(mm(20) * k)))
    assert 40 < red[tick].min() < 200, "red ballpoint comes out mid grey, not black"


def test_the_folded_corner_shows_backing_and_the_flap_hides_the_start_of_a_line() -> None:
    s = Sheet(size=(mm(180), mm(120)))
    for i in range(6):
        put(s, mm(12), mm(12) + i * 60, "被执行人应当立即履行义务被执行人应当立即履行义务", song(40))
    k = 300 / 200
    plain = _scan(s, _clean())
    folded = _scan(s, _clean(fold=(60.0, 50.0)))
    corner = folded[: int(mm(4) * k), : int(mm(4) * k)]
    assert abs(np.median(corner) - cap.BACKING * 0.97 - 4) < 8, "the corner is gone: backing grey"
    # a point inside the flap (near the corner of the legs' rectangle) that had print under it
    flap = (slice(int(mm(32) * k), int(mm(40) * k)), slice(int(mm(32) * k), int(mm(42) * k)))
    assert plain[flap].min() < 90, "print was there"
    assert folded[flap].min() > 150, "the flap's blank back hides it"
    assert np.median(folded[flap]) < np.median(plain[int(mm(100) * k):, int(mm(120) * k):]) - 6, "back a shade darker"


def test_upside_down_feeds_and_the_plans_of_a_volume() -> None:
    s = _sheet()
    up = _scan(s, _clean())
    down = _scan(s, _clean(rotation=180))
    assert np.abs(np.rot90(up, 2) - down).mean() < 6
    plans = [cap.plan_capture(random.Random(n), s) for n in range(120)]
    assert all(p.dpi == 300 and not p.photo and abs(p.skew) <= 0.6 for p in plans)
    assert 0 < sum(p.rotation == 180 for p in plans) < 20
    assert 5 < sum(p.fold is not None for p in plans) < 40
    assert sum(any(m.kind == "pishi" for m in p.marks) for p in plans) > 60, "the head instructs on most rulings"
    cover = Sheet(size=(mm(180), mm(120)))
    put(cover, mm(20), mm(60), "执行案卷 人民币12,000.00元", song(40))
    tag([cover], "dossier_cover", date(2024, 5, 1), "黄建国", "何晓")
    assert all(not cap.plan_capture(random.Random(n), cover).marks for n in range(30)), "nobody marks the cover"
