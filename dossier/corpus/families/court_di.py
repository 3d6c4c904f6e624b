"""court_di (江西省九江市浔阳区人民法院, held out): the old town on the Yangtze at 九江 — 浔阳东路, 甘棠湖, the riverside
lanes of 白水湖 and 湓浦. Three volumes: a 九江中院 二审 judgment on a construction subcontract against a builder
with nothing left (终本, archived); a 九江仲裁委员会 award on the hire of a car fleet, paid after a settlement; and the
court's own 相邻关系 judgment ordering a neighbour to pull down a wall, done — filed without the 财产线索表. Own papers
in court_di_kit's press, received ones in their makers' styles (court_di_papers); the volumes were scanned by an
archive-digitisation vendor (court_di_capture)."""

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
from dossier.corpus.families.court_di_kit import (
    COURT,
    FOOT,
    LEFT,
    RIGHT,
    TOP,
    WIDTH,
    decree,
    heavy,
    pen,
    song,
)
from dossier.corpus.families.court_di_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
BUILD_SEQ, HIRE_SEQ, WALL_SEQ = 20137, 20219, 20344
LAW = "《中华人民共和国民事诉讼法》"
UNNUMBERED = frozenset({"dossier_cover", "catalogue", "file_review_form", "remarks_sheet"})
DAY = {"enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -3, "identity_proof": -3,
       "payment_account_confirmation": 0, "service_address_confirmation": 0, "property_clue_form": -2, "fee_receipt": 1,
       "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
       "online_inquiry_result": 4, "enforcement_ruling": 10, "assistance_notice": 11, "property_declaration_form": 13,
       "summons": 20, "investigation_record": 27, "settlement_agreement": 30, "evidence": 44, "payment_voucher": 47,
       "consumption_restriction_order": 36, "dishonest_list_decision": 36, "interview_record": 112,
       "termination_this_round_ruling": 121, "closing_notice": 66, "lawyer_license": -4}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=16)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=9)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=19)
    return c.day(DAY.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """九江 parties. BUILD_SEQ: a 钢结构 subcontractor won on appeal (九江中院) against the general contractor that kept
    its progress payments; HIRE_SEQ: a car-hire company's 九江仲裁委员会 award against a logistics firm that kept
    hired vans and the rent; WALL_SEQ: a householder's judgment of this court against the neighbour who walled the
    shared lane (拆除围墙, 赔偿损失)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {BUILD_SEQ: "build", HIRE_SEQ: "hire", WALL_SEQ: "wall"}[seq]
    c.firm = rng.choice(["江西浔城律师事务所", "江西庐峰律师事务所", "江西甘棠湖律师事务所"])
    c.extra["firm_addr"] = f"九江市浔阳区{rng.choice(['庐山北路', '大中路', '西园路'])}{rng.randint(2, 180)}号"
    c.extra["licence"] = f"1360420{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["九江银行浔阳支行", "中国工商银行九江浔阳支行", "江西银行九江分行"])
    c.extra["in_acct"] = f"62{rng.randint(10**14, 10**15 - 1)}"
    street = rng.choice(["湓浦街道", "白水湖街道", "甘棠街道", "人民路街道"])
    if tale(c) == "build":
        c.applicant = Party(f"九江{rng.choice(['鼎泰', '浔钢', '长虹'])}钢结构工程有限公司", "organisation",
                            credit_code(rng, "360403"), f"江西省九江市浔阳区{street}{rng.choice(['九龙街', '三里街'])}"
                            f"{rng.randint(10, 300)}号", f"0792-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"九江{rng.choice(['恒建', '兴浔', '汇通'])}建设集团有限公司", "organisation",
                             credit_code(rng, "360402"), f"江西省九江市濂溪区{rng.choice(['十里大道', '莲花大道'])}"
                             f"{rng.randint(1, 500)}号", f"0792-85{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "江西省九江市中级人民法院"
        c.extra["first_no"] = f"（2022）赣0403民初{rng.randint(1000, 6999)}号"
        c.basis_number = f"（2023）赣04民终{rng.randint(300, 2999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.extra["project"] = f"{rng.choice(['八里湖', '琵琶湖', '柴桑'])}{rng.choice(['物流园', '产业园'])}二期厂房钢结构工程"
    elif tale(c) == "hire":
        c.applicant = Party(f"九江{rng.choice(['畅途', '浔运', '庐山'])}汽车租赁有限公司", "organisation",
                            credit_code(rng, "360403"), f"江西省九江市浔阳区{rng.choice(['浔阳东路', '长虹大道'])}"
                            f"{rng.randint(1, 400)}号", f"0792-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"九江{rng.choice(['顺江', '通达', '港城'])}物流有限公司", "organisation",
                             credit_code(rng, "360404"), f"江西省九江市柴桑区{rng.choice(['沙河', '港口'])}街"
                             f"{rng.randint(1, 200)}号", f"0792-66{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "九江仲裁委员会"
        c.basis_number = f"（2023）九仲字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "车辆租赁合同纠纷"
        c.extra["vans"] = rng.randint(4, 9)
        c.amount = Decimal(rng.randint(16000, 52000)) * 10
    else:
        born = date(rng.randint(1956, 1975), rng.randint(1, 12), rng.randint(1, 28))
        lane = rng.choice(["龙开河", "大中路", "湓浦路", "庾亮南路"])
        c.extra["lane"] = lane
        c.applicant = Party(person_name(rng), "person", id_number(rng, "360403", born),
                            f"江西省九江市浔阳区{lane}{rng.randint(3, 90)}号", f"137{rng.randint(10000000, 99999999)}",
                            born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1960, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "360403", born),
                             f"江西省九江市浔阳区{lane}{rng.randint(3, 90)}号附{rng.randint(1, 6)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）赣0403民初{rng.randint(2000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "相邻关系纠纷"
        c.extra["wall"] = (round(rng.uniform(6.5, 14.0), 1), round(rng.uniform(1.8, 2.6), 1))
        c.amount = Decimal(rng.randint(3200, 9800))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 150)) if tale(c) != "wall" else Decimal(50 + 4 * int(c.amount) // 100)
    c.extra["done"] = c.day(rng.randint(38, 46))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = received(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served)
    for s in sheets:
        s.di_volume = f"{c.number}@{id(c)}"  # type: ignore[attr-defined]
        s.di_numbered = code not in UNNUMBERED  # type: ignore[attr-defined]
    return sheets


def basis_name(c: CaseCtx) -> str:
    kind = {"build": "民事判决书", "hire": "裁决书", "wall": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _bench(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))), ("书记员", c.clerk)]


def _duty(c: CaseCtx) -> list[str]:
    if tale(c) == "wall":
        w, h = c.extra["wall"]
        return [f"一、于收到本通知之日起十日内自行拆除在{c.extra['lane']}巷道内砌筑的砖墙（长约{w}米、高约{h}米），"
                "恢复通行；", f"二、支付申请执行人财产损失{money(c.amount)}；", f"三、负担执行费{c.extra['fee']}元。"]
    return [f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；", f"二、负担申请执行费{c.extra['fee']}元。"]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    unit = "单位" if r.kind == "organisation" else ""
    if code == "acceptance_notice":
        return decree(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_name(c)}一案，本院审查后认为符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请按期交纳执行费；知悉被执行人财产线索的，"
                  "请及时书面告知本院。执行进度可通过“江西法院”微信公众号或中国执行信息公开网查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return decree(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院立案执行的{_case(c)}，根据《诉讼费用交纳办法》第十四条之规定，应交纳申请执行费{c.extra['fee']}元。"
                  "请于收到本通知次日起七日内向本院交纳（户名：九江市浔阳区人民法院，开户行：九江银行浔阳支行）。"),
            ("p", "逾期未交纳又未申请缓交的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return decree(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}一案，本院已立案执行。依照{LAW}第二百五十一条的规定，责令你{unit}：")]
            + [("p", x) for x in _duty(c)]
            + [("p", "逾期不履行的，本院将依法强制执行，并可对你" + unit + "采取限制消费、纳入失信被执行人名单等措施。")],
            signers=_staff(c), day=d)
    if code == "property_report_order":
        return decree(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第五条的规定，责令你" + unit + "自收到本令之日起五日内，如实向本院报告当前及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        if tale(c) == "wall":
            w, h = c.extra["wall"]
            what = [f"由本院组织对被执行人{r.name}在{c.extra['lane']}巷道内砌筑的砖墙（长约{w}米、高约{h}米）予以强制拆除，"
                    "拆除费用由被执行人负担；", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}。"]
            what = [f"{'一二'[i]}、{x}" for i, x in enumerate(what)]
        else:
            what = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、冻结其相应价值的财产。"]
        return decree(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。" if a.kind == "organisation" else
             f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年生，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。" if r.kind == "organisation" else
             f"被执行人：{r.name}，{r.sex}，{r.born.year if r.born else ''}年生，住{r.address}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十三条、"
                  f"第二百五十四条{'、第二百六十三条' if tale(c) == 'wall' else ''}的规定，裁定如下："),
            *[("p", x) for x in what],
            ("p", "本裁定立即执行。"),
        ], signers=_bench(c), day=d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = {"hire": f"被执行人已按执行和解协议于{cn_date(c.extra['done'])}付清全部款项",
               "wall": f"被执行人已于{cn_date(c.extra['done'])}自行拆除砖墙、恢复通行，并支付损失款",
               "build": ""}[tale(c)]
        return decree(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}，执行款已转入你方指定账户（{c.extra['in_bank']}）。"),
            ("p", "本案已执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案作结案处理。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return decree(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}，总经理。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，董事长。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，经网络执行查控系统查询，"
                  "被执行人名下银行账户余额合计不足千元，已扣划；无登记在其名下的车辆、不动产；经向九江市住房和城乡建设局"
                  "调查，被执行人在本市无在建工程项目及可供执行的工程款。本院已对被执行人发出限制消费令，并将其纳入失信"
                  "被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人的委托代理人，告知财产调查情况，申请执行人"
                  "表示暂不能提供其他财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第（六）项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                  "第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案申请执行标的{money(c.amount)}，未执行到位{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，"
                  "可以向本院申请恢复执行；申请恢复执行不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], signers=_bench(c), day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return decree(c, rng, "限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因你单位未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位"
                  f"及你单位法定代表人{r.legal_rep}采取限制消费措施，限制其实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营"
                  "必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐"
                  "G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，本院将依法追究法律责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return decree(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不向本院"
                  "报告财产情况。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项的"
                  "规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之一"), signers=[("执行局局长", person_name(rng))], day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "build":
        to = "九江市住房和城乡建设局"
        ask = (f"请协助查询被执行人{r.name}（统一社会信用代码{r.id_number}）在本市承建的在建工程项目、已办理施工许可的项目"
               "及在建设单位处应收工程款、农民工工资保证金的情况，并于收到本通知后十日内书面回复本院。")
    elif tale(c) == "hire":
        to = "九江市公安局交通警察支队车辆管理所"
        ask = f"请协助查封被执行人{r.name}名下登记的机动车辆，查封期间不得办理过户、抵押登记，期限二年。"
    else:
        to = "九江市浔阳区湓浦街道办事处、九江市浔阳区城市管理局"
        ask = (f"本院定于{cn_date(d + timedelta(days=12))}上午九时对被执行人{r.name}在{c.extra['lane']}巷道内砌筑的砖墙依法"
               "组织拆除，请届时派员到场协助维持秩序、见证拆除过程。")
    sheets = decree(c, rng, "协助执行通知书", [
        ("f", f"{to}："),
        ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百四十二条、第二百五十八条的规定，请协助执行下列事项："),
        ("p", ask),
        ("f", f"附：{c.number}执行裁定书一份"),
        ("f", f"经办人：{c.officer}、{c.clerk}　联系电话：{c.court.phone}"),
    ], number=c.number.replace("号", "号之二"), day=d)
    if tale(c) == "build":
        from dossier.corpus.families.court_di_papers import bureau_reply
        sheets.append(bureau_reply(c, rng, d + timedelta(days=rng.randint(6, 9))))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(46))
    s.centred(TOP + 84, "传　票", heavy(80), spacing=30)
    s.text(LEFT, TOP + 210, f"案号　{c.number}", song(36))
    s.right(s.width - RIGHT, TOP + 210, "（执行）", song(36))
    due = d + timedelta(days=6)
    rows = [("案由", f"{c.extra['cause']}执行"), ("被传唤人", f"{c.respondent.legal_rep}"),
            ("工作单位或住址", f"{c.respondent.name}（法定代表人）"), ("传唤事由", "到庭接受询问，如实报告财产"),
            ("应到时间", f"{due.year}年{due.month}月{due.day}日　9 时 00 分"), ("应到处所", "本院执行局二楼第三询问室")]
    y = TOP + 290
    label_w = mm(46)
    for _k, (lab, val) in enumerate(rows):
        s.box(LEFT, y, LEFT + WIDTH, y + 118, width=2)
        s.line(LEFT + label_w, y, LEFT + label_w, y + 118, width=2)
        s.centred(y + 38, lab, song(36), x0=LEFT, x1=LEFT + label_w)
        pen(s, LEFT + label_w + mm(6), y + 34, val, rng, size=40)
        y += 118
    y += 50
    for line in ["注意：", "1．被传唤人必须准时到达应到处所，持本传票报到。", "2．被传唤人收到传票后，应在送达回证上签名或者盖章。",
                 "3．被执行人无正当理由拒不到场的，本院可以依法拘传。"]:
        s.text(LEFT, y, line, song(34))
        y += 60
    y += 70
    s.right(s.width - RIGHT - mm(8), y, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(34), y + 12, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 150, f"执行员 {c.officer}　　书记员 {c.clerk}", song(34))
    return [s]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 on the bureau's record paper: a boxed head (time, place, persons), the questions and answers in ball-pen on
    ruled lines, 问/答 at the margin, each page signed at the foot."""
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        title = "调查笔录"
        who, place = person_name(rng), f"{r.name}原办公地址"
        qa = [("问", "我们是浔阳区法院执行局的，依法到场调查，你是什么人？"),
              ("答", f"我是这栋楼的物业管理员，{r.name}以前租了三楼。"),
              ("问", "该公司现在是否还在这里办公？"),
              ("答", "去年年底就搬走了，房租还欠着，东西基本都拉走了。"),
              ("问", "知道搬到哪里去了吗？有没有工地在做？"),
              ("答", "不清楚，听说项目都停了，工人来要过几次工资。"),
              ("问", "以上说的是否属实？"), ("答", "属实。")]
    else:
        title = "约谈笔录"
        who, place = c.agent, "本院执行局约谈室"
        qa = [("问", f"今天约谈你，告知{c.number}一案的执行情况。请说明你的身份。"),
              ("答", f"我是{c.firm}律师{c.agent}，受{a.name}特别授权委托。"),
              ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、股权等，余额已扣划，无其他财产；"
                     "住建局回复其在本市无在建项目；已限制消费、纳入失信名单。你方有无新的财产线索？"),
              ("答", "没有，我们也去找过，公司已经没人了。"),
              ("问", "本院拟终结本次执行程序，你方有何意见？"),
              ("答", "同意终本，以后发现财产再申请恢复执行。")]
    pages: list[Sheet] = []
    lh = 78

    def page() -> tuple[Sheet, float]:
        s = Sheet()
        s.centred(TOP - mm(6), title, heavy(66), spacing=30)
        y = TOP + 100
        for k in range(21):
            s.line(LEFT, y + k * lh + 62, LEFT + WIDTH, y + k * lh + 62, width=1, fill=(150, 160, 175))
        pages.append(s)
        return s, y

    s, y = page()
    top = [f"时间：{d.year}年{d.month}月{d.day}日{rng.choice(['9', '10', '14'])}时{rng.choice(['00', '10', '30'])}分",
           f"地点：{place}", f"执行人员：{c.officer}、{c.clerk}　记录人：{c.clerk}", f"被{title[:2]}人：{who}", f"案号：{c.number}"]
    for t in top:
        s.text(LEFT, y, t, song(36))
        y += lh
    for q, text in qa:
        for k, part in enumerate(wrap(text, song(40), WIDTH - mm(14))):
            if y > s.height - FOOT - mm(20):
                s, y = page()
            if k == 0:
                s.text(LEFT, y, f"{q}：", song(38))
            pen(s, LEFT + mm(14), y - 4, part, rng, size=40, ink=(20, 22, 30))
            y += lh
    pen(pages[-1], LEFT + mm(14), y, "以上笔录已看过，记录属实。", rng, size=40, ink=(20, 22, 30))
    for i, sh in enumerate(pages, 1):
        sh.text(LEFT, sh.height - FOOT, f"被{title[:2]}人：", song(34))
        signature(sh, LEFT + mm(36), sh.height - FOOT - 10, who, rng)
        sh.text(LEFT + WIDTH / 2, sh.height - FOOT, "执行人员：", song(34))
        signature(sh, LEFT + WIDTH / 2 + mm(34), sh.height - FOOT - 10, c.officer, rng)
        sh.right(sh.width - RIGHT, sh.height - FOOT + mm(12), f"第{i}页", song(30))
        if i > 1:
            sh.page_of = (i, len(pages))
    return pages


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, "浔阳区人民法院执行案件结案审批表", heavy(54))
    how = {"build": "终结本次执行程序", "hire": "执行完毕", "wall": "执行完毕"}[tale(c)]
    got = Decimal(0) if tale(c) == "build" else c.amount
    y = TOP + 120
    s.text(LEFT, y, f"案号：{c.number}", song(34))
    s.right(s.width - RIGHT, y, f"填表日期：{num_date(d)}", song(34))
    y += 70
    q = WIDTH / 4
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:.2f}元"],
            ["实际到位", f"{got:.2f}元", "结案方式", how], ["承办人", c.officer, "书记员", c.clerk],
            ["承办人意见"], ["合议庭意见"], ["局领导审批"]]
    hs = [110, 110, 100, 100, 100, 290, 250, 250]
    table(s, LEFT, y, [q * 0.8, q * 1.2, q * 0.8, q * 1.2], [r if len(r) > 1 else [r[0], ""] for r in rows], song(32),
          row_h=hs, centre_first=True)
    yy = y + sum(hs[:5])
    pen(s, LEFT + q + mm(4), yy + 40, f"经查，本案已{how}，建议结案。", rng)
    pen(s, LEFT + q * 2.6, yy + 190, f"{c.officer}　{d.month}月{d.day}日", rng, size=36)
    pen(s, LEFT + q + mm(4), yy + 330, "经合议，同意结案。", rng)
    pen(s, LEFT + q * 2.6, yy + 460, c.judge, rng, size=38)
    pen(s, LEFT + q + mm(4), yy + 580, "同意", rng, ink=(160, 30, 40), size=46)
    pen(s, LEFT + q * 2.6, yy + 700, f"{person_name(rng)}　{d.month}.{min(d.day + 1, 28)}", rng, ink=(160, 30, 40), size=38)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "closing_notice": "结案通知书", "payment_notice": "交纳执行费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the court's two-column form; the served papers written in by the clerk, the person served signs."""
    to_app = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice", "payment_notice")
    who = c.applicant if to_app else c.respondent
    signer = c.agent if to_app else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 3))
    s = Sheet()
    s.centred(TOP, COURT, heavy(48))
    s.centred(TOP + 84, "送达回证", heavy(72), spacing=22)
    s.right(s.width - RIGHT, TOP + 190, f"法（执）{rng.randint(100, 999)}", song(28))
    y = TOP + 240
    lab = mm(52)
    rows = [("案　　号", c.number, 100), ("送达文书\n名称和件数", "", 90 + 74 * len(served)), ("受送达人", who.name, 100),
            ("送达地址", who.address, 130), ("受送达人\n签名或盖章", "", 260), ("代收人及\n代收理由", "", 150),
            ("送达方式", "直接送达", 100), ("送达人", "", 110), ("备　　考", "", 150)]
    tops = {}
    for lab_text, val, h in rows:
        s.box(LEFT, y, LEFT + WIDTH, y + h, width=3)
        s.line(LEFT + lab, y, LEFT + lab, y + h, width=2)
        parts = lab_text.split("\n")
        for i, p in enumerate(parts):
            s.centred(y + h / 2 - 24 * len(parts) + 48 * i, p, song(34), x0=LEFT, x1=LEFT + lab)
        if val:
            s.text(LEFT + lab + mm(5), y + h / 2 - 22, val, song(36))
        tops[lab_text] = y
        y += h
    yy = tops["送达文书\n名称和件数"] + 44
    for n in served:
        pen(s, LEFT + lab + mm(6), yy, f"{NAMES.get(n, n)}　1份", rng, size=38)
        yy += 74
    sy = tops["受送达人\n签名或盖章"]
    signature(s, LEFT + lab + mm(10), sy + 50, signer, rng)
    pen(s, LEFT + lab + mm(70), sy + 170, f"{got.year}.{got.month}.{got.day}", rng, size=38, ink=(25, 25, 30))
    pen(s, LEFT + lab + mm(6), tops["送达人"] + 30, f"{c.clerk}　{c.officer}", rng, size=38)
    s.right(s.width - RIGHT - mm(6), y + 60, cn_date(last), song(38))
    seal(s, s.width - RIGHT - mm(30), y + 70, COURT, rng, radius=mm(19))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    done = made_on(c, code)
    if code == "dossier_cover":
        s.box(mm(22), mm(22), s.width - mm(22), s.height - mm(22), width=3)
        s.box(mm(26), mm(26), s.width - mm(26), s.height - mm(26), width=1)
        s.centred(mm(52), COURT, heavy(60))
        s.centred(mm(82), "执 行 卷 宗", heavy(120), spacing=20)
        s.centred(mm(118), "（正卷）", song(44))
        x, w = mm(36), s.width - mm(72)
        y = mm(132)
        for lab, val in [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
                         ("被 执 行 人", c.respondent.name), ("执 行 依 据", basis_name(c)), ("执　行　员", c.officer),
                         ("收案日期", cn_date(c.filed_on)), ("结案日期", cn_date(c.closed_on)),
                         ("结案方式", "终结本次执行程序" if tale(c) == "build" else "执行完毕"), ("归档日期", cn_date(done))]:
            s.text(x, y, lab, song(40))
            lines = wrap(val, song(40), w - mm(48))
            for k, part in enumerate(lines):
                s.text(x + mm(48), y + 62 * k, part, song(40))
            s.line(x + mm(46), y + 62 * len(lines) - 4, x + w, y + 62 * len(lines) - 4, width=1)
            y += 62 * len(lines) + 26
        s.text(x, s.height - mm(40), f"全宗号 J031　目录号 {c.filed_on.year}　卷号 {rng.randint(100, 999)}　保管期限：长期",
               song(36))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 文 书 目 录", heavy(62), spacing=6)
        s.text(LEFT, TOP + 100, f"{c.number}", song(34))
        items = ["执行申请书", "民事判决书（二审）", "生效证明书", "财产线索", "诉讼费收据", "身份证明（申请执行人）",
                 "身份证明（被执行人）", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
                 "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
                 "协助执行通知书及回复", "传票", "限制消费令", "失信决定书", "调查笔录", "约谈笔录", "执行裁定书（终本）",
                 "结案审批表", "送达回证"]
        rows = [["顺序号", "文　件　名　称", "日期", "页号"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.choice([1, 1, 2])
            rows.append([str(i), it, "", f"{p}" if n == 1 else f"{p}—{p + n - 1}"])
            p += n
        table(s, LEFT, TOP + 160, [mm(20), WIDTH - mm(20) - mm(30) - mm(24), mm(30), mm(24)], rows, song(28),
              row_h=66, centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, "执行案件归档审查表", heavy(58))
        rows = [["案号", c.number], ["审查项目", "审查结果"], ["法律文书是否齐全", ""], ["送达回证是否完整", ""],
                ["案款是否结清", ""], ["卷内材料排列、编页是否规范", ""], ["是否去除金属物", ""], ["审查意见", ""], ["审查人／日期", ""]]
        hs = [100, 90, 110, 110, 110, 110, 110, 240, 120]
        y = TOP + 120
        table(s, LEFT, y, [WIDTH * 0.58, WIDTH * 0.42], rows, song(34), row_h=hs)
        for k in range(5):
            pen(s, LEFT + WIDTH * 0.62, y + sum(hs[:2 + k]) + 34, "是" if k != 2 or tale(c) != "build" else "终本，未到位", rng)
        pen(s, LEFT + WIDTH * 0.62, y + sum(hs[:7]) + 60, "符合归档要求", rng)
        signature(s, LEFT + WIDTH * 0.62, y + sum(hs[:8]) + 30, person_name(rng), rng)
        pen(s, LEFT + WIDTH * 0.8, y + sum(hs[:8]) + 40, f"{done.month}.{done.day}", rng, size=36)
        return [s]
    s.centred(TOP, "卷 内 备 考 表", heavy(62), spacing=6)
    s.box(LEFT, TOP + 120, LEFT + WIDTH, s.height - FOOT, width=2)
    pen(s, LEFT + mm(8), TOP + 160, f"本卷共{rng.randint(58, 84)}页，文字材料齐全。", rng)
    pen(s, LEFT + mm(8), TOP + 240, "终本后被执行人财产情况每六个月网络查询一次。", rng)
    s.text(LEFT + mm(8), s.height - FOOT - mm(62), "立卷人：", song(38))
    signature(s, LEFT + mm(34), s.height - FOOT - mm(64), c.clerk, rng)
    s.text(LEFT + mm(8), s.height - FOOT - mm(40), "检查人：", song(38))
    signature(s, LEFT + mm(34), s.height - FOOT - mm(42), person_name(rng), rng)
    s.text(LEFT + mm(8), s.height - FOOT - mm(18), f"立卷时间：{cn_date(done)}", song(38))
    return [s]


_ = (mm, RIGHT)
