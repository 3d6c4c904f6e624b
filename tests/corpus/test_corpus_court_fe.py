"""court_fe (山东省威海市环翠区人民法院): three dossiers of the 环翠 shore. A 孙家疃 海参 co-operative enforces this court's
涉外 judgment against a 韩国 buyer (passport, not ID card; frozen account, exit restricted, settles and pays, archived
with the civil division's 生效证明书 behind the judgment). A 荣成 cold store enforces a 威海仲裁委员会 award against a
Korean-owned 海带 processor whose owner went home: nothing left, 限制消费 and 失信, the applicant's lawyer heard, 终本.
A rope works enforces the 威海中院's appeal judgment against a 刘公岛 ferry company, which pays — without the account
confirmation. Every page is the 电子卷宗 viewer's export of a 1-bit archive master: 96–110 dpi, nearest-neighbour
(aliased, strokes dropped) or bilinear (soft grey), JPEG 40–70, A3 fold-outs shrunk onto A4 landscape, some pages turned."""

from __future__ import annotations

import io
import random
import re

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fe_capture as cap
from dossier.corpus.families.court_fe import made_on, receipt_day, render
from dossier.corpus.families.court_fe_papers import A3_LANDSCAPE
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_fe_01", "court_fe_02", "court_fe_03")


def test_court_fe_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fe")]
    assert len(seqs) == 3 and all(31000 <= s <= 31999 for s in seqs)
    assert not set(seqs) & {31137, 31268, 31412, 31506, 31528, 31677, 31842}, "older dossiers' cases"
    assert all(p.name.startswith(f"court_fe_0{i}_") for i, p in enumerate(family_plans("court_fe"), 1))


def test_the_parties_carry_valid_numbers_a_korean_passport_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "鲁1002执31" in c.number
        for p in (c.applicant, c.respondent):
            if p.kind == "organisation":
                assert check_credit_code(p.id_number) is None, (prefix, p.name)
            elif re.fullmatch(r"M\d{8}", p.id_number):
                assert "latin" in c.extra  # a 韩国 national: passport number and its spelling
            else:
                assert check_id_number(p.id_number) is None, (prefix, p.name)
    buyer = case_of("court_fe_01")
    assert buyer.respondent.kind == "person" and re.fullmatch(r"M\d{8}", buyer.respondent.id_number)
    assert buyer.applicant.id_number.startswith("93"), "a farmers' co-operative's credit code"
    cold = case_of("court_fe_02")
    assert cold.applicant.id_number[2:8] == "371082", "a 荣成 company"
    assert re.fullmatch(r"M\d{8}", cold.extra["passport"]), "its Korean legal representative's passport"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    buyer, cold, ferry = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", buyer, random.Random(0), []))
    assert "民事判决书" in judgment and "鲁1002民初" in judgment and "海参" in judgment and "三十日内" in judgment
    assert "大韩民国国籍" in judgment and buyer.respondent.id_number in judgment
    certificate = text_of(render("effectiveness_certificate", buyer, random.Random(0), []))
    assert "生效证明书" in certificate and "发生法律效力" in certificate
    award = text_of(render("enforcement_basis", cold, random.Random(0), []))
    assert "威海仲裁委员会" in award and "威仲裁字第" in award and "裁决如下" in award and "冷藏费" in award
    assert "○" in award and "〇" not in award, "the commission's GB 宋 has no 〇: its typists write ○"
    assert "终局裁决" in text_of(render("effectiveness_certificate", cold, random.Random(0), []))
    appeal = text_of(render("enforcement_basis", ferry, random.Random(0), []))
    assert "山东省威海市中级人民法院" in appeal and "鲁10民终" in appeal and "驳回上诉，维持原判" in appeal
    assert "刘公岛" in appeal and "本判决为终审判决" in appeal
    ttr = text_of(render("termination_this_round_ruling", cold, random.Random(0), []))
    assert ttr.count("执行裁定书") == 1 and "裁定如下：" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", buyer, random.Random(0), []))
    assert "执行裁定书" in ruling and buyer.extra["r_acct"] in ruling and "本件与原本核对无异" in ruling
    passport = text_of(render("identity_proof", buyer, random.Random(0), ["respondent"]))
    assert "PASSPORT" in passport and f"PMKOR{buyer.extra['latin'].split()[0]}<<" in passport
    mrz = next(line for line in render("identity_proof", buyer, random.Random(0), ["respondent"])[0].lines
               if line.startswith(buyer.respondent.id_number) and len(line) == 44)
    number = buyer.respondent.id_number
    digit = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * (7, 3, 1)[i % 3] for i, ch in enumerate(number)) % 10
    assert mrz[9] == str(digit), "the MRZ's passport-number check digit (ICAO 9303)"
    restriction = text_of(render("enforcement_application", buyer, random.Random(0), []))
    assert "限制出境" in restriction and "失信" in restriction and "限制消费" in restriction


def test_dates_run_in_order() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fe") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            when = receipt_day(c, d.served)
            assert all(when > made_on(c, s) for s in d.served), (prefix, d.served)
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            assert f"{when.year}年{when.month}月{when.day}日" in lines
        assert made_on(c, "acceptance_notice") > c.filed_on > c.basis_effective
        if c.method == "terminated_this_round":
            assert made_on(c, "investigation_record") < made_on(c, "interview_record")
            assert made_on(c, "interview_record") < made_on(c, "termination_this_round_ruling") <= c.closed_on
            assert (c.closed_on - c.filed_on).days >= 90
        else:
            assert made_on(c, "settlement_agreement") < c.extra["pay_day"] < made_on(c, "payment_voucher")
            assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") < c.closed_on
    archived = case_of("court_fe_01")
    for code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        assert made_on(archived, code) > archived.closed_on, code


def test_the_inquiry_is_two_a3_fold_outs_the_second_a_banks_reply() -> None:
    c = case_of("court_fe_02")
    sheets = render("online_inquiry_result", c, random.Random(0), [])
    assert [s.size for s in sheets] == [A3_LANDSCAPE, A3_LANDSCAPE]
    assert not sheets[0].starts_document and sheets[1].starts_document
    assert "总对总" in text_of(sheets[:1]) and "协助查询存款情况回复表" in text_of(sheets[1:])
    assert c.extra["r_acct"] in text_of(sheets[1:])


def _strip(size: tuple[int, int] = (mm(180), mm(120))) -> Sheet:
    s = Sheet(size=size)
    s.lines.append("x")
    return s


def _export(sheet: Sheet, seed: int, **change: object) -> tuple[cap.Export, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi and img.format == "JPEG"
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_the_export_is_screen_resolution_jpeg_and_some_pages_are_turned() -> None:
    blank = _strip()
    plans = [cap.plan_capture(random.Random(s), blank) for s in range(300)]
    assert all(96 <= p.dpi <= 110 and 40 <= p.quality <= 70 and not p.photo for p in plans)
    assert {p.rotation for p in plans} == {0, 90, 180, 270}
    assert 0.06 < sum(p.rotation != 0 for p in plans) / len(plans) < 0.25
    assert {p.scaling for p in plans} == {"nearest", "bilinear"}
    assert all(abs(p.skew) <= 0.6 for p in plans) and not any(p.fold for p in plans)
    _, a = _export(blank, 1, rotation=0, dpi=100)
    assert a.shape == (round(120 / 25.4 * 100), round(180 / 25.4 * 100))
    _, a = _export(blank, 1, rotation=90, dpi=96)
    assert a.shape == (round(180 / 25.4 * 96), round(120 / 25.4 * 96)), "turned a quarter: width and height swap"


def _hairlines() -> Sheet:
    s = _strip()
    for k in range(8):  # hairlines one pixel (0.13 mm) thick, a little slanted as a feeder leaves them
        y = mm(10) + k * mm(13)
        s.line(mm(5), y, s.width - mm(5), y + mm(1.2), width=1)
    s.image.paste((0, 0, 0), (mm(20), mm(112), mm(160), mm(118)))
    return s


def test_nearest_scaling_is_black_and_white_and_breaks_hairlines_bilinear_is_grey() -> None:
    s = _hairlines()
    _, near = _export(s, 2, scaling="nearest", quality=70, skew=0.0, specks=0.0, threshold=185.0, dpi=96, rotation=0)
    _, soft = _export(s, 2, scaling="bilinear", quality=70, skew=0.0, specks=0.0, threshold=185.0, dpi=96, rotation=0)
    mid = lambda a: float(((a > 70) & (a < 185)).mean())  # noqa: E731
    assert mid(soft) > 2.5 * mid(near), "bilinear strokes go soft grey; nearest stays black or white"
    px = 96 / 25.4
    broken = 0
    for k in range(8):  # each hairline runs diagonally over the rows: follow it column by column
        x0, x1 = int(8 * px), int(170 * px)
        ys = [10 + k * 13 + 1.2 * (x / px - 5) / 170 for x in range(x0, x1)]
        near_line = np.array([near[int(y * px) - 2: int(y * px) + 3, x].min() for x, y in zip(range(x0, x1), ys, strict=True)])
        soft_line = np.array([soft[int(y * px) - 2: int(y * px) + 3, x].min() for x, y in zip(range(x0, x1), ys, strict=True)])
        assert (soft_line < 235).mean() > 0.95, "bilinear keeps the hairline, faint and whole"
        broken += int((near_line > 200).mean() > 0.1)
    assert broken >= 4, "nearest neighbour drops a hairline where it falls between its samples"
    band = near[int(113 * px): int(117 * px), int(25 * px): int(155 * px)]
    assert band.mean() < 40, "a solid stroke stays solid"


def test_an_a3_fold_out_is_shrunk_onto_a4_landscape_and_stays_legible() -> None:
    s = _strip(A3_LANDSCAPE)
    s.image.paste((0, 0, 0), (mm(100), mm(100), mm(300), mm(200)))
    plan, a = _export(s, 3, rotation=0, dpi=104, skew=0.0, specks=0.0)
    assert plan.fold and plan.landscape and plan.dpi >= 100
    assert a.shape == (round(210 / 25.4 * 104), round(297 / 25.4 * 104)), "an A4 landscape page"
    dark = np.argwhere(a < 100)
    width_mm = (dark[:, 1].max() - dark[:, 1].min() + 1) / 104 * 25.4
    assert abs(width_mm - 200 * cap.scale_of(s, plan)) < 2.5 and abs(cap.scale_of(s, plan) - 0.707) < 0.01
    assert cap.text_height_px(5.4, plan, s) >= 14.5, "the fold-outs' 5.4 mm print still some 15 pixels tall"
    page = Sheet()
    body = cap.plan_capture(random.Random(4), page)
    assert not body.fold and cap.text_height_px(5.3, body, page) >= 20


def test_a_red_seal_comes_out_of_the_1_bit_master_black_or_dropped_never_red() -> None:
    s = _strip()
    s.image.paste((225, 110, 110), (mm(20), mm(20), mm(80), mm(60)))
    for seed, threshold in ((5, 172.0), (6, 198.0)):
        plan = cap.plan_capture(random.Random(seed), s)
        plan.scaling, plan.threshold, plan.colour, plan.rotation, plan.specks, plan.skew, plan.dpi = (
            "nearest", threshold, True, 0, 0.0, 0.0, 96)
        img = Image.open(io.BytesIO(cap.capture(s, plan, random.Random(seed))))
        assert img.mode == "RGB"
        rgb = np.asarray(img, dtype=np.int16)
        assert np.abs(rgb[..., 0] - rgb[..., 2]).max() < 40, "no colour survives the 1-bit master"
        k = 96 / 25.4
        patch = rgb[int(30 * k): int(50 * k), int(30 * k): int(70 * k)].mean()
        assert patch < 60 or patch > 200, "all black or all gone"
