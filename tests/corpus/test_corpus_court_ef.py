"""court_ef (清江浦法院, held out): its own stories — the 淮安 parties carry valid numbers and the court's code, each paper
speaks in its maker's words (a 盱眙 crayfish judgment, a 劳动人事争议仲裁委员会 award, a canal barge in the loan), the
送达回证 is dated after what it serves, and the production scanner's auto colour detect really splits pages into
1-bit 300 dpi and colour 200 dpi, its bleed-through removal breaking faint print."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, seal
from dossier.corpus.families import court_ef, court_ef_capture
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number


def _case(prefix: str) -> CaseCtx:
    all_plans = plans()
    plan = next(p for p in all_plans if p.name.startswith(prefix))
    return case_for(plan, random.Random(all_plans.index(plan)))


def _text(sheets: list[Sheet]) -> str:
    return "\n".join(line for s in sheets for line in s.lines)


def test_the_parties_are_from_huaian_with_valid_numbers_and_the_courts_code() -> None:
    crayfish, salt, barge = _case("court_ef_01"), _case("court_ef_02"), _case("court_ef_03")
    assert "苏0812执49118号" in crayfish.number and "苏0812执49407号" in barge.number
    assert crayfish.applicant.id_number.startswith("320830") and check_id_number(crayfish.applicant.id_number) is None
    assert check_credit_code(crayfish.respondent.id_number) is None and "餐饮" in crayfish.respondent.name
    assert "盐化" in salt.respondent.name and check_credit_code(salt.respondent.id_number) is None
    assert barge.respondent.kind == "person" and check_id_number(barge.respondent.id_number) is None


def test_each_paper_speaks_in_its_makers_words() -> None:
    crayfish, salt, barge = _case("court_ef_01"), _case("court_ef_02"), _case("court_ef_03")
    rng = random.Random(3)
    judgment = _text(court_ef.render("enforcement_basis", crayfish, rng, []))
    assert "民事判决书" in judgment.replace(" ", "") and "盱眙小龙虾" in judgment and crayfish.basis_number in judgment
    award = _text(court_ef.render("enforcement_basis", salt, rng, [])).replace(" ", "")
    assert "仲裁裁决书" in award and "淮安市劳动人事争议仲裁委员会" in award and "终局裁决" in award
    assert "京杭运河" in _text(court_ef.render("enforcement_basis", barge, rng, []))
    ruling = _text(court_ef.render("termination_this_round_ruling", salt, rng, []))
    assert "执行裁定书" in ruling and "终结本次执行程序" in ruling and "本件与原本核对无异" in ruling


def test_a_receipt_is_dated_after_what_it_serves() -> None:
    c = _case("court_ef_02")
    served = ["consumption_restriction_order", "dishonest_list_decision"]
    sheet = court_ef.render("service_receipt", c, random.Random(5), served)[0]
    got = next(line for line in sheet.lines if line.count(".") == 2)
    y, m, d = (int(x) for x in got.split("."))
    assert (y, m, d) > tuple(court_ef.made_on(c, "dishonest_list_decision").timetuple()[:3])
    assert "限制消费令" in "".join(sheet.lines)


def test_the_scanner_saves_black_and_white_pages_one_bit_at_300_dpi_and_colour_ones_at_200() -> None:
    plain = Sheet(size=(1000, 900))
    plain.text(200, 200, "执行通知书", font("serif", 60))
    plain.draw.rectangle((200, 400, 900, 500), fill=(225, 225, 225))  # a faint grey fill: whitened away
    plain.draw.rectangle((200, 600, 900, 700), fill=(130, 130, 130))  # a mid grey: dithered into dots
    plan = court_ef_capture.plan_capture(random.Random(1), plain)
    assert not plan.colour and plan.dpi == 300 and abs(plan.skew) <= 1.5
    img = Image.open(io.BytesIO(court_ef_capture.capture(plain, plan, random.Random(2))))
    a = np.asarray(img.convert("L"), dtype=np.int16)
    assert img.size == (1500, 1350) and img.info["dpi"][0] == 300
    assert ((a < 60) | (a > 195)).mean() > 0.97  # black or white, nothing between (but JPEG's ringing)
    k = 300 / 200
    faint = a[int(430 * k):int(470 * k), int(300 * k):int(800 * k)]
    mid = a[int(630 * k):int(670 * k), int(300 * k):int(800 * k)]
    assert faint.mean() > 235 and 40 < mid.mean() < 215
    red = Sheet(size=(1200, 1200))  # a firm's letterhead in red over a full-width rule, and its seal: judged colour
    red.draw.rectangle((150, 150, 1100, 420), fill=(190, 30, 30))
    seal(red, 600, 800, "江苏省淮安市清江浦区人民法院", random.Random(4))
    plan = court_ef_capture.plan_capture(random.Random(1), red)
    img = Image.open(io.BytesIO(court_ef_capture.capture(red, plan, random.Random(2))))
    assert plan.colour and img.mode == "RGB" and img.size == (1200, 1200) and 60 <= plan.quality <= 80
