"""The family court_ah (新疆生产建设兵团石河子市人民法院, held out: drawn without looking at the page reader): the
undertaker's own marked-up working copy scanned for the e-dossier — highlighter bands over the case number, the
operative lines and the amounts, pencil ticks, a blue 打码机 page number top right, folds — holding a 石河子仲裁委员会
award on a tractor's instalments paid through 石河子农村商业银行, a 第八师中院 二审 籽棉 judgment archived after 终本, and
the 北泉人民法庭's 调解书 on a 机采棉 fee whose dossier lacks the 财产线索表."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.families import court_ah_capture
from dossier.corpus.families.court_ah_kit import APPEAL, ARBITRATION, COURT, TRIBUNAL, HSheet
from dossier.corpus.families.court_ah_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_ah"]


def _draw(prefix: str, code: str, served: list[str] | None = None) -> list[HSheet]:
    from dossier.corpus.families import court_ah

    return court_ah.render(code, case_of(prefix), random.Random(3), served or [])  # type: ignore[return-value]


def test_court_ah_seqs_lie_in_its_range() -> None:
    assert all(16100 <= p.seq <= 16999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_clue_form() -> None:
    assert MISSING == "property_clue_form"
    assert "详见《财产线索表》" in text_of(_draw("court_ah_03", "enforcement_application"))


def test_the_bases_are_an_award_on_a_tractor_an_appeal_on_seed_cotton_and_the_tribunals_mediation() -> None:
    c1, c2, c3 = (case_of(p) for p in ("court_ah_01", "court_ah_02", "court_ah_03"))
    assert (c1.basis_court, c2.basis_court, c3.basis_court) == (ARBITRATION, APPEAL, COURT)
    assert "石仲裁字" in c1.basis_number and "兵08民终" in c2.basis_number and "兵0801民初" in c3.basis_number
    award = text_of(_draw("court_ah_01", "enforcement_basis"))
    assert "裁决如下" in award and "拖拉机" in award and "分期付款" in award
    appeal = text_of(_draw("court_ah_02", "enforcement_basis"))
    assert "驳回上诉，维持原判。" in appeal and "籽棉" in appeal
    mediation = _draw("court_ah_03", "enforcement_basis")
    assert TRIBUNAL in mediation[0].lines and "民 事 调 解 书" in mediation[0].lines
    assert all(p.number.startswith("（2024）兵0801执") for p in (c1, c2, c3))


def test_parties_are_bingtuan_farmers_gins_and_dealers_and_their_numbers_validate() -> None:
    for prefix in ("court_ah_01", "court_ah_02", "court_ah_03"):
        c = case_of(prefix)
        for p in (c.applicant, c.respondent):
            check = check_id_number if p.kind == "person" else check_credit_code
            assert check(p.id_number) is None, (prefix, p.name)
    assert case_of("court_ah_01").respondent.kind == "person" and case_of("court_ah_02").applicant.kind == "person"
    assert any(w in case_of("court_ah_02").respondent.name for w in ("轧花", "棉业", "棉花"))
    replies = [text_of(_draw("court_ah_02", "online_inquiry_result", [n])) for n in ("bank", "registry", "vehicle")]
    assert "石河子农村商业银行" in replies[0] and "不动产登记中心" in replies[1] and "车辆管理所" in replies[2]
    assert "证明" in text_of(_draw("court_ah_01", "evidence"))


def test_the_capture_is_the_undertakers_marked_up_copy() -> None:
    sheets = _draw("court_ah_02", "enforcement_ruling")
    assert any(s.marks for s in sheets), "the operative lines and the number can be highlighted"
    rng = random.Random(5)
    caps = [court_ah_capture.plan_capture(rng, sheets[0]) for _ in range(60)]
    assert any(c.pen for c in caps) and {c.dpi for c in caps} <= {200, 240, 300}
    assert all(45 <= c.quality <= 70 and abs(c.skew) <= 1.2 and not c.photo for c in caps)
    cover = _draw("court_ah_02", "dossier_cover")[0]
    assert court_ah_capture.plan_capture(random.Random(1), cover).number == 0, "封面 carries no page number"
    cap = next(c for c in caps if c.pen == "yellow" and c.number) if any(c.pen == "yellow" for c in caps) else caps[0]
    img = Image.open(io.BytesIO(court_ah_capture.capture(sheets[0], cap, random.Random(2))))
    assert img.format == "JPEG" and img.size[0] == round(sheets[0].width * cap.dpi / 200)
    if cap.pen == "yellow" and img.mode == "RGB":
        a = np.asarray(img, dtype=np.int16)
        assert ((a[:, :, 0] - a[:, :, 2]) > 80).mean() > 0.002, "yellow bands"
