"""court_cp received papers: what reaches the 沙市 court from elsewhere — the 荆州仲裁委员会 award and its
生效证明, 荆州中院's 二审 judgment, the notary's 公证债权文书 and 执行证书, the lawyer's application and 所函,
ID and licence copies, the window's forms filled by hand, the fee slip, a bank's 查控 printout, the 和解协议."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import A4, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_cp_kit import A5, A5_WIDE, Pager, wide_text
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
})
INKS = [(20, 20, 25), (28, 45, 140), (15, 30, 95)]


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = str(c.extra["cp_story"])
    if code == "enforcement_basis":
        return {"feed": _award, "shop": _appeal, "car": _notarial}[story](c, rng)
    if code == "effectiveness_certificate":
        return _exec_cert(c, rng) if story == "car" else _award_cert(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, served)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "settlement_agreement"):
        return _lawyer(code, c, rng)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    return _window_form(code, c, rng)


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """荆州仲裁委员会 裁决书: boxed title, numbered 仲裁庭 paragraphs, 宋体, two pages with a footer."""
    p = Pager(f=font("serif", mm(5.2)), lead=1.75)
    s = p.s
    s.centred(mm(30), "荆 州 仲 裁 委 员 会", font("serif_bold", mm(8)))
    w = s.centred(mm(46), "裁　决　书", font("serif_bold", mm(9.5)))
    s.box((A4[0] - w) / 2 - mm(6), mm(43), (A4[0] + w) / 2 + mm(6), mm(61), width=3)
    s.right(p.right, mm(70), c.basis_number, font("serif", mm(5)))
    p.y = mm(84)
    a, r = c.applicant, c.respondent
    tons = c.extra.get("cp_feed_tons", 80)
    p.put([("l", f"申请人：{a.name}，住所地{a.address}。"), ("l", f"法定代表人：{a.legal_rep}，总经理。"),
           ("l", f"委托代理人：{c.agent}，{c.firm}律师。"),
           ("l", f"被申请人：{r.name}，住所地{r.address}。"), ("l", f"法定代表人：{r.legal_rep}，理事长。"),
           ("t", f"荆州仲裁委员会（以下简称本会）根据申请人与被申请人于2023年3月签订的《鱼饲料购销合同》中的仲裁条款，"
                 f"于2024年{rng.randint(5, 8)}月受理了申请人提出的仲裁申请。本会依照《荆州仲裁委员会仲裁规则》组成独任仲裁庭，"
                 "开庭审理了本案。本案现已审理终结。"),
           ("h", "一、案情"),
           ("t", f"申请人称：2023年3月至10月，申请人按合同向被申请人供应膨化鱼饲料共计{tons}吨，被申请人支付部分货款后，"
                 f"尚欠{money(c.amount)}未付，经多次催收无果。"),
           ("t", "被申请人辩称：对欠款金额无异议，因当年鱼价下跌、塘口亏损，暂无力支付，请求分期。"),
           ("h", "二、仲裁庭意见"),
           ("t", "仲裁庭认为，双方签订的购销合同系真实意思表示，合法有效。申请人已交付货物，被申请人应按约支付货款。"
                 "被申请人的分期请求未得到申请人同意，仲裁庭不予支持。"),
           ("h", "三、裁决"),
           ("t", "根据《中华人民共和国民法典》第五百零九条、第六百二十六条及《中华人民共和国仲裁法》第五十四条之规定，裁决如下："),
           ("t", f"（一）被申请人{r.name}向申请人{a.name}支付货款{money(c.amount)}；"),
           ("t", "（二）被申请人承担本案仲裁费；"),
           ("t", "上述款项，被申请人应于本裁决书送达之日起十日内支付完毕。"),
           ("t", "本裁决为终局裁决，自作出之日起发生法律效力。")])
    p.room(mm(45))
    p.y += mm(8)
    p.s.text(p.right - mm(70), p.y, f"独任仲裁员　{rng.choice(['吴德明', '范世杰'])}", p.f)
    p.y += mm(14)
    made = c.basis_effective
    p.s.right(p.right - mm(4), p.y, cn_date(made), p.f)
    seal(p.s, p.right - mm(30), p.y + mm(2), "荆州仲裁委员会", rng, radius=mm(20))
    p.y += mm(12)
    p.s.text(p.right - mm(70), p.y, f"书　　记　{rng.choice(['廖静', '鲁晴'])}", p.f)
    return p.finish()


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """荆州中院 二审 民事判决书: 仿宋-like serif, court above, footer on each page."""
    p = Pager(f=font("song_gb", mm(5.4)), lead=1.8)
    s = p.s
    s.centred(mm(32), "湖北省荆州市中级人民法院", font("serif_bold", mm(8.2)), spacing=mm(0.5))
    s.centred(mm(48), "民 事 判 决 书", font("serif_bold", mm(10)), spacing=mm(1.5))
    s.right(p.right, mm(66), c.basis_number, p.f)
    p.y = mm(80)
    a, r = c.applicant, c.respondent
    holder = c.extra["cp_holder"]
    assert isinstance(holder, Party)
    p.put([("l", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("l", f"法定代表人：{r.legal_rep}，执行董事。"),
           ("l", f"上诉人（原审被告）：{holder.name}，男，{num_date(holder.born or c.filed_on)}出生，汉族，住{holder.address}。"),
           ("l", f"被上诉人（原审原告）：{a.name}，男，{num_date(a.born or c.filed_on)}出生，汉族，住{a.address}。"),
           ("l", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
           ("t", f"上诉人{r.name}、{holder.name}因与被上诉人{a.name}买卖合同纠纷一案，不服湖北省荆州市沙市区人民法院"
                 f"{c.extra['cp_first']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。本案现已审理终结。"),
           ("t", f"一审法院认定：{a.name}经营建材，2022年至2023年间向{r.name}供应瓷砖、石材等装修材料，双方对账确认欠款"
                 f"{money(c.amount)}。{holder.name}系该公司唯一股东，不能证明公司财产独立于其个人财产。"),
           ("t", f"一审法院判决：{r.name}支付货款{money(c.amount)}及逾期付款利息；{holder.name}对上述债务承担连带责任。"),
           ("t", "上诉人上诉称，对账单系员工私自签署，且股东个人财产与公司财产相互独立，请求撤销原判。"),
           ("t", "本院认为，对账单加盖了公司印章，上诉人未提交相反证据；一人有限责任公司的股东不能证明公司财产独立于股东自己的财产的，"
                 "应当对公司债务承担连带责任。上诉人的上诉理由不能成立。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第（一）项规定，"
                 "判决如下："),
           ("t", "驳回上诉，维持原判。"),
           ("t", f"二审案件受理费{rng.randint(2000, 5600)}元，由上诉人负担。"),
           ("t", "本判决为终审判决。")])
    p.room(mm(70))
    p.y += mm(6)
    x = p.right - mm(66)
    for role, name in [("审判长", "贺兴国"), ("审判员", "黎晓红"), ("审判员", "程卫东")]:
        p.s.text(x, p.y, f"{role}　{name}", p.f)
        p.y += mm(10)
    p.s.right(p.right - mm(4), p.y + mm(3), cn_date(c.basis_effective), p.f)
    seal(p.s, p.right - mm(30), p.y + mm(4), "湖北省荆州市中级人民法院", rng, radius=mm(21))
    p.y += mm(15)
    p.s.text(x, p.y, "法官助理　柯　敏", p.f)
    p.y += mm(10)
    p.s.text(x, p.y, "书 记 员　沈佳怡", p.f)
    return p.finish()


def _notarial(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """公证书 (赋予强制执行效力的债权文书): notary's cover line, 楷 title, the loan contract's key terms."""
    p = Pager(f=font("serif", mm(5.2)), lead=1.8)
    s = p.s
    s.centred(mm(34), "公　证　书", font("kai_gb", mm(12)), spacing=mm(2))
    s.right(p.right, mm(56), c.basis_number, font("serif", mm(5)))
    p.y = mm(70)
    a, r = c.applicant, c.respondent
    month = rng.choice(["五", "六", "七"])
    p.put([("l", f"申请人：{a.name}，住所地{a.address}。"), ("l", f"负责人：{a.legal_rep}。"),
           ("l", f"申请人：{r.name}，男，{num_date(r.born or c.filed_on)}出生，公民身份号码{r.id_number}，住{r.address}。"),
           ("l", "公证事项：赋予债权文书强制执行效力"),
           ("t", f"兹证明{a.name}的委托代理人与{r.name}于二〇二三年{month}月在本公证处，"
                 f"在前面的《个人汽车消费贷款合同》上签名、盖章。借款用途为购买{c.extra['cp_car']}汽车一辆，"
                 f"借款金额{money(c.amount)}，借款期限三十六个月，按月等额还款。"),
           ("t", "双方当事人在签订合同时具有法律规定的民事权利能力和民事行为能力，意思表示真实，合同内容符合《中华人民共和国民法典》"
                 "的规定。双方在合同中约定：借款人不履行或不完全履行还款义务时，借款人愿意接受依法强制执行。"),
           ("t", "依据《中华人民共和国公证法》第三十七条的规定，前面的债权文书具有强制执行效力。")])
    p.y += mm(12)
    p.s.text(p.right - mm(80), p.y, "湖北省荆州市荆楚公证处", p.f)
    p.y += mm(11)
    p.s.text(p.right - mm(80), p.y, f"公证员　{rng.choice(['陈志远', '余秀兰'])}", p.f)
    seal(p.s, p.right - mm(45), p.y - mm(4), "湖北省荆州市荆楚公证处", rng, radius=mm(20))
    p.y += mm(11)
    p.s.text(p.right - mm(80), p.y, f"二〇二三年{month}月{rng.choice(['十二', '十八', '二十六'])}日", p.f)
    return p.finish()


def _exec_cert(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行证书 of the notary office: issued after the debtor stopped paying, states what may be enforced."""
    s = Sheet()
    s.centred(mm(34), "执　行　证　书", font("kai_gb", mm(11)), spacing=mm(1.5))
    s.right(A4[0] - mm(26), mm(54), str(c.extra["cp_exec_cert"]), font("serif", mm(5)))
    f = font("serif", mm(5.2))
    y: float = mm(68)
    r = c.respondent
    for line in [f"申请执行人：{c.applicant.name}", f"被执行人：{r.name}，公民身份号码{r.id_number}"]:
        s.text(mm(28), y, line, f)
        y += mm(10)
    body = (f"本处于二〇二三年出具的{c.basis_number}公证书，赋予{c.applicant.name}与{r.name}签订的《个人汽车消费贷款合同》"
            f"强制执行效力。经核实，被执行人自二〇二四年{rng.choice(['七', '八', '九'])}月起未按约还款，经申请执行人催告仍未履行。"
            f"本处经核实后出具本执行证书，执行标的为：借款本金、利息及罚息合计{money(c.amount)}。"
            "申请执行人可持本证书及原公证书向有管辖权的人民法院申请强制执行。")
    y = wide_text(s, mm(28), y + mm(4), "　　" + body, f, A4[0] - mm(54), lead=1.8)
    y += mm(20)
    s.text(A4[0] - mm(108), y, "湖北省荆州市荆楚公证处", f)
    seal(s, A4[0] - mm(70), y + mm(6), "湖北省荆州市荆楚公证处", rng, radius=mm(20))
    s.text(A4[0] - mm(108), y + mm(12), f"公证员　{rng.choice(['陈志远', '余秀兰'])}", f)
    s.text(A4[0] - mm(108), y + mm(24), cn_date(c.basis_effective), f)
    return [s]


def _award_cert(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """仲裁裁决生效证明: a short letter of the arbitration commission's secretariat."""
    s = Sheet()
    s.centred(mm(36), "荆州仲裁委员会", font("serif_bold", mm(8)))
    s.centred(mm(54), "生 效 证 明", font("hei", mm(9)))
    s.line(mm(30), mm(70), A4[0] - mm(30), mm(70), width=3)
    f = font("serif", mm(5.4))
    body = (f"{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案，本会于{num_date(c.basis_effective)}作出"
            f"{c.basis_number}裁决书，并已依法送达双方当事人。该裁决为终局裁决，自作出之日起发生法律效力。")
    y = wide_text(s, mm(30), mm(84), "　　" + body, f, A4[0] - mm(60), lead=1.9)
    y = wide_text(s, mm(30), y + mm(4), "　　特此证明。", f, A4[0] - mm(60))
    day = c.filed_on - timedelta(days=rng.randint(3, 10))
    s.right(A4[0] - mm(34), y + mm(30), cn_date(day), f)
    s.right(A4[0] - mm(34), y + mm(18), "荆州仲裁委员会秘书处", f)
    seal(s, A4[0] - mm(62), y + mm(28), "荆州仲裁委员会", rng, radius=mm(20))
    return [s]


def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's papers: 微软雅黑-like sans, firm letterhead on the 所函, signed and stamped."""
    story = str(c.extra["cp_story"])
    f = font("microhei", mm(5.0))
    p = Pager(f=f, lead=1.9, left=mm(27), right=A4[0] - mm(27), footer=False)
    s = p.s
    a, r = c.applicant, c.respondent
    holder = c.extra.get("cp_holder")
    resp = r.name + (f"、{holder.name}" if isinstance(holder, Party) else "")
    if code == "law_firm_letter":
        s.text(mm(27), mm(22), c.firm, font("sans_bold", mm(7)))
        s.text(mm(27), mm(34), f"地址：{c.extra['cp_firm_addr']}", font("sans", mm(3.6)))
        s.line(mm(27), mm(41), A4[0] - mm(27), mm(41), width=4, fill=(170, 30, 30))
        s.centred(mm(56), "律师事务所函", font("sans_bold", mm(8)))
        s.right(A4[0] - mm(27), mm(72), f"鄂荆沙律函〔2025〕第{rng.randint(20, 260)}号", font("sans", mm(4.4)))
        p.y = mm(86)
        p.put([("l", f"{c.court.name}："),
               ("t", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{resp}{'买卖合同' if story != 'car' else '金融借款合同'}"
                     "纠纷执行一案的委托代理人。"),
               ("t", "特此函告。"), ("l", "附：授权委托书一份"), ("l", f"律师联系电话：{c.agent_phone}")])
        p.y += mm(20)
        p.s.right(p.right - mm(4), p.y, c.firm, f)
        seal(p.s, p.right - mm(34), p.y + mm(8), c.firm, rng, radius=mm(19))
        p.s.right(p.right - mm(4), p.y + mm(14), num_date(c.filed_on - timedelta(days=2)), f)
        return [p.s]
    if code == "power_of_attorney":
        s.centred(mm(32), "授 权 委 托 书", font("sans_bold", mm(8)), spacing=mm(1))
        p.y = mm(52)
        p.put([("l", f"委托人：{a.name}" + (f"　　法定代表人：{a.legal_rep}" if a.kind == "organisation" else "")),
               ("l", f"受委托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
               ("t", f"现委托上列受委托人在我方与{resp}执行一案中，作为我方的委托代理人。"),
               ("l", "代理权限：特别授权，包括申请执行、提供财产线索、代为签收法律文书、代为和解、代为领取执行款。"),
               ("l", "委托期限：至本案执行终结止。")])
        p.y += mm(24)
        p.s.text(mm(100), p.y, "委托人：", f)
        if a.kind == "organisation":
            seal(p.s, mm(150), p.y + mm(6), a.name, rng, radius=mm(19))
        else:
            signature(p.s, mm(124), p.y - mm(3), a.name, rng, ink=rng.choice(INKS))
        p.s.text(mm(100), p.y + mm(14), "受委托人：", f)
        signature(p.s, mm(134), p.y + mm(11), c.agent, rng)
        p.s.text(mm(100), p.y + mm(30), num_date(c.filed_on - timedelta(days=3)), f)
        return [p.s]
    if code == "settlement_agreement":
        parts = c.extra["cp_parts"]
        s.centred(mm(30), "执行和解协议", font("sans_bold", mm(8)), spacing=mm(0.6))
        p.y = mm(50)
        lines = [("l", f"甲方（申请执行人）：{a.name}"), ("l", f"乙方（被执行人）：{r.name}"),
                 ("t", f"甲方申请执行乙方买卖合同纠纷一案（{c.number}），经{c.court.name}主持，双方自愿达成和解如下："),
                 ("t", f"一、乙方应付甲方货款{money(c.amount)}，分三期支付：")]
        for k, (day, amt) in enumerate(parts, 1):
            lines.append(("t", f"第{k}期：{num_date(day)}前支付{amt:,.2f}元；"))
        lines += [("t", "二、甲方放弃利息及迟延履行期间的债务利息；申请执行费由乙方负担。"),
                  ("t", "三、乙方任一期未按时足额支付的，甲方有权申请恢复执行原生效法律文书。"),
                  ("t", "四、款项支付至法院执行案款账户，由法院发放甲方。"),
                  ("t", "本协议一式三份，双方各执一份，交法院附卷一份。")]
        p.put(lines)
        p.y += mm(16)
        p.s.text(mm(30), p.y, "甲方（盖章）：", f)
        seal(p.s, mm(70), p.y + mm(4), a.name, rng, radius=mm(18))
        p.s.text(mm(115), p.y, "乙方（盖章）：", f)
        seal(p.s, mm(156), p.y + mm(4), r.name, rng, radius=mm(18))
        p.s.text(mm(115), p.y + mm(14), "负责人：", f)
        signature(p.s, mm(140), p.y + mm(11), r.legal_rep, rng)
        p.s.text(mm(30), p.y + mm(32), f"签订日期：{num_date(c.day(19))}", f)
        return [p.s]
    # enforcement_application
    s.centred(mm(30), "强制执行申请书", font("sans_bold", mm(8)))
    p.y = mm(48)
    lines = [("l", f"申请执行人：{a.name}" + (f"，统一社会信用代码{a.id_number}" if a.kind == "organisation"
                                          else f"，公民身份号码{a.id_number}")),
             ("l", f"住所：{a.address}"), ("l", f"委托代理人：{c.agent}，{c.firm}律师")]
    if r.kind == "organisation":
        lines += [("l", f"被执行人：{r.name}，统一社会信用代码{r.id_number}"), ("l", f"住所：{r.address}")]
    else:
        lines += [("l", f"被执行人：{r.name}，公民身份号码{r.id_number}"), ("l", f"住址：{r.address}")]
    if isinstance(holder, Party):
        lines.append(("l", f"被执行人：{holder.name}，公民身份号码{holder.id_number}，住{holder.address}"))
    kind = {"feed": "裁决书", "shop": "民事判决书", "car": "公证书及执行证书"}[story]
    cert = f"、{c.extra['cp_exec_cert']}" if story == "car" else ""
    lines += [("h", "申请事项"),
              ("t", f"1．请求强制执行{c.basis_court}{c.basis_number}{cert}{kind}，由被执行人{'连带' if holder else ''}支付"
                    f"{money(c.amount)}及利息；"),
              ("t", "2．请求对被执行人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
              ("t", "3．执行费用由被执行人负担。"),
              ("h", "事实与理由"),
              ("t", "上述法律文书已发生法律效力，被执行人至今未履行。为维护申请人的合法权益，特依法向贵院申请强制执行。"),
              ("l", "此致"), ("l", c.court.name)]
    p.put(lines)
    p.y += mm(14)
    p.s.text(mm(110), p.y, "申请人：", f)
    if a.kind == "organisation":
        seal(p.s, mm(160), p.y + mm(4), a.name, rng, radius=mm(19))
    else:
        signature(p.s, mm(134), p.y - mm(3), a.name, rng, ink=rng.choice(INKS))
    p.s.text(mm(110), p.y + mm(16), num_date(c.filed_on - timedelta(days=1)), f)
    return p.finish()


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A copy of an ID card (both faces on one A4) or of a business licence with the 法定代表人身份证明书."""
    who: Party = c.applicant
    if served == ["respondent"]:
        who = c.respondent
    elif served == ["shareholder"] and isinstance(c.extra.get("cp_holder"), Party):
        who = c.extra["cp_holder"]
    s = Sheet()
    if who.kind == "person":
        s.text(mm(24), mm(20), "居民身份证复印件", font("sans", mm(4.6)))
        x, y, w, h = mm(45), mm(40), mm(118), mm(74)
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), outline=(90, 90, 90), width=3, fill=(238, 238, 236))
        f = font("hei", mm(4.2))
        born = who.born or c.filed_on
        for k, (lab, val) in enumerate([("姓名", who.name), ("性别", f"{who.sex}　　民族　汉"),
                                        ("出生", f"{born.year}年{born.month}月{born.day}日"), ("住址", who.address[:13]),
                                        ("", who.address[13:])]):
            s.text(x + mm(6), y + mm(7 + 10 * k), lab, font("hei", mm(3.6)))
            s.text(x + mm(20), y + mm(7 + 10 * k), val, f)
        s.text(x + mm(6), y + mm(61), "公民身份号码　" + who.id_number, font("hei", mm(4.4)))
        s.draw.rectangle((x + mm(82), y + mm(10), x + mm(112), y + mm(48)), fill=(200, 200, 198))
        y2 = y + h + mm(14)
        s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), outline=(90, 90, 90), width=3, fill=(238, 238, 236))
        s.centred(y2 + mm(14), "中华人民共和国", font("hei", mm(6.5)), x0=x, x1=x + w)
        s.centred(y2 + mm(27), "居 民 身 份 证", font("hei", mm(7.5)), x0=x, x1=x + w)
        office = "荆州市公安局沙市区分局" if who.id_number.startswith("421002") else (
            "石首市公安局" if who.id_number.startswith("421081") else "荆州市公安局荆州区分局")
        s.text(x + mm(10), y2 + mm(48), f"签发机关　{office}", font("hei", mm(3.8)))
        s.text(x + mm(10), y2 + mm(58), f"有效期限　2019.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-2039.05.20",
               font("hei", mm(3.8)))
        hand(s, mm(60), y2 + h + mm(16), "此复印件与原件一致", rng, size=mm(6), ink=(20, 20, 25))
        signature(s, mm(128), y2 + h + mm(15), who.name, rng)
        return [s]
    f = font("serif", mm(4.6))
    s.draw.rectangle((mm(18), mm(18), A4[0] - mm(18), mm(190)), outline=(170, 120, 60), width=10)
    s.centred(mm(30), "营　业　执　照", font("serif_bold", mm(10)), spacing=mm(2))
    s.centred(mm(48), "（副　本）", font("serif", mm(5)))
    y = mm(62)
    kind = ("农民专业合作社" if "合作社" in who.name else "有限责任公司（自然人投资或控股）"
            if "有限公司" in who.name else "股份有限公司分公司")
    for lab, val in [("统一社会信用代码", who.id_number), ("名　　称", who.name), ("类　　型", kind),
                     ("法定代表人", who.legal_rep), ("住　　所", who.address),
                     ("成立日期", f"20{rng.randint(10, 19)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]:
        s.text(mm(30), y, lab, f)
        for k, part in enumerate([val[i:i + 22] for i in range(0, len(val), 22)]):
            s.text(mm(76), y + k * mm(8), part, f)
        y += mm(16)
    s.text(mm(110), mm(160), "登记机关", f)
    seal(s, mm(150), mm(162), "荆州市市场监督管理局", rng, radius=mm(18))
    s.centred(mm(205), "法定代表人身份证明书", font("sans_bold", mm(6.5)))
    body = (f"{who.legal_rep}在我单位担任{'理事长' if '合作社' in who.name else '负责人' if '支行' in who.name else '执行董事'}"
            f"职务，系{who.name}的法定代表人（负责人）。特此证明。")
    wide_text(s, mm(30), mm(220), "　　" + body, font("sans", mm(4.8)), A4[0] - mm(60), lead=1.8)
    seal(s, mm(150), mm(262), who.name, rng, radius=mm(18))
    s.text(mm(118), mm(272), num_date(c.filed_on - timedelta(days=4)), font("sans", mm(4.6)))
    s.text(mm(24), mm(284), "复印件与原件一致", font("sans", mm(3.8)))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """律师执业证 copy: the two inner pages on one sheet, with the firm's 复印件 stamp line."""
    s = Sheet()
    x, y = mm(30), mm(40)
    w, h = mm(150), mm(100)
    s.box(x, y, x + w, y + h, width=3, outline=(80, 80, 80))
    s.line(x + w / 2, y, x + w / 2, y + h, width=2, fill=(120, 120, 120))
    s.centred(y + mm(10), "中华人民共和国律师执业证", font("serif_bold", mm(5)), x0=x, x1=x + w / 2)
    s.draw.rectangle((x + mm(22), y + mm(24), x + mm(52), y + mm(62)), fill=(205, 205, 205))
    s.text(x + mm(8), y + mm(72), "执业机构", font("sans", mm(3.6)))
    s.text(x + mm(8), y + mm(80), c.firm, font("sans", mm(3.8)))
    s.text(x + mm(8), y + mm(88), "发证机关　湖北省司法厅", font("sans", mm(3.6)))
    f = font("sans", mm(4.2))
    rows = [("姓名", c.agent), ("性别", "男"), ("执业证类别", "专职"), ("执业证号", str(c.extra["cp_lic"])),
            ("法律职业资格证号", f"A20{rng.randint(10, 19)}4210{rng.randint(100000, 999999)}"),
            ("发证日期", f"20{rng.randint(12, 20)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    yy = y + mm(12)
    for lab, val in rows:
        s.text(x + w / 2 + mm(6), yy, f"{lab}：{val}", f)
        yy += mm(13)
    s.text(x, y + h + mm(14), "律师年度考核备案：2024年度　称职", font("sans", mm(4.2)))
    hand(s, x, y + h + mm(30), "与原件核对无误", rng, size=mm(6), ink=(28, 45, 140))
    signature(s, x + mm(70), y + h + mm(28), c.agent, rng)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """湖北省非税收入 receipt: an A5 landscape printed slip (财政票据监制章 top, three-column table)."""
    s = Sheet(size=A5_WIDE)
    f = font("mono", mm(3.8))
    s.centred(mm(8), "湖北省非税收入一般缴款书（电子）", font("sans_bold", mm(5.6)))
    s.text(mm(10), mm(20), f"票据代码：42060125　　票据号码：{rng.randint(10**7, 10**8 - 1):08d}", f)
    s.text(mm(10), mm(27), f"交款人：{c.applicant.name}", f)
    s.text(mm(120), mm(27), f"开票日期：{c.day(4):%Y-%m-%d}", f)
    fee = c.extra["cp_fee"]
    rows = [["项目编码", "项目名称", "金额（元）"], ["103040101", "案件受理费（申请执行费）", f"{fee:,.2f}"],
            ["", "", ""], ["金额合计（大写）", money_caps(fee), f"{fee:,.2f}"]]
    table(s, mm(10), mm(34), [mm(40), mm(100), mm(50)], rows, f, row_h=mm(12), pad=6)
    s.text(mm(10), mm(88), f"备注：{c.number}", f)
    s.text(mm(10), mm(97), "执收单位：荆州市沙市区人民法院　　复核人：　　　　收款人：", f)
    seal(s, mm(170), mm(112), "荆州市沙市区人民法院", rng, radius=mm(14))
    s.text(mm(10), mm(136), "湖北省财政厅监制", font("sans", mm(3.4)))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 查控 printout: a wide dense table in a narrow sans, printed from the case system."""
    s = Sheet()
    f = font("sans", mm(3.5))
    s.centred(mm(18), "网络执行查控系统 财产查询结果反馈", font("sans_bold", mm(5.6)))
    s.text(mm(14), mm(30), f"案号：{c.number}　　承办人：{c.officer}　　发起时间：{c.day(2):%Y-%m-%d} 10:2{rng.randint(0, 9)}", f)
    story = str(c.extra["cp_story"])
    holder = c.extra.get("cp_holder")
    names = [c.respondent.name] + ([holder.name] if isinstance(holder, Party) else [])
    rows = [["被查询人", "协助单位", "财产类型", "反馈结果", "余额/数量", "反馈时间"]]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "湖北银行", "荆州农商银行", "中国邮政储蓄银行"]
    for n in names:
        for b in rng.sample(banks, 4):
            hit = (story == "car" and b in str(c.extra.get("cp_resp_bank", ""))) or rng.random() < 0.2
            bal = (f"{c.amount + 1800:,.2f}" if story == "car" and hit else f"{rng.randint(0, 90000) / 100:,.2f}" if hit
                   else "-")
            rows.append([n, b, "存款", "有账户" if hit else "无账户", bal, f"{c.day(3):%Y-%m-%d}"])
        rows.append([n, "公安部交通管理局", "车辆", "无登记车辆" if story != "car" else f"{c.extra['cp_car']}（抵押）", "-",
                     f"{c.day(3):%Y-%m-%d}"])
        rows.append([n, "自然资源部", "不动产", "未查询到", "-", f"{c.day(4):%Y-%m-%d}"])
        rows.append([n, "支付宝（中国）", "网络资金", "有账户", f"{rng.randint(0, 3000) / 100:,.2f}", f"{c.day(3):%Y-%m-%d}"])
    table(s, mm(12), mm(38), [mm(50), mm(36), mm(18), mm(34), mm(24), mm(24)], rows, f, row_h=mm(10.5), pad=4)
    s.text(mm(14), A4[1] - mm(18), "打印人：" + c.clerk + f"　　打印时间：{c.day(5):%Y-%m-%d}", font("sans", mm(3.2)))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The filing window's printed forms, filled in ink by the party or the lawyer."""
    s = Sheet(size=A5) if code == "payment_account_confirmation" else Sheet()
    big = code != "payment_account_confirmation"
    f = font("ming", mm(4.6 if big else 3.8))
    x0 = mm(22) if big else mm(12)
    w = s.width - 2 * x0
    ink = rng.choice(INKS)
    a, r = c.applicant, c.respondent
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}[code]
    s.centred(mm(16) if not big else mm(24), "荆州市沙市区人民法院", font("serif_bold", mm(5 if big else 4.2)))
    s.centred(mm(26) if not big else mm(36), title, font("hei", mm(7 if big else 5.4)))
    top = mm(40) if not big else mm(52)
    s.text(x0, top - mm(2) - f.size, f"案号：{c.number}", f)
    if code == "payment_account_confirmation":
        rows = [["收款人", ""], ["开户银行", ""], ["账号", ""], ["联系电话", ""], ["声明", "上述账户信息由本人（单位）提供并确认，因账户信息错误造成的损失由本人（单位）承担。"],
                ["签章", ""]]
        hs = [mm(13), mm(13), mm(13), mm(13), mm(26), mm(30)]
        table(s, x0, top, [mm(28), w - mm(28)], rows, f, row_h=hs, centre_first=True)
        vals = [a.name, "湖北荆楚农村商业银行沙市支行" if c.extra["cp_story"] != "car" else "本行内部过渡账户",
                str(c.extra["cp_bank_acct"]), a.phone]
        y = top
        for k, v in enumerate(vals):
            hand(s, x0 + mm(32), y + mm(3), v, rng, size=mm(4.6), ink=ink)
            y += hs[k]
        y += hs[4]
        if a.kind == "organisation":
            seal(s, x0 + mm(80), y + mm(14), a.name, rng, radius=mm(14))
        else:
            signature(s, x0 + mm(40), y + mm(5), a.name, rng, ink=ink)
        hand(s, x0 + mm(60), y + mm(20), num_date(c.filed_on), rng, size=mm(4.2), ink=ink)
        return [s]
    if code == "service_address_confirmation":
        rows = [["当事人", ""], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""], ["是否接受电子送达", ""],
                ["告知事项", "1．当事人应如实提供确切的送达地址；2．送达地址变更应及时书面告知法院；3．因提供的地址不准确、"
                            "拒不提供或变更未告知，导致法律文书未能被实际接收的，文书退回之日视为送达之日。"],
                ["当事人确认", "我已阅读上述告知事项，保证所提供地址真实有效。"], ["签名（盖章）", ""]]
        hs = [mm(15), mm(22), mm(15), mm(15), mm(15), mm(42), mm(20), mm(30)]
        table(s, x0, top, [mm(42), w - mm(42)], rows, f, row_h=hs, centre_first=True)
        vals = [a.name, a.address, "434000", a.phone, "是（手机短信、电子邮箱）"]
        y = top
        for k, v in enumerate(vals):
            hand(s, x0 + mm(48), y + mm(4), v, rng, size=mm(5), ink=ink)
            y += hs[k]
        y += hs[5] + hs[6]
        signature(s, x0 + mm(60), y + mm(6), c.agent, rng, ink=ink)
        hand(s, x0 + mm(110), y + mm(18), num_date(c.filed_on), rng, size=mm(4.6), ink=ink)
        return [s]
    if code == "property_clue_form":
        story = str(c.extra["cp_story"])
        clues = {"feed": [("银行存款", "农商行开户，账号不详"), ("应收账款", "塘口成鱼销售款，收购商姓刘"), ("其他", "增氧机、投饵机若干")],
                 "shop": [("动产", "长港路仓储园B区7号仓库存货"), ("车辆", "股东有一辆奔驰车，车牌不详"), ("股权", "不详")],
                 "car": [("车辆", f"{c.extra.get('cp_car')}，车牌{c.extra.get('cp_plate')}"), ("工资", "在石首某汽配厂上班"),
                         ("银行存款", str(c.extra.get("cp_resp_bank")))]}[story]
        rows = [["被执行人", ""], ["财产类别", "财产线索（名称、所在地、数量等）"], *[["", ""] for _ in clues],
                ["线索来源", ""], ["申请人签名", ""]]
        hs = [mm(16), mm(14), *[mm(22)] * len(clues), mm(18), mm(24)]
        table(s, x0, top, [mm(40), w - mm(40)], rows, f, row_h=hs, centre_first=True)
        hand(s, x0 + mm(46), top + mm(4), r.name, rng, size=mm(5.2), ink=ink)
        y = top + hs[0] + hs[1]
        for kind, clue in clues:
            hand(s, x0 + mm(8), y + mm(6), kind, rng, size=mm(5), ink=ink)
            hand(s, x0 + mm(46), y + mm(6), clue, rng, size=mm(5), ink=ink)
            y += mm(22)
        hand(s, x0 + mm(46), y + mm(4), "申请人自行了解", rng, size=mm(5), ink=ink)
        y += mm(18)
        signature(s, x0 + mm(50), y + mm(4), c.agent, rng, ink=ink)
        hand(s, x0 + mm(110), y + mm(10), num_date(c.filed_on), rng, size=mm(4.6), ink=ink)
        return [s]
    # property_declaration_form: printed with the report order, returned (mostly blank-lined) by the respondent
    rows = [["申报人", ""], ["收入情况", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["股权、债权", ""],
            ["其他财产", ""], ["申报人保证", "以上申报内容真实、完整，如有虚假，愿承担法律责任。"], ["签名（盖章）", ""]]
    hs = [mm(15), mm(20), mm(24), mm(18), mm(18), mm(18), mm(18), mm(20), mm(28)]
    table(s, x0, top, [mm(36), w - mm(36)], rows, f, row_h=hs, centre_first=True)
    story = str(c.extra["cp_story"])
    fills = {"feed": [r.name, "塘口亏损，无收入", "农商行基本户，余额约两千元", "无", "无", "无", "鱼塘承包经营权（租赁）"],
             "shop": [r.name, "公司停业", "工行基本户，余额不足一千元", "无", "无", "无", "无"],
             "car": [r.name, "月工资约四千元", f"{c.extra.get('cp_resp_bank')}工资卡", "无", f"{c.extra.get('cp_car')}一辆（已抵押）",
                     "无", "无"]}[story]
    y = top
    for k, v in enumerate(fills):
        hand(s, x0 + mm(42), y + mm(4), v, rng, size=mm(5), ink=ink)
        y += hs[k]
    y += hs[7]
    if r.kind == "organisation":
        seal(s, x0 + mm(90), y + mm(12), r.name, rng, radius=mm(17))
    else:
        signature(s, x0 + mm(50), y + mm(4), r.name, rng, ink=ink)
    hand(s, x0 + mm(110), y + mm(14), num_date(c.day(8)), rng, size=mm(4.6), ink=ink)
    return [s]
