"""court_dq (湖北省襄阳市樊城区人民法院): three 樊城 dossiers. A cotton-yarn mill enforces a 襄阳仲裁委员会 award against a
襄州 garment maker (frozen, deducted, settled, paid, archived with the commission's 生效证明 behind the award); a concrete
plant enforces the court's own judgment against a labour contractor who left the site (nothing found, 终本); a turner
enforces 襄阳中院's 二审 judgment for unpaid wages against an auto-parts maker (paid) — without the 财产线索表. The bureau
keeps the pink or yellow carbonless ply of its hand-filled forms, banks and the vehicle registry answer on dot-matrix
continuous paper, and everything goes through a greyscale flatbed with automatic contrast."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_dq_capture as cap
from dossier.corpus.families.court_dq import made_on, render
from dossier.corpus.families.court_dq_kit import PLIES, ncr
from dossier.corpus.families.court_dq_papers import bank_reply
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_dq_seqs_lie_in_its_range_and_its_dossiers_are_named_in_order() -> None:
    ps = family_plans("court_dq")
    assert len(ps) == 3 and all(23100 <= p.seq <= 23999 for p in ps)
    assert [p.name[:11] for p in ps] == ["court_dq_01", "court_dq_02", "court_dq_03"]
    assert [p.stage for p in ps].count("archive") == 1


def test_parties_carry_valid_numbers_and_the_fancheng_court_code() -> None:
    for prefix in ("court_dq_01", "court_dq_02", "court_dq_03"):
        c = case_of(prefix)
        assert "鄂0606执23" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_told_in_its_makers_words() -> None:
    cotton, concrete, wages = case_of("court_dq_01"), case_of("court_dq_02"), case_of("court_dq_03")
    award = text_of(render("enforcement_basis", cotton, random.Random(0), []))
    assert "襄阳仲裁委员会" in award and "裁决如下" in award and "棉纱" in award
    assert "生效证明" in text_of(render("effectiveness_certificate", cotton, random.Random(0), [])).replace(" ", "")
    appeal = text_of(render("enforcement_basis", wages, random.Random(0), []))
    assert "湖北省襄阳市中级人民法院" in appeal and "驳回上诉，维持原判" in appeal
    ttr = text_of(render("termination_this_round_ruling", concrete, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and concrete.extra["plate"] in ttr
    replies = render("online_inquiry_result", concrete, random.Random(0), [])
    assert len(replies) == 2 and replies[1].starts_document and "车辆管理所" in text_of(replies[1:])
    assert "客户回单" in text_of(render("payment_voucher", wages, random.Random(0), []))


def test_a_receipt_is_signed_for_after_what_it_served() -> None:
    for prefix in ("court_dq_02",):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_dq") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _scan(sheet: Sheet, seed: int) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.skew, plan.rotation = 0.0, 0
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == 200
    return plan, np.asarray(img, dtype=np.float32)


def test_the_flatbed_lifts_the_pink_ply_to_white_and_keeps_the_carbon_readable_but_pale() -> None:
    sheet = ncr("送 达 回 证", [("受送达人", "襄阳某某有限公司"), ("送达地址", "樊城区人民路六十六号")], random.Random(1),
                tint="pink", ply="第二联（附卷）")
    raw = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    assert np.median(raw) < 240, "the pink ply is greyish before the scanner"
    _, a = _scan(sheet, 2)
    assert np.median(a) >= 250, "automatic contrast lifts the paper to white"
    w = a.shape[1]
    cell = a[mm(46): mm(46) + 2 * mm(13), mm(16) + mm(40): w - mm(30)]
    ink = np.percentile(cell, 0.5)
    assert ink < 170, "the carbon strokes are still there to read"
    labels = a[mm(46): mm(46) + 2 * mm(13), mm(18): mm(16) + mm(36)]
    assert np.percentile(labels, 0.5) < ink, "printed labels darker than the faint carbon"


def test_pages_lie_crooked_at_most_three_degrees_and_few_go_in_upside_down() -> None:
    sheet = Sheet()
    sheet.lines.append("x")
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(400)]
    assert all(p.dpi == 200 and not p.photo and abs(p.skew) <= 3 for p in plans)
    assert {p.rotation for p in plans} == {0, 180}
    assert 2 <= sum(p.rotation == 180 for p in plans) <= 30
    assert sum(abs(p.skew) > 1 for p in plans) >= 40


def test_the_dot_matrix_reply_is_short_continuous_paper_with_sprocket_holes() -> None:
    c = case_of("court_dq_02")
    sheet = bank_reply(c, random.Random(0), [("6228480001", "借记卡", "12.30", "正常")], bank="中国农业银行襄阳分行",
                       day=c.day(6), title="协助查询存款回执单")
    assert sheet.size == (mm(241), mm(280))
    g = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    strip = g[:, mm(6.3)]
    holes = np.flatnonzero(strip < 200)
    assert len(holes) > 20 and 0.9 * mm(12.7) < np.median(np.diff(np.unique(holes // mm(12.7) * mm(12.7)))) < 1.1 * mm(12.7)
    _, a = _scan(sheet, 4)
    assert a.shape[0] == round(297 / 25.4 * 200), "the scanner's lid below the short form"
    assert np.median(a[-mm(8):, mm(50): mm(150)]) < 245
    assert set(PLIES) >= {"pink", "yellow"}
