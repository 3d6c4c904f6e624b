"""court_be, 甘肃省兰州市城关区人民法院 (held out): a 牛肉面 brand company enforces its 兰州仲裁委员会 award for a
franchisee's unpaid 加盟费 (archived, with the commission's 生效证明书 behind the award); a 张掖路 shop owner enforces a
rent judgment that 兰州中院 upheld on appeal, settled in two instalments after the 车管所 found the tenant's car; a
delivery cook enforces this court's 劳动争议 调解书 against a 雁滩 餐饮 supplier, handed in without its 受理案件通知书.
The bureau's own papers are ADF scans at 200 dpi; what came in through 网上立案 / 移动微法院 is a scanning app's
near-black-and-white "enhanced" page with its "扫描全能王 创建" foot line, a PDF downscaled to 1240–1600 px and
re-compressed, or a phone picture left in perspective on a dark desk."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_be_capture as cap
from dossier.corpus.families.court_be import BEEF_SEQ, CODES, LEASE_SEQ, WAGE_SEQ, render
from dossier.corpus.families.court_be_kit import sheet
from dossier.corpus.families.court_be_plans import MISSING, plans
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    text_of,
)


def test_court_be_draws_its_codes():
    assert len(CODES) == 28


def test_court_be_dossiers_are_complete_or_defective_as_planned():
    assert MISSING == "acceptance_notice"


def test_court_be_seqs_lie_in_its_range():
    assert {p.seq for p in plans()} == {BEEF_SEQ, LEASE_SEQ, WAGE_SEQ}
    assert all(27000 <= p.seq <= 27999 for p in plans())


def test_court_be_bases_come_from_their_own_bodies():
    beef, lease, wage = case_of("court_be_01"), case_of("court_be_02"), case_of("court_be_03")
    award = text_of(render("enforcement_basis", beef, random.Random(3), []))
    assert "兰州仲裁委员会" in award and "特许经营合同" in award and "裁决如下" in award
    assert "生效证明书" in text_of(render("effectiveness_certificate", beef, random.Random(3), []))
    appeal = text_of(render("enforcement_basis", lease, random.Random(3), []))
    assert "兰州市中级人民法院" in appeal and "甘01民终" in appeal and "驳回上诉，维持原判" in appeal
    assert lease.extra["first_number"] in appeal
    mediation = text_of(render("enforcement_basis", wage, random.Random(3), []))
    assert "民事调解书" in mediation.replace(" ", "") and "劳动人事争议仲裁委员会" in mediation
    for c in (beef, lease, wage):
        ruling = render("enforcement_ruling", c, random.Random(4), [])
        assert "执行裁定书" in ruling[0].lines[1].replace(" ", "") and "裁定如下" in text_of(ruling)
    assert "查封被执行人" in text_of(render("enforcement_ruling", lease, random.Random(4), []))
    assert "车辆管理所" in text_of(render("assistance_notice", lease, random.Random(4), []))
    assert "收  条" in text_of(render("payment_voucher", lease, random.Random(4), []))
    assert "电子回单" in text_of(render("payment_voucher", wage, random.Random(4), []))


def test_court_be_party_numbers_are_valid():
    for prefix in ("court_be_01", "court_be_02", "court_be_03"):
        c = case_of(prefix)
        for p in (c.applicant, c.respondent):
            check = check_credit_code if p.kind == "organisation" else check_id_number
            assert check(p.id_number) is None, (prefix, p.name, p.id_number)
        assert c.court.name == "甘肃省兰州市城关区人民法院" and "甘0102执" in c.number


def _jpeg(origin: str, seed: int, **force: object) -> tuple[Image.Image, cap.BCapture]:
    c = case_of("court_be_01")
    s = render("enforcement_notice", c, random.Random(seed), [])[0]
    s.origin = origin  # type: ignore[attr-defined]
    rng = random.Random(seed)
    plan = cap.plan_capture(rng, s)
    for k, v in force.items():
        setattr(plan, k, v)
    return Image.open(io.BytesIO(cap.capture(s, plan, rng))), plan


def test_court_be_adf_pages_are_200_dpi_a4_and_keep_their_text():
    img, plan = _jpeg("adf", 1, rotation=0)
    assert plan.dpi == 200 and not plan.photo
    assert img.info["dpi"][0] == pytest.approx(200) and abs(img.size[0] - 1654) < 4 and abs(img.size[1] - 2339) < 4
    a = np.asarray(img.convert("L"))
    assert 0.005 < (a < 110).mean() < 0.2, "ink on the page"


def test_court_be_app_pages_are_near_black_and_white_with_the_apps_foot_line():
    img, plan = _jpeg("app", 2, rotation=0, skew=0.0, long_side=0, watermark=True)
    assert plan.photo and plan.dpi is None
    a = np.asarray(img.convert("L")).astype(int)
    adf, _ = _jpeg("adf", 2, rotation=0, skew=0.0)
    d = np.asarray(adf.convert("L")).astype(int)
    def grey_edges(x: np.ndarray) -> float:  # mid greys per ink pixel: anti-aliased edges and shading
        return float(((x > 70) & (x < 185)).mean() / (x < 110).mean())
    assert grey_edges(a) < 0.4 < grey_edges(d), "the enhance mode pushes the page near black-and-white"
    assert 0.005 < (a < 110).mean() < 0.2, "the text is still there"
    h, w = a.shape
    foot = a[int(h * 0.955):int(h * 0.99), int(w * 0.7):int(w * 0.97)]
    assert (foot < 200).mean() > 0.01, "扫描全能王 创建 at the foot"
    bare, _ = _jpeg("app", 2, rotation=0, skew=0.0, long_side=0, watermark=False)
    b = np.asarray(bare.convert("L")).astype(int)[int(h * 0.955):int(h * 0.99), int(w * 0.7):int(w * 0.97)]
    assert (b < 200).mean() < (foot < 200).mean()


def test_court_be_uploads_are_downscaled_and_recompressed():
    img, plan = _jpeg("upload", 3, rotation=0)
    assert 1240 <= max(img.size) <= 1600 and 35 <= plan.quality <= 60
    assert img.info["dpi"][0] == pytest.approx(max(img.size) / 11.69, abs=1.5), "still an A4 page in the PDF"
    a = np.asarray(img.convert("L"))
    assert (a < 128).mean() > 0.004, "text survives the downscale"


def test_court_be_uncorrected_photos_show_the_desk_and_turned_pages_are_turned():
    img, _ = _jpeg("photo", 4, rotation=0, skew=0.0)
    a = np.asarray(img.convert("L")).astype(int)
    corners = [a[:8, :8].mean(), a[:8, -8:].mean(), a[-8:, :8].mean(), a[-8:, -8:].mean()]
    assert max(corners) < 90, "the dark desk round the page"
    assert a[a.shape[0] // 2, a.shape[1] // 2] > 120, "the page itself is light"
    turned, _ = _jpeg("photo", 4, rotation=90, skew=0.0)
    assert turned.size[0] > turned.size[1]


def test_court_be_capture_plans_follow_the_origin():
    rng = random.Random(7)
    kinds: dict[str, set[bool]] = {}
    for origin in ("adf", "app", "upload", "photo"):
        s = sheet(origin)
        for _ in range(40):
            p = cap.plan_capture(rng, s)
            kinds.setdefault(origin, set()).add(p.photo)
            assert -3 <= p.skew <= 3 and p.rotation in (0, 90, 180, 270)
            if origin == "adf":
                assert p.dpi == 200 and p.rotation in (0, 180) and not p.long_side
    assert kinds == {"adf": {False}, "app": {True}, "upload": {False}, "photo": {True}}
