"""court_ay, 吉林省长春市朝阳区人民法院 (held out, drawn blind): a 长春 district court's enforcement bureau. A 模具 maker's
长春仲裁委员会 award against a stamping-parts supplier of 一汽解放 is paid in two instalments after a settlement and the
dossier is archived; a lender's 长春中院 二审 judgment against a 玉米深加工 company ends in 终结本次执行程序 after the
粮库 is found empty and its dryers mortgaged and seized elsewhere; a notarised loan to a rail-car component shop (公证书
and 执行证书) is paid from receivables frozen at 中车长客, but the dossier is handed in without its 结案通知书. The
parties' papers arrive as photocopies of photocopies (contrast pushed, strokes filled or thinned, toner speckle, grey
cast, the open lid's dark edges) stamped 与原件核对无异 with a clerk's initials; slips are glued onto an A4 粘贴单; all
pages are scanned grey at 200 dpi through a sheet-fed ADF whose dirty roller streaks some pages at one place."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ay, court_ay_capture
from dossier.corpus.families.court_ay_kit import copy_generations
from dossier.corpus.families.court_ay_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)

F = "court_ay"


def test_court_ay_defective_dossier_lacks_what_its_plans_name() -> None:
    assert MISSING == "closing_notice"


def test_court_ay_case_numbers_stay_in_its_range_and_court() -> None:
    for p in family_plans(F):
        assert 17000 <= p.seq <= 17999
        c = case_of(p.name)
        assert c.number == f"（2024）吉0104执{p.seq}号"
        assert c.court.name == "吉林省长春市朝阳区人民法院"


def test_court_ay_parties_carry_valid_numbers_on_their_papers() -> None:
    for p in family_plans(F):
        c = case_of(p.name[:9])
        assert check_id_number(c.applicant.id_number) is None
        assert check_credit_code(c.respondent.id_number) is None
        ids = text_of(court_ay.render("identity_proof", c, random.Random(3), []))
        assert c.applicant.id_number in ids and "居民身份证" in ids
        lic = text_of(court_ay.render("identity_proof", c, random.Random(3), ["respondent"]))
        assert c.respondent.id_number in lic and "营业执照" in lic


def test_court_ay_bases_are_written_as_their_bodies_write_them() -> None:
    award = case_of("court_ay_01")
    text = text_of(court_ay.render("enforcement_basis", award, random.Random(1), []))
    assert "长春仲裁委员会" in text and "裁决如下" in text and "冲压模具" in text
    cert = text_of(court_ay.render("effectiveness_certificate", award, random.Random(1), []))
    assert "生效证明" in cert and "第五十七条" in cert
    appeal = case_of("court_ay_02")
    text = text_of(court_ay.render("enforcement_basis", appeal, random.Random(1), []))
    assert "吉林省长春市中级人民法院" in text and "驳回上诉，维持原判" in text and "吉01民终" in text
    loan = case_of("court_ay_03")
    assert "公证书" in text_of(court_ay.render("enforcement_basis", loan, random.Random(1), []))
    cert = text_of(court_ay.render("effectiveness_certificate", loan, random.Random(1), []))
    assert "执行证书" in cert and loan.extra["cert_number"] in cert


def test_court_ay_rulings_are_titled_by_form_and_say_what_they_do() -> None:
    c = case_of("court_ay_02")
    ttr = court_ay.render("termination_this_round_ruling", c, random.Random(2), [])
    text = text_of(ttr)
    assert ttr[0].lines[1] == "执行裁定书" and "裁定如下：" in text and "终结本次执行程序。" in text
    freeze = text_of(court_ay.render("enforcement_ruling", c, random.Random(2), []))
    assert "执行裁定书" in freeze and "冻结、划拨" in freeze
    receipt = text_of(court_ay.render("service_receipt", c, random.Random(2), ["termination_this_round_ruling"]))
    assert "送达回证" in receipt and "终结本次执行程序" in receipt


def test_court_ay_copies_are_marked_and_slips_glued_on_a_backing_sheet() -> None:
    c = case_of("court_ay_01")
    for code, note in (("identity_proof", []), ("identity_proof", ["respondent"]), ("lawyer_license", [])):
        sheets = court_ay.render(code, c, random.Random(5), note)
        assert all(copy_generations(s) >= 2 for s in sheets), code
    basis = court_ay.render("enforcement_basis", c, random.Random(5), [])
    assert copy_generations(basis[0]) == 1 and "与原件核对无异" in basis[0].lines
    own = court_ay.render("enforcement_notice", c, random.Random(5), [])
    assert copy_generations(own[0]) == 0
    fee = court_ay.render("fee_receipt", c, random.Random(5), [])
    assert "票据粘贴单" in fee[0].lines and "申请执行费" in text_of(fee)
    voucher = text_of(court_ay.render("payment_voucher", c, random.Random(5), []))
    assert "执行款收付凭证粘贴单" in voucher and voucher.count("客户专用回单") == 2


def _grey(jpeg: bytes) -> tuple[np.ndarray, Image.Image]:
    im = Image.open(io.BytesIO(jpeg))
    return np.asarray(im, dtype=np.float32), im


def _plain(text: str = "执行通知书") -> Sheet:
    s = Sheet()
    s.text(300, 400, text, __import__("dossier.corpus.fonts", fromlist=["font"]).font("serif", 60))
    return s


def test_court_ay_pages_are_scanned_grey_at_200_dpi_and_the_roller_streaks_one_place() -> None:
    rng = random.Random(11)
    streaked = 0
    for k in range(12):
        s = _plain()
        cap = court_ay_capture.plan_capture(rng, s)
        assert cap.dpi == 200 and not cap.photo and abs(cap.skew) <= 3 and cap.generations == 0
        cap.rotation, cap.skew = 0, 0.0
        a, im = _grey(court_ay_capture.capture(s, cap, random.Random(k)))
        assert im.mode == "L" and im.info["dpi"][0] == 200 and abs(im.width - 1654) <= 2
        x = int(im.width * cap.streak_x)
        band = a[200:2100, x - 1:x + 4].mean(axis=1).min()
        near = a[200:2100, x + 40:x + 60].mean()
        if cap.streak:
            streaked += 1
            assert near - band > 8, (k, near, band)
        else:
            assert near - band < 8
    assert 1 <= streaked <= 11


def test_court_ay_copies_grow_grey_dark_edged_and_speckled_but_stay_readable() -> None:
    s = _plain("居民身份证")
    cap = court_ay_capture.plan_capture(random.Random(4), s)
    cap.rotation, cap.skew, cap.streak = 0, 0.0, 0.0
    clean, _ = _grey(court_ay_capture.capture(s, cap, random.Random(1)))
    cap.generations, cap.strokes, cap.speckle, cap.cast = 3, "fill", 400, 210.0
    cap.lid = (True, False, True, False)
    copied, _ = _grey(court_ay_capture.capture(s, cap, random.Random(1)))
    paper = np.median(copied[600:1500, 200:1400])
    assert paper < np.median(clean[600:1500, 200:1400]) - 10, "a grey cast"
    assert copied[:, :8].mean() < paper - 40 and copied[:, -8:].mean() < paper - 40, "the open lid's dark edges"
    specks = (copied[800:2000, 100:1500] < paper - 80).sum()
    assert specks > 200, "toner speckle"
    text = copied[395:470, 300:640]
    assert (text < 90).mean() > 0.08 and (text > paper - 30).mean() > 0.3, "the words stay black on paper"


def test_court_ay_window_stamp_is_put_on_the_last_copy_not_copied_with_it() -> None:
    from dossier.corpus.families.court_ay_kit import copy_layer, mark_copy, verified

    s = _plain("营业执照")
    verified(s, random.Random(2), "王立新", x=800, y=1500)
    mark_copy([s], 3)
    assert "与原件核对无异" in s.lines and copy_layer(s) is not None
    assert np.asarray(s.image.convert("L"))[1450:1700, 780:1300].min() > 250, "the paper under the stamp is bare"
    cap = court_ay_capture.plan_capture(random.Random(6), s)
    cap.rotation, cap.skew, cap.streak = 0, 0.0, 0.0
    a, _ = _grey(court_ay_capture.capture(s, cap, random.Random(1)))
    paper = np.median(a[600:1400, 200:1400])
    assert (a[1450:1700, 780:1300] < paper - 40).mean() > 0.02, "the stamp shows on the scan"
