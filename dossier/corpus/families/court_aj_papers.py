"""The papers court_aj's bureau receives: the bases (a 上海市黄浦区人民法院 judgment, a 上海仲裁委员会 award, a 东方公证处
公证债权文书 and its 执行证书), the 上海法院网上立案 printout, the law firm's application, 所函 and 执业证, a financial
company's 法务部 授权委托书, business licences, bank and securities replies to 查控, the 不动产登记 reply, 借款借据 and
对账单, a 债权转让协议 and its newspaper 公告, hand-filled forms and the bank's 电子回单."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

HUANGPU = "上海市黄浦区人民法院"
ARBITRATION = "上海仲裁委员会"
NOTARY = "上海市东方公证处"
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "payment_voucher", "evidence",
})
X0 = mm(25)
W = mm(160)


def f(role: str, size: int) -> Font:
    return font(role, size)


def run(blocks: list[Block], *, role: str = "ming", size: int = 40, title: str = "", title_role: str = "ming",
        top: float = mm(30), head: str = "", footer: str = "", x0: float = X0, width: float = W) -> list[Sheet]:
    """A typed paper of another author, flowed over as many sheets as it takes."""
    first = Sheet()
    y = top
    if head:
        first.centred(y, head, f(title_role, 48), spacing=4)
        y += mm(14)
    if title:
        first.centred(y, title, f(title_role, 64), spacing=16)
        y += mm(18)
    sheets = [first]
    lh = size * 1.8

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, mm(25)

    flow(first, blocks, f(role, size), x0=x0, width=width, y=y, line_height=lh, indent=size * 2, bottom=mm(265),
         more=more, centre=f(title_role, size))
    if footer or len(sheets) > 1:
        for k, s in enumerate(sheets, 1):
            if len(sheets) > 1:
                s.page_of = (k, len(sheets))
            s.centred(mm(280), footer.format(k=k, n=len(sheets)) if footer else f"- {k} -", f(role, 24))
    return sheets


def end_y(s: Sheet) -> float:
    """Below the lowest ink on the sheet (where to put a signature)."""
    import numpy as np

    a = np.asarray(s.image.convert("L"))
    rows = np.where((a[: mm(268)] < 128).any(axis=1))[0]
    return float(rows[-1]) + mm(6) if len(rows) else mm(40)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return [_certificate(c, rng)]
    if code == "enforcement_application":
        return _application(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served)
    if code == "power_of_attorney":
        blocks = [("f", f"委托人：{a.name}"), ("f", f"法定代表人：{a.legal_rep}　　职务：董事长"),
                  ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
                  ("f", f"受托人：{person_name(rng)}，本公司法律合规部员工。"),
                  ("p", f"现委托上述受托人在我公司申请执行{r.name}、{g.name}{c.extra['contract']}纠纷一案中，作为我公司的代理人。"),
                  ("p", "代理权限：特别授权，包括代为申请执行、提供财产线索、申请变更追加、参加约谈、代为签收法律文书、代为达成和解、"
                        "代为领取执行款、申请终结本次执行程序及恢复执行。"),
                  ("f", "委托期限：自签发之日起至本案执行终结之日止。")]
        sheets = run(blocks, role="sans", size=36, title="授权委托书", title_role="sans_bold", top=mm(40))
        s = sheets[-1]
        s.text(X0, mm(22), f"{a.name}　法律合规部", f("sans", 26), fill=(30, 60, 140))
        s.line(X0, mm(30), X0 + W, mm(30), width=3, fill=(30, 60, 140))
        y = end_y(s) + mm(10)
        s.text(X0 + mm(80), y, f"委托人（盖章）：{a.name}", f("sans", 32))
        seal(s, X0 + mm(125), y + mm(4), a.name, rng)
        s.text(X0 + mm(80), y + mm(18), "法定代表人签字：", f("sans", 32))
        signature(s, X0 + mm(125), y + mm(14), a.legal_rep, rng)
        s.text(X0 + mm(80), y + mm(32), num_date(c.filed_on - timedelta(days=6)), f("sans", 32))
        return sheets
    if code == "law_firm_letter":
        no = f"{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(100, 999)}号"
        blocks = [("r", no), ("f", "上海金融法院："),
                  ("p", f"本所接受{a.name}的委托，指派{c.agent}律师作为其与{r.name}、{g.name}{c.extra['contract']}纠纷执行一案的代理人。"
                        "特此函告。"),
                  ("f", "附：授权委托书一份、律师执业证复印件一份"), ("r", c.firm), ("r", num_date(c.filed_on - timedelta(days=5)))]
        sheets = run(blocks, role="serif", size=38, title="律师事务所函", title_role="serif_bold", top=mm(50))
        s = sheets[0]
        s.text(X0, mm(18), c.firm, f("serif_bold", 44), fill=(120, 20, 30))
        s.text(X0, mm(28), "上海市黄浦区湖滨路202号企业天地2号楼18层　电话 021-6335 2288", f("sans", 22), fill=(120, 20, 30))
        s.line(X0, mm(36), X0 + W, mm(36), width=4, fill=(120, 20, 30))
        seal(s, X0 + W - mm(30), end_y(s) - mm(14), c.firm, rng)
        return sheets
    if code == "lawyer_license":
        return [_license(c, rng)]
    if code == "fee_receipt":
        return [_fee(c, rng)]
    if code == "property_clue_form":
        return [_filled(c, rng, "被执行人可供执行财产线索表", [
            ("被执行人", r.name), ("银行账户", f"上海银行黄浦支行 {c.extra['account']}"),
            ("证券账户", f"资金账号 {c.extra['securities']}"), ("不动产", f"{g.name}名下{c.extra['flat']}"),
            ("车辆", f"沪A·D7{rng.randint(0, 999):03d}货车"), ("其他", "对外应收账款（详见对账单）")])]
    if code == "payment_account_confirmation":
        return [_filled(c, rng, "申请执行人收取案款确认书", [
            ("案号", c.number), ("收款人", a.name), ("开户行", "上海浦东发展银行黄浦支行"),
            ("账号", f"9{c.extra['account'].replace(' ', '')}01"), ("联系人及电话", f"{c.agent} {c.agent_phone}"),
            ("承诺", "上述账户信息真实，案款汇入即视为已收取")])]
    if code == "service_address_confirmation":
        return [_filled(c, rng, "送达地址确认书", [
            ("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent), ("电话", c.agent_phone),
            ("电子送达", "同意　☑　上海法院一站式电子送达平台"), ("邮箱", f"{c.agent_phone[-6:]}@139.com")])]
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    if code == "evidence":
        return _evidence(c, rng, served)
    raise KeyError(code)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    p, i = money(c.extra["principal"]), money(c.extra["interest"])
    if c.basis_kind == "arbitration":
        blocks = [("r", c.basis_number), ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"被申请人：{r.name}，住所地{r.address}。"),
                  ("f", f"被申请人：{g.name}，住{g.address}。"),
                  ("p", "上海仲裁委员会根据申请人与被申请人签订的《融资租赁合同》及《保证合同》中的仲裁条款，受理了双方之间的融资租赁合同纠纷，"
                        "适用《上海仲裁委员会仲裁规则》，由独任仲裁员审理，现已审理终结。"),
                  ("c", "一、案情"),
                  ("p", f"申请人称，双方约定申请人出资购买被申请人指定的数控加工设备并出租给被申请人，租期三十六个月。被申请人自第十一期起未付租金，"
                        f"经催告仍未支付，申请人宣布租金加速到期。被申请人{g.name}对上述债务承担连带保证责任。"),
                  ("c", "二、仲裁庭意见"),
                  ("p", "仲裁庭认为，《融资租赁合同》合法有效，被申请人逾期支付租金构成违约，申请人有权要求支付全部未付租金及违约金。"),
                  ("c", "三、裁决"), ("p", "仲裁庭裁决如下："),
                  ("p", f"（一）被申请人{r.name}向申请人支付全部未付租金{p}；"),
                  ("p", f"（二）被申请人{r.name}向申请人支付逾期违约金{i}；"),
                  ("p", f"（三）被申请人{g.name}对上述第（一）、（二）项债务承担连带清偿责任；"),
                  ("p", "（四）本案仲裁费由被申请人承担。"),
                  ("p", "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。"),
                  ("r", f"独任仲裁员：{person_name(rng)}"), ("r", cn_date(c.basis_effective)), ("r", f"书记员：{person_name(rng)}")]
        sheets = run(blocks, role="serif", size=38, head=ARBITRATION, title="裁　决　书", title_role="serif_bold",
                     footer="第{k}页 共{n}页")
        seal(sheets[-1], X0 + W - mm(40), end_y(sheets[-1]) - mm(26), ARBITRATION, rng)
        return sheets
    if c.basis_kind == "notarial":
        blocks = [("r", c.basis_number), ("f", f"申请人：{a.name}，法定代表人{a.legal_rep}。"),
                  ("f", f"申请人：{r.name}，法定代表人{r.legal_rep}。"), ("f", f"申请人：{g.name}，身份证号{g.id_number}。"),
                  ("f", "公证事项：赋予债权文书强制执行效力"),
                  ("p", f"兹证明{a.name}与{r.name}于{num_date(c.basis_effective - timedelta(days=400))}在本公证员面前签订了前面的"
                        f"《借款合同》，借款金额{p}，{g.name}签订了《保证合同》。经审查，当事人具有完全民事行为能力，意思表示真实，合同内容"
                        "符合法律规定，当事人一致同意：债务人不履行或不适当履行义务时，债权人可以向有管辖权的人民法院申请强制执行。"),
                  ("p", "依据《中华人民共和国公证法》第三十七条，前面的《借款合同》《保证合同》具有强制执行效力。"),
                  ("r", "中华人民共和国上海市东方公证处"), ("r", f"公证员　{person_name(rng)}"),
                  ("r", cn_date(c.basis_effective - timedelta(days=400)))]
        sheets = run(blocks, role="song_gb", size=40, title="公　证　书", title_role="serif_bold", top=mm(40),
                     footer="第{k}页")
        seal(sheets[-1], X0 + W - mm(40), end_y(sheets[-1]) - mm(24), NOTARY, rng)
        return sheets
    blocks = [("r", c.basis_number), ("f", f"原告：{c.extra['bank']}，营业场所上海市黄浦区。"),
              ("f", f"负责人：{person_name(rng)}，行长。"), ("f", f"被告：{r.name}，住所地{r.address}。"),
              ("f", f"被告：{g.name}，住{g.address}。"),
              ("p", f"原告{c.extra['bank']}与被告{r.name}、{g.name}金融借款合同纠纷一案，本院于立案后依法适用简易程序，"
                    "公开开庭进行了审理。本案现已审理终结。"),
              ("p", f"原告诉称：原告与被告{r.name}签订《流动资金借款合同》，约定借款{p}，期限十二个月。借款到期后被告未按约还本付息。"
                    f"被告{g.name}签订《最高额保证合同》承担连带保证责任。"),
              ("p", "本院认为，原、被告之间的借款合同及保证合同系双方真实意思表示，合法有效。被告逾期未还款，应承担还本付息的违约责任。"
                    "依照《中华人民共和国民法典》第六百七十四条、第六百七十五条、第六百八十八条之规定，判决如下："),
              ("p", f"一、被告{r.name}于本判决生效之日起十日内归还原告借款本金{p}；"),
              ("p", f"二、被告{r.name}于本判决生效之日起十日内支付原告截至起诉日的利息、罚息、复利{i}，并以未还本金为基数按合同约定支付"
                    "此后的罚息至实际清偿之日止；"),
              ("p", f"三、被告{g.name}对上述第一、二项债务承担连带清偿责任，其履行后有权向被告{r.name}追偿。"),
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                    "加倍支付迟延履行期间的债务利息。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于上海金融法院。"),
              ("r", f"审判员　{person_name(rng)}"), ("r", cn_date(c.basis_effective - timedelta(days=25))),
              ("r", f"书记员　{person_name(rng)}")]
    sheets = run(blocks, role="ming", size=40, head=HUANGPU, title="民 事 判 决 书", title_role="ming", footer="- {k} -")
    s = sheets[-1]
    seal(s, X0 + W - mm(40), end_y(s) - mm(26), HUANGPU, rng)
    y = end_y(s) + mm(4)
    s.box(X0, y, X0 + mm(62), y + mm(12), width=2)
    s.text(X0 + mm(3), y + mm(2), "本件与原本核对无异", f("ming", 34))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "notarial":
        blocks = [("r", c.extra["certificate"]), ("f", f"申请执行人：{a.name}"), ("f", f"被执行人：{r.name}、{c.extra['guarantor'].name}"),
                  ("p", f"经审查，本处出具的{c.basis_number}公证书所证明的《借款合同》已赋予强制执行效力。债务人未按约履行还款义务，"
                        "本处已核实债务人履行情况。被执行人应履行：偿还借款本金" + money(c.extra["principal"]) + "，利息及逾期利息"
                        + money(c.extra["interest"]) + "，以及实现债权的费用。"),
                  ("p", "债权人可持本执行证书向有管辖权的人民法院申请强制执行。"),
                  ("r", "上海市东方公证处"), ("r", f"公证员　{person_name(rng)}"), ("r", cn_date(c.filed_on - timedelta(days=20)))]
        s = run(blocks, role="song_gb", size=40, title="执　行　证　书", title_role="serif_bold", top=mm(40))[0]
        seal(s, X0 + W - mm(40), end_y(s) - mm(24), NOTARY, rng)
        return s
    body = (f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective)}作出，依法送达当事人。该裁决为终局裁决，自作出之日起发生法律效力。"
            if c.basis_kind == "arbitration" else
            f"本院{c.basis_number}{c.extra['contract']}纠纷一案民事判决书，已于{cn_date(c.basis_effective)}发生法律效力。")
    who = ARBITRATION if c.basis_kind == "arbitration" else HUANGPU
    blocks = [("f", f"{a.name}："), ("p", body), ("p", "特此证明。"), ("r", who), ("r", cn_date(c.basis_effective + timedelta(days=12)))]
    s = run(blocks, role="ming", size=42, head=who, title="生效证明书", title_role="ming", top=mm(40))[0]
    seal(s, X0 + W - mm(40), end_y(s) - mm(20), who, rng)
    return s


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r, g = c.applicant, c.respondent, c.extra["guarantor"]
    net = Sheet()
    net.text(mm(12), mm(10), "上海法院诉讼服务网 › 网上立案 › 立案申请详情", f("sans", 26), fill=(40, 90, 170))
    net.right(net.width - mm(12), mm(10), f"打印时间：{c.filed_on:%Y-%m-%d} 09:{rng.randint(10, 59)}", f("sans", 24))
    net.text(mm(12), mm(22), "立案申请信息", f("sans_bold", 44))
    rows = [["申请编号", f"SHWSLA{c.filed_on:%Y%m%d}{rng.randint(100000, 999999)}"], ["受理法院", "上海金融法院"],
            ["案件类型", "执行实施（首次执行）"], ["申请执行人", a.name], ["统一社会信用代码", a.id_number],
            ["被执行人", f"{r.name}；{g.name}"], ["执行依据", f"{c.basis_court} {c.basis_number}"], ["申请标的", f"{c.amount:,.2f}元"],
            ["代理人", f"{c.agent}（{c.firm}）"], ["审核状态", "已立案"], ["审核意见", "材料齐全，准予立案"]]
    table(net, mm(12), mm(36), [mm(48), mm(138)], rows, f("sans", 28), row_h=mm(13), fill=(120, 140, 170))
    net.text(mm(12), mm(190), "电子材料清单：执行申请书.pdf　执行依据.pdf　生效证明.pdf　营业执照.pdf　授权委托书.pdf　所函.pdf　执业证.pdf",
             f("sans", 22))
    blocks = [("f", f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"),
              ("f", f"法定代表人：{a.legal_rep}。"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
              ("f", f"被执行人：{g.name}，{g.sex}，身份证号{g.id_number}，住{g.address}。"),
              ("c", "执行请求"),
              ("f", f"1．强制被执行人支付{money(c.amount)}及至实际清偿之日止的利息、罚息；"),
              ("f", "2．被执行人加倍支付迟延履行期间的债务利息；3．执行费由被执行人承担；"),
              ("f", "4．对被执行人采取限制高消费措施，并将其纳入失信被执行人名单。"),
              ("c", "事实与理由"),
              ("p", f"申请执行人与被执行人{c.extra['contract']}纠纷一案，经{c.basis_court}作出{c.basis_number}法律文书，已发生法律效力。"
                    "被执行人至今未履行给付义务，为维护申请执行人合法权益，特向贵院申请强制执行。"),
              ("f", "此致"), ("f", "上海金融法院")]
    sheets = run(blocks, role="serif", size=38, title="强制执行申请书", title_role="serif_bold", top=mm(30), footer="第{k}页")
    s = sheets[-1]
    y = end_y(s) + mm(8)
    s.text(X0 + mm(80), y, f"申请执行人：{a.name}", f("serif", 36))
    seal(s, X0 + mm(130), y + mm(4), a.name, rng)
    s.text(X0 + mm(80), y + mm(14), num_date(c.filed_on - timedelta(days=3)), f("serif", 36))
    sheets[0].starts_document = True
    return [net, *sheets]


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    p = c.respondent if respondent else c.applicant
    s = Sheet(paper=(250, 248, 240))
    s.box(mm(12), mm(12), s.width - mm(12), mm(200), width=10, outline=(180, 120, 60))
    s.centred(mm(26), "营 业 执 照", f("serif_bold", 90), spacing=20)
    s.centred(mm(46), "（副　本）", f("serif", 36))
    s.text(mm(22), mm(52), f"统一社会信用代码　{p.id_number}", f("sans", 30))
    rows = [("名　　称", p.name), ("类　　型", "股份有限公司（非上市）" if not respondent else "有限责任公司（自然人投资或控股）"),
            ("法定代表人", p.legal_rep), ("经营范围", "融资租赁业务；吸收非银行股东三个月以上定期存款" if "租赁" in p.name else
                                      "依法须经批准的项目，经相关部门批准后方可开展经营活动"),
            ("注册资本", f"人民币{rng.choice([5000, 10000, 30000])}万元整"), ("成立日期", f"{rng.randint(2006, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    y = mm(66)
    for k, v in rows:
        s.text(mm(30), y, k, f("serif", 32))
        for line in [v[i:i + 26] for i in range(0, len(v), 26)]:
            s.text(mm(75), y, line, f("serif", 32))
            y += mm(9)
        y += mm(3)
    s.text(mm(120), mm(170), "登记机关", f("serif", 32))
    seal(s, mm(160), mm(172), "上海市市场监督管理局", rng)
    s.text(mm(20), mm(215), "与原件一致", f("kai", 44), fill=(30, 50, 150))
    seal(s, mm(60), mm(230), p.name, rng, radius=mm(18))
    proof = Sheet()
    blocks = [("f", f"{p.legal_rep}，在我单位任董事长职务，系{p.name}的法定代表人。"), ("p", "特此证明。"),
              ("f", f"单位全称：{p.name}"), ("f", f"统一社会信用代码：{p.id_number}"), ("r", num_date(c.filed_on - timedelta(days=6)))]
    proof = run(blocks, role="sans", size=38, title="法定代表人身份证明书", title_role="sans_bold", top=mm(45))[0]
    seal(proof, X0 + W - mm(40), end_y(proof) - mm(12), p.name, rng)
    proof.starts_document = True
    return [s] if respondent else [s, proof]


def _license(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    for k, x in enumerate((mm(15), mm(110))):
        s.box(x, mm(30), x + mm(85), mm(150), width=4, outline=(140, 30, 30) if k == 0 else (90, 90, 90))
    s.centred(mm(60), "中华人民共和国", f("serif_bold", 40), x0=mm(15), x1=mm(100))
    s.centred(mm(80), "律师执业证", f("serif_bold", 60), x0=mm(15), x1=mm(100))
    s.centred(mm(120), "中华人民共和国司法部监制", f("serif", 24), x0=mm(15), x1=mm(100))
    s.box(mm(118), mm(38), mm(145), mm(72), width=2)
    s.text(mm(121), mm(52), "照片", f("sans", 26))
    y = mm(80)
    for label, v in (("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", f"1310120{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"),
                 ("持证人", c.agent), ("性别", rng.choice("男女")), ("发证机关", "上海市司法局"), ("发证日期", f"{rng.randint(2012, 2020)}年03月")):
        s.text(mm(114), y, f"{label}：{v}", f("sans", 24))
        y += mm(9)
    seal(s, mm(160), mm(128), "上海市司法局", rng, radius=mm(16))
    s.text(mm(20), mm(170), f"本复印件仅供{c.number.split('）')[0]}）执行案件使用", f("kai", 36), fill=(30, 50, 150))
    s.text(mm(20), mm(185), "年度考核：2023年度　称职　上海市律师协会", f("sans", 26))
    return s


def _fee(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(24), "上海市非税收入一般缴款书（电子）", f("sans_bold", 48))
    s.text(mm(20), mm(38), f"票据代码：310{rng.randint(10000, 99999)}　票据号码：{rng.randint(10**9, 10**10 - 1)}", f("sans", 26))
    s.right(s.width - mm(20), mm(38), f"开票日期：{c.day(2):%Y-%m-%d}", f("sans", 26))
    rows = [["缴款人", c.applicant.name, "执收单位", "上海金融法院"], ["项目编码", "103040101", "项目名称", "执行申请费"],
            ["案号", c.number, "标准", "按执行金额计"], ["金额（大写）", money(c.extra["fee"]).split("（大写：")[1].rstrip("）")],
            ["金额（小写）", f"¥{c.extra['fee']:,.2f}"], ["备注", "网上缴费　交易流水 " + str(rng.randint(10**11, 10**12 - 1))]]
    table(s, mm(20), mm(48), [mm(36), mm(64), mm(30), mm(40)], rows, f("sans", 26), row_h=mm(13))
    seal(s, mm(150), mm(150), "上海市财政局票据监制章", rng, radius=mm(17))
    s.text(mm(20), mm(160), "校验码：" + "".join(rng.choice("0123456789ABCDEF") for _ in range(20)), f("mono", 24))
    return s


def _filled(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]]) -> Sheet:
    s = Sheet()
    s.centred(mm(26), title, f("sans_bold", 54))
    s.text(X0, mm(42), f"案号：{c.number}", f("sans", 30))
    top = mm(50)
    table(s, X0, top, [mm(45), W - mm(45)], [[k, ""] for k, _ in rows], f("sans", 30), row_h=mm(20))
    for k, (_, v) in enumerate(rows):
        hand(s, X0 + mm(50), top + k * mm(20) + mm(5), v, rng, size=36 if len(v) < 26 else 30)
    y = top + len(rows) * mm(20) + mm(16)
    s.text(X0 + mm(70), y, "填表人（签章）：", f("sans", 32))
    hand(s, X0 + mm(115), y - mm(2), c.agent, rng, size=46)
    seal(s, X0 + mm(130), y + mm(14), c.applicant.name, rng, radius=mm(18))
    hand(s, X0 + mm(100), y + mm(16), num_date(c.filed_on), rng, size=36)
    s.text(X0, mm(272), "上海金融法院诉讼服务中心印制", f("sans", 22), fill=(110, 110, 116))
    return s


def _reply(title: str, who: str, rows: list[list[str]], c: CaseCtx, rng: random.Random, note: str) -> Sheet:
    s = Sheet()
    s.text(mm(18), mm(16), who, f("sans_bold", 36))
    s.centred(mm(30), title, f("sans_bold", 46))
    s.text(mm(18), mm(44), f"协查文书：{c.number}　协查日期：{c.day(rng.randint(5, 9)):%Y-%m-%d}", f("sans", 26))
    y = table(s, mm(18), mm(54), [mm(40), mm(50), mm(45), mm(39)], rows, f("sans", 24), row_h=mm(12))
    s.text(mm(18), y + mm(8), note, f("sans", 26))
    seal(s, mm(150), y + mm(30), who, rng, radius=mm(18))
    s.starts_document = True
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r, g = c.respondent, c.extra["guarantor"]
    s = Sheet()
    s.text(mm(12), mm(12), "最高人民法院网络执行查控系统　总对总查询反馈结果", f("sans_bold", 40))
    s.text(mm(12), mm(24), f"案号：{c.number}　承办人：{c.officer}　查询发起：{c.day(2):%Y-%m-%d}", f("sans", 26))
    rows = [["被查询人", "协助单位", "反馈结果", "账户/标的", "余额（元）"]]
    for who in (r, g):
        for bank in ("中国工商银行", "中国建设银行", "上海银行", "招商银行", "上海农商银行"):
            hit = rng.random() < 0.3
            rows.append([who.name[:8], bank, "有账户" if hit else "无账户",
                         f"****{rng.randint(1000, 9999)}" if hit else "—", f"{rng.randint(0, 40000)}.{rng.randint(10, 99)}" if hit else "—"])
    rows.append([r.name[:8], "中国证券登记结算有限责任公司", "有证券账户", c.extra["securities"], "见回复"])
    rows.append([g.name, "自然资源部（不动产）", "有登记", "详见上海点对点", "—"])
    table(s, mm(12), mm(34), [mm(38), mm(56), mm(26), mm(38), mm(28)], rows, f("sans", 22), row_h=mm(9))
    out = [s]
    sec = [["账户名称", "资金账号", "资金余额", "冻结情况"],
           [r.name[:10], c.extra["securities"], f"{(c.amount * 2):,.2f}" if c.basis_kind == "arbitration" else "1,204.33",
            "已冻结" if c.basis_kind == "arbitration" else "未冻结"],
           ["证券名称", "持有数量", "市值", "冻结情况"], ["浦江电气（60xxxx）", "12,000股", "97,440.00", "已冻结"]]
    out.append(_reply("证券账户查询、冻结回执", "国泰申银证券股份有限公司上海分公司", sec, c, rng,
                      "我司已按贵院协助执行通知书办理冻结，冻结期限六个月。"))
    if c.basis_kind != "arbitration":
        reg = [["权利人", "坐落", "建筑面积", "登记状况"], [g.name, c.extra["flat"][:14], f"{rng.randint(60, 120)}.{rng.randint(10, 99)}㎡",
                                                       "抵押（银行）"], ["证号", f"沪（{c.filed_on.year - 5}）闵字不动产权第{rng.randint(10000, 99999)}号", "", ""]]
        out.append(_reply("不动产登记信息查询结果", "上海市不动产登记局", reg, c, rng,
                          "以上信息截至查询之日，已存在抵押登记一项（第一顺位）。"))
    return out


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.text(mm(18), mm(16), "中国工商银行　网上银行电子回单", f("sans_bold", 40), fill=(180, 20, 30))
    rows = [["电子回单号", f"{rng.randint(10**15, 10**16 - 1)}", "交易日期", f"{c.closed_on - timedelta(days=6):%Y-%m-%d}"],
            ["付款人", "上海金融法院执行款专户", "收款人", c.applicant.name],
            ["付款账号", f"1001{rng.randint(10**11, 10**12 - 1)}", "收款账号", f"9{c.extra['account'].replace(' ', '')}01"],
            ["金额", f"¥{c.amount:,.2f}", "大写", money(c.amount).split("（大写：")[1].rstrip("）")],
            ["用途", f"{c.number}案款发放", "摘要", "执行款"]]
    y = table(s, mm(18), mm(30), [mm(32), mm(60), mm(26), mm(56)], rows, f("sans", 26), row_h=mm(15))
    seal(s, mm(160), y + mm(10), "中国工商银行上海市分行营业部电子回单专用章", rng, radius=mm(18))
    s.text(mm(18), y + mm(30), "案款发放审批：", f("sans", 30))
    hand(s, mm(60), y + mm(28), f"已核对，同意发放。{c.officer}", rng, size=38)
    return s


def _evidence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if "transfer" in served:
        blocks = [("f", f"转让方（甲方）：{c.extra['bank']}"), ("f", f"受让方（乙方）：{a.name}"),
                  ("p", f"甲方同意将其对{r.name}、{c.extra['guarantor'].name}享有的、经{c.basis_court}{c.basis_number}民事判决书确认的"
                        "全部债权及从权利转让给乙方，乙方同意受让。转让基准日后的利息、罚息由乙方享有。"),
                  ("p", "甲乙双方同意在《上海金融报》联合刊登债权转让通知暨催收公告，并由乙方向执行法院申请变更申请执行人。"),
                  ("r", f"甲方（盖章）：{c.extra['bank']}"), ("r", f"乙方（盖章）：{a.name}"), ("r", num_date(c.day(15)))]
        agree = run(blocks, role="serif", size=36, title="债权转让协议（摘要页）", title_role="serif_bold", top=mm(30))[0]
        seal(agree, X0 + mm(90), end_y(agree) - mm(20), a.name, rng)
        paper = Sheet(paper=(238, 234, 222))
        paper.text(mm(14), mm(12), "上海金融报", f("serif_bold", 72))
        paper.right(paper.width - mm(14), mm(20), f"{c.day(18):%Y年%m月%d日}　A8版　公告", f("serif", 26))
        paper.line(mm(14), mm(32), paper.width - mm(14), mm(32), width=5)
        notice = [("c", "债权转让通知暨债务催收联合公告"),
                  ("p", f"根据{c.extra['bank']}与{a.name}签订的债权转让协议，{c.extra['bank']}将其对下列借款人、担保人享有的主债权及担保"
                        f"合同项下的全部权利依法转让给{a.name}。{c.extra['bank']}特公告通知各借款人、担保人及其承继人。"),
                  ("p", f"{a.name}作为受让方，公告要求债务人及担保人从公告之日起立即向{a.name}履行主债务合同及担保合同约定的还本付息义务。"),
                  ("f", f"借款人：{r.name}　担保人：{c.extra['guarantor'].name}　本金：{c.extra['principal']:,.2f}元"),
                  ("f", f"　　　　{c.extra['bank']}　{a.name}")]
        flow(paper, notice, f("song_gb", 30), x0=mm(40), width=mm(130), y=mm(50), line_height=48, indent=60,
             centre=f("hei", 40))
        paper.box(mm(36), mm(44), mm(174), mm(150), width=3)
        paper.text(mm(14), mm(170), "（本版其余公告略）", f("serif", 24))
        paper.starts_document = True
        app = run([("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"原申请执行人：{c.extra['bank']}。"),
                   ("f", "请求事项：变更申请人为" + c.number + "案件的申请执行人。"),
                   ("p", "事实与理由：申请人已依法受让原申请执行人对被执行人的全部债权，并已通知债务人、登报公告。为此，依照《最高人民法院关于"
                         "民事执行中变更、追加当事人若干问题的规定》第九条，特申请变更。"), ("f", "此致"), ("f", "上海金融法院"),
                   ("r", f"申请人：{a.name}"), ("r", num_date(c.day(22)))],
                  role="serif", size=38, title="变更申请执行人申请书", title_role="serif_bold", top=mm(34))[0]
        seal(app, X0 + W - mm(40), end_y(app) - mm(12), a.name, rng)
        app.starts_document = True
        return [agree, paper, app]
    if c.basis_kind == "arbitration":
        s = Sheet()
        s.text(mm(18), mm(16), f"{a.name}　租金逾期明细表", f("sans_bold", 40))
        s.text(mm(18), mm(30), f"承租人：{r.name}　合同编号：PJZL-{c.basis_effective.year - 2}-{rng.randint(1000, 9999)}",
               f("sans", 26))
        rows = [["期次", "应付日", "应付租金", "已付", "逾期天数"]]
        rent = (c.extra["principal"] / 26).quantize(Decimal("0.01"))
        for k in range(11, 23):
            due = c.basis_effective - timedelta(days=(23 - k) * 30 + 60)
            rows.append([f"第{k}期", f"{due:%Y-%m-%d}", f"{rent:,.2f}", "0.00", str((c.filed_on - due).days)])
        y = table(s, mm(18), mm(42), [mm(24), mm(40), mm(40), mm(30), mm(40)], rows, f("mono", 24), row_h=mm(10))
        s.text(mm(18), y + mm(8), "注：第23期至第36期租金已按合同第十五条宣布加速到期。", f("sans", 26))
        seal(s, mm(150), y + mm(30), a.name, rng, radius=mm(18))
        return [s]
    s = Sheet()
    s.text(mm(18), mm(16), "借　款　借　据", f("serif_bold", 56))
    bank = c.extra.get("bank", c.applicant.name)
    rows = [["借款人", r.name, "借据编号", f"JJ{rng.randint(10**9, 10**10 - 1)}"], ["贷款人", bank, "合同编号", f"{rng.randint(10**7, 10**8 - 1)}"],
            ["借款金额", money(c.extra["principal"])], ["借款期限", "十二个月", "年利率", f"{rng.choice(['4.35', '5.22', '6.00'])}%"],
            ["用途", "流动资金周转", "放款账户", c.extra["account"]]]
    y = table(s, mm(18), mm(34), [mm(30), mm(66), mm(30), mm(48)], rows, f("sans", 26), row_h=mm(14))
    s.text(mm(18), y + mm(6), "借款人（签章）：", f("sans", 30))
    seal(s, mm(80), y + mm(14), r.name, rng, radius=mm(17))
    st = [["日期", "摘要", "借方", "贷方", "余额"]]
    bal = c.extra["principal"]
    for k in range(8):
        d = c.basis_effective - timedelta(days=300 - k * 30)
        pay = (bal * rng.choice([0, 0, 1, 2]) / 100).quantize(Decimal("0.01"))
        st.append([f"{d:%Y-%m-%d}", "结息" if k % 2 else "还款", "", f"{pay:,.2f}", f"{bal - pay:,.2f}"])
        bal -= pay
    s.text(mm(18), y + mm(40), f"{bank} 贷款账户对账单（节选）", f("sans_bold", 30))
    table(s, mm(18), y + mm(52), [mm(32), mm(30), mm(30), mm(40), mm(42)], st, f("mono", 24), row_h=mm(10))
    seal(s, mm(150), y + mm(130), bank.replace("股份有限公司", ""), rng, radius=mm(17))
    return [s]
