"""court_df (河北省保定市竞秀区人民法院): three dossiers of 保定's western district. A property company enforces 保定中院's
二审 judgment for a 七一路 shop's unpaid rent against a closed restaurant company: nothing found, 限制消费 and 失信, the
lawyer heard, 终本, archived (cover and catalogue first, the first-instance court's 生效证明书 behind the judgment). A
steel-pipe trader enforces 莲池区法院's 支付令: an account deducted (the bank's 协助扣划回执), the rest paid under a
settlement, 执行完毕. A pedestrian enforces 满城区法院's 调解书 for injuries: 公积金 frozen (the centre's 复函), settled
and paid — without the 结案通知书. Pages go through a 240 dpi colour document scanner with red dropout; the applicant's
uploads are phone screenshots."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import RED, Sheet, mm, seal
from dossier.corpus.families import court_df_capture as cap
from dossier.corpus.families.court_df import made_on, render
from dossier.corpus.families.court_df_papers import mark
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_df_seqs_lie_in_its_range() -> None:
    plans = family_plans("court_df")
    assert len(plans) == 3 and all(21100 <= p.seq <= 21600 for p in plans)
    assert all(p.name.startswith(f"court_df_0{i}_") for i, p in enumerate(plans, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_df_01", "court_df_02", "court_df_03"):
        c = case_of(prefix)
        assert "冀0602执21" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    lease, order, injury = case_of("court_df_01"), case_of("court_df_02"), case_of("court_df_03")
    basis = text_of(render("enforcement_basis", lease, random.Random(0), []))
    assert "河北省保定市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "冀06民终" in basis
    assert "生效证明书" in text_of(render("effectiveness_certificate", lease, random.Random(0), []))
    pay = text_of(render("enforcement_basis", order, random.Random(0), []))
    assert "支付令" in pay and "莲池区人民法院" in pay and "民督" in pay
    med = text_of(render("enforcement_basis", injury, random.Random(0), []))
    assert "民 事 调 解 书" in med and "自愿达成如下协议" in med
    ttr = text_of(render("termination_this_round_ruling", lease, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    reply = render("assistance_notice", order, random.Random(0), [])
    assert reply[-1].starts_document and "协助扣划存款回执" in reply[-1].lines
    fund = render("assistance_notice", injury, random.Random(0), [])
    assert "住房公积金管理中心" in "".join(fund[-1].lines)
    attorney = render("power_of_attorney", lease, random.Random(0), [])
    assert len(attorney) == 2 and "公证员" in "".join(attorney[1].lines)


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_df_01", "court_df_02", "court_df_03"):
        c = case_of(prefix)
        for p in family_plans("court_df"):
            if not p.name.startswith(prefix):
                continue
            for d in p.docs:
                if d.code != "service_receipt":
                    continue
                lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
                got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 1, lines
                assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _sealed() -> Sheet:
    s = Sheet()
    s.text(mm(30), mm(40), "执行通知书", font("serif", 60))
    seal(s, s.width / 2, s.height / 2, "河北省保定市竞秀区人民法院", random.Random(1))
    return s


def _scan(sheet: Sheet, plan: cap.FeedPlan) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(2))))
    if plan.dpi:
        assert img.info["dpi"][0] == plan.dpi
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def test_the_scanner_drops_red_seals_to_pale_pink_at_240_dpi() -> None:
    sheet = _sealed()
    plan = cap.plan_capture(random.Random(0), sheet)
    plan.skew = 0.0
    assert plan.dpi == 240 and not plan.photo and plan.rotation == 0
    a = _scan(sheet, plan)
    assert a.shape[1] == round(sheet.width * 240 / 200)
    h, w = a.shape[:2]
    seal_zone = a[h // 2 - 120: h // 2 + 120, w // 2 - 120: w // 2 + 120]
    red = seal_zone[..., 0] - seal_zone[..., 1]
    tinted = seal_zone[red > 8]
    assert len(tinted) > 200, "the seal still shows, faintly"
    assert tinted[..., 1].mean() > 190, "no deep red is left: the seal is a very pale pink"
    assert RED[1] < 60
    title = a[int(mm(40) * 1.2): int(mm(40) * 1.2) + 70, int(mm(30) * 1.2): int(mm(30) * 1.2) + 300]
    assert title.min() < 80, "black print survives the dropout"


def test_some_pages_are_fed_crooked_one_double_fed_and_halftone_copies_moire() -> None:
    sheet = Sheet()
    sheet.lines.append("x")
    skews = [cap.plan_capture(random.Random(s), sheet).skew for s in range(200)]
    crooked = [abs(k) for k in skews if abs(k) > 1]
    assert 5 <= len(crooked) <= 50 and all(2.0 <= k <= 4.0 for k in crooked)
    fed = Sheet(size=(700, 990))
    mark(fed, "double_fed")
    plan = cap.plan_capture(random.Random(0), fed)
    plan.skew = 0.0
    a = _scan(fed, plan).mean(axis=2)
    h = a.shape[0]
    assert a[-12:, -120:].mean() < a[h // 2, :].mean() - 5, "the next sheet's corner shows at the bottom edge"
    assert a[:h // 2].min() > 200
    tone = Sheet(size=(700, 990))
    tone.draw.rectangle((60, 60, 660, 900), fill=(140, 140, 140))
    mark(tone, "halftone")
    plan = cap.plan_capture(random.Random(0), tone)
    plan.skew = 0.0
    assert plan.moire > 0
    patch = _scan(tone, plan).mean(axis=2)[200:600, 200:600]
    assert patch.std() > 2.0, "the halftone copy beats into a visible pattern"


def test_uploads_are_phone_screenshots_with_a_status_bar() -> None:
    sheet = render("identity_proof", case_of("court_df_03"), random.Random(0), [])[0]
    assert getattr(sheet, "uploaded", False)
    plan = cap.plan_capture(random.Random(4), sheet)
    assert plan.photo and plan.dpi is None
    a = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(4)))).convert("L"), dtype=np.float32)
    assert a.shape == (cap.PHONE[1], cap.PHONE[0])
    bar = a[20:90, :]
    assert bar.mean() < 60 and bar.max() > 200, "white clock and icons on the black status bar"
    middle = a[cap.PHONE[1] // 2 - 200: cap.PHONE[1] // 2 + 200, 200:-200]
    assert middle.mean() > 120, "the paper photo fills the middle"
