"""court_cq: 云南省曲靖市麒麟区人民法院 (云0302). Its enforcement bureau works much of a case from a mobile court
van: notices, summonses and 送达回证 come off the van's needle printer on continuous paper, rulings from the office
laser printer; the rest are other bodies' papers (曲靖中院's 二审 judgment, 曲靖仲裁委员会's award, lawyers',
banks' and the 车管所's papers). Everything is captured by the van's battery wand scanner (court_cq_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_cq_kit import (
    ARB,
    COURT,
    LEFT,
    MID,
    RIGHT,
    TOP,
    body,
    copy_mark,
    court_sign,
    court_title,
    facts,
    footers,
    made_on,
    needle,
    page,
    song,
    story,
)
from dossier.corpus.families.court_cq_papers import PAPERS, render_paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "online_inquiry_result", "enforcement_ruling", "assistance_notice", "payment_voucher", "closing_notice",
    "closing_approval_form", "service_receipt", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "dossier_cover", "catalogue",
    "file_review_form", "remarks_sheet",
})
CODES = OWN | PAPERS
LAW = "《中华人民共和国民事诉讼法》"
TOWNS = ["越州镇", "东山镇", "茨营镇", "珠街街道", "沿江街道", "三宝街道"]
NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
    "termination_this_round_ruling": "终结本次执行程序裁定书", "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书",
}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Move the drawn case to 麒麟区: the coal haul (曲靖中院 二审), the 烤房 award (曲靖仲裁委员会) or the wage
    调解书 of this court, with parties, money and the property each story needs."""
    y = c.filed_on.year
    qj: dict[str, object] = {}
    phone = f"0874-{rng.randint(3100000, 3399999)}"
    if c.basis_kind == "judgment":
        qj["story"] = "coal"
        c.applicant = Party(f"曲靖{rng.choice(['滇东', '珠源', '寥廓'])}煤炭经销有限公司", "organisation",
                            credit_code(rng, "530302"), f"曲靖市麒麟区{rng.choice(['麒麟南路', '寥廓北路', '文昌街'])}"
                            f"{rng.randint(10, 399)}号", phone, legal_rep=person_name(rng))
        c.respondent = Party(f"曲靖{rng.choice(['通达', '顺和', '远驰'])}物流有限公司", "organisation",
                             credit_code(rng, "530302"), f"曲靖市麒麟区{rng.choice(TOWNS[3:])}物流园{rng.randint(1, 60)}号",
                             f"0874-{rng.randint(3400000, 3899999)}", legal_rep=person_name(rng))
        c.basis_court = MID
        c.basis_number = f"（{y - 1}）云03民终{rng.randint(300, 2999)}号"
        qj["first"] = f"（{y - 2}）云0302民初{rng.randint(1000, 9999)}号"
        c.amount = Decimal(rng.randint(21000000, 58000000)) / 100
        plate = "云D" + "".join(rng.choice("0123456789ABCDEFGHJKLMN") for _ in range(5))
        qj["truck"] = f"{rng.choice(['东风天龙', '陕汽德龙', '解放J6P'])}重型半挂牵引车（号牌{plate}）"
        qj["plate"] = plate
        qj["sold"] = (c.amount * Decimal("1.12")).quantize(Decimal("1"))  # the surplus went back to the company
    elif c.basis_kind == "arbitration":
        qj["story"] = "leaf"
        c.applicant = Party(f"曲靖{rng.choice(['金叶', '丰烟', '烟农乐'])}烘烤设备有限公司", "organisation",
                            credit_code(rng, "530302"), f"曲靖经济技术开发区{rng.choice(['西城', '翠峰'])}路"
                            f"{rng.randint(1, 120)}号", phone, legal_rep=person_name(rng))
        born = c.respondent.born or c.filed_on.replace(year=1975)
        town = rng.choice(TOWNS[:3])
        c.respondent = Party(person_name(rng), "person", id_number(rng, "530302", born),
                             f"曲靖市麒麟区{town}{rng.choice(['大坡', '小河', '石头寨', '新村'])}村委会"
                             f"{rng.randint(1, 12)}组{rng.randint(1, 80)}号", f"15{rng.randint(100000000, 999999999)}",
                             born=born, sex="男")
        c.basis_court = ARB
        c.basis_number = f"（{y - 1}）曲仲字第{rng.randint(40, 620)}号"
        c.amount = Decimal(rng.randint(4200000, 15600000)) / 100
        qj["ovens"] = rng.randint(6, 18)
        qj["town"] = town
    else:
        qj["story"] = "wage"
        born = c.respondent.born or c.filed_on.replace(year=1972)
        c.respondent = Party(person_name(rng), "person", id_number(rng, "530302", born),
                             f"曲靖市麒麟区{rng.choice(TOWNS)}{rng.choice(['桥头', '花园', '白石江'])}社区"
                             f"{rng.randint(1, 40)}号", f"18{rng.randint(100000000, 999999999)}", born=born, sex="男")
        qj["team"] = f"麒麟区{c.respondent.name[0]}{rng.choice(['氏', '记'])}建筑施工队"
        c.basis_court = COURT
        c.basis_number = f"（{y - 1}）云0302民初{rng.randint(1000, 9999)}号"
        others = [person_name(rng) for _ in range(rng.randint(3, 4))]
        shares = [Decimal(rng.randint(700000, 2600000)) / 100 for _ in range(len(others) + 1)]
        qj["workers"] = [(c.applicant.name, shares[0]), *zip(others, shares[1:], strict=True)]
        c.amount = sum(shares, Decimal(0))
        qj["site"] = f"{rng.choice(['麒麟区南城门', '曲靖经开区', '麒麟区潇湘'])}{rng.choice(['安置房', '商住楼', '厂房'])}项目"
    qj["bank"] = rng.choice(["曲靖市麒麟区农村信用合作联社", "富滇银行曲靖分行", "中国农业银行曲靖麒麟支行"])
    qj["account"] = "".join(str(rng.randint(0, 9)) for _ in range(19))
    qj["fee"] = _fee(c.amount)
    c.firm = f"云南{rng.choice(['珠江源', '麒麟', '爨乡', '寥廓'])}律师事务所"
    c.extra["qj"] = qj


def _fee(amount: Decimal) -> Decimal:
    """执行申请费 under 《诉讼费用交纳办法》第十四条."""
    if amount <= 10000:
        return Decimal(50)
    if amount <= 500000:
        return (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("0.01"))
    return (Decimal(7400) + (amount - 500000) * Decimal("0.01")).quantize(Decimal("0.01"))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in PAPERS:
        return render_paper(code, c, rng, served)
    if code == "service_receipt":
        return [_receipt(c, rng, served)]
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return [_archive(code, c, rng)]
    if code == "closing_approval_form":
        return [_approval(c, rng)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng)]
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "payment_voucher":
        return [_voucher(c, rng)]
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code in ("acceptance_notice", "payment_notice", "enforcement_notice", "summons", "closing_notice"):
        return [_van_notice(code, c, rng)]
    return _laser(code, c, rng, served)


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，法定代表人{p.legal_rep}"
    if p.born is None:
        return f"{p.name}，住{p.address}"
    return f"{p.name}，{p.sex}，{p.born.year}年{p.born.month}月{p.born.day}日出生，住{p.address}"


def _basis_words(c: CaseCtx) -> str:
    kind = {"coal": "民事判决书", "leaf": "裁决书", "wage": "民事调解书"}[story(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _van_notice(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The van's needle-printed notices: court and title on one run, a ruled box of case particulars, the text."""
    s = page(rng, tint=4)
    when = made_on(c, code)
    f = font("mono", 38)
    s.centred(TOP, COURT, font("song_gb", 46))
    s.centred(TOP + 70, NAMES[code], font("hei", 60), spacing=20)
    y: float = TOP + 170
    s.right(RIGHT, y, c.number, f)
    y += 70
    to = c.applicant if code in ("acceptance_notice", "payment_notice", "closing_notice") else c.respondent
    y = table(s, LEFT, y, [mm(36), RIGHT - LEFT - mm(36)],
              [["受 通 知 人", to.name], ["地　　址", to.address], ["执 行 依 据", _basis_words(c)]],
              f, row_h=72, width=2) + 50
    qj = facts(c)
    text = {
        "acceptance_notice": [
            f"你（单位）申请执行{c.respondent.name}一案，本院经审查符合立案条件，已于{num_date(c.filed_on)}立案执行。",
            f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方应积极提供被执行人财产线索；"
            "被执行人的财产情况发生变化的，请及时告知本院。"],
        "payment_notice": [
            f"你（单位）申请执行{c.respondent.name}一案，根据《诉讼费用交纳办法》第十四条的规定，应交纳申请执行费"
            f"{money(qj['fee'])}。",
            "请于接到本通知之日起七日内到本院诉讼服务中心或通过云南法院缴费平台交纳；期满未交纳又未申请缓交的，"
            "按自动撤回执行申请处理。"],
        "enforcement_notice": [
            f"{c.applicant.name}申请执行你（单位）一案，{_basis_words(c)}已发生法律效力。依照{LAW}第二百五十一条"
            "之规定，责令你（单位）自收到本通知之日起立即履行下列义务：",
            f"一、向申请执行人支付{money(c.amount)}及迟延履行期间的债务利息；二、负担申请执行费{qj['fee']}元。",
            "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。"],
        "summons": [
            f"案由：{_basis_words(c)}执行。被传唤人{c.respondent.name}应于"
            f"{num_date(when + timedelta(days=7))}上午9时到本院执行局三楼第二谈话室接受询问。",
            "注意事项：被传唤人须携带本传票及居民身份证；无正当理由拒不到场的，本院可依法拘传。"],
        "closing_notice": [
            f"你（单位）申请执行{c.respondent.name}一案，执行标的已全部执行到位，案款已按你方确认的账户发放。",
            f"本案于{num_date(c.closed_on)}以执行完毕方式结案。特此通知。"],
    }[code]
    for para in text:
        for i, part in enumerate(wrap(para, f, RIGHT - LEFT, indent=76)):
            s.text(LEFT + (76 if i == 0 else 0), y, part, f)
            y += 66
        y += 10
    y += 60
    s.text(mm(120), y, cn_date(when), f)
    seal(s, mm(148), y, COURT, rng, radius=mm(19))
    if code == "summons":
        s.text(LEFT, y + 160, "（本传票由被传唤人携带来院报到）", font("mono", 30))
    needle(s, rng)
    return s


def _laser(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Rulings, orders and letters from the office laser printer, with their full text."""
    qj = facts(c)
    s = page(rng)
    sheets = [s]
    note = served[0] if served else ""
    number = c.number
    title = NAMES.get(code, "执行裁定书")
    if code == "enforcement_ruling" or code == "termination_this_round_ruling":
        title = "执行裁定书"
    if code == "assistance_notice" and note == "reply":
        title = "协助执行通知书（回执）"
    y = court_title(s, title, TOP, number=number)
    when = made_on(c, "auction" if note == "auction" else code)
    parties = [("f", f"申请执行人：{_who(c.applicant)}。"), ("f", f"被执行人：{_who(c.respondent)}。")]
    blocks: list[tuple[str, str]]
    roles = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(random.Random(c.number)))]
    if code == "enforcement_ruling" and note == "auction":
        blocks = [*parties, ("p", f"本院在执行{c.applicant.name}与{c.respondent.name}运输合同纠纷一案中，已依法扣押"
                                  f"被执行人所有的{qj['truck']}。经委托评估，被执行人在指定期限内仍未履行义务。"
                                  f"依照{LAW}第二百五十八条之规定，裁定如下："),
                  ("p", f"拍卖被执行人{c.respondent.name}所有的{qj['truck']}。"),
                  ("p", "本裁定立即执行。")]
    elif code == "enforcement_ruling":
        thing = (f"查封、扣押被执行人所有的{qj['truck']}" if story(c) == "coal" else
                 f"冻结、划拨被执行人{c.respondent.name}在金融机构的存款{money(c.amount)}")
        blocks = [*parties, ("p", f"{_basis_words(c)}已经发生法律效力。因被执行人未按执行通知履行义务，依照{LAW}"
                                  "第二百五十三条、第二百五十五条之规定，裁定如下："),
                  ("p", f"{thing}，或查封、扣押、冻结其相应价值的其他财产。"), ("p", "本裁定立即执行。")]
    elif code == "termination_this_round_ruling":
        blocks = [*parties,
                  ("p", f"申请执行人{c.applicant.name}依据{_basis_words(c)}向本院申请执行，本院于{num_date(c.filed_on)}"
                        f"立案执行，执行标的{money(c.amount)}。"),
                  ("p", f"执行中，本院向被执行人送达执行通知书、报告财产令，通过网络执行查控系统查询其名下存款、车辆、"
                        f"不动产、证券等，均未发现可供执行的财产；执行员到{qj['town']}被执行人住所地调查，其承包的烤烟地"
                        "已转包他人，现无其他收入。本院已对其发出限制消费令，并将其纳入失信被执行人名单。"),
                  ("p", "申请执行人在约谈中表示暂不能提供其他财产线索，同意终结本次执行程序。"),
                  ("p", "本院认为，本案确无可供执行的财产，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉"
                        "的解释》第五百一十七条之规定，裁定如下："),
                  ("p", f"终结{_basis_words(c)}的本次执行程序。"),
                  ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行，再次申请不受申请执行时效期间的限制。"),
                  ("p", "本裁定送达后立即生效。")]
    elif code == "property_report_order":
        blocks = [("f", f"被执行人：{c.respondent.name}"),
                  ("p", f"依照{LAW}第二百五十二条的规定，责令你（单位）在收到本令后五日内，如实向本院报告当前及收到"
                        "执行通知之日前一年的财产情况。拒绝报告或虚假报告的，本院将根据情节轻重予以罚款、拘留，"
                        "构成犯罪的，依法追究刑事责任。"), ("p", "报告内容详见所附财产申报表。")]
        roles = [("执行员", c.officer)]
    elif code == "consumption_restriction_order":
        blocks = [("f", f"被限制消费人：{_who(c.respondent)}。"),
                  ("p", f"本院于{num_date(c.filed_on)}立案执行{_basis_words(c)}。因被执行人未按执行通知书指定的期间"
                        "履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干"
                        "规定》第一条、第三条的规定，对你采取限制消费措施，不得实施下列高消费及非生活和工作必需的"
                        "消费行为："),
                  ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、"
                        "夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；"
                        "（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；"
                        "（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组"
                        "列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                  ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究"
                        "刑事责任。")]
    elif code == "dishonest_list_decision":
        blocks = [*parties[1:],
                  ("p", f"本院在执行{c.applicant.name}申请执行{c.respondent.name}买卖合同纠纷一案中，被执行人有履行"
                        "能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照《最高人民法院关于公布失信"
                        "被执行人名单信息的若干规定》第一条第（一）项、第（四）项之规定，决定如下："),
                  ("p", f"将{c.respondent.name}纳入失信被执行人名单，纳入期限为二年。"),
                  ("p", "被纳入失信被执行人名单的公民认为有错误的，可以向本院申请纠正。")]
        roles = [("院长", person_name(random.Random(c.officer)))]
    else:  # assistance_notice
        qj_to = "曲靖市公安局交通警察支队车辆管理所" if story(c) == "coal" else str(qj["bank"])
        what = (f"扣押登记{qj['truck']}，在扣押期间不得办理过户、抵押等手续" if story(c) == "coal"
                else f"冻结、划拨被执行人{c.respondent.name}（身份证号{c.respondent.id_number}）在你行账户内的存款"
                     f"{money(c.amount)}")
        blocks = [("f", f"{qj_to}："),
                  ("p", f"本院执行的{c.applicant.name}与{c.respondent.name}一案，{number}执行裁定书已经发生法律效力。"
                        f"依照{LAW}第二百五十三条、第二百五十五条之规定，请协助执行下列事项："),
                  ("p", f"{what}。"), ("p", "附：执行裁定书一份。")]
        roles = [("执行员", c.officer), ("联系电话", c.court.phone)]
    y = body(c, s, sheets, blocks, y, rng)
    last = sheets[-1]
    if y > mm(238):
        last = page(rng)
        sheets.append(last)
        y = TOP
    end = court_sign(c, last, y + 20, rng, when, roles)
    if code in ("enforcement_ruling", "termination_this_round_ruling"):
        copy_mark(last, end - 100)
        last.text(mm(118), end, f"书记员　{c.clerk}", song(42))
    footers(sheets, style="count" if code == "termination_this_round_ruling" else "dash")
    return sheets


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> Sheet:
    """The van's 送达回证: needle-printed grid, the recipient's signature and date in ballpoint."""
    s = page(rng, tint=4)
    f = font("mono", 36)
    s.centred(TOP, COURT, font("song_gb", 46))
    s.centred(TOP + 70, "送达回证", font("hei", 64), spacing=40)
    when = max(made_on(c, code) for code in served) + timedelta(days=rng.randint(1, 4))
    to = c.applicant if set(served) <= {"acceptance_notice", "closing_notice", "payment_notice"} else c.respondent
    docs = "、".join(NAMES.get(x, x) for x in served)
    where = to.address if to.kind == "person" or rng.random() < 0.5 else f"{COURT}执行局（流动执行车）"
    w = RIGHT - LEFT
    y = table(s, LEFT, TOP + 190, [mm(40), w - mm(40)],
              [["案　　号", c.number], ["送达文书", f"{docs}（{c.number}）"], ["受送达人", to.name],
               ["送达地址", where], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"],
               ["送 达 人", f"{c.officer}　{c.clerk}"], ["备　　考", ""]], f, row_h=[90, 130, 90, 110, 200, 110, 90, 90, 120])
    needle(s, rng)
    sy = TOP + 190 + 90 + 130 + 90 + 110 + 40
    signature(s, LEFT + mm(48), sy, to.legal_rep if to.kind == "organisation" else to.name, rng)
    hand(s, LEFT + mm(100), sy + 90, num_date(when), rng, size=40)
    s.text(mm(120), y + 60, f"签发人：{c.officer}", font("mono", 34))
    s.text(LEFT, y + 120, "注：受送达人拒绝签收的，送达人应在备考栏记明情况。", font("mono", 30))
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 执行查控 system's feedback list, exported and printed in the office."""
    s = page(rng)
    f = font("microhei", 30)
    s.text(LEFT, TOP, "网络执行查控系统 · 查询结果反馈", font("microhei", 46))
    s.text(LEFT, TOP + 70, f"案号：{c.number}　　被查询人：{c.respondent.name}", f)
    s.text(LEFT, TOP + 115, f"证照号码：{c.respondent.id_number}　　查询方式：总对总", f)
    when = made_on(c, "online_inquiry_result")
    found = {"coal": ("车辆", "车管所", str(facts(c).get("plate", "")), "登记在册，可查封"),
             "leaf": ("存款", "农村信用社", "余额12.36元", "不足以清偿"),
             "wage": ("存款", str(facts(c)["bank"]), f"余额{c.amount + Decimal(1843)}元", "可冻结")}[story(c)]
    rows = [["序号", "财产类型", "协助单位", "查询结果", "说明"],
            ["1", found[0], found[1], found[2], found[3]],
            ["2", "不动产", "自然资源局", "无登记", "—"],
            ["3", "存款", "中国建设银行", "无账户", "—"],
            ["4", "证券", "中国证券登记结算", "无", "—"],
            ["5", "网络资金", "支付宝（中国）", "余额0.00元", "—"],
            ["6", "工商登记", "市场监督管理局", "无投资", "—"]]
    y = table(s, LEFT, TOP + 180, [mm(14), mm(24), mm(44), mm(42), mm(34)], rows, f, row_h=78, width=1)
    s.text(LEFT, y + 30, f"反馈时间：{when:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　操作人：{c.clerk}",
           f)
    s.right(RIGHT, mm(285), "第1页/共1页", f)
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 财产申报表 the respondent filled in by hand at the van's window."""
    s = page(rng)
    s.centred(TOP, "被执行人财产申报表", font("song_gb", 60), spacing=8)
    f = song(36)
    s.text(LEFT, TOP + 100, f"案号：{c.number}", f)
    rows = [["申报人", ""], ["身份证号/统一代码", ""], ["银行存款", ""], ["车辆", ""], ["房产、土地", ""],
            ["收入情况", ""], ["其他财产", ""], ["申报人签名", ""]]
    table(s, LEFT, TOP + 170, [mm(48), RIGHT - LEFT - mm(48)], rows, f, row_h=150)
    fills = {"coal": ["曲靖物流公司（" + c.respondent.legal_rep + "代）", c.respondent.id_number, "基本户已无余额",
                      str(facts(c).get("plate", "")) + "牵引车一辆", "无", "运输业务停了", "无"],
             "leaf": [c.respondent.name, c.respondent.id_number, "信用社卡一张，没有钱", "无", "自家老房一间（宅基地）",
                      "种烟，去年亏了", "烤房设备就是欠款的那批"],
             "wage": [c.respondent.name, c.respondent.id_number, f"{facts(c)['bank']}有存款", "无", "租房住",
                      "工地结算款还没拿到", "无"]}[story(c)]
    for i, text in enumerate(fills):
        hand(s, LEFT + mm(52), TOP + 170 + i * 150 + 50, text, rng, size=40)
    signature(s, LEFT + mm(60), TOP + 170 + 7 * 150 + 40, c.respondent.legal_rep or c.respondent.name, rng)
    hand(s, mm(120), TOP + 170 + 8 * 150 + 40, num_date(made_on(c, "property_report_order") + timedelta(days=4)), rng)
    return s


def _voucher(c: CaseCtx, rng: random.Random) -> Sheet:
    """The bank's 转账回单 of the paid-out money, on a half sheet."""
    s = page(rng)
    when = made_on(c, "payment_voucher")
    bank = str(facts(c)["bank"])
    f = font("sans", 32)
    s.box(LEFT - 20, TOP, RIGHT + 20, TOP + mm(110), width=2)
    s.centred(TOP + 30, f"{bank}　电子回单", font("sans_bold", 46))
    paid = facts(c).get("sold", c.amount) if story(c) == "coal" else c.amount
    amount = min(Decimal(str(paid)), c.amount)
    rows = [["付款人", f"{COURT}（执行案款专户）", "收款人", c.applicant.name],
            ["付款账号", "2506 0102 0900 0" + str(rng.randint(10000, 99999)), "收款账号", str(facts(c)["account"])],
            ["金额", f"￥{amount:,.2f}", "大写", money(amount).split("（大写：")[1].rstrip("）")],
            ["用途", f"{c.number}案款发放", "交易日期", f"{when:%Y-%m-%d}"]]
    table(s, LEFT, TOP + 110, [mm(22), mm(58), mm(22), mm(56)], rows, f, row_h=110, width=1)
    s.text(LEFT, TOP + 600, f"回单编号：{rng.randint(10 ** 11, 10 ** 12 - 1)}　打印次数：1", font("sans", 28))
    seal(s, RIGHT - mm(30), TOP + mm(92), f"{bank}电子回单专用章", rng, radius=mm(17))
    return s


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """调查笔录 written by hand at the farmer's house; 约谈笔录 typed in the office."""
    s = page(rng)
    when = made_on(c, code)
    if code == "investigation_record":
        s.centred(TOP, "调 查 笔 录", font("song_gb", 60))
        f = song(34)
        y: float = TOP + 100
        for label, val in [("时间", f"{num_date(when)} 10时20分"), ("地点", f"{c.respondent.address}被执行人家中"),
                           ("调查人", f"{c.officer}、{c.clerk}（流动执行车）"), ("被调查人", c.respondent.name)]:
            s.text(LEFT, y, f"{label}：", f)
            hand(s, LEFT + mm(28), y - 6, val, rng, size=38)
            y += 72
        lines = [f"问：我们是麒麟区法院执行局的，{c.applicant.name}申请执行你烤房设备款，你知道吧？",
                 "答：知道，设备装好了，那年烟叶烤坏了，卖不出价，钱还不上。", "问：你现在有什么收入和财产？",
                 "答：烟地转给别人种了，我在外面打零工，一天一百来块，家里只有老房子。",
                 "问：有没有车辆、存款？", "答：没有，信用社的卡里没有钱。", "问：以上说的属实吗？", "答：属实。"]
        for line in lines:
            hand(s, LEFT, y, line[:26], rng, size=38)
            y += 70
            if len(line) > 26:
                hand(s, LEFT, y, line[26:], rng, size=38)
                y += 70
        signature(s, mm(120), y + 40, c.respondent.name, rng)
        s.text(mm(95), y + 60, "被调查人：", f)
        return [s]
    s.centred(TOP, "谈 话 笔 录", font("hei", 58))
    f = song(38)
    blocks = [("f", f"时间：{num_date(when)}　地点：本院执行局第二谈话室"), ("f", f"谈话人：{c.officer}　记录人：{c.clerk}"),
              ("f", f"被谈话人：{c.applicant.legal_rep}（{c.applicant.name}法定代表人），委托代理人{c.agent}"),
              ("f", "问：今天约你来，是告知本案财产调查情况并听取你方意见。"),
              ("f", "答：好的。"),
              ("f", "问：本院已网络查控被执行人名下存款、车辆、不动产，并到其住所地调查，未发现可供执行财产，已限制"
                    "消费并纳入失信名单。你方能否提供其他财产线索？"),
              ("f", "答：我们也去村里问过，他的烟地转出去了，暂时提供不了线索。"),
              ("f", "问：本院拟终结本次执行程序，你方有无意见？"),
              ("f", "答：同意。以后发现他有财产，我们再申请恢复执行。"),
              ("f", "（以下无正文）")]
    end = body(c, s, [s], blocks, TOP + 110, rng, size=38)
    signature(s, mm(140), end + 30, c.applicant.legal_rep, rng)
    s.text(mm(96), end + 40, "被谈话人：", f)
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> Sheet:
    s = page(rng)
    s.centred(TOP, COURT, song(44))
    s.centred(TOP + 66, "执行案件结案审批表", font("hei", 58), spacing=6)
    f = song(34)
    how = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元" if how == "执行完毕" else "0元"],
            ["结案方式", how, "承办人", c.officer],
            ["承办人意见", ""], ["执行局长意见", ""]]
    table(s, LEFT, TOP + 170, [mm(32), mm(52), mm(30), mm(44)], rows, f, row_h=[90, 90, 90, 90, 320, 240])
    hand(s, LEFT + mm(36), TOP + 170 + 360 + 60, f"拟以{how}方式结案。", rng, size=40)
    signature(s, LEFT + mm(110), TOP + 170 + 360 + 200, c.officer, rng)
    hand(s, LEFT + mm(36), TOP + 170 + 680 + 60, "同意。", rng, size=44)
    hand(s, LEFT + mm(100), TOP + 170 + 680 + 150, num_date(made_on(c, "closing_approval_form")), rng, size=36)
    return s


def _archive(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    """The archive volume's cover, catalogue, review form and 备考表, filled at the archive desk."""
    s = page(rng)
    if code == "dossier_cover":
        s.box(mm(20), mm(20), mm(190), mm(277), width=5)
        s.centred(mm(45), COURT, font("song_gb", 58), spacing=6)
        s.centred(mm(75), "执 行 卷 宗", font("hei", 96), spacing=30)
        f = song(42)
        y = mm(120)
        for label, val in [("案　　号", c.number), ("案　　由", {"coal": "运输合同纠纷", "leaf": "买卖合同纠纷（仲裁裁决执行）", "wage": "劳务合同纠纷"}[story(c)]),
                           ("申请执行人", c.applicant.name), ("被 执 行 人", c.respondent.name),
                           ("结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"), ("立案日期", num_date(c.filed_on)),
                           ("结案日期", num_date(c.closed_on)), ("保管期限", "长期"), ("本卷共", "　　页")]:
            s.text(mm(40), y, label, f)
            s.line(mm(80), y + 52, mm(175), y + 52, width=2)
            hand(s, mm(84), y - 4, val, rng, size=40)
            y += 95
        return s
    if code == "catalogue":
        s.centred(TOP, "卷 内 目 录", font("hei", 60), spacing=10)
        f = song(30)
        items = ["卷宗封面", "执行申请书", "仲裁裁决书", "生效证明书", "财产线索表", "诉讼费收据", "身份证明",
                 "授权委托书及所函", "受理案件通知书", "执行通知书、报告财产令", "网络查控结果", "执行裁定书",
                 "传票", "限制消费令", "失信决定书", "调查笔录", "谈话笔录", "终本裁定书", "结案审批表", "送达回证",
                 "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]] + [[str(i), t, "", ""] for i, t in enumerate(items, 1)]
        table(s, LEFT, TOP + 100, [mm(16), mm(96), mm(24), mm(22)], rows, f, row_h=82, width=2)
        page_no = 1
        for i in range(len(items)):
            hand(s, LEFT + mm(114), TOP + 100 + 82 * (i + 1) + 18, str(page_no), rng, size=32)
            page_no += rng.randint(1, 3)
        return s
    if code == "file_review_form":
        s.centred(TOP, "执行卷宗归档复核表", font("song_gb", 58))
        f = song(34)
        rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核事项", ""], ["复核意见", ""],
                ["复核人", ""], ["复核日期", ""]]
        table(s, LEFT, TOP + 120, [mm(36), RIGHT - LEFT - mm(36)], rows, f, row_h=[90, 90, 90, 330, 260, 110, 90])
        for i, t in enumerate(["文书齐全，送达回证完整", "终本条件符合法〔2016〕373号", "卷内目录与页码一致"]):
            hand(s, LEFT + mm(40), TOP + 120 + 270 + 40 + i * 95, f"√ {t}", rng, size=38)
        hand(s, LEFT + mm(40), TOP + 120 + 600 + 90, "同意归档。", rng, size=42)
        signature(s, LEFT + mm(44), TOP + 120 + 860 + 18, person_name(random.Random(c.clerk)), rng)
        hand(s, LEFT + mm(40), TOP + 120 + 970 + 16, num_date(c.closed_on + timedelta(days=12)), rng, size=38)
        return s
    s.centred(TOP, "备 考 表", font("hei", 64), spacing=20)
    f = song(36)
    s.box(LEFT, TOP + 120, RIGHT, mm(250), width=3)
    s.text(LEFT + 30, TOP + 150, f"本卷情况说明：{c.number}", f)
    hand(s, LEFT + 40, TOP + 240, "本卷文书材料齐全，无缺页、无破损。", rng, size=40)
    hand(s, LEFT + 40, TOP + 320, "查控反馈单为系统打印件。", rng, size=40)
    s.text(mm(110), mm(225), "立卷人：", f)
    signature(s, mm(135), mm(222), c.clerk, rng)
    s.text(mm(110), mm(238), "检查人：", f)
    signature(s, mm(135), mm(235), person_name(random.Random(c.clerk)), rng)
    s.text(mm(110), mm(262), cn_date(c.closed_on + timedelta(days=12)), font("serif", 36))
    return s
