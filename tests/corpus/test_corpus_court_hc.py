"""court_hc (广东省清远市清城区人民法院): three dossiers of 清远. A 石角 farmer enforces this court's judgment against his
亲家 in 源潭 for money lent for a lorry — the debtor's 存折, where the village's 征地补偿款 came in, frozen and the sum
deducted, 执行完毕, archived (cover and catalogue first, the civil division's 生效证明书 behind the judgment). A 龙塘
village's 经济合作社 files through its 社长 on its members' thumbprinted resolution for the rent of a 砂糖橘 hill:
黄龙病 killed the trees, the grower went back to 广西, nothing found, 终本. A widow and her daughter enforce her late
husband's pay against a 建材 shop, her son acting for her — no proof he is her son. Small papers and booklets lie open
on the flatbed with the lid up (dark field, spine shadow and crowding, glare on plastic); A4 papers are scanned lid
closed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hc_capture as cap
from dossier.corpus.families.court_hc import made_on, render
from dossier.corpus.families.court_hc_booklets import Laid, booklet, id_cards
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hc_01", "court_hc_02", "court_hc_03")


def test_court_hc_seqs_lie_in_its_range_and_miss_every_other_dossier() -> None:
    ours = family_plans("court_hc")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(4900 <= s <= 5099 for s in seqs)
    others = {p.seq for p in plans() if p.family != "court_hc"}
    assert not set(seqs) & others
    assert all(p.name.startswith(f"court_hc_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "粤1802执" in c.number and re.fullmatch(r"（2024）粤1802执(49\d\d|50\d\d)号", c.number)
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coop = case_of("court_hc_02").applicant
    assert coop.id_number.startswith("N1441802"), "a village-group cooperative's code from the 农业农村 registry"
    shop = case_of("court_hc_03").respondent
    assert shop.id_number.startswith("92441802"), "an individual business (个体工商户)"
    assert check_id_number(str(case_of("court_hc_03").extra["agent_id"])) is None


def test_who_acts_for_the_applicant_is_recorded_as_the_window_saw_it() -> None:
    loan, coop, widow = (case_of(p).case_json() for p in PREFIXES)
    assert "agent" not in loan["applicants"][0], "the 黄 in-law filed in person"
    assert "agent" not in coop["applicants"][0], "the cooperative filed through its 社长"
    agent = widow["applicants"][0]["agent"]
    assert agent["kind"] == "relative" and agent["relation"] == "子" and check_id_number(agent["id_number"]) is None


def test_the_inlaw_loan_is_drawn_in_its_makers_words() -> None:
    c = case_of("court_hc_01")
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "民事判决书" in judgment and "粤1802民初" in judgment and "亲家" in judgment and "借条" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", c, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "存折" in ruling and str(c.extra["r_acct"]) in ruling
    declared = render("property_declaration_form", c, random.Random(0), [])
    assert [type(s) for s in declared] == [Sheet, Laid, Laid]
    assert "征地补偿" in text_of(declared[1:2]) and "不动产权" in text_of(declared[2:])
    licence = render("identity_proof", c, random.Random(0), ["respondent"])
    assert isinstance(licence[0], Laid) and "机动车驾驶证" in text_of(licence) and c.respondent.id_number in text_of(licence)
    voucher = render("payment_voucher", c, random.Random(0), [])
    assert "司法扣划" in text_of(voucher[:1]) and "法院案款" in text_of(voucher[1:])


def test_the_orchard_cooperative_is_drawn_in_its_makers_words() -> None:
    c = case_of("court_hc_02")
    application = text_of(render("enforcement_application", c, random.Random(0), []))
    assert "经济合作社" in application and "社员代表会议决议" in application and "社长" in application
    papers = render("identity_proof", c, random.Random(0), [])
    assert len(papers) == 3 and isinstance(papers[1], Laid)
    assert "农村集体经济组织登记证" in text_of(papers[:1]) and "社员代表会议决议" in text_of(papers[2:])
    assert all(name in text_of(papers[2:]) for name in c.extra["members"])
    ttr = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "黄龙病" in ttr
    record = text_of(render("investigation_record", c, random.Random(0), []))
    assert "砂糖橘" in record and c.respondent.name in record and "覃某" not in record
    assert "砂糖橘" in text_of(render("enforcement_basis", c, random.Random(0), []))


def test_the_widows_papers_never_show_her_son_in_her_household() -> None:
    c = case_of("court_hc_03")
    papers = render("identity_proof", c, random.Random(0), [])
    assert len(papers) == 3 and all(isinstance(p, Laid) and p.kind == "spread" for p in papers)
    text = text_of(papers)
    assert "户口簿" in text and "常住人口登记卡" in text and "结婚证" in text
    assert c.extra["daughter"][0] in text and c.extra["deceased"][0] in text
    assert c.agent not in text, "the son has his own household: he is not on his mother's register"
    attorney = render("power_of_attorney", c, random.Random(0), [])
    assert "母子" in text_of(attorney[:1]) and isinstance(attorney[1], Laid) and c.agent in text_of(attorney[1:])
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "劳务合同纠纷" in judgment and "建材" in judgment
    assert "和解" in text_of(render("settlement_agreement", c, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hc") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    c = case_of("court_hc_01")
    assert made_on(c, "payment_voucher") > c.extra["pay_day"] > made_on(c, "enforcement_ruling")


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.GlassScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.colour else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def _spread() -> Laid:
    s, _ = booklet(100, 140, stacked=False, cover=(110, 40, 40), page=(240, 240, 240), tint_lines=None,
                   rng=random.Random(0))
    return s


def test_a_booklet_lies_open_in_the_dark_with_the_lid_up() -> None:
    s = _spread()
    plan, a = _scan(s, 1, rotation=0, skew=0.0, at=(0.5, 0.5), soft=0.0, noise=1.0, colour=False)
    assert plan.lid_open and plan.lift > 0
    h, w = a.shape
    assert (w, h) == (round(mm(216) * plan.dpi / 200), round(mm(297) * plan.dpi / 200)), "the whole glass"
    assert (a < 60).mean() > 0.4, "the dark room round the booklet"
    assert np.median(a[:, :10]) < 60 and np.median(a[:10, :]) < 60
    # the spine: a dark valley down the middle of the spread, the pages bright on either side
    rows = a[h // 2 - mm(20): h // 2 + mm(20)]
    cols = rows.mean(axis=0)
    mid = w // 2
    page = np.median(cols[mid - mm(60): mid - mm(25)])
    assert page > 180 and cols[mid - mm(8): mid + mm(8)].min() < page - 70


def test_the_pages_crowd_and_bow_towards_the_spine() -> None:
    img = np.full((mm(140), mm(200), 3), 250.0, np.float32)
    for x in range(0, img.shape[1], mm(5)):
        img[:, x:x + 3] = 0.0
    mask = np.full(img.shape[:2], 255.0, np.float32)
    out, wmask = cap._lifted(img, mask, img.shape[1] / 2, 1.0)
    mid_row = out[img.shape[0] // 2, :, 0]
    dark = np.flatnonzero(mid_row < 120)
    gaps = np.diff(dark[np.diff(np.concatenate([[-10], dark])) > 1])
    assert gaps[len(gaps) // 2 - 1] < gaps[0] - 2, "the rules near the spine stand closer together"
    assert wmask[2, img.shape[1] // 2] < 128 and wmask[2, 5] > 200, "the page looks shorter at the spine"


def test_a_wide_certificate_lies_across_the_glass_and_cards_catch_the_lamp() -> None:
    wide, _ = booklet(142, 200, stacked=False, cover=(120, 36, 30), page=(244, 238, 222), tint_lines=None,
                      rng=random.Random(0))
    plans_ = [cap.plan_capture(random.Random(k), wide) for k in range(12)]
    assert all(p.across and p.rotation in (90, 270) for p in plans_)
    _p, a = _scan(wide, 2)
    assert a.shape[0] > a.shape[1], "stored upright A4, the spread on its side"
    cards = id_cards(random.Random(0), name="黄德胜", sex="男", born=date(1960, 2, 2), address="广东省清远市清城区石角镇",
                     id_number="441802196002021234", issuer="清远市公安局清城分局", valid=(date(2016, 3, 3), date(2036, 3, 3)))
    assert cap.plan_capture(random.Random(3), cards).glare is not None
    obj = np.full((200, 400, 3), 40.0, np.float32)
    lit = cap._glare(obj, np.full((200, 400), 255.0, np.float32), (0.5, 0.0, 0.15, 0.5))
    assert lit[:, 200].mean() > 120 and lit[:, 200].max() < 250, "washed out, not blank"
    assert abs(lit[:, 5].mean() - 40) < 3


def test_a4_papers_go_under_the_closed_lid() -> None:
    s = Sheet()
    s.lines.append("x")
    s.draw.rectangle((mm(40), mm(60), mm(150), mm(70)), fill=(0, 0, 0))
    many = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    assert not any(p.lid_open or p.photo for p in many)
    assert {p.dpi for p in many} <= {200, 240, 300} and all(50 <= p.quality <= 85 for p in many)
    assert all(abs(p.skew) <= 1.2 for p in many)
    assert 0.85 < sum(p.rotation == 0 for p in many) / len(many) < 1 and any(p.rotation == 180 for p in many)
    assert {p.colour for p in many} == {True, False}
    plan, a = _scan(s, 5, rotation=0, skew=0.0, strip=("left", 0.0), soft=0.0)
    assert np.median(a) > 220 and (a < 60).mean() < 0.05, "white paper edge to edge"
    assert a.shape == (round(s.height * plan.dpi / 200), round(s.width * plan.dpi / 200))
