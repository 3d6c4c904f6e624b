"""court_bt (云南省大理市人民法院, held out): the court at 下关 under 苍山 and 洱海 — 古城 guesthouses, 周城 扎染
workshops, 乳扇 makers, tea traders. The bureau's own papers are drawn here in its house style (court name in hei,
title letter-spaced in song, 案号 flush right); the papers it receives (the 州中院 judgments, the 大理仲裁委员会 award,
lawyers' papers, ID and licence copies, bank slips, 非税 receipts) are drawn in court_bt_papers in their authors'
styles. The parties scan their own papers at the 诉讼服务中心's kiosk (court_bt_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, num_date, person_name
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.families.court_bt_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

COURT = "云南省大理市人民法院"
MINSU_SEQ, CRAFT_SEQ, TEA_SEQ = 50117, 50263, 50408
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "property_declaration_form",
    "online_inquiry_result", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书（冻结、划拨）",
         "termination_this_round_ruling": "执行裁定书（终结本次执行）", "closing_notice": "结案通知书",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "失信决定书", "summons": "传票",
         "effectiveness_certificate": "生效证明书", "settlement_agreement": "执行和解协议"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Dali parties and bases. MINSU_SEQ: a 古城 guesthouse company loses a renovation contract appeal at the 州中院
    and pays after its 微信/支付宝 merchant funds are frozen and deducted; CRAFT_SEQ: this court's own 民事调解书 on
    乳扇 and 扎染 goods, settled by 执行和解 and performed; TEA_SEQ: a 大理仲裁委员会 award on 普洱 tea, 终本."""
    seq = int(c.number.split("执")[-1].rstrip("号"))
    story = {MINSU_SEQ: "minsu", CRAFT_SEQ: "crafts", TEA_SEQ: "tea"}[seq]
    c.extra["story"] = story
    year = c.filed_on.year
    born = date(rng.randint(1968, 1992), rng.randint(1, 12), rng.randint(1, 28))
    village = rng.choice(["喜洲镇", "湾桥镇", "银桥镇", "大理镇", "海东镇", "凤仪镇"])
    who = person_name(rng) if story != "crafts" else rng.choice(["段", "杨", "赵", "李"]) + rng.choice(["金花", "丽娟", "国华"])
    c.applicant = Party(who, "person", id_number(rng, "532901", born),
                        f"云南省大理市{village}{rng.choice(['上关村', '周城村', '仁里邑村', '古生村'])}{rng.randint(1, 240)}号",
                        f"1388720{rng.randint(1000, 9999)}", born=born, sex=rng.choice("男女"))
    rep = person_name(rng)
    if story == "minsu":
        name = f"大理{rng.choice(['苍洱云栖', '洱畔拾光', '古城听风'])}客栈管理有限公司"
        addr = f"云南省大理市大理镇{rng.choice(['人民路', '红龙井', '博爱路'])}{rng.randint(20, 380)}号"
        c.amount = Decimal(rng.randint(18_000_000, 46_000_000)) / 100
        c.basis_kind = "judgment"
        c.basis_court = "云南省大理白族自治州中级人民法院"
        c.basis_number = f"（{year - 1}）云29民终{rng.randint(800, 2600)}号"
        c.extra["first_number"] = f"（{year - 2}）云2901民初{rng.randint(3000, 9800)}号"
        c.extra["cause"] = "装饰装修合同纠纷"
    elif story == "crafts":
        name = f"大理{rng.choice(['白族风情', '三塔印象', '洱源乳香'])}特产商贸有限公司"
        addr = f"云南省大理市下关镇{rng.choice(['泰安路', '建设路', '兴盛路'])}{rng.randint(5, 160)}号"
        c.amount = Decimal(rng.randint(6_000_000, 16_000_000)) / 100
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（{year - 1}）云2901民初{rng.randint(2000, 9800)}号"
        c.extra["cause"] = "买卖合同纠纷"
    else:
        name = f"大理{rng.choice(['茶马古韵', '苍山雪芽', '南诏普香'])}茶业有限公司"
        addr = f"云南省大理市经济开发区{rng.choice(['满江片区', '上登工业园'])}{rng.randint(1, 60)}号"
        c.amount = Decimal(rng.randint(9_000_000, 30_000_000)) / 100
        c.basis_kind = "arbitration"
        c.basis_court = "大理仲裁委员会"
        c.basis_number = f"（{year - 1}）大仲字第{rng.randint(60, 480)}号"
        c.extra["cause"] = "买卖合同纠纷"
    c.respondent = Party(name, "organisation", credit_code(rng, "532901"), addr, f"0872-{rng.randint(2100000, 2699999)}",
                         legal_rep=rep)
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 120))
    c.firm = rng.choice(["云南苍洱律师事务所", "云南榆城律师事务所", "云南洱海明珠律师事务所"])
    c.extra["firm_addr"] = f"大理市下关镇{rng.choice(['苍山路', '龙山路', '榆华路'])}{rng.randint(10, 300)}号"
    c.extra["lic"] = f"15329{year - rng.randint(4, 15)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = (c.amount * Decimal("0.009") + 50).quantize(Decimal("1"))
    c.extra["pay_bank"] = rng.choice(["中国农业银行大理下关支行", "大理农村商业银行古城支行", "富滇银行大理分行"])
    c.extra["pay_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    c.extra["merchant"] = f"1{rng.randint(10**9, 10**10 - 1)}"
    c.extra["alipay"] = f"2088{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = "2409 0201 0904 0000 587"
    c.extra["bailiff"] = person_name(rng)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    return _OWN[code](c, rng, served)


# --- the bureau's house style ---------------------------------------------------------------------------------

LX, RX = mm(28), mm(182)


def _head(s: Sheet, title: str, number: str, *, y: float = mm(24)) -> float:
    s.centred(y, COURT, font("hei", 58), spacing=8)
    y += mm(11)
    s.centred(y, title, font("serif_bold", 74), spacing=26 if len(title) <= 6 else 8)
    y += mm(14)
    if number:
        s.right(RX, y, number, font("serif", 44))
        y += mm(10)
    return y


def _paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[Block], *, sign: list[str], day: date,
           number: str | None = None) -> list[Sheet]:
    """A typed court paper: head, body that may run onto a second sheet, signature block and the court's seal."""
    f = font("serif", 46)
    sheets = [Sheet()]
    y = _head(sheets[0], title, c.number if number is None else number)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(25)

    y = flow(sheets[0], blocks, f, x0=LX, width=RX - LX, y=y, line_height=mm(9.2), indent=mm(11),
             bottom=mm(262), more=more)
    s = sheets[-1]
    if y > mm(225):
        s, y = more()
    y += mm(8)
    for line in sign:
        s.right(RX - mm(6), y, line, f)
        y += mm(8.5)
    s.right(RX - mm(6), y + mm(2), cn_date(day), f)
    seal(s, RX - mm(34), y - mm(4), COURT, rng)
    if len(sheets) > 1:
        for i, sh in enumerate(sheets):
            sh.page_of = (i + 1, len(sheets))
            sh.centred(mm(282), f"第{i + 1}页 共{len(sheets)}页", font("serif", 34))
    return sheets


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    return [("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else 1980}年生，白族，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。")]


def _basis(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "mediation": "民事调解书", "arbitration": "裁决书"}[c.basis_kind]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _assets(c: CaseCtx) -> str:
    if c.extra["story"] == "minsu":
        return (f"被执行人在财付通支付科技有限公司的微信支付商户号{c.extra['merchant']}项下资金、在支付宝（中国）网络技术"
                f"有限公司的账户{c.extra['alipay']}项下资金")
    if c.extra["story"] == "crafts":
        return "被执行人在大理农村商业银行下关支行开立的基本存款账户内存款"
    return "被执行人在中国邮政储蓄银行大理市支行开立的账户内存款"


def _acceptance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"{c.applicant.name}："),
        ("p", f"你（单位）申请执行{c.respondent.name}{c.extra['cause']}一案，本院经审查，符合受理条件，决定立案执行。"
              f"案号为{c.number}。现将有关事项通知如下："),
        ("p", "一、本案由执行局执行实施团队办理，执行员" + c.officer + "，联系电话" + c.court.phone + "。"),
        ("p", "二、你方应积极提供被执行人的财产线索；如知悉被执行人的微信、支付宝等网络支付账户，请一并提供。"),
        ("p", "三、本院将通过最高人民法院网络执行查控系统对被执行人财产进行查询，并依法采取执行措施。"),
        ("p", f"四、申请执行费{c.extra['fee']}元由被执行人负担，本院执行到位后一并扣收。"),
        ("p", "五、案件进展可通过“移动微法院”或拨打12368诉讼服务热线查询。"),
    ]
    return _paper(c, rng, "受理案件通知书", blocks, sign=[], day=c.day(0))


def _payment_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _head(s, "缴款通知书", c.number)
    f = font("serif", 44)
    s.text(LX, y, f"{c.respondent.name}：", f)
    y += mm(10)
    rows = [["案  由", c.extra["cause"]], ["应缴款项", f"执行标的款及申请执行费共计{c.amount + c.extra['fee']:,.2f}元"],
            ["收款单位", "大理市人民法院案款专户"], ["开户银行", "中国建设银行大理分行营业部"],
            ["账    号", c.extra["court_acct"]], ["缴款期限", f"接到本通知之日起五日内（{num_date(c.day(7))}前）"],
            ["备    注", f"汇款时请注明“{c.number}”及缴款人名称"]]
    y = table(s, LX, y, [mm(38), RX - LX - mm(38)], rows, font("serif", 40), row_h=mm(15), centre_first=True)
    y += mm(10)
    s.text(LX, y, "逾期不缴纳的，本院将依法强制执行。", f)
    s.right(RX - mm(6), y + mm(22), cn_date(c.day(2)), f)
    seal(s, RX - mm(34), y + mm(18), COURT, rng)
    return [s]


def _enforcement_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"{c.respondent.name}："),
        ("p", f"{c.applicant.name}与你单位{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。申请执行人"
              f"{c.applicant.name}于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。依照{LAW}第二百五十二条"
              "及《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第二十二条的规定，责令你单位自收到本通知之日起"
              "立即履行下列义务："),
        ("p", f"一、向申请执行人支付{c.amount:,.2f}元及迟延履行期间的债务利息；"),
        ("p", f"二、负担申请执行费{c.extra['fee']}元。"),
        ("p", "逾期不履行的，本院将依法冻结、划拨你单位的存款及网络支付账户资金，查封、扣押、拍卖、变卖你单位的财产，"
              "并可将你单位纳入失信被执行人名单、限制消费。"),
        ("f", "联系人：" + c.officer + "    联系电话：" + c.court.phone),
    ]
    return _paper(c, rng, "执行通知书", blocks, sign=[], day=c.day(2))


def _report_order(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"被执行人：{c.respondent.name}"),
        ("p", f"本院依据已经发生法律效力的{_basis(c)}，于{num_date(c.filed_on)}立案执行。依照{LAW}第二百五十二条规定，"
              "责令你单位在收到此令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，包括收入、银行存款、"
              "网络支付账户余额、现金、理财产品、有价证券、土地使用权、房屋、车辆及其他财产。"),
        ("p", "你单位拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
    ]
    return _paper(c, rng, "报告财产令", blocks, sign=[], day=c.day(2))


def _ruling_head(c: CaseCtx) -> list[Block]:
    return _parties(c)


def _enforcement_ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [
        *_ruling_head(c),
        ("p", f"本院在执行{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案中，因被执行人未按执行通知"
              f"履行{_basis(c)}确定的义务，依照{LAW}第二百四十九条、第二百五十条、第二百五十二条的规定，裁定如下："),
        ("p", f"冻结、划拨{_assets(c)}人民币{c.amount + c.extra['fee']:,.2f}元。"),
        ("p", "本裁定立即执行。"),
    ]
    return _paper(c, rng, "执行裁定书", blocks, sign=["审 判 长  " + c.judge, "审 判 员  " + c.officer,
                                                     "书 记 员  " + c.clerk], day=c.day(6))


def _ttr_ruling(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [
        *_ruling_head(c),
        ("p", f"本院在执行{_basis(c)}过程中，通过网络执行查控系统查询被执行人名下银行存款、车辆、不动产、证券、网络支付"
              "账户等财产，仅冻结、扣划存款数千元；实地调查其位于经济开发区的厂房，系租赁使用，库存普洱茶饼已另案抵押。"
              "本院已向被执行人发出限制消费令，并将其纳入失信被执行人名单。申请执行人在约谈中表示暂不能提供其他可供执行的"
              "财产线索，同意终结本次执行程序。"),
        ("p", f"本院认为，被执行人暂无可供执行的财产，依照{LAW}第一百五十七条第一款第十一项，《最高人民法院关于适用"
              "〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后即发生法律效力。"),
    ]
    return _paper(c, rng, "执行裁定书", blocks, sign=["审 判 长  " + c.judge, "审 判 员  " + c.officer,
                                                     "书 记 员  " + c.clerk], day=c.closed_on - timedelta(days=3))


def _assistance(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    who = {"minsu": "财付通支付科技有限公司", "crafts": "大理农村商业银行股份有限公司下关支行",
           "tea": "中国邮政储蓄银行股份有限公司大理市支行"}[c.extra["story"]]
    num = c.number.replace("号", f"之{rng.randint(1, 3)}号")
    blocks: list[Block] = [
        ("f", f"{who}："),
        ("p", f"关于{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书"
              "已经发生法律效力。依照" + LAW + "第二百四十九条的规定，请协助执行下列事项："),
        ("p", f"冻结并划拨被执行人{c.respondent.name}（统一社会信用代码{c.respondent.id_number}）"
              f"{'微信支付商户号' + c.extra['merchant'] if c.extra['story'] == 'minsu' else '账户'}内资金人民币"
              f"{c.amount + c.extra['fee']:,.2f}元，划至本院执行款专户（{c.extra['court_acct']}）。"),
        ("f", "附：执行裁定书一份"),
        ("f", f"经办人：{c.officer}  {c.extra['bailiff']}    电话：{c.court.phone}"),
    ]
    return _paper(c, rng, "协助执行通知书", blocks, sign=[], day=c.day(7), number=num)


def _closing_notice(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    how = ("经本院冻结、划拨被执行人网络支付商户账户资金" if c.extra["story"] == "minsu"
           else "双方当事人达成执行和解协议，被执行人已按协议履行")
    blocks: list[Block] = [
        ("f", f"{c.applicant.name}、{c.respondent.name}："),
        ("p", f"本院受理的{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案（{c.number}），{how}，"
              f"申请执行人已领取案款{c.amount:,.2f}元，{_basis(c)}确定的义务已全部履行完毕。"),
        ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。"),
        ("p", "特此通知。"),
    ]
    return _paper(c, rng, "结案通知书", blocks, sign=[], day=c.closed_on)


def _restriction(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"被限制消费人：{c.respondent.name}，统一社会信用代码{c.respondent.id_number}，住所地{c.respondent.address}。"),
        ("f", f"法定代表人：{c.respondent.legal_rep}。"),
        ("p", f"本院于{num_date(c.filed_on)}立案执行申请执行人{c.applicant.name}申请执行你单位{c.extra['cause']}一案，"
              "因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费"
              "及有关消费的若干规定》第一条、第三条的规定，对你单位及你单位法定代表人" + c.respondent.legal_rep +
              "采取限制消费措施，限制下列高消费及非生活和工作必需的消费行为："),
        ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
              "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
              "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
              "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
        ("p", "如违反本限制消费令，经查证属实的，本院将依照" + LAW + "第一百一十四条的规定，予以罚款、拘留；情节严重，"
              "构成犯罪的，依法追究刑事责任。"),
    ]
    return _paper(c, rng, "限制消费令", blocks, sign=[], day=c.day(40))


def _dishonest(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    blocks: list[Block] = [
        ("f", f"被执行人：{c.respondent.name}，住所地{c.respondent.address}。"),
        ("f", f"法定代表人：{c.respondent.legal_rep}。"),
        ("p", f"本院在执行{c.applicant.name}申请执行{c.respondent.name}{c.extra['cause']}一案中，被执行人有履行能力而"
              "拒不履行大理仲裁委员会裁决确定的义务，且违反财产报告制度。依照" + LAW + "第二百六十二条、《最高人民法院关于"
              "公布失信被执行人名单信息的若干规定》第一条第一项、第五项的规定，决定如下："),
        ("p", f"将{c.respondent.name}纳入失信被执行人名单，纳入期限为二年。"),
        ("p", "被执行人对本决定不服的，可以向本院申请纠正。本决定一经作出即生效。"),
    ]
    return _paper(c, rng, "决定书", blocks, sign=[], day=c.day(41), number=c.number.replace("号", "之一号"))


def _summons(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _head(s, "传    票", "")
    f = font("serif", 42)
    rows = [["案    号", c.number], ["案    由", c.extra["cause"]], ["被传唤人", f"{c.respondent.name}法定代表人{c.respondent.legal_rep}"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受询问，如实报告财产情况"],
            ["应到时间", f"{num_date(c.day(30))} 上午9时00分"], ["应到处所", "大理市人民法院执行局第二谈话室（下关镇洱河南路88号）"]]
    y = table(s, LX, y, [mm(46), RX - LX - mm(46)], rows, f, row_h=mm(17), centre_first=True)
    y += mm(8)
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                 "三、被传唤人收到传票后，应在送达回证上签名或盖章。", "四、无正当理由拒不到场的，可以依法拘传。"]:
        s.text(LX, y, line, font("serif", 38))
        y += mm(8)
    s.right(RX - mm(6), y + mm(12), cn_date(c.day(24)), f)
    seal(s, RX - mm(34), y + mm(8), COURT, rng)
    s.text(LX, y + mm(30), f"审判员  {c.officer}        书记员  {c.clerk}", f)
    return [s]


def _investigation(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _head(s, "调 查 笔 录", "")
    f = font("serif", 40)
    intro = [f"时间：{num_date(c.day(52))} 10时20分至11时05分", f"地点：{c.respondent.address}（被执行人厂房）",
             f"调查人：{c.officer}、{c.extra['bailiff']}    记录人：{c.clerk}", f"被调查人：{c.respondent.legal_rep}，被执行人法定代表人"]
    for line in intro:
        s.text(LX, y, line, f)
        y += mm(8.5)
    qa = [("问", "我们是大理市人民法院执行局的，依法对你单位财产情况进行调查。你单位现在经营情况如何？"),
          ("答", "去年普洱茶行情不好，压了货，工人都放假了，厂里基本停产。"),
          ("问", "仓库里的茶饼是谁的？"),
          ("答", "大部分抵押给信用社了，剩下两百来提是客户寄存的。"),
          ("问", "厂房是否为你单位所有？"),
          ("答", "是租满江村委会的，租金也欠着。"),
          ("问", "你单位是否有能力履行仲裁裁决确定的退款义务？"),
          ("答", "现在拿不出来，等回款了再还。"),
          ("问", "以上记录是否属实？"), ("答", "属实。")]
    for who, text in qa:
        for k, part in enumerate(_wrap(f"{who}：{text}", f, RX - LX)):
            s.text(LX + (0 if k == 0 else mm(8)), y, part, f)
            y += mm(8.5)
    hand(s, mm(120), y + mm(8), f"以上笔录我看过，属实。{c.respondent.legal_rep}", rng, size=42)
    return [s]


def _wrap(text: str, f: object, width: float) -> list[str]:
    from dossier.corpus.draw import wrap

    return wrap(text, f, width)  # type: ignore[arg-type]


def _declaration(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """A printed declaration form the respondent's staff filled in by hand at the counter."""
    s = Sheet()
    y = _head(s, "财产申报表", c.number)
    f = font("serif", 36)
    rows = [["申报人", "", "统一社会信用代码", ""], ["法定代表人", "", "联系电话", ""],
            ["银行存款", ""], ["网络支付账户", ""], ["不动产", ""], ["车辆", ""], ["对外债权", ""], ["其他财产", ""]]
    widths = [mm(34), mm(46), mm(40), RX - LX - mm(120)]
    y0 = y
    y = table(s, LX, y, widths, rows, f, row_h=mm(20), centre_first=True)
    story = c.extra["story"]
    fills = [c.respondent.name, c.respondent.legal_rep, c.respondent.phone,
             {"minsu": "农商行古城支行基本户，余额约三千元", "crafts": "农商行下关支行基本户",
              "tea": "邮储银行大理市支行，余额几百元"}[story],
             {"minsu": "微信商户号、支付宝收款码各一个（客房收款）", "crafts": "无",
              "tea": "支付宝一个，无余额"}[story],
             "无（客栈房屋系租赁）" if story == "minsu" else "无", "无", "无" if story != "tea" else "应收货款约4万元，对方拖欠",
             "无"]
    hand(s, LX + mm(36), y0 + mm(5), fills[0][:10], rng, size=34)
    hand(s, LX + mm(36), y0 + mm(25), fills[1], rng, size=36)
    hand(s, LX + mm(122), y0 + mm(25), fills[2], rng, size=32)
    hand(s, LX + mm(122), y0 + mm(6), c.respondent.id_number, rng, size=26)
    for k, text in enumerate(fills[3:]):
        hand(s, LX + mm(37), y0 + mm(45 + 20 * k), text, rng, size=36)
    y += mm(10)
    s.text(LX, y, "本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。", font("serif", 38))
    s.text(mm(110), y + mm(16), "申报人（签章）：", font("serif", 38))
    hand(s, mm(150), y + mm(14), c.respondent.legal_rep, rng, size=46)
    hand(s, mm(120), y + mm(30), num_date(c.day(12)), rng, size=38)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 网络执行查控系统's feedback printout: a plain sans table, no seal."""
    s = Sheet()
    f = font("sans", 34)
    s.centred(mm(18), "最高人民法院网络执行查控系统", font("sans_bold", 46))
    s.centred(mm(28), "查询结果反馈明细", font("sans_bold", 52))
    s.text(mm(15), mm(38), f"案号：{c.number}    被查询人：{c.respondent.name}", f)
    s.text(mm(15), mm(44), f"证照号码：{c.respondent.id_number}    承办人：{c.officer}    打印时间："
                           f"{c.day(8):%Y-%m-%d} 15:{rng.randint(10, 59)}", f)
    story = c.extra["story"]
    money_rows = {"minsu": [["财付通支付科技有限公司", "微信支付商户", f"{rng.randint(180000, 420000) / 100:.2f}", "已冻结"],
                            ["支付宝（中国）网络技术有限公司", "支付宝账户", f"{rng.randint(90000, 380000) / 100:.2f}", "已冻结"],
                            ["大理农村商业银行股份有限公司", "对公结算", f"{rng.randint(1000, 90000) / 100:.2f}", "已冻结"]],
                  "crafts": [["大理农村商业银行股份有限公司", "对公结算", f"{rng.randint(5000, 60000) / 100:.2f}", "已冻结"],
                             ["财付通支付科技有限公司", "微信零钱", "0.00", "无余额"]],
                  "tea": [["中国邮政储蓄银行", "对公结算", f"{rng.randint(100, 9000) / 100:.2f}", "已冻结"],
                          ["支付宝（中国）网络技术有限公司", "支付宝账户", "0.00", "无余额"],
                          ["自然资源部（不动产）", "不动产登记", "—", "无登记信息"],
                          ["公安部（车辆）", "机动车", "云L·" + f"{rng.randint(10000, 99999)}", "已抵押"],
                          ["中国证券登记结算有限责任公司", "证券", "—", "无"]]}[story]
    rows = [["序号", "协助单位", "财产类型", "余额/信息", "反馈结果"]]
    rows += [[str(i + 1), *r] for i, r in enumerate(money_rows)]
    table(s, mm(15), mm(56), [mm(14), mm(70), mm(36), mm(34), mm(26)], rows, f, row_h=mm(13))
    s.centred(mm(284), "第1页 共1页", font("sans", 30))
    return [s]


def _closing_form(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _head(s, "执行案件结案审批表", "")
    f = font("serif", 38)
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["执行情况", {"minsu": "冻结、划拨被执行人微信支付、支付宝商户资金，案款已发放申请执行人。",
                      "crafts": "双方达成执行和解协议，被执行人分两期付清，案款已发放。",
                      "tea": "查控未发现可供执行财产，已限制消费、纳入失信名单，约谈申请执行人。"}[c.extra["story"]]],
            ["结案方式", how, "结案日期", num_date(c.closed_on)],
            ["承办人意见", ""], ["团队负责人意见", ""], ["局长意见", ""]]
    y0 = y
    table(s, LX - mm(6), y, [mm(36), mm(58), mm(30), RX - LX + mm(6) - mm(124)], rows, f,
          row_h=[mm(16), mm(16), mm(18), mm(14), mm(28), mm(16), mm(26), mm(26), mm(26)], centre_first=True)
    oy = y0 + mm(108)
    hand(s, LX + mm(34), oy + mm(4), f"拟以{how}方式结案。{c.officer}", rng, size=40)
    hand(s, LX + mm(34), oy + mm(30), f"同意。{c.judge}", rng, size=40)
    hand(s, LX + mm(34), oy + mm(56), f"同意结案。{person_name(rng)} {c.closed_on.month}.{c.closed_on.day}", rng, size=40)
    return [s]


def _service_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _head(s, "送 达 回 证", "")
    f = font("serif", 40)
    docs = "、".join(NAMES.get(x, x) for x in served)
    to_resp = any(x in ("enforcement_notice", "property_report_order", "consumption_restriction_order",
                        "dishonest_list_decision", "summons", "enforcement_ruling") for x in served)
    who = c.respondent.name if to_resp else c.applicant.name
    day = {"acceptance_notice": c.day(1), "enforcement_notice": c.day(4), "summons": c.day(25),
           "enforcement_ruling": c.day(8), "closing_notice": c.closed_on + timedelta(days=1),
           "consumption_restriction_order": c.day(42)}.get(served[0] if served else "", c.closed_on - timedelta(days=1))
    if not to_resp:
        return _e_receipt(c, rng, docs, day)
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["送达文书名称及件数", f"{docs}  各一份"],
            ["受送达人", who], ["送达地址", c.respondent.address if to_resp else c.applicant.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达" if not to_resp else "直接送达（留置）"],
            ["送达人", ""], ["备注", ""]]
    y0 = y
    table(s, LX - mm(4), y, [mm(52), RX - LX - mm(48)], rows, f,
          row_h=[mm(15), mm(15), mm(24), mm(15), mm(20), mm(30), mm(18), mm(15), mm(18), mm(18)], centre_first=True)
    sig = c.respondent.legal_rep if to_resp else c.applicant.name
    hand(s, LX + mm(56), y0 + mm(109), sig, rng, size=52, ink=(30, 30, 40))
    hand(s, LX + mm(110), y0 + mm(118), f"{day.year}.{day.month}.{day.day}", rng, size=40, ink=(30, 30, 40))
    hand(s, LX + mm(56), y0 + mm(158), f"{c.officer}  {c.extra['bailiff']}", rng, size=44)
    s.text(LX, y0 + mm(196), f"填发人：{c.clerk}        {cn_date(day)}", font("serif", 36))
    return [s]


def _e_receipt(c: CaseCtx, rng: random.Random, docs: str, day: date) -> list[Sheet]:
    """The 云南法院 electronic service platform's receipt, printed for the volume: sans, a grey-ruled grid, no seal."""
    s = Sheet()
    s.text(mm(18), mm(14), "云南法院电子送达平台", font("sans", 34), fill=(90, 90, 90))
    s.line(mm(18), mm(21), mm(192), mm(21), width=2, fill=(120, 120, 120))
    s.centred(mm(30), "送达回证", font("sans_bold", 70), spacing=12)
    s.centred(mm(46), "（电子送达）", font("sans", 40))
    f = font("sans", 36)
    sent = f"{day:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    read = f"{day:%Y-%m-%d} {rng.randint(17, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    rows = [["承办法院", COURT], ["案号", c.number], ["受送达人", c.applicant.name],
            ["送达文书", docs], ["送达方式", f"手机短信（{c.applicant.phone[:3]}****{c.applicant.phone[-4:]}）"],
            ["发送时间", sent], ["送达状态", "已送达（受送达人已查阅）"], ["查阅时间", read],
            ["送达人", f"{c.clerk}"], ["备注", "依受送达人签署的送达地址确认书，同意电子送达"]]
    table(s, mm(18), mm(60), [mm(42), mm(132)], rows, f, row_h=mm(15), fill=(70, 70, 70))
    s.text(mm(18), mm(222), f"打印时间：{day + timedelta(days=rng.randint(1, 9)):%Y-%m-%d}    打印人：{c.clerk}", f)
    s.centred(mm(282), "第1页/共1页", font("sans", 30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(paper=(244, 236, 214))
    s.centred(mm(30), COURT, font("hei", 68), spacing=10)
    s.centred(mm(48), "执 行 卷 宗", font("serif_bold", 110), spacing=30)
    f = font("serif", 46)
    rows = [["案    号", c.number], ["案    由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被 执 行 人", c.respondent.name], ["执 行 依 据", c.basis_number],
            ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕（和解履行）"],
            ["承 办 人", c.officer], ["书 记 员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=4))],
            ["保管期限", "长期"], ["本卷共", "    件      页"]]
    table(s, mm(30), mm(78), [mm(44), mm(106)], rows, f, row_h=mm(14.5), centre_first=True)
    hand(s, mm(92), mm(78) + 12 * mm(14.5) + mm(3), "1", rng, size=44)
    s.centred(mm(276), "全宗号 ____  目录号 ____  案卷号 ____", font("serif", 38))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(20), "卷 内 目 录", font("serif_bold", 72), spacing=18)
    s.right(RX, mm(34), c.number, font("serif", 40))
    items = ["执行申请书", "民事调解书", "生效证明书", "财产线索表", "诉讼费收据", "身份证明材料", "授权委托书", "律师事务所函",
             "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书",
             "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items):
        rows.append([str(i + 1), name, str(page), ""])
        page += 1 if name not in ("民事调解书", "限制消费令", "送达回证") else 3
    table(s, mm(20), mm(44), [mm(18), mm(110), mm(26), mm(16)], rows, font("serif", 34), row_h=mm(8.8))
    return [s]


def _review(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _head(s, "执行卷宗归档复核表", c.number)
    f = font("serif", 38)
    checks = ["卷内文书齐全，排列有序", "执行依据及生效证明书附卷", "法律文书送达回证齐全", "案款发放手续完备",
              "和解协议及履行凭证附卷", "卷内目录填写准确，页码连续"]
    rows = [["复核项目", "复核结果"]] + [[x, ""] for x in checks] + [["复核意见", ""], ["复核人", ""]]
    y0 = y
    table(s, LX - mm(6), y, [mm(100), RX - LX - mm(94)], rows, f, row_h=[mm(14)] * 7 + [mm(30), mm(16)])
    for k in range(len(checks)):
        hand(s, LX + mm(118), y0 + mm(14 * (k + 1) + 3), "✓ 符合" if rng.random() < 0.5 else "符合", rng, size=38)
    hand(s, LX + mm(100), y0 + mm(14 * 7 + 8), "同意归档", rng, size=44)
    hand(s, LX + mm(100), y0 + mm(14 * 7 + 33), f"{person_name(rng)} {num_date(c.closed_on + timedelta(days=4))}", rng,
         size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(26), "备  考  表", font("serif_bold", 76), spacing=20)
    s.right(RX, mm(42), c.number, font("serif", 40))
    s.box(LX - mm(6), mm(52), RX, mm(250), width=3)
    s.text(LX, mm(58), "本卷情况说明：", font("serif", 42))
    hand(s, LX + mm(8), mm(72), "本卷共计    页，其中调解书原件一份，", rng, size=42)
    hand(s, LX + mm(8), mm(86), "和解协议及转账凭证附卷。", rng, size=42)
    s.text(mm(110), mm(226), f"立卷人：{c.clerk}", font("serif", 40))
    s.text(mm(110), mm(238), f"检查人：{c.officer}", font("serif", 40))
    s.text(mm(110), mm(256), f"立卷时间：{num_date(c.closed_on + timedelta(days=3))}", font("serif", 40))
    seal(s, mm(160), mm(150), COURT, rng, radius=mm(17), inner="档案专用章")
    return [s]


_OWN = {
    "acceptance_notice": _acceptance, "payment_notice": _payment_notice, "enforcement_notice": _enforcement_notice,
    "property_report_order": _report_order, "enforcement_ruling": _enforcement_ruling,
    "termination_this_round_ruling": _ttr_ruling, "assistance_notice": _assistance, "closing_notice": _closing_notice,
    "consumption_restriction_order": _restriction, "dishonest_list_decision": _dishonest, "summons": _summons,
    "investigation_record": _investigation, "property_declaration_form": _declaration, "online_inquiry_result": _inquiry,
    "closing_approval_form": _closing_form, "service_receipt": _service_receipt, "dossier_cover": _cover,
    "catalogue": _catalogue, "file_review_form": _review, "remarks_sheet": _remarks,
}
