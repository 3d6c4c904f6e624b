"""The family court_bf (海南海口龙华, held out: drawn without looking at the page reader): a city-centre court of 海口.
A 槟榔 and 椰子 trader won a 海口中院 二审 judgment (驳回上诉，维持原判) against a 骑楼 民宿 company for unpaid goods: the
民宿's account at a 海口 bank is frozen and debited, and the case is closed as paid. A 建材 supplier's 海口仲裁委员会
award against a 自贸港 hotel company, with the 仲裁委's 生效证明, is settled and paid, and its volume archived. A flat
buyer's judgment of this court against a developer (late delivery, a 车位) is paid after the 不动产登记中心 seals the
developer's parking spaces, but the volume reaches review without its 结案审批表. The bureau's own papers come off a
colour inkjet with a failing head (white streaks at a regular pitch, a faint colour cast); the damp office cockles
the sheets; bank 回单 on faded thermal paper are stapled onto 粘贴单; a sheet-fed scanner at 150–200 dpi, JPEG q45–75,
skew within ±3°, some sheets fed upside down, a tilted sheet's corner cut off by the auto-crop."""

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
from dossier.corpus.families import court_bf_capture, renderer
from dossier.corpus.families.court_bf import ARB, COURT, FLAT_SEQ, HOTEL_SEQ, MID, TRADER_SEQ, kind, slip_box
from dossier.corpus.families.court_bf_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bf"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(28000 <= p.seq <= 28999 for p in OURS)
    assert [p.seq for p in OURS] == [TRADER_SEQ, HOTEL_SEQ, FLAT_SEQ]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_bf")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_two_complete_dossiers_and_a_parking_space_case_without_its_closing_approval() -> None:
    assert MISSING == "closing_approval_form"
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.complete for p in OURS] == [True, True, False]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "judgment"]


def test_the_bases_come_from_the_intermediate_court_the_arbitration_commission_and_this_court() -> None:
    trader, hotel, flat = (_plan(f"court_bf_0{k}")[1] for k in (1, 2, 3))
    assert trader.basis_court == MID and "琼01民终" in trader.basis_number
    judgment = _draw("court_bf_01", "enforcement_basis")
    assert len(judgment) == 2 and judgment[1].page_of == (2, 2)
    assert MID in judgment[0].lines and "驳回上诉，维持原判。" in text_of(judgment) and "槟榔" in text_of(judgment)
    assert hotel.basis_court == ARB and "海仲字" in hotel.basis_number
    award = text_of(_draw("court_bf_02", "enforcement_basis"))
    assert "裁决如下：" in award and "终局裁决" in award
    cert = _draw("court_bf_02", "effectiveness_certificate")[0]
    assert "生效证明" in cert.lines and hotel.basis_number in text_of([cert])
    assert flat.basis_court == COURT and "琼0106民初" in flat.basis_number
    assert flat.extra["space"] in text_of(_draw("court_bf_03", "enforcement_ruling"))
    assert "海口市不动产登记中心：" in _draw("court_bf_03", "assistance_notice")[0].lines


def test_every_ruling_is_titled_and_the_bureaus_papers_are_inkjet_with_a_footer() -> None:
    for prefix in ("court_bf_01", "court_bf_02", "court_bf_03"):
        ruling = _draw(prefix, "enforcement_ruling")
        assert "执行裁定书" in ruling[0].lines and "裁定如下：" in text_of(ruling)
        assert all(kind(s) == "inkjet" for s in ruling) and ruling[-1].lines[-1].startswith("第")
    assert kind(_draw("court_bf_01", "enforcement_basis")[0]) == "paper"


def test_ids_validate() -> None:
    for k in (1, 2, 3):
        c = _plan(f"court_bf_0{k}")[1]
        assert check_credit_code(c.respondent.id_number) is None
        if c.applicant.kind == "organisation":
            assert check_credit_code(c.applicant.id_number) is None
        else:
            assert check_id_number(c.applicant.id_number) is None


def _decode(data: bytes) -> tuple[np.ndarray, Image.Image]:
    im = Image.open(io.BytesIO(data))
    return np.asarray(im.convert("L")), im


def _plain(cap: court_bf_capture.BCapture) -> court_bf_capture.BCapture:
    cap.skew, cap.rotation, cap.crop_corner, cap.cockle, cap.dpi = 0.0, 0, 0, 0.0, 200
    return cap


def test_the_plan_stays_in_its_bounds() -> None:
    sheet = _draw("court_bf_01", "acceptance_notice")[0]
    caps = [court_bf_capture.plan_capture(random.Random(k), sheet) for k in range(300)]
    assert {c.dpi for c in caps} == {150, 200} and max(abs(c.skew) for c in caps) <= 3.0
    assert all(45 <= c.quality <= 75 for c in caps) and all(c.banding for c in caps)
    assert 5 < sum(c.rotation == 180 for c in caps) < 60 and 30 < sum(c.crop_corner > 0 for c in caps) < 130
    assert 100 < sum(c.cockle > 0 for c in caps) < 260
    paper = court_bf_capture.plan_capture(random.Random(1), _draw("court_bf_01", "enforcement_basis")[0])
    assert paper.banding == 0 and paper.cast == (1.0, 1.0, 1.0)


def test_the_failing_print_head_leaves_white_streaks_at_a_regular_pitch() -> None:
    sheet = _draw("court_bf_01", "enforcement_notice")[0]
    cap = _plain(court_bf_capture.plan_capture(random.Random(2), sheet))
    img = np.asarray(sheet.image.convert("RGB"), np.float32)
    out = court_bf_capture.streaks(img, cap, random.Random(3))
    ink_rows = (img.mean(axis=2) < 128).sum(axis=1)
    lost = ink_rows - (out.mean(axis=2) < 128).sum(axis=1)
    rows = np.nonzero(lost > 0.5 * np.maximum(ink_rows, 1))[0]
    rows = rows[ink_rows[rows] > 20]
    assert len(rows) > 10, "text rows bleached by the streaks"
    on_pitch = max(((rows - start) % cap.banding < cap.band_width).mean() for start in range(cap.banding))
    assert on_pitch > 0.8, ("the streaks keep the head's pitch", on_pitch)
    jpeg, _ = _decode(court_bf_capture.capture(sheet, cap, random.Random(3)))
    assert (jpeg < 110).mean() > 0.01, "the text stays readable"


def test_thermal_slips_are_faint_and_fade_towards_one_edge() -> None:
    sheet = _draw("court_bf_01", "payment_voucher")[0]
    box = slip_box(sheet)
    assert kind(sheet) == "slip" and box is not None and "业务回单（转账）" in sheet.lines
    cap = _plain(court_bf_capture.plan_capture(random.Random(5), sheet))
    cap.fade_side, cap.noise = "right", 0.0
    img, _ = _decode(court_bf_capture.capture(sheet, cap, random.Random(5)))
    x0, y0, x1, y1 = box
    slip = img[y0:y1, x0:x1]
    left, right = slip[:, : slip.shape[1] // 3], slip[:, 2 * slip.shape[1] // 3:]
    assert left.min() > 60, "thermal print is grey, never black"
    assert np.percentile(left, 1) < np.percentile(right, 1) - 15, "fainter towards the fading edge"
    assert left.min() < 190, "but still legible"


def test_cockled_sheets_bend_lines_and_a_cropped_corner_is_dark() -> None:
    sheet = _draw("court_bf_02", "closing_approval_form")[0]
    cap = _plain(court_bf_capture.plan_capture(random.Random(7), sheet))
    cap.banding, cap.noise, cap.quality = 0, 0.0, 95
    flat, _ = _decode(court_bf_capture.capture(sheet, cap, random.Random(1)))
    cap.cockle, cap.cockle_period = 6.0, 400.0
    wavy, _ = _decode(court_bf_capture.capture(sheet, cap, random.Random(1)))
    assert np.abs(flat.astype(int) - wavy.astype(int)).mean() > 2, "the lines are bent"
    cap.cockle, cap.crop_corner = 0.0, 1
    cut, _ = _decode(court_bf_capture.capture(sheet, cap, random.Random(1)))
    assert cut[-20:, -20:].mean() < 80 and flat[-20:, -20:].mean() > 200, "the backing shows where the sheet moved"
    assert cut[:40].mean() > 150, "the top-left corner ran out of the frame, the page is no darker there"


@pytest.mark.parametrize("prefix", ["court_bf_01", "court_bf_02"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    p, c = _plan(prefix)
    rng = random.Random(4)
    for d in p.docs[:10]:
        for s in renderer("court_bf")(d.code, c, rng, d.served or ([d.note] if d.note else [])):
            cap = court_bf_capture.plan_capture(rng, s)
            img, im = _decode(court_bf_capture.capture(s, cap, rng))
            assert img.shape[1] == round(s.width * cap.dpi / 200) and round(im.info["dpi"][0]) == cap.dpi
            assert (img < 120).mean() > 0.003, (d.code, "text survives")
