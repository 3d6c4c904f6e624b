"""What court_e receives from others, drawn its own way: the lawyer's 强制执行申请书 on the firm's
letterhead, a Shenzhen basic court's judgment or mediation (footer - n -, 本件与原本核对无异), its
生效证明书, an ID card's front and back on one sheet, the respondent's 国家企业信用信息公示系统 report,
the 律师执业证 booklet opened on the copier, the 所函 with its stub number, a 授权委托书, a fax of the
收款账户确认书, a 送达地址确认书 with ticked boxes, a clue list, the 广东省 e-invoice for the fee, and
the 查控 replies: the 总对总 system printout, a bank's 协助冻结回执 and the registry's 查询结果."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, table, wrap
from dossier.corpus.families.court_e_capture import want
from dossier.corpus.families.court_e_kit import (
    BLUE_BLACK,
    certify,
    face,
    field_row,
    pen,
    sys_centred,
    sys_grid,
    sys_right,
    sys_text,
)

CODES = frozenset({"enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
                   "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter", "lawyer_license",
                   "payment_account_confirmation", "service_address_confirmation", "online_inquiry_result"})
FIRM_RED = (170, 25, 35)


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_application":
        return application(c, rng)
    if code == "enforcement_basis":
        return [want(s, "copy") for s in judgment(c, rng)]
    if code == "online_inquiry_result":
        kind = served[0] if served else "system"
        if kind == "bank":
            return [bank_reply(c, rng)]
        if kind == "registry":
            return [registry_reply(c, rng)]
        return system_printout(c, rng)
    if code == "identity_proof":
        if served == ["respondent"] and c.respondent.kind == "organisation":
            return [credit_report(c, rng)]
        return [want(id_copy(c, rng), "copy")]
    drawers = {"effectiveness_certificate": certificate, "property_clue_form": clues, "fee_receipt": e_invoice,
               "power_of_attorney": attorney, "law_firm_letter": firm_letter, "lawyer_license": licence,
               "payment_account_confirmation": fax_account, "service_address_confirmation": address_form}
    sheet = drawers[code](c, rng)
    how = {"lawyer_license": "copy", "payment_account_confirmation": "fax", "property_clue_form": "phone",
           "service_address_confirmation": "phone"}.get(code, "")
    return [want(sheet, how) if how else sheet]


def _flow(s: Sheet, y: float, paras: list[str], font_role: str, size_mm: float, *, x0: float = mm(25),
          x1: float | None = None, lead: float = 1.8, indent: bool = True) -> float:
    f = face(font_role, mm(size_mm))
    right = s.width - mm(25) if x1 is None else x1
    for para in paras:
        ind = 2 * f.size if indent else 0
        for i, part in enumerate(wrap(para, f, right - x0, indent=ind)):
            s.text(x0 + (ind if i == 0 else 0), y, part, f)
            y += f.size * lead
    return y


def _letterhead(s: Sheet, c: CaseCtx) -> float:
    s.text(mm(25), mm(16), c.firm, face("e_firm", mm(7.5)), fill=FIRM_RED)
    sys_right(s, s.width - mm(25), mm(19), "GUANGDONG " + "LAW FIRM", mm(3.4), fill=FIRM_RED)
    s.line(mm(25), mm(28), s.width - mm(25), mm(28), width=3, fill=FIRM_RED)
    foot = f"地址：深圳市福田区福华三路{rng_free(c)}号卓越大厦{12 + len(c.firm) % 20}楼　电话：0755-8{len(c.agent)}6{len(c.firm)}8{len(c.clerk)}88"
    sys_text(s, mm(25), s.height - mm(18), foot, mm(3.2), fill=(120, 40, 40))
    s.line(mm(25), s.height - mm(21), s.width - mm(25), s.height - mm(21), width=1, fill=FIRM_RED)
    return float(mm(40))


def rng_free(c: CaseCtx) -> int:
    """A stable house number for the firm's address (no draw from the generator)."""
    return 100 + sum(map(ord, c.firm)) % 180


def application(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s1 = Sheet()
    y = _letterhead(s1, c)
    s1.centred(y, "强制执行申请书", face("e_firm", mm(8.5)), spacing=mm(1.5))
    y += mm(17)
    kind = "民事调解书" if c.basis_kind == "mediation" else "民事判决书"
    paras = [f"申请人：{a.name}，{a.sex}，{a.born.year if a.born else ''}年{a.born.month if a.born else ''}月{a.born.day if a.born else ''}日出生，汉族，"
             f"身份证号码：{a.id_number}，住址：{a.address}，联系电话：{a.phone}。",
             f"委托代理人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。",
             f"被申请人：{r.name}，住所地：{r.address}，统一社会信用代码：{r.id_number}。" if r.kind == "organisation"
             else f"被申请人：{r.name}，住址：{r.address}，身份证号码：{r.id_number}。"]
    if r.legal_rep:
        paras.append(f"法定代表人：{r.legal_rep}。")
    y = _flow(s1, y, paras, "e_firm", 5.0, indent=False, lead=1.75)
    y += mm(4)
    s1.text(mm(25), y, "执行请求：", face("e_label", mm(5.2)))
    y += mm(10)
    y = _flow(s1, y, [f"1．请求依法强制被申请人向申请人支付{money(c.amount)}及迟延履行期间的加倍债务利息；",
                      "2．请求对被申请人采取限制高消费措施，并将被申请人纳入失信被执行人名单；",
                      "3．本案执行费用由被申请人承担。"], "e_firm", 5.0, lead=1.75)
    y += mm(4)
    s1.text(mm(25), y, "事实与理由：", face("e_label", mm(5.2)))
    y += mm(10)
    facts = [f"申请人与被申请人借款合同纠纷一案，{c.basis_court}作出{c.basis_number}{kind}，该{kind}已于"
             f"{num_date(c.basis_effective)}发生法律效力。被申请人至今未履行生效法律文书确定的义务。",
             "为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条的规定，特向贵院申请强制执行，"
             "请贵院依法支持申请人的请求。"]
    _flow(s1, y, facts, "e_firm", 5.0, lead=1.75)
    s2 = Sheet()
    y = _letterhead(s2, c)
    y = _flow(s2, y, ["申请人提供的被申请人财产线索详见《被执行人财产线索提供表》。申请人确认收取执行款的账户详见《收款账户确认书》。"],
              "e_firm", 5.0, lead=1.75)
    y += mm(8)
    s2.text(mm(30), y, "此致", face("e_firm", mm(5)))
    s2.text(mm(25), y + mm(10), f"{c.court.name}", face("e_firm", mm(5)))
    y += mm(36)
    s2.text(mm(110), y, "申请人（签名）：", face("e_firm", mm(5)))
    pen(s2, mm(150), y - mm(3), a.name, rng, size=mm(8), ink=INK)
    s2.text(mm(110), y + mm(14), "委托代理人：", face("e_firm", mm(5)))
    pen(s2, mm(142), y + mm(11), c.agent, rng, size=mm(7), ink=INK)
    s2.text(mm(118), y + mm(30), num_date(c.day(-1)), face("e_firm", mm(5)))
    y += mm(52)
    s2.text(mm(25), y, "附：1．生效法律文书复印件一份；2．申请人身份证复印件一份；3．授权委托书、律师事务所函、律师执业证复印件各一份。",
            face("e_firm", mm(3.9)))
    # the filing window's receipt stamp, in blue, at the top right of the first page
    _receipt_stamp(s1, c, rng)
    return [s1, s2]


def _receipt_stamp(s: Sheet, c: CaseCtx, rng: random.Random) -> None:
    x, y = s.width - mm(72), mm(33)
    blue = (40, 70, 160)
    s.draw.rectangle((x, y, x + mm(50), y + mm(20)), outline=blue, width=4)
    s.centred(y + mm(2), "福田法院诉讼服务中心", face("e_label", mm(3.6)), x0=x, x1=x + mm(50), fill=blue)
    s.centred(y + mm(8), "收　　件", face("e_label", mm(4.4)), x0=x, x1=x + mm(50), fill=blue)
    pen(s, x + mm(8), y + mm(14), c.day(-1).strftime("%Y.%m.%d"), rng, size=mm(4), ink=blue, record=False)


def judgment(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """Another Shenzhen basic court's judgment or mediation: Song body set close, the court name and title
    in one line-pair, number right, footer - n -, the certified-copy stamp on the last page."""
    a, r = c.applicant, c.respondent
    mediation = c.basis_kind == "mediation"
    title = "民 事 调 解 书" if mediation else "民 事 判 决 书"
    body = face("e_firm", mm(5.2))
    lines: list[tuple[str, str]] = [
        ("f", f"原告：{a.name}，{a.sex}，{a.born.year if a.born else ''}年出生，汉族，住{a.address}。"),
        ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}，总经理。") if r.legal_rep else ("f", ""),
        ("p", f"原告{a.name}与被告{r.name}借款合同纠纷一案，本院于{num_date(c.basis_effective - timedelta(days=120))}立案后，"
              "依法适用简易程序，公开开庭进行了审理。原告及其委托诉讼代理人到庭参加诉讼，被告经传票传唤无正当理由未到庭。"
              "本案现已审理终结。")]
    if mediation:
        lines += [("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                  ("p", f"一、被告{r.name}于{num_date(c.basis_effective + timedelta(days=30))}前向原告{a.name}支付借款本金及利息共计"
                        f"{money(c.amount)}；"),
                  ("p", "二、如被告未按期足额支付上述款项，原告有权就全部未付款项申请强制执行；"),
                  ("p", "三、案件受理费减半收取，由被告负担。"),
                  ("p", "上述协议，不违反法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。")]
    else:
        lines += [("p", f"原告向本院提出诉讼请求：1．判令被告偿还借款本金及利息共计{money(c.amount)}；2．本案诉讼费用由被告负担。"
                        "事实和理由：原告与被告签订《借款合同》，约定原告出借款项给被告用于经营周转，借款到期后被告未按约还款，"
                        "经原告多次催讨，被告仍未清偿。"),
                  ("p", "被告未作答辩，亦未提交证据。"),
                  ("p", "本院经审理认定事实如下：原告与被告之间的借款合同关系，有借款合同、银行转账凭证、催款函等证据证实，"
                        "本院予以确认。被告借款后未按约定期限还款，已构成违约，应当承担偿还借款本息的责任。"),
                  ("p", "依照《中华人民共和国民法典》第五百七十七条、第六百六十七条、第六百七十五条、第六百七十六条，"
                        "《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下："),
                  ("p", f"被告{r.name}于本判决发生法律效力之日起十日内向原告{a.name}偿还借款本息共计{money(c.amount)}。"),
                  ("p", "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
                        "加倍支付迟延履行期间的债务利息。"),
                  ("p", f"案件受理费{int(c.amount) // 200 + 25}元，由被告负担。"),
                  ("p", "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，"
                        "上诉于广东省深圳市中级人民法院。")]
    judge, clerk = person_name(rng), person_name(rng)
    sig = [("s", f"审判员　{judge}"), ("d", cn_date(c.basis_effective - timedelta(days=16))), ("s", "本件与原本核对无异"),
           ("s", f"书记员　{clerk}")]
    sheets = [Sheet()]
    s = sheets[0]
    y = float(mm(30))
    s.centred(y, "广东省" + c.basis_court, face("e_firm", mm(7.6)), spacing=mm(0.6))
    y += mm(12)
    s.centred(y, title, face("e_firm", mm(9.2)))
    y += mm(15)
    s.right(s.width - mm(26), y, c.basis_number, body)
    y += mm(13)
    lh = body.size * 1.62
    for kind, text in lines:
        if not text:
            continue
        ind = 2 * body.size if kind == "p" else 0
        for i, part in enumerate(wrap(text, body, s.width - mm(54), indent=ind)):
            if y + lh > s.height - mm(30):
                s = Sheet()
                sheets.append(s)
                y = float(mm(26))
            s.text(mm(28) + (ind if i == 0 else 0), y, part, body)
            y += lh
    if y + mm(60) > s.height - mm(30):
        s = Sheet()
        sheets.append(s)
        y = float(mm(30))
    y += mm(8)
    for kind, text in sig:
        if kind == "d":
            s.right(s.width - mm(36), y, text, body)
            seal(s, s.width - mm(68), y + mm(3), "广东省" + c.basis_court, rng)
        elif text == "本件与原本核对无异":
            certify(s, mm(30), y - mm(2), rng)
            s.lines[-1] = text  # the trial court's own stamp reads 本件与原本核对无异
        else:
            s.right(s.width - mm(36), y, text, body)
        y += mm(13)
    for n, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"- {n} -", face("e_firm", mm(4.4)))
    # the filing window checked the applicant's copy against the original: stamped across the text
    certify(sheets[0], mm(rng.uniform(60, 110)), mm(rng.uniform(110, 170)), rng, who=c.clerk[:1])
    return sheets


def certificate(c: CaseCtx, rng: random.Random) -> Sheet:
    s = Sheet()
    s.centred(mm(40), "广东省" + c.basis_court, face("e_firm", mm(7.6)))
    s.centred(mm(54), "生 效 证 明 书", face("e_firm", mm(9)))
    kind = "民事调解书" if c.basis_kind == "mediation" else "民事判决书"
    y = _flow(s, float(mm(80)), [f"{c.applicant.name}：",
                                  f"本院审理的原告{c.applicant.name}与被告{c.respondent.name}借款合同纠纷一案，本院作出的"
                                  f"{c.basis_number}{kind}已于{num_date(c.basis_effective)}发生法律效力。",
                                  "特此证明。"], "e_firm", 5.4, x0=mm(28), lead=1.9)
    s.right(s.width - mm(34), y + mm(30), cn_date(c.basis_effective + timedelta(days=rng.randint(5, 30))), face("e_firm", mm(5.4)))
    seal(s, s.width - mm(66), y + mm(32), "广东省" + c.basis_court, rng)
    return s


def id_copy(c: CaseCtx, rng: random.Random) -> Sheet:
    """Front and back of the applicant's ID card photocopied on one sheet, signed 此复印件仅供执行使用."""
    a = c.applicant
    s = Sheet()
    w, h = mm(85.6) * 1.25, mm(54) * 1.25
    x0 = (s.width - w) / 2
    grey = (196, 196, 196)
    f = face("e_label", mm(4))
    for k, y0 in enumerate((mm(40), mm(40) + h + mm(22))):
        s.draw.rounded_rectangle((x0, y0, x0 + w, y0 + h), radius=mm(5), fill=grey, outline=(120, 120, 120), width=3)
        if k == 0:  # the portrait side
            rows = [("姓名", a.name), ("性别", a.sex + "　　民族　汉"),
                    ("出生", f"{a.born.year}年{a.born.month}月{a.born.day}日" if a.born else ""), ("住址", a.address)]
            for j, (label, value) in enumerate(rows):
                s.text(x0 + mm(6), y0 + mm(8) + j * mm(11), label, f, fill=(70, 70, 70))
                s.text(x0 + mm(20), y0 + mm(8) + j * mm(11), value, face("e_label", mm(4.3)), fill=(20, 20, 20))
            s.text(x0 + mm(6), y0 + h - mm(12), "公民身份号码", f, fill=(70, 70, 70))
            sys_text(s, x0 + mm(36), y0 + h - mm(12.5), a.id_number, mm(5), fill=(10, 10, 10))
            s.draw.rectangle((x0 + w - mm(32), y0 + mm(8), x0 + w - mm(6), y0 + mm(44)), fill=(110, 110, 110))
        else:  # the emblem side
            s.draw.ellipse((x0 + mm(6), y0 + mm(6), x0 + mm(26), y0 + mm(26)), fill=(90, 90, 90))
            s.centred(y0 + mm(14), "中华人民共和国", face("e_title", mm(6)), x0=x0 + mm(20), x1=x0 + w)
            s.centred(y0 + mm(26), "居民身份证", face("e_title", mm(8)), spacing=mm(2), x0=x0 + mm(20), x1=x0 + w)
            s.text(x0 + mm(14), y0 + h - mm(22), f"签发机关　深圳市公安局{rng.choice(['福田', '罗湖', '南山'])}分局", f,
                   fill=(20, 20, 20))
            start = a.born.replace(year=2019) if a.born else c.filed_on
            s.text(x0 + mm(14), y0 + h - mm(12), f"有效期限　{start:%Y.%m.%d}-{start.replace(year=2039):%Y.%m.%d}", f,
                   fill=(20, 20, 20))
    y = mm(40) + 2 * h + mm(40)
    pen(s, x0, y, "此复印件仅供福田法院执行使用", rng, size=mm(7), ink=INK)
    pen(s, x0 + mm(40), y + mm(14), a.name, rng, size=mm(8), ink=INK)
    pen(s, x0 + mm(70), y + mm(16), c.day(-1).strftime("%Y.%m.%d"), rng, size=mm(5.5), ink=INK)
    certify(s, x0 + w - mm(30), y + mm(4), rng, who=c.clerk[:1])
    return s


def credit_report(c: CaseCtx, rng: random.Random) -> Sheet:
    """The respondent's page from 国家企业信用信息公示系统, printed from a browser (url and date in the margins)."""
    r = c.respondent
    s = Sheet()
    small = mm(3)
    sys_text(s, mm(10), mm(8), f"{c.day(-3):%Y/%m/%d} 15:{rng.randint(10, 59)}", small)
    sys_centred(s, mm(8), "国家企业信用信息公示系统", small)
    s.draw.rectangle((mm(14), mm(18), s.width - mm(14), mm(34)), fill=(22, 84, 160))
    sys_text(s, mm(20), mm(21), "国家企业信用信息公示系统", mm(6), fill=(255, 255, 255))
    sys_text(s, mm(18), mm(44), r.name, mm(6.5))
    s.draw.rounded_rectangle((mm(18), mm(56), mm(40), mm(63)), radius=mm(1.5), outline=(40, 160, 80), width=2)
    sys_text(s, mm(20), mm(56.5), "存续", mm(4), fill=(40, 160, 80))
    sys_text(s, mm(18), mm(70), "营业执照信息", mm(5))
    rows = [["统一社会信用代码", r.id_number, "企业名称", r.name], ["类型", "有限责任公司（自然人投资或控股）", "法定代表人", r.legal_rep],
            ["注册资本", f"{rng.choice([100, 200, 500, 1000])}万人民币", "成立日期", f"{rng.randint(2008, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"],
            ["登记机关", "深圳市市场监督管理局", "登记状态", "存续（在营、开业、在册）"], ["住所", r.address],
            ["经营范围", "一般经营项目是：国内贸易；经营进出口业务；信息咨询（不含限制项目）。"]]
    sys_grid(s, mm(18), mm(80), [mm(36), mm(56), mm(30), mm(52)], rows, mm(3.7), row_h=mm(15),
             fill=(150, 150, 150))
    sys_text(s, mm(10), s.height - mm(10), "https://www.gsxt.gov.cn/corp-query-entprise-info-xxx.html", small)
    sys_right(s, s.width - mm(10), s.height - mm(10), "1/1", small)
    certify(s, mm(120), mm(190), rng, who=c.agent[:1])
    pen(s, mm(30), mm(205), "与原件一致", rng, size=mm(6), ink=INK)
    pen(s, mm(30), mm(218), c.agent, rng, size=mm(7), ink=INK)
    return s


def attorney(c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    s = Sheet()
    s.centred(mm(32), "授 权 委 托 书", face("e_title", mm(9)), spacing=mm(2))
    y = float(mm(52))
    for label, value in [("委托人", f"{a.name}，{a.sex}，身份证号码{a.id_number}"), ("住址", a.address),
                         ("受托人", f"{c.agent}，{c.firm}律师"), ("联系电话", c.agent_phone)]:
        y = field_row(s, mm(25), y, label, value, rng, width=s.width - mm(50), by_hand=False)
    y = _flow(s, y + mm(4), [f"现委托上列受托人在我与{c.respondent.name}借款合同纠纷执行一案中，作为我的委托代理人。",
                             "代理权限为：特别授权，包括代为申请强制执行、提供财产线索、申请采取执行措施、代为参加执行听证、"
                             "代为和解、代为签收法律文书、代为领取执行款项。"], "e_body", 5.2, lead=1.9)
    s.text(mm(25), y + mm(10), "代理期限：自签署之日起至本案执行终结止。", face("e_body", mm(5.2)))
    y += mm(40)
    s.text(mm(105), y, "委托人（签名）：", face("e_body", mm(5.2)))
    pen(s, mm(145), y - mm(3), a.name, rng, size=mm(8), ink=INK)
    s.draw.ellipse((mm(168), y - mm(1), mm(176), y + mm(9)), fill=(200, 40, 40))  # the thumbprint beside the name
    s.text(mm(105), y + mm(16), "受托人（签名）：", face("e_body", mm(5.2)))
    pen(s, mm(145), y + mm(13), c.agent, rng, size=mm(7.5), ink=INK)
    pen(s, mm(118), y + mm(32), num_date(c.day(-3)), rng, size=mm(6), ink=INK)
    return s


def firm_letter(c: CaseCtx, rng: random.Random) -> Sheet:
    """所函: a printed form with a counterfoil line, the number by hand, the firm's seal."""
    s = Sheet()
    s.centred(mm(26), c.firm, face("e_firm", mm(8)), fill=FIRM_RED, spacing=mm(1))
    s.centred(mm(40), "律 师 事 务 所 函", face("e_title", mm(8.5)), fill=FIRM_RED)
    f = face("e_body", mm(5))
    line = "粤深律函〔　　　　〕第　　　　号"
    lx = s.width - mm(30) - f.getlength(line)
    s.right(s.width - mm(30), mm(56), line, f)
    pen(s, lx + f.getlength("粤深律函〔") + mm(1), mm(55), str(c.filed_on.year), rng, size=mm(5))
    pen(s, lx + f.getlength("粤深律函〔　　　　〕第") + mm(1), mm(55), str(rng.randint(100, 999)), rng, size=mm(5.5))
    y = _flow(s, float(mm(74)), [f"{c.court.name}："], "e_body", 5.4, indent=False)
    y = _flow(s, y + mm(2), [f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任你院受理的{c.applicant.name}申请执行"
                             f"{c.respondent.name}一案中申请执行人的委托代理人。",
                             "特此函告。"], "e_body", 5.4, lead=1.9)
    s.text(mm(25), y + mm(12), "附：授权委托书一份", f)
    s.right(s.width - mm(40), y + mm(44), cn_date(c.day(-3)), f)
    seal(s, s.width - mm(72), y + mm(44), c.firm, rng)
    for x in range(mm(12), s.width - mm(12), mm(5)):  # the counterfoil's perforation at the foot
        s.line(x, s.height - mm(60), x + mm(2.5), s.height - mm(60), width=1, fill=(120, 120, 120))
    s.text(mm(25), s.height - mm(52), "（此联交受函单位）", face("e_body", mm(4)))
    return s


def licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """The 律师执业证 booklet opened flat on the copier: two facing pages, dark margins around them."""
    s = Sheet(paper=(120, 120, 120))
    x0, y0, w, h = mm(20), mm(40), mm(170), mm(115)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), fill=(232, 232, 230))
    s.line(x0 + w / 2, y0, x0 + w / 2, y0 + h, width=6, fill=(90, 90, 90))
    f = face("e_label", mm(4.2))
    s.draw.rectangle((x0 + mm(12), y0 + mm(12), x0 + mm(40), y0 + mm(50)), fill=(150, 150, 150))
    rows = [("姓　　名", c.agent), ("执业机构", c.firm), ("执业证类别", "专职律师"),
            ("执业证号", f"1440{c.filed_on.year - rng.randint(3, 12)}{rng.randint(10**9, 10**10 - 1)}"),
            ("法律职业资格证号", f"A{rng.randint(2005, 2018)}44{rng.randint(10**8, 10**9 - 1)}"), ("性　　别", rng.choice("男女"))]
    for k, (label, value) in enumerate(rows):
        s.text(x0 + w / 2 + mm(6), y0 + mm(10) + k * mm(15), label, f)
        s.text(x0 + w / 2 + mm(38), y0 + mm(10) + k * mm(15), value, f)
    s.text(x0 + mm(10), y0 + mm(60), "发证机关：广东省司法厅", f)
    s.text(x0 + mm(10), y0 + mm(74), f"发证日期：{c.filed_on.year - 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f)
    seal(s, x0 + mm(60), y0 + mm(72), "广东省司法厅", rng, radius=mm(16))
    s.centred(y0 + h + mm(10), "中华人民共和国律师执业证", face("e_title", mm(7)), fill=(20, 20, 20))
    s.draw.rectangle((x0, y0 + h + mm(30), x0 + w, y0 + h + mm(75)), fill=(232, 232, 230))
    s.text(x0 + mm(10), y0 + h + mm(36), "年度考核备案", f)
    s.text(x0 + mm(10), y0 + h + mm(50), f"考核年度：{c.filed_on.year - 1}　考核结果：称职", f)
    seal(s, x0 + mm(120), y0 + h + mm(52), "深圳市律师协会", rng, radius=mm(14))
    certify(s, x0 + mm(40), y0 + h + mm(85), rng, who=c.agent[:1])
    return s


def fax_account(c: CaseCtx, rng: random.Random) -> Sheet:
    """收款账户确认书 filled in by hand and faxed to the court: the fax header across the top."""
    a = c.applicant
    s = Sheet()
    head = mm(3.2)
    stamp_time = f"{c.day(2):%Y-%m-%d} {rng.randint(9, 17):02d}:{rng.randint(0, 59):02d}"
    sys_text(s, mm(6), mm(5), f"{stamp_time}  FROM:{c.firm}  TO:07558{rng.randint(1000000, 9999999)}  P.001/001", head)
    s.centred(mm(26), "申请执行人收款账户确认书", face("e_title", mm(8)))
    f = face("e_body", mm(5))
    s.text(mm(22), mm(44), f"案号：{c.number}", f)
    rows = [["申请执行人", ""], ["收款账户户名", ""], ["开户银行", ""], ["银行账号", ""], ["联系电话", ""],
            ["声明", "本人确认以上账户为本案执行款的收款账户，因账户信息错误导致款项无法到账或错付的，由本人承担责任。"
                     "账户变更时将书面告知法院。"]]
    heights = [mm(16)] * 5 + [mm(34)]
    y = mm(54)
    table(s, mm(22), y, [mm(44), s.width - mm(44) - mm(44)], rows, f, row_h=heights, centre_first=True)
    ys = [y + sum(heights[:k]) for k in range(len(rows))]
    account = f"6214 83{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    for k, v in enumerate([a.name, a.name, rng.choice(["招商银行深圳车公庙支行", "中国银行深圳福田支行"]), account, a.phone]):
        pen(s, mm(72), ys[k] + mm(3.5), v, rng, size=mm(6), ink=INK)
    s.text(mm(100), ys[-1] + mm(52), "申请执行人（签名）：", f)
    pen(s, mm(150), ys[-1] + mm(49), a.name, rng, size=mm(8), ink=INK)
    pen(s, mm(130), ys[-1] + mm(66), num_date(c.day(2)), rng, size=mm(6), ink=INK)
    return s


def address_form(c: CaseCtx, rng: random.Random) -> Sheet:
    """送达地址确认书 with tick boxes for the ways of service (electronic ticked, WeChat number given)."""
    a = c.applicant
    s = Sheet()
    s.centred(mm(26), "送达地址确认书", face("e_title", mm(8.2)), spacing=mm(1.5))
    f = face("e_body", mm(4.5))
    s.text(mm(18), mm(42), f"案号：{c.number}", f)
    box = "□"
    rows = [["当事人", "", "身份", "申请执行人"], ["告知事项", "1．当事人应如实提供确切的送达地址；2．确认的送达地址适用于执行程序；"
                                               "3．因送达地址不准确、变更未告知等原因导致法律文书未能实际被接收的，文书退回之日视为送达之日。"],
            ["送达方式", f"{box}直接送达　{box}邮寄送达　{box}电子送达（{box}短信　{box}微信/粤公正　{box}电子邮箱）"],
            ["送达地址", ""], ["收件人", "", "手机号码", ""], ["电子送达号码或邮箱", ""], ["当事人确认", ""]]
    heights = [mm(14), mm(36), mm(22), mm(16), mm(14), mm(16), mm(40)]
    y = mm(50)
    table(s, mm(18), y, [mm(36), mm(66), mm(26), s.width - mm(36) - mm(128)], rows, f, row_h=heights, centre_first=True, pad=5)
    ys = [y + sum(heights[:k]) for k in range(len(rows))]
    pen(s, mm(60), ys[0] + mm(3), a.name, rng, size=mm(6))
    bx = mm(54) + f.getlength(f"{box}直接送达　{box}邮寄送达　")
    pen(s, bx - mm(1), ys[2] + mm(2), "√", rng, size=mm(7), record=False)
    pen(s, mm(54) + f.getlength(f"{box}直接送达　{box}邮寄送达　{box}电子送达（{box}短信　"), ys[2] + mm(2), "√", rng,
        size=mm(7), record=False)
    pen(s, mm(60), ys[3] + mm(4), a.address, rng, size=mm(5.5))
    pen(s, mm(60), ys[4] + mm(3), a.name, rng, size=mm(6))
    pen(s, mm(150), ys[4] + mm(3), a.phone, rng, size=mm(5))
    pen(s, mm(60), ys[5] + mm(4), f"微信号同手机 {a.phone}", rng, size=mm(5.5))
    s.text(mm(58), ys[6] + mm(4), "我已阅读告知事项，确认上述送达地址和方式。", f)
    pen(s, mm(110), ys[6] + mm(16), a.name, rng, size=mm(8), ink=INK)
    pen(s, mm(140), ys[6] + mm(28), num_date(c.day(-1)), rng, size=mm(5.5), ink=INK)
    return s


def clues(c: CaseCtx, rng: random.Random) -> Sheet:
    r = c.respondent
    s = Sheet()
    s.centred(mm(24), "被执行人财产线索提供表", face("e_title", mm(8)))
    f = face("e_body", mm(4.3))
    s.text(mm(16), mm(40), f"被执行人：{r.name}", f)
    s.right(s.width - mm(16), mm(40), "提供人：申请执行人", f)
    rows = [["序号", "财产类型", "财产所在地 / 开户行", "具体信息", "线索来源"]]
    items = [("银行存款", rng.choice(["招商银行深圳分行", "平安银行福田支行"]), f"账号尾号{rng.randint(1000, 9999)}", "往来转账记录"),
             ("办公场所设备", "福田区深南中路某大厦12楼", "办公家具、电脑", "实地了解"),
             ("车辆", "深圳", f"粤B·{rng.choice('DFGHK')}{rng.randint(1000, 9999)}", "曾见其使用"),
             ("应收账款", "深圳某供应链公司", "货款约二十万元", "合同往来")]
    rows += [[str(k + 1), "", "", "", ""] for k in range(len(items))] + [["", "", "", "", ""]] * 2
    heights = [mm(12)] + [mm(22)] * (len(rows) - 1)
    y = mm(48)
    cols = [mm(14), mm(30), mm(50), mm(44), s.width - mm(32) - mm(138)]
    table(s, mm(16), y, cols, rows, f, row_h=heights, centre_first=True, pad=4)
    for k, item in enumerate(items):
        ry = y + heights[0] + k * heights[1] + mm(5)
        for j, v in enumerate(item):
            pen(s, mm(16) + sum(cols[:j + 1]) + mm(2), ry, v[:9], rng, size=mm(4.8))
    yb = y + sum(heights) + mm(14)
    s.text(mm(16), yb, "申请执行人承诺：以上线索真实，如有虚假，愿承担相应法律责任。", f)
    s.text(mm(110), yb + mm(16), "提供人签名：", f)
    pen(s, mm(138), yb + mm(13), c.applicant.name, rng, size=mm(7.5), ink=INK)
    pen(s, mm(125), yb + mm(30), num_date(c.day(-1)), rng, size=mm(5.5), ink=INK)
    return s


def e_invoice(c: CaseCtx, rng: random.Random) -> Sheet:
    """广东省 non-tax e-receipt for the court costs, printed in colour from the PDF, stuck on an A4 backing."""
    s = Sheet()
    x0, y0, w, h = mm(12), mm(30), s.width - mm(24), mm(120)
    green = (60, 120, 90)
    s.draw.rectangle((x0, y0, x0 + w, y0 + h), outline=green, width=3)
    sys_centred(s, y0 + mm(6), "广东省非税收入（电子）票据", mm(7), x0=x0, x1=x0 + w, fill=(160, 40, 40))
    f = mm(3.6)
    fee = int(c.amount) // 200 + 25
    sys_text(s, x0 + mm(6), y0 + mm(28), f"票据代码：44{rng.randint(10**5, 10**6 - 1)}", f)
    sys_text(s, x0 + mm(70), y0 + mm(28), f"票据号码：00{rng.randint(10**7, 10**8 - 1)}", f)
    sys_text(s, x0 + mm(122), y0 + mm(28), f"开票日期：{c.basis_effective - timedelta(days=130):%Y-%m-%d}", f)
    sys_text(s, x0 + mm(6), y0 + mm(36), f"交款人：{c.applicant.name}", f)
    sys_text(s, x0 + mm(70), y0 + mm(36), "校验码：" + "".join(rng.choice("0123456789abcdef") for _ in range(6)), f)
    rows = [["项目编码", "项目名称", "单位", "数量", "标准", "金额（元）", "备注"],
            ["103040101", "诉讼费（案件受理费）", "件", "1", "", f"{fee:.2f}", c.basis_number],
            ["", "", "", "", "", "", ""], ["金额合计（大写）", money_caps(money_dec(fee)), "", "", "（小写）", f"{fee:.2f}", ""]]
    sys_grid(s, x0 + mm(4), y0 + mm(44), [mm(26), mm(44), mm(12), mm(12), mm(18), mm(26), w - mm(8) - mm(138)], rows, f,
             row_h=mm(12), fill=green, head=None)
    sys_text(s, x0 + mm(6), y0 + h - mm(22), f"执收单位名称：{c.basis_court}", f)
    sys_text(s, x0 + mm(6), y0 + h - mm(14), "复核人：系统　　收款人：电子收款", f)
    seal(s, x0 + w - mm(40), y0 + h - mm(24), "广东省财政厅票据监制章", rng, radius=mm(14), inner="")
    qr = mm(22)
    qx, qy = x0 + mm(5), y0 + mm(3)
    for i in range(21):  # a printed 2-D code (not a real one)
        for j in range(21):
            if (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7) or rng.random() < 0.45:
                s.draw.rectangle((qx + i * qr / 21, qy + j * qr / 21, qx + (i + 1) * qr / 21, qy + (j + 1) * qr / 21), fill=INK)
    return s


def money_dec(v: int) -> Decimal:
    return Decimal(v)


def system_printout(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 总对总 network inquiry feedback printed from the system: landscape, tiny sans, two pages."""
    r = c.respondent
    from dossier.corpus.draw import A4

    sheets = []
    banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "平安银行", "浦发银行", "中信银行",
             "兴业银行", "广发银行", "民生银行", "光大银行", "华夏银行", "邮储银行", "深圳农商银行", "微信支付（财付通）",
             "支付宝", "自然资源部（不动产）", "公安部（车辆）", "中国证券登记结算", "市场监管总局（股权）"]
    per = 12
    pages = [banks[i:i + per] for i in range(0, len(banks), per)]
    for n, chunk in enumerate(pages, 1):
        s = Sheet(size=(A4[1], A4[0]))
        small = mm(3.1)
        sys_text(s, mm(8), mm(6), f"打印时间：{c.day(3):%Y-%m-%d} {rng.randint(9, 17)}:{rng.randint(10, 59)}", small)
        sys_right(s, s.width - mm(8), mm(6), f"操作人：{c.officer}", small)
        if n == 1:
            sys_centred(s, mm(16), "网络执行查控系统　查询结果反馈", mm(6.2))
            sys_text(s, mm(12), mm(30), f"案号：{c.number}　被查询人：{r.name}　证照号码：{r.id_number}", mm(3.8))
        rows = [["序号", "协查单位", "查询类型", "反馈日期", "反馈结果", "账号/证号", "余额/数量", "冻结情况"]]
        for k, b in enumerate(chunk):
            found = b in ("招商银行", "平安银行") and c.method == "fully_performed"
            bal = f"{c.amount + rng.randint(100, 9000):,.2f}" if found and b == "招商银行" else (
                f"{rng.randint(0, 300)}.{rng.randint(10, 99)}" if found else "")
            rows.append([str((n - 1) * per + k + 1), b, "存款" if "银行" in b else "财产", f"{c.day(rng.randint(2, 5)):%Y-%m-%d}",
                         "有财产" if found else "未查到财产信息", f"****{rng.randint(1000, 9999)}" if found else "", bal,
                         "已冻结" if found else ""])
        sys_grid(s, mm(10), mm(38), [mm(14), mm(48), mm(22), mm(28), mm(40), mm(40), mm(40), s.width - mm(20) - mm(232)],
                 rows, small, row_h=mm(10.5), fill=(90, 90, 90))
        sys_centred(s, s.height - mm(8), f"第{n}页 共{len(pages)}页", small)
        s.page_of = (n, len(pages))
        sheets.append(s)
    return sheets


def bank_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """A bank's 协助冻结存款回执 printed by its judicial-assistance system and stamped."""
    r = c.respondent
    s = Sheet()
    sys_text(s, mm(16), mm(16), "招商银行", mm(8), fill=(200, 20, 30))
    sys_text(s, mm(52), mm(19), "CHINA MERCHANTS BANK", mm(3.4), fill=(200, 20, 30))
    sys_centred(s, mm(34), "协助冻结/扣划存款回执", mm(7))
    f = mm(4)
    rows = [["执行法院", c.court.name, "文书号", c.number], ["被执行人", r.name, "证照号码", r.id_number],
            ["账号", f"7559{rng.randint(10**10, 10**11 - 1)}", "账户性质", "基本存款账户"],
            ["应冻结金额", f"{c.amount:,.2f}", "实际冻结金额", f"{c.amount:,.2f}"],
            ["冻结起始日", f"{c.day(9):%Y-%m-%d}", "冻结到期日", f"{c.day(9 + 365):%Y-%m-%d}"],
            ["扣划金额", f"{c.amount:,.2f}", "扣划日期", f"{c.day(30):%Y-%m-%d}"],
            ["执行结果", "已按协助执行通知书完成冻结，并于扣划日将上述款项划至贵院执行款专户。"]]
    sys_grid(s, mm(16), mm(50), [mm(32), mm(58), mm(30), s.width - mm(32) - mm(120)], rows, f, row_h=mm(14), head=None)
    sys_text(s, mm(16), mm(160), f"经办：{person_name(rng)}　　复核：{person_name(rng)}", f)
    sys_text(s, mm(16), mm(170), f"回执日期：{c.day(30):%Y年%m月%d日}", f)
    seal(s, mm(150), mm(168), "招商银行股份有限公司深圳分行", rng, radius=mm(18), inner="司法协助专用章")
    return s


def registry_reply(c: CaseCtx, rng: random.Random) -> Sheet:
    """The registry's 不动产登记信息查询结果 (no record), a typed letter with a table."""
    r = c.respondent
    s = Sheet()
    s.centred(mm(28), "深圳市不动产登记中心", face("e_title", mm(7.5)), fill=RED)
    s.line(mm(20), mm(42), s.width - mm(20), mm(42), width=3, fill=RED)
    s.centred(mm(50), "不动产登记信息查询结果证明", face("e_title", mm(7.2)))
    f = face("e_label", mm(4.2))
    y = _flow(s, float(mm(68)), [f"{c.court.name}：",
                                  f"你院{c.number}协助查询通知书收悉。经查询本市不动产登记信息系统，截至"
                                  f"{c.day(12):%Y年%m月%d日}，查询结果如下："], "e_label", 4.4, x0=mm(22), lead=1.9)
    rows = [["权利人", "证件号码", "不动产坐落", "不动产权证号", "权利状态"], [r.name, r.id_number, "无登记记录", "—", "—"]]
    table(s, mm(22), y + mm(4), [mm(34), mm(48), mm(36), mm(30), s.width - mm(44) - mm(148)], rows, f, row_h=mm(14), width=1, pad=3)
    y += mm(42)
    y = _flow(s, y, ["本查询结果仅反映查询时点本市登记簿记载情况。"], "e_label", 4.2, x0=mm(22))
    s.right(s.width - mm(30), y + mm(24), f"{c.day(13):%Y年%m月%d日}", f)
    seal(s, s.width - mm(60), y + mm(26), "深圳市不动产登记中心", rng, radius=mm(18), inner="查询专用章")
    pen(s, mm(30), y + mm(60), "已阅，无房产", rng, size=mm(6), ink=BLUE_BLACK)
    return s
