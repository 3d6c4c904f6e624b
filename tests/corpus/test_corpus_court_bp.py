"""The family court_bp (江西南昌东湖, held out: drawn without looking at the page reader): the old-town court of 南昌.
A 景德镇 porcelain maker won its 瓷器 货款 against a 船山路 wholesaler in 南昌中院's 二审 (驳回上诉，维持原判); the
wholesaler paid in full once the 执行通知书 was served and its account at the bank was frozen (the bank's 回执 is in
the file). A 南昌拌粉 franchisor's 南昌仲裁委员会 award for 加盟费 and 货款 is enforced with the commission's 生效证明
behind it, settled by 执行和解 in two instalments and archived. A 民间借贷 民事调解书 of this court is enforced against a
borrower with nothing: 调查笔录, 谈话笔录, 失信 decision, 终结本次执行程序 — but the 限制消费令 never reached the volume.
Every page went under the filing window's 高拍仪: a grey photo at about 200 dpi with the lamp's glare spot, a slight
lens bulge, the dark desk along one or two sides, a few pages laid sideways."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bp_capture as cap_mod
from dossier.corpus.families import renderer
from dossier.corpus.families.court_bp import ARB, COURT, MID, TITLES
from dossier.corpus.families.court_bp_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bp"]


def test_two_complete_one_archived_and_the_terminated_one_lacks_its_consumption_order() -> None:
    assert MISSING == "consumption_restriction_order"


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(42000 <= p.seq <= 42999 for p in OURS)
    for p in OURS:
        assert _case(p).number == f"（2026）赣0102执{p.seq}号"


def _case(p: Plan) -> CaseCtx:
    return case_for(p, random.Random(plans().index(p)))


def _plan(tag: str) -> Plan:
    return next(p for p in OURS if tag in p.name)


def _draw(tag: str, code: str, served: list[str] | None = None) -> list[Sheet]:
    return renderer("court_bp")(code, _case(_plan(tag)), random.Random(3), served or [])


def test_the_ceramic_judgment_is_mid_courts_second_instance_on_three_numbered_pages() -> None:
    c = _case(_plan("ceramic"))
    assert c.basis_court == MID and "赣01民终" in c.basis_number
    pages = _draw("ceramic", "enforcement_basis")
    text = text_of(pages)
    assert "驳回上诉，维持原判" in text and "瓷" in text and "赣0102民初" in text
    assert len(pages) >= 2 and [p.page_of for p in pages] == [(i + 1, len(pages)) for i in range(len(pages))]
    assert f"第 {len(pages)} 页 共 {len(pages)} 页" in text
    assert "冻结" in text_of(_draw("ceramic", "enforcement_ruling"))
    reply = text_of(_draw("ceramic", "assistance_notice", ["reply"]))
    assert "回执" in reply and c.extra["resp_acct"] in reply


def test_the_noodle_award_is_settled_in_two_instalments() -> None:
    c = _case(_plan("noodle"))
    assert c.basis_court == ARB and "洪仲裁字" in c.basis_number and c.basis_kind == "arbitration"
    assert "米粉" in text_of(_draw("noodle", "enforcement_basis")) or "拌粉" in text_of(_draw("noodle", "enforcement_basis"))
    assert "终局裁决" in text_of(_draw("noodle", "effectiveness_certificate"))
    assert "执行和解" in text_of(_draw("noodle", "settlement_agreement"))
    first, second = text_of(_draw("noodle", "payment_voucher")), text_of(_draw("noodle", "payment_voucher", ["second"]))
    assert "第一期" in first and "第二期" in second


def test_the_loan_case_ends_by_terminating_this_round_on_a_mediation() -> None:
    p = _plan("loan")
    assert p.method == "terminated_this_round" and p.basis_kind == "mediation"
    assert MISSING not in [d.code for d in p.docs]
    assert not any(MISSING in d.served for d in p.docs)
    ruling = text_of(_draw("loan", "termination_this_round_ruling"))
    assert TITLES["termination_this_round_ruling"] == "执行裁定书" and "执行裁定书" in ruling
    assert "终结本次执行程序。" in ruling
    assert "民 事 调 解 书" in text_of(_draw("loan", "enforcement_basis"))


def test_every_ruling_is_titled_and_headed_by_the_court() -> None:
    for code in ("enforcement_ruling", "termination_this_round_ruling"):
        sheets = _draw("loan", code)
        assert sheets[0].lines[:2] == [COURT, "执行裁定书"]


def test_ids_validate() -> None:
    for p in OURS:
        c = _case(p)
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party)


def _decode(data: bytes) -> tuple[np.ndarray, tuple[float, float]]:
    im = Image.open(io.BytesIO(data))
    return np.asarray(im.convert("L"), dtype=np.float32), im.info.get("dpi", (0, 0))


def _cap(**kw: object) -> cap_mod.BPCapture:
    base = cap_mod.plan_capture(random.Random(5), Sheet())
    for k, v in kw.items():
        setattr(base, k, v)
    return base


def test_overhead_camera_pages_are_grey_photos_near_200_dpi_with_a_dark_desk_edge() -> None:
    sheet = _draw("ceramic", "enforcement_notice")[0]
    cap = _cap(rotation=0, skew=0.0, desk=("left",), margin=0.06, glare=(0.5, 0.5, 0.15, 0.6))
    a, dpi = _decode(cap_mod.capture(sheet, cap, random.Random(1)))
    assert 170 <= dpi[0] <= 230 and cap.photo
    assert a.shape[0] > a.shape[1]                 # portrait
    h, w = a.shape
    assert a[h // 3:2 * h // 3, : int(w * 0.03)].mean() < 90   # the desk along the left
    assert a[h // 3:2 * h // 3, -int(w * 0.03):].mean() > 150  # the page runs off the frame on the right
    assert np.percentile(a, 99.5) < 256 and np.percentile(a[h // 4:, w // 8:], 50) < 245  # grey, not scanner white


def test_the_lamp_glare_pales_the_print_but_the_title_survives() -> None:
    sheet = _draw("ceramic", "enforcement_notice")[0]
    flat = _cap(rotation=0, skew=0.0, bulge=0.0, desk=("bottom",), glare=(0.5, 0.5, 0.15, 0.0), blur=0.3)
    lit = _cap(rotation=0, skew=0.0, bulge=0.0, desk=("bottom",), glare=(0.5, 0.5, 0.15, 0.65), blur=0.3)
    a, _ = _decode(cap_mod.capture(sheet, flat, random.Random(1)))
    b, _ = _decode(cap_mod.capture(sheet, lit, random.Random(1)))
    h, w = a.shape
    spot = (slice(int(h * 0.45), int(h * 0.55)), slice(int(w * 0.45), int(w * 0.55)))
    assert b[spot].mean() > a[spot].mean() + 15
    title = (slice(int(h * 0.1), int(h * 0.16)), slice(int(w * 0.25), int(w * 0.75)))
    assert b[title].min() < 110                      # the title's strokes stay dark
    for seed in range(40):                           # and no planned hot spot sits on the title band
        assert cap_mod.plan_capture(random.Random(seed), sheet).glare[1] >= 0.2


def test_the_lens_bulges_the_page_edge() -> None:
    a = np.full((400, 300), 60.0, np.float32)
    a[40:360, 40:260] = 220.0
    barrel = cap_mod.bulge(a, 0.04, 60.0)
    straight_col = (a[:, 45] > 140).sum()
    # under barrel distortion the page's straight left edge bows: the corners pull inwards
    assert (barrel[:, 42] > 140).sum() != straight_col
    assert abs(float(barrel[200, 40:50].mean()) - float(a[200, 40:50].mean())) < 80


def test_a_few_pages_are_turned_sideways_and_stay_readable() -> None:
    sheet = _draw("noodle", "closing_notice")[0]
    rotations = {cap_mod.plan_capture(random.Random(s), sheet).rotation for s in range(60)}
    assert rotations == {0, 90, 270}
    a, _ = _decode(cap_mod.capture(sheet, _cap(rotation=90), random.Random(2)))
    assert a.shape[1] > a.shape[0]
    assert (a < 110).mean() > 0.002   # print is still there


@pytest.mark.parametrize("tag", ["ceramic", "noodle", "loan"])
def test_every_sheet_captures_to_a_readable_jpeg(tag: str) -> None:
    p = _plan(tag)
    c = _case(p)
    rng = random.Random(7)
    for d in p.docs[:8]:
        for sheet in renderer("court_bp")(d.code, c, random.Random(1), d.served or ([d.note] if d.note else [])):
            cap = cap_mod.plan_capture(rng, sheet)
            a, dpi = _decode(cap_mod.capture(sheet, cap, rng))
            assert 150 <= dpi[0] <= 300 and -3 <= cap.skew <= 3
            assert a.std() > 12 and (a < 120).mean() > 0.001, (d.code, cap)
