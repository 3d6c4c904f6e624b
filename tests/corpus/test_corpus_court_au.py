"""The family court_au (黑龙江大庆让胡路, held out: drawn without looking at the page reader): a district court in the
Daqing oilfield. A 劳务 team leader from 肇州 won this court's judgment for his crew's 劳务费 against an oilfield
service contractor; the bureau froze the contractor's 作业费 receivable from a 采油厂 and the 采油厂 paid it over on a
second 协助执行通知书. A rig-lease company's 大庆仲裁委员会 award (ZJ30/ZJ40 drilling rig, with the 仲裁委's 生效证明) was
settled by an 执行和解协议 paid in two instalments and archived. A 采油配件 supplier's 大庆中院 二审 judgment (驳回上诉，
维持原判) was paid by a bank deduction, but it was filed online and its 执行申请书 never reached the paper volume.
Capture: the archive room's colour flatbed with dirty glass (the same dust, hair and coffee-cup ring on every page),
sheets laid askew and sometimes slipping off the glass so a corner is cut; the undertaker's red 已阅/已核 stamps, a
judge's 批示 down the margin, coloured index tabs on the right edge; ID cards, licences and the lawyer's licence as
photocopies; 150–300 dpi JPEG."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_au_capture, renderer
from dossier.corpus.families.court_au_capture import DIRT, LID, AuCapture
from dossier.corpus.families.court_au_kit import GARNISHEE, PARTS_SEQ, RIG_SEQ, WAGE_SEQ
from dossier.corpus.families.court_au_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_au"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(11000 <= p.seq <= 11999 for p in OURS)
    assert [p.seq for p in OURS] == [WAGE_SEQ, RIG_SEQ, PARTS_SEQ]


def test_two_complete_dossiers_one_archived_and_the_online_filing_without_its_application() -> None:
    assert MISSING == "enforcement_application"
    wage, rig, parts = OURS
    assert wage.complete and rig.complete and not parts.complete
    assert rig.stage == "archive" and rig.basis_kind == "arbitration"
    assert MISSING in {d.code for d in wage.docs} and MISSING not in {d.code for d in parts.docs}


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_au")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_the_crews_wages_are_paid_out_of_the_frozen_oilfield_receivable() -> None:
    plan, c = _plan("court_au_01")
    assert c.basis_court.endswith("让胡路区人民法院") and "黑0604民初" in c.basis_number
    judgment = text_of(_draw("court_au_01", "enforcement_basis"))
    assert "民事判决书" in judgment.replace(" ", "") and "判决如下" in judgment and "劳务费" in judgment
    ruling = _draw("court_au_01", "enforcement_ruling")
    words = text_of(ruling)
    assert "执行裁定书" in words.replace(" ", "") and "裁定如下" in words
    assert f"冻结被执行人{c.respondent.name}对{GARNISHEE}享有的应收作业费" in words
    assert [d.served for d in plan.docs if d.code == "assistance_notice"] == [[], []]
    assert [d.note for d in plan.docs if d.code == "assistance_notice"] == ["", "pay"]
    pay = text_of(_draw("court_au_01", "assistance_notice", ["pay"]))
    assert "提取被执行人" in pay and "协助执行通知书（回执）" in pay
    assert "settlement_agreement" not in {d.code for d in plan.docs}
    assert "协助提取" in text_of(_draw("court_au_01", "payment_voucher"))


def test_the_rig_lease_award_is_settled_and_archived_in_order() -> None:
    plan, c = _plan("court_au_02")
    assert c.basis_court == "大庆仲裁委员会" and "庆仲裁字" in c.basis_number
    award = text_of(_draw("court_au_02", "enforcement_basis"))
    assert "裁决如下" in award and "钻机" in award and "终局裁决" in award
    cert = text_of(_draw("court_au_02", "effectiveness_certificate"))
    assert "生效证明" in cert.replace(" ", "") and c.basis_number in cert
    deal = text_of(_draw("court_au_02", "settlement_agreement"))
    assert "执行和解协议" in deal and c.number in deal and "恢复执行" in deal
    codes = [d.code for d in plan.docs]
    assert codes.index("settlement_agreement") < codes.index("payment_voucher")


def test_the_money_reaches_the_courts_account_on_bank_slips() -> None:
    _, rig = _plan("court_au_02")
    slips = text_of(_draw("court_au_02", "payment_voucher", ["slip"]))
    assert slips.count("网上银行电子回单") == 2 and "第一期和解款" in slips and "第二期和解款" in slips
    assert slips.count(rig.number) == 2 and "执行款专户" in slips
    one = text_of(_draw("court_au_03", "payment_voucher", ["slip"]))
    assert one.count("网上银行电子回单") == 1 and "协助扣划" in one and "回单编号" in one
    approval = text_of(_draw("court_au_02", "payment_voucher"))
    assert "执行案款发放审批表" in approval.replace(" ", "") and "电子回单" not in approval
    for plan in OURS[1:]:
        codes = [(d.code, d.note) for d in plan.docs]
        assert ("payment_voucher", "slip") in codes and ("payment_voucher", "") in codes


def test_the_appeal_judgment_upholds_the_first_instance() -> None:
    _, c = _plan("court_au_03")
    assert c.basis_court == "黑龙江省大庆市中级人民法院" and "黑06民终" in c.basis_number
    words = text_of(_draw("court_au_03", "enforcement_basis"))
    assert "驳回上诉，维持原判" in words and "终审判决" in words and c.extra["first"] in words


def test_multi_page_papers_number_their_pages_after_the_signature_page() -> None:
    for prefix in ("court_au_01", "court_au_02", "court_au_03"):
        sheets = _draw(prefix, "enforcement_basis")
        numbered = [s.page_of for s in sheets if s.page_of]
        if numbered:
            assert numbered == [(n, len(sheets)) for n in range(1, len(sheets) + 1)], prefix
        footers = [ln for s in sheets for ln in s.lines if ln.startswith("第") and "共" in ln]
        assert len(footers) == len(numbered), (prefix, footers)


def test_ids_validate_and_parties_are_the_same_everywhere() -> None:
    for p in OURS:
        _, c = _plan(p.name[:11])
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party.name)
        assert text_of(_draw(p.name[:11], "identity_proof", ["respondent"])).count(c.respondent.id_number) == 1
    _, c = _plan("court_au_01")
    assert c.applicant.id_number in text_of(_draw("court_au_01", "identity_proof"))
    assert c.applicant.id_number[:6] == "230621"  # a 肇州县 worker


def test_parties_papers_are_grey_photocopies_and_the_courts_are_white() -> None:
    idcopy = np.asarray(_draw("court_au_01", "identity_proof")[0].image.convert("L"), dtype=np.float32)
    notice = np.asarray(_draw("court_au_01", "acceptance_notice")[0].image.convert("L"), dtype=np.float32)
    assert np.median(idcopy) < 244 < np.median(notice)


def test_some_papers_carry_a_tab_a_read_stamp_or_a_judges_note() -> None:
    def colourful(s: Sheet) -> bool:
        a = np.asarray(s.image.convert("RGB"), dtype=np.int16)
        right = a[:, -60:]
        return bool(((right.max(axis=2) - right.min(axis=2)) > 80).mean() > 0.01)
    tabs = sum(colourful(_draw("court_au_01", "enforcement_ruling", seed=k)[0]) for k in range(12))
    assert 2 <= tabs <= 11
    stamped = [text_of(_draw("court_au_02", "settlement_agreement", seed=k)) for k in range(12)]
    assert any("已阅" in t or "已核" in t for t in stamped)
    assert any("同意按协议履行" in t for t in stamped)


def _capture(sheet: Sheet, **kw: object) -> Image.Image:
    base = dict(dpi=200, rotation=0, photo=False, quality=85, skew=0.0, shift=(0.0, 0.0), blur=0.0)
    base.update(kw)
    cap = AuCapture(**base)  # type: ignore[arg-type]
    return Image.open(io.BytesIO(court_au_capture.capture(sheet, cap, random.Random(5))))


def test_the_capture_keeps_size_and_dpi_and_planned_values_stay_in_range() -> None:
    sheet = _draw("court_au_01", "acceptance_notice")[0]
    rng = random.Random(9)
    caps = [court_au_capture.plan_capture(rng, sheet) for _ in range(200)]
    assert {c.dpi for c in caps} <= {150, 200, 240, 300} and len({c.dpi for c in caps}) >= 3
    assert all(abs(c.skew) <= 3 and c.rotation == 0 and not c.photo for c in caps)
    assert 0.15 < sum(c.shift[1] > 4 for c in caps) / len(caps) < 0.45
    for dpi in (150, 300):
        im = _capture(sheet, dpi=dpi)
        assert im.info["dpi"][0] == dpi and im.mode == "RGB"
        assert abs(im.width - round(sheet.width * dpi / 200)) <= 1


def test_the_dirty_glass_leaves_the_same_specks_hair_and_ring_on_every_page() -> None:
    blank = Sheet()
    blank.lines.append("x")
    a = np.asarray(_capture(blank).convert("L"), dtype=np.float32)
    b = np.asarray(_capture(_draw("court_au_01", "acceptance_notice")[0]).convert("L"), dtype=np.float32)
    h, w = a.shape
    specks = [(int(x * w), int(y * h)) for x, y, r, d in DIRT.specks if d > 0.6 and r > 0.3]
    assert len(specks) >= 5
    for x, y in specks:
        assert a[y, x] < 200, (x, y)
    hx, hy = DIRT.hair[len(DIRT.hair) // 2]
    assert a[int(hy * h) - 2:int(hy * h) + 3, int(hx * w) - 2:int(hx * w) + 3].min() < 200
    rx, ry, rr = DIRT.ring
    ring = [a[int(ry * h + rr * w * np.sin(t)), int(rx * w + rr * w * np.cos(t))] for t in np.linspace(0, 6.2, 24)]
    inside = a[int(ry * h) - 5:int(ry * h) + 5, int(rx * w) - 5:int(rx * w) + 5]
    assert 200 < np.mean(ring) < np.mean(inside) - 3, "a faint ring, not a dark one"
    assert np.mean(a) > 235, "the glass's dirt stays sparse"
    x, y = specks[0]
    assert b[y, x] < 200


def test_a_slipped_sheet_loses_a_corner_but_keeps_its_title() -> None:
    sheet = _draw("court_au_01", "enforcement_notice")[0]
    im = np.asarray(_capture(sheet, skew=2.5, shift=(10.0, 11.0)).convert("RGB"), dtype=np.int16)
    h, w = im.shape[:2]
    top = im[: int(h * 0.02), w // 3: 2 * w // 3]
    assert np.abs(top - np.array(LID)).max(axis=2).mean() < 12, "the glass is bare above the slipped sheet"
    probe = Sheet()
    probe.centred(mm(32), "黑龙江省大庆市让胡路区人民法院", font("serif_bold", mm(7.4)))
    probe.draw.rectangle((probe.width - mm(12), probe.height - mm(12), probe.width - mm(2), probe.height - mm(2)),
                         fill=(0, 0, 0))
    flat = np.asarray(_capture(probe, skew=2.5).convert("L"))
    slipped = np.asarray(_capture(probe, skew=2.5, shift=(10.0, 11.0)).convert("L"))
    half = flat.shape[0] // 2
    assert (slipped[:half] < 128).sum() > 0.97 * (flat[:half] < 128).sum(), "the title is still on the glass"
    assert (flat[half:] < 128).sum() > 1000 and (slipped[half:] < 128).sum() < 0.2 * (flat[half:] < 128).sum(), \
        "the corner went off the glass"


def test_pages_stay_readable_ink_on_paper() -> None:
    im = np.asarray(_capture(_draw("court_au_03", "enforcement_basis")[0], quality=55, blur=0.8).convert("L"))
    assert (im < 90).mean() > 0.01 and np.median(im) > 220
