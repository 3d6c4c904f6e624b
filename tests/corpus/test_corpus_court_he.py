"""court_he (宁夏回族自治区吴忠市利通区人民法院): three dossiers of 吴忠. A 奶牛 farm enforces this court's judgment for raw
milk against a 生鲜乳收购站; the station's own debtor, a dairy company, is ordered to pay the court and does — 执行完毕,
archived. A landlord enforces a 吴忠仲裁委员会 award for a 滩羊肉 restaurant's rent: nothing found, 限制消费, 失信, the
landlord heard, 终本. A worker hurt at a 枸杞 plant enforces his 工伤 award through a 法律援助 lawyer; the plant settles
and pays — but his signed 授权委托书 is not in the file. Every copy is certified and signed across its stamp, every
multi-page paper held by a seal across the sheets' edge; the pages were laid on a colour flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import A4, Sheet, mm
from dossier.corpus.families import court_he_capture as cap
from dossier.corpus.families.court_he import made_on, render
from dossier.corpus.families.court_he_kit import seal_mask
from dossier.corpus.families.court_he_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_he_01", "court_he_02", "court_he_03")


def test_court_he_seqs_lie_in_its_range_and_miss_every_other_dossier() -> None:
    ours = family_plans("court_he")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(3900 <= s <= 4099 for s in seqs)
    others = {p.seq for p in plans() if p.family != "court_he"}
    assert not set(seqs) & others
    assert all(p.name.startswith(f"court_he_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False]
    assert [p.stage for p in ours] == ["archive", "closing", "closing"]
    assert ours[1].method == "terminated_this_round"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert re.fullmatch(r"（2024）宁0302执(39|40)\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    dairy = case_of("court_he_01")
    assert check_credit_code(dairy.extra["debtor_code"]) is None
    assert dairy.respondent.id_number.startswith("92"), "a 收购站 is an individual business"


def test_the_dairy_story_freezes_the_stations_debt_and_the_dairy_company_pays() -> None:
    c = case_of("court_he_01")
    rng = random.Random(0)
    judgment = text_of(render("enforcement_basis", c, rng, []))
    assert "民事判决书" in judgment and "宁0302民初" in judgment and "生鲜乳" in judgment
    ruling = text_of(render("enforcement_ruling", c, rng, []))
    assert "执行裁定书" in ruling and "到期债权" in ruling and c.extra["debtor"] in ruling
    notice = render("assistance_notice", c, rng, [])
    assert notice[0].lines[notice[0].lines.index("协助执行通知书") + 2].startswith(c.extra["debtor"])
    assert "回执" in text_of(notice[-1:])
    voucher = text_of(render("payment_voucher", c, rng, []))
    assert c.extra["debtor"] in voucher and "执行款专户" in voucher
    plan = family_plans("court_he")[0]
    codes = [d.code for d in plan.docs]
    assert codes[:2] == ["dossier_cover", "catalogue"] and codes[-2:] == ["file_review_form", "remarks_sheet"]
    assert "settlement_agreement" not in codes, "nobody settled: the third party paid"
    assert any(d.served == ["enforcement_ruling", "assistance_notice"] for d in plan.docs)


def test_the_rent_story_ends_in_a_termination_of_this_round() -> None:
    c = case_of("court_he_02")
    rng = random.Random(0)
    award = text_of(render("enforcement_basis", c, rng, []))
    assert "吴忠仲裁委员会" in award and "吴仲裁字" in award and "滩羊肉" in award and "租金" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", c, rng, []))
    ttr = text_of(render("termination_this_round_ruling", c, rng, []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    heard = text_of(render("interview_record", c, rng, []))
    assert "终结本次执行程序" in heard and c.applicant.name in heard
    seen = text_of(render("investigation_record", c, rng, []))
    assert f"租{c.applicant.name[0]}家的铺面" in seen
    assert (c.closed_on - c.filed_on).days >= 90
    assert made_on(c, "property_declaration_form") > made_on(c, "summons"), "he reported only once summoned"


def test_the_worker_files_through_legal_aid_and_lacks_his_power_of_attorney() -> None:
    c = case_of("court_he_03")
    rng = random.Random(0)
    award = text_of(render("enforcement_basis", c, rng, []))
    assert "劳动人事争议仲裁委员会" in award and "利劳人仲案字〔2023〕" in award and "枸杞" in award and "工伤" in award
    letter = text_of(render("law_firm_letter", c, rng, []))
    assert "法律援助" in letter and c.extra["aid_no"] in letter
    assert "协议" in text_of(render("settlement_agreement", c, rng, []))
    plan = family_plans("court_he")[2]
    codes = {d.code for d in plan.docs}
    assert MISSING == "power_of_attorney" and MISSING not in codes and "law_firm_letter" in codes


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_he") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(5), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def test_every_copy_is_certified_and_signed_across_its_stamp() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        for code, served in (("identity_proof", []), ("identity_proof", ["respondent"]), ("lawyer_license", [])):
            sheets = render(code, c, random.Random(2), served)
            text = text_of(sheets[:1])
            assert "与原件一致" in text or "与原件核对无误" in text, (prefix, code)
    c = case_of("court_he_02")
    lines = render("identity_proof", c, random.Random(2), [])[0].lines
    at = lines.index("复印件与原件一致")
    assert lines[at + 1] == c.applicant.name and re.fullmatch(r"\d{4}\.\d{1,2}\.\d{1,2}", lines[at + 2])


def _red(a: np.ndarray) -> np.ndarray:
    rgb = a.astype(np.int16)
    return (rgb[..., 0] - rgb[..., 1] > 40) & (rgb[..., 0] > 120)


def test_multi_page_papers_carry_a_slice_of_one_seal_at_the_edge_of_each_sheet() -> None:
    c = case_of("court_he_02")
    for code in ("termination_this_round_ruling", "enforcement_basis", "enforcement_application"):
        sheets = render(code, c, random.Random(4), [])
        assert len(sheets) >= 2, code
        spans = []
        for s in sheets:
            edge = _red(np.asarray(s.image)[:, -mm(6):])
            assert edge.sum() > 150, (code, "a slice of the seam seal at the right edge")
            rows = np.nonzero(edge.any(axis=1))[0]
            assert rows.max() - rows.min() < mm(45), (code, "one seal's slice, no more")
            spans.append((rows.min(), rows.max()))
        assert max(a for a, _ in spans) < min(b for _, b in spans), "the same seal, at the same height on every sheet"


def test_a_heavy_seal_carries_more_ink_than_a_light_one() -> None:
    light = [np.asarray(seal_mask("宁夏回族自治区吴忠市利通区人民法院", random.Random(s), heavy=False), float).sum()
             for s in range(4)]
    heavy = [np.asarray(seal_mask("宁夏回族自治区吴忠市利通区人民法院", random.Random(s), heavy=True), float).sum()
             for s in range(4)]
    assert min(heavy) > 1.3 * max(light)


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.Flatbed, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.mode == "RGB" and img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def test_the_flatbed_plans_colour_scans_with_few_turned_pages() -> None:
    portrait, landscape = Sheet(), Sheet(size=(A4[1], A4[0]))
    ps = [cap.plan_capture(random.Random(s), portrait) for s in range(300)]
    assert all(p.dpi in (200, 240, 300) and 50 <= p.quality <= 85 and not p.photo and abs(p.skew) <= 1.1 for p in ps)
    turned = sum(p.rotation != 0 for p in ps)
    assert 3 <= turned <= 40 and {p.rotation for p in ps} <= {0, 90, 180, 270}
    assert not any(p.staple for p in ps), "an unstapled sheet has no pin holes"
    assert all(cap.plan_capture(random.Random(s), landscape).rotation in (90, 270) for s in range(20))


def test_the_lid_shows_beside_the_sheet_and_a_landscape_sheet_lies_across() -> None:
    s = Sheet(size=(mm(120), mm(90)))
    s.lines.append("x")
    _, a = _scan(s, 3, rotation=0, skew=0.0, nudge=(5.0, 3.0), dpi=200, lid=226.0, shadow=50.0, noise=1.0)
    grey = a.mean(axis=2)
    inside = slice(mm(15), mm(75))  # rows the sheet covers
    strip = grey[inside, : mm(3)]
    paper = grey[inside, mm(20): mm(60)]
    assert paper.mean() - strip.mean() > 8, "the lid's grey beside the sheet"
    right = grey[inside, round(mm(124)): round(mm(128))]
    assert right.mean(axis=0).min() < strip.mean() - 10, "the shadow along the sheet's edge"
    wide = Sheet(size=(mm(150), mm(100)))
    wide.lines.append("x")
    _, b = _scan(wide, 4, rotation=90, skew=0.0, dpi=200)
    assert b.shape[0] > b.shape[1], "laid across: the scan stands upright"


def test_the_ccd_lines_out_of_step_leave_a_colour_seam_on_black_type() -> None:
    s = Sheet(size=(mm(120), mm(90)))
    s.image.paste((0, 0, 0), (mm(20), mm(40), mm(100), mm(50)))
    s.lines.append("x")
    _, a = _scan(s, 6, rotation=0, skew=0.0, nudge=(1.0, 1.0), fringe=2, dpi=200, blur=0.3, noise=0.5, quality=85)
    top = mm(40) + mm(1.0)
    band = a[top - 2: top + 3, mm(40): mm(80)]
    assert (band[..., 0] - band[..., 1]).max(axis=0).mean() > 25, "red lags: a red seam above the bar"


def test_a_stapled_sheet_keeps_its_pin_holes() -> None:
    s = Sheet()
    s.page_of = (1, 2)
    plan = cap.plan_capture(random.Random(1), s)
    plan.staple, plan.rotation, plan.skew, plan.dpi = True, 0, 0.0, 200
    a = np.asarray(Image.open(io.BytesIO(cap.capture(s, plan, random.Random(1)))), dtype=np.float32).mean(axis=2)
    corner = a[mm(3): mm(18), mm(3): mm(30)]
    assert corner.min() < 140, "the dark pin holes near the top-left corner"
