"""court_jg (河北省石家庄市桥西区人民法院, held out): the railway city's old west side — the fabric and garment trade
round 新石中路 and the old cotton mills, the decoration shops along 中华南大街, the building-materials yards at 振头 and
留营 where the villages inside the city are being rebuilt. Its own papers in the bureau's serif style (court_jg_kit);
what it receives in the senders' styles (court_jg_papers). Most papers reached the volume through the province's
e-litigation platform and were printed back out from it (court_jg_capture)."""

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
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_jg_kit import (
    BALL,
    BLACK_PEN,
    COURT,
    LEFT,
    RIGHT,
    SHORT,
    TOP,
    Flow,
    Page,
    bold,
    court_paper,
    folio,
    form_title,
    frame_grid,
    hei,
    ink,
    serif,
    uploaded,
)
from dossier.corpus.families.court_jg_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "online_inquiry_result",
})
CODES = OWN | RECEIVED
CLOTH_SEQ, DECOR_SEQ, BRICK_SEQ = 15917, 15946, 15983
LAW = "《中华人民共和国民事诉讼法》"
ON_DAY = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 3, "property_report_order": 3,
          "online_inquiry_result": 5, "property_declaration_form": 14, "enforcement_ruling": 9, "assistance_notice": 9,
          "summons": 24, "investigation_record": 34, "consumption_restriction_order": 41, "dishonest_list_decision": 41,
          "payment_voucher": 33}
BEFORE_CLOSING = {"interview_record": 14, "termination_this_round_ruling": 6, "closing_notice": 3,
                  "closing_approval_form": 2, "file_review_form": -3, "remarks_sheet": -4, "catalogue": -4,
                  "dossier_cover": -4}
"""days before the closing date (negative: after it — the archive's papers)"""
SERVED_ONLINE = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                           "enforcement_ruling", "consumption_restriction_order", "dishonest_list_decision",
                           "termination_this_round_ruling", "closing_notice"})
"""the bureau's papers served through the platform (电子送达): the copy in the volume is the platform's print"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in BEFORE_CLOSING:
        return c.closed_on - timedelta(days=BEFORE_CLOSING[code])
    return c.day(ON_DAY.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """石家庄 parties. CLOTH_SEQ: a 新石中路 fabric wholesaler's 石家庄仲裁委员会 award for 面料货款 against a garment
    company, its 河北银行 account frozen and deducted, paid out, archived; DECOR_SEQ: a retired mill worker's 民事调解书
    of this court against the decoration company that took her prepayment and shut its 中华南大街 shop — nothing found,
    限制消费 and 失信, 终本; BRICK_SEQ: a 振头 building-materials dealer's judgment of this court against a 赞皇 contractor
    who pleads that the main contractor owes him — nothing found in his name, 终本."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {CLOTH_SEQ: "cloth", DECOR_SEQ: "decor", BRICK_SEQ: "brick"}[seq]
    c.firm = rng.choice(["河北裕华律师事务所", "河北太行正和律师事务所", "河北滹沱律师事务所", "河北开元鼎信律师事务所"])
    c.extra["firm_addr"] = f"石家庄市桥西区{rng.choice(['裕华西路', '维明南大街', '槐安西路'])}{rng.randint(8, 260)}号" \
                           f"{rng.choice(['金石大厦', '开元大厦', '万达广场写字楼'])}{rng.randint(5, 22)}层"
    c.extra["licence"] = f"1130120{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["filing_no"] = f"WSLA1301042024{rng.randint(10000, 99999)}"
    c.extra["badge"] = f"J130104{rng.randint(100, 999)}"
    c.extra["in_bank"] = rng.choice(["中国工商银行石家庄桥西支行", "河北银行石家庄新石支行", "中国建设银行石家庄中华南大街支行"])
    c.extra["in_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"1304{rng.randint(10**15, 10**16 - 1)}"
    street = rng.choice(["新石中路", "中华南大街", "槐安西路", "红旗大街", "自强路"])
    if seq == CLOTH_SEQ:
        c.applicant = Party(f"石家庄{rng.choice(['锦纶', '华纺', '新石'])}纺织品有限公司", "organisation",
                            credit_code(rng, "130104"), f"河北省石家庄市桥西区新石中路{rng.randint(100, 380)}号"
                            f"{rng.choice(['纺织品市场', '轻纺城'])}{rng.choice('ABC')}区{rng.randint(1, 90)}号",
                            f"0311-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"石家庄{rng.choice(['衣尚', '美裳', '恒美'])}服饰有限公司", "organisation",
                             credit_code(rng, "130104"), f"河北省石家庄市桥西区{rng.choice(['留营街道', '振头街道'])}"
                             f"{rng.choice(['汇通路', '石铜路'])}{rng.randint(10, 180)}号", f"0311-8{rng.randint(1000000, 9999999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "石家庄仲裁委员会"
        c.basis_number = f"（2023）石仲裁字第{rng.randint(300, 1400):04d}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 4600)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["r_bank"] = "河北银行石家庄桥西支行"
        c.extra["r_acct"] = f"0509{rng.randint(10**11, 10**12 - 1)}"
        c.extra["goods"] = "涤棉府绸、精梳棉布等面料"
    elif seq == DECOR_SEQ:
        born = date(rng.randint(1955, 1963), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "130104", born),
                            f"河北省石家庄市桥西区{street}{rng.randint(10, 300)}号{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元"
                            f"{rng.randint(1, 18)}0{rng.randint(1, 4)}", f"13{rng.randint(100000000, 999999999)}",
                            born=born, sex="女")
        c.respondent = Party(f"石家庄{rng.choice(['尚品', '居然美', '金百合'])}装饰工程有限公司", "organisation",
                             credit_code(rng, "130104"), f"河北省石家庄市桥西区中华南大街{rng.randint(100, 560)}号",
                             f"0311-8{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）冀0104民初{rng.randint(8000, 14999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "装饰装修合同纠纷"
        c.amount = Decimal(rng.randint(620, 1480)) * 100
        c.extra["flat"] = c.applicant.address.split("桥西区")[1]
    else:
        born = date(rng.randint(1968, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "130104", born),
                            f"河北省石家庄市桥西区振头街道{rng.choice(['振头一村', '振头三村', '留营村'])}"
                            f"{rng.randint(1, 12)}排{rng.randint(1, 40)}号", f"13{rng.randint(100000000, 999999999)}",
                            born=born, sex="男")
        c.extra["shop"] = f"{c.applicant.name[0]}记建材商店"
        rborn = date(rng.randint(1966, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "130129", rborn),
                             f"河北省赞皇县{rng.choice(['院头镇', '嶂石岩镇', '黄北坪乡'])}{rng.choice(['东王', '南马', '西高'])}村"
                             f"{rng.choice(['前街', '中街', '后街'])}{rng.randint(1, 90)}号", f"15{rng.randint(100000000, 999999999)}",
                             born=rborn, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）冀0104民初{rng.randint(15000, 19999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(480, 1260)) * 100 + Decimal(rng.randint(0, 9)) * 10
        c.extra["truck"] = f"冀A{rng.choice('DFKMQ')}{rng.randint(1000, 9999)}"
        c.extra["project"] = rng.choice(["振头三村城中村改造安置房项目", "留营片区棚户区改造项目"])
        c.extra["wife"] = person_name(rng)
    c.extra["fee"] = _fee(c.amount)
    c.extra["paid_on"] = made_on(c, "payment_voucher")


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条第一项): 50 yuan to 10,000, then 1.5% up to 500,000."""
    if amount <= 10000:
        return Decimal(50)
    return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))


def basis_name(c: CaseCtx) -> str:
    return {"cloth": "裁决书", "decor": "民事调解书", "brick": "民事判决书"}[tale(c)]


def basis_title(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{basis_name(c)}"


def render(code: str, c: CaseCtx, rng: random.Random, drawn_with: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, drawn_with)
    sheets = _own(code, c, rng, drawn_with)
    if code in SERVED_ONLINE:
        to_applicant = code in ("acceptance_notice", "payment_notice", "closing_notice")
        party = c.applicant if to_applicant else c.respondent
        d = made_on(c, code)
        at = datetime(d.year, d.month, d.day, rng.randint(9, 16), rng.randint(0, 59), rng.randint(0, 59))
        name = {"termination_this_round_ruling": "执行裁定书（终本）", "dishonest_list_decision": "决定书（失信）",
                "enforcement_ruling": "执行裁定书"}.get(code, _TITLE.get(code, code))
        sheets = uploaded(sheets, f"{SHORT}执行局", at, f"{c.number}{name}.pdf", c.number, served=party.name)
    return sheets


_TITLE = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "consumption_restriction_order": "限制消费令", "closing_notice": "结案通知书"}


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}。"),
                ("h", f"法定代表人：{p.legal_rep}。"), ("h", f"统一社会信用代码：{p.id_number}。")]
    born = p.born or date(1975, 1, 1)
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，公民身份号码{p.id_number}。")]


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng))),
             ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你{'单位' if a.kind == 'organisation' else ''}申请执行{basis_title(c)}一案，本院经审查，符合立案条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}负责办理，联系电话{c.court.phone}。请你方积极向本院提供被执行人的财产线索；"
                  "通讯地址、联系方式或收款账户变更的，应当及时书面告知本院。"),
            ("p", "案件流程信息可登录河北法院电子诉讼平台或中国执行信息公开网查询。"),
        ], day=d, served=True)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，依照国务院《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，本案申请执行费为"
                  f"人民币{c.extra['fee']:,.2f}元，由被执行人负担，申请执行人可暂不预交，执行中由本院向被执行人一并收取。"),
            ("p", "如对本通知有异议，可于收到本通知之日起七日内向本院提出。"),
        ], day=d, served=True)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知书之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}给付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']:,.2f}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并依法对{_you(r)}采取限制消费、纳入失信被执行人名单、限制出境等措施。"),
        ], signers=staff, day=d, served=True)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条，《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  f"第三条至第六条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况，填写所附财产申报表。"),
            ("p", "报告财产后财产情况发生变动，影响申请执行人债权实现的，应当自变动之日起十日内向本院补充报告。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告财产情况的，本院将根据情节轻重予以罚款、拘留，纳入失信被执行人"
                  "名单；构成犯罪的，依法追究刑事责任。"),
            ("s", "附：财产申报表一份。"),
        ], signers=staff, day=d, served=True)
    if code == "enforcement_ruling":
        return _ruling(c, rng, d, bench)
    if code == "assistance_notice":
        return _assistance(c, rng, d)
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，本院于{cn_date(made_on(c, 'enforcement_ruling'))}冻结被执行人在{c.extra['r_bank']}"
                  f"的账户，并于{cn_date(c.extra['paid_on'] - timedelta(days=9))}扣划{money(c.amount)}至本院执行款专户。"
                  f"上述款项已于{cn_date(c.extra['paid_on'])}发放至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "本案生效法律文书确定的义务已履行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条"
                  "第一款第（一）项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d, served=True)
    if code == "termination_this_round_ruling":
        return _ttr(c, rng, d, bench)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        who = [("h", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
               ("h", f"法定代表人：{r.legal_rep}。")] if r.kind == "organisation" else _party("被执行人", r)
        scope = f"被执行人及其法定代表人{r.legal_rep}" if r.kind == "organisation" else f"被执行人{r.name}"
        return court_paper(c, rng, "限制消费令", [
            *who,
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{_case(c)}。被执行人未按执行通知书指定的期间履行生效法律文书确定的"
                  "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对"
                  f"{scope}采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                  "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反限制消费令，经查证属实的，本院将依照民事诉讼法的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                  "刑事责任。"),
        ], day=d, served=True)
    if code == "dishonest_list_decision":
        who = [("h", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
               ("h", f"法定代表人：{r.legal_rep}。")] if r.kind == "organisation" else _party("被执行人", r)
        return court_paper(c, rng, "决定书", [
            *who,
            ("p", f"本院在执行{_case(c)}中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项，第二条第一款的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], signers=[("审判长", c.judge), ("审判员", c.officer), ("审判员", c.extra.setdefault("third", person_name(rng)))],
            number=c.number.replace("号", "号之二"), day=d, served=True)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _ruling(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if tale(c) == "cloth":
        found = (f"本院通过网络执行查控系统查询，被执行人在{c.extra['r_bank']}开立的账户（账号{c.extra['r_acct']}）"
                 "内有存款。")
        order = [("p", f"一、冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}；"),
                 ("p", f"二、扣划被执行人{r.name}应负担的申请执行费{c.extra['fee']:,.2f}元。")]
    else:
        found = "被执行人未在执行通知书指定的期间内履行义务，亦未向本院报告财产。"
        order = [("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、拍卖、变卖被执行人相应价值的"
                       "财产。")]
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"{basis_title(c)}已经发生法律效力。申请执行人{a.name}向本院申请强制执行，本院于{cn_date(c.filed_on)}立案。"
              f"{found}依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
        *order,
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=d, served=True)


def _ttr(c: CaseCtx, rng: random.Random, d: date, bench: list[tuple[str, str]]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    decor = tale(c) == "decor"
    if decor:
        field_work = (f"于{cn_date(made_on(c, 'investigation_record'))}到被执行人住所地中华南大街门店实地调查，该门店已于"
                      "2023年停业，现由他人承租经营，被执行人无财产留存")
        heard = "申请执行人表示暂时不能提供新的财产线索，对终结本次执行程序无异议"
    else:
        field_work = (f"向车辆管理部门核查申请执行人提供的{c.extra['truck']}号车辆，该车登记在案外人{c.extra['wife']}名下；"
                      f"被执行人称其承揽的{c.extra['project']}工程款尚未结算，本院已向该项目总承包单位送达协助执行通知，"
                      "暂无到期应付款")
        heard = "申请执行人表示同意终结本次执行程序，待发现财产后再申请恢复执行"
    return court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a), *_party("被执行人", r),
        ("p", f"本院在执行{basis_title(c)}一案中，因被执行人未履行生效法律文书确定的义务，申请执行人向本院申请强制执行，本院于"
              f"{cn_date(c.filed_on)}立案，执行标的为{money(c.amount)}。"),
        ("p", "执行过程中，本院依法向被执行人送达了执行通知书、报告财产令，通过网络执行查控系统对被执行人名下的存款、车辆、"
              f"不动产、证券、网络资金等财产进行了查询，{field_work}。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人"
              f"名单。本院于{cn_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其本案执行情况、财产调查措施及终结"
              f"本次执行程序的依据和法律后果，{heard}。"),
        ("p", f"本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照{LAW}第二百六十八条第六项，"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
        ("p", f"终结{basis_title(c)}的本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
        ("p", "终结本次执行程序后，被执行人应当继续履行生效法律文书确定的义务。"),
        ("p", "本裁定送达后立即生效。"),
    ], signers=bench, day=d, served=True)


def _assistance(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """协助执行通知书 to the bank; under a dashed cut line the bank's 回执, stamped and signed by its counter clerk."""
    r = c.respondent
    bank = c.extra.get("r_bank") or rng.choice(["中国农业银行石家庄桥西支行", "河北银行石家庄中华支行"])
    if tale(c) == "cloth":
        ask = (f"冻结并扣划被执行人{r.name}在你行账号{c.extra['r_acct']}内的存款{money(c.amount + c.extra['fee'])}，"
               f"划至本院执行款专户（户名：{SHORT}，账号：{c.extra['court_acct']}）。")
    elif tale(c) == "decor":
        ask = f"冻结被执行人{r.name}在你行开立的全部账户内的存款，以{money(c.amount)}为限，冻结期限为一年。"
    else:
        ask = f"冻结被执行人{r.name}（公民身份号码{r.id_number}）在你行开立的全部账户内的存款，以{money(c.amount)}为限。"
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("to", f"{bank}："),
        ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", ask),
        ("s", f"附：{c.number}执行裁定书一份。执行人员：{c.officer}（执行公务证{c.extra['badge']}）、{c.clerk}，"
              f"联系电话{c.court.phone}。"),
    ], number=c.number.replace("号", "号之一"), day=d)
    s = sheets[-1]
    y = s.height - mm(70)
    for x in range(LEFT - mm(8), s.width - RIGHT + mm(8), 26):
        s.line(x, y, x + 13, y, width=2)
    s.text(LEFT + mm(60), y - 22, "（沿此线剪开）", serif(24))
    s.centred(y + 26, "协 助 执 行 回 执", bold(44))
    s.text(LEFT, y + 100, f"{SHORT}：", serif(36))
    s.text(LEFT + mm(8), y + 152, f"你院{c.number.replace('号', '号之一')}协助执行通知书已收到，已按要求办理完毕。", serif(36))
    s.text(s.width - RIGHT - mm(88), y + 224, "协助执行单位（盖章）", serif(32))
    seal(s, s.width - RIGHT - mm(42), y + mm(22), bank, rng, radius=mm(17), inner="业务专用章")
    ink(s, LEFT + mm(10), y + 224, f"经办：{person_name(rng)}　{num_date(d + timedelta(days=1))}", rng, size=38, colour=BLACK_PEN)
    return sheets


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """传票 on the bureau's form: a ruled box of particulars, the notes under it, the seal at the right."""
    r = c.respondent
    s = Page()
    y = form_title(s, "传　票", size=86)
    s.right(s.width - RIGHT, y - 20, f"案号：{c.number}", serif(36))
    y += 40
    who = f"{r.legal_rep}（{r.name}法定代表人）" if r.kind == "organisation" else r.name
    w = s.width - LEFT - RIGHT
    rows = [["被传唤人", who], ["工作单位或住址", r.address], ["传唤事由", "执行调查：说明未履行义务的原因，如实报告财产"],
            ["应到时间", f"{num_date(d + timedelta(days=8))}上午9时00分"],
            ["应到处所", "本院执行局第二接待室（自强路院区二楼）"]]
    boxes = frame_grid(s, LEFT, y, [mm(48), w - mm(48)], rows, serif(38), heights=mm(19))
    y = boxes[-1][3] + 50
    for k, t in enumerate(["注意事项：", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。",
                           "二、被传唤人无正当理由拒不到场的，本院可以依法拘传。",
                           "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"]):
        s.text(LEFT + (0 if k == 0 else mm(8)), y, t, serif(34))
        y += 56
    y += 60
    when = cn_date(d)
    xr = s.width - RIGHT - mm(6)
    left = s.right(xr, y, when, serif(40))
    seal(s, (left + xr) / 2, y + 10, COURT, rng, radius=mm(21))
    s.text(LEFT, y + 150, f"执行员：{c.officer}　　书记员：{c.clerk}　　联系电话：{c.court.phone}", serif(32))
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行查控 system's feedback printed from the case system: a title band, the query line, the results in a
    thin-ruled table in sans, two pages footed n/m."""
    r = c.respondent
    f = font("sans", 27)
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国银行", "存款"), ("中国建设银行", "存款"),
             ("交通银行", "存款"), ("中国邮政储蓄银行", "存款"), ("河北银行", "存款"), ("河北省农村信用社联合社", "存款"),
             ("石家庄汇融农村合作银行", "存款"), ("招商银行", "存款"), ("中信银行", "存款"), ("民生银行", "存款"),
             ("支付宝（中国）网络技术有限公司", "网络资金"), ("财付通支付科技有限公司", "网络资金"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算有限责任公司", "证券"),
             ("市场监督管理总局", "工商登记"), ("人民银行（金融理财）", "理财产品")]
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    for i, (unit, kind) in enumerate(units, 1):
        if tale(c) == "cloth" and unit == "河北银行":
            res = f"有存款，余额{c.amount * Decimal('1.21'):,.2f}元"
        elif kind == "存款":
            res = rng.choice(["未开户", "未开户", "有账户，余额0.00元", f"有账户，余额{rng.randint(1, 99)}.{rng.randint(10, 99)}元"])
        elif kind == "网络资金":
            res = rng.choice(["无余额", f"余额{rng.randint(0, 40)}.{rng.randint(10, 99)}元"])
        elif kind == "车辆" and tale(c) == "brick":
            res = "未查询到登记车辆"
        elif kind == "工商登记" and r.kind == "organisation":
            res = "存续（在营、开业、在册）"
        else:
            res = "未查询到财产信息"
        rows.append([str(i), unit, kind, res, f"{d + timedelta(days=rng.randint(0, 3)):%Y-%m-%d} {rng.randint(8, 18):02d}:"
                     f"{rng.randint(0, 59):02d}"])
    sheets: list[Sheet] = []
    for part in (rows[:11], [rows[0], *rows[11:]]):
        s = Page()
        s.draw.rectangle((mm(15), mm(12), s.width - mm(15), mm(26)), fill=(70, 70, 70))
        s.text(mm(20), mm(14), "全国法院网络执行查控系统　查询结果反馈", font("sans_bold", 40), fill=(255, 255, 255))
        s.text(mm(15), mm(32), f"案号：{c.number}　　承办人：{c.officer}　　被查询人：{r.name}", f)
        s.text(mm(15), mm(39), f"证件号码：{r.id_number}　　查询方式：总对总　　发起时间：{d:%Y-%m-%d}", f)
        widths = [mm(14), mm(64), mm(24), mm(50), mm(28)]
        frame_grid(s, mm(15), mm(48), widths, part, f, heights=mm(12), labels=(), outer=2, inner=1)
        s.text(mm(15), s.height - mm(18), f"打印人：{c.clerk}　打印时间：{d + timedelta(days=5):%Y-%m-%d}", f)
        sheets.append(s)
    return folio(sheets, f, style="system")


QA = {
    ("investigation_record", "decor"): [
        ("问", "我们是桥西区人民法院执行局的执行人员（出示执行公务证），现依法向你了解被执行人的情况，你应当如实回答，"
               "听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", "你在这里做什么工作？"),
        ("答", "我是这个门市的房东委托的管理人，门市是我们租出去的。"),
        ("问", "{r}原来是否在这里经营？现在情况怎样？"),
        ("答", "他们原来在这里开装饰公司的门店，去年秋天就关门了，房租欠了两个月，人也联系不上了。"),
        ("问", "店里的样板间材料、电脑、车辆等还在不在？"),
        ("答", "走的时候能拉的都拉走了，剩下几块展板和旧沙发，抵了房租。现在门市已经租给卖灯具的了。"),
        ("问", "你知道他们的老板{rep}现在在哪里吗？"),
        ("答", "不知道，听说去外地了，电话一直关机。"),
        ("问", "以上情况是否属实？"),
        ("答", "属实。"),
    ],
    ("interview_record", "decor"): [
        ("问", "今天约你来，是向你告知案件的执行情况并听取你的意见。本院已通过网络执行查控系统查询被执行人的银行存款、"
               "车辆、不动产、证券、网络资金等，未发现可供执行的财产；到被执行人门店实地调查，该店已停业，无财产留存。"
               "对上述调查结果你有无异议？"),
        ("答", "没有异议。他们骗了好几家业主，门店早就关了。"),
        ("问", "本院已对被执行人及其法定代表人采取限制消费措施，并将被执行人纳入失信被执行人名单。你能否提供被执行人的"
               "其他财产线索？"),
        ("答", "我提供不了。"),
        ("问", "鉴于目前未发现可供执行的财产，本院拟终结本次执行程序。终本后，你发现被执行人有财产的，可以随时申请恢复"
               "执行，不受申请执行时效的限制；被执行人的限制消费、失信措施继续有效。你对终结本次执行程序有什么意见？"),
        ("答", "我同意。以后有了线索我再来找法院。"),
        ("问", "你还有什么要补充的？"),
        ("答", "没有了。"),
    ],
    ("interview_record", "brick"): [
        ("问", "今天约你来，是向你告知本案执行情况。本院通过网络执行查控系统查询，被执行人名下无存款、无车辆、无不动产；"
               "你提供的{truck}号皮卡车登记在其妻子{wife}名下；被执行人称{project}的工程款尚未结算，本院已向总承包单位"
               "发出协助执行通知书，总包单位回复暂无到期应付款。你对此有无异议？"),
        ("答", "车是他天天开的，可登记的不是他，我也没办法。工程款那边我再打听打听。"),
        ("问", "本院已对被执行人限制消费并纳入失信被执行人名单。你还能提供其他财产线索吗？"),
        ("答", "暂时没有。"),
        ("问", "本院拟终结本次执行程序，终本后发现财产可以申请恢复执行，不受申请执行时效限制。你是否同意？"),
        ("答", "同意。工程款结下来我马上来申请恢复执行。"),
        ("问", "你还有什么要说的？"),
        ("答", "没有了。"),
    ],
}


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """The bureau's 笔录 on its printed form: the title, a line of particulars (time, place, who) written with the
    typed questions, the answers; the person heard signs each page by hand at the right foot, and writes the closing
    confirmation."""
    interview = code == "interview_record"
    title = "谈 话 笔 录" if interview else "调 查 笔 录"
    r = c.respondent
    if interview:
        who, place = c.applicant.name, "本院执行局第一谈话室"
        role = "申请执行人"
    else:
        who, place = person_name(rng), r.address
        role = "门市管理人（受房东委托）"
    sheets: list[Sheet] = [Page()]
    s = sheets[0]
    s.centred(TOP, title, bold(68))
    f = serif(38)
    lead = 70
    start = rng.randint(9, 15)
    head = [f"时间：{num_date(d)}{start}时{rng.choice(['05', '20', '30', '40'])}分至{start}时{rng.randint(41, 58)}分",
            f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"{'被谈话人' if interview else '被调查人'}：{who}，{role}", f"案号：{c.number}"]
    y = TOP + 130
    for line in head:
        s.text(LEFT, y, line, f)
        y += lead
    s.line(LEFT, y + 6, s.width - RIGHT, y + 6, width=1)
    run = Flow(sheets, y + 36)
    signer = who

    def sign_foot(sh: Sheet) -> None:
        sh.text(sh.width - RIGHT - mm(76), sh.height - mm(36), "被询问人：", serif(32))
        ink(sh, sh.width - RIGHT - mm(44), sh.height - mm(39), signer, rng, size=46, colour=BLACK_PEN)

    values = {"r": r.name, "rep": r.legal_rep, "truck": str(c.extra.get("truck", "")), "wife": str(c.extra.get("wife", "")),
              "project": str(c.extra.get("project", ""))}
    for tag, text in QA[(code, tale(c))]:
        body = text.format(**values)
        run.para(f"{tag}：{body}", f, lead=lead, hang=f.size * 2)
    run.room(260)
    last = run.s
    ink(last, LEFT + mm(4), run.y + 30, "以上笔录我看过，与我说的相符。", rng, size=44, colour=BLACK_PEN)
    ink(last, LEFT + mm(4), run.y + 100, f"{signer}　{d.month}月{d.day}日", rng, size=44, colour=BLACK_PEN)
    for sh in run.sheets:
        sign_foot(sh)
    ink(last, LEFT, last.height - mm(36), f"执行员：{c.officer}　记录人：{c.clerk}", rng, size=36, colour=BALL)
    return folio(run.sheets)


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """执行案件结案审批表: a frame of particulars, then three tall opinion boxes written and signed by hand."""
    s = Page()
    y = form_title(s, "执行案件结案审批表", size=64)
    s.text(LEFT, y - 24, f"案号：{c.number}", serif(34))
    s.right(s.width - RIGHT, y - 24, f"承办部门：执行实施{rng.choice('一二三')}团队", serif(34))
    y += 40
    w = s.width - LEFT - RIGHT
    ttr = c.method == "terminated_this_round"
    how = "终结本次执行程序" if ttr else "执行完毕"
    done = Decimal(0) if ttr else c.amount
    rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行依据", basis_title(c)],
            ["立案日期", num_date(c.filed_on), "执行标的", f"{c.amount:,.2f}元"],
            ["执行到位", f"{done:,.2f}元", "未执行到位", f"{c.amount - done:,.2f}元"],
            ["拟结案方式", how], ["承办人意见", ""], ["团队负责人意见", ""], ["局长审批意见", ""]]
    hs = [mm(15)] * 6 + [mm(58), mm(34), mm(34)]
    boxes = frame_grid(s, LEFT, y, [mm(40), mm(50), mm(34), w - mm(124)], rows, serif(34), heights=hs, labels=(0, 2))
    firsts = [b for b in boxes if b[0] == LEFT]
    rights = [b for b in boxes if b[0] > LEFT and abs(b[2] - (LEFT + w)) < 4]
    view = ("经网络查控、实地调查，未发现被执行人可供执行财产；已限制消费、纳入失信名单；已约谈申请执行人，其同意终本。"
            "建议终结本次执行程序。" if ttr else "被执行人账户存款已扣划到位，执行款已全额发放申请执行人。建议以执行完毕结案。")
    box = rights[6]
    ink(s, box[0] + mm(4), box[1] + mm(4), view, rng, size=38, per_line=22, lead=mm(7.6), colour=BLACK_PEN)
    ink(s, box[2] - mm(62), box[3] - mm(11), f"{c.officer}　{d.month}.{d.day}", rng, size=38, colour=BLACK_PEN)
    ink(s, rights[7][0] + mm(4), rights[7][1] + mm(5), "同意。", rng, size=44, colour=BALL)
    ink(s, rights[7][2] - mm(52), rights[7][3] - mm(11), c.judge, rng, size=40, colour=BALL)
    ink(s, rights[8][0] + mm(4), rights[8][1] + mm(5), f"同意{how}。", rng, size=44, colour=BALL)
    ink(s, rights[8][2] - mm(60), rights[8][3] - mm(11), f"{c.extra.setdefault('chief', person_name(rng))}　"
        f"{(d + timedelta(days=1)).month}.{(d + timedelta(days=1)).day}", rng, size=40, colour=BALL)
    del firsts
    return [s]


_SERVED_NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
                 "property_report_order": "报告财产令（附财产申报表）", "enforcement_ruling": "执行裁定书",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "决定书（纳入失信被执行人名单）", "closing_notice": "结案通知书", "summons": "传票"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the bureau's ruled form; the papers were served through the platform too, but the respondent's came
    by EMS or by hand, and the receipt is the paper the person signed."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    ttr_to_both = "termination_this_round_ruling" in served
    who = c.applicant if to_applicant or ttr_to_both else c.respondent
    s = Page()
    y = form_title(s, "送 达 回 证", size=72)
    w = s.width - LEFT - RIGHT
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "；".join(f"{_SERVED_NAMES.get(x, x)}一份" for x in served)
    if who is c.applicant:
        way, addr = "直接送达", who.address
        sign = c.agent if rng.random() < 0.5 else who.name if who.kind == "person" else c.agent
    elif tale(c) == "decor":
        way, addr = f"邮寄送达（EMS {rng.randint(10**12, 10**13 - 1)}）", who.address
        sign = ""
    else:
        way, addr = "直接送达", who.address
        sign = who.legal_rep if who.kind == "organisation" else who.name
    rows = [["案　　由", c.extra["cause"]], ["案　　号", c.number], ["送达文书名称和件数", papers], ["受送达人", who.name],
            ["送达地点", addr], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", way],
            ["送达人", ""], ["备　　考", ""]]
    hs = [mm(15), mm(15), mm(28), mm(15), mm(20), mm(32), mm(18), mm(15), mm(16), mm(28)]
    boxes = frame_grid(s, LEFT, y, [mm(50), w - mm(50)], rows, serif(36), heights=hs)
    right = [b for b in boxes if b[0] > LEFT]
    if sign:
        ink(s, right[5][0] + mm(16), right[5][1] + mm(7), sign, rng, size=54, colour=BLACK_PEN)
        ink(s, right[5][2] - mm(64), right[5][3] - mm(11), num_date(when), rng, size=38, colour=BLACK_PEN)
    else:
        ink(s, right[5][0] + mm(8), right[5][1] + mm(8), "见EMS回执（已签收）", rng, size=42, colour=BALL)
        ink(s, right[9][0] + mm(6), right[9][1] + mm(6), f"邮件于{num_date(when)}妥投，门卫代收", rng, size=40,
            colour=BALL)
        ink(s, right[6][0] + mm(8), right[6][1] + mm(3), f"{person_name(rng)}（门卫）", rng, size=40, colour=BLACK_PEN)
    ink(s, right[8][0] + mm(8), right[8][1] + mm(3), f"{c.officer}　{c.clerk}", rng, size=40, colour=BALL)
    s.text(LEFT, boxes[-1][3] + 30, "填发人：" + c.clerk + "　　　" + cn_date(when - timedelta(days=1)), serif(32))
    seal(s, s.width - RIGHT - mm(40), boxes[-1][3] + mm(12), COURT, rng, radius=mm(19))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 执行卷宗 cover on buff card: the court in bold, 执行卷宗 large, the particulars written in black ink in a
    frame of ruled lines, the box of 全宗号/目录号/案卷号 at the top right left to the archive."""
    s = Page(paper=(238, 226, 196))
    x = s.width - RIGHT - mm(90)
    frame_grid(s, x, mm(16), [mm(30), mm(30), mm(30)], [["全宗号", "年度", "卷号"], ["", "", ""]], hei(26),
               heights=[mm(8), mm(10)], labels=(0, 1, 2), outer=3)
    ink(s, x + mm(36), mm(26), str(c.closed_on.year), rng, size=32, colour=BLACK_PEN)
    s.centred(mm(50), COURT, bold(58), spacing=4)
    s.centred(mm(74), "执 行 卷 宗", bold(118), spacing=20)
    s.centred(mm(108), "（正　卷）", serif(40))
    ttr = c.method == "terminated_this_round"
    rows = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
            ("被 执 行 人", c.respondent.name), ("执行依据", f"{c.basis_number}{basis_name(c)}"),
            ("执行标的", f"{c.amount:,.2f}元"), ("执 行 员", c.officer), ("书 记 员", c.clerk),
            ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", "终结本次执行程序" if ttr else "执行完毕"), ("归档日期", num_date(d)), ("保管期限", "永久" if not ttr else "长期")]
    y = mm(128)
    f = hei(38)
    for label, value in rows:
        s.text(LEFT + mm(10), y, label, f)
        s.line(LEFT + mm(52), y + 48, s.width - RIGHT - mm(10), y + 48, width=2)
        ink(s, LEFT + mm(58), y - 4, value, rng, size=38, colour=BLACK_PEN)
        y += mm(10.6)
    ink(s, LEFT + mm(10), y + mm(6), f"本卷共　{rng.randint(46, 72)}　页", rng, size=40, colour=BLACK_PEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    items = ["执行申请书", "仲裁裁决书", "裁决书生效证明", "财产线索表", "缴费票据", "营业执照、法定代表人身份证明书",
             "被执行人企业信用信息公示报告", "授权委托书", "律师事务所函", "律师执业证", "收款账户确认书", "送达地址确认书",
             "受理案件通知书", "交纳执行费通知书", "执行通知书", "报告财产令", "财产申报表", "网络执行查控结果",
             "执行裁定书", "协助执行通知书及回执", "银行电子回单", "结案通知书", "结案审批表", "送达回证"]
    s = Page()
    y = form_title(s, "卷 内 目 录", issuer="", size=70)
    s.text(LEFT, y - 20, f"案号：{c.number}", serif(34))
    y += 40
    w = s.width - LEFT - RIGHT
    rows = [["序号", "文　件　名　称", "日　期", "页号"]]
    when = [c.filed_on - timedelta(days=2)] * 12 + [c.day(1)] * 2 + [c.day(3)] * 2 + [
        c.day(14), c.day(5), c.day(9), c.day(9), c.extra["paid_on"], made_on(c, "closing_notice"),
        made_on(c, "closing_approval_form"), c.day(6)]
    for i, (name, on) in enumerate(zip(items, when, strict=True), 1):
        rows.append([str(i), name, f"{on:%Y.%m.%d}", ""])
    boxes = frame_grid(s, LEFT, y, [mm(16), w - mm(68), mm(32), mm(20)], rows, serif(30), heights=mm(8.6),
                       labels=(0,), outer=4, inner=1)
    page = 1
    for name, b in zip(items, boxes[4 + 3::4], strict=True):
        ink(s, b[0] + mm(4), b[1] + mm(1.2), str(page), rng, size=30, colour=BLACK_PEN)
        page += {"仲裁裁决书": 4, "执行申请书": 2, "网络执行查控结果": 2, "营业执照、法定代表人身份证明书": 2,
                 "送达回证": 3}.get(name, 1)
    ink(s, LEFT, s.height - mm(30), f"立卷人：{c.clerk}　　{num_date(d)}", rng, size=38, colour=BLACK_PEN)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """卷宗复核表 (the undertaker checks the clerk's volume before it is filed)."""
    s = Page()
    y = form_title(s, "执行卷宗归档复核表", size=62)
    w = s.width - LEFT - RIGHT
    points = ["卷内材料齐全，无缺页、漏页", "法律文书均有送达回证或送达凭证", "执行款收付手续完备、账款相符",
              "卷内目录与卷内材料一致", "材料按归档顺序排列", "页码连续、书写规范", "电子卷宗与纸质卷宗一致", "无空白栏目"]
    rows = [["案　号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["结案日期", num_date(c.closed_on)],
            ["复核项目", "复核情况"], *[[p, ""] for p in points], ["复核意见", ""], ["复核人签名", ""]]
    hs = [mm(13)] * 5 + [mm(13)] * len(points) + [mm(34), mm(18)]
    boxes = frame_grid(s, LEFT, y, [mm(96), w - mm(96)], rows, serif(33), heights=hs, label_font=serif(33))
    right = [b for b in boxes if b[0] > LEFT]
    for b in right[5:5 + len(points)]:
        ink(s, b[0] + mm(10), b[1] + mm(2), "✓" if rng.random() < 0.5 else "是", rng, size=40, colour=BALL)
    ink(s, right[-2][0] + mm(6), right[-2][1] + mm(8), "经复核，卷宗材料齐全，同意归档。", rng, size=40, colour=BALL)
    ink(s, right[-1][0] + mm(6), right[-1][1] + mm(3), f"{c.officer}　{num_date(d)}", rng, size=40, colour=BALL)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Page()
    y = form_title(s, "卷 内 备 考 表", issuer="", size=70)
    s.text(LEFT, y - 20, f"案号：{c.number}", serif(34))
    y += 40
    x1 = s.width - RIGHT
    s.box(LEFT, y, x1, s.height - mm(42), width=5)
    s.text(LEFT + mm(8), y + mm(8), "本卷情况说明", hei(40))
    pages = rng.randint(46, 72)
    yy = ink(s, LEFT + mm(14), y + mm(24), f"本卷共有文件材料{pages - 22}件，共{pages}页（含正反面），无照片、光盘。", rng,
             size=40, per_line=22, lead=mm(11), colour=BLACK_PEN)
    ink(s, LEFT + mm(14), yy, "执行款已全部发放，账款结清，无遗留事项。" if c.method != "terminated_this_round"
        else "本案终结本次执行程序，被执行人已限制消费、纳入失信名单。", rng, size=40, per_line=22, lead=mm(11), colour=BLACK_PEN)
    base = s.height - mm(110)
    for k, (label, value) in enumerate([("立卷人：", c.clerk), ("检查人：", c.officer), ("立卷时间：", num_date(d))]):
        s.text(LEFT + mm(86), base + k * mm(18), label, serif(40))
        ink(s, LEFT + mm(122), base + k * mm(18) - 6, value, rng, size=44, colour=BLACK_PEN)
    return [s]


__all__ = ["CODES", "adopt_basis", "made_on", "render"]
