"""The family court_ai (东莞市第一人民法院, held out: drawn without looking at the page reader). A manufacturing town's
bureau: a 五金厂's 东莞仲裁委员会 award against a Hong Kong-invested trading company, paid after its 东莞农商银行 account
was frozen; a 模具厂's 东莞中院 二审 judgment against an 电子厂, 终本 and archived; a worker's 劳动人事争议仲裁院 调解书
for wages, handed in without its 生效证明. Notices are 集约 格式文书 with EMS barcode stickers, served in batch by EMS;
the 卷宗管理中心's worn document feeder stretches and squashes pages along the feed, smears a band where a page
slipped, lands pages as slight trapezoids, folds corners on a double feed, whitens light tones on colour pages, and
takes the wide 查控 table turned."""

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
from dossier.corpus.families import court_ai_capture, renderer
from dossier.corpus.families.court_ai_kit import COURT, DSheet
from dossier.corpus.families.court_ai_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_ai"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ai")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_ai_seqs_lie_in_its_range() -> None:
    assert all(90100 <= p.seq <= 90999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_wage_dossier_misses_its_certificate_of_effect() -> None:
    assert MISSING == "effectiveness_certificate"
    wages = next(p for p in OURS if not p.complete)
    assert wages.basis_kind == "arbitration" and MISSING not in {d.code for d in wages.docs}


def test_the_bases_are_a_dongguan_award_an_appeal_judgment_and_a_labour_mediation() -> None:
    c1, c2, c3 = (_plan(f"court_ai_0{k}")[1] for k in (1, 2, 3))
    assert c1.basis_court == "东莞仲裁委员会" and "东仲裁字" in c1.basis_number
    award = _text(_draw("court_ai_01", "enforcement_basis"))
    assert "裁决如下：" in award and "终局裁决" in award and "五金" in award
    assert "五金" in c1.applicant.name and "贸易" in c1.respondent.name and "香港" in str(c1.extra["hk"])
    assert "粤19民终" in c2.basis_number and "驳回上诉，维持原判。" in _text(_draw("court_ai_02", "enforcement_basis"))
    assert "模具" in c2.applicant.name and "电子" in c2.respondent.name
    assert "生 效 证 明 书" in _draw("court_ai_02", "effectiveness_certificate")[0].lines
    mediation = _text(_draw("court_ai_03", "enforcement_basis"))
    assert "劳动人事争议仲裁院" in c3.basis_number + c3.basis_court and "调字" in c3.basis_number
    assert "自愿达成如下协议" in mediation and c3.applicant.kind == "person"


def test_every_party_number_validates_and_is_the_same_on_every_paper() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party.id_number)
        assert check_id_number(str(c.extra["rep_id"])) is None
        assert c.number.startswith("（2024）粤1971执") and str(p.seq) in c.number
    c = _plan("court_ai_01")[1]
    assert c.respondent.id_number in _text(_draw("court_ai_01", "enforcement_application"))
    assert c.respondent.id_number in _text(_draw("court_ai_01", "identity_proof", ["respondent"]))


def test_the_bureau_prints_batch_notices_with_barcode_stickers_and_serves_by_ems() -> None:
    notice = _draw("court_ai_01", "enforcement_notice")
    assert isinstance(notice[0], DSheet) and COURT in notice[0].lines
    assert any(line.endswith("EMS") for line in notice[0].lines), "the EMS batch sticker's number"
    assert any("集约送达中心" in line for line in notice[-1].lines)
    receipt = _text(_draw("court_ai_02", "service_receipt", ["enforcement_notice", "property_report_order"]))
    assert "EMS集约邮寄送达" in receipt and "执行通知书" in receipt and "报告财产令" in receipt


def test_received_papers_come_in_their_authors_styles() -> None:
    ids = _draw("court_ai_02", "identity_proof")
    assert "营 业 执 照" in ids[0].lines and ids[1].starts_document and "法定代表人身份证明书" in ids[1].lines
    inquiry = _draw("court_ai_03", "online_inquiry_result")
    assert inquiry[0].width > inquiry[0].height and getattr(inquiry[0], "landscape", False)
    assert inquiry[1].starts_document and "东莞农村商业银行" in inquiry[1].lines
    assert "支付宝　账单详情" in _text(_draw("court_ai_01", "payment_voucher"))
    clues = _draw("court_ai_02", "property_clue_form")[0]
    assert "被执行人财产线索提供表" in clues.lines
    worker = _draw("court_ai_03", "identity_proof")
    assert "居民身份证" in worker[0].lines


def _cap(sheet: Sheet, **kw: object) -> tuple[court_ai_capture.AICapture, bytes]:
    cap = court_ai_capture.plan_capture(random.Random(5), sheet)
    for k, v in kw.items():
        setattr(cap, k, v)
    return cap, court_ai_capture.capture(sheet, cap, random.Random(6))


def test_the_feeder_turns_wide_tables_and_keeps_grey_and_washed_colour_pages() -> None:
    inquiry = _draw("court_ai_03", "online_inquiry_result")
    cap, data = _cap(inquiry[0])
    im = Image.open(io.BytesIO(data))
    assert cap.rotation in (90, 270) and im.height > im.width and im.mode == "L"
    lic = _draw("court_ai_02", "identity_proof")[0]
    cap, data = _cap(lic, washout=205)
    im = Image.open(io.BytesIO(data))
    assert cap.colour and im.mode == "RGB" and cap.dpi == 200
    g = np.asarray(Image.open(io.BytesIO(_cap(_draw("court_ai_02", "acceptance_notice")[0])[1])))
    assert g.ndim == 2


def test_slips_stretch_or_squash_pages_along_the_feed_and_smear_a_band() -> None:
    sheet = _draw("court_ai_01", "enforcement_notice")[0]
    plain = np.asarray(Image.open(io.BytesIO(_cap(sheet, stretch=1.0, smear=None, keystone=0.0, skew=0.0, fold=0)[1])))
    squashed = np.asarray(Image.open(io.BytesIO(_cap(sheet, stretch=0.92, smear=None, keystone=0.0, skew=0.0, fold=0)[1])))
    assert plain.shape == squashed.shape
    rows = lambda a: np.where((a < 128).sum(axis=1) > 3)[0]  # noqa: E731
    assert rows(squashed).max() < rows(plain).max() - 50, "the text ends higher on a squashed page"
    smeared = np.asarray(Image.open(io.BytesIO(_cap(sheet, stretch=1.0, smear=(0.3, 0.05), keystone=0.0, skew=0.0, fold=0)[1])))
    band = slice(int(0.31 * plain.shape[0]), int(0.34 * plain.shape[0]))
    assert np.abs(np.diff(smeared[band].astype(int), axis=0)).mean() < np.abs(np.diff(plain[band].astype(int), axis=0)).mean()
    plans_ = [court_ai_capture.plan_capture(random.Random(k), sheet) for k in range(300)]
    stretched = [p.stretch for p in plans_ if p.stretch != 1.0]
    assert stretched and all(0.89 <= s <= 1.11 and abs(s - 1) >= 0.029 for s in stretched)
    assert any(p.fold for p in plans_) and any(p.smear for p in plans_) and any(p.keystone for p in plans_)
    assert all(40 <= p.quality <= 65 for p in plans_)


@pytest.mark.parametrize("k", range(3))
def test_dossiers_run_between_35_and_50_pages(k: int) -> None:
    p, c = _plan(f"court_ai_0{k + 1}")
    n = sum(len(renderer("court_ai")(d.code, c, random.Random(1), d.served or ([d.note] if d.note else [])))
            for d in p.docs)
    assert 35 <= n <= 50, (p.name, n)


def test_half_page_slips_go_through_the_feeder_as_they_are() -> None:
    slip = _draw("court_ai_01", "fee_receipt")[0]
    cap, data = _cap(slip)
    im = Image.open(io.BytesIO(data))
    assert slip.width > slip.height and cap.rotation == 0 and im.width > im.height
