"""The family court_ak (石家庄铁路运输法院, held out: drawn without looking at the page reader): a railway transport
court's volumes scanned in its 档案室 on an ageing flatbed whose lamp is failing — light falling off toward one side,
a pink or green cast, faint flicker bands, a strip now and then exposed twice — holding a 北京铁路运输中级法院 二审
judgment on 铁路货物运输合同 运费 with the 铁路货票 behind the application, paid; a 劳动人事争议仲裁 award for a railway
劳务分包 worker whose claim on the 工务段 was frozen behind another court's, 终本 and archived; and a 执恢 of this
court's own 货损 judgment, resumed on a vehicle and a 车务段's 证明, whose earlier 终本 ruling never reached the new
volume."""

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
from dossier.corpus.families import court_ak_capture, renderer
from dossier.corpus.families.court_ak import APPEAL, COURT, LABOUR, STATION_GROUP
from dossier.corpus.families.court_ak_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

OURS = [p for p in plans() if p.family == "court_ak"]


def test_court_ak_seqs_lie_in_its_range() -> None:
    assert all(64000 <= p.seq <= 64999 for p in OURS)


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ak")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _text(sheets: list[Sheet]) -> str:
    return "".join(line for s in sheets for line in s.lines)


def test_complete_dossiers_miss_nothing_and_the_resumption_misses_its_old_round_ruling() -> None:
    assert MISSING == "termination_this_round_ruling"
    resumed = next(p for p in OURS if not p.complete)
    assert resumed.category == "resumption" and MISSING not in {d.code for d in resumed.docs}
    assert "（2023）冀7101执" in _plan("court_ak_03")[1].previous_number
    assert "执恢" in _plan("court_ak_03")[1].number


def test_the_bases_are_an_appeal_on_freight_a_labour_award_and_this_courts_own_judgment() -> None:
    c1, c2, c3 = (_plan(f"court_ak_0{k}")[1] for k in (1, 2, 3))
    assert (c1.basis_court, c2.basis_court, c3.basis_court) == (APPEAL, LABOUR, COURT)
    assert "京71民终" in c1.basis_number and "驳回上诉，维持原判。" in _text(_draw("court_ak_01", "enforcement_basis"))
    assert "裁决如下：" in _text(_draw("court_ak_02", "enforcement_basis")) and c2.basis_kind == "arbitration"
    assert "终局裁决" in _text(_draw("court_ak_02", "effectiveness_certificate"))
    assert "判决如下：" in _text(_draw("court_ak_03", "enforcement_basis")) and "冀7101民初" in c3.basis_number
    waybills = _draw("court_ak_01", "evidence", ["waybills"])
    assert len(waybills) >= 2 and all("铁 路 货 票" in s.lines for s in waybills) and waybills[1].starts_document
    assert STATION_GROUP in _text(_draw("court_ak_03", "evidence", ["station"]))
    assert "工务段" in _text(_draw("court_ak_02", "assistance_notice", ["reply"])) or "桥工段" in _text(
        _draw("court_ak_02", "assistance_notice", ["reply"]))


def test_the_ids_on_its_papers_validate_and_the_court_rules_in_its_own_words() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party.id_number)
        assert check_id_number(str(c.extra["rep_id"])) is None
    ruling = _draw("court_ak_02", "termination_this_round_ruling")
    assert "裁定如下：" in _text(ruling) and "终结本院" in _text(ruling) and "执　行　裁　定　书" in ruling[0].lines
    assert "恢复" in _text(_draw("court_ak_03", "resumption_ruling"))


@pytest.mark.parametrize("seed", range(6))
def test_the_failing_lamp_darkens_one_side_and_tints_the_page_but_keeps_it_readable(seed: int) -> None:
    sheet = _draw("court_ak_01", "enforcement_notice")[0]
    rng = random.Random(seed)
    cap = court_ak_capture.plan_capture(rng, sheet)
    cap.rotation, cap.skew, cap.grey, cap.dpi, cap.falloff_side = 0, 0.0, False, 200, "right"
    cap.falloff = 0.3
    img = np.asarray(Image.open(io.BytesIO(court_ak_capture.capture(sheet, cap, rng))).convert("RGB"), dtype=float)
    w = img.shape[1]
    left, right = img[:, : w // 10].mean(), img[:, -w // 10 :].mean()
    assert right < left - 20, "the weak end of the lamp reads darker"
    assert 40 <= cap.quality <= 70 and cap.dpi in (200, 300)
    paper = img[:, : w // 10].reshape(-1, 3).mean(axis=0)
    assert abs(paper[0] - paper[1]) > 1 or abs(paper[1] - paper[2]) > 1, "the lamp's colour has drifted"
    assert left > 200, "a clerk can still read it"


def test_the_volume_has_turned_pages_grey_and_colour_and_both_resolutions() -> None:
    sheet = _draw("court_ak_01", "enforcement_notice")[0]
    caps = [court_ak_capture.plan_capture(random.Random(k), sheet) for k in range(300)]
    assert {c.dpi for c in caps} == {200, 300} and {c.grey for c in caps} == {True, False}
    assert {c.rotation for c in caps} >= {0, 180} and any(c.rotation in (90, 270) for c in caps)
    assert any(c.stutter for c in caps) and {c.falloff_side for c in caps} >= {"left", "right"}
    assert all(not c.photo for c in caps)
