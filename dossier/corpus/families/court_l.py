"""court_l — 江苏省苏州工业园区人民法院 (苏0591), held out: drawn without looking at the page reader, to measure it
once on a layout it has never seen. Its bound volumes were captured on an overhead book scanner (court_l_capture:
curved lines and light falling off at the gutter, a finger or a clip at the edge), the loose papers on a flatbed.

House style (court_l_kit): bold Song court name over a spaced 黑体 title, 文号 right-aligned over a red rule, a
verification square on served papers, "- 1 -" footers. Its rulings say "裁定如下："; its 终本 ruling "终结本次
执行程序". The 执行事务中心 prints standard forms under a grey header band ("共1页 第1页"); service is done
集约 by the 送达中心: an EMS 法院专递 邮件详情单 with its 妥投 trace, an 电子送达凭证, or a paper 送达回证.
Others' papers (a 苏州仲裁委员会 award, a 苏州市中级人民法院 judgment, a Japanese parent's notarised 授权委托书 with
an Apostille and a translation, a 外商投资企业 licence, a Jiangsu law firm's papers, bank replies, hand-filled
forms) are in court_l_papers."""

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
from dossier.corpus.families import court_l_papers as papers
from dossier.corpus.families import court_l_serve as serve
from dossier.corpus.families.court_l_kit import (
    COURT,
    HAND_INK,
    Block,
    LSheet,
    footer_of,
    form,
    hei,
    song,
    typeset,
)

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice", "investigation_record", "interview_record",
    "closing_approval_form", "online_inquiry_result", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet", "property_declaration_form", "payment_voucher", "settlement_agreement",
})
CODES = OWN | papers.CODES | serve.CODES
LAW = "《中华人民共和国民事诉讼法》"
STREETS = ("星湖街", "苏虹中路", "现代大道", "唯华路", "金鸡湖大道", "星港街", "东长路", "娄葑东路")
TRADE = ("精密机械", "电子科技", "供应链管理", "智能装备", "新材料科技", "生物医药")
PLACE = ("金鸡湖", "独墅湖", "星湖", "斜塘", "唯亭", "胜浦", "月亮湾")


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    if code in serve.CODES:
        return list(serve.render(code, c, rng, served))
    return list(_own(c, code, rng))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """Suzhou parties: a respondent company in the 园区; the applicant a Japanese-invested company on a 苏州仲裁委员会
    award, a local on a second-instance judgment of 苏州市中级人民法院 (终本), or else a local on this court's own
    judgment."""
    r = c.respondent
    c.respondent = Party(f"苏州{rng.choice(PLACE)}{rng.choice(TRADE)}有限公司", "organisation", credit_code(rng, "320594"),
                         f"中国（江苏）自由贸易试验区苏州片区苏州工业园区{rng.choice(STREETS)}{rng.randint(1, 399)}号"
                         f"{rng.randint(1, 9)}幢{rng.randint(1, 12)}0{rng.randint(1, 9)}室",
                         f"0512-{rng.randint(62000000, 69999999)}", legal_rep=r.legal_rep or person_name(rng))
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    year = c.filed_on.year - 1
    a = c.applicant
    if c.basis_kind == "arbitration":
        parent, rep = rng.choice(papers.PARENTS)
        c.applicant = Party(f"苏州{parent[1]}有限公司", "organisation", credit_code(rng, "320594"),
                            f"苏州工业园区{rng.choice(STREETS)}{rng.randint(1, 399)}号", f"0512-{rng.randint(62000000, 69999999)}",
                            legal_rep=rep)
        c.extra["parent"] = parent
        c.basis_court = "苏州仲裁委员会"
        c.basis_number = f"（{year}）苏仲裁字第{rng.randint(100, 1999):04d}号"
        c.extra["cause"] = "买卖合同纠纷"
    elif c.method == "terminated_this_round":
        c.applicant = Party(a.name, "person", id_number(rng, "320586", a.born), f"苏州市吴中区{rng.choice(['东吴北路', '宝带东路', '越溪街道吴中大道'])}"
                            f"{rng.randint(1, 300)}号", a.phone, born=a.born, sex=a.sex)
        c.basis_court = "江苏省苏州市中级人民法院"
        c.basis_number = f"（{year}）苏05民终{rng.randint(1000, 12999)}号"
        c.extra["cause"] = rng.choice(["承揽合同纠纷", "民间借贷纠纷"])
    else:
        c.applicant = Party(a.name, "person", id_number(rng, "320571", a.born), f"苏州工业园区{rng.choice(STREETS)}"
                            f"{rng.randint(1, 300)}号", a.phone, born=a.born, sex=a.sex)
        c.basis_court = COURT
        c.basis_number = f"（{year}）苏0591民初{rng.randint(1000, 29999)}号"
        c.extra["cause"] = rng.choice(["劳务合同纠纷", "买卖合同纠纷"])


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    if c.basis_kind == "arbitration":
        return f"苏州仲裁委员会{c.basis_number}裁决书"
    return f"{c.basis_court}{c.basis_number}民事判决书"


def applicant_line(c: CaseCtx) -> str:
    a = c.applicant
    if a.kind == "organisation":
        return f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。"
    born = f"{a.born:%Y年%-m月%-d日}出生，" if a.born else ""
    return f"申请执行人：{a.name}，{a.sex}，{born}汉族，住{a.address}。"


def parties(c: CaseCtx) -> list[Block]:
    r, a = c.respondent, c.applicant
    out: list[Block] = [("f", applicant_line(c))]
    if a.kind == "organisation":
        out.append(("f", f"法定代表人：{a.legal_rep}，董事长。"))
    return [*out, ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}，执行董事。")]


def _own(c: CaseCtx, code: str, rng: random.Random) -> list[LSheet]:
    a, r = c.applicant, c.respondent
    span = (c.closed_on - c.filed_on).days
    officer = [f"执行员　{c.officer}"]
    bench = [f"审判长　{c.judge}", f"审判员　{c.officer}", f"审判员　{person_name(random.Random(c.judge))}"]
    clerk = [f"书记员　{c.clerk}"]
    contact = [f"承办人：{c.officer}　联系电话：{c.court.phone}　地址：{c.court.address}"]
    if code == "acceptance_notice":
        return typeset("受理执行案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}。经审查，符合法定受理条件，本院已于"
                  f"{cn_date(c.filed_on)}立案执行。现将有关事项通知如下："),
            ("p", "一、本案已录入执行案件流程管理系统，你可通过“江苏法院诉讼服务网”或“苏州园区法院”微信公众号查询案件进展。"),
            ("p", "二、你应当在收到本通知后七日内向本院提供被执行人的财产线索，并对其真实性负责；有新的财产线索的，应及时告知承办人。"),
            ("p", "三、本院执行事务中心统一负责送达、网络查控等事务性工作，承办人负责财产处置及案件裁决事项。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.filed_on), rng, closing=contact)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset("交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳执行申请费"
                  f"人民币{fee}元。该费用由被执行人负担，本院在执行到位款中优先扣收后退还。"),
            ("p", "请于收到本通知之日起七日内凭本通知书所附缴款码，通过江苏省非税收入统一缴款平台交纳。逾期不交纳的，按自动撤回申请处理。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.day(1)), rng)
    if code == "enforcement_notice":
        return typeset("执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"申请执行人{a.name}与你单位{cause(c)}一案，{basis_name(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}"
                  f"向本院申请强制执行，本院依法立案执行。依照{LAW}第二百五十一条、第二百六十四条的规定，责令你单位履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", "三、负担本案执行费用。"),
            ("p", "你单位如未按本通知履行，本院将依法强制执行，并可依法采取限制消费、纳入失信被执行人名单、罚款、拘留等措施。"),
            ("p", "特此通知。")], c.number, officer, cn_date(c.day(3)), rng, closing=clerk)
    if code == "property_report_order":
        return typeset("报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行申请执行人{a.name}与你单位{cause(c)}一案中，你单位未按执行通知履行法律文书确定的义务。依照{LAW}"
                  "第二百五十二条的规定，责令你单位在收到本令后五日内，填写随附的《财产申报表》，如实向本院报告当前以及收到执行"
                  "通知之日前一年的财产情况。"),
            ("p", "你单位拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "此令。")], c.number, officer, cn_date(c.day(3)), rng, closing=clerk)
    if code == "summons":
        return [_summons(c, rng)]
    if code == "consumption_restriction_order":
        return typeset("限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a.name}申请执行你单位{cause(c)}一案。因你单位未按执行通知书指定的"
                  f"期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干"
                  f"规定》第一条、第三条的规定，对你单位采取限制消费措施，限制你单位及你单位的法定代表人{r.legal_rep}不得实施以下高消费"
                  "及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行"
                  "高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需"
                  "车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车"
                  "全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。")],
            c.number, officer, cn_date(c.day(35)), rng, closing=clerk)
    if code == "dishonest_list_decision":
        return typeset("决定书", [
            ("f", applicant_line(c)),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。"
                  f"依照{LAW}第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条、第六条的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，纳入期限为二年。"),
            ("p", "被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"),
            ("p", "本决定一经作出即生效。")], c.number, bench, cn_date(c.day(36)), rng, closing=clerk)
    if code == "enforcement_ruling":
        return typeset("执行裁定书", [
            *parties(c),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，因被执行人未按执行通知书履行法律文书确定的义务，"
                  f"依照{LAW}第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结、拍卖、变卖其相应价值的其他财产。"),
            ("p", "本裁定立即执行。")], c.number, bench, cn_date(c.day(6)), rng, closing=clerk)
    if code == "assistance_notice":
        asked: list[str] = c.extra.setdefault("asked", [])
        bank = rng.choice([b for b in papers.BANKS if b not in asked] or list(papers.BANKS))
        asked.append(bank)
        c.extra["bank"] = bank
        return [*typeset("协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{a.name}与{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的"
                  "规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（统一社会信用代码{r.id_number}）在你行开立的全部账户存款，冻结金额以{money(c.amount)}为限，"
                  f"冻结期限一年，自{cn_date(c.day(8))}起至{cn_date(c.day(8) + timedelta(days=364))}止。"),
            ("f", "附：执行裁定书一份。")], c.number, [], cn_date(c.day(8)), rng, verify=False,
            closing=[f"执行人员：{c.officer}、{c.clerk}（工作证、执行公务证已出示）", f"联系电话：{c.court.phone}"]),
            papers.bank_reply(c, rng)]
    if code == "closing_notice":
        return typeset("结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{cause(c)}一案，本院执行中，双方于{cn_date(c.day(40))}达成执行和解协议，被执行人已按协议"
                  f"履行完毕，执行款{money(c.amount)}已于{cn_date(c.closed_on - timedelta(days=4))}划付至你方确认的收款账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条第一款第一项的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。")], c.number, [], cn_date(c.closed_on - timedelta(days=2)), rng)
    if code == "termination_this_round_ruling":
        return typeset("执行裁定书", [
            *parties(c),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，{basis_name(c)}确定被执行人支付申请执行人"
                  f"{money(c.amount)}。本院于{cn_date(c.filed_on)}立案执行后，依法向被执行人送达执行通知书、报告财产令，被执行人"
                  "未履行义务，亦未按期报告财产。"),
            ("p", "本院通过网络执行查控系统及江苏法院“点对点”查控平台对被执行人的存款、车辆、不动产、证券、网络资金、股权等财产进行"
                  "查询，并至苏州市不动产登记中心、被执行人住所地进行调查，均未发现可供执行的财产。本院已对被执行人采取限制消费措施，"
                  "并将其纳入失信被执行人名单。"),
            ("p", f"{cn_date(c.day(span - 12))}，本院约谈申请执行人，告知财产调查结果及拟终结本次执行程序的意见，申请执行人表示暂无"
                  "其他财产线索可提供。"),
            ("p", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行的财产。依照《最高人民法院关于适用〈中华人民共和国民事"
                  "诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后即发生法律效力。")], c.number, bench, cn_date(c.day(span - 3)), rng, closing=clerk)
    if code in ("investigation_record", "interview_record"):
        return [_record(c, code, rng)]
    if code == "online_inquiry_result":
        return [_inquiry(c, rng)]
    if code == "property_declaration_form":
        return [_declaration(c, rng)]
    if code == "payment_voucher":
        return [papers.bank_slip(c, rng)]
    if code == "settlement_agreement":
        return _settlement(c, rng)
    return [_archive_form(c, code, rng)]


def _summons(c: CaseCtx, rng: random.Random) -> LSheet:
    r = c.respondent
    when = c.day(48)
    rows = [["案　　号", c.number], ["案　　由", f"{cause(c)}（执行）"], ["被传唤人", f"{r.name}（法定代表人{r.legal_rep}）"],
            ["工作单位或住址", r.address], ["传唤事由", "接受执行询问，如实报告财产情况"],
            ["应到时间", f"{num_date(when)}上午9时30分"], ["应到处所", f"{c.court.address}　执行局第三执行团队办公室"],
            ["注意事项", "一、被传唤人必须准时到达应到处所。二、本传票由被传唤人携带来院报到。三、被传唤人收到传票后，应在送达回证上"
                     "签名或盖章。四、经两次传票传唤，无正当理由拒不到场的，人民法院可以拘传。"]]
    return form("传　票", rows, "", rng, row_h=14, when=cn_date(c.day(40)), head=COURT + "（执行局）")


def _record(c: CaseCtx, code: str, rng: random.Random) -> LSheet:
    a, r = c.applicant, c.respondent
    s = LSheet()
    span = (c.closed_on - c.filed_on).days
    if code == "investigation_record":
        title, when = "调 查 笔 录", c.day(60)
        where = f"{r.address}（被执行人住所地）"
        speaker = person_name(rng)
        who = f"被调查人：{speaker}，该处物业管理处工作人员"
        qa = [("问", "我们是苏州工业园区人民法院执行局的工作人员，现依法对被执行人的经营及财产情况进行调查，请你如实反映。"),
              ("答", "好的。"),
              ("问", f"{r.name}现在是否仍在此处经营？"),
              ("答", "这家公司去年年底就没有人来上班了，房租欠了好几个月，设备都已经搬走了，现在办公室是空的。"),
              ("问", "该公司是否还有其他财产存放在此处？"),
              ("答", "没有，只剩几张旧桌子，我们物业已经贴了催缴通知。"),
              ("问", "以上所说是否属实？"), ("答", "属实。")]
    else:
        title, when = "谈 话 笔 录", c.day(span - 12)
        where = "本院执行局约谈室"
        speaker = c.agent
        who = f"被谈话人：{c.agent}，{c.firm}律师，申请执行人{a.name}的委托代理人"
        qa = [("问", "今天约你来，是告知本案的财产调查情况，并听取你方对终结本次执行程序的意见。"),
              ("答", "清楚。"),
              ("问", "本院已通过网络查控系统查询被执行人银行存款、车辆、不动产、股权等，并至其住所地调查，均未发现可供执行的财产，"
                     "已对其限制消费并纳入失信名单。你方是否有新的财产线索？"),
              ("答", "我方暂时没有新的财产线索。"),
              ("问", "如无新的线索，本院拟裁定终结本次执行程序，以后发现财产可以再次申请执行。你方有何意见？"),
              ("答", "同意，以后发现财产线索再申请恢复执行。"), ("问", "以上笔录看一下，是否属实？"), ("答", "属实。")]
    asker = "调查人" if code == "investigation_record" else "谈话人"
    s.centred(mm(18), COURT, song(5.2))
    s.centred(mm(28), title, hei(8.0))
    f = song(4.2)
    y = mm(44)
    for line in (f"时间：{num_date(when)}　{rng.choice(['9时30分', '14时10分', '10时05分'])}至{rng.choice(['10时20分', '15时00分', '11时00分'])}",
                 f"地点：{where}", f"{asker}：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}", who, f"案号：{c.number}"):
        s.text(mm(22), y, line, f)
        y += mm(8)
    s.line(mm(20), y, s.width - mm(20), y, width=1)
    y += mm(4)
    for k, (q, text) in enumerate(qa):
        for part in wrap(f"{q}：{text}", f, mm(166)):
            s.text(mm(22), y, part, f)
            y += mm(7.8)
        del k
    y += mm(6)
    hand(s, mm(120), y, "以上笔录看过，与我说的一样。", rng, size=mm(5), ink=HAND_INK)
    hand(s, mm(130), y + mm(11), speaker + "　" + num_date(when), rng,
         size=mm(5), ink=HAND_INK)
    s.text(mm(22), s.height - mm(26), f"{asker}：{c.officer}　　记录人：{c.clerk}", f)
    s.right(s.width - mm(22), s.height - mm(18), "第1页　共1页", song(3.6))
    return s


def _inquiry(c: CaseCtx, rng: random.Random) -> LSheet:
    r = c.respondent
    s = LSheet(loose=True)
    s.centred(mm(16), "网络执行查控系统　反馈结果", hei(6.4))
    f = song(3.4)
    s.text(mm(14), mm(28), f"案号：{c.number}　　承办法院：{COURT}", f)
    s.text(mm(14), mm(34), f"被查询人：{r.name}　证件号码：{r.id_number}　查询日期：{num_date(c.day(2))}", f)
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈日期"]]
    units = [("中国工商银行", "存款"), ("中国银行", "存款"), ("苏州银行", "存款"), ("江苏银行", "存款"), ("中国农业银行", "存款"),
             ("公安部交通管理局", "车辆"), ("自然资源部", "不动产"), ("中国证券登记结算公司", "证券"), ("支付宝（中国）", "网络资金"),
             ("财付通", "网络资金"), ("市场监管总局", "股权")]
    paid = c.method == "fully_performed"
    for i, (unit, kind) in enumerate(units, 1):
        hit = paid and kind == "存款" and unit == c.extra.get("bank", "中国银行")[:len(unit)]
        balance = f"有账户，余额{c.amount:,.2f}元" if hit else rng.choice(["有账户，余额0.00元", "未查询到账户", "无"])
        if kind != "存款":
            balance = "未查询到财产信息"
        rows.append([str(i), unit, kind, balance, num_date(c.day(rng.randint(3, 6)))])
    table(s, mm(14), mm(42), [mm(12), mm(52), mm(24), mm(60), mm(34)], rows, song(3.3), row_h=mm(9), width=1)
    s.text(mm(14), s.height - mm(24), "打印人：" + c.clerk + "　打印时间：" + num_date(c.day(7)), song(3.2))
    footer_of(s, 1, 1)
    return s


def _declaration(c: CaseCtx, rng: random.Random) -> LSheet:
    r = c.respondent
    rows = [["申报人", ""], ["统一社会信用代码", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["股权、投资", ""],
            ["应收账款", ""], ["其他财产", ""], ["一年内财产变动", ""]]
    filled = {0: r.name, 1: r.id_number, 2: "基本户余额不足一千元", 3: "无", 4: "无", 5: "无", 6: "客户欠款约十余万元，均难以收回",
              7: "无", 8: "无"}
    s = form("财产申报表", rows, c.number, rng, cols=(46, 128), filled=filled, row_h=14, seal_it=False,
             notes=["本人保证以上申报内容真实、完整，如有虚假，愿承担法律责任。"])
    hand(s, mm(110), s.height - mm(48), f"{r.legal_rep}　{num_date(c.day(12))}", rng, size=mm(5), ink=HAND_INK)
    seal(s, mm(150), s.height - mm(44), r.name, rng, radius=mm(17))
    return s


def _settlement(c: CaseCtx, rng: random.Random) -> list[LSheet]:
    a, r = c.applicant, c.respondent
    s = LSheet()
    s.centred(mm(24), "执行和解协议", hei(8.2), spacing=mm(1.5))
    f = song(4.3)
    y = mm(42)
    paras = [f"甲方（申请执行人）：{a.name}", f"乙方（被执行人）：{r.name}　法定代表人：{r.legal_rep}",
             f"甲、乙双方就{COURT}{c.number}执行一案，经协商一致，达成和解协议如下：",
             f"一、乙方确认尚欠甲方{money(c.amount)}，于{cn_date(c.day(45))}前一次性支付至苏州工业园区人民法院执行款专户。",
             "二、乙方按期足额付清的，甲方放弃迟延履行期间的债务利息；乙方逾期未付的，甲方可申请恢复执行原生效法律文书。",
             "三、本协议一式三份，甲乙双方各执一份，交法院一份，自双方签字盖章之日起生效。"]
    for text in paras:
        for part in wrap(text, f, mm(160)):
            s.text(mm(25), y, part, f)
            y += mm(8.2)
    y += mm(12)
    s.text(mm(25), y, "甲方（签章）：", f)
    s.text(mm(112), y, "乙方（签章）：", f)
    hand(s, mm(55), y - mm(2), a.legal_rep or a.name, rng, size=mm(6), ink=(20, 20, 20))
    seal(s, mm(140), y + mm(4), r.name, rng, radius=mm(17))
    if a.kind == "organisation":
        seal(s, mm(55), y + mm(4), a.name, rng, radius=mm(17))
    s.text(mm(25), y + mm(26), f"签订日期：{num_date(c.day(40))}", f)
    return [s]


def _archive_form(c: CaseCtx, code: str, rng: random.Random) -> LSheet:
    a, r = c.applicant, c.respondent
    method = {"terminated_this_round": "终结本次执行程序", "fully_performed": "执行完毕", "terminated": "终结执行"}.get(c.method, "")
    if code == "closing_approval_form":
        rows = [["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行依据", basis_name(c)],
                ["执行标的", money(c.amount)], ["立案日期", num_date(c.filed_on)], ["结案方式", method],
                ["执行到位金额", f"{c.amount:,.2f}元" if c.method == "fully_performed" else "0.00元"],
                ["承办人意见", ""], ["团队负责人意见", ""], ["分管院领导意见", ""]]
        s = form("执行案件结案审批表", rows, "", rng, row_h=13, filled={8: f"建议以{method}方式结案。{c.officer}",
                                                                  9: f"同意。{c.judge}", 10: "同意"})
        return s
    if code == "file_review_form":
        rows = [["复核项目", "复核情况"], ["法律文书是否齐全", ""], ["送达回证（邮寄、电子送达凭证）是否齐全", ""],
                ["卷内文书排列顺序", ""], ["页码编写、目录填写", ""], ["电子卷宗同步生成", ""], ["复核人", ""]]
        return form("执行卷宗复核表", rows, c.number, rng, cols=(86, 88), row_h=14,
                    filled={1: "齐全", 2: "齐全", 3: "符合规定", 4: "已编写", 5: "已同步", 6: c.officer},
                    when=num_date(c.closed_on + timedelta(days=9)), seal_it=False)
    if code == "remarks_sheet":
        s = LSheet()
        s.centred(mm(26), "备　考　表", hei(8.0))
        s.text(mm(28), mm(44), f"案号：{c.number}", song(4.2))
        s.box(mm(25), mm(54), s.width - mm(25), mm(220))
        s.text(mm(30), mm(62), "本卷情况说明：", song(4.2))
        hand(s, mm(36), mm(76), "本卷共计文书材料若干件，含邮寄送达凭证、电子送达凭证。", rng, size=mm(4.6), ink=HAND_INK)
        s.text(mm(30), mm(232), f"立卷人：{c.clerk}", song(4.2))
        s.text(mm(110), mm(232), f"检查人：{c.officer}", song(4.2))
        s.text(mm(30), mm(244), f"立卷时间：{num_date(c.closed_on + timedelta(days=8))}", song(4.2))
        return s
    if code == "catalogue":
        s = LSheet()
        s.centred(mm(20), "卷 内 目 录", hei(7.6))
        s.text(mm(18), mm(34), f"案号：{c.number}", song(4.0))
        items = ["立案登记表", "强制执行申请书", "仲裁裁决书、生效证明" if c.basis_kind == "arbitration" else "民事判决书",
                 "受理执行案件通知书", "执行通知书、报告财产令", "当事人身份证明、授权委托书", "网络执行查控反馈结果",
                 "执行裁定书、协助执行通知书及回执", "执行和解协议", "案款发放凭证", "结案通知书", "结案审批表", "送达回证、邮件详情单"]
        rows = [["序号", "文件材料名称", "页号", "备注"]]
        page = 1
        for i, item in enumerate(items, 1):
            rows.append([str(i), item, str(page), ""])
            page += rng.randint(1, 4)
        table(s, mm(18), mm(42), [mm(16), mm(110), mm(24), mm(24)], rows, song(3.9), row_h=mm(12), width=2)
        return s
    if code != "dossier_cover":
        raise KeyError(code)
    s = LSheet()
    s.draw.rectangle((mm(14), mm(14), s.width - mm(14), s.height - mm(14)), outline=(40, 40, 40), width=5)
    s.centred(mm(34), COURT, song(7.4))
    s.centred(mm(52), "执 行 卷 宗", hei(12.0))
    rows = [["案号", c.number], ["案由", cause(c)], ["申请执行人", a.name], ["被执行人", r.name], ["承办人", c.officer],
            ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", method],
            ["保管期限", "长期"], ["卷宗号", "正卷　第1卷　共1卷"]]
    table(s, mm(28), mm(82), [mm(36), mm(118)], rows, song(4.4), row_h=mm(14), width=2)
    return s


__all__ = ["CODES", "adopt_basis", "applicant_line", "basis_name", "cause", "render"]
