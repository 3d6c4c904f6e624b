"""What 襄城区法院执行局 receives, each in its maker's hand: the 襄城区劳动人事争议仲裁委员会's 仲裁裁决书 and its 生效证明
(GB 宋, the committee's name over a spaced title, "○" in its dates as its typist's font has no 〇); the 卧龙人民法庭's
民事调解书 (明体, "—n—" folios) and the civil division's 民事判决书; the lawyers' typed papers (a title between two
rules, 黑体 headings); a firm's letter under a blue letterhead; ID cards, a business licence and a lawyer's licence as
photocopies; the 湖北省非税收入一般缴款书 as a small slip; and the window's forms filled BY HAND — by the building
workers together, with struck-through words and red thumbprints over every name — and their receipts for the wages."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_hi_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    DeskSheet,
    Flow,
    body,
    form_title,
    frame,
    oval_stamp,
    signs,
    struck,
    thumbprint,
    tick_box,
    writes,
    writes_lines,
)
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "payment_voucher", "settlement_agreement", "evidence",
})
ARB = "襄阳市襄城区劳动人事争议仲裁委员会"
TRIBUNAL = "卧龙人民法庭"
FIRM_BLUE = (24, 64, 150)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _workers(c: CaseCtx) -> list[tuple[Party, str, Decimal]]:
    return list(c.extra.get("workers", [(c.applicant, "", c.amount)]))


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hi import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return {"wage": _award, "loan": _mediation, "beef": _judgment}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _hand_application(c, rng, d) if _tale(c) == "wage" else _typed_application(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        if "respondent" in served:
            p = c.respondent
            return _business_licence(p, c, rng) if p.kind == "organisation" else [_id_copy(p, rng)]
        sheets = [_id_copy(w, rng) for w, _, _ in _workers(c)]
        for s in sheets[1:]:
            s.starts_document = True
        return sheets
    if code == "fee_receipt":
        return [_fee_slip(c, rng)]
    if code == "property_clue_form":
        return [_clues(c, rng, d)]
    if code == "payment_account_confirmation":
        return [_accounts(c, rng, d)]
    if code == "service_address_confirmation":
        return [_address(c, rng, d)]
    if code == "property_declaration_form":
        return [_declaration(c, rng, d)]
    if code == "payment_voucher":
        return _payout(c, rng, d)
    if code == "settlement_agreement":
        return [_settlement(c, rng, d)]
    if code == "evidence":
        return _withdrawal(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，住{p.address}，身份证号{p.id_number}。"


# ---- bases ---------------------------------------------------------------------------------------------------------

def _typeset(sheet: Sheet, y: float, paras: list[tuple[str, str]], f: Font, *, lead: float, left: float = LEFT,
             right: float = RIGHT, role: str = "serif") -> Flow:
    run = Flow(y, left=left, right=right, first=sheet)
    for kind, text in paras:
        text = printable(role, text)
        if kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "t":
            run.para(text, f, lead=lead)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    return run


def _dash_folios(sheets: list[Sheet], f: Font) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"—{i}—", f)
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 仲裁委's 裁决书: GB 宋 body, the committee name over a widely spaced "仲裁裁决书", its 〔〕 number centred; several
    applicants, a 劳务分包 company that did not come."""
    r = c.respondent
    ws = _workers(c)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    s = Sheet()
    s.centred(TOP, ARB, font("song_gb", 52), spacing=3)
    s.centred(TOP + 86, "仲裁裁决书", font("song_gb", 86), spacing=40)
    s.centred(TOP + 206, c.basis_number, font("song_gb", 40))
    f = font("song_gb", 41)
    paras: list[tuple[str, str]] = [("h", f"申请人{k}：{_who(w)}") for k, (w, _, _) in enumerate(ws, 1)]
    paras += [("h", f"被申请人：{_who(r)}"),
              ("p", f"申请人{ws[0][0].name}等{len(ws)}人与被申请人{r.name}劳动报酬争议一案，本委于{cn_date(heard - timedelta(days=35))}"
                    f"受理后，依法组成仲裁庭，于{cn_date(heard)}开庭审理。被申请人经本委合法传唤，无正当理由未到庭，本委依法缺席裁决。"),
              ("p", f"申请人称：被申请人承包{c.extra['main']}承建的{c.extra['site']}主体劳务，申请人等受其招用在该工地从事"
                    f"钢筋、木工、泥瓦等工作，2023年春节后起工资一直未结清，班组长出具的工资欠条和考勤表可以证明。"),
              ("p", "本委查明：申请人提交的考勤表、工资欠条经项目部确认，被申请人未到庭亦未提交证据，本委对申请人主张的欠薪数额予以确认。"),
              ("p", "本委认为：用人单位应当按时足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条，《保障农民工工资支付条例》"
                    "第三十条，《中华人民共和国劳动争议调解仲裁法》第四十二条、第四十七条的规定，裁决如下："),
              ("p", f"被申请人{r.name}于本裁决生效之日起十日内支付下列申请人工资：")]
    for k, (w, trade, amount) in enumerate(ws, 1):
        paras.append(("p", f"{k}. {w.name}（{trade}）{amount:,.2f}元；"))
    paras += [("p", f"以上合计{c.amount:,.2f}元。"),
              ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内向人民法院"
                    "提起诉讼；用人单位有证据证明本裁决有法定撤销情形的，可以自收到本裁决书之日起三十日内向襄阳市中级人民法院申请撤销。")]
    run = _typeset(s, TOP + 290, paras, f, lead=70, left=mm(29), right=mm(27), role="song_gb")
    run.room(420)
    last, y = run.s, run.y + 60
    x = last.width - mm(96)
    for role in ("仲裁员（首席）", "仲　裁　员", "仲　裁　员"):
        last.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 70
    when = printable("song_gb", cn_date(c.basis_effective))
    last.text(x + mm(12), y + 20, when, f)
    seal(last, x + mm(40), y + 26, ARB, rng, radius=mm(21), inner="仲裁专用章")
    last.text(x, y + 100, f"书　记　员　{person_name(rng)}", f)
    return _dash_folios(run.sheets, font("song_gb", 32))


def _mediation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 卧龙人民法庭's 民事调解书: court name and title in bold 宋, the tribunal named under them, 明体 body."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 90, "民事调解书", font("serif_bold", 82), spacing=38)
    s.right(s.width - mm(28), TOP + 210, c.basis_number, font("ming", 40))
    f = font("ming", 42)
    first = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
    rest = c.amount - first
    paras = [("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
             ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=45))}立案后，"
                   f"由本院{TRIBUNAL}依法适用简易程序，公开开庭进行了审理。"),
             ("p", f"原告向本院提出诉讼请求：判令被告支付{c.extra['machine']}型玉米收割机购机余款{c.amount:,.2f}元及利息。事实和理由："
                   f"被告于2022年5月在原告经营的{c.extra['shop']}购买收割机一台，首付后约定余款于当年秋收后付清，被告至今未付。"),
             ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
             ("p", f"一、被告{r.name}欠原告{a.name}购机余款{c.amount:,.2f}元，于2023年12月31日前支付{first:,.2f}元，"
                   f"余款{rest:,.2f}元于2024年3月31日前付清；"),
             ("p", "二、被告未按期足额支付任何一期款项的，原告有权就全部未付款项申请强制执行；"),
             ("p", "三、原告放弃其他诉讼请求；案件受理费减半收取，由被告负担。"),
             ("p", "上述协议，不违反法律规定，本院予以确认。"),
             ("p", "本调解书经双方当事人签收后，即具有法律效力。")]
    run = _typeset(s, TOP + 300, paras, f, lead=72, left=mm(30), right=mm(28), role="ming")
    run.room(360)
    last, y = run.s, run.y + 60
    x = last.width - mm(92)
    last.text(x, y, f"审　判　员　{c.extra['judge_t']}", f)
    when = cn_date(c.basis_effective)
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20.5))
    last.text(x, y + 200, f"书　记　员　{person_name(rng)}", f)
    last.text(mm(30), y + 280, "本件与原本核对无异", font("ming", 34))
    return _dash_folios(run.sheets, font("ming", 32))


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's 民事判决书: GB 宋 with its ○, folios "—n—"."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, COURT, font("song_gb", 54), spacing=4)
    s.centred(TOP + 90, "民事判决书", font("song_gb", 84), spacing=38)
    s.right(s.width - mm(28), TOP + 210, c.basis_number, font("song_gb", 40))
    f = font("song_gb", 41)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 50))
    story = (f"原告经营{c.extra['shop']}，自2022年9月起向被告各门店供应黄牛肉、牛骨及牛油，按周送货、按月对账。至2023年6月，"
             f"被告在对账单上确认尚欠货款{c.amount:,.2f}元，经原告多次催要未付。")
    paras = [("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
             ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用简易程序，"
                   f"于{cn_date(heard)}公开开庭进行了审理。本案现已审理终结。"),
             ("p", f"原告向本院提出诉讼请求：判令被告支付货款{c.amount:,.2f}元。事实和理由：{story}"),
             ("p", "被告辩称：欠款属实，因门店客流下降资金紧张，请求分期支付。"),
             ("p", f"本院认定事实如下：{story}"),
             ("p", "本院认为，原、被告之间的买卖合同合法有效，被告确认欠款而未付，应承担付款责任。依照《中华人民共和国民法典》"
                   "第五百零九条、第六百二十六条的规定，判决如下："),
             ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"),
             ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延"
                   "履行期间的债务利息。"),
             ("p", f"案件受理费{int(c.amount) // 100 + 25}元，减半收取，由被告负担。"),
             ("p", "如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于湖北省襄阳市中级人民法院。")]
    run = _typeset(s, TOP + 300, paras, f, lead=70, left=mm(30), right=mm(28), role="song_gb")
    run.room(360)
    last, y = run.s, run.y + 60
    x = last.width - mm(92)
    last.text(x, y, f"审　判　员　{person_name(rng)}", f)
    when = printable("song_gb", cn_date(c.basis_effective - timedelta(days=rng.randint(16, 22))))
    last.text(x, y + 100, when, f)
    seal(last, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(20.5))
    last.text(x, y + 200, f"书　记　员　{person_name(rng)}", f)
    return _dash_folios(run.sheets, font("song_gb", 32))


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    wage = _tale(c) == "wage"
    issuer = ARB if wage else COURT
    role = "song_gb" if wage else "ming"
    s.centred(TOP + 10, issuer, font(role, 52), spacing=3)
    s.centred(TOP + 100, "生效证明书" if not wage else "仲裁裁决书生效证明", font(role, 74), spacing=12)
    f = font(role, 42)
    if wage:
        body_text = (f"{ARB}{c.basis_number}仲裁裁决书（申请人{_workers(c)[0][0].name}等{len(_workers(c))}人与被申请人"
                     f"{c.respondent.name}劳动报酬争议），为终局裁决，已于{cn_date(c.basis_effective)}依法送达双方当事人。"
                     "被申请人在法定期限内未向襄阳市中级人民法院申请撤销，该裁决书已发生法律效力。")
        who = "（仲裁院立案庭）"
    else:
        body_text = (f"本院{TRIBUNAL}审理的原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，{c.basis_number}"
                     f"民事调解书已于{cn_date(c.basis_effective)}经双方当事人签收，发生法律效力。")
        who = f"（{TRIBUNAL}）"
    run = _typeset(s, TOP + 240, [("t", f"{COURT}执行局：" if wage else "致本院执行局："), ("p", body_text),
                                 ("p", "特此证明。")], f, lead=76, role=role)
    y = run.y + 120
    when = printable(role, cn_date(c.basis_effective + timedelta(days=rng.randint(3, 10))))
    s.right(s.width - RIGHT - mm(6), y, when, f)
    s.right(s.width - RIGHT - mm(6), y - 90, who, f)
    seal(s, s.width - RIGHT - mm(36), y, issuer, rng, radius=mm(20))
    return [s]


# ---- the applicants' papers -------------------------------------------------------------------------------------

def _typed_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The lawyer's typed application: the title between two rules, 黑体 headings, Noto sans body."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    tf = font("hei", 68)
    s.line(mm(26), TOP, s.width - mm(26), TOP, width=2)
    s.centred(TOP + 24, "执行申请书", tf, spacing=24)
    s.line(mm(26), TOP + 118, s.width - mm(26), TOP + 118, width=2)
    f = font("sans", 38)
    hf = font("hei", 40)
    run = Flow(TOP + 170, left=mm(26), right=mm(26), first=s)
    run.para(f"申请执行人：{_who(a)}联系电话{a.phone}。", f, lead=66, hang=f.size * 2)
    run.para(f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。", f, lead=66, hang=f.size * 2)
    run.para(f"被执行人：{_who(r)}", f, lead=66, hang=f.size * 2)
    for head, paras in (("执行请求", [f"1. 强制被执行人支付{money(c.amount)}及迟延履行期间的加倍债务利息；",
                                      "2. 对被执行人采取限制高消费措施；",
                                      "3. 被执行人拒不履行的，将其纳入失信被执行人名单；",
                                      "4. 执行费用由被执行人负担。"]),
                        ("事实与理由", [f"申请执行人与被执行人{c.extra['cause']}一案，"
                                        f"{'贵院' + TRIBUNAL + '作出的' + c.basis_number + '民事调解书' if _tale(c) == 'loan' else '贵院' + c.basis_number + '民事判决书'}"
                                        "已发生法律效力，被执行人至今未履行。依照《中华人民共和国民事诉讼法》第二百四十七条之规定，特申请强制执行。"])):
        run.y += 10
        run.line(head, hf, lead=70)
        for p in paras:
            run.para(p, f, lead=66, indent=f.size * 2)
    run.line("此致", f, lead=66, at=f.size * 2)
    run.line(COURT, f, lead=66)
    run.room(260)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(112), y, "申请执行人：", f)
    writes(last, last.width - mm(70), y - 8, a.name, rng, size=54, face="kai_gb", ink=INK)
    last.text(last.width - mm(112), y + 80, "代理人：", f)
    writes(last, last.width - mm(80), y + 72, c.agent, rng, size=50, face="kai_gb", ink=INK)
    last.text(last.width - mm(100), y + 160, num_date(d), f)
    return run.sheets


def _hand_application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The window's printed 申请书 for 农民工 wage cases, filled in by the first worker for all of them: names with ID
    numbers, the respondent, the award; the requests ticked; a word struck through and rewritten; every worker signs
    and presses his thumb."""
    r = c.respondent
    ws = _workers(c)
    s = DeskSheet()
    y = form_title(s, "强制执行申请书", size=64)
    s.centred(y - 20, "（农民工追索劳动报酬案件适用）", body(32))
    y += 40
    w = s.width - LEFT - RIGHT
    f = body(32)
    rows = [["申请执行人（姓名、身份证号、住址、电话）", ""], ["被执行人（名称、住所、法定代表人）", ""],
            ["执行依据", ""], ["申请执行金额", ""], ["申请事项", ""], ["事实与理由", ""]]
    hs = [mm(12) + mm(8.5) * len(ws), mm(28), mm(18), mm(16), mm(28), mm(32)]
    boxes = frame(s, LEFT, y, [mm(42), w - mm(42)], rows, f, heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    x = right[0][0] + mm(3)
    yy = right[0][1] + mm(3)
    for k, (wk, _trade, _amt) in enumerate(ws):
        line = f"{k + 1}.{wk.name} {wk.id_number}"
        writes(s, x, yy, line, rng, size=32)
        yy += mm(8.5)
    writes(s, x, yy, f"住址见身份证，联系电话{ws[0][0].phone}（{ws[0][0].name}）", rng, size=30)
    bx = right[1][0] + mm(3)
    by = right[1][1] + mm(3)
    writes(s, bx, by, r.name, rng, size=36)
    struck(s, bx, by + mm(9), r.address.replace("湖北省襄阳市", "")[:6], r.address.replace("湖北省襄阳市", ""), rng, size=32)
    writes(s, bx, by + mm(19), f"老板（法定代表人）{r.legal_rep}", rng, size=34)
    writes_lines(s, right[2][0] + mm(3), right[2][1] + mm(3), f"{c.basis_number}仲裁裁决书（襄城区劳动仲裁委）", rng,
                 per_line=24, lead=mm(8), size=34)
    ax = right[3][0] + mm(3)
    struck(s, ax, right[3][1] + mm(4), f"{c.amount + Decimal(rng.choice([200, 500, 1000])):,.0f}元", f"{c.amount:,.2f}元", rng,
           size=38)
    tf = body(32)
    tx = right[4][0] + mm(3)
    ty = right[4][1] + mm(3)
    tx = tick_box(s, tx, ty, "强制执行上述工资", tf, ticked=True, rng=rng)
    tick_box(s, tx, ty, "迟延履行利息", tf, ticked=rng.random() < 0.5, rng=rng)
    tx = tick_box(s, right[4][0] + mm(3), ty + mm(9), "申请限制高消费", tf, ticked=True, rng=rng)
    tick_box(s, tx, ty + mm(9), "申请纳入失信被执行人名单", tf, ticked=True, rng=rng)
    tick_box(s, right[4][0] + mm(3), ty + mm(18), "申请悬赏执行", tf, ticked=False, rng=rng)
    writes_lines(s, right[5][0] + mm(3), right[5][1] + mm(3),
                 f"我们在{c.extra['site']}工地干活，包工的{r.name}欠我们工资一直不给，劳动仲裁裁决了也不给，请法院强制执行。",
                 rng, per_line=22, lead=mm(8.5), size=34)
    y = boxes[-1][3] + mm(8)
    s.text(LEFT, y, "此致", body(36))
    s.text(LEFT, y + 56, COURT, body(36))
    s.text(LEFT, y + 112, "申请执行人（签名并按手印）：", body(36))
    xx, yy = LEFT + mm(8), y + 176
    for wk, _t, _a in ws:
        signs(s, xx, yy, wk.name, rng, size=48)
        xx += mm(30)
    writes(s, s.width - RIGHT - mm(60), y, num_date(d), rng, size=40)
    return [s]


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 10, "授权委托书", font("hei", 70), spacing=30)
    f = font("sans", 38)
    ws = _workers(c)
    wage = _tale(c) == "wage"
    who = "、".join(w.name for w, _, _ in ws) if wage else c.applicant.name
    paras = [("t", f"委托人：{who}" + ("（共" + str(len(ws)) + "人，身份信息见执行申请书）" if wage else f"，身份证号{c.applicant.id_number}")),
             ("t", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
             ("p", f"委托人与{c.respondent.name}{c.extra['cause']}执行一案，现委托上列受托人为委托人的代理人。"
                   + (f"受托人系经襄阳市襄城区法律援助中心指派（{c.extra['aid_no']}）提供法律援助。" if wage else "")),
             ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取强制措施、参与和解、代为签收法律文书、"
                   + ("代为确认执行款发放账户（执行款直接发放至各委托人本人账户）。" if wage else "代为领取执行款。")),
             ("p", "委托期限：至本案执行终结时止。")]
    run = _typeset(s, TOP + 160, paras, f, lead=68, left=mm(26), right=mm(26), role="sans")
    y = run.y + 60
    s.text(mm(26), y, "委托人（签名捺印）：", f)
    xx, yy = mm(30), y + 80
    for k, (wk, _t, _a) in enumerate(ws):
        if k and k % 3 == 0:
            xx, yy = mm(30), yy + mm(16)
        signs(s, xx, yy, wk.name, rng, size=50, face="kai_gb", ink=BLACK_PEN, thumb=wage)
        xx += mm(56)
    yy += mm(22)
    s.text(mm(26), yy, "受托人（签名）：", f)
    writes(s, mm(90), yy - 6, c.agent, rng, size=52, face="kai_gb", ink=BLACK_PEN)
    s.text(s.width - mm(90), yy + mm(16), num_date(d), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The firm's letter under a blue letterhead (name in 黑体, an English line, a blue rule)."""
    s = Sheet()
    s.centred(TOP - 20, c.firm, font("hei", 64), fill=FIRM_BLUE, spacing=6)
    s.centred(TOP + 62, "HUBEI LAW FIRM · XIANGYANG", font("sans", 28), fill=FIRM_BLUE, spacing=6)
    s.line(mm(22), TOP + 108, s.width - mm(22), TOP + 108, width=4, fill=FIRM_BLUE)
    wage = _tale(c) == "wage"
    s.text(mm(26), TOP + 136, f"鄂襄律函字〔{c.filed_on.year}〕第{rng.randint(30, 300)}号", body(34))
    s.centred(TOP + 220, "律师事务所函" if not wage else "律师事务所函（法律援助）", font("hei", 60), spacing=6)
    f = body(40)
    text = (f"本所接受{'襄阳市襄城区法律援助中心指派（' + str(c.extra['aid_no']) + '），' if wage else ''}"
            f"{'委托人' if not wage else ''}{'、'.join(w.name for w, _, _ in _workers(c))}"
            f"{'等农民工' if wage else ''}与{c.respondent.name}{c.extra['cause']}执行一案，指派本所{c.agent}律师担任其代理人。")
    run = _typeset(s, TOP + 330, [("t", f"{COURT}："), ("p", text), ("p", "特此函告。")], f, lead=72, left=mm(26), right=mm(26))
    run.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　手机：{c.agent_phone}", body(34), lead=58)
    run.para(f"地址：{c.extra['firm_addr']}", body(34), lead=58)
    y = run.y + 110
    s.right(s.width - mm(34), y, cn_date(d), f)
    seal(s, s.width - mm(62), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _card(s: Sheet, x: float, y: float, rng: random.Random, back: bool, p: Party | None) -> None:
    """An ID card as the photocopier renders it: a rounded grey card, the front with the photo and the fields, the
    back with the emblem and the issuing office."""
    w, h = mm(85.6), mm(54)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(214, 214, 210), outline=(90, 90, 90), width=3)
    f = font("sans", 26)
    if back or p is None:
        s.draw.ellipse((x + mm(5), y + mm(5), x + mm(20), y + mm(20)), outline=(90, 90, 90), width=3)
        s.text(x + mm(26), y + mm(7), "中华人民共和国", font("sans_bold", 40))
        s.text(x + mm(26), y + mm(17), "居民身份证", font("sans_bold", 46))
        authority = c_authority(rng)
        s.text(x + mm(12), y + mm(38), f"签发机关　{authority}", f)
        s.text(x + mm(12), y + mm(45), f"有效期限　20{rng.randint(15, 21)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
        return
    born = p.born or date(1980, 1, 1)
    for k, line in enumerate((f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(5), y + mm(5) + k * mm(7), line, f)
    parts = wrap(f"住址　{p.address}", f, mm(52))
    for k, part in enumerate(parts[:3]):
        s.text(x + mm(5), y + mm(27) + k * mm(5.5), part, f)
    s.text(x + mm(5), y + mm(46), f"公民身份号码　{p.id_number}", font("sans", 28))
    s.draw.rectangle((x + mm(60), y + mm(7), x + mm(81), y + mm(34)), fill=(150, 150, 148))


def c_authority(rng: random.Random) -> str:
    return rng.choice(["南漳县公安局", "枣阳市公安局", "谷城县公安局", "保康县公安局", "襄阳市公安局襄城分局",
                       "襄阳市公安局樊城分局", "襄阳市公安局襄州分局"])


def _id_copy(p: Party, rng: random.Random) -> Sheet:
    """An A4 photocopy of the two sides, and the copier's note written beside them: 与原件一致, the holder's signature."""
    s = Sheet(paper=(250, 250, 248))
    x = mm(30) + rng.uniform(-mm(4), mm(4))
    _card(s, x, mm(40), rng, False, p)
    _card(s, x, mm(110), rng, True, None)
    writes(s, mm(125), mm(60), "此复印件与原件一致", rng, size=40, face="kai_gb", ink=BLACK_PEN)
    signs(s, mm(135), mm(78), p.name, rng, size=48, face="kai_gb", ink=BLACK_PEN, thumb=True)
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(250, 250, 248))
    s.draw.rectangle((mm(18), mm(24), s.width - mm(18), mm(190)), outline=(80, 80, 80), width=8)
    s.centred(mm(40), "营 业 执 照", font("serif_bold", 92), spacing=8)
    s.centred(mm(60), "（副　本）", body(40))
    f = body(34)
    rows = [f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
            f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}", f"注册资本　{rng.choice(['伍佰', '贰佰', '壹佰'])}万元整",
            f"成立日期　20{rng.randint(12, 20)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            "经营范围　" + ("建筑劳务分包；模板、脚手架作业分包" if _tale(c) == "wage" else "餐饮服务；食品销售")]
    for k, line in enumerate(rows):
        for j, part in enumerate(wrap(line, f, s.width - mm(60))):
            s.text(mm(30), mm(76) + k * mm(12) + j * mm(6), part, f)
    seal(s, s.width - mm(60), mm(172), "襄阳市襄城区市场监督管理局", rng, radius=mm(18))
    if p.kind == "organisation":
        seal(s, mm(70), mm(222), p.name, rng, radius=mm(19))
        writes(s, mm(100), mm(215), "与原件一致", rng, size=44, face="kai_gb", ink=BLACK_PEN)
    cert = Sheet()
    cert.centred(TOP + 20, "法定代表人身份证明书", font("hei", 62), spacing=6)
    run = _typeset(cert, TOP + 160, [("t", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
                                     ("p", "特此证明。")], body(42), lead=76)
    y = run.y + 120
    cert.right(cert.width - RIGHT, y, f"{p.name}（盖章）", body(40))
    seal(cert, cert.width - RIGHT - mm(40), y + 20, p.name, rng, radius=mm(19))
    cert.right(cert.width - RIGHT, y + 100, num_date(c.filed_on + timedelta(days=rng.randint(5, 15))), body(40))
    cert.starts_document = True
    return [s, cert]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's open booklet on the copier: two leaves side by side, the photo and the number."""
    s = Sheet(paper=(250, 250, 248))
    x0, y0 = mm(22), mm(36)
    lw, lh = mm(80), mm(112)
    for k in range(2):
        s.draw.rectangle((x0 + k * (lw + mm(4)), y0, x0 + k * (lw + mm(4)) + lw, y0 + lh), fill=(222, 222, 218),
                         outline=(70, 70, 70), width=3)
    f = font("sans", 32)
    s.draw.rectangle((x0 + mm(22), y0 + mm(14), x0 + mm(58), y0 + mm(60)), fill=(140, 140, 138))
    s.centred(y0 + mm(70), c.agent, font("sans_bold", 44), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(84), "中华人民共和国司法部监制", font("sans", 26), x0=x0, x1=x0 + lw)
    rx = x0 + lw + mm(10)
    for k, line in enumerate(("律师执业证", f"执业机构　{c.firm}", f"执业证号　{c.extra['licence']}", "执业证类别　专职",
                              f"发证日期　20{rng.randint(12, 20)}年{rng.randint(1, 12)}月", "发证机关　湖北省司法厅")):
        for j, part in enumerate(wrap(line, f, lw - mm(12))):
            s.text(rx, y0 + mm(10) + k * mm(15) + j * mm(6), part, f if k else font("sans_bold", 44))
    seal(s, rx + mm(45), y0 + mm(92), "湖北省司法厅", rng, radius=mm(15))
    s.text(mm(22), y0 + lh + mm(16), "律师执业证复印件（已年度考核）", body(34))
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """湖北省非税收入一般缴款书 (收据联), a small slip in red-brown print, filled by the bank's printer."""
    wage = _tale(c) == "wage"
    s = DeskSheet(size=(mm(200), mm(112)), small=True, paper=(252, 246, 240))
    red = (170, 60, 50)
    s.centred(mm(6), "湖北省非税收入一般缴款书（电子）", font("sans_bold", 40), fill=red)
    s.text(mm(8), mm(17), f"票据号码：{rng.randint(10**9, 10**10 - 1)}", font("sans", 24), fill=red)
    paid = c.extra["pay_day"] + timedelta(days=3) if wage else c.day(rng.randint(1, 4))
    s.right(s.width - mm(8), mm(17), f"开票日期：{paid:%Y-%m-%d}", font("sans", 24), fill=red)
    payer = c.respondent.name if wage else c.applicant.name
    rows = [["缴款人", payer], ["执收单位", COURT], ["项目名称", f"申请执行费（{c.number}）"],
            ["金额（大写）", money_caps(c.extra["fee"])], ["金额（小写）", f"¥{c.extra['fee']:,.2f}"],
            ["备注", "执行款中扣收" if wage else "申请人预交"]]
    frame(s, mm(8), mm(24), [mm(36), mm(148)], rows, font("sans", 26), heights=mm(11), labels=(0,), ink=red)
    seal(s, s.width - mm(36), mm(84), "湖北省财政厅票据监制章", rng, radius=mm(12))
    return s


# ---- the window's forms, by hand -----------------------------------------------------------------------------------

def _clues(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = DeskSheet()
    y = form_title(s, "被执行人财产线索表")
    w = s.width - LEFT - RIGHT
    wage = _tale(c) == "wage"
    r = c.respondent
    rows = [["被执行人", ""], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["到期债权（应收款）", ""], ["其他财产线索", ""]]
    boxes = frame(s, LEFT, y, [mm(44), w - mm(44)], rows, body(34), heights=[mm(16), mm(26), mm(22), mm(22), mm(38), mm(34)])
    right = [b for b in boxes if b[0] > LEFT]
    pen = BALLPOINT if wage else BLACK_PEN
    face = "wenkai" if wage else "kai_gb"
    writes(s, right[0][0] + mm(3), right[0][1] + mm(3), r.name, rng, size=38, face=face, ink=pen)
    if wage:
        entries = [f"{c.extra.get('r_bank', '')}有基本户（账号不知道）", "不清楚", "老板开一辆白色越野车，车牌记不清",
                   f"总包{c.extra['main']}还欠他们{c.extra['site']}的劳务款没结，项目部在工地东门",
                   "工地上还有他们的钢管、扣件、模板（架子工知道）"]
    elif _tale(c) == "loan":
        entries = ["农商行卧龙支行可能有卡", "卧龙镇老宅基地上两层自建房", f"{c.extra['machine']}收割机一台（购机发票在我处）",
                   "不清楚", "据说在外地跑收割，收入现金结算"]
    else:
        entries = [f"{c.extra.get('r_bank', '')}基本户", "无（门店是租的）", "无",
                   "外卖平台（美团、饿了么）每周结算的营业款", "北街、荆州街两家门店的收银"]
    for k, text in enumerate(entries, 1):
        b = right[k]
        if wage and k == 4:
            struck(s, b[0] + mm(3), b[1] + mm(3), "总包公司", "", rng, size=34, face=face, ink=pen)
            writes_lines(s, b[0] + mm(3), b[1] + mm(12), text, rng, per_line=22, lead=mm(8), size=34, face=face, ink=pen)
        else:
            writes_lines(s, b[0] + mm(3), b[1] + mm(3), text, rng, per_line=22, lead=mm(8), size=34, face=face, ink=pen)
    y = boxes[-1][3] + mm(10)
    s.text(LEFT, y, "提供人保证以上线索系如实提供。", body(34))
    s.text(LEFT, y + 70, "提供人：", body(36))
    if wage:
        xx = LEFT + mm(26)
        for wk, _t, _a in _workers(c)[:3]:
            signs(s, xx, y + 60, wk.name, rng, size=46, face=face, ink=pen)
            xx += mm(44)
        writes(s, xx, y + 66, "等", rng, size=40, face=face, ink=pen)
    else:
        writes(s, LEFT + mm(26), y + 60, f"{c.agent}（代理人）", rng, size=46, face=face, ink=pen)
    writes(s, s.width - RIGHT - mm(62), y + 150, num_date(d), rng, size=40, face=face, ink=pen)
    return s


def _accounts(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """执行款收款账户确认书: for the workers a table, one row each — bank, card number, the worker's own name and thumb."""
    s = DeskSheet()
    y = form_title(s, "执行款收款账户确认书")
    w = s.width - LEFT - RIGHT
    wage = _tale(c) == "wage"
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    y += 60
    note = ("本人（单位）确认：本案执行款发放至以下账户；账户信息错误或变更未及时告知造成的后果由本人承担。"
            "执行款只发放至申请执行人本人账户，不发放至代理人账户。")
    run = Flow(y, first=s)
    run.para(note, body(34), lead=54, indent=68)
    y = run.y + 24
    f = body(32)
    face = "wenkai" if wage else "kai_gb"
    pen = BALLPOINT if wage else BLACK_PEN
    if wage:
        rows = [["姓名", "开户行", "卡号", "金额", "签名按印"]]
        ws = _workers(c)
        rows += [["", "", "", "", ""] for _ in ws]
        boxes = frame(s, LEFT, y, [mm(22), mm(36), mm(50), mm(20), w - mm(128)], rows, f,
                      heights=[mm(12)] + [mm(19)] * len(ws), labels=(0, 1, 2, 3, 4), label_font=font("hei", 30))
        for k, ((wk, _t, amount), (bank, card)) in enumerate(zip(ws, c.extra["cards"], strict=True)):
            row = boxes[(k + 1) * 5:(k + 2) * 5]
            writes(s, row[0][0] + mm(2), row[0][1] + mm(5), wk.name, rng, size=34, face=face, ink=pen)
            writes(s, row[1][0] + mm(2), row[1][1] + mm(5), bank, rng, size=28, face=face, ink=pen)
            if k == 1:
                bad = card[:-4] + str((int(card[-4:]) + 1111) % 10000).zfill(4)
                struck(s, row[2][0] + mm(2), row[2][1] + mm(1), bad[-6:], "", rng, size=26, face=face, ink=pen)
                writes(s, row[2][0] + mm(2), row[2][1] + mm(9), card, rng, size=26, face=face, ink=pen)
            else:
                writes(s, row[2][0] + mm(2), row[2][1] + mm(5), card, rng, size=26, face=face, ink=pen)
            writes(s, row[3][0] + mm(2), row[3][1] + mm(5), f"{amount:,.0f}", rng, size=30, face=face, ink=pen)
            signs(s, row[4][0] + mm(4), row[4][1] + mm(4), wk.name, rng, size=40, face=face, ink=pen)
        y = boxes[-1][3] + mm(10)
    else:
        rows = [["户　名", ""], ["开户银行", ""], ["账　号", ""], ["联系电话", ""]]
        boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], rows, body(36), heights=mm(17))
        right = [b for b in boxes if b[0] > LEFT]
        acct = f"62{rng.choice(['17', '28', '30'])}{rng.randint(10**14, 10**15 - 1)}"
        for b, v in zip(right, (c.applicant.name, rng.choice(["中国农业银行襄阳樊城支行", "湖北银行襄阳分行"]), acct,
                                c.applicant.phone), strict=True):
            writes(s, b[0] + mm(4), b[1] + mm(3.5), v, rng, size=40, face=face, ink=pen)
        y = boxes[-1][3] + mm(12)
        s.text(LEFT, y, "申请执行人（签名）：", body(36))
        signs(s, LEFT + mm(64), y - 8, c.applicant.name, rng, size=50, face=face, ink=pen, thumb=rng.random() < 0.5)
        y += mm(16)
    writes(s, s.width - RIGHT - mm(62), y + mm(4), num_date(d), rng, size=40, face=face, ink=pen)
    return s


def _address(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    s = DeskSheet()
    y = form_title(s, "送达地址确认书")
    w = s.width - LEFT - RIGHT
    wage = _tale(c) == "wage"
    face = "wenkai" if wage else "kai_gb"
    pen = BALLPOINT if wage else BLACK_PEN
    who = c.applicant
    rows = [["案　号", c.number], ["受送达人", ""], ["送达地址", ""], ["收件人及电话", ""], ["电子送达", ""], ["告知事项", ""]]
    boxes = frame(s, LEFT, y, [mm(40), w - mm(40)], rows, body(34), heights=[mm(15), mm(20), mm(26), mm(18), mm(28), mm(62)])
    right = [b for b in boxes if b[0] > LEFT]
    names = "、".join(wk.name for wk, _, _ in _workers(c)) if wage else who.name
    writes_lines(s, right[1][0] + mm(3), right[1][1] + mm(3), names, rng, per_line=18, lead=mm(8), size=36, face=face, ink=pen)
    addr = who.address.replace("湖北省", "")
    if wage:
        struck(s, right[2][0] + mm(3), right[2][1] + mm(3), "工地宿舍", "", rng, size=34, face=face, ink=pen)
        writes_lines(s, right[2][0] + mm(3), right[2][1] + mm(12), addr, rng, per_line=22, lead=mm(8), size=34, face=face, ink=pen)
    else:
        writes_lines(s, right[2][0] + mm(3), right[2][1] + mm(4), addr, rng, per_line=22, lead=mm(8), size=36, face=face, ink=pen)
    writes(s, right[3][0] + mm(3), right[3][1] + mm(4), f"{who.name} {who.phone}", rng, size=36, face=face, ink=pen)
    tf = body(30)
    tick_box(s, right[4][0] + mm(3), right[4][1] + mm(3), f"同意以短信方式送达，手机号：{who.phone}", tf, ticked=True, rng=rng)
    tick_box(s, right[4][0] + mm(3), right[4][1] + mm(14), "不同意电子送达", tf, ticked=False, rng=rng)
    run = Flow(right[5][1] + mm(3), left=right[5][0] + mm(3), right=RIGHT + mm(3), first=s)
    for t in ("1. 受送达人应如实提供确切的送达地址，地址变更应及时书面告知法院；",
              "2. 因提供的地址不准确、变更未告知，导致法律文书未能实际接收的，文书退回之日视为送达之日；",
              "3. 本确认书的效力适用于本案执行程序及恢复执行程序。"):
        run.para(t, body(28), lead=44)
    y = boxes[-1][3] + mm(8)
    s.text(LEFT, y, "受送达人（签名按印）：", body(36))
    if wage:
        xx, yy = LEFT + mm(8), y + 70
        for k, (wk, _t, _a) in enumerate(_workers(c)):
            if k and k % 3 == 0:
                xx, yy = LEFT + mm(8), yy + mm(16)
            signs(s, xx, yy, wk.name, rng, size=46, face=face, ink=pen)
            xx += mm(50)
        y = yy + mm(12)
    else:
        writes(s, LEFT + mm(74), y - 6, who.name, rng, size=48, face=face, ink=pen)
        y += mm(12)
    writes(s, s.width - RIGHT - mm(62), y + mm(6), num_date(d), rng, size=40, face=face, ink=pen)
    return s


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """财产申报表, the court's form filled by the respondent: the grower of 卧龙镇 in his own slow hand (a line struck
    out, "无" in most boxes, his thumb over his name), or a company's legal representative with its seal."""
    r = c.respondent
    s = DeskSheet()
    y = form_title(s, "被执行人财产申报表")
    s.text(LEFT, y, f"案号：{c.number}", body(32))
    s.right(s.width - RIGHT, y, f"申报人：{r.name}", body(32))
    y += 56
    w = s.width - LEFT - RIGHT
    loan = _tale(c) == "loan"
    items = [("收入（工资、劳务、经营）", "在外给人开车，每月三千左右，现金" if loan else "营业收入已用于发工资、房租"),
             ("银行存款（开户行、账号）", "农商行卡一张，没钱" if loan else f"{c.extra.get('r_bank', '')}基本户"),
             ("现金、网络资金", "无" if loan else "微信、支付宝收款码约几千元"),
             ("不动产", "卧龙镇老家宅基地自建房一栋（母亲居住）" if loan else "无，办公室、门店均为租赁"),
             ("车辆、机械", f"{c.extra.get('machine', '')}收割机已卖，卖了八万多还了别的账" if loan else "无"),
             ("对外债权", "无" if loan else (f"{c.extra.get('main', '')}未结劳务款" if _tale(c) == "wage" else "外卖平台结算款")),
             ("股权、投资", "无"), ("一年内财产变动情况", "卖收割机" if loan else "无"),
             ("其他需要说明的", "家里老人要养，实在拿不出钱" if loan else "无")]
    rows = [[k, ""] for k, _ in items]
    boxes = frame(s, LEFT, y, [mm(52), w - mm(52)], rows, body(32), heights=mm(18.5))
    right = [b for b in boxes if b[0] > LEFT]
    face = "kai_gb" if loan else "wenkai"
    pen = BLACK_PEN if loan else BALLPOINT
    for k, ((_label, v), b) in enumerate(zip(items, right, strict=True)):
        if loan and k == 4:
            struck(s, b[0] + mm(3), b[1] + mm(2), "无", "", rng, size=38, face=face, ink=pen)
            writes_lines(s, b[0] + mm(12), b[1] + mm(2), v, rng, per_line=18, lead=mm(8), size=34, face=face, ink=pen)
        elif v:
            writes_lines(s, b[0] + mm(3), b[1] + mm(3), v, rng, per_line=20, lead=mm(8), size=36, face=face, ink=pen)
    y = boxes[-1][3] + mm(6)
    for part in wrap("　　申报人保证以上申报真实、完整。拒绝报告、虚假报告的，愿承担罚款、拘留等法律责任。", body(32), w):
        s.text(LEFT, y, part, body(32))
        y += 50
    y += mm(6)
    s.text(LEFT + mm(70), y, "申报人（签名）：", body(36))
    signer = r.name if r.kind == "person" else r.legal_rep
    signs(s, LEFT + mm(124), y - 8, signer, rng, size=50, face=face, ink=pen, thumb=r.kind == "person")
    if r.kind == "organisation":
        seal(s, LEFT + mm(120), y + mm(4), r.name, rng, radius=mm(18))
    writes(s, LEFT + mm(110), y + mm(16), num_date(d), rng, size=40, face=face, ink=pen)
    return s


# ---- money ------------------------------------------------------------------------------------------------------------

def _payout(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 执行款发放表 (landscape, typed, the approval signed) and, behind it, each worker's 收款确认 on a half
    slip — written out by the worker at the window, signed and thumbed."""
    ws = _workers(c)
    s = Sheet(size=(mm(297), mm(210)))
    s.centred(mm(14), COURT, font("sans_bold", 40), spacing=6)
    s.centred(mm(26), "执行款发放审批表", font("serif_bold", 64), spacing=12)
    f = body(30)
    s.text(mm(18), mm(40), f"案号：{c.number}　　被执行人：{c.respondent.name}", f)
    s.text(mm(18), mm(46), f"到账：{num_date(c.extra['pay_day'])}（{c.extra['main']}代付）　　到账金额："
                           f"{c.amount + c.extra['fee']:,.2f}元", f)
    rows = [["序号", "领款人", "身份证号", "开户行", "账号", "金额（元）"]]
    for k, ((wk, _t, amount), (bank, card)) in enumerate(zip(ws, c.extra["cards"], strict=True), 1):
        rows.append([str(k), wk.name, wk.id_number, bank, card, f"{amount:,.2f}"])
    rows.append(["", "申请执行费", "", "", "缴入财政非税账户", f"{c.extra['fee']:,.2f}"])
    rows.append(["", "合计", "", "", "", f"{c.amount + c.extra['fee']:,.2f}"])
    boxes = frame(s, mm(18), mm(54), [mm(16), mm(34), mm(62), mm(52), mm(62), mm(35)], rows, f, heights=mm(10),
                  labels=(0,))
    y = boxes[-1][3] + mm(8)
    for k, label in enumerate(("承办人：", "执行局长：", "财务：")):
        s.text(mm(18) + k * mm(90), y, label, body(32))
    writes(s, mm(42), y - 4, c.officer, rng, size=40, face="kai_gb", ink=BLACK_PEN)
    writes(s, mm(140), y - 4, c.judge, rng, size=40, face="kai_gb", ink=BALLPOINT)
    writes(s, mm(222), y - 4, person_name(rng), rng, size=40, face="kai_gb", ink=BLACK_PEN)
    s.text(mm(18), y + mm(14), f"发放日期：{num_date(d)}", body(32))
    out: list[Sheet] = [s]
    for (wk, _t, amount), (bank, card) in zip(ws, c.extra["cards"], strict=True):
        slip = DeskSheet(size=(mm(200), mm(120)), small=True)
        slip.centred(mm(8), "执行款收款确认", font("hei", 50), spacing=10)
        slip.text(mm(10), mm(22), f"案号：{c.number}", body(28))
        lines = [f"本人{wk.name}，今收到{COURT}发放的", f"{c.respondent.name}欠付工资执行款",
                 f"人民币{amount:,.2f}元（{money_caps(amount)}），", f"已转入本人{bank}卡（尾号{card[-4:]}）。"]
        yy = mm(34)
        for line in lines:
            writes(slip, mm(12), yy, line, rng, size=38, face="wenkai", ink=BALLPOINT)
            yy += mm(11)
        slip.text(mm(96), yy + mm(4), "收款人：", body(32))
        signs(slip, mm(120), yy, wk.name, rng, size=48, face="wenkai", ink=BALLPOINT)
        when = d + timedelta(days=rng.randint(0, 2))
        writes(slip, mm(120), yy + mm(13), num_date(when), rng, size=34, face="wenkai", ink=BALLPOINT)
        slip.starts_document = True
        out.append(slip)
    return out


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The parties' own 和解协议, typed on a shop's printer in 宋 (song_gb, ○ in its dates), numbered clauses; at the
    foot the wholesaler wrote later that he has the money and withdraws."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("song_gb", 70), spacing=16)
    f = font("song_gb", 40)
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    paras = [("t", f"甲方（申请执行人）：{a.name}（{c.extra['shop']}）"),
             ("t", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
             ("p", f"关于{COURT}{c.number}执行一案，甲乙双方经协商，自愿达成如下和解："),
             ("p", f"一、乙方欠甲方牛肉货款{c.amount:,.2f}元，甲方同意免除迟延履行期间的债务利息；"),
             ("p", f"二、乙方于本协议签订当日向甲方支付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
                   f"{num_date(c.extra['pay_day'])}前付清，直接转入甲方账户；"),
             ("p", "三、乙方付清全部款项后，甲方向法院申请撤回执行申请；乙方逾期不付的，甲方可申请恢复执行原判决；"),
             ("p", "四、本协议一式三份，甲乙双方各一份，交法院一份。")]
    run = _typeset(s, TOP + 150, paras, f, lead=72, left=mm(27), right=mm(27), role="song_gb")
    y = run.y + 60
    s.text(mm(27), y, "甲方（签字）：", f)
    writes(s, mm(80), y - 8, a.name, rng, size=52, face="kai_gb", ink=BLACK_PEN)
    s.text(s.width / 2 + mm(4), y, "乙方（盖章）：", f)
    seal(s, s.width / 2 + mm(70), y + 20, r.name, rng, radius=mm(19))
    s.text(mm(27), y + 100, f"签订日期：{num_date(d)}", f)
    y += 210
    writes(s, mm(27), y, f"乙方已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日付清全部货款。", rng, size=42,
           face="kai_gb", ink=BALLPOINT)
    signs(s, mm(110), y + 70, a.name, rng, size=48, face="kai_gb", ink=BALLPOINT)
    thumbprint(s, mm(160), y + 90, rng)
    oval_stamp(s, s.width - mm(52), y + 90, ["襄城区法院执行局", "收件"], rng)
    return s


def _withdrawal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The ground of the termination: the wholesaler's 撤回执行申请书 (typed by his lawyer, signed and thumbed by him)
    and, behind it, the company's bank transfer to him printed from its online banking."""
    a, r = c.applicant, c.respondent
    when = c.extra["pay_day"] + timedelta(days=2)
    s = Sheet()
    s.line(mm(26), TOP, s.width - mm(26), TOP, width=2)
    s.centred(TOP + 24, "撤回执行申请书", font("hei", 66), spacing=14)
    s.line(mm(26), TOP + 118, s.width - mm(26), TOP + 118, width=2)
    f = font("sans", 38)
    run = Flow(TOP + 170, left=mm(26), right=mm(26), first=s)
    run.para(f"申请人：{_who(a)}", f, lead=66, hang=f.size * 2)
    run.para(f"被申请人：{_who(r)}", f, lead=66, hang=f.size * 2)
    run.para(f"申请人与被申请人买卖合同纠纷执行一案（{c.number}），双方已于{num_date(c.day(26))}自行达成和解，被申请人已于"
             f"{num_date(c.extra['pay_day'])}将和解款项全部付清（转账凭证附后）。申请人的债权已经实现，现申请撤回对"
             f"{c.basis_number}民事判决书的执行申请，请贵院依法裁定终结本案执行。", f, lead=66, indent=f.size * 2)
    run.line("此致", f, lead=66, at=f.size * 2)
    run.line(COURT, f, lead=66)
    y = run.y + 60
    s.text(s.width - mm(112), y, "申请人：", f)
    signs(s, s.width - mm(84), y - 8, a.name, rng, size=54, face="kai_gb", ink=INK)
    s.text(s.width - mm(100), y + 100, num_date(when), f)
    oval_stamp(s, mm(60), y + 60, ["襄城区法院执行局", f"收件 {when.month}.{when.day}"], rng)
    slip = Sheet(paper=(250, 250, 250))
    blue = (40, 70, 140)
    slip.centred(mm(18), "湖北银行　网上银行转账电子回单", font("sans_bold", 46), fill=blue)
    rows = [["回单编号", f"{rng.randint(10**15, 10**16 - 1)}"], ["交易日期", f"{c.extra['pay_day']:%Y-%m-%d}"],
            ["付款人", r.name], ["付款账号", f"18{rng.randint(10**14, 10**15 - 1)}"], ["付款行", c.extra.get("r_bank", "")],
            ["收款人", a.name], ["收款账号", f"62{rng.randint(10**15, 10**16 - 1)}"],
            ["金额", f"¥{c.amount - (c.amount * Decimal('0.6')).quantize(Decimal('1')):,.2f}"], ["用途", f"{c.number}和解余款"]]
    frame(slip, mm(20), mm(32), [mm(40), slip.width - mm(80)], rows, font("sans", 32), heights=mm(13), ink=blue,
          label_font=font("sans_bold", 32))
    seal(slip, slip.width - mm(55), mm(140), "湖北银行股份有限公司襄阳分行", rng, radius=mm(16), inner="电子回单专用章")
    slip.starts_document = True
    return [s, slip]
