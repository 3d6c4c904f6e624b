"""court_gq (内蒙古自治区赤峰市红山区人民法院): three dossiers of 赤峰. A feed company enforces this court's judgment
against a 文钟镇 cattle-fattening cooperative (a 农民专业合作社): its 理事长 blocks the seizure of the fattening cattle with
a loader and is detained, the members settle and pay, 执行完毕, archived. A 巴林石 carving studio enforces this court's
民事调解书 against a 红山 gift-shop keeper: the shop closed, 限制消费 and 失信, the carver heard, 终本. A mining-truck
tyre dealer enforces the 松山区人民法院's judgment against a haulage company, which settles once two dump trucks are
seized — without the dealer's 收款账户确认书. The bureau's papers carry the court's name in Mongolian script beside the
Chinese; every page was shot under a document camera whose autofocus hunts and whose LED glares on glossy copies."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_gq_capture as cap
from dossier.corpus.families.court_gq import made_on, render
from dossier.corpus.families.court_gq_kit import glossy, masthead
from dossier.corpus.fonts import font as font_of
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_gq_seqs_lie_in_its_range_and_no_other_dossier_uses_them() -> None:
    ours = family_plans("court_gq")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(20600 <= s <= 20999 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_gq"}
    assert all(p.name.startswith(f"court_gq_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_gq_01", "court_gq_02", "court_gq_03"):
        c = case_of(prefix)
        assert "蒙0402执20" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    feed, stone = case_of("court_gq_01"), case_of("court_gq_02")
    assert feed.respondent.id_number.startswith("93150402") and feed.respondent.name.endswith("专业合作社")
    assert stone.applicant.id_number.startswith("92150402") and stone.respondent.kind == "person"
    assert check_id_number(feed.extra["boss_id"]) is None and check_id_number(stone.extra["carver"].id_number) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    feed, stone, tyre = case_of("court_gq_01"), case_of("court_gq_02"), case_of("court_gq_03")
    judgment = text_of(render("enforcement_basis", feed, random.Random(0), []))
    assert "民事判决书" in judgment and "蒙0402民初" in judgment and "青贮" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", feed, random.Random(0), []))
    licence = text_of(render("identity_proof", feed, random.Random(0), ["respondent"]))
    assert "营业执照" in licence and "农民专业合作社" in licence and "成员出资总额" in licence
    detained = text_of(render("detention_decision", feed, random.Random(0), []))
    assert detained.startswith("内蒙古自治区赤峰市红山区人民法院决定书") and "司法拘留" in detained
    assert feed.number in detained and "司惩" in detained and feed.respondent.legal_rep in detained
    mediation = text_of(render("enforcement_basis", stone, random.Random(0), []))
    assert "民事调解书" in mediation and "本院予以确认" in mediation and "巴林石" in mediation
    ttr = text_of(render("termination_this_round_ruling", stone, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and stone.extra["shop"] in ttr
    card = text_of(render("identity_proof", stone, random.Random(0), ["respondent"]))
    assert "居民身份证" in card and stone.respondent.id_number in card
    basis = text_of(render("enforcement_basis", tyre, random.Random(0), []))
    assert "松山区人民法院" in basis and "蒙0404民初" in basis and "14.00R25" in basis
    application = text_of(render("enforcement_application", tyre, random.Random(0), []))
    assert "强制执行申请书" in application and "限制高消费" in application and "失信被执行人名单" in application


def test_the_bureaus_papers_carry_the_mongolian_masthead_beside_the_chinese_name() -> None:
    s = Sheet()
    below = masthead(s)
    assert s.lines == ["内蒙古自治区赤峰市红山区人民法院"], "the script is drawn, not recorded as text"
    ink = np.asarray(s.image.convert("L"))[mm(20): int(below) - mm(12)]
    cols: np.ndarray = np.asarray((ink < 128).any(axis=0))
    start = int(np.argmax(cols))
    assert start < s.width // 4, "the Mongolian columns stand left of the Chinese name"
    runs = np.flatnonzero(np.diff(cols[start: start + mm(32)].astype(np.int8)) == 1)
    assert len(runs) >= 4, "several word columns side by side"
    feed = case_of("court_gq_01")
    notice = render("enforcement_notice", feed, random.Random(0), [])[0]
    assert notice.lines[0] == "内蒙古自治区赤峰市红山区人民法院" and notice.lines[1] == "执行通知书"


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_gq_01", "court_gq_02", "court_gq_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gq") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] >= made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on


def test_the_detention_comes_before_the_settlement_and_the_money() -> None:
    feed = case_of("court_gq_01")
    assert made_on(feed, "summons") < made_on(feed, "detention_decision") < made_on(feed, "settlement_agreement")
    assert made_on(feed, "settlement_agreement") < made_on(feed, "payment_voucher") < made_on(feed, "closing_notice")
    plan = family_plans("court_gq")[0]
    codes = [d.code for d in plan.docs]
    assert codes.index("detention_decision") < codes.index("settlement_agreement")


def _frame(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CameraShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def _text_sheet() -> Sheet:
    s = Sheet()
    for k in range(30):
        s.text(mm(20), mm(30) + k * mm(8), "赤峰市红山区人民法院执行局送达回证巴林石" * 2, font_of("serif", 36))
    return s


def test_the_camera_keeps_a_fixed_four_by_three_field_with_the_pad_round_the_sheet() -> None:
    s = _text_sheet()
    for dpi in (150, 250):
        _, a = _frame(s, 1, dpi=dpi, focus="sharp", hotspot=None, rotation=0)
        h, w = a.shape
        assert abs(w / h - 0.75) < 0.005 and abs(h - 316 / 25.4 * dpi) < 2
        assert a[:, : mm(3) * dpi // 200].mean() < 90 and a[:, -mm(3) * dpi // 200:].mean() < 90, "the dark pad at the sides"
        assert np.median(a[h // 3: 2 * h // 3, w // 3: 2 * w // 3]) > 200, "the sheet in the middle"
    plans_ = [cap.plan_capture(random.Random(k), s) for k in range(120)]
    assert all(150 <= p.dpi <= 250 and 60 <= p.quality <= 85 and p.photo and p.rotation == 0 for p in plans_)
    assert {p.focus for p in plans_} == {"sharp", "gradient", "soft"}
    assert sum(p.focus == "gradient" for p in plans_) > sum(p.focus == "soft" for p in plans_)
    assert all(p.hotspot is None for p in plans_), "matt paper: no glare"


def _sharpness(a: np.ndarray) -> float:
    return float(cv2.Laplacian(a, cv2.CV_32F).var())


def test_the_autofocus_leaves_one_side_sharp_and_the_other_soft() -> None:
    s = _text_sheet()
    for toward, (sharp_side, soft_side) in ((0.0, ("left", "right")), (180.0, ("right", "left"))):
        _, a = _frame(s, 2, dpi=200, focus="gradient", blur=2.0, toward=toward, hotspot=None, noise=0.5, quality=85)
        h, w = a.shape
        band = a[h // 4: 3 * h // 4]
        parts = {"left": band[:, w // 8: 3 * w // 8], "right": band[:, 5 * w // 8: 7 * w // 8]}
        assert _sharpness(parts[sharp_side]) > 2 * _sharpness(parts[soft_side]), toward
    _, soft = _frame(s, 2, dpi=200, focus="soft", blur=1.1, hotspot=None, noise=0.5, quality=85)
    _, sharp = _frame(s, 2, dpi=200, focus="sharp", hotspot=None, noise=0.5, quality=85)
    assert _sharpness(soft) < 0.7 * _sharpness(sharp)


def test_the_led_glares_on_glossy_copies_but_never_on_their_title() -> None:
    feed = case_of("court_gq_01")
    licence = render("identity_proof", feed, random.Random(0), ["respondent"])[0]
    boxes = getattr(licence, "gloss", [])
    assert boxes, "the licence copy is glossy"
    title_below = licence.title_below  # type: ignore[attr-defined]
    spots = [cap.plan_capture(random.Random(k), licence).hotspot for k in range(40)]
    assert all(sp is not None and sp[1] - 1.6 * sp[2] >= title_below - 1 for sp in spots)
    photo = Sheet()  # a grey photo print pasted under a title: the glare lifts the grey toward white
    photo.text(mm(60), mm(30), "现场照片", font_of("hei", 60))
    photo.image.paste((120, 120, 120), (mm(30), mm(60), mm(180), mm(200)))
    glossy(photo, (mm(30), mm(60), mm(180), mm(200)), title_below=mm(50))
    fixed = {"dpi": 200, "focus": "sharp", "rotation": 0, "skew": 0.0, "shift": (0.0, 0.0), "noise": 0.5}
    plan, lit = _frame(photo, 5, **fixed)
    _, dark = _frame(photo, 5, **fixed, hotspot=None)
    assert plan.hotspot is not None
    x, y, r, _ = plan.hotspot
    oy, ox = (316 - 297) / 2 * 200 / 25.4, (237 - 210) / 2 * 200 / 25.4
    core = (slice(int(y + oy - r / 3), int(y + oy + r / 3)), slice(int(x + ox - r / 3), int(x + ox + r / 3)))
    assert lit[core].mean() > dark[core].mean() + 60, "a washed-out patch"
    head = (slice(int(oy + mm(28)), int(oy + mm(48))), slice(int(ox + mm(55)), int(ox + mm(120))))
    assert abs(lit[head].mean() - dark[head].mean()) < 3, "the title stays as printed"


def test_one_sheet_in_each_dossier_is_turned_and_the_rest_stand() -> None:
    for prefix in ("court_gq_01", "court_gq_02", "court_gq_03"):
        c = case_of(prefix)
        sheets = render("online_inquiry_result", c, random.Random(0), [])
        assert [bool(getattr(s, "sideways", False)) for s in sheets] == [False, True]
        assert sheets[1].starts_document and "回执" in text_of(sheets[1:])
    reply = render("online_inquiry_result", case_of("court_gq_01"), random.Random(0), [])[1]
    plan, a = _frame(reply, 3, dpi=150, focus="sharp")
    assert plan.rotation in (90, 270) and a.shape[1] > a.shape[0]
