"""court_fa (湖南省永州市冷水滩区人民法院): three dossiers of 永州. An 异蛇 farm enforces this court's own judgment for
蛇干、蛇酒 against a 血鸭 restaurant company — an account frozen, the sum paid in, 执行完毕, archived (cover and
catalogue first, the civil division's 生效证明书 behind the judgment). A 米粉 cook enforces a wage award of the
冷水滩区劳动人事争议仲裁委员会 against a closed noodle factory: nothing found, 限制消费 and 失信, the worker heard, 终本.
A 米粉 workshop enforces its judgment against a 血鸭 shop's owner, who settles and pays — without the lawyer's 执业证.
Every page went through a worn sheet-fed scanner: the same streaks at the same x, roller bands, 1-bit/grey/colour."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fa_capture as cap
from dossier.corpus.families.court_fa import made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fa_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fa")]
    assert len(seqs) == 3 and all(73000 <= s <= 73999 for s in seqs)
    assert not set(seqs) & {73106, 73214, 73352}, "court_ch's cases"
    assert all(p.name.startswith(f"court_fa_0{i}_") for i, p in enumerate(family_plans("court_fa"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fa_01", "court_fa_02", "court_fa_03"):
        c = case_of(prefix)
        assert "湘1103执73" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    snake, wage, noodle = case_of("court_fa_01"), case_of("court_fa_02"), case_of("court_fa_03")
    judgment = text_of(render("enforcement_basis", snake, random.Random(0), []))
    assert "民事判决书" in judgment and "湘1103民初" in judgment and "蛇酒" in judgment
    award = text_of(render("enforcement_basis", wage, random.Random(0), []))
    assert "劳动人事争议仲裁委员会" in award and "冷劳人仲案字〔2023〕" in award and "米粉" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", wage, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", wage, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", snake, random.Random(0), []))
    assert "执行裁定书" in ruling and snake.extra["r_acct"] in ruling
    assert "血鸭馆" in text_of(render("settlement_agreement", noodle, random.Random(0), [])) or \
        noodle.extra["shop"] in text_of(render("enforcement_basis", noodle, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fa_01", "court_fa_02", "court_fa_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fa") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FeedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.width == round(sheet.width * plan.dpi / 200)
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def _blank() -> Sheet:
    s = Sheet(size=(mm(180), mm(130)))  # a strip of a page is enough to measure, and quick
    s.lines.append("x")
    return s


def test_the_dirty_glass_draws_the_same_streaks_on_every_page() -> None:
    for seed, dpi in ((1, 200), (2, 300)):
        _, a = _scan(_blank(), seed, dpi=dpi, mode="grey", creases=[], tear=None, skew=0.0)
        h, w = a.shape
        mid = a[h // 3: 2 * h // 3]
        dark = round(cap.STREAKS[0][0] / 25.4 * dpi)
        paper = np.median(mid)
        assert mid[:, dark: dark + 2].mean() < paper - 40, "a dark line through the page at the dirty spot"
        assert a[: h // 10, dark].mean() < paper - 30 and a[-h // 10:, dark].mean() < paper - 30, "the whole height"
        cols = mid.mean(axis=0)
        assert np.argmin(cols[w // 10: -w // 10]) + w // 10 in range(dark - 1, dark + 7)
    # across black the white line shows: a column far brighter than its neighbours
    s = _blank()
    s.image.paste((0, 0, 0), (0, mm(60), s.width, mm(80)))
    _, a = _scan(s, 4, dpi=200, mode="grey", creases=[], tear=None, skew=0.0)
    band = a[mm(62): mm(78)]
    white = round(cap.STREAKS[1][0] / 25.4 * 200)
    assert band[:, white].mean() > band[:, white + 20].mean() + 80


def test_roller_bands_at_the_leading_edge_and_the_colour_detection_modes() -> None:
    _, a = _scan(_blank(), 7, dpi=200, mode="grey", creases=[], tear=None, skew=0.0, roller=20.0, noise=1.0)
    h, w = a.shape
    top = a[: mm(30), w // 10: w // 4].mean()
    body = a[h // 2: h // 2 + mm(30), w // 10: w // 4].mean()
    assert body - top > 2, "the rollers leave the top greyer than the middle"
    _, bw = _scan(_blank(), 8, mode="bw", dpi=200, creases=[])
    assert set(np.unique(np.round(bw / 64))) <= {0.0, 1.0, 3.0, 4.0}, "1-bit pages: black and white (and JPEG ringing)"
    blank = _blank()
    jams = [cap.plan_capture(random.Random(s), blank) for s in range(80)]
    assert {p.mode for p in jams} == {"bw", "grey", "colour"}
    assert 0 < sum(p.tear is not None for p in jams) < 25
    assert all(abs(p.skew) <= 1.6 and 200 <= p.dpi <= 300 and not p.photo and p.rotation == 0 for p in jams)


def test_a_jammed_page_shows_its_tear_in_the_backing_grey() -> None:
    _, a = _scan(_blank(), 9, dpi=200, mode="grey", creases=[], tear=("top", 0.5, 14.0), skew=0.0, noise=1.0)
    w = a.shape[1]
    torn = a[: mm(3), w // 2: w // 2 + mm(30)]
    assert abs(np.median(torn) - cap.BACKING) < 20
