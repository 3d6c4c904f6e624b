"""The papers court_bz receives, each in its author's style: the 车城 law firms' typed applications and 所函, this
court's and the 十堰中院's judgments, the 十堰仲裁委's award in its kai face, the window's ruled forms filled by hand,
the 湖北 非税收入 receipt, copies of licences, ID cards and the lawyer's 执业证 (each with the undertaker's red
与原件核对无误), the bank's 回单 and the bureau's 案款发放 slip."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, Party, cn_date, money_caps, num_date, person_name
from dossier.corpus.draw import RED, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.families.court_bz_kit import ARB, COURT, MID, checked_copy, form_rows, yuan
from dossier.corpus.fonts import Font, font

RECEIVED = frozenset({
    "enforcement_application", "enforcement_basis", "property_clue_form", "fee_receipt", "identity_proof",
    "power_of_attorney", "law_firm_letter", "lawyer_license", "payment_account_confirmation",
    "service_address_confirmation", "settlement_agreement", "payment_voucher",
})


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "identity_proof":
        who = c.respondent if "respondent" in served else c.applicant
        return _licence(c, who, rng) if who.kind == "organisation" else _id_card(c, who, rng)
    if code in ("enforcement_application", "power_of_attorney", "law_firm_letter", "settlement_agreement"):
        return _typed(code, c, rng)
    if code == "lawyer_license":
        return _license(c, rng)
    if code == "fee_receipt":
        return _fee(c, rng)
    if code == "payment_voucher":
        return _voucher(c, rng)
    return _window_form(code, c, rng)


def _typed_sheet(title: str, blocks: Sequence[tuple[str, str]], f: Font, tf: Font, *, x0: float, x1: float,
                 lh: float, top: float) -> list[Sheet]:
    sheets = [Sheet()]
    sheets[0].centred(top, title, tf, spacing=tf.size * 0.3)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], top

    flow(sheets[0], blocks, f, x0=x0, width=sheets[0].width - x0 - x1, y=top + tf.size * 2.4, line_height=lh,
         indent=f.size * 2, bottom=mm(266), more=more)
    return sheets


def _typed(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    st = c.extra["story"]
    f = font("microhei", mm(4.6))
    if code == "enforcement_application":
        if st == "parts":
            facts = (f"申请人向被申请人供应重卡用盘式刹车片、鼓式刹车蹄片，被申请人拖欠货款。{COURT}作出{c.basis_number}"
                     "民事判决，判令被申请人支付货款及逾期付款利息。判决生效后，被申请人至今分文未付。")
        elif st == "inn":
            facts = (f"申请人与被申请人签订《武当山旅游团队住宿服务合同》，预付{c.extra['tours']}个团次房费，被申请人经营的"
                     f"{c.extra['inn']}停业后拒不退还。{MID}{c.basis_number}民事判决维持一审判决，被申请人未履行。")
        else:
            facts = (f"申请人向被申请人出租{c.extra['trucks']}台东风天龙牵引车，被申请人拖欠租金。{ARB}作出{c.basis_number}"
                     "裁决书，裁决被申请人支付租金及违约金，被申请人未履行。")
        blocks = [("f", f"申请人：{a.name}"), ("f", f"住所地：{a.address}"), ("f", f"法定代表人：{a.legal_rep}　联系电话：{a.phone}"),
                  ("f", f"被申请人：{r.name}"), ("f", f"{'住所地' if r.kind != 'person' else '住址'}：{r.address}"),
                  ("f", f"{'统一社会信用代码' if r.kind != 'person' else '公民身份号码'}：{r.id_number}"),
                  ("f", "申请事项："),
                  ("p", f"一、请求强制执行被申请人支付申请人{yuan(c.amount)}元（大写：{money_caps(c.amount)}）及迟延履行期间的债务利息；"),
                  ("p", "二、本案执行费用由被申请人承担。"), ("f", "事实与理由："), ("p", facts),
                  ("p", f"为此，依据{'《中华人民共和国仲裁法》第六十二条及' if st == 'truck' else ''}《中华人民共和国民事诉讼法》"
                        "第二百四十七条之规定，特向贵院申请强制执行。"),
                  ("f", "此致"), ("f", COURT), ("r", f"申请人：{a.name}　　　　"), ("r", cn_date(c.filed_on - timedelta(days=2)))]
        sheets = _typed_sheet("强制执行申请书", blocks, f, font("sans_bold", mm(7.6)), x0=mm(25), x1=mm(22),
                              lh=mm(8.6), top=mm(26))
        seal(sheets[-1], sheets[-1].width - mm(62), mm(236) if len(sheets) > 1 else mm(250), a.name, rng, radius=mm(19))
        return sheets
    if code == "power_of_attorney":
        blocks = [("f", f"委托人：{a.name}"), ("f", f"法定代表人：{a.legal_rep}"), ("f", f"受托人：{c.agent}，{c.firm}律师，"
                  f"电话{c.agent_phone}"),
                  ("p", f"现委托上列受托人在我单位与{r.name}{c.extra['cause']}执行一案中，作为我单位的委托代理人。"),
                  ("p", "代理权限为：特别授权，代为申请执行、提供财产线索、申请采取查封冻结措施、参加约谈、代为和解、"
                        "代为签收法律文书、代为领取执行款。"),
                  ("r", f"委托人（盖章）：{a.name}"), ("r", cn_date(c.filed_on - timedelta(days=3)))]
        sheets = _typed_sheet("授 权 委 托 书", blocks, font("song_gb", mm(5)), font("serif_bold", mm(8)), x0=mm(28),
                              x1=mm(26), lh=mm(10), top=mm(34))
        seal(sheets[-1], sheets[-1].width - mm(66), mm(140), a.name, rng, radius=mm(19))
        signature(sheets[-1], mm(120), mm(160), c.agent, rng)
        return sheets
    if code == "law_firm_letter":
        s = Sheet()
        s.centred(mm(22), c.firm, font("serif_bold", mm(8.4)), fill=RED, spacing=mm(1))
        s.line(mm(20), mm(36), s.width - mm(20), mm(36), width=5, fill=RED)
        s.line(mm(20), mm(37.6), s.width - mm(20), mm(37.6), width=2, fill=RED)
        s.right(s.width - mm(24), mm(42), f"鄂车律函〔{c.filed_on.year}〕第{rng.randint(20, 180)}号", font("song_gb", mm(4.4)))
        s.centred(mm(56), "律 师 事 务 所 函", font("hei", mm(8)))
        fb = font("song_gb", mm(5))
        flow(s, [("f", f"{COURT}："),
                 ("p", f"本所接受{a.name}的委托，指派{c.agent}律师担任其与{r.name}{c.extra['cause']}执行一案的委托代理人。"),
                 ("p", "特此函告。"), ("f", "附：授权委托书一份、律师执业证复印件一份"),
                 ("r", c.firm), ("r", cn_date(c.filed_on - timedelta(days=2)))],
             fb, x0=mm(26), width=s.width - mm(50), y=mm(74), line_height=mm(10), indent=fb.size * 2)
        s.text(mm(26), mm(262), f"地址：{c.extra['firm_addr']}　电话：0719-8{rng.randint(100000, 999999)}",
               font("song_gb", mm(3.6)))
        seal(s, s.width - mm(64), mm(124), c.firm, rng, radius=mm(19))
        return [s]
    # settlement agreement (the truck lessor and the freight company, in two instalments)
    first = (c.amount * Decimal("0.6")).quantize(Decimal("1"))
    blocks = [("f", f"甲方（申请执行人）：{a.name}"), ("f", f"乙方（被执行人）：{r.name}"),
              ("p", f"甲乙双方就{ARB}{c.basis_number}裁决书的履行，经{COURT}主持，自愿达成如下和解协议："),
              ("p", f"一、乙方于{cn_date(c.day(30))}前向法院执行款专户支付{yuan(first)}元；"),
              ("p", f"二、乙方于{cn_date(c.day(50))}前支付剩余款项{yuan(c.amount - first)}元，甲方放弃迟延履行期间的债务利息；"),
              ("p", "三、乙方任何一期未按时足额支付的，甲方有权申请恢复执行原生效法律文书。"),
              ("p", "四、本协议一式三份，双方各执一份，法院存卷一份。"),
              ("f", f"甲方：{a.name}　　　　　乙方：{r.name}")]
    sheets = _typed_sheet("执行和解协议", blocks, font("sans", mm(4.6)), font("sans_bold", mm(7.2)), x0=mm(24),
                          x1=mm(24), lh=mm(9), top=mm(30))
    s = sheets[-1]
    seal(s, mm(62), mm(166), a.name, rng, radius=mm(18))
    seal(s, mm(150), mm(170), r.name, rng, radius=mm(18))
    hand(s, mm(40), mm(196), cn_date(c.day(21)), rng, size=40)
    return sheets


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    st = c.extra["story"]
    if st == "truck":
        body_f, tf = font("kai_gb", mm(5.2)), font("kai_gb", mm(9))
        head = [ARB, "裁 决 书"]
        blocks = [("r", c.basis_number), ("f", f"申请人：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                  ("f", f"被申请人：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
                  ("p", "本会根据申请人与被申请人签订的《车辆租赁合同》中的仲裁条款和申请人的仲裁申请，受理了双方之间的租赁合同"
                        "纠纷案，适用《十堰仲裁委员会仲裁规则》简易程序，由独任仲裁员审理。本案现已审理终结。"),
                  ("p", f"申请人称：双方约定申请人出租东风天龙{c.extra['trucks']}台牵引车及挂车用于鄂西至襄阳、武汉的汽车零部件"
                        "干线运输，月租金按台计付。自上年三月起被申请人拖欠租金，经催告仍未支付。"),
                  ("p", "被申请人经本会合法通知，未到庭，亦未提交答辩意见。"),
                  ("p", "仲裁庭认为：双方签订的合同合法有效，被申请人未按约支付租金，构成违约，应承担支付租金及违约金的责任。"),
                  ("p", "依照《中华人民共和国民法典》第七百零三条、第七百二十二条，《中华人民共和国仲裁法》第四十二条的规定，裁决如下："),
                  ("p", f"一、被申请人{r.name}向申请人{a.name}支付拖欠租金及违约金共计{yuan(c.amount)}元；"),
                  ("p", "二、本案仲裁费由被申请人承担。上述款项于本裁决书送达之日起十日内付清。"),
                  ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
                  ("r", f"独任仲裁员　{person_name(rng)}"), ("r", cn_date(c.basis_effective)),
                  ("r", f"书　记　员　{person_name(rng)}")]
        who = ARB
    else:
        mid = st == "inn"
        body_f, tf = font("serif", mm(5)), font("serif_bold", mm(8.4))
        head = [MID if mid else COURT, "民 事 判 决 书"]
        if mid:
            ppl = [("f", f"上诉人（原审被告）：{r.name}，住{r.address}。"),
                   ("f", f"被上诉人（原审原告）：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                   ("p", f"上诉人{r.name}因与被上诉人{a.name}服务合同纠纷一案，不服{COURT}{c.extra['first_number']}民事判决，"
                         "向本院提起上诉。本院依法组成合议庭审理了本案，现已审理终结。"),
                   ("p", f"原审查明：{a.name}组织武当山二日游团队，与{r.name}经营的{c.extra['inn']}约定包房，先后预付"
                         f"{c.extra['tours']}个团次的房费。{r.name}于旅游旺季停止营业，既未接待团队，亦未退还预付款。"),
                   ("p", "上诉人称停业系因不可抗力，但未提交证据证明，本院不予采信。一审判决认定事实清楚，适用法律正确。"),
                   ("p", "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
                   ("p", "驳回上诉，维持原判。"),
                   ("p", f"即：{r.name}退还{a.name}预付房费并赔偿损失共计{yuan(c.amount)}元。"),
                   ("p", "二审案件受理费由上诉人负担。本判决为终审判决。")]
        else:
            ppl = [("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}。"),
                   ("f", f"被告：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}。"),
                   ("p", f"原告{a.name}与被告{r.name}买卖合同纠纷一案，本院立案后，依法适用简易程序公开开庭进行了审理。"),
                   ("p", f"经审理查明：原告自前年起向被告供应重型卡车刹车片、刹车蹄片，用于被告为东风商用车配套生产的传动轴总成"
                         f"及制动系统。双方对账确认被告尚欠货款{yuan(c.amount)}元，经原告多次催收，被告未付。"),
                   ("p", "本院认为，双方买卖合同关系成立且合法有效，被告应按约支付货款并承担逾期付款损失。依照《中华人民共和国"
                         "民法典》第五百零九条、第六百二十六条的规定，判决如下："),
                   ("p", f"一、被告{r.name}于本判决生效之日起十日内支付原告{a.name}货款{yuan(c.amount)}元；"),
                   ("p", "二、被告按全国银行间同业拆借中心公布的一年期贷款市场报价利率支付逾期付款利息。"),
                   ("p", "如不服本判决，可在判决书送达之日起十五日内提起上诉，上诉于湖北省十堰市中级人民法院。")]
        blocks = [("r", c.basis_number), *ppl, ("r", f"审判长　{c.extra['trial_judge']}"),
                  ("r", f"审判员　{person_name(rng)}"), ("r", cn_date(c.basis_effective - timedelta(days=20))),
                  ("r", f"书记员　{person_name(rng)}")]
        who = head[0]
    sheets = [Sheet()]
    sheets[0].centred(mm(26), head[0], tf, spacing=mm(0.8))
    sheets[0].centred(mm(40), head[1], tf, spacing=mm(1.2))

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(26)

    flow(sheets[0], blocks, body_f, x0=mm(28), width=sheets[0].width - mm(54), y=mm(58), line_height=body_f.size * 1.9,
         indent=body_f.size * 2, bottom=mm(262), more=more)
    seal(sheets[-1], sheets[-1].width - mm(66), mm(200) if len(sheets) > 1 else mm(230), who, rng, radius=mm(20))
    for i, s in enumerate(sheets):
        s.centred(mm(276), f"— {i + 1} —" if st != "truck" else f"第{i + 1}页 共{len(sheets)}页", font("song_gb", mm(3.8)))
    if st != "parts":
        checked_copy(sheets[0], rng, c.agent, sheets[0].width - mm(82), mm(8))
    return sheets


def _licence(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(246, 246, 244))
    x0, y0, x1, y1 = mm(22), mm(30), mm(188), mm(150)
    s.box(x0, y0, x1, y1, width=3, outline=(150, 110, 60))
    s.box(x0 + mm(3), y0 + mm(3), x1 - mm(3), y1 - mm(3), width=1, outline=(150, 110, 60))
    s.centred(y0 + mm(12), "营 业 执 照", font("serif_bold", mm(10)), spacing=mm(3), fill=(60, 40, 30))
    s.text(x0 + mm(8), y0 + mm(30), f"统一社会信用代码 {p.id_number}", font("sans", mm(3.6)))
    s.text(x1 - mm(40), y0 + mm(8), "（副　本）", font("sans", mm(3.6)))
    fr = font("song_gb", mm(4))
    rows = [("名　　称", p.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", p.legal_rep),
            ("经营范围", {"摩擦": "汽车制动摩擦材料、刹车片制造销售", "传动": "汽车传动轴及零部件制造销售",
                        "旅行": "国内旅游业务、入境旅游业务", "租赁": "汽车租赁、道路货物运输",
                        "物流": "普通货运、仓储服务、货运代理"}.get(next((k for k in ("摩擦", "传动", "旅行", "租赁", "物流")
                                                                  if k in p.name), "物流"), "")),
            ("住　　所", p.address)]
    y = y0 + mm(42)
    for k, v in rows:
        s.text(x0 + mm(10), y, k, fr)
        for part in wrap(v, fr, mm(110)):
            s.text(x0 + mm(40), y, part, fr)
            y += mm(7.5)
        y += mm(2)
    s.text(x0 + mm(10), y1 - mm(24), "登记机关　十堰市张湾区市场监督管理局", fr)
    seal(s, x1 - mm(38), y1 - mm(26), "十堰市张湾区市场监督管理局", rng, radius=mm(15))
    s.box(x1 - mm(30), y0 + mm(20), x1 - mm(12), y0 + mm(38), width=2)
    checked_copy(s, rng, c.agent, mm(40), mm(170))
    s.text(mm(40), mm(190), f"{'申请人' if p is c.applicant else '被执行人'}营业执照复印件", font("sans", mm(4)))
    return [s]


def _id_card(c: CaseCtx, p: Party, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(248, 248, 246))
    x0, y0 = mm(50), mm(40)
    w, h = mm(86), mm(54)
    for k in range(2):
        yy = y0 + k * (h + mm(16))
        s.draw.rounded_rectangle((x0, yy, x0 + w, yy + h), radius=mm(3), outline=(120, 120, 120), width=2,
                                 fill=(228, 232, 236))
    f = font("hei", mm(3.2))
    born = p.born
    lines = [f"姓名 {p.name}", f"性别 {p.sex}　民族 汉",
             f"出生 {born.year}年{born.month}月{born.day}日" if born else "出生", f"住址 {p.address[:13]}",
             f"　　 {p.address[13:]}"]
    for i, ln in enumerate(lines):
        s.text(x0 + mm(5), y0 + mm(5) + i * mm(7), ln, f)
    s.text(x0 + mm(5), y0 + h - mm(9), f"公民身份号码 {p.id_number}", font("hei", mm(3.4)))
    s.draw.rectangle((x0 + w - mm(28), y0 + mm(7), x0 + w - mm(5), y0 + mm(36)), fill=(170, 170, 175))
    y2 = y0 + h + mm(16)
    s.centred(y2 + mm(8), "中华人民共和国", font("hei", mm(4.4)), x0=x0, x1=x0 + w)
    s.centred(y2 + mm(17), "居民身份证", font("hei", mm(5.4)), x0=x0, x1=x0 + w, spacing=mm(1))
    s.text(x0 + mm(8), y2 + mm(34), "签发机关 丹江口市公安局", f)
    d = p.born or c.filed_on
    s.text(x0 + mm(8), y2 + mm(42), f"有效期限 {d.year + 40}.0{rng.randint(1, 9)}.1{rng.randint(0, 9)}-长期", f)
    s.text(mm(50), mm(190), "被执行人身份证复印件（正反面）", font("sans", mm(4)))
    checked_copy(s, rng, c.officer, mm(110), mm(210))
    return [s]


def _license(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet(paper=(247, 247, 245))
    x0, y0 = mm(30), mm(36)
    w, h = mm(70), mm(100)
    s.box(x0, y0, x0 + w, y0 + h, width=2)
    s.centred(y0 + mm(20), "中华人民共和国", font("serif_bold", mm(5)), x0=x0, x1=x0 + w)
    s.centred(y0 + mm(32), "律师执业证", font("serif_bold", mm(7)), x0=x0, x1=x0 + w, spacing=mm(1))
    s.centred(y0 + mm(72), "中华人民共和国司法部监制", font("song_gb", mm(3)), x0=x0, x1=x0 + w)
    x1 = x0 + w + mm(10)
    s.box(x1, y0, x1 + w, y0 + h, width=2)
    s.draw.rectangle((x1 + mm(6), y0 + mm(8), x1 + mm(28), y0 + mm(36)), fill=(175, 175, 180))
    f = font("song_gb", mm(3.4))
    for i, ln in enumerate([f"执业机构 {c.firm}", "执业证类别 专职", f"执业证号 {c.extra['lic_no']}",
                            f"持证人 {c.agent}", "性别 男", "发证机关 湖北省司法厅", f"发证日期 {num_date(c.filed_on.replace(year=c.filed_on.year - 6))}"]):
        s.text(x1 + mm(4), y0 + mm(42) + i * mm(7.5), ln, f)
    seal(s, x1 + mm(50), y0 + mm(84), "湖北省司法厅", rng, radius=mm(12))
    s.text(x0, y0 + h + mm(10), "年度考核：称职　2025年度　十堰市律师协会", font("song_gb", mm(3.6)))
    checked_copy(s, rng, c.agent, mm(60), mm(176))
    return [s]


def _fee(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    green = (40, 110, 70)
    x0, y0 = mm(16), mm(30)
    s.centred(y0, "湖北省非税收入一般缴款书（电子）", font("sans_bold", mm(6)), fill=green)
    s.text(x0, y0 + mm(14), f"票据代码 42060125　票据号码 00{rng.randint(10**7, 10**8 - 1)}　开票日期 {c.day(1).isoformat()}",
           font("sans", mm(3.4)), fill=green)
    rows = [["缴款人", c.applicant.name, "执收单位", COURT], ["项目编码", "103040102", "项目名称", "执行申请费"],
            ["金额（大写）", money_caps(c.extra["fee"]), "（小写）", f"￥{c.extra['fee']}"],
            ["备注", f"{c.number} 申请执行费"]]
    table(s, x0, y0 + mm(24), [mm(34), mm(62), mm(28), mm(54)], rows, font("sans", mm(3.8)), row_h=mm(13),
          fill=green, width=2)
    s.text(x0, y0 + mm(82), "执收单位（盖章）　　　　　　复核人　　　　　收款人 湖北省财政厅非税收入管理局", font("sans", mm(3.4)),
           fill=green)
    seal(s, x0 + mm(60), y0 + mm(80), "湖北省财政厅票据监制章", rng, radius=mm(13))
    return [s]


def _voucher(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), COURT, font("serif_bold", mm(5.4)))
    s.centred(mm(34), "执行案款发放审批表", font("hei", mm(7)))
    rows = [["案号", c.number, "承办人", c.officer], ["收款人", c.applicant.name, "发放金额", f"{yuan(c.amount)}元"],
            ["开户行", c.extra["acct_bank"], "账号", c.extra["acct"]],
            ["案款来源", "被执行人交纳" if c.extra["story"] == "parts" else "和解分期交纳"],
            ["承办人意见", ""], ["局长审批", ""]]
    table(s, mm(22), mm(48), [mm(30), mm(62), mm(26), mm(48)], rows, font("song_gb", mm(3.8)),
          row_h=[mm(13)] * 4 + [mm(24), mm(24)], centre_first=True)
    hand(s, mm(56), mm(108), "款已到账，申请发放。", rng, size=38)
    hand(s, mm(56), mm(132), "同意", rng, size=44, ink=(30, 30, 35))
    signature(s, mm(120), mm(134), person_name(rng), rng)
    # the bank's 回单 pasted underneath
    by = mm(168)
    s.box(mm(22), by, mm(188), by + mm(78), width=1, outline=(110, 110, 130))
    bf = font("mono", mm(3.3))
    for i, ln in enumerate(["湖北银行  电子回单", f"交易日期：{c.extra['pay_day'].isoformat()}  流水号：{rng.randint(10**11, 10**12 - 1)}",
                            f"付款人：{COURT}执行款专户", f"收款人：{c.applicant.name}",
                            f"收款账号：{c.extra['acct']}", f"金额：CNY {yuan(c.amount)}", f"大写：{money_caps(c.amount)}",
                            f"摘要：{c.number}案款发放"]):
        s.text(mm(28), by + mm(5) + i * mm(8.5), ln, bf)
    seal(s, mm(160), by + mm(40), "湖北银行电子回单专用章", rng, radius=mm(13))
    return [s]


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> list[Sheet]:
    s = Sheet()
    a, r = c.applicant, c.respondent
    title = {"property_clue_form": "被执行人财产线索表", "payment_account_confirmation": "申请执行人收取案款确认书",
             "service_address_confirmation": "送达地址确认书"}[code]
    s.centred(mm(22), COURT, font("song_gb", mm(5)))
    s.centred(mm(32), title, font("hei", mm(7.2)), spacing=mm(0.8))
    if code == "property_clue_form":
        st = c.extra["story"]
        clue = ("厂区内合力、杭叉叉车三台；厂房为租赁" if st == "parts" else
                f"原经营{c.extra['inn']}，现在景区开摆渡车" if st == "inn" else
                "东风天龙牵引车在西沟物流园停放；建设银行张湾支行基本户")
        rows = [("申请执行人", a.name), ("被执行人", r.name), ("银行账户", "建行张湾支行（账号不详）"), ("不动产", "不详"),
                ("车辆、机械设备", clue), ("到期债权", "东风配套应收款（待查）" if c.extra["story"] == "parts" else "无"),
                ("其他线索", "无"), ("提供人", c.agent)]
    elif code == "payment_account_confirmation":
        rows = [("申请执行人", a.name), ("案号", c.number), ("户名", a.name), ("开户银行", c.extra["acct_bank"]),
                ("账号", c.extra["acct"]), ("联系人及电话", f"{c.agent} {c.agent_phone}")]
    else:
        rows = [("受送达人", a.name), ("送达地址", a.address), ("代收人", f"{c.agent}（{c.firm}）"), ("电话", c.agent_phone),
                ("是否同意电子送达", "同意 " + c.agent_phone), ("电子邮箱", f"{rng.randint(10**7, 10**9)}@qq.com")]
    y = form_rows(s, rng, mm(22), mm(48), rows, label_w=mm(44), row_h=mm(14), width=s.width - mm(44),
                  label_font=font("song_gb", mm(4.2)))
    note = {"property_clue_form": "本人保证所提供线索真实，如有虚假，愿承担相应责任。",
            "payment_account_confirmation": "本人（单位）确认上述账户为接收本案执行款的账户，因账户信息错误导致的损失自行承担。",
            "service_address_confirmation": "受送达人确认上述地址真实有效；送达至该地址即视为送达；地址变更应书面告知法院。"}[code]
    for part in wrap(note, font("song_gb", mm(4.2)), s.width - mm(44)):
        s.text(mm(22), y + mm(6), part, font("song_gb", mm(4.2)))
        y += mm(8)
    s.text(mm(100), y + mm(14), "确认人（签名/盖章）：", font("song_gb", mm(4.2)))
    signature(s, mm(150), y + mm(10), c.agent, rng)
    hand(s, mm(120), y + mm(28), cn_date(c.filed_on), rng, size=38)
    if code != "property_clue_form":
        seal(s, mm(160), y + mm(20), a.name, rng, radius=mm(17))
    return [s]
