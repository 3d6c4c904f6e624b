"""court_iv (山东省济南市市中区人民法院): three dossiers of 济南's old town. A heating company enforces this court's
供暖费 judgment against a flat owner, who pays at the court's window after a 限制消费令 (archived, the civil division's
生效证明书 behind the judgment); an insurer's subrogation judgment against a truck driver, his wages withheld by his
employer on a 协助执行通知书 (执行完毕); a tiler's 民事调解书 against a contractor with nothing left, 终本 — without the
限制消费令. The bureau's forms on coloured stock, each 联 its colour; a colour flatbed at 200 dpi, some batches grey."""

from __future__ import annotations

import io
import itertools
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_iv_capture as cap
from dossier.corpus.families import court_iv_kit as kit
from dossier.corpus.families.court_iv import made_on, render
from dossier.corpus.families.court_iv_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_iv_01", "court_iv_02", "court_iv_03")


def test_court_iv_seqs_lie_in_its_range_and_its_names_are_in_order() -> None:
    ours = family_plans("court_iv")
    assert len(ours) == 3 and all(13500 <= p.seq <= 13599 for p in ours)
    assert all(p.name.startswith(f"court_iv_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.complete for p in ours] == [True, True, False] and ours[0].stage == "archive"


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        assert "鲁0103执135" in c.number and "鲁0103民初" in c.basis_number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_iv_02").extra["employer"].endswith("物流有限公司")


def test_each_story_is_drawn_in_its_makers_words() -> None:
    heat, cover, tile = (case_of(p) for p in PREFIXES)
    judgment = text_of(render("enforcement_basis", heat, random.Random(0), []))
    assert "民事判决书" in judgment and "供暖费" in judgment and "判决如下" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", heat, random.Random(0), []))
    subrogation = text_of(render("enforcement_basis", cover, random.Random(0), []))
    assert "代位" in subrogation and cover.extra["plate"] in subrogation
    mediation = text_of(render("enforcement_basis", tile, random.Random(0), []))
    assert "民事调解书" in mediation and "本院予以确认" in mediation and "判决如下" not in mediation
    assist = text_of(render("assistance_notice", cover, random.Random(0), []))
    assert "协助执行通知书" in assist and cover.extra["employer"] in assist and "扣留、提取" in assist
    assert "回执联" in assist and "存根" in assist
    ttr = text_of(render("termination_this_round_ruling", tile, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr
    restriction = text_of(render("consumption_restriction_order", heat, random.Random(0), []))
    assert "限制消费令" in restriction and heat.respondent.id_number in restriction
    aid = text_of(render("law_firm_letter", tile, random.Random(0), []))
    assert "法律援助" in aid and tile.extra["aid_no"] in aid


def test_the_tilers_volume_lacks_only_the_restriction_order_and_no_receipt_names_it() -> None:
    tile = next(p for p in family_plans("court_iv") if p.name.startswith("court_iv_03"))
    assert MISSING == "consumption_restriction_order"
    assert all(d.code != MISSING and MISSING not in d.served for d in tile.docs)
    assert any(d.served == ["dishonest_list_decision"] for d in tile.docs)


def test_dates_run_in_order_receipts_after_what_they_served_money_after_the_restriction() -> None:
    for prefix in PREFIXES:
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_iv") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = {date(*map(int, m)) for line in lines for m in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日$", line)}
            assert len(got) == 1, lines
            assert all(min(got) > made_on(c, s) for s in d.served), (prefix, d.served, got)
    heat = case_of("court_iv_01")
    assert made_on(heat, "consumption_restriction_order") < heat.extra["pay_day"] < made_on(heat, "closing_notice")
    assert made_on(heat, "closing_approval_form") <= heat.closed_on < made_on(heat, "dossier_cover")
    tile = case_of("court_iv_03")
    assert (tile.closed_on - tile.filed_on).days >= 90
    assert made_on(tile, "investigation_record") < made_on(tile, "interview_record") < made_on(
        tile, "termination_this_round_ruling")


def _ground(sheet: Sheet) -> tuple[int, int, int]:
    """The paper's colour where nothing is printed: the median of the top-left margin."""
    a = np.asarray(sheet.image.convert("RGB"))[mm(3): mm(9), mm(3): mm(12)].reshape(-1, 3)
    return tuple(int(v) for v in np.median(a, axis=0))  # type: ignore[return-value]


def _reddish(sheet: Sheet) -> float:
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.int16)
    return float(((a[..., 0] > 150) & (a[..., 1] < 90) & (a[..., 2] < 110)).mean())


def test_forms_on_coloured_stock_each_part_its_colour_the_parties_papers_white() -> None:
    heat, cover = case_of("court_iv_01"), case_of("court_iv_02")
    stub = render("acceptance_notice", heat, random.Random(0), [])[0]
    assert _ground(stub) == kit.PINK and _reddish(stub) > 0.001, "the 存根联 pink, printed red"
    stub2, reply = render("assistance_notice", cover, random.Random(0), [])
    assert _ground(stub2) == kit.PINK and _ground(reply) == kit.YELLOW and reply.page_of == (2, 2)
    assert _ground(render("service_receipt", heat, random.Random(0), ["acceptance_notice"])[0]) == kit.YELLOW
    assert _ground(render("closing_approval_form", heat, random.Random(0), [])[0]) == kit.GREEN
    assert _ground(render("file_review_form", heat, random.Random(0), [])[0]) == kit.BLUE
    bill = render("fee_receipt", heat, random.Random(0), [])[0]
    assert _ground(bill) == kit.PINK and _reddish(bill) > 0.002, "the fee bill red on pink"
    for code in ("enforcement_application", "power_of_attorney", "enforcement_basis"):
        assert _ground(render(code, cover, random.Random(0), [])[0]) == (255, 255, 255), code
    receipt, pasted = render("payment_voucher", heat, random.Random(0), [])
    assert _ground(receipt) == kit.PINK and pasted.starts_document
    a = np.asarray(pasted.image.convert("RGB"), dtype=np.int16)
    slip = a[mm(30): mm(90), mm(20): mm(190)].reshape(-1, 3)
    light_blue = (slip[:, 2] > 240) & (slip[:, 0] < 225) & (slip[:, 0] > 195)
    assert light_blue.mean() > 0.5, "bank slips on light-blue stock"
    blue_print = (slip[:, 2] > 140) & (slip[:, 0] < 90)
    assert blue_print.mean() > 0.003, "printed in blue"


def _strip(stock: tuple[int, int, int]) -> Sheet:
    """A strip of stock with a black bar and a red bar printed on it, and a white margin pasted on the right."""
    s = Sheet(size=(mm(160), mm(60)), paper=stock)
    s.image.paste(kit.BLACK, (mm(10), mm(10), mm(50), mm(30)))
    s.image.paste(kit.RED_PRINT, (mm(60), mm(10), mm(100), mm(30)))
    s.image.paste((255, 255, 255), (mm(120), 0, mm(160), mm(60)))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.FlatbedScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.format == "JPEG" and img.info["dpi"][0] == plan.dpi == 200
    assert img.mode == ("RGB" if plan.mode == "colour" else "L")
    return plan, np.asarray(img.convert("RGB"), dtype=np.float32)


def test_colour_scans_keep_the_stock_and_grey_batches_turn_it_mid_grey_with_red_gone_pale() -> None:
    still = {"skew": 0.0, "shadow": 0.0, "rotation": 0, "noise": 1.0, "curve_shift": 0.0}
    for stock in (kit.PINK, kit.YELLOW, kit.GREEN, kit.BLUE):
        _, col = _scan(_strip(stock), 1, mode="colour", **still)
        ground = col[mm(40): mm(55), mm(10): mm(100)].reshape(-1, 3).mean(axis=0)
        assert np.abs(ground - np.array(stock)).max() < 8, "colour mode keeps the stock's colour"
        black = col[mm(14): mm(26), mm(14): mm(46)].mean()
        assert ground.mean() - black > 150, "full contrast in colour"
        _, grey = _scan(_strip(stock), 1, mode="grey", **still)
        g = grey[..., 0]
        ground_g = g[mm(40): mm(55), mm(10): mm(100)].mean()
        white_g = g[mm(10): mm(50), mm(125): mm(155)].mean()
        black_g = g[mm(14): mm(26), mm(14): mm(46)].mean()
        red_g = g[mm(14): mm(26), mm(64): mm(96)].mean()
        assert 145 < ground_g < 200, ("coloured stock turns mid-grey", stock, ground_g)
        assert white_g > ground_g + 30, "white paper stays light"
        assert ground_g - black_g < 125, "low contrast: the black print a dark grey on the grey ground"
        assert red_g - black_g > 35 and ground_g - red_g < 60, "red print goes pale"


def test_turned_pages_and_the_batches_mode_goes_with_every_sheet_of_a_paper() -> None:
    s = _strip(kit.PINK)
    _, turned = _scan(s, 2, mode="colour", rotation=90, skew=0.0, shadow=0.0)
    assert turned.shape[:2] == (s.width, s.height), "a sheet laid sideways"
    _, upside = _scan(s, 2, mode="colour", rotation=180, skew=0.0, shadow=0.0)
    assert upside[mm(35): mm(45), mm(65): mm(95)].mean() < 230, "the black bar now at the bottom right"
    plans = [cap.plan_capture(random.Random(k), s) for k in range(200)]
    turns = sum(p.rotation != 0 for p in plans)
    assert 2 <= turns <= 30 and {p.rotation for p in plans} <= {0, 90, 180}
    assert all(p.dpi == 200 and not p.photo for p in plans)
    assert {p.mode for p in plans} == {"colour", "grey"}
    cover = case_of("court_iv_02")
    rng = random.Random(5)
    modes = []
    for code in ("enforcement_basis", "acceptance_notice", "enforcement_ruling", "assistance_notice", "closing_notice",
                 "enforcement_notice", "fee_receipt", "identity_proof", "payment_voucher", "closing_approval_form"):
        sheets = render(code, cover, rng, [])
        paper_modes = {getattr(sh, "scan_mode") for sh in sheets}  # noqa: B009
        assert len(paper_modes) == 1, code
        modes.append(paper_modes.pop())
        assert cap.plan_capture(random.Random(0), sheets[0]).mode == modes[-1]
    runs = sum(1 for a, b in itertools.pairwise(modes) if a != b)
    assert runs < len(modes) - 1, "modes come in batches, not page by page"
