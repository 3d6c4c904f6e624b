"""The family court_af (银川兴庆, held out: drawn without looking at the page reader): volumes digitised by the
archive's outsourced company on an A3 flatbed, two sheets at a time split in software — a sliver of the neighbour or a
gutter line at the inner edge, three binding holes, the 卷宗页码 written in the upper right corner, 300 dpi grey JPEG —
holding a 贺兰山公证处 公证债权文书 with its 执行证书 (archived), a 执恢 on a 银川中院 二审 judgment, and a 金凤区法院
要素式 judgment won by a 清真 food company whose 终本 file lacks the lawyer's 执业证 copy. Small papers are glued onto
the court's 粘贴单."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_af_capture, renderer
from dossier.corpus.families.court_af_kit import COURT
from dossier.corpus.families.court_af_papers import JINFENG, MIDDLE, NOTARY, REGISTRY
from dossier.corpus.families.court_af_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_af"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_af")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_court_af_seqs_lie_in_its_range() -> None:
    assert all(74000 <= p.seq <= 74999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_lawyers_licence() -> None:
    assert MISSING == "lawyer_license" != "payment_account_confirmation"
    defective = next(p for p in OURS if not p.complete)
    assert "law_firm_letter" in [d.code for d in defective.docs] and MISSING not in [d.code for d in defective.docs]
    letter = _text(_draw("court_af_03", "law_firm_letter"))
    assert "律师执业证复印件" in letter, "the 所函 says the copy is attached: the clerk notices it is not"


def test_the_bases_are_a_notarial_loan_an_appeal_judgment_and_an_element_style_judgment() -> None:
    courts = {p.name[:11]: _plan(p.name[:11])[1].basis_court for p in OURS}
    assert courts == {"court_af_01": NOTARY, "court_af_02": MIDDLE, "court_af_03": JINFENG}
    c1 = _plan("court_af_01")[1]
    deed = _draw("court_af_01", "enforcement_basis")
    assert "公　证　书" in deed[0].lines and "宁银贺证字" in c1.basis_number and c1.basis_number in _text(deed)
    assert "借 款 合 同" in _text(deed) and "枸杞" in _text(deed)
    cert = _text(_draw("court_af_01", "effectiveness_certificate"))
    assert "执　行　证　书" in cert and c1.extra["cert_number"] in cert and "公证法" in cert
    appeal = _text(_draw("court_af_02", "enforcement_basis"))
    assert "宁01民终" in _plan("court_af_02")[1].basis_number and "驳回上诉，维持原判。" in appeal
    element = _draw("court_af_03", "enforcement_basis")
    text = _text(element)
    assert "（要素式）" in element[0].lines and "宁0106民初" in _plan("court_af_03")[1].basis_number
    for head in ("要素", "原告诉请", "被告答辩", "本院认定", "判决如下"):
        assert head in text
    assert OURS[0].basis_kind == "notarial" and all(p.basis_kind == "judgment" for p in OURS[1:])


def test_the_resumption_follows_an_earlier_round_under_its_old_number() -> None:
    plan, c = _plan("court_af_02")
    assert plan.category == "resumption" and "执恢" in c.number and "执恢" not in c.previous_number
    old = _text(_draw("court_af_02", "termination_this_round_ruling"))
    assert c.previous_number in old and "终结本次执行程序。" in old and c.number not in old
    ruling = _text(_draw("court_af_02", "resumption_ruling"))
    assert c.number in ruling and "裁定如下" in ruling and "恢复" in ruling
    application = _text(_draw("court_af_02", "resumption_application"))
    assert "原承办人意见" in application and c.officer in application
    registry = _draw("court_af_02", "online_inquiry_result")[-1]
    assert registry.starts_document and REGISTRY in registry.lines


def test_the_halal_company_proves_itself_with_its_licence_copy_and_the_ids_validate() -> None:
    c = _plan("court_af_03")[1]
    assert "清真" in c.applicant.name and c.applicant.kind == "organisation"
    licence, proof = _draw("court_af_03", "identity_proof")
    assert "营 业 执 照" in licence.lines and c.applicant.id_number in licence.lines
    assert proof.starts_document and "法定代表人身份证明书" in proof.lines
    for p in OURS:
        case = _plan(p.name[:11])[1]
        for party in (case.applicant, case.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, party
        assert all(check_id_number(n) is None for n in case.extra["rep_ids"].values())


def test_small_papers_are_glued_on_the_courts_paste_sheet() -> None:
    c = _plan("court_af_01")[1]
    ids = _draw("court_af_01", "identity_proof")
    assert len(ids) == 1 and "粘 贴 处" in ids[0].lines and c.applicant.id_number in ids[0].lines
    assert "居 民 身 份 证" in ids[0].lines
    slips = _draw("court_af_01", "payment_voucher")[0]
    assert "粘 贴 处" in slips.lines and sum("电子回单" in line for line in slips.lines) == 2
    assert "中华人民共和国律师执业证" in _draw("court_af_02", "lawyer_license")[0].lines


def test_the_house_style_boxes_the_title_and_the_clerk_numbers_the_pages_by_hand() -> None:
    c = _plan("court_af_03")[1]
    notice = _draw("court_af_03", "enforcement_notice")[0]
    assert notice.lines[:2] == [COURT, "执行通知书"] and "案号" in notice.lines and c.number in notice.lines
    assert "兴庆法院执行局" in notice.lines and "第1页（共1页）" in notice.lines and notice.page_of == (1, 1)
    fresh = case_for(_plan("court_af_03")[0], random.Random(99))
    r = renderer("court_af")
    first = r("acceptance_notice", fresh, random.Random(2), [])
    second = r("enforcement_notice", fresh, random.Random(2), [])
    assert first[0].lines[-1] == "1" and second[0].lines[-1] == "2", "卷宗页码 run on through the dossier"
    cover = r("dossier_cover", fresh, random.Random(2), [])
    assert "执　行　卷　宗" in cover[0].lines and fresh.extra["af_folio"] == 2, "the cover carries no page number"


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


def test_the_a3_flatbed_split_leaves_a_sliver_or_cuts_the_margin_and_shows_the_binding_holes() -> None:
    page = _draw("court_af_01", "acceptance_notice")[0]
    caps = [court_af_capture.plan_capture(random.Random(k), page) for k in range(300)]
    assert all(c.dpi == 300 and not c.photo and 45 <= c.quality <= 60 for c in caps)
    assert 0 < sum(c.rotation == 180 for c in caps) < 20 and max(abs(c.skew) for c in caps) <= 2.0
    assert {c.side for c in caps} == {"left", "right"}
    assert any(c.offset_mm > 0 for c in caps) and any(c.offset_mm < 0 for c in caps)
    cap = caps[0]
    cap.skew, cap.rotation, cap.holes, cap.side, cap.offset_mm = 0.0, 0, True, "left", 5.0
    img = _decode(court_af_capture.capture(page, cap, random.Random(3)))
    assert img.ndim == 2 and img.shape[0] == 3508 and img.shape[1] > 2480, "grey, 300 dpi, wider by the sliver"
    a4 = round(210 / 25.4 * 300)
    assert img[1000:2500, a4 - 2:a4 + 4].min() < 130, "the gutter line at the inner edge"
    holes = img[:, round(9 / 25.4 * 300):round(15 / 25.4 * 300)]
    assert (holes < 140).mean() > 0.01, "three binding holes in the left margin"
    cap.offset_mm, cap.side = -2.0, "right"
    cut = _decode(court_af_capture.capture(page, cap, random.Random(3)))
    assert cut.shape[1] < 2480
