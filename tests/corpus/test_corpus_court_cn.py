"""The family court_cn (浙江台州椒江, held out: drawn without looking at the page reader): the court of 台州's harbour
district. A 温岭 pump maker holds a 台州仲裁委员会 award against a 椒江 shipyard for marine pumps; the bureau seizes
the yard's company car (浙J plate) through the 车管所, the yard pays into the court's account, the case closes
执行完毕 and is archived (cover, catalogue, the 仲裁委's 生效证明 behind the award, review form, remarks sheet). A lender
holds a 台州中院 二审 judgment (驳回上诉，维持原判) against a borrower and his guarantor; nothing is found, both are
restricted and listed as 失信, the lender is heard, and the case ends by 终结本次执行程序. This court's own 调解书
between a 黄岩 mould maker and a 椒江 plastics factory is paid after the 执行通知书 — and the file lacks the
applicant's 收取执行款账户确认书. The undertaker shot the file with a phone scanning app: auto-crop misses (desk or
the next page at one edge, trapezoid pages), an 'enhance' filter that blows the paper white and over-sharpens,
the app's corner watermark, slips two to a shot, some pages upside-down or sideways."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cn_capture, renderer
from dossier.corpus.families.court_cn import LOAN_SEQ, MOULD_SEQ, PUMP_SEQ, when
from dossier.corpus.families.court_cn_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_cn"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(80000 <= p.seq <= 80999 for p in OURS)
    assert [p.seq for p in OURS] == [PUMP_SEQ, LOAN_SEQ, MOULD_SEQ]
    assert [p.name[:12] for p in OURS] == ["court_cn_01_", "court_cn_02_", "court_cn_03_"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_cn")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_an_archived_award_a_terminated_appeal_and_a_mediation_without_its_account_confirmation() -> None:
    assert MISSING == "payment_account_confirmation"
    assert MISSING in {"enforcement_notice", "payment_account_confirmation", "power_of_attorney", "acceptance_notice"}
    assert [p.stage for p in OURS] == ["archive", "closing", "closing"]
    assert [p.method for p in OURS] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert [p.basis_kind for p in OURS] == ["arbitration", "judgment", "mediation"]
    assert [p.complete for p in OURS] == [True, True, False]
    mould = [d.code for d in OURS[2].docs]
    assert MISSING not in mould and "enforcement_notice" in mould and "enforcement_ruling" not in mould


def test_the_bases_come_from_their_authors() -> None:
    award = text_of(_draw("court_cn_01", "enforcement_basis"))
    assert "台州仲裁委员会" in award and "裁决如下" in award and "首席仲裁员" in award
    appeal = text_of(_draw("court_cn_02", "enforcement_basis"))
    assert "浙江省台州市中级人民法院" in appeal and "浙10民终" in appeal and "驳回上诉，维持原判" in appeal
    assert "原审被告" in appeal and _plan("court_cn_02")[1].extra["guarantor"].name in appeal
    mediation = text_of(_draw("court_cn_03", "enforcement_basis"))
    assert "民 事 调 解 书" in mediation and "浙1002民初" in mediation and "自愿达成如下协议" in mediation
    cert = text_of(_draw("court_cn_01", "effectiveness_certificate"))
    assert "裁决书生效证明" in cert and _plan("court_cn_01")[1].basis_number in cert


def test_every_ruling_is_titled_and_says_what_it_does() -> None:
    seize = text_of(_draw("court_cn_01", "enforcement_ruling"))
    assert "执 行 裁 定 书" in seize and "裁定如下" in seize and "浙J" in seize and "扣押" in seize
    end = text_of(_draw("court_cn_02", "termination_this_round_ruling"))
    assert "执 行 裁 定 书" in end and "终结本次执行程序。" in end and "第五百一十七条" in end
    listed = text_of(_draw("court_cn_02", "dishonest_list_decision"))
    guarantor = _plan("court_cn_02")[1].extra["guarantor"].name
    assert "决 定 书" in listed and "失信被执行人名单" in listed and guarantor in listed


def test_its_parties_carry_valid_numbers_and_live_in_taizhou() -> None:
    for prefix in ("court_cn_01", "court_cn_02", "court_cn_03"):
        c = _plan(prefix)[1]
        people = [c.applicant, c.respondent] + ([c.extra["guarantor"]] if "guarantor" in c.extra else [])
        for p in people:
            check = check_id_number if p.kind == "person" else check_credit_code
            assert check(p.id_number) is None, (prefix, p.name, p.id_number)
            assert "台州" in p.address or "温岭" in p.address, p.address
        assert c.number.startswith("（2024）浙1002执")


def test_papers_are_dated_in_order() -> None:
    for prefix in ("court_cn_01", "court_cn_02", "court_cn_03"):
        plan, c = _plan(prefix)
        assert c.filed_on <= when("enforcement_notice", c) < when("closing_notice", c) <= c.closed_on
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            text = text_of(_draw(prefix, d.code, d.served))
            got = [date(int(y), int(m), int(dd)) for y, m, dd in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)]
            assert got and min(got) >= max(when(k, c) for k in d.served), (prefix, d.served, got)
    c = _plan("court_cn_02")[1]
    assert 0 < (c.closed_on - when("termination_this_round_ruling", c)).days <= 10
    assert (c.closed_on - c.filed_on).days >= 90


def test_slips_are_two_to_a_shot_and_the_licence_an_open_booklet() -> None:
    fee = _draw("court_cn_01", "fee_receipt")[0]
    assert fee.width > fee.height and "非税收入" in text_of([fee]) and "电子回单" in text_of([fee])
    booklet = _draw("court_cn_01", "lawyer_license")[0]
    assert booklet.width > booklet.height and "律师执业证" in text_of([booklet])
    ids = text_of(_draw("court_cn_02", "identity_proof", ["respondent"]))
    assert ids.count("居 民 身 份 证") == 2
    licence = _draw("court_cn_03", "identity_proof")
    assert len(licence) == 2 and licence[1].starts_document and "法定代表人身份证明书" in text_of(licence[1:])


def _shot(code: str, **changes: object) -> tuple[Sheet, Image.Image, court_cn_capture.PhoneCapture]:
    sheet = _draw("court_cn_03", code)[0]
    cap = court_cn_capture.plan_capture(random.Random(5), sheet)
    cap.dpi, cap.rotation, cap.miss, cap.keystone, cap.skew = 150, 0, "", (0.0, 0.0, 0.0, 0.0), 0.0
    for k, v in changes.items():
        setattr(cap, k, v)
    img = Image.open(io.BytesIO(court_cn_capture.capture(sheet, cap, random.Random(6))))
    return sheet, img, cap


def test_the_phone_app_blows_the_paper_white_and_keeps_the_text_dark() -> None:
    sheet, img, _ = _shot("enforcement_notice", colour=False)
    assert img.info["dpi"][0] == 150
    assert abs(img.width - sheet.width * 150 / 200) < 4 and abs(img.height - sheet.height * 150 / 200) < 4
    a = np.asarray(img.convert("L"))
    assert np.median(a) >= 250, "the enhance filter blows the paper to white"
    assert (a < 90).mean() > 0.01, "the strokes stay dark enough to read"


def test_it_marks_each_page_in_a_corner() -> None:
    _, img, cap = _shot("enforcement_notice", mark_corner="br", colour=False)
    a = np.asarray(img.convert("L")).astype(int)
    h, w = a.shape
    corner = a[int(h * 0.95):, int(w * 0.6):]
    assert ((corner > 110) & (corner < 200)).sum() > 40, "the app's grey watermark"
    assert cap.watermark.startswith("由 ") and cap.watermark.endswith(" 创建")


def test_a_missed_crop_leaves_the_desk_at_one_edge() -> None:
    sheet, img, _ = _shot("acceptance_notice", miss="desk", edge="left", sliver=0.05, colour=True)
    a = np.asarray(img.convert("RGB")).astype(int)
    strip = a[:, : int(img.width * 0.03)]
    assert img.width > sheet.width * 150 / 200 * 1.03
    assert strip[..., 0].mean() < 170 and strip[..., 0].mean() > strip[..., 2].mean() + 15, "brown desk"


def test_pages_shot_the_wrong_way_round_are_recorded_as_such() -> None:
    sheet, img, cap = _shot("acceptance_notice", rotation=90)
    assert cap.rotation == 90 and img.width > img.height, "a portrait page shot sideways"
    _, upright, _ = _shot("acceptance_notice", rotation=0)
    assert upright.height > upright.width
    rotations = {court_cn_capture.plan_capture(random.Random(k), sheet).rotation for k in range(300)}
    assert rotations == {0, 90, 180, 270}
    skews = [court_cn_capture.plan_capture(random.Random(k), sheet).skew for k in range(100)]
    assert max(abs(s) for s in skews) <= 3.0


def test_a_trapezoid_page_shows_the_desk_in_its_top_corners_and_blank_backs_stay_unmarked() -> None:
    _, img, _ = _shot("acceptance_notice", keystone=(0.035, 0.035, 0.0, 0.0), colour=True, miss="desk", edge="bottom",
                      sliver=0.03)
    a = np.asarray(img.convert("RGB")).astype(int)
    h, w = a.shape[:2]
    corner = a[: int(h * 0.004) + 1, : int(w * 0.02)]
    assert corner[..., 0].mean() < 200, "the page narrows at the top: desk shows in the corner"
    assert np.median(a[h // 2, w // 4: 3 * w // 4, 0]) >= 240, "the page itself stays white"
    back = Sheet()
    cap = court_cn_capture.plan_capture(random.Random(2), back)
    cap.dpi, cap.miss, cap.rotation, cap.mark_corner, cap.skew = 150, "", 0, "br", 0.0
    cap.keystone = (0.0, 0.0, 0.0, 0.0)
    blank = np.asarray(Image.open(io.BytesIO(court_cn_capture.capture(back, cap, random.Random(3)))).convert("L"))
    bh, bw = blank.shape
    assert (blank[int(bh * 0.95):, int(bw * 0.6):] < 200).sum() < 20, "no watermark on a blank back"
