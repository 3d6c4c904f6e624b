"""What 青羊法院执行局 received in 2016–2018, each in its maker's style: the 成都仲裁委员会's 裁决书 and its 生效证明
(明体 body, the commission's name over a double rule), the court's civil divisions' 民事判决书 and 民事调解书 (Noto serif,
an arabic folio at the lower right), the lawyers' Word-typed papers (宋 body, 黑体 title), a 律师事务所函 with a
blue letterhead, ID card and licence photocopies in grey, the window's pre-printed forms filled in ballpoint, the
四川省非税收入一般缴款书 in green with the POS 签购单 glued under it, the bank's thermal counter slips glued on a
票据粘贴单, and a settlement typed by the parties."""

from __future__ import annotations

import random
from datetime import date, timedelta

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import mm, seal, text_width
from dossier.corpus.families.court_je_kit import (
    BALLPOINT,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    Leaf,
    body,
    fingerprint,
    folios,
    form_title,
    glue,
    paste_form,
    ruled,
    scrawl,
    scrawl_lines,
    signature,
    slip,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
})
ARB = "成都仲裁委员会"
GREEN = (36, 110, 70)
COPY_GREY = (70, 70, 70)


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Leaf]:
    from dossier.corpus.families.court_je import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return {"rent": _award, "loan": _judgment, "tile": _mediation}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _award_in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if p.kind == "person":
            return [_id_copy(p, rng, certify=p is c.applicant)]
        return _org_papers(p, c, rng) if p is c.applicant else [_registry_print(p, c, rng)]
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _voucher(c, rng)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1970, 1, 1)
    return f"{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。"


def _typed(flow: Flow, blocks: list[tuple[str, str]], f: Font, lead: float) -> None:
    for kind, text in blocks:
        if kind == "h":
            flow.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            flow.para(text, f, lead=lead)
        elif kind == "c":
            flow.flush(text, f, lead=lead, how="centre")
        elif kind == "r":
            flow.flush(text, f, lead=lead, how="right")
        else:
            flow.para(text, f, lead=lead, indent=f.size * 2)


def _award(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """成都仲裁委员会's 裁决书: its name over a double rule, 明体 body, three arbitrators, its seal over the date."""
    a, r = c.applicant, c.respondent
    monthly, months, penalty = c.extra["monthly"], int(c.extra["months"]), c.extra["penalty"]
    flow = Flow(TOP + mm(2), left=mm(28), right=mm(26))
    s = flow.s
    s.centred(flow.y, ARB, font("serif_bold", 64), spacing=12)
    flow.y += 96
    s.line(mm(26), flow.y, s.width - mm(26), flow.y, width=5)
    s.line(mm(26), flow.y + 9, s.width - mm(26), flow.y + 9, width=1)
    flow.y += 50
    s.centred(flow.y, "裁决书", font("serif_bold", 78), spacing=70)
    flow.y += 120
    flow.flush(c.basis_number, font("ming", 42), lead=84, how="right")
    f = font("ming", 42)
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    start = date(c.basis_effective.year - 1, rng.randint(1, 6), 1)
    _typed(flow, [
        ("h", f"申请人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被申请人：{_who(r)}"),
        ("p", f"成都仲裁委员会（以下简称本会）根据申请人与被申请人于{start.year - 2}年签订的《商铺租赁合同》中的仲裁条款及申请人"
              f"的仲裁申请，于{cn_date(heard - timedelta(days=60))}受理了双方之间的房屋租赁合同纠纷一案。本会依照《成都仲裁委员会"
              f"仲裁规则》组成仲裁庭，于{cn_date(heard)}在本会开庭审理。申请人的委托代理人、被申请人的法定代表人到庭参加了庭审。"
              "本案现已审理终结。"),
        ("p", f"申请人称：被申请人承租申请人所有的成都市青羊区琴台路{c.extra['shop_no']}商铺经营火锅餐饮，月租金{monthly:,.0f}元，"
              f"按月支付。自{start.year}年{start.month}月起，被申请人拖欠租金{months}个月共计{monthly * months:,.2f}元，经催告"
              f"仍未支付。请求裁决被申请人支付欠付租金及违约金{penalty:,.2f}元，并承担本案仲裁费用。"),
        ("p", "被申请人辩称：对欠付租金的事实无异议，因琴台路改造期间客流减少、经营困难，请求减少违约金并给予分期付款的期限。"),
        ("p", f"仲裁庭认为：双方签订的《商铺租赁合同》系双方真实意思表示，合法有效。被申请人未按约支付租金，构成违约，应当支付"
              f"欠付租金{monthly * months:,.2f}元。合同约定的违约金未超过法律规定的限度，仲裁庭予以支持。被申请人关于分期付款的"
              "请求，申请人不予同意，仲裁庭不予支持。依照《中华人民共和国合同法》第一百零七条、第一百一十四条、第二百二十六条和"
              "《中华人民共和国仲裁法》第七条、第五十一条的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付租金{monthly * months:,.2f}元；"),
        ("p", f"二、被申请人于本裁决书送达之日起十日内向申请人支付违约金{penalty:,.2f}元；"),
        ("p", "三、本案仲裁费由被申请人承担（已由申请人预交，被申请人在支付上述款项时一并支付申请人）。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
    ], f, 74)
    flow.room(460)
    s = flow.s
    y = flow.y + 50
    x = s.width - mm(110)
    for role in ("首席仲裁员", "仲  裁  员", "仲  裁  员"):
        s.text(x, y, f"{role}　{person_name(rng)}", f)
        y += 74
    when = cn_date(c.basis_effective)
    s.text(x + mm(6), y + 24, when, f)
    seal(s, x + mm(6) + text_width(when, f) / 2, y + 40, ARB, rng, radius=mm(21))
    s.text(x, y + 120, f"秘　　书　{person_name(rng)}", f)
    return folios(flow.leaves, style="other")


def _award_in_force(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    s = Leaf()
    s.centred(TOP, ARB, font("serif_bold", 60), spacing=10)
    s.line(mm(26), TOP + 90, s.width - mm(26), TOP + 90, width=5)
    s.line(mm(26), TOP + 99, s.width - mm(26), TOP + 99, width=1)
    s.centred(TOP + 150, "生效证明", font("serif_bold", 72), spacing=40)
    flow = Flow(TOP + 290, left=mm(28), right=mm(26))
    flow.leaves = [s]
    f = font("ming", 44)
    no = f"成仲证字（{c.filed_on.year}）第{rng.randint(30, 400)}号"
    flow.flush(no, font("ming", 38), lead=90, how="right")
    _typed(flow, [
        ("f", f"{COURT}："),
        ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}房屋租赁合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
              f"{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，本会已依法将裁决书送达双方当事人。"),
        ("p", "截至本证明出具之日，本会未收到人民法院撤销或者不予执行该裁决的裁定。"),
        ("p", "特此证明。"),
    ], f, 80)
    y = flow.y + 120
    when = c.filed_on - timedelta(days=rng.randint(3, 9))
    s.right(s.width - mm(36), y, cn_date(when), f)
    seal(s, s.width - mm(36) - text_width(cn_date(when), f) / 2, y + 16, ARB, rng, radius=mm(21))
    return [s]


def _civil_head(flow: Flow, title: str, number: str) -> None:
    s = flow.s
    s.centred(flow.y, COURT, font("serif_bold", 56), spacing=4)
    flow.y += 96
    s.centred(flow.y, title, font("serif_bold", 80), spacing=40)
    flow.y += 130
    flow.flush(number, font("serif", 40), lead=90, how="right")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """民一庭's 民事判决书 on the private loan."""
    a, r = c.applicant, c.respondent
    principal, interest = c.extra["principal"], c.extra["interest"]
    lent = date(c.basis_effective.year - 2, rng.randint(3, 10), rng.randint(1, 28))
    flow = Flow(TOP + mm(4), left=mm(30), right=mm(28))
    _civil_head(flow, "民事判决书", c.basis_number)
    f = font("serif", 40)
    heard = c.basis_effective - timedelta(days=rng.randint(30, 45))
    _typed(flow, [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告{a.name}及其委托诉讼代理人{c.agent}到庭参加诉讼，被告{r.name}经本院"
              "合法传唤，无正当理由拒不到庭参加诉讼，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：1.判令被告归还借款本金{principal:,.0f}元，并按年利率12%支付利息；2.本案诉讼费由被告"
              f"承担。事实和理由：{lent.year}年{lent.month}月，被告以经营{c.extra['teahouse']}需要周转资金为由向原告借款，原告"
              f"通过银行转账向被告出借{principal:,.0f}元，被告出具借条，约定年利率12%，一年内归还。借款到期后，被告未归还本息。"),
        ("p", f"{r.name}未作答辩，亦未提交证据。"),
        ("p", f"本院经审理认定事实如下：{lent.year}年{lent.month}月{lent.day}日，原告向被告转账{principal:,.0f}元，被告于同日出具"
              "借条一张，载明借款用途为茶坊经营周转，年利率12%，借期一年。借款到期后，被告未归还。"),
        ("p", "本院认为，合法的借贷关系受法律保护。原告提交的借条、银行转账凭证能够证明双方之间借贷关系成立且已实际履行。被告"
              "未按约归还借款，应当承担偿还本金并支付利息的责任。双方约定的年利率12%未超过法律规定的限度，本院予以支持。依照"
              "《中华人民共和国合同法》第二百零六条、第二百零七条，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》"
              f"第二十六条，{'《中华人民共和国民事诉讼法》'}第一百四十四条的规定，判决如下："),
        ("p", f"一、被告{r.name}于本判决生效之日起十日内归还原告{a.name}借款本金{principal:,.2f}元；"),
        ("p", f"二、被告{r.name}于本判决生效之日起十日内支付原告{a.name}利息{interest:,.2f}元（按年利率12%计算至本案起诉之日）。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百五十三条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 30}元，减半收取{(int(c.amount) // 100 + 30) // 2}元，由被告{r.name}负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于四川省成都市"
              "中级人民法院。"),
    ], f, 70)
    flow.room(400)
    s = flow.s
    y = flow.y + 50
    x = s.width - mm(100)
    s.text(x, y, f"审  判  员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(16, 22)))
    s.text(x, y + 100, when, f)
    seal(s, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(21))
    s.text(x, y + 190, f"书  记  员　{person_name(rng)}", f)
    _certified(s, rng, y + 280)
    return folios(flow.leaves, style="other")


def _certified(s: Leaf, rng: random.Random, y: float) -> None:
    """The division's stamp on an issued copy: a ruled box "本件与原本核对无异" and a 生效 line written in."""
    f = font("serif", 32)
    ink = (190, 40, 46)
    s.box(LEFT, y, LEFT + mm(62), y + mm(12), width=3, outline=ink)
    s.text(LEFT + 16, y + mm(3), "本件与原本核对无异", f, fill=ink)


def _mediation(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """民二庭's 民事调解书 on the tile debt: the parties' agreement in numbered terms, confirmed by the court."""
    a, r = c.applicant, c.respondent
    flow = Flow(TOP + mm(4), left=mm(30), right=mm(28))
    _civil_head(flow, "民事调解书", c.basis_number)
    f = font("serif", 40)
    first, second = c.extra["instalments"]
    d1 = c.basis_effective + timedelta(days=30)
    d2 = d1 + timedelta(days=30)
    _typed(flow, [
        ("h", f"原告：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(c.basis_effective - timedelta(days=50))}立案后，依法适用"
              "简易程序进行了审理。"),
        ("p", f"原告{a.name}向本院提出诉讼请求：判令被告支付瓷砖货款{c.amount:,.2f}元及逾期付款损失。事实和理由：原告为被告承接的"
              "多个家装项目供应瓷砖、卫浴产品，双方对账确认被告尚欠货款，经原告多次催收，被告未予支付。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}欠原告{a.name}货款{c.amount:,.2f}元，分两期支付：于{num_date(d1)}前支付{first:,.2f}元，于"
              f"{num_date(d2)}前支付{second:,.2f}元；"),
        ("p", "二、被告如有任何一期未按时足额支付，原告有权就全部未付款项向人民法院申请强制执行；"),
        ("p", "三、原告放弃其他诉讼请求；"),
        ("p", f"四、案件受理费减半收取{int(c.amount) // 200 + 20}元，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ], f, 70)
    flow.room(360)
    s = flow.s
    y = flow.y + 50
    x = s.width - mm(100)
    s.text(x, y, f"审  判  员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(1, 4)))
    s.text(x, y + 100, when, f)
    seal(s, x + text_width(when, f) / 2, y + 110, COURT, rng, radius=mm(21))
    s.text(x, y + 190, f"书  记  员　{person_name(rng)}", f)
    _certified(s, rng, y + 280)
    return folios(flow.leaves, style="other")


def _application(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The lawyer's application, typed in Word: 黑体 title, 宋 body, 此致 and the applicant's seal or signature."""
    a, r = c.applicant, c.respondent
    flow = Flow(TOP + mm(6), left=mm(28), right=mm(26))
    flow.flush("强制执行申请书", font("hei", 70), lead=150, how="centre", spacing=10)
    f = font("ming", 42)
    basis = {"rent": f"{ARB}{c.basis_number}裁决书", "loan": f"贵院{c.basis_number}民事判决书",
             "tile": f"贵院{c.basis_number}民事调解书"}[_tale(c)]
    extra = {"rent": f"冻结、划拨被执行人在{c.extra.get('r_bank', '')}的存款", "loan": "查询、冻结被执行人名下银行存款",
             "tile": f"冻结、划拨被执行人在{c.extra.get('r_bank', '')}账户（账号{c.extra.get('r_acct', '')}）内的存款"}[_tale(c)]
    _typed(flow, [
        ("h", f"申请执行人：{_who(a)}联系电话：{a.phone}。"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，联系电话：{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("f", "执行请求："),
        ("p", f"一、依法强制执行被执行人向申请执行人支付{money(c.amount)}；"),
        ("p", "二、被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", f"三、依法{extra}；"),
        ("p", "四、被执行人拒不履行的，请求对其采取限制高消费措施并纳入失信被执行人名单；"),
        ("p", "五、本案执行费用由被执行人承担。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已经发生法律效力。被执行人至今未履行生效法律文书确定的义务。"
              f"为维护申请执行人的合法权益，根据《中华人民共和国民事诉讼法》第二百二十四条、第二百三十六条的规定，特向贵院申请强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ], f, 76)
    flow.room(300)
    s = flow.s
    y = flow.y + 60
    s.text(s.width - mm(120), y, "申请执行人：", f)
    if a.kind == "organisation":
        seal(s, s.width - mm(56), y + 20, a.name, rng, radius=mm(19))
    else:
        signature(s, s.width - mm(72), y - 8, a.name, rng)
        fingerprint(s, int(s.width - mm(40)), int(y - 20), rng)
    scrawl(s, s.width - mm(100), y + 120, num_date(c.filed_on - timedelta(days=rng.randint(1, 5))), rng, size=42,
           ink=(20, 20, 24))
    return flow.leaves


def _attorney(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    a = c.applicant
    flow = Flow(TOP + mm(6), left=mm(28), right=mm(26))
    flow.flush("授权委托书", font("hei", 70), lead=160, how="centre", spacing=24)
    f = font("ming", 42)
    _typed(flow, [
        ("h", f"委托人：{_who(a)}"),
        ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，联系电话{c.agent_phone}。"),
        ("p", f"现委托{c.agent}律师在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的执行代理人。"),
        ("p", "代理权限为：特别授权。代为申请强制执行，提供财产线索，申请查封、冻结、扣押、拍卖、变卖，代为参加执行和解并签订和解"
              "协议，代为签收法律文书，代为领取执行款，代为申请终结本次执行程序。"),
        ("p", "委托期限：自本委托书签署之日起至本案执行终结时止。"),
    ], f, 78)
    s = flow.s
    y = flow.y + 90
    s.text(mm(28), y, "委托人：", f)
    s.text(s.width - mm(110), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(80), y + 40, a.name, rng, radius=mm(19))
        signature(s, mm(60), y + 110, a.legal_rep, rng, size=52)
    else:
        signature(s, mm(56), y - 6, a.name, rng)
        fingerprint(s, int(mm(100)), int(y - 24), rng)
    signature(s, s.width - mm(80), y - 6, c.agent, rng)
    scrawl(s, s.width - mm(110), y + 200, num_date(c.filed_on - timedelta(days=rng.randint(3, 8))), rng, size=42,
           ink=(20, 20, 24))
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """所函 on the firm's letterhead: the name in blue 黑体 over a blue rule, the number, the text, the firm's seal."""
    s = Leaf()
    blue = (30, 60, 140)
    s.centred(TOP - mm(4), c.firm, font("hei", 70), fill=blue, spacing=8)
    s.line(mm(22), TOP + 80, s.width - mm(22), TOP + 80, width=4, fill=blue)
    s.text(mm(24), TOP + 92, f"地址：{c.extra['firm_addr']}", font("sans", 26), fill=blue)
    no = f"川{c.firm[2:4]}律函字（{c.filed_on.year}）第{rng.randint(10, 300)}号"
    flow = Flow(TOP + 200, left=mm(28), right=mm(26))
    flow.leaves = [s]
    flow.flush(no, font("ming", 38), lead=90, how="right")
    flow.flush("律师事务所函", font("hei", 62), lead=130, how="centre", spacing=18)
    f = font("ming", 42)
    _typed(flow, [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人，"
              "代为办理申请强制执行事宜。"),
        ("p", "特此函告。"),
        ("f", f"附：授权委托书一份　　律师：{c.agent}　执业证号：{c.extra['licence']}"),
    ], f, 78)
    y = flow.y + 120
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 6)))
    s.right(s.width - mm(34), y, when, f)
    seal(s, s.width - mm(34) - text_width(when, f) / 2, y + 10, c.firm, rng, radius=mm(20))
    return [s]


def _grey_card(s: Leaf, x: float, y: float, w: float, h: float) -> None:
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3), fill=(212, 212, 210), outline=COPY_GREY, width=3)


def _licence(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """律师执业证 photocopied open: the photo page and the data page side by side, grey, "与原件一致" written below."""
    s = Leaf()
    x0, y0 = mm(20), mm(36)
    w, h = mm(82), mm(112)
    for k in range(2):
        _grey_card(s, x0 + k * (w + mm(6)), y0, w, h)
    f = font("sans", 32)
    s.draw.rectangle((x0 + mm(22), y0 + mm(12), x0 + mm(60), y0 + mm(60)), fill=(140, 140, 140))
    s.centred(y0 + mm(70), "中华人民共和国律师执业证", font("sans_bold", 34), x0=x0, x1=x0 + w, fill=COPY_GREY)
    s.centred(y0 + mm(84), "中华人民共和国司法部监制", font("sans", 28), x0=x0, x1=x0 + w, fill=COPY_GREY)
    x = x0 + w + mm(12)
    yy = y0 + mm(10)
    for label, val in [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                       ("法律职业资格证号", f"A{c.filed_on.year - 10}51{rng.randint(10**8, 10**9 - 1)}"),
                       ("发证机关", "四川省司法厅"), ("发证日期", f"{c.filed_on.year - rng.randint(1, 3)}年{rng.randint(1, 12)}月"),
                       ("持证人", c.agent), ("性别", rng.choice("男女"))]:
        s.text(x, yy, f"{label}：{val}", f, fill=COPY_GREY)
        yy += mm(11)
    seal(s, x0 + w + mm(60), y0 + mm(80), "四川省司法厅", rng, radius=mm(15))
    scrawl(s, mm(30), y0 + h + mm(16), "此复印件与原件一致", rng, size=44, ink=(20, 20, 24))
    signature(s, mm(110), y0 + h + mm(14), c.agent, rng, size=50)
    return [s]


def _id_copy(p: Party, rng: random.Random, *, certify: bool) -> Leaf:
    """Both faces of a 居民身份证 photocopied onto one A4 sheet."""
    s = Leaf()
    w, h = mm(86), mm(54)
    x, y1, y2 = (s.width - w) / 2, mm(40), mm(112)
    _grey_card(s, x, y1, w, h)
    _grey_card(s, x, y2, w, h)
    f = font("sans", 28)
    born = p.born or date(1970, 1, 1)
    lines = [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{born.year} 年 {born.month} 月 {born.day} 日"]
    ty = y1 + mm(6)
    for line in lines:
        s.text(x + mm(5), ty, line, f, fill=COPY_GREY)
        ty += mm(7)
    addr = f"住址　{p.address}"
    for k in range(0, len(addr), 13):
        s.text(x + mm(5), ty, addr[k:k + 13], f, fill=COPY_GREY)
        ty += mm(6)
    s.text(x + mm(5), y1 + h - mm(9), f"公民身份号码　{p.id_number}", font("sans", 30), fill=COPY_GREY)
    s.draw.rectangle((x + w - mm(28), y1 + mm(8), x + w - mm(5), y1 + mm(36)), fill=(150, 150, 150))
    s.centred(y2 + mm(8), "中华人民共和国", font("sans_bold", 40), x0=x, x1=x + w, fill=COPY_GREY)
    s.centred(y2 + mm(19), "居民身份证", font("sans_bold", 46), x0=x, x1=x + w, fill=COPY_GREY)
    issued = date(rng.randint(2008, 2014), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(6), y2 + mm(36), f"签发机关　成都市公安局{rng.choice(['青羊', '金牛', '锦江'])}分局", f, fill=COPY_GREY)
    s.text(x + mm(6), y2 + mm(44), f"有效期限　{issued:%Y.%m.%d}-{issued.year + 20}.{issued:%m.%d}", f, fill=COPY_GREY)
    if certify:
        scrawl(s, mm(40), mm(182), "此复印件与原件一致，仅供法院执行使用。", rng, size=44, ink=(20, 20, 24))
        signature(s, mm(120), mm(198), p.name, rng)
    return s


def _org_papers(p: Party, c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """The applicant company's 营业执照副本 copy with its seal, and its 法定代表人身份证明书."""
    s = Leaf()
    x0, y0 = mm(22), mm(28)
    s.box(x0, y0, s.width - x0, mm(200), width=10, outline=(110, 110, 110))
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 84), fill=COPY_GREY)
    s.centred(y0 + mm(32), "（副　本）", font("serif", 40), fill=COPY_GREY)
    s.text(x0 + mm(10), y0 + mm(46), f"统一社会信用代码　{p.id_number}", font("sans", 34), fill=COPY_GREY)
    f = font("serif", 36)
    yy = y0 + mm(62)
    est = date(rng.randint(2005, 2013), rng.randint(1, 12), rng.randint(1, 28))
    for label, val in [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("住　　所", p.address),
                       ("法定代表人", p.legal_rep), ("注册资本", f"{rng.choice([100, 200, 500, 800])}万元"),
                       ("成立日期", f"{est.year}年{est.month:02d}月{est.day:02d}日"), ("营业期限", f"{est.year}年{est.month:02d}月"
                                                                                  f"{est.day:02d}日至长期"),
                       ("经营范围", "商业管理服务；房屋租赁；物业管理（依法须经批准的项目，经相关部门批准后方可开展经营活动）。"
                        if "商业管理" in p.name else "销售：建筑材料、陶瓷制品、卫生洁具、装饰材料（依法须经批准的项目，经相关部门"
                        "批准后方可开展经营活动）。")]:
        s.text(x0 + mm(10), yy, label, f, fill=COPY_GREY)
        for k, part in enumerate([val[i:i + 22] for i in range(0, len(val), 22)]):
            s.text(x0 + mm(52), yy + k * mm(7), part, f, fill=COPY_GREY)
        yy += mm(7) * max(1, (len(val) + 21) // 22) + mm(4)
    s.text(s.width - mm(100), mm(184), "登记机关", f, fill=COPY_GREY)
    seal(s, s.width - mm(64), mm(182), "成都市青羊区工商行政管理局", rng, radius=mm(17))
    seal(s, mm(70), mm(226), p.name, rng, radius=mm(20))
    scrawl(s, mm(100), mm(222), "与原件核对一致", rng, size=46, ink=(20, 20, 24))
    t = Leaf()
    flow = Flow(TOP + mm(10), left=mm(30), right=mm(28))
    flow.leaves = [t]
    flow.flush("法定代表人身份证明书", font("hei", 64), lead=160, how="centre", spacing=6)
    g = font("ming", 44)
    _typed(flow, [
        ("p", f"{p.legal_rep}，在我单位任执行董事兼总经理职务，系我单位的法定代表人。"),
        ("p", "特此证明。"),
        ("f", f"单位名称：{p.name}"),
        ("f", f"统一社会信用代码：{p.id_number}"),
        ("f", f"住所：{p.address}　电话：{p.phone}"),
    ], g, 82)
    y = flow.y + 100
    when = c.filed_on - timedelta(days=rng.randint(2, 7))
    t.right(t.width - mm(40), y, f"{when.year}年{when.month}月{when.day}日", g)
    seal(t, t.width - mm(70), y + 10, p.name, rng, radius=mm(20))
    t.starts_document = False
    return [s, t]


def _registry_print(p: Party, c: CaseCtx, rng: random.Random) -> Leaf:
    """The respondent company's record printed from 国家企业信用信息公示系统 by the applicant's lawyer."""
    s = Leaf()
    f = font("sans", 32)
    s.text(mm(16), mm(10), f"{c.filed_on.year}/{c.filed_on.month}/{c.filed_on.day}", font("sans", 24))
    s.centred(mm(10), "国家企业信用信息公示系统", font("sans", 24))
    s.centred(TOP + mm(4), "国家企业信用信息公示系统", font("sans_bold", 52), fill=(170, 30, 30))
    s.centred(TOP + mm(20), "营业执照信息", font("sans_bold", 40))
    rows = [["统一社会信用代码", p.id_number], ["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"],
            ["法定代表人", p.legal_rep], ["注册资本", f"{rng.choice([100, 300, 500, 1000])}万元人民币"],
            ["成立日期", f"{rng.randint(2006, 2014)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "成都市青羊区工商行政管理局"], ["登记状态", "存续（在营、开业、在册）"], ["住所", p.address]]
    ruled(s, mm(20), TOP + mm(40), [mm(56), s.width - mm(40) - mm(56)], rows, f, heights=mm(14), centre_cols=(0,))
    s.text(mm(16), s.height - mm(12), "http://www.gsxt.gov.cn/", font("sans", 24))
    s.right(s.width - mm(16), s.height - mm(12), "1/1", font("sans", 24))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """四川省非税收入一般缴款书 (green print, the amounts by the bank's dot-matrix printer) with the POS 签购单 glued
    beneath it on the court's 票据粘贴单."""
    s, y = paste_form(c, "票据粘贴单", rng)
    x0 = LEFT + mm(6)
    w = s.width - LEFT - RIGHT - mm(12)
    s.centred(y, "四川省非税收入一般缴款书", font("serif_bold", 46), fill=GREEN, spacing=6)
    s.text(x0, y + 70, f"No.{rng.randint(10**9, 10**10 - 1)}", font("mono", 30), fill=(180, 40, 40))
    s.right(x0 + w, y + 70, f"填制日期：{c.filed_on:%Y-%m-%d}", font("serif", 30))
    rows = [["付款人", c.applicant.name, "收款人", "成都市青羊区财政局"], ["项目名称", "申请执行费", "执收单位", COURT],
            ["金额（大写）", money_caps(c.extra["fee"]), "（小写）", f"￥{c.extra['fee']:,.2f}"], ["备注", f"{c.number}"]]
    ruled(s, x0, y + 120, [mm(34), w / 2 - mm(34), mm(30), w / 2 - mm(30)], rows, font("serif", 30), heights=mm(12),
          centre_cols=(0, 2), ink=GREEN)
    img, text = slip(58, [("C", "中国银联 签购单"), ("l", "商户名称：青羊区人民法院"), ("l", f"商户编号：{rng.randint(10**14, 10**15 - 1)}"),
                          ("l", f"终端编号：{rng.randint(10**7, 10**8 - 1)}"), ("rule", ""),
                          ("l", f"卡号：6222****{rng.randint(1000, 9999)}"), ("l", "交易类型：消费/SALE"),
                          ("l", f"批次号：{rng.randint(100, 999):06d}"), ("l", f"凭证号：{rng.randint(1000, 9999):06d}"),
                          ("l", f"日期/时间：{c.filed_on:%Y/%m/%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"),
                          ("l", f"参考号：{rng.randint(10**11, 10**12 - 1)}"), ("kv", f"金额：|RMB {c.extra['fee']:,.2f}"),
                          ("rule", ""), ("l", "持卡人签名："), ("gap", ""), ("l", "本人确认以上交易"), ("c", "商户存根")], rng,
                     size=26)
    glue(s, img, text, int(x0 + mm(10)), int(y + mm(80)), rng)
    signature(s, int(x0 + mm(22)), int(y + mm(80) + img.height - mm(30)), c.agent, rng, size=44)
    return [s]


def _window_form(s: Leaf, title: str) -> float:
    y = form_title(s, title, TOP)
    return y


def _clues(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    s = Leaf()
    y = _window_form(s, "被执行人财产线索表")
    s.text(LEFT, y - 10, f"案号：{c.number}", body(36))
    y += 50
    w = s.width - LEFT - RIGHT
    r = c.respondent
    t = _tale(c)
    clues = {
        "rent": [("银行账户", f"{c.extra.get('r_bank', '')} {c.extra.get('r_acct', '')}（收银账户）"),
                 ("经营场所", f"琴台路{c.extra.get('shop_no', '')}火锅店，设备、桌椅"), ("车辆", "不详"), ("其他", "店内POS机收款")],
        "loan": [("银行账户", "建设银行、邮储银行（账号不详）"), ("房产", "不详"), ("经营场所", f"{c.extra.get('teahouse', '')}（已关门）"),
                 ("车辆", "以前有一辆面包车，车牌不详")],
        "tile": [("银行账户", f"{c.extra.get('r_bank', '')} {c.extra.get('r_acct', '')}"), ("应收款", "在建家装项目工程款"),
                 ("办公场所", r.address), ("车辆", "不详")],
    }[t]
    rows = [["被执行人", r.name], ["证件号码", r.id_number], ["住所/地址", r.address], ["联系电话", r.phone],
            *[[k, ""] for k, _ in clues], ["提供人", ""]]
    cells = ruled(s, LEFT, y, [mm(42), w - mm(42)], rows, body(36), heights=[mm(14)] * 4 + [mm(22)] * len(clues) + [mm(16)])
    for row, (_, val) in zip(cells[4:], clues, strict=False):
        x0, y0, x1, _ = row[1]
        scrawl_lines(s, x0 + mm(3), y0 + mm(3), val, rng, width=x1 - x0 - mm(8), size=38, lead=mm(8))
    x0, y0, _, _ = cells[-1][1]
    signature(s, x0 + mm(6), y0 + mm(1), c.agent, rng, size=48)
    scrawl(s, x0 + mm(70), y0 + mm(3), num_date(c.filed_on), rng, size=36)
    s.text(LEFT, cells[-1][-1][3] + mm(10), "注：申请执行人应如实提供被执行人财产线索，线索不实的，自行承担相应后果。", body(32))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    s = Leaf()
    y = _window_form(s, "申请执行人收取执行款确认书")
    w = s.width - LEFT - RIGHT
    rows = [["案　号", c.number], ["申请执行人", c.applicant.name], ["收款户名", ""], ["开户银行", ""], ["账　号", ""],
            ["联系电话", ""]]
    cells = ruled(s, LEFT, y, [mm(44), w - mm(44)], rows, body(38), heights=mm(16))
    for row, val in zip(cells[2:], [c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone], strict=True):
        scrawl(s, row[1][0] + mm(4), row[1][1] + mm(4), val, rng, size=40)
    y = cells[-1][-1][3] + mm(10)
    flow = Flow(y)
    flow.leaves = [s]
    flow.para("本人（单位）确认：本案执行款请划入上述账户。因账户信息错误或变更未及时告知法院造成的损失，由申请执行人自行承担。",
              body(40), lead=70, indent=80)
    y = flow.y + mm(14)
    s.text(s.width - RIGHT - mm(110), y, "申请执行人（签章）：", body(38))
    if c.applicant.kind == "organisation":
        seal(s, s.width - RIGHT - mm(30), y + 20, c.applicant.name, rng, radius=mm(18))
    else:
        signature(s, s.width - RIGHT - mm(40), y - 10, c.applicant.name, rng, size=50)
    scrawl(s, s.width - RIGHT - mm(90), y + mm(22), num_date(c.filed_on), rng, size=38)
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    s = Leaf()
    y = _window_form(s, "送达地址确认书")
    w = s.width - LEFT - RIGHT
    a = c.applicant
    rows = [["案　号", c.number], ["受送达人", a.name], ["送达地址", ""], ["收件人", ""], ["联系电话", ""],
            ["是否同意电子送达", ""], ["告知事项", "1.受送达人应当如实提供确切的送达地址；2.确认的送达地址适用于执行程序；3.送达地址"
                                     "变更的，应当及时书面告知法院；4.因提供的地址不准确、拒不提供或变更未告知，导致法律文书未能被"
                                     "实际接收的，文书退回之日视为送达之日。"], ["受送达人签名", ""]]
    cells = ruled(s, LEFT, y, [mm(48), w - mm(48)], rows, body(36),
                  heights=[mm(15), mm(15), mm(22), mm(15), mm(15), mm(15), mm(52), mm(24)])
    vals = [f"{c.extra['firm_addr']}（{c.firm}）", f"{c.agent}律师", c.agent_phone,
            f"同意，手机号{c.agent_phone}"]
    for row, val in zip(cells[2:6], vals, strict=True):
        x0, y0, x1, _ = row[1]
        scrawl_lines(s, x0 + mm(3), y0 + mm(3), val, rng, width=x1 - x0 - mm(8), size=38, lead=mm(8))
    x0, y0, _, _ = cells[-1][1]
    signature(s, x0 + mm(8), y0 + mm(4), c.agent, rng, size=52)
    scrawl(s, x0 + mm(80), y0 + mm(7), num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """The 财产申报表 the respondent company filled in and sealed."""
    s = Leaf()
    y = form_title(s, "财产申报表", TOP)
    s.text(LEFT, y - 12, f"案号：{c.number}", body(36))
    y += 44
    w = s.width - LEFT - RIGHT
    r = c.respondent
    if _tale(c) == "rent":
        items = [("银行存款", f"{c.extra.get('r_bank', '')}，账号{c.extra.get('r_acct', '')}，已被法院冻结"),
                 ("现金", "店内备用金约两千元"), ("不动产", "无，经营场所系租赁"), ("车辆", "无"),
                 ("设备", "火锅店厨房设备、桌椅（旧）"), ("债权、股权", "无")]
    else:
        items = [("银行存款", f"{c.extra.get('r_bank', '')}基本户，余额不足一万元"), ("现金", "无"), ("不动产", "无，办公室系租赁"),
                 ("车辆", "川A牌照面包车一辆（公司名下）"), ("应收款", "在建项目工程款约二十万元，待业主结算"), ("债权、股权", "无")]
    rows = [["申报人", r.name], ["法定代表人", r.legal_rep], ["联系电话", r.phone], ["财产种类", "财产情况（名称、数量、所在地、价值等）"],
            *[[k, ""] for k, _ in items], ["申报人承诺", "以上申报内容真实、完整，如有虚假，愿承担法律责任。"], ["申报人签章", ""]]
    cells = ruled(s, LEFT, y, [mm(44), w - mm(44)], rows, body(36),
                  heights=[mm(14)] * 4 + [mm(20)] * len(items) + [mm(22), mm(30)], centre_cols=(0,))
    for row, (_, val) in zip(cells[4:4 + len(items)], items, strict=True):
        x0, y0, x1, _ = row[1]
        scrawl_lines(s, x0 + mm(3), y0 + mm(3), val, rng, width=x1 - x0 - mm(8), size=38, lead=mm(8))
    x0, y0, x1, _ = cells[-1][1]
    signature(s, x0 + mm(8), y0 + mm(6), r.legal_rep, rng, size=50)
    seal(s, x0 + mm(70), y0 + mm(15), r.name, rng, radius=mm(17))
    scrawl(s, x1 - mm(60), y0 + mm(18), num_date(d), rng, size=36)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Leaf]:
    """执行和解协议, typed by the applicant's lawyer, signed and sealed by both companies."""
    a, r = c.applicant, c.respondent
    first, second = c.extra["instalments"]
    p1 = d + timedelta(days=3)
    p2 = c.extra["pay_day"]
    flow = Flow(TOP + mm(8), left=mm(28), right=mm(26))
    flow.flush("执行和解协议", font("hei", 66), lead=150, how="centre", spacing=12)
    f = font("ming", 42)
    _typed(flow, [
        ("h", f"甲方（申请执行人）：{a.name}"),
        ("h", f"乙方（被执行人）：{r.name}"),
        ("p", f"甲乙双方{c.extra['cause']}一案，{COURT}作出的{c.basis_number}民事调解书已发生法律效力，甲方申请强制执行，"
              f"案号{c.number}。执行中，经双方协商，自愿达成如下和解协议："),
        ("p", f"一、乙方于{num_date(p1)}前向{COURT}执行款专户支付{first:,.2f}元；"),
        ("p", f"二、乙方于{num_date(p2)}前支付剩余款项{second:,.2f}元；"),
        ("p", "三、乙方按期足额支付上述款项后，甲方放弃迟延履行期间的债务利息，申请执行费由乙方负担；"),
        ("p", "四、乙方任何一期未按时足额付款的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除；"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交法院一份附卷，自双方签字盖章之日起生效。"),
    ], f, 78)
    flow.room(300)
    s = flow.s
    y = flow.y + 60
    s.text(mm(28), y, "甲方（盖章）：", f)
    s.text(s.width / 2 + mm(4), y, "乙方（盖章）：", f)
    seal(s, mm(90), y + 70, a.name, rng, radius=mm(19))
    seal(s, s.width / 2 + mm(64), y + 70, r.name, rng, radius=mm(19))
    s.text(mm(28), y + 180, "代理人：", f)
    signature(s, mm(62), y + 170, c.agent, rng, size=50)
    s.text(s.width / 2 + mm(4), y + 180, "法定代表人：", f)
    signature(s, s.width / 2 + mm(56), y + 170, r.legal_rep, rng, size=50)
    s.text(mm(28), y + 290, f"签订日期：{d.year}年{d.month}月{d.day}日", f)
    return flow.leaves


def _counter_slip(bank: str, rows: list[tuple[str, str]], rng: random.Random, *, stamp_day: date) -> tuple[Image.Image, list[str]]:
    lines: list[tuple[str, str]] = [("C", bank), ("c", "业务回单（客户联）"), ("rule", "")]
    lines += [("kv", f"{k}|{v}") if len(k) + len(v) < 20 else ("l", f"{k}{v}") for k, v in rows]
    lines += [("rule", ""), ("l", f"柜员号：{rng.randint(100000, 999999)}　授权：{rng.randint(1000, 9999)}"),
              ("l", f"打印时间：{stamp_day:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}"), ("c", "请妥善保管")]
    img, text = slip(66, lines, rng, size=26)
    d = ImageDraw.Draw(img)
    # the teller's 业务专用章, oval and smudged, in red over the slip's foot
    cx, cy = img.width * 0.65, img.height - mm(22)
    d.ellipse((cx - mm(18), cy - mm(11), cx + mm(18), cy + mm(11)), outline=(200, 60, 70), width=4)
    d.text((cx - mm(13), cy - mm(3)), "业务专用章", font=font("sans", 26), fill=(200, 60, 70))
    return img, text


def _voucher(c: CaseCtx, rng: random.Random) -> list[Leaf]:
    """执行款发放凭证: the bank's thermal counter slips of the money in and out glued on the court's 粘贴单, and the
    finance clerk's note in ballpoint."""
    s, y = paste_form(c, "执行款收付凭证粘贴单", rng)
    x = LEFT + mm(8)
    paid_out = c.extra["pay_day"] + timedelta(days=3)
    slips: list[tuple[Image.Image, list[str]]] = []
    if _tale(c) == "tile":
        first, second = c.extra["instalments"]
        from dossier.corpus.families.court_je import made_on

        p1 = made_on(c, "settlement_agreement") + timedelta(days=3)
        for amount, day in ((first, p1), (second, c.extra["pay_day"])):
            slips.append(_counter_slip("中国工商银行", [("交易日期：", f"{day:%Y-%m-%d}"), ("付款人：", c.respondent.name),
                                                        ("收款人：", f"{COURT}"), ("收款账号：", "5101****0089"),
                                                        ("金额：", f"{amount:,.2f}"), ("摘要：", f"{c.number}执行款")],
                                       rng, stamp_day=day))
    else:
        paid = c.amount + c.extra["fee"]
        slips.append(_counter_slip("成都农村商业银行", [("交易日期：", f"{c.extra['pay_day']:%Y-%m-%d}"),
                                                      ("付款人：", c.respondent.name), ("收款人：", COURT),
                                                      ("金额：", f"{paid:,.2f}"), ("用途：", "执行款及执行费")],
                                   rng, stamp_day=c.extra["pay_day"]))
    slips.append(_counter_slip(c.extra["in_bank"].split("成都")[0] or "成都银行",
                               [("交易日期：", f"{paid_out:%Y-%m-%d}"), ("付款人：", COURT), ("收款人：", c.applicant.name),
                                ("收款账号：", c.extra["in_acct"]), ("金额：", f"{c.amount:,.2f}"), ("摘要：", "执行款发放")],
                               rng, stamp_day=paid_out))
    cx = x
    top = y
    for img, text in slips:
        if cx + img.width > s.width - RIGHT - mm(4):
            cx = x
            top += img.height + mm(8)
        glue(s, img, text, int(cx), int(top), rng)
        cx += img.width + mm(8)
    note_y = s.height - mm(64)
    scrawl_lines(s, LEFT + mm(6), note_y, f"执行款{c.amount:,.2f}元已于{num_date(paid_out)}划付申请执行人{c.applicant.name}。",
                 rng, width=s.width - LEFT - RIGHT - mm(20), size=40, lead=mm(9), ink=BALLPOINT)
    scrawl(s, LEFT + mm(6), note_y + mm(22), f"经办：{person_name(rng)}　复核：{c.officer}", rng, size=38)
    s.text(LEFT + mm(96), s.height - mm(40), "领款人：", body(36))
    signature(s, LEFT + mm(120), s.height - mm(44), c.agent, rng, size=48)
    return [s]
