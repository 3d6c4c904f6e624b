"""court_eg (湖北省荆门市东宝区人民法院, held out): 荆门's old town and its hills — phosphate chemical works, rice and oil
mills, 漳河 resorts, building sites. The bureau prints its papers in a plain 仿宋-like serif under a bold court line;
its forms are ruled tables. Received papers are in their senders' styles. Captured through an over-toned office copier
and scanned (court_eg_capture)."""

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
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import font

WAGE_SEQ, LOAN_SEQ, CRASH_SEQ = 58042, 58517, 58864
LAW = "《中华人民共和国民事诉讼法》"
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "property_declaration_form",
    "enforcement_ruling", "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision",
    "investigation_record", "interview_record", "termination_this_round_ruling", "closing_notice",
    "closing_approval_form", "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "online_inquiry_result", "settlement_agreement", "payment_voucher",
})
CODES = OWN | RECEIVED
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 20, "investigation_record": 26, "consumption_restriction_order": 31, "dishonest_list_decision": 31,
        "settlement_agreement": 30, "payment_voucher": 52, "interview_record": 110,
        "termination_this_round_ruling": 122, "closing_notice": 66, "service_receipt": 5}
W, H = 1654, 2339
L, R, T = mm(28), 1654 - mm(26), mm(30)


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=1)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return c.closed_on + timedelta(days=3)
    if code in RECEIVED and code not in WHEN:
        return c.filed_on - timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """荆门 parties: WAGE_SEQ a builder's foreman wins his 劳务费 against a construction firm (东宝法院 judgment);
    LOAN_SEQ a 民间借贷 lender against a rice-mill owner who has nothing left (终本); CRASH_SEQ a pedestrian hurt by a
    phosphate plant's lorry (机动车交通事故责任纠纷), paid after a settlement."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    tale = {WAGE_SEQ: "wage", LOAN_SEQ: "loan", CRASH_SEQ: "crash"}[seq]
    c.extra["tale"] = tale
    c.firm = rng.choice(["湖北象山律师事务所", "湖北荆门龙泉律师事务所", "湖北漳河律师事务所"])
    c.extra["firm_addr"] = f"荆门市东宝区{rng.choice(['象山一路', '中天街', '月亮湖路'])}{rng.randint(8, 188)}号"
    c.extra["licence"] = f"14208{rng.randint(2010, 2021)}1{rng.randint(1000000, 9999999)}"
    c.extra["bank"] = rng.choice(["湖北荆门农村商业银行东宝支行", "中国农业银行荆门东宝支行", "湖北银行荆门分行"])
    c.extra["acct"] = f"6230{rng.randint(10**11, 10**12 - 1)}"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.01 + 50))
    born = date(rng.randint(1960, 1988), rng.randint(1, 12), rng.randint(1, 28))
    c.applicant = Party(person_name(rng), "person", id_number(rng, "420802", born),
                        f"湖北省荆门市东宝区{rng.choice(['子陵铺镇', '马河镇', '石桥驿镇', '仙居乡'])}"
                        f"{rng.choice(['新桥', '凉水井', '响岭'])}村{rng.randint(1, 12)}组", f"13{rng.randint(10**8, 10**9 - 1)}",
                        born=born, sex="男")
    if tale == "wage":
        c.respondent = Party(f"荆门{rng.choice(['楚鑫', '龙泉', '汉通'])}建筑工程有限公司", "organisation",
                             credit_code(rng, "420802"), f"荆门市东宝区{rng.choice(['长宁大道', '金虾路'])}{rng.randint(10, 300)}号",
                             f"0724-23{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["cause"], c.extra["what"] = "劳务合同纠纷", f"{rng.choice(['漳河新区', '掇刀'])}安置小区工地劳务费"
        c.basis_court = "湖北省荆门市东宝区人民法院"
    elif tale == "loan":
        born2 = date(rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "420821", born2),
                             f"湖北省京山市{rng.choice(['新市', '永兴', '宋河'])}镇{rng.choice(['粮站', '米厂'])}路{rng.randint(1, 60)}号",
                             f"15{rng.randint(10**8, 10**9 - 1)}", born=born2, sex="男")
        c.extra["cause"], c.extra["what"] = "民间借贷纠纷", "经营米厂借款"
        c.basis_court = "湖北省荆门市东宝区人民法院"
    else:
        c.respondent = Party(f"湖北{rng.choice(['荆磷', '大峪口', '绿源'])}化工物流有限公司", "organisation",
                             credit_code(rng, "420802"), f"荆门市东宝区{rng.choice(['牌楼镇', '栗溪镇'])}化工园区{rng.randint(1, 30)}号",
                             f"0724-28{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.extra["cause"], c.extra["what"] = "机动车交通事故责任纠纷", "运磷矿石货车致伤"
        c.extra["plate"] = f"鄂H{rng.choice('ABCD')}{rng.randint(1000, 9999)}{rng.choice('0123456789')}"
        c.basis_court = "湖北省荆门市东宝区人民法院"
    c.basis_number = f"（{c.filed_on.year - 1}）鄂0802民初{rng.randint(300, 4999)}号"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 110))
    c.amount = Decimal(rng.randint(3_000_000, 40_000_000)) / 100


# ---------------------------------------------------------------- the bureau's own papers
def _head(s: Sheet, c: CaseCtx, title: str, y: float = T) -> float:
    s.centred(y, c.court.name, font("hei", 54), spacing=6)
    s.centred(y + 92, title, font("serif_bold", 78), spacing=26)
    s.right(R, y + 210, c.number, font("serif", 40))
    return y + 290


def _sign(s: Sheet, c: CaseCtx, when: date, rng: random.Random, y: float, roles: tuple[str, ...]) -> None:
    f = font("serif", 42)
    for role in roles:
        who = c.judge if role.startswith("审判") else (c.clerk if role == "书记员" else c.officer)
        s.text(R - 520, y, f"{role}", f, spacing=18 if len(role) == 3 else 0)
        s.text(R - 240, y, who, f)
        y += 70
    s.right(R - 40, y + 20, cn_date(when), f)
    seal(s, R - 210, y + 30, c.court.name, rng)


def _paper(c: CaseCtx, code: str, title: str, to: str, paras: list[str], rng: random.Random,
           roles: tuple[str, ...] = ("执行员", "书记员")) -> list[Sheet]:
    s = Sheet()
    y = _head(s, c, title)
    f = font("serif", 42)
    if to:
        s.text(L, y, to, f)
        y += 68
    y = flow(s, [("p", p) for p in paras], f, x0=L, width=R - L, y=y, line_height=68, indent=84)
    _sign(s, c, made_on(c, code), rng, max(y + 60, H - mm(95)), roles)
    s.line(L, H - mm(18), R, H - mm(18), width=1)
    s.centred(H - mm(16), "本件与原本核对无异", font("serif", 28))
    return [s]


def _parties(c: CaseCtx) -> list[str]:
    out = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "person":
            out.append(f"{role}：{p.name}，{p.sex}，{cn_date(p.born) if p.born else ''}出生，公民身份号码{p.id_number}，住{p.address}。")
        else:
            out.append(f"{role}：{p.name}，统一社会信用代码{p.id_number}，住所地{p.address}。")
            out.append(f"法定代表人：{p.legal_rep}。")
    return out


def _ruling(c: CaseCtx, code: str, rng: random.Random, facts: str, orders: list[str]) -> list[Sheet]:
    intro = (f"本院依据已经发生法律效力的{c.basis_number}民事判决书，于{cn_date(c.filed_on)}立案执行。{facts}")
    return _paper(c, code, "执行裁定书", "", [*_parties(c), intro, "裁定如下：", *orders,
                                                "本裁定送达后立即生效。"], rng, ("审判长", "审判员", "书记员"))


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r, amt = c.applicant.name, c.respondent.name, money(c.amount)
    basis = f"本院{c.basis_number}民事判决书"
    if code == "acceptance_notice":
        return _paper(c, code, "受理案件通知书", f"{a}：", [
            f"你申请执行{r}{c.extra['cause']}一案，本院经审查，符合立案条件，已于{cn_date(c.filed_on)}立案执行。",
            f"承办人：{c.officer}，联系电话：{c.court.phone}。请及时提供被执行人的财产线索。"], rng)
    if code == "payment_notice":
        return _paper(c, code, "缴款通知书", f"{a}：", [
            f"你申请执行{r}一案，应交纳申请执行费{money(c.extra['fee'])}，请于七日内交纳；逾期不交的，按撤回申请处理。",
            "收款单位：湖北省荆门市东宝区人民法院，开户行：湖北荆门农村商业银行东宝支行。"], rng)
    if code == "enforcement_notice":
        return _paper(c, code, "执行通知书", f"{r}：", [
            f"{basis}已经发生法律效力。申请执行人{a}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}"
            "第二百四十七条、第二百五十一条的规定，责令你单位（你）自本通知送达之日起立即履行下列义务：",
            f"一、支付{amt}及迟延履行期间的债务利息；二、负担申请执行费{money(c.extra['fee'])}。",
            "逾期不履行的，本院将依法强制执行，并可将你纳入失信被执行人名单、限制消费。"], rng)
    if code == "property_report_order":
        return _paper(c, code, "报告财产令", f"{r}：", [
            f"本院受理的申请执行人{a}与你{c.extra['cause']}执行一案，依照{LAW}第二百五十二条的规定，责令你在收到本令后五日内，"
            "如实向本院报告当前以及收到执行通知之日前一年的财产情况，并填写财产申报表。",
            "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"], rng)
    if code == "enforcement_ruling":
        return _ruling(c, code, rng, "被执行人未按执行通知履行义务。依照" + LAW + "第二百五十三条、第二百五十五条的规定，", [
            f"冻结、扣划被执行人{r}在银行的存款{amt}，或查封、扣押其相应价值的财产。"])
    if code == "assistance_notice":
        return _paper(c, code, "协助执行通知书", f"{c.extra['bank']}：", [
            f"关于申请执行人{a}与被执行人{r}{c.extra['cause']}一案，本院作出的执行裁定书已经发生法律效力，请协助执行下列事项：",
            f"冻结并扣划被执行人{r}（证件号{c.respondent.id_number}）在你行账户内的存款，以{amt}为限。"], rng)
    if code == "summons":
        return _paper(c, code, "传票", "", [
            f"案由：{c.extra['cause']}执行。被传唤人：{r}。",
            f"传唤事由：谈话。应到时间：{cn_date(c.day(27))}上午九时。应到处所：本院执行局第三谈话室。",
            "注意事项：被传唤人必须准时到达，无正当理由拒不到场的，可以拘传。"], rng)
    if code == "consumption_restriction_order":
        return _paper(c, code, "限制消费令", f"{r}：", [
            f"因你未按执行通知书指定的期间履行{basis}确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》"
            "第一条、第三条的规定，对你采取限制消费措施，限制你不得乘坐飞机、列车软卧、高铁一等以上座位，不得在星级宾馆消费，"
            "不得购买不动产、旅游度假。"], rng)
    if code == "dishonest_list_decision":
        return _paper(c, code, "决定书", "", [
            *_parties(c), f"被执行人有履行能力而拒不履行生效法律文书确定的义务。依照{LAW}第二百六十六条及最高人民法院相关规定，决定如下：",
            f"将{r}纳入失信被执行人名单。", "本决定一经作出即生效。"], rng)
    if code == "termination_this_round_ruling":
        return _ruling(c, code, rng, "经网络查控、实地调查，未发现被执行人有可供执行的财产；已对其限制消费并纳入失信名单，"
                       "申请执行人对本次程序终结无异议。依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，",
                       ["终结本次执行程序。", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"])
    if code == "closing_notice":
        return _paper(c, code, "结案通知书", f"{a}：", [
            f"你申请执行{r}{c.extra['cause']}一案，{basis}确定的义务已经全部履行完毕，本案以执行完毕方式结案。特此通知。"], rng)
    if code in ("investigation_record", "interview_record"):
        return _record(code, c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _form(code, c, rng)


def _record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    when = made_on(c, code)
    title = "调  查  笔  录" if code == "investigation_record" else "谈  话  笔  录"
    s.centred(T, title, font("hei", 66))
    f = font("serif", 40)
    y = T + 120
    meta = [f"时间：{when.year}年{when.month}月{when.day}日  9时10分至10时05分",
            "地点：" + ("被执行人住所地" if code == "investigation_record" else "本院执行局谈话室"),
            f"调查人：{c.officer}　记录人：{c.clerk}", f"案号：{c.number}"]
    for m in meta:
        s.text(L, y, m, f)
        y += 62
    qa = ([("问", "我们是东宝区法院执行局的，依法对被执行人的财产进行现场调查，你是什么人？"),
           ("答", "我是村里的，他家米厂去年就停了，机器早被拉走抵债了。"),
           ("问", "被执行人现在在哪里，有无车辆、房屋？"), ("答", "听说在外地打工，房子是老宅，车没有。")]
          if code == "investigation_record" else
          [("问", f"{c.applicant.name}，今天约你来，告知本案财产调查情况，你听清楚没有？"),
           ("答", "听清楚了。"), ("问", "经查控未发现可供执行财产，本院拟终结本次执行程序，你有什么意见？"),
           ("答", "同意，以后发现财产线索再申请恢复执行。")])
    for who, said in qa:
        for k, part in enumerate(wrap(f"{who}：{said}", f, R - L)):
            s.text(L + (0 if k == 0 else 80), y, part, f)
            y += 62
    y += 40
    s.text(L, y, "（以下无正文）", f)
    hand(s, R - 560, H - mm(40), "以上笔录看过，无误。", rng, size=42)
    signature(s, R - 220, H - mm(30), c.applicant.name if code == "interview_record" else person_name(rng), rng)
    s.text(L, H - mm(18), "第1页 共1页", font("serif", 30))
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "termination_this_round_ruling": "执行裁定书（终本）", "consumption_restriction_order": "限制消费令",
             "dishonest_list_decision": "失信决定书", "enforcement_ruling": "执行裁定书"}
    last = max((made_on(c, x) for x in served), default=c.filed_on)
    got = last + timedelta(days=rng.randint(2, 5))
    who = c.applicant if served == ["acceptance_notice"] else c.respondent
    s = Sheet()
    s.centred(T, c.court.name, font("hei", 50), spacing=4)
    s.centred(T + 80, "送 达 回 证", font("serif_bold", 72), spacing=12)
    f = font("serif", 38)
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["受送达人", who.name], ["送达地点", who.address],
            ["送达文书名称及件数", "、".join(names.get(x, x) for x in served) + " 各一份"],
            ["受送达人签收", ""], ["代收人及代收理由", ""], ["备注", ""]]
    y = table(s, L, T + 220, [mm(48), R - L - mm(48)], rows, f, row_h=[130, 110, 110, 140, 170, 210, 130, 130],
              centre_first=True)
    signature(s, L + mm(60), T + 220 + 660 + 40, who.legal_rep or who.name, rng)
    hand(s, L + mm(100), T + 220 + 660 + 120, f"{got.year}年{got.month}月{got.day}日", rng, size=40)
    s.text(L, y + 30, f"送达人：{c.officer}　{c.clerk}", f)
    s.text(L, y + 90, "填发人：" + c.clerk, f)
    return [s]


def _form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("serif", 36)
    titles = {"property_declaration_form": "财产申报表", "closing_approval_form": "执行案件结案审批表",
              "dossier_cover": "执 行 卷 宗", "catalogue": "卷 内 目 录", "file_review_form": "卷宗复核表",
              "remarks_sheet": "备 考 表"}
    when = made_on(c, code)
    if code == "dossier_cover":
        s.box(mm(18), mm(18), W - mm(18), H - mm(18), width=5)
        s.centred(mm(50), c.court.name, font("hei", 60), spacing=8)
        s.centred(mm(80), "执 行 卷 宗", font("serif_bold", 110), spacing=20)
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["执行标的", f"{c.amount:,.2f}元"], ["执行员", c.officer],
                ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)], ["结案方式", "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"],
                ["归档日期", cn_date(when)], ["保管期限", "长期"]]
        table(s, mm(35), mm(112), [mm(40), W - mm(70) - mm(40)], rows, font("serif", 42), row_h=104, centre_first=True)
        return [s]
    s.centred(T - 20, titles[code], font("hei", 64), spacing=10)
    s.text(L, T + 90, f"案号：{c.number}", f)
    y0 = T + 160
    if code == "catalogue":
        docs = [("执行申请书", "enforcement_application"), ("民事判决书", "enforcement_basis"),
                ("生效证明书", "effectiveness_certificate"), ("身份证明", "identity_proof"), ("授权委托书", "power_of_attorney"),
                ("律师事务所函", "law_firm_letter"), ("受理案件通知书", "acceptance_notice"), ("执行通知书", "enforcement_notice"),
                ("报告财产令", "property_report_order"), ("网络查控结果", "online_inquiry_result"),
                ("执行裁定书", "enforcement_ruling"), ("协助执行通知书", "assistance_notice"),
                ("执行和解协议", "settlement_agreement"), ("案款发放凭证", "payment_voucher"), ("结案通知书", "closing_notice"),
                ("结案审批表", "closing_approval_form"), ("送达回证", "service_receipt")]
        page, rows = 1, [["序号", "文件名称", "日期", "页号"]]
        for i, (name, what) in enumerate(docs):
            rows.append([str(i + 1), name, num_date(made_on(c, what)), str(page)])
            page += 3 if what == "enforcement_basis" else (4 if what == "service_receipt" else 1)
        table(s, L, y0, [mm(18), mm(80), mm(38), R - L - mm(136)], rows, f, row_h=92, centre_first=True)
    elif code == "property_declaration_form":
        rows = [["申报人", c.respondent.name, "证件号码", c.respondent.id_number], ["收入", "", "银行存款", ""],
                ["不动产", "", "车辆", ""], ["股权、债权", "", "其他财产", ""], ["一年内财产变动", ""]]
        y = table(s, L, y0, [mm(34), mm(44), mm(34), R - L - mm(112)], rows, f, row_h=[110, 170, 170, 170, 240])
        for x, yy, t in ((L + mm(36), y0 + 150, "无"), (L + mm(114), y0 + 150, "无"), (L + mm(36), y0 + 320, "老宅一处"),
                         (L + mm(114), y0 + 320, "无")):
            hand(s, x, yy, t, rng, size=40)
        hand(s, L, y + 60, "以上申报属实。申报人：", rng, size=40)
        signature(s, L + mm(80), y + 56, c.respondent.legal_rep or c.respondent.name, rng)
    elif code == "closing_approval_form":
        way = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
        rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行标的", f"{c.amount:,.2f}元"],
                ["立案日期", cn_date(c.filed_on)], ["结案方式", way], ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
        table(s, L, y0, [mm(40), R - L - mm(40)], rows, f, row_h=[100, 100, 100, 100, 100, 220, 200, 200], centre_first=True)
        hand(s, L + mm(46), y0 + 540, f"建议以{way}方式结案。{c.officer}", rng, size=40)
        hand(s, L + mm(46), y0 + 760, "同意。", rng, size=40)
        hand(s, L + mm(46), y0 + 960, f"同意结案。{when.month}.{when.day}", rng, size=40)
    elif code == "file_review_form":
        items = ["卷内文书是否齐全", "文书排列是否规范", "送达回证是否完备", "页号是否连续", "有无空白项目"]
        rows = [["复核项目", "结论"]] + [[i, ""] for i in items] + [["复核人", ""]]
        table(s, L, y0, [mm(90), R - L - mm(90)], rows, f, row_h=120, centre_first=True)
        for k in range(5):
            hand(s, L + mm(100), y0 + 150 + 120 * k, "无" if k == 4 else "是", rng, size=40)
        signature(s, L + mm(100), y0 + 740, c.officer, rng)
    else:  # remarks_sheet
        s.box(L, y0, R, H - mm(60), width=3)
        s.text(L + 30, y0 + 40, "本卷情况说明：", f)
        hand(s, L + 60, y0 + 120, f"本卷共计文书{rng.randint(40, 70)}页，经核对无误。", rng, size=42)
        s.text(L + mm(90), H - mm(95), "立卷人：", f)
        signature(s, L + mm(120), H - mm(98), c.clerk, rng)
        s.text(L + mm(90), H - mm(80), "检查人：", f)
        signature(s, L + mm(120), H - mm(83), c.officer, rng)
        s.text(L + mm(90), H - mm(70), f"{cn_date(when)}", f)
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return _own(code, c, rng, served)
    from dossier.corpus.families.court_eg_papers import paper
    return paper(code, c, rng, served)

