"""court_ir (广东省佛山市顺德区人民法院): three dossiers of 顺德. A 容桂 mould maker enforces a 佛山仲裁委员会 award against a
Hong Kong-owned appliance factory (bilingual papers, the director's Hong Kong identity card, a 委托公证 with the 转递专用章):
machines sealed, appraised, auctioned, paid out, 执行完毕, archived. A logistics company enforces this court's freight
judgment against a furniture maker: the mall's debt to it garnished (履行到期债务通知书 and the reply), paid. A landlord
enforces this court's rent judgment against a vanished restaurant owner: nothing found, 限消, 失信, heard, 终本 — without
the 受理案件通知书. Many pages are copies of security-printed originals: on a copy the anti-copy paper's hidden
复印无效 / VOID / COPY stands out, red letterheads go grey, copies of copies come out darker and coarser."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import RED, Sheet, mm
from dossier.corpus.families import court_ir_capture as cap
from dossier.corpus.families import court_ir_kit as kit
from dossier.corpus.families.court_ir import hkid, made_on, render
from dossier.corpus.families.court_ir_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_ir_01", "court_ir_02", "court_ir_03")


def test_court_ir_seqs_lie_in_its_range() -> None:
    ours = family_plans("court_ir")
    assert len(ours) == 3 and all(12900 <= p.seq <= 12999 for p in ours)
    assert all(p.name.startswith(f"court_ir_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "acceptance_notice"
    rent = ours[2]
    assert MISSING not in [d.code for d in rent.docs]
    assert any(d.served == [MISSING] for d in rent.docs), "its receipt stayed in the volume"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "粤0606执129" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def _hkid_ok(number: str) -> bool:
    m = re.fullmatch(r"([A-Z])(\d{6})\(([0-9A])\)", number)
    assert m, number
    values = [36, ord(m[1]) - 55] + [int(d) for d in m[2]]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True)) + (10 if m[3] == "A" else int(m[3]))
    return total % 11 == 0


def test_hong_kong_identity_numbers_carry_a_valid_check_digit() -> None:
    assert all(_hkid_ok(hkid(random.Random(s))) for s in range(200))
    assert not _hkid_ok("A123456(0)") or not _hkid_ok("A123456(1)")
    assert _hkid_ok(str(case_of("court_ir_01").extra["hkid"]))


def test_each_story_is_drawn_in_its_makers_words() -> None:
    mould, freight, rent = (case_of(p) for p in PREFIXES)
    award = text_of(render("enforcement_basis", mould, random.Random(0), []))
    assert "佛山仲裁委员会" in award and "裁决如下" in award and "佛仲字第" in award and "终局裁决" in award
    cert = text_of(render("effectiveness_certificate", mould, random.Random(0), []))
    assert "生效证明" in cert and "发生法律效力" in cert and "与原件核对无异" in cert
    papers = render("identity_proof", mould, random.Random(0), ["respondent"])
    text = text_of(papers)
    assert "CERTIFICATE OF LEGAL REPRESENTATIVE" in text and "HONG KONG PERMANENT IDENTITY CARD" in text
    assert "中國委託公證人" in text and "转递专用章" in text and "中国法律服务（香港）有限公司" in text
    assert str(mould.extra["hkid"]) in text and str(mould.extra["en_name"]) in text
    assert all(s.starts_document for s in papers[1:]), "each of the factory's papers is a document of its own"
    auction = text_of(render("enforcement_ruling", mould, random.Random(0), ["auction"]))
    assert "执行裁定书" in auction and "拍卖" in auction and "评估" in auction and "注塑机" in auction
    garnish = render("assistance_notice", freight, random.Random(0), [])
    assert "履行到期债务通知书" in text_of(garnish) and str(freight.extra["mall"]) in text_of(garnish)
    assert garnish[-1].starts_document and "复函" in "".join(garnish[-1].lines)
    judgment = text_of(render("enforcement_basis", freight, random.Random(0), []))
    assert "民事判决书" in judgment and "粤0606民初" in judgment and "运费" in judgment
    ttr = text_of(render("termination_this_round_ruling", rent, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and str(rent.extra["shop"]) in ttr
    assert "执行裁定书" in text_of(render("enforcement_ruling", rent, random.Random(0), []))


def test_dates_follow_the_story() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ir") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert c.basis_effective < c.filed_on < made_on(c, "enforcement_ruling") < made_on(c, "closing_approval_form")
    mould = case_of("court_ir_01")
    assert made_on(mould, "investigation_record") > made_on(mould, "enforcement_ruling"), "sealed after the ruling"
    assert mould.day(kit_days("auction")) < made_on(mould, "payment_voucher") < made_on(mould, "closing_notice")
    assert made_on(mould, "closing_notice") < mould.closed_on < made_on(mould, "dossier_cover")


def kit_days(what: str) -> int:
    from dossier.corpus.families.court_ir import WHEN

    return WHEN[f"{what}_ruling"]


def _scan(sheet: Sheet, seed: int, **change: object) -> np.ndarray:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in {"rotation": 0, "skew": 0.0, "dpi": 200, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    return np.asarray(img, dtype=np.float32)


def _security(word: str) -> tuple[kit.Leaf, np.ndarray]:
    """A sheet of anti-copy paper and where its hidden word lies (the paper's first draw is the pattern's angle)."""
    s = kit.security_paper(word, (120, 165, 150), random.Random(5))
    angle = random.Random(5).choice([28.0, 32.0, 35.0, -30.0])
    return s, kit.pantograph_mask(s.size, word, angle=angle)


def test_a_copy_of_anti_copy_paper_shows_the_hidden_words() -> None:
    for word in ("复印无效", "VOID"):
        s, mask = _security(word)
        inner = np.zeros_like(mask)
        inner[mm(30):-mm(30), mm(30):-mm(30)] = True
        for copies in (1, 2):
            grey = _scan(s, 1, copies=copies).mean(axis=2)
            words, rest = grey[mask & inner].mean(), grey[~mask & inner].mean()
            assert rest - words > 12, (word, copies, words, rest)
            # dots, not a solid fill: within the words the copy alternates dark dots and paper
            assert np.percentile(grey[mask & inner], 90) - np.percentile(grey[mask & inner], 10) > 40
        original = _scan(s, 1, copies=0).mean(axis=2)
        assert abs(original[mask & inner].mean() - original[~mask & inner].mean()) < 8, "hidden on the paper itself"


def test_the_red_letterhead_goes_grey_on_a_copy_but_the_stamp_stays_red() -> None:
    c = case_of("court_ir_02")
    s = render("enforcement_notice", c, random.Random(0), [])[-1]
    assert isinstance(s, kit.Leaf) and s.copies == 1 and s.after is not None
    head = slice(kit.TOP - mm(6), kit.TOP + mm(14))
    original = _scan(s, 2, copies=0)
    copy = _scan(s, 2, copies=1)

    def redness(a: np.ndarray) -> float:
        r, g, b = a[..., 0], a[..., 1], a[..., 2]
        return float(((r - g > 60) & (r - b > 50)).mean())

    assert redness(original[head]) > 0.01, "the 红头 is red on the paper"
    assert redness(copy[head]) < 0.0005, "and grey on the copy"
    dark = copy[head].mean(axis=2) < 140
    assert dark.mean() > 0.01, "the letterhead is still there, in grey"
    assert redness(copy) > 0.0005, "the clerk's stamp, put on after copying, is red"
    assert RED[0] > 200


def test_a_copy_of_a_copy_is_darker_and_coarser() -> None:
    s = kit.Leaf(copies=1)
    f = kit.body(5.3)
    for k in range(8):
        s.text(kit.LEFT, mm(60) + k * mm(9.5), "本院于二〇二四年立案执行申请执行人与被执行人房屋租赁合同纠纷一案", f)
    once, twice = _scan(s, 3, copies=1).mean(axis=2), _scan(s, 3, copies=2).mean(axis=2)
    h, w = once.shape
    blank = (slice(h - mm(100), h - mm(60)), slice(w // 4, 3 * w // 4))
    assert np.median(twice[blank]) < np.median(once[blank]) - 6, "a greyer ground"
    assert twice[blank].std() > once[blank].std() * 1.3, "coarser grain"
    text = (slice(mm(60), mm(140)), slice(kit.LEFT, w - kit.RIGHT))
    assert (twice[text] < 110).mean() > (once[text] < 110).mean() * 1.15, "fattened strokes"
    assert (twice[text] < 110).mean() > 0.02


def test_the_flatbed_plans_colour_scans_at_200_to_300_dpi() -> None:
    leaf = kit.Leaf(copies=1)
    plans = [cap.plan_capture(random.Random(s), leaf) for s in range(200)]
    assert {p.dpi for p in plans} == {200, 240, 300}
    assert {p.copies for p in plans} == {1, 2}
    assert 0 < sum(p.rotation != 0 for p in plans) < 30
    assert not any(p.photo for p in plans) and all(abs(p.skew) <= 1.1 for p in plans)
    plain = cap.plan_capture(random.Random(1), Sheet())
    assert plain.copies == 0
    a = _scan(Sheet(size=(mm(60), mm(40))), 4, dpi=300, copies=0)
    assert a.shape[1] == round(mm(60) * 300 / 200)
