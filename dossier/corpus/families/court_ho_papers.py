"""What 伊宁市法院执行局 receives, each in its maker's hand: the court's civil division's 民事判决书 (uming body, Uyghur court
name over the Chinese, "- n -" folios); the 伊宁市公证处's 公证书 and 执行证书 under a green bilingual letterhead with
its bilingual seal; the lawyers' typed applications (a kai body, the title over a thick rule), their firm's letter
and the 执业证 copy; bilingual 居民身份证 copies (Uyghur labels beside the Chinese) and a bilingual 营业执照; the window's
bilingual forms filled in ballpoint; the 新疆非税收入 缴款书 in brown; the 查控 system's printout; a 村民委员会's bilingual
certificate that the debtor is gone, endorsed by the 派出所; the bank's 回单."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width
from dossier.corpus.families.court_ho_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    UG_COURT,
    UG_COURT_SHORT,
    Flowing,
    bi_seal,
    form_table,
    form_title,
    halftone,
    pen,
    ug_centred,
    ug_font,
    ug_text,
)
from dossier.corpus.fonts import font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher", "whereabouts_unknown_proof",
})
NOTARY = "新疆维吾尔自治区伊宁市公证处"
UG_NOTARY = "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى غۇلجا شەھەرلىك نوتارىئۇس ئىدارىسى"
GREEN = (24, 104, 72)
BROWN = (128, 72, 34)


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ho import made_on

    d = made_on(c, code)
    if code == "enforcement_basis":
        return _notarial_deed(c, rng) if c.extra["tale"] == "herd" else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _execution_certificate(c, rng)
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
        return _business_licence(p, c, rng) if p.kind == "organisation" else _id_card(p, c, rng)
    if code == "fee_receipt":
        return _fee_slip(c, rng)
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "settlement_agreement":
        return _settlement(c, rng, d)
    if code == "payment_voucher":
        return _vouchers(c, rng)
    if code == "whereabouts_unknown_proof":
        return _gone(c, rng, d)
    raise KeyError(code)


def _who(p: Party, c: CaseCtx) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1985, 1, 1)
    return (f"{p.name}，{p.sex}，{c.extra.get('nation', '维吾尔族')}，{born.year}年{born.month}月{born.day}日出生，"
            f"住{p.address}，公民身份号码{p.id_number}。")


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The civil division's judgment: Uyghur court name small over the Chinese, 民事判决书 in wide bold serif, uming
    body justified by nothing (ragged), "- n -" folios centred, a judge alone (简易程序) or a panel."""
    a, r = c.applicant, c.respondent
    fruit = c.extra["tale"] == "fruit"
    heard = c.basis_effective - timedelta(days=rng.randint(45, 70))
    if fruit:
        story = (f"{r.name}在伊宁市经营“{c.extra['shop']}”，自2022年4月起向原告赊购{c.extra['goods']}，双方约定每批货到店后"
                 f"三十日内付款。至2023年2月，经双方对账，被告尚欠货款{c.amount:,.2f}元，被告在对账单上签名确认，此后经原告多次"
                 "催要未付。")
        held = "原告与被告之间的买卖合同关系依法成立，合法有效。被告收货后未按约定付款，应承担继续付款的责任。"
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{c.amount:,.2f}元。"
        law = "《中华人民共和国民法典》第五百七十七条、第五百九十五条、第六百二十六条"
    else:
        story = (f"2021年6月，被告将其承建的{c.extra['project']}主体结构劳务分包给原告，约定按月进度支付劳务费的百分之七十，"
                 f"主体封顶后付至百分之九十五。2022年10月工程主体封顶，经双方结算确认劳务费总额，被告尚欠{c.amount:,.2f}元未付。")
        held = ("原告具有建筑劳务施工资质，双方签订的劳务分包合同合法有效。工程已经结算，被告对欠付数额无异议，其以建设单位"
                "未付工程款为由拒付，不能成立。")
        order = f"被告{r.name}于本判决生效之日起十五日内支付原告{a.name}劳务分包工程款{c.amount:,.2f}元。"
        law = "《中华人民共和国民法典》第五百零九条、第七百八十八条、第八百零七条"
    simple = fruit
    paras = [
        ("h", f"原告：{_who(a, c)}"),
        ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("h", f"被告：{_who(r, c)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院于{cn_date(heard - timedelta(days=40))}立案后，依法适用"
              f"{'简易程序' if simple else '普通程序'}，于{cn_date(heard)}公开开庭进行了审理。"
              f"{'被告要求使用维吾尔语参加诉讼，本院为其提供了翻译。' if fruit else ''}本案现已审理终结。"),
        ("p", f"{a.name}向本院提出诉讼请求：判令被告支付{'货款' if fruit else '工程款'}{c.amount:,.2f}元及资金占用期间的利息；"
              "诉讼费由被告负担。事实与理由：" + story),
        ("p", f"{r.name}辩称：{'欠款属实，但近两年生意不好，请求分期支付。' if fruit else '欠款数额无异议，但建设单位尚未支付工程款，付款条件未成就。'}"),
        ("p", f"本院经审理认定事实如下：{story}"),
        ("p", f"本院认为，{held}依照{law}，《中华人民共和国民事诉讼法》第六十七条的规定，判决如下："),
        ("p", order),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付"
              "迟延履行期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount) // 100 + 50}元，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于新疆维吾尔"
              "自治区高级人民法院伊犁哈萨克自治州分院。"),
    ]
    run = Flowing(0, left=mm(30), right=mm(28))
    s = run.s
    ug_centred(s, TOP - mm(4), UG_COURT, ug_font(30, "naskh"))
    s.centred(TOP + mm(6), COURT, font("serif", 50), spacing=3)
    s.centred(TOP + mm(18), "民事判决书", font("serif_bold", 78), spacing=40)
    s.right(s.width - mm(28), TOP + mm(34), c.basis_number, font("ming", 40))
    run.y = TOP + mm(46)
    f = font("ming", 41)
    for kind, text in paras:
        run.para(text, f, lead=70, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 2 if kind == "h" else 0)
    run.room(460)
    last, y = run.s, run.y + 50
    x = last.width - mm(98)
    judges = [("审 判 员", person_name(rng))] if simple else [("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)),
                                                             ("人民陪审员", f"{rng.choice(['阿不都拉', '肉孜'])}·买买提")]
    for role, name in judges:
        last.text(x, y, f"{role}　{name}", f)
        y += 70
    when = cn_date(c.basis_effective - timedelta(days=rng.randint(18, 26)))
    last.text(x, y + 16, when, f)
    bi_seal(last, x + text_width(when, f) / 2, y + 30, COURT, UG_COURT_SHORT, rng)
    last.text(x, y + 100, f"书 记 员　{person_name(rng)}", f)
    m = len(run.sheets)
    for n, sh in enumerate(run.sheets, 1):
        sh.centred(sh.height - mm(16), f"- {n} -", font("ming", 32))
        if n > 1:
            sh.page_of = (n, m)
    return run.sheets


def _notary_head(s: Sheet) -> float:
    """The 公证处's letterhead: a screened pale green band (offset halftone), green Uyghur and Chinese names, a green
    double rule."""
    halftone(s, (LEFT, TOP - mm(8), s.width - RIGHT, TOP + mm(14)), (150, 215, 170), cover=0.2, pitch=3.8, angle=15.0)
    ug_centred(s, TOP - mm(6), UG_NOTARY, ug_font(30, "naskh_bold"), fill=GREEN)
    s.centred(TOP + mm(4), NOTARY, font("serif_bold", 52), spacing=2, fill=GREEN)
    y = TOP + mm(15)
    s.line(LEFT, y, s.width - RIGHT, y, width=5, fill=GREEN)
    s.line(LEFT, y + 8, s.width - RIGHT, y + 8, width=2, fill=GREEN)
    return y + mm(8)


def _notarial_deed(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """公证书 of a loan contract with compulsory-enforcement effect: the 公证处's certificate (公证词) then the notarised
    借款合同 bound behind it, pages numbered "第n页 共m页" at the right."""
    a, r = c.applicant, c.respondent
    loan: date = c.extra["loan_day"]
    principal: Decimal = c.extra["principal"]
    due = date(loan.year + 1, loan.month, loan.day)
    run = Flowing(0, left=mm(28), right=mm(26))
    s = run.s
    y = _notary_head(s)
    s.centred(y + mm(4), "公 证 书", font("serif_bold", 84), spacing=20)
    ug_centred(s, y + mm(19), "نوتارىئۇس گۇۋاھنامىسى", ug_font(30, "naskh"))
    s.right(s.width - mm(26), y + mm(29), c.extra["loan_no"], font("serif", 38))
    run.y = y + mm(40)
    f = font("serif", 40)
    for kind, text in [
        ("h", f"申请人：{_who(a, c)}"),
        ("h", f"申请人：{_who(r, c)}"),
        ("t", "公证事项：赋予债权文书强制执行效力"),
        ("p", f"兹证明{a.name}的委托代理人与{r.name}于{cn_date(loan)}在本公证员的面前，签订了前面的《个人借款合同》。"),
        ("p", "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，合同内容具体、明确。双方当事人"
              "在合同中约定：债务人不履行或者不完全履行合同义务时，债务人愿意接受依法强制执行。本公证员已向双方告知赋予债权文书"
              "强制执行效力的法律意义和后果。"),
        ("p", f"{r.name}通晓国家通用语言文字，本公证员另以哈萨克语向其宣读了合同主要条款及本公证词，其表示理解。"),
        ("p", "依照《中华人民共和国公证法》第三十七条的规定，本公证书具有强制执行效力。"),
    ]:
        if kind == "t":
            run.flush(text, f, lead=70)
        else:
            run.para(text, f, lead=70, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    run.room(300)
    last, yy = run.s, run.y + 60
    last.right(last.width - mm(36), yy, NOTARY, f)
    last.right(last.width - mm(36), yy + 74, f"公证员　{person_name(rng)}", f)
    when = cn_date(loan)
    last.right(last.width - mm(36), yy + 148, when, f)
    bi_seal(last, last.width - mm(70), yy + 110, NOTARY, "نوتارىئۇس ئىدارىسى", rng, radius=mm(20))
    # the contract bound behind the certificate
    run.sheets.append(Sheet())
    run.y = TOP
    run.s.centred(TOP, "个人借款合同", font("hei", 64), spacing=14)
    run.s.right(run.s.width - mm(26), TOP + mm(11), f"合同编号：JK{loan:%Y%m%d}{rng.randint(10, 99)}", font("sans", 30))
    run.y = TOP + mm(22)
    g = font("sans", 34)
    for text in [f"贷款人（甲方）：{a.name}", f"借款人（乙方）：{r.name}，公民身份号码{r.id_number}",
                 f"第一条　借款用途：乙方借款用于购买基础母羊{c.extra['sheep']}只，发展畜牧养殖。",
                 f"第二条　借款金额：{money(principal)}。",
                 f"第三条　借款期限：自{num_date(loan)}起至{num_date(due)}止，共十二个月。",
                 "第四条　借款利率：年利率12.8%，按月付息，到期一次还本。",
                 "第五条　乙方逾期还款的，逾期部分按借款利率加收百分之五十的罚息。",
                 "第六条　乙方以所购羊只及其繁殖的后代向甲方提供抵押担保，未经甲方同意不得出售。",
                 "第七条　乙方变更住址、联系方式或外出务工、转场放牧的，应在七日内书面告知甲方。",
                 "第八条　双方同意就本合同申请办理赋予强制执行效力的债权文书公证。乙方不履行或不完全履行还款义务时，甲方可向"
                 "公证机构申请出具执行证书，并向有管辖权的人民法院申请强制执行，乙方自愿接受强制执行。",
                 "第九条　本合同一式四份，甲、乙双方各执一份，公证处存档两份。"]:
        run.para(text, g, lead=60, hang=g.size * 5 if text.startswith("第") else 0)
    run.room(200)
    last, yy = run.s, run.y + 50
    last.text(mm(30), yy, "甲方（盖章）：", g)
    seal(last, mm(90), yy + 20, a.name, rng, radius=mm(17))
    last.text(last.width / 2 + mm(5), yy, "乙方（签名、捺印）：", g)
    hand(last, last.width / 2 + mm(50), yy + 60, r.name, rng, size=50, ink=INK)
    last.draw.ellipse((last.width / 2 + mm(95), yy + 60, last.width / 2 + mm(95) + 30, yy + 100), fill=(196, 48, 52))
    last.text(mm(30), yy + 150, f"签订日期：{num_date(loan)}", g)
    m = len(run.sheets)
    for n, sh in enumerate(run.sheets, 1):
        sh.right(sh.width - mm(24), sh.height - mm(16), f"第{n}页 共{m}页", font("serif", 30))
        if n > 1:
            sh.page_of = (n, m)
    return run.sheets


def _execution_certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """执行证书 of the 公证处: the debt still owed, on the same green letterhead."""
    a, r = c.applicant, c.respondent
    principal: Decimal = c.extra["principal"]
    run = Flowing(0, left=mm(28), right=mm(26))
    s = run.s
    y = _notary_head(s)
    s.centred(y + mm(4), "执 行 证 书", font("serif_bold", 80), spacing=12)
    ug_centred(s, y + mm(18), "ئىجرا گۇۋاھنامىسى", ug_font(30, "naskh"))
    s.right(s.width - mm(26), y + mm(28), c.extra["cert_no"], font("serif", 38))
    run.y = y + mm(40)
    f = font("serif", 40)
    for kind, text in [
        ("h", f"申请人（债权人）：{_who(a, c)}"),
        ("h", f"被申请人（债务人）：{_who(r, c)}"),
        ("p", f"{a.name}与{r.name}于{cn_date(c.extra['loan_day'])}签订的《个人借款合同》，经本处以{c.extra['loan_no']}公证书"
              "赋予强制执行效力。现申请人以被申请人到期未还款为由，向本处申请出具执行证书。"),
        ("p", f"经核实，申请人已按约发放借款{principal:,.2f}元。借款到期后，被申请人未偿还本金，自{cn_date(c.extra['loan_day'] + timedelta(days=150))}"
              "起未再支付利息。本处按合同载明的联系方式及户籍地址向被申请人发出核实函，被申请人未在规定期限内提出异议。"),
        ("p", "依照《中华人民共和国公证法》第三十七条、《最高人民法院、司法部关于公证机关赋予强制执行效力的债权文书执行有关问题的"
              "联合通知》的规定，出具本执行证书。被执行人应向申请执行人履行："),
        ("p", f"一、借款本金{money(principal)}；"),
        ("p", f"二、截至申请执行之日的利息及罚息{money(c.extra['interest'])}；"),
        ("p", f"以上合计{money(c.amount)}。"),
        ("p", f"申请执行人可持本执行证书及{c.extra['loan_no']}公证书，向有管辖权的人民法院申请强制执行。"),
    ]:
        run.para(text, f, lead=70, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    run.room(260)
    last, yy = run.s, run.y + 60
    last.right(last.width - mm(36), yy, f"公证员　{person_name(rng)}", f)
    when = cn_date(c.basis_effective)
    last.right(last.width - mm(36), yy + 80, when, f)
    bi_seal(last, last.width - mm(70), yy + 80, NOTARY, "نوتارىئۇس ئىدارىسى", rng, radius=mm(20))
    return run.sheets


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The lawyer's typed 申请执行书: the title over a thick rule, kai body, requests numbered, 此致 and the seal."""
    a, r = c.applicant, c.respondent
    run = Flowing(0, left=mm(25), right=mm(24))
    s = run.s
    s.centred(TOP, "申请执行书", font("kai", 76), spacing=22)
    s.line(mm(60), TOP + 96, s.width - mm(60), TOP + 96, width=7)
    run.y = TOP + 140
    f = font("kai", 44)
    herd = c.extra["tale"] == "herd"
    basis = (f"{c.basis_court}{c.extra['loan_no']}公证书、{c.extra['cert_no']}执行证书" if herd
             else f"{COURT}{c.basis_number}民事判决书")
    rows = [("h", f"申请执行人：{_who(a, c)}联系电话：{a.phone}"),
            ("h", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
            ("h", f"被执行人：{_who(r, c)}"),
            ("t", "执行依据：" + basis),
            ("t", "请求事项："),
            ("p", f"1.强制被执行人给付{money(c.amount)}；"),
            ("p", "2.被执行人加倍支付迟延履行期间的债务利息；"),
            ("p", "3.对被执行人采取限制消费措施，并依法将其纳入失信被执行人名单；"),
            ("p", "4.执行费用由被执行人承担。"),
            ("t", "事实与理由："),
            ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{basis}已发生法律效力，被执行人至今未履行。依照《中华人民共和国"
                  "民事诉讼法》第二百四十七条、第二百四十九条的规定，特申请强制执行。")]
    if c.extra["tale"] == "build":
        rows.append(("p", f"执行款请汇入申请执行人账户：开户行{c.extra['in_bank']}，账号{c.extra['in_acct']}。"))
    rows += [("t", "此致"), ("t", COURT)]
    for kind, text in rows:
        if kind == "t":
            run.flush(text, f, lead=76)
        else:
            run.para(text, f, lead=76, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    run.room(280)
    last, y = run.s, run.y + 40
    last.text(last.width - mm(105), y, "申请执行人（盖章）：", f)
    seal(last, last.width - mm(45), y + 40, a.name, rng, radius=mm(18))
    hand(last, last.width - mm(90), y + 120, num_date(c.filed_on - timedelta(days=rng.randint(1, 3))), rng, size=44, ink=INK)
    return run.sheets


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP, "授 权 委 托 书", font("serif_bold", 70))
    run = Flowing(TOP + 150, left=mm(26), right=mm(24))
    run.sheets = [s]
    f = font("ming", 42)
    for kind, text in [("h", f"委托单位：{a.name}"), ("h", f"法定代表人：{a.legal_rep}"),
                       ("h", f"受委托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
                       ("p", f"现委托上列受委托人在我单位与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方代理人。"),
                       ("p", "代理权限：特别授权。代为申请强制执行，提供财产线索，申请查封、冻结、扣划，参与执行和解，代为签收法律文书，"
                             "代为领取执行款，代为同意终结本次执行程序及申请恢复执行。")]:
        run.para(text, f, lead=74, indent=f.size * 2 if kind == "p" else 0, hang=f.size * 3 if kind == "h" else 0)
    y = run.y + 90
    s.text(mm(26), y, "委托单位（盖章）：", f)
    seal(s, mm(95), y + 40, a.name, rng, radius=mm(18))
    s.text(s.width / 2 + mm(10), y, "受委托人：", f)
    hand(s, s.width / 2 + mm(50), y - 6, c.agent, rng, size=54, ink=INK)
    hand(s, s.width - mm(95), y + 170, num_date(c.filed_on - timedelta(days=rng.randint(4, 8))), rng, size=44, ink=INK)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    red = (200, 30, 38)
    s.centred(TOP - mm(4), c.firm, font("hei", 70), spacing=10, fill=red)
    s.line(LEFT - mm(5), TOP + 100, s.width - RIGHT + mm(5), TOP + 100, width=4, fill=red)
    s.text(LEFT, TOP + 124, f"新{c.firm[2:4]}律函〔{c.filed_on.year}〕{rng.randint(10, 199)}号", font("ming", 36))
    s.centred(TOP + 220, "律师事务所函", font("ming", 64), spacing=8)
    run = Flowing(TOP + 340, left=mm(26), right=mm(24))
    run.sheets = [s]
    f = font("ming", 42)
    run.flush(f"{COURT}执行局：", f, lead=76)
    run.para(f"本所接受{c.applicant.name}的委托，指派本所{c.agent}律师担任其申请执行{c.respondent.name}{c.extra['cause']}一案的"
             "代理人。请予接洽。", f, lead=76, indent=f.size * 2)
    run.para(f"律师执业证号：{c.extra['licence']}　联系电话：{c.agent_phone}", font("ming", 36), lead=62, indent=f.size * 2)
    run.para(f"本所地址：{c.extra['firm_addr']}", font("ming", 36), lead=62, indent=f.size * 2)
    y = run.y + 110
    when = cn_date(c.filed_on - timedelta(days=rng.randint(2, 5)))
    s.right(s.width - RIGHT - mm(6), y, when, f)
    seal(s, s.width - RIGHT - mm(36), y - 10, c.firm, rng, radius=mm(20))
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 律师执业证 opened flat and copied: photo leaf left, data leaf right, the lawyer's note below."""
    s = Sheet()
    x0, y0 = mm(16), mm(34)
    lw, lh = mm(86), mm(120)
    for k in range(2):
        x = x0 + k * (lw + mm(4))
        s.draw.rectangle((x, y0, x + lw, y0 + lh), fill=(222, 220, 214), outline=(80, 80, 80), width=3)
    f = font("sans", 32)
    s.draw.rectangle((x0 + mm(24), y0 + mm(14), x0 + mm(62), y0 + mm(62)), fill=(140, 140, 140))
    s.centred(y0 + mm(70), "持证人照片", f, x0=x0, x1=x0 + lw)
    s.centred(y0 + mm(85), "中华人民共和国司法部监制", font("sans", 26), x0=x0, x1=x0 + lw)
    seal(s, x0 + mm(60), y0 + mm(58), "新疆维吾尔自治区司法厅", rng, radius=mm(13))
    x = x0 + lw + mm(4)
    s.centred(y0 + mm(7), "律 师 执 业 证", font("serif_bold", 46), x0=x, x1=x + lw)
    born = date(rng.randint(1975, 1992), rng.randint(1, 12), rng.randint(1, 28))
    for k, (label, value) in enumerate([("执业机构", c.firm), ("执业证类别", "专职律师"), ("执业证号", c.extra["licence"]),
                                        ("持证人", c.agent), ("性别", rng.choice("男女")), ("出生年月", f"{born.year}.{born.month:02d}"),
                                        ("发证机关", "新疆维吾尔自治区司法厅"), ("发证日期", f"{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月")]):
        s.text(x + mm(5), y0 + mm(22) + k * mm(11), f"{label}：{value}", font("sans", 28))
    hand(s, x0 + mm(10), y0 + lh + mm(18), "本复印件与原件一致", rng, size=54, ink=INK)
    hand(s, x0 + mm(112), y0 + lh + mm(20), c.agent, rng, size=52, ink=INK)
    return [s]


def _id_card(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Both faces of a bilingual second-generation 居民身份证 copied one above the other: every label in Chinese with its
    Uyghur beside it, the name's Uyghur spelling under the Chinese, the emblem face titled in both scripts."""
    from dossier.corpus.families.court_ho import uy_spelling

    s = Sheet()
    w, h = mm(96), mm(61)
    x = mm(50) + rng.uniform(-mm(8), mm(8))
    ys = [mm(34), mm(34) + h + mm(14)]
    for y in ys:
        s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(208, 208, 204), outline=(110, 110, 110), width=2)
    y = ys[0]
    lab, val = font("hei", 24), font("hei", 31)
    uf = ug_font(18, "sans")
    born = p.born or date(1985, 1, 1)
    nation = c.extra.get("nation", "维吾尔族").removesuffix("族")
    rows = [("姓名", "ئىسمى", p.name), ("性别", "جىنسى", f"{p.sex}　　民族 {nation}"), ("出生", "تۇغۇلغان", f"{born.year} 年 {born.month} 月 {born.day} 日")]
    ty = y + mm(5)
    for zh, ug, value in rows:
        s.text(x + mm(4), ty, zh, lab, fill=(70, 70, 70))
        ug_text(s, x + mm(4), ty + mm(3.6), ug, uf, fill=(70, 70, 70))
        s.text(x + mm(19), ty, value, val)
        ty += mm(9)
    spelled = uy_spelling(p.name)
    if spelled:
        ug_text(s, x + mm(19), y + mm(9.5), spelled, ug_font(22, "sans"))
    s.text(x + mm(4), ty, "住址", lab, fill=(70, 70, 70))
    ug_text(s, x + mm(4), ty + mm(3.6), "ئادرېسى", uf, fill=(70, 70, 70))
    for k in range(0, len(p.address), 12):
        s.text(x + mm(19), ty, p.address[k:k + 12], val)
        ty += mm(5.4)
    s.text(x + mm(4), y + h - mm(9), "公民身份号码", lab, fill=(70, 70, 70))
    s.text(x + mm(28), y + h - mm(10), p.id_number, font("mono", 36))
    s.draw.rectangle((x + w - mm(28), y + mm(7), x + w - mm(5), y + mm(36)), fill=(128, 128, 128))
    y = ys[1]
    s.draw.ellipse((x + mm(5), y + mm(5), x + mm(21), y + mm(21)), outline=(100, 100, 100), width=3)
    ug_text(s, x + mm(30), y + mm(5), "جۇڭخۇا خەلق جۇمھۇرىيىتى", ug_font(26, "sans"))
    s.text(x + mm(30), y + mm(12), "中华人民共和国", font("hei", 36))
    ug_text(s, x + mm(24), y + mm(22), "ئاھالە كىملىك گۇۋاھنامىسى", ug_font(30, "sans_bold"))
    s.text(x + mm(24), y + mm(30), "居民身份证", font("hei", 56), spacing=12)
    county = "伊宁县公安局" if p.address.startswith("新疆伊宁县") else "伊宁市公安局"
    s.text(x + mm(8), y + h - mm(15), f"签发机关　{county}", lab)
    ug_text(s, x + mm(8), y + h - mm(11.2), "تارقاتقان ئورگان", uf, fill=(70, 70, 70))
    start = date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    s.text(x + mm(8), y + h - mm(7), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", lab)
    # the respondent's copy comes from the applicant's own files: its lawyer notes where it came from and signs
    hand(s, mm(34), ys[1] + h + mm(20), "被执行人身份证复印件，由申请执行人提供，与留存件一致", rng, size=44, ink=INK)
    hand(s, mm(120), ys[1] + h + mm(38), c.agent, rng, size=54, ink=INK)
    return [s]


def _business_licence(p: Party, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A bilingual 营业执照 (副本) copied on the upper half, the 法定代表人身份证明书 typed under it."""
    s = Sheet()
    frame = (160, 100, 50)
    x0, y0, x1, y1 = mm(15), mm(16), s.width - mm(15), mm(158)
    s.box(x0, y0, x1, y1, width=9, outline=frame)
    s.box(x0 + 16, y0 + 16, x1 - 16, y1 - 16, width=2, outline=frame)
    ug_centred(s, y0 + mm(7), "تىجارەت كىنىشكىسى", ug_font(40, "naskh_bold"))
    s.centred(y0 + mm(16), "营业执照", font("serif_bold", 84), spacing=44)
    s.centred(y0 + mm(32), "（副　本）", font("serif", 34))
    s.text(x0 + mm(8), y0 + mm(41), f"统一社会信用代码　{p.id_number}", font("serif", 32))
    trade = ("干果、农副产品、香精香料（薰衣草精油）批发零售" if "精油" in p.name else "小额贷款业务" if "贷款" in p.name
             else "建筑劳务分包；施工劳务作业" if "劳务" in p.name else "房屋建筑工程施工总承包；市政工程施工")
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", trade), ("注册资本", f"{rng.choice([100, 300, 500, 2000, 5000])}万元人民币"),
            ("成立日期", f"{rng.randint(2009, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"), ("住　　所", p.address)]
    ty = y0 + mm(51)
    f = font("serif", 32)
    for label, value in rows:
        s.text(x0 + mm(10), ty, label, f)
        s.text(x0 + mm(42), ty, value[:30], f)
        ty += mm(9.4)
    reg = "伊宁市市场监督管理局" if "伊宁" in p.address else "乌鲁木齐市新市区市场监督管理局"
    s.text(x1 - mm(80), y1 - mm(26), "登记机关", f)
    bi_seal(s, x1 - mm(45), y1 - mm(25), reg, "بازار نازارەت باشقۇرۇش ئىدارىسى", rng, radius=mm(16))
    s.text(x1 - mm(86), y1 - mm(14), f"{c.filed_on.year - 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    y = y1 + mm(14)
    s.centred(y, "法定代表人身份证明书", font("hei", 52), spacing=4)
    run = Flowing(y + mm(17), left=mm(24), right=mm(22))
    run.sheets = [s]
    run.para(f"{p.legal_rep}，在我单位任法定代表人职务，特此证明。", font("serif", 40), lead=72, indent=80)
    run.para("附：法定代表人身份证复印件一份。", font("serif", 36), lead=64, indent=80)
    s.right(s.width - mm(30), run.y + 70, num_date(c.filed_on - timedelta(days=rng.randint(2, 9))), font("serif", 40))
    seal(s, s.width - mm(60), run.y + 60, p.name, rng, radius=mm(18))
    hand(s, mm(28), s.height - mm(34), "与原件核对无误", rng, size=46, ink=INK)
    return [s]


def _fee_slip(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """新疆维吾尔自治区非税收入一般缴款书, printed in brown, the till's stamp on it, the lower half of the A4 empty."""
    s = Sheet()
    f = font("song_gb", 31)
    ug_centred(s, mm(14), "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى باجسىز كىرىم تاپشۇرۇش تالونى", ug_font(26, "naskh"), fill=BROWN)
    s.centred(mm(21), "新疆维吾尔自治区非税收入一般缴款书", font("song_gb", 50), fill=BROWN, spacing=2)
    s.text(mm(16), mm(34), f"No.65{rng.randint(10**8, 10**9 - 1)}　　执收单位编码：654002{rng.randint(100, 999)}", f, fill=BROWN)
    s.text(mm(16), mm(41), f"填制日期：{c.filed_on.year}年{c.filed_on.month}月{c.filed_on.day}日", f, fill=BROWN)
    fee: Decimal = c.extra["fee"]
    w = s.width - mm(32)
    rows = [[("缴款人", ""), (c.applicant.name, ""), ("执收单位", ""), (COURT, "")],
            [("项目名称", ""), ("申请执行费", ""), ("案号", ""), (c.number, "")],
            [("金额（大写）", ""), (money_caps(fee), ""), ("小写", ""), (f"￥{fee:,.2f}", "")],
            [("收款账户", ""), ("伊宁市财政局非税收入汇缴结算户", "")]]
    form_table(s, mm(16), mm(49), [mm(30), mm(62), mm(24), w - mm(116)], rows, mm(15), labels=(0, 2), size=28, ink=BROWN)
    s.text(mm(16), mm(115), f"经办人：{person_name(rng)}　　　收款银行（盖章）", f, fill=BROWN)
    seal(s, s.width - mm(58), mm(118), "新疆伊宁农村商业银行营业部", rng, radius=mm(16), inner="现金收讫")
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The filing window's bilingual forms, filled in ballpoint by the party or its lawyer."""
    a, r = c.applicant, c.respondent
    tale = c.extra["tale"]
    s = Sheet()
    w = s.width - LEFT - RIGHT
    if code == "payment_account_confirmation":
        title = "申请执行人收取案款确认书"
        rows = [("案号", "دېلو نومۇرى", c.number), ("收款人", "پۇل تاپشۇرۇۋالغۇچى", a.name), ("开户银行", "بانكا", c.extra["in_bank"]),
                ("账号", "ھېسابات نومۇرى", c.extra["in_acct"]), ("联系电话", "تېلېفون", a.phone)]
        note = "本人（单位）确认以上账户用于接收本案全部执行款。账户信息错误或变更未告知导致的后果，由本人（单位）承担。"
        signer = c.agent
    elif code == "service_address_confirmation":
        title = "送达地址确认书"
        rows = [("案号", "دېلو نومۇرى", c.number), ("受送达人", "تاپشۇرۇۋالغۇچى", a.name), ("送达地址", "ئادرېسى", c.extra["firm_addr"]),
                ("收件人", "", c.agent), ("电话", "تېلېفون", c.agent_phone), ("电子送达", "", f"同意　{c.agent_phone}（短信）")]
        note = "受送达人确认上述地址为本案执行程序中法律文书的送达地址；地址变更未书面告知的，文书按上述地址送达即视为送达。"
        signer = c.agent
    elif code == "property_clue_form":
        title = "被执行人财产线索表"
        clue = {"fruit": f"{c.extra.get('shop', '')}店内存货；收款二维码（微信）；本人手机号码{r.phone}",
                "herd": "所购基础母羊约" + f"{c.extra.get('sheep', 50)}只（已转场，去向不明）；冬牧场住房一处",
                "build": f"{c.extra.get('r_bank', '')}账户{c.extra.get('r_acct', '')}；在建项目应收工程款"}[tale]
        rows = [("案号", "دېلو نومۇرى", c.number), ("被执行人", "ئىجرا قىلىنغۇچى", r.name), ("证件号码", "نومۇرى", r.id_number),
                ("住所地", "ئادرېسى", r.address), ("财产线索", "مال-مۈلۈك ئىزى", clue), ("线索来源", "", "申请执行人了解")]
        note = "申请执行人对所提供线索的真实性负责。"
        signer = c.agent
    else:
        title = "被执行人财产申报表"
        found = {"fruit": ("农行存款约3000元", "无", "店内干果存货约两万元", "无"),
                 "herd": ("（被执行人下落不明，未申报）", "", "", ""),
                 "build": (f"{c.extra.get('r_bank', '')}基本户", "乌鲁木齐办公用房一套（已抵押）", "工程车辆三台", "应收工程款若干")}[tale]
        rows = [("案号", "دېلو نومۇرى", c.number), ("申报人", "مەلۇم قىلغۇچى", r.name), ("银行存款", "ئامانەت", found[0]),
                ("不动产", "ئۆي-مۈلۈك", found[1]), ("车辆及其他", "ماشىنا", found[2]), ("债权", "", found[3])]
        note = "申报人保证以上内容真实完整，如有隐瞒或虚假，愿承担法律责任。"
        signer = r.legal_rep if r.kind == "organisation" else r.name
    y = form_title(s, title)
    hs = [mm(24) if len(v) > 24 else mm(17) for _, _, v in rows]
    boxes = form_table(s, LEFT, y, [mm(40), w - mm(40)], [[(zh, ug), ("", "")] for zh, ug, _ in rows], hs, size=32)
    for (_zh, _ug, value), row in zip(rows, boxes, strict=True):
        if value:
            pen(s, row[1][0] + mm(4), row[1][1] + mm(3.5), value, rng, size=40, per_line=24, lead=mm(8))
    run = Flowing(boxes[-1][0][3] + mm(8))
    run.sheets = [s]
    run.para(note, font("sans", 31), lead=52, indent=62)
    y = run.y + mm(12)
    if tale == "herd" and code == "property_declaration_form":
        s.text(LEFT, y, "备注：", font("sans", 34))
        pen(s, LEFT + mm(18), y - 4, "被执行人下落不明，报告财产令已公告送达，逾期未申报。", rng, size=40)
        return [s]
    s.text(s.width - RIGHT - mm(115), y, "签名（盖章）：", font("sans", 34))
    pen(s, s.width - RIGHT - mm(62), y - 8, signer, rng, size=52, ink=INK)
    pen(s, s.width - RIGHT - mm(72), y + mm(14), num_date(d), rng, size=42, ink=INK)
    if r.kind == "organisation" and code == "property_declaration_form":
        seal(s, s.width - RIGHT - mm(35), y + mm(6), r.name, rng, radius=mm(17))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's printout: a shaded header line, a table, the print stamp at the foot; one A4."""
    r = c.respondent
    mono = font("mono", 26)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("新疆伊宁农村商业银行", "存款"), ("新疆农村信用社联合社", "存款"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"), ("公安部交通管理局", "车辆"),
             ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"), ("国家市场监督管理总局", "股权"),
             ("伊犁州住房公积金管理中心（点对点）", "公积金"), ("伊宁市不动产登记中心（点对点）", "不动产")]
    tale = c.extra["tale"]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if tale == "build" and unit == "中国建设银行":
            res = f"余额{c.amount * Decimal('1.3'):,.2f}"
        elif tale == "fruit" and unit == "中国农业银行":
            res = f"余额{rng.randint(1000, 4000)}.{rng.randint(10, 99)}"
        elif kind == "存款":
            res = "未开户" if rng.random() < 0.5 else f"余额{rng.randint(0, 40)}.{rng.randint(10, 99)}"
        else:
            res = "无财产信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d}"])
    s = Sheet()
    s.draw.rectangle((mm(12), mm(12), s.width - mm(12), mm(24)), fill=(225, 225, 225))
    s.text(mm(15), mm(14), "全国法院网络执行查控系统　查询结果", font("sans_bold", 40))
    s.text(mm(14), mm(29), f"案号：{c.number}　承办人：{c.officer}", mono)
    s.text(mm(14), mm(35), f"被查询人：{r.name}　证照号码：{r.id_number}　查询日期：{d:%Y-%m-%d}", mono)
    y = mm(43)
    widths = [mm(12), mm(80), mm(24), mm(42), mm(28)]
    for k, row in enumerate(rows):
        x = mm(14)
        for wdt, cell in zip(widths, row, strict=True):
            s.box(x, y, x + wdt, y + mm(10), width=1, outline=(90, 90, 90))
            s.text(x + 8, y + mm(2.4), cell, font("sans_bold", 26) if k == 0 else mono)
            x += wdt
        y += mm(10)
    s.text(mm(14), s.height - mm(18), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d} {rng.randint(9, 18)}:{rng.randint(10, 59)}",
           mono)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行和解协议 written at the bureau's counter: typed terms, both sides sign (the shopkeeper adds his name in Uyghur),
    the undertaker's handwritten note of performance at the foot."""
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("hei", 66), spacing=16)
    run = Flowing(TOP + mm(18), left=mm(25), right=mm(25))
    run.sheets = [s]
    f = font("ming", 42)
    first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    for kind, text in [("t", f"甲方（申请执行人）：{a.name}"), ("t", f"乙方（被执行人）：{r.name}"),
                       ("p", f"{COURT}{c.number}执行一案，经执行人员主持，甲乙双方自愿达成如下和解协议："),
                       ("p", f"一、乙方尚欠甲方货款{c.amount:,.2f}元，甲方同意免除迟延履行期间的债务利息；"),
                       ("p", f"二、乙方于本协议签订当日交付{first:,.2f}元，余款{c.amount - first:,.2f}元于"
                             f"{num_date(c.extra['pay_day'])}前交至法院执行款账户；"),
                       ("p", "三、乙方付清全部款项后，本案执行完毕；乙方逾期不付的，甲方可申请恢复执行原生效判决；"),
                       ("p", "四、本协议经双方签字后生效，一式三份。")]:
        if kind == "t":
            run.flush(text, f, lead=76)
        else:
            run.para(text, f, lead=76, indent=f.size * 2)
    y = run.y + mm(10)
    s.text(mm(25), y, "甲方：", f)
    hand(s, mm(42), y - 6, c.agent, rng, size=52, ink=INK)
    s.text(s.width / 2, y, "乙方：", f)
    hand(s, s.width / 2 + mm(17), y - 6, r.name, rng, size=52, ink=INK)
    from dossier.corpus.families.court_ho import uy_spelling

    spelled = uy_spelling(r.name)
    if spelled:
        ug_text(s, s.width / 2 + mm(20), y + mm(9), spelled, ug_font(38, "naskh"), fill=(30, 30, 60))
    s.text(mm(25), y + mm(22), f"{num_date(d)}", f)
    pen(s, mm(25), y + mm(42), f"乙方已于{c.extra['pay_day'].month}月{c.extra['pay_day'].day}日交清余款。", rng, size=42)
    pen(s, mm(130), y + mm(50), c.officer, rng, size=42)
    return [s]


def _vouchers(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The money in and out: the bank's 回单 of what came into the court's account (the debit for the contractor, the
    shopkeeper's transfer) and the court's 执行款发放审批单 with the applicant's (lawyer's) receipt signature."""
    s = Sheet()
    paid: date = c.extra["pay_day"]
    blue = (40, 70, 140)
    y = mm(16)
    s.box(mm(14), y, s.width - mm(14), y + mm(100), width=2, outline=blue)
    s.centred(y + mm(4), "中国农业银行　业务回单（收款）", font("sans_bold", 40), fill=blue)
    payer = c.respondent.name
    came = c.amount
    if c.extra["tale"] == "fruit":  # the settlement's balance, paid in on the day agreed (the first part was paid at the counter)
        came = c.amount - (c.amount * Decimal("0.4")).quantize(Decimal("1"))
    acct = c.extra.get("r_acct") or f"6217{rng.randint(10**14, 10**15 - 1)}"
    w = s.width - mm(40)
    rows = [[("付款人", ""), (payer, ""), ("收款人", ""), (f"{COURT}执行款专户", "")],
            [("付款账号", ""), (acct, ""), ("收款账号", ""), (f"3066{rng.randint(10**13, 10**14 - 1)}", "")],
            [("金额", ""), (f"￥{came:,.2f}", ""), ("大写", ""), (money_caps(came), "")],
            [("摘要", ""), (f"{c.number}{'扣划' if c.extra['tale'] == 'build' else '和解余款'}", "")],
            [("交易时间", ""), (f"{paid:%Y-%m-%d} {rng.randint(9, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}", "")]]
    form_table(s, mm(20), y + mm(15), [mm(26), mm(60), mm(26), w - mm(112)], rows, mm(13), labels=(0, 2), size=26, ink=blue)
    seal(s, s.width - mm(50), y + mm(86), "中国农业银行伊宁市分行", rng, radius=mm(13), inner="回单专用章")
    y = mm(130)
    s.centred(y, "执行款发放审批单", font("hei", 52), spacing=8)
    ug_centred(s, y + mm(9), "ئىجرا پۇلىنى تارقىتىش تەستىق جەدۋىلى", ug_font(26, "naskh"))
    out = paid + timedelta(days=5)
    rows2 = [[("案号", ""), (c.number, "")], [("领款人", ""), (c.applicant.name, "")],
             [("发放金额", ""), (f"{c.amount:,.2f}元（{money_caps(c.amount)}）", "")],
             [("收款账户", ""), (f"{c.extra['in_bank']}　{c.extra['in_acct']}", "")],
             [("承办人", ""), ("", "")], [("局长审批", ""), ("", "")], [("领款人签字", ""), ("", "")]]
    boxes = form_table(s, LEFT, y + mm(18), [mm(38), s.width - LEFT - RIGHT - mm(38)], rows2, mm(15), size=30)
    pen(s, boxes[4][1][0] + mm(6), boxes[4][1][1] + mm(3), f"{c.officer}　{num_date(out)}", rng, size=38)
    pen(s, boxes[5][1][0] + mm(6), boxes[5][1][1] + mm(3), "同意发放", rng, size=40, ink=(150, 20, 20))
    pen(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(3), f"{c.agent}　{num_date(out)}", rng, size=40, ink=INK)
    return [s]


def _gone(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The village committee's certificate that the herdsman is gone: a bilingual head, a short typed text, the
    committee's bilingual seal; below it the 派出所's handwritten endorsement and seal."""
    r = c.respondent
    village = r.address.split("村")[0] + "村"
    s = Sheet()
    ug_centred(s, TOP - mm(4), "كەنت ئاھالىلەر كومىتېتى", ug_font(34, "naskh_bold"))
    s.centred(TOP + mm(6), f"{village.removeprefix('新疆')}村民委员会", font("serif_bold", 54), spacing=3)
    s.line(LEFT, TOP + mm(18), s.width - RIGHT, TOP + mm(18), width=3)
    s.centred(TOP + mm(26), "证　　明", font("serif_bold", 70))
    ug_centred(s, TOP + mm(40), "ئىسپات", ug_font(32, "naskh"))
    run = Flowing(TOP + mm(54), left=mm(28), right=mm(26))
    run.sheets = [s]
    f = font("serif", 42)
    run.flush(f"{COURT}：", f, lead=76)
    born = r.born or date(1985, 1, 1)
    run.para(f"兹有我村村民{r.name}，男，哈萨克族，{born.year}年{born.month}月出生，公民身份号码{r.id_number}。该人原在本村"
             "从事牧业，2023年春季将所养羊只出售后离开本村，至今未归，家属及村委会均无法与其取得联系，现下落不明。", f, lead=76,
             indent=f.size * 2)
    run.para("其名下无房屋，家庭承包草场由其父亲经营。", f, lead=76, indent=f.size * 2)
    run.para("特此证明。", f, lead=76, indent=f.size * 2)
    y = run.y + mm(16)
    s.right(s.width - mm(40), y, num_date(d), f)
    bi_seal(s, s.width - mm(70), y - mm(4), f"{village.removeprefix('新疆')}村民委员会", "كەنت ئاھالىلەر كومىتېتى", rng,
            radius=mm(19))
    y += mm(34)
    s.line(LEFT, y, s.width - RIGHT, y, width=1, fill=(120, 120, 120))
    s.text(LEFT, y + mm(5), "派出所意见：", font("hei", 38))
    station = f"伊宁县公安局{village.removeprefix('新疆伊宁县').split('乡')[0]}派出所"
    pen(s, LEFT + mm(10), y + mm(16), f"经核查，{r.name}自2023年4月后无住宿、乘车登记记录，情况属实。", rng, size=42,
        per_line=22, lead=mm(10), ink=INK)
    bi_seal(s, s.width - mm(70), y + mm(40), station, "ساقچىخانا", rng, radius=mm(18))
    pen(s, s.width - mm(95), y + mm(48), num_date(d + timedelta(days=1)), rng, size=40, ink=INK)
    return [s]

