"""The family court_ck (江西上饶信州, held out: drawn without looking at the page reader): the city-centre court of
上饶. 上饶银行信州支行 enforces a 上饶市中级人民法院 loan judgment against a tea-oil trader who has nothing left —
查控 through the network, 上饶市不动产登记中心 and 信州区市场监督管理局 find nothing, a 限制消费令 and the 失信 list,
a 谈话笔录, then 终结本次执行程序; an optical-glass seller's award of 上饶仲裁委员会 (its 生效证明书 right behind it)
is paid after a 和解协议 and archived with cover, catalogue, review form and remarks sheet; a 光电 company's
goods-payment judgment is paid, but the dossier reaches the file without the 申请执行费 receipt. The archive room
scanned everything at 200 dpi grey with an aggressive despeckle that thins strokes, a red 档案页码 stamp top-right,
often a blue 与原件核对无误 stamp, pencil page numbers; some skew, a few pages upside down."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ck_capture, renderer
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_ck"]


def test_court_ck_has_three_dossiers_in_its_seq_range() -> None:
    assert len(OURS) == 3
    assert all(76000 <= p.seq <= 76999 for p in OURS)
    assert sum(not p.complete for p in OURS) == 1
    assert {p.stage for p in OURS} == {"closing", "archive"}


def test_court_ck_cases_are_of_shangrao_with_valid_ids() -> None:
    for p in OURS:
        c = case_for(p, random.Random(p.seq))
        assert c.number.startswith("（2026）赣1102执")
        assert c.filed_on < c.closed_on
        for party in (c.applicant, c.respondent):
            bad = check_id_number(party.id_number) if party.kind == "person" else check_credit_code(party.id_number)
            assert bad is None, party
        assert "上饶" in c.basis_court or c.basis_court.startswith("江西省上饶市")


def test_court_ck_wording() -> None:
    tea = next(p for p in OURS if p.method == "terminated_this_round")
    c = case_for(tea, random.Random(1))
    draw = renderer("court_ck")
    ruling = text_of(draw("termination_this_round_ruling", c, random.Random(2), []))
    assert "执行裁定书" in ruling and "终结本院" in ruling and "上饶市不动产登记中心" in ruling
    assert "上饶银行" in c.applicant.name and "油茶" in c.respondent.name
    glass = next(p for p in OURS if p.stage == "archive")
    g = case_for(glass, random.Random(3))
    assert "上饶仲裁委员会" in text_of(draw("effectiveness_certificate", g, random.Random(4), []))
    receipt = draw("service_receipt", g, random.Random(5), ["closing_notice"])
    assert "结案通知书" in text_of(receipt)


def _page(seed: int) -> tuple[Sheet, court_ck_capture.KCapture, Image.Image]:
    sheet = Sheet()
    sheet.text(200, 400, "上饶市信州区人民法院执行局" * 2, font("song_gb", 40))
    rng = random.Random(seed)
    cap = court_ck_capture.plan_capture(rng, sheet)
    cap.rotation, cap.skew, cap.blur = 0, 0.0, 0.0
    img = Image.open(io.BytesIO(court_ck_capture.capture(sheet, cap, rng)))
    return sheet, cap, img


def test_court_ck_capture_is_200_dpi_grey_stamped_and_thinned() -> None:
    sheet, cap, img = _page(7)
    assert img.mode == "L" and img.info["dpi"][0] == pytest.approx(200, abs=1)
    assert img.size == sheet.size
    a = np.asarray(img, dtype=np.float32)
    corner = a[: a.shape[0] // 12, int(a.shape[1] * 0.75):]
    assert (corner < 200).mean() > 0.005          # the 档案页码 stamp is there
    plain = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    text_band = (slice(380, 470), slice(180, 1400))
    assert (a[text_band] < 128).sum() < 0.9 * (plain[text_band] < 128).sum()  # despeckle ate stroke pixels
    assert (a[text_band] < 200).sum() > 0.6 * (plain[text_band] < 128).sum()  # but text stays, greyer
    assert 45 <= cap.quality <= 80 and -3 <= cap.skew <= 3


def test_court_ck_capture_turns_some_pages_upside_down() -> None:
    rng = random.Random(11)
    caps = [court_ck_capture.plan_capture(rng, Sheet()) for _ in range(300)]
    assert 0 < sum(c.rotation == 180 for c in caps) < 60
    assert all(c.rotation in (0, 180) and c.dpi == 200 and not c.photo for c in caps)


def test_court_ck_blank_backs_stay_blank() -> None:
    rng = random.Random(5)
    blank = Sheet()
    cap = court_ck_capture.plan_capture(rng, blank)
    cap.skew, cap.rotation = 0.0, 0
    a = np.asarray(Image.open(io.BytesIO(court_ck_capture.capture(blank, cap, rng))), dtype=np.float32)
    assert (a < 150).mean() < 0.0005
