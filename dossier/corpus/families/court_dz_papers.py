"""What 德城法院执行局 receives, each in its maker's hand: the 德州 law firms' typed applications and 所函 (明体, narrow
margins, a firm letterhead with a double rule), the other tribunal's judgment or the 劳动人事争议仲裁委员会's award (their
own header and 宋 body, folded in half in the post), ID-card and licence copies, the window's hand-filled forms, the
查控 system's printout, a bank's e-receipt, the 诉讼费 bill."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date
from dossier.corpus.draw import BLUE_INK, Sheet, hand, mm, seal, signature, wrap
from dossier.corpus.families.court_dz_kit import COURT, grid, sheet
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form", "fee_receipt",
    "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "property_declaration_form", "online_inquiry_result", "settlement_agreement",
    "payment_voucher",
})
ML, MR = mm(22), mm(20)


def _flow(s: Sheet, y: float, paras: list[tuple[str, str]], f: Font, lead: float, *, x0: float = ML,
          x1: float | None = None, new: object = None) -> float:
    right = s.width - MR if x1 is None else x1
    for kind, text in paras:
        ind = f.size * 2 if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, right - x0, indent=ind)):
            s.text(x0 + (ind if k == 0 else 0), y, part, f)
            y += lead
    return y


def _person(p: Party) -> str:
    if p.kind == "organisation":
        return f"{p.name}，住所地：{p.address}。法定代表人：{p.legal_rep}。统一社会信用代码：{p.id_number}"
    assert p.born is not None
    return f"{p.name}，{p.sex}，{num_date(p.born)}生，汉族，住{p.address}，身份证号：{p.id_number}，电话：{p.phone}"


def paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    tale = str(c.extra["tale"])
    filed = c.filed_on - timedelta(days=rng.randint(1, 3))
    if code == "enforcement_application":
        s = sheet("letter")
        s.centred(mm(28), "强制执行申请书", font("ming", 66), spacing=6)
        f = font("ming", 40)
        what = {"loan": f"偿还借款本金及利息{c.amount}元", "wage": f"支付拖欠工资及经济补偿金{c.amount}元",
                "road": f"赔偿医疗费、误工费、伤残赔偿金等共计{c.amount}元"}[tale]
        y = _flow(s, mm(45), [("f", "申请人：" + _person(a)), ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
                               ("f", "被申请人：" + _person(r)),
                               ("f", "执行请求："),
                               ("p", f"1. 请求依法强制被申请人{what}；"),
                               ("p", "2. 请求依法强制被申请人加倍支付迟延履行期间的债务利息；"),
                               ("p", "3. 本案执行费用由被申请人负担。"),
                               ("f", "事实与理由："),
                               ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
                                     f"{'裁决书' if tale == 'wage' else '民事判决书'}，已于{num_date(c.basis_effective)}发生法律效力。"
                                     "被申请人至今未履行义务，为维护申请人的合法权益，特依法申请强制执行。"),
                               ("f", "此致"), ("f", COURT)], f, 70)
        s.right(s.width - MR - mm(40), y + 40, "申请人：", f)
        signature(s, s.width - MR - mm(38), y + 20, a.name, rng)
        s.right(s.width - MR, y + 120, num_date(filed), f)
        return [s]
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _effect(c, rng)
    if code == "identity_proof":
        return _id_copy(c, rng, r if served == ["respondent"] else a)
    if code == "power_of_attorney":
        s = sheet("letter")
        s.centred(mm(30), "授 权 委 托 书", font("hei", 64), spacing=10)
        f = font("ming", 40)
        y = _flow(s, mm(50), [("f", "委托人：" + _person(a)),
                               ("f", f"受托人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
                               ("p", f"现委托上列受托人在我与{r.name}{c.extra['cause']}执行一案中，作为我的委托代理人。"),
                               ("p", "代理权限：特别授权，代为申请执行，提供财产线索，参加执行和解，代为签收法律文书，代为领取执行款。"),
                               ("p", "委托期限：自签订之日起至本案执行终结之日止。")], f, 72)
        s.text(mm(110), y + 80, "委托人：", f)
        signature(s, mm(140), y + 60, a.name, rng)
        s.text(mm(110), y + 170, "受托人：", f)
        signature(s, mm(140), y + 150, c.agent, rng)
        s.text(mm(120), y + 260, num_date(filed), f)
        return [s]
    if code == "law_firm_letter":
        s = sheet("letter")
        s.centred(mm(22), c.firm, font("hei", 60), spacing=4)
        s.line(ML, mm(34), s.width - MR, mm(34), width=5)
        s.line(ML, mm(35.5), s.width - MR, mm(35.5), width=1)
        s.right(s.width - MR, mm(40), f"鲁德律执字〔{c.filed_on.year}〕第{rng.randint(10, 199)}号", font("ming", 36))
        s.centred(mm(52), "律师事务所函", font("ming", 60), spacing=8)
        f = font("ming", 40)
        y = _flow(s, mm(68), [("f", f"{COURT}："),
                               ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的"
                                     "委托代理人。"),
                               ("p", "特此函告。")], f, 72)
        s.right(s.width - MR - mm(10), y + 120, c.firm, f)
        s.right(s.width - MR - mm(10), y + 200, num_date(filed), f)
        seal(s, s.width - MR - mm(40), y + 160, c.firm, rng)
        s.text(ML, mm(262), f"地址：{c.extra['firm_addr']}　电话：0534-22{rng.randint(10000, 99999)}", font("ming", 30))
        return [s]
    if code == "lawyer_license":
        s = sheet("card")
        s.text(ML, mm(20), "律师执业证复印件（与原件核对一致）", font("sans", 36))
        x, y = mm(35), mm(40)
        s.box(x, y, x + mm(140), y + mm(95), width=3)
        s.centred(y + mm(8), "中华人民共和国律师执业证", font("hei", 50), x0=x, x1=x + mm(140))
        rows = [f"执业机构：{c.firm}", "执业证类别：专职", f"执业证号：{c.extra['licence']}",
                f"姓名：{c.agent}", "发证机关：山东省司法厅", f"发证日期：{2015 + rng.randint(0, 6)}年{rng.randint(1, 12)}月"]
        for i, t in enumerate(rows):
            s.text(x + mm(8), y + mm(25) + i * mm(10), t, font("sans", 36))
        s.box(x + mm(102), y + mm(28), x + mm(132), y + mm(68), width=2)
        s.centred(y + mm(45), "照片", font("sans", 30), x0=x + mm(102), x1=x + mm(132))
        s.box(x, y + mm(110), x + mm(140), y + mm(205), width=3)
        s.centred(y + mm(118), "年度考核备案", font("hei", 44), x0=x, x1=x + mm(140))
        s.text(x + mm(10), y + mm(140), f"{c.filed_on.year - 1}年度　称职", font("sans", 38))
        seal(s, x + mm(90), y + mm(160), "德州市司法局", rng, radius=mm(17))
        hand(s, mm(40), mm(265), f"复印件与原件一致 {c.agent}", rng, size=40)
        return [s]
    if code in ("property_clue_form", "payment_account_confirmation", "service_address_confirmation",
                "property_declaration_form"):
        return _window_form(code, c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "online_inquiry_result":
        return _inquiry(c, rng)
    if code == "settlement_agreement":
        s = sheet("letter")
        s.centred(mm(26), "执行和解协议", font("ming", 64), spacing=8)
        f = font("ming", 40)
        pay = c.extra["pay_day"]
        y = _flow(s, mm(44), [("f", "甲方（申请执行人）：" + _person(a)), ("f", "乙方（被执行人）：" + _person(r)),
                               ("p", f"甲乙双方{c.extra['cause']}一案，{COURT}以{c.number}立案执行。经协商，双方自愿达成如下和解协议："),
                               ("p", f"一、乙方于{num_date(pay)}前一次性支付甲方{money(c.amount)}，汇入甲方指定账户"
                                     f"（{c.extra['in_bank']}，账号{c.extra['in_acct']}）；"),
                               ("p", "二、乙方按期足额付款后，甲方放弃迟延履行期间的债务利息，双方再无其他纠葛；"),
                               ("p", "三、乙方逾期未付的，甲方可申请恢复执行原生效法律文书；"),
                               ("p", "四、本协议一式三份，双方各执一份，交法院一份。")], f, 70)
        s.text(ML, y + 60, "甲方：", f)
        signature(s, ML + mm(20), y + 40, a.name, rng)
        s.text(mm(110), y + 60, "乙方：", f)
        if r.kind == "organisation":
            seal(s, mm(150), y + 80, r.name, rng)
            signature(s, mm(130), y + 140, r.legal_rep, rng)
        else:
            signature(s, mm(130), y + 40, r.name, rng)
        s.right(s.width - MR, y + 260, num_date(c.day(31)), f)
        return [s]
    return _voucher(c, rng)


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    tale = str(c.extra["tale"])
    a, r = c.applicant, c.respondent
    f = font("serif", 42)
    lead = 80
    sheets: list[Sheet] = []
    if tale == "wage":
        head, title = c.basis_court, "裁 决 书"
        body = [("f", "申请人：" + _person(a)), ("f", "被申请人：" + _person(r)),
                ("p", f"申请人{a.name}与被申请人{r.name}劳动争议一案，本委受理后依法组成仲裁庭，公开开庭进行了审理，本案现已审理终结。"),
                ("p", f"申请人称：其自2021年起在被申请人处从事太阳能真空管装配工作，被申请人自2022年下半年起拖欠工资"
                      f"{c.extra['months']}个月，后以停产为由解除劳动合同，未支付经济补偿。"),
                ("p", "被申请人经本委合法传唤，无正当理由未到庭参加仲裁活动。"),
                ("p", "仲裁庭查明：申请人与被申请人存在劳动关系，被申请人拖欠申请人工资及经济补偿的事实清楚。"),
                ("p", "依照《中华人民共和国劳动合同法》第三十条、第四十六条、第四十七条之规定，裁决如下："),
                ("p", f"被申请人{r.name}于本裁决生效之日起十日内支付申请人{a.name}拖欠工资及解除劳动合同经济补偿金共计"
                      f"{money(c.amount)}。"),
                ("p", "本裁决为终局裁决，自作出之日起发生法律效力。")]
        signers = [f"仲裁员　{c.judge}", f"书记员　{c.clerk}"]
    else:
        head, title = c.basis_court, "民 事 判 决 书"
        if tale == "loan":
            body = [("f", "原告：" + _person(a)), ("f", "被告：" + _person(r)),
                    ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"),
                    ("p", f"原告诉称：被告经营{c.extra['shop']}，于{num_date(c.extra['lent_on'])}因扩建扒鸡加工作坊向原告借款，"
                          "出具借条一张，约定一年内归还，到期后经多次催要未还。"),
                    ("p", "被告辩称：借款属实，因店铺经营困难暂时无力偿还。"),
                    ("p", "本院认为，合法的借贷关系受法律保护。被告借款后未按约定归还，应承担还款责任。依照《中华人民共和国民法典》"
                          "第六百六十七条、第六百七十五条、第六百七十六条之规定，判决如下："),
                    ("p", f"被告{r.name}于本判决生效之日起十日内偿还原告{a.name}借款本金及利息共计{money(c.amount)}。"),
                    ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                          "加倍支付迟延履行期间的债务利息。案件受理费减半收取，由被告负担。")]
            signers = [f"审判员　{c.judge}", f"书记员　{c.clerk}"]
        else:
            body = [("f", "上诉人（原审被告）：" + _person(r)), ("f", "被上诉人（原审原告）：" + _person(a)),
                    ("p", f"上诉人{r.name}因与被上诉人{a.name}机动车交通事故责任纠纷一案，不服山东省德州市德城区人民法院"
                          f"{c.extra['first_no']}民事判决，向本院提起上诉。本院依法组成合议庭审理了本案。"),
                    ("p", f"原审查明：{num_date(c.extra['crash_on'])}，上诉人雇用的司机驾驶其所有的{c.extra['plate']}号重型货车"
                          "运送玉米，在德城区晶华路与新河路交叉口与被上诉人驾驶的电动三轮车相撞，致被上诉人受伤。交警部门认定货车"
                          "一方负事故主要责任。"),
                    ("p", "本院认为，原审认定事实清楚，适用法律正确，上诉理由不能成立。依照《中华人民共和国民事诉讼法》"
                          "第一百七十七条第一款第一项之规定，判决如下："),
                    ("p", "驳回上诉，维持原判。"),
                    ("p", f"原判确定上诉人赔偿被上诉人各项损失共计{money(c.amount)}。二审案件受理费由上诉人负担。"),
                    ("p", "本判决为终审判决。")]
            signers = [f"审判长　{c.judge}", f"审判员　{rng.choice(['刘', '孙', '高'])}{rng.choice(['建', '立', '春'])}"
                       f"{rng.choice(['华', '明', '红'])}", f"书记员　{c.clerk}"]
    s = sheet("judgment")
    sheets.append(s)
    s.centred(mm(26), head, font("serif_bold", 60), spacing=6)
    s.centred(mm(42), title, font("serif_bold", 66), spacing=12)
    s.right(s.width - mm(26), mm(58), c.basis_number, font("serif", 40))
    y = mm(70)
    x0, x1 = mm(28), s.width - mm(26)
    for kind, text in body:
        ind = 84 if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=ind)):
            if y > mm(262):
                s = sheet("judgment")
                sheets.append(s)
                y = mm(28)
            s.text(x0 + (ind if k == 0 else 0), y, part, f)
            y += lead
    if y > mm(215):
        s = sheet("judgment")
        sheets.append(s)
        y = mm(40)
    y += 40
    for who in signers:
        s.text(mm(125), y, who, f)
        y += lead
    day = c.basis_effective - timedelta(days=16)
    s.text(mm(125), y + 20, cn_date(day), f)
    seal(s, mm(150), y + 30, head, rng)
    s.text(mm(40), y + 130, "本件与原本核对无异", font("serif", 34))
    for i, sh in enumerate(sheets, 1):
        sh.centred(mm(280), f"第{i}页　共{len(sheets)}页", font("serif", 30))
        if len(sheets) > 1:
            sh.page_of = (i, len(sheets))
    return sheets


def _effect(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    tale = str(c.extra["tale"])
    s = sheet("judgment")
    maker = c.basis_court if tale == "wage" else COURT
    s.centred(mm(35), maker, font("serif_bold", 56), spacing=6)
    s.centred(mm(52), "生 效 证 明 书", font("serif_bold", 64), spacing=10)
    f = font("serif", 42)
    if tale == "wage":
        text = (f"申请人{c.applicant.name}与被申请人{c.respondent.name}劳动争议一案，本委作出的{c.basis_number}裁决书为终局裁决，"
                f"已于{num_date(c.basis_effective)}送达双方当事人，被申请人在法定期间内未向德州市中级人民法院申请撤销。"
                "该裁决书已发生法律效力。")
    elif tale == "road":
        text = (f"本院{c.extra['first_no']}民事判决书，因上诉人{c.respondent.name}不服提起上诉，山东省德州市中级人民法院于"
                f"{num_date(c.basis_effective - timedelta(days=16))}作出{c.basis_number}民事判决，驳回上诉，维持原判，"
                f"该判决已于{num_date(c.basis_effective)}发生法律效力。")
    else:
        text = (f"本院{c.basis_number}原告{c.applicant.name}与被告{c.respondent.name}民间借贷纠纷一案的民事判决书，已于"
                f"{num_date(c.basis_effective - timedelta(days=15))}送达双方当事人，双方在法定期限内均未提起上诉，该判决已于"
                f"{num_date(c.basis_effective)}发生法律效力。")
    y = _flow(s, mm(72), [("p", text), ("p", "特此证明。")], f, 80, x0=mm(28), x1=s.width - mm(26))
    s.text(mm(120), y + 120, cn_date(c.filed_on - timedelta(days=rng.randint(3, 8))), f)
    seal(s, mm(145), y + 130, maker, rng)
    return [s]


def _id_copy(c: CaseCtx, rng: random.Random, p: Party) -> list[Sheet]:
    s = sheet("card")
    f = font("sans", 34)
    if p.kind == "organisation":
        x, y = mm(25), mm(30)
        s.box(x, y, s.width - mm(25), y + mm(150), width=6)
        s.centred(y + mm(12), "营 业 执 照", font("serif_bold", 80), spacing=20)
        s.centred(y + mm(30), "（副　本）", font("serif", 40))
        rows = [f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
                f"法定代表人　{p.legal_rep}", f"注册资本　{rng.choice(['伍佰', '壹仟', '叁佰'])}万元整",
                f"成立日期　{rng.randint(2008, 2018)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                f"住　　所　{p.address}"]
        for i, t in enumerate(rows):
            s.text(x + mm(12), y + mm(45) + i * mm(12), t, font("serif", 38))
        s.text(mm(110), y + mm(132), "登记机关　德州市德城区行政审批服务局", font("serif", 32))
        seal(s, mm(160), y + mm(128), "德州市德城区行政审批服务局", rng, radius=mm(18))
        seal(s, mm(80), mm(210), p.name, rng)
        hand(s, mm(40), mm(235), "与原件一致", rng, size=46)
        return [s]
    assert p.born is not None
    s.text(ML, mm(18), "居民身份证复印件", f)
    x, y, w, h = mm(45), mm(35), mm(120), mm(76)
    s.box(x, y, x + w, y + h, width=2)
    lines = [f"姓名　{p.name}", f"性别　{p.sex}　　民族　汉", f"出生　{p.born.year}年{p.born.month}月{p.born.day}日",
             f"住址　{p.address[:12]}", f"　　　{p.address[12:]}"]
    for i, t in enumerate(lines):
        if t.strip():
            s.text(x + mm(8), y + mm(8) + i * mm(10), t, font("hei", 32))
    s.text(x + mm(8), y + mm(62), f"公民身份号码　{p.id_number}", font("hei", 34))
    s.box(x + mm(84), y + mm(10), x + mm(114), y + mm(50), width=1)
    y2 = y + h + mm(20)
    s.box(x, y2, x + w, y2 + h, width=2)
    s.centred(y2 + mm(14), "中华人民共和国", font("hei", 44), x0=x, x1=x + w)
    s.centred(y2 + mm(26), "居民身份证", font("hei", 56), spacing=10, x0=x, x1=x + w)
    s.text(x + mm(10), y2 + mm(50), "签发机关　德州市公安局德城分局", font("hei", 32))
    start = date(rng.randint(2015, 2020), p.born.month, p.born.day)
    s.text(x + mm(10), y2 + mm(60), f"有效期限　{start:%Y.%m.%d}-{start.year + 20}.{start:%m.%d}", font("hei", 32))
    hand(s, mm(60), mm(225), f"本复印件仅供{COURT[6:]}执行使用", rng, size=40, ink=(30, 30, 30))
    signature(s, mm(120), mm(245), p.name, rng)
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The execution-filing window's printed forms, filled in by hand."""
    a, r = c.applicant, c.respondent
    s = sheet("form")
    w = s.width - 2 * mm(20)
    x = mm(20)
    title = {"property_clue_form": "被执行人财产线索提供表", "payment_account_confirmation": "申请执行人收取执行款账户确认书",
             "service_address_confirmation": "送达地址确认书", "property_declaration_form": "财产申报表"}[code]
    s.centred(mm(20), COURT, font("sans", 40))
    s.centred(mm(30), title, font("sans_bold", 56))
    s.text(x, mm(42), f"案号：{c.number}", font("sans", 32))
    if code == "property_clue_form":
        rows = [["申请执行人", "", "被执行人", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["其他财产线索", ""],
                ["提供人签名", ""]]
        fills = [(0.2, 0, a.name), (0.7, 0, r.name),
                 (0.22, 1, f"{c.extra.get('r_bank', '不详')}"), (0.22, 2, "不详" if c.extra["tale"] != "loan" else "其经营的扒鸡店门头房（租赁）"),
                 (0.22, 3, c.extra.get("plate", "不详")), (0.22, 4, "请法院网络查询"), (0.22, 5, a.name)]
        hs = [110, 150, 150, 150, 150, 130]
    elif code == "payment_account_confirmation":
        rows = [["申请执行人", ""], ["收款户名", ""], ["开户银行", ""], ["账　　号", ""], ["联系电话", ""], ["申请人签名", ""]]
        fills = [(0.28, 0, a.name), (0.28, 1, a.name), (0.28, 2, str(c.extra["in_bank"])), (0.28, 3, str(c.extra["in_acct"])),
                 (0.28, 4, a.phone), (0.28, 5, a.name)]
        hs = [120] * 6
    elif code == "service_address_confirmation":
        rows = [["受送达人", ""], ["送达地址", ""], ["邮政编码", ""], ["手机号码", ""], ["是否同意电子送达", ""],
                ["受送达人确认", "本人已阅读告知事项，保证所填地址真实有效，如因地址不准确导致文书未能实际接收的，视为送达。"]]
        fills = [(0.3, 0, a.name), (0.3, 1, a.address), (0.3, 2, "253000"), (0.3, 3, a.phone),
                 (0.3, 4, f"同意　短信 {a.phone}"), (0.62, 5, a.name)]
        hs = [110, 150, 110, 110, 110, 220]
    else:
        who = r.legal_rep if r.kind == "organisation" else r.name
        rows = [["申报人", "", "证件号码", ""], ["银行存款", ""], ["不动产", ""], ["车辆", ""], ["对外债权", ""],
                ["收入情况", ""], ["申报人签名", ""]]
        fills = [(0.16, 0, r.name[:10]), (0.66, 0, r.id_number), (0.22, 1, str(c.extra.get("r_bank", "基本户无余额"))),
                 (0.22, 2, "无"), (0.22, 3, "无" if c.extra["tale"] != "road" else f"{c.extra.get('plate', '')}货车一辆"),
                 (0.22, 4, "有应收货款，无法收回" if r.kind == "organisation" else "无"),
                 (0.22, 5, "停产，无收入" if c.extra["tale"] == "wage" else "经营收入不稳定"), (0.22, 6, who)]
        hs = [120, 140, 140, 140, 140, 140, 130]
    cols = [w * 0.2, w * 0.3, w * 0.18, w * 0.32] if len(rows[0]) == 4 else [w * 0.26, w * 0.74]
    y0 = mm(48)
    grid(s, x, y0, cols, rows, heights=hs, size=32)
    tops = [y0 + sum(hs[:i]) for i in range(len(hs))]
    for fx, row, text in fills:
        size = 40 if len(text) <= 9 or fx < 0.3 else 28
        dy = hs[row] / 2 - 26 if hs[row] < 200 else hs[row] - 70
        hand(s, x + w * fx, tops[row] + dy, text, rng, size=size, ink=BLUE_INK if rng.random() < 0.7 else (20, 20, 20))
    d = c.filed_on if code != "property_declaration_form" else c.day(15)
    hand(s, x + w * 0.55, tops[-1] + hs[-1] + 40, f"{d.year}年{d.month}月{d.day}日", rng, size=40)
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("receipt")
    x, w = mm(18), s.width - mm(36)
    s.centred(mm(20), "山东省法院诉讼费用专用票据", font("sans_bold", 54))
    s.text(x, mm(33), f"票据代码：37010124　　票据号码：{rng.randint(10**7, 10**8 - 1)}", font("mono", 30))
    s.right(x + w, mm(33), f"开票日期：{c.filed_on:%Y-%m-%d}", font("mono", 30))
    fee = Decimal(c.extra["fee"])
    rows = [["交款人", c.applicant.name, "案号", c.number], ["项目名称", "申请执行费", "金额（元）", f"{fee:.2f}"],
            ["金额合计（大写）", money_caps(fee)], ["收款单位", COURT], ["备注", "预交，由被执行人负担"]]
    grid(s, x, mm(40), [w * 0.22, w * 0.33, w * 0.17, w * 0.28], rows, heights=[100] * 5, size=30, label_cols=2)
    s.text(x, mm(112), f"收款人：{person_name_short(c)}　　复核：　　（第二联　交款人收执）", font("sans", 30))
    seal(s, x + w * 0.7, mm(100), "山东省德州市德城区人民法院财务专用章", rng, radius=mm(19))
    return [s]


def person_name_short(c: CaseCtx) -> str:
    return c.clerk[0] + "某" if len(c.clerk) > 1 else c.clerk


def _inquiry(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("reply")
    f = font("mono", 28)
    x, w = mm(12), s.width - mm(24)
    s.text(x, mm(10), f"执行查控系统  打印时间：{c.day(6):%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", f)
    s.centred(mm(18), "网络执行查控结果", font("sans_bold", 52))
    s.text(x, mm(30), f"案号：{c.number}　被查询人：{c.respondent.name}　证照号码：{c.respondent.id_number}", f)
    found = c.extra.get("r_bank")
    rows = [["序号", "协助单位", "查询结果", "反馈时间"]]
    banks = ["中国工商银行", "中国农业银行", "中国建设银行", "德州银行", "德州农商银行", "邮储银行", "自然资源局（不动产）",
             "公安部（车辆）", "支付宝", "财付通"]
    for i, b in enumerate(banks, 1):
        res = "未查询到相关信息"
        if found and isinstance(found, str) and b[:4] in found:
            res = f"账号{c.extra['r_acct']} 余额{(c.amount * Decimal('1.1')).quantize(Decimal('0.01'))}元"
        elif b.startswith("公安") and "plate" in c.extra:
            res = f"{c.extra['plate']} 重型货车 已抵押"
        elif b.startswith("中国建设") and c.extra["tale"] == "wage":
            res = f"账号6217****{rng.randint(1000, 9999)} 余额{rng.randint(100, 900)}.{rng.randint(10, 99)}元"
        rows.append([str(i), b, res, f"{c.day(rng.randint(4, 6)):%Y-%m-%d}"])
    grid(s, x, mm(36), [w * 0.08, w * 0.3, w * 0.44, w * 0.18], rows, heights=[72] * len(rows), size=28)
    s.text(x, mm(36) + 72 * len(rows) + 30, f"操作人：{c.officer}", f)
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = sheet("reply")
    x, w = mm(20), s.width - mm(40)
    bank = str(c.extra.get("r_bank") or c.extra["in_bank"])
    s.text(x, mm(20), bank.split("银行")[0] + "银行", font("sans_bold", 48))
    s.centred(mm(34), "电子回单", font("sans_bold", 56), spacing=16)
    pay = c.extra["pay_day"]
    rows = [["回单编号", f"{pay:%Y%m%d}{rng.randint(10**8, 10**9 - 1)}"], ["付款人户名", c.respondent.name],
            ["付款人账号", str(c.extra.get("r_acct", "6222" + str(rng.randint(10**11, 10**12 - 1))))],
            ["收款人户名", COURT], ["收款人开户行", "德州银行德城支行"], ["金额", f"¥{c.amount:,.2f}　{money_caps(c.amount)}"],
            ["用途", f"{c.number}执行款"], ["交易时间", f"{pay:%Y-%m-%d} {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"]]
    grid(s, x, mm(46), [w * 0.26, w * 0.74], rows, heights=[88] * len(rows), size=32)
    seal(s, x + w * 0.78, mm(46) + 88 * 7, bank.split("银行")[0] + "银行电子回单专用章", rng, radius=mm(17))
    s.text(x, mm(46) + 88 * 8 + 40, "本回单可通过网上银行验证真伪，重复打印无效。", font("sans", 28))
    return [s]
