"""court_ie (黑龙江省黑河市爱辉区人民法院): three dossiers of 黑河. A 边贸 timber importer enforces this court's judgment
for Russian larch against a wood-processing plant — its receivable from a furniture maker frozen, the maker's 回执
behind the assistance notice, paid in and paid out, 执行完毕 (the Russian supplier's contract page in Cyrillic with its
Chinese translation behind it). A 嫩江 soybean cooperative enforces 黑河中院's appeal judgment against a grain trader
who has gone: nothing found, 下落不明 certified by the village committee and the 派出所, 限制消费, 失信, heard, 终本,
archived. A tour bus driver's wage judgment against a cross-border travel agency, its account deducted — filed without
his 授权委托书. The parties' papers are third-generation photocopies (thick and broken strokes, a grey speckled ground,
the earlier sheet's edge shadow inside the page, some at 86 % or 115 %); the court's own prints are clean."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_ie_capture as cap
from dossier.corpus.families.court_ie import made_on, render
from dossier.corpus.families.court_ie_kit import copy_of
from dossier.corpus.families.court_ie_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

CASES = ("court_ie_01", "court_ie_02", "court_ie_03")


def test_seqs_lie_in_the_range_and_the_defective_dossier_lacks_the_power_of_attorney() -> None:
    ours = family_plans("court_ie")
    assert [p.seq for p in ours] == [10112, 10147, 10183]
    assert all(p.name.startswith(f"court_ie_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "power_of_attorney"
    bus = ours[2]
    codes = [d.code for d in bus.docs]
    assert MISSING not in codes and "law_firm_letter" in codes and "lawyer_license" in codes
    assert "settlement_agreement" not in codes, "paid by deduction, no settlement"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in CASES:
        c = case_of(prefix)
        assert "黑1102执101" in c.number, c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    soy = case_of("court_ie_02")
    assert soy.applicant.id_number.startswith("932311"), "a 农民专业合作社's code: category 9, kind 3, 嫩江"
    assert soy.respondent.kind == "person" and soy.respondent.id_number.startswith("231102")
    timber = case_of("court_ie_01")
    assert check_credit_code(timber.extra["third_code"]) is None


def _text(code: str, c: CaseCtx, served: list[str] | None = None) -> str:
    return text_of(render(code, c, random.Random(0), served or []))


def test_the_timber_case_garnishes_the_furniture_makers_debt_and_keeps_the_russian_contract() -> None:
    c = case_of("court_ie_01")
    ruling = _text("enforcement_ruling", c)
    assert "执行裁定书" in ruling and "到期债权" in ruling and c.extra["third"] in ruling
    sheets = render("assistance_notice", c, random.Random(0), [])
    assert len(sheets) >= 2 and "回执" in "".join(sheets[-1].lines) and c.extra["third"] in "".join(sheets[-1].lines)
    assert not sheets[-1].starts_document, "the 回执 is the notice's own returned leaf"
    contract, translation = render("evidence", c, random.Random(0), [])
    ru = "".join(contract.lines)
    assert "КОНТРАКТ" in ru and "Благовещенск" in ru and "лиственницы" in ru
    assert not re.search(r"[\u4e00-\u9fff]", ru.replace(c.applicant.legal_rep, "")), "the Russian page is all Russian"
    zh = "".join(translation.lines)
    assert "译文" in zh and "布拉戈维申斯克" in zh and c.extra["contract_no"] in zh
    assert copy_of(contract) is not None and copy_of(translation) is not None
    judgment = _text("enforcement_basis", c)
    assert "民事判决书" in judgment and "黑1102民初" in judgment and "落叶松" in judgment


def test_the_soybean_case_is_upheld_on_appeal_and_the_trader_is_certified_gone() -> None:
    c = case_of("court_ie_02")
    appeal = _text("enforcement_basis", c)
    assert "黑龙江省黑河市中级人民法院" in appeal and "黑11民终" in appeal and "驳回上诉，维持原判" in appeal
    assert "〇" not in appeal, "中院's GB 宋 has no 〇: its typists type ○"
    assert c.extra["first_number"] in _text("effectiveness_certificate", c)
    gone = _text("whereabouts_unknown_proof", c)
    assert "下落不明" in gone and c.respondent.name in gone and "村" in gone
    ttr = _text("termination_this_round_ruling", c)
    assert ttr.count("执行裁定书") == 1 and "终结本次执行程序。" in ttr and "下落不明" in ttr
    assert "纳入失信被执行人名单" in _text("dishonest_list_decision", c)


def test_the_bus_drivers_wages_come_from_the_agencys_account() -> None:
    c = case_of("court_ie_03")
    judgment = _text("enforcement_basis", c)
    assert "劳动争议" in judgment and "旅行社" in judgment and "大客车" in judgment
    assert c.extra["r_acct"] in _text("enforcement_ruling", c)
    assert c.extra["r_acct"] in _text("assistance_notice", c)
    assert c.firm.startswith("黑龙江") and c.firm in _text("law_firm_letter", c)


def test_papers_are_dated_in_order() -> None:
    for prefix in CASES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ie") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert made_on(c, "enforcement_application") < c.filed_on < made_on(c, "enforcement_notice")
        assert c.basis_effective < c.filed_on
        if c.method == "fully_performed":
            assert made_on(c, "assistance_notice") < made_on(c, "payment_voucher") < made_on(c, "closing_notice") < c.closed_on
        else:
            assert made_on(c, "investigation_record") < made_on(c, "whereabouts_unknown_proof") < made_on(
                c, "termination_this_round_ruling") < c.closed_on < made_on(c, "file_review_form")
            assert (c.closed_on - c.filed_on).days >= 90


def test_the_parties_copies_are_marked_and_the_courts_own_prints_are_not() -> None:
    c = case_of("court_ie_01")
    for code, served in (("enforcement_basis", []), ("lawyer_license", []), ("identity_proof", ["respondent"]),
                         ("identity_proof", [])):
        sheets = render(code, c, random.Random(0), served)
        if code == "identity_proof" and served:
            assert all(copy_of(s) is None for s in sheets), "the 公示系统 report is printed clean"
            continue
        for s in sheets:
            mark = copy_of(s)
            assert mark is not None and mark[0] >= 2, code
    for code in ("enforcement_ruling", "acceptance_notice", "closing_notice", "online_inquiry_result"):
        assert all(copy_of(s) is None for s in render(code, c, random.Random(0), []))


# --- capture, measured on pixels ---------------------------------------------------------------------------------

def _sheet(copy: bool) -> Sheet:
    """A strip of a page with text, a thin rule and a black block at known places."""
    from dossier.corpus.fonts import font

    s = Sheet(size=(mm(150), mm(110)))
    for k in range(5):
        s.text(mm(20), mm(20) + k * mm(9), "执行裁定书被执行人到期债权协助执行通知书回执", font("serif", 40))
    s.line(mm(20), mm(75), mm(130), mm(75), width=2)
    s.draw.rectangle((mm(40), mm(85), mm(80), mm(100)), fill=(0, 0, 0))
    if copy:
        s.copied = (3, (1.0,))  # type: ignore[attr-defined]
    return s


def _scan(s: Sheet, plan: cap.MfpScan, seed: int = 1) -> np.ndarray:
    img = Image.open(io.BytesIO(cap.capture(s, plan, random.Random(seed))))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi
    return np.asarray(img, dtype=np.float32)


def _plain(dpi: int = 200, passes: list[cap.Pass] | None = None) -> cap.MfpScan:
    return cap.MfpScan(dpi=dpi, rotation=0, photo=False, quality=90, skew=0.0, noise=1.0, passes=passes or [])


def test_plans_copy_only_the_marked_sheets_at_office_resolutions() -> None:
    plain, marked = _sheet(False), _sheet(True)
    for seed in range(40):
        p = cap.plan_capture(random.Random(seed), plain)
        assert not p.passes and 200 <= p.dpi <= 300 and not p.photo
        q = cap.plan_capture(random.Random(seed), marked)
        assert len(q.passes) == 3
    zooms = {round(cap.plan_capture(random.Random(s), _zoomable()).zoom, 2) for s in range(60)}
    assert zooms == {1.0, 0.86, 1.15}


def _zoomable() -> Sheet:
    s = Sheet(size=(mm(40), mm(40)))
    s.copied = (3, (1.0, 0.86, 1.15))  # type: ignore[attr-defined]
    return s


def test_the_courts_print_is_clean_and_a_third_generation_copy_is_grey_speckled_and_thick() -> None:
    clean = _scan(_sheet(False), _plain())
    gens = [cap.Pass(spread=1.0, dark=0.6, starve=0.08, cast=14, specks=0.001) for _ in range(3)]
    copy = _scan(_sheet(True), _plain(passes=gens))
    margin = (slice(mm(2), mm(16)), slice(mm(2), mm(148)))  # above the text: bare paper
    assert np.median(clean[margin]) > 240 and np.median(copy[margin]) < 238, "the copy's ground is grey"
    assert (clean[margin] < 150).mean() < 0.0005 < (copy[margin] < 150).mean(), "toner specks on the copy"
    text = (slice(mm(18), mm(66)), slice(mm(18), mm(140)))
    assert (copy[text] < 128).mean() > 1.3 * (clean[text] < 128).mean(), "strokes thicken"


def test_a_copy_breaks_thin_strokes() -> None:
    clean = _scan(_sheet(False), _plain())
    row = round(mm(75))
    assert (clean[row - 1:row + 2, mm(22):mm(128)].min(axis=0) < 128).all(), "the printed rule is unbroken"
    broken = 0
    for seed in range(6):
        gens = [cap.Pass(spread=0.8, dark=0.5, starve=0.12, cast=12, specks=0.0005) for _ in range(3)]
        copy = _scan(_sheet(True), _plain(passes=gens), seed=seed)
        broken += int((copy[row - 2:row + 3, mm(22):mm(128)].min(axis=0) > 150).any())
    assert broken >= 2, "toner drop-out breaks the rule on some copies"


def test_the_earlier_copys_edge_throws_a_dark_line_inside_the_page() -> None:
    shift = 6.0
    gens = [cap.Pass(shift=(shift, shift), starve=0.0, specks=0.0, cast=8)]
    a = _scan(_sheet(True), _plain(passes=gens))
    x = round(mm(shift))
    cols = a[mm(30):mm(60)].mean(axis=0)
    assert cols[x - 2:x + 3].min() < 110, "a dark line where the earlier sheet's edge lay"
    assert cols[x + mm(3)] > 200, "paper inside it"
    assert cols[: x - 4].mean() < 160, "the lid's grey outside it"


def test_reduced_and_enlarged_copies_shrink_or_crop_the_content() -> None:
    def block(a: np.ndarray) -> tuple[int, int]:
        """The black block's width and its left edge: the longest run of black on a row, among the runs shorter than
        the edge shadows that cross the whole sheet."""
        best = (0, 0)
        for row in a < 60:
            edges = np.flatnonzero(np.diff(np.concatenate([[0], row.astype(np.int8), [0]])))
            for x0, x1 in zip(edges[::2], edges[1::2], strict=True):
                if best[0] < x1 - x0 < mm(70):
                    best = (int(x1 - x0), int(x0))
        return best

    same = _scan(_sheet(True), _plain(passes=[cap.Pass(starve=0.0, specks=0.0)]))
    small = _scan(_sheet(True), _plain(passes=[cap.Pass(zoom=0.86, starve=0.0, specks=0.0)]))
    large = _scan(_sheet(True), _plain(passes=[cap.Pass(zoom=1.15, starve=0.0, specks=0.0)]))
    w0, _ = block(same)
    w1, _ = block(small)
    w2, _ = block(large)
    assert abs(w1 / w0 - 0.86) < 0.04 and abs(w2 / w0 - 1.15) < 0.04
    h = small.shape[0]
    assert small[round(h * 0.92):, : small.shape[1] // 2].mean() < 200, "beyond the reduced sheet: its shadow and the lid"
    # enlarged about the glass centre: the first text line's start (mm 20) moves out towards the edge
    ink = np.flatnonzero((large[:, : mm(40)] < 100).any(axis=0))
    first = np.flatnonzero((same[:, : mm(40)] < 100).any(axis=0))
    assert ink.min() < first.min() - mm(3)


def test_pages_turn_now_and_then() -> None:
    upright = Sheet(size=(mm(60), mm(90)))
    rotations = [cap.plan_capture(random.Random(s), upright).rotation for s in range(200)]
    assert rotations.count(0) > 160 and set(rotations) <= {0, 90, 180, 270} and len(set(rotations)) > 1
    p = _plain()
    p.rotation = 90
    a = _scan(_sheet(False), p)
    assert a.shape[0] > a.shape[1], "a 90° turn stands the strip on its end"
    wide = [cap.plan_capture(random.Random(s), _sheet(False)).rotation for s in range(40)]
    assert 8 < wide.count(90) < 32, "a landscape sheet goes onto the glass turned, half the time"
