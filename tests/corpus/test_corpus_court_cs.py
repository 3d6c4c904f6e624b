"""court_cs (陕西省汉中市汉台区人民法院执行局): a 汉中仲裁委员会 award on a tea-machine sale paid by deduction from the
tea company's frozen account; the court's own private-loan judgment against a married couple (joint debt), nothing
found, both restricted and listed as dishonest, the applicant heard, 终本, archived; a 汉中中院 二审 car-rental judgment
against a tourism company, paid after a 传票 and a talk, handed in without the law firm's 所函. The undertaker
photographed most pages off his monitor while the scanner was down (moiré, keystone, bezel, reflection, tint)."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cs_capture as cap_mod
from dossier.corpus.families.court_cs import render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_cs_case_numbers_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_cs")]
    assert len(seqs) == 3 and all(85000 <= s <= 85999 for s in seqs)
    assert [p.name[:12] for p in family_plans("court_cs")] == ["court_cs_01_", "court_cs_02_", "court_cs_03_"]


def test_court_cs_bases_come_from_their_bodies() -> None:
    tea, loan, car = case_of("court_cs_01_"), case_of("court_cs_02_"), case_of("court_cs_03_")
    assert tea.basis_court == "汉中仲裁委员会" and "汉仲裁字" in tea.basis_number and "茶业" in tea.respondent.name
    assert loan.basis_court == "陕西省汉中市汉台区人民法院" and "陕0702民初" in loan.basis_number
    assert car.basis_court == "陕西省汉中市中级人民法院" and "陕07民终" in car.basis_number and "旅游" in car.respondent.name
    assert all("陕0702执" in c.number for c in (tea, loan, car))
    award = text_of(render("enforcement_basis", tea, random.Random(2), []))
    assert "裁决如下" in award and ("揉捻机" in award or "杀青机" in award)
    judgment = text_of(render("enforcement_basis", car, random.Random(2), []))
    assert "驳回上诉，维持原判" in judgment and "本判决为终审判决" in judgment


def test_court_cs_loan_binds_both_spouses_and_its_rulings_say_what_they_do() -> None:
    c = case_of("court_cs_02_")
    wife = c.extra["cs_wife"]
    for code in ("consumption_restriction_order", "dishonest_list_decision", "termination_this_round_ruling"):
        text = text_of(render(code, c, random.Random(3), []))
        assert c.respondent.name in text and wife.name in text, code
    ruling = render("termination_this_round_ruling", c, random.Random(3), [])
    assert "执行裁定书" in ruling[0].lines[1] and "终结本次执行程序。" in text_of(ruling)
    assert "夫妻共同债务" in text_of(render("enforcement_basis", c, random.Random(3), []))
    assert check_id_number(c.respondent.id_number) is None and check_id_number(wife.id_number) is None


def test_court_cs_ids_are_valid() -> None:
    for prefix in ("court_cs_01_", "court_cs_03_"):
        c = case_of(prefix)
        assert check_credit_code(c.respondent.id_number) is None
        assert check_id_number(c.applicant.id_number) is None


def test_court_cs_receipts_come_after_what_they_serve() -> None:
    from dossier.corpus.families.court_cs import when

    c = case_of("court_cs_02_")
    for served in (["termination_this_round_ruling"], ["consumption_restriction_order", "dishonest_list_decision"]):
        lines = render("service_receipt", c, random.Random(4), served)[0].lines
        stamped = next(x for x in lines if x.startswith("20") and "年" in x)
        y, m, d = (int(v) for v in stamped.rstrip("日").replace("年", "-").replace("月", "-").split("-"))
        assert (y, m, d) >= tuple(int(v) for v in max(when(s, c) for s in served).isoformat().split("-"))
    assert when("termination_this_round_ruling", c) <= c.closed_on


def _page() -> Sheet:
    c = case_of("court_cs_01_")
    return render("enforcement_notice", c, random.Random(5), [])[0]


def _grey(jpeg: bytes) -> tuple[Image.Image, np.ndarray]:
    img = Image.open(io.BytesIO(jpeg))
    return img, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_court_cs_monitor_photos_show_bezel_tint_and_moire_but_stay_readable() -> None:
    sheet = _page()
    rng = random.Random(7)
    plans = [cap_mod.plan_capture(rng, sheet) for _ in range(40)]
    photos = [p for p in plans if p.photo]
    assert photos and len(photos) < len(plans), "most off the monitor, some on the flatbed"
    assert all(-3 <= p.skew <= 3 and 150 <= p.dpi <= 300 for p in plans)
    p = photos[0]
    img, a = _grey(cap_mod.capture(sheet, p, random.Random(8)))
    assert img.size == cap_mod._size(p.dpi) and round(img.info["dpi"][0]) == p.dpi
    h, w = a.shape[:2]
    side = int(np.argmax(p.bezel))
    strip = [a[:, : int(w * 0.015)], a[: int(h * 0.015)], a[:, -int(w * 0.015):], a[-int(h * 0.015):]][side]
    assert strip.mean() < 90, "the monitor's black bezel is in the frame"
    centre = a[h // 3: 2 * h // 3, w // 4: 3 * w // 4]
    paper = centre[centre.mean(axis=2) > np.percentile(centre.mean(axis=2), 60)]
    assert abs(paper[:, 0].mean() - paper[:, 2].mean()) > 8, "the screen's white point tints the page"
    assert centre.mean(axis=2).min() < 110, "the text stays dark enough to read"
    # moiré: the paper rows carry a periodic ripple the flatbed page does not
    flat = next(q for q in plans if not q.photo)
    _, b = _grey(cap_mod.capture(sheet, flat, random.Random(8)))
    def ripple(x: np.ndarray) -> float:
        g = x.mean(axis=2)
        band = g[int(g.shape[0] * 0.85): int(g.shape[0] * 0.95), int(g.shape[1] * 0.3): int(g.shape[1] * 0.7)]
        return float(np.std(band - np.median(band)))
    assert ripple(a) > 2 * ripple(b) + 1.0


def test_court_cs_flatbed_pages_are_clean_and_white() -> None:
    sheet = _page()
    flat = next(q for q in (cap_mod.plan_capture(random.Random(s), sheet) for s in range(60)) if not q.photo)
    img, a = _grey(cap_mod.capture(sheet, flat, random.Random(9)))
    assert img.size == cap_mod._size(flat.dpi)
    assert a[: a.shape[0] // 20].mean() > 235 and abs(a[..., 0].mean() - a[..., 2].mean()) < 3
