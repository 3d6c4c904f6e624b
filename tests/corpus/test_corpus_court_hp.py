"""court_hp (山东省临沂市兰山区人民法院): a logistics-city freight line resumes its 终本 case when it finds the debtor's
warehouse — the sole shareholder added by ruling, the warehouse sold at online auction, paid out; a 小商品城
stall-keeper's judgment ends 终本 and is archived; a 商贸 firm's 板材 judgment is settled and paid, the 送达地址确认书
never printed into the file. The parties' papers came in through a phone scanner app (crop too tight or too loose, a
slight trapezoid, the B&W enhance filter, the app's watermark); the bureau's own went through its flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.families import court_hp_capture as cap
from dossier.corpus.families.court_hp import made_on, render
from dossier.corpus.families.court_hp_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_hp_seqs_lie_in_its_range_and_its_names_are_in_order() -> None:
    ours = family_plans("court_hp")
    assert sorted(p.seq for p in ours) == [5617, 5643, 5668]
    assert all(p.name.startswith(f"court_hp_0{i}_") for i, p in enumerate(ours, 1))
    assert MISSING == "service_address_confirmation"
    assert [p.category for p in ours] == ["resumption", "enforcement", "enforcement"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    freight = case_of("court_hp_01")
    assert freight.number == "（2024）鲁1302执恢5617号" and freight.previous_number.startswith("（2023）鲁1302执")
    for prefix in ("court_hp_01", "court_hp_02", "court_hp_03"):
        c = case_of(prefix)
        assert "鲁1302执" in c.number
        people = [c.applicant, c.respondent, *([c.extra["owner"]] if "owner" in c.extra else [])]
        for p in people:
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert freight.respondent.legal_rep == freight.extra["owner"].name, "the one-man company's owner runs it"


def test_each_story_is_told_in_its_papers() -> None:
    freight, stall, trade = case_of("court_hp_01"), case_of("court_hp_02"), case_of("court_hp_03")
    app = text_of(render("resumption_application", freight, random.Random(0), []))
    assert "恢复执行申请书" in app and freight.extra["warehouse"] in app and "原承办人" in app
    resumed = text_of(render("resumption_ruling", freight, random.Random(0), []))
    assert "执行裁定书" in resumed and f"恢复{freight.previous_number}案件的执行" in resumed
    added = text_of(render("enforcement_ruling", freight, random.Random(0), ["add"]))
    assert "追加" in added and freight.extra["owner"].name in added and freight.extra["add_no"] in added
    assert "执异" in freight.extra["add_no"]
    sold = text_of(render("enforcement_ruling", freight, random.Random(0), ["auction"]))
    assert "网络司法拍卖" in sold and freight.extra["buyer"] in sold and "执行裁定书" in sold
    old_ttr = text_of(render("termination_this_round_ruling", freight, random.Random(0), []))
    assert freight.previous_number in old_ttr and "终结本次执行程序。" in old_ttr
    assert "小商品城" in text_of(render("enforcement_basis", stall, random.Random(0), []))
    ttr = text_of(render("termination_this_round_ruling", stall, random.Random(0), []))
    assert stall.number in ttr and "终结本次执行程序。" in ttr and "约谈" in ttr
    assert "生效证明书" in text_of(render("effectiveness_certificate", stall, random.Random(0), []))
    deal = text_of(render("settlement_agreement", trade, random.Random(0), []))
    assert "执行和解协议" in deal and f"{trade.extra['first_part']:,.2f}" in deal
    assert "板材" in text_of(render("enforcement_basis", trade, random.Random(0), []))


def test_party_papers_go_through_the_app_and_the_bureaus_through_the_flatbed() -> None:
    c = case_of("court_hp_03")
    for code in ("enforcement_application", "identity_proof", "fee_receipt", "settlement_agreement"):
        assert all(getattr(s, "via_app", False) for s in render(code, c, random.Random(2), []))
    for code in ("enforcement_notice", "online_inquiry_result", "closing_approval_form"):
        assert not any(getattr(s, "via_app", False) for s in render(code, c, random.Random(2), []))


def test_dates_run_in_order() -> None:
    for prefix in ("court_hp_01", "court_hp_02", "court_hp_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_hp") if p.name.startswith(prefix))
        assert c.basis_effective < c.filed_on < c.closed_on
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    freight = case_of("court_hp_01")
    assert made_on(freight, "termination_this_round_ruling") < freight.filed_on < made_on(freight, "payment_voucher")
    assert made_on(freight, "payment_voucher") < made_on(freight, "closing_notice") <= freight.closed_on


def _sheet() -> Sheet:
    s = Sheet(size=(mm(120), mm(160)))
    s.lines.append("x")
    return s


def _shoot(sheet: Sheet, **change: object) -> tuple[cap.Capture, np.ndarray]:
    sheet.via_app = True  # type: ignore[attr-defined]
    plan = cap.plan_capture(random.Random(5), sheet)
    base = {"rotation": 0, "cut": (0.0, 0.0, 0.0, 0.0), "corners": ((0.0, 0.0),) * 4, "watermark": False,
            "mode": "plain", "shade": 0.0, "dpi": 200}
    for k, v in {**base, **change}.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(5))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_a_too_tight_crop_loses_a_strip_of_the_page() -> None:
    s = _sheet()
    s.image.paste((0, 0, 0), (0, mm(4), s.width, mm(9)))  # a title bar near the top edge
    _, kept = _shoot(s, cut=(0.0, 0.0, 0.0, 0.0))
    _, cut = _shoot(s, cut=(11.0, 0.0, 0.0, 0.0))
    top_kept = kept[: kept.shape[0] // 10].min(axis=1)
    top_cut = cut[: cut.shape[0] // 10].min(axis=1)
    assert (top_kept < 60).any(), "the bar is there when the crop is right"
    assert not (top_cut < 60).any(), "a crop 11 mm too tight cuts the bar away"
    assert cut.shape == kept.shape, "the app still scales what it kept to the page's size"


def test_a_too_loose_crop_shows_the_desk_in_a_corner() -> None:
    plan, img = _shoot(_sheet(), cut=(-10.0, 0.0, 0.0, -12.0), desk=cap.DESKS[1], dpi=180)
    k = round(mm(4) * 180 / DPI)
    assert img[:k, :k].mean() < 120, "the dark desk in the top left corner"
    assert img[-k:, -k:].mean() > 220, "paper at the opposite corner"
    assert img.shape[1] == round(_sheet().width * plan.dpi / DPI)


def test_the_residual_perspective_leaves_a_trapezoid() -> None:
    s = _sheet()
    s.image.paste((0, 0, 0), (mm(20), 0, mm(21), s.height))  # a vertical rule
    _, square = _shoot(s, dpi=200)
    _, skewed = _shoot(s, dpi=200, corners=((3.0, 0.0), (0.0, 0.0), (0.0, 0.0), (-3.0, 0.0)))

    def x_at(img: np.ndarray, row: int) -> float:
        return float(np.argmin(img[row, : img.shape[1] // 2]))

    h = square.shape[0]
    assert abs(x_at(square, h // 10) - x_at(square, 9 * h // 10)) <= 2
    assert abs(x_at(skewed, h // 10) - x_at(skewed, 9 * h // 10)) > 20, "the rule leans"


def test_bw_enhance_drops_grey_grounds_and_the_watermark_sits_at_the_foot() -> None:
    s = _sheet()
    s.image.paste((200, 200, 200), (mm(10), mm(40), mm(110), mm(80)))  # a grey tinted box
    s.image.paste((0, 0, 0), (mm(20), mm(50), mm(60), mm(52)))  # a stroke in it
    _, plain = _shoot(s, mode="plain")
    _, bw = _shoot(s, mode="bw", watermark=True)
    y0, y1, x0 = (round(mm(v)) for v in (44, 48, 70))
    assert plain[y0:y1, x0:x0 + 40].mean() < 215, "as photographed, the box is grey"
    assert bw[y0:y1, x0:x0 + 40].mean() > 245, "the filter turns the grey ground white"
    assert bw[round(mm(50.5)), round(mm(40))] < 80, "print stays black"
    h, w = bw.shape
    foot = bw[h - h // 25: h - 4, w // 2: w - 4]
    assert (foot < 200).sum() > 20, "the app's watermark line"
    _, clean = _shoot(s, mode="bw", watermark=False)
    assert (clean[h - h // 25: h - 4, w // 2: w - 4] < 200).sum() < 5


def test_capture_plans_match_the_theme() -> None:
    s = _sheet()
    s.via_app = True  # type: ignore[attr-defined]
    apps = [cap.plan_capture(random.Random(i), s) for i in range(200)]
    assert all(150 <= p.dpi <= 220 and p.photo and p.source == "app" for p in apps)
    assert {p.mode for p in apps} == {"bw", "colour", "plain"}
    assert sum(p.mode == "bw" for p in apps) > 90
    assert 40 < sum(max(p.cut) > 4 for p in apps) < 130, "often too tight"
    assert 20 < sum(min(p.cut) < -2.5 for p in apps) < 90, "sometimes too loose"
    assert 0 < sum(p.rotation != 0 for p in apps) < 40
    bed = [cap.plan_capture(random.Random(i), _sheet()) for i in range(100)]
    assert all(200 <= p.dpi <= 300 and not p.photo and abs(p.skew) < 1 and p.source == "flatbed" for p in bed)
    img = Image.open(io.BytesIO(cap.capture(_sheet(), bed[0], random.Random(0))))
    assert img.info["dpi"][0] == bed[0].dpi
