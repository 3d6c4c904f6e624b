"""court_m — 云南省昆明市五华区人民法院 (云0102), held out: drawn without looking at the page reader, to measure it once
on a layout it has never seen. Much of its dossier arrived online (移动微法院, 网上立案, 律师服务平台): the parties'
papers are phone photos of a sheet on a desk or a bed cover, payments and service are proven by phone screenshots
(微信/支付宝/手机银行 records, 12368 短信, 云南法院电子送达平台 回执). The court's own papers were printed from the case
system and photographed under a 高拍仪 (court_m_capture).

House style (court_m_kit): spaced Song court name over a bold Song title, the 案号 flush left with the 执行团队 flush
right, a Ming body, the seal straddling the right-aligned date, "第X页（共Y页）" over a thin rule; its rulings say
"本院裁定如下："; served copies carry "本件与原本核对无异". Others' papers are in court_m_papers."""

from __future__ import annotations

import random
from datetime import timedelta

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
from dossier.corpus.draw import Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families import court_m_papers as papers
from dossier.corpus.families.court_m_kit import (
    COURT,
    HAND_INK,
    Block,
    MSheet,
    form,
    hei,
    ming,
    song,
    song_bold,
    typeset,
)

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice", "investigation_record", "interview_record",
    "closing_approval_form", "online_inquiry_result", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet", "property_declaration_form", "settlement_agreement",
})
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
STREETS = ("人民中路", "青年路", "东风西路", "龙泉路", "学府路", "西昌路", "滇缅大道", "一二一大街", "建设路", "翠湖南路")
TRADE = ("商贸", "建筑劳务", "餐饮管理", "花卉", "茶业", "房地产经纪", "医疗器械", "建材")
PLACE = ("滇池", "翠湖", "春城", "金马", "碧鸡", "云岭", "篆新", "圆通")
TEAMS = ("执行一团队", "执行二团队", "执行三团队", "执行四团队")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Kunming parties: a respondent company in 五华区; the applicant a local on a 昆明仲裁委员会 award, on a 昆明市
    中级人民法院 second-instance judgment (终本), or else on this court's own judgment."""
    r, a = c.respondent, c.applicant
    c.respondent = Party(f"昆明{rng.choice(PLACE)}{rng.choice(TRADE)}有限公司", "organisation", credit_code(rng, "530102"),
                         f"云南省昆明市五华区{rng.choice(STREETS)}{rng.randint(1, 399)}号{rng.choice(['', 'A座', '金鼎大厦'])}"
                         f"{rng.randint(2, 24)}楼{rng.randint(1, 20):02d}室", f"0871-{rng.randint(63000000, 68999999)}",
                         legal_rep=r.legal_rep or person_name(rng))
    home = rng.choice([("530102", "五华区"), ("530103", "盘龙区"), ("530112", "西山区"), ("530111", "官渡区")])
    road = {"五华区": STREETS, "盘龙区": ("北京路", "白塔路", "穿金路"), "西山区": ("滇池路", "前兴路", "西福路"),
            "官渡区": ("春城路", "关上中路", "民航路")}[home[1]]
    c.applicant = Party(a.name, "person", id_number(rng, home[0], a.born),
                        f"云南省昆明市{home[1]}{rng.choice(road)}{rng.randint(1, 300)}号{rng.randint(1, 9)}幢{rng.randint(1, 6)}单元"
                        f"{rng.randint(1, 18)}0{rng.randint(1, 4)}号", a.phone, born=a.born, sex=a.sex)
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    c.extra["team"] = rng.choice(TEAMS)
    year = c.filed_on.year - 1
    if c.basis_kind == "arbitration":
        c.basis_court = "昆明仲裁委员会"
        c.basis_number = f"（{year}）昆仲字第{rng.randint(100, 1999)}号"
        c.extra["cause"] = rng.choice(["房屋租赁合同纠纷", "装饰装修合同纠纷"])
    elif c.method == "terminated_this_round":
        c.basis_court = "云南省昆明市中级人民法院"
        c.basis_number = f"（{year}）云01民终{rng.randint(1000, 12999)}号"
        c.extra["cause"] = rng.choice(["买卖合同纠纷", "民间借贷纠纷"])
    else:
        c.basis_court = COURT
        c.basis_number = f"（{year}）云0102民初{rng.randint(1000, 29999)}号"
        c.extra["cause"] = rng.choice(["劳务合同纠纷", "服务合同纠纷"])


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def team(c: CaseCtx) -> str:
    return str(c.extra.get("team", TEAMS[0]))


def basis_name(c: CaseCtx) -> str:
    if c.basis_kind == "arbitration":
        return f"昆明仲裁委员会{c.basis_number}裁决书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def applicant_line(c: CaseCtx) -> str:
    a = c.applicant
    born = f"{a.born:%Y年%-m月%-d日}出生，" if a.born else ""
    return f"申请执行人：{a.name}，{a.sex}，{born}汉族，住{a.address}，公民身份号码{a.id_number}。"


def parties(c: CaseCtx) -> list[Block]:
    r = c.respondent
    return [("f", applicant_line(c)), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。")]


def _own(c: CaseCtx, code: str, rng: random.Random) -> list[MSheet]:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    bench = [f"审　判　长　{c.judge}", f"审　判　员　{c.officer}", f"审　判　员　{person_name(random.Random(c.judge))}"]
    clerk = [f"书　记　员　{c.clerk}"]
    officer = [f"执　行　员　{c.officer}"]
    contact = [f"承办人：{c.officer}　书记员：{c.clerk}　联系电话：{c.court.phone}", f"本院地址：{c.court.address}"]
    t = team(c)
    if code == "acceptance_notice":
        return typeset("受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，本院经审查认为符合受理条件，已于{cn_date(c.filed_on)}立案执行。现将有关事项"
                  "通知如下："),
            ("p", "一、本案由本院执行局" + t + "承办。你可通过“云南移动微法院”小程序、云南法院诉讼服务网或12368诉讼服务热线查询"
                  "案件流程信息。"),
            ("p", "二、你应当积极提供被执行人的财产线索；被执行人的财产状况发生变化的，应当及时告知本院。"),
            ("p", "三、本院将通过云南法院电子送达平台向你确认的手机号码和电子邮箱送达法律文书，送达信息一经发送即视为送达。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.filed_on), rng, team=t, closing=contact)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset("交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，本院已立案执行。依照《诉讼费用交纳办法》第十条第一项、第十四条第一项的规定，"
                  f"本案执行申请费为人民币{fee}元，由被执行人负担，可在执行回款中一并收取。"),
            ("p", "如需预交，请于收到本通知之日起七日内通过“云南省非税收入”缴款码或移动微法院在线交费。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.day(1)), rng, team=t)
    if code == "enforcement_notice":
        return typeset("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                  f"向本院申请执行，本院于同日立案。依照{LAW}第二百五十一条、第二百六十条的规定，责令你单位自本通知送达之日起"
                  "立即履行下列义务："),
            ("p", f"一、支付申请执行人{a.name}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案申请执行费及实际支出的执行费用。"),
            ("p", "逾期不履行的，本院将依法强制执行，并将你单位纳入失信被执行人名单、限制消费。"),
            ("p", "特此通知。")], c.number, officer, cn_date(c.day(3)), rng, team=t, closing=contact)
    if code == "property_report_order":
        return typeset("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的申请执行人{a.name}与你单位{cause(c)}一案，你单位未按执行通知履行法律文书确定的义务。依照{LAW}"
                  "第二百五十二条的规定，责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。"),
            ("p", "报告财产可登录“云南移动微法院”在线填报，或到本院执行局填写《财产申报表》。拒绝报告或者虚假报告的，本院将根据"
                  "情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "此令。")], c.number, officer, cn_date(c.day(3)), rng, team=t)
    if code == "summons":
        return [_summons(c, rng)]
    if code == "consumption_restriction_order":
        return typeset("限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你单位{cause(c)}一案。因你单位未按执行通知书指定的"
                  f"期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十二条、《最高人民法院关于限制被执行人高消费及有关消费的"
                  f"若干规定》第一条、第三条的规定，对你单位及你单位的法定代表人{r.legal_rep}采取限制消费措施，不得实施以下高消费"
                  "及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买"
                  "非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定予以罚款、拘留；情节严重，"
                  "构成犯罪的，依法追究刑事责任。")], c.number, [], cn_date(c.day(35)), rng, team=t)
    if code == "dishonest_list_decision":
        return typeset("决定书", [
            ("f", applicant_line(c)),
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的"
                  f"义务，且违反报告财产制度。依照{LAW}第二百六十二条，《最高人民法院关于公布失信被执行人名单信息的若干规定》"
                  "第一条第一项、第五项，第二条第一款的规定，本院决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "本决定一经作出即生效。被执行人认为纳入错误的，可以向本院申请纠正。")],
            c.number, bench, cn_date(c.day(36)), rng, team=t, closing=clerk)
    if code == "enforcement_ruling":
        return typeset("执行裁定书", [
            *parties(c),
            ("p", f"申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，{basis_name(c)}已经发生法律效力。因被执行人未履行生效"
                  f"法律文书确定的义务，申请执行人向本院申请强制执行。本院依照{LAW}第二百四十九条、第二百五十三条的规定，"
                  "本院裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在银行、网络支付机构的存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其"
                  "同等价值的其他财产。"),
            ("p", "本裁定送达后立即生效。")], c.number, bench, cn_date(c.day(6)), rng, team=t, copy=True, closing=clerk)
    if code == "assistance_notice":
        asked: list[str] = c.extra.setdefault("asked", [])
        bank = rng.choice([b for b in papers.BANKS if b not in asked] or list(papers.BANKS))
        asked.append(bank)
        c.extra["bank"] = bank
        return typeset("协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照"
                  f"{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户内的存款，冻结限额{money(c.amount)}，"
                  f"冻结期限一年，自{cn_date(c.day(8))}起至{cn_date(c.day(8) + timedelta(days=364))}止。"),
            ("f", "附：执行裁定书一份。")], c.number, [], cn_date(c.day(8)), rng, team=t,
            closing=[f"经办人：{c.officer}、{c.clerk}　联系电话：{c.court.phone}"])
    if code == "closing_notice":
        return typeset("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，执行中双方于{cn_date(c.day(40))}自行达成和解协议，被执行人已按协议将"
                  f"{money(c.amount)}支付完毕，你已确认收到。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案执行完毕。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.closed_on - timedelta(days=2)), rng, team=t)
    if code == "termination_this_round_ruling":
        return typeset("执行裁定书", [
            *parties(c),
            ("p", f"申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，{basis_name(c)}已经发生法律效力，被执行人应支付申请执行人"
                  f"{money(c.amount)}。因被执行人未履行，申请执行人于{cn_date(c.filed_on)}向本院申请执行。"),
            ("p", "执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未履行义务，也未报告财产。本院通过网络执行查控系统"
                  "对被执行人的存款、车辆、证券、网络资金、不动产等财产进行了查询，并到昆明市不动产登记中心、被执行人住所地实地"
                  "调查，未发现可供执行的财产。本院已对被执行人限制消费，并纳入失信被执行人名单。"),
            ("p", f"{cn_date(c.day(span - 12))}，本院约谈申请执行人的委托诉讼代理人，告知本案财产调查情况及终结本次执行程序的"
                  "依据和法律后果，申请执行人表示暂无其他财产线索可供执行。"),
            ("p", "本院认为，被执行人暂无可供执行的财产，本案符合终结本次执行程序的条件。依照《最高人民法院关于适用〈中华人民共和国"
                  "民事诉讼法〉的解释》第五百一十七条的规定，本院裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "终结本次执行程序后，申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的"
                  "限制。被执行人负有继续向申请执行人履行债务的义务。"),
            ("p", "本裁定送达后立即生效。")], c.number, bench, cn_date(c.day(span - 3)), rng, team=t, copy=True, closing=clerk)
    if code in ("investigation_record", "interview_record"):
        return [_record(c, code, rng)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng)]
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "settlement_agreement":
        return [_settlement(c, rng)]
    return [_archive_form(c, code, rng)]


def _summons(c: CaseCtx, rng: random.Random) -> MSheet:
    r = c.respondent
    when = c.day(48)
    rows = [["案号", c.number], ["案由", f"{cause(c)}（执行）"], ["被传唤人", f"{r.name}　法定代表人{r.legal_rep}"],
            ["工作单位或地址", r.address], ["传唤事由", "接受执行调查询问，如实申报财产"],
            ["应到时间", f"{num_date(when)}　9时00分"], ["应到处所", f"{c.court.address}　执行局{team(c)}"],
            ["注意事项", "1．被传唤人必须准时到达，并携带本传票和身份证件。2．被执行人是法人的，由法定代表人到场。3．无正当理由"
                     "拒不到场的，本院可以依法拘传。"]]
    return form("传　票", rows, "", rng, row_h=14, when=cn_date(c.day(40)))


def _record(c: CaseCtx, code: str, rng: random.Random) -> MSheet:
    a, r = c.applicant, c.respondent
    s = MSheet()
    span = (c.closed_on - c.filed_on).days
    if code == "investigation_record":
        title, when = "调查笔录", c.day(60)
        where = f"{r.address}"
        speaker = person_name(rng)
        who = f"被调查人：{speaker}，该楼物业服务中心客服主管"
        qa = [("问", "我们是昆明市五华区人民法院执行局的执行人员，现依法向你了解被执行人的情况，请如实回答。"),
              ("答", "好的。"), ("问", f"{r.name}是否还在此处办公？"),
              ("答", "去年下半年他们就没人来了，门一直锁着，物业费欠了半年多，我们联系不上老板。"),
              ("问", "该公司在此处是否有办公设备、车辆等财产？"), ("答", "里面只有几张桌子椅子，车位也早就退了。"),
              ("问", "以上情况是否属实？"), ("答", "属实。")]
    else:
        title, when = "约谈笔录", c.day(span - 12)
        where = "本院执行局二楼谈话室"
        speaker = c.agent
        who = f"被约谈人：{c.agent}，{c.firm}律师，申请执行人{a.name}的委托诉讼代理人"
        qa = [("问", "今天约你来，是告知本案财产调查情况，并听取你方对终结本次执行程序的意见。"), ("答", "好的。"),
              ("问", "本院已通过总对总、点对点查控系统查询被执行人名下存款、车辆、不动产、证券、网络资金等，并到其住所地调查，"
                     "均未发现可供执行的财产，已对其限制消费、纳入失信名单。你方是否有新的财产线索？"),
              ("答", "没有，我们也去查过，公司已经没有人了。"),
              ("问", "本院拟对本案终结本次执行程序，终本后发现财产可以随时申请恢复执行。你方有无意见？"),
              ("答", "没有意见。"), ("问", "以上笔录请核对。"), ("答", "看过，记录属实。")]
    s.centred(mm(22), COURT, song(5.0), spacing=mm(0.6))
    s.centred(mm(33), title, song_bold(7.6), spacing=mm(2.0))
    f = ming(4.2)
    y = mm(50)
    start = rng.choice(["9时10分", "10时00分", "14时30分", "15时05分"])
    for line in (f"时间：{num_date(when)}{start}", f"地点：{where}", f"执行人员：{c.officer}、{person_name(rng)}",
                 f"记录人：{c.clerk}", who, f"案号：{c.number}"):
        s.text(mm(26), y, line, f)
        y += mm(8.2)
    y += mm(3)
    for q, text in qa:
        for part in wrap(f"{q}：{text}", f, mm(158)):
            s.text(mm(26), y, part, f)
            y += mm(8.2)
    y += mm(6)
    hand(s, mm(110), y, "以上笔录我已看过，属实。", rng, size=mm(5), ink=HAND_INK)
    hand(s, mm(122), y + mm(11), speaker + "　" + f"{when.month}.{when.day}", rng, size=mm(5), ink=HAND_INK)
    s.text(mm(26), s.height - mm(30), f"执行人员：{c.officer}　　　记录人：{c.clerk}", f)
    s.centred(s.height - mm(20), "第1页（共1页）", song(3.3))
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> MSheet:
    """The 总对总 查控 feedback, printed landscape from the case system: it lay sideways under the 高拍仪."""
    r = c.respondent
    s = MSheet(size=(mm(297), mm(210)), landscape=True)
    s.centred(mm(14), "执行案件网络查控结果（总对总）", hei(6.2))
    f = song(3.4)
    s.text(mm(16), mm(26), f"案号：{c.number}　　执行法院：{COURT}　　承办人：{c.officer}", f)
    s.text(mm(16), mm(32), f"被查询人：{r.name}　　证照号码：{r.id_number}　　发起日期：{num_date(c.day(2))}", f)
    rows = [["序号", "查询机构", "财产类型", "反馈结果", "账号/明细", "反馈时间"]]
    units = [("中国工商银行", "存款"), ("中国农业银行", "存款"), ("中国建设银行", "存款"), ("富滇银行", "存款"),
             ("云南红塔银行", "存款"), ("昆明农村商业银行", "存款"), ("公安部", "车辆"), ("自然资源部", "不动产"),
             ("中国证券登记结算有限责任公司", "证券"), ("支付宝（中国）网络技术有限公司", "网络资金"),
             ("财付通支付科技有限公司", "网络资金")]
    paid = c.method == "fully_performed"
    for i, (unit, kind) in enumerate(units, 1):
        hit = paid and unit == "富滇银行"
        result = ("有财产", f"{rng.randint(1000, 9999)}****{rng.randint(1000, 9999)}　余额{c.amount:,.2f}") if hit else \
            (("有账户无余额", f"{rng.randint(1000, 9999)}****{rng.randint(1000, 9999)}　余额0.00") if kind == "存款" and rng.random() < 0.4
             else ("未查询到财产", "—"))
        rows.append([str(i), unit, kind, result[0], result[1], f"{num_date(c.day(rng.randint(3, 6)))} {rng.randint(8, 20)}:{rng.randint(0, 59):02d}"])
    table(s, mm(16), mm(38), [mm(14), mm(72), mm(24), mm(32), mm(76), mm(47)], rows, song(3.3), row_h=mm(11), width=1)
    s.text(mm(16), s.height - mm(14), f"打印人：{c.clerk}　　打印时间：{num_date(c.day(7))}", song(3.1))
    s.right(s.width - mm(16), s.height - mm(14), "第1页（共1页）", song(3.1))
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> MSheet:
    r = c.respondent
    rows = [["申报人", ""], ["统一社会信用代码", ""], ["法定代表人", ""], ["银行账户及余额", ""], ["不动产", ""],
            ["机动车", ""], ["股权及投资", ""], ["债权", ""], ["其他财产", ""], ["一年内财产变动", ""]]
    filled = {0: r.name, 1: r.id_number, 2: r.legal_rep, 3: "富滇银行基本户，余额几百元", 4: "无", 5: "无", 6: "无",
              7: "有几笔工程款未收回", 8: "无", 9: "无"}
    s = form("被执行人财产申报表", rows, c.number, rng, cols=(46, 110), filled=filled, row_h=13, seal_it=False,
             notes=["申报人保证所申报内容真实、完整，如有隐瞒、虚假，愿承担相应法律责任。"])
    hand(s, mm(104), s.height - mm(52), f"{r.legal_rep}　{num_date(c.day(14))}", rng, size=mm(5), ink=HAND_INK)
    seal(s, mm(150), s.height - mm(48), r.name, rng, radius=mm(17))
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> MSheet:
    a, r = c.applicant, c.respondent
    s = MSheet()
    s.centred(mm(28), "和 解 协 议", song_bold(8.0))
    f = ming(4.3)
    y = mm(46)
    paras = [f"甲方（申请执行人）：{a.name}，公民身份号码{a.id_number}", f"乙方（被执行人）：{r.name}", f"法定代表人：{r.legal_rep}",
             f"甲乙双方就{COURT}{c.number}一案的履行，经平等协商，自愿达成如下协议：",
             f"一、乙方于{cn_date(c.day(44))}前向甲方一次性支付{money(c.amount)}，通过转账方式支付至甲方本人账户。",
             "二、乙方按约履行后，甲方放弃主张迟延履行期间的债务利息，并向法院申请以执行完毕结案。",
             "三、乙方未按约履行的，甲方有权申请恢复执行原生效法律文书。", "四、本协议一式三份，双方各执一份，交法院一份。"]
    for text in paras:
        for part in wrap(text, f, mm(154)):
            s.text(mm(28), y, part, f)
            y += mm(8.4)
    y += mm(14)
    s.text(mm(28), y, "甲方（签名）：", f)
    s.text(mm(110), y, "乙方（盖章）：", f)
    hand(s, mm(58), y - mm(2), a.name, rng, size=mm(6.4), ink=(20, 20, 22))
    seal(s, mm(140), y + mm(4), r.name, rng, radius=mm(17))
    hand(s, mm(140), y + mm(14), r.legal_rep, rng, size=mm(6), ink=(20, 20, 22))
    s.text(mm(28), y + mm(30), f"{num_date(c.day(40))}　于{SHORT_PLACE}", f)
    return s


SHORT_PLACE = "昆明市五华区人民法院执行局"


def _archive_form(c: CaseCtx, code: str, rng: random.Random) -> MSheet:
    a, r = c.applicant, c.respondent
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行"}.get(c.method, "")
    if code == "closing_approval_form":
        rows = [["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行依据", basis_name(c)],
                ["申请执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["拟结案方式", method],
                ["执行到位金额", f"{c.amount:,.2f}元" if c.method == "fully_performed" else "0元"],
                ["承办人意见", ""], ["团队长意见", ""], ["执行局长意见", ""]]
        return form("执行案件结案审批表", rows, "", rng, row_h=13,
                    filled={8: f"拟以{method}方式结案 {c.officer}", 9: f"同意 {c.judge}", 10: "同意"})
    if code == "file_review_form":
        rows = [["审查事项", "审查结果"], ["执行依据及生效证明", ""], ["立案、受理、送达材料", ""], ["财产调查、控制、处置材料", ""],
                ["结案文书及送达", ""], ["电子卷宗随案生成、深度应用", ""], ["卷内文书排列及编号", ""], ["审查人", ""]]
        return form("执行案件归档审查表", rows, c.number, rng, cols=(86, 70), row_h=13,
                    filled={1: "齐全", 2: "齐全", 3: "齐全", 4: "已送达", 5: "已生成", 6: "规范", 7: c.officer},
                    when=num_date(c.closed_on + timedelta(days=10)), seal_it=False)
    if code == "remarks_sheet":
        s = MSheet()
        s.centred(mm(28), "卷内备考表", hei(7.6), spacing=mm(1.0))
        s.text(mm(30), mm(46), f"案号：{c.number}", song(4.2))
        s.box(mm(28), mm(56), s.width - mm(28), mm(222))
        s.text(mm(33), mm(64), "本卷情况说明：", song(4.2))
        hand(s, mm(38), mm(78), "本卷材料部分为网上立案及电子送达生成，", rng, size=mm(4.6), ink=HAND_INK)
        hand(s, mm(38), mm(90), "已打印附卷，电子卷宗同步归档。", rng, size=mm(4.6), ink=HAND_INK)
        s.text(mm(33), mm(234), f"立卷人：{c.clerk}", song(4.2))
        s.text(mm(112), mm(234), f"检查人：{c.officer}", song(4.2))
        s.text(mm(33), mm(246), f"{num_date(c.closed_on + timedelta(days=9))}", song(4.2))
        return s
    if code == "catalogue":
        s = MSheet()
        s.centred(mm(22), "卷 内 文 书 目 录", hei(7.2))
        s.text(mm(24), mm(36), f"案号：{c.number}", song(4.0))
        items = ["执行申请书（网上立案）", "仲裁裁决书及生效证明" if c.basis_kind == "arbitration" else "执行依据", "当事人身份材料",
                 "授权委托书、律师所函、执业证", "受理案件通知书、交费通知书", "执行通知书、报告财产令", "网络查控结果",
                 "执行裁定书、协助执行通知书", "被执行人财产申报表", "和解协议", "转账凭证截图", "结案通知书", "结案审批表",
                 "送达回证、电子送达回执"]
        rows = [["序号", "文书名称", "页号", "备注"]]
        page = 1
        for i, item in enumerate(items, 1):
            rows.append([str(i), item, str(page), "电子" if "电子" in item or "截图" in item or "网上" in item else ""])
            page += rng.randint(1, 3)
        table(s, mm(24), mm(44), [mm(14), mm(104), mm(22), mm(22)], rows, song(3.9), row_h=mm(11.5), width=2)
        return s
    if code != "dossier_cover":
        raise KeyError(code)
    s = MSheet(paper=(236, 222, 192))
    s.centred(mm(36), COURT, song(7.0), spacing=mm(0.8))
    s.centred(mm(58), "执　行　卷　宗", song(13.0))
    s.centred(mm(78), "（正　卷）", ming(5.4))
    rows = [["案　　号", c.number], ["案　　由", cause(c)], ["申请执行人", a.name], ["被执行人", r.name],
            ["承办团队", team(c)], ["承　办　人", c.officer], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
            ["结案方式", method], ["归档日期", num_date(c.closed_on + timedelta(days=12))], ["保管期限", "永久" if c.method ==
                                                                                              "terminated_this_round" else "长期"]]
    table(s, mm(30), mm(96), [mm(38), mm(112)], rows, ming(4.6), row_h=mm(13.5), width=3)
    s.text(mm(30), mm(256), "全宗号：　　　目录号：　　　案卷号：", song(4.0))
    return s


__all__ = ["CODES", "adopt_basis", "applicant_line", "basis_name", "cause", "render", "team"]
