"""The family court_w (成都武侯, held out: drawn without looking at the page reader): dossiers bound and then
photographed page by page under a 高拍仪 on a desk — the desk around the page, the page curling into the spine,
uneven light, fingertips on the outer edge — holding an appeal judgment of the 成都中院 settled and paid out, an award
of the 成都仲裁委员会 with its 生效证明 archived after 终本, and this court's 民事调解书 missing the 收取案款确认书."""

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
from dossier.corpus.families import court_w_capture, renderer
from dossier.corpus.families.court_w import APPEAL_COURT, ARBITRATION, COURT
from dossier.corpus.families.court_w_kit import WSheet
from dossier.corpus.families.court_w_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_w"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_w")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_court_w_is_planned_after_every_older_dossier_and_was_built_only_when_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned_after_every_older_dossier("court_w", "court_v", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_w")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_account_confirmation() -> None:
    judged_as_planned("court_w", MISSING)


def test_the_bases_are_an_appeal_judgment_an_arbitral_award_and_this_courts_mediation() -> None:
    courts = {p.basis_kind: _plan(p.name[:10])[1].basis_court for p in OURS}
    assert courts == {"judgment": APPEAL_COURT, "arbitration": ARBITRATION, "mediation": COURT}
    appeal = text_of(_draw("court_w_01", "enforcement_basis"))
    c1 = _plan("court_w_01")[1]
    assert "川01民终" in c1.basis_number and c1.basis_number in appeal
    assert "判决如下：" in appeal and "驳回上诉，维持原判。" in appeal and "上诉人（原审被告）" in appeal
    award = text_of(_draw("court_w_02", "enforcement_basis"))
    assert "裁决如下：" in award and "成仲案字" in award and "本裁决为终局裁决" in award
    proof = text_of(_draw("court_w_02", "effectiveness_certificate"))
    assert "生效证明" in proof and _plan("court_w_02")[1].basis_number in proof and "发生法律效力" in proof
    mediation = text_of(_draw("court_w_03", "enforcement_basis"))
    assert "民 事 调 解 书" in mediation and "自愿达成如下协议" in mediation and "川0107民初" in mediation


def test_parties_are_from_wuhou_with_valid_numbers_and_cases_filed_in_2026() -> None:
    for p in OURS:
        _, c = _plan(p.name[:10])
        assert (
            c.number == f"（2026）川0107执{p.seq}号" and c.filed_on.year == 2026 and c.closed_on > c.filed_on
        )
        assert "四川省成都市武侯区" in c.respondent.address and c.firm.startswith("四川")
        assert (
            check_id_number(c.applicant.id_number) is None and check_id_number(str(c.extra["rep_id"])) is None
        )
        assert check_credit_code(c.respondent.id_number) is None


def test_the_companys_licence_and_its_representatives_certificate_are_two_documents() -> None:
    licence, rep = _draw("court_w_01", "identity_proof", ["respondent"])
    c = _plan("court_w_01")[1]
    assert "营 业 执 照" in licence.lines and c.respondent.id_number in text_of([licence])
    assert (
        rep.starts_document
        and "法定代表人身份证明书" in rep.lines
        and str(c.extra["rep_id"]) in text_of([rep])
    )
    card = text_of(_draw("court_w_01", "identity_proof"))
    assert "居民身份证" in card and c.applicant.id_number in card, "front and back on one sheet"
    kin = text_of(_draw("court_w_01", "kinship_proof"))
    assert "社区居民委员会" in kin and "直系亲属" in kin and c.applicant.name in kin


def _blue(sheet: Sheet) -> int:
    a = np.asarray(sheet.image.convert("RGB")).astype(int)
    return int(((a[..., 2] > 100) & (a[..., 2] - a[..., 0] > 60)).sum())


def test_its_forms_are_filled_in_by_hand_in_blue_and_its_records_written_on_ruled_paper() -> None:
    c = _plan("court_w_02")[1]
    receipt = _draw("court_w_02", "service_receipt", ["termination_this_round_ruling"])[0]
    assert "送 达 回 证" in receipt.lines and _blue(receipt) > 3000, "cells filled in blue ballpoint"
    assert any("执行裁定书（终本）" in line for line in receipt.lines)
    declaration = _draw("court_w_02", "property_declaration_form")[0]
    assert "财 产 申 报 表" in declaration.lines and _blue(declaration) > 3000
    record = _draw("court_w_02", "interview_record")
    assert isinstance(record[0], WSheet) and record[0].handwritten and "约 谈 笔 录" in record[0].lines
    said = text_of(record)
    assert "终本" in said and c.applicant.name in said and "以上笔录我已看过" in said
    printed = _draw("court_w_02", "enforcement_notice")[0]
    assert printed.lines[:2] == [COURT, "执 行 通 知 书"] and _blue(printed) < 500, "printed, not filled in"


def test_the_round_ends_by_ruling_and_the_bank_answers_the_freezing_on_its_own_stamped_receipt() -> None:
    ruling = text_of(_draw("court_w_02", "termination_this_round_ruling"))
    assert "执 行 裁 定 书" in ruling and "裁定如下：终结本次执行程序。" in ruling
    notice, reply = _draw("court_w_02", "assistance_notice")
    assert "协助执行通知书" in text_of([notice]) and reply.starts_document and "协助执行回执" in reply.lines


def _shot(sheet: Sheet, seed: int, **change: object) -> np.ndarray:
    cap = court_w_capture.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(cap, k, v)
    return np.asarray(
        Image.open(io.BytesIO(court_w_capture.capture(sheet, cap, random.Random(seed))))
    ).astype(int)


def test_the_document_camera_shows_the_desk_the_curl_into_the_spine_and_sometimes_fingers() -> None:
    sheet = _draw("court_w_01", "closing_notice")[0]
    caps = [court_w_capture.plan_capture(random.Random(s), sheet) for s in range(200)]
    assert all(150 <= c.dpi <= 220 and 45 <= c.quality <= 70 and c.photo and c.rotation == 0 for c in caps)
    assert 0.2 < np.mean([c.fingers > 0 for c in caps]) < 0.6 and {c.spine for c in caps} == {"left", "right"}
    shot = _shot(sheet, 5, spine="left", fingers=0, tilt=0.0, dpi=150)
    h, w = shot.shape[:2]
    assert w > round(210 / 25.4 * 150), "the desk shows around the page"
    assert shot[:, :8].mean() < 180 and shot[h // 2, w // 2].mean() > 150, "a dark desk, a light page"
    page = shot[h // 4 : 3 * h // 4]
    gutter = page[:, int(w * 0.10) : int(w * 0.16)].mean()
    outer = page[:, int(w * 0.80) : int(w * 0.86)].mean()
    assert gutter < outer - 10, "the page darkens as it curls into the spine"
    held = _shot(sheet, 5, spine="left", fingers=2, tilt=0.0, dpi=150)
    skin = (held[..., 0] - held[..., 2] > 45) & (held[..., 0] > 180)
    assert skin[:, w // 2 :].sum() > 500 and skin[:, : w // 3].sum() == 0, "fingertips on the outer edge only"
