"""court_eu (贵州省安顺市西秀区人民法院): three dossiers of 安顺. A 蜡染 workshop enforces the court's own judgment against
a 黄果树 souvenir company: account frozen, settled, paid out through the court, 执行完毕 and archived (cover and catalogue
first, the 生效证明书 right behind the judgment). A 屯堡 inn's cook enforces a wages award of the 西秀区劳动人事争议仲裁委员会
against the shut inn: nothing found, 限制消费 and 失信, the applicant heard, 终本. A 辣椒 dealer enforces a judgment for
dried pepper against a hot-pot seasoning works, which settles and pays — without the lawyer's 执业证 copy. Every paper,
whatever its size, was scanned on an A4 flatbed: small slips lie off-centre on the lid's grey, some cut short by
auto-size."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import A4, Sheet
from dossier.corpus.families import court_eu_capture as cap
from dossier.corpus.families.court_eu import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_eu_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_eu")]
    assert len(seqs) == 3 and all(98000 <= s <= 98999 for s in seqs)
    assert all(p.name.startswith(f"court_eu_0{i}_") for i, p in enumerate(family_plans("court_eu"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_eu_01", "court_eu_02", "court_eu_03"):
        c = case_of(prefix)
        assert "黔0402执98" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    batik, inn, pepper = case_of("court_eu_01"), case_of("court_eu_02"), case_of("court_eu_03")
    basis = text_of(render("enforcement_basis", batik, random.Random(0), []))
    assert "民 事 判 决 书" in basis and "蜡染" in basis and "黔0402民初" in basis
    award = text_of(render("enforcement_basis", inn, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "屯堡" in award and "终局裁决" in award
    assert "辣椒" in text_of(render("enforcement_application", pepper, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", inn, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本院" in ttr and "本次执行程序" in ttr
    voucher = text_of(render("payment_voucher", batik, random.Random(0), []))
    assert "票 据 粘 贴 单" in voucher and "电子回单" in voucher and "收　款　收　据" in voucher
    assert render("fee_receipt", pepper, random.Random(0), [])[0].size[1] < A4[1] / 2


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_eu_01", "court_eu_02", "court_eu_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_eu") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _scan(sheet: Sheet, seed: int, **force: object) -> tuple[cap.Flatbed, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in force.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_a_small_slip_lies_off_centre_on_the_grey_lid_of_a_whole_a4_image() -> None:
    slip = render("fee_receipt", case_of("court_eu_03"), random.Random(0), [])[0]
    plan, a = _scan(slip, 3, autosize=False, lid=168.0, at=(0.05, 0.04), turn=2.0, dpi=200)
    assert plan.small and a.shape == (A4[1], A4[0]), "the whole glass is the image"
    h = a.shape[0]
    lid = a[int(h * 0.75):, :]
    assert 150 < np.median(lid) < 185 and lid.std() > 2, "the lid's grey foam shows below the slip"
    top = a[: slip.height // 2, : slip.width // 2]
    assert np.percentile(top, 60) > 225, "the white slip lies in the top-left"
    plans = [cap.plan_capture(random.Random(s), slip) for s in range(80)]
    assert all(abs(p.turn) <= 4 for p in plans) and any(abs(p.turn) > 1.5 for p in plans)
    assert 0 < sum(p.autosize for p in plans) < 50 and any(p.cut[0] for p in plans)
    assert {p.dpi for p in plans} <= {200, 240, 300} and any(p.colour for p in plans) and not all(p.colour for p in plans)


def test_auto_size_crops_to_the_paper_and_sometimes_cuts_it_short() -> None:
    card = render("lawyer_license", case_of("court_eu_01"), random.Random(0), [])[0]
    _, whole = _scan(card, 1, autosize=True, cut=("", 0.0), turn=0.0, dpi=200)
    _, short = _scan(card, 1, autosize=True, cut=("bottom", 0.1), turn=0.0, dpi=200)
    assert whole.shape[0] == pytest.approx(card.height + 16, abs=4) and whole.shape[1] < A4[0] * 0.7
    assert short.shape[0] < whole.shape[0] * 0.93, "a strip of the card was lost"
    page = render("enforcement_notice", case_of("court_eu_02"), random.Random(0), [])[0]
    plan, a = _scan(page, 2, dpi=300)
    assert not plan.small and not plan.autosize and a.shape[1] == round(A4[0] * 300 / 200)
