"""court_dj (吉林省吉林市船营区人民法院, held out): the old river-side district of 吉林市 — 松花江 embankments, 北山,
the 解放西路 blocks heated by the city's 热力 companies, small building-labour firms. Its own papers in the bureau's
style (court_dj_kit); what it receives in the senders' styles (court_dj_papers). Faxed papers come as fax print-outs,
everything else through a cheap multifunction printer's feeder (court_dj_capture)."""

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
from dossier.corpus.families.court_dj_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    form_title,
    grid,
    own_paper,
    pen,
    song,
)
from dossier.corpus.families.court_dj_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "online_inquiry_result",
    "property_declaration_form", "property_clue_form", "payment_account_confirmation", "service_address_confirmation",
})
CODES = OWN | RECEIVED
HEAT_SEQ, LOAN_SEQ, LABOUR_SEQ = 31137, 31268, 31412
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "evidence": 20, "settlement_agreement": 27, "payment_voucher": 34, "summons": 15, "investigation_record": 22,
        "consumption_restriction_order": 30, "dishonest_list_decision": 30, "interview_record": 110,
        "termination_this_round_ruling": 122, "closing_notice": 66, "file_review_form": 132, "remarks_sheet": 133,
        "dossier_cover": 133, "catalogue": 133}
"""days after filing on which each paper was made"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=1)
    if code in ("file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on + timedelta(days=3)
    if code in ("closing_notice", "termination_this_round_ruling"):
        return c.closed_on - timedelta(days=2)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """吉林市 parties. HEAT_SEQ: a 热力 company's judgment of this court for two heating seasons' 供热费 against a
    household in 船营; LOAN_SEQ: a rural commercial bank's 吉林中院 二审 judgment on a loan with a guarantor, against
    the borrowing trading company (nothing found, 终本, archived); LABOUR_SEQ: a building worker's 民事调解书 of this
    court for unpaid wages against a labour-service company, paid."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {HEAT_SEQ: "heat", LOAN_SEQ: "loan", LABOUR_SEQ: "labour"}[seq]
    c.firm = rng.choice(["吉林江城律师事务所", "吉林松江律师事务所", "吉林北山律师事务所"])
    c.extra["firm_addr"] = f"吉林市船营区{rng.choice(['北京路', '河南街', '重庆路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1220220{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["吉林银行吉林分行营业部", "中国建设银行吉林船营支行", "吉林九台农商银行吉林分行"])
    c.extra["in_acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    street = rng.choice(["北山街道", "德胜街道", "大东街道", "向阳街道"])
    if tale(c) == "heat":
        c.applicant = Party(f"吉林市{rng.choice(['江城', '松花江', '北华'])}热力有限公司", "organisation",
                            credit_code(rng, "220204"), f"吉林省吉林市船营区{rng.choice(['越山路', '西安路'])}{rng.randint(10, 300)}号",
                            f"0432-6{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1958, 1978), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "220204", born),
                             f"吉林省吉林市船营区{street}{rng.choice(['光华', '临江', '德胜'])}小区{rng.randint(1, 30)}号楼"
                             f"{rng.randint(1, 6)}单元{rng.randint(1, 7)}0{rng.randint(1, 4)}室",
                             f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）吉0204民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["cause"] = "供用热力合同纠纷"
        c.extra["area"] = Decimal(rng.randint(5800, 11200)) / 100
        c.extra["rate"] = Decimal("29.00")
        heat = (c.extra["area"] * c.extra["rate"] * 2).quantize(Decimal("0.01"))
        c.extra["heat"] = heat
        c.extra["late"] = (heat * Decimal("0.08")).quantize(Decimal("0.01"))
        c.amount = heat + c.extra["late"]
        c.extra["spouse"] = person_name(rng)[0] + rng.choice(["秀兰", "桂芝", "淑华", "玉珍"])
    elif tale(c) == "loan":
        c.applicant = Party(f"吉林{rng.choice(['船营', '昌邑', '龙潭'])}农村商业银行股份有限公司", "organisation",
                            credit_code(rng, "220204"), f"吉林省吉林市船营区{rng.choice(['解放西路', '光华路'])}{rng.randint(100, 900)}号",
                            f"0432-6{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"吉林市{rng.choice(['鑫源', '恒通', '江北'])}商贸有限公司", "organisation",
                             credit_code(rng, "220204"), f"吉林省吉林市船营区{street}{rng.choice(['致和', '河南'])}街{rng.randint(1, 99)}号",
                             f"0432-6{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.extra["guarantor"] = person_name(rng)
        c.extra["guarantor_id"] = id_number(rng, "220211", born)
        c.basis_court = "吉林省吉林市中级人民法院"
        c.extra["first_court"] = "吉林省吉林市丰满区人民法院"
        c.extra["first_no"] = f"（2023）吉0211民初{rng.randint(1000, 4999)}号"
        c.basis_number = f"（2023）吉02民终{rng.randint(1000, 3999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "金融借款合同纠纷"
        c.amount = Decimal(rng.randint(40, 160)) * 10000 + Decimal(rng.randint(0, 9999))
        c.extra["lent"] = (c.amount * Decimal("0.9")).quantize(Decimal("1"))
        c.extra["r_bank"] = rng.choice(["中国工商银行吉林船营支行", "吉林银行吉林北京路支行"])
        c.extra["r_acct"] = f"0804{rng.randint(10**11, 10**12 - 1)}"
        c.extra["frozen"] = Decimal(rng.randint(100, 9000)) / 100
    else:
        born = date(rng.randint(1966, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["220221", "220282", "220204"]), born),
                            f"吉林省吉林市{rng.choice(['永吉县口前镇', '桦甸市永吉街道', '船营区大绥河镇'])}{rng.choice(['东', '西', '南'])}"
                            f"{rng.randint(1, 9)}组{rng.randint(1, 60)}号",
                            f"158{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"吉林市{rng.choice(['宏建', '鼎力', '兴达'])}建筑劳务有限公司", "organisation",
                             credit_code(rng, "220204"), f"吉林省吉林市船营区{rng.choice(['青岛街', '迎宾大路'])}{rng.randint(1, 200)}号",
                             f"0432-6{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）吉0204民初{rng.randint(8000, 9899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(180, 620)) * 100
        c.extra["site"] = f"{rng.choice(['江南', '北山', '哈达湾'])}{rng.choice(['新城', '家园', '佳苑'])}项目"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50)) if c.amount < 10000 else Decimal(int(float(c.amount) * 0.01 + 40))
    c.extra["pay_day"] = c.day(rng.randint(32, 36))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = paper(code, c, rng, served) if code in RECEIVED else _own(code, c, rng, served)
    twice = {"heat": "settlement_agreement", "loan": "enforcement_ruling", "labour": "enforcement_notice"}[tale(c)]
    if code == twice and not getattr(sheets[0], "fax", False):
        sheets[0].scanned_twice = True  # type: ignore[attr-defined]
    return sheets


def basis_title(c: CaseCtx) -> str:
    kind = "民事调解书" if tale(c) == "labour" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _whom(p: Party) -> str:
    return "你单位" if p.kind == "organisation" else "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    if code == "acceptance_notice":
        return own_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}，本院经审查，符合法定受理条件，决定立案执行。现将有关事项通知如下："),
            ("p", f"一、本案案号为{c.number}，承办执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "二、你方应当积极向本院提供被执行人的财产线索；被执行人的财产状况发生变化的，应当及时告知本院。"),
            ("p", "三、你方送达地址、收款账户发生变更的，应当书面告知本院；未告知的，按原确认的地址、账户送达和发放。"),
            ("p", "四、案件流程信息可通过吉林法院诉讼服务网或“吉林移动微法院”查询。"),
        ], day=d)
    if code == "payment_notice":
        return own_paper(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{case}，依照《诉讼费用交纳办法》第十条、第十四条第一项的规定，你方应预交申请执行费人民币"
                  f"{c.extra['fee']}元。该费用执行完毕后由被执行人负担，本院将一并向被执行人执行。"),
            ("p", "请自收到本通知次日起七日内，持本通知到本院诉讼服务中心收费窗口，或以吉林省非税收入缴款码交纳。逾期未交纳的，"
                  "本院依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return own_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"申请执行人{a.name}申请执行{basis_title(c)}，本院于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十条的规定，责令{_whom(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担本案申请执行费{c.extra['fee']}元。"),
            ("p", f"{_whom(r)}逾期不履行的，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=_staff(c), day=d)
    if code == "property_report_order":
        return own_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行{case}，{_whom(r)}未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条及《最高人民法院关于"
                  f"民事执行中财产调查若干问题的规定》第三条的规定，责令{_whom(r)}在收到本令之日起五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，并填写《被执行人财产申报表》。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=_staff(c), day=d)
    if code == "enforcement_ruling":
        if tale(c) == "loan":
            what = [f"一、冻结被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款，以"
                    f"{money(c.amount)}为限，冻结期限一年；",
                    f"二、查封被执行人{r.name}名下的不动产及车辆，以上述金额为限。"]
        else:
            what = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其相应价值的其他财产。"]
        return own_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"被执行人：{r.name}，" + (f"住所地{r.address}。" if r.kind == "organisation" else f"住{r.address}。")),
            ("p", f"本院在执行{case}中，被执行人未履行生效法律文书确定的义务。依照{LAW}第二百四十九条、第二百五十条、"
                  "第二百五十一条的规定，裁定如下："),
            *[("p", line) for line in what],
            ("p", "本裁定立即执行。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=d)
    if code == "assistance_notice":
        from dossier.corpus.families.court_dj_papers import faxed_reply
        if "house" in served:
            sheets = own_paper(c, rng, "协助执行通知书", [
                ("f", "吉林市房地产交易中心："),
                ("p", f"本院执行{case}，依照{LAW}第二百五十二条的规定，请协助查询被执行人{r.name}（统一社会信用代码"
                      f"{r.id_number}）名下登记的房屋产权情况；有登记的，请协助办理查封登记，查封期限三年。"),
                ("p", "请将查询结果书面回复本院（可先行传真至本院执行局）。"),
                ("f", f"附：{c.number}执行裁定书"),
            ], number=f"{c.number}之二", day=d, signers=_staff(c))
            reply = faxed_reply(c, rng, "house", d + timedelta(days=4))
        else:
            bank = c.extra.get("r_bank", "吉林银行吉林分行营业部")
            acct = c.extra.get("r_acct", "")
            sheets = own_paper(c, rng, "协助执行通知书", [
                ("f", f"{bank}："),
                ("p", f"本院执行{case}，依照{LAW}第二百四十九条的规定，请协助冻结被执行人{r.name}在你行开立的账户"
                      f"{acct}内的存款，以{money(c.amount)}为限，冻结期限一年。"),
                ("p", "请在本通知书回执上注明实际冻结金额并加盖业务印章后退回本院。"),
                ("f", f"附：{c.number}执行裁定书"),
            ], number=f"{c.number}之一", day=d, signers=_staff(c))
            if tale(c) != "loan":
                return sheets
            reply = faxed_reply(c, rng, "bank", d + timedelta(days=1))
        return [*sheets, *reply]
    if code == "closing_notice":
        return own_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，被执行人{r.name}已按和解协议履行完毕{money(c.amount)}，"
                  f"{'案款已发放至你方确认的账户' if tale(c) == 'labour' else '款项已由被执行人直接支付你方'}。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return own_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，住所地{a.address}。"),
            ("f", f"法定代表人：{a.legal_rep}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，依据已经发生法律效力的"
                  f"{basis_title(c)}，被执行人应向申请执行人支付{money(c.amount)}。"),
            ("p", f"执行中，本院通过网络执行查控系统查询了被执行人名下的存款、车辆、不动产、证券、网络资金等财产，冻结存款"
                  f"{c.extra['frozen']}元，经吉林市房地产交易中心回复，被执行人名下无登记房产；本院赴被执行人住所地调查，该公司"
                  "已停止经营；已对被执行人发出限制消费令，将其纳入失信被执行人名单。本院已约谈申请执行人，告知其本次执行程序"
                  "终结的依据及后果，申请执行人表示暂无可供执行的财产线索。"),
            ("p", "本院认为，被执行人暂无可供执行的财产，本次执行程序无法继续进行。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)], day=d)
    if code == "summons":
        return own_paper(c, rng, "传票", [
            ("f", f"被传唤人：{r.name}法定代表人{r.legal_rep}"),
            ("f", f"工作单位或住址：{r.address}"),
            ("f", "传唤事由：执行谈话，申报财产"),
            ("f", f"应到时间：{num_date(d + timedelta(days=5))}上午9时"),
            ("f", "应到处所：本院执行局第三执行谈话室（解放西路院区二楼）"),
            ("p", "注意事项：被传唤人须携带身份证件及营业执照准时到达；无正当理由拒不到场的，本院可依法拘传。"),
        ], signers=_staff(c), day=d)
    if code == "consumption_restriction_order":
        return own_paper(c, rng, "限制消费令", [
            ("f", f"{r.name}、法定代表人{r.legal_rep}："),
            ("p", f"本院执行{case}，因{_whom(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等"
                  "场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定予以罚款、拘留；"
                  "情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return own_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十二条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六条的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，纳入期限二年。"),
            ("p", "被执行人对本决定不服的，可以向本院申请纠正。"),
        ], signers=_staff(c), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng, d)
    return _window_form(code, c, rng, d)


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The bureau's 笔录 printed form: a head block of blanks filled by pen, then the questions and answers written
    by the clerk in pen down ruled lines, each party signing the foot of the page."""
    r = c.respondent
    visit = code == "investigation_record"
    title = "调 查 笔 录" if visit else "谈 话 笔 录"
    s = Sheet()
    y = form_title(s, title.replace(" ", ""))
    f = song(36)
    place = r.address if visit else "本院执行局第二谈话室"
    who = f"{r.legal_rep}（被执行人法定代表人）" if visit and tale(c) == "loan" else f"{c.agent}（申请执行人委托代理人）"
    if visit and tale(c) != "loan":
        who = f"{c.extra.get('spouse', person_name(rng))}（被执行人之妻）"
    heads = [("时间：", f"{num_date(d)} 9时30分至10时10分"), ("地点：", place), ("调查人：" if visit else "谈话人：", c.officer),
             ("记录人：", c.clerk), ("被调查人：" if visit else "被谈话人：", who)]
    for label, value in heads:
        s.text(LEFT, y, label, f)
        pen(s, LEFT + mm(26), y - 4, value, rng, size=38)
        s.line(LEFT + mm(25), y + 48, s.width - RIGHT, y + 48, width=1)
        y += 70
    y += 20
    if visit and tale(c) == "loan":
        qa = [("问", "我们是船营区法院执行局的，今天到你公司住所地调查财产情况，你公司现在是否还在经营？"),
              ("答", "去年秋天就不干了，门市退租了，货也处理完了，人都散了。"),
              ("问", "公司名下有无房产、车辆、其他银行账户和对外债权？"),
              ("答", "没有房子，车早就卖了，就工行那一个基本户，里面没钱。"),
              ("问", f"担保人{c.extra['guarantor']}现在在哪里？"),
              ("答", "听说去外地打工了，电话打不通。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    elif visit:
        qa = [("问", f"我们是船营区法院执行局的，{r.name}欠热力公司供热费一案，他本人在哪里？"),
              ("答", "他在外地工地干活，一年回来一两次，家里就我自己。"),
              ("问", "法院的判决你们收到了吗？为什么不交钱？"),
              ("答", "收到了，前两年他没活，实在拿不出来，不是不给。"),
              ("问", "现在能否履行？"),
              ("答", "我们商量了，想跟热力公司商量分两次交清，我写了个情况说明。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    else:
        qa = [("问", "本院已对被执行人的财产进行了网络查控和实地调查，冻结存款少量，无房产、车辆可供处置，你方是否清楚？"),
              ("答", "清楚，查控结果已经看过了。"),
              ("问", "你方能否提供被执行人其他财产线索？"),
              ("答", f"暂时提供不了。担保人{c.extra['guarantor']}我们也在找。"),
              ("问", "本院拟终结本次执行程序，终本后发现财产可以申请恢复执行，你方有无意见？"),
              ("答", "没有意见，发现财产线索后再申请恢复执行。")]
    for who_, text in qa:
        from dossier.corpus.draw import wrap
        parts = wrap(text, font("kai", 40), s.width - LEFT - RIGHT - mm(12))
        s.text(LEFT, y, who_ + "：", f)
        for part in parts:
            pen(s, LEFT + mm(12), y - 4, part, rng, size=38)
            s.line(LEFT, y + 50, s.width - RIGHT, y + 50, width=1)
            y += 64
    y += 30
    s.text(LEFT, y, "以上笔录我看过，和我说的一样。", f)
    y += 70
    sign = who.split("（")[0]
    s.text(LEFT, y, "被调查人：" if visit else "被谈话人：", f)
    pen(s, LEFT + mm(30), y - 6, sign, rng, size=46, ink=(25, 25, 30))
    s.text(s.width / 2, y, "调查人：" if visit else "谈话人：", f)
    pen(s, s.width / 2 + mm(26), y - 6, c.officer, rng, size=44, ink=(25, 25, 30))
    y += 70
    s.text(s.width / 2, y, "记录人：", f)
    pen(s, s.width / 2 + mm(26), y - 6, c.clerk, rng, size=44, ink=(25, 25, 30))
    s.right(s.width - RIGHT, s.height - mm(26), "第1页", song(30))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    s = Sheet()
    s.text(LEFT, TOP - mm(10), "执行案件流程信息管理系统", font("sans", 30))
    s.right(s.width - RIGHT, TOP - mm(10), f"打印时间：{d:%Y-%m-%d} {rng.randint(8, 16):02d}:{rng.randint(0, 59):02d}", font("sans", 30))
    s.centred(TOP + 30, "网络执行查控结果（总对总、点对点）", font("sans_bold", 50))
    s.text(LEFT, TOP + 120, f"案号：{c.number}    被查询人：{r.name}    证照号码：{r.id_number}", font("sans", 32))
    frozen = c.extra.get("frozen", Decimal("0"))
    rows = [["序号", "协查单位", "财产类型", "反馈结果", "余额/数量"]]
    banks = ["中国工商银行", "中国建设银行", "吉林银行", "中国农业银行", "中国邮政储蓄银行", "吉林省农村信用社"]
    for i, b in enumerate(banks, 1):
        hit = tale(c) == "loan" and b in str(c.extra.get("r_bank", ""))
        rows.append([str(i), b, "存款", "有账户" if hit else "无账户", f"{frozen:.2f}" if hit else "0.00"])
    n = len(banks)
    rows += [[str(n + 1), "公安部交通管理局", "车辆", "未查询到车辆信息", "0"],
             [str(n + 2), "自然资源部", "不动产", "未查询到登记信息", "0"],
             [str(n + 3), "中国证券登记结算有限公司", "证券", "无证券账户", "0"],
             [str(n + 4), "支付宝（中国）网络技术有限公司", "网络资金", "有账户" if r.kind == "person" else "无账户",
              f"{Decimal(rng.randint(100, 9000)) / 100:.2f}" if r.kind == "person" else "0.00"]]
    f = font("sans", 30)
    x, y = LEFT, TOP + 190
    widths = [mm(14), mm(58), mm(24), mm(34)]
    for k, row in enumerate(rows):
        cx = x
        for cell, w in zip(row, [*widths, s.width - RIGHT - x - sum(widths)], strict=True):
            s.text(cx + 8, y + 12, cell, font("sans_bold", 30) if k == 0 else f)
            cx += w
        s.line(x, y + 58, s.width - RIGHT, y + 58, width=1 if k else 3)
        y += 58
    s.text(LEFT, y + 30, f"查询发起人：{c.officer}    审批人：{c.judge}", f)
    s.right(s.width - RIGHT, s.height - mm(20), "第 1 页 / 共 1 页", f)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "enforcement_ruling": "执行裁定书",
             "payment_notice": "交纳执行申请费通知书", "closing_notice": "结案通知书"}
    to = c.applicant if served and served[0] in ("acceptance_notice", "payment_notice", "closing_notice") else c.respondent
    when = max([made_on(c, x) for x in served] or [c.filed_on]) + timedelta(days=rng.randint(1, 3))
    s = Sheet()
    y = form_title(s, "送达回证")
    wl = mm(40)
    rest = s.width - LEFT - RIGHT - wl
    docs = "、".join(f"{names.get(x, x)}" for x in served)
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["送达文书名称及件数", f"{docs}各一份"],
            ["受送达人", to.name], ["送达地点", to.address], ["受送达人签名或盖章", ""], ["送达日期", num_date(when)],
            ["送达人", c.clerk], ["代收人及代收理由", ""], ["备考", ""]]
    heights = [80, 80, 150, 80, 110, 170, 80, 80, 110, 110]
    signer = to.name if to.kind == "person" else (c.agent if to is c.applicant else to.legal_rep)
    rows[5][1] = signer
    end = grid(s, LEFT, y, [wl], rows, heights, rng, filled=[(5, 1), (6, 1), (7, 1)])
    if to.kind == "organisation" and to is c.respondent:
        seal(s, LEFT + wl + rest * 0.7, y + sum(heights[:5]) + 80, to.name, rng, radius=mm(19))
    s.text(LEFT, end + 30, "注：受送达人拒绝签收的，送达人应在备考栏内注明情况。", song(30))
    return [s]


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}[c.method]
    paid = c.amount if c.method == "fully_performed" else c.extra.get("frozen", Decimal("0"))
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", a.name], ["被执行人", r.name],
            ["执行依据", basis_title(c)],
            ["执行标的", f"{c.amount:,.2f}元", "实际执行到位", f"{paid:,.2f}元"],
            ["结案方式", how, "结案日期", num_date(c.closed_on)],
            ["承办人意见", f"{'被执行人已履行全部义务' if how == '执行完毕' else '已穷尽财产调查措施，无财产可供执行'}，"
                           f"建议{how}。"],
            ["合议庭意见", "同意承办人意见。"], ["执行局长审批", "同意。"]]
    wl = mm(34)
    widths = [wl, mm(64), mm(30)]
    heights = [90, 90, 90, 120, 90, 90, 220, 150, 150]
    grid(s, LEFT, y, widths, rows, heights, rng, filled=[(6, 1), (7, 1), (8, 1)])
    ys = y + sum(heights[:6])
    for k, who in ((0, c.officer), (1, c.judge), (2, person_name(rng))):
        yy = ys + sum(heights[6:6 + k]) + heights[6 + k] - 56
        pen(s, s.width - RIGHT - mm(72), yy, f"{who}  {num_date(d)}", rng, size=34, ink=(25, 25, 30))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=6)
        s.centred(mm(45), COURT, font("serif_bold", 60), spacing=4)
        s.centred(mm(75), "执 行 卷 宗", font("hei", 110))
        s.centred(mm(108), "（正卷）", song(48))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a.name], ["被执行人", r.name],
                ["执行依据", basis_title(c)], ["承办人", c.officer], ["立案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", {"fully_performed": "执行完毕"}.get(c.method, "终结本次执行程序")], ["归档日期", num_date(d)],
                ["保管期限", "长期"], ["本卷共", "      件      页"]]
        grid(s, mm(32), mm(120), [mm(42)], rows, [84] * len(rows), rng, f=song(40), filled=[(5, 1)],
             total=s.width - mm(64))
        s.centred(s.height - mm(40), "全宗号______  目录号______  案卷号______", song(36))
        return [s]
    if code == "catalogue":
        y = form_title(s, "卷 内 目 录", with_court=False)
        s.text(LEFT, y - 30, f"案号：{c.number}", song(34))
        items = ["受理案件通知书", "执行申请书", "民事判决书（二审）", "民事判决书生效证明", "财产线索表", "诉讼费收据",
                 "身份证明", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "交纳执行申请费通知书",
                 "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书及回执", "传票",
                 "限制消费令", "纳入失信决定书", "调查笔录", "谈话笔录", "终本裁定书", "结案审批表", "送达回证", "复核表", "备考表"]
        rows = [["顺序号", "文件名称", "页号", "备注"]] + [[str(i), t, str(i * 2 - 1), ""] for i, t in enumerate(items, 1)]
        grid(s, LEFT, y + 30, [mm(22), mm(100), mm(22)], rows, [54] * len(rows), rng, f=song(28))
        return [s]
    if code == "file_review_form":
        y = form_title(s, "执行卷宗归档复核表")
        rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk],
                ["卷宗材料是否齐全", "齐全"], ["文书是否送达", "均已送达，回证附卷"], ["案款是否结清", "已冻结款项已处理"],
                ["排列装订是否规范", "规范"], ["复核意见", "同意归档"], ["复核人", person_name(rng)], ["复核日期", num_date(d)]]
        grid(s, LEFT, y, [mm(52)], rows, [100] * 7 + [170, 100, 100], rng,
             filled=[(3, 1), (4, 1), (5, 1), (6, 1), (7, 1), (8, 1), (9, 1)])
        return [s]
    y = form_title(s, "备 考 表", with_court=False)
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(50), width=3)
    s.text(LEFT + 30, y + 40, f"本卷共 {rng.randint(62, 90)} 页，附证物 0 件。", song(38))
    s.text(LEFT + 30, y + 110, "说明：卷内传真件均为收文原件，未另行复印。", song(38))
    s.text(LEFT + mm(90), s.height - mm(110), "立卷人：", song(38))
    pen(s, LEFT + mm(112), s.height - mm(112), c.clerk, rng, size=44, ink=(25, 25, 30))
    s.text(LEFT + mm(90), s.height - mm(90), "检查人：", song(38))
    pen(s, LEFT + mm(112), s.height - mm(92), c.officer, rng, size=44, ink=(25, 25, 30))
    s.text(LEFT + mm(90), s.height - mm(70), f"立卷时间：{num_date(d)}", song(38))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The forms handed out at the filing window and filled by the party's pen."""
    a, r = c.applicant, c.respondent
    filer = c.agent
    s = Sheet()
    if code == "property_declaration_form":
        y = form_title(s, "被执行人财产申报表")
        s.text(LEFT, y - 30, f"案号：{c.number}", song(34))
        who = r.name
        if r.kind == "person":
            rows = [["被执行人", who, "身份证号", r.id_number], ["住址", r.address], ["工作单位", "外地打零工，无固定单位"],
                    ["收入情况", "月收入约三千元，不固定"], ["银行存款", "建行卡一张，余额几百元"], ["不动产", "现住房屋一套（唯一住房）"],
                    ["车辆", "无"], ["其他财产", "无"], ["申报人签名", c.extra.get("spouse", who) + "（代）"]]
        else:
            rows = [["被执行人", who, "信用代码", r.id_number], ["住所地", r.address], ["经营状况", "已停业"],
                    ["银行存款", f"{c.extra.get('r_bank', '')}基本户，余额很少"], ["不动产", "无"], ["车辆", "无"],
                    ["对外债权", "无"], ["其他财产", "无"], ["申报人签名", r.legal_rep]]
        filled = [(0, 1), (0, 3), *[(i, 1) for i in range(1, 9)]]
        grid(s, LEFT, y + 20, [mm(32), mm(52), mm(26)], rows, [100] * len(rows), rng, filled=filled)
        pen(s, s.width - RIGHT - mm(60), y + 20 + 100 * len(rows) + 40, num_date(d), rng)
        return [s]
    if code == "property_clue_form":
        y = form_title(s, "被执行人财产线索登记表")
        rows = [["申请执行人", a.name], ["被执行人", r.name], ["银行账户", c.extra.get("r_acct", "不详")],
                ["不动产", "不详"], ["车辆", "不详"], ["其他线索", "请法院网络查控"], ["提供人", filer]]
        grid(s, LEFT, y + 20, [mm(40)], rows, [110] * 6 + [100], rng, filled=[(i, 1) for i in range(7)])
        pen(s, s.width - RIGHT - mm(60), y + 20 + 770 + 40, num_date(c.filed_on), rng)
        return [s]
    if code == "payment_account_confirmation":
        y = form_title(s, "申请执行人收取执行款账户确认书")
        holder = a.name
        rows = [["案号", c.number], ["申请执行人", a.name], ["收款户名", holder], ["开户银行", c.extra["in_bank"]],
                ["账号", c.extra["in_acct"]], ["联系电话", a.phone]]
        grid(s, LEFT, y + 20, [mm(40)], rows, [100] * 6, rng, filled=[(i, 1) for i in range(2, 6)])
        s.text(LEFT, y + 680, "本人（单位）确认：法院将执行款汇入上列账户即视为已向本人（单位）发放。", song(34))
        s.text(LEFT + mm(80), y + 790, "确认人：", song(38))
        pen(s, LEFT + mm(100), y + 784, filer if a.kind == "organisation" else a.name, rng, size=44, ink=(25, 25, 30))
        if a.kind == "organisation":
            seal(s, LEFT + mm(120), y + 800, a.name, rng, radius=mm(19))
        pen(s, LEFT + mm(90), y + 870, num_date(c.filed_on), rng)
        return [s]
    y = form_title(s, "送达地址确认书")
    rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", a.address], ["收件人", filer],
            ["联系电话", c.agent_phone], ["是否同意电子送达", "同意"], ["电子送达号码", c.agent_phone]]
    grid(s, LEFT, y + 20, [mm(46)], rows, [100] * 7, rng, filled=[(i, 1) for i in range(2, 7)])
    s.text(LEFT, y + 790, "告知：受送达人确认的地址即为执行程序中的送达地址，因地址不准确导致文书未能实际接收的，", song(32))
    s.text(LEFT, y + 840, "文书退回之日视为送达之日。", song(32))
    s.text(LEFT + mm(80), y + 930, "受送达人（签名）：", song(38))
    pen(s, LEFT + mm(122), y + 924, filer, rng, size=44, ink=(25, 25, 30))
    pen(s, LEFT + mm(100), y + 1000, num_date(c.filed_on), rng)
    return [s]
