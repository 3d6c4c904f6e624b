"""court_ca, 广东省汕头市龙湖区人民法院执行局: a 龙湖 plastics company collects 模具加工费 from a 澄海 toy maker under a 汕头中院
二审 judgment, paid after the bank froze and deducted the deposit (the bank's own reply slip, a 执行款发放审批表); a Hong Kong
landlord, acting through his cousin (a 公民代理人 with a 社区 kinship certificate, his 回乡证 and 居住证 as identity proof),
collects a 牛肉丸·单丛茶 shop's rent under this court's 调解书, settled, performed and archived; a 货代 company's fees under a
汕头仲裁委 award, paid, filed without its 授权委托书. The 电子卷宗 keeps the scans downsampled: grey, 100–120 dpi, JPEG
q30–50, the lid's grey at one edge; landscape forms turned 90°, a few sheets upside down; 骑缝章 slices and
'复印件与原件一致' stamps on the papers."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ca, court_ca_capture
from dossier.corpus.families.court_ca_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_ca_codes_and_missing_item() -> None:
    assert MISSING == "power_of_attorney"


def test_court_ca_seqs_are_in_its_range_and_numbers_are_longhu() -> None:
    ps = family_plans("court_ca")
    assert all(60000 <= p.seq <= 60999 for p in ps) and len({p.seq for p in ps}) == 3
    for prefix in ("court_ca_01", "court_ca_02", "court_ca_03"):
        assert "粤0507执" in case_of(prefix).number


def test_parties_carry_valid_numbers_and_the_landlord_is_from_hong_kong() -> None:
    for prefix in ("court_ca_01", "court_ca_02", "court_ca_03"):
        c = case_of(prefix)
        for p in (c.applicant, c.respondent):
            check = check_id_number if p.kind == "person" else check_credit_code
            assert check(p.id_number) is None, (prefix, p.name)
    shop = case_of("court_ca_02")
    assert shop.applicant.id_number.startswith("810000")
    assert shop.case_json()["applicants"][0]["agent"]["kind"] == "relative"
    ident = text_of(court_ca.render("identity_proof", shop, random.Random(2), []))
    assert "港澳居民来往内地通行证" in ident and shop.extra["pass_no"] in ident and "复印件与原件一致" in ident
    kin = text_of(court_ca.render("kinship_proof", shop, random.Random(2), []))
    assert "社区居民委员会" in kin and shop.agent in kin


def test_bases_are_second_instance_judgment_mediation_and_award() -> None:
    toy = court_ca.render("enforcement_basis", case_of("court_ca_01"), random.Random(3), [])
    assert len(toy) >= 2 and "汕头市中级人民法院" in text_of(toy) and "驳回上诉，维持原判。" in text_of(toy)
    assert "模具" in text_of(toy) and toy[-1].page_of == (len(toy), len(toy))
    assert "民事调解书" in text_of(court_ca.render("enforcement_basis", case_of("court_ca_02"), random.Random(3), []))
    award = text_of(court_ca.render("enforcement_basis", case_of("court_ca_03"), random.Random(3), []))
    assert "汕头仲裁委员会" in award and "裁决如下" in award
    ruling = text_of(court_ca.render("enforcement_ruling", case_of("court_ca_01"), random.Random(3), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling


def test_multi_page_papers_carry_a_cross_page_seal_slice_at_the_right_edge() -> None:
    sheets = court_ca.render("enforcement_basis", case_of("court_ca_01"), random.Random(5), [])
    for s in sheets:
        a = np.asarray(s.image).astype(int)
        edge = a[:, -60:]
        red = (edge[..., 0] - edge[..., 1] > 60).sum()
        assert red > 200, "a slice of the seal at the right edge"


def _jpeg(sheet: Sheet, seed: int) -> tuple[court_ca_capture.CaCapture, Image.Image, bytes]:
    rng = random.Random(seed)
    cap = court_ca_capture.plan_capture(rng, sheet)
    data = court_ca_capture.capture(sheet, cap, rng)
    return cap, Image.open(io.BytesIO(data)), data


def test_capture_is_downsampled_grey_jpeg_with_a_lid_edge() -> None:
    sheet = court_ca.render("enforcement_notice", case_of("court_ca_01"), random.Random(1), [])[0]
    for seed in range(6):
        cap, img, _ = _jpeg(sheet, seed)
        assert img.mode == "L" and 100 <= cap.dpi <= 120 and 30 <= cap.quality <= 50
        assert abs(img.width - round(sheet.width * cap.dpi / 200)) < 40
        assert img.info["dpi"][0] == pytest.approx(cap.dpi, abs=1)
        a = np.asarray(img).astype(float)
        band = {"top": a[:3], "bottom": a[-3:], "left": a[:, :3], "right": a[:, -3:]}[cap.lid_edge]
        assert band.mean() < 190, "the lid's grey along one edge"
        assert np.median(a) > 200, "paper stays light: readable"
        assert (a < 90).mean() > 0.003, "text survives the downsampling"


def test_landscape_forms_are_stored_turned_and_some_pages_upside_down() -> None:
    c = case_of("court_ca_01")
    form = court_ca.render("payment_voucher", c, random.Random(1), ["release"])[0]
    assert form.width > form.height
    cap, img, _ = _jpeg(form, 4)
    assert cap.rotation in (90, 270) and img.height > img.width
    rng = random.Random(9)
    portrait = Sheet()
    turns = [court_ca_capture.plan_capture(rng, portrait).rotation for _ in range(400)]
    assert 0 < turns.count(180) < 40 and set(turns) <= {0, 180}


def test_every_paper_prints_its_amounts_once_and_in_capitals() -> None:
    for plan in family_plans("court_ca"):
        c = case_of(plan.name[:11])
        for d in plan.docs:
            text = text_of(court_ca.render(d.code, c, random.Random(4), d.served or ([d.note] if d.note else [])))
            assert "人民币人民币" not in text and "元元" not in text, (plan.name, d.code)
        notice = text_of(court_ca.render("enforcement_notice", c, random.Random(4), []))
        assert f"{c.amount:,.2f}" in notice and "大写" in notice


def test_a_bank_slip_lies_upright_in_the_corner_of_the_glass() -> None:
    c = case_of("court_ca_01")
    slip = court_ca.render("assistance_notice", c, random.Random(1), ["reply"])[0]
    assert slip.width > slip.height and "协助执行通知书（回执）" in slip.lines
    cap, img, _ = _jpeg(slip, 2)
    assert cap.rotation in (0, 180) and img.height > img.width
    a = np.asarray(img).astype(float)
    lower = a[int(a.shape[0] * 0.7):int(a.shape[0] * 0.9), 20:-20]
    assert (lower < 120).mean() < 0.002, "below the slip only the lid's white"
