"""The family court_ap (宜昌西陵, held out: drawn without looking at the page reader): every submission kept in a
transparent plastic sleeve at the filing window and scanned through it on a colour flatbed — glare streaks, the
sleeve's welded edge and punched holes, film wrinkles, lifted blacks and a cool tint — with a 骑缝章 across the edges
of multi-page originals. The dossiers: a 宜昌中院 二审 建设工程施工合同 judgment for a 劳务分包 team (its 工程款结算单 and
项目部 确认书 behind the property clue form), paid; a 宜昌仲裁委员会 award on a 柑橘冷库 lease with its 生效证明, 终本 and
archived; and this court's 物业服务合同 judgment enforced through a lawyer whose 授权委托书 was never filed."""

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
from dossier.corpus.families import court_ap_capture, renderer
from dossier.corpus.families.court_ap import APPEAL, ARBITRATION
from dossier.corpus.families.court_ap_kit import COURT
from dossier.corpus.families.court_ap_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_ap"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ap")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_court_ap_seqs_lie_in_its_range() -> None:
    assert all(46000 <= p.seq <= 46999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_power_of_attorney() -> None:
    assert MISSING == "power_of_attorney"
    defective = next(p for p in OURS if not p.complete)
    codes = [d.code for d in defective.docs]
    assert "law_firm_letter" in codes and "lawyer_license" in codes, "the lawyer acts, with 所函 and 执业证 but no 委托书"


def test_the_bases_are_an_appeal_on_a_construction_contract_a_cold_store_award_and_a_property_fee_judgment() -> None:
    c1, c2, c3 = (_plan(p)[1] for p in ("court_ap_01", "court_ap_02", "court_ap_03"))
    assert (c1.basis_court, c2.basis_court, c3.basis_court) == (APPEAL, ARBITRATION, COURT)
    appeal = text_of(_draw("court_ap_01", "enforcement_basis"))
    assert "鄂05民终" in c1.basis_number and "驳回上诉，维持原判。" in appeal and c1.extra["first"] in appeal
    assert "建设工程施工合同" in appeal and "劳务" in appeal
    award = text_of(_draw("court_ap_02", "enforcement_basis"))
    assert "宜仲字" in c2.basis_number and "裁决如下：" in award and "冷库" in award and "柑橘" in award
    assert "终局裁决" in text_of(_draw("court_ap_02", "effectiveness_certificate"))
    judgment = text_of(_draw("court_ap_03", "enforcement_basis"))
    assert "鄂0502民初" in c3.basis_number and "物业服务" in judgment and "判决如下：" in judgment
    assert OURS[1].basis_kind == "arbitration" and OURS[0].basis_kind == OURS[2].basis_kind == "judgment"


def test_the_settlement_sheet_and_the_site_office_acknowledgement_stand_behind_the_clue_form() -> None:
    codes = [d.code for d in OURS[0].docs]
    assert codes.index("evidence") == codes.index("property_clue_form") + 1
    sheet, note = _draw("court_ap_01", "evidence")
    c = _plan("court_ap_01")[1]
    assert "劳务分包工程款结算单" in sheet.lines and c.respondent.name in sheet.lines
    assert note.starts_document and "确 认 书" in note.lines and any(c.applicant.name in line for line in note.lines)


def test_ids_validate_and_parties_match_across_papers() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party)
            assert party.id_number in text_of(_draw(p.name[:11], "enforcement_application"))
        assert check_id_number(c.extra["rep_id"]) is None
    c3 = _plan("court_ap_03")[1]
    assert c3.applicant.kind == "organisation" and "物业" in c3.applicant.name and c3.respondent.kind == "person"


def test_the_house_style_prints_a_wenhao_line_above_the_court_name_and_numbers_its_pages() -> None:
    notice = _draw("court_ap_01", "enforcement_notice")[0]
    assert notice.lines[0].startswith("西法执通〔") and notice.lines[1] == COURT and notice.lines[2] == "执 行 通 知 书"
    ruling = _draw("court_ap_02", "termination_this_round_ruling")
    assert ruling[0].lines[:2] == [COURT, "执 行 裁 定 书"] and "裁定如下：" in text_of(ruling)
    assert f"终结本院{_plan('court_ap_02')[1].number}案件的本次执行程序。" in text_of(ruling)
    receipt = _draw("court_ap_01", "service_receipt", ["enforcement_notice", "property_report_order"])[0]
    assert "执行通知书、报告财产令　各一份" in receipt.lines


def test_multi_page_originals_carry_a_slice_of_the_straddling_seal_on_every_page() -> None:
    basis = _draw("court_ap_01", "enforcement_basis")
    assert len(basis) >= 2 and [s.page_of for s in basis] == [(k + 1, len(basis)) for k in range(len(basis))]
    for s in basis:
        edge = np.asarray(s.image)[:, -60:].astype(int)
        assert ((edge[..., 0] - edge[..., 1]) > 60).sum() > 200, "a red slice at the right edge"


def _decode(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_the_sleeve_shows_its_welded_edge_holes_glare_and_a_cool_tint() -> None:
    page = _draw("court_ap_03", "acceptance_notice")[0]
    caps = [court_ap_capture.plan_capture(random.Random(k), page) for k in range(100)]
    assert sum(c.sleeve for c in caps) > 60 and any(not c.sleeve for c in caps)
    assert {c.dpi for c in caps} <= {200, 240, 300} and max(abs(c.skew) for c in caps) <= 1.2
    assert all(c.rotation == 0 and not c.photo for c in caps) and any(c.holes == 11 for c in caps)
    cap = next(c for c in caps if c.sleeve and c.glare)
    cap.dpi, cap.skew = 200, 0.0
    img = np.asarray(_decode(court_ap_capture.capture(page, cap, random.Random(2))).convert("RGB")).astype(int)
    assert img.shape[:2] == (2339, 1654)
    paper = img[img.sum(axis=2) > 600]
    assert paper[:, 2].mean() > paper[:, 0].mean() + 3, "a cool tint"
    assert img.min() > 25, "the film lifts the blacks"
    margin = img[:, :60].mean(axis=2)
    assert (margin < 150).sum() > 300, "the punched holes and weld line show in the left margin"
    bare = court_ap_capture.plan_capture(random.Random(0), page)
    bare.sleeve, bare.glare, bare.holes, bare.wrinkles, bare.dpi, bare.skew = False, 0.0, 0, 0, 300, 0.0
    bare.contrast, bare.tint = 1.0, (1.0, 1.0, 1.0)
    flat = _decode(court_ap_capture.capture(page, bare, random.Random(2)))
    assert flat.size == (2481, 3508) and flat.info.get("dpi", (0, 0))[0] == pytest.approx(300, abs=1)
