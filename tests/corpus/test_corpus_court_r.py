"""The family court_r (呼和浩特新城区, held out: drawn without looking at the page reader): a court that writes in
traditional Mongolian script and Chinese — the court's name and the document's name in vertical Mongolian columns at
the left margin of the head, or as a band of short columns above the Chinese name, notices to a Mongolian-speaking
party opening with a Mongolian block, seals with the Mongolian name on the lower arc — holding a 四子王旗 judgment
against a herder whose livestock the family lives on (终本), an arbitral award for a Mongolian woman settled and paid
(archived), and a 公证债权文书 missing its 限制消费令; scanned on the archive's old sheet-fed scanner at 120–150 dpi,
grey, strong JPEG, no deskew."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_r_capture, renderer
from dossier.corpus.families.court_r import ARBITRATION, GACHA, NOTARY, SIZIWANG
from dossier.corpus.families.court_r_kit import COURT, MN, RSheet
from dossier.corpus.families.court_r_papers import settlement_sums
from dossier.validators.identity import check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_r"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_r")(code, _plan(prefix)[1], random.Random(seed), served or [])


def _mongolian(line: str) -> bool:
    return any("\u1800" <= ch <= "\u18af" for ch in line) and not any(
        "\u4e00" <= ch <= "\u9fff" for ch in line
    )


def test_court_r_is_planned_after_every_older_dossier_and_was_built_only_when_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    planned_after_every_older_dossier("court_r", "court_q", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_r")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_restriction_order() -> None:
    judged_as_planned("court_r", "consumption_restriction_order")
    plan = _plan("court_r_03")[0]
    assert any(
        d.code == "service_receipt" and "consumption_restriction_order" in d.served for d in plan.docs
    ), "served, its 送达回证 filed: the order itself is what is missing"


def _ink_box(sheet: Sheet, x0: float, x1: float, y0: float, y1: float) -> tuple[int, int]:
    """Width and height of the dark ink within a region of the page."""
    a = np.asarray(sheet.image.convert("L"))[int(y0) : int(y1), int(x0) : int(x1)] < 128
    cols, rows = np.where(a.any(axis=0))[0], np.where(a.any(axis=1))[0]
    return (int(cols[-1] - cols[0]), int(rows[-1] - rows[0])) if len(cols) else (0, 0)


def test_the_head_carries_vertical_mongolian_at_the_left_margin_or_as_a_band_above_the_chinese_name() -> None:
    notice = _draw("court_r_01", "enforcement_notice")[0]
    assert notice.lines[:3] == [MN["court"], MN["enforcement_notice"], COURT]
    w, h = _ink_box(notice, 0, mm(26), 0, mm(200))
    assert h > mm(80) and w < mm(14), "two tall narrow columns in the left margin, written top to bottom"
    decision = _draw("court_r_01", "dishonest_list_decision")[0]
    at = decision.lines.index(COURT)
    assert at >= 2 and all(_mongolian(line) for line in decision.lines[:at]), (
        "a band of short columns over the name"
    )
    assert " ".join(decision.lines[:at]) == MN["court"]
    w, h = _ink_box(decision, 0, decision.width, mm(8), mm(27))
    assert w > mm(20) and h < mm(19), "the band is wide and low"
    ruling = text_of(_draw("court_r_01", "termination_this_round_ruling"))
    assert (
        MN["ruling"] in ruling
        and "裁定如下：" in ruling
        and "终结本院" in ruling
        and "维持生活必需的牲畜" in ruling
    )
    bank = _draw("court_r_02", "assistance_notice")[0].lines
    assert not any(_mongolian(line) for line in bank), "the bank's notice is in Chinese only"


def test_notices_to_a_mongolian_speaker_open_with_a_mongolian_block() -> None:
    lines = _draw("court_r_01", "enforcement_notice")[0].lines
    body = lines[lines.index(_plan("court_r_01")[1].number) + 1 :]
    assert body[0].endswith("：") and all(_mongolian(line) for line in body[1:4]), (
        "the herder's name, then Mongolian"
    )
    first_chinese = next(i for i, line in enumerate(body[1:], 1) if not _mongolian(line))
    assert "ᠪᠠᠭᠠᠲᠤᠷ ᠴᠢᠯᠠᠭᠤ" in "".join(body[1:first_chinese]) and "已经发生法律效力" in "".join(
        body[first_chinese : first_chinese + 3]
    )
    to_her = _draw("court_r_02", "acceptance_notice")[0].lines
    assert any("ᠤᠶᠤᠨᠴᠡᠴᠡᠭ" in line for line in to_her) and "指定本院执行" in "".join(to_her)
    to_her_debtor = _draw("court_r_03", "enforcement_notice")[0].lines
    assert sum(_mongolian(line) for line in to_her_debtor) == 2, (
        "to a Chinese reader only the head is bilingual"
    )


def test_parties_are_of_hohhot_and_siziwang_with_the_middle_dot_and_valid_inner_mongolian_numbers() -> None:
    names = []
    for p in OURS:
        _, c = _plan(p.name[:10])
        assert c.number.startswith("（2024）蒙0102执4") and 41000 <= p.seq <= 41999
        for party in (c.applicant, c.respondent):
            assert (
                check_id_number(party.id_number) is None
                if party.kind == "person"
                else len(party.id_number) == 18
            )
            if party.kind == "person":
                assert party.id_number.startswith(("150102", "150929"))
            names.append(party.name)
        assert c.firm.startswith("内蒙古") and c.firm.endswith("律师事务所")
        assert check_id_number(str(c.extra["rep_id"])) is None, "the 法定代表人身份证明书's number"
    assert sum("·" in n for n in names) >= 1 and "乌云其其格" in names
    herder = _plan("court_r_01")[1].respondent
    assert herder.name == "巴特尔·朝鲁" and GACHA in herder.address
    card = _draw("court_r_01", "identity_proof", ["respondent"])[0]
    assert isinstance(card, RSheet) and card.colour, "a Mongolian's card copy was scanned in colour"
    assert "ᠨᠡᠷ᠎ᠡ" in card.lines and "ᠪᠠᠭᠠᠲᠤᠷ ᠴᠢᠯᠠᠭᠤ" in card.lines and "四子王旗公安局" in card.lines
    licence = text_of(_draw("court_r_02", "identity_proof", ["respondent"]))
    assert "营　业　执　照" in licence and "法定代表人身份证明书" in licence


def test_bases_are_a_banner_courts_judgment_an_arbitral_award_and_a_notarised_loan() -> None:
    courts = [_plan(p.name[:10])[1].basis_court for p in OURS]
    assert courts == [SIZIWANG, ARBITRATION, NOTARY]
    judgment = _draw("court_r_01", "enforcement_basis")
    assert "内蒙古自治区四子王旗人民法院" in judgment[0].lines and "判决如下：" in text_of(judgment)
    assert "以蒙汉两种语言审理" in text_of(judgment) and _mongolian(judgment[0].lines[0])
    application = text_of(_draw("court_r_01", "enforcement_application"))
    assert "向财产所在地的贵院申请执行" in application and "失信被执行人名单" in application
    award = text_of(_draw("court_r_02", "enforcement_basis"))
    assert "裁决如下：" in award and "终局裁决" in award
    assert "生效证明" in text_of(_draw("court_r_02", "effectiveness_certificate"))
    notarial = text_of(_draw("court_r_03", "enforcement_basis"))
    assert "公　证　书" in notarial and "强制执行效力" in notarial
    certificate = _draw("court_r_03", "effectiveness_certificate")[0].lines
    assert "执　行　证　书" in certificate and str(_plan("court_r_03")[1].extra["certificate"]) in certificate


def test_the_gacha_certifies_the_herders_livestock_and_the_womans_son() -> None:
    record = _draw("court_r_01", "investigation_record")
    assert not record[-1].starts_document and "证　明" in record[-1].lines, (
        "the 嘎查's certificate, the record's attachment"
    )
    text = text_of(record)
    assert "嘎查村民委员会主任" in text and "羊37只、牛4头" in text and "维持家庭基本生活所必需" in text
    kin = _draw("court_r_02", "kinship_proof")[0]
    assert _mongolian(kin.lines[1]) and "系其长子" in text_of([kin]) and "嘎查村民委员会" in text_of([kin])
    receipt = text_of(_draw("court_r_02", "service_receipt", ["closing_notice"]))
    assert "系受送达人之子（附嘎查村民委员会证明）" in receipt
    plan, c = _plan("court_r_02")
    first, rest = settlement_sums(c)
    assert first + rest == c.amount and [d.note for d in plan.docs if d.code == "payment_voucher"] == [
        "1",
        "2",
        "out",
    ]


def _scan(sheet: Sheet, cap: court_r_capture.RCapture) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(court_r_capture.capture(sheet, cap, random.Random(5)))))


def test_the_archive_scanner_is_low_resolution_grey_strongly_compressed_and_never_deskews() -> None:
    rng = random.Random(3)
    sheet = _draw("court_r_03", "enforcement_ruling")[0]
    caps = [court_r_capture.plan_capture(rng, sheet) for _ in range(200)]
    assert {c.dpi for c in caps} == {120, 150} and max(c.quality for c in caps if not c.colour) <= 45
    assert sum(abs(c.skew) > 0.3 for c in caps) > 120, "no automatic deskew: pages keep their skew"
    assert 5 <= sum(c.aged > 0 for c in caps) <= 40 and sum(c.colour for c in caps) <= 10
    flat = _scan(sheet, court_r_capture.RCapture(dpi=150, quality=35))
    assert flat.ndim == 2 and flat.shape[1] == round(sheet.width * 150 / 200), "grey, at 150 dpi"
    big = court_r_capture.capture(sheet, court_r_capture.RCapture(dpi=150, quality=35), random.Random(5))
    fine = court_r_capture.capture(sheet, court_r_capture.RCapture(dpi=150, quality=90), random.Random(5))
    assert len(big) < len(fine) * 0.6, "strong JPEG"
    skewed = _scan(sheet, court_r_capture.RCapture(dpi=150, skew=1.2, quality=35))
    row = skewed[: skewed.shape[0] // 3] < 100
    left, right = row[:, 250:300].any(axis=1), row[:, -300:-250].any(axis=1)
    assert np.argmax(left) != np.argmax(right), "the head rule runs aslant"
    aged = _scan(sheet, court_r_capture.RCapture(dpi=150, aged=0.9, quality=35))
    assert np.median(aged) < np.median(flat) - 8, "yellowed paper scans grey"


def test_card_copies_and_the_registrys_reply_are_scanned_in_colour_the_printout_lies_sideways() -> None:
    card = _draw("court_r_01", "identity_proof", ["respondent"])[0]
    cap = court_r_capture.plan_capture(random.Random(0), card)
    assert cap.colour and _scan(card, cap).ndim == 3
    printout, reply = _draw("court_r_01", "online_inquiry_result")
    assert (
        reply.starts_document
        and "不动产登记信息查询结果告知书" in reply.lines
        and isinstance(reply, RSheet)
        and reply.colour
    )
    side = court_r_capture.plan_capture(random.Random(0), printout)
    assert side.rotation in (90, 270) and _scan(printout, side).shape[0] > _scan(printout, side).shape[1]
    again = _draw("court_r_01", "online_inquiry_result", ["again"])
    assert len(again) == 1
