"""court_ib (湖南省张家界市永定区人民法院): three dossiers under 天门山. A woman who says she bought a 民宿 before this
court seized it objects as a case outsider (执异) with her contract, her bank transfers and the original seizure ruling;
a site visit, a hearing, the objection rejected. A travel agency resumes (执恢) its 终本 case against a coach company on a
coach registered to the company's new 武陵源 branch; the coach is seized and sold, the money paid out, archived. A 湘西
tea-oil maker's judgment against a 三下锅 chain: deposits frozen and deducted, paid out — without the 收取案款确认书.
A court that stamps everything: 收文章 on every paper received, numbering-machine leaf numbers, 骑缝章 slices, white-out
on the forms; scanned grey at 200 dpi on a sheet-fed scanner, a little crooked."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import INK, Sheet, mm
from dossier.corpus.families import court_ib_capture as cap
from dossier.corpus.families.court_ib import CODES, OWN, UNNUMBERED, made_on, render
from dossier.corpus.families.court_ib_kit import Leaf
from dossier.corpus.families.court_ib_papers import RECEIVED
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_ib_01", "court_ib_02", "court_ib_03")


def _plan(prefix: str) -> Plan:
    return next(p for p in family_plans("court_ib") if p.name.startswith(prefix))


def test_seqs_lie_in_the_range_and_names_are_numbered() -> None:
    plans = family_plans("court_ib")
    assert len(plans) == 3 and all(9800 <= p.seq <= 9899 for p in plans)
    assert all(p.name.startswith(f"court_ib_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.category for p in plans] == ["objection", "resumption", "enforcement"]
    assert [p.stage for p in plans] == ["closing", "archive", "closing"]


def test_case_numbers_carry_the_court_code_and_the_parties_valid_numbers() -> None:
    kinds = {"court_ib_01": "湘0802执异98", "court_ib_02": "湘0802执恢98", "court_ib_03": "湘0802执98"}
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert kinds[prefix] in c.number, c.number
        parties = [c.applicant, c.respondent] + ([c.extra["seller"]] if "seller" in c.extra else [])
        for p in parties:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coach = case_of("court_ib_02")
    assert coach.previous_number.startswith("（2023）湘0802执") and coach.extra["ttr_day"] < coach.filed_on


def _text(code: str, c: CaseCtx, served: list[str] | None = None) -> str:
    return text_of(render(code, c, random.Random(0), served or []))


def test_the_objection_is_told_in_its_papers() -> None:
    c = case_of("court_ib_01")
    app = _text("objection_application", c)
    assert "执行异议申请书" in app and "民宿" in app and c.extra["orig"] in app and "第二百三十八条" in app
    sheets = render("evidence", c, random.Random(0), [])
    evidence = text_of(sheets)
    assert "证据目录" in evidence and "房屋买卖合同" in evidence and "交易明细" in evidence
    starts = [s for s in sheets if s.starts_document]
    assert len(starts) == 3, "contract, bank record and the original ruling each a document of the bundle"
    original = text_of([starts[-1]])
    assert "执行裁定书" in original and "查封" in original and c.extra["orig"].replace("号", "号之一") in original
    ruling = _text("enforcement_ruling", c)
    assert "执行裁定书" in ruling and f"驳回案外人{c.applicant.name}的异议" in ruling and "第二十八条" in ruling
    assert c.extra["sold_on"] < c.extra["seized_on"] < c.filed_on, "she says she bought it before the seizure"
    assert "听证笔录" in _text("interview_record", c)


def test_the_resumption_names_its_clue_and_the_coach_is_sold() -> None:
    c = case_of("court_ib_02")
    app = _text("resumption_application", c)
    assert "恢复执行申请书" in app and c.extra["plate"] in app and "武陵源分公司" in app and "原承办人意见" in app
    assert c.officer in app, "signed by the original undertaker"
    assert "终结本次执行程序。" in _text("termination_this_round_ruling", c)
    assert "恢复对" in _text("resumption_ruling", c)
    sale = _text("enforcement_ruling", c, ["sale"])
    assert "执行裁定书" in sale and "所有权" in sale and "变卖" in sale and c.extra["plate"] in sale
    assert "发生法律效力" in _text("effectiveness_certificate", c)
    assert made_on(c, "enforcement_basis") < c.basis_effective < made_on(c, "effectiveness_certificate")


def test_the_tea_oil_is_enforced_against_the_chain() -> None:
    c = case_of("court_ib_03")
    assert "茶油" in _text("enforcement_basis", c) and "茶油" in _text("enforcement_application", c)
    assert c.extra["r_acct"] in _text("enforcement_ruling", c)
    assert "payment_account_confirmation" not in {d.code for d in _plan("court_ib_03").docs}


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        for d in _plan(prefix).docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_every_received_paper_is_stamped_and_every_leaf_numbered() -> None:
    assert RECEIVED | OWN == CODES and not RECEIVED & OWN
    for prefix in PREFIXES:
        c = case_of(prefix)
        numbers: list[int] = []
        for d in _plan(prefix).docs:
            sheets = render(d.code, c, random.Random(2), d.drawn_with)
            assert all(isinstance(s, Leaf) for s in sheets)
            heads = [s for k, s in enumerate(sheets) if k == 0 or s.starts_document]
            for s in heads:
                assert isinstance(s, Leaf)
                assert ("received" in s.marks) == (d.code in RECEIVED), (prefix, d.code)
                if d.code in RECEIVED:
                    dater = next(x for x in s.lines if re.fullmatch(r"\d{4}\.\d{2}\.\d{2}", x))
                    assert date(*map(int, dater.split("."))) >= made_on(c, d.code), (d.code, dater)
            for s in sheets:
                assert isinstance(s, Leaf)
                assert ("folio" in s.marks) == (d.code not in UNNUMBERED), d.code
                if "folio" in s.marks:
                    numbers.append(s.marks["folio"][4])
        assert numbers == list(range(1, len(numbers) + 1)), "the numbering machine counts the leaves in order"


def test_multi_page_court_papers_carry_a_slice_of_the_seam_seal_each() -> None:
    c = case_of("court_ib_01")
    sheets = render("enforcement_ruling", c, random.Random(0), [])
    assert len(sheets) >= 2
    widths = []
    for s in sheets:
        assert isinstance(s, Leaf) and "seam" in s.marks
        x0, y0, x1, y1 = s.marks["seam"]
        assert x1 == s.width
        widths.append(x1 - x0)
        strip = np.asarray(s.image.crop((s.width - 6, y0, s.width, y1)), dtype=np.int16)
        red = (strip[..., 0] - strip[..., 1] > 60).mean()
        assert red > 0.02, "red ink at the right edge"
    assert sum(widths) >= mm(38), "the slices together make the whole seal"
    single = render("acceptance_notice", c, random.Random(0), [])
    assert len(single) == 1 and "seam" not in single[0].marks  # type: ignore[attr-defined]


# --- capture, measured on pixels ---------------------------------------------------------------------------------


def _scan(sheet: Sheet, change: dict[str, object], seed: int = 1) -> np.ndarray:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == 200 == plan.dpi
    assert img.size == (sheet.width, sheet.height) or plan.rotation in (90, 270)
    return np.asarray(img, dtype=np.float32)


STILL: dict[str, object] = {"skew": 0.0, "rotation": 0, "stretch": 1.0, "blur": 0.0, "noise": 1.0, "gain": 1.0, "gamma": 1.0}


def test_grey_at_200_dpi_crooked_by_a_little_per_page() -> None:
    plans = [cap.plan_capture(random.Random(s), Sheet()) for s in range(120)]
    assert all(p.dpi == 200 and not p.photo and 0.15 <= abs(p.skew) <= 1.3 for p in plans)
    assert len({round(p.skew, 3) for p in plans}) > 100, "a different skew on every page"
    assert 0 < sum(p.rotation != 0 for p in plans) < 25
    s = Leaf()
    s.line(mm(20), mm(150), s.width - mm(20), mm(150), width=6)
    for skew in (0.9, -0.6):
        a = _scan(s, {**STILL, "skew": skew})
        xl, xr = mm(30), s.width - mm(30)
        rows = np.arange(a.shape[0], dtype=np.float32)
        yl, yr = (float((rows * (a[:, x] < 100)).sum() / (a[:, x] < 100).sum()) for x in (xl, xr))
        measured = np.degrees(np.arctan2(yl - yr, xr - xl))
        assert abs(measured - skew) < 0.08, (skew, measured)


def test_the_received_stamp_prints_as_a_mid_grey_box_over_black_print() -> None:
    c = case_of("court_ib_03")
    s = render("enforcement_application", c, random.Random(4), [])[0]
    assert isinstance(s, Leaf)
    x0, y0, x1, y1 = s.marks["received"]
    a = _scan(s, STILL)
    rim = np.concatenate([a[y0 + 8: y1 - 8, x0 - 6: x0 + 6].min(axis=1), a[y0 + 8: y1 - 8, x1 - 6: x1 + 6].min(axis=1)])
    assert 70 < np.median(rim) < 190, "the stamp's coloured rim as a mid grey"
    ink = float(np.asarray(Image.new("RGB", (1, 1), INK).convert("L"))[0, 0])
    assert np.median(rim) > ink + 40, "lighter than the black print"


def test_the_folio_stands_dark_in_the_top_right_corner_and_not_on_the_cover() -> None:
    c = case_of("court_ib_02")
    s = render("acceptance_notice", c, random.Random(0), [])[0]
    a = _scan(s, STILL)
    corner = a[: mm(22), s.width - mm(40):]
    assert (corner < 110).sum() > 150, "the numbering machine's figures"
    cover = render("dossier_cover", c, random.Random(0), [])[0]
    b = _scan(cover, STILL)
    assert (b[: mm(14), cover.width - mm(40):] < 110).sum() < 20


def test_white_out_shows_whiter_than_the_form_paper() -> None:
    c = case_of("court_ib_02")
    s = render("payment_account_confirmation", c, random.Random(0), [])[0]
    assert isinstance(s, Leaf) and s.marks["whiteout"]
    a = _scan(s, STILL)
    x0, y0, x1, y1 = s.marks["whiteout"][0]
    patch = a[y0 + 4: y1 - 4, x0 + 4: x1 - 4]
    paper = a[y0 + 4: y1 - 4, x1 + mm(8): x1 + mm(22)]
    assert np.percentile(patch, 75) > np.median(paper) + 8, (np.percentile(patch, 75), np.median(paper))
    assert c.extra["acct"] in s.lines


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_planned_code_is_drawn(prefix: str) -> None:
    assert {d.code for d in _plan(prefix).docs} <= CODES
