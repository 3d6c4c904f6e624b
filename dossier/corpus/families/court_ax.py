"""The family court_ax (广东省佛山市南海区人民法院, held out: drawn blind). 南海 is a manufacturing district: aluminium
profiles in 大沥, ceramics in 西樵 and 小塘, furniture and 家电 suppliers, and village 经济社 leasing factory land. Its
bureau's own papers (受理, 缴费, 通知, 裁定, 协助, 结案, the archive's cover and forms) are drawn here; papers that
reach it from others (the 佛山中院 二审 judgment, the 佛山仲裁委员会 award, the 顺德法院 司法确认 ruling, lawyers'
papers, copies of IDs and licences, bank and e-bill printouts) in court_ax_papers."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, id_number, money, num_date, person_name
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families import court_ax_papers as papers
from dossier.corpus.families.court_ax_kit import (
    COURT,
    COURT_SEAL,
    Sign,
    basis_title,
    grid,
    uscc,
    what,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, typeset

PROFILE_SEQ, TILE_SEQ, LEASE_SEQ = 14127, 14388, 14615
"""the three case numbers: 铝型材 货款 (佛山中院 二审), 陶瓷釉料 award (佛山仲裁委), 村集体 lease (顺德 司法确认)"""

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "settlement_agreement", "payment_voucher",
    "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | papers.RECEIVED

HOUSE = House(body="serif", body_mm=5.4, leading=1.85, title="serif_bold", title_mm=9.5, title_spacing_mm=3.0,
              heading="above", top=30, bottom=30, left=28, right=25, footer="slash")
"""南海法院's batch-printed notices and rulings: court name above a letter-spaced title, page n/m at the right foot"""
NOTE_HOUSE = House(body="song_gb", body_mm=5.2, leading=1.7, title="hei", title_mm=8.0, title_spacing_mm=1.2,
                   heading="above", top=26, bottom=26, left=26, right=24, footer="none")
"""the 诉讼服务中心's shorter printouts (结案通知, 和解协议 template): tighter, 黑体 title"""


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 南海: its story (by case number), its parties and its basis."""
    seq = int(c.number.split("执")[-1].removesuffix("号"))
    story = {PROFILE_SEQ: "profile", TILE_SEQ: "tile", LEASE_SEQ: "lease"}[seq]
    c.extra["story"] = story
    y = c.filed_on.year
    town = rng.choice(["桂城街道", "大沥镇", "里水镇", "狮山镇", "西樵镇", "丹灶镇", "九江镇"])
    a = c.applicant
    a.address = f"广东省佛山市南海区{town}{rng.choice(['海八路', '南海大道', '桂澜路', '广佛路', '黄岐'])}" \
                f"{rng.randint(2, 288)}号{rng.randint(1, 30)}座{rng.randint(101, 2302)}房"
    a.id_number = id_number(rng, "440605", a.born)
    resp_rep = person_name(rng)
    c.firm = rng.choice(["广东南天明律师事务所", "广东桂城律师事务所", "广东海嘉律师事务所"])
    c.extra["firm_addr"] = f"佛山市南海区桂城街道{rng.choice(['灯湖东路', '天佑三路', '南桂东路'])}{rng.randint(1, 40)}号" \
                           f"{rng.randint(8, 28)}楼"
    c.extra["lic_no"] = f"1440620{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["广东南海农村商业银行桂城支行", "中国工商银行佛山南海支行", "中国农业银行佛山南海桂城支行"])
    c.extra["acct"] = f"80020000{rng.randint(10**9, 10**10 - 1)}"
    c.extra["resp_bank"] = rng.choice(["中国建设银行佛山南海大沥支行", "佛山农村商业银行狮山支行", "广发银行佛山南海支行"])
    c.extra["resp_acct"] = f"4405016{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50)) if c.amount > 10000 else Decimal(50)
    c.extra["pay_day"] = c.day(rng.randint(38, 58))
    c.extra["trial_judge"] = person_name(rng)
    c.extra["bill_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    c.extra["court_acct"] = f"2013020{rng.randint(10**11, 10**12 - 1)}"
    if story == "profile":
        c.respondent = Party(f"佛山市南海区{rng.choice(['沥雅', '雅铂', '名匠', '鸿盛'])}家具制造有限公司", "organisation",
                             uscc(rng, "440605"), f"佛山市南海区大沥镇{rng.choice(['黄岐', '盐步', '凤池'])}工业区"
                             f"{rng.choice(['兴业路', '沥东路'])}{rng.randint(3, 80)}号", f"0757-8{rng.randint(1000000, 9999999)}",
                             legal_rep=resp_rep)
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = rng.choice(["6063铝合金型材", "家具用铝合金框架型材", "铝合金门窗型材"])
        c.basis_kind = "judgment"
        c.basis_court = "广东省佛山市中级人民法院"
        c.basis_number = f"（{y - 1}）粤06民终{rng.randint(2000, 16999)}号"
        c.extra["first_no"] = f"（{y - 1}）粤0605民初{rng.randint(3000, 39999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["first_day"] = c.basis_effective - timedelta(days=rng.randint(120, 180))
    elif story == "tile":
        c.respondent = Party(f"佛山市南海区{rng.choice(['西樵', '小塘', '金沙'])}{rng.choice(['新豪', '宏宇', '嘉冠'])}陶瓷有限公司",
                             "organisation", uscc(rng, "440605"),
                             f"佛山市南海区{rng.choice(['西樵镇太平工业区', '狮山镇小塘五星工业区', '丹灶镇金沙工业区'])}"
                             f"{rng.randint(1, 60)}号", f"0757-8{rng.randint(1000000, 9999999)}", legal_rep=resp_rep)
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = rng.choice(["陶瓷釉料及色料", "抛釉砖用釉料", "高岭土及长石粉"])
        c.basis_kind = "arbitration"
        c.basis_court = "佛山仲裁委员会"
        c.basis_number = f"（{y - 1}）佛仲字第{rng.randint(300, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 120))
        c.extra["first_day"] = c.basis_effective - timedelta(days=rng.randint(70, 110))
        c.extra["arbitrator"] = person_name(rng)
        c.extra["instal"] = (c.amount * Decimal("0.4")).quantize(Decimal("0.01"))
    else:
        village = rng.choice(["沙涌", "北村", "赤山", "西岸", "东秀"])
        c.applicant = Party(f"佛山市南海区里水镇{village}股份合作经济社", "organisation", uscc(rng, "440605", head="N2"),
                            f"佛山市南海区里水镇{village}村{rng.choice(['大街', '中心路'])}{rng.randint(1, 30)}号",
                            f"0757-85{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"佛山市{rng.choice(['乐从', '龙江'])}{rng.choice(['尚品', '华源', '美居'])}家具有限公司",
                             "organisation", uscc(rng, "440606"),
                             f"佛山市顺德区乐从镇{rng.choice(['三乐路', '家具大道'])}{rng.randint(8, 200)}号",
                             f"0757-28{rng.randint(100000, 999999)}", legal_rep=resp_rep)
        c.extra["cause"] = "土地租赁合同纠纷"
        c.extra["village"] = village
        c.extra["plot"] = f"{village}村“{rng.choice(['大塘', '围田', '沙基'])}”地段集体建设用地约{rng.randint(6, 30)}亩及地上厂房"
        c.basis_kind = "mediation"
        c.basis_court = "广东省佛山市顺德区人民法院"
        c.basis_number = f"（{y - 1}）粤0606民特{rng.randint(100, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 100))
        c.extra["first_day"] = c.basis_effective - timedelta(days=rng.randint(10, 25))
        c.extra["mediator"] = person_name(rng)
        c.extra["months"] = rng.randint(5, 14)
    c.extra["resp_rep"] = c.respondent.legal_rep


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return _own(code, c, rng, served)
    return papers.render(code, c, rng, served)


def _typed(c: CaseCtx, title: str, blocks: list[tuple[str, str]], rng: random.Random, *, number: bool = True,
           house: House = HOUSE, sealed: bool = True) -> list[Sheet]:
    doc = Paper(title, blocks, issuer=COURT, number=c.number if number else "", seal=COURT_SEAL if sealed else "")
    return typeset(doc, house, rng)


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = what(c)
    sign = Sign(c)
    if code == "acceptance_notice":
        return _typed(c, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，申请执行的依据为{basis_title(c)}。经审查，符合法定受理条件，"
                  f"本院已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", "本案由本院执行局执行实施团队办理。你（单位）可通过“粤公正”小程序或广东法院诉讼服务网查询案件进度；如发现被执行人"
                  "新的财产线索，请及时书面提交本院。申请执行人提供的收款账户如有变更，应及时书面告知。"),
            ("p", f"执行员：{c.officer}　联系电话：{c.court.phone}"),
            ("gap", ""), *sign.date_block(c.filed_on)], rng)
    if code == "payment_notice":
        return _typed(c, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，根据《诉讼费用交纳办法》第十条第（一）项、第十四条第（一）项的"
                  f"规定，应交纳申请执行费{c.extra['fee']}元。该费用由被执行人负担，由本院在执行到位款项中优先扣收后退还你（单位）"
                  "预交部分；你（单位）亦可在七日内预交。"),
            ("p", "交费方式：广东法院诉讼服务网“网上交费”或南海法院诉讼服务中心自助缴费机（支持银联卡、微信、支付宝），交费后取得"
                  "广东省非税收入电子票据。"),
            ("gap", ""), *sign.date_block(c.filed_on)], rng)
    if code == "enforcement_notice":
        return _typed(c, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与你（单位）{c.extra['cause']}一案，{basis_title(c)}已经发生法律效力。申请执行人{a.name}"
                  f"于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照《中华人民共和国民事诉讼法》第二百五十一条的规定，"
                  "责令你（单位）自本通知送达之日起立即履行下列义务："),
            ("f", f"一、向申请执行人支付{money(c.amount)}；"),
            ("f", "二、加倍支付迟延履行期间的债务利息；"),
            ("f", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法查封、扣押、冻结、拍卖、变卖你（单位）的财产，并可将你（单位）纳入失信被执行人名单、"
                  "对你（单位）及法定代表人采取限制消费措施。"),
            ("gap", ""), *sign.date_block(c.day(2))], rng)
    if code == "property_report_order":
        return _typed(c, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{case}，依照《中华人民共和国民事诉讼法》第二百五十二条、《最高人民法院关于民事执行中财产调查若干问题的"
                  "规定》第三条至第五条的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况（随附《财产申报表》）。"),
            ("p", "报告财产应包括：银行存款、现金、理财产品；不动产；机动车辆、机器设备、原材料及存货；股权、投资权益；到期债权"
                  "（含应收货款、租金）；其他应当报告的财产。报告期间财产发生变动的，应当自变动之日起十日内补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("gap", ""), *sign.date_block(c.day(2))], rng)
    if code == "enforcement_ruling":
        target = (f"冻结、扣划被执行人{r.name}在{c.extra['resp_bank']}账户（账号{c.extra['resp_acct']}）内的存款，"
                  f"以{money(c.amount + c.extra['fee'])}为限")
        return _typed(c, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation"
             else f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or date(1980, 1, 1))}出生，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人未在执行通知书指定的期间内履行生效法律文书确定的义务。经网络执行查控系统查询，"
                  f"被执行人在{c.extra['resp_bank']}有存款。依照《中华人民共和国民事诉讼法》第二百五十三条、第一百五十七条第一款"
                  "第十一项的规定，裁定如下："),
            ("p", target + "。"),
            ("p", "本裁定立即执行。"),
            ("gap", ""), *sign.bench(), *sign.date_block(c.day(rng.randint(16, 24)), clerk=True)], rng)
    if code == "assistance_notice":
        return _typed(c, "协助执行通知书", [
            ("f", f"{c.extra['resp_bank']}："),
            ("p", f"关于{case}，本院作出的{c.number}执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》第二百五十三条"
                  "的规定，请协助执行下列事项："),
            ("p", f"扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户{c.extra['resp_acct']}内存款"
                  f"{money(c.amount + c.extra['fee'])}，划至本院执行款专户：户名佛山市南海区人民法院，开户行中国工商银行佛山南海"
                  f"支行，账号{c.extra['court_acct']}，附言请注明案号。"),
            ("p", "如账户余额不足，请先冻结现有余额并将扣划、冻结情况书面回复本院。"),
            ("f", "附：执行裁定书一份；执行公务证件复印件。"),
            ("gap", ""), *sign.date_block(c.day(rng.randint(16, 24)), officer=True)], rng)
    if code == "settlement_agreement":
        return _settlement(c, rng)
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    if code == "closing_notice":
        return _typed(c, "结案通知书", [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"本院执行的{case}，" + ("被执行人已按执行和解协议分期履行完毕" if c.extra["story"] == "tile"
                  else "被执行人的存款已依法扣划" if c.extra["story"] == "profile" else "被执行人已将拖欠租金全部交付本院")
                  + f"，执行款{money(c.amount)}已于{cn_date(c.extra['pay_day'] + timedelta(days=3))}发放至申请执行人，"
                  "申请执行费已从执行款中扣收。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以"
                  "执行完毕方式结案。"),
            ("p", "特此通知。"), ("gap", ""), *sign.date_block(c.closed_on)], rng, house=NOTE_HOUSE)
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng)]
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code == "dossier_cover":
        return [_cover(c, rng)]
    if code == "catalogue":
        return [_catalogue(c, rng)]
    if code == "file_review_form":
        return [_review(c, rng)]
    return [_remarks(c, rng)]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    first = c.extra["instal"]
    rest = c.amount - first
    d1, d2 = c.day(30), c.day(48)
    c.extra["pay_day"] = d2
    blocks = [
        ("f", f"甲方（申请执行人）：{a.name}，身份证号码{a.id_number}"),
        ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"甲乙双方就{basis_title(c)}的执行（本院案号{c.number}），在执行法官主持下自愿达成如下和解协议："),
        ("f", f"一、乙方确认尚欠甲方货款及仲裁费用共计{money(c.amount)}。"),
        ("f", f"二、乙方于{cn_date(d1)}前支付{money(first)}，于{cn_date(d2)}前支付余款{money(rest)}，"
              "均汇入佛山市南海区人民法院执行款专户并注明案号。"),
        ("f", "三、乙方按期足额付清的，甲方放弃迟延履行期间的加倍利息；任何一期逾期，甲方有权申请恢复执行原仲裁裁决。"),
        ("f", "四、乙方以其仓库存放的抛釉砖成品作为履行担保，履行完毕前不得转移。"),
        ("f", "五、本协议一式三份，甲乙双方各执一份，交本院附卷一份。"),
        ("gap", ""),
        ("hsig", f"甲方：{a.name}"), ("hsig", f"乙方：{r.legal_rep}"), ("sig", "（乙方盖章）"),
        ("date", cn_date(c.day(rng.randint(24, 28)))),
    ]
    doc = Paper("执行和解协议", blocks, number=c.number, seal=c.respondent.name)
    return typeset(doc, NOTE_HOUSE, rng)


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """南海法院's 案款发放 slip from the case-money system, with the bank's e-receipt reference."""
    s = Sheet()
    a = c.applicant
    paid = c.extra["pay_day"] + timedelta(days=rng.randint(1, 4))
    x0, w = mm(18), s.width - mm(36)
    y = float(mm(24))
    s.centred(y, f"{COURT}", font("serif", mm(5.5)))
    y += mm(9)
    s.centred(y, "执行案款发放凭证（代付款审批单）", font("hei", mm(7)), spacing=mm(0.6))
    y += mm(13)
    f = font("sans", mm(3.6))
    s.text(x0, y, f"流水号：NH{paid:%Y%m%d}{rng.randint(100000, 999999)}", f)
    s.right(x0 + w, y, f"打印时间：{paid:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", f)
    y += mm(7)
    rows = [["案号", c.number, "承办人", c.officer],
            ["收款人", a.name, "证件号码", a.id_number],
            ["开户行", c.extra["acct_bank"], "账号", c.extra["acct"]],
            ["到账来源", c.respondent.name, "到账日期", f"{c.extra['pay_day']:%Y-%m-%d}"],
            ["发放金额", f"{c.amount:,.2f}", "大写", money(c.amount).split("（大写：")[1].rstrip("）")],
            ["扣收执行费", f"{c.extra['fee']:,.2f}", "发放方式", "网银代付"],
            ["承办人意见", "案款已到账，核对无误，申请发放。", "庭（局）长", "同意"],
            ["财务复核", "已付款", "银行回单号", f"{rng.randint(10**11, 10**12 - 1)}"]]
    y = grid(s, x0, y, [mm(30), mm(62), mm(28), w - mm(120)], rows, font("sans", mm(3.5)), mm(13))
    hand(s, x0 + w - mm(38), y - mm(22), c.officer, rng, size=mm(5), ink=INK)
    seal(s, x0 + w - mm(45), y - mm(6), "佛山市南海区人民法院", rng, radius=mm(16), inner="财务专用章")
    s.text(x0, y + mm(8), "注：本凭证由执行案款管理系统生成，经财务复核后有效。", font("sans", mm(3.2)))
    return s


def _form_head(s: Sheet, title: str, y: float, c: CaseCtx | None = None) -> float:
    s.centred(y, COURT, font("serif", mm(6)), spacing=mm(0.6))
    y += mm(10)
    s.centred(y, title, font("serif_bold", mm(8)), spacing=mm(2))
    y += mm(14)
    if c is not None:
        s.right(s.width - mm(22), y, c.number, font("serif", mm(4.2)))
        y += mm(8)
    return y


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    r = c.respondent
    y = _form_head(s, "财产申报表", float(mm(22)), c)
    f = font("song_gb", mm(3.8))
    x0 = mm(20)
    cols = [mm(32), mm(48), mm(30), s.width - mm(40) - mm(110)]
    rows = [["申报人", "", "统一社会信用代码", ""], ["法定代表人", "", "联系电话", ""],
            ["银行存款", "", "", ""], ["不动产", "", "", ""], ["车辆", "", "", ""], ["机器设备、存货", "", "", ""],
            ["应收账款", "", "", ""], ["股权投资", "", "", ""], ["其他财产", "", "", ""]]
    heights = [mm(13)] * 2 + [mm(22)] * 7
    top = y
    y = table(s, x0, y, cols, [row[:1] + ([""] if i > 1 else row[1:]) for i, row in enumerate(rows)], f, row_h=heights,
              width=2, centre_first=True)
    fills = [f"{c.extra['resp_bank']}基本户，余额约{int(c.amount * Decimal('0.3')):,}元",
             "无（厂房系租用）", "粤E货车一辆（已抵押）", "生产设备若干，详见清单", "对多家客户应收货款，金额待对账",
             "无", "无"]
    hy = top
    half = (len(r.name) + 1) // 2
    hand(s, x0 + cols[0] + mm(2), hy + mm(0.5), r.name[:half], rng, size=mm(3.8))
    hand(s, x0 + cols[0] + mm(2), hy + mm(6.5), r.name[half:], rng, size=mm(3.8))
    hand(s, x0 + sum(cols[:3]) + mm(2), hy + mm(4), r.id_number, rng, size=mm(3.2))
    hy += mm(13)
    hand(s, x0 + cols[0] + mm(3), hy + mm(3), r.legal_rep, rng, size=mm(5))
    hand(s, x0 + sum(cols[:3]) + mm(2), hy + mm(3), r.phone, rng, size=mm(4))
    hy += mm(13)
    for t in fills:
        hand(s, x0 + cols[0] + mm(3), hy + mm(6), t, rng, size=mm(4.4))
        hy += mm(22)
    y += mm(8)
    for line in wrap("申报人承诺：以上申报内容真实、完整。如有虚假，愿承担法律责任。", f, s.width - mm(44)):
        s.text(x0, y, line, f)
        y += mm(6)
    s.text(x0 + mm(90), y + mm(6), "申报人（签章）：", f)
    hand(s, x0 + mm(125), y + mm(4), r.legal_rep, rng, size=mm(6))
    seal(s, x0 + mm(130), y + mm(8), r.name, rng, radius=mm(17))
    s.text(x0 + mm(90), y + mm(18), f"日期：{num_date(c.day(rng.randint(8, 12)))}", f)
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    """A 网络执行查控系统 (总对总) feedback list, landscape rows printed from the browser."""
    s = Sheet()
    r = c.respondent
    f = font("sans", mm(3.1))
    s.text(mm(12), mm(10), f"{num_date(c.day(4))} 网络执行查控系统", f)
    s.right(s.width - mm(12), mm(10), "https://zxcx.gdcourts.gov.cn/ckxt", f)
    y = float(mm(24))
    s.centred(y, "被执行人财产查询结果（总对总）", font("sans_bold", mm(6)))
    y += mm(12)
    s.text(mm(14), y, f"案号：{c.number}　被执行人：{r.name}　证照号码：{r.id_number}", font("sans", mm(3.4)))
    y += mm(8)
    banks = [c.extra["resp_bank"], "中国工商银行", "招商银行", "广东南海农村商业银行", "中国农业银行", "自然资源部", "公安部车辆"]
    rows = [["序号", "协助单位", "查询结果", "账号/权证", "余额/状态", "反馈时间"]]
    for i, b in enumerate(banks, 1):
        if i == 1:
            rows.append([str(i), b, "有存款", c.extra["resp_acct"], f"{c.amount * Decimal('1.4'):,.2f}", f"{c.day(5):%Y-%m-%d}"])
        elif b.startswith("自然"):
            rows.append([str(i), b, "无登记", "—", "—", f"{c.day(7):%Y-%m-%d}"])
        elif b.startswith("公安"):
            rows.append([str(i), b, "有车辆", f"粤E{rng.choice('ABCDF')}{rng.randint(10000, 99999)}", "抵押", f"{c.day(6):%Y-%m-%d}"])
        else:
            rows.append([str(i), b, rng.choice(["无账户", "有账户", "无账户"]), "—" if rng.random() < 0.5 else
                         f"6{rng.randint(10**14, 10**15 - 1)}", f"{rng.randint(0, 3000)}.{rng.randint(10, 99)}",
                         f"{c.day(rng.randint(4, 7)):%Y-%m-%d}"])
    grid(s, mm(12), y, [mm(11), mm(60), mm(20), mm(44), mm(28), s.width - mm(24) - mm(163)], rows, f, mm(10))
    s.text(mm(12), s.height - mm(14), "1/1", f)
    return s


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_head(s, "执行案件结案审批表", float(mm(22)))
    f = font("song_gb", mm(3.9))
    x0, w = mm(18), s.width - mm(36)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c), "标的金额", f"{c.amount:,.2f}元"],
            ["执行到位", f"{c.amount:,.2f}元", "结案方式", "执行完毕"],
            ["承办人意见", "", "", ""], ["合议庭意见", "", "", ""], ["局长审批", "", "", ""]]
    heights = [mm(14), mm(14), mm(22), mm(14), mm(34), mm(24), mm(24)]
    top = y
    table(s, x0, y, [mm(32), mm(66), mm(28), w - mm(126)], [r if i < 4 else [*r[:1], ""] for i, r in enumerate(rows)],
          f, row_h=heights, centre_first=True)
    y = top + mm(64)
    notes = ["被执行人应履行义务已全部履行，执行款已发放，", "申请执行费已扣收，建议以执行完毕结案。"]
    for t in notes:
        hand(s, x0 + mm(36), y + mm(3), t, rng, size=mm(4.4))
        y += mm(8)
    hand(s, x0 + mm(120), y + mm(3), f"{c.officer} {c.closed_on.month}.{c.closed_on.day - 1 or 1}", rng, size=mm(4.4))
    y = top + mm(98)
    hand(s, x0 + mm(36), y + mm(6), f"同意。{c.judge}", rng, size=mm(4.6))
    y += mm(24)
    hand(s, x0 + mm(36), y + mm(6), f"同意结案。{person_name(rng)}", rng, size=mm(4.6), ink=(200, 40, 40))
    return s


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    from dossier.corpus.families.court_ax_kit import LABELS
    s = Sheet()
    y = _form_head(s, "送 达 回 证", float(mm(24)))
    f = font("song_gb", mm(4.2))
    x0, w = mm(20), s.width - mm(40)
    to_applicant = served == ["acceptance_notice"] or served == ["closing_notice"]
    who = c.applicant if to_applicant else c.respondent
    names = "、".join(LABELS.get(k, k) for k in served)
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["送达文书名称及件数", f"{names}各一份"],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签收", ""], ["代收人及代收理由", ""],
            ["送达方式", ""], ["送达人", ""], ["备注", ""]]
    heights = [mm(13)] * 5 + [mm(30), mm(18), mm(14), mm(14), mm(22)]
    top = y
    table(s, x0, y, [mm(50), w - mm(50)], rows, f, row_h=heights, centre_first=True)
    day = c.filed_on + timedelta(days=3 if "closing_notice" not in served else 78)
    sy = top + mm(65) + mm(4)
    posted = not to_applicant and c.extra["story"] == "lease"  # the 乐从 company is served by EMS, the guard signs
    if posted:
        hand(s, x0 + mm(56), top + mm(95) + mm(4), f"{person_name(rng)}（门卫，代收）", rng, size=mm(5.5), ink=INK)
        hand(s, x0 + mm(56), top + mm(141) + mm(4), f"EMS 1{rng.randint(10**11, 10**12 - 1)} 妥投", rng, size=mm(4.6))
        day += timedelta(days=2)
    else:
        signer = c.agent if to_applicant else c.respondent.legal_rep
        hand(s, x0 + mm(60), sy + mm(4), signer, rng, size=mm(7), ink=INK)
    hand(s, x0 + mm(110), sy + mm(16), f"{day.year}.{day.month}.{day.day}", rng, size=mm(4.6), ink=INK)
    s.text(x0 + mm(56), top + mm(113) + mm(3.5), "直接送达　　　邮寄送达　　　电子送达", f)
    hand(s, x0 + mm(80 if posted else 50.5), top + mm(113) + mm(1), "√", rng, size=mm(6), ink=INK)
    hand(s, x0 + mm(56), top + mm(127) + mm(2), f"{c.officer}　{c.clerk}", rng, size=mm(5))
    s.text(x0, top + mm(168), "注：受送达人拒绝签收的，送达人应在备注栏注明情况。", font("song_gb", mm(3.4)))
    return s


def _cover(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet(paper=(246, 240, 226))
    s.centred(mm(40), COURT, font("serif_bold", mm(9)), spacing=mm(1.5))
    s.centred(mm(62), "执 行 卷 宗", font("serif_bold", mm(15)), spacing=mm(4))
    s.centred(mm(90), "（ 正 卷 ）", font("serif", mm(6)))
    f = font("song_gb", mm(5))
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["承办人", c.officer], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
            ["结案方式", "执行完毕"], ["归档日期", cn_date(c.closed_on + timedelta(days=rng.randint(20, 40)))],
            ["保管期限", "长期"], ["本卷共", "　　页"]]
    table(s, mm(30), mm(112), [mm(40), s.width - mm(60) - mm(40)], rows, f, row_h=mm(12), centre_first=True)
    hand(s, mm(112), mm(112) + mm(11 * 12) + mm(2), str(rng.randint(58, 96)), rng, size=mm(6))
    s.text(mm(30), s.height - mm(30), f"全宗号 {rng.randint(100, 300)}　目录号 {rng.randint(1, 9)}　案卷号 {rng.randint(1000, 9999)}",
           font("song_gb", mm(4)))
    return s


def _catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = float(mm(24))
    s.centred(y, "卷 内 目 录", font("serif_bold", mm(9)), spacing=mm(2))
    y += mm(16)
    s.text(mm(20), y, f"案号：{c.number}", font("serif", mm(4.2)))
    y += mm(9)
    items = ["执行案件立案材料", "强制执行申请书", "仲裁裁决书", "生效证明书", "当事人身份证明、授权委托书、律师所函及执业证",
             "财产线索表、送达地址确认书、收取案款确认书", "诉讼费票据", "受理案件通知书、交纳执行申请费通知书",
             "执行通知书、报告财产令、财产申报表", "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议",
             "执行案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"]
    rows = [["序号", "文件名称", "日期", "页号", "备注"]]
    page = 1
    for i, t in enumerate(items, 1):
        n = rng.randint(1, 4)
        rows.append([str(i), t, f"{c.day(min(i * 4, 75)):%Y%m%d}", f"{page}-{page + n - 1}" if n > 1 else str(page), ""])
        page += n
    grid(s, mm(16), y, [mm(14), mm(100), mm(26), mm(20), s.width - mm(32) - mm(160)], rows, font("song_gb", mm(3.6)), mm(11.5))
    return s


def _review(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = _form_head(s, "执行卷宗归档复核表", float(mm(22)))
    f = font("song_gb", mm(4))
    x0, w = mm(20), s.width - mm(40)
    checks = ["立案材料齐全", "执行依据及生效证明入卷", "法律文书送达回证齐全", "案款发放凭证入卷", "结案审批手续完备",
              "卷内文书排列有序、页码连续", "电子卷宗已同步生成"]
    rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk]] + [[t, ""] for t in checks] + [["复核意见", ""]]
    top = y
    table(s, x0, y, [mm(90), w - mm(90)], rows, f, row_h=[mm(12)] * 10 + [mm(30)])
    for i in range(len(checks)):
        hand(s, x0 + mm(118), top + mm(12) * (3 + i) + mm(2), "是", rng, size=mm(5))
    hand(s, x0 + mm(95), top + mm(120) + mm(6), f"符合归档要求。{c.clerk}", rng, size=mm(5))
    hand(s, x0 + mm(110), top + mm(120) + mm(18), num_date(c.closed_on + timedelta(days=12)), rng, size=mm(4.2))
    return s


def _remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    y = float(mm(30))
    s.centred(y, "卷 宗 备 考 表", font("serif_bold", mm(9)), spacing=mm(2))
    y += mm(20)
    s.box(mm(22), y, s.width - mm(22), s.height - mm(40))
    f = font("song_gb", mm(4.4))
    s.text(mm(28), y + mm(8), "本卷情况说明：", f)
    hand(s, mm(34), y + mm(20), f"本卷共{rng.randint(58, 96)}页，案款已全部发放，无遗留事项。", rng, size=mm(5))
    s.text(mm(100), s.height - mm(90), "立卷人：", f)
    hand(s, mm(124), s.height - mm(92), c.clerk, rng, size=mm(6))
    s.text(mm(100), s.height - mm(74), "检查人：", f)
    hand(s, mm(124), s.height - mm(76), c.officer, rng, size=mm(6))
    s.text(mm(100), s.height - mm(58), f"立卷时间：{num_date(c.closed_on + timedelta(days=14))}", f)
    return s

