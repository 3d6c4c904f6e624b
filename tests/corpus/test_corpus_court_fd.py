"""court_fd (云南省玉溪市红塔区人民法院): three dossiers of 玉溪. A haulier of 滤棒 and 接装纸 for the 卷烟厂 enforces an award
of 玉溪仲裁委员会 against the 烟用材料 maker — an account frozen, a settlement paid in, 执行完毕, archived (cover and
catalogue first, the commission's 生效证明 behind the award). A 抚仙湖 guesthouse keeper enforces a judgment of
澄江市人民法院 against a folded 化石研学 tour company: nothing found, 限制消费 and 失信, the keeper heard, 终本. A rose
grower enforces this court's 民事调解书 against a 花商, who settles and pays him directly — without the 收款账户确认书.
Every page was marked by the readers (highlighter, ballpoint, 便利贴, stamps, clips) before the colour flatbed or a
phone on the desk captured it."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fd_capture as cap
from dossier.corpus.families.court_fd import made_on, render
from dossier.corpus.families.court_fd_kit import say, song, spots
from dossier.corpus.families.court_fd_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_fd_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fd")]
    assert len(seqs) == 3 and all(88000 <= s <= 88999 for s in seqs)
    assert not set(seqs) & {88127, 88214, 88352, 88473, 88619, 88806}, "older dossiers' cases"
    assert all(p.name.startswith(f"court_fd_0{i}_") for i, p in enumerate(family_plans("court_fd"), 1))


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in ("court_fd_01", "court_fd_02", "court_fd_03"):
        c = case_of(prefix)
        assert "云0402执88" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_fd_02").applicant.id_number.startswith("530481"), "the guesthouse keeper lives at 澄江"


def test_each_story_is_drawn_in_its_makers_words() -> None:
    freight, fossil, flower = case_of("court_fd_01"), case_of("court_fd_02"), case_of("court_fd_03")
    award = text_of(render("enforcement_basis", freight, random.Random(0), []))
    assert "玉溪仲裁委员会" in award and "裁决如下" in award and "玉仲裁字" in award and "卷烟厂" in award
    assert "生效" in text_of(render("effectiveness_certificate", freight, random.Random(0), []))
    judgment = text_of(render("enforcement_basis", fossil, random.Random(0), []))
    assert "澄江市人民法院" in judgment and "判决如下" in judgment and "云0481民初" in judgment and "化石" in judgment
    assert "生效证明书" in text_of(render("effectiveness_certificate", fossil, random.Random(0), []))
    deal = text_of(render("enforcement_basis", flower, random.Random(0), []))
    assert "民事调解书" in deal and "云0402民初" in deal and "玫瑰" in deal
    ttr = text_of(render("termination_this_round_ruling", fossil, random.Random(0), []))
    assert "执行裁定书" in ttr and "裁定如下" in ttr and "终结本次执行程序。" in ttr
    ruling = text_of(render("enforcement_ruling", freight, random.Random(0), []))
    assert "执行裁定书" in ruling and freight.extra["r_acct"] in ruling
    assert "斗南" in deal and "收条" in text_of(render("payment_voucher", flower, random.Random(0), []))
    assert MISSING == "payment_account_confirmation"
    plan = next(p for p in family_plans("court_fd") if not p.complete)
    assert MISSING not in {d.code for d in plan.docs}


def test_dates_run_in_order() -> None:
    """A receipt is dated after what it serves; the 终本 ruling after the interview; the archive after closing."""
    for prefix in ("court_fd_01", "court_fd_02", "court_fd_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_fd") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
            assert got[0] <= c.closed_on
    fossil, freight = case_of("court_fd_02"), case_of("court_fd_01")
    assert made_on(fossil, "interview_record") < made_on(fossil, "termination_this_round_ruling") < fossil.closed_on
    assert (fossil.closed_on - fossil.filed_on).days >= 90
    assert all(made_on(freight, x) > freight.closed_on for x in ("dossier_cover", "catalogue", "file_review_form",
                                                                 "remarks_sheet"))
    assert freight.basis_effective < freight.filed_on


def _page() -> Sheet:
    """A strip of a page with a title, a case number and a body line noted where they stand."""
    s = Sheet(size=(mm(180), mm(150)))
    say(s, mm(40), mm(20), "执行裁定书", song(70), kind="title")
    say(s, mm(90), mm(45), "（2024）云0402执88041号", song(38), kind="number")
    say(s, mm(30), mm(70), "冻结、划拨被执行人的存款人民币12,000.00元。", song(40), kind="money")
    return s


def _grab(sheet: Sheet, plan: cap.DeskScan, seed: int = 0) -> Image.Image:
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return img


def _plain(**change: object) -> cap.DeskScan:
    plan = cap.DeskScan(dpi=200, rotation=0, photo=False, quality=90, skew=0.0, grey=False, offset=(0.0, 0.0),
                        noise=1.0)
    for k, v in change.items():
        setattr(plan, k, v)
    return plan


def test_the_highlighter_tints_the_line_and_the_print_shows_through() -> None:
    s = _page()
    box = next(b for k, *b in spots(s) if k == "title")
    mark = cap.Mark("hl", (box[0], box[1], box[2], box[3]), "yellow", seed=1)
    a = np.asarray(_grab(s, _plain(marks=[mark])).convert("RGB"), dtype=np.float32)
    x0, y0, x1, y1 = (int(v) for v in box)
    region = a[y0:y1, x0:x1]
    paper = region[(region[..., 0] > 200) & (region[..., 1] > 190)]
    assert len(paper) > region.shape[0] * region.shape[1] * 0.5 and paper[:, 2].mean() < 120, "yellow where the paper was"
    assert (region.max(axis=2) < 90).mean() > 0.05, "the title's strokes still dark under the marker"
    clean = np.asarray(_grab(s, _plain()).convert("RGB"), dtype=np.float32)[y0:y1, x0:x1]
    assert clean[..., 2].mean() - region[..., 2].mean() > 40


def test_pen_marks_notes_and_stamps_are_ink_not_print() -> None:
    s = _page()
    before = list(s.lines)
    number = next(b for k, *b in spots(s) if k == "number")
    plan = _plain(marks=[cap.Mark("circle", (number[0], number[1], number[2], number[3]), "red", seed=2)],
                  stamps=[cap.Stamp("copy", (mm(20), mm(100)), "red", "3.12", "李")])
    a = np.asarray(_grab(s, plan).convert("RGB"), dtype=np.int16)
    red = (a[..., 0] > 150) & (a[..., 1] < 110) & (a[..., 2] < 120)
    x0, y0, x1, y1 = (int(v) for v in number)
    assert red[y0 - 40: y1 + 40, x0 - 60: x1 + 60].sum() > 300, "a red ellipse round the case number"
    assert red[mm(100): mm(122), mm(20): mm(94)].sum() > 800, "the red 复印件与原件核对无误 box"
    assert s.lines == before, "marks never join the printed text"


def test_a_sticky_note_covers_no_print_and_casts_a_shadow() -> None:
    s = _page()
    ink = cap.ink_map(s)
    for seed in range(12):
        st = cap._plan_sticky(random.Random(seed), s, ink, spots(s), "退补", [])
        if st is None:
            continue
        x0, y0, x1, y1 = st.box
        on = (max(0.0, x0), y0, min(float(s.width), x1), y1)
        assert cap._free(ink, on, 0.0003), "nothing printed under the note"
        assert not any(cap._overlaps(st.box, (b[0], b[1], b[2], b[3])) for k, *b in spots(s) if k != "body")
        a = np.asarray(_grab(s, _plain(sticky=st)).convert("RGB"), dtype=np.float32)
        cx, cy = int((on[0] + on[2]) / 2), int((on[1] + on[3]) / 2)
        assert abs(a[cy, cx] - np.array(cap.STICKY[st.colour], np.float32)).max() < 40
        return
    raise AssertionError("no place for a note")


def test_the_clip_sits_at_the_top_edge_in_its_shadow() -> None:
    s = _page()
    a = np.asarray(_grab(s, _plain(clip=("binder", 0.5))).convert("L"), dtype=np.float32)
    w = a.shape[1]
    assert a[: mm(8), w // 2 - 20: w // 2 + 20].mean() < 80, "the black binder clip over the top edge"
    assert a[mm(30):, w // 2].mean() > a[: mm(8), w // 2].mean() + 100


def test_the_capture_plans_vary_and_stay_legible() -> None:
    s = _page()
    plans = [cap.plan_capture(random.Random(k), s) for k in range(160)]
    assert {p.rotation for p in plans} >= {0, 90, 180}
    assert 0.03 < sum(p.photo for p in plans) / len(plans) < 0.25
    assert all(150 <= p.dpi <= 300 and abs(p.skew) <= 1.4 for p in plans)
    assert sum(bool(p.marks) for p in plans) > 60 and sum(p.clip is not None for p in plans) > 10
    turned = _grab(s, _plain(rotation=90))
    assert turned.size == (s.height, s.width)
    photo = _grab(s, _plain(photo=True, dpi=150), seed=4)
    assert photo.width > s.width * 150 / 200, "the desk shows round the photographed sheet"
    grey = _grab(s, _plain(grey=True))
    assert grey.mode == "L"


def test_copies_carry_the_clerks_check_stamp() -> None:
    c = case_of("court_fd_01")
    sheets = render("identity_proof", c, random.Random(0), ["respondent"])
    assert sheets[0].__dict__.get("fd_copy")
    found = [p for k in range(30) if (p := cap.plan_capture(random.Random(k), sheets[0])).stamps]
    assert found and all(any(st.kind == "copy" for st in p.stamps) for p in found)
