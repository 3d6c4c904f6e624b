"""The family court_cf (湖南衡阳雁峰, held out: drawn without looking at the page reader): the district south of the
回雁峰 — 白沙洲 industrial park, building-material trade, 解放路 鱼粉店. A steel-pipe firm's welder wins a 终局 award of
the 衡阳市劳动人事争议仲裁院 (its 生效证明 behind it); the bureau freezes and deducts the firm's account at 湖南银行 (the
bank's green 回执), pays him through 衡阳农商银行 (the 回单), and the dossier is archived. A building-material trader
holds a 衡阳中院 二审 judgment against a decoration company that has closed: 查控, 传票, 限制消费令, 失信决定书, a site
调查笔录, the 约谈笔录 and the 终本告知书 the applicant signs, then 终结本次执行程序. A lender's loan notarised by the
雁城公证处 (公证书 and 执行证书) is settled in instalments by a 鱼粉店 owner; the dossier holds the 送达回证 of the
执行通知书 but not the notice itself. Every page is a document-camera (高拍仪) photograph at the window: a dark desk mat
round the page, barrel distortion, auto-crop slivers or cut margins, LED glare on glossy papers, a thumb or a binder
clip, sideways landscape papers, over-whitened "enhanced" pages, 150–220 dpi colour JPEG at q45–75."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_cf_capture as cam
from dossier.corpus.families import renderer
from dossier.corpus.families.court_cf import LOAN_SEQ, PIPE_SEQ, WAGE_SEQ
from dossier.corpus.families.court_cf_kit import COURT, is_glossy
from dossier.corpus.families.court_cf_plans import DROPPED, MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_cf"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert len(OURS) == 3 and all(69000 <= p.seq <= 69999 for p in OURS)
    assert [p.seq for p in OURS] == [WAGE_SEQ, PIPE_SEQ, LOAN_SEQ]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_cf")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_an_archived_award_a_terminated_round_and_a_settled_loan_without_its_enforcement_notice() -> None:
    assert MISSING == "service_receipt:enforcement_notice" and DROPPED == "enforcement_notice"
    assert [p.stage for p in OURS] == ["archive", "closing", "closing"]
    assert [p.method for p in OURS] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert [p.basis_kind for p in OURS] == ["arbitration", "judgment", "notarial"]
    loan = _plan("court_cf_03")[0]
    codes = [d.code for d in loan.docs]
    assert DROPPED not in codes and "property_report_order" in codes
    assert any(d.code == "service_receipt" and DROPPED in d.served for d in loan.docs), "served, but never filed"
    ended = [d for d in _plan("court_cf_02")[0].docs if d.code == "interview_record"]
    assert [d.note for d in ended] == ["", "notice"], "the 约谈笔录 and, behind it, the 终本告知书"


def test_the_dossiers_are_25_to_45_pages() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        rng = random.Random(5)
        pages = sum(len(renderer("court_cf")(d.code, c, rng, d.served or ([d.note] if d.note else []))) for d in p.docs)
        assert 25 <= pages <= 45, (p.name, pages)


def test_hengyang_parties_bodies_and_case_numbers() -> None:
    wage, pipe, loan = (_plan(f"court_cf_0{k}")[1] for k in (1, 2, 3))
    assert wage.number == f"（2026）湘0406执{WAGE_SEQ}号" and loan.number.endswith(f"执{LOAN_SEQ}号")
    assert wage.basis_court == "衡阳市劳动人事争议仲裁院" and wage.basis_number.startswith("衡劳人仲案字〔2025〕")
    assert pipe.basis_court == "湖南省衡阳市中级人民法院" and "湘04民终" in pipe.basis_number
    assert loan.basis_court == "湖南省衡阳市雁城公证处" and "湘衡雁证执字" in loan.extra["cert_no"]
    assert "钢管" in wage.respondent.name and "装饰工程" in pipe.respondent.name and loan.respondent.kind == "person"
    for c in (wage, pipe, loan):
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, party


def test_every_ruling_is_titled_and_says_what_it_does() -> None:
    pipe = _plan("court_cf_02")[1]
    ended = _draw("court_cf_02", "termination_this_round_ruling")
    assert ended[0].lines[0] == COURT and "执行裁定书" in ended[0].lines and pipe.number in ended[0].lines
    assert f"终结本院{pipe.number}案件的本次执行程序。" in text_of(ended) and "裁定如下：" in text_of(ended)
    freeze = _draw("court_cf_01", "enforcement_ruling")
    assert "执行裁定书" in freeze[0].lines and "冻结、划拨被执行人" in text_of(freeze)
    assert "湖南银行" in text_of(freeze)
    decision = _draw("court_cf_02", "dishonest_list_decision")
    assert "决定书" in decision[0].lines and "纳入失信被执行人名单" in text_of(decision)


def test_the_bases_are_drawn_in_their_authors_styles() -> None:
    award = _draw("court_cf_01", "enforcement_basis")
    assert award[0].lines[0] == "衡阳市劳动人事争议仲裁院" and "裁　决　书" in award[0].lines and "裁决如下：" in text_of(award)
    assert len(award) >= 2 and award[0].page_of == (1, len(award)) and f"第1页 共{len(award)}页" in award[0].lines
    cert = _draw("court_cf_01", "effectiveness_certificate")
    assert "仲裁裁决书生效证明" in cert[0].lines and "发生法律效力" in text_of(cert)
    appeal = _draw("court_cf_02", "enforcement_basis")
    assert "民 事 判 决 书" in appeal[0].lines and "驳回上诉，维持原判。" in text_of(appeal)
    notarial = _draw("court_cf_03", "enforcement_basis")
    assert "公　证　书" in notarial[0].lines and "具有强制执行效力" in text_of(notarial)
    assert "执 行 证 书" in _draw("court_cf_03", "effectiveness_certificate")[0].lines


def test_the_round_is_ended_after_the_applicant_is_heard_and_told() -> None:
    pipe = _plan("court_cf_02")[1]
    talk = _draw("court_cf_02", "interview_record")
    assert "约谈笔录" in talk[0].lines and pipe.agent in text_of(talk) and "终结本次执行程序" in text_of(talk)
    told = _draw("court_cf_02", "interview_record", ["notice"])
    assert "终结本次执行程序告知书" in told[0].lines and "已知悉，同意终本。" in text_of(told)
    site = _draw("court_cf_02", "investigation_record")
    assert "调查笔录" in site[0].lines and pipe.respondent.address in text_of(site)
    receipt = _draw("court_cf_02", "service_receipt", ["termination_this_round_ruling"])
    assert "执行裁定书（终结本次执行程序）一份" in text_of(receipt) and pipe.applicant.name in text_of(receipt)


def test_glossy_papers_are_marked_for_the_glare() -> None:
    assert all(is_glossy(s) for s in _draw("court_cf_01", "identity_proof"))
    assert is_glossy(_draw("court_cf_01", "payment_voucher")[0]) and is_glossy(_draw("court_cf_01", "lawyer_license")[0])
    assert not is_glossy(_draw("court_cf_01", "acceptance_notice")[0])
    reply = _draw("court_cf_01", "assistance_notice", ["reply"])
    assert "协助执行通知书回执" in reply[0].lines and is_glossy(reply[0])


def _plan_cap(sheet: Sheet, **kw: object) -> cam.CfCapture:
    cap = cam.plan_capture(random.Random(3), sheet)
    for k, v in kw.items():
        setattr(cap, k, v)
    return cap


def _jpeg(sheet: Sheet, cap: cam.CfCapture) -> Image.Image:
    return Image.open(io.BytesIO(cam.capture(sheet, cap, random.Random(4))))


@cache
def _notice() -> Sheet:
    return _draw("court_cf_01", "acceptance_notice")[0]


def test_the_page_lies_on_a_dark_mat_at_its_dpi() -> None:
    sheet = _notice()
    cap = _plan_cap(sheet, crop="mat", border=0.07, skew=1.5, hold="", enhance=False, dpi=180, rotation=0, quality=70)
    img = _jpeg(sheet, cap)
    assert img.format == "JPEG" and img.mode == "RGB" and round(img.info["dpi"][0]) == 180
    a = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = a.shape
    page_w = sheet.width * 180 / 200
    assert page_w * 1.05 < w < page_w * 1.35, "the page plus the mat round it"
    edges = [a[:, :8], a[:, -8:], a[:8, :], a[-8:, :]]
    assert all(e.mean() < 90 for e in edges), [round(float(e.mean())) for e in edges]
    assert a[h // 3:2 * h // 3, w // 3:2 * w // 3].mean() > 170, "the paper is light"


def test_a_cut_crop_loses_the_mat_on_its_side() -> None:
    sheet = _notice()
    cut = _jpeg(sheet, _plan_cap(sheet, crop="cut", hold_side=1, cut_mm=4.0, skew=0.0, hold="", rotation=0, dpi=200))
    a = np.asarray(cut.convert("L"), dtype=np.float32)
    assert a[a.shape[0] // 3:2 * a.shape[0] // 3, -6:].mean() > 150, "the right edge is paper, not mat"
    assert a[:, :3].mean() < 120, "the left keeps a sliver of mat"
    assert a.shape[1] < sheet.width, "a few millimetres of margin cut"


def test_glare_washes_a_spot_on_glossy_paper_but_the_text_stays() -> None:
    sheet = _draw("court_cf_01", "identity_proof")[0]
    base = dict(crop="mat", skew=0.0, hold="", enhance=False, rotation=0, dpi=200, quality=75, glare_at=(0.5, 0.3))
    lit = np.asarray(_jpeg(sheet, _plan_cap(sheet, glare=True, **base)).convert("L"), dtype=np.float32)
    dull = np.asarray(_jpeg(sheet, _plan_cap(sheet, glare=False, **base)).convert("L"), dtype=np.float32)
    h, w = lit.shape
    spot = (slice(int(h * 0.27), int(h * 0.33)), slice(int(w * 0.45), int(w * 0.55)))
    assert lit[spot].mean() > dull[spot].mean() + 8
    assert (lit < 120).mean() > 0.002, "ink still shows"


def test_a_landscape_paper_laid_sideways_is_a_90_degree_page() -> None:
    sheet = _draw("court_cf_01", "online_inquiry_result")[0]
    assert sheet.width > sheet.height
    turned = [cam.plan_capture(random.Random(k), sheet).rotation for k in range(40)]
    assert set(turned) == {0, 90}
    img = _jpeg(sheet, _plan_cap(sheet, rotation=90, crop="mat", skew=0.0, hold=""))
    assert img.height > img.width


def test_a_thumb_or_a_clip_and_the_capture_plan_ranges() -> None:
    sheet = _notice()
    caps = [cam.plan_capture(random.Random(k), sheet) for k in range(300)]
    assert {c.hold for c in caps} == {"", "thumb", "clip"} and {c.crop for c in caps} == {"mat", "sliver", "cut"}
    assert all(150 <= c.dpi <= 220 and 45 <= c.quality <= 75 and abs(c.skew) <= 3 and c.photo for c in caps)
    assert 0.15 < sum(c.enhance for c in caps) / len(caps) < 0.45
    clip = np.asarray(_jpeg(sheet, _plan_cap(sheet, hold="clip", crop="mat", skew=0.0, border=0.06)).convert("L"))
    assert (clip[: clip.shape[0] // 8] < 30).mean() > 0.005, "the black clip on the top edge"
    thumb = np.asarray(_jpeg(sheet, _plan_cap(sheet, hold="thumb", hold_side=0, crop="mat", skew=0.0)).convert("RGB"),
                       dtype=np.int32)
    skin = (thumb[..., 0] > 150) & (thumb[..., 0] - thumb[..., 2] > 40)
    assert skin.mean() > 0.002


def test_enhancement_over_whitens_the_paper() -> None:
    sheet = _notice()
    base = dict(crop="mat", skew=0.0, hold="", rotation=0, warm=0.0)
    plain = np.asarray(_jpeg(sheet, _plan_cap(sheet, enhance=False, **base)).convert("L"), dtype=np.float32)
    white = np.asarray(_jpeg(sheet, _plan_cap(sheet, enhance=True, **base)).convert("L"), dtype=np.float32)
    h, w = plain.shape
    centre = (slice(h // 3, 2 * h // 3), slice(w // 4, 3 * w // 4))
    assert np.median(white[centre]) > np.median(plain[centre]) + 8
    assert np.median(white[centre]) > 240


def test_receipts_come_back_on_the_court_grid_or_as_a_postal_card() -> None:
    pipe = _plan("court_cf_02")[1]
    shapes = set()
    for seed in range(16):
        sheet = _draw("court_cf_02", "service_receipt", ["termination_this_round_ruling"], seed)[0]
        text = text_of([sheet])
        assert "送达回证" in text.replace(" ", "") and pipe.number in text and "执行裁定书（终结本次执行程序）一份" in text
        shapes.add(sheet.width > sheet.height)
        if sheet.width > sheet.height:
            assert "人民法院专递邮件" in text and "EMS" in text
    assert shapes == {True, False}


def test_the_workers_fee_is_deferred_and_taken_from_the_firm() -> None:
    wage = _plan("court_cf_01")[1]
    notice = text_of(_draw("court_cf_01", "payment_notice"))
    assert "缓交" in notice and "追索劳动报酬" in notice
    slip = _draw("court_cf_01", "fee_receipt")[0]
    assert is_glossy(slip) and wage.respondent.name in slip.lines and "湖南省非税收入一般缴款书（电子）" in slip.lines


def test_the_respondents_identity_comes_from_the_police_station_or_the_credit_register() -> None:
    loan, pipe = _plan("court_cf_03")[1], _plan("court_cf_02")[1]
    hukou = _draw("court_cf_03", "identity_proof", ["respondent"])
    assert "常住人口登记信息" in hukou[0].lines and loan.respondent.id_number in hukou[0].lines
    gsxt = _draw("court_cf_02", "identity_proof", ["respondent"])
    assert "国家企业信用信息公示系统" in gsxt[0].lines and pipe.respondent.id_number in text_of(gsxt)
    licence = _draw("court_cf_01", "identity_proof", ["respondent"])
    assert "营 业 执 照" in licence[0].lines and is_glossy(licence[0])
    card = _draw("court_cf_03", "identity_proof")
    assert "居民身份证复印件" in card[0].lines and loan.applicant.id_number in text_of(card)
