"""court_fr (广西壮族自治区玉林市玉州区人民法院): three dossiers of 玉林. A 中药材 stall-holder enforces the 玉林中院's
appeal judgment (this court's first-instance judgment behind it) against a pharmacy chain that pays once its account
is frozen — 执行完毕, without the 收取案款确认书. A 沙田柚 grower enforces a 玉林仲裁委员会 award against a vanished
exporter: nothing found, 限制消费 and 失信, the grower heard by video, 终本, archived. A 陆川猪 farmer enforces this
court's 民事调解书 against a feed company that settles and pays. The parties' papers are frames saved from 云上 video
sessions (held up to a webcam or a phone, some sideways, a few mirrored); the bureau's own are flatbed scans."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fr_capture as cap
from dossier.corpus.families.court_fr import OWN, made_on, render
from dossier.corpus.families.court_fr_papers import SHOWN
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

OTHERS_IN_RANGE = {43106, 43217, 43358, 43118, 43257, 43409, 43562, 43685, 43814}
"""court_bq's, court_dz's and court_ff's cases in the 43000s"""


def test_court_fr_seqs_lie_in_its_range_and_miss_every_other_dossier() -> None:
    ours = family_plans("court_fr")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(43000 <= s <= 43999 for s in seqs)
    assert not set(seqs) & OTHERS_IN_RANGE
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_fr"}
    assert all(p.name.startswith(f"court_fr_0{i}_") for i, p in enumerate(ours, 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fr_01", "court_fr_02", "court_fr_03"):
        c = case_of(prefix)
        assert "（2024）桂0902执43" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fr_01").applicant.id_number.startswith("92")  # the stall is an individual business
    assert case_of("court_fr_03").applicant.id_number.startswith("450922")  # the farmer lives in 陆川县


def test_each_story_is_drawn_in_its_makers_words() -> None:
    herb, pomelo, pig = case_of("court_fr_01"), case_of("court_fr_02"), case_of("court_fr_03")
    basis = render("enforcement_basis", herb, random.Random(0), [])
    starts = [k for k, s in enumerate(basis) if s.starts_document]
    assert len(starts) == 1, "the appeal judgment, then the first-instance judgment as a document of its own"
    appeal, first = text_of(basis[:starts[0]]), text_of(basis[starts[0]:])
    assert "玉林市中级人民法院" in appeal and "桂09民终" in appeal and "砂仁" in appeal and "判决如下" in appeal
    assert "桂0902民初" in first and "上诉于广西壮族自治区玉林市中级人民法院" in first
    award = text_of(render("enforcement_basis", pomelo, random.Random(0), []))
    assert "玉林仲裁委员会" in award and "玉仲字第" in award and "沙田柚" in award and "裁决如下" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", pomelo, random.Random(0), []))
    mediation = text_of(render("enforcement_basis", pig, random.Random(0), []))
    assert "民事调解书" in mediation and "陆川猪" in mediation and "桂0902民初" in mediation
    ttr = text_of(render("termination_this_round_ruling", pomelo, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "云上法庭" in ttr
    heard = text_of(render("interview_record", pomelo, random.Random(0), []))
    assert "谈话笔录" in heard and "视频" in heard and "电子签名确认" in heard
    ruling = text_of(render("enforcement_ruling", herb, random.Random(0), []))
    assert "执行裁定书" in ruling and herb.extra["r_acct"] in ruling
    deal = text_of(render("settlement_agreement", pig, random.Random(0), []))
    assert "执行和解协议" in deal and "陆川猪" in deal


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_fr_01", "court_fr_02", "court_fr_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fr") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_only_the_parties_papers_were_held_up_to_the_camera() -> None:
    shown, own = 0, 0
    for prefix in ("court_fr_01", "court_fr_02", "court_fr_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fr") if p.name.startswith(prefix))
        for k, d in enumerate(plan.docs):
            sheets = render(d.code, c, random.Random(k), d.served or ([d.note] if d.note else []))
            up = [cap.held_up(s) for s in sheets]
            assert len(set(up)) == 1, "a paper is held up whole or not at all"
            if up[0]:
                assert d.code in SHOWN
                shown += 1
            if d.code in OWN:
                own += 1
                assert not up[0]
    assert shown >= 15 and own >= 40


def _sheet(held: bool) -> Sheet:
    s = Sheet(size=(mm(105), mm(148)))  # an A6-ish strip is enough to measure, and quick
    s.centred(mm(20), "申请执行书", font("hei", 60))
    s.draw.rectangle((mm(10), mm(40), mm(40), mm(120)), fill=(20, 20, 20))  # a dark block on the left
    if held:
        vars(s)["held_up"] = True
    return s


def _shot(sheet: Sheet, plan: cap.Plan, seed: int) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return np.asarray(img.convert("L"), dtype=np.float32)


def test_a_held_up_paper_is_a_video_frame_upscaled_and_a_window_paper_a_flatbed_scan() -> None:
    held = [cap.plan_capture(random.Random(s), _sheet(True)) for s in range(300)]
    assert all(p.video and p.photo and p.frame in {(1280, 720), (1920, 1080), (720, 1280), (1080, 1920)} for p in held)
    assert all(150 <= p.dpi <= 200 for p in held)
    sideways = [p for p in held if p.rotation]
    mirrored = [p for p in held if p.mirrored]
    assert {p.rotation for p in sideways} == {90, 270} and all(p.frame[0] > p.frame[1] for p in sideways)
    assert 0 < len(mirrored) < 0.15 * len(held), "a few frames mirrored"
    assert not any(p.rotation for p in mirrored), "a mirrored frame is never also turned"
    flat = [cap.plan_capture(random.Random(s), _sheet(False)) for s in range(300)]
    assert not any(p.video or p.photo or p.mirrored for p in flat)
    assert all(200 <= p.dpi <= 300 and p.rotation in (0, 180) for p in flat)
    assert 0 < sum(p.rotation == 180 for p in flat) < 30
    # the frame keeps the video picture's shape, upscaled so the paper is about page size
    plan = held[0]
    plan.rotation, plan.mirrored = 0, False
    a = _shot(_sheet(True), plan, 1)
    fw, fh = plan.frame
    assert abs(a.shape[1] / a.shape[0] - fw / fh) < 0.01
    assert a.shape[1] > fw, "upscaled from the frame"
    scan = next(p for p in flat if p.rotation == 0)
    b = _shot(_sheet(False), scan, 2)
    assert b.shape == (round(mm(148) * scan.dpi / 200), round(mm(105) * scan.dpi / 200))


def test_a_mirrored_frame_is_the_same_picture_flipped_left_to_right() -> None:
    plan = next(p for p in (cap.plan_capture(random.Random(s), _sheet(True)) for s in range(200))
                if p.mirrored)
    plan.blur = (0.0, 0.0)
    flipped = _shot(_sheet(True), plan, 5)
    plan.mirrored = False
    plain = _shot(_sheet(True), plan, 5)
    assert flipped.shape == plain.shape
    near = np.abs(flipped[:, ::-1] - plain).mean()
    far = np.abs(flipped - plain).mean()
    assert near < far * 0.6, (near, far)
