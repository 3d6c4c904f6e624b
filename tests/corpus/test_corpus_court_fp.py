"""court_fp (贵州省六盘水市钟山区人民法院, enforcement at its 大河人民法庭): three dossiers of 六盘水. A 米箩 猕猴桃 grower
enforces an award of the 六盘水仲裁委员会 against a 凉都 resort company (frozen, settled, paid, archived with the
committee's 生效证明 behind the award); a truck driver enforces the tribunal's 民事调解书 for freight hauled to 水钢
against a folded haulage company (nothing found, 终本, the 笔录 written by hand); a sheep raiser enforces a notarised loan
(公证书 and 执行证书) against a 羊肉粉 shop's owner, who pays — without the 收取案款确认书. The tribunal writes by hand:
填空式 notices, ruled 笔录纸, hand-filled 送达回证; every page shot by a 高拍仪 under a warm lamp."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fp_capture as cap
from dossier.corpus.families.court_fp import SHORT, made_on, render
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_fp_01", "court_fp_02", "court_fp_03")


def test_court_fp_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fp")]
    assert len(seqs) == 3 and all(66000 <= s <= 66999 for s in seqs)
    assert not set(seqs) & {66127, 66458, 66839}, "other families' cases"
    assert all(p.name.startswith(f"court_fp_0{i}_") for i, p in enumerate(family_plans("court_fp"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "黔0201执66" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)


def test_each_story_is_drawn_in_its_makers_words() -> None:
    kiwi, truck, mutton = (case_of(p) for p in PREFIXES)
    award = text_of(render("enforcement_basis", kiwi, random.Random(0), []))
    assert "六盘水仲裁委员会" in award and "裁 决 书" in award and "猕猴桃" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", kiwi, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", truck, random.Random(0), []))
    assert "民 事 调 解 书" in mediation and "黔0201民初" in mediation and "水钢" in mediation
    ttr = text_of(render("termination_this_round_ruling", truck, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    assert "公　证　书" in text_of(render("enforcement_basis", mutton, random.Random(0), []))
    cert = text_of(render("effectiveness_certificate", mutton, random.Random(0), []))
    assert "执 行 证 书" in cert and "黔六钟证执字" in cert
    assert "羊肉粉" in text_of(render("settlement_agreement", mutton, random.Random(0), []))
    application = text_of(render("enforcement_application", truck, random.Random(0), []))
    assert "申请执行书" in application and truck.applicant.name in application
    ruling = text_of(render("enforcement_ruling", kiwi, random.Random(0), []))
    assert "执行裁定书" in ruling and kiwi.extra["r_acct"] in ruling


def test_the_notices_blanks_and_the_records_are_written_by_hand() -> None:
    """A 填空式 notice: its printed words and the clerk's entries are separate pieces of the page, the case number
    among the entries; a 笔录 has its slip struck out and the clean words in its text."""
    truck = case_of("court_fp_02")
    notice = render("enforcement_notice", truck, random.Random(1), [])[0]
    assert truck.number in notice.lines and "执行通知书" in notice.lines
    assert any(line == f"{truck.amount:,.2f}元" for line in notice.lines), "the sum is written in its blank"
    record = text_of(render("investigation_record", truck, random.Random(1), []))
    assert "[[" not in record and "调查笔录" in record
    assert "以上笔录我看过" in record


def test_a_receipt_is_dated_after_what_it_served_and_names_it_as_the_clerk_does() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fp") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    c = case_of("court_fp_02")
    seen = {line for k in range(12) for line in
            render("service_receipt", c, random.Random(k), ["enforcement_notice", "property_report_order"])[0].lines}
    assert any(SHORT["enforcement_notice"] in line and "报告令" in line for line in seen), "abbreviated: 执通、报告令"
    assert any("执行通知书" in line for line in seen), "and sometimes written out"


def _shot(sheet: Sheet, seed: int, **change: object) -> tuple[cap.DeskShot, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def _page() -> Sheet:
    s = Sheet(size=(mm(100), mm(140)))
    s.lines.append("x")
    return s


def test_the_document_camera_shows_the_desk_round_a_warm_keystoned_page() -> None:
    plan, a = _shot(_page(), 1, rotation=0, desk="wood", turn=0.0)
    h, w = a.shape[:2]
    page_w = round(mm(100) * plan.dpi / 200)
    assert w > page_w * 1.05, "the desk shows beside the page"
    edge = a[h // 2, 2]
    assert edge[0] > edge[2] + 25 and edge.mean() < 170, "brown wood at the frame's edge"
    mid = a[h // 2 - 20: h // 2 + 20, w // 2 - 20: w // 2 + 20].reshape(-1, 3).mean(axis=0)
    assert mid.mean() > 150 and mid[0] - mid[2] > 30, "the paper is light, and yellow under the lamp"
    shots = [cap.plan_capture(random.Random(k), _page()) for k in range(120)]
    assert all(150 <= p.dpi <= 250 and 50 <= p.quality <= 80 and p.photo for p in shots)
    assert {90, 270} <= {p.rotation for p in shots} and 0.6 < sum(p.rotation == 0 for p in shots) / 120 < 0.85
    assert {p.desk for p in shots} == {"wood", "mat"}


def test_a_sideways_page_comes_out_turned() -> None:
    _, upright = _shot(_page(), 2, rotation=0)
    _, turned = _shot(_page(), 2, rotation=90)
    assert upright.shape[0] > upright.shape[1] and turned.shape[1] > turned.shape[0]
