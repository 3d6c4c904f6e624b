"""court_ha (湖南省怀化市鹤城区人民法院): three dossiers of 怀化. A 黄金坳 timber yard enforces this court's judgment for
会同 fir logs against a furniture company — its 工行 account frozen, the sum deducted by 特种转账, 执行完毕, archived.
怀化农商银行 enforces a notarised loan (公证书 and 执行证书) against a 芷江 duck farmer and his guarantor: nothing found,
限制消费 and 失信, 终本. A rider hurt on the 209 enforces a traffic-accident judgment against the driver and his 交强险
insurer, who pay — without the 报告财产令's 送达回证. The banks' and counters' slips are carbonless multipart sets off
worn impact printers (offset print, a dead pin's white row, the capsules' blue on copies); every page went over a
grey-level flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date
from decimal import Decimal

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.content import Party
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ha_capture as cap
from dossier.corpus.families.court_ha import fee_of, made_on, render, respondents
from dossier.corpus.families.court_ha_kit import CAPSULE, Head, Ply, dots, mount, slip
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def plain(sheets: list[Sheet]) -> str:
    """A document's printed text without the spaces its titles are spread with."""
    return text_of(sheets).replace(" ", "").replace("\u3000", "")


def test_court_ha_seqs_lie_in_its_range_and_miss_every_other_dossiers() -> None:
    ours = family_plans("court_ha")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(3600 <= s <= 3799 for s in seqs)
    others = {p.seq for p in plans() if p.family != "court_ha"}
    assert not set(seqs) & others
    assert all(p.name.startswith(f"court_ha_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]
    assert [p.method for p in ours] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert [p.complete for p in ours] == [True, True, False]


def test_every_party_carries_a_valid_number_and_the_case_the_courts_code() -> None:
    for prefix in ("court_ha_01", "court_ha_02", "court_ha_03"):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）湘1202执3[67]\d\d号", c.number), c.number
        for p in [c.applicant, *respondents(c)]:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    timber = case_of("court_ha_01")
    assert timber.applicant.id_number.startswith("92431202"), "the yard is an individual business of 鹤城"
    loan = case_of("court_ha_02")
    assert isinstance(loan.extra["guarantor"], Party) and loan.respondent.id_number.startswith("431228")
    crash = case_of("court_ha_03")
    assert crash.amount == crash.extra["insured"] + crash.extra["own"]


def test_the_fee_follows_the_payment_rules() -> None:
    assert fee_of(Decimal(8000)) == 50
    assert fee_of(Decimal(110000)) == Decimal("1550.00")


def test_each_story_is_told_in_its_makers_words() -> None:
    timber, loan, crash = case_of("court_ha_01"), case_of("court_ha_02"), case_of("court_ha_03")
    judgment = plain(render("enforcement_basis", timber, random.Random(0), []))
    assert "民事判决书" in judgment and "湘1202民初" in judgment and "杉木原木" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", timber, random.Random(0), []))
    deed = plain(render("enforcement_basis", loan, random.Random(0), []))
    assert "公证书" in deed and "赋予债权文书强制执行效力" in deed and loan.extra["guarantor"].name in deed
    cert = plain(render("effectiveness_certificate", loan, random.Random(0), []))
    assert "执行证书" in cert and str(loan.extra["certificate"]) in cert
    ttr = plain(render("termination_this_round_ruling", loan, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "第五百一十七条" in ttr
    accident = plain(render("enforcement_basis", crash, random.Random(0), []))
    assert "机动车交通事故责任纠纷" in accident and "交强险" in accident and crash.extra["plate"] in accident
    paid = render("payment_voucher", crash, random.Random(0), [])
    assert len(paid) == 4 and all(s.starts_document for s in paid[1:])
    words = text_of(paid)
    assert "关于支付交强险赔款的函" in words and "现金缴款单" in words and "电汇凭证" in words
    debit = text_of(render("payment_voucher", timber, random.Random(0), []))
    assert "特种转账借方凭证" in debit and timber.extra["r_acct"] in debit
    reply = render("online_inquiry_result", timber, random.Random(0), [])
    assert reply[-1].starts_document and "协助冻结存款回执" in text_of(reply[-1:])
    fee = text_of(render("fee_receipt", timber, random.Random(0), []))
    assert "湖南省非税收入一般缴款书" in fee and "第二联　收据联（交缴款人）" in fee and f"{timber.extra['fee']:,.2f}" in fee


def test_a_receipt_is_signed_after_what_it_served() -> None:
    for p in family_plans("court_ha"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)
            assert got[0] <= c.closed_on


def test_the_defective_dossier_lacks_only_the_report_orders_receipt() -> None:
    crash = next(p for p in family_plans("court_ha") if not p.complete)
    served = [d.served for d in crash.docs if d.code == "service_receipt"]
    assert ["enforcement_notice"] in served and not any("property_report_order" in s for s in served)
    assert "property_report_order" in [d.code for d in crash.docs]


def _printed(ply: Ply, head: Head, text: str = "鹤城区执行款") -> tuple[Sheet, np.ndarray]:
    s = slip((120, 30), ply)
    dots(s, mm(10), mm(10), text, head, ply, random.Random(3))
    return s, np.asarray(s.image.convert("RGB"), dtype=np.float32)


def _head(**change: object) -> Head:
    head = Head.of(random.Random(1))
    head.offset, head.creep, head.dead_pin, head.wear = (0.0, 0.0), 0.0, -1, 0.0
    for k, v in change.items():
        setattr(head, k, v)
    return head


def test_the_impact_head_prints_dots_with_gaps_where_its_feed_puts_them() -> None:
    s, a = _printed(Ply("white"), _head())
    assert s.lines == ["鹤城区执行款"]
    ink = a.mean(axis=2) < 200
    rows, cols = np.nonzero(ink)
    assert rows.min() >= mm(10) - 1 and rows.max() < mm(10) + 48 and cols.min() >= mm(10) - 1
    strip = a[mm(10): mm(10) + 48, mm(10): mm(10) + 6 * 48].mean(axis=2)
    assert (strip[strip < 250] > 120).mean() > 0.15, "the dots leave light gaps between them"
    _, moved = _printed(Ply("white"), _head(offset=(float(mm(3)), float(mm(2)))))
    r2, c2 = np.nonzero(moved.mean(axis=2) < 200)
    assert abs(r2.min() - rows.min() - mm(2)) <= 2 and abs(c2.min() - cols.min() - mm(3)) <= 2, "off the boxes"


def test_a_dead_pin_leaves_a_white_row_and_a_copy_shows_the_capsules_blue() -> None:
    _, a = _printed(Ply("white"), _head(dead_pin=7))
    band = a[mm(10) + 7 * 3: mm(10) + 8 * 3, mm(10): mm(10) + 6 * 48].mean(axis=2)
    above = a[mm(10) + 6 * 3: mm(10) + 7 * 3, mm(10): mm(10) + 6 * 48].mean(axis=2)
    assert band.min() > 200 and above.min() < 150, "the dead pin's row is empty through every glyph"
    _, copy = _printed(Ply("pink", carbon=True), _head())
    _, top = _printed(Ply("pink"), _head())
    inked, ribbon = copy[copy.mean(axis=2) < 170], top[top.mean(axis=2) < 170]
    blue = (inked[:, 2] - inked[:, 0]).mean()
    assert len(inked) > 300 and blue > 20 and blue > (ribbon[:, 2] - ribbon[:, 0]).mean() + 15, \
        "the copy's dots are the capsules' blue-violet, the top copy's the ribbon's black"
    assert CAPSULE[2] > CAPSULE[0]
    head = _head(creep=float(mm(1)))
    s = slip((120, 60), Ply("yellow"))
    for k in range(3):
        dots(s, mm(10), mm(10) + k * mm(12), "1234", head, Ply("yellow"), random.Random(k))
    g = np.asarray(s.image.convert("L"), dtype=np.float32)
    tops = [np.nonzero(g[mm(6) + k * mm(12): mm(6) + k * mm(12) + mm(12), mm(10): mm(30)].min(axis=1) < 150)[0].min()
            for k in range(3)]
    assert tops[2] - tops[0] >= mm(2) - 2, "the print creeps down the slip line by line"


def test_slips_mounted_on_a4_keep_their_text() -> None:
    a, b = slip((150, 60), Ply("pink")), slip((150, 60), Ply("blue"))
    a.lines.append("甲")
    b.lines.append("乙")
    page = mount([a, b], random.Random(2), how="glass")
    assert page.size == Sheet().size and page.lines == ["甲", "乙"]


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.BedScan, Image.Image]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    return plan, img


def test_the_flatbed_scans_grey_at_its_resolutions_mostly_upright() -> None:
    small = Sheet(size=(mm(100), mm(140)))
    small.lines.append("x")
    plans_ = [cap.plan_capture(random.Random(s), small) for s in range(300)]
    assert {p.dpi for p in plans_} == {200, 240, 300}
    assert all(50 <= p.quality <= 85 and abs(p.skew) <= 1.2 and not p.photo for p in plans_)
    turned = [p.rotation for p in plans_ if p.rotation]
    assert set(turned) <= {90, 180, 270} and 0 < len(turned) < 40
    _, img = _scan(small, 4, rotation=0, dpi=240)
    assert img.mode == "L" and img.info["dpi"][0] == 240 and img.size == (round(small.width * 1.2), round(small.height * 1.2))
    _, turned_img = _scan(small, 4, rotation=90, dpi=200)
    assert turned_img.size == (small.height, small.width)


def test_a_skewed_sheet_shows_the_lid_and_its_edge_shadow() -> None:
    s = Sheet(size=(mm(100), mm(140)))
    s.lines.append("x")
    _, img = _scan(s, 6, rotation=0, dpi=200, skew=1.2, noise=0.5, falloff=0.0, white=240.0, black=20.0, lift=0.0)
    a = np.asarray(img, dtype=np.float32)
    corner = a[:4, :4].mean()
    lid = 20 + cap.LID / 255 * 220
    assert abs(corner - lid) < 12, (corner, lid)
    centre = a[a.shape[0] // 2 - 20: a.shape[0] // 2 + 20, a.shape[1] // 2 - 20: a.shape[1] // 2 + 20].mean()
    assert centre > 230, "paper white where the auto-levels put it"
    edge = a[: mm(6), :].min()
    assert edge < lid - 15, "the sheet's edge casts a thin shadow on the lid"
