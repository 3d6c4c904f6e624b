"""court_bk: 陕西省西安市雁塔区人民法院, drawn blind. Three volumes off the undertaker's desk: a 西安中院 二审 judgment for a
腊汁肉 supplier against a 肉夹馍 chain, settled and paid; a 西安仲裁委 award against a 高新区 software company, paid and
archived (cover and catalogue first, its 生效证明 behind the award, 复核表 and 备考表 last); this court's 民间借贷 调解书
against a 小寨 shopkeeper, ended 终本 and filed without its 诉讼费/执行费 receipt. The working copy went onto the flatbed
as it lay: yellow 便利贴 naming other papers, coloured 索引标签 sticking out of first pages, the judge's red 同意 across
the 结案审批表 — and every page is still the paper it was."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families import court_bk, court_bk_capture
from dossier.corpus.families.court_bk_capture import TAB_W, KCapture, Note
from dossier.corpus.families.court_bk_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bk_defective_dossier_lacks_what_its_plans_name():
    assert MISSING == "fee_receipt"


def test_court_bk_seqs_stay_in_its_range_and_its_court_is_yanta():
    ps = family_plans("court_bk")
    assert len(ps) == 3 and all(35000 <= p.seq <= 35999 for p in ps)
    c = case_of("court_bk_01")
    assert c.court.name == "陕西省西安市雁塔区人民法院" and "陕0113执35" in c.number


def _draw(prefix: str, code: str, served: list[str] | None = None) -> tuple[CaseCtx, list[Sheet]]:
    c = case_of(prefix)
    return c, court_bk.render(code, c, random.Random(3), served or [])


def test_court_bk_bases_are_the_intermediate_court_the_tribunal_and_its_own_mediation():
    c, sheets = _draw("court_bk_01", "enforcement_basis")
    t = text_of(sheets)
    assert "陕西省西安市中级人民法院" in t and "民终" in t and "上诉人" in t and "肉夹馍" in c.respondent.name
    assert [s.page_of for s in sheets] == [(1, 2), (2, 2)] and "第2页 共2页" in sheets[1].lines
    c, sheets = _draw("court_bk_02", "enforcement_basis")
    assert "西安仲裁委员会" in text_of(sheets) and "裁决为终局裁决" in text_of(sheets) and "高新区" in c.respondent.address
    _, sheets = _draw("court_bk_03", "enforcement_basis")
    assert "民 事 调 解 书" in sheets[0].lines and "小寨" in text_of(sheets)


def test_court_bk_rulings_are_titled_as_rulings_and_say_what_they_do():
    _, ruling = _draw("court_bk_03", "termination_this_round_ruling")
    assert "执行裁定书" in ruling[0].lines and "终结本院" in text_of(ruling) and "本次执行程序" in text_of(ruling)
    _, freeze = _draw("court_bk_01", "enforcement_ruling")
    assert "执行裁定书" in freeze[0].lines and "冻结、划拨被执行人" in text_of(freeze)


def test_court_bk_parties_numbers_are_valid():
    for prefix in ("court_bk_01", "court_bk_02", "court_bk_03"):
        c = case_of(prefix)
        assert check_id_number(c.applicant.id_number) is None
        r = c.respondent
        assert (check_credit_code(r.id_number) if r.kind == "organisation" else check_id_number(r.id_number)) is None
        _, ids = _draw(prefix, "identity_proof", ["respondent"])
        assert r.id_number in text_of(ids)


def test_court_bk_receipt_names_what_it_serves():
    _, receipt = _draw("court_bk_03", "service_receipt", ["consumption_restriction_order", "dishonest_list_decision"])
    assert any("限制消费令、纳入失信被执行人名单决定书各一份" in line for line in receipt[0].lines)


def _jpeg(sheet: Sheet, cap: KCapture) -> Image.Image:
    return Image.open(io.BytesIO(court_bk_capture.capture(sheet, cap, random.Random(5))))


def _bare(**kw: object) -> KCapture:
    base: dict[str, object] = dict(dpi=200, rotation=0, photo=False, skew=0.0, quality=75, shadow="", blur=0.0, noise=1.0)
    base.update(kw)
    return KCapture(**base)  # type: ignore[arg-type]


def test_court_bk_capture_plans_stay_within_the_flatbeds_range_and_the_judge_signs_the_approval_form():
    _, form = _draw("court_bk_01", "closing_approval_form")
    rng = random.Random(7)
    caps = [court_bk_capture.plan_capture(rng, form[0]) for _ in range(300)]
    assert all(c.signoff for c in caps), "the judge's 同意 is on every 结案审批表"
    assert {c.dpi for c in caps} <= {200, 240, 300} and all(-3 <= c.skew <= 3 for c in caps)
    assert all(50 <= c.quality <= 80 for c in caps) and 5 < sum(c.rotation == 180 for c in caps) < 60
    assert sum(bool(c.notes) for c in caps) > 100 and any(c.tab == "结案" for c in caps)
    _, later = _draw("court_bk_01", "enforcement_basis")
    assert not any(court_bk_capture.plan_capture(rng, later[1]).tab for _ in range(100)), "tabs mark first pages"


def test_court_bk_capture_shows_its_notes_tabs_and_red_ink_and_keeps_the_text():
    _, form = _draw("court_bk_02", "closing_approval_form")
    plain = np.asarray(_jpeg(form[0], _bare()).convert("RGB"), dtype=np.int32)
    assert _jpeg(form[0], _bare(dpi=300)).info["dpi"] == (300, 300)
    assert plain.shape[1] == round(form[0].width * 200 / DPI)
    note = Note("缺送达地址确认书?", 0.75, 0.4, 3.0, (30, 50, 150))
    marked = np.asarray(_jpeg(form[0], _bare(notes=[note], tab="结案", tab_y=0.3, signoff=True)).convert("RGB"),
                        dtype=np.int32)
    assert marked.shape[1] == plain.shape[1] + TAB_W, "the tab sticks out beyond the sheet"
    r, g, b = marked[..., 0], marked[..., 1], marked[..., 2]
    yellow = (r > 220) & (g > 200) & (b < 160)
    red = (r > 150) & (g < 90) & (b < 100)
    assert yellow.sum() > 20000 and red.sum() > 500
    assert ((plain[..., 0] > 150) & (plain[..., 1] < 90)).sum() < red.sum()
    top = plain[: plain.shape[0] // 5].mean(axis=2)
    assert (top < 100).sum() > 2000, "the title is printed dark at the head"
    mtop = marked[: marked.shape[0] // 5, : plain.shape[1]].mean(axis=2)
    assert (mtop < 100).sum() > 0.8 * (top < 100).sum(), "notes are not laid over the title"


@pytest.mark.parametrize("rotation", [0, 180])
def test_court_bk_capture_turns_a_sheet_laid_upside_down(rotation: int):
    _, notice = _draw("court_bk_01", "acceptance_notice")
    a = np.asarray(_jpeg(notice[0], _bare(rotation=rotation)).convert("L"), dtype=np.int32)
    h = a.shape[0]
    head, foot = (a[: h // 4] < 120).sum(), (a[3 * h // 4:] < 120).sum()
    assert (head > foot) == (rotation == 0)


def test_court_bk_blank_backs_stay_blank():
    rng = random.Random(11)
    caps = [court_bk_capture.plan_capture(rng, Sheet()) for _ in range(200)]
    assert not any(c.notes or c.tab or c.signoff for c in caps)
