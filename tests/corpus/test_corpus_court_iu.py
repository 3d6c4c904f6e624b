"""court_iu (江苏省常州市天宁区人民法院): three old cases resumed (执恢) in 2024, each volume holding the old case's papers
of 2009–2016 beside the new ones. A textile mill's 2009 judgment (终本 2011) resumed when the trading company's new
premises are found — deposits deducted, 执行完毕, archived; a bank's 2013 judgment against a guarantor (终本 2014) —
wages withheld; a weaver's 2015 labour award (终本 2016) paid after 限制消费 — without the 收取案款确认书. The old leaves
are yellowed, foxed, stapled, faded or photocopied long ago; the new ones crisp; all on a colour flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date, timedelta

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import mm
from dossier.corpus.families import court_iu_capture as cap
from dossier.corpus.families.court_iu import made_on, render
from dossier.corpus.families.court_iu_kit import Leaf
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_iu_01", "court_iu_02", "court_iu_03")
OLD = ("enforcement_basis", "effectiveness_certificate", "termination_this_round_ruling", "interview_record")


def _plan(prefix: str):  # type: ignore[no-untyped-def]
    return next(p for p in family_plans("court_iu") if p.name.startswith(prefix))


def test_court_iu_seqs_lie_in_its_range() -> None:
    ps = family_plans("court_iu")
    assert len(ps) == 3 and all(13300 <= p.seq <= 13399 for p in ps)
    assert all(p.name.startswith(f"court_iu_0{i}_") for i, p in enumerate(ps, 1))
    assert all(p.category == "resumption" for p in ps)


def test_new_numbers_are_resumed_and_old_numbers_keep_the_old_form() -> None:
    for prefix, year in zip(PREFIXES, (2010, 2013, 2015), strict=True):
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）苏0402执恢133\d\d号", c.number), c.number
        assert re.fullmatch(rf"（{year}）天执字第\d+号", c.previous_number), c.previous_number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert re.fullmatch(r"（2009）天民二初字第\d+号", case_of("court_iu_01").basis_number)
    assert re.fullmatch(r"（2013）天商初字第\d+号", case_of("court_iu_02").basis_number)
    assert re.fullmatch(r"常天劳人仲案字〔2015〕第\d+号", case_of("court_iu_03").basis_number)


def test_the_old_papers_speak_in_their_years_words() -> None:
    mill, bank, worker = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", mill, random.Random(0), []))
    assert "民事判决书" in judgment and "判决如下" in judgment and mill.basis_number in judgment and "纱" in judgment
    award = text_of(render("enforcement_basis", worker, random.Random(0), []))
    assert "仲裁裁决书" in award and "裁决如下" in award and "〔2015〕" in award and worker.extra["workshop"] in award
    for c, article in ((mill, "第一百四十条"), (bank, "第一百五十四条"), (worker, "第五百一十九条")):
        ttr = re.sub(r"－\d+－", "", text_of(render("termination_this_round_ruling", c, random.Random(0), [])))
        assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and c.previous_number in ttr and article in ttr
        assert "苏0402" not in ttr, "the old ruling knows nothing of the new number"
    certificate = text_of(render("effectiveness_certificate", mill, random.Random(0), [])).replace(" ", "")
    assert "生效证明书" in certificate and "已发生法律效力" in certificate and mill.basis_number in certificate


def test_the_new_papers_name_the_old_case_and_the_undertaker_signs_the_application() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        ruling = text_of(render("resumption_ruling", c, random.Random(0), []))
        assert "执行裁定书" in ruling and f"恢复{c.basis_court}" in ruling and c.previous_number in ruling
        assert c.number in ruling and c.officer in ruling
        app = text_of(render("resumption_application", c, random.Random(0), []))
        assert "恢复执行申请书" in app and c.extra["clue"] in app and c.previous_number in app
        assert "原承办人" in app and c.officer in app, "signed off by the original undertaker"
    bank = case_of("court_iu_02")
    assert bank.extra["employer"] in text_of(render("assistance_notice", bank, random.Random(0), []))
    assert "扣留、提取" in text_of(render("enforcement_ruling", bank, random.Random(0), []))


def _dates(lines: list[str]) -> list[date]:
    return [date(*map(int, m)) for line in lines for m in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", line)]


def test_old_papers_are_old_and_new_ones_2024_and_receipts_follow_what_they_serve() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = _plan(prefix)
        for d in plan.docs:
            when = made_on(c, d.code)
            if d.code in OLD:
                assert 2009 <= when.year <= 2016, (prefix, d.code, when)
            elif d.code != "service_receipt":
                assert when.year == 2024 and when <= c.closed_on + timedelta(days=10), d.code
            if d.code != "service_receipt":
                continue
            got = _dates(render("service_receipt", c, random.Random(3), d.served)[0].lines)
            signed = got[-1]
            assert all(signed > made_on(c, s) for s in d.served), (prefix, d.served, signed)
            assert (signed.year < 2017) == (d.served == ["termination_this_round_ruling"])
        assert made_on(c, "enforcement_ruling") < made_on(c, "payment_voucher") < made_on(c, "closing_notice")
        assert made_on(c, "effectiveness_certificate") > made_on(c, "enforcement_basis")
        assert c.extra["old_filed"] < made_on(c, "termination_this_round_ruling") < c.filed_on


def test_the_old_volumes_leaves_are_marked_old_and_the_new_prints_new() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        for d in _plan(prefix).docs:
            sheets = render(d.code, c, random.Random(1), d.drawn_with)
            ages = {getattr(s, "age", None) for s in sheets}
            if d.code in OLD or (d.code == "service_receipt" and d.served == ["termination_this_round_ruling"]):
                assert ages <= {"aged", "aged_typed", "copy"}, (prefix, d.code, ages)
            elif not (d.code == "identity_proof" and prefix == "court_iu_03" and d.note):
                assert ages == {""}, (prefix, d.code, ages)
    assert {getattr(s, "age", "") for s in render("enforcement_basis", case_of("court_iu_02"), random.Random(0), [])} == {"copy"}


def _strip(age: str, *, text: bool = False, stapled: bool = False) -> Leaf:
    s = Leaf(size=(mm(180), mm(130)), age=age, stapled=stapled)
    s.lines.append("x")
    if text:
        ImageDraw.Draw(s.image).text((mm(20), mm(50)), "执行裁定书" * 3, font=font("hei", 90), fill=(20, 20, 20))
    return s


def _scan(sheet: Leaf, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.format == "JPEG" and round(img.info["dpi"][0]) == plan.dpi
    side = round(sheet.width * plan.dpi / 200)
    assert img.width == (side if plan.rotation in (0, 180) else round(sheet.height * plan.dpi / 200))
    return plan, np.asarray(img, dtype=np.float32)


def test_new_prints_come_out_white_and_old_leaves_yellowed_and_browner_at_the_edges() -> None:
    _, new = _scan(_strip(""), 1, rotation=0, skew=0.0)
    h, w = new.shape[:2]
    mid = new[h // 3: 2 * h // 3, w // 3: 2 * w // 3].reshape(-1, 3).mean(axis=0)
    assert mid.min() > 240 and mid[0] - mid[2] < 6, mid
    _, old = _scan(_strip("aged"), 2, rotation=0, skew=0.0, foxing=[], staple=None)
    mid = np.median(old[h // 3: 2 * h // 3, w // 3: 2 * w // 3].reshape(-1, 3), axis=0)
    assert mid[0] - mid[2] > 40 and mid[0] > 215, f"yellowed paper {mid}"
    edge = np.median(old[h // 3: 2 * h // 3, : w // 60].reshape(-1, 3), axis=0)
    assert edge.sum() < mid.sum() - 20, "browner towards the edges"


def test_foxing_and_the_staples_rust_sit_where_they_were_planned() -> None:
    dpi = 200
    plan, a = _scan(_strip("aged", stapled=True), 3, rotation=0, skew=0.0, dpi=dpi,
                    foxing=[(0.5, 0.5, 1.5, 0.7)], staple=(10.0, 20.0, 45.0))
    h, w = a.shape[:2]
    spot = a[h // 2 - 2: h // 2 + 3, w // 2 - 2: w // 2 + 3].reshape(-1, 3).mean(axis=0)
    paper = np.median(a[h // 2 - 40: h // 2 - 30, w // 4: w // 3].reshape(-1, 3), axis=0)
    assert spot.sum() < paper.sum() - 120 and spot[0] > spot[2] + 40, (spot, paper)
    x1, y1 = round(10 / 25.4 * dpi), round(20 / 25.4 * dpi)
    hole = a[y1 - 1: y1 + 2, x1 - 1: x1 + 2].mean()
    assert hole < 90, "the staple's hole"
    k = round(6 / 25.4 * dpi)  # half-way along the staple's line, up and to the right
    rust = a[y1 - k - 1: y1 - k + 2, x1 + k - 1: x1 + k + 2].reshape(-1, 3).mean(axis=0)
    assert rust[0] > rust[2] + 35 and rust.sum() < paper.sum() - 150, rust
    assert plan.staple is not None


def test_old_typed_text_has_faded_and_old_photocopies_are_grey_and_speckled() -> None:
    _, crisp = _scan(_strip("", text=True), 4, rotation=0, skew=0.0, dpi=200, noise=0.5)
    _, faded = _scan(_strip("aged_typed", text=True), 4, rotation=0, skew=0.0, dpi=200, noise=0.5, foxing=[], staple=None,
                     fade=0.5, fade_band=(0.5, 0.3))
    ink_new = np.percentile(crisp.mean(axis=2), 1)
    ink_old = np.percentile(faded.mean(axis=2), 1)
    assert ink_old > ink_new + 45, (ink_new, ink_old)
    _, copy = _scan(_strip("copy"), 5, rotation=0, skew=0.0, dpi=200, foxing=[], staple=None, speckle=600,
                    ground=215.0)
    h, w = copy.shape[:2]
    ground = copy[h // 4: 3 * h // 4, w // 4: 3 * w // 4]
    g = np.median(ground.reshape(-1, 3), axis=0)
    assert g.mean() < 222 and g[0] - g[2] < 35, f"a grey ground {g}"
    specks = (ground.mean(axis=2) < 150).sum()
    assert specks > 100, "toner specks"
    _, clean = _scan(_strip("copy"), 5, rotation=0, skew=0.0, dpi=200, foxing=[], staple=None, speckle=0, ground=215.0)
    assert (clean[h // 4: 3 * h // 4, w // 4: 3 * w // 4].mean(axis=2) < 150).sum() < specks / 10


def test_the_flatbed_turns_a_few_pages_and_scans_at_200_to_300_dpi() -> None:
    plans = [cap.plan_capture(random.Random(s), _strip("aged" if s % 2 else "")) for s in range(300)]
    turned = sum(p.rotation != 0 for p in plans)
    assert 5 < turned < 60 and {p.rotation for p in plans} >= {0, 90, 180}
    assert all(200 <= p.dpi <= 300 and not p.photo for p in plans)
    _, a = _scan(_strip(""), 6, rotation=90, dpi=240)
    assert a.shape[0] > a.shape[1], "turned a quarter: the strip stands upright"
