"""court_jb (山西省太原市杏花岭区人民法院, held out): the bureau on 府东街 in the old centre of 太原, among the coal
companies' offices of 杏花岭 and the wholesale markets off 新建路. Its own papers come off the case system in the GB 宋
of its old PCs (court_jb_kit), printed on laser printers whose drum is failing; what it receives is drawn in the
senders' styles (court_jb_papers); the pages were scanned in grey at 150–200 dpi (court_jb_capture)."""

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
from dossier.corpus.families.court_jb_kit import (
    BLACK_PEN,
    COURT,
    Flowing,
    JbSheet,
    L,
    R,
    bureau_paper,
    folios,
    form_title,
    gb,
    grid,
    hei,
    pen,
    sheet,
    song,
)
from dossier.corpus.families.court_jb_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "online_inquiry_result", "investigation_record", "interview_record", "payment_voucher",
    "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
COKE_SEQ, SHELF_SEQ, LOAN_SEQ = 14716, 14742, 14788
LAW = "《中华人民共和国民事诉讼法》"
ARB = "太原仲裁委员会"
WHEN = {"enforcement_application": -3, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3,
        "property_report_order": 3, "online_inquiry_result": 4, "property_declaration_form": 11, "enforcement_ruling": 9,
        "assistance_notice": 9, "investigation_record": 10, "auction_ruling": 24}
CLOSING = {"interview_record": 6, "closing_notice": 1, "closing_approval_form": 3, "file_review_form": -4,
           "remarks_sheet": -5, "catalogue": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["paid"] + timedelta(days=2)
    if code in ("filing", "fee_receipt", "property_clue_form", "payment_account_confirmation",
                "service_address_confirmation", "identity_proof"):
        return c.filed_on
    if code in ("power_of_attorney", "law_firm_letter", "lawyer_license"):
        return c.filed_on - timedelta(days=4)
    return c.day(WHEN.get(code, 0))


def fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条: 50 yuan to 10,000, 1.5 % to 500,000, 1 % to 5,000,000."""
    a = amount
    out = Decimal(50)
    if a > 10000:
        out += (min(a, Decimal(500000)) - 10000) * Decimal("0.015")
    if a > 500000:
        out += (min(a, Decimal(5000000)) - 500000) * Decimal("0.01")
    return out.quantize(Decimal("0.01"))


def _org(rng: random.Random, name: str, region: str, address: str, phone: str) -> Party:
    return Party(name, "organisation", credit_code(rng, region), address, phone, legal_rep=person_name(rng))


def _person(rng: random.Random, region: str, address: str) -> Party:
    born = date(rng.randint(1966, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born), address, f"13{rng.randint(100000000, 999999999)}",
                 born=born, sex=rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """太原 parties. COKE_SEQ: a coal trading company of 杏花岭 enforces an award of the 太原仲裁委员会 for the price of
    washed coal against a 清徐 coking plant; the plant's coke in its yard is seized and sold at auction. SHELF_SEQ: a
    wholesaler of groceries enforces this court's 民事调解书 against a supermarket chain, which settles for three
    instalments and pays them. LOAN_SEQ: a lender enforces this court's judgment against a borrower and his guarantor;
    the guarantor's deposit is deducted."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {COKE_SEQ: "coke", SHELF_SEQ: "shelf", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["山西并州衡信律师事务所", "山西晋阳正理律师事务所", "山西汾河明德律师事务所"])
    c.extra["firm_addr"] = f"太原市杏花岭区{rng.choice(['五一路', '解放路', '坞城路'])}{rng.randint(10, 299)}号{rng.randint(5, 22)}层"
    c.extra["licence"] = f"11401{rng.randint(2010, 2020)}1{rng.randint(1000000, 9999999)}"
    c.agent = person_name(rng)
    c.agent_phone = f"139{rng.randint(10000000, 99999999)}"
    c.extra["in_bank"] = rng.choice(["晋商银行太原府东支行", "中国建设银行太原杏花岭支行", "太原农村商业银行杏花岭支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = f"1401{rng.randint(10**11, 10**12 - 1)}"
    t = tale(c)
    if t == "coke":
        c.applicant = _org(rng, f"山西{rng.choice(['晋煤通', '龙城', '汾阳湖'])}煤炭运销有限公司", "140107",
                           f"山西省太原市杏花岭区{rng.choice(['府东街', '新建路', '胜利街'])}{rng.randint(20, 240)}号"
                           f"{rng.choice(['晋商大厦', '煤炭大厦'])}{rng.randint(6, 21)}层", f"0351-30{rng.randint(10000, 99999)}")
        c.respondent = _org(rng, f"清徐县{rng.choice(['宏晋', '金焰', '东于'])}焦化有限公司", "140121",
                            f"山西省太原市清徐县{rng.choice(['东于镇', '孟封镇'])}{rng.choice(['高花村', '西堡村'])}工业园区",
                            f"0351-57{rng.randint(10000, 99999)}")
        c.basis_court = ARB
        c.basis_number = f"（2023）并仲裁字第{rng.randint(120, 980)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        tons = rng.randint(1800, 3600)
        price = rng.randint(880, 1180)
        c.amount = Decimal(tons * price) + Decimal(rng.randint(0, 99)) / 100
        c.extra["coal"] = (tons, price)
        c.extra["coke_tons"] = rng.randint(2100, 3200)
        c.extra["appraised"] = (Decimal(c.extra["coke_tons"] * rng.randint(1500, 1800))).quantize(Decimal("1"))
        c.extra["sold"] = (c.extra["appraised"] * Decimal(rng.choice(["1.02", "1.05", "1.08"]))).quantize(Decimal("1"))
        c.extra["r_bank"] = "中国工商银行清徐支行"
        c.extra["r_acct"] = f"0502{rng.randint(10**14, 10**15 - 1)}"
        c.extra["paid"] = c.day(rng.randint(56, 62))
    elif t == "shelf":
        c.applicant = _org(rng, f"太原市{rng.choice(['晋味坊', '并州', '迎春'])}副食品有限公司", "140107",
                           f"山西省太原市杏花岭区{rng.choice(['新建路', '敦化坊', '杏花岭街'])}"
                           f"{rng.randint(10, 180)}号{rng.choice(['副食品批发市场', '商贸城'])}{rng.randint(1, 9)}区{rng.randint(1, 60)}号",
                           f"0351-31{rng.randint(10000, 99999)}")
        c.respondent = _org(rng, f"山西{rng.choice(['万佳福', '晋旺佳', '乐购家'])}超市连锁有限公司", "140105",
                            f"山西省太原市小店区{rng.choice(['长风街', '平阳路', '学府街'])}{rng.randint(10, 300)}号",
                            f"0351-76{rng.randint(10000, 99999)}")
        c.basis_court = COURT
        c.basis_number = f"（2023）晋0107民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1200, 3600)) * 100 + Decimal(rng.randint(0, 99)) / 100
        first = (c.amount * Decimal("0.4")).quantize(Decimal("1"))
        second = (c.amount * Decimal("0.3")).quantize(Decimal("1"))
        days = [c.day(rng.randint(20, 24)), c.day(rng.randint(36, 42)), c.day(rng.randint(55, 60))]
        c.extra["instalments"] = list(zip(days, [first, second, c.amount - first - second], strict=True))
        c.extra["agreed"] = c.day(rng.randint(15, 18))
        c.extra["paid"] = days[-1]
        c.extra["r_bank"] = "中国民生银行太原分行营业部"
        c.extra["r_acct"] = f"6310{rng.randint(10**11, 10**12 - 1)}"
    else:
        c.applicant = _person(rng, "140107", f"山西省太原市杏花岭区{rng.choice(['巨轮街道', '坝陵桥街道'])}"
                                            f"{rng.choice(['北大街', '桃园路'])}{rng.randint(1, 99)}号{rng.randint(1, 12)}号楼")
        c.respondent = _person(rng, "140108", f"山西省太原市尖草坪区{rng.choice(['柴村', '上兰', '光社'])}"
                                             f"{rng.choice(['东街', '新村'])}{rng.randint(1, 80)}号")
        c.extra["guarantor"] = _person(rng, "140107", f"山西省太原市杏花岭区{rng.choice(['涧河', '职工新村'])}"
                                                      f"{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元{rng.randint(101, 602)}号")
        c.basis_court = COURT
        c.basis_number = f"（2023）晋0107民初{rng.randint(3000, 8999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "民间借贷纠纷"
        principal = Decimal(rng.randint(20, 48)) * 10000
        c.extra["principal"] = principal
        c.extra["interest"] = (principal * Decimal(rng.choice(["0.048", "0.0385", "0.0555"]))).quantize(Decimal("0.01"))
        c.amount = principal + c.extra["interest"]
        c.extra["g_bank"] = "晋商银行太原杏花岭支行"
        c.extra["g_acct"] = f"6229{rng.randint(10**11, 10**12 - 1)}"
        c.extra["paid"] = c.day(rng.randint(30, 40))
    c.extra["fee"] = fee(c.amount)


def basis_title(c: CaseCtx) -> str:
    kind = {"coke": "裁决书", "shelf": "民事调解书", "loan": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}，该公司经理。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")


def respondents(c: CaseCtx) -> list[Party]:
    return [c.respondent, c.extra["guarantor"]] if tale(c) == "loan" else [c.respondent]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    rs = respondents(c)
    names = "、".join(p.name for p in rs)
    case = f"申请执行人{a.name}与被执行人{names}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number))),
             ("书记员", c.clerk)]
    you = _you(r) if len(rs) == 1 else "你们"
    if code == "acceptance_notice":
        return bureau_paper(c.number, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查认为符合法定受理条件，于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案承办人：执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "执行中请你方积极提供被执行人的财产线索；通讯地址、收款账户变更的，请及时书面告知本院。执行进展可通过"
                  "“山西法院诉讼服务网”或拨打12368查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return bureau_paper(c.number, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{names}{c.extra['cause']}一案，执行标的{money(c.amount)}。依照国务院《诉讼费用交纳办法》"
                  f"第十条、第十四条、第二十条的规定，应预交申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", "请于收到本通知次日起七日内，持本通知到本院诉讼服务中心开具山西省非税收入缴款书后交纳。申请执行费由被执行人"
                  "负担，执行到位后随案款一并退还你方。"),
        ], day=d)
    if code == "enforcement_notice":
        return bureau_paper(c.number, rng, "执行通知书", [
            ("to", f"{names}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{you}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}" + ("（借款本金及利息），保证人" + c.extra["guarantor"].name +
                  "对上述债务承担连带清偿责任；" if tale(c) == "loan" else "；")),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:,.2f}元。"),
            ("p", f"{you}逾期不履行的，本院将依法强制执行，查封、扣押、冻结、拍卖{you}的财产，并可采取限制消费、纳入失信被执行人"
                  "名单等措施。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return bureau_paper(c.number, rng, "报告财产令", [
            ("to", f"{names}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{you}在收到本令后五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，并填写《被执行人财产申报表》。"),
            ("p", "报告财产应当包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
                  "产品、原材料等动产；债权、股权、投资权益；其他应当报告的财产。"),
            ("p", f"{you}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served, case, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "payment_voucher":
        return _voucher(c, rng, d)
    if code == "closing_notice":
        if tale(c) == "coke":
            how = f"本院依法拍卖被执行人的焦炭，拍卖价款{money(c.extra['sold'])}已到账，已发放申请执行人{money(c.amount)}"
        elif tale(c) == "shelf":
            how = "双方于执行中自行达成和解，被执行人已按和解协议分三期将全部款项直接支付申请执行人，申请执行人确认收讫"
        else:
            how = f"本院扣划保证人{c.extra['guarantor'].name}的银行存款{money(c.amount)}，已发放申请执行人"
        return bureau_paper(c.number, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。生效法律文书确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以“执行完毕”方式"
                  f"于{cn_date(c.closed_on)}结案。"),
            ("p", "特此通知。"),
        ], day=d)
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


def _ruling(c: CaseCtx, rng: random.Random, served: list[str], case: str,
            bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    heads = [_party("申请执行人", a), _party("被执行人", r)]
    if tale(c) == "loan":
        heads.append(_party("被执行人", c.extra["guarantor"]))
    opening = (f"本院在执行{case}中，{basis_title(c)}已经发生法律效力。被执行人未按执行通知书指定的期间履行生效法律文书"
               "确定的义务。")
    if "auction" in served:
        tons = c.extra["coke_tons"]
        paras = [("p", f"本院在执行{case}中，于{cn_date(made_on(c, 'enforcement_ruling'))}查封、扣押了被执行人{r.name}堆放于其厂区"
                       f"焦炭堆场的冶金焦约{tons}吨。被执行人在本院指定的期限内仍未履行义务。经本院委托山西晋审价格评估有限公司"
                       f"评估，上述焦炭价值{money(c.extra['appraised'])}。"),
                 ("p", f"本院认为，被执行人未履行生效法律文书确定的义务，对已查封、扣押的财产应予处置。依照{LAW}第二百五十八条，"
                       "《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二条的规定，裁定如下："),
                 ("p", f"拍卖被执行人{r.name}所有的冶金焦约{tons}吨（存放于{r.address}该公司焦炭堆场）。"),
                 ("p", "本裁定送达后即发生法律效力。")]
        d = c.day(WHEN["auction_ruling"])
    else:
        d = made_on(c, "enforcement_ruling")
        if tale(c) == "coke":
            order = (f"查封、扣押被执行人{r.name}存放于其厂区焦炭堆场的冶金焦约{c.extra['coke_tons']}吨，冻结被执行人在"
                     f"{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款，以{money(c.amount)}及执行费用为限。")
            law = "第二百五十三条、第二百五十五条"
        elif tale(c) == "shelf":
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。"
            law = "第二百五十三条、第二百五十五条"
        else:
            g = c.extra["guarantor"]
            order = (f"冻结、扣划被执行人{g.name}在{c.extra['g_bank']}账号{c.extra['g_acct']}内的存款{money(c.amount)}。")
            law = "第二百五十三条"
        paras = [("p", opening + f"依照{LAW}{law}，《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》"
                                 "第一条的规定，裁定如下："),
                 ("p", order), ("p", "本裁定立即执行。")]
    return bureau_paper(c.number, rng, "执行裁定书", [*heads, *paras], day=d, signers=bench)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    t = tale(c)
    if t == "loan":
        bank, who, acct = c.extra["g_bank"], c.extra["guarantor"], c.extra["g_acct"]
        task = (f"扣划被执行人{who.name}（公民身份号码{who.id_number}）在你行账号{acct}内的存款{money(c.amount)}，"
                f"划至本院执行款专户（开户行：中国农业银行太原府东支行，账号{c.extra['court_acct']}）。")
    else:
        bank, who, acct = c.extra["r_bank"], c.respondent, c.extra["r_acct"]
        task = (f"冻结被执行人{who.name}（统一社会信用代码{who.id_number}）在你行账号{acct}内的存款，以{money(c.amount)}为限，"
                "冻结期限一年。")
    return bureau_paper(c.number, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的申请执行人{c.applicant.name}与被执行人{'、'.join(p.name for p in respondents(c))}{c.extra['cause']}一案，"
              f"本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", task),
        ("n", "附：执行裁定书一份。执行人员工作证、执行公务证已出示。经办人：" + c.officer + "　" + c.clerk),
    ], day=d)


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总 查控 system's feedback for each respondent, printed on the bureau's laser in a monospaced face."""
    mono = hei(27)
    sheets: list[JbSheet] = []
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("晋商银行", "存款"), ("山西省农村信用社", "存款"),
             ("中国民生银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部交管局", "车辆"),
             ("自然资源部", "不动产"), ("中国结算", "证券")]
    for p in respondents(c):
        s = sheet()
        s.text(mm(16), mm(16), "执行查控系统  总对总查询反馈结果", hei(46))
        s.text(mm(16), mm(30), f"案号:{c.number}  承办人:{c.officer}", mono)
        s.text(mm(16), mm(36), f"被查询人:{p.name}  证件号:{p.id_number}  发起时间:{d:%Y-%m-%d} 09:{rng.randint(10, 59)}", mono)
        rows = [["序号", "反馈机构", "财产类别", "反馈结果"]]
        for i, (unit, kind) in enumerate(units, 1):
            res = "未查询到财产信息"
            if tale(c) == "coke" and unit == "中国工商银行" and p is c.respondent:
                res = f"账户{c.extra['r_acct']} 余额{rng.randint(1000, 30000)}.{rng.randint(10, 99)}"
            elif tale(c) == "shelf" and unit == "中国民生银行":
                res = f"账户{c.extra['r_acct']} 余额{rng.randint(20000, 90000)}.{rng.randint(10, 99)}"
            elif tale(c) == "loan" and unit == "晋商银行" and p is not c.respondent:
                res = f"账户{c.extra['g_acct']} 余额{(c.amount + rng.randint(5000, 60000)):,.2f}"
            elif kind == "存款" and rng.random() < 0.3:
                res = f"余额{rng.randint(0, 80)}.{rng.randint(10, 99)}"
            rows.append([str(i), unit, kind, res])
        grid(s, mm(16), mm(44), [mm(16), mm(48), mm(28), s.width - mm(124)], rows, mono, heights=mm(10.5), labels=(), frame=2)
        s.text(mm(16), s.height - mm(18), f"打印:{c.clerk}  {d + timedelta(days=3):%Y-%m-%d}", mono)
        sheets.append(s)
    for i, s in enumerate(sheets, 1):
        if len(sheets) > 1:
            s.right(s.width - mm(16), s.height - mm(18), f"第{i}页 共{len(sheets)}页", mono)
            s.page_of = (i, len(sheets))
    return list(sheets)


QA = {
    "investigation_record": [
        ("问", "我们是杏花岭区人民法院执行局的执行人员（出示工作证、执行公务证），今天依法对你公司厂区存放的焦炭进行查封、扣押，"
               "你是什么身份？"),
        ("答", "我是厂里的生产副厂长，法定代表人出差了，他电话里让我配合。"),
        ("问", "焦炭堆场现在存放的焦炭是谁的？有多少？"),
        ("答", "是我们厂自己炼的冶金焦，还没卖出去，地磅单上是{tons}吨左右。"),
        ("问", "这批焦炭有没有抵押、质押给别人，或者已经卖给别人？"),
        ("答", "没有，就是压在场里卖不动。"),
        ("问", "本院现依法查封、扣押这批焦炭，张贴封条和公告，未经法院许可不得转移、出售，你听清楚了吗？"),
        ("答", "听清楚了。焦炭放在场里，我们负责看管。"),
        ("问", "你对今天的查封、扣押有什么意见？"),
        ("答", "没有意见，希望尽快处理，厂里想和对方再商量。"),
    ],
    "interview_record": [
        ("问", "我们是杏花岭区人民法院执行局的执行人员，今天约你来，是了解和解协议的履行情况，你要如实回答，清楚吗？"),
        ("答", "清楚。"),
        ("问", "你是什么身份？"),
        ("答", "我是申请执行人的委托代理人，有特别授权。"),
        ("问", "双方于{agreed}签订的执行和解协议约定分几期付款？履行得怎样？"),
        ("答", "约定分三期。{paid_list}，三笔都是超市公司直接转到我们公司账户上的，全部收到了。"),
        ("问", "被执行人是否已经全部履行了和解协议？你方还有没有其他请求？"),
        ("答", "已经全部履行完毕，我们放弃迟延履行利息，没有其他请求，请法院结案。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a ruled head (time, place, people), 问/答 lines in the GB 宋 with the tags in 黑体, the person heard
    signs at the foot of every page and writes the closing formula by hand."""
    interview = code == "interview_record"
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    who = c.agent if interview else person_name(rng)
    place = "本院执行局第四谈话室" if interview else f"{c.respondent.name}焦炭堆场"
    s = sheet()
    y = form_title(s, title, issuer="")
    w = s.width - L - R
    rows = [["时间", f"{num_date(d)} {rng.randint(9, 15)}时{rng.choice(['05', '20', '40'])}分", "地点", place],
            ["执行人员", f"{c.officer}、{person_name(rng)}", "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人",
             f"{who}，{c.applicant.name}的委托代理人" if interview else f"{who}，{c.respondent.name}生产副厂长",
             "案号", c.number]]
    boxes = grid(s, L, y, [mm(26), mm(62), mm(20), w - mm(108)], rows, song(34), heights=mm(15), labels=(0, 2))
    run = Flowing([s], boxes[-1][0][3] + 44, foot=mm(46))
    body = song(40)
    fill = {"tons": str(c.extra.get("coke_tons", "")), "agreed": num_date(c.extra["agreed"]) if "agreed" in c.extra else "",
            "paid_list": "；".join(f"{num_date(day)}付{amt:,.2f}元" for day, amt in c.extra.get("instalments", []))}
    for tag, text in QA[code]:
        run.need(72)
        run.s.text(L, run.y, f"{tag}：", hei(40))
        run.para(text.format(**fill), body, lead=72, hang=body.size * 2, first=body.size * 2)
    run.need(160)
    run.y += 20
    pen(run.s, L + mm(6), run.y, "以上笔录我看过，和我说的一样。", rng, size=46, ink=BLACK_PEN)
    for s2 in run.sheets:
        s2.text(s2.width - R - mm(88), s2.height - mm(36), "被" + ("谈话" if interview else "调查") + "人：", song(36))
        pen(s2, s2.width - R - mm(50), s2.height - mm(39), who, rng, size=50, ink=BLACK_PEN)
        s2.text(L, s2.height - mm(36), "执行人员：", song(36))
        pen(s2, L + mm(34), s2.height - mm(39), c.officer, rng, size=46, ink=BLACK_PEN)
    return folios(run.sheets, song(32))


def _voucher(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 执行案款发放审批表 (a form printed on its laser and signed down the chain)."""
    s = sheet()
    y = form_title(s, "执行案款发放审批表")
    s.right(s.width - R, y - 8, gb(f"案号：{c.number}"), song(34))
    y += 44
    w = s.width - L - R
    a = c.applicant
    if tale(c) == "coke":
        came = f"拍卖被执行人焦炭所得价款{c.extra['sold']:,.2f}元"
    elif tale(c) == "loan":
        came = f"扣划保证人{c.extra['guarantor'].name}银行存款"
    else:
        came = "被执行人交付"
    rows = [["收款人", a.name, "执行标的", f"{c.amount:,.2f}元"],
            ["案款来源", came],
            ["到账日期", num_date(c.extra["paid"]), "本次发放", f"{c.amount:,.2f}元"],
            ["发放金额（大写）", money(c.amount).split("（大写：")[1].rstrip("）")],
            ["收款账户", f"{c.extra['in_bank']}　{c.extra['in_acct']}"],
            ["承办人意见", ""], ["执行局负责人意见", ""], ["财务部门意见", ""], ["领款人签收", ""]]
    hs = [mm(15)] * 5 + [mm(30), mm(26), mm(22), mm(26)]
    boxes = grid(s, L, y, [mm(38), mm(60), mm(30), w - mm(128)], rows, song(34), heights=hs, labels=(0, 2))
    pen(s, boxes[5][1][0] + mm(4), boxes[5][1][1] + mm(5), "案款已到账，申请执行人债权已全部实现，建议发放。", rng, size=40,
        per_line=20, lead=mm(8))
    pen(s, boxes[5][1][2] - mm(60), boxes[5][1][3] - mm(11), f"{c.officer} {d:%Y.%m.%d}", rng, size=36)
    pen(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(6), "同意发放。", rng, size=42, ink=BLACK_PEN)
    pen(s, boxes[6][1][2] - mm(50), boxes[6][1][3] - mm(11), person_name(rng), rng, size=40, ink=BLACK_PEN)
    pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(6), f"已转账 {(d + timedelta(days=1)):%m月%d日}", rng, size=40)
    pen(s, boxes[8][1][0] + mm(10), boxes[8][1][1] + mm(8), a.legal_rep or a.name, rng, size=52, ink=BLACK_PEN)
    seal(s, s.width - R - mm(50), boxes[7][1][1] + mm(8), COURT, rng, radius=mm(19))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet()
    y = form_title(s, "执行案件结案审批表")
    s.right(s.width - R, y - 8, gb(f"案号：{c.number}"), song(34))
    y += 44
    w = s.width - L - R
    rows = [["申请执行人", c.applicant.name, "被执行人", "、".join(p.name for p in respondents(c))],
            ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "承办人", c.officer],
            ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕", "结案日期", num_date(c.closed_on)],
            ["执行经过及承办人意见", ""], ["合议庭意见", ""], ["局长审批意见", ""]]
    hs = [mm(16)] * 5 + [mm(64), mm(30), mm(30)]
    boxes = grid(s, L, y, [mm(36), mm(58), mm(28), w - mm(122)], rows, song(34), heights=hs, labels=(0, 2))
    story = {"coke": "查封扣押焦炭，网络司法拍卖成交，价款到账后发放申请执行人，余款退还被执行人。",
             "shelf": "双方执行和解，分三期直接履行，申请执行人到庭确认全部收讫，放弃迟延利息。",
             "loan": "扣划保证人银行存款，案款已全额发放申请执行人。"}[tale(c)]
    pen(s, boxes[5][1][0] + mm(4), boxes[5][1][1] + mm(5), story + "建议以执行完毕结案。", rng, size=40, per_line=16,
        lead=mm(8.5))
    pen(s, boxes[5][1][2] - mm(60), boxes[5][1][3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=38)
    pen(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(6), "同意结案。", rng, size=42, ink=BLACK_PEN)
    pen(s, boxes[6][1][2] - mm(40), boxes[6][1][3] - mm(11), c.judge, rng, size=40, ink=BLACK_PEN)
    pen(s, boxes[7][1][0] + mm(4), boxes[7][1][1] + mm(6), "同意", rng, size=46, ink=(150, 30, 30))
    pen(s, boxes[7][1][2] - mm(56), boxes[7][1][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day + 1 if d.day < 28 else d.day}",
        rng, size=40, ink=(150, 30, 30))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
                 "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form; the date signed is after the last paper it serves."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    whom = [c.applicant] if to_applicant else respondents(c)
    s = sheet()
    y = form_title(s, "送 达 回 证")
    w = s.width - L - R
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(f"{RECEIPT_NAMES.get(x, x)}" for x in served) + "各一份"
    signer = (c.agent if to_applicant else
              (whom[0].legal_rep if whom[0].kind == "organisation" else "、".join(p.name for p in whom)))
    rows = [["案　号", c.number], ["案　由", c.extra["cause"]], ["送达文书名称及件数", papers],
            ["受送达人", "、".join(p.name for p in whom)], ["送达地址", whom[0].address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送达人", ""], ["备　考", ""]]
    hs = [mm(15), mm(15), mm(24), mm(16), mm(20), mm(34), mm(18), mm(15), mm(18), mm(24)]
    boxes = grid(s, L, y, [mm(50), w - mm(50)], rows, song(36), heights=hs)
    right = [b[1] for b in boxes]
    pen(s, right[5][0] + mm(12), right[5][1] + mm(6), signer, rng, size=54)
    pen(s, right[5][2] - mm(64), right[5][3] - mm(12), num_date(when), rng, size=40)
    pen(s, right[8][0] + mm(10), right[8][1] + mm(4), f"{c.officer}　{c.clerk}", rng, size=42, ink=BLACK_PEN)
    if whom[0].kind == "organisation" and not to_applicant:
        seal(s, right[5][0] + mm(60), right[5][1] + mm(16), whom[0].name, rng, radius=mm(17))
    s.text(L, boxes[-1][0][3] + 24, gb("注：受送达人拒绝签收的，送达人应在备考栏内注明拒收事由和日期。"), song(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover, printed on buff card on the bureau's laser: 全宗号/年度/卷号 boxes, the particulars filled in."""
    s = JbSheet(stock="laser", paper=(240, 232, 212))
    s.centred(mm(36), COURT, font("serif_bold", 58), spacing=6)
    s.centred(mm(56), "执 行 卷 宗", hei(104), spacing=30)
    grid(s, s.width - R - mm(90), mm(84), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]], song(28),
         heights=[mm(9), mm(11)], labels=(0, 1, 2))
    pen(s, s.width - R - mm(84), mm(94), "1043", rng, size=34, ink=BLACK_PEN)
    pen(s, s.width - R - mm(54), mm(94), str(c.filed_on.year), rng, size=34, ink=BLACK_PEN)
    pen(s, s.width - R - mm(24), mm(94), str(rng.randint(120, 860)), rng, size=34, ink=BLACK_PEN)
    w = s.width - L - R
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被执行人", "、".join(p.name for p in respondents(c))), ("执行依据", c.basis_number),
            ("执行标的", f"{c.amount:,.2f}元"), ("结案方式", "执行完毕"), ("立案日期", num_date(c.filed_on)),
            ("结案日期", num_date(c.closed_on)), ("承办人", c.officer), ("书记员", c.clerk), ("归档日期", num_date(d)),
            ("保管期限", "长期"), ("本卷页数", f"共{rng.randint(52, 74)}页")]
    boxes = grid(s, L + mm(6), mm(112), [mm(42), w - mm(54)], [[k, ""] for k, _ in rows], song(36), heights=mm(11),
                 frame=6)
    for (_k, v), b in zip(rows, boxes, strict=True):
        pen(s, b[1][0] + mm(5), b[1][1] + mm(2), v, rng, size=36, ink=BLACK_PEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费缴款书", "申请执行人身份证明", "被执行人身份证明",
             "授权委托书、律师事务所函、律师执业证", "收款账户确认书", "送达地址确认书", "受理案件通知书", "交纳申请执行费通知书",
             "执行通知书、报告财产令", "财产申报表", "网络查控反馈结果", "执行裁定书（冻结、扣划）", "协助执行通知书（扣划）",
             "执行案款发放审批表", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    s = sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(L, y - 6, gb(f"案号：{c.number}"), song(34))
    y += 48
    w = s.width - L - R
    rows = [["顺序号", "文　件　名　称", "页　号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 3 if name in ("民事判决书", "执行申请书") else 2 if "查控" in name or "授权" in name else 1
    boxes = grid(s, L, y, [mm(20), w - mm(62), mm(22), mm(20)], rows, song(31), heights=mm(8.4), labels=())
    s.text(L, boxes[-1][0][3] + 26, gb("注：卷宗封面、卷内目录、备考表不编页号。"), song(30))
    pen(s, s.width - R - mm(90), s.height - mm(34), f"立卷人 {c.clerk} {d:%Y.%m.%d}", rng, size=38, ink=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - L - R
    checks = ["立案材料齐全，执行依据为生效法律文书原件或经核对的复印件", "执行通知书、报告财产令已送达，有送达回证",
              "网络查控、财产处置措施有据可查", "执行款收付手续完备，已发放完毕", "结案方式正确，结案审批手续完备",
              "卷内文书排列有序，页号连续，目录相符", "电子卷宗已随案同步生成"]
    rows = [["案　号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）"], ["复核项目", "复核结果"],
            *[[k, ""] for k in checks]]
    hs = [mm(15), mm(15), mm(14)] + [mm(17)] * len(checks)
    boxes = grid(s, L, y, [w - mm(40), mm(40)], rows, song(32), heights=hs, labels=(0,))
    for b in boxes[3:]:
        pen(s, b[-1][0] + mm(8), b[-1][1] + mm(4), "符合", rng, size=40)
    tail = grid(s, L, boxes[-1][0][3], [mm(36), w - mm(36)], [["复核意见", ""], ["复核人", ""]], song(32),
                heights=[mm(34), mm(16)])
    pen(s, tail[0][1][0] + mm(5), tail[0][1][1] + mm(10), "经复核，卷宗材料齐全，同意归档。", rng, size=42)
    pen(s, tail[1][1][0] + mm(5), tail[1][1][1] + mm(3), f"{person_name(rng)}  {num_date(d)}", rng, size=40,
        ink=BLACK_PEN)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = sheet()
    y = form_title(s, "卷 内 备 考 表", issuer="")
    s.text(L, y - 6, gb(f"案号：{c.number}"), song(34))
    y += 50
    x1 = s.width - R
    s.box(L, y, x1, s.height - mm(36), width=5)
    s.text(L + mm(8), y + mm(8), "本卷情况说明", hei(42))
    pages = rng.randint(52, 74)
    yy = pen(s, L + mm(14), y + mm(24), f"本卷宗连面带底共计{pages}页，其中文字材料{pages - 4}页。", rng, size=42,
             per_line=21, lead=mm(11), ink=BLACK_PEN)
    pen(s, L + mm(14), yy, "执行款已全部发放，无遗留事项，无附件袋。", rng, size=42, per_line=21, lead=mm(11), ink=BLACK_PEN)
    base = s.height - mm(110)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d)))):
        s.text(L + mm(88), base + k * mm(18), label, song(40))
        pen(s, L + mm(122), base + k * mm(18) - 6, value, rng, size=44, ink=BLACK_PEN)
    return [s]

