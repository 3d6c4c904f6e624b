"""court_ja (天津市河东区人民法院, held out): the 河东 side of the 海河 — 十一经路, 大直沽, 东站 and the warehouses and
trading houses that live off the port of 天津. Its bureau's own papers come off the case system in one house style
(court_ja_kit); what it receives keeps its makers' looks (court_ja_papers): 天津海事法院's judgment, a notary office's
公证书 and 执行证书, the lawyers' and the bank's typed papers, ID and licence copies, hand-filled window forms. The
undertaker reads every volume with highlighters and a red pen before it goes to the flatbed (court_ja_capture)."""

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
from dossier.corpus.families.court_ja_kit import (
    COURT,
    LEFT,
    RIGHT,
    Leaf,
    court_paper,
    form_head,
    grid,
    hei,
    pen,
    serif,
    watch,
)
from dossier.corpus.families.court_ja_papers import RECEIVED, received

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "consumption_restriction_order", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
PORT_SEQ, CARD_SEQ, COOK_SEQ = 14417, 14452, 14486
LAW = "《中华人民共和国民事诉讼法》"
MARITIME = "天津海事法院"
WHEN = {"enforcement_application": -2, "power_of_attorney": -3, "law_firm_letter": -2, "acceptance_notice": 1,
        "payment_notice": 1, "fee_receipt": 2, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "consumption_restriction_order": 27}
CLOSING = {"closing_notice": 4, "closing_approval_form": 2, "file_review_form": -4, "catalogue": -5,
           "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return date.fromisoformat(str(c.extra["paid_out"]))
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Tianjin parties. PORT_SEQ: a 东疆 container-yard company's 天津海事法院 judgment for demurrage (滞箱费) and storage
    (堆存费) against a 河东 trading company, whose deposits are deducted; CARD_SEQ: a bank's notarised credit-card
    instalment contract (公证债权文书 with the notary's 执行证书) against a card holder, whose wages his employer withholds;
    COOK_SEQ: a cook's judgment of this court for his unpaid pay against a restaurant company, which pays once a
    限制消费令 reaches its legal representative."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {PORT_SEQ: "port", CARD_SEQ: "card", COOK_SEQ: "cook"}[seq]
    c.firm = rng.choice(["天津津河律师事务所", "天津东站律师事务所", "天津渤洋律师事务所", "天津直沽律师事务所"])
    c.extra["firm_addr"] = f"天津市河东区{rng.choice(['六纬路', '津塘路', '十一经路', '华昌大街'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"11201{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"120102{rng.randint(100, 999)}"
    c.extra["court_acct"] = f"0302{rng.randint(10**14, 10**15 - 1)}"
    street = rng.choice(["大直沽", "富民路", "上杭路", "中山门", "鲁山道", "春华"])
    if tale(c) == "port":
        c.applicant = Party(f"天津{rng.choice(['东疆', '津港', '北塘'])}集装箱物流有限公司", "organisation",
                            credit_code(rng, "120116"), f"天津自贸试验区（东疆综合保税区）{rng.choice(['亚洲路', '欧洲路'])}"
                            f"{rng.randint(6000, 6999)}号", f"022-2560{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"天津{rng.choice(['海诚', '瑞丰', '恒舶', '远津'])}国际贸易有限公司", "organisation",
                             credit_code(rng, "120102"), f"天津市河东区{street}街道{rng.choice(['津塘路', '十经路'])}"
                             f"{rng.randint(10, 300)}号{rng.choice(['A座', '2号楼'])}{rng.randint(3, 21)}0{rng.randint(1, 9)}室",
                             f"022-2431{rng.randint(1000, 9999)}", legal_rep=person_name(rng))
        c.basis_court = MARITIME
        c.basis_number = f"（2023）津72民初{rng.randint(300, 1999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 75))
        c.extra["cause"] = "港口货物保管合同纠纷"
        c.extra["boxes"] = rng.randint(12, 46)
        demurrage = Decimal(rng.randint(900, 2600)) * 100
        storage = Decimal(rng.randint(300, 1200)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["demurrage"], c.extra["storage"] = demurrage, storage
        c.extra["trial_fee"] = (Decimal(50) + (demurrage + storage - 10000) * Decimal("0.025")).quantize(Decimal("1"))
        c.amount = demurrage + storage + c.extra["trial_fee"]
        c.extra["r_bank"] = rng.choice(["中国银行天津河东支行", "天津农村商业银行河东支行", "渤海银行天津六纬路支行"])
        c.extra["r_acct"] = f"2{rng.randint(10**14, 10**15 - 1)}"
        c.extra["paid_out"] = c.day(rng.randint(24, 30)).isoformat()
    elif tale(c) == "card":
        c.applicant = Party("交通银行股份有限公司太平洋信用卡中心天津分中心", "organisation", credit_code(rng, "120101"),
                            "天津市和平区营口道" + f"{rng.randint(10, 99)}号", "022-2321" + f"{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "120102", born),
                             f"天津市河东区{street}街道{rng.choice(['嘉华里', '新天地园', '万新村'])}{rng.randint(1, 30)}号楼"
                             f"{rng.randint(1, 6)}门{rng.randint(101, 602)}", f"13{rng.randint(100000000, 999999999)}",
                             born=born, sex="男")
        c.extra["employer"] = f"天津{rng.choice(['通达', '津东', '海晟'])}电梯工程有限公司"
        c.extra["emp_code"] = credit_code(rng, "120102")
        c.extra["card"] = f"6222 53** **** {rng.randint(1000, 9999)}"
        c.extra["notary"] = rng.choice(["天津市海河公证处", "天津市津东公证处"])
        c.basis_court = c.extra["notary"]
        short = "海河" if "海河" in c.basis_court else "津东"
        c.basis_number = f"（2023）津{short}证经字第{rng.randint(1200, 8999)}号"
        c.extra["cert_number"] = f"（2024）津{short}证执字第{rng.randint(20, 400)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(15, 40))
        c.extra["cause"] = "信用卡纠纷"
        principal = Decimal(rng.randint(2200, 4800)) * 10
        interest = Decimal(rng.randint(180000, 640000)) / 100
        c.extra["principal"], c.extra["interest"] = principal, interest
        c.extra["notary_fee"] = Decimal(rng.choice([800, 1000, 1200]))
        c.amount = principal + interest + c.extra["notary_fee"]
        c.extra["wage"] = Decimal(rng.randint(78, 115)) * 100
        thirds = (c.amount / 3).quantize(Decimal("0.01"))
        c.extra["instalments"] = [(c.day(26 + 18 * k).isoformat(), thirds if k < 2 else c.amount - 2 * thirds)
                                  for k in range(3)]
        c.extra["paid_out"] = c.day(rng.randint(64, 67)).isoformat()
    else:
        born = date(rng.randint(1974, 1994), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["130682", "120225", "131022"]), born),
                            f"河北省{rng.choice(['定州市', '蓟州区', '固安县'])}{rng.choice(['东亭镇', '柳泉镇', '牛驼镇'])}"
                            f"{rng.choice(['北', '西', '东'])}{rng.choice(['王庄', '河头', '营房'])}村{rng.randint(1, 260)}号",
                            f"15{rng.randint(100000000, 999999999)}", born=born, sex="男")
        if c.applicant.id_number.startswith("120225"):
            c.applicant.address = c.applicant.address.replace("河北省", "天津市")
        c.respondent = Party(f"天津{rng.choice(['老津门', '狗不理巷', '海河人家', '直沽渔港'])}餐饮管理有限公司", "organisation",
                             credit_code(rng, "120102"), f"天津市河东区{street}街道{rng.choice(['七纬路', '津滨大道'])}"
                             f"{rng.randint(10, 300)}号底商", f"022-8411{rng.randint(1000, 9999)}",
                             legal_rep=person_name(rng))
        c.extra["shop"] = c.respondent.name.replace("餐饮管理有限公司", "酒楼")
        c.basis_court = COURT
        c.basis_number = f"（2023）津0102民初{rng.randint(4000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "劳动争议"
        c.extra["months"] = rng.randint(4, 8)
        c.extra["monthly"] = Decimal(rng.randint(52, 78)) * 100
        c.extra["comp"] = c.extra["monthly"]
        c.amount = c.extra["monthly"] * c.extra["months"] + c.extra["comp"]
        c.extra["r_bank"] = rng.choice(["中国工商银行天津十一经路支行", "天津银行河东支行"])
        c.extra["r_acct"] = f"0302{rng.randint(10**12, 10**13 - 1)}"
        c.extra["paid_in"] = c.day(rng.randint(34, 40)).isoformat()
        c.extra["paid_out"] = (date.fromisoformat(c.extra["paid_in"]) + timedelta(days=rng.randint(3, 6))).isoformat()
    c.extra["fee"] = Decimal(50) if c.amount <= 10000 else (Decimal(50) + (c.amount - 10000) * Decimal("0.015")).quantize(
        Decimal("1"))
    c.extra["in_bank"] = {"port": "中国建设银行天津东疆保税港区支行", "card": "交通银行天津分行营业部"}.get(
        tale(c), "中国农业银行定州支行")
    c.extra["in_acct"] = f"6{rng.randint(10**17, 10**18 - 1)}"


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "card":
        return f"{c.basis_court}{c.basis_number}公证书及{c.extra['cert_number']}执行证书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    watch(c.applicant.name, c.respondent.name, c.number, c.basis_number)
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        head = "负责人" if "分中心" in p.name else "法定代表人"
        return [("h", f"{role}：{p.name}，住所地{p.address}。"), ("h", f"{head}：{p.legal_rep}。")]
    born = p.born or date(1985, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请及{basis_title(c)}等材料本院已收到。经审查，符合立案条件，本院已于{cn_date(c.filed_on)}"
                  f"立案执行，案号为{c.number}。"),
            ("p", f"本案承办人：{c.officer}，联系电话：{c.court.phone}。你方应积极提供被执行人的财产线索；送达地址、收款账户如有"
                  "变更，请于三日内书面告知本院。"),
            ("p", "案件流程信息可登录中国执行信息公开网或“天津法院网”查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "缴款通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{case}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应预交申请执行费"
                  f"人民币{c.extra['fee']:,.2f}元。"),
            ("p", "请自收到本通知之日起七日内，通过天津市非税收入缴款平台扫码交纳，或持本通知到本院诉讼服务中心收费窗口交纳。"
                  "执行费最终由被执行人负担，执行到位后一并扣收退还。"),
        ], day=d, tail=["收款单位：天津市河东区人民法院　执收项目：诉讼费（申请执行费）"])
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并可采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=staff, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，向本院如实报告当前以及"
                  "收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备等"
                  "动产；债权、股权、投资权益；其他应当报告的财产。"),
            ("p", f"{_you(r)}拒绝报告或者虚假报告的，本院可以根据情节轻重予以罚款、拘留，并纳入失信被执行人名单。"),
        ], signers=staff, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("to", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("to", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}受理{case}，因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及你单位法定代表人"
                  f"{r.legal_rep}采取限制消费措施，限制其实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买"
                  "非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "closing_notice":
        how = {"port": f"本院依法扣划被执行人在{c.extra.get('r_bank', '')}的存款",
               "card": f"本院裁定扣留、提取被执行人的工资收入，由{c.extra.get('employer', '')}分期扣付至本院",
               "cook": "本院对被执行人发出限制消费令后，被执行人将全部款项交至本院"}[tale(c)]
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款{money(c.amount)}已于{cn_date(made_on(c, 'payment_voucher'))}转入你方指定的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的给付义务已全部履行完毕，本案以“执行完毕”方式结案。"),
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


def _ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "port":
        grounds, order = "第二百五十三条", [f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                                           f"{money(c.amount)}。"]
    elif tale(c) == "card":
        grounds = "第二百五十四条"
        order = [f"扣留、提取被执行人{r.name}在{c.extra['employer']}的工资、奖金等收入，每月扣留后为其保留必要生活费用"
                 "人民币2,300.00元，扣足" + money(c.amount) + "为止。"]
    else:
        grounds = "第二百五十三条、第二百五十五条"
        order = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押其同等价值的其他财产。"]
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"本院在执行{basis_title(c)}过程中，被执行人{r.name}未按执行通知履行法律文书确定的义务。依照{LAW}第一百五十七条"
              f"第一款第十一项、{grounds}的规定，裁定如下："),
        *[("p", o) for o in order],
        ("p", "本裁定立即执行。"),
    ], signers=[("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", c.officer), ("书记员", c.clerk)], day=d)


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "card":
        to = c.extra["employer"]
        ask = (f"自本通知送达之日起，按月扣留、提取被执行人{r.name}（公民身份号码{r.id_number}）在你单位的工资、奖金收入，每月"
               f"为其保留生活费人民币2,300.00元，余款汇入本院执行款专户（户名：{COURT}，开户行：中国银行天津河东支行，账号"
               f"{c.extra['court_acct']}），附言注明案号，扣足{money(c.amount)}为止。")
    else:
        to = c.extra["r_bank"]
        acct = f"账号{c.extra['r_acct']}" if tale(c) == "port" else "开立的全部账户"
        ask = f"冻结并划拨被执行人{r.name}在你行{acct}内的存款{money(c.amount)}至本院执行款专户，账号{c.extra['court_acct']}。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}{c.extra['cause']}一案，依照{LAW}第二百五十三条、第二百五十四条的规定，"
              "请你单位协助执行下列事项："),
        ("p", ask),
        ("n", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执法证号{c.extra['badge']}）、{c.clerk}。"),
    ], number=c.number.replace("号", "号-1"), day=d)
    s = sheets[-1]
    assert isinstance(s, Leaf)
    y = s.height - mm(58)
    s.text(LEFT, y - mm(6), "✂" + "－" * 40, serif(24), record=False)
    s.centred(y + mm(2), "协助执行回执", hei(42), spacing=16)
    s.text(LEFT, y + mm(14), f"{COURT}：", serif(34))
    s.text(LEFT + mm(10), y + mm(22), f"你院{c.number}协助执行通知书已收到，已按要求办理。", serif(34))
    s.text(s.width - RIGHT - mm(76), y + mm(36), "经办人：　　　（单位盖章）", serif(32))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    y = form_head(s, "执行案件结案审批表")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", serif(34))
    s.right(s.width - RIGHT, y - mm(4), f"立案日期：{num_date(c.filed_on)}", serif(34))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"],
            ["执行措施", {"port": "网络查控；冻结、扣划银行存款", "card": "网络查控；扣留、提取工资收入",
                          "cook": "网络查控；冻结账户；限制消费"}[tale(c)]],
            ["结案方式", "执行完毕"], ["承办人意见", ""], ["合议庭意见", ""], ["执行局负责人意见", ""]]
    hs = [mm(17)] * 5 + [mm(46), mm(34), mm(34)]
    cells = grid(s, LEFT, y, [mm(34), mm(58), mm(28), w - mm(120)], rows, serif(32), heights=hs, labels=(0, 2),
                 shade=(240, 240, 240))
    x = cells[5][1].x0 + mm(3)
    pen(s, x, cells[5][1].y0 + mm(4), f"执行款{c.amount:,.2f}元已全部到位并发放申请执行人，申请执行人无异议，建议以执行完毕结案。",
        rng, size=36, per_line=19, lead=mm(8))
    pen(s, cells[5][1].x1 - mm(62), cells[5][1].y1 - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=36)
    pen(s, x, cells[6][1].y0 + mm(6), "同意结案。", rng, size=40)
    pen(s, cells[6][1].x1 - mm(40), cells[6][1].y1 - mm(11), c.judge, rng, size=38)
    pen(s, x, cells[7][1].y0 + mm(6), "同意", rng, size=44, ink=(25, 25, 25))
    pen(s, cells[7][1].x1 - mm(52), cells[7][1].y1 - mm(11), f"{person_name(rng)} {d.month}.{d.day}", rng, size=38,
        ink=(25, 25, 25))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "consumption_restriction_order": "限制消费令", "payment_notice": "缴款通知书",
         "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bureau's form: two label columns, the recipient's signature and date by hand, the court's
    seal across the 送达人 cell."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Leaf()
    y = form_head(s, "送达回证")
    s.right(s.width - RIGHT, y - mm(5), "（执行）", serif(30))
    y += mm(3)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "、".join(f"{NAMES.get(x, x)}一份" for x in served)
    if "property_report_order" in served:
        papers += "、财产申报表一份"
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["送达文书名称及件数", papers], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""],
            ["送达方式", rng.choice(["直接送达", "直接送达（执行局一楼）"]) if to_applicant else "直接送达"],
            ["送达人", ""], ["备考", ""]]
    hs = [mm(14), mm(14), mm(28), mm(14), mm(18), mm(32), mm(16), mm(18), mm(14), mm(18), mm(24)]
    cells = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, serif(34), heights=hs)
    if who.kind == "organisation":
        sign = c.agent if to_applicant else (who.legal_rep if rng.random() < 0.5 else person_name(rng))
    else:
        sign = who.name
    pen(s, cells[5][1].x0 + mm(16), cells[5][1].y0 + mm(9), sign, rng, size=54)
    pen(s, cells[6][1].x0 + mm(8), cells[6][1].y0 + mm(3), num_date(when), rng, size=40)
    pen(s, cells[9][1].x0 + mm(8), cells[9][1].y0 + mm(4), f"{c.officer}、{c.clerk}", rng, size=40, ink=(30, 30, 30))
    seal(s, cells[9][1].x1 - mm(40), cells[9][1].y0 + mm(6), COURT, rng, radius=mm(19))
    s.text(LEFT, cells[-1][0].y1 + mm(5), "注：受送达人拒绝签收的，送达人应在备考栏内注明情况。", serif(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 卷皮: kraft-coloured card, 天津 archive fields, a framed block of the case filled by pen."""
    s = Leaf(paper=(232, 216, 184))
    s.text(LEFT, mm(20), "全宗号", serif(30))
    s.box(LEFT + mm(18), mm(18), LEFT + mm(48), mm(27), width=2)
    pen(s, LEFT + mm(21), mm(19), "103", rng, size=34, ink=(20, 20, 20))
    s.right(s.width - RIGHT - mm(32), mm(20), "卷号", serif(30))
    s.box(s.width - RIGHT - mm(30), mm(18), s.width - RIGHT, mm(27), width=2)
    pen(s, s.width - RIGHT - mm(26), mm(19), f"2024-{rng.randint(100, 899)}", rng, size=32, ink=(20, 20, 20))
    s.centred(mm(48), COURT, hei(62), spacing=10)
    s.centred(mm(70), "执 行 案 卷", serif(104))
    s.centred(mm(96), "（ 正  卷 ）", serif(40))
    y = mm(112)
    w = s.width - LEFT - RIGHT
    labels = ["案　　号", "案　　由", "申请执行人", "被执行人", "执行依据", "执行标的", "结案方式", "立案日期", "结案日期",
              "承 办 人", "书 记 员", "归档日期", "保管期限"]
    values = [c.number, c.extra["cause"], c.applicant.name, c.respondent.name, basis_title(c).replace(c.basis_court, ""),
              f"{c.amount:,.2f}元", "执行完毕", num_date(c.filed_on), num_date(c.closed_on), c.officer, c.clerk,
              num_date(d), "长期"]
    cells = grid(s, LEFT + mm(6), y, [mm(38), w - mm(50)], [[lab, ""] for lab in labels], serif(34), heights=mm(12.5),
                 line=3)
    for v, row in zip(values, cells, strict=True):
        pen(s, row[1].x0 + mm(4), row[1].y0 + mm(2.5), v, rng, size=34 if len(v) < 26 else 28, ink=(20, 20, 20))
    y2 = cells[-1][0].y1 + mm(8)
    f = serif(36)
    x: float = LEFT + mm(6)
    for label, value in (("本卷共", str(rng.randint(24, 31))), ("件", str(rng.randint(52, 70))), ("页", "")):
        x += s.text(x, y2, label, f)
        if value:
            pen(s, x + mm(3), y2 - mm(1.5), value, rng, size=36, ink=(20, 20, 20))
            x += mm(16)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = [("", "卷宗封面", "", ""), ("", "卷内目录", "", ""),
             (c.applicant.name, "强制执行申请书", num_date(c.day(-2)), "1"),
             (MARITIME, "民事判决书", num_date(c.basis_effective - timedelta(days=18)), "3"),
             (MARITIME, "生效证明书", num_date(c.basis_effective + timedelta(days=3)), "9"),
             (c.applicant.name, "财产线索表", num_date(c.filed_on), "10"),
             ("天津市财政局", "申请执行费缴款书", num_date(c.day(2)), "11"),
             (c.applicant.name, "营业执照、法定代表人身份证明", "", "12"),
             (c.respondent.name, "被执行人主体信息", "", "14"),
             (c.applicant.name, "授权委托书", num_date(c.day(-3)), "15"),
             (c.firm, "律师事务所函", num_date(c.day(-2)), "16"), (c.firm, "律师执业证复印件", "", "17"),
             (c.applicant.name, "收款账户确认书", num_date(c.filed_on), "18"),
             (c.applicant.name, "送达地址确认书", num_date(c.filed_on), "19"),
             ("本院", "受理案件通知书", num_date(c.day(1)), "20"), ("本院", "缴款通知书", num_date(c.day(1)), "21"),
             ("本院", "执行通知书", num_date(c.day(3)), "22"), ("本院", "报告财产令", num_date(c.day(3)), "23"),
             (c.respondent.name, "财产申报表", num_date(c.day(12)), "24"), ("本院", "网络查控结果", num_date(c.day(5)), "26"),
             ("本院", "执行裁定书（冻结、划拨）", num_date(c.day(9)), "28"), ("本院", "协助执行通知书", num_date(c.day(9)), "29"),
             ("中国银行", "案款发放电子回单", num_date(made_on(c, "payment_voucher")), "30"),
             ("本院", "结案通知书", num_date(made_on(c, "closing_notice")), "31"),
             ("本院", "结案审批表", num_date(made_on(c, "closing_approval_form")), "32"), ("本院", "送达回证", "", "33-35"),
             ("本院", "卷宗复核表", num_date(made_on(c, "file_review_form")), "36"), ("", "备考表", "", "")]
    s = Leaf()
    y = form_head(s, "卷 内 目 录", issuer="", size=70)
    s.text(LEFT, y - mm(4), f"案号：{c.number}", serif(32))
    y += mm(5)
    w = s.width - LEFT - RIGHT
    rows = [["序号", "责任者", "文件题名", "日期", "页号", "备注"]]
    rows += [[str(i), who, name, when, page, ""] for i, (who, name, when, page) in enumerate(items, 1)]
    grid(s, LEFT, y, [mm(13), mm(44), w - mm(13 + 44 + 36 + 18 + 14), mm(36), mm(18), mm(14)], rows, serif(24),
         heights=[mm(9)] + [mm(7.6)] * len(items), labels=(0, 4))
    pen(s, s.width - RIGHT - mm(70), s.height - mm(24), f"立卷人 {c.clerk}  {num_date(d)}", rng, size=34)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    y = form_head(s, "执行卷宗复核表")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", serif(34))
    y += mm(5)
    w = s.width - LEFT - RIGHT
    items = ["封面、卷内目录填写完整", "申请执行材料、执行依据齐全", "法律文书均有送达回证", "执行款收付凭证齐全",
             "文书签名、盖章完整", "材料按规定顺序排列", "页号连续无遗漏", "电子卷宗与纸质卷宗一致", "无空白项、无重页"]
    rows = [["序号", "复核项目", "结论"]] + [[str(i), t, ""] for i, t in enumerate(items, 1)] + [["复核意见", ""],
                                                                                             ["复核人", ""]]
    hs = [mm(12)] + [mm(13)] * len(items) + [mm(32), mm(16)]
    cells = grid(s, LEFT, y, [mm(22), w - mm(54), mm(32)], rows, serif(32), heights=hs, labels=(0, 2))
    for row in cells[1:1 + len(items)]:
        pen(s, row[2].x0 + mm(9), row[2].y0 + mm(2), "√", rng, size=46, ink=(30, 30, 30))
    pen(s, cells[-2][1].x0 + mm(4), cells[-2][1].y0 + mm(8), "已复核，卷宗材料齐全，可以归档。", rng, size=40)
    pen(s, cells[-1][1].x0 + mm(4), cells[-1][1].y0 + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    y = form_head(s, "卷内备考表", issuer="")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", serif(34))
    y += mm(5)
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(36), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", hei(40))
    n = rng.randint(52, 70)
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{n - 26}件，计{n}页（不含封面、目录、备考表）。", rng, size=40,
             per_line=21, lead=mm(11))
    pen(s, LEFT + mm(12), yy, "执行款已全部发放，无遗留事项。", rng, size=40)
    base = s.height - mm(96)
    for k, (lab, val) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(17), f"{lab}：", serif(38))
        pen(s, LEFT + mm(118), base + k * mm(17) - 4, val, rng, size=42)
    return [s]

