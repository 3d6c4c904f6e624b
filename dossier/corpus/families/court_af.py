"""court_af — 宁夏回族自治区银川市兴庆区人民法院 (宁0104), held out: drawn without looking at the page reader, to measure it
once on a layout it has never seen.

Its volumes were digitised by the archive's outsourced scanning service on an A3 flatbed, two A4 sheets side by side,
then split in software (court_af_capture): a sliver of the neighbouring page or a dark gutter line at the inner edge,
the split a little off centre, 300 dpi grey, hard JPEG; the volume's three binding holes in the left margin; the
卷宗页码 written by hand in the upper right corner; small papers glued onto the court's 粘贴单.

House style (court_af_kit): the court name letter-spaced in hei over a thick-and-thin rule, the title in a ruled box,
「案号」 label at the left, Noto Serif body, footer "兴庆法院执行局 … 第n页（共m页）". Bases of a 银川 file: a 贺兰山公证处
公证债权文书 (借款合同 of a 枸杞 trader) with its 执行证书; a 银川中院 二审 judgment on 酿酒葡萄 resumed after 终本 (执恢);
a 金凤区法院 要素式民事判决书 won by a 清真 food company against a restaurant, ended by 终本."""

from __future__ import annotations

import random
from datetime import timedelta
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
from dossier.corpus.draw import INK, Block, Sheet, hand, mm, table
from dossier.corpus.families import court_af_papers as papers
from dossier.corpus.families.court_af_kit import (
    BLUE,
    BUREAU,
    COURT,
    LEFT,
    RIGHT,
    fill,
    folio,
    footer,
    form,
    head,
    paper,
    sans,
)
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "resumption_ruling",
    "resumption_notice", "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet", "property_clue_form", "payment_account_confirmation",
    "service_address_confirmation",
})
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴款通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "resumption_ruling": "执行裁定书（恢复执行）",
    "resumption_notice": "恢复执行通知书", "closing_notice": "结案通知书", "assistance_notice": "协助执行通知书",
}
GOJI = ("宁夏杞乡红枸杞商贸有限公司", "宁夏中宁杞源果品商贸有限公司", "银川红宝枸杞贸易有限公司")
WINERY = ("宁夏贺兰山东麓鸿峰酒庄有限公司", "宁夏西鸽岭葡萄酒业有限公司", "宁夏紫晶堡酒庄有限公司")
HALAL = ("宁夏伊香源清真食品有限公司", "银川穆和清真牛羊肉食品有限公司", "宁夏塞上伊品清真食品有限公司")
RESTAURANT = ("银川老街坊餐饮管理有限公司", "银川羊羔肉大院餐饮有限公司", "银川凤城手抓餐饮管理有限公司")
ROADS = ("解放东街", "新华东街", "文化东街", "清和南街", "胜利南街", "民族北街", "丽景街", "北京东路", "湖滨东街")
HUI = "马杨丁海金纳冶撒"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    sheets = papers.render(code, c, rng, served) if code in papers.CODES else _own(code, c, rng, served)
    folio(sheets, code, c, rng)
    return sheets


def _addr(rng: random.Random) -> str:
    return f"宁夏回族自治区银川市兴庆区{rng.choice(ROADS)}{rng.randint(1, 399)}号"


def _org(rng: random.Random, name: str) -> Party:
    return Party(name, "organisation", credit_code(rng, "640104"), _addr(rng),
                 f"0951-{rng.randint(5000000, 6999999)}", legal_rep=person_name(rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Moves the case to 银川: a notarial plan becomes the 贺兰山公证处's 借款合同 of a 枸杞 trader; a resumption the
    银川中院 二审 judgment on 酿酒葡萄 against a winery; any other judgment the 金凤区法院's 要素式 judgment won by a
    清真 food company against a restaurant."""
    year = c.filed_on.year - 1
    c.firm = rng.choice(("宁夏贺兰律师事务所", "宁夏塞上明珠律师事务所", "宁夏凤城正道律师事务所"))
    c.extra["firm_short"] = {"宁夏贺兰律师事务所": "贺兰", "宁夏塞上明珠律师事务所": "明珠"}.get(c.firm, "正道")
    c.extra["firm_road"] = f"{rng.choice(['北京中路', '亲水大街', '正源北街'])}{rng.randint(100, 300)}号"
    c.extra["licence_no"] = f"1640{rng.randint(1000, 9999)}{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}"
    c.agent_phone = f"139{rng.randint(10000000, 99999999)}"
    hui = rng.choice(HUI)
    c.applicant.name = hui + c.applicant.name[1:]
    c.extra["hui"] = (c.applicant.name,)
    c.applicant.address = _addr(rng)
    c.extra["notary"] = person_name(rng)
    c.extra["trial_judge"], c.extra["trial_clerk"] = person_name(rng), person_name(rng)
    c.extra["judge2"], c.extra["judge3"] = person_name(rng), person_name(rng)
    c.extra["trial_fee"] = f"{int(c.amount) // 100 + 50:,}"
    c.extra["exec_fee"] = f"{min(Decimal(50) + (c.amount - 10000) * Decimal('0.015'), Decimal(20000)):.2f}"
    c.extra["resp_account"] = f"6230 78{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 1{rng.randint(10, 99)}"
    c.extra["resp_account2"] = f"6231 06{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 5{rng.randint(10, 99)}"
    c.extra["app_account"] = f"6217 7{rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    c.extra["court_account"] = f"1070 0120 0000 {rng.randint(1000, 9999)} {rng.randint(10, 99)}"
    c.extra["resp_bank"] = papers.BANKS[rng.randint(0, 1)].split("股份")[0]
    c.extra["bal1"] = f"{rng.randint(0, 900)}.{rng.randint(10, 99)}"
    c.extra["bal2"] = f"{rng.randint(0, 90)}.{rng.randint(10, 99)}"
    if c.basis_kind == "notarial":
        c.extra["story"] = "notarial"
        c.respondent = _org(rng, rng.choice(GOJI))
        c.basis_court = papers.NOTARY
        c.basis_number = f"（{year}）宁银贺证字第{rng.randint(1000, 4999)}号"
        c.extra["cert_number"] = f"（{c.filed_on.year}）宁银贺执证字第{rng.randint(10, 199)}号"
        c.extra["signed"] = c.filed_on - timedelta(days=rng.randint(300, 420))
        c.extra["months"] = rng.choice([6, 8, 12])
        c.extra["rate"] = rng.choice(["1.2", "1.0", "1.3"])
        c.extra["loan"] = (c.amount * Decimal("0.88")).quantize(Decimal(1000))
        c.basis_effective = c.filed_on - timedelta(days=20)
        c.extra["scope"] = "枸杞干果、葡萄酒、预包装食品的批发零售；农副产品收购、仓储（依法须经批准的项目除外）"
        c.extra["pay_bank"] = papers.BANKS[1]
        c.extra["car"] = "小型普通客车1辆（宁A·" + f"{rng.randint(10000, 99999)}），已抵押"
    elif c.category == "resumption":
        c.extra["story"] = "appeal"
        c.respondent = _org(rng, rng.choice(WINERY))
        c.basis_court = papers.MIDDLE
        c.basis_number = f"（{year - 1}）宁01民终{rng.randint(1000, 5999)}号"
        c.extra["first_number"] = papers.first_instance_number(rng, year - 2)
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(420, 520))
        c.extra["grapes"] = rng.choice(["赤霞珠", "蛇龙珠", "美乐"])
        c.extra["old_round"] = c.filed_on - timedelta(days=rng.randint(150, 240))
        c.extra["plot"] = f"{rng.choice(['丽景街', '湖滨东街'])}{rng.randint(1, 99)}号{rng.randint(1, 12)}号楼{rng.randint(101, 108)}室"
        c.extra["area"] = f"{rng.randint(60, 180)}.{rng.randint(10, 99)}"
        c.extra["pay_bank"] = papers.BANKS[0]
        c.extra["house"] = "商业用房1处（兴庆区），无抵押"
        c.extra["scope"] = "葡萄种植；葡萄酒生产、销售；酒庄旅游服务"
    else:
        c.extra["story"] = "element"
        c.applicant = _org(rng, rng.choice(HALAL))
        c.extra["hui"] = ()
        c.respondent = _org(rng, rng.choice(RESTAURANT))
        c.basis_court = papers.JINFENG
        c.basis_number = f"（{year}）宁0106民初{rng.randint(1000, 8999)}号"
        c.extra["trial"] = c.filed_on - timedelta(days=rng.randint(90, 150))
        c.basis_effective = c.extra["trial"] + timedelta(days=30)
        c.extra["signed"] = c.extra["trial"] - timedelta(days=rng.randint(300, 500))
        c.extra["price"] = (c.amount * Decimal("1.6")).quantize(Decimal("0.01"))
        c.extra["scope"] = "清真牛羊肉屠宰、分割、冷藏及销售；清真熟食制品加工；预包装食品批发（清真）"
        c.extra["pay_bank"] = papers.BANKS[1]
        c.extra["capital"] = 1000
    c.extra["rep_ids"] = {p.name: id_number(rng, "640104") for p in (c.applicant, c.respondent) if p.kind != "person"}
    c.extra["settled"] = c.day(28)
    c.extra["pay1"], c.extra["pay2"] = c.day(33), c.day(58)
    c.extra["first_pay"] = (c.amount * Decimal("0.4")).quantize(Decimal("0.01"))


# ---------------------------------------------------------------- the court's own papers


def _resp(c: CaseCtx) -> str:
    return f"{c.respondent.name}（法定代表人{c.respondent.legal_rep}）" if c.respondent.kind != "person" else c.respondent.name


def _basis_words(c: CaseCtx) -> str:
    if c.extra["story"] == "notarial":
        return f"{papers.NOTARY}{c.basis_number}公证债权文书及{c.extra['cert_number']}执行证书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def _sign(c: CaseCtx) -> list[str]:
    return [f"执行员　{c.officer}"]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    d = {"acceptance_notice": 1, "payment_notice": 3, "enforcement_notice": 3, "property_report_order": 3,
         "enforcement_ruling": 6, "assistance_notice": 6, "summons": 20, "consumption_restriction_order": 9,
         "dishonest_list_decision": 24, "termination_this_round_ruling": 120, "resumption_ruling": 1,
         "resumption_notice": 2, "closing_notice": (c.method == "fully_performed" and 72) or 125}.get(code, 0)
    day = cn_date(c.day(d))
    head_blocks: list[Block] = [("f", f"申请执行人：{c.applicant.name}"), ("f", f"被执行人：{_resp(c)}")]
    if code == "acceptance_notice":
        return paper("受理案件通知书", [
            ("f", f"{c.applicant.name}："),
            ("p", f"你（单位）申请执行{_basis_words(c)}一案，本院经审查，符合立案条件，决定立案执行。现将有关事项通知如下："),
            ("f", f"一、本案案号为{c.number}，承办人{c.officer}，联系电话{c.court.phone}。"),
            ("f", "二、请你（单位）积极提供被执行人的财产线索；被执行人的住所、财产状况发生变化的，请及时告知本院。"),
            ("f", "三、执行款项将通过本院执行款专户发放，请于三日内填写《申请执行人收取案款确认书》。"),
            ("f", "四、你（单位）可以通过宁夏法院诉讼服务网或12368热线查询案件进展。"),
        ], c, rng, day=day)
    if code == "payment_notice":
        return paper("缴款通知书", [
            ("f", f"{c.respondent.name}："),
            ("p", f"{c.applicant.name}申请执行你（单位）一案，依据{_basis_words(c)}，你（单位）应当履行给付义务"
                  f"{money(c.amount)}，并负担申请执行费{c.extra['exec_fee']}元。"),
            ("p", f"请于收到本通知书之日起五日内，将上述款项汇入本院执行款专户：户名{COURT}，开户行宁夏银行股份有限公司银川"
                  f"解放东街支行，账号{c.extra['court_account']}。汇款时请在用途栏注明案号。"),
            ("p", "逾期不缴纳的，本院将依法强制执行。"),
        ], c, rng, day=day)
    if code == "enforcement_notice":
        return paper("执行通知书", [
            ("f", f"{c.respondent.name}："),
            ("p", f"{c.applicant.name}申请执行{_basis_words(c)}一案，本院已于{num_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  "第二百六十四条和《最高人民法院关于人民法院执行工作若干问题的规定（试行）》的规定，责令你（单位）立即履行"
                  "下列义务："),
            ("f", f"一、支付{money(c.amount)}；"),
            ("f", "二、加倍支付迟延履行期间的债务利息（或支付迟延履行金）；"),
            ("f", f"三、负担申请执行费{c.extra['exec_fee']}元。"),
            ("p", "你（单位）逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单等措施。"),
            ("p", f"本院地址：{c.court.address}。承办人：{c.officer}，电话{c.court.phone}。"),
        ], c, rng, day=day)
    if code == "property_report_order":
        return paper("报告财产令", [
            ("f", f"{c.respondent.name}："),
            ("p", f"本院受理的{c.applicant.name}申请执行你（单位）一案，依照{LAW}第二百五十二条的规定，责令你（单位）在收到本令"
                  "后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写所附《财产申报表》。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器"
                  "设备、产品、原材料（枸杞、葡萄酒等存货亦应报告）；债权、股权、投资权益、基金份额；知识产权等。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], c, rng, day=day, sign=_sign(c))
    if code == "property_declaration_form":
        who = c.respondent
        rows = [("被执行人", who.name, 11), ("证照号码", who.id_number, 11),
                ("银行账户", f"{c.extra['resp_bank']} 尾号{c.extra['resp_account'][-4:]}　余额约{c.extra['bal1']}元", 16),
                ("不动产", c.extra.get("house", "无") , 13), ("车辆", c.extra.get("car", "无"), 13),
                ("存货/设备", "冷库存货已处理完毕，剩余货架、冷柜若干（已旧）" if c.extra["story"] != "notarial"
                 else "库存枸杞干果约二吨（已霉变部分），烘干设备一套", 18),
                ("对外债权", "经销商欠货款约三万元，对方已失联", 13), ("其他需说明事项", "公司经营困难，暂无能力一次性履行", 16)]
        return form("财产申报表", rows, c, rng, intro="（本表由被执行人如实填写，随报告财产令一并送达。）",
                    signer=who.legal_rep or who.name, day=num_date(c.day(9)))
    if code == "property_clue_form":
        rows = [("申请执行人", c.applicant.name, 11), ("被执行人", c.respondent.name, 11),
                ("银行账户线索", f"{c.extra['resp_bank']}（借款曾转入该账户）", 16),
                ("不动产线索", c.extra.get("house", "不清楚"), 13),
                ("车辆线索", c.extra.get("car", "不清楚"), 13),
                ("其他线索", "经营场所在兴庆区，有仓库" if c.extra["story"] != "element" else "餐馆仍在营业，有收银二维码", 16),
                ("线索来源", "申请人掌握", 11)]
        return form("被执行人财产线索表", rows, c, rng, intro="（请尽可能详细填写，本院将在七日内核查。）",
                    signer=c.agent, day=num_date(c.filed_on - timedelta(days=2)))
    if code == "payment_account_confirmation":
        rows = [("申请执行人", c.applicant.name, 11), ("收款户名", c.applicant.name, 11),
                ("开户银行", "宁夏银行银川兴庆支行" if c.applicant.kind == "person" else "宁夏黄河农商银行兴庆支行", 11),
                ("银行账号", c.extra["app_account"], 11), ("联系电话", c.applicant.phone, 11)]
        return form("申请执行人收取案款确认书", rows, c, rng,
                    intro="本人（单位）确认以下账户为本案执行款的收款账户。账户信息错误导致款项无法到账或错付的，由本人（单位）承担"
                          "责任。账户变更的，应书面告知执行法院。",
                    signer=c.applicant.name if c.applicant.kind == "person" else c.agent, day=num_date(c.filed_on))
    if code == "service_address_confirmation":
        rows = [("受送达人", f"{c.applicant.name}（代理人{c.agent}）", 11),
                ("送达地址", f"银川市金凤区{c.extra['firm_road']}{c.firm}", 13), ("收件人", c.agent, 11),
                ("联系电话", c.agent_phone, 11), ("是否同意电子送达", "同意　☑　宁夏法院电子送达平台", 11),
                ("手机号码（电子送达）", c.agent_phone, 11)]
        return form("送达地址确认书", rows, c, rng,
                    note="告知：1. 当事人应如实提供确切的送达地址；2. 确认的送达地址适用于执行程序；3. 因送达地址不准确、变更"
                         "未告知，导致文书未能实际被接收的，文书退回之日视为送达之日。",
                    signer=c.agent, day=num_date(c.filed_on))
    if code == "enforcement_ruling":
        if c.extra["story"] == "appeal":
            what = (f"查封被执行人{c.respondent.name}名下位于银川市兴庆区{c.extra['plot']}的商业用房一套，查封期限三年；"
                    "冻结、划拨被执行人在宁夏银行的存款。")
        else:
            what = (f"冻结、划拨被执行人{c.respondent.name}在{papers.BANKS[0].split('股份')[0]}、"
                    f"{papers.BANKS[1].split('股份')[0]}的存款{money(c.amount)}，或查封、扣押其相应价值的财产。")
        return paper("执行裁定书", [
            *head_blocks,
            ("p", f"本院在执行{c.applicant.name}与{c.respondent.name}{'借款合同' if c.extra['story'] == 'notarial' else '买卖合同'}"
                  f"纠纷一案中，{_basis_words(c)}已经发生法律效力。因被执行人未按执行通知履行义务，依照{LAW}第二百五十三条、"
                  "第二百五十五条、第一百五十七条第一款第十一项的规定，裁定如下："),
            ("p", what),
            ("p", "本裁定立即执行。"),
        ], c, rng, sign=["审判员　" + c.judge], day=day, after=[f"书记员　{c.clerk}"], copy_stamp=True)
    if code == "assistance_notice":
        if c.extra["story"] == "appeal":
            to, body = papers.REGISTRY, (f"根据本院{c.number}执行裁定书，请协助查封被执行人{c.respondent.name}名下坐落于银川市"
                                          f"兴庆区{c.extra['plot']}的商业用房（面积{c.extra['area']}平方米），查封期限自登记之日起"
                                          "三年。查封期间不得办理转移、抵押等登记。")
        else:
            to, body = papers.BANKS[0], (f"根据本院{c.number}执行裁定书，请协助冻结、扣划被执行人{c.respondent.name}"
                                         f"（统一社会信用代码{c.respondent.id_number}）在你行账户{c.extra['resp_account']}内的存款，"
                                         f"以{money(c.amount)}为限，划至本院执行款专户。")
        sheets = paper("协助执行通知书", [("f", f"{to}："), ("p", body), ("p", "请将协助执行情况书面回复本院。"),
                                         ("f", f"附：{c.number}执行裁定书一份")], c, rng, day=day,
                       sign=[f"执行员　{c.officer}　{c.court.phone}"])
        return sheets
    if code == "summons":
        return paper("传　票", [
            ("f", f"被传唤人：{c.respondent.legal_rep}（{c.respondent.name}法定代表人）"),
            ("f", f"传唤事由：{c.number}执行一案，接受询问，说明财产情况"),
            ("f", f"应到时间：{num_date(c.day(30))}上午9时30分"),
            ("f", f"应到处所：本院执行局（{c.court.address}）第三谈话室"),
            ("f", "注意事项：一、被传唤人须携带身份证件及本传票准时到达；二、无正当理由拒不到场的，本院可以拘传。"),
        ], c, rng, day=day)
    if code == "consumption_restriction_order":
        return paper("限制消费令", [
            ("f", f"{c.respondent.name}、{c.respondent.legal_rep}（公民身份号码{c.extra['rep_ids'][c.respondent.name]}）："),
            ("p", f"本院于{num_date(c.filed_on)}立案执行{c.applicant.name}申请执行你单位{c.basis_court}{c.basis_number}民事判决一案。"
                  "因你单位未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人"
                  "高消费及有关消费的若干规定》第一条、第三条的规定，对你单位及你单位法定代表人采取限制消费措施，"
                  "禁止以单位财产实施下列行为：乘坐交通工具时选择飞机、列车软卧、轮船二等以上舱位；在星级以上宾馆、"
                  "酒店、夜总会、高尔夫球场等场所进行高消费；购买不动产或者新建、扩建、高档装修房屋；租赁高档写字楼、"
                  "宾馆、公寓等场所办公；购买非经营必需车辆；旅游、度假；子女就读高收费私立学校；支付高额保费购买保险"
                  "理财产品；乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依照民事诉讼法的规定，予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], c, rng, day=day)
    if code == "dishonest_list_decision":
        return paper("决定书", [
            ("f", f"被执行人：{c.respondent.name}，统一社会信用代码{c.respondent.id_number}，法定代表人{c.respondent.legal_rep}。"),
            ("p", f"本院在执行{c.applicant.name}申请执行{c.respondent.name}买卖合同纠纷一案中，被执行人有履行能力而拒不履行"
                  "生效法律文书确定的义务，且违反财产报告制度。依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信"
                  "被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("f", f"将{c.respondent.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为有错误的，可以向本院申请纠正。"),
        ], c, rng, day=day, sign=_sign(c))
    if code in ("termination_this_round_ruling", "resumption_ruling"):
        old = code == "termination_this_round_ruling" and c.category == "resumption"
        number = c.previous_number if old else c.number
        on = c.extra["old_round"] if old else c.day(d)
        if code == "resumption_ruling":
            blocks: list[Block] = [*head_blocks, ("p", f"本院在执行{c.applicant.name}与{c.respondent.name}买卖合同纠纷一案"
                                                    f"（{c.previous_number}）中，因暂未发现被执行人可供执行的财产，于{num_date(c.extra['old_round'])}"
                                                    "裁定终结本次执行程序。现申请执行人提供了被执行人名下的不动产线索，经核实属实，"
                                                    "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条第二款"
                                                    "的规定，裁定如下："),
                                  ("p", f"恢复{c.basis_court}{c.basis_number}民事判决书的执行。"),
                                  ("p", "本裁定送达后立即生效。")]
        else:
            found = ("经网络查控，被执行人在宁夏银行、黄河农商银行账户余额合计不足千元，名下无可供执行的不动产、车辆、"
                     "证券；经现场调查，被执行人经营场所已停业。")
            blocks = [*head_blocks,
                      ("p", f"本院在执行{_basis_words(c)}一案中，立案后向被执行人发出执行通知书、报告财产令，对被执行人采取了"
                            f"限制消费措施并纳入失信被执行人名单。{found}本院已将财产调查情况告知申请执行人，申请执行人表示"
                            "暂不能提供其他财产线索。"),
                      ("p", "本院认为，本案暂无财产可供执行，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》"
                            "第五百一十七条的规定，裁定如下："),
                      ("p", "终结本次执行程序。"),
                      ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
                      ("p", "本裁定送达后即发生法律效力。")]
        return paper("执行裁定书", blocks, c, rng, number=number, sign=["审判员　" + c.judge], day=cn_date(on),
                     after=[f"书记员　{c.clerk}"], copy_stamp=True)
    if code == "resumption_notice":
        return paper("恢复执行通知书", [
            ("f", f"{c.respondent.name}："),
            ("p", f"{c.applicant.name}申请执行你单位买卖合同纠纷一案（原案号{c.previous_number}），本院已于{num_date(c.filed_on)}"
                  f"立案恢复执行，案号为{c.number}。请你单位自收到本通知之日起立即履行{money(c.amount)}的给付义务。"
                  "原限制消费措施继续有效。"),
        ], c, rng, day=day)
    if code == "closing_notice":
        return paper("结案通知书", [
            ("f", f"{c.applicant.name}："),
            ("p", f"本院执行的{c.applicant.name}与{c.respondent.name}一案，被执行人已按执行和解协议履行完毕，执行款{money(c.amount)}"
                  f"已于{num_date(c.closed_on - timedelta(days=6))}发放至你（单位）指定账户。本案以执行完毕方式结案。"),
            ("p", "本院已解除对被执行人采取的限制消费措施及查封、冻结措施。"),
        ], c, rng, day=cn_date(c.closed_on - timedelta(days=2)))
    if code in ("interview_record", "investigation_record"):
        return _record(code, c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "dossier_cover":
        return _cover(c, rng)
    if code == "catalogue":
        return _catalogue(c, rng)
    if code == "file_review_form":
        rows = [("卷宗材料是否齐全", "☑ 齐全", 11), ("排列顺序是否符合规定", "☑ 符合", 11), ("文书是否有空白项", "☑ 无", 11),
                ("送达回证是否齐全", "☑ 齐全", 11), ("案款是否发放完毕", "☑ 已发放，无剩余款", 11),
                ("电子卷宗是否同步生成", "☑ 已同步，页数一致", 11), ("复核意见", "材料齐全，同意归档。", 16)]
        return form("卷宗复核表", rows, c, rng, signer=c.officer, day=num_date(c.closed_on + timedelta(days=9)))
    if code == "remarks_sheet":
        return _remarks(c, rng)
    raise KeyError(code)


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if code == "interview_record":
        title, when, where = "谈话笔录", c.day(112), "本院执行局第二谈话室"
        person = f"{c.agent}（申请执行人{c.applicant.name}的委托代理人）"
        qa = [("问", "今天约你来，是告知本案财产调查情况，听取你方意见。你方是否清楚？"), ("答", "清楚。"),
              ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券、网络资金，仅有两个银行账户少量余额，已扣划。"
                     "对被执行人经营场所进行了现场调查，餐馆已停业，无可供执行财产。你方对此有无异议？"),
              ("答", "没有异议。我们也去看过，店已经关门了，门上贴着转租广告。"),
              ("问", "你方能否提供被执行人其他财产线索？"), ("答", "目前提供不了。"),
              ("问", "本案拟终结本次执行程序。终本后发现财产线索可随时申请恢复执行，你方是否同意？"),
              ("答", "同意，以后发现财产再申请恢复执行。"), ("问", "以上记录是否属实？"), ("答", "属实。")]
    else:
        title, when, where = "调查笔录", c.day(60), f"被执行人经营场所（银川市兴庆区{c.respondent.address[-10:]}）"
        person = f"{c.respondent.legal_rep}（被执行人{c.respondent.name}法定代表人）"
        qa = [("问", "我们是兴庆区人民法院执行局的执行人员，依法对你单位财产状况进行调查，你要如实回答。"), ("答", "知道。"),
              ("问", "你单位现在经营情况如何？"), ("答", "疫情后生意一直不好，去年冬天开始亏损，上个月已经停业了，员工都走了。"),
              ("问", "店里的设备、冷柜等物品现在在哪里？"), ("答", "房子是租的，设备抵了房租，房东拉走了。"),
              ("问", f"欠{c.applicant.name}的货款打算怎么处理？"), ("答", "确实没钱，等以后有能力了再还。"),
              ("问", "执行人员现场查看，店面已停业，无可供扣押的财产。以上是否属实？"), ("答", "属实。")]
    blocks: list[Block] = [("f", f"时间：{num_date(when)}　9时40分至10时25分"), ("f", f"地点：{where}"),
                           ("f", f"执行人员：{c.officer}　记录人：{c.clerk}"), ("f", f"被询问人：{person}")]
    blocks += [("f", f"{q}：{a}") for q, a in qa]
    sheets = paper(title, blocks, c, rng, day="", with_seal=False)
    for s in sheets:  # each page read and signed at its foot
        y = s.height - mm(34)
        f = font("serif", mm(4.2))
        s.text(mm(LEFT), y, "被询问人：", f)
        hand(s, mm(LEFT) + mm(22), y - mm(2), (c.agent if code == "interview_record" else c.respondent.legal_rep), rng,
             size=mm(6.2), ink=INK)
        s.text(mm(LEFT) + mm(70), y, "执行员：", f)
        hand(s, mm(LEFT) + mm(88), y - mm(2), c.officer, rng, size=mm(6.2), ink=INK)
        s.text(mm(LEFT) + mm(118), y, "记录人：", f)
        hand(s, mm(LEFT) + mm(136), y - mm(2), c.clerk, rng, size=mm(6.2), ink=INK)
    hand(sheets[-1], mm(LEFT) + mm(30), sheets[-1].height - mm(52), "以上笔录我看过，与我说的一致。", rng, size=mm(6),
         ink=INK)
    return sheets


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = head(s, "送达回证", c.number)
    docs = "、".join(NAMES.get(x, x) for x in served) + ("　各一份" if len(served) > 1 else "　一份")
    to_applicant = served == ["acceptance_notice"]
    name = f"{c.applicant.name}（代理人{c.agent}）" if to_applicant else c.respondent.name
    how = ("直接送达（执行局立案窗口）" if to_applicant else
           rng.choice(["直接送达", "邮寄送达（EMS " + f"10{rng.randint(10**10, 10**11 - 1)}）", "留置送达"]))
    last = max((k for k in served), key=lambda k: {"termination_this_round_ruling": 9, "closing_notice": 8}.get(k, 0))
    when = {"termination_this_round_ruling": 123, "consumption_restriction_order": 12, "dishonest_list_decision": 26,
            "resumption_ruling": 3, "closing_notice": 73}.get(last, 4)
    rows = [("送达文书名称及件数", "", 13), ("受送达人", "", 11), ("送达地址", "", 13), ("送达方式", "", 11),
            ("受送达人签名或盖章", "", 20), ("代收人及代收理由", "", 13), ("送达人", "", 11), ("备注", "", 13)]
    cols = [mm(45), s.width - mm(LEFT) - mm(RIGHT) - mm(45)]
    table(s, mm(LEFT), y, cols, [(r[0], "") for r in rows], sans(4.1), row_h=[mm(r[2]) for r in rows], width=2,
          centre_first=True)
    x = mm(LEFT) + cols[0] + mm(4)
    hs = [mm(r[2]) for r in rows]
    cy = [y + sum(hs[:i]) for i in range(len(hs))]
    s.text(x, cy[0] + mm(4), docs, font("serif", mm(4.6)))
    s.text(x, cy[1] + mm(3.5), name, font("serif", mm(4.6)))
    s.text(x, cy[2] + mm(4), c.firm if to_applicant else c.respondent.address, font("serif", mm(4.2)))
    fill(s, x, cy[3] + mm(2.5), how, rng, size_mm=5.0)
    signer = c.agent if to_applicant else c.respondent.legal_rep
    if how != "留置送达":
        hand(s, x + mm(2), cy[4] + mm(3), signer, rng, size=mm(7.5), ink=INK)
        fill(s, x + mm(60), cy[4] + mm(11), num_date(c.day(when)), rng, size_mm=5.0)
    else:
        fill(s, x, cy[5] + mm(2.5), "拒绝签收，已留置于经营场所前台并拍照", rng, size_mm=4.6)
        fill(s, x, cy[7] + mm(2.5), f"见证人：社区网格员{person_name(rng)}", rng, size_mm=4.6)
    hand(s, x + mm(2), cy[6] + mm(2), f"{c.officer}　{c.clerk}", rng, size=mm(6.2), ink=INK)
    s.text(mm(LEFT), cy[-1] + hs[-1] + mm(5), "注：受送达人签收时应注明签收日期；代收的，代收人应注明与受送达人的关系。",
           sans(3.4))
    footer([s])
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}[c.method]
    got = c.amount if c.method == "fully_performed" else Decimal(c.extra["bal1"]) + Decimal(c.extra["bal2"])
    rows = [("案号", c.number, 10), ("申请执行人", c.applicant.name, 10), ("被执行人", c.respondent.name, 10),
            ("执行依据", _basis_words(c), 16), ("申请执行标的", f"{c.amount:,.2f}元", 10),
            ("实际执行到位", f"{got:,.2f}元", 10), ("立案日期", num_date(c.filed_on), 10), ("结案方式", how, 10),
            ("承办人意见", f"{'被执行人已履行完毕，' if c.method == 'fully_performed' else '财产调查穷尽，已约谈申请人，'}"
                          f"建议以{how}方式结案。{c.officer}", 20),
            ("执行局长意见", f"同意。{person_name(rng)}　{num_date(c.closed_on)}", 16)]
    return form("执行案件结案审批表", rows, c, rng)


def _cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(236, 226, 200))  # the 牛皮纸 cover
    s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=8)
    s.centred(mm(38), COURT, font("hei", mm(7.5)), spacing=mm(1.5))
    s.centred(mm(60), "执　行　卷　宗", font("serif_bold", mm(15)), spacing=mm(3))
    s.centred(mm(84), "（正　卷）", font("serif", mm(6)))
    f = font("serif", mm(5.2))
    rows = [("案　　号", c.number), ("案　　由", "借款合同纠纷" if c.extra["story"] == "notarial" else "买卖合同纠纷"),
            ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name), ("执行依据", _basis_words(c)),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"), ("承办人", c.officer),
            ("书记员", c.clerk), ("归档日期", ""), ("保管期限", "长期")]
    y = mm(104)
    for label, value in rows:
        s.text(mm(40), y, label, f)
        s.line(mm(78), y + mm(7.5), s.width - mm(40), y + mm(7.5), width=2)
        if value:
            for k, part in enumerate([value[i:i + 22] for i in range(0, len(value), 22)]):
                s.text(mm(82), y + k * mm(7.5), part, font("serif", mm(4.6)))
            if len(value) > 22:
                y += mm(7.5)
        y += mm(13.5)
    hand(s, mm(84), y - mm(13.5 * 3) - mm(2), num_date(c.closed_on + timedelta(days=15)), rng, size=mm(6), ink=BLUE)
    s.text(mm(40), y + mm(8), "本卷共　　　页　　　　第　　册", f)
    hand(s, mm(66), y + mm(6), str(int(c.extra.get("af_folio", 40)) or 40), rng, size=mm(6.5), ink=BLUE)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    items = ["强制执行申请书", "执行依据（公证书、执行证书）" if c.extra["story"] == "notarial" else "执行依据", "财产线索表",
             "申请执行费票据", "当事人身份证明", "授权委托书、所函、律师执业证", "收取案款确认书、送达地址确认书",
             "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令、财产申报表", "网络查控结果、银行回复",
             "执行裁定书、协助执行通知书", "执行和解协议", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证"]
    s = Sheet()
    y = head(s, "卷内目录", c.number)
    rows = [["序号", "文件名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, "", ""])
    width = s.width - mm(LEFT) - mm(RIGHT)
    cols = [mm(16), width - mm(16) - mm(26) - mm(22), mm(26), mm(22)]
    table(s, mm(LEFT), y, cols, rows, sans(4.0), row_h=mm(10.5), width=2, centre_first=True)
    for i in range(1, len(rows)):
        n = page + rng.randint(1, 3) if i > 1 else 1
        hand(s, mm(LEFT) + cols[0] + cols[1] + mm(6), y + i * mm(10.5) + mm(2), f"{n}", rng, size=mm(5.4), ink=BLUE)
        page = n
    return [s]


def _remarks(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = head(s, "备　考　表", c.number)
    s.box(mm(LEFT), y, s.width - mm(RIGHT), s.height - mm(60), width=3)
    s.text(mm(LEFT) + mm(4), y + mm(4), "本卷情况说明：", font("serif", mm(4.8)))
    yy = fill(s, mm(LEFT) + mm(10), y + mm(16), "本卷共计文件材料" + str(int(c.extra.get("af_folio", 0)) or 38) + "页，"
              "其中粘贴单三页（身份证、执业证复印件及票据）。卷内无缺页、无破损，电子卷宗已同步扫描。", rng,
              width=s.width - mm(LEFT) - mm(RIGHT) - mm(20))
    _ = yy
    f = font("serif", mm(4.8))
    y2 = s.height - mm(52)
    s.text(mm(LEFT), y2, "立卷人：", f)
    hand(s, mm(LEFT) + mm(20), y2 - mm(2), c.clerk, rng, size=mm(6.5), ink=INK)
    s.text(mm(LEFT) + mm(62), y2, "检查人：", f)
    hand(s, mm(LEFT) + mm(82), y2 - mm(2), c.officer, rng, size=mm(6.5), ink=INK)
    s.text(mm(LEFT) + mm(112), y2, "立卷时间：", f)
    hand(s, mm(LEFT) + mm(136), y2 - mm(2), f"{c.closed_on + timedelta(days=12):%Y.%m.%d}", rng, size=mm(5), ink=BLUE)
    s.text(mm(LEFT), s.height - mm(40), BUREAU + "　档案室制", sans(3.4))
    return [s]

