"""court_iw (甘肃省夏河县人民法院): three dossiers of 夏河. A 牧民专业合作社 enforces this court's judgment for yaks sold to a
临夏 meat trader — his deposit frozen and deducted, paid out, 执行完毕, archived. A 拉卜楞 hotel enforces a 兰州仲裁委员会
award for room charges against a 兰州 travel agency, which pays after the 报告财产令. A herder enforces this court's
民事调解书 for building 网围栏; the contractor pays in three instalments — the herder's 身份证明 never came in. The court's
papers are bilingual (Tibetan beside the Chinese, a bilingual seal); the parties', banks' and tribunal's are Chinese
only. Every page went through the county court's copier: grey 200 dpi JPEG, flat contrast, one faint streak at the
same x, a page now and then turned."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_iw_capture as cap
from dossier.corpus.families.court_iw import made_on, render
from dossier.corpus.families.court_iw_kit import RING_BO, bi_seal
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_iw_01", "court_iw_02", "court_iw_03")


def _tibetan(s: str) -> bool:
    return any("\u0f00" <= ch <= "\u0fff" for ch in s)


def test_court_iw_seqs_lie_in_its_range_and_names_in_order() -> None:
    plans = family_plans("court_iw")
    assert len(plans) == 3 and all(13700 <= p.seq <= 13799 for p in plans)
    assert all(p.name.startswith(f"court_iw_0{i}_") for i, p in enumerate(plans, 1))
    assert [p.stage for p in plans] == ["archive", "closing", "closing"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "甘3027执137" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    yak, fence = case_of("court_iw_01"), case_of("court_iw_03")
    assert yak.applicant.id_number.startswith("93623027"), "a farmers' cooperative's code, registered in 夏河"
    assert fence.applicant.id_number.startswith("623027"), "a 夏河 herder"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    yak, hotel, fence = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", yak, random.Random(0), []))
    assert "民事判决书" in judgment and "甘3027民初" in judgment and "牦牛" in judgment and "判决如下" in judgment
    award = text_of(render("enforcement_basis", hotel, random.Random(0), []))
    assert "兰州仲裁委员会" in award and "兰仲裁字" in award and "裁决如下" in award and "房费" in award
    mediation = text_of(render("enforcement_basis", fence, random.Random(0), []))
    assert "民事调解书" in mediation and "网围栏" in mediation
    ruling = text_of(render("enforcement_ruling", yak, random.Random(0), []))
    assert "执行裁定书" in ruling and "冻结、划拨" in ruling and str(yak.extra["r_acct"]) in ruling
    assert "发生法律效力" in text_of(render("effectiveness_certificate", hotel, random.Random(0), []))
    deal = text_of(render("settlement_agreement", fence, random.Random(0), []))
    assert "执行和解协议" in deal and all(f"{x:,.0f}" in deal for x in fence.extra["instalments"])
    assert sum(fence.extra["instalments"]) == fence.amount


def test_the_courts_papers_are_bilingual_and_the_others_chinese_only() -> None:
    yak = case_of("court_iw_01")
    for code in ("acceptance_notice", "enforcement_ruling", "service_receipt", "closing_approval_form", "dossier_cover",
                 "catalogue", "remarks_sheet", "property_clue_form"):
        sheets = render(code, yak, random.Random(2), ["enforcement_notice"] if code == "service_receipt" else [])
        assert any(_tibetan(line) for line in sheets[0].lines[:8]), (code, sheets[0].lines[:8])
    notice = render("acceptance_notice", yak, random.Random(2), [])
    lines = [line for s in notice for line in s.lines]
    assert sum(len(line) for line in lines if _tibetan(line) and len(line) > 20) > 150, "the body again in Tibetan"
    dated = next(i for i, line in enumerate(lines) if re.fullmatch(r"二〇二四年.+日", line))
    assert any(_tibetan(line) for line in lines[dated + 1:]) and not any(_tibetan(line) for line in lines[4:dated])
    for code in ("enforcement_application", "fee_receipt", "identity_proof", "law_firm_letter", "online_inquiry_result",
                 "payment_voucher"):
        assert not _tibetan(text_of(render(code, yak, random.Random(2), ["respondent"]))), code


def test_papers_are_dated_after_what_they_answer() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_iw") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert made_on(c, "closing_approval_form") < made_on(c, "closing_notice") <= c.closed_on
        assert made_on(c, "payment_voucher") < made_on(c, "closing_approval_form")
        assert made_on(c, "fee_receipt") > made_on(c, "payment_notice") > made_on(c, "enforcement_application")
    fence = case_of("court_iw_03")
    paid = fence.extra["paid"]
    assert made_on(fence, "settlement_agreement") < paid[0] < paid[1] < paid[2]
    slips = render("payment_voucher", fence, random.Random(4), [])
    assert len(slips) == 3 and [s.starts_document for s in slips] == [False, True, True]
    assert [s.lines[-2].endswith(f"{w.year}年{w.month}月{w.day}日") for s, w in zip(slips, paid, strict=True)] == [True] * 3


def test_the_seal_carries_tibetan_round_its_lower_arc() -> None:
    def red_on_lower_arc(bo: str) -> int:
        s = Sheet(size=(mm(60), mm(60)))
        bi_seal(s, s.width / 2, s.height / 2, random.Random(1), bo=bo)
        a = np.asarray(s.image, dtype=np.int16)
        red = a[..., 0] - a[..., 1] > 60
        yy, xx = np.mgrid[0:s.height, 0:s.width]
        r = np.hypot(xx - s.width / 2, yy - s.height / 2)
        band = (r > mm(21) * 0.5) & (r < mm(21) * 0.85) & (yy > s.height / 2 + mm(21) * 0.3)
        return int((red & band).sum())

    assert red_on_lower_arc(RING_BO) > 5 * red_on_lower_arc("") + 300


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CopierScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == 200 and img.format == "JPEG"
    return plan, np.asarray(img, dtype=np.float32)


def _page() -> Sheet:
    s = Sheet(size=(mm(180), mm(120)))
    s.lines.append("x")
    s.image.paste((0, 0, 0), (mm(10), mm(10), mm(40), mm(30)))
    return s


def test_the_dusty_glass_draws_one_faint_streak_at_the_same_x() -> None:
    for seed in (1, 2, 3):
        plan, a = _scan(_page(), seed, rotation=0, skew=0.0, noise=1.0)
        x = round(cap.STREAK_MM / 25.4 * 200)
        cols = a[:, mm(45):].mean(axis=0)
        paper = float(np.median(cols))
        assert 8 < paper - a[:, x].mean() < 35, "faint, not a black line"
        assert abs(paper - a[:, x].mean() - plan.streak) < 6, "as deep as the dust on this page"
        assert abs(int(np.argmin(cols)) + mm(45) - x) <= 2, "the darkest column is the dust's"
        h = a.shape[0]
        assert a[: h // 8, x].mean() < paper - 6 and a[-h // 8:, x].mean() < paper - 6, "the whole height"
        assert a[:, x + mm(5)].mean() > paper - 4, "a narrow line"


def test_the_copier_scans_flat_and_turns_a_page_now_and_then() -> None:
    _, a = _scan(_page(), 5, rotation=0, skew=0.0, noise=1.0)
    black = a[mm(14):mm(26), mm(14):mm(36)].mean()
    paper = float(np.median(a))
    assert 30 < black < 70 and 205 < paper < 236, (black, paper)
    _, turned = _scan(_page(), 5, rotation=90, skew=0.0)
    assert turned.shape[0] > turned.shape[1], "a sheet fed sideways comes out standing"
    _, upside = _scan(_page(), 5, rotation=180, skew=0.0)
    h, w = upside.shape
    assert upside[h - mm(26):h - mm(14), w - mm(36):w - mm(14)].mean() < 80, "the black patch went to the far corner"
    plans = [cap.plan_capture(random.Random(i), _page()) for i in range(300)]
    turns = [p.rotation for p in plans]
    assert {0, 90, 180} <= set(turns) and 0.75 < turns.count(0) / len(turns) < 0.95
    assert all(p.dpi == 200 and not p.photo and abs(p.skew) < 1 for p in plans)
