"""court_q — 新疆维吾尔自治区乌鲁木齐市天山区人民法院 (新0102), held out: drawn without looking at the page reader, to
measure it once on a layout it has never seen. The court writes in Uyghur and Chinese (court_q_kit): the court's name
in Uyghur over the Chinese, titles in both (the Uyghur above on some documents, below on others), notices to a
Uyghur-speaking party bilingual paragraph by paragraph, seals with a Uyghur lower arc. Parties are Uyghur, Hui and
Kazakh people of 乌鲁木齐 with names written with the middle dot; a Uyghur applicant files her application in Uyghur
with a certified Chinese translation behind it (court_q_papers draws the others' papers). The dossiers went through a
sheet-fed document scanner at 150–200 dpi greyscale with dust on its glass (court_q_capture)."""

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
from dossier.corpus.draw import Sheet, hand, mm, table
from dossier.corpus.families import court_q_papers as papers
from dossier.corpus.families.court_q_kit import (
    COURT,
    COURT_SHORT,
    K16,
    Block,
    QSheet,
    bold,
    form,
    song,
    typeset,
    ug,
    ug_date,
)

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "enforcement_ruling", "assistance_notice",
    "termination_this_round_ruling", "closing_notice", "investigation_record", "interview_record",
    "closing_approval_form", "online_inquiry_result", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet", "service_receipt", "property_declaration_form",
})
CODES = OWN | papers.CODES
LAW = "《中华人民共和国民事诉讼法》"
LAW_UG = "«جۇڭخۇا خەلق جۇمھۇرىيىتىنىڭ ھەق-تەلەپ دەۋا قانۇنى»"
STREETS = ("解放南路", "新华南路", "中山路", "人民路", "和平南路", "延安路", "大湾南路", "团结路", "幸福路", "建设路")
SHEQU = ("燕儿窝", "大湾", "和平", "团结", "延安路", "幸福路")
SAYBAGH = "乌鲁木齐市沙依巴克区人民法院"
SHUIMOGOU = "乌鲁木齐市水磨沟区人民法院"
UYGHURS = (  # (Chinese with the middle dot, Uyghur, sex)
    ("古丽娜尔·阿不都热依木", "گۈلنار ئابدۇرەھىم", "女"), ("艾合买提·吐尔逊", "ئەخمەت تۇرسۇن", "男"),
    ("阿依古丽·买买提", "ئايگۈل مەمەت", "女"), ("努尔艾力·肉孜", "نۇرئەلى روزى", "男"),
    ("麦麦提依明·阿不来提", "مەمتىمىن ئابلەت", "男"), ("帕提古丽·艾尔肯", "پاتىگۈل ئەركىن", "女"),
)
KAZAKHS = ("叶尔兰·努尔兰别克", "阿依达娜·哈力木", "别克波拉提·木合塔尔")
HUI = {"马永福": "ما يۇڭفۇ", "马学军": "ما شۆجۈن", "马秀兰": "ما شيۇلەن", "白志刚": "بەي جىگاڭ", "马金花": "ما جىنخۇا"}
"""Hui names and how a Uyghur text writes them"""
FIRM_NAMES = {"天宏": "تيەنخۇڭ", "昌盛": "چاڭشېڭ", "丝路": "سىلۇ", "博峰": "بوفېڭ"}
TRADES = {"商贸": "سودا", "建材": "قۇرۇلۇش ماتېرىيالى", "餐饮管理": "ئاشخانا باشقۇرۇش", "物流": "ئەشيا ئوبوروتى",
          "服装": "كىيىم-كېچەك"}


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in papers.CODES:
        return list(papers.render(code, c, rng, served))
    return list(_own(c, code, rng, served))


def addr(rng: random.Random, district: str = "天山区") -> str:
    return f"乌鲁木齐市{district}{rng.choice(STREETS)}{rng.randint(1, 399)}号{rng.randint(1, 9)}栋{rng.randint(1, 6)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"


def _born(rng: random.Random, lo: int, hi: int) -> date:
    return date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _person(rng: random.Random, name: str, sex: str, region: str, district: str, *, old: bool = False) -> Party:
    born = _born(rng, 1949, 1958) if old else _born(rng, 1962, 1992)
    return Party(name, "person", id_number(rng, region, born), addr(rng, district),
                 f"1{rng.choice('35789')}{rng.randint(100000000, 999999999)}", born=born, sex=sex)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """乌鲁木齐 parties and bases. 终本 with a mediation basis: this court's 民事调解书 for a Uyghur woman who speaks no
    Chinese against a company run by a Hui man; 执行完毕: a judgment of the 沙依巴克区 court (with its 生效证明书) for a
    Hui trader against a Uyghur man; 终本 with a judgment: the 水磨沟区 court's judgment against a Kazakh man."""
    year = c.filed_on.year - 1
    c.extra["ethnic"] = {}
    if c.method == "terminated_this_round" and c.basis_kind == "mediation":
        name, name_ug, sex = UYGHURS[0]
        c.applicant = _person(rng, name, sex, "650102", "天山区", old=True)
        c.extra["applicant_ug"] = name_ug
        rep, brand, trade = rng.choice(sorted(HUI)), rng.choice(sorted(FIRM_NAMES)), rng.choice(sorted(TRADES))
        c.extra["rep_ug"] = HUI[rep]
        c.extra["respondent_ug_name"] = f"ئۈرۈمچى {FIRM_NAMES[brand]} {TRADES[trade]} چەكلىك شىركىتى"
        c.respondent = Party(f"乌鲁木齐{brand}{trade}有限公司", "organisation",
                             credit_code(rng, "650102"), f"乌鲁木齐市天山区{rng.choice(STREETS)}{rng.randint(1, 299)}号",
                             f"0991-{rng.randint(2300000, 8899999)}", legal_rep=rep)
        c.extra["rep_id"] = id_number(rng, "650102", _born(rng, 1968, 1985))
        c.basis_court = COURT
        c.basis_number = f"（{year}）新0102民初{rng.randint(1000, 9999)}号"
        c.extra.update(cause="买卖合同纠纷", basis_doc="民事调解书", son=UYGHURS[3][0], interpreter=UYGHURS[4][0])
        c.amount = Decimal(rng.randint(3800000, 16000000)) / 100
        c.extra["ethnic"] = {c.applicant.name: "维吾尔"}
    elif c.method == "fully_performed":
        c.applicant = _person(rng, rng.choice(("马永福", "马学军", "白志刚")), "男", "650103", "沙依巴克区")
        name, name_ug, sex = UYGHURS[1]
        c.respondent = _person(rng, name, sex, "650102", "天山区")
        c.extra["respondent_ug"] = name_ug
        c.basis_court = SAYBAGH
        c.basis_number = f"（{year}）新0103民初{rng.randint(1000, 9999)}号"
        c.extra.update(cause="民间借贷纠纷", basis_doc="民事判决书")
        c.amount = Decimal(rng.randint(6000000, 24000000)) / 100
        c.extra["ethnic"] = {c.applicant.name: "回", c.respondent.name: "维吾尔"}
    else:
        c.applicant = _person(rng, person_name(rng), rng.choice("男女"), "650105", "水磨沟区")
        c.respondent = _person(rng, KAZAKHS[0], "男", "650102", "天山区")
        c.basis_court = SHUIMOGOU
        c.basis_number = f"（{year}）新0105民初{rng.randint(1000, 9999)}号"
        c.extra.update(cause="房屋租赁合同纠纷", basis_doc="民事判决书")
        c.amount = Decimal(rng.randint(2200000, 9800000)) / 100
        c.extra["ethnic"] = {c.applicant.name: "汉", c.respondent.name: "哈萨克"}
    firm = rng.choice(papers.FIRMS)
    c.firm = firm[0]
    c.extra["firm"] = firm
    c.agent = rng.choice((UYGHURS[2][0], UYGHURS[5][0], person_name(rng)))
    c.officer = rng.choice(("阿迪力·依明", "热合曼·买买提", person_name(rng)))
    c.basis_effective = min(c.basis_effective, c.filed_on - timedelta(days=30))


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('basis_doc', '民事判决书')}"


def uyghur_applicant(c: CaseCtx) -> bool:
    return "applicant_ug" in c.extra


def party_lines(c: CaseCtx) -> list[Block]:
    a, r = c.applicant, c.respondent
    eth = c.extra.get("ethnic", {})
    out: list[Block] = []
    for role, p in (("申请执行人", a), ("被执行人", r)):
        if p.kind == "organisation":
            out += [("f", f"{role}：{p.name}，住所地{p.address}。"), ("f", f"法定代表人：{p.legal_rep}，该公司经理。")]
        else:
            out.append(("f", f"{role}：{p.name}，{p.sex}，{num_date(p.born) if p.born else ''}出生，{eth.get(p.name, '汉')}族，"
                              f"住{p.address}。"))
        if role == "申请执行人":
            out.append(("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"))
    return out


def _own(c: CaseCtx, code: str, rng: random.Random, served: list[str]) -> list[QSheet]:
    a, r = c.applicant, c.respondent
    officer, clerk = [f"执行员　{c.officer}"], [f"书记员　{c.clerk}"]
    bench = [f"审判长　{c.judge}", f"审判员　{person_name(random.Random(c.judge))}", f"审判员　{c.officer}"]
    you = "你单位" if r.kind == "organisation" else "你"
    contact = [f"承办人：{c.officer}　联系电话：{c.court.phone}", f"本院地址：{c.court.address}"]
    d = c.filed_on
    if code == "acceptance_notice":
        blocks: list[Block] = [("f", f"{a.name}：")]
        if uyghur_applicant(c):
            blocks += [("u", f"{c.extra['applicant_ug']}: سىز ئىلتىماس قىلغان ئىجرا دېلوسىنى سوت مەھكىمىمىز تەكشۈرۈپ، دېلو تۇرغۇزۇش "
                             f"شەرتىگە ئۇيغۇن دەپ قاراپ، {ug_date(d.year, d.month, d.day)} دېلو تۇرغۇزۇپ ئىجرا قىلدى.")]
        blocks.append(("p", f"你申请执行{r.name}{cause(c)}一案，执行依据为{basis_name(c)}，本院经审查，符合受理条件，已于{cn_date(d)}"
                            "立案执行。"))
        if uyghur_applicant(c):
            blocks.append(("u", "ئىجرا قىلىنغۇچىنىڭ مال-مۈلۈك يىپ ئۇچىنى بىلسىڭىز، سوت مەھكىمىمىزگە ۋاقتىدا تەمىنلەڭ. "
                                "ئىجرا جەريانىدا تەرجىمان تەلەپ قىلسىڭىز، سوت مەھكىمىمىز ھەقسىز تەرجىمان بىلەن تەمىنلەيدۇ."))
        blocks += [("p", "请你提供被执行人可供执行的财产线索。执行中需要翻译的，本院免费为你提供维吾尔语翻译。"), ("p", "特此通知。")]
        return typeset("受理案件通知书", "دېلو قوبۇل قىلىش ئۇقتۇرۇشى", blocks, c.number, cn_date(d), rng, tail=contact)
    if code == "payment_notice":
        fee = int(c.amount) // 100 + 50
        return typeset("交纳申请执行费通知书", "ئىجرا ئىلتىماس ھەققىنى تاپشۇرۇش ئۇقتۇرۇشى", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，依照《诉讼费用交纳办法》第十四条第一项的规定，应交纳申请执行费人民币{fee}元。"
                  "该费用由被执行人负担，本院执行中一并收取，不由你预交。"),
            ("p", "特此通知。")], c.number, cn_date(c.day(1)), rng, ug_above=False)
    if code == "enforcement_notice":
        blocks = [("f", f"{r.name}：")]
        ug_party = "respondent_ug" in c.extra
        if ug_party:
            blocks.append(("u", f"{c.extra['respondent_ug']}: سوت ھۆكۈمنامىسى قانۇنىي كۈچكە ئىگە بولدى. ئىجرا ئىلتىماس قىلغۇچى سوت "
                                f"مەھكىمىمىزگە مەجبۇرىي ئىجرا قىلىشنى ئىلتىماس قىلدى. {LAW_UG}نىڭ 251-ماددىسىغا ئاساسەن، "
                                "بۇ ئۇقتۇرۇشنى تاپشۇرۇۋالغان كۈندىن باشلاپ تۆۋەندىكى مەجبۇرىيەتلەرنى دەرھال ئادا قىلىشىڭىز بۇيرۇلىدۇ:"))
        blocks.append(("p", f"{basis_name(c)}已经发生法律效力。申请执行人{a.name}于{cn_date(d)}向本院申请强制执行，本院依法立案。"
                            f"依照{LAW}第二百五十一条、第二百六十四条的规定，责令{you}自收到本通知之日起立即履行下列义务："))
        if ug_party:
            blocks.append(("u", f"1. ئىجرا ئىلتىماس قىلغۇچىغا {c.amount:,.2f} يۈەن تۆلەش؛ 2. كېچىكتۈرۈلگەن مەزگىلدىكى قەرز ئۆسۈمىنى "
                                "ھەسسىلەپ تۆلەش؛ 3. ئىجرا ئىلتىماس ھەققىنى ئۈستىگە ئېلىش."))
        blocks += [("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"), ("p", "二、加倍支付迟延履行期间的债务利息；"),
                   ("p", "三、负担申请执行费。")]
        if ug_party:
            blocks.append(("u", "ۋاقتىدا ئادا قىلمىسىڭىز، سوت مەھكىمىمىز قانۇن بويىچە مەجبۇرىي ئىجرا قىلىدۇ."))
        blocks.append(("p", f"{you}逾期不履行的，本院将依法强制执行。"))
        return typeset("执行通知书", "ئىجرا ئۇقتۇرۇشى", blocks, c.number, cn_date(c.day(3)), rng, signers=officer)
    if code == "property_report_order":
        return typeset("报告财产令", "مال-مۈلۈك دوكلات قىلىش بۇيرۇقى", [
            ("f", f"{r.name}："),
            ("p", f"本院执行申请执行人{a.name}与{you}{cause(c)}一案，依照{LAW}第二百五十二条的规定，责令{you}自收到本令之日起五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写随附的财产申报表。"),
            ("p", f"{you}拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "此令。")], c.number, cn_date(c.day(3)), rng, signers=officer, ug_above=False)
    if code == "property_declaration_form":
        rows = [["申报人", r.name], ["银行存款", "乌鲁木齐银行账户一个，余额不足一千元"], ["不动产", "无"], ["车辆", "无"],
                ["股权、投资", "无"], ["收入", "无固定收入" if r.kind == "person" else "已停业，无经营收入"], ["申报人签名", ""]]
        s = form("财产申报表", rows, c.number, rng, title_ug="مال-مۈلۈك مەلۇم قىلىش جەدۋىلى",
                 notes=["申报人保证以上内容真实，如有隐瞒、虚假，愿承担法律责任。"])
        hand(s, mm(80), mm(59) + mm(13) * 6 + mm(2), r.legal_rep or r.name, rng, size=mm(6), ink=(28, 36, 120))
        return [s]
    if code == "summons":  # a second one when he did not come to the first
        again = "second" in served
        return typeset("传　票", "چاقىرىق قەغىزى", [
            ("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）" if r.kind == "organisation" else f"被传唤人：{r.name}"),
            ("f", f"案由：{cause(c)}执行"),
            ("f", "传唤事由：接受调查，报告财产" + ("（第二次传唤）" if again else "")),
            ("f", f"应到时间：{num_date(c.day(62 if again else 45))}上午10时30分（北京时间）"), ("f", "应到处所：本院执行局第二谈话室"),
            ("p", "注意事项：被传唤人须携带本传票及身份证件按时到达；无正当理由拒不到场的，本院可以拘传；需要翻译的，请提前告知本院。")],
            c.number, cn_date(c.day(55 if again else 38)), rng, signers=officer)
    if code == "consumption_restriction_order":
        target = f"限制{you}及{you}的法定代表人{r.legal_rep}" if r.kind == "organisation" else f"限制{you}"
        return typeset("限制消费令", "ئىستېمالنى چەكلەش بۇيرۇقى", [
            ("f", f"被执行人：{r.name}。" + (f"法定代表人：{r.legal_rep}。" if r.kind == "organisation" else "")),
            ("p", f"本院于{cn_date(d)}立案执行申请执行人{a.name}与{you}{cause(c)}一案。因{you}未按执行通知书指定的期间履行生效法律文书"
                  f"确定的给付义务，依照{LAW}第二百六十六条、《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的"
                  f"规定，{target}实施下列消费行为：（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、"
                  "酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                  "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险"
                  "理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "如违反本限制消费令，本院将依法追究法律责任。")], c.number, cn_date(c.day(32)), rng, signers=officer)
    if code == "dishonest_list_decision":
        return typeset("决　定　书", "قارارنامە", [
            *party_lines(c),
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{cause(c)}一案中，被执行人有履行能力而拒不履行生效法律文书确定的义务。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条第一款的规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。")], c.number, cn_date(c.day(33)), rng, signers=bench, tail=clerk, ug_above=False)
    if code == "enforcement_ruling":
        return typeset("执行裁定书", "ئىجرا كېسىمنامىسى", [
            *party_lines(c),
            ("p", f"本院依据{basis_name(c)}，于{cn_date(d)}立案执行。被执行人未按执行通知书履行义务。依照{LAW}第二百五十三条、第二百五十四条、"
                  "第二百五十五条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}的银行存款{money(c.amount)}，或者查封、扣押、冻结其同等价值的其他财产。"),
            ("p", "本裁定立即执行。")], c.number, cn_date(c.day(7)), rng, signers=officer, tail=clerk)
    if code == "assistance_notice":
        return typeset("协助执行通知书", "ئىجراغا ياردەملىشىش ئۇقتۇرۇشى", [
            ("f", f"{papers.BANK}："),
            ("p", f"关于申请执行人{a.name}与被执行人{r.name}{cause(c)}一案，本院{c.number}执行裁定书已经发生法律效力。依照{LAW}"
                  "第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（证照号码{r.id_number}）在你行开立的全部账户存款，以{money(c.amount)}为限，冻结期限一年。"),
            ("p", "请将协助执行情况填写回执送达本院。")], c.number, cn_date(c.day(7)), rng,
            tail=[f"经办人：{c.officer}　{c.clerk}　联系电话：{c.court.phone}"], ug_above=False)
    if code == "termination_this_round_ruling":
        return typeset("执行裁定书", "ئىجرا كېسىمنامىسى", [
            *party_lines(c),
            ("p", f"本院在执行{basis_name(c)}过程中，依法向被执行人发出执行通知书、报告财产令，通过网络执行查控系统及乌鲁木齐银行点对点"
                  "查询被执行人的存款、车辆、不动产、证券、网络资金等财产，经实地调查，未发现可供执行的财产。本院已对被执行人限制消费，"
                  f"并纳入失信被执行人名单。本院于{cn_date(c.day(110))}约谈申请执行人，告知其本次执行程序将终结，申请执行人无异议。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。")], c.number, cn_date(c.closed_on - timedelta(days=7)), rng, signers=bench,
            tail=clerk)
    if code == "closing_notice":
        return typeset("结案通知书", "دېلونى ئاخىرلاشتۇرۇش ئۇقتۇرۇشى", [
            ("f", f"{a.name}："),
            ("p", f"你申请执行{r.name}{cause(c)}一案，执行中双方自愿达成执行和解协议，被执行人已按协议履行完毕，执行款已划付至你确认的账户。"
                  "本案执行完毕，依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，以执行完毕方式结案。"),
            ("p", "特此通知。")], c.number, cn_date(c.closed_on - timedelta(days=2)), rng, ug_above=False)
    if code in ("investigation_record", "interview_record"):
        return _record(c, code, rng)
    if code == "online_inquiry_result":
        return papers.inquiry(c, rng)
    if code == "service_receipt":
        return [_receipt(c, served, rng)]
    if code == "closing_approval_form":
        verdict = method_name(c)
        return [form("执行案件结案审批表", [
            ["案号", c.number], ["申请执行人", a.name], ["被执行人", r.name], ["执行标的", money(c.amount)],
            ["立案日期", num_date(d)], ["结案方式", verdict], ["承办人意见", f"符合{verdict}条件，拟结案。　{c.officer}"],
            ["合议庭意见", f"同意。　{c.judge}"], ["执行局领导意见", "同意结案。"], ["结案日期", num_date(c.closed_on)]],
            "", rng, row_h=14, size=K16)]
    if code == "dossier_cover":
        return [_cover(c)]
    if code == "catalogue":
        rows = [["序号", "文件材料名称", "页号"], *[[str(i), n, str(p)] for i, (n, p) in enumerate(_catalogue(c), 1)]]
        return [form("卷 内 目 录", rows, c.number, rng, cols=(16, 112, 28), row_h=8.4)]
    if code == "file_review_form":
        return [form("执行卷宗复核表", [
            ["案号", c.number], ["结案方式", method_name(c)], ["卷内材料是否齐全", "齐全"], ["送达手续是否完备", "完备"],
            ["案款是否发放完毕", "已发放完毕" if c.method == "fully_performed" else "无案款"], ["双语文书是否附卷", "已附卷"],
            ["复核意见", "符合归档要求。"], ["承办人", c.officer], ["复核日期", num_date(c.closed_on + timedelta(days=11))]],
            "", rng, size=K16)]
    if code == "remarks_sheet":
        return [form("卷 内 备 考 表", [["本卷情况说明", f"本卷共有文书材料{rng.randint(34, 44)}页，其中维吾尔文材料及译文附卷，"
                                                 "经检查无缺损、无涂改。"],
                                  ["立卷人", c.clerk], ["检查人", c.officer], ["立卷时间", num_date(c.closed_on + timedelta(days=9))]],
                     c.number, rng, row_h=22)]
    raise KeyError(code)


def method_name(c: CaseCtx) -> str:
    return {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)


def _catalogue(c: CaseCtx) -> list[tuple[str, int]]:
    names = ["执行申请书", "民事判决书", "生效证明书", "当事人身份证明", "授权委托书、律师事务所函、律师执业证", "受理案件通知书",
             "执行通知书、报告财产令", "财产申报表", "网络查控结果、乌鲁木齐银行回复", "执行裁定书", "协助执行通知书",
             "执行和解协议", "收款凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表"]
    page, out = 1, []
    for name in names:
        out.append((name, page))
        page += 3 if name == "民事判决书" else (2 if "、" in name else 1)
    return out


def _cover(c: CaseCtx) -> QSheet:
    s = QSheet(size=K16)
    ug(s, 0, mm(26), "ئۈرۈمچى شەھەرلىك تيانشان رايونلۇق خەلق سوت مەھكىمىسى", 4.4, heavy=True, centre=True)
    s.centred(mm(36), COURT_SHORT, bold(7.0), spacing=mm(0.8))
    s.centred(mm(56), "执 行 案 卷", bold(11.0), spacing=mm(3))
    rows = [["案号", c.number], ["案由", cause(c)], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", method_name(c)],
            ["承办人", c.officer], ["书记员", c.clerk], ["归档日期", num_date(c.closed_on + timedelta(days=13))],
            ["保管期限", "长期"]]
    table(s, mm(20), mm(82), [mm(38), mm(106)], rows, song(4.4), row_h=mm(12.5), width=3)
    s.centred(mm(236), "全宗号　　　　目录号　　　　案卷号", song(3.8))
    return s


def _record(c: CaseCtx, code: str, rng: random.Random) -> list[QSheet]:
    """Typed records; with a Uyghur speaker the court's interpreter sits in and says so."""
    r, a = c.respondent, c.applicant
    interpreter = str(c.extra.get("interpreter", ""))
    if code == "investigation_record":
        when, place = c.day(46), f"被执行人住所地（{r.address}）" if r.kind == "person" else "本院执行局第二谈话室"
        who = f"{r.legal_rep}（{r.name}法定代表人）" if r.kind == "organisation" else r.name
        qa = [("问：你现在做什么工作？收入情况如何？", "答：以前开店，去年店关了，现在打零工，一个月两千多块。"),
              ("问：你名下有没有房子、车辆、存款？", "答：房子是租的，没有车，乌鲁木齐银行卡里没钱了。"),
              ("问：申请执行人提出你在二道桥市场有摊位，是否属实？", "答：摊位是我亲戚的，我只是帮忙，租赁合同不是我签的。"),
              ("问：法院已对你限制消费，你知道吗？", "答：知道，限消令我收到了。")]
        if r.kind == "organisation":
            qa[0] = ("问：公司现在的经营状况如何？", "答：去年就停业了，门面已经退租，员工都走了。")
        title, title_ug = "调 查 笔 录", "تەكشۈرۈش خاتىرىسى"
    else:
        when, place = c.day(110), "本院执行局第一谈话室"
        who = a.name if uyghur_applicant(c) else f"{c.agent}（{a.name}的委托代理人）"
        qa = [("问：本院已通过网络查控系统和实地调查查找被执行人财产，均未发现可供执行的财产，你能否提供新的财产线索？",
               "答：我提供不了，我也找不到他们。"),
              ("问：本院拟终结本次执行程序。终本后被执行人仍负有履行义务，你发现财产的可以随时申请恢复执行，你是否明白？",
               "答：明白，同意。"), ("问：你还有什么补充？", "答：希望法院以后继续帮我们查。")]
        title, title_ug = "谈 话 笔 录", "سۆھبەت خاتىرىسى"
    blocks: list[Block] = [
        ("f", f"时间：{num_date(when)}　11时10分至11时50分"), ("f", f"地点：{place}"),
        ("f", f"执行员：{c.officer}　书记员：{c.clerk}"), ("f", f"被调查人：{who}" if code == "investigation_record" else f"谈话对象：{who}")]
    if interpreter and code == "interview_record":
        blocks.append(("f", f"翻译人员：{interpreter}（本院维吾尔语翻译）"))
        blocks.append(("f", "问：你是否需要翻译？是否申请翻译人员回避？"))
        blocks.append(("f", "答：需要维吾尔语翻译，不申请回避。"))
    blocks += [("f", f"问：我们是{COURT_SHORT}执行人员，现就{c.number}案件向你了解情况，请如实回答，听清楚了吗？"),
               ("f", "答：听清楚了。"), *[("f", t) for pair in qa for t in pair],
               ("f", "以上笔录已经翻译人员用维吾尔语向我宣读，与我说的一致。" if interpreter and code == "interview_record"
                else "以上笔录我看过，和我说的一样。")]
    signers = [f"被调查人：{who.split('（')[0]}" if code == "investigation_record" else f"谈话对象：{who.split('（')[0]}",
               f"执行员：{c.officer}", f"书记员：{c.clerk}"]
    if interpreter and code == "interview_record":
        signers.insert(1, f"翻译人员：{interpreter}")
    signs_ug = str(c.extra["applicant_ug"]) if interpreter and code == "interview_record" else ""
    return typeset(title, title_ug, blocks, c.number, num_date(when), rng, signers=signers, seal_name="", sign_ug=signs_ug)


SERVED_NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "交纳申请执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信被执行人名单）",
    "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "closing_notice": "结案通知书",
}
SERVED_UG = {
    "acceptance_notice": "دېلو قوبۇل قىلىش ئۇقتۇرۇشى", "enforcement_notice": "ئىجرا ئۇقتۇرۇشى",
    "property_report_order": "مال-مۈلۈك دوكلات قىلىش بۇيرۇقى", "termination_this_round_ruling": "ئىجرا كېسىمنامىسى",
    "closing_notice": "دېلونى ئاخىرلاشتۇرۇش ئۇقتۇرۇشى", "consumption_restriction_order": "ئىستېمالنى چەكلەش بۇيرۇقى",
    "dishonest_list_decision": "قارارنامە",
}


def _receipt(c: CaseCtx, served: list[str], rng: random.Random) -> QSheet:
    """The 送达回证 on 16K paper, bilingual title; the Uyghur applicant's papers signed for by her son."""
    to_applicant = bool(served) and served[0] in ("acceptance_notice", "payment_notice", "closing_notice",
                                                  "termination_this_round_ruling")
    r = c.respondent
    proxy = ""
    if to_applicant:
        whom, signer, where = c.applicant.name, c.applicant.name, c.applicant.address
        if "son" in c.extra:
            signer, proxy = str(c.extra["son"]), f"{c.extra['son']}，系受送达人之子（附社区证明）"
    elif r.kind == "organisation":
        whom, signer, where = f"{r.name}（法定代表人：{r.legal_rep}）", r.legal_rep, r.address
    else:
        whom, signer, where = r.name, r.name, r.address
    names = "、".join(SERVED_NAMES.get(code, code) for code in served)
    offsets = {"acceptance_notice": 2, "payment_notice": 2, "closing_notice": 74, "termination_this_round_ruling": 126,
               "consumption_restriction_order": 35, "summons": 40, "enforcement_ruling": 9}
    day = c.day(offsets.get(served[0], 5) if served else 5)
    if served and served[0] == "termination_this_round_ruling":
        day = c.closed_on - timedelta(days=4)
    ug_names = "، ".join(SERVED_UG[s] for s in served if s in SERVED_UG)
    rows = [["送达文书名称及件数", f"{names}　各一份"], ["受送达人", whom], ["送达地址", where],
            ["受送达人签名或盖章", ""], ["签收日期", num_date(day)], ["代收人及代收理由", proxy],
            ["送达人", f"{c.clerk}　{c.officer}"], ["备注", "直接送达"]]
    s = form("送 达 回 证", rows, c.number, rng, cols=(50, 106), row_h=14, title_ug="يەتكۈزۈپ بېرىش ئىسپاتى", size=K16)
    if ug_names:
        ug(s, s.width - mm(20), s.height - mm(28), ug_names, 3.4)
    hand(s, mm(80), mm(59) + mm(14) * 3 + mm(3), signer, rng, size=mm(6.2), ink=(20, 20, 24))
    return s
