"""The papers in court_o's dossiers that others wrote: the basis (this court's 支付令, the 朝阳区劳动人事争议仲裁委员会's
award and its 生效证明, a 公证债权文书 and the notary's 执行证书), a Beijing law firm's papers, the parties' forms, the
execution settlement with its instalment table, the bank's transfer slips (colour), ID copies, the 非税 receipt and
the case system's 网络查控 printout (born digital)."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import hand, mm, seal, table
from dossier.corpus.families.court_o_kit import COURT, Block, OSheet, bold, fang, paper, team_form, typeset
from dossier.corpus.fonts import font

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement", "payment_voucher",
})
FIRMS = (("北京市汇朗律师事务所", "北京市朝阳区东三环北路38号泰康金融大厦15层"),
         ("北京市安远律师事务所", "北京市朝阳区建国门外大街2号银泰中心C座21层"),
         ("北京市京朝律师事务所", "北京市朝阳区朝阳门外大街18号丰联广场A座9层"))
BANKS = ("中国工商银行股份有限公司北京望京支行", "招商银行股份有限公司北京朝阳门支行", "北京银行股份有限公司双井支行")
HAND = (28, 36, 120)


def bank_of(c: CaseCtx) -> str:
    return BANKS[len(c.respondent.name) % len(BANKS)]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[OSheet]:
    from dossier.corpus.families.court_o import basis_name, cause

    a, r = c.applicant, c.respondent
    firm, firm_addr = c.extra.get("firm", (c.firm, "北京市朝阳区"))
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "enforcement_application":
        who = f"{a.name}，住所地{a.address}，负责人{a.legal_rep}" if a.kind == "organisation" else \
            f"{a.name}，{a.sex}，公民身份号码{a.id_number}，住{a.address}，电话{a.phone}"
        other = f"{r.name}，住所地{r.address}，法定代表人{r.legal_rep}" if r.kind == "organisation" else \
            f"{r.name}，{r.sex}，公民身份号码{r.id_number}，住{r.address}"
        return [paper("强制执行申请书", [
            ("f", f"申请执行人：{who}。"), ("f", f"委托代理人：{c.agent}，{firm}律师，电话{c.agent_phone}。"),
            ("f", f"被执行人：{other}。"), ("f", "执行请求："),
            ("p", f"1．请求强制被执行人支付{money(c.amount)}；"), ("p", "2．请求被执行人支付迟延履行期间的加倍债务利息；"),
            ("p", "3．本案执行费用由被执行人承担。"), ("f", "事实与理由："),
            ("p", f"申请执行人与被执行人{cause(c)}一案，{basis_name(c)}已发生法律效力，被执行人至今未履行。为此，特向贵院申请强制执行。"),
            ("f", "此致"), ("f", COURT)], rng, face="ming", size=4.2,
            signer=f"申请执行人：{a.name}", when=num_date(c.filed_on - timedelta(days=3)),
            seal_name=a.name if a.kind == "organisation" else "")]
    if code == "power_of_attorney":
        return [paper("授权委托书", [
            ("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{firm}律师，执业证号11101{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"),
            ("p", f"现委托上列受托人在委托人与{r.name}{cause(c)}执行一案中，作为委托人的代理人。"),
            ("f", "代理权限：特别授权，代为申请执行、提供财产线索、参与和解、代为签收法律文书、代为领取执行款。"),
            ("f", "委托期限：自签署之日起至本案执行终结。")], rng, face="ming", size=4.3,
            signer=f"委托人：{a.name}", when=num_date(c.filed_on - timedelta(days=5)),
            seal_name=a.name if a.kind == "organisation" else "")]
    if code == "law_firm_letter":
        return [paper("律师事务所函", [
            ("f", "北京市朝阳区人民法院："),
            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{cause(c)}执行一案的代理人。特此函告。"),
            ("f", f"本所地址：{firm_addr}"), ("f", f"联系电话：{c.agent_phone}")], rng, face="ming", top=30,
            signer=firm, when=f"{num_date(c.filed_on - timedelta(days=3))}", seal_name=firm)]
    if code == "lawyer_license":
        return [_license(c, firm, rng)]
    if code == "identity_proof":
        return [_identity(c, "respondent" in served, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        return [team_form("被执行人财产线索提供表", [
            ["被执行人", r.name], ["银行账户", f"{bank_of(c)}（账号不详）"], ["不动产", "不详"],
            ["车辆", "不详"], ["其他财产", "被执行人在北京市朝阳区有经营场所，可能有对外应收账款"],
            ["提供人", f"{c.agent}（申请执行人委托代理人）"]], c.number, rng, when=num_date(c.filed_on))]
    if code == "payment_account_confirmation":
        return [team_form("执行案款收取账户确认书", [
            ["收款人（户名）", a.name], ["开户行", BANKS[(len(a.name) + 1) % len(BANKS)]],
            ["账号", f"{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"],
            ["申请执行人签章", ""], ["日期", num_date(c.filed_on)]], c.number, rng,
            notes=["注：案款将转入上述账户，因账户信息错误导致的不利后果由申请执行人自行承担。"])]
    if code == "service_address_confirmation":
        return [team_form("送达地址确认书", [
            ["当事人", a.name], ["送达地址", a.address], ["收件人", c.agent], ["联系电话", c.agent_phone],
            ["是否同意电子送达", "同意，手机号码：" + c.agent_phone], ["当事人签名", ""], ["日期", num_date(c.filed_on)]],
            c.number, rng, notes=["告知：经确认的送达地址适用于执行程序。送达地址变更的，应及时书面告知本院。"])]
    if code == "property_declaration_form":
        s = team_form("财产申报表", [
            ["申报人", r.name], ["银行存款", "基本户余额约2000元，已被冻结"], ["不动产", "无"], ["车辆", "无"],
            ["股权、投资", "无"], ["债权", "无"], ["收入情况", "无经营收入"], ["申报人签章", ""]], c.number, rng,
            notes=["申报人保证以上申报内容真实，如有虚假，愿承担法律责任。"])
        hand(s, mm(70), mm(52) + mm(14) * 7 + mm(3), r.legal_rep or r.name, rng, size=mm(6), ink=HAND)
        return [s]
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return [_slip(c, served, rng)]
    raise KeyError(code)


def _basis(c: CaseCtx, rng: random.Random) -> list[OSheet]:
    from dossier.corpus.families.court_o import LABOUR, NOTARY

    a, r = c.applicant, c.respondent
    year_day = c.basis_effective - timedelta(days=20)
    if c.basis_kind == "arbitration":
        return typeset("裁　决　书", [
            ("f", f"申请人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，经理。"),
            ("p", "申请人与被申请人劳动争议一案，本委受理后依法组成仲裁庭，公开开庭进行了审理。申请人请求被申请人支付拖欠工资、"
                  "解除劳动合同经济补偿金。"),
            ("p", "经审理查明：申请人于入职被申请人处任销售专员，被申请人自去年起拖欠申请人工资，后以经营困难为由解除劳动合同。"),
            ("p", "依照《中华人民共和国劳动合同法》第三十条、第四十六条、第四十七条之规定，裁决如下："),
            ("p", f"被申请人{r.name}于本裁决书生效之日起十日内支付申请人{a.name}拖欠工资及解除劳动合同经济补偿金共计{money(c.amount)}。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")], c.basis_number, cn_date(year_day), rng,
            head=LABOUR, seal_name=LABOUR, signers=["仲裁员　" + person_name(rng)], tail=["书记员　" + person_name(rng)])
    if c.basis_kind == "notarial":
        return typeset("公　证　书", [
            ("f", f"申请人：{a.name}，负责人{a.legal_rep}。"), ("f", f"申请人：{r.name}，公民身份号码{r.id_number}。"),
            ("f", "公证事项：赋予债权文书强制执行效力"),
            ("p", f"兹证明{a.name}与{r.name}于{num_date(year_day - timedelta(days=400))}在本公证员面前签订了前面的《个人借款合同》，"
                  f"借款本金{money(c.amount)}。双方在合同中约定：债务人不履行或不适当履行的，债权人可向公证处申请出具执行证书，"
                  "债务人愿意接受依法强制执行。"),
            ("p", "双方当事人的签约行为符合《中华人民共和国民法典》第一百四十三条的规定，合同上当事人的签字、印章属实。依照"
                  "《中华人民共和国公证法》第三十七条的规定，该债权文书具有强制执行效力。")],
            c.basis_number, cn_date(year_day - timedelta(days=400)), rng, head=NOTARY, seal_name=NOTARY,
            signers=["公证员　" + person_name(rng)])
    return typeset("支　付　令", [
        ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"申请人{a.name}于{num_date(year_day - timedelta(days=30))}向本院申请支付令，要求被申请人给付货款{money(c.amount)}。"
              "经审查，申请人的申请符合《中华人民共和国民事诉讼法》第二百二十一条的规定。依照该法第二百二十三条的规定，"
              "特发出如下支付令："),
        ("p", f"被申请人{r.name}应当自收到本支付令之日起十五日内，给付申请人{a.name}货款{money(c.amount)}。"),
        ("p", "申请费由被申请人负担。"),
        ("p", "被申请人自收到本支付令之日起十五日内不提出书面异议又不履行的，申请人可以向本院申请执行。")],
        c.basis_number, cn_date(year_day - timedelta(days=20)), rng, signers=[f"审判员　{c.judge}"],
        tail=[f"书记员　{person_name(rng)}"])


def _certificate(c: CaseCtx, rng: random.Random) -> OSheet:
    from dossier.corpus.families.court_o import LABOUR, NOTARY

    if c.basis_kind == "notarial":
        s = typeset("执　行　证　书", [
            ("f", f"申请人：{c.applicant.name}"), ("f", f"被申请执行人：{c.respondent.name}，公民身份号码{c.respondent.id_number}"),
            ("p", f"本处于{num_date(c.basis_effective - timedelta(days=420))}出具的{c.basis_number}公证书所证明的借款合同，"
                  "被申请执行人未按约还款。经核实，被申请执行人尚欠："),
            ("p", f"借款本金及利息合计{money(c.amount)}。"),
            ("p", "申请人可持本执行证书及原公证书向有管辖权的人民法院申请执行。")],
            str(c.extra["certificate_number"]), cn_date(c.filed_on - timedelta(days=12)), rng, head=NOTARY,
            seal_name=NOTARY, signers=["公证员　" + person_name(rng)])
        return s[0]
    return typeset("生 效 证 明", [
        ("f", f"{c.applicant.name}："),
        ("p", f"本委作出的{c.basis_number}{'裁决书'}（申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案），"
              f"已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。")], "", cn_date(c.basis_effective + timedelta(days=5)), rng, head=LABOUR, seal_name=LABOUR)[0]


def _identity(c: CaseCtx, respondent: bool, rng: random.Random) -> OSheet:
    party = c.respondent if respondent else c.applicant
    if party.kind == "organisation":
        rep_id = c.extra.get("rep_id", "") if respondent else ""
        s = paper("法定代表人身份证明书", [
            ("p", f"{party.legal_rep}在我单位任{'经理' if respondent else '行长'}职务，系我单位的法定代表人（负责人）。"),
            ("f", f"单位名称：{party.name}"), ("f", f"统一社会信用代码：{party.id_number}"), ("f", f"住所：{party.address}"),
            *([("f", f"法定代表人公民身份号码：{rep_id}")] if rep_id else []), ("f", "特此证明。")],
            rng, face="ming", size=4.3, top=36, signer=party.name, when=num_date(c.filed_on - timedelta(days=6)),
            seal_name=party.name)
        s.colour = rng.random() < 0.3
        return s
    s = OSheet(colour=True)
    x, y = mm(45), mm(40)
    s.draw.rounded_rectangle((x, y, x + mm(86), y + mm(54)), radius=mm(4), fill=(226, 236, 240), outline=(150, 160, 170))
    f = font("hei", mm(3.2))
    for i, (k, v) in enumerate([("姓名", party.name), ("性别", party.sex), ("出生", num_date(party.born) if party.born else ""),
                                ("住址", party.address[:14]), ("", party.address[14:])]):
        if k:
            s.text(x + mm(5), y + mm(5 + 8 * i), k, f, fill=(80, 110, 150))
        s.text(x + mm(16), y + mm(5 + 8 * i), v, f)
    s.text(x + mm(5), y + mm(46), "公民身份号码", f, fill=(80, 110, 150))
    s.text(x + mm(28), y + mm(46), party.id_number, font("hei", mm(3.6)))
    s.draw.rectangle((x + mm(60), y + mm(8), x + mm(80), y + mm(34)), fill=(200, 205, 210))
    s.text(mm(45), mm(110), "本复印件与原件一致", font("kai", mm(5)), fill=HAND)
    return s


def _license(c: CaseCtx, firm: str, rng: random.Random) -> OSheet:
    s = OSheet()
    s.centred(mm(30), "中华人民共和国律师执业证", bold(6.0))
    rows = [["持证人", c.agent], ["执业机构", firm], ["执业证类别", "专职律师"],
            ["执业证号", f"1110{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}"], ["发证机关", "北京市司法局"],
            ["年度考核", f"{c.filed_on.year - 1}年度考核称职"]]
    table(s, mm(35), mm(50), [mm(40), mm(100)], rows, fang(4.2), row_h=mm(12))
    seal(s, mm(150), mm(110), "北京市司法局", rng, radius=mm(17))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> OSheet:
    s = OSheet(colour=True)
    s.draw.rectangle((mm(20), mm(30), mm(190), mm(130)), outline=(120, 40, 40), width=3)
    s.centred(mm(36), "北京市非税收入一般缴款书", bold(5.6))
    fee = int(c.amount) // 100 + 50
    rows = [["执收单位", COURT], ["缴款人", c.applicant.name], ["项目名称", "案件受理费（申请执行费）"],
            ["案号", c.number], ["金额", f"{fee}.00元（{money_caps(Decimal(fee))}）"], ["缴款日期", num_date(c.day(2))]]
    table(s, mm(25), mm(50), [mm(40), mm(120)], rows, fang(4.0), row_h=mm(12))
    seal(s, mm(150), mm(112), "北京市财政局票据专用章", rng, radius=mm(14))
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[OSheet]:
    a, r = c.applicant, c.respondent
    plan: list[tuple[str, Decimal]] = c.extra.get("instalments", [])
    s = OSheet()
    s.centred(mm(24), "执行和解协议", font("hei", mm(7)), spacing=mm(1.2))
    s.text(mm(25), mm(38), f"案号：{c.number}", fang(4.2))
    f = fang(4.2)
    y: float = mm(48)
    body: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("f", f"甲乙双方就北京市朝阳区人民法院{c.number}执行案件，经速执团队主持，自愿达成如下和解协议："),
        ("f", f"一、乙方确认尚欠甲方{money(c.amount)}，甲方放弃迟延履行期间的加倍部分债务利息。"),
        ("f", "二、乙方按下表分期向甲方指定账户支付："),
    ]
    from dossier.corpus.draw import wrap

    for _, text in body:
        for part in wrap(text, f, mm(160)):
            s.text(mm(25), y, part, f)
            y += mm(7.6)
    rows = [["期次", "付款期限", "金额（元）"], *[[f"第{k}期", f"{when}前", f"{amt:,.2f}"] for k, (when, amt) in
                                                enumerate(plan, 1)],
            ["合计", "", f"{sum((amt for _, amt in plan), Decimal(0)):,.2f}"]]
    y = table(s, mm(30), y + mm(2), [mm(25), mm(70), mm(55)], rows, f, row_h=mm(10), centre_first=True) + mm(5)
    for text in ["三、乙方任何一期逾期未付的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除。",
                 "四、乙方全部履行完毕后，本案以执行完毕结案。", "五、本协议一式三份，双方各执一份，交法院一份附卷。"]:
        for part in wrap(text, f, mm(160)):
            s.text(mm(25), y, part, f)
            y += mm(7.6)
    y += mm(6)
    s.text(mm(25), y, "甲方（签章）：", f)
    s.text(mm(110), y, "乙方（签章）：", f)
    hand(s, mm(55), y - mm(1), c.agent, rng, size=mm(6), ink=(20, 20, 24))
    hand(s, mm(140), y - mm(1), r.legal_rep or r.name, rng, size=mm(6), ink=(20, 20, 24))
    if r.kind == "organisation":
        seal(s, mm(150), y + mm(2), r.name, rng, radius=mm(19))
    s.text(mm(110), y + mm(16), num_date(c.day(18)), f)
    return [s]


def _slip(c: CaseCtx, served: list[str], rng: random.Random) -> OSheet:
    """A bank's 网上银行电子回单 for one instalment, scanned in colour."""
    plan: list[tuple[str, Decimal]] = c.extra.get("instalments", [(num_date(c.day(30)), c.amount)])
    k = int(served[0]) if served and served[0].isdigit() else 1
    when, amount = plan[min(k, len(plan)) - 1]
    s = OSheet(colour=True, landscape=False)
    s.image.paste((255, 255, 255), (0, 0, s.width, s.height))
    bank = bank_of(c)
    x0, y0 = mm(18), mm(30)
    s.draw.rectangle((x0, y0, mm(192), y0 + mm(95)), outline=(40, 80, 150), width=3)
    s.centred(y0 + mm(5), bank.split("股份")[0] + "网上银行电子回单", bold(5.2), fill=(30, 60, 130))
    s.text(x0 + mm(4), y0 + mm(15), f"电子回单号码：{rng.randint(10**15, 10**16 - 1)}", fang(3.4))
    rows = [["付款人", c.respondent.name, "收款人", c.applicant.name],
            ["开户行", bank, "开户行", BANKS[(len(c.applicant.name) + 1) % len(BANKS)]],
            ["金额", f"人民币{amount:,.2f}元", "大写", money_caps(amount)],
            ["交易时间", f"{when} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}", "用途", f"{c.number}和解款第{k}期"]]
    table(s, x0 + mm(3), y0 + mm(22), [mm(22), mm(58), mm(22), mm(66)], rows, fang(3.4), row_h=mm(13))
    seal(s, mm(165), y0 + mm(82), "电子回单专用章", rng, radius=mm(12))
    s.text(x0 + mm(4), y0 + mm(86), f"打印日期：{when}　重要提示：本回单不作为收款方发货依据", fang(3.0))
    s.text(mm(25), mm(140), f"第{k}期已付，{c.agent}确认收到", font("kai", mm(5)), fill=HAND)
    return s


def inquiry(c: CaseCtx, rng: random.Random) -> OSheet:
    """The 网络执行查控系统 printout, printed to image from the case system (born digital)."""
    s = OSheet(digital=True)
    r = c.respondent
    s.text(mm(15), mm(12), "北京法院执行办案系统　网络查控结果", font("microhei", mm(4.6)))
    s.right(s.width - mm(15), mm(13), f"打印时间：{num_date(c.day(8))} 15:2{rng.randint(0, 9)}", font("microhei", mm(3)))
    s.line(mm(15), mm(20), s.width - mm(15), mm(20), width=2, fill=(60, 60, 60))
    s.text(mm(15), mm(25), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", font("microhei", mm(3.2)))
    items = [("中国工商银行", "存款", "余额0.00元"), ("中国建设银行", "存款", "无账户"), ("招商银行", "存款", "余额1,986.40元，已冻结"),
             ("北京银行", "存款", "无账户"), ("公安部", "车辆", "无登记车辆"), ("自然资源部", "不动产", "无登记"),
             ("中国证券登记结算", "证券", "无"), ("支付宝", "网络资金", "余额0.00元"), ("财付通", "网络资金", "无账户")]
    rows = [["序号", "协执单位", "财产类型", "反馈结果"], *[[str(i), a, b, d] for i, (a, b, d) in enumerate(items, 1)]]
    table(s, mm(15), mm(33), [mm(14), mm(52), mm(30), mm(84)], rows, font("microhei", mm(3.2)), row_h=mm(8), width=1)
    return s
