"""What reaches 吴兴法院执行局 from outside, each in its maker's hand: the lawyer's typed 申请书 and 所函, 湖州中院's
二审 judgment, 湖州仲裁委员会's award and 生效证明, the 苕溪公证处's 公证书 and 执行证书, licences and ID copies, the
bank's 电子回单, the 查控 system's printout, forms the parties fill at the 诉讼服务中心 window."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_da_kit import (
    COURT,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    body,
    fill,
    footer,
    rule_title,
    typed,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。\n法定代表人：{p.legal_rep}，职务：总经理。"
    return (f"{p.name}，{p.sex}，{p.born.year if p.born else 1980}年{p.born.month if p.born else 1}月"
            f"{p.born.day if p.born else 1}日出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def _lines(label: str, p: Party) -> list[Block]:
    first, *rest = _who(p).split("\n")
    return [("f", f"{label}：{first}"), *[("f", x) for x in rest]]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    filed = c.filed_on
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "enforcement_basis":
        return {"guar": _judgment, "oem": _award, "notary": _notarial}[_tale(c)](c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "power_of_attorney":
        s = Sheet()
        y = rule_title(s, MARGIN_T + 20, "授权委托书", font("serif_bold", 68), spacing=20)
        blocks: list[Block] = [*_lines("委托人", a),
                               ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                               ("p", f"现委托上列受托人在委托人与{r.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
                               ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请采取执行措施、代为签收法律文书、"
                                     "参加约谈、代为和解、代为领取执行款、申请终结本次执行程序及申请恢复执行。"),
                               ("p", "委托期限：自本委托书签订之日起至本案执行终结之日止。")]
        sheets, y = typed(blocks, head=s, y=y + 20, f=font("serif", 40), lh=72)
        last = sheets[-1]
        last.text(last.width - MARGIN_R - mm(90), y + 80, "委托人（签章）：", font("serif", 40))
        _sign_party(last, a, last.width - MARGIN_R - mm(40), y + 170, rng)
        last.right(last.width - MARGIN_R, y + 330, num_date(filed - timedelta(days=8)), font("serif", 40))
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(MARGIN_T, c.firm, font("serif_bold", 66), spacing=6)
        s.line(MARGIN_L, MARGIN_T + 100, s.width - MARGIN_R, MARGIN_T + 100, width=5, fill=(190, 40, 40))
        s.centred(MARGIN_T + 150, "律师事务所函", font("hei", 60))
        s.right(s.width - MARGIN_R, MARGIN_T + 250, f"（{filed.year}）浙律函字第{rng.randint(11, 298)}号", font("serif", 38))
        sheets, y = typed([("f", f"{COURT}："),
                           ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的代理人。"),
                           ("p", "特此函告。"),
                           ("f", "附：授权委托书一份"),
                           ("f", f"本所地址：{c.extra['firm_addr']}　联系电话：{c.agent_phone}")],
                          head=s, y=MARGIN_T + 340, f=font("serif", 42), lh=80)
        s.right(s.width - MARGIN_R, y + 120, cn_date(filed - timedelta(days=7)), font("serif", 42))
        seal(s, s.width - MARGIN_R - mm(35), y + 130, c.firm, rng, radius=mm(20))
        return sheets
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, r if "respondent" in served else a)
    if code == "property_clue_form":
        return _clues(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
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


def _sign_party(s: Sheet, p: Party, cx: float, cy: float, rng: random.Random) -> None:
    if p.kind == "organisation":
        seal(s, cx, cy, p.name, rng, radius=mm(19))
    else:
        signature(s, cx - mm(18), cy - mm(6), p.name, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    f = font("sans", 38)
    s = Sheet()
    s.centred(MARGIN_T + 10, "强制执行申请书", font("sans_bold", 66), spacing=12)
    ask = {"oem": f"返还预付加工费并支付违约金合计{money(c.amount)}",
           "guar": f"归还借款本金及利息合计{money(c.amount)}，被执行人{c.extra.get('guarantor', r).name}承担连带清偿责任",
           "notary": f"归还借款本金{money(c.amount)}及利息、罚息"}[_tale(c)]
    facts = {
        "oem": lambda: f"申请人与被执行人签订《童装委托加工（贴牌）合同》，委托被执行人加工款号{c.extra['style_no']}儿童羽绒服、"
               f"棉服{c.extra['pieces']}件。被执行人交货质量不合格且逾期交货，申请人依合同约定向湖州仲裁委员会申请仲裁，该会作出"
               f"{c.basis_number}裁决书，裁决已发生法律效力，被执行人至今未履行。",
        "guar": lambda: f"被执行人{r.name}向申请人借款，被执行人{c.extra['guarantor'].name}提供连带责任保证。借款到期未还，申请人诉至"
                f"{COURT}，一审判决后{c.extra['guarantor'].name}上诉，浙江省湖州市中级人民法院作出{c.basis_number}民事判决，"
                "驳回上诉，维持原判。判决已生效，二被执行人均未履行。",
        "notary": lambda: f"申请人于{num_date(c.extra['lent_on'])}向被执行人发放贷款，双方签订的《借款合同》经浙江省湖州市苕溪公证处"
                  f"公证并赋予强制执行效力。借款到期后被执行人未还本金，公证处已出具{c.extra['cert_no']}执行证书。",
    }[_tale(c)]()
    blocks: list[Block] = [*_lines("申请执行人", a), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), *_lines("被执行人", r),
                           *(_lines("被执行人", c.extra["guarantor"]) if _tale(c) == "guar" else []),
                           ("f", "执行依据：" + f"{c.basis_court}{c.basis_number}"),
                           ("f", "申请事项："),
                           ("p", f"1. 依法强制执行被执行人{ask}；"),
                           ("p", "2. 被执行人加倍支付迟延履行期间的债务利息；"),
                           ("p", "3. 对被执行人采取限制高消费措施，并纳入失信被执行人名单；"),
                           ("p", "4. 本案执行费用由被执行人负担。"),
                           ("f", "事实与理由："), ("p", facts),
                           ("p", "为此，依照《中华人民共和国民事诉讼法》的有关规定，特向贵院申请强制执行。"),
                           ("f", "此致"), ("f", COURT)]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 140, f=f, lh=66)
    last = sheets[-1]
    if y > last.height - mm(80):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    last.text(last.width - MARGIN_R - mm(85), y + 60, "申请执行人：", f)
    _sign_party(last, a, last.width - MARGIN_R - mm(30), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 240, num_date(c.filed_on - timedelta(days=6)), f)
    return footer(sheets, font("sans", 28), style="dash")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖州中院's 二审 judgment on a 民间借贷 guarantee: court line and title in the 宋体 of the 裁判文书 template,
    the parties stacked (上诉人 the guarantor), a long recital, 驳回上诉 at the end; two or three pages."""
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    court = "浙江省湖州市中级人民法院"
    s = Sheet()
    f = font("song_gb", 42)
    s.centred(MARGIN_T, court, font("song_gb", 62), spacing=4)
    s.centred(MARGIN_T + 105, "民 事 判 决 书", font("song_gb", 80), spacing=8)
    s.right(s.width - MARGIN_R, MARGIN_T + 235, c.basis_number, f)
    principal = (c.amount * Decimal("0.86")).quantize(Decimal("1000"))
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{g.name}，{g.sex}，{g.born.year if g.born else 1982}年出生，汉族，住{g.address}。"),
        ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，{a.born.year if a.born else 1970}年出生，汉族，住{a.address}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"原审被告：{r.name}，{r.sex}，{r.born.year if r.born else 1985}年出生，汉族，住{r.address}。"),
        ("p", f"上诉人{g.name}因与被上诉人{a.name}、原审被告{r.name}民间借贷纠纷一案，不服浙江省湖州市吴兴区人民法院"
              f"{c.extra['first_no']}民事判决，向本院提起上诉。本院于立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{g.name}上诉请求：撤销原判第二项，改判驳回{a.name}对其的诉讼请求。事实和理由：上诉人在借条上签名时以为是"
              "见证人，并无提供担保的意思；借款已超过保证期间，上诉人不应承担保证责任。"),
        ("p", f"{a.name}辩称：借条“担保人”一栏由{g.name}亲笔签名，约定承担连带责任；其在借款到期后六个月内即向保证人"
              "主张权利，有微信聊天记录为证。一审判决正确，请求驳回上诉。"),
        ("p", f"{r.name}未到庭，亦未提交书面意见。"),
        ("p", f"本院经审理查明：{num_date(c.extra['lent_on'])}，{r.name}向{a.name}借款{principal}元，出具借条一份，约定借期"
              f"一年，月利率1%，{g.name}在借条“担保人”处签名，借条载明“担保人承担连带保证责任”。{a.name}当日通过银行转账"
              f"交付借款。借款到期后，{r.name}未归还本息。一审查明的其他事实属实，本院予以确认。"),
        ("p", f"本院认为，{g.name}在载明“担保人承担连带保证责任”的借条上以担保人身份签名，应当认定其作出了提供连带责任"
              f"保证的意思表示。{a.name}在保证期间内通过微信向{g.name}催要还款，保证期间的主张成立。上诉人的上诉理由均"
              "不能成立。"),
        ("p", "综上所述，上诉人的上诉请求不能成立，应予驳回；一审判决认定事实清楚，适用法律正确，应予维持。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(float(c.amount) * 0.011 + 50)}元，由上诉人{g.name}负担。"),
        ("p", "本判决为终审判决。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 330, f=f, lh=80)
    last = sheets[-1]
    if y > last.height - mm(110):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    x = last.width - MARGIN_R - mm(70)
    for role in ("审　判　长", "审　判　员", "审　判　员"):
        last.text(x, y + 40, f"{role}　{person_name(rng)}", f)
        y += 78
    made = c.basis_effective - timedelta(days=rng.randint(5, 12))
    last.right(last.width - MARGIN_R, y + 90, cn_date(made), f)
    seal(last, last.width - MARGIN_R - mm(40), y + 100, court, rng, radius=mm(21))
    last.text(MARGIN_L + mm(10), y + 175, "本件与原本核对无异", f)
    last.text(x, y + 250, f"书　记　员　{person_name(rng)}", f)
    return footer(sheets, font("song_gb", 30), style="dash")


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖州仲裁委员会's award on a 童装 贴牌加工 contract: the commission's name in kai over a red rule, 裁决书 in hei,
    numbered 一、案情 二、仲裁庭意见 三、裁决, the three arbitrators and the 秘书."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T - 10, "湖州仲裁委员会", font("kai", 76), spacing=18)
    s.line(MARGIN_L, MARGIN_T + 95, s.width - MARGIN_R, MARGIN_T + 95, width=4, fill=(200, 40, 40))
    s.centred(MARGIN_T + 130, "裁　决　书", font("hei", 66), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 240, c.basis_number, font("serif", 38))
    f = font("serif", 40)
    pieces, style = c.extra["pieces"], c.extra["style_no"]
    blocks: list[Block] = [
        *_lines("申请人", a), *_lines("被申请人", r),
        ("p", "湖州仲裁委员会（以下简称仲裁委）根据申请人与被申请人签订的《童装委托加工（贴牌）合同》中的仲裁条款和申请人"
              "提交的仲裁申请书，受理了本案。仲裁委依照《湖州仲裁委员会仲裁规则》组成仲裁庭，于开庭审理，双方均到庭参加了庭审。"
              "本案现已审理终结。"),
        ("c", "一、案情"),
        ("p", f"申请人称：双方约定由被申请人按申请人提供的版型和面料，以申请人品牌加工款号{style}儿童羽绒服、棉服共{pieces}件，"
              "于当年九月底前分三批交货，申请人预付加工费百分之四十。被申请人交付的第一批货经第三方检测绒子含量不合格，第二、三批"
              "逾期五十余日未交，致申请人错过秋冬销售季，订单遭经销商退货。"),
        ("p", "被申请人辩称：面料由申请人指定的供应商供应，延迟到货，迟延交货责任不在被申请人；检测样品抽取不规范。"),
        ("c", "二、仲裁庭意见"),
        ("p", "仲裁庭认为，双方签订的合同系真实意思表示，合法有效。被申请人作为承揽人应按约定的质量和期限交付工作成果。被申请人"
              "所称面料迟延到货，未能提供证据证明；检测报告由具有资质的机构出具，被申请人未申请重新检测。被申请人构成违约。"),
        ("c", "三、裁决"),
        ("p", f"（一）被申请人向申请人返还预付加工费并支付违约金，合计{money(c.amount)}；"),
        ("p", f"（二）本案仲裁费{int(float(c.amount) * 0.018 + 300)}元，由被申请人承担；"),
        ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 320, f=f, lh=72)
    last = sheets[-1]
    if y > last.height - mm(95):
        last = Sheet()
        sheets.append(last)
        y = MARGIN_T
    for role in ("首席仲裁员", "仲　裁　员", "仲　裁　员"):
        last.text(last.width - MARGIN_R - mm(85), y + 40, f"{role}　{person_name(rng)}", f)
        y += 72
    last.right(last.width - MARGIN_R, y + 90, cn_date(c.basis_effective), f)
    seal(last, last.width - MARGIN_R - mm(40), y + 100, "湖州仲裁委员会", rng, radius=mm(21))
    last.text(last.width - MARGIN_R - mm(85), y + 180, f"书　　记　{person_name(rng)}", f)
    return footer(sheets, font("serif", 28))


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """苕溪公证处's 公证书 giving force of execution to a small-loan company's loan contract, on the notary's ruled paper."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T + 30, "公　证　书", font("song_gb", 90), spacing=10)
    s.right(s.width - MARGIN_R, MARGIN_T + 190, c.basis_number, font("song_gb", 40))
    due = c.extra["lent_on"] + timedelta(days=365)
    blocks: list[Block] = [
        ("f", f"申请人：{a.name}（贷款人），住所地{a.address}。"),
        ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"申请人：{r.name}（借款人），{r.sex}，公民身份号码{r.id_number}，{c.extra['shop']}经营者。"),
        ("f", "公证事项：具有强制执行效力的债权文书公证"),
        ("p", f"兹证明贷款人{a.name}的委托代理人与借款人{r.name}于{num_date(c.extra['lent_on'])}在本公证员面前，签订了前面的"
              f"《借款合同》（合同编号XD{c.extra['lent_on']:%Y%m}{rng.randint(100, 999)}）。合同约定：借款金额{money(c.amount)}，"
              f"用于竹制品生产经营周转，期限至{num_date(due)}，按月付息，到期还本。"),
        ("p", "双方在合同中约定：借款人不履行或不完全履行还款义务时，借款人愿意接受依法强制执行；贷款人可向本处申请出具执行证书。"),
        ("p", "双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定；合同上双方当事人的签字、印鉴属实。"
              "依据《中华人民共和国公证法》第三十七条的规定，前面的《借款合同》具有强制执行效力。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 280, f=font("song_gb", 42), lh=82)
    last = sheets[-1]
    last.text(last.width - MARGIN_R - mm(100), y + 70, "中华人民共和国浙江省湖州市苕溪公证处", font("song_gb", 36))
    last.text(last.width - MARGIN_R - mm(100), y + 140, f"公证员　{c.extra['notary']}", font("song_gb", 40))
    last.right(last.width - MARGIN_R, y + 220, cn_date(c.extra["lent_on"]), font("song_gb", 40))
    seal(last, last.width - MARGIN_R - mm(40), y + 160, "浙江省湖州市苕溪公证处", rng, radius=mm(21))
    return footer(sheets, font("song_gb", 30))


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if _tale(c) == "notary":
        s.centred(MARGIN_T + 30, "执行证书", font("song_gb", 84), spacing=12)
        s.right(s.width - MARGIN_R, MARGIN_T + 180, c.extra["cert_no"], font("song_gb", 40))
        blocks: list[Block] = [
            ("f", f"申请执行人：{a.name}，统一社会信用代码{a.id_number}。"),
            ("f", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
            ("f", f"执行标的：借款本金{money(c.amount)}及利息、罚息。"),
            ("p", f"本处于{num_date(c.extra['lent_on'])}出具{c.basis_number}公证书，赋予双方签订的《借款合同》强制执行效力。借款到期"
                  "后，被执行人未归还本金。本处已向被执行人核实，被执行人对债务无异议。债权人可持本证书向有管辖权的人民法院申请执行。"),
        ]
        sheets, y = typed(blocks, head=s, y=MARGIN_T + 270, f=font("song_gb", 42), lh=82)
        s2 = sheets[-1]
        s2.text(s2.width - MARGIN_R - mm(95), y + 70, "浙江省湖州市苕溪公证处", font("song_gb", 40))
        s2.text(s2.width - MARGIN_R - mm(95), y + 140, f"公证员　{c.extra['notary']}", font("song_gb", 40))
        s2.right(s2.width - MARGIN_R, y + 220, cn_date(c.basis_effective), font("song_gb", 40))
        seal(s2, s2.width - MARGIN_R - mm(40), y + 150, "浙江省湖州市苕溪公证处", rng, radius=mm(21))
        return sheets
    f = font("kai", 44)
    s.centred(MARGIN_T, "湖州仲裁委员会", font("kai", 70), spacing=14)
    s.line(MARGIN_L, MARGIN_T + 90, s.width - MARGIN_R, MARGIN_T + 90, width=4, fill=(200, 40, 40))
    s.centred(MARGIN_T + 130, "仲裁裁决生效证明", font("hei", 64), spacing=8)
    s.right(s.width - MARGIN_R, MARGIN_T + 235, f"湖仲证字〔{c.basis_effective.year}〕{rng.randint(10, 300)}号", font("serif", 36))
    sheets, y = typed([("f", f"{COURT}："),
                       ("p", f"申请人{a.name}与被申请人{r.name}承揽合同纠纷一案，本会已于{cn_date(c.basis_effective)}作出"
                             f"{c.basis_number}裁决书，并已依法送达双方当事人。该裁决书自作出之日起发生法律效力。"),
                       ("p", "特此证明。")], head=s, y=MARGIN_T + 330, f=f, lh=84)
    s.right(s.width - MARGIN_R, y + 140, cn_date(c.basis_effective + timedelta(days=rng.randint(20, 35))), f)
    seal(s, s.width - MARGIN_R - mm(40), y + 150, "湖州仲裁委员会", rng, radius=mm(21))
    return sheets


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the 律师执业证's two inside pages on one sheet, 'copy matches original' stamped by the lawyer."""
    s = Sheet()
    x0, y0 = MARGIN_L, MARGIN_T + 60
    w, h = s.width - MARGIN_L - MARGIN_R, mm(95)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(222, 222, 222), outline=(60, 60, 60), width=3)
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=2, fill=(120, 120, 120))
    s.draw.rectangle((x0 + mm(12), y0 + mm(14), x0 + mm(42), y0 + mm(54)), fill=(150, 150, 150))
    f = font("sans", 34)
    s.text(x0 + mm(10), y0 + mm(62), "持证人  " + c.agent, f)
    s.text(x0 + mm(10), y0 + mm(72), f"性　别  {rng.choice('男女')}", f)
    s.text(x0 + mm(10), y0 + mm(82), f"身份证号 {id_number(rng, '330502')}", font("sans", 30))
    xr = x0 + w / 2 + mm(8)
    s.text(xr, y0 + mm(10), "执业机构  " + c.firm, f)
    s.text(xr, y0 + mm(22), "执业证类别  专职", f)
    s.text(xr, y0 + mm(34), "执业证号  " + c.extra["licence"], f)
    s.text(xr, y0 + mm(46), "法律职业资格证号", f)
    s.text(xr, y0 + mm(54), f"A2012{rng.randint(10**9, 10**10 - 1)}", f)
    s.text(xr, y0 + mm(66), "发证机关  浙江省司法厅", f)
    s.text(xr, y0 + mm(78), f"发证日期  {rng.randint(2013, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    s.centred(y0 + h + mm(10), "中华人民共和国律师执业证", font("hei", 44))
    hand(s, MARGIN_L + mm(30), y0 + h + mm(40), "与原件核对一致", rng, size=50, ink=(30, 30, 30))
    signature(s, MARGIN_L + mm(110), y0 + h + mm(40), c.agent, rng)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = Sheet()
    if p.kind == "person":
        for k, top in enumerate((MARGIN_T + 80, MARGIN_T + mm(85))):
            y = float(top)
            x = s.width / 2 - mm(43)
            s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=24, fill=(226, 226, 226), outline=(80, 80, 80), width=3)
            f = font("hei", 30)
            if k == 0:
                s.text(x + mm(5), y + mm(6), f"姓名　{p.name}", f)
                s.text(x + mm(5), y + mm(14), f"性别　{p.sex}　民族　汉", f)
                born = p.born or date(1980, 1, 1)
                s.text(x + mm(5), y + mm(22), f"出生　{born.year}年{born.month}月{born.day}日", f)
                s.text(x + mm(5), y + mm(30), "住址　" + p.address.removeprefix("浙江省湖州市")[:11], f)
                s.text(x + mm(5), y + mm(45), f"公民身份号码　{p.id_number}", font("hei", 32))
                s.draw.rectangle((x + mm(60), y + mm(8), x + mm(81), y + mm(36)), fill=(140, 140, 140))
            else:
                s.centred(y + mm(10), "中华人民共和国", font("hei", 44), x0=x, x1=x + mm(86))
                s.centred(y + mm(22), "居民身份证", font("hei", 56), x0=x, x1=x + mm(86))
                s.text(x + mm(8), y + mm(40), f"签发机关　湖州市公安局{p.address[6:9]}分局", f)
                s.text(x + mm(8), y + mm(47), f"有效期限　{rng.randint(2016, 2021)}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
        hand(s, s.width / 2 - mm(30), MARGIN_T + mm(160), "此复印件与原件一致", rng, size=46, ink=(30, 30, 30))
        signature(s, s.width / 2 - mm(10), MARGIN_T + mm(176), p.name, rng)
        return [s]
    s.draw.rectangle((mm(20), mm(20), s.width - mm(20), s.height * 0.55), outline=(120, 80, 40), width=12)
    s.centred(mm(38), "营业执照", font("serif_bold", 84), spacing=10)
    s.centred(mm(60), "（副　本）", font("serif", 40))
    s.text(mm(32), mm(76), f"统一社会信用代码　{p.id_number}", font("serif", 36))
    f = font("serif", 38)
    items = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
             ("注册资本", f"人民币{rng.choice(['伍佰', '壹仟', '叁佰'])}万元整"), ("住　　所", p.address),
             ("经营范围", "服装、服饰制造、加工" if "制衣" in p.name else ("服装设计、服饰销售、品牌管理" if "服饰" in p.name
                         else "发放贷款及相关咨询活动"))]
    y = float(mm(92))
    for label, v in items:
        s.text(mm(32), y, label, f)
        s.text(mm(78), y, v[:26], f)
        y += mm(13)
    s.text(s.width - mm(100), s.height * 0.55 - mm(28), "登记机关", f)
    seal(s, s.width - mm(60), s.height * 0.55 - mm(34), "湖州市吴兴区市场监督管理局", rng, radius=mm(18))
    y = s.height * 0.58
    s.centred(y, "法定代表人身份证明书", font("hei", 52))
    sheets, _ = typed([("p", f"{p.legal_rep}在我单位任总经理职务，是我单位的法定代表人。"), ("p", "特此证明。")], head=s,
                      y=y + 110, f=body(40), lh=72)
    seal(s, s.width - mm(70), s.height - mm(55), p.name, rng, radius=mm(19))
    s.right(s.width - MARGIN_R, s.height - mm(50), num_date(c.filed_on - timedelta(days=9)), body(38))
    return sheets


def _form(title: str, sub: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(MARGIN_T, title, font("hei", 60), spacing=6)
    y = MARGIN_T + 100
    if sub:
        s.centred(y, sub, body(34))
        y += 70
    return s, y


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form("被执行人财产线索表", f"（由申请执行人填写）　案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    clue = {"oem": lambda: [("银行账户", f"{c.extra['r_bank']}，账号{c.extra['r_acct']}"), ("设备", "织里厂房内平车、拷边机、裁床等"),
                    ("其他", "对电商客户的应收加工款")],
            "guar": lambda: [("银行账户", "不详"), ("工作单位", f"{c.extra['guarantor'].name}在{c.extra['employer']}上班"),
                     ("其他", f"{c.respondent.name}在织里有加工场（租赁）")],
            "notary": lambda: [("银行账户", f"{c.extra['r_bank']}，账号{c.extra['r_acct']}"), ("经营场所", c.extra["shop"]),
                       ("其他", "竹制品库存")]}[_tale(c)]()
    rows = [["申请执行人", ""], ["被执行人", ""], *[[k, ""] for k, _ in clue], ["线索来源", ""], ["申请人签名", ""]]
    table(s, MARGIN_L, y, [mm(40), w - mm(40)], rows, body(38), row_h=140, centre_first=True)
    vals = [c.applicant.name, c.respondent.name, *[v for _, v in clue], "合同往来、实地了解", ""]
    for i, v in enumerate(vals):
        if v:
            fill(s, MARGIN_L + mm(44), y + 140 * i + 45, v[:24], rng, size=38)
    signature(s, MARGIN_L + mm(50), y + 140 * (len(rows) - 1) + 30, c.agent, rng)
    s.text(MARGIN_L, y + 140 * len(rows) + 40, "注：申请执行人应如实提供财产线索，提供虚假线索的，依法承担责任。", body(32))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """浙江省政府非税收入 receipt: small landscape slip glued on a sheet, numbers in a mono face."""
    s = Sheet()
    x0, y0, w, h = mm(18), mm(35), s.width - mm(36), mm(110)
    s.box(x0, y0, x0 + w, y0 + h, width=3)
    s.centred(y0 + 20, "浙江省政府非税收入统一票据（电子）", font("serif_bold", 54), x0=x0, x1=x0 + w)
    court = COURT
    s.text(x0 + mm(6), y0 + 110, f"执收单位：{court}", body(34))
    s.right(x0 + w - mm(6), y0 + 110, f"No {rng.randint(10**9, 10**10 - 1)}", font("mono", 36))
    item, amt = "申请执行费", c.extra["fee"]
    payer = c.applicant.name
    rows = [["交款人", payer, "", ""], ["项目名称", "单位", "数量", "金额（元）"], [item, "件", "1", f"{amt:.2f}"],
            ["金额合计（大写）", money_caps(amt), "", f"{amt:.2f}"]]
    table(s, x0 + mm(6), y0 + 170, [mm(50), (w - mm(12)) - mm(50) - mm(30) - mm(45), mm(30), mm(45)], rows, body(34), row_h=90)
    when = c.filed_on
    s.text(x0 + mm(6), y0 + 560, f"执收单位（盖章）{court}　　开票日期：{when:%Y-%m-%d}", body(30))
    seal(s, x0 + w - mm(40), y0 + h - mm(20), f"{court}财务专用章", rng, radius=mm(16))
    s.text(MARGIN_L, y0 + h + mm(15), "（执行费缴费凭证打印件）", font("kai", 38))
    return [s]


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form("申请执行人收取执行款账户确认书", f"案号：{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""]]
    table(s, MARGIN_L, y + 20, [mm(40), w - mm(40)], rows, body(40), row_h=130, centre_first=True)
    for i, v in enumerate([c.applicant.name, c.extra["in_bank"], c.extra["in_acct"], c.applicant.phone]):
        fill(s, MARGIN_L + mm(46), y + 20 + 130 * i + 42, v, rng, size=42)
    sheets, yy = typed([("p", "本人（单位）确认：本案执行款请汇入上述账户。因账户信息错误导致执行款发放错误或迟延的，由本人（单位）"
                              "承担责任。账户变更的，将及时书面告知法院。")], head=s, y=y + 20 + 130 * 4 + 60)
    s.text(s.width - MARGIN_R - mm(90), yy + 60, "申请执行人（签章）：", body(40))
    _sign_party(s, c.applicant, s.width - MARGIN_R - mm(30), yy + 170, rng)
    fill(s, s.width - MARGIN_R - mm(80), yy + 280, num_date(c.filed_on - timedelta(days=1)), rng)
    return sheets


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _form(f"{COURT}", "")
    s.centred(y - 10, "送达地址确认书", font("hei", 62), spacing=10)
    y += 100
    w = s.width - MARGIN_L - MARGIN_R
    rows = [["案号", c.number], ["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["是否同意电子送达", ""],
            ["告知事项", "1. 当事人应如实提供确切的送达地址；2. 确认的送达地址适用于执行程序；3. 因地址不准确、变更未告知导致文书"
                        "未能实际接收的，文书退回之日视为送达之日。"], ["受送达人签名", ""]]
    heights = [100, 110, 150, 100, 100, 110, 260, 180]
    table(s, MARGIN_L, y, [mm(48), w - mm(48)], rows, body(36), row_h=heights, centre_first=True)
    vals = ["", c.applicant.name, c.applicant.address, "313000", c.agent_phone, "同意，手机号码同上"]
    yy = y
    for v, h in zip(vals, heights, strict=False):
        if v:
            fill(s, MARGIN_L + mm(52), yy + h / 2 - 22, v[:22], rng, size=38)
        yy += h
    signature(s, MARGIN_L + mm(60), y + sum(heights[:-1]) + 40, c.agent, rng)
    fill(s, MARGIN_L + mm(120), y + sum(heights[:-1]) + 100, num_date(c.filed_on), rng, size=36)
    return [s]


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r: Party = c.extra.get("guarantor", c.respondent)
    s, y = _form("财产申报表", f"{COURT}　{c.number}")
    w = s.width - MARGIN_L - MARGIN_R
    items = {"oem": lambda: ["存款：农商行织里支行基本户，已被冻结", "车辆：无", "不动产：无（厂房租赁）",
                     "债权：电商客户欠加工款约二十万元", "其他：平车三十余台（旧）"],
             "guar": lambda: ["存款：无", "车辆：无", "不动产：无", f"收入：{c.extra['employer']}工资，每月{c.extra['wage']}元左右",
                      "其他：无"],
             "notary": lambda: ["存款：农商行账户，余额不详", "车辆：面包车一辆（已抵押）", "不动产：农村自建房（与父母共有）",
                        "收入：竹制品加工，旺季每月一万元左右", "其他：竹凉席、竹筷库存若干"]}[_tale(c)]()
    rows = [["申报人", ""], *[[f"{i + 1}", ""] for i in range(len(items))], ["申报人签章", ""]]
    table(s, MARGIN_L, y + 10, [mm(30), w - mm(30)], rows, body(38), row_h=150, centre_first=True)
    fill(s, MARGIN_L + mm(34), y + 10 + 50, r.name, rng)
    for i, v in enumerate(items, 1):
        fill(s, MARGIN_L + mm(34), y + 10 + 150 * i + 50, v, rng, size=38)
    yl = y + 10 + 150 * (len(items) + 1)
    _sign_party(s, r, MARGIN_L + mm(80), yl + 75, rng)
    if r.kind == "organisation":
        signature(s, MARGIN_L + mm(110), yl + 40, r.legal_rep, rng)
    s.text(MARGIN_L, yl + 220, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", body(34))
    fill(s, s.width - MARGIN_R - mm(70), yl + 300, num_date(c.day(12)), rng)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's feedback printout: a landscape-ish table in a mono face, no seal."""
    r = c.respondent
    s = Sheet()
    f = font("mono", 28)
    s.centred(MARGIN_T - 40, "全国法院网络执行查控系统　查询结果反馈", font("hei", 48))
    s.text(mm(15), MARGIN_T + 40, f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", f)
    s.text(mm(15), MARGIN_T + 85, f"查询发起：{c.day(4):%Y-%m-%d} 09:{rng.randint(10, 59)}　承办人：{c.officer}", f)
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "湖州银行", "浙江吴兴农村商业银行", "浙商银行",
             "中国邮政储蓄银行", "招商银行"]
    rows = [["序号", "协助单位", "反馈结果", "账户/财产", "余额/说明", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        hit = _tale(c) != "guar" and b in str(c.extra.get("r_bank", "-"))
        rows.append([str(i), b, "有" if hit or rng.random() < 0.2 else "无", c.extra["r_acct"] if hit else "—",
                     f"{c.extra['frozen']:.2f}" if hit else ("0.00" if rng.random() < 0.5 else "—"), f"{c.day(5):%m-%d}"])
    rows += [[str(len(banks) + 1), "公安部（车辆）", "无", "—", "—", f"{c.day(5):%m-%d}"],
             [str(len(banks) + 2), "自然资源部（不动产）", "无", "—", "—", f"{c.day(6):%m-%d}"],
             [str(len(banks) + 3), "中国证券登记结算", "无", "—", "—", f"{c.day(6):%m-%d}"],
             [str(len(banks) + 4), "支付宝（网络资金）", "有" if rng.random() < 0.5 else "无", "—", f"{rng.randint(0, 300)}.00", f"{c.day(5):%m-%d}"]]
    w = s.width - mm(30)
    table(s, mm(15), MARGIN_T + 150, [mm(14), mm(48), mm(22), mm(52), mm(30), w - mm(166)], rows, f, row_h=78)
    s.text(mm(15), s.height - mm(25), f"打印时间：{c.day(6):%Y-%m-%d} 15:{rng.randint(10, 59)}:{rng.randint(10, 59)}", f)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(MARGIN_T + 10, "执行和解协议", font("kai", 72), spacing=14)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    rest = c.amount - first
    if "frozen" in c.extra:
        rest = c.amount - c.extra["frozen"]
        first = c.extra["frozen"]
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"就{COURT}{c.number}执行一案，双方经协商，自愿达成如下和解协议："),
        ("p", f"一、双方确认乙方应付款项为{money(c.amount)}；" + "法院已扣划的存款计入已付部分。"),
        ("p", f"二、乙方于{num_date(c.day(30))}前支付{first}元，于{num_date(c.extra['pay_day'])}前支付余款{rest}元，"
              "均汇入法院执行款专户；"),
        ("p", "三、乙方按期付清后，甲方放弃迟延履行期间的债务利息" + "，并同意法院解除对乙方账户的冻结；"),
        ("p", "四、乙方任何一期未按时付款的，甲方有权申请恢复执行原生效法律文书；"),
        ("p", "五、本协议一式三份，双方各执一份，交法院一份附卷。"),
    ]
    sheets, y = typed(blocks, head=s, y=MARGIN_T + 160, f=font("kai", 44), lh=80)
    last = sheets[-1]
    last.text(MARGIN_L, y + 60, "甲方：", font("kai", 44))
    _sign_party(last, a, MARGIN_L + mm(45), y + 120, rng)
    last.text(last.width / 2 + mm(10), y + 60, "乙方：", font("kai", 44))
    _sign_party(last, r, last.width / 2 + mm(55), y + 120, rng)
    last.right(last.width - MARGIN_R, y + 260, num_date(c.day(28)), font("kai", 44))
    return sheets


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 电子回单 for the payment out to the applicant, two slips to a page in a mono face."""
    s = Sheet()
    f = font("mono", 32)
    bank = "中国建设银行" if "建设" in c.extra["in_bank"] else rng.choice(["中国工商银行", "湖州银行"])
    out_acct = f"0647{rng.randint(10**11, 10**12 - 1)}"
    for k, y0 in enumerate((mm(20), mm(150))):
        s.box(mm(15), y0, s.width - mm(15), y0 + mm(115), width=2)
        s.centred(y0 + 20, f"{bank}　{'网上银行电子回单' if k == 0 else '客户专用回单'}", font("hei", 44))
        rows = [["付款人户名", f"{COURT}执行款专户", "收款人户名", c.applicant.name],
                ["付款人账号", out_acct, "收款人账号", c.extra["in_acct"]],
                ["金额（小写）", f"{c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
                ["用途", f"{c.number}案款", "交易时间", f"{c.extra['pay_day'] + timedelta(days=3):%Y-%m-%d} 10:{rng.randint(10, 59)}"]]
        w = s.width - mm(40)
        table(s, mm(20), y0 + 100, [mm(38), w / 2 - mm(38), mm(38), w / 2 - mm(38)], rows, f, row_h=115)
        s.text(mm(22), y0 + 100 + 115 * 4 + 20, f"回单编号 {rng.randint(10**13, 10**14 - 1)}　打印次数 {k + 1}", f)
        seal(s, s.width - mm(50), y0 + mm(92), f"{bank}电子回单专用章", rng, radius=mm(15))
    return [s]

