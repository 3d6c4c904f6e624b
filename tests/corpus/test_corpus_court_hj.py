"""court_hj (云南省昆明市五华区人民法院): three dossiers of 五华. A woman's 2021 loan judgment of this court, its first
enforcement closed 终本 in 2022, is resumed when she finds the debtor's new car: her 恢复执行申请书 on squared paper with
the original undertaker's opinion, the 恢复执行裁定 signed by him, the car seized and auctioned, she is paid, 执行完毕,
archived. A 小额贷款 company enforces a notarised loan contract (公证书 and 执行证书 of the 翠湖公证处) against the borrower
and his guarantor: nothing found, 终本. A 毕节 chilli co-operative enforces a 七星关区 court judgment against a 米线
company, which settles and pays — without the 收款账户确认书. Every page went over the same dusty, scratched flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.content import Party
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hj_capture as cap
from dossier.corpus.families.court_hj import made_on, render
from dossier.corpus.families.court_hj_kit import landscape
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_hj_seqs_lie_in_its_range_and_miss_every_other_dossiers() -> None:
    ours = family_plans("court_hj")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(3200 <= s <= 3299 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_hj"}
    assert all(p.name.startswith(f"court_hj_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_hj_01", "court_hj_02", "court_hj_03"):
        c = case_of(prefix)
        assert "滇0102执" in c.number
        people = [c.applicant, c.respondent]
        if isinstance(c.extra.get("guarantor"), Party):
            people.append(c.extra["guarantor"])
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    car = case_of("court_hj_01")
    assert "滇0102执恢32" in car.number and car.previous_number.startswith("（2022）滇0102执")


def test_the_resumption_papers_carry_the_original_undertakers_signature() -> None:
    c = case_of("court_hj_01")
    application = text_of(render("resumption_application", c, random.Random(0), []))
    assert "恢复执行申请书" in application.replace(" ", "") and "原承办人意见" in application
    assert c.officer in application and c.extra["plate"].replace(" ", "") in application.replace(" ", "")
    ruling = render("resumption_ruling", c, random.Random(0), [])
    text = text_of(ruling)
    assert "执行裁定书" in text and "恢复" in text and c.previous_number in text and c.number in text
    signed = [line for s in ruling for line in s.lines]
    assert "执行员" in signed and c.officer in signed, "signed by the original undertaker"
    earlier = render("termination_this_round_ruling", c, random.Random(0), [])
    assert c.previous_number in text_of(earlier) and "终结本次执行程序。" in text_of(earlier)
    assert made_on(c, "termination_this_round_ruling").year == 2022 and c.officer in text_of(earlier)
    sale = text_of(render("enforcement_ruling", c, random.Random(0), ["sale"]))
    assert "拍卖" in sale and c.extra["vin"] in sale


def test_each_story_is_drawn_in_its_makers_words() -> None:
    car, notary, chili = case_of("court_hj_01"), case_of("court_hj_02"), case_of("court_hj_03")
    assert "滇0102民初" in text_of(render("enforcement_basis", car, random.Random(0), []))
    deed = text_of(render("enforcement_basis", notary, random.Random(0), []))
    assert "公证书" in deed and "翠湖公证处" in deed and "强制执行效力" in deed
    certificate = text_of(render("effectiveness_certificate", notary, random.Random(0), []))
    assert "执行证书" in certificate and notary.extra["cert_number"] in certificate
    guarantor = notary.extra["guarantor"]
    assert guarantor.name in text_of(render("enforcement_notice", notary, random.Random(0), []))
    assert guarantor.id_number in text_of(render("identity_proof", notary, random.Random(0), ["guarantor"]))
    ttr = text_of(render("termination_this_round_ruling", notary, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and guarantor.name in ttr
    judgment = text_of(render("enforcement_basis", chili, random.Random(0), []))
    assert "七星关区人民法院" in judgment and "黔0502民初" in judgment and "辣椒" in judgment
    assert "和解" in text_of(render("settlement_agreement", chili, random.Random(0), []))
    wide = render("online_inquiry_result", notary, random.Random(0), [])
    assert all(s.width > s.height for s in wide), "the 查控 printout is a wide table"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_hj_01", "court_hj_02", "court_hj_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hj") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _blank(size: tuple[int, int] = (mm(130), mm(180))) -> Sheet:
    s = Sheet(size=size)  # a portrait strip of a page: enough to measure, and quick
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_glass_puts_its_dust_and_scratch_at_the_same_place_on_every_page() -> None:
    x, y, _r, _dark = cap.SPECKS[2]
    for seed in (1, 2, 3):
        _, a = _scan(_blank(), seed, dpi=200, mode="grey", skew=0.0, lid=None, blur=0.0, noise=1.0)
        cx, cy = round(x / 25.4 * 200), round(y / 25.4 * 200)
        paper = float(np.median(a))
        assert a[cy - 2: cy + 3, cx - 2: cx + 3].min() < paper - 80, "the same speck on every page"
        sx = round(cap.SCRATCH[0] / 25.4 * 200)
        col = a[mm(20): mm(60), sx - 1: sx + 3].mean()
        assert col < paper - 4 and col > paper - 60, "a faint streak where the scratch runs"


def test_a_thick_bundle_lifts_the_lid_and_a_grey_band_runs_along_its_edge() -> None:
    _, a = _scan(_blank(), 5, dpi=150, mode="grey", skew=0.0, lid=("left", 12.0, 0.5), blur=0.0, noise=1.0)
    edge = a[mm(30): mm(90), :4].mean()
    middle = a[mm(30): mm(90), mm(60): mm(64)].mean()
    assert middle - edge > 60
    bundle = _blank()
    bundle.page_of = (1, 3)
    lids = [cap.plan_capture(random.Random(s), bundle).lid for s in range(60)]
    loose = [cap.plan_capture(random.Random(s), _blank()).lid for s in range(60)]
    assert sum(v is not None for v in lids) > sum(v is not None for v in loose)


def test_landscape_tables_go_on_the_glass_turned_and_the_rest_stay_upright() -> None:
    wide = landscape()
    wide.lines.append("x")
    plan, a = _scan(wide, 7, dpi=150, mode="grey", lid=None)
    assert plan.rotation in (90, 270) and a.shape[0] > a.shape[1]
    plans_ = [cap.plan_capture(random.Random(s), _blank()) for s in range(80)]
    assert all(p.rotation == 0 and not p.photo and abs(p.skew) <= 2.0 for p in plans_)
    assert {p.dpi for p in plans_} <= {150, 200, 300} and {p.mode for p in plans_} >= {"grey"}
    red = _blank()
    red.image.paste((200, 30, 30), (0, 0, mm(60), mm(60)))
    colour = [cap.plan_capture(random.Random(s), red) for s in range(80)]
    assert any(p.mode == "colour" and p.dpi == 300 for p in colour)
    assert sum(p.mode == "grey" for p in colour) > 40, "mostly greyscale"
