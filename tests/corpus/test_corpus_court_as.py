"""The family court_as (山东青岛黄岛, held out: drawn without looking at the page reader): a port district court in the
西海岸新区. A logistics company resumes (执恢) its 2017 case against a container yard, ended then by 终结本次执行程序,
because it found the yard's receivables from a shipping agent: its 恢复执行申请书 carries the original undertaker's
handwritten confirmation, the 2016 judgment, the old 终本 执行裁定书 and the yard's licence were pulled from the 2017
volume; a shipyard welder's 追索劳动报酬 judgment (the 黄岛 劳动人事争议仲裁 award told in it) is paid after a 传票 that
warns of 拘传 and 罚款, and archived; a second 执恢 on a 货代 company's 牵引车 reaches the file without its 恢复执行裁定书.
The old volume's pages come out of the first e-archive system as 1-bit halftones (error diffusion or an ordered screen,
150–200 dpi, sometimes a moiré); the 2026 pages went through a clean grey flatbed at 200–300 dpi."""

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
from dossier.corpus.families import court_as_capture, renderer
from dossier.corpus.families.court_as import CAR_SEQ, WELDER_SEQ, YARD_SEQ
from dossier.corpus.families.court_as_kit import COURT, is_old
from dossier.corpus.families.court_as_papers import ARBITRATION, VEHICLE
from dossier.corpus.families.court_as_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_as"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(19000 <= p.seq <= 19999 for p in OURS)
    assert [p.seq for p in OURS] == [YARD_SEQ, WELDER_SEQ, CAR_SEQ]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_as")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_two_resumptions_and_an_archived_wage_case_the_tractor_one_without_its_resumption_ruling() -> None:
    assert MISSING == "resumption_ruling"
    assert [p.category for p in OURS] == ["resumption", "enforcement", "resumption"]
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.complete for p in OURS] == [True, True, False]
    tractor = _plan("court_as_03")[0]
    assert any(d.code == "service_receipt" and "resumption_ruling" in d.served for d in tractor.docs), (
        "the ruling was served; only its copy never reached the new volume")
    assert "termination_this_round_ruling" in [d.code for d in tractor.docs]


def test_the_dossiers_are_35_to_50_pages() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        for seed in (3, 7):
            rng = random.Random(seed)
            pages = sum(len(renderer("court_as")(d.code, c, rng, d.served or ([d.note] if d.note else [])))
                        for d in p.docs)
            assert 35 <= pages <= 50, (p.name, pages)


def test_a_2017_round_is_resumed_on_the_yards_receivables_confirmed_by_the_original_undertaker() -> None:
    c = _plan("court_as_01")[1]
    assert c.number == f"（2026）鲁0211执恢{YARD_SEQ}号" and c.previous_number.startswith("（2017）鲁0211执")
    assert "物流" in c.applicant.name and "集装箱堆场" in c.respondent.name
    app = _draw("court_as_01", "resumption_application")
    assert "恢复执行申请书" in app[0].lines and c.previous_number in text_of(app)
    assert "原案承办人确认：" in text_of(app) and c.extra["old_officer"] in app[-1].lines
    assert c.extra["debtor3"] in text_of(app) and "应收账款" in text_of(app)
    old = _draw("court_as_01", "termination_this_round_ruling")
    assert all(is_old(s) for s in old) and old[0].lines[0] == COURT and "执行裁定书" in old[0].lines
    assert c.previous_number in old[0].lines and f"终结本院{c.previous_number}案件的本次执行程序。" in text_of(old)
    assert "二〇一七年" in text_of(old) or "2017" in text_of(old)
    ruling = _draw("court_as_01", "resumption_ruling")
    assert not any(is_old(s) for s in ruling) and "执行裁定书" in ruling[0].lines and c.number in ruling[0].lines
    assert f"恢复{c.previous_number}案件的执行。" in text_of(ruling) and c.officer in text_of(ruling)
    basis = _draw("court_as_01", "enforcement_basis")
    assert all(is_old(s) for s in basis) and "（2016）鲁0211民初" in c.basis_number and c.basis_number in basis[0].lines
    assert all(is_old(s) for s in _draw("court_as_01", "identity_proof", ["respondent"]))
    assert not any(is_old(s) for s in _draw("court_as_01", "identity_proof"))
    ledger, demand = _draw("court_as_01", "evidence", ["receivables"])
    assert "客户往来对账单" in ledger.lines and demand.starts_document and "催 款 函" in demand.lines
    reply = _draw("court_as_01", "assistance_notice", ["reply"])[0]
    assert "协助执行回执" in reply.lines and c.extra["debtor3"] in reply.lines
    notice = _draw("court_as_01", "resumption_notice")
    assert "恢复执行通知书" in notice[0].lines and c.previous_number in text_of(notice)


def test_the_tractor_is_found_by_the_vehicle_registry() -> None:
    c = _plan("court_as_03")[1]
    assert c.extra["plate"].startswith("鲁B")
    reply = _draw("court_as_03", "online_inquiry_result", ["vehicle"])[0]
    assert VEHICLE in reply.lines and c.extra["plate"] in text_of([reply])
    clue, lic = _draw("court_as_03", "evidence", ["car"])
    assert "车辆线索情况说明" in clue.lines and "机动车行驶证（复印件）" in lic.lines and lic.starts_document


def test_the_welder_won_after_arbitration_and_paid_after_a_warning_of_compulsory_appearance() -> None:
    c = _plan("court_as_02")[1]
    assert c.number == f"（2026）鲁0211执{WELDER_SEQ}号" and "（2025）鲁0211民初" in c.basis_number
    judgment = _draw("court_as_02", "enforcement_basis")
    assert "民　事　判　决　书" in judgment[0].lines and not any(is_old(s) for s in judgment)
    assert ARBITRATION in text_of(judgment) and c.extra["award_no"] in text_of(judgment)
    assert "电焊" in text_of(judgment) and "判决如下：" in text_of(judgment)
    assert "生效证明书" in _draw("court_as_02", "effectiveness_certificate")[0].lines
    summons = text_of(_draw("court_as_02", "summons"))
    assert "拘传" in summons and "罚款" in summons
    cover = _draw("court_as_02", "dossier_cover")[0]
    assert "执 行 案 卷" in cover.lines and c.number in cover.lines
    assert "卷 内 目 录" in _draw("court_as_02", "catalogue")[0].lines
    assert "备　考　表" in _draw("court_as_02", "remarks_sheet")[0].lines


def test_ids_validate() -> None:
    for k in (1, 2, 3):
        c = _plan(f"court_as_0{k}")[1]
        assert check_credit_code(c.respondent.id_number) is None
        if c.applicant.kind == "organisation":
            assert check_credit_code(c.applicant.id_number) is None
        else:
            assert check_id_number(c.applicant.id_number) is None


def test_the_house_style_is_a_red_head_over_a_red_double_rule() -> None:
    notice = _draw("court_as_01", "acceptance_notice")[0]
    assert notice.lines[0] == COURT and "受理案件通知书" in notice.lines
    a = np.asarray(notice.image.convert("RGB")).astype(int)
    red = (a[..., 0] - a[..., 2] > 100) & (a[..., 1] < 90)
    assert red[150:280].sum() > 5000, "the red court name and double rule across the top"


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"))


def test_old_volume_pages_are_1_bit_halftones_and_new_pages_clean_grey() -> None:
    old = _draw("court_as_01", "termination_this_round_ruling")[0]
    new = _draw("court_as_01", "resumption_ruling")[0]
    olds = [court_as_capture.plan_capture(random.Random(k), old) for k in range(200)]
    news = [court_as_capture.plan_capture(random.Random(k), new) for k in range(200)]
    assert all(c.old for c in olds) and not any(c.old for c in news)
    assert {c.dpi for c in olds} == {150, 200} and {c.dpi for c in news} == {200, 300}
    assert {c.dither for c in olds} == {"diffusion", "ordered"} and 20 < sum(c.moire > 0 for c in olds) < 140
    assert max(abs(c.skew) for c in news) <= 1.2
    assert 40 < sum(c.tone < 255 for c in olds) < 160 and any(c.shadow for c in olds), "photocopy grey, binding edge"
    toned = next(c for c in olds if c.tone < 255 and not c.shadow)
    toned.moire, toned.skew = 0.0, 0.0
    dots = _decode(court_as_capture.capture(Sheet(), toned, random.Random(1)))
    assert 0.01 < (dots < 128).mean() < 0.15, "an empty grey page becomes sparse dots"
    for cap in (olds[0], next(c for c in olds if c.dither != olds[0].dither)):
        img = _decode(court_as_capture.capture(old, cap, random.Random(1)))
        mid = ((img > 70) & (img < 185)).mean()
        assert mid < 0.02, ("bilevel: only JPEG ringing between black and white", cap.dither, mid)
        assert 0.01 < (img < 128).mean() < 0.25, "the text survives the screen"
    cap = news[0]
    cap.dpi, cap.skew = 200, 0.0
    img = _decode(court_as_capture.capture(new, cap, random.Random(1)))
    assert img.shape == (new.height, new.width)
    assert ((img > 70) & (img < 185)).mean() > 0.003, "grey: anti-aliased strokes and the seal keep their greys"


def test_a_grey_seal_becomes_a_dot_pattern() -> None:
    cap = court_as_capture.plan_capture(random.Random(1), Sheet())
    cap.old, cap.moire = True, 0.0
    for dither in ("diffusion", "ordered"):
        cap.dither = dither
        field = np.full((64, 64), 140.0, np.float32)
        out = court_as_capture.halftone(field, cap)
        assert set(np.unique(out)) <= {0, 255} and 0.3 < (out == 0).mean() < 0.7, dither


@pytest.mark.parametrize("prefix", ["court_as_01", "court_as_03"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    p, c = _plan(prefix)
    rng = random.Random(4)
    for d in p.docs[:8]:
        for s in renderer("court_as")(d.code, c, rng, d.served or ([d.note] if d.note else [])):
            cap = court_as_capture.plan_capture(rng, s)
            img = _decode(court_as_capture.capture(s, cap, rng))
            assert img.shape[1] == round(s.width * cap.dpi / 200)
            assert (img < 100).mean() > 0.003, (d.code, "text survives")
