"""Papers court_f receives: an application written by hand on letter paper or a 稿纸 grid; a Jilin
court's judgment, Harbin's arbitration award or a notarial certificate with its execution certificate;
ID and licence copies; a 委托书 with a thumbprint; a company's letter with its round seal over the
signature; bank replies to 协助查询/冻结/扣划 printed on a dot-matrix printer; a 不动产登记 or 车管所 reply."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, cn_date, money, num_date
from dossier.corpus.draw import Sheet, mm, seal, wrap
from dossier.corpus.families.court_f_kit import (
    BLACK_PEN,
    cells,
    dots,
    face,
    fingerprint,
    grid_paper,
    mark,
    pages,
    pen,
    ruled_paper,
)

CODES = frozenset({"enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
                   "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
                   "payment_account_confirmation", "service_address_confirmation", "online_inquiry_result",
                   "settlement_agreement"})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return application(c, rng)
    if code == "enforcement_basis":
        sheets = basis(c, rng)
        if "twice" in served:
            mark(sheets[1], scanned_twice=True)
        return sheets
    if code == "online_inquiry_result":
        return inquiry(c, rng, served[0] if served else "query")
    if code == "identity_proof":
        return [id_copy(c, rng, served == ["respondent"])]
    return [{"effectiveness_certificate": certificate, "property_clue_form": clues, "fee_receipt": fee,
             "power_of_attorney": attorney, "law_firm_letter": firm_letter, "lawyer_license": licence,
             "payment_account_confirmation": account_letter, "service_address_confirmation": address_form,
             "settlement_agreement": settlement}[code](c, rng)]


def _typed(s: Sheet, y: float, paras: list[str], *, role: str = "f_body", size: float = 4.8, x0: float = mm(26),
           x1: float = mm(186), lead: float = 1.8) -> float:
    f = face(role, mm(size))
    for p in paras:
        for i, part in enumerate(wrap(p, f, x1 - x0, indent=2 * f.size)):
            s.text(x0 + (2 * f.size if i == 0 else 0), y, part, f)
            y += f.size * lead
    return y


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The applicant's own hand: on red-ruled letter paper (two sheets) or a green 稿纸 grid (one per cell)."""
    a, r = c.applicant, c.respondent
    paras = [f"申请人：{a.name}，{a.sex}，住{a.address}，电话{a.phone}。", f"被申请人：{r.name}，住所地{r.address}。",
             f"请求事项：一、请求强制执行被申请人给付{money(c.amount)}及迟延履行利息；二、执行费用由被申请人承担；"
             "三、对被申请人限制高消费并纳入失信被执行人名单。",
             f"事实与理由：申请人与被申请人纠纷一案，经{c.basis_court}{c.basis_number}确定被申请人应履行给付义务，该文书已生效，"
             "但被申请人至今分文未付。为此特依法申请强制执行。",
             "此致", "哈尔滨市道里区人民法院"]
    sheets: list[Sheet] = []
    if rng.random() < 0.5:
        s = Sheet(paper=(252, 250, 244))
        x0, y0, cols, rows = grid_paper(s, cell=mm(8.2), top=mm(40))
        s.centred(mm(22), "强制执行申请书", face("f_pen", mm(8)))
        text = "".join("　　" + p for p in paras)
        row = col = 0
        for ch in text:
            if row >= rows:
                sheets.append(s)
                s = Sheet(paper=(252, 250, 244))
                x0, y0, cols, rows = grid_paper(s, cell=mm(8.2), top=mm(30))
                row = 0
            pen(s, x0 + col * mm(8.2) + mm(1), y0 + row * mm(8.2) * 1.35 + mm(0.5), ch, rng, size=mm(6.2), record=False)
            col += 1
            if col == cols:
                col, row = 0, row + 1
        s.lines.extend(paras)
    else:
        s = Sheet(paper=(250, 250, 246))
        ys = ruled_paper(s, top=mm(42), gap=mm(11), header="信　笺")
        pen(s, mm(70), ys[0] - mm(9), "强制执行申请书", rng, size=mm(7.5))
        k = 1
        f = face("f_pen", mm(5.6))
        for p in paras:
            for i, part in enumerate(wrap(p, f, mm(160), indent=2 * f.size)):
                if k >= len(ys):
                    sheets.append(s)
                    s = Sheet(paper=(250, 250, 246))
                    ys = ruled_paper(s, top=mm(30), gap=mm(11), header="信　笺")
                    k = 0
                pen(s, mm(22) + (2 * f.size if i == 0 else 0), ys[k] - mm(8), part, rng)
                k += 1
    y = s.height - mm(60)
    pen(s, mm(110), y, f"申请人：{a.name}", rng)
    fingerprint(s, mm(165), y + mm(4), rng)
    pen(s, mm(110), y + mm(14), num_date(c.day(-2)), rng)
    sheets.append(s)
    return sheets


def basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if c.basis_kind == "arbitration":
        court, title, decide, sign = c.basis_court, "裁　决　书", "仲裁庭裁决如下：", [f"首席仲裁员　{c.judge}", f"仲裁员　{c.clerk}"]
        facts = (f"哈尔滨仲裁委员会根据申请人{a.name}与被申请人{r.name}签订的合同中的仲裁条款，受理了双方的合同纠纷。"
                 "仲裁庭于开庭审理了本案，双方到庭陈述了意见。")
    elif c.basis_kind == "notarial":
        court, title, decide, sign = c.basis_court, "公　证　书", "兹证明：", [f"公证员　{c.judge}"]
        facts = (f"申请人{a.name}与{r.name}于{cn_date(c.basis_effective.replace(year=c.basis_effective.year - 1))}"
                 "在本公证处签订《借款合同》，双方约定债务人不履行或不适当履行义务时，愿意接受依法强制执行。")
    else:
        court, title, decide, sign = "吉林省长春市朝阳区人民法院", "民 事 判 决 书", "判决如下：", [f"审判员　{c.judge}", f"书记员　{c.clerk}"]
        facts = (f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"
                 "原告诉称，被告拖欠货款，经多次催要未果。被告未到庭应诉。本院经审理查明，双方存在买卖合同关系，"
                 "被告尚欠原告货款未付。本院认为，当事人应当按照约定全面履行自己的义务。")
    ops = [f"被申请人（被告）{r.name}于本文书生效之日起十日内给付申请人（原告）{a.name}{money(c.amount)}。",
           "如果未按指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"]
    s1 = Sheet()
    f = face("f_label", mm(4.8))
    s1.centred(mm(28), court, face("f_title", mm(7.2)), spacing=mm(0.8))
    s1.centred(mm(42), title, face("f_body", mm(9.5)), spacing=mm(1.5))
    s1.right(mm(184), mm(60), c.basis_number, face("f_body", mm(4.8)))
    body = [f"申请人（原告）：{a.name}，住{a.address}。", f"被申请人（被告）：{r.name}，住所地{r.address}。", facts,
            facts[:40] + "上述事实，有合同、对账单及当事人陈述在卷佐证。"]
    y = _typed(s1, mm(72), body, role="f_label", size=4.9, lead=2.0)
    s2 = Sheet()
    y = _typed(s2, mm(30), [facts[-60:] + "依照有关法律规定，" + decide, *ops,
                            "本文书为终局文书，自作出之日起发生法律效力。" if c.basis_kind != "judgment" else
                            "案件受理费减半收取，由被告负担。如不服本判决，可在判决书送达之日起十五日内提起上诉。"],
               role="f_label", size=4.9, lead=2.0)
    y += mm(20)
    for line in sign:
        s2.right(mm(180), y, line, f)
        y += mm(12)
    s2.right(mm(180), y, cn_date(c.basis_effective - timedelta(days=20)), f)
    seal(s2, mm(150), y, court, rng)
    if c.basis_kind == "judgment":
        s2.text(mm(26), y + mm(30), "本件与原本核对无异", face("f_court", mm(4.4)))
    sheets = [s1, s2]
    pages(sheets, "both")
    return sheets


def certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行证书 (notarial) or 生效证明 (arbitration): a short letter with the issuing body's seal."""
    s = Sheet()
    notarial = c.basis_kind == "notarial"
    body = c.basis_court
    s.centred(mm(30), body, face("f_title", mm(6.8)))
    s.centred(mm(48), "执 行 证 书" if notarial else "生 效 证 明", face("f_body", mm(10)), spacing=mm(2))
    number = c.basis_number.replace("证经字", "执证字") if notarial else c.basis_number
    s.right(mm(184), mm(66), number, face("f_body", mm(4.6)))
    text = ([f"申请执行人：{c.applicant.name}。", f"被执行人：{c.respondent.name}。",
             f"本处于{cn_date(c.basis_effective)}出具的{c.basis_number}公证书所证明的债权文书具有强制执行效力。"
             f"经核实，被执行人未按约履行，截至目前尚欠本金及利息共计{money(c.amount)}。",
             "申请执行人可持本证书向有管辖权的人民法院申请强制执行。"] if notarial else
            [f"申请人{c.applicant.name}与被申请人{c.respondent.name}合同纠纷一案，本会于{cn_date(c.basis_effective)}作出"
             f"{c.basis_number}裁决书，该裁决书已于当日发生法律效力。", "特此证明。"])
    y = _typed(s, mm(82), text)
    s.right(mm(180), y + mm(30), cn_date(c.basis_effective + timedelta(days=15)), face("f_body", mm(4.8)))
    seal(s, mm(150), y + mm(30), body, rng)
    return s


def id_copy(c: CaseCtx, rng: random.Random, respondent: bool) -> Sheet:
    """A copy of an ID card (front and back) or, for a company, its business licence, 复印件 in the holder's hand."""
    p = c.respondent if respondent else c.applicant
    s = Sheet()
    if p.kind == "organisation":
        s.box(mm(30), mm(40), mm(180), mm(190), width=10, outline=(160, 120, 60))
        s.centred(mm(60), "营 业 执 照", face("f_title", mm(12)), spacing=mm(3))
        f = face("f_body", mm(4.6))
        y = float(mm(90))
        for k, v in [("统一社会信用代码", p.id_number), ("名　　称", p.name), ("类　　型", "有限责任公司"),
                     ("法定代表人", p.legal_rep), ("住　　所", p.address), ("成立日期", "2016年05月12日")]:
            s.text(mm(42), y, f"{k}　{v}", f)
            y += mm(12)
        seal(s, mm(150), mm(170), "哈尔滨市市场监督管理局", rng)
        pen(s, mm(40), mm(220), f"此复印件与原件一致　{p.name}", rng, ink=BLACK_PEN)
        return s
    for top, front in ((mm(30), True), (mm(105), False)):
        s.draw.rounded_rectangle((mm(45), top, mm(45) + mm(86 * 1.35), top + mm(54 * 1.35)), radius=mm(5),
                                 outline=(120, 120, 120), width=3, fill=(238, 240, 240))
        f = face("f_label", mm(4.2))
        if front:
            for i, (k, v) in enumerate([("姓名", p.name), ("性别", f"{p.sex}　民族 汉"), ("住址", p.address[:14]),
                                        ("公民身份号码", p.id_number)]):
                s.text(mm(52), top + mm(8 + i * 14), f"{k}　{v}", f)
            s.draw.rectangle((mm(130), top + mm(10), mm(155), top + mm(42)), fill=(180, 180, 185))
        else:
            s.centred(top + mm(14), "中华人民共和国", face("f_title", mm(6)), x0=mm(45), x1=mm(161))
            s.centred(top + mm(27), "居民身份证", face("f_title", mm(7)), x0=mm(45), x1=mm(161))
            s.text(mm(55), top + mm(50), f"签发机关　哈尔滨市公安局{'道里' if rng.random() < 0.5 else '南岗'}分局", f)
            s.text(mm(55), top + mm(60), "有效期限　2018.03.02-2038.03.02", f)
    pen(s, mm(50), mm(200), "此复印件仅供法院执行使用", rng)
    pen(s, mm(110), mm(215), p.name, rng)
    return s


def attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(30), "委　托　书", face("f_body", mm(10)), spacing=mm(3))
    f = face("f_body", mm(4.8))
    y = _typed(s, mm(55), [f"委托人：{c.applicant.name}，住{c.applicant.address}。",
                           f"受托人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。",
                           f"现委托上列受托人在我与{c.respondent.name}申请执行一案中，作为我的代理人。",
                           "代理权限为：特别授权，代为申请执行、提供财产线索、参加执行谈话、代为和解、代为领取执行款、代收法律文书。",
                           "委托期限：至本案执行终结时止。"])
    s.text(mm(110), y + mm(20), "委托人：", f)
    pen(s, mm(132), y + mm(18), c.applicant.name, rng, ink=BLACK_PEN)
    fingerprint(s, mm(150), y + mm(24), rng)
    s.text(mm(110), y + mm(40), "受托人：", f)
    pen(s, mm(132), y + mm(38), c.agent, rng, ink=BLACK_PEN)
    pen(s, mm(115), y + mm(56), num_date(c.day(-3)), rng, ink=BLACK_PEN)
    return s


def firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(20), c.firm, face("f_title", mm(7.4)), fill=(150, 20, 30))
    s.line(mm(22), mm(33), mm(188), mm(33), width=3, fill=(150, 20, 30))
    s.centred(mm(42), "律师事务所函", face("f_court", mm(8)))
    s.right(mm(186), mm(58), f"（{c.filed_on.year}）黑律函字第{rng.randint(10, 400)}号", face("f_body", mm(4.4)))
    y = _typed(s, mm(72), ["哈尔滨市道里区人民法院：",
                           f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}申请执行一案的代理人。",
                           "特此函告。"])
    s.right(mm(180), y + mm(30), num_date(c.day(-3)), face("f_body", mm(4.8)))
    seal(s, mm(155), y + mm(30), c.firm, rng)
    return s


def licence(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    for top, left in ((mm(30), True), (mm(140), False)):
        s.box(mm(40), top, mm(170), top + mm(90), width=4, outline=(90, 60, 40))
        f = face("f_label", mm(4.4))
        if left:
            s.centred(top + mm(12), "中华人民共和国律师执业证", face("f_title", mm(6.5)))
            for i, (k, v) in enumerate([("执业机构", c.firm), ("执业证类别", "专职"), ("执业证号", f"1230120{rng.randint(10**9, 10**10 - 1)}"),
                                        ("持证人", c.agent), ("发证机关", "黑龙江省司法厅")]):
                s.text(mm(50), top + mm(28 + i * 11), f"{k}：{v}", f)
        else:
            s.centred(top + mm(12), "律师年度考核备案", face("f_title", mm(6)))
            s.text(mm(50), top + mm(30), f"考核年度　{c.filed_on.year - 1}　考核结果　称职", f)
            seal(s, mm(130), top + mm(55), "哈尔滨市律师协会", rng, radius=mm(17))
    pen(s, mm(50), mm(245), "与原件核对一致", rng)
    return s


def account_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    """执行款收款账户确认书 typed by the applicant's company or by hand; the round seal over the signature."""
    s = Sheet()
    s.centred(mm(30), "执行款收款账户确认书", face("f_body", mm(8.2)))
    f = face("f_body", mm(4.8))
    y = _typed(s, mm(50), ["哈尔滨市道里区人民法院：", f"本人/本单位在{c.number}案件中，确认以下账户为接收执行款的唯一账户，"
                           "因账户信息错误导致的损失由本人/本单位自行承担。"])
    rows = [["户名", c.applicant.name], ["开户银行", "中国建设银行股份有限公司哈尔滨道里支行"],
            ["账号", f"6217 0010 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(100, 999)}"], ["联系电话", c.applicant.phone]]
    y = cells(s, mm(26), y + mm(6), [mm(35), mm(125)], rows, row_h=mm(15), hand={(2, 1): rows[2][1]}, rng=rng)
    s.text(mm(110), y + mm(25), "确认人：", f)
    pen(s, mm(132), y + mm(23), c.applicant.name, rng, ink=BLACK_PEN)
    if c.applicant.kind == "organisation":
        seal(s, mm(140), y + mm(28), c.applicant.name, rng)
    else:
        fingerprint(s, mm(160), y + mm(28), rng)
    s.text(mm(110), y + mm(42), num_date(c.day(1)), f)
    return s


def address_form(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(28), "当事人送达地址确认书", face("f_title", mm(7)))
    a = c.applicant
    rows = [["案号", c.number], ["受送达人", a.name], ["送达地址", a.address], ["邮政编码", "150010"], ["联系电话", a.phone],
            ["是否同意电子送达", "同意"], ["电子送达地址", f"{a.phone}（短信）"],
            ["告知事项：送达地址有变更的，应及时书面告知本院；未告知的，按原地址送达即视为送达。"], ["受送达人签名", ""]]
    hand = {(2, 1): a.address, (4, 1): a.phone, (5, 1): "同意", (8, 1): a.name}
    y = cells(s, mm(24), mm(45), [mm(45), mm(117)], rows, row_h=mm(17), hand=hand, rng=rng)
    pen(s, mm(120), y + mm(10), num_date(c.day(1)), rng)
    return s


def clues(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(28), "被执行人财产线索", face("f_body", mm(8)))
    r = c.respondent
    rows = [["类别", "财产线索内容", "提供依据"], ["银行账户", "", "转账记录"], ["经营场所设备", "", "现场照片"], ["车辆", "", "听说"],
            ["其他", "", ""]]
    hand = {(1, 1): "工商银行道里支行账户", (2, 1): f"{c.court.city}道里区友谊路门市", (3, 1): "黑A牌照轿车一辆", (4, 1): "无"}
    y = cells(s, mm(24), mm(45), [mm(35), mm(90), mm(37)], rows, row_h=mm(24), hand=hand, rng=rng)
    s.text(mm(110), y + mm(15), "提供人：", face("f_body", mm(4.8)))
    pen(s, mm(132), y + mm(13), c.applicant.name, rng)
    del r
    return s


def fee(c: CaseCtx, rng: random.Random) -> Sheet:
    """The fee receipt as a dot-matrix printed 票据 on a pre-printed form."""
    s = Sheet()
    s.centred(mm(20), "黑龙江省法院诉讼费专用票据", face("f_court", mm(6.5)), fill=(170, 40, 40))
    amount = int(c.amount) // 100 + 50
    y = cells(s, mm(20), mm(40), [mm(35), mm(135)], [["交款人", ""], ["案号", ""], ["项目", ""], ["金额", ""], ["收款单位", ""]],
              row_h=mm(14))
    for i, v in enumerate([c.applicant.name, c.number, "申请执行费", f"￥{amount:.2f}", "哈尔滨市道里区人民法院"]):
        dots(s, mm(58) + mm(rng.uniform(-1, 2)), mm(43) + i * mm(14), v, mm(5))
    seal(s, mm(150), y + mm(12), "哈尔滨市道里区人民法院财务专用章", rng, radius=mm(16))
    dots(s, mm(20), y + mm(8), f"开票日期：{c.day(0):%Y-%m-%d}", mm(4.4))
    return mark(s, kind="carbon") if rng.random() < 0.5 else s  # the payer's 复写联


def inquiry(c: CaseCtx, rng: random.Random, kind: str) -> list[Sheet]:
    """A bank's reply to 协助查询/冻结/扣划 on continuous dot-matrix paper, or the registry's / 车管所's reply."""
    r = c.respondent
    s = Sheet(paper=(246, 248, 240))
    if kind in ("registry", "vehicle"):
        body = "哈尔滨市不动产登记中心" if kind == "registry" else "哈尔滨市公安局交通警察支队车辆管理所"
        s.centred(mm(30), body, face("f_title", mm(6.5)))
        s.centred(mm(45), "协助查询回复函" if kind == "registry" else "机动车信息查询结果", face("f_body", mm(7.5)))
        y = _typed(s, mm(66), ["哈尔滨市道里区人民法院：", f"你院{c.number}协助查询通知书收悉。经查询，"
                               f"{r.name}（证件号码{r.id_number}）在本{'中心' if kind == 'registry' else '所'}"
                               f"{'无不动产登记记录' if kind == 'registry' else '名下无登记机动车'}。", "特此回复。"])
        s.right(mm(180), y + mm(25), num_date(c.day(20)), face("f_body", mm(4.8)))
        seal(s, mm(150), y + mm(25), body, rng)
        return [s]
    for x in (mm(6), mm(200)):  # tractor-feed holes
        for y in range(mm(10), s.height, mm(12)):
            s.draw.ellipse((x, y, x + mm(4), y + mm(4)), outline=(160, 160, 160), width=2)
    bank = "中国工商银行股份有限公司哈尔滨道里支行"
    if kind == "query":
        return [_query(s, c, rng)]
    frozen = c.method == "fully_performed"
    lines = [bank, "协助执行回执（查询/冻结/扣划）", "-" * 60, f"来文单位：哈尔滨市道里区人民法院　来文号：{c.number}",
             f"被查询人：{r.name}", f"证件号码：{r.id_number}", f"账号：3500 0{rng.randint(10**9, 10**10 - 1)}",
             f"查询日期：{c.day(12):%Y-%m-%d}　余额：{(c.amount + 1234 if frozen else 23):,.2f}",
             f"冻结金额：{c.amount:,.2f}　冻结期限：一年" if frozen else "冻结金额：0.00",
             f"扣划金额：{c.amount:,.2f}　划入：道里区人民法院执行款专户" if frozen else "扣划金额：0.00　（账户无余额）",
             "-" * 60, f"经办：{rng.randint(100, 999)}　复核：{rng.randint(100, 999)}　打印时间：{c.day(13):%Y-%m-%d %H:%M}"]
    y = float(mm(25))
    for line in lines:
        dots(s, mm(20), y, line, mm(4.6))
        y += mm(9.5)
    seal(s, mm(140), y + mm(5), bank + "业务专用章", rng, radius=mm(18))
    return [s]


def _query(s: Sheet, c: CaseCtx, rng: random.Random) -> Sheet:
    """The bureau's printout of the 总对总 inquiry, on the same tractor-feed paper: one line a bank."""
    r = c.respondent
    frozen = c.method == "fully_performed"
    y = float(mm(25))
    head = ["全国法院网络执行查控系统　存款查询反馈结果", f"案号：{c.number}　被查询人：{r.name}",
            f"证件号：{r.id_number}　查询日期：{c.day(3):%Y-%m-%d}", "-" * 62, "序号  反馈单位            账户数   余额(元)    状态"]
    rows = [f"{k:>3}   {b:<14}{rng.randint(0, 2):>4}   {(c.amount + 500 if frozen and k == 1 else rng.randint(0, 99)):>10,.2f}   已反馈"
            for k, b in enumerate(["中国工商银行", "中国农业银行", "中国建设银行", "哈尔滨银行", "龙江银行", "支付宝（中国）",
                                   "财付通支付科技"], 1)]
    for line in [*head, *rows, "-" * 62, f"打印人：{c.clerk}　打印时间：{c.day(3):%Y-%m-%d} 15:42"]:
        dots(s, mm(20), y, line, mm(4.4))
        y += mm(9)
    return s


def settlement(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(28), "执行和解协议", face("f_body", mm(9)))
    y = _typed(s, mm(48), [f"甲方（申请执行人）：{c.applicant.name}", f"乙方（被执行人）：{c.respondent.name}",
                           f"{c.number}一案执行中，双方自愿达成如下协议：", f"一、乙方同意履行{money(c.amount)}，由法院从已冻结的账户中扣划；",
                           "二、甲方放弃迟延履行利息；", "三、款项划付后本案执行完毕。"])
    s.text(mm(30), y + mm(20), "甲方：", face("f_body", mm(4.8)))
    pen(s, mm(48), y + mm(18), c.applicant.name, rng, ink=BLACK_PEN)
    s.text(mm(110), y + mm(20), "乙方：", face("f_body", mm(4.8)))
    pen(s, mm(128), y + mm(18), c.respondent.legal_rep or c.respondent.name, rng, ink=BLACK_PEN)
    if c.respondent.kind == "organisation":
        seal(s, mm(140), y + mm(22), c.respondent.name, rng)
    s.text(mm(110), y + mm(40), num_date(c.day(45)), face("f_body", mm(4.8)))
    return s
