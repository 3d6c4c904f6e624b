"""court_fw (湖南省郴州市北湖区人民法院): three dossiers of 郴州. A 资兴 东江湖 fishery that also sells 临武鸭 enforces
this court's own judgment against a 北湖 restaurant chain — an account frozen, the chain pays, 执行完毕, archived with
cover, catalogue, review form and remarks sheet. A 宜章 contractor enforces a 郴州仲裁委员会 award for a 莽山 resort's
plank walks against its empty operator: searched, 限制消费, 失信, the contractor heard, 终本 — without the award's
certificate of effect. A 有色金属 trader enforces 郴州中院's appeal judgment (with 苏仙区法院's first-instance judgment)
against a smelting works, which settles and pays. The court's own papers are the e-signature platform's: a coloured
band, the title flush left, a blue 电子签章 and the vertical verification strip on every page; the volumes went
through a colour sheet-fed scanner with a black backing roller and an imprinter."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fw_capture as cap
from dossier.corpus.families.court_fw import OWN, made_on, render
from dossier.corpus.families.court_fw_kit import BAND, LEFT, STRIP_TEXT, band
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fw_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fw")]
    assert len(seqs) == 3 and all(11000 <= s <= 11999 for s in seqs)
    assert not set(seqs) & {11236, 11507, 11874}, "court_au's cases"
    assert all(p.name.startswith(f"court_fw_0{i}_") for i, p in enumerate(family_plans("court_fw"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fw_01", "court_fw_02", "court_fw_03"):
        c = case_of(prefix)
        assert "湘1002执11" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fw_02").applicant.id_number.startswith("431022"), "the contractor is from 宜章"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    fish, resort, metal = case_of("court_fw_01"), case_of("court_fw_02"), case_of("court_fw_03")
    judgment = text_of(render("enforcement_basis", fish, random.Random(0), []))
    assert "民事判决书" in judgment and "湘1002民初" in judgment and "东江鱼" in judgment and "临武鸭" in judgment
    award = text_of(render("enforcement_basis", resort, random.Random(0), []))
    assert "郴州仲裁委员会" in award and "郴仲裁字" in award and "莽山" in award and "终局裁决" in award
    both = render("enforcement_basis", metal, random.Random(0), [])
    starts = [k for k, s in enumerate(both) if s.starts_document]
    assert len(starts) == 1 and starts[0] > 0, "the first-instance judgment is filed behind the appeal"
    assert "湘10民终" in text_of(both[:starts[0]]) and "驳回上诉，维持原判" in text_of(both[:starts[0]])
    assert "湘1003民初" in text_of(both[starts[0]:]) and "苏仙区人民法院" in text_of(both[starts[0]:])
    assert "苏仙区人民法院" in text_of(render("effectiveness_certificate", metal, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", resort, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and "限制消费令" in ttr
    assert fish.extra["r_acct"] in text_of(render("enforcement_ruling", fish, random.Random(0), []))
    deal = text_of(render("settlement_agreement", metal, random.Random(0), []))
    assert "执行和解协议" in deal and "冶炼厂" in deal and str(metal.extra["goods"]) in deal
    assert "经湖南省郴州市中级人民法院批准" in text_of(render("acceptance_notice", resort, random.Random(0), []))


def _dark_from_left(s: Sheet, y0: int, y1: int) -> int:
    a = np.asarray(s.image.convert("L"))[y0:y1]
    cols = np.where((a < 100).any(axis=0))[0]
    return int(cols[0])


def test_the_courts_own_papers_wear_the_e_signature_layout_on_every_page() -> None:
    c = case_of("court_fw_02")
    for code in ("acceptance_notice", "enforcement_ruling", "termination_this_round_ruling", "consumption_restriction_order",
                 "interview_record", "service_receipt", "closing_approval_form"):
        served = ["termination_this_round_ruling"] if code == "service_receipt" else []
        sheets = render(code, c, random.Random(2), served)
        assert code in OWN
        for s in sheets:
            assert getattr(s, "esigned", False)
            assert any(line.startswith(STRIP_TEXT) for line in s.lines), (code, "the vertical strip")
            rgb = np.asarray(s.image.convert("RGB")).astype(int)
            assert tuple(rgb[mm(3), s.width // 2]) == BAND, "the coloured band across the top"
            right = rgb[:, s.width - mm(20):]
            assert (right.sum(axis=2) < 100).sum() > 2000, "barcode and QR square in the right margin"
        first = sheets[0]
        under = round(band(Sheet()))
        assert abs(_dark_from_left(first, under + mm(9), under + mm(9) + 50) - LEFT) < mm(3), "title flush left"
        if code not in ("interview_record", "closing_approval_form"):  # the platform's inner forms go unsealed
            last = np.asarray(sheets[-1].image.convert("RGB")).astype(int)
            blue = (last[..., 2] > 150) & (last[..., 0] < 90) & (last[..., 1] < 140)
            red = (last[..., 0] > 170) & (last[..., 1] < 90) & (last[..., 2] < 90)
            assert blue.sum() > 1500 and red[mm(40):].sum() < 50, (code, "a blue e-seal, no red pressed seal")
    # a sender's paper keeps its own style: no strip, a red seal
    award = render("enforcement_basis", c, random.Random(0), [])
    assert not any(getattr(s, "esigned", False) for s in award)
    assert not any(line.startswith(STRIP_TEXT) for s in award for line in s.lines)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fw_01", "court_fw_02", "court_fw_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fw") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on, (prefix, d.served, got)


def _strip_sheet(esigned: bool) -> Sheet:
    s = Sheet(size=(mm(150), mm(110)), paper=(246, 244, 238))
    s.lines.append("x")
    if esigned:
        s.esigned = True  # type: ignore[attr-defined]
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FeedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    turned = plan.rotation in (90, 270)
    assert (img.height if turned else img.width) == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_scanner_whitens_the_paper_and_the_imprinter_numbers_the_trailing_edge() -> None:
    _, a = _scan(_strip_sheet(False), 5, rotation=0, skew=0.0, sliver=("", 0.0), noise=0.5, ink=0.9, quality=90)
    h = a.shape[0]
    assert np.median(a[h // 3: 2 * h // 3]) > 250, "background smoothing: the off-white sheet comes out white"
    foot = a[h - round(6 / 25.4 * 200): h - round(3 / 25.4 * 200)]
    assert foot.min() < 170 and (foot < 200).sum() > 40, "the imprinter's dotted number in the bottom margin"


def test_black_backing_shows_in_the_skew_corners_and_a_crop_sliver() -> None:
    _, a = _scan(_strip_sheet(False), 6, rotation=0, skew=1.0, sliver=("left", 2.0), noise=0.5, quality=90, dpi=200)
    w = a.shape[1]
    assert a[:, :mm(1.5)].mean() < 40, "the black sliver along the left edge"
    assert a[:3, w - 30:].mean() < 120 or a[-3:, w - 30:].mean() < 120, "a black wedge in a corner"


def test_quarter_turns_come_only_from_the_strip_and_the_capture_stays_in_range() -> None:
    signed = [cap.plan_capture(random.Random(s), _strip_sheet(True)) for s in range(300)]
    plain = [cap.plan_capture(random.Random(s), _strip_sheet(False)) for s in range(300)]
    assert 5 < sum(p.rotation in (90, 270) for p in signed) < 45
    assert not any(p.rotation in (90, 270) for p in plain)
    assert 0 < sum(p.rotation == 180 for p in plain) < 25
    for p in signed + plain:
        assert p.dpi in (200, 240, 300) and 35 <= p.quality <= 90 and abs(p.skew) <= 1.1 and not p.photo
    assert {p.subsampling for p in plain} == {0, 2}
