"""court_br (河北省保定市莲池区人民法院, held out): a district court in the old city of 保定 — 白沟 luggage makers
selling to the city's wholesalers, building-material yards on the 东三环, 驴肉火烧 shops on every street. The bureau
prints its papers in a plain house style (red court name, black title, 冀0606 numbers); the papers it receives keep
their authors' ways: the 保定中院's 二审 judgment, the 保定仲裁委员会's award, the district labour tribunal's 裁决书,
lawyers' 所函, banks' receipts, the parties' forms filled by hand. The archive's contractor scans them all to 1-bit
(court_br_capture)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import (
    USCC,
    CaseCtx,
    Party,
    cn_date,
    credit_code,
    id_number,
    money,
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font
from dossier.corpus.paper import stamp

COURT = "河北省保定市莲池区人民法院"
MID = "河北省保定市中级人民法院"
ARB = "保定仲裁委员会"
LABOUR = "保定市莲池区劳动人事争议仲裁委员会"
LAW = "《中华人民共和国民事诉讼法》"
BAG_SEQ, STONE_SEQ, DONKEY_SEQ = 45116, 45388, 45702
PENCIL = (150, 150, 150)

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "acceptance_notice", "payment_notice", "enforcement_notice",
    "property_report_order", "property_declaration_form", "online_inquiry_result", "enforcement_ruling",
    "assistance_notice", "settlement_agreement", "payment_voucher", "closing_notice", "closing_approval_form",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "closing_notice": "结案通知书",
    "assistance_notice": "协助执行通知书",
}


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """保定 parties for the three stories, told apart by the case's seq."""
    street = rng.choice(["五四路", "裕华西路", "东风中路", "七一东路", "朝阳南大街"])
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["resp_bank"] = rng.choice(["中国工商银行保定裕华支行", "河北银行保定分行营业部", "保定银行莲池支行"])
    c.extra["resp_acct"] = f"04090{rng.randint(10**13, 10**14 - 1)}"
    c.extra["acct_bank"] = rng.choice(["中国农业银行保定东关支行", "中国建设银行保定朝阳支行", "邮储银行保定市莲池区支行"])
    c.extra["acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["trial_judge"] = person_name(rng)
    c.firm = rng.choice(["河北冀中律师事务所", "河北保府律师事务所", "河北直隶律师事务所"])
    c.extra["firm_addr"] = f"保定市竞秀区{rng.choice(['朝阳北大街', '复兴中路', '东风西路'])}{rng.randint(100, 999)}号"
    c.extra["lic_no"] = f"1130620{rng.randint(10, 20)}1{rng.randint(1000000, 9999999)}"
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["story"] = {BAG_SEQ: "bag", STONE_SEQ: "stone", DONKEY_SEQ: "donkey"}.get(seq, "bag")
    rep = person_name(rng)
    if c.extra["story"] == "bag":
        c.applicant = Party(f"高碑店市白沟新城{rng.choice(['鑫润', '嘉禾', '恒泰'])}箱包制造有限公司", "organisation",
                            credit_code(rng, "130684"), f"河北省保定市白沟新城{rng.choice(['和道国际箱包城', '华中路'])}"
                            f"{rng.randint(10, 300)}号", f"0312-28{rng.randint(10000, 99999)}", legal_rep=rep)
        c.respondent = Party(f"保定{rng.choice(['安泰', '凯隆', '广源'])}商贸有限公司", "organisation", credit_code(rng, "130606"),
                             f"河北省保定市莲池区{street}{rng.randint(10, 400)}号", f"0312-30{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "judgment"
        c.basis_court = MID
        c.basis_number = f"（2023）冀06民终{rng.randint(3000, 8999)}号"
        c.extra["first_number"] = f"（2023）冀0606民初{rng.randint(1000, 9999)}号"
        c.amount = Decimal(rng.randint(18000000, 46000000)) / 100
        c.extra["goods"] = "拉杆箱、双肩背包、旅行包"
    elif c.extra["story"] == "stone":
        c.applicant = Party(f"保定{rng.choice(['东润', '金石', '华冠'])}建材有限公司", "organisation", credit_code(rng, "130606"),
                            f"河北省保定市莲池区东三环{rng.randint(100, 999)}号", f"0312-31{rng.randint(10000, 99999)}",
                            legal_rep=rep)
        c.respondent = Party(f"保定{rng.choice(['盛世', '永和', '德源'])}建筑装饰工程有限公司", "organisation",
                             credit_code(rng, "130602"), f"河北省保定市竞秀区{rng.choice(['乐凯北大街', '天威西路'])}"
                             f"{rng.randint(10, 700)}号", f"0312-59{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = ARB
        c.basis_number = f"（2023）保仲裁字第{rng.randint(100, 999)}号"
        c.amount = Decimal(rng.randint(26000000, 68000000)) / 100
        c.extra["goods"] = "瓷砖、石膏板、轻钢龙骨"
        c.extra["site"] = f"{rng.choice(['莲池区和平里', '竞秀区东金庄', '莲池区南关'])}回迁安置项目"
    else:
        born = date(rng.randint(1970, 1996), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, rng.choice(["130606", "130627", "130633"]), born),
                            f"河北省保定市莲池区{rng.choice(['南关', '西关', '东关'])}{rng.randint(1, 30)}号院",
                            f"15{rng.randint(100000000, 999999999)}", born=born, sex=rng.choice("男女"))
        shop = f"保定市莲池区{rng.choice(['老槐茂', '府前街', '马号'])}{rng.choice(['驴肉火烧', '漕河驴肉火烧'])}店"
        c.respondent = Party(shop, "organisation", _shop_code(rng),
                             f"河北省保定市莲池区{street}{rng.randint(1, 300)}号", f"13{rng.randint(100000000, 999999999)}",
                             legal_rep=person_name(rng))
        c.basis_kind = "arbitration"
        c.basis_court = LABOUR
        c.basis_number = f"保莲劳人仲案字〔2023〕第{rng.randint(100, 999)}号"
        c.amount = Decimal(rng.randint(1500000, 2900000)) / 100
        c.extra["months"] = rng.randint(4, 8)
        c.firm = "河北保府律师事务所"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 90))
    c.extra["pay_day"] = c.day(rng.randint(30, 50))


def _shop_code(rng: random.Random) -> str:
    """A 个体工商户's credit code (category 92), its GB 32100 check character computed like content.credit_code's."""
    body = credit_code(rng, "130606")[:-1].replace("91", "92", 1)
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + USCC[0 if check == 31 else check]


# ---------------------------------------------------------------- shared strokes

def _sheet(c: CaseCtx, tint: int = 255) -> Sheet:
    s = Sheet(paper=(tint, tint, max(0, tint - 4)))
    s.__dict__["br_case"] = c.number  # the capture numbers the pages of one dossier in turn
    return s


def _body(c: CaseCtx) -> str:
    return {"judgment": f"{MID}{c.basis_number}民事判决书", "arbitration": f"{c.basis_court}{c.basis_number}裁决书"}[
        "judgment" if c.basis_court == MID else "arbitration"]


def _pencil(s: Sheet, x: float, y: float, text: str, rng: random.Random) -> None:
    """The undertaker's or archivist's light pencil note (the 1-bit scan breaks it up)."""
    hand(s, x, y, text, rng, size=mm(4.6), ink=PENCIL, record=False)


def _court_head(s: Sheet, title: str, number: str, rng: random.Random) -> float:
    s.centred(mm(24), COURT, font("serif_bold", mm(8.2)), spacing=mm(1.2), fill=RED)
    s.centred(mm(38), title, font("serif_bold", mm(9)), spacing=mm(2.2))
    y = mm(53)
    if number:
        s.right(s.width - mm(27), y, number, font("song_gb", mm(5)))
        y += mm(11)
    return y


def _court_paper(c: CaseCtx, rng: random.Random, title: str, number: str, to: str, blocks: list[str],
                 *, copy: str = "", signers: tuple[tuple[str, str], ...] = (), when: date | None = None) -> list[Sheet]:
    """The bureau's own notice or ruling: red court name, black title, 仿宋-like body, the court seal on the date."""
    sheets = [_sheet(c)]
    s = sheets[0]
    f = font("song_gb", mm(5.3))
    y = _court_head(s, title, number, rng)
    if copy:
        s.text(mm(27), mm(53), copy, font("hei", mm(4.5)))

    def more() -> tuple[Sheet, float]:
        sheets.append(_sheet(c))
        return sheets[-1], float(mm(26))
    if to:
        s.text(mm(28), y, to, f)
        y += mm(9.5)
    y = flow(s, [("p", b) for b in blocks], f, x0=mm(28), width=s.width - mm(56), y=y, line_height=mm(9.5),
             indent=mm(10.6), bottom=s.height - mm(40), more=more)
    last = sheets[-1]
    if y > last.height - mm(75) - len(signers) * mm(9):
        last, y = more()
    y += mm(12)
    for role, name in signers:
        last.text(last.width - mm(90), y, f"{role}    {name}", f)
        y += mm(9)
    y += mm(10) if signers else 0
    last.right(last.width - mm(36), y, COURT.removeprefix("河北省"), f)
    last.right(last.width - mm(40), y + mm(10), cn_date(when or c.day(rng.randint(2, 6))), f)
    seal(last, last.width - mm(65), y + mm(5), COURT, rng)
    if len(sheets) > 1:
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(18), f"第{n}页  共{len(sheets)}页", font("song_gb", mm(3.8)))
            sh.page_of = (n, len(sheets))
    return sheets


def _form_title(s: Sheet, title: str, y: float, *, issuer: str = COURT, face: str = "hei") -> float:
    if issuer:
        s.centred(y, issuer, font("song_gb", mm(5.2)))
        y += mm(9)
    s.centred(y, title, font(face, mm(7.6)), spacing=mm(1.4))
    return y + mm(14)


# ---------------------------------------------------------------- the bureau's own papers

def _notice(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    basis = _body(c)
    a, r = c.applicant.name, c.respondent.name
    if code == "acceptance_notice":
        return _court_paper(c, rng, "受理案件通知书", c.number, f"{a}：", [
            f"你（单位）申请执行{r}{'追索劳动报酬' if c.extra['story'] == 'donkey' else '合同纠纷'}一案，申请执行依据为{basis}。"
            "经审查，符合法定受理条件，本院决定立案执行。",
            f"本案承办人：{c.officer}，联系电话：{c.court.phone}。请你（单位）如实提供被执行人的财产线索；"
            "案件执行中如收到被执行人直接给付的款项，应在三日内告知本院。",
            "特此通知。"])
    if code == "payment_notice":
        fee = c.extra["exec_fee"]
        return _court_paper(c, rng, "缴纳执行费通知书", c.number, f"{r}：", [
            f"{a}申请执行你单位一案，依照《诉讼费用交纳办法》第十条、第二十条之规定，本案执行申请费{fee}元，"
            "由被执行人负担，与执行标的款一并交纳。",
            "请于接到本通知之日起七日内交至本院执行款专户（开户行：中国建设银行保定裕华支行）。逾期未交，本院将依法强制扣收。"])
    if code == "enforcement_notice":
        return _court_paper(c, rng, "执行通知书", c.number, f"{r}：", [
            f"{a}申请执行你单位一案，{basis}已经发生法律效力。{a}于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
            f"依照{LAW}第二百四十七条、第二百五十二条之规定，责令你单位自本通知送达之日起立即履行下列义务：",
            f"一、给付{a}{money(c.amount)}；二、负担迟延履行期间的债务利息；三、负担执行费{c.extra['exec_fee']}元。",
            "逾期不履行的，本院将依法查封、冻结、扣划你单位的财产，并可将你单位纳入失信被执行人名单、限制高消费。"],
            copy="（存根）" if rng.random() < 0.5 else "")
    if code == "property_report_order":
        return _court_paper(c, rng, "报告财产令", c.number, f"{r}：", [
            f"本院在执行{a}申请执行你单位一案中，依照{LAW}第二百五十二条之规定，责令你单位在收到本令之日起五日内，"
            "如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写《财产申报表》。",
            "报告财产包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具、机器设备、"
            "产品、原材料等动产；债权、股权、投资权益；其他应当报告的财产。",
            "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"])
    if code == "closing_notice":
        return _court_paper(c, rng, "结案通知书", c.number, f"{a}：", [
            f"本院受理的你（单位）申请执行{r}一案，执行标的{money(c.amount)}。",
            f"执行中，{_performance(c)}，本案执行标的已全部执行到位，案款已于{num_date(c.closed_on - timedelta(days=4))}"
            "发放至你方确认的账户。",
            "依照最高人民法院《关于执行案件立案、结案若干问题的意见》第十五条第一款第（一）项之规定，本案以执行完毕方式结案。",
            "特此通知。"], when=c.closed_on - timedelta(days=2))
    return _assist(c, rng)


def _performance(c: CaseCtx) -> str:
    story = c.extra["story"]
    if story == "bag":
        return f"本院依法冻结并扣划被执行人在{c.extra['resp_bank']}账户内存款{c.amount:,.2f}元"
    if story == "stone":
        return "双方自愿达成执行和解协议，被执行人按协议分三期履行完毕"
    return "被执行人收到执行通知书后将拖欠的劳动报酬一次性交至本院执行款专户"


def _assist(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A 协助执行通知书 to the respondent's bank, with its tear-off 回执 at the foot."""
    s = _sheet(c)
    f = font("song_gb", mm(5.1))
    y = _court_head(s, "协助执行通知书", c.number, rng)
    s.text(mm(28), y, f"{c.extra['resp_bank']}：", f)
    y += mm(9)
    act = "扣划" if c.extra["story"] == "bag" else "冻结"
    y = flow(s, [("p", f"关于{c.applicant.name}申请执行{c.respondent.name}一案，本院作出的{c.number}执行裁定书已发生法律效力。"
                 f"请协助{act}被执行人{c.respondent.name}（统一社会信用代码{c.respondent.id_number}）在你行开立的"
                 f"账户{c.extra['resp_acct']}内的存款{c.amount:,.2f}元" + ("，划至本院执行款专户。" if act == "扣划" else
                 "，冻结期限一年。"))], f, x0=mm(28), width=s.width - mm(56), y=y, line_height=mm(9), indent=mm(10))
    y += mm(16)
    s.right(s.width - mm(36), y, cn_date(c.day(12)), f)
    seal(s, s.width - mm(62), y - mm(4), COURT, rng)
    y += mm(26)
    for x in range(mm(15), s.width - mm(15), mm(4)):
        s.line(x, y, x + mm(2), y, width=2)
    y += mm(6)
    s.centred(y, "协助执行回执", font("hei", mm(6)))
    y += mm(12)
    y = table(s, mm(25), y, [mm(40), s.width - mm(90)], [
        ["协助事项", f"{act}存款 {c.amount:,.2f} 元"], ["执行情况", f"已于{num_date(c.extra['pay_day'] if act == '扣划' else c.day(13))}{act}完毕"],
        ["经办人", ""], ["协助单位（盖章）", ""]], font("song_gb", mm(4.4)), row_h=mm(12))
    hand(s, mm(70), y - mm(21), person_name(rng), rng, size=mm(5.5), ink=INK)
    seal(s, mm(140), y - mm(10), c.extra["resp_bank"].split("银行")[0] + "银行业务专用章", rng, radius=mm(16))
    return [s]


def _ruling(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant.name, c.respondent.name
    order = (f"冻结、扣划被执行人{r}在{c.extra['resp_bank']}的银行存款{c.amount:,.2f}元。" if c.extra["story"] != "stone" else
             f"冻结被执行人{r}在{c.extra['resp_bank']}的银行存款{c.amount:,.2f}元，冻结期限一年。")
    blocks = [f"申请执行人：{a}，住所地{c.applicant.address}。", f"被执行人：{r}，住所地{c.respondent.address}。",
              f"本院在执行{a}与{r}一案中，{_body(c)}已经发生法律效力，被执行人未按执行通知履行义务。"
              f"依照{LAW}第二百四十九条、第二百五十条之规定，裁定如下：", order,
              "本裁定送达后即发生法律效力。"]
    return _court_paper(c, rng, "执行裁定书", c.number, "", blocks, when=c.day(11),
                        signers=(("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)))


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """莲池法院's 送达回证: a tall ruled grid, names written in by the process server, signed by the recipient."""
    s = _sheet(c)
    y = _form_title(s, "送 达 回 证", mm(26))
    to = c.applicant.name if any(x in ("acceptance_notice", "closing_notice") for x in served) else c.respondent.name
    docs = "、".join(NAMES.get(x, x) for x in served) + f"（{c.number}）"
    f = font("song_gb", mm(4.6))
    rows = [["案    由", "申请执行" + ("追索劳动报酬" if c.extra["story"] == "donkey" else "买卖合同纠纷")],
            ["送达文书", docs], ["受送达人", to], ["送达地址", c.respondent.address if to == c.respondent.name else
                                             c.applicant.address],
            ["受送达人签收", ""], ["代收人及代收理由", ""], ["送达方式", rng.choice(["直接送达", "留置送达", "邮寄送达"])],
            ["送达人", ""], ["备    注", ""]]
    heights = [mm(16), mm(30), mm(16), mm(20), mm(34), mm(22), mm(16), mm(18), mm(26)]
    table(s, mm(22), y, [mm(44), s.width - mm(88)], rows, f, row_h=heights, centre_first=True)
    yy = y + sum(heights[:4])
    signer = (c.respondent.legal_rep or to) if to == c.respondent.name else (
        c.applicant.name if c.applicant.kind == "person" else c.agent)
    hand(s, mm(85), yy + mm(6), signer, rng, size=mm(7), ink=INK)
    when = (c.closed_on if "closing_notice" in served else c.day(rng.randint(12, 16)) if "enforcement_ruling" in served
            else c.day(rng.randint(3, 8)))
    hand(s, mm(130), yy + mm(20), num_date(when), rng, size=mm(4.8))
    hand(s, mm(70), y + sum(heights[:7]) + mm(4), f"{c.officer}  {c.clerk}", rng, size=mm(5.5))
    if rng.random() < 0.5:
        _pencil(s, mm(140), mm(15), "已归", rng)
    return [s]


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c)
    y = _form_title(s, "执行案件结案审批表", mm(25))
    f = font("song_gb", mm(4.5))
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _body(c)], ["执行标的", money(c.amount)], ["执行到位", f"{c.amount:,.2f}元"],
            ["执行经过", _performance(c) + "。"], ["结案方式", "执行完毕"], ["承办人意见", ""], ["执行局长意见", ""]]
    heights = [mm(14), mm(20), mm(18), mm(14), mm(14), mm(40), mm(14), mm(34), mm(34)]
    table(s, mm(20), y, [mm(28), mm(62), mm(28), mm(52)], rows, f, row_h=heights)
    yy = y + sum(heights[:7])
    hand(s, mm(60), yy + mm(5), "已执行完毕，建议结案。", rng, size=mm(5.5))
    hand(s, mm(130), yy + mm(20), c.officer, rng, size=mm(5.5))
    hand(s, mm(65), yy + heights[7] + mm(6), "同意", rng, size=mm(7), ink=INK)
    hand(s, mm(130), yy + heights[7] + mm(20), f"{person_name(rng)} {c.closed_on.month}.{c.closed_on.day}", rng, size=mm(5))
    return [s]


# ---------------------------------------------------------------- received papers

def _judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """保定中院's 二审 judgment: court name over a letter-spaced title, —n— footers, 校对 stamp on the last page."""
    sheets = [_sheet(c)]
    s = sheets[0]
    f = font("serif", mm(5.1))
    s.centred(mm(30), MID, font("serif_bold", mm(7.4)), spacing=mm(0.8))
    s.centred(mm(44), "民 事 判 决 书", font("serif_bold", mm(10)), spacing=mm(3))
    s.right(s.width - mm(30), mm(62), c.basis_number, f)
    a, r = c.applicant, c.respondent
    owed = (c.amount * Decimal("0.93")).quantize(Decimal("0.01"))
    blocks = [
        ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
        ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，该公司执行董事。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服{COURT}{c.extra['first_number']}民事判决，向本院提起上诉。"
              "本院于2023年立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
        ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：被上诉人交付的{c.extra['goods']}"
              "部分存在拉链脱线、箱轮开裂等质量问题，上诉人已退回部分货物，一审认定欠款数额错误。"),
        ("p", f"{a.name}辩称：双方自2021年起持续供货，每批货物均经上诉人验收签字，上诉人从未在约定的七日异议期内"
              "提出质量异议，对账单亦经其财务人员盖章确认，一审判决认定事实清楚，请求驳回上诉。"),
        ("p", f"一审法院认定：{a.name}向{r.name}供应{c.extra['goods']}等箱包产品，截至2022年12月31日双方对账确认欠款"
              f"{owed:,.2f}元，{r.name}至今未付。一审法院判决{r.name}给付货款{owed:,.2f}元及逾期付款利息。"),
        ("p", "本院二审期间，当事人没有提交新证据。本院对一审查明的事实予以确认。"),
        ("p", "本院认为，上诉人对其收货及对账的事实并无异议，其主张的质量问题既未在约定期间内提出，亦未提交证据证明，"
              "本院不予采信。一审判决认定事实清楚，适用法律正确，应予维持。依照"
              f"{LAW}第一百七十七条第一款第一项之规定，判决如下："),
        ("f", "驳回上诉，维持原判。"),
        ("p", f"二审案件受理费{int(owed * Decimal('0.01')) + 50}元，由上诉人{r.name}负担。"), ("f", "本判决为终审判决。"),
    ]

    def more() -> tuple[Sheet, float]:
        sheets.append(_sheet(c))
        return sheets[-1], float(mm(28))
    y = flow(s, blocks, f, x0=mm(30), width=s.width - mm(58), y=mm(76), line_height=mm(9.2), indent=mm(10.2),
             bottom=s.height - mm(34), more=more)
    last = sheets[-1]
    if y > last.height - mm(110):
        last, y = more()
    y += mm(10)
    for i, (role, name) in enumerate((("审 判 长", person_name(rng)), ("审 判 员", person_name(rng)),
                                       ("审 判 员", c.extra["trial_judge"]))):
        last.text(last.width - mm(92), y + i * mm(9), f"{role}  {name}", f)
    y += mm(34)
    last.right(last.width - mm(34), y, cn_date(c.basis_effective - timedelta(days=9)), f)
    seal(last, last.width - mm(60), y, MID, rng)
    last.text(last.width - mm(92), y + mm(14), f"书 记 员  {person_name(rng)}", f)
    stamp(last, mm(30), y + mm(2), ["本件与原本核对无异"], rng, size_mm=4.2)
    for n, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(20), f"— {n} —", font("serif", mm(4)))
    return sheets


def _award(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A tribunal's award: the 保定仲裁委 in a boxed sans heading, the labour tribunal under a double rule."""
    sheets = [_sheet(c)]
    s = sheets[0]
    a, r = c.applicant, c.respondent
    labour = c.extra["story"] == "donkey"
    if labour:
        s.centred(mm(28), LABOUR, font("song_gb", mm(6.6)), spacing=mm(0.6))
        s.centred(mm(42), "仲 裁 裁 决 书", font("hei", mm(9)), spacing=mm(1.5))
        s.line(mm(24), mm(58), s.width - mm(24), mm(58), width=5, fill=RED)
        s.line(mm(24), mm(60), s.width - mm(24), mm(60), width=2, fill=RED)
        s.right(s.width - mm(28), mm(64), c.basis_number, font("song_gb", mm(4.8)))
        f = font("song_gb", mm(5.1))
        months = c.extra["months"]
        blocks = [("f", f"申请人：{a.name}，{a.sex}，{a.born.year if a.born else 1985}年生，住{a.address}，身份证号{a.id_number}。"),
                  ("f", f"被申请人：{r.name}（个体工商户），经营者{r.legal_rep}，经营场所{r.address}。"),
                  ("p", "申请人与被申请人劳动争议一案，本委于2023年受理，依法指定仲裁员独任仲裁，公开开庭进行了审理，"
                        "被申请人经书面通知无正当理由未到庭。本案现已审理终结。"),
                  ("p", f"申请人请求：被申请人支付拖欠的{months}个月工资{c.amount:,.2f}元。"),
                  ("p", f"经审理查明：申请人自2021年3月起在被申请人店内从事后厨煮肉、打火烧工作，月工资以微信转账发放，"
                        f"被申请人自2022年起停止支付工资，共拖欠{months}个月。申请人提交的考勤记录、微信聊天记录能够相互印证。"),
                  ("p", "本委认为，用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。依照《中华人民共和国"
                        "劳动合同法》第三十条、《中华人民共和国劳动争议调解仲裁法》第四十七条之规定，裁决如下："),
                  ("p", f"被申请人{r.name}于本裁决生效之日起五日内支付申请人{a.name}拖欠工资{c.amount:,.2f}元。"),
                  ("p", "本裁决为终局裁决，自作出之日起发生法律效力。劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内"
                        "向人民法院提起诉讼。")]
        y0 = mm(78)
    else:
        s.box(mm(22), mm(22), s.width - mm(22), mm(66), width=3)
        s.centred(mm(27), ARB, font("sans_bold", mm(8.5)), spacing=mm(2))
        s.centred(mm(41), "裁  决  书", font("sans_bold", mm(9.5)), spacing=mm(2))
        s.centred(mm(56), c.basis_number, font("sans", mm(4.8)))
        f = font("song_gb", mm(5))
        deal = (c.amount * Decimal("0.88")).quantize(Decimal("0.01"))
        blocks = [("f", f"申请人：{a.name}，住所{a.address}。法定代表人：{a.legal_rep}。"),
                  ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
                  ("f", f"被申请人：{r.name}，住所{r.address}。法定代表人：{r.legal_rep}。"),
                  ("p", f"{ARB}（以下简称本会）根据申请人与被申请人于2022年4月签订的《建筑材料购销合同》中的仲裁条款，"
                        "于2023年受理了双方之间的买卖合同纠纷案。本会依照《保定仲裁委员会仲裁规则》组成仲裁庭，"
                        "开庭审理了本案，现已审理终结。"),
                  ("c", "一、案情"),
                  ("p", f"申请人称：申请人按约向被申请人承建的{c.extra['site']}供应{c.extra['goods']}，货值{deal:,.2f}元，"
                        "被申请人仅支付部分货款，余款经多次催要未付。"),
                  ("c", "二、仲裁庭意见"),
                  ("p", "仲裁庭认为，双方签订的购销合同合法有效，送货单、结算单均有被申请人项目部人员签收，"
                        "被申请人未按约付款，应承担付款及违约责任。"),
                  ("c", "三、裁决"),
                  ("p", f"（一）被申请人向申请人支付货款及违约金共计{c.amount:,.2f}元；"),
                  ("p", "（二）本案仲裁费由被申请人承担。以上款项于本裁决送达之日起十日内付清。"),
                  ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        y0 = mm(78)

    def more() -> tuple[Sheet, float]:
        sheets.append(_sheet(c))
        return sheets[-1], float(mm(28))
    y = flow(s, blocks, f, x0=mm(28), width=s.width - mm(56), y=y0, line_height=mm(9), indent=mm(10),
             centre=font("hei", mm(5.2)), bottom=s.height - mm(34), more=more)
    last = sheets[-1]
    if y > last.height - mm(90):
        last, y = more()
    y += mm(12)
    last.right(last.width - mm(40), y, ("仲 裁 员  " if labour else "首席仲裁员  ") + person_name(rng), f)
    made = c.basis_effective if labour else c.basis_effective - timedelta(days=rng.randint(0, 15))  # 终局裁决: effective when made
    last.right(last.width - mm(40), y + mm(24), cn_date(made), f)
    seal(last, last.width - mm(66), y + mm(20), LABOUR if labour else ARB, rng)
    for n, sh in enumerate(sheets, 1):
        sh.right(sh.width - mm(26), sh.height - mm(20), f"第{n}页 共{len(sheets)}页", font("song_gb", mm(3.8)))
        sh.page_of = (n, len(sheets))
    return sheets


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c)
    body = c.basis_court
    labour = body == LABOUR
    s.centred(mm(40), body, font("song_gb", mm(6.5)))
    s.centred(mm(56), "生 效 证 明" if not labour else "仲裁裁决书生效证明书", font("hei", mm(9)), spacing=mm(1))
    f = font("song_gb", mm(5.4))
    text = (f"本委作出的{c.basis_number}裁决书（申请人{c.applicant.name}，被申请人{c.respondent.name}），"
            f"已于{num_date(c.basis_effective)}送达双方当事人。" +
            ("该裁决为终局裁决，用人单位未在法定期限内申请撤销，劳动者未提起诉讼，" if labour else
             "当事人在法定期限内未向人民法院申请撤销，") + f"该裁决书已于{num_date(c.basis_effective)}发生法律效力。")
    y = flow(s, [("p", text), ("p", "特此证明。")], f, x0=mm(30), width=s.width - mm(60), y=mm(84),
             line_height=mm(11), indent=mm(11))
    y += mm(22)
    s.right(s.width - mm(40), y, body, f)
    s.right(s.width - mm(42), y + mm(12), cn_date(c.basis_effective + timedelta(days=rng.randint(3, 20))), f)
    seal(s, s.width - mm(70), y + mm(6), body, rng)
    hand(s, mm(32), y + mm(50), "经办人：" + person_name(rng), rng, size=mm(5.2), ink=INK)
    return [s]


def _application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A lawyer's typed 强制执行申请书: party blocks flush, requests numbered, the firm's footer line."""
    s = _sheet(c)
    f = font("serif", mm(5))
    s.centred(mm(30), "强制执行申请书", font("serif_bold", mm(8.5)), spacing=mm(1))
    a, r = c.applicant, c.respondent
    who = (f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}出生，汉族，住{a.address}，公民身份号码{a.id_number}，"
           f"电话{a.phone}。" if a.kind == "person" and a.born else
           f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}。法定代表人：{a.legal_rep}。")
    blocks = [("f", who), ("f", f"委托代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"),
              ("f", f"被执行人：{r.name}，住所地{r.address}，{'经营者' if c.extra['story'] == 'donkey' else '法定代表人'}：{r.legal_rep}。"),
              ("h", "执行请求："), ("f", f"1．强制被执行人给付申请执行人{money(c.amount)}；"),
              ("f", "2．被执行人负担迟延履行期间的债务利息及本案执行费用。"), ("h", "事实与理由："),
              ("p", f"申请执行人与被执行人纠纷一案，经{_body(c)}确定，被执行人应向申请执行人给付上述款项。该文书已于"
                    f"{num_date(c.basis_effective)}发生法律效力，被执行人至今未履行。为维护申请执行人的合法权益，"
                    f"特依据{LAW}第二百四十七条之规定，向贵院申请强制执行。"),
              ("f", "此致"), ("f", COURT)]
    y = flow(s, blocks, f, x0=mm(27), width=s.width - mm(54), y=mm(50), line_height=mm(9), indent=mm(10))
    y += mm(14)
    s.right(s.width - mm(30), y, "申请执行人：", f)
    if a.kind == "person":
        signature(s, s.width - mm(60), y + mm(10), a.name, rng)
    else:
        seal(s, s.width - mm(55), y + mm(6), a.name, rng)
    s.right(s.width - mm(30), y + mm(28), num_date(c.filed_on - timedelta(days=2)), f)
    return [s]


def _letter(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c)
    s.text(mm(25), mm(20), c.firm, font("serif_bold", mm(7.5)), fill=(160, 30, 40))
    s.line(mm(25), mm(34), s.width - mm(25), mm(34), width=4, fill=(160, 30, 40))
    s.right(s.width - mm(25), mm(38), f"冀保律函字〔{c.filed_on.year}〕第{rng.randint(20, 380)}号", font("sans", mm(4)))
    s.centred(mm(52), "所    函", font("serif_bold", mm(9)))
    f = font("serif", mm(5.2))
    y = flow(s, [("f", f"{COURT}执行局："),
                 ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}"
                       f"执行一案的委托代理人。"), ("p", "特此函告。")], f, x0=mm(27), width=s.width - mm(54),
             y=mm(72), line_height=mm(10), indent=mm(10.4))
    s.text(mm(27), y + mm(12), "附：授权委托书一份", f)
    s.right(s.width - mm(32), y + mm(40), c.firm, f)
    s.right(s.width - mm(34), y + mm(52), cn_date(c.filed_on - timedelta(days=3)), f)
    seal(s, s.width - mm(60), y + mm(45), c.firm, rng)
    s.text(mm(25), s.height - mm(26), f"地址：{c.extra['firm_addr']}    电话：0312-50{rng.randint(10000, 99999)}",
           font("sans", mm(3.6)))
    return [s]


def _attorney(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c)
    s.centred(mm(32), "授 权 委 托 书", font("hei", mm(8.5)))
    f = font("song_gb", mm(5))
    rows = [["委托人", c.applicant.name], ["受托人", f"{c.agent}，{c.firm}律师"],
            ["案件", f"{c.applicant.name}申请执行{c.respondent.name}"],
            ["代理权限", "特别授权：代为申请执行，提供财产线索，参与执行和解，代收、代领执行款，签收法律文书"],
            ["委托期限", "自签订之日起至本案执行终结止"]]
    y = table(s, mm(24), mm(52), [mm(34), s.width - mm(82)], rows, f, row_h=[mm(16), mm(16), mm(20), mm(32), mm(16)],
              centre_first=True)
    s.text(mm(28), y + mm(14), "委托人（签章）：", f)
    if c.applicant.kind == "person":
        signature(s, mm(80), y + mm(10), c.applicant.name, rng)
        for k in range(7):  # the thumbprint's ridges in red ink-pad paste
            d = k * mm(0.8)
            s.draw.ellipse((mm(112) + d, y + mm(10) + d, mm(124) - d, y + mm(24) - d), outline=(215, 75, 75), width=3)
    else:
        seal(s, mm(95), y + mm(22), c.applicant.name, rng)
    s.text(mm(28), y + mm(40), "受托人（签名）：", f)
    signature(s, mm(80), y + mm(36), c.agent, rng)
    s.right(s.width - mm(30), y + mm(62), f"{c.filed_on.year}年{c.filed_on.month}月{max(1, c.filed_on.day - 3)}日", f)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """A photocopy of the lawyer's 执业证 page: a framed card on the copy with its own grey."""
    s = _sheet(c)
    x0, y0 = mm(40), mm(50)
    s.draw.rectangle((x0, y0, s.width - mm(40), y0 + mm(115)), fill=(232, 232, 232), outline=INK, width=3)
    s.centred(y0 + mm(8), "中华人民共和国律师执业证", font("serif_bold", mm(6.5)))
    s.draw.rectangle((x0 + mm(8), y0 + mm(24), x0 + mm(38), y0 + mm(64)), fill=(150, 150, 150))
    f = font("sans", mm(4.3))
    for i, line in enumerate((f"执业机构  {c.firm}", "执业证类别  专职", f"执业证号  {c.extra['lic_no']}",
                              f"持证人  {c.agent}", "发证机关  河北省司法厅", f"发证日期  {2015 + rng.randint(0, 6)}年6月3日")):
        s.text(x0 + mm(45), y0 + mm(26) + i * mm(12), line, f)
    seal(s, s.width - mm(70), y0 + mm(90), "河北省司法厅", rng, radius=mm(15))
    stamp(s, mm(40), y0 + mm(135), ["与原件核对一致", f"核对人：{c.agent}"], rng, size_mm=4.2, colour=INK)
    return [s]


def _identity(c: CaseCtx, rng: random.Random, whose: str) -> list[Sheet]:
    p = c.respondent if whose == "respondent" else c.applicant
    s = _sheet(c)
    if p.kind == "person":
        s.centred(mm(20), "身份证复印件", font("hei", mm(6)))
        x0, y0 = mm(45), mm(40)
        w, h = mm(120), mm(76)
        s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(4), fill=(225, 225, 225), outline=(90, 90, 90), width=3)
        f = font("hei", mm(3.9))
        born = p.born or date(1985, 1, 1)
        lines = [f"姓名  {p.name}", f"性别  {p.sex}    民族  汉", f"出生  {born.year}年{born.month}月{born.day}日",
                 f"住址  {p.address[:13]}", f"      {p.address[13:]}", f"公民身份号码  {p.id_number}"]
        for i, ln in enumerate(lines):
            s.text(x0 + mm(6), y0 + mm(8) + i * mm(10.5), ln, f)
        s.draw.rectangle((x0 + w - mm(34), y0 + mm(10), x0 + w - mm(6), y0 + mm(46)), fill=(120, 120, 120))
        y1 = y0 + h + mm(12)
        s.draw.rounded_rectangle((x0, y1, x0 + w, y1 + h), radius=mm(4), fill=(225, 225, 225), outline=(90, 90, 90), width=3)
        s.centred(y1 + mm(14), "中华人民共和国", font("hei", mm(6)))
        s.centred(y1 + mm(26), "居民身份证", font("hei", mm(7.5)), spacing=mm(1))
        s.text(x0 + mm(8), y1 + mm(50), "签发机关  保定市公安局莲池分局", f)
        s.text(x0 + mm(8), y1 + mm(60), "有效期限  2016.05.11-2036.05.11", f)
        hand(s, mm(50), y1 + h + mm(16), f"此复印件仅供法院执行使用 {p.name}", rng, size=mm(5.5))
        return [s]
    y = _form_title(s, "营业执照（副本）", mm(30), issuer="", face="serif_bold")
    s.box(mm(20), mm(20), s.width - mm(20), mm(200), width=6)
    f = font("serif", mm(4.5))
    shop = "个体工商户" if p.id_number.startswith("92") else "有限责任公司（自然人投资或控股）"
    rows = [("统一社会信用代码", p.id_number), ("名      称", p.name), ("类      型", shop),
            ("经营者" if shop == "个体工商户" else "法定代表人", p.legal_rep),
            ("经营范围", "餐饮服务（小型餐馆）" if shop == "个体工商户" else "箱包、皮具制造销售；建筑材料销售"),
            ("住      所", p.address), ("成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日")]
    for i, (k, v) in enumerate(rows):
        s.text(mm(32), y + mm(8) + i * mm(13), k, f)
        s.text(mm(75), y + mm(8) + i * mm(13), v, f)
    seal(s, s.width - mm(62), mm(176), "保定市莲池区行政审批局", rng, radius=mm(17))
    s.text(mm(32), mm(215), "（复印件，与原件一致）", font("kai", mm(5)))
    if shop == "个体工商户":  # a small shop has no seal: the 经营者 signs the copy
        signature(s, mm(100), mm(212), p.legal_rep, rng, ink=BLUE_INK)
    else:
        seal(s, mm(70), mm(238), p.name, rng, radius=mm(18))
    return [s]


def _hand_form(c: CaseCtx, rng: random.Random, title: str, rows: list[tuple[str, str]], *,
               signer: str, tint: int = 255) -> list[Sheet]:
    """A printed court form the party fills in by hand (blue ball-pen) and signs."""
    s = _sheet(c, tint)
    y = _form_title(s, title, mm(24))
    s.text(mm(22), y - mm(3), f"案号：{c.number}", font("song_gb", mm(4.3)))
    y += mm(6)
    f = font("song_gb", mm(4.5))
    heights = [mm(22) if len(v) > 22 else mm(15) for _, v in rows]
    table(s, mm(22), y, [mm(46), s.width - mm(90)], [[k, ""] for k, _ in rows], f, row_h=heights, centre_first=True)
    for (_, v), h in zip(rows, heights, strict=True):
        parts = [v[i:i + 22] for i in range(0, len(v), 22)] or [""]
        for j, part in enumerate(parts[:2]):
            hand(s, mm(72), y + mm(3) + j * mm(8), part, rng, size=mm(4.8))
        y += h
    s.text(mm(24), y + mm(14), "填写人（签名或盖章）：", f)
    if signer:
        signature(s, mm(80), y + mm(10), signer, rng, ink=BLUE_INK)
    else:
        seal(s, mm(90), y + mm(18), c.applicant.name, rng)
    hand(s, s.width - mm(70), y + mm(30), num_date(c.filed_on), rng, size=mm(5))
    return [s]


def _clue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    clue = {"bag": f"{c.extra['resp_bank']}基本户，帐号{c.extra['resp_acct']}",
            "stone": f"被执行人在{c.extra.get('site', '')}项目有未结工程款；{c.extra['resp_bank']}有存款",
            "donkey": "店面在营业，收款用微信二维码，店里有冰柜、蒸锅"}[c.extra["story"]]
    signer = c.applicant.name if c.applicant.kind == "person" else c.agent
    return _hand_form(c, rng, "被执行人财产线索表", [("被执行人", r.name), ("住所地", r.address), ("联系电话", r.phone),
                                                    ("银行账户", clue), ("不动产", "不详"), ("车辆", "不详"),
                                                    ("其他财产", "无" if c.extra["story"] != "donkey" else "门店装修及设备")],
                      signer=signer)


def _account(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The window's account confirmation: a printed undertaking, then ruled blanks filled in by hand."""
    name = c.applicant.name
    s = _sheet(c, 250)
    s.centred(mm(26), "执行案款收取账户确认书", font("song_gb", mm(7.2)), spacing=mm(0.8))
    f = font("song_gb", mm(4.8))
    y = flow(s, [("f", f"{COURT}："),
                 ("p", f"在你院执行的{c.number}案件中，本人（单位）确认下列账户为接收执行案款的唯一账户。如账户信息有误或"
                       "变更未及时书面告知，由此造成案款发放错误、延误的后果由本人（单位）承担。")],
             f, x0=mm(26), width=s.width - mm(52), y=mm(46), line_height=mm(9), indent=mm(9.6))
    y += mm(8)
    for label, value in (("收款人（户名）", name), ("开 户 行", c.extra["acct_bank"]), ("账    号", c.extra["acct"]),
                         ("联系电话", c.applicant.phone)):
        s.text(mm(30), y, label + "：", f)
        s.line(mm(72), y + mm(7), s.width - mm(30), y + mm(7), width=2)
        hand(s, mm(76), y - mm(1), value, rng, size=mm(5.2))
        y += mm(16)
    s.text(mm(30), y + mm(8), "确认人（签名、捺印或盖章）：", f)
    if c.applicant.kind == "person":
        signature(s, mm(100), y + mm(4), name, rng, ink=BLUE_INK)
    else:
        seal(s, mm(110), y + mm(12), name, rng)
    hand(s, s.width - mm(75), y + mm(28), num_date(c.filed_on), rng, size=mm(5))
    s.text(mm(30), s.height - mm(40), "注：本确认书由申请执行人在立案时填写，单位应加盖公章，个人应附身份证复印件。",
           font("song_gb", mm(3.8)))
    return [s]


def _address(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a = c.applicant
    sheets = _hand_form(c, rng, "送达地址确认书", [("受送达人", a.name), ("送达地址", a.address), ("收件人", c.agent),
                                              ("手机号码", c.agent_phone), ("是否同意电子送达", "同意"),
                                              ("电子邮箱/微信", f"{c.agent_phone}")],
                        signer=c.agent)
    s = sheets[0]
    y = s.height - mm(95)
    s.box(mm(22), y, s.width - mm(22), y + mm(40), width=2)
    flow(s, [("f", "告知事项：1．当事人应如实提供确切的送达地址；2．确认的送达地址适用于执行程序；3．送达地址变更的，"
                   "应及时书面告知本院，未告知的，按原地址送达视为已送达。")], font("song_gb", mm(4)),
         x0=mm(26), width=s.width - mm(52), y=y + mm(4), line_height=mm(7.4), indent=0)
    return sheets


def _declaration(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    r = c.respondent
    bank = f"{c.extra['resp_bank']} 余额约{int(c.amount * Decimal('1.1'))}元" if c.extra["story"] == "bag" else \
        "账户已无余额" if c.extra["story"] == "stone" else "微信收款，没有对公户"
    return _hand_form(c, rng, "财产申报表", [("申报人", r.name), ("负责人", r.legal_rep), ("银行存款", bank),
                                          ("房产", "无，门店为租赁" if c.extra["story"] == "donkey" else "无"),
                                          ("车辆", "无"), ("应收款", "项目部尚欠我方工程款" if c.extra["story"] == "stone" else "无"),
                                          ("收入情况", "每月营业额二万元左右" if c.extra["story"] == "donkey" else "经营困难")],
                      signer=r.legal_rep)


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 network inquiry printout: a wide monospace table with the query id line."""
    s = _sheet(c)
    s.centred(mm(20), "网络执行查控系统  查询结果反馈", font("sans_bold", mm(6)))
    m = font("mono", mm(3.6))
    s.text(mm(15), mm(30), f"案号：{c.number}    承办人：{c.officer}", m)
    s.text(mm(15), mm(37), f"被查询人：{c.respondent.name}    证照号码：{c.respondent.id_number}", m)
    s.text(mm(15), mm(44), f"查询批次：ZDZ{c.filed_on:%Y%m%d}{rng.randint(100000, 999999)}", m)
    banks = [(c.extra["resp_bank"], c.extra["resp_acct"], f"{float(c.amount) * rng.uniform(0.2, 1.3):,.2f}"),
             ("中国农业银行保定分行", "无", "—"), ("中国邮政储蓄银行保定分行", "无", "—"),
             ("自然资源部（不动产）", "无登记信息", "—"), ("公安部（车辆）", "无登记信息", "—"),
             ("微信支付（财付通）", "有" if c.extra["story"] == "donkey" else "无", "—")]
    rows = [["序号", "协助单位", "账号/结果", "余额（元）"]] + [[str(i + 1), b, acct, bal] for i, (b, acct, bal) in enumerate(banks)]
    table(s, mm(15), mm(56), [mm(16), mm(66), mm(58), mm(40)], rows, m, row_h=mm(12))
    s.text(mm(15), s.height - mm(22), f"打印时间：{c.day(6):%Y-%m-%d} 10:{rng.randint(10, 59)}   第1页/共1页", m)
    s.page_of = (1, 1)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """河北省 non-tax receipt for the fee, a wide slip glued high on a blank sheet."""
    s = _sheet(c)
    x0, y0, w = mm(18), mm(30), mm(174)
    s.box(x0, y0, x0 + w, y0 + mm(92), width=2)
    s.centred(y0 + mm(5), "河北省非税收入一般缴款书（电子）", font("song_gb", mm(5.6)), x0=x0, x1=x0 + w)
    f = font("song_gb", mm(3.8))
    s.text(x0 + mm(5), y0 + mm(17), f"票据代码：13060124  票据号码：{rng.randint(10**7, 10**8 - 1)}  交款日期："
           f"{c.filed_on:%Y-%m-%d}", f)
    fee = c.extra["exec_fee"]
    rows = [["缴款人", c.applicant.name], ["执收单位", COURT], ["项目名称", f"执行申请费（{c.number}）"],
            ["金额（小写）", f"{fee:.2f}"], ["金额（大写）", money_caps(fee)]]
    table(s, x0 + mm(5), y0 + mm(26), [mm(36), w - mm(46)], rows, f, row_h=mm(11))
    seal(s, x0 + w - mm(30), y0 + mm(70), "河北省财政厅非税收入专用章", rng, radius=mm(14))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random, note: str) -> list[Sheet]:
    """A bank's 回单 (the 扣划, a respondent's instalment) or the court's 案款发放 slip."""
    s = _sheet(c)
    m = font("mono", mm(3.9))
    if note.startswith("inst"):
        k = int(note[-1])
        part = (c.amount / 3).quantize(Decimal("0.01")) if k < 3 else c.amount - 2 * (c.amount / 3).quantize(Decimal("0.01"))
        title, payer, payee, amt = "网上银行电子回单", c.respondent.name, f"{COURT}执行款专户", part
        memo = f"{c.number} 和解第{k}期"
    elif note == "deduct":
        title, payer, payee, amt = "扣划存款回单", c.respondent.name, f"{COURT}执行款专户", c.amount
        memo = f"协助扣划 {c.number}"
    elif note == "cash":
        title, payer, payee, amt = "业务回单（收款）", c.respondent.legal_rep, f"{COURT}执行款专户", c.amount
        memo = f"代交工资款 {c.number}"
    else:
        title, payer, payee, amt = "案款发放审批单", f"{COURT}执行款专户", c.applicant.name, c.amount
        memo = f"发放执行款 {c.number}"
    paid = (c.day(18 + (int(note[-1]) - 1) * 18) if note.startswith("inst") else
            c.closed_on - timedelta(days=4) if note == "release" else c.extra["pay_day"])
    x0, y0 = mm(20), mm(28)
    s.centred(y0, title, font("hei", mm(6.5)))
    court_acct = f"1305016200805{c.number[-7:-3]}0518"
    rows = [["付款人", payer], ["收款人", payee], ["收款账号", c.extra["acct"] if "审批" in title else court_acct],
            ["金额", f"{money(amt)}"], ["用途/摘要", memo], ["交易日期", f"{paid:%Y-%m-%d}"],
            ["流水号", f"{rng.randint(10**15, 10**16 - 1)}"]]
    y = table(s, x0, y0 + mm(14), [mm(36), s.width - mm(76)], rows, m, row_h=mm(12))
    if "审批" in title:
        hand(s, x0 + mm(8), y + mm(8), f"承办人 {c.officer}   庭长 同意 {person_name(rng)}", rng, size=mm(5))
        stamp(s, s.width - mm(80), y + mm(22), ["财务专用", "已付讫"], rng, size_mm=4.6, oval=True)
    else:
        seal(s, s.width - mm(60), y - mm(14), "电子回单专用章", rng, radius=mm(15))
    return [s]


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c)
    s.centred(mm(28), "执行和解协议", font("song_gb", mm(8)), spacing=mm(1.5))
    f = font("song_gb", mm(5))
    third = (c.amount / 3).quantize(Decimal("0.01"))
    blocks = [("f", f"甲方（申请执行人）：{c.applicant.name}"), ("f", f"乙方（被执行人）：{c.respondent.name}"),
              ("p", f"{c.number}案件执行中，经{COURT}执行局组织，甲乙双方就{_body(c)}的履行自愿达成如下和解协议："),
              ("f", f"一、乙方共向甲方支付{money(c.amount)}，分三期交至法院执行款专户："),
              ("f", f"    第一期{third:,.2f}元，于协议签订当日支付；"), ("f", f"    第二期{third:,.2f}元，于{num_date(c.day(35))}前支付；"),
              ("f", f"    余款于{num_date(c.day(55))}前付清。"),
              ("f", "二、乙方按期履行完毕后，甲方放弃迟延履行利息；乙方任何一期逾期，甲方有权申请恢复执行。"),
              ("f", "三、本协议一式三份，双方各执一份，交法院附卷一份。")]
    y = flow(s, blocks, f, x0=mm(26), width=s.width - mm(52), y=mm(48), line_height=mm(9.5), indent=mm(10))
    y += mm(14)
    s.text(mm(28), y, "甲方：", f)
    seal(s, mm(62), y + mm(4), c.applicant.name, rng)
    s.text(mm(112), y, "乙方：", f)
    seal(s, mm(148), y + mm(4), c.respondent.name, rng)
    signature(s, mm(40), y + mm(30), c.agent, rng)
    signature(s, mm(125), y + mm(30), c.respondent.legal_rep, rng)
    hand(s, mm(110), y + mm(50), num_date(c.day(18)), rng, size=mm(5))
    s.text(mm(28), y + mm(68), f"执行员：{c.officer}（在场）", f)
    return [s]


# ---------------------------------------------------------------- archive papers

def _cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c, 248)
    s.centred(mm(30), COURT, font("serif_bold", mm(8)), spacing=mm(1))
    s.centred(mm(50), "执 行 卷 宗", font("serif_bold", mm(14)), spacing=mm(4))
    f = font("song_gb", mm(5.2))
    rows = [["案    号", c.number], ["案    由", "买卖合同纠纷" if c.extra["story"] != "donkey" else "追索劳动报酬"],
            ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["承 办 人", c.officer],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"],
            ["保管期限", "长期"], ["本卷共", "      页"]]
    y = table(s, mm(30), mm(82), [mm(42), mm(108)], rows, f, row_h=mm(15), centre_first=True)
    hand(s, mm(85), y - mm(13), str(rng.randint(60, 90)), rng, size=mm(6), ink=INK)
    s.text(mm(30), y + mm(14), f"全宗号 {rng.randint(100, 199)}   目录号 {c.closed_on.year}执   案卷号 {rng.randint(200, 900)}", f)
    _pencil(s, mm(30), y + mm(32), f"{c.closed_on.year}.{c.closed_on.month} 入库", rng)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c)
    y = _form_title(s, "卷 内 目 录", mm(22), issuer="")
    items = ["强制执行申请书", _body(c)[:20], "生效证明", "财产线索表", "缴费票据", "身份证明", "授权委托书、所函", "律师执业证",
             "收款账户确认书", "送达地址确认书", "受理通知书、缴费通知书", "执行通知书、报告财产令", "财产申报表", "查控结果",
             "执行裁定书", "协助执行通知书", "执行和解协议", "回单", "结案通知书", "结案审批表", "送达回证", "复核表、备考表"]
    rows = [["序号", "文件名称", "页号"]]
    page = 3
    for i, it in enumerate(items, 1):
        rows.append([str(i), it, str(page)])
        page += rng.randint(1, 3)
    table(s, mm(20), y, [mm(18), mm(128), mm(24)], rows, font("song_gb", mm(4.1)), row_h=mm(10.3))
    return [s]


def _review(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c)
    y = _form_title(s, "执行案件归档复核表", mm(24))
    f = font("song_gb", mm(4.6))
    checks = ["法律文书齐全", "送达回证齐全", "案款发放凭证", "结案审批手续", "卷内目录与页号相符"]
    rows = [["案号", c.number], ["承办人", c.officer]] + [[k, ""] for k in checks] + [["复核意见", ""], ["复核人", ""]]
    heights = [mm(14)] * 7 + [mm(36), mm(16)]
    table(s, mm(24), y, [mm(50), s.width - mm(98)], rows, f, row_h=heights, centre_first=True)
    for i in range(len(checks)):
        hand(s, mm(90), y + mm(28) + i * mm(14) + mm(2), "√ 齐全", rng, size=mm(5))
    hand(s, mm(80), y + mm(98) + mm(6), "材料齐全，同意归档。", rng, size=mm(5.5))
    hand(s, mm(80), y + mm(134) + mm(3), f"{person_name(rng)}  {num_date(c.closed_on + timedelta(days=20))}", rng, size=mm(5))
    return [s]


def _remarks(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = _sheet(c, 247)
    s.centred(mm(30), "卷 内 备 考 表", font("serif_bold", mm(8)), spacing=mm(1))
    f = font("song_gb", mm(5))
    s.box(mm(25), mm(48), s.width - mm(25), s.height - mm(60), width=3)
    s.text(mm(32), mm(56), "本卷情况说明：", f)
    hand(s, mm(40), mm(72), f"本卷共{rng.randint(60, 90)}页，含和解协议及三期回单。", rng, size=mm(5.5))
    y = s.height - mm(100)
    s.text(mm(110), y, "立卷人：", f)
    signature(s, mm(135), y - mm(4), c.clerk, rng)
    s.text(mm(110), y + mm(14), "检查人：", f)
    signature(s, mm(135), y + mm(10), person_name(rng), rng)
    s.text(mm(110), y + mm(28), f"立卷时间：{num_date(c.closed_on + timedelta(days=21))}", f)
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Every code of the three dossiers; `served` holds a receipt's papers, or a Doc's note."""
    note = served[0] if served else ""
    if code in NAMES:
        return _ruling(c, rng) if code == "enforcement_ruling" else _notice(code, c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "enforcement_basis":
        return _judgment(c, rng) if c.basis_court == MID else _award(c, rng)
    if code == "identity_proof":
        return _identity(c, rng, note)
    if code == "payment_voucher":
        return _voucher(c, rng, note)
    simple: dict[str, Callable[[CaseCtx, random.Random], list[Sheet]]] = {
        "enforcement_application": _application, "effectiveness_certificate": _certificate,
        "property_clue_form": _clue, "fee_receipt": _fee, "power_of_attorney": _attorney, "law_firm_letter": _letter,
        "lawyer_license": _licence, "payment_account_confirmation": _account,
        "service_address_confirmation": _address, "property_declaration_form": _declaration,
        "online_inquiry_result": _inquiry, "settlement_agreement": _settlement, "closing_approval_form": _approval,
        "dossier_cover": _cover, "catalogue": _catalogue, "file_review_form": _review, "remarks_sheet": _remarks,
    }
    return simple[code](c, rng)

