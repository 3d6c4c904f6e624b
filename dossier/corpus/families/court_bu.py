"""court_bu (湖南省岳阳市岳阳楼区人民法院, held out): the city-centre court of 岳阳 on the 洞庭湖 shore — fish farms and
their feed mills, the 石化 plants of 云溪, the river boats of 城陵矶. The bureau prints its own papers out of the
province's 办案系统 (a header line with the print time and operator above, a footer line below); what it receives
comes in its authors' styles (court_bu_papers). The volumes were later re-copied and scanned at the archive
(court_bu_capture), where the archivist had numbered every page in red pen."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    person_name,
)
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_bu_papers import RECEIVED, render_paper
from dossier.corpus.fonts import font

COURT = "湖南省岳阳市岳阳楼区人民法院"
MIDDLE = "湖南省岳阳市中级人民法院"
ARBITRATION = "岳阳仲裁委员会"
FEED_SEQ, PETRO_SEQ, BOAT_SEQ = 51108, 51263, 51417
SYSTEM = "湖南法院审判执行系统"
PEN = (196, 28, 36)
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "effectiveness_certificate", "online_inquiry_result",
    "payment_voucher", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
_PAGE_NO: dict[str, int] = {}
FIRST = {"feed": "enforcement_application", "petro": "dossier_cover", "boat": "enforcement_application"}


def story(c: CaseCtx) -> str:
    """feed | petro | boat, by the case's sequence number."""
    for name, seq in (("feed", FEED_SEQ), ("petro", PETRO_SEQ), ("boat", BOAT_SEQ)):
        if c.number.endswith(f"{seq}号"):
            return name
    return "feed"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """岳阳 parties. FEED: a feed mill against a 洞庭湖 fish farmer on this court's own 买卖合同 judgment; PETRO: a
    石化 installation company against a 云溪 chemical plant on the 中院's 二审 judgment, the plant's 执行异议 rejected;
    BOAT: a boat owner against a 城陵矶 shipping company on a 岳阳仲裁委员会 船舶租赁 award."""
    s = story(c)
    c.extra["story"] = s
    c.firm = rng.choice(["湖南巴陵律师事务所", "湖南洞庭明理律师事务所", "湖南岳阳楼律师事务所", "湖南南湖正衡律师事务所"])
    c.extra["firm_addr"] = f"岳阳市岳阳楼区{rng.choice(['巴陵东路', '东茅岭路', '金鹗中路', '岳阳大道'])}{rng.randint(10, 499)}号"
    c.extra["lic_no"] = f"1430620{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["operator"] = c.clerk
    c.extra["acct_bank"] = rng.choice(["湖南岳阳农村商业银行南湖支行", "中国农业银行岳阳城陵矶支行", "长沙银行岳阳分行"])
    c.extra["acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["court_acct"] = "4301 0000 3601 8888 0610"
    c.extra["pay_day"] = c.day(rng.randint(38, 55))
    c.extra["trial_judge"] = person_name(rng)
    if s == "feed":
        c.basis_kind = "judgment"
        c.extra["cause"] = "买卖合同纠纷"
        c.applicant = Party(f"岳阳{rng.choice(['正大康', '湘渔丰', '洞庭源', '巴陵禾'])}饲料有限公司", "organisation",
                            credit_code(rng, "430602"), f"湖南省岳阳市岳阳楼区{rng.choice(['七里山', '郭镇乡', '枫桥湖'])}"
                            f"工业园{rng.randint(1, 40)}栋", f"0730-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1966, 1984), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "430621", born),
                             f"湖南省岳阳县{rng.choice(['鹿角镇', '麻塘镇', '新墙镇'])}{rng.choice(['洞庭', '湖滨', '荷花'])}村"
                             f"{rng.randint(1, 12)}组", f"135{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.amount = Decimal(rng.randint(9000000, 36000000)) / 100
        c.basis_court = COURT
        c.basis_number = f"（2023）湘0602民初{rng.randint(2000, 7999)}号"
        c.extra["pond"] = f"{rng.randint(60, 240)}亩"
    elif s == "petro":
        c.basis_kind = "judgment"
        c.extra["cause"] = "建设工程施工合同纠纷"
        c.applicant = Party(f"岳阳{rng.choice(['长炼', '巴陵', '云港'])}石化设备安装工程有限公司", "organisation",
                            credit_code(rng, "430602"), f"湖南省岳阳市岳阳楼区{rng.choice(['奇家岭街道', '望岳路街道'])}"
                            f"{rng.choice(['学院路', '金鹗东路'])}{rng.randint(10, 300)}号",
                            f"0730-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"岳阳{rng.choice(['恒昌', '云溪瑞丰', '长岭新'])}化工有限公司", "organisation",
                             credit_code(rng, "430603"), f"湖南省岳阳市云溪区绿色化工高新区{rng.choice(['滨江', '松阳湖'])}路"
                             f"{rng.randint(1, 88)}号", f"0730-84{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(60000000, 240000000)) / 100
        c.basis_court = MIDDLE
        c.extra["first"] = f"（2022）湘0602民初{rng.randint(2000, 7999)}号"
        c.basis_number = f"（2023）湘06民终{rng.randint(300, 2999)}号"
        c.extra["unit"] = rng.choice(["常减压装置换热器", "催化裂化装置管廊", "加氢精制装置反应器"])
    else:
        c.basis_kind = "arbitration"
        c.extra["cause"] = "船舶租赁合同纠纷"
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "430602", born),
                            f"湖南省岳阳市岳阳楼区{rng.choice(['南岳坡', '洞庭', '吕仙亭'])}社区{rng.randint(1, 30)}栋",
                            f"139{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.respondent = Party(f"岳阳{rng.choice(['城陵矶', '洞庭', '君山'])}{rng.choice(['顺达', '通江', '荆岳'])}航运有限公司",
                             "organisation", credit_code(rng, "430602"), f"湖南省岳阳市岳阳楼区城陵矶港区"
                             f"{rng.choice(['松阳湖路', '港务大道'])}{rng.randint(1, 99)}号",
                             f"0730-88{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.amount = Decimal(rng.randint(15000000, 72000000)) / 100
        c.basis_court = ARBITRATION
        c.basis_number = f"（2023）岳仲字第{rng.randint(100, 999)}号"
        c.extra["ship"] = f"湘岳阳货{rng.randint(1000, 9999)}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))


# --------------------------------------------------------------------------------- the 办案系统 printout
def _stamp(c: CaseCtx, when: date, rng: random.Random) -> str:
    t = datetime.combine(when, time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)))
    return f"{SYSTEM}    打印时间：{t:%Y-%m-%d %H:%M:%S}    操作人：{c.extra.get('operator', c.clerk)}"


def system_page(c: CaseCtx, when: date, rng: random.Random, title: str) -> Sheet:
    """A blank page as the 办案系统 prints it: the print header line and its rule above, a footer line below."""
    s = Sheet()
    small = font("sans", 22)
    s.text(mm(14), mm(8), _stamp(c, when, rng), small)
    s.line(mm(14), mm(13), s.width - mm(14), mm(13), width=1)
    s.line(mm(14), s.height - mm(14), s.width - mm(14), s.height - mm(14), width=1)
    s.text(mm(14), s.height - mm(12.5), f"{c.number}  {title}", small)
    return s


def _footers(sheets: list[Sheet]) -> list[Sheet]:
    small = font("sans", 22)
    for i, s in enumerate(sheets):
        s.right(s.width - mm(14), s.height - mm(12.5), f"第{i + 1}页/共{len(sheets)}页", small)
    return sheets


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], when: date, *,
                to: str = "", number: str = "", sign: list[str] | None = None, tail: list[str] | None = None,
                spaced: bool = True) -> list[Sheet]:
    """One of the bureau's papers out of the 办案系统: court name and title letter-spaced, number flush right,
    the body in 仿宋-like serif; runs on to a second page with the same header; signed, dated and sealed."""
    sheets = [system_page(c, when, rng, title)]
    s = sheets[0]
    s.centred(mm(26), COURT, font("serif_bold", 64), spacing=6 if spaced else 0)
    s.centred(mm(43), title, font("serif_bold", 76), spacing=28 if len(title) <= 6 else 10)
    body = font("serif", 44)
    s.right(s.width - mm(28), mm(62), number or c.number, body)
    y = float(mm(74))
    if to:
        s.text(mm(28), y, to, body)
        y += 72

    def more() -> tuple[Sheet, float]:
        sheets.append(system_page(c, when, rng, title))
        return sheets[-1], float(mm(24))

    y = flow(s, blocks, body, x0=mm(28), width=s.width - mm(56), y=y, line_height=72, indent=88,
             bottom=s.height - mm(30), more=more)
    s = sheets[-1]
    lines = (sign or []) + [cn_date(when)]
    if y + 72 * (len(lines) + 1) > s.height - mm(30):
        s, y = more()
    y += 40
    for k, line in enumerate(lines):
        s.right(s.width - mm(36), y + 72 * k, line, body)
    seal(s, s.width - mm(62), y + 72 * (len(lines) - 1), COURT, rng)
    y += 72 * len(lines) + 30
    for t in tail or []:
        s.text(mm(28), y, t, font("serif", 36))
        y += 56
    return _footers(sheets)


def _pen(c: CaseCtx, code: str, sheets: list[Sheet], rng: random.Random) -> None:
    """The archivist's page numbers, red pen, top right (counted per dossier from its first paper)."""
    if code == FIRST[c.extra["story"]]:
        _PAGE_NO[c.number] = 0
    for s in sheets:
        _PAGE_NO[c.number] = _PAGE_NO.get(c.number, 0) + 1
        hand(s, s.width - mm(rng.uniform(20, 26)), mm(rng.uniform(1.5, 3.5)), str(_PAGE_NO[c.number]), rng,
             size=50, ink=PEN, record=False)


# --------------------------------------------------------------------------------- the bureau's own papers
def _parties(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _basis(c: CaseCtx) -> str:
    kind = {"judgment": "民事判决书", "arbitration": "裁决书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def _served_to(c: CaseCtx, served: list[str]) -> str:
    if any(x in served for x in ("acceptance_notice", "closing_notice")):
        return c.applicant.name
    return c.respondent.name


SERVED_NAME = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书",
}


def service_receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 as the system prints it: a grid, the receiver's signature and the date written by hand."""
    first = served[0] if served else "enforcement_notice"
    when = {"acceptance_notice": c.day(1), "closing_notice": c.closed_on, "enforcement_ruling": c.day(24)}.get(first, c.day(3))
    s = system_page(c, when, rng, "送达回证")
    s.centred(mm(24), COURT, font("serif_bold", 58), spacing=4)
    s.centred(mm(38), "送 达 回 证", font("serif_bold", 72), spacing=14)
    f = font("serif", 38)
    docs = "、".join(SERVED_NAME.get(x, x) for x in served) + "各一份"
    who = _served_to(c, served)
    rows = [["案    号", c.number], ["案    由", c.extra["cause"]], ["送达文书名称及件数", docs],
            ["受送达人", who], ["送达地址", c.applicant.address if who == c.applicant.name else c.respondent.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", rng.choice(["直接送达", "留置送达", "邮寄送达"])],
            ["送达人", ""], ["备    注", ""]]
    y0 = mm(56)
    table(s, mm(22), y0, [mm(52), s.width - mm(44) - mm(52)], rows, f, row_h=mm(19), centre_first=True)
    signature(s, mm(80), y0 + mm(19) * 5 + mm(4), c.respondent.legal_rep or who if who != c.applicant.name else c.agent, rng)
    hand(s, mm(140), y0 + mm(19) * 5 + mm(9), f"{when.year}.{when.month}.{when.day}", rng, size=38)
    hand(s, mm(80), y0 + mm(19) * 8 + mm(5), f"{c.officer}  {c.clerk}", rng, size=42, ink=(30, 30, 35))
    s.text(mm(22), y0 + mm(19) * 10 + mm(6), "填发人：" + c.clerk, f)
    seal(s, s.width - mm(50), y0 + mm(19) * 10 + mm(14), COURT, rng)
    return _footers([s])


def own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, basis = c.applicant.name, c.respondent.name, _basis(c)
    sign = [f"审判长  {c.judge}", f"审判员  {c.officer}"]
    st = c.extra["story"]
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("p", f"你（单位）申请执行{r}{c.extra['cause']}一案，依据的{basis}已经发生法律效力。经审查，符合立案受理条件，"
                  f"本院已于{cn_date(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行实施三组办理，承办人{c.officer}，联系电话0730-8221234。请你方自本通知送达之日起如发现被执行人"
                  "可供执行的财产线索，及时书面告知本院。"),
            ("p", "特此通知。")], c.day(1), to=f"{a}：")
    if code == "payment_notice":
        return court_paper(c, rng, "缴纳执行费通知书", [
            ("p", f"本院受理的{_parties(c)}，根据《诉讼费用交纳办法》第十条、第十四条的规定，本案申请执行金额"
                  f"{money(c.amount)}，应交纳申请执行费{money(c.extra['exec_fee'])}，由被执行人负担。"),
            ("p", "执行费在执行款中优先扣收；请于七日内将执行费缴至湖南省岳阳市非税收入汇缴结算户（开户行：中国银行岳阳分行营业部）。"),
        ], c.day(1), to=f"{r}：")
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("p", f"申请执行人{a}依据{basis}，于{cn_date(c.filed_on)}向本院申请执行，本院已立案。依照{LAW}第二百五十一条"
                  "、第二百六十条的规定，责令你（单位）自本通知送达之日起立即履行下列义务："),
            ("", f"一、向申请执行人{a}支付{money(c.amount)}及迟延履行期间的债务利息；"),
            ("", f"二、负担申请执行费{money(c.extra['exec_fee'])}。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。"),
            ("p", f"执行款请汇入：岳阳市岳阳楼区人民法院执行款专户，账号{c.extra['court_acct']}，备注案号。")],
            c.day(3), to=f"{r}：", tail=[f"承办人：{c.officer}    书记员：{c.clerk}    电话：0730-8221234"])
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("p", f"本院在执行{_parties(c)}中，依照{LAW}第二百五十二条及《最高人民法院关于民事执行中财产调查若干问题的规定》"
                  "第三条至第十条的规定，责令你（单位）在收到本令之日起五日内，如实向本院报告当前以及收到执行通知之日前一年的"
                  "财产情况（收入、银行存款、现金、理财，土地使用权、房屋，车辆、船舶，股权，债权等）。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "附：被执行人财产申报表一份。")], c.day(3), to=f"{r}：")
    if code == "enforcement_ruling":
        if served and served[0] == "objection":
            return court_paper(c, rng, "执行裁定书", [
                ("", f"异议人（被执行人）：{r}，住所地{c.respondent.address}。"),
                ("", f"法定代表人：{c.respondent.legal_rep}，该公司董事长。"),
                ("", f"申请执行人：{a}，住所地{c.applicant.address}。"),
                ("p", f"本院在执行{_parties(c)}中，异议人{r}对本院冻结其银行存款的执行行为提出书面异议，称其已就"
                      f"{c.extra['unit']}安装质量问题另行起诉，请求中止执行并解除冻结。本院依法组成合议庭进行了审查。"),
                ("p", f"本院认为，{basis}已经发生法律效力，异议人所称质量争议不属于{LAW}第二百三十六条规定的执行行为违法情形，"
                      "另案起诉亦不影响生效判决的执行。异议人的请求缺乏事实和法律依据，本院不予支持。依照《最高人民法院关于人民法院"
                      "办理执行异议和复议案件若干问题的规定》第十七条第一项的规定，裁定如下："),
                ("", f"驳回异议人{r}的异议请求。"),
                ("p", "如不服本裁定，可以自本裁定书送达之日起十日内向本院递交复议申请书，向湖南省岳阳市中级人民法院申请复议。")],
                c.day(30), number=c.number.replace("执", "执异"), sign=[f"审判长  {c.judge}", f"审判员  {c.officer}",
                                                                    f"人民陪审员  {c.extra['trial_judge']}"],
                tail=[f"书记员  {c.clerk}"])
        what = {"feed": "被执行人在岳阳县农村信用合作联社的存款", "petro": "被执行人在中国建设银行岳阳云溪支行的存款",
                "boat": f"被执行人所有的{c.extra.get('ship', '')}号货船及其银行存款"}[st]
        return court_paper(c, rng, "执行裁定书", [
            ("", f"申请执行人：{a}，住所地{c.applicant.address}。"),
            ("", f"被执行人：{r}，住{c.respondent.address}。"),
            ("p", f"本院依据已经发生法律效力的{basis}，于{cn_date(c.filed_on)}立案执行。被执行人未按执行通知履行义务。依照{LAW}"
                  "第二百四十九条、第二百五十条、第二百五十一条的规定，裁定如下："),
            ("", f"冻结、划拨{what}{money(c.amount + c.extra['exec_fee'])}，或查封、扣押其相应价值的财产。"),
            ("p", "本裁定立即执行。")], c.day(20), sign=sign, tail=[f"书记员  {c.clerk}"])
    if code == "assistance_notice":
        bank = {"feed": "岳阳县农村信用合作联社鹿角信用社", "petro": "中国建设银行股份有限公司岳阳云溪支行",
                "boat": "中国工商银行股份有限公司岳阳城陵矶支行"}[st]
        return court_paper(c, rng, "协助执行通知书", [
            ("p", f"关于{_parties(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百四十九条的规定，"
                  "请协助执行下列事项："),
            ("", f"划拨被执行人{r}在你处账户内的存款{money(c.amount + c.extra['exec_fee'])}至本院执行款专户"
                 f"（户名：岳阳市岳阳楼区人民法院，账号：{c.extra['court_acct']}）。"),
            ("p", "附：执行裁定书一份。")], c.day(22), to=f"{bank}：",
            tail=[f"执行人员：{c.officer}、{c.clerk}    工作证号：4306020{rng.randint(100, 999)}"])
    if code == "closing_notice":
        return court_paper(c, rng, "结案通知书", [
            ("p", f"本院执行的{_parties(c)}，被执行人已按{basis}履行全部义务，执行款{money(c.amount)}已于"
                  f"{cn_date(c.extra['pay_day'])}发还你方。依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。")], c.closed_on, to=f"{a}：")
    if code == "effectiveness_certificate":
        return _effect(c, rng)
    if code == "service_receipt":
        return service_receipt(c, rng, served)
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    return _archive(code, c, rng)


def _effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = system_page(c, c.filed_on, rng, "生效证明书") if c.basis_kind != "arbitration" else Sheet()
    if c.basis_kind == "arbitration":
        s.centred(mm(30), ARBITRATION, font("kai", 70), spacing=10)
        s.centred(mm(50), "裁决书生效证明", font("hei", 66), spacing=8)
        body = font("ming", 44)
        text = [("p", f"{c.applicant.name}与{c.respondent.name}{c.extra['cause']}一案，本会于{cn_date(c.basis_effective)}"
                      f"作出{c.basis_number}裁决书。根据《中华人民共和国仲裁法》第五十七条的规定，裁决书自作出之日起发生法律效力。"),
                ("p", "特此证明。")]
        y = flow(s, text, body, x0=mm(30), width=s.width - mm(60), y=mm(78), line_height=74, indent=88)
        s.right(s.width - mm(34), y + 90, ARBITRATION, body)
        s.right(s.width - mm(34), y + 170, cn_date(c.basis_effective + timedelta(days=rng.randint(5, 20))), body)
        seal(s, s.width - mm(60), y + 130, ARBITRATION, rng)
        return [s]
    court = c.basis_court
    s.centred(mm(28), court if court == COURT else COURT, font("serif_bold", 62), spacing=6)
    s.centred(mm(46), "生效证明书", font("serif_bold", 74), spacing=20)
    body = font("serif", 44)
    if court == MIDDLE:
        txt = (f"本院受理的{c.extra['first']}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案，"
               f"被告不服提起上诉，{MIDDLE}于{cn_date(c.basis_effective - timedelta(days=12))}作出{c.basis_number}"
               f"民事判决，驳回上诉，维持原判。该二审判决已于{cn_date(c.basis_effective)}送达双方当事人，"
               "为终审判决，自送达之日起发生法律效力。")
    else:
        txt = (f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，"
               f"已于{cn_date(c.basis_effective - timedelta(days=16))}送达双方当事人，双方在法定期限内均未提起上诉，"
               f"该判决已于{cn_date(c.basis_effective)}发生法律效力。")
    y = flow(s, [("p", txt), ("p", "特此证明。")], body, x0=mm(28), width=s.width - mm(56), y=mm(70), line_height=72,
             indent=88)
    s.text(mm(28), y + 40, f"原审承办人：{c.extra['trial_judge']}", body)
    signature(s, mm(98), y + 28, c.extra["trial_judge"], rng)
    s.right(s.width - mm(36), y + 150, "民事审判第一庭", body)
    s.right(s.width - mm(36), y + 222, cn_date(c.filed_on - timedelta(days=3)), body)
    seal(s, s.width - mm(62), y + 180, COURT, rng)
    return _footers([s])


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = system_page(c, c.closed_on, rng, "执行案件结案审批表")
    s.centred(mm(22), COURT, font("hei", 52), spacing=4)
    s.centred(mm(34), "执行案件结案审批表", font("hei", 64), spacing=6)
    f = font("serif", 36)
    rows = [["案号", c.number, "立案日期", c.filed_on.isoformat()],
            ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"],
            ["结案方式", "执行完毕", "结案日期", c.closed_on.isoformat()],
            ["执行经过", f"立案后发出执行通知书、报告财产令；网络查控冻结被执行人存款；{cn_date(c.extra['pay_day'])}"
                       "执行款到位并发还申请执行人。"],
            ["承办人意见", ""], ["执行局领导意见", ""]]
    w = s.width - mm(40)
    col = [mm(32), mm(60), mm(30), w - mm(122)]
    table(s, mm(20), mm(48), col, rows, f, row_h=[mm(14)] * 5 + [mm(40), mm(34), mm(34)], centre_first=True)
    y = mm(48) + mm(14) * 5 + mm(40)
    hand(s, mm(62), y + mm(7), "已执行完毕，拟报结。", rng, size=46)
    signature(s, mm(130), y + mm(20), c.officer, rng)
    hand(s, mm(62), y + mm(40), "同意。", rng, size=46)
    signature(s, mm(130), y + mm(54), c.judge, rng)
    return _footers([s])


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = system_page(c, c.day(6), rng, "网络查控结果")
    s.centred(mm(22), "总对总网络执行查控结果", font("sans_bold", 56))
    f = font("sans", 30)
    s.text(mm(16), mm(34), f"案号：{c.number}    被查询人：{c.respondent.name}    证照号码：{c.respondent.id_number}", f)
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "交通银行", "中国邮政储蓄银行", "湖南岳阳农村商业银行",
             "长沙银行", "华融湘江银行", "支付宝（中国）", "财付通", "自然资源部（不动产）", "公安部（车辆）", "交通运输部（船舶）"]
    rows = [["序号", "协执单位", "反馈结果", "账户/财产", "余额（元）", "反馈时间"]]
    hit = rng.randrange(2, 7)
    for i, b in enumerate(banks):
        bal = money(c.amount * Decimal(rng.uniform(1.05, 1.6))) if i == hit else ("0.00" if rng.random() < 0.4 else "")
        rows.append([str(i + 1), b, "有财产" if i == hit else "无财产", f"6217****{rng.randint(1000, 9999)}" if bal else "",
                     bal, (c.day(6) + timedelta(days=rng.randint(0, 2))).isoformat()])
    table(s, mm(14), mm(42), [mm(14), mm(52), mm(24), mm(38), mm(28), s.width - mm(28) - mm(156)], rows, f,
          row_h=mm(10), centre_first=True, width=1)
    return _footers([s])


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = system_page(c, c.extra["pay_day"], rng, "执行款发放审批单")
    s.centred(mm(24), "岳阳市岳阳楼区人民法院执行款发放审批单", font("serif_bold", 56))
    f = font("serif", 36)
    rows = [["案号", c.number, "收款日期", c.extra["pay_day"].isoformat()],
            ["领款人", c.applicant.name, "身份证号/代码", c.applicant.id_number],
            ["开户行", c.extra["acct_bank"], "账号", c.extra["acct"]],
            ["发放金额（小写）", f"¥{c.amount:,.2f}", "大写", money_caps(c.amount)],
            ["承办人意见", "", "", ""], ["庭（局）领导意见", "", "", ""], ["财务审核", "", "", ""]]
    w = s.width - mm(40)
    table(s, mm(20), mm(40), [mm(38), mm(56), mm(34), w - mm(128)], rows, f, row_h=[mm(15)] * 4 + [mm(24)] * 3,
          centre_first=True)
    hand(s, mm(66), mm(40) + mm(60) + mm(7), "执行款已到账，同意发放。", rng, size=42)
    signature(s, mm(66), mm(40) + mm(84) + mm(4), c.judge, rng)
    hand(s, mm(66), mm(40) + mm(108) + mm(7), "已核，" + c.extra["pay_day"].isoformat(), rng, size=40)
    y = mm(40) + mm(132) + mm(14)
    s.text(mm(20), y, "银行电子回单（附）", font("sans_bold", 36))
    g = font("mono", 30)
    for k, t in enumerate([f"交易日期：{c.extra['pay_day']:%Y%m%d}   流水号：{rng.randint(10**11, 10**12 - 1)}",
                           f"付款人：岳阳市岳阳楼区人民法院   账号：{c.extra['court_acct']}",
                           f"收款人：{c.applicant.name}   账号：{c.extra['acct']}",
                           f"金额：{c.amount:,.2f}   用途：{c.number}执行款"]):
        s.text(mm(24), y + 60 + 48 * k, t, g)
    s.box(mm(20), y + 44, s.width - mm(20), y + 260, width=2)
    seal(s, s.width - mm(50), y + 170, "中国银行岳阳分行营业部", rng, radius=mm(14), inner="业务专用章")
    return _footers([s])


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    when = c.closed_on + timedelta(days=20)
    big, f = font("ming", 84), font("ming", 42)
    if code == "dossier_cover":
        s.box(mm(18), mm(18), s.width - mm(18), s.height - mm(18), width=5)
        s.centred(mm(38), COURT, font("serif_bold", 62), spacing=8)
        s.centred(mm(62), "执 行 卷 宗", big, spacing=30)
        s.centred(mm(84), "（正  卷）", f)
        rows = [["案    号", c.number], ["案    由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行依据", _basis(c)], ["立案日期", cn_date(c.filed_on)],
                ["结案日期", cn_date(c.closed_on)], ["结案方式", "执行完毕"], ["承 办 人", c.officer],
                ["书 记 员", c.clerk], ["归档日期", cn_date(when)], ["保管期限", "长期"]]
        table(s, mm(30), mm(100), [mm(42), s.width - mm(60) - mm(42)], rows, f, row_h=mm(14), centre_first=True)
        hand(s, mm(80), mm(100) + mm(14) * 12 + mm(12), f"共 {rng.randint(2, 3)} 卷 第 1 卷   本卷 {rng.randint(70, 110)} 页",
             rng, size=44, ink=(25, 25, 28))
        return [s]
    if code == "catalogue":
        s.centred(mm(22), "卷 内 目 录", big, spacing=20)
        s.text(mm(20), mm(42), f"案号：{c.number}", f)
        items = ["执行申请书", "执行依据（判决书）", "生效证明书", "财产线索表", "诉讼费收据", "身份证明", "授权委托书", "律师事务所函",
                 "律师执业证", "受理案件通知书", "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行异议申请书",
                 "执行裁定书", "协助执行通知书", "执行款发放审批单", "结案通知书", "结案审批表", "送达回证", "归档复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]]
        p = 3
        for i, it in enumerate(items):
            rows.append([str(i + 1), it, str(p), ""])
            p += rng.randint(1, 4)
        table(s, mm(18), mm(52), [mm(18), mm(110), mm(22), s.width - mm(36) - mm(150)], rows, font("ming", 34), row_h=mm(9.2),
              centre_first=True, width=1)
        return [s]
    if code == "file_review_form":
        s.centred(mm(26), "执行卷宗归档复核表", font("hei", 66), spacing=6)
        rows = [["案号", c.number], ["卷宗材料是否齐全", ""], ["文书是否按序排列、编页", ""], ["送达回证是否齐全", ""],
                ["执行款是否已全部发放", ""], ["承办人复核意见", ""], ["档案室接收意见", ""]]
        table(s, mm(22), mm(50), [mm(70), s.width - mm(44) - mm(70)], rows, font("serif", 38), row_h=mm(22),
              centre_first=True)
        for k in range(1, 5):
            hand(s, mm(100), mm(50) + mm(22) * k + mm(6), "是", rng, size=48)
        hand(s, mm(100), mm(50) + mm(22) * 5 + mm(4), "经复核，卷宗齐全，同意归档。", rng, size=42)
        signature(s, mm(150), mm(50) + mm(22) * 5 + mm(12), c.officer, rng)
        hand(s, mm(100), mm(50) + mm(22) * 6 + mm(6), f"已接收 {when.isoformat()}", rng, size=42)
        return [s]
    s.centred(mm(26), "备  考  表", big, spacing=16)
    s.box(mm(24), mm(48), s.width - mm(24), s.height - mm(40), width=3)
    flow(s, [("p", f"本卷宗连面带底共计{rng.randint(70, 110)}页，附证物0件。"),
                 ("p", "本卷执行异议审查材料附入正卷，异议裁定已送达各方当事人，未申请复议。"),
                 ("p", "执行款已全部发放完毕，无遗留事项。")], f, x0=mm(32), width=s.width - mm(64), y=mm(60),
             line_height=70, indent=84)
    s.text(mm(32), s.height - mm(90), "立卷人：", f)
    signature(s, mm(64), s.height - mm(93), c.clerk, rng)
    s.text(mm(32), s.height - mm(70), "检查人：", f)
    signature(s, mm(64), s.height - mm(73), c.officer, rng)
    s.text(mm(110), s.height - mm(70), f"立卷时间：{cn_date(when)}", f)
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if "story" not in c.extra:
        adopt_basis(c, rng)
    sheets = own(code, c, rng, served) if code in OWN else render_paper(code, c, rng, served)
    _pen(c, code, sheets, rng)
    return sheets
