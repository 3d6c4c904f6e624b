"""court_hi (湖北省襄阳市襄城区人民法院, held out): 襄阳's old town inside the walls, 檀溪 and 庞公 on the 汉江, the
卧龙 hills to the south-west. Three dossiers: building workers who enforce a wage award of the 襄城区劳动人事争议仲裁委员会
together against their labour subcontractor, filling the window's forms by hand (WAGE_SEQ); a 卧龙人民法庭 mediation
for a maize harvester bought on credit, the buyer with nothing left (LOAN_SEQ); a beef wholesaler's judgment against a
牛肉面 company, settled and withdrawn (BEEF_SEQ). The bureau's own papers in court_hi_kit's style; what it receives in
its makers' styles (court_hi_papers); the window's 高拍仪 and the bureau's flatbed (court_hi_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_hi_kit import (
    BALLPOINT,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body,
    bureau_paper,
    folio,
    form_title,
    frame,
    signs,
    writes,
    writes_lines,
)
from dossier.corpus.families.court_hi_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "online_inquiry_result", "closing_notice", "closing_approval_form",
    "termination_this_round_ruling", "termination_ruling", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "service_receipt", "dossier_cover",
    "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
WAGE_SEQ, LOAN_SEQ, BEEF_SEQ = 5716, 5743, 5768
LAW = "《中华人民共和国民事诉讼法》"
ARB = "襄阳市襄城区劳动人事争议仲裁委员会"
TRIBUNAL = "襄阳市襄城区人民法院卧龙人民法庭"
WHEN = {"fee_receipt": 0, "acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2,
        "property_report_order": 2, "online_inquiry_result": 3, "enforcement_ruling": 7, "assistance_notice": 7,
        "property_declaration_form": 9, "summons": 16, "investigation_record": 24, "consumption_restriction_order": 29,
        "dishonest_list_decision": 29, "settlement_agreement": 26}
CLOSING = {"interview_record": 18, "termination_this_round_ruling": 7, "termination_ruling": 7, "closing_notice": 3,
           "closing_approval_form": 2, "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5,
           "dossier_cover": -6}
"""days before the closing date (negative: after it, when the volume is bound)"""
TRADES = ("钢筋工", "木工", "泥瓦工", "架子工", "杂工")
HOME = (("420624", "南漳县", ["武安镇", "九集镇", "李庙镇"]), ("420683", "枣阳市", ["琚湾镇", "七方镇", "太平镇"]),
        ("420625", "谷城县", ["石花镇", "盛康镇", "庙滩镇"]), ("420626", "保康县", ["马桥镇", "歇马镇"]),
        ("420602", "襄城区", ["卧龙镇", "尹集乡", "欧庙镇"]))


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    if code == "payment_voucher":
        return c.extra["pay_day"] + timedelta(days=4)
    if code in ("enforcement_application", "property_clue_form", "service_address_confirmation",
                "payment_account_confirmation", "power_of_attorney", "law_firm_letter"):
        return c.filed_on - timedelta(days=1)
    return c.day(WHEN.get(code, 0))


def _worker(rng: random.Random) -> Party:
    region, county, towns = rng.choice(HOME)
    born = date(rng.randint(1963, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return Party(person_name(rng), "person", id_number(rng, region, born),
                 f"湖北省襄阳市{county}{rng.choice(towns)}{rng.choice(['新庄', '王湾', '黄岗', '油坊', '杨垱'])}村"
                 f"{rng.randint(1, 12)}组{rng.randint(1, 60)}号", f"1{rng.choice('3578')}{rng.randint(100000000, 999999999)}",
                 born=born, sex="男" if rng.random() < 0.85 else "女")


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """襄阳 parties. WAGE_SEQ: four or five building workers, led by the first, enforce a 襄城区劳动人事争议仲裁委员会
    wage award against their labour subcontractor; the general contractor withholds the subcontract's money and pays
    it in. LOAN_SEQ: a farm-machinery dealer enforces a 卧龙人民法庭 mediation against a grower who bought a maize
    harvester on credit and has sold it. BEEF_SEQ: a beef wholesaler's judgment against a 牛肉面 company, which settles
    and pays; the wholesaler withdraws (终结执行)."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {WAGE_SEQ: "wage", LOAN_SEQ: "loan", BEEF_SEQ: "beef"}[seq]
    c.extra["firm_addr"] = f"襄阳市襄城区{rng.choice(['荆州街', '北街', '南街', '檀溪路'])}{rng.randint(8, 199)}号"
    c.extra["licence"] = f"14206{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"鄂0602{rng.randint(100, 999)}"
    c.extra["court_acct"] = f"17{rng.randint(10**14, 10**15 - 1)}"
    if tale(c) == "wage":
        workers = [_worker(rng) for _ in range(rng.choice([4, 5]))]
        owed = [Decimal(rng.randint(72, 268)) * 100 for _ in workers]
        c.applicant = workers[0]
        c.extra["workers"] = [(w, rng.choice(TRADES), amount) for w, amount in zip(workers, owed, strict=True)]
        c.extra["cards"] = [(rng.choice(["湖北农信", "中国邮政储蓄银行", "中国农业银行"]),
                             f"62{rng.choice(['17', '21', '28'])}{rng.randint(10**14, 10**15 - 1)}") for _ in workers]
        c.respondent = Party(f"襄阳{rng.choice(['汉江', '鑫筑', '楚襄', '岘山'])}建筑劳务有限公司", "organisation",
                             credit_code(rng, "420602"), f"湖北省襄阳市襄城区{rng.choice(['余家湖街道', '庞公街道'])}"
                             f"{rng.choice(['滨江路', '闸口路', '环城南路'])}{rng.randint(10, 300)}号",
                             f"0710-36{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["main"] = f"湖北{rng.choice(['荆楚', '襄江', '隆中'])}建设集团有限公司"
        c.extra["main_code"] = credit_code(rng, "420600")
        c.extra["site"] = f"襄城区{rng.choice(['庞公', '檀溪', '古城'])}片区安置小区{rng.randint(3, 12)}号楼"
        c.basis_court = ARB
        c.basis_number = f"襄城劳人仲案字〔2023〕第{rng.randint(60, 420)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "追索劳动报酬纠纷"
        c.amount = sum(owed, Decimal(0))
        c.firm = rng.choice(["湖北隆中律师事务所", "湖北岘山律师事务所", "湖北汉水律师事务所"])
        c.extra["aid_no"] = f"襄城法援指〔{c.filed_on.year}〕{rng.randint(20, 160)}号"
        c.extra["r_bank"] = rng.choice(["中国建设银行襄阳襄城支行", "湖北银行襄阳分行营业部"])
    elif tale(c) == "loan":
        born = date(rng.randint(1968, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "420606", born),
                            f"湖北省襄阳市樊城区{rng.choice(['长虹路', '春园路', '人民路'])}{rng.randint(10, 200)}号",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "420602", born),
                             f"湖北省襄阳市襄城区卧龙镇{rng.choice(['七里', '中营', '计湾', '姚庵'])}村{rng.randint(1, 9)}组"
                             f"{rng.randint(2, 80)}号", f"137{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["shop"] = f"襄阳{rng.choice(['丰收', '金穗', '农友'])}农机销售部"
        c.extra["machine"] = rng.choice(["雷沃谷神4LZ-6", "沃得锐龙4LZ-5", "中联收获4YZ-4"])
        c.basis_court = COURT
        c.basis_number = f"（2023）鄂0602民初{rng.randint(3000, 7999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(60, 150))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(520, 1480)) * 100
        c.firm = rng.choice(["湖北卧龙律师事务所", "湖北襄阳古隆中律师事务所"])
        c.extra["judge_t"] = person_name(rng)
    else:
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "420607", born),
                            f"湖北省襄阳市襄州区{rng.choice(['张湾街道', '航空路', '伙牌镇'])}{rng.randint(10, 200)}号",
                            f"158{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.extra["shop"] = f"襄州区{c.applicant.name[0]}记黄牛肉批发部"
        c.respondent = Party(f"襄阳{rng.choice(['老襄阳', '汉水', '古城'])}牛肉面餐饮管理有限公司", "organisation",
                             credit_code(rng, "420602"), f"湖北省襄阳市襄城区{rng.choice(['北街', '荆州街', '昭明台西街'])}"
                             f"{rng.randint(1, 120)}号", f"0710-35{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）鄂0602民初{rng.randint(8000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(380, 960)) * 100 + Decimal(rng.choice([0, 50]))
        c.firm = rng.choice(["湖北襄阳檀溪律师事务所", "湖北山水律师事务所"])
        c.extra["r_bank"] = "湖北银行襄阳襄城支行"
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(30, 38))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


def basis_title(c: CaseCtx) -> str:
    if tale(c) == "wage":
        return f"{ARB}{c.basis_number}仲裁裁决书"
    if tale(c) == "loan":
        return f"本院卧龙人民法庭{c.basis_number}民事调解书"
    return f"本院{c.basis_number}民事判决书"


def applicants(c: CaseCtx) -> str:
    if tale(c) == "wage":
        names = [w.name for w, _, _ in c.extra["workers"]]
        return f"{names[0]}等{len(names)}人"
    return c.applicant.name


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _party(role: str, p: Party) -> tuple[str, str]:
    if p.kind == "organisation":
        return ("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}，法定代表人{p.legal_rep}。")
    born = p.born or date(1980, 1, 1)
    return ("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}生，住{p.address}，公民身份号码{p.id_number}。")


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    if tale(c) == "wage":
        out = [_party("申请执行人", w) for w, _, _ in c.extra["workers"]]
        out.append(("h", f"以上申请执行人共同委托诉讼代理人：{c.agent}，{c.firm}律师（法律援助）。"))
    else:
        out = [_party("申请执行人", c.applicant), ("h", f"委托诉讼代理人：{c.agent}，{c.firm}律师。")]
    return [*out, _party("被执行人", c.respondent)]


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{applicants(c)}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    team = [("执 行 员", c.officer), ("书 记 员", c.clerk)]
    bench = [("审 判 长", c.judge), ("审 判 员", c.officer), ("审 判 员", person_name(rng)), ("书 记 员", c.clerk)]
    if code == "acceptance_notice":
        to = "、".join(w.name for w, _, _ in c.extra["workers"]) if tale(c) == "wage" else a.name
        return bureau_paper(c, rng, "受理案件通知书", [
            ("to", f"{to}："),
            ("p", f"你方提交的强制执行申请书及{basis_title(c)}等材料收悉。经审查，符合受理条件，本院决定立案执行，"
                  f"案号为{c.number}。"),
            ("p", f"本案承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"
                  + ("本案系农民工追索劳动报酬案件，本院将依照“绿色通道”快立、快执、快结。" if tale(c) == "wage" else "")),
            ("p", "执行中你方可通过“湖北移动微法院”查询案件节点；发现被执行人财产线索的，请及时书面告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        if tale(c) == "wage":
            return bureau_paper(c, rng, "缴款通知书", [
                ("to", f"{r.name}："),
                ("p", f"本院受理的{case}，申请执行人系追索劳动报酬，依照国务院《诉讼费用交纳办法》第十四条、第三十八条的规定，"
                      f"申请执行费人民币{c.extra['fee']}元不由申请执行人预交，由{_you(r)}负担，执行后交纳。"),
                ("p", f"请{_you(r)}自收到本通知之日起七日内，将上述款项连同执行款一并交至本院执行款专户（账号{c.extra['court_acct']}）。"),
            ], day=d, signers=team)
        return bureau_paper(c, rng, "缴款通知书", [
            ("to", f"{a.name}："),
            ("p", f"你申请执行{r.name}{c.extra['cause']}一案，依照国务院《诉讼费用交纳办法》第十条、第十四条的规定，应预交申请执行费"
                  f"人民币{c.extra['fee']}元，执行后由被执行人负担。"),
            ("p", "请于七日内持本通知书到本院诉讼服务中心缴费窗口交纳，或通过湖北省非税收入缴款平台扫码缴纳。逾期不交的，按撤回申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        asks = [("p", f"一、向申请执行人{applicants(c)}支付{money(c.amount)}"
                      + ("（各申请执行人的数额以仲裁裁决书所列为准）；" if tale(c) == "wage" else "；")),
                ("p", "二、加倍支付迟延履行期间的债务利息；"),
                ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。")]
        return bureau_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{applicants(c)}申请执行{basis_title(c).removeprefix('本院')}一案，本院已于{cn_date(c.filed_on)}立案。"
                  f"依照{LAW}第二百五十一条的规定，责令{_you(r)}自收到本通知书之日起履行下列义务："),
            *asks,
            ("p", f"{_you(r)}逾期不履行的，本院将依法强制执行，并依照{LAW}第二百六十六条的规定，限制消费、纳入失信被执行人名单。"),
        ], day=d, signers=team)
    if code == "property_report_order":
        return bureau_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院执行的{case}，{_you(r)}未履行生效法律文书确定的义务。依照{LAW}第二百五十二条及《最高人民法院关于"
                  "民事执行中财产调查若干问题的规定》第三条的规定，责令你方在收到本令后五日内，填写所附财产申报表，如实向本院报告"
                  "当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], day=d, signers=team)
    if code == "enforcement_ruling":
        if tale(c) == "wage":
            order = (f"冻结被执行人{r.name}对第三人{c.extra['main']}享有的{c.extra['site']}劳务分包工程款到期债权，以"
                     f"{money(c.amount + c.extra['fee'])}为限；第三人应将上述款项支付至本院执行款专户。")
        else:
            order = f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押、拍卖、变卖其同等价值的其他财产。"
        return bureau_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"{basis_title(c).removeprefix('本院')}已经发生法律效力。因被执行人未履行该法律文书确定的义务，申请执行人向本院"
                  f"申请强制执行，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十三条、第二百五十五条，"
                  "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百九十九条的规定，裁定如下："),
            ("p", order),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "closing_notice":
        return bureau_paper(c, rng, "结案通知书", [
            ("to", f"{'、'.join(w.name for w, _, _ in c.extra['workers']) if tale(c) == 'wage' else a.name}："),
            ("p", f"本院执行的{case}，第三人{c.extra.get('main', '')}已按本院协助执行通知书将被执行人的工程款"
                  f"{money(c.amount + c.extra['fee'])}交至本院执行款专户，本院已于{cn_date(made_on(c, 'payment_voucher'))}将各申请执行人"
                  "的执行款分别发放至其确认的账户，申请执行费已予扣收。"),
            ("p", "本案生效法律文书确定的义务已全部履行，本院以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return bureau_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{basis_title(c).removeprefix('本院')}过程中，于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人"
                  "送达执行通知书、报告财产令。被执行人未履行义务，所报财产经核查仅有宅基地上的自建房屋一处，不宜处置。"),
            ("p", f"本院通过网络执行查控系统查询被执行人的存款、车辆、不动产、证券、网络资金等，未发现可供执行的财产；到卧龙镇实地调查，"
                  f"被执行人所购{c.extra['machine']}收割机已于案发前转卖他人，去向不明。本院已于{cn_date(made_on(c, 'consumption_restriction_order'))}"
                  "对被执行人采取限制消费措施并纳入失信被执行人名单。申请执行人经约谈，同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "termination_ruling":
        return bureau_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{basis_title(c).removeprefix('本院')}过程中，申请执行人与被执行人于"
                  f"{cn_date(made_on(c, 'settlement_agreement'))}自行达成和解协议，被执行人已按协议履行。申请执行人于"
                  f"{cn_date(c.extra['pay_day'] + timedelta(days=2))}向本院书面申请撤回执行申请。"),
            ("p", f"依照{LAW}第二百六十八条第一款第一项的规定，裁定如下："),
            ("p", f"终结{basis_title(c).removeprefix('本院')}的执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], day=d, signers=bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau_paper(c, rng, "限制消费令", [
            ("to", f"{r.name}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}，因{_you(r)}未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，"
                  "禁止你实施下列行为：乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；购买不动产或者新建、扩建、高档装修房屋；租赁高档写字楼、宾馆、公寓等场所办公；购买非经营必需车辆；"
                  "旅游、度假；子女就读高收费私立学校；支付高额保费购买保险理财产品；乘坐G字头动车组列车全部座位、其他动车组列车一等以上"
                  "座位等其他非生活和工作必需的消费行为。"),
            ("p", "如你违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以拘留、罚款；"
                  "情节严重，构成犯罪的，追究刑事责任。"),
        ], day=d, number=c.number.replace("号", "号之二"))
    if code == "dishonest_list_decision":
        return bureau_paper(c, rng, "决定书", [
            _party("被执行人", r),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反限制消费令。依照"
                  f"{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], day=d, number=c.number.replace("号", "号之三"), signers=[("院　长", person_name(rng))])
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
    r = c.respondent
    if tale(c) == "wage":
        to = c.extra["main"]
        ask = (f"一、停止向被执行人{r.name}支付{c.extra['site']}劳务分包工程款；二、将上述工程款中的"
               f"{money(c.amount + c.extra['fee'])}于收到本通知后十日内支付至本院执行款专户（户名：{COURT}，账号"
               f"{c.extra['court_acct']}），并注明案号。")
    else:
        to = c.extra.get("r_bank", "湖北农信襄城区卧龙支行")
        ask = f"冻结被执行人{r.name}（{r.id_number}）在你单位开立的全部账户存款，以{money(c.amount)}为限，期限一年。"
    return bureau_paper(c, rng, "协助执行通知书", [
        ("to", f"{to}："),
        ("p", f"本院执行的{c.extra['cause']}一案（申请执行人{applicants(c)}，被执行人{r.name}），{c.number}执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：执行裁定书一份。经办人：{c.officer}（执法证号{c.extra['badge']}）　{c.clerk}　电话{c.court.phone}"),
    ], day=d, number=c.number.replace("号", "号之一"))


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 查控 system's summary printed in landscape (the bureau's printer defaults to it for this report): a boxed
    header and one row per body asked; the flatbed takes it turned."""
    r = c.respondent
    s = Sheet(size=(mm(297), mm(210)))
    f = font("sans", 26)
    s.text(mm(16), mm(12), "全国法院网络执行查控系统　查询结果汇总", font("sans_bold", 40))
    s.text(mm(16), mm(24), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}　　查询类型：总对总", f)
    bodies = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
              ("中国邮政储蓄银行", "存款"), ("湖北农信", "存款"), ("湖北银行", "存款"), ("交通银行", "存款"),
              ("招商银行", "存款"), ("支付宝", "网络资金"), ("财付通", "网络资金"), ("公安部", "车辆"),
              ("自然资源部", "不动产"), ("中国结算", "证券"), ("市场监管总局", "股权"), ("襄阳市住房公积金中心", "公积金")]
    rows = [["序号", "协助单位", "财产类型", "查询结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(bodies, 1):
        if tale(c) == "wage" and kind == "存款" and i == 4:
            res = f"基本户余额{rng.randint(100, 3000)}.{rng.randint(10, 99)}元，已冻结"
        elif tale(c) == "beef" and i == 7:
            res = f"一般户余额{rng.randint(2000, 9000)}.{rng.randint(10, 99)}元"
        elif kind == "存款":
            res = "未开户" if rng.random() < 0.5 else f"余额{rng.randint(0, 60)}.{rng.randint(10, 99)}元"
        else:
            res = "无" if kind != "不动产" or tale(c) != "loan" else "无登记（农村宅基地未登记）"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 2)):%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}"])
    frame(s, mm(16), mm(32), [mm(16), mm(66), mm(28), mm(100), mm(55)], rows, f, heights=mm(9), labels=(0,), label_font=f)
    s.text(mm(16), s.height - mm(14), f"承办人：{c.officer}　　打印时间：{d + timedelta(days=3):%Y-%m-%d}", f)
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "传票", size=76, spacing=80)
    s.text(LEFT, y, c.number, body(36))
    y += 60
    w = s.width - LEFT - RIGHT
    r = c.respondent
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", r.name], ["工作单位或地址", r.address],
            ["传唤事由", "执行调查：说明财产状况及未履行原因"], ["应到时间", f"{num_date(d + timedelta(days=6))} 上午9时"],
            ["应到处所", "本院执行局一楼执行事务中心3号谈话室"]]
    y = frame(s, LEFT, y, [mm(44), w - mm(44)], rows, body(36), heights=mm(16))[-1][3] + 40
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达，并携带身份证件；", "二、无正当理由拒不到场的，可以拘传；",
                           "三、本传票回执联由被传唤人签收后交回。"]):
        s.text(LEFT + (0 if not k else mm(6)), y, t, body(34))
        y += 54
    y += 40
    when = cn_date(d)
    s.right(s.width - RIGHT - mm(8), y, when, body(40))
    seal(s, s.width - RIGHT - mm(40), y + 10, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 110, f"承办人：{c.officer}　书记员：{c.clerk}", body(34))
    return [s]


QA = {
    "investigation_record": [
        ("问", "我们是襄城区人民法院执行局的，这是我们的执法证。今天来了解{r}的财产情况，请你如实讲。"),
        ("答", "好的，我是村委会的文书，{r}是我们村三组的。"),
        ("问", "{r}前年买的那台{m}收割机现在在哪里？"),
        ("答", "去年麦收以后就卖给河南那边的一个机手了，卖了多少钱不清楚，人也一直在外面跑麦收。"),
        ("问", "他家里还有什么财产？有没有承包地流转费、门面、车辆？"),
        ("答", "就老宅基地上一栋两层的自建房，他老母亲住着。地是他兄弟在种，流转费没有。车子没见过。"),
        ("问", "他现在做什么工作，收入怎么样？"),
        ("答", "听说在外面给人开车，具体不清楚。"),
        ("问", "以上讲的是否属实？"),
        ("答", "属实。"),
    ],
    "interview_record": [
        ("问", "今天约你来，告诉你本案执行情况并听取意见。你是申请执行人本人吗？"),
        ("答", "是的。"),
        ("问", "本院已对被执行人网络查控，银行、车辆、不动产、证券、网络资金均无可供执行的财产；到卧龙镇实地调查，收割机已被转卖，"
               "自建房建在宅基地上，不宜处置。对以上情况你有无异议？"),
        ("答", "没有异议。"),
        ("问", "本院已对被执行人限制消费并纳入失信名单。你能否提供新的财产线索？"),
        ("答", "暂时没有。他在外面开车，我再打听打听。"),
        ("问", "目前无财产可供执行，本院拟终结本次执行程序。终本后发现财产可随时申请恢复执行，你是否同意？"),
        ("答", "同意终本，有线索了我再来。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A typed 笔录: a two-line head (time and place, who asks and who writes), then 问/答 with a hanging indent; every
    page signed at its foot by the person heard, by hand, a thumbprint over the name."""
    interview = code == "interview_record"
    who = c.applicant.name if interview else person_name(rng)
    place = "本院执行局3号谈话室" if interview else f"襄城区卧龙镇{c.respondent.address.split('卧龙镇')[-1][:4]}村委会"
    s = Sheet()
    y = form_title(s, "谈话笔录" if interview else "调查笔录", issuer="", size=70)
    f = body(38)
    for line in (f"时间：{num_date(d)} {rng.choice([9, 10, 14, 15])}时{rng.choice(['00', '10', '30'])}分",
                 f"地点：{place}", f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
                 f"被{'谈话' if interview else '调查'}人：{who}" + ("（申请执行人）" if interview else "（村委会文书）"),
                 f"案号：{c.number}"):
        s.text(LEFT, y, line, f)
        y += 58
    s.line(LEFT, y + 6, s.width - RIGHT, y + 6, width=1)
    sheets = [s]
    y += 36
    lead = 66
    bf = body(40)
    width = s.width - LEFT - RIGHT - bf.size * 2

    def foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(92), sh.height - mm(34), "被询问人：", body(34))
        signs(sh, sh.width - RIGHT - mm(58), sh.height - mm(37), who, rng, size=48, face="kai_gb", ink=BLACK_PEN)

    for tag, text in QA[code]:
        text = text.format(r=c.respondent.name, m=c.extra.get("machine", ""))
        for k, part in enumerate(wrap(text, bf, width)):
            if y + lead > s.height - mm(48):
                foot(s)
                s = Sheet()
                sheets.append(s)
                y = TOP
            if k == 0:
                s.text(LEFT, y, f"{tag}：", font("sans_bold", 40))
            s.text(LEFT + bf.size * 2, y, part, bf)
            y += lead
    y += 30
    s.text(LEFT, y, "以上笔录经本人核对，记录属实。", body(38))
    writes(s, LEFT + mm(6), y + 70, "以上看过，同我讲的一样。", rng, size=44, face="kai_gb", ink=BLACK_PEN)
    foot(s)
    return folio(sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行案件结案审批表")
    s.text(LEFT, y - 6, f"案号：{c.number}", body(34))
    s.right(s.width - RIGHT, y - 6, f"立案：{num_date(c.filed_on)}", body(34))
    y += 52
    w = s.width - LEFT - RIGHT
    how = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行"}[c.method]
    paid = {"terminated_this_round": Decimal(0)}.get(c.method, c.amount)
    rows = [["申请执行人", applicants(c), "被执行人", c.respondent.name], ["执行依据", basis_title(c).removeprefix("本院")],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{paid:,.2f}元"], ["结案方式", how, "承办人", c.officer],
            ["承办人意见", ""], ["执行局长意见", ""], ["分管院领导意见", ""]]
    hs = [mm(16)] * 4 + [mm(56), mm(34), mm(30)]
    boxes = frame(s, LEFT, y, [mm(36), mm(60), mm(30), w - mm(126)], rows, body(34), heights=hs, labels=(0, 2))
    starts = [b for b in boxes if b[0] == LEFT]
    x = starts[4][2] + mm(4)
    view = {"fully_performed": "第三人已将工程款交至本院，执行款已按名单发放各申请执行人，申请人均签字捺印确认，建议以执行完毕结案。",
            "terminated_this_round": "已穷尽财产调查措施，被执行人无可供执行财产，已限消、纳失，申请人同意，建议终本。",
            "terminated": "双方自行和解并履行完毕，申请执行人书面撤回执行申请，建议裁定终结执行。"}[c.method]
    writes_lines(s, x, starts[4][1] + mm(4), view, rng, per_line=20, lead=mm(8), size=38, face="kai_gb", ink=BLACK_PEN)
    writes(s, s.width - RIGHT - mm(70), starts[4][3] - mm(11), f"{c.officer} {d.month}.{d.day}", rng, size=36,
           face="kai_gb", ink=BLACK_PEN)
    writes(s, x, starts[5][1] + mm(6), "同意。", rng, size=44, face="kai_gb", ink=BALLPOINT)
    writes(s, s.width - RIGHT - mm(60), starts[5][3] - mm(12), c.judge, rng, size=40, face="kai_gb", ink=BALLPOINT)
    writes(s, x, starts[6][1] + mm(6), f"同意{how}。", rng, size=44, face="kai_gb", ink=BALLPOINT)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令（附财产申报表）",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）",
         "termination_ruling": "执行裁定书（终结执行）", "consumption_restriction_order": "限制消费令",
         "dishonest_list_decision": "决定书（失信）", "payment_notice": "缴款通知书", "closing_notice": "结案通知书",
         "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 on the window's form; the one signing writes the date on its own line ("2024年3月5日")."""
    to_applicant = any(x in served for x in ("acceptance_notice", "closing_notice", "termination_this_round_ruling",
                                             "termination_ruling"))
    who = c.applicant if to_applicant else c.respondent
    s = Sheet()
    y = form_title(s, "送达回证", size=70, spacing=40)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["送达文书", "、".join(NAMES.get(x, x) for x in served) + "各一份"],
            ["受送达人", who.name + ("等" if to_applicant and tale(c) == "wage" else "")], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["签收时间", ""], ["代收人及代收理由", ""], ["送达方式", ""], ["送达人", ""], ["备考", ""]]
    hs = [mm(15), mm(15), mm(24), mm(15), mm(20), mm(30), mm(18), mm(18), mm(15), mm(16), mm(22)]
    boxes = frame(s, LEFT, y, [mm(46), w - mm(46)], rows, body(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    signer = who.legal_rep if who.kind == "organisation" else (c.agent if to_applicant and rng.random() < 0.4 else who.name)
    writes(s, right[5][0] + mm(16), right[5][1] + mm(9), signer, rng, size=52, face="kai_gb", ink=BLACK_PEN)
    writes(s, right[6][0] + mm(10), right[6][1] + mm(4), num_date(when), rng, size=40, face="kai_gb", ink=BLACK_PEN)
    if who.kind == "organisation":
        seal(s, right[5][0] + mm(95), right[5][1] + mm(14), who.name, rng, radius=mm(17))
    how = "直接送达" if to_applicant else rng.choice(["直接送达", "邮寄送达（EMS）"])
    writes(s, right[8][0] + mm(10), right[8][1] + mm(2), how, rng, size=38, face="kai_gb", ink=BALLPOINT)
    writes(s, right[9][0] + mm(10), right[9][1] + mm(2), f"{c.officer}、{c.clerk}", rng, size=38, face="kai_gb", ink=BALLPOINT)
    s.text(LEFT, boxes[-1][3] + 26, "注：邮寄送达的，EMS回执粘贴于背面。", body(30))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行卷宗 cover on buff card: 年度/类别/卷号 in a strip at the top left, the title huge, a ruled list of particulars."""
    s = Sheet(paper=(238, 226, 200))
    frame(s, LEFT, mm(18), [mm(30), mm(30), mm(30)], [["年度", "类别", "卷号"], ["", "", ""]], body(28),
          heights=[mm(9), mm(11)], labels=(0, 1, 2))
    for k, v in enumerate((str(c.closed_on.year), "执行", f"第{rng.randint(200, 900)}号")):
        writes(s, LEFT + mm(3) + k * mm(30), mm(28.5), v, rng, size=32, face="kai_gb", ink=BLACK_PEN)
    s.centred(mm(50), COURT, font("sans_bold", 56), spacing=6)
    s.centred(mm(68), "执行卷宗", font("serif_bold", 120), spacing=70)
    s.centred(mm(98), "（正卷）", body(48))
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", applicants(c)], ["被执行人", c.respondent.name],
            ["执行依据", basis_title(c).removeprefix("本院")], ["执行标的", f"{c.amount:,.2f}元"],
            ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
            ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["承办人", c.officer],
            ["书记员", c.clerk], ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    boxes = frame(s, LEFT, mm(116), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], body(36), heights=mm(11))
    right = [b for b in boxes if b[0] > LEFT]
    for (_k, v), b in zip(rows, right, strict=True):
        if v:
            writes(s, b[0] + mm(4), b[1] + mm(2.5), v, rng, size=34, face="kai_gb", ink=BLACK_PEN)
    writes(s, right[11][0] + mm(4), right[11][1] + mm(2.5), num_date(d), rng, size=34, face="kai_gb", ink=BLACK_PEN)
    writes(s, right[12][0] + mm(4), right[12][1] + mm(2.5), "永久" if rng.random() < 0.3 else "长期", rng, size=34,
           face="kai_gb", ink=BLACK_PEN)
    writes(s, right[13][0] + mm(4), right[13][1] + mm(2.5), f"共{rng.randint(52, 74)}页", rng, size=34, face="kai_gb",
           ink=BLACK_PEN)
    return [s]


CATALOGUE = ["强制执行申请书", "民事调解书（卧龙人民法庭）", "生效证明书", "财产线索表", "诉讼费收据", "申请执行人身份证复印件",
             "被执行人身份证复印件", "授权委托书", "律师事务所函", "律师执业证复印件", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "缴款通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书（冻结）",
             "协助执行通知书", "传票", "限制消费令", "决定书（失信）", "调查笔录", "谈话笔录", "执行裁定书（终本）",
             "结案审批表", "送达回证", "卷宗复核表", "备考表"]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "卷内目录", issuer="", size=70, spacing=40)
    s.text(LEFT, y - 4, f"{c.number}", body(34))
    y += 50
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文书名称", "页号"]]
    page = 1
    for i, name in enumerate(CATALOGUE, 1):
        rows.append([str(i), name, str(page)])
        page += 3 if "调解书" in name else 2 if name in ("强制执行申请书", "调查笔录", "执行裁定书（终本）") else 4 \
            if name == "送达回证" else 1
    boxes = frame(s, LEFT, y, [mm(16), w - mm(40), mm(24)], rows, body(28), heights=mm(6.9), labels=(0, 2),
                  label_font=body(28))
    writes(s, LEFT + mm(40), boxes[-1][3] + mm(6), f"立卷人 {c.clerk}　{num_date(d)}", rng, size=36, face="kai_gb",
           ink=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "执行卷宗复核表")
    w = s.width - LEFT - RIGHT
    items = ["立案材料齐全", "执行通知书、报告财产令已送达", "网络查控、实地调查已完成", "限制消费、失信措施已采取",
             "已约谈申请执行人", "终本裁定已送达", "卷内文书无空白项", "目录、页码与材料一致", "电子卷宗已同步扫描"]
    rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核项目", "复核结果"],
            *[[t, ""] for t in items], ["复核意见", ""], ["复核人（签名）", ""]]
    hs = [mm(14)] * 4 + [mm(12.5)] * len(items) + [mm(32), mm(18)]
    boxes = frame(s, LEFT, y, [mm(86), w - mm(86)], rows, body(34), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[4:4 + len(items)]:
        writes(s, b[0] + mm(20), b[1] + mm(2), "是", rng, size=40, face="kai_gb", ink=BALLPOINT)
    writes(s, right[-2][0] + mm(6), right[-2][1] + mm(9), "材料完整，可以归档。", rng, size=42, face="kai_gb", ink=BALLPOINT)
    writes(s, right[-1][0] + mm(6), right[-1][1] + mm(4), f"{c.officer}　{num_date(d)}", rng, size=40, face="kai_gb",
           ink=BALLPOINT)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    y = form_title(s, "备考表", issuer="", size=70, spacing=50)
    s.text(LEFT, y - 4, c.number, body(34))
    y += 56
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(36), width=4)
    s.text(LEFT + mm(6), y + mm(6), "本卷情况说明", font("hei", 40))
    n = rng.randint(52, 74)
    yy = writes_lines(s, LEFT + mm(12), y + mm(20), f"本卷共有文件材料{len(CATALOGUE)}件，计{n}页。", rng, per_line=22,
                      lead=mm(11), size=42, face="kai_gb", ink=BLACK_PEN)
    writes_lines(s, LEFT + mm(12), yy, "本案终本结案，此后收到的材料入证据袋及电子卷宗。", rng, per_line=22, lead=mm(11), size=42,
                 face="kai_gb", ink=BLACK_PEN)
    base = s.height - mm(100)
    for k, (label, value) in enumerate((("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷日期：", num_date(d)))):
        s.text(LEFT + mm(86), base + k * mm(17), label, body(38))
        writes(s, LEFT + mm(118), base + k * mm(17) - 6, value, rng, size=42, face="kai_gb", ink=BLACK_PEN)
    return [s]
