"""court_cd, 山东省菏泽市牡丹区人民法院执行局: a 牡丹区 embroidery workshop's judgment against a 曹县 汉服 shop, paid from
the shop's frozen 支付宝/微信 merchant funds (the platform's own 协助执行回执 filed behind the court's notice); a 菏泽中院
二审 牡丹籽油 supply judgment against a company with nothing — 网络查控, a 现场调查笔录 at the idle press, the 失信 公告
clipped from the newspaper and pasted on a sheet, 限制消费令, 约谈 — ended 终本 and archived; a 菏泽仲裁委员会 牡丹种苗
award, paid, filed without its 受理案件通知书. Many papers are carbonless copies (pink 第二联, yellow 第三联), some carry
the undertaker's highlighter; a sheet-fed colour scanner at 300 dpi, JPEG q60–80, ±2° skew, paper-clip shadows."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cd_capture
from dossier.corpus.families.court_cd import HANFU_SEQ, OIL_SEQ, SEED_SEQ, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_cd_seqs_are_in_its_range_and_numbers_are_mudan_district() -> None:
    assert all(63000 <= p.seq <= 63999 for p in family_plans("court_cd"))
    assert {p.seq for p in family_plans("court_cd")} == {HANFU_SEQ, OIL_SEQ, SEED_SEQ}
    c = case_of("court_cd_01")
    assert c.number.endswith(f"鲁1702执{HANFU_SEQ}号") and c.respondent.name.startswith("曹县")


def test_court_cd_parties_ids_are_valid() -> None:
    for prefix in ("court_cd_01", "court_cd_02", "court_cd_03"):
        c = case_of(prefix)
        assert check_id_number(c.applicant.id_number) is None
        assert check_credit_code(c.respondent.id_number) is None


def test_court_cd_bases_come_from_their_bodies() -> None:
    oil, seed = case_of("court_cd_02"), case_of("court_cd_03")
    assert "鲁17民终" in oil.basis_number and oil.basis_court == "山东省菏泽市中级人民法院"
    assert "菏仲字" in seed.basis_number
    award = text_of(render("enforcement_basis", seed, random.Random(2), []))
    assert "牡丹种苗" in award and "裁 决 书" in award
    judgment = render("enforcement_basis", oil, random.Random(2), [])
    assert len(judgment) == 2 and judgment[1].page_of == (2, 2) and "牡丹籽油" in text_of(judgment)


def test_court_cd_platform_reply_and_clipping() -> None:
    hanfu, oil = case_of("court_cd_01"), case_of("court_cd_02")
    reply = text_of(render("assistance_notice", hanfu, random.Random(3), ["reply"]))
    assert "协助执行回执" in reply and "支付宝" in reply
    clip = render("dishonest_list_decision", oil, random.Random(3), ["clipping"])[0]
    assert "公　告" in text_of([clip]) and oil.number in text_of([clip])
    a = np.asarray(clip.image, np.float32)
    newsprint = (np.abs(a[..., 0] - 236) < 12) & (np.abs(a[..., 2] - 212) < 14)
    assert newsprint.mean() > 0.1, "the clipping's newsprint tone covers part of the sheet"


def test_court_cd_receipts_are_mostly_carbon_copies() -> None:
    c = case_of("court_cd_01")
    tinted = 0
    for k in range(12):
        s = render("service_receipt", c, random.Random(k), ["enforcement_notice"])[0]
        r, _g, b = np.asarray(s.image, np.float32)[10:60, 10:60].reshape(-1, 3).mean(axis=0)
        tinted += int(r - b > 15)
        assert "送 达 回 证" in text_of([s])
    assert 4 <= tinted <= 12


def _scan(sheet: Sheet, seed: int) -> tuple[court_cd_capture.CdCapture, Image.Image]:
    rng = random.Random(seed)
    cap = court_cd_capture.plan_capture(rng, sheet)
    return cap, Image.open(io.BytesIO(court_cd_capture.capture(sheet, cap, rng)))


def test_court_cd_capture_is_300_dpi_colour_crooked_and_readable() -> None:
    c = case_of("court_cd_02")
    sheet = render("enforcement_notice", c, random.Random(5), [])[0]
    clips = 0
    for seed in range(8):
        cap, img = _scan(sheet, seed)
        assert cap.dpi == 300 and img.mode == "RGB" and abs(cap.skew) <= 2 and 60 <= cap.quality <= 80
        assert img.info.get("dpi", (0, 0))[0] == pytest.approx(300, abs=1)
        assert abs(img.width - sheet.width * 1.5) <= 2
        dark = (np.asarray(img.convert("L")) < 110).mean()
        assert 0.005 < dark < 0.2, "text still dark on light paper"
        clips += bool(cap.clip)
    assert clips >= 1


def test_court_cd_paper_clip_shadow_darkens_the_top_corner() -> None:
    sheet = Sheet()
    cap = court_cd_capture.CdCapture(dpi=300, rotation=0, photo=False, skew=0.0, quality=80, clip="right", noise=0.0)
    img = np.asarray(Image.open(io.BytesIO(court_cd_capture.capture(sheet, cap, random.Random(1)))).convert("L"))
    w = img.shape[1]
    corner = img[: img.shape[0] // 14, int(w * 0.8): int(w * 0.9)]
    assert corner.min() < 170 and img[: img.shape[0] // 14, : int(w * 0.5)].min() > 200
