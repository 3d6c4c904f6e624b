"""court_cg (河北省邯郸市丛台区人民法院, held out): a city-centre court of 邯郸 — steel and coke traders, coal yards,
car dealers. The bureau's own papers are typed in its house style (court name over a letter-spaced title, the case
number flush right, the 执行局 seal over the date); what reaches it — a 中院 judgment, lawyers' papers, bank replies,
ID cards copied two to a sheet — is drawn in its authors' styles. Pages are scanned by the bureau's MFP (court_cg_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
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
from dossier.corpus.draw import A4, BLUE_INK, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

ARCHIVE_SEQ, YARD_SEQ, COKE_SEQ = 70412, 70588, 70731
COURT = "河北省邯郸市丛台区人民法院"
SHIFT = timedelta(days=731)
LAW = "《中华人民共和国民事诉讼法》"


@dataclass
class CgSheet(Sheet):
    """A sheet that tells the MFP capture what lay on the glass."""

    bound: bool = False      # a page of a thick bound document: grey gutter shadow
    cards: bool = False      # identity papers copied two to a sheet
    colour: bool = False     # coloured form or photo: never the black-and-white mode


OWN = {
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "termination_this_round_ruling", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "effectiveness_certificate", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "service_receipt",
}
RECEIVED = {
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
}
CODES = frozenset(OWN | RECEIVED)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """邯郸 parties: ARCHIVE_SEQ a 中院 二审 steel sale judgment paid from an auctioned car; YARD_SEQ a coal 调解书
    ended 终本; COKE_SEQ a coke sale judgment paid after a 邯郸农商银行 freeze."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    c.basis_effective = c.basis_effective + SHIFT
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {ARCHIVE_SEQ: "car", YARD_SEQ: "yard"}.get(seq, "coke")
    c.firm = rng.choice(["河北冀南律师事务所", "河北赵都律师事务所", "河北丛台正和律师事务所", "河北邯郸滏阳律师事务所"])
    c.extra["firm_addr"] = f"邯郸市丛台区{rng.choice(['人民东路', '中华北大街', '联纺西路', '丛台路'])}{rng.randint(20, 480)}号"
    c.extra["lic_no"] = f"1130420{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["邯郸银行丛台支行", "河北银行邯郸分行营业部", "邯郸农商银行丛台支行"])
    c.extra["acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["邯郸农商银行和平支行", "邯郸银行人民路支行", "河北银行邯郸陵园路支行"])
    c.extra["resp_acct"] = f"1304{rng.randint(10**13, 10**14 - 1)}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["receipt_no"] = f"{rng.randint(10**9, 10**10 - 1)}"
    c.extra["trial_judge"] = person_name(rng)
    born = date(rng.randint(1966, 1990), rng.randint(1, 12), rng.randint(1, 28))
    c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["130403", "130402", "130481"]), born),
                        f"河北省邯郸市丛台区{rng.choice(['丛台西街道', '光明桥街道', '联纺东街道'])}"
                        f"{rng.choice(['滏东', '丛台', '和平'])}小区{rng.randint(1, 30)}号楼{rng.randint(1, 6)}单元",
                        f"13{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
    trade = {"car": "钢材贸易", "yard": "煤炭经销", "coke": "焦化产品销售"}[c.extra["story"]]
    word = rng.choice(["冀南", "赵都", "滏阳", "磁山", "邯钢"]) if c.extra["story"] != "car" else rng.choice(["恒达", "鑫钢", "瑞丰"])
    c.respondent = Party(f"邯郸市{word}{trade}有限公司", "organisation", credit_code(rng, "130403"),
                         f"河北省邯郸市丛台区{rng.choice(['北仓路', '滏河北大街', '邯山街'])}{rng.randint(1, 300)}号",
                         f"0310-{rng.randint(3000000, 8999999)}", legal_rep=person_name(rng))
    if c.extra["story"] == "car":
        c.basis_court = "河北省邯郸市中级人民法院"
        c.basis_number = f"（2025）冀04民终{rng.randint(1000, 6999)}号"
        c.extra["first"] = f"（2025）冀0403民初{rng.randint(1000, 8999)}号"
        c.extra["plate"] = f"冀D{rng.choice('ABCFH')}{rng.randint(10000, 99999)}"
        c.extra["vin"] = f"LFV3A2{rng.randint(10**10, 10**11 - 1)}"
        c.extra["model"] = rng.choice(["大众牌FV7152FBDBG小型轿车", "别克牌SGM7150EAA2小型轿车", "丰田牌GTM7200G小型轿车"])
        c.extra["price"] = (c.amount * Decimal("1.4")).quantize(Decimal("1"))
        c.extra["cause"] = "买卖合同纠纷"
    elif c.extra["story"] == "yard":
        c.basis_court = COURT
        c.basis_number = f"（2025）冀0403民初{rng.randint(1000, 8999)}号"
        c.extra["cause"] = "买卖合同纠纷（煤炭）"
        c.extra["yard"] = f"邯郸市丛台区{rng.choice(['三陵乡', '黄粱梦镇', '南吕固乡'])}{rng.choice(['东', '西', '北'])}煤场"
    else:
        c.basis_court = COURT
        c.basis_number = f"（2025）冀0403民初{rng.randint(1000, 8999)}号"
        c.extra["cause"] = "买卖合同纠纷（焦炭）"
    c.extra["doc_kind"] = "民事调解书" if c.extra["story"] == "yard" else "民事判决书"


def _basis(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra.get('doc_kind', '民事判决书')}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return _own(code, c, rng, served)
    return _received(code, c, rng, served)


# ---------------------------------------------------------------- the bureau's own papers

TITLES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "closing_notice": "结案通知书", "termination_this_round_ruling": "执行裁定书", "summons": "传票",
    "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书",
    "effectiveness_certificate": "生效证明书",
}


def _paragraphs(code: str, c: CaseCtx, served: list[str]) -> list[str]:
    a, r = c.applicant.name, c.respondent.name
    fee = c.extra["exec_fee"]
    story = c.extra["story"]
    if code == "acceptance_notice":
        return [f"{a}：", f"你（单位）申请执行{r}{c.extra['cause']}一案，本院经审查，符合立案条件，已于{cn_date(c.filed_on)}"
                f"立案执行，案号为{c.number}。本案执行法官{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。",
                "请你在收到本通知后及时向本院提供被执行人的财产线索；案款将转入你确认的收款账户。"]
    if code == "payment_notice":
        return [f"{a}：", f"你申请执行{r}一案，依照《诉讼费用交纳办法》第十四条的规定，应交纳申请执行费{fee}元。"
                "该费用由被执行人负担，执行到位后一并结算。请于七日内到本院诉讼服务中心或通过网上缴费平台交纳。"]
    if code == "enforcement_notice":
        return [f"{r}：", f"{_basis(c)}已经发生法律效力。申请执行人{a}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
                f"依照{LAW}第二百四十七条、第二百五十二条的规定，责令你单位自本通知送达之日起立即履行下列义务：",
                f"一、支付申请执行人{money(c.amount)}；", "二、加倍支付迟延履行期间的债务利息；",
                f"三、负担申请执行费{fee}元。", "逾期不履行的，本院将依法强制执行，并可将你单位纳入失信被执行人名单。"]
    if code == "property_report_order":
        return [f"{r}：", f"本院受理的{c.number}案件，你单位未按执行通知履行法律文书确定的义务。依照{LAW}第二百五十二条的规定，"
                "责令你单位在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。",
                "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"]
    if code == "enforcement_ruling":
        if story == "car":
            act = f"查封、扣押被执行人{r}名下{c.extra['model']}一辆（号牌{c.extra['plate']}，车架号{c.extra['vin']}），并予以拍卖"
        elif story == "yard":
            act = f"冻结、划拨被执行人{r}在邯郸银行、河北银行的存款{money(c.amount)}"
        else:
            act = f"冻结被执行人{r}在{c.extra['resp_bank']}的银行存款（账号{c.extra['resp_acct']}）{money(c.amount)}"
        return [f"申请执行人：{a}，住{c.applicant.address}。", f"被执行人：{r}，住所地{c.respondent.address}。",
                f"法定代表人：{c.respondent.legal_rep}。",
                f"申请执行人{a}与被执行人{r}{c.extra['cause']}一案，{_basis(c)}已经发生法律效力。因被执行人未履行生效法律文书确定的"
                f"义务，申请执行人向本院申请强制执行。依照{LAW}第二百四十九条、第二百五十条、第二百五十一条的规定，裁定如下：",
                f"{act}。", "本裁定立即执行。"]
    if code == "termination_this_round_ruling":
        return [f"申请执行人：{a}。", f"被执行人：{r}，法定代表人{c.respondent.legal_rep}。",
                f"本院在执行{c.number}案件中，通过网络执行查控系统查询被执行人在金融机构、车管所、不动产登记中心等处的财产，"
                f"对被执行人经营的{c.extra.get('yard', '煤场')}进行现场调查，未发现可供执行的财产；已对被执行人采取限制消费措施并纳入失信被执行人名单。"
                "申请执行人经约谈，不能提供其他财产线索。",
                "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                f"终结本院{c.number}案件的本次执行程序。", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。",
                "本裁定送达后立即生效。"]
    if code == "assistance_notice":
        if story == "car":
            to, what = "邯郸市公安局交通警察支队车辆管理所", f"查封被执行人名下{c.extra['model']}（号牌{c.extra['plate']}），不得办理过户、抵押登记"
        elif story == "yard":
            to, what = ("邯郸银行股份有限公司丛台支行" if "bank" in served else "河北银行股份有限公司邯郸分行",
                        f"冻结被执行人{r}在你行开立账户内的存款，以{money(c.amount)}为限")
        else:
            to, what = c.extra["resp_bank"], f"冻结被执行人{r}账户（{c.extra['resp_acct']}）内存款{money(c.amount)}，冻结期限一年"
        return [f"{to}：", f"关于申请执行人{a}与被执行人{r}{c.extra['cause']}一案，本院作出的{c.number}执行裁定书已发生法律效力。"
                f"依照{LAW}第二百五十条的规定，请协助执行下列事项：", f"{what}。", "附：执行裁定书一份。"]
    if code == "closing_notice":
        how = "经本院依法拍卖被执行人车辆，拍卖价款已发放" if story == "car" else "被执行人已履行全部义务，案款已发放"
        return [f"{a}：", f"你申请执行{r}{c.extra['cause']}一案（{c.number}），{how}，本案已执行完毕。",
                f"依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案于{cn_date(c.closed_on)}以执行完毕方式结案。"]
    if code == "summons":
        return [f"被传唤人：{r}法定代表人{c.respondent.legal_rep}", f"案由：{c.extra['cause']}（{c.number}）",
                "传唤事由：接受执行询问，如实报告财产", f"应到时间：{cn_date(c.day(30))}上午九时",
                "应到处所：本院执行局第三谈话室", "无正当理由拒不到场的，本院可以拘传。"]
    if code == "consumption_restriction_order":
        return [f"被限制消费人：{r}，统一社会信用代码{c.respondent.id_number}；法定代表人{c.respondent.legal_rep}。",
                f"本院于{cn_date(c.filed_on)}立案执行申请执行人{a}申请执行你单位{c.extra['cause']}一案。因你单位未按执行通知书指定的期间"
                "履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                "对你单位及法定代表人采取限制消费措施，不得实施下列高消费及非生活和工作必需的消费行为：",
                "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆。",
                "如违反本限制消费令，经查证属实的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。"]
    if code == "dishonest_list_decision":
        return [f"被执行人：{r}，统一社会信用代码{c.respondent.id_number}。",
                f"本院在执行{c.number}案件中，被执行人有履行能力而拒不履行生效法律文书确定的义务，并违反财产报告制度。依照{LAW}第二百六十二条、"
                "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条、第六条的规定，决定如下：",
                f"将{r}纳入失信被执行人名单。", "本决定一经作出即生效。"]
    if code == "effectiveness_certificate":
        if "first" not in c.extra:
            return [f"本院{c.basis_number}原告{a}诉被告{r}{c.extra['cause']}一案，本院作出的{c.extra['doc_kind']}已于"
                    f"{cn_date(c.basis_effective)}发生法律效力。", "特此证明。"]
        return [f"本院{c.extra['first']}原告{a}诉被告{r}{c.extra['cause']}一案，本院作出一审判决后，{r}不服，提起上诉。"
                f"河北省邯郸市中级人民法院于{cn_date(c.basis_effective - timedelta(days=12))}作出{c.basis_number}民事判决："
                f"驳回上诉，维持原判。该判决为终审判决，已于{cn_date(c.basis_effective)}发生法律效力。", "特此证明。"]
    raise KeyError(code)


def _letter(s: CgSheet, y: float, title: str, number: str, rng: random.Random) -> float:
    s.centred(y, COURT, font("serif_bold", 54), spacing=6)
    y += mm(14)
    s.centred(y, title, font("serif_bold", 66), spacing=26 if len(title) < 6 else 10)
    y += mm(15)
    if number:
        s.right(A4[0] - mm(26), y, number, font("serif", 38))
        y += mm(12)
    return y


def _number(code: str, c: CaseCtx) -> str:
    if code == "effectiveness_certificate":
        return ""
    return c.number


def _typed(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = CgSheet()
    sheets: list[Sheet] = [s]
    title = TITLES[code]
    if code == "dishonest_list_decision":
        title = "决定书"
    y = _letter(s, mm(24), title if code != "effectiveness_certificate" else "生 效 证 明 书", _number(code, c), rng)
    body = font("serif", 40)

    def more() -> tuple[Sheet, float]:
        n = CgSheet()
        sheets.append(n)
        return n, mm(26)

    blocks = [("p", t) for t in _paragraphs(code, c, served)]
    if blocks[0][1].endswith("："):
        blocks[0] = ("f", blocks[0][1])
    y = flow(s, blocks, body, x0=mm(28), width=A4[0] - mm(56), y=y, line_height=mm(8.6), indent=mm(9.5),
             bottom=A4[1] - mm(60), more=more)
    last = sheets[-1]
    assert isinstance(last, CgSheet)
    if code in ("enforcement_ruling", "termination_this_round_ruling"):
        if y > A4[1] - mm(95):
            last, y = more()
        for role, name in (("审 判 长", c.judge), ("审 判 员", person_name(rng)), ("审 判 员", c.officer)):
            last.text(A4[0] - mm(90), y + mm(4), f"{role}　　{name}", body)
            y += mm(9)
    else:
        if y > A4[1] - mm(70):
            last, y = more()
    day = {"acceptance_notice": c.filed_on, "payment_notice": c.filed_on, "closing_notice": c.closed_on,
           "termination_this_round_ruling": c.closed_on - timedelta(days=3), "effectiveness_certificate": c.filed_on}.get(
        code, c.day(rng.randint(3, 40)))
    last.right(A4[0] - mm(32), y + mm(14), cn_date(day), body)
    seal(last, A4[0] - mm(60), y + mm(14), COURT, rng)
    if code in ("enforcement_ruling", "termination_this_round_ruling"):
        last.text(A4[0] - mm(90), y + mm(30), f"书 记 员　　{c.clerk}", body)
    elif code != "effectiveness_certificate":
        last.text(mm(28), A4[1] - mm(30), f"联系人：{c.officer}　　电话：{c.court.phone}　　地址：{c.court.address}",
                  font("serif", 30))
    if len(sheets) > 1:
        for i, sh in enumerate(sheets):
            sh.page_of = (i + 1, len(sheets))
            sh.centred(A4[1] - mm(16), f"第{i + 1}页 共{len(sheets)}页", font("serif", 30))
    return sheets


def _form(title: str, rows: list[list[str]], c: CaseCtx, rng: random.Random, *, fills: Sequence[tuple[float, str]] = (),
          colour: bool = False, heights: Sequence[float] | None = None, cols: Sequence[float] | None = None) -> CgSheet:
    """A form of the bureau's own: hei headings in a ruled table, the case number above it."""
    s = CgSheet(colour=colour)
    s.centred(mm(22), COURT, font("hei", 44))
    s.centred(mm(34), title, font("hei", 60), spacing=12)
    s.text(mm(22), mm(50), f"案号：{c.number}", font("hei", 34))
    w = A4[0] - mm(44)
    table(s, mm(22), mm(58), cols or [mm(42), w - mm(42)], rows, font("hei", 34),
          row_h=heights or [mm(14)] * len(rows))
    for y, text in fills:
        hand(s, mm(72), y, text, rng, size=40)
    return s


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in TITLES:
        return _typed(code, c, rng, served)
    a, r = c.applicant.name, c.respondent.name
    if code == "service_receipt":
        what = "、".join(TITLES.get(x, x) for x in served) or "执行通知书"
        to = a if any(x in ("closing_notice", "acceptance_notice") for x in served) else r
        rows = [["送达文书", f"{c.number}{what}"], ["受送达人", to], ["送达地址", c.applicant.address if to == a else c.respondent.address],
                ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送达人", f"{c.officer}　{c.clerk}"],
                ["备考", ""]]
        s = _form("送 达 回 证", rows, c, rng, heights=[mm(22), mm(16), mm(18), mm(30), mm(18), mm(14), mm(14), mm(26)])
        y = mm(58) + mm(22) + mm(16) + mm(18)
        signature(s, mm(80), y + mm(6), to if to == a else c.respondent.legal_rep, rng)
        day = c.day(rng.randint(2, 60))
        if "termination_this_round_ruling" in served:  # served after the 终本 ruling it names (made 3 days before closing)
            day = max(day, c.closed_on - timedelta(days=rng.randint(0, 2)))
        hand(s, mm(130), y + mm(18), num_date(day), rng, size=34)
        return [s]
    if code == "closing_approval_form":
        how = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
        rows = [["案　　号", c.number], ["申请执行人", a], ["被执行人", r], ["执行标的", money(c.amount)],
                ["执行依据", _basis(c)], ["结案方式", how], ["执行情况", ""], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
        s = _form("执行案件结案审批表", rows, c, rng, heights=[mm(13)] * 5 + [mm(13), mm(40), mm(24), mm(22), mm(22)])
        y0 = mm(58) + mm(13) * 6
        story = {"car": "扣押车辆经司法拍卖成交，价款已发放申请执行人", "yard": "查控无财产，现场调查煤场停业，申请执行人无线索",
                 "coke": "冻结账户后被执行人主动履行，案款已发放"}[c.extra["story"]]
        hand(s, mm(70), y0 + mm(4), story, rng, size=34)
        hand(s, mm(70), y0 + mm(44), f"拟以{how}方式结案。{c.officer}", rng, size=36)
        hand(s, mm(70), y0 + mm(68), "同意。", rng, size=38)
        hand(s, mm(70), y0 + mm(90), f"同意结案。{num_date(c.closed_on)}", rng, size=38)
        return [s]
    if code == "interview_record":
        return _record("约谈笔录", c, rng, [
            ("问", f"本院执行的{c.number}案件，经网络查控及现场调查，未发现被执行人{r}有可供执行的财产，你是否了解？"),
            ("答", "了解。"), ("问", "你能否提供被执行人其他财产线索？"),
            ("答", "暂时提供不了，他们的煤场早就不干了，法定代表人也找不到。"),
            ("问", "本院拟对本案终结本次执行程序，发现财产后你可以申请恢复执行，你有何意见？"), ("答", "没有意见。")], a)
    if code == "investigation_record":
        return _record("现场调查笔录", c, rng, [
            ("地点", f"{c.extra.get('yard', c.respondent.address)}"),
            ("情况", f"执行人员{c.officer}、{c.clerk}到达被执行人{r}经营的煤场，大门锁闭，场内无存煤、无车辆及设备，"
                   "院内杂草丛生。"),
            ("问", "（向相邻商户）这个煤场什么时候停业的？"), ("答", "去年秋天就没人了，听说欠了不少钱。"),
            ("结论", "被执行人经营场所已停业，无可供执行财产，已拍照存卷。")], "邻居　" + person_name(rng))
    if code == "dossier_cover":
        s = CgSheet(colour=True)
        s.draw.rectangle((0, 0, A4[0], A4[1]), fill=(228, 214, 176))
        s.box(mm(18), mm(18), A4[0] - mm(18), A4[1] - mm(18), width=4)
        s.centred(mm(40), COURT, font("serif_bold", 64), spacing=8)
        s.centred(mm(62), "执 行 卷 宗", font("serif_bold", 96), spacing=20)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", a], ["被执行人", r],
                ["执行标的", money(c.amount)], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["执行法官", c.officer], ["书记员", c.clerk], ["归档日期", cn_date(c.closed_on + timedelta(days=20))],
                ["保管期限", "长期"]]
        table(s, mm(30), mm(92), [mm(42), A4[0] - mm(102)], rows, font("serif", 38), row_h=mm(15))
        return [s]
    if code == "catalogue":
        names = ["执行申请书", _basis(c), "生效证明书", "财产线索表", "诉讼费收据", "身份证明", "授权委托书", "律师事务所函",
                 "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书", "缴纳执行费通知书", "执行通知书",
                 "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "执行和解协议", "案款发放凭证",
                 "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["序号", "文件名称", "页号"]] + [[str(i + 1), n, str(i * 2 + 1)] for i, n in enumerate(names)]
        s = CgSheet()
        s.centred(mm(20), "卷 内 目 录", font("serif_bold", 60), spacing=10)
        s.text(mm(20), mm(34), f"{c.number}", font("serif", 32))
        table(s, mm(20), mm(42), [mm(18), A4[0] - mm(78), mm(20)], rows, font("serif", 28), row_h=mm(8.8))
        return [s]
    if code == "file_review_form":
        rows = [["案号", c.number], ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)],
                ["卷内材料是否齐全", ""], ["文书是否送达", ""], ["案款是否发放完毕", ""], ["复核人意见", ""], ["复核人/日期", ""]]
        s = _form("执行案件卷宗复核表", rows, c, rng, heights=[mm(14)] * 6 + [mm(36), mm(18)], cols=[mm(55), A4[0] - mm(99)])
        y = mm(58) + mm(14) * 3
        for k, t in enumerate(["齐全", "已全部送达", "已发放"]):
            hand(s, mm(85), y + mm(14) * k + mm(2), t, rng, size=38)
        hand(s, mm(85), y + mm(45), "材料齐全，同意归档。", rng, size=38)
        signature(s, mm(85), y + mm(78), person_name(rng), rng, ink=BLUE_INK)
        return [s]
    if code == "remarks_sheet":
        s = CgSheet()
        s.centred(mm(24), "备　考　表", font("serif_bold", 62))
        s.box(mm(24), mm(44), A4[0] - mm(24), A4[1] - mm(40), width=3)
        s.text(mm(32), mm(54), f"本卷共{rng.randint(58, 76)}页，其中文字材料{rng.randint(50, 56)}页，照片{rng.randint(2, 4)}张。",
               font("serif", 38))
        s.text(mm(32), mm(68), f"案号：{c.number}", font("serif", 38))
        s.text(mm(110), A4[1] - mm(80), "立卷人：", font("serif", 38))
        signature(s, mm(140), A4[1] - mm(82), c.clerk, rng)
        s.text(mm(110), A4[1] - mm(64), "检查人：", font("serif", 38))
        signature(s, mm(140), A4[1] - mm(66), c.officer, rng)
        s.text(mm(110), A4[1] - mm(50), cn_date(c.closed_on + timedelta(days=20)), font("serif", 38))
        return [s]
    raise KeyError(code)


def _record(title: str, c: CaseCtx, rng: random.Random, qa: list[tuple[str, str]], who: str) -> list[Sheet]:
    s = CgSheet()
    s.centred(mm(22), title, font("song_gb", 64), spacing=14)
    f = font("song_gb", 38)
    y: float = mm(40)
    for line in [f"时间：{cn_date(c.closed_on - timedelta(days=rng.randint(8, 20)))}上午10时", "地点：本院执行局",
                 f"执行人员：{c.officer}　　记录人：{c.clerk}", f"案号：{c.number}", f"被调查（约谈）人：{who}"]:
        s.text(mm(24), y, line, f)
        y += mm(9)
    y = flow(s, [("p", f"{k}：{v}") for k, v in qa], f, x0=mm(24), width=A4[0] - mm(48), y=y + mm(4),
             line_height=mm(9), indent=0)
    hand(s, mm(110), y + mm(10), "以上笔录我看过，与我说的一样。", rng, size=38)
    signature(s, mm(140), y + mm(24), who.split("　")[-1], rng)
    s.text(mm(24), A4[1] - mm(26), f"执行人员：{c.officer}　记录人：{c.clerk}", f)
    return [s]


# ---------------------------------------------------------------- papers received from others

def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    from dossier.corpus.families.court_cg_papers import paper
    return paper(code, c, rng, served)
