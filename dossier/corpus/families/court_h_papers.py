"""court_h's forms, records and the papers others made: the applicant's handwritten 强制执行申请书 with a
red thumbprint, the court's own 民事裁定书 confirming a 人民调解协议 (司法确认) or a 马营人民法庭 judgment,
ID-card copies, a county law firm's letter, a 非税收入 bill, printed forms filled by ballpoint, 笔录 written
on red-ruled 笔录纸 (问：答：), a 村民委员会's 证明 under its round seal, the 执行查控 printout, and the
archive's cover, 卷内目录 and 备考表."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date
from dossier.corpus.draw import Sheet, mm, seal
from dossier.corpus.families.court_h_kit import (
    COURT,
    INK,
    TRIBUNAL,
    HDoc,
    court_seal,
    face,
    fill_line,
    mark,
    paper,
    pen,
    ruled,
    spaced,
    thumbprint,
    typeset,
    written,
)

CODES = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "whereabouts_unknown_proof", "property_declaration_form", "online_inquiry_result",
    "interview_record", "investigation_record", "settlement_agreement", "closing_approval_form", "file_review_form",
    "dossier_cover", "catalogue", "remarks_sheet", "evidence",
})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    respondent = "respondent" in served
    table = {
        "enforcement_application": lambda: application(c, rng),
        "enforcement_basis": lambda: basis(c, rng),
        "identity_proof": lambda: [id_copy(c, rng, respondent)],
        "power_of_attorney": lambda: [attorney(c, rng)],
        "law_firm_letter": lambda: [firm_letter(c, rng)],
        "lawyer_license": lambda: [licence(c, rng)],
        "fee_receipt": lambda: [fee(c, rng)],
        "whereabouts_unknown_proof": lambda: [village_proof(c, rng)],
        "online_inquiry_result": lambda: [inquiry(c, rng)],
        "interview_record": lambda: record(c, rng, "谈话笔录"),
        "investigation_record": lambda: record(c, rng, "调查笔录"),
        "settlement_agreement": lambda: [settlement(c, rng)],
        "evidence": lambda: [withdrawal(c, rng)],
        "dossier_cover": lambda: [cover(c, rng)],
        "catalogue": lambda: [catalogue(c, rng)],
        "remarks_sheet": lambda: [remarks(c, rng)],
    }
    if code in table:
        return table[code]()
    return [form(c, code, rng)]


def _basis_name(c: CaseCtx) -> str:
    return f"通渭县人民法院{c.basis_number}民事{'裁定书' if c.basis_kind == 'mediation' else '判决书'}"


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's own 强制执行申请书, written by hand on lined paper (no lawyer drafted it), signed and
    thumbprinted."""
    a, r = c.applicant, c.respondent
    s = paper(rng)
    for k in range(24):
        s.line(mm(18), mm(40) + k * mm(10), mm(192), mm(40) + k * mm(10), width=1, fill=(150, 170, 200))
    pen(s, mm(70), mm(22), "强制执行申请书", rng, size=mm(8))
    lines = [f"申请人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年生，", f"住{a.address}，电话{a.phone}。",
             f"被申请人：{r.name}，{r.sex}，住{r.address}。", "请求事项：",
             f"1.请求法院强制执行被申请人给付我{c.amount:,.2f}元；", "2.执行费由被申请人承担；",
             "3.申请对被申请人限制高消费，纳入失信被执行人名单。", "事实与理由：",
             f"我与{r.name}纠纷一案，经{_basis_name(c)[:6]}", f"{c.basis_number}文书确定，{r.name}应给付我",
             f"{c.amount:,.2f}元，该文书已生效，但{r.name}至今未给付，", "多次催要无果，特申请强制执行。",
             "此致", "通渭县人民法院", "", f"申请人：{a.name}", num_date(c.filed_on)]
    y: float = mm(40) - mm(7.5)
    for line in lines:
        if line:
            x = mm(120) if line.startswith("申请人：") or line[:4].isdigit() else mm(22)
            pen(s, x, y, line, rng, size=mm(5.6))
        y += mm(10)
    thumbprint(s, mm(165), y - mm(22), rng)
    return [mark(s, kind=rng.choice(["phone", "flatbed"]))]


def basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The court's own basis: a 民事裁定书 confirming a village mediation (司法确认) or a 马营人民法庭 judgment."""
    a, r = c.applicant, c.respondent
    parties = [("f", f"申请人：{a.name}，{a.sex}，住{a.address}。"), ("f", f"申请人：{r.name}，{r.sex}，住{r.address}。")]
    if c.basis_kind == "mediation":
        blocks = [*parties,
                  ("p", f"本院于{cn_date(c.basis_effective.replace(day=1))}立案受理申请人{a.name}、{r.name}关于司法确认调解协议的申请，"
                        "并依法指定审判员进行了审查。现已审查终结。"),
                  ("p", f"申请人因民间借贷纠纷，于{cn_date(c.basis_effective.replace(day=1))}经通渭县马营镇人民调解委员会主持调解，"
                        f"达成了如下调解协议：{r.name}自愿于协议签订之日起三个月内一次性偿还{a.name}借款{money(c.amount)}。"),
                  ("p", "本院经审查认为，申请人达成的调解协议，符合司法确认调解协议的法定条件。依照《中华人民共和国民事诉讼法》"
                        "第二百零五条、第二百零六条的规定，裁定如下："),
                  ("p", "申请人与通渭县马营镇人民调解委员会主持达成的调解协议有效。"),
                  ("p", "当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院"
                        "申请强制执行。"),
                  ("gap", ""), ("r", "审判员　李永福"), ("r", cn_date(c.basis_effective)), ("seal", ""), ("r", "书记员　王丽娟"),
                  ("c", "本件与原本核对无异")]
        doc = HDoc("民事裁定书", blocks, c.basis_number, tribunal=True)
    else:
        blocks = [("f", f"原告：{a.name}，{a.sex}，住{a.address}。"), ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
                  ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                        "被告经本院传票传唤无正当理由拒不到庭，本院依法缺席审理。本案现已审理终结。"),
                  ("p", "原告诉称：被告因购买化肥、地膜向原告借款，并出具借条一张，约定秋收后归还，到期后经原告多次催要未还。"),
                  ("p", "本院认为，合法的借贷关系受法律保护。被告向原告借款有借条为证，事实清楚，被告应当承担还款责任。依照"
                        "《中华人民共和国民法典》第六百七十五条、《中华人民共和国民事诉讼法》第一百四十七条的规定，判决如下："),
                  ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款{money(c.amount)}。"),
                  ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                        "加倍支付迟延履行期间的债务利息。案件受理费减半收取，由被告负担。"),
                  ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于甘肃省定西市中级人民法院。"),
                  ("gap", ""), ("r", "审判员　张建军"), ("r", cn_date(c.basis_effective)), ("seal", ""), ("r", "书记员　牛小燕"),
                  ("c", "本件与原本核对无异")]
        doc = HDoc("民事判决书", blocks, c.basis_number, tribunal=True)
    return typeset(doc, rng)


def id_copy(c: CaseCtx, rng: random.Random, respondent: bool) -> Sheet:
    """居民身份证 copied front and back on one A4, 'a copy, for court use only' written across it."""
    p = c.respondent if respondent else c.applicant
    s = paper(rng)
    f = face("hei", mm(3.6))
    x, y = mm(45), mm(40)
    w, h = mm(120), mm(76)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=mm(4), fill=(218, 222, 224), outline=(120, 120, 120), width=2)
    for k, (label, value) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　　民族　汉"),
                                         ("出生", num_date(p.born) if p.born else ""), ("住址", p.address[:13]),
                                         ("", p.address[13:])]):
        s.text(x + mm(6), y + mm(8) + k * mm(9), label, face("hei", mm(3.2)), fill=(90, 90, 110))
        s.text(x + mm(20), y + mm(8) + k * mm(9), value, f)
    s.text(x + mm(6), y + mm(62), "公民身份号码", face("hei", mm(3.2)), fill=(90, 90, 110))
    s.text(x + mm(34), y + mm(61), p.id_number, face("hei", mm(4.2)))
    s.draw.rectangle((x + mm(86), y + mm(10), x + mm(112), y + mm(44)), fill=(150, 150, 150))
    y2 = y + h + mm(18)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=mm(4), fill=(222, 226, 228), outline=(120, 120, 120), width=2)
    s.centred(y2 + mm(14), "中华人民共和国", face("hei", mm(6)), x0=x + mm(20), x1=x + w)
    s.centred(y2 + mm(26), "居民身份证", face("hei", mm(7)), x0=x + mm(20), x1=x + w)
    s.text(x + mm(8), y2 + mm(50), "签发机关　通渭县公安局", f)
    s.text(x + mm(8), y2 + mm(60), f"有效期限　{p.born.year + 40 if p.born else 2030}.05.12-长期", f)
    pen(s, mm(40), mm(230), "此复印件与原件一致，仅供法院执行使用", rng, size=mm(5))
    pen(s, mm(120), mm(244), p.name, rng, size=mm(6.5))
    return mark(s, kind=rng.choice(["flatbed", "carbon", "phone"]))


def attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    y = spaced(s, mm(30), "授权委托书", 8, gap=0.6)
    f = face("song", mm(5))
    rows = [[("委托人：", False), (c.applicant.name, True), ("　住址：", False), (c.applicant.address, True)],
            [("受委托人：", False), (c.agent, True), ("　工作单位：", False), (c.firm, True), ("律师", False)],
            [("现委托上列受委托人在我与", False), (c.respondent.name, True), ("民间借贷纠纷执行一案中，作为我的委托代理人。", False)],
            [("代理权限：", False), ("特别授权：代为申请执行、参与和解、代收执行款、代签法律文书、申请终结本次执行或撤回执行申请。", True)]]
    y += mm(10)
    for runs in rows:
        y = fill_line(s, mm(26), y, runs, rng) + mm(4)
    s.text(mm(110), y + mm(20), "委托人：", f)
    pen(s, mm(132), y + mm(18), c.applicant.name, rng, size=mm(7))
    thumbprint(s, mm(168), y + mm(24), rng)
    s.text(mm(110), y + mm(38), "受委托人：", f)
    pen(s, mm(136), y + mm(36), c.agent, rng, size=mm(7))
    pen(s, mm(120), y + mm(56), num_date(c.filed_on), rng)
    return s


def firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    s.centred(mm(30), c.firm, face("song", mm(7.5)), spacing=mm(0.8))
    s.line(mm(24), mm(44), mm(186), mm(44), width=3)
    y = spaced(s, mm(54), "律师事务所函", 7.2, gap=0.3)
    number = f"甘陇律执字〔{c.filed_on.year}〕第{rng.randint(10, 90)}号"
    s.right(mm(186), y, number, face("song", mm(5)))
    y = fill_line(s, mm(26), y + mm(14), [("通渭县人民法院：", False)], rng)
    y = fill_line(s, mm(26), y, [("　　本所接受", False), (c.applicant.name, True), ("的委托，指派", False), (c.agent, True),
                                 ("律师担任其与", False), (c.respondent.name, True), ("民间借贷纠纷执行一案申请执行人的委托代理人。", False)], rng)
    y = fill_line(s, mm(26), y, [("　　特此函告。", False)], rng)
    s.text(mm(26), y + mm(6), "附：授权委托书一份", face("song", mm(5)))
    s.right(mm(180), y + mm(30), c.firm, face("song", mm(5)))
    s.right(mm(180), y + mm(42), cn_date(c.filed_on), face("song", mm(5)))
    seal(s, mm(150), y + mm(36), c.firm, rng)
    s.text(mm(26), mm(262), f"联系电话：{c.agent_phone}　　地址：通渭县平襄镇南大街", face("song", mm(4)))
    return s


def licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """律师执业证 copied open on the glass, grey, the edge of the booklet dark."""
    s = paper(rng)
    x, y = mm(22), mm(50)
    s.draw.rectangle((x, y, mm(188), y + mm(120)), fill=(200, 200, 200))
    s.draw.rectangle((x + mm(4), y + mm(4), mm(103), y + mm(116)), fill=(236, 236, 236))
    s.draw.rectangle((mm(107), y + mm(4), mm(184), y + mm(116)), fill=(236, 236, 236))
    s.draw.rectangle((x + mm(12), y + mm(14), x + mm(42), y + mm(54)), fill=(130, 130, 130))
    f = face("song", mm(4.2))
    for k, (label, value) in enumerate([("持证人", c.agent), ("性别", rng.choice("男女")), ("执业机构", c.firm),
                                         ("执业证类别", "专职"), ("执业证号", f"1621120{rng.randint(10**9, 10**10 - 1)}"),
                                         ("发证机关", "甘肃省司法厅"), ("发证日期", f"{rng.randint(2010, 2020)}年3月15日")]):
        s.text(mm(110), y + mm(10) + k * mm(13), f"{label}　{value}", f)
    s.text(x + mm(10), y + mm(70), "中华人民共和国", face("song", mm(5)))
    s.text(x + mm(14), y + mm(80), "律师执业证", face("song", mm(6.5)))
    pen(s, mm(50), mm(200), "与原件核对一致", rng)
    return mark(s, kind="flatbed")


def fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """甘肃省非税收入一般缴款书, printed in a green-grey grid, on the upper half of the page."""
    s = paper(rng)
    green = (70, 120, 90)
    s.centred(mm(30), "甘肃省非税收入一般缴款书（电子）", face("song", mm(6.5)), fill=green)
    f = face("song", mm(4.2))
    x0, x1, y = mm(20), mm(190), mm(46)
    amount = int(c.amount) // 100 + 50
    rows = [("缴款人", c.applicant.name, "执收单位", COURT), ("项目名称", "申请执行费", "金额（元）", f"{amount:.2f}"),
            ("金额（大写）", money_caps(Decimal(amount)), "票据号码", f"62{rng.randint(10**8, 10**9 - 1)}"),
            ("开票日期", num_date(c.filed_on), "校验码", f"{rng.randint(10**5, 10**6 - 1)}")]
    for a, b, cc, d in rows:
        s.box(x0, y, x1, y + mm(13), width=1, outline=green)
        for xx in (mm(52), mm(105), mm(135)):
            s.line(xx, y, xx, y + mm(13), width=1, fill=green)
        s.text(x0 + mm(2), y + mm(4), a, f, fill=green)
        s.text(mm(54), y + mm(4), b, f)
        s.text(mm(107), y + mm(4), cc, f, fill=green)
        s.text(mm(137), y + mm(4), d, f)
        y += mm(13)
    seal(s, mm(160), y + mm(14), "甘肃省财政厅票据监制章", rng, radius=mm(13))
    return s


def village_proof(c: CaseCtx, rng: random.Random) -> Sheet:
    """A 村民委员会's 证明 that the respondent has left and cannot be found, written by the village
    secretary, under the committee's round seal; the 派出所 adds a line and its own seal."""
    r = c.respondent
    village = r.address.removeprefix("甘肃省通渭县")[:7]
    s = paper(rng)
    pen(s, mm(85), mm(30), "证　明", rng, size=mm(9))
    lines = [f"兹证明我村{r.address.removeprefix('甘肃省通渭县')[len(village):]}村民{r.name}，{r.sex}，",
             f"身份证号{r.id_number}，", f"于{c.filed_on.year - 2}年春外出打工，至今未回，", "家中无人居住，电话停机，",
             "村委会及其亲属均联系不上，下落不明。", "特此证明。"]
    y: float = mm(55)
    for line in lines:
        pen(s, mm(28) if line[0] != "特" else mm(36), y, line, rng, size=mm(6))
        y += mm(13)
    pen(s, mm(110), y + mm(16), f"通渭县{village}村民委员会", rng, size=mm(5.5))
    pen(s, mm(120), y + mm(30), num_date(c.day(70)), rng, size=mm(5.5))
    seal(s, mm(145), y + mm(24), f"通渭县{village}村民委员会", rng)
    pen(s, mm(28), y + mm(62), "情况属实。", rng, size=mm(5.5))
    pen(s, mm(28), y + mm(76), "通渭县公安局马营派出所", rng, size=mm(5.5))
    seal(s, mm(60), y + mm(74), "通渭县公安局马营派出所", rng, radius=mm(16))
    return mark(s, kind="phone")


def inquiry(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 网络执行查控 result printed from the system: a grid of agencies and what they answered."""
    s = paper(rng)
    f = face("hei", mm(3.4))
    s.centred(mm(20), "执行查控系统  被执行人财产反馈结果", face("hei", mm(5.2)))
    s.text(mm(14), mm(32), f"案号：{c.number}　　被执行人：{c.respondent.name}　　证件号：{c.respondent.id_number}", f)
    cols = [mm(14), mm(30), mm(92), mm(128), mm(196)]
    heads = ["序号", "协助执行单位", "查询类型", "反馈结果"]
    banks = ["中国农业银行", "中国邮政储蓄银行", "甘肃省农村信用社", "中国建设银行", "中国工商银行", "支付宝（中国）网络技术有限公司",
             "财付通支付科技有限公司", "公安部交通管理局", "自然资源部", "中国证券登记结算有限责任公司", "人力资源社会保障部",
             "中国银行"]
    y: float = mm(42)
    for k, text in enumerate(heads):
        s.text(cols[k] + mm(1.5), y + mm(2), text, f)
    rows = [(str(i + 1), b, "存款" if "银行" in b or "信用社" in b else "车辆" if "交通" in b else "不动产" if "自然" in b else "其他",
             f"余额{rng.randint(0, 90)}.{rng.randint(10, 99)}元" if b in ("中国邮政储蓄银行", "甘肃省农村信用社") else "未查询到财产信息")
            for i, b in enumerate(banks)]
    for row in [heads, *rows]:
        for k in range(4):
            s.box(cols[k], y, cols[k + 1], y + mm(10), width=1)
        if row is not heads:
            for k, text in enumerate(row):
                s.text(cols[k] + mm(1.5), y + mm(2.5), text, f)
        y += mm(10)
    s.text(mm(14), y + mm(6), f"打印时间：{c.day(20):%Y-%m-%d} 10:{rng.randint(10, 59)}　　操作人：{c.officer}", f)
    return mark(s, kind="clean")


def record(c: CaseCtx, rng: random.Random, title: str) -> list[Sheet]:
    """谈话笔录 / 调查笔录 written by hand on the court's 笔录纸 with 问：答：; every page signed."""
    a, r = c.applicant, c.respondent
    place = "马营人民法庭" if c.extra.get("tribunal") else "本院执行局谈话室"
    when = c.day(int((c.closed_on - c.filed_on).days) - 10) if title == "谈话笔录" else c.day(55)
    head = [f"时间：{num_date(when)}上午10时", f"地点：{place if title == '谈话笔录' else r.address.removeprefix('甘肃省通渭县')}",
            f"执行员：{c.officer}　记录人：{c.clerk}"]
    if title == "谈话笔录":
        head.append(f"被谈话人：{a.name}，申请执行人")
        qa = ["问：我们是通渭县人民法院执行人员，今天约你来，是告知你案件的执行情况，你听清楚了吗？", "答：听清楚了。",
              "问：本院经网络查控，被执行人名下银行账户仅有小额存款，无车辆、无不动产，你知道吗？", "答：知道。",
              "问：你是否还能提供被执行人的其他财产线索？", "答：提供不了，他家就几亩旱地，没有别的。",
              ("问：本案将依法终结执行，你有无意见？" if c.method == "terminated"
               else "问：本院拟对本案终结本次执行程序，以后发现财产可以申请恢复执行，你有无意见？"),
              "答：没有意见，同意。", "问：还有什么要说的吗？", "答：没有了。"]
        sign = a.name
    else:
        head.append(f"被调查人：{r.address.removeprefix('甘肃省通渭县')[:7]}村民委员会主任 {c.clerk[0]}志强")
        qa = ["问：我们是通渭县人民法院执行人员，向你了解被执行人" + r.name + "的情况，请如实回答。", "答：好的。",
              f"问：{r.name}家里现在情况怎么样？", "答：他家里还有老人，种了几亩地，房子是老土坯房。",
              "问：他家有没有车辆、农机、牲畜？", "答：有一台旧三轮车，早就坏了，牛前年卖了。",
              "问：他有没有在外打工的收入？", "答：听说在外面打零工，具体在哪不清楚。",
              "问：以上所说是否属实？", "答：属实。"]
        sign = f"{c.clerk[0]}志强"
    sheets = [ruled(rng, COURT, title)[0]]
    written(sheets, [*head, *qa, "（以下无正文）"], rng, COURT, title)
    last = sheets[-1]
    pen(last, mm(120), mm(262), f"被谈话人：{sign}" if title == "谈话笔录" else f"被调查人：{sign}", rng)
    thumbprint(last, mm(182), mm(266), rng)
    pen(last, mm(30), mm(262), f"执行员：{c.officer}", rng)
    return [mark(s, kind="flatbed") for s in sheets]


def settlement(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行和解协议, written by the tribunal's clerk on a printed heading, signed and thumbprinted by both."""
    a, r = c.applicant, c.respondent
    s = paper(rng)
    s.centred(mm(20), TRIBUNAL, face("song", mm(5.5)), spacing=mm(0.4))
    y = spaced(s, mm(30), "执行和解协议", 8, gap=0.5)
    paid = int(c.amount * 6 / 10)
    lines = [f"申请执行人：{a.name}，住{a.address.removeprefix('甘肃省')}", f"被执行人：{r.name}，住{r.address.removeprefix('甘肃省')}",
             f"双方就{c.number}执行一案，经执行法官主持协商，自愿达成和解如下：",
             f"一、被执行人于本协议签订当日给付申请执行人{paid}元（现金当场交付）；",
             f"二、申请执行人自愿放弃其余款项{c.amount - paid:,.2f}元及迟延履行利息；",
             "三、申请执行人收款后向法院申请撤回执行申请；", "四、本协议双方签字按印后生效。"]
    y += mm(6)
    for line in lines:
        y = fill_line(s, mm(22), y, [(line, True)], rng, x1=mm(192))
    for k, (who, name) in enumerate([("申请执行人：", a.name), ("被执行人：", r.name), ("主持人：", c.officer)]):
        s.text(mm(30) + k * mm(56), y + mm(20), who, face("song", mm(4.6)))
        pen(s, mm(30) + k * mm(56), y + mm(30), name, rng, size=mm(6.5))
        if k < 2:
            thumbprint(s, mm(52) + k * mm(56), y + mm(34), rng)
    pen(s, mm(120), y + mm(52), num_date(c.day(40)), rng)
    return mark(s, kind="phone")


def withdrawal(c: CaseCtx, rng: random.Random) -> Sheet:
    """The ground of the 终结执行: the applicant's handwritten 撤回强制执行申请书 on squared 稿纸, thumbprinted."""
    a, r = c.applicant, c.respondent
    s = paper(rng)
    for k in range(20):
        for j in range(20):
            s.box(mm(22) + j * mm(8.3), mm(40) + k * mm(11), mm(22) + (j + 1) * mm(8.3), mm(40) + k * mm(11) + mm(8.3),
                  width=1, outline=(120, 160, 120))
    pen(s, mm(62), mm(22), "撤回强制执行申请书", rng, size=mm(7.5))
    span = (c.closed_on - c.filed_on).days
    text = [f"申请人：{a.name}，", f"住{a.address.removeprefix('甘肃省通渭县')}。", f"我申请执行{r.name}纠纷一案，",
            f"案号{c.number}，", "经法院主持双方已达成和解，", "他已按和解协议给付了钱款，", "其余的我自愿放弃。现申请撤回",
            "强制执行申请，请法院准许。", "此致", "通渭县人民法院", f"申请人：{a.name}", num_date(c.day(span - 6))]
    for k, line in enumerate(text):  # one character to a square, as taught at school
        s.lines.append(line)
        first = 10 if k >= len(text) - 2 else 0
        for j, ch in enumerate(line[:20 - first]):
            pen(s, mm(22.8) + (first + j) * mm(8.3), mm(40) + k * mm(11) + mm(0.6), ch, rng, size=mm(6.4), record=False)
        for j, ch in enumerate(line[20 - first:]):  # what does not fit runs on into the next row's squares
            pen(s, mm(22.8) + j * mm(8.3), mm(40) + (k + 0.5) * mm(11), ch, rng, size=mm(4), record=False)
    thumbprint(s, mm(172), mm(40) + (len(text) - 2) * mm(11) + mm(5), rng)
    return mark(s, kind=rng.choice(["phone", "flatbed"]))


def cover(c: CaseCtx, rng: random.Random) -> Sheet:
    """卷宗封面 (卷皮), kraft brown, printed frame, filled by hand."""
    s = Sheet(paper=(206, 178, 132))
    brown = (70, 45, 30)
    s.centred(mm(34), COURT, face("song", mm(9)), spacing=mm(1.5), fill=brown)
    s.centred(mm(58), "执　行　卷　宗", face("song", mm(12)), fill=brown)
    s.centred(mm(82), "（正卷）", face("song", mm(6)), fill=brown)
    f = face("song", mm(5.5))
    rows = [("案　号", c.number), ("案　由", "民间借贷纠纷"), ("申请执行人", c.applicant.name), ("被执行人", c.respondent.name),
            ("承办人", c.officer), ("立案日期", num_date(c.filed_on)), ("结案日期", num_date(c.closed_on)),
            ("结案方式", {"terminated": "终结执行", "terminated_this_round": "终结本次执行程序"}.get(c.method, "执行完毕")),
            ("归档日期", num_date(c.closed_on + timedelta(days=20))), ("保管期限", "长期")]
    y: float = mm(108)
    for label, value in rows:
        s.text(mm(40), y, label, f, fill=brown)
        s.line(mm(80), y + mm(7), mm(172), y + mm(7), width=2, fill=brown)
        pen(s, mm(84), y - mm(1), value, rng, ink=(25, 25, 40))
        y += mm(15)
    s.box(mm(20), mm(20), mm(190), mm(277), width=4, outline=brown)
    return mark(s, kind="flatbed")


def catalogue(c: CaseCtx, rng: random.Random) -> Sheet:
    """卷内目录 printed as a grid, the entries written by the archivist."""
    s = paper(rng)
    y = spaced(s, mm(20), "卷内目录", 8, gap=1.0)
    f = face("song", mm(4.4))
    cols = [mm(16), mm(30), mm(126), mm(150), mm(176), mm(194)]
    heads = ["序号", "文件名称", "日期", "页号", "备注"]
    entries = ["强制执行申请书", "生效法律文书", "身份证明", "授权委托手续", "受理案件通知书", "交纳执行费通知书", "执行通知书",
               "报告财产令", "财产申报表", "网络查控结果", "执行裁定书", "协助执行通知书", "传票", "罚款决定书", "拘留决定书",
               "限制消费令", "纳入失信名单决定书", "调查笔录", "谈话笔录", "执行裁定书（终本）", "送达回证", "结案审批表",
               "卷宗复核表", "备考表"]
    for k, t in enumerate(heads):
        s.text(cols[k] + mm(1), y + mm(2), t, f)
    page = 1
    for i, row in enumerate([None, *entries]):
        for k in range(5):
            s.box(cols[k], y, cols[k + 1], y + mm(9.5), width=1)
        if row:
            pen(s, cols[0] + mm(3), y + mm(1.5), str(i), rng, size=mm(4.2))
            pen(s, cols[1] + mm(2), y + mm(1.5), row, rng, size=mm(4.2))
            pen(s, cols[3] + mm(2), y + mm(1.5), f"{page}", rng, size=mm(4.2))
            page += rng.randint(1, 3)
        y += mm(9.5)
    return s


def remarks(c: CaseCtx, rng: random.Random) -> Sheet:
    s = paper(rng)
    y = spaced(s, mm(30), "卷内备考表", 8, gap=0.6)
    s.box(mm(22), y + mm(6), mm(188), mm(250), width=2)
    s.text(mm(26), y + mm(10), "本卷情况说明：", face("song", mm(5)))
    pen(s, mm(34), y + mm(24), f"本卷共计文件材料{rng.randint(30, 45)}页，无缺页、无破损。", rng)
    pen(s, mm(34), y + mm(36), "证据袋一个，内装借条复印件。", rng)
    for k, (label, name) in enumerate([("立卷人", c.clerk), ("检查人", c.officer)]):
        s.text(mm(110), mm(200) + k * mm(14), f"{label}：", face("song", mm(5)))
        pen(s, mm(134), mm(198) + k * mm(14), name, rng)
    pen(s, mm(120), mm(232), num_date(c.closed_on), rng)
    return s


FORMS: dict[str, tuple[str, list[str]]] = {
    "property_clue_form": ("被执行人财产线索表", ["银行账户", "房屋", "土地承包经营权", "车辆及农用机械", "牲畜", "其他财产线索"]),
    "payment_account_confirmation": ("申请执行人收取案款确认书", ["收款人", "开户银行", "账号", "联系电话"]),
    "service_address_confirmation": ("送达地址确认书", ["受送达人", "送达地址", "联系电话", "是否同意电子送达"]),
    "property_declaration_form": ("财产申报表", ["申报人", "收入情况", "银行存款", "房屋", "车辆、农机", "其他财产"]),
    "closing_approval_form": ("执行案件结案审批表", ["案号", "申请执行人", "被执行人", "执行标的", "执行到位", "结案方式",
                                                     "承办人意见", "庭（局）长意见"]),
    "file_review_form": ("执行卷宗复核表", ["案号", "卷宗材料是否齐全", "文书送达是否合法", "结案方式是否正确", "复核意见"]),
}


def form(c: CaseCtx, code: str, rng: random.Random) -> Sheet:
    """A printed two-column form, the right column filled in by ballpoint."""
    title, labels = FORMS[code]
    a, r = c.applicant, c.respondent
    method = {"terminated": "终结执行", "terminated_this_round": "终结本次执行程序"}.get(c.method, "执行完毕")
    answers = {
        "银行账户": f"{r.name}在农村信用社有惠农一卡通", "房屋": "老家土坯房三间", "土地承包经营权": "承包旱地约六亩",
        "车辆及农用机械": "三轮车一辆", "牲畜": "不清楚", "其他财产线索": "在外打工，具体不详",
        "收款人": a.name, "开户银行": "甘肃通渭农村商业银行马营支行", "账号": f"6230 2718 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} 512",
        "联系电话": a.phone, "受送达人": a.name, "送达地址": a.address, "是否同意电子送达": "不同意，邮寄或直接送达",
        "申报人": r.name, "收入情况": "务农，年收入约三千元", "银行存款": "无", "车辆、农机": "无", "其他财产": "无",
        "案号": c.number, "申请执行人": a.name, "被执行人": r.name, "执行标的": f"{c.amount:,.2f}元",
        "执行到位": f"{int(c.amount * 6 / 10)}元" if c.method == "terminated" else "0元", "结案方式": method,
        "承办人意见": f"拟{method}", "庭（局）长意见": "同意", "卷宗材料是否齐全": "齐全", "文书送达是否合法": "合法",
        "结案方式是否正确": "正确", "复核意见": "同意归档",
    }
    s = paper(rng)
    s.centred(mm(22), COURT, face("song", mm(6)), spacing=mm(0.5))
    y = spaced(s, mm(32), title, 7.4, gap=0.2)
    f = face("song", mm(4.8))
    x0, xm, x1 = mm(20), mm(72), mm(190)
    h = mm(min(22, 190 / len(labels)))
    for label in labels:
        s.box(x0, y, x1, y + h, width=2)
        s.line(xm, y, xm, y + h, width=2)
        s.text(x0 + mm(3), y + h / 2 - mm(3), label, f)
        pen(s, xm + mm(4), y + h / 2 - mm(3.5), answers[label], rng, size=mm(4.8))
        if label.endswith("意见"):
            pen(s, x1 - mm(44), y + h - mm(8), num_date(c.closed_on), rng, size=mm(3.8), record=False)
        y += h
    who = {"property_declaration_form": r.name, "closing_approval_form": c.officer, "file_review_form": c.clerk}.get(code, a.name)
    s.text(mm(110), y + mm(12), "签名：", f)
    pen(s, mm(128), y + mm(10), who, rng, size=mm(6.5))
    if code in ("property_declaration_form", "payment_account_confirmation", "property_clue_form", "service_address_confirmation"):
        thumbprint(s, mm(170), y + mm(16), rng)
    if code in ("closing_approval_form", "file_review_form"):
        court_seal(s, mm(140), y - h, rng)
    return s


__all__ = ["CODES", "INK", "money", "render"]
