"""court_fi (吉林省通化市东昌区人民法院): three dossiers of 通化. A 山葡萄 co-operative enforces an award of the 通化仲裁委员会
against a 东昌 winery — frozen, settled, paid in two instalments, 执行完毕, archived (cover and catalogue first, the
committee's 生效证明 behind the award). A 集安 ginseng grower enforces a notarised loan contract with the notary's
执行证书 against a ginseng company whose gardens lie under snow: nothing found, 限制消费 and 失信, heard, 终本, the
ruling served by 法院专递. A packaging maker enforces this court's 民事调解书 against a 医药城 pharmaceutical factory,
which settles and pays — the 缴款书 never glued in. Small papers are glued onto the bureau's 卷内粘贴单; the sheets
went on a colour flatbed whose lamp throws the pieces' edge shadows."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fi_capture as cap
from dossier.corpus.families.court_fi import GINSENG_SEQ, PHARMA_SEQ, WINE_SEQ, made_on, render
from dossier.corpus.families.court_fi_kit import BACKING, pasteup, piece
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans
from .family_stories import text_of as printed


def text_of(sheets: list[Sheet]) -> str:
    """The printed text run together, without the spaces a spread-out title carries."""
    return printed(sheets).replace(" ", "").replace("\u3000", "")


def test_court_fi_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fi")]
    assert seqs == [WINE_SEQ, GINSENG_SEQ, PHARMA_SEQ]
    assert all(77000 <= s <= 77999 for s in seqs)
    assert not set(seqs) & {77214, 77583, 77836}, "court_ac's cases"
    assert all(p.name.startswith(f"court_fi_0{i}_") for i, p in enumerate(family_plans("court_fi"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fi_01", "court_fi_02", "court_fi_03"):
        c = case_of(prefix)
        assert "吉0502执77" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
        for key in ("rep_id", "r_rep_id"):
            if key in c.extra:
                assert check_id_number(c.extra[key]) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    wine, ginseng, pharma = case_of("court_fi_01"), case_of("court_fi_02"), case_of("court_fi_03")
    award = text_of(render("enforcement_basis", wine, random.Random(0), []))
    assert "通化仲裁委员会" in award and "裁决如下" in award and "山葡萄" in award and "通仲裁字" in award
    assert "生效" in text_of(render("effectiveness_certificate", wine, random.Random(0), []))
    deed = text_of(render("enforcement_basis", ginseng, random.Random(0), []))
    assert "公证书" in deed and "强制执行效力" in deed and "吉通江证字" in deed
    cert = text_of(render("effectiveness_certificate", ginseng, random.Random(0), []))
    assert "执行证书" in cert and "人参" in cert
    mediation = text_of(render("enforcement_basis", pharma, random.Random(0), []))
    assert "民事调解书" in mediation and "吉0502民初" in mediation and "医药城" in mediation
    ttr = text_of(render("termination_this_round_ruling", ginseng, random.Random(0), []))
    assert ttr.startswith("吉林省通化市东昌区人民法院执行裁定书") and "终结本次执行程序。" in ttr and "参园" in ttr
    notes = text_of(render("investigation_record", ginseng, random.Random(0), []))
    assert "调查笔录" in notes and "积雪" in notes and "现场照片粘贴单" in notes


def test_the_small_papers_are_glued_onto_backing_sheets() -> None:
    wine = case_of("court_fi_01")
    for code, served, want in (("payment_voucher", [], "业务回单"), ("identity_proof", ["respondent"], "营业执照"),
                               ("power_of_attorney", [], "授权委托书"), ("fee_receipt", [], "非税收入"),
                               ("lawyer_license", [], "律师执业证")):
        sheets = render(code, wine, random.Random(2), served)
        assert len(sheets) == 1, code
        s = sheets[0]
        text = text_of(sheets)
        assert ("粘贴单" in text or "粘贴页" in text) and wine.number in text, code
        assert want in text and getattr(s, "pieces", None), code
        assert s.image.getpixel((mm(5), mm(5))) == BACKING
    slips = text_of(render("payment_voucher", wine, random.Random(2), []))
    assert slips.count("业务回单") == 3 and "案款发放" in slips, "two instalments in, one payment out"
    ginseng = case_of("court_fi_02")
    post = render("service_receipt", ginseng, random.Random(2), ["termination_this_round_ruling"])
    assert "法院专递" in text_of(post) and "妥投" in text_of(post) and ginseng.number in text_of(post)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fi_01", "court_fi_02", "court_fi_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fi") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            got += [date(*map(int, m)) for line in lines for m in re.findall(r"签收时间：(\d{4})-(\d{2})-(\d{2})", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_money_moves_after_the_settlement_and_before_closing() -> None:
    for prefix in ("court_fi_01", "court_fi_03"):
        c = case_of(prefix)
        assert sum(c.extra["instalments"]) == c.amount
        assert all(made_on(c, "settlement_agreement") < d < made_on(c, "closing_notice") for d in c.extra["pay_days"])
        assert made_on(c, "payment_voucher") < made_on(c, "closing_notice")


def _glued() -> Sheet:
    c = case_of("court_fi_01")
    a, b = piece(120, 60), piece(120, 60)
    a.text(mm(5), mm(5), "甲", font("kai", 40))
    b.lines.append("乙")
    return pasteup(c, random.Random(5), [a, b], how="stack")


def test_the_lamp_shadows_the_pieces_edges_and_pages_stay_in_bounds() -> None:
    s = _glued()
    plan = cap.plan_capture(random.Random(1), s)
    assert plan.pasted
    plan.rotation, plan.skew, plan.colour, plan.dpi, plan.noise, plan.blur = 0, 0.0, False, 200, 0.5, 0.1
    plan.offset = (0.0, 0.0)
    img = np.asarray(Image.open(io.BytesIO(cap.capture(s, plan, random.Random(1)))).convert("L"), dtype=np.float32)
    quad = s.pieces[0]  # type: ignore[attr-defined]
    (x2, y2), (x3, y3) = quad[2], quad[3]  # the lower edge, right to left
    mid, edge = int((x2 + x3) / 2), int((y2 + y3) / 2)
    below = img[edge - 3: edge + 8, mid].min()
    backing = np.median(img[mm(60): mm(62), mm(60): mm(100)])
    assert below < backing - 25, "a dark line along the piece's lower edge"
    plans = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert {p.rotation for p in plans} >= {0, 90, 270}
    assert all(200 <= p.dpi <= 300 and 50 <= p.quality <= 85 and abs(p.skew) <= 1.3 and not p.photo for p in plans)
    plain = Sheet()
    plain.lines.append("x")
    flat = [cap.plan_capture(random.Random(k), plain) for k in range(200)]
    assert sum(p.rotation in (90, 270) for p in flat) < sum(p.rotation in (90, 270) for p in plans)
    side = next(p for p in plans if p.rotation == 90)
    side.dpi = 200
    out = Image.open(io.BytesIO(cap.capture(s, side, random.Random(2))))
    assert out.size == (s.height, s.width) and out.info["dpi"][0] == 200
