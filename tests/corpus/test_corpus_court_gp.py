"""court_gp (福建省三明市三元区人民法院): three dossiers of 三明. A 尤溪 timber merchant enforces this court's judgment
against a 莘口 forestry cooperative — its forest right seized (the 林业局's reply, an assistance notice to the
不动产登记中心), then transferred to him in payment by a second ruling, the balance paid in cash; archived. A 沙县小吃
franchisor enforces the 沙县区人民法院's 民事调解书 against a shop operator who paid part: nothing more found, the
franchisor's lawyer heard, 终本. A steel works enforces a 三明仲裁委员会 award against a scrap recycler, which settles
and pays — without the award's 生效证明. Every page is an old loose paper, torn and mended with yellowed tape, stapled
once, sometimes folded in four, photographed by a phone scanning app on a green cutting mat."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gp_capture as cap
from dossier.corpus.families.court_gp import made_on, render
from dossier.corpus.families.court_gp_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gp_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_gp")]
    assert len(seqs) == 3 and all(39600 <= s <= 39999 for s in seqs)
    assert not set(seqs) & {39118, 39264, 39427, 40112, 40347}, "other families' cases nearby"
    assert all(p.name.startswith(f"court_gp_0{i}_") for i, p in enumerate(family_plans("court_gp"), 1))
    defective = [p for p in family_plans("court_gp") if not p.complete]
    assert len(defective) == 1 and MISSING == "effectiveness_certificate"
    assert not any(d.code == MISSING for d in defective[0].docs) and defective[0].basis_kind == "arbitration"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gp_01", "court_gp_02", "court_gp_03"):
        c = case_of(prefix)
        assert "（2024）闽0404执39" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_gp_01").respondent
    assert coop.id_number.startswith("93350404") and "林业专业合作社" in coop.name, "a farmers' cooperative's code"


def test_the_timber_case_seizes_the_forest_right_and_transfers_it_in_payment() -> None:
    c = case_of("court_gp_01")
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "民事判决书" in judgment and "闽0404民初" in judgment and "杉木立木" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", c, random.Random(0), []))
    seize = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in seize and "查封被执行人" in seize and c.extra["cert"] in seize
    transfer = text_of(render("enforcement_ruling", c, random.Random(0), ["transfer"]))
    assert "执行裁定书" in transfer and "作价" in transfer and "抵偿" in transfer and "号之一" in transfer
    help_seize = text_of(render("assistance_notice", c, random.Random(0), []))
    help_move = text_of(render("assistance_notice", c, random.Random(0), ["transfer"]))
    assert "三明市不动产登记中心" in help_seize and "查封" in help_seize
    assert "过户登记" in help_move and c.applicant.id_number in help_move
    sheets = render("online_inquiry_result", c, random.Random(0), [])
    assert len(sheets) == 2 and sheets[1].starts_document
    assert "三明市三元区林业局" in text_of(sheets[1:]) and "复函" in text_of(sheets[1:])
    assert "以物抵债" in text_of(render("settlement_agreement", c, random.Random(0), []))
    assert made_on(c, "settlement_agreement") < made_on(c, "transfer") < made_on(c, "payment_voucher")
    assert c.extra["valued"] + c.extra["balance"] == c.amount


def test_the_snack_and_scrap_cases_are_told_by_their_makers() -> None:
    snack, scrap = case_of("court_gp_02"), case_of("court_gp_03")
    mediation = text_of(render("enforcement_basis", snack, random.Random(0), []))
    assert "民事调解书" in mediation and "闽0405民初" in mediation and "沙县小吃" in mediation
    assert snack.amount == snack.extra["total"] - snack.extra["paid"] > 0
    ttr = text_of(render("termination_this_round_ruling", snack, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    heard = text_of(render("interview_record", snack, random.Random(0), []))
    assert "约谈笔录" in heard and snack.agent in heard
    replies = render("online_inquiry_result", snack, random.Random(0), [])
    assert len(replies) == 3 and all(s.starts_document for s in replies[1:]) and "回执" in text_of(replies[1:])
    award = text_of(render("enforcement_basis", scrap, random.Random(0), []))
    assert "三明仲裁委员会" in award and "明仲裁字" in award and "废钢" in award and "裁决如下" in award
    ruling = text_of(render("enforcement_ruling", scrap, random.Random(0), []))
    assert scrap.extra["r_acct"] in ruling


def test_only_the_snack_operators_declaration_lies_upside_down() -> None:
    turned = []
    for prefix in ("court_gp_01", "court_gp_02", "court_gp_03"):
        for s in render("property_declaration_form", case_of(prefix), random.Random(0), []):
            plan = cap.plan_capture(random.Random(1), s)
            turned.append((prefix, plan.rotation))
            assert s.lines and any("财产申报表" in x for x in s.lines)
    assert turned == [("court_gp_01", 0), ("court_gp_02", 180), ("court_gp_03", 0)]


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gp_01", "court_gp_02", "court_gp_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gp") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _sheet() -> Sheet:
    s = Sheet(size=(mm(150), mm(200)))  # a part of a page is enough to measure, and quick
    s.lines.append("x")
    for y in range(mm(20), mm(190), mm(8)):
        s.line(mm(20), y, mm(130), y, width=3)
    return s


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.MendedShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    base: dict[str, object] = {"tears": [], "lost_corner": None, "staple": False, "fold": False, "strip": None,
                               "cut": None, "keystone": (0.0,) * 8, "blur": 0.4, "noise": 1.0, "quality": 85}
    for k, v in {**base, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.size == (round(sheet.width * plan.dpi / 200),
                                                           round(sheet.height * plan.dpi / 200))
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def _green(a: np.ndarray) -> bool:
    r, g, b = (float(a[..., k].mean()) for k in range(3))
    return g > r + 20 and g > b + 5 and g < 150


def test_the_app_leaves_a_strip_of_the_mat_or_cuts_a_little_off_but_never_the_top() -> None:
    _, a = _shot(_sheet(), 1, dpi=200, strip=("left", 8.0))
    assert _green(a[:, : mm(6)]), "the green mat along the left edge"
    assert not _green(a[:, mm(12): mm(20)]), "then the paper"
    _, b = _shot(_sheet(), 2, dpi=200)
    assert not _green(b[:, : mm(3)]) and not _green(b[: mm(3)]), "a good crop: paper to the edge"
    plans = [cap.plan_capture(random.Random(s), _sheet()) for s in range(300)]
    assert all(p.cut is None or p.cut[0] != "top" for p in plans), "the title is never cut"
    assert 30 < sum(p.strip is not None for p in plans) < 110 and 15 < sum(p.cut is not None for p in plans) < 80
    assert all(55 <= p.quality <= 85 and 150 <= p.dpi <= 300 and p.photo and p.rotation == 0 for p in plans)
    assert 80 < sum(bool(p.tears) for p in plans) < 180 and sum(p.staple for p in plans) > 100


def test_a_tear_is_mended_with_yellowed_tape_and_a_lost_corner_shows_the_mat() -> None:
    tear = cap.Tear("edge", (0.0, 100.0), 0.0, 60.0, 18.0, 1.0, 0.0)
    _, a = _shot(_sheet(), 3, dpi=200, tears=[tear])
    under = a[mm(96): mm(104), mm(10): mm(50)]
    clear = a[mm(150): mm(158), mm(10): mm(50)]
    yellow = lambda x: float(x[..., 0].mean() - x[..., 2].mean())  # noqa: E731
    assert yellow(under) > yellow(clear) + 20, "the tape has gone yellow"
    assert under[..., 1].min() < 150, "the lines under the tape still show"
    _, b = _shot(_sheet(), 4, dpi=200, lost_corner=("br", 14.0))
    assert _green(b[-mm(4):, -mm(4):]) and not _green(b[-mm(4):, : mm(20)])


def test_staple_rust_and_a_fold_in_four() -> None:
    _, a = _shot(_sheet(), 5, dpi=200, staple=True, rust=1.0)
    corner = a[: mm(25), : mm(25)]
    assert float((corner[..., 0] - corner[..., 2]).max()) > 50, "a rusty brown mark at the top left"
    _, b = _shot(Sheet(size=(mm(150), mm(200))), 6, dpi=200, fold=True)
    col = b[mm(30): mm(170)].mean(axis=(0, 2))
    mid = b.shape[1] // 2
    assert col[mid - mm(3): mid + mm(3)].min() < np.median(col) - 8, "the crease down the middle"
