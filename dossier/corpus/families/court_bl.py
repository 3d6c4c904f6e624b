"""court_bl (广东省深圳市福田区人民法院, held out): the CBD court of 深圳. Its bureau's papers in a plain 宋体 house
style (court name, spaced title, number set right); what reaches it in its authors' styles: a 深圳中院 二审 judgment,
a 深圳国际仲裁院 award and its 生效证明, the court's own 民事调解书, a 深圳 law firm's 所函, 平安/招商/深圳农商行
replies and 回单, a 商事主体 licence copy, a 香港 company's 商業登記證 in 繁体 and its 委托书 attested by a
中国委托公证人, forms the parties filled by hand. Forms carry their inner box (BLSheet.inner) for the capture's
phone-app auto-crop."""

from __future__ import annotations

import random
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
    money_caps,
    num_date,
    person_name,
)
from dossier.corpus.draw import Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "广东省深圳市福田区人民法院"
SHORT = "深圳市福田区人民法院"
LAW = "《中华人民共和国民事诉讼法》"
PARTS_SEQ, FEES_SEQ, LOAN_SEQ = 36118, 36263, 36431
OWN = frozenset({
    "acceptance_notice", "payment_notice", "enforcement_notice", "property_report_order", "enforcement_ruling",
    "assistance_notice", "closing_notice", "closing_approval_form", "summons",
    "dishonest_list_decision", "investigation_record", "interview_record", "termination_this_round_ruling",
    "service_receipt", "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "online_inquiry_result",
    "payment_voucher",
})
RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "settlement_agreement",
})
CODES = OWN | RECEIVED
PARTY_PAPERS = RECEIVED
"""papers the parties' lawyers scanned with a phone app (court_bl_capture reads this)"""


@dataclass
class BLSheet(Sheet):
    """A sheet that knows its inner box (a form's table border), where a phone app's auto-crop may snap."""

    inner: tuple[int, int, int, int] | None = None
    party: bool = False


def adopt_basis(c: CaseCtx, rng: random.Random) -> None:
    """福田 parties. PARTS_SEQ: a 华强北 component distributor's 货款 upheld by 深圳中院 on appeal, paid after a
    settlement; FEES_SEQ: a 香港 payments company's service fees against a 前海 fintech awarded by 华南国仲, paid and
    archived; LOAN_SEQ: a 民间借贷 调解书 of this court left unpaid, ended by 终本."""
    n = int(c.number.split("执")[-1].rstrip("号"))
    c.extra["story"] = {PARTS_SEQ: "parts", FEES_SEQ: "fees"}.get(n, "loan")
    c.firm = rng.choice(["广东星河湾律师事务所", "广东深南中天律师事务所", "广东福华明镜律师事务所"])
    c.extra["firm_addr"] = f"深圳市福田区{rng.choice(['益田路', '福华三路', '金田路'])}{rng.randint(3000, 6099)}号"\
                           f"{rng.choice(['卓越世纪中心', '大中华国际交易广场', '荣超商务中心'])}{rng.randint(12, 46)}楼"
    c.extra["lic_no"] = f"1440320{rng.randint(10, 22)}1{rng.randint(1000000, 9999999)}"
    c.extra["acct_bank"] = rng.choice(["平安银行深圳福田支行", "招商银行深圳车公庙支行", "深圳农村商业银行福田支行"])
    c.extra["acct"] = f"6214{rng.randint(10**11, 10**12 - 1)}"
    c.extra["resp_bank"] = rng.choice(["招商银行深圳分行营业部", "平安银行深圳华强北支行"])
    c.extra["resp_acct"] = f"7559{rng.randint(10**11, 10**12 - 1)}"
    c.extra["exec_fee"] = Decimal(int(float(c.amount) * 0.005 + 50))
    c.extra["pay_day"] = c.day(rng.randint(38, 56))
    c.extra["trial_judge"] = person_name(rng)
    c.extra["dishonest_list"] = True
    story = c.extra["story"]
    if story == "parts":
        c.applicant = Party(f"深圳市{rng.choice(['讯芯达', '华创微', '赛格源'])}电子有限公司", "organisation",
                            credit_code(rng, "440304"), f"深圳市福田区华强北街道华航社区华强北路{rng.randint(1001, 1019)}号"
                            f"赛格广场{rng.randint(30, 60)}楼{rng.randint(1, 40):02d}室", f"0755-8{rng.randint(3000000, 3999999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"深圳市{rng.choice(['铭拓', '宏景', '联腾'])}智能设备有限公司", "organisation",
                             credit_code(rng, "440304"), f"深圳市福田区沙头街道天安社区泰然{rng.randint(4, 9)}路"
                             f"{rng.randint(1, 60)}号", f"0755-2{rng.randint(3000000, 9999999)}", legal_rep=person_name(rng))
        c.basis_court = "广东省深圳市中级人民法院"
        c.basis_number = f"（2023）粤03民终{rng.randint(10000, 39999)}号"
        c.extra["first"] = f"（2023）粤0304民初{rng.randint(10000, 69999)}号"
        c.extra["cause"] = "买卖合同纠纷"
    elif story == "fees":
        c.basis_kind = "arbitration"
        c.extra["br_no"] = f"{rng.randint(30000000, 79999999)}"  # a 香港 商業登記號碼, no mainland credit code
        c.applicant = Party(f"{rng.choice(['恒築', '匯通', '港灣'])}財資服務（香港）有限公司", "organisation", "", f"香港九龍觀塘道{rng.randint(300, 420)}號"
                            f"{rng.randint(8, 30)}樓{rng.randint(1, 9)}室", f"852-{rng.randint(2000, 3999)}{rng.randint(1000, 9999)}",
                            legal_rep=person_name(rng))
        c.respondent = Party(f"深圳前海{rng.choice(['微衡', '数桥', '链融'])}金融科技有限公司", "organisation",
                             credit_code(rng, "440300"), "深圳市前海深港合作区南山街道桂湾五路128号前海深港基金小镇"
                             f"{rng.randint(1, 20)}栋", f"0755-8{rng.randint(6000000, 6999999)}", legal_rep=person_name(rng))
        c.basis_court = "深圳国际仲裁院"
        c.basis_number = f"（2023）深国仲裁{rng.randint(1000, 9999)}号"
        c.extra["cause"] = "技术服务合同争议"
    else:
        born = date(rng.randint(1970, 1990), rng.randint(1, 12), rng.randint(1, 28))
        c.respondent = Party(person_name(rng), "person", id_number(rng, "440304", born),
                             f"深圳市福田区{rng.choice(['莲花街道景华社区', '香蜜湖街道竹林社区', '梅林街道孖岭社区'])}"
                             f"{rng.choice(['景田北路', '农林路', '梅林路'])}{rng.randint(1, 99)}号", f"138{rng.randint(10**7, 10**8 - 1)}",
                             born=born, sex=rng.choice("男女"))
        c.applicant.address = f"深圳市福田区福保街道{rng.choice(['益田村', '福民新村'])}{rng.randint(1, 90)}栋"
        c.basis_court = COURT
        c.basis_number = f"（2023）粤0304民初{rng.randint(10000, 69999)}号"
        c.extra["cause"] = "民间借贷纠纷"
    c.basis_effective = c.filed_on - timedelta(days=rng.randint(50, 120))


# ---------------------------------------------------------------- drawing helpers
def song(size: float) -> Font:
    return font("song_gb", round(size))


def new(*, party: bool = False, paper: tuple[int, int, int] = (255, 255, 255)) -> BLSheet:
    s = BLSheet(paper=paper)
    s.party = party
    return s


LEFT, RIGHT = mm(28), mm(184)
BODY = mm(4.3)


def court_head(s: BLSheet, title: str, number: str, *, y: float = mm(30)) -> float:
    """The court's house head: court name, the title letter-spaced, the number set right."""
    s.centred(y, COURT, font("serif_bold", mm(7.2)), spacing=mm(0.6))
    s.centred(y + mm(12), title, font("serif_bold", mm(8)), spacing=mm(3))
    if number:
        s.right(RIGHT, y + mm(25), number, song(BODY))
    return y + mm(34)


def paras(s: BLSheet, blocks: list[tuple[str, str]], y: float, *, f: Font | None = None) -> float:
    return flow(s, blocks, f or song(BODY), x0=LEFT, width=RIGHT - LEFT, y=y, line_height=mm(7.6), indent=mm(8.6))


def court_sign(s: BLSheet, y: float, d: date, rng: random.Random, *, who: str = COURT) -> float:
    f = song(BODY)
    s.right(RIGHT - mm(6), y, who, f)
    s.right(RIGHT - mm(6), y + mm(8), cn_date(d), f)
    seal(s, RIGHT - mm(36), y + mm(4), who, rng)
    return y + mm(20)


def parties(c: CaseCtx) -> list[tuple[str, str]]:
    out = []
    for role, p in (("申请执行人", c.applicant), ("被执行人", c.respondent)):
        if p.kind == "person":
            out.append(("p", f"{role}：{p.name}，{p.sex}，{p.born:%Y年%-m月%-d日}出生，住{p.address}，公民身份号码{p.id_number}。"
                        if p.born else f"{role}：{p.name}，住{p.address}。"))
        else:
            code = f"香港商业登记号码{c.extra.get('br_no', '')}" if "香港" in p.name else f"统一社会信用代码{p.id_number}"
            out.append(("p", f"{role}：{p.name}，住所地{p.address}，{code}。"))
            out.append(("p", f"法定代表人：{p.legal_rep}。"))
    return out


def basis_text(c: CaseCtx) -> str:
    kind = {"arbitration": "裁决书", "mediation": "民事调解书"}.get(c.basis_kind, "民事判决书")
    return f"{c.basis_court}{c.basis_number}{kind}"


def page_foot(s: BLSheet, n: int, m: int, *, style: str = "第{n}页共{m}页") -> None:
    s.centred(s.height - mm(16), style.format(n=n, m=m), song(mm(3.4)))
    s.page_of = (n, m)


# ---------------------------------------------------------------- the bureau's own papers
def notice(c: CaseCtx, rng: random.Random, title: str, to: Party, body: list[str], d: date, extra: str = "") -> list[Sheet]:
    s = new()
    y = court_head(s, title, c.number)
    blocks = [("f", f"{to.name}：")] + [("p", b) for b in body]
    y = paras(s, blocks, y + mm(4))
    y = court_sign(s, y + mm(12), d, rng)
    if extra:
        paras(s, [("f", extra)], y + mm(10), f=song(mm(3.6)))
    return [s]


def ruling(c: CaseCtx, rng: random.Random, facts: list[str], orders: list[str], d: date) -> list[Sheet]:
    s = new()
    y = court_head(s, "执行裁定书", c.number)
    y = paras(s, parties(c) + [("p", f) for f in facts] + [("p", o) for o in orders], y + mm(4))
    y += mm(6)
    for label, name in (("审判长", c.judge), ("审判员", person_name(rng)), ("审判员", c.officer)):
        s.right(RIGHT - mm(6), y, f"{label}　{name}", song(BODY))
        y += mm(8)
    y = court_sign(s, y + mm(4), d, rng)
    s.right(RIGHT - mm(6), y + mm(4), f"书记员　{c.clerk}", song(BODY))
    return [s]


def own(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    due = money(c.amount)
    basis = basis_text(c)
    if code == "acceptance_notice":
        return notice(c, rng, "受理执行案件通知书", a, [
            f"你（单位）申请执行{r.name}{c.extra['cause']}一案，本院审查后认为符合立案条件，已于{cn_date(c.filed_on)}"
            f"立案执行，案号为{c.number}。", f"本案由执行法官{c.officer}承办，联系电话0755-8362{rng.randint(1000, 9999)}。"
            "请你（单位）及时向本院提供被执行人的财产线索；案件进展可通过“深圳移动微法院”查询。"], c.day(1))
    if code == "payment_notice":
        return notice(c, rng, "交纳申请执行费通知书", a, [
            f"你（单位）申请执行{r.name}一案，依照《诉讼费用交纳办法》第十条、第十四条的规定，应交纳申请执行费"
            f"{money(c.extra['exec_fee'])}元。", "申请执行费由申请执行人预交，执行终结后由被执行人负担。请于收到本通知之日起七日内"
            "通过本院诉讼费交纳平台或到本院诉讼服务中心交纳。"], c.day(1))
    if code == "enforcement_notice":
        return notice(c, rng, "执行通知书", r, [
            f"{basis}已经发生法律效力。申请执行人{a.name}于{cn_date(c.filed_on)}向本院申请执行，本院依法立案。",
            f"依照{LAW}第二百四十七条、第二百六十四条的规定，责令你（单位）自收到本通知之日起立即履行下列义务：",
            f"一、向申请执行人支付{due}元及迟延履行期间的债务利息；二、负担申请执行费{money(c.extra['exec_fee'])}元。",
            "逾期不履行的，本院将依法强制执行，并可将你（单位）纳入失信被执行人名单、限制高消费。"], c.day(3),
            "执行款请汇入：深圳市福田区人民法院案款专户（平安银行深圳福田支行），汇款时注明案号。")
    if code == "property_report_order":
        return notice(c, rng, "报告财产令", r, [
            f"本院受理的{c.number}案，你（单位）未按执行通知履行生效法律文书确定的义务。依照{LAW}第二百五十二条的规定，"
            "责令你（单位）在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。",
            "拒绝报告或者虚假报告的，本院将根据情节轻重予以罚款、拘留；构成犯罪的，依法追究刑事责任。"], c.day(3))
    if code == "summons":
        return notice(c, rng, "传票", r, [
            f"案由：{c.extra['cause']}（执行）。被传唤人{r.name}应于{cn_date(c.day(60))}上午9时30分到本院执行局"
            "（福田路5号执行大楼4楼第3谈话室）接受询问，携带身份证件及财产状况材料。", "无正当理由拒不到场的，本院可以拘传。"],
            c.day(52))
    if code == "enforcement_ruling":
        return ruling(c, rng, [f"本院在执行{basis}过程中，因被执行人未履行义务，申请执行人申请冻结被执行人的银行存款。"],
                      [f"依照{LAW}第二百四十九条、第二百五十一条的规定，裁定如下：",
                       f"冻结、划拨被执行人{r.name}在{c.extra['resp_bank']}的存款{due}元（冻结期限一年）。",
                       "本裁定立即执行。"], c.day(12))
    if code == "termination_this_round_ruling":
        return ruling(c, rng, [f"本院在执行{basis}过程中，经网络查控系统查询被执行人名下存款、车辆、不动产、证券、"
                               "网络资金，均未发现可供执行的财产；经传唤、实地调查，被执行人无履行能力。本院已对被执行人"
                               "发出限制消费令并纳入失信被执行人名单，申请执行人亦未提供新的财产线索。"],
                      ["依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如下：",
                       f"终结本次执行程序（尚有{due}元未执行到位）。", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。",
                       "本裁定送达后立即生效。"], c.closed_on - timedelta(days=4))
    if code == "consumption_restriction_order":
        return notice(c, rng, "限制消费令", r, [
            f"因你未按执行通知书指定的期间履行{basis}确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的"
            "若干规定》第一条、第三条的规定，本院对你采取限制消费措施，你不得乘坐飞机、列车软卧、轮船二等以上舱位，不得在"
            "星级以上宾馆、酒店、夜总会、高尔夫球场等场所消费，不得购买不动产，不得旅游、度假。",
            "如违反本令，经查证属实的，依照有关规定予以罚款、拘留；情节严重构成犯罪的，追究刑事责任。"], c.day(70))
    if code == "dishonest_list_decision":
        s = notice(c, rng, "决定书", r, [
            f"被执行人{r.name}有履行能力而拒不履行{basis}确定的义务，依照{LAW}第二百六十二条及《最高人民法院关于公布"
            "失信被执行人名单信息的若干规定》第一条第（一）项的规定，决定如下：",
            f"将{r.name}纳入失信被执行人名单，期限二年。", "如不服本决定，可向本院申请纠正。"], c.day(72))
        return s
    if code == "assistance_notice":
        return notice(c, rng, "协助执行通知书", Party(c.extra["resp_bank"], "organisation", "", "", ""), [
            f"关于{a.name}与{r.name}{c.extra['cause']}一案，{basis}已发生法律效力。依照{LAW}第二百四十九条的规定，请协助执行"
            f"下列事项：冻结被执行人{r.name}在你行开立的账户（账号{c.extra['resp_acct']}）内存款{due}元，冻结期限一年。"],
            c.day(12), "附：执行裁定书一份。执行人员：" + c.officer + "、" + person_name(rng))
    if code == "closing_notice":
        return notice(c, rng, "结案通知书", a, [
            f"本院受理的{a.name}申请执行{r.name}{c.extra['cause']}一案，被执行人已履行{basis}确定的全部义务，案款"
            f"{due}元已于{cn_date(c.extra['pay_day'])}发放至申请执行人指定账户。",
            "依照最高人民法院《关于执行案件立案、结案若干问题的意见》第十五条的规定，本案以执行完毕方式结案。"], c.closed_on)
    if code in ("investigation_record", "interview_record"):
        return record(code, c, rng)
    if code == "online_inquiry_result":
        return inquiry(c, rng)
    if code == "payment_voucher":
        return voucher(c, rng)
    if code == "service_receipt":
        return receipt(c, rng, served)
    return form(code, c, rng)


def record(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    title = "调查笔录" if code == "investigation_record" else "谈话笔录"
    s.centred(mm(24), title, font("serif_bold", mm(8)), spacing=mm(4))
    f = song(BODY)
    when = c.day(95 if code == "investigation_record" else 110)
    rows = [f"时间：{cn_date(when)}上午10时05分至10时40分",
            "地点：" + ("被执行人住所地" if code == "investigation_record" else "本院执行局第3谈话室"),
            f"执行人员：{c.officer}、{person_name(rng)}　　记录人：{c.clerk}",
            "被调查人：" + (c.respondent.name if code == "investigation_record" else c.applicant.name)]
    y = mm(40)
    for t in rows:
        s.text(LEFT, y, t, f)
        y += mm(8)
    qa = ([("问", "我们是福田法院执行局的，今天到你住所地调查你的财产状况，你现在有无收入？"),
           ("答", "没有固定工作，偶尔帮人开网约车，每个月两三千块，房子是租的。"),
           ("问", "名下有没有车辆、房产、股票？"), ("答", "都没有，车是租平台的。")]
          if code == "investigation_record" else
          [("问", "经查控，被执行人名下无可供执行财产，本院拟终结本次执行程序，你有无新的财产线索？"),
           ("答", "暂时没有。我同意终本，以后发现财产再申请恢复执行。"), ("问", "限制消费、失信名单已对其采取，你知道吗？"),
           ("答", "知道。")])
    y += mm(4)
    for who, t in qa:
        for k, part in enumerate(wrap_lines(f"{who}：{t}", f)):
            hand(s, LEFT + (0 if k == 0 else mm(9)), y, part, rng, size=mm(5.2), ink=(35, 35, 40))
            y += mm(9)
    hand(s, LEFT + mm(60), y + mm(10), "以上笔录看过，与我说的一样。", rng, size=mm(5.2))
    signature(s, RIGHT - mm(50), y + mm(22), rows[3].split("：")[1][:3], rng)
    page_foot(s, 1, 1, style="第{n}页　共{m}页")
    return [s]


def wrap_lines(t: str, f: Font) -> list[str]:
    from dossier.corpus.draw import wrap

    return wrap(t, f, RIGHT - LEFT)


def inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    f = font("sans", mm(3.4))
    s.text(LEFT - mm(8), mm(16), "执行指挥中心网络查控系统　总对总查询结果", font("sans_bold", mm(5.4)))
    s.text(LEFT - mm(8), mm(26), f"案号：{c.number}　　被查询人：{c.respondent.name}　　证照号码：{c.respondent.id_number}", f)
    rows = [["序号", "协助单位", "财产类型", "查询结果", "反馈日期"]]
    units = ["中国工商银行", "中国建设银行", "招商银行", "平安银行", "深圳农村商业银行", "微信支付（财付通）", "支付宝",
             "公安部交通管理局", "自然资源部不动产登记", "中国证券登记结算公司"]
    for i, u in enumerate(units, 1):
        hit = u == "招商银行" and c.method != "terminated_this_round"
        rows.append([str(i), u, "存款" if i < 8 else ("车辆" if i == 8 else ("不动产" if i == 9 else "证券")),
                     f"有账户，余额{money(c.amount * Decimal('1.1'))}" if hit else "未查询到财产信息", num_date(c.day(9))])
    y = table(s, LEFT - mm(8), mm(36), [mm(12), mm(50), mm(20), mm(58), mm(28)], rows, f, row_h=mm(9))
    s.text(LEFT - mm(8), y + mm(6), "打印人：" + c.officer + "　打印时间：" + num_date(c.day(10)), f)
    s.inner = None
    return [s]


def voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new(paper=(252, 250, 245))
    f = font("hei", mm(3.6))
    x0, y0 = mm(18), mm(40)
    s.text(x0, mm(24), "平安银行　电子回单（付款）", font("hei", mm(6)))
    rows = [["回单编号", f"PA{rng.randint(10**13, 10**14 - 1)}", "交易日期", num_date(c.extra["pay_day"])],
            ["付款人户名", "深圳市福田区人民法院（案款专户）", "付款人账号", f"1100{rng.randint(10**10, 10**11 - 1)}"],
            ["收款人户名", c.applicant.name, "收款人账号", c.extra["acct"]],
            ["收款行", c.extra["acct_bank"], "币种", "人民币"],
            ["金额（小写）", f"￥{money(c.amount)}", "金额（大写）", money_caps(c.amount)],
            ["用途", f"{c.number}案款发放", "渠道", "网上银行"]]
    y = table(s, x0, y0, [mm(30), mm(66), mm(30), mm(48)], rows, f, row_h=mm(11))
    s.text(x0, y + mm(6), "本回单可通过平安银行官网验证真伪。重复打印无效。", font("hei", mm(3)))
    seal(s, x0 + mm(150), y - mm(8), "平安银行深圳福田支行", rng, radius=mm(15), inner="电子回单专用章")
    return [s]


def receipt(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    names = {"acceptance_notice": "受理执行案件通知书", "enforcement_notice": "执行通知书", "property_report_order": "报告财产令",
             "enforcement_ruling": "执行裁定书", "termination_this_round_ruling": "执行裁定书（终结本次执行程序）",
             "consumption_restriction_order": "限制消费令", "dishonest_list_decision": "决定书（纳入失信名单）",
             "closing_notice": "结案通知书", "summons": "传票"}
    to = c.applicant if served == ["acceptance_notice"] or served == ["closing_notice"] else c.respondent
    if to is c.applicant:
        return e_receipt(c, rng, "、".join(names.get(x, x) for x in served))
    s = new()
    s.centred(mm(24), SHORT, font("serif_bold", mm(7)), spacing=mm(0.5))
    s.centred(mm(36), "送达回证", font("serif_bold", mm(8)), spacing=mm(6))
    f = song(mm(4.2))
    docs = "、".join(names.get(x, x) for x in served)
    rows = [["案号", c.number], ["送达文书名称及件数", f"{docs}　各一份"], ["受送达人", to.name],
            ["送达地址", to.address], ["受送达人签名或盖章", ""], ["代收人及代收理由", ""], ["送达方式", "直接送达"],
            ["送达人", f"{c.officer}　{person_name(rng)}"], ["备注", ""]]
    x0 = mm(22)
    y0 = mm(50)
    cols = [mm(50), mm(116)]
    y = table(s, x0, y0, cols, rows, f, row_h=[mm(14), mm(22), mm(14), mm(18), mm(30), mm(16), mm(14), mm(14), mm(18)])
    sig_y = y0 + mm(14 + 22 + 14 + 18) + mm(6)
    signature(s, x0 + mm(64), sig_y, to.legal_rep or to.name, rng)
    hand(s, x0 + mm(110), sig_y + mm(12), num_date(c.day(rng.randint(3, 8))), rng, size=mm(4.5))
    s.inner = (x0 - 4, y0 - 4, x0 + sum(cols) + 4, round(y) + 4)
    seal(s, x0 + mm(130), y + mm(10), COURT, rng, radius=mm(17))
    return [s]


def e_receipt(c: CaseCtx, rng: random.Random, docs: str) -> list[Sheet]:
    """The 深圳法院 electronic service platform's 送达凭证, printed for the volume: the lawyer got it by SMS link."""
    s = new()
    f = font("microhei", mm(3.7))
    s.draw.rectangle((0, 0, s.width, mm(20)), fill=(18, 78, 150))
    s.text(mm(16), mm(6), "深圳法院电子送达平台", font("microhei", mm(6)), fill=(255, 255, 255))
    s.centred(mm(32), "电子送达凭证", font("sans_bold", mm(7)), spacing=mm(2))
    sent = c.day(rng.randint(1, 3)) if "受理" in docs else c.closed_on
    rows = [["案号", c.number], ["承办法院", COURT], ["受送达人", f"{c.applicant.name}（代理人{c.agent}）"],
            ["送达文书", docs], ["送达方式", "短信、深圳移动微法院"], ["送达号码", c.agent_phone],
            ["发送时间", f"{num_date(sent)} 10:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["查阅时间", f"{num_date(sent)} 1{rng.randint(1, 8)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"],
            ["送达结果", "已送达（受送达人已查阅）"]]
    y = table(s, mm(20), mm(46), [mm(40), mm(130)], rows, f, row_h=mm(12))
    s.text(mm(20), y + mm(8), f"凭证编号：SZFY{rng.randint(10**11, 10**12 - 1)}　打印人：{c.clerk}", f)
    seal(s, mm(160), y - mm(10), COURT, rng, radius=mm(17), inner="电子送达专用章")
    return [s]


def form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = new()
    f = song(mm(4))
    titles = {"closing_approval_form": "执行案件结案审批表", "dossier_cover": "", "catalogue": "卷 内 目 录",
              "file_review_form": "执行卷宗归档审查表", "remarks_sheet": "卷 内 备 考 表"}
    if code == "dossier_cover":
        s.centred(mm(40), COURT, font("serif_bold", mm(8)), spacing=mm(1))
        s.centred(mm(58), "执行卷宗", font("serif_bold", mm(13)), spacing=mm(10))
        rows = [["案号", c.number], ["案由", c.extra["cause"]], ["申请执行人", c.applicant.name], ["被执行人", c.respondent.name],
                ["执行依据", basis_text(c)], ["立案日期", cn_date(c.filed_on)], ["结案日期", cn_date(c.closed_on)],
                ["结案方式", "执行完毕"], ["承办人", c.officer], ["归档日期", cn_date(c.closed_on + timedelta(days=20))],
                ["保管期限", "长期"], ["本卷共　　页", ""]]
        y = table(s, mm(30), mm(92), [mm(40), mm(110)], rows, f, row_h=mm(13))
        hand(s, mm(76), y - mm(11), str(rng.randint(70, 99)), rng, size=mm(5))
        return [s]
    s.centred(mm(26), titles[code], font("serif_bold", mm(8)), spacing=mm(1.5))
    s.text(mm(22), mm(40), f"案号：{c.number}", f)
    if code == "catalogue":
        items = ["执行卷宗封面", "卷内目录", "执行申请书", "执行依据（裁决书）", "生效证明", "财产线索表", "诉讼费收据",
                 "身份证明材料", "授权委托书及公证书", "所函、律师执业证", "收款账户确认书", "送达地址确认书", "受理通知书",
                 "执行通知书、报告财产令", "网络查控结果", "执行裁定书、协助执行通知书", "和解协议", "案款发放凭证",
                 "结案通知书", "结案审批表", "送达回证", "归档审查表", "备考表"]
        rows = [["序号", "文件材料名称", "页号", "备注"]]
        page = 1
        for i, t in enumerate(items, 1):
            rows.append([str(i), t, str(page), ""])
            page += rng.randint(1, 3)
        y = table(s, mm(22), mm(50), [mm(16), mm(104), mm(24), mm(22)], rows, f, row_h=mm(9.2))
        s.inner = (mm(22) - 4, mm(50) - 4, mm(188) + 4, round(y) + 4)
        return [s]
    if code == "closing_approval_form":
        how = "执行完毕" if c.method == "fully_performed" else "终结本次执行程序"
        rows = [["申请执行人", c.applicant.name], ["被执行人", c.respondent.name], ["执行标的", f"{money(c.amount)}元"],
                ["已执行到位", f"{money(c.amount) if how == '执行完毕' else '0.00'}元"], ["拟结案方式", how],
                ["承办人意见", ""], ["合议庭意见", ""], ["执行局长审批", ""]]
        y = table(s, mm(22), mm(50), [mm(40), mm(126)], rows, f, row_h=[mm(13)] * 5 + [mm(34)] * 3)
        top = mm(50) + mm(13) * 5
        hand(s, mm(66), top + mm(6), f"经查，本案符合{how}结案条件，拟结案。", rng, size=mm(4.8))
        hand(s, mm(66), top + mm(40), "同意承办人意见。", rng, size=mm(4.8))
        hand(s, mm(66), top + mm(74), "同意。", rng, size=mm(5.4))
        signature(s, mm(150), top + mm(86), person_name(rng), rng)
        s.inner = (mm(22) - 4, mm(50) - 4, mm(188) + 4, round(y) + 4)
        return [s]
    if code == "file_review_form":
        rows = [["审查项目", "审查结果"], ["法律文书是否齐全", "齐全"], ["送达回证是否齐全", "齐全"], ["案款是否发放完毕", "已发放"],
                ["卷内材料排列是否规范", "规范"], ["承办人", c.officer], ["档案管理员审查意见", "同意归档"]]
        y = table(s, mm(22), mm(50), [mm(80), mm(86)], rows, f, row_h=mm(14))
        signature(s, mm(130), y + mm(8), person_name(rng), rng)
        return [s]
    s.text(mm(22), mm(54), "本卷情况说明：", f)
    hand(s, mm(30), mm(68), f"本卷共{rng.randint(70, 99)}页，材料齐全，无缺页、无涂改。", rng, size=mm(5))
    s.box(mm(22), mm(48), mm(188), mm(230))
    s.text(mm(110), mm(205), "立卷人：", f)
    signature(s, mm(130), mm(200), c.clerk, rng)
    s.text(mm(110), mm(218), "检查人：", f)
    signature(s, mm(130), mm(213), person_name(rng), rng)
    return [s]


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code in OWN:
        return own(code, c, rng, served)
    from dossier.corpus.families.court_bl_papers import paper

    sheets = paper(code, c, rng, served)
    for s in sheets:
        if isinstance(s, BLSheet):
            s.party = True
    return sheets
