"""court_it (湖北省宜昌市伍家岗区人民法院): three dossiers of 宜昌. A 宜都 citrus growers' cooperative enforces this court's
judgment against a juice factory — deposits frozen and deducted, paid out, 执行完毕, archived. A 长阳 hydropower-site
subcontractor enforces a 宜昌仲裁委员会 award against a construction company — its car seized, appraised, auctioned
online, paid out, 执行完毕. A tourist hurt on a 两坝一峡 tour boat enforces this court's judgment against the operator,
which has nothing left — 终本, without the on-site 调查笔录. Every paper was cropped by the scanner to its own edges:
cards at card size, strips, 16开 and B5 forms, the 查控 table at A3; small papers now and then with a sliver of the
black backing or bitten into; colour at 200 dpi; a few pages turned."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_it_capture as cap
from dossier.corpus.families.court_it import STEPS, made_on, receipt_day, render
from dossier.corpus.families.court_it_kit import STOCK, paper
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_it_01", "court_it_02", "court_it_03")


def _size_mm(s: Sheet) -> tuple[float, float]:
    return s.width / 200 * 25.4, s.height / 200 * 25.4


def test_court_it_seqs_lie_in_its_range_and_the_names_in_order() -> None:
    ps = family_plans("court_it")
    assert len(ps) == 3 and all(13200 <= p.seq <= 13299 for p in ps)
    assert all(p.name.startswith(f"court_it_0{i}_") for i, p in enumerate(ps, 1))
    assert [p.complete for p in ps] == [True, True, False]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）鄂0503执132\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_it_01").applicant
    assert "专业合作社" in coop.name and coop.id_number.startswith("93420581"), "a farmers' cooperative's code"
    assert case_of("court_it_03").applicant.kind == "person"


def test_each_story_is_told_in_its_makers_words() -> None:
    citrus, hydro, cruise = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", citrus, random.Random(0), []))
    assert "民事判决书" in judgment and "鄂0503民初" in judgment and "柑橘" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", hydro, random.Random(0), []))
    assert "宜昌仲裁委员会" in award and "宜仲裁字第" in award and "裁决如下" in award and "水电站" in award
    assert "终局裁决" in text_of(render("effectiveness_certificate", hydro, random.Random(0), []))
    hurt = text_of(render("enforcement_basis", cruise, random.Random(0), []))
    assert "游船" in hurt and "安全保障义务" in hurt
    freeze = text_of(render("enforcement_ruling", citrus, random.Random(0), []))
    assert "执行裁定书" in freeze and citrus.extra["r_acct"] in freeze and "扣划" in freeze
    auction = text_of(render("enforcement_ruling", hydro, random.Random(0), ["auction"]))
    assert "执行裁定书" in auction and "拍卖被执行人" in auction and hydro.extra["plate"] in auction
    confirm = text_of(render("enforcement_ruling", hydro, random.Random(0), ["confirm"]))
    assert "所有权" in confirm and "淘宝网司法拍卖" in confirm
    transfer = text_of(render("assistance_notice", hydro, random.Random(0), ["transfer"]))
    assert "车辆管理所" in transfer and "转移登记" in transfer and "回执" in transfer
    ttr = text_of(render("termination_this_round_ruling", cruise, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and cruise.extra["boat"] in ttr
    assert "执行完毕" in text_of(render("closing_notice", hydro, random.Random(0), []))
    assert "约谈" in text_of(render("termination_this_round_ruling", cruise, random.Random(0), []))


def test_the_defective_dossier_lacks_only_the_site_record() -> None:
    cruise = family_plans("court_it")[2]
    codes = [d.code for d in cruise.docs]
    assert "investigation_record" not in codes and "interview_record" in codes
    assert {"consumption_restriction_order", "dishonest_list_decision", "online_inquiry_result"} <= set(codes)
    hydro = family_plans("court_it")[1]
    assert [d.note for d in hydro.docs if d.code == "enforcement_ruling"] == ["", "auction", "confirm"]


def test_a_receipt_is_dated_after_what_it_served_and_the_car_goes_in_order() -> None:
    for prefix, plan in zip(PREFIXES, family_plans("court_it"), strict=True):
        c = case_of(prefix)
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert got == [receipt_day(c, d.served)], lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    hydro = case_of("court_it_02")
    days = [made_on(hydro, "enforcement_ruling", s) for s in ("seize", "auction", "confirm", "transfer")]
    assert days == sorted(days) and days[0] == hydro.day(STEPS["seize"])
    assert days[-1] < hydro.extra["pay_day"] < made_on(hydro, "closing_notice") < hydro.closed_on
    assert hydro.extra["price"] > hydro.amount, "the car's price covers the debt"


def test_every_paper_is_drawn_on_its_own_stock() -> None:
    citrus, cruise = case_of("court_it_01"), case_of("court_it_03")
    cards = render("identity_proof", cruise, random.Random(0), [])
    assert len(cards) == 2 and all(abs(_size_mm(s)[0] - 85.6) < 0.3 and abs(_size_mm(s)[1] - 54) < 0.3 for s in cards)
    assert cruise.applicant.id_number in text_of(cards[:1]) and "居民身份证" in text_of(cards[1:])
    account = render("payment_account_confirmation", citrus, random.Random(0), [])
    assert [round(x) for x in _size_mm(account[0])] == [184, 260] and round(_size_mm(account[1])[0]) == 86
    assert citrus.extra["in_acct"][:4] in text_of(account[1:])
    bill = render("fee_receipt", citrus, random.Random(0), [])[0]
    assert [round(x) for x in _size_mm(bill)] == [241, 93] and "非税收入" in text_of([bill])
    table = render("online_inquiry_result", citrus, random.Random(0), [])[0]
    assert [round(x) for x in _size_mm(table)] == [420, 297]
    voucher = render("payment_voucher", citrus, random.Random(0), [])
    assert [round(x) for x in _size_mm(voucher[1])] == [210, 99] and voucher[1].starts_document
    assert [round(x) for x in _size_mm(render("property_clue_form", citrus, random.Random(0), [])[0])] == [176, 250]
    assert [round(x) for x in _size_mm(render("dossier_cover", citrus, random.Random(0), [])[0])] == [222, 305]
    notice = render("enforcement_notice", citrus, random.Random(0), [])
    assert [round(x) for x in _size_mm(notice[0])] == [210, 297]


def _bordered(stock: str = "CARD") -> Sheet:
    """A small paper with a dark border 1.2 mm inside its edges and a red seal, as a bill or card has."""
    s = paper(stock)
    s.box(mm(1.2), mm(1.2), s.width - mm(1.2), s.height - mm(1.2), width=4)
    s.draw.rectangle((mm(4), mm(4), mm(12), mm(12)), fill=(0, 0, 0))  # a marker at the top left
    seal(s, s.width / 2, s.height / 2, "湖北省宜昌市伍家岗区人民法院", random.Random(1), radius=mm(18))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, **change: object) -> np.ndarray:
    plan = cap.plan_capture(random.Random(0), sheet)
    plan = replace(plan, **{"residual": 0.0, "sliver": None, "bite": None, "rotation": 0, **change})  # type: ignore[arg-type]
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(0))))
    assert img.format == "JPEG" and img.mode == "RGB" and round(img.info["dpi"][0]) == 200
    return np.asarray(img, dtype=np.float32)


def test_the_scan_keeps_the_papers_own_size() -> None:
    card = _bordered()
    a = _scan(card)
    assert a.shape[:2] == (card.height, card.width) == (mm(54), mm(85.6))
    strip = _bordered("BILL")
    assert _scan(strip).shape[:2] == (mm(93), mm(241))
    red = (a[..., 0] - a[..., 1] > 70) & (a[..., 0] > 150)
    assert red.sum() > 500, "colour: the seal stays red"


def test_the_deskew_leaves_black_wedges_at_the_corners() -> None:
    card = _bordered()
    a = _scan(card, residual=0.25).mean(axis=2)
    grow = card.height * np.sin(np.radians(0.25))
    assert abs(a.shape[1] - card.width - grow) <= 2
    assert a[0, 0] < 60 and a[-1, -1] < 60, "the backing in the corners"
    assert a[a.shape[0] // 2, 3: 8].mean() > 120, "paper at the middle of the edge"


def test_a_sliver_of_backing_or_a_bite_into_the_border() -> None:
    card = _bordered()
    a = _scan(card, sliver=("left", 2.5)).mean(axis=2)
    k = round(2.5 / 25.4 * 200)
    assert a.shape[1] == card.width + k
    assert a[:, : k - 2].mean() < 40 and a[a.shape[0] // 2, k + 20: k + 60].mean() > 180
    plain = _scan(card).mean(axis=2)
    assert plain[: mm(3), plain.shape[1] // 3].min() < 90, "the border runs along the top"
    bitten = _scan(card, bite=("top", 3.0)).mean(axis=2)
    assert bitten.shape[0] == card.height - round(3.0 / 25.4 * 200)
    assert bitten[: mm(2), bitten.shape[1] // 3: bitten.shape[1] // 2].min() > 150, "the top border is cut off"


def test_turned_pages() -> None:
    card = _bordered()
    sideways = _scan(card, rotation=90)
    assert sideways.shape[:2] == (card.width, card.height)
    upside = _scan(card, rotation=180).mean(axis=2)
    h, w = upside.shape
    assert upside[-mm(11): -mm(5), -mm(11): -mm(5)].mean() < 80, "the top-left marker at the bottom right"
    assert upside[mm(5): mm(11), mm(5): mm(11)].mean() > 150
    del h, w


def test_the_plan_turns_and_miscrops_now_and_then_and_small_papers_oftener() -> None:
    little, a4 = paper("CARD"), paper("A4")
    smalls = [cap.plan_capture(random.Random(s), little) for s in range(300)]
    larges = [cap.plan_capture(random.Random(s), a4) for s in range(300)]
    assert all(p.dpi == 200 and not p.photo for p in smalls + larges)
    assert all(p.sliver is None and p.bite is None for p in larges)
    slivers = sum(p.sliver is not None for p in smalls)
    bites = sum(p.bite is not None for p in smalls)
    assert 40 < slivers < 140 and 25 < bites < 100
    turned_small = sum(p.rotation != 0 for p in smalls)
    turned_large = sum(p.rotation != 0 for p in larges)
    assert 0 < turned_large < turned_small < 100
    assert {p.rotation for p in smalls} == {0, 90, 180, 270}
    assert all(abs(p.residual) <= 0.25 for p in smalls + larges)
    assert STOCK["CARD"] == (85.6, 54) and cap.small(paper("STRIP")) and not cap.small(paper("K16"))
