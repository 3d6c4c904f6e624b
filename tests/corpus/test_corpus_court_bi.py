"""The family court_bi (福建福州鼓楼, held out: drawn without looking at the page reader): the old-town court of 福州.
An 安溪 铁观音 wholesaler's 货款 judgment against a 五一北路 茶庄, upheld on appeal by 福州中院 (its 生效证明书 behind
it), is paid after a pink 传票 and archived; a 软件园 outsourcing company's 福州仲裁委员会 award (with the commission's
certificate of effect) is paid by its client after a 兴业/海峡/农信 freeze; an 东街口 商铺 lease judgment reaches the
file without the landlord's 财产线索表. The bureau prints some forms on coloured stock (pink 传票, light-yellow 送达回证,
light-blue 受理通知书) that scans to a grey ground; its two-page rulings carry a 骑缝章 split across the sheets; the
licence, 执业证 and bank slip are photocopies of security-printed originals showing "复印无效"/"COPY" all over; the
clerk writes each sheet's folio by hand in the top right corner; the scanner adds ±3° skew, a few 180° sheets,
noise, some blur, JPEG q 50–80 at 200–300 dpi."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bi_capture, renderer
from dossier.corpus.families.court_bi import LEASE_SEQ, SOFT_SEQ, TEA_SEQ
from dossier.corpus.families.court_bi_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bi"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(33000 <= p.seq <= 33999 for p in OURS)
    assert [p.seq for p in OURS] == [TEA_SEQ, SOFT_SEQ, LEASE_SEQ]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_bi")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_two_paid_cases_complete_one_archived_and_the_lease_without_its_property_clue_form() -> None:
    assert MISSING == "property_clue_form"
    assert [p.stage for p in OURS] == ["archive", "closing", "closing"]
    assert [p.complete for p in OURS] == [True, True, False]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "judgment"]
    assert "effectiveness_certificate" in [d.code for d in OURS[1].docs], "an award needs the commission's certificate"


def test_the_tea_judgment_was_upheld_on_appeal_by_the_intermediate_court() -> None:
    c = _plan("court_bi_01")[1]
    assert c.basis_court == "福建省福州市中级人民法院" and "闽01民终" in c.basis_number
    text = text_of(_draw("court_bi_01", "enforcement_basis"))
    assert "上诉人" in text and "铁观音" in text and "第3页 共3页" in text
    assert "二审" in text_of(_draw("court_bi_01", "effectiveness_certificate"))


def test_the_software_award_and_its_certificate_come_from_the_fuzhou_arbitration_commission() -> None:
    c = _plan("court_bi_02")[1]
    assert c.basis_court == "福州仲裁委员会" and "榕仲裁字" in c.basis_number
    assert "软件外包" in text_of(_draw("court_bi_02", "enforcement_basis"))
    assert text_of(_draw("court_bi_02", "effectiveness_certificate")).startswith("福州仲裁委员会")


def test_every_ruling_is_titled_and_says_what_it_does() -> None:
    text = text_of(_draw("court_bi_03", "enforcement_ruling"))
    assert "执行裁定书" in text and "冻结、划拨" in text and "东街口" in _plan("court_bi_03")[1].respondent.address


def test_ids_validate() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        assert check_credit_code(c.respondent.id_number) is None
        check = check_id_number if c.applicant.kind == "person" else check_credit_code
        assert check(c.applicant.id_number) is None, p.name


def _jpeg(sheet: Sheet, seed: int, **over: object) -> tuple[np.ndarray, court_bi_capture.BiCapture, Image.Image]:
    rng = random.Random(seed)
    cap = court_bi_capture.plan_capture(rng, sheet)
    for k, v in over.items():
        setattr(cap, k, v)
    img = Image.open(io.BytesIO(court_bi_capture.capture(sheet, cap, rng)))
    return np.asarray(img.convert("L"), dtype=np.float32), cap, img


def test_captures_are_crooked_jpegs_at_200_to_300_dpi_some_upside_down() -> None:
    sheet = _draw("court_bi_01", "enforcement_notice")[0]
    caps = [court_bi_capture.plan_capture(random.Random(s), sheet) for s in range(200)]
    assert all(200 <= c.dpi <= 300 and abs(c.skew) <= 3 and 50 <= c.quality <= 80 for c in caps)
    assert 3 <= sum(c.rotation == 180 for c in caps) <= 35 and any(c.blur for c in caps)
    a, cap, img = _jpeg(sheet, 1, rotation=180, skew=0.0)
    assert img.format == "JPEG" and round(img.info["dpi"][0]) == cap.dpi
    h = a.shape[0]
    assert (a[: h // 3] < 100).sum() < (a[2 * h // 3:] < 100).sum(), "the heading ends up at the bottom"


def test_coloured_stock_scans_to_a_grey_ground_and_stays_readable() -> None:
    pink = _draw("court_bi_01", "summons")[0]
    white = _draw("court_bi_01", "enforcement_notice")[0]
    ground = [float(np.median(_jpeg(s, 4, colour=False, rotation=0)[0])) for s in (pink, white)]
    assert ground[0] < ground[1] - 8 and ground[0] > 200
    a = _jpeg(pink, 4, colour=False, rotation=0)[0]
    assert (a < 110).mean() > 0.003, "the text still prints dark on the pink ground"


def test_copies_of_security_originals_carry_the_anti_copy_pattern() -> None:
    copy = _draw("court_bi_01", "lawyer_license")[0]
    plain = _draw("court_bi_01", "power_of_attorney")[0]
    band = [np.asarray(s.image.convert("L"))[-600:] for s in (copy, plain)]
    assert ((band[0] > 180) & (band[0] < 230)).mean() > 0.01 > ((band[1] > 180) & (band[1] < 230)).mean()
    assert "复印无效" not in text_of([copy]) and "COPY" not in text_of([copy]), "the pattern is not the page's text"


def test_the_riding_seal_is_split_across_the_rulings_sheets() -> None:
    sheets = _draw("court_bi_01", "enforcement_ruling")
    assert len(sheets) == 2
    slices = []
    for s in sheets:
        a = np.asarray(s.image.convert("RGB"), dtype=np.int32)
        edge = a[:, -120:]
        red = (edge[..., 0] > 150) & (edge[..., 1] < 110)
        slices.append(red.sum())
    assert all(n > 200 for n in slices), slices


def test_the_clerk_numbers_the_sheets_by_hand_in_order() -> None:
    c = case_for(OURS[2], random.Random(0))
    folios = [vars(s)["folio"] for code in ("enforcement_application", "enforcement_basis", "identity_proof")
              for s in renderer("court_bi")(code, c, random.Random(1), [])]
    assert folios == list(range(1, len(folios) + 1))
    sheet = renderer("court_bi")("closing_notice", c, random.Random(1), [])[0]
    with_no = _jpeg(sheet, 2, skew=0.0, rotation=0, colour=True)[2]
    vars(sheet)["folio"] = 0
    without = _jpeg(sheet, 2, skew=0.0, rotation=0, colour=True)[2]
    corner = [np.asarray(i.convert("L"), dtype=np.float32)[: i.height // 12, -i.width // 5:] for i in (with_no, without)]
    assert (corner[0] < 150).sum() > 50 + (corner[1] < 150).sum()


def test_the_landlord_wrote_his_application_by_hand_and_the_teahouse_refused_the_summons() -> None:
    handwritten = _draw("court_bi_03", "enforcement_application")
    assert _plan("court_bi_03")[1].applicant.kind == "person" and "商铺租金" in text_of(handwritten)
    assert "留置送达" in text_of(_draw("court_bi_01", "service_receipt", ["summons"]))
    assert "留置送达" not in text_of(_draw("court_bi_01", "service_receipt", ["enforcement_ruling"]))
