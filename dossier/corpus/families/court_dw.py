"""court_dw (浙江省绍兴市越城区人民法院, held out): the old city of 绍兴 — 黄酒 breweries, the 印染 mills across the river in
柯桥, tea and renovation trades, a great deal of 民间借贷. Its own papers are set in the 越城 bureau's manner (the court's
name in heavy 宋 over a widely spaced title, the case number flush right with no rule, a small grey line of the bureau at
each foot); what it receives comes in the senders' styles (court_dw_papers). The volumes live in an e-dossier system
that keeps every page downsampled and heavily compressed (court_dw_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
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
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "浙江省绍兴市越城区人民法院"
BUREAU = "绍兴市越城区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(34), mm(30)
LAW = "《中华人民共和国民事诉讼法》"
WINE_SEQ, DYE_SEQ, LOAN_SEQ = 36518, 36643, 36771

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "summons", "consumption_restriction_order", "dishonest_list_decision", "investigation_record",
    "interview_record", "termination_this_round_ruling", "closing_approval_form", "closing_notice", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
CODES = OWN | RECEIVED
DAYS = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 4, "property_report_order": 4,
        "property_declaration_form": 11, "online_inquiry_result": 6, "enforcement_ruling": 8, "assistance_notice": 8,
        "summons": 21, "investigation_record": 27, "consumption_restriction_order": 36, "dishonest_list_decision": 36,
        "settlement_agreement": 31, "payment_voucher": 62, "interview_record": 112}


def cdate(d: date) -> str:
    """The date in Chinese numerals as the 越城 bureau types it: its 宋 face has no 〇, so the year's zero is ○."""
    return cn_date(d).replace("〇", "○")


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=3)
    if code == "termination_this_round_ruling":
        return c.closed_on - timedelta(days=1)
    if code == "closing_notice":
        return c.closed_on
    return c.day(DAYS.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """越城 parties. WINE: a 黄酒 brewery wins on appeal (绍兴中院) against a 酒类 trading firm that took 2,000 坛 of
    加饭酒 and paid part; DYE: a 印染 mill's 绍兴仲裁委员会 award for unpaid 加工费 against a 柯桥 cloth trader that has
    shut; LOAN: a 民间借贷 mediated in this court (民事调解书) against a renovation foreman who settles and pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {WINE_SEQ: "wine", DYE_SEQ: "dye", LOAN_SEQ: "loan"}[seq]
    c.firm = rng.choice(["浙江越州律师事务所", "浙江兰亭律师事务所", "浙江会稽山律师事务所"])
    c.extra["firm_addr"] = f"绍兴市越城区{rng.choice(['解放北路', '中兴中路', '人民东路'])}{rng.randint(100, 399)}号"
    c.extra["licence"] = f"1330620{rng.randint(10, 21)}1{rng.randint(1000000, 9999999)}"
    c.extra["in_bank"] = rng.choice(["绍兴银行越城支行", "浙江绍兴瑞丰农村商业银行城南支行", "中国工商银行绍兴分行营业部"])
    c.extra["in_acct"] = f"{rng.randint(10**15, 10**16 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(44, 58))
    street = rng.choice(["府山街道", "塔山街道", "北海街道", "城南街道"])
    if tale(c) == "wine":
        brand = rng.choice(["鉴湖", "越醇", "东浦"])
        c.applicant = Party(f"绍兴{brand}黄酒酿造有限公司", "organisation", credit_code(rng, "330602"),
                            f"浙江省绍兴市越城区东浦街道{rng.choice(['酒乡路', '鉴湖路'])}{rng.randint(10, 200)}号",
                            f"0575-884{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"绍兴上虞{rng.choice(['恒福', '瑞丰', '百合'])}酒类贸易有限公司", "organisation",
                             credit_code(rng, "330604"), f"浙江省绍兴市上虞区曹娥街道{rng.choice(['江扬路', '人民西路'])}"
                             f"{rng.randint(1, 300)}号", f"0575-821{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.basis_court = "浙江省绍兴市中级人民法院"
        c.extra["first_no"] = f"（2023）浙0602民初{rng.randint(3000, 9999)}号"
        c.basis_number = f"（2023）浙06民终{rng.randint(1000, 4999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["jars"] = rng.randint(12, 30) * 100
        c.extra["r_bank"] = rng.choice(["浙江上虞农村商业银行曹娥支行", "中国农业银行上虞支行"])
        c.extra["r_acct"] = f"2010{rng.randint(10**11, 10**12 - 1)}"
        c.amount = Decimal(rng.randint(38000, 96000)) * 10
    elif tale(c) == "dye":
        c.applicant = Party(f"绍兴越城{rng.choice(['华印', '永新', '明远'])}印染有限公司", "organisation", credit_code(rng, "330602"),
                            f"浙江省绍兴市越城区{rng.choice(['斗门街道', '马山街道'])}{rng.choice(['袍江工业区', '越东路'])}"
                            f"{rng.randint(1, 99)}号", f"0575-881{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"绍兴柯桥{rng.choice(['锦绣', '丝韵', '汇纺'])}纺织品有限公司", "organisation",
                             credit_code(rng, "330603"), f"浙江省绍兴市柯桥区柯桥街道中国轻纺城{rng.choice(['东市场', '北联市场'])}"
                             f"{rng.randint(1, 5)}区{rng.randint(100, 999)}号", f"0575-845{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "绍兴仲裁委员会"
        c.basis_number = f"（2023）绍仲字第{rng.randint(100, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 110))
        c.extra["cause"] = "加工合同纠纷"
        c.extra["metres"] = rng.randint(20, 90) * 1000
    else:
        born = date(rng.randint(1962, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "330602", born),
                            f"浙江省绍兴市越城区{street}{rng.choice(['仓桥直街', '书圣故里', '鲁迅中路'])}{rng.randint(1, 90)}号",
                            f"135{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["330621", "330602"]), born),
                             f"浙江省绍兴市越城区{rng.choice(['灵芝街道', '皋埠街道'])}{rng.choice(['金色家园', '镜湖花苑'])}"
                             f"{rng.randint(1, 30)}幢{rng.randint(101, 1802)}室", f"158{rng.randint(10000000, 99999999)}",
                             born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）浙0602民初{rng.randint(3000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(35, 70))
        for p in (c.applicant, c.respondent):  # the ID number's 17th digit says the holder's sex
            p.sex = "男" if int(p.id_number[16]) % 2 else "女"
        c.extra["cause"] = "民间借贷纠纷"
        c.amount = Decimal(rng.randint(120, 480)) * 1000
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(500, 700))
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return _own(code, c, rng, served)
    from dossier.corpus.families.court_dw_papers import paper

    return paper(code, c, rng, served)


# ---------------------------------------------------------------------------------------------- the bureau's press
def song(size: int = 40) -> Font:
    return font("song_gb", size)


def heavy(size: int) -> Font:
    return font("serif_bold", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = (20, 35, 90)) -> float:
    return hand(s, x, y, text, rng, size=size, ink=ink)


def foot_line(s: Sheet, i: int, n: int) -> None:
    """The bureau's small grey foot: its name left, the page of the paper right."""
    y = s.height - FOOT + mm(10)
    s.line(LEFT, y - 12, s.width - RIGHT, y - 12, width=1, fill=(120, 120, 120))
    s.text(LEFT, y, BUREAU, song(24), fill=(90, 90, 90))
    if n > 1:
        s.right(s.width - RIGHT, y, f"第{i}页 共{n}页", song(24))


def pages(blocks: Sequence[Block], head: Sheet, y: float, *, f: Font | None = None, lh: float = 74) -> tuple[list[Sheet], float]:
    f = f or song()
    out = [head]

    def nxt() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], TOP

    end = flow(head, blocks, f, x0=LEFT, width=head.width - LEFT - RIGHT, y=y, line_height=lh, indent=f.size * 2,
               bottom=head.height - FOOT - 40, more=nxt)
    return out, end


def bureau_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                 signers: Sequence[tuple[str, str]] = (), number: str = "", cc: str = "") -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(60))
    s.centred(TOP + 110, title, heavy(64), spacing=40 if len(title) <= 5 else 12)
    y: float = TOP + 230
    s.right(s.width - RIGHT - mm(4), y, number or c.number, song(38))
    sheets, y = pages(blocks, s, y + 90)
    last = sheets[-1]
    need = 80 * len(signers) + 260
    if y + need > last.height - FOOT - 30:
        sheets.append(Sheet())
        last, y = sheets[-1], TOP + 40
    y += 60
    for role, name in signers:
        last.text(last.width - RIGHT - mm(66), y, role, song(40), spacing=6)
        last.text(last.width - RIGHT - mm(28), y, name, song(40))
        y += 80
    y += 20
    x1 = last.width - RIGHT - mm(10)
    last.right(x1, y, cdate(day), song(40))
    seal(last, x1 - mm(24), y + 6, COURT, rng, radius=mm(21))
    if cc:
        last.text(LEFT, y + 170, cc, song(30))
    for i, sh in enumerate(sheets, 1):
        foot_line(sh, i, len(sheets))
        if i > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _basis(c: CaseCtx) -> str:
    kind = {"wine": "民事判决书", "dye": "裁决书", "loan": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _who(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}"
    return f"{p.name}，{p.sex}，{p.born.year if p.born else 1975}年出生，汉族，住{p.address}，公民身份号码{p.id_number}"


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    d = made_on(c, code)
    three = [("审 判 长", c.judge), ("审 判 员", c.officer), ("书 记 员", c.clerk)]
    if code == "acceptance_notice":
        return bureau_paper(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{_basis(c)}一案，本院经审查，符合受理条件，已于{cdate(c.filed_on)}立案执行，案号为{c.number}。"),
            ("p", f"本案由执行员{c.officer}承办，联系电话{c.court.phone}。请你方在执行过程中积极提供被执行人的财产线索；送达地址如有"
                  "变更，应及时书面告知本院。你方可通过“浙江移动微法院”查询案件进度。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "payment_notice":
        return bureau_paper(c, rng, "交纳执行申请费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{r.name}一案，根据《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费人民币{c.extra['fee']}元。"
                  "该费用由你方预交，执行完毕后由被执行人负担，本院在执行款中一并扣收。"),
            ("p", "请在接到本通知次日起七日内凭浙江省政府非税收入缴款码交纳；逾期不交又未申请缓交的，按撤回执行申请处理。"),
        ], day=d)
    if code == "enforcement_notice":
        return bureau_paper(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行{_basis(c)}，本院已于{cdate(c.filed_on)}立案。依照{LAW}第二百五十一条、《最高人民法院关于"
                  "人民法院执行工作若干问题的规定（试行）》第二十二条的规定，责令你方自收到本通知之日起立即履行下列义务："),
            ("p", f"一、支付申请执行人{money(c.amount)}及迟延履行期间的加倍债务利息；"),
            ("p", f"二、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", "你方未按本通知履行的，本院将依法强制执行，并可对你方采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=[("执 行 员", c.officer)], day=d)
    if code == "property_report_order":
        return bureau_paper(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院执行{_case(c)}，依照{LAW}第二百五十二条的规定，责令你方在收到本令之日起五日内，如实向本院报告当前以及收到"
                  "执行通知之日前一年的财产情况，并填写《被执行人财产申报表》。"),
            ("p", "你方拒绝报告、虚假报告或者无正当理由逾期报告的，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=[("执 行 员", c.officer)], day=d)
    if code == "enforcement_ruling":
        if tale(c) == "wine":
            order = [f"一、冻结、划拨被执行人{r.name}在{c.extra['r_bank']}账号为{c.extra['r_acct']}账户内的存款，以{money(c.amount)}为限；",
                     "二、冻结、划拨不足部分，查封、扣押被执行人同等价值的其他财产。"]
        else:
            order = [f"冻结、划拨被执行人{r.name}在金融机构的存款人民币{c.amount:,.2f}元，或者查封、扣押、冻结其相应价值的其他财产。"]
        return bureau_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{_who(a)}。"),
            ("f", f"被执行人：{_who(r)}。"),
            ("p", f"本院在执行{a.name}申请执行{_basis(c)}一案中，被执行人未按执行通知书履行生效法律文书确定的义务。依照{LAW}"
                  "第二百五十三条、第二百五十四条、第二百五十五条的规定，裁定如下："),
            *[("p", x) for x in order],
            ("p", "本裁定立即执行。"),
        ], signers=three, day=d)
    if code == "assistance_notice":
        bank = c.extra.get("r_bank") or rng.choice(["中国银行绍兴柯桥支行", "浙江绍兴恒信农村商业银行柯桥支行"])
        acct = c.extra.get("r_acct", "")
        what = (f"划拨被执行人{r.name}在你行账号{acct}账户内的存款{money(c.amount)}至本院执行款专户"
                if tale(c) == "wine" else f"冻结被执行人{r.name}在你行开立的全部账户内的存款，冻结金额以{money(c.amount)}为限，冻结期限一年")
        return bureau_paper(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"本院执行{_case(c)}，依照{LAW}第二百五十三条的规定，请协助执行以下事项："),
            ("p", what + "。"),
            ("f", f"附：{c.number}执行裁定书一份"),
            ("f", f"经办人：{c.officer}、{c.clerk}　　联系电话：{c.court.phone}"),
        ], number=f"{c.number}-1", day=d)
    if code == "summons":
        return _summons(c, rng, d)
    if code == "consumption_restriction_order":
        return bureau_paper(c, rng, "限制消费令", [
            ("f", f"被执行人：{r.name}，统一社会信用代码{r.id_number}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行{_case(c)}，被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。依照《最高人民法院关于限制"
                  f"被执行人高消费及有关消费的若干规定》第一条、第三条的规定，现对被执行人及其法定代表人{r.legal_rep}采取限制消费措施，"
                  "限制其不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非"
                  "经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头"
                  "动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"),
            ("p", "被执行人违反本令的，经查证属实，本院将依法予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。"),
        ], day=d)
    if code == "dishonest_list_decision":
        return bureau_paper(c, rng, "决定书", [
            ("f", f"被执行人：{_who(r)}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"本院执行{_case(c)}，被执行人具有履行能力而拒不履行生效法律文书确定的义务，且无正当理由拒不履行执行和解协议外的"
                  "其他义务、拒不报告财产。依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项的规定，"
                  "决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "被执行人认为本决定有错误的，可以向本院申请纠正。"),
        ], number=c.number.replace("号", "号之一"), day=d)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", d, [
            ("问", f"我们是越城区人民法院执行局的执行人员，今天依法对{r.name}在轻纺城的经营场所进行调查。你是谁？"),
            ("答", "我是隔壁摊位的老板，这家门面我也帮忙看一下。"),
            ("问", f"{r.name}现在还在这里经营吗？"),
            ("答", "去年年底就不做了，布都拉走了，门面租约到期没续，房东在找新租户。"),
            ("问", "店里还有坯布、成品布或者设备吗？"),
            ("答", "只剩几个空货架和一张旧桌子，不值钱。"),
            ("问", "知道他们老板现在在哪里吗？"),
            ("答", "听说回老家了，电话打过去一直不接。"),
        ], place=f"柯桥区中国轻纺城{r.address.split('中国轻纺城')[-1]}")
    if code == "interview_record":
        return _record(c, rng, "谈话笔录", d, [
            ("问", f"今天约你来，是告知{c.number}案件的执行情况。你是申请执行人的委托代理人吗？"),
            ("答", f"是的，我是{c.firm}律师{c.agent}，有特别授权。"),
            ("问", "本院通过网络查控系统查询，被执行人名下无存款可供划拨，无车辆、不动产登记；实地调查，其轻纺城门面已停业。"
                   "已对被执行人采取限制消费措施并纳入失信名单。你方是否有新的财产线索？"),
            ("答", "我们也查过，暂时没有新的线索。"),
            ("问", "本案拟终结本次执行程序，终本后发现被执行人有可供执行财产的，可以申请恢复执行，你方有无意见？"),
            ("答", "没有意见，同意终结本次执行程序。"),
        ], place="本院执行局谈话室")
    if code == "termination_this_round_ruling":
        return bureau_paper(c, rng, "执行裁定书", [
            ("f", f"申请执行人：{_who(a)}。"),
            ("f", f"被执行人：{_who(r)}。"),
            ("p", f"本院在执行{a.name}申请执行{_basis(c)}一案中，依法向被执行人发出执行通知书、报告财产令，经网络执行查控系统及"
                  "现场调查，被执行人名下无可供执行的财产，经营场所已停止经营。本院已对被执行人采取限制消费措施，并将其纳入失信"
                  f"被执行人名单。本院于{cdate(made_on(c, 'interview_record'))}约谈申请执行人，申请执行人未能提供新的财产线索。"),
            ("p", f"依照{LAW}第二百六十八条第六项、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，"
                  "裁定如下："),
            ("p", f"终结本次执行程序。本案未执行到位金额{money(c.amount)}。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=three, day=d)
    if code == "closing_notice":
        how = {"wine": "本院划拨被执行人存款", "dye": "", "loan": "被执行人按执行和解协议分期付清"}[tale(c)]
        return bureau_paper(c, rng, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行{_case(c)}，{how}，生效法律文书确定的给付义务已全部履行，执行款已于{cdate(c.extra['pay_day'])}"
                  f"汇入你方确认的{c.extra['in_bank']}账户。"),
            ("p", "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    return _archive(code, c, rng)


def _summons(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(56))
    s.centred(TOP + 100, "传　　票", heavy(66), spacing=20)
    s.right(s.width - RIGHT, TOP + 210, c.number, song(36))
    w = s.width - LEFT - RIGHT
    when = d + timedelta(days=6)
    rows = [["案　由", c.extra["cause"]], ["被传唤人", c.respondent.legal_rep + f"（{c.respondent.name}法定代表人）"],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受执行询问、报告财产"],
            ["应到时间", f"{when.year}年{when.month}月{when.day}日上午9时00分"], ["应到处所", "本院执行局（越城区延安路178号）第三谈话室"]]
    y = table(s, LEFT, TOP + 290, [mm(48), w - mm(48)], rows, song(36), row_h=[110, 130, 130, 110, 110, 130], centre_first=True)
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
             "三、被传唤人收到传票后，应在送达回证上签名或盖章。", "四、拒不到场的，本院可以依法拘传。"]
    for i, n in enumerate(notes):
        s.text(LEFT + mm(4), y + 40 + i * 54, n, song(30))
    y += 40 + len(notes) * 54 + 80
    s.right(s.width - RIGHT - mm(10), y + 40, cdate(d), song(40))
    s.text(LEFT, y + 40, f"执行员 {c.officer}　书记员 {c.clerk}", song(36))
    seal(s, s.width - RIGHT - mm(34), y + 50, COURT, rng, radius=mm(20))
    foot_line(s, 1, 1)
    return [s]


def _record(c: CaseCtx, rng: random.Random, title: str, d: date, qa: Sequence[tuple[str, str]], *, place: str) -> list[Sheet]:
    """A record typed by the clerk on the bureau's lined 笔录 paper; the people present sign by hand at each foot."""
    s = Sheet()
    s.centred(TOP, title, heavy(64), spacing=24)
    who = c.agent if title == "谈话笔录" else person_name(rng)
    meta = [f"案号：{c.number}", f"时间：{d.year}年{d.month}月{d.day}日{rng.randint(9, 15)}时{rng.choice(['00', '10', '30', '40'])}分",
            f"地点：{place}", f"执行人员：{c.officer}　　记录人：{c.clerk}",
            f"被调查（谈话）人：{who}"]
    y: float = TOP + 130
    for m in meta:
        s.text(LEFT, y, m, song(36))
        y += 60
    y += 20
    blocks: list[Block] = [("f", f"{q}：{t}") for q, t in qa]
    sheets, y = pages(blocks, s, y, f=song(38), lh=68)
    last = sheets[-1]
    last.text(LEFT, y + 30, "（以上笔录看过，与我说的一样。）", song(36))
    pen(last, LEFT + mm(20), y + 110, f"以上记录属实 {who}", rng)
    for i, sh in enumerate(sheets, 1):
        foot_line(sh, i, len(sheets))
        pen(sh, sh.width - RIGHT - mm(70), sh.height - FOOT - mm(8), f"{c.officer} {c.clerk}", rng, size=32)
        if i > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP, COURT, heavy(52))
    s.centred(TOP + 90, "执行案件结案审批表", heavy(62), spacing=6)
    w = s.width - LEFT - RIGHT
    method = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    rows = [["案号", c.number, "立案日期", num_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", f"{c.amount:,.2f}元", "执行到位", "" if c.method != "fully_performed" else f"{c.amount:,.2f}元"],
            ["拟结案方式", method, "承办人", c.officer], ["承办人意见", ""], ["执行局长意见", ""], ["分管院领导意见", ""]]
    cols = [mm(30), w * 0.58 - mm(30), mm(28), w * 0.42 - mm(28)]
    y0 = TOP + 200
    heights = [100, 120, 120, 100, 100, 330, 240, 240]
    table(s, LEFT, y0, cols, rows, song(32), row_h=heights, centre_first=True)
    y = y0 + sum(heights[:5])
    opinion = "标的已全部执行到位，申请执行人已领取执行款，建议以执行完毕方式结案。" if c.method == "fully_performed" \
        else "经查无财产可供执行，已采取限消、失信措施，申请人同意终本，建议终结本次执行程序。"
    for k, part in enumerate([opinion[i:i + 20] for i in range(0, len(opinion), 20)]):
        pen(s, LEFT + mm(38), y + 30 + k * 60, part, rng, size=36)
    pen(s, LEFT + w - mm(72), y + 250, f"{c.officer} {d.month}.{d.day}", rng, size=34)
    y += 330
    pen(s, LEFT + mm(40), y + 50, "同意。", rng, size=40)
    pen(s, LEFT + w - mm(72), y + 150, f"{person_name(rng)} {(d + timedelta(days=1)).month}.{(d + timedelta(days=1)).day}", rng, size=34)
    y += 240
    pen(s, LEFT + mm(40), y + 50, "同意结案。", rng, size=40, ink=(140, 25, 25))
    pen(s, LEFT + w - mm(72), y + 150, f"{person_name(rng)} {(d + timedelta(days=2)).month}.{(d + timedelta(days=2)).day}", rng, size=34, ink=(140, 25, 25))
    foot_line(s, 1, 1)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终本）", "summons": "传票",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（失信）", "closing_notice": "结案通知书",
         "payment_notice": "交纳执行申请费通知书"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """送达回证 of 越城法院: a table with the papers served listed in one cell; the person served writes the date."""
    to_applicant = served[0] in ("acceptance_notice", "payment_notice", "termination_this_round_ruling", "closing_notice")
    who = c.applicant if to_applicant else c.respondent
    signer = c.agent if to_applicant else (who.legal_rep or who.name)
    last = max(made_on(c, x) for x in served)
    got = last + timedelta(days=rng.randint(1, 5))
    s = Sheet()
    s.centred(TOP, COURT, heavy(54))
    s.centred(TOP + 96, "送 达 回 证", heavy(68), spacing=14)
    w = s.width - LEFT - RIGHT
    rows = [["案　　号", c.number], ["送达文书名称和件数", ""], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", rng.choice(["直接送达", "留置送达" if not to_applicant else "直接送达"])],
            ["送达人", f"{c.officer}　{c.clerk}"], ["备　　考", ""]]
    heights = [100, 100 + 64 * len(served), 100, 130, 250, 110, 100, 100, 140]
    y0 = TOP + 220
    table(s, LEFT, y0, [mm(52), w - mm(52)], rows, song(34), row_h=heights, centre_first=True)
    y = y0 + heights[0] + 40
    for n in served:
        s.text(LEFT + mm(58), y, f"{NAMES.get(n, n)}　1份", song(36))
        y += 64
    y = y0 + sum(heights[:4])
    pen(s, LEFT + mm(62), y + 50, signer, rng, size=56, ink=(25, 25, 30))
    pen(s, LEFT + mm(110), y + 160, f"{got.year}年{got.month}月{got.day}日", rng, size=38, ink=(25, 25, 30))
    s.text(LEFT, y0 + sum(heights) + 40, "填发人：" + c.clerk, song(32))
    s.right(s.width - RIGHT - mm(8), y0 + sum(heights) + 40, cdate(last), song(36))
    seal(s, s.width - RIGHT - mm(36), y0 + sum(heights) + 60, COURT, rng, radius=mm(19))
    foot_line(s, 1, 1)
    return [s]


def _archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(250, 248, 240))
    filed = c.closed_on + timedelta(days=rng.randint(10, 28))
    w = s.width - LEFT - RIGHT
    if code == "dossier_cover":
        s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(16), width=3)
        s.box(mm(20), mm(20), s.width - mm(20), s.height - mm(20), width=1)
        s.centred(mm(48), COURT, heavy(64))
        s.centred(mm(75), "执 行 案 卷", heavy(104), spacing=24)
        s.centred(mm(108), f"{c.filed_on.year}年度　　执字　　第{c.number.split('执')[1].rstrip('号')}号", song(42))
        rows = [["案　　号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["案由", c.extra["cause"]],
                ["执行依据", _basis(c)], ["执行标的", f"{c.amount:,.2f}元"], ["收案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["承办人", c.officer], ["书记员", c.clerk]]
        table(s, mm(32), mm(122), [mm(44), s.width - mm(64) - mm(44)], rows, song(36), row_h=[84, 84, 84, 84, 124, 84, 84, 84, 84, 84, 84],
              centre_first=True)
        s.text(mm(32), s.height - mm(44), f"归档日期：{num_date(filed)}", song(36))
        s.text(mm(32), s.height - mm(33), f"本卷共　{rng.randint(38, 46)}　页　　保管期限：长期　　档案号：06-{c.filed_on.year}-Z-"
               f"{rng.randint(1000, 9999)}", song(36))
        return [s]
    if code == "catalogue":
        s.centred(TOP, "卷 内 文 件 目 录", heavy(64), spacing=10)
        s.text(LEFT, TOP + 110, f"案号：{c.number}", song(34))
        items = ["执行申请书", "民事判决书（二审）", "生效证明书", "授权委托书、律师事务所函、律师执业证", "营业执照、法定代表人身份证明",
                 "财产线索登记表", "执行款收取账户确认书", "送达地址确认书", "受理、交费、执行通知、报告财产令",
                 "网络执行查控反馈", "财产申报表", "执行裁定书、协助执行通知书", "执行和解协议", "执行款发放凭证",
                 "结案通知书", "结案审批表", "送达回证", "卷宗复核表", "备考表"]
        rows = [["顺序号", "文　件　名　称", "日期", "页号"]]
        p = 1
        for i, it in enumerate(items, 1):
            n = rng.randint(1, 4)
            rows.append([str(i), it, "", f"{p}-{p + n - 1}" if n > 1 else str(p)])
            p += n
        table(s, LEFT, TOP + 170, [mm(20), w - mm(20) - mm(30) - mm(26), mm(30), mm(26)], rows, song(30), row_h=80,
              centre_first=True)
        return [s]
    if code == "file_review_form":
        s.centred(TOP, "执行卷宗归档审查表", heavy(60), spacing=6)
        s.text(LEFT, TOP + 100, f"案号：{c.number}　　承办人：{c.officer}", song(34))
        checks = ["立案材料齐全，执行依据及生效证明附卷", "法律文书均已送达，回证齐全", "案款收付手续完备，账款相符",
                  "卷内文件按顺序排列，页号连续", "结案审批手续完备"]
        rows = [["审查项目", "审查结果"], *[[k, ""] for k in checks], ["审查意见", ""]]
        y = TOP + 180
        heights = [90, *[120] * 5, 300]
        table(s, LEFT, y, [w * 0.66, w * 0.34], rows, song(34), row_h=heights, centre_first=True)
        for k in range(5):
            pen(s, LEFT + w * 0.66 + mm(18), y + 90 + 120 * k + 36, "√", rng, size=48)
        pen(s, LEFT + w * 0.66 + mm(6), y + 90 + 600 + 60, "可以归档", rng)
        pen(s, LEFT + w * 0.66 + mm(6), y + 90 + 600 + 170, person_name(rng), rng, size=44)
        s.right(s.width - RIGHT, y + sum(heights) + 50, num_date(filed), song(34))
        return [s]
    s.centred(TOP, "卷 内 备 考 表", heavy(64), spacing=8)
    s.box(LEFT, TOP + 130, s.width - RIGHT, s.height - mm(36), width=2)
    s.text(LEFT + 30, TOP + 170, "本卷情况说明：", song(38))
    pen(s, LEFT + 60, TOP + 250, f"本卷共{rng.randint(38, 46)}页，执行款已全部发放，无遗留问题。", rng, size=40)
    for k, (lab, who) in enumerate([("立卷人", c.clerk), ("检查人", person_name(rng))]):
        s.text(LEFT + 30, s.height - mm(110) + k * mm(24), f"{lab}：", song(38))
        pen(s, LEFT + 220, s.height - mm(112) + k * mm(24), who, rng, size=48)
    s.text(LEFT + 30, s.height - mm(60), f"立卷时间：{num_date(filed)}", song(38))
    return [s]
