"""court_ih (广西壮族自治区凭祥市人民法院): three dossiers of the border town. A Vietnamese 红木 dealer (passport with a
中文译文, no 居民身份证) enforces this court's sale-of-goods judgment — an account frozen and deducted online, 执行完毕;
a cold-chain carrier enforces the 崇左中院's judgment for 火龙果 freight — nothing found, 终本, archived; a 互市 porter's
labour pay under this court's 调解书, enforced by his elder brother, paid after the notice — without the kinship
proof. Copies went through the window's colour copier low on toner (faded bands, roller marks, halftone dots); the
bureau scanned in hard-threshold 1-bit "text" mode at 200 dpi, or in colour at a very low JPEG quality."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families import court_ih_capture as cap
from dossier.corpus.families.court_ih import made_on, render
from dossier.corpus.families.court_ih_kit import is_copied, mark_copied
from dossier.corpus.families.court_ih_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ih_seqs_lie_in_its_range_and_names_follow_the_order() -> None:
    ours = family_plans("court_ih")
    assert len(ours) == 3 and all(10700 <= p.seq <= 10799 for p in ours)
    assert all(p.name.startswith(f"court_ih_0{i}_") for i, p in enumerate(ours, 1))
    others = {p.seq for p in plans() if p.family != "court_ih"}
    assert not others & {p.seq for p in ours}, "no case number shared with another dossier"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ih_01", "court_ih_02", "court_ih_03"):
        c = case_of(prefix)
        assert "桂1481执107" in c.number
        for p in (c.applicant, c.respondent):
            if p.kind == "organisation":
                assert check_credit_code(p.id_number) is None, (prefix, p.name)
            elif len(p.id_number) == 18:
                assert check_id_number(p.id_number) is None, (prefix, p.name)
    dealer = case_of("court_ih_01").applicant
    assert re.fullmatch(r"C\d{7}", dealer.id_number), "a Vietnamese passport number, not a resident ID"


def test_the_vietnamese_dealer_proves_who_he_is_by_passport_and_translation() -> None:
    c = case_of("court_ih_01")
    sheets = render("identity_proof", c, random.Random(0), [])
    assert len(sheets) == 2 and not sheets[1].starts_document
    first, second = text_of(sheets[:1]), text_of(sheets[1:])
    assert "SOCIALIST REPUBLIC OF VIET NAM" in first and c.applicant.id_number in first and "居民身份证" not in first
    assert "P<VNM" in first, "the machine-readable zone"
    assert "护照翻译件" in second and "中文译文" in second and c.applicant.name in second
    assert all(is_copied(s) for s in sheets), "copies come through the window's copier"
    attorney = text_of(render("power_of_attorney", c, random.Random(0), []))
    assert "GIẤY ỦY QUYỀN" in attorney and str(c.extra["latin"]).title() in attorney


def test_each_story_is_drawn_in_its_makers_words() -> None:
    wood, fruit, porter = case_of("court_ih_01"), case_of("court_ih_02"), case_of("court_ih_03")
    judgment = text_of(render("enforcement_basis", wood, random.Random(0), []))
    assert "民事判决书" in judgment and "桂1481民初" in judgment and "红木" in judgment
    ruling = text_of(render("enforcement_ruling", wood, random.Random(0), []))
    assert "执行裁定书" in ruling and wood.extra["r_acct"] in ruling and "划拨" in ruling
    inquiry = text_of(render("online_inquiry_result", wood, random.Random(0), []))
    assert "已扣划" in inquiry and "网络执行查控" in inquiry
    zy = text_of(render("enforcement_basis", fruit, random.Random(0), []))
    assert "崇左市中级人民法院" in zy and "桂14民初" in zy and "火龙果" in zy
    assert "发生法律效力" in text_of(render("effectiveness_certificate", fruit, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", fruit, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "指定本院执行" in ttr
    mediation = text_of(render("enforcement_basis", porter, random.Random(0), []))
    assert "民事调解书" in mediation and "自愿达成如下协议" in mediation and "判决如下" not in mediation
    attorney = text_of(render("power_of_attorney", porter, random.Random(0), []))
    assert "兄弟" in attorney and porter.agent in attorney and "户口簿" in attorney


def test_the_brother_acts_as_a_relative_and_his_proof_is_what_is_missing() -> None:
    porter = case_of("court_ih_03")
    agent = porter.case_json()["applicants"][0]["agent"]
    assert agent["kind"] == "relative" and agent["name"] == porter.agent
    assert porter.agent[0] == porter.applicant.name[0], "brothers share the surname"
    assert case_of("court_ih_01").case_json()["applicants"][0]["agent"]["kind"] == "lawyer"
    codes = {d.code for d in family_plans("court_ih")[2].docs}
    assert MISSING == "kinship_proof" and MISSING not in codes and "power_of_attorney" in codes
    assert not {"law_firm_letter", "lawyer_license"} & codes


def test_papers_are_dated_in_order() -> None:
    for prefix in ("court_ih_01", "court_ih_02", "court_ih_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ih") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    wood, porter = case_of("court_ih_01"), case_of("court_ih_03")
    assert made_on(wood, "enforcement_ruling") <= wood.extra["pay_day"] < made_on(wood, "payment_voucher") < wood.closed_on
    assert made_on(porter, "enforcement_notice") < porter.extra["pay_day"] < made_on(porter, "closing_notice")
    fruit = case_of("court_ih_02")
    assert (fruit.closed_on - fruit.filed_on).days >= 90
    assert made_on(fruit, "closing_approval_form") < fruit.closed_on < made_on(fruit, "dossier_cover")


# --- capture: measured on pixels ---------------------------------------------------------------------------


def _strip(h_mm: float = 120) -> Sheet:
    s = Sheet(size=(mm(180), mm(h_mm)))
    s.lines.append("x")
    return s


def _plan(sheet: Sheet, seed: int = 1, **change: object) -> cap.BorderScan:
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.rotation, plan.skew, plan.noise = 0, 0.0, 0.0
    for k, v in change.items():
        setattr(plan, k, v)
    return plan


def _grab(sheet: Sheet, plan: cap.BorderScan) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(5))))
    assert img.info["dpi"][0] == plan.dpi
    return np.asarray(img.convert("L"), dtype=np.float32)


def test_text_mode_is_one_hard_threshold_at_200_dpi() -> None:
    s = _strip()
    s.image.paste((120, 120, 120), (0, mm(20), s.width, mm(40)))
    s.image.paste((200, 200, 200), (0, mm(60), s.width, mm(80)))
    a = _grab(s, _plan(s, mode="bw", dpi=200, threshold=160.0, copied=False, quality=80))
    assert a.shape == (s.height, s.width)
    assert ((a > 60) & (a < 195)).mean() < 0.01, "black and white only (up to JPEG ringing)"
    assert a[mm(25):mm(35)].mean() < 30 and a[mm(65):mm(75)].mean() > 225, "one threshold: grey falls to one side"


def test_a_seal_turns_to_a_black_blot_or_vanishes() -> None:
    s = _strip()
    seal(s, mm(90), mm(60), "广西壮族自治区凭祥市人民法院", random.Random(2))
    rgb = np.asarray(s.image, dtype=np.int16)
    red = (rgb[..., 0] - rgb[..., 1]) > 60
    assert red.sum() > 2000
    blot = _grab(s, _plan(s, mode="bw", dpi=200, threshold=185.0, copied=False, quality=80))
    gone = _grab(s, _plan(s, mode="bw", dpi=200, threshold=75.0, copied=False, quality=80))
    assert (blot[red] < 128).mean() > 0.9, "a high threshold prints the seal solid black"
    assert (gone[red] < 128).mean() < 0.1, "a low one drops it"


def _blockiness(a: np.ndarray) -> float:
    d = np.abs(np.diff(a, axis=1))
    at = d[:, 7::8].mean()
    inside = np.delete(d, np.s_[7::8], axis=1).mean()
    return float(at / inside)


def test_colour_pages_are_saved_so_low_that_8x8_blocks_show() -> None:
    s = _strip()
    xx = np.linspace(0, 1, s.width)[None, :, None]
    yy = np.linspace(0, 1, s.height)[:, None, None]
    grain = np.random.default_rng(0).normal(0, 8, (s.height, s.width, 1))
    ramp = (90 + 120 * xx * yy + 30 * np.sin(yy * 40)) * np.ones((1, 1, 3)) + grain
    s.image = Image.fromarray(np.clip(ramp, 0, 255).astype(np.uint8))
    low = _grab(s, _plan(s, mode="colour", dpi=200, quality=10, copied=False))
    high = _grab(s, _plan(s, mode="colour", dpi=200, quality=95, copied=False))
    assert _blockiness(low) > 2.5 and _blockiness(high) < 1.3, "block edges stand out only at low quality"
    img = Image.open(io.BytesIO(cap.capture(s, _plan(s, mode="colour", dpi=150, quality=12, copied=False),
                                            random.Random(1))))
    assert img.mode == "RGB" and img.width == round(s.width * 150 / 200)


def test_the_starved_copier_fades_bands_and_leaves_roller_marks() -> None:
    s = _strip(150)
    s.image.paste((0, 0, 0), (0, mm(20), s.width, mm(40)))
    plan = _plan(s, copied=True, density=0.95, bands=[(0.5, 0.1, 0.7)], roller_dark=80.0, roller_phase=80.0,
                 roller_x=(0.2, 0.7), specks=0.0)
    out = cap.copy(np.asarray(s.image, dtype=np.float32), plan, np.random.default_rng(0)).mean(axis=2)
    w = s.width
    black = out[mm(22):mm(38)]
    assert black[:, int(0.48 * w):int(0.52 * w)].mean() > black[:, int(0.1 * w):int(0.2 * w)].mean() + 80, "a faded band"
    row = round(80 / 25.4 * 200)
    tyre = slice(int(0.2 * w) + 5, int(0.2 * w) + 40)
    assert out[row, tyre].mean() < 255 - 50, "a roller mark at its place"
    assert out[row, int(0.5 * w):int(0.6 * w)].mean() > 245, "only under the tyre"
    again = row + round(cap.ROLLER_MM / 25.4 * 200)
    assert out[again, tyre].mean() < 255 - 50 and out[(row + again) // 2, tyre].mean() > 245, "repeating down the page"


def test_the_copier_screens_mid_tones_into_dots() -> None:
    s = _strip()
    s.image.paste((170, 170, 170), (0, mm(20), s.width, mm(60)))
    plan = _plan(s, copied=True, density=0.9, bands=[], roller_dark=0.0, specks=0.0)
    out = cap.copy(np.asarray(s.image, dtype=np.float32), plan, np.random.default_rng(0)).mean(axis=2)
    patch = out[mm(25):mm(55), mm(10):mm(170)]
    assert patch.std() > 40, "dots and gaps, not an even grey"
    assert (patch > 230).mean() > 0.15 and (patch < 120).mean() > 0.3, "toner dots on white paper"
    assert ((patch >= 120) & (patch <= 230)).mean() < 0.1, "hardly any pixel in between"
    plain = np.asarray(s.image, dtype=np.float32).mean(axis=2)[mm(25):mm(55), mm(10):mm(170)]
    assert plain.std() < 1, "the original was an even grey"


def test_the_plan_mixes_modes_and_turns_a_few_pages() -> None:
    plain, copied = _strip(60), _strip(60)
    mark_copied(copied)
    ps = [cap.plan_capture(random.Random(k), plain) for k in range(300)]
    assert {p.mode for p in ps} == {"bw", "colour"} and all(not p.copied and not p.bands for p in ps)
    assert all(p.dpi == 200 for p in ps if p.mode == "bw") and all(p.quality <= 22 for p in ps if p.mode == "colour")
    turned = sum(p.rotation != 0 for p in ps)
    assert 5 < turned < 60 and not any(p.photo for p in ps)
    cs = [cap.plan_capture(random.Random(k), copied) for k in range(50)]
    assert all(p.copied and 1 <= len(p.bands) <= 3 for p in cs)
    a = _grab(plain, _plan(plain, mode="bw", dpi=200, rotation=90, copied=False, quality=80))
    assert a.shape == (plain.width, plain.height)
