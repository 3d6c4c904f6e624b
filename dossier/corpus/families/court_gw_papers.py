"""What 梅江法院执行局 receives, each in its maker's hand: 梅州仲裁委员会's 裁决书 (a framed cover, then Noto serif body with
黑体 section heads and "- n -" folios) and its red-headed 送达及生效证明; the applicant's law firm's papers under a navy
letterhead with the firm's English name and an address strip at the foot; the business licences and the Hong Kong
papers in traditional characters (a 香港永久性居民身份證 copy, a 公司註冊證明書) as they lie in the registry's archive,
stamped 档案查询专用章; the 广东省非税收入 e-invoice with its QR block; the window's forms filled in by hand; the 查控
system's printout; the valuer's report cover; the auction platform's 成交确认书 as a browser printout; the banks' 回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_gw_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    ballpoint,
    body,
    folios,
    form_title,
    ruled,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "evidence",
})
ARB = "梅州仲裁委员会"
NAVY = (22, 44, 100)
RUST = (150, 60, 40)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _award(c, rng)
    if code == "effectiveness_certificate":
        return _in_effect(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence_card(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "identity_proof":
        return _respondent_papers(c, rng) if "respondent" in served else _applicant_papers(c, rng)
    if code == "fee_receipt":
        return _e_invoice(c, rng)
    if code in ("payment_account_confirmation", "service_address_confirmation"):
        return _window_form(code, c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "evidence":
        return _sale_printout(c, rng) if "sale" in served else _valuation_cover(c, rng)
    raise KeyError(code)


def _day(c: CaseCtx, code: str) -> date:
    from dossier.corpus.families.court_gw import made_on

    return made_on(c, code)


def _on(c: CaseCtx, event: str) -> date:
    from dossier.corpus.families.court_gw import on

    return on(c, event)


# --- 梅州仲裁委员会 -------------------------------------------------------------------------------------------------

def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The award: a cover framed by a double rule (commission, title, number, date), then the body in Noto serif,
    numbered section heads in 黑体, three arbitrators and the tribunal secretary, the commission's seal on the date."""
    a, r = c.applicant, c.respondent
    made = c.basis_effective
    cover = Sheet()
    cover.box(mm(22), mm(24), cover.width - mm(22), cover.height - mm(24), width=6)
    cover.box(mm(26), mm(28), cover.width - mm(26), cover.height - mm(28), width=2)
    cover.centred(mm(62), ARB, font("serif_bold", 92), spacing=16)
    cover.centred(mm(120), "裁  决  书", font("serif_bold", 150), spacing=40)
    cover.centred(mm(160), c.basis_number, font("serif", 52))
    cover.centred(cover.height - mm(70), cn_date(made), font("serif", 48))
    cover.centred(cover.height - mm(52), "梅州市梅江区嘉应东路（梅州仲裁委员会）", font("serif", 30))
    signed = c.basis_effective - timedelta(days=rng.randint(520, 760))
    heard = made - timedelta(days=rng.randint(25, 45))
    principal, penalty, fee = c.extra["principal"], c.extra["penalty"], c.extra["arb_fee"]
    chair, arb1, arb2, sec = person_name(rng), person_name(rng), person_name(rng), person_name(rng)
    blocks: list[tuple[str, str]] = [
        ("h", f"申请人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
        ("h", f"法定代表人：{a.legal_rep}，总经理。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("h", f"法定代表人：{r.legal_rep}，董事长。"),
        ("p", f"{ARB}（以下简称本会）根据申请人与被申请人于{cn_date(signed)}签订的《{c.extra['project']}{c.extra['works']}"
              f"分包合同》第十九条中的仲裁条款，以及申请人于{cn_date(heard - timedelta(days=60))}向本会提交的书面仲裁申请，"
              "受理了双方之间因上述合同引起的争议。本案适用《梅州仲裁委员会仲裁规则》。"),
        ("p", f"本会依法组成由首席仲裁员{chair}、仲裁员{arb1}、仲裁员{arb2}组成的仲裁庭，于{cn_date(heard)}在本会仲裁庭室开庭"
              "审理了本案。申请人的委托代理人、被申请人的委托代理人到庭参加了庭审。本案现已审理终结。"),
        ("s", "一、申请人的仲裁请求及所依据的事实和理由"),
        ("p", f"申请人请求：1.裁决被申请人支付分包工程款{principal:,.2f}元；2.裁决被申请人支付逾期付款违约金{penalty:,.2f}元；"
              "3.本案仲裁费用由被申请人承担。"),
        ("p", f"申请人称：被申请人承建{c.extra['project']}后，将其中的{c.extra['works']}工程分包给申请人。申请人按约完成施工，"
              "工程已竣工验收并经双方结算确认，被申请人至今仍拖欠分包工程款未付。"),
        ("s", "二、被申请人的答辩意见"),
        ("p", "被申请人辩称：对结算金额无异议，但发包方尚未向被申请人支付全部工程款，合同约定的付款条件尚未成就；违约金约定过高，"
              "请求予以调减。"),
        ("s", "三、仲裁庭查明的事实"),
        ("p", f"双方签订的分包合同约定：分包工程竣工验收合格后三个月内，被申请人支付至结算价款的百分之九十七，余款作为质量保证金。"
              f"工程于{cn_date(signed + timedelta(days=rng.randint(200, 300)))}竣工验收合格，双方确认结算价款后，被申请人仅支付部分"
              f"款项，尚欠{principal:,.2f}元。"),
        ("s", "四、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的分包合同系当事人真实意思表示，合法有效。合同并未约定以发包方付款作为被申请人付款的前提，"
              "被申请人以发包方未付款为由拒付，缺乏依据，仲裁庭不予支持。申请人主张的违约金未超过法定限度，仲裁庭予以支持。"
              "依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第五百八十五条的规定，仲裁庭裁决如下："),
        ("s", "五、裁决"),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付分包工程款{principal:,.2f}元；"),
        ("p", f"（二）被申请人向申请人支付逾期付款违约金{penalty:,.2f}元；"),
        ("p", f"（三）本案仲裁费{fee:,.2f}元，由被申请人承担。该费用已由申请人预交，被申请人应迳付申请人。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。逾期支付的，依照《中华人民共和国民事诉讼法》第二百六十四条"
              "的规定加倍支付迟延履行期间的债务利息。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    s = Sheet()
    s.centred(TOP - mm(8), "裁　决　书", font("serif_bold", 64))
    s.right(s.width - mm(26), TOP - mm(8) + 104, c.basis_number, font("serif", 38))
    run = Flow([s], TOP - mm(8) + 190, left=mm(28), right=mm(26), foot=mm(30))
    f = font("serif", 40)
    for kind, text in blocks:
        if kind == "s":
            run.y += 12
            run.flush(text, font("sans_bold", 40), lead=74)
        elif kind == "h":
            run.para(text, f, lead=70, hang=f.size * 2)
        else:
            run.para(text, f, lead=70, first=f.size * 2)
    run.room(480)
    last, y = run.s, run.y + 60
    x = last.width - mm(98)
    for role, name in (("首席仲裁员", chair), ("仲 裁 员", arb1), ("仲 裁 员", arb2)):
        last.text(x, y, f"{role}　{name}", f)
        y += 72
    when = cn_date(made)
    last.text(x + mm(8), y + 26, when, f)
    seal(last, x + mm(8) + text_width(when, f) / 2, y + 36, ARB, rng, radius=mm(21))
    last.text(x, y + 120, f"仲裁秘书　{sec}", f)
    return [cover, *folios(run.sheets, f=font("serif", 32), style="dash")]


def _red_head(s: Sheet, name: str, *, y: float = TOP - mm(6), size: int = 84) -> float:
    s.centred(y, name, font("serif_bold", size), fill=RED, spacing=10)
    y += size * 1.55
    s.line(mm(24), y, s.width - mm(24), y, width=6, fill=RED)
    return y + mm(7)


def _in_effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """梅州仲裁委员会's 裁决书送达及生效证明: a red head, the number, the text, a table of the two services by EMS."""
    s = Sheet()
    y = _red_head(s, ARB)
    s.right(s.width - mm(26), y, f"梅仲证字〔{c.filed_on.year}〕第{rng.randint(4, 90)}号", font("serif", 38))
    y += 86
    s.centred(y, "裁决书送达及生效证明", font("sans_bold", 68), spacing=6)
    run = Flow([s], y + 140, left=mm(28), right=mm(26))
    f = font("serif", 42)
    a, r = c.applicant, c.respondent
    run.para(f"{COURT}：", f, lead=76)
    run.para(f"本会受理的申请人{a.name}与被申请人{r.name}{c.extra['cause']}一案，已于{cn_date(c.basis_effective)}作出"
             f"{c.basis_number}裁决书，并依法向双方当事人送达。根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出"
             f"之日起发生法律效力。", f, lead=76, first=84)
    run.para("送达情况如下：", f, lead=76, first=84)
    rows = [["受送达人", "送达方式", "邮件号", "签收日期"]]
    for p in (a, r):
        got = c.basis_effective + timedelta(days=rng.randint(2, 6))
        rows.append([p.name, "邮政EMS", f"10{rng.randint(10**10, 10**11 - 1)}", num_date(got)])
    g = ruled(run.s, mm(28), run.y + 10, [mm(70), mm(30), mm(42), mm(14)], rows, font("serif", 32), heights=mm(14),
              labels=(1,), label_face=font("serif", 32))
    run.y = g.bottom + 50
    run.para("特此证明。", f, lead=76, first=84)
    when = c.basis_effective + timedelta(days=rng.randint(20, 30))
    y = run.y + 80
    run.s.right(run.s.width - mm(40), y, cn_date(when), f)
    seal(run.s, run.s.width - mm(80), y + 10, ARB, rng, radius=mm(21))
    run.s.text(mm(28), run.s.height - mm(34), f"（联系人：{person_name(rng)}　电话：0753-22{rng.randint(10000, 99999)}）",
               font("serif", 30))
    return [run.s]


# --- the law firm ------------------------------------------------------------------------------------------------

def _firm_en(c: CaseCtx) -> str:
    return {"广东客都律师事务所": "GUANGDONG KEDU LAW FIRM", "广东嘉应正平律师事务所": "GUANGDONG JIAYING ZHENGPING LAW FIRM",
            "广东梅江明理律师事务所": "GUANGDONG MEIJIANG MINGLI LAW FIRM"}.get(c.firm, "LAW FIRM")


def _letterhead(s: Sheet, c: CaseCtx) -> float:
    """The firm's letterhead: name in navy 黑体 at the left, its English name under it, a navy rule; the address strip
    at the foot."""
    s.text(mm(24), mm(16), c.firm, font("sans_bold", 60), fill=NAVY)
    s.text(mm(24), mm(16) + 78, _firm_en(c), font("sans", 26), fill=NAVY)
    s.line(mm(24), mm(16) + 122, s.width - mm(20), mm(16) + 122, width=4, fill=NAVY)
    s.line(mm(24), s.height - mm(22), s.width - mm(20), s.height - mm(22), width=1, fill=NAVY)
    s.text(mm(24), s.height - mm(19), f"地址：{c.extra['firm_addr']}　　电话：0753-22{sum(map(ord, c.firm)) % 90000 + 10000}",
           font("sans", 26), fill=NAVY)
    return mm(16) + 180


def _firm_flow(c: CaseCtx) -> Flow:
    s = Sheet()
    y = _letterhead(s, c)
    return Flow([s], y, left=mm(28), right=mm(24), top=mm(30), foot=mm(32))


def _more_letterhead(run: Flow, c: CaseCtx) -> None:
    for sh in run.sheets[1:]:
        _letterhead(sh, c)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    run = _firm_flow(c)
    run.flush("强制执行申请书", font("serif_bold", 72), lead=140, centred=True, spacing=14)
    f = font("serif", 41)
    hk = c.extra["hk"]
    blocks = [
        ("h", f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
        ("h", f"法定代表人：{a.legal_rep}，职务：总经理，联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。"),
        ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("h", f"法定代表人：{r.legal_rep}（{hk[1]}），香港特别行政区居民，香港身份证号码{c.extra['hk_id']}。"),
        ("t", "执行请求："),
        ("p", f"一、依法强制执行{ARB}{c.basis_number}裁决书，责令被执行人向申请执行人支付分包工程款"
              f"{c.extra['principal']:,.2f}元、违约金{c.extra['penalty']:,.2f}元、仲裁费{c.extra['arb_fee']:,.2f}元，"
              f"合计{money(c.amount)}；"),
        ("p", "二、责令被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", f"三、依法查封、评估、拍卖被执行人名下位于{c.extra['unit']}的办公用房，以所得价款清偿上述债务；"),
        ("p", "四、被执行人拒不履行的，对其采取限制消费措施并纳入失信被执行人名单；"),
        ("p", "五、本案执行费用由被执行人负担。"),
        ("t", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，经{ARB}审理，于{cn_date(c.basis_effective)}作出{c.basis_number}"
              "裁决书。该裁决为终局裁决，自作出之日起发生法律效力，并已送达双方当事人。被执行人至今未履行裁决书确定的付款义务。"),
        ("p", "为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十八条及《中华人民共和国仲裁法》第六十二条"
              "的规定，特向贵院申请强制执行。"),
        ("t", "此致"), ("t", COURT),
    ]
    for kind, text in blocks:
        if kind == "t":
            run.flush(text, f, lead=74)
        elif kind == "h":
            run.para(text, f, lead=74, hang=f.size * 2)
        else:
            run.para(text, f, lead=74, first=f.size * 2)
    run.room(300)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(118), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(50), y + 30, a.name, rng, radius=mm(19))
    last.text(last.width - mm(118), y + 96, "法定代表人（签名）：", f)
    hand(last, last.width - mm(46), y + 86, a.legal_rep, rng, size=56, ink=INK)
    last.right(last.width - mm(30), y + 190, num_date(_day(c, "enforcement_application")), f)
    _more_letterhead(run, c)
    return folios(run.sheets, f=font("sans", 26), style="right")


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's printed 授权委托书 with its numbered blanks filled by typewriter and the signatures by hand."""
    a = c.applicant
    run = _firm_flow(c)
    run.flush("授 权 委 托 书", font("serif_bold", 72), lead=130, centred=True)
    run.flush(f"编号：{c.extra['firm_no'].replace('律函', '委')}", font("sans", 30), lead=70, right=True)
    f = font("serif", 41)
    g = ruled(run.s, mm(28), run.y, [mm(36), run.measure - mm(36)], [
        ["委 托 人", a.name], ["住 所 地", a.address], ["法定代表人", f"{a.legal_rep}（总经理）"],
        ["受 托 人", f"{c.agent}，{c.firm}律师"], ["执业证号", c.extra["licence"]], ["联系电话", c.agent_phone],
    ], font("serif", 36), heights=mm(15), label_face=font("sans", 34))
    run.y = g.bottom + 60
    for text in [f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}申请执行一案中，作为委托人的代理人。",
                 "代理权限：特别授权。代为申请强制执行，提供财产线索，申请查封、评估、拍卖、变卖被执行人财产，参加执行谈话及和解，"
                 "代为签收法律文书，代为确认及领取执行款项，代为申请终结本次执行程序及恢复执行。",
                 "委托期限：自本委托书签署之日起至本案执行终结之日止。"]:
        run.para(text, f, lead=74, first=f.size * 2)
    s, y = run.s, run.y + 70
    s.text(mm(28), y, "委托人（盖章）：", f)
    seal(s, mm(88), y + 40, a.name, rng, radius=mm(19))
    s.text(mm(28), y + 110, "法定代表人：", f)
    hand(s, mm(80), y + 98, a.legal_rep, rng, size=54, ink=INK)
    s.text(s.width - mm(100), y, "受托人：", f)
    hand(s, s.width - mm(66), y - 10, c.agent, rng, size=54, ink=INK)
    s.right(s.width - mm(30), y + 220, num_date(_day(c, "power_of_attorney")), f)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    run = _firm_flow(c)
    run.flush(c.extra["firm_no"], font("sans", 34), lead=86, right=True)
    run.flush("律师事务所函", font("serif_bold", 70), lead=140, centred=True, spacing=10)
    f = font("serif", 42)
    run.para(f"{COURT}执行局：", f, lead=78)
    run.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}申请执行一案的"
             "委托代理人，代为申请强制执行并参加执行程序。", f, lead=78, first=84)
    run.para("请贵院予以支持。", f, lead=78, first=84)
    run.para("附：1.授权委托书一份；2.律师执业证复印件一份。", f, lead=78, first=84)
    run.y += 60
    run.para(f"承办律师：{c.agent}　　执业证号：{c.extra['licence']}　　手机：{c.agent_phone}", font("serif", 34), lead=60)
    y = run.y + 130
    when = num_date(_day(c, "law_firm_letter"))
    run.s.right(run.s.width - mm(34), y, when, f)
    seal(run.s, run.s.width - mm(70), y - 10, c.firm, rng, radius=mm(20))
    return [run.s]


def _licence_card(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 data page and its 年度考核 page copied one above the other, grey tone, with the lawyer's note."""
    s = Sheet()
    grey = (205, 205, 200)
    x0, w, h = mm(40), mm(130), mm(88)
    y0 = mm(30)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=grey, outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(8), y0 + mm(14), x0 + mm(38), y0 + mm(54)), fill=(140, 140, 140))
    s.text(x0 + mm(46), y0 + mm(6), "中华人民共和国律师执业证", font("serif_bold", 40))
    f = font("serif", 30)
    ty = y0 + mm(18)
    for label, value in [("持证人", c.agent), ("性别", "男" if rng.random() < 0.6 else "女"), ("执业机构", c.firm),
                         ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]), ("发证机关", "广东省司法厅"),
                         ("发证日期", f"{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(x0 + mm(46), ty, f"{label}：{value}", f)
        ty += mm(9)
    seal(s, x0 + mm(30), y0 + mm(66), "广东省司法厅", rng, radius=mm(14))
    y1 = y0 + h + mm(16)
    s.draw.rectangle((x0, y1, x0 + w, y1 + h), fill=grey, outline=(90, 90, 90), width=3)
    s.centred(y1 + mm(6), "律师年度考核备案", font("serif_bold", 40), x0=x0, x1=x0 + w)
    rows = [["考核年度", "考核结果", "备案机关"]]
    for yr in range(c.filed_on.year - 3, c.filed_on.year):
        rows.append([f"{yr}年度", "称职", "梅州市司法局"])
    ruled(s, x0 + mm(10), y1 + mm(20), [mm(36), mm(36), mm(38)], rows, f, heights=mm(12), labels=(0, 1, 2),
          label_face=f)
    seal(s, x0 + mm(95), y1 + mm(62), "梅州市司法局", rng, radius=mm(13), inner="年度考核专用章")
    hand(s, x0, y1 + h + mm(20), "本复印件与原件一致", rng, size=54, ink=INK)
    hand(s, x0 + mm(90), y1 + h + mm(22), c.agent, rng, size=52, ink=INK)
    return [s]


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The firm's typed list of the respondent's property, as a table."""
    run = _firm_flow(c)
    run.flush("被执行人财产线索清单", font("serif_bold", 64), lead=126, centred=True, spacing=6)
    f = font("serif", 34)
    run.para(f"申请执行人：{c.applicant.name}　　被执行人：{c.respondent.name}", f, lead=62)
    run.para(f"执行依据：{ARB}{c.basis_number}裁决书", f, lead=62)
    rows = [["序号", "财产类型", "财产线索", "线索来源"],
            ["1", "不动产", f"{c.extra['unit']}办公用房，建筑面积{c.extra['area']}㎡，{c.extra['cert']}", "不动产登记查询"],
            ["2", "银行账户", f"{c.extra['r_bank']}基本存款账户", "分包合同付款记录"],
            ["3", "应收款", f"{c.extra['project']}发包方应付工程款", "申请人掌握"],
            ["4", "股东信息", f"股东为香港{'公司' + c.extra['hk_company'] if 'hk_company' in c.extra else '居民' + c.extra['hk'][1]}",
             "国家企业信用信息公示系统"]]
    g = ruled(run.s, mm(28), run.y + 14, [mm(16), mm(28), run.measure - mm(84), mm(40)], rows, font("serif", 31),
              heights=[mm(12), mm(30), mm(20), mm(24), mm(22)], labels=(0,), label_face=font("serif", 31))
    run.y = g.bottom + 40
    run.para("申请执行人承诺：以上线索系申请执行人合法取得，内容真实。", f, lead=62)
    y = run.y + 60
    run.s.text(run.s.width - mm(110), y, "申请执行人（盖章）：", f)
    seal(run.s, run.s.width - mm(50), y + 20, c.applicant.name, rng, radius=mm(18))
    run.s.right(run.s.width - mm(30), y + 120, num_date(_day(c, "property_clue_form")), f)
    return [run.s]


# --- licences and the Hong Kong papers -----------------------------------------------------------------------------

def _licence(s: Sheet, p: Party, c: CaseCtx, rng: random.Random, *, kind: str, scope: str) -> None:
    """A business licence (副本) copy, landscape in the top of the page: red frame, the QR square at the right."""
    frame = (176, 70, 52)
    x0, y0, x1, y1 = mm(16), mm(26), s.width - mm(16), mm(168)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    s.draw.ellipse((s.width / 2 - mm(8), y0 + mm(6), s.width / 2 + mm(8), y0 + mm(22)), outline=frame, width=4)
    s.centred(y0 + mm(24), "营 业 执 照", font("serif_bold", 96), spacing=20)
    s.centred(y0 + mm(40), "（副　本）", font("serif", 34))
    s.text(x0 + mm(8), y0 + mm(50), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    qx, qy = x1 - mm(40), y0 + mm(12)
    for i in range(21):
        for j in range(21):
            if rng.random() < 0.48 or (min(i, j) < 7 and max(i, j) < 7 and (i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4))):
                s.draw.rectangle((qx + i * 11, qy + j * 11, qx + i * 11 + 10, qy + j * 11 + 10), fill=(40, 40, 40))
    f = font("serif", 31)
    mid = s.width / 2 + mm(4)
    left = [("名　　称", p.name), ("类　　型", kind), ("法定代表人", p.legal_rep), ("经营范围", scope)]
    right = [("注册资本", f"{rng.choice([500, 800, 1000, 2000])}万元人民币"),
             ("成立日期", f"{rng.randint(2006, 2016)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
             ("营业期限", "长期"), ("住　　所", p.address)]
    for x, per, rows in ((x0 + mm(8), 15, left), (mid + mm(4), 10, right)):
        ty = y0 + mm(58)
        for label, value in rows:
            s.text(x, ty, label, f)
            for k in range(0, len(value), per):
                s.text(x + mm(27), ty, value[k:k + per], f)
                ty += mm(6.5)
            ty += mm(2)
    s.text(x1 - mm(70), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(40), y1 - mm(26), "梅州市市场监督管理局", rng, radius=mm(17))
    s.text(x1 - mm(80), y1 - mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)


def _rep_certificate(s: Sheet, p: Party, c: CaseCtx, rng: random.Random, y: float, *, hk: bool) -> None:
    s.centred(y, "法定代表人身份证明书", font("sans_bold", 56), spacing=4)
    run = Flow([s], y + mm(18), left=mm(26), right=mm(24))
    who = f"{p.legal_rep}（香港居民身份证号码{c.extra['hk_id']}）" if hk else p.legal_rep
    run.para(f"{who}在我公司任董事长职务，系我公司的法定代表人。", font("serif", 40), lead=72, first=80)
    run.para("特此证明。", font("serif", 40), lead=72, first=80)
    day = c.filed_on - timedelta(days=5)
    run.s.right(run.s.width - mm(30), run.y + 70, num_date(day), font("serif", 40))
    seal(run.s, run.s.width - mm(60), run.y + 60, p.name, rng, radius=mm(18))


def _applicant_papers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    scope = {"window": "铝合金门窗、幕墙、建筑装饰材料的生产、销售及安装", "concrete": "预拌商品混凝土、预拌砂浆的生产、销售；"
             "建筑材料销售", "roof": "防水材料、建筑材料销售；防水防腐保温工程施工"}[str(c.extra["tale"])]
    _licence(s, a, c, rng, kind="有限责任公司（自然人投资或控股）", scope=scope)
    _rep_certificate(s, Party(a.name, a.kind, a.id_number, a.address, a.phone, legal_rep=a.legal_rep), c, rng, mm(186),
                     hk=False)
    hand(s, mm(26), s.height - mm(30), "与原件核对无误", rng, size=52, ink=INK)
    return [s]


def _archive_stamp(s: Sheet, rng: random.Random, page: int) -> None:
    """The registry's stamp on every page it copied from the company's file, and its running page line."""
    s.text(mm(16), mm(10), f"企业登记档案查询打印　第{page}页", font("sans", 26), fill=(90, 90, 90))
    stamp(s, s.width - mm(92), s.height - mm(52), ["梅州市市场监督管理局", "企业档案查询专用章"], rng, oval=True, face="wenkai")


def _respondent_papers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """What the lawyer drew from the registry's file on the respondent: its licence, its Hong Kong shareholder's
    公司註冊證明書 or its legal representative's Hong Kong identity card, and the 法定代表人身份证明书 — each page
    stamped 档案查询专用章."""
    r = c.respondent
    window = c.extra["tale"] == "window"
    s = Sheet()
    _licence(s, r, c, rng, kind="有限责任公司（港澳台法人独资）" if window else "有限责任公司（台港澳自然人独资）",
             scope="房屋建筑工程、市政公用工程、建筑装修装饰工程施工；建筑劳务分包")
    _rep_certificate(s, r, c, rng, mm(186), hk=True)
    _archive_stamp(s, rng, 1)
    sheets = [s]
    if window:
        cert = _hk_incorporation(c, rng)
        _archive_stamp(cert, rng, 2)
        sheets.append(cert)
    card = _hk_id_copy(c, rng)
    _archive_stamp(card, rng, len(sheets) + 1)
    sheets.append(card)
    for sh in sheets[1:]:
        sh.starts_document = True
    return sheets


def _hk_incorporation(c: CaseCtx, rng: random.Random) -> Sheet:
    """香港公司註冊處's 公司註冊證明書 (Certificate of Incorporation), bilingual, traditional characters, in 明體."""
    s = Sheet()
    m = font("ming", 40)
    s.box(mm(20), mm(22), s.width - mm(20), s.height - mm(30), width=3, outline=(60, 90, 70))
    s.draw.ellipse((s.width / 2 - mm(16), mm(32), s.width / 2 + mm(16), mm(64)), outline=(60, 90, 70), width=4)
    s.centred(mm(44), "HK", font("serif_bold", 54))
    s.text(mm(30), mm(76), f"編號 No. {c.extra['hk_company_no']}", font("ming", 36))
    s.centred(mm(96), "公 司 註 冊 證 明 書", font("ming", 78), spacing=6)
    s.centred(mm(116), "CERTIFICATE OF INCORPORATION", font("serif_bold", 52))
    day: date = c.extra["hk_company_day"]
    run = Flow([s], mm(140), left=mm(34), right=mm(32))
    run.para("本人謹此證明", m, lead=70, first=0)
    run.flush(c.extra["hk_company"], font("ming", 50), lead=84, centred=True)
    run.flush(c.extra["hk_company_en"], font("serif_bold", 38), lead=84, centred=True)
    run.para("於本日在香港依據香港法例第32章《公司條例》註冊成為有限公司。", m, lead=70)
    run.para("I hereby certify that the above-named company is this day incorporated in Hong Kong under the Companies "
             "Ordinance (Chapter 32 of the Laws of Hong Kong), and that this company is limited.", font("serif", 34),
             lead=56)
    run.y += 40
    en = f"{day.day} {['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][day.month - 1]} {day.year}"
    run.para(f"本證明書於{day.year}年{day.month}月{day.day}日發出。　Issued on {en}.", m, lead=70)
    y = run.y + 90
    hand(s, s.width - mm(110), y, person_name(rng), rng, size=50, ink=INK)
    s.text(s.width - mm(120), y + 80, "香港公司註冊處處長", font("ming", 38))
    s.text(s.width - mm(130), y + 130, "for Registrar of Companies, Hong Kong", font("serif", 30))
    s.text(mm(34), s.height - mm(44), "註：本證明書副本經中國委託公證人證明，並加章轉遞。", font("ming", 30))
    return s


def _hk_id_copy(c: CaseCtx, rng: random.Random) -> Sheet:
    """Both faces of a 香港永久性居民身份證 copied on one sheet, grey, with the holder's details in traditional script."""
    s = Sheet()
    _simple, trad, english, sex = c.extra["hk"]
    w, h = mm(98), mm(62)
    x = (s.width - w) / 2
    y = mm(40)
    tone = (208, 210, 206)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=tone, outline=(110, 110, 110), width=3)
    s.text(x + mm(5), y + mm(3), "香港永久性居民身份證", font("ming", 36))
    s.text(x + mm(5), y + mm(9), "HONG KONG PERMANENT IDENTITY CARD", font("sans_bold", 24))
    s.text(x + mm(5), y + mm(17), trad, font("ming", 48))
    s.text(x + mm(5), y + mm(25), english, font("sans", 30))
    codes = " ".join(f"{rng.randint(1000, 9999)}" for _ in trad)
    s.text(x + mm(5), y + mm(31), codes, font("mono", 26))
    born = date(rng.randint(1958, 1982), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(5), y + mm(37), f"出生日期 Date of Birth　{born:%d-%m-%Y}　{sex} {'M' if sex == '男' else 'F'}", font("ming", 26))
    s.text(x + mm(5), y + mm(43), f"***AZ　　簽發日期 Date of Issue ({rng.randint(1, 12):02d}-{rng.randint(18, 23)})",
           font("ming", 26))
    s.text(x + mm(5), y + h - mm(11), c.extra["hk_id"], font("mono", 46))
    s.draw.rectangle((x + w - mm(27), y + mm(12), x + w - mm(6), y + mm(34)), fill=(150, 150, 150))
    y2 = y + h + mm(14)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), fill=tone, outline=(110, 110, 110), width=3)
    s.draw.rectangle((x + mm(6), y2 + mm(8), x + mm(20), y2 + mm(18)), outline=(120, 120, 120), width=2)
    s.text(x + mm(26), y2 + mm(8), "持證人享有香港居留權", font("ming", 34))
    s.text(x + mm(26), y2 + mm(15), "The holder has the right of abode", font("sans", 24))
    s.text(x + mm(26), y2 + mm(20), "in Hong Kong", font("sans", 24))
    s.text(x + mm(6), y2 + h - mm(14), f"IDHKG{c.extra['hk_id'][:7]}<<<{rng.randint(100, 999)}", font("mono", 30))
    s.text(x + mm(6), y2 + h - mm(8), english.replace(", ", "<<").replace(" ", "<").upper() + "<<<<<", font("mono", 30))
    s.text(mm(30), y2 + h + mm(16), f"持證人：{trad}　住址：{c.extra['hk_addr']}", font("ming", 34))
    hand(s, mm(30), y2 + h + mm(30), "經核對與原件相符", rng, size=50, ink=INK)
    hand(s, mm(118), y2 + h + mm(32), trad, rng, size=52, ink=INK)
    return s


# --- the window and the systems -----------------------------------------------------------------------------------

def _e_invoice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """广东省非税收入（电子）票据: brown-red frame, QR block at the top left, the court's finance seal."""
    s = Sheet()
    ink = (160, 72, 52)
    fee: Decimal = c.extra["fee"]
    qx, qy = mm(18), mm(18)
    for i in range(25):
        for j in range(25):
            if rng.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                s.draw.rectangle((qx + i * 9, qy + j * 9, qx + i * 9 + 8, qy + j * 9 + 8), fill=(30, 30, 30))
    s.centred(mm(22), "广东省非税收入（电子）票据", font("serif_bold", 62), fill=ink, spacing=4)
    f = font("serif", 30)
    s.text(mm(80), mm(38), f"票据代码：44010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}", f, fill=ink)
    s.text(mm(80), mm(45), f"交款人统一社会信用代码：{c.applicant.id_number}", f, fill=ink)
    s.text(mm(80), mm(52), f"开票日期：{_day(c, 'fee_receipt'):%Y-%m-%d}　　校验码：{rng.randint(10**5, 10**6 - 1)}", f, fill=ink)
    w = s.width - mm(36)
    rows = [["交款人", c.applicant.name], ["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）"],
            ["103040100", "诉讼费（申请执行费）", "件", "1", "按标的", f"{fee:,.2f}"],
            ["金额合计（大写）", money_caps(fee), "（小写）", f"{fee:,.2f}"],
            ["备注", f"{c.number}　{c.applicant.name}申请执行{c.respondent.name}"]]
    ruled(s, mm(18), mm(64), [mm(36), mm(58), mm(14), mm(14), mm(24), w - mm(146)], rows, f,
          heights=[mm(13), mm(12), mm(14), mm(14), mm(18)], labels=(0,), label_face=f)
    s.text(mm(18), mm(145), f"收款单位（章）：{COURT}", f, fill=ink)
    s.text(mm(120), mm(145), f"复核人：{person_name(rng)}　收款人：{person_name(rng)}", f, fill=ink)
    seal(s, mm(70), mm(140), COURT, rng, radius=mm(15), inner="财务专用章")
    s.line(mm(10), mm(156), s.width - mm(10), mm(156), width=1, fill=(190, 190, 190))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed forms, filled in by the lawyer in ballpoint."""
    a = c.applicant
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款账户确认书")
        rows = [["案　号", c.number], ["申请执行人", a.name], ["账户名称", a.name], ["开户银行", c.extra["in_bank"]],
                ["银行账号", c.extra["in_acct"]], ["联系人及电话", f"{c.agent}　{c.agent_phone}"]]
        note = ("本单位确认以上账户为接收本案执行款的唯一账户。执行款汇入该账户即视为本单位已收到，因账户信息错误造成的损失由"
                "本单位自行承担。")
    else:
        y = form_title(s, "送达地址确认书")
        rows = [["案　号", c.number], ["受送达人", a.name], ["确认的送达地址", c.extra["firm_addr"] + "（" + c.firm + "）"],
                ["收件人", c.agent], ["联系电话", c.agent_phone], ["是否同意电子送达", f"同意，手机号{c.agent_phone}"]]
        note = ("受送达人应如实填写并确认送达地址，地址变更时应当及时告知人民法院。因提供或确认的送达地址不准确、送达地址变更"
                "未及时告知等原因，导致法律文书未能被实际接收的，文书退回之日视为送达之日。")
    g = ruled(s, LEFT, y, [mm(48), w - mm(48)], [[k, ""] for k, _ in rows], body(36), heights=mm(18))
    for k, (_label, value) in enumerate(rows):
        ballpoint(s, g.cell(k).x0 + mm(4), g.cell(k).y0 + mm(4), value, rng, size=38 if len(value) < 26 else 32)
    run = Flow([s], g.bottom + 40)
    run.para(note, body(34), lead=58, first=68)
    y = run.y + 70
    s.text(s.width - RIGHT - mm(112), y, "确认人（签名或盖章）：", body(38))
    ballpoint(s, s.width - RIGHT - mm(38), y - 8, c.agent, rng, size=50)
    seal(s, s.width - RIGHT - mm(60), y + 60, a.name, rng, radius=mm(17))
    ballpoint(s, s.width - RIGHT - mm(70), y + 110, num_date(_day(c, code)), rng, size=40)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """被执行人财产申报表: the bureau's form, filled in by the respondent's office clerk, the company's seal on it."""
    r = c.respondent
    s = Sheet()
    y = form_title(s, "被执行人财产申报表")
    s.right(s.width - RIGHT, y - 30, f"案号：{c.number}", body(32))
    y += 30
    w = s.width - LEFT - RIGHT
    claims = "发包方工程款已结清" if c.extra["tale"] == "concrete" else "尚有在建项目应收款，金额待结算"
    rows = [("申报人", r.name), ("法定代表人", f"{r.legal_rep}（香港居民，现居香港）"),
            ("银行存款", f"{c.extra['r_bank']}基本户，余额约{rng.randint(1, 40)}千元"),
            ("不动产", f"{c.extra['unit']}办公用房一套" + ("（已抵押给银行）" if c.extra["tale"] == "concrete" else "")),
            ("车　辆", f"粤M·{rng.randint(10000, 99999)}小型普通客车一辆（已报废）"), ("对外债权", claims),
            ("股权投资", "无"), ("其他财产", "办公家具若干")]
    g = ruled(s, LEFT, y, [mm(38), w - mm(38)], [[k, ""] for k, _ in rows], body(34), heights=mm(19))
    for k, (_label, value) in enumerate(rows):
        ballpoint(s, g.cell(k).x0 + mm(4), g.cell(k).y0 + mm(3), value, rng, size=36, per_line=24, lead=mm(7.5))
    run = Flow([s], g.bottom + 36)
    run.para("申报人保证以上申报内容真实、完整，如有隐瞒、虚假申报，愿承担相应的法律责任。", body(34), lead=58, first=68)
    y = run.y + 60
    s.text(s.width - RIGHT - mm(108), y, "申报人（盖章）：", body(38))
    seal(s, s.width - RIGHT - mm(44), y + 30, r.name, rng, radius=mm(18))
    s.text(s.width - RIGHT - mm(108), y + 90, "经办人：", body(38))
    ballpoint(s, s.width - RIGHT - mm(78), y + 82, person_name(rng), rng, size=46)
    ballpoint(s, s.width - RIGHT - mm(70), y + 170, num_date(_day(c, "property_declaration_form")), rng, size=40)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 执行查控 system's printout: a grey title bar, a key-value header, the feedback table in a monospaced face,
    the printing user and time at the foot."""
    r = c.respondent
    s = Sheet()
    mono = font("mono", 27)
    d = _day(c, "online_inquiry_result")
    s.draw.rectangle((mm(12), mm(14), s.width - mm(12), mm(26)), fill=(222, 222, 222))
    s.text(mm(16), mm(16), "执行查控系统　|　查询结果明细（总对总）", font("sans_bold", 40))
    s.text(mm(14), mm(32), f"案号：{c.number}　　执行法院：{COURT}", mono)
    s.text(mm(14), mm(38), f"被查询人：{r.name}　　证件号码：{r.id_number}　　批次号：{d:%Y%m%d}{rng.randint(1000, 9999)}", mono)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("招商银行", "存款"), ("广发银行", "存款"), ("广东梅州客商银行", "存款"),
             ("梅州农村商业银行", "存款"), ("中国邮政储蓄银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "股权"), ("中国人民银行征信中心", "其他")]
    rows = [["序", "协助执行单位", "类别", "反馈结果", "日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        if kind == "不动产":
            res = f"不动产1处：{c.extra['unit'][6:]}"
        elif c.extra["r_bank"].startswith(unit):
            res = f"账户1个，余额{rng.randint(200, 38000)}.{rng.randint(10, 99)}元"
        elif kind == "车辆":
            res = "小型普通客车1辆（状态：逾期未检验/报废）"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%m-%d}"])
    ruled(s, mm(12), mm(46), [mm(10), mm(62), mm(20), mm(76), mm(18)], rows, mono, heights=mm(11.6), labels=(), label_face=mono)
    s.text(mm(14), s.height - mm(18), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d} 16:{rng.randint(10, 59)}"
           "　本页仅供执行人员内部使用", mono)
    s.page_of = (1, 1)
    s.right(s.width - mm(14), s.height - mm(18), "1/1", mono)
    return [s]


def _valuation_cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The valuer's report cover: a green band with the firm's mark, the report's name and number, the parties and
    the registered valuers, the firm's seal."""
    s = Sheet()
    green = (36, 96, 72)
    s.draw.rectangle((0, mm(18), s.width, mm(44)), fill=green)
    s.text(mm(20), mm(24), c.extra["valuer"], font("sans_bold", 46), fill=(255, 255, 255))
    s.centred(mm(78), "房 地 产 估 价 报 告", font("serif_bold", 92), spacing=8)
    s.centred(mm(98), "（司法鉴定评估）", font("serif", 44))
    s.centred(mm(112), f"估价报告编号：{c.extra['report_no']}", font("serif", 38))
    f = font("serif", 38)
    rows = [("估价项目名称", f"{c.extra['unit']}办公用房市场价值评估"), ("估价委托人", COURT),
            ("房地产估价机构", c.extra["valuer"]),
            ("注册房地产估价师", f"{c.extra['valuers'][0]}（注册号{c.extra['valuer_nos'][0]}）"),
            ("", f"{c.extra['valuers'][1]}（注册号{c.extra['valuer_nos'][1]}）"),
            ("价值时点", num_date(_on(c, "value_ruling") + timedelta(days=8))),
            ("估价报告出具日期", num_date(_on(c, "report")))]
    y = mm(140)
    for label, value in rows:
        s.text(mm(28), y, label + ("：" if label else ""), f)
        s.text(mm(84), y, value[:28], f)
        if len(value) > 28:
            y += mm(8)
            s.text(mm(84), y, value[28:], f)
        y += mm(12)
    s.draw.rectangle((0, s.height - mm(26), s.width, s.height - mm(20)), fill=green)
    seal(s, s.width - mm(62), mm(222), c.extra["valuer"][:14], rng, radius=mm(20))
    return [s]


def _sale_printout(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The auction platform's 网络竞价成交确认书, printed from a browser: the page title and URL in the print header,
    the date and page count in the footer."""
    s = Sheet()
    sold = _on(c, "sold")
    tiny = font("sans", 24)
    s.text(mm(10), mm(8), f"{sold:%Y/%m/%d} 10:{rng.randint(12, 40)}", tiny)
    s.centred(mm(8), "网络竞价成交确认书 - 人民法院诉讼资产网", tiny)
    s.draw.rectangle((mm(16), mm(18), s.width - mm(16), mm(34)), fill=(176, 28, 36))
    s.text(mm(22), mm(21), "人民法院诉讼资产网　网络司法拍卖", font("sans_bold", 46), fill=(255, 255, 255))
    s.centred(mm(50), "网络竞价成交确认书", font("sans_bold", 72))
    b = c.extra["buyer"]
    price = c.extra["sold"]
    run = Flow([s], mm(72), left=mm(24), right=mm(24))
    f = font("sans", 38)
    run.para(f"用户姓名{b.name}通过竞买号{c.extra['bid_no']}于{sold:%Y/%m/%d} 10:00:00在人民法院诉讼资产网参与竞价，以最高应价"
             f"胜出。", f, lead=66, first=76)
    run.para(f"该标的网络拍卖成交价格：¥{price:,.0f}（{money_caps(price)}）。", font("sans_bold", 38), lead=66, first=76)
    run.para("在网络拍卖中竞买成功的用户，必须依照标的物《竞买须知》《竞买公告》要求，按时交付标的物网拍成交余款、办理相关"
             "手续。标的物最终成交以" + COURT + "出具的拍卖成交裁定为准。", f, lead=66, first=76)
    rows = [["标的物名称", f"{c.extra['unit']}办公用房"], ["拍卖法院", COURT], ["起拍价", f"¥{c.extra['start']:,.0f}"],
            ["评估价", f"¥{c.extra['value']:,.0f}"], ["加价幅度", f"¥{c.extra['step']:,.0f}"],
            ["出价次数", f"{c.extra['bids']}次"], ["竞价周期", f"{sold - timedelta(days=1):%Y/%m/%d} 10:00 至 {sold:%Y/%m/%d} 10:00"],
            ["成交价", f"¥{price:,.0f}"]]
    g = ruled(s, mm(24), run.y + 20, [mm(40), s.width - mm(88)], rows, font("sans", 32), heights=mm(12),
              label_face=font("sans", 32))
    s.right(s.width - mm(30), g.bottom + mm(14), f"{sold.year}年{sold.month:02d}月{sold.day:02d}日", f)
    s.text(mm(10), s.height - mm(10), f"https://www.rmfysszc.gov.cn/statichtml/rm_obj/{rng.randint(10**6, 10**7 - 1)}.shtml",
           tiny)
    s.right(s.width - mm(10), s.height - mm(10), "1/1", tiny)
    s.page_of = (1, 1)
    return [s]


def bank_advice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 回单 of the payout (and, for the Hong Kong remittance, the incoming credit advice above it)."""
    s = Sheet()
    s.starts_document = True
    paid = _on(c, "paid_out") + timedelta(days=1)
    slips: list[tuple[str, list[list[str]]]] = []
    if c.extra["tale"] == "roof":
        _simple, trad, english, _sex = c.extra["hk"]
        inflow = c.amount + c.extra["late_interest"] + c.extra["fee"] + c.extra["value_fee"]
        slips.append(("境外汇入汇款通知书（入账回单）", [
            ["汇款人", f"{english}（{trad}）"], ["汇出行", c.extra["hk_bank"]], ["收款人", f"{COURT}执行款专户"],
            ["入账金额", f"CNY {inflow:,.2f}"], ["附言", f"{c.number} 执行款 {c.respondent.name}"],
            ["入账日期", f"{_on(c, 'remitted'):%Y-%m-%d}"]]))
    payout = c.extra["to_applicant"] if c.extra["tale"] == "concrete" else c.amount + c.extra["late_interest"]
    slips.append(("网上银行电子回单（付款）", [
        ["付款人", f"{COURT}执行款专户"], ["付款账号", c.extra["court_acct"]], ["收款人", c.applicant.name],
        ["收款账号", c.extra["in_acct"]], ["收款行", c.extra["in_bank"]], ["金额", f"{money(payout)}"],
        ["用途", f"{c.number}案款发放"], ["交易日期", f"{paid:%Y-%m-%d}"]]))
    y = float(mm(16))
    for title, rows in slips:
        s.text(mm(16), y, "中国农业银行", font("sans_bold", 44), fill=(0, 110, 90))
        s.text(mm(80), y + 6, title, font("sans", 36))
        g = ruled(s, mm(16), y + mm(12), [mm(34), s.width - mm(66)], rows, font("sans", 30), heights=mm(11),
                  label_face=font("sans", 30))
        s.text(mm(16), g.bottom + mm(3), f"回单编号：{rng.randint(10**15, 10**16 - 1)}　　打印次数：1", font("sans", 26))
        seal(s, s.width - mm(52), g.bottom - mm(16), "中国农业银行梅州分行", rng, radius=mm(15), inner="电子回单专用章")
        y = g.bottom + mm(26)
    return [s]
