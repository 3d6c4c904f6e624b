"""court_ib (湖南省张家界市永定区人民法院, held out): the town under 天门山 — 民宿 along the 索道 road, coach companies
carrying tour groups between 天门山 and 武陵源, 三下锅 restaurants fed by 湘西 tea oil. Its own papers in the bureau's
GB 宋 style (court_ib_kit); what it receives in the senders' styles (court_ib_papers). A court that stamps everything:
收文章 on every paper received, a numbering machine on every leaf, 骑缝章 across multi-page documents, white-out on the
forms (court_ib_kit); the volumes go through an office sheet-fed scanner in grey (court_ib_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    credit_code,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import A4, Sheet, mm
from dossier.corpus.families.court_ib_kit import (
    BLACK_PEN,
    COURT,
    FORM_PAPER,
    LEFT,
    RIGHT,
    TOP,
    Leaf,
    Pen,
    court_date,
    court_paper,
    folio,
    footer,
    form_title,
    gb,
    grid,
    received_stamp,
    round_seal,
    scrawl,
    seam_seal,
    song,
    whiteout,
)
from dossier.corpus.families.court_ib_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "interview_record", "investigation_record", "termination_this_round_ruling",
    "resumption_ruling", "resumption_notice", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
HOMESTAY_SEQ, COACH_SEQ, TEAOIL_SEQ = 9806, 9843, 9871
LAW = "《中华人民共和国民事诉讼法》"
UNNUMBERED = {"dossier_cover", "catalogue", "remarks_sheet"}
"""封面, 卷内目录 and 备考表 carry no leaf number"""
WHEN = {
    "homestay": {"objection_application": -1, "evidence": -1, "power_of_attorney": -3, "law_firm_letter": -2,
                 "lawyer_license": -2, "identity_proof": -2, "service_address_confirmation": 0, "acceptance_notice": 1,
                 "summons": 3, "investigation_record": 5, "interview_record": 8, "enforcement_ruling": 13,
                 "closing_approval_form": 15},
    "coach": {"resumption_application": -1, "effectiveness_certificate": -6, "power_of_attorney": -4,
              "law_firm_letter": -2, "lawyer_license": -2, "identity_proof": -2, "payment_account_confirmation": 0,
              "service_address_confirmation": 0, "resumption_ruling": 1, "acceptance_notice": 1, "payment_notice": 1,
              "resumption_notice": 2, "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 3,
              "enforcement_ruling": 4, "assistance_notice": 4, "investigation_record": 6, "property_declaration_form": 10,
              "sale": 48, "payment_voucher": 58, "closing_notice": 62, "closing_approval_form": 63,
              "file_review_form": 66, "remarks_sheet": 67, "catalogue": 67, "dossier_cover": 67},
    "teaoil": {"enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -2, "lawyer_license": -2,
               "identity_proof": -2, "property_clue_form": 0, "service_address_confirmation": 0,
               "payment_account_confirmation": 0, "acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 2,
               "enforcement_notice": 2, "property_report_order": 2, "online_inquiry_result": 3,
               "enforcement_ruling": 4, "assistance_notice": 4, "property_declaration_form": 9,
               "payment_voucher": 24, "closing_notice": 27, "closing_approval_form": 28},
}
DURATION = {"homestay": 15, "coach": 64, "teaoil": 28}
NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "resumption_ruling": "执行裁定书（恢复执行）", "resumption_notice": "恢复执行通知书", "summons": "传票",
         "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书", "sale": "执行裁定书（变卖）"}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=22)
    if code == "termination_this_round_ruling":
        d: date = c.extra["ttr_day"]
        return d
    return c.day(WHEN[tale(c)].get(code, 0))


def _person(rng: random.Random, region: str, address: str, *, sex: str = "", lo: int = 1966, hi: int = 1992) -> Party:
    born = date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    name = rng.choice("覃向田彭龚宋唐钟谷卓") + rng.choice(["春梅", "丽华", "艳", "小燕", "金凤", "玉兰", "建军", "志华", "国平",
                                                      "立新", "永红", "海波"])
    return Party(name, "person", id_number(rng, region, born), address, f"1{rng.choice('38579')}{rng.randint(10**8, 10**9 - 1)}",
                 born=born, sex=sex or rng.choice("男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """张家界 parties. HOMESTAY_SEQ: a woman who says she bought a 民宿 under 天门山 before this court seized it from its
    owner in another case objects (执异), is heard and rejected; COACH_SEQ: a travel agency's judgment against a coach
    company, 终本 last year, resumed (执恢) on a coach registered to the company's new 武陵源 branch, the coach sold and
    the money paid out, archived; TEAOIL_SEQ: a 湘西 tea-oil maker's sales judgment against a 三下锅 restaurant chain,
    its deposits frozen and deducted, paid out."""
    seq = int(c.number.split("执")[1].lstrip("异恢").rstrip("号"))
    story = {HOMESTAY_SEQ: "homestay", COACH_SEQ: "coach", TEAOIL_SEQ: "teaoil"}[seq]
    c.extra["tale"] = story
    c.closed_on = c.filed_on + timedelta(days=DURATION[story])
    c.extra["badge"] = f"4308{rng.randint(1000, 9999)}"
    c.extra["hand"] = rng.choice(["yc", "L", "ZH", "tw"])
    c.agent = person_name(rng)
    c.agent_phone = f"1{rng.choice('3578')}{rng.randint(10**8, 10**9 - 1)}"
    c.extra["licence"] = f"1430{rng.choice(['8', '1', '31'])}20{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["court_acct"] = f"4305{rng.randint(10**15, 10**16 - 1)}"
    if story == "homestay":
        c.firm = rng.choice(["湖南天门律师事务所", "湖南澧水律师事务所", "湖南张家界武陵律师事务所"])
        c.extra["firm_addr"] = f"张家界市永定区{rng.choice(['解放路', '大庸中路', '子午西路'])}{rng.randint(10, 300)}号"
        c.applicant = _person(rng, "430802", f"湖南省张家界市永定区{rng.choice(['南庄坪街道', '崇文街道'])}"
                              f"{rng.choice(['紫舞', '回龙', '人民'])}路{rng.randint(10, 200)}号", sex="女", lo=1978, hi=1990)
        c.respondent = _person(rng, rng.choice(["430802", "430821"]), f"湖南省张家界市永定区{rng.choice(['永定街道', '西溪坪街道'])}"
                               f"{rng.choice(['教场', '官黎坪', '桥头'])}社区{rng.randint(1, 12)}组", sex="男")
        c.extra["seller"] = _person(rng, "430802", f"湖南省张家界市永定区官黎坪街道{rng.choice(['天门', '金鞭', '大湾'])}"
                                    f"社区{rng.randint(1, 9)}组", sex="男", lo=1970, hi=1985)
        c.extra["inn"] = rng.choice(["云栖·天门", "山居·望门", "天门客舍", "半山·土家"]) + "民宿"
        c.extra["site"] = f"张家界市永定区官黎坪街道天门路{rng.randint(200, 600)}号"
        c.extra["cert"] = f"湘（2021）张家界市不动产权第{rng.randint(10000, 99999):07d}号"
        c.extra["orig"] = f"（2023）湘0802执{rng.randint(800, 2400)}号"
        c.extra["seized_on"] = date(2023, rng.randint(8, 10), rng.randint(1, 28))
        c.extra["sold_on"] = c.extra["seized_on"] - timedelta(days=rng.randint(40, 110))
        c.extra["price"] = Decimal(rng.randint(118, 168)) * 10000
        c.extra["paid"] = Decimal(rng.randint(40, 70)) * 10000
        c.extra["cause"] = "民间借贷纠纷"
        c.basis_court = COURT
        c.basis_number = f"（2023）湘0802民初{rng.randint(1000, 3999)}号"
        c.basis_effective = date(2023, rng.randint(4, 6), rng.randint(1, 28))
        c.amount = Decimal(rng.randint(420, 880)) * 1000
    elif story == "coach":
        c.firm = rng.choice(["湖南大庸律师事务所", "湖南张家界天子山律师事务所", "湖南索溪律师事务所"])
        c.extra["firm_addr"] = f"张家界市永定区{rng.choice(['迎宾路', '北正街', '崇文路'])}{rng.randint(10, 300)}号"
        c.applicant = Party(f"张家界{rng.choice(['湘西行', '天子山', '金鞭溪', '土家风'])}国际旅行社有限公司", "organisation",
                            credit_code(rng, "430802"), f"湖南省张家界市永定区{rng.choice(['大庸中路', '回龙路'])}"
                            f"{rng.randint(10, 300)}号{rng.randint(2, 9)}楼", f"0744-82{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"张家界{rng.choice(['武陵', '天门', '澧水'])}旅游客运有限公司", "organisation",
                             credit_code(rng, "430802"), f"湖南省张家界市永定区{rng.choice(['崇文街道', '南庄坪街道'])}"
                             f"汽车南站{rng.randint(1, 30)}号", f"0744-83{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.extra["branch"] = c.respondent.name.replace("有限公司", "有限公司武陵源分公司")
        c.extra["plate"] = f"湘G{rng.randint(1, 9)}{rng.randint(1000, 9999)}"
        c.extra["coach"] = rng.choice(["宇通牌ZK6119H", "金龙牌XMQ6110", "海格牌KLQ6112"]) + "大型普通客车"
        c.extra["registered"] = date(2023, 12, rng.randint(1, 28))
        c.extra["price"] = Decimal(rng.randint(210, 330)) * 1000
        c.extra["cause"] = "旅游包车合同纠纷"
        c.basis_court = COURT
        c.basis_number = f"（2022）湘0802民初{rng.randint(1000, 4999)}号"
        c.basis_effective = date(2022, rng.randint(9, 11), rng.randint(1, 28))
        c.previous_number = f"（2023）湘0802执{rng.randint(100, 900)}号"
        c.extra["prev_filed"] = date(2023, 1, rng.randint(5, 28))
        c.extra["ttr_day"] = date(2023, rng.randint(6, 8), rng.randint(1, 28))
        c.amount = Decimal(rng.randint(180, 260)) * 1000 + Decimal(rng.randint(0, 999))
        c.extra["bank"] = rng.choice(["张家界农村商业银行永定支行", "中国建设银行张家界分行营业部"])
        c.extra["acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    else:
        c.firm = rng.choice(["湖南湘西自治州武陵律师事务所", "湖南吉首峒河律师事务所", "湖南酉水律师事务所"])
        c.extra["firm_addr"] = f"湖南省吉首市{rng.choice(['人民北路', '世纪大道', '武陵东路'])}{rng.randint(10, 300)}号"
        county = rng.choice([("永顺县", "433127", ["芙蓉镇", "石堤镇"]), ("古丈县", "433126", ["默戎镇", "红石林镇"]),
                             ("保靖县", "433125", ["清水坪镇", "迁陵镇"])])
        c.extra["county"] = county[0]
        c.applicant = Party(f"{county[0].removesuffix('县')}{rng.choice(['酉水', '猛洞河', '武陵山'])}山茶油有限公司", "organisation",
                            credit_code(rng, county[1]), f"湖南省湘西土家族苗族自治州{county[0]}{rng.choice(county[2])}"
                            f"{rng.choice(['油茶', '高坪', '新寨'])}村", f"0743-{rng.randint(2000000, 8999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"张家界{rng.choice(['土家三下锅', '老院子', '天门山下'])}餐饮连锁管理有限公司", "organisation",
                             credit_code(rng, "430802"), f"湖南省张家界市永定区{rng.choice(['解放路', '人民路'])}"
                             f"{rng.randint(10, 300)}号", f"0744-82{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["stores"] = rng.randint(6, 14)
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["drums"] = rng.randint(90, 260)
        c.basis_court = COURT
        c.basis_number = f"（2023）湘0802民初{rng.randint(4000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.amount = Decimal(rng.randint(96, 310)) * 1000 + Decimal(rng.randint(0, 99)) / 100 * 100
        c.extra["r_bank"] = rng.choice(["中国工商银行张家界永定支行", "张家界农村商业银行城区支行"])
        c.extra["r_acct"] = f"1908{rng.randint(10**14, 10**15 - 1)}"
        c.extra["bank"] = rng.choice(["湖南吉首农村商业银行营业部", "中国农业银行永顺县支行"])
        c.extra["acct"] = f"8201{rng.randint(10**13, 10**14 - 1)}"
    c.extra["fee"] = _fee(c.amount)


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, then 1.5% to 500,000, 1% above."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    return f"本院{c.basis_number}民事判决书"


def received_on(c: CaseCtx, code: str, rng: random.Random) -> date:
    d = made_on(c, code)
    if d <= c.filed_on:
        return c.filed_on
    return d + timedelta(days=rng.randint(0, 2))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        sheets = received(code, c, rng, served, made_on(c, code))
        for k, s in enumerate(sheets):
            if k == 0 or s.starts_document:
                received_stamp(s, received_on(c, code, rng), rng, initials=str(c.extra["hand"]))
    else:
        sheets = _own(code, c, rng, served)
    if code not in UNNUMBERED:
        for s in sheets:
            c.extra["leaf"] = int(c.extra.get("leaf", 0)) + 1
            folio(s, int(c.extra["leaf"]), rng)
    return sheets


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _who(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"),
                ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，土家族，住{p.address}，公民身份号码{p.id_number}。")]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, "sale" if "sale" in served else code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        if t == "homestay":
            return court_paper(c, rng, "受理案件通知书", [
                ("to", f"{a.name}："),
                ("p", f"你对本院{c.extra['orig']}案件中查封{c.extra['site']}房屋（{c.extra['inn']}）提出的书面异议，本院已于"
                      f"{court_date(c.filed_on)}立案审查，案号为{c.number}。"),
                ("p", "本院将依法组成合议庭审查，并通知你参加听证。审查期间，不停止对该房屋的查封，但本院不对其进行处分。"),
                ("p", f"本案联系人：{c.officer}，联系电话{c.court.phone}。"), ("p", "特此通知。")], day=d)
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你单位申请执行{r.name}{c.extra['cause']}一案，经审查，符合立案条件，本院已于{court_date(c.filed_on)}立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。你单位发现被执行人财产线索的，请及时书面提交本院。"),
            ("p", "特此通知。")], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{_case(c)}，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费人民币{c.extra['fee']}元。"
                  "该费用由申请执行人预交，执行后由被执行人负担。"),
            ("p", "请自收到本通知次日起七日内到本院诉讼服务中心窗口或通过湖南省非税收入电子缴款渠道交纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{court_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"), ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你方采取限制消费、纳入失信被执行人名单等措施。"),
        ], day=d, signers=staff)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}自收到本令之日起五日内，如实填写所附"
                  "财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单。"),
        ], day=d, signers=staff)
    if code == "enforcement_ruling":
        return _ruling(c, rng, served, d, bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code in ("interview_record", "investigation_record"):
        return _record(c, rng, code, d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_who("申请执行人", a), *_who("被执行人", r),
            ("p", f"本院在执行{_case(c)}中，{basis_title(c)}已经发生法律效力。本院于{court_date(c.extra['prev_filed'])}立案执行，"
                  f"执行标的{money(c.amount)}。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统查询被执行人的存款、车辆、不动产、"
                  "证券等财产，并到被执行人经营场所调查。被执行人名下原有营运客车均已设定抵押并被抵押权人处置，未发现其他可供执行的"
                  "财产。本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。申请执行人经本院约谈，"
                  "同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("c", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench, number=c.previous_number.replace("号", "号之二"))
    if code == "resumption_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_who("申请执行人", a), *_who("被执行人", r),
            ("p", f"本院在执行{_case(c)}中，于{court_date(c.extra['ttr_day'])}作出{c.previous_number}之二执行裁定，终结本次执行程序。"),
            ("p", f"{num_date(made_on(c, 'resumption_application'))}，申请执行人向本院申请恢复执行，并提供被执行人名下号牌为"
                  f"{c.extra['plate']}的{c.extra['coach']}一辆（登记在被执行人{c.extra['branch']}名下）的财产线索。经本院核查属实。"),
            ("p", "本院认为，终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以申请恢复执行。依照《最高人民法院关于"
                  "严格规范终结本次执行程序的规定（试行）》第九条的规定，裁定如下："),
            ("c", f"恢复对{basis_title(c).removeprefix('本院')}的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=[("执行员", c.officer), ("书记员", c.clerk)])
    if code == "resumption_notice":
        return court_paper(c, rng, "恢复执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{_case(c)}，已于{court_date(c.extra['ttr_day'])}裁定终结本次执行程序。现申请执行人提供了你公司"
                  f"{c.extra['branch']}名下车辆的财产线索，本院已裁定恢复执行，案号为{c.number}。"),
            ("p", f"请你公司自收到本通知之日起立即履行{basis_title(c)}确定的义务，并不得转移、隐匿、出租号牌为{c.extra['plate']}的车辆。"),
        ], day=d, signers=staff)
    if code == "closing_notice":
        how = ("号牌为" + c.extra["plate"] + "的客车经本院依法变卖，价款已转入你单位账户" if t == "coach"
               else "本院已冻结并扣划被执行人银行存款，执行款已转入你公司账户")
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}，生效法律文书确定的给付义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以“执行完毕”方式结案。"),
            ("p", "特此通知。")], day=d)
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


def _ruling(c: CaseCtx, rng: random.Random, served: list[str], d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    if t == "homestay":
        s = c.extra["seller"]
        return court_paper(c, rng, "执行裁定书", [
            ("h", f"案外人（异议人）：{a.name}，女，{num_date(a.born or date(1985, 1, 1))}出生，住{a.address}，"
                  f"公民身份号码{a.id_number}。"),
            ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            *_who("申请执行人", r), *_who("被执行人", s),
            ("p", f"本院在执行申请执行人{r.name}与被执行人{s.name}{c.extra['cause']}一案（{c.extra['orig']}）中，案外人{a.name}"
                  f"对本院查封{c.extra['site']}房屋（{c.extra['inn']}）提出书面异议。本院受理后依法组成合议庭审查，并于"
                  f"{court_date(made_on(c, 'interview_record'))}举行听证，案外人及其委托诉讼代理人、申请执行人到场参加，被执行人"
                  "经传唤未到场。本案现已审查终结。"),
            ("p", f"{a.name}称，其于{court_date(c.extra['sold_on'])}与{s.name}签订《房屋买卖合同》，以{money(c.extra['price'])}"
                  f"购买该房屋，已通过银行转账支付{c.extra['paid']:,.0f}元，因该房屋尚有银行抵押未能办理过户，请求解除查封。"),
            ("p", f"{r.name}称，该房屋在查封时仍由{s.name}以{c.extra['inn']}名义对外经营，买卖合同系倒签，请求驳回异议。"),
            ("p", f"本院查明，{c.extra['cert']}登记的权利人为{s.name}。本院于{court_date(c.extra['seized_on'])}查封该房屋时，"
                  f"{c.extra['inn']}的营业执照、收款码均在{s.name}名下，现场员工由{s.name}雇请。{a.name}提交的转账记录载明的"
                  f"款项合计{c.extra['paid']:,.0f}元，未达合同约定价款的一半，余款未交付本院执行。"),
            ("p", f"本院认为，金钱债权执行中，买受人对登记在被执行人名下的不动产提出异议，应当同时符合在查封之前已合法占有该不动产、"
                  f"已支付全部价款或者按约支付部分价款且将剩余价款交付执行等条件。{a.name}未能证明其在查封之前已合法占有该房屋，"
                  "亦未支付全部价款，其异议不符合《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十八条规定的"
                  f"情形。依照{LAW}第二百三十八条，《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》第二十八条的"
                  "规定，裁定如下："),
            ("c", f"驳回案外人{a.name}的异议。"),
            ("p", "案外人、当事人对本裁定不服，认为原判决、裁定错误的，依照审判监督程序办理；与原判决、裁定无关的，可以自本裁定"
                  "送达之日起十五日内向人民法院提起诉讼。"),
        ], day=d, signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)])
    if "sale" in served:
        return court_paper(c, rng, "执行裁定书", [
            *_who("申请执行人", a), *_who("被执行人", r),
            ("p", f"本院在执行{_case(c)}中，于{court_date(made_on(c, 'enforcement_ruling'))}扣押了被执行人{c.extra['branch']}"
                  f"名下号牌为{c.extra['plate']}的{c.extra['coach']}一辆。经委托评估，该车价值{c.extra['price']:,.0f}元。"
                  "经两次网络司法拍卖均流拍，申请执行人不同意以物抵债，本院依法予以变卖。"),
            ("p", f"{num_date(d - timedelta(days=5))}，买受人{person_name(rng)}以{money(c.extra['price'] * Decimal('0.64'))}"
                  "的价格竞得该车，并已交清全部价款。依照《最高人民法院关于人民法院网络司法拍卖若干问题的规定》第二十二条、"
                  "第二十六条的规定，裁定如下："),
            ("p", f"一、被执行人{r.name}（{c.extra['branch']}）所有的号牌为{c.extra['plate']}的{c.extra['coach']}一辆的所有权"
                  "自本裁定送达买受人时起转移；"),
            ("p", "二、买受人可持本裁定书到车辆管理机关办理相关产权过户登记手续。"),
            ("p", "本裁定送达后即发生法律效力。"),
        ], day=d, signers=bench, number=c.number.replace("号", "号之二"))
    if t == "coach":
        order = (f"查封、扣押被执行人{r.name}（{c.extra['branch']}）名下号牌为{c.extra['plate']}的{c.extra['coach']}一辆，"
                 "并予以拍卖、变卖，所得价款清偿本案债务。")
    else:
        order = f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
    return court_paper(c, rng, "执行裁定书", [
        *_who("申请执行人", a), *_who("被执行人", r),
        ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{court_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务。"
              f"依照{LAW}第二百五十三条、第二百五十五条、第二百五十八条的规定，裁定如下："),
        ("p", order), ("p", "本裁定立即执行。"),
    ], day=d, signers=bench, number=c.number.replace("号", "号之一"))


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "coach":
        to = "张家界市公安局交通警察支队车辆管理所"
        ask = [f"查封被执行人{r.name}（{c.extra['branch']}）名下号牌为{c.extra['plate']}的{c.extra['coach']}一辆，查封期间不得"
               "办理过户、抵押、变更登记手续。查封期限二年。"]
    else:
        to = c.extra["r_bank"]
        ask = [f"冻结并扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款"
               f"{money(c.amount)}，划至本院执行款专户（账号{c.extra['court_acct']}）。"]
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{_case(c)}，依照{LAW}第二百五十三条、第二百五十五条的规定，请协助执行下列事项："),
        *[("p", x) for x in ask],
        ("n", f"附：{c.number.replace('号', '号之一')}执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、"
              f"{c.clerk}。"),
    ], day=d, number=c.number.replace("号", "号之一"))
    s = sheets[-1]
    y = A4[1] - mm(70)
    s.line(LEFT, y, A4[0] - RIGHT, y, width=1)
    s.text(LEFT, y + 14, gb("（回执）本院协助执行通知书已收到，已于　　年　　月　　日办理完毕。"), song(34))
    s.text(A4[0] - RIGHT - mm(66), y + 80, "协助执行单位（盖章）", song(34))
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    y = form_title(s, "传票")
    s.right(A4[0] - RIGHT, y - 20, gb(c.number), song(36))
    w = A4[0] - LEFT - RIGHT
    a = c.applicant
    hearing = made_on(c, "interview_record")
    rows = [["案　由", "案外人执行异议"], ["被传唤人", f"{a.name}（案外人）"], ["工作单位或住址", a.address],
            ["传唤事由", "参加执行异议听证"], ["应到时间", f"{num_date(hearing)}上午9时30分"],
            ["应到处所", "本院第五审判庭（执行异议听证室）"]]
    boxes = grid(s, LEFT, y + 40, [mm(44), w - mm(44)], rows, song(36), heights=mm(17))
    y = boxes[-1][-1][3] + 50
    for k, line in enumerate(["注意事项：", "一、被传唤人应携带本传票、身份证件及证据原件准时到达；",
                              "二、无正当理由拒不到场的，按撤回异议处理；", "三、本传票第二联由被传唤人签收后交回。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, line, song(34))
        y += 56
    y += 50
    when = court_date(d)
    s.right(A4[0] - RIGHT - mm(10), y, when, song(38))
    round_seal(s, A4[0] - RIGHT - mm(45), y + 14, COURT, rng)
    s.text(LEFT, y + 130, f"审判员：{c.officer}　书记员：{c.clerk}　电话：{c.court.phone}", song(34))
    return [s]


QA = {
    "homestay_investigation_record": [
        ("问", "我们是永定区人民法院执行局的工作人员（出示证件），今天到天门路对查封的房屋进行现场调查，请你如实说明情况。"),
        ("答", "好的。"), ("问", "你在这里做什么工作？"), ("答", "我在民宿做前台，快两年了。"),
        ("问", "这家民宿现在是谁在经营？工资是谁发给你？"), ("答", "一直是{seller}老板在管，工资是他微信转给我。"),
        ("问", "你认识{applicant}吗？她有没有来管理过民宿？"), ("答", "听说过，去年来看过几次房子，没有管过店里的事。"),
        ("问", "民宿的收款码是谁的？"), ("答", "前台的收款码是{seller}老板的。"),
    ],
    "coach_investigation_record": [
        ("问", "我们是永定区人民法院的执行人员（出示工作证），依法扣押号牌为{plate}的客车。你是什么人？"),
        ("答", "我是{branch}的驾驶员，这台车平时跑武陵源到天门山的线路。"),
        ("问", "车辆的行驶证、钥匙在哪里？"), ("答", "行驶证在车上，钥匙在我这里。"),
        ("问", "本院现依法扣押该车，车辆停放于本院指定停车场，你是否清楚？"), ("答", "清楚，我打电话跟公司说一声。"),
        ("问", "车上有无乘客行李和个人物品？"), ("答", "没有乘客，只有我的一个水杯。"),
    ],
    "homestay_interview_record": [
        ("审", "现在进行听证。核对当事人身份。案外人{applicant}及其委托诉讼代理人{agent}，申请执行人{respondent}到庭，"
               "被执行人{seller}经传唤未到庭。各方对出庭人员身份有无异议？"),
        ("答", "没有异议。"),
        ("审", "由案外人陈述异议请求和理由。"),
        ("代", "请求解除对天门路房屋的查封。我方在查封前签订了买卖合同，支付了购房款，因银行抵押没有解除才未过户。"),
        ("审", "申请执行人发表意见。"),
        ("钟", "不同意。查封的时候民宿还是{seller}在经营，合同是事后补签的，转账也只付了一部分。"),
        ("审", "案外人，你在查封前是否实际入住或者经营该民宿？"),
        ("答", "还没有，准备过户以后再接手。"),
        ("审", "剩余房款是否已经支付或者交付本院？"),
        ("答", "余款约定过户时付，现在还没有付。"),
        ("审", "各方还有无补充？"),
        ("答", "没有。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """笔录 on the bureau's lined paper: a typed head, 问/答 typed, each page signed at the foot by hand."""
    t = tale(c)
    key = f"{t}_{code}"
    hearing = code == "interview_record"
    title = "听证笔录" if hearing else ("扣押笔录" if t == "coach" else "调查笔录")
    fill = {"applicant": c.applicant.name, "respondent": c.respondent.name, "agent": c.agent,
            "seller": c.extra["seller"].name if "seller" in c.extra else "", "plate": c.extra.get("plate", ""),
            "branch": c.extra.get("branch", "")}
    place = {"homestay_investigation_record": c.extra.get("site", ""), "coach_investigation_record": "武陵源区汽车站停车场",
             "homestay_interview_record": "本院第五审判庭"}[key]
    who = {"homestay_investigation_record": person_name(rng) + "（民宿前台员工）",
           "coach_investigation_record": person_name(rng) + "（驾驶员）",
           "homestay_interview_record": f"{c.applicant.name}、{c.agent}、{c.respondent.name}"}[key]
    s = Leaf()
    s.centred(TOP - mm(6), title, font("serif_bold", 72), spacing=30)
    body = song(38)
    head = [f"时间：{num_date(d)}　{rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '10', '30'])}分至"
            f"{rng.choice([10, 11, 16])}时{rng.choice(['05', '20', '40'])}分",
            f"地点：{place}", f"案号：{c.number}",
            (f"合议庭：审判长{c.judge}，审判员{c.officer}　记录：{c.clerk}" if hearing
             else f"执行人员：{c.officer}、{person_name(rng)}　记录人：{c.clerk}"),
            f"{'参加人' if hearing else '被调查人'}：{who}"]
    pen = Pen([s], TOP + mm(16))
    for line in head:
        pen.para(line, body, lead=62)
    pen.y += 20
    signer = c.applicant.name if hearing else who.split("（")[0]

    def foot(sh: Sheet) -> None:
        sh.text(LEFT, A4[1] - mm(30), "被询问人（签名）：", song(32))
        scrawl(sh, LEFT + mm(46), A4[1] - mm(33), signer, rng, size=48, ink=BLACK_PEN)

    for tag, text in QA[key]:
        said = text.format(**fill)
        before = len(pen.sheets)
        pen.para(f"{tag}：{said}", body, lead=62, hang=body.size * 2)
        if len(pen.sheets) > before:
            for sh in pen.sheets[before - 1:-1]:
                foot(sh)
    pen.need(200)
    pen.s.text(LEFT, pen.y + 10, "以上笔录经本人阅看，记录属实。", body)
    scrawl(pen.s, LEFT + mm(8), pen.y + 80, "以上笔录我看过，与我说的一样。", rng, size=44, ink=BLACK_PEN)
    foot(pen.s)
    footer(pen.sheets)
    seam_seal(pen.sheets, COURT, rng)
    return list(pen.sheets)


def _form(title: str, *, issuer: str = COURT) -> tuple[Leaf, float]:
    s = Leaf(paper=FORM_PAPER)
    return s, form_title(s, title, issuer=issuer)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    t = tale(c)
    s, y = _form("执行案件结案审批表" if t != "homestay" else "执行异议案件结案审批表")
    w = A4[0] - LEFT - RIGHT
    f = song(34)
    if t == "homestay":
        rows = [["案　号", gb(c.number), "立案日期", num_date(c.filed_on)],
                ["异议人", c.applicant.name, "执行案号", gb(c.extra["orig"])],
                ["异议标的", f"{c.extra['site']}房屋"], ["审查结果", "驳回异议"], ["承办人意见", ""],
                ["合议庭意见", ""], ["庭（局）长意见", ""]]
    else:
        rows = [["案　号", gb(c.number), "立案日期", num_date(c.filed_on)],
                ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
                ["执行标的", f"{c.amount:,.2f}元", "执行到位", ""], ["结案方式", "执行完毕"], ["承办人意见", ""],
                ["合议庭意见", ""], ["局长意见", ""]]
    hs = [mm(15)] * 4 + [mm(56), mm(34), mm(34)]
    boxes = grid(s, LEFT, y, [mm(34), mm(62), mm(30), w - mm(126)], rows, f, heights=hs, labels=(0, 2))
    if t != "homestay":
        cell = boxes[2][3]
        whiteout(s, cell[0] + mm(3), cell[1] + mm(3), f"{c.amount + 1000:.2f}", f"{c.amount:.2f}", rng, size=32)
    view = {"homestay": "案外人未能证明查封前已合法占有，亦未付清价款，异议不成立，建议驳回。",
            "coach": "恢复执行后扣押客车并依法变卖，价款已发放申请执行人，义务履行完毕，建议以执行完毕结案。",
            "teaoil": "已扣划被执行人存款，执行款已发放申请执行人，建议以执行完毕结案。"}[t]
    op = boxes[4][1]
    yy = op[1] + mm(5)
    for k in range(0, len(view), 20):
        scrawl(s, op[0] + mm(4), yy, view[k:k + 20], rng, size=38)
        yy += mm(8)
    scrawl(s, op[2] - mm(70), op[3] - mm(11), f"{c.officer}  {d.month}.{d.day}", rng, size=36)
    scrawl(s, boxes[5][1][0] + mm(4), boxes[5][1][1] + mm(6), "同意。", rng, size=40)
    scrawl(s, boxes[5][1][2] - mm(40), boxes[5][1][3] - mm(11), c.judge, rng, size=38)
    scrawl(s, boxes[6][1][0] + mm(4), boxes[6][1][1] + mm(6), "同意结案。", rng, size=40, ink=BLACK_PEN)
    scrawl(s, boxes[6][1][2] - mm(40), boxes[6][1][3] - mm(11), person_name(rng), rng, size=38, ink=BLACK_PEN)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice", "summons")) or (
        tale(c) == "homestay")
    who = c.applicant if to_applicant else c.respondent
    s, y = _form("送达回证")
    w = A4[0] - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(NAMES.get(x, x) for x in served)
    rows = [["案号", gb(c.number)], ["送达文书名称及件数", f"{papers}各一份"], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["送达方式", ""], ["备考", ""]]
    hs = [mm(15), mm(24), mm(15), mm(20), mm(30), mm(17), mm(18), mm(17), mm(15), mm(24)]
    boxes = grid(s, LEFT, y, [mm(48), w - mm(48)], rows, song(35), heights=hs)
    v = [b[1] for b in boxes]
    sign = who.legal_rep if who.kind == "organisation" else who.name
    scrawl(s, v[4][0] + mm(16), v[4][1] + mm(9), sign, rng, size=56)
    wrong = when + timedelta(days=rng.choice([-10, 10, 30]))
    whiteout(s, v[5][0] + mm(10), v[5][1] + mm(3), f"{wrong.year}.{wrong.month}.{wrong.day}",
             f"{when.year}.{when.month}.{when.day}", rng, size=40)
    scrawl(s, v[7][0] + mm(10), v[7][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, ink=BLACK_PEN)
    scrawl(s, v[8][0] + mm(10), v[8][1] + mm(2), "直接送达" if to_applicant else "邮寄送达（EMS）", rng, size=40)
    round_seal(s, v[5][2] - mm(45), v[5][1] + mm(6), COURT, rng, r=mm(19))
    s.text(LEFT, v[-1][3] + 26, "注：受送达人拒绝签收的，送达人应在备考栏内记明拒收事由和日期。", song(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff board: 全宗号/目录号/卷号 strip at the top left, the particulars typed on a label."""
    s = Leaf(paper=(236, 226, 200))
    grid(s, LEFT, mm(16), [mm(26), mm(26), mm(26)], [["全宗号", "年度", "卷号"], ["", "", ""]], song(28),
         heights=[mm(8), mm(10)], labels=(0, 1, 2))
    scrawl(s, LEFT + mm(5), mm(25), "302", rng, size=34, ink=BLACK_PEN)
    scrawl(s, LEFT + mm(29), mm(25), str(c.filed_on.year), rng, size=34, ink=BLACK_PEN)
    scrawl(s, LEFT + mm(56), mm(25), str(rng.randint(100, 700)), rng, size=34, ink=BLACK_PEN)
    s.centred(mm(56), COURT, font("hei", 62), spacing=8)
    s.centred(mm(80), "执行卷宗", font("serif_bold", 120), spacing=60)
    s.centred(mm(104), "（正　卷）", song(44))
    rows = [["案　号", gb(c.number)], ["原案号", gb(c.previous_number)], ["案　由", c.extra["cause"]],
            ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", f"{c.basis_number}民事判决书"],
            ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "执行完毕"], ["立案日期", num_date(c.filed_on)],
            ["结案日期", num_date(c.closed_on)], ["承办人", f"{c.officer}　书记员{c.clerk}"], ["归档日期", num_date(d)],
            ["保管期限", "长期"]]
    w = A4[0] - LEFT - RIGHT - mm(16)
    grid(s, LEFT + mm(8), mm(124), [mm(40), w - mm(40)], [[k, gb(v)] for k, v in rows], song(36), heights=mm(11.5))
    s.text(LEFT + mm(8), mm(124) + 13 * mm(11.5) + mm(8), "本卷共　　　页", song(38))
    scrawl(s, LEFT + mm(33), mm(124) + 13 * mm(11.5) + mm(6), str(rng.randint(40, 52)), rng, size=40, ink=BLACK_PEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["恢复执行申请书", "民事判决书", "生效证明书", "执行裁定书（终本）", "身份证明（申请执行人）", "授权委托书",
             "身份证明（被执行人）", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书", "执行裁定书（恢复执行）",
             "恢复执行通知书", "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果",
             "执行裁定书（查封、扣押）", "协助执行通知书", "扣押笔录", "执行裁定书（变卖）", "银行业务回单", "结案通知书",
             "结案审批表", "送达回证", "卷宗复核表"]
    s = Leaf()
    y = form_title(s, "卷内目录", issuer="")
    s.text(LEFT, y - 30, gb(f"案号：{c.number}"), song(34))
    w = A4[0] - LEFT - RIGHT
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 2 if name in ("民事判决书", "执行裁定书（终本）", "执行裁定书（变卖）") else 1
    grid(s, LEFT, y + 20, [mm(20), w - mm(62), mm(22), mm(20)], rows, song(30), heights=mm(7.4), labels=(0, 2))
    scrawl(s, LEFT, A4[1] - mm(24), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=36, ink=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s, y = _form("卷宗复核表")
    w = A4[0] - LEFT - RIGHT
    points = ["法律文书齐全，送达手续完备", "执行款收付凭证完整", "卷内文件排列有序", "页号连续、无漏号重号",
              "卷内目录填写准确", "电子卷宗与纸质卷宗一致"]
    rows = [["案　号", gb(c.number)], ["承办人", c.officer], ["结案日期", num_date(c.closed_on)], ["复核项目", "复核情况"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(16)]
    boxes = grid(s, LEFT, y, [mm(86), w - mm(86)], rows, song(33), heights=hs)
    for row in boxes[4:4 + len(points)]:
        scrawl(s, row[1][0] + mm(12), row[1][1] + mm(2), "√", rng, size=44)
    scrawl(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(8), "经复核，材料齐全，同意归档。", rng, size=40)
    scrawl(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(2), f"{c.officer}　{num_date(d)}", rng, size=38)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    y = form_title(s, "备考表", issuer="")
    s.text(LEFT, y - 30, gb(f"案号：{c.number}"), song(34))
    x1 = A4[0] - RIGHT
    s.box(LEFT, y + 20, x1, A4[1] - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(12), "卷内情况说明：", song(40))
    n = int(c.extra.get("leaf", 40))
    scrawl(s, LEFT + mm(14), y + mm(26), f"本卷共有文件材料{n}页，其中照片0张。", rng, size=42)
    scrawl(s, LEFT + mm(14), y + mm(38), "执行款已全部发放，无未了事项。", rng, size=42)
    base = A4[1] - mm(100)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(92), base + k * mm(16), label, song(38))
        scrawl(s, LEFT + mm(124), base + k * mm(16) - 6, value, rng, size=42, ink=BLACK_PEN)
    return [s]

