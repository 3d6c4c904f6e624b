"""court_cm (陕西省宝鸡市渭滨区人民法院执行局): a lathe-shop worker's wage award from the 渭滨区劳动人事争议仲裁委员会 against a
machine-tool parts maker, paid from its frozen account and closed 执行完毕; a 渭水公证处 公证债权文书 with its 执行证书 against
a small trading company, nothing found, 终本 and archived; a 宝鸡中院 二审 excavator-lease judgment, 终本, handed in
without the 谈话笔录 hearing the applicant. The lawyer's, the tribunal's, the notary's and the 中院's papers came by fax
(header line, 204×98 dpi 1-bit, dropouts and streaks); receipts and window forms are carbon copies of multipart pads."""

from __future__ import annotations

import io
import random
from datetime import timedelta

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.families import court_cm, court_cm_capture
from dossier.corpus.families.court_cm_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_cm_seqs_in_range_and_stories():
    ours = family_plans("court_cm")
    assert [p.name[:12] for p in ours] == ["court_cm_01_", "court_cm_02_", "court_cm_03_"]
    assert all(79000 <= p.seq <= 79999 for p in ours)
    assert [p.basis_kind for p in ours] == ["arbitration", "notarial", "judgment"]
    assert [p.method for p in ours] == ["fully_performed", "terminated_this_round", "terminated_this_round"]
    assert MISSING in ("online_inquiry_result", "consumption_restriction_order", "interview_record")
    assert MISSING not in {d.code for d in ours[2].docs}


def test_court_cm_bases_come_from_baoji_bodies_and_ids_are_valid():
    wage, note, lease = (case_of(f"court_cm_0{k}_") for k in (1, 2, 3))
    assert wage.basis_court == "宝鸡市渭滨区劳动人事争议仲裁委员会" and "机床" in wage.respondent.name
    assert "公证处" in note.basis_court and "商贸" in note.respondent.name
    assert lease.basis_court == "陕西省宝鸡市中级人民法院" and "陕03民终" in lease.basis_number
    for c in (wage, note, lease):
        assert "陕0302执" in c.number
        assert check_id_number(c.applicant.id_number) is None
        assert check_credit_code(c.respondent.id_number) is None
        assert c.applicant.id_number.startswith("610302")


def _sheets(prefix: str, code: str, served: list[str] | None = None):
    c = case_of(prefix)
    return c, court_cm.render(code, c, random.Random(5), served or [])


def test_court_cm_rulings_and_wording():
    c, sheets = _sheets("court_cm_02_", "termination_this_round_ruling")
    text = text_of(sheets)
    assert "执行裁定书" in text and f"终结本院{c.number}案件的本次执行程序" in text
    c, sheets = _sheets("court_cm_02_", "effectiveness_certificate")
    assert "执行证书" in text_of(sheets).replace(" ", "") and c.extra["cm_cert_no"] in text_of(sheets)
    c, sheets = _sheets("court_cm_01_", "effectiveness_certificate")
    assert "生效证明" in text_of(sheets)
    c, sheets = _sheets("court_cm_03_", "enforcement_basis")
    assert "驳回上诉，维持原判" in text_of(sheets) and len(sheets) >= 2


def test_court_cm_receipt_dated_after_what_it_served():
    c, sheets = _sheets("court_cm_02_", "service_receipt", ["termination_this_round_ruling"])
    made = court_cm.made_on(c, "termination_this_round_ruling")
    text = text_of(sheets)
    assert "执行裁定书（终结本次执行程序）" in text
    days = [d for d in (made + timedelta(days=k) for k in range(1, 4))
            if f"{d.year}年{d.month}月{d.day}日" in text]
    assert days and made <= c.closed_on


def test_court_cm_fax_pages_carry_header_and_are_bilevel():
    _c, sheets = _sheets("court_cm_01_", "enforcement_basis")
    n = len(sheets)
    assert all(getattr(s, "way", "") == "fax" for s in sheets)
    assert any(f"P.01/{n:02d}" in line for line in sheets[0].lines)
    rng = random.Random(3)
    cap = court_cm_capture.plan_capture(rng, sheets[0])
    assert cap.way == "fax" and cap.dpi == 200 and cap.rotation == 0 and not cap.photo
    im = Image.open(io.BytesIO(court_cm_capture.capture(sheets[0], cap, rng)))
    assert im.info["dpi"][0] == pytest.approx(200, abs=1)
    assert abs(im.width - 1654) < 40 and abs(im.height - 2339) < 40
    a = np.asarray(im.convert("L"))
    assert ((a < 60) | (a > 195)).mean() > 0.97, "a fax page is black and white"
    assert (a < 128).mean() > 0.01, "text stays on the page"
    # rows come in doubled pairs (98 lines per inch stretched back)
    top = a[600:1400, 200:1400] < 128
    pairs = (top[0::2][:399] == top[1::2][:399]).mean()
    assert pairs > 0.9


def test_court_cm_carbon_forms_are_blue_on_tinted_paper():
    _c, sheets = _sheets("court_cm_01_", "service_receipt", ["enforcement_notice", "property_report_order"])
    assert getattr(sheets[0], "way", "") == "carbon"
    rng = random.Random(8)
    cap = court_cm_capture.plan_capture(rng, sheets[0])
    cap.tint = "pink"
    im = Image.open(io.BytesIO(court_cm_capture.capture(sheets[0], cap, rng))).convert("RGB")
    a = np.asarray(im).astype(int)
    blue = (a[..., 2] - a[..., 0] > 50) & (a[..., 2] > 80)
    assert blue.mean() > 0.002, "the carbon's blue entries"
    paper = a[a.sum(axis=2) > 600]
    assert paper[:, 0].mean() > paper[:, 1].mean() + 5, "pink copy paper"
    assert 150 <= cap.dpi <= 300 and abs(cap.skew) <= 3


def test_court_cm_court_scans_within_bounds():
    c = case_for(next(p for p in plans() if p.name.startswith("court_cm_03_")), random.Random(0))
    sheets = court_cm.render("enforcement_notice", c, random.Random(2), [])
    rng = random.Random(4)
    for _ in range(6):
        cap = court_cm_capture.plan_capture(rng, sheets[0])
        assert cap.way == "scan" and cap.dpi in (150, 200, 240, 300) and abs(cap.skew) <= 3
    im = Image.open(io.BytesIO(court_cm_capture.capture(sheets[0], cap, rng)))
    assert abs(im.width - 210 / 25.4 * cap.dpi) < 30
    a = np.asarray(im.convert("L"))
    assert (a < 100).mean() > 0.005 and np.median(a) > 200


def test_court_cm_fax_line_faults_are_present():
    """Dropouts lose runs of pixels from a row: a solid black band comes back with white gaps in it."""
    s = court_cm.page("fax")
    s.draw.rectangle((0, 400, s.width, 1400), fill=(0, 0, 0))
    rng = random.Random(1)
    cap = court_cm_capture.plan_capture(rng, s)
    cap.skew, cap.dropouts, cap.streaks = 0.0, 0, 0
    clean = np.asarray(Image.open(io.BytesIO(court_cm_capture.capture(s, cap, random.Random(2)))).convert("L"))
    cap.dropouts = 300
    faulty = np.asarray(Image.open(io.BytesIO(court_cm_capture.capture(s, cap, random.Random(2)))).convert("L"))
    band = slice(450, 1350)
    assert (faulty[band] > 128).mean() > (clean[band] > 128).mean() + 0.005


def test_court_cm_papers_of_others_predate_the_filing():
    c, sheets = _sheets("court_cm_01_", "effectiveness_certificate")
    text = text_of(sheets)
    assert "二〇二" in text
    from dossier.corpus.content import cn_date
    later = [c.filed_on + timedelta(days=k) for k in range(0, 200)]
    assert not any(cn_date(d) in text for d in later), "the tribunal certified before the application"
