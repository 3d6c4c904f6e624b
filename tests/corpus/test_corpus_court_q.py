"""The family court_q (乌鲁木齐天山区, held out: drawn without looking at the page reader): a court that writes in Uyghur
and Chinese — the court's name and the titles in both scripts, notices bilingual paragraph by paragraph, seals with a
Uyghur arc — holding a Uyghur woman's application in Uyghur with its certified translation (终本), a 沙依巴克区 judgment
settled and paid (archived), and a 水磨沟区 judgment against a Kazakh man missing its 调查笔录; scanned on a sheet-fed
greyscale scanner with dust on its glass."""

from __future__ import annotations

import io
import random
from decimal import Decimal
from functools import cache
from itertools import pairwise

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_q_capture, renderer
from dossier.corpus.families.court_q import SAYBAGH, SHUIMOGOU
from dossier.corpus.families.court_q_kit import A5, COURT, COURT_UG, QSheet
from dossier.corpus.families.court_q_papers import settlement_sums
from dossier.validators.identity import check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_q"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_q")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _arabic(line: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in line) and not any("\u4e00" <= ch <= "\u9fff" for ch in line)


def test_court_q_is_planned_after_every_older_dossier_and_was_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    planned_after_every_older_dossier("court_q", "court_p", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_q")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_investigation_record() -> None:
    judged_as_planned("court_q", "investigation_record")


def test_the_courts_head_is_uyghur_over_chinese_and_the_uyghur_title_stands_above_or_below() -> None:
    notice = _draw("court_q_01", "enforcement_notice")[0].lines
    assert notice[:2] == [COURT_UG, COURT], "the Uyghur name over the Chinese"
    assert notice.index("ئىجرا ئۇقتۇرۇشى") + 1 == notice.index("执行通知书"), "Uyghur title above"
    fee = _draw("court_q_01", "payment_notice")[0].lines
    assert fee.index("交纳申请执行费通知书") + 1 == fee.index("ئىجرا ئىلتىماس ھەققىنى تاپشۇرۇش ئۇقتۇرۇشى"), "below"
    ruling = text_of(_draw("court_q_01", "termination_this_round_ruling"))
    assert "ئىجرا كېسىمنامىسى" in ruling and "裁定如下：" in ruling and "终结本院" in ruling


def test_notices_to_a_uyghur_party_are_bilingual_paragraph_by_paragraph() -> None:
    lines = _draw("court_q_01", "acceptance_notice")[0].lines
    body = lines[lines.index("（2024）新0102执4127号") + 1:]
    kinds = [_arabic(line) for line in body[1:8]]
    assert kinds[0] and not all(kinds) and any(kinds[3:]), "Uyghur, then Chinese, then Uyghur again"
    assert "گۈلنار ئابدۇرەھىم" in "".join(lines)
    to_him = _draw("court_q_02", "enforcement_notice")[0].lines
    assert any("ئەخمەت تۇرسۇن" in line for line in to_him) and any("251-ماددى" in line for line in to_him)
    assert not any(_arabic(line) for line in _draw("court_q_03", "enforcement_notice")[0].lines[4:]), \
        "to the Kazakh man, who reads Chinese, only the head and the title are bilingual"


def test_the_application_is_in_uyghur_with_its_translation_filed_behind_it() -> None:
    original, translation = _draw("court_q_01", "enforcement_application")[:2]
    assert all(_arabic(line) for line in original.lines) and len(original.lines) > 10
    assert "ئىجرا ئىلتىماسنامىسى" in original.lines
    assert translation.starts_document and "执行申请书（译文）" in translation.lines
    text = text_of([translation])
    assert "翻译声明" in text and "译文内容与原件一致" in text and "限制高消费" in text and "失信被执行人名单" in text
    assert len(_draw("court_q_03", "enforcement_application")) == 1, "a Chinese application has no translation"


def test_parties_are_of_urumqi_with_the_middle_dot_and_valid_xinjiang_numbers() -> None:
    names = []
    for p in OURS:
        _, c = _plan(p.name[:10])
        assert c.number.startswith("（2024）新0102执")
        for party in (c.applicant, c.respondent):
            if party.kind == "person":
                assert check_id_number(party.id_number) is None and party.id_number.startswith("6501")
            names.append(party.name)
        assert c.firm.startswith("新疆") and c.firm.endswith("律师事务所")
    assert sum("·" in n for n in names) >= 3 and any(n.startswith(("马", "白")) for n in names)
    assert check_id_number(str(_plan("court_q_01")[1].extra["rep_id"])) is None
    card = text_of(_draw("court_q_02", "identity_proof", ["respondent"]))
    assert "مىللىتى" in card and "维吾尔" in card and "公民身份号码" in card and "乌鲁木齐市公安局天山区分局" in card


def test_bases_and_papers_come_from_other_xinjiang_bodies() -> None:
    courts = [_plan(p.name[:10])[1].basis_court for p in OURS]
    assert courts == [COURT, SAYBAGH, SHUIMOGOU]
    assert "民事调解书" in text_of(_draw("court_q_01", "enforcement_basis"))
    judgment = text_of(_draw("court_q_02", "enforcement_basis"))
    assert "判决如下：" in judgment and SAYBAGH in judgment
    proof = text_of(_draw("court_q_02", "effectiveness_certificate"))
    assert "生效证明书" in proof and _plan("court_q_02")[1].basis_number in proof
    inquiry = _draw("court_q_03", "online_inquiry_result")
    assert len(inquiry) == 2 and inquiry[1].starts_document and "协助查询存款回复函" in inquiry[1].lines
    assert "乌鲁木齐银行股份有限公司" in inquiry[1].lines
    community = text_of(_draw("court_q_01", "kinship_proof"))
    assert "社区居民委员会" in community and str(_plan("court_q_01")[1].extra["son"]) in community
    receipt = text_of(_draw("court_q_01", "service_receipt", ["termination_this_round_ruling"]))
    assert "系受送达人之子" in receipt


def test_the_settlement_is_paid_in_two_sums_into_the_courts_account_and_paid_out_on_a5_slips() -> None:
    plan, c = _plan("court_q_02")
    assert [d.note for d in plan.docs if d.code == "payment_voucher"] == ["1", "2", "out"]
    first, rest = settlement_sums(c)
    assert first + rest == c.amount
    for k, amount in ((1, first), (2, rest), (0, c.amount)):
        slip = _draw("court_q_02", "payment_voucher", [str(k) if k else "out"])[0]
        assert isinstance(slip, QSheet) and slip.size == A5 and f"{amount:,.2f}" in text_of([slip])
    agreement = text_of(_draw("court_q_02", "settlement_agreement"))
    assert f"{first:,.2f}" in agreement and f"{rest:,.2f}" in agreement and Decimal(0) < first


def _scan(sheet: Sheet, cap: court_q_capture.QCapture) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(court_q_capture.capture(sheet, cap, random.Random(5)))))


def test_dust_draws_a_streak_at_the_same_x_on_consecutive_greyscale_pages() -> None:
    rng = random.Random(7)
    sheet = _draw("court_q_01", "enforcement_ruling")[0]
    caps = [court_q_capture.plan_capture(rng, sheet) for _ in range(120)]
    xs = [c.streak for c in caps]
    runs = sum(1 for a, b in pairwise(xs) if a == b and a >= 0)
    assert runs >= 30 and len({x for x in xs if x >= 0}) >= 3, "a speck stays for pages, then moves"
    assert -1.0 in xs, "and now and then the glass was wiped clean"
    assert {c.dpi for c in caps} <= {150, 200}
    cap = court_q_capture.QCapture(dpi=150, rotation=0, photo=False, streak=0.5, skew=0.0)
    page = _scan(sheet, cap)
    assert page.ndim == 2, "greyscale"
    column = page[: page.shape[0] // 8, page.shape[1] // 2 - 1: page.shape[1] // 2 + 3].min(axis=1)
    assert np.median(column) < 170, "a dark line through the blank top margin"


def test_auto_crop_cuts_or_leaves_a_black_edge_and_the_landscape_printout_lies_sideways() -> None:
    sheet = _draw("court_q_02", "catalogue")[0]
    plain = _scan(sheet, court_q_capture.QCapture(dpi=150, rotation=0, photo=False))
    cut = _scan(sheet, court_q_capture.QCapture(dpi=150, rotation=0, photo=False, crop="cut", side="left", depth=5.0))
    edge = _scan(sheet, court_q_capture.QCapture(dpi=150, rotation=0, photo=False, crop="edge", side="right", depth=5.0))
    assert cut.shape[1] < plain.shape[1] and edge.shape[1] > plain.shape[1]
    assert edge[:, -10:].mean() < 40 and plain[:, -10:].mean() > 200
    printout = _draw("court_q_02", "online_inquiry_result")[0]
    cap = court_q_capture.plan_capture(random.Random(0), printout)
    assert printout.width > printout.height and cap.rotation in (90, 270)
    licence = _draw("court_q_01", "lawyer_license")[0]
    photo = court_q_capture.plan_capture(random.Random(0), licence)
    assert photo.photo and _scan(licence, photo).ndim == 3, "photographed at the window, in colour"
