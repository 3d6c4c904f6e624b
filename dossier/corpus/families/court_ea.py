"""court_ea (新疆维吾尔自治区喀什市人民法院, held out): 喀什 — dried-fruit and nut traders of the 西域大巴扎 wholesale
market, 艾德莱斯 silk and carpet workshops of the old town, tourism round 艾提尕尔, cross-border trucking to 吐尔尕特 and
伊尔克什坦, building sites with unpaid wages, and private loans. The court's own papers bilingual (court_ea_kit), what it
receives in the senders' styles, mostly Chinese only (court_ea_papers); photographed sheet by sheet with a phone
scanning app (court_ea_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, num_date
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, signature
from dossier.corpus.families.court_ea_kit import (
    LEFT,
    RIGHT,
    UG,
    UG_SHORT,
    Item,
    court_seal,
    footer,
    grid,
    head,
    paper,
    signers,
    ug_line,
)
from dossier.corpus.families.court_ea_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_approval_form", "closing_notice", "payment_voucher",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
NUTS_SEQ, WAGES_SEQ, SILK_SEQ = 44117, 44263, 44388
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 13,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 31, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "payment_voucher": 52}
UY_MEN = ["买买提江·艾海提", "艾力·吐尔逊", "阿不都热合曼·卡德尔", "努尔艾力·买合木提", "吐尔洪·司马义", "艾克拜尔·肉孜"]
UY_WOMEN = ["阿依古丽·吐尔逊", "热依汗古丽·阿不都拉", "古丽娜尔·艾买提", "祖丽菲亚·热合曼"]
HAN = ["张建新", "李红梅", "马志强", "王海燕", "周立国", "陈晓东", "刘彩云"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=2)
    if code in ("closing_notice", "termination_this_round_ruling"):
        return c.closed_on - timedelta(days=4)
    if code == "interview_record":
        return c.closed_on - timedelta(days=16) if tale(c) == "wages" else c.day(62)
    if code == "payment_voucher" and tale(c) == "silk":
        return c.day(58)
    return c.day(WHEN.get(code, 0))


def _person(rng: random.Random, name: str, region: str, addr: str, sex: str) -> Party:
    born = date(rng.randint(1966, 1994), rng.randint(1, 12), rng.randint(1, 28))
    return Party(name, "person", id_number(rng, region, born), addr, f"1{rng.choice('358')}{rng.randint(100000000, 999999999)}",
                 born=born, sex=sex)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """NUTS_SEQ: a 干果 trading company's 喀什仲裁委员会 award against a cold-chain logistics company that took 巴旦木 and
    葡萄干 and paid half (account frozen, deducted, paid; archived). WAGES_SEQ: a 维吾尔族 bricklayers' foreman's judgment for
    劳务费 against a construction-labour company that has nothing left (终本). SILK_SEQ: a 民间借贷 judgment of a lender
    against the owner of an 艾德莱斯 silk workshop, settled and paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {NUTS_SEQ: "nuts", WAGES_SEQ: "wages", SILK_SEQ: "silk"}[seq]
    c.firm = rng.choice(["新疆天山明月（喀什）律师事务所", "新疆帕米尔律师事务所", "新疆丝路驿站律师事务所"])
    c.extra["firm_addr"] = f"喀什市{rng.choice(['解放北路', '克孜都维路', '世纪大道'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"1653120{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.agent = rng.choice(["古丽米拉·吾守尔", "赵宏亮", "阿迪力·艾则孜", "杨雪梅"])
    c.officer = rng.choice(["艾尼瓦尔·吐尔地", "孙建军", "麦麦提敏·阿布都"])
    c.clerk = rng.choice(["帕提古丽·艾力", "韩晓燕", "迪丽努尔·依明"])
    c.judge = rng.choice(["王志刚", "阿不来提·买买提", "李秀兰"])
    c.extra["translator"] = rng.choice(["阿曼古丽·托合提", "如克亚·吐尔逊", "依力哈木·肉孜"])
    c.extra["in_bank"] = rng.choice(["喀什农村商业银行营业部", "中国农业银行喀什分行", "中国建设银行喀什人民东路支行"])
    c.extra["in_acct"] = f"62{rng.choice(['28', '17', '30'])}{rng.randint(10**13, 10**14 - 1)}"
    if tale(c) == "nuts":
        c.applicant = Party(f"喀什{rng.choice(['丝路果香', '昆仑果园', '帕米尔金果'])}干果商贸有限公司", "organisation",
                            credit_code(rng, "653101"), f"新疆喀什市西域大巴扎干果批发区{rng.randint(1, 9)}栋{rng.randint(101, 399)}号",
                            f"0998-26{rng.randint(10000, 99999)}", legal_rep=rng.choice(UY_MEN))
        c.respondent = Party(f"喀什{rng.choice(['远通', '驼铃', '天路'])}冷链物流有限公司", "organisation",
                             credit_code(rng, "653101"), f"新疆喀什市深喀大道{rng.randint(100, 999)}号物流园{rng.randint(1, 20)}号库",
                             f"0998-28{rng.randint(10000, 99999)}", legal_rep=rng.choice(HAN))
        c.basis_kind = "arbitration"
        c.basis_court = "喀什仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）喀仲裁字第{rng.randint(100, 620)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.amount = Decimal(rng.randint(260000, 880000)) + Decimal(rng.choice(["0", "0.50", "0.80"]))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"巴旦木{rng.randint(18, 40)}吨、葡萄干{rng.randint(10, 30)}吨"
        c.extra["r_bank"] = rng.choice(["喀什农村商业银行深喀大道支行", "中国工商银行喀什分行"])
        c.extra["r_acct"] = f"30{rng.randint(10**14, 10**15 - 1)}"
    elif tale(c) == "wages":
        c.applicant = _person(rng, rng.choice(UY_MEN), "653121", f"新疆喀什地区疏附县{rng.choice(['托克扎克镇', '吾库萨克镇'])}"
                              f"{rng.randint(1, 12)}村{rng.randint(1, 90)}号", "男")
        c.respondent = Party(f"喀什{rng.choice(['鼎盛', '西城', '汇通'])}建筑劳务有限公司", "organisation", credit_code(rng, "653101"),
                             f"新疆喀什市{rng.choice(['多来特巴格路', '色满路'])}{rng.randint(10, 399)}号", f"0998-25{rng.randint(10000, 99999)}",
                             legal_rep=rng.choice(HAN))
        c.basis_court = "新疆维吾尔自治区喀什市人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）新3101民初{rng.randint(3000, 9000)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.amount = Decimal(rng.randint(9, 31) * 10000 + rng.randint(0, 99) * 100)
        c.extra["cause"] = "劳务合同纠纷"
        c.extra["site"] = f"{rng.choice(['喀什经济开发区', '喀什市帕哈太克里乡'])}{rng.choice(['安居房', '职工公寓', '农贸市场'])}工地"
        c.extra["workers"] = rng.randint(9, 23)
    else:
        c.applicant = _person(rng, rng.choice(HAN), "653101", f"新疆喀什市{rng.choice(['人民西路', '天南路'])}"
                              f"{rng.choice(['阳光', '丝路', '香妃'])}小区{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元", rng.choice("男女"))
        c.respondent = _person(rng, rng.choice(UY_WOMEN), "653101", f"新疆喀什市吾斯塘博依路{rng.randint(1, 240)}号", "女")
        c.basis_court = "新疆维吾尔自治区喀什市人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）新3101民初{rng.randint(3000, 9000)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.amount = Decimal(rng.randint(60, 240) * 1000)
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["shop"] = f"{c.respondent.name.split('·')[0]}艾德莱斯手工作坊"
    c.extra["fee"] = Decimal(int(c.amount * Decimal("0.005")) + 50)
    c.extra["pay_day"] = c.day(rng.randint(44, 50))


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{'裁决书' if tale(c) == 'nuts' else '民事判决书'}"


def _you(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    if code in ("service_receipt", "closing_approval_form", "payment_voucher", "dossier_cover", "catalogue",
                "file_review_form", "remarks_sheet"):
        return [_form(code, c, rng, served)]
    if code in ("interview_record", "investigation_record"):
        return _record(code, c, rng)
    title, items = _text(code, c)
    return paper(c, rng, title, items)


def _parties(c: CaseCtx) -> list[Item]:
    out: list[Item] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("k", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"))
            out.append(("k", f"法定代表人：{p.legal_rep}，该公司执行董事。"))
        else:
            nation = "维吾尔族" if "·" in p.name else "汉族"
            out.append(("k", f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，{nation}，住{p.address}，"
                             f"公民身份号码{p.id_number}。"))
        if role == "申请执行人":
            out.append(("k", f"委托代理人：{c.agent}，{c.firm}律师。"))
    return out


def _text(code: str, c: CaseCtx) -> tuple[str, list[Item]]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    sig = signers(c, d)
    if code == "acceptance_notice":
        return "受理案件通知书", [
            ("t", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{_basis(c)}一案，本院经审查，符合法定受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。现将有关事项通知如下："),
            ("p", f"一、本案由执行局执行实施团队办理，执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "二、你方应当向本院提供被执行人的财产线索；财产线索经核实属实的，本院依法采取控制措施。"),
            ("p", "三、诉讼文书需要翻译为维吾尔文的，可向本院提出，本院免费提供翻译。"),
            ("p", "四、你方的送达地址、联系电话变更的，应当在三日内书面告知本院。"),
            ("p", "特此通知。"), ("v", ""), ("d", cn_date(d))]
    if code == "payment_notice":
        return "缴款通知书", [
            ("t", f"{a.name}："),
            ("p", f"{case}，依照《诉讼费用交纳办法》第十四条第一项之规定，你方应预交申请执行费{money(c.extra['fee'])}。"),
            ("p", f"请于收到本通知之日起七日内缴纳至：户名新疆维吾尔自治区喀什市人民法院，开户行{c.extra['in_bank']}。"
                  "缴纳后持凭证到诉讼服务中心换取票据。"),
            ("p", "申请执行费可以在执行到位的款项中优先扣除。"), ("v", ""), ("d", cn_date(d))]
    if code == "enforcement_notice":
        return "执行通知书", [
            ("t", f"{r.name}："),
            ("p", f"{_basis(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
                  f"依照{LAW}第二百五十一条之规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("k", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("k", "二、加倍支付迟延履行期间的债务利息（计算至实际付清之日）；"),
            ("k", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法查询、冻结、划拨你方存款，查封、扣押、拍卖、变卖你方财产，并可依法采取限制消费、"
                  "纳入失信被执行人名单、限制出境等措施。"), *sig]
    if code == "property_report_order":
        return "报告财产令", [
            ("t", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条之规定，责令{_you(r)}在收到本令之日起五日内，如实向本院报告"
                  "当前以及收到执行通知之日前一年的财产情况，填写随本令送达的财产申报表。"),
            ("p", "报告财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重对你方或者你方的主要负责人予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            *sig]
    if code == "enforcement_ruling":
        frozen = c.amount
        where = f"{c.extra.get('r_bank', '各金融机构')}账户（账号{c.extra['r_acct']}）" if tale(c) == "nuts" else "在各金融机构"
        return "执行裁定书", [*_parties(c),
            ("p", f"本院在执行{case}中，{_basis(c)}已经发生法律效力，被执行人未在执行通知指定的期间内履行义务。"
                  f"依照{LAW}第二百五十三条、第二百五十五条之规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}{where}的存款{money(frozen)}；不足部分，查封、扣押被执行人相应价值的财产。"),
            ("p", "本裁定立即执行。"), *sig]
    if code == "termination_this_round_ruling":
        return "执行裁定书", [*_parties(c),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}，执行依据为{_basis(c)}，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控系统对被执行人的"
                  "存款、车辆、不动产、证券、网络资金等进行了查询，未发现可供执行的财产；对申请执行人提供的工地设备线索进行了实地"
                  f"调查，设备已被他人取回。本院对被执行人及其法定代表人{r.legal_rep}发出限制消费令，并将被执行人纳入失信被执行人名单。"
                  "本院约谈了申请执行人，告知其本案执行情况、终结本次执行程序的依据及法律后果，申请执行人表示知晓。"),
            ("p", "本院认为，本案已穷尽财产调查措施，被执行人暂无财产可供执行。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉"
                  "的解释》第五百一十七条之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。被执行人负有继续向"
                  "申请执行人履行债务的义务。"),
            ("p", "本裁定送达后即发生法律效力。"), *sig]
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "喀什农村商业银行营业部")
        return "协助执行通知书", [
            ("t", f"{bank}："),
            ("p", f"关于{case}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条之规定，请协助执行下列事项："),
            ("k", f"冻结并划拨被执行人{r.name}（统一社会信用代码/证件号码{r.id_number}）在你行开立的账户内存款{money(c.amount)}，"
                  f"划至本院执行款专户（开户行{c.extra['in_bank']}）。"),
            ("p", "附：执行裁定书一份。"), ("v", ""), ("s", f"经办人：{c.officer}　{c.clerk}"), ("d", cn_date(d))]
    if code == "summons":
        return "传票", [
            ("k", f"被传唤人：{r.name}（法定代表人{r.legal_rep}）"), ("k", f"地　　址：{r.address}"),
            ("k", f"传唤事由：{c.number}案询问被执行人财产情况"),
            ("k", f"应到时间：{cn_date(c.day(26))}上午十时三十分（北京时间）"),
            ("k", "应到处所：喀什市人民法院执行局二楼执行指挥中心谈话室"),
            ("p", "注意事项：一、被传唤人必须准时到达，持本传票和身份证件报到；二、被传唤人需要维吾尔语翻译的，本院安排翻译人员；"
                  "三、经两次传票传唤，无正当理由拒不到场的，本院可以拘传。"), *sig]
    if code == "consumption_restriction_order":
        return "限制消费令", [
            ("t", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，对你单位及法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            ("k", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
            ("v", ""), ("d", cn_date(d))]
    if code == "dishonest_list_decision":
        return "决定书", [*_parties(c)[-2:],
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}第二百六十六条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项之规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"), ("p", "本决定一经作出即生效。"), *sig]
    if code == "closing_notice":
        return "结案通知书", [
            ("t", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{r.name}{c.extra['cause']}一案（{c.number}），"
                  f"执行到位款项{money(c.amount)}已于{cn_date(made_on(c, 'payment_voucher'))}发放至你方确认的账户，"
                  "生效法律文书确定的义务已全部履行完毕。本案以执行完毕方式结案。"),
            ("p", "特此通知。"), ("v", ""), ("d", cn_date(d))]
    raise KeyError(code)


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """笔录 on the court's record paper: bilingual head, the translator named, typed Q&A, signatures by hand on every page."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant if interview else c.respondent
    d = made_on(c, code)
    if tale(c) == "wages" and interview:
        qa = ["问：我们是喀什市人民法院执行局的工作人员，今天就你申请执行的劳务费一案与你谈话，翻译人员为你翻译，你能听懂吗？",
              "答：能听懂。", "问：本院通过网络查控系统查询，被执行人名下没有存款、车辆和房产，你提供的工地上的搅拌机和塔吊，"
              "经本院到现场调查，已被租赁公司取回。你还有其他财产线索吗？", "答：没有了，老板找不到，工地也停了。",
              "问：本院已对被执行人限制消费并纳入失信名单。现拟终结本次执行程序，终本后你发现财产可以申请恢复执行，你有什么意见？",
              "答：我同意，但是希望法院继续找他们的财产，工人们还等着钱。", "问：还有什么要说的？", "答：没有了。"]
        place = "喀什市人民法院执行局一楼约谈室"
    elif interview:
        qa = ["问：今天通知你来，是核实被执行人履行情况。和解协议约定的款项是否已经收到？",
              "答：被执行人已经按照和解协议把钱付到法院账户，法院也发给我了，我已经收到。", "问：你对本案执行完毕结案有无异议？",
              "答：没有异议。", "问：还有什么要补充的？", "答：没有。"]
        place = "喀什市人民法院执行局接待室"
    else:
        qa = [f"问：我们是喀什市人民法院执行人员（出示执行公务证），今天到{c.extra.get('site', '现场')}调查被执行人的财产情况，请你配合。",
              "答：好的，我是工地的看门人。", "问：这个工地现在归谁管？被执行人的设备在哪里？",
              "答：去年冬天就停工了，搅拌机和塔吊是租的，开春租赁公司派车拉走了，还剩几捆钢管也是别人的。",
              "问：被执行人的老板和会计你能联系上吗？", "答：电话打不通，听说去内地了。", "问：以上情况属实吗？", "答：属实。"]
        place = c.extra.get("site", c.respondent.address)
    lines = [f"时间：{num_date(d)}{rng.choice(['十时', '十一时', '十六时'])}{rng.choice(['', '三十分'])}至"
             f"{rng.choice(['十一时', '十二时', '十七时'])}", f"地点：{place}", f"执行人员：{c.officer}、{c.judge}",
             f"记录人：{c.clerk}", f"翻译人员：{c.extra['translator']}（维吾尔语）",
             f"被{'谈话' if interview else '调查'}人：{who.name if interview else '阿布力米提·库尔班，工地看门人'}", *qa,
             "以上笔录经翻译人员用维吾尔语向我宣读，与我所说的一致。"]
    f = font("ming", mm(5))
    lh = mm(9.4)
    sheets: list[Sheet] = []
    y = 0.0
    limit = Sheet().height - mm(58)

    def new() -> None:
        nonlocal y
        s = Sheet()
        sheets.append(s)
        y = head(s, title, c.number) if len(sheets) == 1 else float(mm(26))

    new()
    for line in lines:
        from dossier.corpus.draw import wrap
        hang = mm(10) if line[:2] in ("问：", "答：") else 0
        for k, part in enumerate(wrap(line, f, Sheet().width - LEFT - RIGHT - hang)):
            if y + lh > limit:
                new()
            sheets[-1].text(LEFT + (hang if k else 0), y, part, f)
            y += lh
    signer = who.name if interview else "阿布力米提·库尔班"
    for i, s in enumerate(sheets, 1):
        base = s.height - mm(48)
        s.text(LEFT, base, "被谈话人：" if interview else "被调查人：", font("ming", mm(4.5)))
        if "·" in signer:
            ug_line(s, base - mm(1), "ئىمزا", mm(4), x1=LEFT + mm(62), fill=BLUE_INK)
        signature(s, LEFT + mm(26), base - mm(2), signer, rng, ink=BLUE_INK)
        s.text(LEFT + mm(112), base, "翻译：", font("ming", mm(4.5)))
        hand(s, LEFT + mm(126), base - mm(1), c.extra["translator"], rng, size=mm(5), ink=INK)
        s.text(LEFT, base + mm(10), f"执行人员：{c.officer}　　记录人：{c.clerk}", font("ming", mm(4.5)))
        footer(s, i, len(sheets))
    return sheets


def _form(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    s = Sheet()
    x, w = LEFT - mm(4), s.width - LEFT - RIGHT + mm(8)
    a, r = c.applicant, c.respondent
    if code == "service_receipt":
        y = head(s, "送达回证")
        names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "enforcement_ruling": "执行裁定书"}
        docs = "、".join(f"{names.get(d, d)}一份" for d in served)
        if "property_report_order" in served:
            docs += "（附财产申报表）"
        who = a if served == ["acceptance_notice"] else r
        day = max(made_on(c, d) for d in served) + timedelta(days=rng.randint(1, 4))
        cols = [mm(44), w - mm(44)]
        rows = [["案号", ""], ["案由", ""], ["送达文书", ""], ["受送达人", ""], ["送达地址", ""], ["签名或盖章", ""],
                ["送达日期", ""], ["送达方式", ""], ["送达人", ""], ["备注", ""]]
        hs = [mm(15), mm(13), mm(26), mm(17), mm(17), mm(34), mm(17), mm(14), mm(17), mm(22)]
        tops = grid(s, x, y, cols, rows, hs, rng, typed={(0, 1): c.number, (1, 1): c.extra["cause"], (2, 1): docs,
                                                          (3, 1): who.name, (4, 1): who.address, (7, 1): "直接送达"})
        signature(s, x + cols[0] + mm(14), tops[5] + mm(9), who.legal_rep or who.name, rng, ink=BLUE_INK)
        hand(s, x + cols[0] + mm(10), tops[6] + mm(5), num_date(day), rng, size=mm(5.6), ink=BLUE_INK)
        hand(s, x + cols[0] + mm(10), tops[8] + mm(5), f"{c.officer}　{c.clerk}", rng, size=mm(5.2), ink=INK)
        court_seal(s, x + cols[0] + mm(100), tops[6] + mm(4), rng)
        s.text(x, tops[-1] + mm(4), "注：受送达人拒收的，送达人应在备注栏注明拒收事由和日期，由见证人签名。", font("ming", mm(3.8)))
        footer(s, 1, 1)
        return s
    if code == "closing_approval_form":
        y = head(s, "结案审批表", c.number)
        how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}[c.method]
        got = "0" if c.method == "terminated_this_round" else f"{c.amount:,.2f}"
        cols = [mm(34), mm(56), mm(34), w - mm(124)]
        rows = [["申请执行人", "", "被执行人", ""], ["执行依据", ""], ["立案日期", "", "执行标的", ""],
                ["到位金额", "", "结案方式", ""], ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
        hs = [mm(20), mm(17), mm(16), mm(16), mm(48), mm(28), mm(28)]
        opinion = ("被执行人已按和解协议全部履行，案款已发放，建议以执行完毕结案。" if c.method == "fully_performed"
                   else "经网络查控及实地调查，被执行人无可供执行财产，已限高、纳入失信，已约谈申请执行人，已满三个月，建议终本。")
        tops = grid(s, x, y, cols, rows, hs, rng, typed={(0, 1): a.name, (0, 3): r.name, (1, 1): _basis(c),
                                                          (2, 1): num_date(c.filed_on), (2, 3): f"{c.amount:,.2f}元",
                                                          (3, 1): f"{got}元", (3, 3): how, (4, 1): opinion})
        hand(s, x + cols[0] + mm(70), tops[4] + mm(36), f"{c.officer}  {num_date(made_on(c, code))}", rng, size=mm(4.8))
        hand(s, x + cols[0] + mm(6), tops[5] + mm(8), "同意承办人意见。", rng, size=mm(5.4), ink=INK)
        hand(s, x + cols[0] + mm(6), tops[6] + mm(8), f"同意。 {c.judge}", rng, size=mm(5.4), ink=INK)
        footer(s, 1, 1)
        return s
    if code == "payment_voucher":
        y = head(s, "执行案款发放审批单", c.number)
        day = made_on(c, code)
        cols = [mm(38), w - mm(38)]
        rows = [["领款人", ""], ["证件号码", ""], ["收款账户", ""], ["发放金额", ""], ["案款来源", ""], ["承办人意见", ""],
                ["局长审批", ""], ["财务发放", ""]]
        hs = [mm(15), mm(15), mm(19), mm(19), mm(19), mm(24), mm(20), mm(24)]
        src = (f"划拨被执行人{r.name}存款" if tale(c) == "nuts" else f"被执行人{r.name}按和解协议交付")
        tops = grid(s, x, y, cols, rows, hs, rng, typed={
            (0, 1): a.name, (1, 1): a.id_number, (2, 1): f"{c.extra['in_bank']}　{c.extra['in_acct']}",
            (3, 1): money(c.amount), (4, 1): src, (5, 1): "款项已到账，无争议，请予发放。"})
        hand(s, x + cols[0] + mm(80), tops[5] + mm(13), c.officer, rng, size=mm(5))
        hand(s, x + cols[0] + mm(6), tops[6] + mm(6), f"同意发放  {c.judge}", rng, size=mm(5.2), ink=INK)
        s.text(x + cols[0] + mm(6), tops[7] + mm(4), f"已于{num_date(day)}通过{c.extra['in_bank']}转账发放，", font("ming", mm(4.3)))
        s.text(x + cols[0] + mm(6), tops[7] + mm(12), f"凭证号{rng.randint(10**9, 10**10 - 1)}。", font("ming", mm(4.3)))
        court_seal(s, s.width - mm(62), tops[7] + mm(8), rng, inner="执行款专用章")
        footer(s, 1, 1)
        return s
    if code == "dossier_cover":
        ug_line(s, mm(30), UG_SHORT, mm(6), bold=True)
        s.centred(mm(44), "新疆维吾尔自治区喀什市人民法院", font("hei", mm(8)), spacing=mm(1))
        ug_line(s, mm(66), UG["卷宗封面"], mm(5))
        s.centred(mm(78), "执行案件卷宗", font("serif_bold", mm(12)), spacing=mm(7))
        s.centred(mm(100), "（正卷）", font("ming", mm(6)))
        cols = [mm(40), w - mm(40)]
        rows = [["案号", ""], ["案由", ""], ["申请执行人", ""], ["被执行人", ""], ["执行标的", ""], ["立案日期", ""],
                ["结案日期", ""], ["结案方式", ""], ["执行员", ""], ["书记员", ""], ["归档日期", ""], ["保管期限", ""]]
        grid(s, x, mm(112), cols, rows, [mm(11.5)] * len(rows), rng, typed={
            (0, 1): c.number, (1, 1): c.extra["cause"], (2, 1): a.name, (3, 1): r.name, (4, 1): f"人民币{c.amount:,.2f}元",
            (5, 1): num_date(c.filed_on), (6, 1): num_date(c.closed_on), (7, 1): "执行完毕", (8, 1): c.officer,
            (9, 1): c.clerk, (10, 1): num_date(c.closed_on + timedelta(days=24)), (11, 1): "长期"})
        s.text(x, mm(262), f"本卷共　{rng.randint(2, 3)}　册　第 1 册", font("ming", mm(5)))
        return s
    if code == "catalogue":
        y = head(s, "卷内目录", c.number)
        entries = ["执行申请书", "裁决书", "生效证明书", "财产线索表", "诉讼费票据", "身份证明材料", "授权委托书、所函、执业证",
                   "收取执行款账户确认书", "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令、财产申报表",
                   "网络查控结果", "执行裁定书", "协助执行通知书", "执行案款发放审批单", "结案通知书", "结案审批表",
                   "送达回证", "卷宗复核表"]
        page = 1
        rows = [["序号", "文件名称", "日期", "页号", "备注"]]
        for i, e in enumerate(entries, 1):
            rows.append([str(i), e, "", str(page), ""])
            page += rng.choice([1, 1, 2, 3])
        cols = [mm(16), mm(82), mm(30), mm(18), w - mm(146)]
        tops = grid(s, x, y, cols, rows, [mm(9)] * len(rows), rng, gloss=False)
        for i in range(1, len(rows)):
            s.text(x + sum(cols[:2]) + mm(2), tops[i] + mm(2), f"{c.day(max(0, 3 * i - 6 + rng.randint(0, 2))):%Y.%m.%d}", font("ming", mm(3.6)))
        footer(s, 1, 1)
        return s
    if code == "file_review_form":
        y = head(s, "卷宗复核表", c.number)
        cols = [mm(12), w - mm(12) - mm(30), mm(30)]
        checks = ["法律文书齐全，送达回证完整", "执行依据、申请书及身份证明已入卷", "案款收发凭证齐全、与案款系统一致",
                  "维吾尔文、汉文文书一一对应", "材料按归档顺序排列，页号连续", "无空白页、无重复页", "封面、目录、备考表填写完整"]
        rows = [["序号", "复核项目", "结果"], *[[str(i), t, ""] for i, t in enumerate(checks, 1)], ["承办人意见", ""]]
        tops = grid(s, x, y, cols, rows, [mm(11)] * (len(rows) - 1) + [mm(34)], rng, gloss=False)
        for i in range(1, len(checks) + 1):
            hand(s, x + cols[0] + cols[1] + mm(10), tops[i] + mm(1.5), "✓", rng, size=mm(6), ink=BLUE_INK, record=False)
        hand(s, x + mm(36), tops[-2] + mm(6), "已复核，卷宗完整，同意归档。", rng, size=mm(5.4), ink=BLUE_INK)
        hand(s, x + mm(100), tops[-2] + mm(22), f"{c.officer} {num_date(c.closed_on + timedelta(days=18))}", rng, size=mm(4.8))
        footer(s, 1, 1)
        return s
    # remarks_sheet
    y = head(s, "备考表", c.number)
    s.box(x, y, x + w, s.height - mm(60), width=2)
    f = font("ming", mm(4.8))
    s.text(x + mm(6), y + mm(6), "本卷情况说明：", f)
    hand(s, x + mm(12), y + mm(18), f"本卷共有材料{rng.randint(52, 66)}页，其中维吾尔文汉文对照文书齐全。", rng, size=mm(5.2))
    hand(s, x + mm(12), y + mm(30), "无缺页、无破损。", rng, size=mm(5.2))
    yb = s.height - mm(85)
    s.text(x + mm(6), yb, f"立卷人：{c.clerk}", f)
    s.text(x + mm(6), yb + mm(10), f"检查人：{c.officer}", f)
    s.text(x + w / 2, yb + mm(10), f"立卷时间：{num_date(c.closed_on + timedelta(days=20))}", f)
    return s

