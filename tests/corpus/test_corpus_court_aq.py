"""The family court_aq (福建晋江, held out: drawn without looking at the page reader): shoes and garments. A 台湾 鞋材
trader enforces this court's 鞋底 judgment against a 鞋业 company (his 台胞证 copy, his 授权委托书 notarised in 台中 with
the 公證書 in Traditional characters and the 海基會's 寄送公證書副本 letter, a 晋江 firm's 所函 and 律师执业证), 终本; a
garment workshop's 泉州仲裁委员会 award on unpaid 加工费, settled and paid, archived; a 民间借贷 judgment, 终本, handed in
without its 受理案件通知书. The court's vendor scanned everything on an office MFP whose "text enhancement" sharpens
with white halos, thickens strokes, clips light greys to white and saves small, blocky JPEGs, a few sheets crooked or
dog-eared."""

from __future__ import annotations

import io
import random
import re
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_aq_capture, renderer
from dossier.corpus.families.court_aq import GARMENT_SEQ, TAIWAN_SEQ
from dossier.corpus.families.court_aq_kit import COURT
from dossier.corpus.families.court_aq_papers import ARBITRATION, BANK, REGISTRY, SEF
from dossier.corpus.families.court_aq_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_aq"]


def test_court_aq_seqs_lie_in_its_range() -> None:
    assert all(67000 <= p.seq <= 67999 for p in OURS)


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_aq")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_complete_dossiers_miss_nothing_and_the_loan_dossier_misses_its_acceptance_notice() -> None:
    assert MISSING == "acceptance_notice"
    loan = _plan("court_aq_03")[0]
    assert any(d.code == "service_receipt" and d.served == ["acceptance_notice"] for d in loan.docs), (
        "the notice was served, only its copy never reached the file")


def test_the_dossiers_are_35_to_50_pages_and_two_are_complete() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        rng = random.Random(3)
        pages = sum(len(renderer("court_aq")(d.code, c, rng, d.served or ([d.note] if d.note else [])))
                    for d in p.docs)
        assert 35 <= pages <= 50, (p.name, pages)
    assert [p.complete for p in OURS] == [True, True, False]
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]


def test_the_bases_are_a_soles_judgment_a_quanzhou_award_and_a_loan_judgment() -> None:
    c1, c2, c3 = (_plan(f"court_aq_0{k}")[1] for k in (1, 2, 3))
    assert c1.number.endswith(f"{TAIWAN_SEQ}号") and c2.number.endswith(f"{GARMENT_SEQ}号")
    assert c1.basis_court == COURT == c3.basis_court and "闽0582民初" in c1.basis_number
    soles = _draw("court_aq_01", "enforcement_basis")
    assert "民　事　判　决　书" in soles[0].lines and c1.basis_number in soles[0].lines
    assert "鞋底" in text_of(soles) and "判决如下：" in text_of(soles)
    assert c2.basis_court == ARBITRATION and "泉仲裁字" in c2.basis_number
    award = _draw("court_aq_02", "enforcement_basis")
    assert ARBITRATION in award[0].lines and "加工费" in text_of(award) and "终局裁决" in text_of(award)
    assert "裁决书生效证明" in _draw("court_aq_02", "effectiveness_certificate")[0].lines
    assert "民间借贷纠纷" in text_of(_draw("court_aq_03", "enforcement_basis"))


def test_the_taiwan_applicant_files_his_permit_and_a_power_notarised_in_taiwan() -> None:
    c = _plan("court_aq_01")[1]
    assert re.fullmatch(r"\d{8}", c.extra["mtp"]), "a 台胞证 number, eight digits"
    assert c.applicant.id_number.startswith("830000") and check_id_number(c.applicant.id_number) is None
    permit, residence = _draw("court_aq_01", "identity_proof")
    assert "台湾居民来往大陆通行证" in permit.lines and c.extra["mtp"] in permit.lines
    assert "台湾居民居住证" in residence.lines and c.applicant.id_number in residence.lines
    poa, notary, sef = _draw("court_aq_01", "power_of_attorney")
    assert "授權委託書" in poa.lines and "公　證　書" in notary.lines
    assert any("中華民國" in line for line in notary.lines) and any("民間公證人" in line for line in notary.lines)
    assert SEF + "　函" in sef.lines and any("寄送" in line and "公證書副本" in line for line in sef.lines)
    assert not notary.starts_document and not sef.starts_document, "the 公證書 and the letter are bound to the 委託書"
    letter = text_of(_draw("court_aq_01", "law_firm_letter"))
    assert "律 师 事 务 所 函" in letter and "晋" in letter and c.agent in letter
    assert "律师执业证（复印件）" in _draw("court_aq_01", "lawyer_license")[0].lines
    assert "居民身份证复印件" in _draw("court_aq_02", "identity_proof")[0].lines


def test_ids_validate() -> None:
    for k in (1, 2):
        c = _plan(f"court_aq_0{k}")[1]
        assert c.respondent.kind == "organisation" and check_credit_code(c.respondent.id_number) is None
        assert "鞋业" in c.respondent.name if k == 1 else "服饰" in c.respondent.name
    for k in (2, 3):
        assert check_id_number(_plan(f"court_aq_0{k}")[1].applicant.id_number) is None
    assert check_id_number(_plan("court_aq_03")[1].respondent.id_number) is None


def test_the_parties_papers_are_in_their_authors_styles() -> None:
    c = _plan("court_aq_01")[1]
    lic, head = _draw("court_aq_01", "identity_proof", ["respondent"])
    assert "营　业　执　照" in lic.lines and head.starts_document and head.lines[0] == c.respondent.name
    assert "法定代表人身份证明书" in head.lines
    inquiry = _draw("court_aq_01", "online_inquiry_result")
    assert [s.starts_document for s in inquiry] == [False, True, True]
    assert "泉州银行" in inquiry[1].lines and "协助执行回执" in inquiry[1].lines
    assert any(BANK in line for line in inquiry[1].lines)
    assert REGISTRY in inquiry[2].lines and "不动产登记信息查询结果" in inquiry[2].lines
    form = _draw("court_aq_01", "property_declaration_form")[0]
    assert "被执行人财产申报表" in form.lines and c.respondent.legal_rep in form.lines
    blue = np.asarray(form.image.convert("RGB")).astype(int)
    assert ((blue[..., 2] - blue[..., 0]) > 60).sum() > 2000, "filled in by hand, in blue"
    c2 = _plan("court_aq_02")[1]
    slip = _draw("court_aq_02", "payment_voucher")[0]
    assert "福建晋江农村商业银行" in slip.lines and f"¥{c2.extra['settled']:,.2f}" in slip.lines
    assert "执行和解协议" in _draw("court_aq_02", "settlement_agreement")[0].lines


def test_the_house_style_frames_every_form_and_numbers_its_pages() -> None:
    ruling = _draw("court_aq_01", "termination_this_round_ruling")
    first = ruling[0]
    assert first.lines[0] == COURT and "执行裁定书" in first.lines and _plan("court_aq_01")[1].number in first.lines
    assert f"第 1 页　共 {len(ruling)} 页" in first.lines
    assert "终结本院" + _plan("court_aq_01")[1].number + "案件的本次执行程序。" in text_of(ruling)
    a = np.asarray(first.image.convert("L"))
    assert (a[200:2200, 127:130] < 80).mean() > 0.9, "the heavy outer rule down the left"
    receipt = _draw("court_aq_01", "service_receipt", ["enforcement_notice", "property_report_order"])[0]
    assert "送 达 回 证" in receipt.lines and "执行通知书、报告财产令　各一份" in receipt.lines


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


def test_the_mfp_saves_small_blocky_jpegs_some_crooked_some_dog_eared() -> None:
    page = _draw("court_aq_02", "acceptance_notice")[0]
    caps = [court_aq_capture.plan_capture(random.Random(k), page) for k in range(300)]
    assert {c.dpi for c in caps} == {150, 200} and all(35 <= c.quality <= 50 for c in caps)
    assert max(abs(c.skew) for c in caps) <= 2.0 and any(abs(c.skew) > 1.0 for c in caps)
    assert all(c.rotation == 0 and not c.photo for c in caps)
    folded = [c for c in caps if c.dogear]
    assert 5 < len(folded) < 50
    cap = folded[0]
    cap.skew, cap.dpi, cap.dogear = 0.0, 150, "br"
    img = _decode(court_aq_capture.capture(page, cap, random.Random(1)))
    h, w = img.shape[:2]
    assert (w, h) == (1240, 1754)
    assert img[h - 4, w - 4] > 235 and 190 < img[h - int(cap.fold * w * 0.9), w - int(cap.fold * w * 0.9)] < 240


def test_text_enhancement_halos_thickens_and_clips_light_greys() -> None:
    cap = court_aq_capture.plan_capture(random.Random(2), Sheet())
    cap.sharpen, cap.thicken, cap.clip, cap.dark = 1.6, 3, 205, 80
    field = np.full((60, 120), 150.0, np.float32)
    field[:, 58:62] = 20.0  # a dark stroke on a grey card tint
    out = court_aq_capture.enhance(field, cap)
    assert out[30, 58:62].max() == 0 and (out[30, 50:58] < 5).sum() >= 1, "the stroke comes out black and wider"
    assert out[30, 53:57].max() > out[30, 5] + 20 or out[30, 64:68].max() > out[30, 110] + 20, "a white halo"
    pale = np.full((20, 20), 212.0, np.float32)
    assert (court_aq_capture.enhance(pale, cap) == 255).all(), "light greys (pale seals, pencil) clip to white"
    notice = _draw("court_aq_01", "enforcement_notice")[0]
    cap.dpi, cap.skew, cap.dogear, cap.quality = 200, 0.0, "", 45
    scanned = _decode(court_aq_capture.capture(notice, cap, random.Random(3)))
    clean = np.asarray(notice.image.convert("L"))
    assert (scanned < 128).mean() > (clean < 128).mean() * 1.3, "strokes thicken"


@pytest.mark.parametrize("prefix", ["court_aq_01", "court_aq_03"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    p, c = _plan(prefix)
    rng = random.Random(4)
    for d in p.docs[:6]:
        for s in renderer("court_aq")(d.code, c, rng, d.served or ([d.note] if d.note else [])):
            cap = court_aq_capture.plan_capture(rng, s)
            img = _decode(court_aq_capture.capture(s, cap, rng))
            assert img.shape[1] in (round(s.width * 0.75), s.width)
            assert (img < 100).mean() > 0.003, (d.code, "text survives the enhancement")
