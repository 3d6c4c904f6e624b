"""The family court_ch (福建泉州丰泽, held out: drawn without looking at the page reader). A 南安 stone trader won a
石材 货款 judgment against a 丰泽 decoration company, upheld by 泉州中院 on appeal; the bureau found a few hundred yuan,
the warehouse stone already sealed by another court, restricted consumption, listed the company as dishonest, heard the
trader and ended the round (终结本次执行程序). An 安溪 tea grower's 泉州仲裁委 award against a tea shop chain was settled
in two payments and archived. A notarised loan (公证书 and 执行证书 of the 海丝公证处) to a shoe-materials company was
paid from its frozen 兴业银行 account, the dossier handed in without the applicant's 财产线索表. The bureau's forms
are offset-printed (halftone-tinted label cells, blue or green rules) and filled off the lines by dot-matrix or by
hand; everything goes through a portable sheet-fed CIS scanner at 300 dpi colour: channel fringes, moiré on tints,
speed-jitter bands, a wavy left edge, crooked or reversed feeds, and a jam's 200 dpi grey rescan."""

from __future__ import annotations

import io
import random
from functools import cache

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ch_capture, renderer
from dossier.corpus.families.court_ch import SHOE_SEQ, STONE_SEQ, TEA_SEQ
from dossier.corpus.families.court_ch_kit import halftone
from dossier.corpus.families.court_ch_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_ch"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(73000 <= p.seq <= 73999 for p in OURS)
    assert [p.seq for p in OURS] == [STONE_SEQ, TEA_SEQ, SHOE_SEQ]


def test_two_complete_one_archived_and_the_shoe_loan_without_its_clue_form() -> None:
    assert MISSING == "property_clue_form"
    shoe = next(p for p in OURS if p.seq == SHOE_SEQ)
    assert not shoe.complete and MISSING not in [d.code for d in shoe.docs]


@cache
def _plan(seq: int) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.seq == seq and p.family == "court_ch")
    return plan, case_for(plan, random.Random(i))


def _draw(seq: int, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ch")(code, _plan(seq)[1], random.Random(seed), served or [])


def test_the_cases_are_of_fengze_in_2026() -> None:
    for seq in (STONE_SEQ, TEA_SEQ, SHOE_SEQ):
        c = _plan(seq)[1]
        assert c.number.startswith("（2026）闽0503执") and c.number.endswith(f"{seq}号")
        assert "丰泽区" in c.respondent.address


def test_every_ruling_is_titled_and_its_operative_part_says_what_it_does() -> None:
    ttr = text_of(_draw(STONE_SEQ, "termination_this_round_ruling"))
    assert "执行裁定书" in ttr and "裁定如下" in ttr and "本次执行程序" in ttr.split("裁定如下")[1]
    freeze = text_of(_draw(SHOE_SEQ, "enforcement_ruling"))
    assert "执行裁定书" in freeze and "冻结、划拨" in freeze.split("裁定如下")[1]
    assert "终结本次执行程序" not in freeze.split("裁定如下")[1]


def test_the_bases_come_from_quanzhou_bodies() -> None:
    assert "福建省泉州市中级人民法院" in text_of(_draw(STONE_SEQ, "enforcement_basis"))
    assert "驳回上诉，维持原判" in text_of(_draw(STONE_SEQ, "enforcement_basis"))
    assert "泉州仲裁委员会" in text_of(_draw(TEA_SEQ, "effectiveness_certificate"))
    assert "执行证书" in "".join(text_of(_draw(SHOE_SEQ, "effectiveness_certificate")).split())
    assert "泉州市丰泽区市场监督管理局" in text_of(_draw(SHOE_SEQ, "identity_proof", ["respondent"]))


def test_ids_validate() -> None:
    for seq in (STONE_SEQ, TEA_SEQ, SHOE_SEQ):
        c = _plan(seq)[1]
        assert check_id_number(c.applicant.id_number) is None
        assert check_credit_code(c.respondent.id_number) is None


def test_a_receipt_names_what_it_proves() -> None:
    text = text_of(_draw(STONE_SEQ, "service_receipt", ["termination_this_round_ruling"]))
    assert "送 达 回 证" in text and "终结本次执行程序" in text


def test_offset_forms_carry_a_halftone_tint() -> None:
    s = _draw(TEA_SEQ, "acceptance_notice")[0]
    a = np.asarray(s.image.convert("L"), dtype=np.int16)
    band = a[mm(60):mm(120), mm(22):mm(50)]
    # a screen of dots: many isolated dark pixels among light ones, not a flat grey
    assert (band < 200).mean() > 0.05 and (band > 235).mean() > 0.3


def _decode(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_the_cis_scanner_scans_300_dpi_colour_and_rescans_a_jam_at_200_grey() -> None:
    caps = [court_ch_capture.plan_capture(random.Random(k), Sheet()) for k in range(300)]
    assert all(abs(c.skew) <= 3 for c in caps) and {c.rotation for c in caps} == {0, 180}
    assert all((c.dpi, c.grey) in ((300, False), (200, True)) for c in caps)
    assert 0.03 < sum(c.grey for c in caps) / 300 < 0.2
    assert all(45 <= c.quality <= 80 for c in caps)


def _sheet() -> Sheet:
    s = Sheet()
    from dossier.corpus.fonts import font
    halftone(s, (mm(20), mm(20), mm(190), mm(80)), (150, 150, 150))
    for k in range(20):
        s.text(mm(20), mm(90) + k * mm(9), "丰泽区人民法院执行局送达回证受送达人签名", font("serif", mm(5)))
    return s


def test_the_capture_shows_fringes_a_wavy_edge_and_stays_readable() -> None:
    s = _sheet()
    cap = court_ch_capture.plan_capture(random.Random(3), s)
    cap.rotation, cap.grey, cap.dpi, cap.skew, cap.fringe = 0, False, 300, 0.0, (2, -2)
    img = _decode(court_ch_capture.capture(s, cap, random.Random(3)))
    assert img.info["dpi"][0] == 300 and img.mode == "RGB" and img.width > 2400
    a = np.asarray(img, dtype=np.int16)
    text = a[900:2500, 300:2000]
    # the channels disagree at stroke edges: colour fringes
    assert np.abs(text[..., 0] - text[..., 2]).mean() > 3
    # the dark backing shows at the left, its width waving down the page
    dark = (a[..., 1] < 110)[:, :40].sum(axis=1)
    assert dark.max() - dark.min() >= 4
    # the text is still there: dark strokes on light paper
    assert 0.02 < (text.mean(axis=2) < 128).mean() < 0.4


def test_a_reversed_feed_puts_the_heading_at_the_foot_and_a_rescan_is_grey() -> None:
    s = _draw(STONE_SEQ, "enforcement_notice")[0]
    cap = court_ch_capture.plan_capture(random.Random(5), s)
    cap.rotation, cap.skew, cap.grey, cap.dpi = 180, 0.0, True, 200
    img = _decode(court_ch_capture.capture(s, cap, random.Random(5)))
    assert img.mode == "L" and img.info["dpi"][0] == 200
    a = np.asarray(img, dtype=np.int16)
    h = a.shape[0]
    assert (a[int(h * 0.8):] < 128).mean() > (a[: int(h * 0.1)] < 128).mean()


def test_the_sensor_beats_against_a_halftone_tint_into_moire() -> None:
    s = _sheet()

    def tint_ripple(amplitude: float) -> float:
        cap = court_ch_capture.plan_capture(random.Random(7), s)
        cap.rotation, cap.grey, cap.dpi, cap.skew, cap.moire, cap.quality = 0, True, 300, 0.0, amplitude, 80
        cap.bands = []
        a = np.asarray(_decode(court_ch_capture.capture(s, cap, random.Random(7))), dtype=np.float32)
        patch = a[mm(30) * 3 // 2:mm(70) * 3 // 2, mm(40) * 3 // 2:mm(170) * 3 // 2]
        return float(cv2.GaussianBlur(patch, (0, 0), 2.5).std())

    assert tint_ripple(22.0) > tint_ripple(0.0) + 1.0
