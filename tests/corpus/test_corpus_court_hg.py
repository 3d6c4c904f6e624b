"""court_hg (四川省成都市成华区人民法院): three dossiers of 成华. A buyer objects to the seizure of a flat she had half paid
for — her lawyer's 执行异议申请书, a 证据清单 with the purchase contract, the receipts and a copy of the court's own
seizure ruling behind it, the hearing, the ruling that rejects her objection, receipts. The criminal tribunal's fine and
confiscation against a seller of counterfeit 滚滚宝 panda toys, transferred with its 移送执行表/说明 and 财产状况表,
paid from the seized cash, a frozen account and his family, archived. A cold-chain supplier's judgment against a closed
串串香 company, 终本 — without the 调查笔录 of the shop visit. Every page went through the archive's scanner with its
pre-scan imprinter (档案号 and running image number along the bottom edge) and out of the e-dossier export with a
faint diagonal watermark."""

from __future__ import annotations

import io
import random
import re
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.build import plans
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_hg_capture as cap
from dossier.corpus.families.court_hg import made_on, render
from dossier.corpus.families.court_hg_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import case_of, family_plans, text_of

PREFIXES = ("court_hg_01", "court_hg_02", "court_hg_03")


def test_court_hg_seqs_lie_in_its_range_and_miss_every_other_dossiers() -> None:
    ours = family_plans("court_hg")
    seqs = [p.seq for p in ours]
    assert len(seqs) == 3 and all(1400 <= s <= 1499 for s in seqs)
    assert not set(seqs) & {p.seq for p in plans() if p.family != "court_hg"}
    assert all(p.name.startswith(f"court_hg_0{i}_") for i, p in enumerate(ours, 1))
    assert [p.category for p in ours] == ["objection", "transfer", "enforcement"]
    assert [p.method for p in ours] == ["rejected", "fully_performed", "terminated_this_round"]


def test_the_parties_carry_valid_numbers_and_the_court_code() -> None:
    kinds = ("执异", "执", "执")
    for prefix, kind in zip(PREFIXES, kinds, strict=True):
        c = case_of(prefix)
        assert re.fullmatch(rf"（2024）川0108{kind}14\d\d号", c.number), c.number
        for p in (c.applicant, c.respondent):
            bad = check_credit_code(p.id_number) if p.kind == "organisation" else check_id_number(p.id_number)
            assert bad is None, (prefix, p.name, bad)
    creditor = case_of("court_hg_01").extra["creditor"]
    assert check_credit_code(creditor.id_number) is None


def test_the_objection_is_drawn_in_its_makers_words() -> None:
    c = case_of("court_hg_01")
    app = text_of(render("objection_application", c, random.Random(0), []))
    assert "执行异议申请书" in app and c.extra["flat"] in app and c.extra["main_no"] in app and c.firm in app
    sheets = render("evidence", c, random.Random(0), [])
    starts = [i for i, s in enumerate(sheets) if s.starts_document]
    assert len(starts) == 3, "the list, then the contract, the receipts and the ruling's copy each a paper of their own"
    exhibits = text_of(sheets)
    assert "证 据 清 单" in exhibits and "存量房买卖合同" in exhibits and "收　款　收　据" in exhibits
    copy = text_of(sheets[starts[-1]:])
    assert "执行裁定书" in copy and c.extra["main_no"] in copy and "查封" in copy, "the original ruling objected to"
    ruling = text_of(render("enforcement_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ruling and "裁定如下" in ruling and f"驳回案外人{c.applicant.name}的异议请求" in ruling
    assert c.number in ruling and "第二十八条" in ruling
    assert "女" in text_of(render("identity_proof", c, random.Random(0), [])) and c.applicant.id_number in \
        text_of(render("identity_proof", c, random.Random(0), []))


def test_the_transfer_is_drawn_in_the_tribunals_words() -> None:
    c = case_of("court_hg_02")
    judgment = text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "刑事判决书" in judgment and "川0108刑初" in judgment and "罚金" in judgment and "滚滚宝" in judgment
    assert "判决如下" in judgment and "公诉机关" in judgment
    assert "发生法律效力" in text_of(render("effectiveness_certificate", c, random.Random(0), []))
    transfer = render("transfer_statement", c, random.Random(0), [])
    assert "移送执行表" in text_of(transfer[:1]) and "移送执行说明" in text_of(transfer[1:])
    assert "随案移送" in text_of(render("property_status_statement", c, random.Random(0), []))
    replies = render("online_inquiry_result", c, random.Random(0), [])
    assert "协助查询存款回执" in text_of(replies[-1:]) and replies[-1].starts_document
    paid = text_of(render("payment_voucher", c, random.Random(0), []))
    assert "罚没收入" in paid and c.extra["r_acct"] in paid
    notice = text_of(render("closing_notice", c, random.Random(0), []))
    assert "执行完毕" in notice and f"{c.extra['deducted']:,.2f}" in notice
    household = text_of(render("identity_proof", c, random.Random(0), ["respondent"]))
    assert "常住人口登记卡" in household and c.respondent.id_number in household


def test_the_hotpot_case_ends_in_terminating_this_round_without_its_visit_record() -> None:
    c = case_of("court_hg_03")
    plan = family_plans("court_hg")[2]
    assert MISSING == "investigation_record" and MISSING not in {d.code for d in plan.docs}
    ttr = text_of(render("termination_this_round_ruling", c, random.Random(0), []))
    assert "执行裁定书" in ttr and "终结本次执行程序。" in ttr and "实地调查" in ttr
    assert "毛肚" in text_of(render("enforcement_basis", c, random.Random(0), []))
    assert "国家企业信用信息公示系统" in text_of(render("identity_proof", c, random.Random(0), ["respondent"]))
    assert "营 业 执 照" in text_of(render("identity_proof", c, random.Random(0), []))


def test_a_receipt_is_dated_after_what_it_served() -> None:
    for prefix, plan in zip(PREFIXES, family_plans("court_hg"), strict=True):
        c = case_of(prefix)
        for d in plan.docs:
            if d.code != "service_receipt":
                continue
            lines = render("service_receipt", c, random.Random(3), d.served)[0].lines
            got = [date(*map(int, m)) for line in lines for m in re.findall(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", line)]
            assert len(got) == 1, lines
            assert all(got[0] > made_on(c, s) for s in d.served), (prefix, d.served, got)
    flat = case_of("court_hg_01")
    assert (made_on(flat, "enforcement_ruling") - flat.filed_on).days <= 15, "an objection is ruled on within 15 days"
    assert made_on(flat, "enforcement_ruling") < flat.closed_on


def _blank(h_mm: float = 297) -> Sheet:
    s = Sheet(size=(mm(210), mm(h_mm)))
    s.lines.append("x")
    return s


def _scan(sheet: Sheet, seed: int, **change: object) -> tuple[cap.ArchiveScan, np.ndarray]:
    rng = random.Random(seed)
    plan = cap.plan_capture(rng, sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    img = Image.open(io.BytesIO(cap.capture(sheet, plan, rng)))
    assert img.mode == "L" and img.info["dpi"][0] == plan.dpi and img.width == round(sheet.width * plan.dpi / 200)
    return plan, np.asarray(img, dtype=np.float32)


def test_the_imprinter_endorses_the_bottom_edge_and_counts_on() -> None:
    rng = random.Random(11)
    blank = _blank()
    first, second = cap.plan_capture(rng, blank), cap.plan_capture(rng, blank)
    n1, n2 = (int(re.search(r"IMG (\d{6})", p.imprint).group(1)) for p in (first, second))  # type: ignore[union-attr]
    assert n2 == n1 + 1 and first.imprint.split()[0] == second.imprint.split()[0], "one volume, a running number"
    for rotation in (0, 180):
        _, a = _scan(_blank(), 5, rotation=rotation, skew=0.0, mode="grey", dpi=200, mark_alpha=0.0, noise=0.5)
        h = a.shape[0]
        bottom = a[h - mm(9): h, :]
        top = a[: mm(9), :]
        assert (bottom < 150).mean() > 0.002, "dots along the bottom edge"
        assert (top < 150).mean() < 0.0005, "and none along the top, whichever way the sheet went in"


def test_the_export_lays_a_faint_diagonal_watermark_over_every_page() -> None:
    _, a = _scan(_blank(), 7, rotation=0, skew=0.0, mode="grey", dpi=200, mark_alpha=0.14, noise=0.5)
    mid = a[mm(40): mm(250), mm(10): mm(200)]
    marked = (mid < 235) & (mid > 150)
    assert 0.01 < marked.mean() < 0.35, "light grey lettering across the page"
    assert (mid < 120).mean() < 0.001, "faint: nothing near black"
    s = _blank()
    s.image.paste((0, 0, 0), (mm(20), mm(100), mm(190), mm(110)))
    _, b = _scan(s, 7, rotation=0, skew=0.0, mode="grey", dpi=200, mark_alpha=0.14, noise=0.5)
    assert b[mm(102): mm(108), mm(30): mm(180)].mean() < 90, "black print stays black under it"


def test_grey_200_or_bitonal_300_a_few_skewed_and_one_or_two_turned() -> None:
    blank = _blank(60)
    rng = random.Random(3)
    ps = [cap.plan_capture(rng, blank) for _ in range(400)]
    assert {(p.mode, p.dpi) for p in ps} == {("grey", 200), ("bw", 300)}
    assert all(abs(p.skew) <= 2.0 and p.rotation in (0, 180) and not p.photo for p in ps)
    assert 0.05 < sum(abs(p.skew) >= 1.0 for p in ps) / len(ps) < 0.25
    assert 0 < sum(p.rotation == 180 for p in ps) < 25
    _, bw = _scan(_blank(80), 9, mode="bw", dpi=300, mark_alpha=0.0, rotation=0)
    assert set(np.unique(np.round(bw / 64))) <= {0.0, 1.0, 3.0, 4.0}, "bitonal (and JPEG ringing)"
