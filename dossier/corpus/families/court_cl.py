"""court_cl (辽宁省大连市甘井子区人民法院, held out): a Dalian district court — port logistics, seafood and machinery
trade. Its own papers are set in the bureau's plain house style; the papers it receives (大连市中级人民法院 and
大连海事法院 judgments, 大连仲裁委员会 awards, lawyers' 所函, bank and registry replies, hand-filled forms) in their
authors' styles. Every page reached the file through the court's electronic-dossier platform (court_cl_capture)."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from decimal import Decimal

from PIL import ImageDraw

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, money, person_name
from dossier.corpus.draw import Sheet, hand, mm, seal
from dossier.corpus.paper import Block, House, Paper, typeset

COURT = "辽宁省大连市甘井子区人民法院"
BEARING_SEQ, SEAFOOD_SEQ, CRANE_SEQ = 78114, 78231, 78356
"""machinery archive (执完), 终本 of a seafood trader, the defective crane-parts dossier"""

BUREAU = House(body="song_gb", body_mm=5.3, leading=1.85, title="serif_bold", title_mm=8.5, title_spacing_mm=1.5,
               heading="above", number_align="right", footer="emdash", top=32, left=30, right=26)
FIRM = House(body="kai_gb", body_mm=5.0, leading=1.7, title="serif_bold", title_mm=7.5, title_spacing_mm=0.5,
             heading="letterhead", number_align="centre", footer="slash", top=28, left=25, right=25)
BANKISH = House(body="song_gb", body_mm=4.6, leading=1.6, title="serif_bold", title_mm=6.5, title_spacing_mm=0.0,
                heading="double_rule", number_align="right", footer="none", top=24, left=22, right=22)
UPPER = House(body="song_gb", body_mm=5.4, leading=1.9, title="serif_bold", title_mm=9.0, title_spacing_mm=2.5,
              heading="above", number_align="right", footer="mn", top=36, left=30, right=28, seam_seal=True)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the case to 甘井子区: Dalian parties, firms, banks and the basis each story rests on."""
    m = re.search(r"(\d+)号$", c.number)
    seq = int(m.group(1)) if m else 0
    shift = date(2026, c.filed_on.month, min(c.filed_on.day, 28)) - c.filed_on
    c.filed_on, c.closed_on = c.filed_on + shift, c.closed_on + shift
    c.number = f"（2026）辽0211执{seq}号"
    story = {BEARING_SEQ: "bearing", SEAFOOD_SEQ: "seafood"}.get(seq, "crane")
    c.extra["cl_story"] = story
    c.firm = rng.choice(["辽宁星海湾律师事务所", "辽宁大连港城律师事务所", "辽宁连海正和律师事务所"])
    c.extra["cl_firm_addr"] = f"大连市沙河口区{rng.choice(['中山路', '西南路', '五一路'])}{rng.randint(100, 600)}号"
    c.extra["cl_bank"] = rng.choice(["大连银行甘井子支行", "盛京银行大连分行", "大连农商银行甘井子支行"])
    c.extra["cl_acct"] = f"8001{rng.randint(10**11, 10**12 - 1)}"
    c.extra["cl_lic"] = f"1210220{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["cl_fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    street = rng.choice(["泉水街道", "中华路街道", "革镇堡街道", "大连湾街道"])
    if story == "bearing":
        c.basis_kind, c.basis_court = "judgment", "辽宁省大连市中级人民法院"
        c.basis_number = f"（2025）辽02民终{rng.randint(1000, 8999)}号"
        c.extra["cl_cause"] = "买卖合同纠纷"
        app, resp = "大连瓦轴精工轴承销售有限公司", f"大连{rng.choice(['甘泉', '华北路', '辛寨子'])}重型机械制造有限公司"
    elif story == "seafood":
        c.basis_kind, c.basis_court = "judgment", "大连海事法院"
        c.basis_number = f"（2025）辽72民初{rng.randint(100, 999)}号"
        c.extra["cl_cause"] = "冷藏集装箱海上货物运输合同纠纷"
        app, resp = "大连湾鲜冷链物流有限公司", f"大连{rng.choice(['海福', '鲜港', '渔湾'])}海产品贸易有限公司"
    else:
        c.basis_kind, c.basis_court = "arbitration", "大连仲裁委员会"
        c.basis_number = f"（2025）大仲字第{rng.randint(100, 999)}号"
        c.extra["cl_cause"] = "港机配件购销合同纠纷"
        app, resp = "大连北良港埠物流有限公司", f"大连{rng.choice(['起重', '金港', '远通'])}港机配件有限公司"
    c.applicant = Party(app, "organisation", credit_code(rng, "210211"), f"辽宁省大连市甘井子区{street}"
                        f"{rng.choice(['山东路', '西北路', '华北路'])}{rng.randint(10, 500)}号",
                        f"0411-86{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
    c.respondent = Party(resp, "organisation", credit_code(rng, "210211"), f"辽宁省大连市甘井子区"
                         f"{rng.choice(['营城子', '辛寨子', '红旗'])}街道{rng.choice(['工业园', '物流园'])}"
                         f"{rng.randint(1, 80)}号", f"0411-39{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))


def _d(c: CaseCtx, n: int) -> str:
    return cn_date(min(c.day(n), c.closed_on))


def _head(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    return [("f", f"申请执行人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。")]


def _basis(c: CaseCtx) -> str:
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _court_paper(c: CaseCtx, title: str, body: list[Block], n: int) -> Paper:
    return Paper(title, [*body, ("gap", ""), ("date", _d(c, n))], issuer=COURT, number=c.number, seal=COURT)


def _bureau(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> Paper:
    amt = money(c.amount)
    law = "依照《中华人民共和国民事诉讼法》第二百四十九条、第二百五十条之规定，裁定如下："
    if code == "acceptance_notice":
        return _court_paper(c, "受理案件通知书", [("f", f"{c.applicant.name}："), ("p", f"你方申请执行{_basis(c)}一案，"
                            f"本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行，案号{c.number}。承办人{c.officer}，"
                            f"联系电话{c.court.phone}。请及时提供被执行人财产线索。")], 0)
    if code == "payment_notice":
        return _court_paper(c, "缴纳申请执行费通知书", [("f", f"{c.applicant.name}："), ("p", f"本院受理{c.number}一案，"
                            f"应预交申请执行费{money(c.extra['cl_fee'])}元，请于七日内交纳。")], 1)
    if code == "enforcement_notice":
        return _court_paper(c, "执行通知书", [("f", f"{c.respondent.name}："), ("p", f"{c.applicant.name}申请执行{_basis(c)}"
                            f"一案，本院已立案执行。责令你单位自收到本通知之日起立即履行下列义务：支付{amt}元及迟延履行期间"
                            "的债务利息，负担申请执行费。逾期不履行，本院将依法强制执行。")], 3)
    if code == "property_report_order":
        return _court_paper(c, "报告财产令", [("f", f"{c.respondent.name}："), ("p", "你单位应当在收到本令之日起五日内，"
                            "如实向本院报告当前以及收到执行通知之日前一年的财产情况。拒绝报告或者虚假报告的，本院将依法"
                            "予以罚款、拘留，并纳入失信被执行人名单。")], 3)
    if code == "enforcement_ruling":
        return _court_paper(c, "执行裁定书", [*_head(c), ("p", f"本院在执行{c.applicant.name}与{c.respondent.name}"
                            f"{c.extra['cl_cause']}一案中，被执行人未履行生效法律文书确定的义务。{law}"),
                            ("p", f"冻结、划拨被执行人{c.respondent.name}在{c.extra['cl_bank']}的存款{amt}元。"),
                            ("p", "本裁定立即执行。"), ("sig", f"执行员  {c.officer}"), ("sig", f"书记员  {c.clerk}")], 12)
    if code == "assistance_notice":
        return _court_paper(c, "协助执行通知书", [("f", f"{c.extra['cl_bank']}："), ("p", f"关于{c.applicant.name}与"
                            f"{c.respondent.name}一案，请协助冻结、扣划被执行人账户（统一社会信用代码"
                            f"{c.respondent.id_number}）内存款{amt}元，划至本院执行款专户。")], 13)
    if code == "closing_notice":
        return _court_paper(c, "结案通知书", [("f", f"{c.applicant.name}："), ("p", f"你方申请执行{c.respondent.name}一案，"
                            "被执行人已全部履行生效法律文书确定的义务，本案执行完毕，以执行完毕方式结案。")], 70)
    if code == "summons":
        return _court_paper(c, "传票", [("f", f"被传唤人：{c.respondent.legal_rep}（{c.respondent.name}法定代表人）"),
                            ("f", "传唤事由：执行案件谈话"), ("f", f"应到时间：{_d(c, 40)}上午九时"),
                            ("f", f"应到处所：{c.court.address}执行局二楼谈话室"),
                            ("p", "无正当理由拒不到场的，可以依法拘传。")], 35)
    if code == "consumption_restriction_order":
        return _court_paper(c, "限制消费令", [("f", f"{c.respondent.name}、{c.respondent.legal_rep}："),
                            ("p", f"因你单位未按执行通知书指定的期间履行{_basis(c)}确定的给付义务，依照《最高人民法院关于"
                            "限制被执行人高消费及有关消费的若干规定》第一条，对你单位及法定代表人采取限制消费措施，"
                            "不得乘坐飞机、列车软卧及高铁一等座以上座位，不得在星级以上宾馆消费。")], 45)
    if code == "dishonest_list_decision":
        return _court_paper(c, "决定书", [("f", f"被执行人：{c.respondent.name}"), ("p", "被执行人有履行能力而拒不履行生效"
                            "法律文书确定的义务，依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条，"
                            f"决定如下：将{c.respondent.name}纳入失信被执行人名单，期限二年。")], 46)
    if code == "termination_this_round_ruling":
        return _court_paper(c, "执行裁定书", [*_head(c), ("p", "本院经网络查控系统查询被执行人银行存款、车辆、不动产、"
                            "证券等，并赴大连市不动产登记中心、甘井子区市场监督管理局调查，未发现可供执行的财产。申请执行人"
                            "同意终结本次执行程序。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百"
                            "一十七条之规定，裁定如下："), ("p", f"终结本院{c.number}案件的本次执行程序。"),
                            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
                            ("sig", f"审判长  {c.judge}"), ("sig", f"书记员  {c.clerk}")], 120)
    if code == "effectiveness_certificate":
        doc = "裁决书，自作出之日起" if c.basis_kind == "arbitration" else "民事判决书，已于"
        when = "" if c.basis_kind == "arbitration" else cn_date(c.basis_effective)
        return Paper("生效证明书", [("p", f"本{'会' if c.basis_kind == 'arbitration' else '院'}{c.basis_number}"
                     f"{c.applicant.name}与{c.respondent.name}{c.extra['cl_cause']}一案的{doc}{when}发生法律效力。"),
                     ("p", "特此证明。"), ("date", cn_date(c.basis_effective + timedelta(days=9)))],
                     issuer=c.basis_court, seal=c.basis_court)
    if code == "closing_approval_form":
        how = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
        return Paper("执行案件结案审批表", [("f", f"案号：{c.number}"), ("f", f"申请执行人：{c.applicant.name}"),
                     ("f", f"被执行人：{c.respondent.name}"), ("f", f"执行标的：{money(c.amount)}元"),
                     ("f", f"结案方式：{how}"), ("f", f"承办人意见：拟以{how}方式结案。  {c.officer}"),
                     ("f", f"庭长意见：同意。  {c.judge}"), ("date", cn_date(c.closed_on))], issuer=COURT)
    raise KeyError(code)


def _received(code: str, c: CaseCtx, rng: random.Random) -> tuple[Paper, House]:
    a, r, amt = c.applicant, c.respondent, money(c.amount)
    if code == "enforcement_application":
        return Paper("强制执行申请书", [*_head(c), ("h", "请求事项："), ("p", f"1.请求强制被执行人支付{amt}元；"),
                     ("p", "2.请求被执行人负担本案申请执行费。"), ("h", "事实与理由："),
                     ("p", f"申请人与被执行人{c.extra['cl_cause']}一案，经{_basis(c)}确定，被执行人应支付上述款项，"
                     "现已生效，被执行人至今未履行，特申请强制执行。"), ("f", "此致"), ("f", COURT),
                     ("sig", f"申请人：{a.name}"), ("date", cn_date(c.filed_on))], seal=a.name), FIRM
    if code == "enforcement_basis":
        if c.basis_kind == "arbitration":
            return Paper("裁 决 书", [("f", f"申请人：{a.name}。"), ("f", f"被申请人：{r.name}。"),
                         ("p", "大连仲裁委员会根据申请人与被申请人签订的门座起重机配件购销合同中的仲裁条款，受理本案，"
                         "依法组成仲裁庭，开庭审理，现已审理终结。"), ("p", f"裁决如下：被申请人向申请人返还预付货款{amt}元，"
                         "于本裁决书送达之日起十日内付清。"), ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
                         ("sig", f"首席仲裁员  {person_name(rng)}"), ("date", cn_date(c.basis_effective))],
                         issuer="大连仲裁委员会", number=c.basis_number, seal="大连仲裁委员会"), UPPER
        appeal = c.basis_court.endswith("中级人民法院")
        return Paper("民事判决书", [("f", f"{'上诉人（原审被告）' if appeal else '被告'}：{r.name}。"),
                     ("f", f"{'被上诉人（原审原告）' if appeal else '原告'}：{a.name}。"),
                     ("p", (f"上诉人因与被上诉人{c.extra['cl_cause']}一案，不服大连市甘井子区人民法院一审判决，提起上诉。"
                      if appeal else f"原告与被告{c.extra['cl_cause']}一案，本院立案后依法适用普通程序，公开开庭进行了"
                      "审理。") + "本院依法组成合议庭审理了本案，现已审理终结。"),
                     ("p", f"判决如下：{r.name}于本判决生效之日起十日内给付{a.name}{amt}元。"),
                     ("p", "本判决为终审判决。" if appeal else "如不服本判决，可在判决书送达之日起十五日内上诉于辽宁省高级人民法院。"), ("sig", f"审判长  {person_name(rng)}"),
                     ("date", cn_date(c.basis_effective))], issuer=c.basis_court, number=c.basis_number,
                     seal=c.basis_court), UPPER
    if code == "law_firm_letter":
        return Paper("律师事务所函", [("f", COURT + "："), ("p", f"本所接受{a.name}委托，指派{c.agent}律师担任其与{r.name}"
                     "执行一案的代理人。特此函告。"), ("f", f"地址：{c.extra['cl_firm_addr']}"),
                     ("date", _d(c, 0))], issuer=c.firm, number=f"辽连律执字〔2026〕第{rng.randint(10, 99)}号",
                     seal=c.firm), FIRM
    if code == "power_of_attorney":
        return Paper("授权委托书", [("f", f"委托人：{a.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}"),
                     ("p", "代理权限：代为申请执行、参与执行、代收执行款、签收法律文书。"), ("sig", f"委托人：{a.name}"),
                     ("date", _d(c, 0))], seal=a.name), FIRM
    if code == "lawyer_license":
        return Paper("律师执业证", [("f", f"持证人：{c.agent}"), ("f", f"执业机构：{c.firm}"),
                     ("f", f"执业证号：{c.extra['cl_lic']}"), ("f", "发证机关：辽宁省司法厅"),
                     ("f", "年度考核：2025年度 称职")], seal="辽宁省司法厅"), BANKISH
    if code == "identity_proof":
        p = r if c.extra.get("_note") == "respondent" else a
        return Paper("营业执照（副本）", [("f", f"统一社会信用代码 {p.id_number}"), ("f", f"名称 {p.name}"),
                     ("f", "类型 有限责任公司"), ("f", f"法定代表人 {p.legal_rep}"), ("f", f"住所 {p.address}"),
                     ("f", "登记机关 大连市甘井子区市场监督管理局")], seal="大连市甘井子区市场监督管理局"), BANKISH
    if code == "fee_receipt":
        return Paper("辽宁省法院诉讼费用专用票据", [("f", f"交款人：{a.name}"), ("f", f"案号：{c.number}"),
                     ("f", f"项目：申请执行费  金额：{money(c.extra['cl_fee'])}元"), ("f", "收款单位：大连市甘井子区人民法院"),
                     ("date", _d(c, 2))], seal="大连市甘井子区人民法院财务专用章"), BANKISH
    if code == "property_clue_form":
        return Paper("被执行人财产线索表", [("f", f"被执行人：{r.name}"), ("f", f"银行账户：{c.extra['cl_bank']}"),
                     ("f", "不动产：甘井子区厂房（大连市不动产登记中心可查）"), ("f", "应收款：大连港集装箱码头货款"),
                     ("sig", f"提供人：{c.agent}"), ("date", _d(c, 0))]), FIRM
    if code == "payment_account_confirmation":
        return Paper("执行款收款账户确认书", [("f", f"户名：{a.name}"), ("f", f"开户行：{c.extra['cl_bank']}"),
                     ("f", f"账号：{c.extra['cl_acct']}"), ("p", "本单位确认上述账户用于接收执行款，因账户错误产生的后果自负。"),
                     ("date", _d(c, 0))], seal=a.name), BANKISH
    if code == "service_address_confirmation":
        return Paper("送达地址确认书", [("f", f"受送达人：{a.name}"), ("f", f"送达地址：{a.address}"),
                     ("f", f"联系电话：{a.phone}"), ("p", "本人同意人民法院通过上述地址、电子送达平台送达法律文书。"),
                     ("sig", f"确认人：{c.agent}"), ("date", _d(c, 0))]), FIRM
    if code == "property_declaration_form":
        return Paper("被执行人财产申报表", [("f", f"申报人：{r.name}"), ("f", "银行存款：大连银行账户余额不足"),
                     ("f", "不动产：无"), ("f", "车辆：无"), ("sig", f"申报人：{r.legal_rep}"), ("date", _d(c, 9))]), FIRM
    if code == "online_inquiry_result":
        return Paper("网络执行查控结果", [("f", f"被查询人：{r.name}  证照号码：{r.id_number}"),
                     ("f", f"{c.extra['cl_bank']}  余额 {money(c.amount / 3)}元"), ("f", "大连市不动产登记中心  无登记"),
                     ("f", "大连市公安局交通警察支队车辆管理所  无车辆"), ("date", _d(c, 8))]), BANKISH
    if code == "settlement_agreement":
        return Paper("执行和解协议", [("f", f"甲方：{a.name}"), ("f", f"乙方：{r.name}"),
                     ("p", f"乙方于{_d(c, 50)}前一次性支付{amt}元，甲方放弃迟延履行利息。"), ("sig", "甲方（盖章）  乙方（盖章）"),
                     ("date", _d(c, 48))], seal=r.name), FIRM
    if code == "payment_voucher":
        return Paper("大连银行电子回单", [("f", f"付款人：{r.name}"), ("f", "收款人：大连市甘井子区人民法院"),
                     ("f", f"金额：{amt}元"), ("f", f"用途：{c.number}执行款"), ("date", _d(c, 52))],
                     seal="大连银行业务专用章"), BANKISH
    if code in ("investigation_record", "interview_record"):
        who = "调查" if code == "investigation_record" else "谈话"
        return Paper(f"{who}笔录", [("f", f"时间：{_d(c, 60)}"), ("f", f"地点：{r.address}" if who == "调查"
                     else "地点：本院执行谈话室"), ("f", f"执行员：{c.officer}  记录：{c.clerk}"),
                     ("qa", "问：你单位现有何财产？"), ("qa", "答：厂房是租的，设备已被抵押，无力偿还。"),
                     ("sig", f"被{who}人：{r.legal_rep}")]), BUREAU
    raise KeyError(code)


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Paper:
    names = {"enforcement_notice": "执行通知书", "property_report_order": "报告财产令", "acceptance_notice": "受理案件通知书",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "纳入失信名单决定书", "enforcement_ruling": "执行裁定书"}
    late = {"termination_this_round_ruling": 122, "consumption_restriction_order": 47, "dishonest_list_decision": 47,
            "enforcement_ruling": 14}
    n = max(late.get(s, 4) for s in served)
    who = c.applicant.name if served == ["acceptance_notice"] else c.respondent.name
    return Paper("送达回证", [("f", f"案号：{c.number}"), ("f", "送达文书：" + "、".join(names.get(s, s) for s in served)),
                 ("f", f"受送达人：{who}"), ("f", "送达方式：直接送达"), ("f", f"送达人：{c.officer}  {c.clerk}"),
                 ("hsig", f"签收人：{person_name(rng)}"), ("date", _d(c, n))], issuer=COURT, seal=COURT)


def _archive(code: str, c: CaseCtx) -> Paper:
    if code == "dossier_cover":
        return Paper("执行案件卷宗", [("c", COURT), ("f", f"案号：{c.number}"), ("f", f"案由：{c.extra['cl_cause']}"),
                     ("f", f"申请执行人：{c.applicant.name}"), ("f", f"被执行人：{c.respondent.name}"),
                     ("f", f"立案日期：{cn_date(c.filed_on)}  结案日期：{cn_date(c.closed_on)}"),
                     ("f", "保管期限：长期  卷宗号：第1卷共1卷")])
    if code == "catalogue":
        items = ["强制执行申请书", "民事判决书", "生效证明书", "受理案件通知书", "执行通知书", "执行裁定书", "结案通知书",
                 "结案审批表", "送达回证", "归档审查表", "备考表"]
        return Paper("卷内目录", [("f", f"{i + 1}．{t}") for i, t in enumerate(items)])
    if code == "file_review_form":
        return Paper("执行案卷归档审查表", [("f", f"案号：{c.number}"), ("f", "文书是否齐全：齐全"),
                     ("f", "排列是否规范：规范"), ("f", f"审查人：{c.judge}"), ("date", cn_date(c.closed_on + timedelta(days=12)))])
    return Paper("备考表", [("p", "本卷共计材料若干件，经检查无缺页、无破损。"), ("sig", f"立卷人：{c.clerk}"),
                 ("sig", f"检查人：{c.judge}"), ("date", cn_date(c.closed_on + timedelta(days=15)))])


OWN = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                 "enforcement_ruling", "assistance_notice", "closing_notice", "summons", "consumption_restriction_order",
                 "dishonest_list_decision", "termination_this_round_ruling", "effectiveness_certificate",
                 "closing_approval_form"})
RECEIVED = frozenset({"enforcement_application", "enforcement_basis", "law_firm_letter", "power_of_attorney",
                      "lawyer_license", "identity_proof", "fee_receipt", "property_clue_form",
                      "payment_account_confirmation", "service_address_confirmation", "property_declaration_form",
                      "online_inquiry_result", "settlement_agreement", "payment_voucher", "investigation_record",
                      "interview_record"})
ARCHIVE = frozenset({"dossier_cover", "catalogue", "file_review_form", "remarks_sheet"})
CODES = OWN | RECEIVED | ARCHIVE | {"service_receipt"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every code of the family's dossiers, each in its author's house."""
    if code == "service_receipt":
        return typeset(_receipt(c, rng, served), BANKISH, rng)
    if code in ARCHIVE:
        return typeset(_archive(code, c), BUREAU, rng)
    if code in OWN:
        return typeset(_bureau(code, c, rng, served), UPPER if code == "effectiveness_certificate" else BUREAU, rng)
    c.extra["_note"] = served[0] if served else ""
    paper, house = _received(code, c, rng)
    sheets = typeset(paper, house, rng)
    if code in ("property_declaration_form", "service_address_confirmation", "property_clue_form"):
        hand(sheets[-1], mm(120), sheets[-1].size[1] - mm(40), c.applicant.legal_rep or "", rng)
    if code == "lawyer_license":  # a copy of the card: its edge and the holder's photo box
        d = ImageDraw.Draw(sheets[0].image)
        d.rectangle((mm(18), mm(18), mm(192), mm(100)), outline=(90, 90, 90), width=4)
        d.rectangle((mm(150), mm(40), mm(182), mm(82)), fill=(175, 178, 182), outline=(60, 60, 60), width=2)
        seal(sheets[0], mm(120), mm(78), "辽宁省司法厅", rng)
    return sheets
