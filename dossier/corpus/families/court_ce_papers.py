"""Papers court_ce receives: the Nanyang lawyers' applications and 所函, the 南阳中院 judgment, the 南阳仲裁委
award and its certificate, this court's 调解书, ID and licence copies, the window's printed forms filled in
ballpoint, the 非税收入 fee bill and the parties' 和解协议."""

from __future__ import annotations

import random
from datetime import timedelta

from dossier.corpus.content import CaseCtx, Party, cn_date, money, money_caps, num_date, person_name
from dossier.corpus.draw import BLUE_INK, INK, RED, Block, Sheet, hand, mm, seal, table, wrap
from dossier.corpus.families.court_ce_kit import (
    ARBITRATION,
    COURT,
    MARKET,
    MIDDLE,
    SHORT,
    Pen,
    date_tail,
    grid,
    typed,
)
from dossier.corpus.fonts import font
from dossier.corpus.paper import stamp

RECEIVED = frozenset({
    "enforcement_application", "power_of_attorney", "law_firm_letter", "lawyer_license", "identity_proof",
    "property_clue_form", "fee_receipt", "payment_account_confirmation", "service_address_confirmation",
    "enforcement_basis", "effectiveness_certificate", "settlement_agreement",
})
LAWYER = Pen(body="song_gb", size=40, title="song_gb", title_size=60, left=28, right=25, top=30, spaced=6.0,
             footer="- {n} -")


def _person(p: Party) -> str:
    born = p.born or (p.id_number and None)
    b = num_date(born) + "出生，" if born else ""
    return f"{p.name}，{p.sex}，{b}汉族，住{p.address}，身份证号：{p.id_number}，电话：{p.phone}"


def _org(p: Party) -> str:
    return f"{p.name}，住所地：{p.address}，统一社会信用代码：{p.id_number}；法定代表人：{p.legal_rep}"


def render_paper(code: str, c: CaseCtx, rng: random.Random, served: list[str]) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    if code == "enforcement_application":
        blocks: list[Block] = [
            ("f", f"申请人：{_person(a)}。"),
            ("f", f"被申请人：{_org(r)}。"),
            ("h", "执行请求："),
            ("p", f"1.依法强制被申请人向申请人支付{money(c.amount)}；"),
            ("p", "2.依法强制被申请人加倍支付迟延履行期间的债务利息；"),
            ("p", "3.请求依法对被申请人及其法定代表人采取限制高消费措施，并将被申请人纳入失信被执行人名单；"),
            ("p", "4.本案申请执行费由被申请人承担。"),
            ("h", "事实与理由："),
            ("p", f"申请人与被申请人{c.extra['cause']}一案，{c.basis_court}作出{c.basis_number}"
                  f"{'判决' if c.basis_kind == 'judgment' else ('裁决' if c.basis_kind == 'arbitration' else '调解')}，"
                  f"该法律文书已于{cn_date(c.basis_effective)}发生法律效力。被申请人至今未履行义务，申请人多次催要无果。"
                  f"为维护申请人的合法权益，根据《中华人民共和国民事诉讼法》第二百四十七条之规定，特向贵院申请强制执行。"),
            ("f", "此致"),
            ("f", SHORT),
        ]
        tail = date_tail(f"{num_date(c.filed_on - timedelta(days=2))}", "申请人：　　　　　　　")
        return typed(LAWYER, "强制执行申请书", "", blocks, tail=tail,
                     signer=lambda s, y, lh: _sign(s, s.width - mm(72), y - 8, a.name, rng))
    if code == "power_of_attorney":
        blocks = [
            ("f", f"委托人：{a.name}，{a.sex}，身份证号：{a.id_number}。"),
            ("f", f"受委托人：{c.agent}，{c.firm}律师，电话：{c.agent_phone}。"),
            ("p", f"现委托上列受委托人在我与{r.name}{c.extra['cause']}执行一案中，作为我的代理人。"),
            ("p", "代理人的代理权限为：特别授权。代为申请执行、提供财产线索、申请采取执行措施、参加执行听证和谈话、"
                  "代为签收法律文书、代为进行执行和解、代为领取执行款项、代为申请终结或恢复执行。"),
            ("p", "代理期限：自本委托书签署之日起至本案执行终结之日止。"),
        ]
        pen = Pen(body="sans", size=40, title="sans_bold", title_size=64, spaced=20.0, footer="")
        return typed(pen, "授 权 委 托 书", "", blocks,
                     tail=date_tail(num_date(c.filed_on - timedelta(days=3)), "委托人（签名）：　　　　　　　"),
                     signer=lambda s, y, lh: _sign(s, s.width - mm(70), y - 8, a.name, rng))
    if code == "law_firm_letter":
        no = f"（2026）{c.firm[2:4]}执字第{rng.randint(10, 199)}号"
        blocks = [("f", f"{SHORT}："),
                  ("p", f"根据《中华人民共和国律师法》第二十八条之规定，本所接受{a.name}的委托，指派{c.agent}律师担任其"
                        f"与{r.name}{c.extra['cause']}执行一案的代理人。"),
                  ("p", "特此函告。"), ("f", "附：授权委托书一份")]
        pen = Pen(body="song_gb", size=42, title="song_gb", title_size=64, head=c.firm, spaced=40.0, footer="")
        sheets = typed(pen, "律师事务所函", no, blocks,
                       tail=date_tail(num_date(c.filed_on - timedelta(days=2)), c.firm),
                       sealer=lambda s, y: seal(s, s.width - mm(65), y, c.firm, rng))
        s = sheets[-1]
        f = font("song_gb", 32)
        s.line(mm(28), s.height - mm(46), s.width - mm(25), s.height - mm(46), width=2, fill=RED)
        s.text(mm(28), s.height - mm(42), f"地址：{c.extra['firm_addr']}　　电话：0377-6{rng.randint(1000000, 9999999)}", f)
        return sheets
    if code == "lawyer_license":
        return [_licence_card(c, rng)]
    if code == "identity_proof":
        return _identity(c, rng, "respondent" in served)
    if code == "property_clue_form":
        story = c.extra["story"]
        clue = {"moxa": "被执行人曾在卧龙区石桥镇租用仓库存放艾草原料；其法定代表人驾驶一辆白色越野车",
                "jade": f"被执行人在{c.extra['resp_bank']}有基本账户，景区门票收入较多",
                "rose": f"被执行人在{c.extra['resp_bank']}开有账户，每年月季展期间有销售收入"}[story]
        rows = [["案号", ""], ["申请执行人", a.name], ["被执行人", r.name], ["银行账户", ""], ["不动产", ""],
                ["车辆", ""], ["其他财产线索", ""], ["线索来源", ""]]
        fills = {(3, 1): c.extra["resp_bank"] if story != "moxa" else "不清楚",
                 (4, 1): "不清楚", (5, 1): "豫R牌照白色越野车" if story == "moxa" else "不清楚", (6, 1): clue,
                 (7, 1): "申请人平时业务往来中了解"}
        s, y = grid("被执行人财产线索表", rows, [mm(44), mm(126)], rng, fills=fills, title_font="sans_bold", body="sans",
                    row_h=[90, 90, 90, 110, 110, 110, 220, 110],
                    note="提示：申请执行人应当如实提供被执行人的财产线索；提供虚假线索的，依法承担相应责任。")
        f = font("sans", 36)
        s.text(mm(24), y + 60, "申请执行人（签名）：", f)
        hand(s, mm(90), y + 52, a.name, rng, size=46, ink=INK)
        s.right(s.width - mm(24), y + 60, num_date(c.filed_on), f)
        return [s]
    if code == "fee_receipt":
        return [_fee_bill(c, rng)]
    if code in ("payment_account_confirmation", "service_address_confirmation"):
        return [_window_form(code, c, rng)]
    if code == "enforcement_basis":
        return _basis(c, rng)
    if code == "effectiveness_certificate":
        return _certificate(c, rng)
    return _settlement(c, rng)


def _sign(s: Sheet, x: float, y: float, name: str, rng: random.Random) -> None:
    hand(s, x, y, name, rng, size=50, ink=INK)


def _licence_card(c: CaseCtx, rng: random.Random) -> Sheet:
    """律师执业证 copied open: the photo page and the 执业机构 page side by side, '与原件一致' in the lawyer's hand."""
    s = Sheet()
    x, y = mm(22), mm(40)
    w, h = mm(80), mm(112)
    for k in range(2):
        x0 = x + k * (w + mm(8))
        s.draw.rectangle((x0, y, x0 + w, y + h), outline=(90, 90, 90), width=3, fill=(236, 236, 236))
    f = font("serif", 32)
    s.centred(y + 40, "律 师 执 业 证", font("serif_bold", 48), x0=x, x1=x + w)
    s.draw.rectangle((x + mm(24), y + mm(26), x + mm(56), y + mm(66)), outline=(80, 80, 80), width=2,
                     fill=(196, 196, 196))
    yy = y + mm(72)
    for line in [f"执业证号：{c.extra['lic_no']}", f"持证人：{c.agent}", f"性别：{rng.choice('男女')}",
                 f"身份证号：4113{rng.randint(10, 30)}19{rng.randint(70, 95)}****{rng.randint(1000, 9999)}"]:
        s.text(x + mm(6), yy, line, f)
        yy += 52
    x1 = x + w + mm(8)
    yy = y + 60
    for line in ["执业机构：", c.firm, "执业证类别：专职律师", "发证机关：河南省司法厅",
                 f"发证日期：{rng.randint(2012, 2022)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
                 "", "律师年度考核备案", "考核年度：2025年度", "考核结果：称职", "备案机关：南阳市司法局"]:
        s.text(x1 + mm(6), yy, line, f)
        yy += 56
    seal(s, x1 + w - mm(26), y + h - mm(28), "南阳市司法局", rng, radius=mm(15))
    seal(s, x + w - mm(18), y + mm(64), "河南省司法厅", rng, radius=mm(14))
    hand(s, mm(40), y + h + mm(20), "复印件与原件一致", rng, size=50, ink=INK)
    hand(s, mm(40), y + h + mm(36), f"{c.agent}  {num_date(c.filed_on)}", rng, size=46, ink=INK)
    return s


def _identity(c: CaseCtx, rng: random.Random, respondent: bool) -> list[Sheet]:
    if respondent:
        return [_licence(c, rng)]
    p = c.applicant
    s = Sheet()
    x, y = mm(45), mm(35)
    w, h = mm(86), mm(54)
    f = font("hei", 30)
    s.draw.rounded_rectangle((x, y, x + w, y + h), radius=24, outline=(80, 80, 80), width=3, fill=(226, 226, 226))
    s.draw.rectangle((x + w - mm(28), y + mm(8), x + w - mm(5), y + mm(38)), fill=(175, 175, 175))
    yy = y + mm(6)
    for line in [f"姓名  {p.name}", f"性别  {p.sex}    民族  汉",
                 f"出生  {p.born.year if p.born else 1980}年{p.born.month if p.born else 1}月{p.born.day if p.born else 1}日"]:
        s.text(x + mm(5), yy, line, f)
        yy += 56
    for k, part in enumerate(wrap(f"住址  {p.address}", f, w - mm(36))):
        s.text(x + mm(5) + (0 if k == 0 else mm(10)), yy, part, f)
        yy += 46
    s.text(x + mm(5), y + h - mm(10), f"公民身份号码  {p.id_number}", font("hei", 32))
    y2 = y + h + mm(14)
    s.draw.rounded_rectangle((x, y2, x + w, y2 + h), radius=24, outline=(80, 80, 80), width=3, fill=(232, 232, 232))
    s.centred(y2 + mm(14), "中华人民共和国", font("hei", 44), x0=x, x1=x + w)
    s.centred(y2 + mm(24), "居 民 身 份 证", font("hei", 56), x0=x, x1=x + w)
    authority = {"411321": "南召县公安局", "411324": "镇平县公安局", "411302": "南阳市公安局宛城分局"}.get(
        p.id_number[:6], "南阳市公安局卧龙分局")
    s.text(x + mm(8), y2 + h - mm(16), f"签发机关  {authority}", f)
    start = (p.born or c.filed_on).replace(year=2016 + rng.randint(0, 6))
    s.text(x + mm(8), y2 + h - mm(9), f"有效期限  {start:%Y.%m.%d}-{start.replace(year=start.year + 20):%Y.%m.%d}", f)
    hand(s, x, y2 + h + mm(18), "此复印件仅供卧龙区法院执行立案使用", rng, size=44, ink=INK)
    hand(s, x + mm(60), y2 + h + mm(32), p.name, rng, size=50, ink=INK)
    return [s]


def _licence(c: CaseCtx, rng: random.Random) -> Sheet:
    """The respondent's 营业执照 (副本) copy: the red national-emblem frame faint, the black entries clear."""
    r = c.respondent
    s = Sheet()
    s.box(mm(16), mm(16), s.width - mm(16), s.height - mm(60), width=8, outline=RED)
    s.box(mm(22), mm(22), s.width - mm(22), s.height - mm(66), width=3, outline=RED)
    s.centred(mm(46), "营 业 执 照", font("serif_bold", 96), spacing=20)
    s.centred(mm(70), "（副　本）", font("serif", 44))
    f = font("serif", 36)
    s.text(mm(30), mm(82), f"统一社会信用代码　{r.id_number}", f)
    s.right(s.width - mm(30), mm(82), f"编号 S{rng.randint(10**13, 10**14 - 1)}", font("serif", 30))
    y = float(mm(100))
    items = [("名　　称", r.name), ("类　　型", "有限责任公司（自然人投资或控股）"), ("法定代表人", r.legal_rep),
             ("经营范围", {"moxa": "艾草制品、艾灸器具的研发、生产、销售；养生保健服务（不含医疗）。",
                       "jade": "旅游景区管理；玉石雕刻工艺品销售；文化艺术交流活动策划；会议及展览服务。",
                       "rose": "花卉种植、销售；园林绿化工程施工；苗木培育；农业观光服务。"}[c.extra["story"]]),
             ("注册资本", f"{rng.choice([100, 200, 300, 500])}万元整"), ("成立日期", f"{rng.randint(2012, 2021)}年"
                                                                      f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"),
             ("住　　所", r.address)]
    for label, value in items:
        s.text(mm(34), y, label, f)
        for k, part in enumerate(wrap(value, f, mm(112))):
            s.text(mm(76), y + k * 52, part, f)
        y += 52 * max(1, len(wrap(value, f, mm(112)))) + 34
    s.right(s.width - mm(34), s.height - mm(100), "登记机关", f)
    s.right(s.width - mm(34), s.height - mm(88), f"{rng.randint(2021, 2025)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
            f)
    seal(s, s.width - mm(60), s.height - mm(96), MARKET, rng, radius=mm(19))
    hand(s, mm(30), s.height - mm(50), "复印件与原件一致  (由申请人在国家企业信用信息公示系统打印)", rng, size=38, ink=INK)
    return s


def _fee_bill(c: CaseCtx, rng: random.Random) -> Sheet:
    """河南省非税收入一般缴款书 (收据联): a wide bill on the top half of the sheet, amounts by the cashier's printer."""
    s = Sheet()
    fee = c.extra["fee"]
    s.centred(mm(22), "河南省非税收入一般缴款书（电子）", font("song_gb", 54))
    f = font("song_gb", 32)
    s.text(mm(16), mm(36), f"票据代码：41060126　　票据号码：{rng.randint(10**7, 10**8 - 1)}", f)
    s.right(s.width - mm(16), mm(36), f"填制日期：{c.filed_on:%Y-%m-%d}", f)
    rows = [["付款人", c.applicant.name, "收款人", "南阳市卧龙区人民法院"],
            ["付款账号", "——", "收款账号", "41050165860800000318"],
            ["执收单位编码", "113026", "执收单位名称", SHORT],
            ["项目编码", "103041701", "项目名称", "申请执行费"],
            ["金额（大写）", money_caps(fee), "（小写）", f"¥{fee:,.2f}"],
            ["备注", f"案号：{c.number}"]]
    y = table(s, mm(16), mm(46), [mm(34), mm(56), mm(34), mm(54)], rows, f, row_h=86, centre_first=True)
    s.text(mm(16), y + 20, f"收款单位（章）　　　　　复核人：{person_name(rng)}　　　收款人：{person_name(rng)}", f)
    seal(s, mm(60), y - 40, "河南省财政厅", rng, radius=mm(14), inner="票据监制章")
    seal(s, s.width - mm(50), y - 60, COURT, rng, radius=mm(16), inner="财务专用章")
    s.line(0, y + mm(14), s.width, y + mm(14), width=1, fill=(190, 190, 190))
    return s


def _window_form(code: str, c: CaseCtx, rng: random.Random) -> Sheet:
    a = c.applicant
    if code == "payment_account_confirmation":
        rows = [["案号", ""], ["申请执行人", a.name], ["收款人姓名（名称）", a.name], ["开户银行", ""], ["银行账号", ""],
                ["联系电话", ""], ["申请执行人确认", "本人确认执行款项汇入上述账户，因账户信息错误导致的后果由本人承担。"]]
        fills = {(0, 1): c.number, (3, 1): c.extra["acct_bank"], (4, 1): c.extra["acct"], (5, 1): a.phone}
        s, y = grid("申请执行人收取案款确认书", rows, [mm(56), mm(114)], rng, head=SHORT, fills=fills,
                    row_h=[96, 96, 96, 96, 96, 96, 170])
    else:
        rows = [["案号", ""], ["受送达人", a.name], ["送达地址", ""], ["邮政编码", ""], ["联系电话", ""],
                ["是否同意电子送达", ""], ["电子送达号码/邮箱", ""], ["代收人", ""],
                ["告知事项", "1.受送达人提供的地址为本案执行程序的送达地址；2.地址变更应及时书面告知法院，未告知的，"
                           "按原地址送达即视为送达；3.同意电子送达的，电子送达信息到达受送达人特定系统之日为送达之日。"]]
        fills = {(0, 1): c.number, (2, 1): a.address, (3, 1): "473000", (4, 1): a.phone, (5, 1): "同意",
                 (6, 1): a.phone, (7, 1): f"{c.agent}（律师） {c.agent_phone}"}
        s, y = grid("送达地址确认书", rows, [mm(56), mm(114)], rng, head=SHORT, fills=fills,
                    row_h=[92, 92, 130, 92, 92, 92, 92, 92, 240])
    f = font("ming", 36)
    s.text(mm(24), y + 50, "受送达人（签名）：" if code != "payment_account_confirmation" else "申请执行人（签名）：", f)
    hand(s, mm(95), y + 42, a.name, rng, size=48, ink=INK)
    s.right(s.width - mm(24), y + 50, num_date(c.filed_on), f)
    return s


def _basis(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    a, r = c.applicant, c.respondent
    story = c.extra["story"]
    if story == "moxa":
        pen = Pen(body="serif", size=42, title="serif_bold", title_size=66, head_black=MIDDLE, spaced=24.0,
                  footer="第{n}页 共{m}页")
        blocks: list[Block] = [
            ("f", f"上诉人（原审被告）：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，该公司经理。"),
            ("f", f"被上诉人（原审原告）：{a.name}，{a.sex}，汉族，住{a.address}。"),
            ("f", f"委托诉讼代理人：{c.agent}，{c.firm}律师。"),
            ("p", f"上诉人{r.name}因与被上诉人{a.name}买卖合同纠纷一案，不服河南省南阳市卧龙区人民法院"
                  f"{c.extra['first_no']}民事判决，向本院提起上诉。本院立案后，依法组成合议庭审理了本案。本案现已审理终结。"),
            ("p", f"{r.name}上诉请求：撤销一审判决，改判驳回被上诉人的诉讼请求。事实与理由：被上诉人供应的"
                  f"{c.extra['goods']}含水率超标、杂质较多，上诉人有权拒付货款。"),
            ("p", f"{a.name}辩称：货物已经上诉人验收入库并用于生产，其从未在合理期间内提出质量异议，一审判决正确，应予维持。"),
            ("p", f"本院经审理查明：{a.name}自2024年起向{r.name}供应{c.extra['goods']}，双方按月对账。截至2024年12月，"
                  f"{r.name}出具对账单确认尚欠货款{c.amount:,.2f}元。一审查明的其他事实属实，本院予以确认。"),
            ("p", "本院认为，买受人应当在约定或者合理的检验期间内将标的物的数量或者质量不符合约定的情形通知出卖人。"
                  "上诉人在对账确认欠款时未提出任何质量异议，其上诉理由缺乏事实和法律依据，本院不予支持。一审判决认定"
                  "事实清楚，适用法律正确，应予维持。依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项规定，"
                  "判决如下："),
            ("p", "驳回上诉，维持原判。"),
            ("p", f"一审判决主文：{r.name}于判决生效之日起十日内支付{a.name}货款{c.amount:,.2f}元。如果未按判决指定的"
                  "期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条规定，加倍支付迟延履行期间的"
                  "债务利息。"),
            ("p", f"二审案件受理费{int(float(c.amount) * 0.012 + 50)}元，由上诉人{r.name}负担。"),
            ("p", "本判决为终审判决。"),
        ]
        tail = date_tail(cn_date(c.basis_effective), f"审 判 长　{c.extra['trial_judge']}",
                         f"审 判 员　{person_name(rng)}", f"审 判 员　{person_name(rng)}", f"书 记 员　{person_name(rng)}")
        sheets = typed(pen, "民 事 判 决 书", c.basis_number, blocks, tail=tail,
                       sealer=lambda s, y: seal(s, s.width - mm(70), y, "河南省南阳市中级人民法院", rng))
        stamp(sheets[-1], mm(30), sheets[-1].height - mm(58), ["本件与原本核对无异"], rng, colour=(205, 35, 40))
        return sheets
    if story == "jade":
        pen = Pen(body="serif", size=40, title="serif_bold", title_size=64, head_black=ARBITRATION, spaced=30.0,
                  footer="第{n}页/共{m}页", top=30)
        works = c.extra["works"]
        blocks = [
            ("f", f"申请人：{a.name}，{a.sex}，住{a.address}。"),
            ("f", f"委托代理人：{c.agent}，{c.firm}律师。"),
            ("f", f"被申请人：{r.name}，住所地{r.address}。"),
            ("f", f"法定代表人：{r.legal_rep}，董事长。"),
            ("p", f"{ARBITRATION}（以下简称本会）根据申请人与被申请人于2024年3月签订的《玉雕工艺品定作合同》中的仲裁条款"
                  f"及申请人的仲裁申请，于2025年受理了双方之间的承揽合同纠纷案。本案适用《南阳仲裁委员会仲裁规则》规定的"
                  "简易程序，由独任仲裁员审理，于开庭后作出本裁决。"),
            ("h", "一、案情"),
            ("p", f"申请人称：申请人按被申请人要求定作{works}，已于2024年10月交付并经被申请人验收，陈列于其景区展厅。"
                  f"被申请人仅支付定金，尚欠定作款{c.amount:,.2f}元，经催要未付。"),
            ("p", "被申请人答辩称：对欠款数额无异议，因景区客流下降资金周转困难，请求分期支付。"),
            ("h", "二、仲裁庭意见"),
            ("p", "仲裁庭认为，双方签订的定作合同系真实意思表示，合法有效。申请人已完成并交付工作成果，被申请人应按约支付"
                  "报酬。被申请人以资金困难为由拖欠，没有法律依据。"),
            ("h", "三、裁决"),
            ("p", f"（一）被申请人{r.name}于本裁决书送达之日起十日内向申请人{a.name}支付定作款{c.amount:,.2f}元；"),
            ("p", "（二）本案仲裁费由被申请人承担。"),
            ("p", "本裁决为终局裁决，自作出之日起发生法律效力。"),
        ]
        tail = date_tail(cn_date(c.basis_effective - timedelta(days=10)), f"独任仲裁员　{c.extra['trial_judge']}",
                         f"秘　　书　{person_name(rng)}")
        return typed(pen, "裁 决 书", c.basis_number, blocks, tail=tail,
                     sealer=lambda s, y: seal(s, s.width - mm(70), y, ARBITRATION, rng))
    pen = Pen(body="ming", size=42, title="hei", title_size=66, head_black=COURT, spaced=20.0, footer="")
    blocks = [
        ("f", f"原告：{a.name}，{a.sex}，汉族，住{a.address}。"),
        ("f", f"被告：{r.name}，住所地{r.address}。"),
        ("f", f"法定代表人：{r.legal_rep}。"),
        ("p", f"原告{a.name}与被告{r.name}民间借贷纠纷一案，本院于2025年立案后，依法适用简易程序进行了审理。"),
        ("p", "原告诉称：被告因扩建月季育苗大棚向原告借款，出具借条约定三个月归还，到期未还。"),
        ("p", "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
        ("p", f"一、被告{r.name}于2025年12月31日前偿还原告{a.name}借款本金及利息共计{c.amount:,.2f}元；"),
        ("p", "二、如被告未按期足额履行，原告可就全部未付款项申请强制执行；"),
        ("p", "三、案件受理费减半收取，由被告负担。"),
        ("p", "上述协议，不违反法律规定，本院予以确认。"),
        ("p", "本调解书经双方当事人签收后，即具有法律效力。"),
    ]
    tail = date_tail(cn_date(c.basis_effective), f"审判员　{c.extra['trial_judge']}", f"书记员　{person_name(rng)}")
    return typed(pen, "民 事 调 解 书", c.basis_number, blocks, tail=tail,
                 sealer=lambda s, y: seal(s, s.width - mm(70), y, COURT, rng))


def _certificate(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The 南阳仲裁委's certificate that its award took effect and was served on both parties."""
    pen = Pen(body="serif", size=42, title="serif_bold", title_size=64, head=ARBITRATION, spaced=12.0, footer="")
    blocks: list[Block] = [
        ("f", f"{SHORT}："),
        ("p", f"本会受理的申请人{c.applicant.name}与被申请人{c.respondent.name}承揽合同纠纷一案，已于"
              f"{cn_date(c.basis_effective - timedelta(days=10))}作出{c.basis_number}裁决书。该裁决书已分别于"
              f"{cn_date(c.basis_effective - timedelta(days=8))}、{cn_date(c.basis_effective - timedelta(days=6))}"
              "直接送达申请人、邮寄送达被申请人。"),
        ("p", "根据《中华人民共和国仲裁法》第五十七条的规定，该裁决书自作出之日起发生法律效力。截至本证明出具之日，"
              "本会未收到人民法院撤销该裁决的通知。"),
        ("p", "特此证明。"),
    ]
    return typed(pen, "裁决书生效证明", f"南仲证字〔2026〕第{rng.randint(10, 99)}号", blocks,
                 tail=date_tail(cn_date(c.filed_on - timedelta(days=5)), ARBITRATION),
                 sealer=lambda s, y: seal(s, s.width - mm(65), y, ARBITRATION, rng))


def _settlement(c: CaseCtx, rng: random.Random) -> list[Sheet]:
    """The parties' own 执行和解协议, typed at the jade company's office, signed and sealed by both."""
    a, r = c.applicant, c.respondent
    (d1, m1), (d2, m2) = c.extra.get("instalments") or [(c.day(38), c.amount / 2), (c.day(62), c.amount / 2)]
    blocks: list[Block] = [
        ("f", f"甲方（申请执行人）：{a.name}，身份证号{a.id_number}"),
        ("f", f"乙方（被执行人）：{r.name}，法定代表人{r.legal_rep}"),
        ("p", f"甲、乙双方因{c.basis_number}裁决书执行一案（{c.number}），经南阳市卧龙区人民法院执行局主持，"
              "本着互谅互让的原则，自愿达成如下和解协议："),
        ("p", f"一、乙方确认尚欠甲方定作款{c.amount:,.2f}元。"),
        ("p", f"二、乙方于{num_date(d1)}前支付{m1:,.2f}元，于{num_date(d2)}前支付{m2:,.2f}元，"
              "均汇入南阳市卧龙区人民法院执行款专户。"),
        ("p", "三、乙方按期足额履行后，甲方放弃迟延履行期间的债务利息，申请执行费由乙方负担。"),
        ("p", "四、乙方任何一期未按时足额支付的，甲方有权申请恢复执行原生效法律文书，已付款项予以扣除。"),
        ("p", "五、本协议一式三份，甲乙双方各执一份，交法院附卷一份，自双方签字（盖章）之日起生效。"),
    ]
    pen = Pen(body="sans", size=40, title="sans_bold", title_size=60, spaced=10.0, footer="")
    def sign(s: Sheet, y: float, lh: float) -> None:
        hand(s, mm(30) + mm(42), y - 8, a.name, rng, size=50, ink=INK)
        hand(s, mm(30) + mm(130), y + lh - 8, r.legal_rep, rng, size=50, ink=INK)
        seal(s, mm(30) + mm(125), y + 10, r.name, rng)
        hand(s, mm(30), y + lh * 3.2, f"经办人：{c.officer}（在场见证）", rng, size=40, ink=BLUE_INK)

    return typed(pen, "执行和解协议", "", blocks,
                 tail=[("f", "甲方（签字）：　　　　　　　　　乙方（盖章）："),
                       ("f", "　　　　　　　　　　　　　　　　法定代表人（签字）："),
                       ("r", num_date(c.day(30)))], signer=sign)
