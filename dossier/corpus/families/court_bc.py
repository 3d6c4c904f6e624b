"""The family court_bc (山东省烟台市芝罘区人民法院执行局), held out: every paper of its dossiers is photographed at the
filing window under a 高拍仪. COLD_SEQ: a seafood processor enforces a 烟台中院 二审 judgment against a cold-storage
company whose freezer failed, ended 终本 after 限制消费 and 失信; WINE_SEQ: a winery enforces an 烟台仲裁委员会 award on
unpaid wine against its 芝罘 distributor, settled, paid and archived; LOAN_SEQ: a 公证债权文书 (民间借贷 to an apple
trader) with its 执行证书, ended 终本."""

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
from dossier.corpus.draw import Sheet, mm
from dossier.corpus.families import court_bc_papers as papers
from dossier.corpus.families.court_bc_kit import (
    ARB,
    COURT,
    MID_COURT,
    NOTARY,
    Paper,
    court_seal,
    spaced_title,
)
from dossier.corpus.fonts import font

COLD_SEQ, WINE_SEQ, LOAN_SEQ = 24117, 24358, 24603

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "termination_this_round_ruling", "closing_notice",
})
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
PLACES = {"cold": "被执行人北马路冷库", "wine": "被执行人毓璜顶东路门店及仓库", "loan": "栖霞市庙后镇被执行人果园冷风库"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the drawn case to 芝罘 and gives it its story (by its seq)."""
    c.firm = rng.choice(["山东诚公律师事务所", "山东芝罘港湾律师事务所", "山东烟台东海岸律师事务所"])
    c.extra["firm_addr"] = f"烟台市芝罘区{rng.choice(['南大街', '北马路', '解放路', '环山路'])}{rng.randint(20, 260)}号"
    c.extra["lic"] = f"13706{rng.randint(2010, 2022)}1{rng.randint(1000000, 9999999)}"
    c.extra["bank"] = rng.choice(["烟台农商银行芝罘支行", "烟台银行芝罘支行", "中国建设银行烟台分行营业部"])
    c.extra["acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    c.extra["first_no"] = f"（2023）鲁0602民初{rng.randint(1200, 8800)}号"
    c.extra["trial_judge"] = person_name(rng)
    street = rng.choice(["幸福街道", "只楚街道", "白石街道", "向阳街道", "黄务街道"])
    seq = int(c.number.split("执")[-1].rstrip("号"))
    c.extra["story"] = {COLD_SEQ: "cold", WINE_SEQ: "wine", LOAN_SEQ: "loan"}.get(seq, "cold")
    story = c.extra["story"]
    if story == "cold":
        c.applicant = Party(f"烟台{rng.choice(['鲜港', '渤洋', '芝岛'])}水产食品有限公司", "organisation",
                            credit_code(rng, "370602"), f"山东省烟台市芝罘区{street}{rng.choice(['港城西大街', '西沙旺路'])}"
                            f"{rng.randint(10, 199)}号", f"0535-6{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"烟台{rng.choice(['冰源', '凯冷', '福港'])}冷链物流有限公司", "organisation",
                             credit_code(rng, "370602"), f"山东省烟台市芝罘区{rng.choice(['北马路', '环海路'])}"
                             f"{rng.randint(1, 150)}号冷库院内", f"0535-6{rng.randint(100000, 999999)}",
                             legal_rep=person_name(rng))
        c.basis_kind, c.basis_court = "judgment", MID_COURT
        c.basis_number = f"（2023）鲁06民终{rng.randint(3000, 9800)}号"
        c.extra["cause"] = "仓储合同纠纷"
        c.extra["goods"] = f"冻鲅鱼、冻鱿鱼{rng.randint(60, 140)}吨"
    elif story == "wine":
        c.applicant = Party(f"烟台{rng.choice(['芝罘山', '蓬莱阁', '东山'])}葡萄酿酒有限公司", "organisation",
                            credit_code(rng, "370602"), f"山东省烟台市芝罘区大马路{rng.randint(10, 90)}号",
                            f"0535-6{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"烟台市芝罘区{rng.choice(['鸿运', '海岸', '金沙滩'])}酒业商行有限公司", "organisation",
                             credit_code(rng, "370602"), f"山东省烟台市芝罘区{street}毓璜顶东路{rng.randint(5, 80)}号",
                             f"0535-6{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_kind, c.basis_court = "arbitration", ARB
        c.basis_number = f"（2023）烟仲字第{rng.randint(200, 1400)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["goods"] = f"干红葡萄酒{rng.randint(900, 4000)}箱"
        c.extra["paid_day"] = c.day(rng.randint(38, 52))
    else:
        born = date(rng.randint(1965, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "370602", born),
                            f"山东省烟台市芝罘区{street}{rng.choice(['青年南路', '南通路', '新石路'])}{rng.randint(1, 99)}号",
                            f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        rb = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "370686", rb),
                             f"山东省栖霞市{rng.choice(['庙后镇', '松山街道', '桃村镇'])}{rng.choice(['东', '西', '南'])}"
                             f"{rng.choice(['庄', '疃', '夼'])}村{rng.randint(1, 300)}号", f"15{rng.randint(100000000, 999999999)}",
                             born=rb, sex="男")
        c.basis_kind, c.basis_court = "notarial", NOTARY
        c.basis_number = f"（2023）鲁烟芝证民字第{rng.randint(800, 4800)}号"
        c.extra["cert_no"] = f"（2024）鲁烟芝证执字第{rng.randint(10, 190)}号"
        c.extra["cause"] = "借款合同"
        c.extra["goods"] = f"苹果收购周转款（栖霞红富士冷库苹果{rng.randint(80, 300)}吨）"
    for party in (c.applicant, c.respondent):
        if party.kind == "person":  # the ID number's 17th digit tells the sex
            party.sex = "男" if int(party.id_number[16]) % 2 else "女"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 160))
    c.extra["pay_day"] = c.day(rng.randint(40, 55))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return _own(code, c, rng, served)
    return papers.draw(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决", "arbitration": "裁决", "notarial": "公证债权文书"}.get(c.basis_kind, "法律文书")
    if c.basis_kind == "notarial":
        return f"{c.basis_court}{c.basis_number}具有强制执行效力的{kind}及{c.extra['cert_no']}执行证书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _parties(c: CaseCtx, *, short: bool = False) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("f", f"{role}：{p.name}，住所地{p.address}。"))
            if not short:
                out.append(("f", f"法定代表人：{p.legal_rep}，该公司总经理。"))
        else:
            born = p.born or date(1980, 1, 1)
            out.append(("f", f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，汉族，住{p.address}。"))
    if not short:
        out.insert(2 if c.applicant.kind == "organisation" else 1,
                   ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    return out


def _head(p: Paper, c: CaseCtx, title: str, *, number: bool = True) -> None:
    s = p.s
    s.centred(p.y, COURT, font("serif_bold", 52), spacing=4)
    p.y += 88
    p.y = spaced_title(s, p.y, title, font("hei", 66))
    if number:
        s.right(s.width - p.right_m, p.y, c.number, p.f)
        p.y += p.lh * 1.3


def _tail(p: Paper, c: CaseCtx, rng: random.Random, when: date, *, bench: bool = True, sealed: bool = True) -> None:
    p.need(p.lh * 6)
    s = p.s
    x = s.width - p.right_m - mm(62)
    p.y += p.lh * 0.6
    if bench:
        for role, name in (("审 判 长", c.judge), ("审 判 员", person_name(random.Random(c.number))),
                           ("审 判 员", c.officer)):
            s.text(x, p.y, f"{role}　{name}", p.f)
            p.y += p.lh
    else:
        s.text(x, p.y, f"执 行 员　{c.officer}", p.f)
        p.y += p.lh
    date_y = p.y + p.lh * 0.4
    s.text(x - mm(6), date_y, cn_date(when), p.f)
    p.y = date_y + p.lh * 1.1
    s.text(x, p.y, f"书 记 员　{c.clerk}", p.f)
    p.y += p.lh
    if sealed:
        court_seal(s, x + mm(24), date_y, COURT, rng)


def _ruling(c: CaseCtx, rng: random.Random, reasons: list[str], orders: list[str], when: date,
            tail_note: str = "") -> list[Sheet]:
    p = Paper(footer="第{i}页　共{n}页")
    _head(p, c, "执行裁定书")
    blocks = [*_parties(c), *[("p", r) for r in reasons], ("p", "裁定如下："), *[("p", o) for o in orders]]
    if tail_note:
        blocks.append(("p", tail_note))
    p.blocks(blocks)
    _tail(p, c, rng, when)
    return p.finish()


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    b = _basis(c)
    amt = money(c.amount)
    if code == "enforcement_ruling":
        reasons = [f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，因被执行人未按执行通知书"
                   f"指定的期间履行{b}确定的义务，依照{LAW}第二百五十三条、第二百五十五条的规定，"]
        orders = [f"冻结、划拨被执行人{r.name}在金融机构的存款{amt}，或查封、扣押、冻结其相应价值的其他财产。",
                  "本裁定立即执行。"]
        return _ruling(c, rng, reasons, orders, c.day(9))
    if code == "termination_this_round_ruling":
        reasons = [f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{b}已经发生法律效力。申请执行人于"
                   f"{num_date(c.filed_on)}向本院申请执行，本院依法立案执行，执行标的{amt}。",
                   "执行中，本院向被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询被执行人名下存款、车辆、"
                   f"不动产、证券、网络资金等财产，并至{PLACES[c.extra['story']]}实地调查，未发现可供执行的财产。"
                   "本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。本院约谈申请执行人，告知了本案执行"
                   "情况及终结本次执行程序的依据和后果，申请执行人表示知悉。",
                   f"本院认为，被执行人暂无财产可供执行，本案符合终结本次执行程序的条件。依照{LAW}第一百五十七条第一款第"
                   "十一项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"]
        orders = [f"终结{b}的本次执行程序。",
                  "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。",
                  "本裁定送达后立即生效。"]
        return _ruling(c, rng, reasons, orders, c.closed_on)
    if code == "dishonest_list_decision":
        p = Paper(size=41)
        _head(p, c, "决定书")
        p.blocks([*_parties(c, short=True), ("p", f"本院在执行{b}过程中，被执行人{r.name}具有履行能力而拒不履行生效法律文书"
                  "确定的义务，且违反财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、"
                  "第六项的规定，决定如下："), ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
                  ("p", "如不服本决定，可向本院申请纠正。")])
        _tail(p, c, rng, c.day(70), bench=False)
        return p.finish()
    if code == "consumption_restriction_order":
        p = Paper(size=43, line=1.85)
        _head(p, c, "限制消费令")
        who = f"{r.name}及其法定代表人{r.legal_rep}" if r.kind == "organisation" else r.name
        p.blocks([("f", f"被执行人：{r.name}"), ("p", f"本院于{num_date(c.filed_on)}立案执行{b}。因被执行人未按执行通知书"
                  "指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
                  f"第一条、第三条的规定，对{who}采取限制消费措施，限制其实施以下高消费及非生活和工作必需的消费行为："),
                  ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
                  ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
                  ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
                  ("f", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
                  ("f", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
                  ("f", "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非"
                   "生活和工作必需的消费行为。"),
                  ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、"
                   "拘留；情节严重，构成犯罪的，依法追究刑事责任。")])
        p.need(p.lh * 3)
        p.y += p.lh
        p.s.right(p.s.width - p.right_m, p.y, cn_date(c.day(66)), p.f)
        court_seal(p.s, p.s.width - p.right_m - mm(25), p.y, COURT, rng)
        return p.finish()
    if code == "summons":
        return papers.summons(c, rng)
    return _notice(code, c, rng, served)


def _notice(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    b = _basis(c)
    amt = money(c.amount)
    titles = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
              "property_report_order": "报告财产令", "assistance_notice": "协助执行通知书", "closing_notice": "结案通知书"}
    day = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
           "assistance_notice": 9}.get(code, 0)
    when = c.day(day) if day else c.closed_on
    to = {"acceptance_notice": a.name, "payment_notice": a.name, "closing_notice": f"{a.name}、{r.name}",
          "assistance_notice": rng.choice(["中国工商银行股份有限公司烟台芝罘支行", "烟台农村商业银行股份有限公司芝罘支行"])}
    body: list[tuple[str, str]] = [("f", f"{to.get(code, r.name)}：")]
    if code == "acceptance_notice":
        body.append(("p", f"你（单位）申请执行{b}一案，本院经审查，符合立案条件，已于{num_date(c.filed_on)}立案执行，案号为"
                          f"{c.number}。本案由执行员{c.officer}负责办理，联系电话{c.court.phone}。请你方如实提供被执行人的财产"
                          "线索；案件执行中你方的送达地址、收款账户如有变更，应及时书面告知本院。"))
    elif code == "payment_notice":
        body.append(("p", f"你方申请执行{r.name}一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费"
                          f"{c.extra['fee']}元。该费用由被执行人负担，申请执行人可暂不预交，执行到位后由本院从执行款中扣收。"))
        body.append(("p", "交款账户：烟台市芝罘区财政局非税收入汇缴专户；开户行：烟台银行芝罘支行。"))
    elif code == "enforcement_notice":
        body.append(("p", f"{a.name}申请执行{b}一案，本院已于{num_date(c.filed_on)}立案。依照{LAW}第二百五十一条、第二百六十四条的"
                          "规定，责令你（单位）自收到本通知之日起三日内履行下列义务："))
        body.append(("p", f"一、支付申请执行人{amt}及迟延履行期间的加倍债务利息；"))
        body.append(("p", f"二、负担申请执行费{c.extra['fee']}元。"))
        body.append(("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制消费。"))
    elif code == "property_report_order":
        body.append(("p", f"本院于{num_date(c.filed_on)}立案执行{b}。依照{LAW}第二百五十二条的规定，责令你（单位）在收到本令后五日内，"
                          "如实向本院报告当前以及收到执行通知之日前一年的财产情况（详见所附财产申报表）。"))
        body.append(("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"))
    elif code == "assistance_notice":
        body.append(("p", f"关于{a.name}与{r.name}{c.extra['cause']}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                          "第二百五十三条的规定，请协助执行下列事项："))
        body.append(("p", f"冻结被执行人{r.name}（证件号码{r.id_number}）在你行开立的账户内存款，以{amt}为限，冻结期限一年。"))
    else:
        paid = c.extra.get("paid_day", c.extra["pay_day"])
        body.append(("p", f"本院受理的{a.name}申请执行{r.name}一案，双方于执行中自行达成和解协议，被执行人已于{num_date(paid)}"
                          "履行完毕，本院已将执行款发放申请执行人。本案已执行完毕，现予结案。"))
    p = Paper(size=42)
    _head(p, c, titles[code])
    p.blocks(body)
    p.need(p.lh * 3)
    p.y += p.lh * 0.8
    x = p.s.width - p.right_m
    p.s.right(x, p.y, cn_date(when), p.f)
    court_seal(p.s, x - mm(26), p.y, COURT, rng)
    p.y += p.lh * 1.4
    p.s.text(p.left, p.y, f"本院地址：{c.court.address}　承办人：{c.officer}　电话：{c.court.phone}", font("serif", 32))
    if code == "property_report_order":
        p.y += p.lh
        p.s.text(p.left, p.y, "附：财产申报表一份", font("serif", 34))
    return p.finish()


