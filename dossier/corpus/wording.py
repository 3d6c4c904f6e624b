"""Fictional wording of flowing documents (rulings, notices, applications, letters), as blocks.

Each court and firm writes its own way: `voice` selects the variant ("a", "b", "c" for the three
courts, "lawyer" for applicants and firms)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from dossier.corpus.content import CaseCtx, cn_date, money, num_date

Block = tuple[str, str]  # (kind, text): p paragraph, h heading line, c centred, r right, sig, date, gap


@dataclass
class Flow:
    doc_type: str
    title: str
    blocks: list[Block]
    issuer: str = ""          # court / body name printed above or with the title
    number: str = ""          # 文号 line under the title
    seal: str = ""            # seal on the date line
    served: list[str] = field(default_factory=list)


def _parties(c: CaseCtx, voice: str) -> list[Block]:
    a, r = c.applicant, c.respondent
    app = f"申请执行人：{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，汉族，住{a.address}，公民身份号码{a.id_number}。"
    if r.kind == "organisation":
        res = f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"
        rep = [("p", f"法定代表人：{r.legal_rep}，该公司{'总经理' if voice != 'b' else '执行董事'}。")]
    else:
        res = f"被执行人：{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，住{r.address}，公民身份号码{r.id_number}。"
        rep = []
    agent = [("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    return [("p", app), *agent, ("p", res), *rep]


def _basis_ref(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决", "mediation": "民事调解书", "arbitration": "仲裁裁决"}.get(c.basis_kind, "民事判决")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _court_sig(c: CaseCtx, d: int, voice: str, judge_title: str = "审判员") -> list[Block]:
    return [("gap", ""), ("sig", f"{judge_title}　{c.judge}"), ("gap", ""), ("date", cn_date(c.day(d))),
            ("gap", ""), ("sig", f"书记员　{c.clerk}")]


def ruling(c: CaseCtx, code: str, voice: str, rng: random.Random) -> Flow:
    """Every ruling is titled 执行裁定书; the operative part says what it decides."""
    a, r = c.applicant.name, c.respondent.name
    intro = (f"本院在执行申请执行人{a}与被执行人{r}{rng.choice(['买卖合同纠纷', '借款合同纠纷', '租赁合同纠纷', '劳务合同纠纷'])}"
             f"一案中，{_basis_ref(c)}已经发生法律效力。")
    if code == "enforcement_ruling":
        body = [intro + "因被执行人未按执行通知履行法律文书确定的义务，依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十五条之规定，裁定如下：",
                f"冻结、划拨被执行人{r}在银行的存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的财产。",
                "本裁定立即执行。"]
        d = 12
    elif code == "termination_this_round_ruling":
        body = [intro + f"本院于{num_date(c.filed_on)}立案执行，执行标的为{money(c.amount)}。",
                "执行过程中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询了被执行人的存款、车辆、不动产、证券等财产，"
                "并对申请执行人提供的财产线索进行了调查核实，未发现被执行人有可供执行的财产。本院已对被执行人采取限制消费措施，"
                "并将其纳入失信被执行人名单。申请执行人经本院约谈，对终结本次执行程序无异议。",
                "本院认为，被执行人暂无财产可供执行，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：",
                f"终结{_basis_ref(c)}的本次执行程序。" if voice == "c" else "终结本次执行程序。",
                "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。",
                "本裁定送达后立即生效。"]
        d = (c.closed_on - c.filed_on).days - 3
    elif code == "termination_ruling":
        body = [intro + f"执行中，申请执行人{a}于{num_date(c.day(40))}向本院提交书面申请，表示撤回执行申请。",
                "本院认为，申请人撤销申请的，应当终结执行。依照《中华人民共和国民事诉讼法》第二百六十八条第一项之规定，裁定如下：",
                f"终结{_basis_ref(c)}的执行。", "本裁定送达后立即生效。"]
        d = 45
    else:  # resumption_ruling
        body = [f"申请执行人{a}与被执行人{r}一案，本院于{num_date(c.day(-200))}作出{c.previous_number}执行裁定，终结本次执行程序。",
                f"申请执行人{a}于{num_date(c.filed_on)}向本院申请恢复执行，并提供了被执行人名下车辆的财产线索。",
                "本院认为，申请执行人发现被执行人有可供执行的财产，申请恢复执行，符合法律规定，裁定如下：",
                f"恢复{_basis_ref(c)}的执行。", "本裁定送达后立即生效。"]
        d = 5
    blocks: list[Block] = [*_parties(c, voice), ("p", body[0])]
    blocks += [("p", t) for t in body[1:]]
    return Flow(code, "执行裁定书", blocks + _court_sig(c, d, voice, "执行员" if voice == "c" else "审判员"),
                issuer=c.court.name, number=c.number, seal=c.court.name)


def court_doc(c: CaseCtx, code: str, voice: str, rng: random.Random) -> Flow:
    """Notices, orders and decisions the court issues (and the basis of another tribunal)."""
    if code.endswith("_ruling"):
        return ruling(c, code, voice, rng)
    a, r = c.applicant.name, c.respondent.name
    to_r = f"{r}：" if voice != "b" else f"被执行人{r}："
    to_a = f"{a}："
    law = "《中华人民共和国民事诉讼法》"
    title = ""
    blocks: list[Block] = []
    d = 3
    if code == "acceptance_notice":
        title = "受理案件通知书"
        blocks = [("h", to_a), ("p", f"你（单位）申请执行{r}{rng.choice(['借款合同', '买卖合同'])}纠纷一案，本院经审查，符合立案条件，"
                                   "已决定立案执行。现将有关事项通知如下："),
                  ("p", "一、本案由本院执行局负责执行，承办人" + c.officer + "，联系电话" + c.court.phone + "。"),
                  ("p", "二、申请执行人应当积极向本院提供被执行人的财产线索。"),
                  ("p", "三、申请执行人的送达地址、联系方式发生变更的，应当及时告知本院。"),
                  ("p", "特此通知。")]
        d = 1
    elif code == "enforcement_notice":
        title = "执行通知书（含报告财产令）" if voice == "c" else "执行通知书"
        blocks = [("h", to_r), ("p", f"{a}与你{'单位' if c.respondent.kind == 'organisation' else ''}纠纷一案，{_basis_ref(c)}已经发生法律效力。"
                                   f"申请执行人{a}于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。依照{law}第二百五十一条之规定，责令你{'单位' if c.respondent.kind == 'organisation' else ''}自收到本通知之日起立即履行下列义务："),
                  ("p", f"一、向申请执行人支付{money(c.amount)}；"),
                  ("p", "二、加倍支付迟延履行期间的债务利息；"), ("p", "三、负担本案申请执行费。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单等措施。")]
        if voice == "c":
            blocks.append(("p", "同时责令你方在收到本通知之日起五日内如实向本院报告当前以及收到执行通知之日前一年的财产情况。"))
    elif code == "property_report_order":
        title = "报告财产令"
        blocks = [("h", to_r), ("p", f"本院受理的{a}申请执行一案，依照{law}第二百五十二条之规定，责令你方在收到本令后五日内，"
                                   "如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写财产申报表。"),
                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
    elif code == "consumption_restriction_order":
        title = "限制消费令"
        who = f"{r}及其法定代表人{c.respondent.legal_rep}" if c.respondent.legal_rep else r
        blocks = [("p", f"本院于{num_date(c.filed_on)}立案执行申请执行人{a}申请执行{r}一案。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                        "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，对" + who +
                        ("采取限制高消费措施，" if voice == "c" else "采取限制消费措施，") + "不得实施以下高消费及非生活和工作必需的消费行为："),
                  ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
                  ("p", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
                  ("p", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
                  ("p", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"), ("p", "（五）购买非经营必需车辆；"),
                  ("p", "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"),
                  ("p", "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                  ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")]
        d = 20
    elif code == "dishonest_list_decision":
        title = "决定书"
        blocks = [*_parties(c, voice),
                  ("p", f"本院在执行{a}与{r}纠纷一案中，被执行人具有履行能力而拒不履行生效法律文书确定的义务。依照{law}第二百六十六条、"
                        "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项之规定，决定如下："),
                  ("p", f"将{r}纳入失信被执行人名单。"), ("p", "本决定一经作出即生效。")]
        d = 22
    elif code in ("fine_decision", "detention_decision"):
        fine = code == "fine_decision"
        title = {"a": "罚款决定书" if fine else "拘留决定书", "b": "执行决定书", "c": "决定书"}.get(voice, "执行决定书")
        act = "罚款人民币二万元" if fine else "拘留十五日"
        blocks = [*_parties(c, voice),
                  ("p", f"本院在执行{a}与{r}纠纷一案中，被执行人拒不报告财产情况，经本院传唤无正当理由拒不到场，妨碍执行。"
                        f"依照{law}第一百一十四条、第一百一十八条之规定，决定如下："),
                  ("p", f"对{c.respondent.legal_rep or r}{act}。"),
                  ("p", "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向上一级人民法院申请复议一次。复议期间，不停止本决定的执行。")]
        d = 30
    elif code == "summons":
        title = "传票"
        blocks = [("h", f"被传唤人：{r}"), ("p", f"案号：{c.number}"), ("p", "案由：申请执行"),
                  ("p", "传唤事由：询问财产情况"), ("p", f"应到时间：{num_date(c.day(15))}上午九时"),
                  ("p", f"应到处所：{c.court.name}执行局第三接待室"),
                  ("p", "注意事项：一、被传唤人应携带本传票准时到达应到处所；二、被执行人经两次传票传唤，无正当理由拒不到场的，可以拘传。")]
    elif code == "payment_notice":
        title = "缴款通知书"
        blocks = [("h", to_a), ("p", f"你申请执行{r}一案，应预交申请执行费人民币{int(c.amount) // 100 + 50}元，"
                                   "请于七日内向本院缴纳。"),
                  ("p", f"收款单位：{c.court.name}　开户行：{c.court.city}农村商业银行营业部"),
                  ("p", "逾期不缴纳又未申请缓交的，执行费用在执行款中优先扣除。")]
    elif code == "assistance_notice":
        title = "协助执行通知书"
        blocks = [("h", f"{c.court.city}{rng.choice(['工商银行', '建设银行'])}营业部："),
                  ("p", f"关于申请执行人{a}与被执行人{r}纠纷一案，本院作出的执行裁定书已经发生法律效力。依照{law}第二百五十三条之规定，请协助执行下列事项："),
                  ("p", f"冻结被执行人{r}（证件号码{c.respondent.id_number}）在你行开立的账户内存款{money(c.amount)}，冻结期限一年。"),
                  ("p", "附：执行裁定书一份。")]
        d = 12
    elif code == "resumption_notice":
        title = "恢复执行通知书"
        blocks = [("h", to_r), ("p", f"申请执行人{a}与你纠纷一案，本院曾于{num_date(c.day(-200))}裁定终结本次执行程序。现申请执行人提供了新的财产线索，"
                                   "本院已裁定恢复执行，案号为" + c.number + "。请你自收到本通知之日起立即履行生效法律文书确定的义务。")]
        d = 6
    elif code == "closing_notice":
        title = "结案通知书"
        blocks = [("h", to_a), ("p", f"你申请执行{r}一案，被执行人已履行完毕生效法律文书确定的全部义务，本案已于{num_date(c.closed_on)}执行完毕，"
                                   "以执行完毕方式结案。"), ("p", "特此通知。")]
        d = (c.closed_on - c.filed_on).days
    elif code == "enforcement_basis":
        return _basis(c, voice, rng)
    elif code == "effectiveness_certificate":
        title = "生效证明书"
        blocks = [("p", f"本委{_basis_ref(c)}，已于{num_date(c.basis_effective)}发生法律效力。"), ("p", "特此证明。")]
        return Flow(code, title, [*blocks, ("gap", ""), ("date", cn_date(c.basis_effective))],
                    issuer=c.basis_court, number="", seal=c.basis_court)
    elif code == "whereabouts_unknown_proof":
        issuer = f"{c.court.city}公安局{rng.choice(['新华', '人民', '城关'])}派出所"
        blocks = [("p", f"经查，{c.respondent.name}（{c.respondent.id_number}）户籍登记在我辖区，自{c.filed_on.year - 2}年起外出，"
                        "至今下落不明，其家属亦无法联系。"), ("p", "特此证明。")]
        return Flow(code, "证明", [*blocks, ("gap", ""), ("date", cn_date(c.day(8)))], issuer=issuer, seal=issuer)
    elif code == "kinship_proof":
        issuer = f"{c.court.city}{rng.choice(['东风', '幸福', '和平'])}社区居民委员会"
        blocks = [("p", f"兹证明{c.applicant.name}（公民身份号码{c.applicant.id_number}）与{c.agent}系{rng.choice(['父子', '母女', '夫妻', '兄弟'])}关系。"),
                  ("p", "特此证明。")]
        return Flow(code, "亲属关系证明", [*blocks, ("gap", ""), ("date", cn_date(c.day(-5)))], issuer=issuer, seal=issuer)
    elif code == "property_status_statement":
        title = "财产状况说明"
        blocks = [("p", f"关于{r}案财产情况说明如下："),
                  ("p", f"一、已查明财产：被执行人名下银行账户{rng.randint(2, 4)}个，余额合计人民币{rng.randint(100, 9000)}.00元。"),
                  ("p", "二、随案移送财产：无。"), ("p", "三、已处置财产：无。"),
                  ("p", f"四、已查封、扣押、冻结的财产：冻结{c.court.city}某银行账户一个。")]
    elif code == "transfer_statement":
        title = "移送执行说明"
        blocks = [("p", f"本院{c.basis_number}刑事判决已经发生法律效力，判决被告人{r}罚金{money(c.amount)}，现移送执行。"),
                  ("p", f"被告人基本情况：{r}，住{c.respondent.address}。"), ("p", "被害人：无。"),
                  ("p", "附：刑事判决书一份；财产状况说明一份。")]
    elif code == "settlement_agreement":
        return settlement(c, voice, rng)
    elif code in ("interview_record", "investigation_record"):
        return record(c, code, voice, rng)
    else:
        raise KeyError(code)
    seal_name = c.court.name
    return Flow(code, title, [*blocks, ("gap", ""), ("date", cn_date(c.day(d)))], issuer=c.court.name,
                number=c.number, seal=seal_name)


def _basis(c: CaseCtx, voice: str, rng: random.Random) -> Flow:
    arb = c.basis_kind == "arbitration"
    a, r = c.applicant.name, c.respondent.name
    facts = [f"原告{a}向本院提出诉讼请求：1.判令被告偿还借款本金及利息；2.本案诉讼费用由被告负担。事实和理由：{num_date(c.basis_effective.replace(year=c.basis_effective.year - 2))}，"
             f"被告因经营需要向原告借款，双方约定了还款期限及利息，借款到期后被告未按约定偿还。",
             f"被告{r}辩称，对借款事实无异议，但因经营困难暂时无力偿还，请求法院酌情处理。",
             "本院经审理认定事实如下：原告与被告之间的借款关系系双方真实意思表示，不违反法律、行政法规的强制性规定，合法有效。"
             "原告已按约定履行了出借义务，被告未按约定期限还款，应承担相应的民事责任。",
             "当事人围绕诉讼请求依法提交了证据，本院组织当事人进行了证据交换和质证。对当事人无异议的证据，本院予以确认并在卷佐证。"
             "对有争议的证据和事实，本院认定如下：被告虽称部分款项已经偿还，但未提交相应证据证明，本院不予采信。",
             "本院认为，合法的借贷关系受法律保护。债务应当清偿。被告未按约定偿还借款，原告要求被告偿还借款本息的诉讼请求，"
             "事实清楚，证据充分，本院予以支持。依照《中华人民共和国民法典》第六百七十四条、第六百七十五条、第六百七十六条之规定，"
             + ("裁决如下：" if arb else "判决如下：")]
    orders = [f"一、被告{r}于本判决生效之日起十日内偿还原告{a}借款{money(c.amount)}；",
              "二、驳回原告的其他诉讼请求。",
              "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。",
              f"案件受理费{int(c.amount) // 100 + 50}元，由被告负担。",
              "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于上一级人民法院。"]
    if arb:
        orders = [o.replace("本判决", "本裁决").replace("判决书", "裁决书") for o in orders[:3]] + ["本裁决为终局裁决，自作出之日起发生法律效力。"]
    blocks: list[Block] = [("p", f"原告：{a}，住{c.applicant.address}。"), ("p", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                           ("p", f"被告：{r}，住所地{c.respondent.address}。")]
    blocks.append(("p", f"原告{a}与被告{r}民间借贷纠纷一案，本院于{num_date(c.basis_effective.replace(day=1))}立案后，依法适用简易程序，公开开庭进行了审理。本案现已审理终结。"))
    blocks += [("p", t) for t in facts] + [("p", t) for t in orders]
    sig = [("gap", ""), ("sig", f"{'仲裁员' if arb else '审判员'}　{c.judge[::-1] if len(c.judge) > 2 else c.judge + '明'}"),
           ("gap", ""), ("date", cn_date(c.basis_effective.replace(day=1))), ("gap", ""), ("sig", "书记员　" + c.clerk[0] + "丽")]
    return Flow("enforcement_basis", "裁决书" if arb else "民事判决书", blocks + sig, issuer=c.basis_court,
                number=c.basis_number, seal=c.basis_court)


def settlement(c: CaseCtx, voice: str, rng: random.Random) -> Flow:
    a, r = c.applicant.name, c.respondent.name
    blocks: list[Block] = [("p", f"甲方（申请执行人）：{a}"), ("p", f"乙方（被执行人）：{r}"),
                           ("p", f"甲乙双方就{c.number}执行一案，经协商一致，自愿达成如下和解协议："),
                           ("p", f"1. 乙方于{num_date(c.day(60))}前一次性向甲方支付{money(c.amount)}；"),
                           ("p", "2. 乙方按期足额支付后，甲方放弃迟延履行期间的债务利息；"),
                           ("p", "3. 乙方未按期支付的，甲方有权申请恢复执行原生效法律文书；"),
                           ("p", "4. 本协议一式三份，甲乙双方各执一份，交执行法院一份附卷。"),
                           ("gap", ""), ("sig", f"甲方（签字）：{a}"), ("sig", f"乙方（盖章）：{r}"), ("date", num_date(c.day(50)))]
    return Flow("settlement_agreement", "执行和解协议" if voice != "lawyer" else "和解协议书", blocks)


def record(c: CaseCtx, code: str, voice: str, rng: random.Random) -> Flow:
    """A typed 谈话笔录 / 调查笔录 (question and answer)."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else c.respondent.name
    day = c.day((c.closed_on - c.filed_on).days - 10 if interview else 50)
    head: list[Block] = [("p", f"时间：{num_date(day)}　{rng.randint(9, 16)}时{rng.choice(['00', '10', '30'])}分"),
                         ("p", f"地点：{c.court.name}执行局{rng.randint(1, 6)}号谈话室" if interview else f"地点：{c.respondent.address}"),
                         ("p", f"执行人员：{c.officer}　记录人：{c.clerk}"),
                         ("p", f"被{'谈话' if interview else '调查'}人：{who}")]
    if interview:
        qa = ["问：我们是本院执行人员，依法与你谈话，你应当如实回答，听清楚了吗？", "答：听清楚了。",
              "问：本院已通过网络执行查控系统查询被执行人财产，未发现可供执行的财产，你是否知道被执行人其他财产线索？",
              "答：我提供的车辆和房屋线索，法院已经去查过了，目前我也没有别的线索。",
              "问：本院拟对本案终结本次执行程序，你有什么意见？",
              "答：我同意，以后发现财产线索再申请恢复执行。", "问：还有什么补充的吗？", "答：没有了。"]
    else:
        qa = ["问：我们是法院执行人员，今天依法对被执行人住所地进行现场调查。", "答：知道了。",
              "问：被执行人目前是否在此处经营？", "答：公司去年就已经停业了，现在这里是空置的。",
              "问：现场有无被执行人的财产？", "答：只有几张旧桌椅，没有值钱的东西。",
              "问：申请执行人提供的线索称此处有一台叉车，现在何处？", "答：叉车早已抵债给别人了。"]
    tail: list[Block] = [("p", "（以上笔录已阅，与我说的一致）"), ("sig", f"被{'谈话' if interview else '调查'}人：{who}"),
                         ("sig", f"执行人员：{c.officer}　记录人：{c.clerk}")]
    return Flow(code, title, head + [("p", t) for t in qa] + tail, issuer=c.court.name if voice == "c" else "",
                number=c.number)


def party_doc(c: CaseCtx, code: str, voice: str, rng: random.Random) -> Flow:
    """What applicants and law firms write."""
    a, r, ap = c.applicant.name, c.respondent.name, c.applicant
    me = [("p", f"申请人：{a}，{ap.sex}，{num_date(ap.born) if ap.born else ''}出生，住{ap.address}，身份证号{ap.id_number}，电话{ap.phone}。")]
    them = [("p", f"被申请人：{r}，住所地{c.respondent.address}，统一社会信用代码{c.respondent.id_number}。" if c.respondent.kind == "organisation"
             else f"被申请人：{r}，住{c.respondent.address}，身份证号{c.respondent.id_number}。")]
    sign = [("gap", ""), ("sig", "此致"), ("h", c.court.name), ("gap", ""), ("sig", f"申请人：{a}"), ("date", num_date(c.day(-2)))]
    if code == "enforcement_application":
        title = rng.choice(["强制执行申请书", "执行申请书"])
        blocks = [*me, ("p", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), *them, ("h", "申请事项："), ("p", f"1. 请求依法强制执行{_basis_ref(c)}，责令被申请人支付{money(c.amount)}；"), ("p", "2. 请求责令被申请人加倍支付迟延履行期间的债务利息；"), ("p", "3. 请求对被申请人采取限制高消费措施，并将其纳入失信被执行人名单；"), ("p", "4. 本案执行费用由被申请人负担。"), ("h", "事实与理由："), ("p", f"申请人与被申请人民间借贷纠纷一案，经{c.basis_court}审理，作出{c.basis_number}{'裁决书' if c.basis_kind == 'arbitration' else '民事判决书'}，" f"该法律文书已于{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行生效法律文书确定的义务。"), ("p", "申请人多次催要，被申请人均以各种理由推脱。为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，" "特向贵院申请强制执行。"), ("p", "申请人同意贵院通过电子送达方式向申请人送达执行文书，并确认上述联系方式真实有效。"), *sign]
    elif code == "power_of_attorney":
        title = "授权委托书"
        blocks = [("p", f"委托人：{a}，住{ap.address}。"), ("p", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}。"),
                  ("p", f"现委托上列受托人在我与{r}申请执行一案中，作为我的执行代理人。"),
                  ("p", "代理人的代理权限为：特别授权。代为申请执行，代为提供财产线索，代为参加谈话、和解，代为签收法律文书，代为领取执行款项。"),
                  ("p", "代理期限：自本委托书签署之日起至本案执行终结之日止。"),
                  ("gap", ""), ("sig", f"委托人：{a}"), ("sig", f"受托人：{c.agent}"), ("date", num_date(c.day(-3)))]
    elif code == "law_firm_letter":
        title = "律师事务所函"
        blocks = [("p", f"{c.firm}〔{c.filed_on.year}〕第{rng.randint(10, 400)}号"), ("h", f"{c.court.name}："),
                  ("p", f"本所接受{a}的委托，指派{c.agent}律师作为其与{r}申请执行一案的代理人。"),
                  ("p", "特此函告。"), ("p", "附：授权委托书一份；律师执业证复印件一份。"),
                  ("gap", ""), ("sig", c.firm), ("date", num_date(c.day(-3)))]
        return Flow(code, title, blocks, issuer=c.firm, seal=c.firm)
    elif code == "objection_application":
        title = "执行异议申请书"
        blocks = me + them + [("h", "请求事项："), ("p", "请求撤销贵院对申请人名下银行账户的冻结措施。"),
                              ("h", "事实与理由："),
                              ("p", f"贵院在执行{c.previous_number or c.number}一案中，作出执行裁定书冻结了申请人名下的银行账户。该账户内的资金系申请人的工资收入，"
                                    "是申请人及其所扶养家属的生活必需费用。"),
                              ("p", "根据《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第三条之规定，被执行人及其所扶养家属生活所必需的物品不得查封。"
                                    "为此，特依照《中华人民共和国民事诉讼法》第二百三十六条之规定，提出执行异议。")] + sign
    elif code == "resumption_application":
        title = "恢复执行申请书"
        blocks = me + them + [("h", "请求事项："), ("p", f"请求恢复{c.previous_number}案的执行。"),
                              ("h", "事实与理由："),
                              ("p", f"贵院在执行{c.previous_number}一案中，因未发现被申请人可供执行的财产，裁定终结本次执行程序。"),
                              ("p", f"近日，申请人发现被申请人名下有小型轿车一辆（号牌{c.court.code[0]}A·{rng.randint(10000, 99999)}），"
                                    "现特申请恢复执行。")] + sign + [("gap", ""), ("sig", f"原承办人意见：同意恢复执行。　{c.officer}")]
    elif code == "evidence":
        title = "证据材料清单"
        blocks = [("p", f"提交人：{a}"),
                  ("p", f"证据一：{c.court.name}{c.previous_number or c.number}执行裁定书原件一份，证明贵院冻结了申请人账户。"),
                  ("p", "证据二：银行流水一份，证明被冻结账户的资金来源为工资收入。"),
                  ("p", "证据三：劳动合同一份，证明申请人的工资收入情况。"),
                  ("p", "证据四：户口簿复印件一份，证明申请人需扶养的家属情况。"),
                  ("gap", ""), ("sig", f"提交人：{a}"), ("date", num_date(c.day(-1)))]
    else:
        return court_doc(c, code, voice, rng)
    return Flow(code, title, blocks)
