"""What 屯溪区法院执行局 receives, each in its maker's style: the basis (the court's own civil division's judgment in the
tribunal template, or the 黄山市劳动人事争议仲裁委员会's award with its red banner), the 生效证明书, the lawyers' papers in
a firm's letterhead (sans heading, numbered points), the forms of the filing window filled by hand, the 安徽省 bill for
the fee, the 网络查控 printout, a settlement typed by the parties, a bank's e-receipt for the payment, and ID copies."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, person_name
from dossier.corpus.draw import BLUE_INK, RED, Block, Sheet, hand, mm, seal, signature, table
from dossier.corpus.families.court_er_kit import COURT, LEFT, RIGHT, TOP, form_head, grid, run_on
from dossier.corpus.fonts import font
from dossier.corpus.forms import id_card_copy, inquiry_printout, lawyer_licence_copy, licence_copy

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})


def _tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _id(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。统一社会信用代码：{p.id_number}。法定代表人：{p.legal_rep}。"
    return f"{p.name}，{p.sex}，汉族，{p.born:%Y年%-m月%-d日}生，住{p.address}，身份证号{p.id_number}。"


def received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "identity_proof":
        p = r if "respondent" in served else a
        if p.kind == "organisation":
            return [licence_copy(p, c, rng)]
        return [id_card_copy(p, rng, authority=f"黄山市公安局{rng.choice(['屯溪', '徽州', '歙县'])}分局".replace("歙县分局", "歙县公安局"))]
    if code == "lawyer_license":
        return [lawyer_licence_copy(c, rng)]
    if code == "online_inquiry_result":
        return [inquiry_printout(c, rng, kind="总对总")]
    return {"enforcement_application": _application, "enforcement_basis": _basis, "effectiveness_certificate": _effect,
            "property_clue_form": _clues, "fee_receipt": _bill, "power_of_attorney": _attorney, "law_firm_letter": _letter,
            "payment_account_confirmation": _account, "service_address_confirmation": _address,
            "property_declaration_form": _declaration, "settlement_agreement": _settlement,
            "payment_voucher": _voucher}[code](c, rng)


def _firm_page(c: CaseCtx, title: str) -> tuple[Sheet, float]:
    """The law firm's letterhead: its name in sans bold left, a grey rule, the address small under it."""
    s = Sheet()
    s.text(LEFT, mm(18), c.firm, font("sans_bold", 50))
    s.line(LEFT, mm(27), s.width - RIGHT, mm(27), width=5, fill=(90, 90, 90))
    s.text(LEFT, mm(29), f"地址：{c.extra['firm_addr']}　电话：0559-25{abs(hash(c.firm)) % 90000 + 10000}", font("sans", 28))
    s.centred(mm(45), title, font("sans_bold", 66), spacing=12)
    return s, float(mm(62))


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s, y = _firm_page(c, "强制执行申请书")
    body: list[Block] = [("f", f"申请执行人：{_id(a)}"), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
                         ("f", f"被执行人：{_id(r)}"), ("f", "执行请求："),
                         ("p", f"1. 强制被执行人支付{'货款' if _tale(c) == 'tea' else ('拖欠工资' if _tale(c) == 'ink' else '借款本金及利息')}"
                               f"{money(c.amount)}；"),
                         ("p", "2. 强制被执行人支付迟延履行期间的加倍债务利息；"),
                         ("p", "3. 本案执行费用由被执行人承担。"), ("f", "事实与理由：")]
    if _tale(c) == "tea":
        body.append(("p", f"申请人向被执行人供应祁门红茶、黄山毛峰共{c.extra['jin']}斤，被执行人收货后未付货款。贵院作出"
                          f"{c.basis_number}民事判决，判决被执行人支付货款{money(c.amount)}，该判决已于{cn_date(c.basis_effective)}"
                          "发生法律效力，被执行人至今未履行。"))
    elif _tale(c) == "inn":
        body.append(("p", f"被执行人经营{c.extra['inn']}时向申请人借款，到期未还。贵院{c.basis_number}民事判决已生效，被执行人"
                          "拒不履行还款义务。"))
    else:
        body.append(("p", f"申请人在被执行人处从事徽墨制作，被拖欠{c.extra['months']}个月工资。{c.basis_court}作出{c.basis_number}"
                          "裁决，已发生法律效力，被执行人未按裁决支付。"))
    body += [("p", f"为维护申请人合法权益，依据{'《中华人民共和国民事诉讼法》'}第二百四十七条之规定，特向贵院申请强制执行。"),
             ("f", "此致"), ("f", COURT)]
    sheets, y = run_on(body, s, y, f=font("serif", 40), lh=72)
    last = sheets[-1]
    if y > last.height - mm(60):
        sheets.append(Sheet())
        last, y = sheets[-1], float(TOP)
    last.text(last.width - RIGHT - mm(80), y + 40, "申请执行人：", font("serif", 40))
    if a.kind == "organisation":
        seal(last, last.width - RIGHT - mm(30), y + 70, a.name, rng, radius=mm(19))
    else:
        signature(last, last.width - RIGHT - mm(45), y + 30, a.name, rng)
    last.right(last.width - RIGHT, y + 130, f"{c.filed_on - timedelta(days=2):%Y年%-m月%-d日}", font("serif", 40))
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if _tale(c) == "ink":
        return _award(c, rng)
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(30), COURT, font("song_gb", 60), spacing=6)
    s.centred(mm(46), "民 事 判 决 书", font("song_gb", 84), spacing=20)
    s.right(s.width - RIGHT, mm(64), c.basis_number, font("song_gb", 40))
    f = font("song_gb", 42)
    if _tale(c) == "tea":
        facts = (f"原告向被告供应祁门红茶（特级、一级）及黄山毛峰共计{c.extra['jin']}斤，被告在老街门店销售。双方对账确认被告尚欠"
                 f"货款{money(c.amount)}，经原告多次催要，被告未予支付。")
        order = f"被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{money(c.amount)}；"
        reason = "原、被告之间的买卖合同关系合法有效，被告收货后应按约支付货款。"
    else:
        facts = (f"被告以经营{c.extra['inn']}周转为由向原告借款，出具借条一份，约定三个月内归还。借款到期后，被告未归还。")
        order = f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金{money(c.amount)}及利息（按一年期贷款市场报价利率计算）；"
        reason = "原告提交的借条、转账记录能够证明借贷关系成立且款项已实际交付，被告应当按约还款。"
    blocks: list[Block] = [
        ("f", f"原告：{_id(a)}"), ("f", f"被告：{_id(r)}"),
        ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"),
        ("p", "原告向本院提出诉讼请求：判令被告支付欠款及利息，诉讼费由被告负担。"),
        ("p", "本院经审理认定事实如下：" + facts),
        ("p", "本院认为，" + reason + "依照《中华人民共和国民法典》第五百零九条、第五百七十七条之规定，判决如下："),
        ("p", "一、" + order), ("p", "二、驳回原告的其他诉讼请求。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延"
              "履行期间的债务利息。案件受理费减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于安徽省黄山市中级人民法院。"),
    ]
    sheets, y = run_on(blocks, s, float(mm(76)), f=f, lh=78)
    last = sheets[-1]
    if y > last.height - mm(80):
        sheets.append(Sheet())
        last, y = sheets[-1], float(TOP)
    x = last.width - RIGHT - mm(60)
    last.text(x, y + 40, f"审判员　{c.judge}", f)
    day = c.basis_effective - timedelta(days=rng.randint(18, 26))
    last.text(x, y + 130, cn_date(day), f)
    seal(last, x + mm(30), y + 140, COURT, rng)
    last.text(x, y + 220, f"书记员　{person_name_of(c)}", f)
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.right(sh.width - RIGHT, sh.height - mm(20), f"{i}/{n}", font("song_gb", 32))
        if i > 1:
            sh.page_of = (i, n)
    return sheets


def person_name_of(c: CaseCtx) -> str:
    """the civil division's clerk (not the bureau's)"""
    return person_name(random.Random(c.basis_number))


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(mm(26), "黄山市劳动人事争议仲裁委员会", font("sans_bold", 64), fill=RED, spacing=4)
    s.line(LEFT, mm(38), s.width - RIGHT, mm(38), width=6, fill=RED)
    s.centred(mm(44), "仲 裁 裁 决 书", font("serif_bold", 76), spacing=10)
    s.right(s.width - RIGHT, mm(60), c.basis_number, font("serif", 38))
    f = font("serif", 40)
    blocks: list[Block] = [
        ("f", f"申请人：{_id(a)}"), ("f", f"被申请人：{_id(r)}"),
        ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委受理后依法组成仲裁庭，公开开庭进行了审理。"),
        ("p", f"申请人称：其于2019年起在被申请人处从事徽墨制作（点烟、和料、制墨），被申请人自2022年起拖欠工资"
              f"{c.extra['months']}个月，请求裁决支付。"),
        ("p", "被申请人辩称：公司因徽墨订单减少资金周转困难，对欠薪数额无异议。"),
        ("p", "仲裁庭认为，劳动者提供劳动后，用人单位应当按时足额支付劳动报酬。依照《中华人民共和国劳动合同法》第三十条、"
              "《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下："),
        ("p", f"被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}拖欠工资{money(c.amount)}。"),
        ("p", "本裁决为终局裁决，自作出之日起发生法律效力。当事人应当履行；一方逾期不履行的，另一方可以向有管辖权的人民法院"
              "申请执行。"),
    ]
    sheets, y = run_on(blocks, s, float(mm(72)), f=f, lh=72)
    last = sheets[-1]
    if y > last.height - mm(70):
        sheets.append(Sheet())
        last, y = sheets[-1], float(TOP)
    x = last.width - RIGHT - mm(64)
    last.text(x, y + 30, f"首席仲裁员　{c.judge}", f)
    last.text(x, y + 100, f"仲　裁　员　{c.officer[::-1]}", f)
    last.text(x, y + 200, f"{c.basis_effective:%Y年%-m月%-d日}", f)
    seal(last, x + mm(30), y + 210, "黄山市劳动人事争议仲裁委员会", rng, inner="仲裁专用章")
    return sheets


def _effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    issuer = COURT if _tale(c) != "ink" else "黄山市劳动人事争议仲裁委员会"
    s.centred(mm(40), issuer, font("song_gb", 56), spacing=4)
    s.centred(mm(56), "生 效 证 明 书", font("song_gb", 80), spacing=14)
    kind = "民事判决书" if _tale(c) != "ink" else "仲裁裁决书"
    blocks: list[Block] = [
        ("f", f"{c.applicant.name}："),
        ("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，{c.basis_number}{kind}已于"
              f"{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ]
    _, y = run_on(blocks, s, float(mm(80)), f=font("song_gb", 44), lh=84)
    x = s.width - RIGHT - mm(12)
    day = c.filed_on - timedelta(days=rng.randint(3, 9))
    s.right(x, y + 120, cn_date(day), font("song_gb", 44))
    seal(s, x - mm(25), y + 130, issuer, rng)
    return [s]


def _window_form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], note: str,
                 heights: dict[int, float] | None = None) -> list[Sheet]:
    """The filing window's pre-printed forms (the court's name small over them), filled in blue by the party."""
    s = Sheet()
    y = form_head(s, title)
    y = grid(s, y, rows, rng, heights=heights, label_w=mm(44))
    f = font("sans", 30)
    for k, part in enumerate([note[i:i + 44] for i in range(0, len(note), 44)]):
        s.text(LEFT - mm(6), y + 20 + k * 42, part, f)
    y += 60 + 42 * (len(note) // 44 + 1)
    s.text(s.width - RIGHT - mm(95), y + 20, "填表人（签名/盖章）：", font("sans", 36))
    signature(s, s.width - RIGHT - mm(40), y + 70, c.agent if c.agent else c.applicant.name, rng, ink=BLUE_INK)
    hand(s, s.width - RIGHT - mm(60), y + 160, f"{c.filed_on:%Y.%-m.%-d}", rng, size=40)
    return [s]


def _clues(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    rows = [("被执行人", r.name), ("证件号码", r.id_number), ("银行账户", f"{c.extra.get('r_bank', '不详')} {c.extra.get('r_acct', '')}"),
            ("不动产", "不详"), ("车辆", "不详"), ("经营场所/存货", c.extra.get("inn", "") or ("老街门店存茶" if _tale(c) == "tea" else "厂区库存墨锭")),
            ("其他线索", "请法院网络查控")]
    return _window_form(c, rng, "被执行人财产线索表", rows, "提供线索人应对线索的真实性负责，虚假提供的承担相应法律责任。")


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    rows = [("申请执行人", c.applicant.name), ("户名", c.applicant.name), ("开户银行", c.extra["in_bank"]),
            ("账号", c.extra["in_acct"]), ("联系电话", c.applicant.phone)]
    return _window_form(c, rng, "收取执行款账户确认书", rows, "本人确认上述账户用于接收本案执行款，账户信息有误导致款项错付的，由本人承担。")


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    rows = [("受送达人", c.applicant.name), ("送达地址", c.applicant.address), ("邮政编码", "245000"),
            ("手机号码", c.applicant.phone), ("是否同意电子送达", "同意（短信、12368平台）"), ("代收人", f"{c.agent}（律师）")]
    return _window_form(c, rng, "送达地址确认书", rows, "确认的送达地址适用于执行程序；地址变更应及时书面告知法院，未告知的按原地址送达。")


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    rows = [("申报人", r.name), ("银行存款", "无" if _tale(c) == "inn" else "见银行账户"), ("房产", "无（民宿房屋系租赁）" if _tale(c) == "inn" else "无"),
            ("车辆", "无"), ("收入情况", "无固定收入" if r.kind == "person" else "经营亏损"), ("对外债权", "无"),
            ("其他", "")]
    sheets = _window_form(c, rng, "财产申报表", rows, "申报人保证以上申报内容真实、完整，如有隐瞒，愿承担法律责任。")
    return sheets


def _bill(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(size=(Sheet().width, Sheet().height // 2))
    red = (180, 60, 60)
    s.centred(mm(14), "安徽省非税收入一般缴款书（电子）", font("serif_bold", 52), fill=red)
    s.text(LEFT, mm(28), f"票据号码：34{rng.randint(10**9, 10**10 - 1)}", font("mono", 32))
    s.right(s.width - RIGHT, mm(28), f"开票日期：{c.filed_on:%Y-%m-%d}", font("mono", 32))
    fee = c.extra["fee"]
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目", "申请执行费", "金额", f"{fee:.2f}"],
            ["金额（大写）", money_caps(fee), "", ""], ["备注", c.number, "", ""]]
    table(s, LEFT - mm(8), mm(36), [mm(32), mm(64), mm(26), mm(48)], rows, font("sans", 32), row_h=84, fill=red)
    seal(s, s.width - RIGHT - mm(40), mm(80), "安徽省财政厅", rng, inner="票据监制章")
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    s = Sheet()
    s.centred(TOP, "授 权 委 托 书", font("serif_bold", 72), spacing=8)
    f = font("serif", 42)
    blocks: list[Block] = [
        ("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
        ("p", f"现委托上列受托人在{a.name}与{c.respondent.name}{c.extra['cause']}执行一案中，作为委托人的代理人。"),
        ("p", "代理权限：特别授权（代为申请执行、提供财产线索、参与和解、代为签收法律文书、代为领取执行款）。"),
    ]
    _, y = run_on(blocks, s, float(TOP + 160), f=f, lh=80)
    s.text(s.width - RIGHT - mm(80), y + 60, "委托人：", f)
    if a.kind == "organisation":
        seal(s, s.width - RIGHT - mm(35), y + 80, a.name, rng)
    else:
        signature(s, s.width - RIGHT - mm(55), y + 50, a.name, rng)
    s.text(s.width - RIGHT - mm(80), y + 160, "受托人：", f)
    signature(s, s.width - RIGHT - mm(55), y + 150, c.agent, rng)
    hand(s, s.width - RIGHT - mm(70), y + 260, f"{(c.filed_on - timedelta(days=3)):%Y年%-m月%-d日}", rng, size=42, ink=(20, 20, 20))
    return [s]


def _letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s, y = _firm_page(c, "律师事务所函")
    s.right(s.width - RIGHT, y, f"皖{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", font("sans", 34))
    blocks: list[Block] = [
        ("f", f"{COURT}："),
        ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}执行一案的代理人。"),
        ("p", "特此函告。"),
        ("f", f"附：授权委托书一份　律师执业证号：{c.extra['licence']}"),
    ]
    _, y = run_on(blocks, s, y + 80, f=font("serif", 42), lh=80)
    s.right(s.width - RIGHT, y + 140, f"{c.filed_on - timedelta(days=3):%Y年%-m月%-d日}", font("serif", 42))
    seal(s, s.width - RIGHT - mm(30), y + 140, c.firm, rng)
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    s.centred(TOP, "执行和解协议", font("microhei", 64), spacing=6)
    first = (c.amount * Decimal("0.5")).quantize(Decimal("1"))
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
        ("p", f"关于{c.number}执行一案，经{COURT}执行局主持，甲乙双方自愿达成如下和解协议："),
        ("p", f"一、乙方于{c.extra['paid_on']:%Y年%-m月%-d日}前向法院执行款专户一次性支付{money(c.amount)}"
              f"（其中首期{money(first)}已于签约当日交付）；"),
        ("p", "二、乙方按期付清后，甲方放弃迟延履行期间的加倍债务利息；"),
        ("p", "三、乙方未按期付款的，甲方可申请恢复执行原生效法律文书；"),
        ("p", "四、本协议一式三份，甲乙双方各执一份，交法院一份附卷。"),
    ]
    _, y = run_on(blocks, s, float(TOP + 140), f=font("microhei", 40), lh=74)
    s.text(LEFT, y + 70, "甲方：", font("microhei", 40))
    s.text(s.width // 2, y + 70, "乙方：", font("microhei", 40))
    if a.kind == "organisation":
        seal(s, LEFT + mm(40), y + 100, a.name, rng)
    else:
        signature(s, LEFT + mm(20), y + 60, a.name, rng)
    if r.kind == "organisation":
        seal(s, s.width // 2 + mm(40), y + 100, r.name, rng)
    else:
        signature(s, s.width // 2 + mm(20), y + 60, r.name, rng)
    s.centred(y + 260, f"{c.day(30):%Y年%-m月%-d日}", font("microhei", 40))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.text(LEFT, mm(20), c.extra["in_bank"].split("银行")[0] + "银行", font("sans_bold", 46), fill=(20, 90, 60))
    s.centred(mm(34), "网上银行电子回单", font("sans_bold", 54))
    r = c.respondent
    payer = r.name
    rows = [["交易日期", f"{c.extra['paid_on']:%Y-%m-%d}", "回单编号", f"{rng.randint(10**11, 10**12 - 1)}"],
            ["付款人户名", payer, "收款人户名", "黄山市屯溪区人民法院"],
            ["付款账号", c.extra.get("r_acct", f"6228{rng.randint(10**11, 10**12 - 1)}"), "收款账号", f"1208{rng.randint(10**11, 10**12 - 1)}"],
            ["金额（小写）", f"CNY {c.amount:,.2f}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}执行款", "交易渠道", "网上银行"]]
    y = table(s, LEFT - mm(10), mm(48), [mm(30), mm(56), mm(30), mm(56)], rows, font("sans", 30), row_h=90)
    s.text(LEFT - mm(10), y + 20, "本回单可通过网银验证真伪，重复打印无效。", font("sans", 28))
    seal(s, s.width - RIGHT - mm(30), y - 40, c.extra["in_bank"].split("银行")[0] + "银行电子回单专用章", rng, radius=mm(17))
    s.text(LEFT - mm(10), y + 70, f"打印日期：{c.extra['paid_on'] + timedelta(days=1):%Y-%m-%d}", font("sans", 28))
    return [s]
