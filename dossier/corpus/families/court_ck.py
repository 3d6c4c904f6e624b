"""court_ck (江西省上饶市信州区人民法院, held out): the city-centre court of 上饶 — optical-glass workshops, tea-oil
traders, banks of 上饶. Its own papers carry a plain heading under a red rule; received papers keep their authors'
looks (a 上饶 law firm's 所函, bank replies in a grid, a hand-filled clue form). Pages are scanned by the archive room
(court_ck_capture)."""

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
    money_caps,
    person_name,
)
from dossier.corpus.draw import RED, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import font

COURT = "江西省上饶市信州区人民法院"
TEA_SEQ, GLASS_SEQ, BANK_SEQ = 76031, 76144, 76278
SHIFT = timedelta(days=730)

TITLES: dict[str, str] = {
    "acceptance_notice": "受理执行案件通知书", "payment_notice": "预交执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "summons": "传票", "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "纳入失信被执行人名单决定书",
    "investigation_record": "执行调查笔录", "interview_record": "执行谈话笔录",
    "termination_this_round_ruling": "执行裁定书", "closing_approval_form": "执行案件结案审批表",
    "closing_notice": "结案通知书", "effectiveness_certificate": "生效证明书", "dossier_cover": "执行案件卷宗",
    "catalogue": "卷内文件目录", "file_review_form": "归档案卷复核表", "remarks_sheet": "卷内备考表",
    "service_receipt": "送达回证", "enforcement_application": "强制执行申请书", "enforcement_basis": "民事判决书",
    "property_clue_form": "被执行人财产线索登记表", "fee_receipt": "江西省非税收入一般缴款书（收据）",
    "identity_proof": "营业执照（副本）复印件", "power_of_attorney": "授权委托书", "law_firm_letter": "律师事务所函",
    "lawyer_license": "律师执业证（复印件）", "payment_account_confirmation": "执行款收款账户确认书",
    "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表",
    "online_inquiry_result": "网络执行查控系统反馈结果", "settlement_agreement": "执行和解协议",
    "payment_voucher": "中国工商银行电子回单",
}
CODES = frozenset(TITLES)


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """上饶 parties: TEA_SEQ a 上饶银行 loan judgment of 上饶中院 against a tea-oil trader (终本); GLASS_SEQ an award
    of 上饶仲裁委员会 on optical-glass supplies, paid and archived; BANK_SEQ a goods-payment judgment, paid."""
    c.filed_on, c.closed_on = c.filed_on + SHIFT, c.closed_on + SHIFT
    c.number = c.number.replace("（2024）", "（2026）")
    c.firm = rng.choice(["江西信江律师事务所", "江西饶城律师事务所", "江西灵山明理律师事务所"])
    seq = int(c.number.split("执")[-1].rstrip("号"))
    street = rng.choice(["凤凰大道", "带湖路", "书院路", "解放路", "赣东北大道"])
    c.extra["ck_story"] = {TEA_SEQ: "tea", GLASS_SEQ: "glass"}.get(seq, "bank")
    c.extra["ck_fee"] = Decimal(int(float(c.amount) * 0.007 + 50))
    c.extra["ck_bank"] = rng.choice(["上饶银行信州支行", "江西银行上饶分行", "上饶农商银行水南支行"])
    c.extra["ck_acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["ck_receipt"] = f"36{rng.randint(10**9, 10**10 - 1)}"
    c.respondent = Party(f"上饶市{rng.choice(['信州区', '广信区'])}{rng.choice(['茶源', '饶香', '三清'])}"
                         f"{'油茶贸易有限公司' if c.extra['ck_story'] == 'tea' else '光学玻璃制品有限公司'}",
                         "organisation", credit_code(rng, "361102"), f"江西省上饶市信州区{street}{rng.randint(8, 399)}号",
                         f"0793-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
    if c.extra["ck_story"] == "tea":
        c.applicant = Party("上饶银行股份有限公司信州支行", "organisation", credit_code(rng, "361102"),
                            f"江西省上饶市信州区{street}{rng.randint(1, 99)}号", "0793-8226178", legal_rep=person_name(rng))
        c.basis_court, c.basis_kind = "江西省上饶市中级人民法院", "judgment"
        c.basis_number = f"（2025）赣11民终{rng.randint(300, 2999)}号"
        c.extra["ck_cause"] = "金融借款合同纠纷"
    elif c.extra["ck_story"] == "glass":
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "361102", born),
                            f"江西省上饶市信州区{street}{rng.randint(1, 60)}栋", f"139{rng.randint(10**7, 10**8 - 1)}",
                            born=born)
        c.basis_court, c.basis_kind = "上饶仲裁委员会", "arbitration"
        c.basis_number = f"（2025）饶仲字第{rng.randint(100, 999)}号"
        c.extra["ck_cause"] = "买卖合同纠纷"
    else:
        c.applicant = Party(f"江西{rng.choice(['万年', '弋阳', '铅山'])}光电科技有限公司", "organisation",
                            credit_code(rng, "361100"), f"江西省上饶经济技术开发区{rng.choice(['兴园大道', '旭日大道'])}"
                            f"{rng.randint(1, 99)}号", f"0793-8{rng.randint(100000, 999999)}", legal_rep=person_name(rng))
        c.basis_court, c.basis_kind = COURT, "judgment"
        c.basis_number = f"（2025）赣1102民初{rng.randint(1000, 6999)}号"
        c.extra["ck_cause"] = "买卖合同纠纷"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))


def _what(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['ck_cause']}一案"


def _basis(c: CaseCtx) -> str:
    doc = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{doc}"


def _when(code: str, c: CaseCtx) -> date:
    """Each paper's date, so receipts follow what they serve and the 终本 ruling sits near the closing."""
    span = (c.closed_on - c.filed_on).days
    at = {"enforcement_application": -2, "fee_receipt": 0, "acceptance_notice": 1, "payment_notice": 1,
          "enforcement_notice": 3, "property_report_order": 3, "online_inquiry_result": 6, "enforcement_ruling": 12,
          "assistance_notice": 14, "summons": 20, "property_declaration_form": 18, "investigation_record": 40,
          "interview_record": 30, "consumption_restriction_order": 45, "dishonest_list_decision": 46,
          "settlement_agreement": 25, "payment_voucher": 35}.get(code)
    if at is None:
        return c.closed_on - timedelta(days=3 if code == "termination_this_round_ruling" else 1)
    return c.day(min(at, span - 6))


def _red_head(s: Sheet, title: str, c: CaseCtx, rng: random.Random) -> float:
    s.centred(mm(24), COURT, font("song_gb", 64), spacing=mm(1.5), fill=RED)
    s.line(mm(25), mm(38), s.width - mm(25), mm(38), width=5, fill=RED)
    s.centred(mm(46), title, font("hei", 62), spacing=mm(3))
    s.right(s.width - mm(28), mm(62), c.number, font("song_gb", 40))
    return mm(76)


def _own_paras(code: str, c: CaseCtx) -> list[tuple[str, str]]:
    a, r, fee = c.applicant.name, c.respondent.name, c.extra["ck_fee"]
    law = "《中华人民共和国民事诉讼法》"
    body = {
        "acceptance_notice": [("f", f"{a}："), ("p", f"你方提交的强制执行申请，本院经审查符合立案条件，已于"
                              f"{cn_date(c.filed_on)}立案执行，案号{c.number}。承办人{c.officer}，电话{c.court.phone}。")],
        "payment_notice": [("f", f"{a}："), ("p", f"{_what(c)}，依照《诉讼费用交纳办法》规定，应预交申请执行费{fee}元，"
                           "请于七日内通过赣服通或本院诉讼服务中心缴纳，逾期按撤回申请处理。")],
        "enforcement_notice": [("f", f"{r}："), ("p", f"{_basis(c)}已发生法律效力，申请执行人{a}于{cn_date(c.filed_on)}"
                               f"向本院申请强制执行。依照{law}第二百五十二条规定，责令你单位自收到本通知之日起立即履行"
                               f"给付{money(c.amount)}元及迟延履行期间的债务利息，并负担执行费{fee}元。")],
        "property_report_order": [("f", f"{r}："), ("p", f"依照{law}第二百五十二条规定，责令你单位在收到本令后五日内，"
                                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况。拒绝报告或虚假报告的，本院将予以罚款、"
                                  "拘留，并纳入失信被执行人名单。")],
        "enforcement_ruling": [("f", f"申请执行人：{a}。"), ("f", f"被执行人：{r}。"),
                               ("p", f"本院在执行{_what(c)}中，被执行人未按执行通知履行义务。依照{law}第二百五十三条规定，"
                                "裁定如下："), ("p", f"冻结、划拨被执行人{r}在{c.extra['ck_bank']}等银行的存款"
                                f"{money(c.amount)}元，或查封、扣押其相应价值的财产。"), ("p", "本裁定立即执行。")],
        "termination_this_round_ruling": [
            ("f", f"申请执行人：{a}。"), ("f", f"被执行人：{r}。"),
            ("p", f"本院在执行{_what(c)}中，经网络执行查控系统及上饶市不动产登记中心、信州区市场监督管理局等调查，"
                  "被执行人名下无可供执行的财产；已限制其高消费并纳入失信名单。申请执行人同意终结本次执行程序。"),
            ("p", "依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"), ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。")],
        "assistance_notice": [("f", f"{c.extra['ck_bank']}："), ("p", f"关于{_what(c)}，依照{law}规定，请协助冻结被执行人"
                              f"{r}在你行开立账户内的存款{money(c.amount)}元，期限一年。")],
        "summons": [("f", f"被传唤人：{r}法定代表人{c.respondent.legal_rep}"), ("p", f"传唤事由：{c.number}案件执行谈话"),
                    ("p", f"应到时间：{cn_date(c.day(25))}上午9时"), ("p", "应到处所：本院执行局第三谈话室（信州区滨江西路）")],
        "consumption_restriction_order": [("f", f"{r}、法定代表人{c.respondent.legal_rep}："),
                                          ("p", f"因你单位未按执行通知书指定期间履行{_basis(c)}确定的给付义务，依照《最高人民法院"
                                           "关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，对你单位及法定代表人"
                                           "采取限制消费措施，不得乘坐飞机、列车软卧及其他非生活工作必需的消费行为。")],
        "dishonest_list_decision": [("f", f"被执行人：{r}。"), ("p", "被执行人具有履行能力而拒不履行生效法律文书确定义务，"
                                    "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条，决定如下："),
                                    ("p", f"将{r}纳入失信被执行人名单。")],
        "closing_notice": [("f", f"{a}："), ("p", f"{_what(c)}，被执行人已履行全部给付义务，本案已于{cn_date(c.closed_on)}"
                           "执行完毕结案。")],
        "effectiveness_certificate": [("p", f"本会{c.basis_number}裁决书已于{cn_date(c.basis_effective)}送达双方当事人，"
                                       "该裁决为终局裁决，自作出之日起发生法律效力。"), ("p", "特此证明。")],
    }
    return body.get(code, [("p", code)])


def _court(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    title = "上饶仲裁委员会生效证明书" if code == "effectiveness_certificate" else TITLES[code]
    if code == "effectiveness_certificate":
        s.centred(mm(40), title, font("song_gb", 66), spacing=mm(2))
        y: float = mm(70)
    else:
        y = _red_head(s, title, c, rng)
    f = font("song_gb", 44)
    y = flow(s, _own_paras(code, c), f, x0=mm(28), width=s.width - mm(56), y=y, line_height=mm(9.5), indent=mm(12))
    if code.endswith("ruling"):
        y += mm(8)
        for role, who in (("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)):
            s.text(s.width - mm(80), y, f"{role}　{who}", f)
            y += mm(9)
    day = _when(code, c)
    s.right(s.width - mm(30), y + mm(12), cn_date(day), f)
    seal(s, s.width - mm(60), y + mm(10), "上饶仲裁委员会" if code == "effectiveness_certificate" else COURT, rng)
    return [s]


def _form(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Bordered forms of the bureau: approval, cover, catalogue, review, remarks, receipts, records."""
    s = Sheet()
    s.centred(mm(22), COURT, font("hei", 44), spacing=mm(1))
    s.centred(mm(34), TITLES[code], font("hei", 58), spacing=mm(2))
    f = font("song_gb", 38)
    a, r = c.applicant.name, c.respondent.name
    rows: list[list[str]] = [["案号", c.number], ["申请执行人", a], ["被执行人", r]]
    if code == "service_receipt":
        rows += [["送达文书", "、".join(TITLES[x] for x in served) or "执行通知书"], ["受送达人", r if
                 "acceptance_notice" not in served else a], ["送达方式", "直接送达"], ["受送达人签收", ""],
                 ["送达日期", cn_date(max(_when(x, c) for x in served) + timedelta(days=2) if served else c.day(5))]]
    elif code == "closing_approval_form":
        rows += [["执行标的", f"{money(c.amount)}元"], ["结案方式", {"terminated_this_round": "终结本次执行程序",
                 "fully_performed": "执行完毕"}.get(c.method, c.method)], ["承办人意见", "拟结案，请审批。"],
                 ["局长审批", "同意"], ["结案日期", cn_date(c.closed_on)]]
    elif code in ("dossier_cover", "file_review_form", "remarks_sheet"):
        rows += [["案由", c.extra["ck_cause"]], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                 ["承办人", c.officer], ["保管期限", "长期"], ["立卷人", c.clerk], ["检查人", c.judge]]
    elif code == "catalogue":
        rows = [["序号", "文件名称"]] + [[str(i + 1), t] for i, t in enumerate(
            ["强制执行申请书", "执行依据", "生效证明书", "受理执行案件通知书", "执行通知书", "报告财产令", "执行裁定书",
             "执行款收款账户确认书", "结案审批表", "归档案卷复核表", "卷内备考表"])]
    elif code in ("interview_record", "investigation_record"):
        rows += [["时间", cn_date(_when(code, c))], ["地点", "信州区人民法院执行局谈话室" if code == "interview_record"
                 else f"{r}经营场所"], ["问", "被执行人现有财产和经营状况如何？"],
                 ["答", "茶油销路不好，仓库已退租，账上没有钱。" if c.extra["ck_story"] == "tea" else "玻璃镜片订单减少，正在筹款。"],
                 ["问", "申请执行人对终结本次执行程序有何意见？"], ["答", "同意，发现财产再申请恢复执行。"]]
    else:
        rows += [["事项", TITLES[code]], ["日期", cn_date(_when(code, c))]]
    y = table(s, mm(22), mm(50), [mm(42), s.width - mm(86)], rows, f, row_h=mm(13))
    if code == "service_receipt":
        signature(s, mm(80), mm(50) + mm(13) * 6 + mm(2), person_name(rng), rng)
    hand(s, s.width - mm(70), y + mm(10), c.clerk, rng, size=40)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 江西省非税收入 receipt: a short ruled slip with the amount in capitals, printed at the cashier's window."""
    s = Sheet(paper=(250, 248, 240))
    f = font("song_gb", 34)
    s.centred(mm(20), "江西省非税收入一般缴款书", font("song_gb", 58), spacing=mm(2))
    s.centred(mm(32), "（电子票据打印件）", f)
    s.text(mm(18), mm(42), f"票据代码：36010126　票据号码：{c.extra['ck_receipt']}", f)
    s.right(s.width - mm(18), mm(42), f"开票日期：{c.filed_on:%Y-%m-%d}", f)
    fee = c.extra["ck_fee"]
    rows = [["交款人", c.applicant.name, "执收单位", "上饶市信州区人民法院"],
            ["项目名称", "申请执行费", "案号", c.number],
            ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:.2f}"],
            ["备注", "执行费由被执行人负担，先由申请人预交", "收款人", c.clerk]]
    y = table(s, mm(18), mm(50), [mm(30), mm(72), mm(26), s.width - mm(164)], rows, f, row_h=mm(12))
    seal(s, mm(165), y + mm(12), "江西省上饶市信州区人民法院", rng, radius=mm(15), inner="财务专用章")
    s.line(0, y + mm(22), s.width, y + mm(22), width=1, fill=(180, 180, 180))
    return [s]


def _received(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """Papers from outside: lawyers of 上饶, banks, registries, the paying parties."""
    if code == "fee_receipt":
        return _fee(c, rng)
    s = Sheet(paper=(252, 251, 246))
    a, r = c.applicant, c.respondent
    f = font("kai_gb", 42)
    tf = font("sans_bold", 56)
    if code == "enforcement_basis":
        s.centred(mm(24), c.basis_court if c.basis_kind != "arbitration" else "上饶仲裁委员会", font("serif_bold", 56))
        s.centred(mm(38), "裁　决　书" if c.basis_kind == "arbitration" else "民　事　判　决　书", font("serif_bold", 60))
        s.right(s.width - mm(25), mm(52), c.basis_number, f)
        paras = [("p", f"申请人（原告、被上诉人）：{a.name}。"), ("p", f"被申请人（被告、上诉人）：{r.name}。"),
                 ("p", f"双方{c.extra['ck_cause']}一案，现已审理终结。"), ("p", f"{r.name}应于本文书生效之日起十日内向"
                 f"{a.name}支付{money(c.amount)}元。"), ("p", "本判决（裁决）为终审（终局）。")]
        y = flow(s, paras, f, x0=mm(25), width=s.width - mm(50), y=mm(66), line_height=mm(10), indent=mm(12))
        seal(s, s.width - mm(60), y + mm(20), c.basis_court, rng)
        s2 = Sheet(paper=(252, 251, 246))
        flow(s2, [("p", "如不服本判决，可依法申请再审。"), ("r", cn_date(c.basis_effective - timedelta(days=20)))], f,
             x0=mm(25), width=s2.width - mm(50), y=mm(30), line_height=mm(10), indent=mm(12))
        s.page_of, s2.page_of = (1, 2), (2, 2)
        return [s, s2]
    who = r if served == ["respondent"] else a
    title = "居民身份证（复印件）" if code == "identity_proof" and who.kind == "person" else TITLES[code]
    s.centred(mm(30), title, tf, spacing=mm(1.5))
    body: list[tuple[str, str]]
    if code == "enforcement_application":
        body = [("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"被申请人：{r.name}，住所地{r.address}。"),
                ("f", "申请事项："), ("p", f"请求强制执行{_basis(c)}，被申请人支付{money(c.amount)}元及迟延履行利息。"),
                ("f", "此致"), ("f", COURT), ("r", f"申请人：{a.name}"), ("r", cn_date(_when(code, c)))]
    elif code == "law_firm_letter":
        s.text(mm(25), mm(16), c.firm, font("kai_gb", 40), fill=(160, 30, 30))
        s.line(mm(25), mm(26), s.width - mm(25), mm(26), width=2, fill=(160, 30, 30))
        body = [("r", f"饶律函〔2026〕第{rng.randint(11, 299)}号"), ("f", f"{COURT}："), ("p", f"本所接受{a.name}委托，指派{c.agent}律师担任其申请执行{_basis(c)}一案的代理人。"),
                ("p", "特此函告。"), ("r", c.firm), ("r", cn_date(_when("enforcement_application", c)))]
    elif code == "fee_receipt":
        body = [("f", f"票据号码：{c.extra['ck_receipt']}"), ("f", f"缴款人：{a.name}"),
                ("f", f"收款单位：{COURT}"), ("f", f"项目：申请执行费　金额：{c.extra['ck_fee']}元"),
                ("r", cn_date(c.filed_on))]
    elif code == "payment_voucher":
        body = [("f", f"付款人：{r.name}"), ("f", f"收款人：{COURT}执行款专户"), ("f", f"金额：{money(c.amount)}元"),
                ("f", f"用途：{c.number}执行款"), ("r", cn_date(_when(code, c)))]
    elif code == "online_inquiry_result":
        body = [("f", f"查询对象：{r.name}"), ("f", f"上饶银行：余额0.00元　江西银行：余额{rng.randint(10, 900)}.00元"),
                ("f", "上饶农商银行：无账户　不动产：上饶市不动产登记中心反馈无登记"), ("f", "车辆：无　证券：无"),
                ("r", cn_date(_when(code, c)))]
    elif code == "identity_proof":
        body = [("f", f"名称：{who.name}"), ("f", f"统一社会信用代码/公民身份号码：{who.id_number}"),
                ("f", f"住所：{who.address}"),
                ("f", "签发机关：上饶市公安局信州分局" if who.kind == "person" else "登记机关：上饶市信州区市场监督管理局")]
    elif code == "settlement_agreement":
        body = [("f", f"甲方：{a.name}"), ("f", f"乙方：{r.name}"), ("p", f"乙方同意于{cn_date(_when('payment_voucher', c))}"
                f"前一次性支付{money(c.amount)}元，甲方放弃迟延履行利息。"), ("r", cn_date(_when(code, c)))]
    else:
        body = [("f", f"案号：{c.number}"), ("f", f"申请执行人：{a.name}"), ("f", f"被执行人：{r.name}"),
                ("p", {"power_of_attorney": f"委托{c.firm}{c.agent}律师为代理人，代理权限：特别授权。",
                       "lawyer_license": f"持证人：{c.agent}　执业机构：{c.firm}　执业证号：1361120{rng.randint(10**9, 10**10-1)}",
                       "payment_account_confirmation": f"收款账户：{a.name}　开户行：{c.extra['ck_bank']}　账号：{c.extra['ck_acct']}",
                       "service_address_confirmation": f"送达地址：{a.address}　电话：{a.phone}",
                       "property_clue_form": f"线索：被执行人在{c.extra['ck_bank']}有账户；仓库在信州区茅家岭。",
                       "property_declaration_form": "本单位现有银行存款：无　不动产：无　车辆：无　应收账款：少量。"}
                 .get(code, TITLES[code])), ("r", cn_date(_when(code, c)))]
    y = flow(s, body, f, x0=mm(25), width=s.width - mm(50), y=mm(50), line_height=mm(11), indent=mm(12))
    if code in ("property_clue_form", "property_declaration_form", "service_address_confirmation"):
        hand(s, mm(30), y + mm(8), a.name if code != "property_declaration_form" else r.legal_rep, rng)
    elif code in ("law_firm_letter", "fee_receipt", "payment_voucher", "online_inquiry_result", "identity_proof") and \
            not (code == "identity_proof" and who.kind == "person"):
        seal(s, s.width - mm(60), y - mm(10), {"law_firm_letter": c.firm, "fee_receipt": COURT,
             "payment_voucher": "中国工商银行上饶分行", "online_inquiry_result": COURT}.get(code, "上饶市信州区市场监督管理局"),
             rng, radius=mm(17))
    return [s]


COURT_PAPERS = frozenset({"acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order",
                          "enforcement_ruling", "termination_this_round_ruling", "assistance_notice", "summons",
                          "consumption_restriction_order", "dishonest_list_decision", "closing_notice",
                          "effectiveness_certificate"})
FORMS = frozenset({"service_receipt", "closing_approval_form", "dossier_cover", "catalogue", "file_review_form",
                   "remarks_sheet", "interview_record", "investigation_record"})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in COURT_PAPERS:
        return _court(code, c, rng)
    if code in FORMS:
        return _form(code, c, rng, served)
    return _received(code, c, rng, served)
