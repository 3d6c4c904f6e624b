"""The family court_ax (广东佛山南海, held out: drawn without looking at the page reader). 南海 makes aluminium profiles,
ceramics, furniture and 家电 parts, and its villages' 经济社 lease out collective land. An aluminium-profile trader's
货款 judgment of 南海法院 is upheld on appeal by 佛山中院 (驳回上诉，维持原判), and the furniture maker's bank deposit
is frozen and deducted; a glaze supplier's 佛山仲裁委员会 award against a 西樵 ceramics company (with the commission's
生效证明书) is settled in two instalments and archived; a 里水 经济社's rent arrears under a 人民调解协议 that 顺德法院
confirmed (司法确认 民事裁定书) are paid into the court's account, but the 收取案款确认书 never reached the volume.
The 诉讼服务中心's copier scanned everything with automatic colour detection: 1-bit black/white at 200/300 dpi by a
global threshold, colour at 150 dpi where a well-inked red seal tripped the detector; stapled corners folded over,
two punched holes, now and then a crooked sheet with a black wedge of uncovered glass."""

from __future__ import annotations

import io
import random
import re
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import RED, Sheet, mm, seal
from dossier.corpus.families import court_ax_capture as cap
from dossier.corpus.families import renderer
from dossier.corpus.families.court_ax import LEASE_SEQ, PROFILE_SEQ, TILE_SEQ
from dossier.corpus.families.court_ax_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_ax"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(14000 <= p.seq <= 14999 for p in OURS)
    assert [p.seq for p in OURS] == [PROFILE_SEQ, TILE_SEQ, LEASE_SEQ]


def test_two_paid_cases_and_an_archived_one_the_lease_without_its_account_confirmation() -> None:
    assert MISSING == "payment_account_confirmation"
    lease = OURS[2]
    codes = [d.code for d in lease.docs]
    assert MISSING not in codes and "payment_voucher" in codes, "the money was released all the same"
    assert all(MISSING in [d.code for d in p.docs] for p in OURS[:2])


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ax")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_the_appeal_upholds_nanhais_own_first_instance_judgment() -> None:
    _, c = _plan("court_ax_01")
    assert c.basis_court == "广东省佛山市中级人民法院" and "粤06民终" in c.basis_number
    sheets = _draw("court_ax_01", "enforcement_basis")
    text = re.sub(r"—\d+—", "", text_of(sheets))  # the folios (—n—) fall between a page's last line and the next
    assert len(sheets) >= 2 and "民事判决书" in text and "判决如下" in text and "驳回上诉，维持原判。" in text
    assert c.extra["first_no"] in text and "粤0605民初" in c.extra["first_no"] and "本判决为终审判决" in text
    assert "铝合金" in text
    ruling = text_of(_draw("court_ax_01", "enforcement_ruling"))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and "扣划" in ruling


def test_the_award_comes_with_the_commissions_certificate_and_a_two_instalment_settlement() -> None:
    plan, c = _plan("court_ax_02")
    codes = [d.code for d in plan.docs]
    assert codes.index("effectiveness_certificate") == codes.index("enforcement_basis") + 1
    award = text_of(_draw("court_ax_02", "enforcement_basis"))
    assert "佛山仲裁委员会" in award and "裁决如下" in award and "佛仲字" in c.basis_number
    assert "生效证明书" in text_of(_draw("court_ax_02", "effectiveness_certificate"))
    deal = text_of(_draw("court_ax_02", "settlement_agreement"))
    assert "执行和解协议" in deal and deal.count("前支付") == 2


def test_the_lease_basis_is_shundes_judicial_confirmation_of_a_village_mediation() -> None:
    _, c = _plan("court_ax_03")
    assert c.basis_court == "广东省佛山市顺德区人民法院" and "民特" in c.basis_number
    text = text_of(_draw("court_ax_03", "enforcement_basis"))
    assert "民事裁定书" in text and "裁定如下" in text and "人民调解协议有效" in text
    assert c.applicant.kind == "organisation" and c.applicant.name.endswith("经济社")
    ident = _draw("court_ax_03", "identity_proof")
    assert [s.starts_document for s in ident] == [False, True]
    assert "农村集体经济组织登记证" in text_of(ident[:1]) and "负责人身份证明书" in text_of(ident[1:])


def test_ids_validate() -> None:
    for p in OURS:
        c = _plan(p.name)[1]
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party.name, party.id_number)
    assert _plan("court_ax_03")[1].applicant.id_number.startswith("N2440605")


def test_every_ruling_is_titled_as_such_and_receipts_name_what_they_prove() -> None:
    receipt = text_of(_draw("court_ax_01", "service_receipt", ["enforcement_notice", "property_report_order"]))
    assert "送 达 回 证" in receipt and "执行通知书、报告财产令" in receipt
    assert "执行裁定书" in text_of(_draw("court_ax_03", "enforcement_ruling"))


def _jpeg(sheet: Sheet, plan: cap.AxCapture, seed: int = 5) -> Image.Image:
    return Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))


def _plan_with(**kw: object) -> cap.AxCapture:
    base = dict(dpi=200, rotation=0, photo=False, colour=False, threshold=160, skew=0.0, dog_ear=0.0, holes=False,
                crooked=0.0, crooked_side="left", noise=10.0, quality=70)
    base.update(kw)
    return cap.AxCapture(**base)  # type: ignore[arg-type]


def test_pages_are_mostly_1_bit_at_200_or_300_dpi_and_colour_only_for_a_strong_seal() -> None:
    _, c = _plan("court_ax_01")
    sheets = [s for code in ("enforcement_application", "acceptance_notice", "law_firm_letter", "closing_approval_form",
                             "service_receipt", "property_clue_form", "enforcement_notice", "payment_notice")
              for s in renderer("court_ax")(code, c, random.Random(2), ["acceptance_notice"])]
    plans_ = [cap.plan_capture(random.Random(k), s) for k, s in enumerate(sheets)]
    assert all(-3 <= p.skew <= 3 and p.rotation == 0 for p in plans_)
    for s, p in zip(sheets, plans_, strict=True):
        if p.colour:
            assert p.dpi == 150 and cap.red_pixels(s.image) >= cap.RED_TRIGGER
        else:
            assert p.dpi in (200, 300)
    assert any(p.colour for p in plans_) and sum(not p.colour for p in plans_) > len(plans_) / 2
    letterhead = _draw("court_ax_01", "law_firm_letter")[0]
    assert cap.red_pixels(letterhead.image) >= cap.RED_TRIGGER, "a red letterhead trips the colour detector"
    assert cap.red_pixels(_draw("court_ax_01", "enforcement_application")[0].image) == 0


def test_a_1_bit_page_is_pure_black_and_white_at_its_dpi_and_readable() -> None:
    sheet = _draw("court_ax_01", "enforcement_notice")[0]
    im = _jpeg(sheet, _plan_with(dpi=300))
    assert im.mode == "L" and im.info["dpi"][0] == 300
    assert abs(im.width - sheet.width * 1.5) <= 2
    a = np.asarray(im)
    assert ((a < 60) | (a > 195)).mean() > 0.97, "bilevel, but for JPEG ringing"
    ink = (a < 128).mean()
    assert 0.01 < ink < 0.2, ink


def test_a_light_seal_fades_to_speckle_and_a_strong_one_stays_in_colour() -> None:
    sheet = Sheet()
    seal(sheet, sheet.width / 2, sheet.height / 2, "广东省佛山市南海区人民法院", random.Random(0))
    # make the seal light: blend it halfway to white, as a lightly inked stamp
    arr = np.asarray(sheet.image, dtype=np.float32)
    light = Sheet()
    light.image = Image.fromarray((255 - (255 - arr) * 0.45).astype(np.uint8))
    box = (int(light.width / 2 - mm(22)), int(light.height / 2 - mm(22)), int(light.width / 2 + mm(22)),
           int(light.height / 2 + mm(22)))
    faded = np.asarray(_jpeg(light, _plan_with(threshold=160)).crop(box))
    assert (faded < 128).mean() < 0.05, "the light seal is mostly gone in 1-bit"
    strong = Sheet()  # a well-inked seal: a full-strength red ring and star
    cx, cy, r = strong.width / 2, strong.height / 2, mm(21)
    strong.draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=RED, width=14)
    strong.draw.regular_polygon((cx, cy, r * 0.25), 5, fill=RED)
    assert cap.red_pixels(strong.image) >= cap.RED_TRIGGER
    im = _jpeg(strong, _plan_with(dpi=150, colour=True, quality=55))
    assert im.mode == "RGB" and im.info["dpi"][0] == 150
    c = np.asarray(im, dtype=np.int16)
    assert ((c[..., 0] - c[..., 1]) > 60).sum() > 1000, "the seal is still red"


def test_the_dog_ear_hides_the_corner_and_the_holes_sit_in_the_left_margin() -> None:
    sheet = Sheet()
    sheet.image.paste((20, 20, 20), (0, 0, sheet.width, sheet.height))  # an all-black sheet shows what was changed
    im = np.asarray(_jpeg(sheet, _plan_with(dog_ear=0.1, holes=True, noise=0.0)))
    d = im.shape[1] // 10
    corner = im[: d // 3, : d // 3]
    assert corner.mean() > 200, "the folded corner shows the white lid"
    plain = np.asarray(_jpeg(sheet, _plan_with(noise=0.0)))
    assert plain[: d // 3, : d // 3].mean() < 50
    white = Sheet()
    holes = np.asarray(_jpeg(white, _plan_with(holes=True, noise=0.0)))
    px = holes.shape[1] / 210
    left = holes[:, : int(20 * px)]
    rows = np.where((left < 128).sum(axis=1) > 0)[0]
    assert len(rows) > 0 and (holes[:, int(30 * px):] < 128).mean() < 0.001
    mid = holes.shape[0] / 2
    assert rows.min() < mid - 30 * px and rows.max() > mid + 30 * px, "two holes, about 80 mm apart"


def test_a_crooked_sheet_leaves_a_black_wedge_of_uncovered_glass() -> None:
    white = Sheet()
    im = np.asarray(_jpeg(white, _plan_with(skew=2.5, crooked=0.05, crooked_side="left", noise=0.0)))
    assert (im[:, :8] < 60).mean() > 0.9, "black glass along the left edge"
    straight = np.asarray(_jpeg(white, _plan_with(skew=1.0, noise=0.0)))
    assert (straight < 60).mean() < 0.001


@pytest.mark.parametrize("prefix", ["court_ax_01", "court_ax_02", "court_ax_03"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    plan, c = _plan(prefix)
    rng = random.Random(7)
    for d in plan.docs[:: 3]:
        for s in renderer("court_ax")(d.code, c, rng, d.served or ([d.note] if d.note else [])):
            p = cap.plan_capture(rng, s)
            im = Image.open(io.BytesIO(cap.capture(s, p, rng)))
            assert im.info["dpi"][0] == p.dpi in (150, 200, 300)
            a = np.asarray(im.convert("L"))
            assert 0.005 < (a < 128).mean() < 0.35, (d.code, (a < 128).mean())


def test_the_skew_on_the_jpeg_is_the_planned_one() -> None:
    sheet = Sheet()
    sheet.line(mm(30), sheet.height / 2, sheet.width - mm(30), sheet.height / 2, width=6)
    a = np.asarray(_jpeg(sheet, _plan_with(skew=2.0, noise=0.0)))
    px = a.shape[1] / 210

    def centre(x: int) -> float:
        return float(np.where(a[:, x] < 128)[0].mean())

    x0, x1 = int(40 * px), int(170 * px)
    angle = np.degrees(np.arctan2(abs(centre(x1) - centre(x0)), x1 - x0))
    assert abs(angle - 2.0) < 0.3, angle
    plans_ = [cap.plan_capture(random.Random(k), sheet) for k in range(200)]
    assert all(abs(p.skew) <= 3 for p in plans_) and any(p.crooked for p in plans_) and any(p.dog_ear for p in plans_)
    assert sum(p.holes for p in plans_) > 150
