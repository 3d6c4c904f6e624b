"""The papers court_ap's bureau receives, each in its author's style: the 宜昌中院 二审 judgment and the 宜昌仲裁委
award, a 湖北 law firm's application, 所函 and 委托书, the 建筑公司's 工程款结算单 and its 项目部's acknowledgement,
ID copies and licences, the bank's account confirmation; multi-page originals carry a 骑缝章."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date, money, person_name
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.families.court_ap_kit import (
    BODY,
    COURT,
    LH,
    X0,
    W,
    body,
    number_pages,
    straddle,
    title_font,
)
from dossier.corpus.fonts import font

FIRMS = ["湖北三峡明正律师事务所", "湖北夷陵楚峡律师事务所", "湖北西陵江城律师事务所"]
CODES = frozenset({"enforcement_application", "enforcement_basis", "effectiveness_certificate", "property_clue_form",
                   "evidence", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter",
                   "lawyer_license", "payment_account_confirmation", "service_address_confirmation"})


def render(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    return {"enforcement_application": _application, "enforcement_basis": _basis,
            "effectiveness_certificate": _certificate, "property_clue_form": _clues, "evidence": _evidence,
            "fee_receipt": _fee, "identity_proof": _identity, "power_of_attorney": _attorney,
            "law_firm_letter": _firm_letter, "lawyer_license": _license,
            "payment_account_confirmation": _account, "service_address_confirmation": _address}[code](c, rng, served)


def _letterhead(s: Sheet, name: str, sub: str, colour: tuple[int, int, int]) -> float:
    s.text(X0, mm(14), name, font("hei", 44), fill=colour)
    s.text(X0, mm(24), sub, font("sans", 22), fill=colour)
    s.line(X0, mm(31), X0 + W, mm(31), width=5, fill=colour)
    s.line(X0, mm(32.5), X0 + W, mm(32.5), width=1, fill=colour)
    return mm(42)


def _pages(blocks: list[Block], first: Sheet, y: float, *, f_size: int = BODY, lh: int = LH) -> list[Sheet]:
    sheets = [first]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(26)

    flow(first, blocks, body(f_size), x0=X0, width=W, y=y, line_height=lh, indent=f_size * 2, bottom=mm(258), more=more)
    return sheets


def _application(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    s = Sheet()
    y = _letterhead(s, c.firm, f"地址：宜昌市西陵区东山大道{rng.randint(10, 99)}号　电话：0717-{rng.randint(6000000, 6999999)}", (150, 30, 30))
    s.centred(y, "强制执行申请书", title_font(56))
    who_a = (f"申请执行人：{a.name}，{a.sex}，{a.born:%Y年%m月%d日}生，汉族，住{a.address}，公民身份号码{a.id_number}。"
             if a.kind == "person" else f"申请执行人：{a.name}，住所地{a.address}，统一社会信用代码{a.id_number}，法定代表人{a.legal_rep}。")
    who_r = (f"被执行人：{r.name}，住所地{r.address}，统一社会信用代码{r.id_number}，法定代表人{r.legal_rep}。"
             if r.kind == "organisation" else f"被执行人：{r.name}，{r.sex}，住{r.address}，公民身份号码{r.id_number}。")
    blocks: list[Block] = [
        ("f", who_a), ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师，电话{c.agent_phone}。"), ("f", who_r),
        ("f", "执行请求："),
        ("p", f"一、强制被执行人支付{money(c.amount)}；"), ("p", "二、被执行人加倍支付迟延履行期间的债务利息；"),
        ("p", "三、本案执行费用由被执行人负担；"), ("p", "四、请求对被执行人采取限制消费措施，并将其纳入失信被执行人名单。"),
        ("f", "事实与理由："),
        ("p", f"申请执行人与被执行人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}{c.extra['doc']}，"
              f"该法律文书已于{cn_date(c.basis_effective)}发生法律效力。被执行人至今未履行。"
              + (f"申请人系{c.extra['project']}的劳务分包班组负责人，工程款经项目部结算确认后被执行人一直拖欠，班组工人工资无着落。"
                 if c.extra.get("kind") == "appeal" else "")
              + "为维护申请执行人合法权益，特依法申请强制执行。"),
        ("f", "此致"), ("f", COURT),
    ]
    sheets = _pages(blocks, s, y + mm(16))
    last = sheets[-1]
    last.right(X0 + W, mm(240), f"申请执行人：{a.name}", body())
    last.right(X0 + W, mm(252), cn_date(c.filed_on - timedelta(days=2)), body())
    if a.kind == "person":
        signature(last, X0 + W - mm(40), mm(226), a.name, rng)
    else:
        seal(last, X0 + W - mm(30), mm(240), a.name, rng)
    number_pages(sheets, "dash")
    straddle(sheets, c.firm, rng)
    return sheets


def _basis(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    kind = c.extra.get("kind")
    s = Sheet()
    if kind == "award":
        s.centred(mm(26), "宜 昌 仲 裁 委 员 会", font("serif_bold", 62), fill=(185, 25, 30))
        s.line(X0, mm(40), X0 + W, mm(40), width=4, fill=(185, 25, 30))
        s.centred(mm(48), "裁　决　书", title_font(58))
        s.right(X0 + W, mm(64), c.basis_number, body())
        blocks: list[Block] = [
            ("f", f"申请人：{a.name}，住{a.address}。"), ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}。"),
            ("p", f"宜昌仲裁委员会根据申请人与被申请人签订的《冷库租赁合同》中的仲裁条款，受理了双方之间的冷库租赁合同纠纷。"
                  f"本会依法组成仲裁庭，于{cn_date(c.basis_effective - timedelta(days=40))}开庭审理，现已审理终结。"),
            ("p", f"申请人称：被申请人租用申请人位于{c.extra['store']}的冷库用于储存柑橘，约定年租金{money(c.extra['rent'])}，"
                  "被申请人拖欠租金及电费，经催告仍未支付。"),
            ("p", "被申请人答辩称：冷库制冷设备多次故障，致部分柑橘腐烂，其有权拒付相应租金。"),
            ("p", "仲裁庭查明：双方于租期开始时签订《冷库租赁合同》，约定租期三年，租金按年支付，电费按实际用量另计。"
                  "被申请人未提交证据证明其所称设备故障及损失的事实，亦未在租赁期间书面通知申请人维修。"),
            ("p", "仲裁庭认为：双方所签租赁合同合法有效，被申请人应按约支付租金及电费，对申请人的请求予以支持。"),
            ("f", "裁决如下："),
            ("p", f"一、被申请人{r.name}向申请人{a.name}支付冷库租金、电费及违约金共计{money(c.amount)}；"),
            ("p", "二、本案仲裁费由被申请人负担。"), ("p", "上述款项于本裁决书送达之日起十日内付清。本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        sheets = _pages(blocks, s, mm(76))
        last = sheets[-1]
        y = mm(210)
        for k, t in enumerate([f"首席仲裁员　{person_name(rng)}", f"仲　裁　员　{person_name(rng)}", f"仲　裁　员　{person_name(rng)}"]):
            last.right(X0 + W - mm(10), y + k * LH, t, body())
        last.right(X0 + W - mm(10), y + 3 * LH + 10, cn_date(c.basis_effective), body())
        seal(last, X0 + W - mm(36), y + 3 * LH, ARBITRATION_SEAL, rng)
        number_pages(sheets, "dash")
        straddle(sheets, ARBITRATION_SEAL, rng)
        return sheets
    court = c.basis_court
    s.centred(mm(26), court, title_font(54))
    s.centred(mm(44), "民 事 判 决 书", title_font(64))
    s.right(X0 + W, mm(62), c.basis_number, body())
    if kind == "appeal":
        blocks = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"), ("f", f"法定代表人：{r.legal_rep}，该公司总经理。"),
            ("f", f"被上诉人（原审原告）：{a.name}，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}建设工程施工合同纠纷一案，不服湖北省宜昌市西陵区人民法院{c.extra['first']}"
                  "民事判决，向本院提起上诉。本院依法组成合议庭进行了审理。本案现已审理终结。"),
            ("p", f"一审法院认定：{r.name}承建{c.extra['project']}后，将其中的劳务作业分包给{a.name}带领的劳务班组。工程竣工后，"
                  "项目部与班组签订《劳务工程款结算单》，确认尚欠劳务费。"),
            ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实和理由：项目部负责人无权代表公司进行结算，"
                  "结算单所载工程量未经监理单位核定，一审认定欠款数额错误。"),
            ("p", f"{a.name}辩称：劳务班组已按约完成全部劳务作业，项目部在结算单上盖章确认，并另行出具确认书承诺优先支付，"
                  "一审判决正确，请求驳回上诉。"),
            ("p", "本院二审期间，当事人均未提交新证据。本院对一审查明的事实予以确认。"),
            ("p", "本院认为，本案争议焦点为结算单对上诉人是否具有约束力。上诉人在案涉工程中设立项目部并刻制项目部印章，"
                  "项目部以上诉人名义对外签订分包合同、组织施工，其在结算单上加盖印章的行为应视为上诉人的行为。"),
            ("p", "本院认为，劳务工程款结算单系项目部负责人签字确认，上诉人主张项目部无权结算的理由不能成立。一审判决认定事实清楚，"
                  "适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"二审案件受理费由上诉人{r.name}负担。原判确定的给付金额为{money(c.amount)}。"), ("p", "本判决为终审判决。"),
        ]
        panel = [f"审判长　{person_name(rng)}", f"审判员　{person_name(rng)}", f"审判员　{person_name(rng)}"]
    else:
        blocks = [
            ("f", f"原告：{a.name}，住所地{a.address}。"), ("f", f"法定代表人：{a.legal_rep}，经理。"),
            ("f", f"被告：{r.name}，{r.sex}，住{r.address}。"),
            ("p", f"原告{a.name}与被告{r.name}物业服务合同纠纷一案，本院立案后，依法适用简易程序，公开开庭进行了审理。"),
            ("p", f"原告诉称：原告为{c.extra['estate']}提供物业服务，被告系该小区业主，自入住以来拖欠物业服务费。"),
            ("p", "被告辩称：小区电梯经常停运、绿化无人管理，物业服务不到位，故拒交物业费。"),
            ("p", "本院经审理认定事实如下：原告与小区业主委员会签订《物业服务合同》，约定住宅物业费按每月每平方米一点二元收取。"
                  "被告所有的房屋建筑面积一百二十余平方米，自入住以来未交纳物业费。"),
            ("p", "本院认为，原告依约提供了物业服务，被告应按约交纳物业费。依照《中华人民共和国民法典》第九百四十四条规定，判决如下："),
            ("p", f"被告{r.name}于本判决生效之日起十日内支付原告物业服务费及违约金共计{money(c.amount)}。"),
            ("p", "如不服本判决，可在判决书送达之日起十五日内提起上诉，上诉于湖北省宜昌市中级人民法院。"),
        ]
        panel = [f"审判员　{person_name(rng)}"]
    sheets = _pages(blocks, s, mm(74))
    last = sheets[-1]
    y = mm(200)
    for k, t in enumerate([*panel, cn_date(c.basis_effective - timedelta(days=15)), f"书记员　{person_name(rng)}"]):
        last.right(X0 + W - mm(10), y + k * LH, t, body())
    seal(last, X0 + W - mm(36), y + len(panel) * LH, court, rng)
    last.text(X0, y + (len(panel) + 2) * LH + 20, "本件与原本核对无异", body(30))
    number_pages(sheets, "dash")
    straddle(sheets, court, rng)
    return sheets


ARBITRATION_SEAL = "宜昌仲裁委员会"


def _certificate(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "宜 昌 仲 裁 委 员 会", font("serif_bold", 56), fill=(185, 25, 30))
    s.centred(mm(50), "裁决书生效证明", title_font(58))
    s.right(X0 + W, mm(68), f"宜仲证字〔{c.filed_on.year}〕第{rng.randint(10, 99)}号", body())
    blocks: list[Block] = [("f", f"{COURT}："),
                           ("p", f"申请人{c.applicant.name}与被申请人{c.respondent.name}冷库租赁合同纠纷一案，本会于"
                                 f"{cn_date(c.basis_effective)}作出{c.basis_number}裁决书。该裁决为终局裁决，自作出之日起发生法律效力，"
                                 "已依法送达双方当事人。被申请人未向人民法院申请撤销该裁决。"), ("p", "特此证明。")]
    y = flow(s, blocks, body(), x0=X0, width=W, y=mm(82), line_height=LH, indent=BODY * 2)
    s.right(X0 + W, y + 80, cn_date(c.filed_on - timedelta(days=6)), body())
    seal(s, X0 + W - mm(30), y + 80, ARBITRATION_SEAL, rng)
    return [s]


def _clues(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), COURT, title_font(40))
    s.centred(mm(38), "被执行人可供执行财产线索表", title_font(50))
    rows = [["被执行人", c.respondent.name], ["财产类型", "线索内容（开户行、账号、坐落、车牌等）"],
            ["银行存款", ""], ["应收款项", ""], ["不动产", ""], ["车辆", ""], ["其他", ""], ["提供人", ""]]
    y = table(s, X0 - mm(4), mm(54), [mm(40), mm(124)], rows, body(30), row_h=[mm(15), mm(15)] + [mm(26)] * 6, centre_first=True)
    kind = c.extra.get("kind")
    answers = [f"{c.extra['resp_bank']} {c.extra['resp_account']}",
               f"{c.extra['project']}发包方尚欠其工程款" if kind == "appeal" else "不详",
               "不详" if kind != "property" else f"{c.respondent.address}（自住）", "鄂E牌照小车一辆" if kind != "award" else "冷藏货车两台",
               "见所附结算单及项目部确认书" if kind == "appeal" else "无", c.applicant.name]
    top = y - mm(26) * 6
    for k, t in enumerate(answers):
        hand(s, X0 + mm(40), top + mm(26) * k + mm(8), t, rng, size=34)
    s.text(X0 - mm(4), y + 20, "提供人对上述线索的真实性负责。", body(28))
    return [s]


def _evidence(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    """The 建筑公司's 工程款结算单 on its letterhead, and its 项目部's handwritten acknowledgement."""
    blue = (20, 60, 140)
    s = Sheet()
    y = _letterhead(s, c.respondent.name, f"{c.extra['project']}项目部　　资质证书号 D{rng.randint(100000000, 999999999)}", blue)
    s.centred(y, "劳务分包工程款结算单", font("hei", 50))
    share = c.amount
    rows = [["工程名称", c.extra["project"], "分包内容", "主体结构劳务"], ["劳务班组", c.extra["team"], "班组负责人", c.applicant.name],
            ["合同价款", f"{share * 2:,.2f}", "结算总价", f"{share * 2:,.2f}"], ["已付金额", f"{share:,.2f}", "尚欠金额", f"{share:,.2f}"],
            ["项目经理", "", "项目部（章）", ""]]
    y = table(s, X0 - mm(4), y + mm(18), [mm(34), mm(52), mm(34), mm(44)], rows, font("sans", 28), row_h=mm(20))
    hand(s, X0 + mm(34), y - mm(14), person_name(rng), rng, ink=(20, 20, 20), size=42)
    seal(s, X0 + mm(140), y - mm(10), f"{c.respondent.name}项目部", rng)
    s.text(X0 - mm(4), y + 20, f"结算日期：{(c.basis_effective - timedelta(days=400)):%Y年%m月%d日}", font("sans", 28))
    t = Sheet()
    t.starts_document = True
    t.centred(mm(30), "确 认 书", font("kai", 60))
    for k, line in enumerate([f"兹确认我项目部尚欠{c.applicant.name}劳务班组", f"{c.extra['project']}劳务费{share:,.2f}元，",
                              "于工程款到位后优先支付。", "", f"项目部负责人：{person_name(rng)}",
                              f"{(c.basis_effective - timedelta(days=300)):%Y年%m月%d日}"]):
        if line:
            hand(t, X0 + mm(4), mm(56) + k * mm(18), line, rng, size=48, ink=(20, 20, 30))
    seal(t, X0 + mm(120), mm(140), f"{c.respondent.name}项目部", rng)
    return [s, t]


def _fee(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet(size=(mm(210), mm(140)))
    s.centred(mm(12), "湖北省非税收入一般缴款书（电子）", font("sans_bold", 44))
    fee = (c.amount / 100).quantize(Decimal("0.01"))
    rows = [["缴款人", c.applicant.name,
             "票据号码", f"42{rng.randint(10000000, 99999999)}"],
            ["执收单位", "宜昌市西陵区人民法院", "开票日期", f"{c.basis_effective - timedelta(days=90):%Y-%m-%d}"],
            ["项目名称", "案件受理费", "金额", f"{fee:,.2f}"],
            ["金额合计（大写）", money(fee).split("（大写：")[1].rstrip("）")]]
    y = table(s, mm(12), mm(26), [mm(40), mm(66), mm(30), mm(50)], rows, font("sans", 26), row_h=mm(17))
    seal(s, mm(160), y - mm(8), "湖北省财政厅", rng, inner="票据监制章", radius=mm(14))
    s.text(mm(12), y + 14, f"案号：{c.basis_number}", font("sans", 26))
    return [s]


def _identity(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    p = c.respondent if served == ["respondent"] else c.applicant
    s = Sheet()
    if p.kind == "person":
        s.centred(mm(20), "居民身份证（复印件）", body(34))
        for k, y0 in enumerate((mm(40), mm(120))):
            s.draw.rounded_rectangle((mm(40), y0, mm(170), y0 + mm(70)), radius=30, outline=(120, 120, 120), width=3,
                                     fill=(238, 240, 236))
            if k == 0:
                lines = [f"姓名　{p.name}", f"性别　{p.sex}　民族　汉", f"出生　{p.born:%Y年%m月%d日}" if p.born else "出生", f"住址　{p.address}",
                         f"公民身份号码　{p.id_number}"]
                for j, line in enumerate(lines):
                    s.text(mm(46), y0 + mm(8) + j * mm(11), line, font("hei", 28 if j < 4 else 30))
            else:
                s.centred(y0 + mm(20), "中华人民共和国", font("hei", 40), x0=mm(40), x1=mm(170))
                s.centred(y0 + mm(34), "居民身份证", font("hei", 48), x0=mm(40), x1=mm(170))
                s.text(mm(60), y0 + mm(54), "签发机关　宜昌市公安局西陵区分局", font("hei", 24))
        hand(s, mm(50), mm(205), "此复印件与原件一致", rng, size=40)
        signature(s, mm(140), mm(215), p.name, rng)
        return [s]
    s.centred(mm(22), "营 业 执 照", font("serif_bold", 70))
    s.centred(mm(38), "（副　本）", body(32))
    lines = [f"统一社会信用代码　{p.id_number}", f"名　　称　{p.name}", "类　　型　有限责任公司（自然人投资或控股）",
             f"法定代表人　{p.legal_rep}", f"住　　所　{p.address}", "登记机关　宜昌市市场监督管理局"]
    y = mm(56)
    for line in lines:
        s.text(mm(30), y, line, body(32))
        y += mm(13)
    s.box(mm(18), mm(14), mm(192), mm(150), width=6, outline=(160, 120, 40))
    seal(s, mm(150), mm(136), "宜昌市市场监督管理局", rng, inner="登记机关")
    hand(s, mm(30), mm(170), "与原件核对一致", rng, size=40)
    seal(s, mm(120), mm(180), p.name, rng)
    t = Sheet()
    t.starts_document = True
    t.centred(mm(30), "法定代表人身份证明书", title_font(54))
    blocks: list[Block] = [("p", f"{p.legal_rep}在我单位任执行董事兼总经理职务，系我单位法定代表人。"), ("p", "特此证明。"),
                           ("r", p.name), ("r", cn_date(c.filed_on - timedelta(days=3)))]
    y2 = flow(t, blocks, body(), x0=X0, width=W, y=mm(56), line_height=LH, indent=BODY * 2)
    seal(t, X0 + W - mm(30), y2 - LH, p.name, rng)
    return [s, t]


def _attorney(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(30), "授 权 委 托 书", title_font(58))
    blocks: list[Block] = [("f", f"委托人：{c.applicant.name}"), ("f", f"受托人：{c.agent}，{c.firm}律师，联系电话{c.agent_phone}"),
                           ("p", f"现委托上述受托人在{c.applicant.name}与{c.respondent.name}{c.extra['cause']}执行一案中，作为我方的代理人。"),
                           ("p", "代理权限为：特别授权，代为申请执行、提供财产线索、参加执行谈话、代为签收法律文书、代为达成执行和解、代为领取执行款。"),
                           ("f", ""), ("r", "委托人（签名或盖章）：　　　　　　"), ("r", cn_date(c.filed_on - timedelta(days=3)))]
    y = flow(s, blocks, body(), x0=X0, width=W, y=mm(56), line_height=LH, indent=BODY * 2)
    signature(s, X0 + W - mm(30), y - LH * 2 - 24, c.applicant.name, rng)
    return [s]


def _firm_letter(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    y = _letterhead(s, c.firm, "HUBEI LAW FIRM　·　宜昌", (150, 30, 30))
    s.centred(y + 10, "律师事务所函", title_font(56))
    s.right(X0 + W, y + mm(18), f"鄂{c.firm[2:4]}律函〔{c.filed_on.year}〕第{rng.randint(10, 300)}号", body())
    blocks: list[Block] = [("f", f"{COURT}："),
                           ("p", f"本所接受{c.applicant.name}的委托，指派{c.agent}律师担任其与{c.respondent.name}{c.extra['cause']}"
                                 "执行一案的代理人。"), ("p", "特此函告。"), ("f", "附：授权委托书一份"), ("r", c.firm),
                           ("r", cn_date(c.filed_on - timedelta(days=2)))]
    y = flow(s, blocks, body(), x0=X0, width=W, y=y + mm(30), line_height=LH, indent=BODY * 2)
    seal(s, X0 + W - mm(30), y - LH, c.firm, rng)
    return [s]


def _license(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(18), "律师执业证（复印件）", body(32))
    s.draw.rectangle((mm(30), mm(30), mm(180), mm(130)), outline=(90, 40, 40), width=4, fill=(246, 236, 232))
    lines = [f"持证人　{c.agent}", f"执业机构　{c.firm}", "执业证类别　专职律师",
             f"执业证号　1420520{rng.randint(1000000000, 1999999999)}", "发证机关　湖北省司法厅"]
    for k, line in enumerate(lines):
        s.text(mm(40), mm(42) + k * mm(15), line, font("hei", 32))
    s.box(mm(140), mm(40), mm(172), mm(80), width=2)
    s.text(mm(150), mm(56), "照片", font("hei", 24), record=False)
    seal(s, mm(150), mm(112), "湖北省司法厅", rng, radius=mm(15))
    hand(s, mm(40), mm(150), "与原件核对无误", rng, size=40)
    return [s]


def _account(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), COURT, title_font(40))
    s.centred(mm(38), "申请执行人收取案款确认书", title_font(50))
    rows = [["案号", c.number], ["收款人", c.applicant.name], ["开户银行", ""], ["账号", ""], ["联系电话", ""], ["确认人签名", ""]]
    y = table(s, X0 - mm(4), mm(56), [mm(40), mm(124)], rows, body(30), row_h=mm(18), centre_first=True)
    for k, t in enumerate([c.extra["bank"], c.extra["account"], c.agent_phone, c.applicant.name if c.applicant.kind == "person" else c.agent]):
        hand(s, X0 + mm(40), y - mm(18) * (4 - k) + 18, t, rng, size=36)
    flow(s, [("p", "本人确认以上账户为收取本案执行款的账户，因账户信息错误导致的后果由本人承担。")], body(28), x0=X0 - mm(4),
         width=W, y=y + 20, line_height=46, indent=56)
    reply = Sheet(size=(mm(210), mm(100)))
    reply.starts_document = True
    reply.text(mm(12), mm(10), c.extra["bank"], font("hei", 36), fill=(0, 90, 60))
    reply.text(mm(12), mm(24), "账户信息证明（开户回单）", font("hei", 32))
    for k, line in enumerate([f"户名：{c.applicant.name}", f"账号：{c.extra['account']}", f"开户日期：{rng.randint(2012, 2021)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                              "账户状态：正常"]):
        reply.text(mm(14), mm(38) + k * mm(11), line, font("mono", 28))
    seal(reply, mm(160), mm(62), c.extra["bank"], rng, inner="业务专用章", radius=mm(15))
    return [s, reply]


def _address(c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    s = Sheet()
    s.centred(mm(24), COURT, title_font(40))
    s.centred(mm(38), "送达地址确认书", title_font(52))
    rows = [["案号", c.number], ["受送达人", c.applicant.name], ["送达地址", ""], ["收件人", ""], ["联系电话", ""],
            ["是否同意电子送达", "是 □　否 □　　手机号码："], ["受送达人确认", ""]]
    y = table(s, X0 - mm(4), mm(56), [mm(48), mm(116)], rows, body(30), row_h=mm(18), centre_first=True)
    for k, t in enumerate([f"宜昌市西陵区东山大道{rng.randint(10, 99)}号{c.firm}", c.agent, c.agent_phone]):
        hand(s, X0 + mm(48), y - mm(18) * (5 - k) + 18, t, rng, size=34)
    hand(s, X0 + mm(62), y - mm(18) * 2 + 12, "√", rng, size=40)
    hand(s, X0 + mm(60), y - mm(18) + 18, f"{c.agent}　{(c.filed_on):%Y.%m.%d}", rng, size=36)
    flow(s, [("p", "告知：受送达人应如实提供确切的送达地址，地址变更时应及时告知人民法院，因提供的地址不准确或不及时告知变更"
                   "导致文书未能被实际接收的，文书退回之日视为送达之日。")], body(28), x0=X0 - mm(4), width=W, y=y + 20,
         line_height=46, indent=56)
    return [s]
