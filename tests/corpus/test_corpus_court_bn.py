"""The family court_bn (江苏无锡梁溪, held out: drawn without looking at the page reader): the old-town court of 无锡.
A 印染 mill enforces a 无锡中院 二审 judgment (驳回上诉，维持原判) against a garment company, settles, is paid, and the
volume is archived with the 生效证明书 behind the judgment; a logistics company enforces a 无锡仲裁委员会 freight award
against a 南长街 yarn trader, whose account is frozen until it pays; a 南长街 landlord's rent judgment against a
宜兴 tea-house keeper, whose 执行通知书 came back refused (退回 · 拒收, served by the confirmed address), is paid and filed
without its 受理案件通知书. Service goes by 司法专邮: every 送达回证 carries its EMS waybill as a second page. The bureau's
duplex ADF scans at 200–300 dpi grey; posted papers were folded in three — two creases and a dog-eared corner."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bn_capture, renderer
from dossier.corpus.families.court_bn import COURT, DYE_SEQ, FREIGHT_SEQ, LEASE_SEQ
from dossier.corpus.families.court_bn_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_its_case_numbers_are_in_its_range() -> None:
    ours = family_plans("court_bn")
    assert [p.seq for p in ours] == [DYE_SEQ, FREIGHT_SEQ, LEASE_SEQ]
    assert all(39000 <= p.seq <= 39999 for p in ours)


def test_two_complete_one_archived_and_the_lease_without_its_acceptance_notice() -> None:
    assert MISSING == "acceptance_notice"
    lease = family_plans("court_bn")[2]
    assert MISSING not in [d.code for d in lease.docs]
    assert any(MISSING in d.served for d in lease.docs), "it was served; only the file copy is missing"


def _draw(prefix: str, code: str, served: list[str] | None = None) -> list[Sheet]:
    return renderer("court_bn")(code, case_of(prefix), random.Random(2), served or [])


def test_the_bases_are_an_appeal_judgment_an_award_and_a_rent_judgment() -> None:
    dye = _draw("court_bn_01", "enforcement_basis")
    assert "苏02民终" in dye[0].lines[2] and "驳回上诉，维持原判。" in text_of(dye)
    assert dye[0].lines[0] == "江苏省无锡市中级人民法院" and len(dye) >= 2 and dye[-1].page_of == (len(dye), len(dye))
    award = _draw("court_bn_02", "enforcement_basis")
    assert award[0].lines[0] == "无锡仲裁委员会" and "裁决如下：" in text_of(award)
    rent = text_of(_draw("court_bn_03", "enforcement_basis"))
    assert "南长街" in rent and "租金" in rent
    cert = text_of(_draw("court_bn_01", "effectiveness_certificate"))
    assert "生效证明书" in cert and "发生法律效力" in cert


def test_receipts_carry_their_ems_waybill_and_the_refused_letter_came_back() -> None:
    c = case_of("court_bn_03")
    plain, waybill = _draw("court_bn_03", "service_receipt", ["closing_notice"])
    assert "送　达　回　证" in plain.lines and "邮件号" in text_of([waybill])
    assert not waybill.starts_document and "退　回" not in waybill.lines
    receipt, envelope = _draw("court_bn_03", "service_receipt", ["enforcement_notice", "property_report_order"])
    assert "退　回" in envelope.lines and "拒收" in text_of([envelope])
    assert "按诉讼确认地址视为送达" in text_of([receipt]) and c.respondent.name in text_of([receipt])


def test_ids_validate() -> None:
    for k in (1, 2, 3):
        c = case_of(f"court_bn_0{k}")
        for p in (c.applicant, c.respondent):
            check = check_id_number if p.kind == "person" else check_credit_code
            assert check(p.id_number) is None, p


def _jpeg(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"))


def test_posted_papers_are_folded_and_the_courts_own_lie_flat() -> None:
    own = _draw("court_bn_02", "enforcement_notice")[0]
    letter = _draw("court_bn_02", "law_firm_letter")[0]
    assert own.lines[0] == COURT
    assert not any(court_bn_capture.plan_capture(random.Random(k), own).folded for k in range(100))
    caps = [court_bn_capture.plan_capture(random.Random(k), letter) for k in range(200)]
    assert 120 < sum(c.folded for c in caps) < 190 and 5 < sum(c.rotation == 180 for c in caps) < 50
    assert {c.dpi for c in caps} == {200, 240, 300} and all(abs(c.skew) <= 3 and 50 <= c.quality <= 80 for c in caps)


def test_a_crease_shows_as_a_dark_ridge_across_the_page() -> None:
    cap = court_bn_capture.plan_capture(random.Random(1), Sheet())
    cap.folded, cap.creases, cap.skew, cap.rotation, cap.dpi, cap.dog_ear = True, [1 / 3, 2 / 3], 0.0, 0, 200, 0
    img = _jpeg(court_bn_capture.capture(Sheet(), cap, random.Random(1)))
    rows = img.mean(axis=1)
    y = img.shape[0] // 3
    assert rows[y - 2:y].mean() < rows[y - 40:y - 20].mean() - 40, "the fold's dark edge"
    cap.folded = False
    flat = _jpeg(court_bn_capture.capture(Sheet(), cap, random.Random(1))).mean(axis=1)
    assert abs(flat[y - 2:y].mean() - flat[y - 40:y - 20].mean()) < 10


@pytest.mark.parametrize("prefix", ["court_bn_01", "court_bn_03"])
def test_every_sheet_captures_to_a_readable_jpeg(prefix: str) -> None:
    p = next(p for p in family_plans("court_bn") if p.name.startswith(prefix))
    rng = random.Random(5)
    for d in p.docs[:10]:
        for s in _draw(prefix, d.code, d.served or ([d.note] if d.note else [])):
            cap = court_bn_capture.plan_capture(rng, s)
            img = _jpeg(court_bn_capture.capture(s, cap, rng))
            assert img.shape[1] == round(s.width * cap.dpi / 200)
            assert (img < 100).mean() > 0.003, (d.code, "text survives")
