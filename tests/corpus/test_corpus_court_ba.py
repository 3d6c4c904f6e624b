"""court_ba: 安徽省芜湖市镜湖区人民法院, a downtown court of 芜湖 whose old volumes went to an outsourced 档案数字化
company. A die maker executes a 芜湖中院 二审 judgment against a 奇瑞 tier-two stamping supplier and is paid from a frozen
account; a 中山路步行街 landlord's 芜湖仲裁委 rent award is settled, paid and archived; a 长江 river port resumes its 2022
终本 case on a cement trader's receivable, then withdraws after a deal, and the 终结执行 is filed without its 结案审批表.
The digitiser scanned 300 dpi grey with blue dropout (blue ballpoint and blue 收讫/核对 stamps fade away, red seals stay),
deskewed and cropped every page to its content — sometimes into an edge line — and levelled out faint strokes."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.families import court_ba_capture as cap_mod
from dossier.corpus.families.court_ba import DIE_SEQ, PORT_SEQ, SHOP_SEQ, render
from dossier.corpus.families.court_ba_kit import blue_stamp
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)

F = "court_ba"


def test_court_ba_case_numbers_stay_in_its_range() -> None:
    seqs = sorted(p.seq for p in family_plans(F))
    assert seqs == sorted([DIE_SEQ, SHOP_SEQ, PORT_SEQ]) and all(22000 <= s <= 22999 for s in seqs)
    assert case_of("court_ba_03").number.endswith(f"皖0202执恢{PORT_SEQ}号")


def test_court_ba_parties_carry_valid_numbers() -> None:
    for prefix in ("court_ba_01", "court_ba_02", "court_ba_03"):
        c = case_of(prefix)
        for p in (c.applicant, c.respondent):
            assert check_credit_code(p.id_number) is None, (prefix, p.id_number)
        assert check_id_number(c.extra["rep_id"]) is None and check_id_number(c.extra["agent_id"]) is None


def test_court_ba_bases_come_from_their_bodies() -> None:
    die, shop, port = case_of("court_ba_01"), case_of("court_ba_02"), case_of("court_ba_03")
    rng = random.Random(3)
    judgment = text_of(render("enforcement_basis", die, rng, []))
    assert "芜湖市中级人民法院" in judgment and "民终" in die.basis_number and "驳回上诉，维持原判" in judgment
    award = text_of(render("enforcement_basis", shop, rng, []))
    assert "芜湖仲裁委员会" in award and "终局裁决" in award
    assert "生效" in text_of(render("effectiveness_certificate", shop, rng, []))
    ending = text_of(render("termination_ruling", port, rng, []))
    assert "撤回执行申请" in ending and "终结" in ending and "执行裁定书" in ending
    resumed = text_of(render("resumption_ruling", port, rng, []))
    assert port.previous_number in resumed and "恢复执行" in resumed
    withdrawal = text_of(render("evidence", port, rng, ["withdrawal"]))
    assert "撤回执行申请书" in withdrawal and port.number in withdrawal


def test_court_ba_service_receipt_is_dot_matrix_on_a_printed_grid() -> None:
    c = case_of("court_ba_01")
    s = render("service_receipt", c, random.Random(5), ["enforcement_notice", "property_report_order"])[0]
    assert "送 达 回 证" in s.lines and "执行通知书、报告财产令　各一份" in s.lines
    assert s.height < mm(297), "a continuous form, shorter than A4"


def _probe() -> Sheet:
    """A sheet with black print, a red seal and a blue stamp, far apart."""
    s = Sheet()
    s.text(mm(20), mm(30), "安徽省芜湖市镜湖区人民法院执行通知书" * 2, font("serif_bold", 60), fill=INK)
    seal(s, mm(60), mm(150), "安徽省芜湖市镜湖区人民法院", random.Random(1))
    blue_stamp(s, mm(120), mm(220), ["与原件核对无异", "收讫"], random.Random(2))
    s.text(mm(20), mm(270), "第1页 共1页", font("serif", 40))
    return s


def _scan(sheet: Sheet, **over: object) -> tuple[np.ndarray, cap_mod.BACapture, Image.Image]:
    cap = cap_mod.plan_capture(random.Random(7), sheet)
    for k, v in over.items():
        setattr(cap, k, v)
    img = Image.open(io.BytesIO(cap_mod.capture(sheet, cap, random.Random(8))))
    return np.asarray(img, dtype=np.float32), cap, img


def test_court_ba_capture_is_300_dpi_grey_jpeg_cropped_to_the_content() -> None:
    a, cap, img = _scan(_probe(), bite="", residual=0.0)
    assert img.format == "JPEG" and img.mode == "L" and img.info["dpi"][0] == pytest.approx(300, abs=1)
    assert 50 <= cap.quality <= 75 and abs(cap.residual) <= 0.6 and cap.rotation == 0
    full_w = round(Sheet().width * 300 / 200)
    assert a.shape[1] < full_w * 0.95, "cropped to the content, not the whole A4"
    sizes = {_scan(_probe(), margins=m, bite="")[0].shape for m in [(3, 3, 3, 3), (15, 12, 9, 16)]}
    assert len(sizes) == 2, "margins vary page to page"


def test_court_ba_crop_can_eat_into_an_edge_line() -> None:
    a, _, _ = _scan(_probe(), bite="l", bite_mm=2.5, residual=0.0)
    assert (a[:, :3] < 120).any(), "print touches the cut left edge"
    b, _, _ = _scan(_probe(), bite="", margins=(10, 10, 10, 10), residual=0.0)
    assert not (b[:, :20] < 120).any(), "with a margin the edge is paper"


def test_court_ba_blue_drops_out_red_and_black_stay() -> None:
    sheet = _probe()
    rgb = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    blue = (rgb[..., 2] - np.maximum(rgb[..., 0], rgb[..., 1])) > 60
    red = (rgb[..., 0] - rgb[..., 2]) > 80
    black = rgb.max(axis=2) < 70
    grey = cap_mod.dropout_grey(rgb, 0.9)
    assert grey[blue].mean() > 215, "blue stamp nearly vanishes"
    assert grey[red].mean() < 175, "red seal stays mid-grey"
    assert grey[black].mean() < 60, "black print stays black"
    a, _, _ = _scan(sheet, bite="", residual=0.0, margins=(5, 5, 5, 5), dropout=0.9)
    assert (a < 90).mean() > 0.003, "the print is still there after levels"


def test_court_ba_blank_back_stays_blank() -> None:
    s = Sheet()
    s.image.paste((236, 236, 234), (0, 0, s.width, s.height))
    a, _, _ = _scan(s)
    assert a.min() > 200
