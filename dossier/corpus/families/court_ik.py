"""court_ik (云南省瑞丽市人民法院, held out): the border town on the 瑞丽江 — 姐告's jade market, the 畹町 and 姐告 crossings
with their freight yards, the rubber plantations up the hills of 勐秀 and 户育. The bureau prints its papers on an
office inkjet whose nozzles are clogging (court_ik_kit, court_ik_capture); what it receives comes in the senders'
styles (court_ik_papers); large tables are A3 sheets filed folded or reduced; a flatbed scans the volumes."""

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
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_ik_kit import (
    A3,
    COURT,
    DARKPEN,
    NAVY,
    L,
    Page,
    R,
    T,
    body,
    cells,
    court_paper,
    form_title,
    pen,
)
from dossier.corpus.families.court_ik_papers import RECEIVED, received
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "investigation_record", "closing_notice", "closing_approval_form", "service_receipt",
    "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
})
CODES = OWN | RECEIVED
JADE_SEQ, FREIGHT_SEQ, RUBBER_SEQ = 11014, 11052, 11087
LAW = "《中华人民共和国民事诉讼法》"
WHEN = {"enforcement_application": -2, "power_of_attorney": -4, "law_firm_letter": -3, "lawyer_license": -3,
        "acceptance_notice": 1, "payment_notice": 1, "fee_receipt": 2, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 3, "enforcement_ruling": 6, "assistance_notice": 6, "investigation_record": 7,
        "property_declaration_form": 10, "sale_ruling": 24}
CLOSING = {"payment_voucher": 10, "closing_approval_form": 4, "closing_notice": 2,
           "file_review_form": -4, "catalogue": -5, "remarks_sheet": -5, "dossier_cover": -6}
"""days before the closing date (negative: after it — the archive's papers)"""


def tale(c: CaseCtx) -> str:
    return str(c.extra["tale"])


def made_on(c: CaseCtx, code: str) -> date:
    if code in CLOSING:
        return c.closed_on - timedelta(days=CLOSING[code])
    return c.day(WHEN.get(code, 0))


def _recheck(code: str) -> str:
    """A code re-checked after its kind digits were changed (92… an individual business)."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(code[:17], weights, strict=True)) % 31
    return code[:17] + chars[0 if check == 31 else check]


def _fee(amount: Decimal) -> Decimal:
    """申请执行费 (《诉讼费用交纳办法》第十四条): 50 yuan up to 10,000, then 1.5% up to 500,000."""
    return Decimal(50) if amount <= 10000 else (Decimal(50) + (amount - 10000) * Decimal("0.015")).quantize(Decimal("1"))


JADE = [("冰种翡翠手镯", "只", 520, 2400), ("糯种飘花手镯", "只", 260, 900), ("翡翠平安扣挂件", "件", 140, 600),
        ("翡翠观音挂件", "件", 800, 3600), ("翡翠蛋面戒指（18K金镶嵌）", "枚", 1500, 5200), ("翡翠珠链（108粒）", "串", 900, 3000),
        ("缅甸莫西沙半赌原石", "块", 2600, 9800), ("翡翠摆件（山水）", "件", 3200, 12000), ("黄翡福瓜挂件", "件", 300, 1200)]


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """瑞丽 parties. JADE_SEQ: a 姐告 jade wholesaler wins this court's judgment for jade supplied on credit to a 珠宝街
    shop, whose stock is seized, appraised and auctioned; FREIGHT_SEQ: a cross-border logistics firm's award of the
    德宏仲裁委员会 for unpaid freight against a trading company, whose account is frozen and deducted online; RUBBER_SEQ:
    a rubber tapper's 民事调解书 of this court for tapping pay against a plantation company, whose account is deducted."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    c.extra["tale"] = {JADE_SEQ: "jade", FREIGHT_SEQ: "freight", RUBBER_SEQ: "rubber"}[seq]
    c.court = c.court.__class__(COURT, c.court.code, "瑞丽市", c.court.region, c.court.address, c.court.phone)
    c.firm = rng.choice(["云南边城律师事务所", "云南孔雀之乡律师事务所", "云南瑞丽江律师事务所"])
    c.extra["firm_addr"] = f"瑞丽市{rng.choice(['勐卯路', '人民路', '珠宝街'])}{rng.randint(10, 199)}号"
    c.extra["licence"] = f"1533120{rng.randint(15, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["badge"] = f"53312{rng.randint(100, 999)}"
    c.extra["in_bank"] = rng.choice(["云南瑞丽农村商业银行姐告支行", "中国农业银行瑞丽支行", "富滇银行瑞丽分行"])
    c.extra["in_acct"] = f"6231{rng.randint(10**11, 10**12 - 1)}"
    t = tale(c)
    if t == "jade":
        c.applicant = Party(f"瑞丽市姐告{rng.choice(['玉缘', '金孔雀', '缅玉', '宝石城'])}珠宝玉石有限公司", "organisation",
                            credit_code(rng, "533102"), f"云南省瑞丽市姐告国门大道{rng.randint(5, 88)}号姐告玉城{rng.choice('ABC')}区"
                            f"{rng.randint(1, 40)}号", f"0692-41{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1972, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["533102", "533103", "513030"]), born),
                             f"云南省瑞丽市勐卯街道{rng.choice(['珠宝街', '建设街', '南卯街'])}{rng.randint(2, 160)}号",
                             f"158{rng.randint(10000000, 99999999)}", born=born, sex=rng.choice("男女"))
        c.extra["shop"] = f"瑞丽市{c.respondent.name[0]}氏翡翠珠宝店"
        c.extra["shop_code"] = _recheck("92" + credit_code(rng, "533102")[2:])
        c.extra["shop_addr"] = f"瑞丽市珠宝街{rng.randint(1, 99)}号一楼铺面"
        c.basis_court = COURT
        c.basis_number = f"（2023）云3102民初{rng.randint(1200, 4800)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 70))
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(1800, 4200)) * 100
        items = rng.sample(JADE, 7)
        lots = [(name, unit, rng.randint(2, 30) if unit != "块" else rng.randint(1, 4), rng.randint(lo, hi))
                for name, unit, lo, hi in items]
        c.extra["lots"] = lots
        worth = sum(n * p for _, _, n, p in lots)
        scale = float(c.amount) * rng.uniform(1.25, 1.5) / worth
        c.extra["lots"] = [(name, unit, n, max(80, round(p * scale / 10) * 10)) for name, unit, n, p in lots]
        c.extra["appraised"] = Decimal(sum(n * p for _, _, n, p in c.extra["lots"]))
        c.extra["sold"] = (c.extra["appraised"] * Decimal(rng.choice(["0.86", "0.92", "1.04", "1.11"]))).quantize(Decimal("1"))
        c.extra["appraiser"] = f"德宏州{rng.choice(['玉鉴', '滇西', '宝信'])}珠宝玉石检测评估有限公司"
        c.extra["market"] = "瑞丽市珠宝街市场管理有限公司"
        c.extra["auction_day"] = c.day(rng.randint(44, 50))
    elif t == "freight":
        c.applicant = Party(f"德宏{rng.choice(['边通', '瑞畹', '滇缅', '国门'])}跨境物流有限公司", "organisation",
                            credit_code(rng, "533102"), f"云南省瑞丽市畹町经济开发区{rng.choice(['物流园', '口岸大道'])}"
                            f"{rng.randint(1, 60)}号", f"0692-51{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"瑞丽{rng.choice(['兴边', '南坎', '金象', '瑞缅'])}进出口贸易有限公司", "organisation",
                             credit_code(rng, "533102"), f"云南省瑞丽市姐告{rng.choice(['贸易区', '边境经济合作区'])}"
                             f"{rng.choice(['国门大道', '瑞景路'])}{rng.randint(1, 120)}号", f"0692-46{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "德宏仲裁委员会"
        c.basis_number = f"（2023）德仲裁字第{rng.randint(40, 460)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 90))
        c.extra["cause"] = "货物运输合同纠纷"
        c.amount = Decimal(rng.randint(900, 2900)) * 100 + Decimal(rng.randint(0, 99))
        c.extra["trips"] = rng.randint(14, 40)
    else:
        born = date(rng.randint(1975, 1995), rng.randint(1, 12), rng.randint(1, 28))
        sex = rng.choice("男女")
        given = rng.choice(["温", "罕", "帅", "恩", "保"]) if sex == "男" else rng.choice(["喃", "香", "叫", "约", "南"])
        c.applicant = Party(("岩" if sex == "男" else "玉") + given, "person", id_number(rng, "533102", born),
                            f"云南省瑞丽市{rng.choice(['勐秀乡', '户育乡', '弄岛镇'])}{rng.choice(['南京里', '雷弄', '户弄', '等秀'])}村"
                            f"{rng.randint(1, 12)}组", f"187{rng.randint(10000000, 99999999)}", born=born, sex=sex)
        c.extra["nation"] = rng.choice(["傣", "景颇"])
        c.respondent = Party(f"瑞丽{rng.choice(['南畹', '雷弄', '勐秀', '边寨'])}橡胶种植开发有限公司", "organisation",
                             credit_code(rng, "533102"), f"云南省瑞丽市{rng.choice(['勐秀乡', '户育乡'])}"
                             f"{rng.choice(['胶林', '山脚', '新寨'])}{rng.randint(1, 30)}号", f"0692-47{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = COURT
        c.basis_number = f"（2023）云3102民初{rng.randint(5000, 7900)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 60))
        c.extra["cause"] = "劳务合同纠纷"
        c.amount = Decimal(rng.randint(180, 460)) * 100
        c.extra["trees"] = rng.randint(6, 14) * 100
        c.firm = "云南瑞丽江律师事务所"
        c.extra["aid_no"] = f"瑞法援〔2024〕{rng.randint(8, 90)}号"
    if t != "jade":
        c.extra["r_bank"] = rng.choice(["中国建设银行瑞丽支行", "云南瑞丽农村商业银行勐卯支行", "中国工商银行瑞丽姐告支行"])
        c.extra["r_acct"] = f"53{rng.randint(10**15, 10**16 - 1)}"
    c.extra["fee"] = _fee(c.amount)
    c.extra["paid_in"] = c.day(rng.randint(8, 14)) if t != "jade" else c.extra["auction_day"] + timedelta(days=rng.randint(6, 9))


def basis_title(c: CaseCtx) -> str:
    kind = {"jade": "民事判决书", "freight": "裁决书", "rubber": "民事调解书"}[tale(c)]
    return f"{c.basis_court}{c.basis_number}{kind}"


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED:
        return list(received(code, c, rng, served))
    return list(_own(code, c, rng, served))


def _you(p: Party) -> str:
    return "你公司" if p.kind == "organisation" else "你"


def _party(role: str, p: Party, c: CaseCtx) -> list[tuple[str, str]]:
    if p.kind == "organisation":
        return [("h", f"{role}：{p.name}，住所地{p.address}，统一社会信用代码{p.id_number}。"), ("h", f"法定代表人：{p.legal_rep}。")]
    born = p.born or date(1980, 1, 1)
    nation = c.extra.get("nation", "汉") if p is c.applicant else "汉"
    extra = f"系{c.extra['shop']}经营者，" if "shop" in c.extra and p is c.respondent else ""
    return [("h", f"{role}：{p.name}，{p.sex}，{num_date(born)}出生，{nation}族，{extra}住{p.address}，公民身份号码{p.id_number}。")]


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    a, r = c.applicant, c.respondent
    case = f"申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案"
    d = made_on(c, code)
    crew = [("执行员", c.officer), ("书记员", c.clerk)]
    t = tale(c)
    if code == "acceptance_notice":
        return court_paper(c, rng, "受理案件通知书", [
            ("to", f"{a.name}："),
            ("p", f"你方申请执行{basis_title(c)}一案，本院经审查符合立案条件，已于{cn_date(c.filed_on)}立案执行。"),
            ("p", f"本案执行员{c.officer}，书记员{c.clerk}，联系电话{c.court.phone}。你方如发现被执行人的财产线索，请及时向本院提供；"
                  "收款账户、送达地址如有变更，应当书面告知本院。"),
            ("p", "你方可以通过云南法院诉讼服务网、“移动微法院”查询案件流程节点。"),
            ("p", "特此通知。"),
            ("n", f"本院执行局地址：{c.court.address}（执行事务中心一楼）"),
        ], day=d)
    if code == "payment_notice":
        return court_paper(c, rng, "交纳申请执行费通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院受理{case}，依照《诉讼费用交纳办法》第十条、第十四条的规定，本案应交纳申请执行费人民币"
                  f"{c.extra['fee']}元。" + ("因本案系追索劳动报酬案件，申请执行费待执行后由被执行人负担，你方暂不预交。"
                                          if t == "rubber" else "请你方于收到本通知之日起七日内预交。")),
            ("p", "交纳方式：持本通知书到本院诉讼服务中心开具云南省非税收入缴款书，通过银行柜台或扫码缴纳。"),
        ], day=d)
    if code == "enforcement_notice":
        return court_paper(c, rng, "执行通知书", [
            ("to", f"{r.name}："),
            ("p", f"{a.name}申请执行{basis_title(c)}一案，本院已于{cn_date(c.filed_on)}立案。依照{LAW}第二百五十一条、"
                  f"第二百六十四条的规定，责令{_you(r)}自收到本通知之日起立即履行下列义务："),
            ("p", f"一、向申请执行人{a.name}支付{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费人民币{c.extra['fee']}元。"),
            ("p", f"逾期不履行的，本院将依法强制执行，并可对{_you(r)}采取限制消费、纳入失信被执行人名单等措施。"),
        ], signers=crew, day=d)
    if code == "property_report_order":
        return court_paper(c, rng, "报告财产令", [
            ("to", f"{r.name}："),
            ("p", f"本院在执行{case}中，依照{LAW}第二百五十二条的规定，责令{_you(r)}在收到本令后五日内，如实向本院报告当前以及"
                  "收到执行通知之日前一年的财产情况，并填写所附财产申报表。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
        ], signers=crew, day=d)
    if code == "enforcement_ruling":
        return _ruling(c, rng, "sale" in served)
    if code == "assistance_notice":
        return _assist(c, rng, d)
    if code == "investigation_record":
        return _seizure_record(c, rng, d)
    if code == "closing_notice":
        if t == "jade":
            how = (f"本院依法查封、扣押被执行人{r.name}经营的珠宝店内翡翠饰品并委托评估、网络司法拍卖，拍卖成交价款"
                   f"{c.extra['sold']:,.2f}元")
        elif t == "freight":
            how = f"本院通过网络执行查控系统冻结并扣划被执行人在{c.extra['r_bank']}账户内的存款"
        else:
            how = f"本院扣划被执行人在{c.extra['r_bank']}账户内的存款"
        return court_paper(c, rng, "结案通知书", [
            ("to", f"{a.name}："),
            ("p", f"本院执行的{case}，{how}，执行款{money(c.amount)}已于{cn_date(made_on(c, 'payment_voucher'))}"
                  f"发放至你方确认的{c.extra['in_bank']}账户。"),
            ("p", "生效法律文书确定的金钱给付义务已全部履行完毕，本案依照《最高人民法院关于执行案件立案、结案若干问题的意见》"
                  "第十五条的规定，以“执行完毕”方式结案。"),
            ("p", "特此通知。"),
        ], day=d)
    if code == "closing_approval_form":
        return _approval(c, rng, d)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng, d)
    if code == "catalogue":
        return _catalogue(c, rng, d)
    if code == "file_review_form":
        return _review(c, rng, d)
    if code == "remarks_sheet":
        return _remarks(c, rng, d)
    raise KeyError(code)


def _ruling(c: CaseCtx, rng: random.Random, sale: bool) -> list[Page]:
    a, r = c.applicant, c.respondent
    t = tale(c)
    bench = [("审判长", c.judge), ("审判员", c.officer), ("审判员", person_name(rng)), ("书记员", c.clerk)]
    intro = (f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，{basis_title(c)}已经发生法律效力。"
             f"因被执行人未按执行通知书履行义务，")
    if t == "jade" and sale:
        d = c.day(WHEN["sale_ruling"])
        return court_paper(c, rng, "执行裁定书", [
            *_party("申请执行人", a, c), *_party("被执行人", r, c),
            ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，于{cn_date(made_on(c, 'enforcement_ruling'))}"
                  f"查封、扣押了被执行人经营的{c.extra['shop']}内翡翠饰品及原石共计{sum(n for _, _, n, _ in c.extra['lots'])}件。"
                  f"经本院委托，{c.extra['appraiser']}作出评估报告，评估价值为{c.extra['appraised']:,.2f}元。评估报告送达双方当事人后，"
                  "双方均未提出异议。被执行人在指定期限内仍未履行义务。"),
            ("p", f"依照{LAW}第二百五十八条，《最高人民法院关于人民法院民事执行中拍卖、变卖财产的规定》第一条、第四条的规定，"
                  "裁定如下："),
            ("p", f"拍卖被执行人{r.name}所有的、已被本院查封扣押的翡翠饰品及原石（详见查封、扣押财产清单）。"),
            ("p", "本裁定送达后立即生效。"),
        ], signers=bench, day=d, number=c.number.replace("号", "号之二"))
    if t == "jade":
        order = (f"查封、扣押被执行人{r.name}经营的{c.extra['shop']}（{c.extra['shop_addr']}）内翡翠饰品、原石等财产"
                 f"（详见附件清单），以{money(c.amount)}及执行费用为限。")
    else:
        order = f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账号{c.extra['r_acct']}内的存款{money(c.amount)}。"
    law = "第二百五十三条、第二百五十四条" if t != "jade" else "第二百五十五条、第二百五十六条"
    sheets = court_paper(c, rng, "执行裁定书", [
        *_party("申请执行人", a, c), *_party("被执行人", r, c),
        ("p", intro + f"依照{LAW}{law}的规定，裁定如下："),
        ("p", order),
        ("p", "本裁定立即执行。"),
    ], signers=bench, day=made_on(c, "enforcement_ruling"), number=c.number.replace("号", "号之一"))
    if t == "jade":
        sheets.append(_lot_list(c, rng))
    return sheets


def _lot_list(c: CaseCtx, rng: random.Random) -> Page:
    """查封、扣押财产清单 on an A3 landscape sheet: every lot with its count, the officer's estimate, the 封条 numbers."""
    s = Page(size=A3, large="a3")
    s.centred(mm(16), "附件：查封、扣押财产清单", font("hei", mm(8)), spacing=mm(2))
    f = body(4.4)
    s.text(mm(24), mm(32), f"案号：{c.number}　　被执行人：{c.respondent.name}（{c.extra['shop']}）　　查封地点：{c.extra['shop_addr']}", f)
    rows = [["序号", "财产名称", "单位", "数量", "品相/特征描述", "存放位置", "封条编号", "备注"]]
    places = ["一号柜台", "二号柜台", "玻璃展柜", "里间保险柜", "门口原石架"]
    for i, (name, unit, n, _price) in enumerate(c.extra["lots"], 1):
        rows.append([str(i), name, unit, str(n), rng.choice(["色阳、有棉", "种水一般、无裂", "局部有纹", "带证书",
                                                           "未切开，开窗", "满绿"]),
                     rng.choice(places), f"RL{c.filed_on.year}-{rng.randint(100, 999)}", "就地封存" if rng.random() < 0.6 else "扣押带回"])
    total = sum(n for _, _, n, _ in c.extra["lots"])
    rows.append(["合计", "", "", str(total), "", "", "", ""])
    widths = [mm(18), mm(78), mm(18), mm(20), mm(74), mm(50), mm(50), mm(66)]
    boxes = cells(s, mm(22), mm(44), widths, rows, f, heights=mm(15), labels=(0,), frame=False, centre=False)
    y = boxes[-1][0][3] + mm(10)
    s.text(mm(24), y, "被执行人（签字）：", f)
    pen(s, mm(70), y - 6, c.respondent.name, rng, size=54, ink=NAVY)
    s.text(mm(150), y, "见证人（签字）：", f)
    pen(s, mm(192), y - 6, person_name(rng), rng, size=54, ink=NAVY)
    s.text(mm(270), y, f"执行人员：{c.officer}　{c.clerk}", f)
    s.text(mm(24), y + mm(14), f"填表日期：{num_date(made_on(c, 'investigation_record'))}", f)
    seal(s, mm(350), y + mm(6), COURT, rng, radius=mm(20))
    return s


def _assist(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    r = c.respondent
    if tale(c) == "jade":
        return court_paper(c, rng, "协助执行通知书", [
            ("to", f"{c.extra['market']}："),
            ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，已依法查封被执行人经营的{c.extra['shop']}"
                  f"（{c.extra['shop_addr']}）内的翡翠饰品等财产。依照{LAW}第二百五十五条的规定，请你公司协助执行下列事项："),
            ("p", "一、在查封期间不得允许任何人开启已贴封条的柜台、保险柜及库房，不得为被执行人办理铺面转租、退租手续；"),
            ("p", "二、发现被执行人或他人擅自处分查封财产的，立即告知本院执行局。"),
            ("n", f"附：{c.number}之一执行裁定书一份。经办人：{c.officer}，工作证号{c.extra['badge']}，电话{c.court.phone}。"),
        ], day=d, number=c.number.replace("号", "号之三"))
    return court_paper(c, rng, "协助执行通知书", [
        ("to", f"{c.extra['r_bank']}："),
        ("p", f"本院在执行{c.applicant.name}与{r.name}{c.extra['cause']}一案中，作出的{c.number}之一执行裁定书已经发生法律效力。"
              f"依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
        ("p", f"扣划被执行人{r.name}（统一社会信用代码{r.id_number}）在你行账号{c.extra['r_acct']}内的存款{money(c.amount)}，"
              "划至本院执行款专户（户名：瑞丽市人民法院，开户行：中国农业银行瑞丽支行）。"),
        ("p", "本通知已通过最高人民法院网络执行查控系统以电子方式发送，本纸质文书随卷备查。"),
        ("n", f"附：执行裁定书一份。执行人员：{c.officer}（工作证号{c.extra['badge']}）、{c.clerk}。"),
    ], day=d, number=c.number.replace("号", "号之二"))


def _seizure_record(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The on-site 调查笔录 at the shop on the day of the seizure, typed back at the bureau; the operator signs each page."""
    r = c.respondent
    lots = c.extra["lots"]
    qa = [
        ("问", f"我们是瑞丽市人民法院执行局的执行人员{c.officer}、{c.clerk}（出示工作证件），今天依法到{c.extra['shop']}调查你的财产情况，"
               "并执行本院查封、扣押裁定。你应当如实回答，听清楚了吗？"),
        ("答", "听清楚了。"),
        ("问", f"这间铺面是你在经营吗？{c.applicant.name}的货款你为什么一直没有付？"),
        ("答", "铺子是我开的，去年生意不好，缅甸那边的货款也压着，一直没有钱付。"),
        ("问", "店里现在有哪些货？是不是你的？"),
        ("答", f"柜台里的手镯、挂件和里间的几块原石都是我的，大概有{sum(n for _, _, n, _ in lots)}件。有几件是别人寄卖的，我已经拿出来了。"),
        ("问", "除了店里的货，你还有存款、车辆、房产吗？"),
        ("答", "银行卡里没有钱了，车是贷款买的还押着，房子是租的。"),
        ("问", "本院现依法对店内翡翠饰品及原石予以查封、扣押，清点结果详见查封、扣押财产清单，你核对后签字。封条不得擅自撕毁，"
               "查封财产不得转移、出售，否则将依法追究责任，清楚吗？"),
        ("答", "清楚，我核对过了，数量没有问题。"),
        ("问", "你还有什么要说的？"),
        ("答", "希望法院拍卖的时候价格不要太低。"),
    ]
    sheets = [Page()]
    s = sheets[0]
    y = form_title(s, "调查笔录", issuer=COURT)
    w = s.width - L - R
    f = body(4.6)
    rows = [["时间", f"{num_date(d)} 10时05分至11时40分", "地点", c.extra["shop_addr"]],
            ["调查人", c.officer, "记录人", c.clerk],
            ["被调查人", f"{r.name}（被执行人，{c.extra['shop']}经营者）", "在场人", f"{person_name(rng)}（{c.extra['market']}）"]]
    y = cells(s, L, y, [mm(24), mm(60), mm(24), w - mm(108)], rows, f, heights=mm(15), labels=(0, 2))[-1][0][3] + mm(10)
    bf = body(5.0)
    lead = bf.size * 1.85
    sheets_sign: list[Page] = [s]

    def sign(sh: Page) -> None:
        sh.text(sh.width - R - mm(86), sh.height - mm(30), "被调查人：", body(4.4))
        pen(sh, sh.width - R - mm(58), sh.height - mm(33), r.name, rng, size=50)

    from dossier.corpus.draw import wrap
    for tag, text in qa:
        for k, part in enumerate(wrap(text, bf, w - bf.size * 2)):
            if y + lead > s.height - mm(42):
                sign(s)
                s = Page()
                sheets.append(s)
                sheets_sign.append(s)
                y = float(T)
            if k == 0:
                s.text(L, y, tag + "：", font("hei", mm(5.0)))
            s.text(L + bf.size * 2, y, part, bf)
            y += lead
    y += lead * 0.4
    s.text(L, y, "（笔录经被调查人阅看，无误。）", bf)
    pen(s, L + mm(6), y + lead, "以上笔录我看过，与我说的相符。", rng, size=48)
    sign(s)
    return _folio_right(sheets)


def _folio_right(sheets: list[Page]) -> list[Page]:
    from dossier.corpus.families.court_ik_kit import folios
    return folios(sheets, style="right")


def _approval(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "执行案件结案审批表")
    s.text(L, y - mm(4), f"案号：{c.number}", body(4.6))
    s.right(s.width - R, y - mm(4), f"立案日期：{num_date(c.filed_on)}", body(4.6))
    y += mm(8)
    w = s.width - L - R
    f = body(4.5)
    how = {"jade": "查封扣押财产经评估、网络司法拍卖，拍卖款已发放", "freight": "网络查控冻结、扣划存款，执行款已发放",
           "rubber": "扣划被执行人存款，执行款已由申请执行人领取"}[tale(c)]
    rows = [["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", basis_title(c)],
            ["申请标的", f"{c.amount:,.2f}元", "执行到位", f"{c.amount:,.2f}元"],
            ["执行情况", how], ["结案方式", "执行完毕"],
            ["承办人意见", ""], ["合议庭意见", ""], ["局长审批", ""]]
    hs = [mm(16), mm(16), mm(16), mm(24), mm(16), mm(44), mm(32), mm(32)]
    boxes = cells(s, L, y, [mm(34), mm(58), mm(30), w - mm(122)], rows, f, heights=hs, labels=(0, 2))
    x = boxes[5][1][0] + mm(5)
    pen(s, x, boxes[5][1][1] + mm(4), "执行标的已全部执行到位，案款已发放，建议以执行完毕方式结案。", rng, size=40, per=18, lead=mm(8))
    pen(s, boxes[5][1][2] - mm(60), boxes[5][1][3] - mm(10), f"{c.officer} {d.month}.{d.day}", rng, size=38)
    pen(s, x, boxes[6][1][1] + mm(6), "同意结案。", rng, size=42)
    pen(s, boxes[6][1][2] - mm(50), boxes[6][1][3] - mm(11), c.judge, rng, size=40)
    pen(s, x, boxes[7][1][1] + mm(6), "同意。", rng, size=44, ink=DARKPEN)
    pen(s, boxes[7][1][2] - mm(60), boxes[7][1][3] - mm(11), f"{person_name(rng)} {d.month}.{d.day + 1 if d.day < 28 else d.day}",
        rng, size=40, ink=DARKPEN)
    return [s]


NAMES = {"acceptance_notice": "受理案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
         "enforcement_ruling": "执行裁定书", "payment_notice": "交纳申请执行费通知书", "closing_notice": "结案通知书",
         "property_declaration_form": "财产申报表"}


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Page]:
    """送达回证: a two-column grid; the recipient signs in the big cell, the date by hand, the court's seal half over it."""
    to_applicant = any(x in served for x in ("acceptance_notice", "payment_notice", "closing_notice"))
    who = c.applicant if to_applicant else c.respondent
    s = Page()
    y = form_title(s, "送达回证")
    w = s.width - L - R
    f = body(4.8)
    when = max(made_on(c, x) for x in served) + timedelta(days=rng.randint(1, 3))
    papers = "、".join(NAMES.get(x, x) for x in served) + ("、财产申报表" if "property_report_order" in served else "")
    how = "直接送达" if who.kind == "person" or rng.random() < 0.5 else "邮寄送达（EMS）"
    rows = [["案号", c.number], ["送达文书", f"{papers}（各一份）"], ["受送达人", who.name], ["送达地址", who.address],
            ["送达方式", how], ["受送达人签名或盖章", ""], ["签收日期", ""], ["代收人及代收理由", ""], ["送达人", ""], ["备注", ""]]
    hs = [mm(15), mm(24), mm(15), mm(20), mm(15), mm(34), mm(15), mm(20), mm(15), mm(24)]
    boxes = cells(s, L, y, [mm(48), w - mm(48)], rows, f, heights=hs)
    right = [row[1] for row in boxes]
    signer = who.legal_rep if who.kind == "organisation" else who.name
    if who is c.applicant and c.agent and rng.random() < 0.5:
        signer = c.agent
    pen(s, right[5][0] + mm(20), right[5][1] + mm(10), signer, rng, size=58)
    pen(s, right[6][0] + mm(10), right[6][1] + mm(3), num_date(when), rng, size=42)
    pen(s, right[8][0] + mm(10), right[8][1] + mm(3), f"{c.officer}、{c.clerk}", rng, size=42, ink=DARKPEN)
    seal(s, right[6][2] - mm(45), right[6][1] + mm(4), COURT, rng, radius=mm(19))
    s.text(L, boxes[-1][0][3] + mm(8), "注：受送达人拒绝签收的，送达人应当在备注栏内记明拒收事由和日期。", body(4.0))
    return [s]


def _cover(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    """The archive cover, printed on the bureau's inkjet onto buff card: 全宗号 etc. at the top left, a frame below."""
    s = Page(paper=(236, 226, 198))
    f = body(5.0)
    cells(s, L, mm(20), [mm(28), mm(28), mm(28)], [["全宗号", "年度", "卷号"], ["", "", ""]], body(4.2),
          heights=[mm(9), mm(11)], labels=(0, 1, 2), frame=False)
    pen(s, L + mm(6), mm(31), "Z031", rng, size=36, ink=DARKPEN)
    pen(s, L + mm(33), mm(31), str(c.closed_on.year), rng, size=36, ink=DARKPEN)
    pen(s, L + mm(62), mm(31), str(rng.randint(120, 880)), rng, size=36, ink=DARKPEN)
    s.centred(mm(58), COURT, font("serif_bold", mm(9)), spacing=mm(1.5))
    s.centred(mm(80), "执 行 案 卷", font("hei", mm(15)), spacing=mm(6))
    s.centred(mm(104), "（正卷）", body(5.5))
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", basis_title(c)], ["执行标的", f"{c.amount:,.2f}元"], ["结案方式", "执行完毕"],
            ["立案日期", num_date(c.filed_on)], ["结案日期", num_date(c.closed_on)], ["执行员", c.officer], ["书记员", c.clerk],
            ["归档日期", ""], ["保管期限", ""], ["本卷页数", ""]]
    w = s.width - L - R - mm(10)
    boxes = cells(s, L + mm(5), mm(120), [mm(40), w - mm(40)], [[k, ""] for k, _ in rows], f, heights=mm(10.5))
    for (_k, v), row in zip(rows, boxes, strict=True):
        if v:
            pen(s, row[1][0] + mm(4), row[1][1] + mm(1.5), v, rng, size=36, ink=DARKPEN)
    pen(s, boxes[11][1][0] + mm(4), boxes[11][1][1] + mm(1.5), num_date(d), rng, size=36, ink=DARKPEN)
    pen(s, boxes[12][1][0] + mm(4), boxes[12][1][1] + mm(1.5), "长期", rng, size=36, ink=DARKPEN)
    pen(s, boxes[13][1][0] + mm(4), boxes[13][1][1] + mm(1.5), f"共{rng.randint(52, 74)}页", rng, size=36, ink=DARKPEN)
    return [s]


def _catalogue(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    items = ["执行申请书", "民事判决书", "生效证明书", "财产线索表", "申请执行费票据", "申请执行人营业执照", "被执行人身份证",
             "授权委托书", "律师事务所函", "律师执业证", "收取案款确认书", "送达地址确认书", "受理案件通知书", "交纳执行费通知书",
             "执行通知书", "报告财产令", "财产申报表", "网络查控结果", "执行裁定书（查封、扣押）及财产清单", "协助执行通知书",
             "调查笔录（现场查封）", "执行裁定书（拍卖）", "案款发放凭证", "结案通知书", "结案审批表", "送达回证", "卷宗复核表",
             "备考表"]
    s = Page()
    y = form_title(s, "卷 内 目 录", issuer="")
    f = body(4.3)
    s.text(L, y - mm(6), f"案号：{c.number}", f)
    y += mm(2)
    w = s.width - L - R
    rows = [["顺序号", "文件材料名称", "页号", "备注"]]
    page = 1
    for i, name in enumerate(items, 1):
        rows.append([str(i), name, str(page), ""])
        page += 1 + (2 if "判决" in name or "查封" in name else 1 if name in ("执行申请书", "网络查控结果", "调查笔录（现场查封）") else 0)
    cells(s, L, y, [mm(20), w - mm(64), mm(22), mm(22)], rows, f, heights=mm(7.4), labels=(0, 2))
    pen(s, L, s.height - mm(26), f"立卷人：{c.clerk}　{num_date(d)}", rng, size=38)
    return [s]


def _review(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "卷宗复核表")
    w = s.width - L - R
    f = body(4.6)
    points = ["文书材料齐全，无缺页、漏页", "法律文书均有送达回证", "查封、评估、拍卖手续完备", "执行款收付凭证齐全",
              "卷内目录与材料相符", "页码连续，装订规范", "电子卷宗同步生成并上传"]
    rows = [["案号", c.number], ["承办人", c.officer], ["书记员", c.clerk], ["复核事项", "复核结果"],
            *[[p, ""] for p in points], ["复核意见", ""], ["复核人及日期", ""]]
    hs = [mm(14)] * 4 + [mm(13)] * len(points) + [mm(34), mm(16)]
    boxes = cells(s, L, y, [mm(86), w - mm(86)], rows, f, heights=hs)
    for row in boxes[4:4 + len(points)]:
        pen(s, row[1][0] + mm(16), row[1][1] + mm(2), rng.choice(["√ 是", "是", "√"]), rng, size=40)
    pen(s, boxes[-2][1][0] + mm(5), boxes[-2][1][1] + mm(8), "经复核，材料齐全，同意归档。", rng, size=42)
    pen(s, boxes[-1][1][0] + mm(5), boxes[-1][1][1] + mm(2), f"{c.officer}　{num_date(d)}", rng, size=40)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random, d: date) -> list[Page]:
    s = Page()
    y = form_title(s, "备 考 表", issuer="")
    s.text(L, y - mm(6), f"案号：{c.number}", body(4.6))
    y += mm(4)
    x1 = s.width - R
    s.box(L, y, x1, s.height - mm(44), width=3)
    s.box(L - 7, y - 7, x1 + 7, s.height - mm(44) + 7, width=4)
    s.text(L + mm(6), y + mm(6), "本卷情况说明", font("hei", mm(5.4)))
    pages = rng.randint(52, 74)
    yy = pen(s, L + mm(12), y + mm(20), f"本卷共有文件材料{pages - 4}件，共{pages}页（封面、卷内目录、备考表不编页号）。", rng,
             size=42, per=20, lead=mm(10.5))
    yy = pen(s, L + mm(12), yy, "查封财产清单为A3纸张，已折叠装订。", rng, size=42, per=20, lead=mm(10.5))
    pen(s, L + mm(12), yy, "执行款已全部发放，无遗留事项。", rng, size=42, per=20, lead=mm(10.5))
    base = s.height - mm(100)
    for k, (label, value) in enumerate([("立卷人", c.clerk), ("检查人", c.officer), ("立卷时间", num_date(d))]):
        s.text(L + mm(88), base + k * mm(16), f"{label}：", body(5.0))
        pen(s, L + mm(118), base + k * mm(16) - 6, value, rng, size=44)
    return [s]
