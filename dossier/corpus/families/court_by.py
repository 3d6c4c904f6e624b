"""court_by (浙江省义乌市人民法院, held out): the court of the 小商品 market city. Its enforcement bureau's papers in the
court's serif house style; 金华中院's 二审 judgments between hairlines; the applicants' lawyers' letterheads; the
market's stalls, trading companies and 货代 in their own typed or hand-filled papers; a foreign legal representative's
passport copy with its Chinese annotation. The applicants' lawyer filed everything through a phone scanning app
(court_by_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    USCC,
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, RED, Block, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_by_kit import (
    COURT,
    MIDDLE,
    court_head,
    dark,
    firm_head,
    framed_head,
    grid,
    plain_head,
    signoff,
    typeset,
)
from dossier.corpus.fonts import font

XMAS_SEQ, FREIGHT_SEQ, LIVE_SEQ = 58113, 58236, 58371
SHIFT = timedelta(days=731)  # the cases are of 2026
CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书",
}
FIRMS = [("浙江稠州商城律师事务所", "ZHEJIANG CHOUZHOU MARKET LAW FIRM"),
         ("浙江义乌丝路律师事务所", "ZHEJIANG YIWU SILK ROAD LAW FIRM"),
         ("浙江宾王律师事务所", "ZHEJIANG BINWANG LAW FIRM")]
STREETS = ["稠城街道", "北苑街道", "福田街道", "江东街道", "稠江街道", "后宅街道"]


def _org(rng: random.Random, name: str, road: str, street: str = "") -> Party:
    return Party(name, "organisation", credit_code(rng, "330782"),
                 f"浙江省义乌市{street or rng.choice(STREETS)}{road}{rng.randint(10, 899)}号",
                 f"0579-8{rng.randint(5000000, 5999999)}", legal_rep=person_name(rng))


def stall_code(rng: random.Random) -> str:
    """A 个体工商户's unified social credit code: category 9, kind 2, then the GB 32100 check character."""
    body = "92330782" + "".join(rng.choice(USCC) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """义乌 parties. XMAS_SEQ: a 国际商贸城 stall's 圣诞饰品 sold to a trading company whose legal representative is a
    Jordanian national, the court's own judgment, paid in three instalments; FREIGHT_SEQ: a 跨境电商 seller against a
    货代 over a lost FBA shipment, 金华中院 二审, settled and archived; LIVE_SEQ: the court's 调解书 on a 直播 service fee."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    c.basis_court = COURT
    firm, english = rng.choice(FIRMS)
    c.firm = firm
    c.extra["firm_en"] = english
    c.extra["firm_addr"] = f"义乌市{rng.choice(['宾王路', '稠州北路', '城中中路'])}{rng.randint(100, 399)}号{rng.randint(8, 21)}楼"
    c.extra["firm_no"] = f"（2026）{firm[2:4]}律执函字第{rng.randint(10, 199)}号"
    c.extra["lic_no"] = f"133072020{rng.randint(10, 19)}1{rng.randint(100000, 999999)}"
    c.extra["acct_bank"] = rng.choice(["浙江义乌农村商业银行国际商贸城支行", "义乌农商银行篁园支行", "中国银行义乌分行"])
    c.extra["acct"] = f"2010{rng.randint(10**12, 10**13 - 1)}"
    c.extra["resp_bank"] = rng.choice(["中国工商银行义乌分行营业部", "浙商银行义乌分行", "招商银行义乌分行"])
    c.extra["resp_acct"] = f"1208{rng.randint(10**13, 10**14 - 1)}"
    c.extra["court_acct"] = "义乌市人民法院执行款专户"
    c.extra["receipt_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    seq = int(c.number[-6:-1])
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    c.extra["trial_judge"] = person_name(rng)
    if seq == XMAS_SEQ:
        c.extra["story"] = "xmas"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(18000000, 46000000)) / 100
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["330782", "330724", "362329"]), born),
                            f"浙江省义乌市{rng.choice(STREETS)}{rng.choice(['下朱', '青口', '宗泽'])}小区{rng.randint(1, 40)}幢"
                            f"{rng.randint(1, 3)}单元{rng.randint(101, 1802)}室", f"13{rng.randint(100000000, 999999999)}",
                            born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"义乌市{rng.choice(['稠城', '福田'])}{rng.choice(['晶灿', '雪橇', '星语', '彩铃'])}工艺饰品商行"
        c.extra["shop_code"] = stall_code(rng)
        c.extra["stall"] = f"国际商贸城一区{rng.choice('ABCDE')}座{rng.randint(1, 3)}楼{rng.randint(10, 48)}街{rng.randint(1000, 9999)}号商位"
        c.respondent = _org(rng, f"义乌市{rng.choice(['卡迈勒', '萨米尔', '贾迈勒'])}进出口贸易有限公司", "春晗路")
        fam, given = rng.choice([("SAYED", "KAMAL"), ("HADDAD", "SAMIR"), ("NASSER", "JAMAL")])
        c.extra["foreign"] = (given, fam)
        c.respondent.legal_rep = f"{dict(KAMAL='卡迈勒', SAMIR='萨米尔', JAMAL='贾迈勒')[given]}·" \
                                 f"{dict(SAYED='赛义德', HADDAD='哈达德', NASSER='纳赛尔')[fam]}"
        c.extra["passport"] = f"{rng.choice('NPR')}{rng.randint(100000, 999999)}"
        c.extra["goods"] = rng.choice(["圣诞树挂件、圣诞帽及彩球", "圣诞袜、圣诞饰品套装"])
        c.basis_number = f"（2025）浙0782民初{rng.randint(12000, 26000)}号"
        c.basis_kind = "judgment"
    elif seq == FREIGHT_SEQ:
        c.extra["story"] = "freight"
        c.extra["cause"] = "货运代理合同纠纷"
        c.amount = Decimal(rng.randint(9000000, 38000000)) / 100
        c.applicant = _org(rng, f"义乌市{rng.choice(['跨贸', '优选', '环球购'])}电子商务有限公司", "稠州北路")
        c.respondent = _org(rng, f"浙江{rng.choice(['陆港', '捷运', '通海'])}国际货运代理有限公司", "港城大道")
        c.extra["first"] = f"（2025）浙0782民初{rng.randint(3000, 9000)}号"
        c.basis_number = f"（2025）浙07民终{rng.randint(2000, 7999)}号"
        c.basis_court = MIDDLE
        c.extra["fba"] = f"FBA{rng.randint(10**8, 10**9 - 1)}"
        c.extra["cartons"] = rng.randint(60, 240)
        c.basis_kind = "judgment"
    else:
        c.extra["story"] = "live"
        c.extra["cause"] = "服务合同纠纷"
        c.amount = Decimal(rng.randint(6000000, 22000000)) / 100
        c.applicant = _org(rng, f"义乌市{rng.choice(['星播', '云上', '红人'])}网络科技有限公司", "江滨北路")
        c.respondent = _org(rng, f"义乌市{rng.choice(['暖足', '丝语', '步步'])}袜业有限公司", "工业区兴业路", street="大陈镇")
        c.basis_number = f"（2025）浙0782民初{rng.randint(27000, 39000)}号"
        c.basis_kind = "mediation"
        c.extra["platform"] = rng.choice(["抖音", "快手"])
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    third = (c.amount * Decimal("0.4")).quantize(Decimal("0.01"))
    c.extra["plan"] = [(c.day(22), third), (c.day(38), (c.amount * Decimal("0.3")).quantize(Decimal("0.01")))]
    c.extra["plan"].append((c.day(54), c.amount - sum(a for _, a in c.extra["plan"])))


def _what(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}民事{'调解书' if c.basis_kind == 'mediation' else '判决书'}"


def _party_lines(c: CaseCtx, a_role: str, r_role: str) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = []
    if a.kind == "person":
        born = a.born or date(1980, 1, 1)
        out.append(("f", f"{a_role}：{a.name}，{a.sex}，{num_date(born)}出生，汉族，系{c.extra['shop']}经营者，"
                         f"住{a.address}，公民身份号码{a.id_number}。"))
    else:
        out += [("f", f"{a_role}：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。")]
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    out += [("f", f"{r_role}：{r.name}，住所地{r.address}。")]
    rep = r.legal_rep + ("，约旦哈希姆王国国籍" if c.extra["story"] == "xmas" else "")
    out.append(("f", f"法定代表人：{rep}。"))
    return out


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in PARTY:
        return PARTY[code](c, rng, served)
    return _court(code, c, rng, served)


# ------------------------------------------------------------------ the parties' and other bodies' papers

def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks: list[Block] = [("f", "申请执行人：" + (f"{a.name}（{c.extra['shop']}经营者），公民身份号码{a.id_number}"
                                            if a.kind == "person" else f"{a.name}，法定代表人{a.legal_rep}")),
                           ("f", f"地址：{a.address}　电话：{a.phone}"),
                           ("f", f"被执行人：{r.name}，法定代表人{r.legal_rep}"), ("f", f"地址：{r.address}"),
                           ("f", "申请执行事项："),
                           ("p", f"1．请求强制执行被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
                           ("p", "2．请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单；"),
                           ("p", "3．本案执行费由被执行人负担。"), ("f", "事实与理由：")]
    if c.extra["story"] == "xmas":
        why = (f"申请人在{c.extra['stall']}经营{c.extra['shop']}。被执行人于2025年向申请人订购{c.extra['goods']}，"
               "货已装柜发往中东，余款经多次催讨未付。申请人诉至义乌市人民法院，")
    elif c.extra["story"] == "freight":
        why = (f"申请人委托被执行人将{c.extra['cartons']}箱跨境电商货物经海运头程送至美国亚马逊仓库（货件号"
               f"{c.extra['fba']}），货物在转运途中丢失。申请人诉至义乌市人民法院，经二审，")
    else:
        why = (f"被执行人委托申请人在{c.extra['platform']}平台进行直播带货推广，服务期满后拖欠坑位费及佣金。经义乌市"
               "人民法院主持调解，")
    blocks += [("p", why + f"{_basis_name(c)}已于{cn_date(c.basis_effective)}发生法律效力，被执行人至今未履行。"),
               ("p", "为维护申请人的合法权益，特依法申请强制执行。"), ("f", "此致"), ("f", "浙江省义乌市人民法院")]
    who = a.name if a.kind == "person" else f"{a.name}（盖章）"

    def tail(s: Sheet, y: float) -> float:
        s.text(mm(112), y, f"申请人：{who}", font("sans", 34))
        if a.kind == "person":
            signature(s, mm(150), y + mm(8), a.name, rng)
        else:
            seal(s, mm(150), y + mm(6), a.name, rng)
        s.text(mm(112), y + mm(22), f"代理人：{c.agent}", font("sans", 34))
        hand(s, mm(145), y + mm(20), c.agent, rng, size=44, ink=(20, 20, 25), record=False)
        s.text(mm(112), y + mm(34), num_date(c.filed_on - timedelta(days=2)), font("sans", 34))
        return y + mm(40)
    return typeset(plain_head("强制执行申请书", role="sans_bold", size=56, spacing=8), blocks, role="sans", size=35,
                   tail=tail)


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    story = c.extra["story"]
    if story == "freight":
        return _appeal(c, rng)
    mediation = story == "live"
    blocks = _party_lines(c, "原告", "被告")
    if mediation:
        blocks += [("p", f"原告{c.applicant.name}与被告{c.respondent.name}服务合同纠纷一案，本院于2025年立案后，依法适用"
                         "简易程序进行了审理。"),
                   ("p", f"经审理查明：双方签订《直播带货服务合同》，约定原告为被告的袜子产品在{c.extra['platform']}"
                         "平台安排达人直播，被告按场次支付坑位费并按成交额支付佣金。原告已完成约定场次，被告未付清服务费。"),
                   ("p", "本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                   ("p", f"一、被告{c.respondent.name}应支付原告{c.applicant.name}直播服务费{money(c.amount)}，"
                         f"于{cn_date(c.basis_effective + timedelta(days=20))}前付清；"),
                   ("p", "二、如被告未按期足额付款，原告可就全部未付款项申请强制执行；"),
                   ("p", "三、案件受理费减半收取，由被告负担。"),
                   ("p", "上述协议，不违反法律规定，本院予以确认。"),
                   ("p", "本调解书经双方当事人签收后，即具有法律效力。")]
        title = "民 事 调 解 书"
    else:
        blocks += [("p", f"原告{c.applicant.name}与被告{c.respondent.name}买卖合同纠纷一案，本院立案后依法适用简易程序，"
                         "公开开庭进行了审理。被告法定代表人经本院传票传唤，委托员工到庭参加诉讼。本案现已审理终结。"),
                   ("p", f"本院认定事实如下：原告系个体工商户{c.extra['shop']}的经营者，在{c.extra['stall']}经营工艺饰品。"
                         f"被告自原告处采购{c.extra['goods']}，双方通过送货单及微信对账确认货款，被告支付部分货款后，"
                         f"尚欠{c.amount:,.2f}元未付。"),
                   ("p", "本院认为，原告与被告之间的买卖合同关系合法有效。原告已依约交付货物，被告应及时支付货款。"
                         "依照《中华人民共和国民法典》第六百二十六条、第六百二十八条之规定，判决如下："),
                   ("p", f"被告{c.respondent.name}于本判决生效之日起十日内支付原告{c.applicant.name}货款{money(c.amount)}。"),
                   ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条"
                         "之规定，加倍支付迟延履行期间的债务利息。"),
                   ("p", "如不服本判决，可在判决书送达之日起十五日内提出上诉，上诉于浙江省金华市中级人民法院。")]
        title = "民 事 判 决 书"
    d = c.basis_effective - timedelta(days=16)

    def tail(s: Sheet, y: float) -> float:
        f = font("serif", 37)
        s.text(mm(125), y, f"审判员　{c.extra['trial_judge']}", f)
        s.text(mm(118), y + mm(16), cn_date(d), f)
        seal(s, mm(140), y + mm(14), COURT, rng)
        s.text(mm(32), y + mm(24), "本件与原本核对无异", font("serif", 28))
        s.text(mm(125), y + mm(32), f"书记员　{person_name(rng)}", f)
        return y + mm(40)
    return typeset(court_head(title, c.basis_number, spaced=0), blocks, tail=tail)


def _appeal(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks: list[Block] = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，总经理。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}货运代理合同纠纷一案，不服浙江省义乌市人民法院{c.extra['first']}"
              "民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"原审查明：{a.name}委托{r.name}办理{c.extra['cartons']}箱跨境电商货物自宁波港出运至美国洛杉矶、并派送至"
              f"亚马逊FBA仓库（货件号{c.extra['fba']}）的头程物流，约定“海派双清包税”。货物在美国转运时丢失，"
              "上诉人仅提供了一份无签收记录的派送单。"),
        ("p", "本院认为，上诉人作为货运代理人承诺全程派送，应对其选任的境外派送商的过失向委托人承担责任。上诉人关于"
              "货物已交付的主张，缺乏证据证明，本院不予采信。原审判决认定事实清楚，适用法律正确。依照《中华人民共和国"
              "民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
        ("p", "驳回上诉，维持原判。"),
        ("p", f"原判主文：{r.name}赔偿{a.name}货物损失及已付运费{money(c.amount)}，于判决生效之日起十日内付清。"),
        ("p", "二审案件受理费由上诉人负担。"), ("p", "本判决为终审判决。"),
    ]
    d = c.basis_effective

    def tail(s: Sheet, y: float) -> float:
        f = font("song_gb", 37)
        for k, (role, name) in enumerate([("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)),
                                          ("审 判 员", c.extra["trial_judge"])]):
            s.text(mm(120), y + k * mm(11), f"{role}　{name}", f)
        s.text(mm(118), y + mm(38), cn_date(d), f)
        seal(s, mm(140), y + mm(36), MIDDLE, rng)
        s.text(mm(120), y + mm(52), f"书 记 员　{person_name(rng)}", f)
        return y + mm(58)
    return typeset(framed_head("民事判决书", c.basis_number), blocks, role="song_gb", size=38, footer="dash", tail=tail)


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), MIDDLE, font("song_gb", 52), spacing=4)
    s.centred(mm(48), "生 效 证 明", font("hei", 64), spacing=10)
    s.right(s.width - mm(30), mm(68), f"{c.basis_number}", font("song_gb", 36))
    text = (f"上诉人{c.respondent.name}与被上诉人{c.applicant.name}货运代理合同纠纷一案，本院作出的{c.basis_number}民事判决书"
            f"已于{cn_date(c.basis_effective)}送达双方当事人，该判决为终审判决，自送达之日起发生法律效力。特此证明。")
    typeset_into(s, text, y=mm(84))
    s.text(mm(120), mm(150), cn_date(c.basis_effective + timedelta(days=9)), font("song_gb", 37))
    seal(s, mm(140), mm(145), MIDDLE, rng)
    s.text(mm(30), mm(175), "（本证明仅用于申请强制执行）", font("song_gb", 30))
    return [s]


def typeset_into(s: Sheet, text: str, *, y: float, role: str = "song_gb", size: int = 37) -> float:
    from dossier.corpus.draw import flow
    return flow(s, [("p", text)], font(role, size), x0=mm(30), width=s.width - mm(60), y=y, line_height=size * 1.8,
                indent=size * 2)


def _clue_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), "被执行人财产线索表", font("serif_bold", 54), spacing=6)
    s.text(mm(28), mm(38), f"案号：{c.number}", font("serif", 32))
    clue = {"xmas": f"被执行人在{c.extra['resp_bank']}开设基本账户；其在国际商贸城五区（进口馆）租有展位",
            "freight": f"被执行人在{c.extra['resp_bank']}有账户，在义乌港有场站押金",
            "live": f"被执行人在{c.extra['resp_bank']}账户；其{c.extra.get('platform', '')}店铺有待结算货款"}[c.extra["story"]]
    rows = [("被执行人", c.respondent.name), ("统一社会信用代码", c.respondent.id_number), ("银行账户", clue),
            ("账号", c.extra["resp_acct"]), ("不动产", "不详"), ("车辆", "不详"), ("其他财产", "无"),
            ("线索提供人", c.agent), ("联系电话", c.agent_phone)]
    y = grid(s, mm(46), rows, rng, label_w=40, h=16)
    s.text(mm(28), y + mm(8), "本人保证以上线索真实，如有虚假愿承担法律责任。", font("serif", 30))
    signature(s, mm(140), y + mm(20), c.agent, rng)
    return [s]


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(120)))
    s.centred(mm(8), "浙江省政府非税收入统一票据（电子）", font("sans_bold", 40))
    s.centred(mm(17), "（诉讼费）", font("sans", 30))
    small = font("sans", 26)
    s.text(mm(12), mm(26), f"票据代码：33060126　票据号码：{c.extra['receipt_no']}", small)
    s.text(mm(12), mm(32), f"交款人：{c.applicant.name}　交款人统一社会信用代码：", small)
    fee = Decimal(int(float(c.amount) * 0.01 + 50)) / (2 if c.basis_kind == "mediation" else 1)
    fee = fee.quantize(Decimal("0.01"))
    table(s, mm(12), mm(40), [mm(60), mm(40), mm(86)],
          [["项目名称", "金额（元）", "备注"], ["案件受理费", f"{fee:,.2f}", c.extra.get("first", c.basis_number)],
           [f"金额合计（大写）{money_caps(fee)}", f"（小写）{fee:,.2f}"]], font("sans", 28), row_h=mm(11))
    s.text(mm(12), mm(80), f"收款单位（章）：浙江省义乌市人民法院　　复核人：{person_name(rng)}", small)
    s.text(mm(12), mm(88), f"开票日期：{c.basis_effective - timedelta(days=90):%Y-%m-%d}", small)
    s.text(mm(12), mm(96), f"校验码：{rng.randint(10**5, 10**6 - 1)}{rng.choice('abcdef')}{rng.randint(1000, 9999)}", small)
    seal(s, mm(150), mm(88), "浙江省财政厅票据监制章", rng, radius=mm(14))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if "respondent" in served else c.applicant
    if p.kind == "person":
        return [_id_copy(p, c, rng), _stall_licence(c, rng)] if "shop" in c.extra else [_id_copy(p, c, rng)]
    out = [_licence(p, c, rng), _rep_cert(p, c, rng)]
    if p is c.respondent and c.extra["story"] == "xmas":
        out.append(_passport(c, rng))
    return out


def _id_copy(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.text(mm(28), mm(22), "居民身份证复印件", font("sans_bold", 40))
    for k, y in enumerate((mm(40), mm(110))):
        s.box(mm(50), y, mm(136), y + mm(54), width=3)
        if k == 0:
            small = font("hei", 28)
            born = p.born or date(1980, 1, 1)
            for j, line in enumerate([f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉",
                                      f"出生　{born.year}年{born.month}月{born.day}日", "住址　" + p.address[:12],
                                      "　　　" + p.address[12:24], "　　　" + p.address[24:36]]):
                s.text(mm(54), y + mm(4) + j * mm(6.4), line, small)
            dark(s, mm(108), y + mm(6), mm(131), y + mm(36), 150)
            s.text(mm(54), y + mm(44), f"公民身份号码　{p.id_number}", font("hei", 30))
        else:
            s.centred(y + mm(8), "中华人民共和国", font("hei", 40), x0=mm(50), x1=mm(136))
            s.centred(y + mm(20), "居 民 身 份 证", font("hei", 48), x0=mm(50), x1=mm(136))
            s.text(mm(56), y + mm(36), "签发机关　义乌市公安局", font("hei", 28))
            s.text(mm(56), y + mm(44), f"有效期限　{p.born.year + 38 if p.born else 2030}.05.11-长期", font("hei", 28))
    hand(s, mm(60), mm(180), "此复印件与原件一致，仅供法院执行使用", rng, size=40, ink=(20, 20, 25))
    signature(s, mm(120), mm(196), p.name, rng)
    return s


def _licence(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.box(mm(20), mm(20), mm(190), mm(255), width=8)
    s.centred(mm(34), "营 业 执 照", font("serif_bold", 82), spacing=14)
    s.centred(mm(56), "（副　本）", font("serif", 36))
    s.text(mm(30), mm(68), f"统一社会信用代码 {p.id_number}", font("sans", 30))
    dark(s, mm(152), mm(62), mm(178), mm(88), 120)
    f = font("song_gb", 34)
    kind = "有限责任公司（自然人投资或控股）"
    scope = {"xmas": "货物进出口；工艺美术品及礼仪用品销售；日用百货销售",
             "freight": "国际货物运输代理；国内货物运输代理；报关业务；仓储服务（不含危险化学品）",
             "live": "针织或钩针编织物及其制品制造；袜子销售；互联网销售（除销售需要许可的商品）"}
    if p is c.applicant and c.extra["story"] == "live":
        scope_text = "网络技术服务；互联网直播技术服务；广告设计、代理；组织文化艺术交流活动"
    elif p is c.applicant and c.extra["story"] == "freight":
        scope_text = "互联网销售（除销售需要许可的商品）；货物进出口；箱包、玩具销售"
    else:
        scope_text = scope[c.extra["story"]]
    rows = [("名　　称", p.name), ("类　　型", kind), ("法定代表人", p.legal_rep), ("经营范围", scope_text),
            ("注册资本", f"{rng.choice([50, 100, 200, 500])}万元人民币"), ("成立日期", f"{rng.randint(2012, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
            ("住　　所", p.address)]
    y = mm(98)
    from dossier.corpus.draw import wrap
    for k, v in rows:
        s.text(mm(30), y, k, f)
        for j, part in enumerate(wrap(v, f, mm(112))):
            s.text(mm(68), y + j * mm(8), part, f)
            y += mm(8) if j else 0
        y += mm(12)
    s.text(mm(116), mm(228), "登记机关", f)
    s.text(mm(116), mm(240), "义乌市市场监督管理局", font("song_gb", 30))
    seal(s, mm(150), mm(230), "义乌市市场监督管理局", rng)
    seal(s, mm(70), mm(200), p.name, rng, radius=mm(19))
    s.text(mm(30), mm(246), "与原件核对一致", font("sans", 28))
    return s


def _stall_licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """The stall's 个体工商户 licence, copied small on the middle of a sheet, as the market's shops keep it."""
    s = Sheet()
    x0, y0, x1, y1 = mm(36), mm(40), mm(174), mm(160)
    s.box(x0, y0, x1, y1, width=5)
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=1)
    s.centred(y0 + mm(10), "营业执照", font("serif_bold", 60), spacing=12, x0=x0, x1=x1)
    s.text(x0 + mm(8), y0 + mm(28), f"统一社会信用代码　{c.extra['shop_code']}", font("sans", 24))
    rows = [("名　　称", c.extra["shop"]), ("类　　型", "个体工商户"), ("经 营 者", c.applicant.name),
            ("组成形式", "个人经营"), ("经营场所", "浙江省义乌市" + c.extra["stall"]),
            ("经营范围", "节庆用品、饰品、工艺品零售批发"), ("注册日期", f"{rng.randint(2014, 2020)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    f = font("song_gb", 28)
    for k, (label, v) in enumerate(rows):
        s.text(x0 + mm(8), y0 + mm(38) + k * mm(9), label, f)
        s.text(x0 + mm(36), y0 + mm(38) + k * mm(9), v, f)
    seal(s, x1 - mm(24), y1 - mm(16), "义乌市市场监督管理局", rng, radius=mm(14))
    hand(s, mm(40), mm(170), "与原件一致", rng, size=44, ink=(20, 20, 25))
    signature(s, mm(100), mm(168), c.applicant.name, rng)
    return s


def _rep_cert(p: Party, c: CaseCtx, rng: random.Random) -> Sheet:
    foreign = p is c.respondent and c.extra["story"] == "xmas"
    who = f"{p.legal_rep}（{' '.join(c.extra['foreign'])}）" if foreign else p.legal_rep
    proof = f"护照号码{c.extra['passport']}" if foreign else "居民身份证号码见附件"
    blocks: list[Block] = [("p", f"{who}在我单位任执行董事兼总经理职务，{proof}，系我单位的法定代表人。"),
                           ("p", "特此证明。"), ("f", "附：法定代表人" + ("护照复印件及中文译文" if foreign else "身份证复印件"))]
    return typeset(plain_head("法定代表人身份证明书", role="song_gb", size=54, spacing=4), blocks, role="song_gb",
                   tail=signoff([f"单位：{p.name}（公章）", num_date(c.filed_on - timedelta(days=6))],
                                stamp=p.name, rng=rng, x=92))[0]


def _passport(c: CaseCtx, rng: random.Random) -> Sheet:
    """The Jordanian legal representative's passport data page, copied, with the company's Chinese annotation."""
    given, fam = c.extra["foreign"]
    s = Sheet()
    s.text(mm(28), mm(18), "法定代表人护照复印件", font("sans_bold", 40))
    x0, y0 = mm(30), mm(32)
    s.box(x0, y0, mm(180), mm(122), width=3)
    dark(s, x0 + mm(6), y0 + mm(18), x0 + mm(40), y0 + mm(62), 140)
    f = font("sans", 24)
    s.text(x0 + mm(6), y0 + mm(4), "HASHEMITE KINGDOM OF JORDAN　　PASSPORT", font("sans_bold", 28))
    born = date(rng.randint(1972, 1986), rng.randint(1, 12), rng.randint(1, 28))
    fields = [("Type / Code", "P / JOR"), ("Passport No.", c.extra["passport"]), ("Surname", fam), ("Given Names", given),
              ("Nationality", "JORDANIAN"), ("Date of Birth", born.strftime("%d %b %Y").upper()), ("Sex", "M"),
              ("Date of Expiry", f"{rng.randint(10, 28)} MAR {rng.randint(2028, 2031)}"), ("Authority", "AMMAN")]
    for k, (label, v) in enumerate(fields):
        s.text(x0 + mm(46), y0 + mm(14) + k * mm(7), f"{label}", font("sans", 20))
        s.text(x0 + mm(82), y0 + mm(14) + k * mm(7), v, f)
    mrz = f"P<JOR{fam}<<{given}".ljust(44, "<")
    s.text(x0 + mm(4), y0 + mm(76), mrz[:44], font("mono", 30))
    s.text(x0 + mm(4), y0 + mm(83), f"{c.extra['passport']}<0JOR{born:%y%m%d}1M3103{rng.randint(10**6, 10**7 - 1)}<<<<<6",
           font("mono", 30))
    s.text(mm(28), mm(132), "中文译文（注释）：", font("sans_bold", 34))
    zh = ["国　　籍：约旦哈希姆王国", f"姓　　名：{c.respondent.legal_rep}（{given} {fam}）", f"护照号码：{c.extra['passport']}",
          f"出生日期：{num_date(born)}", "签发机关：安曼", "职　　务：本公司执行董事兼总经理（法定代表人）"]
    for k, line in enumerate(zh):
        s.text(mm(34), mm(144) + k * mm(9), line, font("sans", 32))
    s.text(mm(28), mm(205), "以上译文与原件内容一致，本公司对译文的准确性负责。", font("sans", 30))
    seal(s, mm(148), mm(222), c.respondent.name, rng)
    hand(s, mm(120), mm(236), f"{given} {fam}", rng, size=48, ink=(20, 20, 30))
    return s


def _poa(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a = c.applicant
    blocks: list[Block] = [
        ("f", "委托人：" + (f"{a.name}（{c.extra['shop']}经营者）" if a.kind == "person" else a.name)),
        ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("p", f"现委托上列受托人在{_what(c)}的执行程序中，作为我方的代理人。"),
        ("f", "代理权限为特别授权："),
        ("p", "代为申请执行、提供财产线索、申请采取查封冻结等措施，代为参加执行和解、签收法律文书，代为领取执行款项。"),
        ("p", "委托期限：自签署之日起至本案执行终结之日止。"),
    ]
    sign = [f"委托人：{a.name}" + ("" if a.kind == "person" else "（盖章）"), f"受托人：{c.agent}",
            num_date(c.filed_on - timedelta(days=5))]

    def tail(s: Sheet, y: float) -> float:
        f = font("serif", 36)
        for k, line in enumerate(sign):
            s.text(mm(110), y + k * mm(16), line, f)
        signature(s, mm(150), y - mm(3), a.name if a.kind == "person" else a.legal_rep, rng)
        signature(s, mm(150), y + mm(13), c.agent, rng)
        if a.kind != "person":
            seal(s, mm(158), y + mm(6), a.name, rng)
        return y + mm(50)
    return typeset(plain_head("授 权 委 托 书", role="serif_bold", size=60, spacing=6), blocks, role="serif", size=37,
                   tail=tail)


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [("r", c.extra["firm_no"]), ("f", "浙江省义乌市人民法院："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                                 f"{c.extra['cause']}一案执行阶段的代理人。"),
                           ("p", "特此函告。"), ("f", "附：授权委托书一份、律师执业证复印件一份"),
                           ("f", f"本所地址：{c.extra['firm_addr']}"), ("f", f"联系电话：{c.agent_phone}")]
    return typeset(firm_head(c.firm, c.extra["firm_en"], "律 师 事 务 所 函"), blocks, role="sans", size=35,
                   tail=signoff([c.firm, num_date(c.filed_on - timedelta(days=4))], stamp=c.firm, rng=rng, x=110,
                                role="sans", size=35))


def _licence_copy(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.text(mm(28), mm(18), "律师执业证复印件", font("sans", 30), record=False)
    s.lines.append("律师执业证复印件")
    left, right = (mm(22), mm(40), mm(104), mm(160)), (mm(108), mm(40), mm(190), mm(160))
    s.box(*left, width=3)
    s.box(*right, width=3)
    s.centred(mm(70), "中华人民共和国", font("serif_bold", 42), x0=left[0], x1=left[2])
    s.centred(mm(90), "律师执业证", font("serif_bold", 60), x0=left[0], x1=left[2])
    s.centred(mm(130), "中华人民共和国司法部监制", font("serif", 26), x0=left[0], x1=left[2])
    dark(s, mm(114), mm(48), mm(140), mm(82), 150)
    f = font("serif", 28)
    for k, line in enumerate([f"执业机构　{c.firm}", "执业证类别　专职律师", f"执业证号　{c.extra['lic_no']}",
                              f"持证人　{c.agent}", f"性别　{rng.choice('男女')}", "发证机关　浙江省司法厅",
                              f"发证日期　{rng.randint(2013, 2021)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]):
        s.text(mm(112), mm(88) + k * mm(9), line, f)
    seal(s, mm(170), mm(140), "浙江省司法厅", rng, radius=mm(16))
    s.text(mm(28), mm(172), "年度考核备案：2025年度　称职", font("serif", 28))
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), COURT, font("serif_bold", 44), spacing=4)
    s.centred(mm(36), "申请执行人收取案款确认书", font("serif_bold", 54))
    s.text(mm(28), mm(52), f"案号：{c.number}", font("serif", 32))
    rows = [("申请执行人", c.applicant.name), ("收款户名", c.applicant.name), ("开户银行", c.extra["acct_bank"]),
            ("银行账号", c.extra["acct"]), ("联系人及电话", f"{c.agent} {c.agent_phone}")]
    y = grid(s, mm(60), rows, rng, label_w=42, h=17)
    typeset_into(s, "本人（单位）确认：本案执行款项请划入上述账户，因账户信息错误导致的后果由本人（单位）承担。账户如有"
                    "变更，将及时书面告知法院。", y=y + mm(8), role="serif", size=32)
    signature(s, mm(140), y + mm(48), c.agent, rng)
    s.text(mm(110), y + mm(64), num_date(c.filed_on), font("serif", 32))
    return [s]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), "送达地址确认书", font("serif_bold", 58), spacing=6)
    s.text(mm(28), mm(40), f"案号：{c.number}", font("serif", 32))
    rows = [("受送达人", c.applicant.name), ("代理人", f"{c.agent}（{c.firm}）"), ("送达地址", c.extra["firm_addr"]),
            ("收件人电话", c.agent_phone), ("是否同意电子送达", "同意，手机号码同上"),
            ("电子邮箱", f"{rng.choice(['yw', 'lawyer', 'cz'])}{rng.randint(100, 999)}@163.com")]
    y = grid(s, mm(48), rows, rng, label_w=48, h=18)
    typeset_into(s, "告知：1．受送达人应如实提供确切的送达地址；2．确认的送达地址适用于执行程序；3．因提供的地址不准确、"
                    "变更未及时告知等原因，导致法律文书未能被实际接收的，文书退回之日视为送达之日。",
                 y=y + mm(6), role="serif", size=30)
    s.text(mm(100), y + mm(56), "受送达人（签名）：", font("serif", 32))
    signature(s, mm(150), y + mm(52), c.agent, rng)
    s.text(mm(100), y + mm(72), num_date(c.filed_on), font("serif", 32))
    return [s]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.centred(mm(20), COURT, font("serif_bold", 42), spacing=4)
    s.centred(mm(32), "财 产 申 报 表", font("serif_bold", 58), spacing=6)
    s.text(mm(24), mm(50), f"案号：{c.number}　　申报人：{r.name}", font("serif", 30))
    cols = [mm(34), mm(66), mm(40), mm(22)]
    f = font("serif", 28)
    rows = [["财产类别", "名称 / 开户行 / 坐落", "数额（元）", "备注"], ["银行存款", c.extra["resp_bank"], "", ""],
            ["应收账款", "", "", ""], ["不动产", "无", "", ""], ["车辆", "", "", ""], ["股权", "无", "", ""],
            ["其他", "", "", ""]]
    y = table(s, mm(24), mm(58), cols, rows, f, row_h=mm(15), centre_first=True)
    fills = {1: f"{rng.randint(3000, 60000)}", 2: "外贸客户尾款约" + str(rng.randint(2, 9)) + "万",
             4: "别克商务车一辆" if rng.random() < 0.5 else "无"}
    for r_i, v in fills.items():
        hand(s, mm(24) + cols[0] + (cols[1] if r_i == 1 else 0) + mm(3), mm(58) + r_i * mm(15) + mm(3), v, rng,
             size=34, ink=(30, 30, 90))
    typeset_into(s, "申报人保证以上申报内容真实、完整，如有虚假、隐瞒，愿承担罚款、拘留直至追究刑事责任的法律后果。",
                 y=y + mm(6), role="serif", size=30)
    s.text(mm(100), y + mm(40), "申报人（签章）：", font("serif", 30))
    seal(s, mm(160), y + mm(44), r.name, rng)
    hand(s, mm(132), y + mm(56), r.legal_rep if c.extra["story"] != "xmas" else " ".join(c.extra["foreign"]), rng,
         size=40, ink=(20, 20, 25))
    s.text(mm(100), y + mm(72), num_date(c.day(12)), font("serif", 30))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.text(mm(16), mm(12), "执行查控系统　网络查控结果（总对总）", font("sans_bold", 38))
    s.text(mm(16), mm(22), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}",
           font("sans", 24))
    s.text(mm(16), mm(28), f"查询日期：{c.day(9):%Y-%m-%d}　承办人：{c.officer}", font("sans", 24))
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "浙商银行", "招商银行", "浙江义乌农村商业银行",
             "支付宝（中国）网络技术有限公司", "财付通支付科技有限公司", "自然资源部", "公安部交通管理局", "市场监管总局"]
    rows = [["序号", "协助单位", "反馈结果", "余额/信息", "反馈时间"]]
    for k, b in enumerate(banks, 1):
        has = b[:6] in c.extra["resp_bank"] or (b.startswith("支付宝") and c.extra["story"] == "live")
        bal = f"{rng.randint(2000, 90000)}.{rng.randint(10, 99)}" if has else "—"
        rows.append([str(k), b, "有财产" if has else "未查到", bal, f"{c.day(10):%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"])
    table(s, mm(16), mm(36), [mm(14), mm(78), mm(28), mm(34), mm(24)], rows, font("sans", 24), row_h=mm(11))
    s.text(mm(16), mm(190), "说明：本结果仅供执行案件内部使用。", font("sans", 24))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    blocks: list[Block] = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                           ("p", f"就{_basis_name(c)}的执行，甲乙双方经协商，自愿达成如下和解协议：")]
    for k, (d, amt) in enumerate(c.extra["plan"], 1):
        blocks.append(("p", f"{'一二三'[k - 1]}、乙方于{num_date(d)}前向义乌市人民法院执行款专户支付{amt:,.2f}元；"))
    blocks += [("p", "四、乙方按期足额履行后，甲方放弃迟延履行期间的债务利息；乙方任何一期未按期履行的，甲方有权申请恢复"
                     "执行原生效法律文书，已付款项予以扣除。"),
               ("p", "五、本协议一式三份，双方各执一份，交法院一份附卷。")]

    def tail(s: Sheet, y: float) -> float:
        f = font("sans", 34)
        s.text(mm(30), y, "甲方（签字）：", f)
        signature(s, mm(70), y - mm(3), a.name if a.kind == "person" else c.agent, rng)
        s.text(mm(110), y, "乙方（盖章）：", f)
        seal(s, mm(160), y + mm(4), r.name, rng)
        s.text(mm(30), y + mm(20), num_date(c.day(18)), f)
        return y + mm(30)
    return typeset(plain_head("执行和解协议", role="sans_bold", size=56, spacing=10), blocks, role="sans", size=35,
                   tail=tail)


def _voucher(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    out: list[Sheet] = []
    for k, (d, amt) in enumerate(c.extra["plan"]):
        s = Sheet(size=(mm(210), mm(100)))
        s.centred(mm(7), "义乌农村商业银行　业务回单（付款）", font("sans_bold", 36))
        f = font("sans", 27)
        rows = [["付款人", c.extra["court_acct"], "收款人", c.applicant.name],
                ["账号", f"2010{rng.randint(10**10, 10**11 - 1)}", "账号", c.extra["acct"]],
                ["金额", f"{amt:,.2f}", "大写", money_caps(amt)],
                ["用途", f"{c.number}执行款第{k + 1}期", "交易日期", f"{d + timedelta(days=3):%Y-%m-%d}"]]
        table(s, mm(8), mm(18), [mm(22), mm(76), mm(22), mm(74)], rows, f, row_h=mm(13))
        s.text(mm(8), mm(78), f"交易流水号：{rng.randint(10**13, 10**14 - 1)}　打印次数：1", font("sans", 24))
        seal(s, mm(168), mm(80), "义乌农商银行电子回单专用章", rng, radius=mm(13))
        if k:
            s.starts_document = True
        out.append(s)
    return out


PARTY = {"enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _certificate,
         "property_clue_form": _clue_form, "fee_receipt": _fee, "identity_proof": _identity, "power_of_attorney": _poa,
         "law_firm_letter": _firm_letter, "lawyer_license": _licence_copy, "payment_account_confirmation": _account,
         "service_address_confirmation": _address, "property_declaration_form": _declaration,
         "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "payment_voucher": _voucher}


# ------------------------------------------------------------------ the bureau's own papers

def _court(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    what = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    law = "《中华人民共和国民事诉讼法》"
    sign = signoff([f"执行员　{c.officer}", cn_date(c.day(3)), f"书记员　{c.clerk}"], stamp=COURT, rng=rng)
    blocks: list[Block]
    if code == "acceptance_notice":
        blocks = [("f", f"{a.name}："), ("p", f"你（单位）申请执行{_basis_name(c)}一案，本院经审查符合立案条件，已于"
                                           f"{cn_date(c.filed_on)}立案执行，案号{c.number}。"),
                  ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请通过“浙江移动微法院”查询执行进展，"
                        "发现被执行人财产线索的，请及时书面提供。")]
        return typeset(court_head("受理案件通知书", c.number), blocks, tail=signoff([cn_date(c.filed_on)], stamp=COURT,
                                                                                  rng=rng))
    if code == "payment_notice":
        blocks = [("f", f"{a.name}："), ("p", f"你（单位）申请执行{r.name}一案，依照《诉讼费用交纳办法》，应预交申请执行费"
                                           f"{c.extra['exec_fee']:,.2f}元，由被执行人最终负担。请于七日内通过浙江法院"
                                           "网上缴费平台或到本院诉讼服务中心缴纳，逾期不缴纳的，按撤回申请处理。")]
        return typeset(court_head("缴款通知书", c.number), blocks, tail=signoff([cn_date(c.filed_on)], stamp=COURT, rng=rng))
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}："), ("p", f"{_basis_name(c)}已经发生法律效力。{a.name}已向本院申请执行，本院依法立案。"
                                           f"依照{law}第二百五十一条规定，责令你单位自收到本通知之日起立即履行下列义务："),
                  ("p", f"一、向申请执行人支付{money(c.amount)}；"), ("p", "二、加倍支付迟延履行期间的债务利息；"),
                  ("p", f"三、负担申请执行费{c.extra['exec_fee']:,.2f}元。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可对你单位采取限制消费、纳入失信被执行人名单等措施。")]
        return typeset(court_head("执行通知书", c.number), blocks, tail=sign)
    if code == "property_report_order":
        blocks = [("f", f"{r.name}："), ("p", f"本院在执行{what}中，依照{law}第二百五十二条规定，责令你单位在收到本令后五日内，"
                                           "如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，构成犯罪的，依法追究刑事责任。")]
        return typeset(court_head("报　告　财　产　令", c.number, spaced=0), blocks, tail=sign)
    if code == "enforcement_ruling":
        blocks = [("f", f"申请执行人：{a.name}。"), ("f", f"被执行人：{r.name}，住所地{r.address}。"),
                  ("p", f"本院在执行{what}中，被执行人未按执行通知履行义务。依照{law}第二百五十三条规定，裁定如下："),
                  ("p", f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}的银行存款{c.amount + c.extra['exec_fee']:,.2f}元，"
                        "冻结期限一年。"), ("p", "本裁定立即执行。")]
        return typeset(court_head("执 行 裁 定 书", c.number, spaced=0), blocks,
                       tail=signoff([f"审判长　{c.judge}", f"执行员　{c.officer}", cn_date(c.day(11)), f"书记员　{c.clerk}"],
                                    stamp=COURT, rng=rng))
    if code == "assistance_notice":
        blocks = [("f", f"{c.extra['resp_bank']}："),
                  ("p", f"本院在执行{what}中，依照{law}第二百四十九条规定，请协助冻结被执行人{r.name}（统一社会信用代码"
                        f"{r.id_number}）在你行账号{c.extra['resp_acct']}内的存款，冻结限额"
                        f"{c.amount + c.extra['exec_fee']:,.2f}元，期限一年。"),
                  ("f", "附：执行裁定书一份")]
        return typeset(court_head("协助执行通知书", c.number), blocks, tail=sign)
    if code == "closing_notice":
        blocks = [("f", f"{a.name}："), ("p", f"本院执行的{what}，被执行人已按执行和解协议分三期履行完毕，案款已发放至你方"
                                           f"确认的账户。依照《最高人民法院关于执行案件立案、结案若干问题的意见》，本案以"
                                           f"执行完毕方式结案。")]
        return typeset(court_head("结案通知书", c.number), blocks, tail=signoff([cn_date(c.closed_on)], stamp=COURT, rng=rng))
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    return [_archive(code, c, rng)]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    if rng.random() < 0.5:
        return _posted_receipt(c, rng, served)
    s = Sheet()
    s.centred(mm(22), COURT, font("serif_bold", 46), spacing=4)
    s.centred(mm(36), "送 达 回 证", font("serif_bold", 62), spacing=8)
    docs = "、".join(NAMES.get(x, x) for x in served)
    to = c.applicant if "acceptance_notice" in served or "closing_notice" in served else c.respondent
    rows = [("案　　号", c.number), ("送达文书", docs), ("受送达人", to.name), ("送达地址", to.address),
            ("送达方式", rng.choice(["直接送达", "邮寄送达（EMS）"])), ("受送达人签收", ""), ("代收人及理由", ""),
            ("送达人", c.clerk)]
    y = grid(s, mm(54), rows, rng, label_w=38, h=19, typed=True, size=32)
    signature(s, mm(80), mm(54) + 5 * mm(19) + mm(4), to.legal_rep if to.kind != "person" else to.name, rng)
    hand(s, mm(130), mm(54) + 5 * mm(19) + mm(8), num_date(_served_on(c, served)), rng, size=34)
    s.text(mm(28), y + mm(8), "备注：", font("serif", 32))
    return s


def _served_on(c: CaseCtx, served: list[str]) -> date:
    """When the papers reached their addressee: the notices a few days after filing, the ruling after it was made,
    the closing notice after the case closed."""
    if "closing_notice" in served:
        return c.closed_on + timedelta(days=4)
    if "enforcement_ruling" in served:
        return c.day(14)
    return c.day(2 if "acceptance_notice" in served else 6)


def _posted_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """The 司法专邮 form of the receipt: one row per paper, the EMS number typed, the addressee's signature by hand."""
    s = Sheet()
    s.centred(mm(20), COURT, font("serif_bold", 44), spacing=4)
    s.centred(mm(33), "送达回证（邮寄）", font("serif_bold", 56))
    to = c.applicant if "acceptance_notice" in served or "closing_notice" in served else c.respondent
    f = font("serif", 30)
    s.text(mm(24), mm(50), f"案号：{c.number}", f)
    s.text(mm(24), mm(58), f"受送达人：{to.name}", f)
    s.text(mm(24), mm(66), f"邮寄地址：{to.address}", f)
    s.text(mm(24), mm(74), f"EMS邮件号：1{rng.randint(10**11, 10**12 - 1)}", f)
    rows = [["序号", "送达文书名称", "份数", "签收人签名", "签收日期"]]
    rows += [[str(k), NAMES.get(x, x), "1", "", ""] for k, x in enumerate(served, 1)]
    y = table(s, mm(20), mm(84), [mm(16), mm(62), mm(16), mm(40), mm(36)], rows, f, row_h=mm(16), centre_first=True)
    for k in range(len(served)):
        ry = mm(84) + (k + 1) * mm(16) + mm(3)
        signature(s, mm(118), ry, to.legal_rep if to.kind != "person" else to.name, rng)
        hand(s, mm(156), ry + mm(2), f"{_served_on(c, served):%m.%d}", rng, size=34)
    s.text(mm(24), y + mm(8), f"送达人：{c.clerk}　　　（邮件回执附后）", f)
    return s


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(20), COURT, font("serif_bold", 44), spacing=4)
    s.centred(mm(33), "执行案件结案审批表", font("serif_bold", 56))
    paid = "被执行人按执行和解协议分三期付清，案款已发放"
    rows = [("案号", c.number), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
            ("执行依据", _basis_name(c)), ("执行标的", f"{c.amount:,.2f}元"), ("立案日期", num_date(c.filed_on)),
            ("执行情况", paid), ("结案方式", "执行完毕"), ("承办人意见", "拟以执行完毕方式结案"),
            ("合议庭/局长意见", "")]
    y = grid(s, mm(46), rows, rng, label_w=40, h=16, typed=True, size=30)
    hand(s, mm(72), y - mm(12), "同意结案", rng, size=42, ink=RED)
    signature(s, mm(140), y - mm(12), c.judge, rng)
    s.text(mm(28), y + mm(6), f"承办人：{c.officer}　　结案日期：{num_date(c.closed_on)}", font("serif", 30))
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    if code == "dossier_cover":
        s.box(mm(16), mm(16), mm(194), mm(280), width=6)
        s.centred(mm(36), COURT, font("serif_bold", 58), spacing=6)
        s.centred(mm(60), "执 行 案 卷", font("serif_bold", 96), spacing=14)
        rows = [("案　号", c.number), ("案　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
                ("被执行人", c.respondent.name), ("结案方式", "执行完毕"), ("立案日期", num_date(c.filed_on)),
                ("结案日期", num_date(c.closed_on)), ("承办人", c.officer), ("保管期限", "长期"),
                ("归档日期", num_date(c.closed_on + timedelta(days=20)))]
        grid(s, mm(100), rows, rng, label_w=40, width=150, x=30, h=15, typed=True, size=32)
        s.text(mm(30), mm(262), f"全宗号 {rng.randint(100, 399)}　目录号 执　卷号 {rng.randint(1, 900)}", font("serif", 30))
        return s
    if code == "catalogue":
        s.centred(mm(20), "卷 内 目 录", font("serif_bold", 60), spacing=8)
        s.text(mm(24), mm(36), f"案号：{c.number}", font("serif", 30))
        items = ["卷宗封面", "卷内目录", "强制执行申请书", "民事判决书（二审）", "生效证明", "财产线索表", "诉讼费票据",
                 "身份证明材料", "授权委托书、律师事务所函、律师执业证", "收取案款确认书、送达地址确认书",
                 "受理案件通知书、缴款通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
                 "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证",
                 "卷宗复核表", "备考表"]
        cat: list[list[str]] = [["顺序号", "文件名称", "页号", "备注"]]
        page = 1
        for k, it in enumerate(items, 1):
            cat.append([str(k), it, str(page), ""])
            page += rng.randint(1, 3)
        table(s, mm(18), mm(44), [mm(20), mm(118), mm(22), mm(14)], cat, font("serif", 27), row_h=mm(9.5),
              centre_first=True)
        return s
    if code == "file_review_form":
        s.centred(mm(22), COURT, font("serif_bold", 44), spacing=4)
        s.centred(mm(36), "卷宗复核表", font("serif_bold", 58), spacing=6)
        rows = [("案号", c.number), ("卷宗材料是否齐全", "齐全"), ("文书是否签章完整", "完整"), ("送达是否合法", "合法"),
                ("案款是否发放完毕", "已发放完毕"), ("排列、编号是否规范", "规范"), ("复核人意见", "同意归档"),
                ("复核人", c.clerk), ("复核日期", num_date(c.closed_on + timedelta(days=12)))]
        grid(s, mm(50), rows, rng, label_w=60, h=17)
        return s
    s.centred(mm(24), "备　考　表", font("serif_bold", 60))
    s.box(mm(28), mm(44), mm(182), mm(240), width=3)
    flow_text = (f"本卷共计 {rng.randint(44, 60)} 页，其中文字材料齐全，无缺页、无破损。执行和解协议及案款发放凭证"
                 "原件附卷。本卷由申请执行人代理律师提交的材料为扫描件打印。")
    from dossier.corpus.draw import flow
    flow(s, [("p", flow_text)], font("serif", 34), x0=mm(34), width=mm(142), y=mm(54), line_height=60, indent=68)
    s.text(mm(110), mm(200), f"立卷人：{c.clerk}", font("serif", 34))
    s.text(mm(110), mm(214), f"检查人：{c.officer}", font("serif", 34))
    s.text(mm(110), mm(228), num_date(c.closed_on + timedelta(days=14)), font("serif", 34))
    hand(s, mm(150), mm(198), c.clerk, rng, size=40, ink=BLUE_INK, record=False)
    return s
