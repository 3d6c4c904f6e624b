"""The family court_ce (河南南阳卧龙, held out: drawn without looking at the page reader). A 南召 艾绒 supplier won a
买卖合同 judgment that the 南阳中院 upheld on appeal (驳回上诉，维持原判) against a 艾灸 company; the 查控系统's
dot-matrix feedback, the 不动产登记中心's written reply and a visit to the emptied shop find nothing, so after
限制消费, 失信 and an interview with the supplier the case ends 终结本次执行程序. A 镇平 jade carver's 南阳仲裁委员会
award (with the 仲裁委's 裁决书生效证明 behind it) against a culture-tourism company is settled and paid in two
instalments into the court's account, and archived. This court's own loan 调解书 against a 月季 nursery is paid by
a 扣划 from its 中原银行 account (the counter's thermal 回单 glued onto a sheet), but the dossier reaches the archive
without the applicant's 强制执行申请书.

Every page passed the filing window's high-speed duplex scanner with red dropout on: grey at 200–300 dpi, the
red 红头, seals and stamps washed out to near paper while black and blue ink stay, sometimes thin roller or
double-feed lines down the page, staple holes or a torn corner at the top left, skew within ±3°, some pages
fed upside down, JPEG quality 40–75."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import INK, RED, Sheet, mm
from dossier.corpus.families import court_ce_capture, renderer
from dossier.corpus.families.court_ce import JADE_SEQ, MOXA_SEQ, ROSE_SEQ
from dossier.corpus.families.court_ce_kit import ARBITRATION, COURT, MIDDLE, REGISTRY
from dossier.corpus.families.court_ce_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_ce"]


def test_its_case_numbers_are_in_its_range_and_of_this_court() -> None:
    assert [p.seq for p in OURS] == [MOXA_SEQ, JADE_SEQ, ROSE_SEQ]
    assert all(65000 <= p.seq <= 65999 for p in OURS)
    for p in OURS:
        assert _plan(p.name[:11])[1].number == f"（2026）豫1303执{p.seq}号"


def test_a_terminated_round_an_archived_award_and_a_loan_without_its_application() -> None:
    assert MISSING == "enforcement_application"
    assert [p.method for p in OURS] == ["terminated_this_round", "fully_performed", "fully_performed"]
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "mediation"]
    rose = OURS[2]
    assert MISSING not in [d.code for d in rose.docs] and "property_report_order" in [d.code for d in rose.docs]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ce")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_parties_are_of_nanyang_and_their_numbers_are_valid() -> None:
    regions = {"court_ce_01": "411321", "court_ce_02": "411324", "court_ce_03": "411302"}
    for prefix, region in regions.items():
        c = _plan(prefix)[1]
        assert check_id_number(c.applicant.id_number) is None and c.applicant.id_number.startswith(region)
        assert check_credit_code(c.respondent.id_number) is None and c.respondent.id_number[2:8] == "411303"
        card = text_of(_draw(prefix, "identity_proof"))
        assert f"公民身份号码  {c.applicant.id_number}" in card and "居 民 身 份 证" in card
        licence = text_of(_draw(prefix, "identity_proof", ["respondent"]))
        assert c.respondent.id_number in licence and "营 业 执 照" in licence
        assert c.applicant.id_number in text_of(_draw(prefix, "power_of_attorney"))


def test_the_moxa_judgment_is_the_intermediate_courts_and_the_round_ends_by_ruling() -> None:
    c = _plan("court_ce_01")[1]
    assert c.basis_court == MIDDLE and c.basis_number.startswith("（2025）豫13民终")
    basis = _draw("court_ce_01", "enforcement_basis")
    assert MIDDLE in basis[0].lines and "民 事 判 决 书" in basis[0].lines and "驳回上诉，维持原判。" in text_of(basis)
    assert c.extra["first_no"] in text_of(basis) and basis[-1].page_of == (len(basis), len(basis))
    ruling = _draw("court_ce_01", "termination_this_round_ruling")
    assert "执行裁定书" in ruling[0].lines and f"终结本院{c.number}案件的本次执行程序。" in text_of(ruling)
    freeze = _draw("court_ce_01", "enforcement_ruling")
    assert "执行裁定书" in freeze[0].lines and "冻结、划拨被执行人" in text_of(freeze)
    reply = _draw("court_ce_01", "online_inquiry_result", ["realty"])[0]
    assert REGISTRY in reply.lines and "不动产登记信息查询结果证明" in reply.lines
    printout = _draw("court_ce_01", "online_inquiry_result")[0]
    assert "全国法院网络执行查控系统  查询反馈结果（总对总/点对点）" in printout.lines
    application = text_of(_draw("court_ce_02", "enforcement_application"))
    assert "限制高消费" in application and "失信被执行人名单" in application


def test_the_jade_award_is_certified_and_paid_in_two_instalments() -> None:
    plan, c = _plan("court_ce_02")
    codes = [d.code for d in plan.docs]
    assert codes.index("effectiveness_certificate") == codes.index("enforcement_basis") + 1
    award = _draw("court_ce_02", "enforcement_basis")
    assert ARBITRATION in award[0].lines and "裁 决 书" in award[0].lines and c.extra["works"] in text_of(award)
    cert = text_of(_draw("court_ce_02", "effectiveness_certificate"))
    assert "裁决书生效证明" in cert and c.basis_number in cert
    (_, m1), (_, m2) = c.extra["instalments"]
    assert m1 + m2 == c.amount
    voucher = text_of(_draw("court_ce_02", "payment_voucher"))
    assert "第1笔" in voucher and "第2笔" in voucher and f"{m2:,.2f}" in voucher
    assert "执行和解协议" in _draw("court_ce_02", "settlement_agreement")[0].lines
    cover = _draw("court_ce_02", "dossier_cover")[0]
    assert COURT in cover.lines and "执 行 卷 宗" in cover.lines and c.number in cover.lines


def test_the_rose_nurserys_debt_is_taken_from_its_bank_account_on_a_thermal_slip() -> None:
    c = _plan("court_ce_03")[1]
    slip = _draw("court_ce_03", "payment_voucher", ["bank"])[0]
    assert "业务回单（扣划）" in slip.lines and f"摘要：{c.number}" in slip.lines
    court_page = _draw("court_ce_03", "closing_notice")[0]

    def ink(s: Sheet) -> float:
        a = np.asarray(s.image.convert("L"), dtype=np.float32)
        return float(a[a < 235].mean())
    assert ink(slip) > ink(court_page) + 30, "the thermal print is fainter than the court's laser print"


def _probe() -> Sheet:
    """A red letterhead block, a black text block and a black bar at the top for the orientation."""
    s = Sheet()
    s.draw.rectangle((mm(40), mm(40), mm(170), mm(80)), fill=RED)
    s.draw.rectangle((mm(40), mm(120), mm(170), mm(160)), fill=INK)
    s.text(mm(40), mm(200), "南阳市卧龙区人民法院执行局", font("ming", 60))
    return s


def _grey(data: bytes) -> tuple[np.ndarray, Image.Image]:
    im = Image.open(io.BytesIO(data))
    return np.asarray(im, dtype=np.float32), im


def test_the_window_scanner_drops_red_and_keeps_black_in_grey_at_its_dpi() -> None:
    rng = random.Random(5)
    for dpi in (200, 300):
        cap = court_ce_capture.CeCapture(dpi=dpi, rotation=0, photo=False, skew=0.0, quality=70, dropout=0.92)
        a, im = _grey(court_ce_capture.capture(_probe(), cap, rng))
        assert im.mode == "L" and round(im.info["dpi"][0]) == dpi
        assert abs(im.width - 210 / 25.4 * dpi) < 3
        k = dpi / 25.4
        red = a[int(50 * k):int(70 * k), int(60 * k):int(150 * k)].mean()
        black = a[int(130 * k):int(150 * k), int(60 * k):int(150 * k)].mean()
        assert red > 190 and black < 60, (red, black)


def _cap(*, rotation: int = 0, streaks: list[tuple[float, int, int]] | None = None,
         corner: str = "") -> court_ce_capture.CeCapture:
    return court_ce_capture.CeCapture(dpi=200, rotation=rotation, photo=False, skew=0.0, quality=75, dropout=0.92,
                                      streaks=streaks or [], corner=corner, noise=1.0)


def test_roller_streaks_staples_torn_corners_and_upside_down_feeds_show() -> None:
    rng = random.Random(9)
    plain, _ = _grey(court_ce_capture.capture(Sheet(), _cap(), rng))
    streak, _ = _grey(court_ce_capture.capture(
        Sheet(), _cap(streaks=[(0.5, 3, 80)]), rng))
    col = streak.shape[1] // 2
    assert streak[:, col:col + 3].mean() < plain[:, col:col + 3].mean() - 20, "a grey line down the page"
    assert abs(streak[:, :col - 20].mean() - plain[:, :col - 20].mean()) < 2
    for corner in ("staple", "torn"):
        a, _ = _grey(court_ce_capture.capture(Sheet(), _cap(corner=corner),
                                              rng))
        k = 200 / 25.4
        assert a[:int(30 * k), :int(30 * k)].min() < 80 and a[-int(30 * k):, -int(30 * k):].min() > 200
    up, _ = _grey(court_ce_capture.capture(_probe(), _cap(rotation=180), rng))
    k = 200 / 25.4
    assert up[-int(150 * k):-int(130 * k), -int(150 * k):-int(60 * k)].mean() < 60


def test_plans_stay_within_what_a_clerk_can_read() -> None:
    rng = random.Random(11)
    caps = [court_ce_capture.plan_capture(rng, Sheet()) for _ in range(400)]
    assert all(c.dpi in (200, 240, 300) and abs(c.skew) <= 3 and 40 <= c.quality <= 75 for c in caps)
    assert all(c.rotation in (0, 180) and not c.photo for c in caps)
    assert 0.02 < sum(c.rotation == 180 for c in caps) / 400 < 0.15
    assert any(c.streaks for c in caps) and any(c.corner == "staple" for c in caps)
    assert any(c.corner == "torn" for c in caps)
    page = _draw("court_ce_01", "enforcement_notice")[0]
    cap = court_ce_capture.CeCapture(dpi=200, rotation=0, photo=False, skew=2.5, quality=40, dropout=0.97,
                                     blur=0.8, noise=6.0)
    a, _ = _grey(court_ce_capture.capture(page, cap, random.Random(2)))
    assert (a < 110).mean() > 0.01, "the black text survives the worst capture"
