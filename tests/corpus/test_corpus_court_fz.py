"""court_fz (广东省中山市第一人民法院): three dossiers of 中山. A 古镇 lighting factory enforces this court's judgment
against a Hong Kong trading company, whose papers come in 繁體字 and English — notarised by a 中国委托公证人 and
conveyed — and which settles and remits from Hong Kong (archived). A 小榄 lock maker enforces a 中山仲裁委员会 award
against a shut 大涌 redwood furniture company: nothing found, 终本. A Macau resident enforces a loan judgment against a
石岐 乳鸽 restaurant's owner, who settles and pays — without the 送达地址确认书. The counter clerks photographed most
pages at the sunlit west window: burnt-out highlights on the window side, a warm cast, the phone's hard shadow."""

from __future__ import annotations

import io
import random
import re
from dataclasses import replace
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fz_capture as cap
from dossier.corpus.families.court_fz import made_on, render
from dossier.corpus.families.court_fz_kit import SOURCE
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_fz_01", "court_fz_02", "court_fz_03")


def test_court_fz_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fz")]
    assert len(seqs) == 3 and all(7000 <= s <= 7999 for s in seqs)
    assert not set(seqs) & {7128, 7216, 7463, 7483, 7735, 7815}, "older families' cases in the same range"
    assert all(p.name.startswith(f"court_fz_0{i}_") for i, p in enumerate(family_plans("court_fz"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "粤2071执7" in c.number
        for p in (c.applicant, c.respondent):
            if p.address.startswith("香港"):
                assert re.fullmatch(r"\d{8}", p.id_number), "a Hong Kong 商业登记证 number"
                continue
            if p.address.startswith("澳门"):
                assert re.fullmatch(r"M\d{8}", p.id_number), "a 港澳居民来往内地通行证 number"
                continue
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
            assert p.id_number[2:8] == "442000" or p.id_number[:6] == "442000"


def test_the_hong_kong_company_speaks_in_traditional_characters_and_english() -> None:
    lamp = case_of("court_fz_01")
    assert lamp.respondent.address.startswith("香港")
    ident = text_of(render("identity_proof", lamp, random.Random(0), ["respondent"]))
    assert "公司註冊證明書" in ident and "CERTIFICATE OF INCORPORATION" in ident and "商業登記證" in ident
    assert "中國委託公證人" in ident and lamp.respondent.id_number in ident
    attorney = render("power_of_attorney", lamp, random.Random(0), ["respondent"])
    words = text_of(attorney)
    assert len(attorney) == 2 and "授權委託書" in words and "For and on behalf of" in words
    assert "證明書" in words and "轉遞專用章" in words and lamp.extra["tc_name"] in words
    letter = text_of(render("law_firm_letter", lamp, random.Random(0), ["respondent"]))
    assert "Our Ref" in letter and f"Your Ref: {lamp.number}" in letter and "本客戶" in letter
    # the applicant's own lawyer writes a mainland 律师事务所函 in simplified characters
    own = text_of(render("law_firm_letter", lamp, random.Random(0), []))
    assert "律 师 事 务 所 函" in own and lamp.firm in own
    judgment = text_of(render("enforcement_basis", lamp, random.Random(0), []))
    assert "民 事 判 决 书" in judgment and "粤2071民初" in judgment and "中山港" in judgment and "三十日内" in judgment
    ruling = text_of(render("enforcement_ruling", lamp, random.Random(0), []))
    assert lamp.extra["port_co"] in ruling and "查封" in ruling


def test_the_lock_award_and_the_macau_lender_are_drawn_in_their_makers_words() -> None:
    lock, pigeon = case_of("court_fz_02"), case_of("court_fz_03")
    award = text_of(render("enforcement_basis", lock, random.Random(0), []))
    assert "中山仲裁委员会" in award and "中仲案字" in award and "红木家具" in award and "裁　决　书" in award
    assert "生效" in text_of(render("effectiveness_certificate", lock, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", lock, random.Random(0), []))
    assert "终结本次执行程序" in ttr and lock.extra["tenant"] in ttr
    assert "沙溪" in text_of(render("investigation_record", lock, random.Random(0), []))
    cards = text_of(render("identity_proof", pigeon, random.Random(0), []))
    assert "澳門特別行政區永久性居民身份證" in cards and "港澳居民来往内地通行证" in cards
    assert pigeon.applicant.id_number in cards and pigeon.extra["mo_id"] in cards
    assert "乳鸽" in text_of(render("enforcement_basis", pigeon, random.Random(0), []))
    assert "见证" in text_of(render("power_of_attorney", pigeon, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fz") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_the_bureaus_papers_are_marked_and_the_counters_are_not() -> None:
    lamp = case_of("court_fz_01")
    assert all(s.image.info.get(SOURCE) == "bureau" for s in render("enforcement_notice", lamp, random.Random(0), []))
    assert all(s.image.info.get(SOURCE) is None for s in render("identity_proof", lamp, random.Random(0), ["respondent"]))


def _strip() -> Sheet:
    """A strip of a page: black bars and light-grey hairlines across its whole width."""
    s = Sheet(size=(mm(200), mm(120)))
    s.lines.append("x")
    for k in range(6):
        y = mm(10 + k * 18)
        s.image.paste((20, 20, 20), (mm(5), y, s.width - mm(5), y + mm(3)))
        s.image.paste((150, 150, 150), (mm(5), y + mm(8), s.width - mm(5), y + mm(8.4)))
    return s


def _shoot(sheet: Sheet, shot: cap.CounterShot, seed: int = 1) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, shot, random.Random(seed))))
    assert img.info["dpi"][0] == shot.dpi
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_window_side_burns_out_but_the_print_stays_legible() -> None:
    base = cap.plan_capture(random.Random(2), _strip())
    assert base.photo, "a paper handed in over the counter is photographed"
    shot = replace(base, rotation=0, sun_side="left", glare=0.45, gain=1.55, reach=0.9, shadow=None, blur=0.0, noise=1.0,
                   corners=[(0.01, 0.01)] * 4)
    a = _shoot(_strip(), shot)
    grey = a.mean(axis=2)
    w = grey.shape[1]
    near, far = grey[:, int(w * 0.12): int(w * 0.2)], grey[:, int(w * 0.8): int(w * 0.88)]
    # paper: burnt out on the window side, dimmer on the far side
    assert np.percentile(near, 90) > 248 and np.percentile(far, 90) < np.percentile(near, 90) - 10
    # ink: lifted to grey near the window, still far darker than the paper
    assert np.percentile(near, 3) > np.percentile(far, 3) + 40, "the window side's black is lifted to grey"
    assert np.percentile(near, 90) - np.percentile(near, 3) > 70, "but stays legible"
    # the warm cast: the paper in the light is yellower than white
    paper = a[:, int(w * 0.3): int(w * 0.7)][grey[:, int(w * 0.3): int(w * 0.7)] > 200]
    assert paper[:, 0].mean() > paper[:, 2].mean() + 8


def test_the_phones_shadow_is_hard_edged_dark_and_free_of_glare() -> None:
    base = cap.plan_capture(random.Random(2), _strip())
    bright = replace(base, rotation=0, sun_side="left", glare=0.4, gain=1.5, reach=0.95, blur=0.0, noise=1.0,
                     corners=[(0.01, 0.01)] * 4, shadow=None)
    shaded = replace(bright, shadow=(0.3, 0.6, 0.0, 1.0), shadow_depth=0.6)
    a, b = _shoot(_strip(), bright).mean(axis=2), _shoot(_strip(), shaded).mean(axis=2)
    h, w = a.shape
    patch = (slice(int(h * 0.45), int(h * 0.75)), slice(int(w * 0.25), int(w * 0.35)))
    assert np.median(b[patch]) < np.median(a[patch]) - 50, "the shadow darkens the paper"
    assert np.percentile(b[patch], 2) < np.percentile(a[patch], 2) - 30, "and the glare's lift is gone: black is black"
    row = b[int(h * 0.65), int(w * 0.05): int(w * 0.6)]
    k = round(3 / 25.4 * shaded.dpi)  # the sun's penumbra of a phone held a hand's width above the page: ~2 mm
    assert np.abs(row[k:] - row[:-k]).max() > 70, "a hard edge within 3 mm, not a soft fall-off"


def test_the_capture_mix_photos_at_the_counter_flatbed_for_most_of_the_bureaus_papers() -> None:
    counter = _strip()
    printed = _strip()
    printed.image.info[SOURCE] = "bureau"
    shots = [cap.plan_capture(random.Random(s), counter) for s in range(200)]
    assert all(p.photo and 50 <= p.quality <= 85 and 150 <= p.dpi <= 300 for p in shots)
    turned = [p for p in shots if p.rotation]
    assert 0 < len(turned) < 30 and {p.rotation for p in turned} <= {90, 180, 270}
    assert 40 < sum(p.shadow is not None for p in shots) < 140
    assert {p.sun_side for p in shots} == {"left", "right", "top"}
    ours = [cap.plan_capture(random.Random(s), printed) for s in range(200)]
    flat = [p for p in ours if not p.photo]
    assert 100 < len(flat) < 170 and all(75 <= p.quality <= 90 and abs(p.skew) < 1 for p in flat)
    plain = _shoot(printed, replace(flat[0], grey=True, rotation=0))
    assert plain.shape[1] == round(printed.width * flat[0].dpi / 200), "a flatbed scan: the page alone, no counter"
