"""What 延平法院执行局 receives, in its makers' styles: the 南平仲裁委员会's 裁决书 (文楷 between double rules, "—n—"
folios, a 骑缝章 down the right edge), this court's civil division's 民事判决书 (GB 宋, "共 m 页 第 n 页") and the
建阳区人民法院's (明体, its own 骑缝章), their 生效证明书; the lawyers' papers typed in 楷 with a 黑体 title, a 律师事务所函
under the firm's red letterhead; a business licence copy with the 法定代表人身份证明书, the respondent's record printed
off the 国家企业信用信息公示系统; the 诉讼服务中心's forms filled in ballpoint; the 福建省非税收入 slip in violet on pink;
the 查控 system's landscape printout; a bank's 电子回单."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_fv_kit import COURT, Grid, pen
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, stamp, typeset

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ARBITRATION = "南平仲裁委员会"
JIANYANG = "福建省南平市建阳区人民法院"
LAWYER = House(body="kai_gb", body_mm=5.6, leading=1.9, title="hei", title_mm=9.0, title_spacing_mm=2.5,
               heading="above", footer="none", top=30, left=30, right=25, hand="kai")
AWARD = House(body="wenkai", body_mm=5.3, leading=1.8, title="wenkai_bold", title_mm=9.5, title_spacing_mm=5.0,
              heading="double_rule", footer="emdash", seam_seal=True, top=26, left=28, right=26)
CIVIL = House(body="song_gb", body_mm=5.3, leading=1.75, title="serif_bold", title_mm=9.2, title_spacing_mm=3.0,
              heading="above", footer="mn", top=32, left=28, right=26)
NEIGHBOUR = House(body="ming", body_mm=5.4, leading=1.72, title="serif_bold", title_mm=9.6, title_spacing_mm=4.0,
                  heading="above", footer="emdash", seam_seal=True, top=34, left=30, right=27)
LETTER = House(body="serif", body_mm=5.4, leading=1.85, title="sans_bold", title_mm=8.2, title_spacing_mm=2.0,
               heading="letterhead", footer="none", top=22, left=27, right=25)
AGREEMENT = House(body="microhei", body_mm=5.2, leading=1.85, title="microhei", title_mm=8.5, title_spacing_mm=3.0,
                  heading="above", footer="slash", top=30, left=26, right=24, hand="kai")
VIOLET = (110, 40, 130)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_fv import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "enforcement_basis":
        return _award(c, rng) if t == "tea" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng)
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "power_of_attorney":
        return _attorney(c, rng)
    if code == "law_firm_letter":
        return _firm_letter(c, rng)
    if code == "lawyer_license":
        return [_licence(c, rng)]
    if code == "identity_proof":
        return [_public_record(c.respondent, c, rng)] if "respondent" in served else [_business_licence(c.applicant, c, rng)]
    if code == "fee_receipt":
        return [_fee_slip(c, rng)]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return [_window_form(code, c, rng, d)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng, d)]
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return [_bank_slips(c, rng)]
    raise KeyError(code)


def _who(p: Party) -> str:
    return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(20, 40))
    boxes = rng.randint(9000, 26000)
    blocks = [
        ("f", f"申请人：{_who(a)}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"), ("f", f"被申请人：{_who(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}因买卖合同纠纷，依据双方于2022年3月签订的《茶叶包装物购销合同》中的仲裁条款，"
              f"向本会申请仲裁。本会受理后，依照《南平仲裁委员会仲裁规则》组成仲裁庭，于{cn_date(heard)}开庭审理。被申请人经"
              "合法通知，无正当理由未到庭。本案现已审理终结。"),
        ("p", f"申请人称：2022年3月至10月，申请人按被申请人订单供应{c.extra['goods']}共计{boxes}套，被申请人仅支付部分货款，"
              f"尚欠{c.amount:,.2f}元（含逾期付款违约金）至今未付。"),
        ("p", "仲裁庭查明：双方签订的购销合同系真实意思表示，合法有效。申请人提交的送货单、对账单均有被申请人员工签字确认，"
              "仲裁庭予以采信。"),
        ("p", "仲裁庭认为，被申请人未按约支付货款，应承担付款及违约责任。依照《中华人民共和国民法典》第五百零九条、第五百七十七条、"
              "第六百二十六条及《中华人民共和国仲裁法》第四十二条第二款的规定，裁决如下："),
        ("p", f"一、被申请人{r.name}应于本裁决书送达之日起十日内向申请人{a.name}支付货款及违约金合计{c.amount:,.2f}元；"),
        ("p", "二、本案仲裁费由被申请人承担。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ("gap", ""), ("sig", f"首席仲裁员　{person_name(rng)}"), ("sig", f"仲 裁 员　{person_name(rng)}"),
        ("sig", f"仲 裁 员　{person_name(rng)}"), ("date", cn_date(c.basis_effective)), ("sig", f"书　记　员　{person_name(rng)}"),
    ]
    return typeset(Paper("裁决书", blocks, issuer=ARBITRATION, number=c.basis_number, seal=ARBITRATION), AWARD, rng)


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    bamboo = c.extra["tale"] == "bamboo"
    court = COURT if bamboo else JIANYANG
    heard = c.basis_effective - timedelta(days=rng.randint(35, 60))
    if bamboo:
        facts = (f"2022年4月至2023年2月，原告向被告供应{c.extra['goods']}，被告用于其承接的住宅精装修项目。经双方对账，被告尚欠"
                 f"货款{c.amount:,.2f}元，被告在对账函上盖章确认，但经原告多次催讨未付。")
        law = "第五百零九条、第五百七十九条、第六百二十六条"
        appeal = "福建省南平市中级人民法院"
    else:
        facts = (f"2022年6月起，原告以自有砂船从闽江水口库区运输河砂至被告承建的{c.extra['site']}工地，双方约定按船结算运费。"
                 f"至2023年1月，经结算被告尚欠运费{c.amount:,.2f}元，被告出具结算确认单，至今未付。")
        law = "第五百零九条、第八百一十三条"
        appeal = "福建省南平市中级人民法院"
    blocks = [
        ("f", f"原告：{_who(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用"
              f"简易程序，于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}、被告的委托诉讼代理人"
              f"{person_name(rng)}到庭参加诉讼。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：判令被告支付{'货款' if bamboo else '运费'}{c.amount:,.2f}元及逾期付款利息。事实与理由："
              f"{facts}"),
        ("p", "被告辩称，对欠款数额无异议，但因工程款未收回，暂无力支付。"),
        ("p", f"本院经审理认定事实如下：{facts}"),
        ("p", f"本院认为，原、被告之间的合同关系合法有效，被告未按约付款，应承担清偿责任。依照《中华人民共和国民法典》{law}，"
              "《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", f"被告{r.name}应于本判决生效之日起十日内支付原告{a.name}{'货款' if bamboo else '运费'}{c.amount:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 200 + 30}元，由被告负担。"),
        ("p", f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于{appeal}。"),
        ("gap", ""), ("sig", f"审判员　{c.extra.setdefault('civil_judge', person_name(rng))}"),
        ("date", cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26)))),
        ("sig", f"法官助理　{person_name(rng)}"), ("sig", f"书记员　{person_name(rng)}"),
    ]
    house = CIVIL if bamboo else NEIGHBOUR
    return typeset(Paper("民事判决书", blocks, issuer=court, number=c.basis_number, seal=court), house, rng)


def _in_force(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    t = c.extra["tale"]
    if t == "tea":
        blocks = [("f", f"{COURT}："),
                  ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}买卖合同纠纷一案，本会于{cn_date(c.basis_effective)}"
                        f"作出{c.basis_number}裁决书，该裁决书已于{cn_date(c.basis_effective + timedelta(days=4))}以邮寄方式送达"
                        "双方当事人。根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。"),
                  ("p", "特此证明。"), ("gap", ""), ("date", cn_date(c.basis_effective + timedelta(days=rng.randint(20, 30))))]
        return typeset(Paper("裁决书生效证明", blocks, issuer=ARBITRATION, number=f"南仲证字〔2023〕第{rng.randint(20, 300)}号",
                             seal=ARBITRATION), AWARD, rng)
    court = COURT if t == "bamboo" else JIANYANG
    blocks = [("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，"
                    f"已于{cn_date(c.basis_effective)}发生法律效力。"),
              ("p", "特此证明。"), ("gap", ""), ("date", cn_date(c.basis_effective + timedelta(days=rng.randint(4, 12))))]
    house = CIVIL if t == "bamboo" else NEIGHBOUR
    return typeset(Paper("生效证明书", blocks, issuer=court, number=c.basis_number.replace("号", "号之一"), seal=court),
                   house, rng)


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    basis = {"tea": f"{ARBITRATION}{c.basis_number}裁决书", "bamboo": f"贵院{c.basis_number}民事判决书",
             "sand": f"{JIANYANG}{c.basis_number}民事判决书"}[str(t)]
    where = ("被执行人住所地及主要财产均在贵院辖区" if t != "sand" else
             f"被执行人承建的{c.extra['site']}位于贵院辖区，其项目专用账户开立于{c.extra['r_bank']}，属被执行的财产所在地")
    blocks = [
        ("f", f"申请执行人：{_who(a)}联系电话：{a.phone}。"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("f", f"被执行人：{_who(r)}"), ("gap", ""), ("h", "执行请求："),
        ("p", f"1．强制被执行人支付{money(c.amount)}；"), ("p", "2．强制被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "3．本案执行费用由被执行人承担；"),
        ("p", "4．申请对被执行人采取限制高消费措施；被执行人拒不履行的，申请将其纳入失信被执行人名单。"),
        ("h", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已发生法律效力，被执行人至今未履行。{where}。"
              "根据《中华人民共和国民事诉讼法》第二百三十五条、第二百四十七条的规定，特向贵院申请强制执行。"),
        ("h", "此致"), ("h", COURT), ("gap", ""), ("sig", f"申请执行人：{a.name}"),
        ("sig", num_date(c.filed_on - timedelta(days=rng.randint(1, 3)))),
    ]
    sheets = typeset(Paper("强制执行申请书", blocks), LAWYER, rng)
    last = sheets[-1]
    seal(last, last.width - mm(70), last.height * rng.uniform(0.55, 0.8), a.name, rng, radius=mm(19))
    return sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    blocks = [("f", f"委托单位：{a.name}"), ("f", f"法定代表人：{a.legal_rep}"), ("f", f"受委托人：{c.agent}，{c.firm}律师，"
                                                                                  f"联系电话{c.agent_phone}。"),
              ("p", f"现委托上列受委托人在我单位与{c.respondent.name}{c.extra['cause']}执行一案中，作为我单位的代理人。"),
              ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请执行措施、参加执行和解、签署和解协议、代收执行款、"
                    "签收法律文书及申请终结本次执行程序、恢复执行。"),
              ("gap", ""), ("sig", f"委托单位（盖章）：{a.name}"), ("hsig", f"法定代表人（签名）：{a.legal_rep}"),
              ("sig", num_date(c.filed_on - timedelta(days=rng.randint(3, 6))))]
    sheets = typeset(Paper("授 权 委 托 书", blocks), replace(LAWYER, body="serif"), rng)
    seal(sheets[-1], sheets[-1].width - mm(60), sheets[-1].height * 0.5, a.name, rng, radius=mm(19))
    return sheets


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    blocks = [("f", f"{COURT}执行局："),
              ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的"
                    "代理人，代为申请执行并参与执行程序，请予接洽。"),
              ("p", "特此函告。"), ("gap", ""),
              ("f", f"承办律师：{c.agent}　执业证号：{c.extra['licence']}"), ("f", f"联系电话：{c.agent_phone}"),
              ("f", f"本所地址：{c.extra['firm_addr']}"), ("gap", ""),
              ("date", num_date(c.filed_on - timedelta(days=rng.randint(2, 4))))]
    return typeset(Paper("律师事务所函", blocks, issuer=c.firm, number=f"闽剑律执函〔{c.filed_on.year}〕{rng.randint(11, 189)}号",
                         seal=c.firm), LETTER, rng)


def _licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 律师执业证 copied open: the photo leaf and the data leaf side by side, 复印件 note by hand below."""
    s = Sheet()
    x0, y0, lw, lh = mm(16), mm(36), mm(86), mm(122)
    for k in range(2):
        x = x0 + k * (lw + mm(4))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(232, 230, 226), outline=(90, 90, 90), width=3)
    s.draw.rectangle((x0 + mm(24), y0 + mm(14), x0 + mm(62), y0 + mm(62)), fill=(160, 160, 160))
    f = font("sans", 32)
    s.centred(y0 + mm(72), "中华人民共和国", f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(82), "律师执业证", font("serif_bold", 50), x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(100), "福建省司法厅颁发", font("sans", 30), x0=x0, x1=x0 + lw)
    x = x0 + lw + mm(4)
    rows = [("姓名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", str(c.extra["licence"])),
            ("发证机关", "福建省司法厅"), ("发证日期", f"{rng.randint(2015, 2021)}年{rng.randint(1, 12)}月")]
    y = y0 + mm(12)
    for label, value in rows:
        s.text(x + mm(6), y, label, font("sans", 28), fill=(80, 80, 80))
        for k, part in enumerate(wrap(value, font("sans", 32), lw - mm(34))):
            s.text(x + mm(30), y + k * 40, part, font("sans", 32))
        y += mm(17)
    seal(s, x + lw - mm(24), y0 + lh - mm(24), "福建省司法厅", rng, radius=mm(16))
    hand(s, x0 + mm(10), y0 + lh + mm(14), "此复印件与原件核对无误", rng, size=54, ink=INK)
    hand(s, x0 + mm(120), y0 + lh + mm(30), c.agent, rng, size=56, ink=INK)
    return s


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    brown = (160, 96, 40)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(166)
    s.box(x0, y0, x1, y1, width=10, outline=brown)
    s.centred(y0 + mm(9), "营　业　执　照", font("serif_bold", 86), fill=(30, 30, 30))
    s.centred(y0 + mm(27), "（副本）", font("serif", 36))
    s.text(x0 + mm(10), y0 + mm(40), f"统一社会信用代码 {p.id_number}", font("serif", 34))
    f = font("serif", 34)
    scope = ("茶叶包装制品、纸制品、金属罐制造及销售" if "包装" in p.name else "竹地板、竹制品加工、销售" if "竹" in p.name
             else "河砂运输；普通货物水路运输；砂石销售")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", scope), ("注册资本", f"{rng.choice([100, 200, 500, 800])}万元"),
            ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    y = y0 + mm(52)
    for label, value in rows:
        s.text(x0 + mm(10), y, label, f)
        for k, part in enumerate(wrap(value, f, x1 - x0 - mm(60))):
            s.text(x0 + mm(44), y + k * 44, part, f)
        y += mm(12)
    reg = "武夷山市市场监督管理局" if "武夷山" in p.address else "南平市延平区市场监督管理局"
    seal(s, x1 - mm(48), y1 - mm(30), reg, rng, radius=mm(18))
    s.text(x1 - mm(86), y1 - mm(14), f"登记机关　{c.filed_on.year - 1}年{rng.randint(1, 12)}月", f)
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", font("hei", 56), spacing=6)
    body = font("serif", 40)
    text = (f"{p.legal_rep}，在我公司任执行董事兼总经理职务，系我公司法定代表人。公民身份号码见所附身份证复印件。"
            "特此证明。")
    y += mm(16)
    for k, part in enumerate(wrap(text, body, s.width - mm(56), indent=80)):
        s.text(mm(28) + (80 if k == 0 else 0), y, part, body)
        y += 68
    s.right(s.width - mm(30), y + mm(14), num_date(c.filed_on - timedelta(days=rng.randint(2, 8))), body)
    seal(s, s.width - mm(58), y + mm(12), p.name, rng, radius=mm(19))
    hand(s, mm(28), s.height - mm(30), "复印件与原件一致", rng, size=50, ink=INK)
    return s


def _public_record(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    """The respondent as the 国家企业信用信息公示系统 prints it: a sans page with a blue header bar and a ruled list."""
    s = Sheet()
    blue = (24, 88, 168)
    s.draw.rectangle((0, 0, s.width, mm(20)), fill=blue)
    s.text(mm(14), mm(5), "国家企业信用信息公示系统", font("sans_bold", 50), fill=(255, 255, 255))
    s.text(mm(14), mm(28), p.name, font("sans_bold", 52))
    s.text(mm(14), mm(40), f"统一社会信用代码：{p.id_number}　　登记状态：存续（在营、开业、在册）", font("sans", 30))
    g = Grid(mm(14), [mm(44), s.width - mm(28) - mm(44)], ink=(150, 160, 175))
    scope = "建筑工程施工；市政工程；土石方工程" if "建设" in p.name else ("茶叶种植、加工、销售" if "茶" in p.name
                                                              else "建筑材料、装饰材料、木地板销售")
    rows = [["企业名称", p.name], ["类型", "有限责任公司（自然人投资或控股）"], ["法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([300, 500, 1000, 2000])}万元人民币"],
            ["成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"],
            ["登记机关", "南平市建阳区市场监督管理局" if "建阳" in p.address else "南平市延平区市场监督管理局"],
            ["住所", p.address], ["经营范围", scope]]
    g.rows(s, mm(50), rows, mm(13), size=30, labels=(0,))
    s.text(mm(14), s.height - mm(16), f"打印日期：{c.filed_on - timedelta(days=rng.randint(1, 5)):%Y-%m-%d}"
           "　　http://www.gsxt.gov.cn", font("sans", 26), fill=(90, 90, 90))
    stamp(s, s.width - mm(86), mm(176), ["申请人提交", "与网页一致"], rng, size_mm=4.0, face="sans")
    return s


def _fee_slip(c: CaseCtx, rng: random.Random) -> Sheet:
    """福建省非税收入缴款书, violet print on a pink slip, the bank's till stamp on it."""
    s = Sheet()
    s.draw.rectangle((mm(10), mm(12), s.width - mm(10), mm(150)), fill=(250, 232, 236))
    f = font("song_gb", 32)
    s.centred(mm(18), "福建省非税收入缴款书", font("song_gb", 56), fill=VIOLET, spacing=6)
    s.text(mm(16), mm(34), f"No {rng.randint(10**9, 10**10 - 1)}　　　执收单位编码：350702{rng.randint(100, 999)}", f, fill=VIOLET)
    s.text(mm(16), mm(41), f"填制日期：{c.filed_on:%Y年%m月%d日}", f, fill=VIOLET)
    fee_ = Decimal(c.extra["fee"])
    g = Grid(mm(16), [mm(30), mm(60), mm(30), s.width - mm(32) - mm(120)], ink=VIOLET)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["收款人", "南平市延平区财政局", "项目名称", "申请执行费"],
            ["案　号", c.number, "金　额", f"{fee_:,.2f}"], ["金额大写", money_caps(fee_)],
            ["缴款渠道", "福建南平农村商业银行延平支行柜面"]]
    g.rows(s, mm(48), rows, mm(14), size=30, labels=(0, 2))
    s.text(mm(16), mm(124), "第一联　收据（缴款人留存）", f, fill=VIOLET)
    seal(s, s.width - mm(56), mm(124), "福建南平农村商业银行延平支行", rng, radius=mm(16), inner="收讫章")
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The 诉讼服务中心's printed forms, filled in by hand at the window (or, the declaration, by the respondent)."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    s.centred(mm(20), f"{COURT}诉讼服务中心", font("song_gb", 38))
    signer = c.agent
    if code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", c.number), ("申请执行人", a.name), ("户名", a.name), ("开户行", str(c.extra["in_bank"])),
                ("账号", str(c.extra["in_acct"])), ("联系电话", a.phone)]
        note = "本单位确认以上账户为接收本案执行款的账户，因信息有误导致案款发放错误的，由本单位自行承担责任。"
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", c.number), ("受送达人", a.name), ("送达地址", a.address), ("代收人", c.agent),
                ("手机", c.agent_phone), ("电子送达", "同意，以手机短信及福建移动微法院送达")]
        note = "受送达人确认的送达地址适用于执行程序；地址变更未及时告知的，文书邮寄至上述地址即视为送达。"
    elif code == "property_clue_form":
        title = "被执行人财产线索表"
        if t == "tea":
            clue = f"{c.extra['r_bank']}账户；炉下镇茶厂内揉捻机、烘干机，库存岩茶"
        elif t == "bamboo":
            clue = f"{c.extra['r_bank']}账户{c.extra['r_acct']}；江南新区门店存货"
        else:
            clue = f"{c.extra['site']}工程款，项目专户在{c.extra['r_bank']}"
        rows = [("案号", c.number), ("被执行人", r.name), ("信用代码", r.id_number), ("住所地", r.address), ("财产线索", clue),
                ("线索来源", "申请人掌握的往来资料")]
        note = "申请执行人应如实提供被执行人财产线索，并对线索的真实性负责。"
    else:
        title = "被执行人财产申报表"
        signer = r.legal_rep
        if t == "tea":
            vals = ("炉下支行账户余额几百元", "无", "无", "厂房租赁，设备抵房租", "欠房租、货款若干")
        else:
            vals = (f"{c.extra['r_bank']}账户", "无", "货车一辆（已抵押）", "应收工程款", "无")
        rows = [("案号", c.number), ("申报人", r.name), ("银行存款", vals[0]), ("不动产", vals[1]), ("车辆", vals[2]),
                ("其他财产", vals[3]), ("负债情况", vals[4])]
        note = "申报人保证申报内容真实、完整，如有隐瞒、虚假，愿承担法律责任。"
    s.centred(mm(32), title, font("serif_bold", 60), spacing=6)
    x0 = mm(22)
    g = Grid(x0, [mm(38), s.width - mm(42) - mm(38)], ink=(40, 40, 40))
    hs = [mm(22) if len(v) > 24 else mm(15) for _, v in rows]
    y = g.rows(s, mm(50), [[k, ""] for k, _ in rows], hs, size=34, typed=False)
    for (_k, v), b in zip(rows, g.boxes[1::2], strict=True):
        pen(s, b[0] + mm(4), b[1] + mm(3), v, rng, size=40, per_line=24)
    body = font("song_gb", 32)
    y += mm(8)
    for k, part in enumerate(wrap(note, body, s.width - mm(44), indent=64)):
        s.text(x0 + (64 if k == 0 else 0), y, part, body)
        y += 50
    y += mm(12)
    s.text(s.width - mm(110), y, "签名（盖章）：", font("song_gb", 36))
    pen(s, s.width - mm(60), y - 8, signer, rng, size=54)
    pen(s, s.width - mm(92), y + mm(14), num_date(d if code == "property_declaration_form" else c.filed_on), rng, size=42)
    return s


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> Sheet:
    """The 总对总 查控 result printed landscape-wise on a portrait sheet: the header, then one line per unit."""
    s = Sheet()
    r = c.respondent
    t = str(c.extra["tale"])
    f = font("sans", 28)
    s.text(mm(14), mm(12), "执行案件网络查控反馈结果清单", font("sans_bold", 46))
    s.text(mm(14), mm(24), f"案号：{c.number}　承办人：{c.officer}　被查询人：{r.name}", f)
    s.text(mm(14), mm(30), f"证照号码：{r.id_number}　查询方式：总对总　发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", f)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("兴业银行", "存款"), ("中国邮政储蓄银行", "存款"), ("福建省农村信用社联合社", "存款"), ("招商银行", "存款"),
             ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算", "证券"), ("市场监管总局", "股权"), ("住建部", "公积金")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    for i, (unit, kind) in enumerate(units, 1):
        res = "未查询到财产信息"
        if kind == "存款":
            res = f"账户余额{rng.randint(0, 80)}.{rng.randint(10, 99)}元"
        if t == "tea" and unit == ("中国邮政储蓄银行" if "邮政" in str(c.extra["r_bank"]) else "福建省农村信用社联合社"):
            res = f"账户余额{c.extra['frozen']:,.2f}元"
        if t == "bamboo" and unit == ("兴业银行" if "兴业" in str(c.extra["r_bank"]) else "福建省农村信用社联合社"):
            res = f"账户余额{(c.amount * Decimal('1.3')).quantize(Decimal('0.01')):,.2f}元"
        if t == "sand" and unit == "中国建设银行":
            res = f"账户余额{(c.amount * Decimal('1.6')).quantize(Decimal('0.01')):,.2f}元"
        if t == "sand" and kind == "车辆":
            res = "闽H货车2辆（抵押）"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    g = Grid(mm(14), [mm(14), mm(56), mm(26), mm(62), s.width - mm(28) - mm(158)], ink=(60, 60, 60))
    g.rows(s, mm(38), rows, mm(11), size=28, labels=(0,))
    s.text(mm(14), s.height - mm(18), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=3):%Y-%m-%d}", f)
    s.right(s.width - mm(14), s.height - mm(18), "第1页/共1页", f)
    return s


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方就{COURT}{c.number}执行一案，经执行法官主持，自愿达成和解如下："),
              ("p", f"一、乙方应付甲方运费{c.amount:,.2f}元，甲方放弃迟延履行期间的债务利息；"),
              ("p", f"二、乙方于本协议签订之日起三日内支付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
                    f"{num_date(c.extra['pay_day'])}前付至法院执行款专户；"),
              ("p", "三、乙方付清全部款项后，法院解除对乙方项目账户的冻结及限制消费措施，本案执行完毕；"),
              ("p", "四、乙方未按期付款的，甲方可申请恢复执行原生效判决。"),
              ("p", "五、本协议一式三份，双方各执一份，法院存卷一份。"), ("gap", ""),
              ("sig", f"甲方：{a.name}　代理人：{c.agent}"), ("sig", f"乙方：{r.name}　法定代表人：{r.legal_rep}"),
              ("sig", num_date(d))]
    sheets = typeset(Paper("执行和解协议", blocks), AGREEMENT, rng)
    last = sheets[-1]
    seal(last, mm(62), last.height * 0.62, a.name, rng, radius=mm(18))
    seal(last, last.width - mm(70), last.height * 0.64, r.name, rng, radius=mm(18))
    return sheets


def _bank_slips(c: CaseCtx, rng: random.Random) -> Sheet:
    """Two 电子回单 of the court's 执行款专户 on one page: the money coming in and going out to the applicant."""
    s = Sheet()
    paid = c.extra["pay_day"]
    court_acct = f"35050{rng.randint(10**13, 10**14 - 1)}"
    green = (20, 110, 90)
    out = paid + timedelta(days=rng.randint(2, 4))
    slips = [(c.respondent.name, str(c.extra["r_acct"]), f"{COURT}执行款专户", court_acct, paid, f"{c.number}执行款"),
             (f"{COURT}执行款专户", court_acct, c.applicant.name, str(c.extra["in_acct"]), out, f"{c.number}案款发放")]
    y = mm(16)
    for payer, pa, payee, pe, day, use in slips:
        s.box(mm(14), y, s.width - mm(14), y + mm(118), width=2, outline=green)
        s.centred(y + mm(5), "福建南平农村商业银行　电子回单", font("sans_bold", 42), fill=green)
        s.text(mm(20), y + mm(16), f"回单号：{rng.randint(10**13, 10**14 - 1)}　　记账日期：{day:%Y-%m-%d}", font("sans", 28))
        g = Grid(mm(20), [mm(26), mm(62), mm(26), s.width - mm(40) - mm(114)], ink=green)
        rows = [["付款人", payer, "收款人", payee], ["账号", pa, "账号", pe],
                ["金额", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)], ["摘要", use]]
        g.rows(s, y + mm(24), rows, mm(15), size=28, labels=(0, 2))
        seal(s, s.width - mm(52), y + mm(98), "福建南平农村商业银行", rng, radius=mm(15), inner="电子回单专用章")
        y += mm(132)
    got = out + timedelta(days=1)
    hand(s, mm(22), s.height - mm(22), f"款已收到 {c.agent} {got.month}.{got.day}", rng, size=46, ink=(30, 50, 150))
    return s

