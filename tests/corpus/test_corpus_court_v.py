"""The family court_v (广州海事法院 执行局, held out: drawn without looking at the page reader): a maritime court's
enforcement files fed through the bureau's sheet-fed production scanner — binder holes on the left, a folded-back
staple corner now and then, a little skew, one English page upside down — holding the 广东省高级人民法院's collision
judgment enforced by arresting and selling the respondent's ship for a Marshall Islands owner, a 中国海事仲裁委员会 award
for a Hong Kong cargo interest archived after 终本, and a seaman's wages missing the 收取案款确认书."""

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
from dossier.corpus.families import court_v_capture, renderer
from dossier.corpus.families.court_v import CARGO, CMAC, COLLISION, CREW, HIGH_COURT, MSA, PORT
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

FAMILY = "court_v"
OURS = [p for p in plans() if p.family == FAMILY]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer(FAMILY)(code, _plan(prefix)[1], random.Random(seed), served or [])


def _flat(sheets: list[Sheet]) -> str:
    return text_of(sheets).replace("\n", "")


def test_court_v_is_planned_after_every_older_dossier_and_was_built_only_when_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned_after_every_older_dossier("court_v", "court_u", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold(FAMILY)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_account_confirmation() -> None:
    judged_as_planned(FAMILY, "payment_account_confirmation")


def test_the_bases_are_an_appeal_judgment_a_maritime_award_with_its_certificate_and_this_courts_judgment() -> (
    None
):
    courts = {
        p.name[:10]: (_plan(p.name[:10])[1].basis_court, _plan(p.name[:10])[1].extra["cause"]) for p in OURS
    }
    assert courts == {
        "court_v_01": (HIGH_COURT, COLLISION),
        "court_v_02": (CMAC, CARGO),
        "court_v_03": ("广州海事法院", CREW),
    }
    appeal = _draw("court_v_01", "enforcement_basis")
    c1 = _plan("court_v_01")[1]
    assert (
        HIGH_COURT in appeal[0].lines and "粤民终" in c1.basis_number and c1.basis_number in appeal[0].lines
    )
    assert "驳回上诉，维持原判。" in _flat(appeal) and "本判决为终审判决。" in _flat(appeal)
    award = _flat(_draw("court_v_02", "enforcement_basis"))
    assert "裁决如下：" in award and "首席仲裁员" in award and "中海仲" in _plan("court_v_02")[1].basis_number
    proof = _flat(_draw("court_v_02", "effectiveness_certificate"))
    assert "生 效 证 明" in proof and _plan("court_v_02")[1].basis_number in proof and "发生法律效力" in proof
    own = _flat(_draw("court_v_03", "enforcement_basis"))
    assert "判决如下：" in own and "船舶优先权" in own and "粤72民初" in own


def test_every_ruling_is_titled_execution_ruling_and_says_what_it_decides_after_caiding_ruxia() -> None:
    arrest = _flat(_draw("court_v_01", "enforcement_ruling"))
    sale = _flat(_draw("court_v_01", "enforcement_ruling", ["auction"]))
    freeze = _flat(_draw("court_v_02", "enforcement_ruling"))
    end = _flat(_draw("court_v_02", "termination_this_round_ruling"))
    for ruling in (arrest, sale, freeze, end):
        assert "执 行 裁 定 书" in ruling and "裁定如下：" in ruling
    assert "一、扣押被执行人" in arrest.split("裁定如下：")[1] and "海事诉讼特别程序法" in arrest
    assert "一、拍卖被执行人" in sale.split("裁定如下：")[1] and "船舶拍卖委员会" in sale
    assert freeze.split("裁定如下：")[1].startswith("冻结、划拨")
    assert "本次执行程序" in end.split("裁定如下：")[1] and "终结本次执行程序裁定书" not in end


def test_assistance_goes_to_the_maritime_safety_administration_the_port_and_the_bank_which_answers_in_its_own_form() -> (
    None
):
    plan = _plan("court_v_01")[0]
    assert [d.note for d in plan.docs if d.code == "assistance_notice"] == ["msa", "port"]
    assert [d.note for d in _plan("court_v_03")[0].docs if d.code == "assistance_notice"] == [
        "msa",
        "port",
        "bank",
        "msa_release",
    ]
    assert MSA in _draw("court_v_01", "assistance_notice", ["msa"])[0].lines[3]
    assert f"{PORT}：" in _draw("court_v_01", "assistance_notice", ["port"])[0].lines
    receipt = _draw("court_v_02", "online_inquiry_result", ["bank"])[0]
    assert "协助冻结存款回执" in receipt.lines and "执行流程" not in _flat([receipt])
    printout = _flat(_draw("court_v_02", "online_inquiry_result"))
    assert "网络查控反馈明细" in printout and "交通运输部海事局" in printout


def test_the_foreign_owner_signs_in_english_notarised_and_apostilled_and_the_translation_follows() -> None:
    poa = _draw("court_v_01", "power_of_attorney")
    assert [getattr(s, "english", False) for s in poa[:3]] == [True, True, True]
    assert (
        "POWER OF ATTORNEY" in poa[0].lines
        and "NOTARIAL CERTIFICATE" in poa[1].lines
        and "APOSTILLE" in poa[2].lines
    )
    assert [getattr(s, "upside", False) for s in poa] == [False, False, True, *[False] * (len(poa) - 3)]
    assert "授权委托书（译文）" in _flat(poa[3:]) and not any(s.starts_document for s in poa)
    hk = _draw("court_v_02", "identity_proof")
    assert "CERTIFICATE OF INCORPORATION" in hk[0].lines and getattr(hk[0], "english", False)
    assert [s.starts_document for s in hk] == [False, True] and "董事证明书" in _flat(hk[1:])
    firm = _draw("court_v_02", "identity_proof", ["respondent"])
    assert (
        "营 业 执 照" in firm[0].lines
        and "法定代表人身份证明书" in _flat(firm[1:])
        and firm[1].starts_document
    )


def test_the_seaman_wrote_his_own_application_on_lined_paper() -> None:
    c = _plan("court_v_03")[1]
    page = _draw("court_v_03", "enforcement_application")[0]
    text = _flat([page])
    assert "强制执行申请书" in text and c.applicant.name in text and "工资" in text
    img = np.asarray(page.image.convert("RGB")).astype(int)
    ruled = (abs(img[..., 0] - 150) < 12) & (abs(img[..., 2] - 210) < 12)
    assert (ruled.sum(axis=1) > img.shape[1] * 0.8).sum() > 20, "blue rules across the page"


def test_parties_and_numbers() -> None:
    for p in OURS:
        _, c = _plan(p.name[:10])
        assert c.number == f"（2026）粤72执{p.seq}号" and c.filed_on.year == 2026 and c.closed_on > c.filed_on
        assert (
            check_credit_code(c.respondent.id_number) is None
            and check_id_number(str(c.extra["rep_id"])) is None
        )
        assert c.respondent.address.startswith("广州市") and c.firm.startswith("广东")
        if c.applicant.kind == "person":
            assert check_id_number(c.applicant.id_number) is None
        else:
            assert c.applicant.id_number == "", (
                "a company registered abroad or in Hong Kong has no credit code"
            )


def _scan(sheet: Sheet, seed: int, **over: object) -> np.ndarray:
    cap = court_v_capture.plan_capture(random.Random(seed), sheet)
    for k, v in over.items():
        setattr(cap, k, v)
    return np.asarray(Image.open(io.BytesIO(court_v_capture.capture(sheet, cap, random.Random(seed)))))


def test_the_production_scanner_punches_holes_folds_corners_skews_a_little_and_turns_the_apostille() -> None:
    notice = _draw("court_v_01", "enforcement_notice")[0]
    caps = [court_v_capture.plan_capture(random.Random(seed), notice) for seed in range(200)]
    assert {c.dpi for c in caps} == {300} and {c.mode for c in caps} == {"grey"}
    assert all(50 <= c.quality <= 75 and abs(c.skew) <= 2.0 and c.rotation == 0 for c in caps)
    assert 0.6 < sum(c.holes for c in caps) / 200 < 0.97 and 5 < sum(c.dog_ear > 0 for c in caps) < 60
    assert sum(abs(c.skew) > 0.7 for c in caps) > 10
    grey = _scan(notice, 1, holes=True, dog_ear=0.1, skew=0.0)
    h, w = grey.shape
    assert grey.ndim == 2 and abs(w / h - 210 / 297) < 0.01 and w > 2400, "A4 at 300 dpi"
    margin = grey[:, : int(w * 0.08)]
    dark_rows = np.where((margin < 80).sum(axis=1) > 20)[0]
    assert len(dark_rows) > 40 and dark_rows.max() - dark_rows.min() > h * 0.2, "two holes 80 mm apart"
    corner = grey[: int(h * 0.02), : int(w * 0.02)]
    assert corner.mean() < 90, "the folded-back corner shows the backing plate"
    plain = _scan(notice, 1, holes=False, dog_ear=0.0, skew=0.0)
    assert plain[: int(h * 0.02), : int(w * 0.02)].mean() > 200
    apostille = _draw("court_v_01", "power_of_attorney")[2]
    assert court_v_capture.plan_capture(random.Random(0), apostille).rotation == 180
    licence = _draw("court_v_01", "identity_proof", ["respondent"])[0]
    assert court_v_capture.plan_capture(random.Random(0), licence).mode == "colour"


def test_the_execution_fee_follows_the_bands_of_the_fee_rules_on_the_notice_and_the_receipt() -> None:
    from decimal import Decimal

    from dossier.corpus.families.court_v_papers import exec_fee

    assert exec_fee(Decimal(8000)) == Decimal(50) and exec_fee(Decimal(100000)) == Decimal("1400.00")
    assert exec_fee(Decimal(2000000)) == Decimal("22400.00")
    c = _plan("court_v_01")[1]
    fee = exec_fee(c.amount)
    assert f"{fee:,.2f}" in _flat(_draw("court_v_01", "payment_notice"))
    assert f"{fee:,.2f}" in _flat(_draw("court_v_01", "fee_receipt"))


def test_the_seamans_case_lifts_the_arrest_by_a_ruling_once_the_company_has_paid() -> None:
    plan, c = _plan("court_v_03")
    notes = [d.note for d in plan.docs if d.code == "enforcement_ruling"]
    assert notes == ["", "release"]
    lift = _flat(_draw("court_v_03", "enforcement_ruling", ["release"]))
    assert "执 行 裁 定 书" in lift and lift.split("裁定如下：")[1].startswith(
        f"解除对被执行人{c.respondent.name}"
    )
    assert "解除" in _flat(_draw("court_v_03", "assistance_notice", ["msa_release"]))
    assert "解除扣押" in _flat(_draw("court_v_03", "closing_notice"))
