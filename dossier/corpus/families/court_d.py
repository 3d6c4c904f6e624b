"""court_d — a fourth enforcing court with its own house style and wording for what it issues.

AR PL SungtiL body, a LXGW WenKai Bold title letter-spaced over a centred case number, footer
第n页/共m页 at the right, 骑缝章 on rulings; the court writes 执行通知书 with a 履行期限 of three days,
报告财产令 with the 财产调查表 attached, every ruling titled 执行裁定书 with its operative part after
裁定如下 (查封、冻结 / 终结本次执行程序 / 终结执行 / 恢复执行), fines 执行决定书 and detention 拘留决定书.
Receipts, records and approval forms are drawn in court_d_forms."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_d_forms as forms_d
from dossier.corpus.paper import Block, House, Paper, typeset

CODES = frozenset({
    "acceptance_notice", "enforcement_notice", "property_report_order", "consumption_restriction_order",
    "enforcement_ruling", "summons", "payment_notice", "assistance_notice", "resumption_notice",
    "dishonest_list_decision", "fine_decision", "detention_decision", "termination_this_round_ruling",
    "termination_ruling", "resumption_ruling", "closing_notice", "settlement_agreement", *forms_d.CODES,
})
HOUSE = House(body="song_gb", body_mm=5.2, leading=1.7, title="wenkai_bold", title_mm=9.8, title_spacing_mm=5.0,
              heading="above", number_align="centre", top=32, bottom=26, left=26, right=24, footer="slash", hand="wenkai")
RULING = replace(HOUSE, seam_seal=True)
LAW = "《中华人民共和国民事诉讼法》"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in forms_d.CODES:
        return forms_d.render(code, c, rng, served)
    paper = _ruling(c, code, rng) if code.endswith("_ruling") else _paper(c, code, rng)
    return typeset(paper, RULING if code.endswith("_ruling") else HOUSE, rng)


def _who(c: CaseCtx) -> str:
    return "你单位" if c.respondent.kind == "organisation" else "你"


def _basis(c: CaseCtx) -> str:
    name = {"judgment": "民事判决书", "mediation": "民事调解书", "arbitration": "裁决书", "notarial": "公证书及执行证书",
            "criminal": "刑事判决书"}.get(c.basis_kind, "法律文书")
    return f"{c.basis_court}作出的{c.basis_number}{name}"


def _sign(c: CaseCtx, days: int, who: str = "执行员") -> list[Block]:
    return [("gap", ""), ("sig", f"{who}　{c.officer}"), ("gap", ""), ("date", cn_date(c.day(days))), ("gap", ""),
            ("sig", f"书记员　{c.clerk}")]


def _parties(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    out: list[Block] = [("f", f"申请执行人{a.name}，{a.sex}，{num_date(a.born) if a.born else ''}出生，住{a.address}。"),
                        ("f", f"委托代理人{c.agent}，{c.firm}律师。")]
    if r.kind == "organisation":
        out += [("f", f"被执行人{r.name}，住所地{r.address}。"), ("f", f"法定代表人{r.legal_rep}。")]
    else:
        out.append(("f", f"被执行人{r.name}，{r.sex}，{num_date(r.born) if r.born else ''}出生，住{r.address}。"))
    return out


def _ruling(c: CaseCtx, code: str, rng: random.Random) -> Paper:
    """执行裁定书 of every kind: what it decides stands after 裁定如下."""
    a, r = c.applicant.name, c.respondent.name
    head = f"本院在执行{_basis(c)}一案中，"
    earlier = code == "termination_this_round_ruling" and c.category == "resumption" and bool(c.previous_number)
    span = -220 if earlier else (c.closed_on - c.filed_on).days
    if code == "enforcement_ruling":
        body = [head + f"被执行人{r}未在执行通知书指定的期间内履行生效法律文书确定的义务。依照{LAW}第二百五十三条、"
                       "第二百五十五条、《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条之规定，裁定如下：",
                f"查封、冻结被执行人{r}名下价值{money(c.amount)}的财产（包括银行存款、不动产、车辆及其他财产权益）。",
                "本裁定送达后立即生效。"]
        days = 9
    elif code == "termination_this_round_ruling":
        body = [head + f"立案标的{money(c.amount)}，已执行到位零元。",
                "本院依法向被执行人发出执行通知书、报告财产令，被执行人未履行义务，也未如实报告财产。本院通过网络执行查控"
                "系统对被执行人的银行存款、证券、车辆、不动产、网络资金等进行了查询，经两次查询未发现可供执行的财产；"
                "对申请执行人提供的财产线索，本院执行人员进行了实地调查，亦未发现可供执行的财产。本院已对被执行人"
                "发出限制消费令，并将其纳入失信被执行人名单。",
                f"本院于{num_date(c.day(span - 12))}约谈申请执行人，告知了本案的执行情况、"
                "财产调查措施及拟终结本次执行程序的依据，申请执行人表示同意。",
                "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产，依照《最高人民法院关于适用〈中华人民共和国"
                "民事诉讼法〉的解释》第五百一十七条之规定，裁定如下：",
                "终结本次执行程序。",
                "终结本次执行程序后，被执行人负有继续履行的义务；申请执行人发现被执行人有可供执行的财产的，可以向本院申请"
                "恢复执行，申请恢复执行不受申请执行时效期间的限制。",
                "本裁定送达后即发生法律效力。"]
        days = span - 2
    elif code == "termination_ruling":
        body = [head + f"申请执行人{a}与被执行人{r}于{num_date(c.day(30))}自行达成和解，申请执行人于"
                       f"{num_date(c.day(38))}向本院提交书面申请，请求撤回执行申请。",
                f"本院认为，申请执行人撤销申请，符合法律规定。依照{LAW}第二百六十八条第一项之规定，裁定如下：",
                f"终结{_basis(c)}的执行。", "本裁定送达后即发生法律效力。"]
        days = 42
    else:
        body = [f"本院在执行申请执行人{a}与被执行人{r}一案（{c.previous_number}）中，因被执行人无可供执行的财产，"
                f"于{num_date(c.day(-220))}裁定终结本次执行程序。",
                f"{num_date(c.day(-2))}，申请执行人向本院提交恢复执行申请书，称发现被执行人名下有可供执行的车辆。经审查，"
                "申请人提供的线索属实。依照《最高人民法院关于严格规范终结本次执行程序的规定（试行）》第九条之规定，裁定如下：",
                f"恢复{_basis(c)}的执行。", "本裁定送达后即发生法律效力。"]
        days = 3
    blocks: list[Block] = [*_parties(c), ("p", body[0]), *[("p", t) for t in body[1:]], *_sign(c, days, "审判长")]
    if code == "enforcement_ruling":
        blocks[-4:-4] = [("sig", f"审判员　{c.judge}")]
    return Paper("执行裁定书", blocks, issuer=c.court.name, number=c.previous_number if earlier else c.number,
                 seal=c.court.name)


def _paper(c: CaseCtx, code: str, rng: random.Random) -> Paper:
    a, r = c.applicant, c.respondent
    you = _who(c)
    if code == "acceptance_notice":
        blocks: list[Block] = [
            ("f", f"{a.name}："),
            ("p", f"你于{num_date(c.day(-1))}提交的申请执行{r.name}一案的申请材料，本院已经收到。经审查，符合立案条件，"
                  f"本院决定立案执行，案号为{c.number}。现将有关事项告知如下："),
            ("p", f"1.本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}；"),
            ("p", "2.你应当向本院提供被执行人的财产状况或财产线索，并对所提供线索的真实性负责；"),
            ("p", "3.本案执行期限为立案之日起六个月，期间你可通过中国执行信息公开网查询案件流程节点；"),
            ("p", "4.你的送达地址以送达地址确认书为准，地址变更应当书面告知本院。"),
            *_sign(c, 1)]
        return Paper("受理执行案件通知书", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"{a.name}申请执行{_basis(c)}一案，本院已于{num_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                        f"第二百六十四条之规定，责令{you}在本通知送达之日起三日内履行下列义务："),
                  ("p", f"（一）支付申请执行人{a.name}{money(c.amount)}；"),
                  ("p", "（二）按照生效法律文书确定的标准，加倍支付迟延履行期间的债务利息；"),
                  ("p", f"（三）负担申请执行费{int(c.amount) // 100 + 50}元及其他执行费用。"),
                  ("p", f"{you}逾期不履行的，本院将依法强制执行，将{you}纳入失信被执行人名单，限制{you}高消费及有关消费，"
                        "并可依法对拒不履行的行为予以罚款、拘留。"),
                  *_sign(c, 3)]
        return Paper("执行通知书", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "property_report_order":
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院在执行{a.name}申请执行{r.name}一案中，{you}未按执行通知履行义务。依照{LAW}第二百五十二条、"
                        "《最高人民法院关于民事执行中财产调查若干问题的规定》第三条之规定，责令" + you + "在收到本令后五日内，"
                        "填写随附的财产调查表，如实报告下列财产情况："),
                  ("p", "收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、产品、"
                        "原材料等动产；债权、股权、投资权益、基金份额、信托受益权、知识产权等财产性权利；其他应当报告的财产。"),
                  ("p", "报告期间内财产情况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
                  ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留，纳入失信被执行人名单；"
                        "构成犯罪的，依法追究刑事责任。"),
                  ("f", "附：财产调查表"), *_sign(c, 3)]
        return Paper("报告财产令", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "consumption_restriction_order":
        target = f"{r.name}及其法定代表人{r.legal_rep}" if r.legal_rep else r.name
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院执行的{a.name}申请执行{r.name}一案，{you}未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                        "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，对" + target +
                        "采取限制消费措施，限制其不得实施下列行为："),
                  ("p", "1.乘坐飞机、列车软卧、轮船二等以上舱位；乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位；"),
                  ("p", "2.在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
                  ("p", "3.购买不动产或者新建、扩建、高档装修房屋；租赁高档写字楼、宾馆、公寓等场所办公；"),
                  ("p", "4.购买非经营必需车辆；旅游、度假；子女就读高收费私立学校；支付高额保费购买保险理财产品；"),
                  ("p", "5.其他非生活和工作必需的消费行为。"),
                  ("p", "因私消费以个人财产实施前款规定行为的，可以向本院提出申请，经本院审查属实的，应予准许。"),
                  ("p", "违反本令的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定予以罚款、拘留；情节严重构成犯罪的，"
                        "依法追究刑事责任。"), *_sign(c, 18)]
        return Paper("限制消费令", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "dishonest_list_decision":
        blocks = [*_parties(c)[2:],
                  ("p", f"本院在执行{_basis(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。"
                        f"依照{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                        "第六项之规定，决定如下："),
                  ("p", f"将被执行人{r.name}纳入失信被执行人名单，纳入期限为二年。"),
                  ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"), ("p", "本决定一经作出即生效。"),
                  *_sign(c, 21, "审判长")]
        return Paper("决定书", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code in ("fine_decision", "detention_decision"):
        fine = code == "fine_decision"
        who = r.legal_rep or r.name
        act = f"对{who}罚款人民币三万元" if fine else f"对{who}拘留十日"
        blocks = [("f", f"被处罚人：{who}，{r.name + '法定代表人' if r.legal_rep else '被执行人'}。"),
                  ("p", f"本院在执行{a.name}申请执行{r.name}一案中，本院于{num_date(c.day(3))}向被执行人送达了报告财产令，"
                        f"被执行人逾期未报告财产；经本院传唤，{who}无正当理由拒不到庭接受调查。"),
                  ("p", f"本院认为，{who}的上述行为妨碍了本案的执行。依照{LAW}第一百一十四条第一款第六项、第一百一十八条、"
                        f"第二百五十二条之规定，决定如下："),
                  ("p", act + "。" + ("限于收到本决定书之日起五日内缴纳。" if fine else "由公安机关看管执行。")),
                  ("p", "如不服本决定，可以在收到决定书之日起三日内，向上一级人民法院申请复议一次。复议期间，不停止本决定的执行。"),
                  *_sign(c, 34 if fine else 48, "审判长")]
        return Paper("执行决定书" if fine else "拘留决定书", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "summons":
        blocks = [("f", f"被传唤人：{r.legal_rep or r.name}（{r.name}）"), ("f", f"工作单位或住址：{r.address}"),
                  ("f", "传唤事由：接受财产调查、说明不履行义务的原因"),
                  ("f", f"应到时间：{num_date(c.day(24))}　上午九时三十分"),
                  ("f", f"应到处所：{c.court.name}执行指挥中心二楼询问室"),
                  ("p", "注意事项：1.被传唤人必须准时到达应到处所；2.本传票由被传唤人携带来院报到；3.被传唤人收到传票后，"
                        "应在送达回证上签名或者盖章；4.被执行人经两次传票传唤，无正当理由拒不到场的，本院可以拘传。"),
                  *_sign(c, 16)]
        return Paper("传　票", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        blocks = [("f", f"{a.name}："),
                  ("p", f"你申请执行{r.name}一案，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项第二目之规定，应缴纳"
                        f"申请执行费{fee}元。该费用可以在执行到位后，从执行款中优先扣除，由被执行人负担。"),
                  ("p", f"如需预交，请汇入：户名{c.court.name}，开户行{c.court.city}农村商业银行营业部，"
                        "汇款时注明案号。"), *_sign(c, 1)]
        return Paper("缴纳执行费通知书", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "assistance_notice":
        bank = rng.choice(["中国建设银行", "中国农业银行", "交通银行"])
        blocks = [("f", f"{bank}股份有限公司{c.court.city}分行："),
                  ("p", f"本院执行的{a.name}申请执行{r.name}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                        "第二百五十三条之规定，请协助执行以下事项："),
                  ("p", f"冻结被执行人{r.name}（证照号码{r.id_number}）在你行开立的全部账户存款，冻结金额以{money(c.amount)}"
                        f"为限，冻结期限自{num_date(c.day(10))}起一年。"),
                  ("f", "附：执行裁定书一份；工作证、执行公务证复印件各一份。"), *_sign(c, 10)]
        return Paper("协助执行通知书", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "resumption_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院执行的{a.name}申请执行{r.name}一案（原案号{c.previous_number}），本院已于{num_date(c.day(-220))}"
                        "终结本次执行程序。现申请执行人发现你方有可供执行的财产并申请恢复执行，本院已立案恢复执行，"
                        f"新案号为{c.number}。"),
                  ("p", "请你方自收到本通知之日起三日内履行生效法律文书确定的义务，并如实申报财产。逾期不履行的，本院将依法强制执行。"),
                  *_sign(c, 4)]
        return Paper("恢复执行通知书", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "closing_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你申请执行{r.name}一案，执行标的{money(c.amount)}已全部执行到位，执行款已于{num_date(c.closed_on - timedelta(days=4))}"
                        "发放。本案已执行完毕，本院依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，"
                        "以执行完毕方式结案。"),
                  ("p", "特此通知。"), *_sign(c, (c.closed_on - c.filed_on).days)]
        return Paper("结案通知书", blocks, issuer=c.court.name, number=c.number, seal=c.court.name)
    if code == "settlement_agreement":
        return _settlement(c)
    raise KeyError(code)


def _settlement(c: CaseCtx) -> Paper:
    a, r = c.applicant, c.respondent
    half = (c.amount / 2).quantize(c.amount.__class__("0.01"))
    blocks: list[Block] = [
        ("f", f"申请执行人：{a.name}"), ("f", f"被执行人：{r.name}"),
        ("p", f"在{c.court.name}执行{c.number}一案过程中，经执行员{c.officer}主持，双方自愿达成和解如下："),
        ("p", f"一、被执行人于{num_date(c.day(48))}前支付{money(half)}，于{num_date(c.day(62))}前支付余款{money(c.amount - half)}；"),
        ("p", "二、被执行人按期足额履行后，申请执行人放弃迟延履行期间的债务利息，本案以执行完毕结案；"),
        ("p", "三、被执行人任何一期未按约履行的，申请执行人可以申请恢复执行原生效法律文书，已履行部分予以扣除；"),
        ("p", "四、本协议自双方签字（盖章）之日起生效，一式三份，双方各执一份，一份附卷。"),
        ("gap", ""), ("hsig", f"申请执行人（签名）：{a.name}"), ("hsig", f"被执行人（签名/盖章）：{r.legal_rep or r.name}"),
        ("hsig", f"执行员：{c.officer}"), ("date", num_date(c.day(44)))]
    return Paper("执行和解协议", blocks, issuer=c.court.name, number=c.number)
