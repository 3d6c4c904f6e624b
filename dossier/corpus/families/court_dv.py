"""court_dv (河南省南阳市宛城区人民法院, held out): the old city of 南阳 — 独山玉 carving shops, 中药材 (艾草, 山茱萸)
traders, farm produce, garages along the ring road. Its own papers are laser prints of the 执行局 in its plain style
(court name in bold serif above a letter-spaced 黑体 title, 明体 body, a 移动微法院 code and a page footer), fed with
everything else into the 自助立案一体机 at the window (court_dv_capture); much of what it receives arrives through
移动微法院 and WeChat as phone screenshots (court_dv_papers)."""

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
from dossier.corpus.draw import BLUE_INK, INK, Sheet, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_dv_papers import RECEIVED, effect_proof, paper, sms
from dossier.corpus.fonts import font

OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "online_inquiry_result",
    "enforcement_ruling", "assistance_notice", "closing_notice", "closing_approval_form", "summons",
    "consumption_restriction_order", "dishonest_list_decision", "investigation_record", "interview_record",
    "termination_this_round_ruling", "service_receipt", "dossier_cover", "catalogue", "file_review_form",
    "remarks_sheet",
})
CODES = OWN | RECEIVED
JADE_SEQ, HERB_SEQ, LOAN_SEQ = 35512, 35637, 35784
WHEN = {"acceptance_notice": 1, "payment_notice": 1, "enforcement_notice": 2, "property_report_order": 2,
        "online_inquiry_result": 4, "enforcement_ruling": 8, "assistance_notice": 8, "property_declaration_form": 11,
        "summons": 20, "investigation_record": 26, "settlement_agreement": 28, "consumption_restriction_order": 36,
        "dishonest_list_decision": 36, "interview_record": 110, "termination_this_round_ruling": 123,
        "closing_notice": 70, "effectiveness_certificate": -6}
NAMES = {"acceptance_notice": "受理案件通知书", "payment_notice": "缴纳执行费通知书", "enforcement_notice": "执行通知书",
         "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书",
         "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书",
         "termination_this_round_ruling": "执行裁定书（终结本次执行程序）", "summons": "传票",
         "closing_notice": "结案通知书"}
COURT = "河南省南阳市宛城区人民法院"
LAW = "《中华人民共和国民事诉讼法》"


def coop_code(rng: random.Random, region: str) -> str:
    """A 农民专业合作社's unified social credit code (registry 9, kind 3) with a valid GB 32100 check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "93" + region + "".join(rng.choice(chars) for _ in range(9))
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(ch) * w for ch, w in zip(body, weights, strict=True)) % 31
    return body + chars[0 if check == 31 else check]


def made_on(c: CaseCtx, code: str) -> date:
    if code == "closing_approval_form":
        return c.closed_on - timedelta(days=1)
    if code in ("file_review_form", "remarks_sheet", "dossier_cover", "catalogue"):
        return c.closed_on + timedelta(days=3)
    return c.day(WHEN.get(code, 0))


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """JADE_SEQ: a 独山玉 carving company, 南阳中院 二审 on a 购销合同 against a cultural-tourism trader (deposit
    deducted, the rest paid under a settlement); HERB_SEQ: a 中药材 co-operative's 南阳仲裁委员会 award against an 艾草
    products company (nothing found, 终本); LOAN_SEQ: a 民间借贷 judgment of this court against a garage owner who pays."""
    seq = int(c.number.split("执")[1].rstrip("号"))
    t = {JADE_SEQ: "jade", HERB_SEQ: "herb", LOAN_SEQ: "loan"}[seq]
    c.extra["tale"] = t
    c.firm = rng.choice(["河南宛都律师事务所", "河南卧龙岗律师事务所", "河南仲景律师事务所"])
    c.extra["firm_addr"] = f"南阳市宛城区{rng.choice(['新华东路', '仲景北路', '建设东路'])}{rng.randint(10, 399)}号"
    c.extra["licence"] = f"1411320{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["agent_id"] = id_number(rng, "411302")
    c.extra["letter_no"] = f"宛律函〔{c.filed_on.year}〕第{rng.randint(10, 300)}号"
    c.extra["upload_no"] = f"WSLA{c.day(-1):%Y%m%d}{rng.randint(1000, 9999)}"
    c.extra["wechat"] = f"wx_{rng.randint(100000, 999999)}"
    c.extra["judges"] = [person_name(rng) for _ in range(4)]
    c.extra["in_bank"] = rng.choice(["河南宛城农村商业银行新华支行", "中国建设银行南阳分行", "中原银行南阳分行"])
    c.extra["in_acct"] = f"6228{rng.randint(10**14, 10**15 - 1)}"
    c.extra["court_acct"] = f"1665 0101 0400 {rng.randint(1000, 9999)}"
    c.extra["pay_day"] = c.day(rng.randint(40, 55))
    c.extra["dark_app"] = t != "jade"
    if t == "jade":
        c.applicant = Party(f"南阳{rng.choice(['玉润', '独山', '宛玉'])}玉雕工艺品有限公司", "organisation",
                            credit_code(rng, "411302"), f"河南省南阳市宛城区{rng.choice(['独山大道', '玉雕大道'])}"
                            f"{rng.randint(100, 999)}号", f"0377-6{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"南阳{rng.choice(['汉韵', '卧龙', '白河'])}文化旅游商贸有限公司", "organisation",
                             credit_code(rng, "411303"), f"河南省南阳市卧龙区{rng.choice(['车站路', '中州路'])}"
                             f"{rng.randint(1, 300)}号", f"0377-6{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_court = "河南省南阳市中级人民法院"
        c.extra["first_no"] = f"（2023）豫1302民初{rng.randint(1000, 9999)}号"
        c.basis_number = f"（2023）豫13民终{rng.randint(1000, 6999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(40, 80))
        c.extra["cause"] = "买卖合同纠纷"
        c.extra["basis_title"] = "民事判决书"
        c.extra["claim_what"] = "货款"
        c.extra["contract_on"] = c.basis_effective - timedelta(days=rng.randint(420, 600))
        c.extra["pieces"] = rng.randint(60, 240)
        c.extra["scope"] = "玉器、工艺美术品的雕刻、加工、销售；旅游纪念品销售"
        c.amount = Decimal(rng.randint(18000, 64000)) * 10
        c.extra["story"] = ("申请执行人与被执行人买卖合同纠纷一案，经宛城区人民法院一审、南阳市中级人民法院二审，判决被执行人"
                            "支付独山玉雕工艺品货款。")
        c.extra["r_bank"] = rng.choice(["中国工商银行南阳卧龙支行", "河南卧龙农村商业银行车站路支行"])
        c.extra["r_acct"] = f"1714{rng.randint(10**14, 10**15 - 1)}"
        c.extra["taken"] = (c.amount * Decimal("0.35")).quantize(Decimal("0.01"))
        c.extra["payer"] = c.respondent.name
        c.extra["pay_bank"] = "中国工商银行"
    elif t == "herb":
        c.applicant = Party(f"南阳市宛城区{rng.choice(['瓦店', '红泥湾', '黄台岗'])}镇{rng.choice(['百草', '丰源', '艾乡'])}"
                            "中药材种植专业合作社", "organisation", coop_code(rng, "411302"),
                            f"河南省南阳市宛城区{rng.choice(['瓦店镇', '红泥湾镇'])}{rng.choice(['李营', '程庄', '吕庄'])}村",
                            f"138{rng.randint(10000000, 99999999)}", legal_rep=person_name(rng))
        c.respondent = Party(f"南阳{rng.choice(['艾都', '仲景', '宛艾'])}艾草制品有限公司", "organisation",
                             credit_code(rng, "411302"), f"河南省南阳市宛城区汉冶街道{rng.choice(['工业园', '艾草产业园'])}"
                             f"{rng.randint(1, 40)}号", f"0377-6{rng.randint(1000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_court = "南阳仲裁委员会"
        c.basis_number = f"（2023）宛仲裁字第{rng.randint(100, 999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(30, 90))
        c.extra["cause"] = "中药材收购合同纠纷"
        c.extra["basis_title"] = "裁决书"
        c.extra["claim_what"] = "货款及违约金"
        c.amount = Decimal(rng.randint(9000, 40000)) * 10
        c.extra["story"] = (f"2022年秋，申请人向被申请人交付陈艾叶{rng.randint(40, 90)}吨、山茱萸{rng.randint(3, 12)}吨，"
                            "被申请人收货后出具欠条，承诺年底前付清，但分文未付。")
        c.extra["scope"] = "艾草制品、艾灸用品的生产、销售；中药材收购"
    else:
        born = date(rng.randint(1963, 1980), rng.randint(1, 12), rng.randint(1, 28))
        c.applicant = Party(person_name(rng), "person", id_number(rng, "411302", born),
                            f"河南省南阳市宛城区{rng.choice(['东关', '新华', '仲景'])}街道{rng.choice(['南关', '梅溪'])}"
                            f"社区{rng.randint(1, 30)}号院", f"137{rng.randint(10000000, 99999999)}", born=born,
                            sex=rng.choice("男女"))
        born = date(rng.randint(1978, 1992), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, rng.choice(["411302", "411321"]), born),
                             f"河南省南阳市宛城区{rng.choice(['溧河乡', '汉冶街道'])}{rng.choice(['宛城', '张衡'])}路"
                             f"{rng.randint(1, 500)}号", f"158{rng.randint(10000000, 99999999)}", born=born, sex="男")
        c.basis_court = COURT
        c.basis_number = f"（2023）豫1302民初{rng.randint(1000, 9999)}号"
        c.basis_effective = c.filed_on - timedelta(days=rng.randint(25, 60))
        c.extra["cause"] = "民间借贷纠纷"
        c.extra["basis_title"] = "民事判决书"
        c.extra["claim_what"] = "借款本金及利息"
        c.extra["lent_on"] = c.basis_effective - timedelta(days=rng.randint(300, 500))
        c.extra["garage"] = f"宛城区{rng.choice(['顺通', '车之家', '老马'])}汽车修理厂"
        c.amount = Decimal(rng.randint(600, 2400)) * 100
        c.extra["story"] = f"被执行人经营{c.extra['garage']}期间向申请执行人借款，经宛城区人民法院判决偿还，至今未还。"
        c.extra["plate"] = f"豫R{rng.choice('ABCDFG')}{rng.randint(1000, 9999)}"
        c.extra["r_bank"] = "河南宛城农村商业银行溧河支行"
        c.extra["r_acct"] = f"6230{rng.randint(10**14, 10**15 - 1)}"
        c.extra["taken"] = Decimal(rng.randint(200, 3000)) + Decimal("0.37")
        c.extra["payer"] = c.respondent.name
        c.extra["pay_bank"] = "中国邮政储蓄银行"
    c.extra["fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra.setdefault("taken", Decimal(0))
    c.extra["paid"] = c.amount - c.extra["taken"]
    c.extra.setdefault("payer", c.respondent.name)
    c.extra.setdefault("pay_bank", "中国银行")
    c.extra["payer_acct"] = f"6222 **** **** {rng.randint(1000, 9999)}"
    c.extra["clue_bank"] = f"{c.extra.get('r_bank', '不详')} {c.extra.get('r_acct', '')}".strip()
    c.extra["clue_house"] = "不详" if t != "loan" else "宛城区溧河乡自建房一处（未登记）"
    c.extra["clue_car"] = c.extra.get("plate", "不详")
    c.extra["clue_other"] = {"jade": "其在南阳玉雕市场的门面内存放的玉器存货", "herb": "汉冶街道仓库内艾绒、艾条存货",
                             "loan": "修理厂的举升机、轮胎等设备"}[t]
    c.extra["declared_income"] = {"jade": "经营亏损，无收入", "herb": "已停产，无收入", "loan": "修车每月约三千元"}[t]
    c.extra["declared_bank"] = {"jade": "工行卧龙支行基本户，余额不详", "herb": "基本户已被其他法院冻结",
                                "loan": "农商行、邮储各一张卡"}[t]
    c.extra["declared_house"] = "无"
    c.extra["declared_car"] = {"jade": "无", "herb": "无", "loan": c.extra.get("plate", "无") + " 二手面包车"}[t]
    c.extra["declared_other"] = {"jade": "门面存货若干", "herb": "仓库艾草存货已霉变", "loan": "无"}[t]


# ---- the bureau's laser prints ------------------------------------------------------------------------------------

X0, X1 = mm(28), mm(184)


def _qr(s: Sheet, x: float, y: float, rng: random.Random, size: float) -> None:
    n = 21
    cell = size / n
    for i in range(n):
        for j in range(n):
            finder = [(fi, fj) for fi, fj in ((0, 0), (0, n - 7), (n - 7, 0)) if fi <= i < fi + 7 and fj <= j < fj + 7]
            if finder:
                di, dj = i - finder[0][0], j - finder[0][1]
                on = di in (0, 6) or dj in (0, 6) or (2 <= di <= 4 and 2 <= dj <= 4)
            else:
                on = rng.random() < 0.45
            if on:
                s.draw.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell), fill=INK)


def _footer(s: Sheet, k: int, n: int, c: CaseCtx) -> None:
    f = font("sans", mm(3))
    s.line(X0, s.height - mm(22), X1, s.height - mm(22), width=1)
    s.text(X0, s.height - mm(19), f"宛城区人民法院执行局  {c.number}", f, fill=(60, 60, 60))
    s.right(X1, s.height - mm(19), f"第{k}页 共{n}页", f, fill=(60, 60, 60))


def court_paper(c: CaseCtx, title: str, blocks: list[tuple[str, str]], rng: random.Random, *, number: bool = True,
                seal_on: bool = True, qr: bool = True, signers: list[tuple[str, str]] | None = None) -> list[Sheet]:
    """A paper of the bureau: court name, the letter-spaced title, the case number flush right, 明体 text with
    ("p") indented paragraphs, ("f") flush lines and ("r") lines set right, the signers and the date at the end under
    the court seal, a 移动微法院 code at the foot of the first page, "第k页 共n页" in the footer."""
    sheets = [Sheet(paper=(254, 254, 252))]
    s = sheets[0]
    s.centred(mm(24), COURT, font("serif_bold", mm(7.2)), spacing=mm(0.6))
    s.centred(mm(37), title, font("hei", mm(9)), spacing=mm(3.5))
    y = float(mm(55))
    if number:
        s.right(X1, y, c.number, font("ming", mm(5)))
        y += mm(12)
    f = font("ming", mm(5.2))
    lh = mm(9.6)
    bottom = s.height - mm(34)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet(paper=(254, 254, 252)))
        return sheets[-1], float(mm(26))

    def put(kind: str, text: str) -> None:
        nonlocal y
        s_ = sheets[-1]
        if kind == "r":
            if y + lh > bottom:
                s_, y = more()
            s_.right(X1 - mm(8), y, text, f)
            y += lh
            return
        ind = mm(10.4) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, X1 - X0, indent=ind)):
            if y + lh > bottom:
                s_, y = more()
            s_.text(X0 + (ind if k == 0 else 0), y, part, f)
            y += lh

    for kind, text in blocks:
        put(kind, text)
    y += mm(6)
    for role, name in signers or []:
        put("r", f"{role}    {name}")
    if seal_on:
        if y + mm(30) > bottom:
            sheets[-1], y = more()
            sheets[-1] = sheets[-1]
        put("r", cn_date(made_on(c, c.extra.get("_code", ""))))
        seal(sheets[-1], X1 - mm(40), y - mm(14), COURT, rng)
        if signers:
            put("f", "本件与原本核对无异")
    if qr:
        _qr(sheets[0], X0, sheets[0].height - mm(58), rng, mm(20))
        sheets[0].text(X0 + mm(23), sheets[0].height - mm(50), "微信扫码进入“移动微法院”查看案件进展",
                       font("sans", mm(3)), fill=(60, 60, 60))
    n = len(sheets)
    for k, sh in enumerate(sheets, 1):
        _footer(sh, k, n, c)
        sh.page_of = (k, n) if n > 1 else None
    return sheets


def _basis_ref(c: CaseCtx) -> str:
    return f"{c.basis_court}{c.basis_number}{c.extra['basis_title']}"


def _case(c: CaseCtx) -> str:
    return f"申请执行人{c.applicant.name}与被执行人{c.respondent.name}{c.extra['cause']}一案"


def _who(p: Party, role: str) -> str:
    if p.kind == "organisation":
        return f"{role}：{p.name}，住所地{p.address}。法定代表人：{p.legal_rep}。"
    born = p.born or date(1980, 1, 1)
    return f"{role}：{p.name}，{p.sex}，{born.year}年{born.month}月{born.day}日出生，住{p.address}。"


def _letters(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    t = c.extra["tale"]
    c.extra["_code"] = code
    staff = [("执行员", c.officer), ("书记员", c.clerk)]
    if code == "acceptance_notice":
        return court_paper(c, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你（单位）申请执行{r.name}{c.extra['cause']}一案，依据{_basis_ref(c)}，本院经审查，符合受理条件，"
                  f"决定立案执行。案号为{c.number}，承办人{c.officer}，联系电话{c.court.phone}。"),
            ("p", "你（单位）可通过“移动微法院”小程序或12368诉讼服务热线查询案件进展。发现被执行人财产线索的，"
                  "请及时向本院提供。"),
            ("p", "特此通知。"),
        ], rng)
    if code == "payment_notice":
        return court_paper(c, "缴纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院受理的{_case(c)}，按照《诉讼费用交纳办法》第十四条的规定，申请执行费{c.extra['fee']:.2f}元，"
                  "执行费由被执行人负担，执行中向被执行人收取；你（单位）已通过自助缴费预交的，执行完毕后依法处理。"),
            ("p", "缴费方式：扫描本页二维码或到诉讼服务中心自助立案一体机缴纳。"),
        ], rng)
    if code == "enforcement_notice":
        return court_paper(c, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{a.name}申请执行你（单位）{c.extra['cause']}一案，依据的{_basis_ref(c)}已经发生法律效力。"
                  f"申请执行人于{num_date(c.filed_on)}向本院申请强制执行，本院依法立案。依照{LAW}第二百四十七条、"
                  "第二百五十一条和第二百六十四条规定，责令你（单位）立即履行下列义务："),
            ("p", f"一、支付{c.extra['claim_what']}{money(c.amount)}；"),
            ("p", "二、加倍支付迟延履行期间的债务利息；"),
            ("p", f"三、负担申请执行费{c.extra['fee']:.2f}元。"),
            ("p", "逾期不履行的，本院将依法强制执行，并可对你（单位）采取限制消费、纳入失信被执行人名单等措施。"),
        ], rng, signers=staff)
    if code == "property_report_order":
        return court_paper(c, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院在执行{_case(c)}中，依照{LAW}第二百五十二条规定，责令你（单位）在收到本令之日起五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况（收入、银行存款、现金、有价证券；土地使用权、"
                  "房屋等不动产；车辆、机器设备等动产；对外投资及到期债权等）。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留，并纳入失信被执行人名单；构成犯罪的，"
                  "依法追究刑事责任。"),
        ], rng)
    if code == "enforcement_ruling":
        if t == "herb":
            what = (f"冻结、划拨被执行人{r.name}在银行的存款{money(c.amount)}，或查封、扣押、拍卖、变卖其同等价值的财产。")
        elif t == "jade":
            what = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款"
                    f"{c.extra['taken']:.2f}元；查封其在南阳玉雕市场门面内的玉器存货。")
        else:
            what = (f"冻结、扣划被执行人{r.name}在{c.extra['r_bank']}账户（账号{c.extra['r_acct']}）内的存款；"
                    f"查封被执行人名下车牌号为{c.extra['plate']}的小型普通客车一辆。")
        return court_paper(c, "执行裁定书", [
            ("f", _who(a, "申请执行人")), ("f", _who(r, "被执行人")),
            ("p", f"本院依据已经发生法律效力的{_basis_ref(c)}，于{num_date(c.filed_on)}立案执行。"
                  "被执行人未按执行通知书指定的期间履行义务。依照" + LAW + "第二百五十三条、第二百五十四条规定，"
                  "裁定如下："),
            ("p", what),
            ("p", "本裁定送达后立即生效。"),
        ], rng, signers=[("审判员", c.judge), ("书记员", c.clerk)])
    if code == "assistance_notice":
        bank = c.extra.get("r_bank", "河南宛城农村商业银行汉冶支行")
        acct = c.extra.get("r_acct", "被执行人名下全部账户")
        return court_paper(c, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{_case(c)}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条规定，"
                  "请协助执行下列事项："),
            ("p", f"冻结并扣划被执行人{r.name}在你行开立的账户（账号{acct}）内的存款，以{money(c.amount)}为限，"
                  f"划至本院执行款专户（开户行：中国农业银行南阳宛城支行，账号：{c.extra['court_acct']}）。"),
            ("f", "附：执行裁定书一份"),
        ], rng, signers=staff)
    if code == "closing_notice":
        return court_paper(c, "结案通知书", [
            ("f", f"{a.name}："),
            ("p", f"本院执行的{_case(c)}，被执行人已按执行和解协议履行完毕，执行款{money(c.amount)}已发放至你（单位）"
                  "确认的账户。依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条规定，本案以执行完毕方式结案。"),
            ("p", "特此通知。"),
        ], rng)
    if code == "summons":
        return court_paper(c, "传    票", [
            ("f", f"案号：{c.number}"), ("f", f"案由：{c.extra['cause']}"),
            ("f", f"被传唤人：{r.legal_rep}（{r.name}法定代表人）"), ("f", f"工作单位或住址：{r.address}"),
            ("f", "传唤事由：接受执行询问、申报财产"),
            ("f", f"应到时间：{num_date(made_on(c, 'summons') + timedelta(days=5))}上午9时"),
            ("f", "应到处所：本院执行局第三谈话室（光武路66号）"),
            ("f", "注意事项：1．被传唤人须携带本传票和身份证件；2．无正当理由拒不到场的，可以拘传。"),
        ], rng, number=False, signers=staff)
    if code == "consumption_restriction_order":
        return court_paper(c, "限制消费令", [
            ("f", f"{r.name}、{r.legal_rep}："),
            ("p", f"本院执行的{_case(c)}，因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条规定，对被执行人及其法定代表人"
                  f"{r.legal_rep}采取限制消费措施，限制其不得实施下列高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、"
                  "高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、"
                  "公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；"
                  "（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
            ("p", "如违反本限制消费令，本院将依法追究法律责任。"),
        ], rng)
    if code == "dishonest_list_decision":
        return court_paper(c, "决  定  书", [
            ("f", _who(r, "被执行人")),
            ("p", f"本院在执行{_case(c)}中，被执行人有履行能力而拒不履行生效法律文书确定的义务，并违反财产报告制度。"
                  "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六项规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单。"),
            ("p", "本决定一经作出即生效。被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。"),
        ], rng, signers=[("审判员", c.judge)])
    if code == "termination_this_round_ruling":
        return court_paper(c, "执行裁定书", [
            ("f", _who(a, "申请执行人")), ("f", _who(r, "被执行人")),
            ("p", f"本院在执行{_basis_ref(c)}过程中，通过网络执行查控系统查询被执行人的存款、车辆、不动产、证券、网络资金等，"
                  "未发现可供执行的财产；执行人员到被执行人住所地汉冶街道的仓库实地调查，仓库已停产，存放的艾草已霉变，"
                  "无处置价值。本院已向被执行人发出执行通知书、报告财产令，对其采取了限制消费措施并纳入失信被执行人名单。"),
            ("p", f"本院于{num_date(made_on(c, 'interview_record'))}约谈申请执行人，告知其本案的执行情况、财产调查措施、"
                  "被执行人的财产情况、终结本次执行程序的依据及法律后果，申请执行人表示知悉。"),
            ("p", f"本案应执行标的{money(c.amount)}，已执行到位0元。依照{LAW}第二百六十八条第六项、《最高人民法院关于适用"
                  "〈中华人民共和国民事诉讼法〉的解释》第五百一十七条规定，裁定如下："),
            ("p", f"终结本院{c.number}案件的本次执行程序。"),
            ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受申请执行时效期间的限制。"),
            ("p", "本裁定送达后立即生效。"),
        ], rng, signers=[("审判长", c.judge), ("审判员", c.extra["judges"][2]), ("审判员", c.extra["judges"][1]),
                          ("书记员", c.clerk)])
    if code == "effectiveness_certificate":
        return court_paper(c, "生效证明书", [
            ("f", f"{a.name}："),
            ("p", (f"你（单位）与{r.name}{c.extra['cause']}一案，本院于{num_date(c.basis_effective - timedelta(days=60))}"
                   f"作出{c.extra['first_no']}民事判决，{r.name}不服提起上诉，河南省南阳市中级人民法院于"
                   f"{num_date(c.basis_effective)}作出{c.basis_number}民事判决：驳回上诉，维持原判。该判决已于"
                   f"{num_date(c.basis_effective)}发生法律效力。") if t == "jade" else
                  (f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院{c.basis_number}民事判决书已于"
                   f"{num_date(c.basis_effective)}发生法律效力。")),
            ("p", "特此证明。"),
        ], rng, number=False, qr=False)
    raise KeyError(code)


def records(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """笔录 on the bureau's ruled form: typed question and answer, signed by hand on every page."""
    a, r = c.applicant, c.respondent
    if code == "investigation_record":
        title, head = "调 查 笔 录", [("时间", f"{num_date(made_on(c, code))} 10时05分至10时40分"),
                                      ("地点", f"{r.name}仓库（{r.address}）"), ("调查人", f"{c.officer}、{c.judge}"),
                                      ("记录人", c.clerk), ("被调查人", f"{person_name(rng)}（仓库看门人）")]
        qa = ["问：我们是宛城区人民法院执行局的执行人员，今天来调查公司的经营和财产情况。你在这里干什么？",
              "答：我是看门的，公司去年冬天就停产了，工人都走了，老板很少来。",
              "问：仓库里现在有什么东西？",
              "答：就剩些艾草，去年雨水大，受潮发霉了，没人要。机器是租的，年初被人拉走了。",
              "问：公司有没有别的仓库、门面或者车辆？",
              f"答：不知道，这得问{r.legal_rep}，他电话老打不通。",
              "问：以上记录你看一下，是否属实？", "答：属实。"]
    else:
        title, head = "约 谈 笔 录", [("时间", f"{num_date(made_on(c, code))} 15时20分"), ("地点", "本院执行局接待室"),
                                      ("约谈人", c.officer), ("记录人", c.clerk),
                                      ("被约谈人", f"{a.legal_rep}（{a.name}理事长），{c.agent}（律师）")]
        qa = ["问：今天约你们来，是告知本案的执行情况。本院已经查询了被执行人的银行、车辆、不动产等，没有发现可供执行的财产，"
              "到仓库实地调查，存货霉变无价值，已经对其限制消费、纳入失信名单。你们有没有新的财产线索？",
              "答：我们合作社也去找过，公司门关着，老板躲着不见，没有新线索。",
              "问：本院拟对本案终结本次执行程序，终本后发现财产可以随时申请恢复执行，不受时效限制，你们听清楚了吗？",
              "答：听清楚了，同意先终本，有线索再申请。",
              "问：以上记录是否属实？", "答：属实。"]
    s = Sheet(paper=(254, 254, 252))
    s.centred(mm(22), COURT, font("serif_bold", mm(6)))
    s.centred(mm(33), title, font("hei", mm(8.5)), spacing=mm(1))
    f = font("ming", mm(4.8))
    y = float(mm(50))
    for label, val in head:
        s.text(X0, y, f"{label}：", f)
        for part in wrap(val, f, X1 - X0 - mm(26)):
            s.text(X0 + mm(24), y, part, f)
            s.line(X0 + mm(23), y + mm(6.4), X1, y + mm(6.4), width=1)
            y += mm(9)
    y += mm(4)
    sheets = [s]
    for line in qa:
        for part in wrap(line, f, X1 - X0):
            if y > s.height - mm(40):
                s = Sheet(paper=(254, 254, 252))
                sheets.append(s)
                y = float(mm(26))
            s.text(X0, y, part, f)
            y += mm(9)
    who = head[-1][1].split("（")[0]
    for k, sh in enumerate(sheets, 1):
        sh.text(X1 - mm(78), sh.height - mm(30), "被调查（约谈）人：", font("ming", mm(4.2)))
        signature(sh, X1 - mm(36), sh.height - mm(33), who, rng, ink=INK)
        for k2 in range(5):  # the red fingerprint over the name: ridges, not a blot
            sh.draw.ellipse((X1 - mm(8) + k2 * 4, sh.height - mm(34) + k2 * 5, X1 + mm(2) - k2 * 4,
                             sh.height - mm(22) - k2 * 5), outline=(205, 60, 60), width=3)
        _footer(sh, k, len(sheets), c)
        sh.page_of = (k, len(sheets)) if len(sheets) > 1 else None
    return sheets


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 网络执行查控系统's result list as printed from the bureau's PC: a wide table in sans, the system's header."""
    s = Sheet(paper=(254, 254, 252))
    s.text(X0 - mm(8), mm(14), f"执行查控系统 · 查询结果列表    打印时间：{made_on(c, 'online_inquiry_result'):%Y-%m-%d} "
                               f"{rng.randint(8, 17)}:{rng.randint(10, 59)}", font("sans", mm(3.2)), fill=(80, 80, 80))
    s.centred(mm(26), "网络执行查控反馈结果", font("sans_bold", mm(7)))
    f = font("sans", mm(3.6))
    s.text(X0 - mm(8), mm(40), f"案号：{c.number}   被查询人：{c.respondent.name}   证照号码：{c.respondent.id_number}", f)
    t = c.extra["tale"]
    rows = [["序号", "协助单位", "查询类别", "反馈结果", "金额/数量"]]
    units = ["中国工商银行", "中国农业银行", "中国建设银行", "河南农村信用社", "中国邮政储蓄银行", "公安部交通管理局",
             "自然资源部（不动产）", "中国证券登记结算", "支付宝（蚂蚁集团）", "财付通"]
    for k, u in enumerate(units, 1):
        found = ""
        if t == "jade" and u == "中国工商银行":
            found = f"{c.extra['taken']:.2f}"
        if t == "loan" and u == "河南农村信用社":
            found = f"{c.extra['taken']:.2f}"
        if t == "loan" and u == "公安部交通管理局":
            found = f"1辆（{c.extra['plate']}）"
        kind = "车辆" if "交通" in u else "不动产" if "不动产" in u else "证券" if "证券" in u else \
            "网络资金" if u in ("支付宝（蚂蚁集团）", "财付通") else "存款"
        rows.append([str(k), u, kind, "有财产" if found else "无财产/余额0", found or "0"])
    y = table(s, X0 - mm(8), mm(50), [mm(14), mm(58), mm(24), mm(36), mm(40)], rows, f, row_h=mm(11), width=1)
    s.text(X0 - mm(8), y + mm(6), "说明：本结果为系统自动反馈，仅供执行人员参考。", font("sans", mm(3.2)))
    _footer(s, 1, 1, c)
    return [s]


def approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(254, 254, 252))
    s.centred(mm(22), COURT, font("serif_bold", mm(6)))
    s.centred(mm(33), "执行案件结案审批表", font("hei", mm(8)), spacing=mm(0.8))
    f = font("ming", mm(4.5))
    how = "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"
    got = Decimal(0) if c.method == "terminated_this_round" else c.amount
    rows = [["案号", c.number], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", _basis_ref(c)], ["立案日期", num_date(c.filed_on)], ["申请执行标的", f"{c.amount:.2f}元"],
            ["实际执行到位", f"{got:.2f}元"], ["结案方式", how], ["承办人意见", ""], ["执行局负责人意见", ""]]
    h = [mm(13)] * 8 + [mm(36), mm(32)]
    y0 = mm(48)
    table(s, X0 - mm(6), y0, [mm(42), X1 - X0 - mm(30)], rows, f, row_h=h, width=2, centre_first=True)
    yy = y0 + sum(h[:8])
    hand(s, X0 + mm(42), yy + mm(5), f"拟以{how}方式结案。", rng, size=mm(5.5), ink=INK)
    signature(s, X0 + mm(90), yy + mm(20), c.officer, rng)
    hand(s, X0 + mm(130), yy + mm(22), num_date(made_on(c, "closing_approval_form")), rng, size=mm(4.5), ink=INK)
    hand(s, X0 + mm(42), yy + mm(41), "同意。", rng, size=mm(6), ink=BLUE_INK)
    signature(s, X0 + mm(90), yy + mm(54), c.judge, rng, ink=BLUE_INK)
    _footer(s, 1, 1, c)
    return [s]


def receipt(c: CaseCtx, served: list[str], rng: random.Random) -> list[Sheet]:
    """送达回证: for the 受理通知书 served on the applicant's side by 12368 SMS, the lawyer's screenshot of that SMS;
    otherwise the bureau's own form, signed on the spot."""
    last = max(made_on(c, d) for d in served)
    when = last + timedelta(days=rng.randint(1, 4))
    if "acceptance_notice" in served:
        return sms(c, served, rng, when,
                   f"【{COURT}】{c.applicant.name}：您申请执行{c.respondent.name}一案已立案，案号{c.number}，承办人{c.officer}。"
                   f"受理案件通知书、缴纳执行费通知书已通过电子送达，请登录“移动微法院”查收，点击链接视为送达。"
                   f"https://ydwfy.hncourt.gov.cn/s/{rng.randint(10**6, 10**7)}")
    names = "、".join(NAMES.get(d, d) for d in served)
    who = c.applicant if served == ["termination_this_round_ruling"] else c.respondent
    s = Sheet(paper=(254, 254, 252))
    s.centred(mm(24), COURT, font("serif_bold", mm(6.5)))
    s.centred(mm(36), "送 达 回 证", font("hei", mm(9)), spacing=mm(2))
    f = font("ming", mm(4.6))
    rows = [["案号", c.number], ["送达文书", f"{names}"], ["受送达人", who.name], ["送达地址", who.address],
            ["受送达人签收", ""], ["签收日期", ""], ["送达方式", "直接送达"], ["送达人", ""], ["备注", ""]]
    h = [mm(14), mm(22), mm(14), mm(18), mm(30), mm(14), mm(14), mm(16), mm(22)]
    y0 = mm(54)
    table(s, X0 - mm(6), y0, [mm(36), X1 - X0 - mm(24)], rows, f, row_h=h, width=3, centre_first=True)
    ys = [y0 + sum(h[:i]) for i in range(len(h))]
    signature(s, X0 + mm(50), ys[4] + mm(10), who.legal_rep or who.name, rng, ink=BLUE_INK)
    hand(s, X0 + mm(40), ys[5] + mm(3), num_date(when), rng, size=mm(5.4), ink=BLUE_INK)
    signature(s, X0 + mm(40), ys[7] + mm(3), f"{c.officer} {c.clerk}", rng)
    s.text(X0 - mm(6), ys[-1] + h[-1] + mm(5), "（本回证由送达人交回执行局内勤入卷）", font("ming", mm(3.8)))
    _footer(s, 1, 1, c)
    return [s]


def archive(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(250, 246, 236) if code == "dossier_cover" else (254, 254, 252))
    if code == "dossier_cover":
        s.centred(mm(34), COURT, font("serif_bold", mm(8)), spacing=mm(1))
        s.centred(mm(60), "执 行 卷 宗", font("hei", mm(16)), spacing=mm(5))
        s.centred(mm(84), "（正卷）", font("ming", mm(6)))
        f = font("ming", mm(5.4))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name],
                ["被执行人", c.respondent.name], ["承办人", c.officer], ["收案日期", num_date(c.filed_on)],
                ["结案日期", num_date(c.closed_on)], ["结案方式", "执行完毕"], ["归档日期", num_date(made_on(c, code))],
                ["保管期限", "长期"], ["本卷共", "    册  第  册"]]
        table(s, mm(30), mm(100), [mm(42), mm(108)], rows, f, row_h=mm(13.5), width=3, centre_first=True)
        hand(s, mm(120), mm(100) + mm(13.5) * 10 + mm(3), "1     1", rng, size=mm(6), ink=INK)
        return [s]
    if code == "catalogue":
        s.centred(mm(24), "卷 内 目 录", font("hei", mm(9)), spacing=mm(2))
        s.text(X0 - mm(8), mm(38), f"案号：{c.number}", font("ming", mm(4.6)))
        items = ["卷宗封面", "卷内目录", "强制执行申请书", "执行依据", "生效证明书", "立案材料（身份、委托、律师函等）",
                 "受理案件通知书、缴费通知书", "执行通知书、报告财产令", "财产申报表", "网络查控结果", "执行裁定书",
                 "协助执行通知书", "执行和解协议", "执行款交付凭证", "结案通知书", "结案审批表", "送达回证",
                 "归档复核表", "备考表"]
        rows = [["序号", "文件名称", "页号", "备注"]] + [[str(k), it, "", ""] for k, it in enumerate(items, 1)]
        table(s, X0 - mm(8), mm(48), [mm(16), mm(100), mm(24), mm(24)], rows, font("ming", mm(4.2)), row_h=mm(10.5),
              width=2)
        page = 1
        for k in range(1, len(items) + 1):
            hand(s, X0 + mm(112), mm(48) + mm(10.5) * k + mm(2), str(page), rng, size=mm(4.6), ink=INK)
            page += rng.randint(1, 4)
        return [s]
    if code == "file_review_form":
        s.centred(mm(24), COURT, font("serif_bold", mm(6)))
        s.centred(mm(35), "执行卷宗归档复核表", font("hei", mm(8)))
        rows = [["案号", c.number], ["复核项目", "复核结果"], ["法律文书是否齐全", ""], ["送达回证是否齐全", ""],
                ["执行款物是否发放完毕", ""], ["卷内文书排列、编号是否规范", ""], ["复核意见", ""], ["复核人", ""]]
        f = font("ming", mm(4.6))
        h = [mm(14)] * 6 + [mm(30), mm(16)]
        y0 = mm(50)
        table(s, X0 - mm(6), y0, [mm(70), X1 - X0 - mm(58)], rows, f, row_h=h, width=2)
        for k in range(2, 6):
            hand(s, X0 + mm(80), y0 + sum(h[:k]) + mm(3), "是", rng, size=mm(5.5), ink=INK)
        hand(s, X0 + mm(72), y0 + sum(h[:6]) + mm(8), "符合归档要求，准予归档。", rng, size=mm(5), ink=INK)
        signature(s, X0 + mm(72), y0 + sum(h[:7]) + mm(3), person_name(rng), rng)
        return [s]
    # remarks_sheet
    s.centred(mm(30), "卷 内 备 考 表", font("hei", mm(9)), spacing=mm(2))
    s.box(X0, mm(48), X1, mm(230), width=3)
    f = font("ming", mm(4.8))
    s.text(X0 + mm(6), mm(56), f"本卷情况说明：{c.number}", f)
    hand(s, X0 + mm(12), mm(72), "本卷共计文书材料若干件，装订完整，", rng, size=mm(5.4), ink=INK)
    hand(s, X0 + mm(6), mm(84), "部分材料系当事人通过移动微法院提交的截图打印件。", rng, size=mm(5.4), ink=INK)
    s.text(X0 + mm(80), mm(196), "立卷人：", f)
    signature(s, X0 + mm(100), mm(192), c.clerk, rng)
    s.text(X0 + mm(80), mm(210), "检查人：", f)
    signature(s, X0 + mm(100), mm(206), c.officer, rng)
    s.text(X0 + mm(80), mm(222), f"立卷时间：{num_date(made_on(c, 'remarks_sheet'))}", f)
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "effectiveness_certificate" and c.extra["tale"] == "herb":
        return effect_proof(c, rng)
    if code in RECEIVED and code != "effectiveness_certificate":
        return paper(code, c, rng, served)
    if code == "service_receipt":
        return receipt(c, served, rng)
    if code in ("investigation_record", "interview_record"):
        return records(code, c, rng)
    if code == "online_inquiry_result":
        return inquiry(c, rng)
    if code == "closing_approval_form":
        return approval(c, rng)
    if code in ("dossier_cover", "catalogue", "file_review_form", "remarks_sheet"):
        return archive(code, c, rng)
    return _letters(code, c, rng)

