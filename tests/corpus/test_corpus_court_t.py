"""The family court_t (西藏拉萨城关, held out: drawn without looking at the page reader): a bureau that prints its
papers in Tibetan and Chinese — the court's name and every title in Tibetan script above the Chinese, the seal with
the Tibetan name on its lower arc, the forms' labels bilingual — on thin paper printed on both sides, scanned on a
colour MFP with the reverse side showing through, sticky notes, staples and dog-ears — holding a 拉萨中院 judgment on
unpaid 工程款 settled and paid out, a notarised bank loan archived after 终本, and a cooperative's 调解书 against a hotel
company whose dossier lacks the 调查笔录 of the applicant's clues."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_t_capture, renderer
from dossier.corpus.families.court_t import MIDDLE_COURT, NOTARY, TIBETAN_NAMES
from dossier.corpus.families.court_t_kit import BO_COURT, COURT, SSheet, bilingual_head, tibetan
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_t"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_t")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _red(a: np.ndarray) -> np.ndarray:
    return (a[..., 0] > 150) & (a[..., 0] - a[..., 1] > 60) & (a[..., 0] - a[..., 2] > 40)


def test_court_t_is_planned_after_every_older_dossier_and_was_built_only_when_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned_after_every_older_dossier("court_t", "court_s", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_t")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_investigation_record() -> None:
    judged_as_planned("court_t", "investigation_record")
    codes = [{d.code for d in p.docs} for p in OURS]
    assert "investigation_record" in codes[1] and "investigation_record" not in codes[2]
    assert "interview_record" in codes[2], "the applicant was heard; only the clue check is missing"


def test_the_bases_are_a_middle_court_appeal_a_notarised_loan_and_this_courts_mediation() -> None:
    c1, c2, c3 = (_plan(p.name[:10])[1] for p in OURS)
    assert (c1.basis_court, c2.basis_court, c3.basis_court) == (MIDDLE_COURT, NOTARY, COURT)
    judgment = _draw("court_t_01", "enforcement_basis")
    assert "藏01民终" in c1.basis_number and MIDDLE_COURT in judgment[0].lines
    text = text_of(judgment)
    assert "驳回上诉，维持原判。" in text and "工程款" in text and str(c1.extra["first_number"]) in text
    assert "建筑劳务" in c1.applicant.name and "建设工程" in c1.respondent.name
    assert "赋予债权文书强制执行效力" in text_of(_draw("court_t_02", "enforcement_basis"))
    assert "藏拉证执字" in str(c2.extra["certificate_number"]) and c2.respondent.name in TIBETAN_NAMES
    mediation = text_of(_draw("court_t_03", "enforcement_basis"))
    assert "牦牛" in mediation and "青稞" in mediation and "本院予以确认" in mediation
    assert (
        "合作社" in c3.applicant.name and "旅游酒店" in c3.respondent.name and "藏0102民初" in c3.basis_number
    )


def test_parties_are_of_lhasa_with_tibetan_names_and_valid_numbers() -> None:
    for p in OURS:
        _, c = _plan(p.name[:10])
        assert c.number.startswith("（2024）藏0102执61")
        assert check_credit_code(c.applicant.id_number) is None
        r = c.respondent
        assert (
            check_credit_code(r.id_number) if r.kind == "organisation" else check_id_number(r.id_number)
        ) is None
        assert check_id_number(str(c.extra["rep_id"])) is None and str(c.extra["rep_id"]).startswith("540102")
        assert (r.legal_rep if r.kind == "organisation" else r.name) in TIBETAN_NAMES
        assert c.firm.startswith("西藏") and "拉萨市城关区" in r.address
    assert "藏族" in text_of(_draw("court_t_02", "enforcement_application"))


def _ink_rows(sheet: Sheet, y0: float, y1: float) -> np.ndarray:
    a = np.asarray(sheet.image.convert("L"))
    return (a[int(y0) : int(y1), 300:1350] < 100).sum(axis=1)


def test_the_courts_papers_carry_its_name_and_title_in_tibetan_above_the_chinese() -> None:
    ruling = _draw("court_t_02", "termination_this_round_ruling")
    first = ruling[0]
    assert first.lines[:2] == [COURT, "执行裁定书"], "the Tibetan is drawn, not recorded"
    assert not any("\u0f00" <= ch <= "\u0fff" for s in ruling for line in s.lines for ch in line)
    bi = SSheet()
    bilingual_head(bi, COURT, "执行裁定书", 180)
    assert _ink_rows(bi, 100, 170).sum() > 500, "a line of Tibetan script above the court's name"
    width = tibetan(60).getbbox(BO_COURT)
    assert width[3] - width[1] > 60 * 0.9, "stacked letters: taller than one line of unstacked script"
    a = np.asarray(ruling[-1].image.convert("RGB")).astype(int)
    assert _red(a).sum() > 8000, "the seal and the checked stamp"
    (receipt, _) = _draw("court_t_03", "service_receipt", ["enforcement_notice"])
    g = np.asarray(receipt.image.convert("L"))
    assert (g[900:2200, 200:560] < 120).sum() > 3000, "bilingual labels in the first column"


def _scan(sheet: Sheet, rng: random.Random, **over: object) -> tuple[court_t_capture.TCapture, np.ndarray]:
    cap = court_t_capture.plan_capture(rng, sheet)
    cap.skew, cap.dpi, cap.rotation = 0.0, 200, 0
    for k, v in over.items():
        setattr(cap, k, v)
    return cap, np.asarray(Image.open(io.BytesIO(court_t_capture.capture(sheet, cap, rng))))


def test_the_reverse_side_shows_through_mirrored_and_a_sticky_note_and_a_staple_sit_on_top() -> None:
    rng = random.Random(5)
    front = SSheet()
    front.lines.append("x")
    back = SSheet()
    back.draw.rectangle((100, 300, 500, 700), fill=(0, 0, 0))  # a black block on the left of the back page
    back.lines.append("y")
    _scan(back, rng, bleed=0.0, note="", staple="", dog_ear="")
    _, page = _scan(
        front,
        rng,
        bleed=0.12,
        own_back=True,
        note="请核对送达地址",
        note_at=(0.6, 0.5),
        staple="staple",
        dog_ear="",
    )
    assert page.ndim == 3
    grey = page.mean(axis=2)
    w = grey.shape[1]
    right, left = grey[220:440, w - 310 : w - 90], grey[220:440, 90:310]
    assert right.mean() < left.mean() - 8 and right.mean() > 180, (
        "the back's block shows through faintly, mirrored"
    )
    note = page[
        int(page.shape[0] * 0.5) + 30 : int(page.shape[0] * 0.5) + 200, int(w * 0.6) + 30 : int(w * 0.6) + 200
    ]
    assert (note[..., 2].astype(int) < note[..., 0].astype(int) - 60).mean() > 0.5, "a yellow note"
    assert (grey[:120, :120] < 140).sum() > 20, "the staple in the top-left corner"
    quality = [court_t_capture.plan_capture(rng, front) for _ in range(200)]
    assert all(50 <= q.quality <= 75 and abs(q.skew) <= 2.0 for q in quality)
    assert (
        any(q.rotation == 180 for q in quality)
        and any(q.note for q in quality)
        and any(q.dog_ear for q in quality)
    )
