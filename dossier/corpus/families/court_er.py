"""court_er (安徽省黄山市屯溪区人民法院, held out): the old town of 黄山 — 老街 shops, tea merchants (祁门红茶, 黄山毛峰),
徽墨 and 歙砚 workshops, hotels and 民宿 for the mountain's tourists. Its own papers in the bureau's red-ruled song style
(court_er_kit); what it receives in the senders' styles (court_er_papers). The volumes were scanned on a production
scanner in its high-compression (MRC) PDF mode (court_er_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal, table
from dossier.corpus.families.court_er_kit import COURT, LEFT, RIGHT, TOP, form_head, grid, paper, prose
from dossier.corpus.families.court_er_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
TEA_SEQ, INN_SEQ, INK_SEQ = 94206, 94531, 94873
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 11, "assistance_notice": 11, "property_declaration_form": 15,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 30, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36}
TITLES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
          "closing_notice": "结案通知书"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("interview_record",):
        return c.closed_on - timedelta(days=12)
    if code in ("termination_this_round_ruling", "closing_notice"):
        return c.closed_on - timedelta(days=1)
    if code == "payment_voucher":
        return c.extra["paid_on"]
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """屯溪 parties. TEA_SEQ: a 祁门红茶 tea company wins (屯溪区法院 民初 judgment) against a 老街 shop company that took
    the tea and did not pay; INN_SEQ: a lender's 民间借贷 judgment against a 民宿 keeper (nothing to seize, 终本);
    INK_SEQ: a 徽墨 workshop's craftsman holds a 黄山市劳动人事争议仲裁委员会 award for unpaid wages."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {TEA_SEQ: "tea", INN_SEQ: "inn", INK_SEQ: "ink"}[seq]
    c.firm = rng.choice(["安徽新安律师事务所", "安徽黄山徽州律师事务所", "安徽屯溪老街律师事务所"])
    c.extra["firm_addr"] = f"黄山市屯溪区{rng.choice(['黄山西路', '新安北路', '华山路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1341020{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["黄山农村商业银行屯溪支行", "徽商银行黄山分行营业部", "中国工商银行黄山屯溪支行"])
    c.extra["in_acct"] = f"2000{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["老街街道", "昱东街道", "昱中街道", "现代服务业园"])
    if tale(c) == "tea":
        c.applicant = Party(f"黄山{rng.choice(['祁红', '润思', '徽韵'])}茶业有限公司", "organisation", credit_code(rng, "341024"),
                            f"安徽省黄山市祁门县祁山镇{rng.choice(['茶都大道', '新安路'])}{rng.randint(10, 300)}号",
                            f"0559-41{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"黄山{rng.choice(['老街一号', '新安茗', '徽州印象'])}商贸有限公司", "organisation",
                             credit_code(rng, "341002"), f"安徽省黄山市屯溪区{street}老街{rng.randint(1, 299)}号",
                             f"0559-25{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）皖1002民初{rng.randint(2000, 5999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["jin"] = rng.randint(300, 900)
        c.amount = Decimal(c.extra["jin"] * rng.choice([380, 420, 460]))
        c.extra["r_bank"] = rng.choice(["黄山农村商业银行老街支行", "中国建设银行黄山分行屯溪支行"])
        c.extra["r_acct"] = f"3410{rng.randint(10**11, 10**12 - 1)}"
    elif tale(c) == "inn":
        born = date(rng.randint(1965, 1982), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "341002", born),
                            f"安徽省黄山市屯溪区{street}{rng.choice(['江滨', '滨江', '延安'])}新村{rng.randint(1, 30)}幢",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["341004", "341022"]), born),
                             f"安徽省黄山市{rng.choice(['徽州区呈坎镇', '休宁县万安镇'])}{rng.choice(['前街', '后山'])}{rng.randint(1, 90)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.basis_court = COURT
        c.basis_number = f"（2023）皖1002民初{rng.randint(6000, 8999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(180, 520)) * 1000
        c.extra["inn"] = f"{rng.choice(['云栖', '徽舍', '溪畔'])}民宿"
    else:
        born = date(rng.randint(1966, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "341021", born),
                            f"安徽省黄山市歙县{rng.choice(['徽城镇', '郑村镇'])}{rng.choice(['渔梁', '斗山'])}街{rng.randint(1, 80)}号",
                            f"136{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"黄山{rng.choice(['胡开文', '徽歙', '古墨轩'])}墨砚工艺品有限公司", "organisation",
                             credit_code(rng, "341002"), f"安徽省黄山市屯溪区{street}{rng.choice(['九龙', '黄口'])}工业园{rng.randint(1, 40)}号",
                             f"0559-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "黄山市劳动人事争议仲裁委员会"
        c.basis_number = f"黄劳人仲案字〔2023〕第{rng.randint(100, 699)}号"
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(5, 11)
        c.amount = Decimal(c.extra["months"] * rng.choice([5200, 5800, 6300]))
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50)) if c.amount < 10000 else Decimal(int(float(c.amount - 10000) * 0.015 + 50))
    c.extra["paid_on"] = c.day(rng.randint(38, 55))
    c.extra["officer_no"] = f"34{rng.randint(1000, 9999)}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"tea": "民事判决书", "inn": "民事判决书", "ink": "仲裁裁决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _addr(p: Party) -> str:
    return f"住所地{p.address}" if p.kind == "organisation" else f"住{p.address}"


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，{_addr(p)}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"
    return f"{p.name}，{p.sex}，{p.born:%Y年%-m月%-d日}出生，{_addr(p)}，公民身份号码{p.id_number}。"


def _crew(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    you = "你单位" if r.kind == "organisation" else "你"
    if code == "acceptance_notice":
        return paper(c, rng, TITLES[code], [
            ("f", f"{a.name}："),
            ("p", f"你于{cn_date(c.filed_on)}向本院申请执行{basis_name(c)}，经审查，符合受理条件，本院已立案执行。"),
            ("p", f"本案由执行局执行一组承办，承办人{c.officer}，联系电话{c.court.phone}。你可通过“安徽法院诉讼服务网”或"
                  "12368热线查询案件进展；知悉被执行人财产线索的，请及时书面提供。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return paper(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{case}，根据《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费{c.extra['fee']}元。"),
            ("p", "执行费可先由你方预交，亦可在执行中由被执行人直接负担。请于七日内扫描本通知右上角缴费二维码或至本院"
                  "诉讼服务中心窗口交纳，逾期不交亦不申请缓交的，按有关规定处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return paper(c, rng, TITLES[code], [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_name(c)}，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十条之规定，责令{you}自本通知送达之日起立即履行下列义务："),
            ("p", f"一、支付{a.name}{money(c.amount)}；"),
            ("p", "二、按照生效法律文书的规定支付迟延履行期间的加倍债务利息或迟延履行金；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{you}如逾期不履行，本院将依法强制执行，并可依法将{you}纳入失信被执行人名单、采取限制消费措施。"),
        ], signers=_crew(c), day=d)
    if code == "property_report_order":
        return paper(c, rng, TITLES[code], [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条之规定，责令{you}在收到本令之日起五日内，如实向本院报告"
                  "当前以及收到执行通知之日前一年的财产情况（收入、银行存款、现金、理财产品、不动产、车辆、股权等）。"),
            ("p", "拒绝报告或虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_crew(c), day=d)
    if code == "enforcement_ruling":
        if tale(c) == "tea":
            order = [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（{c.extra['r_acct']}）内存款{money(c.amount)}。"]
        elif tale(c) == "ink":
            order = [f"查封被执行人{r.name}库存徽墨、歙砚成品，以价值{money(c.amount)}为限；",
                     f"冻结、划拨被执行人{r.name}银行存款{money(c.amount)}。"]
        else:
            order = [f"冻结、划拨被执行人{r.name}银行存款{money(c.amount)}，或查封、扣押其相应价值的其他财产。"]
        nums = ["一、", "二、"] if len(order) > 1 else [""]
        return paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{_who(a)}"),
            ("f", f"被执行人：{_who(r)}"),
            ("p", f"本院在执行{case}中，被执行人未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十四条"
                  "之规定，裁定如下："),
            *[("p", n + o) for n, o in zip(nums, order, strict=True)],
            ("p", "本裁定立即执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", rng.choice(["黄山农村商业银行屯溪支行", "中国银行黄山分行"]))
        act = (f"扣划被执行人{r.name}在你行账户{c.extra['r_acct']}内存款{money(c.amount)}，划至本院执行款专户"
               if tale(c) == "tea" else f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年")
        return paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{case}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十四条之规定，请协助执行"
                  f"下列事项：{act}。"),
            ("f", "附：执行裁定书一份"),
            ("f", f"经办人：{c.officer}（执行公务证号{c.extra['officer_no']}）　{c.clerk}"),
        ], number=f"{c.number}之一", day=d, cc="（本通知一式两份，协助单位留存一份，回执一份退回本院）")
    if code == "summons":
        return paper(c, rng, "传票", [
            ("f", f"被传唤人：{r.name}"),
            ("f", f"案由：{c.extra['cause']}（执行）"),
            ("f", "传唤事由：接受执行调查，报告财产"),
            ("f", f"应到时间：{d + timedelta(days=6):%Y年%-m月%-d日} 上午9时"),
            ("f", "应到处所：本院执行局第二谈话室（延安路88号）"),
            ("p", "注意事项：被传唤人必须准时到达；经两次传票传唤，无正当理由拒不到场的，本院可以拘传。"),
        ], signers=_crew(c), day=d)
    if code == "consumption_restriction_order":
        return paper(c, rng, TITLES[code], [
            ("f", f"{r.name}" + (f"、法定代表人{r.legal_rep}" if r.legal_rep else "") + "："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因{you}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，对" + you + "采取限制"
                  "消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）旅游、度假；（五）支付高额保费购买保险"
                  "理财产品；（六）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return paper(c, rng, "决定书", [
            ("f", f"被执行人：{_who(r)}"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}"
                  "第二百六十二条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第六条之规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。本决定一经作出即生效。"),
        ], signers=[("院长", c.judge)], day=d)
    if code == "termination_this_round_ruling":
        return paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{_who(a)}"),
            ("f", f"被执行人：{_who(r)}"),
            ("p", f"本院在执行{case}中，向被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下银行存款、"
                  "车辆、不动产、证券、网络资金等，赴黄山市不动产登记中心、" + (c.extra.get("inn", "其经营场所")) +
                  "实地调查，未发现可供执行的财产。本院已对被执行人采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知本案执行情况及终结本次执行程序的依据，"
                  "申请执行人表示暂不能提供其他财产线索。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。终结本次执行程序后，被执行人应当继续履行义务，"
                  "本院对其采取的限制消费措施继续有效。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "closing_notice":
        return paper(c, rng, TITLES[code], [
            ("f", f"{a.name}："),
            ("p", f"{case}，被执行人已于{cn_date(c.extra['paid_on'])}按执行和解协议履行完毕，本院已将执行款{money(c.amount)}"
                  f"发放至你方指定账户。本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    return _archive(code, c, rng)


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """A pre-printed 笔录 sheet (boxed header, ruled lines) filled in by the clerk's hand."""
    a, r = c.applicant, c.respondent
    talk = code == "interview_record"
    s = Sheet()
    s.centred(TOP - mm(6), "谈话笔录" if talk else "调查笔录", font("sans_bold", 70), spacing=30)
    y: float = TOP + mm(16)
    head = [("时间", f"{d:%Y年%-m月%-d日} 9时30分至10时05分"), ("地点", "屯溪区人民法院执行局谈话室" if talk else
                                                     c.extra.get("inn", r.address)),
            ("执行人员", f"{c.officer}、{c.clerk}（记录）"), ("被询问人", a.name if talk else (r.legal_rep or r.name))]
    y = grid(s, y, head, rng, label_w=mm(32), heights={i: 86.0 for i in range(4)})
    if talk:
        qa = ["问：我们是屯溪区法院执行局的，今天约你来谈本案执行情况，你听清楚了吗？", "答：清楚。",
              "问：经网络查控，被执行人名下无存款、无车辆、无不动产，民宿房屋系租赁，设备已被出租人留置。你有新的财产线索吗？",
              "答：我也找不到他，没有别的线索。",
              "问：本院拟终结本次执行程序，终本后限制消费、失信措施继续有效，发现财产可以再申请执行，你有何意见？",
              "答：没有意见，同意终本。"]
    else:
        qa = [f"问：{c.extra.get('inn', '')}现在还在经营吗？", "答：去年下半年游客少，房东已把房子收回去了，东西都抵了房租。",
              "问：你名下还有其他财产吗？有无在外的应收款？", "答：没有了，微信和支付宝里也没有钱。",
              "问：你打算如何履行？", "答：等找到工作以后每月还一点。"]
    f = prose(40)
    y += 50
    for line in qa:
        per = 30
        for k in range(0, len(line), per):
            s.line(LEFT, y + 56, s.width - RIGHT, y + 56, width=1, fill=(120, 120, 120))
            hand(s, LEFT + (0 if k == 0 else mm(9)), y, line[k:k + per], rng, size=40)
            y += 70
    s.text(LEFT, y + 30, "（以上笔录已阅，记录属实）", f)
    hand(s, s.width - RIGHT - mm(70), y + 100, f"被询问人：{a.name if talk else r.name}", rng, size=44, ink=(20, 20, 20))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "enforcement_ruling": "执行裁定书",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书"}
    to = c.applicant if served == ["acceptance_notice"] or served == ["termination_this_round_ruling"] else c.respondent
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    s = Sheet()
    y = form_head(s, "送达回证", sub=f"案号：{c.number}")
    rows = [("送达文书", "、".join(names.get(x, x) for x in served)), ("受送达人", to.name), ("送达地址", to.address),
            ("送达方式", rng.choice(["直接送达", "留置送达（见证人在场）" if to.kind == "person" else "直接送达"])),
            ("受送达人签收", ""), ("代收人及代收理由", ""), ("送达人", f"{c.officer}　{c.clerk}"), ("备注", "")]
    y0 = y
    y = grid(s, y, rows, rng, heights={1: 100.0, 4: 190.0, 5: 120.0, 7: 120.0}, typed=True)
    sign_y = y0 + 100 + 100 + 100 + 100 + 30
    hand(s, LEFT + mm(50), sign_y, to.legal_rep or to.name, rng, size=52, ink=(20, 20, 20))
    hand(s, LEFT + mm(110), sign_y + 80, f"{when.year}年{when.month}月{when.day}日", rng, size=40, ink=(20, 20, 20))
    seal(s, s.width - RIGHT - mm(40), y - 70, COURT, rng, radius=mm(19))
    s.text(LEFT - mm(6), y + 20, "注：受送达人拒绝签收的，送达人应在备注栏注明情况。", font("sans", 30))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    ttr = c.method == "terminated_this_round"
    s = Sheet()
    y = form_head(s, "执行案件结案审批表", sub=f"{c.number}")
    how = "终结本次执行程序" if ttr else "执行完毕"
    why = ("已穷尽财产调查措施，未发现可供执行财产，已限制消费、纳入失信，申请执行人同意终本。" if ttr else
           f"双方达成和解，被执行人已付清{money(c.amount)}，案款已发放。")
    rows = [("申请执行人", a.name), ("被执行人", r.name), ("执行依据", basis_name(c)), ("立案日期", f"{c.filed_on:%Y.%m.%d}"),
            ("执行标的", money(c.amount)), ("到位金额", "0元" if ttr else money(c.amount)), ("结案方式", how),
            ("承办人意见", why), ("合议庭意见", "同意" + how + "。"), ("局长审批", "同意。")]
    y = grid(s, y, rows, rng, heights={7: 190.0, 8: 140.0, 9: 140.0}, label_w=mm(36))
    hand(s, s.width - RIGHT - mm(60), y - 70, f"{c.judge}　{d.month}.{d.day}", rng, size=38, ink=(20, 20, 20))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    shut = c.closed_on
    if code == "dossier_cover":
        s.centred(mm(36), COURT, font("serif_bold", 64), spacing=6)
        s.centred(mm(62), "执 行 案 卷", font("serif_bold", 120), spacing=30)
        s.centred(mm(98), "（正卷）", font("song_gb", 48))
        rows = [("案号", c.number), ("案由", c.extra["cause"]), ("申请执行人", a.name), ("被执行人", r.name),
                ("执行依据", basis_name(c)), ("收案日期", f"{c.filed_on:%Y年%-m月%-d日}"), ("结案日期", f"{shut:%Y年%-m月%-d日}"),
                ("结案方式", "执行完毕"), ("执行员", c.officer), ("书记员", c.clerk), ("归档日期", f"{shut + timedelta(days=20):%Y年%-m月%-d日}"),
                ("保管期限", "长期")]
        grid(s, mm(118), rows, rng, heights={4: 150.0}, ink=(20, 20, 20))
        s.text(LEFT, s.height - mm(34), f"全宗号 {rng.randint(40, 90)}　目录号 {rng.randint(1, 9)}　卷号 {rng.randint(100, 999)}",
               font("sans", 36))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 文 件 目 录", font("serif_bold", 70), spacing=8)
        s.text(LEFT, TOP + 110, f"案号：{c.number}", font("song_gb", 38))
        items = ["执行申请书", "民事判决书" if tale(c) != "ink" else "仲裁裁决书", "生效证明书", "财产线索表",
                 "诉讼费票据", "身份证明", "授权委托书及律师所函", "账户确认书", "送达地址确认书", "受理案件通知书",
                 "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议",
                 "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复查表", "备考表"]
        cells: list[list[str]] = [["序号", "文件名称", "页号", "备注"]]
        page = 1
        for i, name in enumerate(items, 1):
            cells.append([str(i), name, str(page), ""])
            page += rng.choice([1, 1, 2, 3])
        table(s, LEFT - mm(6), TOP + 180, [mm(18), mm(104), mm(24), mm(24)], cells, font("song_gb", 34), row_h=78,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        y = form_head(s, "执行卷宗归档复查表", sub=c.number)
        rows = [("卷宗材料是否齐全", "齐全"), ("文书送达是否合法", "合法，回证齐全"), ("案款是否发放完毕", "已发放，无滞留"),
                ("排列装订是否规范", "规范"), ("承办人", c.officer), ("复查人意见", "同意归档"), ("复查人", person_name(rng)),
                ("复查日期", f"{shut + timedelta(days=15):%Y年%-m月%-d日}")]
        grid(s, y, rows, rng, label_w=mm(50), heights={5: 160.0})
        return [s]
    s.centred(TOP, "备 考 表", font("serif_bold", 76), spacing=20)
    s.box(LEFT, TOP + 140, s.width - RIGHT, s.height - mm(60), width=3)
    s.text(LEFT + 30, TOP + 180, "本卷情况说明：", font("song_gb", 40))
    hand(s, LEFT + 80, TOP + 260, f"本卷共计{rng.randint(60, 90)}页，材料齐全，无缺页。", rng, size=44, ink=(20, 20, 20))
    hand(s, LEFT + 80, TOP + 340, "案款已全部发放，无遗留事项。", rng, size=44, ink=(20, 20, 20))
    y = s.height - mm(110)
    s.text(s.width - RIGHT - mm(80), y, f"立卷人：{c.clerk}", font("song_gb", 40))
    s.text(s.width - RIGHT - mm(80), y + 70, f"检查人：{c.officer}", font("song_gb", 40))
    s.text(s.width - RIGHT - mm(80), y + 140, f"立卷时间：{shut + timedelta(days=18):%Y年%-m月%-d日}", font("song_gb", 40))
    return [s]
