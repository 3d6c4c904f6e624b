"""The family court_aj (上海金融法院, held out: drawn without looking at the page reader): a specialised financial
court's 执行局 whose dossiers were photographed at the 诉讼服务中心's 智能收转 / 自助立案一体机 kiosk — an overhead camera
with a wide lens (barrel distortion), LED hot spots, the kiosk's number/收转编号/time burnt into a corner, 150–220 dpi,
a reduced colour palette, curled edges, sheets laid sideways — holding a 上海仲裁委员会 融资租赁 award paid from the
lessee's securities account, a 黄浦区法院 金融借款 judgment whose debt an 资产管理公司 bought (转让协议, newspaper 公告,
变更申请 filed as evidence, a ruling changing the applicant), archived after 终本, and a 东方公证处 公证债权文书 of a
小额贷款 loan whose 执行证书 is missing."""

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
from dossier.corpus.families import court_aj_capture, renderer
from dossier.corpus.families.court_aj import ARBITRATION, HUANGPU, NOTARY
from dossier.corpus.families.court_aj_kit import COURT
from dossier.corpus.families.court_aj_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_aj"]


def test_court_aj_seqs_lie_in_its_range() -> None:
    assert all(55000 <= p.seq <= 55999 for p in OURS)


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_aj")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_complete_dossiers_miss_nothing_and_the_notarial_one_misses_its_execution_certificate() -> None:
    assert MISSING == "effectiveness_certificate"
    notarial = next(p for p in OURS if p.basis_kind == "notarial")
    assert not notarial.complete and "effectiveness_certificate" not in [d.code for d in notarial.docs]


def test_the_bases_are_a_shanghai_award_a_huangpu_loan_judgment_and_a_notarised_microloan() -> None:
    courts = {p.name[:11]: _plan(p.name[:11])[1].basis_court for p in OURS}
    assert courts == {"court_aj_01": ARBITRATION, "court_aj_02": HUANGPU, "court_aj_03": NOTARY}
    award = _text(_draw("court_aj_01", "enforcement_basis"))
    assert "沪仲案字" in _plan("court_aj_01")[1].basis_number and "裁决如下：" in award and "融资租赁" in award
    judgment = _text(_draw("court_aj_02", "enforcement_basis"))
    assert "沪0101民初" in _plan("court_aj_02")[1].basis_number and "判决如下：" in judgment and "金融借款" in judgment
    notarial = _text(_draw("court_aj_03", "enforcement_basis"))
    assert "赋予债权文书强制执行效力" in notarial and "小额贷款" in _plan("court_aj_03")[1].applicant.name
    assert "执行证书" in _text(_draw("court_aj_03", "effectiveness_certificate"))
    assert all(_plan(p.name[:11])[1].number.startswith("（2024）沪74执") for p in OURS)


def test_the_debt_sold_to_an_asset_manager_is_filed_as_evidence_and_the_applicant_changed_by_ruling() -> None:
    c = _plan("court_aj_02")[1]
    assert "资产管理" in c.applicant.name and "银行" in c.extra["bank"]
    papers = _draw("court_aj_02", "evidence", ["transfer"])
    assert [s.starts_document for s in papers] == [False, True, True]
    assert "上海金融报" in papers[1].lines and "变更申请执行人申请书" in _text(papers[2:])
    ruling = _text(_draw("court_aj_02", "enforcement_ruling", ["change"]))
    assert "裁定如下：" in ruling and f"变更{c.applicant.name}为本案申请执行人。" in ruling
    codes = [(d.code, d.note) for d in OURS[1].docs]
    assert ("evidence", "transfer") in codes and ("enforcement_ruling", "change") in codes


def test_parties_carry_valid_numbers_and_the_e_filing_printout_leads_the_application() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        assert check_credit_code(c.applicant.id_number) is None and check_credit_code(c.respondent.id_number) is None
        assert check_id_number(c.extra["guarantor"].id_number) is None
    net, app, *_ = _draw("court_aj_01", "enforcement_application")
    assert "立案申请信息" in net.lines and not net.starts_document and app.starts_document
    assert "强制执行申请书" in app.lines


def test_the_house_style_is_the_trial_systems_with_a_barcode_and_a_system_footer() -> None:
    c = _plan("court_aj_02")[1]
    ruling = _draw("court_aj_02", "termination_this_round_ruling")
    assert ruling[0].lines[-4:] and COURT in ruling[0].lines and c.number in ruling[0].lines
    assert any(line.startswith("上海金融法院审判系统") for line in ruling[0].lines)
    assert any(line.startswith("SHJR2024") for line in ruling[0].lines), "the 文书编号 under the barcode"
    assert "终结本院" in _text(ruling) and "本次执行程序" in _text(ruling)
    top = np.asarray(ruling[0].image.convert("L"))[: 300, 1100:]
    assert (top < 60).mean() > 0.05, "a bar code in the top right corner"


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))


def test_the_kiosk_camera_photographs_with_overlay_palette_and_hot_spots() -> None:
    page = _draw("court_aj_01", "acceptance_notice")[0]
    caps = [court_aj_capture.plan_capture(random.Random(k), page) for k in range(200)]
    assert all(c.photo and 150 <= c.dpi <= 220 for c in caps)
    assert 5 < sum(c.rotation in (90, 270) for c in caps) < 50
    assert any(c.curl for c in caps) and any(c.spots for c in caps)
    cap = caps[0]
    cap.rotation, cap.curl, cap.spots, cap.corner, cap.dpi, cap.colours = 0, 0.0, [], 0, 200, 16
    img = _decode(court_aj_capture.capture(page, cap, random.Random(2)))
    assert img.shape[0] > page.height and img.shape[1] > page.width, "the tray shows around the sheet"
    corner = img[:40, :300].astype(int)
    assert ((corner[..., 0] > 180) & (corner[..., 2] < 90)).any(), "the yellow kiosk overlay"
    assert img[5, img.shape[1] // 2].max() < 110, "dark tray at the top edge"
    cap.spots = [(0.5, 0.5, 0.1, 0.5)]
    lit = _decode(court_aj_capture.capture(page, cap, random.Random(2)))
    assert lit.mean() > img.mean()


@pytest.mark.parametrize("rotation", [90, 270])
def test_sideways_sheets_are_stored_turned(rotation: int) -> None:
    page = _draw("court_aj_03", "enforcement_notice")[0]
    cap = court_aj_capture.plan_capture(random.Random(1), page)
    cap.rotation = rotation
    img = _decode(court_aj_capture.capture(page, cap, random.Random(1)))
    assert img.shape[1] > img.shape[0]
