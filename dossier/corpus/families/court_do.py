"""court_do (河北省唐山市路北区人民法院, held out): the city-centre district of 唐山 — steel traders along 建设北路,
ceramics works and showrooms, logistics yards off the 唐胥路. Its own papers in the bureau's word-processor style
(court_do_kit); what it receives in the senders' styles (court_do_papers). The undertaker had the court's papers only
on the case system's screen and photographed them off the monitor; the received papers were photographed on the desk
(court_do_capture)."""

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
from dossier.corpus.families.court_do_kit import (
    BOTTOM,
    LEFT,
    RIGHT,
    TOP,
    DoSheet,
    body_font,
    court_paper,
    footer,
    grid,
    masthead,
    new_sheet,
    paragraphs,
    pen,
    signing,
)
from dossier.corpus.families.court_do_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "online_inquiry_result", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_approval_form",
    "closing_notice", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
SHARED = frozenset({"enforcement_basis", "effectiveness_certificate"})
"""drawn by the court for one story (its own judgment, its own certificate) and received for another"""
CODES = OWN | RECEIVED | SHARED
STEEL_SEQ, WAGE_SEQ, TILE_SEQ = 7128, 7463, 7815
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "enforcement_ruling": 10, "assistance_notice": 10, "property_declaration_form": 15,
        "summons": 21, "investigation_record": 27, "settlement_agreement": 31, "payment_voucher": 44,
        "consumption_restriction_order": 38, "dishonest_list_decision": 38, "interview_record": 112,
        "termination_this_round_ruling": 123, "closing_notice": 66}


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code in ("file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on + timedelta(days=20)
    if code == "effectiveness_certificate":
        return c.filed_on - timedelta(days=6)
    if code == "enforcement_basis":
        return c.basis_effective - timedelta(days=18)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """唐山 parties. STEEL_SEQ: a steel trader wins on appeal (唐山中院 upholds 路北's judgment) against a 彩钢 works
    in 丰润 that took 热轧卷板 and never paid; WAGE_SEQ: a lorry driver's 劳动人事争议仲裁 award for unpaid wages
    against a logistics company with nothing left; TILE_SEQ: a ceramics works' 路北 judgment for 卫生陶瓷 goods
    against a 建材 dealer who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {STEEL_SEQ: "steel", WAGE_SEQ: "wage", TILE_SEQ: "tile"}[seq]
    c.firm = rng.choice(["河北冀东律师事务所", "河北唐人律师事务所", "河北凤城律师事务所"])
    c.extra["firm_addr"] = f"唐山市路北区{rng.choice(['北新道', '华岩路', '长宁道'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1130220{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["唐山银行路北支行", "中国工商银行唐山新华道支行", "河北银行唐山分行营业部"])
    c.extra["in_acct"] = f"6222{rng.randint(10**11, 10**12 - 1)}"
    c.extra["r_bank"] = rng.choice(["中国农业银行唐山丰润支行", "唐山农商银行路北支行", "中国建设银行唐山建设路支行"])
    c.extra["r_acct"] = f"1304{rng.randint(10**13, 10**14 - 1)}"
    if tale(c) == "steel":
        c.applicant = Party(f"唐山{rng.choice(['冀丰', '瑞丰', '鑫达'])}钢铁贸易有限公司", "organisation",
                            credit_code(rng, "130203"), f"河北省唐山市路北区建设北路{rng.randint(100, 300)}号"
                            f"{rng.choice(['钢铁大厦', '金融中心'])}{rng.randint(5, 22)}层", f"0315-28{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"唐山市丰润区{rng.choice(['宏达', '永盛', '金汇'])}彩钢板制品有限公司", "organisation",
                             credit_code(rng, "130208"), f"河北省唐山市丰润区{rng.choice(['任各庄', '丰登坞'])}工业区"
                             f"{rng.randint(1, 60)}号", f"0315-53{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "河北省唐山市中级人民法院"
        c.basis_kind = "judgment"
        c.extra["first_no"] = f"（2023）冀0203民初{rng.randint(2000, 8999)}号"
        c.basis_number = f"（2023）冀02民终{rng.randint(1000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["tons"] = rng.randint(180, 640)
        c.extra["frozen"] = (c.amount * Decimal("0.55")).quantize(Decimal("0.01"))
    elif tale(c) == "wage":
        born = date(rng.randint(1968, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["130203", "130223", "130281"]), born),
                            f"河北省唐山市路北区{rng.choice(['龙东', '缸窑', '韩城'])}小区{rng.randint(1, 60)}楼"
                            f"{rng.randint(1, 6)}门{rng.randint(101, 602)}号", f"135{rng.randint(10000000, 99999999)}",
                            born=born, sex="男")
        c.respondent = Party(f"唐山{rng.choice(['顺通', '畅达', '北方'])}物流有限公司", "organisation",
                             credit_code(rng, "130203"), f"河北省唐山市路北区唐胥路{rng.randint(100, 900)}号",
                             f"0315-27{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "唐山市路北区劳动人事争议仲裁委员会"
        c.basis_kind = "arbitration"
        c.basis_number = f"路北劳人仲案字〔2023〕第{rng.randint(100, 699)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 90))
        c.extra["cause"] = "劳动争议"
        c.amount = Decimal(rng.randint(3200, 8900)) * 10
        c.extra["months"] = rng.randint(5, 9)
        c.extra["plate"] = f"冀B{rng.choice('ABCDG')}{rng.randint(1000, 9999)}"
    else:
        c.applicant = Party(f"唐山{rng.choice(['鼎瓷', '陶源', '北瓷'])}卫生陶瓷有限公司", "organisation",
                            credit_code(rng, "130203"), f"河北省唐山市路北区{rng.choice(['陶瓷厂东', '缸窑路'])}"
                            f"{rng.randint(1, 99)}号", f"0315-32{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["130204", "130202"]), born),
                             f"河北省唐山市路南区{rng.choice(['小山', '学院路'])}{rng.randint(1, 40)}号",
                             f"139{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"唐山市路南区{rng.choice(['建材城', '家居广场'])}{rng.choice('ABC')}区{rng.randint(1, 80)}号"
        c.basis_court = c.court.name
        c.basis_kind = "judgment"
        c.basis_number = f"（2023）冀0203民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(9000, 48000)) * 10
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.004 + 50))
    c.extra["pay_day"] = c.day(rng.randint(40, 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED or (code in SHARED and tale(c) != "tile" and not (code == "effectiveness_certificate"
                                                                             and tale(c) == "steel")):
        return paper(code, c, rng, served)
    if code == "enforcement_basis":
        return _own_judgment(c, rng)
    return _own(code, c, rng, served)


def basis_name(c: CaseCtx) -> str:
    kind = {"steel": "民事判决书", "wage": "仲裁裁决书", "tile": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _staff(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "organisation":
            out.append(("f", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"))
            out.append(("f", f"法定代表人：{p.legal_rep}。"))
        else:
            born = p.born or date(1980, 1, 1)
            out.append(("f", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，汉族，住{p.address}，"
                             f"公民身份号码{p.id_number}。"))
        if role == "申请执行人":
            out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    fee = c.extra["fee"]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_name(c)}一案，本院经审查，符合受理条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案由执行员{c.officer}负责办理，书记员{c.clerk}，联系电话{c.court.phone}。你方如发现被执行人有可供执行的"
                  "财产，请及时书面告知本院。"),
            ("p", "申请执行人应当如实提供被执行人的财产线索；因被执行人无财产可供执行的，本院可依法终结本次执行程序。"),
            ("p", "特此通知。"),
        ], d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院已立案执行。依照《诉讼费用交纳办法》第十条、第十四条"
                  f"的规定，本案应交纳申请执行费{money(fee)}。"),
            ("p", "该费用由被执行人负担，在执行中一并收取，执行到位后退还你方或从执行款中直接扣除。"),
            ("p", "特此通知。"),
        ], d, copy_note="本通知书一式二份，一份送达申请执行人，一份附卷。")
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{basis_name(c)}已经发生法律效力。{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案执行。"),
            ("p", f"依照{LAW}第二百四十七条、第二百六十条的规定，责令你（单位）自收到本通知之日起立即履行下列义务："),
            ("f", f"一、向申请执行人支付{money(c.amount)}；"),
            ("f", "二、加倍支付迟延履行期间的债务利息；"),
            ("f", f"三、负担申请执行费{fee}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可依法对你（单位）采取限制消费、纳入失信被执行人名单等措施。"),
        ], d, staff=_staff(c))
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{_case(c)}，你（单位）未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，"
                  "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告内容包括：收入、银行存款、现金、理财产品；土地使用权、房屋等不动产；车辆、机器设备等动产；"
                  "股权、债权等财产权利。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], d, staff=_staff(c), copy_note="附：财产申报表一份。")
    if code == "enforcement_ruling":
        return _ruling(c, rng, d)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        head = r.legal_rep if r.kind == "organisation" else r.name
        return court_paper(c, rng, "限制消费令", [
            ("f", f"被执行人：{r.name}。" + (f"法定代表人：{head}。" if r.kind == "organisation" else "")),
            ("p", f"本院受理的{_case(c)}，因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照{LAW}"
                  "第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人"
                  f"{r.name}及其法定代表人{head}采取限制消费措施，限制其不得实施下列高消费及非生活和工作必需的消费行为："),
            ("f", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；"),
            ("f", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"),
            ("f", "（三）购买不动产或者新建、扩建、高档装修房屋；"),
            ("f", "（四）租赁高档写字楼、宾馆、公寓等场所办公；"),
            ("f", "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"),
            ("f", "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", "被执行人：" + r.name + "，" + ("统一社会信用代码" if r.kind == "organisation" else "公民身份号码") + r.id_number + "。"),
            ("p", f"本院在执行{_case(c)}中，被执行人{r.name}有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十六条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条、第六条的规定，决定如下："),
            ("f", f"将被执行人{r.name}纳入失信被执行人名单，纳入期限二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
        ], d, staff=[("审判长", c.judge), *_staff(c)])
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng, d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，{basis_name(c)}已经发生法律效力。"
                  f"因被执行人未履行义务，申请执行人向本院申请强制执行，本院于{cn_date(c.filed_on)}立案，执行标的{money(c.amount)}。"),
            ("p", f"执行中，本院于{cn_date(c.day(4))}向被执行人送达执行通知书、报告财产令；通过网络执行查控系统查询被执行人名下"
                  "银行存款、车辆、不动产、证券、网络资金等，冻结存款余额不足以清偿债务；经现场调查，被执行人经营场所已停止经营，"
                  "登记车辆下落不明，无法扣押。本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
            ("p", f"本院于{cn_date(c.day(112))}约谈申请执行人，告知其本案执行情况、财产调查措施及终结本次执行程序的依据和后果，"
                  "申请执行人表示暂时无法提供被执行人其他可供执行的财产线索。"),
            ("p", "本院认为，被执行人暂无可供执行的财产，本案已穷尽财产调查措施。依照《最高人民法院关于适用〈中华人民共和国民事"
                  "诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("f", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], d, staff=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"本院执行的{_case(c)}，执行依据为{basis_name(c)}。执行中，双方于{cn_date(c.day(31))}自行达成执行和解协议，"
                  f"被执行人已按协议履行完毕，申请执行人已于{cn_date(c.extra['pay_day'])}领取执行款。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], d)
    if code == "effectiveness_certificate":
        return court_paper(c, rng, "生效证明书", [
            ("f", f"{a.name}："),
            ("p", f"本院{c.extra['first_no']}{a.name}诉{r.name}买卖合同纠纷一案民事判决书，于{cn_date(c.basis_effective - timedelta(days=70))}"
                  f"作出，{r.name}不服提起上诉，河北省唐山市中级人民法院于{cn_date(c.basis_effective)}作出{c.basis_number}民事判决："
                  "驳回上诉，维持原判。"),
            ("p", f"上述判决已于{cn_date(c.basis_effective)}发生法律效力。"),
            ("p", "特此证明。"),
        ], d, staff=[("承办庭", "民事审判第二庭")])
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _ruling(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    r = c.respondent
    if tale(c) == "steel":
        what = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}账户内的存款{money(c.extra['frozen'])}；"
                "超出部分不予冻结。")
    elif tale(c) == "wage":
        what = (f"冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}账户内的存款，以{money(c.amount)}为限；"
                f"查封被执行人名下牌号为{c.extra['plate']}的重型半挂牵引车一辆。")
    else:
        what = f"冻结被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}账户内的存款，以{money(c.amount)}为限。"
    return court_paper(c, rng, "执行裁定书", [
        *_parties(c),
        ("p", f"本院依据已经发生法律效力的{basis_name(c)}，于{cn_date(c.filed_on)}立案执行。因被执行人未按执行通知书履行义务，"
              f"依照{LAW}第二百五十三条、第二百五十四条的规定，裁定如下："),
        ("f", what),
        ("p", "本裁定立即执行。"),
    ], d, staff=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)])


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    bank = c.extra["r_bank"]
    verb = "扣划" if tale(c) == "steel" else "冻结"
    limit = c.extra["frozen"] if tale(c) == "steel" else c.amount
    sheets = court_paper(c, rng, "协助执行通知书", [
        ("f", f"{bank}："),
        ("p", f"本院在执行{_case(c)}中，依据本院{c.number}执行裁定书，请协助执行下列事项："),
        ("f", f"{verb}被执行人{c.respondent.name}（{c.respondent.id_number}）在你行开立的账号为{c.extra['r_acct']}账户内的存款，"
              f"以{money(limit)}为限。" + ("冻结期限一年，自" + cn_date(d) + "起。" if verb == "冻结" else "")),
        ("p", f"{verb}款项请汇入本院执行款专户：唐山市路北区人民法院，开户行唐山银行路北支行，账号{_court_acct(c)}。"),
    ], d, staff=_staff(c), copy_note="附：执行裁定书一份。请于协助执行后将回执寄回本院。")
    last = sheets[-1]
    f = body_font(4.6)
    y = last.height - mm(62)
    last.line(LEFT, y, last.width - RIGHT, y, width=2)
    last.centred(y + mm(3), "协助执行回执", font("hei", mm(5.5)), spacing=mm(2))
    for k, part in enumerate(wrap(f"{c.court.name}：你院{c.number}协助执行通知书收悉，已按要求办理。", f,
                                  last.width - LEFT - RIGHT)):
        last.text(LEFT, y + mm(11) + k * f.size * 1.5, part, f)
    pen(last, LEFT + mm(8), y + mm(26), f"已{verb}{limit}元", rng)
    last.right(last.width - RIGHT - mm(10), y + mm(34), "（协助单位盖章）", f)
    seal(last, last.width - RIGHT - mm(36), y + mm(30), bank, rng, radius=mm(15))
    return sheets


def _court_acct(c: CaseCtx) -> str:
    return f"0313{sum(map(ord, c.court.name)) % 10**8:08d}"


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = new_sheet()
    r = c.respondent
    f = body_font(4.2)
    s.text(LEFT - mm(8), mm(16), f"执行案件流程信息管理系统　{c.court.name}　打印时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:"
                                 f"{rng.randint(0, 59):02d}", font("sans", mm(3.4)))
    s.centred(mm(30), "网络执行查控结果（总对总）", font("hei", mm(7)))
    s.text(LEFT - mm(8), mm(44), f"案号：{c.number}　　被查询人：{r.name}　　证照号码：{r.id_number}", f)
    x = LEFT - mm(8)
    widths = [mm(12), mm(48), mm(30), mm(44), mm(30)]
    rows: list[list[str]] = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    banks = [c.extra["r_bank"], "中国工商银行", "中国银行", "交通银行", "唐山银行", "河北银行", "邮储银行"]
    for k, b in enumerate(banks, 1):
        if k == 1:
            got = f"余额{(c.extra['frozen'] if tale(c) == 'steel' else Decimal(rng.randint(100, 9000)) / 10):,}元"
        else:
            got = "未开户" if rng.random() < 0.6 else "余额0.00元"
        rows.append([str(k), b, "存款", got, f"{c.day(rng.randint(5, 7)):%Y-%m-%d}"])
    car = f"{c.extra['plate']} 重型半挂牵引车" if tale(c) == "wage" else "无登记车辆"
    rows += [[str(len(rows)), "公安部交通管理局", "车辆", car, f"{c.day(6):%Y-%m-%d}"],
             [str(len(rows) + 1), "自然资源部", "不动产", "无登记信息", f"{c.day(7):%Y-%m-%d}"],
             [str(len(rows) + 2), "中国证券登记结算公司", "证券", "无", f"{c.day(6):%Y-%m-%d}"],
             [str(len(rows) + 3), "支付宝（中国）网络技术有限公司", "网络资金", "余额0.00元", f"{c.day(6):%Y-%m-%d}"]]
    grid(s, x, mm(54), widths, rows, f, [mm(11)] * len(rows), label_cols=(0, 2, 4))
    s.text(x, mm(54) + mm(11) * len(rows) + mm(6), f"查询发起人：{c.officer}　　审批人：{c.judge}", f)
    footer([s])
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = new_sheet()
    y = masthead(s, c, "传　票", number=False)
    f = body_font(5.0)
    r = c.respondent
    who = r.legal_rep if r.kind == "organisation" else r.name
    when = c.day(26)
    rows = [["案　　号", c.number], ["案　　由", f"{c.extra['cause']}执行"],
            ["被传唤人", f"{r.name}（法定代表人{who}）" if r.kind == "organisation" else r.name],
            ["工作单位或住址", r.address], ["传唤事由", "接受询问、报告财产情况"],
            ["应到时间", f"{when.year}年{when.month}月{when.day}日上午9时00分"],
            ["应到处所", "本院执行局（唐山市路北区建设北路88号）二楼执行指挥中心"]]
    boxes = grid(s, LEFT, y, [mm(42), s.width - LEFT - RIGHT - mm(42)], rows, f, [mm(15)] * len(rows))
    y = boxes[-1][3] + mm(8)
    y = paragraphs([s], [("f", "注意事项："), ("f", "1.被传唤人必须准时到达应到处所。"),
                         ("f", "2.本传票由被传唤人携带来院报到。"),
                         ("f", "3.被传唤人收到传票后，应在送达回证上签名或者盖章。"),
                         ("f", "4.无正当理由拒不到场的，本院可以依法拘传。")], y, size_mm=4.6)
    s.right(s.width - RIGHT - mm(6), y + mm(10), cn_date(d), f)
    seal(s, s.width - RIGHT - mm(30), y + mm(12), c.court.name, rng)
    footer([s])
    return [s]


def _record(code: str, c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    title = "调查笔录" if code == "investigation_record" else "谈话笔录"
    sheets: list[DoSheet] = [new_sheet()]
    y = masthead(sheets[0], c, title, number=False)
    if code == "investigation_record":
        place = r.address
        who = f"{r.name}门卫、房东{person_name(rng)}"
        qa = [("问", "我们是唐山市路北区人民法院执行局的工作人员，依法对被执行人的经营场所进行调查，请你如实反映情况。"),
              ("答", "好的。"),
              ("问", f"{r.name}现在还在这里经营吗？"),
              ("答", "去年秋天就不干了，院子里的车都开走了，办公室也退了租，现在只剩两间空库房。"),
              ("问", f"牌号{c.extra.get('plate', '')}的牵引车在不在？"),
              ("答", "没见过，听说车早就抵给别人了，具体在哪不知道。"),
              ("问", "公司负责人现在在哪里？"),
              ("答", "老板很少露面，电话也打不通。"),
              ("问", "以上情况属实吗？"),
              ("答", "属实。")]
    else:
        place = "本院执行局谈话室"
        who = f"申请执行人{a.name}" + (f"的委托代理人{c.agent}" if a.kind == "organisation" else f"及其委托代理人{c.agent}")
        qa = [("问", "今天约你来，是告知本案的执行情况。本院已通过网络查控系统查询被执行人名下存款、车辆、不动产、证券等财产，"
                    "冻结的存款余额很少；现场调查，被执行人已停止经营；本院已对其限制消费并纳入失信被执行人名单。你清楚吗？"),
              ("答", "清楚。"),
              ("问", "你方能否提供被执行人其他可供执行的财产线索？"),
              ("答", "暂时提供不了。车我们也找过，没找到。"),
              ("问", "本院拟终结本次执行程序。终本后，发现财产可以随时申请恢复执行，不受申请执行时效限制，你有什么意见？"),
              ("答", "没有意见，希望法院继续关注，找到财产及时执行。"),
              ("问", "以上所说是否属实？"),
              ("答", "属实。")]
    f = body_font(5.0)
    start = c.day(WHEN[code])
    head = [("f", f"时间：{start.year}年{start.month}月{start.day}日{rng.randint(9, 10)}时{rng.choice(['00', '10', '30'])}分至"
                  f"{rng.randint(11, 11)}时{rng.choice(['05', '20', '40'])}分"),
            ("f", f"地点：{place}"), ("f", f"被{'调查' if code == 'investigation_record' else '谈话'}人：{who}"),
            ("f", f"调查人：{c.officer}、{person_name(rng)}（法警）　　记录人：{c.clerk}"),
            ("f", f"案号：{c.number}")]
    y = paragraphs(sheets, head, y, size_mm=5.0)
    sheets[-1].line(LEFT, y, sheets[-1].width - RIGHT, y, width=1)
    y = paragraphs(sheets, [("q", f"{k}：{t}") for k, t in qa], y + mm(4), size_mm=5.0, lead=1.75)
    if y + mm(30) > BOTTOM:
        sheets.append(new_sheet())
        y = float(TOP)
    s = sheets[-1]
    pen(s, LEFT + mm(10), y + mm(4), "以上笔录我看过，和我说的一样。", rng)
    signer = c.agent if code == "interview_record" else who.split("、")[-1].removeprefix("房东")
    pen(s, s.width - RIGHT - mm(60), y + mm(16), signer, rng, size_mm=7)
    s.text(s.width - RIGHT - mm(95), y + mm(18), "被调查人：" if code == "investigation_record" else "被谈话人：", f)
    s.text(LEFT, y + mm(30), f"调查人：{c.officer}　　记录人：{c.clerk}", f)
    out: list[Sheet] = list(sheets)
    footer(out)
    return out


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = new_sheet()
    y = masthead(s, c, "执行案件结案审批表", number=False)
    f = body_font(4.6)
    how = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕"}.get(c.method, c.method)
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_name(c)], ["执行标的", money(c.amount)],
            ["执行情况", ""], ["结案方式", how, "到位金额", f"{c.amount if c.method == 'fully_performed' else Decimal(0):,.2f}元"],
            ["承办人意见", ""], ["执行局长审批意见", ""]]
    hs = [mm(14), mm(18), mm(18), mm(14), mm(62), mm(14), mm(30), mm(30)]
    boxes = grid(s, LEFT, y, [mm(34), w * 0.36, mm(28), w - mm(62) - w * 0.36], rows, f, hs, label_cols=(0, 2))
    ends = [sum(len(row) for row in rows[:k + 1]) - 1 for k in range(len(rows))]
    cells = {k: ends[k] for k in (4, 6, 7)}  # each row's last (value) cell
    note = ("已穷尽财产调查措施，未发现可供执行财产，已限制消费、纳入失信，约谈申请执行人。" if c.method == "terminated_this_round"
            else ("扣划被执行人存款后，" if tale(c) == "steel" else "") + "双方达成执行和解，被执行人履行完毕，执行款已于"
            + num_date(c.extra["pay_day"]) + "发放申请执行人。")
    bx = boxes[cells[4]]
    for k, part in enumerate([note[i:i + 24] for i in range(0, len(note), 24)]):
        s.text(bx[0] + mm(3), bx[1] + mm(4) + k * f.size * 1.5, part, f)
    bx = boxes[cells[6]]
    pen(s, bx[0] + mm(4), bx[1] + mm(4), f"拟以{how}方式结案。", rng)
    pen(s, bx[2] - mm(60), bx[3] - mm(12), f"{c.officer} {d.month}.{d.day}", rng, size_mm=5)
    bx = boxes[cells[7]]
    pen(s, bx[0] + mm(4), bx[1] + mm(4), "同意。", rng, ink=(20, 20, 20))
    pen(s, bx[2] - mm(60), bx[3] - mm(12), f"{c.judge} {d.month}.{d.day + 1 if d.day < 28 else d.day}", rng, size_mm=5,
        ink=(20, 20, 20))
    footer([s])
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "决定书（失信）", "enforcement_ruling": "执行裁定书", "payment_notice": "交纳执行申请费通知书"}
    to_applicant = served == ["acceptance_notice"] or served == ["termination_this_round_ruling"]
    who = c.applicant if to_applicant else c.respondent
    when = max(made_on(c, code) for code in served) + timedelta(days=rng.randint(1, 4))
    s = new_sheet()
    y = masthead(s, c, "送达回证", number=False)
    f = body_font(5.0)
    w = s.width - LEFT - RIGHT
    rows = [["案号", c.number], ["送达文书", "、".join(names.get(x, x) for x in served) + "各一份"], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", "直接送达" if to_applicant else "留置送达" if tale(c) == "wage" else "直接送达"],
            ["受送达人签收", ""], ["签收日期", f"{when.year}年{when.month}月{when.day}日"], ["送达人", ""], ["备考", ""]]
    hs = [mm(15), mm(22), mm(15), mm(22), mm(15), mm(32), mm(15), mm(20), mm(28)]
    boxes = grid(s, LEFT, y, [mm(40), w - mm(40)], rows, f, hs)
    sign = boxes[11]
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    if tale(c) == "wage" and not to_applicant:
        s.text(boxes[17][0] + mm(3), boxes[17][1] + mm(4), "受送达人拒绝签收，已将文书留置于其经营场所，并拍照记录。", body_font(4.4))
    else:
        pen(s, sign[0] + mm(20), sign[1] + mm(9), signer, rng, size_mm=7.5)
    pen(s, boxes[15][0] + mm(6), boxes[15][1] + mm(4), f"{c.officer}　{c.clerk}", rng, ink=(20, 20, 20))
    seal(s, boxes[13][0] + mm(110), boxes[13][1] + mm(2), c.court.name, rng, radius=mm(17))
    footer([s])
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new_sheet()
    f = body_font(5.0)
    d = made_on(c, code)
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.centred(mm(36), c.court.name, font("hei", mm(8)), spacing=mm(1.2))
        s.centred(mm(58), "执行卷宗", font("hei", mm(16)), spacing=mm(6))
        s.centred(mm(84), "（正卷）", body_font(6))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", basis_name(c)], ["执行标的", money(c.amount)], ["结案方式", "执行完毕"],
                ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["执行员", c.officer],
                ["书记员", c.clerk], ["归档日期", num_date(d)], ["保管期限", "长期"], ["全宗号　　目录号　　卷号", ""]]
        grid(s, LEFT + mm(6), mm(100), [mm(44), w - mm(56)], rows, f, [mm(12.5)] * len(rows))
    elif code == "catalogue":
        s.centred(mm(30), "卷内目录", font("hei", mm(10)), spacing=mm(3))
        s.text(LEFT, mm(46), f"案号：{c.number}", f)
        items = ["卷宗封面", "卷内目录", "执行申请书", "民事判决书", "生效证明书", "财产线索提供表", "诉讼费收据", "身份证明",
                 "授权委托书", "律师事务所函", "律师执业证", "执行款收取账户确认书", "送达地址确认书", "受理案件通知书",
                 "交纳执行申请费通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书",
                 "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]] + [[str(k), t, "", ""] for k, t in enumerate(items, 1)]
        boxes = grid(s, LEFT, mm(56), [mm(16), mm(96), mm(22), w - mm(134)], rows, body_font(4.2), [mm(7.4)] * len(rows),
                     label_cols=(0, 2))
        page = 1
        for k in range(1, len(rows)):
            pen(s, boxes[k * 4 + 2][0] + mm(4), boxes[k * 4 + 2][1] + mm(0.5), str(page), rng, size_mm=4.6)
            page += rng.choice([1, 1, 1, 2, 2, 3])
    elif code == "file_review_form":
        s.centred(mm(34), "执行案件卷宗复核表", font("hei", mm(8.5)), spacing=mm(2))
        checks = ["执行依据及生效证明齐全", "立案材料齐全", "法律文书送达回证齐全", "财产调查措施记载完整", "执行款收付凭证齐全",
                  "结案审批手续完备", "卷内文书排列顺序正确", "页码编写准确"]
        rows = [["案号", c.number], ["承办人", c.officer]] + [[t, ""] for t in checks] + [["复核意见", ""], ["复核人", ""]]
        boxes = grid(s, LEFT, mm(54), [w * 0.62, w * 0.38], rows, f, [mm(14)] * (len(rows) - 2) + [mm(30), mm(16)])
        for k in range(2, 2 + len(checks)):
            pen(s, boxes[k * 2 + 1][0] + mm(20), boxes[k * 2 + 1][1] + mm(2), "√", rng)
        pen(s, boxes[-3][0] + mm(4), boxes[-3][1] + mm(8), "材料齐全，同意归档。", rng)
        pen(s, boxes[-1][0] + mm(4), boxes[-1][1] + mm(2), f"{c.judge}  {num_date(d)}", rng, size_mm=5)
    else:
        s.centred(mm(34), "备考表", font("hei", mm(10)), spacing=mm(4))
        y = paragraphs([s], [("p", f"本卷共计文书材料{rng.randint(58, 96)}页，其中文字材料全部为原件或经核对的复印件，照片零张，"
                                     "光盘零张。"), ("p", "本卷情况说明：卷内材料经承办人整理、复核人复核，无缺页、无损毁。")],
                       mm(56), size_mm=5.2)
        s.box(LEFT, mm(50), s.width - RIGHT, BOTTOM - mm(30), width=3)
        s.text(LEFT + mm(70), BOTTOM - mm(80), "立卷人：", f)
        pen(s, LEFT + mm(100), BOTTOM - mm(82), c.clerk, rng, size_mm=7)
        s.text(LEFT + mm(70), BOTTOM - mm(62), "检查人：", f)
        pen(s, LEFT + mm(100), BOTTOM - mm(64), c.judge, rng, size_mm=7)
        s.text(LEFT + mm(70), BOTTOM - mm(44), f"立卷时间：{num_date(d)}", f)
        del y
    footer([s])
    return [s]


def _own_judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """路北's own first-instance judgment (TILE_SEQ): the 民事审判庭's file, shown on the same system."""
    a, r = c.applicant, c.respondent
    batches = rng.randint(6, 11)
    sheets: list[DoSheet] = [new_sheet()]
    y = masthead(sheets[0], c, "民事判决书", number=False)
    sheets[0].right(sheets[0].width - RIGHT, y, c.basis_number, body_font(5.2))
    y += mm(11)
    blocks = [
        ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司总经理。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，{r.sex}，汉族，住{r.address}，公民身份号码{r.id_number}，系{c.extra['shop']}个体经营者。"),
        ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。原告的委托诉讼代理人"
              f"{c.agent}到庭参加诉讼，被告{r.name}经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
        ("p", f"原告向本院提出诉讼请求：1.判令被告支付货款{c.amount:,.2f}元及逾期付款利息；2.本案诉讼费用由被告负担。事实和理由："
              f"被告经营卫生洁具门市，自2021年起从原告处分{batches}批购进坐便器、台盆、蹲便器等卫生陶瓷产品，双方按月对账，"
              f"截至2022年12月31日被告确认尚欠货款{c.amount:,.2f}元，经原告多次催要未付。"),
        ("p", "本院经审理认定事实如下：原、被告之间存在卫生陶瓷买卖合同关系，原告已按约交付货物，被告在对账单上签字确认欠款，"
              "有送货单、对账单、微信聊天记录等证据在卷为凭。"),
        ("p", "本院认为，当事人应当按照约定全面履行自己的义务。被告收货后未按约付款，应承担继续付款及赔偿逾期付款损失的违约责任。"
              "依照《中华人民共和国民法典》第五百七十七条、第六百二十六条，《中华人民共和国民事诉讼法》第一百四十七条的规定，"
              "判决如下："),
        ("f", f"一、被告{r.name}于本判决生效之日起十日内给付原告{a.name}货款{c.amount:,.2f}元；"),
        ("f", "二、被告于本判决生效之日起十日内赔偿原告逾期付款利息损失（以欠款为基数，自2023年1月1日起按全国银行间同业拆借"
              "中心公布的一年期贷款市场报价利率计算至实际给付之日止）。"),
        ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行"
              "期间的债务利息。"),
        ("p", f"案件受理费{int(c.amount * Decimal('0.012')) + 50}元，减半收取，由被告负担。"),
        ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于河北省唐山市"
              "中级人民法院。"),
    ]
    y = paragraphs(sheets, blocks, y)
    signing(sheets, c, rng, y, [("审判员", person_name(rng))], made_on(c, "enforcement_basis"))
    last = sheets[-1]
    last.text(LEFT, BOTTOM - mm(16), "本件与原本核对无异", body_font(4.6))
    last.text(last.width - RIGHT - mm(60), BOTTOM - mm(4), f"书记员　{person_name(rng)}", body_font(5.2))
    out: list[Sheet] = list(sheets)
    footer(out)
    return out

