"""court_i — a ninth enforcing court, 浙江省杭州市西湖区人民法院 (浙0106), a highly digitised basic court
(移动微法院, 浙江法院网上诉讼服务平台, 电子送达); held out: drawn without looking at how the page reader works,
to measure it once on a layout it has never seen.

House style: documents come out of the case system — a red 红头 over a red double rule on rulings and
decisions, a black 黑体 head with a verification QR code on notices, 文号 centred under the title or flush
right, the body in a thin 明体, footers "- n -" or "第 n 页 / 共 m 页". Service is mostly electronic
(court_i_serve), others' papers and the court's forms are in court_i_papers and court_i_forms;
court_i_capture feeds everything through the archive's production scanner."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, num_date, person_name
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_i_forms as forms_i
from dossier.corpus.families import court_i_papers as papers_i
from dossier.corpus.families import court_i_serve as serve_i
from dossier.corpus.families.court_i_kit import COURT, Block, IDoc, basis_name, cause, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice",
})
CODES = OWN | papers_i.CODES | forms_i.CODES | serve_i.CODES
LAW = "《中华人民共和国民事诉讼法》"
STREETS = ("文三路", "教工路", "古墩路", "天目山路", "莫干山路", "学院路", "紫金港路", "留下街道屏峰村")
VERIFY = "https://zxgk.court.gov.cn/"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in serve_i.CODES:
        return serve_i.render(code, c, rng, served)
    if code in papers_i.CODES:
        return papers_i.render(code, c, rng, served)
    if code in forms_i.CODES:
        return forms_i.render(code, c, rng, served)
    return typeset(_doc(c, code, rng), rng)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Hangzhou parties; the basis from elsewhere: an award of 杭州仲裁委员会, or a 民事调解书 of
    杭州互联网法院 (浙0192) on an online-shopping or online-lending dispute."""
    a = c.applicant
    c.applicant = Party(a.name, "person", a.id_number, f"浙江省杭州市西湖区{rng.choice(STREETS)}{rng.randint(1, 300)}号",
                        a.phone, born=a.born, sex=a.sex)
    r = c.respondent
    c.respondent = Party(f"杭州{rng.choice(['云栖', '溪谷', '之江', '西溪', '紫荆'])}{rng.choice(['网络科技', '电子商务', '供应链管理', '文化传媒'])}有限公司",
                         "organisation", r.id_number, f"浙江省杭州市西湖区{rng.choice(STREETS)}{rng.randint(1, 300)}号"
                         f"{rng.randint(2, 12)}幢{rng.randint(101, 1208)}室", f"0571-{rng.randint(85000000, 89999999)}",
                         legal_rep=r.legal_rep or person_name(rng))
    year = c.filed_on.year - 1
    if c.basis_kind == "arbitration":
        c.basis_court = "杭州仲裁委员会"
        c.basis_number = f"（{year}）杭仲裁字第{rng.randint(100, 2999)}号"
        c.extra["cause"] = rng.choice(["买卖合同纠纷", "服务合同纠纷", "租赁合同纠纷"])
    else:
        c.basis_court = "杭州互联网法院"
        c.basis_number = f"（{year}）浙0192民初{rng.randint(1000, 49999)}号"
        c.extra["cause"] = rng.choice(["网络购物合同纠纷", "网络服务合同纠纷", "金融借款合同纠纷"])
    c.firm = rng.choice(["浙江之江律师事务所", "浙江西湖明理律师事务所", "浙江钱塘正衡律师事务所"])
    c.extra["paid"] = c.method == "fully_performed"


def _sign(c: CaseCtx, days: int, *, bench: bool = False, officer: bool = True) -> list[Block]:
    out: list[Block] = [("gap", "")]
    if bench:
        out += [("r", f"审判长　{c.judge}"), ("r", f"审判员　{c.officer}"), ("r", f"审判员　{person_name(random.Random(c.judge))}")]
    elif officer:
        out += [("r", f"执行员　{c.officer}")]
    return [*out, ("gap", ""), ("r", cn_date(c.day(days))), ("seal", ""), ("gap", ""), ("r", f"书记员　{c.clerk}")]


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    return [("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事兼总经理。")]


def _doc(c: CaseCtx, code: str, rng: random.Random) -> IDoc:
    a, r = c.applicant, c.respondent
    qr_url = f"https://www.zjcourt.cn/wsfy/yz?ah={rng.randint(10**9, 10**10 - 1)}"
    if code == "acceptance_notice":
        return IDoc("受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{cause(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行。"
                  "现将有关事项通知如下："),
            ("p", f"一、本案承办人{c.officer}，联系电话{c.court.phone}。你可通过“浙江移动微法院”或“浙江法院网上诉讼服务平台”"
                  "查询案件进展、提交材料、与承办人在线沟通。"),
            ("p", "二、你应当向本院提供被执行人的财产线索；被执行人的住所、财产状况发生变化的，应当及时告知本院。"),
            ("p", "三、你已确认的电子送达地址为本案全部法律文书的送达地址，本院向该地址发送文书即视为送达。"),
            ("p", "四、申请执行费由被执行人负担，执行到位后从执行款中扣收。"),
            ("p", "特此通知。"), *_sign(c, 1, officer=False)], c.number, head="qr", footer="none", url=qr_url)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return IDoc("交纳申请执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项第二目的规定，"
                  f"本案应交纳申请执行费{fee}元，由被执行人负担，本院执行到位后扣收，你无需预交。"),
            ("p", "如需缴费，可通过“浙江政务服务网”统一公共支付平台缴纳，缴款码见本通知右上角。"),
            ("p", "特此通知。"), *_sign(c, 1, officer=False)], c.number, head="qr", footer="none", url=qr_url)
    if code == "enforcement_notice":
        return IDoc("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"申请执行人{a.name}与你{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人{a.name}于"
                  f"{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。依照{LAW}第二百五十一条、第二百六十四条的规定，"
                  "责令你立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", "二、负担本案申请执行费。"),
            ("p", "你应当自收到本通知书之日起如实向本院报告财产，逾期不履行的，本院将依法强制执行，并可对你采取限制消费、"
                  "纳入失信被执行人名单等措施。"),
            ("p", "本案已启用电子送达，你可扫描右上角二维码登录移动微法院查看案件信息。"),
            *_sign(c, 2, officer=False)], c.number, head="qr", footer="none", url=qr_url)
    if code == "property_report_order":
        return IDoc("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}与你{cause(c)}一案。依照{LAW}第二百五十二条、"
                  "《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，责令你在收到本令后五日内，"
                  "通过浙江移动微法院“财产申报”模块或书面向本院如实报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "应当报告的财产包括：（一）收入、银行存款、现金、理财产品、有价证券；（二）土地使用权、房屋等不动产；"
                  "（三）交通运输工具、机器设备、产品、原材料等动产；（四）债权、股权、投资权益、基金份额、信托受益权、"
                  "知识产权等财产性权利；（五）网络账户资金，包括支付宝、微信支付等第三方支付账户；（六）其他应当报告的财产。"),
            ("p", "你拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重对你或者你的法定代表人、"
                  "主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "此令。"), *_sign(c, 2, officer=False)], c.number, head="red", footer="dash", title_spacing=2)
    if code == "summons":
        return IDoc("传票", [
            ("b", f"案　　由：{cause(c)}执行"),
            ("b", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"),
            ("b", f"工作单位或地址：{r.address}"),
            ("b", "传唤事由：接受执行询问、报告财产"),
            ("b", f"应到时间：{num_date(c.day(35))} 09:30"),
            ("b", "应到处所：本院执行局第三执行谈话室（文二西路院区）"),
            ("gap", ""),
            ("f", "注意事项："),
            ("p", "一、被传唤人必须准时到达应到处所，携带本传票及身份证件。"),
            ("p", "二、被传唤人经两次传票传唤，无正当理由拒不到场的，本院可以拘传。"),
            ("p", "三、被传唤人收到传票后，应在送达回证上签名或盖章。"),
            *_sign(c, 28)], c.number, head="black", footer="none", number_at="right", title_spacing=6)
    if code == "consumption_restriction_order":
        return IDoc("限制消费令", [
            ("f", f"{r.name}（统一社会信用代码{r.id_number}）："),
            ("f", f"{r.legal_rep}（该公司法定代表人）："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行{r.name}{cause(c)}一案。因被执行人"
                  f"{r.name}未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照{LAW}第二百六十六条和"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人"
                  f"{r.name}采取限制消费措施，限制其及其法定代表人{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如因私消费以个人财产实施前述行为的，可以向本院提出申请，经本院审查属实的，应予准许。"),
            ("p", "被限制消费人违反本令的，经查证属实，本院将依照法律规定予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
            *_sign(c, 32)], c.number, head="red", footer="dash")
    if code == "dishonest_list_decision":
        return IDoc("决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人{r.name}有履行能力而拒不履行生效"
                  "法律文书确定的义务，且违反限制消费令。依照《中华人民共和国民事诉讼法》第二百六十六条，《最高人民法院关于公布"
                  "失信被执行人名单信息的若干规定》第一条第一项、第五项、第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。"), *_sign(c, 33, bench=True)], c.number, head="red", footer="dash")
    if code == "assistance_notice":
        bank = rng.choice(["杭州银行股份有限公司西湖支行", "浙江网商银行股份有限公司", "支付宝（中国）网络技术有限公司",
                           "中国工商银行股份有限公司杭州西湖支行"])
        return IDoc("协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                  f"依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你单位开立的账户内的资金，冻结金额以"
                  f"{money(c.amount)}为限，冻结期限为一年，自{num_date(c.day(6))}起至{num_date(c.day(6) + timedelta(days=364))}止。"),
            ("p", "本通知通过“点对点”网络执行查控系统发送，与纸质文书具有同等效力。"),
            ("f", "附：执行裁定书"), *_sign(c, 6)], c.number, head="black", footer="none", number_at="right")
    if code == "closing_notice":
        return IDoc("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，执行依据{basis_name(c)}确定的义务已经全部履行完毕，"
                  f"执行款{money(c.amount)}已于{cn_date(c.closed_on - timedelta(days=4))}通过本院案款账户发放至你确认的收款账户。"),
            ("p", "本案以执行完毕方式结案。"),
            ("p", "特此通知。"), *_sign(c, (c.closed_on - c.filed_on).days, officer=False)], c.number, head="qr",
            footer="none", url=qr_url)
    return _ruling(c, code)


def _ruling(c: CaseCtx, code: str) -> IDoc:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    if code == "enforcement_ruling":
        return IDoc("执行裁定书", [*_parties(c),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，因被执行人未按执行通知书履行法律文书确定的"
                  f"义务，依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}的银行存款及其他资金{money(c.amount)}，或者查封、扣押、拍卖、变卖其相应价值的财产。"),
            ("p", "本裁定立即执行。"), *_sign(c, 5, bench=True)], c.number, head="red", footer="dash", copy_stamp=True)
    if code != "termination_this_round_ruling":
        raise KeyError(code)
    return IDoc("执行裁定书", [*_parties(c),
        ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，执行依据{basis_name(c)}确定被执行人支付申请"
              f"执行人{money(c.amount)}。本院于{cn_date(c.filed_on)}立案执行后，向被执行人发出执行通知书、报告财产令，"
              "被执行人未履行义务，亦未如实报告财产。"),
        ("p", "本院通过网络执行查控系统对被执行人名下的银行存款、车辆、不动产、证券、网络资金、工商登记股权等进行了查询，"
              "并向杭州市不动产登记服务中心、杭州市公安局交通警察支队车辆管理所调查，冻结被执行人银行账户，均无余额可供扣划；"
              "经现场调查，被执行人在住所地已无经营，未发现其他可供执行的财产。本院已对被执行人及其法定代表人发出限制消费令，"
              "并将被执行人纳入失信被执行人名单。"),
        ("p", f"{cn_date(c.day(span - 12))}，本院约谈申请执行人{a.name}的委托诉讼代理人，告知本案执行情况、财产调查措施及"
              "结果，申请执行人对终结本次执行程序无异议。"),
        ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产，依照《最高人民法院关于适用〈中华人民共和国"
              "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "本裁定送达后立即生效。"), *_sign(c, span - 2, bench=True)], c.number, head="red", footer="of", copy_stamp=True)


__all__ = ["CODES", "COURT", "adopt_basis", "basis_name", "cause", "render"]
