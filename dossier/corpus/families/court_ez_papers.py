"""What 芗城法院 receives, each in its maker's hand: the lawyers' Word-typed application and letters, the judgments and
award of the deciding body, ID cards and licences copied, the parties' forms filled in ball-pen, the bank's e-receipts,
the 查控 system's printouts. Papers the parties filed online (网上立案) are marked `online` for the capture."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import Block, Sheet, flow, mm, seal, signature, table
from dossier.corpus.families.court_ez_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    number_pages,
    pen,
    run_on,
    serif,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
FROM_SYSTEM = frozenset({"fee_receipt", "online_inquiry_result", "payment_voucher"})
"""printed inside the court (the 非税 receipt, the 查控 printout, the finance office's slip): scanned like its own papers"""
MID = "福建省漳州市中级人民法院"


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _typed(size: int = 38) -> Font:
    return font("sans", size)


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = _draw(code, c, rng, served)
    if code not in FROM_SYSTEM:
        for s in sheets:
            setattr(s, "online", True)  # noqa: B010 - the capture reads it off the sheet
    return sheets


def _draw(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return _award(c, rng) if _tale(c) == "award" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _effect(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        return [_licence(p, c, rng)] if p.kind == "organisation" else [_id_card(p, c, rng)]
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return [_lawyer_card(c, rng)]
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "payment_account_confirmation":
        return _account(c, rng)
    if code == "service_address_confirmation":
        return _address(c, rng)
    if code == "property_declaration_form":
        return _declaration(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return _voucher(c, rng)


def _who(label: str, p: Party) -> list[Block]:
    if p.kind == "organisation":
        return [("f", f"{label}：{p.name}"), ("f", f"住所：{p.address}"), ("f", f"统一社会信用代码：{p.id_number}"),
                ("f", f"法定代表人：{p.legal_rep}　　电话：{p.phone}")]
    born = p.born or date(1980, 1, 1)
    return [("f", f"{label}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族"),
            ("f", f"住址：{p.address}"), ("f", f"公民身份号码：{p.id_number}　　电话：{p.phone}")]


def _party_mark(s: Sheet, p: Party, x: float, y: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, x + mm(22), y, p.name, rng, radius=mm(20))
        signature(s, x + mm(48), y + 10, p.legal_rep, rng)
    else:
        signature(s, x, y - 20, p.name, rng)
        s.draw.ellipse((x + mm(30), y - 10, x + mm(30) + 34, y + 30), fill=(200, 40, 40))  # 指印


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "强制执行申请书", font("hei", 64), spacing=6)
    ask = [("p", f"1.请求强制被执行人{r.name}向申请执行人支付{money(c.amount)}；"),
           ("p", "2.请求强制被执行人加倍支付迟延履行期间的债务利息；"),
           ("p", "3.本案申请执行费由被执行人负担。")]
    why = {"bulb": f"申请人向被申请人供应漳州水仙花种球{c.extra.get('bulbs', 0)}粒（{c.extra.get('grade', '')}规格），"
                   "被申请人收货后拒付货款，申请人诉至贵院。",
           "award": f"申请人与被申请人签订《{c.extra.get('brand', '')}系列产品区域经销合同》，被申请人提货"
                    f"{c.extra.get('boxes', 0)}箱后未付货款，申请人依合同仲裁条款申请仲裁。",
           "appeal": f"被申请人承租申请人所有的{c.extra.get('shop', '')}，拖欠租金，申请人诉至芗城区人民法院，"
                     "被申请人不服一审判决提起上诉。"}[_tale(c)]
    blocks: list[Block] = [*_who("申请执行人", a), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                           *_who("被执行人", r), ("f", "执行请求："), *ask, ("f", "事实与理由："),
                           ("p", why + f"{c.basis_court}作出{c.basis_number}"
                                  f"{'裁决书' if _tale(c) == 'award' else '民事判决书'}，该文书已于{num_date(c.basis_effective)}"
                                  "发生法律效力。被执行人至今未履行义务，申请人依照《中华人民共和国民事诉讼法》第二百四十七条的规定，"
                                  "特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = run_on(blocks, s, mm(52), f=_typed(37), lh=66)
    last = sheets[-1]
    if y > last.height - mm(70):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    last.text(last.width - RIGHT - mm(95), y + 40, "申请执行人（签章）：", _typed(37))
    _party_mark(last, a, last.width - RIGHT - mm(60), y + 150, rng)
    last.right(last.width - RIGHT - mm(10), y + 260, num_date(c.filed_on - timedelta(days=1)), _typed(37))
    return number_pages(sheets)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    appeal = _tale(c) == "appeal"
    court = MID if appeal else COURT
    s = Sheet()
    s.centred(mm(32), court, font("ming", 58), spacing=5)
    s.centred(mm(50), "民 事 判 决 书", font("ming", 74), spacing=14)
    s.right(s.width - mm(26), mm(70), c.basis_number, font("ming", 38))
    if appeal:
        facts: list[Block] = [
            ("f", f"上诉人（原审被告）：{r.name}，住{r.address}。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住{a.address}。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}房屋租赁合同纠纷一案，不服福建省漳州市芗城区人民法院"
                  f"{c.extra['first_no']}民事判决，向本院提起上诉。本院依法组成合议庭进行了审理。本案现已审理终结。"),
            ("p", f"上诉人上诉称，案涉{c.extra['shop']}交付时存在漏水，一审未予扣减租金不当。被上诉人辩称，店面已按约交付，"
                  "上诉人从未提出异议，请求驳回上诉。"),
            ("p", "本院认为，上诉人主张的漏水问题未提供证据证明，且其持续经营至合同解除，一审认定欠付租金数额正确。"
                  "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项的规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"一审判决确定上诉人{r.name}应向被上诉人支付欠付租金及违约金共计{money(c.amount)}。二审案件受理费"
                  f"{int(c.amount) // 100 + 25}元，由上诉人负担。"),
            ("p", "本判决为终审判决。"),
        ]
        who = [("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
    else:
        facts = [
            ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，总经理。"),
            ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
            ("p", f"原告向本院提出诉讼请求：判令被告支付水仙花种球货款及逾期付款损失。事实与理由：原告于2022年10月向被告交付"
                  f"漳州水仙花种球{c.extra['bulbs']}粒（{c.extra['grade']}），被告雕刻催花后售出，货款至今未付。"),
            ("p", "本院认为，原、被告之间的买卖合同关系合法有效，原告已依约交货，被告应支付货款。依照《中华人民共和国民法典》"
                  "第五百七十七条、第六百二十六条的规定，判决如下："),
            ("p", f"被告{r.name}应于本判决生效之日起十日内支付原告{a.name}货款及逾期付款损失共计{money(c.amount)}。"),
            ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                  "加倍支付迟延履行期间的债务利息。"),
            ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于福建省漳州市中级人民法院。"),
        ]
        who = [("审判员", person_name(rng))]
    sheets, y = run_on(facts, s, mm(84), f=font("ming", 40), lh=72)
    last = sheets[-1]
    if y > last.height - mm(95):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    y += 40
    for role, name in [*who, ("书记员", person_name(rng))]:
        last.text(last.width - RIGHT - mm(62), y, f"{role}　　{name}", font("ming", 40))
        y += 70
    when = c.basis_effective - timedelta(days=rng.randint(12, 20))
    last.right(last.width - RIGHT - mm(12), y + 10, cn_date(when), font("ming", 40))
    seal(last, last.width - RIGHT - mm(40), y, court, rng, radius=mm(21))
    last.box(LEFT, y + 120, LEFT + mm(52), y + 190, width=3, outline=(190, 40, 40))
    last.text(LEFT + 12, y + 135, "本件与原本核对无异", font("ming", 32), fill=(190, 40, 40))
    return number_pages(sheets)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(28), "漳 州 仲 裁 委 员 会", font("hei", 60))
    s.centred(mm(45), "裁　决　书", font("hei", 76))
    s.right(s.width - RIGHT, mm(64), c.basis_number, _typed(36))
    s.line(LEFT, mm(72), s.width - RIGHT, mm(72), width=5, fill=(40, 70, 140))
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}，住所{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"被申请人：{r.name}，住所{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"漳州仲裁委员会根据申请人与被申请人签订的《{c.extra['brand']}系列产品区域经销合同》中的仲裁条款及申请人的"
              "仲裁申请，受理了本案。本案适用独任仲裁，被申请人经书面通知无正当理由未到庭，仲裁庭依法缺席审理。"),
        ("p", f"申请人称：被申请人自2022年起经销申请人生产的{c.extra['brand']}片、{c.extra['brand']}胶囊等中成药，"
              f"累计提货{c.extra['boxes']}箱，经对账尚欠货款未付。"),
        ("p", "仲裁庭认为：双方经销合同合法有效，对账单经被申请人盖章确认，欠款事实清楚。裁决如下："),
        ("p", f"（一）被申请人{r.name}向申请人{a.name}支付货款及违约金共计{money(c.amount)}；"),
        ("p", "（二）本案仲裁费由被申请人承担。"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内付清。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = run_on(blocks, s, mm(80), f=_typed(37), lh=68)
    last = sheets[-1]
    if y > last.height - mm(80):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    last.text(last.width - RIGHT - mm(70), y + 40, f"独任仲裁员　{person_name(rng)}", _typed(38))
    when = c.basis_effective
    last.right(last.width - RIGHT - mm(10), y + 140, num_date(when), _typed(38))
    seal(last, last.width - RIGHT - mm(38), y + 130, "漳州仲裁委员会", rng, radius=mm(21))
    last.text(last.width - RIGHT - mm(70), y + 240, f"书　　记　{person_name(rng)}", _typed(38))
    return number_pages(sheets)


def _effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if _tale(c) == "award":
        s.centred(mm(40), "漳州仲裁委员会", font("hei", 56))
        s.centred(mm(58), "裁决书生效证明", font("hei", 66), spacing=8)
        text = (f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}经销合同纠纷一案，于{cn_date(c.basis_effective)}"
                f"作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，已依法送达双方当事人。")
        issuer, f = "漳州仲裁委员会", _typed(40)
    else:
        s.centred(mm(40), COURT, font("ming", 54), spacing=3)
        s.centred(mm(58), "生 效 证 明 书", font("ming", 70), spacing=10)
        kind = "二审民事判决书" if _tale(c) == "appeal" else "民事判决书"
        extra = (f"（一审案号{c.extra['first_no']}，经福建省漳州市中级人民法院{c.basis_number}判决驳回上诉，维持原判）"
                 if _tale(c) == "appeal" else f"{c.basis_number}")
        text = (f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案{extra}，{kind}已于"
                f"{cn_date(c.basis_effective)}发生法律效力。")
        issuer, f = COURT, font("ming", 40)
    sheets, y = run_on([("f", f"{c.applicant.name}："), ("p", text), ("p", "特此证明。")], s, mm(80), f=f, lh=72)
    x1 = s.width - RIGHT - mm(12)
    s.right(x1, y + 120, cn_date(c.basis_effective + timedelta(days=rng.randint(3, 9))), f)
    seal(s, x1 - mm(26), y + 110, issuer, rng, radius=mm(21))
    pen(s, LEFT, y + 300, f"承办人：{person_name(rng)}", rng, size=38, ink=(25, 25, 25))
    return sheets


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    w, h = mm(86), mm(54)
    x = (s.width - w) // 2
    for k, y in enumerate((mm(40), mm(110))):
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=30, outline=(90, 90, 90), width=3, fill=(238, 240, 244))
        if k == 0:
            born = p.born or date(1980, 1, 1)
            rows = [("姓　名", p.name), ("性　别", f"{p.sex}　　民族　汉"), ("出　生", f"{born.year} 年 {born.month} 月 {born.day} 日")]
            yy = y + 40
            for lab, val in rows:
                s.text(x + 40, yy, lab, font("hei", 28), fill=(60, 90, 140))
                s.text(x + 150, yy, val, font("hei", 32))
                yy += 60
            s.text(x + 40, yy, "住　址", font("hei", 28), fill=(60, 90, 140))
            addr = p.address.replace("福建省", "福建省")
            s.text(x + 150, yy, addr[:14], font("hei", 30))
            s.text(x + 150, yy + 44, addr[14:28], font("hei", 30))
            s.text(x + 40, y + h - 70, "公民身份号码", font("hei", 28), fill=(60, 90, 140))
            s.text(x + 240, y + h - 74, p.id_number, font("mono", 38))
            s.draw.rectangle((x + w - 230, y + 40, x + w - 40, y + 270), fill=(200, 204, 210))
        else:
            s.centred(y + 60, "中华人民共和国", font("hei", 44), x0=x, x1=x + w)
            s.centred(y + 130, "居 民 身 份 证", font("hei", 54), x0=x, x1=x + w)
            s.text(x + 60, y + h - 120, "签发机关　漳州市公安局芗城分局", font("hei", 28))
            got = (p.born or date(1980, 1, 1)).year + 30
            s.text(x + 60, y + h - 70, f"有效期限　{got}.05.12-{got + 20}.05.12", font("hei", 28))
    pen(s, x, mm(180), "此复印件与原件一致，仅供法院执行使用", rng, size=42, ink=(25, 25, 25))
    signature(s, x + mm(40), mm(195), p.name, rng, ink=(25, 25, 25))
    pen(s, x + mm(40), mm(212), num_date(c.filed_on - timedelta(days=2)), rng, size=38, ink=(25, 25, 25))
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    gold = (170, 120, 50)
    s.box(mm(16), mm(22), s.width - mm(16), mm(200), width=8, outline=gold)
    s.box(mm(20), mm(26), s.width - mm(20), mm(196), width=2, outline=gold)
    s.centred(mm(36), "营 业 执 照", font("serif_bold", 86), fill=(150, 30, 30))
    s.centred(mm(56), "（副　本）", font("serif", 36))
    s.text(mm(26), mm(68), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "花卉种植、销售；园艺服务" if "园艺" in p.name or "花卉" in p.name else "中成药、保健食品批发零售"),
            ("注册资本", f"{rng.choice([100, 300, 500, 1000])}万元人民币"), ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    y = mm(80)
    for lab, val in rows:
        s.text(mm(30), y, lab, font("serif_bold", 34))
        s.text(mm(70), y, val[:26], font("serif", 34))
        if len(val) > 26:
            s.text(mm(70), y + 48, val[26:], font("serif", 34))
            y += 48
        y += 76
    seal(s, s.width - mm(60), mm(175), "漳州市芗城区市场监督管理局" if p.id_number[2:8] == "350602" else "漳州市龙海区市场监督管理局",
         rng, radius=mm(20))
    seal(s, mm(70), mm(225), p.name, rng, radius=mm(19))
    pen(s, mm(100), mm(222), "与原件核对一致", rng, size=44, ink=(25, 25, 25))
    return s


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", font("hei", 66))
    blocks: list[Block] = [
        ("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("p", f"现委托上列受托人在委托人与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
        ("f", "代理权限：特别授权。"),
        ("p", "代为申请强制执行，提供财产线索，申请采取查封、冻结、扣划等执行措施，代为参加执行听证、约谈，代为达成、签订"
              "执行和解协议，代为领取执行款，代为签收法律文书，代为申请终结本次执行程序或恢复执行。"),
        ("f", "委托期限：自签署之日起至本案执行终结之日止。"),
    ]
    sheets, y = run_on(blocks, s, mm(55), f=_typed(38), lh=70)
    s.text(s.width - RIGHT - mm(90), y + 60, "委托人（签章）：", _typed(38))
    _party_mark(s, a, s.width - RIGHT - mm(60), y + 170, rng)
    s.text(s.width - RIGHT - mm(90), y + 280, "受托人：", _typed(38))
    signature(s, s.width - RIGHT - mm(60), y + 270, c.agent, rng)
    s.right(s.width - RIGHT - mm(10), y + 380, num_date(c.filed_on - timedelta(days=3)), _typed(38))
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 30)
    s.centred(mm(30), f"{c.firm}", font("serif_bold", 64), fill=red, spacing=4)
    s.line(LEFT, mm(46), s.width - RIGHT, mm(46), width=6, fill=red)
    s.centred(mm(54), "函", font("serif_bold", 80))
    s.right(s.width - RIGHT, mm(70), f"（{c.filed_on.year}）{c.firm[2:4]}律执字第{rng.randint(20, 260)}号", _typed(34))
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
              "执行一案的委托代理人，特此函告。"),
        ("f", "附：授权委托书一份、律师执业证复印件一份"),
    ]
    sheets, y = run_on(blocks, s, mm(82), f=_typed(38), lh=72)
    x1 = s.width - RIGHT - mm(10)
    s.right(x1, y + 110, c.firm, _typed(38))
    s.right(x1, y + 180, num_date(c.filed_on - timedelta(days=2)), _typed(38))
    seal(s, x1 - mm(32), y + 150, c.firm, rng, radius=mm(21))
    s.text(LEFT, s.height - mm(40), f"地址：{c.extra['firm_addr']}　电话：0596-{rng.randint(2000000, 2999999)}", _typed(28))
    return sheets


def _lawyer_card(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    x0, y0, w, h = mm(30), mm(40), mm(150), mm(100)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), outline=(80, 80, 80), width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=1)
    s.draw.rectangle((x0 + 40, y0 + 60, x0 + 290, y0 + 380), fill=(205, 208, 215))
    s.text(x0 + 40, y0 + 420, "持证人照片", font("hei", 26), record=False)
    right = x0 + w / 2 + 40
    rows = [("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
            ("持证人", c.agent), ("性别", "男"), ("发证机关", "福建省司法厅")]
    y = y0 + 50
    for lab, val in rows:
        s.text(right, y, f"{lab}：{val}", font("hei", 30))
        y += 62
    s.text(right, y + 20, f"发证日期：{rng.randint(2012, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", font("hei", 28))
    seal(s, x0 + w - mm(26), y0 + h - mm(22), "福建省司法厅", rng, radius=mm(16))
    y1 = y0 + h + mm(12)
    s.draw.rectangle((x0, y1, x0 + w, y1 + mm(60)), outline=(80, 80, 80), width=3)
    s.centred(y1 + 40, "律师年度考核备案", font("hei", 36), x0=x0, x1=x0 + w)
    s.text(x0 + 60, y1 + 130, f"考核年度　{c.filed_on.year - 1}　　考核结果　称职", font("hei", 30))
    s.text(x0 + 60, y1 + 200, "备案机关　漳州市司法局", font("hei", 30))
    seal(s, x0 + w - mm(40), y1 + mm(36), "漳州市司法局", rng, radius=mm(15))
    pen(s, x0, y1 + mm(72), "复印件与原件一致", rng, size=42, ink=(25, 25, 25))
    signature(s, x0 + mm(70), y1 + mm(70), c.agent, rng, ink=(25, 25, 25))
    return s


def _form_head(title: str, sub: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(mm(26), title, font("hei", 58), spacing=6)
    y = mm(42)
    if sub:
        s.centred(y, sub, _typed(30))
        y += mm(8)
    return s, y + mm(4)


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form_head("被执行人财产线索", "（申请执行人填写，所填内容应真实）")
    r = c.respondent
    rows = [["被执行人", r.name], ["证件号码", r.id_number], ["银行账户", ""], ["不动产", ""], ["车辆", ""], ["其他财产", ""],
            ["提供人", ""]]
    hs = [100, 100, 180, 150, 130, 200, 130]
    table(s, LEFT, y, [mm(38), WIDTH - mm(38)], rows, _typed(34), row_h=hs, centre_first=True)
    x = LEFT + mm(44)
    bank = (f"{c.extra['r_bank']} {c.extra['r_acct']}" if _tale(c) == "bulb" else "不详，请法院网络查询")
    pen(s, x, y + 230, bank, rng, size=38)
    pen(s, x, y + 380 + 40, "不详", rng)
    pen(s, x, y + 530 + 30, "不详", rng)
    other = {"bulb": "龙海九湖种植基地大棚及库存种球", "award": "原门市库存药品（已关门）",
             "appeal": "台湾路店面装修及货架"}[_tale(c)]
    pen(s, x, y + 660 + 60, other, rng, size=38)
    signature(s, x, y + 860 + 20, c.agent, rng)
    pen(s, x + mm(60), y + 860 + 40, num_date(c.filed_on - timedelta(days=1)), rng, size=36)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    green = (40, 110, 70)
    s.centred(mm(26), "福建省政府非税收入票据", font("serif_bold", 54), fill=green)
    s.centred(mm(40), "（电子）", font("serif", 32), fill=green)
    s.text(LEFT, mm(52), f"票据代码：35060124　票据号码：{rng.randint(10**9, 10**10 - 1)}", font("serif", 30), fill=green)
    s.right(s.width - RIGHT, mm(52), f"开票日期：{c.day(2):%Y-%m-%d}", font("serif", 30), fill=green)
    rows = [["交款人", c.applicant.name, "交款人统一社会信用代码", c.applicant.id_number],
            ["项目编码", "103040101", "项目名称", "申请执行费"],
            ["数量", "1", "标准", f"{c.extra['fee']}"],
            ["金额（大写）", money_caps(c.extra["fee"])], ["金额（小写）", f"￥{c.extra['fee']:.2f}"],
            ["备注", f"{c.number}"]]
    table(s, LEFT, mm(60), [mm(36), mm(54), mm(42), WIDTH - mm(132)], rows, font("serif", 30), row_h=96,
          centre_first=True, fill=green)
    s.text(LEFT, mm(60) + 96 * 6 + 40, f"收款单位（章）：{COURT}　　复核人：{person_name(rng)}　　收款人：{person_name(rng)}",
           font("serif", 28), fill=green)
    seal(s, s.width - mm(70), mm(60) + 96 * 6 + 20, "福建省财政厅非税收入票据监制章", rng, radius=mm(16))
    return s


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s, y = _form_head("收取执行款账户确认书")
    flow(s, [("p", f"本人/本单位在{c.number}案件中确认以下账户为收取执行款的唯一账户，法院将执行款转入该账户即视为"
                   "已向本人/本单位交付，因账户信息错误造成的后果由本人/本单位承担。")],
         _typed(36), x0=LEFT, width=WIDTH, y=y, line_height=64, indent=72)
    y += 240
    rows = [["户名", ""], ["开户行", ""], ["账号", ""], ["联系电话", ""]]
    table(s, LEFT, y, [mm(36), WIDTH - mm(36)], rows, _typed(34), row_h=110, centre_first=True)
    x = LEFT + mm(44)
    pen(s, x, y + 30, a.name, rng)
    pen(s, x, y + 140, c.extra["in_bank"], rng)
    pen(s, x, y + 250, " ".join(c.extra["in_acct"][i:i + 4] for i in range(0, 16, 4)), rng)
    pen(s, x, y + 360, a.phone, rng)
    y += 500
    s.text(LEFT + mm(80), y, "确认人（签章）：", _typed(36))
    _party_mark(s, a, LEFT + mm(115), y + 90, rng)
    pen(s, LEFT + mm(90), y + 200, num_date(c.filed_on), rng, size=38)
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s, y = _form_head("送达地址确认书", "福建省漳州市芗城区人民法院")
    rows = [["案号", c.number], ["受送达人", a.name], ["委托代理人", f"{c.agent}（{c.firm}）"], ["送达地址", ""], ["手机号码", ""],
            ["是否同意电子送达", "□是　□否"], ["电子送达方式", ""], ["告知事项", "1.受送达人应如实提供送达地址，地址变更应及时书面告知法院；"
                                                                 "2.因地址不准确、拒收等导致文书未能被实际接收的，文书退回之日视为送达之日。"],
            ["受送达人确认", ""]]
    hs = [96, 96, 96, 130, 96, 96, 110, 230, 200]
    table(s, LEFT, y, [mm(50), WIDTH - mm(50)], rows, _typed(32), row_h=hs, centre_first=True)
    x = LEFT + mm(56)
    pen(s, x, y + 96 * 3 + 30, c.extra["firm_addr"], rng, size=36)
    pen(s, x, y + 96 * 3 + 130 + 20, c.agent_phone, rng)
    pen(s, x - 6, y + 96 * 3 + 130 + 96 + 12, "√", rng, size=52)
    pen(s, x, y + 96 * 3 + 130 + 192 + 26, f"手机短信、微信 {c.agent_phone}", rng, size=36)
    signature(s, x, y + sum(hs[:8]) + 50, c.agent, rng)
    pen(s, x + mm(60), y + sum(hs[:8]) + 120, num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s, y = _form_head("被执行人财产申报表")
    s.text(LEFT, y, f"案号：{c.number}　　申报人：{r.name}", _typed(32))
    y += 70
    kinds = ["银行存款、现金", "理财产品、证券", "房屋、土地", "车辆、船舶", "股权、投资", "应收账款、债权", "其他财产",
             "一年内财产变动情况"]
    rows = [["财产种类", "具体情况（名称、数量、价值、所在地）"], *[[k, ""] for k in kinds]]
    hs = [90, *[128] * len(kinds)]
    table(s, LEFT, y, [mm(52), WIDTH - mm(52)], rows, _typed(32), row_h=hs, centre_first=True)
    said = {"bulb": ["龙海农商行九湖支行基本户，余额约十余万元", "无", "无（种植基地为租赁）", "无", "无",
                     "花店客户欠款约三万元，难以收回", "大棚内剩余种球约两千粒", "无"],
            "award": ["账户已无余额", "无", "无", "无", "无", "下游药店欠款，无法收回", "无", "门市已关闭，库存已退还"],
            "appeal": ["个人卡存款少量", "无", "无", "无", "无", "无", "店内货架、冷柜", "无"]}[_tale(c)]
    for k, text in enumerate(said):
        pen(s, LEFT + mm(58), y + 90 + 128 * k + 38, text, rng, size=36)
    y += sum(hs) + 50
    s.text(LEFT, y, "申报人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", _typed(32))
    s.text(LEFT + mm(90), y + 90, "申报人（签章）：", _typed(34))
    _party_mark(s, r, LEFT + mm(125), y + 180, rng)
    pen(s, LEFT + mm(100), y + 280, num_date(c.day(14)), rng, size=36)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    mono = font("mono", 28)
    s.centred(mm(22), "网络执行查控系统  查询结果反馈", font("hei", 48))
    s.text(LEFT, mm(36), f"案号：{c.number}    被查询人：{r.name}    证照号码：{r.id_number}", mono)
    s.text(LEFT, mm(42), f"查询发起：{c.day(4):%Y-%m-%d}    承办人：{c.officer}", mono)
    rows = [["序号", "协助单位", "反馈日期", "反馈结果"]]
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "兴业银行", "漳州农村商业银行", "龙海农商银行", "公安部交通管理局",
             "自然资源部", "中国证券登记结算公司", "支付宝（中国）", "财付通"]
    for i, u in enumerate(units, 1):
        got = c.day(rng.randint(4, 6))
        if _tale(c) == "bulb" and u == "龙海农商银行":
            res = f"账户{c.extra['r_acct']} 余额{c.amount * 2:,.2f} 已冻结"
        elif _tale(c) == "appeal" and u == "兴业银行":
            res = f"账户余额{rng.randint(300, 4000)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到相关信息"
        rows.append([str(i), u, f"{got:%Y-%m-%d}", res])
    table(s, LEFT, mm(50), [mm(16), mm(56), mm(32), WIDTH - mm(104)], rows, mono, row_h=78, centre_first=True)
    s.text(LEFT, s.height - mm(22), f"打印时间：{c.day(6):%Y-%m-%d} 16:{rng.randint(10, 59)}    第1页/共1页", mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), "执行和解协议", font("hei", 64), spacing=10)
    d = c.day(31)
    first = (c.amount * 3 / 10).quantize(Decimal("0.01"))
    blocks: list[Block] = [*_who("甲方（申请执行人）", a), *_who("乙方（被执行人）", r),
                           ("p", f"甲乙双方就{c.number}执行一案，经协商自愿达成如下和解协议："),
                           ("p", f"一、乙方应向甲方支付{money(c.amount)}，于本协议签订当日支付{first:,.2f}元，余款于"
                                 f"{num_date(c.extra['pay_day'])}前一次付清；" if _tale(c) != "bulb" else
                                 f"一、乙方同意法院从已冻结的{c.extra.get('r_bank', '')}账户内扣划{money(c.amount)}"
                                 "交付甲方，乙方不再就扣划提出异议；"),
                           ("p", "二、乙方按约付清后，甲方放弃迟延履行期间的债务利息，申请执行费由乙方负担；"),
                           ("p", "三、乙方未按期足额付款的，甲方可申请恢复执行原生效法律文书；"),
                           ("p", f"四、款项支付至{c.extra['in_bank']}甲方账户；本协议一式三份，双方各执一份，交"
                                 f"{COURT}一份。")]
    sheets, y = run_on(blocks, s, mm(50), f=_typed(37), lh=66)
    last = sheets[-1]
    if y > last.height - mm(70):
        sheets.append(Sheet())
        last, y = sheets[-1], TOP
    last.text(LEFT, y + 50, "甲方：", _typed(37))
    _party_mark(last, a, LEFT + mm(20), y + 140, rng)
    last.text(LEFT + WIDTH / 2, y + 50, "乙方：", _typed(37))
    _party_mark(last, r, LEFT + WIDTH / 2 + mm(20), y + 140, rng)
    pen(last, LEFT + mm(20), y + 260, num_date(d), rng, size=38, ink=(25, 25, 25))
    pen(last, LEFT + WIDTH / 2 + mm(20), y + 260, num_date(d), rng, size=38, ink=(25, 25, 25))
    return number_pages(sheets)


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The finance office's 执行款发放审批 slip over the bank's e-receipt of the payout to the applicant."""
    s = Sheet()
    s.centred(mm(20), COURT, font("serif_bold", 42))
    s.centred(mm(30), "执行款发放凭证", font("serif_bold", 54), spacing=6)
    paid = c.extra["pay_day"] + timedelta(days=rng.randint(2, 6))
    rows = [["案号", c.number, "发放日期", num_date(paid)], ["收款人", c.applicant.name, "开户行", c.extra["in_bank"]],
            ["账号", c.extra["in_acct"], "金额", f"{c.amount:,.2f}元"], ["款项来源", "扣划被执行人存款" if _tale(c) == "bulb" else "被执行人和解履行款"]]
    y = table(s, LEFT, mm(44), [mm(28), mm(62), mm(28), WIDTH - mm(118)], rows, serif(30), row_h=96, centre_first=True)
    s.text(LEFT, y + 20, f"承办人：{c.officer}　　审批：{person_name(rng)}　　财务：{person_name(rng)}", serif(30))
    y += mm(26)
    s.line(LEFT, y, s.width - RIGHT, y, width=2, fill=(150, 150, 150))
    y += mm(8)
    blue = (30, 60, 130)
    s.centred(y, "兴业银行 电子回单（付款）", font("sans_bold", 42), fill=blue)
    y += mm(14)
    lines = [f"回单编号：{rng.randint(10**11, 10**12 - 1)}　　交易日期：{paid:%Y-%m-%d}",
             f"付款户名：{COURT}（执行款专户）", f"付款账号：{rng.randint(10**15, 10**16 - 1)}",
             f"收款户名：{c.applicant.name}", f"收款账号：{c.extra['in_acct']}　开户行：{c.extra['in_bank']}",
             f"金额（小写）：CNY {c.amount:,.2f}", f"金额（大写）：{money_caps(c.amount)}", f"用途：{c.number}执行款"]
    for ln in lines:
        s.text(LEFT + mm(6), y, ln, font("sans", 30), fill=(40, 40, 40))
        y += 52
    seal(s, s.width - RIGHT - mm(40), y - 120, "兴业银行漳州分行电子回单专用章", rng, radius=mm(17))
    s.text(LEFT, s.height - mm(20), f"经办柜员：ZZ{rng.randint(100, 999)}　打印次数：1", font("sans", 24), fill=(90, 90, 90))
    return [s]
