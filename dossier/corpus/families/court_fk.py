"""court_fk (广东省韶关市浈江区人民法院, held out): 韶关 on the 浈江 and the 武江 — rail freight on the 京广 line out of
the 韶钢 sidings, 白毛茶 and 香菇 from 仁化 sold to the 丹霞山 shops, 客家 kitchens along the river. Most of what the
bureau files is printed on security paper: its own 裁判文书 on emblem 底纹 stock (court_fk_kit), the banks' 回单, the
notary's and the arbitration commission's papers, the certificates and the fiscal bills in their makers' patterned
styles (court_fk_papers); the volumes went through the bureau's colour flatbed (court_fk_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_fk_kit import (
    COURT,
    PEN,
    L,
    Press,
    R,
    body,
    court_paper,
    folios,
    form_title,
    grid,
    hei,
    pen,
)
from dossier.corpus.families.court_fk_papers import ARB, NOTARY, RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
RAIL_SEQ, TEA_SEQ, HAKKA_SEQ = 15142, 15463, 15729
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 2, "payment_notice": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "property_declaration_form": 12, "enforcement_ruling": 9, "assistance_notice": 9,
        "summons": 24, "investigation_record": 31, "consumption_restriction_order": 38, "dishonest_list_decision": 38,
        "settlement_agreement": 27, "payment_voucher": 44}
LATE = {"interview_record": 18, "termination_this_round_ruling": 7, "closing_notice": 5, "closing_approval_form": 3,
        "file_review_form": -4, "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, when the volume is bound)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in LATE:
        return c.closed_on - timedelta(days=LATE[code])
    return c.day(WHEN.get(code, 0))


def _coded(rng: random.Random, region: str, head: str) -> str:
    """A credit code whose first two characters are `head` (93 a farmers' cooperative), check character recomputed."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body_ = head + credit_code(rng, region)[2:17]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body_, weights, strict=True)) % 31
    return body_ + chars[0 if check == 31 else check]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """韶关 parties. RAIL_SEQ: a rail freight forwarder of the 京广 line wins this court's judgment for container freight
    on 韶钢 rebar against a steel trader, who pays after its account is frozen; TEA_SEQ: a 仁化 白毛茶 cooperative's
    award of the 韶关仲裁委员会 for tea and 香菇 supplied to a 丹霞山 souvenir company that has shut its shops, nothing
    left (终本); HAKKA_SEQ: a lender's notarised loan (公证债权文书 and the notary's 执行证书) to the owner of a 客家
    restaurant on the 浈江 bank, who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {RAIL_SEQ: "rail", TEA_SEQ: "tea", HAKKA_SEQ: "hakka"}[seq]
    c.firm = rng.choice(["广东韶州律师事务所", "广东北江明镜律师事务所", "广东丹霞正平律师事务所"])
    c.extra["firm_addr"] = f"韶关市浈江区{rng.choice(['风度中路', '解放路', '和平路'])}{rng.randint(10, 220)}号"
    c.extra["licence"] = f"1440220{rng.randint(12, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["中国建设银行韶关分行", "广东韶关农村商业银行浈江支行", "中国工商银行韶关风度支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"4405016{rng.randint(10**11, 10**12 - 1)}"
    c.extra["badge"] = f"44020{rng.randint(100, 999)}"
    if tale(c) == "rail":
        c.applicant = Party(f"韶关{rng.choice(['犁市', '东河', '十里亭'])}铁路物流有限公司", "organisation",
                            credit_code(rng, "440204"), f"广东省韶关市浈江区{rng.choice(['犁市镇铁路货场', '十里亭镇物流园'])}"
                            f"{rng.randint(1, 30)}号", f"0751-86{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"韶关{rng.choice(['马坝', '曲江', '南华'])}钢材贸易有限公司", "organisation",
                             credit_code(rng, "440205"), f"广东省韶关市曲江区马坝镇{rng.choice(['钢城路', '韶钢大道'])}"
                             f"{rng.randint(10, 300)}号", f"0751-66{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）粤0204民初{rng.randint(1200, 6800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "运输合同纠纷"
        c.amount = Decimal(rng.randint(2600, 7800)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = "中国建设银行韶关曲江支行"
        c.extra["r_acct"] = f"4405017{rng.randint(10**11, 10**12 - 1)}"
        c.extra["boxes"] = rng.randint(90, 240)
    elif tale(c) == "tea":
        c.applicant = Party(f"仁化县{rng.choice(['红山', '丹霞', '长江'])}白毛茶种植专业合作社", "organisation",
                            _coded(rng, "440224", "93"), f"广东省韶关市仁化县{rng.choice(['红山镇', '长江镇'])}"
                            f"{rng.choice(['鱼皇', '茶坪', '新坪'])}村委会{rng.choice(['上屋', '下坪'])}村", f"0751-63{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"仁化丹霞山{rng.choice(['锦江', '长老峰', '阳元'])}旅游商品有限公司", "organisation",
                             credit_code(rng, "440224"), f"广东省韶关市仁化县丹霞街道{rng.choice(['丹霞大道', '瑶塘新村'])}"
                             f"{rng.randint(1, 120)}号", f"0751-62{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = ARB
        c.basis_number = f"（2023）韶仲案字第{rng.randint(120, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1500, 4200)) * 100
        c.extra["shop_cert"] = f"粤（2021）仁化县不动产权第00{rng.randint(10000, 99999)}号"
        c.extra["shop_addr"] = f"仁化县丹霞街道景区南门商业街{rng.randint(2, 40)}号铺"
    else:
        born = date(rng.randint(1966, 1986), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "440203", born),
                            f"广东省韶关市武江区{rng.choice(['沙洲路', '工业西路', '西河镇'])}{rng.randint(3, 180)}号",
                            f"138{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born2 = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["440204", "440232", "440222"]), born2),
                             f"广东省韶关市浈江区{rng.choice(['五里亭', '东堤北路', '风采街道'])}{rng.randint(5, 99)}号",
                             f"159{rng.randint(10000000, 99999999)}", born=born2, sex=rng.choice("男女"))
        c.extra["restaurant"] = f"浈江区{c.respondent.name[0]}记客家菜馆"
        c.basis_court = NOTARY
        c.basis_number = f"（2023）粤韶南华证字第{rng.randint(1200, 5800)}号"
        c.extra["cert_number"] = f"（2024）粤韶南华执证字第{rng.randint(8, 60)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(12, 25))
        c.extra["cause"] = "借款合同纠纷"
        c.amount = Decimal(rng.randint(1200, 3600)) * 100
    fee = Decimal(50) if c.amount <= 10000 else (Decimal(50) + (c.amount - 10000) * Decimal("0.015"))
    c.extra["fee"] = fee.quantize(Decimal("1"))
    c.extra["pay_day"] = c.day(rng.randint(41, 46))
    c.extra["fee_serial"] = f"{rng.randint(10**7, 10**8 - 1):08d}"


def basis_title(c: CaseCtx) -> str:
    kind = {"rail": "民事判决书", "tea": "裁决书", "hakka": "公证书及执行证书"}[tale(c)]
    extra = f"、{c.extra['cert_number']}" if tale(c) == "hakka" else ""
    return f"{c.basis_court}{c.basis_number}{extra}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def party_lines(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        rep = "负责人" if "合作社" in p.name else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"), ("h", f"{rep}：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理执行案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请及所附{basis_title(c)}等材料收悉。经审查，符合立案条件，本院决定立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办执行员{c.officer}，书记员{c.clerk}，办公电话{c.court.phone}。请你方积极提供被执行人的财产线索；"
                  "送达地址、收款账户如有变更，请于三日内书面告知本院。案件流程信息可在“广东法院诉讼服务网”查询。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "预交执行费通知", [
            ("to", f"{a.name}："),
            ("p", f"{case}，本院已立案执行。依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案应交申请执行费"
                  f"人民币{c.extra['fee']}元，由你方预交，执行中一并向被执行人追收。"),
            ("p", "请自收到本通知之日起七日内，凭本通知所附缴款码到广东省非税收入代收银行缴纳，并将缴款票据交执行局。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}依据{basis_title(c)}向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}"
                  f"第二百五十一条、第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("m", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("m", "二、加倍支付迟延履行期间的债务利息；"),
            ("m", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、"
                  f"第五条的规定，责令{_you(r)}在收到本令后五日内，如实填写所附财产申报表，向本院报告当前及收到执行通知之日前"
                  "一年的财产情况。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人名单；"
                  "构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        if tale(c) == "rail":
            order = f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款{money(c.amount)}。"
        elif tale(c) == "tea":
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}；不足部分，查封、扣押其相应价值的财产。"
        else:
            order = (f"冻结、划拨被执行人{r.name}名下银行存款及微信、支付宝账户资金{money(c.amount)}，"
                     f"或查封其经营的{c.extra['restaurant']}相应价值的财产。")
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"本院在执行{basis_title(c)}一案中，被执行人{r.name}未按执行通知履行义务。依照{LAW}第二百五十三条、"
                  "第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, patterned=True, original=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = {"rail": "本院冻结被执行人银行账户后，双方达成和解，被执行人按协议将款项全部交至本院",
               "hakka": "双方达成执行和解协议，被执行人按协议分两期付清"}.get(tale(c), "被执行人已履行")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，本院已于{cn_date(c.extra['pay_day'] + timedelta(days=2))}将执行款发放至你方"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款"
                  "第一项的规定，本案以执行完毕方式结案。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *party_lines("申请执行人", a), *party_lines("被执行人", r),
            ("p", f"{ARB}作出的{c.basis_number}裁决书已经发生法律效力。申请执行人{a.name}向本院申请执行，本院于"
                  f"{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，经网络执行查控系统查询被执行人的存款、车辆、不动产、"
                  f"证券、网络资金等，未发现可供执行的财产；申请执行人提供的{c.extra['shop_addr']}商铺，经本院于"
                  f"{cn_date(made_on(c, 'investigation_record'))}实地调查，系被执行人向他人承租，已于2023年底退租，不属被执行人"
                  "所有。本院已对被执行人及其法定代表人限制消费，并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知查控结果，申请执行人表示暂无其他财产线索，"
                  "同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十八条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"本案尚有{money(c.amount)}未执行到位。申请执行人发现被执行人有可供执行财产的，可以再次申请执行；再次申请不受"
                  "申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, patterned=True, original=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行给付义务，依照《最高人民法院关于"
                  f"限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人及其法定代表人{r.legal_rep}采取限制消费"
                  "措施，不得有以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需"
                  "车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                  "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=d, patterned=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由逾期未报告财产。依照"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项及第二条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d, patterned=True)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 with the bank's 回执 under a scissors line."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["广东韶关农村商业银行浈江支行", "中国农业银行韶关分行营业部"])
    if tale(c) == "rail":
        ask = (f"冻结并划拨被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，划入本院执行款专户"
               f"（开户行中国建设银行韶关分行，账号{c.extra['court_acct']}）。")
    else:
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限一年。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("p", f"附：{c.number}执行裁定书一份。经办人：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    for x in range(L, s.width - R, 30):
        s.line(x, y, x + 14, y, width=2)
    s.text(L - mm(8), y - 22, "✂", body(34))
    s.centred(y + 18, "协助执行回执", hei(40), spacing=10)
    s.text(L, y + 84, f"{COURT}：你院{c.number}协助执行通知书已收到，我行已按要求办理。", body(34))
    s.text(s.width - R - mm(86), y + 150, "协助单位（盖章）　年　月　日", body(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传　票")
    s.right(s.width - R, y - 20, c.number, body(36))
    y += 40
    r = c.respondent
    w = s.width - L - R
    rows = [["案　由", f"{c.extra['cause']}（执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["住所地", r.address], ["传唤事由", "接受执行询问，报告财产，说明未履行原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}　上午9:30"], ["应到处所", "浈江区人民法院执行局三楼执行询问室"]]
    y = grid(s, L, y, [mm(40), w - mm(40)], rows, body(38), heights=mm(16))[-1][3] + 36
    for t in ("注意：", "一、被传唤人应携带本传票和身份证件、营业执照准时到达；", "二、无正当理由拒不到场的，本院将依法拘传。"):
        s.text(L, y, t, body(34))
        y += 52
    y += 50
    s.right(s.width - R - mm(8), y, cn_date(d), body(40))
    seal(s, s.width - R - mm(38), y + 14, COURT, rng, radius=mm(20))
    s.text(L, y + 130, f"承办：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", body(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是浈江区人民法院执行局的工作人员，这是我们的执行公务证。今天就申请执行人提供的商铺线索进行调查，请如实说明。"),
        ("答", "好的。"),
        ("问", "你与这间商铺是什么关系？"),
        ("答", "我是业主，这间铺是我名下的，不动产权证在我这里。"),
        ("问", "被执行人仁化丹霞山的那家旅游商品公司是否在此经营？"),
        ("答", "他们租了我这间铺卖白毛茶、香菇、灵芝这些土特产，租期到去年年底，去年十二月就退租搬走了，押金抵了欠的两个月租金。"),
        ("问", "铺里还有被执行人的货物或设备吗？"),
        ("答", "没有了，货架是我的，剩下几箱过期的茶叶他们自己拉走了。"),
        ("问", "你是否知道被执行人还有其他门店或仓库？"),
        ("答", "原来在长老峰索道口也有一个档口，也早关了，其他的不清楚。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是向你通报本案的执行情况并听取你的意见。本院经网络查控，被执行人名下无存款、车辆、不动产、证券可供"
               "执行；你提供的丹霞山南门商铺，经实地调查系被执行人承租，已退租，不属被执行人所有。你对此有无异议？"),
        ("答", "没有异议，他们的店确实都关了。"),
        ("问", "你方能否提供被执行人新的财产线索？"),
        ("答", "目前提供不了。合作社的茶农都在等这笔钱，以后有线索我们会马上报给法院。"),
        ("问", "本院已对被执行人及其法定代表人限制消费，将被执行人纳入失信名单。目前无财产可供执行，本院拟终结本次执行程序，"
               "你是否同意？"),
        ("答", "同意。"),
        ("问", "终本后发现财产可随时申请恢复执行，不受申请执行时效限制。还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 typed at the table: a head block of ruled lines, 问/答 set in serif with 黑体 tags, the person heard
    signing every page by hand at the foot."""
    talk = code == "interview_record"
    who = (c.applicant.legal_rep if c.applicant.kind == "organisation" else c.applicant.name) if talk else person_name(rng)
    place = "本院执行局询问室" if talk else c.extra.get("shop_addr", c.respondent.address)
    sheets: list[Sheet] = []

    def fresh() -> Sheet:
        sh = Sheet()
        sheets.append(sh)
        return sh

    press = Press(fresh, sheets=[], foot=mm(48))
    s = press.s
    y = form_title(s, "询问笔录" if talk else "执行调查笔录", issuer="")
    f = body(36)
    heads = [f"时间：{num_date(d)}　上午10时05分至10时40分", f"地点：{place}",
             f"执行人员：{c.officer}　　记录人：{c.clerk}",
             f"被询问人：{who}（申请执行人{c.applicant.name}负责人）" if talk else f"被调查人：{who}（商铺业主）",
             f"案号：{c.number}"]
    for h in heads:
        s.text(L, y, h, f)
        s.line(L + mm(22), y + 48, s.width - R, y + 48, width=1)
        y += 64
    press.y = y + 30
    q = body(40)
    for tag, text in QA[code]:
        press.room(72)
        press.s.text(L, press.y, tag + "：", hei(40))
        press.para(text, q, lead=72, indent=q.size * 2.2, hang=q.size * 2.2)
    press.para("以上笔录经被询问人阅看，无误。", body(36), lead=60)
    pen(press.s, L + mm(10), press.y + 10, "以上记录属实。", rng, size=44)
    for sh in sheets:
        sh.text(sh.width - R - mm(92), sh.height - mm(36), "被询问人：", body(34))
        pen(sh, sh.width - R - mm(58), sh.height - mm(39), who, rng, size=46)
        sh.text(L, sh.height - mm(36), f"执行人员：{c.officer}　记录人：{c.clerk}", body(30))
    return folios(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y - 24, f"案号：{c.number}", body(34))
    s.right(s.width - R, y - 24, f"填表日期：{num_date(d)}", body(34))
    y += 40
    w = s.width - L - R
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    got = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{got:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(17)] * 4 + [mm(56), mm(36), mm(36)]
    cells = grid(s, L, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, body(32), heights=hs, labels=(0, 2))
    firsts = [b for b in cells if b[0] == L]
    x = firsts[4][2] + mm(5)
    view = ("被执行人无财产可供执行，已限消、纳失，商铺线索经调查不属被执行人所有，申请人同意终本，拟终结本次执行程序。" if ttr
            else "被执行人已按和解协议全部履行，案款已发放，拟以执行完毕结案。")
    pen(s, x, firsts[4][1] + mm(5), view, rng, size=38, per_line=18, lead=mm(8))
    pen(s, firsts[4][2] + w - mm(95), firsts[4][3] - mm(11), f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    pen(s, x, firsts[5][1] + mm(8), "经合议，同意承办人意见。", rng, size=40)
    pen(s, firsts[5][2] + w - mm(80), firsts[5][3] - mm(11), c.judge, rng, size=38)
    pen(s, x, firsts[6][1] + mm(8), f"同意。{person_name(rng)}", rng, size=42, ink=(20, 20, 20))
    return [s]


NAMES = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）",
         "payment_notice": "预交执行费通知", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案号", c.number], ["送达文书", "、".join(NAMES.get(x, x) for x in served) + "（各一份）"],
            ["受送达人", who.name], ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达方式", "直接送达" if to_applicant else "直接送达（至被执行人住所）"],
            ["送达人", ""], ["备注", ""]]
    hs = [mm(15), mm(28), mm(15), mm(20), mm(34), mm(16), mm(18), mm(15), mm(17), mm(22)]
    cells = grid(s, L, y, [mm(48), w - mm(48)], rows, body(36), heights=hs)
    right = [b for b in cells if b[0] > L]
    sign = who.legal_rep if who.kind == "organisation" else who.name
    pen(s, right[4][0] + mm(16), right[4][1] + mm(10), sign, rng, size=54)
    pen(s, right[5][0] + mm(10), right[5][1] + mm(3), num_date(when), rng, size=40)
    pen(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=(25, 25, 25))
    seal(s, right[5][2] - mm(40), right[4][3], COURT, rng, radius=mm(19))
    s.text(L, cells[-1][3] + 26, "受送达人拒收的，送达人应在备注栏注明拒收事由和日期，并由见证人签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The volume's cover on buff card: 全宗号/年度/卷号 boxes at the top, then a ruled block written in by hand."""
    s = Sheet(paper=(238, 226, 196))
    x = s.width - R - mm(90)
    cells = grid(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年　度", "卷　号"], ["", "", ""]], body(28),
                 heights=[mm(9), mm(11)], labels=(0, 1, 2), frame=2)
    for k, v in enumerate(("F28", "2024", str(rng.randint(100, 700)))):
        pen(s, cells[3 + k][0] + mm(6), cells[3 + k][1] + mm(2), v, rng, size=34, ink=(20, 20, 20))
    s.centred(mm(50), COURT, font("serif_bold", 58), spacing=6)
    s.centred(mm(70), "执 行 案 卷", hei(104), spacing=30)
    ttr = c.method == "terminated_this_round"
    rows = [["案　　号", c.number], ["案　　由", c.extra["cause"]], ["申请执行人", c.applicant.name],
            ["被 执 行 人", c.respondent.name], ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if ttr else "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承 办 人", c.officer], ["书 记 员", c.clerk], ["归档日期", num_date(d)],
            ["保管期限", "永久" if ttr else "长期"], ["本卷页数", f"{rng.randint(52, 76)}页"]]
    w = s.width - L - R
    cells = grid(s, L, mm(104), [mm(42), w - mm(42)], [[r0, ""] for r0, _ in rows], body(36), heights=mm(10.5))
    right = [b for b in cells if b[0] > L]
    for (_label, v), b in zip(rows, right, strict=True):
        pen(s, b[0] + mm(5), b[1] + mm(2), v, rng, size=32 if len(v) > 24 else 36, ink=(20, 20, 20))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["强制执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "营业执照副本（申请执行人）",
             "营业执照副本（被执行人）", "授权委托书", "律师事务所函", "律师执业证（复印件）", "收款账户确认书",
             "送达地址确认书", "受理执行案件通知书", "预交执行费通知", "执行通知书", "报告财产令", "财产申报表",
             "网络查控结果及银行对账单", "执行裁定书", "协助执行通知书", "执行和解协议", "银行电子回单", "结案通知书",
             "结案审批表", "送达回证（二份）", "归档检查表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - 20, f"案号：{c.number}", body(34))
    y += 40
    w = s.width - L - R
    rows = [["序号", "文书材料名称", "页次", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if "判决" in name else 2 if name in ("强制执行申请书", "网络查控结果及银行对账单", "执行裁定书") else 1
    grid(s, L, y, [mm(18), w - mm(60), mm(22), mm(20)], rows, body(30), heights=mm(7.4), labels=(0, 2), frame=3)
    pen(s, L, s.height - mm(26), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案卷归档检查表")
    w = s.width - L - R
    points = ["立案、结案手续齐全", "生效法律文书及生效证明齐全", "送达回证齐全、签收规范", "执行款收付凭证完备",
              "卷内文书排列有序、无空白项", "页号连续、目录相符", "电子卷宗已随案同步生成"]
    rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["结案日期", num_date(c.closed_on)],
            *[[p, ""] for p in points], ["检查意见", ""], ["检查人", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(points) + [mm(34), mm(18)]
    cells = grid(s, L, y, [mm(86), w - mm(86)], rows, body(34), heights=hs)
    right = [b for b in cells if b[0] > L]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(16), b[1] + mm(2), "是", rng, size=40)
    pen(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "经检查，卷宗材料齐全，准予归档。", rng, size=40)
    pen(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{person_name(rng)}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备 考 表", issuer="")
    s.text(L, y - 20, f"案号：{c.number}", body(34))
    y += 50
    s.box(L, y, s.width - R, s.height - mm(36), width=4)
    s.text(L + mm(8), y + mm(8), "本卷情况说明", hei(40))
    pages = rng.randint(52, 76)
    yy = pen(s, L + mm(14), y + mm(24), f"本卷共有文件材料{pages - 4}件，计{pages}页。", rng, size=42, per_line=20,
             lead=mm(11), ink=PEN)
    pen(s, L + mm(14), yy, "执行款已全部发放，银行回单附卷，无遗留事项。", rng, size=42, per_line=20, lead=mm(11), ink=PEN)
    base = s.height - mm(100)
    for k, (label, v) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(L + mm(86), base + k * mm(17), f"{label}：", body(40))
        pen(s, L + mm(120), base + k * mm(17) - 6, v, rng, size=44)
    return [s]

