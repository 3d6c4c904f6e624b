"""Layout family court_ce: 河南省南阳市卧龙区人民法院执行局 and the bodies whose papers reach it.

Three Nanyang cases: a 艾绒 supplier's 买卖合同 judgment (upheld by the 南阳中院) against a 艾灸 company that
has gone quiet, ended 终结本次执行程序; a 镇平 jade carver's 南阳仲裁委员会 award against a culture-tourism
company, settled (执行和解) and paid in two instalments, archived; a loan 调解书 of this court against a 月季
nursery, paid by a 扣划 from its 中原银行 account."""

from __future__ import annotations

import random
from collections.abc import Callable
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
from dossier.corpus.draw import BLUE_INK, Block, Sheet, hand, mm, seal
from dossier.corpus.families.court_ce_kit import (
    ARBITRATION,
    COURT,
    MIDDLE,
    SHORT,
    Pen,
    date_tail,
    grid,
    typed,
    when,
)
from dossier.corpus.families.court_ce_papers import RECEIVED, render_paper
from dossier.corpus.families.court_ce_records import RECORDS, render_record
from dossier.corpus.fonts import font

MOXA_SEQ = 65118
JADE_SEQ = 65246
ROSE_SEQ = 65379
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "consumption_restriction_order", "dishonest_list_decision",
    "termination_this_round_ruling", "closing_notice",
})
CODES = OWN | RECEIVED | RECORDS
LAW = "《中华人民共和国民事诉讼法》"
SHIFT = timedelta(days=731)  # the cases are of 2026


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Nanyang parties, banks and lawyers for the three stories (chosen by the case's sequence number)."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    c.firm = rng.choice(["河南宛都律师事务所", "河南卧龙岗律师事务所", "河南仲景律师事务所"])
    c.extra["firm_addr"] = f"南阳市卧龙区{rng.choice(['七一路', '人民路', '中州路', '滨河路'])}{rng.randint(60, 900)}号"
    c.extra["lic_no"] = f"14113{rng.randint(2009, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["南阳村镇银行卧龙支行", "中原银行南阳卧龙支行", "河南南阳农村商业银行七一支行"])
    c.extra["acct"] = f"62{rng.randint(10**15, 10**16 - 1)}"
    c.extra["resp_bank"] = rng.choice(["中原银行南阳分行营业部", "中国建设银行南阳卧龙支行", "南阳村镇银行车站路支行"])
    c.extra["resp_acct"] = f"41{rng.randint(10**16, 10**17 - 1)}"
    c.extra["trial_judge"] = person_name(rng)
    c.extra["chief"] = person_name(rng)
    seq = int(c.number.split("执")[-1].rstrip("号"))
    c.extra["story"] = {MOXA_SEQ: "moxa", JADE_SEQ: "jade", ROSE_SEQ: "rose"}.get(seq, "moxa")
    story = c.extra["story"]
    street = rng.choice(["车站路", "独山大道", "卧龙路", "仲景路", "梅溪路"])
    if story == "moxa":
        born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "411321", born),
                            f"河南省南召县{rng.choice(['云阳镇', '皇后乡', '白土岗镇'])}{rng.choice(['东街', '南河村'])}"
                            f"{rng.randint(1, 90)}号", f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.respondent = Party(f"南阳{rng.choice(['宛艾堂', '卧龙艾草', '仲景艾'])}艾灸科技有限公司", "organisation",
                             credit_code(rng, "411303"), f"河南省南阳市卧龙区{street}{rng.randint(100, 1800)}号",
                             f"0377-6{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(8600000, 36000000)) / 100
        c.extra["cause"] = "买卖合同纠纷"
        c.basis_kind = "judgment"
        c.basis_court = MIDDLE
        c.basis_number = f"（2025）豫13民终{rng.randint(1200, 6800)}号"
        c.extra["first_no"] = f"（2025）豫1303民初{rng.randint(2000, 9800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
        c.extra["goods"] = rng.choice(["三年陈艾绒", "五年陈金艾绒", "艾条半成品"])
    elif story == "jade":
        born = date(rng.randint(1966, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "411324", born),
                            f"河南省镇平县石佛寺镇{rng.choice(['玉雕大世界', '贾宋村', '北庄村'])}{rng.randint(1, 60)}号",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        c.respondent = Party(f"南阳{rng.choice(['独玉', '卧龙岗', '宛城'])}文化旅游开发有限公司", "organisation",
                             credit_code(rng, "411303"), f"河南省南阳市卧龙区{rng.choice(['武侯路', '卧龙路'])}"
                             f"{rng.randint(100, 1500)}号", f"0377-6{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(12000000, 48000000)) / 100
        c.extra["cause"] = "承揽合同纠纷"
        c.basis_kind = "arbitration"
        c.basis_court = ARBITRATION
        c.basis_number = f"（2025）南仲裁字第{rng.randint(100, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 80))
        c.extra["works"] = rng.choice(["独山玉《卧龙出山》摆件", "独山玉山子雕《汉画像》", "独山玉文创挂件三千件"])
        first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
        c.extra["instalments"] = [(c.day(38), first), (c.day(62), c.amount - first)]
    else:
        born = date(rng.randint(1960, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "411302", born),
                            f"河南省南阳市宛城区{rng.choice(['建设东路', '新华东路', '工业路'])}{rng.randint(1, 400)}号"
                            f"{rng.randint(1, 18)}号楼", f"15{rng.randint(100000000, 999999999)}", born=born,
                            sex=rng.choice("男女"))
        c.respondent = Party(f"南阳{rng.choice(['花语', '月季园', '宛月'])}园艺有限公司", "organisation",
                             credit_code(rng, "411303"), f"河南省南阳市卧龙区石桥镇{rng.choice(['月季大道', '小石桥村'])}"
                             f"{rng.randint(1, 99)}号", f"0377-6{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(9000000, 26000000)) / 100
        c.extra["cause"] = "民间借贷纠纷"
        c.basis_kind = "mediation"
        c.basis_court = COURT
        c.basis_number = f"（2025）豫1303民初{rng.randint(3000, 9900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["paid"] = c.day(rng.randint(28, 40))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 1000)) if c.amount > 100000 else Decimal(
        int(float(c.amount) * 0.015 + 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return render_paper(code, c, rng, served)
    if code in RECORDS:
        return render_record(code, c, rng, served)
    return _own(code, c, rng)


def basis_name(c: CaseCtx) -> str:
    return {"judgment": "民事判决书", "arbitration": "裁决书", "mediation": "民事调解书"}[c.basis_kind]


def basis_ref(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    return [
        ("f", f"申请执行人：{a.name}，{a.sex}，{num_date(a.born or date(1980, 1, 1))}出生，汉族，住{a.address}，"
              f"公民身份号码{a.id_number}。"),
        ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
        ("f", f"法定代表人：{r.legal_rep}，该公司执行董事兼总经理。"),
    ]


def _pen(rng: random.Random, **kw: object) -> Pen:
    pen = Pen(head=rng.choice([COURT, SHORT]), title="hei", title_size=rng.choice([60, 64, 68]),
              spaced=rng.choice([0.0, 8.0, 16.0]), body=rng.choice(["ming", "serif"]), size=rng.choice([38, 40]), lead=1.68)
    for k, v in kw.items():
        setattr(pen, k, v)
    return pen


def _sealer(rng: random.Random) -> Callable[[Sheet, float], None]:
    def stamp(s: Sheet, y: float) -> None:
        seal(s, s.width - mm(62) + rng.uniform(-20, 20), y + rng.uniform(-10, 30), COURT, rng)
    return stamp


def _own(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    sig = date_tail(when(c, 2), f"执行员　{c.officer}", f"书记员　{c.clerk}")
    fee = f"{c.extra['fee']:,.2f}"
    story = c.extra["story"]
    if code == "acceptance_notice":
        blocks: list[Block] = [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{c.extra['cause']}一案，经审查，符合法律规定的受理条件，本院已于{cn_date(c.filed_on)}"
                  f"立案执行，案号为{c.number}。现将有关事项通知如下："),
            ("p", f"一、本案由本院执行局执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。"
                  "你可通过河南法院诉讼服务网、12368诉讼服务热线查询案件进展。"),
            ("p", "二、你应当向本院提供被执行人的财产线索；财产线索发生变化的，应及时告知本院。"),
            ("p", f"三、你应当在接到本通知后七日内预交申请执行费{fee}元（可在执行终结后由被执行人负担）。"),
            ("p", "四、你的送达地址、收款账户如有变更，应当书面告知本院，否则按原地址送达、原账户发放。"),
            ("p", "特此通知。"),
        ]
        return typed(_pen(rng), "受理案件通知书", c.number, blocks, tail=date_tail(when(c, 0)),
                     sealer=_sealer(rng))
    if code == "payment_notice":
        return _payment_notice(c, rng)
    if code == "enforcement_notice":
        blocks = [
            ("f", f"{r.name}："),
            ("p", f"{basis_ref(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，"
                  f"本院依法立案执行。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你单位自收到本通知之日起立即"
                  "履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息（自法律文书确定的履行期间届满之日起计算至实际履行之日止）；"),
            ("p", f"三、负担申请执行费{fee}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你单位及法定代表人采取限制消费、纳入失信被执行人名单、"
                  "罚款、拘留等措施；构成犯罪的，依法追究刑事责任。"),
        ]
        return typed(_pen(rng), "执行通知书", c.number, blocks, tail=sig, sealer=_sealer(rng))
    if code == "property_report_order":
        blocks = [
            ("f", f"{r.name}："),
            ("p", f"本院依法受理的申请执行人{a.name}与你单位{c.extra['cause']}一案，你单位未按执行通知履行法律文书确定的义务。"
                  f"依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第五条的规定，"
                  "责令你单位在收到本令之日起五日内，如实向本院书面报告当前以及收到执行通知之日前一年的财产情况，"
                  "并填写随附的《财产申报表》。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；"
                  "车辆、机器设备等动产；债权、股权、投资权益、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "报告财产后财产情况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将根据情节轻重对你单位或其主要负责人、"
                  "直接责任人员予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
            ("f", "附：财产申报表一份"),
        ]
        return typed(_pen(rng, spaced=30.0), "报告财产令", c.number, blocks, tail=sig,
                     sealer=_sealer(rng))
    if code == "enforcement_ruling":
        found = story != "moxa"
        what = ("冻结、划拨被执行人" + r.name + f"在{c.extra['resp_bank']}账户内的存款{money(c.amount)}及迟延履行期间的"
                "债务利息、申请执行费；" if found else
                f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。")
        blocks = [*parties(c),
                  ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，{basis_ref(c)}已经发生"
                        "法律效力，被执行人未按执行通知履行法律文书确定的义务。依照"
                        f"{LAW}第二百五十三条、第二百五十五条、第一百五十七条第一款第十一项的规定，裁定如下："),
                  ("p", what),
                  ("p", "冻结期限为一年；查封、扣押动产的期限为二年，查封不动产、冻结其他财产权的期限为三年。"),
                  ("p", "本裁定立即执行。")]
        tail = date_tail(when(c, 9), f"审 判 长　{c.judge}", f"审 判 员　{c.extra['chief']}",
                         f"审 判 员　{c.officer}", f"书 记 员　{c.clerk}")
        return typed(_pen(rng), "执行裁定书", c.number, blocks, tail=tail, sealer=_sealer(rng))
    if code == "assistance_notice":
        bank = c.extra["resp_bank"]
        act = "冻结" if story == "moxa" else "扣划"
        blocks = [
            ("f", f"{bank}："),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，"
                  f"请协助执行下列事项："),
            ("p", f"{act}被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的账户{c.extra['resp_acct']}内的存款，"
                  f"以{money(c.amount)}为限。" + ("冻结期限一年，自冻结之日起计算。" if act == "冻结" else
                                              "扣划款项请汇入南阳市卧龙区人民法院执行款专户，并注明案号。")),
            ("f", f"附：{c.number}执行裁定书一份"),
        ]
        tail = date_tail(when(c, 9), f"经办人：{c.officer}　{c.clerk}　　联系电话：{c.court.phone}")
        return typed(_pen(rng), "协助执行通知书", c.number, blocks, tail=tail, sealer=_sealer(rng))
    if code == "consumption_restriction_order":
        blocks = [
            ("f", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你单位{c.extra['cause']}一案。因你单位未按执行"
                  "通知书指定的期间履行生效法律文书确定的给付义务，本院依照《中华人民共和国民事诉讼法》第二百六十六条和"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位采取限制消费措施，"
                  f"限制你单位及你单位的法定代表人{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("p", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("p", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("p", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("p", "（五）购买非经营必需车辆；"),
            ("p", "（六）旅游、度假；"),
            ("p", "（七）子女就读高收费私立学校；"),
            ("p", "（八）支付高额保费购买保险理财产品；"),
            ("p", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、"
                  "拘留；情节严重，构成犯罪的，追究刑事责任。"),
        ]
        return typed(_pen(rng), "限制消费令", c.number, blocks, tail=date_tail(when(c, 40)),
                     sealer=_sealer(rng))
    if code == "dishonest_list_decision":
        blocks = [*parties(c)[2:],
                  ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，被执行人有履行能力而拒不履行"
                        "生效法律文书确定的义务，且违反财产报告制度，经本院合议庭评议，依照《中华人民共和国民事诉讼法》"
                        "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第四项的规定，"
                        "决定如下："),
                  ("p", f"将{r.name}纳入失信被执行人名单。"),
                  ("p", "本决定一经作出即生效。被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。")]
        tail = date_tail(when(c, 41), f"审 判 长　{c.judge}", f"审 判 员　{c.officer}")
        return typed(_pen(rng), "决定书", c.number, blocks, tail=tail, sealer=_sealer(rng))
    if code == "termination_this_round_ruling":
        blocks = [*parties(c),
                  ("p", f"本院在执行{basis_ref(c)}过程中，于{when(c, 3)}向被执行人送达了执行通知书、报告财产令。被执行人"
                        "未履行义务，亦未如实申报财产。本院通过网络执行查控系统对被执行人名下的存款、车辆、不动产、"
                        f"证券、网络资金等进行了查询，并向{c.court.city}不动产登记中心、卧龙区市场监督管理局调查，"
                        "未发现可供执行的财产；执行人员至被执行人住所地实地调查，该公司已停止经营、人员去向不明。"
                        f"本院已对被执行人发出限制消费令，并将其纳入失信被执行人名单。本院于{when(c, 110)}约谈申请执行人，"
                        "告知了本案的执行情况、财产调查措施及拟终结本次执行程序的依据，申请执行人表示暂无其他财产线索。"),
                  ("p", f"截至目前，本案尚有{money(c.amount)}及迟延履行期间的债务利息未执行到位。本院认为，被执行人确无"
                        "可供执行的财产，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
                        "民事诉讼法〉的解释》第五百一十七条、《最高人民法院关于严格规范终结本次执行程序的规定（试行）》"
                        "第一条的规定，裁定如下："),
                  ("p", f"终结本院{c.number}案件的本次执行程序。"),
                  ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"
                        "被执行人负有继续向申请执行人履行债务的义务。"),
                  ("p", "本裁定送达后立即生效。")]
        tail = date_tail(cn_date(c.closed_on), f"审 判 长　{c.judge}", f"审 判 员　{c.extra['chief']}",
                         f"审 判 员　{c.officer}", f"书 记 员　{c.clerk}")
        return typed(_pen(rng), "执行裁定书", c.number, blocks, tail=tail, sealer=_sealer(rng))
    # closing_notice
    how = ("经本院主持，双方于" + when(c, 30) + "达成执行和解协议，被执行人已按协议全部履行" if story == "jade" else
           f"本院依法扣划被执行人在{c.extra['resp_bank']}账户内的存款，已足额发放申请执行人")
    blocks = [
        ("f", f"{a.name}、{r.name}："),
        ("p", f"本院执行的申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，执行依据为{basis_ref(c)}。{how}，"
              "生效法律文书确定的义务已全部履行完毕。"),
        ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
        ("p", "特此通知。"),
    ]
    return typed(_pen(rng), "结案通知书", c.number, blocks, tail=date_tail(cn_date(c.closed_on)),
                 sealer=_sealer(rng))


def _payment_notice(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The fee notice as the 诉讼服务中心's form: print plus a clerk's ballpoint amount."""
    fee = c.extra["fee"]
    rows = [["当事人", c.applicant.name, "案号", c.number],
            ["案由", c.extra["cause"], "执行标的", f"{c.amount:,.2f}元"],
            ["应交费用", "申请执行费", "金额（元）", ""],
            ["收款单位", "南阳市卧龙区人民法院"],
            ["开户银行", "中原银行南阳卧龙支行　　账号：41050165860800000318"],
            ["缴费方式", "1.持本通知到本院诉讼服务中心收费窗口刷卡或扫码缴纳；2.通过河南省非税收入缴款平台缴纳，"
                       "缴款码见右下方。"],
            ["注意事项", "请于收到本通知之日起七日内交纳。逾期未交又未申请缓交的，本院可在执行款中优先扣除。"]]
    s, y = grid("缴款通知书", rows, [mm(30), mm(62), mm(30), mm(44)], rng, head=SHORT, number=c.number,
                fills={(2, 3): f"{fee:,.2f}"}, row_h=[96, 96, 96, 96, 96, 150, 150])
    f = font("ming", 38)
    s.text(mm(24), y + 40, f"经办人：{c.clerk}", f)
    s.right(s.width - mm(24), y + 40, when(c, 0), f)
    seal(s, s.width - mm(60), y + 60, COURT, rng)
    hand(s, mm(60), y + 40, c.clerk, rng, size=42, ink=BLUE_INK, record=False)
    return [s]
