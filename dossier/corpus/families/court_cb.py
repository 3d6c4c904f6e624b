"""court_cb (四川省西昌市人民法院, held out): the court of 凉山彝族自治州's seat — 邛海 guesthouses, 会理 石榴 and
苦荞 farming, the satellite-launch base town. The bureau's own papers (drawn here) carry the court's name in Yi
script (彝文, Noto Sans Yi) above the Chinese; the papers it receives are drawn in their authors' styles in
court_cb_papers. Capture: a flatbed with its lid left open (court_cb_capture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from PIL import ImageFont

from dossier.corpus.content import CaseCtx, Party, cn_date, credit_code, id_number, money, person_name
from dossier.corpus.draw import RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_cb_papers import RECEIVED, mark_aged, render_paper
from dossier.corpus.fonts import Font, font

COURT = "四川省西昌市人民法院"
ZHONGYUAN = "四川省凉山彝族自治州中级人民法院"
YI_COURT = "".join(chr(0xA000 + k) for k in (0x12A, 0x0E8, 0x367, 0x1C1, 0x2F0, 0x08C, 0x3A1, 0x1D6, 0x240))
"""the court's name as its papers print it in 彝文 (Liangshan Yi syllables)"""
YI_FONT = "/usr/share/fonts/truetype/noto/NotoSansYi-Regular.ttf"
POM_SEQ, GUEST_SEQ, TEA_SEQ = 61118, 61342, 61675
L, R, TOP, FOOT = mm(27), mm(184), mm(20), mm(276)
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons", "consumption_restriction_order",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "effectiveness_certificate", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet",
    "service_receipt", "online_inquiry_result",
})
CODES = OWN | RECEIVED
LAW = "《中华人民共和国民事诉讼法》"
YI_NAMES = ["吉克阿呷", "阿苦木呷", "沙马拉且", "海来拉哈", "曲比阿果", "俄木日哈", "马海伍沙", "阿的尔布"]


def yi_font(size: int) -> Font | None:
    try:
        return ImageFont.truetype(YI_FONT, size=size)
    except OSError:
        return None


def yi_line(s: Sheet, y: float, size: int, fill: tuple[int, int, int] = RED) -> None:
    """The 彝文 name line; without the Yi font, a stand-in script drawn as strokes (not recorded as text)."""
    f = yi_font(size)
    if f is not None:
        s.centred(y, YI_COURT, f, spacing=size * 0.35, fill=fill)
        return
    x = s.width / 2 - len(YI_COURT) * size * 0.7
    for k in range(len(YI_COURT)):
        cx = x + k * size * 1.4
        s.line(cx, y + size * 0.2, cx + size * 0.8, y + size * 0.2, width=4, fill=fill)
        s.line(cx + size * 0.4, y, cx + size * 0.4, y + size, width=4, fill=fill)
        s.draw.arc((cx, y + size * 0.4, cx + size * 0.8, y + size), 0, 180, fill=fill, width=4)


def head(s: Sheet, title: str, number: str, court: str = COURT) -> float:
    """The bureau's head: 彝文 over 汉文 in red, a red rule with a gap in the middle, the title set wide."""
    yi_line(s, TOP + 10, 40)
    s.centred(TOP + 72, court, font("serif_bold", 56), spacing=6, fill=RED)
    mid = s.width / 2
    s.line(L, TOP + 158, mid - 30, TOP + 158, width=5, fill=RED)
    s.line(mid + 30, TOP + 158, R, TOP + 158, width=5, fill=RED)
    s.draw.polygon([(mid, TOP + 144), (mid + 12, TOP + 158), (mid, TOP + 172), (mid - 12, TOP + 158)], fill=RED)
    s.centred(TOP + 200, title, font("ming", 66), spacing=22)
    s.right(R, TOP + 300, number, font("ming", 38))
    return TOP + 380


def pages(sheets: Sequence[Sheet]) -> None:
    n = len(sheets)
    for k, s in enumerate(sheets, 1):
        s.page_of = (k, n)
        s.right(R, FOOT + 20, f"第{k}页 共{n}页", font("ming", 28))


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *,
              signers: Sequence[tuple[str, str]] = (), day: date | None = None, court: str = COURT,
              number: str | None = None) -> list[Sheet]:
    s = Sheet()
    sheets = [s]
    y = head(s, title, number or c.number, court)
    f = font("ming", 40)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 60

    y = flow(s, blocks, f, x0=L, width=R - L, y=y, line_height=68, indent=80, bottom=FOOT - 30, more=more)
    s = sheets[-1]
    if y > FOOT - 68 * (len(signers) + 4):
        s, y = more()
    y += 50
    for role, name in signers:
        s.text(R - 500, y, role, f, spacing=20)
        s.text(R - 230, y, name, f)
        y += 64
    d = day or c.filed_on
    w = s.right(R - 40, y + 30, cn_date(d), f)
    seal(s, (w + R - 40) / 2, y + 40, court, rng)
    if len(sheets) > 1:
        pages(sheets)
    return sheets


def _party_line(p: Party) -> str:
    if p.kind == "person":
        born = f"{p.born.year}年{p.born.month}月{p.born.day}日出生，" if p.born else ""
        return f"{p.name}，{p.sex}，{born}彝族，住{p.address}，公民身份号码{p.id_number}。" \
            if p.name in YI_NAMES else f"{p.name}，{p.sex}，{born}汉族，住{p.address}，公民身份号码{p.id_number}。"
    return f"{p.name}，住所地{p.address}。统一社会信用代码{p.id_number}。法定代表人{p.legal_rep}。"


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """西昌 parties. POM_SEQ: a 会理 石榴 cooperative against a 西昌 fruit trader on this court's judgment, paid
    after a bank froze the trader's account; GUEST_SEQ: a 邛海 guesthouse company against a renovation foreman on a
    凉山中院 二审 judgment, 终本; TEA_SEQ: a 苦荞茶 processing plant against a tea brand on a 凉山仲裁委员会 award."""
    seq = int(c.number.split("执")[1].removesuffix("号"))
    c.extra["seq"] = seq
    c.firm = rng.choice(["四川邛泸律师事务所", "四川建昌律师事务所", "四川月城律师事务所"])
    c.extra["firm_addr"] = f"西昌市{rng.choice(['航天大道', '三岔口南路', '长安中路'])}{rng.randint(10, 300)}号"
    c.extra["lic_no"] = f"1513420{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["四川农信西昌市农商银行", "凉山农商银行会理支行", "中国农业银行西昌分行"])
    c.extra["acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    c.extra["pay_day"] = c.day(rng.randint(38, 55))
    c.extra["receipt_no"] = f"51{rng.randint(10**8, 10**9 - 1)}"
    c.extra["interpreter"] = rng.choice(YI_NAMES[4:])
    town = rng.choice(["西乡乡", "川兴镇", "安哈镇", "礼州镇"])
    if seq == POM_SEQ:
        c.extra["story"] = "pom"
        c.extra["cause"] = "买卖合同纠纷"
        c.amount = Decimal(rng.randint(18000000, 46000000)) / 100
        c.applicant = Party(f"会理市{rng.choice(['鹿厂', '彰冠', '绿水'])}石榴种植专业合作社", "organisation",
                            credit_code(rng, "513402"), f"四川省会理市{rng.choice(['鹿厂镇', '彰冠镇'])}"
                            f"{rng.choice(['铜矿村', '大营村'])}{rng.randint(1, 9)}组", f"0834-56{rng.randint(10000, 99999)}",
                            legal_rep=person_name(rng))
        born = date(rng.randint(1970, 1988), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "513401", born),
                             f"四川省西昌市{rng.choice(['长安街道', '北城街道'])}果蔬批发市场{rng.randint(1, 9)}区"
                             f"{rng.randint(1, 80)}号", f"13{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.extra["shop"] = f"西昌市{c.respondent.name[0]}记鲜果批发部"
        c.extra["tons"] = rng.randint(40, 90)
        c.extra["bank"] = "中国邮政储蓄银行西昌市分行"
        c.extra["frozen_acct"] = f"6217{rng.randint(10**14, 10**15 - 1)}"
        c.basis_court = COURT
        c.basis_number = f"（2023）川3401民初{rng.randint(3000, 8999)}号"
    elif seq == GUEST_SEQ:
        c.extra["story"] = "guest"
        c.extra["cause"] = "装饰装修合同纠纷"
        c.amount = Decimal(rng.randint(9000000, 26000000)) / 100
        c.applicant = Party(f"西昌{rng.choice(['海门', '月色', '青龙'])}邛海民宿有限公司", "organisation",
                            credit_code(rng, "513401"), f"四川省西昌市海南街道{rng.choice(['环海路', '小渔村'])}"
                            f"{rng.randint(1, 200)}号", f"0834-39{rng.randint(10000, 99999)}", legal_rep=person_name(rng))
        born = date(rng.randint(1975, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(rng.choice(YI_NAMES[:4]), "person", id_number(rng, rng.choice(["513431", "513432"]), born),
                             f"四川省西昌市{town}{rng.choice(['高草村', '民主村', '阿七村'])}{rng.randint(1, 8)}组"
                             f"{rng.randint(1, 60)}号", f"15{rng.randint(100000000, 999999999)}", born=born, sex="男")
        c.basis_court = ZHONGYUAN
        c.extra["first"] = f"（2022）川3401民初{rng.randint(3000, 8999)}号"
        c.basis_number = f"（2023）川34民终{rng.randint(300, 1999)}号"
        c.extra["rooms"] = rng.randint(8, 16)
    else:
        c.extra["story"] = "tea"
        c.extra["cause"] = "加工合同纠纷"
        c.amount = Decimal(rng.randint(12000000, 38000000)) / 100
        c.applicant = Party(f"昭觉县{rng.choice(['谷克德', '解放沟', '四开'])}苦荞加工厂", "organisation",
                            credit_code(rng, "513431"), f"四川省凉山州昭觉县{rng.choice(['四开乡', '竹核乡'])}"
                            f"{rng.choice(['工业集中区', '好谷村'])}{rng.randint(1, 30)}号", f"0834-83{rng.randint(10000, 99999)}",
                            legal_rep=rng.choice(YI_NAMES))
        c.respondent = Party(f"西昌{rng.choice(['大凉山', '荞源', '月城'])}荞茶科技有限公司", "organisation",
                             credit_code(rng, "513401"), f"四川省西昌市{rng.choice(['经久乡', '安宁镇'])}"
                             f"{rng.choice(['航天北路', '工业园区'])}{rng.randint(1, 99)}号", f"0834-22{rng.randint(10000, 99999)}",
                             legal_rep=person_name(rng))
        c.basis_court = "凉山仲裁委员会"
        c.basis_number = f"（2023）凉仲案字第{rng.randint(100, 999)}号"
        c.extra["kg"] = rng.randint(30000, 90000)
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(45, 110))


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in RECEIVED or (code == "assistance_notice" and "reply" in served):
        return render_paper(code, c, rng, served)
    return _own(code, c, rng, served)


def _sign(c: CaseCtx) -> list[tuple[str, str]]:
    return [("执行员", c.officer), ("书记员", c.clerk)]


def _basis(c: CaseCtx) -> str:
    kind = "裁决书" if c.basis_kind == "arbitration" else "民事判决书"
    return f"{c.basis_court}{c.basis_number}{kind}"


NAMES = {
    "acceptance_notice": "受理案件通知书", "payment_notice": "交纳执行费通知书", "enforcement_notice": "执行通知书",
    "property_report_order": "报告财产令", "enforcement_ruling": "执行裁定书", "assistance_notice": "协助执行通知书",
    "closing_notice": "结案通知书", "summons": "传票", "consumption_restriction_order": "限制消费令",
    "dishonest_list_decision": "决定书", "termination_this_round_ruling": "执行裁定书",
}


def _own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    what = f"{a.name}与{r.name}{c.extra['cause']}一案"
    if code == "acceptance_notice":
        return court_doc(c, rng, "受理案件通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方提交的强制执行申请书及{_basis(c)}等材料收悉。经审查，符合立案条件，本院决定立案执行，案号{c.number}。"),
            ("p", f"本案承办人{c.officer}，联系电话{c.court.phone}。可关注“四川法院”微信公众号或拨打12368查询案件进度。"),
            ("p", "执行中如发现被执行人有可供执行的财产，请及时向本院提供；申请人住址、电话变更的，应及时告知。"),
        ], signers=_sign(c))
    if code == "payment_notice":
        fee = Decimal(int(float(c.amount) * 0.005 + 50))
        return court_doc(c, rng, "交纳执行费通知书", [
            ("f", f"{a.name}："),
            ("p", f"你方申请执行{what}，依照《诉讼费用交纳办法》的规定，应预交申请执行费人民币{fee}元（该费用由被执行人负担，"
                  "执行到位后一并退还申请人）。"),
            ("p", "请于七日内通过四川省非税收入一般缴款书或本院诉讼服务中心扫码缴纳，逾期不交又未申请缓交的，按撤回申请处理。"),
        ], signers=_sign(c))
    if code == "enforcement_notice":
        return court_doc(c, rng, "执行通知书", [
            ("f", f"{r.name}："),
            ("p", f"{_basis(c)}已经发生法律效力。权利人{a.name}于{cn_date(c.filed_on)}向本院申请强制执行，本院依法立案。"
                  f"依照{LAW}第二百四十七条、第二百五十二条的规定，责令你立即履行下列义务："),
            ("p", f"一、给付{a.name}{money(c.amount)}及迟延履行期间的债务利息；"),
            ("p", "二、负担本案申请执行费。"),
            ("p", "逾期不履行的，本院将依法查封、冻结、扣划你的财产，并可将你纳入失信被执行人名单、限制高消费。"),
        ], signers=_sign(c))
    if code == "property_report_order":
        return court_doc(c, rng, "报告财产令", [
            ("f", f"{r.name}："),
            ("p", f"本院受理的{what}，你未按执行通知履行义务。依照{LAW}第二百五十二条规定，责令你在收到本令后五日内，"
                  "如实向本院报告当前以及收到执行通知之日前一年的财产情况（银行存款、房产、车辆、股权、收入等）。"),
            ("p", "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"),
            ("p", "附：财产申报表一份。"),
        ], signers=_sign(c))
    if code in ("enforcement_ruling", "termination_this_round_ruling"):
        return _ruling(code, c, rng)
    if code == "assistance_notice":
        bank = c.extra.get("bank", "中国建设银行西昌分行")
        acct = c.extra.get("frozen_acct", f"5105{rng.randint(10**15, 10**16 - 1)}")
        return court_doc(c, rng, "协助执行通知书", [
            ("f", f"{bank}："),
            ("p", f"关于{what}，本院作出的{c.number}执行裁定书已经发生法律效力。依照{LAW}第二百五十三条的规定，请协助执行下列事项："),
            ("p", f"冻结被执行人{r.name}（证件号码{r.id_number}）在你行开立的账户{acct}内存款，限额{money(c.amount)}，"
                  "冻结期限一年；冻结后请将账户余额及冻结结果书面回复本院。"),
            ("p", "附：执行裁定书一份，工作证、执行公务证复印件各一份。"),
        ], signers=_sign(c), day=c.day(12))
    if code == "closing_notice":
        return court_doc(c, rng, "结案通知书", [
            ("f", f"{a.name}、{r.name}："),
            ("p", f"本院执行的{what}，执行标的{money(c.amount)}，已于{cn_date(c.extra['pay_day'])}全部执行到位，"
                  "执行款已转付申请执行人。依照最高人民法院《关于执行案件立案、结案若干问题的意见》第十五条，本案执行完毕，"
                  "予以结案。"),
            ("p", "已采取的冻结措施，本院将依法解除。"),
        ], signers=_sign(c), day=c.closed_on)
    if code == "summons":
        return _summons(c, rng)
    if code == "consumption_restriction_order":
        return court_doc(c, rng, "限制消费令", [
            ("f", f"{r.name}（公民身份号码{r.id_number}）："),
            ("p", f"本院执行的{what}，因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照{LAW}第二百六十六条和"
                  "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，对你采取限制消费措施，"
                  "限制你不得实施以下高消费及非生活和工作必需的消费行为："),
            ("p", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所"
                  "进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）旅游、度假；（五）子女就读高收费私立学校；"
                  "（六）支付高额保费购买保险理财产品；（七）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位。"),
            ("p", "如违反本令，经查证属实的，本院将依法予以罚款、拘留；情节严重构成犯罪的，依法追究刑事责任。"),
        ], day=c.day(40))
    if code == "dishonest_list_decision":
        return court_doc(c, rng, "决定书", [
            ("f", f"被执行人：{_party_line(r)}"),
            ("p", f"本院在执行{what}中，被执行人{r.name}具有履行能力而拒不履行生效法律文书确定的义务，违反财产报告制度。依照"
                  f"{LAW}第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条之规定，决定如下："),
            ("p", f"将被执行人{r.name}纳入失信被执行人名单，期限二年。"),
            ("p", "如认为本决定有错误，可以向本院申请纠正。"),
        ], day=c.day(42), number=c.number.replace("号", "号之一"))
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    if code == "investigation_record":
        return _record(c, rng, "调查笔录", _home_visit(c))
    if code == "interview_record":
        return _record(c, rng, "谈话笔录", _interview(c))
    if code == "closing_approval_form":
        return _approval(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "service_receipt":
        return _receipt(c, rng, served)
    if code == "dossier_cover":
        return _cover(c, rng)
    if code == "catalogue":
        return _catalogue(c)
    if code == "file_review_form":
        return _review(c, rng)
    if code == "remarks_sheet":
        return _remarks(c, rng)
    raise KeyError(code)


def _ruling(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    parties: list[Block] = [("f", f"申请执行人：{_party_line(a)}"), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
                            ("f", f"被执行人：{_party_line(r)}")]
    if code == "enforcement_ruling":
        acct = c.extra.get("frozen_acct", "")
        body: list[Block] = [
            ("p", f"本院在执行申请执行人{a.name}与被执行人{r.name}{c.extra['cause']}一案中，{_basis(c)}已经发生法律效力，"
                  "被执行人未按执行通知履行义务。依照" + LAW + "第二百四十九条、第二百五十三条的规定，裁定如下："),
            ("p", f"冻结、划拨被执行人{r.name}在银行的存款{money(c.amount)}" + (f"（含账号{acct}）" if acct else "")
                  + "，或查封、扣押其相应价值的财产。"),
            ("p", "本裁定立即执行。"),
        ]
        return court_doc(c, rng, "执行裁定书", parties + body,
                         signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=c.day(10))
    body = [
        ("p", f"本院在执行{a.name}与{r.name}{c.extra['cause']}一案中，{_basis(c)}确定被执行人{r.name}返还预付工程款并支付"
              f"违约金，合计{money(c.amount)}。本院于{cn_date(c.day(3))}向被执行人发出执行通知书、报告财产令。"),
        ("p", "经网络执行查控系统查询，被执行人名下无存款、车辆、不动产、证券及其他可供执行的财产；本院执行人员会同翻译人员到被执行人"
              f"户籍地{r.address}实地调查，其住房为村集体统建安置房，无其他财产。本院已对被执行人采取限制消费措施，并纳入失信被执行人"
              "名单。申请执行人到庭接受约谈，表示暂无财产线索可提供，同意终结本次执行程序。"),
        ("p", "本院认为，被执行人确无可供执行的财产，本次执行程序已无继续进行的必要。依照" + LAW + "第二百六十八条第六项及"
              "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条之规定，裁定如下："),
        ("p", f"终结本院{c.number}案件的本次执行程序。"),
        ("p", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。本裁定送达后立即生效。"),
    ]
    return court_doc(c, rng, "执行裁定书", parties + body,
                     signers=[("审判长", c.judge), ("审判员", c.officer), ("书记员", c.clerk)], day=c.closed_on)


def _summons(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    y = head(s, "传　　票", c.number)
    f = font("ming", 38)
    rows = [["案由", f"{c.extra['cause']}（执行）"], ["被传唤人", c.respondent.name],
            ["工作单位或住址", c.respondent.address], ["传唤事由", "接受执行询问、申报财产"],
            ["应到时间", f"{cn_date(c.day(30))}上午9时00分"], ["应到处所", f"{COURT}执行局第二谈话室（{c.court.address}）"]]
    y = table(s, L, y, [mm(45), R - L - mm(45)], rows, f, row_h=96)
    y += 40
    y = flow(s, [("f", "注意事项："), ("p", "一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；"
                  "三、被执行人经传唤无正当理由拒不到场的，本院可以拘传；四、不通汉语的，可告知本院安排彝语翻译。")],
             f, x0=L, width=R - L, y=y, line_height=62, indent=0)
    w = s.right(R - 40, y + 60, cn_date(c.day(24)), f)
    seal(s, (w + R - 40) / 2, y + 70, COURT, rng)
    s.text(L, y + 200, f"审判员：{c.officer}　　书记员：{c.clerk}", f)
    return [s]


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    if c.basis_kind == "arbitration":
        s = Sheet()
        s.centred(TOP + 40, "凉山仲裁委员会", font("hei", 60), spacing=10)
        s.line(L, TOP + 130, R, TOP + 130, width=3)
        s.centred(TOP + 180, "裁决书生效证明", font("hei", 60), spacing=16)
        f = font("serif", 40)
        y = flow(s, [("f", f"{c.court.name}："),
                     ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}{c.extra['cause']}一案，"
                           f"本会于{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。依照《中华人民共和国仲裁法》"
                           "第五十七条，裁决书自作出之日起发生法律效力。"),
                     ("p", "截至本证明出具之日，本会未收到人民法院撤销或不予执行该裁决的裁定。"),
                     ("p", "特此证明。")], f, x0=L, width=R - L, y=TOP + 320, line_height=70, indent=80)
        w = s.right(R - 60, y + 120, cn_date(c.filed_on - timedelta(days=6)), f)
        seal(s, (w + R - 60) / 2, y + 130, "凉山仲裁委员会", rng)
        return [s]
    if c.basis_court == ZHONGYUAN:
        return court_doc(c, rng, "生效证明书", [
            ("f", f"{COURT}："),
            ("p", f"本院{c.basis_number}上诉人{c.respondent.name}与被上诉人{c.applicant.name}{c.extra['cause']}一案，"
                  f"本院于{cn_date(c.basis_effective - timedelta(days=12))}作出二审民事判决，该判决为终审判决，已于"
                  f"{cn_date(c.basis_effective)}送达双方当事人并发生法律效力。"),
            ("p", "特此证明。"),
        ], court=ZHONGYUAN, number=c.basis_number.replace("民终", "民终证"), day=c.filed_on - timedelta(days=9))
    return court_doc(c, rng, "生效证明书", [
        ("p", f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}{c.extra['cause']}一案的民事判决书，"
              f"已于{cn_date(c.basis_effective)}发生法律效力。"),
        ("p", "特此证明。"),
    ], number=c.basis_number, day=c.filed_on - timedelta(days=5),
        signers=[("承办法官", c.judge)])


def _home_visit(c: CaseCtx) -> list[tuple[str, str]]:
    r = c.respondent
    it = c.extra["interpreter"]
    return [
        ("问", f"我们是西昌市人民法院执行人员，今天到你家调查你的财产情况。翻译{it}（{c.court.city}安哈镇人，通晓彝汉双语）"
              "给你翻译，你听得懂吗？对翻译人员有没有意见？"),
        ("答", "（经翻译）听得懂，没有意见。"),
        ("问", f"邛海边{c.applicant.name}的装修工程款，二审判决你退还，你为什么不还？"),
        ("答", "（经翻译）工程做一半就亏了，工人工资都是借钱发的，现在没有钱。"),
        ("问", "你现在做什么工作，收入多少？"),
        ("答", "（经翻译）农忙种点苦荞、土豆，平时在城里零星打工，一天一百多块，不固定。"),
        ("问", "家里有没有车辆、牛羊、存款？"),
        ("答", "（经翻译）原来的面包车早就卖了，家里有两头牛是父母的，存款没有。"),
        ("问", "执行人员现场查看情况如何？"),
        ("答", f"（记录）被执行人住{r.address}，系安置房，屋内仅有简单家具，未发现可供执行财产。"),
    ]


def _interview(c: CaseCtx) -> list[tuple[str, str]]:
    a = c.applicant
    return [
        ("问", f"你是{a.name}的什么人？"),
        ("答", f"我是公司委托的代理人{c.agent}，{c.firm}律师。"),
        ("问", "本院已对被执行人进行网络查控、实地调查，未发现可供执行财产，已采取限制消费、纳入失信名单。你方有无新的财产线索？"),
        ("答", "暂时没有。听说他在盐源那边跟人包工程，但没有具体地址。"),
        ("问", "本案拟终结本次执行程序。终本后你方发现财产可以随时申请恢复执行，五年内本院每六个月查询一次被执行人财产。你方意见？"),
        ("答", "同意终本，希望法院继续关注。"),
    ]


def _record(c: CaseCtx, rng: random.Random, title: str, qa: list[tuple[str, str]]) -> list[Sheet]:
    s = Sheet()
    sheets = [s]
    yi_line(s, TOP + 10, 34)
    s.centred(TOP + 70, COURT, font("serif", 44), spacing=4)
    s.centred(TOP + 140, title, font("serif_bold", 64), spacing=30)
    f = font("ming", 37)
    interview = title == "谈话笔录"
    day = c.day(118) if interview else c.day(70)
    place = f"{COURT}执行局谈话室" if interview else c.respondent.address
    present = (f"调查人：{c.officer}、{c.extra.get('officer2', c.judge)}　记录人：{c.clerk}" + ("" if interview
               else f"　翻译人员：{c.extra['interpreter']}（彝语）"))
    who = c.agent if interview else c.respondent.name
    y = flow(s, [("f", f"时间：{cn_date(day)}10时20分至11时05分"), ("f", f"地点：{place}"), ("f", present),
                 ("f", f"被{'谈话' if interview else '调查'}人：{who}")], f,
             x0=L, width=R - L, y=TOP + 250, line_height=58, indent=0)
    s.line(L, y + 10, R, y + 10, width=2)
    y += 40

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP + 40

    for q, text in qa:
        y = flow(sheets[-1], [("f", f"{q}：{text}")], f, x0=L, width=R - L, y=y, line_height=60, indent=0,
                 bottom=FOOT - 120, more=more)
    s = sheets[-1]
    hand(s, L + 40, y + 30, "以上笔录看过，与我说的一样。", rng, size=44)
    signature(s, R - 380, y + 110, who, rng)
    for k, sh in enumerate(sheets, 1):
        sh.page_of = (k, len(sheets))
        sh.centred(FOOT + 10, f"第 {k} 页（共 {len(sheets)} 页）", font("ming", 28))
        hand(sh, R - 260, FOOT - 50, who, rng, size=34, record=False)
    return sheets


def _approval(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    yi_line(s, TOP, 32)
    s.centred(TOP + 56, f"{COURT}执行案件结案审批表", font("serif_bold", 52))
    f = font("ming", 34)
    method = {"fully_performed": "执行完毕", "terminated_this_round": "终结本次执行程序"}.get(c.method, c.method)
    paid = money(c.amount) if c.method == "fully_performed" else "0.00元"
    rows = [["案号", c.number, "立案日期", cn_date(c.filed_on)], ["申请执行人", c.applicant.name, "被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["执行标的", money(c.amount), "实际执行到位", paid],
            ["结案方式", method, "承办人", c.officer], ["执行情况摘要", ""], ["承办人意见", ""], ["执行局审批意见", ""]]
    ws = [mm(34), mm(50), mm(30), R - L - mm(114)]
    y = table(s, L, TOP + 160, ws, rows, f, row_h=[90, 90, 90, 90, 90, 380, 200, 220])
    summary = ("执行款已划至本院账户并转付申请人，双方无异议。" if c.method == "fully_performed"
               else "网络查控、实地调查均无财产，已限消、失信，约谈申请人同意终本。")
    hand(s, L + mm(36), y - 780, summary[:22], rng, size=38)
    hand(s, L + mm(36), y - 730, summary[22:], rng, size=38)
    hand(s, L + mm(36), y - 390, f"建议以{method}方式结案。", rng, size=40)
    signature(s, R - 300, y - 330, c.officer, rng)
    hand(s, L + mm(36), y - 180, "同意。", rng, size=44, ink=(20, 20, 20))
    signature(s, R - 420, y - 110, c.judge, rng, ink=(20, 20, 20))
    hand(s, R - 300, y - 100, c.closed_on.strftime("%Y.%m.%d"), rng, size=32, ink=(20, 20, 20), record=False)
    return [s]


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    f = font("sans", 28)
    s.text(L, TOP, "执行案件流程信息管理系统 · 网络查控", font("sans", 26))
    s.right(R, TOP, f"打印时间：{c.day(6).isoformat()} 15:{rng.randint(10, 59)}", font("sans", 26))
    s.centred(TOP + 70, "网络执行查控结果（总对总/点对点）", font("sans_bold", 46))
    s.text(L, TOP + 150, f"案号：{c.number}　被查询人：{c.respondent.name}　证件号：{c.respondent.id_number}", f)
    none = c.method == "terminated_this_round"
    banks = ["中国农业银行", "中国工商银行", "中国邮政储蓄银行", "四川农村信用社", "凉山农商银行", "中国建设银行",
             "支付宝（网商银行）", "财付通（微信）"]
    rows = [["序号", "查询单位", "反馈结果", "余额(元)", "反馈日期"]]
    for k, b in enumerate(banks, 1):
        bal = "0.00" if none or k != 3 else f"{c.amount + Decimal(rng.randint(100, 5000)):.2f}"
        rows.append([str(k), b, "有账户" if bal != "0.00" or k % 3 == 0 else "无账户", bal, c.day(7).isoformat()])
    rows += [[str(len(rows)), "公安部（车辆）", "无登记车辆", "—", c.day(8).isoformat()],
             [str(len(rows) + 1), "自然资源部（不动产）", "无登记信息", "—", c.day(9).isoformat()],
             [str(len(rows) + 2), "中国证券登记结算", "无证券账户", "—", c.day(8).isoformat()]]
    table(s, L, TOP + 220, [mm(14), mm(56), mm(34), mm(28), R - L - mm(132)], rows, f, row_h=72, width=1)
    return [s]


def _receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    yi_line(s, TOP + 10, 34)
    s.centred(TOP + 70, COURT, font("serif", 48), spacing=6)
    s.centred(TOP + 150, "送 达 回 证", font("hei", 64), spacing=14)
    to_applicant = any(x in ("acceptance_notice", "closing_notice") for x in served)
    who = c.applicant.name if to_applicant else c.respondent.name
    docs = "、".join(NAMES.get(x, x) for x in served) or "执行文书"
    f = font("ming", 36)
    day = c.day(2) if "acceptance_notice" in served else c.day(5)
    if "closing_notice" in served or "termination_this_round_ruling" in served:
        day = c.closed_on + timedelta(days=2)  # served after the 终本 ruling it names, not with the first notices
    rows = [["案由", c.extra["cause"]], ["案号", c.number], ["送达文书名称及件数", f"{docs}各一份"],
            ["受送达人", who], ["送达地址", c.applicant.address if to_applicant else c.respondent.address],
            ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"], ["送达人", f"{c.officer}　{c.clerk}"],
            ["备注", ""]]
    y = table(s, L, TOP + 260, [mm(52), R - L - mm(52)], rows, f, row_h=[90, 90, 130, 90, 110, 190, 110, 90, 90, 110])
    signature(s, L + mm(60), y - 610, c.respondent.legal_rep or who if not to_applicant else c.agent, rng)
    hand(s, R - 420, y - 520, cn_date(day), rng, size=34)
    seal(s, R - 200, TOP + 200, COURT, rng, radius=mm(17))
    return [s]


def _cover(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.box(L - 20, TOP, R + 20, FOOT, width=5)
    yi_line(s, TOP + 80, 44, fill=(25, 25, 28))
    s.centred(TOP + 150, COURT, font("serif_bold", 60), spacing=8)
    s.centred(TOP + 300, "执 行 卷 宗", font("hei", 100), spacing=30)
    s.centred(TOP + 440, "（正卷）", font("ming", 46))
    f = font("ming", 40)
    rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
            ["执行依据", _basis(c)], ["承办人", c.officer], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
            ["结案方式", "终结本次执行程序" if c.method == "terminated_this_round" else "执行完毕"],
            ["归档日期", cn_date(c.closed_on + timedelta(days=25))], ["保管期限", "长期"], ["本卷共", "　　册　第1册"]]
    table(s, L + 60, TOP + 580, [mm(40), R - L - 120 - mm(40)], rows, f, row_h=96)
    hand(s, L + 60 + mm(58), TOP + 580 + 96 * 11 + 24, "1", rng, size=46, ink=(20, 20, 20))
    return [s]


CATALOGUE = ["卷宗封面", "卷内目录", "执行申请书", "执行依据（二审民事判决书）", "生效证明书", "身份证明材料",
             "授权委托书及所函、执业证", "收款账户确认书、送达地址确认书", "受理案件通知书", "交纳执行费通知书",
             "执行通知书、报告财产令", "财产申报表", "网络执行查控结果", "执行裁定书（冻结）", "协助执行通知书",
             "传票", "限制消费令", "失信决定书", "调查笔录", "谈话笔录", "执行裁定书（终本）", "结案审批表", "送达回证",
             "卷宗审查表", "备考表"]


def _catalogue(c: CaseCtx) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 30, "卷 内 目 录", font("hei", 64), spacing=18)
    s.text(L, TOP + 130, f"案号：{c.number}", font("ming", 34))
    f = font("ming", 31)
    rows = [["序号", "文书名称", "页号", "备注"]]
    p = 1
    for k, n in enumerate(CATALOGUE, 1):
        rows.append([str(k), n, str(p), ""])
        p += 1 if k < 3 or k in (9, 10, 17, 22, 24, 25) else 2
    table(s, L, TOP + 190, [mm(16), mm(100), mm(20), R - L - mm(136)], rows, f, row_h=76, centre_first=True)
    return [s]


def _review(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 40, f"{COURT}", font("serif", 44), spacing=6)
    s.centred(TOP + 110, "执行卷宗审查表", font("hei", 62), spacing=14)
    f = font("ming", 34)
    rows = [["案号", c.number], ["审查项目", "审查结果"], ["执行依据及生效证明是否齐全", "齐全"], ["文书送达回证是否齐全", "齐全"],
            ["终本五项条件是否具备", "具备（查控、调查、限消、失信、约谈）"], ["卷内文书排列、编号是否规范", "规范"],
            ["审查人意见", ""], ["档案室意见", ""]]
    y = table(s, L, TOP + 220, [mm(80), R - L - mm(80)], rows, f, row_h=[90, 90, 100, 100, 120, 100, 220, 220])
    hand(s, L + mm(84), y - 390, "卷宗材料齐全，同意归档。", rng, size=40)
    signature(s, R - 320, y - 320, c.judge, rng)
    hand(s, L + mm(84), y - 170, "已接收。", rng, size=40, ink=(20, 20, 20))
    signature(s, R - 320, y - 100, person_name(rng), rng)
    return [s]


def _remarks(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(TOP + 40, "卷 内 备 考 表", font("hei", 62), spacing=16)
    s.box(L, TOP + 150, R, FOOT - 100, width=3)
    f = font("ming", 36)
    s.text(L + 30, TOP + 180, "本卷情况说明：", f)
    hand(s, L + 60, TOP + 260, f"本卷共计文书{len(CATALOGUE)}件，页数见目录。", rng, size=40, ink=(20, 20, 20))
    hand(s, L + 60, TOP + 330, "被执行人调查笔录附翻译人员签名。", rng, size=40, ink=(20, 20, 20))
    y = FOOT - 400
    s.text(L + 30, y, f"立卷人：{c.clerk}", f)
    s.text(L + 30, y + 80, f"检查人：{c.officer}", f)
    s.text(L + 30, y + 160, f"立卷时间：{cn_date(c.closed_on + timedelta(days=20))}", f)
    return [s]


__all__ = ["CODES", "COURT", "GUEST_SEQ", "POM_SEQ", "TEA_SEQ", "YI_COURT", "adopt_basis", "mark_aged", "render"]
