"""court_ey (江苏省连云港市海州区人民法院, held out): the old city of 连云港 by the 蔷薇河 — the 紫菜 of the 海州湾 coast, the
水晶 of 东海 sold through 海州's wholesale halls and live-stream rooms, cold stores for the fishing boats' catch. Its
own papers in the bureau's wide-margin 宋 style (court_ey_kit); what it receives in the senders' styles
(court_ey_papers). The working volumes were handled for years and scanned on a flatbed as they were (court_ey_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal, signature, table, wrap
from dossier.corpus.families.court_ey_kit import (
    COURT,
    FOOT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    court_paper,
    number_pages,
    pen,
    song,
)
from dossier.corpus.families.court_ey_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAVER_SEQ, STORE_SEQ, CRYSTAL_SEQ = 21316, 21529, 21843
CPL = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 6, "enforcement_ruling": 10, "assistance_notice": 10, "property_declaration_form": 14,
        "summons": 20, "investigation_record": 26, "settlement_agreement": 30, "consumption_restriction_order": 35,
        "dishonest_list_decision": 35, "closing_notice": 66, "interview_record": 110,
        "termination_this_round_ruling": 122}
"""days after filing on which each paper was made"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=2)
    if code == "payment_voucher":
        return date.fromisoformat(str(c.extra["paid"]))
    if code in ("enforcement_application", "fee_receipt", "payment_account_confirmation",
                "service_address_confirmation", "property_clue_form"):
        return c.filed_on
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """连云港 parties. LAVER_SEQ: a 赣榆 紫菜 processor holds 海州法院's own judgment for dried laver sold to a 海州 food
    trader; STORE_SEQ: a cold-chain company's 连云港仲裁委员会 award for cold-store rent against a seafood trader gone
    under; CRYSTAL_SEQ: a 东海 crystal carver holds 连云港中院's 二审 judgment against a live-stream company."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    story = {LAVER_SEQ: "laver", STORE_SEQ: "store", CRYSTAL_SEQ: "crystal"}[seq]
    c.extra["tale"] = story
    c.firm = rng.choice(["江苏海州湾律师事务所", "江苏苍梧律师事务所", "江苏连海律师事务所"])
    c.extra["firm_addr"] = f"连云港市海州区{rng.choice(['通灌北路', '解放中路', '海连中路'])}{rng.randint(8, 260)}号"
    c.extra["licence"] = f"13207{rng.randint(2005, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["recv_bank"] = rng.choice(["江苏银行连云港分行营业部", "江苏海州农村商业银行新浦支行", "中国银行连云港海州支行"])
    c.extra["recv_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["officer_no"] = f"32070{rng.randint(6100, 6199)}"
    born = date(rng.randint(1966, 1990), rng.randint(1, 12), rng.randint(1, 28))
    if story == "laver":
        c.applicant = Party(f"连云港{rng.choice(['海头', '石桥', '柘汪'])}{rng.choice(['海洋食品', '紫菜加工'])}有限公司",
                            "organisation", credit_code(rng, "320707"),
                            f"江苏省连云港市赣榆区{rng.choice(['海头镇', '石桥镇'])}{rng.choice(['海脐', '渔港'])}路{rng.randint(1, 99)}号",
                            f"0518-866{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"连云港{rng.choice(['润海', '鑫禾', '佳味'])}食品贸易有限公司", "organisation",
                             credit_code(rng, "320706"),
                             f"江苏省连云港市海州区{rng.choice(['新浦', '浦西'])}{rng.choice(['农贸批发市场', '食品城'])}"
                             f"{rng.randint(1, 30)}幢{rng.randint(101, 130)}室", f"0518-855{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）苏0706民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["boxes"] = rng.randint(900, 3200)
        c.extra["bank"] = rng.choice(["中国农业银行连云港新浦支行", "江苏银行连云港海州支行"])
        c.extra["acct"] = f"1044{rng.randint(10**11, 10**12 - 1)}"
        c.extra["taken"] = (c.amount * Decimal("0.38")).quantize(Decimal("0.01"))
    elif story == "store":
        c.applicant = Party(f"连云港{rng.choice(['港城', '海联', '冰源'])}冷链物流有限公司", "organisation",
                            credit_code(rng, "320703"),
                            f"江苏省连云港市连云区{rng.choice(['墟沟', '连云港经济技术开发区'])}{rng.choice(['海棠北路', '中山中路'])}"
                            f"{rng.randint(10, 300)}号", f"0518-823{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"连云港{rng.choice(['大浦', '新海', '蓝湾'])}水产有限公司", "organisation",
                             credit_code(rng, "320706"),
                             f"江苏省连云港市海州区{rng.choice(['海州水产批发市场', '苍梧路水产城'])}"
                             f"{rng.choice('ABC')}区{rng.randint(1, 80)}号", f"0518-856{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "连云港仲裁委员会"
        c.basis_number = f"（2023）连仲裁字第{rng.randint(200, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 100))
        c.extra["cause"] = "仓储合同纠纷"
        c.extra["tons"] = rng.randint(120, 600)
    else:
        c.applicant = Party(person_name(rng), "person", id_number(rng, "320722", born),
                            f"江苏省东海县{rng.choice(['牛山街道', '平明镇', '驼峰乡'])}{rng.choice(['水晶路', '晶都大道'])}"
                            f"{rng.randint(1, 200)}号", f"138{rng.randint(10**7, 10**8 - 1)}", born=born,
                            sex=rng.choice("男女"))
        c.respondent = Party(f"连云港{rng.choice(['晶耀', '晶品汇', '琉光'])}电子商务有限公司", "organisation",
                             credit_code(rng, "320706"),
                             f"江苏省连云港市海州区{rng.choice(['新坝镇', '路南街道'])}{rng.choice(['电商产业园', '创意园'])}"
                             f"{rng.randint(1, 9)}号楼{rng.randint(2, 6)}0{rng.randint(1, 9)}室",
                             f"0518-812{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "江苏省连云港市中级人民法院"
        c.extra["first_no"] = f"（2023）苏0706民初{rng.randint(1000, 8999)}号"
        c.basis_number = f"（2023）苏07民终{rng.randint(1000, 5999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["pieces"] = rng.randint(300, 1800)
        c.amount = Decimal(rng.randint(9000, 46000)) * 10
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["paid"] = c.day(rng.randint(40, 55)).isoformat()


def basis_name(c: CaseCtx) -> str:
    kind = {"laver": "民事判决书", "store": "裁决书", "crystal": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served, made_on(c, code))
    return _own(code, c, rng, served)


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]


def _party(label: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("f", f"{label}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。")
    born = p.born or date(1980, 1, 1)
    return ("f", f"{label}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日生，汉族，住{p.address}。")


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方依据{basis_name(c)}向本院申请强制执行，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案，"
                  f"案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}协助，联系电话{c.court.phone}。你方如掌握被执行人的财产线索，"
                  "请及时书面告知本院；案件流程信息可通过江苏法院诉讼服务网或“江苏微法院”查询。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{case}，依照《诉讼费用交纳办法》的规定，你方应预交申请执行费{c.extra['fee']}元。请于七日内通过"
                  "江苏省非税收入统一缴款平台缴纳，或持本通知到本院诉讼服务中心缴费；该费用最终由被执行人负担。"),
            ("p", "逾期不交又未申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}依据{basis_name(c)}申请执行，本院已立案。依照{CPL}第二百四十七条、第二百五十一条的规定，"
                  "责令你单位自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息（按生效法律文书确定的期间计算）；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "你单位逾期不履行的，本院将依法查封、扣押、冻结、拍卖你单位的财产，并可对你单位及法定代表人采取限制消费措施、"
                  "纳入失信被执行人名单。"),
        ], signers=[("执行员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{CPL}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条至第十条的规定，责令你单位在收到本令后五日内，如实向本院报告当前及收到执行通知之日前一年的财产情况。"),
            ("p", "报告内容包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益、基金份额、知识产权等财产性权利。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单。"),
        ], signers=[("执行员", c.officer)], day=d)
    if code == "enforcement_ruling":
        if t == "laver":
            items = [f"一、冻结被执行人{r.name}在{c.extra['bank']}账号{c.extra['acct']}的存款；",
                     f"二、扣划上述账户内存款{money(c.extra['taken'])}至本院执行款专户。"]
        else:
            items = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的财产。"]
        return court_paper(c, rng, "执行裁定书", [
            _party("申请执行人", a), *([("f", f"法定代表人：{a.legal_rep}。")] if a.kind == "organisation" else []),
            _party("被执行人", r), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院依据{basis_name(c)}，在执行{case}中，被执行人{r.name}未按执行通知履行给付义务。依照{CPL}"
                  "第二百四十九条、第二百五十条，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，"
                  "裁定如下："),
            *[("p", x) for x in items],
            ("p", "本裁定立即执行。"),
        ], signers=_bench(c), day=d, checked=True)
    if code == "assistance_notice":
        bank = c.extra.get("bank", "中国工商银行连云港海州支行")
        what = (f"扣划被执行人{r.name}在你行账号{c.extra['acct']}内的存款{money(c.extra['taken'])}，划至本院执行款专户。"
                if t == "laver" else f"冻结被执行人{r.name}在你行的存款，以{money(c.amount)}为限，冻结期限一年。")
        return court_paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{case}，本院{c.number}执行裁定书已发生法律效力。依照{CPL}第二百五十条的规定，请协助执行以下事项："),
            ("p", what),
            ("f", f"执行人员：{c.officer}　{c.clerk}（工作证号{c.extra['officer_no']}）"),
            ("f", "附：执行裁定书一份"),
        ], number=f"{c.number}-1", day=d)
    if code == "closing_notice":
        how = ("本院扣划存款后，双方达成执行和解，被执行人已付清余款" if t == "laver"
               else "双方达成执行和解，被执行人已按和解协议付清款项")
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}（{num_date(made_on(c, 'payment_voucher'))}），执行款已转入你方指定的"
                  f"{c.extra['recv_bank']}账户。本案已执行完毕，依法结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            _party("申请执行人", a), ("f", f"法定代表人：{a.legal_rep}。"),
            _party("被执行人", r), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}申请执行{basis_name(c)}一案中，经网络执行查控系统查询，被执行人名下银行账户无可供执行"
                  "的存款，无登记的车辆、不动产、证券、股权；经到其在海州水产批发市场的经营场所调查，该处已停止经营、冷柜空置。"
                  f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人的委托代理人，告知财产调查结果，申请执行人"
                  "未能提供新的财产线索，同意终结本次执行程序。"),
            ("p", f"依照{CPL}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的"
                  "规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案未执行到位金额{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，可以向本院申请恢复执行；"
                  "被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=_bench(c), day=d, checked=True)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(made_on(c, 'enforcement_notice'))}向你单位发出执行通知书，你单位未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务。依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                  f"现禁止你单位及你单位法定代表人{r.legal_rep}实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需"
                  "车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                  "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            _party("被执行人", r), ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务，且未按本院报告财产令"
                  "报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, person_name(rng), "海州水产批发市场" + r.address.split("市场")[-1], [
            ("问", f"我们是海州区人民法院执行局的执行人员（出示工作证），今天来了解{r.name}的经营情况。你和这家公司是什么关系？"),
            ("答", "我是市场管理处的，这一排摊位归我们管。"),
            ("问", f"{r.name}现在还在这里经营吗？"),
            ("答", "去年年底就不干了，冷柜里的货清完就走了，摊位费还欠市场三个月。"),
            ("问", "摊位里还有公司的冷柜、车辆或者其他东西吗？"),
            ("答", "冷柜是市场的，他们自己的三轮车也骑走了，里面空的，你们可以看。"),
            ("问", f"你知道法定代表人{r.legal_rep}在哪里吗？"),
            ("答", "听说去外地跑船了，电话打过几次不接。"),
            ("问", "以上说的是否属实？"),
            ("答", "属实。"),
        ])
    if code == "interview_record":
        return _record(c, rng, "约谈笔录", d, c.agent, "本院执行局接待室", [
            ("问", f"我们是{c.number}案件的承办人员。你的身份？"),
            ("答", f"我是{c.firm}律师{c.agent}，受{a.name}委托，有特别授权。"),
            ("问", "现向你方告知本案执行情况：本院通过网络查控系统查询了被执行人的存款、车辆、不动产、股权、网络资金，均无可供执行"
                   "财产；到其市场摊位调查，已停业；已对其限制消费并纳入失信名单。你方是否清楚？"),
            ("答", "清楚，查询结果我们看过。"),
            ("问", "你方能否提供被执行人其他财产线索？"),
            ("答", "目前没有。冷库里的货早就被他们拉走了，去向不明。"),
            ("问", "本院拟对本案终结本次执行程序，终本后发现财产可申请恢复执行。你方有何意见？"),
            ("答", "同意。以后有线索我们再来申请。"),
        ])
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on the printed form: the stub boxes filled with a ballpoint."""
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=8)
    s.centred(TOP + 88, "传　票", font("hei", 80), spacing=40)
    s.text(LEFT, TOP + 210, "案号", song(38))
    pen(s, LEFT + mm(16), TOP + 200, c.number, rng, size=40)
    when = d + timedelta(days=6)
    rows = [("案　　由", f"{c.extra['cause']}（执行）"), ("被传唤人", f"{c.respondent.legal_rep}"),
            ("工作单位", c.respondent.name), ("传唤事由", "询问财产情况"),
            ("应到时间", f"{when.year}年{when.month}月{when.day}日9时"), ("应到处所", "本院执行局（海州区朝阳东路66号）二楼")]
    y = TOP + 290
    table(s, LEFT, y, [mm(42), WIDTH - mm(42)], [[k, ""] for k, _ in rows], song(40), row_h=118, centre_first=True)
    for i, (_, v) in enumerate(rows):
        pen(s, LEFT + mm(48), y + 118 * i + 36, v, rng, size=38)
    y += 118 * len(rows) + 50
    for line in ("注意：", "1．被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
                 "2．被传唤人无正当理由拒不到场的，本院可以拘传。", "3．被传唤人收到传票后，应在送达回证上签名。"):
        s.text(LEFT, y, line, song(36))
        y += 62
    s.text(LEFT, y + 40, f"执行员：{c.officer}　书记员：{c.clerk}", song(38))
    s.right(s.width - RIGHT - mm(8), y + 150, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(34), y + 158, COURT, rng, radius=mm(19))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, who: str, place: str,
            qa: list[tuple[str, str]]) -> list[Sheet]:
    """A 笔录 printed from the bureau's computer on plain paper, each page signed in the margin and 捺印 in red."""
    f = song(40)
    lh = 72
    sheets: list[Sheet] = []

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(TOP, title, font("hei", 66), spacing=28)
        sheets.append(s)
        return s, TOP + 120

    s, y = page()
    start = rng.choice([9, 10, 14, 15])
    for line in (f"时间：{d.year}年{d.month}月{d.day}日{start}时{rng.choice(['05', '20', '40'])}分至{start}时"
                 f"{rng.choice(['48', '55'])}分", f"地点：{place}",
                 f"执行人员：{c.officer}、{c.clerk}　记录人：{c.clerk}", f"被调查（约谈）人：{who}", f"案号：{c.number}"):
        s.text(LEFT, y, line, f)
        y += lh
    y += 10
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, WIDTH)):
            if y > s.height - FOOT - 120:
                s, y = page()
            s.text(LEFT + (f.size * 2 if k else 0), y, part, f)
            y += lh
    pen(sheets[-1], LEFT + mm(6), y + 16, "以上笔录我已看过，和我说的一样。", rng, size=42, ink=(25, 25, 30))
    for sh in sheets:
        sh.text(sh.width - RIGHT - mm(92), sh.height - FOOT - 40, "被调查人：", song(34))
        signature(sh, sh.width - RIGHT - mm(56), sh.height - FOOT - 56, who, rng)
        sh.draw.ellipse((sh.width - RIGHT - mm(18), sh.height - FOOT - 66, sh.width - RIGHT - mm(8),
                         sh.height - FOOT - 18), fill=(200 + rng.randint(-20, 20), 50, 60))
    return number_pages(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "执行案件结案审批表", font("hei", 64), spacing=10)
    s.text(LEFT, TOP + 110, f"承办部门：执行局执行{rng.choice(['一', '二'])}庭", song(36))
    s.right(s.width - RIGHT, TOP + 110, f"案号：{c.number}", song(36))
    t = tale(c)
    how = "终结本次执行程序" if t == "store" else "执行完毕"
    got = Decimal(0) if t == "store" else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元"], ["实际执结", f"{got:,.2f}元"], ["结案方式", how],
            ["承办人意见", ""], ["执行长意见", ""], ["局长审批", ""]]
    y = TOP + 180
    hs = [96, 96, 130, 96, 96, 96, 260, 220, 220]
    table(s, LEFT, y, [mm(42), WIDTH - mm(42)], rows, song(36), row_h=hs, centre_first=True)
    base = y + sum(hs[:6])
    pen(s, LEFT + mm(48), base + 40, f"本案已{how}，相关文书已送达，建议报结。", rng)
    pen(s, s.width - RIGHT - mm(70), base + 180, f"{c.officer}  {d.month}月{d.day}日", rng, size=36)
    pen(s, LEFT + mm(48), base + 300, "同意报结。", rng)
    pen(s, s.width - RIGHT - mm(70), base + 400, c.judge, rng, size=36)
    pen(s, LEFT + mm(48), base + 520, "同意。", rng, ink=(40, 40, 40))
    pen(s, s.width - RIGHT - mm(70), base + 620, f"{person_name(rng)}  {d.month}.{min(d.day + 1, 28)}", rng, size=36,
        ink=(40, 40, 40))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "summons": "传票",
                 "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a four-column grid; the served papers typed, the signature and the date of receipt by hand."""
    to_app = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_app else c.respondent
    signer = c.agent if to_app else (who.legal_rep or who.name)
    latest = max(made_on(c, x) for x in served)
    got = latest + timedelta(days=rng.randint(1, 5))
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=8)
    s.centred(TOP + 88, "送 达 回 证", font("hei", 74), spacing=14)
    s.right(s.width - RIGHT, TOP + 200, f"{c.number}", song(38))
    y = TOP + 270
    q = WIDTH / 4
    rows = [["案　由", c.extra["cause"], "受送达人", who.name], ["送达地址", who.address],
            ["送达文书", ""], ["送达方式", "直接送达" if to_app else "邮寄送达"],
            ["受送达人签收", ""], ["代收人", ""], ["送达人", f"{c.clerk}"], ["备　注", ""]]
    hs = [120, 110, 90 + 72 * len(served), 96, 260, 110, 96, 140]
    table(s, LEFT, y, [q * 0.8, q * 1.4, q * 0.8, q], rows, song(36), row_h=hs, centre_first=True)
    yy = y + hs[0] + hs[1] + 40
    for n in served:
        s.text(LEFT + q * 0.8 + 14, yy, f"{c.number}{RECEIPT_NAMES[n]}", song(36))
        yy += 72
    yy = y + sum(hs[:4])
    signature(s, LEFT + q * 1.2, yy + 40, signer, rng)
    pen(s, LEFT + q * 2.1, yy + 170, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(30, 30, 34))
    end = y + sum(hs)
    s.text(LEFT, end + 40, "签发日期", song(36))
    s.right(s.width - RIGHT - mm(8), end + 110, cn_date(latest), song(38))
    seal(s, s.width - RIGHT - mm(32), end + 120, COURT, rng, radius=mm(18))
    return [s]


CATALOGUE = ["卷宗封面", "卷内目录", "民事判决书", "生效证明书", "强制执行申请书", "财产线索表", "营业执照、法定代表人身份证明",
             "授权委托书、律所函、律师执业证", "收款账户确认书", "送达地址确认书", "受理、缴费、执行通知书及报告财产令",
             "网络查控反馈", "执行裁定书、协助执行通知书", "财产申报表", "执行和解协议", "执行款收付凭证", "结案通知书",
             "结案审批表", "送达回证", "立卷审查表", "备考表"]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(250, 246, 236)) if code == "dossier_cover" else Sheet()
    filed = c.closed_on + timedelta(days=rng.randint(15, 30))
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=3)
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=1)
        s.centred(mm(46), COURT, font("serif_bold", 64), spacing=10)
        s.centred(mm(72), "执 行 卷", font("hei", 120), spacing=40)
        s.centred(mm(104), "（正卷）", song(46))
        rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行标的", f"{c.amount:,.2f}元"], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["承办人", c.officer],
                ["书记员", c.clerk], ["归档日期", num_date(filed)], ["保管期限", "长期"]]
        table(s, mm(34), mm(114), [mm(44), s.width - mm(68) - mm(44)], rows, song(40), row_h=88, centre_first=True)
        s.text(mm(34), s.height - mm(36), f"本卷共　{rng.randint(52, 74)}　页　　全宗号 J137　　卷号 {c.number[-6:-1]}",
               song(38))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 文 件 目 录", font("hei", 64), spacing=10)
        s.text(LEFT, TOP + 110, f"案号：{c.number}", song(36))
        rows = [["顺序号", "文　件　名　称", "页　号"]]
        p = 1
        for i, item in enumerate(CATALOGUE, 1):
            n = rng.choice([1, 1, 2, 3])
            rows.append([str(i), item, f"{p}—{p + n - 1}" if n > 1 else str(p)])
            p += n
        table(s, LEFT, TOP + 170, [mm(24), WIDTH - mm(24) - mm(32), mm(32)], rows, song(32), row_h=84, centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, "执行案件立卷审查表", font("hei", 62), spacing=8)
        s.text(LEFT, TOP + 110, f"案号：{c.number}", song(38))
        items = ["文书材料是否齐全", "送达回证是否齐全", "执行款收付是否清结", "卷内材料排列、编页是否规范", "有无金属物及重复材料"]
        rows = [["审查项目", "审查结果"], *[[k, ""] for k in items], ["审查意见", ""], ["审查人", ""]]
        y = TOP + 180
        hs = [96, *[110] * 5, 240, 110]
        table(s, LEFT, y, [WIDTH * 0.6, WIDTH * 0.4], rows, song(38), row_h=hs)
        for k in range(5):
            pen(s, LEFT + WIDTH * 0.6 + mm(18), y + 96 + 110 * k + 30, "是" if k < 4 else "无", rng)
        pen(s, LEFT + WIDTH * 0.6 + mm(6), y + 96 + 550 + 80, "符合归档要求", rng)
        signature(s, LEFT + WIDTH * 0.6 + mm(14), y + 96 + 550 + 240 + 20, person_name(rng), rng)
        s.right(s.width - RIGHT, y + sum(hs) + 60, num_date(filed), song(38))
        return [s]
    s.centred(TOP, "卷 内 备 考 表", font("hei", 64), spacing=10)
    s.box(LEFT, TOP + 130, s.width - RIGHT, s.height - mm(36), width=2)
    s.text(LEFT + 30, TOP + 170, f"本卷情况说明：本卷共有文件材料{len(CATALOGUE)}件，计{rng.randint(52, 74)}页。", song(40))
    s.text(LEFT + 30, TOP + 250, "执行款已全部发放，冻结账户已解除冻结，无未了事项。", song(40))
    for k, (label, who) in enumerate((("立卷人", c.clerk), ("检查人", person_name(rng)))):
        yy = s.height - mm(110) + k * mm(26)
        s.text(LEFT + 30, yy, f"{label}：", song(40))
        signature(s, LEFT + 230, yy - 14, who, rng)
    s.text(LEFT + 30, s.height - mm(56), f"立卷时间：{num_date(filed)}", song(40))
    return [s]
