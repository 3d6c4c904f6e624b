"""court_hf (山西省运城市盐湖区人民法院): three dossiers of 运城. The salt lake's tourism company enforces this court's
judgment against a travel agency that sold its tickets and kept the money — the agency's account frozen and debited,
执行完毕, archived. An apple cold store's owner enforces a notarised repayment agreement (公证书 and 执行证书 on the
notary's guilloche paper) against a fruit trader: nothing found, 终本. A flat's buyer enforces a judgment for
late-delivery penalties; the developer pays once its unsold flats are sealed — without the window's account form.
The senders' papers carry their printed backgrounds (guilloche, micro-text, repeated logos, a faint letterhead logo),
the court's own are plain; a colour flatbed with automatic colour scanned them."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hf_capture as cap
from dossier.corpus.families.court_hf import APPLE_SEQ, HOUSE_SEQ, LAKE_SEQ, made_on, render
from dossier.corpus.families.court_hf_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def _pixels(sheet: Sheet) -> np.ndarray:
    return np.asarray(sheet.image.convert("RGB"), dtype=np.int16)


def test_court_hf_seqs_lie_in_its_range_and_miss_every_other_familys() -> None:
    ours = family_plans("court_hf")
    seqs = [p.seq for p in ours]
    assert seqs == [LAKE_SEQ, APPLE_SEQ, HOUSE_SEQ] and all(6900 <= s <= 6999 for s in seqs)
    assert all(p.name.startswith(f"court_hf_0{i}_") for i, p in enumerate(ours, 1))
    from dossier.corpus.build import plans

    others = {p.seq for p in plans() if p.family != "court_hf"}
    assert not set(seqs) & others


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_hf_01", "court_hf_02", "court_hf_03"):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）晋0802执69\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
            assert "运城市" in p.address


def test_the_salt_lake_story_in_its_makers_words() -> None:
    c = case_of("court_hf_01")
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "民事判决书" in judgment and "晋0802民初" in judgment and "门票" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", c, random.Random(0), []))
    application = text_of(render("enforcement_application", c, random.Random(0), []))
    assert c.applicant.name in application and "强制执行申请书" in application
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "扣划" in ruling and c.extra["r_acct"] in ruling
    inquiry = render("online_inquiry_result", c, random.Random(0), [])
    assert len(inquiry) == 2 and inquiry[1].starts_document and "协助查询存款回执" in text_of(inquiry[1:])
    slips = text_of(render("payment_voucher", c, random.Random(0), []))
    assert "司法扣划" in slips and c.number in slips and c.extra["in_acct"] in slips
    assert c.filed_on < c.extra["debited"] < c.extra["paid_out"] < made_on(c, "closing_notice") < c.closed_on
    assert made_on(c, "dossier_cover") > c.closed_on and made_on(c, "remarks_sheet") > c.closed_on
    plan = family_plans("court_hf")[0]
    assert plan.stage == "archive" and "settlement_agreement" not in [d.code for d in plan.docs]


def test_the_apple_story_is_a_notarised_debt_closed_by_termination_this_round() -> None:
    c = case_of("court_hf_02")
    assert c.basis_kind == "notarial" and "公证处" in c.basis_court
    deed = render("enforcement_basis", c, random.Random(0), [])
    words = text_of(deed)
    assert len(deed) == 3 and "公　证　书" in words and "赋予债权文书强制执行效力" in words and "苹果" in words
    assert c.basis_number in words and "还款协议" in words
    certificate = text_of(render("effectiveness_certificate", c, random.Random(0), []))
    assert "执　行　证　书" in certificate and c.extra["cert_no"] in certificate
    assert c.basis_effective < c.extra["due"] < c.extra["cert_day"] < c.filed_on
    ttr = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and c.extra["cert_no"] in ttr
    assert (c.closed_on - c.filed_on).days >= 90
    assert "苹果收购点" in text_of(render("investigation_record", c, random.Random(0), []))
    plan = family_plans("court_hf")[1]
    assert plan.method == "terminated_this_round" and plan.complete


def test_the_flat_story_seals_the_developers_flats_and_misses_the_account_form() -> None:
    c = case_of("court_hf_03")
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "逾期交房违约金" in judgment and c.extra["project"] in judgment
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "查封" in ruling and c.extra["sealed"][0] in ruling
    assert c.extra["registry"] in text_of(render("assistance_notice", c, random.Random(0), []))
    deal = text_of(render("settlement_agreement", c, random.Random(0), []))
    assert "执行和解协议" in deal and "解除" in deal
    assert made_on(c, "settlement_agreement") < c.extra["paid_out"] < c.closed_on
    # the account the money went to stands only in the application
    assert c.extra["in_acct"] in text_of(render("enforcement_application", c, random.Random(0), []))
    plan = family_plans("court_hf")[2]
    assert MISSING == "payment_account_confirmation" and not plan.complete
    assert MISSING not in [d.code for d in plan.docs]


def test_a_receipt_is_signed_for_after_what_it_served() -> None:
    for prefix in ("court_hf_01", "court_hf_02", "court_hf_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hf") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_senders_papers_carry_their_printed_backgrounds_and_the_courts_are_plain() -> None:
    lake, apple = case_of("court_hf_01"), case_of("court_hf_02")
    corner = (slice(mm(60), mm(62)), slice(mm(3), mm(40)))  # a strip of margin no text reaches

    def patterned(sheet: Sheet) -> bool:
        a = _pixels(sheet)[corner]
        return bool(a.std() > 4 or (a.max(axis=2) - a.min(axis=2)).mean() > 6)

    notary = render("effectiveness_certificate", apple, random.Random(0), [])[0]
    assert patterned(notary)
    ground = _pixels(notary)[mm(200): mm(210), mm(60): mm(150)]
    assert ground[..., 1].mean() > ground[..., 0].mean(), "the notary's paper is greenish"
    assert all(patterned(s) for s in render("enforcement_basis", apple, random.Random(0), [])[:2])
    slips = render("payment_voucher", lake, random.Random(0), [])[0]
    band = _pixels(slips)[mm(80): mm(90), mm(14): mm(60)]
    assert band.std() > 4, "micro-text and emblems on the bank's tinted paper"
    bill = _pixels(render("fee_receipt", lake, random.Random(0), [])[0])[mm(20): mm(30), mm(16): mm(40)]
    assert bill[..., 0].mean() > bill[..., 2].mean() + 3, "the treasury's pink ground"
    head = _pixels(render("enforcement_application", lake, random.Random(0), [])[0])
    centre = head[mm(140): mm(160), mm(95): mm(115)]
    tinted = (centre[..., 2] - centre[..., 0] > 5) & (centre.min(axis=2) > 180)
    assert tinted.mean() > 0.2, "a large faint logo behind the body"
    for code in ("acceptance_notice", "enforcement_notice", "closing_notice"):
        plain = _pixels(render(code, lake, random.Random(0), [])[0])
        assert (plain[corner] == 255).all(), code
        assert (plain[mm(5): mm(20), :] == 255).all(), code


def _sheet_with_bar(paper: tuple[int, int, int] = (255, 255, 255)) -> Sheet:
    s = Sheet(size=(mm(150), mm(100)), paper=paper)
    s.draw.rectangle((mm(20), mm(40), mm(130), mm(44)), fill=(0, 0, 0))
    s.text(mm(20), mm(60), "盐湖区人民法院执行局", font("serif", 48))
    return s


def test_the_automatic_colour_keeps_patterned_pages_in_colour_and_black_print_grey() -> None:
    plain = _sheet_with_bar()
    assert {cap.plan_capture(random.Random(k), plain).mode for k in range(30)} == {"grey"}
    notary = render("effectiveness_certificate", case_of("court_hf_02"), random.Random(0), [])[0]
    modes = [cap.plan_capture(random.Random(k), notary).mode for k in range(60)]
    assert modes.count("colour") > 40 and "grey" in modes, "now and then a pale pattern is judged grey"
    plans = [cap.plan_capture(random.Random(k), plain) for k in range(300)]
    assert {p.dpi for p in plans} == {200, 240, 300} and not any(p.photo for p in plans)
    assert all(50 <= p.quality <= 85 and abs(p.skew) <= 1.5 for p in plans)
    turned = sum(p.rotation != 0 for p in plans)
    assert 5 < turned < 40 and {p.rotation for p in plans} == {0, 90, 180, 270}


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.mode == ("RGB" if plan.mode == "colour" else "L")
    turned = plan.rotation in (90, 270)
    w, h = round(sheet.width * plan.dpi / 200), round(sheet.height * plan.dpi / 200)
    assert img.size == ((h, w) if turned else (w, h))
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_scanner_keeps_the_pattern_and_the_text_legible_and_fringes_colour() -> None:
    notary = render("effectiveness_certificate", case_of("court_hf_02"), random.Random(0), [])[0]
    _, a = _scan(notary, 5, dpi=200, rotation=0, mode="colour", offset=(0.0, 0.0), skew=0.0, noise=1.5)
    margin = a[mm(60): mm(62), mm(30): mm(60)].mean(axis=2)
    assert margin.std() > 3, "the guilloche survives the scan"
    grey = a.mean(axis=2)
    assert grey.min() < 70 and np.median(grey) > 200, "dark text on a light patterned ground"
    # the colour lamps' misregistration: along a black bar's top edge red leads and blue lags
    _, b = _scan(_sheet_with_bar(), 6, dpi=300, rotation=0, mode="colour", offset=(0.0, 0.0), skew=0.0, noise=0.5,
                 blur=0.3, fringe=0.8, quality=85)
    top = round(40 / 25.4 * 300)
    rows = b[top - 3: top + 3, round(40 / 25.4 * 300): round(100 / 25.4 * 300)].mean(axis=1)
    assert rows[:, 0].sum() < rows[:, 2].sum() - 20, "red shifted up into the paper above the bar"


def test_a_sheet_off_the_glass_corner_shows_the_lid_and_its_edge() -> None:
    s = _sheet_with_bar(paper=(250, 250, 250))
    _, a = _scan(s, 7, dpi=200, rotation=0, mode="grey", offset=(4.0, 4.0), skew=0.0, noise=0.5, white=250.0)
    strip = a[mm(10): mm(50), : mm(2)].mean(axis=2)
    assert abs(strip.mean() - min(255.0, cap.LID[0] * 255 / 250)) < 8
    edge = a[mm(10): mm(50), mm(4) - 2: mm(4) + 3].mean(axis=2).min(axis=1)
    assert edge.mean() < 235, "the paper's edge shadow"
