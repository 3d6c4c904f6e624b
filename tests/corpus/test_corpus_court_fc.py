"""court_fc (江西省景德镇市珠山区人民法院): three dossiers of the porcelain town. A 柴窑 workshop enforces a 景德镇仲裁委员会
award for firing and 青花 painting against a 陶溪川 creative company — frozen, settled, paid, archived with the
commission's 生效证明 behind the award. A ceramic e-commerce shipper enforces the 中院's 二审 judgment for broken parcels
against a courier franchise operator who shut up shop — nothing found, 终本. A 浮梁 tea co-operative enforces the
浮梁县法院's 调解书 against a teahouse company by the 御窑厂 — settled and paid, filed without its 收取执行款确认书.
Every page went through an old copier-scanner in "photo" mode: 1-bit halftones, some pages copies of copies."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_fc_capture as cap
from dossier.corpus.families.court_fc import CLOSING, made_on, render
from dossier.corpus.families.court_fc_kit import mark_received
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def _cases() -> tuple[CaseCtx, CaseCtx, CaseCtx]:
    return case_of("court_fc_01"), case_of("court_fc_02"), case_of("court_fc_03")


def test_court_fc_seqs_lie_in_its_range_and_miss_the_older_ones() -> None:
    seqs = [p.seq for p in family_plans("court_fc")]
    assert len(seqs) == 3 and all(64000 <= s <= 64999 for s in seqs)
    assert not set(seqs) & {64127, 64518, 64863}, "the older families' cases in this range"
    assert all(p.name.startswith(f"court_fc_0{i}_") for i, p in enumerate(family_plans("court_fc"), 1))


def test_the_parties_carry_valid_numbers_of_their_kind_and_the_court_code() -> None:
    kiln, parcel, tea = _cases()
    for c in (kiln, parcel, tea):
        assert "赣0203执64" in c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (c.number, p.name, bad)
    assert kiln.applicant.id_number.startswith("92360203"), "a workshop is an individual business (92…)"
    assert tea.applicant.id_number.startswith("93360222"), "a 浮梁 farmers' co-operative (93…)"
    assert parcel.respondent.kind == "person" and parcel.respondent.id_number[:2] == "36"


def test_each_story_is_told_in_its_makers_words() -> None:
    kiln, parcel, tea = _cases()
    award = text_of(render("enforcement_basis", kiln, random.Random(0), []))
    assert "景德镇仲裁委员会" in award and "景仲裁字〔2023〕" in award and "青花" in award and "柴窑" in award
    assert "裁决如下" in award and "○" in award, "the commission's GB 宋 writes ○ for 〇"
    assert "发生法律效力" in text_of(render("effectiveness_certificate", kiln, random.Random(0), []))
    appeal = text_of(render("enforcement_basis", parcel, random.Random(0), []))
    assert "赣02民终" in appeal and "驳回上诉，维持原判" in appeal and parcel.extra["first"] in appeal
    assert "破损" in appeal and "终审判决" in appeal
    mediation = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "民事调解书" in mediation and "赣0222民初" in mediation and "浮梁红茶" in mediation
    ttr = text_of(render("termination_this_round_ruling", parcel, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr and parcel.extra["point"] in ttr
    ruling = text_of(render("enforcement_ruling", kiln, random.Random(0), []))
    assert "执行裁定书" in ruling and kiln.extra["r_acct"] in ruling and "裁定如下" in ruling
    application = text_of(render("enforcement_application", tea, random.Random(0), []))
    assert "限制消费" in application and "失信被执行人名单" in application
    assert "御窑厂" in mediation or "御窑" in tea.respondent.address + tea.respondent.name


def test_dates_run_in_order() -> None:
    """A receipt after what it serves; the 终本 ruling after the interview, the interview after the visit; the
    archive's papers after the closing; the certificate of effect after the award."""
    for i, c in enumerate(_cases()):
        plan = family_plans("court_fc")[i]
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (plan.name, d.served, got)
        assert made_on(c, "closing_approval_form") <= c.closed_on
    kiln, parcel, _tea = _cases()
    assert made_on(parcel, "investigation_record") < made_on(parcel, "interview_record") \
        < made_on(parcel, "termination_this_round_ruling")
    assert (made_on(parcel, "termination_this_round_ruling") - parcel.filed_on).days > 90
    assert all(made_on(kiln, code) > kiln.closed_on for code, days in CLOSING.items() if days < 0)
    assert made_on(kiln, "effectiveness_certificate") > kiln.basis_effective


def test_the_senders_papers_arrive_photocopied() -> None:
    kiln = case_of("court_fc_01")
    for code in ("enforcement_basis", "power_of_attorney", "identity_proof"):
        sheets = render(code, kiln, random.Random(2), [])
        assert all(cap.generations(s) >= 1 for s in sheets), code
    assert cap.generations(render("enforcement_notice", kiln, random.Random(2), [])[0]) == 0
    received = mark_received([Sheet(size=(mm(60), mm(40)))], 2)[0]
    assert all(len(cap.plan_capture(random.Random(s), received).copies) >= 2 for s in range(30))


def _strip(grey: int = 255) -> Sheet:
    s = Sheet(size=(mm(120), mm(80)))
    s.image.paste((grey, grey, grey), (0, 0, s.width, s.height))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.CopierScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    turned = plan.rotation in (90, 270)
    assert (img.height if turned else img.width) == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img, dtype=np.float32)


def test_photo_mode_halftones_grey_into_black_and_white_dots() -> None:
    for method in ("diffusion", "cluster", "bayer"):
        _, a = _scan(_strip(150), 1, dpi=200, halftone=method, copies=[], skew=0.0, rotation=0, flips=0,
                     exposure=1.0, floor=0.0)
        inner = a[20:-20, 20:-20]
        black, white = (inner < 64).mean(), (inner > 192).mean()
        assert black > 0.2 and white > 0.2 and black + white > 0.9, (method, black, white)
        assert 80 < inner.mean() < 200, (method, inner.mean())
    _, paper = _scan(_strip(255), 2, dpi=200, halftone="diffusion", copies=[], flips=0, rotation=0)
    assert (paper > 192).mean() > 0.99, "clean paper stays white"


def test_copies_of_copies_thicken_strokes_and_grey_the_ground() -> None:
    s = _strip()
    for k in range(6):
        s.line(mm(10), mm(10 + k * 10), mm(110), mm(10 + k * 10), width=2)
    thin = [cap.Copy(blur=0.6, spread=0.5, gamma=1.2, white=225, black=35, fog=14 + 6 * k) for k in range(3)]
    _, first = _scan(s, 3, dpi=300, halftone="diffusion", copies=[], skew=0.0, rotation=0, flips=0)
    _, third = _scan(s, 3, dpi=300, halftone="diffusion", copies=thin, skew=0.0, rotation=0, flips=0)
    band = slice(round(mm(5) * 1.5), round(mm(65) * 1.5))
    assert (third[band] < 128).mean() > 1.5 * (first[band] < 128).mean(), "strokes thicken, the ground greys"
    shadow = [cap.Copy(blur=0.5, spread=0.3, gamma=1.1, white=230, black=30, fog=6, shadows=[("left", 8.0, 0.8)])]
    _, edged = _scan(_strip(), 4, dpi=200, halftone="diffusion", copies=shadow, skew=0.0, rotation=0, flips=0)
    assert (edged[:, :mm(3)] < 128).mean() > 0.5 > (edged[:, mm(30):] < 128).mean(), "the edge's shadow"


def test_the_plans_vary_page_to_page_within_the_copiers_settings() -> None:
    blank = _strip()
    plans = [cap.plan_capture(random.Random(s), blank) for s in range(200)]
    assert {p.halftone for p in plans} == {"diffusion", "cluster", "bayer"}
    assert {p.dpi for p in plans} <= {150, 200, 240, 300} and len({p.dpi for p in plans}) == 4
    assert {p.rotation for p in plans} >= {0, 90, 180} and sum(p.rotation != 0 for p in plans) < 40
    assert all(not p.photo and abs(p.skew) <= 1.4 for p in plans)
    assert all(p.halftone == "diffusion" for p in plans if p.dpi == 150)
    assert {len(p.copies) for p in plans} >= {0, 1, 2}
    _, turned = _scan(blank, 5, rotation=90, dpi=150)
    assert turned.shape[0] > turned.shape[1], "the landscape strip went in turned"
