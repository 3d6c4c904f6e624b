"""court_bs — 内蒙古自治区包头市昆都仑区人民法院, drawn blind to be measured once. A 稀土高新区 supplier's judgment of this
court against a 磁材 maker is paid from the maker's deposit, frozen and then deducted; a steel trader's 包头中院 二审
judgment against a builder ends in 终结本次执行程序 after 网络查控 and a site visit found nothing, and is archived; a
herder's 羊绒 debt, confirmed by this court's 司法确认 ruling, is paid in two instalments but handed in without its
结案审批表. The bureau's papers carry the court's name in Mongolian beside the Chinese head; the undertaker
photographs every sheet with a phone in a cold office (blue daylight or yellow lamp, the phone's shadow, keystone,
now and then a shaken shot)."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from dossier.corpus.families import court_bs, court_bs_capture
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bs_seqs_stay_in_its_range() -> None:
    assert all(47000 <= p.seq <= 47999 for p in family_plans("court_bs"))
    assert {p.basis_kind for p in family_plans("court_bs")} == {"judgment"}


def test_court_bs_bases_are_this_court_s_and_the_middle_court_s() -> None:
    rare, steel, cash = case_of("court_bs_01"), case_of("court_bs_02"), case_of("court_bs_03")
    assert rare.basis_court == cash.basis_court == court_bs.COURT and "民初" in rare.basis_number
    assert steel.basis_court == "内蒙古自治区包头市中级人民法院" and "内02民终" in steel.basis_number
    assert "民特" in cash.basis_number
    text = text_of(court_bs.render("enforcement_basis", cash, random.Random(2), []))
    assert "裁定如下" in text and "人民调解协议有效" in text and "羊绒" in text
    assert "驳回上诉，维持原判" in text_of(court_bs.render("enforcement_basis", steel, random.Random(2), []))
    assert "稀土" in rare.extra["goods"] or "镨钕" in rare.extra["goods"]


def test_court_bs_parties_carry_valid_numbers() -> None:
    for prefix in ("court_bs_01", "court_bs_02", "court_bs_03"):
        c = case_of(prefix)
        for p in (c.applicant, c.respondent):
            check = check_credit_code if p.kind == "organisation" else check_id_number
            assert check(p.id_number) is None, (prefix, p.name, p.id_number)


def test_court_bs_rulings_are_titled_execution_rulings_and_say_what_they_do() -> None:
    steel, rare = case_of("court_bs_02"), case_of("court_bs_01")
    end = court_bs.render("termination_this_round_ruling", steel, random.Random(3), [])
    assert "执行裁定书" in end[0].lines[1].replace(" ", "") or "执行裁定书" in text_of(end)
    assert "本次执行程序" in text_of(end) and "裁定如下" in text_of(end)
    freeze = text_of(court_bs.render("assistance_notice", rare, random.Random(3), ["freeze"]))
    deduct = text_of(court_bs.render("assistance_notice", rare, random.Random(3), []))
    assert "冻结被执行人" in freeze and "扣划被执行人" in deduct


def _captured(seed: int, **kw: object) -> tuple[court_bs_capture.BSCapture, Image.Image]:
    sheet = court_bs.render("enforcement_notice", case_of("court_bs_01"), random.Random(seed), [])[0]
    cap = court_bs_capture.plan_capture(random.Random(seed), sheet)
    for k, v in kw.items():
        setattr(cap, k, v)
    return cap, Image.open(io.BytesIO(court_bs_capture.capture(sheet, cap, random.Random(seed))))


def test_court_bs_phone_photos_keep_their_dpi_and_stay_readable() -> None:
    for seed in range(4):
        cap, img = _captured(seed)
        assert 150 <= cap.dpi <= 300 and cap.photo and -3 <= cap.skew <= 3
        assert abs(img.info["dpi"][0] - cap.dpi) < 1
        g = np.asarray(img.convert("L"), dtype=np.float32)
        assert np.percentile(g, 1) < 90 and np.percentile(g, 60) > 150, "dark text on a light sheet"


def test_court_bs_casts_shadows_and_keystone_are_present() -> None:
    _, blue = _captured(5, cast="daylight", shadow="", blur=0, rotation=0)
    _, lamp = _captured(5, cast="lamp", shadow="", blur=0, rotation=0)
    b, y = np.asarray(blue, dtype=np.float32), np.asarray(lamp, dtype=np.float32)
    assert b[..., 2].mean() > b[..., 0].mean() + 5 and y[..., 0].mean() > y[..., 2].mean() + 15
    _, shaded = _captured(5, cast="daylight", shadow="left", blur=0, rotation=0)
    s = np.asarray(shaded.convert("L"), dtype=np.float32)
    plain = np.asarray(blue.convert("L"), dtype=np.float32)
    h, w = s.shape
    assert plain[int(h * 0.8):, : int(w * 0.1)].mean() - s[int(h * 0.8):, : int(w * 0.1)].mean() > 20
    assert abs(plain[: h // 5, w // 2:].mean() - s[: h // 5, w // 2:].mean()) < 6, "the far side stays lit"
    # keystone: the sheet's top edge is narrower than its foot (desk shows at the top corners)
    top_desk = (plain[int(h * 0.06), :] < 140).mean()
    foot_desk = (plain[int(h * 0.94), :] < 140).mean()
    assert top_desk > foot_desk


def test_court_bs_shaken_shots_are_softer() -> None:
    _, steady = _captured(7, blur=0, shadow="", cast="daylight", rotation=0)
    _, shaken = _captured(7, blur=5, shadow="", cast="daylight", rotation=0)

    def sharp(i: Image.Image) -> float:
        a = np.asarray(i.convert("L"), dtype=np.float32)
        return float(np.abs(np.diff(a, axis=1)).mean())

    assert sharp(shaken) < sharp(steady) * 0.85


def test_court_bs_mongolian_head_beside_the_chinese_title() -> None:
    sheet = court_bs.render("acceptance_notice", case_of("court_bs_01"), random.Random(1), [])[0]
    a = np.asarray(sheet.image.convert("L"))
    margin = a[200:700, 40:200]
    assert (margin < 128).sum() > 300, "the Mongolian column stands in the left margin"
    assert sheet.lines[0] == court_bs.COURT and "受理案件通知书" in "".join(sheet.lines[:2]).replace(" ", "")


def test_court_bs_only_the_formal_papers_carry_the_mongolian_name() -> None:
    c = case_of("court_bs_01")

    def margin_ink(code: str) -> int:
        sheet = court_bs.render(code, c, random.Random(1), ["enforcement_notice"])[0]
        return int((np.asarray(sheet.image.convert("L"))[200:700, 40:200] < 128).sum())

    assert margin_ink("termination_this_round_ruling") > 300 and margin_ink("enforcement_notice") > 300
    assert margin_ink("service_receipt") == 0 and margin_ink("summons") == 0
