"""court_id (吉林省延吉市人民法院, 연길시인민법원): a lender enforces a loan notarised by the 延吉市公证处 (公证书 and 执行证书)
against a 冷面 house's owner, who settles in Korean and Chinese and pays; a ginseng cooperative enforces 延边中院's appeal
judgment against a trader with nothing left (终本, archived); an old mother enforces this court's 赡养费 judgment herself,
her son's wages withheld at his employer — without her ID card copy. Bilingual papers, Hangul over Chinese; every page
went through a high-speed scanner with red drop-out and despeckle, each paper at its own size."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.families import court_id_capture as cap
from dossier.corpus.families.court_id import made_on, render
from dossier.corpus.families.court_id_kit import A4L, A5, K16, RULE_RED
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

HANGUL = re.compile("[\uac00-\ud7a3]")


def test_court_id_seqs_lie_in_its_range_and_its_names_run_in_order() -> None:
    ours = family_plans("court_id")
    assert len(ours) == 3 and all(10000 <= p.seq <= 10099 for p in ours)
    assert all(p.name.startswith(f"court_id_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_id_01", "court_id_02", "court_id_03"):
        c = case_of(prefix)
        assert "吉2401执100" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_id_02").applicant.id_number.startswith("93"), "a farmers' cooperative's code"


def test_the_old_mother_filed_herself() -> None:
    elder = case_of("court_id_03")
    data = elder.case_json()
    assert "agent" not in data["applicants"][0]
    assert "agent" in case_of("court_id_01").case_json()["applicants"][0]
    plan = next(p for p in family_plans("court_id") if p.name.startswith("court_id_03"))
    assert not {"power_of_attorney", "law_firm_letter", "lawyer_license", "identity_proof"} & {d.code for d in plan.docs}


def test_each_story_is_drawn_in_its_makers_words() -> None:
    noodle, ginseng, elder = case_of("court_id_01"), case_of("court_id_02"), case_of("court_id_03")
    deed = text_of(render("enforcement_basis", noodle, random.Random(0), []))
    assert "公证书" in deed and "强制执行效力" in deed and "吉延证经字" in deed and noodle.extra["shop"] in deed
    cert = text_of(render("effectiveness_certificate", noodle, random.Random(0), []))
    assert "执行证书" in cert and "吉延证执字" in cert and f"{noodle.amount:,.2f}" in cert
    appeal = text_of(render("enforcement_basis", ginseng, random.Random(0), []))
    assert "民事判决书" in appeal and "吉24民终" in appeal and "驳回上诉，维持原判" in appeal and "人参" in appeal
    assert "延边朝鲜族自治州中级人民法院" in appeal and HANGUL.search(appeal)
    in_effect = text_of(render("effectiveness_certificate", ginseng, random.Random(0), []))
    assert "生效证明书" in in_effect and "发生法律效力" in in_effect and ginseng.extra["first_no"] in in_effect
    maint = text_of(render("enforcement_basis", elder, random.Random(0), []))
    assert "赡养费" in maint and "吉2401民初" in maint
    ttr = text_of(render("termination_this_round_ruling", ginseng, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "집행재정서" in ttr
    withhold = text_of(render("assistance_notice", elder, random.Random(0), []))
    assert "协助执行通知书" in withhold and elder.extra["employer"] in withhold and "工资" in withhold


def test_court_papers_are_bilingual_with_the_chinese_complete() -> None:
    c = case_of("court_id_02")
    for code, title in (("enforcement_notice", "执行通知书"), ("property_report_order", "报告财产令"),
                        ("dishonest_list_decision", "决定书"), ("service_receipt", "送达回证")):
        sheets = render(code, c, random.Random(1), ["enforcement_notice"] if code == "service_receipt" else [])
        lines = sheets[0].lines
        assert "연길시인민법원" in "".join(lines) and any(title in line for line in lines), code
        assert c.number in "".join(lines)


def test_the_korean_papers_have_their_chinese_text_behind_them() -> None:
    elder, noodle = case_of("court_id_03"), case_of("court_id_01")
    ko, zh = render("enforcement_application", elder, random.Random(0), [])
    assert HANGUL.search("".join(ko.lines)) and "집행신청서" in "".join(ko.lines).replace(" ", "")
    assert zh.starts_document and "执行申请书" in zh.lines[0] and "译者声明" in "".join(zh.lines)
    assert not HANGUL.search("".join(zh.lines))
    kos, zhs = render("settlement_agreement", noodle, random.Random(0), [])
    assert "집행화해협의서" in kos.lines[0] and zhs.starts_document and "执行和解协议" in "".join(zhs.lines)


def test_papers_come_in_their_own_sizes() -> None:
    c = case_of("court_id_02")
    assert render("service_receipt", c, random.Random(0), ["acceptance_notice"])[0].size == K16
    assert render("fee_receipt", c, random.Random(0), [])[0].size == A5
    assert render("online_inquiry_result", c, random.Random(0), [])[0].size == A4L
    assert render("law_firm_letter", c, random.Random(0), [])[0].size == A5
    assert all(s.size == K16 for s in render("interview_record", c, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served_and_money_follows_the_settlement() -> None:
    for prefix in ("court_id_01", "court_id_02", "court_id_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_id") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert made_on(c, "closing_approval_form") < c.closed_on
    noodle = case_of("court_id_01")
    assert made_on(noodle, "settlement_agreement") < noodle.extra["pay_day"] <= made_on(noodle, "payment_voucher")


def _scan(sheet: Sheet, seed: int = 1, **change: object) -> np.ndarray:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in {"rotation": 0, "skew": 0.0, "noise": 1.0, "dpi": 200, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    assert (img.width, img.height) == (round(sheet.width * plan.dpi / 200), round(sheet.height * plan.dpi / 200))
    return np.asarray(img, dtype=np.float32)


def test_red_drop_out_takes_seals_and_red_rules_and_leaves_holes_in_the_black_under_a_seal() -> None:
    s = Sheet(size=(mm(120), mm(90)))
    s.image.paste(INK, (mm(10), mm(30), mm(110), mm(50)))          # a black bar
    s.line(mm(10), mm(70), mm(110), mm(70), width=5, fill=RULE_RED)   # a red rule
    s.line(mm(10), mm(80), mm(110), mm(80), width=5)                  # a black rule
    seal(s, mm(60), mm(40), "吉林省延吉市人民法院", random.Random(2), radius=mm(18))
    alone = Sheet(size=s.size)  # the same seal on white paper: where its ink lies
    seal(alone, mm(60), mm(40), "吉林省延吉市人民法院", random.Random(2), radius=mm(18))
    ink = np.asarray(alone.image, dtype=np.int16)
    sealed = ink[..., 0] - np.maximum(ink[..., 1], ink[..., 2]) > 60
    for mode in ("grey", "bw"):
        a = _scan(s, mode=mode, ghost=0.05, thin=0.0)
        rule, black = a[mm(69):mm(71), mm(15):mm(105)], a[mm(79):mm(81), mm(15):mm(105)]
        assert rule.mean(axis=1).min() > 225 and black.mean(axis=1).min() < 90, (mode, rule.mean(), black.mean())
        bar = np.zeros(a.shape, bool)
        bar[mm(31):mm(49), mm(11):mm(109)] = True
        under = bar & sealed
        assert under.sum() > 500
        assert a[under].mean() > 170, "holes where the seal's ink lay over the black"
        assert a[bar & ~sealed].mean() < 90, "the rest of the bar stays black"
        ring = sealed.copy()
        ring[mm(29):mm(51)] = False
        assert a[ring].mean() > 225, "the seal beside the text is gone"


def test_despeckle_eats_small_specks_and_thins_strokes() -> None:
    s = Sheet(size=(mm(100), mm(60)))
    for k in range(6):
        x = mm(10 + 10 * k)
        s.draw.ellipse((x, mm(10), x + mm(0.6), mm(10.6)), fill=INK)  # dust and full stops
    s.draw.rectangle((mm(10), mm(30), mm(14), mm(34)), fill=INK)       # a solid blot survives
    s.draw.rectangle((mm(50), mm(25), mm(50) + 7, mm(55)), fill=INK)   # a stroke 8 px wide
    for mode in ("grey", "bw"):
        a = _scan(s, mode=mode, speck_mm2=0.4, thin=0.9, threshold=160.0)
        assert a[mm(8):mm(13), mm(8):mm(72)].min() > 200, "the specks are wiped"
        assert a[mm(31):mm(33), mm(11):mm(13)].mean() < 80, "the blot stays"
        row = a[mm(40), mm(48):mm(56)]
        assert 2 <= (row < 128).sum() < 8, ("the stroke is thinner", row)
    plain = _scan(s, mode="bw", speck_mm2=0.01, thin=0.0, threshold=160.0)
    assert (plain[mm(40), mm(48):mm(56)] < 128).sum() == 8
    assert plain[mm(8):mm(13), mm(8):mm(72)].min() < 60, "without the despeckle the specks would be there"


def test_the_scanner_plans_sizes_modes_and_turns() -> None:
    portrait, landscape = Sheet(size=K16), Sheet(size=A4L)
    ps = [cap.plan_capture(random.Random(k), portrait) for k in range(60)]
    ls = [cap.plan_capture(random.Random(k), landscape) for k in range(60)]
    assert {p.mode for p in ps} == {"grey", "bw"} and all(200 <= p.dpi <= 300 and not p.photo for p in ps)
    assert all(p.rotation in (0, 180) for p in ps) and sum(p.rotation == 0 for p in ps) > 50
    assert {p.rotation for p in ls} == {0, 90, 270}
    turned = next(p for p in ls if p.rotation == 90)
    small = Sheet(size=(mm(60), mm(40)))
    small.lines.append("x")
    img = Image.open(io.BytesIO(cap.capture(small, turned, random.Random(0))))
    assert (img.width, img.height) == (round(small.height * turned.dpi / 200), round(small.width * turned.dpi / 200))
    bw = _scan(Sheet(size=A5), mode="bw")
    assert set(np.unique(np.round(bw / 64))) <= {0.0, 1.0, 3.0, 4.0}, "bitonal pages: black and white"
