"""court_el (福建省龙岩市新罗区人民法院, held out): the city district of 龙岩 — machinery dealers selling 龙工 loaders
on instalments, 土楼 homestays out towards 永定, tobacco, 漳平 tea, quarries, and 客家 families lending to each other.
Its own papers in the bureau's 宋体 style (court_el_kit); what it receives in the senders' styles (court_el_papers).
Many received papers came printed from a download or a bank's query system with a tiled watermark, and the undertaker
marked them up before the volume was scanned on the bureau's MFP (court_el_capture)."""

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
from dossier.corpus.draw import Sheet, mm, seal, signature
from dossier.corpus.families.court_el_kit import (
    COURT,
    LEFT,
    RIGHT,
    TOP,
    court_paper,
    grid,
    lay,
    pen,
    song,
    song_bold,
    source,
)
from dossier.corpus.families.court_el_papers import RECEIVED, paper
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling",
    "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LOADER_SEQ, HOMESTAY_SEQ, KIN_SEQ = 71412, 71568, 71735
LAW = "《中华人民共和国民事诉讼法》"
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "online_inquiry_result": 6, "property_declaration_form": 11, "enforcement_ruling": 13, "assistance_notice": 13,
        "summons": 20, "investigation_record": 27, "settlement_agreement": 31, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "payment_voucher": 52, "closing_notice": 66, "interview_record": 112,
        "termination_this_round_ruling": 122}


NO_SPEND = ("乘坐飞机、列车软卧、轮船二等以上舱位", "在星级以上宾馆、酒店、夜总会、高尔夫球场等场所消费",
            "购买不动产或者新建、扩建、高档装修房屋", "租赁高档写字楼、宾馆、公寓等场所办公", "购买非经营必需车辆",
            "旅游、度假", "子女就读高收费私立学校", "支付高额保费购买保险理财产品",
            "乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位")
"""the nine kinds of spending a 限制消费令 forbids (法释〔2015〕17号 第三条), listed one a line in 新罗's orders"""


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    return c.day(DAYS.get(code, 0))


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def _person(rng: random.Random, region: str, surnames: str, place: str) -> Party:
    born = date(rng.randint(1963, 1990), rng.randint(1, 12), rng.randint(1, 28))
    name = rng.choice(surnames) + "".join(rng.choice("永春金福海荣秀娟建华志明丽萍德辉文清桂香") for _ in range(rng.choice([1, 2])))
    return Party(name, "person", id_number(rng, region, born), place, f"1{rng.choice('358')}{rng.randint(100000000, 999999999)}",
                 born=born, sex=rng.choice("男男女"))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """龙岩 parties. LOADER_SEQ: a machinery dealer's 新罗法院 judgment on an instalment sale of a 龙工 loader against
    the 永定 contractor who bought it (loader seized, paid, archived); HOMESTAY_SEQ: a decorator's 龙岩仲裁委员会 award
    against a 土楼 homestay company with nothing left (终本); KIN_SEQ: a 客家 cousin's private loan judgment, settled
    and paid out of the debtor's 漳平 tea sales."""
    seq = int("".join(ch for ch in c.number.rpartition("执")[2] if ch.isdigit()))
    c.extra["tale"] = {LOADER_SEQ: "loader", HOMESTAY_SEQ: "homestay", KIN_SEQ: "kin"}[seq]
    c.firm = rng.choice(["福建闽西红土律师事务所", "福建龙岩九一律师事务所", "福建莲城律师事务所"])
    c.agent = person_name(rng)
    c.extra["firm_addr"] = f"龙岩市新罗区{rng.choice(['龙腾南路', '登高西路', '西安北路'])}{rng.randint(10, 299)}号"
    c.extra["licence"] = f"1350820{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["福建龙岩农村商业银行西城支行", "兴业银行龙岩分行营业部", "中国建设银行龙岩新罗支行"])
    c.extra["in_acct"] = f"6222{rng.randint(10**11, 10**12 - 1)}"
    c.extra["platform_user"] = f"{c.agent}{rng.randint(1000, 9999)}"
    if c.extra["tale"] == "loader":
        c.applicant = Party(f"龙岩{rng.choice(['鑫龙', '闽工', '红坊'])}工程机械有限公司", "organisation", credit_code(rng, "350802"),
                            f"福建省龙岩市新罗区{rng.choice(['曹溪街道', '西陂街道'])}{rng.choice(['龙工大道', '工业西路'])}{rng.randint(1, 200)}号",
                            f"0597-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = _person(rng, "350803", "赖卢江张简苏游", f"福建省龙岩市永定区{rng.choice(['湖坑镇', '高头乡', '坎市镇'])}"
                               f"{rng.choice(['洪坑村', '南溪村', '新罗村'])}{rng.randint(1, 99)}号")
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0802民初{rng.randint(1200, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 100))
        c.extra["cause"] = "分期付款买卖合同纠纷"
        c.extra["model"] = rng.choice(["LG855N", "LG853N", "LG833N"])
        c.extra["serial"] = f"LG{rng.randint(2019, 2022)}{rng.randint(100000, 999999)}"
        c.extra["price"] = Decimal(rng.randint(32, 46)) * 10000
        c.amount = (c.extra["price"] * Decimal(rng.randint(42, 68)) / 100).quantize(Decimal("1"))
        c.extra["r_bank"] = rng.choice(["福建龙岩农村商业银行湖坑支行", "中国邮政储蓄银行永定区支行"])
        c.extra["r_acct"] = f"9070{rng.randint(10**11, 10**12 - 1)}"
    elif c.extra["tale"] == "homestay":
        c.applicant = Party(f"龙岩{rng.choice(['匠心', '华鑫', '闽西'])}装饰工程有限公司", "organisation", credit_code(rng, "350802"),
                            f"福建省龙岩市新罗区{rng.choice(['南城街道', '东城街道'])}{rng.choice(['华莲路', '双龙路'])}{rng.randint(1, 180)}号",
                            f"0597-22{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        brand = rng.choice(["承启", "振成", "福裕"])
        c.extra["inn"] = f"{brand}土楼客栈"
        c.respondent = Party(f"龙岩市永定区{brand}土楼民宿管理有限公司", "organisation", credit_code(rng, "350803"),
                             f"福建省龙岩市永定区湖坑镇{rng.choice(['洪坑村', '南江村'])}{rng.randint(1, 80)}号",
                             f"0597-55{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "龙岩仲裁委员会"
        c.basis_number = f"（2023）龙仲裁字第{rng.randint(100, 899)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "装饰装修合同纠纷"
        c.extra["rooms"] = rng.randint(14, 28)
    else:
        c.applicant = _person(rng, "350802", "邱", f"福建省龙岩市新罗区{rng.choice(['中城街道', '西城街道'])}"
                              f"{rng.choice(['中山街', '九一路'])}{rng.randint(1, 200)}号")
        c.respondent = _person(rng, "350881", "邱", f"福建省漳平市{rng.choice(['南洋镇', '双洋镇'])}"
                               f"{rng.choice(['北寮村', '梧溪村'])}{rng.randint(1, 60)}号")
        c.basis_court = COURT
        c.basis_number = f"（2023）闽0802民初{rng.randint(7000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(180, 460)) * 1000
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(600, 900))
    c.extra["fee"] = _fee(c.amount)
    c.extra["pay_day"] = c.day(rng.randint(44, 50))


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 by 《诉讼费用交纳办法》 第十四条."""
    a = float(amount)
    if a <= 10000:
        return Decimal(50)
    if a <= 500000:
        return Decimal(round(50 + (a - 10000) * 0.015, 2)).quantize(Decimal("0.01"))
    return Decimal(round(7400 + (a - 500000) * 0.01, 2)).quantize(Decimal("0.01"))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return paper(code, c, rng, served)
    return source(_own(code, c, rng, served), "court")


def basis_title(c: CaseCtx) -> str:
    kind = {"loader": "民事判决书", "homestay": "裁决书", "kin": "民事判决书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _team(c: CaseCtx) -> list[tuple[str, str]]:
    return [("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)]


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}。\n法定代表人：{p.legal_rep}。"
    return f"{p.name}，{p.sex}，{p.born:%Y年%m月%d日}出生，汉族，住{p.address}，公民身份号码{p.id_number}。" if p.born else p.name


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    out = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        first, *rest = _who(p).split("\n")
        out.append(("f", f"{role}：{first}"))
        out += [("f", r) for r in rest]
    out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    return out


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    you = "你（单位）" if r.kind == "organisation" else "你"
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{basis_title(c)}一案，本院经审查，符合法定受理条件，决定立案执行。现将有关事项通知如下："),
            ("p", f"一、本案案号为{c.number}，承办人{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。"),
            ("p", "二、你方应当积极向本院提供被执行人的财产线索；被执行人财产状况发生变化的，应及时告知本院。"),
            ("p", "三、案件流程信息可通过福建法院诉讼服务平台、“闽执行”小程序查询。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理{case}，依照《诉讼费用交纳办法》第十四条第一项的规定，你方应预交申请执行费{c.extra['fee']}元。"),
            ("p", "请于收到本通知次日起七日内，凭本通知书到本院诉讼服务中心或通过福建省财政非税收入缴款平台交纳；"
                  "逾期未交纳又未申请缓交的，本院将依法处理。执行费用最终由被执行人负担。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案执行。依照{LAW}第二百五十一条、"
                  f"第二百六十条以及《最高人民法院关于人民法院执行工作若干问题的规定（试行）》第二十二条的规定，责令{you}自收到"
                  "本通知之日起立即履行下列义务："),
            ("p", f"1．支付申请执行人{money(c.amount)}；"),
            ("p", "2．加倍支付迟延履行期间的债务利息（自生效法律文书确定的履行期限届满之日起计至实际履行之日止）；"),
            ("p", f"3．负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法采取查封、扣押、冻结、拍卖等强制执行措施，并可将你方纳入失信被执行人名单、限制消费。"),
        ], signers=[("执 行 员", c.officer)], day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条和《最高人民法院关于民事执行中财产调查若干问题的规定》第三条的规定，"
                  f"责令{you}在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写附后的财产申报表。"),
            ("p", "应当报告的财产包括：收入、银行存款、现金、理财产品；土地使用权、房屋等不动产；车辆、机械设备等动产；"
                  "债权、股权、投资权益；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将依法予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，依法追究刑事责任。"),
        ], signers=[("执 行 员", c.officer)], day=d)
    if code == "online_inquiry_result":
        return _inquiry(c, rng, d)
    if code == "enforcement_ruling":
        if tale(c) == "loader":
            what = [f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账户{c.extra['r_acct']}内的存款，以{money(c.amount)}为限；",
                    f"二、扣押被执行人{r.name}占有的{c.applicant.name}出售的龙工{c.extra['model']}型装载机一台（出厂编号"
                    f"{c.extra['serial']}）。"]
        elif tale(c) == "homestay":
            what = [f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或查封、扣押其同等价值的其他财产。"]
        else:
            what = [f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{money(c.amount)}，或查封其同等价值的其他财产。"]
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院依据已经发生法律效力的{basis_title(c)}，于{cn_date(c.filed_on)}立案执行。因被执行人未按执行通知履行"
                  f"法律文书确定的义务，依照{LAW}第二百四十九条、第二百五十条、第二百五十二条，《最高人民法院关于人民法院民事执行中"
                  "查封、扣押、冻结财产的规定》第一条的规定，裁定如下："),
            *[("p", w) for w in what],
            ("p", "本裁定立即执行。"),
        ], signers=_team(c), day=d, checked=True)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国农业银行龙岩永定支行", "福建龙岩农村商业银行永定支行"])
        lines = [("f", f"{bank}："),
                 ("p", f"关于{case}，依照{LAW}第二百四十九条的规定，请协助执行下列事项："),
                 ("p", f"冻结被执行人{r.name}（{'统一社会信用代码' if r.kind == 'organisation' else '公民身份号码'}{r.id_number}）"
                       f"在你行开立的账户{c.extra.get('r_acct', '（全部账户）')}内的存款，冻结金额{money(c.amount)}，冻结期限一年，"
                       f"自{cn_date(d)}起至{cn_date(d + timedelta(days=364))}止。"),
                 ("f", f"附：{c.number}执行裁定书一份"),
                 ("f", f"经办人：{c.officer}、{c.clerk}　联系电话：{c.court.phone}")]
        return court_paper(c, rng, "协助执行通知书", lines, number=c.number.replace("号", "号之一"), day=d,
                           tail="（本联交协助执行单位，回执联退回本院）")
    if code == "closing_notice":
        how = {"loader": f"本院扣押装载机后，被执行人于{cn_date(c.extra['pay_day'])}交清全部执行款，装载机已解除扣押",
               "kin": f"双方达成执行和解，被执行人以出售茶叶所得分期履行，于{cn_date(c.extra['pay_day'])}付清"}.get(
                   tale(c), "被执行人已履行完毕")
        return court_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款已转入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第（一）项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "termination_this_round_ruling":
        return court_paper(c, rng, "执行裁定书", [
            *_parties(c),
            ("p", f"本院在执行{basis_title(c)}一案中，于{cn_date(made_on(c, 'enforcement_notice'))}向被执行人发出执行通知书、报告财产令。"
                  f"经网络执行查控系统查询，被执行人名下无可供执行的存款、车辆、不动产及证券；本院执行人员于{cn_date(made_on(c, 'investigation_record'))}"
                  f"赴永定区湖坑镇{c.extra['inn']}现场调查，客栈已停业，房屋系租赁村民土楼，无可供执行的财产。本院已对被执行人"
                  "采取限制消费措施并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(made_on(c, 'interview_record'))}，本院约谈申请执行人的委托代理人，告知财产调查结果，申请执行人未能提供其他"
                  "财产线索，同意终结本次执行程序。"),
            ("p", f"依照{LAW}第二百六十四条第六项，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", f"截至本裁定作出之日，被执行人尚欠{money(c.amount)}及迟延履行期间的债务利息未履行。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后即发生法律效力。"),
        ], signers=_team(c), day=d, checked=True)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return court_paper(c, rng, "限制消费令", [
            ("f", f"被限制消费人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{case}。因被限制消费人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                  "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被限制消费人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，不得实施以下高消费及非生活和工作必需的消费行为："),
            *[("f", f"{k}．{item}；") for k, item in enumerate(NO_SPEND, 1)],
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return court_paper(c, rng, "决定书", [
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{case}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，且违反财产报告制度。依照{LAW}第二百六十六条、"
                  "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项、第（五）项的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之二"), day=d)
    if code in ("investigation_record", "interview_record"):
        return _record(c, rng, code, d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _inquiry(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    """The 总对总/点对点 查控 printout: a system table in a plain sans, the bureau's header in the corner."""
    s = Sheet()
    f = font("sans", 30)
    s.text(LEFT - mm(10), mm(14), f"执行案件流程信息管理系统　打印时间：{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", font("sans", 24))
    s.centred(mm(26), "网络执行查控结果（存款类）", font("sans_bold", 48))
    s.text(LEFT - mm(10), mm(42), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    rows: list[tuple[float, list[str]]] = [(64, ["序号", "协助单位", "反馈日期", "账户/标的", "余额(元)", "反馈结果"])]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "兴业银行", "福建海峡银行", "邮储银行", "龙岩农商银行",
             "支付宝", "财付通", "车辆管理所", "不动产登记"]
    for i, b in enumerate(banks, 1):
        has = tale(c) == "loader" and b in ("龙岩农商银行", "邮储银行")
        acct = c.extra.get("r_acct", "") if has and b == "龙岩农商银行" else (f"{rng.randint(10**11, 10**12 - 1)}" if has else "—")
        bal = f"{rng.randint(300, 90000)}.{rng.randint(0, 99):02d}" if has else "0.00"
        if b in ("车辆管理所", "不动产登记"):
            acct, bal = "—", "—"
        rows.append((58, [str(i), b, f"{(d + timedelta(days=rng.randint(0, 2))):%Y-%m-%d}", acct, bal,
                          "已冻结" if has else "未查询到财产"]))
    w = s.width - 2 * (LEFT - mm(10))
    grid(s, LEFT - mm(10), mm(54), [w * 0.07, w * 0.2, w * 0.15, w * 0.27, w * 0.13], rows, font("sans", 26), stroke=1,
         centre=True)
    s.text(LEFT - mm(10), s.height - mm(24), "说明：本结果由网络执行查控系统自动反馈，仅供执行参考。", font("sans", 24))
    s.right(s.width - LEFT + mm(10), s.height - mm(24), "第1页", font("sans", 24))
    return [s]


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, song_bold(56), spacing=4)
    s.centred(TOP + 96, "传　　票", song_bold(80), spacing=20)
    s.right(s.width - RIGHT, TOP + 210, c.number, song(40))
    w = s.width - LEFT - RIGHT
    rows: list[tuple[float, list[str]]] = [
        (110, ["案　由", f"{c.extra['cause']}（执行）"]),
        (110, ["被传唤人", f"{c.respondent.name}（法定代表人{c.respondent.legal_rep}）"]),
        (110, ["工作单位或住址", c.respondent.address]),
        (110, ["传唤事由", "接受询问、报告财产"]),
        (110, ["应到时间", f"{num_date(d + timedelta(days=5))}上午9时00分"]),
        (110, ["应到处所", "本院执行局二楼第三谈话室（新罗区九一北路88号）"]),
    ]
    y = grid(s, LEFT, TOP + 290, [w * 0.26, w * 0.74], rows, song(38), stroke=3)
    lay([s], [("f", "注意事项："), ("f", "1．被传唤人必须准时到达应到处所，本传票由被传唤人携带来院报到。"),
              ("f", "2．被传唤人收到传票后，应在送达回证上签名或者盖章。"),
              ("f", "3．经两次传票传唤，无正当理由拒不到场的，可以依法拘传。")], song(34), y=y + 40, lh=62)
    x1 = s.width - RIGHT - mm(10)
    s.right(x1, s.height - mm(75), cn_date(d), song(40))
    seal(s, x1 - mm(25), s.height - mm(72), COURT, rng, radius=mm(20))
    s.text(LEFT, s.height - mm(50), f"执行员：{c.officer}　书记员：{c.clerk}", song(36))
    return [s]


def _record(c: CaseCtx, rng: random.Random, code: str, d: date) -> list[Sheet]:
    """A 笔录 on the bureau's lined form: heading block in print, questions and answers handwritten by the clerk."""
    s = Sheet()
    title = "调查笔录" if code == "investigation_record" else "谈话笔录"
    s.centred(TOP - mm(8), title, song_bold(70), spacing=34)
    f = song(36)
    if code == "investigation_record":
        where = f"龙岩市永定区湖坑镇{c.extra.get('inn', '被执行人住所')}"
        present = f"{c.respondent.legal_rep}之妻　{person_name(rng)}（村委会干部）"
        qa = [("问", f"我们是新罗区人民法院执行局的执行人员，依法对{c.respondent.name}经营场所进行调查，你是什么人？"),
              ("答", f"我是老板{c.respondent.legal_rep}的老婆，客栈平时是我管。"),
              ("问", "客栈现在经营情况怎么样？"),
              ("答", f"去年下半年游客少了，{c.extra.get('rooms', 20)}间房基本空着，今年春节后就关了。装修的钱是欠人家的，我们也没办法。"),
              ("问", "这栋土楼是谁的？里面的家具、电器是谁的？"),
              ("答", "楼是村里几户人家的祖屋，我们是租的，租金也欠着。家具有些是房东的，床和电视是我们买的，都旧了。"),
              ("问", "公司有没有银行存款、车辆或其他财产？"),
              ("答", "账上没钱了，车是我弟弟的。"),
              ("问", "以上所述是否属实？"),
              ("答", "属实。")]
    else:
        where = "本院执行局第三谈话室"
        present = f"{c.agent}（申请执行人委托代理人，{c.firm}律师）"
        qa = [("问", "今天约你来，是告知本案财产调查情况。本院已通过网络查控系统查询被执行人的存款、车辆、不动产、证券等，均无可供执行"
                    "的财产；现场调查客栈已停业。你方是否知道被执行人有其他财产线索？"),
              ("答", "我们也去湖坑看过，确实关门了，暂时提供不了新的线索。"),
              ("问", "本院已对被执行人限制消费并纳入失信名单。若无其他线索，本案将终结本次执行程序，你方有何意见？"),
              ("答", "同意终本。以后发现财产再申请恢复执行。"),
              ("问", "终结本次执行程序后，你方发现被执行人有可供执行财产的，可以再次申请执行，不受申请执行时效期间的限制，清楚吗？"),
              ("答", "清楚。"),
              ("问", "以上记录是否属实？"),
              ("答", "属实。")]
    y = TOP + mm(18)
    head = [f"时间：{num_date(d)}{rng.randint(9, 10)}时{rng.choice(['00', '20', '30'])}分至{rng.randint(11, 11)}时{rng.choice(['05', '15'])}分",
            f"地点：{where}", f"调查人：{c.officer}　　记录人：{c.clerk}", f"在场人员：{present}"]
    for h in head:
        s.text(LEFT, y, h, f)
        y += 64
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    y += 30
    sheets = [s]
    step = 66
    for who, said in qa:
        text = f"{who}：{said}"
        cur = ""
        parts = []
        for ch in text:
            if len(cur) >= 27:
                parts.append(cur)
                cur = ""
            cur += ch
        parts.append(cur)
        for part in parts:
            if y > s.height - mm(40):
                s = Sheet()
                sheets.append(s)
                y = TOP
            for k in range(1):
                s.line(LEFT, y + 54 + k, s.width - RIGHT, y + 54 + k, width=1, fill=(150, 150, 170))
            pen(s, LEFT + 6, y, part, rng, size=38)
            y += step
    for i, sh in enumerate(sheets, 1):
        sh.text(LEFT, sh.height - mm(22), "被调查人（签名）：" if code == "investigation_record" else "被谈话人（签名）：", song(32))
        signature(sh, LEFT + mm(52), sh.height - mm(26), c.respondent.legal_rep if code == "investigation_record" else c.agent, rng)
        sh.right(sh.width - RIGHT, sh.height - mm(22), f"第{i}页 共{len(sheets)}页", song(30))
        if i > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP - mm(6), COURT, song_bold(48), spacing=4)
    s.centred(TOP + 70, "执行案件结案审批表", song_bold(66), spacing=6)
    w = s.width - LEFT - RIGHT
    method = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
    done = "0.00" if c.method == "terminated_this_round" else f"{c.amount:,.2f}"
    rows: list[tuple[float, list[str]]] = [
        (86, ["案　号", c.number, "立案日期", num_date(c.filed_on)]),
        (86, ["申请执行人", c.applicant.name, "被执行人", c.respondent.name]),
        (86, ["执行依据", basis_title(c)]),
        (86, ["申请标的", f"{c.amount:,.2f}元", "实际到位", f"{done}元"]),
        (86, ["结案方式", method, "承办人", c.officer]),
        (330, ["承办人意见", ""]),
        (230, ["合议庭意见", ""]),
        (230, ["局长审批", ""]),
    ]
    y0 = TOP + 190
    grid(s, LEFT, y0, [w * 0.18, w * 0.36, w * 0.16, w * 0.30], rows, song(32), stroke=2, centre=False)
    ty = y0 + 86 * 5
    opinion = ("经网络查控及现场调查，被执行人无可供执行财产，已限高、失信，申请人同意终本，拟终结本次执行程序。"
               if c.method == "terminated_this_round" else "被执行人已履行全部义务，执行款已发放，拟以执行完毕结案。")
    x = LEFT + w * 0.18 + 14
    line = ""
    yy = ty + 24
    for ch in opinion:
        line += ch
        if len(line) >= 22:
            pen(s, x, yy, line, rng, size=36)
            yy += 56
            line = ""
    if line:
        pen(s, x, yy, line, rng, size=36)
    signature(s, s.width - RIGHT - mm(60), ty + 250, c.officer, rng)
    pen(s, s.width - RIGHT - mm(30), ty + 262, f"{d.month}.{d.day}", rng, size=32)
    pen(s, x, ty + 330 + 50, "同意承办人意见。", rng, size=38)
    signature(s, s.width - RIGHT - mm(60), ty + 330 + 150, c.judge, rng)
    pen(s, x, ty + 560 + 50, "同意结案。", rng, size=38, ink=(30, 30, 35))
    signature(s, s.width - RIGHT - mm(60), ty + 560 + 140, person_name(rng), rng)
    pen(s, s.width - RIGHT - mm(30), ty + 560 + 160, f"{(d + timedelta(days=1)).month}.{(d + timedelta(days=1)).day}", rng, size=32)
    return [s]


RECEIPT_NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
                 "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "consumption_restriction_order": "限制消费令",
                 "dishonest_list_decision": "纳入失信被执行人名单决定书", "enforcement_ruling": "执行裁定书", "summons": "传票",
                 "payment_notice": "交纳执行费通知书", "closing_notice": "结案通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, song_bold(54), spacing=4)
    s.centred(TOP + 90, "送达回证", song_bold(74), spacing=40)
    w = s.width - LEFT - RIGHT
    to_applicant = served == ["acceptance_notice"] or served == ["closing_notice"]
    who = c.applicant if to_applicant else c.respondent
    got = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 4))
    docs = "、".join(RECEIPT_NAMES.get(x, x) for x in served)
    rows: list[tuple[float, list[str]]] = [
        (100, ["案　由", c.extra["cause"]]),
        (100, ["案　号", c.number]),
        (170, ["送达文书名称及件数", f"{docs}各一份"]),
        (100, ["受送达人", who.name]),
        (100, ["送达地址", who.address]),
        (200, ["受送达人签名或盖章", ""]),
        (110, ["签收日期", ""]),
        (170, ["代收人及代收理由", ""]),
        (110, ["送达方式", "直接送达"]),
        (110, ["送达人", f"{c.officer}、{c.clerk}"]),
        (160, ["备　注", ""]),
    ]
    y0 = TOP + 220
    grid(s, LEFT, y0, [w * 0.3, w * 0.7], rows, song(36), stroke=2)
    signer = who.legal_rep if who.kind == "organisation" else who.name
    signature(s, LEFT + w * 0.3 + mm(25), y0 + 570 + 60, signer, rng)
    pen(s, LEFT + w * 0.3 + mm(20), y0 + 770 + 30, f"{got.year}年{got.month}月{got.day}日", rng, size=40)
    s.text(LEFT, s.height - mm(34), "填发人：" + c.clerk, song(32))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(250, 246, 236) if code == "dossier_cover" else (255, 255, 255))
    kept = c.closed_on + timedelta(days=rng.randint(15, 30))
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=4)
        s.box(mm(19), mm(19), s.width - mm(19), s.height - mm(19), width=1)
        s.centred(mm(48), COURT, song_bold(66), spacing=8)
        s.centred(mm(74), "执　行　卷　宗", song_bold(110), spacing=10)
        s.centred(mm(104), "（正　卷）", song(48))
        rows: list[tuple[float, list[str]]] = [
            (108, ["案　号", c.number]), (108, ["案　由", c.extra["cause"]]), (108, ["申请执行人", c.applicant.name]),
            (108, ["被执行人", c.respondent.name]), (140, ["执行依据", basis_title(c)]),
            (108, ["立案日期", num_date(c.filed_on)]), (108, ["结案日期", num_date(c.closed_on)]),
            (108, ["结案方式", "执行完毕"]), (108, ["承办人", c.officer]), (108, ["书记员", c.clerk]),
            (108, ["归档日期", num_date(kept)]), (108, ["保管期限", "长期"])]
        grid(s, mm(30), mm(122), [mm(42), s.width - mm(60) - mm(42)], rows, song(40), stroke=2)
        s.text(mm(30), s.height - mm(36), f"全宗号 J0802　年度 {c.filed_on.year}　卷号 {c.number[-6:-1]}　本卷共　　件　　页", song(36))
        pen(s, mm(30) + song(36).getlength(f"全宗号 J0802　年度 {c.filed_on.year}　卷号 {c.number[-6:-1]}　本卷共"),
            s.height - mm(37), str(rng.randint(28, 34)), rng, size=38, ink=(30, 30, 35))
        return [s]
    if code == "catalogue":
        s.centred(TOP - mm(6), "卷　内　目　录", song_bold(68), spacing=6)
        s.text(LEFT, TOP + 90, f"案号：{c.number}", song(36))
        items = ["卷宗封面", "卷内目录", "民事判决书", "生效证明书", "强制执行申请书", "财产线索", "身份证明", "授权委托书及律师所函",
                 "律师执业证复印件", "收款账户确认书", "送达地址确认书", "诉讼费收据", "受理、缴费、执行通知书", "报告财产令、财产申报表",
                 "网络查控结果", "执行裁定书、协助执行通知书", "执行和解协议", "执行款收付凭证", "结案通知书", "结案审批表", "送达回证",
                 "归档复核表", "备考表"]
        rows = [(70.0, ["顺序号", "文件题名", "日期", "页号"])]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.choice([1, 1, 2, 3])
            rows.append((64.0, [str(i), it, "", f"{p}" if n == 1 else f"{p}-{p + n - 1}"]))
            p += n
        grid(s, LEFT, TOP + 150, [w * 0.12, w * 0.56, w * 0.17, w * 0.15], rows, song(30), stroke=1, centre=False)
        return [s]
    if code == "file_review_form":
        s.centred(TOP - mm(6), COURT, song_bold(48), spacing=4)
        s.centred(TOP + 70, "执行案件归档审查表", song_bold(64), spacing=6)
        checks = ["文书材料齐全完整", "送达回证齐全、签收规范", "执行款收付凭证齐全", "卷内文件排列有序、编号准确", "装订整齐、无金属物"]
        rows = [(96.0, ["案　号", c.number]), *[(100.0, [k, ""]) for k in checks], (260.0, ["审查意见", ""]),
                (100.0, ["审查人", ""]), (100.0, ["审查日期", ""])]
        y0 = TOP + 190
        grid(s, LEFT, y0, [w * 0.58, w * 0.42], rows, song(36), stroke=2)
        for k in range(5):
            pen(s, LEFT + w * 0.58 + mm(24), y0 + 96 + 100 * k + 28, "√", rng, size=44, ink=(170, 30, 40))
        pen(s, LEFT + w * 0.58 + mm(8), y0 + 596 + 90, "符合归档要求", rng, size=40, ink=(170, 30, 40))
        signature(s, LEFT + w * 0.58 + mm(20), y0 + 856 + 20, person_name(rng), rng)
        pen(s, LEFT + w * 0.58 + mm(20), y0 + 956 + 28, num_date(kept), rng, size=36)
        return [s]
    s.centred(TOP - mm(6), "备　考　表", song_bold(70), spacing=10)
    s.box(LEFT, TOP + 110, s.width - RIGHT, s.height - mm(36), width=2)
    lay([s], [("p", f"本卷共{rng.randint(52, 68)}页，其中文字材料{rng.randint(50, 60)}页，照片一张（扣押装载机现场）。"),
              ("p", "装载机已于执行款交清后解除扣押，交还被执行人；执行款已全部发放申请执行人，无遗留问题。")],
        song(38), y=TOP + 150, lh=68, x0=LEFT + 30, x1=s.width - RIGHT - 30)
    for k, (label, name) in enumerate((("立卷人", c.clerk), ("检查人", person_name(rng)))):
        yy = s.height - mm(110) + k * mm(24)
        s.text(LEFT + 40, yy, f"{label}：", song(38))
        signature(s, LEFT + 40 + mm(28), yy - mm(3), name, rng)
    s.text(LEFT + 40, s.height - mm(60), f"立卷时间：{num_date(kept)}", song(38))
    return [s]

