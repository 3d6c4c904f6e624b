"""The family court_bu (湖南岳阳岳阳楼区, held out: drawn without looking at the page reader): the city court on the
洞庭湖 shore. A feed mill's 饲料 debt against a 东洞庭湖 fish farmer, on the court's own 民事判决书, is paid after the
执行通知书 and the 报告财产令; a 石化 installation company's 中院 二审 judgment against a 云溪 chemical plant is paid in
full after the plant's 执行异议 is rejected by 执行裁定书, and the volume archived; a boat owner's 岳阳仲裁委员会
船舶租赁 award reaches the file without the lawyer's licence its 所函 says is attached. The bureau prints its papers
out of the 办案系统 (header line with print time and operator, footer line). The archive scanned photocopies of
photocopies: grey speckled cast, dark edges and copier-lid border, thickened or broken strokes, some pages 缩印 to
about 90 %, the archivist's page numbers in red pen top right; 150–300 dpi, a little crooked."""

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
from dossier.corpus.families import court_bu_capture, renderer
from dossier.corpus.families.court_bu import BOAT_SEQ, FEED_SEQ, PETRO_SEQ, SYSTEM
from dossier.corpus.families.court_bu_capture import BCapture
from dossier.corpus.families.court_bu_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bu"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(51000 <= p.seq <= 51999 for p in OURS)
    assert [p.seq for p in OURS] == [FEED_SEQ, PETRO_SEQ, BOAT_SEQ]


def test_its_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "lawyer_license"


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None) -> list[Sheet]:
    return renderer("court_bu")(code, _plan(prefix)[1], random.Random(3), served or [])


def test_the_stories_are_told_in_their_papers() -> None:
    feed = text_of(_draw("court_bu_01", "enforcement_basis"))
    assert "饲料" in feed and "洞庭湖" in feed and "湘0602民初" in feed
    petro = text_of(_draw("court_bu_02", "enforcement_basis"))
    assert "湖南省岳阳市中级人民法院" in petro and "湘06民终" in petro and "驳回上诉，维持原判" in petro
    ruling = text_of(_draw("court_bu_02", "enforcement_ruling", ["objection"]))
    assert "执行裁定书" in ruling and "驳回异议人" in ruling and "执异" in ruling
    award = text_of(_draw("court_bu_03", "enforcement_basis"))
    assert "岳阳仲裁委员会" in award and "船舶租赁" in award and "岳仲字第" in award
    assert "律师执业证复印件" in text_of(_draw("court_bu_03", "law_firm_letter"))
    report = text_of(_draw("court_bu_01", "property_report_order"))
    assert "报告财产令" in report and "五日内" in report


def test_its_own_papers_carry_the_case_system_print_header_and_footer() -> None:
    sheets = _draw("court_bu_01", "enforcement_notice")
    assert sheets[0].lines[0].startswith(SYSTEM) and "打印时间：" in sheets[0].lines[0] and "操作人：" in sheets[0].lines[0]
    assert all(any(line.startswith("第") and "/共" in line for line in s.lines) for s in sheets)
    assert not any(line.startswith(SYSTEM) for line in _draw("court_bu_01", "power_of_attorney")[0].lines)


def test_parties_carry_valid_ids() -> None:
    for prefix in ("court_bu_01", "court_bu_02", "court_bu_03"):
        c = _plan(prefix)[1]
        for p in (c.applicant, c.respondent):
            ok = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert not ok, (prefix, p.name, p.id_number, ok)
    assert _plan("court_bu_01")[1].respondent.kind == "person" and _plan("court_bu_03")[1].applicant.kind == "person"


def _cap(sheet: Sheet, **kw: object) -> tuple[BCapture, np.ndarray]:
    cap = court_bu_capture.plan_capture(random.Random(5), sheet)
    for k, v in kw.items():
        setattr(cap, k, v)
    jpeg = court_bu_capture.capture(sheet, cap, random.Random(5))
    img = Image.open(io.BytesIO(jpeg))
    assert img.info["dpi"][0] == pytest.approx(cap.dpi, abs=1)
    return cap, np.asarray(img.convert("RGB")).astype(np.int16)


def test_the_capture_is_a_recopied_photocopy_with_red_page_numbers() -> None:
    sheet = _draw("court_bu_01", "acceptance_notice")[0]
    cap, a = _cap(sheet, dpi=200, reduce=1.0, skew=0.0, lid=(30, 0, 0, 0))
    assert 150 <= cap.dpi <= 300 and abs(cap.skew) <= 3
    g = a.mean(axis=2)
    h, w = g.shape
    middle = g[h // 3: h // 2, w // 3: w // 2]
    assert 190 < np.median(middle) < 245, "a grey copier cast, not white paper"
    assert (middle < 150).mean() > 0.002, "toner speckles or text"
    assert g[:, :15].mean() < 110, "the copier lid's dark border"
    assert g[h // 2, w // 2 - 200: w // 2 + 200].max() > 180, "still readable: paper between the strokes"
    corner = a[: int(h * 0.06), int(w * 0.7):]
    red = (corner[..., 0] - corner[..., 1] > 60).sum()
    assert red > 30, "the archivist's red page number"
    rest = a[int(h * 0.2):]
    assert (rest[..., 0] - rest[..., 1] > 60).mean() < 0.001, "the copied seal is grey, only the pen is red"


def test_a_reduced_copy_has_a_wider_white_margin() -> None:
    sheet = _draw("court_bu_01", "enforcement_notice")[0]
    _, full = _cap(sheet, dpi=200, reduce=1.0, skew=0.0, lid=(0, 0, 0, 0), speckle=0.0)
    _, small = _cap(sheet, dpi=200, reduce=0.9, skew=0.0, lid=(0, 0, 0, 0), speckle=0.0)

    def first_ink_row(a: np.ndarray) -> int:
        rows = np.where((a.mean(axis=2)[:, 200:-200] < 100).sum(axis=1) > 5)[0]
        return int(rows[rows > 40][0])

    assert first_ink_row(small) > first_ink_row(full) + 20
