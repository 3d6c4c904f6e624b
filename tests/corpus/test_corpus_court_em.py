"""court_em (安徽省六安市金安区人民法院): a 金安 tea company's judgment for 六安瓜片 sold to a 合肥 tea-shop company (account
deducted, settled, paid, archived with cover and catalogue first and the 生效证明书 behind the judgment); a steel-fixer's
labour-arbitration award for site wages against a vanished labour-subcontracting company (限制消费, 失信, heard, 终本);
a villager's 民间借贷 mediation against a down-workshop owner who settles and pays — without the 送达地址确认书. Every
page was archived as lossy JBIG2 (symbols matched and substituted) and re-rendered to JPEG."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_em_capture as cap
from dossier.corpus.families.court_em import made_on, render
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_em_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_em")
    assert len(ours) == 3 and all(75000 <= p.seq <= 75999 for p in ours)
    assert all(p.name.startswith(f"court_em_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_em_01", "court_em_02", "court_em_03"):
        c = case_of(prefix)
        assert "皖1502执75" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    tea, wage, loan = case_of("court_em_01"), case_of("court_em_02"), case_of("court_em_03")
    basis = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "民事判决书" in basis and "六安瓜片" in basis and "安徽省六安市中级人民法院" in basis
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "六安市金安区劳动人事争议仲裁委员会" in award and "终局裁决" in award and "工资" in award
    assert "民事调解书" in text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "羽绒" in text_of(render("property_clue_form", loan, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", tea, random.Random(0), []))
    assert "执行裁定书" in ruling and tea.extra["r_acct"] in ruling and "扣划" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_em"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _glyphs() -> np.ndarray:
    """A bilevel strip of one character repeated with slight pixel noise, and a different one."""
    im = Image.new("L", (900, 80), 255)
    d = ImageDraw.Draw(im)
    f = font("song_gb", 44)
    for k in range(12):
        d.text((10 + 70 * k, 14), "日" if k < 10 else "国", font=f, fill=0)
    ink = np.asarray(im) < 128
    rng = np.random.default_rng(3)
    edge = ink ^ np.roll(ink, 1, axis=1)
    flip = edge & (rng.random(ink.shape) < 0.05)
    return ink ^ flip


def test_symbols_are_matched_on_connected_components_and_stamped_identical() -> None:
    ink = _glyphs()
    out, symbols, swapped = cap.cluster(ink, 0.12)
    assert swapped >= 8, "the repeated character's instances take its first bitmap"
    assert symbols >= 2, "a different character keeps a symbol of its own"
    def shapes(page: np.ndarray) -> set[bytes]:
        _n, labels, stats, _ = cv2.connectedComponentsWithStats(page.astype(np.uint8), connectivity=8)
        return {(labels[y:y + h, x:x + w] == i).tobytes() + bytes([h, w]) for i, (x, y, w, h, _a) in
                enumerate(stats) if i and x < 10 + 70 * 10 and h > 30}
    assert len(shapes(ink)) >= 8, "the scanned copies differ in their edge pixels"
    assert len(shapes(out)) <= 3, "stamped: the copies share the symbol's bitmap"
    strict, _, none = cap.cluster(ink, 0.0)
    assert none == 0 and np.array_equal(strict, ink), "a lossless pass changes nothing"


def _page(seed: int) -> tuple[Sheet, cap.Jbig2Page, np.ndarray]:
    sheet = render("service_receipt", case_of("court_em_02"), random.Random(0), ["enforcement_notice"])[0]
    plan = cap.plan_capture(random.Random(seed), sheet)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / 200)
    return sheet, plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_page_is_bilevel_rerendered_with_the_seal_dithered() -> None:
    for seed in (0, 1):
        sheet, plan, a = _page(seed)
        assert plan.rotation == 0 and not plan.photo and 200 <= plan.dpi <= 300 and abs(plan.skew) < 1.5
        assert a.ndim == 2, "1-bit archive, re-rendered grey: no colour left"
        extreme = np.mean((a < 60) | (a > 200))
        assert extreme > 0.97, "almost every pixel black or white"
        # the seal's red became a dot pattern: many small specks, mid density, where the red was
        rgb = np.asarray(sheet.image.convert("RGB")).astype(np.int16)
        red = (rgb[..., 0] - rgb[..., 1] > 80)
        ys, xs = np.nonzero(red)
        k = plan.dpi / 200
        y0, y1, x0, x1 = int(np.percentile(ys, 30) * k), int(np.percentile(ys, 70) * k), int(np.percentile(xs, 30) * k), int(np.percentile(xs, 70) * k)
        zone = a[y0:y1, x0:x1] < 128
        assert 0.05 < zone.mean() < 0.8
        flips = np.mean(zone[:, 1:] != zone[:, :-1])
        assert flips > 0.03, "dithered, not solid"
        _, _, stats, _ = cv2.connectedComponentsWithStats(zone.astype(np.uint8), connectivity=4)
        assert np.sum(stats[1:, 4] <= 16) > 60, "the red prints as a field of small halftone dots"
