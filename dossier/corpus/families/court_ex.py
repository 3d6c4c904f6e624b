"""court_ex (河北省张家口市桥西区人民法院, held out): the old city district of 张家口 under 大境门, whose docket carries the
wind farms of the 坝上 plateau and the ski resorts of 崇礼. Its own papers in the bureau's house style (court_ex_kit);
what it receives in the senders' styles (court_ex_papers). The volumes sat long in a busy archive and were copied
for the image dossier on a network copier set too bright (court_ex_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
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
from dossier.corpus.draw import Sheet, hand, mm, seal, table
from dossier.corpus.families.court_ex_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    body_font,
    court_document,
    folio,
    head,
    own_sheet,
    paragraphs,
    sign_off,
)
from dossier.corpus.families.court_ex_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "online_inquiry_result", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "closing_notice", "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet", "enforcement_basis", "effectiveness_certificate",
})
CODES = OWN | RECEIVED
WIND_SEQ, TUBER_SEQ, SKI_SEQ = 99731, 99815, 99874
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 7, "assistance_notice": 7, "property_declaration_form": 13,
        "summons": 16, "investigation_record": 22, "settlement_agreement": 26, "payment_voucher": 52,
        "consumption_restriction_order": 30, "dishonest_list_decision": 31, "interview_record": 112,
        "termination_this_round_ruling": 122, "closing_notice": 66}
"""days after filing on which each paper was made"""


def story(c: CaseCtx) -> str:
    return str(c.extra["story"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=1)
    if code in ("file_review_form", "remarks_sheet", "catalogue", "dossier_cover"):
        return c.closed_on + timedelta(days=12)
    if code == "effectiveness_certificate":
        return c.basis_effective + timedelta(days=9)
    if code in ("enforcement_basis",):
        return c.basis_effective - timedelta(days=20)
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """张家口 parties. WIND_SEQ: a wind-farm maintenance contractor won this court's judgment for 运维服务费 against a
    坝上 wind-power company — its account frozen and the money deducted, paid, archived. TUBER_SEQ: a 马铃薯 trading
    company holds a 张家口仲裁委员会 award for the price of seed potatoes against a 沽源 dealer with nothing left — 限制消费,
    失信, 终本. SKI_SEQ: a 崇礼 snow-equipment lessor won this court's judgment for unpaid rent of snow guns and groomers
    against a ski resort's operator, who settled and paid in instalments."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {WIND_SEQ: "wind", TUBER_SEQ: "tuber", SKI_SEQ: "ski"}[seq]
    c.firm = rng.choice(["河北大境门律师事务所", "河北张垣正信律师事务所", "河北赐儿山律师事务所"])
    c.extra["firm_addr"] = f"张家口市桥西区{rng.choice(['至善街', '明德北街', '新华街'])}{rng.randint(8, 180)}号"
    c.extra["licence"] = f"1130720{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.006 + 50))
    c.extra["in_bank"] = rng.choice(["张家口银行桥西支行", "中国工商银行张家口分行营业部", "河北银行张家口分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**11, 10**12 - 1)}"
    town = rng.choice(["堡子里", "大境门", "明德北", "工业路"])
    if story(c) == "wind":
        c.applicant = Party(f"张家口{rng.choice(['恒风', '塞北', '长城'])}风电运维服务有限公司", "organisation",
                            credit_code(rng, "130703"), f"河北省张家口市桥西区{town}街道{rng.choice(['东安大街', '怡安街'])}"
                            f"{rng.randint(10, 220)}号", f"0313-80{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"张北{rng.choice(['坝上', '天路', '草原'])}风力发电有限公司", "organisation",
                             credit_code(rng, "130722"), f"河北省张家口市张北县{rng.choice(['油篓沟乡', '二台镇', '小二台镇'])}"
                             f"风电场综合楼", f"0313-52{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）冀0703民初{rng.randint(1200, 5800)}号"
        c.extra["cause"] = "服务合同纠纷"
        c.extra["turbines"] = rng.choice([33, 48, 66])
        c.extra["r_bank"] = rng.choice(["中国农业银行张北县支行", "张家口农商银行张北支行"])
        c.extra["r_acct"] = f"5012{rng.randint(10**11, 10**12 - 1)}"
    elif story(c) == "tuber":
        c.applicant = Party(f"张家口{rng.choice(['坝上金', '雪川', '塞丰'])}薯业有限公司", "organisation",
                            credit_code(rng, "130703"), f"河北省张家口市桥西区{rng.choice(['西坝岗', '南菜园'])}路"
                            f"{rng.randint(1, 90)}号", f"0313-20{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1966, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "130724", born),
                             f"河北省张家口市沽源县平定堡镇{rng.choice(['北关', '东关', '西关'])}村{rng.randint(1, 140)}号",
                             f"151{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = "张家口仲裁委员会"
        c.basis_number = f"（2023）张仲裁字第{rng.randint(100, 780)}号"
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(180, 640)
    else:
        c.applicant = Party(f"张家口崇礼区{rng.choice(['雪都', '太舞', '银河'])}冰雪装备租赁有限公司", "organisation",
                            credit_code(rng, "130709"), f"河北省张家口市崇礼区西湾子镇{rng.choice(['长青路', '崇礼大街'])}"
                            f"{rng.randint(1, 160)}号", f"0313-46{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"张家口{rng.choice(['云顶山', '翠岭', '万龙湾'])}滑雪场经营管理有限公司", "organisation",
                             credit_code(rng, "130709"), f"河北省张家口市崇礼区四台嘴乡{rng.choice(['红花梁', '太子城'])}村",
                             f"0313-47{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）冀0703民初{rng.randint(6000, 8900)}号"
        c.extra["cause"] = "租赁合同纠纷"
        c.extra["guns"] = rng.randint(12, 40)
        c.extra["groomers"] = rng.randint(1, 3)
        c.extra["season"] = "2022—2023年雪季"
        c.extra["instalments"] = 2
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 80))
    c.extra["pay_day"] = c.day(rng.randint(44, 55))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED or (story(c) == "tuber" and code in ("enforcement_basis", "effectiveness_certificate")):
        return received(code, c, rng, served)
    maker = {"service_receipt": _receipt, "closing_approval_form": _approval, "dossier_cover": _cover,
             "catalogue": _catalogue, "file_review_form": _review, "remarks_sheet": _remarks,
             "investigation_record": _record, "interview_record": _record, "online_inquiry_result": _inquiry,
             "enforcement_basis": _judgment, "effectiveness_certificate": _certificate}.get(code)
    if maker is not None:
        return maker(code, c, rng, served)
    return _letter(code, c, rng)


def basis_name(c: CaseCtx) -> str:
    kind = "裁决书" if story(c) == "tuber" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _who(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，公民身份号码{p.id_number}，住{p.address}。"


def _letter(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    when = made_on(c, code)
    owed = money(c.amount)
    fee = money(c.extra["fee"])
    parties = [("f", _who(a, "申请执行人")), ("f", _who(r, "被执行人"))]
    if code == "acceptance_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院经审查认为符合受理条件，已于{num_date(c.filed_on)}"
                        f"立案执行，案号为{c.number}。"),
                  ("p", f"本案由执行员{c.officer}承办，书记员{c.clerk}。联系电话{c.court.phone}。申请执行人应向本院提供被执行人"
                        "的财产线索；被执行人地址变更或发现财产的，请及时告知本院。"),
                  ("p", "案款将发放至你（单位）确认的收款账户。特此通知。")]
        return court_document(c, "受理案件通知书", blocks, when, rng, roles=[], spread=14)
    if code == "payment_notice":
        blocks = [("f", f"{a.name}："),
                  ("p", f"你（单位）申请执行{r.name}一案，依照《诉讼费用交纳办法》的规定，应预交申请执行费{fee}。该费用"
                        "由被执行人负担，本院执行到位后一并向被执行人收取。"),
                  ("p", "请于接到本通知之日起七日内到本院诉讼服务中心收费窗口或通过河北法院电子缴费平台交纳。")]
        return court_document(c, "缴款通知书", blocks, when, rng, roles=[], spread=22)
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}："),
                  ("p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{num_date(c.filed_on)}向本院申请强制执行，"
                        "本院依法立案执行。"),
                  ("p", f"依照{LAW}第二百五十一条、第二百六十四条的规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
                  ("p", f"一、向申请执行人支付{owed}；"),
                  ("p", "二、加倍支付迟延履行期间的债务利息；"),
                  ("p", f"三、负担申请执行费{fee}。"),
                  ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制消费。")]
        return court_document(c, "执行通知书", blocks, when, rng)
    if code == "property_report_order":
        blocks = [("f", f"{r.name}："),
                  ("p", f"本院受理的{c.number}案件，依照{LAW}第二百五十二条的规定，责令你（单位）在收到本令之日起五日内，"
                        "如实填写随附的财产申报表，向本院报告当前以及收到执行通知之日前一年的财产情况。"),
                  ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
        return court_document(c, "报告财产令", blocks, when, rng)
    if code == "enforcement_ruling":
        if story(c) == "wind":
            order = [("p", f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款"
                           f"{owed}及迟延履行期间的债务利息、申请执行费。")]
        elif story(c) == "tuber":
            order = [("p", f"冻结、划拨被执行人{r.name}名下银行存款、网络支付账户资金，以{owed}为限；"
                           "不足部分，查封、扣押其相应价值的其他财产。")]
        else:
            order = [("p", f"冻结、划拨被执行人{r.name}的银行存款{owed}；"
                           f"或查封、扣押其所有的压雪车{c.extra['groomers']}台。")]
        blocks = [*parties,
                  ("p", f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案，{basis_name(c)}已经发生法律效力。"
                        "本院在执行中向被执行人送达了执行通知书，被执行人未在指定期间履行义务。"),
                  ("p", f"依照{LAW}第二百五十三条、第二百五十五条的规定，裁定如下："), *order,
                  ("p", "本裁定立即执行。")]
        return court_document(c, "执行裁定书", blocks, when, rng)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or "中国邮政储蓄银行沽源县支行"
        blocks = [("f", f"{bank}："),
                  ("p", f"关于{a.name}与{r.name}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已经发生法律效力。"
                        f"依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
                  ("p", f"冻结并划拨被执行人{r.name}（{r.id_number}）在你行开立的账户内存款，以{owed}为限，划至本院"
                        "执行款专户（张家口银行桥西支行）。"),
                  ("p", "附：执行裁定书一份。")]
        return court_document(c, "协助执行通知书", blocks, when, rng, spread=10)
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        blocks = [("f", f"被执行人：{r.name}，公民身份号码{r.id_number}。"),
                  ("p", f"本院于{num_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你{c.extra['cause']}一案。因你未按执行"
                        f"通知书指定的期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条和《最高人民法院关于限制被"
                        "执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你实施以下"
                        "高消费及非生活和工作必需的消费行为："),
                  ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                        "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、"
                        "宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                        "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
                  ("p", "如违反本限制消费令，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。")]
        return court_document(c, "限制消费令", blocks, when, rng, roles=[], spread=22)
    if code == "dishonest_list_decision":
        blocks = [*parties[1:],
                  ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，被执行人具有履行能力而"
                        "不履行生效法律文书确定的义务，且违反财产报告制度，未按期如实报告财产。依照"
                        f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、"
                        "第（五）项之规定，决定如下："),
                  ("p", "将被执行人纳入失信被执行人名单。"),
                  ("p", "如不服本决定，可以向本院申请纠正。")]
        return court_document(c, "决定书", blocks, when, rng, spread=30)
    if code == "termination_this_round_ruling":
        blocks = [*parties,
                  ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，执行依据为{basis_name(c)}，"
                        f"被执行人应支付{owed}，执行标的未到位。"),
                  ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。本院通过网络执行查控"
                        "系统查询了被执行人名下的存款、车辆、不动产、证券、网络资金等，均未发现可供执行的财产；实地调查其"
                        f"沽源县住所及申请执行人提供的冷库线索，亦未发现财产。已对被执行人发出限制消费令，并于{num_date(made_on(c, 'dishonest_list_decision'))}"
                        "将其纳入失信被执行人名单。本院约谈了申请执行人，告知其执行情况及终结本次执行程序的依据和后果，"
                        "申请执行人对此无异议。"),
                  ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
                  ("p", "终结本次执行程序。"),
                  ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制。"),
                  ("p", "本裁定送达后立即生效。")]
        return court_document(c, "执行裁定书", blocks, when, rng)
    # closing_notice
    blocks = [("f", f"{a.name}、{r.name}："),
              ("p", f"本院立案执行的{a.name}与{r.name}{c.extra['cause']}一案（{c.number}），被执行人已按执行和解协议"
                    f"履行完毕，执行款{money(c.amount)}已于{num_date(c.extra['pay_day'])}发放给申请执行人。"),
              ("p", "本案以执行完毕方式结案。特此通知。")]
    return court_document(c, "结案通知书", blocks, when, rng, roles=[], spread=22)


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = own_sheet()
    y = head(s, "传　　票", c.number, spread=30)
    f = font("ming", 32)
    when = made_on(c, "summons")
    rows = [["案　　由", f"{c.extra['cause']}（执行）"], ["被传唤人", c.respondent.name],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "执行谈话、报告财产"],
            ["应到时间", f"{num_date(when + timedelta(days=5))}上午9时00分"],
            ["应到处所", "本院执行局（张家口市桥西区）三楼第二执行谈话室"]]
    y = table(s, LEFT, y, [mm(42), s.width - LEFT - RIGHT - mm(42)], rows, f, row_h=92, centre_first=True)
    y += 30
    notes = [("f", "注意事项："), ("f", "一、被传唤人必须准时到达应到处所，并携带本传票和身份证件。"),
             ("f", "二、被传唤人无正当理由拒不到庭的，本院可以依法拘传。")]
    y = paragraphs([s], notes, y, lead=54)
    sign_off([s], [("执 行 员", c.officer)], when, rng, y=y, copy_mark=False)
    folio([s])
    return [s]


def _receipt(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "enforcement_ruling": "执行裁定书",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
             "payment_notice": "缴款通知书", "closing_notice": "结案通知书"}
    who = c.applicant if served == ["acceptance_notice"] or "termination_this_round_ruling" in served else c.respondent
    latest = max((made_on(c, d) for d in served), default=c.filed_on)
    got = latest + timedelta(days=rng.randint(1, 4))
    s = own_sheet()
    y = head(s, "送 达 回 证", c.number, spread=18)
    f = font("ming", 32)
    w = s.width - LEFT - RIGHT
    docs = "、".join(names.get(d, d) for d in served) + ("、财产申报表" if "property_report_order" in served else "")
    rows = [["案　　由", f"{c.extra['cause']}"], ["送达文书名称及件数", f"{docs}各一份"], ["受送达人", who.name],
            ["送达地址", who.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""],
            ["送达方式", rng.choice(["直接送达", "直接送达（执行局窗口）"])], ["送达人", f"{c.officer}　{c.clerk}"],
            ["备　　考", ""]]
    heights = [84, 120, 84, 104, 170, 84, 84, 84, 110]
    top = y
    y = table(s, LEFT, y, [mm(52), w - mm(52)], rows, f, row_h=heights, centre_first=True)
    sign_y = top + sum(heights[:4]) + 24
    signer = who.legal_rep or who.name if who.kind == "organisation" else who.name
    hand(s, LEFT + mm(62), sign_y, signer, rng, size=50, ink=(30, 30, 40))
    s.text(LEFT + mm(120), sign_y + 86, f"{got.year}年{got.month}月{got.day}日", font("ming", 30))
    if who.kind == "organisation":
        seal(s, LEFT + mm(100), sign_y + 60, who.name, rng, radius=mm(17))
    y += 26
    s.text(LEFT, y, "注：受送达人拒绝签收的，送达人应在备考栏内注明情况。", font("ming", 26))
    folio([s])
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    when = made_on(c, code)
    title = "调 查 笔 录" if code == "investigation_record" else "谈 话 笔 录"
    first = own_sheet()
    sheets = [first]
    y = head(first, title, "", spread=16)
    place = "沽源县平定堡镇被执行人住所及冷库" if code == "investigation_record" else "本院执行局第二谈话室"
    whom = r.name if code == "investigation_record" else f"{a.name}委托代理人{c.agent}"
    head_rows = [("时间", f"{num_date(when)}上午9时20分至10时05分"), ("地点", place), ("调查人" if code == "investigation_record" else "谈话人", c.officer),
                 ("记录人", c.clerk), ("被调查人" if code == "investigation_record" else "被谈话人", whom)]
    f = body_font()
    for k, v in head_rows:
        first.text(LEFT, y, f"{k}：{v}", f)
        y += 58
    y += 10
    if code == "investigation_record":
        qa = [("问", f"我们是张家口市桥西区人民法院执行员，今天依法对申请执行人提供的财产线索进行核查。你是{r.name}本人吗？"),
              ("答", "是我本人。"),
              ("问", f"申请执行人称你在平定堡镇有一处冷库，存有马铃薯约{c.extra['tons'] // 3}吨，情况是否属实？"),
              ("答", "冷库是租村里的，去年就退租了，里面的土豆早就卖完赔钱了，现在是空的。"),
              ("问", "你名下有无车辆、房产、存款？"),
              ("答", "车卖了还账了，房子是老人的，存款没有。"),
              ("问", "执行人员现场查看冷库，库内空置，村委会证实租赁合同已于上年解除。以上是否属实？"),
              ("答", "属实。"),
              ("问", "你还有什么补充？"), ("答", "没有。以上记录我看过，和我说的一样。")]
    else:
        qa = [("问", f"今天约你来，是告知{c.number}案件的执行情况。你是否受申请执行人委托？"),
              ("答", "是，我有特别授权。"),
              ("问", "本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券等财产，未发现可供执行的财产；对你方"
                     "提供的冷库线索进行了实地调查，冷库已退租、空置。已对被执行人限制消费并纳入失信名单。你方能否提供"
                     "新的财产线索？"),
              ("答", "暂时提供不了。"),
              ("问", "本院拟终结本次执行程序。终本后，发现被执行人有可供执行财产的，可以申请恢复执行，不受申请执行"
                     "时效限制；被执行人仍负有继续履行的义务。你方有何意见？"),
              ("答", "我们同意终结本次执行程序，发现财产后再申请恢复执行。"),
              ("问", "以上笔录请阅读，是否属实？"), ("答", "记录属实。")]
    blocks = [("f", f"{q}：{t}") for q, t in qa]
    y = paragraphs(sheets, blocks, y, lead=60)
    last = sheets[-1]
    if y + mm(40) > last.height - mm(30):
        last = own_sheet()
        sheets.append(last)
        y = TOP + 30
    y += 20
    signer = r.name if code == "investigation_record" else c.agent
    last.text(LEFT + mm(70), y, "被调查人：" if code == "investigation_record" else "被谈话人：", f)
    hand(last, LEFT + mm(105), y - 6, f"以上看过，属实。{signer}", rng, size=44, ink=(35, 35, 45))
    y += 70
    last.text(LEFT + mm(70), y, f"调查人：{c.officer}　记录人：{c.clerk}", f)
    folio(sheets)
    for i, s in enumerate(sheets):
        hand(s, s.width - RIGHT - mm(30), s.height - mm(30), signer, rng, size=34, ink=(35, 35, 45), record=i == len(sheets) - 1)
    return sheets


def _inquiry(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 网络执行查控系统's feedback list, printed from the browser with its URL and time at the foot."""
    r = c.respondent
    when = made_on(c, code)
    s = own_sheet()
    f = font("sans", 26)
    fb = font("sans_bold", 38)
    s.centred(mm(18), "网络执行查控系统  查询结果反馈", fb)
    y = mm(32)
    s.text(mm(14), y, f"案号：{c.number}    承办人：{c.officer}    被查询人：{r.name}（{r.id_number}）", f)
    y += 48
    found = story(c) == "wind"
    rows: list[list[str]] = [["序号", "协助单位", "查询类型", "反馈时间", "反馈结果"]]
    units = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "张家口银行", "河北银行", "邮储银行",
             "河北省农村信用社", "支付宝（中国）", "财付通", "公安部交通管理局", "自然资源部不动产登记", "中国证券登记结算"]
    for i, unit in enumerate(units, 1):
        kind = "车辆" if "交通" in unit else ("不动产" if "不动产" in unit else ("证券" if "证券" in unit else "存款"))
        result = "未查询到相关信息"
        if found and unit == "中国农业银行":
            result = f"账户{c.extra['r_acct']} 余额{float(c.amount) * 1.6:,.2f}元"
        elif story(c) == "ski" and unit == "张家口银行":
            result = f"账户余额{float(c.amount) * 0.3:,.2f}元"
        elif story(c) == "tuber" and unit == "邮储银行":
            result = "账户余额23.15元"
        rows.append([str(i), unit, kind, f"{when:%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}", result])
    w = s.width - mm(28)
    table(s, mm(14), y, [mm(14), mm(58), mm(22), mm(46), w - mm(140)], rows, f, row_h=60, width=1, pad=8)
    s.text(mm(14), s.height - mm(12), f"http://10.13.7.3/zxzx/cxfk/list?ah={c.number}", font("sans", 22))
    s.right(s.width - mm(14), s.height - mm(12), f"{when:%Y/%m/%d} {rng.randint(9, 17)}:{rng.randint(10, 59)}", font("sans", 22))
    return [s]


def _judgment(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """This court's own civil judgment (its 民事审判庭), from which the case is enforced."""
    a, r = c.applicant, c.respondent
    when = made_on(c, code)
    if story(c) == "wind":
        facts = (f"{a.name}与{r.name}于2021年签订《风电场运行维护服务合同》，约定由原告对被告位于张北县的风电场"
                 f"{c.extra['turbines']}台风力发电机组提供定期检修、故障处理等运维服务，服务费按季度结算。原告依约履行了"
                 "服务义务，被告自2022年第二季度起未支付服务费，经催告仍未支付。")
        order = [("p", f"一、被告{r.name}于本判决生效之日起十日内向原告{a.name}支付运维服务费{money(c.amount)}；"),
                 ("p", "二、驳回原告的其他诉讼请求。")]
    else:
        facts = (f"{a.name}与{r.name}签订《造雪及压雪设备租赁合同》，约定原告向被告出租造雪机{c.extra['guns']}台、"
                 f"压雪车{c.extra['groomers']}台，租期为{c.extra['season']}，租金分两期支付。设备已交付并使用至雪季结束，"
                 "被告仅支付了部分租金，余款至今未付。")
        order = [("p", f"一、被告{r.name}于本判决生效之日起十五日内向原告{a.name}支付租金{money(c.amount)}；"),
                 ("p", "二、驳回原告的其他诉讼请求。")]
    blocks = [("f", _who(a, "原告")), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", _who(r, "被告")),
              ("p", f"原告{a.name}与被告{r.name}{c.extra['cause']}一案，本院立案后，依法适用普通程序，公开开庭进行了审理。"
                    "本案现已审理终结。"),
              ("p", "本院经审理认定事实如下：" + facts),
              ("p", "本院认为，双方签订的合同系真实意思表示，合法有效。原告已履行合同义务，被告未按约付款，应承担"
                    "付款责任。依照《中华人民共和国民法典》第五百零九条、第五百七十七条的规定，判决如下："),
              *order,
              ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                    "加倍支付迟延履行期间的债务利息。"),
              ("p", f"案件受理费{int(c.amount * Decimal('0.01')) + 50}元，由被告负担。"),
              ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                    "上诉于河北省张家口市中级人民法院。")]
    return court_document(c, "民事判决书", blocks, when, rng, number=c.basis_number,
                          roles=[("审 判 长", c.judge), ("审 判 员", person_name(random.Random(c.basis_number))),
                                 ("人民陪审员", person_name(random.Random(c.number))), ("书 记 员", person_name(rng))],
                          spread=28)


def _certificate(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The trial division's 生效证明书 for this court's own judgment (the arbitration's comes with the papers)."""
    s = own_sheet()
    y = head(s, "生效证明书", "", spread=24)
    blocks = [("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，"
                    f"已于{num_date(c.basis_effective - timedelta(days=16))}送达双方当事人。在法定上诉期间内，双方当事人"
                    f"均未提出上诉，该判决书已于{cn_date(c.basis_effective)}发生法律效力。"),
              ("p", "特此证明。")]
    y = paragraphs([s], blocks, y + 20)
    sign_off([s], [("民 事 审 判 第 一 庭", "")], made_on(c, code), rng, y=y + 40, copy_mark=False)
    folio([s])
    return [s]


def _grid_page(title: str, c: CaseCtx, rows: list[list[str]], cols: list[float], heights: Sequence[float] | float,
               *, number: bool = True) -> tuple[Sheet, float]:
    s = own_sheet()
    y = head(s, title, c.number if number else "", spread=16)
    y = table(s, LEFT, y, cols, rows, font("ming", 30), row_h=heights, centre_first=True)
    return s, y


def _approval(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    w = own_sheet().width - LEFT - RIGHT
    how = {"wind": "执行完毕", "ski": "执行完毕", "tuber": "终结本次执行程序"}[story(c)]
    got = c.amount if how == "执行完毕" else Decimal(0)
    view = ("被执行人已按执行和解协议履行全部义务，案款已发放，建议以执行完毕方式结案。" if how == "执行完毕" else
            "经网络查控、实地调查，未发现被执行人可供执行财产，已限制消费、纳入失信名单，已约谈申请执行人，"
            "建议终结本次执行程序。")
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name],
            ["被执行人", c.respondent.name], ["执行依据", basis_name(c)],
            ["执行标的", f"{c.amount:,.2f}元", "实际到位", f"{got:,.2f}元"], ["结案方式", how, "结案日期", num_date(c.closed_on)],
            ["承办人意见", view], ["合议庭意见", ""], ["执行局长意见", ""]]
    cols = [mm(34), w * 0.42, mm(32), w - mm(66) - w * 0.42]
    heights = [78, 78, 78, 96, 78, 78, 230, 170, 170]
    s, bottom = _grid_page("执行案件结案审批表", c, rows, cols, heights)
    when = made_on(c, code)
    ink = (30, 30, 40)
    hand(s, LEFT + mm(95), bottom - 340 - 80, f"{c.officer}　{when.month}.{when.day}", rng, size=38, ink=ink)
    hand(s, LEFT + mm(42), bottom - 170 - 150, "同意。", rng, size=46, ink=ink)
    hand(s, LEFT + mm(110), bottom - 170 - 70, c.judge, rng, size=40, ink=ink)
    hand(s, LEFT + mm(42), bottom - 150, "同意结案。", rng, size=46, ink=ink)
    hand(s, LEFT + mm(110), bottom - 70, person_name(random.Random(c.court.name)), rng, size=40, ink=ink)
    folio([s])
    return [s]


def _cover(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = own_sheet()
    f = font("ming", 34)
    s.centred(mm(30), COURT, font("serif_bold", 50), spacing=8)
    s.centred(mm(52), "执 行 卷 宗", font("hei", 96), spacing=30)
    s.box(mm(40), mm(45), s.width - mm(40), mm(75), width=2)
    y = mm(92)
    label_w = mm(40)
    items = [("案　　号", c.number), ("案　　由", c.extra["cause"]), ("申请执行人", c.applicant.name),
             ("被 执 行 人", c.respondent.name), ("执 行 员", c.officer), ("书 记 员", c.clerk),
             ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)), ("结案方式", "终结本次执行程序" if story(c) == "tuber" else "执行完毕"),
             ("归档日期", num_date(made_on(c, code)))]
    for k, v in items:
        s.text(mm(40), y, k, f)
        s.line(mm(40) + label_w, y + 48, s.width - mm(40), y + 48, width=1)
        hand(s, mm(40) + label_w + 20, y - 8, v, rng, size=42, ink=(20, 20, 30))
        y += mm(13)
    s.text(mm(40), y + mm(10), f"本卷共　　页　　　　保管期限：{'长期'}", f)
    s.centred(s.height - mm(30), "全宗号　　　　目录号　　　　案卷号", font("ming", 28))
    return [s]


def _catalogue(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    entries = ["执行案件立案审批表", "执行申请书", "民事判决书", "生效证明书", "财产线索表", "诉讼费收据",
               "营业执照及法定代表人身份证明书", "授权委托书、律师事务所函、律师执业证", "收款账户确认书", "送达地址确认书",
               "受理案件通知书、缴款通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
               "协助执行通知书", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"]
    rows = [["顺序号", "文 件 名 称", "页  号", "备注"]]
    page = 1
    for i, e in enumerate(entries, 1):
        rows.append([str(i), e, str(page), ""])
        page += 1 + (i * 7) % 3
    w = own_sheet().width - LEFT - RIGHT
    s, _ = _grid_page("卷 内 目 录", c, rows, [mm(22), w - mm(72), mm(28), mm(22)], 68)
    folio([s])
    return [s]


def _review(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    checks = ["卷内材料齐全、完整", "文书制作规范、签章齐全", "送达回证齐全", "案款收付凭证齐全", "电子卷宗与纸质卷宗一致",
              "排列顺序符合归档要求"]
    rows = [["复核项目", "复核结果"], *[[k, "☑ 是　□ 否"] for k in checks], ["承办人意见", ""], ["书记员", ""]]
    w = own_sheet().width - LEFT - RIGHT
    s, y = _grid_page("执行卷宗复核表", c, rows, [w * 0.62, w * 0.38], [70, *[70] * len(checks), 160, 90])
    hand(s, LEFT + w * 0.5, y - 220, f"已复核，同意归档。{c.officer}", rng, size=40, ink=(30, 30, 40))
    hand(s, LEFT + w * 0.5, y - 70, c.clerk, rng, size=40, ink=(30, 30, 40))
    folio([s])
    return [s]


def _remarks(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = own_sheet()
    y = head(s, "备 考 表", c.number, spread=30)
    w = s.width - LEFT - RIGHT
    s.box(LEFT, y, LEFT + w, y + mm(150), width=3)
    f = body_font()
    s.text(LEFT + 30, y + 30, "本卷情况说明：", f)
    hand(s, LEFT + 80, y + 110, "本卷共计文书材料　件，均为原件。", rng, size=42, ink=(30, 30, 40))
    hand(s, LEFT + 80, y + 190, "执行款已全部发放，无遗留事项。", rng, size=42, ink=(30, 30, 40))
    y += mm(150) + 50
    when = made_on(c, code)
    s.text(LEFT + w * 0.45, y, f"立卷人：{c.clerk}", f)
    s.text(LEFT + w * 0.45, y + 70, f"检查人：{c.officer}", f)
    s.text(LEFT + w * 0.45, y + 140, f"立卷时间：{num_date(when)}", f)
    folio([s])
    return [s]
