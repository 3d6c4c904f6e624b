"""The family court_y (辽宁沈阳和平, held out: drawn without looking at the page reader): a 执恢 of a 2016 case ended by
终本 whose old volume survives only on 16 mm microfilm (negatives and low-contrast positives with scratches, dust and
the film's edge), resumed on the respondent's 征收补偿款 and paid out; a 沈阳仲裁委员会 award with its 生效证明
archived after 终本; a 沈阳中院 appeal judgment handed in without the 限制消费令. 2026 papers on a flatbed."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_y_capture, renderer
from dossier.corpus.families.court_y import APPEAL_COURT, ARBITRATION, OLD_YEAR
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_y"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_y")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_the_cases_are_2026_cases_of_this_court_with_valid_numbers() -> None:
    for prefix, kind in (("court_y_01", "执恢"), ("court_y_02", "执"), ("court_y_03", "执")):
        c = _plan(prefix)[1]
        assert c.number.startswith(f"（2026）辽0102{kind}3") and c.filed_on.year == 2026
        assert c.closed_on > c.filed_on
        for p in (c.applicant, c.respondent):
            assert (
                check_id_number(p.id_number) if p.kind == "person" else check_credit_code(p.id_number)
            ) is None
    assert _plan("court_y_02")[1].basis_court == ARBITRATION
    assert _plan("court_y_03")[1].basis_court == APPEAL_COURT


def test_the_2016_pages_are_microfilm_prints_carrying_the_old_number() -> None:
    """The old basis, the old 终本 ruling and its receipt come from the film and carry the 2016 number (or the 2015
    judgment's); the 2026 papers do not."""
    c = _plan("court_y_01")[1]
    assert c.previous_number.startswith(f"（{OLD_YEAR}）辽0102执")
    ruling = _draw("court_y_01", "termination_this_round_ruling")
    assert all(getattr(s, "microfilm", False) for s in ruling)
    assert (
        c.previous_number in _text(ruling) and "终结本院" in _text(ruling) and c.number not in _text(ruling)
    )
    basis = _draw("court_y_01", "enforcement_basis")
    assert all(getattr(s, "microfilm", False) for s in basis) and "沈和民三初字" in _text(basis)
    old_receipt = _draw("court_y_01", "service_receipt", ["termination_this_round_ruling"])
    assert getattr(old_receipt[0], "microfilm", False) and c.previous_number in _text(old_receipt)
    new = _draw("court_y_01", "resumption_ruling")
    assert not any(getattr(s, "microfilm", False) for s in new)
    assert f"恢复{c.previous_number}案件的执行" in _text(new)


def test_the_resumption_application_names_the_new_clue_and_the_undertaker_agrees() -> None:
    c = _plan("court_y_01")[1]
    text = _text(_draw("court_y_01", "resumption_application"))
    assert "恢复执行申请书" in text and c.previous_number in text and "征收补偿款" in text
    assert str(c.extra["clue_account"]) in text and f"拟同意恢复执行。{c.officer}" in text
    poa = _text(_draw("court_y_01", "power_of_attorney"))
    kin = _text(_draw("court_y_01", "kinship_proof"))
    assert str(c.extra["relative"]) in poa and str(c.extra["relative"]) in kin and "常住人口登记卡" in kin


def test_microfilm_pages_come_out_as_negatives_or_flat_positives() -> None:
    sheet = _draw("court_y_01", "termination_this_round_ruling")[0]
    means: dict[str, float] = {}
    for mode in ("negative", "positive"):
        cap = court_y_capture.YCapture(dpi=150, mode=mode, skew=0.5, quality=60)
        img = np.asarray(Image.open(io.BytesIO(court_y_capture.capture(sheet, cap, random.Random(3)))))
        assert img.ndim == 2
        h, w = img.shape
        means[mode] = float(img[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4].mean())
        spread = np.percentile(img[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4], 99) - np.percentile(img, 1)
        assert spread < 240, "film never gives a full black-to-white range"
    assert means["negative"] < 90 < means["positive"] < 215, means


def test_flatbed_pages_are_200_to_300_dpi_slightly_skewed_jpegs() -> None:
    rng = random.Random(5)
    sheet = _draw("court_y_02", "acceptance_notice")[0]
    for _ in range(20):
        cap = court_y_capture.plan_capture(rng, sheet)
        assert cap.mode in ("colour", "grey") and cap.dpi in (200, 300) and abs(cap.skew) <= 1.2
        assert 50 <= cap.quality <= 75
    film = _draw("court_y_01", "termination_this_round_ruling")[0]
    assert {court_y_capture.plan_capture(rng, film).mode for _ in range(30)} == {"negative", "positive"}
    judgment = _draw("court_y_01", "enforcement_basis")
    assert {court_y_capture.plan_capture(rng, s).mode for s in judgment for _ in range(5)} == {"negative"}


def test_the_licence_and_the_legal_representatives_proof_are_two_documents() -> None:
    sheets = _draw("court_y_02", "identity_proof")
    assert len(sheets) == 2 and not sheets[0].starts_document and sheets[1].starts_document
    assert "营 业 执 照" in _text(sheets[:1]) and "法定代表人身份证明书" in _text(sheets[1:])
    reply = _draw("court_y_02", "assistance_notice")
    assert reply[-1].starts_document and "协助冻结存款回执" in _text(reply[-1:])


def test_mailed_receipts_carry_the_ems_slip_and_forms_are_carbon_copies() -> None:
    texts = [
        _text(_draw("court_y_02", "service_receipt", ["enforcement_notice", "property_report_order"], seed=s))
        for s in range(8)
    ]
    assert any("邮件详情单" in t for t in texts) and all("送 达 回 证" in t for t in texts)
    form = _draw("court_y_02", "property_declaration_form")[0]
    assert "财 产 申 报 表" in _text([form]) and "第二联　法院存卷" in _text([form])
    px = np.asarray(form.image.convert("RGB")).reshape(-1, 3).astype(int)
    violet = (px[:, 2] > px[:, 0] + 40) & (px[:, 2] > px[:, 1] + 40)
    assert violet.sum() > 200, "the hand is the carbon's violet-blue"
