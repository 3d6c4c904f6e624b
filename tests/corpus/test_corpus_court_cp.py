"""court_cp: 湖北省荆州市沙市区人民法院 (鄂1002), drawn blind. Three 2025 files: a fish-feed maker enforces a 荆州仲裁委员会
award against a fish-farming cooperative, the two settle on three instalments and the file is archived (cover and
catalogue first, the award's 生效证明 behind it, review form and 备考表 last); a building-materials dealer enforces
荆州中院's 二审 judgment against a decoration company and its sole shareholder jointly, nothing is found, both are
restricted and listed as 失信, and the case closes 终本; a rural bank enforces a car loan's 公证债权文书 with the notary's
执行证书, the debtor pays once his account is frozen, but the file lacks the bank's 授权委托书. The archive room's
scanner has a dirty roller (a dark streak at the same x on every page), feeds some sheets crooked or two at once,
scans slips fit-to-page, over-corrects its deskew, and keeps the undertaker's highlighter and red-pen notes in colour."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.content import Party, cn_date
from dossier.corpus.draw import A4, Sheet
from dossier.corpus.families import court_cp, court_cp_capture
from dossier.corpus.families.court_cp_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)

F = "court_cp"


def test_court_cp_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING in ("power_of_attorney", "service_address_confirmation", "payment_account_confirmation",
                       "enforcement_application")


def test_court_cp_seqs_lie_in_its_range_and_names_tell_the_stories() -> None:
    ps = family_plans(F)
    assert [p.name[:12] for p in ps] == ["court_cp_01_", "court_cp_02_", "court_cp_03_"]
    assert all(82000 <= p.seq <= 82999 for p in ps)
    assert [p.method for p in ps] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert [p.basis_kind for p in ps] == ["arbitration", "judgment", "notarial"]
    assert [p.stage for p in ps] == ["archive", "closing", "closing"]


def _render(prefix: str, code: str, served: list[str] | None = None) -> str:
    c = case_of(prefix)
    return text_of(court_cp.render(code, c, random.Random(3), served or []))


def test_court_cp_cases_sit_in_shashi_with_valid_numbers() -> None:
    for prefix in ("court_cp_01_", "court_cp_02_", "court_cp_03_"):
        c = case_of(prefix)
        assert c.number.startswith("（2025）鄂1002执82") and c.court.name == court_cp.COURT
        parties: list[Party] = [c.applicant, c.respondent]
        holder = c.extra.get("cp_holder")
        if isinstance(holder, Party):
            parties.append(holder)
        for p in parties:
            bad = check_id_number(p.id_number) if p.kind == "person" else check_credit_code(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    assert case_of("court_cp_03_").respondent.id_number.startswith("421081")  # a 石首 man


def test_court_cp_bases_are_written_as_their_authors_write() -> None:
    award = _render("court_cp_01_", "enforcement_basis")
    assert "荆州仲裁委员会" in award and "裁决如下" in award and "鱼饲料" in award
    assert "终局裁决" in _render("court_cp_01_", "effectiveness_certificate")
    appeal = _render("court_cp_02_", "enforcement_basis")
    assert "鄂10民终" in appeal and "驳回上诉，维持原判" in appeal and "连带责任" in appeal
    assert "执行证书" in _render("court_cp_03_", "effectiveness_certificate")
    assert "赋予债权文书强制执行效力" in _render("court_cp_03_", "enforcement_basis")
    assert "分三期" in _render("court_cp_01_", "settlement_agreement")


def test_court_cp_rulings_are_titled_alike_and_say_what_they_do() -> None:
    ttr = _render("court_cp_02_", "termination_this_round_ruling")
    freeze = _render("court_cp_03_", "enforcement_ruling")
    for text in (ttr, freeze):
        assert "执行裁定书" in text and "裁定如下" in text
    assert "终结本次执行程序。" in ttr and "冻结、划拨" in freeze and "终结本次" not in freeze
    holder = case_of("court_cp_02_").extra["cp_holder"]
    assert holder.name in _render("court_cp_02_", "dishonest_list_decision", ["shareholder"])
    assert holder.id_number in _render("court_cp_02_", "identity_proof", ["shareholder"])


def _cn(text: str) -> list[date]:
    """Every 二〇二五年…月…日 date printed in `text`."""
    found = []
    for y in (2025,):
        for m in range(1, 13):
            for d in range(1, 32):
                try:
                    day = date(y, m, d)
                except ValueError:
                    continue
                if cn_date(day) in text:
                    found.append(day)
    return found


def test_court_cp_receipts_are_dated_after_what_they_served() -> None:
    c = case_of("court_cp_02_")
    ruling = _cn(_render("court_cp_02_", "termination_this_round_ruling"))
    receipt = text_of(court_cp.render("service_receipt", c, random.Random(3), ["termination_this_round_ruling"]))
    served = [date(int(y), int(m), int(d)) for y, m, d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", receipt)]
    assert ruling and served and min(served) >= max(ruling) and max(served) <= c.closed_on
    notice = _cn(_render("court_cp_02_", "enforcement_notice"))
    first = text_of(court_cp.render("service_receipt", c, random.Random(3), ["enforcement_notice", "property_report_order"]))
    got = [date(int(y), int(m), int(d)) for y, m, d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", first)]
    assert notice and got and min(got) >= max(notice) >= c.filed_on


def _scan(sheet: Sheet, **change: object) -> tuple[court_cp_capture.CpScan, Image.Image]:
    cap = court_cp_capture.plan_capture(random.Random(5), sheet)
    for k, v in change.items():
        setattr(cap, k, v)
    return cap, Image.open(io.BytesIO(court_cp_capture.capture(sheet, cap, random.Random(6))))


def _page(code: str = "enforcement_notice") -> Sheet:
    return court_cp.render(code, case_of("court_cp_02_"), random.Random(3), [])[0]


def test_court_cp_scanner_plans_stay_within_bounds() -> None:
    rng = random.Random(11)
    page = _page()
    caps = [court_cp_capture.plan_capture(rng, page) for _ in range(300)]
    assert all(200 <= k.dpi <= 300 and abs(k.skew) <= 3 and not k.photo for k in caps)
    assert all(abs(k.skew) >= 2.0 for k in caps if k.crooked)
    assert any(k.crooked for k in caps) and any(k.double_feed for k in caps) and any(k.marked for k in caps)
    assert any(0.5 <= abs(k.skew) <= 1.2 for k in caps if not k.crooked)  # deskew that went too far


def test_court_cp_roller_streak_runs_down_every_page_at_the_same_x() -> None:
    xs = []
    for code in ("enforcement_notice", "summons"):
        _cap, im = _scan(_page(code), skew=0.0, crooked=False, double_feed=False, marked=False, ghost=False, blur=0.0,
                        rotation=0)
        a = np.asarray(im.convert("L")).astype(float)
        cols = a.mean(axis=0)
        x = int(np.argmin(cols))
        assert cols[x] < np.median(cols) - 40
        assert (a[:, x] < 200).mean() > 0.9  # top to bottom, not a printed rule
        xs.append(x / im.width)
    assert abs(xs[0] - xs[1]) < 0.01 and abs(xs[0] - court_cp_capture.ROLLER) < 0.01


def test_court_cp_scans_grey_at_their_dpi_unless_marked_in_colour() -> None:
    _cap, im = _scan(_page(), marked=False, dpi=240, rotation=0)
    assert im.mode == "L" and round(im.info["dpi"][0]) == 240
    assert abs(im.width - A4[0] * 240 / 200) <= 2
    _cap, im = _scan(_page("interview_record"), marked=True, rotation=0, dpi=200)  # a record: no red seal on it
    a = np.asarray(im.convert("RGB")).astype(int)
    red = (a[..., 0] > 150) & (a[..., 1] < 90) & (a[..., 2] < 90)
    tinted = (a.max(axis=-1) - a.min(axis=-1) > 20) & (a.min(axis=-1) > 120)
    assert im.mode == "RGB" and red.sum() > 50 and tinted.sum() > 5000  # red pen, and a highlighter stroke


def test_court_cp_slips_sit_small_fit_to_page_and_crooked_feeds_lose_their_top() -> None:
    slip = court_cp.render("fee_receipt", case_of("court_cp_01_"), random.Random(3), [])[0]
    cap, im = _scan(slip, skew=0.0, crooked=False, double_feed=False, marked=False, ghost=False, rotation=0)
    assert cap.fit and abs(im.width / im.height - A4[0] / A4[1]) < 0.01
    a = np.asarray(im).astype(float)
    a[:, int(im.width * court_cp_capture.ROLLER) - 3:int(im.width * court_cp_capture.ROLLER) + 6] = 255
    ink_rows = np.where((a < 120).sum(axis=1) > 3)[0]
    assert ink_rows.max() < im.height * 0.7  # a wide white margin below the slip
    page = _page()
    _, straight = _scan(page, skew=0.0, crooked=False, double_feed=False, marked=False, rotation=0, dpi=200, blur=0.0)
    _, cut = _scan(page, skew=2.5, crooked=True, double_feed=False, marked=False, rotation=0, dpi=200, blur=0.0)

    def first_ink(im: Image.Image) -> int:
        g = np.asarray(im.convert("L")).astype(float)
        g[:, int(im.width * 0.55):] = 255
        return int(np.where((g < 110).sum(axis=1) > 5)[0][0])

    assert first_ink(cut) < first_ink(straight) - 10  # the sheet's top went past the read head


def test_court_cp_pages_stay_readable() -> None:
    for code in ("enforcement_ruling", "service_receipt", "online_inquiry_result"):
        sheet = court_cp.render(code, case_of("court_cp_03_"), random.Random(3), ["enforcement_notice"])[0]
        for seed in range(2):
            cap = court_cp_capture.plan_capture(random.Random(seed), sheet)
            g = np.asarray(Image.open(io.BytesIO(court_cp_capture.capture(sheet, cap, random.Random(seed)))).convert("L"))
            assert np.median(g) > 200 and (g < 100).mean() > 0.005, (code, seed)


def test_court_cp_archive_papers_agree_on_what_was_bound() -> None:
    c = case_of("court_cp_01_")
    cover = text_of(court_cp.render("dossier_cover", c, random.Random(3), []))
    catalogue = text_of(court_cp.render("catalogue", c, random.Random(3), []))
    remarks = text_of(court_cp.render("remarks_sheet", c, random.Random(3), []))
    assert f"{court_cp.BOUND}" in cover and f"{court_cp.BOUND - 1}-{court_cp.BOUND}" in catalogue
    assert "荆州仲裁委员会" in cover and "执行完毕" in cover and "页，无缺页" in remarks
