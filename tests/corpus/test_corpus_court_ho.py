"""court_ho (新疆维吾尔自治区伊宁市人民法院): three dossiers of 伊宁. A dried-fruit and 薰衣草精油 trader enforces this court's
judgment against a 喀赞其 shop's keeper, who settles and pays; a 小额贷款 company enforces a notarised loan to a Kazakh
herdsman (公证书 and 执行证书), the herdsman gone — 终本, archived; a labour subcontractor's judgment for 工程款 against the
general contractor, paid by a debit of its account — without the applicant's 收取案款确认书. Bilingual papers (Uyghur
over Chinese), bilingual seals and ID cards; an old colour flatbed whose lamp fails toward one side, colour rows out of
step, a yellow cast, moiré on the screened letterheads."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ho_capture as cap
from dossier.corpus.families.court_ho import made_on, render, uy_spelling
from dossier.corpus.families.court_ho_kit import SCREEN, halftone, letterhead, ug_font, ug_width
from dossier.corpus.families.court_ho_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_ho_01", "court_ho_02", "court_ho_03")


def test_seqs_lie_in_the_range_and_the_names_are_numbered() -> None:
    ours = family_plans("court_ho")
    assert sorted(p.seq for p in ours) == [5517, 5543, 5568]
    assert all(p.name.startswith(f"court_ho_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "payment_account_confirmation"
    assert [p.basis_kind for p in ours] == ["judgment", "notarial", "judgment"]


def test_the_parties_carry_valid_numbers_the_court_code_and_local_names() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "（2024）新4002执55" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
            if p.kind == "person":
                assert p.id_number.startswith("6540"), "an 伊犁 ID number"
                assert "·" in p.name and uy_spelling(p.name), "a transliterated name with its Uyghur spelling"
    assert case_of("court_ho_02").respondent.id_number.startswith("654021"), "the herdsman is from 伊宁县"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    fruit, herd, build = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", fruit, random.Random(0), []))
    assert "民事判决书" in judgment and "新4002民初" in judgment and "薰衣草精油" in judgment and "判决如下" in judgment
    deed = text_of(render("enforcement_basis", herd, random.Random(0), []))
    assert "公证书" in deed and "强制执行效力" in deed and herd.extra["loan_no"] in deed and "基础母羊" in deed
    cert = text_of(render("effectiveness_certificate", herd, random.Random(0), []))
    assert "执行证书" in cert and herd.extra["cert_no"] in cert and "伊宁市公证处" in cert
    ttr = text_of(render("termination_this_round_ruling", herd, random.Random(0), []))
    assert "执 行 裁 定 书" in ttr and "终结本次执行程序。" in ttr and "下落不明" in ttr
    assert "下落不明" in text_of(render("whereabouts_unknown_proof", herd, random.Random(0), []))
    ruling = text_of(render("enforcement_ruling", build, random.Random(0), []))
    assert "执 行 裁 定 书" in ruling and build.extra["r_acct"] in ruling and "裁定如下" in ruling
    assert "劳务分包" in text_of(render("enforcement_basis", build, random.Random(0), []))
    application = text_of(render("enforcement_application", build, random.Random(0), []))
    assert build.extra["in_acct"] in application, "the account the window took instead of the confirmation form"
    assert fruit.extra["shop"] in judgment
    assert "执行和解协议" in text_of(render("settlement_agreement", fruit, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served_and_the_money_after_it_came_in() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ho") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on
        if prefix != "court_ho_02":
            assert made_on(c, "payment_voucher") > c.extra["pay_day"] and made_on(c, "closing_notice") > made_on(c, "payment_voucher")
    fruit = case_of("court_ho_01")
    assert made_on(fruit, "settlement_agreement") < fruit.extra["pay_day"]


def test_the_uyghur_lines_render_as_joined_arabic_script() -> None:
    """The Uyghur face has the Uyghur letters (not the .notdef box) and raqm joins them right to left."""
    f = ug_font(40)
    notdef = np.asarray(f.getmask("\ue000"))
    for ch in "ۇېىڭۋە":
        assert not np.array_equal(np.asarray(f.getmask(ch)), notdef), ch
    word = "سوت"
    assert ug_width(word, f) < sum(ug_width(ch, f) for ch in word), "joined letters take less room than isolated ones"
    s = Sheet()
    y = letterhead(s)
    a = np.asarray(s.image.convert("L"), dtype=np.float32)
    top = a[mm(24):mm(33), mm(60):s.width - mm(60)]
    assert (top < 100).mean() > 0.01, "a dark Uyghur line over the Chinese court name"
    assert "新疆维吾尔自治区伊宁市人民法院" in s.lines and y > mm(50)


def test_the_courts_seal_is_red_and_round() -> None:
    fruit = case_of("court_ho_01")
    sheet = render("acceptance_notice", fruit, random.Random(2), [])[-1]
    a = np.asarray(sheet.image, dtype=np.int16)
    red = (a[..., 0] > 150) & (a[..., 1] < 120) & (a[..., 2] < 130)
    _, xs = np.nonzero(red[mm(60):])
    assert len(xs) > 3000, "a red seal on the last page"
    assert xs.mean() > sheet.width / 2, "the seal stands with the date on the right"


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    assert img.width == round((sheet.height if plan.rotation in (90, 270) else sheet.width) * plan.dpi / 200)
    return plan, np.asarray(img, dtype=np.float32)


def _strip() -> Sheet:
    s = Sheet(size=(mm(180), mm(120)))
    s.lines.append("x")
    return s


def test_the_failing_lamp_darkens_the_right_side_and_the_glass_casts_yellow() -> None:
    _, a = _scan(_strip(), 1, dpi=150, rotation=0, skew=0.0, falloff=0.3, knee=0.4, noise=1.0)
    grey = a.mean(axis=2)
    w = grey.shape[1]
    left, right = grey[:, : w // 8].mean(), grey[:, -w // 16:].mean()
    assert left - right > 35, (left, right)
    mid = grey[:, w // 4]
    assert abs(mid.mean() - left) < 6, "the strong end stays bright up to the knee"
    r, g, b = (a[:, : w // 4, k].mean() for k in range(3))
    assert r > g > b and r - b > 25, (r, g, b)


def test_the_colour_rows_are_out_of_step_along_the_scan() -> None:
    s = _strip()
    s.draw.rectangle((mm(20), mm(50), mm(160), mm(70)), fill=(0, 0, 0))
    for shift in (1, 2):
        _, a = _scan(s, 2, dpi=200, rotation=0, skew=0.0, shift=shift, noise=0.5, blur=0.3, falloff=0.0)
        col = a[:, a.shape[1] // 2]
        red, green, blue = (int(np.argmax(col[:, k] < 128)) for k in range(3))
        assert blue - red == 2 * shift and abs(green - mm(50)) <= 1, (red, green, blue)


def test_a_screened_letterhead_beats_with_the_sampling_and_a_flat_tint_does_not() -> None:
    def beat(sheet: Sheet) -> float:
        _, a = _scan(sheet, 3, dpi=180, rotation=0, skew=0.0, noise=0.0, blur=0.3, shift=0, falloff=0.0)
        band = a[mm(12) * 180 // 200: mm(48) * 180 // 200, :, 1].mean(axis=0)
        smooth = np.convolve(band, np.ones(9) / 9, mode="valid")
        return float(smooth.std())
    screened = _strip()
    halftone(screened, (0, 0, screened.width, screened.height), SCREEN, cover=0.18)
    mean = np.asarray(screened.image, dtype=np.float32).mean(axis=(0, 1))
    flat = _strip()
    flat.image.paste((int(mean[0]), int(mean[1]), int(mean[2])), (0, 0, flat.width, flat.height))
    assert beat(screened) > 1.0 > beat(flat) + 0.5


def test_now_and_then_a_page_lies_turned_and_the_settings_stay_in_range() -> None:
    s = _strip()
    s.draw.rectangle((0, 0, mm(30), mm(20)), fill=(0, 0, 0))
    _, a = _scan(s, 4, dpi=200, rotation=180, skew=0.0, noise=0.5, falloff=0.0)
    assert a[-mm(10):, -mm(20):].mean() < 80 and a[: mm(10), : mm(20)].mean() > 150, "upside down: the corner moved"
    _, b = _scan(s, 4, rotation=90, skew=0.0)
    assert b.shape[0] > b.shape[1]
    plans = [cap.plan_capture(random.Random(k), s) for k in range(300)]
    turned = sum(p.rotation != 0 for p in plans)
    assert 3 <= turned <= 40 and {p.rotation for p in plans} <= {0, 90, 180, 270}
    assert all(150 <= p.dpi <= 240 and 55 <= p.quality <= 80 and not p.photo and p.shift in (1, 2) for p in plans)
