"""court_ga (江西省宜春市袁州区人民法院): three dossiers of 宜春. A mine-machinery repair company enforces this court's
judgment against a 锂云母 battery-material company for overhauling its concentrator — the account frozen and the sum
deducted, 执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment). A 袁州
rice-growers' cooperative enforces its judgment for paddy against a rice mill whose yard a 建材 market tile dealer now
rents: nothing found, 限制消费 and 失信, the cooperative heard, 终本. A 温汤 guesthouse keeper enforces a 宜春仲裁委员会
award for selenium-rich tea against a 明月山 hot-spring hotel, which settles and pays — without the 送达地址确认书.
The bureau prints on grey recycled paper and scans with "background removal + text enhancement": blotchy backgrounds
on the recycled stock, hollow bold titles and seals, light thin strokes breaking up, white senders' papers cleaner."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_ga_capture as cap
from dossier.corpus.families.court_ga import made_on, render
from dossier.corpus.families.court_ga_kit import GEL, RECYCLED, WHITE
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ga_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_ga")]
    assert len(seqs) == 3 and all(33000 <= s <= 33999 for s in seqs)
    assert not set(seqs) & {33118, 33264, 33407}, "court_bi's cases"
    assert not set(seqs) & {33518, 33647, 33809}, "court_dt's cases"
    assert all(p.name.startswith(f"court_ga_0{i}_") for i, p in enumerate(family_plans("court_ga"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ga_01", "court_ga_02", "court_ga_03"):
        c = case_of(prefix)
        assert "赣0902执33" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_ga_02").applicant
    assert coop.id_number.startswith("93") and coop.name.endswith("合作社"), "a farmers' cooperative's code"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    mica, rice, tea = case_of("court_ga_01"), case_of("court_ga_02"), case_of("court_ga_03")
    judgment = text_of(render("enforcement_basis", mica, random.Random(0), []))
    assert "民事判决书" in judgment and "赣0902民初" in judgment and "锂云母" in judgment and "球磨机" in judgment
    ruling = text_of(render("enforcement_ruling", mica, random.Random(0), []))
    assert "执行裁定书" in ruling and mica.extra["r_acct"] in ruling and "裁定如下" in ruling
    assert "划" in text_of(render("payment_voucher", mica, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", rice, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "建材" in ttr
    assert "瓷砖" in text_of(render("investigation_record", rice, random.Random(0), []))
    assert "稻" in text_of(render("enforcement_basis", rice, random.Random(0), []))
    award = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "宜春仲裁委员会" in award and "宜仲裁字" in award and "富硒" in award and "裁决如下" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", tea, random.Random(0), []))
    assert "茶叶" in text_of(render("settlement_agreement", tea, random.Random(0), []))


def test_the_bureau_prints_on_recycled_stock_and_the_senders_on_white() -> None:
    c = case_of("court_ga_02")
    for code in ("enforcement_notice", "service_receipt", "online_inquiry_result", "payment_account_confirmation"):
        served = ["enforcement_notice"] if code == "service_receipt" else []
        assert all(s.paper == RECYCLED for s in render(code, c, random.Random(0), served)), code
    for code in ("enforcement_basis", "law_firm_letter", "identity_proof", "enforcement_application"):
        assert all(s.paper == WHITE for s in render(code, c, random.Random(0), [])), code


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_ga_01", "court_ga_02", "court_ga_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ga") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on, (prefix, d.served)


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.EnhanceScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in {"rotation": 0, "skew": 0.0, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def _strip(paper: tuple[int, int, int]) -> Sheet:
    s = Sheet(size=(mm(120), mm(80)), paper=paper)  # a strip of a page is enough to measure, and quick
    s.lines.append("x")
    return s


def test_the_recycled_stock_blotches_and_white_paper_stays_clean() -> None:
    def black(paper: tuple[int, int, int], **change: object) -> float:
        _, a = _scan(_strip(paper), 3, output="bilevel", dpi=200, **change)
        inner = a[mm(5):-mm(5), mm(5):-mm(5)]
        return float((inner < 128).mean())

    white = black(WHITE, offset=14.0, mottle=1.0, fibres=0, specks=0)
    plain = black(RECYCLED, offset=18.0, mottle=6.0)
    blotchy = black(RECYCLED, offset=8.0, mottle=12.0)
    assert white < 0.001, "white paper: the background removal leaves it clean"
    assert plain > white, "recycled paper: its specks and fibres stay"
    assert blotchy > 4 * plain and blotchy > 0.01, "the cloudy stock clears a low offset in patches"


def test_bold_strokes_come_out_hollow_and_seals_as_grey_rings() -> None:
    s = _strip(RECYCLED)
    s.draw.rectangle((mm(10), mm(10), mm(30), mm(30)), fill=(20, 20, 20))
    _, a = _scan(s, 4, output="bilevel", dpi=200, window_mm=1.2, offset=16.0, mottle=4.0)
    assert a[mm(20), mm(20)] > 200, "the middle of a broad black area taken for background"
    assert a[mm(10) + 2: mm(30) - 2, mm(10) + 2].mean() < 80, "its edge kept as ink"
    s = _strip(WHITE)
    seal(s, mm(60), mm(40), "江西省宜春市袁州区人民法院", random.Random(1), radius=mm(21))
    _, g = _scan(s, 5, output="grey", dpi=200, window_mm=1.2, offset=14.0, mottle=1.0, fibres=0, specks=0)
    disc = g[mm(22):mm(58), mm(42):mm(78)]
    assert disc.min() < 170 and float(((disc > 40) & (disc < 220)).mean()) > 0.02, "the seal's outlines in grey"
    assert g[mm(40) - 2: mm(40) + 3, mm(60) - 2: mm(60) + 3].mean() > disc.min() + 40, "the star's middle hollow"


def test_thin_light_strokes_break_up_where_dark_ones_hold() -> None:
    s = _strip(RECYCLED)
    for k in range(6):
        s.line(mm(10), mm(15 + 4 * k), mm(110), mm(15 + 4 * k), width=1, fill=GEL)
        s.line(mm(10), mm(45 + 4 * k), mm(110), mm(45 + 4 * k), width=1, fill=(40, 40, 50))
    _, a = _scan(s, 6, output="bilevel", dpi=200, window_mm=1.2, offset=20.0, mottle=6.0, blur=1.0)

    def kept(top: int) -> float:
        rows = [a[mm(top + 4 * k) - 2: mm(top + 4 * k) + 3, mm(12):mm(108)].min(axis=0) for k in range(6)]
        return float(np.mean([(r < 128).mean() for r in rows]))

    assert kept(45) > 0.95, "dark hairlines hold"
    assert kept(15) < 0.85, "the gel pen's hairlines break up"


def test_outputs_resolutions_skew_and_turned_pages() -> None:
    page = _strip(RECYCLED)
    plans = [cap.plan_capture(random.Random(s), page) for s in range(300)]
    assert {p.output for p in plans} == {"bilevel", "grey"}
    assert {p.dpi for p in plans} == {200, 240, 300}
    assert all(abs(p.skew) <= 1.3 and not p.photo and 50 <= p.quality <= 88 for p in plans)
    turned = [p.rotation for p in plans if p.rotation]
    assert 3 <= len(turned) <= 40 and set(turned) <= {90, 180, 270}
    assert all(p.recycled for p in plans) and not cap.plan_capture(random.Random(0), _strip(WHITE)).recycled
    _, a = _scan(page, 7, dpi=200, rotation=90)
    assert a.shape == (page.width, page.height), "a sideways page is saved on its side"
    _, b = _scan(page, 7, dpi=300, output="bilevel")
    assert b.shape == (round(page.height * 1.5), round(page.width * 1.5))
    assert float(((b > 60) & (b < 195)).mean()) < 0.03, "1-bit: black and white (and JPEG ringing)"
