"""court_ho (新疆维吾尔自治区伊宁市人民法院, held out): 伊宁 in the 伊犁河谷 — the 喀赞其 and 六星街 lanes of dried-fruit
and 薰衣草 shops, the 霍城 lavender fields, the herders' winter pastures up the valley, the new 小区 going up round the
town. The bureau's papers are bilingual (Uyghur over Chinese) on screened letterhead stock (court_ho_kit); what it
receives comes in the senders' own styles, many of them bilingual too (court_ho_papers). The volumes went over an old
colour flatbed whose lamp is failing (court_ho_capture)."""

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
from dossier.corpus.draw import Sheet, mm, wrap
from dossier.corpus.families.court_ho_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    UG,
    UG_COURT_SHORT,
    bi_seal,
    body,
    court_paper,
    folios,
    form_table,
    form_title,
    pen,
    ug_centred,
    ug_font,
)
from dossier.corpus.families.court_ho_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
FRUIT_SEQ, HERD_SEQ, BUILD_SEQ = 5517, 5543, 5568
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
        "online_inquiry_result": 5, "enforcement_ruling": 9, "assistance_notice": 9, "property_declaration_form": 12,
        "summons": 16, "whereabouts_unknown_proof": 24, "investigation_record": 27, "settlement_agreement": 30,
        "consumption_restriction_order": 34, "dishonest_list_decision": 34, "payment_voucher": 44}
CLOSING = {"interview_record": 22, "termination_this_round_ruling": 8, "closing_notice": 4, "closing_approval_form": 2,
           "file_review_form": -6, "remarks_sheet": -8, "catalogue": -8, "dossier_cover": -9}
"""days before the closing date (negative: after it — the archive's papers)"""

UY_NAMES = {
    "艾力": "ئەلى", "买买提": "مەمەت", "阿不都热合曼": "ئابدۇراخمان", "艾合买提": "ئەخمەت", "吐尔逊": "تۇرسۇن",
    "肉孜": "روزى", "麦麦提江": "مەمەتجان", "阿迪力": "ئادىل", "帕尔哈提": "پەرھات", "亚森": "ياسىن", "塔依尔": "تاھىر",
    "热合曼": "راخمان", "努尔买买提": "نۇرمەمەت", "阿布力米提": "ئابلىمىت", "阿依古丽": "ئايگۈل", "古丽米拉": "گۈلمىرا",
    "热依拉": "رەيلا", "迪丽努尔": "دىلنۇر", "帕提古丽": "پاتىگۈل", "米日古丽": "مىھرىگۈل", "祖丽菲亚": "زۇلپىيە",
    "阿依努尔": "ئاينۇر", "艾买提": "ئەمەت", "阿不都拉": "ئابدۇللا", "热西提": "رەشىت", "司马义": "ئىسمايىل",
    "卡德尔": "قادىر", "依明": "ئىمىن", "尼亚孜": "نىياز", "吾守尔": "ئۇشۇر", "木拉提": "مۇرات", "叶尔兰": "ئېرلان",
    "努尔兰": "نۇرلان", "哈那提": "قانات", "叶尔肯": "ئېركىن", "托合塔尔": "توختار", "哈比丁": "ھابىدىن",
    "加尔肯": "جاركىن", "吾拉尔": "ئورال",
}
UY_MEN = ["艾力", "买买提", "阿不都热合曼", "艾合买提", "吐尔逊", "肉孜", "麦麦提江", "阿迪力", "帕尔哈提", "亚森",
          "塔依尔", "热合曼", "努尔买买提", "阿布力米提"]
UY_WOMEN = ["阿依古丽", "古丽米拉", "热依拉", "迪丽努尔", "帕提古丽", "米日古丽", "祖丽菲亚", "阿依努尔"]
UY_FATHERS = ["买买提", "吐尔逊", "艾买提", "阿不都拉", "热西提", "肉孜", "司马义", "卡德尔", "依明", "尼亚孜", "吾守尔"]
KZ_MEN, KZ_FATHERS = ["木拉提", "叶尔兰", "努尔兰", "哈那提", "叶尔肯"], ["托合塔尔", "哈比丁", "加尔肯", "吾拉尔"]


def uy_name(rng: random.Random, sex: str = "男", kazakh: bool = False) -> str:
    """A name as the Chinese papers transliterate it: own name · father's name."""
    if kazakh:
        return f"{rng.choice(KZ_MEN)}·{rng.choice(KZ_FATHERS)}"
    return f"{rng.choice(UY_MEN if sex == '男' else UY_WOMEN)}·{rng.choice(UY_FATHERS)}"


def uy_spelling(name: str) -> str:
    """The Uyghur spelling of a transliterated name (for the ID card's Uyghur line); "" for a Han name."""
    parts = name.split("·")
    if len(parts) != 2 or not all(p in UY_NAMES for p in parts):
        return ""
    return f"{UY_NAMES[parts[0]]} {UY_NAMES[parts[1]]}"


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "payment_voucher":  # the money paid out to the applicant, five days after it came in
        return c.extra["pay_day"] + timedelta(days=5)
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000; 1.5 % to 500,000; 1 % to 5,000,000."""
    fee = Decimal(50) + (min(amount, Decimal(500000)) - 10000) * Decimal("0.015")
    if amount > 500000:
        fee += (amount - 500000) * Decimal("0.01")
    return fee.quantize(Decimal("1"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """伊宁 parties. FRUIT_SEQ: a dried-fruit and 薰衣草精油 trading company wins this court's judgment for 杏干、葡萄干、
    巴旦木 and lavender oil against a 喀赞其 特产店's keeper, who settles and pays; HERD_SEQ: a 小额贷款 company enforces a
    notarised loan to a Kazakh herdsman (the 公证处's 公证书 and 执行证书), the herdsman gone from his winter pasture and
    nothing found — 终本, archived; BUILD_SEQ: a labour subcontractor wins this court's judgment for 工程款 against the
    general contractor of a housing block, whose account is frozen and debited."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {FRUIT_SEQ: "fruit", HERD_SEQ: "herd", BUILD_SEQ: "build"}[seq]
    c.firm = f"新疆{rng.choice(['伊犁河', '边城', '天马', '果子沟'])}律师事务所"
    c.extra["firm_addr"] = f"伊宁市{rng.choice(['斯大林街', '新华西路', '解放南路', '飞机场路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"16540{rng.randint(2012, 2021)}1{rng.randint(1000000, 9999999)}"
    c.agent = rng.choice([person_name(rng), uy_name(rng, rng.choice("男女"))])
    c.agent_phone = f"1{rng.choice(['39', '58', '80', '99'])}{rng.randint(10000000, 99999999)}99"[:11]
    c.officer = uy_name(rng, rng.choice("男女"))
    c.extra["in_bank"] = rng.choice(["新疆伊宁农村商业银行", "中国农业银行伊宁市分行", "伊犁哈萨克自治州分行营业部（建设银行）"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["badge"] = f"65400{rng.randint(1000, 9999)}"
    if tale(c) == "fruit":
        c.applicant = Party(f"伊犁{rng.choice(['香谷', '紫苑', '花语'])}干果精油贸易有限公司", "organisation",
                            credit_code(rng, "654002"), f"新疆伊宁市{rng.choice(['英也尔镇', '巴彦岱镇'])}"
                            f"{rng.choice(['喀拉亚尕奇', '阔坦'])}村{rng.randint(1, 200)}号", f"0999-80{rng.randint(10000, 99999)}",
                            legal_rep=uy_name(rng, "女"))
        sex = rng.choice("男女")
        born = date(rng.randint(1972, 1992), rng.randint(1, 12), rng.randint(1, 28))
        name = uy_name(rng, sex)
        c.respondent = Party(name, "person", id_number(rng, "654002", born),
                             f"新疆伊宁市{rng.choice(['解放南路', '新华东路', '阿合买提江街'])}{rng.randint(10, 300)}号",
                             f"137{rng.randint(10000000, 99999999)}", born=born, sex=sex)
        c.extra["shop"] = f"伊宁市{rng.choice(['喀赞其', '六星街'])}{name.split('·')[0]}民族特产店"
        c.extra["goods"] = "杏干、葡萄干、巴旦木及薰衣草精油"
        c.extra["cause"] = "买卖合同纠纷"
        c.basis_court = COURT
        c.basis_number = f"（2023）新4002民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.amount = Decimal(rng.randint(580, 1600)) * 100 + Decimal(rng.randint(0, 99))
    elif tale(c) == "herd":
        c.applicant = Party(f"伊犁{rng.choice(['天和', '丝路', '金阳'])}小额贷款有限公司", "organisation",
                            credit_code(rng, "654002"), f"新疆伊宁市{rng.choice(['上海路', '天津路', '广东路'])}"
                            f"{rng.randint(10, 400)}号{rng.randint(2, 9)}楼", f"0999-81{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        born = date(rng.randint(1975, 1993), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(uy_name(rng, kazakh=True), "person", id_number(rng, "654021", born),
                             f"新疆伊宁县{rng.choice(['萨地克于孜乡', '喀拉亚尕奇乡', '麻扎乡'])}{rng.choice(['阔克托别', '加哈', '萨尔布拉克'])}村"
                             f"{rng.randint(1, 150)}号", f"152{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["nation"] = "哈萨克族"
        c.extra["cause"] = "借款合同纠纷"
        c.basis_court = "新疆维吾尔自治区伊宁市公证处"
        c.extra["loan_no"] = f"（2022）新伊证经字第{rng.randint(300, 1800)}号"
        c.basis_number = c.extra["loan_no"]
        c.extra["cert_no"] = f"（2023）新伊证执字第{rng.randint(20, 160)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(15, 35))
        c.extra["principal"] = Decimal(rng.randint(8, 20)) * 10000
        c.extra["loan_day"] = date(2022, rng.randint(3, 6), rng.randint(1, 28))
        interest = (c.extra["principal"] * Decimal("0.128") * Decimal(rng.randint(14, 20)) / 12).quantize(Decimal("0.01"))
        c.extra["interest"] = interest
        c.amount = c.extra["principal"] + interest
        c.extra["sheep"] = rng.randint(40, 110)
    else:
        c.applicant = Party(f"伊犁{rng.choice(['恒达', '巴依', '天马'])}建筑劳务有限公司", "organisation",
                            credit_code(rng, "654002"), f"新疆伊宁市{rng.choice(['伊犁河路', '重庆路', '辽宁路'])}"
                            f"{rng.randint(10, 500)}号", f"0999-82{rng.randint(10000, 99999)}", legal_rep=uy_name(rng))
        c.respondent = Party(f"新疆{rng.choice(['华锦', '西域', '伊昌'])}建设工程有限公司", "organisation",
                             credit_code(rng, "650104"), f"新疆乌鲁木齐市新市区{rng.choice(['北京南路', '长春中路'])}"
                             f"{rng.randint(100, 900)}号", f"0991-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["project"] = f"伊宁市{rng.choice(['伊犁河畔', '西公园', '花城'])}小区{rng.randint(3, 9)}#、{rng.randint(10, 14)}#住宅楼"
        c.extra["cause"] = "建设工程分包合同纠纷"
        c.basis_court = COURT
        c.basis_number = f"（2023）新4002民初{rng.randint(8000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.amount = Decimal(rng.randint(4500, 12000)) * 100
        c.extra["r_bank"] = rng.choice(["中国建设银行乌鲁木齐北京路支行", "中国工商银行乌鲁木齐新市区支行"])
        c.extra["r_acct"] = f"6500{rng.randint(10**15, 10**16 - 1)}"
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(38, 46)) if tale(c) == "fruit" else c.day(rng.randint(14, 19))


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "herd":
        return f"{c.basis_court}{c.extra['loan_no']}具有强制执行效力的债权文书公证书及{c.extra['cert_no']}执行证书"
    return f"本院{c.basis_number}民事判决书"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def party_line(role: str, p: Party, c: CaseCtx) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    born = p.born or date(1985, 1, 1)
    nation = c.extra.get("nation", "维吾尔族")
    return ("h", f"{role}：{p.name}，{p.sex}，{nation}，{num_date(born)}出生，住{p.address}，公民身份号码{p.id_number}。")


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"{a.name}与{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", person_name(c_rng(c))), ("审判员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方提交的强制执行申请及相关材料本院已收到。经审查，你方申请执行{basis_title(c)}，符合立案条件，本院于"
                  f"{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。请你方在立案后七日内预交申请执行费；"
                  "如掌握被执行人财产线索，应及时书面告知本院。"),
            ("p", "你方可通过“新疆法院诉讼服务网”或12368诉讼服务热线查询案件进展。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，你方应预交申请执行费"
                  f"{money(c.extra['fee'])}。执行费最终由被执行人负担，本院执行到位后一并收取并退还你方。"),
            ("p", "请于收到本通知之日起七日内，持本通知书到新疆维吾尔自治区非税收入代收银行网点缴纳，缴费后将缴款书复印件交本院"
                  "立案庭。逾期不交又未申请缓交的，本院将依法处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}向本院申请执行{basis_title(c)}，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条的"
                  f"规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、依照民事诉讼法第二百六十四条的规定，加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']}元。"),
            ("p", f"{_you(r)}逾期不履行的，本院将依法查封、扣押、冻结、拍卖{_you(r)}的财产，并可采取限制消费、纳入失信被执行人"
                  "名单、限制出境等措施。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行{case}，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
                  f"责令{_you(r)}在收到本令之日起五日内，如实填写所附《财产申报表》，向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况。"),
            ("p", f"{_you(r)}拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人"
                  "名单；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        if tale(c) == "build":
            order = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）内存款"
                     f"{money(c.amount + c.extra['fee'])}。")
        else:
            order = f"冻结、扣划被执行人{r.name}名下银行存款{money(c.amount)}，或查封、扣押其同等价值的其他财产。"
        return court_paper(c, rng, "执行裁定书", [
            party_line("申请执行人", a, c), party_line("被执行人", r, c),
            ("p", f"本院在执行{case}中，被执行人未按执行通知书履行法律文书确定的义务。依照{LAW}第二百五十三条、第二百五十五条，"
                  "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench[:1] + bench[2:])
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "closing_notice":
        how = (f"双方于{cn_date(made_on(c, 'settlement_agreement'))}达成执行和解协议，被执行人已按协议履行完毕"
               if tale(c) == "fruit" else "本院依法冻结并扣划被执行人银行存款，执行款已全额到位")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}（案号{c.number}），{how}，案款已于{cn_date(c.extra['pay_day'] + timedelta(days=5))}"
                  "发放至你方账户。"),
            ("p", "本案生效法律文书确定的给付义务已全部履行，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = f"被执行人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"
        return court_paper(c, rng, "限制消费令", [
            ("h", who),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，限制被执行人不得实施"
                  "下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("h", f"被执行人：{r.name}，公民身份号码{r.id_number}，住{r.address}。"),
            ("p", f"本院在执行{case}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度，经本院传唤"
                  "无正当理由拒不到场。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第五项，第二条"
                  "第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之二"))
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


def c_rng(c: CaseCtx) -> random.Random:
    """A generator fixed by the case: the same second judge of the panel on every ruling of the case."""
    return random.Random(c.number)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    return court_paper(c, rng, "执行裁定书", [
        party_line("申请执行人", a, c), party_line("被执行人", r, c),
        ("p", f"申请执行人{a.name}与被执行人{r.name}借款合同纠纷一案，{c.basis_court}于{cn_date(c.basis_effective)}出具"
              f"{c.extra['cert_no']}执行证书，申请执行人据此及{c.extra['loan_no']}公证书向本院申请强制执行，本院于"
              f"{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
        ("p", "执行中，本院向被执行人户籍地及经常居住地送达执行通知书、报告财产令，均无法直接送达，依法公告送达。本院通过全国"
              "法院网络执行查控系统及新疆法院“点对点”查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金、保险等，"
              f"未发现可供执行的财产。{cn_date(made_on(c, 'investigation_record'))}，执行人员到被执行人户籍所在村及冬牧场"
              "实地调查，被执行人已于2023年离开本村，去向不明，其所贷款项购买的羊只已被出售，村民委员会及辖区派出所出具了"
              "下落不明的证明。本院已对被执行人发出限制消费令，并将其纳入失信被执行人名单。"),
        ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人的委托代理人，告知财产调查情况，申请执行人表示暂时"
              "无法提供其他财产线索，同意终结本次执行程序。"),
        ("p", f"本院认为，被执行人下落不明，经穷尽财产调查措施，未发现可供执行的财产。依照{LAW}第二百六十八条第六项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条，《最高人民法院关于严格规范终结本次"
              "执行程序的规定（试行）》第一条的规定，裁定如下："),
        ("p", "终结本次执行程序。"),
        ("p", f"本案尚未执行到位金额{money(c.amount)}。申请执行人发现被执行人有可供执行财产的，可以再次申请执行，"
              "再次申请不受申请执行时效期间的限制。被执行人负有继续履行的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], day=d, signers=bench[:1] + bench[2:])


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the bank; the bank's 回执 is returned on the lower third, filled and stamped by its clerk."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["新疆伊宁农村商业银行营业部", "中国农业银行伊宁市分行营业部"])
    if tale(c) == "build":
        ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount + c.extra['fee'])}，"
               "划入本院执行款专户（开户行：中国农业银行伊宁市分行）。")
    else:
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户存款，冻结期限一年，以{money(c.amount)}为限。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("n", f"附：本院{c.number}执行裁定书。执行人员：{c.officer}（执行公务证号{c.extra['badge']}）、{c.clerk}。"),
    ], day=d, number=c.number.replace("号", "号之一"))
    s = sheets[-1]
    y = s.height - mm(70)
    for x in range(LEFT, s.width - RIGHT, 26):
        s.line(x, y, x + 13, y, width=2, fill=(90, 90, 90))
    s.text(LEFT, y + mm(3), "（此联由协助执行单位填写后退回）", font("sans", 28))
    s.centred(y + mm(10), "协助执行回执", font("hei", 46), spacing=20)
    got = (f"已冻结并扣划{c.amount + c.extra['fee']:,.2f}元" if tale(c) == "build"
           else f"已冻结，账户余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元")
    s.text(LEFT, y + mm(21), f"{COURT}：", font("sans", 32))
    s.text(LEFT + mm(8), y + mm(27), f"你院{c.number.replace('号', '号之一')}协助执行通知书收悉，办理结果：", font("sans", 32))
    pen(s, LEFT + mm(10), y + mm(35), got, rng, size=40, ink=(30, 30, 30))
    bi_seal(s, s.width - RIGHT - mm(40), y + mm(40), bank, "بانكا", rng, radius=mm(16), inner="业务专用章")
    pen(s, s.width - RIGHT - mm(75), y + mm(50), num_date(d + timedelta(days=rng.randint(1, 3))), rng, size=36, ink=(30, 30, 30))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传票")
    s.right(s.width - RIGHT, y, c.number, body(36))
    y += mm(9)
    r = c.respondent
    w = s.width - LEFT - RIGHT
    rows = [[("案由", "دېلو سەۋەبى"), (c.extra["cause"] + "（执行）", "")],
            [("被传唤人", "چاقىرىلغۇچى"), (r.name, "")],
            [("住址", "ئادرېسى"), (r.address, "")],
            [("传唤事由", "چاقىرىش سەۋەبى"), ("接受执行询问，如实申报财产，说明不履行义务的原因", "")],
            [("应到时间", "كېلىش ۋاقتى"), (f"{num_date(d + timedelta(days=8))}上午10时30分（北京时间）", "")],
            [("应到处所", "كېلىش ئورنى"), ("伊宁市人民法院执行局一楼执行接待室", "")]]
    boxes = form_table(s, LEFT, y, [mm(42), w - mm(42)], rows, mm(17), size=34)
    y = boxes[-1][0][3] + mm(8)
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票及居民身份证。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、需要翻译的，请提前告知本院，本院免费提供维吾尔语、哈萨克语翻译。"]):
        s.text(LEFT + (0 if k == 0 else mm(5)), y, t, body(32))
        y += mm(7.5)
    y += mm(10)
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(10), y, when, body(38))
    bi_seal(s, s.width - RIGHT - mm(40), y + mm(2), COURT, UG_COURT_SHORT, rng)
    s.text(LEFT, y + mm(24), f"执行员　{c.officer}　　书记员　{c.clerk}", body(34))
    return [s]


QA: dict[str, list[tuple[str, str]]] = {
    "investigation_record": [
        ("问", "我们是伊宁市人民法院执行局的执行人员，这是我们的执行公务证。今天来向你了解被执行人的情况，你要如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你的身份？"),
        ("答", "我是本村村民委员会的主任，在村里工作八年了。"),
        ("问", "被执行人现在在哪里？"),
        ("答", "他去年春天把羊都卖了，说是去外地打工，冬牧场的房子一直锁着，家里人也说联系不上，不知道去哪里了。"),
        ("问", "他买的那群羊现在在哪里？"),
        ("答", "羊是2022年贷款下来以后从乡里的养殖户那里买的，去年春天在伊宁县的牲畜交易市场卖掉了，钱他拿走了。"),
        ("问", "他在村里有没有房子、草场承包经营权、拖拉机、车辆？"),
        ("答", "房子是他父亲的名字，草场是家里几口人一起承包的。拖拉机早卖了，没有车。"),
        ("问", "以上说的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，是告知本案的执行情况。本院已通过网络查控系统查询被执行人的存款、车辆、房产、证券、网络资金等，"
               "未发现可供执行的财产；执行人员到被执行人户籍地村委会和冬牧场实地调查，被执行人已离开，下落不明。你对此有无异议？"),
        ("答", "没有异议。我们公司的人也去找过，确实找不到人。"),
        ("问", "你方是否还有被执行人的其他财产线索？"),
        ("答", "暂时没有。"),
        ("问", "本院已对被执行人限制消费并纳入失信被执行人名单。鉴于目前无财产可供执行，本院拟终结本次执行程序，你方有何意见？"),
        ("答", "同意终结本次执行程序。以后发现他的财产或者他回来了，我们再申请恢复执行。"),
        ("问", "终本后五年内本院每六个月通过网络查控系统查询一次被执行人的财产，你方发现财产线索也可以随时申请恢复执行。"
               "你还有什么补充？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 on the bureau's bilingual record form: a ruled head block (time, place, who, the interpreter), then 问/答 in
    Noto serif with hanging answers; every page signed by hand at its foot by the person heard."""
    interview = code == "interview_record"
    title = "谈话笔录" if interview else "调查笔录"
    who = c.agent if interview else uy_name(rng, kazakh=True)
    place = "本院执行局谈话室" if interview else c.respondent.address.split("村")[0] + "村村民委员会"
    sheets = [Sheet()]
    s = sheets[0]
    y = form_title(s, title)
    w = s.width - LEFT - RIGHT
    interpreter = "无" if interview else f"{uy_name(rng, '女')}（哈萨克语）"
    rows = [[("时间", "ۋاقتى"), (f"{num_date(d)}{rng.choice(['10', '11', '15', '16'])}时{rng.choice(['00', '20', '40'])}分", ""),
             ("地点", "ئورنى"), (place, "")],
            [("执行人员", "ئىجراچى"), (c.officer, ""), ("记录人", "خاتىرىلىگۈچى"), (c.clerk, "")],
            [("被谈话人" if interview else "被调查人", ""), (f"{who}（申请执行人委托代理人）" if interview else f"{who}（村委会主任）", ""),
             ("翻译人员", "تەرجىمان"), (interpreter, "")]]
    boxes = form_table(s, LEFT, y, [mm(30), mm(60), mm(28), w - mm(118)], rows, mm(16), labels=(0, 2), size=31)
    y = boxes[-1][0][3] + mm(8)
    f = body(38)
    lead = 64
    tag_w = f.size * 2.2

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(30), "被询问人（签名）：", body(32))
        pen(sh, sh.width - RIGHT - mm(40), sh.height - mm(33), who, rng, size=44, ink=(20, 20, 20))

    for tag, text in QA[code]:
        for k, part in enumerate(wrap(text, f, w - tag_w)):
            if y + lead > s.height - mm(42):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("hei", 38))
            s.text(LEFT + tag_w, y, part, f)
            y += lead
    s.text(LEFT, y + 16, "以上笔录经宣读（翻译），被询问人确认无误。", body(34))
    pen(s, LEFT + mm(6), y + 80, "以上记录属实。", rng, size=44, ink=(20, 20, 20))
    foot(s)
    return folios(sheets, body(30))


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y, f"案号：{c.number}", body(34))
    y += mm(9)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    rows = [[("申请执行人", "ئىلتىماس قىلغۇچى"), (c.applicant.name, ""), ("被执行人", "ئىجرا قىلىنغۇچى"), (c.respondent.name, "")],
            [("执行依据", "ئىجرا ئاساسى"), (basis_title(c).replace("本院", COURT), "")],
            [("立案日期", ""), (num_date(c.filed_on), ""), ("执行标的", ""), (f"{c.amount:,.2f}元", "")],
            [("执行到位", ""), ("0元" if ttr else f"{c.amount:,.2f}元", ""), ("结案方式", ""), (how, "")],
            [("承办人意见", ""), ("", "")], [("合议庭意见", ""), ("", "")], [("局长审批", ""), ("", "")]]
    hs = [mm(19), mm(22), mm(14), mm(14), mm(52), mm(36), mm(36)]
    boxes = form_table(s, LEFT, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, hs, labels=(0, 2), size=31)
    view = ("被执行人下落不明，经网络查控、实地调查未发现可供执行财产，已限消、纳失，已约谈申请人，符合终本条件，建议终结本次执行程序。"
            if ttr else "被执行人已全部履行，案款已发放申请执行人，建议以执行完毕方式结案。")
    op = boxes[4][1]
    pen(s, op[0] + mm(4), op[1] + mm(4), view, rng, size=38, per_line=19, lead=mm(7.6))
    pen(s, op[2] - mm(62), op[3] - mm(10), f"{c.officer}　{d.month}月{d.day}日", rng, size=34)
    pen(s, boxes[5][1][0] + mm(6), boxes[5][1][1] + mm(6), "经合议，同意承办人意见。", rng, size=40)
    pen(s, boxes[5][1][2] - mm(45), boxes[5][1][3] - mm(11), c.judge, rng, size=40)
    pen(s, boxes[6][1][0] + mm(6), boxes[6][1][1] + mm(6), f"同意{how}。", rng, size=42, ink=(150, 20, 20))
    pen(s, boxes[6][1][2] - mm(62), boxes[6][1][3] - mm(11), f"{person_name(rng)}　{d.month}.{d.day}", rng, size=38,
        ink=(150, 20, 20))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
                 "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
                 "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the bilingual form. To the herdsman nothing could be handed: the 备考 notes the 公告送达."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice",
                                               "termination_this_round_ruling"))
    who = c.applicant if to_applicant else c.respondent
    missing = tale(c) == "herd" and not to_applicant
    s = Sheet()
    y = form_title(s, "送达回证")
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    papers = "；".join(f"{RECEIPT_NAMES.get(x, x)}一份" for x in served)
    rows = [[("案号", "دېلو نومۇرى"), (c.number, "")], [("送达文书名称及件数", "ھۆججەت نامى"), (papers, "")],
            [("受送达人", "تاپشۇرۇۋالغۇچى"), (who.name, "")], [("送达地址", "ئادرېسى"), (who.address, "")],
            [("受送达人签名或盖章", "ئىمزا"), ("", "")], [("签收日期", "ۋاقتى"), ("", "")], [("代收人及代收理由", ""), ("", "")],
            [("送达人", "يەتكۈزگۈچى"), ("", "")], [("送达方式", ""), ("公告送达" if missing else "直接送达", "")],
            [("备考", "ئىزاھات"), ("", "")]]
    hs = [mm(15), mm(24), mm(15), mm(19), mm(30), mm(15), mm(17), mm(15), mm(15), mm(26)]
    boxes = form_table(s, LEFT, y, [mm(46), w - mm(46)], rows, hs, size=31)
    right = [row[1] for row in boxes]
    if missing:
        pen(s, right[9][0] + mm(4), right[9][1] + mm(3), "受送达人下落不明，经村委会证实，已在人民法院公告网公告送达。",
            rng, size=34, per_line=24, lead=mm(7))
        pen(s, right[5][0] + mm(8), right[5][1] + mm(3), num_date(when), rng, size=38)
    else:
        sign = c.agent if to_applicant else (who.legal_rep if who.kind == "organisation" else who.name)
        pen(s, right[4][0] + mm(16), right[4][1] + mm(9), sign, rng, size=52, ink=(20, 20, 20))
        pen(s, right[5][0] + mm(8), right[5][1] + mm(3), num_date(when), rng, size=38, ink=(20, 20, 20))
    pen(s, right[7][0] + mm(8), right[7][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=38)
    bi_seal(s, right[5][2] - mm(42), right[5][1] + mm(4), COURT, UG_COURT_SHORT, rng, radius=mm(18))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: the archive's number boxes at the top left, the bilingual title, a framed table."""
    s = Sheet(paper=(238, 226, 196))
    ink = (70, 40, 30)
    grid = [[("全宗号", ""), ("年度", ""), ("卷号", "")], [("", ""), ("", ""), ("", "")]]
    form_table(s, LEFT, mm(16), [mm(28), mm(28), mm(28)], grid, [mm(8), mm(10)], labels=(0, 1, 2), size=26, ink=ink)
    pen(s, LEFT + mm(5), mm(25), "4002", rng, size=34, ink=(20, 20, 20))
    pen(s, LEFT + mm(33), mm(25), str(c.closed_on.year), rng, size=34, ink=(20, 20, 20))
    pen(s, LEFT + mm(61), mm(25), f"执{rng.randint(100, 999)}", rng, size=34, ink=(20, 20, 20))
    s.centred(mm(46), COURT, font("serif_bold", 54), spacing=4, fill=ink)
    ug_centred(s, mm(58), UG["执行卷宗"], ug_font(52, "naskh_bold"), fill=ink)
    s.centred(mm(72), "执 行 卷 宗", font("serif_bold", 104), spacing=30, fill=ink)
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    rows = [("案号", c.number), ("案由", c.extra["cause"]), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
            ("执行依据", c.extra.get("cert_no", c.basis_number)), ("执行标的", f"{c.amount:,.2f}元"),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("立案日期", num_date(c.filed_on)),
            ("结案日期", num_date(c.closed_on)), ("承办人", c.officer), ("书记员", c.clerk), ("归档日期", num_date(d)),
            ("保管期限", "永久" if ttr else "长期"), ("本卷页数", f"{rng.randint(60, 84)}页")]
    boxes = form_table(s, LEFT + mm(6), mm(100), [mm(40), w - mm(52)], [[(k, ""), ("", "")] for k, _ in rows], mm(11.5),
                       size=30, ink=ink)
    for (_k, v), row in zip(rows, boxes, strict=True):
        pen(s, row[1][0] + mm(5), row[1][1] + mm(2), v, rng, size=36, ink=(20, 20, 20))
    return [s]


CATALOGUE = [("执行申请书", 2), ("公证书（借款合同）", 5), ("执行证书", 2), ("财产线索表", 1), ("缴款书", 1),
             ("身份证明（申请执行人）", 2), ("身份证明（被执行人）", 1), ("授权委托书", 1), ("律师事务所函", 1),
             ("律师执业证复印件", 1), ("收款账户确认书", 1), ("送达地址确认书", 1), ("受理案件通知书", 1),
             ("交纳执行费通知书", 1), ("执行通知书", 1), ("报告财产令", 1), ("财产申报表", 1), ("网络查控结果", 2),
             ("执行裁定书（冻结）", 1), ("协助执行通知书及回执", 1), ("传票", 1), ("限制消费令", 1), ("失信决定书", 1),
             ("下落不明证明", 2), ("调查笔录", 2), ("谈话笔录", 2), ("执行裁定书（终本）", 2), ("结案审批表", 1),
             ("送达回证", 4), ("卷宗复核表", 1)]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="")
    s.text(LEFT, y - mm(4), f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - mm(4), f"立卷人：{c.clerk}", body(34))
    y += mm(6)
    w = s.width - LEFT - RIGHT
    rows = [[("序号", ""), ("文件材料名称", "ھۆججەت نامى"), ("起止页号", ""), ("备注", "")]]
    page = 1
    for i, (name, n) in enumerate(CATALOGUE, 1):
        rows.append([(str(i), ""), (name, ""), (f"{page}-{page + n - 1}" if n > 1 else str(page), ""), ("", "")])
        page += n
    boxes = form_table(s, LEFT, y, [mm(16), w - mm(70), mm(30), mm(24)], rows, [mm(12)] + [mm(7.4)] * len(CATALOGUE),
                       labels=(0, 2), size=27)
    pen(s, LEFT, boxes[-1][0][3] + mm(6), f"{c.clerk}　{num_date(d)}　共{len(CATALOGUE)}件{page - 1}页", rng, size=34)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案、结案信息与系统一致", "执行依据及生效证明（执行证书）齐全", "执行通知书、报告财产令已送达",
             "网络查控、实地调查材料齐全", "限制消费、纳入失信手续完备", "下落不明查找材料齐全",
             "约谈申请执行人笔录在卷", "终本裁定已送达", "卷内文书排列有序、页码准确", "电子卷宗与纸质卷宗一致"]
    rows = [[("案号", ""), (c.number, "")], [("承办人", ""), (f"{c.officer}　书记员：{c.clerk}", "")],
            [("复核项目", ""), ("复核结果", "")], *[[(t, ""), ("", "")] for t in items], [("复核意见", ""), ("", "")],
            [("复核人", ""), ("", "")]]
    hs = [mm(13), mm(13), mm(12)] + [mm(11.5)] * len(items) + [mm(34), mm(16)]
    boxes = form_table(s, LEFT, y, [mm(96), w - mm(96)], rows, hs, labels=(0,), size=29)
    for row in boxes[3:3 + len(items)]:
        pen(s, row[1][0] + mm(12), row[1][1] + mm(1.5), rng.choice(["√", "√ 是", "是"]), rng, size=40)
    pen(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(6), "材料完整，符合归档要求。", rng, size=40)
    pen(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", issuer="")
    s.text(LEFT, y - mm(4), f"卷内备考表　　案号：{c.number}", body(34))
    y += mm(8)
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(45), width=3)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", 38))
    ug_centred(s, y + mm(7), UG["备考表"], ug_font(26, "naskh"), x0=s.width / 2, x1=s.width - RIGHT)
    yy = pen(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{len(CATALOGUE)}件，{rng.randint(58, 64)}页（不含封面、目录、备考表）。",
             rng, size=40, per_line=21, lead=mm(10))
    pen(s, LEFT + mm(12), yy, "本案终结本次执行程序，被执行人下落不明，已限制消费并纳入失信名单；终本后材料入电子卷宗及证据袋。",
        rng, size=40, per_line=21, lead=mm(10))
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(15), f"{label}：", body(36))
        pen(s, LEFT + mm(116), base + k * mm(15) - 6, value, rng, size=42)
    return [s]
