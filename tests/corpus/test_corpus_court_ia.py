"""court_ia (云南省保山市隆阳区人民法院): three dossiers of 保山. A 潞江坝 小粒咖啡 cooperative enforces this court's sale
judgment against a roastery — 执行和解, two instalments, 执行完毕. A 腾冲 jade trader enforces a notarised loan (公证书
and the 公证处's 执行证书) against a borrower nobody can find — 终本, archived. A motorbike victim's son enforces his
father's traffic judgment; the rider's wages are withheld and he pays — but no 亲属关系证明 is in the file. The
parties' papers are prints of phone photos of a screen (bezel, desk, pixel grid, moiré, refresh bands); the bureau's
are clean laser scans."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.families import court_ia_capture as cap
from dossier.corpus.families.court_ia import CLOSING, made_on, render
from dossier.corpus.families.court_ia_kit import IaSheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_ia_01", "court_ia_02", "court_ia_03")


def test_court_ia_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_ia")
    assert len(plans) == 3 and all(9700 <= p.seq <= 9799 for p in plans)
    assert all(p.name.startswith(f"court_ia_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "云0502执97" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    coffee = case_of("court_ia_01")
    assert coffee.applicant.id_number.startswith("93530502"), "a farmers' cooperative's code begins 93"


def test_the_filing_window_records_the_son_as_a_relative_and_the_borrower_as_missing() -> None:
    bike, jade = case_of("court_ia_03").case_json(), case_of("court_ia_02").case_json()
    assert bike["applicants"][0]["agent"]["kind"] == "relative"
    assert jade["facts"]["respondent_missing"] is True
    assert case_of("court_ia_01").case_json()["applicants"][0]["agent"]["kind"] == "lawyer"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    coffee, jade, bike = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", coffee, random.Random(0), []))
    assert "民事判决书" in judgment and "云0502民初" in judgment and "小粒咖啡" in judgment
    traffic = text_of(render("enforcement_basis", bike, random.Random(0), []))
    assert "机动车交通事故责任纠纷" in traffic and "摩托车" in traffic
    deed = text_of(render("enforcement_basis", jade, random.Random(0), []))
    assert "公证书" in deed and "赋予债权文书强制执行效力" in deed and jade.basis_number in deed
    cert = text_of(render("effectiveness_certificate", jade, random.Random(0), []))
    assert "执行证书" in cert and jade.extra["cert_number"] in cert and "永昌公证处" in cert
    ttr = text_of(render("termination_this_round_ruling", jade, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "下落不明" in ttr
    assert "下落不明" in text_of(render("whereabouts_unknown_proof", jade, random.Random(0), []))
    assert "系委托人之子" in text_of(render("power_of_attorney", bike, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", bike, random.Random(0), []))
    assert "执行裁定书" in ruling and "扣留、提取" in ruling and bike.extra["employer"] in ruling
    settle = text_of(render("settlement_agreement", coffee, random.Random(0), []))
    one, two = coffee.extra["instalments"]
    assert "执行和解协议" in settle and f"{one:,.2f}" in settle and f"{two:,.2f}" in settle
    assert one + two == coffee.amount


def test_a_receipt_is_dated_after_what_it_served_and_money_after_the_settlement() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ia") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^填发日期：(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    coffee = case_of("court_ia_01")
    first, second = coffee.extra["paid"]
    assert made_on(coffee, "settlement_agreement") <= first < second < made_on(coffee, "closing_notice")
    assert CLOSING["closing_notice"] > 0
    jade = case_of("court_ia_02")
    assert jade.extra["cert_day"] < jade.filed_on < made_on(jade, "termination_this_round_ruling") < jade.closed_on


def test_the_parties_papers_come_by_screen_and_the_bureaus_by_laser() -> None:
    coffee, jade = case_of("court_ia_01"), case_of("court_ia_02")
    for code, c in (("enforcement_application", coffee), ("power_of_attorney", coffee), ("identity_proof", jade),
                    ("fee_receipt", coffee), ("whereabouts_unknown_proof", jade), ("payment_voucher", coffee)):
        sheets = render(code, c, random.Random(0), [])
        assert all(isinstance(s, IaSheet) and s.route == "screen" and s.device in ("monitor", "phone") for s in sheets), code
    for code, c in (("enforcement_notice", coffee), ("enforcement_basis", jade), ("effectiveness_certificate", jade),
                    ("service_receipt", coffee), ("dossier_cover", jade)):
        sheets = render(code, c, random.Random(0), ["acceptance_notice"] if code == "service_receipt" else [])
        assert all(isinstance(s, IaSheet) and s.route == "laser" for s in sheets), code
    payments = render("payment_voucher", coffee, random.Random(0), [])
    assert len(payments) == 2 and payments[1].page_of == (2, 2)


def _blank(route: str, device: str = "monitor") -> IaSheet:
    s = IaSheet(size=(1654 // 2, 2339 // 2), route=route, device=device)  # half an A4 is enough, and quick
    s.lines.append("x")
    return s


def _shoot(sheet: IaSheet, seed: int, **change: object) -> tuple[cap.IaCapture, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


FLAT = dict(rotation=0, skew=0.0, dpi=200, colour=True, glare=(0.5, 0.5, 0.1, 0.0), blur=0.5,
            quad=[0.08, 0.05, 0.92, 0.05, 0.92, 0.95, 0.08, 0.95], viewer=70.0)


def _centre(a: np.ndarray) -> np.ndarray:
    h, w = a.shape
    return a[int(h * 0.38): int(h * 0.62), int(w * 0.38): int(w * 0.62)]


def _peak(profile: np.ndarray, lo: float, hi: float) -> float:
    """The strongest spectral power for periods between lo and hi pixels, over the median power."""
    p = profile - profile.mean()
    power = np.abs(np.fft.rfft(p)) ** 2
    f = np.fft.rfftfreq(len(p))
    band = (f > 1 / hi) & (f < 1 / lo)
    return float(power[band].max() / (np.median(power[1:]) + 1e-9))


def test_a_screen_print_shows_white_margins_a_dark_bezel_and_the_desk() -> None:
    plan, a = _shoot(_blank("screen"), 1, **FLAT)
    m = round(plan.margin_mm / 25.4 * plan.dpi)
    h, w = a.shape
    assert a[: m - 3].mean() > 235 and a[:, : m - 3].mean() > 235, "the printed photo's white margin"
    inside = a[m + 3: h - m - 3, m + 3: w - m - 3]
    assert inside[:, :8].mean() < 200, "the desk beside the monitor is not paper"
    assert (inside < cap.BEZEL + 40).mean() > 0.03, "the monitor's black bezel round the screen"
    assert _centre(a).mean() > 150, "the page on the screen is bright"
    _, laser = _shoot(_blank("laser"), 1, rotation=0, skew=0.0, dpi=200)
    assert laser.min() > 200 and (laser < cap.BEZEL + 40).mean() == 0


def test_refresh_bands_roll_down_the_screen_and_moire_fringes_cross_it() -> None:
    calm = dict(FLAT, moire_depth=0.0)
    _, banded = _shoot(_blank("screen"), 2, **calm, band_depth=0.14, band_period=120.0)
    _, flat = _shoot(_blank("screen"), 2, **calm, band_depth=0.0)
    rows = lambda a: _centre(a).mean(axis=1)  # noqa: E731
    assert _peak(rows(banded), 25, 200) > 200 and _peak(rows(banded), 25, 200) > 5 * _peak(rows(flat), 25, 200)
    quiet = dict(FLAT, band_depth=0.0, moire_angle=0.0, moire_bend=0.0)
    _, fringed = _shoot(_blank("screen"), 3, **quiet, moire_depth=0.16, moire_period=30.0)
    _, plain = _shoot(_blank("screen"), 3, **quiet, moire_depth=0.0)
    cols = lambda a: _centre(a).mean(axis=0)  # noqa: E731
    assert _peak(cols(fringed), 20, 45) > 100 and _peak(cols(fringed), 20, 45) > 5 * _peak(cols(plain), 20, 45)


def test_the_screens_pixel_grid_shows_where_a_laser_scan_is_smooth() -> None:
    quiet = dict(FLAT, band_depth=0.0, moire_depth=0.0, dpi=300, grid_dark=0.5, noise=2.0, blur=0.0)
    _, shot = _shoot(_blank("screen"), 4, **quiet)
    _, scan = _shoot(_blank("laser"), 4, rotation=0, skew=0.0, dpi=300, noise=2.0, blur=0.0)

    def fine(a: np.ndarray) -> float:
        c = _centre(a)
        return float((c - cv2.GaussianBlur(c, (0, 0), 3)).std())

    _, smooth = _shoot(_blank("screen"), 4, **dict(quiet, grid_dark=1.0))  # the same shot with no matrix lines
    assert fine(shot) > 2 * fine(scan) and fine(shot) > 3 * fine(smooth), (fine(shot), fine(scan), fine(smooth))


def test_sheets_are_turned_now_and_then_and_resolutions_stay_in_range() -> None:
    screen, laser = _blank("screen", "phone"), _blank("laser")
    plans = [cap.plan_capture(random.Random(s), screen if s % 2 else laser) for s in range(300)]
    assert {p.rotation for p in plans} >= {0, 90, 180, 270}
    assert 0.02 < sum(p.rotation != 0 for p in plans) / len(plans) < 0.25
    assert all(200 <= p.dpi <= 300 for p in plans)
    assert all(p.photo == (p.route == "screen") for p in plans)
    assert {p.device for p in plans if p.route == "screen"} == {"phone"}
    _, turned = _shoot(_blank("laser"), 5, rotation=90, dpi=200)
    assert turned.shape == (1654 // 2, 2339 // 2), "a portrait sheet turned a quarter lies on its side"
