"""court_gt (湖南省益阳市赫山区人民法院): three private loans ended by the court's own tribunals' 民事调解书. An old
泉交河 farmer's loan to a 水竹凉席 workshop: the first round settled with the owner's brother-in-law's 执行担保书, the
settlement broken, the old man's handwritten 恢复执行申请书 on the village committee's ruled paper, the case resumed
(执恢), the debtor's 财产申报表 and 询问笔录, a 限制消费令, the guarantor's deposit taken, 执行完毕, archived. A
retired teacher's loan to a 稻虾 farmer: his hand-filled declaration, the 询问笔录 after a summons, 限制消费 and 失信,
the teacher heard, 终本. A shop owner's loan to a 黑茶 shop's owner: settlement and guarantee broken, resumed on her
lawyer's application, paid in full — the volume without its 恢复执行裁定书. After closing the archive room numbered
every leaf with a numbering machine, punched two holes and fed the leaves through a production scanner."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_gt_capture as cap
from dossier.corpus.families.court_gt import SEQS, made_on, render
from dossier.corpus.families.court_gt_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_gt_01", "court_gt_02", "court_gt_03")


def test_court_gt_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_gt")]
    assert seqs == list(SEQS) and all(85400 <= s <= 85699 for s in seqs)
    assert all(p.name.startswith(f"court_gt_0{i}_") for i, p in enumerate(family_plans("court_gt"), 1))
    stages = [(p.stage, p.method, p.complete) for p in family_plans("court_gt")]
    assert stages == [("archive", "fully_performed", True), ("closing", "terminated_this_round", True),
                      ("closing", "fully_performed", False)]
    assert MISSING == "resumption_ruling"
    assert not any(d.code == MISSING for d in family_plans("court_gt")[2].docs)


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "湘0903执" in c.number and "湘0903民初" in c.basis_number
        for p in (c.applicant, c.respondent, c.extra["guarantor"]):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
            assert p.id_number.startswith("430903")
    mat, shrimp, tea = (case_of(p) for p in PREFIXES)
    assert "执恢" in mat.number and "执恢" in tea.number and "执恢" not in shrimp.number
    assert mat.previous_number and "湘0903执" in mat.previous_number
    assert mat.applicant.born and mat.applicant.born.year <= 1952, "the creditor is an old man"


def test_the_basis_is_a_tribunals_mediation_statement_in_its_own_press() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        sheets = render("enforcement_basis", c, random.Random(0), [])
        text = text_of(sheets)
        assert "民事调解书" in text and "经本院主持调解" in text and "本院予以确认" in text
        assert "民间借贷" in text and c.basis_number.replace("〇", "○") in text
        assert str(c.extra["tribunal"]) in text and "人民法庭" in text
        assert "〇" not in text, "the tribunal's GB 宋 has no 〇"
        assert sheets[0].page_of == (1, len(sheets))
        assert any(line.startswith("第1页（共") for line in sheets[0].lines), "the tribunal counts pages at the top"
    shrimp = case_of("court_gt_02")
    assert "撤回对被告" in text_of(render("enforcement_basis", shrimp, random.Random(0), []))


def test_each_story_is_drawn_in_its_makers_words() -> None:
    mat, shrimp, tea = (case_of(p) for p in PREFIXES)
    letter = render("resumption_application", mat, random.Random(0), [])
    words = text_of(letter)
    assert "恢复执行申请书" in words and "征地补偿款" in words and "养老钱" in words and mat.previous_number in words
    assert "存款征地" not in words, "the struck word is not read"
    assert "原承办人意见" in words and "同意恢复执行" in words
    assert letter[0].paper != (255, 255, 255), "the village committee's letter paper"
    typed = text_of(render("resumption_application", tea, random.Random(0), []))
    assert "执行和解若干问题的规定》第九条" in typed and tea.agent in typed and "原承办人意见" in typed
    settle = render("settlement_agreement", mat, random.Random(0), [])
    assert "执行和解协议" in text_of(settle) and mat.previous_number in text_of(settle)
    guarantee = [s for s in settle if s.starts_document]
    assert len(guarantee) == 1 and "执行担保书" in guarantee[0].lines[1].replace(" ", "")
    assert "自愿接受人民法院直接强制执行" in text_of(guarantee)
    ruling = text_of(render("resumption_ruling", mat, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and "恢复" in ruling.split("裁定如下")[1]
    first = text_of(render("termination_ruling", mat, random.Random(0), []))
    assert "撤回执行申请" in first and "终结" in first.split("裁定如下")[1] and mat.previous_number in first
    take = text_of(render("enforcement_ruling", mat, random.Random(0), []))
    assert "执行担保人" in take and mat.extra["g_acct"] in take
    ttr = text_of(render("termination_this_round_ruling", shrimp, random.Random(0), []))
    assert "终结本次执行程序。" in ttr and "稻虾" in ttr
    order = text_of(render("property_report_order", mat, random.Random(0), []))
    assert "报告财产令" in order and "第二百五十二条" in order
    for c in (mat, shrimp, tea):
        form = render("property_declaration_form", c, random.Random(0), [])
        assert len(form) == 2 and "财 产 申 报 表" in form[0].lines[1] and c.respondent.name in text_of(form)
        record = text_of(render("investigation_record", c, random.Random(0), []))
        assert "询问笔录" in record and "问：" in record and "答：" in record
        assert "限制消费令" in text_of(render("consumption_restriction_order", c, random.Random(0), []))
    assert "谈话笔录" in text_of(render("interview_record", shrimp, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_gt") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on


def test_the_dates_run_in_the_storys_order() -> None:
    mat = case_of("court_gt_01")
    assert mat.basis_effective < mat.extra["prev_filed"] < mat.extra["settled"] < mat.extra["prev_end"]
    assert mat.extra["instalments"][1][0] < made_on(mat, "resumption_application") < mat.filed_on
    assert made_on(mat, "enforcement_ruling") < made_on(mat, "payment_voucher") < made_on(mat, "closing_notice")
    assert made_on(mat, "closing_notice") <= mat.closed_on < made_on(mat, "dossier_cover")
    shrimp = case_of("court_gt_02")
    assert made_on(shrimp, "summons") < made_on(shrimp, "investigation_record") < made_on(shrimp, "interview_record")
    assert (made_on(shrimp, "termination_this_round_ruling") - shrimp.filed_on).days > 90


def _sheet() -> Sheet:
    s = Sheet()
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.ArchiveScan, np.ndarray]:
    rng = random.Random(seed)
    plan = cap.plan_capture(rng, sheet)
    fields = {**plan.__dict__, **change}
    plan = cap.ArchiveScan(**fields)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, rng)))
    assert img.info["dpi"][0] == plan.dpi and img.format == "JPEG"
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_every_leaf_of_a_volume_is_numbered_in_turn_but_cover_and_blank_backs_are_not() -> None:
    rng = random.Random(5)
    cover = _sheet()
    vars(cover)["archive_unnumbered"] = True
    plans = [cap.plan_capture(rng, s) for s in (cover, _sheet(), _sheet(), Sheet(), _sheet())]
    assert [p.leaf for p in plans] == [None, 1, 2, None, 3]
    assert plans[3].back and not plans[1].back
    assert len({p.digits for p in plans}) == 1
    other = [cap.plan_capture(random.Random(5), _sheet()) for _ in range(2)]
    assert [p.leaf for p in other] == [1, 1], "each volume (each dossier's generator) counts from one"
    feed = random.Random(8)
    many = [cap.plan_capture(feed, _sheet()) for _ in range(45)]
    turns = [p.rotation for p in many]
    assert 2 <= turns.count(180) <= 3 and 1 <= sum(t in (90, 270) for t in turns) <= 2
    assert all(200 <= p.dpi <= 300 and 45 <= p.quality <= 85 and abs(p.skew) < 0.9 and not p.photo for p in many)
    assert {p.mode for p in many} <= {"grey", "colour"}


def test_the_numbering_stamp_sits_in_the_top_right_corner_in_blue_or_red() -> None:
    plan, a = _scan(_sheet(), 1, leaf=37, digits=4, ink=cap.BLUE, mode="colour", rotation=0, skew=0.0, stamp_angle=0.0,
                    stamp_strength=0.95, stamp_at=(14.0, 12.0), edge=(0.0, 0.0, 0.0, 0.0), noise=1.0)
    w = a.shape[1]
    px = plan.dpi / 25.4
    corner = a[: int(40 * px), w - int(60 * px):]
    blue = (corner[..., 2] - corner[..., 0] > 60) & (corner[..., 2] > 100)
    assert blue.sum() > 200, "blue ink in the corner"
    ys, xs = np.nonzero(blue)
    assert ys.min() > 8 * px and xs.max() < 60 * px - 13 * px, "the box's top-right corner where the clerk put it"
    rest = a[int(60 * px):, : w // 2]
    assert ((rest[..., 2] - rest[..., 0]) > 60).sum() < 50, "nowhere else"
    mask, number = cap.stamp_box(37, 4)
    assert number == "0037" and mask.getbbox() is not None
    _, red = _scan(_sheet(), 2, leaf=5, digits=3, ink=cap.RED, mode="colour", rotation=0, skew=0.0, edge=(0.0,) * 4,
                   stamp_at=(14.0, 12.0))
    corner = red[: int(40 * px), -int(60 * px):]
    assert ((corner[..., 0] - corner[..., 2] > 60) & (corner[..., 0] > 120)).sum() > 150


def test_two_punched_holes_show_the_black_backing_on_the_left_or_on_a_backs_right() -> None:
    plan, a = _scan(_sheet(), 3, mode="grey", rotation=0, skew=0.0, hole_shift=(0.0, 0.0), edge=(0.0,) * 4, noise=1.0,
                    leaf=None)
    g = a[..., 0]
    h = g.shape[0]
    px = plan.dpi / 25.4
    x = int(cap.HOLE_IN_MM * px)
    for dy in (-cap.HOLE_GAP_MM / 2, cap.HOLE_GAP_MM / 2):
        y = int(h / 2 + dy * px)
        assert g[y - 3: y + 4, x - 3: x + 4].mean() < 50, "black through the hole"
        assert g[y - 3: y + 4, x + int(8 * px): x + int(8 * px) + 7].mean() > 200, "white paper beside it"
    assert g[h // 2, x - 3: x + 4].mean() > 200, "no hole at mid-height"
    back = Sheet()
    plan, a = _scan(back, 3, mode="grey", rotation=0, skew=0.0, hole_shift=(0.0, 0.0), edge=(0.0,) * 4, noise=1.0)
    assert plan.back and plan.leaf is None
    y = int(a.shape[0] / 2 + cap.HOLE_GAP_MM / 2 * plan.dpi / 25.4)
    xr = a.shape[1] - int(cap.HOLE_IN_MM * plan.dpi / 25.4)
    assert a[y - 3: y + 4, xr - 3: xr + 4, 0].mean() < 50


def test_a_skewed_leaf_shows_black_corners_and_a_turned_leaf_is_turned() -> None:
    s = _sheet()
    plan, a = _scan(s, 4, mode="grey", rotation=0, skew=0.8, edge=(0.0,) * 4, leaf=None)
    g = a[..., 0]
    assert g[:6, :6].mean() < 90 or g[:6, -6:].mean() < 90, "the backing in a corner"
    assert g[g.shape[0] // 2, g.shape[1] // 2] > 200
    plan, a = _scan(s, 4, mode="grey", rotation=90, skew=0.0, edge=(0.0,) * 4, leaf=None)
    assert a.shape[1] > a.shape[0], "a sideways leaf lies landscape"
    plan, a = _scan(s, 4, mode="grey", rotation=180, skew=0.0, edge=(0.0,) * 4, leaf=None, hole_shift=(0.0, 0.0))
    y = int(a.shape[0] / 2 + cap.HOLE_GAP_MM / 2 * plan.dpi / 25.4)
    xr = a.shape[1] - int(cap.HOLE_IN_MM * plan.dpi / 25.4)
    assert a[y - 3: y + 4, xr - 3: xr + 4, 0].mean() < 50, "upside down: the holes at the right"
    plan, a = _scan(s, 4, mode="grey", rotation=0, skew=0.0, edge=(2.0, 0.0, 0.0, 0.0), leaf=None)
    assert a[a.shape[0] // 3, :int(1.5 * plan.dpi / 25.4), 0].mean() < 60, "the crop left a black strip"
