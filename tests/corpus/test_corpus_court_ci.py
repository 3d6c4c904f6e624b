"""court_ci, 广西壮族自治区桂林市七星区人民法院 (held out): a 永福 罗汉果 trader's 桂林中院 二审 judgment against a
七星区 tea company ends 终结本次执行程序 after the bank, registry and shop searches find nothing; a decoration firm's
桂林仲裁委员会 award against a resort hotel (its 生效证明 right behind it) is paid after a 执行和解 and archived; a
shop landlord's 民事调解书 against a 桂林米粉 chain is paid but its 结案通知书 never reached the volume. Every page
went through the bureau's old TWAIN flatbed: 150–200 dpi, a yellow-green cast, washed-out grey print, a hair and
dust on the glass at the same place on every page, now and then a margin cut off past the glass edge."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ci_capture, renderer
from dossier.corpus.families.court_ci import COURT, HOTEL_SEQ, NOODLE_SEQ, TEA_SEQ
from dossier.corpus.families.court_ci_capture import HAIR, CiCapture
from dossier.corpus.families.court_ci_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_ci_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "closing_notice"


def test_court_ci_seqs_lie_in_its_range_and_numbers_are_guilin() -> None:
    ps = family_plans("court_ci")
    assert sorted(p.seq for p in ps) == sorted([TEA_SEQ, HOTEL_SEQ, NOODLE_SEQ])
    assert all(71000 <= p.seq <= 71999 for p in ps)
    for prefix, seq in [("court_ci_01", TEA_SEQ), ("court_ci_02", HOTEL_SEQ), ("court_ci_03", NOODLE_SEQ)]:
        assert case_of(prefix).number == f"（2026）桂0305执{seq}号"


def test_court_ci_bases_come_from_guilin_bodies() -> None:
    tea, hotel, noodle = case_of("court_ci_01"), case_of("court_ci_02"), case_of("court_ci_03")
    assert tea.basis_court == "广西壮族自治区桂林市中级人民法院" and "桂03民终" in tea.basis_number
    assert hotel.basis_kind == "arbitration" and hotel.basis_court == "桂林仲裁委员会"
    assert noodle.basis_kind == "mediation" and "桂0305民初" in noodle.basis_number
    judgment = renderer("court_ci")("enforcement_basis", tea, random.Random(2), [])
    assert len(judgment) == 2 and judgment[1].page_of == (2, 2), "the 二审 judgment runs on to an untitled page"
    assert "驳回上诉，维持原判。" in text_of(judgment) and "民 事 判 决 书" not in "".join(judgment[1].lines)
    award = text_of(renderer("court_ci")("enforcement_basis", hotel, random.Random(2), []))
    assert "裁　决　书" in award and "终局裁决" in award
    assert "民事调解书" in text_of(renderer("court_ci")("enforcement_basis", noodle, random.Random(2), []))
    cert = text_of(renderer("court_ci")("effectiveness_certificate", hotel, random.Random(2), []))
    assert "裁决书生效证明" in cert and hotel.basis_number in cert


def test_court_ci_rulings_say_what_they_do() -> None:
    tea = case_of("court_ci_01")
    ending = renderer("court_ci")("termination_this_round_ruling", tea, random.Random(3), [])
    text = text_of(ending)
    assert "执行裁定书" in ending[0].lines[1] and f"终结本院{tea.number}案件的本次执行程序" in text
    assert COURT in ending[0].lines[0]
    freeze = text_of(renderer("court_ci")("enforcement_ruling", case_of("court_ci_02"), random.Random(3), []))
    assert "冻结、划拨" in freeze and "裁定如下" in freeze


def test_court_ci_parties_carry_valid_numbers() -> None:
    for prefix in ("court_ci_01", "court_ci_02", "court_ci_03"):
        c = case_of(prefix)
        for p in (c.applicant, c.respondent):
            check = check_id_number if p.kind == "person" else check_credit_code
            assert check(p.id_number) is None, (prefix, p.name, p.id_number)
    assert case_of("court_ci_01").applicant.id_number.startswith("450326"), "a 永福县 grower"


def _page(text: str = "桂林市七星区人民法院执行通知书") -> Sheet:
    s = Sheet()
    for k in range(30):
        s.text(200, 200 + k * 100, text * 2, font("ming", 40))
    return s


def _jpeg(sheet: Sheet, **kw: object) -> tuple[Image.Image, CiCapture]:
    cap = court_ci_capture.plan_capture(random.Random(5), sheet)
    for k, v in {"rotation": 0, "skew": 0.0, "cut_side": "", "cut_mm": 0.0, **kw}.items():
        setattr(cap, k, v)
    data = court_ci_capture.capture(sheet, cap, random.Random(6))
    assert data[:2] == b"\xff\xd8"
    return Image.open(io.BytesIO(data)), cap


def test_court_ci_capture_is_an_old_flatbed_at_low_dpi() -> None:
    rng = random.Random(9)
    caps = [court_ci_capture.plan_capture(rng, Sheet()) for _ in range(400)]
    assert {c.dpi for c in caps} <= {150, 180, 200} and all(abs(c.skew) <= 3 for c in caps)
    assert all(85 <= c.quality <= 92 for c in caps) and not any(c.photo for c in caps)
    assert {c.rotation for c in caps} >= {0, 180} and sum(c.rotation == 0 for c in caps) > 300
    assert 20 < sum(bool(c.cut_side) for c in caps) < 120
    img, _ = _jpeg(_page(), dpi=150)
    assert img.info["dpi"][0] == pytest.approx(150, abs=1)
    assert abs(img.width - round(Sheet().width * 150 / 200)) <= 1


def test_court_ci_scan_is_washed_out_with_a_yellow_green_cast_yet_readable() -> None:
    img, _ = _jpeg(_page(), dpi=200, gamma=1.6, floor=60)
    a = np.asarray(img, dtype=np.float32)
    paper = a[30:120, 30:120].reshape(-1, 3).mean(axis=0)
    assert paper[1] > paper[0] > paper[2] + 20, f"yellow-green paper {paper}"
    grey = a.mean(axis=2)
    ink = np.percentile(grey, 0.5)
    assert 80 < ink < 160, "black print comes out grey"
    assert np.median(grey) - ink > 70, "yet the print still stands out from the paper"


def test_court_ci_hair_on_the_glass_shows_at_the_same_place_on_every_page() -> None:
    marks = []
    for seed in (1, 2):
        img, _ = _jpeg(Sheet(), dpi=150 + 50 * (seed - 1), blur=0.3)
        g = np.asarray(img.convert("L"), dtype=np.float32)
        h, w = g.shape
        (x0, y0), (x1, y1) = HAIR[1], HAIR[2]
        x, y = int((x0 + x1) / 2 * w), int((y0 + y1) / 2 * h)
        row = g[y, x - 20:x + 20]
        marks.append(row.min() < np.median(row) - 25)
        x_off = x - 120
        assert g[y, x_off - 20:x_off + 20].min() > np.median(row) - 10, "elsewhere the paper is clean"
    assert all(marks)


def test_court_ci_page_past_the_glass_edge_loses_a_margin_strip() -> None:
    s = Sheet()
    s.line(0, 0, 0, s.height, width=30)  # a rule down the very left edge of the sheet
    full, _ = _jpeg(s, dpi=200)
    cut, _ = _jpeg(s, dpi=200, cut_side="left", cut_mm=6.0)
    fa, ca = np.asarray(full.convert("L"), np.float32), np.asarray(cut.convert("L"), np.float32)
    assert fa[:, :5].mean() < 120, "the rule is there on a full scan"
    assert ca[:, :5].mean() > 150, "and lost with the strip past the glass"
    assert abs(ca.shape[1] - fa.shape[1]) <= 1


def test_court_ci_upside_down_page_is_turned() -> None:
    s = Sheet()
    s.draw.rectangle((0, 0, s.width, 300), fill=(0, 0, 0))
    up, _ = _jpeg(s, dpi=150)
    down, _ = _jpeg(s, dpi=150, rotation=180)
    u, d = np.asarray(up.convert("L"), np.float32), np.asarray(down.convert("L"), np.float32)
    assert u[:100].mean() < 130 < d[:100].mean() and d[-100:].mean() < 130
