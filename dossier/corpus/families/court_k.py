"""court_k — 福建省厦门市思明区人民法院 (闽0203), held out: drawn without looking at the page reader, to measure
it once on a layout it has never seen. Its dossiers were scanned by an outsourced scanning company
(外包扫描, court_k_capture), and a number of pages reached the file by fax.

House style (court_k_kit): court name and spaced title in 黑体 on two lines, 文号 flush left, a Ming body,
"第 1 页（共 3 页）" footers, 正本/副本 boxes, signature pages "（此页无正文）". Its rulings say "裁定如下：" or
"裁定："; its 终本 ruling "本次执行程序终结". Others' papers (a 厦门市中级人民法院 judgment, a 厦门仲裁委员会
award, a Fujian law firm's faxed letter, 台湾/港澳居民居住证 copies, a 兴业银行 reply, carbon forms) are in
court_k_papers."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_k_papers as papers_k
from dossier.corpus.families.court_k_kit import Block, KSheet, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice",
})
CODES = OWN | papers_k.CODES
LAW = "《中华人民共和国民事诉讼法》"
ROADS = ("湖滨北路", "厦禾路", "莲前西路", "鹭江道", "嘉禾路", "湖滨南路", "展鸿路", "槟榔路")
FIRMS = (("福建天衡联合律师事务所", "FUJIAN TIANHENG JOINT LAW FIRM", "厦门市思明区鹭江道2号第一广场15楼", "0592-2680000"),
         ("福建厦门鹭江律师事务所", "FUJIAN XIAMEN LUJIANG LAW FIRM", "厦门市思明区湖滨南路57号金源大厦9楼", "0592-5113300"),
         ("福建联合信实律师事务所", "FUJIAN UNITED FAITH LAW FIRM", "厦门市思明区展鸿路82号金融中心大厦21层", "0592-5381010"))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers_k.CODES:
        return list(papers_k.render(code, c, rng, served))
    return list(_own(c, code, rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Xiamen parties: a 香港居民 (居住证 number 810000…) on an award of 厦门仲裁委员会; for a 终本 a 台湾居民
    (830000…) on a second-instance judgment of 厦门市中级人民法院; otherwise a local on this court's own judgment."""
    r = c.respondent
    c.respondent = Party(f"厦门{rng.choice(['鹭岛', '海沧', '筼筜', '鼓浪', '白鹭'])}{rng.choice(['贸易', '茶业', '电子科技', '供应链管理', '建设工程'])}有限公司",
                         "organisation", credit_code(rng, "350203"), f"厦门市思明区{rng.choice(ROADS)}{rng.randint(1, 300)}号"
                         f"{rng.randint(1, 28)}0{rng.randint(1, 9)}室", f"0592-{rng.randint(2000000, 5999999)}",
                         legal_rep=r.legal_rep or person_name(rng))
    firm = rng.choice(FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    year = c.filed_on.year - 1
    a = c.applicant
    born = a.born
    if c.basis_kind == "arbitration":
        c.applicant = Party(a.name, "person", id_number(rng, "810000", born), f"香港九龙旺角弥敦道{rng.randint(500, 800)}号"
                            f"{rng.randint(3, 20)}楼{rng.choice('ABCD')}室", f"+852 {rng.randint(51000000, 69999999)}",
                            born=born, sex=a.sex)
        c.extra["resident"] = "hk"
        c.basis_court = "厦门仲裁委员会"
        c.basis_number = f"（{year}）厦仲裁字第{rng.randint(100, 1999):04d}号"
        c.extra["cause"] = "房屋租赁合同纠纷"
    elif c.method == "terminated_this_round":
        c.applicant = Party(a.name, "person", id_number(rng, "830000", born), f"厦门市思明区{rng.choice(ROADS)}"
                            f"{rng.randint(1, 300)}号{rng.randint(1, 30)}0{rng.randint(1, 4)}室",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex=a.sex)
        c.extra["resident"] = "tw"
        c.basis_court = "福建省厦门市中级人民法院"
        c.basis_number = f"（{year}）闽02民终{rng.randint(1000, 8999)}号"
        c.extra["cause"] = rng.choice(["买卖合同纠纷", "民间借贷纠纷"])
    else:
        c.applicant = Party(a.name, "person", id_number(rng, "350203", born), f"厦门市思明区{rng.choice(ROADS)}"
                            f"{rng.randint(1, 300)}号", a.phone, born=born, sex=a.sex)
        c.extra["resident"] = ""
        c.basis_court = "福建省厦门市思明区人民法院"
        c.basis_number = f"（{year}）闽0203民初{rng.randint(1000, 19999)}号"
        c.extra["cause"] = rng.choice(["服务合同纠纷", "装饰装修合同纠纷"])
    c.extra["paid"] = c.method == "fully_performed"


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    if c.basis_kind == "arbitration":
        return f"厦门仲裁委员会{c.basis_number}裁决书"
    kind = "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def applicant_line(c: CaseCtx) -> str:
    a = c.applicant
    who = {"tw": "台湾地区居民", "hk": "香港特别行政区居民"}.get(str(c.extra.get("resident", "")), "汉族")
    return f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%-m月%-d日}出生，{who}，住{a.address}。" if a.born else \
        f"申请执行人：{a.name}，住{a.address}。"


def parties(c: CaseCtx) -> list[Block]:
    r = c.respondent
    return [("f", applicant_line(c)), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}，执行董事兼总经理。")]


def _own(c: CaseCtx, code: str, rng: random.Random) -> list[KSheet]:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    officer = [f"执行员　{c.officer}"]
    bench = [f"审 判 长　{c.judge}", f"审 判 员　{c.officer}", f"审 判 员　{person_name(random.Random(c.judge))}"]
    clerk = [f"书 记 员　{c.clerk}"]
    served = rng.choice(["正本", "副本"])
    if code == "acceptance_notice":
        return typeset("受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}，本院经审查，符合受理条件，已于"
                  f"{cn_date(c.filed_on)}立案执行。现将有关事项通知如下："),
            ("p", f"一、本案由执行员{c.officer}承办，书记员{c.clerk}协办，联系电话{c.court.phone}，本院地址{c.court.address}。"),
            ("p", "二、请你在收到本通知后十日内向本院提供被执行人的财产状况或者财产线索，并对其真实性负责。"),
            ("p", "三、本院可通过厦门法院诉讼服务平台、12368诉讼服务热线向你告知执行进展。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.filed_on), rng, spaced=False)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset("缴纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十四条的规定，应预交执行申请费人民币{fee}元。"
                  "执行申请费由被执行人负担，本院将在执行款中直接扣收后退还你方。"),
            ("p", "收款单位：厦门市思明区人民法院；开户银行：中国建设银行厦门湖滨支行；请在汇款用途中注明案号。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.day(1)), rng, spaced=False)
    if code == "enforcement_notice":
        return typeset("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与你{cause(c)}一案，{basis_name(c)}已发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}"
                  f"向本院申请强制执行，本院依法立案。依照{LAW}第二百五十一条的规定，责令你自收到本通知之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案执行申请费。"),
            ("p", "逾期不履行的，本院将依法强制执行；被执行人拒不履行的，本院将依法采取限制消费、纳入失信被执行人名单、"
                  "罚款、拘留等措施；构成犯罪的，依法追究刑事责任。"),
            ("p", "特此通知。")], c.number, officer, cn_date(c.day(2)), rng, mark=served, closing=clerk)
    if code == "property_report_order":
        return typeset("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院立案执行{a.name}申请执行你{cause(c)}一案，因你未按执行通知书履行法律文书确定的义务，依照{LAW}"
                  "第二百五十二条的规定，责令你在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产的范围：（一）收入、银行存款、现金、理财产品、有价证券；（二）土地使用权、房屋等不动产；（三）交通运输"
                  "工具、机器设备、产品、原材料等动产；（四）债权、股权、投资权益、基金份额、知识产权等财产性权利；（五）其他应当"
                  "报告的财产。"),
            ("p", "你拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单。"),
            ("p", "此令。")], c.number, officer, cn_date(c.day(2)), rng, mark=served, closing=clerk)
    if code == "consumption_restriction_order":
        return typeset("限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你单位{cause(c)}一案。因你单位未按执行通知书"
                  f"指定的期间履行生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费"
                  f"及有关消费的若干规定》第一条、第三条的规定，对你单位采取限制消费措施，限制你单位及你单位的法定代表人{r.legal_rep}"
                  "不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、"
                  "拘留；情节严重，构成犯罪的，依法追究刑事责任。")],
            c.number, officer, cn_date(c.day(33)), rng, mark=served, closing=clerk)
    if code == "dishonest_list_decision":
        return typeset("决定书", [
            ("f", applicant_line(c)),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书"
                  f"确定的义务，依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第六条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。")], c.number, bench, cn_date(c.day(34)), rng, mark=served, closing=clerk)
    if code == "assistance_notice":
        return [*typeset("协助执行通知书", [
            ("f", f"{c.extra.setdefault('bank', rng.choice(papers_k.BANKS))}："),
            ("p", f"关于{a.name}与{r.name}{cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                  "第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户内的存款，冻结金额以{money(c.amount)}"
                  f"为限，冻结期限为一年，自{cn_date(c.day(7))}起至{cn_date(c.day(7) + timedelta(days=364))}止。"),
            ("f", "附：执行裁定书一份。")], c.number, [], cn_date(c.day(7)), rng, spaced=False,
            closing=[f"经办人：{c.officer}、{c.clerk}　联系电话：{c.court.phone}"]),
            papers_k.bank_reply(c, rng)]
    if code == "closing_notice":
        return typeset("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，经本院执行，双方当事人于{cn_date(c.day(40))}达成执行和解协议，被执行人已按"
                  f"协议履行完毕，执行款{money(c.amount)}已于{cn_date(c.closed_on - timedelta(days=4))}划付至你确认的收款账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.closed_on - timedelta(days=2)), rng, spaced=False)
    if code == "enforcement_ruling":
        operative = rng.choice(["裁定如下：", "裁定："])
        return typeset("执行裁定书", [
            *parties(c),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，因被执行人未按执行通知书履行法律文书确定的义务，"
                  f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，{operative}"),
            ("p", f"冻结、划拨被执行人{r.name}应当履行义务部分的收入、存款{money(c.amount)}，或者查封、扣押、拍卖、变卖被执行人"
                  "同等价值的其他财产。"),
            ("p", "本裁定立即执行。")], c.number, bench, cn_date(c.day(6)), rng, mark=served, closing=clerk)
    if code != "termination_this_round_ruling":
        raise KeyError(code)
    return typeset("执行裁定书", [
        *parties(c),
        ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，{basis_name(c)}确定被执行人支付申请执行人"
              f"{money(c.amount)}。本院于{cn_date(c.filed_on)}立案执行后，依法向被执行人发出执行通知书、报告财产令，被执行人"
              "未履行义务，亦未如实报告财产。"),
        ("p", "本院通过网络执行查控系统对被执行人的存款、车辆、不动产、证券、网络资金、股权等财产进行查询，并向厦门市不动产登记"
              "中心、厦门市公安局交通警察支队车辆管理所查询，至被执行人住所地调查，均未发现可供执行的财产。本院已对被执行人"
              "采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("p", f"{cn_date(c.day(span - 12))}，本院约谈申请执行人，告知本案财产调查情况及拟终结本次执行程序的意见，申请执行人"
              "表示暂无新的财产线索可供提供。"),
        ("p", "本院认为，本案已穷尽财产调查措施，被执行人暂无财产可供执行。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉"
              f"的解释》第五百一十七条的规定，{rng.choice(['裁定如下：', '裁定：'])}"),
        ("p", f"{a.name}申请执行{r.name}{cause(c)}一案本次执行程序终结。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后即发生法律效力。")], c.number, bench, cn_date(c.day(span - 3)), rng, mark=served, closing=clerk)


__all__ = ["CODES", "adopt_basis", "basis_name", "cause", "render"]
