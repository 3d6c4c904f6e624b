"""court_cw (山东省淄博市张店区人民法院): three dossiers of 淄博's city centre. A 陶瓷 works enforces 淄博中院's 二审 judgment
on a ceramics supply contract against a building-materials trader: its receivable from a decoration company frozen (the
协助执行通知书 to the third party and the third party's 回复函), paid in, the rest settled, closed 执行完毕 and archived
(cover and catalogue first, the 生效证明书 right behind the judgment). An equipment-leasing company enforces a 淄博仲裁委员会
award for a chemical plant's rent: nothing found, 限制消费 and 失信, the applicant heard, 终本. A property company enforces
the court's own 民事调解书 for 物业费 against a shop owner who settles and pays — without the law firm's 所函.
Many received papers were printed from a web browser (its header and footer at the edges, "fit to page", background
graphics off) and every sheet went through the bureau's MFP, grey or 1-bit."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.families import court_cw_capture as cap
from dossier.corpus.families.court_cw import made_on, render
from dossier.corpus.families.court_cw_kit import web_of
from dossier.corpus.families.court_cw_plans import MISSING
from dossier.validators.identity import check_credit_code

from .family_stories import case_of, family_plans, text_of


def test_court_cw_seqs_lie_in_its_range() -> None:
    seqs = [p.seq for p in family_plans("court_cw")]
    assert len(seqs) == 3 and all(91000 <= s <= 91999 for s in seqs)
    assert all(p.name.startswith(f"court_cw_0{i}_") for i, p in enumerate(family_plans("court_cw"), 1))
    defective = [p for p in family_plans("court_cw") if not p.complete]
    assert len(defective) == 1 and MISSING not in [d.code for d in defective[0].docs]


def test_the_customer_whose_debt_is_frozen_carries_a_valid_credit_code() -> None:
    assert check_credit_code(case_of("court_cw_01").extra["third_code"]) is None


def test_each_story_is_drawn_in_its_makers_words() -> None:
    ceramic, lease, estate = case_of("court_cw_01"), case_of("court_cw_02"), case_of("court_cw_03")
    basis = text_of(render("enforcement_basis", ceramic, random.Random(0), []))
    assert "山东省淄博市中级人民法院" in basis and "驳回上诉，维持原判" in basis and "陶瓷" in basis
    award = text_of(render("enforcement_basis", lease, random.Random(0), []))
    assert "淄博仲裁委员会" in award and "换热器" in award
    assert "民事调解书" in text_of(render("enforcement_basis", estate, random.Random(0), [])).replace(" ", "")
    ttr = text_of(render("termination_this_round_ruling", lease, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序" in ttr
    sheets = render("assistance_notice", ceramic, random.Random(0), [])
    assert ceramic.extra["third"] in text_of(sheets) and "到期应收货款" in text_of(sheets)
    assert sheets[-1].starts_document and "回复函" in text_of(sheets[-1:])


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix in ("court_cw_01", "court_cw_02", "court_cw_03"):
        c = case_of(prefix)
        for p in family_plans("court_cw"):
            if not p.name.startswith(prefix):
                continue
            for d in p.docs:
                if d.code != "service_receipt":
                    continue
                lines = render("service_receipt", c, random.Random(7), d.served)[0].lines
                got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
                assert len(got) == 1, lines
                assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)


def _shot(sheet: Sheet, seed: int, **over: object) -> tuple[cap.MfpScan, np.ndarray]:
    plan = cap.plan_capture(random.Random(seed), sheet)
    plan.skew, plan.bitonal, plan.dpi = 0.0, False, 200
    for k, v in over.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, random.Random(seed))))
    assert img.info["dpi"][0] == pytest.approx(plan.dpi, abs=1)
    assert img.width == round(sheet.width * plan.dpi / DPI)
    return plan, np.asarray(img.convert("L"), dtype=np.float32)


def test_a_browser_printout_carries_the_browsers_header_and_footer_and_own_papers_do_not() -> None:
    c = case_of("court_cw_01")
    page = render("online_inquiry_result", c, random.Random(0), [])[0]
    own = render("enforcement_notice", c, random.Random(0), [])[0]
    info = web_of(page)
    assert info and web_of(own) is None and info["page"] == "1/1" and str(info["url"]).startswith("http")
    _, a = _shot(page, 1)
    _, b = _shot(own, 1)
    band = slice(mm(4), mm(8))
    foot = slice(a.shape[0] - mm(9), a.shape[0] - mm(4))
    assert (a[band] < 110).sum() > 200 and (a[foot] < 110).sum() > 200, "date/title at the top, URL and 1/1 at the foot"
    assert (b[band] < 110).sum() < 20 and (b[foot] < 110).sum() < 20, "the bureau's own print has clean edges"


def test_fit_to_page_shrinks_the_content_and_background_graphics_off_drops_the_seal() -> None:
    c = case_of("court_cw_02")
    fee = render("fee_receipt", c, random.Random(0), [])[0]
    info = web_of(fee)
    assert info and info["background"] is False and float(str(info["fit"])) < 0.95
    rgb = np.asarray(fee.image).astype(int)
    red = (rgb[..., 0] - np.maximum(rgb[..., 1], rgb[..., 2])) > 45
    assert red.sum() > 500, "the page shows its red seal"
    gone = cap._no_background(np.asarray(fee.image).copy(), False).astype(int)
    assert ((gone[..., 0] - np.maximum(gone[..., 1], gone[..., 2])) > 45).sum() == 0, "nothing red is printed"

    def right_edge(a: np.ndarray) -> int:
        body = a[mm(15): a.shape[0] - mm(15)]
        cols = np.where((body < 100).sum(axis=0) > 3)[0]
        return int(cols.max())

    _, small = _shot(fee, 2)
    info["fit"] = 1.0
    _, full = _shot(fee, 2)
    assert right_edge(full) - right_edge(small) > mm(6), "fit to page leaves a wider right margin"


def test_the_mfp_stores_grey_or_one_bit() -> None:
    sheet = render("acceptance_notice", case_of("court_cw_03"), random.Random(0), [])[0]
    plans = [cap.plan_capture(random.Random(s), sheet) for s in range(40)]
    assert any(p.bitonal for p in plans) and not all(p.bitonal for p in plans)
    assert all(200 <= p.dpi <= 300 and abs(p.skew) <= 1.5 and p.rotation == 0 for p in plans)
    _, a = _shot(sheet, 3, bitonal=True, threshold=170)
    mid = ((a > 60) & (a < 195)).mean()
    assert mid < 0.03, "1-bit: only JPEG ringing between black and white"
