"""court_dw (浙江省绍兴市越城区人民法院): three dossiers of old 绍兴. A 黄酒 brewery enforces 绍兴中院's 二审 judgment against a
上虞 wine trader: the trader's account frozen and deducted, the rest paid under a settlement, closed 执行完毕 and archived
(cover and catalogue first, the 生效证明书 right behind the judgment). A 印染 mill enforces a 绍兴仲裁委员会 award for
加工费 against a shut 柯桥 cloth trader: nothing found, 限制消费 and 失信, the applicant's lawyer heard, 终本. A 民间借贷
mediated in this court is paid in two instalments — but the volume lacks the 结案通知书. Every page lives in the court's
e-dossier system, downsampled to 110–130 dpi grey JPEG of quality 35–45, framed in light grey and stamped 第 n 页."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_dw_capture as cap
from dossier.corpus.families.court_dw import made_on, render
from dossier.corpus.families.court_dw_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_dw_01", "court_dw_02", "court_dw_03")


def test_court_dw_seqs_lie_in_its_range_and_one_dossier_is_archived() -> None:
    plans = family_plans("court_dw")
    assert len(plans) == 3 and all(36500 <= p.seq <= 36999 for p in plans)
    assert all(p.name.startswith(f"court_dw_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.complete for p in plans] == [True, True, False]
    archived = [p for p in plans if p.stage == "archive"]
    assert len(archived) == 1
    codes = [d.code for d in archived[0].docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-2:] == ["file_review_form", "remarks_sheet"]
    assert codes[codes.index("enforcement_basis") + 1] == "effectiveness_certificate"
    assert MISSING not in [d.code for d in plans[2].docs] and MISSING in [d.code for d in plans[0].docs]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.search(r"浙0602执36[5-9]\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    wine, dye, loan = (case_of(p) for p in PREFIXES)
    basis = text_of(render("enforcement_basis", wine, random.Random(0), []))
    assert "浙江省绍兴市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "加饭酒" in basis
    award = text_of(render("enforcement_basis", dye, random.Random(0), []))
    assert "绍兴仲裁委员会" in award and "加工费" in award and "裁决如下" in award
    mediation = text_of(render("enforcement_basis", loan, random.Random(0), []))
    assert "民 事 调 解 书" in mediation and "民间借贷" in mediation and "本院予以确认" in mediation
    ttr = text_of(render("termination_this_round_ruling", dye, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", wine, random.Random(0), []))
    assert "执行裁定书" in ruling and wine.extra["r_acct"] in ruling and "划拨" in ruling
    assert "居民身份证" in text_of(render("identity_proof", loan, random.Random(0), []))
    assert "营 业 执 照" in text_of(render("identity_proof", wine, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dw") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _stored(sheet: Sheet, rng: random.Random) -> tuple[cap.Stored, Image.Image]:
    plan = cap.plan_capture(rng, sheet)
    return plan, Image.open(io.BytesIO(cap.capture(sheet, plan, rng)))


def test_the_system_keeps_a_small_grey_heavily_compressed_copy() -> None:
    sheet = render("enforcement_notice", case_of("court_dw_02"), random.Random(0), [])[0]
    rng = random.Random(11)
    plan, img = _stored(sheet, rng)
    assert img.mode == "L" and 110 <= plan.dpi <= 130 and 35 <= plan.quality <= 45
    assert plan.rotation == 0 and not plan.photo
    assert img.info["dpi"][0] == plan.dpi and img.width == round(sheet.width * plan.dpi / 200)
    q = img.quantization[0]  # type: ignore[attr-defined]
    assert 17 <= q[0] <= 24, "the luminance table of a quality 35–45 JPEG"
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape
    mid = a[h // 4: 3 * h // 4, w // 5: 4 * w // 5]
    assert np.percentile(mid, 95) > 215 and np.percentile(mid, 0.1) < 130, "soft dark strokes on a light page"
    assert 190 <= a[2, w // 2] <= 235 and a[2, w // 2] < np.percentile(mid, 95) - 8, "a faint light-grey border"


def test_fine_rules_break_up_and_the_pages_are_numbered_in_order() -> None:
    sheet = Sheet()
    sheet.lines.append("x")
    y = sheet.height // 2
    sheet.line(100, y, sheet.width - 100, y, width=1)
    rng = random.Random(4)
    plan, img = _stored(sheet, rng)
    a = np.asarray(img, dtype=np.float32)
    ys = round(y * plan.dpi / 200)
    band = a[ys - 3: ys + 4, 80: a.shape[1] - 80].min(axis=0)
    assert band.min() < 200, "the rule is still there"
    assert band.max() - band.min() > 25, "but uneven along its length: it breaks up"
    assert np.median(band) > 90, "and never solid black"
    numbers = [cap.plan_capture(rng, sheet).number for _ in range(3)]
    assert numbers == [plan.number + 1, plan.number + 2, plan.number + 3]
    assert cap.plan_capture(random.Random(4), sheet).number == 1, "a new volume starts at 第 1 页"
