"""court_co: 甘肃省天水市秦州区人民法院 — its enforcement bureau's own papers (typed rulings and notices under a red
court name, forms filled in ballpoint, 笔录 written by hand on 稿纸) and the papers that reach it (a 天水仲裁委员会
award, its own and the 中院's judgments, lawyers' papers, ID copies, registry replies), copied on an old copier."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    id_number,
    money,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, mm, table
from dossier.corpus.families import court_co_papers as papers
from dossier.corpus.families.court_co_kit import fill, manuscript, sign_block, typed
from dossier.corpus.families.court_co_plans import MATERIALS_SEQ, ORCHARD_SEQ, TRAFFIC_SEQ
from dossier.corpus.fonts import font

COURT = "甘肃省天水市秦州区人民法院"
OWN = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                 "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order",
                 "dishonest_list_decision", "termination_this_round_ruling", "closing_notice",
                 "investigation_record", "interview_record", "closing_approval_form", "service_receipt",
                 "property_declaration_form", "property_clue_form", "payment_account_confirmation",
                 "service_address_confirmation", "payment_voucher", "online_inquiry_result",
                 "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"})
CODES = OWN | papers.RECEIVED
TITLES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
          "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
          "summons": "传票", "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书",
          "termination_this_round_ruling": "执行裁定书", "closing_notice": "结案通知书",
          "investigation_record": "调查笔录", "interview_record": "谈话笔录", "online_inquiry_result": "网络查控结果",
          "property_declaration_form": "财产申报表", "payment_voucher": "案款发放凭证",
          "effectiveness_certificate": "生效证明书", "enforcement_basis": "判决书"}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """秦州 parties. ORCHARD: a fruit dealer's award (天水仲裁委员会) on a 苹果园 流转 contract against a 果品
    专业合作社 in 皂郊镇; TRAFFIC: the court's own 机动车交通事故责任纠纷 judgment against a driver with nothing;
    MATERIALS: a 建材 trader's 中院 二审 judgment against a 建筑工程 company."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {ORCHARD_SEQ: "orchard", TRAFFIC_SEQ: "traffic", MATERIALS_SEQ: "materials"}.get(seq, "materials")
    story = c.extra["story"]
    town = rng.choice(["皂郊镇", "汪川镇", "藉口镇", "天水镇", "太京镇"])
    c.extra["town"] = town
    c.firm = rng.choice(["甘肃陇右律师事务所", "甘肃羲皇律师事务所", "甘肃麦积山律师事务所"])
    c.extra["firm_addr"] = f"天水市秦州区{rng.choice(['建设路', '民主东路', '成纪大道'])}{rng.randint(10, 299)}号"
    c.extra["lic"] = f"1620520{rng.randint(10, 20)}1{rng.randint(1000000, 9999999)}"
    c.extra["bank"] = rng.choice(["甘肃天水农村商业银行秦州支行", "中国农业银行天水秦州支行", "甘肃银行天水分行"])
    c.extra["acct"] = f"62{rng.randint(10**16, 10**17 - 1)}"
    c.extra["trial_judge"] = person_name(rng)
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    c.applicant.address = f"甘肃省天水市秦州区{rng.choice(['大城街道', '西关街道', '七里墩街道', '东关街道'])}" \
                          f"{rng.choice(['双桥路', '解放路', '青年南路', '人民西路'])}{rng.randint(3, 180)}号"
    c.respondent.address = f"甘肃省天水市秦州区{town}{rng.choice(['何家庄村', '李子园村', '罗家村', '苏家湾村'])}"
    if story == "orchard":
        c.basis_court = "天水仲裁委员会"
        c.basis_number = f"（{c.filed_on.year - 1}）天仲裁字第{rng.randint(40, 260)}号"
        c.respondent.name = f"天水市秦州区{town[:2]}{rng.choice(['红富士', '花牛', '果香'])}果品专业合作社"
        c.respondent.id_number = _coop_code(rng)
        c.extra["orchard_mu"] = rng.choice([42, 56, 68, 85])
        c.extra["paid_on"] = c.day(rng.randint(32, 44))
        c.amount = Decimal(c.extra["orchard_mu"] * rng.choice([900, 1100, 1250]) * 3) + Decimal(rng.randint(0, 99))
    elif story == "traffic":
        born = date(rng.randint(1970, 1993), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "620502", born),
                             f"甘肃省天水市秦州区{town}{rng.choice(['窝驼村', '寺坪村', '水家湾村'])}{rng.randint(1, 80)}号",
                             f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（{c.filed_on.year - 1}）甘0502民初{rng.randint(1200, 6800)}号"
        c.extra["plate"] = f"甘E{rng.choice('ABCDKQ')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}"
        c.amount = Decimal(rng.randint(6000000, 19000000)) / 100
    else:
        c.basis_court = "甘肃省天水市中级人民法院"
        c.basis_number = f"（{c.filed_on.year - 1}）甘05民终{rng.randint(300, 1900)}号"
        c.extra["first_number"] = f"（{c.filed_on.year - 2}）甘0502民初{rng.randint(2000, 9000)}号"
        c.respondent.name = f"天水{rng.choice(['陇发', '秦城', '伏羲', '麦积'])}建筑工程有限公司"
        c.amount = Decimal(rng.randint(18000000, 68000000)) / 100
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 150))
    c.extra["served_on"] = c.day(rng.randint(3, 6))


def _coop_code(rng: random.Random) -> str:
    """A 农民专业合作社's code: 93 (registered by 市场监管 as a co-operative), 秦州's region, a valid check."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "93620502" + "".join(rng.choice(alphabet) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = (31 - sum(alphabet.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31) % 31
    return body + alphabet[check]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every document of the family's dossiers, by its code."""
    if code in papers.RECEIVED:
        return papers.render(code, c, rng, served)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code in ("online_inquiry_result",):
        return papers.inquiry(c, rng, served[0] if served else "")
    if code in ("property_declaration_form", "property_clue_form", "payment_account_confirmation",
                "service_address_confirmation", "closing_approval_form", "payment_voucher"):
        return _form(code, c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return _archive(code, c, rng)
    return _paper(code, c, rng)


def _who(c: CaseCtx) -> str:
    r = c.respondent
    if r.kind == "person":
        return f"被执行人：{r.name}，{r.sex}，{r.born:%Y年%m月%d日}出生，汉族，住{r.address}，公民身份号码{r.id_number}。" \
            if r.born else f"被执行人：{r.name}，住{r.address}。"
    return f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}。法定代表人（负责人）：{r.legal_rep}。"


def _parties(c: CaseCtx) -> list[tuple[str, str]]:
    a = c.applicant
    return [("f", f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，住{a.address}。" if a.born
             else f"申请执行人：{a.name}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"), ("f", _who(c))]


def _basis(c: CaseCtx) -> str:
    kind = "裁决书" if c.extra["story"] == "orchard" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


def _made(code: str, c: CaseCtx) -> date:
    """The day each paper of the court was made, so that receipts come after what they serve."""
    ttr = c.method == "terminated_this_round"
    return {"acceptance_notice": c.day(1), "payment_notice": c.day(1), "enforcement_notice": c.day(2),
            "property_report_order": c.day(2), "enforcement_ruling": c.day(8), "assistance_notice": c.day(9),
            "summons": c.day(40), "consumption_restriction_order": c.day(20), "dishonest_list_decision": c.day(21),
            "termination_this_round_ruling": c.closed_on - timedelta(days=4),
            "closing_notice": c.closed_on - timedelta(days=2)}.get(code, c.day(60 if ttr else 30))


def _paper(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    when = _made(code, c)
    r = c.respondent.name
    amt = money(c.amount)
    t = c.extra["story"]
    body: list[tuple[str, str]]
    sign = [f"审判员　{c.judge}", f"书记员　{c.clerk}"]
    to = ""
    if code == "acceptance_notice":
        to, body = f"{c.applicant.name}：", [
            ("p", f"你（单位）申请执行{r}一案，经审查，符合法定受理条件，本院已立案执行，案号为{c.number}。"
                  f"本案由执行一庭{c.officer}负责办理，联系电话{c.court.phone}。"),
            ("p", "请你及时向本院提供被执行人的财产线索；如变更送达地址或收款账户，应当书面告知本院。"),
            ("p", "特此通知。")]
        sign = [f"承办人：{c.officer}"]
    elif code == "payment_notice":
        to, body = f"{r}：", [
            ("p", f"本院执行的{c.applicant.name}申请执行你（单位）一案，根据《诉讼费用交纳办法》第十条第（一）项、"
                  f"第十四条第（一）项的规定，你（单位）应负担申请执行费{c.extra['fee']}元。"),
            ("p", "请于收到本通知之日起七日内，向本院交纳，或直接汇入天水市财政局非税收入专户。逾期不交纳的，本院将依法强制扣划。")]
        sign = []
    elif code == "enforcement_notice":
        to, body = f"{r}：", [
            ("p", f"{c.applicant.name}与你（单位）{'土地承包经营权流转合同纠纷' if t == 'orchard' else ('机动车交通事故责任纠纷' if t == 'traffic' else '买卖合同纠纷')}"
                  f"一案，{_basis(c)}已经发生法律效力。申请执行人于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"),
            ("p", f"依照《中华人民共和国民事诉讼法》第二百五十一条的规定，责令你（单位）自本通知送达之日起立即履行下列义务："
                  f"一、给付申请执行人{amt}；二、加倍支付迟延履行期间的债务利息；三、负担申请执行费{c.extra['fee']}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。")]
        sign = []
    elif code == "property_report_order":
        to, body = f"{r}：", [
            ("p", f"申请执行人{c.applicant.name}申请执行{_basis(c)}一案，你（单位）未按执行通知履行法律文书确定的义务。"
                  "依照《中华人民共和国民事诉讼法》第二百五十二条的规定，责令你（单位）在收到本令后五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况（附财产申报表）。"),
            ("p", "拒绝报告、虚假报告或者无正当理由逾期报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。")]
    elif code == "enforcement_ruling":
        body = [*_parties(c),
                ("p", f"申请执行人{c.applicant.name}与被执行人{r}一案，{_basis(c)}已经发生法律效力。被执行人未按执行通知履行义务。"
                      "依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十五条的规定，裁定如下："),
                ("p", f"冻结、划拨被执行人{r}在金融机构的存款{amt}及迟延履行期间的债务利息；"
                      "或查封、扣押、冻结其同等价值的其他财产。"),
                ("p", "本裁定立即执行。")]
        sign = [f"审判长　{c.judge}", f"审判员　{c.extra['trial_judge']}", f"执行员　{c.officer}", f"书记员　{c.clerk}"]
    elif code == "assistance_notice":
        bank = "甘肃天水农村商业银行皂郊支行" if t == "orchard" else ("天水市公安局交通警察支队车辆管理所" if t == "traffic"
                                                             else "中国建设银行天水分行营业部")
        to = f"{bank}："
        item = (f"冻结并划拨被执行人{r}在你行开立的账户内存款{amt}，划入本院执行款专户。" if t != "traffic" else
                f"协助查询被执行人{r}（公民身份号码{c.respondent.id_number}）名下登记的机动车，如有，予以查封（不准过户）。")
        body = [("p", f"关于申请执行人{c.applicant.name}与被执行人{r}一案，依照{c.number}执行裁定书，请协助执行下列事项："),
                ("p", item), ("p", f"联系人：{c.officer}，电话{c.court.phone}。")]
        sign = []
    elif code == "summons":
        body = [("f", f"案　　由：{c.number}"), ("f", f"被传唤人：{r}"), ("f", f"工作单位或住址：{c.respondent.address}"),
                ("f", "传唤事由：执行谈话、申报财产"), ("f", f"应到时间：{num_date(c.day(47))}上午9时"),
                ("f", "应到处所：秦州区人民法院执行局第二谈话室（民主西路35号）"),
                ("p", "注意事项：一、被传唤人必须准时到达，携带本传票及身份证件；二、无正当理由拒不到庭的，可依法拘传。")]
        sign = [f"执行员　{c.officer}"]
    elif code == "consumption_restriction_order":
        body = [("p", f"本院于{cn_date(c.filed_on)}立案执行申请执行人{c.applicant.name}申请执行{r}一案。因{r}未按执行通知书指定的期间"
                      "履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
                      "第三条的规定，对" + r + "采取限制消费措施，"
                      + ("限制其不得实施下列高消费及非生活和工作必需的消费行为：" if c.respondent.kind == "person" else
                         f"限制其及法定代表人{c.respondent.legal_rep}不得实施下列高消费及非生活和工作必需的消费行为：")),
                ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                      "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；"
                      "（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                      "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
                ("p", "如违反本限制消费令，经查证属实的，本院将依法予以拘留、罚款；情节严重，构成犯罪的，依法追究刑事责任。")]
        sign = []
    elif code == "dishonest_list_decision":
        body = [*_parties(c)[2:],
                ("p", f"本院在执行申请执行人{c.applicant.name}与被执行人{r}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。"
                      "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六条的规定，决定如下："),
                ("p", f"将{r}纳入失信被执行人名单。"), ("p", "本决定一经作出即生效。")]
        sign = [f"执行员　{c.officer}"]
    elif code == "termination_this_round_ruling":
        found = ("经本院通过网络执行查控系统查询，被执行人名下无存款、车辆、不动产可供执行；执行人员到其住所地入户调查，"
                 "未发现可供执行的财产；向天水市公安局交通警察支队车辆管理所、秦州区不动产登记中心调查，均无登记。"
                 if t == "traffic" else
                 "经网络执行查控，被执行人银行账户余额均不足百元，已冻结；无车辆、不动产登记；申请执行人提供的工地应收款线索，"
                 "经执行人员到项目部调查核实，工程款已于起诉前结清。")
        body = [*_parties(c),
                ("p", f"申请执行人{c.applicant.name}与被执行人{r}一案，{_basis(c)}已经发生法律效力。本院于{cn_date(c.filed_on)}立案执行，"
                      f"向被执行人发出执行通知书、报告财产令，被执行人未履行义务，亦未如实申报财产。{found}"
                      f"本院已对被执行人采取限制消费措施，并将其纳入失信被执行人名单。截至目前，本案执行到位0元。"),
                ("p", "本院已将执行情况及终结本次执行程序的依据、法律后果告知申请执行人，申请执行人表示知悉。"
                      "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
                ("p", f"终结{c.number}案件的本次执行程序。"),
                ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
                ("p", "本裁定送达后立即生效。")]
        sign = [f"审判长　{c.judge}", f"审判员　{c.extra['trial_judge']}", f"执行员　{c.officer}", f"书记员　{c.clerk}"]
    else:  # closing_notice
        to, body = f"{c.applicant.name}、{r}：", [
            ("p", f"本院受理的申请执行人{c.applicant.name}与被执行人{r}一案，本院冻结、划拨被执行人存款"
                  f"{money(c.amount)}，已于{cn_date(c.extra.get('paid_on', c.day(40)))}发放申请执行人，"
                  f"申请执行费{c.extra['fee']}元已扣收。{_basis(c)}确定的义务已全部履行完毕。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。")]
        sign = []
    title = TITLES[code]
    number = "" if code in ("summons",) else c.number
    blocks = ([("f", to)] if to else []) + body
    sheets = typed(title, number, blocks, head=COURT, red_head=code not in ("enforcement_ruling", "termination_this_round_ruling"),
                   gap=30 if len(title) <= 4 else 14)
    sign_block(sheets[-1], sign, cn_date(when), COURT, rng)
    if code == "summons":
        s = sheets[0]
        s.text(mm(26), s.height - mm(44), "说明：被传唤人收到传票后，应在送达回证上签名或盖章。", font("serif", 32))
    return sheets


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """调查笔录 (home visit or site visit) and 谈话笔录 (hearing the applicant) in ballpoint on 稿纸."""
    t = c.extra["story"]
    r = c.respondent
    if code == "investigation_record":
        day = c.day(58)
        place = r.address if t == "traffic" else f"{r.name}承建的秦州区藉河南岸安置房项目部"
        signer = person_name(rng) if t != "traffic" else r.name[0] + rng.choice(["秀兰", "桂英", "玉梅", "彩霞"])
        who = f"{signer}（{r.name}之母，户主）" if t == "traffic" else f"{signer}（项目部会计）"
        lines = [f"时间：{num_date(day)}上午10时20分", f"地点：{place}", f"调查人：{c.officer}、{c.clerk}（记录）",
                 f"被调查人：{who}", f"案号：{c.number}",
                 "问：我们是秦州区法院执行局的，这是工作证。今天来核实被执行人的财产，你要如实回答。", "答：知道了。",
                 (f"问：{r.name}现在在哪里？有没有车和房？" if t == "traffic" else "问：申请人说你们项目部还欠公司工程款，是否属实？"),
                 ("答：他出事后车就报废了，人在外面打零工，房子是我的老宅，他没有别的东西。" if t == "traffic" else
                  "答：工程款起诉前就结清了，现在项目部只有几个看场的人，没有钱。"),
                 "问：还有什么要补充的？", "答：没有了。",
                 "执行人员查看了住处，屋内只有日常生活用品，未发现可供执行的财产。" if t == "traffic"
                 else "执行人员查看了项目部账册，未发现应付被执行人款项。",
                 "以上笔录我看过，和我说的一样。", f"被调查人：{signer}",
                 f"调查人：{c.officer}　记录人：{c.clerk}"]
    else:
        day = c.closed_on - timedelta(days=9)
        lines = [f"时间：{num_date(day)}下午3时", "地点：秦州区法院执行局接待室", f"谈话人：{c.officer}　记录人：{c.clerk}",
                 f"被谈话人：{c.applicant.name}（申请执行人）", f"案号：{c.number}",
                 "问：今天约你来，告诉你本案的执行情况，你听清楚。", "答：好。",
                 "问：本院已网络查控，被执行人无存款、车辆、不动产，实地调查也没有发现财产，已限制消费、纳入失信名单。",
                 "答：我知道了。", "问：本院拟终结本次执行程序，终本后发现财产可以再申请，不受时效限制。你有什么意见？",
                 "答：同意终本，以后发现了财产我再来申请。", "以上笔录看过，无误。",
                 f"被谈话人：{c.applicant.name}", f"谈话人：{c.officer}　记录人：{c.clerk}"]
    return manuscript(TITLES[code], lines, rng)


def _form_sheet(title: str, number: str) -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(mm(18), COURT, font("song_gb", 46), spacing=4)
    s.centred(mm(18) + 70, title, font("hei", 64), spacing=16)
    y = mm(18) + 170
    if number:
        s.right(s.width - mm(20), y, number, font("song_gb", 36))
        y += 60
    return s, y


def _form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's printed forms, filled in ballpoint; the printed half is recorded apart from the fill."""
    titles = {"property_declaration_form": "财产申报表", "property_clue_form": "被执行人财产线索表",
              "payment_account_confirmation": "申请执行人收取案款确认书", "service_address_confirmation": "送达地址确认书",
              "closing_approval_form": "执行案件结案审批表", "payment_voucher": "执行案款发放审批表"}
    s, y = _form_sheet(titles[code], c.number if code != "property_clue_form" else "")
    f = font("song_gb", 36)
    w = s.width - mm(40)
    r = c.respondent
    t = c.extra["story"]
    rows: list[tuple[str, str]]
    if code == "property_declaration_form":
        rows = [("申报人", r.name), ("身份证号/信用代码", r.id_number), ("银行存款", "无" if t != "orchard" else "信用社有账户"),
                ("房屋", "无"), ("车辆", "无" if t != "materials" else "无（已过户）"), ("股权、债权", "无"),
                ("其他财产", "无"), ("收入情况", "打零工，每月两千左右" if t == "traffic" else "无经营收入")]
    elif code == "property_clue_form":
        rows = [("申请执行人", c.applicant.name), ("被执行人", r.name), ("住所地", r.address),
                ("银行账户", c.extra["bank"] if t == "orchard" else "不清楚"),
                ("车辆", c.extra.get("plate", "不清楚")), ("房产", "不清楚"),
                ("其他线索", "项目部尚有应收工程款" if t == "materials" else "无"), ("提供人签名", c.applicant.name)]
    elif code == "payment_account_confirmation":
        rows = [("收款人", c.applicant.name), ("开户行", c.extra["bank"]), ("账号", c.extra["acct"]),
                ("联系电话", c.applicant.phone), ("确认人签名", c.applicant.name)]
    elif code == "service_address_confirmation":
        rows = [("受送达人", c.applicant.name), ("送达地址", c.applicant.address), ("收件人", c.agent),
                ("电话", c.agent_phone), ("是否同意电子送达", "同意，短信"), ("确认人签名", c.agent)]
    elif code == "closing_approval_form":
        how = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}[c.method]
        rows = [("案号", c.number), ("申请执行人", c.applicant.name), ("被执行人", r.name),
                ("执行标的", f"{c.amount:,.2f}元"), ("立案日期", num_date(c.filed_on)), ("结案方式", how),
                ("承办人意见", f"建议以{how}方式结案　{c.officer}"), ("庭长意见", "同意"),
                ("结案日期", num_date(c.closed_on))]
    else:
        paid = c.extra.get("paid_on", c.day(40))
        rows = [("案号", c.number), ("收款人", c.applicant.name), ("开户行", c.extra["bank"]), ("账号", c.extra["acct"]),
                ("发放金额", f"{c.amount:,.2f}元"), ("大写", money(c.amount).split("大写：")[1].rstrip("）")),
                ("承办人", c.officer), ("财务经办", person_name(rng)), ("发放日期", num_date(paid))]
    h = 120 if len(rows) < 8 else 104
    table(s, mm(20), y, [mm(52), w - mm(52)], [[k, ""] for k, _ in rows], f, row_h=h, centre_first=True)
    for i, (_k, v) in enumerate(rows):
        fill(s, mm(20) + mm(52) + 24, y + i * h + h * 0.22, v, rng, size=44 if len(v) < 22 else 34)
    yb = y + len(rows) * h + 50
    if code == "payment_voucher":
        s.text(mm(20), yb, "注：案款发放后，凭银行转账凭证回单附卷。", f)
    elif code == "closing_approval_form":
        sign_block(s, [], cn_date(c.closed_on), COURT, rng, body_font="song_gb")
    else:
        s.right(s.width - mm(24), yb, "年　　月　　日", f)
        d = c.filed_on if code != "property_declaration_form" else c.day(9)
        fill(s, s.width - mm(24) - 330, yb - 6, f"{d.year}　　{d.month}　　{d.day}", rng)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证: the court's printed table, the addressee and date filled in ballpoint."""
    s, y = _form_sheet("送达回证", "")
    names = "、".join(f"{c.number}{'执行裁定书' if x.endswith('ruling') else TITLES.get(x, x)}" if i == 0
                     else TITLES.get(x, x) for i, x in enumerate(served))
    latest = max([_made(x, c) for x in served] or [c.day(2)])
    got = latest + timedelta(days=rng.randint(1, 4))
    to_applicant = served == ["acceptance_notice"] or ("termination_this_round_ruling" in served and rng.random() < 0.3)
    who = c.applicant.name if to_applicant else c.respondent.name
    f = font("song_gb", 38)
    w = s.width - mm(40)
    rows = [["案由", "申请执行"], ["送达文书名称及件数", names], ["受送达人", ""], ["送达地址", ""],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备考", ""]]
    hs = [110, 190, 110, 110, 170, 110, 110, 150]
    table(s, mm(20), y, [mm(60), w - mm(60)], rows, f, row_h=hs, centre_first=True)
    ys = [y + sum(hs[:i]) for i in range(len(hs))]
    x = mm(20) + mm(60) + 24
    fill(s, x, ys[2] + 30, who, rng)
    fill(s, x, ys[3] + 30, (c.applicant.address if to_applicant else c.respondent.address)[:24], rng, size=36)
    fill(s, x, ys[4] + 30, (c.respondent.legal_rep or who) if not to_applicant else who, rng, size=50)
    fill(s, x + mm(70), ys[4] + 100, f"{got.year}.{got.month}.{got.day}", rng, size=40)
    fill(s, x, ys[6] + 30, f"{c.officer}　{c.clerk}", rng)
    if "termination_this_round_ruling" in served and not to_applicant:  # the 终本 ruling went by EMS
        fill(s, x, ys[7] + 40, f"邮寄送达，EMS{rng.randint(10**12, 10**13 - 1)}，妥投", rng, size=36)
    elif not to_applicant and c.extra["story"] == "traffic":
        fill(s, x, ys[7] + 40, "直接送达，本人签收", rng, size=38)
    s.text(mm(20), ys[7] + 190, "注：受送达人拒绝签收的，送达人应当在备考栏内注明。", font("song_gb", 30))
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The archive papers of the 2026 file: 卷皮, 卷内目录, 卷宗复核表, 备考表."""
    s = Sheet(paper=(238, 226, 200) if code == "dossier_cover" else (255, 255, 255))
    f = font("song_gb", 40)
    x0, w = mm(20), s.width - mm(40)
    if code == "dossier_cover":
        s.centred(mm(30), COURT, font("song_gb", 64), spacing=10)
        s.centred(mm(30) + 120, "执 行 卷 宗", font("hei", 110), spacing=40)
        rows = [["案号", c.number], ["案由", "机动车交通事故责任纠纷"], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", c.basis_number], ["承办人", c.officer],
                ["收案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "终结本次执行程序"],
                ["保管期限", "长期"], ["本卷共　　页", ""]]
        table(s, x0 + mm(10), mm(90), [mm(48), w - mm(68)], rows, f, row_h=118, width=3, centre_first=True)
        fill(s, x0 + mm(70), mm(90) + 10 * 118 + 30, f"{rng.randint(58, 74)}", rng)
        s.centred(s.height - mm(30), "全宗号　　　目录号　　　案卷号", f)
        return [s]
    if code == "catalogue":
        s.centred(mm(22), "卷 内 目 录", font("hei", 72), spacing=24)
        s.text(x0, mm(22) + 110, f"案号：{c.number}", f)
        items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "身份证明", "授权委托书及律师所函", "受理案件通知书",
                 "执行通知书、报告财产令", "网络查控结果", "车管所、不动产回复", "执行裁定书（冻结）", "限制消费令",
                 "失信决定书", "调查笔录", "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证", "卷宗复核表"]
        rows = [["序号", "文件名称", "页号"]] + [[str(i + 1), it, ""] for i, it in enumerate(items)]
        table(s, x0, mm(22) + 170, [mm(22), w - mm(54), mm(32)], rows, font("song_gb", 36), row_h=84, centre_first=True)
        page = 1
        for i in range(len(items)):
            fill(s, x0 + w - mm(26), mm(22) + 170 + (i + 1) * 84 + 20, str(page), rng, size=38)
            page += rng.randint(1, 4)
        return [s]
    title = "卷宗复核表" if code == "file_review_form" else "备 考 表"
    s.centred(mm(24), title, font("hei", 72), spacing=20)
    if code == "file_review_form":
        rows = [["案号", c.number], ["文书齐全", ""], ["送达回证齐全", ""], ["页码连续、无空白", ""], ["装订规范", ""],
                ["承办人复核意见", ""], ["书记员", ""]]
        table(s, x0, mm(24) + 140, [mm(66), w - mm(66)], rows, f, row_h=150, centre_first=True)
        for i, v in enumerate(["√", "√", "√", "√", f"已复核，可归档　{c.officer}", c.clerk]):
            fill(s, x0 + mm(72), mm(24) + 140 + (i + 1) * 150 + 50, v, rng)
        fill(s, s.width - mm(70), mm(24) + 140 + 7 * 150 + 40, num_date(c.closed_on + timedelta(days=6)), rng)
        return [s]
    s.box(x0, mm(24) + 130, x0 + w, s.height - mm(40), width=3)
    s.text(x0 + 30, mm(24) + 160, "本卷情况说明：", f)
    fill(s, x0 + 60, mm(24) + 240, f"本卷共{rng.randint(58, 74)}页，材料齐全，无缺页。", rng)
    fill(s, x0 + 60, mm(24) + 320, "终本后发现财产的，材料另附证据袋。", rng)
    s.text(x0 + 30, s.height - mm(80), f"立卷人：{c.clerk}　　检查人：{c.officer}", f)
    s.text(x0 + 30, s.height - mm(64), f"立卷时间：{num_date(c.closed_on + timedelta(days=7))}", f)
    return [s]
