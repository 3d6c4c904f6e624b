"""court_dd (贵州省遵义市红花岗区人民法院): three dossiers of old 遵义. A 湄潭 tea company enforces 湄潭县人民法院's judgment
on a green-tea sales contract against a 红花岗 tea trader that has shut its shop: nothing in the 查控 system, nothing at the
land registry, 限制消费 and 失信, the lawyer heard, 终本. A private lender enforces a loan notarised with enforceability
(公证书 and 执行证书 of the 湘江公证处), applying in his own hand; the borrower's account is frozen (the bank writes back),
he settles and pays, and the volume is archived. An auto-finance company enforces this court's judgment on a car loan:
the car is seized, the borrower pays — and the volume lacks the 财产线索表. The volumes were bound, then scanned open on a
flatbed: a shadow band along the binding edge (left on odd pages, right on even), now and then a seal on the back of
the thin leaf showing through, landscape tables turned 90°."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dd_capture as cap
from dossier.corpus.families.court_dd import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import text_of


@cache
def _ours() -> tuple[tuple[int, Plan], ...]:
    return tuple((i, p) for i, p in enumerate(plans()) if p.family == "court_dd")


def family_plans(_: str) -> list[Plan]:
    return [p for _, p in _ours()]


@cache
def case_of(prefix: str) -> CaseCtx:
    """The case as the build draws it (seeded by the dossier's place in the plan list)."""
    i, plan = next((i, p) for i, p in _ours() if p.name.startswith(prefix))
    return case_for(plan, random.Random(i))


def test_court_dd_seqs_lie_in_its_range_and_the_numbers_are_valid() -> None:
    plans = family_plans("court_dd")
    assert len(plans) == 3 and all(98100 <= p.seq <= 98900 for p in plans)
    for i, p in enumerate(plans, 1):
        assert p.name.startswith(f"court_dd_0{i}_")
        c = case_of(p.name)
        assert "黔0302执98" in c.number
        for party in (c.applicant, c.respondent):
            bad = check_credit_code(party.id_number) if party.kind == "organisation" else check_id_number(party.id_number)
            assert bad is None, (p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    tea, loan, car = case_of("court_dd_01"), case_of("court_dd_02"), case_of("court_dd_03")
    basis = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "贵州省湄潭县人民法院" in basis and "民事判决书" in basis and "判决如下" in basis and "茶叶购销合同" in basis
    assert "公证书" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    cert = text_of(render("effectiveness_certificate", loan, random.Random(0), []))
    assert "执行证书" in cert and "湘江公证处" in cert
    ttr = text_of(render("termination_this_round_ruling", tea, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下：终结本次执行程序。" in ttr
    inquiry = render("online_inquiry_result", tea, random.Random(0), [])
    assert "不动产登记" in "".join(inquiry[1].lines) and inquiry[1].starts_document
    bank = render("online_inquiry_result", loan, random.Random(0), [])
    assert "协助冻结" in "".join(bank[1].lines)
    assert car.extra["plate"] in text_of(render("enforcement_ruling", car, random.Random(0), []))
    assert "强制执行申请书" in text_of(render("enforcement_application", loan, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_dd"):
        c = case_of(p.name)
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.BoundScan, np.ndarray]:
    rng = random.Random(seed)
    plan = cap.plan_capture(rng, sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, rng)))
    assert img.info["dpi"][0] == 300 and img.mode == "RGB"
    return plan, np.asarray(img, dtype=np.float32)


def test_the_binding_shadow_lies_left_on_odd_pages_and_right_on_even_ones() -> None:
    sheet = Sheet()
    sheet.text(200, 400, "测试", font("hei", 40))
    rng = random.Random(11)
    leaves = [cap.plan_capture(rng, sheet) for _ in range(4)]
    assert [p.page for p in leaves] == [1, 2, 3, 4] and [p.side for p in leaves] == ["left", "right", "left", "right"]
    for page in (1, 2):
        _, a = _scan(sheet, 5, page=page, through=None, skew=0.0)
        g = a.mean(axis=2)
        h, w = g.shape
        assert w == round(sheet.width * 1.5)
        band = int(w * 0.03)
        left, right, mid = g[h // 3:, :band].mean(), g[h // 3:, -band:].mean(), g[h // 3:, w // 2 - 50:w // 2 + 50].mean()
        dark, light = (left, right) if page == 1 else (right, left)
        assert dark < mid - 60 and light > mid - 15, (page, left, right, mid)


def test_a_seal_on_the_back_shows_through_faint_pink_and_landscape_tables_turn() -> None:
    sheet = Sheet()
    _, shown = _scan(sheet, 2, through=(0.5, 0.3), through_strength=0.2, page=1)
    h, w = shown.shape[:2]
    behind = shown[int(h * 0.3) - 150:int(h * 0.3) + 150, w // 2 - 150:w // 2 + 150]
    plain = shown[int(h * 0.75) - 150:int(h * 0.75) + 150, w // 2 - 150:w // 2 + 150]
    drop = plain.mean(axis=(0, 1)) - behind.mean(axis=(0, 1))
    assert drop[1] > 2 and drop[1] > 3 * abs(drop[0]), drop  # red ink from behind: green and blue fall, red stays
    strongest = np.percentile(plain[..., 1].mean() - behind[..., 1], 99)
    assert 12 < strongest < 80, "faint: the ring shows, it does not print over the page"
    wide = Sheet(size=(sheet.height, sheet.width))
    plan, a = _scan(wide, 4)
    assert plan.rotation in (90, 270) and a.shape[0] > a.shape[1]
    assert 40 <= plan.quality <= 50
