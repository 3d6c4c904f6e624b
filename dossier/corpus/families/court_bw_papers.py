"""The papers court_bw receives, each in its author's way: the court's own and the 中院's judgments (several pages,
later ones untitled, 第n页共m页), the 牡丹江仲裁委员会's award and its 生效证明, lawyers' papers, banks' slips and
printouts, and forms the parties fill by hand on the window's coloured or recycled sheets."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date, person_name
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bw import ARB, COURT, MIDDLE, RECYCLED, TINTS, L, R, T, W, _what, ming
from dossier.corpus.fonts import font


def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    appeal = c.basis_court == MIDDLE
    sheets = [Sheet()]
    s = sheets[0]
    s.centred(T, c.basis_court, font("serif_bold", 56), spacing=4)
    s.centred(T + 100, "民 事 判 决 书", font("serif_bold", 76), spacing=10)
    s.right(R, T + 210, c.basis_number, ming(38))
    if appeal:
        facts = [("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
                 ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"),
                 ("p", f"上诉人因与被上诉人{c.extra['cause']}一案，不服{COURT}{c.extra['first']}民事判决，向本院提起上诉。"
                       "本院依法组成合议庭审理了本案。"),
                 ("p", f"{r.name}上诉请求：撤销一审判决，改判上诉人少付工程款。事实和理由：客房楼墙面多处空鼓，"
                       "卫生间防水不合格，被上诉人应承担返工费用，一审未予扣减不当。"),
                 ("p", f"{a.name}辩称：工程经上诉人签字验收，已于开业前交付使用，质量问题均已维修，请求驳回上诉。"),
                 ("p", "本院查明：双方约定由被上诉人对上诉人位于镜泊湖景区的酒店客房楼进行翻新装修，工程已于旺季前完工并交付使用，"
                       "上诉人以墙面空鼓为由拒付尾款。经鉴定，空鼓系局部问题，已由被上诉人维修。"),
                 ("p", "本院认为，一审判决认定事实清楚，适用法律正确。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项，"
                       "判决如下："), ("p", "驳回上诉，维持原判。"),
                 ("p", f"即上诉人应支付被上诉人装修工程款{money(c.amount)}。二审案件受理费由上诉人负担。本判决为终审判决。")]
    else:
        facts = [("f", f"原告：{a.name}，住所地{a.address}。法定代表人{a.legal_rep}。"),
                 ("f", f"被告：{r.name}，住所地{r.address}。法定代表人{r.legal_rep}。"),
                 ("p", f"原告与被告{c.extra['cause']}一案，本院立案后依法适用简易程序公开开庭进行了审理。"),
                 ("p", f"原告向本院提出诉讼请求：判令被告给付货款{money(c.amount)}及逾期付款利息。"),
                 ("p", f"经审理查明：原告分批向被告供应{c.extra['goods']}，由被告经绥芬河口岸出口俄罗斯。被告收货后出具对账单，"
                       f"确认尚欠货款{money(c.amount)}，经催要未付。"),
                 ("p", "本院认为，双方买卖合同合法有效，被告应按约支付货款。依照《中华人民共和国民法典》第五百七十九条、"
                       "第六百二十六条，判决如下："),
                 ("p", f"被告{r.name}于本判决生效之日起十日内给付原告货款{money(c.amount)}。"),
                 ("p", "如未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条加倍支付迟延履行期间的债务利息。"),
                 ("p", "案件受理费减半收取，由被告负担。"),
                 ("p", f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于{MIDDLE}。")]

    def more() -> tuple[Sheet, float]:
        n = Sheet()
        sheets.append(n)
        return n, T
    y = flow(s, facts, ming(40), x0=L, width=W, y=T + 290, line_height=68, indent=80, bottom=mm(246), more=more)
    s = sheets[-1]
    if y > mm(210):
        s, y = more()
    x = L + W * 0.55
    for role, who in ([("审判长", person_name(rng)), ("审判员", person_name(rng)), ("审判员", person_name(rng))]
                      if appeal else [("审判员", person_name(rng))]):
        s.text(x, y + 30, f"{role}　{who}", ming(38))
        y += 62
    s.text(x, y + 40, cn_date(c.basis_effective - timedelta(days=20)), ming(38))
    seal(s, x + mm(30), y + 20, c.basis_court, rng, radius=mm(21))
    s.text(x, y + 120, f"书记员　{person_name(rng)}", ming(38))
    s.text(L, y + 200, "本件与原本核对无异", font("kai", 36))
    for k, sh in enumerate(sheets, 1):
        sh.centred(mm(282), f"第{k}页共{len(sheets)}页", ming(30))
        sh.page_of = (k, len(sheets))
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(T + 10, ARB, font("hei", 60), spacing=14)
    s.centred(T + 110, "裁 决 书", font("hei", 80), spacing=30)
    s.line(L, T + 220, R, T + 220, width=4)
    s.right(R, T + 240, c.basis_number, font("sans", 36))
    blocks = [("f", f"申请人：{a.name}，住{a.address}。"), ("f", f"被申请人：{r.name}，住所地{r.address}。"),
              ("p", f"本会根据申请人与被申请人签订的《冷库租赁合同》中的仲裁条款，受理了双方之间的{c.extra['cause']}。"
                    "仲裁庭由独任仲裁员组成，于开庭审理后作出本裁决。"),
              ("p", "被申请人租用申请人位于江南大市场的冷库两间存放冻品，自去年十一月起未付租金及电费，经催告仍未支付。"),
              ("p", "仲裁庭裁决如下："), ("p", f"（一）被申请人向申请人支付拖欠的冷库租金及电费{money(c.amount)}；"),
              ("p", "（二）本案仲裁费由被申请人承担。"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
    y = flow(s, blocks, font("sans", 38), x0=L, width=W, y=T + 320, line_height=64, indent=76)
    s.text(L + W * 0.55, y + 40, f"仲裁员　{person_name(rng)}", font("sans", 38))
    s.text(L + W * 0.55, y + 110, cn_date(c.basis_effective), font("sans", 38))
    seal(s, L + W * 0.7, y + 110, ARB, rng, radius=mm(21))
    return [s]


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    arb = c.basis_court == ARB
    head = ARB if arb else COURT
    s.centred(T + 20, head, font("hei" if arb else "serif_bold", 56), spacing=6)
    s.centred(T + 130, "生效证明书" if arb else "生 效 证 明", font("serif_bold", 70))
    body = ([("p", f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective)}送达双方当事人，该裁决为终局裁决，"
                   "自作出之日起发生法律效力。"), ("p", "特此证明。")] if arb else
            [("p", f"{MIDDLE}{c.basis_number}民事判决书系终审判决，已于{cn_date(c.basis_effective)}送达当事人并发生法律效力；"
                   f"本院{c.extra.get('first', '')}民事判决书随之生效。"), ("p", "特此证明。")])
    y = flow(s, body, ming(40), x0=L, width=W, y=T + 300, line_height=68, indent=80)
    s.right(R - 40, y + 80, cn_date(c.basis_effective + timedelta(days=12)), ming(38))
    seal(s, R - mm(40), y + 90, head, rng, radius=mm(20))
    return [s]


def _lawyer(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("serif", 38)
    titles = {"enforcement_application": "强制执行申请书", "power_of_attorney": "授权委托书", "law_firm_letter": c.firm + "函",
              "payment_account_confirmation": "执行款收款账户确认书", "service_address_confirmation": "送达地址确认书"}
    title = titles[code]
    s.centred(T + 30, title, font("sans_bold", 60 if len(title) < 12 else 52), spacing=6)
    body = {
        "enforcement_application": [("f", f"申请执行人：{a.name}，{a.address}。"), ("f", f"被执行人：{r.name}，{r.address}。"),
                                    ("f", "执行请求："), ("p", f"1.强制被执行人支付{money(c.amount)}及迟延履行期间的债务利息；"),
                                    ("p", "2.执行费用由被执行人负担。"), ("f", "事实与理由："),
                                    ("p", f"{_what(c)}已发生法律效力，被执行人至今未履行，特申请强制执行。"),
                                    ("f", "此致"), ("f", COURT)],
        "power_of_attorney": [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                              ("p", f"现委托上列受托人在{a.name}申请执行{r.name}{c.extra['cause']}一案中作为我方代理人。"),
                              ("p", "代理权限：特别授权，代为申请执行、提供财产线索、参与和解、代收执行款。")],
        "law_firm_letter": [("r", f"（{c.filed_on.year}）黑牡律执字第{rng.randint(10, 99)}号"), ("f", f"{COURT}："),
                            ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}执行案件的代理人。"), ("p", "特此函告。")],
        "payment_account_confirmation": [("f", f"案号：{c.number}"), ("f", f"收款人：{a.name}"), ("f", f"开户行：{c.extra['bank']}"),
                                         ("f", f"账号：{c.extra['acct']}"), ("p", "本人（单位）确认执行款汇入上述账户，因账户信息错误造成的损失自行承担。")],
        "service_address_confirmation": [("f", f"案号：{c.number}"), ("f", f"受送达人：{a.name}"), ("f", f"送达地址：{a.address}"),
                                         ("f", f"联系电话：{a.phone}"), ("p", "同意电子送达；以上地址变更时及时告知法院。")],
    }[code]
    y = flow(s, body, f, x0=L, width=W, y=T + 170, line_height=64, indent=76, right=R)
    signature(s, L + W * 0.55, y + 60, a.legal_rep or a.name, rng)
    hand(s, L + W * 0.55, y + 150, num_date(c.filed_on - timedelta(days=2)), rng, size=36, record=False)
    if a.kind == "organisation" or code == "law_firm_letter":
        seal(s, L + W * 0.72, y + 110, c.firm if code == "law_firm_letter" else a.name, rng, radius=mm(19))
    return [s]


def _form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tint, line = TINTS["blue"] if code != "property_declaration_form" else TINTS["pink"]
    s = Sheet(paper=RECYCLED if code == "property_clue_form" else tint)
    ink = (30, 30, 30) if code == "property_clue_form" else line
    title = {"property_clue_form": "被执行人财产线索登记表", "property_declaration_form": "被执行人财产申报表"}[code]
    s.centred(T + 10, COURT, ming(40), fill=ink)
    s.centred(T + 70, title, font("serif_bold", 60), fill=ink)
    items = (["银行账户", "房产", "车辆", "应收账款", "其他"] if code == "property_clue_form"
             else ["银行存款", "不动产", "机动车", "对外债权", "近一年收支"])
    fills = ([f"{c.extra['bank'][:6]}基本户", "不详", "冷藏车一台", "俄方货款", ""] if code == "property_clue_form"
             else ["基本户余额不足", "无", "无", "对俄客户货款待收", "亏损"])
    rows = [["案号", c.number], ["填表人", a.name if code == "property_clue_form" else r.name],
            *[[k, ""] for k in items], ["签名（盖章）", ""]]
    table(s, L, T + 180, [W * 0.28, W * 0.72], rows, ming(36), row_h=mm(17), fill=ink)
    for k, v in enumerate(fills):
        if v:
            hand(s, L + W * 0.31, T + 180 + mm(17) * (2 + k) + mm(4), v, rng, size=36)
    signature(s, L + W * 0.31, T + 180 + mm(17) * 7 + mm(3), r.legal_rep if code != "property_clue_form" else c.agent, rng)
    return [s]


def _bank(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    f = font("sans", 34)
    if code == "online_inquiry_result":
        s.text(L, T, "执行案件网络查控结果（总对总）", font("sans_bold", 48))
        s.text(L, T + 80, f"案号：{c.number}　被查询人：{r.name}　查询日期：{num_date(c.day(6))}", font("sans", 30))
        rows = [["协助单位", "账户/财产", "余额/状态", "反馈"]] + [[b, f"****{rng.randint(1000, 9999)}", f"{rng.randint(0, 90000)}.{rng.randint(10, 99)}",
                                                                     "已反馈"] for b in ["中国银行", "农业银行", "牡丹江农商行", "龙江银行", "邮储银行"]]
        rows.append(["公安部车辆", "黑C·" + str(rng.randint(10000, 99999)), "正常", "已反馈"])
        table(s, L, T + 160, [W * 0.3, W * 0.28, W * 0.22, W * 0.2], rows, font("sans", 30), row_h=mm(11))
        return [s]
    if code == "fee_receipt":
        tint, line = TINTS["green"]
        s = Sheet(paper=tint)
        s.centred(T, "黑龙江省政府非税收入统一票据", font("serif_bold", 52), fill=line)
        s.text(L, T + 100, f"票据号码：{rng.randint(10**7, 10**8 - 1)}　　开票日期：{num_date(c.filed_on)}", f, fill=line)
        rows = [["交款人", a.name], ["项目", "申请执行费"], ["金额", money(c.extra["fee"])], ["执收单位", COURT]]
        table(s, L, T + 170, [W * 0.25, W * 0.75], rows, f, row_h=mm(15), fill=line)
        seal(s, L + W * 0.7, T + 170 + mm(70), COURT + "财务专用章", rng, radius=mm(17))
        return [s]
    if code == "payment_voucher":
        s.text(L, T, c.extra["bank"], font("sans_bold", 44))
        s.centred(T + 90, "电子回单（转账）", font("sans_bold", 56))
        src = r.name if c.extra["story"] == "hotel" else COURT + "执行款专户"
        rows = [["付款人", src], ["收款人", a.name], ["收款账号", c.extra["acct"]], ["金额", money(c.amount)],
                ["摘要", f"{c.number}执行款"], ["交易日期", num_date(c.closed_on - timedelta(days=5))]]
        table(s, L, T + 200, [W * 0.25, W * 0.75], rows, f, row_h=mm(14))
        seal(s, R - mm(35), T + 200 + mm(90), c.extra["bank"] + "电子回单专用章", rng, radius=mm(17))
        return [s]
    if code == "settlement_agreement":
        s.centred(T + 20, "执行和解协议", font("serif_bold", 64), spacing=8)
        blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
                  ("p", f"就{c.number}执行案件，双方自愿达成和解：乙方于{cn_date(c.day(40))}前分两期付清{money(c.amount)}，"
                        "甲方放弃迟延履行利息。"), ("p", "乙方按期付清后，本案执行完毕。")]
        y = flow(s, blocks, font("serif", 38), x0=L, width=W, y=T + 160, line_height=64, indent=76)
        signature(s, L, y + 60, a.legal_rep, rng)
        signature(s, L + W * 0.55, y + 60, r.legal_rep, rng)
        seal(s, L + W * 0.2, y + 90, a.name, rng, radius=mm(18))
        seal(s, L + W * 0.75, y + 90, r.name, rng, radius=mm(18))
        return [s]
    if code == "identity_proof":
        p = r if served == ["respondent"] else a
        s.centred(T, "营业执照（副本）" if p.kind == "organisation" else "居民身份证复印件", font("hei", 58))
        if p.kind == "organisation":
            rows = [["统一社会信用代码", p.id_number], ["名称", p.name], ["法定代表人", p.legal_rep], ["住所", p.address]]
            table(s, L, T + 140, [W * 0.3, W * 0.7], rows, f, row_h=mm(16))
            seal(s, R - mm(40), T + 140 + mm(80), "牡丹江市市场监督管理局", rng, radius=mm(18))
        else:
            x0, y0 = L + mm(30), T + 140
            for k in range(2):  # the card's two faces, copied side by side on one sheet, below each other
                top = y0 + k * mm(66)
                s.draw.rounded_rectangle((x0, top, x0 + mm(86), top + mm(54)), radius=24, fill=(214, 214, 214),
                                         outline=(90, 90, 90), width=3)
                if k == 0:
                    s.draw.rectangle((x0 + mm(58), top + mm(10), x0 + mm(82), top + mm(40)), fill=(120, 120, 120))
                    born = p.born.strftime("%Y年%m月%d日") if p.born else ""
                    for j, entry in enumerate([f"姓名 {p.name}", f"性别 {p.sex}　民族 汉", f"出生 {born}",
                                               f"住址 {p.address[:13]}", f"　　 {p.address[13:]}"]):
                        s.text(x0 + 24, top + 22 + j * 58, entry, font("sans", 26))
                    s.text(x0 + 24, top + mm(46), f"公民身份号码　{p.id_number}", font("sans_bold", 28))
                else:
                    s.centred(top + 60, "中华人民共和国", font("serif_bold", 40), x0=x0, x1=x0 + mm(86))
                    s.centred(top + 130, "居 民 身 份 证", font("serif_bold", 52), x0=x0, x1=x0 + mm(86))
                    s.text(x0 + 40, top + mm(36), "签发机关　牡丹江市公安局东安分局", font("sans", 26))
                    issued = 2014 + (p.born.day % 8 if p.born else 3)
                    s.text(x0 + 40, top + mm(44), f"有效期限　{issued}.06.12-{issued + 20}.06.12", font("sans", 26))
            hand(s, L + mm(20), T + 140 + mm(136), "本复印件仅供东安法院执行案件使用", rng, size=40)
            signature(s, L + mm(110), T + 140 + mm(150), p.name, rng)
        return [s]
    # lawyer_license
    s.centred(T, "律师执业证", font("serif_bold", 60))
    rows = [["姓名", c.agent], ["执业机构", c.firm], ["执业证号", c.extra["lic"]], ["发证机关", "黑龙江省司法厅"]]
    table(s, L, T + 140, [W * 0.3, W * 0.7], rows, f, row_h=mm(16))
    return [s]


def freeze_reply(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The bank's 回执 to the freeze: its own slip, typed in a sans face, the operator's stamp beside the figures."""
    r = c.respondent
    s = Sheet()
    f = font("sans", 34)
    s.text(L, T, c.extra["bank"], font("sans_bold", 46))
    s.centred(T + 100, "协助冻结存款回执", font("sans_bold", 60), spacing=6)
    s.text(L, T + 200, f"{COURT}：", f)
    blocks = [("p", f"贵院{c.number}协助执行通知书及执行裁定书收悉。我行已于{num_date(c.day(22))}对下列账户办理冻结："),]
    y = flow(s, blocks, f, x0=L, width=W, y=T + 260, line_height=58, indent=68)
    rows = [["户名", r.name], ["账号", f"0815{rng.randint(10**13, 10**14 - 1)}"], ["应冻结金额", money(c.extra["frozen"])],
            ["实际冻结金额", money(c.amount)], ["冻结期限", f"{num_date(c.day(22))}至{num_date(c.day(22 + 365))}"]]
    y = table(s, L, y + 20, [W * 0.28, W * 0.72], rows, f, row_h=mm(15))
    s.text(L, y + 40, f"经办：{person_name(rng)}　复核：{person_name(rng)}", f)
    seal(s, R - mm(38), y + 60, c.extra["bank"], rng, radius=mm(18), inner="业务专用章")
    return [s]


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "assistance_notice":
        return freeze_reply(c, rng)
    if code == "enforcement_basis":
        return _award(c, rng) if c.basis_court == ARB else _judgment(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "payment_account_confirmation",
                "service_address_confirmation"):
        return _lawyer(code, c, rng)
    if code in ("property_clue_form", "property_declaration_form"):
        return _form(code, c, rng)
    return _bank(code, c, rng, served)


__all__ = ["render_paper"]
