"""court_bw — 黑龙江省牡丹江市东安区人民法院, drawn blind. A 东宁 黑木耳 co-operative enforces the court's own 民事判决书
for 木耳 and 松子 supplied to a 对俄贸易 company, which pays after its bank account is frozen; a decoration firm
enforces the 牡丹江中院's 二审 judgment against a 镜泊湖 hotel, settles by 执行和解, is paid, and the volume is
archived; a cold-store owner's 牡丹江仲裁委员会 award on a 冷库 lease is ended by 终结本次执行程序 and handed in
without its 结案审批表. The archive room's old greyscale scanner took every page at 150 dpi (a few at 200) into
heavily compressed JPEGs; the window's coloured pre-printed forms beat into a moiré, the recycled grey sheets show
fibres and flecks, and now and then the auto-exposure takes a page lighter or darker than the rest."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bw_capture as cap
from dossier.corpus.families.court_bw import CODES, RECYCLED, TINTS, render
from dossier.corpus.families.court_bw_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bw_draws_its_codes() -> None:
    assert {d.code for p in family_plans("court_bw") for d in p.docs} == set(CODES)


def test_court_bw_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "closing_approval_form"
    defective = next(p for p in family_plans("court_bw") if not p.complete)
    assert defective.method == "terminated_this_round" and defective.basis_kind == "arbitration"


def test_court_bw_seqs_stay_in_its_range() -> None:
    assert all(54000 <= p.seq <= 54999 for p in family_plans("court_bw"))


def test_the_bases_tell_mudanjiang_stories() -> None:
    fungus = case_of("court_bw_01")
    text = text_of(render("enforcement_basis", fungus, random.Random(2), []))
    assert "黑木耳" in text and "松籽" in text and "俄罗斯" in text and "东安区人民法院" in text
    hotel = case_of("court_bw_02")
    sheets = render("enforcement_basis", hotel, random.Random(2), [])
    assert "驳回上诉，维持原判。" in text_of(sheets) and "镜泊湖" in text_of(sheets)
    assert hotel.basis_number.startswith("（2023）黑10民终") and sheets[-1].page_of == (len(sheets), len(sheets))
    cold = case_of("court_bw_03")
    award = text_of(render("enforcement_basis", cold, random.Random(2), []))
    assert "牡丹江仲裁委员会" in award and "冷库" in award and "终局裁决" in award


def test_every_ruling_is_titled_and_says_what_it_does() -> None:
    cold = case_of("court_bw_03")
    ttr = render("termination_this_round_ruling", cold, random.Random(3), [])[0].lines
    assert "执行裁定书" in ttr and any("终结" in ln and "本次执行程序" in ln for ln in ttr)
    freeze = text_of(render("enforcement_ruling", case_of("court_bw_01"), random.Random(3), []))
    assert "执行裁定书" in freeze and "冻结、扣划" in freeze


def test_the_bank_answers_the_freeze_on_its_own_slip() -> None:
    fungus = case_of("court_bw_01")
    reply = render("assistance_notice", fungus, random.Random(8), ["reply"])[0].lines
    notice = render("assistance_notice", fungus, random.Random(8), [])[0].lines
    assert reply[0] == fungus.extra["bank"] and "协助冻结存款回执" in reply and fungus.number in "".join(reply)
    assert "协助执行通知书" in notice and notice[0] == "黑龙江省牡丹江市东安区人民法院"
    plan = family_plans("court_bw")[0]
    codes = [(d.code, d.note) for d in plan.docs]
    assert codes.index(("assistance_notice", "reply")) == codes.index(("assistance_notice", "")) + 1


def test_party_numbers_are_valid() -> None:
    for prefix in ("court_bw_01", "court_bw_02", "court_bw_03"):
        c = case_of(prefix)
        for p in (c.applicant, c.respondent):
            check = check_credit_code if p.kind == "organisation" else check_id_number
            assert check(p.id_number) is None, (prefix, p.name, p.id_number)
    owner = case_of("court_bw_03").applicant
    card = render("identity_proof", case_of("court_bw_03"), random.Random(9), [])[0].lines
    assert f"公民身份号码　{owner.id_number}" in card and "签发机关　牡丹江市公安局东安分局" in card
    assert any(line.startswith(f"性别 {owner.sex}") for line in card)
    assert owner.sex == ("男" if int(owner.id_number[16]) % 2 else "女")


def _captured(sheet: Sheet, seed: int, **over: object) -> tuple[cap.BwCapture, np.ndarray, Image.Image]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in over.items():
        setattr(plan, k, v)
    jpeg = cap.capture(sheet, plan, random.Random(seed))
    img = Image.open(io.BytesIO(jpeg))
    return plan, np.asarray(img.convert("L"), dtype=np.float32), img


def test_the_old_scanner_saves_small_heavily_compressed_grey_jpegs() -> None:
    sheet = render("enforcement_notice", case_of("court_bw_01"), random.Random(4), [])[0]
    for seed in range(6):
        plan, a, img = _captured(sheet, seed)
        assert img.mode == "L" and plan.dpi in (150, 200) and 25 <= plan.quality <= 45
        assert round(img.info["dpi"][0]) == plan.dpi and abs(a.shape[1] - 210 / 25.4 * plan.dpi) < 3
        assert img.quantization[0][0] >= 8, "coarse quantisation: 8×8 block artefacts"  # type: ignore[attr-defined]
        assert abs(plan.skew) <= 3


def test_coloured_forms_beat_into_moire_and_white_pages_do_not() -> None:
    receipt = render("service_receipt", case_of("court_bw_01"), random.Random(5), ["closing_notice"])[0]
    assert receipt.paper == TINTS["pink"][0] and cap.coloured(receipt)
    _, a, _ = _captured(receipt, 1, skew=0.0, exposure=1.0, blur=0.0)
    _, b, _ = _captured(receipt, 1, skew=0.0, exposure=1.0, blur=0.0, moire=0.0)
    patch = (slice(-260, -60), slice(60, 300))  # bare paper under the form
    assert a[patch].std() > b[patch].std() + 2, "the screen's beat shows on the bare tinted paper"
    assert cap.plan_capture(random.Random(1), Sheet()).moire == 0.0


def test_recycled_sheets_carry_flecks_and_stay_readable() -> None:
    rec = render("investigation_record", case_of("court_bw_03"), random.Random(6), [])[0]
    assert rec.paper == RECYCLED
    plan, a, _ = _captured(rec, 2, skew=0.0, exposure=1.0)
    assert plan.recycled
    _, clean, _ = _captured(rec, 2, skew=0.0, exposure=1.0, recycled=False)
    h = a.shape[0]
    bare = (slice(int(h * 0.6), int(h * 0.92)), slice(None))  # the paper below the record's lines
    specks = int((a[bare] < 185).sum())
    assert specks > 20 and int((clean[bare] < 185).sum()) < specks / 4, "fibres and flecks on the bare paper"
    assert a[bare].std() > clean[bare].std(), "the recycled sheet's mottled grey"
    assert int((a < 110).sum()) > 3000 and np.median(a) > 180, "dark strokes on light paper: a clerk reads it"


def test_auto_exposure_takes_a_few_pages_lighter_or_darker() -> None:
    sheet = render("payment_notice", case_of("court_bw_01"), random.Random(7), [])[0]
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(200)]
    odd = [p for p in plans if p.exposure != 1.0]
    assert 5 <= len(odd) <= 50
    _, normal, _ = _captured(sheet, 3, skew=0.0, exposure=1.0)
    _, dark, _ = _captured(sheet, 3, skew=0.0, exposure=0.82)
    _, light, _ = _captured(sheet, 3, skew=0.0, exposure=1.14)
    assert np.median(dark) < np.median(normal) - 20 and np.median(light) >= np.median(normal)
    assert int((light < 120).sum()) > 3000 and np.median(dark) > 150, "still readable"
