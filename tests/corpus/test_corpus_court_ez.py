"""court_ez (福建省漳州市芗城区人民法院): three dossiers of old 漳州. A bulb trader enforces this court's own judgment for
水仙花种球 against a 龙海 horticulture company: its account frozen and deducted, paid, archived (cover and catalogue
first, the 生效证明书 right behind the judgment). A herbal-medicine maker enforces a 漳州仲裁委员会 award against a closed
distributor: nothing found, 限制消费 and 失信, 终本. A shop landlord enforces 漳州中院's 二审 judgment for rent; the tenant
settles and pays — but the lawyer's 执业证 was never uploaded. The parties' papers came in through 网上立案 as phone
photos recompressed by a chat app and the filing platform; the court's own papers were scanned normally."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ez_capture as cap
from dossier.corpus.families.court_ez import made_on, render
from dossier.corpus.families.court_ez_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ez_seqs_lie_in_its_range_and_the_rent_dossier_lacks_its_item() -> None:
    ours = family_plans("court_ez")
    assert len(ours) == 3 and all(47000 <= p.seq <= 47999 for p in ours)
    assert all(p.name.startswith(f"court_ez_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False]
    assert MISSING not in {d.code for d in ours[2].docs} and MISSING in {d.code for d in ours[0].docs}
    archive = [d.code for d in ours[0].docs]
    assert archive[:2] == ["dossier_cover", "catalogue"] and archive[-2:] == ["file_review_form", "remarks_sheet"]
    assert archive[archive.index("enforcement_basis") + 1] == "effectiveness_certificate"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_ez_01", "court_ez_02", "court_ez_03"):
        c = case_of(prefix)
        assert "闽0602执47" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    bulb, award, rent = case_of("court_ez_01"), case_of("court_ez_02"), case_of("court_ez_03")
    judgment = text_of(render("enforcement_basis", bulb, random.Random(0), []))
    assert "福建省漳州市芗城区人民法院" in judgment and "水仙花种球" in judgment and "民事判决书" in judgment.replace(" ", "")
    arbitral = text_of(render("enforcement_basis", award, random.Random(0), []))
    assert "漳州仲裁委员会" in arbitral.replace(" ", "") and award.extra["brand"] in arbitral and "终局裁决" in arbitral
    appeal = text_of(render("enforcement_basis", rent, random.Random(0), []))
    assert "福建省漳州市中级人民法院" in appeal and "驳回上诉，维持原判" in appeal and "闽06民终" in appeal
    ttr = text_of(render("termination_this_round_ruling", award, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    ruling = text_of(render("enforcement_ruling", bulb, random.Random(0), []))
    assert bulb.extra["r_acct"] in ruling and "扣划" in ruling


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for p in family_plans("court_ez"):
        c = case_of(p.name[:11])
        for d in p.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (p.name, d.served, got)


def _quant_mean(img: Image.Image) -> float:
    tables = getattr(img, "quantization", None) or {}
    return float(np.mean(tables[0]))


def _blockiness(a: np.ndarray) -> float:
    """Mean jump across 8-px block borders over the mean jump inside blocks (1 for a smooth image)."""
    d = np.abs(np.diff(a, axis=1))
    cols = np.arange(d.shape[1])
    border = d[:, cols % 8 == 7].mean()
    inside = d[:, cols % 8 != 7].mean()
    return float(border / max(inside, 1e-6))


def test_online_filed_papers_are_small_recompressed_phone_photos() -> None:
    sheet = render("power_of_attorney", case_of("court_ez_03"), random.Random(0), [])[0]
    assert getattr(sheet, "online", False)
    for seed in (0,):
        plan = cap.plan_capture(random.Random(seed), sheet)
        assert plan.photo and 2 <= len(plan.qualities) <= 3 and all(30 <= q <= 50 for q in plan.qualities)
        img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
        assert 1200 <= max(img.size) <= 1320 and 100 <= plan.dpi <= 120
        assert img.info["dpi"][0] == plan.dpi
        assert _quant_mean(img) > 40, "encoded at quality 30-50"
        g = np.asarray(img.convert("L"), dtype=np.float32)
        assert _blockiness(g) > 1.05, "8x8 blocking shows"
        k = 40
        corners = [g[:k, :k].mean(), g[:k, -k:].mean(), g[-k:, :k].mean(), g[-k:, -k:].mean()]
        assert max(corners) - min(corners) > 8 or min(corners) < 200, "uneven light or the table at the edges"


def test_a_screenshot_carries_the_apps_bar_and_seals_bleed() -> None:
    sheet = Sheet()
    sheet.lines.append("x")
    from dossier.corpus.draw import seal

    seal(sheet, sheet.width / 2, sheet.height / 2, "漳州仲裁委员会", random.Random(1))
    setattr(sheet, "online", True)  # noqa: B010
    plan = cap.plan_capture(random.Random(4), sheet)
    plan.strip, plan.corners, plan.light = "top", (0.0,) * 8, (0.0, 0.0, 0.0)
    a = np.asarray(Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(4)))).convert("RGB"), dtype=np.float32)
    top, below = a[:20].std(axis=(0, 1)).mean(), a[:20].mean()
    assert abs(below - a[200:260, 100:400].mean()) > 5 or top > 10, "a bar of the app's interface at the top"
    red = (a[..., 0] - a[..., 1]) > 40
    ys, xs = np.nonzero(red)
    assert len(ys) > 200
    # colour bleeds: pale pinkish pixels round the seal, not just the pure ink
    pink = ((a[..., 0] - a[..., 1]) > 8) & ((a[..., 0] - a[..., 1]) <= 40)
    assert pink[ys.min():ys.max(), xs.min():xs.max()].sum() > 0.3 * red.sum()


def test_the_courts_own_papers_are_scanned_normally() -> None:
    sheet = render("acceptance_notice", case_of("court_ez_01"), random.Random(0), [])[0]
    assert not getattr(sheet, "online", False)
    for seed in range(2):
        plan = cap.plan_capture(random.Random(seed), sheet)
        assert not plan.photo and 200 <= plan.dpi <= 300 and abs(plan.skew) < 1
        img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
        assert img.width == round(sheet.width * plan.dpi / 200)
        assert _quant_mean(img) < 32, "a plain scan at a good JPEG quality"
