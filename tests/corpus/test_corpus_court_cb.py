"""The family court_cb (四川西昌, held out: drawn without looking at the page reader): the court of 凉山彝族自治州's
seat, whose own papers print its name in Yi script (彝文) above the Chinese. A 会理 石榴 cooperative's judgment against
a 西昌 fruit trader is paid out of the trader's account after the bank's freezing reply and the 执行款 goes over; a 邛海
民宿 company's 凉山中院 二审 judgment against a Yi renovation foreman finds nothing (网络查控, a home visit with a
彝语 interpreter, 限制消费令, the applicant heard) and ends in 终本, archived; a 凉山仲裁委员会 award on 苦荞茶 processing
fees is paid by instalments but its 收款账户确认书 never reached the file. The filing window scans with the flatbed's lid
open: black all round the paper, a bright rim at its edges, small slips lost in the black field, old papers yellow."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cb_capture, renderer
from dossier.corpus.families.court_cb import GUEST_SEQ, POM_SEQ, TEA_SEQ, YI_COURT, YI_FONT
from dossier.corpus.families.court_cb_papers import is_aged
from dossier.corpus.families.court_cb_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_cb"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert [p.seq for p in OURS] == [POM_SEQ, GUEST_SEQ, TEA_SEQ]
    assert all(61000 <= p.seq <= 61999 for p in OURS)


def test_its_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "payment_account_confirmation"


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_cb")(code, _plan(prefix)[1], random.Random(seed), served or [])


POM, GUEST, TEA = "court_cb_01", "court_cb_02", "court_cb_03"


def test_the_stories_are_told_in_their_bases() -> None:
    assert "石榴" in text_of(_draw(POM, "enforcement_basis"))
    guest = text_of(_draw(GUEST, "enforcement_basis"))
    assert "凉山彝族自治州中级人民法院" in guest and "民终" in guest and "驳回上诉" in guest and "邛海" in guest
    tea = text_of(_draw(TEA, "enforcement_basis"))
    assert "凉山仲裁委员会" in tea and "苦荞" in tea and "裁决如下" in tea


def test_the_home_visit_names_its_yi_interpreter_and_rulings_say_what_they_do() -> None:
    c = _plan(GUEST)[1]
    visit = text_of(_draw(GUEST, "investigation_record"))
    assert "翻译人员" in visit and "彝语" in visit and c.extra["interpreter"] in visit
    for prefix, code, does in [(POM, "enforcement_ruling", "冻结"), (GUEST, "termination_this_round_ruling", "终结")]:
        sheets = _draw(prefix, code)
        assert sheets[0].lines[2] == "执行裁定书" and "裁定如下" in text_of(sheets) and does in text_of(sheets)
    reply = text_of(_draw(POM, "assistance_notice", ["reply"]))
    assert "回执" in reply and _plan(POM)[1].number in reply


def test_own_papers_carry_the_court_name_in_yi_script_above_the_chinese() -> None:
    assert all(0xA000 <= ord(ch) <= 0xA48F for ch in YI_COURT)
    for code in ("acceptance_notice", "enforcement_notice", "service_receipt", "dossier_cover"):
        lines = _draw(GUEST, code)[0].lines
        assert lines[0] == YI_COURT and lines[1] == "四川省西昌市人民法院", (code, lines[:2])
    a = np.asarray(_draw(POM, "acceptance_notice")[0].image.convert("RGB")).astype(int)
    band = a[int(a.shape[0] * 0.065):int(a.shape[0] * 0.085)]
    red = (band[..., 0] > 150) & (band[..., 1] < 120)
    assert red.sum() > 300, "the Yi line is printed in red ink"
    assert YI_FONT.endswith("NotoSansYi-Regular.ttf")


def test_party_numbers_are_valid() -> None:
    for prefix in (POM, GUEST, TEA):
        c = _plan(prefix)[1]
        for p in (c.applicant, c.respondent):
            check = check_id_number if p.kind == "person" else check_credit_code
            assert check(p.id_number) is None, (prefix, p.name, p.id_number)
    assert _plan(GUEST)[1].respondent.kind == "person" and _plan(POM)[1].respondent.kind == "person"


def _scan(sheet: Sheet, seed: int = 3, **over: object) -> tuple[court_cb_capture.CbCapture, Image.Image, bytes]:
    rng = random.Random(seed)
    cap = court_cb_capture.plan_capture(rng, sheet)
    for k, v in over.items():
        setattr(cap, k, v)
    data = court_cb_capture.capture(sheet, cap, rng)
    return cap, Image.open(io.BytesIO(data)), data


def test_the_open_lid_leaves_black_all_round_a_small_slip() -> None:
    slip = _draw(POM, "payment_voucher")[0]
    cap, img, _ = _scan(slip, skew=2.5, anchor="tl", rotation=0)
    a = np.asarray(img.convert("L")).astype(int)
    assert img.info["dpi"][0] == pytest.approx(cap.dpi) and 200 <= cap.dpi <= 300
    assert abs(a.shape[1] / cap.dpi * 25.4 - 216) < 2, "the whole glass is captured"
    assert (a < 20).mean() > 0.6, "a small slip lies in a large black field"
    assert a[-40:, -40:].max() < 25 and a[:, -10:].mean() < 10, "outside the paper is black"
    assert a[: a.shape[0] // 2, : a.shape[1] // 2].mean() > a[a.shape[0] // 2:, a.shape[1] // 2:].mean() + 40
    row = a[round(20 / 25.4 * cap.dpi)]
    inside = np.nonzero(row > 120)[0]
    assert len(inside) and row[inside[0]:inside[0] + 4].max() >= 235, "the paper's edge shows a bright rim"


def test_a_full_sheet_is_readable_and_old_papers_come_out_yellow() -> None:
    page = _draw(POM, "acceptance_notice")[0]
    _, img, _ = _scan(page, rotation=0, skew=0.0, aged=False)
    a = np.asarray(img.convert("L")).astype(int)
    mid = a[a.shape[0] // 4: a.shape[0] * 3 // 4, a.shape[1] // 4: a.shape[1] * 3 // 4]
    assert np.median(mid) > 215 and (mid < 100).mean() > 0.005, "dark text on a light paper"
    old = [s for s in _draw(GUEST, "enforcement_basis") if is_aged(s)]
    assert old, "the 二审 judgment is an old, yellowed paper"
    _, yimg, _ = _scan(old[0], rotation=0)
    rgb = np.asarray(yimg.convert("RGB")).astype(int)
    paper = rgb[rgb.sum(axis=2) > 450]
    assert paper[:, 0].mean() - paper[:, 2].mean() > 50, "strong yellow tint"


def test_a_page_put_on_the_glass_upside_down_is_turned_and_quality_is_low() -> None:
    page = _draw(POM, "acceptance_notice")[0]
    _, up, _ = _scan(page, rotation=0, skew=0.0, blur=0.0)
    _, down, data = _scan(page, rotation=180, skew=0.0, blur=0.0)
    a, b = np.asarray(up.convert("L")).astype(int), np.asarray(down.convert("L")).astype(int)
    assert np.abs(a[::-1, ::-1] - b).mean() < 6 < np.abs(a - b).mean()
    caps = [court_cb_capture.plan_capture(random.Random(s), page) for s in range(300)]
    assert any(c.rotation == 180 for c in caps) and sum(c.rotation == 180 for c in caps) < 60
    assert all(55 <= c.quality <= 80 and abs(c.skew) <= 3 and not c.photo for c in caps)
    assert data[:2] == b"\xff\xd8"
