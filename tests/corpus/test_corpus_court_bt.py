"""court_bt, 云南省大理市人民法院 (held out): a court under 苍山 by 洱海. Its three dossiers — a 古城 guesthouse company
that lost a 民宿 renovation appeal at the 大理州中院 pays after its 微信支付 merchant number and 支付宝 account are frozen
and deducted; the court's own 民事调解书 on 周城 扎染 and 邓川 乳扇 goods, settled by 执行和解, performed and archived;
a 大理仲裁委员会 award on 普洱 tea ended by 终结本次执行程序 and handed in without the 约谈笔录 of the applicant.
The parties scanned their own papers at the 诉讼服务中心's self-service kiosk: 200 dpi colour, papers crooked or
shifted off the glass, the lid's grey round them, slips and card copies alone on the A4 glass, once-folded sheets
with a crease."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import A4, Sheet, mm
from dossier.corpus.families import court_bt, court_bt_capture
from dossier.corpus.families.court_bt_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bt_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING in ("dishonest_list_decision", "summons", "interview_record", "online_inquiry_result",
                       "service_address_confirmation")


def test_court_bt_seqs_stay_in_its_range_and_cases_are_dali() -> None:
    ours = family_plans("court_bt")
    assert len(ours) == 3 and all(50000 <= p.seq <= 50999 for p in ours)
    for p in ours:
        c = case_of(p.name)
        assert c.number.startswith("（") and "云2901执" in c.number and c.court.name == court_bt.COURT


def test_court_bt_parties_carry_valid_numbers() -> None:
    for p in family_plans("court_bt"):
        c = case_of(p.name)
        assert check_id_number(c.applicant.id_number) is None and c.applicant.id_number.startswith("532901")
        assert check_credit_code(c.respondent.id_number) is None


def test_court_bt_wording_tells_each_story() -> None:
    rng = random.Random(3)
    guest = case_of("court_bt_01")
    appeal = text_of(court_bt.render("enforcement_basis", guest, rng, []))
    assert "大理白族自治州中级人民法院" in appeal and "驳回上诉，维持原判" in appeal and "云29民终" in appeal
    first = text_of(court_bt.render("enforcement_basis", guest, rng, ["first"]))
    assert "民初" in first and "判决如下" in first
    freeze = text_of(court_bt.render("enforcement_ruling", guest, rng, []))
    assert "执行裁定书" in freeze and "财付通" in freeze and "支付宝" in freeze and "裁定如下" in freeze
    crafts = text_of(court_bt.render("enforcement_basis", case_of("court_bt_02"), rng, []))
    assert "民事调解书" in crafts.replace(" ", "") and "扎染" in crafts and "乳扇" in crafts and "本院主持调解" in crafts
    tea = case_of("court_bt_03")
    award = text_of(court_bt.render("enforcement_basis", tea, rng, []))
    assert "大理仲裁委员会" in award and "普洱" in award and "裁决如下" in award
    kiosk = text_of(court_bt.render("service_receipt", tea, rng, ["acceptance_notice"]))
    assert "送达回证" in kiosk and "电子送达" in kiosk and "受理案件通知书" in kiosk
    paper = text_of(court_bt.render("service_receipt", tea, rng, ["enforcement_notice", "property_report_order"]))
    assert "送达回证" in paper.replace(" ", "") and "执行通知书、报告财产令" in paper and "电子送达" not in paper
    ttr = court_bt.render("termination_this_round_ruling", tea, rng, [])
    assert ttr[0].lines[1] == "执行裁定书" and "终结本次执行程序。" in text_of(ttr)


def _page(sheet: Sheet, **kw: object) -> np.ndarray:
    rng = random.Random(5)
    cap = court_bt_capture.plan_capture(rng, sheet)
    for k, v in kw.items():
        setattr(cap, k, v)
    img = Image.open(io.BytesIO(court_bt_capture.capture(sheet, cap, rng)))
    assert img.info["dpi"][0] == pytest.approx(200) and img.size == A4
    return np.asarray(img.convert("L"), dtype=np.float32)


def _lid(a: np.ndarray) -> np.ndarray:
    return (a > 185) & (a < 225)


def test_court_bt_small_paper_lies_alone_on_the_grey_glass() -> None:
    slip = court_bt.render("fee_receipt", case_of("court_bt_01"), random.Random(1), [])[0]
    assert court_bt_capture.is_small(slip)
    a = _page(slip, spot="middle", skew=0.0, dx=0, dy=0, blur=0.0)
    assert _lid(a).mean() > 0.6, "most of the glass is lid grey"
    assert _lid(a[:mm(20)]).mean() > 0.9 and _lid(a[-mm(20):]).mean() > 0.9
    centre = a[A4[1] // 2 - mm(30):A4[1] // 2 + mm(30), A4[0] // 2 - mm(60):A4[0] // 2 + mm(60)]
    assert (centre > 235).mean() > 0.4, "the slip's paper sits in the middle"


def test_court_bt_kiosk_shows_lid_and_shift_and_skew() -> None:
    blank = Sheet()
    a = _page(blank, skew=0.0, dx=-mm(6), dy=0, fold=0.0, blur=0.0)
    assert a[:, :mm(2)].mean() > 235, "the left edge ran off the glass: paper to the border"
    assert _lid(a[:, -mm(8):]).mean() > 0.8, "the lid's grey shows down the right"
    b = _page(blank, skew=2.5, dx=0, dy=0, fold=0.0, blur=0.0)
    col_l, col_r = mm(40), A4[0] - mm(40)
    top_l = int(np.argmax(b[:, col_l] > 235))
    top_r = int(np.argmax(b[:, col_r] > 235))
    assert abs(top_l - top_r) > (col_r - col_l) * np.tan(np.radians(1.5)), "the paper lies crooked"


def test_court_bt_folded_sheet_shows_its_crease() -> None:
    a = _page(Sheet(), skew=0.0, dx=0, dy=0, fold=0.5, blur=0.0)
    rows = a[:, mm(30):-mm(30)].mean(axis=1)
    mid = int(A4[1] * 0.5 * 0.985 + (A4[1] - A4[1] * 0.985) / 2)
    assert rows[mid - mm(12):mid + mm(12)].min() < rows[mm(40):mm(80)].mean() - 8


def test_court_bt_pages_stay_readable() -> None:
    s = Sheet()
    s.text(mm(30), mm(40), "执行裁定书" * 4, font("serif", 46))
    ink = (np.asarray(s.image.convert("L"), dtype=np.float32) < 110).mean()
    for q in (76, 90):
        a = _page(s, quality=q, blur=0.7, skew=3.0)
        assert (a < 110).mean() > 0.6 * ink, "the text survives the kiosk"
        assert (a < 110).mean() < 1.5 * ink, "and no dark cast floods the page"
