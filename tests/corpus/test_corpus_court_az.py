"""The family court_az (浙江宁波北仑, held out: drawn without looking at the page reader): a port district court behind
the 宁波舟山港 container terminals. A mould maker enforces a 宁波中院 二审 judgment against a 北仑 die-casting company
that refused the last payment for its moulds, and is paid from the company's frozen deposit; a freight forwarder
enforces a 宁波仲裁委员会 award for 海运费、港杂费 and 堆存费 against a 保税区 importer, settles, is paid, and the file
is archived (cover, catalogue, the award's 生效证明 behind it, review form, remarks sheet); an auto-parts worker's
北仑区劳动人事争议仲裁委员会 wage award, with a 法律援助 lawyer, is paid in two instalments but its file holds no
送达地址确认书. Lawyers file through 浙江移动微法院: Word/WPS PDFs with a diagonal grey watermark and crisp electronic
seals, phone screenshots of the 微法院 and the 公示系统; the court's papers and the parties' paper copies go through
the window's duplex ADF at 300 dpi grey, hard JPEG, a little crooked."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_az_capture, renderer
from dossier.corpus.families.court_az import FORWARDER_SEQ, MOULD_SEQ, WORKER_SEQ
from dossier.corpus.families.court_az_kit import how_of
from dossier.corpus.families.court_az_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_az"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert [p.seq for p in OURS] == [MOULD_SEQ, FORWARDER_SEQ, WORKER_SEQ]
    assert all(18000 <= p.seq <= 18999 for p in OURS)


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_az")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_a_judgment_an_award_archived_and_a_wage_award_without_its_address_confirmation() -> None:
    assert MISSING == "service_address_confirmation"
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "arbitration"]
    worker = _plan("court_az_03")[0]
    assert "power_of_attorney" in [d.code for d in worker.docs], "a lawyer acts: only the address paper is missing"
    assert "whereabouts_unknown_proof" not in [d.code for d in worker.docs]


def test_the_parties_are_in_beilun_and_their_numbers_check() -> None:
    for prefix in ("court_az_01", "court_az_02", "court_az_03"):
        c = _plan(prefix)[1]
        for p in (c.applicant, c.respondent):
            bad = check_id_number(p.id_number) if p.kind == "person" else check_credit_code(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        assert "北仑" in c.respondent.address
    forwarder, worker = _plan("court_az_02")[1], _plan("court_az_03")[1]
    assert forwarder.applicant.kind == "organisation" and "货运代理" in forwarder.applicant.name
    assert "保税区" in forwarder.respondent.name
    assert not worker.applicant.id_number.startswith("330206"), "the worker came to 北仑 from elsewhere"


def test_bases_say_what_they_decide_and_come_from_their_bodies() -> None:
    judgment = text_of(_draw("court_az_01", "enforcement_basis"))
    assert "浙江省宁波市中级人民法院" in judgment and "判决如下" in judgment and "驳回上诉，维持原判" in judgment
    award = text_of(_draw("court_az_02", "enforcement_basis"))
    assert "宁波仲裁委员会" in award and "裁决如下" in award and "港杂费" in award
    wage = text_of(_draw("court_az_03", "enforcement_basis"))
    assert "劳动争议" in wage and "裁决如下" in wage
    assert "生效" in text_of(_draw("court_az_03", "effectiveness_certificate"))


def test_every_ruling_is_an_enforcement_ruling_that_freezes() -> None:
    for prefix in ("court_az_01", "court_az_02"):
        text = text_of(_draw(prefix, "enforcement_ruling"))
        assert "执行裁定书" in text and "裁定如下" in text and "冻结、划拨" in text
        assert _plan(prefix)[1].number in text


def test_receipts_name_what_they_prove() -> None:
    paper = text_of(_draw("court_az_01", "service_receipt", ["enforcement_notice", "property_report_order"]))
    assert "执行通知书" in paper and "报告财产令" in paper and "送 达 回 证" in paper
    online = _draw("court_az_01", "service_receipt", ["acceptance_notice"])
    assert how_of(online[0]) == "screen" and "受理案件通知书" in text_of(online) and "电子送达回证" in text_of(online)


def _jpeg(sheet: Sheet, seed: int = 5) -> tuple[Image.Image, court_az_capture.ZCapture]:
    rng = random.Random(seed)
    cap = court_az_capture.plan_capture(rng, sheet)
    return Image.open(io.BytesIO(court_az_capture.capture(sheet, cap, rng))), cap


def test_uploads_are_clean_colour_pages_with_a_watermark_and_electronic_seals() -> None:
    sheet = _draw("court_az_01", "law_firm_letter")[0]
    assert how_of(sheet) == "upload"
    img, cap = _jpeg(sheet)
    assert img.mode == "RGB" and cap.dpi in (150, 200) and cap.skew == 0 and cap.watermark
    assert abs(img.width - round(210 / 25.4 * cap.dpi)) <= 2
    a = np.asarray(img, dtype=np.int16)
    red = (a[..., 0] > 180) & (a[..., 1] < 90) & (a[..., 2] < 90)
    assert red.sum() > 2000, "the firm's red letterhead and electronic seal stay red"
    plain = court_az_capture.ZCapture(**{**cap.__dict__, "watermark": ""})
    b = np.asarray(Image.open(io.BytesIO(court_az_capture.capture(sheet, plain, random.Random(5)))).convert("L"),
                   dtype=np.int16)
    g = np.asarray(img.convert("L"), dtype=np.int16)
    tint = ((g > 200) & (g < 245)).sum() - ((b > 200) & (b < 245)).sum()
    assert tint > 0.02 * g.size, "the watermark greys a visible part of the paper"
    assert (g < 100).sum() >= 0.9 * (b < 100).sum(), "but leaves the ink as dark as it was"


def test_screenshots_keep_the_phone_screen() -> None:
    sheet = _draw("court_az_01", "service_address_confirmation")[0]
    img, cap = _jpeg(sheet)
    assert how_of(sheet) == "screen" and img.size == (1080, 2340) and cap.rotation == 0
    assert getattr(sheet, "digital", False), "a screenshot never gets a scanned blank back"
    assert "送达地址确认书" in text_of([sheet])


def test_paper_goes_through_the_adf_at_300_dpi_grey_hard_jpeg_and_a_little_crooked() -> None:
    sheet = _draw("court_az_01", "enforcement_notice")[0]
    assert how_of(sheet) == "scan" and not getattr(sheet, "digital", False)
    skews, qs = [], []
    for seed in range(12):
        img, cap = _jpeg(sheet, seed)
        assert img.mode == "L" and cap.dpi == 300 and img.info["dpi"][0] == 300
        assert abs(img.width - 2481) <= 3 and abs(img.height - 3508) <= 3
        skews.append(cap.skew)
        qs.append(cap.quality)
    assert all(abs(s) <= 2 for s in skews) and max(abs(s) for s in skews) > 0.3
    assert all(35 <= q <= 55 for q in qs)
    img, cap = _jpeg(sheet, 2)
    assert img.quantization[0][0] >= 8, "strong compression: a coarse quantisation table"  # type: ignore[attr-defined]
    g = np.asarray(img, dtype=np.int16)
    if cap.rotation:
        g = g[::-1, ::-1]
    band = g[: g.shape[0] // 3]
    assert (band < 110).mean() > 0.004, "the court name and title still print dark"
    assert np.median(g) > 200, "on light paper"


def test_a_crooked_scan_really_is_turned() -> None:
    sheet = _draw("court_az_01", "acceptance_notice")[0]
    rng = random.Random(9)
    cap = court_az_capture.plan_capture(rng, sheet)
    straight = court_az_capture.ZCapture(**{**cap.__dict__, "skew": 0.0, "rotation": 0})
    tilted = court_az_capture.ZCapture(**{**cap.__dict__, "skew": 1.8, "rotation": 0})

    def rows(c: court_az_capture.ZCapture) -> float:
        g = np.asarray(Image.open(io.BytesIO(court_az_capture.capture(sheet, c, random.Random(1)))), dtype=np.int16)
        dark = (g < 120).sum(axis=1).astype(float)
        return float(dark.std())

    assert rows(straight) > 1.15 * rows(tilted), "text lines smear across rows once the page is turned"
