"""court_ii (福建省平潭县人民法院): three dossiers of 平潭. A 南投 tea company enforces a 福州仲裁委员会 award against a
平潭 seafood processor — its Taiwanese papers in traditional characters (變更登記表, the 董事長's 委任狀 with the
民間公證人's 公證書 and the 海基會's 證明), the processor's receivable from a distributor frozen, the distributor's
reply, paid, 执行完毕. A fisherman enforces this court's wage judgment against a boat owner — the boat seized, sold
on the online auction platform, archived. A Taiwan resident (通行证 and 居住证) enforces this court's loan judgment
against a 民宿 operator, whose account is deducted — without the fee receipt. The parties' papers come as phone-app
scans (black-and-white or colour enhanced, keystone, wavy edges, a watermark now and then); the court's own from a
clean 300 dpi flatbed."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, INK, Sheet, mm, seal
from dossier.corpus.families import court_ii_capture as cap
from dossier.corpus.families.court_ii import BOAT_SEQ, STAY_SEQ, TEA_SEQ, ban_check, made_on, render
from dossier.corpus.families.court_ii_plans import MISSING
from dossier.corpus.fonts import font
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of


def test_court_ii_seqs_lie_in_its_range_and_its_names_in_order() -> None:
    ps = family_plans("court_ii")
    assert [p.seq for p in ps] == [TEA_SEQ, BOAT_SEQ, STAY_SEQ] and all(10800 <= p.seq <= 10899 for p in ps)
    assert all(p.name.startswith(f"court_ii_0{i}_") for i, p in enumerate(ps, 1))
    assert [p.complete for p in ps] == [True, True, False] and MISSING == "fee_receipt"
    assert [p.stage for p in ps] == ["closing", "archive", "closing"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    tea, boat, stay = case_of("court_ii_01"), case_of("court_ii_02"), case_of("court_ii_03")
    for c in (tea, boat, stay):
        assert "闽0128执108" in c.number
    assert check_credit_code(tea.respondent.id_number) is None
    ban = str(tea.extra["ban"])
    assert tea.applicant.id_number == "", "a Taiwanese company has no mainland code"
    assert len(ban) == 8 and ban_check(ban) == ban
    for p in (boat.applicant, boat.respondent, stay.respondent):
        assert check_id_number(p.id_number) is None and p.id_number.startswith("350128")
    assert stay.applicant.id_number.startswith("830000") and check_id_number(stay.applicant.id_number) is None
    weighted = sum(int(d) * w // 10 + int(d) * w % 10 for d, w in zip(ban, (1, 2, 1, 2, 1, 2, 4, 1),
                                                                   strict=True))
    assert weighted % 5 == 0, "a valid 統一編號"


def test_the_taiwanese_papers_are_in_traditional_characters_with_republic_dates() -> None:
    tea = case_of("court_ii_01")
    reg = text_of(render("identity_proof", tea, random.Random(0), []))
    assert "股份有限公司變更登記表" in reg and "公司統一編號" in reg and str(tea.extra["ban"]) in reg
    assert "业" not in reg and "業" in reg and "中華民國" in reg
    bundle = render("power_of_attorney", tea, random.Random(0), [])
    assert len(bundle) == 3 and not any(s.starts_document for s in bundle)
    words = [text_of([s]) for s in bundle]
    assert "委　任　狀" in words[0] and "福州仲裁委员会" in words[0].replace("福州仲裁委員會", "福州仲裁委员会")
    assert "公　證　書" in words[1] and "民間公證人" in words[1] and "認證" in words[1]
    assert "財團法人海峽交流基金會" in words[2] and "海峽兩岸公證書使用查證協議" in words[2]
    assert re.search(r"中華民國1\d\d年", words[0])


def test_the_bases_and_rulings_are_drawn_in_their_makers_words() -> None:
    tea, boat, stay = case_of("court_ii_01"), case_of("court_ii_02"), case_of("court_ii_03")
    award = text_of(render("enforcement_basis", tea, random.Random(0), []))
    assert "裁　决　书" in award and "榕仲裁字" in award and "裁决如下" in award and "终局裁决" in award
    assert "发生法律效力" in text_of(render("effectiveness_certificate", tea, random.Random(0), []))
    garnish = render("assistance_notice", tea, random.Random(0), [])
    assert "履行到期债务通知书" in text_of(garnish[:-1]) and garnish[-1].starts_document
    assert "关于履行到期债务的回复函" in text_of(garnish[-1:]) and str(tea.extra["debtor"]) in text_of(garnish[-1:])
    judgment = text_of(render("enforcement_basis", boat, random.Random(0), []))
    assert "民 事 判 决 书" in judgment and "闽0128民初" in judgment and str(boat.extra["boat"]) in judgment
    rulings = {note: text_of(render("enforcement_ruling", boat, random.Random(0), [note] if note else []))
               for note in ("", "auction", "confirm")}
    assert all("执行裁定书" in t for t in rulings.values())
    assert "扣押" in rulings[""] and "淘宝网司法拍卖" in rulings["auction"] and "所有权" in rulings["confirm"]
    cards = render("identity_proof", stay, random.Random(0), [])
    assert "台湾居民来往大陆通行证" in text_of(cards[:1]) and str(stay.extra["mtp"]) in text_of(cards[:1])
    assert "台湾居民居住证" in text_of(cards[1:]) and stay.applicant.id_number in text_of(cards[1:]) and cards[1].starts_document
    assert "民间借贷" in text_of(render("enforcement_basis", stay, random.Random(0), []))


def test_papers_come_in_order_and_a_receipt_after_what_it_served() -> None:
    for prefix in ("court_ii_01", "court_ii_02", "court_ii_03"):
        c = case_of(prefix)
        plan = next(p for p in family_plans("court_ii") if p.name.startswith(prefix))
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
        assert made_on(c, "fee_receipt") >= made_on(c, "payment_notice") > c.filed_on > made_on(c, "enforcement_application")
        assert made_on(c, "payment_voucher") < made_on(c, "closing_notice") <= c.closed_on
    boat = case_of("court_ii_02")
    assert (made_on(boat, "enforcement_ruling") < made_on(boat, "investigation_record")
            < made_on(boat, "enforcement_ruling", "auction") < made_on(boat, "enforcement_ruling", "confirm")
            < made_on(boat, "payment_voucher") < boat.closed_on < made_on(boat, "file_review_form"))
    tea = case_of("court_ii_01")
    assert made_on(tea, "assistance_notice") < made_on(tea, "assistance_notice", "reply") < made_on(tea, "payment_voucher")


def test_the_parties_papers_go_to_the_app_and_the_courts_to_the_flatbed() -> None:
    tea = case_of("court_ii_01")
    for code in ("enforcement_application", "enforcement_basis", "identity_proof", "power_of_attorney", "fee_receipt"):
        assert all(getattr(s, "ii_source", "") == "app" for s in render(code, tea, random.Random(0), []))
    for code in ("acceptance_notice", "enforcement_ruling", "closing_approval_form"):
        sheets = render(code, tea, random.Random(0), [])
        assert all(cap.plan_capture(random.Random(k), sheets[0]).source == "flatbed" for k in range(5))


# ---- the capture, measured on pixels -----------------------------------------------------------------------------

def _strip(paper: tuple[int, int, int] = (255, 255, 255), *, app: bool = True, with_seal: bool = False) -> Sheet:
    s = Sheet(size=(mm(170), mm(120)), paper=paper)
    f = font("serif", 44)
    for k in range(6):
        s.text(mm(15), mm(12) + k * 80, "本院在执行申请执行人与被执行人买卖合同纠纷一案中", f, fill=INK)
    if with_seal:
        seal(s, mm(120), mm(80), "福建省平潭县人民法院", random.Random(1), radius=mm(20))
    if app:
        s.ii_source = "app"  # type: ignore[attr-defined]
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.AppScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == plan.dpi
    return plan, np.asarray(img, dtype=np.float32)


def test_black_and_white_mode_whitens_grey_paper_and_bolds_the_strokes() -> None:
    grey_paper = _strip((196, 192, 180))
    _plan, a = _scan(grey_paper, 1, mode="bw", rotation=0, watermark="", bold=2)
    assert a.ndim == 2, "the app's black-and-white pages are greyscale"
    h, w = a.shape
    inner = a[h // 6: -h // 6, w // 10: -w // 10]
    assert np.median(inner) > 245, "grey, unevenly lit paper comes out pure white"
    assert ((inner < 60) | (inner > 195)).mean() > 0.97, "the page is thresholded: black or white"
    _, thin = _scan(grey_paper, 1, mode="bw", rotation=0, watermark="", bold=0)
    ink_bold = (a[h // 6: -h // 6, w // 10: -w // 10] < 128).mean()
    ink_thin = (thin[h // 6: -h // 6, w // 10: -w // 10] < 128).mean()
    assert ink_bold > ink_thin * 1.3, "the app thickens the strokes"


def test_a_red_seal_breaks_into_black_blotches_in_black_and_white() -> None:
    s = Sheet(size=(mm(120), mm(100)))
    seal(s, mm(60), mm(50), "福建省平潭县人民法院", random.Random(2), radius=mm(22))
    s.ii_source = "app"  # type: ignore[attr-defined]
    _plan, a = _scan(s, 3, mode="bw", rotation=0, watermark="")
    h, w = a.shape
    ring = a[int(h * 0.18): int(h * 0.82), int(w * 0.18): int(w * 0.82)]
    black = (ring < 100).mean()
    assert 0.05 < black < 0.6, "the seal shows as black marks, neither vanished nor a solid disc"


def test_colour_enhanced_bleaches_the_paper_and_oversaturates_the_seal() -> None:
    s = _strip((214, 206, 190), with_seal=True)
    _plan, a = _scan(s, 4, mode="colour", rotation=0, watermark="")
    assert a.ndim == 3
    h, w = a.shape[:2]
    paper = a[int(h * 0.9) - 30: int(h * 0.9), w // 10: w // 3]
    assert paper.mean() > 240, "the paper bleached white"
    hsv_out = cv2.cvtColor(a.astype(np.uint8), cv2.COLOR_RGB2HSV)
    hsv_in = cv2.cvtColor(np.asarray(s.image), cv2.COLOR_RGB2HSV)
    red_out = (hsv_out[..., 1] > 200) & ((hsv_out[..., 0] < 10) | (hsv_out[..., 0] > 170))
    red_in = (hsv_in[..., 1] > 200) & ((hsv_in[..., 0] < 10) | (hsv_in[..., 0] > 170))
    assert red_out.mean() > red_in.mean() * 1.3, "more of the seal is deep, saturated red than on the sheet itself"


def _desk_depth(a: np.ndarray, edge: str) -> np.ndarray:
    """How many pixels of desk (dark) lie between the image's edge and the page, along one edge."""
    g = a if a.ndim == 2 else a.mean(axis=2)
    dark = g < 90
    if edge == "top":
        strip = dark[: g.shape[0] // 20]
    elif edge == "bottom":
        strip = dark[::-1][: g.shape[0] // 20]
    elif edge == "left":
        strip = dark[:, : g.shape[1] // 20].T
    else:
        strip = dark[:, ::-1][:, : g.shape[1] // 20].T
    return np.argmin(strip, axis=0).astype(np.float32)  # the first light pixel from the edge


def test_perspective_correction_leaves_wavy_edges_with_the_desk_past_them() -> None:
    blank = Sheet(size=(mm(150), mm(150)))
    blank.ii_source = "app"  # type: ignore[attr-defined]
    for seed, mode in ((5, "bw"), (6, "colour")):
        _plan, a = _scan(blank, seed, mode=mode, rotation=0, watermark="", dpi=200,
                        waves=[(1.0, 1.5, 1.5, 0.0)] * 4, keystone=(0.0,) * 8)
        for edge in ("top", "right", "bottom", "left"):
            depth = _desk_depth(a, edge)[10:-10]
            assert depth.mean() > 3, (mode, edge, "a sliver of desk along every edge")
            assert depth.max() - depth.min() > 5, (mode, edge, "its width rises and falls: the edge is wavy")
    # the residual keystone: one corner pulled in more than the other
    _plan, a = _scan(blank, 7, mode="bw", rotation=0, watermark="", dpi=200, waves=[(0.3, 0.0, 1.0, 0.0)] * 4,
                    keystone=(0.02, 0.0, -0.002, 0.0, 0.0, 0.0, 0.0, 0.0))
    top = _desk_depth(a, "left")
    assert top[: len(top) // 8].mean() > top[-len(top) // 8:].mean() + 10, "the left edge leans: keystone"
    flat = _strip(app=False)
    plan, f = _scan(flat, 8, skew=0.0)
    assert plan.source == "flatbed" and plan.dpi == 300
    g = f if f.ndim == 2 else f.mean(axis=2)
    assert g[:5].mean() > 235 and g[:, :5].mean() > 235, "the flatbed shows no desk, no dark edge"


def test_the_apps_watermark_sits_in_a_bottom_corner_now_and_then() -> None:
    blank = Sheet(size=(mm(150), mm(150)))
    blank.ii_source = "app"  # type: ignore[attr-defined]
    calm = [(0.2, 0.0, 1.0, 0.0)] * 4
    for corner in ("br", "bl"):
        _plan, a = _scan(blank, 9, mode="bw", rotation=0, watermark=corner, waves=calm, keystone=(0.0,) * 8)
        h, w = a.shape
        box = a[h - h // 12: h - 8, w // 2:] if corner == "br" else a[h - h // 12: h - 8, : w // 2]
        other = a[h - h // 12: h - 8, : w // 2] if corner == "br" else a[h - h // 12: h - 8, w // 2:]
        marked = ((box > 90) & (box < 200)).sum()
        assert marked > 40, "the watermark's grey letters"
        assert ((other[:, 20:-20] > 90) & (other[:, 20:-20] < 200)).sum() < marked / 4
    _, none = _scan(blank, 9, mode="bw", rotation=0, watermark="", waves=calm, keystone=(0.0,) * 8)
    h, w = none.shape
    assert ((none[h - h // 12: h - 8, 20:-20] > 90) & (none[h - h // 12: h - 8, 20:-20] < 200)).sum() < 40
    plans_ = [cap.plan_capture(random.Random(k), blank) for k in range(120)]
    share = sum(bool(p.watermark) for p in plans_) / len(plans_)
    assert 0.15 < share < 0.55 and {p.mode for p in plans_} == {"bw", "colour"}


def test_app_pages_vary_in_size_and_resolution_and_the_court_scans_at_300_dpi() -> None:
    app = Sheet()
    app.ii_source = "app"  # type: ignore[attr-defined]
    plans_ = [cap.plan_capture(random.Random(k), app) for k in range(60)]
    assert all(150 <= p.dpi <= 300 and p.source == "app" for p in plans_)
    widths = [p.width_in for p in plans_]
    assert max(widths) - min(widths) > 1.5, "page sizes vary with the app's crop"
    assert {p.rotation for p in plans_} > {0}
    court = Sheet()
    court.lines.append("x")
    ps = [cap.plan_capture(random.Random(k), court) for k in range(30)]
    assert all(p.dpi == 300 and p.source == "flatbed" and abs(p.skew) <= 0.3 for p in ps)
    img = Image.open(io.BytesIO(cap.capture(court, ps[0], random.Random(0))))
    assert img.width == round(A4[0] * 300 / 200) or img.height == round(A4[0] * 300 / 200)
