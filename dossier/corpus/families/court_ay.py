"""court_ay (吉林省长春市朝阳区人民法院, held out): a city district court of 长春 whose enforcement bureau takes in the
city's trade — parts makers supplying 一汽's assembly plants, rail-car component shops working for 中车长客, corn and
grain processors, and 民间借贷 between small owners. Its own papers are set in the bureau's house (court_ay_kit); what
the parties bring arrives as photocopies of photocopies and glued slips (court_ay_papers), scanned grey through a
sheet-fed ADF (court_ay_capture)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, credit_code, money, num_date, person_name
from dossier.corpus.draw import BLUE_INK, Sheet, mm, seal, signature
from dossier.corpus.families.court_ay_kit import (
    CHAOYANG,
    COURT,
    court_paper,
    fill,
    paste,
    record_house,
    ruled_form,
)
from dossier.corpus.families.court_ay_papers import RECEIVED, received
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, Paper, typeset

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "online_inquiry_result",
})
CODES = OWN | RECEIVED
PARTS_SEQ, GRAIN_SEQ, RAIL_SEQ = 17126, 17358, 17604
LAW = "《中华人民共和国民事诉讼法》"
TITLES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
          "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信被执行人）",
          "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "enforcement_ruling": "执行裁定书（冻结、划拨）",
          "closing_notice": "结案通知书", "summons": "传票", "payment_notice": "缴款通知书"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """长春 parties. PARTS_SEQ: a 模具 maker's 长春仲裁委员会 award against a stamping-parts supplier of 一汽解放, paid
    in two instalments after its account was frozen; GRAIN_SEQ: a lender's 长春中院 二审 judgment against a 玉米深加工
    company with nothing left to seize (终本); RAIL_SEQ: a notarised loan to a rail-car component shop, with the 公证处's
    执行证书, paid from receivables frozen at its customer."""
    seq = int(c.number.rsplit("执", 1)[1].removesuffix("号"))
    story = {PARTS_SEQ: "parts", GRAIN_SEQ: "grain", RAIL_SEQ: "rail"}.get(seq, "parts")
    c.extra["story"] = story
    c.firm = rng.choice(["吉林功承律师事务所", "吉林长春北国律师事务所", "吉林启明星律师事务所", "吉林汽城律师事务所"])
    c.extra["firm_addr"] = f"长春市朝阳区{rng.choice(['工农大路', '湖西路', '开运街', '西民主大街'])}{rng.randint(200, 1999)}号"
    c.extra["lic_no"] = f"12201{rng.randint(2008, 2019)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["吉林银行长春朝阳支行", "中国建设银行长春红旗街支行", "长春农商银行湖西支行"])
    c.extra["acct"] = f"6217{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = "0711 0101 0010 0058 6"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 75))
    c.extra["trial_judge"] = person_name(rng)
    c.extra["reviewer"] = person_name(rng)
    c.extra["chief"] = person_name(rng)
    c.extra["archivist"] = person_name(rng)
    rep = c.respondent.legal_rep
    if story == "parts":
        c.respondent.name = rng.choice(["长春旭成汽车冲压件有限公司", "长春德骏汽车零部件有限公司"])
        c.respondent.address = f"长春汽车经济技术开发区{rng.choice(['东风大街', '景阳大路', '乙六路'])}{rng.randint(100, 4999)}号"
        c.extra["trade"] = "冲压模具"
        c.extra["resp_bank"] = "中国工商银行长春汽车厂支行"
        c.basis_court = "长春仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）长仲裁字第{rng.randint(100, 1899):04d}号"
    elif story == "grain":
        c.respondent.name = rng.choice(["长春丰穗玉米生化有限公司", "长春金禾粮食深加工有限公司"])
        c.respondent.address = f"长春市朝阳区{rng.choice(['永昌路', '南湖大路', '红旗街'])}{rng.randint(10, 899)}号"
        c.extra["trade"] = "玉米收储及淀粉加工"
        c.extra["resp_bank"] = "长春农村商业银行朝阳支行"
        c.extra["first_number"] = f"（{c.filed_on.year - 2}）吉0104民初{rng.randint(3000, 9999)}号"
        c.basis_court = "吉林省长春市中级人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）吉01民终{rng.randint(1000, 8999)}号"
        c.extra["warehouse"] = f"农安县{rng.choice(['合隆镇', '烧锅镇', '开安镇'])}粮库院内"
    else:
        c.respondent.name = rng.choice(["长春铁越轨道车辆配件有限公司", "长春中轨客车部件制造有限公司"])
        c.respondent.address = f"长春市绿园区{rng.choice(['西新工业集中区', '皓月大路', '长客路'])}{rng.randint(100, 2999)}号"
        c.extra["trade"] = "轨道客车内饰件"
        c.extra["resp_bank"] = "吉林银行长春绿园支行"
        c.extra["customer"] = "中车长春轨道客车股份有限公司"
        c.basis_court = "吉林省长春市正泰公证处"
        c.basis_number = f"（{c.filed_on.year - 1}）吉长正泰证字第{rng.randint(1000, 9999)}号"
        c.extra["cert_number"] = f"（{c.filed_on.year}）吉长正泰证执字第{rng.randint(10, 99)}号"
    c.respondent.legal_rep = rep
    c.respondent.id_number = credit_code(rng, "220104" if story != "rail" else "220106")
    c.respondent.phone = f"0431-8{rng.randint(1000000, 9999999)}"
    c.applicant.address = f"长春市朝阳区{rng.choice(['桂林路', '清和街', '同志街', '自由大路'])}{rng.randint(1, 399)}号" \
                          f"{rng.randint(1, 12)}栋{rng.randint(1, 6)}单元{rng.randint(101, 1802)}室"
    c.extra["resp_acct"] = f"4200{rng.randint(10**13, 10**14 - 1)}"
    c.extra["paid1"] = (c.amount * Decimal("0.6")).quantize(Decimal("0.01"))
    c.extra["paid2"] = c.amount - c.extra["paid1"]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return received(code, c, rng, served)
    return _own(code, c, rng, served)


def _basis(c: CaseCtx) -> str:
    kind = {"parts": "仲裁裁决书", "grain": "民事判决书", "rail": "公证债权文书"}[c.extra["story"]]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _bench(c: CaseCtx, d: int) -> list[tuple[str, str]]:
    return [("gap", ""), ("sig", f"审　判　长　{c.judge}"), ("sig", f"执　行　员　{c.officer}"), ("gap", ""),
            ("date", cn_date(c.day(d))), ("gap", ""), ("sig", f"书　记　员　{c.clerk}")]


def _who(c: CaseCtx) -> list[tuple[str, str]]:
    a, r = c.applicant, c.respondent
    return [("f", f"申请执行人：{a.name}，{a.sex}，{a.born.year if a.born else 1970}年生，汉族，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被执行人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司执行董事。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, amt = c.applicant, c.respondent, money(c.amount)
    story = c.extra["story"]
    if code == "acceptance_notice":
        return court_paper(c, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{'仲裁裁决' if story == 'parts' else '纠纷'}一案，本院经审查，符合法定受理条件，"
                  f"已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", "现将有关事项通知如下：一、本案由本院执行局执行实施组办理，承办人员及联系电话见本通知末尾；二、"
                  "你方如发现被执行人的财产线索，应及时书面提供；三、你方收取执行款的账户如有变更，应书面告知本院；"
                  "四、申请执行人可通过“吉林移动微法院”或12368诉讼服务热线查询案件进展。"),
            ("p", f"承办人：{c.officer}　联系电话：{c.court.phone}"),
            *_bench(c, 0)[3:5]], rng)
    if code == "payment_notice":
        return court_paper(c, "缴款通知书", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{c.number}申请执行人{a.name}与你单位执行一案，依据《诉讼费用交纳办法》第十条第（一）项、"
                  f"第十四条第（一）项的规定，你单位应负担申请执行费{money(c.extra['fee'])}，"
                  "限你单位于收到本通知之日起七日内缴纳。"),
            ("p", f"收款单位：长春市朝阳区财政局非税收入专户；开户行：吉林银行长春朝阳支行；账号：{c.extra['court_acct']}。"
                  "汇款时请注明案号及“执行费”字样。逾期不缴纳的，本院将依法强制扣划。"),
            *_bench(c, 2)[3:5]], rng)
    if code == "enforcement_notice":
        return court_paper(c, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{_basis(c)}一案，本院于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  "第二百六十四条的规定，责令你单位立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{amt}及迟延履行期间的债务利息；"),
            ("p", f"二、负担申请执行费{money(c.extra['fee'])}。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你单位纳入失信被执行人名单、限制你单位及法定代表人高消费。"),
            ("p", f"执行员：{c.officer}　书记员：{c.clerk}　联系电话：{c.court.phone}"),
            *_bench(c, 2)[3:5]], rng)
    if code == "property_report_order":
        return court_paper(c, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{a.name}申请执行你单位一案中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查"
                  "若干问题的规定》第三条的规定，责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前"
                  "一年的财产情况，并填写随附的财产申报表。"),
            ("p", "应报告的财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、"
                  "机器设备、产品、原材料等动产；债权、股权、投资权益、基金份额、知识产权等财产性权利；其他应当报告的财产。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            *_bench(c, 2)[3:5]], rng)
    if code == "enforcement_ruling":
        target = (f"被执行人{r.name}对{c.extra['customer']}享有的到期应收货款{amt}" if story == "rail"
                  else f"被执行人{r.name}在{c.extra['resp_bank']}账号{c.extra['resp_acct']}内的存款{amt}")
        return court_paper(c, "执行裁定书", [
            *_who(c),
            ("p", f"本院依据已经发生法律效力的{_basis(c)}，于{cn_date(c.filed_on)}立案执行。本院向被执行人送达执行通知书，"
                  "被执行人未在指定期间履行生效法律文书确定的义务。依照" + LAW + "第二百五十三条、第二百五十五条、"
                  "第一百五十七条第一款第十一项的规定，裁定如下："),
            ("p", f"冻结、划拨{target}；"
                  "冻结期限为一年。"),
            ("p", "本裁定送达后即发生法律效力。"),
            *_bench(c, 6)], rng)
    if code == "assistance_notice":
        bank = c.extra["customer"] if story == "rail" else c.extra["resp_bank"]
        what = (f"暂停向被执行人{r.name}支付其应收货款，在{amt}范围内予以冻结，并于本通知到达后十日内将该款项"
                "汇入本院执行款专户" if story == "rail" else
                f"冻结并扣划被执行人{r.name}账号{c.extra['resp_acct']}内的存款，以{amt}为限，划至本院执行款专户")
        return court_paper(c, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{a.name}与{r.name}一案，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条"
                  f"的规定，请协助执行下列事项：{what}。"),
            ("p", f"本院执行款专户：吉林省长春市朝阳区人民法院，开户行：吉林银行长春朝阳支行，账号：{c.extra['court_acct']}。"),
            ("p", f"经办人：{c.officer}、{c.clerk}（持工作证、执行公务证）　联系电话：{c.court.phone}"),
            *_bench(c, 7)[3:5]], rng)
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        return court_paper(c, "限制消费令", [
            ("f", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院于{cn_date(c.filed_on)}立案执行{a.name}申请执行你单位一案。因你单位未按执行通知书指定的期间履行"
                  "生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
                  "第三条的规定，对你单位采取限制消费措施，限制你单位及你单位法定代表人、主要负责人、影响债务履行的直接"
                  f"责任人员{r.legal_rep}不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场"
                  "等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所"
                  "办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险"
                  "理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
            *_bench(c, 40)[3:5]], rng)
    if code == "dishonest_list_decision":
        return typeset(Paper("决定书", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院在执行{a.name}申请执行{r.name}一案中，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且违反"
                  "财产报告制度。依照" + LAW + "第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条"
                  "第一项、第五项的规定，决定如下："),
            ("p", f"将{r.name}纳入失信被执行人名单，期限为二年。"),
            ("p", "如不服本决定，可以向本院申请纠正。"),
            *_bench(c, 41)[3:5]], COURT, f"（{c.filed_on.year}）吉0104执{c.number.rsplit('执', 1)[1].removesuffix('号')}号之一",
            COURT), CHAOYANG, rng)
    if code == "investigation_record":
        return _investigation(c, rng)
    if code == "interview_record":
        return _interview(c, rng)
    if code == "termination_this_round_ruling":
        return court_paper(c, "执行裁定书", [
            *_who(c),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{'民间借贷纠纷' if story == 'grain' else ''}一案中，执行依据为"
                  f"{_basis(c)}，执行标的为{amt}。执行中，本院向被执行人送达了执行通知书、报告财产令，被执行人未报告财产。"
                  "本院通过网络执行查控系统对被执行人的银行存款、车辆、不动产、证券、网络资金等财产进行查询，并赴"
                  f"{c.extra.get('warehouse', '其经营场所')}实地调查，被执行人名下玉米烘干塔及库存已于执行立案前为其他债权人"
                  "设定抵押并被查封，无其他可供执行的财产。本院已对被执行人采取限制消费措施，并纳入失信被执行人名单。"
                  "本院约谈了申请执行人，申请执行人对本次执行程序终结无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
            ("p", "终结本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
            *_bench(c, (c.closed_on - c.filed_on).days - 2)], rng)
    if code == "closing_notice":
        return court_paper(c, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}一案，被执行人已于{cn_date(c.day(48))}全部履行完毕，执行款{amt}已发放至你指定的"
                  f"{c.extra['acct_bank']}账户。本案于{cn_date(c.closed_on)}以执行完毕方式结案。"),
            ("p", "特此通知。"),
            *_bench(c, (c.closed_on - c.filed_on).days)[3:5]], rng)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(22), COURT, font("serif", mm(6.6)), spacing=mm(1.5))
    s.centred(mm(36), "传票", font("hei", mm(10)), spacing=mm(16))
    s.right(s.width - mm(24), mm(54), c.number, font("serif", mm(4.8)))
    f = font("serif", mm(4.8))
    when = c.day(rng.randint(28, 34))
    rows = [["案由", "申请执行"], ["被传唤人", f"{c.respondent.name}（法定代表人{c.respondent.legal_rep}）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受询问，如实报告财产情况"],
            ["应到时间", f"{num_date(when)}上午九时整"], ["应到处所", "本院执行局第三接待室（西安大路1188号）"]]
    tops = ruled_form(s, mm(22), mm(64), [mm(44), s.width - mm(88)], rows, [mm(17)] * 6, f, rng)
    y = tops[-1] + mm(8)
    for line in ["注意事项：", "一、被传唤人必须准时到达应到处所，本传票由被传唤人带来报到。",
                 "二、被传唤人收到传票后，应在送达回证上签名或盖章。",
                 "三、经两次传票传唤，无正当理由拒不到场的，可以拘传。"]:
        s.text(mm(24), y, line, f)
        y += mm(9)
    s.text(s.width - mm(88), y + mm(10), cn_date(c.day(20)), f)
    seal(s, s.width - mm(68), y + mm(12), COURT, rng)
    s.text(mm(24), y + mm(30), f"执行员：{c.officer}　书记员：{c.clerk}", f)
    return [s]


def _qa(c: CaseCtx, rng: random.Random, title: str, head: list[tuple[str, str]], qa: list[tuple[str, str]],
        who: str, *, scene: str = "") -> list[Sheet]:
    blocks: list[tuple[str, str]] = [*head, ("gap", "")]
    for q, ans in qa:
        blocks += [("qa", f"问：{q}"), ("qa", f"答：{ans}")]
    if scene:
        blocks += [("gap", ""), ("f", scene)]
    blocks += [("gap", ""), ("hsig", f"被询问人：以上笔录我看过，记录属实。{who}")]
    return typeset(Paper(title, blocks, COURT, "", ""), record_house(who, c), rng)


def _investigation(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    where = c.extra.get("warehouse", r.address)
    keeper = person_name(rng)
    head = [("f", f"时间：{num_date(c.day(55))}　上午10时20分至11时40分"), ("f", f"地点：{where}"),
            ("f", f"调查人：{c.officer}、{rng.choice(['司法警察', '执行员'])}{person_name(rng)}　记录人：{c.clerk}"),
            ("f", f"被调查人：{keeper}，{r.name}库管员"), ("f", f"案号：{c.number}")]
    qa = [("我们是长春市朝阳区人民法院执行人员，这是我们的执行公务证。今天就申请执行人提供的线索，对该公司在此处的"
           "粮库、烘干塔进行现场调查，你要如实回答，明白吗？", "明白。"),
          ("你在公司负责什么？", "我负责这个库的看管，公司去年秋天以后就没收粮了。"),
          ("库里现在有多少玉米？", "罩棚里没有粮了，去年收的玉米都抵给银行了，剩下的一点被另一家法院封了。"),
          ("这两座烘干塔和地磅归谁？", "是公司的，但早就抵押给农商行了，银行那边说是已经起诉。"),
          ("公司还有其他车辆、设备吗？", "有两台铲车，是租的，上个月租赁公司拉走了。"),
          ("公司现在还有人上班吗？", "就我一个看库的，工资也欠着。")]
    return _qa(c, rng, "调查笔录", head, qa, keeper,
               scene="现场情况：烘干塔两座张贴有其他法院封条，罩棚及库内无存粮，未发现可供执行的财产。")


def _interview(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    head = [("f", f"时间：{num_date(c.day(118))}　14时05分"), ("f", "地点：本院执行局第二谈话室"),
            ("f", f"谈话人：{c.officer}　记录人：{c.clerk}"),
            ("f", f"被谈话人：{a.name}，申请执行人，身份证号{a.id_number}"), ("f", f"案号：{c.number}")]
    qa = [("今天约你来，是告知本案的执行情况并听取你的意见。本院已经通过网络查控系统查询了被执行人的存款、车辆、"
           "房产、股权、证券、网络资金，均无可供执行的财产；对你提供的粮库线索进行了实地调查，烘干塔已经抵押并被"
           "其他法院查封，库内没有存粮。你还有没有新的财产线索？", "我知道的都说了，没有别的了。"),
          ("本院已经对被执行人发出限制消费令，并纳入失信被执行人名单。本案拟终结本次执行程序，终本后被执行人的"
           "限制消费、失信措施继续有效，你发现财产可以随时申请恢复执行，不受时效限制。你有什么意见？",
           "同意终本，有线索我再来申请恢复执行。"),
          ("你收到的执行款账户信息还是原来的吗？", f"还是{c.extra['acct_bank']}那个卡。")]
    return _qa(c, rng, "谈话笔录", head, qa, a.name)


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(20), COURT, font("serif", mm(6)), spacing=mm(1))
    s.centred(mm(33), "执行案件结案审批表", font("hei", mm(8.4)), spacing=mm(2))
    f = font("serif", mm(4.4))
    method = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    paid = c.amount if c.method == "fully_performed" else Decimal(0)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)],
            ["申请标的", money(c.amount)],
            ["实际到位", money(paid)],
            ["结案方式", method, "结案日期", num_date(c.closed_on)],
            ["执行经过", ""],
            ["承办人意见", ""],
            ["执行局长意见", ""]]
    w = s.width - mm(40)
    heights = [mm(13), mm(17), mm(17), mm(13), mm(13), mm(13), mm(58), mm(28), mm(28)]
    tops = ruled_form(s, mm(20), mm(46), [mm(30), mm(62), mm(28), w - mm(120)], rows, heights, f, rng)
    story = {"parts": "立案后送达执行通知书、报告财产令；网络查控冻结被执行人基本户，双方达成和解，被执行人分两期付清，"
                      "执行款已发放申请人。",
             "rail": "立案后送达执行通知书、报告财产令；冻结被执行人对中车长客的应收货款，双方和解，分两期付清，"
                     "执行款已发放申请人。",
             "grain": "网络查控无财产，实地调查粮库无存粮，设备已抵押查封；已限高、失信，约谈申请人同意终本。"}[
        c.extra["story"]]
    y = tops[6] + mm(4)
    for k in range(0, len(story), 24):
        fill(s, mm(54), y, story[k:k + 24], rng, size_mm=4.8)
        y += mm(8)
    fill(s, mm(54), tops[7] + mm(6), f"拟以{method}方式结案。", rng)
    signature(s, mm(140), tops[7] + mm(16), c.officer, rng)
    fill(s, mm(54), tops[8] + mm(6), "同意。", rng)
    signature(s, mm(140), tops[8] + mm(16), c.extra["chief"], rng)
    fill(s, mm(150), tops[8] + mm(5), num_date(c.closed_on - timedelta(days=1)), rng, size_mm=4.2)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: a narrow two-column grid; the served person's signature and the date by hand."""
    s = Sheet()
    s.centred(mm(24), COURT, font("serif", mm(6.2)), spacing=mm(1.2))
    s.centred(mm(37), "送达回证", font("hei", mm(9.5)), spacing=mm(6))
    f = font("serif", mm(4.8))
    to_resp = any(d in served for d in ("enforcement_notice", "property_report_order", "consumption_restriction_order",
                                        "dishonest_list_decision", "summons", "enforcement_ruling"))
    who = c.respondent if to_resp else c.applicant
    names = "、".join(TITLES.get(d, d) for d in served)
    offsets = {"acceptance_notice": 1, "enforcement_notice": 4, "summons": 22, "consumption_restriction_order": 43,
               "termination_this_round_ruling": (c.closed_on - c.filed_on).days, "enforcement_ruling": 9,
               "closing_notice": (c.closed_on - c.filed_on).days + 2}
    when = c.day(offsets.get(served[0], 5) + rng.randint(0, 2)) if served else c.day(5)
    way = rng.choice(["直接送达", "邮寄送达（EMS）", "留置送达"]) if to_resp else "直接送达"
    rows = [["案号", c.number], ["送达文书名称和件数", f"{names}　各一份"], ["受送达人", who.name],
            ["送达地址", who.address], ["送达方式", way], ["受送达人签名或盖章", ""], ["签收日期", ""],
            ["代收人及代收理由", ""], ["送达人", ""], ["备考", ""]]
    mailed = way.startswith("邮寄")
    k = 0.72 if mailed else 1.0
    heights = [mm(v * k) for v in (14, 24, 14, 18, 14, 30, 14, 16, 14, 22)]
    tops = ruled_form(s, mm(24), mm(54), [mm(50), s.width - mm(98)], rows, heights, f, rng)
    signer = who.legal_rep if to_resp else who.name
    signature(s, mm(86), tops[5] + mm(8 * k), signer, rng, ink=BLUE_INK)
    fill(s, mm(80), tops[6] + mm(3 * k), num_date(when), rng)
    signature(s, mm(80), tops[8] + mm(2 * k), f"{c.officer} {c.clerk}", rng)
    seal(s, mm(150), tops[6] + mm(6), COURT, rng)
    if mailed:
        tracking = f"1{rng.randint(10**11, 10**12 - 1)}"
        fill(s, mm(80), tops[9] + mm(3), f"见下附法院专递详情单 {tracking}", rng, size_mm=4.2)
        paste(s, _ems(c, rng, who.name, who.address, names, tracking, when, signer), mm(26), tops[-1] + mm(10), rng)
    return [s]


def _ems(c: CaseCtx, rng: random.Random, to: str, addr: str, names: str, tracking: str, when: date,
         signer: str) -> Sheet:
    """The 法院专递 邮件详情单's receipt copy, signed for by the recipient."""
    slip = Sheet(size=(mm(158), mm(64)), paper=(240, 246, 236))
    f = font("sans", mm(2.9))
    slip.text(mm(3), mm(2), "EMS 中国邮政速递物流 · 法院专递", font("sans_bold", mm(4.2)))
    slip.right(slip.width - mm(3), mm(3), tracking, font("mono", mm(4.2)))
    lines = [f"寄件人：{COURT}　{c.court.phone}", f"寄件地址：{c.court.address}", f"收件人：{to}",
             f"收件地址：{addr}", f"内件：{c.number} {names}", "邮件状态：已妥投　　签收方式：本人签收"]
    y = mm(10)
    for line in lines:
        slip.text(mm(3), y, line, f)
        y += mm(7)
    slip.text(mm(100), mm(48), "收件人签名：", f)
    fill(slip, mm(118), mm(46), signer, rng, size_mm=4.0)
    slip.text(mm(100), mm(56), f"投递日期：{when:%Y-%m-%d}", f)
    slip.box(1, 1, slip.width - 2, slip.height - 2, width=2, outline=(40, 110, 60))
    return slip


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 查控 feedback as the bureau prints it from the 执行指挥系统: a grid, small sans print."""
    s = Sheet()
    f = font("sans", mm(3.6))
    s.text(mm(14), mm(12), "最高人民法院网络执行查控系统 · 查询结果反馈", font("sans_bold", mm(5.4)))
    s.text(mm(14), mm(22), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    s.text(mm(14), mm(28), f"查询发起：{num_date(c.day(3))} 09:{rng.randint(10, 59)}　发起人：{c.officer}", f)
    found = c.extra["story"] != "grain"
    rows = [["序号", "协助单位", "财产类型", "反馈结果", "反馈时间"]]
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "吉林银行", "长春农村商业银行",
             "中国邮政储蓄银行", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算", "市场监管总局（股权）",
             "支付宝（中国）", "财付通", "京东支付"]
    for k, u in enumerate(units, 1):
        if found and u.startswith(("中国工商", "吉林银行")):
            res = f"有账户，余额{rng.randint(1000, 900000) / 100:.2f}元"
        elif u.endswith("（股权）") and found:
            res = "有登记信息，见附件"
        else:
            res = "未查询到财产信息"
        rows.append([str(k), u, "存款" if "银行" in u or "储蓄" in u else u[-3:-1] if "（" in u else "网络资金", res,
                     num_date(c.day(3 + rng.randint(0, 2)))])
    ruled_form(s, mm(14), mm(36), [mm(12), mm(52), mm(22), mm(62), mm(34)], rows, [mm(9.5)] * len(rows), f, rng)
    s.text(mm(14), s.height - mm(18), "打印时间：" + num_date(c.day(6)) + "　本反馈结果仅供执行使用", f)
    s.right(s.width - mm(14), s.height - mm(18), "1/1", f)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    if code == "dossier_cover":
        s.centred(mm(34), COURT, font("serif_bold", mm(8)), spacing=mm(1.5))
        s.centred(mm(56), "执行卷宗", font("hei", mm(13)), spacing=mm(14))
        s.centred(mm(80), "（正卷）", font("serif", mm(6)))
        f = font("serif", mm(5.2))
        rows = [["案号", c.number], ["案由", "申请执行仲裁裁决" if c.extra["story"] == "parts" else "申请执行"],
                ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["承办人", c.officer],
                ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
                ["归档日期", num_date(c.closed_on + timedelta(days=24))], ["保管期限", "长期"], ["全宗号", "0104"],
                ["目录号", "执 2024"], ["卷号", c.number.rsplit("执", 1)[1].removesuffix("号")]]
        ruled_form(s, mm(34), mm(100), [mm(40), s.width - mm(108)], rows, [mm(12.5)] * len(rows), f, rng,
                   hand_cols=(1,) if rng.random() < 0.5 else ())
        return [s]
    if code == "catalogue":
        s.centred(mm(22), "卷内目录", font("hei", mm(9)), spacing=mm(5))
        f = font("serif", mm(4.2))
        s.text(mm(18), mm(36), f"案号：{c.number}", f)
        items = [("执行申请书", "申请执行人"), ("仲裁裁决书", ARB_NAME), ("生效证明", ARB_NAME), ("财产线索表", "申请执行人"),
                 ("执行费票据", "本院"), ("身份证明、营业执照", "当事人"), ("授权委托书、所函、执业证", c.firm),
                 ("收款确认书、送达地址确认书", "申请执行人"), ("受理案件通知书", "本院"), ("缴款通知书", "本院"),
                 ("执行通知书、报告财产令、财产申报表", "本院"), ("网络查控结果", "本院"), ("执行裁定书", "本院"),
                 ("协助执行通知书", "本院"), ("执行和解协议", "双方"), ("执行款收付凭证", "本院"), ("结案通知书", "本院"),
                 ("结案审批表", "本院"), ("送达回证", "本院"), ("卷宗复核表", "本院"), ("备考表", "本院")]
        rows = [["顺序号", "文件名称", "责任者", "页号", "备注"]]
        page = 1
        for k, (name, who) in enumerate(items, 1):
            rows.append([str(k), name, who, str(page), ""])
            page += rng.choice([1, 1, 2, 3])
        ruled_form(s, mm(18), mm(44), [mm(18), mm(82), mm(42), mm(18)], rows, [mm(10)] * len(rows), f, rng,
                   hand_cols=(3,))
        return [s]
    if code == "file_review_form":
        s.centred(mm(22), COURT, font("serif", mm(6)))
        s.centred(mm(35), "执行卷宗归档复核表", font("hei", mm(8.6)), spacing=mm(2))
        f = font("serif", mm(4.5))
        checks = ["卷内文书齐全、排列有序", "执行依据及生效证明附卷", "法律文书送达回证齐全", "执行款收付凭证附卷",
                  "页码编写正确、无空白页", "卷内目录与卷内文书一致", "电子卷宗已同步生成"]
        rows = [["案号", c.number], ["承办人", c.officer], *[[k, "是"] for k in checks], ["复核意见", ""],
                ["复核人", ""]]
        tops = ruled_form(s, mm(22), mm(50), [mm(96), s.width - mm(140)], rows,
                          [mm(13)] * (len(rows) - 2) + [mm(30), mm(16)], f, rng, hand_cols=(1,))
        fill(s, mm(125), tops[-3] + mm(8), "材料齐全，同意归档。", rng)
        signature(s, mm(125), tops[-2] + mm(3), c.extra["reviewer"], rng)
        return [s]
    s.centred(mm(30), "备考表", font("hei", mm(9)), spacing=mm(8))
    f = font("serif", mm(5))
    s.text(mm(28), mm(52), f"案号：{c.number}", f)
    s.box(mm(26), mm(62), s.width - mm(26), s.height - mm(50), width=2)
    text = "本卷共计　　页，其中文字材料　　页，照片　张。卷内执行款收付凭证原件附卷，粘贴单已加盖经办人名章。"
    y = mm(74)
    for k in range(0, len(text), 26):
        s.text(mm(34), y, text[k:k + 26], f)
        y += mm(11)
    pages = rng.randint(58, 74)
    fill(s, mm(58), mm(72), str(pages), rng)
    fill(s, mm(104), mm(72), str(pages - rng.randint(2, 5)), rng)
    s.text(mm(100), s.height - mm(90), "立卷人：", f)
    signature(s, mm(125), s.height - mm(93), c.clerk, rng)
    s.text(mm(100), s.height - mm(76), "检查人：", f)
    signature(s, mm(125), s.height - mm(79), c.extra["archivist"], rng)
    s.text(mm(100), s.height - mm(62), num_date(c.closed_on + timedelta(days=22)), f)
    return [s]


ARB_NAME = "长春仲裁委员会"
HOUSE: House = CHAOYANG

__all__ = ["CODES", "adopt_basis", "render"]
