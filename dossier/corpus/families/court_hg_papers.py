"""What 成华法院执行局 receives, each in its maker's hand: lawyers' Word papers under their firm's grey running head (楷体
body, 黑体 section heads), a red-letterhead 律师事务所函 with the firm's English name, the 律师执业证's data leaf with its
annual-review stamp, the filed exhibits (a 存量房买卖合同, handwritten 收款收据 with red thumbprints, a certified copy of the
court's own seizure ruling), ID card, 户籍 and licence copies, the 企业信用信息公示报告 printout, the trial divisions'
judgments (centred "- n -" folios), the criminal tribunal's 移送执行表 and 财产状况表, the window's forms filled in
ballpoint, the 四川省非税收入 slips printed in blue, the 查控 system's printout and a bank's reply."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_hg_kit import (
    BALLPOINT,
    COURT,
    DARK,
    LM,
    RM,
    Column,
    cells,
    court_paper,
    folios,
    form_title,
    frame,
    label,
    serif,
    verify_code,
    write,
)
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "objection_application", "evidence", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
    "service_address_confirmation", "enforcement_application", "enforcement_basis", "effectiveness_certificate",
    "transfer_statement", "property_status_statement", "property_clue_form", "fee_receipt",
    "payment_account_confirmation", "property_declaration_form", "online_inquiry_result", "payment_voucher",
})
TRIBUNAL = "四川省成都市成华区人民法院刑事审判庭"
BLUE_PRINT = (30, 70, 150)
FIRM_EN = {"四川蓉城东方律师事务所": "SICHUAN RONGCHENG DONGFANG LAW FIRM", "四川锦华律师事务所": "SICHUAN JINHUA LAW FIRM",
           "四川沙河律师事务所": "SICHUAN SHAHE LAW FIRM"}


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_hg import made_on

    d = made_on(c, code)
    t = str(c.extra["tale"])
    if code == "objection_application":
        return _objection(c, rng, d)
    if code == "enforcement_application":
        return _application(c, rng, d)
    if code == "evidence":
        return _exhibits(c, rng, d)
    if code == "power_of_attorney":
        return _attorney(c, rng, d)
    if code == "law_firm_letter":
        return _firm_letter(c, rng, d)
    if code == "lawyer_license":
        return _licence(c, rng)
    if code == "identity_proof":
        p = c.respondent if "respondent" in served else c.applicant
        if t == "panda":
            return _household(c, p, rng, d)
        if p.kind == "organisation":
            return _publicity(c, p, rng, d) if p is c.respondent else _business_licence(c, p, rng, d)
        return _id_card(c, p, rng)
    if code == "enforcement_basis":
        return _criminal_judgment(c, rng) if t == "panda" else _civil_judgment(c, rng)
    if code == "effectiveness_certificate":
        return _in_force(c, rng, d)
    if code == "transfer_statement":
        return _transfer(c, rng, d)
    if code == "property_status_statement":
        return _property_status(c, rng, d)
    if code == "fee_receipt":
        return _fee_slip(c, rng, d)
    if code in ("service_address_confirmation", "payment_account_confirmation", "property_clue_form",
                "property_declaration_form"):
        return _window(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _paid(c, rng, d)
    raise KeyError(code)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}，电话{p.phone}。"


# ---- the lawyers' Word papers ----------------------------------------------------------------------------------

def _running_head(s: Sheet, c: CaseCtx) -> None:
    grey = (120, 120, 120)
    s.text(LM, mm(12), c.firm, font("sans", 26), fill=grey)
    s.right(s.width - RM, mm(12), "法律文书 · 执行", font("sans", 26), fill=grey)
    s.line(LM, mm(18), s.width - RM, mm(18), width=1, fill=grey)


def _lawyer_doc(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], *, signer: Party,
                day: date) -> list[Sheet]:
    """A lawyer's Word paper: grey running head with the firm's name, 黑体 title, 楷体 body, 黑体 section heads ("sec"),
    hanging party lines ("h"), indented paragraphs ("p"), flush lines ("f"); the client signs at the end."""
    s = Sheet()
    _running_head(s, c)
    s.centred(mm(30), title, font("hei", 66), spacing=10)
    col = Column([s], mm(30) + 130, left=mm(28), right=mm(25), top=mm(26))
    f = font("kai", 43)
    lead = 74
    for kind, text in blocks:
        if kind == "sec":
            col.y += 10
            col.flush(text, font("hei", 42), lead)
        elif kind == "h":
            col.para(text, f, lead, hang=f.size * 2)
        elif kind == "f":
            col.flush(text, f, lead)
        else:
            col.para(text, f, lead, indent=f.size * 2)
    col.room(300)
    last = col.page
    y = col.y + 50
    x = last.width - mm(110)
    role = "异议人" if str(c.extra["tale"]) == "flat" else "申请执行人"
    last.text(x, y, f"{role}：", f)
    if signer.kind == "organisation":
        seal(last, x + mm(55), y + 20, signer.name, rng, radius=mm(19))
        hand(last, x + mm(40), y + 80, signer.legal_rep, rng, size=50, ink=INK)
    else:
        hand(last, x + mm(30), y - 8, signer.name, rng, size=60, ink=INK)
        last.draw.ellipse((x + mm(62), y + 6, x + mm(62) + 36, y + 50), fill=(196, 40, 46))
    hand(last, x + mm(6), y + 170, num_date(day), rng, size=44, ink=INK)
    for s2 in col.sheets[1:]:
        _running_head(s2, c)
    sheets = col.sheets
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.right(sh.width - mm(25), sh.height - mm(14), f"第 {i} 页 共 {len(sheets)} 页", font("sans", 26))
            if i > 1:
                sh.page_of = (i, len(sheets))
    return sheets


def _objection(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    cr: Party = c.extra["creditor"]
    price, paid = c.extra["price"], c.extra["paid"]
    return _lawyer_doc(c, rng, "执行异议申请书", [
        ("h", f"异议人（案外人）：{_who(a)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"申请执行人：{_who(cr)}"),
        ("h", f"被执行人：{_who(r)}"),
        ("sec", "异议请求："),
        ("p", f"一、请求依法中止对位于{c.extra['flat']}房屋（不动产权证号{c.extra['cert']}）的执行；"),
        ("p", f"二、请求解除贵院在{c.extra['main_no']}案中对上述房屋采取的查封措施。"),
        ("sec", "事实与理由："),
        ("p", f"{cn_date(c.extra['contract_day'])}，异议人与被执行人{r.name}签订《存量房买卖合同》，约定异议人以{price:,.0f}元"
              f"购买被执行人名下上述房屋。合同签订后，异议人依约支付定金{c.extra['deposit']:,.0f}元及首期房款，合计已付"
              f"{paid:,.0f}元，剩余房款约定以银行按揭方式支付。因被执行人迟迟不配合办理网签备案及按揭手续，房屋未能过户。"),
        ("p", f"{cn_date(c.extra['seize_day'])}，贵院在执行{cr.name}与{r.name}借款合同纠纷一案中查封了上述房屋。异议人系善意"
              "买受人，买卖合同签订在查封之前，异议人已支付大部分房款，未能办理过户登记并非异议人的过错，异议人对该房屋享有"
              "足以排除强制执行的民事权益。"),
        ("p", "为维护异议人的合法权益，依照《中华人民共和国民事诉讼法》第二百三十八条及《最高人民法院关于人民法院办理执行异议"
              "和复议案件若干问题的规定》第二十八条的规定，特向贵院提出异议，望判如所请。"),
        ("f", "此致"),
        ("f", COURT),
        ("f", "附：证据清单及证据材料一份；异议人身份证复印件一份。"),
    ], signer=a, day=d)


def _application(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return _lawyer_doc(c, rng, "强制执行申请书", [
        ("h", f"申请执行人：{_who(a)}"),
        ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
        ("h", f"被执行人：{_who(r)}"),
        ("sec", "执行请求："),
        ("p", f"一、强制被执行人支付货款{money(c.amount)}；"),
        ("p", "二、强制被执行人加倍支付迟延履行期间的债务利息（自判决确定的履行期届满之日起计算至实际付清之日止）；"),
        ("p", "三、对被执行人及其法定代表人采取限制消费措施；被执行人拒不履行的，将其纳入失信被执行人名单；"),
        ("p", "四、本案申请执行费由被执行人负担。"),
        ("sec", "事实与理由："),
        ("p", f"申请执行人长期向被执行人的串串香门店供应毛肚、鸭肠、黄喉等冷冻食材，被执行人拖欠货款未付。申请执行人诉至贵院，"
              f"贵院于{cn_date(c.basis_effective - timedelta(days=16))}作出{c.basis_number}民事判决书，判决被执行人支付货款"
              f"{c.amount:,.2f}元，该判决已于{cn_date(c.basis_effective)}发生法律效力。被执行人至今分文未付。"),
        ("p", "根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特申请贵院强制执行。"),
        ("f", "此致"),
        ("f", COURT),
    ], signer=a, day=d)


def _attorney(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a = c.applicant
    flat = str(c.extra["tale"]) == "flat"
    matter = (f"对贵院{c.extra.get('main_no', '')}案查封房屋提出执行异议" if flat
              else f"与{c.respondent.name}买卖合同纠纷申请执行")
    s = Sheet()
    _running_head(s, c)
    s.centred(mm(32), "授 权 委 托 书", font("hei", 70), spacing=6)
    col = Column([s], mm(32) + 150, left=mm(28), right=mm(25))
    f = font("kai", 43)
    for kind, text in [("h", f"委托人：{_who(a)}"), ("h", f"受托人：{c.agent}，{c.firm}律师，执业证号{c.extra['licence']}，"
                                                       f"电话{c.agent_phone}。"),
                       ("p", f"委托人因{matter}一案，特委托上列受托人为委托代理人。"),
                       ("p", "代理权限：特别授权，包括代为提出、变更、撤回申请，提交证据，参加听证、询问，代为承认、放弃请求，"
                             "签收法律文书" + ("。" if flat else "，代为和解，代为领取执行款。")),
                       ("p", "委托期限：自本委托书签署之日起至本案审查（执行）终结之日止。")]:
        col.para(text, f, 76, indent=0 if kind == "h" else f.size * 2, hang=f.size * 2 if kind == "h" else 0)
    y = col.y + 100
    s.text(mm(28), y, "委托人：", f)
    s.text(s.width / 2 + mm(8), y, "受托人：", f)
    if a.kind == "organisation":
        seal(s, mm(85), y + 40, a.name, rng, radius=mm(19))
        hand(s, mm(50), y + 90, a.legal_rep, rng, size=52, ink=INK)
    else:
        hand(s, mm(52), y - 8, a.name, rng, size=58, ink=INK)
        s.draw.ellipse((mm(90), y + 4, mm(90) + 36, y + 48), fill=(196, 40, 46))
    hand(s, s.width / 2 + mm(34), y - 8, c.agent, rng, size=56, ink=INK)
    hand(s, s.width - mm(100), y + 220, num_date(d), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    red = (190, 26, 32)
    s.text(LM, mm(20), c.firm, font("serif_bold", 70), fill=red)
    s.text(LM, mm(20) + 92, FIRM_EN.get(c.firm, "SICHUAN LAW FIRM"), font("sans", 28), fill=red)
    s.line(LM, mm(20) + 142, s.width - RM, mm(20) + 142, width=5, fill=red)
    no = f"川{c.firm[2:4]}律执字〔{c.filed_on.year}〕第{rng.randint(12, 240)}号"
    s.right(s.width - RM, mm(20) + 166, no, serif(36))
    s.centred(mm(20) + 250, "律 师 事 务 所 函", font("hei", 60))
    col = Column([s], mm(20) + 370)
    f = serif(41)
    flat = str(c.extra["tale"]) == "flat"
    what = (f"对{c.extra.get('main_no', '')}案查封房屋提出的执行异议一案" if flat
            else f"申请执行{c.respondent.name}买卖合同纠纷一案")
    col.flush(f"{COURT}：", f, 76)
    col.para(f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其{what}的代理人，参与相关程序。", f, 76, indent=f.size * 2)
    col.para("特此函告。", f, 76, indent=f.size * 2)
    col.y += 20
    col.para(f"承办律师：{c.agent}　执业证号：{c.extra['licence']}　电话：{c.agent_phone}", serif(34), 58)
    col.para(f"本所地址：{c.extra['firm_addr']}", serif(34), 58)
    y = col.y + 110
    s.right(s.width - RM - mm(10), y, cn_date(d), f)
    seal(s, s.width - RM - mm(40), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证's data leaf photocopied: a ruled page of the booklet, the holder's photo, the annual-review stamp."""
    s = Sheet()
    x0, y0 = mm(40), mm(36)
    w, h = mm(130), mm(92)
    s.draw.rectangle((x0 - 8, y0 - 8, x0 + w + 8, y0 + h + 8), fill=(222, 222, 218))
    s.box(x0, y0, x0 + w, y0 + h, width=2, outline=(90, 90, 90))
    s.centred(y0 + mm(4), "律 师 执 业 证", font("serif_bold", 46), x0=x0, x1=x0 + w)
    s.draw.rectangle((x0 + mm(6), y0 + mm(18), x0 + mm(34), y0 + mm(56)), fill=(132, 132, 132))
    f = font("sans", 30)
    born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
    rows = [("持证人", c.agent), ("性　别", rng.choice("男女")), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", c.extra["licence"]), ("法律职业资格证号", f"A{born.year + 25}51{rng.randint(10**8, 10**9 - 1)}"),
            ("发证机关", "四川省司法厅"), ("发证日期", f"{rng.randint(2016, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    ty = y0 + mm(18)
    for k, v in rows:
        s.text(x0 + mm(40), ty, f"{k}：", f)
        s.text(x0 + mm(40) + text_width(f"{k}：", f), ty, v, f)
        ty += mm(8.4)
    seal(s, x0 + w - mm(26), y0 + h - mm(22), "四川省司法厅", rng, radius=mm(15))
    y1 = y0 + h + mm(16)
    s.box(x0, y1, x0 + w, y1 + mm(48), width=2, outline=(90, 90, 90))
    s.centred(y1 + mm(3), "年度考核备案", font("serif_bold", 38), x0=x0, x1=x0 + w)
    for n, yr in enumerate((c.filed_on.year - 2, c.filed_on.year - 1)):
        s.text(x0 + mm(8), y1 + mm(16 + 14 * n), f"{yr}年度　考核结果：称职", f)
        seal(s, x0 + w - mm(32 + 40 * n), y1 + mm(24), "成都市司法局", rng, radius=mm(12), inner="年度考核专用章")
    hand(s, x0, y1 + mm(66), "复印件与原件一致", rng, size=56, ink=INK)
    hand(s, x0 + mm(80), y1 + mm(68), c.agent, rng, size=52, ink=INK)
    return [s]


# ---- the exhibits behind the objection --------------------------------------------------------------------------

def _exhibits(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    price, paid, deposit = c.extra["price"], c.extra["paid"], c.extra["deposit"]
    first = paid - deposit
    # 1. the list
    s = Sheet()
    _running_head(s, c)
    s.centred(mm(30), "证 据 清 单", font("hei", 66), spacing=4)
    s.text(mm(28), mm(30) + 120, f"提交人：{a.name}（异议人）　　案号：对{c.extra['main_no']}案执行异议", font("kai", 36))
    w = s.width - mm(53)
    rows = [["序号", "证据名称", "证明目的", "页数"],
            ["1", "《存量房买卖合同》", f"异议人在查封前（{num_date(c.extra['contract_day'])}）即与被执行人签订合法有效的房屋买卖合同", "1"],
            ["2", "收款收据两张及转账凭证", f"异议人已支付定金及首期房款共计{paid:,.0f}元", "1"],
            ["3", f"{COURT}{c.extra['main_no']}执行裁定书（复印件）", "贵院查封争议房屋的事实及时间", "1"],
            ["4", "异议人身份证复印件", "异议人主体资格", "1"]]
    cells(s, mm(28), mm(30) + 200, [mm(16), mm(58), w - mm(90), mm(16)], rows,
          heights=[mm(12), mm(30), mm(24), mm(24), mm(16)], f=font("kai", 34), labels=(0, 3))
    y: float = mm(30) + 200 + mm(106) + mm(14)
    s.text(s.width - mm(110), y, "提交人：", font("kai", 42))
    hand(s, s.width - mm(80), y - 6, a.name, rng, size=56, ink=INK)
    hand(s, s.width - mm(104), y + 90, num_date(d), rng, size=44, ink=INK)
    sheets = [s]
    # 2. the contract (first page, photocopied: grey ground)
    s = Sheet(paper=(236, 236, 233))
    s.centred(mm(22), "存量房买卖合同", font("song_gb", 64), spacing=10)
    s.centred(mm(22) + 90, "（成都市住房和城乡建设局监制　合同编号：" + f"CH{c.extra['contract_day']:%Y%m}{rng.randint(1000, 9999)}）",
              font("song_gb", 28))
    col = Column([s], mm(22) + 160, left=mm(24), right=mm(22))
    f = font("song_gb", 36)
    for text in [f"出卖人（甲方）：{r.name}　　身份证号：{r.id_number}",
                 f"买受人（乙方）：{a.name}　　身份证号：{a.id_number}",
                 f"第一条　房屋基本情况：甲方所有的房屋坐落于{c.extra['flat']}，建筑面积{c.extra['area']}平方米，"
                 f"不动产权证号{c.extra['cert']}。",
                 f"第二条　成交价格：该房屋成交总价为人民币{price:,.0f}元（大写：{money_caps(price)}）。",
                 f"第三条　付款方式：乙方于本合同签订当日支付定金{deposit:,.0f}元；于{num_date(c.extra['contract_day'] + timedelta(days=20))}"
                 f"前支付首期房款{first:,.0f}元；剩余房款{price - paid:,.0f}元由乙方申请商业银行按揭贷款支付。",
                 "第四条　房屋交付：甲方应于房屋所有权转移登记完成后十五日内将房屋交付乙方。该房屋现有租户，租赁合同由甲方负责"
                 "处理，甲方保证交房时租户已迁出。",
                 "第五条　甲方应于乙方付清首期房款后三十日内配合乙方办理网签备案、按揭贷款及转移登记手续。",
                 "第六条　本合同自双方签字之日起生效，一式三份，甲乙双方及居间方各执一份。"]:
        col.para(text, f, 62, hang=0)
        col.y += 6
    y = col.y + 40
    s.text(mm(24), y, "甲方（签字）：", f)
    hand(s, mm(70), y - 8, r.name, rng, size=52, ink=INK)
    s.text(s.width / 2, y, "乙方（签字）：", f)
    hand(s, s.width / 2 + mm(46), y - 8, a.name, rng, size=52, ink=INK)
    s.text(mm(24), y + 90, f"签订日期：{num_date(c.extra['contract_day'])}", f)
    s.text(mm(24), y + 150, f"居间方：成都{rng.choice(['链家', '安居', '蓉居'])}房地产经纪有限公司成华分店（盖章）", f)
    seal(s, mm(150), y + 150, f"成都{rng.choice(['安居', '蓉居'])}房地产经纪有限公司", rng, radius=mm(17))
    hand(s, s.width - mm(100), s.height - mm(30), "与原件一致 " + c.agent, rng, size=44, ink=INK)
    s.starts_document = True
    sheets.append(s)
    # 3. two handwritten receipts on one page, with red thumbprints
    s = Sheet()
    short = str(c.extra["flat"]).split("街道")[-1].split("号")[0] + "号"
    for k, (amt, what, when) in enumerate(((deposit, "购房定金", c.extra["contract_day"]),
                                           (first, "首期房款", c.extra["contract_day"] + timedelta(days=rng.randint(8, 19))))):
        y0 = mm(22) + k * mm(112)
        s.box(mm(20), y0, s.width - mm(20), y0 + mm(96), width=2, outline=(60, 60, 60))
        s.centred(y0 + mm(5), "收　款　收　据", font("serif_bold", 50), spacing=6)
        s.text(mm(28), y0 + mm(20), f"No. {rng.randint(1000000, 9999999)}", font("sans", 28), fill=(160, 40, 40))
        f2 = font("serif", 34)
        s.text(mm(28), y0 + mm(30), "今收到", f2)
        hand(s, mm(48), y0 + mm(28), a.name, rng, size=46, ink=BALLPOINT)
        s.text(mm(90), y0 + mm(30), "交来", f2)
        hand(s, mm(106), y0 + mm(28), f"{short}房屋{what}", rng, size=40, ink=BALLPOINT)
        s.text(mm(28), y0 + mm(46), "人民币（大写）", f2)
        hand(s, mm(70), y0 + mm(44), money_caps(amt), rng, size=46, ink=BALLPOINT)
        s.text(mm(28), y0 + mm(62), "¥", f2)
        hand(s, mm(36), y0 + mm(60), f"{amt:,.2f}", rng, size=46, ink=BALLPOINT)
        s.text(mm(100), y0 + mm(62), "收款人：", f2)
        hand(s, mm(126), y0 + mm(60), r.name, rng, size=48, ink=BALLPOINT)
        s.draw.ellipse((mm(150), y0 + mm(58), mm(150) + 40, y0 + mm(58) + 50), fill=(200, 44, 50))
        s.text(mm(28), y0 + mm(78), "日期：", f2)
        hand(s, mm(44), y0 + mm(76), num_date(when), rng, size=44, ink=BALLPOINT)
        s.text(mm(100), y0 + mm(78), "转账方式：手机银行", f2)
    hand(s, s.width - mm(100), s.height - mm(34), "与原件一致 " + c.agent, rng, size=44, ink=INK)
    s.starts_document = True
    sheets.append(s)
    # 4. the certified copy of the court's own seizure ruling
    cr: Party = c.extra["creditor"]
    seize = c.extra["seize_day"]
    copy = court_paper(c, rng, "执行裁定书", [
        ("h", f"申请执行人：{cr.name}，住所地{cr.address}。"), ("h", f"法定代表人：{cr.legal_rep}。"),
        ("h", f"被执行人：{r.name}，{r.sex}，住{r.address}，公民身份号码{r.id_number}。"),
        ("p", f"本院依据已经发生法律效力的{c.basis_number}民事判决书，于2023年立案执行申请执行人{cr.name}与被执行人{r.name}"
              f"借款合同纠纷一案。被执行人未按执行通知履行法律文书确定的义务，尚欠借款本息{c.extra['debt']:,.2f}元。依照《中华人民共和国"
              "民事诉讼法》第二百五十五条的规定，裁定如下："),
        ("p", f"查封被执行人{r.name}名下位于{c.extra['flat']}的房屋（不动产权证号{c.extra['cert']}，建筑面积{c.extra['area']}平方米），"
              "查封期限三年。"),
        ("p", "本裁定立即执行。"),
    ], signers=[("执行员", person_name(rng)), ("书记员", person_name(rng))], day=seize, number=c.extra["main_no"])
    for sh in copy:
        sh.starts_document = False
    copy[0].starts_document = True
    hand(copy[-1], mm(30), copy[-1].height - mm(40), "复印件与原件一致", rng, size=48, ink=INK)
    hand(copy[-1], mm(100), copy[-1].height - mm(40), c.agent, rng, size=48, ink=INK)
    return [*sheets, *copy]


# ---- identity papers --------------------------------------------------------------------------------------------

def _id_card(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    """Both faces of the ID card copied one above the other, the holder's note beside them."""
    s = Sheet()
    w, h = mm(86), mm(54)
    x = mm(28)
    ys = [mm(40), mm(40) + h + mm(18)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(3.5), fill=(218, 218, 214), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 24), font("hei", 31)
    born = p.born or date(1980, 1, 1)
    ty = y + mm(5)
    for k, v in (("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"), ("出生", f"{born.year}年{born.month}月{born.day}日")):
        s.text(x + mm(4), ty, k, lab, fill=(90, 90, 90))
        s.text(x + mm(16), ty - 2, v, val)
        ty += mm(7.5)
    s.text(x + mm(4), ty, "住址", lab, fill=(90, 90, 90))
    for n in range(0, len(p.address), 12):
        s.text(x + mm(16), ty - 2, p.address[n:n + 12], val)
        ty += mm(5.4)
    s.text(x + mm(4), y + h - mm(8), "公民身份号码", lab, fill=(90, 90, 90))
    s.text(x + mm(24), y + h - mm(9), p.id_number, font("mono", 34))
    s.draw.rectangle((x + w - mm(26), y + mm(7), x + w - mm(4), y + mm(35)), fill=(150, 150, 150))
    y = ys[1]
    s.text(x + mm(28), y + mm(7), "中华人民共和国", font("hei", 36))
    s.text(x + mm(20), y + mm(18), "居民身份证", font("hei", 54), spacing=12)
    s.text(x + mm(8), y + h - mm(16), f"签发机关　成都市公安局{rng.choice(['成华区分局', '金牛区分局'])}", lab)
    start = rng.randint(2015, 2021)
    s.text(x + mm(8), y + h - mm(9), f"有效期限　{start}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}-{start + 20}", lab)
    hand(s, x + w + mm(10), ys[0] + mm(20), "此复印件仅用于", rng, size=44, ink=INK)
    hand(s, x + w + mm(10), ys[0] + mm(34), "成华法院执行异议", rng, size=44, ink=INK)
    hand(s, x + w + mm(18), ys[0] + mm(56), p.name, rng, size=56, ink=INK)
    return [s]


def _household(c: CaseCtx, p: Party, rng: random.Random, d: date) -> list[Sheet]:
    """The 被告人's 常住人口登记卡 printout from the criminal file, the police station's seal on it."""
    s = Sheet()
    station = f"成都市公安局成华区分局{rng.choice(['二仙桥', '双桥子', '猛追湾'])}派出所"
    s.centred(mm(24), "常住人口登记卡", font("serif_bold", 64), spacing=10)
    s.text(LM, mm(24) + 110, f"户号：{rng.randint(10**8, 10**9 - 1)}　　户主或与户主关系：{rng.choice(['户主', '子'])}",
           serif(32))
    w = s.width - LM - RM
    born = p.born or date(1990, 1, 1)
    rows = [["姓　名", p.name, "性　别", p.sex], ["出生日期", num_date(born), "民　族", "汉"],
            ["出 生 地", "四川省成都市"], ["公民身份号码", p.id_number], ["住　址", p.address],
            ["文化程度", rng.choice(["高中", "大专", "初中"]), "婚姻状况", rng.choice(["未婚", "已婚"])],
            ["服务处所", "无"], ["何时由何地迁来本址", f"{rng.randint(2005, 2016)}年由四川省成都市迁来"]]
    cells(s, LM, mm(24) + 170, [mm(40), mm(58), mm(28), w - mm(126)], rows, heights=mm(15), f=serif(32), labels=(0, 2))
    y = mm(24) + 170 + mm(15) * len(rows) + mm(12)
    s.text(LM, y, "（本证明系根据户籍信息系统打印，仅供司法机关办案使用）", serif(32))
    s.right(s.width - RM - mm(10), y + mm(22), num_date(d - timedelta(days=rng.randint(60, 120))), serif(36))
    seal(s, s.width - RM - mm(40), y + mm(20), station, rng, radius=mm(19), inner="户籍专用章")
    hand(s, LM, s.height - mm(40), "复印件，与卷宗原件一致 " + person_name(rng), rng, size=40, ink=INK)
    return [s]


def _business_licence(c: CaseCtx, p: Party, rng: random.Random, d: date) -> list[Sheet]:
    """The 营业执照 (副本) copy with its QR corner, and the 法定代表人身份证明书 typed on the lower half."""
    s = Sheet()
    ink = (140, 60, 40)
    x0, y0, x1, y1 = mm(16), mm(16), s.width - mm(16), mm(160)
    s.box(x0, y0, x1, y1, width=7, outline=ink)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=ink)
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", 86), spacing=20)
    s.centred(y0 + mm(30), "（副本）", serif(34))
    s.text(x0 + mm(8), y0 + mm(12), "统一社会信用代码", serif(28))
    s.text(x0 + mm(8), y0 + mm(18), p.id_number, serif(30))
    verify_code(s, x1 - mm(34), y0 + mm(8), rng, size=mm(20))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", "冷冻食品、肉制品、水产品的销售及冷链配送；道路货物运输"), ("注册资本", f"{rng.choice([100, 200, 500])}万元"),
            ("成立日期", f"{rng.randint(2012, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(46)
    f = serif(32)
    for k, v in rows:
        s.text(x0 + mm(10), ty, k, f)
        s.text(x0 + mm(42), ty, v, f)
        ty += mm(11)
    s.text(x1 - mm(76), y1 - mm(30), "登记机关", f)
    seal(s, x1 - mm(46), y1 - mm(28), "成都市成华区市场监督管理局", rng, radius=mm(18))
    s.text(x1 - mm(80), y1 - mm(16), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    col = Column([s], y1 + mm(14), left=mm(26), right=mm(24))
    col.flush("法定代表人身份证明书", font("hei", 52), 96, where="centre")
    col.para(f"{p.legal_rep}在我公司任执行董事兼总经理职务，系我公司法定代表人。", serif(40), 72, indent=80)
    col.para("特此证明。", serif(40), 72, indent=80)
    s.right(s.width - mm(30), col.y + 70, num_date(d), serif(40))
    seal(s, s.width - mm(60), col.y + 60, p.name, rng, radius=mm(19))
    return [s]


def _publicity(c: CaseCtx, p: Party, rng: random.Random, d: date) -> list[Sheet]:
    """The respondent's record printed from the 国家企业信用信息公示系统, a browser page with its URL line."""
    s = Sheet()
    sf = font("sans", 30)
    s.text(mm(12), mm(8), f"{d:%Y/%m/%d} {rng.randint(9, 17)}:{rng.randint(10, 59)}", font("sans", 24))
    s.centred(mm(8), "国家企业信用信息公示系统", font("sans", 24))
    s.draw.rectangle((0, mm(16), s.width, mm(34)), fill=(200, 30, 40))
    s.text(mm(16), mm(19), "国家企业信用信息公示系统", font("sans_bold", 44), fill=(255, 255, 255))
    s.text(mm(16), mm(42), p.name, font("sans_bold", 46))
    s.text(mm(16), mm(54), "存续（在营、开业、在册）", font("sans", 28), fill=(40, 140, 60))
    w = s.width - mm(32)
    rows = [["统一社会信用代码", p.id_number, "企业名称", p.name], ["类型", "有限责任公司(自然人投资或控股)", "法定代表人", p.legal_rep],
            ["注册资本", f"{rng.choice([50, 100, 300])}万元人民币", "成立日期", f"{rng.randint(2015, 2020)}-{rng.randint(1, 12):02d}-"
                                                                f"{rng.randint(1, 28):02d}"],
            ["登记机关", "成都市成华区市场监督管理局", "登记状态", "存续（在营、开业、在册）"], ["住所", p.address],
            ["经营范围", "餐饮服务；食品经营（销售预包装食品）；餐饮管理。（依法须经批准的项目，经相关部门批准后方可开展经营活动）"]]
    cells(s, mm(16), mm(66), [mm(40), mm(58), mm(32), w - mm(130)], rows, heights=[mm(14)] * 5 + [mm(22)], f=sf,
          labels=(0, 2), line=1, ink=(150, 150, 150))
    s.text(mm(16), mm(66) + mm(96), "行政处罚信息：暂无　　经营异常名录：2023年因通过登记的住所无法联系被列入", sf)
    s.text(mm(12), s.height - mm(12), "https://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html", font("sans", 22))
    s.right(s.width - mm(12), s.height - mm(12), "1/1", font("sans", 22))
    return [s]


# ---- the trial divisions ----------------------------------------------------------------------------------------

def _trial_paper(c: CaseCtx, rng: random.Random, title: str, number: str, blocks: list[tuple[str, str]],
                 bench: list[tuple[str, str]], day: date) -> list[Sheet]:
    """A trial division's judgment: the court in serif, a title letter-spaced wide, the number set right, body in Noto
    serif slightly smaller than the bureau's, folios "- n -" centred."""
    s = Sheet()
    s.centred(mm(28), COURT, font("serif_bold", 52), spacing=3)
    s.centred(mm(28) + 90, title, font("serif_bold", 74), spacing=28)
    col = Column([s], mm(28) + 210, left=mm(30), right=mm(28))
    col.flush(number, serif(38), 88, where="right")
    f = serif(39)
    for kind, text in blocks:
        if kind == "h":
            col.para(text, f, 70, hang=0)
        else:
            col.para(text, f, 70, indent=f.size * 2)
    col.room(100 * len(bench) + 260)
    last, y = col.page, col.y + 60
    x = last.width - mm(98)
    for role, name in bench[:-1]:
        last.text(x, y, f"{role}　{name}", f)
        y += 76
    when = cn_date(day)
    last.text(x, y + 20, when, f)
    seal(last, x + text_width(when, f) / 2, y + 34, COURT, rng, radius=mm(20))
    last.text(x, y + 110, f"{bench[-1][0]}　{bench[-1][1]}", f)
    for i, sh in enumerate(col.sheets, 1):
        sh.centred(sh.height - mm(15), f"- {i} -", serif(30))
        if i > 1:
            sh.page_of = (i, len(col.sheets))
    return col.sheets


def _criminal_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    born = r.born or date(1990, 1, 1)
    fine, gain, cash = c.extra["fine"], c.extra["gain"], c.extra["cash"]
    pieces = c.extra["pieces"]
    detained = c.basis_effective - timedelta(days=rng.randint(150, 220))
    blocks = [
        ("h", "公诉机关四川省成都市成华区人民检察院。"),
        ("h", f"被告人{r.name}，{r.sex}，{num_date(born)}出生，汉族，公民身份号码{r.id_number}，初中文化，个体经营者，住{r.address}。"
              f"因涉嫌犯销售假冒注册商标的商品罪，于{num_date(detained)}被成都市公安局成华区分局刑事拘留，同年"
              f"{(detained + timedelta(days=30)).month}月{(detained + timedelta(days=30)).day}日被取保候审。"),
        ("p", f"四川省成都市成华区人民检察院以成华检刑诉〔{c.basis_effective.year}〕{rng.randint(100, 900)}号起诉书指控被告人"
              f"{r.name}犯销售假冒注册商标的商品罪，于{cn_date(c.basis_effective - timedelta(days=60))}向本院提起公诉。本院依法适用"
              "简易程序，实行独任审判，公开开庭审理了本案。现已审理终结。"),
        ("p", f"公诉机关指控，{c.extra['owner']}系“{c.extra['mark']}”注册商标（注册号{c.extra['mark_no']}）的权利人，核定使用"
              f"商品为玩具、毛绒玩具。{detained.year - 1}年至{detained.year}年，被告人{r.name}明知系假冒上述注册商标的熊猫毛绒"
              f"玩具，仍从他人处购进后，在成华区熊猫大道沿线其经营的摊位及网店销售，共计销售{pieces}件，销售金额"
              f"{gain:,.2f}元。公安机关在其仓库查获尚未销售的假冒商品若干及现金{cash:,.0f}元。"),
        ("p", "被告人对指控的事实、罪名及量刑建议没有异议，自愿认罪认罚，且签字具结，在开庭审理过程中亦无异议。"),
        ("p", f"本院认为，被告人{r.name}销售明知是假冒注册商标的商品，销售金额数额较大，其行为已构成销售假冒注册商标的商品罪。"
              "被告人到案后如实供述，认罪认罚，依法可从轻处罚。依照《中华人民共和国刑法》第二百一十四条、第六十七条第三款、"
              "第七十二条、第五十二条、第五十三条、第六十四条，《中华人民共和国刑事诉讼法》第十五条之规定，判决如下："),
        ("p", f"一、被告人{r.name}犯销售假冒注册商标的商品罪，判处有期徒刑一年，缓刑一年六个月，并处罚金人民币"
              f"{fine:,.0f}元（缓刑考验期限从判决确定之日起计算；罚金限判决生效后一个月内缴纳）。"),
        ("p", f"二、追缴被告人{r.name}的违法所得{gain:,.2f}元，上缴国库。"),
        ("p", f"三、扣押在案的现金{cash:,.0f}元，用于抵缴本判决第一项、第二项确定的款项；扣押的假冒注册商标的商品予以没收，"
              "由扣押机关依法销毁。"),
        ("p", "如不服本判决，可在接到判决书的第二日起十日内，通过本院或者直接向四川省成都市中级人民法院提出上诉。书面上诉的，"
              "应当提交上诉状正本一份，副本一份。"),
    ]
    day = c.basis_effective - timedelta(days=16)
    return _trial_paper(c, rng, "刑事判决书", c.basis_number, blocks,
                        [("审判员", c.extra.setdefault("trial_judge", person_name(rng))), ("书记员", person_name(rng))], day)


def _civil_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heard = c.basis_effective - timedelta(days=rng.randint(40, 60))
    amt = c.amount
    blocks = [
        ("h", f"原告：{_who(a)}"), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("h", f"被告：{_who(r)}"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院于{cn_date(heard - timedelta(days=45))}立案后，依法适用简易程序，"
              f"于{cn_date(heard)}公开开庭进行了审理。原告的委托诉讼代理人{c.agent}到庭参加诉讼，被告经本院传票传唤无正当理由"
              "拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付货款{amt:,.2f}元；2.本案诉讼费由被告负担。事实和理由：2022年起原告按被告"
              "订单向其位于建设路的串串香门店配送毛肚、鸭肠、黄喉等冷冻食材，每月对账结算。2023年3月双方对账确认被告尚欠"
              f"货款{amt:,.2f}元，被告在对账单上盖章确认，此后经多次催收未付。"),
        ("p", "被告未到庭，亦未提交书面答辩意见及证据。"),
        ("p", "本院经审理认定事实如下：原告提交的送货单、对账单能够相互印证，本院对原告主张的事实予以确认。"),
        ("p", "本院认为，原、被告之间的买卖合同关系合法有效。原告已依约供货，被告应当按照约定支付价款。被告经对账确认欠款后"
              "未付，应承担付款责任。依照《中华人民共和国民法典》第五百零九条、第五百九十五条、第六百二十六条，《中华人民共和国"
              "民事诉讼法》第一百四十七条的规定，判决如下："),
        ("p", f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{amt:,.2f}元。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(amt) // 80 + 50}元，减半收取{(int(amt) // 80 + 50) // 2}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于四川省"
              "成都市中级人民法院。"),
    ]
    day = c.basis_effective - timedelta(days=16)
    return _trial_paper(c, rng, "民事判决书", c.basis_number, blocks, [("审判员", person_name(rng)),
                                                                       ("书记员", person_name(rng))], day)


def _in_force(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    return court_paper(c, rng, "生效证明书", [
        ("p", f"本院审理的被告人{r.name}销售假冒注册商标的商品罪一案，本院于{cn_date(c.basis_effective - timedelta(days=16))}"
              f"作出{c.basis_number}刑事判决书，并已依法送达。在法定期限内，被告人未提出上诉，公诉机关未提出抗诉，该判决已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
        ("small", f"承办审判员：{c.extra.get('trial_judge') or person_name(rng)}　　刑事审判庭内勤：{person_name(rng)}"),
    ], day=d, number=c.basis_number.replace("号", "号之一"), code_box=False)


def _transfer(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The criminal tribunal's 移送执行表 (a ruled form) and, behind it, its typed 移送执行说明."""
    r = c.respondent
    fine, gain, cash = c.extra["fine"], c.extra["gain"], c.extra["cash"]
    s = Sheet()
    y = form_title(s, "刑事裁判涉财产部分移送执行表")
    s.text(LM, y - 30, f"移送案号：{c.basis_number}", label(30))
    s.right(s.width - RM, y - 30, f"移送日期：{num_date(d)}", label(30))
    y += 30
    w = s.width - LM - RM
    born = r.born or date(1990, 1, 1)
    rows = [["移送部门", TRIBUNAL, "承办法官", c.extra.setdefault("trial_judge", person_name(rng))],
            ["被执行人", r.name, "性别/出生", f"{r.sex}/{num_date(born)}"], ["公民身份号码", r.id_number],
            ["住　所", r.address], ["判决生效日期", num_date(c.basis_effective), "刑罚执行情况", "缓刑，社区矫正"],
            ["罚　金", f"{fine:,.2f}元", "追缴违法所得", f"{gain:,.2f}元"], ["没收财产", "无"],
            ["随案移送财产", f"扣押现金{cash:,.2f}元（已存入本院暂存款账户）；假冒商品由扣押机关销毁"],
            ["被害人/退赔", "无被害人；无退赔事项"], ["已知财产线索", f"{c.extra['r_bank']}储蓄账户一个"],
            ["附　件", "刑事判决书、生效证明书、财产状况表各一份"], ["庭长意见", ""]]
    hs = [mm(15)] * 7 + [mm(22), mm(15), mm(15), mm(15), mm(28)]
    frame(s, LM - 14, y - 14, s.width - RM + 14, y + sum(hs) + 14)
    boxes = cells(s, LM, y, [mm(38), mm(58), mm(32), w - mm(128)], rows, heights=hs, f=label(30), labels=(0, 2))
    write(s, boxes[-1][1][0] + mm(4), boxes[-1][1][1] + mm(5), "同意移送立案庭转执行局执行。", rng, size=40)
    write(s, boxes[-1][1][2] - mm(60), boxes[-1][1][3] - mm(11), f"{c.applicant.legal_rep} {d.month}.{d.day}", rng, size=36)
    seal(s, s.width - RM - mm(40), y + sum(hs) + mm(20), COURT, rng, radius=mm(19), inner="刑事审判庭")
    s2 = court_paper(c, rng, "移送执行说明", [
        ("to", "本院执行局："),
        ("p", f"本庭审理的被告人{r.name}销售假冒注册商标的商品罪一案，{c.basis_number}刑事判决书已于{cn_date(c.basis_effective)}"
              f"发生法律效力。判决判处被告人罚金{money(fine)}，追缴违法所得{money(gain)}。被告人在判决确定的期限内未自动缴纳。"),
        ("p", f"侦查阶段扣押的现金{cash:,.2f}元已随案移送，存于本院暂存款账户，判决确定用于抵缴罚金及违法所得。本案无被害人，"
              "无退赔事项。被告人被判处缓刑，现在居住地社区矫正，联系电话" + r.phone + "。"),
        ("p", "依照《最高人民法院关于刑事裁判涉财产部分执行的若干规定》第七条的规定，现将本案财产刑部分移送执行，"
              "请依法执行。"),
        ("p", "附：移送执行表一份；刑事判决书一份；生效证明书一份；被执行人财产状况表一份。"),
    ], day=d, number="", court=TRIBUNAL, code_box=False)
    for sh in s2:
        sh.starts_document = False
    s2[0].starts_document = True
    return [s, *s2]


def _property_status(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = form_title(s, "被执行人财产状况表", issuer=TRIBUNAL)
    s.text(LM, y - 30, f"案号：{c.basis_number}　　被执行人：{r.name}", label(30))
    y += 30
    w = s.width - LM - RM
    rows = [["项　目", "情　况"],
            ["已查明的财产", f"{c.extra['r_bank']}储蓄账户（账号{c.extra['r_acct']}），侦查阶段查询余额约{c.extra['deducted']:,.0f}元；"
                            "电动自行车一辆（价值较低）"],
            ["财产线索", "被执行人自述另有微信零钱少量；其父母在成华区有住房一套，非被执行人所有"],
            ["随案移送的财产", f"扣押现金人民币{c.extra['cash']:,.2f}元"],
            ["已经处置的财产", "扣押的假冒注册商标毛绒玩具由公安机关没收销毁（不计价）"],
            ["已查封、扣押、冻结的财产", "无（侦查阶段冻结的账户已于审查起诉阶段解除）"], ["其他需要说明的情况", "被执行人系缓刑，可正常联系"]]
    hs = [mm(13), mm(34), mm(26), mm(18), mm(24), mm(24), mm(18)]
    frame(s, LM - 14, y - 14, s.width - RM + 14, y + sum(hs) + 14)
    cells(s, LM, y, [mm(52), w - mm(52)], rows, heights=hs, f=serif(32))
    y += sum(hs) + mm(18)
    s.text(LM, y, f"填表人：{person_name(rng)}（书记员）　　审核：{c.extra.setdefault('trial_judge', person_name(rng))}", serif(34))
    s.right(s.width - RM - mm(8), y + mm(20), cn_date(d), serif(38))
    seal(s, s.width - RM - mm(40), y + mm(22), COURT, rng, radius=mm(19), inner="刑事审判庭")
    return [s]


# ---- money slips ------------------------------------------------------------------------------------------------

def brand(bank: str) -> str:
    """成都农村商业银行成华支行 → 成都农村商业银行; 中国邮政储蓄银行成都市成华区支行 → 中国邮政储蓄银行."""
    return bank.split("成华")[0].split("成都市")[0]


def _nontax(s: Sheet, y0: float, payer: str, item: str, code: str, amount: Decimal, note: str, day: date,
            rng: random.Random) -> float:
    """四川省非税收入一般缴款书 printed in blue on a half page; returns the y below."""
    f = font("sans", 28)
    s.centred(y0, "四川省非税收入一般缴款书", font("sans_bold", 48), fill=BLUE_PRINT, spacing=4)
    s.text(mm(16), y0 + mm(14), f"票据代码：51010124　　票据号码：{rng.randint(10**9, 10**10 - 1)}　　"
                                f"交款码：{rng.randint(10**17, 10**18 - 1)}", f, fill=BLUE_PRINT)
    s.text(mm(16), y0 + mm(20), f"填制日期：{day:%Y年%m月%d日}", f, fill=BLUE_PRINT)
    w = s.width - mm(32)
    rows = [["付款人", payer, "收款人", "成都市成华区财政局"], ["执收单位", COURT, "执收单位编码", "108001"],
            ["项目编码", code, "收入项目名称", item], ["金额（大写）", money_caps(amount), "（小写）", f"¥{amount:,.2f}"],
            ["备　注", note]]
    cells(s, mm(16), y0 + mm(28), [mm(32), mm(62), mm(30), w - mm(124)], rows, heights=mm(14), f=f, labels=(0, 2),
          ink=BLUE_PRINT, line=1)
    verify_code(s, w - mm(10), y0 + mm(2), rng, size=mm(14))
    return y0 + mm(28) + mm(14) * len(rows)


def _fee_slip(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    fee: Decimal = c.extra["fee"]
    y = _nontax(s, mm(18), c.applicant.name, "诉讼费（申请执行费）", "103040101", fee, f"{c.number}申请执行费", d, rng)
    seal(s, s.width - mm(56), y - mm(16), "成都银行成华支行", rng, radius=mm(16), inner="收讫章")
    s.text(mm(16), y + mm(6), "第一联　收据（交款人收执）　　　收款银行（盖章）", font("sans", 26), fill=BLUE_PRINT)
    return [s]


def _paid(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The family's 缴款书 for the rest of the fine, and the bank's 回单 of the sum taken from the frozen account."""
    s = Sheet()
    rest = c.amount - c.extra["cash"] - c.extra["deducted"]
    y = _nontax(s, mm(16), c.extra["family"][2:], "罚没收入（罚金、追缴违法所得）", "103050199", rest,
                f"{c.number}　代被执行人{c.respondent.name}缴纳", d, rng)
    seal(s, s.width - mm(56), y - mm(16), "成都农村商业银行成华支行", rng, radius=mm(16), inner="收讫章")
    y += mm(24)
    for x in range(mm(10), s.width - mm(10), 22):
        s.line(x, y - mm(8), x + 10, y - mm(8), width=1, fill=(150, 150, 150))
    s.centred(y, f"{brand(str(c.extra['r_bank']))}　客户回单", font("sans_bold", 42))
    w = s.width - mm(40)
    deduct_day = c.day(9)  # two days after the ruling and the notice to the bank
    rows = [["交易日期", f"{deduct_day:%Y-%m-%d}", "业务类型", "司法扣划"],
            ["付款户名", c.respondent.name, "付款账号", c.extra["r_acct"]],
            ["收款户名", f"{COURT}（执行款专户）", "收款账号", f"2201{rng.randint(10**12, 10**13 - 1)}"],
            ["金　额", f"¥{c.extra['deducted']:,.2f}", "大写", money_caps(c.extra["deducted"])],
            ["摘　要", f"依{c.number}协助执行通知书扣划"]]
    cells(s, mm(20), y + mm(14), [mm(30), mm(56), mm(28), w - mm(114)], rows, heights=mm(13), f=font("sans", 28),
          labels=(0, 2), line=1)
    seal(s, s.width - mm(50), y + mm(70), c.extra["r_bank"], rng, radius=mm(15), inner="业务专用章")
    return [s]


# ---- the window's forms -----------------------------------------------------------------------------------------

def _window(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's printed forms (the court's), filled in ballpoint by the party or its lawyer."""
    a, r = c.applicant, c.respondent
    t = str(c.extra["tale"])
    s = Sheet()
    w = s.width - LM - RM
    signer = c.agent
    if code == "service_address_confirmation":
        y = form_title(s, "当事人送达地址确认书")
        role = "异议人" if t == "flat" else "申请执行人"
        rows = [("案　号", c.number), (f"受送达人（{role}）", a.name), ("指定收件人", f"{c.agent}（委托代理律师）"),
                ("确认的送达地址", c.extra["firm_addr"]), ("手机号码", c.agent_phone),
                ("是否同意电子送达", f"同意，手机号码{c.agent_phone}（短信、四川微法院）")]
        note = ("告知：1.当事人应当如实提供确切的送达地址；2.确认的送达地址适用于执行（审查）程序；3.因提供的地址不准确或不及时"
                "告知变更，导致法律文书未能被实际接收的，文书留在该地址之日为送达之日。")
    elif code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收款账户确认书")
        rows = [("案　号", c.number), ("申请执行人", a.name), ("账户名称", a.name), ("开户银行", c.extra["in_bank"]),
                ("账　号", c.extra["in_acct"]), ("联系人及电话", f"{a.legal_rep} {a.phone}")]
        note = "本单位确认以上账户为接收本案执行款的账户；因账户信息有误造成的损失由本单位承担。账户变更的，将及时书面告知。"
        signer = a.legal_rep
    elif code == "property_clue_form":
        y = form_title(s, "被执行人财产线索表")
        rows = [("案　号", c.number), ("被执行人", r.name), ("统一社会信用代码", r.id_number),
                ("经营场所", f"{r.address}（串串香门店，店内有冻库两台、灶具）"),
                ("银行账户", "对公账户开户行不详，收款用微信、美团商家账户"), ("其他线索", "法定代表人另有门店，地址待查")]
        note = "以上线索由申请执行人提供，请法院核查。申请执行人保证所提供线索系真实掌握的情况。"
    else:
        y = form_title(s, "财产申报表")
        if t == "panda":
            rows = [("案　号", c.number), ("申报人", f"{r.name}（被执行人）"), ("工作及收入", "无固定工作，打零工，月收入约三千元"),
                    ("银行存款", f"{c.extra['r_bank']}一张卡，余额两千多元"), ("房产、车辆", "无房、无车，有一辆电瓶车"),
                    ("其他财产", "微信零钱几十元，无其他")]
            signer = r.name
        else:
            rows = [("案　号", c.number), ("申报单位", r.name), ("银行存款", "公司账户无余额"), ("不动产", "无"),
                    ("车辆、设备", "无，门店设备已抵房租给房东"), ("对外债权及投资", "无")]
            signer = r.legal_rep
        note = "申报人保证以上所报财产情况真实、完整，如有隐瞒、虚报，愿承担法律责任。"
    hs = [mm(24) if len(v) > 20 else mm(16) for _, v in rows]
    frame(s, LM - 14, y - 14, s.width - RM + 14, y + sum(hs) + 14)
    boxes = cells(s, LM, y, [mm(46), w - mm(46)], [[k, ""] for k, _ in rows], heights=hs, f=label(32))
    for (_, v), row in zip(rows, boxes, strict=True):
        write(s, row[1][0] + mm(4), row[1][1] + mm(3.5), v, rng, size=38, width=22)
    col = Column([s], y + sum(hs) + mm(10))
    col.para(note, serif(32), 54, indent=64)
    yy = col.y + mm(14)
    s.text(s.width - RM - mm(112), yy, "确认人（签名）：", label(34))
    write(s, s.width - RM - mm(48), yy - 8, signer, rng, size=50, ink=DARK)
    write(s, s.width - RM - mm(74), yy + 80, num_date(d), rng, size=40)
    if a.kind == "organisation" and code == "payment_account_confirmation":
        seal(s, s.width - RM - mm(40), yy + 30, a.name, rng, radius=mm(18))
    if code == "property_declaration_form" and r.kind == "organisation":
        seal(s, s.width - RM - mm(40), yy + 30, r.name, rng, radius=mm(18))
    return [s]


# ---- 查控 ---------------------------------------------------------------------------------------------------------

def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统 printout (monospaced, one ruled table) and a bank's reply to the 点对点 inquiry."""
    r = c.respondent
    mono: Font = font("wenkai_mono", 27)
    panda = str(c.extra["tale"]) == "panda"
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("成都银行", "存款"), ("成都农村商业银行", "存款"),
             ("招商银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交管局", "车辆"),
             ("自然资源部", "不动产"), ("中国结算", "证券"), ("市场监管总局", "股权"), ("住建部", "公积金")]
    rows = [["#", "反馈单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if panda and unit == "成都农村商业银行":
            res = f"账户1个 余额{c.extra['deducted']:,.2f}"
        elif kind == "网络资金" and panda:
            res = f"余额{rng.randint(5, 90)}.{rng.randint(10, 99)}"
        elif kind == "存款" and rng.random() < 0.3:
            res = f"账户1个 余额{rng.randint(0, 20)}.{rng.randint(10, 99)}"
        else:
            res = "未查询到财产"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%m-%d}"])
    s = Sheet()
    s.text(mm(14), mm(12), "网络执行查控系统 · 查询结果汇总", font("sans_bold", 42))
    s.text(mm(14), mm(24), f"案号 {c.number}", mono)
    s.text(mm(14), mm(30), f"被查询人 {r.name}  证照号码 {r.id_number}", mono)
    s.text(mm(14), mm(36), f"查询方式 总对总  发起人 {c.officer}  发起时间 {d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
    cells(s, mm(14), mm(44), [mm(10), mm(56), mm(26), mm(64)], rows, heights=mm(10.5), f=mono, labels=(0,), line=1)
    s.text(mm(14), s.height - mm(14), f"打印 {c.clerk} {d + timedelta(days=3):%Y-%m-%d}", mono)
    s.right(s.width - mm(14), s.height - mm(14), "第1页/共1页", mono)
    bank = c.extra.get("r_bank") or "成都农村商业银行成华支行"
    s2 = Sheet()
    s2.centred(mm(26), brand(bank) if panda else "成都农村商业银行", font("serif_bold", 54))
    s2.centred(mm(26) + 86, "协助查询存款回执", font("serif_bold", 64), spacing=12)
    col = Column([s2], mm(26) + 220)
    f = serif(40)
    col.flush(f"{COURT}：", f, 74)
    found = (f"经查，{r.name}（证件号码{r.id_number}）在我行开立储蓄账户一个，账号{c.extra.get('r_acct', '')}，截至"
             f"{num_date(d + timedelta(days=1))}余额为人民币{c.extra.get('deducted', Decimal(0)):,.2f}元，无冻结记录。" if panda else
             f"经查，{r.name}（统一社会信用代码{r.id_number}）在我行开立对公结算账户一个，余额为人民币0.00元，已被列为久悬户；"
             "无其他存款、理财产品。")
    col.para(f"你院{c.number}协助查询存款通知书收悉。{found}", f, 74, indent=f.size * 2)
    col.para("特此回复。", f, 74, indent=f.size * 2)
    col.para(f"经办人：{person_name(rng)}　复核：{person_name(rng)}　联系电话：028-8{rng.randint(1000000, 9999999)}", serif(34), 60)
    y = col.y + 90
    s2.right(s2.width - RM - mm(8), y, num_date(d + timedelta(days=2)), f)
    seal(s2, s2.width - RM - mm(40), y + 10, bank if panda else "成都农村商业银行成华支行", rng, radius=mm(18), inner="业务专用章")
    s2.starts_document = True
    return [*folios([s]), s2]
