"""court_gr (贵州省毕节市七星关区人民法院, held out): wage cases of the 乌蒙 hills. Migrant workers from 纳雍、赫章、威宁
who tied steel, set formwork and laid blocks on 七星关's resettlement and housing sites enforce awards of the
七星关区劳动人事争议仲裁委员会 against the construction labour subcontractors (劳务分包公司) that hired them, each
represented by a lawyer the 七星关区法律援助中心 assigned. The bureau's own papers in its press (court_gr_kit); what it
receives in the senders' hands, most of it by fax (court_gr_papers); the capture in court_gr_capture."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, wrap
from dossier.corpus.families.court_gr_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    Flow,
    body,
    court_paper,
    faxed,
    fill,
    folio,
    form_title,
    gb,
    grid,
    label,
    pen,
    shaky,
)
from dossier.corpus.families.court_gr_papers import AID, ARB, RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_approval_form",
    "closing_notice", "payment_voucher", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
PAID_SEQ, GONE_SEQ, SPLIT_SEQ = 54263, 55049, 56581
LAW = "《中华人民共和国民事诉讼法》"
BEFORE = {"power_of_attorney": 7, "law_firm_letter": 6, "lawyer_license": 6, "identity_proof": 4,
          "enforcement_application": 2, "property_clue_form": 0, "payment_account_confirmation": 0,
          "service_address_confirmation": 0, "fee_receipt": -1}
"""days before filing (negative: after) of the papers the worker and the centre bring"""
AFTER = {"acceptance_notice": 1, "payment_notice": 2, "enforcement_notice": 2, "property_report_order": 2,
         "online_inquiry_result": 3, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 10,
         "summons": 19, "investigation_record": 26, "consumption_restriction_order": 31, "dishonest_list_decision": 31,
         "settlement_agreement": 22}
CLOSING = {"interview_record": 16, "termination_this_round_ruling": 7, "closing_notice": 3, "closing_approval_form": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it, the archive's papers)"""

TRADES = {"paid": ("钢筋工", 360), "gone": ("模板工（木工）", 380), "split": ("砌筑工", 320)}
PROJECTS = {"paid": ["七星关区柏杨林街道易地扶贫搬迁安置点二期", "七星关区碧阳湖畔棚户区改造安置房A区"],
            "gone": ["毕节市双山新区标准化厂房三期", "七星关区德溪新区梨树湾小学教学楼"],
            "split": ["七星关区洪山街道麻园片区城中村改造项目", "七星关区倒天河沿岸综合整治配套用房"]}
CONTRACTORS = ["中建四局第六建筑工程有限公司", "贵州建工集团第三建筑工程有限责任公司", "毕节市建设工程集团有限公司"]


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "enforcement_basis":
        return c.basis_effective
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=int(c.extra["cert_after"]))
    if code == "payment_voucher":
        return c.extra["paid_on"]
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code in BEFORE:
        return c.filed_on - timedelta(days=BEFORE[code])
    return c.day(AFTER.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """毕节 parties. PAID_SEQ: a 钢筋工 from 纳雍 against a subcontractor whose bank account the bureau freezes; the
    company pays the whole sum into the court's account and the court pays the worker (archived). GONE_SEQ: a 模板工
    from 赫章 against a subcontractor that left its office when the works were done — nothing found, 限制消费, 失信,
    the worker heard, 终本. SPLIT_SEQ: a 砌筑工 from 威宁 against a subcontractor that settles at its site office and
    pays in two instalments through the court's account."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    which = {PAID_SEQ: "paid", GONE_SEQ: "gone", SPLIT_SEQ: "split"}[seq]
    e = c.extra
    e["tale"] = which
    county, code = {"paid": ("纳雍县", "520525"), "gone": ("赫章县", "520527"), "split": ("威宁彝族回族苗族自治县", "520526")}[which]
    towns = {"paid": ["厍东关乡", "维新镇", "阳长镇"], "gone": ["妈姑镇", "财神镇", "野马川镇"],
             "split": ["迤那镇", "雪山镇", "黑石头镇"]}[which]
    born = date(rng.randint(1966, 1988), rng.randint(1, 12), rng.randint(1, 28))
    sex = "女" if which == "split" and rng.random() < 0.5 else "男"
    c.applicant = Party(person_name(rng), "person", id_number(rng, code, born),
                        f"贵州省{county}{rng.choice(towns)}{rng.choice(['新寨', '老街', '坪子', '岩脚', '大湾'])}村"
                        f"{rng.randint(1, 9)}组{rng.randint(1, 60)}号", f"1{rng.choice(['38', '51', '87', '98'])}"
                        f"{rng.randint(10000000, 99999999)}", born=born, sex=sex)
    e["nation"] = "彝" if which == "split" and rng.random() < 0.6 else "汉"
    firm = {"paid": f"贵州{rng.choice(['乌蒙', '黔鸿', '韭菜坪'])}建筑劳务有限公司",
            "gone": f"毕节市{rng.choice(['鸿泰', '拱拢坪', '鸭池河'])}建筑劳务分包有限公司",
            "split": f"贵州七星关{rng.choice(['建安', '筑达', '杜鹃'])}劳务有限公司"}[which]
    street = rng.choice(["洪山街道威宁路", "市东街道清毕路", "麻园街道招商花园", "观音桥街道桂花路", "三板桥街道学院路"])
    c.respondent = Party(firm, "organisation", credit_code(rng, "520502"),
                         f"贵州省毕节市七星关区{street}{rng.randint(8, 300)}号{rng.randint(2, 18)}楼{rng.randint(1, 12)}号",
                         f"0857-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
    year = c.filed_on.year - 1
    c.basis_court = ARB
    c.basis_number = f"七劳人仲案字〔{year}〕第{rng.randint(120, 980)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(38, 75))
    e["cert_after"] = rng.randint(16, 24)
    trade, rate = TRADES[which]
    e["trade"] = trade
    e["project"] = rng.choice(PROJECTS[which])
    e["contractor"] = rng.choice(CONTRACTORS)
    days = rng.randint(110, 260)
    advance = Decimal(rng.randint(8, 40) * 100)
    wages = Decimal(days * rate) - advance
    end = c.basis_effective - timedelta(days=rng.randint(130, 200))
    start = end - timedelta(days=int(days * 1.25))
    e["worked"] = (start, end)
    items: list[tuple[str, Decimal]] = [("拖欠的劳动报酬", wages)]
    if which == "gone":
        items.append(("未签订书面劳动合同的二倍工资差额", Decimal(rng.randint(30, 60) * 300)))
    e["items"] = items
    c.amount = sum((amt for _n, amt in items), Decimal(0))
    e["story"] = (f"申请人于{num_date(start)}经班组长介绍到被申请人承接劳务的{e['project']}工地从事{trade}工作，约定按"
                  f"日计酬，每日{rate}元，按月记工，工程完工后结算。至{num_date(end)}工程主体完工，申请人共出勤{days}天，"
                  f"应得工资{days * rate:,.2f}元，期间借支生活费{advance:,.2f}元，余款被申请人一直拖欠未付。")
    e["facts"] = (f"申请人于{num_date(start)}至{num_date(end)}在被申请人承接劳务分包的{e['project']}工地从事{trade}工作，"
                  f"该项目的施工总承包单位为{e['contractor']}。被申请人的班组考勤表及被申请人出具的《农民工工资结算单》载明，"
                  f"申请人出勤{days}天，日工资{rate}元，扣除借支{advance:,.2f}元，被申请人尚欠申请人工资{wages:,.2f}元。"
                  + ("双方未签订书面劳动合同。" if which == "gone" else ""))
    e["r_clerk"] = person_name(rng)
    e["arbitrators"] = [person_name(rng) for _ in range(3)]
    e["arb_clerk"] = person_name(rng)
    e["arb_fax"] = f"0857-83{rng.randint(10000, 99999)}"
    e["cert_no"] = rng.randint(8, 160)
    # the legal aid centre and its lawyer
    c.agent = person_name(rng)
    c.firm = AID
    c.agent_phone = f"1{rng.choice(['39', '58', '86'])}{rng.randint(10000000, 99999999)}"
    e["agent_sex"] = rng.choice("男女")
    e["licence_year"] = rng.randint(2017, 2022)
    e["licence"] = f"15205{e['licence_year']}3{rng.randint(1000000, 9999999)}"
    e["aid_title"] = "法律援助公函" if which != "gone" else "指派律师承办法律援助事项函"
    e["aid_no"] = rng.randint(30, 420)
    e["aid_addr"] = f"毕节市七星关区桂花路{rng.randint(10, 90)}号七星关区公共法律服务中心一楼"
    e["aid_fax"] = f"0857-83{rng.randint(10000, 99999)}"
    e["aid_fax_id"] = "七星关法援中心"
    # the subcontractor's paper trail
    e["capital"] = rng.choice([100, 200, 300, 500, 800])
    e["founded"] = f"{rng.randint(2012, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    e["licence_issued"] = f"{rng.randint(2019, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    e["r_fax_id"] = {"paid": "WUMENG LAOWU", "gone": "HONGTAI LW", "split": "QXG JIANAN CAIWU"}[which]
    e["r_bank"] = rng.choice(["毕节农村商业银行股份有限公司七星关支行", "贵州银行毕节分行营业部", "中国建设银行毕节七星关支行"])
    e["r_acct"] = f"{rng.choice(['5205', '6013', '2400'])}{rng.randint(10**13, 10**14 - 1)}"
    e["in_bank"] = rng.choice(["毕节农村商业银行股份有限公司", "中国邮政储蓄银行毕节市分行"])
    e["in_acct"] = f"62{rng.choice(['15', '21', '30'])}{rng.randint(10**13, 10**14 - 1)}"
    e["court_acct"] = f"5205{rng.randint(10**13, 10**14 - 1)}"
    e["court_bank"] = "毕节农村商业银行股份有限公司洪山支行"
    e["badge"] = f"52050{rng.randint(1000, 9999)}"
    e["fee"] = _fee(c.amount)
    e["clue_bank"] = {"paid": f"公司在{bank_short(e['r_bank'])}有基本户，账号{e['r_acct']}",
                      "gone": "不清楚，听说在农商行有户头", "split": "不清楚"}[which]
    e["clue_project"] = f"{e['project']}，总包单位{e['contractor']}还欠劳务款没有结完"
    e["clue_other"] = {"paid": "老板开一台白色越野车", "gone": "公司办公室在招商花园，现在门关了",
                       "split": "项目部有搅拌机、钢管扣件"}[which]
    e["plea"] = (f"我在{e['project']}工地做{trade}，做了{days}天，老板算了账写了结算单，还差我{wages:,.2f}元不给。"
                 "仲裁已经裁决了，公司还是不给钱，请法院强制执行。")
    e["decl_bank"] = {"paid": f"{bank_short(e['r_bank'])}基本户，余额约{(c.amount * Decimal('1.3')).quantize(Decimal('1'))}元",
                      "gone": "无", "split": "基本户余额约三千元"}[which]
    e["decl_car"] = {"paid": "无（越野车登记在法定代表人名下）", "gone": "无", "split": "无"}[which]
    e["due_wan"] = rng.randint(30, 90)
    e["decl_due"] = f"{e['contractor']}欠劳务款约{e['due_wan']}万元，尚未结算"
    e["decl_other"] = {"paid": "无", "gone": "无（项目部钢管、扣件系租赁，已退还）", "split": "项目部钢管、扣件一批，系租赁"}[which]
    e["r_fax_no"] = (f"0851-86{rng.randint(10000, 99999)}" if which == "gone" else c.respondent.phone)
    settled = end + timedelta(days=rng.randint(30, 60))
    e["settled_on"] = f"{settled.year}年{settled.month}月"
    e["decl_change"] = "无"
    if which == "paid":
        e["paid_on"] = c.day(rng.randint(36, 44))
        e["pay_days"] = (e["paid_on"], e["paid_on"])
    elif which == "split":
        first = c.day(AFTER["settlement_agreement"] + rng.randint(6, 10))
        e["pay_days"] = (first, first + timedelta(days=rng.randint(14, 20)))
        e["paid_on"] = e["pay_days"][1] + timedelta(days=2)
    else:
        e["paid_on"] = c.day(60)
        e["pay_days"] = (e["paid_on"], e["paid_on"])
    e["volume_pages"] = rng.randint(52, 74)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 under 《诉讼费用交纳办法》第十四条第（一）项: 50 yuan up to 10,000 yuan, 1.5% of the part above."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_title(c: CaseCtx) -> str:
    return f"{ARB}{c.basis_number}仲裁裁决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _party(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}，该公司执行董事。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{cn_date(born)}出生，{c.extra['nation']}族，住{p.address}。"),
            ("h", f"委托代理人：{c.agent}，{AID}律师。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, e = c.applicant, c.respondent, c.extra
    case = f"申请执行人{a.name}与被执行人{r.name}劳动争议一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", e.setdefault("third", person_name(rng))),
             ("书记员", c.clerk)]
    account = f"户名：{COURT}；开户行：{e['court_bank']}；账号：{e['court_acct']}"
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你申请执行{basis_title(c)}一案，本院经审查认为符合立案条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案为追索劳动报酬案件，已纳入本院涉农民工工资案件快速执行通道。承办执行员{c.officer}，书记员{c.clerk}，"
                  f"联系电话{c.court.phone}。"),
            ("p", f"你方委托{AID}{c.agent}律师代理本案执行，本院已收到该中心来函。你方发现被执行人财产线索的，请及时书面告知本院；"
                  "收款账户、送达地址变更的，请及时告知。"),
            ("p", "特此通知。"),
        ], day=d, copy=True)
    if code == "payment_notice":
        return court_paper(c, rng, "缴款通知书", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}应当履行{basis_title(c)}确定的给付义务。请{_you(r)}自收到本通知之日起三日内，"
                  f"将下列款项缴入本院执行款专户："),
            ("p", f"一、劳动报酬等{money(c.amount)}；"),
            ("p", f"二、申请执行费{e['fee']:,.2f}元。"),
            ("p", f"收款账户：{account}。汇款时请在用途栏注明案号{c.number}。"),
            ("p", "逾期不缴纳的，本院将依法强制执行。"),
        ], day=d, copy=True)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"申请执行人{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{e['fee']:,.2f}元。"),
            ("p", f"{_you(r)}未按本通知履行的，本院将依法强制执行，并可对{_you(r)}及其法定代表人采取限制消费措施，"
                  "符合条件的纳入失信被执行人名单。拖欠农民工工资情节严重的，依法移送公安机关追究刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条"
                  f"的规定，责令{_you(r)}在收到本令后五日内，如实填写所附《被执行人财产申报表》，报告当前以及收到执行通知之日"
                  "前一年的财产情况。"),
            ("p", "报告财产包括：存款、现金、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、产品、原材料等动产；"
                  "债权、股权、投资权益；其他应当报告的财产。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重对{_you(r)}或者{_you(r)}的法定代表人、"
                  "主要负责人予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=staff, day=d, copy=True)
    if code == "enforcement_ruling":
        if tale(c) == "gone":
            order = f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{money(c.amount)}，或者查封、扣押其相应价值的财产。"
        else:
            order = (f"冻结、划拨被执行人{r.name}在{e['r_bank']}账号{e['r_acct']}内的存款{money(c.amount)}；"
                     f"冻结、提取其对{e['contractor']}享有的到期劳务分包工程款债权，以上述金额为限。")
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a, c), *_party("被执行人", r, c),
            ("p", f"申请执行人{a.name}与被执行人{r.name}劳动争议一案，{basis_title(c)}已经发生法律效力。申请执行人于"
                  f"{cn_date(c.filed_on)}向本院申请执行，被执行人未按执行通知履行义务。依照{LAW}第二百五十三条、第二百五十四条"
                  "之规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy=True)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                  "支付劳动报酬义务。依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条之规定，"
                  f"现对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，限制其不得实施下列消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d, copy=True)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("h", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人未履行生效法律文书确定的支付劳动报酬义务。被执行人向本院报告财产称对"
                  f"{e['contractor']}享有应收劳务款约{e['due_wan']}万元，经本院调查核实，该项目劳务款已于{e['settled_on']}"
                  "结算并支付完毕，被执行人虚假报告财产，违反财产报告制度。依照《最高人民法院关于公布失信被执行人名单信息的"
                  "若干规定》第一条第（四）项、第二条之规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d, copy=True)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a, c), *_party("被执行人", r, c),
            ("p", f"申请执行人{a.name}与被执行人{r.name}劳动争议一案，{basis_title(c)}已经发生法律效力。本院于{cn_date(c.filed_on)}"
                  f"立案执行，执行标的{money(c.amount)}。"),
            ("p", f"执行中，本院向被执行人送达了执行通知书、报告财产令。被执行人的法定代表人{r.legal_rep}通过传真报告财产，"
                  f"称对{e['contractor']}享有应收劳务款约{e['due_wan']}万元，申请执行人提供的财产线索亦为该笔工程款；经本院向"
                  f"{e['contractor']}调查核实，{e['project']}的劳务款已于{e['settled_on']}结算并支付完毕，无可供提取的债权。"
                  "本院通过网络执行查控系统及点对点查控系统，对被执行人名下的银行存款、网络资金、车辆、不动产、证券、股权等"
                  "进行了查询，未发现可供执行的财产；"
                  f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地调查，其办公场所已人去楼空。"
                  f"本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}对被执行人及其法定代表人发出限制消费令，"
                  "并将被执行人纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人及其委托代理人，告知了财产调查情况及终结本次执行程序"
                  "的依据和法律后果，申请执行人表示暂无其他财产线索可以提供。"),
            ("p", f"依照{LAW}第二百六十八条第（六）项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条"
                  "之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。终结本次执行"
                  f"程序后，被执行人仍负有继续履行的义务。本案尚未执行到位金额{money(c.amount)}。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, copy=True)
    if code == "closing_notice":
        how = ("本院冻结被执行人银行账户后，被执行人将全部执行款汇入本院执行款专户" if tale(c) == "paid"
               else f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已分两期将全部款项汇入本院"
                    "执行款专户")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}。本院已于{cn_date(e['paid_on'])}将执行款{money(c.amount)}转入你方确认的"
                  f"{e['in_bank']}账户（尾号{e['in_acct'][-4:]}）。"),
            ("p", "生效法律文书确定的给付义务已全部履行完毕，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "payment_voucher":
        return _vouchers(c, rng, d)
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


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r, e = c.respondent, c.extra
    if tale(c) == "gone":
        bank, ask = "毕节农村商业银行股份有限公司", (f"查询并冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部"
                                                   f"账户内存款，以{money(c.amount)}为限，冻结期限一年。")
    else:
        bank, ask = e["r_bank"], (f"冻结并划拨被执行人{r.name}在你行账号{e['r_acct']}内的存款{money(c.amount)}，划入本院执行款"
                                  f"专户（{e['court_bank']}，账号{e['court_acct']}）。")
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院执行的{c.applicant.name}与{r.name}劳动争议一案，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（工作证号{e['badge']}）、{c.clerk}，联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(58)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    s.text(LEFT, y + 12, "✂", font("wenkai", 34), record=False)
    s.centred(y + 24, "协助执行回执", label(40))
    s.text(LEFT, y + 90, f"{COURT}：", body(34))
    s.text(LEFT + mm(8), y + 140, f"你院{c.number.replace('号', '号之一')}协助执行通知书收悉，已于　　年　月　日办理完毕。",
           body(34))
    s.text(s.width - RIGHT - mm(70), y + 200, "协助执行人（盖章）", body(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    y = form_title(s, "传　票", size=84)
    s.right(s.width - RIGHT, y - 6, c.number, body(36))
    y += 56
    w = s.width - LEFT - RIGHT
    rows = [["案由", "劳动争议（追索劳动报酬）执行"], ["被传唤人", f"{r.legal_rep}（{r.name}法定代表人）"],
            ["工作单位或地址", r.address], ["传唤事由", "接受执行询问，报告财产，说明拒不履行支付劳动报酬义务的原因"],
            ["应到时间", f"{num_date(d + timedelta(days=6))}上午9时30分"],
            ["应到处所", "本院执行局二楼执行指挥中心谈话室（洪山路99号）"]]
    y = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(18))[-1][3] + mm(10)
    for k, t in enumerate(["注意：", "一、被传唤人应当携带本传票及居民身份证、营业执照副本按时到达。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人到庭后应当如实报告财产；拒绝报告或者虚假报告的，本院可以予以罚款、拘留。"]):
        s.text(LEFT + (0 if k == 0 else mm(4)), y, t, body(33))
        y += 54
    y += 110
    xr = s.width - RIGHT - mm(6)
    s.right(xr, y, cn_date(d), body(40))
    seal(s, xr - mm(36), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 130, f"执行员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", body(33))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 网络执行查控系统's feedback printed on the bureau's printer, and the local bank's reply to the bureau's
    点对点 request, which came by fax."""
    r, e = c.respondent, c.extra
    which = tale(c)
    mono = font("mono", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("中国邮政储蓄银行", "存款"), ("贵州银行", "存款"), ("贵阳银行", "存款"), ("贵州省农村信用社联合社", "存款"),
             ("交通银行", "存款"), ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部（不动产）", "不动产"), ("中国证券登记结算有限责任公司", "证券"),
             ("市场监管总局（股权）", "股权"), ("银保监会（理财产品）", "理财")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果"]]
    for i, (unit, kind) in enumerate(units, 1):
        if which == "paid" and (unit in e["r_bank"] or ("农村信用社" in unit and "农村商业" in e["r_bank"])):
            res = "有账户，余额见点对点回复"
        elif kind == "存款":
            res = "未开户" if rng.random() < 0.5 else f"有账户，余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, kind, res])
    s = Sheet()
    s.text(mm(16), mm(16), "全国法院网络执行查控系统　查询结果反馈表", font("sans_bold", 46))
    s.text(mm(16), mm(30), f"案号：{c.number}　　承办人：{c.officer}　　查询方式：总对总", mono)
    s.text(mm(16), mm(36), f"被查询人：{r.name}　　证照号码：{r.id_number}", mono)
    s.text(mm(16), mm(42), f"发起时间：{d:%Y-%m-%d} 09:{rng.randint(10, 59)}　　反馈截止：{d + timedelta(days=3):%Y-%m-%d}", mono)
    grid(s, mm(16), mm(50), [mm(16), mm(74), mm(26), s.width - mm(32) - mm(116)], rows, mono, heights=mm(11.5),
         labels=(), frame=3)
    s.text(mm(16), s.height - mm(20), f"打印：{c.clerk}　{d + timedelta(days=3):%Y-%m-%d} {rng.randint(9, 17):02d}:"
           f"{rng.randint(0, 59):02d}", mono)
    s.right(s.width - mm(16), s.height - mm(20), "第1页/共1页", mono)
    reply = Sheet()
    reply.starts_document = True
    bank = "毕节农村商业银行股份有限公司" if which == "gone" else e["r_bank"]
    reply.centred(TOP - mm(6), bank, font("serif_bold", 50))
    reply.centred(TOP + mm(10), "协助查询存款情况回复函", font("sans_bold", 58))
    run = Flow([reply], TOP + mm(30), left=mm(26), right=mm(24))
    f = font("serif", 40)
    run.flush(f"{COURT}：", f, lead=72)
    if which == "gone":
        found = (f"经查，{r.name}在我行开立基本存款账户一个（账号{e['r_acct']}），截至查询日余额"
                 f"{rng.randint(0, 60)}.{rng.randint(10, 99)}元，该账户近六个月无交易；未发现其他账户、理财及贷款。")
    else:
        bal = (c.amount * Decimal("1.3")).quantize(Decimal("0.01"))
        found = (f"经查，{r.name}在我行开立基本存款账户一个（账号{e['r_acct']}），截至查询日余额{bal:,.2f}元；"
                 "未发现其他账户。")
    for text in (f"贵院{c.number}协助查询存款通知书及工作人员证件已收悉。", found, "特此回复。"):
        run.para(text, f, lead=72, first=f.size * 2)
    y = run.y + 100
    reply.right(reply.width - mm(30), y, num_date(d + timedelta(days=2)), f)
    seal(reply, reply.width - mm(62), y + 10, bank_seal(bank), rng, radius=mm(19),
         inner="业务专用章")
    reply.text(mm(26), y + 130, f"经办：{person_name(rng)}　复核：{person_name(rng)}　电话：0857-82{rng.randint(10000, 99999)}",
               font("serif", 32))
    faxed([reply], sender="BJNSH QXG ZH", number=f"0857-82{rng.randint(10000, 99999)}",
          sent=datetime(d.year, d.month, d.day, 15, 10) + timedelta(days=2), rng=rng, style=0)
    return [s, reply]


def bank_short(name: str) -> str:
    """What a bank prints at the head of its own slips."""
    for long, short in (("毕节农村商业银行", "毕节农商银行"), ("贵州银行", "贵州银行"), ("中国建设银行", "中国建设银行")):
        if name.startswith(long):
            return short
    return name[:6]


def bank_seal(name: str) -> str:
    """The name on a branch's seal: the bank's short name and the branch."""
    return bank_short(name) + name.split("公司")[-1] if "公司" in name else name


def _vouchers(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The subcontractor's transfer slip(s) into the court's account, faxed by its bookkeeper; then the bureau's own
    执行案款收据 and its payout slip to the worker."""
    r, e = c.respondent, c.extra
    slip = Sheet()
    f = font("sans", 30)
    pays: list[tuple[date, Decimal]]
    if tale(c) == "split":
        half = (c.amount / 2).quantize(Decimal("1"))
        pays = [(e["pay_days"][0], half), (e["pay_days"][1], c.amount - half)]
    else:
        pays = [(e["paid_on"] - timedelta(days=2), c.amount)]
    y = mm(22)
    for day, amt in pays:
        slip.box(mm(14), y, slip.width - mm(14), y + mm(108), width=3, outline=(40, 40, 40))
        slip.centred(y + mm(5), f"{bank_short(e['r_bank'])}　单位客户转账业务回单", font("sans_bold", 44))
        slip.text(mm(20), y + mm(16), f"回单编号：{rng.randint(10**13, 10**14 - 1)}　　交易日期：{day:%Y年%m月%d日}", f)
        w = slip.width - mm(40)
        rows = [["付款人户名", r.name, "收款人户名", COURT], ["付款人账号", e["r_acct"], "收款人账号", e["court_acct"]],
                ["付款行", e["r_bank"], "收款行", e["court_bank"]], ["金额（小写）", f"¥{amt:,.2f}", "金额（大写）", money_caps(amt)],
                ["用途", f"{c.number}执行款（{c.applicant.name}工资）"]]
        grid(slip, mm(20), y + mm(26), [mm(30), mm(58), mm(30), w - mm(118)], rows, f, heights=mm(13), labels=(0, 2),
             frame=2)
        seal(slip, slip.width - mm(52), y + mm(94), bank_seal(e["r_bank"]), rng, radius=mm(14), inner="回单专用章")
        slip.text(mm(20), y + mm(96), f"柜员：{rng.randint(100000, 999999)}　打印次数：1", f)
        y += mm(124)
    hand(slip, mm(24), y + mm(4), f"已付清，请法院尽快转给{c.applicant.name}。{e['r_clerk']}", rng, size=44, ink=INK)
    faxed([slip], sender=e["r_fax_id"], number=r.phone, sent=datetime(d.year, d.month, d.day, 10, 5)
          - timedelta(days=1), rng=rng, style=1, footer=True)
    receipt = Sheet()
    receipt.starts_document = True
    yy = form_title(receipt, "执行案款收据")
    receipt.right(receipt.width - RIGHT, yy - 20, f"No.{c.court.code[1:]}{rng.randint(100000, 999999)}", font("mono", 34),
                  fill=(170, 30, 30))
    w = receipt.width - LEFT - RIGHT
    rows2 = [["案号", c.number], ["交款人", r.name], ["交款方式", f"银行转账（{len(pays)}笔）"],
             ["金额", f"¥{c.amount:,.2f}　大写：{money_caps(c.amount)}"], ["款项性质", "执行款（劳动报酬）"],
             ["收款账户", f"{COURT}执行款专户　{e['court_acct']}"], ["发放对象", f"{c.applicant.name}　{e['in_bank']}"
                                                                           f"　{e['in_acct']}"],
             ["发放日期", num_date(e["paid_on"])], ["审批", ""]]
    boxes = grid(receipt, LEFT, yy + 20, [mm(36), w - mm(36)], rows2, body(34), heights=mm(16))
    right = [b for b in boxes if b[0] > LEFT]
    pen(receipt, right[-1][0] + mm(6), right[-1][1] + mm(3), f"同意发放。{c.officer}  {e['paid_on']:%m.%d}", rng, size=40)
    seal(receipt, receipt.width - RIGHT - mm(45), boxes[-1][3] + mm(20), COURT, rng, radius=mm(19), inner="执行款专用章")
    receipt.text(LEFT, boxes[-1][3] + mm(40), "第一联：存根　第二联：交款人　第三联：附卷", body(30))
    receipt.text(LEFT, boxes[-1][3] + mm(48), f"经办：{c.clerk}　　财务：{e.setdefault('cashier', person_name(rng))}", body(30))
    return [slip, receipt]


QA = {
    "investigation_record": [
        ("问", "我们是七星关区人民法院执行局的执行人员，这是我们的工作证。今天依法对{r}的经营场所进行调查，请你如实回答，"
               "听清楚没有？"),
        ("答", "听清楚了。"),
        ("问", "你是什么人？和{r}是什么关系？"),
        ("答", "我是这栋楼的物业管理员，这间办公室以前是租给他们的。"),
        ("问", "{r}现在是否还在这里办公？"),
        ("答", "去年{m}月份工地完工以后他们就没来了，房租欠了三个月，东西搬空了，钥匙交回物业了。"),
        ("问", "办公室里还有他们的财产吗？"),
        ("答", "只有两张旧桌子，是物业的。"),
        ("问", "你知道他们的老板{rep}现在在哪里吗？"),
        ("答", "不知道，听说去外省接工地了，电话打不通。"),
        ("问", "以上所说是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "我们是七星关区法院执行局的，今天约你和你的法律援助律师来，是告诉你案子的执行情况，听听你的意见。"),
        ("答", "好。"),
        ("问", "本院通过查控系统查了{r}的银行存款、车辆、房产、股权、网络资金，都没有可以执行的财产；到公司办公地点调查，"
               "已经人去楼空；你提供的工程款线索，我们到总包单位核实，劳务款已经结清了。这些情况你清楚吗？"),
        ("答", "清楚。没想到公司跑了。"),
        ("问", "本院已对公司和法定代表人{rep}限制高消费，并把公司纳入失信被执行人名单。你还能提供其他财产线索吗？"),
        ("答", "提供不了，我只知道老板是外地人。"),
        ("问", "目前没有财产可供执行，本院拟终结本次执行程序。终本以后你发现财产线索，可以随时申请恢复执行，不受时效限制。"
               "你有什么意见？"),
        ("答", "我同意。以后有消息我再找法院，也请法院帮忙盯着。"),
        ("问", "你的律师有什么意见？"),
        ("答", "（{agent}）同意终结本次执行程序，请法院继续对被执行人采取限制措施。"),
        ("问", "以上记录是否属实？"),
        ("答", "属实。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's ruled form: a boxed head block, 问/答 typed in the serif, each page signed by hand at the foot
    by the person heard (the worker signs in his slow hand)."""
    interview = code == "interview_record"
    r = c.respondent
    title = "约谈笔录" if interview else "调查笔录"
    who = c.applicant.name if interview else person_name(rng)
    s = Sheet()
    sheets = [s]
    y = form_title(s, title, issuer=COURT)
    w = s.width - LEFT - RIGHT
    place = "本院执行局第二谈话室" if interview else r.address
    rows = [["时间", f"{num_date(d)}　{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '20', '30'])}分", "地点", place],
            ["执行人员", c.officer, "记录人", c.clerk],
            ["被谈话人" if interview else "被调查人", f"{who}（申请执行人），委托代理人{c.agent}" if interview
             else f"{who}，物业管理员", "案号", c.number]]
    y = grid(s, LEFT, y, [mm(26), mm(66), mm(20), w - mm(112)], rows, body(32), heights=mm(17), labels=(0, 2))[-1][3] + 36
    f = body(39)
    lead = 68
    fill = {"r": r.name, "rep": r.legal_rep, "agent": c.agent, "m": str(rng.randint(6, 11))}

    def sign(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(82), sh.height - mm(30), "被谈话人签名：" if interview else "被调查人签名：", body(32))
        if interview:
            shaky(sh, sh.width - RIGHT - mm(26), sh.height - mm(29), who, rng, size=50)
        else:
            hand(sh, sh.width - RIGHT - mm(26), sh.height - mm(33), who, rng, size=46, ink=INK)

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text.format(**fill), f, w - f.size * 2)):
            if y + lead > s.height - mm(42):
                sign(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", label(39))
            s.text(LEFT + f.size * 2, y, part, f)
            y += lead
    y += 16
    if y + 150 > s.height - mm(42):
        sign(s)
        s = Sheet()
        sheets.append(s)
        y = TOP
    s.text(LEFT, y, "（笔录经被谈话人阅看无误）" if interview else "（笔录经被调查人阅看无误）", body(34))
    if interview:
        shaky(s, LEFT + mm(10), y + 80, "以上记录我看过，和我说的一样。", rng, size=46)
    else:
        hand(s, LEFT + mm(10), y + 70, "以上笔录我已看过，属实。", rng, size=44, ink=INK)
    sign(s)
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 16, f"案号：{c.number}", body(32))
    s.right(s.width - RIGHT, y - 16, "涉农民工工资案件", label(32))
    y += 36
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["到位金额", f"{done:,.2f}元", "结案方式", how], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(16)] * 4 + [mm(56), mm(36), mm(36)]
    boxes = grid(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, body(32), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[4][2] + mm(4)
    view = ("经总对总、点对点查控及实地调查，被执行人无财产可供执行，已限制消费并纳入失信名单，已约谈申请执行人，"
            "符合终本条件，建议终结本次执行程序。" if ttr else
            "被执行人已将全部执行款汇入本院专户，案款已发放申请执行人，建议以执行完毕结案。")
    pen(s, x, starts[4][1] + mm(4), view, rng, size=36, per_line=21, lead=mm(7.2))
    pen(s, w - mm(30), starts[4][3] - mm(10), f"{c.officer}　{num_date(d)}", rng, size=34)
    pen(s, x, starts[5][1] + mm(6), "同意承办人意见。", rng, size=40)
    pen(s, w - mm(10), starts[5][3] - mm(12), c.judge, rng, size=38)
    pen(s, x, starts[6][1] + mm(6), f"同意{how}。", rng, size=40, ink=(18, 18, 18))
    pen(s, w - mm(30), starts[6][3] - mm(12), f"{c.extra.setdefault('chief', person_name(rng))}　{d.month}.{d.day}", rng,
        size=38, ink=(18, 18, 18))
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "payment_notice": "缴款通知书", "enforcement_ruling": "执行裁定书", "summons": "传票",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's grid, one line per paper served, signed by the person served (the worker in his shaky hand,
    the company's staff in theirs), or, where the company has gone, the officer's note of a posted service."""
    to_worker = any(x in served for x in ("acceptance_notice", "closing_notice", "termination_this_round_ruling"))
    who = c.applicant if to_worker else c.respondent
    s = Sheet()
    y = form_title(s, "送 达 回 证", size=68)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "；".join(f"{NAMES.get(x, x)}一份" for x in served)
    rows = [["案号", c.number], ["送达文书", papers], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达方式", ""], ["送达人", ""], ["备考", ""]]
    hs = [mm(15), mm(24), mm(15), mm(20), mm(30), mm(15), mm(20), mm(15), mm(16), mm(28)]
    boxes = grid(s, LEFT, y, [mm(44), w - mm(44)], rows, body(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    gone = tale(c) == "gone" and not to_worker
    if gone:
        pen(s, right[7][0] + mm(6), right[7][1] + mm(3), "留置送达（张贴于住所地门上并拍照）", rng, size=38)
        pen(s, right[9][0] + mm(6), right[9][1] + mm(4), "被执行人办公室无人，已联系物业见证，拍照附卷。", rng, size=36)
        pen(s, right[5][0] + mm(6), right[5][1] + mm(2), num_date(when), rng, size=38)
    elif to_worker:
        shaky(s, right[4][0] + mm(16), right[4][1] + mm(10), who.name, rng, size=56)
        shaky(s, right[5][0] + mm(10), right[5][1] + mm(4), num_date(when), rng, size=42)
        pen(s, right[7][0] + mm(6), right[7][1] + mm(3), "直接送达", rng, size=38)
    else:
        hand(s, right[4][0] + mm(16), right[4][1] + mm(8), c.extra["r_clerk"], rng, size=52, ink=INK)
        hand(s, right[6][0] + mm(6), right[6][1] + mm(4), f"{c.extra['r_clerk']}，公司会计", rng, size=40, ink=INK)
        hand(s, right[5][0] + mm(10), right[5][1] + mm(2), num_date(when), rng, size=40, ink=INK)
        pen(s, right[7][0] + mm(6), right[7][1] + mm(3), "直接送达", rng, size=38)
    pen(s, right[8][0] + mm(6), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40)
    s.text(LEFT, boxes[-1][3] + 24, "注：受送达人拒绝签收的，送达人应在备考栏内注明情况并签名。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the archive numbers in a strip at the top left, a framed particulars table."""
    s = Sheet(paper=(240, 232, 210))
    grid(s, LEFT, mm(16), [mm(26), mm(26), mm(26)], [["全宗号", "年度", "卷号"], ["", "", ""]], body(26),
         heights=[mm(8), mm(10)], labels=(0, 1, 2), frame=3)
    for k, v in enumerate(("J071", str(d.year), str(rng.randint(200, 980)))):
        pen(s, LEFT + mm(4) + k * mm(26), mm(25), v, rng, size=32, ink=(20, 20, 20))
    s.centred(mm(46), COURT, gb(58), spacing=8)
    s.centred(mm(64), "执 行 案 卷", font("sans_bold", 104))
    s.centred(mm(88), "（正卷）", body(38))
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number], ["案由", "劳动争议（追索劳动报酬）"], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕" if c.method != "terminated_this_round" else "终结本次执行程序"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承办人", c.officer],
            ["书记员", c.clerk], ["归档日期", num_date(d)], ["保管期限", "长期"], ["本卷页数", f"{c.extra['volume_pages']}页"]]
    boxes = grid(s, LEFT, mm(100), [mm(40), w - mm(40)], [[k, ""] for k, _v in rows], body(34),
                 heights=[mm(12) if len(v) < 24 else mm(18) for _k, v in rows], frame=6)
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        fill(s, b, v, rng, size=36, ink=(20, 20, 20))
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["申请执行书", "仲裁裁决书（传真件）", "生效证明（传真件）", "财产线索提供表", "申请执行费缴款书",
             "申请执行人身份证复印件", "被执行人营业执照复印件", "授权委托书", "法律援助公函", "公职律师证复印件",
             "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令",
             "财产申报表", "网络查控反馈结果、银行回复函", "执行裁定书（冻结、划拨）", "协助执行通知书", "转账回单、案款收据",
             "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
    s = Sheet()
    y = form_title(s, "卷 内 目 录", issuer="")
    s.text(LEFT, y - 18, f"{COURT}　{c.number}", body(32))
    y += 34
    w = s.width - LEFT - RIGHT
    rows = [["顺序号", "文　件　材　料　名　称", "页　次", "备　注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 2 if any(k in name for k in ("裁决书", "裁定书", "回单", "查控", "送达回证")) else 1
    boxes = grid(s, LEFT, y, [mm(20), w - mm(64), mm(22), mm(22)], rows, body(29), heights=mm(7.6), labels=(0,))
    pen(s, LEFT, boxes[-1][3] + mm(8), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    points = ["立案材料齐全，执行依据及生效证明附卷", "法律援助公函、委托手续齐全", "法律文书送达回证齐全",
              "执行款收付凭证齐全，案款已发放", "卷内目录与材料相符", "材料排列、页码编号规范", "电子卷宗已同步扫描"]
    rows = [["案号", c.number], ["承办人", f"{c.officer}（书记员{c.clerk}）"], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核结果"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(14)] * len(points) + [mm(34), mm(18)]
    boxes = grid(s, LEFT, y, [mm(90), w - mm(90)], rows, body(32), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(points)]:
        pen(s, b[0] + mm(12), b[1] + mm(2), "√ 是", rng, size=38)
    pen(s, right[-2][0] + mm(5), right[-2][1] + mm(8), "经复核，材料齐全，可以归档。", rng, size=40)
    pen(s, right[-1][0] + mm(5), right[-1][1] + mm(4), f"{c.extra.setdefault('chief', person_name(rng))}　{num_date(d)}",
        rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷 内 备 考 表", issuer="")
    s.text(LEFT, y - 18, f"案号：{c.number}", body(32))
    y += 30
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=5)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", label(38))
    pages = int(c.extra["volume_pages"])
    yy = pen(s, LEFT + mm(14), y + mm(20), f"本卷共有文件材料{pages}页（不含封面、目录、备考表）。其中仲裁裁决书、生效证明、"
             "法律援助公函等为传真件，已与原件核对。", rng, size=40, per_line=22, lead=mm(10))
    pen(s, LEFT + mm(14), yy, "执行款已全部发放申请执行人，无遗留事项。", rng, size=40, per_line=22, lead=mm(10))
    base = s.height - mm(100)
    for k, (lab, val) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷日期", num_date(d)))):
        s.text(LEFT + mm(84), base + k * mm(17), f"{lab}：", body(38))
        pen(s, LEFT + mm(116), base + k * mm(17) - 6, val, rng, size=44)
    return [s]


def faxed_pages(sheets: list[Sheet]) -> int:
    """How many of the sheets came in by fax."""
    return sum(1 for s in sheets if getattr(s, "fax", None) is not None)
