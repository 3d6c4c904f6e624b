"""court_ec (辽宁省丹东市振兴区人民法院, held out): the 鸭绿江 border city's central district — 海产品 cold stores and
border-trade firms, garment plants sewing for export, the 江边 tourist boats, and the usual 民间借贷 and wage claims.
The bureau's own papers are set here (宋体 bold court line, 黑体 title, a thin rule under the case number, 公文-style
"— n —" page numbers at the outer corner); what it receives is drawn in its senders' styles (court_ec_papers). Its
undertakers' working volumes were scanned on the bureau's colour flatbed with their sticky notes, clips and stamps
(court_ec_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
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
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "辽宁省丹东市振兴区人民法院"
SEAFOOD_SEQ, GARMENT_SEQ, BOAT_SEQ = 46118, 46305, 46472
LAW = "《中华人民共和国民事诉讼法》"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(32), mm(30)


@dataclass
class Leaf(Sheet):
    """A sheet of this family: `seam` is where (fraction of the height) the court's 骑缝章 was struck across the edge
    of a multi-page court paper's stacked sheets (0: none); `copy` marks a received copy that may carry a stamp."""

    seam: float = 0.0
    copy: bool = False


def song(size: int) -> Font:
    return font("serif", size)


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 15, "investigation_record": 22, "settlement_agreement": 26, "payment_voucher": 40,
        "consumption_restriction_order": 30, "dishonest_list_decision": 30, "interview_record": 110,
        "termination_this_round_ruling": 118, "closing_notice": 60}


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=16)
    if code == "service_receipt":
        return c.filed_on
    if code in WHEN:
        return c.day(WHEN[code])
    if code == "effectiveness_certificate":
        return c.filed_on - timedelta(days=6)
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=16)
    return c.filed_on


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """丹东 parties. SEAFOOD: a 东港/振兴 seafood cold-store company won a 买卖合同 judgment here against a restaurant
    group that took 梭子蟹 and 黄蚬子 on credit; GARMENT: a sewing worker's wage award (振兴区劳动人事争议仲裁委员会)
    against a garment plant that stopped work; BOAT: a 民间借贷 judgment against a 鸭绿江 tourist-boat owner."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {SEAFOOD_SEQ: "seafood", GARMENT_SEQ: "garment", BOAT_SEQ: "boat"}[seq]
    c.firm = rng.choice(["辽宁鸭绿江律师事务所", "辽宁锦山律师事务所", "辽宁丹东边城律师事务所"])
    c.extra["firm_addr"] = f"丹东市振兴区{rng.choice(['六纬路', '春六路', '兴五路'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1210620{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["丹东银行振兴支行", "中国建设银行丹东分行", "中国邮政储蓄银行丹东市振兴区支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["r_bank"] = rng.choice(["中国农业银行丹东振兴支行", "丹东农村商业银行帽盔山支行", "中国工商银行丹东分行营业部"])
    c.extra["r_acct"] = f"0614{rng.randint(10**11, 10**12 - 1)}"
    c.basis_court = COURT
    t = tale(c)
    if t == "seafood":
        c.applicant = Party(f"丹东{rng.choice(['鑫港', '海洋红', '黄海'])}水产冷藏有限公司", "organisation",
                            credit_code(rng, "210681"), f"辽宁省东港市{rng.choice(['孤山镇', '北井子镇'])}渔港路{rng.randint(1, 90)}号",
                            f"0415-78{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"丹东{rng.choice(['江畔', '锦江', '鸭江'])}海鲜餐饮管理有限公司", "organisation",
                             credit_code(rng, "210603"), f"辽宁省丹东市振兴区{rng.choice(['江城大街', '滨江中路'])}"
                             f"{rng.randint(10, 300)}号", f"0415-21{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_number = f"（2023）辽0603民初{rng.randint(2000, 6999)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["basis_title"] = "民事判决书"
    elif t == "garment":
        born = date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "210624", born),
                            f"辽宁省丹东市振兴区{rng.choice(['永昌街道', '花园街道', '临江街道'])}{rng.randint(1, 60)}组",
                            f"137{rng.randint(10000000, 99999999)}", born=born, sex="女")
        c.respondent = Party(f"丹东{rng.choice(['依兰', '锦丰', '华茂'])}服装有限公司", "organisation",
                             credit_code(rng, "210603"), f"辽宁省丹东市振兴区{rng.choice(['纤维', '帽盔山'])}工业园"
                             f"{rng.randint(1, 40)}号", f"0415-31{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "丹东市振兴区劳动人事争议仲裁委员会"
        c.basis_number = f"丹振劳人仲案字〔2023〕第{rng.randint(100, 699)}号"
        c.extra["cause"] = "劳动争议"
        c.extra["basis_title"] = "仲裁裁决书"
        c.amount = Decimal(rng.randint(2100000, 6800000)) / 100
    else:
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "210603", born),
                            f"辽宁省丹东市振兴区{rng.choice(['锦山大街', '七经街', '春二路'])}{rng.randint(1, 200)}号",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["210602", "210624"]), born),
                             f"辽宁省丹东市元宝区{rng.choice(['江沿街', '六道口'])}{rng.randint(1, 90)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_number = f"（2023）辽0603民初{rng.randint(7000, 9999)}号"
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["basis_title"] = "民事判决书"
        c.extra["boat"] = f"{rng.choice(['江城', '鸭江', '断桥'])}{rng.randint(1, 30)}号游船"
        c.amount = Decimal(rng.randint(1200, 3900)) * 100
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["pay_day"] = c.day(rng.randint(42, 55))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_ec_papers import RECEIVED, paper

    if code in RECEIVED:
        return paper(code, c, rng, served)
    return _own(code, c, rng, served)


OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
RECEIVED_CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
CODES = OWN | RECEIVED_CODES


# ---- the bureau's press ----------------------------------------------------------------------------------------

def number_pages(sheets: Sequence[Sheet]) -> list[Sheet]:
    """公文 page numbers: "— n —" at the outer corner (odd pages right, even pages left)."""
    n = len(sheets)
    if n > 1:
        f = song(36)
        for i, s in enumerate(sheets, 1):
            label = f"— {i} —"
            y = s.height - FOOT + mm(9)
            if i % 2:
                s.right(s.width - RIGHT - mm(4), y, label, f)
            else:
                s.text(LEFT + mm(4), y, label, f)
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def bureau(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
           signers: Sequence[tuple[str, str]] = (), number: str = "", cc: str = "") -> list[Sheet]:
    """A paper of 振兴区法院: court line in bold 宋体, title in 黑体 under it, the case number right with a thin rule
    below, 宋体 body, signers in a column at the right, the date in Chinese numerals under the seal."""
    sheets: list[Sheet] = [Leaf()]
    s = sheets[0]
    s.centred(TOP, COURT, font("serif_bold", 56), spacing=4)
    s.centred(TOP + 96, title, font("hei", 72), spacing=36 if len(title) <= 5 else 12)
    y: float = TOP + 214
    s.right(s.width - RIGHT, y, number or c.number, song(40))
    s.line(LEFT, y + 64, s.width - RIGHT, y + 64, width=2)
    f = song(41)

    def more() -> tuple[Sheet, float]:
        sheets.append(Leaf())
        return sheets[-1], TOP

    bottom = s.height - FOOT - 30
    end: float = flow(s, blocks, f, x0=LEFT, width=s.width - LEFT - RIGHT, y=y + 100, line_height=74, indent=82,
               bottom=bottom, more=more)
    last = sheets[-1]
    need = 78 * len(signers) + 190
    if end + need > s.height - FOOT + 30:
        last = Leaf()
        last.text(LEFT, TOP, "（此页无正文）", f)
        sheets.append(last)
        end = TOP + 120
    y = end + 40
    for role, name in signers:
        last.text(last.width - RIGHT - mm(78), y, role, song(41))
        last.text(last.width - RIGHT - mm(36), y, name, song(41))
        y += 78
    y += 30
    last.right(last.width - RIGHT - mm(14), y + 10, cn_date(day), song(41))
    seal(last, last.width - RIGHT - mm(42), y + 20, COURT, rng, radius=mm(20))
    if cc:
        last.text(LEFT, min(y + 160, last.height - FOOT - 40), cc, song(34))
    if len(sheets) > 1:
        at = rng.uniform(0.35, 0.6)
        for sh in sheets:
            assert isinstance(sh, Leaf)
            sh.seam = at
    return number_pages(sheets)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = (20, 30, 110)) -> None:
    hand(s, x, y, text, rng, size=size, ink=ink)


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra['basis_title']}"


def _case(c: CaseCtx) -> str:
    return f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案"


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    panel = [("审 判 长", c.judge), ("审 判 员", c.officer), ("审 判 员", person_name(rng)), ("书 记 员", c.clerk)]
    if code == "acceptance_notice":
        return bureau(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{_basis(c)}，本院经审查认为符合法律规定的受理条件，决定立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}，联系电话{c.court.phone}。你方在执行过程中发现被执行人财产线索"
                  "的，请及时书面告知本院；联系方式、送达地址变更的，应当及时告知本院。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return bureau(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{_case(c)}，根据《诉讼费用交纳办法》第十条、第十四条的规定，你方应预交申请执行费"
                  f"{c.extra['fee']}元。" + ("劳动争议案件申请执行人系劳动者的，可申请缓交。" if tale(c) == "garment" else "")),
            ("p", "请于接到本通知次日起七日内扫描缴费通知书上的二维码或到本院诉讼服务中心交纳，逾期不交纳的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return bureau(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}与{_you(r)}{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。申请执行人{a.name}于"
                  f"{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}第二百五十一条的规定，责令{_you(r)}"
                  "立即履行下列义务："),
            ("p", f"1．给付申请执行人{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", f"2．负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
        ], signers=[("执 行 员", c.officer)], day=d)
    if code == "property_report_order":
        return bureau(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第五条的规定，责令{_you(r)}在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产"
                  "情况：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、产品、原材料"
                  "等动产；债权、股权、投资权益；其他应当报告的财产。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=[("执 行 员", c.officer)], day=d)
    if code == "enforcement_ruling":
        target = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内存款"
                  f"{money(c.amount)}" if tale(c) != "garment" else
                  f"冻结、划拨被执行人{r.name}名下银行存款{money(c.amount)}，或者查封、扣押其相应价值的财产")
        return bureau(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，" + (f"住所地{a.address}。" if a.kind == "organisation" else f"住{a.address}。")),
            ("f", f"被执行人：{r.name}，" + (f"住所地{r.address}。" if r.kind == "organisation" else f"住{r.address}。")),
            ("p", f"本院在执行{_case(c)}中，因被执行人未按执行通知履行法律文书确定的义务，依照{LAW}第一百五十七条第一款"
                  "第十一项、第二百四十九条、第二百五十三条的规定，裁定如下："),
            ("p", target + "。"),
            ("p", "本裁定立即执行。"),
        ], signers=panel, day=d)
    if code == "assistance_notice":
        return bureau(c, rng, "协助执行通知书", [
            ("f", f"{c.extra['r_bank']}："),
            ("p", f"关于{_case(c)}，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百四十九条、第二百五十三条的规定，"
                  "请协助执行下列事项："),
            ("p", f"冻结并扣划被执行人{r.name}（证照号码{r.id_number}）在你行账户{c.extra['r_acct']}内存款，以{money(c.amount)}"
                  "为限，划至本院执行款专户。"),
            ("f", "本院执行款专户：丹东市振兴区人民法院　开户行：丹东银行振兴支行"),
            ("f", f"执行人员：{c.officer}、{c.clerk}　　联系电话：{c.court.phone}"),
        ], number=f"{c.number}-1", day=d, cc="（此联留存附卷）")
    if code == "closing_notice":
        how = ("本院扣划被执行人存款后，双方于" + cn_date(made_on(c, "settlement_agreement")) + "达成执行和解，被执行人"
               if tale(c) == "seafood" else "双方达成执行和解，被执行人")
        return bureau(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，{how}已于{cn_date(c.extra['pay_day'])}履行全部给付义务，执行款已转入你方指定的"
                  f"{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案执行完毕，予以结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return bureau(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年生，住{a.address}。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。"),
            ("p", f"申请执行人{a.name}与被执行人{r.name}劳动争议一案，{_basis(c)}已经发生法律效力，申请执行人于"
                  f"{cn_date(c.filed_on)}向本院申请执行。本院依法向被执行人发出执行通知书、报告财产令，通过网络执行查控系统查询"
                  "被执行人的银行存款、车辆、不动产、证券、股权等财产，并到被执行人厂区实地调查，被执行人已停产，厂房系租赁，"
                  "缝纫设备已被出租方留置，无其他可供执行的财产。"),
            ("p", f"本院已对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，并将被执行人纳入失信被执行人名单。本院于"
                  f"{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，申请执行人表示暂不能提供财产线索。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本次执行程序。尚未执行到位的款项为{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=panel, day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau(c, rng, "限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。因{_you(r).removeprefix('你')}未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的"
                  f"规定，对{_you(r)}及法定代表人{r.legal_rep}采取限制消费措施，不得实施以下行为：乘坐飞机、列车软卧、轮船二等"
                  "以上舱位；在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；购买不动产或者新建、扩建、高档装修房屋；"
                  "租赁高档写字楼、宾馆、公寓等场所办公；购买非经营必需车辆；旅游、度假；子女就读高收费私立学校；支付高额保费"
                  "购买保险理财产品；乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return bureau(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{_case(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不履行"
                  "执行和解协议外的报告财产义务。依照" + LAW + "第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的"
                  "若干规定》第一条第一项、第五项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, person_name(rng), "被执行人厂区（" + r.address.removeprefix("辽宁省") + "）", [
            ("问", f"我们是丹东市振兴区人民法院执行局的，依法到{r.name}调查，你在厂里是做什么的？"),
            ("答", "我是厂里的库管，老板让我看着点门。"),
            ("问", "厂子现在还生产吗？"),
            ("答", "春节前就停了，给日本那边加工的单子断了，工人都回家了，工资也没开。"),
            ("问", "车间里的缝纫机、裁床是谁的？"),
            ("答", "机器是租的，房东说欠房租，连机器带厂房都扣下了，不让往外拉。"),
            ("问", "仓库里还有布料、成衣吗？"),
            ("答", "剩点零头布，不值什么钱，成衣早发走了。"),
            ("问", f"法定代表人{r.legal_rep}在哪里？"),
            ("答", "听说去外地找活儿了，电话有时候能打通。"),
            ("问", "以上说的是否属实？"),
            ("答", "属实。"),
        ])
    if code == "interview_record":
        return _record(c, rng, "约谈笔录", d, a.name, "本院执行局接待室", [
            ("问", "今天约你来，是向你通报案件执行情况，听取你的意见。你的身份？"),
            ("答", f"我是申请执行人{a.name}，身份证号{a.id_number}。"),
            ("问", "本院已经通过总对总、点对点查控系统查询被执行人名下的存款、车辆、房产、股权，均无可供执行的财产；到厂区实地"
                   "调查，工厂已停产，设备被出租方留置。已对被执行人限制消费并纳入失信名单。你清楚吗？"),
            ("答", "清楚。我们好几个工友都在申请，厂子确实空了。"),
            ("问", "你能否提供被执行人其他财产线索？"),
            ("答", "提供不了。听说老板在东港还有个加工点，但不知道在谁名下。"),
            ("问", "本案拟终结本次执行程序，终本后发现财产可以申请恢复执行，你有什么意见？"),
            ("答", "同意，有线索我再来找法院。"),
        ])
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票: the pre-printed form of 振兴区法院, blanks filled in blue ballpoint."""
    s = Leaf()
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 92, "传 票", font("hei", 80), spacing=40)
    s.text(LEFT, TOP + 215, "案号", song(38))
    pen(s, LEFT + mm(16), TOP + 210, c.number, rng, size=40)
    w = s.width - LEFT - RIGHT
    due = d + timedelta(days=6)
    r = c.respondent
    rows = [("案由", f"{c.extra['cause']}（执行）"), ("被传唤人", f"{r.legal_rep}（{r.name}）"), ("工作单位或住址", r.address),
            ("传唤事由", "询问被执行人财产情况"), ("应到时间", f"{due.month}月{due.day}日上午8时30分"),
            ("应到处所", "振兴区法院执行局第二谈话室")]
    y = TOP + 290
    table(s, LEFT, y, [mm(44), w - mm(44)], [[k, ""] for k, _ in rows], song(38), row_h=118, centre_first=True)
    for i, (_, v) in enumerate(rows):
        for k, part in enumerate(wrap(v, font("kai", 38), w - mm(52))[:2]):
            pen(s, LEFT + mm(48), y + 118 * i + 24 + k * 46, part, rng, size=38)
    y += 118 * len(rows) + 50
    notes = ["注意：1．被传唤人必须准时到达应到处所。", "　　　2．本票由被传唤人携带来院报到。",
             "　　　3．被传唤人收到传票后，应在送达回证上签名或盖章。",
             "　　　4．被执行人经两次传票传唤，无正当理由拒不到场的，可以拘传。"]
    for line in notes:
        s.text(LEFT, y, line, song(34))
        y += 58
    s.right(s.width - RIGHT - mm(12), y + 120, cn_date(d), song(40))
    seal(s, s.width - RIGHT - mm(40), y + 130, COURT, rng, radius=mm(20))
    s.text(LEFT, y + 60, f"执行员：{c.officer}", song(38))
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, who: str, place: str,
            qa: list[tuple[str, str]]) -> list[Sheet]:
    """笔录 typed on the bureau's record paper (a boxed head block, Q/A in 宋体), the person's hand on each page."""
    f = song(38)
    lh = 66
    sheets: list[Sheet] = []

    def page() -> tuple[Sheet, float]:
        s = Leaf()
        s.centred(TOP - 10, title, font("hei", 66), spacing=30)
        sheets.append(s)
        return s, TOP + 110

    s, y = page()
    head = [f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(9, 14)}时{rng.choice(['00', '10', '30'])}分",
            f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}", f"被询问人：{who}", f"案号：{c.number}"]
    box_top = y - 16
    for line in head:
        s.text(LEFT + 16, y, line, f)
        y += lh
    s.box(LEFT, box_top, s.width - RIGHT, y + 4, width=2)
    y += 40
    width = s.width - LEFT - RIGHT
    for q, text in qa:
        for k, part in enumerate(wrap(f"{q}：{text}", f, width)):
            if y > s.height - FOOT - mm(22):
                s, y = page()
            s.text(LEFT + (0 if k == 0 else 76), y, part, f)
            y += lh
    n = len(sheets)
    for i, sh in enumerate(sheets, 1):
        sh.text(sh.width - RIGHT - mm(95), sh.height - FOOT - mm(8), "被询问人签名：", song(34))
        signature(sh, sh.width - RIGHT - mm(45), sh.height - FOOT - mm(11), who, rng, ink=(30, 30, 40))
        sh.centred(sh.height - FOOT + mm(10), f"（第{i}页 共{n}页）", song(32))
        if i > 1:
            sh.page_of = (i, n)
    last = sheets[-1]
    if y < last.height - FOOT - mm(30):
        pen(last, LEFT + mm(8), y + 12, "以上笔录我已看过，和我说的一样。", rng, size=42, ink=(25, 25, 30))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Leaf()
    s.centred(TOP, COURT, font("serif_bold", 48), spacing=4)
    s.centred(TOP + 80, "执行案件结案审批表", font("hei", 64), spacing=6)
    w = s.width - LEFT - RIGHT
    how = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
    got = Decimal(0) if c.method == "terminated_this_round" else c.amount
    rows = [["案　号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{got:,.2f}元"],
            ["结案方式", how, "承办人", c.officer], ["承办人意见", ""], ["执行局领导意见", ""], ["备　注", ""]]
    hs = [96, 112, 130, 96, 96, 320, 300, 150]
    y = TOP + 190
    table(s, LEFT, y, [mm(36), w / 2 - mm(36), mm(30), w / 2 - mm(30)], rows, song(34), row_h=hs, centre_first=True)
    yy = y + sum(hs[:5])
    pen(s, LEFT + mm(42), yy + 40, f"本案已{how}，文书送达完毕，" + ("案款已发放。" if got else "已约谈申请人。"), rng)
    pen(s, LEFT + mm(42), yy + 100, "拟结案，请审批。", rng)
    pen(s, s.width - RIGHT - mm(70), yy + 230, f"{c.officer}  {d.month}月{d.day}日", rng, size=36)
    pen(s, LEFT + mm(42), yy + 360, "同意结案", rng, ink=(120, 20, 30))
    pen(s, s.width - RIGHT - mm(70), yy + 520, f"{person_name(rng)}  {(d + timedelta(days=1)).month}.{(d + timedelta(days=1)).day}",
        rng, size=36, ink=(120, 20, 30))
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "summons": "传票",
                 "closing_notice": "结案通知书", "payment_notice": "交纳执行申请费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 of 振兴区法院: a ruled form, the served papers typed in, signed and dated by hand."""
    to_app = served[0] in ("acceptance_notice", "termination_this_round_ruling", "closing_notice", "payment_notice")
    who = c.applicant if to_app else c.respondent
    signer = (c.agent if c.applicant.kind == "organisation" else who.name) if to_app else (who.legal_rep or who.name)
    issued = max(made_on(c, x) for x in served)
    got = issued + timedelta(days=rng.randint(1, 3))
    s = Leaf()
    s.centred(TOP, COURT, font("serif_bold", 52), spacing=4)
    s.centred(TOP + 88, "送 达 回 证", font("hei", 74), spacing=16)
    w = s.width - LEFT - RIGHT
    docs = "、".join(RECEIPT_NAMES[x] for x in served)
    rows = [["案　　号", c.number], ["送达文书名称和件数", f"{docs}（各一份）"], ["受送达人", who.name], ["送达地点", who.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备　　考", ""]]
    hs = [100, 150, 100, 130, 300, 130, 130, 160]
    y = TOP + 210
    table(s, LEFT, y, [mm(52), w - mm(52)], rows, song(36), row_h=hs, centre_first=True)
    yy = y + sum(hs[:4])
    signature(s, LEFT + mm(70), yy + 60, signer, rng, ink=(25, 25, 30))
    pen(s, LEFT + mm(100), yy + 190, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(25, 25, 30))
    pen(s, LEFT + mm(60), yy + 300 + 130 + 40, f"{c.clerk}  {c.officer}", rng, size=38)
    s.right(s.width - RIGHT - mm(10), y + sum(hs) + 100, f"签发日期：{num_date(issued)}", song(36))
    seal(s, s.width - RIGHT - mm(40), y + sum(hs) + 110, COURT, rng, radius=mm(19))
    s.text(LEFT, s.height - FOOT, "说明：受送达人拒绝签收的，送达人应当在备考栏注明情况。", song(30))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Leaf(paper=(250, 246, 236) if code == "dossier_cover" else (255, 255, 255))
    done = made_on(c, code)
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=5)
        s.box(mm(19), mm(19), s.width - mm(19), s.height - mm(19), width=2)
        s.centred(mm(48), COURT, font("serif_bold", 68), spacing=8)
        s.centred(mm(78), "执 行 卷 宗", font("hei", 104), spacing=24)
        s.centred(mm(104), "（正卷）", song(46))
        fields = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
                  ("被 执 行 人", c.respondent.name), ("执行依据", _basis(c)), ("承 办 人", c.officer),
                  ("书 记 员", c.clerk), ("收案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
                  ("结案方式", "执行完毕"), ("归档日期", num_date(done)), ("保管期限", "长期")]
        y = mm(126)
        for k, v in fields:
            s.text(mm(36), y, k, song(42))
            parts = wrap(v, song(42), s.width - mm(100))
            for j, part in enumerate(parts):
                s.text(mm(84), y + j * 58, part, song(42))
            y += 58 * (len(parts) - 1)
            s.line(mm(82), y + 56, s.width - mm(34), y + 56, width=2)
            y += 98
        s.text(mm(36), s.height - mm(40), f"本卷共　{rng.randint(52, 78)}　页　　　　卷号 {c.filed_on.year}-Z-{c.number[-6:-1]}", song(38))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", font("hei", 70), spacing=20)
        s.text(LEFT, TOP + 110, f"{c.number}", song(36))
        items = ["执行卷宗封面", "卷内目录", "民事判决书", "生效证明书", "强制执行申请书", "财产线索表", "申请执行人身份证明",
                 "被执行人身份证明", "授权委托书", "律师事务所函", "律师执业证", "收取执行款账户确认书", "送达地址确认书",
                 "执行费收据", "受理通知书、交费通知书", "执行通知书、报告财产令", "网络查控结果", "执行裁定书",
                 "协助执行通知书", "财产申报表", "执行和解协议", "执行款发放凭证", "结案通知书", "结案审批表", "送达回证",
                 "卷宗复核表", "备考表"]
        rows = [["顺序号", "文件名称", "日期", "页号"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = 1 if i < 3 else rng.choice([1, 1, 2, 3])
            rows.append([str(i), it, "", f"{p}-{p + n - 1}" if n > 1 else str(p)])
            p += n
        table(s, LEFT, TOP + 170, [mm(20), w - mm(20) - mm(34) - mm(24), mm(34), mm(24)], rows, song(31), row_h=72,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, COURT, font("serif_bold", 48), spacing=4)
        s.centred(TOP + 80, "执行案件卷宗归档审查表", font("hei", 60), spacing=6)
        items = ["法律文书是否齐全", "送达回证是否齐全、签章完整", "执行款收付是否清结", "卷内文件排列是否规范",
                 "页码编写是否连续", "卷内有无金属物"]
        rows = [["案号", c.number, ""], ["审查项目", "审查结果", "备注"], *[[k, "", ""] for k in items], ["审查意见", ""],
                ["审查人", ""]]
        y = TOP + 190
        hs = [96, 90, *[100] * len(items), 240, 110]
        table(s, LEFT, y, [w * 0.5, w * 0.28, w * 0.22], rows, song(34), row_h=hs)
        for i in range(len(items)):
            pen(s, LEFT + w * 0.5 + mm(12), y + 186 + 100 * i + 26, "无" if i == len(items) - 1 else "是", rng)
        pen(s, LEFT + mm(46), y + 186 + 100 * len(items) + 60, "卷宗材料齐全，同意归档。", rng)
        signature(s, LEFT + mm(46), y + sum(hs) - 90, person_name(rng), rng, ink=(25, 25, 30))
        s.right(s.width - RIGHT, y + sum(hs) + 40, f"审查日期：{num_date(done)}", song(36))
        return [s]
    s.centred(TOP, "备 考 表", font("hei", 72), spacing=26)
    s.box(LEFT, TOP + 130, s.width - RIGHT, s.height - FOOT, width=3)
    s.text(LEFT + 24, TOP + 160, f"本卷宗连面带底共计　{rng.randint(54, 80)}　页，附证物　0　件。", song(40))
    s.text(LEFT + 24, TOP + 240, "说明：", song(40))
    pen(s, LEFT + mm(28), TOP + 236, "执行款已全部发放，无遗留事项。", rng, ink=(25, 25, 30))
    y = s.height - FOOT - mm(70)
    for label, name in (("立卷人：", c.clerk), ("检查人：", person_name(rng))):
        s.text(LEFT + 24, y, label, song(40))
        signature(s, LEFT + mm(40), y - 6, name, rng, ink=(25, 25, 30))
        y += mm(22)
    s.text(LEFT + 24, y, f"立卷日期：{num_date(done)}", song(40))
    return [s]
