"""The family court_by (浙江义乌, held out: drawn without looking at the page reader): the court of the 小商品 market city.
A 国际商贸城 stall keeper wins the court's own judgment for 圣诞饰品 sold to a trading company whose legal representative
is a Jordanian national (his passport copy, annotated in Chinese by the company, stands for the 身份证), and is paid in
three instalments under a 执行和解协议 after the 执行通知书 and 报告财产令; a 跨境电商 seller's 金华中院 二审 judgment
against a 货代 that lost an FBA shipment is settled, paid and archived; the court's 调解书 on a 直播带货 service fee
against a sock maker reaches the file without its 诉讼费 receipt. The applicants' lawyer filed every paper through a
phone scanning app: auto-cropped and 'enhanced' near black-and-white with sharpening halos, the app's watermark at a
bottom corner, some crops failed (the desk, a thumb, a trapezoid), some too tight, 150–200 dpi, JPEG q35–70, a few
pages turned landscape."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_by_capture, renderer
from dossier.corpus.families.court_by import FREIGHT_SEQ, LIVE_SEQ, XMAS_SEQ
from dossier.corpus.families.court_by_capture import PhoneScan
from dossier.corpus.families.court_by_kit import COURT, MIDDLE
from dossier.corpus.families.court_by_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_by"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(58000 <= p.seq <= 58999 for p in OURS)
    assert [p.seq for p in OURS] == [XMAS_SEQ, FREIGHT_SEQ, LIVE_SEQ]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_by")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_two_paid_dossiers_one_archived_and_a_mediation_without_its_fee_receipt() -> None:
    assert MISSING == "fee_receipt"
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.complete for p in OURS] == [True, True, False]
    assert all(p.method == "fully_performed" and p.category == "enforcement" for p in OURS)
    assert [p.basis_kind for p in OURS] == ["judgment", "judgment", "mediation"]
    assert MISSING in {d.code for d in OURS[0].docs} and MISSING not in {d.code for d in OURS[2].docs}


def test_the_stall_keepers_ornaments_judgment_is_paid_in_three_instalments() -> None:
    c = _plan("court_by_01")[1]
    assert c.number == f"（2026）浙0782执{XMAS_SEQ}号" and c.basis_court == COURT
    assert c.applicant.kind == "person" and "商行" in c.extra["shop"] and "国际商贸城" in c.extra["stall"]
    judgment = _draw("court_by_01", "enforcement_basis")
    assert judgment[0].lines[0] == COURT and "民 事 判 决 书" in judgment[0].lines
    assert "圣诞" in text_of(judgment) and "判决如下：" in text_of(judgment) and "个体工商户" in text_of(judgment)
    plan = c.extra["plan"]
    assert len(plan) == 3 and sum(a for _, a in plan) == c.amount
    deal = text_of(_draw("court_by_01", "settlement_agreement"))
    assert all(f"{a:,.2f}" in deal for _, a in plan)
    vouchers = _draw("court_by_01", "payment_voucher")
    assert len(vouchers) == 3 and [v.starts_document for v in vouchers] == [False, True, True]
    assert "报告财产令" in "".join(_draw("court_by_01", "property_report_order")[0].lines).replace("　", "")


def test_the_foreign_legal_representative_is_proved_by_a_passport_with_a_chinese_annotation() -> None:
    c = _plan("court_by_01")[1]
    given, family = c.extra["foreign"]
    sheets = _draw("court_by_01", "identity_proof", ["respondent"])
    assert len(sheets) == 3
    passport = sheets[-1]
    assert "法定代表人护照复印件" in passport.lines and "居民身份证" not in text_of([passport])
    assert any("PASSPORT" in line for line in passport.lines) and f"P<JOR{family}<<{given}" in text_of([passport])
    assert "中文译文（注释）：" in passport.lines and "国　　籍：约旦哈希姆王国" in passport.lines
    assert c.respondent.legal_rep in text_of([passport]) and c.extra["passport"] in text_of([passport])
    assert "约旦" in text_of(_draw("court_by_01", "enforcement_basis"))
    assert "护照" in text_of(sheets[1:2])
    mine = _draw("court_by_01", "identity_proof")
    assert len(mine) == 2 and "居民身份证复印件" in mine[0].lines and c.applicant.id_number in text_of(mine)
    assert "个体工商户" in mine[1].lines and c.extra["shop_code"] in text_of(mine[1:])


def test_the_lawyer_files_a_firm_letter_and_a_power_of_attorney() -> None:
    c = _plan("court_by_01")[1]
    letter = _draw("court_by_01", "law_firm_letter")[0]
    assert letter.lines[0] == c.firm and "律 师 事 务 所 函" in letter.lines and c.extra["firm_no"] in letter.lines
    assert f"指派{c.agent}律师" in text_of([letter])
    poa = text_of(_draw("court_by_01", "power_of_attorney"))
    assert "授 权 委 托 书" in poa and "特别授权" in poa and c.agent in poa


def test_the_freight_appeal_comes_from_jinhua_with_its_certificate_of_effect() -> None:
    c = _plan("court_by_02")[1]
    assert c.basis_court == MIDDLE and "浙07民终" in c.basis_number and c.extra["first"].startswith("（2025）浙0782民初")
    appeal = _draw("court_by_02", "enforcement_basis")
    assert MIDDLE in appeal[0].lines and "民事判决书" in appeal[0].lines and "驳回上诉，维持原判。" in text_of(appeal)
    assert c.extra["fba"] in text_of(appeal) and "本判决为终审判决。" in text_of(appeal)
    assert len(appeal) > 1 and [s.page_of for s in appeal][-1] == (len(appeal), len(appeal))
    assert "生 效 证 明" in _draw("court_by_02", "effectiveness_certificate")[0].lines
    assert "执 行 案 卷" in _draw("court_by_02", "dossier_cover")[0].lines
    assert "卷 内 目 录" in _draw("court_by_02", "catalogue")[0].lines
    assert "卷宗复核表" in _draw("court_by_02", "file_review_form")[0].lines
    assert "备　考　表" in _draw("court_by_02", "remarks_sheet")[0].lines


def test_the_livestream_fee_was_mediated_by_the_court() -> None:
    c = _plan("court_by_03")[1]
    assert c.number == f"（2026）浙0782执{LIVE_SEQ}号" and c.basis_kind == "mediation"
    med = _draw("court_by_03", "enforcement_basis")
    assert "民 事 调 解 书" in med[0].lines and "直播" in text_of(med) and c.extra["platform"] in text_of(med)
    assert "袜业" in c.respondent.name and "网络科技" in c.applicant.name


def test_ids_validate() -> None:
    for k in (1, 2, 3):
        c = _plan(f"court_by_0{k}")[1]
        assert check_credit_code(c.respondent.id_number) is None
        if c.applicant.kind == "organisation":
            assert check_credit_code(c.applicant.id_number) is None
        else:
            assert check_id_number(c.applicant.id_number) is None
            assert c.extra["shop_code"].startswith("92") and check_credit_code(c.extra["shop_code"]) is None


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"))


def _plain(**kw: object) -> PhoneScan:
    cap = court_by_capture.plan_capture(random.Random(0), Sheet())
    cap.rotation, cap.skew, cap.crop_failed, cap.thumb, cap.tight, cap.dpi = 0, 0.0, False, False, (0, 0, 0, 0), 200
    cap.corner, cap.quality = "right", 60
    for k, v in kw.items():
        setattr(cap, k, v)
    return cap


def test_the_app_plans_its_pages_within_the_brief() -> None:
    caps = [court_by_capture.plan_capture(random.Random(k), Sheet()) for k in range(400)]
    assert {c.dpi for c in caps} <= {150, 170, 180, 200} and all(35 <= c.quality <= 70 for c in caps)
    assert all(c.photo for c in caps) and max(abs(c.skew) for c in caps) <= 1.5
    assert 10 < sum(c.rotation != 0 for c in caps) < 60, "a few pages landscape"
    assert 60 < sum(c.crop_failed for c in caps) < 140 and any(c.thumb for c in caps)
    assert all(max(c.tight) <= 5 for c in caps) and 40 < sum(max(c.tight) > 0 for c in caps) < 140


def test_the_enhance_filter_leaves_a_white_page_and_dark_strokes_near_black_and_white() -> None:
    sheet = _draw("court_by_01", "enforcement_notice")[0]
    img = _decode(court_by_capture.capture(sheet, _plain(), random.Random(1)))
    assert img.shape == (sheet.height, sheet.width)
    assert np.median(img) >= 250, "background pushed to white"
    assert 0.01 < (img < 100).mean() < 0.2, "the text stays"
    mid = ((img > 90) & (img < 200)).mean()
    assert mid < 0.05, ("near black-and-white", mid)


def test_every_page_carries_the_apps_watermark_at_a_bottom_corner() -> None:
    blank = Sheet()
    for corner in ("right", "left"):
        img = _decode(court_by_capture.capture(blank, _plain(corner=corner), random.Random(2)))
        h, w = img.shape
        foot = img[int(h * 0.94):, :]
        ink = foot < 200
        cols = np.where(ink.any(axis=0))[0]
        assert len(cols) and (cols.min() > w * 0.6 if corner == "right" else cols.max() < w * 0.4), corner
        assert (img[: int(h * 0.9)] < 200).mean() < 0.001, "nothing else on a blank page"


def test_a_failed_crop_leaves_the_desk_at_one_edge_and_a_tight_crop_cuts_the_margin() -> None:
    sheet = _draw("court_by_01", "acceptance_notice")[0]
    img = _decode(court_by_capture.capture(sheet, _plain(crop_failed=True, edge="left", desk=0.05), random.Random(3)))
    h, w = img.shape
    assert w > sheet.width * 1.03, "the desk strip widens the page"
    assert img[h // 3: 2 * h // 3, :int(w * 0.03)].mean() < 90, "dark desk at the left edge"
    assert img[h // 3: 2 * h // 3, -int(w * 0.03):].mean() > 200
    tight = _decode(court_by_capture.capture(sheet, _plain(tight=(5.0, 3.0, 5.0, 3.0)), random.Random(3)))
    lost = (sheet.height - tight.shape[0], sheet.width - tight.shape[1])
    assert abs(lost[0] - 6 / 25.4 * 200) <= 2 and abs(lost[1] - 10 / 25.4 * 200) <= 2, "a few mm of margin lost"
    assert (tight < 100).mean() >= (_decode(court_by_capture.capture(sheet, _plain(), random.Random(3))) < 100).mean()


def test_landscape_pages_and_dpi() -> None:
    sheet = _draw("court_by_02", "closing_notice")[0]
    img = _decode(court_by_capture.capture(sheet, _plain(rotation=90, dpi=150), random.Random(4)))
    assert img.shape == (round(sheet.width * 0.75), round(sheet.height * 0.75))
    im = Image.open(io.BytesIO(court_by_capture.capture(sheet, _plain(dpi=180), random.Random(4))))
    assert round(im.info["dpi"][0]) == 180


@pytest.mark.parametrize("prefix", ["court_by_01", "court_by_03"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    p, c = _plan(prefix)
    rng = random.Random(5)
    for d in p.docs[:10]:
        for s in renderer("court_by")(d.code, c, rng, d.served or ([d.note] if d.note else [])):
            cap = court_by_capture.plan_capture(rng, s)
            img = _decode(court_by_capture.capture(s, cap, rng))
            assert max(img.shape) >= 0.7 * max(s.width, s.height) * cap.dpi / 200
            assert (img < 100).mean() > 0.003, (d.code, "text survives")


def test_the_sharpen_leaves_a_light_halo_round_dark_strokes() -> None:
    field = np.full((120, 240), 170.0, np.float32)  # a grey stain the filter does not quite whiten
    field[:, 110:130] = 25.0  # a heavy stroke
    out = court_by_capture.enhance(field, 2.0)
    assert out[:, 114:126].mean() < 20, "the stroke goes black"
    halo, far = out[:, 131:134].mean(), out[:, 10:60].mean()
    assert halo > far + 20 and far < 235, (halo, far)


def test_receipts_name_what_they_served_typed_or_posted() -> None:
    kinds = set()
    for seed in range(8):
        sheet = _draw("court_by_02", "service_receipt", ["enforcement_notice", "property_report_order"], seed)[0]
        assert "执行通知书" in text_of([sheet]) and "报告财产令" in text_of([sheet])
        kinds.add("送达回证（邮寄）" in sheet.lines)
    assert kinds == {True, False}
