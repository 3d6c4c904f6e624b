"""court_fy (辽宁省本溪市平山区人民法院): three dossiers of 本溪. A refractory works enforces this court's own judgment for
镁碳砖 against a steel trading company — its account frozen, the sum paid in, 执行完毕, archived (cover and catalogue
first, the civil division's 生效证明书 behind the judgment). A 桓仁 grower of 辽五味 enforces a 本溪仲裁委员会 award
against a closed herb trading company: nothing found, 限制消费 and 失信, the grower heard, 终本. A 小市 landlord enforces
this court's 民事调解书 for rent against a 羊汤 shop's owner, who settles and pays — without the 收取执行案款确认书.
The court prints its long papers double-sided, flipped on the short edge, and the volumes went through a duplex ADF
with auto-rotate off: every tumble back comes out upside down, a lawyer's long-edge back upright, and on each side
the other side of the leaf shows through."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fy_capture as cap
from dossier.corpus.families.court_fy import made_on, render
from dossier.corpus.families.court_fy_kit import long_edge, tumble
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

OTHERS_IN_RANGE = {79163, 79241, 79418, 79586, 79752, 79907, 79999}
"""court_cm's and court_en's cases, which lie in the same thousand"""


def test_court_fy_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fy")]
    assert len(seqs) == 3 and all(79000 <= s <= 79999 for s in seqs)
    assert not set(seqs) & OTHERS_IN_RANGE
    assert all(p.name.startswith(f"court_fy_0{i}_") for i, p in enumerate(family_plans("court_fy"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fy_01", "court_fy_02", "court_fy_03"):
        c = case_of(prefix)
        assert "辽0502执79" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fy_02").applicant.id_number.startswith("210522"), "the grower is of 桓仁"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    brick, berry, mutton = case_of("court_fy_01"), case_of("court_fy_02"), case_of("court_fy_03")
    judgment = text_of(render("enforcement_basis", brick, random.Random(0), []))
    assert "民事判决书" in judgment and "辽0502民初" in judgment and "镁碳砖" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", berry, random.Random(0), []))
    assert "本溪仲裁委员会" in award and "本仲裁字〔2023〕" in award and "五味子" in award and "裁决如下" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", berry, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", mutton, random.Random(0), []))
    assert "民事调解书" in mediation and mutton.extra["shop"] in mediation and "羊汤" in mediation
    ttr = text_of(render("termination_this_round_ruling", berry, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", brick, random.Random(0), []))
    assert "执行裁定书" in ruling and brick.extra["r_acct"] in ruling
    deal = text_of(render("settlement_agreement", mutton, random.Random(0), []))
    assert "执行和解协议" in deal and mutton.extra["shop"] in deal
    heard = text_of(render("interview_record", berry, random.Random(0), []))
    assert "谈话笔录" in heard and berry.applicant.name in heard and "终结本次" in heard


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fy_01", "court_fy_02", "court_fy_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fy") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_court_prints_its_long_papers_tumble_and_the_senders_do_not() -> None:
    brick, berry = case_of("court_fy_01"), case_of("court_fy_02")
    for code, c in (("termination_this_round_ruling", berry), ("enforcement_notice", brick), ("interview_record", berry),
                    ("enforcement_basis", brick), ("online_inquiry_result", brick)):
        sheets = render(code, c, random.Random(2), [])
        assert len(sheets) >= 2, code
        assert [getattr(s, "side", "single") for s in sheets[:2]] == ["front", "tumble"], code
        assert [cap.plan_capture(random.Random(k), sheets[1]).rotation for k in range(5)] == [180] * 5
    application = render("enforcement_application", brick, random.Random(2), [])
    assert len(application) == 2 and getattr(application[1], "side", "") == "long"
    assert cap.plan_capture(random.Random(1), application[1]).rotation == 0, "a long-edge back stands upright"
    award = render("enforcement_basis", berry, random.Random(2), [])
    assert all(not hasattr(s, "side") for s in award), "the commission prints on one side"
    for code in ("identity_proof", "service_receipt", "acceptance_notice"):
        served = ["enforcement_notice"] if code == "service_receipt" else []
        assert all(not hasattr(s, "side") for s in render(code, brick, random.Random(2), served)), code


def _leaf(top_left: bool = True) -> Sheet:
    """A small sheet with a black block at its top left (printed orientation)."""
    s = Sheet(size=(mm(100), mm(140)))
    s.lines.append("x")
    s.image.paste((0, 0, 0), (mm(8), mm(8), mm(40), mm(40)) if top_left else (mm(60), mm(100), mm(92), mm(132)))
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.DuplexScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.format == "JPEG" and round(img.info["dpi"][0]) == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def _corners(a: np.ndarray) -> dict[str, float]:
    h, w = a.shape
    q = lambda ys, xs: float(a[ys, xs].mean())  # noqa: E731
    top, bottom = slice(h // 16, h // 4), slice(3 * h // 4, 15 * h // 16)
    left, right = slice(w // 16, w // 3), slice(2 * w // 3, 15 * w // 16)
    return {"tl": q(top, left), "tr": q(top, right), "bl": q(bottom, left), "br": q(bottom, right)}


def test_a_tumble_back_comes_out_upside_down_with_the_front_through_it_mirrored() -> None:
    front, back = tumble([_leaf(), Sheet(size=(mm(100), mm(140)))])
    back.lines.append("y")
    back.image.paste((0, 0, 0), (mm(8), mm(8), mm(40), mm(40)))  # the back's own print, top left as printed
    plan, a = _scan(back, 3, skew=0.0, blur=0.0, noise=1.0, show=0.07, dpi=200)
    assert plan.rotation == 180 and plan.side == "tumble"
    k = _corners(a)
    assert k["br"] < 60, "its own print, turned over by the scan, sits at the bottom right"
    assert k["tr"] < k["tl"] - 5, "the front shows through mirrored: its top-left block at the top right"
    assert min(k["tl"], k["bl"]) > 200
    plan, a = _scan(front, 3, skew=0.0, blur=0.0, noise=1.0, show=0.07, dpi=200)
    k = _corners(a)
    assert plan.rotation == 0 and plan.side == "front"
    assert k["tl"] < 60 and k["bl"] < k["br"] - 5 and k["bl"] < k["tr"] - 5, "the tumble back shows at the bottom left"


def test_a_long_edge_back_stands_upright_and_a_blank_back_stays_blank() -> None:
    front, back = long_edge([_leaf(), _leaf()])
    plan, a = _scan(back, 4, skew=0.0, blur=0.0, noise=1.0, show=0.07, dpi=240)
    assert plan.rotation == 0 and plan.side == "long"
    assert a.shape == (round(front.height * 240 / 200), round(front.width * 240 / 200))
    k = _corners(a)
    assert k["tl"] < 60 and k["tr"] < k["bl"] - 5, "its own block top left, the front's mirrored top right"
    blank = Sheet(size=(mm(100), mm(140)))
    plans = [cap.plan_capture(random.Random(s), blank) for s in range(30)]
    assert all(p.side == "blank" and p.rotation == 0 and p.show == 0 for p in plans)
    _, a = _scan(blank, 5, skew=0.0, noise=2.0)
    assert a.mean() > 225 and a.std() < 12, "a blank back: paper only"


def test_the_feeder_keeps_to_an_ordinary_office_scan() -> None:
    single = _leaf()
    plans = [cap.plan_capture(random.Random(s), single) for s in range(300)]
    assert {p.dpi for p in plans} <= {200, 240, 300} and not any(p.photo for p in plans)
    assert all(abs(p.skew) <= 1.4 and 40 <= p.quality <= 85 for p in plans)
    turned = [p.rotation for p in plans if p.rotation]
    assert 0 < len(turned) < 40 and set(turned) <= {90, 180, 270}, "now and then a loose slip laid wrong"
    _, a = _scan(single, 11, rotation=90, skew=0.0, dpi=200)
    assert a.shape == (single.width, single.height)
